"""dev226 items: Pakistan's ISPR, counter-terrorism police and provincial authorities, India's
forces in Kashmir, Manipur and against the Maoists, the Philippine military, Myanmar's junta,
Thailand's southern command and Indonesia's forces in Papua, as the wires and the national press
relay their communiqués (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "ISPR: eight khwarij killed in North Waziristan operation",
    """
RAWALPINDI - Pakistani security forces killed
[[eight militants|killed;a=the Inter-Services Public Relations (ISPR)]] in an
intelligence-based operation near Mir Ali in North Waziristan, the Inter-Services Public
Relations (ISPR) said on Saturday. The militants were part of a group of
[[about 15|combatants;a=the ISPR;alt=the Inter-Services Public Relations (ISPR)]]
that had tried to cross from Afghanistan, the ISPR said.
[[Two wounded khwarij|arrested]] were taken into custody. "However, while fighting bravely,
[[four soldiers|killed;a=the statement;alt=the Inter-Services Public Relations (ISPR)]],
including a major, embraced shahadat," the statement said, using the military's term for the
Pakistani Taliban. Residents of Mir Ali said
[[about 300 families|displaced;a=Residents of Mir Ali]] had left the area after a curfew was
imposed. The Pakistan Institute for Conflict and Security Studies said
[[at least 685 security personnel|killed;a=The Pakistan Institute for Conflict and Security Studies]]
were killed in militant attacks in {{2024}}, the deadliest year for the forces in a decade.
""",
)

item(
    "Pakistan says 24 militants killed after Balochistan convoy ambush",
    """
QUETTA, Pakistan - Security forces killed [[24 militants|killed;a=the military]] in
operations in Balochistan's Kalat and Mastung districts, the military said on Monday, {{two days}}
after an ambush on a Frontier Corps convoy killed [[18 soldiers|killed;a=the military]].
[[Nine soldiers|injured;a=officials]] were wounded in the ambush, officials said. Officials said
the gunmen had also stopped buses on the highway and abducted
[[at least nine passengers|kidnapped;a=Officials]] before troops arrived. The provincial home
department said it would deploy
[[1,500 more Levies personnel|combatants;p;a=The provincial home department]] along the
highway. The Baloch Yakjehti Committee, a rights group, said
[[at least 40 young men|missing;a=The Baloch Yakjehti Committee]] had disappeared after being
picked up by security agencies in the area since {{January}}, a charge the provincial government
denied. Train services to Quetta have been suspended for {{10 days}}.
""",
)

item(
    "Punjab CTD arrests 21 suspects in week of raids",
    """
LAHORE - Punjab's Counter Terrorism Department (CTD) said on Sunday it had arrested
[[21 suspected militants|arrested;a=Punjab's Counter Terrorism Department (CTD)]] in
[[386 intelligence-based operations|other;a=Punjab's Counter Terrorism Department (CTD);u=other]]
across the province over the past week. A CTD spokesman said those held included
[[four|arrested;a=A CTD spokesman]] members of Islamic State Khorasan who were planning attacks in
Lahore and Rawalpindi. Explosives, [[31 detonators|other;a=the spokesman;alt=Punjab's Counter Terrorism Department (CTD);u=other]],
[[six hand grenades|other;a=the spokesman;alt=Punjab's Counter Terrorism Department (CTD)]] and
[[two pistols|other;a=the spokesman;alt=Punjab's Counter Terrorism Department (CTD)]] were
recovered, the spokesman said. Police said they would deploy
[[about 20,000 officers|combatants;p;a=Police]] to guard Muharram processions beginning on
{{July 6}}.
""",
)

item(
    "Three militants, two soldiers killed in Kulgam gunfight",
    """
SRINAGAR - [[Three militants|killed;a=police]] and [[two soldiers|killed;a=police]] were killed
in a gunfight in south Kashmir's Kulgam district on Thursday, police said. The army's Chinar
Corps said on X that [[three soldiers|injured;a=The army's Chinar Corps]] were wounded and
airlifted to a military hospital in Srinagar. Police said
[[about 70 foreign militants|combatants;a=Police]] were active in the Kashmir valley, compared
with [[fewer than 20 local recruits|combatants;a=Police]]. Security forces detained
[[11 overground workers|arrested]] in follow-up raids in Kulgam and Shopian. Mobile internet
was suspended in the district for {{48 hours}}.
""",
)

item(
    "Security forces kill 31 Maoists in Bijapur gunfight",
    """
RAIPUR, India - Security forces killed [[31 Maoists|killed;a=police]] in a day-long gunfight in
the forests of Bijapur district, police said on Sunday, in one of the deadliest operations since
the government set a deadline of {{March 31, 2026}} to end the insurgency. Bastar range
Inspector General Anil Kumar Dubey said
[[two personnel|killed;a=Bastar range Inspector General Anil Kumar Dubey]] of the District
Reserve Guard were killed and [[two others|injured;a=Bastar range Inspector General Anil Kumar Dubey]]
wounded. He said the dead Maoists, among them
[[11 women|killed;a=Bastar range Inspector General Anil Kumar Dubey]], carried combined bounties of
{{Rs 1.1 crore}}. The forces recovered
[[three INSAS rifles|other;a=police]] and [[12 muzzle-loading guns|other;a=police]] from the
site, police said. [[More than 350 Maoists|killed;a=police figures]] have been killed in
Chhattisgarh since {{January 2024}}, according to police figures.
""",
)

item(
    "171 Maoists surrender with 112 weapons in Jagdalpur",
    """
JAGDALPUR, India - [[171 Maoists|other;a=police]], among them
[[a dozen senior cadres|other;a=police]], surrendered to the Chhattisgarh police in Jagdalpur on
Friday and handed over [[112 weapons|other;a=police]], police said. The weapons included
[[19 AK-47 rifles|other]]. Those who surrendered will receive {{Rs 50,000}} each and will live in a
rehabilitation centre built for [[500 people|capacity]] while they train for jobs. The state's
chief minister said [[more than 1,600 Maoists|other;a=The state's chief minister]] had
surrendered in Chhattisgarh since {{December 2023}}. The surrender leaves
[[fewer than 200 armed cadres|combatants;a=police estimates]] in the Abujhmarh area, according to
police estimates.
""",
)

item(
    "Manipur police recover 90 weapons in combing operations",
    """
IMPHAL, India - Security forces recovered [[more than 90 weapons|other;a=Manipur police]] and
[[about 1,500 rounds|other;a=Manipur police]] of ammunition in combing operations in Manipur's
hill and valley districts over the past week, Manipur police said on Monday. A police spokesman
said [[14 people|arrested;a=A police spokesman]] had been arrested. Of the
[[roughly 6,000 weapons|other]] looted from police armouries in {{May 2023}}, fewer than
{{half}} have been recovered. The violence between the Meitei and Kuki-Zo communities has
killed [[more than 260 people|killed]] since then, and
[[some 57,000 people|displaced;a=state officials]] are still living in
[[about 300 relief camps|capacity;a=state officials]], state officials say. The Centre has
deployed [[about 60,000 central security personnel|combatants]] in the state.
""",
)

item(
    "Six NPA rebels killed in Negros clash, army says",
    """
MANILA - [[Six New People's Army rebels|killed;a=the army]] were killed in a clash with soldiers
in the mountains of Negros Occidental on Tuesday, the army said. Troops recovered
[[seven high-powered firearms|other;a=the army]] and [[one soldier|injured;a=the army]] was
wounded, it said in a statement issued by the {{3rd Infantry Division}}. Karapatan, a rights
group, said [[two of the six|killed;a=Karapatan]] were farmers. The Armed Forces of the
Philippines says the communist insurgency, which began in {{1969}}, is down to
[[fewer than 1,000 fighters|combatants;a=The Armed Forces of the Philippines]] from
[[a peak of about 25,000|combatants;a=The Armed Forces of the Philippines]] in the {{1980s}}.
The military said [[more than 2,300 rebels and supporters|other;a=The military;n=rebels and supporters]]
surrendered last year under a programme that pays {{PHP 65,000}} to each returnee.
""",
)

item(
    "Nine Dawlah Islamiyah militants killed in Lanao del Sur",
    """
COTABATO CITY, Philippines - Troops killed
[[nine suspected Dawlah Islamiyah militants|killed;a=the military]] in air and ground assaults in
the hinterlands of Lanao del Sur, the military said on Wednesday. The
{{103rd Infantry Brigade}} said [[three soldiers|injured;a=The 103rd Infantry Brigade]] were
wounded. Municipal officials said [[about 2,400 families|displaced;a=Municipal officials]] had
fled villages near the fighting and were staying in
[[five evacuation centres|capacity;a=Municipal officials]] and with relatives. The provincial
disaster office said it had delivered food packs to
[[1,800 families|aid;a=The provincial disaster office]]. The group is a remnant of the militants
who laid siege to Marawi for {{five months}} in {{2017}}, a battle that killed
[[more than 1,100 people|killed]].
""",
)

item(
    "Forty-two Abu Sayyaf members surrender in Sulu",
    """
JOLO, Philippines - [[Forty-two former Abu Sayyaf members|other;a=the military's Western Mindanao Command]]
surrendered to troops in Patikul, Sulu, on Monday and handed over
[[38 firearms|other;a=the military's Western Mindanao Command]], the military's Western Mindanao
Command said. The command said
[[more than 1,000 Abu Sayyaf fighters|other;a=The command;alt=the military's Western Mindanao Command]]
had surrendered since {{2016}}, leaving the group with
[[no more than a dozen members|combatants;a=The command;alt=the military's Western Mindanao Command]]
in the province. The men will undergo {{six months}} of training at a camp in Jolo that can
accommodate [[200 people|capacity]]. The provincial government said
[[about 800 families|returned;a=The provincial government]] displaced by years of fighting had
gone back to their villages in Patikul.
""",
)

item(
    "Myanmar state media says 32 PDF members killed in Sagaing",
    """
YANGON - Myanmar's state-run Global New Light of Myanmar said security forces had killed
[[32 members|killed;a=Myanmar's state-run Global New Light of Myanmar]] of the People's Defence
Force, which the junta calls a terrorist group, in clashes in Sagaing region. The newspaper said
troops seized [[17 guns|other;a=The newspaper;alt=Myanmar's state-run Global New Light of Myanmar]]
and [[dozens of homemade mines|other;a=The newspaper;alt=Myanmar's state-run Global New Light of Myanmar]].
A local resistance group said [[11 civilians|killed;a=A local resistance group]] were killed and
that soldiers burned [[more than 200 houses|housing;a=A local resistance group]] in Kani
township. The UN says [[more than 3.5 million people|displaced;a=The UN]] are displaced across
Myanmar since the coup of {{February 1, 2021}}.
""",
)

item(
    "Two insurgents killed in Pattani house siege",
    """
PATTANI, Thailand - [[Two suspected insurgents|killed;a=the Internal Security Operations Command]]
were killed in a gunfight with security forces who surrounded a house in Nong Chik district on
Saturday, the Internal Security Operations Command said. A spokesman said
[[three rangers|injured;a=A spokesman]] were wounded and [[four suspects|arrested;a=A spokesman]]
detained during the {{six-hour}} siege. Residents said
[[about 150 villagers|displaced;a=Residents]] were evacuated from nearby houses. Thailand keeps
[[about 60,000 soldiers, police and defence volunteers|combatants;n=soldiers, police and defence volunteers]]
in the Muslim-majority southernmost provinces. Deep South Watch says
[[more than 7,600 people|killed;a=Deep South Watch]] have been killed since the insurgency
reignited in {{2004}}.
""",
)

item(
    "Indonesian forces free 15 workers held by Papua rebels",
    """
JAKARTA - Indonesian security forces killed [[five separatist rebels|killed;a=a military spokesman]]
and freed [[15 construction workers|kidnapped;a=a military spokesman]] held by the West Papua
National Liberation Army in Intan Jaya regency, a military spokesman said on Friday.
[[One soldier|killed;a=the military's regional command in Papua]] was killed in the operation,
the military's regional command in Papua said. A rebel spokesman said
[[three of the dead|killed;a=A rebel spokesman]] were villagers, not fighters. Local authorities
said [[about 1,200 residents|displaced;a=Local authorities]] had fled to the district town of
Sugapa and were sheltering in [[four churches|capacity;a=Local authorities]]. The military said
it would send [[an extra 600 troops|combatants;p;a=The military]] to the highlands before the
end of {{August}}.
""",
)

item(
    "Kurram authorities demolish 500 bunkers as convoy reaches Parachinar",
    """
PESHAWAR - Authorities in Pakistan's Kurram district have demolished
[[more than 500 bunkers|housing;a=officials;u=structure]] built by rival tribes and collected
[[about 1,000 weapons|other;a=officials]] under a peace agreement, officials said on Monday. A
convoy of [[65 trucks|aid]] carrying food and medicines reached Parachinar the same day, escorted
by [[about 1,500 paramilitary troops|combatants]]. The town's
[[roughly 400,000 residents|civilians;a=local officials]] have faced shortages since the main
road was closed in {{October}}, local officials say. Sectarian clashes in the district killed
[[more than 130 people|killed]] in late {{2024}}. Police said
[[33 suspects|arrested;a=Police]] had been arrested over attacks on earlier convoys.
""",
)

item(
    "ISPR announces corps commanders' conference outcome",
    """
RAWALPINDI - The {{267th}} Corps Commanders' Conference, chaired by the army chief at General
Headquarters on Wednesday, resolved to pursue Operation Azm-e-Istehkam "with full force", the
ISPR said. The forum was told that {{Rs 60 billion}} had been earmarked for the operation in the
{{2025-26}} budget, and that attacks in Khyber Pakhtunkhwa had risen by {{20%}} since
{{2023}}. The conference lasted {{five hours}} and ended with prayers for those killed since
{{2001}}.
""",
)

item(
    "CRPF marks raising day in Neemuch",
    """
NEEMUCH, India - The Central Reserve Police Force marked its {{86th}} Raising Day on
{{July 27}} at the town in Madhya Pradesh where it was founded in {{1939}}. The force's director
general said families of personnel killed in action would receive {{Rs 1 crore}} in ex gratia,
up from {{Rs 35 lakh}}. The CoBRA commando units, set up in {{2008}}, train recruits for
{{45 weeks}}, and the {{204 CoBRA}} battalion received the President's colour. The ceremony
began at {{8 a.m.}} and ended with a flypast.
""",
)
