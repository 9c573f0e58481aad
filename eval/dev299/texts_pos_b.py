"""dev299 positives, part B: Serbia, Croatia, Montenegro, Albania, Kosovo (2014-2026).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Protesters try to storm Serbian parliament over curfew, police fire tear gas",
        "Serbian police fired tear gas late on Tuesday at protesters who broke into the National Assembly in Belgrade, hours after President Aleksandar Vučić announced a weekend curfew to curb a new wave of coronavirus infections. Several thousand people gathered outside the building, and a group pushed past the police cordon and briefly entered the lobby before being forced out. Protesters threw stones, bottles and flares and set fire to police cars, while mounted police charged the crowd. Belgrade police chief Veselin Milić said 43 officers and 17 protesters were injured and 23 people arrested. Clashes were also reported in Novi Sad, Niš and Kragujevac. Videos shared online showed officers beating men who were sitting on a bench, and rights groups demanded an investigation. Vučić said the curfew would be reconsidered and blamed far-right groups for the violence.",
        "U",
        "riot",
    ),
    (
        "Police and protesters clash in Belgrade after Vidovdan rally",
        "Serbian riot police used tear gas, pepper spray and batons on Saturday night to disperse protesters after a rally that drew about 140,000 people to Slavija square, according to an independent monitoring group. After the student organisers declared that the government had lost its legitimacy, groups of protesters clashed with police near Zvezdara park and the government building, throwing bottles, stones and flares. Interior Minister Ivica Dačić said 48 police officers were injured and that 77 people had been detained. Students said dozens of protesters had been hurt and accused police of beating people who were already lying on the ground. Overnight, protesters blocked intersections across the capital with rubbish bins and fences. President Aleksandar Vučić said the state had defeated an attempt at a colour revolution. The protests began in November after a concrete canopy at the Novi Sad railway station collapsed, killing 16 people.",
        "U",
        "clashes",
    ),
    (
        "Ruling party offices set on fire in Novi Sad as Serbia's unrest escalates",
        "Protesters set fire to the offices of President Aleksandar Vučić's Serbian Progressive Party in Novi Sad on Thursday night and smashed the windows of party branches in several other towns, as the months-long anti-government movement turned increasingly violent. In Vrbas and Bačka Palanka, government supporters and protesters hurled flares, stones and bottles at each other for hours, and police fired tear gas to separate them. The interior ministry said dozens of police officers were injured across the country and that more than 100 people had been arrested. Students' groups accused masked men loyal to the ruling party of attacking demonstrators with clubs. Local media in Novi Sad reported that several people were taken to hospital with head injuries. Vučić described the protesters as terrorists and vowed that the state would respond. The EU called on all sides to refrain from violence.",
        "U",
        "riot",
    ),
    (
        "Students attacked with baseball bats during Novi Sad blockade",
        "A group of men attacked students with baseball bats early on Tuesday as they blocked a street outside the Faculty of Philosophy in Novi Sad, leaving a young woman with a broken jaw, witnesses and university officials said. Video footage shared online showed several men emerging from the offices of the ruling Serbian Progressive Party and charging at students who were standing in a silent vigil. The students said the attackers had shouted insults and hit anyone they could reach. Police said they had arrested four men. Hours later in Belgrade, a car drove into protesters at a pedestrian crossing, injuring a student, and in Čačak a woman was hit by a driver who ignored a blockade. President Aleksandar Vučić condemned the attack in Novi Sad and said the ruling party would expel those responsible. Students called for a mass rally in the city at the weekend.",
        "U",
        "mob_attack",
    ),
    (
        "Smoke bombs and flares thrown in Serbian parliament, lawmaker suffers stroke",
        "Opposition deputies threw smoke bombs and flares in the Serbian parliament on Tuesday, filling the chamber with thick pink and black smoke and setting off scuffles with members of the ruling coalition, footage broadcast on national television showed. Speaker Ana Brnabić said three lawmakers were injured, among them Jasmina Obradović of the ruling party, who suffered a stroke and was taken to hospital in serious condition. The opposition had protested the agenda of the session, which they said illegally combined the confirmation of the prime minister's resignation with other bills. Brnabić called the opposition a terrorist gang and said the session would continue. Opposition leaders said they had acted to defend the students and accused the government of contempt for parliament. Thousands of students continued their blockades of universities across the country.",
        "U",
        "violence_parliament",
    ),
    (
        "Crossbow attacker wounds guard outside Israeli embassy in Belgrade",
        "A man shot a crossbow bolt into the neck of a police officer guarding the Israeli embassy in Belgrade on Saturday, and the officer then shot the attacker dead, Serbian officials said. The wounded gendarme was taken to hospital, where doctors said his condition was serious but stable. Interior Minister Ivica Dačić told reporters it was a terrorist attack. He said the attacker, identified as M.Ž., born in 1999, was a convert to Islam from the town of Mladenovac. Police detained several people in raids on Saturday afternoon. Prime Minister Miloš Vučević called the attack an act of terrorism against Serbia as well as against Israel. The embassy was closed at the time, and no diplomats were hurt. Security was raised at Jewish institutions across the capital.",
        "T",
        "terror_attack",
    ),
    (
        "Gunman shoots police officer outside Croatian government headquarters",
        "A gunman opened fire on a police officer guarding the government headquarters on St Mark's Square in Zagreb on Monday, wounding him seriously, before fleeing and later shooting himself, Croatian police said. The officer, who was shot several times with an assault rifle, underwent surgery and was out of danger. The attacker, identified as Danijel Bezuk, 22, from the town of Kutina, was found dead in the village of Laduč near the Slovenian border hours after the shooting. Prime Minister Andrej Plenković said the attack was directed at the state and its institutions. Police later said that investigators were treating it as an act of terrorism and that the attacker appeared to have been influenced by far-right content online. Security on St Mark's Square, where the parliament and the government have their seats, was raised. Opposition leaders condemned the shooting.",
        "T",
        "terror_attack",
    ),
    (
        "Masked men attack Serbs watching football in Croatian village cafe",
        "Four Serbs were injured on Wednesday night when a group of masked men armed with baseball bats and chairs burst into a cafe in the village of Uzdolje, near Knin, and attacked people watching a Red Star Belgrade match, the Serb National Council said. The victims, among them a child, were taken to hospital in Knin with head injuries, police said. Witnesses said the attackers shouted ethnic insults as they smashed tables and windows. Croatian police said they had detained several young men from the area. Milorad Pupovac, the leader of the Independent Democratic Serb Party, called it an ethnically motivated attack and demanded that the government react. Prime Minister Andrej Plenković condemned the violence and said the perpetrators would face the full force of the law. Serbian officials summoned the Croatian ambassador.",
        "V U",
        "ethnic_attack",
    ),
    (
        "Police use tear gas in Cetinje as Montenegro's new metropolitan enthroned",
        "Montenegrin police fired tear gas at hundreds of protesters in the old royal capital of Cetinje on Sunday who had erected barricades of tyres, rubbish containers and cars to stop the enthronement of a new Serbian Orthodox metropolitan. Protesters threw rocks and bottles at police, and shots were heard in the town, witnesses said. The new metropolitan, Joanikije, and the Serbian patriarch, Porfirije, were flown by military helicopter to the monastery, where they were shielded by police holding bulletproof blankets. Police said about 20 officers were injured and that 14 people had been arrested. Opposition lawmakers and the former ruling party said the ceremony was a provocation and an attack on Montenegrin statehood. Prime Minister Zdravko Krivokapić said the state had defended the rule of law. The ceremony took place without the public.",
        "U",
        "clashes",
    ),
    (
        "Montenegrin police fire tear gas at opposition protest in Podgorica",
        "Montenegrin police fired tear gas and stun grenades on Saturday night to break up thousands of opposition supporters who were demanding the resignation of Prime Minister Milo Đukanović outside the parliament in Podgorica. Protesters threw stones, flares and bottles at police, who charged the crowd and chased groups through the centre. The police directorate said 15 officers were injured, while opposition officials said dozens of protesters had been beaten, among them two lawmakers. Andrija Mandić, a leader of the Democratic Front alliance, said the police had attacked peaceful citizens. Police detained about 40 people. The protests, which have drawn thousands every day for three weeks, have focused on corruption and on Montenegro's invitation to join NATO, which much of the pro-Serbian opposition rejects. The EU called for dialogue.",
        "U",
        "clashes",
    ),
    (
        "Molotov cocktails thrown at Albanian prime minister's office",
        "Albanian opposition supporters hurled Molotov cocktails and firecrackers at the prime minister's office in Tirana on Saturday evening during a protest demanding the resignation of Edi Rama and a caretaker government. Police used water cannon and tear gas to push back protesters who tried to break through the metal barrier in front of the building. Fires broke out on the facade and at the main entrance. Police said 32 officers had been injured and that they had detained 15 people. The Democratic Party, led by Lulzim Basha, accuses Rama of links to organised crime and of vote rigging. Its lawmakers resigned their seats last week. Rama wrote on social media that the violence showed the opposition had no other argument. Diplomats from the US and EU called the violence unacceptable and urged the opposition to return to parliament.",
        "U",
        "riot",
    ),
    (
        "Night of clashes in Tirana after police shoot young man during curfew",
        "Protesters clashed with police in Tirana and other Albanian cities for a second night on Wednesday after a police officer shot dead a 25-year-old man who had broken the coronavirus curfew. Demonstrators, most of them young, threw stones, bottles and fireworks at the interior ministry and at police stations, smashed shop windows and set fire to rubbish bins. Police responded with tear gas and water cannon. The police said 40 officers were injured and that dozens of people had been detained. Klodian Rasha was shot in the Kombinat neighbourhood early on Tuesday when he ran from a patrol, relatives said. Interior Minister Sander Lleshaj resigned and the officer was arrested on murder charges. Prime Minister Edi Rama called the killing unforgivable but said the violence against police would not be tolerated.",
        "U",
        "riot",
    ),
    (
        "Opposition protest in Tirana ends in firebombs and tear gas",
        "Supporters of Albania's opposition threw Molotov cocktails and fireworks at the government building in Tirana on Friday, setting part of the entrance alight, during a protest led by former prime minister Sali Berisha. Police fired water cannon and tear gas to disperse the crowd. The police said several officers had suffered burns and that they had arrested a number of people suspected of organising the violence. Berisha, who is under house arrest on corruption charges, addressed the crowd by video link and demanded the resignation of Prime Minister Edi Rama. Shops on the main boulevard pulled down their shutters as the smoke spread. Rama said the opposition was trying to take power by force. It was the third protest of its kind this year, and each has ended with clashes.",
        "U",
        "riot",
    ),
    (
        "One dead as Albanian police raid Iranian opposition camp at Manëz",
        "Albanian police raided the camp of the exiled Iranian opposition group Mujahedin-e-Khalq in Manëz, west of Tirana, on Tuesday, searching for evidence of what they said were political activities banned under the group's asylum agreement. The group said one of its members was killed and more than 100 were injured when officers used pepper spray and batons against residents who tried to block them. Police said 30 officers were injured and that residents had attacked them with stones and sticks. Albanian prosecutors said the operation was part of an investigation into cyberattacks and that 150 computers had been seized. The MEK, which moved to Albania from Iraq in 2016 at the request of the US, said the man who died was a 70-year-old resident. Tehran has long demanded that Tirana expel the group.",
        "U",
        "police_raid_clashes",
    ),
    (
        "Kosovo police fire tear gas as Albanians and Serbs clash at Mitrovica bridge",
        "Kosovo police fired tear gas and rubber bullets on Sunday to disperse hundreds of ethnic Albanians who tried to cross the bridge over the Ibar river in Mitrovica to dismantle a barricade that local Serbs had turned into a so-called peace park. Protesters threw stones, petrol bombs and bottles at police and at Serbs gathered on the northern bank, who threw stones back. Police said 13 officers were injured and five people arrested, and doctors in the southern part of the city said they had treated about 20 protesters. EU police and KFOR troops were deployed to the bridge in riot gear. Serbs put up the barricade in 2011 to stop Kosovo police from entering the north. Officials in Pristina and Belgrade accused each other of provoking the violence, and the EU urged both sides to respect their agreement.",
        "U",
        "clashes",
    ),
    (
        "Hand grenade thrown at Kosovo police station in Zvečan",
        "An explosive device, believed to be a hand grenade, was thrown at a Kosovo police station in Zvečan, in the north, shortly after midnight on Thursday, damaging its gate and a patrol car, Kosovo police said. No one was injured. The attack came hours after police detained a local Serb suspected of taking part in last month's clashes with NATO peacekeepers in the town. Police spokesman Veton Elshani said special units had searched several houses and that forensic teams were examining fragments. Interior Minister Xhelal Sveçla called it a terrorist act aimed at intimidating police. The Serbian List party, which is backed by Belgrade, said it had nothing to do with the incident. KFOR troops increased patrols in the town overnight. Mayors elected in April in Serb-majority municipalities have been protected by police since taking office.",
        "E T",
        "grenade_attack",
    ),
]
