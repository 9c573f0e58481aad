"""dev11 negatives, batch 2: military, accident, health, other.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    (
        "Poland signs deal for 180 more K2 tanks",
        "Poland signed a contract with South Korea's Hyundai Rotem for 180 more K2 tanks, part of a build-up that will make its army one of the largest in Europe. Some of the tanks will be built in Poland. The defence minister said the war in Ukraine showed the need for heavy armour.",
        "military",
    ),
    (
        "North Korea fires ballistic missiles into the sea",
        "North Korea fired two short-range ballistic missiles into the sea off its east coast on Wednesday, South Korea's military said. The missiles flew about 600 kilometres before landing outside Japan's exclusive economic zone. Japan lodged a protest.",
        "military",
    ),
    (
        "Tanks and troops parade in Red Square for Victory Day",
        "Thousands of troops and columns of tanks and missile launchers paraded across Red Square for Victory Day, marking 80 years since the defeat of Nazi Germany. Soldiers who had fought in Ukraine marched in the parade. The Chinese president watched from the stand.",
        "military",
    ),
    (
        "Steadfast Defender drills begin with 90,000 troops",
        "NATO began its largest exercise in decades, Steadfast Defender, involving about 90,000 troops from 31 countries. The drills simulate the defence of Europe against an attack from a near-peer adversary. Tanks will be moved by rail and ship across Germany and Poland.",
        "military",
    ),
    (
        "German navy commissions new frigate",
        "The German navy commissioned its fourth F125-class frigate at Wilhelmshaven, where it joins a squadron that will deploy to the Indo-Pacific next year. The ship can stay at sea for two years without returning to port. It carries guns, missiles and two helicopters.",
        "military",
    ),
    (
        "Taiwan extends conscription to one year",
        "Taiwan will extend compulsory military service from four months to one year from 2024, the president said, citing growing pressure from China. Conscripts will train with modern weapons such as drones and anti-tank missiles. Pay for recruits will be increased.",
        "military",
    ),
    (
        "US approves F-16 sale to Turkey",
        "The US State Department approved the sale of 40 F-16 fighter jets to Turkey, worth $23 billion, a day after Turkey ratified Sweden's accession to NATO. The sale also includes upgrade kits for 79 jets. Congress had held up the deal for over a year.",
        "military",
    ),
    (
        "China holds 'Joint Sword' drills around Taiwan",
        "China's military sent warships and dozens of aircraft around Taiwan for two days of exercises that it said simulated a blockade and strikes on key targets. Taiwan put its forces on alert and sent its own ships to monitor them. No shots were fired and the drills ended on Friday.",
        "military",
    ),
    (
        "India tests Agni-5 missile with multiple warheads",
        "India carried out the first flight test of an Agni-5 missile fitted with several independently targeted warheads, the defence ministry said. The missile was fired from an island off Odisha and landed in the Bay of Bengal. The prime minister congratulated the scientists.",
        "military",
    ),
    (
        "Bundestag approves €100bn fund for armed forces",
        "Germany's parliament approved a €100 billion special fund to modernise the armed forces, with money for F-35 jets, heavy transport helicopters and ammunition. The chancellor called the war in Ukraine a turning point. The fund was written into the constitution.",
        "military",
    ),
    (
        "British Army launches recruitment drive as numbers fall",
        "The British Army launched a new recruitment campaign with the slogan 'No one's born a soldier' as the size of the regular army fell below 73,000. The defence secretary said faster application processing would help. The campaign runs on television and social media.",
        "military",
    ),
    (
        "Troops from India lead Bastille Day parade",
        "Troops from India marched at the head of the Bastille Day parade on the Champs-Élysées, with Indian Rafale jets flying overhead. The Indian prime minister was guest of honour. The parade included 6,500 soldiers, 64 aircraft and 25 helicopters.",
        "military",
    ),
    (
        "Beirut port blast: judge resumes investigation",
        "The judge investigating the 2020 explosion at the port of Beirut resumed his work after a two-year pause, charging several officials. The blast, caused by hundreds of tonnes of ammonium nitrate stored in a warehouse, killed more than 220 people. Families of the victims gathered outside the courthouse.",
        "accident",
    ),
    (
        "Hundreds dead in train collision in Odisha",
        "At least 288 people were killed when a passenger express ran into a parked goods train near Balasore in Odisha and its carriages hit another passenger train. Rescuers worked through the night to pull people from the wreck. The railway minister said a signalling error was the cause.",
        "accident",
    ),
    (
        "Air India jet crashes after take-off from Ahmedabad",
        "An Air India Boeing 787 bound for London crashed into a medical college hostel shortly after take-off from Ahmedabad, killing all but one of the 242 people on board and dozens on the ground. A thick column of black smoke rose over the city. Investigators recovered both flight recorders.",
        "accident",
    ),
    (
        "Explosion and fire trap miners in Soma",
        "An explosion and fire at a coal mine in Soma, western Turkey, trapped hundreds of miners underground, and at least 301 were killed. Rescuers pumped fresh air into the mine. The disaster is the worst in Turkey's history.",
        "accident",
    ),
    (
        "Crowd crush kills 159 in Seoul's Itaewon",
        "A crowd crush during Halloween celebrations in Seoul's Itaewon district killed 159 people, most of them in their twenties, when thousands of people surged into a narrow alley. Police had deployed only a small number of officers. The prime minister declared a week of national mourning.",
        "accident",
    ),
    (
        "Hundreds feared dead as migrant boat capsizes off Greece",
        "A fishing boat carrying hundreds of migrants and refugees from Syria, Afghanistan, Pakistan and Egypt capsized off Pylos in southern Greece. The coastguard rescued 104 people and recovered 82 bodies. Survivors said there were up to 750 people on board, including women and children in the hold.",
        "accident",
    ),
    (
        "Fuel tanker explosion kills scores in Jigawa",
        "A fuel tanker that overturned on a road in Jigawa state, northern Nigeria, exploded as residents gathered to collect the spilled petrol, killing more than 150 people, police said. Many of the victims were burned beyond recognition. The blast set fire to nearby houses.",
        "accident",
    ),
    (
        "Blasts at Tianjin chemical warehouse flatten port district",
        "Two huge explosions at a chemical warehouse in the port of Tianjin flattened buildings and burned thousands of cars, killing 173 people, most of them firefighters. The blasts were recorded by seismographs. Residents within three kilometres were evacuated.",
        "accident",
    ),
    (
        "Explosions at army barracks in Bata blamed on negligence",
        "A series of explosions at the Nkoa Ntoma military barracks in Bata, Equatorial Guinea, killed at least 98 people and destroyed homes around the base. The president said the blasts were caused by negligence in the storage of dynamite and ammunition, set off by farmers burning stubble nearby. Hospitals were overwhelmed.",
        "accident",
    ),
    (
        "Military helicopter crashes during training in Norway",
        "A NATO helicopter crashed during a training flight in northern Norway, killing four crew members, the armed forces said. The aircraft came down in bad weather during an exercise. Search teams reached the wreck the next morning.",
        "accident",
    ),
    (
        "Fireworks warehouse explodes in Mexican town",
        "A warehouse storing fireworks exploded in Tultepec, Mexico's fireworks capital, killing 24 people, including rescuers who had rushed to help after a first blast. Houses nearby were damaged. Officials said fireworks had been stored illegally.",
        "accident",
    ),
    (
        "Ferry fire kills dozens off Indonesian coast",
        "A fire broke out on a ferry carrying about 300 passengers off North Sulawesi, and passengers jumped into the sea wearing life jackets. At least 31 people died. The navy and fishermen rescued the survivors.",
        "accident",
    ),
    (
        "Measles vaccination campaign reaches millions of Afghan children",
        "A nationwide measles vaccination campaign has reached 6 million children in Afghanistan, the WHO said. Vaccinators travelled to remote villages on foot and by donkey. The country has one of the highest measles death rates in the region.",
        "health",
    ),
    (
        "Mpox declared public health emergency as new strain spreads",
        "The World Health Organization declared mpox a public health emergency of international concern as a new strain spread from Congo to neighbouring countries including Burundi, Kenya and Uganda. Vaccines are in short supply. The agency said it had released emergency funds.",
        "health",
    ),
    (
        "Ebola outbreak declared over in Uganda",
        "Uganda declared the end of an Ebola outbreak that killed 55 people, after 42 days without new cases. Health workers had fought the outbreak with contact tracing and quarantine. No vaccine exists for the Sudan strain that caused it.",
        "health",
    ),
    (
        "Cameroon rolls out malaria vaccine in 'battle against a killer'",
        "Cameroon became the first country to roll out the malaria vaccine in routine immunisation, in what the health minister called a new phase in the battle against a killer of children. The vaccine will be given in four doses. Officials said 42 districts would receive it first.",
        "health",
    ),
    (
        "Polio drive aims to vaccinate 45 million Pakistani children",
        "Pakistan began a nationwide polio vaccination campaign aimed at 45 million children under five, after the virus was detected in sewage samples from 60 districts. More than 400,000 vaccinators are going door to door. Pakistan and Afghanistan are the only countries where polio has never been stopped.",
        "health",
    ),
    (
        "'We are at war,' Macron says as France locks down",
        "President Emmanuel Macron said France was 'at war' with the coronavirus and ordered people to stay at home for at least 15 days. The army will set up a field hospital in Mulhouse. Police will check that people outside have a signed form.",
        "health",
    ),
    (
        "Lusaka stadium becomes cholera treatment centre",
        "Zambia turned the national heroes stadium in Lusaka into a cholera treatment centre as the outbreak killed more than 400 people. Schools were closed for weeks. The army was called in to clean markets and drains.",
        "health",
    ),
    (
        "Dengue kills record number in Bangladesh",
        "Dengue fever has killed more than 1,000 people in Bangladesh this year, the highest number since records began, the health directorate said. Hospitals in Dhaka are overwhelmed with patients. Officials launched a campaign against mosquito breeding sites.",
        "health",
    ),
    (
        "Superbugs a silent killer, global study finds",
        "Drug-resistant infections killed more than a million people a year over the past three decades, and the toll could rise to nearly two million by 2050, a study in The Lancet found. The authors said new antibiotics and better sanitation were the best defences. Older people are most at risk.",
        "health",
    ),
    (
        "WHO members adopt pandemic agreement",
        "WHO member states adopted a pandemic agreement in Geneva after three years of negotiations, setting rules on sharing vaccines and pathogen data in a future outbreak. The United States did not take part. Delegates applauded as the vote was announced.",
        "health",
    ),
    (
        "Flu shots offered at railway stations",
        "Health authorities in the Netherlands are offering free flu shots at major railway stations this winter to raise vaccination rates. Nurses will be at the stations in the morning and evening rush hours. Last year fewer than half of people over 60 were vaccinated.",
        "health",
    ),
    (
        "Study tracks brain injuries in veterans of Iraq and Afghanistan",
        "A long-term study of US veterans who served in Iraq and Afghanistan found that those exposed to repeated blasts from their own heavy weapons had higher rates of memory loss. Researchers followed 12,000 veterans for a decade. The army said it would review training with artillery and rocket launchers.",
        "health",
    ),
    (
        "Former refugee elected mayor of Norwegian town",
        "A man who arrived in Norway as a teenage refugee from Somalia's civil war was elected mayor of a town near Oslo. He said he had learned Norwegian from children's books. His party won 40% of the vote.",
        "other",
    ),
    (
        "Syrian refugee's bakery becomes a Berlin favourite",
        "A baker who fled the bombing of Aleppo in 2015 now runs three bakeries in Berlin, selling Syrian sweets and German bread. He employs 20 people, half of them refugees. Queues form outside on Saturday mornings.",
        "other",
    ),
    (
        "Sri Lanka elects leftist president in peaceful vote",
        "Sri Lanka elected Anura Kumara Dissanayake, whose party led two armed uprisings in the 1970s and 1980s, as president in a peaceful vote. He promised to fight corruption. Turnout was about 75%.",
        "other",
    ),
    (
        "SpaceX launches satellites for missile-tracking network",
        "A SpaceX rocket launched from Vandenberg with satellites for a US Space Development Agency network that will track hypersonic missiles. The first stage landed on a drone ship. More launches are planned this year.",
        "other",
    ),
    (
        "Archaeologists uncover Roman fort on Hadrian's Wall",
        "Archaeologists have uncovered the remains of a Roman fort near Hadrian's Wall, including barracks, weapons and the bones of horses. The fort was home to about 500 soldiers. The dig will continue next summer with volunteers.",
        "other",
    ),
    (
        "Heatwave warning issued for southern Europe",
        "Weather services issued red alerts for heat in Spain, Italy and Greece, with temperatures forecast to exceed 44C. Authorities advised people to stay indoors in the afternoon. Tourists flocked to beaches.",
        "other",
    ),
    (
        "New AI model 'kills' rivals on coding tests, company says",
        "A start-up said its new AI model beat the best systems from bigger rivals on coding benchmarks, calling the result a 'knockout blow'. Independent researchers said the tests were narrow. The company raised $2 billion last month.",
        "other",
    ),
    (
        "Ukrainian orchestra plays to full house on European tour",
        "An orchestra from Kyiv played to a full house in Vienna on the first night of a European tour. Several of its members live abroad since the invasion. The programme included Beethoven and a new piece by a Ukrainian composer.",
        "other",
    ),
    (
        "Solar eclipse draws crowds across North America",
        "Millions of people across Mexico, the United States and Canada watched a total solar eclipse, with the sky going dark for up to four minutes. Schools closed early in some districts. Traffic jams formed as visitors left.",
        "other",
    ),
    (
        "Colombia's coffee harvest hits record",
        "Colombia's coffee production reached its highest level in 30 years, the growers' federation said, helped by good weather. Former FARC fighters now run cooperatives in Cauca that export to Europe. Prices remain high.",
        "other",
    ),
]
