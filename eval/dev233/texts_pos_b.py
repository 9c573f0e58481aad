"""dev233 positives, part B: explainers and Q&As on wars, insurgencies, gang wars and uprisings
under way that report their current fighting, strikes, deaths or flight (Asia, the Americas,
Africa, Europe)."""

POSITIVES = [
    (
        "What is happening in Myanmar's Rakhine state?",
        "The Arakan Army, one of Myanmar's most powerful ethnic armed groups, says it has captured "
        "the town of Buthidaung after weeks of fighting with the military junta, bringing almost "
        "all of northern Rakhine state under its control. Rohingya residents say the town was "
        "burned as the army withdrew, and satellite images analysed by rights groups show large "
        "areas of charred buildings. Both sides blame each other. Tens of thousands of Rohingya "
        "have been driven out of Buthidaung and surrounding villages, according to the UN, and "
        "some have walked towards the Naf river and the border with Bangladesh. Why is Rakhine "
        "back in the news? The Arakan Army, which draws its fighters from the Buddhist Rakhine "
        "majority, broke a ceasefire in November as part of a wider rebel offensive. The junta "
        "has answered with airstrikes and by forcibly recruiting Rohingya men, the very people it "
        "expelled in 2017. A drone attack on a crowd waiting to cross the river near Maungdaw "
        "this week killed dozens of people, survivors told Reuters.",
        "B E M V D",
        "offensive",
    ),
    (
        "Who is fighting in Colombia's Catatumbo, and why are thousands fleeing?",
        "Colombia's government has declared a state of internal commotion in the north-eastern "
        "Catatumbo region after a wave of violence that officials say has killed at least 80 "
        "people and driven more than 36,000 from their homes in under a week. The fighting pits "
        "the National Liberation Army (ELN), the country's largest remaining guerrilla group, "
        "against dissidents of the former FARC who rejected the 2016 peace deal. Survivors say "
        "ELN fighters went house to house with lists of names, killing people they accused of "
        "collaborating with their rivals, including a former peace signatory and his family. "
        "Why Catatumbo? The region, which borders Venezuela, has some of the country's largest "
        "coca plantations and is a corridor for cocaine and smuggled fuel. Families have "
        "crammed into sports halls and schools in Cúcuta and Tibú, and hundreds more have "
        "crossed into Venezuela. President Gustavo Petro has suspended peace talks with the ELN "
        "and sent 5,000 soldiers to the region. The ombudsman's office says dozens of people "
        "are missing.",
        "B V D M",
        "clashes",
    ),
    (
        "What is happening in Manipur? India's ethnic violence explained",
        "The Indian army has flown in thousands of troops to the north-eastern state of Manipur "
        "after days of ethnic violence between the majority Meitei community and the mostly "
        "Christian Kuki-Zo tribes. State officials say at least 54 people have died, though "
        "local groups give much higher numbers. Mobs have torched homes, churches and temples in "
        "the state capital Imphal and in the hill district of Churachandpur, and police "
        "armouries have been looted of hundreds of weapons. The authorities have issued "
        "shoot-on-sight orders and suspended mobile internet. What sparked it? A court order "
        "suggesting the Meitei be considered for tribal status, which would give them access to "
        "land in the hills and to job quotas. Kuki groups held a march against it on 3 May, "
        "which was followed by clashes. More than 23,000 people have been moved to army camps "
        "and relief centres, the army says, and many Kuki families have fled to neighbouring "
        "Mizoram.",
        "V U D",
        "communal_violence",
    ),
    (
        "Why is Culiacán at war? The split inside the Sinaloa cartel explained",
        "Schools in Culiacán have closed, shops shut early and streets empty by dusk as two "
        "factions of the Sinaloa cartel fight for control of the city. State prosecutors say "
        "more than 150 people have been killed since the fighting began in early September, and "
        "bodies are regularly dumped at roadsides, sometimes with sombreros placed on them as a "
        "message. On Thursday gunmen armed with assault rifles and a .50-calibre rifle "
        "attacked an army patrol on the city's outskirts, killing two soldiers, the defence "
        "ministry said. Who is fighting? On one side are “Los Chapitos”, the sons of jailed "
        "drug lord Joaquín “El Chapo” Guzmán. On the other is the faction of Ismael “El "
        "Mayo” Zambada, who was flown to the US in July in what he says was a kidnapping "
        "orchestrated by one of the sons. Mexico has sent hundreds of extra soldiers, but "
        "residents say the violence has only moved from one district to another. Hundreds of "
        "families have left villages in the mountains above the city.",
        "B V M D",
        "armed_clashes",
    ),
    (
        "Ecuador's 'internal armed conflict': why the president declared war on gangs",
        "Ecuador's President Daniel Noboa has declared an “internal armed conflict” and "
        "ordered the armed forces to “neutralise” 22 criminal groups, after a day in which "
        "gunmen stormed a live television broadcast and explosions were reported in several "
        "cities. At least ten people were killed in Guayaquil, police said, including two "
        "officers shot dead on a highway. Masked men carrying guns and sticks of dynamite burst "
        "into the studios of TC Televisión during a news programme before police arrived and "
        "arrested them. In prisons across the country, inmates have taken more than 130 guards "
        "and staff hostage. Why now? The violence followed the escape of José Adolfo Macías, "
        "alias Fito, the leader of the Los Choneros gang, from a prison in Guayaquil. Ecuador "
        "was once one of the safest countries in the region, but it now has one of the highest "
        "murder rates in Latin America, as gangs allied to Mexican and Balkan cartels fight "
        "over cocaine routes. Soldiers are now patrolling the streets and raiding prisons.",
        "B V M",
        "gang_war",
    ),
    (
        "What is Operation Sindoor? India's strikes on Pakistan explained",
        "India says it has struck nine sites in Pakistan and Pakistan-administered Kashmir that "
        "it linked to militant groups, two weeks after gunmen killed 26 people at a tourist spot "
        "in Pahalgam. Pakistan's military says 26 civilians, including children, were killed "
        "when missiles hit mosques and homes in Bahawalpur, Muridke and Muzaffarabad, and that "
        "it shot down several Indian aircraft; India has not commented on the losses. Heavy "
        "artillery fire was exchanged overnight across the Line of Control, and Indian officials "
        "said at least 12 people were killed in the town of Poonch. Why did India name it "
        "Sindoor? The word refers to the vermilion powder worn by married Hindu women, a nod to "
        "the widows of the Pahalgam attack. India blames the attack on Lashkar-e-Taiba, which "
        "it says operated the Muridke site; Pakistan denies any role and has promised to "
        "respond. Villages along the frontier are emptying as families move to relatives further "
        "from the border. Airports across northern India have been closed.",
        "E M D",
        "airstrike",
    ),
    (
        "What we know about the Pahalgam attack in Kashmir",
        "Gunmen opened fire on tourists in a meadow near the Kashmiri resort town of Pahalgam on "
        "Tuesday, killing 26 people in the deadliest attack on civilians in the region in years. "
        "Survivors told Indian media that the attackers singled out men, asking some of them to "
        "recite Islamic verses before shooting them. Most of the dead were Hindu tourists from "
        "across India; a local pony operator who tried to wrestle a gun from one attacker was "
        "also killed. Where did it happen? The Baisaran valley, known as “mini Switzerland”, "
        "can only be reached on foot or on horseback, which slowed the rescue. A group calling "
        "itself The Resistance Front, which Indian officials say is a front for the "
        "Pakistan-based Lashkar-e-Taiba, initially claimed responsibility. Prime Minister "
        "Narendra Modi cut short a visit to Saudi Arabia, and police have released sketches of "
        "three suspects. Thousands of tourists have been leaving the valley, with extra flights "
        "laid on from Srinagar.",
        "T V",
        "terror_attack",
    ),
    (
        "Jaffar Express hijacking: who are the Baloch separatists?",
        "Pakistani security forces say they have ended a day-long siege of a passenger train "
        "hijacked by separatist militants in the mountains of Balochistan, killing 33 attackers. "
        "The military said 21 passengers and four soldiers died. The Jaffar Express, carrying "
        "about 440 people from Quetta to Peshawar, was stopped on Tuesday when fighters blew up "
        "the track near a tunnel in the Bolan Pass and opened fire on the engine. The Baloch "
        "Liberation Army (BLA) said it had taken the passengers hostage and demanded the release "
        "of prisoners. Freed passengers described attackers checking identity cards and taking "
        "away soldiers. Who is the BLA? It is the largest of several groups fighting for "
        "independence for Balochistan, Pakistan's biggest and poorest province, which is rich in "
        "gas and minerals. Islamabad and Washington designate it a terrorist organisation. The "
        "group has stepped up attacks this year, including a suicide bombing at Quetta's railway "
        "station that killed 26 people in November.",
        "T V B M",
        "hijacking",
    ),
    (
        "What is happening in South Sudan's Nasir and is the peace deal collapsing?",
        "South Sudan's air force has bombed positions around the north-eastern town of Nasir "
        "after an armed youth militia known as the White Army overran an army garrison there, "
        "killing the general in charge. Local officials say at least 21 people died in the "
        "strikes, including children, and accuse the government of using barrel bombs; the army "
        "denies this. A UN helicopter sent to evacuate soldiers was fired on, killing a crew "
        "member. Who is the White Army? It is a loose force of ethnic Nuer fighters, historically "
        "aligned with First Vice-President Riek Machar. His detention under house arrest in Juba "
        "has fuelled fears that the 2018 peace agreement, which ended a five-year civil war, is "
        "unravelling. Ugandan troops have arrived in Juba at the invitation of President Salva "
        "Kiir. The UN refugee agency says about 10,000 people have crossed from Upper Nile "
        "state into Ethiopia's Gambella region since the fighting began, and cholera is "
        "spreading in the areas they left.",
        "B E M D H",
        "airstrike",
    ),
    (
        "Why is cholera spreading so fast in Sudan's displacement camps?",
        "Cholera has now been confirmed in 11 of Sudan's 18 states, and the health ministry says "
        "more than 600 people have died since the outbreak was declared in August. The disease "
        "spreads through contaminated water, and in a country where the war between the army "
        "and the Rapid Support Forces has destroyed pipes and power stations, clean water is "
        "scarce. The worst-hit places are the crowded camps and gathering sites of Kassala, "
        "Gedaref and the White Nile, which have swelled with people fleeing fighting that "
        "continues to spread east. This month RSF fighters raided villages in eastern Gezira, "
        "killing dozens and sending at least 120,000 more people on the move, according to the "
        "UN. Why is it so hard to contain? About 70% of hospitals in conflict areas are out of "
        "service, and medical staff say they lack rehydration salts and intravenous fluids. The "
        "WHO has shipped 400,000 doses of oral vaccine, but aid convoys need permission from "
        "both warring parties to move. Médecins Sans Frontières says it has treated more than "
        "3,000 patients in Kassala alone.",
        "H D V",
        "humanitarian_crisis",
    ),
    (
        "Thailand and Cambodia: why are the neighbours fighting over their border?",
        "Thailand and Cambodia have traded artillery fire and rocket attacks along their "
        "disputed border for a second day, in the worst fighting between the two countries in "
        "more than a decade. Thai officials say 14 people, most of them civilians, have been "
        "killed, including several hit by rockets at a petrol station in Sisaket province. "
        "Thailand has sent F-16 jets to strike Cambodian military targets, and Cambodia's "
        "defence ministry says one person was killed in Oddar Meanchey. What is the dispute "
        "about? The border was drawn by French colonial mapmakers, and both countries claim "
        "land around several ancient Hindu temples. Tension rose in May when a Cambodian "
        "soldier was killed in a brief exchange of fire. More than 100,000 Thai villagers have "
        "been moved to temporary shelters in schools and temples, the interior ministry said. "
        "On the other side, Cambodian authorities say about 20,000 people have fled. Malaysia, "
        "which chairs Asean, has offered to mediate.",
        "B E M D",
        "border_clashes",
    ),
    (
        "What we know about the Crocus City Hall attack",
        "Russia is observing a national day of mourning after gunmen burst into a concert hall "
        "on the outskirts of Moscow on Friday night and opened fire, then set the building "
        "ablaze. Investigators say at least 137 people were killed, including three children, "
        "and more than 180 were wounded. Many of the dead were found in stairwells and toilets "
        "where they had tried to hide from the flames. The Islamic State group said its fighters "
        "carried out the attack, and posted a video apparently filmed by one of the gunmen. What "
        "do we know about the suspects? Four men, all citizens of Tajikistan, appeared in a "
        "Moscow court on Sunday charged with terrorism, with visible signs of injuries. US "
        "officials say the attack was the work of Islamic State Khorasan, the group's Afghan "
        "branch, which had warned of plans to target gatherings in Moscow. President Vladimir "
        "Putin has suggested, without evidence, that Ukraine was involved; Kyiv denies this. "
        "Security has been tightened at venues across Russia.",
        "T V",
        "terror_attack",
    ),
    (
        "Gwoza bombings: who is behind Nigeria's new wave of suicide attacks?",
        "A series of suicide bombings in the town of Gwoza in north-eastern Nigeria has killed at "
        "least 32 people, emergency officials said, in one of the deadliest attacks in Borno "
        "state in years. The first blast was set off by a woman carrying a baby on her back at a "
        "wedding party, and others followed at a hospital and at the funeral of the first "
        "victims. Dozens were wounded, many with severe burns. No group has yet said it carried "
        "out the attacks, but the use of women bombers is a hallmark of the jihadist group "
        "Boko Haram. Why is this happening now? The army has said for years that the insurgents "
        "are “technically defeated”, and the state governor has been closing camps for the "
        "displaced and urging people to go home. Gwoza itself was seized by Boko Haram in 2014 "
        "and retaken by the army a year later. Security analysts say the group, and its rival "
        "Islamic State West Africa Province, still roam the nearby Mandara mountains.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "What we know about the attack on Lido beach in Mogadishu",
        "At least 32 people were killed and 63 wounded when al-Shabaab fighters attacked a "
        "beachfront restaurant at Mogadishu's Lido beach on Friday evening, police said. A "
        "suicide bomber blew himself up at the entrance before gunmen opened fire on people "
        "dining and swimming. Security forces killed five attackers during an hours-long "
        "siege, according to police spokesman Abdifatah Aden Hassan. Why Lido? The beach is "
        "one of the few places where families in the Somali capital go to relax on weekends, "
        "and it has been attacked before. Al-Shabaab, which is linked to al-Qaeda, has fought "
        "the federal government for more than 15 years and controls large areas of the south "
        "and centre of the country. It said the attack targeted “enemy officials”. A government "
        "offensive against the group that began in 2022 has stalled, and African Union troops "
        "are being replaced by a new mission. Witnesses said people ran into the sea to escape "
        "the gunfire.",
        "T E V",
        "terror_attack",
    ),
    (
        "Why are Georgians protesting, and why have the police cracked down?",
        "Riot police in Tbilisi have fired tear gas, rubber bullets and water cannon at "
        "protesters outside parliament for a sixth night, as demonstrations over the "
        "government's decision to freeze talks on joining the European Union continue. The "
        "interior ministry says more than 400 people have been detained and that 143 police "
        "officers have been injured, many by fireworks fired at their lines. Opposition parties "
        "say hundreds of protesters have been beaten, some after arrest, and the public "
        "ombudsman has described the treatment of detainees as torture. What triggered the "
        "protests? Prime Minister Irakli Kobakhidze announced last week that Georgia would not "
        "seek to open EU accession talks until 2028, after a disputed election won by his "
        "Georgian Dream party. Critics say the party, founded by billionaire Bidzina Ivanishvili, "
        "is steering the country towards Moscow. The pro-Western president, Salome Zourabichvili, "
        "has refused to step down when her term ends. Masked men have attacked journalists "
        "covering the rallies.",
        "U",
        "crackdown",
    ),
    (
        "Who are the Tigrayan forces and how did Ethiopia's war begin?",
        "Ethiopia's federal army says it has taken several towns in the western part of the "
        "Tigray region, a week after Prime Minister Abiy Ahmed ordered a military offensive "
        "against the region's ruling party, the Tigray People's Liberation Front (TPLF). Federal "
        "jets have bombed targets around the regional capital, Mekelle. Phone and internet "
        "lines to Tigray remain cut, making it difficult to verify claims from either side, "
        "but a diplomatic source told Reuters hundreds of fighters had been killed near the "
        "border with Sudan. Amnesty International says scores, possibly hundreds, of civilians "
        "were stabbed or hacked to death in the town of Mai-Kadra. How did it come to this? "
        "The TPLF dominated Ethiopian politics for nearly three decades until Abiy took office "
        "in 2018 and sidelined it. Relations broke down when Tigray held its own election in "
        "September in defiance of Addis Ababa. The UN refugee agency says more than 14,500 "
        "people have fled into Sudan in the past few days, and aid agencies have no access to "
        "the region.",
        "B E M V D H",
        "offensive",
    ),
]
