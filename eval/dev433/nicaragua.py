"""dev433 items: Nicaragua, 2018-2026 (the 2018 crackdown, the expulsions of 2023-2024, the
closures of NGOs, universities and outlets, citizenship stripped, exiles in Costa Rica)."""

from _wrap import item

item(
    "Nicaragua frees 222 political prisoners and flies them to Washington",
    """
MANAGUA, {{Feb 9}} (Reuters) - Nicaragua released [[222 political prisoners|arrested;a=the US
State Department]] on Thursday and put them on a chartered flight to Washington, the US State
Department said. Hours after the plane landed at Dulles airport, the National Assembly stripped
[[all 222|other;n=-]] of their Nicaraguan nationality in a unanimous vote, calling them
"traitors to the homeland." Among the freed were [[seven would-be presidential
candidates|arrested]] jailed before the {{2021}} election, along with students, journalists,
priests and former Sandinista guerrilla commanders. [[Two others|arrested;n=-;a=the State
Department]] on the list chose to stay in prison, according to the State Department. Bishop
Rolando Álvarez, who refused to board, was sentenced the next day to {{26 years and four
months}} for treason. The Mechanism for the Recognition of Political Prisoners said [[at least
37 political prisoners|arrested;a=The Mechanism for the Recognition of Political Prisoners]]
remained behind bars after the flight. A week later a Managua appeals court declared [[94 more
Nicaraguans|other]], among them the novelist Sergio Ramírez and the poet Gioconda Belli,
fugitives from justice and stripped them of their citizenship and property. The State
Department said [[about 40 relatives|displaced;p;a=The State Department]] of the freed prisoners
would be allowed to join them.
""",
)

item(
    "IACHR raises toll of Nicaragua's crisis to 325 dead",
    """
WASHINGTON - The Inter-American Commission on Human Rights said on Wednesday that [[325
people|killed;a=The Inter-American Commission on Human Rights]] had been killed in Nicaragua's
political crisis since {{April 18}}, including [[24 children and adolescents|killed;n=children
and adolescents;a=The Inter-American Commission on Human Rights]] and [[21 police
officers|killed;a=The Inter-American Commission on Human Rights]]. It also counted [[more than
2,000 people|injured;a=The Inter-American Commission on Human Rights]] wounded and [[more than
700|arrested;n=-;a=The Inter-American Commission on Human Rights]] detained and charged. The
government of Daniel Ortega disputes the figures and puts the toll at [[198|killed;n=-;a=The
government of Daniel Ortega]], blaming what it calls a failed coup. The Nicaraguan Association
for Human Rights, whose tally is the highest, has recorded [[448 deaths|killed;a=The
Nicaraguan Association for Human Rights]]. Witnesses in Masaya said [[about 300 hooded
gunmen|combatants;a=Witnesses]] took part in the operation that retook the city in July, backed
by riot police. The commission said it would send [[eight more investigators|other;p;a=The
commission;alt=Inter-American Commission on Human Rights]] to Managua before the end of the
year.
""",
)

item(
    "Five years on, Nicaraguan exiles still crowd Costa Rica's asylum system",
    """
SAN JOSÉ - [[More than 200,000 Nicaraguans|displaced;a=UNHCR]] have sought asylum in Costa
Rica since the {{2018}} crackdown, UNHCR said on Tuesday, a number equal to about {{3%}} of
Nicaragua's population. [[Another 30,000 or so|displaced;q=approx;n=-;a=the agency;alt=UNHCR]]
have moved on to Panama, Spain and the United States, the agency estimates. At a reception
centre in Upala, near the border, the [[120 beds|capacity]] are nearly always taken, and the canton, home to [[some 45,000
residents|civilians]], has watched its schools and clinics fill up. Officials expect [[between 1,000 and
1,500 new applicants a month|displaced;p;a=Officials]] this year. Last year
UNHCR and its partners gave monthly cash grants to [[about 9,400 families|aid]], most of them
headed by women. [[Some 4,800 refugees|returned;a=Costa Rican migration officials]] went back
to Nicaragua in {{2020}} after losing their jobs in the pandemic, Costa Rican migration officials
said. [[Dozens|arrested;n=-;a=Nicaragua Nunca Más]] of them were questioned or detained on
arrival, according to Nicaragua Nunca Más, a rights collective based in San José. Costa Rica
now grants refugee status in fewer than {{one in 10}} claims, and the wait for a first interview
can run to {{four years}}.
""",
)

item(
    "Nicaragua sends 135 prisoners to Guatemala in US-brokered release",
    """
GUATEMALA CITY, {{Sept 5}} (AP) - Nicaragua released [[135 political prisoners|arrested;a=the
White House]] on Thursday in a deal brokered by Washington, the White House said. They landed at
a Guatemalan air force base on a US-chartered plane, and Guatemala's government said it had
readied temporary housing for [[up to 150 people|capacity;a=Guatemala's government]]. Among
them were [[13 members|arrested]] of Mountain Gateway, a Texas-based evangelical group whose
pastors were jailed last year, and [[dozens of Catholic lay workers|arrested]]. On Friday
Nicaragua stripped [[all 135|other;n=-]] of their citizenship and ordered their property
seized. US officials said [[about 100|displaced;n=-;p;a=US officials]] were expected to apply
for humanitarian parole and resettle in the United States within {{three months}}. The
Mechanism for the Recognition of Political Prisoners says [[more than 150 people|arrested;a=The
Mechanism for the Recognition of Political Prisoners]] remain jailed for political reasons.
""",
)

item(
    "Nicaragua shuts 1,500 more groups in biggest single closure",
    """
MANAGUA - Nicaragua's interior ministry on Monday cancelled the legal status of [[1,500
non-profit groups|other;u=other]], among them sports federations, Rotary clubs and evangelical
charities, in the largest single closure since the {{2018}} protests. Their bank accounts and
buildings pass to the state under a decree published in the official gazette. The move brings
the number of organisations shut since {{2018}} to [[more than 5,000|other;u=other;n=-;a=Confidencial]],
according to Confidencial, an exiled news site that keeps a running tally. They include the
Nicaraguan Red Cross, the Jesuit-run Central American University and [[more than 30 other
universities|other;u=structure]]. Independent Journalists and Communicators of Nicaragua, a
press freedom group, says [[at least 54 media outlets|other;u=other;a=Independent Journalists
and Communicators of Nicaragua]] have been shut or driven abroad and that [[more than 280
journalists|displaced;a=Independent Journalists and Communicators of Nicaragua]] have left the
country. Police detained [[three reporters|arrested;a=the group;alt=Independent Journalists and
Communicators of Nicaragua]] in Matagalpa last month, the group said. [[Two of them|arrested;n=-]] are still in
custody.
""",
)

item(
    "Bishop Álvarez and 18 clergy freed, flown to the Vatican",
    """
ROME, {{Jan 14}} - Nicaragua freed Bishop Rolando Álvarez, Bishop Isidoro Mora, [[15
priests|arrested]] and [[two seminarians|arrested]] on Sunday and flew them to Rome after talks
with the Holy See. The Vatican said [[the 19|displaced;n=-;a=The Vatican]] were staying in
church guesthouses and would not be going back to Nicaragua. Álvarez, {{57}}, had spent more
than {{500 days}} in a cell in La Modelo prison. Martha Patricia Molina, an exiled lawyer who
tracks attacks on the church, says the government has expelled, banished or barred from
returning [[at least 245 priests, nuns and bishops|displaced;n=priests, nuns and
bishops;a=Martha Patricia Molina]] since {{2018}}. She has also counted [[more than 16,000
processions|other;u=other;a=Martha Patricia Molina]] banned by police. [[Four Catholic radio
stations|other;u=other]] and [[eight church-run television channels|other;u=other]] were taken
off the air in {{2022}} alone.
""",
)

item(
    "UN experts say 73 Nicaraguan detainees have been forcibly disappeared",
    """
GENEVA - The UN Group of Human Rights Experts on Nicaragua said on Tuesday that [[at least 73
people|missing;a=The UN Group of Human Rights Experts on Nicaragua]] detained for political
reasons had been forcibly disappeared, their families told nothing of where they are held.
[[At least nine people|killed;a=the experts;alt=UN Group of Human Rights Experts on
Nicaragua]] have died in state custody since {{2018}}, the experts said, among them a retired
army major whose body was handed over without an autopsy. The panel counted [[452
Nicaraguans|other;a=The panel;alt=UN Group of Human Rights Experts on Nicaragua]] stripped of
their nationality since {{February 2023}}. It also documented [[at least 40 citizens|displaced;a=The
UN Group of Human Rights Experts on Nicaragua]] who were turned back at the border or refused
boarding when they tried to fly home. Jan-Michael Simon, who chairs the group, told reporters
that the state had confiscated [[more than 700 homes and farms|housing;n=homes and
farms;u=structure;a=Jan-Michael Simon]] belonging to exiles. [[Some 30 relatives|arrested;a=the
experts;alt=UN Group of Human Rights Experts on Nicaragua]] of exiled critics had been jailed in reprisal, the experts added. They estimated that
[[between 2,000 and 3,000 people|other;a=They;alt=UN Group of Human Rights Experts on Nicaragua]]
have had their passports confiscated or been barred from leaving.
""",
)

item(
    "Police and paramilitaries storm Monimbó",
    """
MASAYA, Nicaragua - [[Hundreds of police and hooded paramilitaries|combatants;n=police and
hooded paramilitaries]] stormed the Monimbó district on Tuesday, tearing down barricades that
residents had held for {{five weeks}}. The Nicaraguan Center for Human Rights said [[at least
three people|killed;a=The Nicaraguan Center for Human Rights]] were killed, among them a police
officer, and [[more than 20|injured;n=-;a=The Nicaraguan Center for Human Rights]] wounded.
Residents said [[dozens of young men|kidnapped;a=Residents]] were dragged from their homes and
abducted by masked gunmen in pickup trucks, and that [[some 40 houses|housing;a=Residents]]
were ransacked or set on fire. In Managua on Saturday, [[six people|killed]], including [[two
children|killed]], died when their house in the Carlos Marx neighbourhood was set alight. The
police said [[38 suspects|arrested;a=The police]] had been detained over the unrest in Masaya
and the capital.
""",
)

item(
    "Inside La Modelo: overcrowding, isolation and parcels from home",
    """
TIPITAPA, Nicaragua - La Modelo prison outside Managua was built for [[about 2,400
inmates|capacity;a=Unidad de Defensa Jurídica]] but held [[more than 4,500|arrested;n=-;a=Unidad
de Defensa Jurídica]] when the crackdown peaked, according to Unidad de Defensa Jurídica, a
legal aid group. The group said [[46 political prisoners|arrested;a=The group;alt=Unidad de
Defensa Jurídica]] were held in the maximum-security wing known as {{La 300}}, where cells have no windows. Relatives said [[up to 12 prisoners|arrested;a=Relatives]]
were crammed into cells meant for [[four|capacity;n=-;a=Relatives]]. The group's lawyers have represented [[more than 1,000 detainees|aid]] free of charge since
{{2018}}. The Mothers of April Association said it delivers food and medicine to [[around 300
families|aid;a=The Mothers of April Association]] of prisoners every month. Last year it sent
[[1,200 hygiene kits|aid;a=Mothers of April Association]] into the prisons, it said. Visits are
limited to {{20 minutes}} every {{21 days}}, relatives said.
""",
)

item(
    "Deportation flights to Managua rise as critics are kept out",
    """
MANAGUA - US Immigration and Customs Enforcement flew [[more than 7,500 Nicaraguans|returned;a=ICE]]
home in the {{2025}} fiscal year, up from [[about 2,900|returned;n=-;a=ICE]] a year earlier, according to ICE. The agency said [[about 2,000 more
Nicaraguans|returned;p;a=The agency;alt=ICE]] were in detention awaiting removal. A charter carrying [[132 deportees|returned]] landed at Augusto C. Sandino
airport on {{Jan 22}}, the largest single flight so far. Immigration officers detained [[four
of the deportees|arrested;a=relatives]] on arrival last month on treason charges, relatives
told the Associated Press. Yet the government has refused entry to [[at least 25 Nicaraguan
critics|displaced;a=Raza e Igualdad]] who tried to come home since {{2023}}, according to Raza e
Igualdad, a Washington-based rights group. Across the southern border, Costa Rican officials
said [[roughly 1,000 Nicaraguans a month|displaced;a=Costa Rican officials]] still cross to ask
for asylum.
""",
)

item(
    "Nicaragua writes citizenship stripping into its constitution",
    """
MANAGUA - Nicaragua's National Assembly approved a constitutional reform on {{Jan 30}} that lets
the state strip "traitors" of their nationality, writing into the charter a practice already
used against [[more than 450 people|other]] since {{2023}}. Most lost their citizenship in
{{February 2023}}, when [[222 freed prisoners|other]] and [[94 critics|other]] in exile were
declared stateless within a week. Rights lawyers say [[at least 30|other;n=-;a=Rights lawyers]]
have been left without any valid identity papers in Spain, Costa Rica and the United States.
Spain said [[135 Nicaraguans|other;a=Spain]] had accepted its offer of Spanish nationality by the end of {{2024}}. [[Dozens of exiles|other]] have also had their pensions cancelled, and
lawyers warned that [[as many as 100 more|other;n=-;p;a=lawyers]] could lose their nationality
under the new article. The reform, the {{14th}} since Daniel Ortega returned to power in
{{2007}}, also makes his wife, Rosario Murillo, co-president and extends the presidential term
to {{six years}}.
""",
)

item(
    "A university seized, and 37,000 students without a campus",
    """
MANAGUA - The government seized the Jesuit-run Central American University in {{August 2023}},
calling it a "centre of terrorism" and renaming it after a Sandinista hero. [[About 5,000
students|civilians]] were left without a campus in the middle of the term. The Jesuits said
[[six priests|displaced;a=The Jesuits]] living in a residence on the grounds were evicted and moved to a parish house. [[About 150 professors|displaced;a=the
order;alt=Jesuits]] have since gone into exile, the order said. The government said it would
enrol [[all 5,000|other;n=-;p;a=The government]] in a new state-run university. Police occupied [[14 buildings|housing]] on the campus, including the
library and the human rights institute. [[Some 37,000 students|civilians;a=the UN Group of
Human Rights Experts on Nicaragua]] have been affected by the closure of private universities
since {{2021}}, according to the UN Group of Human Rights Experts on Nicaragua. In {{2018}} the
university had opened its gates to [[hundreds of students|displaced]] fleeing police and
paramilitaries.
""",
)

item(
    "Amnesty: police fired on church where students sheltered",
    """
LONDON - Amnesty International said on Tuesday that Nicaraguan police and paramilitaries fired
for {{15 hours}} on a Managua church where [[about 150 students|displaced;a=Amnesty
International]] had taken refuge after being driven from the National Autonomous University.
[[Two students|killed;a=the group;alt=Amnesty International]] were shot dead and [[at least
16|injured;n=-;a=the group;alt=Amnesty International]] wounded during the siege, the group said.
It said [[more than 1,000 riot police|combatants;a=Amnesty International]] had been deployed in
Managua that weekend, alongside armed civilians in pickup trucks. Amnesty also documented [[at
least 12 students|kidnapped;a=Amnesty]] abducted by hooded men after leaving the church.
The Catholic Church negotiated safe passage for [[the remaining 100 or so|displaced;n=-;q=approx]],
who were bused to Managua's cathedral the next morning. [[A dozen journalists and
clergy|civilians;n=journalists and clergy]] who had gone in to negotiate were also trapped inside.
""",
)

item(
    "Eleven Mountain Gateway pastors jailed for up to 15 years",
    """
MANAGUA - A Nicaraguan court sentenced [[eleven pastors|arrested;a=the group;alt=Mountain Gateway]] of the Mountain Gateway
ministry to {{12 to 15 years}} in prison for money laundering and fined them a combined
{{$80 million}}, the group said on Wednesday. Police raided [[16 churches|housing]] belonging to
the ministry in {{December 2023}} and seized [[13 trucks|other]] and its radio equipment. Prosecutors said [[six other
defendants|arrested;a=Prosecutors]], all Nicaraguan church workers, would be tried separately. Mountain Gateway
said [[about 20 families|displaced;a=Mountain Gateway]] of its members fled to Costa Rica after
the raids. The ministry, founded in Texas, says [[more than 60,000 people|other;a=The
ministry]] attended its open-air campaigns across Nicaragua in {{2022}}. Washington called the
trial a sham and said it would press for the release of [[all eleven|arrested;n=-;p;a=Washington]].
""",
)

item(
    "Nicaragua's list of political prisoners shrinks, but the disappeared remain",
    """
MANAGUA - The Mechanism for the Recognition of Political Prisoners said in its latest list,
released on {{Jan 12}}, that [[73 people|arrested;a=The Mechanism for the Recognition of
Political Prisoners]] are held for political reasons in Nicaragua. [[Fourteen|arrested;n=-]] of
them are women and [[nine|arrested;n=-]] are {{aged over 60}}. UN experts estimate the real
number at [[between 70 and 90|arrested;n=-;a=UN experts]], since families of some detainees are
too frightened to report them. The whereabouts of [[at least 11 prisoners|missing;a=the
Mechanism;alt=Mechanism for the Recognition of Political Prisoners]] are unknown, the Mechanism
said. [[Two|killed;n=-]] died in custody in {{2025}}. The group expects [[a further 10 to 15
people|arrested;p;a=The group;alt=Mechanism for the Recognition of Political Prisoners]] to be
added to the list once their cases are verified.
""",
)

item(
    "Ortega and Murillo become co-presidents under new charter",
    """
MANAGUA - Nicaragua's new constitution took effect on {{Feb 18}}, making Daniel Ortega and
Rosario Murillo co-presidents and extending their term from {{five}} to {{six years}}. The
reform, approved in a {{second reading}} on {{Jan 30}}, rewrites most of
the {{1987}} charter, according to the legal analysis group Expediente Abierto. Ortega, {{79}},
has governed since {{2007}} after a first spell in {{1985-1990}}. The reform places the
judiciary, the legislature and the electoral council under the "coordination" of the
presidency. Critics abroad called it the end of the republic; the government said it reflected
the will of the people.
""",
)

item(
    "Washington weighs tariffs on Nicaragua over rights record",
    """
WASHINGTON - The US Trade Representative said on {{Dec 10}} it would phase in tariffs of up to
{{100%}} on Nicaraguan goods from {{January 2027}}, after a Section {{301}} investigation into
labour and human rights abuses. Nicaragua sent about {{$4.5 billion}} in exports to the United
States in {{2024}}, roughly {{60%}} of its total, led by textiles, gold and coffee. Remittances,
worth some {{27%}} of GDP, would not be affected. The tariff will start at {{0%}} and rise to
{{15%}} in {{2027}} and to {{100%}} by {{2028}}, officials said. Managua called the move
"economic aggression."
""",
)
