"""dev119 hard negatives: disasters, accidents and epidemics, whole articles."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Hurricane Melissa death toll in Jamaica climbs to 32 as soldiers reach cut-off communities",
        "The death toll from Hurricane Melissa in Jamaica rose to 32 on Friday as soldiers and "
        "rescue crews reached communities in the island's southwest that had been cut off since "
        "the storm made landfall on Tuesday, Prime Minister Andrew Holness said. Melissa came "
        "ashore near New Hope as a Category 5 hurricane with sustained winds of about 295 "
        "kilometres an hour, one of the strongest Atlantic storms on record to hit land. Whole "
        "streets in Black River were flattened and the town's hospital lost its roof. 'It looks "
        "like a war zone,' said Desmond Clarke, a fisherman who rode out the storm in a church "
        "with his family. The Jamaica Defence Force deployed helicopters and trucks to deliver "
        "water and food, and soldiers were clearing roads with chainsaws and bulldozers. More than "
        "25,000 people remained in shelters, and about 70% of homes were still without power. "
        "Ottawa announced emergency aid and said a Royal Canadian Air Force aircraft would fly "
        "relief supplies from Trenton. Jamaican-Canadian groups in Toronto and Montreal collected "
        "donations at churches and restaurants, and Air Canada added flights to Kingston to "
        "carry aid workers and returning residents. In the parish of St Elizabeth, farmers said "
        "entire crops of yam, banana and scallion had been wiped out, threatening food supplies "
        "for months. The Jamaica Public Service Company warned that it could take weeks to "
        "restore power to the worst-hit areas, where poles and lines lay across the roads. "
        "Before reaching Jamaica, Melissa had lingered for days over the Caribbean, and after "
        "crossing the island it went on to hit eastern Cuba, where more than 700,000 people had "
        "been moved from coastal areas. In Haiti, flooding from the storm's outer bands killed "
        "at least 20 people in the south, the civil protection agency said. Scientists say "
        "warmer ocean water is making the rapid intensification of hurricanes more likely.",
        "disaster",
    ),
    (
        "Pakistan army evacuates hundreds of thousands as rivers burst their banks in Punjab",
        "Pakistan's army and disaster authorities have moved more than 700,000 people out of "
        "villages along the Ravi, Sutlej and Chenab rivers in Punjab province as floodwater swept "
        "across farmland and into parts of Lahore, officials said on Friday. At least 33 people "
        "have died in Punjab since the rivers began rising earlier in the week, the Provincial "
        "Disaster Management Authority said. Soldiers in boats ferried families, some clutching "
        "goats and chickens, from submerged villages near Kasur and Narowal. The Kartarpur "
        "gurdwara, one of Sikhism's holiest sites, was surrounded by water several feet deep. "
        "Pakistani officials said India had warned Islamabad through diplomatic channels that it "
        "was releasing water from dams upstream, a rare contact between the neighbours since their "
        "brief military conflict in May. Relief camps were set up in schools and government "
        "buildings, but many families refused to leave their livestock and stayed on rooftops. "
        "Climate Minister Musadiq Malik said monsoon rains this year had been far heavier than "
        "normal and blamed global warming. More than 800 people have been killed in floods across "
        "Pakistan since late June. In Khyber Pakhtunkhwa, flash floods earlier this month swept "
        "away entire villages in the Buner district, where rescuers are still searching for the "
        "missing. The World Food Programme said it was preparing to distribute food rations in "
        "the worst-affected districts of Punjab. Farmers' groups warned that the floods had "
        "destroyed large areas of rice, cotton and sugarcane just weeks before the harvest, "
        "which could push up food prices. Lahore's low-lying neighbourhoods along the Ravi, "
        "including housing schemes built on the old riverbed, were among the worst hit. Urban "
        "planners said the authorities had ignored warnings against building on the "
        "floodplain. The Pakistan Meteorological Department forecast more rain in the "
        "catchment areas over the weekend.",
        "disaster",
    ),
    (
        "Eastern Cape floods: SANDF helicopters join search for missing learners near Mthatha",
        "South African National Defence Force helicopters joined the search on Wednesday for "
        "learners who were swept away when a scholar transport vehicle was caught by floodwater "
        "near Mthatha, as the death toll from flooding in the Eastern Cape rose to 78. "
        "Premier Oscar Mabuyane said rescuers had recovered the bodies of six children from the "
        "Mthatha River and that four were still missing. Days of torrential rain and snowmelt "
        "sent rivers over their banks across the OR Tambo and Amathole districts, washing away "
        "homes in informal settlements and cutting off several villages. Police divers and "
        "volunteers searched along the riverbanks, where families waited for news. More than "
        "3,000 people were staying in community halls and churches, the provincial disaster "
        "management centre said. President Cyril Ramaphosa visited the area and declared a "
        "national disaster, freeing up emergency funds for relief and repairs. Residents of the "
        "Slovo Park settlement said the water rose to the roofs within an hour. The South African "
        "Weather Service warned of more heavy rain and strong winds over the weekend.",
        "disaster",
    ),
    (
        "Spain sends 500 more soldiers to fight wildfires raging in Galicia and Castile and Leon",
        "Spain is sending another 500 soldiers to help firefighters battle wildfires in the "
        "north-west of the country, Defence Minister Margarita Robles said on Sunday, as a "
        "heatwave with temperatures above 40C kept fuelling blazes in Galicia and Castile and "
        "Leon. The troops from the Military Emergencies Unit (UME) will join about 1,400 already "
        "deployed, using heavy machinery to cut firebreaks. Three people have died, including a "
        "volunteer who was caught by the flames near the town of Tabuyo del Monte. Thousands of "
        "residents have been evacuated from villages in the provinces of Ourense and Leon, and "
        "high-speed rail services between Madrid and Galicia were suspended. The fire at Las "
        "Medulas, the Roman gold-mining landscape listed by UNESCO, damaged parts of the site, "
        "regional officials said. Firefighting planes from Italy and France arrived under the "
        "EU's rescEU scheme. Prime Minister Pedro Sanchez said after visiting a command post in "
        "Ourense that the country was 'in a battle against the clock' and called for a national "
        "pact on climate emergencies. More than 150,000 hectares have burned in Spain this year.",
        "disaster",
    ),
    (
        "Landslide wipes out village in Sudan's Marra Mountains, local armed movement says",
        "A landslide after days of heavy rain has destroyed the village of Tarasin in the Marra "
        "Mountains of Sudan's Darfur region, killing hundreds of people, the Sudan Liberation "
        "Movement-Army, which controls the area, said on Tuesday. The movement, led by Abdel "
        "Wahid al-Nur, said only one villager had survived and appealed to the United Nations and "
        "aid agencies to help recover the bodies. Photographs released by the group showed a "
        "stretch of mud and boulders where homes and fields had stood at the foot of a mountain. "
        "The landslide struck on Sunday after heavy rain that had lasted for several days, local "
        "officials said. The area is reached by rough mountain tracks that become impassable in "
        "the rainy season, and aid officials said it could take days to get teams there. Sudan's "
        "government in Port Sudan declared three days of mourning. The UN's resident coordinator "
        "said agencies were mobilising food, shelter materials and medical supplies. The "
        "mountainous area has been held by the movement for two decades and has stayed outside "
        "the main front lines of the war between the army and the Rapid Support Forces.",
        "disaster",
    ),
    (
        "Air India crash report finds fuel switches moved to cutoff seconds after take-off",
        "Both fuel control switches on the Air India Boeing 787 that crashed in Ahmedabad last "
        "month moved to the cutoff position within a second of each other shortly after take-off, "
        "cutting fuel to the engines, India's Aircraft Accident Investigation Bureau said in its "
        "preliminary report. The report, published early on Saturday, said the cockpit voice "
        "recorder captured one pilot asking the other why he had cut off the fuel, and the other "
        "replying that he had not. The switches were returned to the run position about ten "
        "seconds later, and one engine began to relight, but the aircraft lost height and hit a "
        "medical college hostel. All but one of the 242 people on board were killed, along with "
        "19 people on the ground. The report did not assign blame and made no immediate "
        "recommendations to Boeing or engine maker GE. Pilots' associations in India criticised "
        "what they called speculation about the crew. Relatives of British victims said they "
        "wanted the full cockpit recordings released. A final report is expected within a year.",
        "accident",
    ),
    (
        "Ferry sinks in Bali Strait with 65 on board as rescuers search for missing",
        "Indonesian rescuers were searching on Thursday for dozens of people missing after a "
        "ferry carrying 65 passengers and crew sank in the Bali Strait late on Wednesday night, "
        "officials said. The KMP Tunu Pratama Jaya went down about 30 minutes after leaving the "
        "port of Ketapang in East Java for Gilimanuk in Bali, the national search and rescue "
        "agency said. Four people were confirmed dead and 31 were rescued, some after spending "
        "hours in the water clinging to debris. The ferry was also carrying 22 vehicles, "
        "including 14 lorries. Survivors said the vessel began to list soon after departure in "
        "rough seas and that there was little time to reach life jackets. Navy ships, police boats "
        "and local fishermen joined the search, hampered by waves of up to two metres. The "
        "transport ministry said it would investigate whether the ferry had been overloaded. "
        "Ferry accidents are common in Indonesia, an archipelago of some 17,000 islands where "
        "safety rules are often poorly enforced.",
        "accident",
    ),
    (
        "Lisbon's Gloria funicular derails, killing 16 in the city's deadliest accident in decades",
        "Sixteen people were killed and more than 20 injured when the Gloria funicular, one of "
        "Lisbon's best-known tourist attractions, derailed and crashed into a building on a steep "
        "street in the city centre on Wednesday evening, Portuguese authorities said. Witnesses "
        "said the yellow car came down the hill at high speed before leaving the track and "
        "slamming into a corner building. Among the dead were several foreign tourists and "
        "workers from a nearby social care institution, police said. Emergency services worked "
        "for hours to pull people from the wreckage, which was crushed almost flat. Carris, the "
        "public transport company that runs the funicular, said maintenance had been carried out "
        "as scheduled, and investigators were examining whether a cable had snapped. Prime "
        "Minister Luis Montenegro declared a day of national mourning. Lisbon's mayor said the "
        "city's other funiculars would remain closed until inspections were completed. The "
        "Gloria line, opened in 1885, carries about three million passengers a year.",
        "accident",
    ),
    (
        "Blast at Iran's Shahid Rajaee port kills dozens as officials point to chemical storage",
        "A huge explosion tore through Shahid Rajaee, Iran's largest container port near Bandar "
        "Abbas, on Saturday, killing at least 40 people and injuring more than 1,000, state media "
        "reported. Video shared online showed a column of black smoke rising over the docks and "
        "windows shattered several kilometres away. Iran's crisis management organisation said "
        "the blast was caused by poorly stored chemicals in containers, and officials said they "
        "had found no sign of sabotage. A security consultancy said a shipment of sodium "
        "perchlorate, a component of rocket fuel, had arrived at the port earlier in the year, "
        "which Iran's defence ministry denied. Firefighters were still working to put out fires "
        "among the stacked containers on Sunday. President Masoud Pezeshkian ordered an "
        "investigation and visited the injured in hospital. The explosion happened as Iranian "
        "and American negotiators were meeting in Oman for a third round of talks on Tehran's "
        "nuclear programme. The port handles most of Iran's container trade.",
        "accident",
    ),
    (
        "DR Congo declares Ebola outbreak in Kasai province as vaccination begins",
        "The Democratic Republic of Congo has declared a new Ebola outbreak in the central Kasai "
        "province, where at least 15 people have died, the health ministry said on Thursday. The "
        "outbreak was confirmed in the Bulape health zone after samples from patients with fever, "
        "vomiting and bleeding tested positive at the national biomedical research institute in "
        "Kinshasa. Health Minister Roger Kamba said the first known case was a pregnant woman "
        "who was admitted to hospital late last month. Health workers were among the dead. The "
        "World Health Organization said it had sent experts and protective equipment and that "
        "a stock of the Ervebo vaccine held in Kinshasa would be flown in to vaccinate contacts "
        "and front-line workers. Bulape is about 1,000 kilometres from the capital and can be "
        "reached only by poor roads, which complicates the response. It is Congo's 16th Ebola "
        "outbreak since the virus was identified near the Ebola river in 1976. The last, in "
        "Equateur province, was declared over in 2022.",
        "health",
    ),
    (
        "Foshan wages war on mosquitoes as chikungunya cases pass 7,000",
        "Authorities in the southern Chinese city of Foshan have released mosquito-eating fish, "
        "deployed drones to spot stagnant water and threatened fines for residents who leave "
        "water standing, as an outbreak of chikungunya passed 7,000 cases. The virus, which is "
        "spread by mosquitoes and causes fever and severe joint pain, is rarely fatal, and no "
        "deaths have been reported. Guangdong province recorded nearly 3,000 new cases last week "
        "alone, most of them in Foshan's Shunde district, local health authorities said. Patients "
        "are being treated in hospital wards fitted with mosquito nets, and are required to stay "
        "until they test negative. Workers in protective suits have been fogging residential "
        "compounds with insecticide, and neighbourhood committees are inspecting flower pots and "
        "drains. Some residents complained on social media that the measures recalled the "
        "Covid-19 era. Hong Kong and Singapore have issued travel alerts for Guangdong. Experts "
        "say warmer and wetter weather is expanding the range of the mosquitoes that carry the "
        "virus.",
        "health",
    ),
    (
        "Canada loses measles elimination status after year-long outbreak",
        "Canada has lost the measles elimination status it had held since 1998 after failing to "
        "stop a single chain of transmission within 12 months, the Public Health Agency of Canada "
        "said on Monday. The outbreak, which began in New Brunswick in October last year, has led "
        "to more than 5,000 cases, most of them in Ontario and Alberta, and the deaths of two "
        "infants born prematurely. The Pan American Health Organization, which certifies "
        "elimination in the Americas, said Canada could regain the status if transmission is "
        "interrupted for at least a year. Most cases have been among unvaccinated people in "
        "close-knit communities where vaccine uptake is low. Ontario's chief medical officer of "
        "health said the fight against measles was 'far from over' and urged parents to check "
        "their children's vaccination records. Pediatricians say the decline in routine "
        "vaccination since the pandemic has left gaps in immunity. The United States is also at "
        "risk of losing its status because of large outbreaks in Texas and Utah.",
        "health",
    ),
]
