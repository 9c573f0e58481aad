"""dev99 positives: Papua New Guinea, Mexico, Brazil (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Tribal fight in Laiagam leaves 11 dead, school and aid post burnt",
        "Eleven men have been killed in a tribal fight between two clans in the Laiagam "
        "district of Enga Province since last Wednesday, police said. Provincial police "
        "commander George Kakas said fighters were using high-powered rifles and had burnt "
        "houses, a primary school and an aid post. About 2,000 people, mostly women and "
        "children, have fled to relatives in neighbouring valleys, he told the Post-Courier. "
        "The fight started after a man from one clan was killed in a dispute over a land "
        "boundary in July. The Enga Governor said the provincial government would fund a "
        "special police operation and called on leaders from both sides to meet.",
        "B D",
        "tribal fight",
    ),
    (
        "Women and children among 24 killed in Tari revenge attacks",
        "Gunmen killed at least 24 people, including pregnant women and children, in attacks "
        "on Karida village in Hela Province on Monday, officials said. The killings were "
        "revenge for an ambush in which six men of another clan died days earlier, the "
        "provincial administrator said. Police reinforcements have been flown in from Port "
        "Moresby, and the Prime Minister said those responsible would face the death penalty.",
        "V",
        "village massacre",
    ),
    (
        "Mendi hospital shuts wards as tribal fighting rages nearby",
        "Mendi General Hospital in Southern Highlands has closed its outpatient wards after "
        "tribal fighting broke out in the villages around the town on the weekend, the "
        "hospital's chief executive said. Staff were unable to reach work and two patients "
        "with gunshot wounds were brought in on Sunday. Police said two clans had been "
        "exchanging fire since Saturday over the killing of a young man.",
        "B H",
        "tribal fight",
    ),
    (
        "Election violence in Enga: houses torched as supporters clash after counting",
        "Supporters of rival candidates clashed in Wabag on Tuesday after the declaration of "
        "an open seat, burning houses and vehicles and forcing the electoral commission to "
        "evacuate its staff, police said. At least five people were killed in the fighting. "
        "Police fired warning shots to keep the groups apart.",
        "U B",
        "election violence",
    ),
    (
        "Goroka settlement burnt after killing of local man",
        "Residents of a settlement on the outskirts of Goroka fled on Friday after a crowd "
        "of locals set fire to dozens of homes in retaliation for the killing of a young man "
        "from a nearby village, Eastern Highlands police said. At least two people were "
        "killed in the attack, and the settlers, mostly from Simbu Province, are now "
        "sheltering at the police station and a church ground in town. The provincial police "
        "commander said the settlers had lived on the land for more than 20 years under an "
        "agreement with local landowners. Shops in Goroka stayed closed on Saturday, and the "
        "Highlands Highway was blocked at two points by groups demanding that the settlers "
        "leave.",
        "V U D",
        "communal attack",
    ),
    (
        "Michoacán self-defence group battles cartel with explosive drones",
        "Members of a self-defence group in Tepalcatepec, Michoacán, fought gunmen of the "
        "Jalisco New Generation Cartel for several hours on Sunday, with both sides using "
        "drones to drop explosives, local officials said. Residents of La Bocanda and El "
        "Bejuco stayed inside their homes as gunfire echoed in the hills. The National Guard "
        "said it had sent reinforcements to the area. Lime growers in the municipality have "
        "stopped harvesting, saying the roads to the packing houses are not safe. The group's "
        "leader said two of its members had been wounded and accused the authorities of "
        "leaving the town to defend itself.",
        "B E",
        "self-defence group battle",
    ),
    (
        "Guerrero community police fight armed group; villagers flee",
        "Hundreds of residents of mountain villages in Guerrero's Heliodoro Castillo "
        "municipality fled to the town of Tlacotepec after community police exchanged fire "
        "with an armed group over the weekend, state officials said. Witnesses described "
        "heavy gunfire from the ridges and burning houses.",
        "B D",
        "community police fighting",
    ),
    (
        "Aldama families displaced as gunmen fire from hills in land dispute",
        "Hundreds of Tsotsil families from Aldama in Chiapas have left their homes after gunmen "
        "fired on their villages from positions in neighbouring Chenalhó for four consecutive "
        "days, human rights groups said. The dispute between the two municipalities over a "
        "strip of about 60 hectares of land has turned violent repeatedly. Two people were "
        "killed on Monday, according to the Fray Bartolomé de las Casas human rights centre.",
        "V D",
        "land conflict",
    ),
    (
        "Ambush kills 13 comuneros in Oaxaca land conflict",
        "Thirteen men from San Mateo del Mar were killed in an ambush on Sunday as they "
        "returned from a community assembly in Oaxaca, the state prosecutor's office said. "
        "Officials said the attack was linked to a long-running dispute between local groups "
        "over land and control of the municipality. The National Guard was deployed to the "
        "area.",
        "V",
        "ambush",
    ),
    (
        "Families trapped as cartels battle in Chiapas border region",
        "Thousands of residents of Frontera Comalapa and Chicomuselo in Chiapas are trapped in "
        "their villages as rival cartels fight for control of the border region, church and "
        "human rights groups said. Gunmen have blocked roads and cut electricity, and shops "
        "are running out of food, the Diocese of San Cristóbal said. Hundreds of families have "
        "fled to Comitán and Tuxtla Gutiérrez.",
        "B D H",
        "cartel battles",
    ),
    (
        "Triqui families driven out by armed attack camp outside Oaxaca government palace",
        "Dozens of Triqui families displaced from Tierra Blanca Copala after an armed group "
        "attacked their homes last week have set up a camp in front of the government palace "
        "in Oaxaca City, AP was told. They said gunmen shot at houses and killed a man as he "
        "worked his field. They are demanding police protection to return.",
        "V D",
        "armed attack and displacement",
    ),
    (
        "Guarani Kaiowá man killed as gunmen attack occupied farm in Mato Grosso do Sul",
        "A Guarani Kaiowá health worker was killed and at least six Indigenous people were "
        "wounded when gunmen attacked an area they had occupied on a farm near Caarapó, in "
        "Mato Grosso do Sul, on Tuesday, the Indigenous Missionary Council said. The attackers "
        "arrived in pickups and motorcycles and fired on the group, witnesses said. The "
        "federal police opened an inquiry. The Guarani Kaiowá say the farm lies within a "
        "traditional territory identified by the federal Indigenous agency in 2016 but never "
        "demarcated. The Justice Ministry sent the National Force to the area on Wednesday.",
        "V",
        "land conflict attack",
    ),
    (
        "Gunmen kill landless workers at encampment in Pará",
        "Hooded gunmen attacked an encampment of landless workers in southeastern Pará on "
        "Saturday night, killing three people and setting fire to shacks, the Pastoral Land "
        "Commission said. The families have occupied part of a cattle ranch for two years, "
        "and had reported threats from armed security guards, the commission said. Survivors "
        "fled into the forest.",
        "V D",
        "land conflict attack",
    ),
    (
        "Pataxó leader shot dead during farm reoccupation in Bahia",
        "A Pataxó Hã-Hã-Hãe leader was shot dead and her brother wounded when a group of armed "
        "farmers and gunmen attacked Indigenous people occupying a farm in southern Bahia on "
        "Sunday, the Ministry of Indigenous Peoples said. Police arrested two men, one of them "
        "a police officer, it said.",
        "V",
        "land conflict attack",
    ),
    (
        "Miners open fire on Yanomami village, residents flee into forest",
        "Illegal gold miners in boats opened fire on the Yanomami community of Palimiú in "
        "Roraima on Monday, wounding several people, Indigenous leaders said. Women and "
        "children fled into the forest and two children drowned in the river during the "
        "escape, according to the Hutukara association. Federal police were sent to the "
        "village.",
        "V D",
        "attack on Indigenous village",
    ),
    (
        "Forest guardian killed in ambush by loggers in Maranhão",
        "A 26-year-old member of the Guajajara 'Guardians of the Forest' was shot dead "
        "in an ambush by illegal loggers inside the Arariboia Indigenous territory in Maranhão "
        "on Friday, Indigenous leaders said. Another guardian escaped with a bullet wound. The "
        "guardians patrol the territory to stop logging and have received death threats, "
        "AFP was told.",
        "V",
        "ambush",
    ),
]
