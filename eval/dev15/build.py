"""Build eval/dev15/conflict.jsonl (and the empty eval/dev15/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (15), with ids x0001... (a prefix no other set uses).

    python eval/dev15/build.py            # validate, print the counts, write the files
    python eval/dev15/build.py --table    # also print the counts as markdown tables
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the conflictset package

from conflictset import ConflictConfig, N, P, run

CONFIG = ConflictConfig(
    "dev15",
    Path(__file__).resolve().parent,
    "x",
    15,
    sentences=(2, 8),
    max_text_chars=10**6,
    max_title_chars=10**6,
    near_dup=None,
)

# ====================================================================== texts

# ---------------------------------------------------------------- positives: Sahel and Lake Chad

P(
    "Niger: worshippers shot during Friday prayers near Tillabéri",
    "Men on motorbikes surrounded a mosque in the village of Fambita during Friday prayers and opened fire on the worshippers, a local official said. At least 44 people were killed. The attackers set fire to shops and houses before riding off towards the Malian border.",
    "V",
    "massacre",
)
P(
    "Convoy hits device on Boni-Hombori road",
    "A supply convoy escorted by Malian soldiers hit an explosive device between Boni and Hombori on Tuesday, killing three soldiers and a truck driver, military sources said. JNIM, the al-Qaeda affiliate, claimed the attack on its propaganda channels.",
    "E T",
    "ied",
)
P(
    "Titao: bread at 1,000 CFA and no road out",
    "Residents of Titao in northern Burkina Faso say flour has not reached the town by road for five months, since armed groups cut the last open route. A loaf now costs five times what it did last year. Mothers queue at the health centre with children who have stopped eating. A military helicopter brings rice twice a month, but not enough for the 80,000 people in the town, many of whom arrived from surrounding villages.",
    "H D",
    "blockade",
)
P(
    "Men rounded up at weekly market and shot, Malian villagers say",
    "Soldiers and white foreign fighters arrived by helicopter on market day in a village in central Mali and separated the men from the women, witnesses told Human Rights Watch. Over the following days, dozens of men were taken in small groups to the edge of the village and shot. The army said its forces had 'neutralised' terrorists in an operation in the area.",
    "M V",
    "massacre",
)
P(
    "Soldiers killed in ambush near Tahoua",
    "At least 20 Nigerien soldiers were killed when their patrol was ambushed near Tassia in the Tahoua region, the defence ministry said. Islamic State Sahel Province claimed the attack. The ministry said 'dozens of terrorists' were also killed in the fighting.",
    "B T",
    "ambush",
)
P(
    "Djibo: army post holds off dawn assault",
    "Gendarmes and volunteer defence fighters repelled a dawn assault by several hundred jihadists on their positions in Djibo on Sunday, security sources said. The fighting lasted four hours.",
    "B T",
    "attack_on_base",
)
P(
    "Drone hits wedding party in northern Mali, relatives say",
    "A drone struck a wedding gathering in a village near Kidal on Sunday evening, killing eight people including three children, relatives and a Tuareg rebel coalition said. Guests had been dancing outside the bride's family home when the first missile hit. The Malian army said it had struck 'a terrorist meeting'.",
    "E V",
    "drone_strike",
)
P(
    "Rebels say they routed army and Wagner column at Tinzaouaten",
    "Tuareg-led rebels said they had killed dozens of Malian soldiers and Russian Wagner mercenaries in three days of fighting near Tinzaouaten, on the Algerian border. Images shared online showed burnt-out armoured vehicles in the desert. Wagner-linked channels acknowledged heavy losses after a sandstorm.",
    "B",
    "battle",
)
P(
    "Villagers flee to Kaya after homes set alight",
    "Residents of several villages in Burkina Faso's Sanmatenga province arrived in Kaya on carts and on foot this week after their homes and granaries were set alight. Families told aid workers that armed men had given them three days to leave. Local authorities registered about 4,200 new arrivals.",
    "V D",
    "village_raid",
)
P(
    "Chad: 40 soldiers killed in night attack on Lake Chad base",
    "Boko Haram fighters attacked a military base at Barkaram on an island in Lake Chad overnight, killing about 40 soldiers, the presidency said. President Mahamat Idriss Déby travelled to the area and announced an operation to pursue the attackers.",
    "B T",
    "attack_on_base",
)
P(
    "Women collecting firewood taken near Gamboru",
    "Insurgents abducted at least 15 women who had left a displacement camp in Gamboru to gather firewood, camp leaders said on Thursday. The women had gone a few kilometres beyond the trench around the town. ISWAP fighters are known to operate in the area.",
    "V T D",
    "abduction",
)
P(
    "Suicide bomber strikes Mora market",
    "A suicide bomber blew herself up in the crowded market of Mora in Cameroon's Far North region on Saturday, killing 11 people, regional officials said. Officials blamed Boko Haram, which has used girls and young women as bombers. Traders closed their stalls and the town's schools stayed shut on Monday.",
    "E T V",
    "suicide_bombing",
)
P(
    "Diffa: families wade across Komadougou after night raid",
    "Several thousand people crossed the Komadougou Yobe river from Nigeria into Niger's Diffa region after Boko Haram fighters raided villages on the Nigerian bank, UNHCR said. Arrivals described men being shot and houses burned. Most are sheltering under trees along the national road.",
    "V D T",
    "village_raid",
)
P(
    "Farm labourers killed in rice fields near Maiduguri",
    "At least 43 farm workers were tied up and killed in rice fields at Koshobe, near Maiduguri, by Boko Haram fighters, officials said. Many of the victims had come from Sokoto state to work the harvest. The governor said farmers were caught between staying at home and going hungry, or going to the fields and being killed.",
    "V T",
    "massacre",
)
P(
    "Air force jet hits camp for displaced in Rann by mistake",
    "A Nigerian air force jet bombed a camp for displaced people in Rann, in Borno state, while searching for Boko Haram fighters, killing more than 50 people, the military and aid groups said. Six Red Cross volunteers were among the dead. MSF said its teams were treating dozens of wounded and called for evacuation flights.",
    "E V D H",
    "airstrike",
)
P(
    "Three aid workers killed as insurgents storm Rann",
    "Three aid workers were killed and a nurse was abducted when insurgents attacked a military base and a humanitarian hub in Rann, the UN said. The UN humanitarian coordinator said aid workers were 'not a target'. Aid operations in the town were suspended.",
    "V T H",
    "attack_on_aid",
)
P(
    "Zamfara: gunmen on motorcycles raid seven villages",
    "Hundreds of gunmen on motorcycles raided seven villages in Nigeria's Zamfara state on Saturday, shooting residents and burning houses, a local lawmaker said. At least 38 people were buried on Sunday. Survivors fled to the town of Anka.",
    "V D",
    "village_raid",
)
P(
    "Army says ISWAP attack on Malam Fatori repelled",
    "Troops repelled an attack by ISWAP fighters on Malam Fatori, in northern Borno, in an hour-long gun battle on Tuesday night, the army said. Two soldiers were wounded.",
    "B T",
    "battle",
)
P(
    "Mali: fuel tankers torched as JNIM tightens grip on roads to Bamako",
    "Jihadists set fire to more than 40 fuel tankers on the road between the Senegalese border and Bamako, drivers said. JNIM has declared a blockade on fuel imports. Queues stretched for kilometres outside filling stations in the capital and schools closed for two weeks.",
    "T H",
    "blockade",
)

# ---------------------------------------------------------------- positives: Great Lakes

P(
    "Machete attack on Plaine Savo camp kills dozens",
    "Assailants armed with machetes and guns attacked the Plaine Savo displacement site in Ituri province overnight, killing at least 60 people, most of them women and children, a local official said. The Codeco militia was blamed. The site hosts about 24,000 people who had fled earlier attacks.",
    "V D",
    "massacre",
)
P(
    "Beni: funeral and mourners attacked, 30 dead",
    "Rebels of the Allied Democratic Forces, which has pledged allegiance to the Islamic State, killed at least 30 people in a village near Beni on Tuesday night, a civil society leader said. Many of the victims were killed with knives. Survivors fled towards Oicha.",
    "V T D",
    "massacre",
)
P(
    "M23 takes control of Rubaya coltan mines",
    "M23 rebels took control of the mining town of Rubaya after two days of fighting with the army and allied militias, residents said. Artisanal miners left the pits and walked towards Goma. The UN said the group now earned large sums from taxing the mineral trade.",
    "B D",
    "battle",
)
P(
    "Bodies lie in Goma streets as rebels claim city",
    "Bodies lay in the streets of Goma on Tuesday after M23 rebels backed by Rwandan troops claimed control of the city following days of fighting. Hospitals were overwhelmed and the UN said power and water had been cut. Thousands of people who had fled earlier fighting left the camps around the city, and inmates broke out of the central prison.",
    "B H D",
    "offensive",
)
P(
    "Burundi blames rebels for killings near Gatumba",
    "Gunmen killed 20 people, including 12 children and a pregnant woman, in Vugizo, near the border with Congo, Burundi's government said on Saturday. The Red Tabara rebel group said it had attacked a border post. The interior minister called it a terrorist attack and closed the border.",
    "V T",
    "massacre",
)
P(
    "Twirwaneho and Mai-Mai clash in Minembwe highlands",
    "Fighting between Twirwaneho, a Banyamulenge self-defence group, and Mai-Mai militias spread across the high plateaux of South Kivu this week, local sources said. Herders and their cattle fled to Minembwe town, and several villages were reported burned.",
    "B D",
    "battle",
)
P(
    "Kinshasa protesters set embassies on fire",
    "Protesters angry at the advance of M23 rebels in the east attacked several embassies in Kinshasa on Tuesday, setting fire to part of the French and Rwandan missions. Police fired tear gas to disperse the crowds. Shops were looted in the city centre.",
    "U",
    "riot",
)
P(
    "Cholera cases rise in sites around Goma",
    "Cholera cases have more than doubled in a month in the displacement sites west of Goma, where some 600,000 people who fled the fighting between the army and M23 live in makeshift shelters, MSF said. Latrines overflow and water is trucked in. The charity asked for more water and chlorine.",
    "H D",
    "humanitarian",
)
P(
    "Bukavu: rebels enter city as soldiers withdraw",
    "M23 fighters entered Bukavu, the capital of South Kivu, on Sunday after Congolese troops and their Burundian allies pulled back. Residents reported looting and gunfire through the night. Thousands crossed into Burundi.",
    "B D",
    "offensive",
)

# ---------------------------------------------------------------- positives: Horn of Africa

P(
    "Gunmen storm Lido beach restaurant after suicide blast",
    "A suicide bomber blew himself up at the entrance of a beachfront restaurant on Lido beach in Mogadishu on Friday evening, and gunmen then stormed the building, police said. At least 32 people were killed. Al-Shabaab said it carried out the attack.",
    "E T V",
    "terrorist_attack",
)
P(
    "Troops and clan militia retake Hiraan town from al-Shabaab",
    "Somali troops backed by local clan militias took back the town of Mahas in Hiraan region after a day of fighting with al-Shabaab, the regional governor said. The government described the advance as part of its offensive against the militants in central Somalia.",
    "B M",
    "offensive",
)
P(
    "Fano fighters briefly enter Lalibela",
    "Fighters of the Fano militia entered Lalibela on Thursday, residents said, after clashes with the federal army in the surrounding hills. Flights to the town were suspended. The army said it retook control the next day.",
    "B",
    "battle",
)
P(
    "Amhara villagers killed in western Oromia, witnesses say",
    "Gunmen killed more than 200 ethnic Amhara residents in Gimbi district of Ethiopia's Oromia region, witnesses told reporters, in one of the deadliest attacks in years. A survivor said he had helped bury dozens in mass graves. The government blamed the Oromo Liberation Army, which denied it.",
    "V",
    "massacre",
)
P(
    "Bus hits explosive device on Lamu road",
    "A bus travelling between Mpeketoni and Lamu hit an explosive device on Sunday morning, killing two passengers, Kenyan police said. Police blamed al-Shabaab militants operating from the Boni forest.",
    "E T",
    "ied",
)
P(
    "Starvation reported in Tigray villages cut off from aid",
    "People are dying of hunger in parts of Tigray that aid convoys have not reached for months, according to an internal UN document seen by reporters. Health workers in the central zone said they had recorded deaths of children from malnutrition. The federal government and the Tigrayan forces blame each other for blocking roads.",
    "H",
    "humanitarian",
)
P(
    "Las Anod: hospital hit as fighting enters third week",
    "Shells landed in the grounds of Las Anod general hospital on Tuesday as fighting between Somaliland forces and clan militias continued around the town, MSF said. More than 150,000 people have fled, many to Ethiopia's Somali region.",
    "B E D H",
    "shelling",
)

# ---------------------------------------------------------------- positives: Mozambique

P(
    "Muidumbe villagers beheaded in football field",
    "Insurgents in Cabo Delgado beheaded more than 50 people on a football field in Muidumbe district, state media reported. The victims were villagers who had been rounded up during raids on several villages. The Islamic State claimed it was behind the violence in the region.",
    "V T",
    "massacre",
)
P(
    "Rwandan and Mozambican troops retake Mocímboa da Praia",
    "Rwandan and Mozambican troops recaptured the port town of Mocímboa da Praia, which Islamist insurgents had held for two years, Rwanda's army said. The troops met little resistance in the final push. Houses in the town were empty and many had been burned.",
    "B M",
    "offensive",
)
P(
    "Maputo: police fire on crowds as election protests turn violent",
    "Police fired live rounds and tear gas at protesters in Maputo who burned tyres and looted shops to denounce the results of the October election. A rights group said at least 30 people had been killed in a week of unrest. The border post with South Africa at Ressano Garcia was closed after protesters set fire to it.",
    "U",
    "riot",
)
P(
    "Dhows land at Paquitequete carrying families from Quissanga",
    "Dozens of wooden boats carrying families who fled attacks on Quissanga district landed on Paquitequete beach in Pemba over the weekend, local officials said. Many arrived without food or water after three days at sea. Aid agencies set up a reception point on the beach.",
    "D H",
    "displacement",
)
P(
    "Niassa reserve rangers killed by insurgents",
    "Insurgents linked to the Islamic State killed two rangers and a tourism worker in Mozambique's Niassa Special Reserve, the reserve's managers said. Tourists and staff were evacuated by plane. It was the first attack inside the reserve.",
    "V T D",
    "attack",
)

# ---------------------------------------------------------------- positives: Cameroon's Anglophone regions

P(
    "Gunmen storm Kumba school, children killed",
    "Gunmen on motorbikes and in civilian clothes burst into a private school in Kumba in Cameroon's South-West region on Saturday and opened fire on pupils in a classroom, killing seven children, officials said. A dozen others were wounded. The government blamed separatists, who have ordered schools in the region closed.",
    "V",
    "school_attack",
)
P(
    "Residents say soldiers burned homes in Bamenda neighbourhood",
    "Soldiers searching for separatist fighters set fire to dozens of houses in the Mankon area of Bamenda on Tuesday, residents said. A local priest said two men were shot dead in front of their families. The army said troops had come under fire and had 'neutralised' two fighters.",
    "M V",
    "raid",
)
P(
    "Taxi torched in Buea as separatists enforce lockdown",
    "Armed men set fire to a taxi whose driver had defied a separatist lockdown in Buea on Monday, witnesses said. The streets of the city were empty and shops stayed shut for the third day. Separatists had ordered residents to stay home ahead of the national day celebrations.",
    "V",
    "intimidation",
)
P(
    "Mine kills four soldiers near Ndop",
    "Four soldiers were killed when their armoured vehicle hit a homemade mine near Ndop in Cameroon's North-West region, military sources said. Separatist fighters have increasingly used explosive devices against army patrols.",
    "E",
    "ied",
)
P(
    "Separatists abduct 30 churchgoers in Nkwen",
    "Separatist fighters took about 30 people, including a priest, from a church in the Nkwen area of Bamenda during Sunday mass, the diocese said. Most were released the next day after a ransom was paid, relatives said. Separatist leaders accused the hostages of collaborating with the government.",
    "V",
    "abduction",
)
P(
    "More Anglophone Cameroonians cross into Nigeria's Cross River",
    "About 2,000 Cameroonians have crossed into Nigeria's Cross River state in two weeks, fleeing clashes between soldiers and separatist fighters in Manyu division, UNHCR said. Many walked through forest for days. They join more than 60,000 Cameroonian refugees already registered in Nigeria.",
    "D B",
    "displacement",
)

# ---------------------------------------------------------------- positives: Colombia

P(
    "Dissidents attack Cauca police station with explosive-laden drones",
    "FARC dissidents attacked the police station in Suárez, Cauca, with drones carrying explosives and rifle fire before dawn on Wednesday, police said. Two officers were wounded. It was the fourth drone attack in the department this month.",
    "E B",
    "attack_on_base",
)
P(
    "Indigenous guard shot dead in Toribío",
    "Armed men shot dead a member of the Nasa indigenous guard near Toribío, in Colombia's Cauca department, the regional indigenous council said. The guard had confronted men recruiting teenagers for a dissident group. The council said it was the third killing of a guard this year.",
    "V",
    "assassination",
)
P(
    "Truck bomb near Cali air base kills six",
    "A truck packed with explosives blew up near the Marco Fidel Suárez air base in Cali on Thursday afternoon, killing six civilians and wounding more than 60, the mayor said. President Gustavo Petro blamed a FARC dissident faction and called it a terrorist attack.",
    "E T V",
    "bombing",
)
P(
    "Chocó communities confined by armed groups, ombudsman warns",
    "About 9,000 people in riverside communities along the San Juan river in Chocó cannot leave their villages to fish, farm or reach a clinic because of mines and orders from armed groups, Colombia's ombudsman said. The ELN and the Gulf Clan are fighting for control of the river. Food stocks in several villages have run out.",
    "H B",
    "confinement",
)
P(
    "Police fire at protesters in Cali on tenth day of national strike",
    "Police fired tear gas and, according to witnesses, live rounds at protesters blocking a road in the Siloé district of Cali on Monday night. Rights groups said at least three people were killed. Protesters had burned a police post the night before.",
    "U",
    "crackdown",
)
P(
    "Rival dissident factions clash in Guaviare",
    "Clashes between two rival FARC dissident factions in a rural area of Guaviare have left at least 20 fighters dead, the army said. Residents of nearby villages fled to the town of Calamar.",
    "B D",
    "battle",
)
P(
    "Minors among dead in army bombing of dissident camp",
    "Colombia's defence minister confirmed that several minors were among the people killed in an air force bombing of a dissident camp in Caquetá. The army said the camp belonged to a faction led by a former FARC commander. Opposition senators said the children had been forcibly recruited.",
    "E M",
    "airstrike",
)

# ---------------------------------------------------------------- positives: Mexico

P(
    "Cartel drones drop explosives on Tierra Caliente villages",
    "Drones carrying explosives struck houses in several villages in Michoacán's Tierra Caliente region over the weekend, forcing families to sleep in fields, the state government said. Residents blamed the Jalisco New Generation Cartel, which is fighting local groups for the area. Two people were wounded and about 200 left for Apatzingán.",
    "E V D",
    "drone_strike",
)
P(
    "Gunmen block Culiacán roads after arrest of 'El Chapo' son",
    "Gunmen set vehicles on fire and opened fire on military aircraft in Culiacán after soldiers arrested Ovidio Guzmán on Thursday. Ten soldiers and 19 suspected cartel members were killed in the fighting, the defence minister said. The airport was closed and residents were told to stay home.",
    "B M",
    "battle",
)
P(
    "Chiapas families cross into Guatemala to escape cartel fighting",
    "More than 500 residents of Amatenango de la Frontera crossed into Guatemala this week after armed men from rival cartels fought for days in the hills around their villages, Guatemalan officials said. Families were sheltered in a school in Cuilco. They said gunmen had cut electricity and blocked roads.",
    "D B",
    "displacement",
)
P(
    "Thirteen police officers killed in ambush in Mexico state",
    "Thirteen police officers were killed when their convoy was ambushed in Coatepec Harinas in the State of Mexico on Thursday, officials said. The attackers fired from high ground on both sides of the road. Officials blamed a cartel cell.",
    "B",
    "ambush",
)
P(
    "Army and gunmen fight in Nuevo Laredo streets",
    "Soldiers fought gunmen in several neighbourhoods of Nuevo Laredo on Monday, and 12 suspected gang members were killed, the army said. Residents filmed armoured trucks with mounted guns speeding through the city.",
    "B",
    "battle",
)

# ---------------------------------------------------------------- positives: Ecuador

P(
    "Gunmen storm TV studio during live broadcast in Guayaquil",
    "Hooded men armed with guns and explosives burst into the studios of TC Televisión in Guayaquil during a live broadcast on Tuesday and held staff at gunpoint. Police later freed the hostages and arrested 13 people. President Daniel Noboa declared an 'internal armed conflict' and ordered the army to 'neutralise' 22 gangs he classed as terrorist groups.",
    "V T",
    "hostage_taking",
)
P(
    "Soldiers and gang members killed in clash in Esmeraldas",
    "Two soldiers and five members of the Los Lobos gang were killed in a gunfight in a rural area of Esmeraldas province, the armed forces said. The military said its patrol had been searching for an illegal mining camp.",
    "B",
    "battle",
)
P(
    "Car bombs explode outside prison and police station in Quito",
    "Two car bombs exploded in Quito overnight, one near the El Inca prison and another outside a police station, officials said. No one was killed. The interior minister called the blasts a terrorist response to a transfer of gang leaders.",
    "E T",
    "bombing",
)

# ---------------------------------------------------------------- positives: Haiti

P(
    "Pont-Sondé: 70 killed as Gran Grif gang raids town",
    "Members of the Gran Grif gang killed at least 70 people, including women and babies, in an attack on Pont-Sondé in Haiti's Artibonite region, the UN said. Residents said gunmen went from house to house. More than 6,000 people fled to nearby towns.",
    "V D",
    "massacre",
)
P(
    "Gangs storm Haiti's main prison, freeing thousands",
    "Armed gangs attacked Haiti's National Penitentiary in Port-au-Prince overnight after hours of gunfire with police, and most of its roughly 3,800 inmates escaped, officials said. Gang leaders said the attack was part of a campaign to oust the prime minister.",
    "B",
    "attack_on_prison",
)
P(
    "Kenyan-led police push into gang-held Solino",
    "Police officers of the Kenyan-led multinational mission and Haitian police pushed into the Solino neighbourhood of Port-au-Prince with armoured vehicles on Thursday, exchanging fire with gangs for several hours. Two officers were wounded, the mission said.",
    "B M",
    "offensive",
)
P(
    "Nurses taken from Port-au-Prince hospital",
    "Gunmen abducted two nurses from a hospital run by a charity in a suburb of Port-au-Prince on Tuesday, the hospital said. The gang controlling the area demanded a ransom. The hospital suspended all services.",
    "V H",
    "abduction",
)
P(
    "Elderly killed in Cité Soleil after gang leader's son falls ill",
    "A gang leader in Port-au-Prince's Wharf Jérémie area ordered the killing of more than 180 people, most of them elderly, after blaming them for his child's illness, a rights group said. The victims were shot or hacked to death and their bodies burned.",
    "V",
    "massacre",
)
P(
    "IOM: displacement in Haiti passes one million",
    "The number of people displaced by gang violence in Haiti has passed one million, the International Organization for Migration said on Wednesday. Many are living in schools, churches and public buildings in Port-au-Prince. The agency said funding covered only a small part of needs.",
    "D H",
    "displacement",
)
P(
    "Gangs seize Mirebalais, free prisoners",
    "Gangs took control of Mirebalais in central Haiti after a two-day attack, freeing more than 500 inmates from the town's prison, police said. Thousands of residents fled on foot towards the Dominican border.",
    "B D",
    "battle",
)
P(
    "UN helicopter hit by gunfire over Port-au-Prince",
    "A helicopter of the UN humanitarian air service was hit by gang gunfire while flying over Port-au-Prince, forcing it to make an emergency landing, the UN said. No one was injured. Flights carrying aid workers and supplies were suspended.",
    "V H",
    "attack_on_aid",
)

# ---------------------------------------------------------------- positives: Brazil's favelas

P(
    "Police raid in Jacarezinho leaves 28 dead",
    "A police raid on the Jacarezinho favela in Rio de Janeiro left 28 people dead, including a police officer, the deadliest operation in the city's history. Police said the suspects had opened fire on officers. Residents said some men were shot after surrendering.",
    "M B V",
    "raid",
)
P(
    "Residents flee as militia and traffickers fight in Rio's west zone",
    "Hundreds of residents left their homes in Gardênia Azul as a militia and Comando Vermelho traffickers fought for control of the area for a third day, city officials said. Schools and clinics closed. Gunmen set buses on fire on the main avenue.",
    "B D",
    "battle",
)
P(
    "Police operation in Alemão and Penha kills more than 100",
    "More than 100 people were killed in a police operation against the Comando Vermelho in Rio's Alemão and Penha complexes, the deadliest in Brazil's history. About 2,500 officers took part, backed by armoured vehicles and helicopters. Gang members fought back with rifles and dropped explosives from drones, the governor said.",
    "M B E",
    "raid",
)
P(
    "Guarujá operation: residents describe executions",
    "Residents of favelas in Guarujá, on the São Paulo coast, told a human rights commission that police had shot unarmed men during an operation launched after an officer was killed. Twenty-eight people died in a month of raids. The state government said all deaths occurred in confrontations.",
    "M V",
    "raid",
)
P(
    "Girl killed in shootout in Maré",
    "A 9-year-old girl was killed by a bullet during a shootout between police and traffickers in the Maré complex, her family said. Schools in the area were closed.",
    "B",
    "gunfight",
)

# ---------------------------------------------------------------- positives: Papua and Mindanao

P(
    "Road workers killed in Nduga highlands",
    "Armed separatists killed at least 16 construction workers building the Trans-Papua road in Nduga regency, Indonesian police said. The workers had been taken from their camp. The West Papua National Liberation Army said the men were soldiers in disguise, which the government denied.",
    "V",
    "massacre",
)
P(
    "Papuan rebels seize New Zealand pilot and burn plane",
    "Rebels in Indonesia's Papua province took a New Zealand pilot hostage after he landed a small passenger plane in Paro, Nduga, and set the aircraft on fire, police said. The five passengers, all Papuans, were released. The rebels said they would hold the pilot until Indonesia recognised Papuan independence.",
    "V",
    "hostage_taking",
)
P(
    "Villagers leave Intan Jaya as troops hunt rebels",
    "Hundreds of villagers from Intan Jaya regency have sought shelter in churches in Sugapa since security forces began an operation to hunt separatist fighters who killed two soldiers, church leaders said. They said troops had searched homes and detained young men.",
    "M D",
    "military_operation",
)
P(
    "Wamena riot: buildings torched, dozens dead",
    "Rioters set fire to government buildings, shops and houses in Wamena in Indonesia's Papua province, and at least 30 people were killed, many of them migrants from other islands who were trapped in burning buildings. The unrest followed rumours that a teacher had made a racist remark. Thousands of migrants sheltered at police and military posts.",
    "U V D",
    "riot",
)
P(
    "Health worker killed, clinic burned in Kiwirok",
    "Armed men attacked a health clinic in Kiwirok, in the Papuan highlands, beating a nurse to death and setting the clinic and a school on fire, police said. Other health workers escaped into the forest and were evacuated by helicopter days later.",
    "V H",
    "attack_on_health_workers",
)
P(
    "Marawi residents flee as militants hold city centre",
    "Tens of thousands of residents fled Marawi as troops fought militants allied with the Islamic State for control of the city centre, the Philippine government said. Air force planes bombed positions held by the Maute group. Civilians trapped in the city waved white flags from windows.",
    "B E M T D",
    "siege",
)
P(
    "Bomb explodes during Mass at Mindanao State University",
    "A bomb exploded during a Catholic Mass in a university gymnasium in Marawi on Sunday, killing four people and wounding dozens, officials said. The Islamic State claimed the attack. President Ferdinand Marcos Jr condemned what he called 'the senseless and most heinous acts perpetrated by foreign terrorists'.",
    "E T V",
    "bombing",
)
P(
    "Abu Sayyaf beheads Canadian hostage",
    "Abu Sayyaf militants beheaded a Canadian man they had held for seven months on the island of Jolo after a ransom deadline passed, the Philippine military said. His head was found near the town hall. The group is still holding several other foreign hostages.",
    "V T",
    "execution",
)
P(
    "Families evacuate as army and BIFF fight in Maguindanao",
    "More than 3,000 families left their homes in Datu Saudi Ampatuan and nearby towns as soldiers fought the Bangsamoro Islamic Freedom Fighters, a provincial official said. The army used artillery and attack helicopters. Evacuees were staying in schools and mosques.",
    "B M E D",
    "battle",
)

# ---------------------------------------------------------------- positives: Myanmar and Manipur

P(
    "Drones hit families waiting to cross Naf river",
    "Drone attacks killed dozens of Rohingya families waiting on the bank of the Naf river near Maungdaw to cross into Bangladesh, survivors said. Bodies were seen lying in the mud among suitcases. The Arakan Army and the military blamed each other.",
    "E V D",
    "drone_strike",
)
P(
    "Helicopters fire on school in Sagaing village",
    "Military helicopters fired on a monastery school in Let Yet Kone village in Sagaing region, killing at least 11 children, the school's administrator said. Soldiers then landed and searched the village. The junta said rebels had been hiding there.",
    "E V",
    "airstrike",
)
P(
    "Resistance fighters seize Myawaddy-area border post",
    "Karen rebels and allied resistance fighters captured a military base near Myawaddy on the Thai border after weeks of fighting, the Karen National Union said. Some soldiers surrendered and others crossed into Thailand.",
    "B",
    "battle",
)
P(
    "Jets bomb villages in Sagaing hours after quake",
    "Myanmar's military carried out air strikes on villages in Sagaing region hours after a powerful earthquake hit the centre of the country, a resistance group and residents said. Seven people were killed in one village. Rescuers in Mandalay were still digging through rubble.",
    "E",
    "airstrike",
)
P(
    "Karenni families short of food in forest camps",
    "Tens of thousands of people who fled fighting in Myanmar's Karenni state are sheltering in bamboo camps in the forest, where food deliveries have stopped, a local aid group said. Children have fallen ill with diarrhoea. Military checkpoints block rice from reaching the area.",
    "D H",
    "humanitarian",
)
P(
    "Village in Magway set alight, residents say",
    "Residents fled a village in Myanmar's Magway region after soldiers set it alight on Tuesday, burning more than 200 houses, according to a local resistance group. Two elderly men who could not run were found dead in their homes.",
    "V D",
    "village_raid",
)
P(
    "Mobs burn homes in Churachandpur and Imphal as Manipur clashes spread",
    "Mobs set fire to houses, churches and vehicles in Manipur's Churachandpur and Imphal after a tribal march turned violent, and the army was called in. Officials said at least 54 people were killed. About 23,000 people were moved to army camps and relief centres.",
    "U V D",
    "communal_violence",
)
P(
    "Drones drop bombs on Koutruk village",
    "Suspected militants used drones to drop bombs on Koutruk village in Imphal West district, killing a woman and wounding her daughter, police said. It was the first reported use of drones in the Manipur conflict. Gunmen also fired from the hills on the village.",
    "E V",
    "drone_strike",
)
P(
    "Students clash with police outside Manipur Raj Bhavan",
    "Police fired tear gas at students who threw stones while trying to march to the governor's residence in Imphal, demanding action over violence in the state. Dozens were injured. Mobile internet was suspended in five districts.",
    "U",
    "riot",
)
P(
    "Manipur relief camps still full a year on",
    "More than 50,000 people displaced by ethnic violence in Manipur last year are still living in relief camps, state officials said. Many say they cannot return to villages now controlled by armed groups of the other community. Camp residents complain of crowded halls and irregular rations.",
    "D H",
    "displacement",
)
P(
    "Bodies of abducted women and children found in Jiribam river",
    "The bodies of three women and three children abducted by armed men from a relief camp in Manipur's Jiribam district were found in the Barak river, police said. Angry crowds set fire to the homes of legislators in Imphal.",
    "V U",
    "abduction",
)

# ---------------------------------------------------------------- positives: Balochistan

P(
    "Passengers pulled from buses and shot on Musakhel highway",
    "Gunmen blocked a highway in Balochistan's Musakhel district, checked passengers' identity cards and shot dead 23 men from Punjab, officials said. The attackers set fire to 10 vehicles. The Baloch Liberation Army said it carried out the attack; the chief minister called it terrorism.",
    "V T",
    "massacre",
)
P(
    "Suicide blast hits Mastung procession",
    "A suicide bomber blew himself up near a procession marking the Prophet's birthday in Mastung, killing at least 52 people, officials said. A senior police officer was among the dead. No group immediately claimed the attack, which officials described as a terrorist attack.",
    "E T V",
    "suicide_bombing",
)
P(
    "Gwadar port authority complex attacked",
    "Gunmen armed with rifles and grenades attacked the Gwadar Port Authority complex, and security forces killed all eight attackers in an hours-long battle, the army said. The Baloch Liberation Army's Majeed Brigade said it was behind the assault. The army called the attackers terrorists.",
    "B T",
    "attack",
)
P(
    "Police disperse Quetta sit-in with tear gas, arrest leaders",
    "Police fired tear gas and water cannon to break up a sit-in by the Baloch Yakjehti Committee outside Quetta University and arrested its leader and dozens of protesters. The group said three protesters were shot dead the day before. Mobile internet was cut across the province.",
    "U",
    "crackdown",
)
P(
    "Army says operation in Kech kills 'militants'",
    "The army said troops had killed eight militants in an intelligence-based operation in Kech district after an exchange of fire. Residents told a local newspaper that soldiers had surrounded the village before dawn.",
    "M B",
    "military_operation",
)
P(
    "Gunmen attack coal mines in Duki with rockets and grenades",
    "Armed men attacked coal mines in Duki district with rockets and grenades overnight, killing 21 miners and wounding seven, police said. The attackers gathered the miners in one place before opening fire. Most of the victims were from Pashtun areas of the province and from Afghanistan.",
    "V E",
    "massacre",
)

# ---------------------------------------------------------------- positives: Kurdistan and Caucasus

P(
    "Drone strike kills four in Sinjar car",
    "A drone struck a car near Sinjar in northern Iraq on Tuesday, killing four members of a Yazidi armed group, local officials said. Turkey has carried out similar strikes against groups it links to the PKK.",
    "E",
    "drone_strike",
)
P(
    "Iran fires missiles at targets in Erbil",
    "Iran's Revolutionary Guards fired ballistic missiles at what they said was an Israeli spy headquarters in Erbil, killing a Kurdish businessman and members of his family, the Kurdistan regional government said. Baghdad recalled its ambassador from Tehran.",
    "E",
    "missile_attack",
)
P(
    "Attack on aerospace company in Ankara kills five",
    "Attackers armed with rifles and explosives stormed the headquarters of Turkish Aerospace Industries near Ankara, killing five people before being killed, the interior minister said. Turkey blamed the PKK and called it a terrorist attack. Turkish jets struck targets in northern Iraq and Syria that night.",
    "V T E",
    "terrorist_attack",
)
P(
    "Drone hits convoy of protesters near Tishreen dam",
    "A Turkish drone struck a convoy of civilians travelling to protest near the Tishreen dam in northern Syria, killing at least six people, the Kurdish-led administration said. Fighting between the Syrian Democratic Forces and Turkish-backed factions has continued around the dam for weeks.",
    "E V B",
    "drone_strike",
)
P(
    "Peshmerga killed in IS attack near Makhmour",
    "Islamic State militants attacked Kurdish Peshmerga positions near Makhmour overnight, killing three soldiers, the Kurdistan region's ministry said. The fighting lasted several hours.",
    "B T",
    "battle",
)
P(
    "Mahabad: security forces open fire on mourners",
    "Security forces fired on crowds at a funeral in Mahabad, in Iran's Kurdish northwest, killing at least two people, rights groups said. Protests over the death in custody of a young Kurdish woman have spread to dozens of cities. Videos showed burning barricades in the streets.",
    "U",
    "crackdown",
)
P(
    "Tourists killed as shells hit Zakho resort",
    "Shells struck a summer resort near Zakho in Iraq's Kurdistan region, killing nine tourists, including children, who had come from southern Iraq to escape the heat. Iraq blamed Turkey, which denied involvement.",
    "E V",
    "shelling",
)
P(
    "Karabakh Armenians pour into Armenia after offensive",
    "More than 100,000 ethnic Armenians have left Nagorno-Karabakh for Armenia in a week, following Azerbaijan's one-day offensive that forced separatist forces to lay down arms. Cars filled the mountain road to Goris for days. Armenian officials said the region would soon be empty.",
    "D M",
    "displacement",
)
P(
    "Gunmen attack churches, synagogue and police post in Dagestan",
    "Gunmen attacked two Orthodox churches, a synagogue and a police post in Derbent and Makhachkala on Sunday evening, killing a priest and more than 15 police officers, officials said. Russian authorities opened a terrorism case. Five attackers were killed.",
    "V T B",
    "terrorist_attack",
)
P(
    "Armenia says Azerbaijan shelled border towns overnight",
    "Azerbaijani forces shelled Jermuk, Goris and other towns in Armenia with artillery and drones overnight, Armenia's defence ministry said, and fighting continued along the border. Dozens of soldiers were killed on both sides.",
    "E B",
    "shelling",
)
P(
    "Tbilisi police beat protesters, detain dozens",
    "Police used water cannon and pepper spray and beat protesters outside parliament in Tbilisi on the fourth night of demonstrations over the suspension of EU accession talks. Protesters threw fireworks at officers. Dozens were detained.",
    "U",
    "crackdown",
)
P(
    "Militants killed in Nazran shootout",
    "Four militants were killed in a shootout with security forces in Nazran, Ingushetia, after a counter-terrorist operation regime was declared in the city, Russia's National Anti-Terrorism Committee said. A police officer was wounded.",
    "B M",
    "raid",
)
P(
    "Stepanakert queues for bread as Lachin road stays shut",
    "Residents of Stepanakert queue from before dawn for bread as the only road to Armenia remains blocked for a seventh month, a local official said. Fuel has run out and the Red Cross has been unable to bring in food. Doctors said hospitals were postponing operations.",
    "H",
    "blockade",
)

# ---------------------------------------------------------------- positives: Kosovo/Serbia and Northern Ireland

P(
    "Gunmen barricade in Banjska monastery after police killed",
    "About 30 masked gunmen fought Kosovo police around the Banjska monastery in northern Kosovo on Sunday after a police officer was killed in an ambush, officials said. Three attackers were killed. Prime Minister Albin Kurti called it a terrorist attack organised from Belgrade.",
    "B T",
    "battle",
)
P(
    "NATO soldiers injured in clashes in Zvečan",
    "About 30 NATO peacekeepers were injured in clashes with Serb protesters outside the town hall of Zvečan in northern Kosovo, KFOR said. Protesters threw rocks and petrol bombs at troops, who used shields and tear gas.",
    "U",
    "riot",
)
P(
    "Blast damages canal that supplies Kosovo's power plants",
    "An explosion damaged the Ibar-Lepenac canal, which supplies water to two coal power plants in Kosovo, on Friday night. The prime minister called it a terrorist attack and blamed groups backed by Serbia, which denied involvement.",
    "E T",
    "sabotage",
)
P(
    "Clashes in Serbian towns as protesters attack party offices",
    "Protesters smashed and set fire to offices of the ruling Serbian Progressive Party in Valjevo and Novi Sad, and riot police fired tear gas and stun grenades, the interior ministry said. Dozens of officers and protesters were hurt.",
    "U",
    "riot",
)
P(
    "Petrol bombs and a hijacked bus in west Belfast",
    "Youths hijacked a bus and set it on fire at a peace wall gate in west Belfast, as petrol bombs were thrown over the wall between loyalist and nationalist areas. Police said 19 officers were hurt. Water cannon was used for the first time in six years.",
    "U",
    "riot",
)
P(
    "Off-duty detective shot at Omagh sports complex",
    "A senior police detective was shot several times in front of his son and children he was coaching at a sports complex in Omagh, police said. Police said the New IRA was the main line of inquiry and that the attack was being treated as terrorism.",
    "T V",
    "shooting",
)
P(
    "Ballymena: families leave homes after nights of disorder",
    "Several families from migrant communities left Ballymena after a third night of disorder in which houses were set on fire and police were attacked with bricks and petrol bombs. The police called the violence 'racist thuggery'. A leisure centre in Larne that sheltered families was also set alight.",
    "U V D",
    "riot",
)
P(
    "Journalist shot dead during Derry rioting",
    "A journalist was shot dead in Derry's Creggan estate when a gunman fired towards police during rioting, police said. Petrol bombs had been thrown at police vehicles during searches for weapons. Police blamed the New IRA and called it a terrorist incident.",
    "U T",
    "riot",
)
P(
    "Device found under soldier's car in Belfast",
    "An explosive device was found under the car of a serving soldier in east Belfast on Friday, police said. Police said the device was viable and treated it as attempted murder by dissident republicans.",
    "E T",
    "bombing",
)

# ---------------------------------------------------------------- positives: Ukraine and Russia

P(
    "Volunteers' van hit by drone near Kherson",
    "A Russian drone hit a van carrying humanitarian aid in a village outside Kherson, killing two volunteers of a local charity, the regional governor said. The van was delivering bread and medicine to elderly residents.",
    "E V H",
    "attack_on_aid",
)
P(
    "Glide bombs hit Kharkiv DIY store on Saturday afternoon",
    "Two guided bombs struck a large DIY hypermarket in Kharkiv on Saturday afternoon, when about 200 people were inside, the regional governor said. At least 19 people were killed and firefighters worked through the night as the building burned.",
    "E V",
    "airstrike",
)
P(
    "Ukrainian forces push across the border into Kursk region",
    "Ukrainian forces pushed more than 10 km into Russia's Kursk region with armoured vehicles, in the biggest cross-border attack of the war, Russian officials said. Russia declared a federal emergency and tens of thousands of residents were evacuated from border districts.",
    "M B D",
    "ground_incursion",
)
P(
    "Pokrovsk families told to leave as front nears",
    "Authorities ordered families with children to leave Pokrovsk and surrounding villages as Russian troops advanced to within 10 km of the town. Evacuation trains left from Pavlohrad because the town's station had been shelled. Around 53,000 people were still in Pokrovsk, officials said.",
    "D B E",
    "displacement",
)
P(
    "Missiles hit Sumy centre on Palm Sunday",
    "Two Russian ballistic missiles struck the centre of Sumy on Palm Sunday morning as people were going to church and riding trolleybuses, killing 35 people, Ukrainian officials said. President Zelensky said only 'scum' could act like this.",
    "E V",
    "missile_attack",
)
P(
    "Refinery ablaze after overnight drone attack",
    "A fire broke out at an oil refinery in Russia's Volgograd region after an overnight attack by Ukrainian drones, the regional governor said. Russia's defence ministry said it had shot down 67 drones over several regions.",
    "E",
    "drone_strike",
)
P(
    "Belgorod centre shelled on New Year's Eve weekend",
    "Shells and rockets hit central Belgorod on Saturday afternoon near an ice rink and a shopping centre, killing 25 people including children, Russian officials said. Russia blamed Ukraine and vowed retaliation.",
    "E V",
    "shelling",
)
P(
    "Shell lands on queue for aid in Zaporizhzhia village",
    "A shell landed among people queuing for humanitarian aid in a village near Orikhiv, killing three and wounding nine, the regional governor said. Residents had gathered at the distribution point for flour and hygiene kits.",
    "E V H",
    "shelling",
)
P(
    "Video appears to show surrendering soldiers shot",
    "Ukraine's prosecutor general opened an investigation after a video appeared to show Russian soldiers shooting six Ukrainian soldiers who had surrendered near Pokrovsk. The men were lying on the ground with their hands behind their heads.",
    "V",
    "execution",
)

# ---------------------------------------------------------------- positives: Israel and Palestine

P(
    "Crowds waiting for flour fired on in Gaza City",
    "Israeli troops opened fire as thousands of people rushed towards aid trucks at the Nabulsi roundabout in Gaza City before dawn, Palestinian health officials said, and more than 100 people were killed. Israel said most died in a stampede and that soldiers fired at people who approached them.",
    "V H",
    "mass_casualty",
)
P(
    "Charity cars struck after delivering food in Deir al-Balah",
    "Seven workers of World Central Kitchen were killed when their convoy was hit by Israeli strikes after unloading food at a warehouse in Deir al-Balah, the charity said. The cars were marked with the charity's logo. The charity paused its operations in Gaza.",
    "E V H",
    "attack_on_aid",
)
P(
    "Famine confirmed in Gaza governorate",
    "The Integrated Food Security Phase Classification said famine was occurring in Gaza governorate, the first such finding in the Middle East. More than half a million people face starvation, the report said. Israel rejected the finding.",
    "H",
    "humanitarian",
)
P(
    "Settlers burn homes in Turmus Ayya",
    "Dozens of Israeli settlers stormed the Palestinian village of Turmus Ayya, setting fire to houses and cars, Palestinian officials said. A 27-year-old man was shot dead. Residents fought to put out the fires.",
    "V",
    "settler_attack",
)
P(
    "Gunmen attack Nova festival crowd at dawn",
    "Hamas gunmen who crossed from Gaza opened fire on thousands of young people at a music festival near Kibbutz Re'im at dawn, killing about 360, Israeli officials said. Others were taken into Gaza as hostages.",
    "V T",
    "massacre",
)
P(
    "Rocket hits football pitch in Majdal Shams",
    "A rocket struck a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights, killing 12 children and teenagers who were playing there. Israel blamed Hezbollah, which denied responsibility.",
    "E V",
    "rocket_attack",
)
P(
    "Khan Younis families move again after evacuation order",
    "Tens of thousands of Palestinians left eastern Khan Younis after the Israeli military ordered them to move to the coastal area of al-Mawasi ahead of an operation. Families loaded mattresses onto donkey carts. UN officials said the humanitarian zone was already overcrowded.",
    "D M H",
    "displacement",
)
P(
    "Shooting at Jaffa light rail stop",
    "Two attackers opened fire at people waiting at a light rail stop in Jaffa on Tuesday evening, killing seven, Israeli police said. Police called it a terrorist attack. Hamas's armed wing said it was behind it.",
    "V T",
    "terrorist_attack",
)
P(
    "Tulkarm camp emptied in weeks-long operation",
    "About 40,000 Palestinians have left the Jenin, Tulkarm and Nur Shams refugee camps since Israel began a military operation in the northern West Bank, UNRWA said. Bulldozers have torn up roads and troops have taken over houses.",
    "M D",
    "raid",
)

# ---------------------------------------------------------------- positives: Sudan

P(
    "RSF overruns Zamzam camp",
    "The Rapid Support Forces stormed Zamzam displacement camp near El Fasher after days of shelling, killing hundreds of people, including health workers of a medical charity, the UN said. About 400,000 people fled the camp, most walking to Tawila.",
    "B E V D H",
    "massacre",
)
P(
    "Army retakes presidential palace in Khartoum",
    "Sudan's army said it had recaptured the Republican Palace in central Khartoum after heavy fighting with the RSF. Soldiers posted videos of themselves inside the damaged building. An RSF drone strike on the palace killed several journalists hours later.",
    "B E",
    "battle",
)
P(
    "Masalit families tell of killings as they reach Adré",
    "Masalit families arriving in Adré, Chad, described Arab militias and RSF fighters killing men in El Geneina and shooting people as they tried to flee towards the border. Rights groups said thousands had been killed. MSF said it treated hundreds of wounded in a single week.",
    "V D",
    "massacre",
)
P(
    "Drones strike Port Sudan fuel depots",
    "Drones struck fuel depots and the area near the airport in Port Sudan for a third day, the army said, setting off fires. The city, the seat of the army-backed government, had been spared the fighting until this month.",
    "E",
    "drone_strike",
)
P(
    "Cholera spreads in Tawila among people who fled El Fasher",
    "Cholera has spread among people who fled El Fasher and Zamzam to Tawila, where hundreds of thousands live under plastic sheets, MSF said. Its clinic treated 300 cases in a week. Clean water is scarce.",
    "H D",
    "humanitarian",
)
P(
    "Kadugli residents eat leaves as siege tightens",
    "Residents of Kadugli in South Kordofan said they were eating leaves and animal feed after months of siege by armed groups that have cut roads into the town. Aid convoys have not reached it since the spring. The UN said famine conditions were likely.",
    "H",
    "siege",
)

# ---------------------------------------------------------------- positives: Yemen

P(
    "Houthis detain UN and NGO staff in Sanaa",
    "Houthi authorities detained at least 13 UN staff and several employees of aid groups in raids on their homes in Sanaa and other cities, the UN said. The UN demanded their release. The Houthis accused them of spying.",
    "V H",
    "detention",
)
P(
    "Sniper kills boy in Taiz",
    "A sniper shot dead a 10-year-old boy as he walked home from school in the besieged city of Taiz, a local rights group said. The group blamed Houthi forces positioned on hills above the city.",
    "V",
    "sniper",
)
P(
    "Missile hits displacement camp in Marib",
    "A missile fired by Houthi forces struck a displacement camp west of Marib city, killing four people and burning tents, the Yemeni government said. The camp is home to families who had fled earlier fighting.",
    "E V D",
    "missile_attack",
)
P(
    "US strikes on Ras Isa fuel port",
    "US strikes on Yemen's Ras Isa fuel port killed at least 80 people, Houthi media said, in the deadliest attack of the US campaign against the group. The US military said the strikes aimed to cut the Houthis' fuel supply.",
    "E M",
    "airstrike",
)
P(
    "Strike hits migrant detention centre in Saada",
    "An air strike hit a detention centre holding African migrants in Saada, killing 68 people, Houthi officials said. Rescuers pulled bodies from the rubble. The US military said it was reviewing the reports.",
    "E V",
    "airstrike",
)
P(
    "Separatists and government forces fight in Aden",
    "Southern separatists fought government forces for control of Aden for a fourth day, with tanks in the streets around the presidential palace, residents said. The Red Cross said at least 40 people had been killed.",
    "B",
    "battle",
)

# ---------------------------------------------------------------- positives: Syria

P(
    "Families killed in their homes in Baniyas",
    "Gunmen went from house to house in Alawite neighbourhoods of Baniyas, shooting residents, after attacks on security forces by loyalists of the former government, monitors said. Hundreds of civilians were killed across the coast. Many families fled to a Russian air base.",
    "V D",
    "massacre",
)
P(
    "Sweida clashes draw Israeli strikes",
    "Clashes between Druze fighters and Bedouin tribes in Sweida spread for a fourth day as government forces moved in, and Israel struck army tanks and the defence ministry in Damascus. Hundreds have been killed, a monitor said.",
    "B E",
    "battle",
)
P(
    "Air strike on Jisr al-Shughour vegetable market",
    "An air strike hit a busy vegetable market in Jisr al-Shughour in Idlib province, killing nine people, rescuers said. The market had just opened for the morning.",
    "E V",
    "airstrike",
)
P(
    "Car bomb kills farm workers near Manbij",
    "A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij, killing 20 people, most of them women, the civil defence said. It was the deadliest blast in the area since the fall of Assad.",
    "E V",
    "bombing",
)
P(
    "Suicide bomber attacks Damascus church during Sunday liturgy",
    "A suicide bomber opened fire and then blew himself up inside the Mar Elias church in Damascus during Sunday liturgy, killing 25 worshippers, the health ministry said. The government blamed the Islamic State.",
    "E T V",
    "suicide_bombing",
)
P(
    "Rukban camp runs out of flour",
    "The Rukban camp on Syria's border with Jordan has run out of flour, residents said, as government forces block smuggling routes into the desert enclave. About 8,000 people live in the camp. No UN convoy has reached it in four years.",
    "H D",
    "siege",
)

# ---------------------------------------------------------------- positives: other places, calm or short

P(
    "Dakar: tyres burn and shops looted after Sonko verdict",
    "Protesters burned tyres, looted shops and set fire to buses in Dakar after opposition leader Ousmane Sonko was sentenced. Police fired tear gas, and nine people were killed, the government said.",
    "U",
    "riot",
)
P(
    "Ayacucho: soldiers fire on protesters at airport",
    "Soldiers fired at protesters who tried to take over the airport in Ayacucho, Peru, killing 10 people, health officials said. The protesters were demanding new elections after the ousting of President Pedro Castillo.",
    "U",
    "crackdown",
)
P(
    "Polling station burned in Cabo Delgado district",
    "Armed men burned a polling station and voting materials in a village in Cabo Delgado the night before the election, local officials said. Voting did not take place in the area.",
    "V",
    "electoral_violence",
)
P(
    "Ceasefire in eastern Congo breaks down as shelling resumes",
    "A ceasefire agreed last week broke down on Sunday as M23 rebels and the army exchanged artillery fire near Masisi, residents said. Hundreds of families who had started to return to their villages turned back.",
    "E D",
    "shelling",
)
P(
    "Lower Shabelle: roadside bomb kills district commissioner",
    "A roadside bomb killed a district commissioner and two bodyguards in Lower Shabelle on Monday. Police blamed al-Shabaab.",
    "E T",
    "ied",
)
P(
    "Shots at food truck in northern Burkina leave driver dead",
    "The driver of a WFP-contracted truck was shot dead when gunmen fired on a convoy carrying food to Djibo, the agency said. The convoy turned back.",
    "V H",
    "attack_on_aid",
)
P(
    "Refugees from Myanmar reach Mizoram after village burned",
    "About 2,000 people from Myanmar's Chin state crossed into India's Mizoram after their village was burned, local officials said. They are staying in community halls.",
    "D V",
    "displacement",
)
P(
    "Herders and farmers clash in Plateau state",
    "Gunmen attacked farming villages in Bokkos, Plateau state, on Christmas Eve, killing more than 150 people, local officials said. The attacks were blamed on armed herders. Thousands of villagers fled to the town of Bokkos.",
    "V D",
    "communal_violence",
)

# ---------------------------------------------------------------- positives: more riots and crackdowns

P(
    "Quito: protesters set fire to comptroller's office",
    "Protesters against fuel price rises set fire to the comptroller's office in Quito and clashed with police who fired tear gas from helicopters and armoured vehicles, officials said. President Lenín Moreno moved the government to Guayaquil. Indigenous groups marching into the capital said five of their members had been killed.",
    "U",
    "riot",
)
P(
    "Lagos: gunfire at Lekki toll gate protest, Amnesty says",
    "Soldiers opened fire on protesters who had gathered at the Lekki toll gate in Lagos to demand an end to police brutality, Amnesty International said. The lights had been switched off shortly before the shooting. Buildings and police stations across the city were set on fire the next day.",
    "U",
    "crackdown",
)
P(
    "Khartoum sit-in broken up, bodies pulled from Nile",
    "Security forces led by the Rapid Support Forces stormed the protest sit-in outside army headquarters in Khartoum at dawn, shooting and beating protesters and burning their tents, doctors said. More than 100 people were killed, and some bodies were pulled from the Nile.",
    "U V",
    "crackdown",
)
P(
    "Sulaymaniyah protesters burn party offices over unpaid salaries",
    "Protesters angry over months of unpaid salaries set fire to the offices of several political parties in towns around Sulaymaniyah, and security forces fired at the crowds, killing at least six people, local officials said. The Kurdistan region imposed a curfew.",
    "U",
    "riot",
)
P(
    "Bamenda: police fire tear gas at teachers and students",
    "Police fired tear gas and live rounds at teachers and students protesting in Bamenda against the use of French in schools in Cameroon's English-speaking regions, witnesses said. Protesters burned tyres and a police car. At least two people were killed.",
    "U",
    "crackdown",
)
P(
    "Jayapura: buildings burned in anti-racism protests",
    "Protesters set fire to the office of the election commission, shops and cars in Jayapura, the capital of Indonesia's Papua province, during protests against racist abuse of Papuan students in Java. Police fired tear gas and the government slowed internet access across the region.",
    "U",
    "riot",
)
P(
    "Cap-Haïtien: mobs loot shops as fuel protests spread",
    "Crowds looted shops and set fire to a hotel in Cap-Haïtien and Port-au-Prince after the government announced fuel price rises, and police struggled to clear burning barricades. The government suspended the price rise.",
    "U",
    "riot",
)

# ---------------------------------------------------------------- positives: longer texts

P(
    "Cabo Delgado flash update: new attacks in Macomia and Chiure",
    "SITUATION OVERVIEW. Since 3 February, non-state armed groups have attacked villages in Macomia and Chiúre districts, burning houses, a health post and a church, according to local authorities. At least 67,000 people have left their homes, most of them women and children. Many walked south to Nampula province, where they are staying with host families or in schools. Partners report that displaced families arriving in Eráti district have no food, shelter or water. Two mobile clinics have been suspended because of insecurity on the N1 road. Humanitarian partners are scaling up food distributions and water trucking, but funding covers less than a fifth of needs.",
    "V D H",
    "displacement",
)
P(
    "Live: strikes across Ukraine overnight, power cut in Kyiv",
    "07:40 Russia launched more than 400 drones and about 40 missiles at Ukraine overnight, the air force said. 08:05 In Kyiv, a drone hit a nine-storey apartment block in the Sviatoshynskyi district; rescuers say six people were killed. 08:30 Power is off in parts of the capital's left bank after a strike on a substation. 09:10 In Lviv, the mayor says an industrial site was hit. 09:45 Poland scrambled jets as a precaution. 10:20 Zelensky calls on allies for more air defence systems.",
    "E",
    "missile_attack",
)
P(
    "In Diffa, a town where the market closes at four",
    "The market in Diffa, in south-eastern Niger, closes at four in the afternoon now. Traders say no one wants to be on the road after dark since fighters from the lake islands began to raid the villages to the east. Last month, men on motorbikes came into a village 20 km away, took the grain and shot two herders who refused to give up their cattle. Families from that village arrived in town the next day on donkey carts. They sleep in a school yard. The mayor says the town has taken in more people than it can feed.",
    "V D H",
    "village_raid",
)

# ---------------------------------------------------------------- negatives: disasters in conflict countries

N(
    "Maiduguri flooded after Alau dam gives way",
    "Floodwater covered about half of Maiduguri after the Alau dam collapsed following heavy rain, the Borno state government said. More than 400,000 people left their homes, and some took shelter in camps already housing people who fled the Boko Haram insurgency years ago. Soldiers used trucks and boats to move residents, and the zoo said crocodiles and snakes had escaped.",
    "disaster",
)
N(
    "Cyclone Chido flattens homes in Cabo Delgado",
    "Cyclone Chido struck northern Mozambique with winds of more than 200 km/h, destroying tens of thousands of homes in Cabo Delgado and Nampula, the disaster agency said. At least 45 people died. Many of the houses hit belonged to families who had returned to Mecúfi after fleeing insurgent attacks in earlier years.",
    "disaster",
)
N(
    "Flash floods sweep through Sentani",
    "Flash floods and mudslides tore through Sentani, near Jayapura in Indonesia's Papua province, after a night of torrential rain, killing at least 89 people, the disaster agency said. Soldiers and police joined the search for missing residents. About 7,000 people are staying in evacuation centres.",
    "disaster",
)
N(
    "Storm buries Maguindanao village in mud",
    "A landslide triggered by Tropical Storm Nalgae buried much of Kusiong village in Maguindanao, and soldiers dug for survivors with shovels, officials said. The Bangsamoro region's interior minister said at least 60 people had died. Evacuees were staying in a school gymnasium.",
    "disaster",
)
N(
    "Mandalay rescuers pull survivors from collapsed apartments",
    "Rescue teams in Mandalay pulled survivors from the rubble of collapsed apartment blocks two days after a 7.7-magnitude earthquake struck central Myanmar. The death toll passed 1,700. China, India and Russia sent rescuers, and hospitals treated patients in car parks.",
    "disaster",
)
N(
    "Flood camps in Jaffarabad short of tents",
    "Families displaced by floods in Balochistan's Jaffarabad district are living along raised roads, waiting for tents, local officials said. The army has set up medical camps. Floodwater still covers most of the district's rice fields.",
    "disaster",
)
N(
    "Les Cayes quake death toll passes 2,000",
    "The death toll from the 7.2-magnitude earthquake in south-western Haiti rose above 2,000, the civil protection agency said. Aid trucks from the capital travelled through Martissant after gangs there announced a truce to let them pass. Hospitals in Les Cayes were overwhelmed.",
    "disaster",
)
N(
    "Landslide buries homes in Alausí",
    "A landslide buried dozens of homes in Alausí in Ecuador's Andes, killing at least seven people, the risk management secretariat said. Soldiers and police took part in the search, and about 500 people were evacuated.",
    "disaster",
)
N(
    "Floods in Erbil kill 12",
    "Flash floods swept through parts of Erbil in Iraq's Kurdistan region after heavy overnight rain, killing 12 people, including children, civil defence officials said. Cars were washed away and houses flooded in the eastern districts.",
    "disaster",
)
N(
    "Shabelle floods force Beledweyne residents to flee",
    "The Shabelle river burst its banks in Beledweyne, forcing about 250,000 people to leave their homes, Somali officials said. Residents moved to higher ground on the outskirts of the town. Aid agencies said the floods followed the worst drought in 40 years.",
    "disaster",
)
N(
    "Kalehe floods: hundreds dead in South Kivu villages",
    "Flash floods and landslides in Kalehe territory of South Kivu killed more than 400 people, provincial officials said. The villages of Bushushu and Nyamukubi were largely washed away. Congo declared a day of national mourning.",
    "disaster",
)
N(
    "Snowstorm cuts power to Odesa; army clears roads",
    "A snowstorm cut electricity to more than 2,000 towns and villages in Ukraine's Odesa region, the energy ministry said. Soldiers and National Guard troops were deployed to tow cars and buses stuck on the roads. Schools were closed.",
    "disaster",
)
N(
    "Mudslide in Mocoa leaves hundreds dead",
    "A mudslide triggered by torrential rain swept through Mocoa, in Colombia's Putumayo department, killing more than 250 people. President Juan Manuel Santos flew in and said soldiers would help search for survivors.",
    "disaster",
)
N(
    "Fire destroys shelters in Kakuma camp",
    "A fire spread through part of Kakuma refugee camp in northern Kenya on Tuesday, destroying about 300 shelters, camp officials said. No one was killed. The cause was believed to be a cooking fire.",
    "disaster",
)
N(
    "Drought pushes Afar herders to the road",
    "Herders in Ethiopia's Afar region say they have lost most of their goats and camels after the rains failed for a fourth season. Families are moving to the main road in search of water from trucks. Aid agencies have asked for funds.",
    "disaster",
)
N(
    "Derna: floodwaters sweep neighbourhoods into the sea",
    "Two dams above the Libyan city of Derna burst during Storm Daniel, sending a wall of water through the city centre. Thousands of people were killed and many more are missing. Soldiers of the eastern-based army joined the rescue effort.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: crime in conflict countries

N(
    "Culiacán man held over killing of wife and children",
    "Police in Culiacán arrested a man suspected of killing his wife and two children at their home after neighbours reported a dispute, prosecutors in Sinaloa said. The man was found hiding at a relative's house.",
    "crime",
)
N(
    "Eight tonnes of cocaine found in Buenaventura port",
    "Colombian police found eight tonnes of cocaine hidden in a container of bananas at the port of Buenaventura, the largest seizure this year. Three port workers were arrested.",
    "crime",
)
N(
    "US court sentences Haitian gang leader in gun-smuggling case",
    "A US federal judge in Washington sentenced the leader of a Haitian gang to 35 years in prison for smuggling guns from the United States to Haiti and for laundering ransom money. Prosecutors said he bought the weapons through straw buyers in Florida.",
    "crime",
)
N(
    "Tourists robbed at gunpoint in Copacabana",
    "Two tourists were robbed at gunpoint on the Copacabana promenade in Rio de Janeiro, police said. The thieves took their phones and fled on a motorbike. Police arrested one suspect later that night.",
    "crime",
)
N(
    "Maiduguri man jailed for killing brother over land",
    "A high court in Maiduguri sentenced a farmer to death for killing his younger brother in a dispute over a plot of land, court officials said. The man had struck his brother with a hoe.",
    "crime",
)
N(
    "Kosovo police break up car-theft ring",
    "Kosovo police arrested 14 people suspected of stealing cars in Germany and Austria and selling them in Pristina and Prizren, police said. Officers seized 40 vehicles.",
    "crime",
)
N(
    "Belfast man jailed for murder of partner",
    "A Belfast man was jailed for life for the murder of his partner at their home in the north of the city. The judge said he must serve at least 18 years.",
    "crime",
)
N(
    "Heroin from Myanmar seized in Imphal",
    "Police in Manipur seized heroin and methamphetamine tablets worth millions in Imphal and arrested two men, officials said. The drugs had been smuggled across the border from Myanmar hidden in a truck of ginger.",
    "crime",
)
N(
    "Kyiv officials detained over army food procurement",
    "Ukraine's anti-corruption bureau detained a former deputy defence minister suspected of inflating the prices of food for soldiers, prosecutors said. Eggs were bought at three times the market price.",
    "crime",
)
N(
    "Five shot dead at car wash in Yafa an-Naseriyye",
    "Gunmen shot dead five men at a car wash in the Arab town of Yafa an-Naseriyye in northern Israel, police said. Police said the killings were linked to a feud between criminal organisations. It was the deadliest crime in Arab communities this year, which have seen a surge in murders.",
    "crime",
)
N(
    "Kidnap-for-ransom gang arrested in Zamboanga",
    "Police in Zamboanga City arrested four members of a kidnap-for-ransom gang that abducted a businessman's son last month. Police said the gang had no links to armed groups. The boy was freed unharmed after a week.",
    "crime",
)
N(
    "Tbilisi bank robber takes hostages, then surrenders",
    "A man armed with a pistol took four employees hostage during a robbery at a bank branch in Tbilisi and demanded money and a car, police said. He surrendered after four hours of talks, and no one was hurt.",
    "crime",
)
N(
    "Torreón pupil shoots teacher, then himself",
    "An 11-year-old boy shot and killed his teacher and wounded six other people at a private school in Torreón, Mexico, before killing himself, officials said. He had taken his grandfather's guns.",
    "crime",
)
N(
    "Aden court sentences man for killing father",
    "A court in Aden sentenced a man to death for shooting his father during a quarrel over the family's house, a judicial source said. The man had been arrested at a checkpoint outside the city a day after the killing.",
    "crime",
)
N(
    "Guayaquil police seize banana boxes packed with cocaine",
    "Police in Guayaquil seized 2.2 tonnes of cocaine hidden in a banana shipment bound for Belgium, Ecuador's interior ministry said. Two exporters were arrested.",
    "crime",
)
N(
    "Goma: police arrest gang who robbed money changers",
    "Police in Goma arrested five men accused of robbing money changers in the city centre at knifepoint, police said. The arrests came after traders complained of a wave of thefts.",
    "crime",
)

# ---------------------------------------------------------------- negatives: sport

N(
    "Sudan's footballers keep World Cup hopes alive",
    "Sudan beat Togo 1-0 to stay in the race for a World Cup place, playing its home game in Libya. Several players left Khartoum after the war began and now play in Egypt and Saudi Arabia. The coach praised their defence.",
    "sport",
)
N(
    "Haiti qualify for World Cup for the first time in 52 years",
    "Haiti beat Nicaragua 2-0 in Curaçao to qualify for the World Cup for the first time since 1974. The team, which plays its home matches abroad, was cheered in the streets of Port-au-Prince. The striker who scored the opener was born in Cap-Haïtien.",
    "sport",
)
N(
    "Shakhtar's young attack runs riot in Champions League",
    "Shakhtar Donetsk, who have played away from Donetsk since 2014, beat their Spanish opponents 3-1 with three goals from teenagers. The coach said his strikers had 'killed the game' in the first half.",
    "sport",
)
N(
    "Atlético Nacional battle back to win Colombian title",
    "Atlético Nacional came back from two goals down to win the Colombian league final on penalties in Medellín. Thousands of fans celebrated in the streets until dawn.",
    "sport",
)
N(
    "Culiacán boxer wins by knockout",
    "A featherweight from Culiacán knocked out his Japanese opponent in the fourth round in Los Angeles to take the world title. He said he would bring the belt home to Sinaloa.",
    "sport",
)
N(
    "Derry City defence holds firm against Shamrock Rovers",
    "Derry City's defence held firm under heavy pressure as they drew 0-0 with Shamrock Rovers at the Brandywell. The visitors had 20 shots but could not break through.",
    "sport",
)
N(
    "Kosovo judoka fights her way to Olympic gold",
    "Distria Krasniqi fought her way through four bouts to win a gold medal for Kosovo in the women's 48kg judo at the Tokyo Olympics. Crowds gathered in Pristina to watch the final on big screens.",
    "sport",
)
N(
    "Afghanistan's spin attack routs Australia",
    "Afghanistan's spinners tore through the Australian batting order to win by 21 runs at the T20 World Cup. Several players grew up in refugee camps in Pakistan, where they learned the game.",
    "sport",
)
N(
    "Carapaz attacks on final climb to win stage",
    "Ecuador's Richard Carapaz attacked on the last climb and rode clear to win the stage in the Pyrenees. He said he had been planning the attack for days.",
    "sport",
)
N(
    "Ukrainian high jumper breaks 37-year-old world record",
    "Yaroslava Mahuchikh cleared 2.10 metres in Paris to break the oldest record in women's athletics. She left her home city of Dnipro at the start of the full-scale invasion and now trains abroad.",
    "sport",
)
N(
    "Georgia's forwards bulldoze Portugal",
    "Georgia's powerful forwards crushed Portugal in the scrum as the Lelos won 33-17 in Tbilisi. Supporters waved flags in the stands.",
    "sport",
)
N(
    "Fans fight after Medellín derby, 12 hurt",
    "Rival supporters fought with sticks and bottles in a car park after the Medellín derby, and 12 people were treated for injuries, the city's health department said. Stewards separated the groups. The club said banned fans would face life bans.",
    "sport",
)
N(
    "Flamengo's favela-born striker fires them to Libertadores title",
    "A striker who grew up in the Rocinha favela scored twice as Flamengo beat River Plate in the Copa Libertadores final. Flamengo fans said it was the best night of their lives.",
    "sport",
)
N(
    "General Santos boxer stops Mexican rival",
    "A flyweight from General Santos in Mindanao stopped his Mexican opponent in the ninth round to keep his title. He dedicated the win to his hometown.",
    "sport",
)

# ---------------------------------------------------------------- negatives: politics

N(
    "Petro's 'total peace' bill faces battle in Senate",
    "Colombian President Gustavo Petro's flagship bill on negotiations with armed groups faces a tough battle in the Senate, where opposition parties attacked it as a gift to criminals. The interior minister said the government had the votes.",
    "politics",
)
N(
    "Mexican senators attack security budget cuts",
    "Opposition senators attacked cuts to the budgets of state police forces in Mexico's spending plan, saying the government was losing the war on crime. The finance minister defended the plan in a heated session.",
    "politics",
)
N(
    "Rada battle over mobilisation bill drags on",
    "Ukraine's parliament voted on hundreds of amendments to a bill on military mobilisation in a marathon session, as lawmakers battled over the age of conscription and rules for demobilisation. The vote was postponed for a third time.",
    "politics",
)
N(
    "Knesset passes first law of judicial overhaul after stormy night",
    "Israel's parliament passed the first law of the government's judicial overhaul after a stormy overnight debate in which opposition members shouted 'shame' and walked out. The justice minister said the fight would continue.",
    "politics",
)
N(
    "DUP attacks post-Brexit trade deal as Stormont stays shut",
    "The Democratic Unionist Party attacked the new post-Brexit trade arrangements for Northern Ireland, saying they did not go far enough, and kept its boycott of the Stormont assembly. The Irish government urged it to return.",
    "politics",
)
N(
    "Kurti government falls in no-confidence vote",
    "Kosovo's parliament voted to bring down the government of Prime Minister Albin Kurti after opposition parties accused him of damaging relations with Western allies. Kurti called the vote an attack on reforms.",
    "politics",
)
N(
    "Ethiopian MPs attack budget as inflation bites",
    "Opposition members of Ethiopia's parliament attacked the government's budget, saying it ignored rising prices of food and fuel. The finance minister said the budget prioritised reconstruction.",
    "politics",
)
N(
    "Balochistan assembly fights over mining deal",
    "Members of Balochistan's provincial assembly clashed verbally over a new mining law, with opposition legislators accusing the government of handing provincial resources to federal authorities. The bill passed by a narrow majority.",
    "politics",
)
N(
    "Haiti council members at war over choice of prime minister",
    "Members of Haiti's transitional presidential council traded accusations in public over the choice of a new prime minister, in what one member called 'a war of egos'. The United States urged them to agree quickly.",
    "politics",
)
N(
    "Brazil's Lula attacks central bank over interest rates",
    "President Luiz Inácio Lula da Silva attacked the central bank for keeping interest rates high, calling the policy 'a shame'. Markets fell on his remarks.",
    "politics",
)
N(
    "Bangsamoro parliament battles over district map",
    "The Bangsamoro parliament in Cotabato City debated late into the night over a bill dividing the region into electoral districts, with members of the former rebel party and rival families trading barbs. The vote was postponed to next week.",
    "politics",
)
N(
    "Georgia's ruling party wins battle over 'foreign agents' bill",
    "Georgia's parliament passed the 'foreign agents' bill in its final reading, overriding the president's veto. The opposition called it a Russian law and said it would fight on in the courts.",
    "politics",
)

# ---------------------------------------------------------------- negatives: economy, investment and reconstruction

N(
    "Price war breaks out among Somali mobile money firms",
    "Somalia's two biggest telecom companies have cut fees for mobile money transfers to zero in a price war for customers in Mogadishu and Hargeisa. Analysts said smaller rivals could be squeezed out.",
    "economy",
)
N(
    "TotalEnergies lifts force majeure on Mozambique LNG",
    "TotalEnergies said it was lifting the force majeure on its $20 billion liquefied natural gas project in Mozambique, four years after work stopped following an insurgent attack on nearby Palma. The company said construction would restart this year.",
    "economy",
)
N(
    "Donors pledge billions at Ukraine recovery conference",
    "Governments and companies pledged more than 10 billion euros for Ukraine's reconstruction at a conference in Rome, including money for energy, housing and hospitals. The World Bank estimates reconstruction needs at more than $500 billion.",
    "economy",
)
N(
    "European defence stocks rally on spending plans",
    "Shares in Rheinmetall, Saab and BAE Systems rose to record highs after EU leaders agreed a plan to increase defence spending. Analysts said order books were full for years.",
    "economy",
)
N(
    "Kurdish oil flows to Ceyhan again",
    "Oil exports from Iraq's Kurdistan region through the pipeline to Turkey's Ceyhan port resumed after a two-year halt, the Iraqi oil ministry said. The deal with Baghdad ends a dispute over payments.",
    "economy",
)
N(
    "Ecuador's banana exporters battle rising freight costs",
    "Ecuador's banana exporters are battling a sharp rise in shipping rates to Europe, the producers' association said. Exports fell in the first quarter.",
    "economy",
)
N(
    "Avocado packer launches hostile takeover bid",
    "A Mexican avocado packer launched a hostile takeover bid for a US rival, offering shareholders a premium of 30%. The target's board called the offer an attack on its long-term plan.",
    "economy",
)
N(
    "Brazil's banks at war over instant payment fees",
    "Brazil's largest banks are at war with fintechs over fees on the Pix instant payment system, and the central bank has been asked to step in. Pix transfers hit a new daily record in December.",
    "economy",
)
N(
    "Reko Diq mine gets financing",
    "Barrick's Reko Diq copper and gold project in Balochistan secured financing from a group of development lenders, the company said. Construction is expected to take four years.",
    "economy",
)
N(
    "Serbia approves Jadar lithium project",
    "Serbia's government approved Rio Tinto's Jadar lithium project, saying it would bring jobs and investment. Environmental groups said they would challenge the decision.",
    "economy",
)
N(
    "Damascus stock exchange reopens after sanctions eased",
    "The Damascus Securities Exchange reopened after a six-month closure, as the lifting of US sanctions raised hopes of foreign investment in Syria. Traders said volumes were thin on the first day.",
    "economy",
)
N(
    "Haitian mango exports rise",
    "Haiti's mango exports to the United States rose by 12% last year, the trade ministry said. Growers in the central plateau said prices were good.",
    "economy",
)
N(
    "Gaza reconstruction plan priced at $53 billion",
    "Arab leaders endorsed a $53 billion plan to rebuild Gaza over five years, with housing, a seaport and an airport. The plan would clear rubble in the first six months.",
    "economy",
)

# ---------------------------------------------------------------- negatives: peaceful protests

N(
    "Searching mothers march in Culiacán",
    "Hundreds of mothers whose children have disappeared marched through Culiacán on Mother's Day, carrying photos of their sons and daughters. They asked the state government for more help in searching for graves. The march ended at the cathedral without incident.",
    "protest",
)
N(
    "Turbat sit-in enters fifth day",
    "Hundreds of people continued a peaceful sit-in in Turbat, in Balochistan, for a fifth day to demand an investigation into the death of a young man in custody. Speakers addressed the crowd and women held photos of missing relatives. There were no incidents.",
    "protest",
)
N(
    "Serbian students march to Novi Sad",
    "Thousands of students who walked for days from Belgrade and other cities arrived in Novi Sad, where residents welcomed them with food and flowers. They were marking three months since the collapse of the railway station canopy. The protest passed peacefully.",
    "protest",
)
N(
    "Tbilisi rally for Europe draws tens of thousands",
    "Tens of thousands of people rallied in central Tbilisi waving Georgian and EU flags, in what organisers called the 'March for Europe'. The crowd sang the national anthem and dispersed peacefully late in the evening.",
    "protest",
)
N(
    "Hostages' families march to Jerusalem",
    "Families of hostages held in Gaza began a five-day march from Tel Aviv to Jerusalem, joined by thousands of supporters. They called on the government to do more to bring their relatives home.",
    "protest",
)
N(
    "Anglophone lawyers go on strike over French in courts",
    "Lawyers in Cameroon's North-West and South-West regions went on strike to protest the appointment of French-speaking judges to courts that apply common law. Courts in Bamenda and Buea were empty.",
    "protest",
)
N(
    "Manipur women form human chain for peace",
    "Thousands of women formed a human chain along the highway through Imphal valley, calling for peace between communities. The meira paibis, women torch-bearers, have led vigils for months.",
    "protest",
)
N(
    "Indigenous minga arrives in Bogotá",
    "Several thousand indigenous people from Cauca arrived in Bogotá in buses and chivas to meet the president, after a peaceful journey of several days. They camped in a sports centre.",
    "protest",
)
N(
    "Northern Ireland nurses strike over pay",
    "Nurses in Northern Ireland held their first strike in years, forming picket lines outside hospitals in Belfast and Derry. The health department said urgent care was not affected.",
    "protest",
)
N(
    "Quito taxi drivers block avenues over fuel prices",
    "Taxi drivers in Quito blocked main avenues with their cars for several hours to protest a rise in diesel prices. Police diverted traffic. The blockades were lifted in the afternoon.",
    "protest",
)
N(
    "Sulaymaniyah teachers strike over unpaid salaries",
    "Teachers in Sulaymaniyah began a strike over months of delayed salaries, closing schools across the province. They gathered outside the education directorate.",
    "protest",
)
N(
    "Kyiv protesters rally against anti-corruption law",
    "Thousands of mostly young people gathered in central Kyiv to protest a law that curbs the powers of anti-corruption agencies, holding cardboard signs. The protest was the largest since the start of the full-scale invasion. Police did not intervene.",
    "protest",
)
N(
    "Jayapura students rally, five held for raising flag",
    "Hundreds of students rallied peacefully in Jayapura on 1 December, the date many Papuans mark as their independence day. Police detained five people who raised the banned Morning Star flag, and released them later in the day.",
    "protest",
)
N(
    "Sudanese diaspora hold vigil in London",
    "Hundreds of Sudanese living in Britain held a candlelit vigil outside Downing Street, reading the names of relatives killed since the war began. Organisers called for more aid.",
    "protest",
)

# ---------------------------------------------------------------- negatives: peace talks, ceasefires holding, swaps

N(
    "Colombia and ELN ceasefire takes effect",
    "A six-month bilateral ceasefire between the Colombian government and the ELN guerrilla group took effect at midnight, the two sides said. A UN mission will monitor it. Negotiators said talks in Havana would continue.",
    "peace",
)
N(
    "DR Congo and Rwanda sign a peace deal in Washington",
    "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington, committing to end support for armed groups and to set up a joint security mechanism. The US secretary of state called it a turning point.",
    "peace",
)
N(
    "Kinshasa and M23 sign declaration of principles in Doha",
    "The Congolese government and the M23 rebels signed a declaration of principles in Doha, committing to a permanent ceasefire and talks on a final deal. Qatar said the talks would resume in two weeks.",
    "peace",
)
N(
    "First flight lands in Mekelle since peace deal",
    "An Ethiopian Airlines flight landed in Mekelle, the first commercial flight to Tigray's capital in 18 months, following the Pretoria peace agreement. Passengers hugged relatives in the arrivals hall. Banks in the region also reopened.",
    "peace",
)
N(
    "Lebanese families drive back south as truce holds",
    "Cars loaded with mattresses jammed the highway south from Beirut as families returned to their villages on the first day of the ceasefire between Israel and Hezbollah. The Lebanese army said it would deploy in the south.",
    "peace",
)
N(
    "Baku and Yerevan leaders initial peace agreement at White House",
    "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House, ending decades of hostility. The deal includes a transit route across southern Armenia.",
    "peace",
)
N(
    "MILF fighters hand over weapons in Maguindanao",
    "About 1,000 fighters of the Moro Islamic Liberation Front handed over their weapons in a ceremony in Sultan Kudarat, in the latest phase of decommissioning under the 2014 peace deal. Each received a cash grant.",
    "peace",
)
N(
    "Last Renamo base closes in Gorongosa",
    "The last base of Renamo's armed wing closed in Gorongosa, as fighters handed in their weapons under the 2019 peace deal, Mozambique's president said. He thanked the fighters for choosing peace.",
    "peace",
)
N(
    "Security Council extends African Union mission in Somalia",
    "The UN Security Council voted to extend the mandate of the African Union mission in Somalia for another year. Several members raised concerns about funding.",
    "peace",
)
N(
    "Ukraine and Russia swap 390 prisoners each",
    "Ukraine and Russia exchanged 390 prisoners each in the first stage of the largest swap of the war, agreed at talks in Istanbul. Released Ukrainian soldiers wrapped themselves in flags as they stepped off buses.",
    "peace",
)
N(
    "Kosovo and Serbia agree deal on licence plates",
    "Kosovo and Serbia agreed an EU-brokered deal ending a dispute over car licence plates, the EU's foreign policy chief said. Serbia will stop issuing plates for Kosovo towns.",
    "peace",
)
N(
    "Loyalist group says it will stand down",
    "A loyalist paramilitary group in Northern Ireland said it would disband and that its weapons had been put beyond use, in a statement read by a church minister. The justice minister welcomed the move.",
    "peace",
)
N(
    "Jeddah talks yield declaration on protecting civilians in Sudan",
    "Representatives of Sudan's army and the RSF signed a declaration in Jeddah committing to protect civilians and allow aid, the Saudi and US mediators said. Talks on a ceasefire would continue.",
    "peace",
)
N(
    "Yemen truce holds, flights leave Sanaa",
    "The first commercial flight in six years left Sanaa airport for Amman, as a UN-brokered truce in Yemen entered its second month. Fuel ships also docked at Hodeidah.",
    "peace",
)
N(
    "PKK fighters burn weapons at ceremony in Sulaymaniyah",
    "About 30 PKK fighters burned their rifles in a ceremony in a cave near Sulaymaniyah, marking the start of the group's disarmament after it announced it would dissolve. Turkish officials called it a historic step.",
    "peace",
)

# ---------------------------------------------------------------- negatives: history, anniversaries, rulings about past wars

N(
    "Račak remembers victims 25 years on",
    "Hundreds of people gathered in Račak, in Kosovo, to mark 25 years since 45 Albanian villagers were killed by Serbian forces. Relatives laid flowers at the memorial. The US envoy who reported on the killings in 1999 was remembered in speeches.",
    "history",
)
N(
    "Soldier F acquitted over Bloody Sunday killings",
    "A former British paratrooper known as Soldier F was found not guilty of the murder of two men on Bloody Sunday in Derry in 1972. Families of the victims said they were disappointed. The judge said the evidence of the soldiers' statements was not reliable.",
    "history",
)
N(
    "ICC convicts Janjaweed leader for Darfur crimes",
    "The International Criminal Court convicted Ali Kushayb, a former Janjaweed leader, of war crimes and crimes against humanity committed in Darfur in 2003 and 2004. Judges found he had ordered killings and rapes in villages.",
    "history",
)
N(
    "Colombia's peace court charges ex-FARC leaders over kidnappings",
    "Colombia's special peace tribunal charged the former FARC leadership with war crimes over thousands of kidnappings during the conflict. The former commanders have accepted responsibility.",
    "history",
)
N(
    "Mexico marks Tlatelolco anniversary",
    "Thousands marched in Mexico City to mark the anniversary of the 1968 Tlatelolco massacre, in which soldiers killed student protesters. The march was peaceful and ended in the main square.",
    "history",
)
N(
    "Ukraine remembers Holodomor victims",
    "Ukrainians lit candles in windows to remember the millions who died in the 1932-33 famine. President Zelensky laid wheat at the memorial in Kyiv.",
    "history",
)
N(
    "WWII shell found during Sarajevo roadworks",
    "Workers found an unexploded Second World War artillery shell during roadworks in Sarajevo, and police closed the street while experts removed it. No one was evacuated.",
    "history",
)
N(
    "Halabja marks 35 years since gas attack",
    "Residents of Halabja in Iraq's Kurdistan region marked 35 years since the 1988 chemical attack by Saddam Hussein's forces. Sirens sounded and people stood in silence at the memorial cemetery.",
    "history",
)
N(
    "Armenians march in Yerevan on genocide remembrance day",
    "Tens of thousands of people walked to the genocide memorial in Yerevan to lay flowers on the anniversary of the 1915 killings of Armenians in the Ottoman Empire. Many carried tulips and candles.",
    "history",
)
N(
    "Nigeria marks anniversary of end of Biafra war",
    "Nigeria marked 55 years since the end of the civil war with the secessionist Biafra. Historians said many families still had not found out what happened to relatives.",
    "history",
)
N(
    "Marawi marks siege anniversary with prayers",
    "Residents of Marawi held prayers and a march to mark the anniversary of the 2017 siege of the city by militants. Many are still waiting to return to homes in the rebuilt city centre.",
    "history",
)
N(
    "Rio marks 30 years since Candelária killings",
    "Relatives and activists gathered at the Candelária church in Rio de Janeiro to mark 30 years since eight street children were shot dead there by off-duty police in 1993. A mural of the children was unveiled on the church wall.",
    "history",
)
N(
    "Omagh bombing inquiry hears from families",
    "The public inquiry into the 1998 Omagh bombing, in which 29 people were killed, began hearing statements from bereaved families. The inquiry will examine whether the bombing could have been prevented.",
    "history",
)
N(
    "Wreck of wartime bomber found in Papua jungle",
    "Villagers in Indonesia's Papua province found the wreck of a US bomber that crashed in 1944. Researchers hope to identify the remains of its crew.",
    "history",
)
N(
    "Investigators exhume mass grave near Damascus",
    "Syrian investigators began exhuming a mass grave near Damascus that relatives say contains the bodies of detainees who died in the former government's prisons. A new national commission for the missing is leading the work.",
    "history",
)

# ---------------------------------------------------------------- negatives: films, books, games, exhibitions

N(
    "'20 Days in Mariupol' wins documentary Oscar",
    "'20 Days in Mariupol', filmed by Ukrainian AP journalists during the siege of the city, won the Oscar for best documentary feature. The director said he wished he had never made it.",
    "entertainment",
)
N(
    "Biafran war novel adapted for the screen",
    "'Half of a Yellow Sun', based on Chimamanda Ngozi Adichie's novel about the Nigerian civil war, premiered at the Toronto film festival. Critics praised the performances.",
    "entertainment",
)
N(
    "Cartel drama returns for final season",
    "The crime series about Mexican drug cartels returned for its final season, with new episodes set in Tijuana and Ciudad Juárez. The show has been criticised for glamorising traffickers.",
    "entertainment",
)
N(
    "West Bank documentary 'No Other Land' wins Oscar",
    "'No Other Land', a documentary made by a Palestinian and Israeli collective about the demolition of villages in Masafer Yatta, won the Oscar for best documentary. The film had no US distributor when it was nominated.",
    "entertainment",
)
N(
    "Colombian film about FARC hostages premieres in Cannes",
    "A Colombian film about soldiers held for years by the FARC in the jungle premiered in Cannes to a long ovation. The director said he had interviewed dozens of former hostages.",
    "entertainment",
)
N(
    "'Battlefield 6' sells millions in first days",
    "The shooter game 'Battlefield 6' sold millions of copies in its first three days, its publisher said. Players praised its large-scale battles and destructible buildings.",
    "entertainment",
)
N(
    "'Belfast' wins best original screenplay",
    "Kenneth Branagh's 'Belfast', about a boy growing up during the Troubles, won the Oscar for best original screenplay. Branagh dedicated the award to the city.",
    "entertainment",
)
N(
    "Photo exhibition on Sudan's war opens in Nairobi",
    "An exhibition of photographs by Sudanese photographers documenting two years of war opened in Nairobi. Many of the images show life in camps in Chad and Egypt.",
    "entertainment",
)
N(
    "Kurdish singer's album recalls Kobani",
    "A Kurdish singer released an album of songs about the battle of Kobani, where she lived as a child. She said she wanted young people to remember the women fighters.",
    "entertainment",
)
N(
    "Nollywood film tells story of Chibok girls",
    "A Nollywood film about the girls abducted from their school in Chibok premiered in Lagos. Some of the freed girls attended the screening.",
    "entertainment",
)
N(
    "Exiled Myanmar poet publishes memoir of prison",
    "A Myanmar poet who fled the country after the coup published a memoir about his years as a political prisoner. He writes from Thailand, where he runs a small bookshop.",
    "entertainment",
)
N(
    "'City of God' sequel series premieres",
    "A sequel series to the film 'City of God', set 20 years later in the same Rio favela, premiered on HBO. Several actors from the original film returned.",
    "entertainment",
)

# ---------------------------------------------------------------- negatives: the military without violence

N(
    "Ukraine unveils long-range drone",
    "Ukraine's defence ministry unveiled a new long-range drone at a trade fair in Kyiv and said mass production would start this year. The manufacturer said it could fly more than 1,000 km.",
    "military",
)
N(
    "Colombia signs deal for Gripen fighter jets",
    "Colombia signed a deal with Sweden's Saab to buy 17 Gripen fighter jets to replace its ageing Kfir fleet, the defence ministry said. Deliveries will begin in 2026.",
    "military",
)
N(
    "National Guard marches in Mexico City parade",
    "Thousands of soldiers, sailors and National Guard members marched through Mexico City's Zócalo in the Independence Day parade. Helicopters and jets flew overhead.",
    "military",
)
N(
    "US and Filipino troops begin Balikatan drills",
    "Thousands of US and Filipino troops began annual Balikatan exercises, including live-fire drills on the coast of Luzon facing the South China Sea. China criticised the drills.",
    "military",
)
N(
    "Kenyan police train for Haiti mission",
    "Hundreds of Kenyan police officers completed training in Embakasi ahead of their deployment to Haiti. Officers practised convoy drills and first aid.",
    "military",
)
N(
    "Sahel states launch joint force",
    "Mali, Burkina Faso and Niger launched a joint force of 5,000 troops at a ceremony in Niamey, with a headquarters in the city. The three juntas said it would fight jihadists across their borders.",
    "military",
)
N(
    "Pakistan test-fires Ababeel missile",
    "Pakistan's military said it had carried out a training launch of the Ababeel ballistic missile. The army chief congratulated the scientists.",
    "military",
)
N(
    "Israel approves record defence budget",
    "Israel's cabinet approved a record defence budget for next year, with extra funds for reservists and air defence. Economists warned about the deficit.",
    "military",
)
N(
    "Serbia stages military parade in Belgrade",
    "Serbia held its biggest military parade in years in Belgrade, showing Chinese air defence systems and Russian-made jets. President Vučić said the army was stronger than ever.",
    "military",
)
N(
    "Armenia buys Indian artillery systems",
    "Armenia signed a deal to buy artillery systems from India as it moves away from Russian weapons. Azerbaijan criticised the purchase.",
    "military",
)
N(
    "New army battalions formed in Papua",
    "Indonesia's army said it would form new territorial battalions in Papua that would help with farming and building roads. Rights groups said the plan would increase the military presence.",
    "military",
)
N(
    "Ethiopian army graduates thousands of recruits",
    "Thousands of new recruits graduated from military training centres in Ethiopia, state media said. The army chief told them to protect the country's sovereignty.",
    "military",
)
N(
    "Mali receives Turkish drones",
    "Mali's army received a new batch of Turkish drones at a ceremony at Bamako's air base. The junta said they would strengthen the fight against terrorism.",
    "military",
)
N(
    "KFOR holds exercise in northern Kosovo",
    "NATO's peacekeeping force in Kosovo held an exercise near Mitrovica, practising crowd control and patrols with Italian and Polish troops. KFOR said the exercise was routine.",
    "military",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Boat capsizes on Lake Kivu near Minova",
    "An overloaded boat capsized on Lake Kivu near the port of Minova, and dozens of passengers are feared dead, local officials said. The boat was carrying traders and farm produce to Goma. Rescuers recovered 23 bodies.",
    "accident",
)
N(
    "Fuel tanker blast kills scores in Jigawa",
    "A fuel tanker overturned and exploded in Majia, in Nigeria's Jigawa state, as residents were collecting leaking petrol, killing more than 150 people, police said. Many of the victims were burned beyond recognition and were buried in a mass funeral.",
    "accident",
)
N(
    "Methane blast traps miners in Balochistan coal mine",
    "A methane gas explosion caused a coal mine to collapse in Balochistan's Harnai district, trapping 12 miners, officials said. Rescuers pulled out four bodies.",
    "accident",
)
N(
    "Express train derails in Sindh",
    "Several carriages of the Hazara Express derailed near Nawabshah, killing at least 30 passengers, Pakistan's railways minister said. Army troops helped with the rescue.",
    "accident",
)
N(
    "Bus plunges into ravine in Nariño",
    "A bus carrying families to a religious festival fell into a ravine on the Pan-American Highway in Colombia's Nariño department, killing 14 people, officials said. The driver is thought to have lost control on a bend.",
    "accident",
)
N(
    "Military plane crashes near Omdurman, army cites technical fault",
    "A Sudanese military transport plane crashed into a residential area while taking off from Wadi Seidna air base near Omdurman, killing 46 people, the army said. The army said the crash was caused by a technical fault.",
    "accident",
)
N(
    "Stampede at Sanaa charity handout kills 78",
    "A stampede at a charity distribution of cash in Sanaa's old city killed at least 78 people, Houthi officials said. Hundreds had crowded into a school to receive about $9 each ahead of Eid.",
    "accident",
)
N(
    "Migrant boat sinks off Djibouti",
    "A boat carrying migrants from the Horn of Africa towards Yemen sank off Djibouti, and at least 38 people drowned, the IOM said. Survivors said the boat had been overloaded.",
    "accident",
)
N(
    "Gold mine collapse in Mali kills dozens",
    "A wall collapsed at an artisanal gold mine in Mali's Koulikoro region, killing at least 48 people, most of them women, officials said. Miners had been digging in an old pit.",
    "accident",
)
N(
    "Fireworks warehouse blast in Tultepec",
    "An explosion at a fireworks warehouse in Tultepec, north of Mexico City, killed at least 24 people, officials said. The blast also damaged nearby houses.",
    "accident",
)
N(
    "Ferry fire off Basilan kills passengers",
    "A fire broke out on a ferry sailing from Zamboanga to Jolo, and at least 31 passengers died, the coast guard in Basilan said. Many jumped into the sea at night.",
    "accident",
)
N(
    "Petrol station explosion in Makhachkala",
    "An explosion at a petrol station on the outskirts of Makhachkala in Dagestan killed 35 people, including three children, officials said. The blast started at a car repair shop next door.",
    "accident",
)

# ---------------------------------------------------------------- negatives: health

N(
    "Measles vaccination campaign in Dadaab camps",
    "Health workers vaccinated more than 100,000 children against measles in the Dadaab refugee camps in northern Kenya after an outbreak was confirmed, UNHCR said. No deaths have been recorded.",
    "health",
)
N(
    "Cholera cases fall in Zambezia after vaccination",
    "Cholera cases in Mozambique's Zambezia province have fallen sharply since a vaccination campaign reached 700,000 people, the health ministry said. The outbreak followed heavy rains.",
    "health",
)
N(
    "Polio drive begins in Balochistan",
    "A five-day polio vaccination campaign began in Balochistan's Quetta, Pishin and Killa Abdullah districts, targeting about 2.5 million children. The province recorded new cases last year.",
    "health",
)
N(
    "Mpox spreads in South Kivu mining town",
    "A new strain of mpox is spreading among miners and sex workers in Kamituga, a gold mining town in South Kivu, doctors said. The WHO said the strain may spread more easily.",
    "health",
)
N(
    "Dengue cases surge in Ecuador's coast",
    "Ecuador declared a health alert in several coastal provinces after a surge of dengue cases. Hospitals in Guayaquil opened extra wards.",
    "health",
)
N(
    "Cameroon starts world's first routine malaria vaccination",
    "Cameroon became the first country to include a malaria vaccine in its routine childhood vaccination programme, with doses available in 42 districts. Health officials said the vaccine would save thousands of lives.",
    "health",
)
N(
    "Ebola outbreak declared in Equateur",
    "Congo's health ministry declared a new Ebola outbreak in Equateur province after a case was confirmed in Mbandaka. The WHO sent vaccines.",
    "health",
)
N(
    "Measles cases rise in Mindanao",
    "Health officials in Mindanao warned of a rise in measles cases after low vaccination rates. Clinics in Zamboanga and Cotabato began catch-up campaigns.",
    "health",
)
N(
    "Ukraine opens rehabilitation centre for veterans",
    "A rehabilitation centre for soldiers with amputations and brain injuries opened in Lviv, offering prosthetics and psychological support. Doctors said demand was rising.",
    "health",
)
N(
    "Cholera outbreak in Sulaymaniyah",
    "Health officials in Sulaymaniyah reported dozens of cholera cases linked to contaminated water. The province has asked residents to boil water.",
    "health",
)
N(
    "Diphtheria kills children in Kano",
    "A diphtheria outbreak has killed dozens of children in Kano state, Nigeria's disease control centre said. Vaccination rates in the state are low.",
    "health",
)
N(
    "Soldiers help fumigate Rio favelas against dengue",
    "Soldiers joined health workers fumigating homes in Rio's favelas to fight a dengue epidemic, the state government said. Field hospitals were set up.",
    "health",
)

# ---------------------------------------------------------------- negatives: ordinary news

N(
    "Kurdistan region votes in delayed parliamentary election",
    "Voters in Iraq's Kurdistan region cast ballots in a parliamentary election delayed for two years. Turnout was about 72%, the electoral commission said, and voting passed off peacefully.",
    "other",
)
N(
    "Former Syrian refugee elected to German parliament",
    "A man who came to Germany as a Syrian refugee in 2015 was elected to the Bundestag for the Greens. He said he had learned German in a refugee shelter.",
    "other",
)
N(
    "Somalia's MPs elect president in tent at airport",
    "Somalia's lawmakers elected a new president in a vote held in an aircraft hangar at Mogadishu's airport. Supporters celebrated in the streets of the capital after the result was announced.",
    "other",
)
N(
    "Mexicans vote in first judicial election",
    "Mexicans voted for judges for the first time, with turnout of about 13%. Critics said the reform weakened judicial independence.",
    "other",
)
N(
    "Former guerrillas brew craft beer in Colombia",
    "A group of former FARC fighters runs a craft brewery in a village in Tolima, selling beer in Bogotá. The brewery employs 15 people.",
    "other",
)
N(
    "Solar mini-grid powers Cap-Haïtien market",
    "A solar mini-grid began supplying electricity to a market in Cap-Haïtien, in northern Haiti, allowing traders to keep fish and drinks cold. The project was paid for by a development bank.",
    "other",
)
N(
    "Ukrainian refugee opens bakery in Kraków",
    "A woman who fled Kharkiv in 2022 has opened a bakery in Kraków selling Ukrainian pastries. She employs four other refugees.",
    "other",
)
N(
    "Kosovo citizens can travel visa-free in Schengen",
    "Kosovo citizens can now travel to the Schengen area without visas, the last Western Balkan country to get the right. Queues formed at Pristina airport on the first day.",
    "other",
)
N(
    "Afghan girls' robotics team wins award",
    "An Afghan girls' robotics team, whose members now live in Qatar and Canada, won an award at an international competition in Geneva. Their robot sorts plastic waste.",
    "other",
)
N(
    "Sudanese refugee qualifies as doctor in Uganda",
    "A Sudanese man who arrived in Uganda as a refugee child graduated as a doctor from Makerere University. He said he wants to work in a clinic in a refugee settlement.",
    "other",
)
N(
    "Damascus airport resumes international flights",
    "Damascus international airport resumed commercial flights, with a Qatar Airways plane landing from Doha. Passengers said they were returning to see family.",
    "other",
)
N(
    "Record temperature recorded in Northern Ireland",
    "Northern Ireland recorded its highest temperature since records began, 31.6C at Castlederg, the Met Office said. Beaches on the north coast were packed.",
    "other",
)

# ---------------------------------------------------------------- negatives: longer texts and a few more hard cases

N(
    "Borno flood flash update: camps under water",
    "SITUATION OVERVIEW. Heavy rain since 8 September and the collapse of the Alau dam have flooded large parts of Maiduguri and Jere, according to the state emergency agency. At least 30 people have died. Some 414,000 people have been displaced, many of them into 30 temporary sites, including schools. Several camps that were already hosting families displaced years ago by the insurgency are under water, and latrines have collapsed. Partners are concerned about cholera. Boats from the army and the emergency agency are evacuating people from rooftops. Food distributions have started in 12 sites.",
    "disaster",
)
N(
    "Marawi's rebuilt centre still waits for its residents",
    "The streets of Marawi's old commercial district have been repaved, and a new grand mosque rises over the lake. But most of the people who lived here before 2017 have not come back. Many still live in transitional shelters on the edge of the city. Owners need permits to rebuild, and many lost their land papers. The government says compensation payments have begun. A shopkeeper who reopened last year said business was slow.",
    "other",
)
N(
    "Somaliland votes in presidential election",
    "Voters in Somaliland queued from dawn to vote in a presidential election that observers said was peaceful and orderly. The region, which declared independence from Somalia in 1991, uses iris scans to register voters. The opposition candidate won with 64% of the vote. The outgoing president conceded defeat and congratulated him. Supporters drove around Hargeisa honking horns.",
    "other",
)
N(
    "Mexico's army fights dengue, not cartels, in Acapulco",
    "Soldiers in Acapulco were deployed not to fight cartels this week but to clear stagnant water from rooftops after a surge in dengue cases. Health officials said cases had tripled since the hurricane. The army brought 500 soldiers and 20 trucks.",
    "health",
)
N(
    "Tigray schools reopen after years closed",
    "Schools in Tigray reopened for the first time in years, as the region recovers after the peace deal. Many buildings still lack desks and books. Teachers said they had not been paid for months but were glad to be back.",
    "peace",
)
N(
    "Goma traders battle falling prices",
    "Traders in Goma's Virunga market say they are battling falling prices for potatoes and beans as supply from Masisi grows. Some have started selling in Gisenyi, across the border in Rwanda.",
    "economy",
)

# ====================================================================== end of texts


if __name__ == "__main__":
    sys.exit(run(CONFIG))
