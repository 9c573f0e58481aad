"""dev226 items: the armies, police and intelligence services of the Sahel, the Lake Chad basin,
Somalia, Kenya, Mozambique, Cameroon, Benin, DR Congo and Uganda, as the wires and the national
press relay their communiqués (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Burkina army says over 100 'terrorists' neutralised after attack",
    """
OUAGADOUGOU (AFP) - Burkina Faso's army said on Monday it had "neutralised"
[[more than 100 terrorists|killed;a=Burkina Faso's army]] after jihadists attacked a military
detachment in the northern town of Mansila on Sunday. The assailants, who numbered
[[several hundred|combatants;a=the general staff]] and came on
[[dozens of motorcycles|other;a=the general staff]], were repelled after
{{five hours}} of fighting, the general staff said in a statement. A security source told AFP that
[[between 15 and 20 soldiers and auxiliaries|killed;a=A security source;n=soldiers and auxiliaries]]
of the Volunteers for the Defence of the Homeland had been killed and
[[about 30|injured;a=A security source]] wounded. Mansila and the surrounding district are home
to [[about 45,000 people|civilians;a=OCHA;alt=the UN's humanitarian office]], many of them already displaced, according
to the UN's humanitarian office, OCHA. JNIM, the al-Qaeda-linked group, said in a message on its
Az-Zallaqa outlet that it had killed [[more than 200 soldiers|killed;a=JNIM]]. Burkina Faso has
been ruled by the military since {{2022}}, when the army seized power twice.
""",
)

item(
    "FAMa says 23 terrorists killed in Boni and Hombori operations",
    """
BAMAKO - Mali's armed forces said on Friday they had killed
[[23 terrorists|killed;a=Mali's armed forces]] and arrested
[[11 suspects|arrested;a=Mali's armed forces]] in operations in the Boni and Hombori areas of the
Mopti region. In a communiqué read on state television ORTM, the general staff said troops also
seized [[14 motorcycles|other;a=the general staff]] and
[[nine assault rifles|other;a=the general staff]] and destroyed a logistics base. It said
[[one soldier|killed;a=the general staff]] was killed and [[four|injured;a=the general staff]]
wounded when their vehicle hit an improvised explosive device near Hombori. The communiqué did
not mention civilians. A local association of Fulani herders said
[[at least 16 villagers|killed;a=A local association of Fulani herders]] were killed by soldiers
and Russian paramilitaries during the operation and that
[[about 2,000 people|displaced;a=A local association of Fulani herders]] had fled towards the
border with Burkina Faso. The army has denied similar accusations since the Moura killings of
{{March 2022}}.
""",
)

item(
    "Somali forces say more than 70 al-Shabaab fighters killed",
    """
MOGADISHU - Somali government forces backed by clan militias killed
[[more than 70 al-Shabaab fighters|killed;a=the Ministry of Information]], including
[[a dozen commanders|killed;a=the Ministry of Information]], in an offensive in the Middle
Shabelle region, the Ministry of Information said on Sunday. Deputy Information Minister Hassan
Abdi Warsame said the army had retaken [[seven villages|other;a=Deputy Information Minister Hassan Abdi Warsame]]
along the Shabelle river and lost [[five soldiers|killed;a=Deputy Information Minister Hassan Abdi Warsame]],
with [[nine|injured;a=Deputy Information Minister Hassan Abdi Warsame]] wounded. The offensive
involves [[around 3,000 soldiers and clan fighters|combatants;n=soldiers and clan fighters]] and
is the largest since the {{2022}} campaign in Hiran. The US Africa Command said it had carried out
[[two airstrikes|other;a=The US Africa Command;u=other]] near Adan Yabaal in support of the
operation, killing [[an estimated 13 militants|killed;a=The US Africa Command]]. Al-Shabaab's
Radio Andalus said the group's fighters had killed
[[dozens of government soldiers|killed;a=Al-Shabaab's Radio Andalus]].
""",
)

item(
    "Rwandan troops kill 18 insurgents near Mocimboa da Praia",
    """
MAPUTO (Reuters) - Rwandan and Mozambican troops killed
[[18 insurgents|killed;a=Rwanda's defence force]] in clashes near Mocimboa da Praia in Cabo
Delgado province, Rwanda's defence force said on Tuesday. Colonel Innocent Mugisha, a Rwandan
army spokesman, said troops also freed [[nine women|kidnapped;a=Colonel Innocent Mugisha]] held by
the militants as "wives". Rwanda has
[[about 4,000 soldiers and police|combatants;n=soldiers and police]] in the province under a
bilateral deal signed in {{2021}}. The insurgents, known locally as al-Shabaab but unrelated to
the Somali group, have killed [[more than 6,000 people|killed;a=the Armed Conflict Location and Event Data project]]
since {{2017}}, according to the Armed Conflict Location and Event Data project. Mozambique's
government says [[more than 600,000|returned;a=Mozambique's government]] of the
[[1 million people|displaced;a=Mozambique's government]] uprooted by the conflict have gone back
home. The International Organization for Migration counted
[[about 580,000 people|displaced;a=The International Organization for Migration]] still displaced
in the north in {{June}}.
""",
)

item(
    "KDF kills six militants in Boni forest raid",
    """
LAMU, Kenya - Kenyan troops killed [[six suspected al-Shabaab militants|killed;a=the Kenya Defence Forces (KDF)]]
in a raid on a hideout in the Boni forest, the Kenya Defence Forces (KDF) said in a statement on
Saturday. The statement said soldiers recovered
[[four AK-47 rifles|other;a=The statement;alt=the Kenya Defence Forces (KDF);v=4]],
[[a dozen magazines|other;a=The statement;alt=the Kenya Defence Forces (KDF)]] and bomb-making
materials. {{Two days}} earlier, [[eight police officers|killed;a=police]] were killed when their
vehicle struck a roadside bomb on the Mpeketoni-Kiunga road, police said. The interior ministry
said the government would send
[[an additional 1,000 officers|combatants;p;a=The interior ministry]] of the
General Service Unit to the county. The county commissioner said
[[about 2,500 residents|displaced;a=The county commissioner]] who fled the area in {{2023}} had yet
to return. A dusk-to-dawn curfew covering the coastal strip affects
[[some 30,000 residents|civilians;a=local leaders]], local leaders say.
""",
)

item(
    "Congolese and Ugandan troops free 42 ADF hostages",
    """
BENI, DR Congo - Congolese and Ugandan troops freed
[[42 hostages|kidnapped;a=the Congolese army]] held by the Allied Democratic Forces in the
Mwalika forest, the Congolese army said on Thursday. Lieutenant Marc Kasongo, the army's
spokesman in Beni, said
[[between 40 and 50 ADF fighters|killed;a=Lieutenant Marc Kasongo;alt=the army's spokesman in Beni]] were killed and
[[seven|arrested;a=Lieutenant Marc Kasongo;alt=the army's spokesman in Beni]] captured during the {{three-day}} operation. He
said [[as many as 60 other captives|kidnapped;a=Lieutenant Marc Kasongo;alt=the army's spokesman in Beni]] might still be held
deeper in the forest. The Uganda People's Defence Forces said in a separate statement that its
soldiers had seized [[over 1,200 rounds|other;a=The Uganda People's Defence Forces]] of ammunition.
Civil society groups in Beni said the ADF had killed
[[at least 38 civilians|killed;a=Civil society groups in Beni]] in machete attacks in Mamove the
week before. MONUSCO, the UN peacekeeping mission, says
[[more than 1.1 million people|displaced;a=MONUSCO]] are displaced in Beni and Lubero
territories.
""",
)

item(
    "Cameroon army says seven separatists killed, priests freed",
    """
BAMENDA, Cameroon - Cameroon's army said on Wednesday it had killed
[[seven separatist fighters|killed;a=Cameroon's army]], including a self-styled "general", in a
raid on a camp in Bui division of the North-West region. Army spokesman Captain Emmanuel Nkwelle
said troops freed [[a dozen hostages|kidnapped;a=Army spokesman Captain Emmanuel Nkwelle]],
among them [[two Catholic priests|kidnapped;a=Army spokesman Captain Emmanuel Nkwelle]], and
that [[four soldiers|injured;a=Army spokesman Captain Emmanuel Nkwelle]] were wounded.
Residents said the separatists set fire to [[about 40 homes|housing;a=Residents]] in Kumbo in
reprisal the next day. The International Crisis Group estimates that the conflict, which began
in {{2017}}, has killed [[more than 6,000 people|killed;a=The International Crisis Group]] and
driven [[over 600,000|displaced;a=The International Crisis Group]] from their homes. Schools in
Bui have been closed for much of the past {{seven years}}.
""",
)

item(
    "Niger's weekly bulletin: 57 terrorists neutralised",
    """
NIAMEY - Niger's armed forces "neutralised" [[57 terrorists|killed;a=Niger's defence ministry]]
and arrested [[43 suspects|arrested;a=Niger's defence ministry]] in the week of {{July 20-26}},
Niger's defence ministry said in its weekly operational bulletin. The bulletin said
[[five soldiers|killed;a=The bulletin;alt=Niger's defence ministry]] were killed and
[[11|injured;a=The bulletin;alt=Niger's defence ministry]] wounded in
[[four attacks|other;a=The bulletin;alt=Niger's defence ministry;u=other]] in the Tillaberi
region. Troops seized [[32 motorcycles|other]] and [[1,200 rounds|other]] of ammunition and
destroyed [[three fuel depots|housing;u=structure]] used by armed groups near the Malian border.
The ministry said [[1,476 people|returned;a=The ministry;alt=Niger's defence ministry]] displaced
by violence had gone back to their villages in the Anzourou area under army escort. The army has
published the bulletins every week since the coup of {{July 26, 2023}}.
""",
)

item(
    "Chad says 96 Boko Haram fighters killed on lake islands",
    """
N'DJAMENA - Chad's army said on Sunday it had killed
[[96 Boko Haram fighters|killed;a=Chad's army]] in {{two weeks}} of operations on islands in
the Lake Chad basin. Army spokesman General Mahamat Abakar Hassan said on state television that
[[eleven soldiers|killed;a=Army spokesman General Mahamat Abakar Hassan]] had been killed and
[[14|injured;a=Army spokesman General Mahamat Abakar Hassan]] wounded. He said
[[some 2,000 civilians|civilians;a=Army spokesman General Mahamat Abakar Hassan]] were still
living on the islands and urged them to leave before the next phase of the operation.
[[Between 300 and 400 people|displaced]] have already been moved to the town of Bol. The UN
refugee agency says Lac province hosts
[[more than 250,000 internally displaced people|displaced;a=The UN refugee agency]].
""",
)

item(
    "Army-escorted convoy reaches besieged Djibo",
    """
OUAGADOUGOU - A convoy of [[more than 150 trucks|aid;a=the army]] escorted by troops reached the
besieged northern town of Djibo on Thursday, the army said, bringing
[[2,300 tonnes|aid;a=the army]] of food, fuel and medicines. The convoy was attacked twice on the
road from Kaya, and [[nine soldiers|killed;a=the army]] and
[[three VDP volunteers|killed;a=the army]] were killed, the army said in a second statement that
put the number of assailants "neutralised" at [[about 50|killed;a=the army]]. Djibo's
[[roughly 270,000 residents|civilians;a=OCHA]], most of them displaced from surrounding villages,
have been cut off by a jihadist blockade since {{2022}}, according to OCHA. The World Food
Programme has flown in [[1,200 tonnes|aid]] of food by helicopter this year. Prices of millet in
the town have risen by {{150%}}, traders say.
""",
)

item(
    "Puntland forces kill 23 IS militants, capture foreign fighters",
    """
BOSASO, Somalia - Puntland security forces said on Monday they had killed
[[23 Islamic State militants|killed;a=Puntland security forces]] and captured
[[nine foreign fighters|arrested;a=Puntland security forces]] in the Cal Miskaad mountains. The
region's information minister said [[14 foreign fighters|returned;a=The region's information minister]]
captured earlier in the offensive had already been deported to Ethiopia and Tanzania, and that
[[about 40 militants|other;a=The region's information minister]] had surrendered since the
operation began in {{December}}. Puntland, which says it has deployed
[[up to 3,000 troops|combatants;a=Puntland]] in the mountains, lost
[[seven soldiers|killed]] in a suicide car bombing last week. US forces have carried out
[[at least five airstrikes|other;u=other]] against the group in the area this year.
""",
)

item(
    "Uganda's army says 32 ADF rebels killed in eastern Congo",
    """
KAMPALA - Uganda's army said on Friday its troops fighting the Allied Democratic Forces in
eastern Congo had killed [[32 rebels|killed;a=Uganda's army]], rescued
[[17 captives|kidnapped;a=Uganda's army]] and destroyed [[26 camps|housing;a=Uganda's army]].
Army spokesman Brigadier General Peter Ssemanda said the joint operation with Congolese forces,
launched in {{November 2021}}, had so far killed
[[more than 700 ADF fighters|killed;a=Army spokesman Brigadier General Peter Ssemanda]]. He said
[[11 collaborators|arrested;a=Army spokesman Brigadier General Peter Ssemanda]] had been handed
over to Congolese authorities. Uganda has [[about 4,000 soldiers|combatants;a=a defence official]] in North Kivu and
Ituri and plans to send [[another 1,000|combatants;p;a=a defence official]] this year, according to a defence
official.
""",
)

item(
    "Benin says 28 soldiers killed in attack near Niger border",
    """
COTONOU - Benin's army said [[28 soldiers|killed;a=Benin's army]] were killed on Wednesday when
jihadists attacked military positions near the borders with Niger and Burkina Faso. Government
spokesman Alain Sossou said [[about 40 assailants|killed;a=Government spokesman Alain Sossou]]
died in the fighting and [[as many as 15 soldiers|injured;a=Government spokesman Alain Sossou]]
were wounded. The army, which sent [[some 3,000 troops|combatants]] to the north under Operation
Mirador in {{2022}}, said it would recruit [[5,000 more soldiers|combatants;p;a=The army]] to
reinforce it. JNIM claimed the attack in a statement and said it had killed
[[more than 70 soldiers|killed;a=JNIM]].
""",
)

item(
    "Mozambique police arrest 16 suspected insurgents in Palma",
    """
PEMBA, Mozambique - Mozambique's police said on Thursday they had arrested
[[16 suspected insurgents|arrested;a=Mozambique's police]] in Palma district and recovered
[[11 AK-47 rifles|other;a=Mozambique's police]]. Inspector Joao Massinga, the police spokesman in
Cabo Delgado, said [[two police officers|killed;a=Inspector Joao Massinga;alt=the police spokesman in Cabo Delgado]] were killed in an
ambush before the arrests. The arrests came as [[about 1,500 people|returned;a=district officials]] went back to Palma
in the past month, according to district officials. The government has built
[[three resettlement centres|capacity;u=structure]] in Metuge, each designed for
[[about 2,000 families|capacity]]. The World Food Programme said it would distribute rations to
[[90,000 people|aid;p;a=The World Food Programme]] in the district until {{March}}.
""",
)

item(
    "Somali intelligence says car bomb plot foiled in Mogadishu",
    """
MOGADISHU - Somalia's National Intelligence and Security Agency said on Tuesday it had foiled a
planned car bomb attack and arrested
[[six al-Shabaab operatives|arrested;a=Somalia's National Intelligence and Security Agency]] in
the capital. The agency said its officers seized
[[two vehicles|other;a=The agency;alt=Somalia's National Intelligence and Security Agency]] packed
with explosives and [[14 mobile phones|other;a=The agency;alt=Somalia's National Intelligence and Security Agency;u=other]].
Police spokesman Major Ahmed Nur Farah said
[[more than 1,800 police and soldiers|combatants;a=Police spokesman Major Ahmed Nur Farah;n=police and soldiers]]
had been deployed across Mogadishu ahead of independence day celebrations on {{July 1}}.
Al-Shabaab car bombs have killed [[hundreds of people|killed]] in the city, among them
[[at least 587|killed]] in the truck bombing at the Zobe junction on {{October 14, 2017}}.
""",
)

item(
    "Burkina extends general mobilisation for another year",
    """
OUAGADOUGOU - Burkina Faso's military government has extended the "general mobilisation" decreed
on {{April 13, 2023}} by {{12 months}}, allowing the army to requisition men aged {{18}} and over
as well as vehicles and property. The decree, adopted by the council of ministers on
Wednesday, takes effect on {{April 19}}. Defence spending will rise to {{30%}} of the budget in
{{2025}}, or about {{1,000 billion CFA francs}}, the finance minister said. The VDP auxiliary
force, created in {{January 2020}}, recruits for {{two-year}} terms.
""",
)

item(
    "Kenya extends Lamu curfew for 90 days",
    """
NAIROBI - Kenya's interior ministry on Friday extended a dusk-to-dawn curfew in parts of Lamu
county for another {{90 days}}, the {{fourth}} extension since the current security operation
began in {{2020}}. The curfew runs from {{6.30 p.m.}} to {{5.30 a.m.}} in the areas bordering the
Boni forest and applies to boats on the sea channel. The ministry said the measure was needed
because of attacks by al-Shabaab, which it blamed for a bombing on {{January 4}}. Operation Amani
Boni, launched in {{September 2015}}, has cost more than {{5 billion shillings}}, according to a
{{2023}} parliamentary report.
""",
)
