"""Positives of dev69: Burkina Faso (JNIM, blockades, the FDS and the VDP, Koglweogo, the 2015 and
2022 coups).

Each item: (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Jihadists open fire on residents digging trenches around Barsalogho",
        "Fighters of the al-Qaeda-linked JNIM opened fire on Saturday on residents of Barsalogho, "
        "in Burkina Faso's Centre-Nord region, who had been mobilised to dig trenches around the "
        "town, witnesses and security sources said. Videos shared on social media showed bodies "
        'lying in the ditches. The government spoke of a "terrorist attack" without giving a '
        "toll; security sources said at least 200 people had been killed, many of them young men "
        "and women carrying earth. Families spent the following days burying their dead in the "
        "town's cemetery, a resident said. The government later promised to take care of the "
        "orphans.",
        "T V",
        "massacre",
    ),
    (
        "Night raid on gold-mining village of Solhan leaves at least 132 dead",
        "Unidentified armed men attacked Solhan, a village in Burkina Faso's Yagha province, "
        "overnight from Friday to Saturday, killing at least 132 civilians, the government "
        'said, blaming "terrorists" for the deadliest attack since the insurgency began. The '
        "assailants went from house to house, shot people at the gold-mining site and set fire "
        "to the market, local sources said. Three days of national mourning were declared. More "
        "than 3,000 people have since fled to Sebba, according to OCHA.",
        "T V D",
        "massacre",
    ),
    (
        "Besieged Djibo lives on helicopter drops as blockade enters second year",
        "Djibo, in northern Burkina Faso, has been under blockade by jihadist groups for more "
        "than a year, and its population, swollen by tens of thousands of displaced people, now "
        "depends on food brought in by army helicopters and a few escorted convoys, aid workers "
        "say. Residents told Le Faso that some families were boiling leaves to eat. The World "
        "Food Programme said it had delivered only a fraction of the food needed since the road "
        "from Kaya became impassable. The town's hospital has run short of medicines, and "
        "pregnant women with complications must be flown out, a health worker said. A convoy of "
        "some 200 lorries that reached Djibo last month was the first in six weeks.",
        "T H D",
        "blockade",
    ),
    (
        "Supply convoy for Djibo attacked near Gaskindé, 11 soldiers killed",
        "A convoy of some 150 lorries carrying supplies to Djibo was attacked on Monday near "
        'Gaskindé by "terrorists", the government said, adding that 11 soldiers had been killed '
        'and about 50 civilians were missing. The escort units "fought back", the statement '
        "said. Several lorries were set on fire, and drivers who escaped reached Djibo on foot, "
        "a transporters' union said. The convoy was the first to attempt the journey in several "
        "weeks.",
        "B T",
        "ambush",
    ),
    (
        "FDS say about 40 terrorists neutralised in Centre-Nord sweep",
        "The defence and security forces (FDS) said on Thursday they had neutralised about 40 "
        "terrorists during an offensive sweep near Dablo, in the Centre-Nord region. According to "
        "the communiqué, the units, backed by VDP volunteers, engaged an armed group in a wooded "
        "area and seized weapons, ammunition and some 30 motorbikes. Two soldiers were slightly "
        'wounded in the exchange of fire. "The balance sheet could be heavier," the army added, '
        "as the search of the area continued.",
        "M B",
        "military operation",
    ),
    (
        "Survivors say men in army uniforms shot villagers in Karma",
        "Survivors of an attack on Karma, a village in Burkina Faso's Yatenga province, told AFP "
        "that men in army uniforms arrived in pick-ups and on motorbikes on Thursday morning and "
        "shot dozens of residents, including women and babies. The regional prosecutor put the "
        "toll at about 60 and opened an investigation, while residents said more than 130 had "
        'been killed. The government said it "condemns this barbaric act" and denied that the '
        "army was involved. The killings came days after an ambush nearby in which soldiers and "
        "VDP volunteers died.",
        "V",
        "massacre",
    ),
    (
        "Koglweogo members kill Fulani residents after chief's murder in Yirgou",
        "Members of the Koglweogo self-defence groups killed dozens of Fulani residents in and "
        "around Yirgou, in the Centre-Nord, after the village chief and five others were shot "
        "dead by unidentified armed men on New Year's Day, the government said. Relatives said "
        "the vigilantes went from hamlet to hamlet accusing the Fulani of harbouring jihadists. "
        "The official toll rose to 49, and thousands of people fled towards Barsalogho and Kaya.",
        "V D",
        "communal killings",
    ),
    (
        "Passenger bus hits mine on the road between Fada N'Gourma and Pama",
        "At least 14 people, most of them pupils returning from the holidays, were killed on "
        "Tuesday when their bus hit an explosive device on the road between Fada N'Gourma and "
        "Pama, in eastern Burkina Faso, the governor of the Est region said. Several other "
        "passengers were wounded and taken to the regional hospital in Fada. Transporters say the "
        "road has been mined repeatedly since armed groups settled in the neighbouring forests.",
        "E",
        "roadside bomb",
    ),
    (
        "Mansila emptied of its inhabitants after ultimatum from armed men",
        "The rural commune of Mansila, in the Yagha province, has been emptied of its "
        'inhabitants, local officials told Le Faso, after unidentified armed men, the "HANI" of '
        "the local press, gave residents 72 hours to leave and killed two shepherds who had "
        "stayed behind. Thousands of people walked or rode donkey carts towards Sebba and Dori, "
        'taking what livestock they could. "There is no one left, not even the imam," a '
        "municipal councillor said from Dori.",
        "D V",
        "displacement",
    ),
    (
        "Assailants strike army headquarters and French embassy in Ouagadougou",
        "Gunmen attacked the general staff of Burkina Faso's armed forces and the French embassy "
        "in central Ouagadougou on Friday morning, setting off a car bomb at the headquarters and "
        "fighting security forces for several hours, the government said. Eight soldiers and "
        "eight assailants were killed and dozens of people were wounded. The security minister "
        "called it a terrorist attack, and JNIM later claimed it as retaliation for a French raid "
        "in Mali.",
        "T E B",
        "coordinated attack",
    ),
    (
        "Protesters set fire to French embassy barrier as new coup grips Ouagadougou",
        "Demonstrators set fire to the barrier of the French embassy in Ouagadougou and threw "
        "stones at the building on Saturday, as supporters of Captain Ibrahim Traoré rallied "
        "behind Burkina Faso's second coup in eight months. Tear gas was fired from inside the "
        "compound to push the crowd back. In Bobo-Dioulasso, the French Institute was also "
        "attacked and partly burnt. The new junta accused France of sheltering the ousted leader, "
        "which Paris denied.",
        "U",
        "riot",
    ),
    (
        "Presidential guard fires on crowds after coup d'état, at least 10 dead",
        "Soldiers of Burkina Faso's Regiment of Presidential Security (RSP) opened fire on people "
        "protesting against Thursday's coup d'état, killing at least 10 and wounding more than "
        "100, doctors at the Yalgado Ouédraogo hospital said. The elite unit, loyal to former "
        "president Blaise Compaoré, detained the interim president and the prime minister during "
        "a cabinet meeting and dissolved the transitional institutions. Barricades of burning "
        "tyres went up in several districts of Ouagadougou as soldiers drove through the streets "
        "firing into the air.",
        "U",
        "coup",
    ),
    (
        "Gunmen kill 15 worshippers during Sunday mass in Essakane",
        "Armed men attacked a Catholic church in the village of Essakane, in Burkina Faso's "
        "Oudalan province, during Sunday mass, killing 12 faithful on the spot, while three "
        'others died of their wounds, the diocese of Dori said. "We invite you to pray for those '
        'who died in the faith," wrote the vicar general. Local sources attributed the attack to '
        "jihadists, who have repeatedly targeted churches, mosques and their clergy in the north.",
        "T V",
        "attack on church",
    ),
    (
        "Twelve VDP volunteers killed in ambush near Tougan",
        "Twelve Volunteers for the Defence of the Homeland (VDP) were killed on Wednesday when "
        "their patrol fell into an ambush near Tougan, in the Boucle du Mouhoun, local sources "
        "said. The auxiliaries were attacked by a large group of assailants on motorbikes as they "
        "returned from escorting traders. The army said in a brief statement that reinforcements "
        'had been sent and that "several terrorists" had been neutralised in the riposte.',
        "B T",
        "ambush",
    ),
    (
        "MSF suspends work in Boucle du Mouhoun after two staff shot dead",
        "Médecins Sans Frontières said on Friday it had suspended its activities around Dédougou "
        "after two of its staff were killed when unidentified armed men opened fire on a clearly "
        "marked vehicle. The driver and a colleague died at the scene. The organisation said the "
        "suspension would deprive tens of thousands of people of care in an area where most "
        "health centres had already closed because of the violence.",
        "V H",
        "attack on aid workers",
    ),
    (
        "Burkina air force bombs armed group's camp in the Sahel region, RTB says",
        "Burkina Faso's air force carried out a series of strikes on Sunday on a camp of armed "
        "men near Déou, in the Sahel region, the national broadcaster RTB reported, showing "
        "footage of explosions in a wooded area. The army said the strikes, carried out by "
        'Turkish-made drones and a helicopter, had destroyed a "major terrorist base" and dozens '
        "of motorbikes. The claim could not be verified independently.",
        "E M",
        "air strikes",
    ),
]
