"""Protests and crackdowns: 2014, 2015 (OLP), 2017, 2019 and 2024."""

from _wrap import item

item(
    "Attorney general puts protest death toll at 43",
    """
Attorney General Luisa Ortega Díaz said on {{May 8, 2014}} that [[43 people|killed;a=Attorney General Luisa Ortega Díaz]]
had died in the unrest that began on {{February 12}}, among them [[five members|killed;a=Attorney General Luisa Ortega Díaz]]
of the security forces. The prosecutor's office counted [[873 people|injured;a=The prosecutor's office;alt=Attorney General Luisa Ortega Díaz]]
wounded and said [[3,127|arrested;a=The prosecutor's office;alt=Attorney General Luisa Ortega Díaz]] had been detained
at some point, of whom [[about 150|arrested;a=The prosecutor's office;alt=Attorney General Luisa Ortega Díaz]] remained behind bars.
Foro Penal, a rights group that gives detainees free legal help, put arrests higher, at
[[more than 3,300|arrested;a=Foro Penal]]. The opposition Democratic Unity coalition said
[[at least 59 students|arrested;a=The opposition Democratic Unity coalition]] were still in custody in {{2014}}'s
first week of May, some of them in the military prison of Ramo Verde.
Provea said [[between 60 and 70 homes|housing;a=Provea]] had been raided without warrants during the protests.
""",
)

item(
    "Guardsmen flood San Cristóbal as barricades spread",
    """
Defence Minister Carmen Meléndez said [[3,000 troops|combatants;a=Defence Minister Carmen Meléndez]] and
[[about 600 police officers|combatants;a=Defence Minister Carmen Meléndez]] had been sent to Táchira state by
{{February 24}}, as barricades of tyres and rubble closed much of San Cristóbal. In the Pirineos district,
residents said guardsmen had fired tear gas into [[at least 20 homes|housing;a=residents]]. The Central Hospital
said it had treated [[14 people|injured;a=The Central Hospital]] for pellet wounds in two nights. A
{{24-year-old}} student was among [[three people|killed;a=Governor José Vielma Mora]] shot dead in the state
that week, Governor José Vielma Mora said. Police arrested [[more than 80 people|arrested]] in the city, many of
them after dark.
The state government said [[200-250 families|civilians;a=The state government]] in Barrio Obrero were cut off by barricades, and that [[18 buses|other;a=The state government]] had been burned.
""",
)

item(
    "Four months of protests have killed 124, prosecutors say",
    """
The Public Ministry said on {{July 31, 2017}} that [[124 people|killed;a=The Public Ministry]] had died in
protests since {{April 1}} and that [[nearly 2,000 people|injured;a=The Public Ministry]] had been hurt. Of
the dead, [[at least 46|killed;a=the office;alt=The Public Ministry]] were killed by the security forces, the office said,
and [[about 20|killed;a=the office;alt=The Public Ministry]] by armed civilians. Foro Penal said
[[5,051 people|arrested;a=Foro Penal]] had been arrested over the period, of whom
[[609|arrested;a=the group;alt=Foro Penal]] were civilians brought before military courts, the group said.
Lawyers for the group said [[1,383 people|arrested;a=Lawyers for the group]] were still detained at the end of July.
The UN human rights office said its own count was [[at least 73|killed;a=The UN human rights office]] deaths linked to the security forces and pro-government groups.
""",
)

item(
    "Guardsmen storm apartment blocks in El Paraíso",
    """
National Guard troops and police stormed the Los Verdes complex in Caracas's El Paraíso district on
{{June 13}}, breaking down the doors of [[at least 70 apartments|housing;a=residents]], residents said.
[[Some 300 guardsmen|combatants;a=the neighbours' association]] took part, backed by
[[a dozen armoured vehicles|other;a=the neighbours' association]], the neighbours' association said.
[[Twenty-three residents|arrested]] were detained, including [[four minors|arrested]]. Pellets hit
a {{62-year-old}} woman on her balcony, one of [[two people|injured]] hurt in the raid. The interior ministry
called the operation a response to "terrorist groups" firing from the blocks.
The interior ministry said [[two guardsmen|injured;a=The interior ministry]] had been wounded and [[19 families|displaced;a=The interior ministry]] left the complex that night.
""",
)

item(
    "At least 10 killed on day of Constituent Assembly vote",
    """
[[At least 10 people|killed;a=the attorney general's office]] were killed across Venezuela during the vote for a
Constituent Assembly on {{July 30, 2017}}, the attorney general's office said, among them a candidate shot
in Bolívar state and [[two teenagers|killed]] in Táchira. In the Altamira square of Caracas,
[[seven police officers|injured]] were hurt when an explosive device went off beside a motorbike
convoy. The government had deployed [[232,000 troops|combatants;a=The government]] to guard the vote,
it said. The National Electoral Council said [[more than 8 million voters|other;a=The National Electoral Council]]
took part, a count the opposition disputed. The opposition put turnout at
[[about 2.5 million|other;a=The opposition]] and called the count the biggest fraud in the country's history.
In Mérida, [[about 30 people|arrested;a=local police]] were detained near polling centres, local police said, and [[16 people|injured]] were taken to hospital.
""",
)

item(
    "Foro Penal counts 850 arrests in a week of protests",
    """
Foro Penal said [[850 people|arrested;a=Foro Penal]] had been detained between {{January 21}} and
{{January 31, 2019}}, after Juan Guaidó declared himself interim president, among them
[[77 children|arrested;a=Foro Penal]]. The group counted [[696 arrests|arrested;a=The group;alt=Foro Penal]] on {{January 23}} alone,
the highest figure for a single day since it began keeping records. In Geneva, UN human rights spokesman
Rupert Colville said [[at least 40 people|killed;a=UN human rights spokesman Rupert Colville]] had been killed,
[[26|killed;a=UN human rights spokesman Rupert Colville]] of them shot by security forces or colectivos. He said
[[11|killed;a=Rupert Colville]] more were killed during house raids carried out by the FAES special police.
In Bolívar state, [[dozens of families|displaced]] fled the San Félix barrios after night raids, and [[12 houses|housing;a=residents]] were searched, residents said.
""",
)

item(
    "UN report puts killings by security forces in the thousands",
    """
A report by UN High Commissioner Michelle Bachelet, published in {{July 2019}}, said the government itself had
recorded [[5,287 killings|killed;a=the government]] for "resistance to authority" in {{2018}}. The government
counted [[1,569|killed;a=The government]] more between {{January 1}} and {{May 19, 2019}}, the report said.
The Venezuelan Violence Observatory put the {{2018}} figure higher, at [[7,523|killed;a=The Venezuelan Violence Observatory]].
Bachelet's team interviewed [[558 victims and witnesses|other;n=victims and witnesses;a=Bachelet's team]]
in Venezuela and abroad, the report said. It listed [[793 people|arrested;a=A report by UN High Commissioner Michelle Bachelet]]
arbitrarily detained in the year to {{May 31}}, and [[22 deputies|other;a=A report by UN High Commissioner Michelle Bachelet]] of the
National Assembly stripped of their parliamentary immunity.
It counted [[almost 7,000 killings|killed;a=A report by UN High Commissioner Michelle Bachelet]] over {{18 months}} that may have been extrajudicial executions.
""",
)

item(
    "Maduro says 2,000 held after election protests",
    """
President Nicolás Maduro said on {{August 3, 2024}} that [[more than 2,000 people|arrested;a=President Nicolás Maduro]]
had been detained since protests broke out against his declared victory in the {{July 28}} vote. He said the Tocorón and Tocuyito prisons, refitted as
maximum-security jails, would have room for [[up to 1,000 prisoners|capacity;a=President Nicolás Maduro;p]]. Attorney General Tarek William Saab later gave a count of
[[2,229 people|arrested;a=Attorney General Tarek William Saab]] held and [[25 people|killed;a=Attorney General Tarek William Saab]] dead,
including [[two soldiers|killed;a=Attorney General Tarek William Saab]]. Foro Penal said it had verified
[[at least 114 minors|arrested;a=Foro Penal]] among the detainees. Opposition leader María Corina Machado said
[[at least 192 people|injured;a=Opposition leader María Corina Machado]] had been wounded.
Maduro said [[some 1,200 police|combatants;a=Maduro]] had been sent to the capital's poorer districts.
""",
)

item(
    "Mothers keep vigil outside Tocuyito prison",
    """
[[Hundreds of relatives|other]] have gathered every morning outside the Tocuyito prison in Carabobo since
{{August 2024}}, waiting for news of the young men moved there after the election protests. The prison, built for
[[750 inmates|capacity;a=prison staff]], now holds [[about 1,200 detainees|arrested;a=prison staff]], prison staff told
Efe. On {{November 16}} the authorities released [[86 teenagers|arrested;a=the authorities]], the authorities said, some
with ankle tags. Foro Penal said [[four men|killed;a=Foro Penal]] arrested after the election had died in custody by
{{December}}. "My son is {{19}}, he was buying bread," one woman said.
Relatives said [[15 to 20 women|other;a=Relatives]] slept in the square each night, and that [[more than 300 detainees|arrested;a=Relatives]] were kept in the wing built for remand prisoners.
""",
)

item(
    "Colectivos on motorbikes fire on protesters in western Caracas",
    """
Witnesses said [[about 40 armed men|combatants;a=Witnesses]] on [[some 25 motorcycles|other;a=Witnesses]] opened fire on
a protest in Catia on the evening of {{July 30}}. [[Two men|killed;a=the Health Ministry]] died of gunshot wounds, the
Health Ministry said. Provea, a rights group, said [[at least nine people|injured;a=Provea]] were treated for bullet
wounds at the Pérez Carreño hospital. Residents said the windows of [[a dozen homes|housing;a=Residents]] had been shot
out as the gunmen left. The next day, the fronts of [[30 houses|housing]] belonging to government critics were
painted with a cross.
Provea said it had identified [[at least six colectivo groups|combatants;n=groups;a=Provea]] active in the west of the city, with [[hundreds of members|combatants]].
""",
)

item(
    "Police raid Cota 905, demolish hillside homes",
    """
Interior Minister Gustavo González López said [[more than 200 officers|combatants;a=Interior Minister Gustavo González López]] took part
in the raid on the {{Cota 905}} district of Caracas on {{July 13, 2015}}, the first operation of the
Operation for the Liberation of the People. He said [[14 suspected gang members|killed;a=Interior Minister Gustavo González López]]
were killed and [[134 people|arrested;a=Interior Minister Gustavo González López]] detained. Bulldozers knocked down
[[about 200 homes|housing;a=Provea]] built on the hillside, leaving [[1,500 people|displaced;a=Provea]] homeless,
according to Provea. [[Thirty-two families|displaced]] were moved to a military fort in the south of the city.
The OLP had killed [[more than 500 people|killed;a=Provea and Amnesty International]] across the country by {{2017}}, Provea and Amnesty International said, and [[1,200 families|displaced;a=Provea and Amnesty International]] lost their homes.
""",
)

item(
    "Chacao volunteers treat hundreds on a single day",
    """
Medical volunteers in the Caracas municipality of Chacao treated [[more than 300 people|injured;a=Mayor Ramón Muchacho]]
on {{May 3, 2017}}, Mayor Ramón Muchacho said, [[35|injured;a=Mayor Ramón Muchacho]] of them with gunshot or
pellet wounds. [[Eighteen medical volunteers|injured;a=Primeros Auxilios UCV]] had themselves been hurt since April, said
Primeros Auxilios UCV, a student first-aid group. The mayor said police counted [[more than 400 tear-gas canisters|other;a=The mayor;alt=Mayor Ramón Muchacho]]
fired in two hours. [[Eight people|killed]] have died in the municipality since the protests began.
The mayor said [[two volunteers|killed;a=The mayor]] had been killed since the start of the protests, and [[12 more|injured;a=The mayor;p]] were expected to need surgery.
""",
)

item(
    "Families in Lara search for young men missing after protests",
    """
Relatives of [[five young men|missing;a=Relatives]] arrested at a barricade in Cabudare on {{June 19}} say they
have not seen them since. Foro Penal said [[12 people|missing;a=Foro Penal]] detained in Lara state in
{{June 2017}} were unaccounted for. [[Seven|missing;a=the group;alt=Foro Penal]] later turned up in military custody, the group said. Lawyers said
[[37 detainees|arrested;a=Lawyers]] from Lara were held at Fort Terepaima, far from their families. The
state prosecutor said [[three bodies|killed;a=The state prosecutor]] found in a river were not those of protesters.
The state prosecutor said [[40 soldiers|combatants;a=The state prosecutor]] had been assigned to the search, and that [[2 families|civilians;a=The state prosecutor]] had given DNA samples.
""",
)

item(
    "Ten years after La Salida, a chronology of the street",
    """
{{February 12, 2014}}: students march on the attorney general's office on Youth Day. {{February 18}}: Leopoldo
López hands himself in, and is later sentenced to {{13 years and nine months}}. {{April 2017}}: protests resume
after the Supreme Court takes over the powers of the National Assembly. {{2019}}: Juan Guaidó, then {{35}}, claims
the presidency. {{July 28, 2024}}: the disputed election. Inflation peaked at more than {{1,000,000%}} in
{{2018}}.
""",
)

item(
    "Poll finds most Venezuelans distrust the electoral council",
    """
A survey by Delphos published on {{June 3, 2024}} found that {{61%}} of respondents distrusted the National
Electoral Council, up from {{48%}} in {{2021}}. The margin of error was {{2.5 percentage points}}. Respondents
aged {{18 to 24}} were the most sceptical. The poll, which cost about {{$40,000}}, was carried out over
{{two weeks}} in {{May}}.
""",
)
