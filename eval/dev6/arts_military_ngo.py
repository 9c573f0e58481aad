"""dev6 items: military and police communiques (ISPR, Sahel armies, Colombian army,
regional governors and military administrations), then NGO and UN agency press releases and a
Security Council briefing excerpt (MSF, ICRC, IRC, Save the Children, Amnesty, HRW, UNICEF, WFP,
OHCHR, UNHCR) and rescues, interceptions and shipwrecks at sea.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- military and police communiques

F(
    "ISPR: intelligence-based operation in North Waziristan",
    "According to the Inter Services Public Relations (ISPR), security forces conducted an intelligence-based operation in the Datta Khel area on the night of {{12/13 March}}, during which [[11 khwarij|killed;a=the Inter Services Public Relations (ISPR)]] were sent to hell and [[four|arrested;a=the Inter Services Public Relations (ISPR)]] were apprehended. "
    "[[Two soldiers|killed;a=the ISPR;alt=the Inter Services Public Relations (ISPR)]] embraced shahadat during the exchange of fire, the ISPR added. "
    "Weapons and ammunition were also recovered.",
)

F(
    "Burkina Faso army communique on operations in the Boucle du Mouhoun",
    "The general staff of the armed forces reports that an offensive operation conducted from {{4 to 9 June}} in the Boucle du Mouhoun region enabled the neutralisation of [[more than 120 terrorists|killed;a=The general staff of the armed forces]]. "
    "[[Some 500 elements|combatants]] of the VDP and the army took part in the operation, which also led to the seizure of [[37 motorcycles|other]] and [[a dozen rifles|other]]. "
    "The general staff regrets the loss of [[seven soldiers|killed;a=The general staff;alt=The general staff of the armed forces]] and [[three VDP|killed;a=The general staff;alt=The general staff of the armed forces]].",
)

F(
    "Niger: defence ministry statement after Tahoua region ambush",
    "The Ministry of National Defence announces that a unit of the armed forces was ambushed on {{Tuesday}} near Tassia by [[several hundred terrorists|combatants;a=The Ministry of National Defence]] on motorcycles. "
    "The provisional toll is [[29 soldiers|killed]] killed and [[two|injured]] wounded on our side; on the enemy side, [[dozens of terrorists|killed]] were neutralised. "
    "A search and pursuit operation involving air assets and [[300 personnel|combatants]] is under way.",
)

F(
    "Colombian army press bulletin: operation against Clan del Golfo in Antioquia",
    "In a bulletin, the Seventh Division reported that its troops, with support from the Air Force, captured [[14 members|arrested;a=the Seventh Division]] of the Clan del Golfo and demobilised [[six minors|combatants;a=the Seventh Division]] who had been recruited by the group. "
    "[[Three criminals|killed;a=the division;alt=the Seventh Division]] died in combat, and [[42 rifles|other;a=the division;alt=the Seventh Division]], [[9,600 cartridges|other;a=the division;alt=the Seventh Division]] and [[two boats|other;a=the division;alt=the Seventh Division]] were seized, the division said.",
)

F(
    "Police spokesperson: suspects arrested after Nairobi protest violence",
    "National Police Service spokesperson Muchiri Nyaga told a news conference that [[485 suspects|arrested;a=National Police Service spokesperson Muchiri Nyaga]] had been arrested in connection with looting and arson during {{Tuesday}}'s protests, and that [[at least 64 police officers|injured;a=National Police Service spokesperson Muchiri Nyaga]] had been hurt. "
    "He said [[over 10,000 officers|combatants;a=National Police Service spokesperson Muchiri Nyaga]] would remain deployed in Nairobi through the weekend. "
    "The Independent Policing Oversight Authority said it was investigating [[16 deaths|killed;a=The Independent Policing Oversight Authority]].",
)

F(
    "Belgorod governor on Telegram: shelling of Shebekino",
    "Belgorod region governor Vyacheslav Gladkov wrote on Telegram that [[two civilians|killed;a=Belgorod region governor Vyacheslav Gladkov]] were killed and [[11|injured;a=Belgorod region governor Vyacheslav Gladkov]] wounded in the shelling of Shebekino overnight. "
    "[[Twenty-three private houses|housing;a=Belgorod region governor Vyacheslav Gladkov]] and [[nine cars|other;a=Belgorod region governor Vyacheslav Gladkov]] were damaged, he wrote. "
    "In a later post, Gladkov said [[about 2,500 residents|displaced;a=Gladkov]] had been moved to temporary accommodation centres in Belgorod and Stary Oskol.",
)

F(
    "Kharkiv regional military administration: morning summary",
    "Over the past day, the enemy shelled [[17 localities|other;a=Oleh Syniehubov;alt=the head of the regional military administration]] of the Kharkiv region, the head of the regional military administration, Oleh Syniehubov, reported. "
    "A {{67-year-old}} man was killed in Kupiansk, and [[six people|injured;a=Oleh Syniehubov]], including a child, were injured, he said. "
    "Since {{August}}, [[1,874 people|displaced;a=the regional military administration]] including [[412 children|displaced;a=the regional military administration]] have been evacuated from the Kupiansk district, according to the regional military administration.",
)

F(
    "Nigerian Army: troops rescue abducted students in Kaduna",
    "The Director of Army Public Relations said troops of Operation Whirl Punch had rescued [[137 abducted students|kidnapped;a=The Director of Army Public Relations]] and [[one staff member|kidnapped;a=The Director of Army Public Relations]] of LEA Primary and Secondary School, Kuriga, in a forest in Zamfara state. "
    "He said the operation, which involved [[over 1,200 troops|combatants;a=The Director of Army Public Relations]], was conducted in collaboration with the Department of State Services. "
    "Parents had earlier said [[287 pupils|kidnapped;a=Parents]] were taken, a figure the state government later revised.",
)

F(
    "Philippines: AFP Western Mindanao Command on Abu Sayyaf surrenders",
    "The Western Mindanao Command said [[23 Abu Sayyaf members|combatants;a=The Western Mindanao Command]] surrendered to the 11th Infantry Division in Sulu with [[19 high-powered firearms|other;a=The Western Mindanao Command]] on {{Thursday}}. "
    "This brings to [[over 900|combatants;a=the command;alt=The Western Mindanao Command]] the number of former Abu Sayyaf fighters who have surrendered since {{2016}}, the command said. "
    "It estimates that [[fewer than 20 members|combatants;a=The Western Mindanao Command]] of the group remain active in the province.",
    ["11th Infantry Division"],
)

# ---------------------------------------------------------------- NGO press releases

F(
    "MSF press release: mass casualty influx at Nasser Hospital",
    "Médecins Sans Frontières (MSF) teams at Nasser Hospital received [[74 wounded patients|injured]] within {{two hours}} of the strike, including [[22 children|injured]]. "
    "[[Nine|killed;a=MSF staff]] were dead on arrival, according to MSF staff. "
    "MSF has treated [[more than 1,300 people|injured]] for blast and burn injuries in the hospital since {{May}}.",
)

F(
    "ICRC: detention visits and family news in Ukraine-related armed conflict",
    "The ICRC said it had visited [[more than 3,500 prisoners of war|arrested;n=prisoners of war;a=The ICRC]] held by both parties since {{February 2022}} and had facilitated the exchange of [[over 6,000 messages|other;a=The ICRC;u=other]] between detainees and their families. "
    "Its Central Tracing Agency bureau has received requests concerning [[more than 23,000 persons|missing;a=the organisation;alt=The ICRC]] whose fate remains unknown, the organisation added.",
)

F(
    "IRC statement on the Zamzam camp attack",
    "The International Rescue Committee (IRC) condemns the attack on Zamzam camp, where its mobile health units had been serving [[about 400,000 displaced people|displaced;a=The International Rescue Committee (IRC)]]. "
    "[[Nine IRC staff members|killed]] were killed along with [[an estimated 100 civilians|killed]], while [[thousands of families|displaced]] fled on foot toward Tawila. "
    "The IRC is calling for safe passage for [[some 250,000 people|civilians;a=The IRC]] it believes remain trapped in the camp.",
)

F(
    "Save the Children: children crossing into Chad alone",
    "Save the Children said its teams at the Adre border had identified [[1,150 unaccompanied and separated children|displaced;a=Save the Children]] among new arrivals in {{three months}}, [[about 300|displaced;a=Save the Children]] of whom had walked for more than {{a week}}. "
    "The organisation has reunited [[418 children|other;a=The organisation;alt=Save the Children]] with family members so far, it said.",
)

F(
    "Amnesty International: findings on detention after the 2022 protests",
    "Amnesty International has documented the cases of [[45 protesters|arrested;a=Amnesty International]] subjected to torture in detention, among them [[12 children|arrested;a=Amnesty International]]. "
    "The organisation estimates that [[more than 22,000 people|arrested;a=The organisation;alt=Amnesty International]] were arrested in the crackdown and that [[at least 25 people|arrested;a=The organisation;alt=Amnesty International]] have been sentenced to death.",
)

F(
    "HRW report summary: expulsions from Western Tigray",
    "Human Rights Watch found that Amhara security forces and militias expelled [[tens of thousands of Tigrayans|displaced;a=Human Rights Watch]] from Western Tigray through killings, mass detention and forced transfers. "
    "Researchers interviewed [[more than 400 people|other]] and identified [[at least 60 people|killed;a=Researchers]] killed at the Tekeze river bridge. "
    "[[Thousands of Tigrayans|arrested;a=the report]] were held in overcrowded detention sites, the report says.",
)

F(
    "Security Council briefing excerpt: OCHA on Gaza evacuation orders",
    "The Assistant Secretary-General told the Council that Israeli evacuation orders now cover some {{86 per cent}} of Gaza. "
    "She said [[about 1.9 million people|displaced;a=The Assistant Secretary-General]] had been displaced, many of them repeatedly, and that [[fewer than 60 trucks a day|aid;a=The Assistant Secretary-General]] were entering, against a need of [[500|aid;p;u=other;a=The Assistant Secretary-General]]. "
    "Since the last briefing, [[17 aid workers|killed]] have been killed.",
)

F(
    "UNICEF statement: children killed and maimed in eastern DRC",
    "UNICEF said it had verified [[more than 1,500 grave violations|other;a=UNICEF;u=other]] against children in North Kivu in the first half of the year, including the recruitment of [[about 300 children|combatants;a=UNICEF]] by armed groups and the abduction of [[213|kidnapped;a=UNICEF]]. "
    "The agency is supporting [[2,700 children|aid]] released from armed groups.",
)

F(
    "WFP: food distributions in Tigray resume",
    "WFP said it had reached [[1.2 million beneficiaries|aid;a=WFP]] in Tigray in the latest distribution cycle, delivering food through [[412 trucks|aid;a=WFP]]. "
    "The agency plans to scale up to [[2.4 million people a month|aid;p;a=The agency;alt=WFP]] once fuel stocks allow.",
)

F(
    "OHCHR: verified civilian casualties in Ukraine, monthly update",
    "The UN Human Rights Monitoring Mission in Ukraine verified [[164 civilian deaths|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] and [[1,017 injured|injured;a=The UN Human Rights Monitoring Mission in Ukraine]] in {{April}}, the highest monthly total since {{September 2022}}. "
    "The Mission believes the actual figures are considerably higher, as information from some locations is still being corroborated. "
    "Since {{24 February 2022}}, it has verified [[12,910 civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] killed.",
)

F(
    "UNHCR Poland-Ukraine border: arrivals and onward movement",
    "Polish border guards recorded [[28,300 arrivals|displaced;a=Polish border guards]] from Ukraine on {{Monday}}, while [[about 19,000 people|returned;a=Polish border guards]] crossed in the other direction. "
    "UNHCR said [[some 960,000 refugees|displaced;a=UNHCR]] from Ukraine had registered for temporary protection in Poland.",
)

F(
    "Mediterranean: Ocean Viking rescue and disembarkation",
    "SOS Mediterranee said the Ocean Viking had rescued [[234 people|other;a=SOS Mediterranee]] in three operations in the central Mediterranean, including [[57 unaccompanied minors|other;a=SOS Mediterranee]]. "
    "The Italian authorities assigned the port of Ancona, {{more than 1,500 kilometres}} away. "
    "Survivors reported that [[at least eight people|missing;a=Survivors]] had fallen overboard.",
)

F(
    "Libyan coast guard interceptions: IOM weekly figures",
    "From {{1 to 7 June}}, [[1,104 migrants|other;a=IOM]] were intercepted at sea and returned to Libya, according to IOM. "
    "Since the beginning of the year, [[10,592 migrants|other]] have been intercepted and [[593|killed]] have died on the Central Mediterranean route, while [[840|missing]] remain missing.",
)

F(
    "Greek coast guard: search after shipwreck off Pylos",
    "The Hellenic Coast Guard said [[104 survivors|other;a=The Hellenic Coast Guard]] had been rescued and [[78 bodies|killed;a=The Hellenic Coast Guard]] recovered after the fishing boat capsized. "
    "Survivors told UNHCR that [[as many as 750 people|other;a=Survivors]] had been on board. "
    "[[Nine Egyptian men|arrested;a=police]] were arrested on suspicion of people smuggling, police said.",
)
