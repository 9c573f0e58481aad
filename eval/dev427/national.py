"""dev427 items: the national and international counts (registers, annual reports, the missing and
the graves, the National Guard and the army, UNHCR, the ICRC, the CNDH and Centro Prodh),
2019-2026."""

from _wrap import item

item(
    "Chiapas register counts 12,400 displaced as UNHCR expands aid",
    """
The Chiapas government said on Tuesday that it had registered [[12,400 internally displaced
people|displaced;a=The Chiapas government]] since opening a state register in {{September
2024}}. UNHCR, which helped design the register, said {{58%}} of those registered were women and
girls. The agency said it had given cash assistance to [[2,150 households|aid;a=The
agency;alt=UNHCR]] and was supporting [[four shelters|capacity;a=The agency;alt=UNHCR]] in
Comitán, Tapachula and San Cristóbal de las Casas. It expects to reach [[5,000
households|aid;p;a=UNHCR]] by the end of {{2025}}. The register also lists [[1,830
people|returned;a=The register]] who have gone back to their communities. The state's human
rights commission said [[at least 3,000 more|displaced;n=-;a=The state's human rights
commission]] had not come forward for fear of reprisals by the cartels.
""",
)

item(
    "Rights group counts nearly 29,000 newly displaced by violence in Mexico in 2023",
    """
[[At least 28,943 people|displaced;a=the Mexican Commission for the Defence and Promotion of
Human Rights (CMDPDH)]] were forced from their homes by violence in Mexico in {{2023}}, the
Mexican Commission for the Defence and Promotion of Human Rights (CMDPDH) said in its annual
report. The group counted [[32 episodes|other;u=other;a=The group;alt=CMDPDH]] of mass
displacement, most of them caused by fighting between cartels or by armed groups seizing land.
Chiapas accounted for [[about 16,400|displaced]] of the displaced, followed by Guerrero with
[[4,800|displaced]] and Michoacán with [[3,100|displaced]]. It said armed groups linked to drug
cartels were responsible for {{86%}} of the episodes. The commission estimated that [[more than
390,000 people|displaced;a=The commission;alt=CMDPDH]] have been displaced in Mexico since
{{2006}}. [[Fewer than 1,200|returned;a=CMDPDH]] of those displaced in {{2023}} had gone home by
the end of the year, it said.
""",
)

item(
    "Mexico's displaced: how many, where they go and who counts them",
    """
How many people have been displaced? The Internal Displacement Monitoring Centre (IDMC)
estimates that [[about 386,000 people|displaced;a=The Internal Displacement Monitoring Centre
(IDMC)]] were living in displacement because of conflict and violence in Mexico at the end of
{{2023}}, and it recorded [[some 21,000 new displacements|displaced;a=The Internal Displacement
Monitoring Centre (IDMC)]] in {{2024}}. Where do they go? Most move to state capitals or towards
the US border, and UNHCR says [[about 98,000 Mexicans|displaced;a=UNHCR]] applied for asylum
abroad in {{2023}}. How many come back? The federal government says [[12,300
people|returned;a=The federal government]] went back to their communities with state help between
{{2019}} and {{2024}}. What help is there? UNHCR says it assisted [[about 43,000 people|aid;a=UNHCR]]
in Mexico last year and supports a network of [[85 shelters|capacity;a=UNHCR]] for displaced
people and migrants.
""",
)

item(
    "National Guard passes 130,000 members as deployments grow",
    """
The National Guard had [[133,000 members|combatants;a=the Defence Ministry]] at the end of
{{2024}}, the Defence Ministry said in its annual report, up from [[about
76,000|combatants;a=the Defence Ministry]] in its {{first}} year. [[Some 12,000
guardsmen|combatants;a=the report;alt=Defence Ministry]] are deployed in Sinaloa, [[7,500|combatants;a=the
report;alt=Defence Ministry]] in Guanajuato and [[6,200|combatants;a=the report;alt=Defence
Ministry]] in Michoacán, the report said. [[Thirty-eight guardsmen|killed;a=the ministry;alt=Defence
Ministry]] were killed on duty in {{2024}} and [[211|injured;a=the ministry;alt=Defence Ministry]]
wounded, the ministry said. The government plans to expand the force to [[150,000 members|combatants;p;a=The
government]] by {{2027}}. Rights groups say the
Guard's growth has come at the expense of civilian police forces.
""",
)

item(
    "Mexico's missing pass 100,000 as families keep digging",
    """
The number of people registered as missing in Mexico passed [[100,000|missing;a=the government's
National Search Commission]] on {{May 16, 2022}}, the government's National Search Commission
said. The commission said [[more than 52,000 bodies|killed;a=The commission;alt=National Search
Commission]] lay unidentified in morgues, common graves and forensic centres. Families' collectives
have found [[more than 4,000 clandestine graves|other;u=other;a=government data]] since {{2006}},
according to government data. In Jalisco alone, [[about 15,000 people|missing;a=the state
prosecutor]] are missing, the state prosecutor said. Searchers found [[24 bodies|killed]] in a
well in Tlajomulco last month. [[At least two searchers|killed;a=Amnesty International]] have
been killed in Guanajuato this year, Amnesty International said.
""",
)

item(
    "Sheinbaum orders overhaul of search for the missing after Teuchitlán find",
    """
President Claudia Sheinbaum on {{March 17, 2025}} ordered an overhaul of the search for missing
people, days after a search collective found a suspected cartel training camp at a ranch in
Teuchitlán, Jalisco. The national register lists [[more than 124,000 people|missing;a=The
national register]] as missing. Sheinbaum said the government would hire [[up to 800 forensic
experts|other;p;a=Sheinbaum]] and build [[five identification centres|other;p;a=Sheinbaum]] over
the next {{two years}}. Interior Minister Rosa Icela Rodríguez said [[72,000
bodies|killed;a=Interior Minister Rosa Icela Rodríguez]] were awaiting identification. Relatives
of [[dozens of missing people|missing]] protested outside the National Palace on Saturday. The
statistics institute INEGI recorded [[30,057 homicides|killed;a=The statistics institute INEGI]]
in {{2024}}.
""",
)

item(
    "Centro Prodh report accuses troops of abuses in fight against cartels",
    """
Centro Prodh said in a report on Tuesday that the armed forces had detained [[more than 2,300
people|arrested;a=Centro Prodh]] in operations against cartels in Sinaloa, Michoacán and Guerrero
in {{2024}}, and that it had documented [[48 cases|other;a=Centro Prodh]] of torture among them.
The group said [[at least 19 civilians|killed;a=The group;alt=Centro Prodh]] were killed by
soldiers or guardsmen at checkpoints. The Defence Ministry said [[263,000 soldiers, sailors and
guardsmen|combatants;n=soldiers, sailors and guardsmen;a=The Defence Ministry]] were deployed on
public security tasks that year. The CNDH said complaints against the armed forces had risen
for a {{third}} year. In Nuevo Laredo, soldiers shot dead [[five young men|killed]]
in {{February 2023}}; [[16 soldiers|arrested]] were later detained over the killings.
""",
)

item(
    "CNDH faults Guerrero over 1,400 people displaced from the sierra",
    """
The CNDH issued a recommendation on Friday finding that the Guerrero government had failed to
protect [[about 1,400 people|displaced;a=The CNDH]] who fled the municipalities of Leonardo Bravo
and Zitlala between {{2018}} and {{2021}}. The commission said [[400 to 450
families|displaced;a=The commission;alt=CNDH]] had lived for {{more than three years}} in a
sports hall and rented rooms in Chilpancingo. It said [[38 people|killed;a=CNDH]] had been killed
and [[15|missing;a=CNDH]] had disappeared in the communities before the exodus. The
recommendation, numbered {{98/2022}}, asks the state to build [[120 homes|housing;p]] for the
families and to pay them reparations. State officials said [[60 families|returned;a=State
officials]] had gone back with police protection since {{2022}}.
""",
)

item(
    "ICRC says it helped thousands of relatives of the missing in Mexico",
    """
The International Committee of the Red Cross said on Thursday that it had supported [[more than
3,600 relatives|aid;a=The International Committee of the Red Cross]] of missing people in Mexico
in {{2024}}, with psychological care, legal advice and money for travel. The organisation said
it had delivered [[about 1,100 body bags|aid;a=The organisation;alt=The International Committee
of the Red Cross]] to forensic services and trained [[620 search volunteers|other;a=The
organisation;alt=The International Committee of the Red Cross]] in first aid. In Chiapas and
Guerrero, it gave [[4,200 hygiene kits|aid;a=The International Committee of the Red Cross]] and
cash to [[1,500 displaced households|aid;a=The International Committee of the Red Cross]], it
said. Its delegates visited [[some 11,000 detainees|arrested]] in federal and state prisons.
""",
)

item(
    "Security cabinet reports 1,800 arrests in a week of operations",
    """
Mexico's security cabinet said on Monday that [[1,812 people|arrested;a=Mexico's security
cabinet]] had been arrested in operations across the country in the week to Sunday, and that
[[more than 930 firearms|other;a=Mexico's security cabinet]] had been seized, along with drugs and
cash. The cabinet said [[24 kidnapping
victims|kidnapped;a=The cabinet;alt=Mexico's security cabinet]] had been freed and [[eleven
soldiers and guardsmen|killed;n=soldiers and guardsmen;a=The cabinet;alt=Mexico's security
cabinet]] killed in the week. Security Secretary Omar García Harfuch told reporters that [[more
than 34,000 people|arrested;a=Security Secretary Omar García Harfuch]] had been detained for
high-impact crimes since {{October 2024}}.
""",
)

item(
    "Journalists' project maps 5,696 clandestine graves across Mexico",
    """
The journalists' project A dónde van los desaparecidos said on Wednesday that [[5,696 clandestine
graves|other;u=other;a=The journalists' project A dónde van los desaparecidos]] had been found in
Mexico between {{2006}} and {{2023}}, holding the remains of [[more than 8,000
people|killed;a=The journalists' project A dónde van los desaparecidos]]. Veracruz had the most,
with [[about 1,070|other;u=other]], followed by Jalisco and Guerrero. Search collectives made
{{58%}} of the discoveries, it said. In Colima, a state of [[750,000 people|civilians]], [[more
than 200 graves|other;u=other]] have been found since {{2019}}. The federal search commission
puts the total lower, at [[4,565 graves|other;u=other;a=The federal search commission]].
""",
)

item(
    "At least 28 searching relatives killed since 2010, UN office says",
    """
[[At least 28 people|killed;a=the UN human rights office in Mexico]] who were searching for
missing relatives have been killed in Mexico since {{2010}}, and [[at least
eight|missing;a=the UN human rights office in Mexico]] have themselves disappeared, the UN human
rights office in Mexico said in a report. Most of the searchers were women, and [[nine|killed;a=the
report;alt=the UN human rights office in Mexico]] were killed in Guanajuato alone, the report
said. In Guanajuato, [[more than 3,000 people|missing]] are listed as missing. The federal
protection mechanism said it was protecting [[102 searchers|other;a=The federal protection
mechanism]]. Police arrested [[two suspects|arrested]] over the killing of a searcher in Celaya
in {{May}}.
""",
)

item(
    "Army lost 63 soldiers to cartel attacks last year, ministry says",
    """
The Defence Ministry said in response to a freedom-of-information request that [[63
soldiers|killed;a=The Defence Ministry]] had been killed in attacks by criminal groups in
{{2024}}. It said [[about 240|injured;a=The Defence Ministry]] had been wounded and that troops
had been hit by [[more than 260 improvised explosive devices|other;a=The Defence Ministry]], most
of them in Michoacán and Jalisco. It counted [[1,340 drone attacks|other;u=other;a=The Defence
Ministry]] on troops and civilians over the same period. Soldiers killed [[about 255 suspected
cartel gunmen|killed;a=the ministry;alt=Defence Ministry]] in clashes, the ministry said. The army
deploys [[some 90,000 troops|combatants;a=the ministry;alt=Defence Ministry]] on public security
duties, according to the ministry.
""",
)

item(
    "Mexican families fleeing cartels wait at Ciudad Juárez crossing",
    """
[[About 1,200 Mexicans|displaced;a=Ciudad Juárez's municipal government]] from Guerrero,
Michoacán and Zacatecas were camped near the Paso del Norte bridge on Tuesday, hoping to ask for
asylum in the United States, Ciudad Juárez's municipal government said. Under the {{Title 42}}
health order, most were turned back without a hearing. US Customs and Border Protection said it
had encountered [[about 10,000 Mexican family members|displaced;a=US Customs and Border
Protection]] at the southern border in {{March}}. A shelter run by the Catholic church held [[350
people|displaced]]. The shelter's director said [[at least 40 families a week|displaced;a=The
shelter's director]] were arriving from the south. Mexican immigration officials said [[between 2,300 and
2,500 people|returned;a=Mexican immigration officials]] had been expelled back to Ciudad Juárez
that month. The Chihuahua government said it would open [[two more shelters|capacity;p;a=The
Chihuahua government]].
""",
)

item(
    "Senate puts National Guard under army command",
    """
Mexico's Senate on {{September 25, 2024}} approved a constitutional reform placing the National
Guard under the Defence Ministry, reversing the civilian design of {{2019}}. The reform amends
{{Article 21}} and {{Article 129}} of the constitution and gives the Guard a budget of {{72
billion pesos}} for {{2025}}. A poll published by El Financiero found {{63%}} of respondents
approved of the change. Rights groups said the reform would entrench the military's role in
policing for {{decades}}. The National Guard was created in {{March 2019}}, {{13 years}} after
the army was first sent against the cartels in {{December 2006}}.
""",
)

item(
    "Homicides fall by a quarter in first year of Sheinbaum government",
    """
Mexico's homicide rate fell to {{19.3 per 100,000 inhabitants}} in the year to {{September
2025}}, from {{25.1 per 100,000 inhabitants}} a year earlier, the security cabinet said on
{{October 8, 2025}}. Security Secretary Omar García Harfuch said it was the lowest rate since
{{2016}}. Guanajuato, Chihuahua and Baja California remained the most violent states, while in
Sinaloa the rate rose by {{147%}}. Analysts at the think tank México Evalúa said the fall of
{{about 25%}} partly reflected a rise in disappearances, which are not counted as homicides.
""",
)
