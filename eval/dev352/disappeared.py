"""The disappeared: the national register, the search collectives, clandestine graves, Jalisco."""

from _wrap import item

item(
    "Teuchitlán ranch: collective finds ovens, shoes and bones",
    """
The Guerreros Buscadores de Jalisco collective said on {{Wednesday}} it had found [[three
crematory ovens|other;u=other;a=The Guerreros Buscadores de Jalisco collective]] and [[about 200
pairs of shoes|other;u=other;n=pairs;a=The Guerreros Buscadores de Jalisco collective]] at the
Izaguirre ranch in Teuchitlán. The Jalisco prosecutor's office said [[10 people|arrested;a=The
Jalisco prosecutor's office]] had been arrested over the site, and that recruits lured with job
offers of {{4,000 pesos}} a week had been held there. [[At least 1,300 personal items|other;a=the
prosecutor's office;alt=The Jalisco prosecutor's office]] are being catalogued, the prosecutor's
office said. [[Hundreds of families|missing;a=the collective;alt=The Guerreros Buscadores de
Jalisco collective]] of the missing have come to look at photographs of the clothes, the
collective said. Attorney General Alejandro Gertz said federal prosecutors had taken over the
case and that [[14 more suspects|arrested;a=Attorney General Alejandro Gertz;p]] were being
sought.
""",
)

item(
    "Mexico's missing register passes 130,000",
    """
Mexico's National Search Commission said on {{Monday}} that [[132,457 people|missing;a=Mexico's
National Search Commission]] were registered as disappeared and not located, a count that goes
back to {{1952}} but is concentrated after {{2006}}. [[More than 14,000|missing;a=the
commission;alt=Mexico's National Search Commission]] were added in {{2025}} alone, the commission
said. Jalisco has the most, [[15,812|missing]], followed by Tamaulipas and the State of Mexico. The register also lists [[about
118,000 people|other;a=the register]] who were reported missing and later located, {{90%}} of
them alive, according to the register. Relatives say the figures are too low.
Search collectives say [[more than 200 collectives|other;u=other;a=Search collectives]] now work
across the country. In {{2025}}, the commission said, its teams and the collectives found
[[the bodies of 1,204 people|killed;a=the commission;alt=Mexico's National Search Commission;n=bodies]] in clandestine graves.
""",
)

item(
    "Search mothers find bodies in Sonora desert",
    """
The Madres Buscadoras de Sonora collective found [[17 bodies|killed;a=The Madres Buscadoras de
Sonora collective]] in [[nine clandestine graves|other;u=other]] near Hermosillo over {{four
days}}, its founder Ceci Flores said on Saturday. [[Eleven|killed;a=its founder Ceci Flores]]
were found in a single pit, she said. The state prosecutor's office said [[two|killed;a=The state
prosecutor's office;n=-]] had been identified as men missing since {{2023}}. The search was
guarded by [[about 40 National Guard officers|combatants]]. Flores, {{52}}, has been searching for
her sons since {{2015}}, and [[six members|killed;a=Flores]] of her collective have been killed,
she says.
""",
)

item(
    "Forensic crisis: 72,000 unidentified bodies",
    """
Mexico's forensic services hold [[more than 72,000 unidentified bodies|killed;a=the Movement for
Our Disappeared in Mexico]], the Movement for Our Disappeared in Mexico said in a report on
Thursday. The coalition of [[about 80 families' collectives|other;u=other;n=collectives]] said
that [[some 5,600 bodies|killed;a=The coalition;alt=the Movement for Our Disappeared in Mexico]]
had been buried in common graves in Jalisco alone. Jalisco's forensic science institute has
[[two refrigerated trailers|other]] for bodies and a capacity of [[800 bodies|capacity;u=other;n=bodies]].
The federal government has promised [[12 regional identification centres|other;a=The federal
government;p]], at a cost of {{1.9 billion pesos}}.
The report said [[12 to 15 bodies|killed;a=The report]] a day arrive unidentified at the country's morgues.
""",
)

item(
    "Collective killed: mother of three missing sons shot in Guanajuato",
    """
Teresa Magueyal, a member of the search collective Una Promesa por Cumplir, was shot dead in
Celaya on {{Friday}}, the Guanajuato prosecutor's office said. Magueyal, {{53}}, had been looking
for her son José Luis since {{2020}}. She was the {{eighth}} searcher killed in the state since {{2021}}. Across Mexico, [[at least
27 searchers|killed;a=Amnesty International]] have been killed since {{2010}}, Amnesty International
says. Guanajuato recorded [[2,987 homicides|killed;a=the National
Public Security System]] last year, the most of any state, according to the National Public
Security System, and has [[more than 3,800 people|missing]] registered as missing. Police
arrested [[two men|arrested;a=the Guanajuato prosecutor's office]], the Guanajuato prosecutor's
office said.
After the killing, the state said it would assign [[two bodyguards|combatants;a=the state;p]] to
[[each of 15 searchers|other;n=searchers;a=the state;p]] at risk, but the collective said that
[[dozens of searchers|civilians;a=the collective]] remained exposed.
""",
)

item(
    "Colima pit yields dozens of bags of remains",
    """
Forensic teams have recovered [[the remains of at least 56 people|killed;a=the Colima
prosecutor's office;n=remains]] from a pit in Tecomán, the Colima prosecutor's office said on
Tuesday, [[up from 39|killed;a=the Colima prosecutor's office;n=-]] a week earlier. The remains
were in [[more than 120 bags|other;a=investigators]], investigators said. The site was found
by the Buscadoras Colima collective after a tip; the collective said [[some 30 of its
members|other;a=the collective;alt=the Buscadoras Colima collective]] had joined the dig. The
prosecutor's office said [[four suspects|arrested;a=The prosecutor's office;alt=the Colima
prosecutor's office]] had been detained. Colima had the country's highest murder rate in {{2023}},
at {{109}} per {{100,000}} people.
[[About 90 soldiers|combatants]] guard the site.
Investigators believe the pit could hold [[the remains of 70 to 80 people|killed;a=Investigators;p;n=remains]].
""",
)

item(
    "Zacatecas: families of missing police seek answers",
    """
[[Nine police officers|kidnapped;a=the Zacatecas security ministry]] were abducted by gunmen from
their homes in Fresnillo over {{two nights}}, the Zacatecas security ministry said on Thursday.
[[Three|killed;a=the ministry;alt=the Zacatecas security ministry]] have been found dead and
[[six|missing;a=the ministry;alt=the Zacatecas security ministry]] remain missing, the ministry
said. [[Two|returned;n=-]] officers had been freed on Wednesday. The state deployed
[[300 officers|combatants]] and [[a dozen drones|other]] to search for them. About
[[80 relatives|other]] blocked the Fresnillo-Zacatecas highway on {{Friday}} in protest.
""",
)

item(
    "Searchers in Tamaulipas find extermination site",
    """
The Amor por los Desaparecidos collective found [[thousands of bone fragments|other;u=other]] and [[at least 15 ovens|other;u=other]] on a ranch outside Reynosa, the collective's
leader Edith González said on {{Sunday}}. Tamaulipas has [[about 13,000 people|missing;a=official
figures]] registered as missing, according to official figures. The state prosecutor's office said
it would send [[eight forensic experts|other;a=The state prosecutor's office;p]] to the site, which
the collective had asked to be guarded by [[up to 50 troops|combatants;a=the collective;p]].
The collective said [[some 25 searchers|other;a=The collective;alt=Amor por los Desaparecidos]] had been threatened and that
[[two|kidnapped;a=The collective;alt=Amor por los Desaparecidos]] were abducted in {{2024}} and later freed.
""",
)

item(
    "Security cabinet reports homicides down",
    """
Homicides in Mexico fell to an average of [[59 a day|killed;a=Security Minister Omar García
Harfuch;n=-]] in {{September}}, Security Minister Omar García Harfuch said at the morning press
conference, down from [[86.9|killed;a=Security Minister Omar García Harfuch]] in {{September
2024}}. He said federal forces had arrested [[more than 32,000 people|arrested;a=Security
Minister Omar García Harfuch]] for high-impact crimes in the {{first}} year of the government,
and seized [[16,500 firearms|other]] and [[1.7 million cartridges|other;u=other]]. Critics noted
that disappearances rose: [[about 12,000 people|missing;a=the national register]] were reported
missing over the same period, according to the national register.
""",
)

item(
    "Veracruz collective's decade of digging",
    """
The Colectivo Solecito of Veracruz said it had exhumed [[the remains of 301 people|killed;a=The
Colectivo Solecito of Veracruz;n=remains]] from [[155 clandestine graves|other;u=other]] at
Colinas de Santa Fe since {{2016}}. Only [[about 90|other;a=the collective;alt=The Colectivo
Solecito of Veracruz]] have been identified, the collective said. The group began with
[[25 mothers|other]] and now has [[more than 300 members|other]]. Its founder, Lucía de los
Ángeles Díaz, {{60}}, said the state had promised [[two DNA laboratories|other;u=structure;a=the state;p]]
that were never built.
""",
)

item(
    "Army and cartel gunmen clash in Jalisco's Los Altos",
    """
[[Three soldiers|killed;a=the Defence Ministry]] and [[nine gunmen|killed;a=the Defence Ministry]]
were killed in a battle in Tepatitlán, the Defence Ministry said. Troops arrested
[[between 10 and 12 suspects|arrested]], local media said; the ministry gave [[11|arrested;a=the
ministry;alt=the Defence Ministry]]. Gunmen set fire to [[22 vehicles|other]] and
[[seven businesses|housing;u=structure]] to block roads across the region. [[About 150 people|
displaced;a=Jalisco civil protection]] from nearby farms were evacuated, Jalisco civil protection
said. Schools in [[five municipalities|other;u=other]] were closed.
""",
)

item(
    "Disappeared young people: the Lagos de Moreno case",
    """
[[Five young men|kidnapped;a=prosecutors]] were abducted in Lagos de Moreno in {{August 2023}},
prosecutors said at the time; a video later appeared to show them being killed. On {{Tuesday}},
a federal judge sentenced [[four men|arrested]] to {{50 years}} each. The mothers of the five,
who have formed a collective, said [[at least 400 people|missing;a=The mothers of the five]] had
disappeared in the Los Altos region since {{2018}}. Jalisco's search commission said it had
found [[62 people|other;a=Jalisco's search commission]] alive in the region this year.
In Lagos de Moreno, [[some 1,200 residents|displaced;a=the municipality]] have moved to León or
Aguascalientes, the municipality says. [[Two schools|housing]] in the outskirts were abandoned and
[[35 houses|housing]] left empty.
""",
)

item(
    "Michoacán-Jalisco border graves: 'a cemetery no one registers'",
    """
Search collectives working along the border of Jalisco and Michoacán have located
[[more than 400 clandestine graves|other;u=other;a=the University of Guadalajara]] since {{2019}},
according to a database kept by the University of Guadalajara. The graves held
[[at least 1,100 bodies|killed;a=the database]], the database shows. The largest, in El Salto,
held [[113|killed]]. Researchers said [[some 70 searchers|other;a=Researchers]] had received death
threats. [[Six|killed]] have been killed.
[[More than 900 relatives|other;a=the database]] have given DNA samples, the database shows, and
[[roughly 400 of the bodies|killed]] have been identified.
""",
)

item(
    "Kidnapped in Tabasco and Veracruz, found alive in safe houses",
    """
Federal forces raided [[three safe houses|other;u=structure]] in Villahermosa and Coatzacoalcos on
{{Saturday}} and freed [[41 people|kidnapped;a=the Security Cabinet]] held for ransom, the Security
Cabinet said, among them [[12 Honduran migrants|kidnapped;a=the Security Cabinet]]. [[Seven of the
captives|injured;a=the cabinet;alt=the Security Cabinet]] had been beaten and were taken to
hospital, the cabinet said. [[Nine suspects|arrested]] were
arrested. Relatives had paid ransoms of {{20,000 to 50,000 pesos}}. The Tabasco prosecutor's office
said [[between 60 and 80 people|kidnapped;a=The Tabasco prosecutor's office]] had been reported
kidnapped in the state this year and that [[about 25|missing;a=The Tabasco prosecutor's office]]
were still missing. [[Thirty-four of the freed captives|returned]] had been sent back to their home
states by {{Sunday}}.
""",
)

item(
    "Sinaloa's displaced children: a census from the shelters",
    """
A census by Sinaloa's child protection office found [[1,082 children|displaced;a=Sinaloa's child
protection office]] living in shelters or with relatives after fleeing the war, the office said on
{{Monday}}, [[about 380 of them|civilians;a=the office;alt=Sinaloa's child protection office;n=-]] under
the age of {{six}}. [[Between 150 and 200|other;a=the office;alt=Sinaloa's child protection
office]] had lost a parent to the violence, it said, and [[46|missing;a=the office;alt=Sinaloa's
child protection office]] had a parent missing. The state runs [[seven shelters|capacity;a=The
state]] with space for [[up to 900 people|capacity;a=The state]], it said. [[Around 220
children|returned;a=UNICEF]] have gone home with their families, according to UNICEF, which
said it had sent [[3,000 hygiene kits|aid;a=UNICEF]] and trained [[40 psychologists|other]].
""",
)

item(
    "Search commission budget cut draws protest",
    """
The National Search Commission's budget for {{2026}} was cut by {{11%}} to {{612 million pesos}},
the finance ministry's draft shows. The commission has had {{three}} heads since {{2019}}. A
law approved in {{July 2025}} created a national biometric identity card within {{120 days}}.
Relatives marched on {{10 May}}, Mother's Day.
""",
)

item(
    "Guadalajara forensic lab extends hours",
    """
Jalisco's forensic science institute will open from {{7 am}} to {{10 pm}} from {{1 March}},
extending its hours by {{five}}, the institute said. DNA results now take {{eight months}}, down
from {{14}}. The institute's budget grew {{9%}} in {{2025}}, and its new lab cost
{{83 million pesos}}.
""",
)
