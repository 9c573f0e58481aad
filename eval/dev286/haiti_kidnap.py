"""Kidnappings for ransom, lynchings by self-defence groups (Bwa Kale), jailbreaks, arrests and
the rights groups' and BINUH's counts, 2021-2026."""

from _wrap import item

item(
    "Gang abducts 17 missionaries east of Port-au-Prince",
    """The {{400 Mawozo}} gang kidnapped [[17 members of a US-based missionary group|kidnapped;n=members]],
    including [[five children|kidnapped]], as they returned from visiting an orphanage in Ganthier,
    Haitian police said on {{Sunday}}. Christian Aid Ministries, based in Ohio, said the group was made
    up of [[16 Americans|kidnapped;a=Christian Aid Ministries]] and [[one
    Canadian|kidnapped;a=Christian Aid Ministries]].
    The youngest hostage is {{eight months}} old. The gang's leader demanded {{$1 million}} for each
    captive, a Haitian official told the Associated Press. The Centre for Analysis and Research in
    Human Rights (CARDH) said [[at least 628 people|kidnapped;a=The Centre for Analysis and Research in
    Human Rights (CARDH)]] had been kidnapped in Haiti in the {{first nine months}} of the year, among
    them [[29 foreigners|kidnapped;a=The Centre for Analysis and Research in Human Rights (CARDH)]].""",
)

item(
    "Twelve kidnapped missionaries freed after two months",
    """[[The remaining 12 missionaries|kidnapped;a=Christian Aid Ministries]] held by the {{400
    Mawozo}} gang were freed on {{Thursday}}, {{two months}} after their abduction, Christian Aid
    Ministries said. [[Two hostages|kidnapped;a=the group]] had been released in {{November}} and [[three
    more|kidnapped;a=the group;n=-]] in {{early December}}, the group said. The group said the last
    captives escaped on foot at night, walking for hours through brush, carrying a baby and
    other small children. [[About 20 kidnappers|combatants;a=witnesses]] had guarded them in shifts,
    according to witnesses. Haitian police said
    [[two suspects|arrested;a=Haitian police]] had been arrested in connection with the
    kidnapping. [[At least 60 people|kidnapped]] were abducted in the capital in the weeks the
    missionaries were held.""",
)

item(
    "Crowd burns 13 suspected gang members in Canapé-Vert",
    """A crowd in the Canapé-Vert neighbourhood of Port-au-Prince beat and burned to death [[13
    suspected gang members|killed;a=police]] on {{Monday}} morning, after police stopped a minibus
    carrying them and weapons, police said. Officers had seized [[four rifles|other;a=police]] and [[a
    pistol|other;v=1;u=other]] from the men before the crowd pulled them from the vehicle, a
    police statement said. The killings marked the start of the Bwa Kale movement, in which residents
    armed with machetes hunted suspected gang members. The National Human Rights Defense Network said
    [[at least 164 people|killed;a=The National Human Rights Defense Network]] were lynched in the
    {{first month}} of the movement. BINUH said gang-related kidnappings fell to [[about 40|kidnapped;a=BINUH]]
    in {{May}} from [[more than 120|kidnapped;a=BINUH]] in {{March}}.""",
)

item(
    "Self-defence groups killed 315 people in 2024, UN says",
    """Self-defence brigades and vigilantes killed [[at least 315 people|killed;a=the UN Integrated
    Office in Haiti]] suspected of links to gangs in {{2024}}, the UN Integrated Office in Haiti said in
    its quarterly report. In the {{fourth quarter}} alone, the office documented [[102 lynchings|killed;u=person;a=the
    office;alt=the UN Integrated Office in Haiti]], most of them in Delmas, Pétion-Ville and Saint-Marc.
    [[Seven police officers|killed;a=the report]] were among those who took part in killings of suspects,
    the report said. BINUH said [[14 women|killed;a=BINUH]] accused of being the partners of gang members were
    among the victims. The report also recorded [[48 people|injured;a=The report]] wounded in the
    attacks, and [[nine|missing;n=-;a=the report]] who disappeared after being seized by brigades,
    the report said.""",
)

item(
    "Jailbreak at national penitentiary frees thousands",
    """Gangs stormed the National Penitentiary in Port-au-Prince on {{Saturday}} night, freeing
    [[about 3,600 inmates|other;a=officials]], officials said. [[Only 99
    prisoners|other;a=the police]] chose to stay in their cells, most of them former soldiers from
    Colombia held over the assassination of President Jovenel Moïse, the police said. [[At least ten
    people|killed;a=witnesses]], among them [[three guards|killed;a=witnesses]], were killed, witnesses said.
    Gangs also attacked the Croix-des-Bouquets civil prison, where [[about 1,000 inmates|other;a=prison
    officials]] were held, prison officials said. [[About 50 escaped inmates|arrested;a=police]] were
    recaptured in the {{first week}}, police said. The government declared a state of emergency for
    {{72 hours}} and a curfew from {{6 p.m.}} to {{5 a.m.}} in the West department.""",
)

item(
    "RNDDH documents 400 killings in three months in Artibonite",
    """The National Human Rights Defense Network (RNDDH) has documented [[at least 400
    people|killed;a=The National Human Rights Defense Network (RNDDH)]] killed in the lower Artibonite
    between {{January}} and {{March}}, it said in a report published on {{Tuesday}}. The group said [[91
    people|kidnapped;a=The group;alt=The National Human Rights Defense Network (RNDDH)]] were kidnapped in
    the same period and [[some 25 women and girls|other;n=women and girls;a=The group;alt=The National Human Rights
    Defense Network (RNDDH)]] raped. RNDDH said gangs had burned [[more than 300 homes|housing;a=RNDDH]] and
    {{about 50 hectares}} of rice fields. [[At least 30 people|missing;a=RNDDH]] remain missing,
    RNDDH said. "The state has abandoned the valley," the group's director, Pierre Espérance, said.
    [[Between 8,000 and 10,000 farmers|displaced;a=farmers' groups]] have left the valley's rice
    fields, farmers' groups say.""",
)

item(
    "Journalists killed as gangs attack reopening of general hospital",
    """Gunmen opened fire on journalists gathered for the reopening of the State University Hospital
    of Haiti in downtown Port-au-Prince on {{December 24}}, killing [[two journalists|killed;a=the
    government]] and [[a police officer|killed;a=the government;v=1]], the government said. [[At least
    seven people|injured;a=the Association of Haitian Journalists]] were wounded, the Association of
    Haitian Journalists said. The Viv Ansanm coalition claimed the attack. [[Fifteen journalists|civilians]] were at the gate when the shooting started. The hospital, closed since
    {{February 2024}}, had been due to reopen with [[about 120 beds|capacity;u=other;p]]. [[Dozens of
    reporters|civilians;a=the association]] were trapped inside the building for hours, the association
    said.""",
)

item(
    "Police say 142 suspects arrested in gang crackdown",
    """The Haitian National Police said it had arrested [[142 suspected gang members|arrested;a=The
    Haitian National Police]] in {{January}} and seized [[87 firearms|other;a=The Haitian National
    Police]], including [[31 assault rifles|other;a=The Haitian National Police]]. The police said
    [[27 gang members|killed;a=The police;alt=The Haitian National Police]] had been killed in operations in
    Croix-des-Bouquets, Delmas and Bas-Delmas. [[Four officers|killed;a=The police;alt=The Haitian National
    Police]] also died, it said. [[About 60 of the suspects|arrested;a=a police spokesman]] have been charged,
    a police spokesman said. The spokesman said [[up to 40 others|arrested;a=The spokesman]] could be freed for
    lack of evidence, as the courts in the capital work only {{two days}} a week.""",
)

item(
    "Gang abducts nurses and a doctor from Canapé-Vert clinic",
    """Armed men kidnapped [[six nurses and a doctor|kidnapped;v=7;n=nurses and a doctor]] from a
    clinic in Canapé-Vert on {{Wednesday}}, hospital staff said. The gang demanded {{$300,000}} for
    their release, a relative said. The Haitian Nurses Association said [[at least 19 health
    workers|kidnapped;a=The Haitian Nurses Association]] had been abducted in the capital this year.
    [[Three of the nurses|kidnapped;a=police]] were freed on {{Friday}}, police said, after a ransom was paid.
    The kidnappers still held [[the other four|kidnapped;v=4;n=-]]. [[Around 25 staff|other]] at the
    clinic have stopped coming to work. The clinic's [[40 beds|capacity;u=other]] stand empty.""",
)

item(
    "Haiti: kidnappings fall but remain high, report says",
    """The Centre for Analysis and Research in Human Rights counted [[between 180 and 220
    kidnappings|kidnapped;a=The Centre for Analysis and Research in Human Rights;u=person]] in the
    {{first quarter}}, down from the record of {{2023}}. The centre said [[as many as 60|kidnapped;a=The
    centre;alt=The Centre for Analysis and Research in Human Rights]] of the victims may never have been
    reported. [[Seven of the hostages|killed;a=The Centre for Analysis and Research in
    Human Rights]] were killed in captivity, it said. Ransoms ranged from {{$5,000}} to {{$200,000}}. The
    centre said {{about 70%}} of victims were freed after a ransom was paid. Police said they had
    arrested [[fewer than 40 suspects|arrested;a=Police]] in kidnapping cases over the same
    {{three months}}. [[Only 12 of them|arrested;n=-;a=prosecutors]] have gone to trial, prosecutors
    said. [[Dozens of families|displaced;a=the centre;alt=The Centre for Analysis and Research in Human
    Rights]] have left Pétion-Ville's hills after repeated abductions, the centre said.""",
)

item(
    "Bwa Kale mob kills suspects in Pétion-Ville market",
    """Residents armed with machetes killed [[four men|killed;a=witnesses]] they accused of belonging to a
    gang in the Pétion-Ville market on {{Saturday}}, witnesses said, burning the bodies with tyres.
    Police said [[one other man|injured;a=Police]] was rescued and taken to hospital with machete wounds.
    [[Two others|arrested;a=police]] were detained, police said, for their own protection. The Office of the
    Citizen Protector said it had recorded [[more than 70 lynchings|killed;a=The Office of the Citizen
    Protector;u=person]] in the commune since {{April}}. [[About 50 men|combatants;a=a community leader]] now patrol the
    market area at night, a community leader said. [[Two vendors|injured]] were hurt when the crowd
    stampeded.""",
)

item(
    "Gangs release 9 kidnapped schoolchildren after ransom",
    """[[Nine schoolchildren|kidnapped;a=school officials]] kidnapped on their way to a school in Carrefour
    were released on {{Tuesday}}, school officials said, {{five days}} after their abduction. The
    children, {{aged 6 to 14}}, were taken along with [[their bus driver|kidnapped;v=1;n=driver]]. Their
    families paid about {{$40,000}} in all, a parent said. Police said [[three suspects|arrested;a=Police]]
    were arrested on {{Wednesday}} in Gressier. UNICEF said [[at least 30 children|kidnapped;a=UNICEF]] had
    been abducted on the way to or from school this year. [[Around 70 schools|other;a=the Ministry of
    Education]] in Carrefour and Gressier have shut since {{September}}, the Ministry of Education
    said, leaving [[some 18,000 pupils|other;a=the Ministry of Education]] out of class.""",
)

item(
    "Police free 11 hostages in Tabarre raid",
    """A police SWAT unit freed [[11 hostages|kidnapped;a=the police]] held by a gang in a house in Tabarre
    on {{Thursday}}, the police said. [[Two kidnappers|killed]] were killed and [[three|arrested;n=-]] arrested. Among the hostages were [[a pastor and his wife|kidnapped;v=2;n=pastor and his wife]],
    held for {{three weeks}}. Officers seized [[two Galil rifles|other]] and [[about 600 rounds|other]] of
    ammunition. An officer was slightly hurt.""",
)

item(
    "Rights group says 5 journalists killed in Haiti this year",
    """[[Five journalists|killed;a=the Committee to Protect Journalists]] have been killed in Haiti this year,
    according to the Committee to Protect Journalists, making it one of the most dangerous countries for
    the press. The CPJ said [[at least 14 others|injured;a=The CPJ]] had been wounded covering gang attacks,
    and [[two|missing;a=The CPJ;n=-]] were missing. [[Three reporters|kidnapped;a=The CPJ;alt=the Committee to Protect Journalists]] were held for
    ransom, it said. [[More than 30|displaced;a=the Association of Haitian Journalists;n=-]] journalists have
    fled their homes, the Association of Haitian Journalists said, and [[about 12 radio
    stations|other;u=structure;a=the Association of Haitian Journalists]] have closed, it said.""",
)

item(
    "Haiti's justice system in figures",
    """Haiti's prisons held inmates at {{more than three times}} their capacity before the {{2024}}
    jailbreaks, according to the National Penitentiary Administration. {{83%}} of detainees had never been
    tried. The average wait for a first hearing was {{1,100 days}}. The {{2025}} justice budget was
    {{$34 million}}, {{1.2%}} of state spending.""",
)

item(
    "Bwa Kale, three years on",
    """The movement that began in Canapé-Vert on {{April 24, 2023}} has changed form {{three years}} later,
    rights groups say. Vigilante brigades now collect fees of {{500 gourdes}} a month from households in
    some areas. {{About a quarter}} of Haitians said in a poll in {{2025}} that they supported it. The
    government has never published a list of victims.""",
)
