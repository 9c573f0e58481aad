"""dev246 items, part 4: the Americas and Europe (the Mexico-US border, Mexico, Colombia,
Ecuador, Haiti and the Dominican border, Jamaica, Brazil, Northern Ireland, Ireland and Britain,
and Europol's operations)."""

from _wrap import item

item(
    "Border officers find ammunition hidden in southbound car at Nogales",
    """
US Customs and Border Protection (CBP) officers at the DeConcini crossing in Nogales, Arizona,
found [[more than 20,000 rounds|other;a=US Customs and Border Protection (CBP)]] of ammunition and
[[36 rifle magazines|other;a=US Customs and Border Protection (CBP)]] hidden in the door panels
of a southbound car, the agency said on {{Thursday}}. The driver, a {{27-year-old}} US citizen,
was arrested. Since {{October}}, officers in the Tucson sector have stopped [[as many as 400
firearms|other;a=the agency;alt=US Customs and Border Protection (CBP)]] heading into Mexico, the
agency said. Mexican officials say [[between 200,000 and 500,000 guns|other;a=Mexican
officials]] are smuggled south from the United States every year. The Justice Department has
charged [[about 100 people|arrested;a=The Justice Department]] in gun-trafficking cases on the
south-west border this year, it said.
""",
)

item(
    "Mexican army seizes .50-calibre rifles after clash in Sinaloa",
    """
Mexico's Defence Secretariat (Sedena) said soldiers clashed with gunmen near Culiacán on
{{Tuesday}}, killing [[eight attackers|killed;a=Mexico's Defence Secretariat (Sedena)]] and
arresting [[four|arrested;n=-;a=Mexico's Defence Secretariat (Sedena)]]. [[Two soldiers|injured;a=the
secretariat;alt=Mexico's Defence Secretariat (Sedena)]] were wounded, the secretariat said. Troops
seized [[five .50-calibre rifles|other]], [[27 assault rifles|other]], [[two armoured
trucks|other]] and a homemade drone for dropping explosives. Gunfire damaged [[at least 12
homes|housing;a=residents]] in the area, residents said. The government has sent [[more than 1,000
special forces troops|combatants;a=The government]] to Sinaloa since infighting in the Sinaloa
Cartel erupted in {{September 2024}}, it said.
""",
)

item(
    "Colombian army seizes dissident drone workshop in Cauca",
    """
Colombia's army said it had found a workshop in rural Cauca where FARC dissidents assembled
explosive drones, seizing [[38 drones|other;a=Colombia's army]], [[about 200 drone
batteries|other;u=other;a=Colombia's army]] and [[150 mortar bombs|other;u=other;a=Colombia's army]]
adapted to be dropped from the air. [[Two dissidents|arrested]] were captured in the operation.
The Defence Ministry says dissident groups carried out [[more than 1,000 drone attacks|other;u=other;a=The
Defence Ministry]] in {{2025}}, against [[fewer than 100|other;n=-;u=other;a=The Defence Ministry]]
{{two years}} earlier. In the nearby municipality of Argelia, fighting has left [[some 8,000
people|civilians;a=the Ombudsman's Office]] confined to their villages, the Ombudsman's Office
said, and [[up to 1,200 people|displaced;a=the Ombudsman's Office]] have fled.
""",
)

item(
    "Haitian police seize container of weapons at Port-au-Prince port",
    """
Haiti's National Police (PNH) said on {{Wednesday}} it had seized a container at the port of
Port-au-Prince holding [[18 rifles|other;a=Haiti's National Police (PNH)]], [[14 pistols|other;a=Haiti's
National Police (PNH)]] and [[about 15,000 rounds|other;a=Haiti's National Police (PNH)]] hidden
among used clothes shipped from Florida. [[Two customs officers|arrested]] were detained. UN
experts say gangs control {{about 90 per cent}} of the capital and have driven [[more than 1
million people|displaced;a=UN experts]] from their homes across the country. At one displacement
site in a former school, [[about 3,000 people|displaced;a=the International Organization for
Migration]] share a building meant for [[fewer than 500|capacity;n=-]], according to the
International Organization for Migration. The World Food Programme said it had delivered hot meals
to [[some 40,000 people|aid;a=The World Food Programme]] in the capital last week.
""",
)

item(
    "Dominican troops stop arms on Haiti border, deport thousands",
    """
Dominican soldiers stopped a lorry near the Dajabón crossing carrying [[six rifles|other;a=the
Dominican army]] and [[2,000 rounds|other;a=the Dominican army]] bound for a gang in Ouanaminthe,
the Dominican army said on {{Saturday}}, and arrested [[the two Haitian drivers|arrested;a=the
Dominican army]]. The government has posted [[about 12,000 soldiers|combatants;a=The
government]] along the {{392km}} border, it says. Dominican authorities deported [[more than 276,000
Haitians|returned;a=the International Organization for Migration]] in {{2024}}, according to the
International Organization for Migration, and plan to send back [[up to 10,000 a week|returned;p;n=-;a=Dominican
authorities]], officials said. On the Haitian side, [[hundreds of deportees|aid;a=the Haitian
government]] a day receive food and a kit at reception centres, according to the Haitian government.
""",
)

item(
    "PSNI find New IRA arms cache in Derry; families evacuated",
    """
Police in Northern Ireland found [[three handguns|other;a=the Police Service of Northern Ireland
(PSNI)]], a rifle and [[about 400 rounds|other;a=the Police Service of Northern Ireland (PSNI)]] of
ammunition buried in a garden in the Creggan area of Derry, the Police Service of Northern Ireland
(PSNI) said on {{Friday}}. Detectives believe the weapons belonged to the New IRA. [[Two
men|arrested;a=detectives]], aged {{34}} and {{51}}, were arrested under the Terrorism Act,
detectives said. [[About 40 families|displaced;a=the PSNI]] were moved out of their homes
overnight while army bomb-disposal officers examined a suspicious object, which turned out to be a
viable pipe bomb, the PSNI said. Officers searched [[11 houses|other]] in the area. The New IRA is
thought to have [[fewer than 50 active members|combatants;a=security sources]], security sources
say.
""",
)

item(
    "Ecuador troops seize explosives in Guayaquil prison raid",
    """
Ecuador's armed forces said [[about 2,700 soldiers and police|combatants;n=soldiers and police;a=Ecuador's
armed forces]] took part in a raid on the Litoral penitentiary in Guayaquil on {{Sunday}}, seizing
[[15 rifles|other;a=Ecuador's armed forces]], [[320 sticks|other;u=other;a=Ecuador's armed forces]]
of dynamite and [[more than 40 grenades|other;a=Ecuador's armed forces]]. [[Three inmates|killed]]
were killed and [[six guards|injured]] were hurt in clashes during the search, prison authorities
said. The prison, built for [[about 5,000 inmates|capacity;a=the prison service SNAI]], holds
[[more than 8,000|arrested;n=-;a=the prison service SNAI]], according to the prison service SNAI.
Ecuador's government declared an internal armed conflict against [[22 gangs|other;u=other]] in
{{January 2024}}.
""",
)

item(
    "Guns smuggled in lorry seized at Holyhead, two charged",
    """
Officers from Britain's National Crime Agency (NCA) and Ireland's Garda seized [[ten
handguns|other;a=the NCA]] and [[about 900 rounds|other;a=the NCA]] of {{9mm}} ammunition hidden in
a refrigerated lorry at the port of Holyhead, the NCA said on {{Thursday}}. The lorry had arrived
on a ferry from Dublin. [[Two men|arrested;a=the NCA]], a Lithuanian driver and an Irish
national, have been charged with firearms offences, it said. The Garda said the guns were meant
for a Dublin crime gang linked to the killing of [[at least six people|killed;a=The Garda]] since
{{2023}}. Detectives in Dublin later searched [[four addresses|other;u=structure]] and seized cash
worth {{€12,000}}.
""",
)

item(
    "Rio police operation seizes rifles; dozens killed in Complexo da Maré",
    """
Rio de Janeiro state police said [[about 2,500 officers|combatants;a=Rio de Janeiro state
police]] took part in an operation against the Comando Vermelho gang in the Complexo da Maré on
{{Tuesday}}, seizing [[93 rifles|other;a=Rio de Janeiro state police]] and arresting [[81
people|arrested;a=Rio de Janeiro state police]]. The state's public defender's office said [[at
least 64 people|killed;a=The state's public defender's office]] were killed, among them [[four
police officers|killed;a=The state's public defender's office]]. [[Forty-six schools|other]] were
closed and bus services suspended. The complex is home to [[roughly 140,000
residents|civilians;a=the census]], according to the census. Police said the weapons included
rifles smuggled from Paraguay and the United States.
""",
)

item(
    "Jamaica police seize guns shipped in barrels from Florida",
    """
The Jamaica Constabulary Force (JCF) said it had found [[15 guns|other;a=The Jamaica Constabulary
Force (JCF)]] and [[about 600 rounds|other;a=The Jamaica Constabulary Force (JCF)]] in [[two
barrels|other;a=The Jamaica Constabulary Force (JCF)]] shipped from Florida and declared as
household goods. [[Two customs brokers|arrested]] were taken into custody in Kingston. Jamaican
officials say [[more than 200 illegal guns|other;a=Jamaican officials]] enter the island each
year, most of them through the ports. The government will install [[four new cargo
scanners|other;u=other;p;a=The government]] at Kingston and Montego Bay by {{mid-2026}}, it said.
Separately, [[43 Jamaicans|returned;a=the Ministry of National Security]] deported from the United
States arrived on a charter flight on {{Wednesday}}, the Ministry of National Security said.
""",
)

item(
    "Guatemalan troops seize cartel weapons on Mexican border",
    """
Guatemala's army said troops in Huehuetenango, on the Mexican border, seized [[17 rifles|other;a=Guatemala's
army]], [[two grenade launchers|other;u=other;a=Guatemala's army]] and [[five vehicles|other;a=Guatemala's
army]] abandoned by gunmen of a Mexican cartel after a clash on {{Monday}}. [[One soldier|killed]]
was killed. Fighting between rival cartels across the border in Chiapas has sent [[some 580
Mexicans|displaced;a=Guatemalan officials]] into Guatemala since {{July}}, Guatemalan officials
said. They are staying in [[three shelters|capacity]] in the town of Cuilco, where the
municipality has handed out [[1,500 food rations|aid;a=the mayor]], the mayor said. Mexico's
government says it will send [[600 more soldiers|combatants;p;a=Mexico's government]] to the
Chiapas border region.
""",
)

item(
    "Catatumbo fighting: tens of thousands flee as army seizes ELN weapons",
    """
Fighting between the ELN and FARC dissidents in Colombia's Catatumbo region has killed [[about 80
people|killed;a=the government]] and displaced [[more than 50,000|displaced;n=-;a=the
government]], the government said. The army said it had seized [[14 rifles|other;a=The army]] and
[[dozens of drones|other;a=The army]] from an ELN camp near Tibú. The Ombudsman's Office said
[[between 20 and 30 people|missing;a=The Ombudsman's Office]] were missing, among them signatories
of the {{2016}} peace deal. Aid agencies have handed out [[3,000 hygiene kits|aid]] in Tibú, where
[[tens of thousands of people|displaced]] are sheltering in sports halls and schools. Venezuela
said it had taken in [[some 1,500 Colombians|displaced;a=Venezuela]] fleeing across the border.
""",
)

item(
    "Troopers free 32 migrants held for ransom in Laredo stash house",
    """
Texas Department of Public Safety (DPS) troopers and Border Patrol agents freed [[32
migrants|kidnapped;a=DPS]] held for ransom in a stash house in Laredo, DPS said on {{Friday}}. [[Two
suspected smugglers|arrested;a=DPS]] were arrested and [[one|other;n=-;a=DPS]] escaped through a
back window, it said. Agents found [[five rifles|other]] and [[three pistols|other]] in the house.
Some of the migrants had been held for {{up to two weeks}} while their relatives were asked to pay
{{$8,000}} each. In the Laredo sector, agents detain [[between 300 and 500 migrants a
day|arrested;a=Border Patrol officials]], Border Patrol officials said.
""",
)

item(
    "Europol operation seizes converted pistols across Europe",
    """
An operation coordinated by Europol led to the arrest of [[214 suspects|arrested;a=the agency;alt=Europol]]
and the seizure of [[more than 1,200 firearms|other;a=the agency;alt=Europol]], most of them
converted blank-firing pistols, the agency said on {{Thursday}}. Investigators also found [[about
30 guns|other]] made on {{3D}} printers and [[two workshops|other;u=structure]] where weapons were
converted. Europol said it had found no sign of large-scale diversion of weapons from Ukraine, but
that [[dozens of cases|other;u=other;a=Europol]] were still under investigation. The operation ran
for {{eight months}}.
""",
)

item(
    "Supreme Court upholds rule on ghost-gun kits",
    """
The US Supreme Court on {{March 26, 2025}} upheld by a {{7-2}} vote a federal rule requiring
serial numbers and background checks for kits that can be assembled into untraceable guns. The
rule was issued in {{2022}} by the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF).
Some kits can be finished in {{under an hour}} with basic tools, the agency told the court. Sales
of the kits fell by {{about 40 per cent}} after the rule took effect, according to industry
estimates. A kit typically costs {{about $500}}.
""",
)

item(
    "Twenty years since the IRA put its weapons beyond use",
    """
It is {{20 years}} since the independent body overseeing the disarmament of paramilitary groups
in Northern Ireland confirmed that the IRA had put its weapons beyond use, on {{September 26,
2005}}. The Good Friday Agreement of {{1998}} had set a deadline of {{May 2000}} for
decommissioning, which was missed by {{more than five years}}. General John de Chastelain, then
{{69}}, led the commission. A conference at Queen's University Belfast on {{Friday}} will mark the
anniversary, beginning at {{10am}}.
""",
)
