"""Positives of dev397, part A: Haiti's gang war, the Kenyan-led mission and the killing of
President Moise, as the Caribbean press reported them. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Gran Grif gunmen kill scores in Pont-Sondé, thousands flee towards Saint-Marc",
        "Gunmen from the Gran Grif gang stormed the farming town of Pont-Sondé in the Artibonite "
        "before dawn on Thursday, shooting residents in their homes and setting houses alight, "
        "according to local officials quoted by Le Nouvelliste. The UN human rights office put the "
        "toll at no fewer than 70 dead, among them ten women and three infants, and said at least "
        "16 people were seriously wounded. Survivors described men in balaclavas going door to "
        'door along the national road. "They came for everyone, even the old people who could '
        'not run," a woman who hid in a rice field told the paper by telephone. The mayor of '
        "Saint-Marc said more than 6,000 people had reached the town by Friday evening, many on "
        "foot, and were sleeping in two schools and a church. Gran Grif, led by Luckson Elan, has "
        "fought the police and local self-defence brigades for control of the valley for two "
        "years. The Prime Minister's office condemned what it called a massacre and promised "
        "reinforcements, but residents said no police unit had reached the town by nightfall. "
        "Aid groups warned that the new arrivals were without clean water or food.",
        "V D H",
        "massacre",
    ),
    (
        "Haiti: elderly and vodou practitioners slaughtered in Wharf Jérémie, says rights group",
        "At least 184 people were killed over a weekend in the Wharf Jérémie area of Cité Soleil, "
        "most of them older residents and vodou practitioners, the National Human Rights Defense "
        "Network (RNDDH) said on Monday. According to the group, the leader of the Wharf Jérémie "
        'gang, known as Micanor, blamed the illness of his son on "witchcraft" and ordered his '
        "men to hunt down elderly neighbours. Victims were shot or hacked with machetes and "
        "several bodies were burned in the street, witnesses told reporters. The Ministry of "
        'Communication spoke of "unspeakable barbarism" and said an investigation had been '
        "opened, though the district has been beyond police reach for years. Residents who "
        "escaped by boat said the gang had sealed the exits of the neighbourhood on Friday. The "
        "UN Integrated Office in Haiti said the toll could rise as more bodies were found. "
        "Civil society groups called for a day of mourning and for the government to explain "
        "why no unit intervened during three days of killing.",
        "V",
        "massacre",
    ),
    (
        "Thousands of inmates escape as gangs storm Haiti's National Penitentiary",
        "Armed gangs overran Haiti's National Penitentiary in downtown Port-au-Prince late on "
        "Saturday after hours of gunfire with the guards, freeing most of the roughly 3,800 men "
        "held there, officials said. Only about a hundred prisoners stayed behind, some of them "
        "former Colombian soldiers accused in the killing of President Jovenel Moïse, who told a "
        "journalist they feared being murdered if they left. At least a dozen bodies lay at the "
        "prison gates on Sunday morning. A second prison, in Croix-des-Bouquets, was attacked the "
        "same night. The gang alliance behind the assault, led by former police officer Jimmy "
        "Chérizier, known as Barbecue, said the aim was to force out Prime Minister Ariel Henry, "
        "who was abroad. The government declared a 72-hour state of emergency and a night curfew "
        "in the West department. Police unions said their officers were outgunned and asked for "
        "ammunition and armoured vehicles. Residents of nearby streets fled with bundles on "
        "their heads as shooting continued near the National Palace.",
        "B V D",
        "prison_attack",
    ),
    (
        "Viv Ansanm seizes Mirebalais, frees prisoners and sends residents fleeing to Plateau Central",
        "Gangs of the Viv Ansanm coalition took control of Mirebalais on Monday after a night of "
        "fighting with the police and soldiers, then broke open the town's prison and freed "
        "more than 500 inmates, the Haitian National Police said. Le Nouvelliste, citing "
        "residents, reported that the attackers arrived in pick-ups from Saut-d'Eau and "
        "burned the police station and several houses along the main road. At least five "
        "people were killed, among them a police officer, according to the town hall, a toll "
        "that local radio said was certainly incomplete. The International Organization for "
        "Migration counted some 5,900 people who fled in the first two days, most of them towards "
        "Hinche and Lascahobas. The town's university hospital, one of the best-equipped in "
        "the country, suspended all services and moved patients to other facilities. A "
        "spokesman for the Presidential Transitional Council called the assault a terrorist "
        "act and promised that the state would retake the town. With Mirebalais, the gangs now "
        "control the main road linking the capital to the Central Plateau.",
        "B D H T",
        "attack_on_town",
    ),
    (
        "Kenyan officer killed in firefight with gangs in Artibonite, mission says",
        "A Kenyan police officer serving with the Multinational Security Support mission died "
        "of his wounds on Sunday after a firefight with gang members in the Artibonite "
        "department, the mission said in a statement. The officer was part of a patrol that "
        "came under heavy fire near Ségur while supporting a Haitian police operation against "
        "the Gran Grif gang, it said. He was evacuated by helicopter to Port-au-Prince but "
        "could not be saved. Two Haitian officers were wounded in the same exchange. It is "
        "the first combat death in the mission, which Kenya has led since its first contingent "
        'landed in June 2024. In Nairobi, the National Police Service said it mourned "a '
        'brave officer who fell in the line of duty". The mission has fewer than 1,000 '
        "personnel on the ground, well short of the 2,500 promised, and has been hampered by a "
        "lack of helicopters and armoured vehicles. The Haitian police said the operation "
        "around Ségur would continue.",
        "B M",
        "battle",
    ),
    (
        "Drone strikes hit gang positions in Village de Dieu, police task force confirms",
        "Explosive-laden drones struck gang positions in Village de Dieu and Grand Ravine on "
        "Tuesday, the government's anti-gang task force said, in one of the heaviest days of "
        "aerial attacks since the unit began using them in March. Haitian National Police "
        "spokesman Michel-Ange Louis-Jeune told reporters that several gang members had been "
        '"neutralised" but gave no number. Residents of Martissant said they heard at least '
        "eight explosions between six and nine in the morning. The Human Rights Defense Network "
        "said two children were among those wounded and urged the authorities to publish the "
        "rules under which the drones are used. The strikes are operated by a private "
        "contractor hired by the transitional government, according to officials who spoke "
        "on condition of anonymity. Gang leader Izo, whose 5 Segonn group controls Village de "
        "Dieu, posted a video denying any losses. The task force said the operation would go on "
        "until the neighbourhoods were retaken.",
        "E M",
        "drone_strike",
    ),
    (
        "President Jovenel Moïse assassinated at his home, First Lady wounded",
        "Haitian President Jovenel Moïse was shot dead at his private residence in Pèlerin in "
        "the hills above Port-au-Prince early on Wednesday by a commando of armed men, the "
        "interim Prime Minister Claude Joseph announced. First Lady Martine Moïse was wounded "
        "and was flown to Miami for treatment, officials said. The attackers, some of whom "
        "spoke Spanish and English, according to Joseph, entered the residence around one in "
        "the morning. A judge who visited the scene said the president had been hit by twelve "
        "bullets and that his office and bedroom had been ransacked. Joseph declared a state of "
        "siege and said the police and army were in control of the situation. The Caribbean "
        "Community said it was shocked and called for calm. Streets in the capital were "
        "largely empty on Wednesday and the international airport was closed. The police said "
        "later that several suspects had been killed and others arrested in a gunfight in "
        "Pèlerin.",
        "V B",
        "assassination",
    ),
    (
        "IOM: displaced in Haiti top one million as gangs push beyond Port-au-Prince",
        "The number of people forced from their homes by gang violence in Haiti has passed one "
        "million for the first time, the International Organization for Migration said on "
        "Wednesday, three times the figure of a year earlier. More than half of the displaced "
        "are children, the agency said. Most now live with host families in the provinces, but "
        "about 200,000 are crowded into 140-odd sites in the capital, including schools, "
        "churches and an abandoned government building. The agency's chief of mission said "
        "recent attacks in Kenscoff, Mirebalais and the lower Artibonite had driven new waves "
        'of people out. "Every week we register families who have been displaced three and '
        'four times," she said. The UN humanitarian appeal for Haiti is less than a quarter '
        "funded, and the World Food Programme has warned that 5.7m people face acute hunger. "
        "Aid workers said that deliveries by road to the south are now impossible and that "
        "supplies must be flown in.",
        "D H",
        "displacement",
    ),
    (
        "Cholera returns to Port-au-Prince displacement sites, MSF warns",
        "Médecins Sans Frontières said on Monday it had treated 162 suspected cholera patients "
        "in a week at its centre in Carrefour, most of them from sites for people displaced by "
        "gang violence. The outbreak has taken hold in a schoolyard in the commune where some "
        "3,000 people have lived since gangs attacked their neighbourhoods in March, the group "
        "said. Water trucks stopped coming after drivers were robbed at a gang checkpoint, and "
        "there are only four latrines, according to MSF. The health ministry confirmed eleven "
        "deaths. The Pan American Health Organization said it was sending oral rehydration "
        "supplies but that its staff could not reach several sites because of fighting. "
        'Residents said they had nowhere else to go. "We left Solino with nothing," a mother '
        "of four told the Gleaner's correspondent. \"Now the children are sick and the clinic "
        'is across a gang line."',
        "H D",
        "humanitarian",
    ),
    (
        "Journalists and a police officer killed as gunmen fire on reopening of Haiti's main hospital",
        "Gunmen opened fire on journalists gathered for the reopening of the State University "
        "Hospital in downtown Port-au-Prince on Tuesday, killing two reporters and a police "
        "officer, the health minister said. At least seven other journalists were wounded. "
        "The hospital had been closed for months after gangs seized the area and the ministry "
        "had invited the press to see it returned to service. The Viv Ansanm coalition claimed "
        "the attack in a video on social media, saying it had not authorised the reopening. "
        "The Association of Haitian Journalists called it the worst attack on the press in the "
        "country's recent history. The interim president, Leslie Voltaire, described it as an "
        "unspeakable crime. Colleagues of the dead carried their bodies out under fire, one "
        "witness said. Press freedom groups urged the transitional council to protect reporters "
        "covering the gang war.",
        "V",
        "attack_on_journalists",
    ),
    (
        "US carriers suspend Haiti flights after airliner is hit by gunfire over the capital",
        "Several US airlines suspended flights to Haiti on Tuesday after a Spirit Airlines jet "
        "was hit by bullets as it descended towards Toussaint Louverture International Airport, "
        "wounding a flight attendant. The plane diverted to Santiago in the Dominican Republic, "
        "where inspectors found holes in the fuselage. Gang members fired on the aircraft from "
        "Cité Soleil as fighting raged in Solino and Delmas between the police and the Viv "
        "Ansanm coalition, the Haitian National Police said. The airport was closed until "
        "further notice. Schools and businesses in the capital stayed shut as gunfire continued "
        "into the night, and the UN said at least 1,500 people had fled Solino in 48 hours. "
        "The US Federal Aviation Administration barred American carriers from flying to Haiti "
        'for thirty days. "The only way in or out now is by helicopter," a diplomat in '
        "Pétion-Ville said.",
        "B D",
        "battle",
    ),
    (
        "Residents flee Kenscoff hills as gangs burn homes, police say reinforcements on way",
        "Hundreds of families abandoned villages above Kenscoff on Monday as gunmen from the "
        "Viv Ansanm coalition pushed up from Carrefour-Feuilles and set fire to houses in "
        "Belot and Godet, local officials said. The mayor of Kenscoff, Massillon Jean, said "
        "at least eight people had been killed since Friday, including an elderly couple shot "
        "in their garden. A church school was turned into a shelter for more than 1,200 people, "
        "the Civil Protection said. The attack is the latest in a campaign to take the road "
        "over the mountains to the southeast, which would cut one of the last routes into the "
        "capital still open. Police units backed by officers of the multinational mission "
        "exchanged fire with the gangs near Pernier on Sunday night, according to the police. "
        'Farmers said they had left their crops in the fields. "We built our lives here and '
        'now we are running," a vegetable grower told Radio Télé Métronome.',
        "V D B",
        "attack_on_villages",
    ),
    (
        "UN offices looted in Les Cayes as fuel-price protests turn violent",
        "Protesters looted and set fire to warehouses of the World Food Programme and UNICEF in "
        "Les Cayes on Thursday, as demonstrations against a doubling of fuel prices spread "
        "across Haiti for a fourth day, the UN said. Food meant for school canteens and for "
        "families hit by last year's earthquake was carried away, according to the UN "
        "resident coordinator. In Port-au-Prince, crowds burned tyres, stoned cars and attacked "
        "the homes of several politicians, while police fired tear gas at demonstrators in "
        "Pétion-Ville. Banks and petrol stations stayed closed. The government of Prime "
        "Minister Ariel Henry said it would not reverse the increase, which it says is needed to "
        "end subsidies that cost hundreds of millions of dollars a year. Radio stations reported "
        "at least two people shot dead in Gonaïves, where the protests were strongest. The "
        "Dominican Republic closed its consulates in Haiti as a precaution.",
        "U",
        "riot",
    ),
    (
        "Pays lock: barricades, gunfire and three dead as opposition demands Moïse's departure",
        "At least three people were killed in Port-au-Prince on Monday as police fired on "
        "demonstrators demanding the resignation of President Jovenel Moïse, on the fourth "
        "week of the movement the opposition calls pays lock, Le Nouvelliste reports. "
        "Barricades of burning tyres blocked Delmas and the road to the airport, and groups "
        "of young men threw stones at police vehicles near Champ de Mars. A journalist was "
        "wounded by a bullet in the shoulder, according to his radio station. The police said "
        "its officers had responded to armed provocateurs among the crowd. Schools have been "
        "closed for most of the month and hospitals have begun to run out of fuel for their "
        "generators. The opposition leader André Michel said the protests would continue until "
        "the president left office. The government has again called for dialogue, so far "
        "without response.",
        "U",
        "riot",
    ),
    (
        "Gangs take Cabaret after two-day assault, police station burned",
        "The gang coalition Viv Ansanm has taken control of the coastal town of Cabaret, north "
        "of Port-au-Prince, after a two-day assault in which the police station and the town "
        "hall were burned, Haitian officials said on Saturday. Police officers withdrew from "
        "the town on Friday night after running out of ammunition, a union spokesman said. "
        "At least 13 people died in the fighting, according to the Civil Protection, and the "
        "IOM said around 3,000 residents had fled to Arcahaie and Montrouis. Gunmen released "
        "videos showing them parading through the market square. The capture leaves National "
        "Road 1, the main link between the capital and the north, largely in gang hands. The "
        "Prime Minister said a counter-offensive would be launched with the support of the "
        "armed forces and the multinational mission. Residents of Arcahaie said they feared "
        "that their town would be next.",
        "B D",
        "attack_on_town",
    ),
    (
        "Seventeen missionaries kidnapped by 400 Mawozo gang east of Port-au-Prince",
        "Seventeen members of a US-based missionary group, among them five children and a "
        "Canadian, were abducted on Saturday by the 400 Mawozo gang as they returned from "
        "visiting an orphanage in Ganthier, Haitian police said. The group's bus was stopped "
        "on the road through Croix-des-Bouquets, an area the gang has held for more than a "
        "year. Christian Aid Ministries, based in Ohio, said it was praying for the group and "
        "working with the authorities. The gang's leader, Wilson Joseph, said in a video that "
        "he would kill the hostages if his demands were not met, and police sources said a "
        "ransom of one million US dollars a head had been asked. The 400 Mawozo gang is "
        "blamed for hundreds of kidnappings this year and for attacks on police stations in "
        "the plain. Transport unions called a strike for Monday against the wave of abductions.",
        "V",
        "abduction",
    ),
]
