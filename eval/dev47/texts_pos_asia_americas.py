"""dev47 positives: South and Southeast Asia, and Latin America and the Caribbean (business,
markets, energy and mining desk). POSITIVES = [(title, text, tag codes, kind), ...]; tag codes
from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "BLA gunmen attack convoy of Chinese engineers near Gwadar port",
        "Gunmen attacked a convoy carrying Chinese engineers near Gwadar port in Balochistan on Sunday, and two attackers were killed in an exchange of fire with the security escort, police said. The Baloch Liberation Army claimed the attack, which the provincial government called terrorism. China's consulate said no Chinese nationals were hurt.",
        "B T",
        "ambush",
    ),
    (
        "Suicide car bomb kills five Chinese engineers on way to Dasu dam",
        "A suicide bomber rammed an explosives-laden car into a bus carrying Chinese engineers to the Dasu hydropower project in Khyber Pakhtunkhwa, killing five Chinese nationals and their Pakistani driver, police said. The interior ministry called it a terrorist attack. The Chinese contractor suspended work on the site.",
        "E T",
        "suicide_bombing",
    ),
    (
        "Clashes close road to Muse, Myanmar's busiest trade gate with China",
        "Clashes between an alliance of ethnic armed groups and Myanmar's army closed the road to the Muse border trade zone on Friday, halting a crossing that handles about a quarter of the country's official trade, customs officials in Ruili said. Hundreds of trucks carrying rice and rubber were stranded near Lashio. Residents fled across the border into China. Rubber prices in Yunnan rose 4% on the week.",
        "B D",
        "clashes",
    ),
    (
        "Junta jet bombs Hpakant jade mining area, killing 11",
        "A Myanmar military jet bombed a jade mining area near Hpakant in Kachin State on Sunday, killing at least 11 people, most of them miners, a spokesman for the Kachin Independence Army said.",
        "E",
        "airstrike",
    ),
    (
        "Fighting reaches edge of Kyaukphyu, site of Chinese port and pipeline terminal",
        "Fighting between the Arakan Army and junta troops reached the outskirts of Kyaukphyu in Rakhine State, where China is building a deep-sea port and runs an oil and gas pipeline terminal, residents said on Monday. Navy ships shelled villages along the coast, and hundreds of families moved into monasteries in the town.",
        "B E D",
        "offensive",
    ),
    (
        "NPA guerrillas burn trucks at Surigao nickel mine; soldier killed in pursuit",
        "About 50 New People's Army guerrillas raided a nickel mining site in Surigao del Norte, disarming security guards and setting fire to dump trucks, excavators and a barge loading facility, the army said. Troops later clashed with the rebels in nearby hills, and one soldier was killed. The mining company put the damage at 500 million pesos.",
        "B",
        "raid",
    ),
    (
        "Papuan separatists kill 19 Trans-Papua highway workers",
        "Gunmen from the West Papua National Liberation Army killed 19 workers building the Trans-Papua highway in Nduga regency, police said, in one of the deadliest attacks in the province.",
        "V",
        "massacre",
    ),
    (
        "Imphal fuel prices double as mobs burn homes in Jiribam",
        "Mobs burned houses in two villages of Manipur's Jiribam district on Saturday, and gunmen fired on security forces, officials said, in the latest violence between Meitei and Kuki groups. Supply trucks on the national highway into the state were halted, and petrol in Imphal sold for 200 rupees a litre, double the official price.",
        "V U B",
        "communal_violence",
    ),
    (
        "Thai F-16s strike Cambodian positions; all border crossings shut to trade",
        "Thai F-16s bombed Cambodian positions and artillery duels continued along the border for a second day, halting trade at all crossings, Thailand's commerce ministry said. About 100,000 Thai residents have been evacuated from border districts. Fruit exporters said durian shipments were being diverted to sea ports.",
        "B E D",
        "border_war",
    ),
    (
        "Garment workers set factory on fire in Gazipur wage protest; one killed",
        "Police fired tear gas and rubber bullets at thousands of garment workers demanding higher wages in Gazipur, north of Dhaka, after protesters set a factory on fire and blocked the highway, police said. One worker was killed. Several suppliers to European fashion brands shut their factories for the day.",
        "U",
        "riot",
    ),
    (
        "Ecopetrol stops Cano Limon pumping after ELN bombing in Arauca",
        "Ecopetrol halted pumping on the Cano Limon-Covenas pipeline after an explosion in Arauca province that the army blamed on ELN guerrillas, the third attack on the line this month, and crude spilled into a nearby stream.",
        "E",
        "pipeline_bombing",
    ),
    (
        "Gangs seize Varreux fuel terminal after gunfight with police",
        "Gangs led by Jimmy 'Barbecue' Cherizier seized the Varreux fuel terminal in Port-au-Prince, Haiti's largest, after a gunfight with police, the fuel distributors' association said. The blockade cut off diesel for hospitals and water pumps, and cholera cases rose in the capital.",
        "B H",
        "siege",
    ),
    (
        "Landmine kills two soldiers in Michoacan lime belt; packers halt buying",
        "A landmine laid by cartels fighting for control of Michoacan's Tierra Caliente killed two soldiers near Apatzingan on Monday, the defence ministry said; the rival groups also attack each other and the army with explosive-laden drones. Lime packers halted purchases for three days after the blast. Wholesale lime prices in Mexico City rose 40%.",
        "E B",
        "landmine",
    ),
    (
        "Stones and tear gas on Las Bambas copper road; 12 police hurt",
        "Police fired tear gas at residents of Chumbivilcas who were blocking the road used by trucks carrying copper concentrate from the Las Bambas mine, and protesters threw stones and burned a police vehicle; 12 officers were injured, Peru's interior ministry said. The mine's owner said concentrate stocks were building up at the site.",
        "U",
        "clashes",
    ),
    (
        "Ecuador calls SOTE pipeline blast a terrorist attack, Petroecuador declares force majeure",
        "An explosion damaged Ecuador's SOTE oil pipeline in Esmeraldas province, the energy ministry said, and the government called it a terrorist attack by an armed group it is fighting under the internal armed conflict decree. Petroecuador declared force majeure on exports of Oriente crude.",
        "E T",
        "pipeline_bombing",
    ),
    (
        "Airlines reroute as India strikes nine sites and Pakistan shuts airspace",
        "Airlines rerouted flights after India struck nine sites in Pakistan and Pakistani-administered Kashmir overnight, in what New Delhi called a precise operation against militant camps; Pakistan's army said 26 civilians were killed. Pakistan closed its airspace for 48 hours, and Indian carriers cancelled flights to northern airports. The Karachi stock index fell 6%.",
        "E M",
        "missile_strike",
    ),
    (
        "Gunmen storm Kabul hotel used by Chinese traders",
        "Islamic State gunmen stormed a hotel in Kabul's Shahr-e Naw district used by Chinese business people, and the three attackers were killed by Taliban forces after a gunfight, the Taliban administration said. Five guests were injured jumping from windows. China urged its citizens to leave Afghanistan. Chinese investors have signed mining and oil deals with the Taliban administration.",
        "B T V",
        "terrorist_attack",
    ),
    (
        "Cartel gunmen set fire to trucks and block roads in Sinaloa; Culiacan factories shut",
        "Gunmen from rival factions of the Sinaloa cartel set trucks on fire and exchanged fire with soldiers at roadblocks around Culiacan on Thursday, and at least six people were killed, state officials said. Beer, poultry and auto parts plants told workers to stay home. A local business chamber estimated losses at 200 million pesos a day.",
        "B",
        "gunfight",
    ),
]
