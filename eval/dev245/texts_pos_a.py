"""dev245 positives, part A: family, parenting and home stories that report current fighting."""

POSITIVES = [
    (
        "Bedtime in Kharkiv: parents who put their children to sleep in the corridor",
        "Olena Marchenko has a rule for bedtime now: pyjamas, one story, and then the mattress in "
        "the corridor, two walls away from any window. On Tuesday night a Russian glide bomb struck "
        "a block of flats four streets from her home in Kharkiv's Saltivka district, killing three "
        "people and wounding at least 18, according to the regional governor, Oleh Syniehubov. "
        "Her daughter, who is six, slept through the blast; her son, nine, did not. “He asked me "
        "whether the bomb could see our window,” Marchenko said. Child psychologists at the city's "
        "family centre say they have had twice as many calls since the strikes on the city "
        "intensified this month. They advise parents to keep routines as fixed as possible and to "
        "answer questions honestly but briefly. Many families have moved their children's beds into "
        "bathrooms or basements, and some schools now teach in underground classrooms. Marchenko "
        "says she has thought about leaving for Lviv, but her mother refuses to go. “So we stay, "
        "and we read the same book every night,” she said.",
        "E",
        "airstrike",
    ),
    (
        "New mothers in Gaza struggle to find formula as bombardment continues",
        "In a tent pitched against the wall of a school in Deir al-Balah, Asmaa, 24, mixes "
        "powdered formula with water she queued two hours to collect. Her son was born three weeks "
        "ago at al-Aqsa Martyrs hospital, where she was discharged after six hours because beds "
        "were needed for the wounded. Israeli strikes on central Gaza killed at least 27 people "
        "overnight, the territory's health ministry said on Thursday, including four children in a "
        "house in Nuseirat. Unicef says that baby formula and clean water are among the items most "
        "often held up at the crossings, and that cases of acute malnutrition among under-fives "
        "have risen sharply since January. Midwives describe women giving birth in classrooms "
        "turned into shelters, with no anaesthetic and little light. Asmaa's family has been "
        "displaced five times since the war began. “Every time we move I count the tins,” she said. "
        "“I have enough for eight days.”",
        "E H D",
        "airstrike",
    ),
    (
        "'We left with the children and the goats': a family's flight from El Fasher",
        "Hawa Abdallah walked for four days with her five children, her elderly father and two "
        "goats before reaching the camp at Tawila, about 60km west of El Fasher. The family left "
        "their home in the Abu Shouk camp last week after the Rapid Support Forces shelled the "
        "market and gunmen went from house to house, she said. Her husband stayed behind to "
        "guard their belongings and she has not heard from him since. The International "
        "Organization for Migration said on Monday that more than 40,000 people had fled Abu Shouk "
        "in the previous ten days as fighting between the RSF and the Sudanese army and its allies "
        "edged closer. Aid groups in Tawila say new arrivals sleep under trees and that water is "
        "rationed to a few litres a person. Abdallah's youngest, a boy of two, has diarrhoea, and "
        "the clinic run by Médecins Sans Frontières has a queue that starts before dawn. “I want "
        "them to go to school again,” she said. “But first I want them to eat.”",
        "D V E H",
        "displacement",
    ),
    (
        "A wedding party, a drone and a village in mourning",
        "The bride's family had hired a sound system from the nearest town and cooked for two days. "
        "By nightfall on Saturday, at least 19 guests were dead after a drone struck the "
        "celebration in a village in Myanmar's Sagaing region, according to residents and a local "
        "resistance group. Among the dead were six children who had been dancing in front of the "
        "house when the first munition hit, a relative of the groom told the BBC by phone. The "
        "military government, which has relied heavily on air power as it loses ground to armed "
        "opposition groups, did not respond to requests for comment. Weddings in the area had "
        "already become smaller and quieter, guests said, with families cutting the music early "
        "and keeping the lights off. The couple survived with shrapnel wounds and were taken by "
        "motorbike to a clinic hidden in the forest. “They were married for one hour,” said the "
        "groom's cousin. “Then we were digging graves.”",
        "E V",
        "drone strike",
    ),
    (
        "Raising twins under the sirens: a Beirut family's week",
        "When the first Israeli strikes hit Beirut's southern suburbs last Monday, Rima Haddad was "
        "giving her twin daughters their bath. By midnight the family of four had packed two "
        "suitcases and driven to her sister's flat in Achrafieh, where they now share two rooms "
        "with seven relatives. Lebanon's health ministry said on Sunday that strikes across the "
        "country had killed more than 550 people in a week, among them dozens of children, and "
        "the government estimates that hundreds of thousands have left their homes in the south "
        "and the Dahiyeh. Haddad, an accountant, says the girls, who are three, now flinch at the "
        "sound of a door slamming. She has stopped watching the news in front of them and turned "
        "the drone noise into a game about bees. Schools in Beirut have been requisitioned as "
        "shelters, and nurseries across the capital have closed. “I keep telling myself it is "
        "temporary,” Haddad said. “But I have already started looking at schools in Jounieh.”",
        "E D",
        "airstrike",
    ),
    (
        "Parents in Port-au-Prince keep children home as gangs push into new districts",
        "For the second week running, Nadège Pierre has kept her three children indoors, the "
        "windows shuttered and the mattresses pulled into the one room without an outside wall. "
        "Gangs of the Viv Ansanm coalition attacked the Solino and Nazon neighbourhoods of "
        "Port-au-Prince over the weekend, burning houses and exchanging fire with police for "
        "hours, residents said. The UN's migration agency said about 5,000 people had fled the two "
        "districts since Thursday, many of them to makeshift sites in schools and churches. "
        "Pierre's eldest son, 14, has not sat an exam since October, when his school closed after "
        "bullets came through its roof. “They learn from the phone, when there is electricity,” "
        "she said. Unicef says that one in four children displaced in Haiti is now separated from "
        "at least one parent. A neighbour who tried to retrieve clothes from her house on Sunday "
        "was shot in the leg, Pierre said, and nobody in the street has tried since.",
        "B D V",
        "gang offensive",
    ),
    (
        "'My son drew the helicopters': children's pictures from the Sahel",
        "At a makeshift school in Kaya, in north-central Burkina Faso, the teachers have stopped "
        "asking children to draw their homes. Too many of the pictures showed burning huts and men "
        "on motorbikes, said Aminata Sawadogo, who teaches 70 pupils in a tarpaulin classroom. "
        "Many of them arrived this month from villages around Barsalogho, where jihadist fighters "
        "linked to al-Qaeda killed dozens of civilians in an attack last week, according to "
        "local officials and residents. Some families walked for three days to reach Kaya. The "
        "government said the army had launched operations in the area and that a number of "
        "“terrorists” had been killed, but gave no figures for civilian deaths. Sawadogo's own "
        "son, who is eight, draws the army helicopters he sees over the town. “He thinks they are "
        "coming to take us home,” she said. Aid agencies say the number of displaced children in "
        "Kaya's schools has doubled since the start of the year.",
        "T V D M",
        "massacre",
    ),
    (
        "Tigray couples postpone weddings as fighting closes roads",
        "In Mekelle's wedding season, the dressmakers would normally be working through the night. "
        "This year, said Letay Gebremedhin, who runs a tailoring shop near the cathedral, half of "
        "her orders have been cancelled. Fighting between Ethiopian federal troops and Tigrayan "
        "forces around Alamata and Korem over the past fortnight has cut the main road south, and "
        "air strikes on the outskirts of Mekelle on Monday killed at least two people, according "
        "to hospital staff. Families with relatives in the army or in the region's forces do not "
        "know who will be able to come. “You cannot have a wedding without the uncles,” one "
        "groom-to-be said. Banks have been closed for months and cash is scarce, so the couples "
        "who do marry serve bread and tea instead of a feast. Letay is now sewing school uniforms "
        "for displaced children living in the city's colleges. “At least those will be worn,” she "
        "said.",
        "B E D",
        "battle",
    ),
    (
        "Kenyan parents search hospitals after police fire on protesters",
        "Margaret Wanjiru spent Wednesday night walking from ward to ward at Kenyatta National "
        "Hospital in Nairobi looking for her 19-year-old son, who had gone into town to join "
        "protests against the finance bill. Police used tear gas, water cannon and live "
        "ammunition against crowds that stormed parliament on Tuesday, and rights groups say at "
        "least 22 people were killed and more than 300 wounded across the country. Parents' "
        "WhatsApp groups, usually used to swap school-run duties and uniform sales, have turned "
        "into lists of the missing, with photos and phone numbers. Wanjiru found her son on "
        "Thursday morning, with a bullet wound to his thigh. “He told me he was only filming,” she "
        "said. The Kenya National Commission on Human Rights has called for an inquiry into the "
        "use of force. Several parents said they had argued with their teenagers about joining "
        "the marches and lost. “They said, 'Mum, this is for our future,'” Wanjiru said. “What do "
        "you answer to that?”",
        "U",
        "crackdown",
    ),
    (
        "Dogs and cats of Pokrovsk: volunteers evacuate pets as Russian troops close in",
        "The van that leaves Pokrovsk each morning carries medicine in and animals out. Volunteers "
        "from a Dnipro rescue group said they had taken 46 dogs, cats and one elderly parrot out "
        "of the city in the past week as Russian forces pressed to within a few kilometres of its "
        "southern edge. Ukrainian officials have ordered the evacuation of families with children "
        "from the town and surrounding villages, and shelling has knocked out water and power in "
        "several districts. Many older residents refuse to leave without their animals, said "
        "Yulia, a volunteer who did not give her surname. “A grandmother will stay for a cat,” she "
        "said. “So we take the cat, and she comes too.” Last Thursday a shell landed 50 metres "
        "from the van while the team was loading crates in the courtyard of a block of flats. "
        "Nobody was hurt, but one dog escaped and had to be found under a car. The group now "
        "works only in the early morning, when drones are less active.",
        "E D B",
        "evacuation",
    ),
    (
        "A Rohingya family crosses into Bangladesh after fighting in Maungdaw",
        "Mohammed Hashim carried his four-year-old daughter on his back across the Naf river at "
        "night, with his wife and his mother on a fishing boat behind. They reached a beach near "
        "Teknaf on Friday after a week hiding in paddy fields as the Arakan Army and Myanmar's "
        "military fought for control of Maungdaw. Hashim said drones had dropped explosives on "
        "families waiting on the riverbank, and that he had seen bodies on the sand. Bangladeshi "
        "officials say several thousand Rohingya have crossed in recent weeks despite the border "
        "being officially closed, and some have been pushed back. The family is now staying with "
        "relatives in a shelter in the Kutupalong camp, where eight people share a room of bamboo "
        "and tarpaulin. The girl has stopped talking, her mother said. Aid workers say dozens of "
        "newly arrived children need psychological support, but there are only two counsellors in "
        "that section of the camp.",
        "B E V D",
        "displacement",
    ),
    (
        "Grandmother, mother, daughter: three generations flee shelling in Poonch",
        "Three generations of the Kour family spent Wednesday night in a relative's cellar in "
        "Poonch after Pakistani shells struck the town across the Line of Control, killing at "
        "least 12 civilians, according to Indian officials. The family's home in the old town was "
        "damaged when a shell hit the lane behind it. Parveen Kour, 71, remembers fleeing the same "
        "town as a girl in 1971, she said; her daughter Simran drove the family 200km to Jammu on "
        "Thursday morning with her own daughter, who is ten, asleep on the back seat. Hundreds of "
        "families left Poonch and Rajouri in the same way, and district officials opened "
        "relief camps in schools. India carried out missile strikes on what it called terrorist "
        "infrastructure in Pakistan on Wednesday, and Pakistan said it had responded. “My mother "
        "thinks it is 1971 again,” Simran said. “My daughter thinks it is a holiday. I am in the "
        "middle, and I do not sleep.”",
        "E D M",
        "shelling",
    ),
    (
        "Children's birthday cancelled as riot police storm Tbilisi avenue",
        "Nino had planned her son's seventh birthday party for Saturday at a café on Rustaveli "
        "Avenue. Instead, on Friday night, she was rinsing tear gas from her eyes in the same "
        "café's toilet after riot police moved against protesters outside parliament. Georgia's "
        "interior ministry said more than 100 people had been detained over two nights of "
        "demonstrations against the government's decision to suspend talks on joining the "
        "European Union, and opposition groups said dozens had been beaten. Police used water "
        "cannon and pepper spray, and some protesters threw fireworks at officers. Nino, who asked "
        "that her surname not be used, had gone to the march with friends after putting her son "
        "to bed at her mother's. “I want him to grow up in Europe,” she said. Many Tbilisi parents "
        "now take turns, one staying home with the children while the other goes out. The party "
        "has been moved to next week, at home.",
        "U",
        "crackdown",
    ),
    (
        "Culiacán families adjust school runs to cartel gunfights",
        "At 7am on a weekday, the school gates in Culiacán's Tres Ríos district used to be "
        "jammed with SUVs. Now many parents keep their children home, checking neighbourhood "
        "chat groups for reports of shooting before deciding whether to go out. Factions of the "
        "Sinaloa cartel have fought each other across the city since September, with gunmen "
        "burning vehicles, leaving bodies on roads and exchanging fire with the army. At least "
        "nine people were killed on Monday alone, according to the state prosecutor's office. "
        "The state education department has allowed schools to move classes online, and several "
        "private schools have closed until further notice. “My daughter knows the difference "
        "between fireworks and rifles,” said Laura, a mother of two. Children's parties, she said, "
        "now end before dark. Mexico's defence ministry says it has sent hundreds more soldiers "
        "to the city, but residents say the fighting moves faster than the patrols.",
        "B M",
        "cartel fighting",
    ),
    (
        "Israeli families spend the night in shelters as Iranian missiles hit central Israel",
        "Noa Levi has been sleeping in the reinforced room of her Ramat Gan flat with her husband, "
        "their two children and the family dog since Friday. Iranian ballistic missiles struck "
        "several sites in central Israel overnight, including a residential street in Ramat Gan, "
        "and Magen David Adom said at least three people had been killed and dozens wounded. "
        "The Israeli military said its air campaign against Iran's nuclear and missile sites "
        "would continue. Levi's children, aged seven and four, have learnt to run to the "
        "shelter within 90 seconds of the siren. “The little one takes his blanket and the dog's "
        "bowl,” she said. Schools across Israel are closed and gatherings are limited, so parents "
        "are working from home while entertaining children in rooms built to withstand blasts. "
        "The Home Front Command advises families to keep water, torches and a charged phone in "
        "the room. Levi keeps a box of board games too.",
        "E M",
        "missile strike",
    ),
    (
        "Wedding guests among dead in Kabul hall bombing",
        "The groom, Mirwais, had invited more than 1,200 guests to the Dubai City wedding hall in "
        "western Kabul. On Saturday night a suicide bomber detonated explosives near the stage "
        "where the men's musicians were playing, killing at least 63 people and wounding 182, "
        "Afghanistan's interior ministry said. The Islamic State group said it carried out the "
        "attack. Mirwais told a local television station that his brother and several cousins "
        "were among the dead. “My family, my bride are in shock,” he said. “I have lost hope.” "
        "Weddings in Kabul are among the biggest events in family life, often held in neon-lit "
        "halls that can seat thousands, and Shia Hazara families in the west of the city had "
        "already been targeted in attacks on mosques and schools. Hospitals appealed for blood "
        "donors, and relatives gathered outside the Emergency hospital on Sunday to look for "
        "names on the lists posted at the gate.",
        "E T V",
        "suicide bombing",
    ),
]
