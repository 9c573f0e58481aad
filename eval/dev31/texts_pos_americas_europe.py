"""dev31 conflict items: positives in the Americas, Europe, Iran, Turkey, Indonesia, Nepal and the Pacific. See build.py."""

from items import P

# ---------------------------------------------------------------- positives: the Americas

P(
    "Gangs storm town in central Haiti, freeing prison inmates",
    "Gunmen from the Viv Ansanm gang coalition attacked Mirebalais overnight, fought police for hours, freed more than 500 inmates from the town's prison and set fire to homes, Haitian officials said. Thousands of residents fled on foot towards the Dominican border.",
    "B D",
    "attack_on_town",
)
P(
    "Car bomb explodes near air force base in Cali",
    "A truck packed with explosives blew up near the Marco Fidel Suárez air base in Cali, killing six people and wounding more than 60, Colombian authorities said. President Gustavo Petro called it a terrorist attack and blamed a dissident faction of the former FARC.",
    "E T",
    "car_bomb",
)
P(
    "Police officers killed in cartel ambush in Michoacán",
    "Gunmen from a drug cartel ambushed a police convoy with rifles and explosives near Aguililla, killing eight officers, the Michoacán state security office said. The army sent reinforcements and a helicopter to the area.",
    "B E",
    "ambush",
)
P(
    "Masked gunmen storm Ecuador TV studio during live broadcast",
    "Armed men burst into the studio of TC Televisión in Guayaquil during a live news programme and forced staff to the floor before police retook the building and arrested 13 people. President Daniel Noboa declared an 'internal armed conflict' and ordered the armed forces to neutralise more than 20 criminal gangs.",
    "V M",
    "hostage_taking",
)
P(
    "Security forces fire on post-election protesters in Venezuela",
    "Venezuelan troops and police fired tear gas and rubber bullets at crowds protesting against the official result of the presidential election in Caracas, and rights groups said at least 11 people were killed. The attorney general said more than 700 people had been arrested.",
    "U",
    "crackdown",
)
P(
    "Protesters killed in clashes at Juliaca airport in Peru",
    "Seventeen people were killed as protesters demanding the resignation of President Dina Boluarte tried to take over the airport in Juliaca and police fired on them, Peru's ombudsman said. A police officer was burned to death in his vehicle later that night.",
    "U",
    "crackdown",
)
P(
    "Fare protests in Santiago turn to riots as metro stations burn",
    "Protesters set fire to several metro stations and a power company's headquarters in Santiago and looted supermarkets across the Chilean capital, prompting President Sebastián Piñera to declare a state of emergency and put the army on the streets. The unrest began with students jumping turnstiles over a rise in metro fares.",
    "U",
    "riot",
)
P(
    "Gang violence in Haiti has displaced more than a million, IOM says",
    "The number of people forced from their homes by gang violence in Haiti has passed 1.3 million, the International Organization for Migration said on Wednesday, the highest figure ever recorded in the country. Armed groups allied in the Viv Ansanm coalition now control most of the capital, Port-au-Prince, and have pushed into towns in the Centre and Artibonite departments this year. More than 200,000 of the displaced live in crowded sites such as schools, churches and empty government buildings, with little access to water or toilets. In the latest attacks, gunmen killed residents and burned houses in the Kenscoff hills above the capital, forcing thousands more to flee. The Kenyan-led security mission and Haitian police have struggled to retake ground. Humanitarian agencies said the UN appeal for Haiti was less than 10% funded. Nearly half the population faces acute hunger, according to the World Food Programme. Flights into the capital's international airport remain suspended after gangs fired on aircraft.",
    "D H V B",
    "displacement",
)
P(
    "Tens of thousands flee fighting between rebel groups in Colombia's Catatumbo",
    "More than 30,000 people have fled their homes in Colombia's Catatumbo region after the National Liberation Army (ELN) launched an offensive against a dissident faction of the former FARC guerrilla group, officials said. ELN fighters went house to house looking for people they accused of collaborating with their rivals, and at least 80 people, among them community leaders and a former FARC member who signed the peace deal, were killed. Thousands of families took refuge in sports halls and schools in the city of Cúcuta, while others crossed into Venezuela. President Gustavo Petro suspended peace talks with the ELN, saying it had committed war crimes, and declared a state of internal commotion. The army sent 5,000 troops into the region. The ombudsman's office said some people were trapped in their villages by the fighting and by landmines. Catatumbo, near the Venezuelan border, is one of the main coca-growing areas in the country. Aid agencies warned that shelters in Cúcuta were overflowing.",
    "B V D M H",
    "battle",
)

# ---------------------------------------------------------------- positives: Europe, Iran, Turkey, Indonesia, Nepal, the Pacific

P(
    "Police use water cannon and tear gas on pro-EU protesters in Tbilisi",
    "Georgian riot police fired water cannon and tear gas at thousands of demonstrators outside parliament for a fourth night, after the government suspended talks on joining the European Union. The interior ministry said 224 people had been detained, and protesters threw fireworks at police lines.",
    "U",
    "crackdown",
)
P(
    "Rioters attack mosque and police in Southport",
    "Hundreds of people threw bricks and bottles at a mosque and at police officers in Southport on Tuesday evening and set a police van on fire, Merseyside Police said. The riot followed false claims online about the identity of the teenager charged over a knife attack on a children's dance class.",
    "U V",
    "riot",
)
P(
    "Car drives into union march in Munich; prosecutors suspect Islamist motive",
    "A 24-year-old Afghan man drove a car into a crowd of trade union demonstrators in central Munich, injuring 39 people, police said. Federal prosecutors, who handle terrorism cases, took over the investigation and said he appeared to have acted out of religious motives.",
    "V T",
    "vehicle_attack",
)
P(
    "Police tear-gas crowds in Istanbul protesting mayor's arrest",
    "Turkish police used tear gas, pepper spray and rubber bullets to disperse thousands of people who gathered outside Istanbul city hall for a third night to protest against the detention of Mayor Ekrem İmamoğlu. The interior minister said 343 people had been detained across the country.",
    "U",
    "crackdown",
)
P(
    "Security forces fire on worshippers after Friday prayers in Zahedan",
    "Iranian security forces opened fire on protesters after Friday prayers in Zahedan, in Sistan-Baluchestan province, killing dozens of people, rights groups said. State media said armed separatists had attacked a police station.",
    "U V",
    "crackdown",
)
P(
    "Deadly unrest in Mozambique after disputed election",
    "Police fired live rounds and tear gas at protesters in Maputo who had blocked roads with burning tyres to contest the ruling party's election win, a civil society group said. It said at least 30 people had been killed in two weeks of unrest.",
    "U",
    "crackdown",
)
P(
    "Rioters torch regional parliament in Indonesia after delivery driver killed",
    "Crowds set fire to the regional parliament building in Makassar and looted lawmakers' homes in Jakarta, as protests over lawmakers' perks turned violent after a police armoured vehicle ran over a motorcycle taxi driver, officials said. Three people died in the Makassar fire.",
    "U",
    "riot",
)
P(
    "Record 123 million people forced from their homes, UNHCR says",
    "The number of people displaced by war, violence and persecution reached a record 123 million by the end of last year, the UN refugee agency said in its annual report, driven by the wars in Sudan, Myanmar and Ukraine. Sudan alone accounts for more than 12 million of them.",
    "D",
    "displacement",
)
P(
    "UN halts work in Yemen's Saada after staff detained by Houthis",
    "The United Nations paused its operations in Saada province after the Houthi authorities detained eight more of its local staff, bringing the number held to more than 20, a spokesman said. Millions in northern Yemen rely on food aid.",
    "H V",
    "humanitarian",
)
P(
    "Riots grip New Caledonia over voting reform",
    "France declared a state of emergency in New Caledonia on Wednesday after a third night of rioting in the capital, Nouméa, in which four people were killed, among them a gendarme. Rioters torched shops, factories and cars and set up barricades in several districts, and armed residents formed vigilante groups to guard their streets. The unrest began after lawmakers in Paris approved a constitutional change that would let thousands more French residents vote in provincial elections, which pro-independence Kanak groups say would dilute their vote. The French government sent hundreds of extra police and gendarmes and banned the social network TikTok on the island. The international airport was closed, stranding tourists, and supermarkets ran short of food. More than 200 people had been arrested, the high commissioner said. President Emmanuel Macron called for calm and a return to dialogue. Business leaders said hundreds of companies had been destroyed.",
    "U",
    "riot",
)
P(
    "Nepal's prime minister resigns as protesters set parliament ablaze",
    "Nepal's prime minister, K P Sharma Oli, resigned on Tuesday after protesters set fire to parliament and the homes of senior politicians in Kathmandu, a day after police shot dead 19 people during demonstrations against a ban on social media. The protests, led largely by young people who call themselves Gen Z, began on Monday over the government's decision to block more than 20 platforms, including Facebook and YouTube. Police fired tear gas, rubber bullets and live ammunition as crowds broke through barricades outside parliament. On Tuesday, crowds defied a curfew and burned the parliament building, the Supreme Court and the offices of political parties. The army took control of the streets in the evening and appealed for calm. The government had lifted the social media ban late on Monday, but anger over corruption and unemployment kept people on the streets. Kathmandu's airport was briefly closed as smoke spread over the city. The UN human rights chief called for an independent investigation into the killings.",
    "U",
    "riot",
)
