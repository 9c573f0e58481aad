"""dev99 positives, Africa (2): South Sudan, Kenya, Ethiopia, DRC (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Armed youth from Pibor raid Jonglei villages, abduct women and children",
        "Armed youth from the Greater Pibor Administrative Area attacked four villages in "
        "Jonglei State's Duk County on Saturday, killing at least 16 people, abducting women "
        "and children and driving off thousands of head of cattle, the county commissioner "
        "told Radio Tamazuj. He said the attackers, numbering in the hundreds, came at dawn "
        "and burnt tukuls before withdrawing eastward with the herds. Residents of the "
        "affected villages have fled to Poktap. The commissioner appealed to aid agencies for "
        "food and plastic sheeting for the displaced, and to the national government to send "
        "troops to the border with Pibor. It is the third raid on the county since the start "
        "of the dry season.",
        "V D",
        "cattle raid",
    ),
    (
        "MSF clinic looted as armed youth mobilise towards Pibor",
        "Thousands of residents of Gumuruk and Lekuangole have fled into the bush after armed "
        "youth from northern Jonglei advanced on Pibor, aid agencies said on Wednesday. "
        "Médecins Sans Frontières said its clinic in Gumuruk had been looted and its staff "
        "evacuated, leaving an area of about 60,000 people without health care. UNMISS said "
        "peacekeepers were patrolling near Pibor town, where families were sheltering around "
        "the base.",
        "V D H",
        "armed youth mobilisation",
    ),
    (
        "Tonj clashes: 23 dead as sections fight over cattle camp",
        "At least 23 people were killed when two sections of the Dinka community in Tonj East "
        "County fought over a cattle camp on Sunday, local officials said. The fighting, with "
        "AK-47 rifles, broke out after youth from one section accused the other of stealing "
        "cows, the county information director told Radio Tamazuj. Fourteen people were "
        "wounded and taken to Tonj hospital.",
        "B",
        "intercommunal fighting",
    ),
    (
        "Revenge attacks in Lakes State kill nine at cattle camp",
        "Nine people were killed on Thursday when armed youth from Rumbek Centre attacked a "
        "cattle camp of a rival section in Rumbek East, the Lakes State information minister "
        "said. He described the attack as revenge for a killing last month and said security "
        "forces had been sent to separate the two sides. Three of the attackers were killed "
        "when the camp's youth fought back.",
        "B",
        "revenge attack",
    ),
    (
        "Mundari and Bor Dinka herders clash in Terekeka; thousands flee",
        "Fighting between Mundari cattle keepers and Dinka Bor herders in Central Equatoria's "
        "Terekeka County has left at least 12 people dead and forced thousands to flee since "
        "Friday, local authorities said. Armed herders burnt homes in two payams and seized "
        "cattle, the county commissioner said. Families from the affected areas have "
        "arrived by boat and on foot at Terekeka town and Juba. The national government sent "
        "a delegation led by the minister of interior, who urged both communities to hand "
        "over those responsible and ordered cattle keepers to move their camps away from "
        "farms. Relations between the two groups have been tense since herders from Jonglei "
        "began grazing in Terekeka during the floods.",
        "B D",
        "herder clashes",
    ),
    (
        "Bandits kill four in Kerio Valley raid, drive off hundreds of goats",
        "Four people, among them a 12-year-old boy, were shot dead on Monday when armed "
        "bandits raided a village in Tot, Elgeyo-Marakwet County, and made off with hundreds "
        "of goats and cattle, police said. The attackers came in from the West Pokot side at "
        "dawn and shot at herders as they let their animals out, the county police commander "
        "told the Nation. Families from the area have moved to the Tot trading centre.",
        "V D",
        "cattle raid",
    ),
    (
        "KDF, police launch operation against bandits in Baringo",
        "Soldiers of the Kenya Defence Forces and police units launched an operation against "
        "armed bandits in the Kerio Valley on Monday, the Interior Cabinet Secretary said, "
        "after a wave of raids that killed more than 100 people in six months. Security "
        "officers exchanged fire with a group of raiders near Kapedo on the first day and "
        "recovered rifles and 200 stolen cattle, police said. Pupils of several schools in the "
        "area have stayed away since the raids. The Cabinet Secretary gave armed raiders 72 "
        "hours to surrender their guns and said the areas affected had been declared "
        "'disturbed', a status that allows the security forces to restrict movement. Local "
        "leaders welcomed the operation but said previous ones had ended without lasting "
        "results.",
        "M B",
        "security operation",
    ),
    (
        "Police reservists killed as Pokot, Turkana raiders clash at Kainuk",
        "Three National Police Reservists were among seven people killed on Saturday in an "
        "exchange of fire between Pokot and Turkana raiders near Kainuk on the Turkana-West "
        "Pokot border. Police said the Turkana side had pursued raiders who stole camels from "
        "a kraal on Friday night. Traffic on the Kitale-Lodwar highway was halted for several "
        "hours.",
        "B",
        "raiders' clash",
    ),
    (
        "Marsabit: Residents flee as gunfire rocks Borana, Gabra villages",
        "Hundreds of families have fled villages on the outskirts of Marsabit town after days "
        "of gunfire between Borana and Gabra militias, local leaders said on Tuesday. At least "
        "11 people have been killed since Friday, including two children shot in a manyatta, "
        "the county commissioner said. Schools in Jirime and Dakabaricha remained closed.",
        "B D",
        "intercommunal clashes",
    ),
    (
        "Samburu school closes after bandits shoot pupils' parents",
        "A primary school in Baragoi, Samburu County, has closed after bandits shot dead two "
        "parents who were bringing food to the school on Wednesday, county education officials "
        "said. The gunmen also drove off about 300 cattle from a nearby boma. Teachers and most "
        "of the 400 pupils have left for Maralal.",
        "V D",
        "bandit raid",
    ),
    (
        "Ethiopia: Gunmen kill Amhara villagers in Gimbi district",
        "Gunmen killed hundreds of ethnic Amhara villagers in Gimbi district in Ethiopia's West "
        "Wollega zone, witnesses and the Ethiopian Human Rights Commission said on Monday. "
        "Survivors told Reuters the attackers went from house to house shooting residents, "
        "mostly women and children, and set houses on fire. The Oromia regional government "
        "blamed the Oromo Liberation Army, which denied involvement. Survivors fled to "
        "neighbouring kebeles and were being sheltered in a school.",
        "V D",
        "massacre",
    ),
    (
        "Afar, Somali regional forces clash over disputed kebeles",
        "Clashes between Afar and Somali regional special forces over three disputed kebeles "
        "near the Djibouti railway killed at least 27 people this week, local officials said. "
        "Residents of Gedamaytu fled towards the Awash river as the two sides fired on each "
        "other with machine guns, they said. Traffic on the main road to Djibouti was "
        "suspended for two days.",
        "B D",
        "regional forces clash",
    ),
    (
        "Ataye burns as clashes in Amhara's Oromo zone spread",
        "Large parts of the town of Ataye in Ethiopia's Amhara region were burned and dozens "
        "of residents killed in fighting that spread from surrounding villages to the town "
        "over the weekend, officials said. Armed men from the Oromo special zone and local "
        "Amhara militia fought street by street, a resident told AFP. Thousands fled to "
        "Shewa Robit, the regional administration said.",
        "B V D",
        "ethnic clashes",
    ),
    (
        "Gedeo displaced face hunger after ethnic violence in southern Ethiopia",
        "Nearly a million people have been displaced from Gedeo and West Guji zones since "
        "violence between ethnic Gedeo and Guji Oromo communities erupted in April, the UN "
        "humanitarian office said. Many sleep in crowded schools and churches in Gedeb and "
        "Kochere, where aid workers reported rising malnutrition among children. The "
        "government has begun returning families to their villages, but aid agencies said "
        "houses had been burnt and that some returnees came back to the camps.",
        "D H",
        "ethnic violence displacement",
    ),
    (
        "Bus passengers shot dead in Metekel ambush",
        "Gunmen stopped a bus in Metekel zone of Ethiopia's Benishangul-Gumuz region on "
        "Tuesday and shot dead at least 34 of its passengers, the state-appointed human rights "
        "commission said. Survivors said the attackers separated passengers before opening "
        "fire. The region has seen repeated attacks on residents of Amhara and Agew origin.",
        "V",
        "attack on bus",
    ),
    (
        "CODECO militiamen kill displaced people at Plaine Savo site",
        "Militiamen from the CODECO armed group attacked a displacement site at Plaine Savo "
        "in Ituri province overnight, killing at least 60 people with machetes and guns, "
        "according to local officials and a humanitarian organisation. Many of the victims "
        "were women and children who had fled earlier attacks in Djugu territory. Survivors "
        "moved to a UN peacekeepers' base nearby, and aid agencies suspended distributions.",
        "V D H",
        "attack on displacement site",
    ),
    (
        "Zaïre and CODECO militias clash near Fataki, thousands displaced",
        "Fighting between the Zaïre self-defence militia and CODECO fighters around Fataki in "
        "Ituri's Djugu territory has displaced thousands of people since Monday, civil society "
        "leaders said. The two groups exchanged fire for several hours on the road to Kpandroma, "
        "they said. Residents fled to Bunia and Fataki, where schools were turned into shelters.",
        "B D",
        "militia clashes",
    ),
    (
        "ADF fighters attack Catholic church in Komanda during night prayer",
        "Fighters of the Allied Democratic Forces, a group linked to the Islamic State, "
        "attacked a Catholic church in Komanda, Ituri province, during a night vigil, killing "
        "dozens of worshippers, local officials said on Sunday. Witnesses said the attackers "
        "used machetes and guns and set fire to houses and shops nearby. The army said it was "
        "pursuing the assailants into the forest. Residents carried the bodies to the parish "
        "compound on Sunday morning, and the bishop of Bunia called for days of prayer. The "
        "ADF has carried out a string of attacks in Ituri and North Kivu this year despite "
        "joint operations by the Congolese and Ugandan armies.",
        "V T",
        "attack on church",
    ),
    (
        "Militiamen attack gold-mining village near Nizi, army says it repelled them",
        "Militiamen attacked a gold-mining village near Nizi in Ituri's Djugu territory on "
        "Tuesday, killing seven civilians, before soldiers drove them back after an exchange of "
        "fire, an army spokesman said. Residents said the attackers targeted gold miners returning "
        "from the pits.",
        "B V",
        "militia attack",
    ),
    (
        "MSF suspends work at Drodro hospital after militia raid",
        "Médecins Sans Frontières has suspended its activities at the general hospital in "
        "Drodro, Ituri, after armed men stormed the facility on Sunday and killed patients, the "
        "charity said. About 10,000 displaced people had settled around the hospital in recent "
        "weeks for protection after attacks on their villages. MSF said the displaced now have "
        "no access to care.",
        "V D H",
        "attack on hospital",
    ),
]
