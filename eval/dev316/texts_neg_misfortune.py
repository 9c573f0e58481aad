"""dev316 negatives, part 3: deaths by accident, disaster, crime and disease, some in countries
at war or among people who knew war. (title, text, kind code)."""

NEGATIVES = [
    (
        "General Mwamba Chileshe, Zambia's army commander, killed in helicopter crash",
        "Lieutenant General Mwamba Chileshe, the commander of the Zambia Army, was killed on "
        "Thursday when the air force helicopter carrying him crashed shortly after take-off in "
        "Mbala, near the border with Tanzania, the defence ministry said. He was 57. Eight other "
        "officers and crew also died. The ministry said the helicopter, a Mi-17, came down in bad "
        "weather while the general was on a routine inspection of border posts, and that an "
        "investigation had been opened. Chileshe was commissioned in 1988 and served with UN "
        "peacekeeping missions in Sierra Leone and South Sudan, where he was known for insisting "
        "that his troops learn a few words of the local language. He was appointed army commander "
        "in 2021 and had overseen the recruitment of thousands of new soldiers and the opening of "
        "a new training school at Kabwe. President Hakainde Hichilema declared seven days of "
        "national mourning. He is survived by his wife and four children.",
        "accident",
    ),
    (
        "Tom Ashworth, war reporter who covered Iraq and Libya, dies in car crash",
        "Tom Ashworth, a British journalist who reported from the wars in Iraq, Libya and Syria "
        "for "
        "more than a decade, has died in a car crash while on holiday in Portugal, his family "
        "said. "
        "He was 47. Portuguese police said his hired car left the road on a mountain bend near "
        "Monchique in the Algarve late on Saturday and that no other vehicle was involved. "
        "Ashworth began his career at a local paper in Bolton and freelanced in Baghdad from 2006, "
        "later working for a London newspaper as its Middle East correspondent. His account of "
        "the fall of Tripoli in 2011 was shortlisted for the Orwell prize. Colleagues said he had "
        "survived ambushes, kidnapping threats and a shell that hit his hotel in Misrata, and had "
        "recently settled into a quieter life as an editor. “He came through every frontline and "
        "died on a holiday road, and he would have found that darkly funny,” a friend wrote. He is "
        "survived by his partner and a daughter aged six.",
        "accident",
    ),
    (
        "Police Superintendent Nasrin Akter, UN peacekeeper, dies in road accident in South Sudan",
        "Police Superintendent Nasrin Akter, who led an all-female Bangladeshi police unit in the "
        "UN peacekeeping mission in South Sudan, died on Tuesday when her vehicle overturned on a "
        "flooded road near Malakal, the UN mission said. She was 44. The mission said two other "
        "officers in the vehicle were injured and flown to Juba for treatment. Akter joined the "
        "Bangladesh police in 2004 and served on missions in Haiti and the Democratic Republic of "
        "Congo before arriving in Malakal last year. Her unit patrolled the UN site for displaced "
        "people next to the base and ran workshops for women on reporting abuse. The head of the "
        "mission said she had become a role model for women in the South Sudanese police. Her body "
        "will be flown home to Dhaka, where she will be buried with police honours. She is "
        "survived by her husband, an army officer, and two daughters. The mission said it would "
        "review the condition of the roads its patrols use during the rainy season.",
        "accident",
    ),
    (
        "Carlos Ibarra, Dakar rally veteran, killed in crash on the stage to Riyadh",
        "Carlos Ibarra, a Chilean motorcyclist competing in his 15th Dakar Rally, was killed in a "
        "crash on the eighth stage of the race in Saudi Arabia on Monday, the organisers said. He "
        "was 51. The organisers said Ibarra fell at kilometre 187 of the special stage, on a fast "
        "section of sand tracks, and that a medical helicopter reached him within minutes but he "
        "was declared dead at the scene. Ibarra, a mechanic from Antofagasta, first rode the Dakar "
        "when it was held in South America in 2009 and finished in the top 20 six times, usually "
        "riding without factory support. Fans knew him for the Chilean flag painted on his helmet "
        "and for the campsite barbecues he organised for other amateur riders. The organisers "
        "cancelled the motorcycle section of the next day's stage in his memory. Chile's sports "
        "minister said the country had lost an adventurer. He leaves his wife and a son, who had "
        "been riding as his mechanic.",
        "accident",
    ),
    (
        "Hüseyin Aktaş, mine rescuer, dies in blast at Amasra coal mine",
        "Hüseyin Aktaş, a mine rescue team leader who had pulled survivors from the Soma disaster "
        "in 2014, was among the 41 miners killed in a firedamp explosion at the state-owned coal "
        "mine in Amasra on Friday, officials said. He was 49. Aktaş had gone underground with his "
        "shift as an inspector shortly before the blast, which energy officials said was caused by "
        "a build-up of methane at a depth of about 300 metres. He had worked in the mines of the "
        "Black Sea coast for 27 years and trained dozens of rescuers. Colleagues said he was one "
        "of the first to go into the burning galleries at Soma, where 301 men died, and that he "
        "rarely spoke of it afterwards. Prosecutors have opened an investigation and detained "
        "several managers, and unions have called for an inquiry into safety at the mine. "
        "Hundreds of people attended his funeral in Bartın. He is survived by his wife and three "
        "children.",
        "accident",
    ),
    (
        "Architect Selin Demirci, who restored Antakya's old houses, dies in earthquake",
        "Selin Demirci, an architect who spent 15 years restoring the Ottoman and French-era "
        "houses "
        "of old Antakya, was killed with her husband and daughter when their building collapsed in "
        "the earthquake that struck southern Turkey on Monday, colleagues said. She was 43. Rescue "
        "teams recovered their bodies from the rubble of the seven-storey block on Wednesday. "
        "Demirci founded a small practice that worked on the restoration of more than 40 houses "
        "around the Long Market and the city's old churches and mosques. Many of those buildings "
        "were also destroyed by the quake, which has killed more than 40,000 people in Turkey and "
        "Syria and left hundreds of thousands homeless. The chamber of architects said her block, "
        "built in 2012, had been approved under a construction amnesty, and called for "
        "prosecutions of contractors. Friends said she had always warned that the new buildings "
        "were more dangerous than the old ones. Demirci was buried in Adana, where her parents "
        "live.",
        "disaster",
    ),
    (
        "Derna poet Mustafa al-Trabelsi swept away in flood he warned of",
        "Mustafa al-Trabelsi, a poet and teacher who wrote a poem about the danger posed by the "
        "ageing dams above his city days before they burst, was among the thousands of people "
        "killed when floodwater tore through Derna in eastern Libya on Monday, friends said. He "
        "was 56. The dams gave way after Storm Daniel dropped torrential rain on the region, "
        "sending "
        "a wall of water through the centre of the city and washing entire neighbourhoods into the "
        "sea. Trabelsi had read his poem, which asked who would save the valley when the rain "
        "came, "
        "at a cultural evening the previous week. He taught Arabic at a secondary school and ran a "
        "literary circle that met in a café near the old mosque. Libya's rival governments have "
        "traded blame over the maintenance of the dams, and the UN says tens of thousands of "
        "people "
        "have been left homeless. His body was identified by a former student and buried in a "
        "cemetery outside the city.",
        "disaster",
    ),
    (
        "Kahale Ka'ai, Lahaina slack-key guitarist, dies in Maui wildfire",
        "Kahale Ka'ai, a slack-key guitarist who played at Lahaina's Front Street restaurants for "
        "more than 40 years, was among those killed in the wildfire that destroyed the town, his "
        "family said on Sunday. He was 78. Relatives said Ka'ai stayed behind to look for his "
        "neighbour's dog as the fire, driven by hurricane-force winds, swept through the town on "
        "Tuesday afternoon. His remains were identified by the Maui police on Saturday. The fire "
        "has killed at least 97 people and destroyed more than 2,000 buildings, making it the "
        "deadliest in the United States in more than a century. Ka'ai learned guitar from his "
        "uncle "
        "on Molokai and recorded four albums, one of which was nominated for a Grammy in 2005. "
        "Musicians held a gathering on the beach at Kaanapali on Saturday evening, playing his "
        "songs as the sun went down. He is survived by his wife, four children and 12 "
        "grandchildren.",
        "disaster",
    ),
    (
        "Beira radio host Fátima Langa killed as Cyclone Idai hits the city",
        "Fátima Langa, a presenter on a community radio station in Beira whose morning show was "
        "the most listened to in central Mozambique, was killed when the roof of her house "
        "collapsed as Cyclone Idai struck the city on Thursday night, her station said. She was "
        "39. "
        "The cyclone made landfall near Beira with winds of up to 177 kilometres an hour, damaging "
        "most buildings in the city, and floods have since covered vast areas of Sofala and Manica "
        "provinces. The government says more than 400 people have been killed in Mozambique and "
        "hundreds of thousands displaced, many of them stranded on rooftops and in trees. Langa "
        "had broadcast warnings about the storm until the station lost power on Thursday "
        "afternoon. She started at the station as a volunteer at 17 and presented a show on "
        "women's health that won a national award. Her colleagues went back on air from a "
        "generator on Sunday and opened the programme with a minute of silence.",
        "disaster",
    ),
    (
        "Rapper K-Dot Mokoena shot dead outside Durban restaurant",
        "Kabelo Mokoena, the South African rapper known as K-Dot, was shot dead outside a "
        "restaurant in Durban on Friday night, police said. He was 35. Police spokesman Colonel "
        "Thulani Zwane said two gunmen approached Mokoena and his friend as they walked to "
        "their car and fired several shots at close range before fleeing on foot; the friend was "
        "also killed. Police said the motive was not yet known and that robbery had not been ruled "
        "out. Mokoena rose to fame with his 2016 album Township Gospel and won several South "
        "African Music Awards, and was known for collaborations with amapiano producers. He was "
        "also a partner in a liquor brand and had recently launched a record label for young "
        "artists from Soweto. Fans gathered outside the restaurant on Saturday to lay flowers. "
        "KwaZulu-Natal's premier called the killings senseless and urged anyone with information "
        "to come forward. He is survived by his partner and a daughter.",
        "crime",
    ),
    (
        "Former champion Rubén Ortiz stabbed to death in Buenos Aires robbery",
        "Rubén Ortiz, a former South American lightweight boxing champion, died on Monday after "
        "being stabbed by a man who tried to steal his mobile phone at a bus stop in the Buenos "
        "Aires suburb of Lanús, police said. He was 61. A 23-year-old suspect was arrested nearby "
        "with the phone, according to the Buenos Aires provincial security ministry. Ortiz, "
        "nicknamed El Tanque, won 38 of his 44 professional fights and held the regional title for "
        "three years in the 1980s. He later ran a boxing gym for children in Lanús, which "
        "neighbours said had kept dozens of boys away from drugs and gangs. Witnesses said he had "
        "tried to fight off the attacker. Hundreds of people, including former opponents, attended "
        "his wake at the gym, where his gloves hung over the coffin. Prosecutors charged the "
        "suspect with aggravated robbery and homicide. He is survived by his wife and three "
        "sons. The Argentine Boxing Federation said it would name a youth tournament after him.",
        "crime",
    ),
    (
        "Court convicts burglar of killing retired judge Giulia Ferrante",
        "A court in Turin on Thursday sentenced a 34-year-old man to 24 years in prison for the "
        "murder of Giulia Ferrante, a retired appeals court judge who was killed during a burglary "
        "at her home last year. Ferrante, who was 79, surprised the man as he searched her "
        "apartment for jewellery and was struck on the head with a statuette, prosecutors said. "
        "Her body was found by a neighbour the next morning. Ferrante was one of the first "
        "women to "
        "sit on Turin's court of appeal and presided over several high-profile corruption trials "
        "in the 1990s. Former colleagues had packed the courtroom for the verdict. The defendant, "
        "who has previous convictions for theft, admitted the robbery but said he had not meant to "
        "kill her. Her son, Matteo, said outside the court that the family had wanted justice, "
        "not revenge. “My mother spent her life believing in this process,” he told reporters. "
        "The defence said it would consider an appeal.",
        "crime",
    ),
    (
        "Medellín footballer Andrés Gómez shot dead after bar argument",
        "Andrés Gómez, a former midfielder for Atlético Nacional who had become a popular youth "
        "coach, was shot dead outside a bar in Medellín early on Sunday after an argument over a "
        "parking space, police said. He was 38. Police said a man fired three times from a car and "
        "drove off, and that a suspect was arrested later in the day in the municipality of "
        "Bello. The city's security secretary said there was no indication of any link to "
        "organised "
        "crime. Gómez played more than 150 games for Nacional and won the league twice before "
        "injuries ended his career at 29. He ran a football school in the Comuna 13 district, "
        "where former pupils said he paid for boots and bus fares out of his own pocket. Nacional "
        "players wore black armbands in Sunday's match against Millonarios and observed a "
        "minute's silence. The mayor called his killing a tragedy for the city. He is survived by "
        "his wife and two sons.",
        "crime",
    ),
    (
        "Houston chef Marcus Bell killed in road-rage shooting",
        "Marcus Bell, a Houston chef whose barbecue restaurant drew queues around the block, was "
        "shot dead on Tuesday evening in what police described as a road-rage confrontation on "
        "Interstate 45, the Houston Police Department said. He was 42. Witnesses told police that "
        "a driver fired into Bell's pickup truck after the two vehicles nearly collided while "
        "changing lanes. A 29-year-old man was arrested on Wednesday and charged with murder, "
        "according to the Harris County district attorney's office. Bell opened his restaurant in "
        "the Third Ward in 2014 after years of selling brisket from a trailer, and was named one "
        "of the best new chefs in Texas by a food magazine in 2018. He mentored young cooks from "
        "the neighbourhood and fed hundreds of people for free after Hurricane Harvey. Customers "
        "left flowers and handwritten notes at the restaurant's door on Wednesday. He is survived "
        "by his wife and three children.",
        "crime",
    ),
    (
        "Dr Samuel Koroma, who led Ebola fight at Kenema hospital, dies of the virus",
        "Dr Samuel Koroma, one of Sierra Leone's few specialists in viral haemorrhagic fevers and "
        "the physician leading the Ebola treatment unit at Kenema Government Hospital, has died of "
        "the disease, the health ministry said on Tuesday. He was 39. Koroma had treated more than "
        "100 Ebola patients since the outbreak reached Sierra Leone in May, and was infected while "
        "working in an isolation ward with too few protective suits, colleagues said. He was "
        "flown to a treatment centre run by Médecins Sans Frontières in Kailahun but died a week "
        "later. At least a dozen nurses at the hospital have also died of the disease. The World "
        "Health Organization said the loss of health workers was one of the gravest threats of the "
        "epidemic in West Africa. Koroma trained at the University of Sierra Leone and in Germany, "
        "and had returned home to work on Lassa fever. President Ernest Bai Koroma, no relation, "
        "called him a national hero.",
        "health",
    ),
    (
        "Bergamo nurse Paola Rinaldi dies of Covid-19 after weeks on the front line",
        "Paola Rinaldi, a nurse in the intensive care unit of Bergamo's Papa Giovanni XXIII "
        "hospital, has died of Covid-19 after caring for patients through the first weeks of "
        "Italy's outbreak, the hospital said on Saturday. She was 58. Rinaldi fell ill in "
        "mid-March "
        "after working consecutive double shifts as the unit filled with patients and was admitted "
        "to the ward where she worked. The hospital, at the centre of the worst-hit province in "
        "Europe, described her as a pillar of the unit who had trained most of its younger staff. "
        "Italy's nursing federation said at least 30 nurses had died of the virus. Colleagues "
        "called the hospital a battlefield and said Rinaldi had been the calmest person in it. "
        "Because of the lockdown, her family could not hold a funeral, and she was buried in a "
        "private ceremony attended by her husband and two sons. The city has promised a memorial "
        "for the health workers it has lost.",
        "health",
    ),
    (
        "Kenyan news anchor Wanjiru Kamau loses battle with cancer at 45",
        "Wanjiru Kamau, one of Kenya's best-known television news anchors, has died after a "
        "three-year battle with breast cancer, her station said on Monday. She was 45. Kamau read "
        "the nine o'clock news for more than a decade and became a household name for her "
        "interviews with presidents and her coverage of the 2013 and 2017 elections. After her "
        "diagnosis in 2019 she spoke openly about her treatment on air and online, and campaigned "
        "for free screening in public hospitals, a cause that led the health ministry to open "
        "screening centres in 12 counties. Friends said she continued to present a weekly "
        "programme between rounds of chemotherapy. President William Ruto said she had fought "
        "with courage and grace. Colleagues gathered in the newsroom on Monday evening to light "
        "candles. She is survived by her husband and two children, and her funeral will be held "
        "in Nyeri. Her station said it would name its new studio after her and fund screening "
        "days in the villages where she grew up.",
        "health",
    ),
    (
        "Dr Farhana Siddiqui, who led Pakistan's polio drive, dies at 68",
        "Dr Farhana Siddiqui, a public health specialist who ran Pakistan's national polio "
        "eradication programme for six years, died in Islamabad on Sunday at 68 after a long "
        "illness, the health ministry said. Siddiqui oversaw vaccination campaigns that reached "
        "more than 40 million children each round, and reorganised the programme around female "
        "vaccinators who could enter homes that men could not. Under her leadership the number of "
        "polio cases in Pakistan fell from more than 300 in 2014 to a dozen in 2017. She also "
        "worked with religious scholars to counter rumours that the vaccine was a plot to "
        "sterilise children, travelling to seminaries in Khyber Pakhtunkhwa to meet clerics in "
        "person. Colleagues said she knew the names of every district coordinator in the country. "
        "The World Health Organization called her a giant of global health. She is survived by her "
        "husband and two daughters. Her funeral prayers were held at the Faisal Mosque on "
        "Monday afternoon.",
        "health",
    ),
    (
        "Dr Jean-Baptiste Kambale, Congolese Ebola fighter, dies of Covid at 59",
        "Dr Jean-Baptiste Kambale, an epidemiologist who led the response to Ebola outbreaks in "
        "the Democratic Republic of Congo for 15 years, died of Covid-19 in Kinshasa on Wednesday, "
        "the health ministry said. He was 59. Kambale coordinated the response to the 2018-2020 "
        "outbreak in North Kivu, the second largest on record, overseeing the vaccination of more "
        "than 300,000 people with a then-experimental vaccine and a network of contact tracers in "
        "towns such as Beni and Butembo. Colleagues said he spent much of that time persuading "
        "sceptical communities to accept burial teams and treatment centres. He later helped "
        "organise the country's Covid vaccination campaign, which has struggled with low turnout. "
        "The World Health Organization's Africa director called him a tireless servant of public "
        "health. Kambale trained in Kinshasa and Antwerp and taught at the University of "
        "Kinshasa's school of public health. He is survived by his wife and five children.",
        "health",
    ),
]
