"""Niger after the coup of July 2023: Tillabéri's ambushes and massacres, refugees and the
displaced, the closed Benin border, mobilisation, kidnapped foreigners, political detainees,
closed schools, Téra's blockade and the departure of Western troops (16 texts, 2 with no
figure)."""

from _wrap import item

item(
    "Niger says 29 soldiers killed in ambush near Mali border",
    """
[[Twenty-nine soldiers|killed;a=Niger's defence ministry]] were killed when their unit was
attacked near Tabatol, in the Tillabéri region close to the Malian border, on {{October 2,
2023}}, Niger's defence ministry said. The ministry said the attackers used improvised
explosives and kamikaze drones, and that [[two soldiers|injured;a=The ministry;alt=Niger's
defence ministry]] were wounded. It said [[dozens of terrorists|killed;a=Niger's defence
ministry]] had been neutralised in the fighting. Six weeks earlier [[17 soldiers|killed;a=an
earlier ministry statement]] were killed near Koutougou and [[20|injured;a=an earlier ministry
statement]] wounded, according to an earlier ministry statement. The army has [[about 1,500
troops|combatants]] in the area where Niger, Mali and Burkina Faso meet.
""",
)

item(
    "Gunmen kill 44 worshippers at mosque in western Niger",
    """
Gunmen from Islamic State Sahel killed [[44 civilians|killed;a=Niger's interior ministry]] and
wounded [[13|injured;a=Niger's interior ministry]] during Friday prayers at a mosque in Fambita,
in the Kokorou area of Tillabéri, on {{March 21, 2025}}, Niger's interior ministry said. The
attackers also set fire to [[about 30 houses|housing]] and the village market. Residents said
the gunmen took away [[two imams|kidnapped;a=Residents]]. [[More than 1,000
residents|displaced;a=a local official]] fled to Téra, a local official said. The government
declared {{72 hours}} of national mourning. Islamic State Sahel has [[an estimated 2,000 to
3,000 fighters|combatants;a=UN monitors]] in the border area, according to UN monitors.
""",
)

item(
    "Niger hosts close to a million refugees and displaced, UNHCR says",
    """
Niger hosted [[more than 420,000 refugees and asylum seekers|displaced;a=UNHCR;n=refugees and
asylum seekers]] and [[about 507,000 internally displaced people|displaced;a=UNHCR]] at the end
of {{2024}}, UNHCR said. In the Tillabéri region, [[some 45,000 people|displaced;a=OCHA]] were
newly displaced in the first half of the year, according to OCHA. Malian refugees at the Ouallam
site, which was built for [[10,000 people|capacity]], now number [[more than 18,000|displaced]].
The agency's {{2025}} appeal for Niger is only {{18%}} funded, it said. The government says
[[3,500 households|returned;a=The government]] went back to villages around Ayorou under army
protection last year. OCHA warned that [[up to 60,000 more people|displaced;p;a=OCHA]] could be displaced in Tillabéri by the end of the year.
""",
)

item(
    "Aid trucks stranded as Niger keeps Benin border shut",
    """
[[More than 400 trucks|aid;a=the World Food Programme]] carrying humanitarian supplies were stuck
on the Benin side of the border, the World Food Programme said on {{October 18, 2023}}, after
Niger's junta refused to reopen the crossing at Malanville. The agency said [[about 6,000
tonnes|aid;a=The agency;alt=the World Food Programme]] of its food was held up in Benin and
Togo. UNICEF said [[1.5 million doses|aid;a=UNICEF]] of vaccines and [[some 30,000
cartons|aid;a=UNICEF]] of therapeutic food could not be delivered. Drivers said they had been
waiting for nine weeks. OCHA estimated that [[4.3 million people|civilians;a=OCHA]] in Niger
needed humanitarian assistance. In December, [[about 150 trucks|aid]] reached Niamey by a
longer route through Burkina Faso.
""",
)

item(
    "Niger's junta orders general mobilisation and plans a bigger army",
    """
Niger's military government ordered a general mobilisation in {{June 2025}}, allowing it to
requisition people, goods and services to fight jihadist groups. General Salifou Mody, the
defence minister, said the army, which now numbers [[about 33,000 soldiers|combatants;a=General
Salifou Mody]], would reach [[50,000|combatants;p;a=General Salifou Mody]] by {{2030}}. [[About
1,000 recruits|combatants]] graduated from the Tondibiah training centre in April. The
government also plans to recruit [[6,000 young people|combatants;p]] aged {{18 to 35}} into a
new civilian defence corps. Rights groups said [[at least five journalists and
activists|arrested;a=Rights groups;n=journalists and activists]] had been detained under the
decree. Niger lost [[more than 250 soldiers|killed;a=ACLED]] in the first half of {{2025}},
ACLED data show.
""",
)

item(
    "Indian workers killed in attack on Niger construction site",
    """
Gunmen attacked a construction site near Dosso, in south-western Niger, on {{July 15, 2025}},
killing [[two Indian workers|killed;a=India's embassy in Niamey]] and [[about a dozen
soldiers|killed;a=India's embassy in Niamey]] guarding them, India's embassy in Niamey said. An
Indian engineer was abducted. Since the start of the year jihadists have kidnapped [[at least
five foreigners|kidnapped]] in Niger, among them an Austrian woman in Agadez and a Swiss woman.
Security sources said [[two Chinese oil workers|kidnapped;a=Security sources]] were seized near
Agadem in September. Niger's government said [[more than 20 suspects|arrested;a=Niger's
government]] had been arrested. The army said it had deployed [[300 additional
troops|combatants;a=The army]] to protect foreign-run projects.
""",
)

item(
    "Niger and Islamic State Sahel give rival tolls for Chatoumane attack",
    """
Niger's army said [[10 soldiers|killed;a=Niger's army]] were killed when jihadists attacked its
post at Chatoumane, near the border with Burkina Faso, on {{December 10, 2024}}, and that
[[dozens of terrorists|killed;a=Niger's army]] had been neutralised. Islamic State Sahel said it
had killed [[more than 90 soldiers|killed;a=Islamic State Sahel]]. Security sources told AFP
that [[39 soldiers|killed;a=Security sources]] had died. Residents of Téra said [[at least 15
wounded soldiers|injured;a=Residents of Téra]] were brought to the town's hospital. A local
official said [[two soldiers|missing;a=A local official]] remained unaccounted for. The
government later suspended the BBC for three months over its reporting of the attack.
""",
)

item(
    "Niger's junta holds hundreds of political detainees, rights groups say",
    """
Niger's military authorities are holding [[at least 30 former ministers and
officials|arrested;a=Amnesty International;n=ministers and officials]] as well as deposed
president Mohamed Bazoum, {{65}}, who has been detained with his wife since {{July 26, 2023}},
Amnesty International said. Lawyers said [[several hundred people|arrested;a=Lawyers]] had been
held by the military's counter-terrorism unit since the coup, many without charge. Reporters
Without Borders said [[four journalists|arrested;a=Reporters Without Borders]] were arrested in
{{January 2024}}. In {{April 2025}} the junta freed [[more than 50 detainees|arrested]], among
them former ministers. Amnesty said [[about 40 soldiers|arrested;a=Amnesty]] accused of plotting
a coup were also being held. The justice ministry said [[12 people|arrested;a=The justice
ministry]] would be tried for undermining state security. A civil society coalition said [[as many as 1,500 people|arrested;a=A civil society coalition]] had passed through military detention since the coup.
""",
)

item(
    "Nearly 1,000 schools closed in western Niger as attacks spread",
    """
[[Nearly 1,000 schools|other;a=the education ministry]] were closed in Niger's Tillabéri region
at the start of the school year in {{October 2024}}, leaving [[about 90,000
children|civilians;a=the education ministry]] without classes, the education ministry said.
UNICEF said [[eight teachers|killed;a=UNICEF]] had been killed and [[14|kidnapped;a=UNICEF]]
abducted in the region since {{2022}}. In Torodi, gunmen burned [[three classrooms|housing]] in
September. The ministry plans to open [[120 temporary classrooms|other;p;a=The ministry;alt=the
education ministry]] in sites for displaced families. [[Some 25,000 displaced
children|displaced]] live in those sites.
""",
)

item(
    "Displaced families return to villages near Ayorou under army escort",
    """
[[About 1,200 families|returned;a=the regional governor]] have returned to [[17
villages|other;a=the regional governor]] around Ayorou since the army set up new posts along the
river in March, the regional governor said. The WFP said it had given [[about 8,000
returnees|aid;a=The WFP]] food rations for three months. Not everyone wants to go back: camp
leaders say [[some 4,000 people|displaced;a=camp leaders]] at the Ayorou site will stay until
the roads are safe. [[Eleven returnees|killed]] were killed in Inatès last year. UNHCR says
[[about 600 Malian refugees|returned;a=UNHCR]] went home from Niger in {{2024}}. The Red Cross said it was helping to rebuild [[about 300 homes|housing;a=The Red Cross]] destroyed in the villages.
""",
)

item(
    "Traders say jihadists are starving Téra as the road stays closed",
    """
The road linking Téra to Niamey has been cut by Islamic State Sahel fighters since {{2024}},
leaving [[some 40,000 residents|civilians;a=traders and local officials]] short of food and
fuel, traders and local officials said. The army escorts a convoy every two weeks.
Officials said [[two convoys|other;a=Officials]] had been ambushed in May, killing [[11
soldiers|killed;a=Officials]] and [[five drivers|killed;a=Officials]]. [[About 70
trucks|other]] of goods are waiting in Niamey for the next escort. The WFP said it had flown
[[85 tonnes|aid;a=The WFP]] of food into Téra since January. A bag of millet costs
{{35,000 CFA francs}} in the town, double the price in the capital. The town's hospital said [[between 150 and 200 children a month|civilians;a=The town's hospital]] were being admitted with acute malnutrition.
""",
)

item(
    "Niger army reports terrorists killed in Tillabéri sweep",
    """
Niger's army said on {{May 5, 2025}} that it had killed [[more than 100 terrorists|killed;a=Niger's
army]] and arrested [[34 suspects|arrested;a=Niger's army]] during a two-week operation in the
Tillabéri region. The army said it had seized [[53 motorcycles|other;a=The army]], [[12 assault
rifles|other;a=The army]] and a large quantity of ammunition. [[Four soldiers|killed;a=Niger's
army]] were killed and [[nine|injured;a=Niger's army]] wounded, it said. Soldiers also freed
[[seven hostages|kidnapped;a=the statement]] held in a camp near Makalondi, the statement said. Such tolls cannot
be independently verified.
""",
)

item(
    "Abala camp to be extended as Malians keep arriving",
    """
The Abala camp in Niger's Tillabéri region, which houses [[about 17,000 Malian
refugees|displaced;a=UNHCR]], is to be extended by a further [[2,000 places|capacity;p;a=UNHCR]],
UNHCR said. [[More than 3,000 refugees|displaced]] have arrived since January after army and
Africa Corps operations in Mali's Ménaka region. The agency plans to build [[500 transitional
shelters|capacity;p;a=The agency;alt=UNHCR]] and [[60 latrines|aid;p;a=The agency;alt=UNHCR]].
Refugee leaders said [[about 200 families|displaced;a=Refugee leaders]] were sleeping in the
open. A cholera outbreak in the camp in {{2024}} killed [[six people|killed]].
""",
)

item(
    "US troops complete withdrawal from Niger as Russians arrive",
    """
The United States completed the withdrawal of [[about 1,000 troops|combatants;a=the Pentagon]]
from Niger on {{August 5, 2024}}, the Pentagon said, handing over {{Air Base 201}} in Agadez,
built at a cost of {{$110 million}}. France had pulled out its [[1,500 soldiers|combatants]] by
{{December 2023}}. [[About 100 Russian military instructors|combatants;a=state television]]
arrived in Niamey in {{April 2024}} with an air defence system, state television reported.
Germany closed its air transport base in {{August 2024}}, bringing home [[some 60
personnel|combatants]]. Italy keeps [[about 300 soldiers|combatants;a=Italy's defence
ministry]] in the country, Italy's defence ministry said. The Pentagon said [[up to 20 US personnel|combatants;p;a=The Pentagon]] could remain to guard the embassy.
""",
)

item(
    "Tiani sworn in for five-year term under Niger's new charter",
    """
General Abdourahamane Tiani, {{64}}, was sworn in as president on {{March 26, 2025}} for a
renewable transition of five years, under a charter adopted after national consultations.
The charter dissolved political parties. Niger's economy grew by {{8.4%}} in {{2024}} thanks to
oil exports through the pipeline to Benin, the IMF said, forecasting {{6.6%}} for {{2025}}. The
pipeline, {{1,950 km}} long, cost {{$4.5 billion}}. Inflation slowed to {{3.2%}} in December.
""",
)

item(
    "Niger nationalises Orano's uranium mine",
    """
Niger's junta nationalised the Somaïr uranium mine in {{June 2025}}, ending more than {{50
years}} of French operation. Orano, which held {{63.4%}} of the company, said it had lost
operational control in {{December 2024}} and booked a {{€133 million}} impairment. Uranium spot
prices stood at about {{$78}} a pound. The government said it wanted to sell the mine's stock to
new buyers; Orano has filed for arbitration, claiming {{€300 million}}.
""",
)
