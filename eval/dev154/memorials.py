"""Memorials, museums, exhumations, reburials and searches for the disappeared, with the
anniversaries that bring them into the news (14 texts, all with figures)."""

from _wrap import item

item(
    "Ten years on, Ayotzinapa parents march with no answers",
    """MEXICO CITY (AP) - [[Thousands of people|other]] marched through the Mexican capital on
    Thursday behind the parents of the [[43 students|missing]] from the Ayotzinapa rural
    teachers college who disappeared {{10 years}} ago in the southern state of Guerrero. Police
    and gunmen attacked the buses the students had commandeered in the city of Iguala on the
    night of {{September 26, 2014}}, killing [[six people|killed]], among them [[three other
    students|killed]], and wounding [[about 40|injured;n=-]]. Only the remains of [[three of
    the missing|killed;n=-]] have been identified, from bone fragments analyzed by a laboratory
    in Innsbruck, Austria. Prosecutors say [[more than 120 people|arrested;a=Prosecutors]] have
    been arrested over the case, among them [[16 soldiers|arrested;a=Prosecutors]], but no one
    has been convicted of the disappearance itself. Search teams have combed [[more than 200
    sites|other;a=the parents' lawyers]] in Guerrero, the parents' lawyers say. The parents met
    President Andrés Manuel López Obrador {{more than 30 times}} during his {{six-year}} term.
    "They told us in {{2014}} that our sons were burned in a garbage dump," said Cristina
    Bautista, whose son Benjamín was {{19}}. "We never believed it." """,
)

item(
    "Spain identifies first Civil War victims exhumed from Cuelgamuros crypts",
    """MADRID, {{April 3}} (Reuters) - Forensic teams working in the crypts of the Valley of
    Cuelgamuros, the vast monument outside Madrid built by Francisco Franco, have recovered the
    remains of [[160 people|killed;a=the government]] and identified [[12|killed;n=-;a=the
    government]] of them, the government said on Thursday. [[More than 33,800 people|killed]]
    from both sides of the {{1936-39}} Civil War lie in the crypts, many moved there from mass
    graves without their families' consent in the {{1950s}} and {{1960s}}. [[About 400
    families|other]] have formally requested the return of their relatives. A team of [[23
    forensic experts|other]] has been working in the damp, collapsed chambers since {{June
    2023}}. Across Spain, the remains of [[more than 100,000 people|missing;a=the Ministry of
    Democratic Memory]] killed by Franco's forces are still believed to lie in unmarked graves,
    according to the Ministry of Democratic Memory. Since {{2000}}, [[more than 9,000
    bodies|killed]] have been exhumed from [[about 800 mass graves|other;u=other]]. Franco, who
    died in {{1975}}, was himself removed from the basilica in {{2019}}, and the monument, once
    called the Valley of the Fallen, was renamed under the {{2022}} Democratic Memory Law. A
    {{€30.8 million}} redesign is due to start next year. "My grandfather was {{34}}," said
    Fausto Canales, {{88}}. "I want to bury him beside my grandmother." """,
)

item(
    "Excavation begins at Tuam mother and baby home",
    """A forensic excavation has begun at the site of a former mother and baby home in Tuam,
    County Galway, where records show [[796 children|killed]] died between {{1925}} and
    {{1961}}. The work follows research by local historian Catherine Corless, who could find
    almost no burial records for them. Test digs in {{2017}} found human remains in
    [[17|other;n=-;u=other]] of [[20 chambers|other;u=other]] of a disused underground sewage
    tank. A team of [[about 20 experts|other;p;a=the Office of the Director of Authorised
    Intervention, Tuam]] will work on the site for up to {{two years}}, the Office of the
    Director of Authorised Intervention, Tuam, said. [[More than 100 relatives|other;a=the
    office;alt=the Office of the Director of Authorised Intervention, Tuam]] have given DNA
    samples, the office said. It put the cost of preparing the site at {{€2.2m}}. [[About 50
    people|other]] gathered at the small memorial garden on Monday. A commission of
    investigation found in {{2021}} that [[about 9,000 children|killed;a=A commission of
    investigation]] had died in the homes it examined, {{15%}} of all children born in them.""",
)

item(
    "Cambodia opens new hall at Tuol Sleng on anniversary of Khmer Rouge fall",
    """PHNOM PENH - Cambodia opened a new exhibition hall at the Tuol Sleng Genocide Museum on
    Wednesday, the {{47th}} anniversary of the fall of the Khmer Rouge, with [[more than 1,500
    photographs|other;u=other]] of prisoners taken as they arrived at the former high school.
    [[At least 14,000 people|arrested]] were held and tortured at the prison, known as
    {{S-21}}, between {{1975}} and {{1979}}, and [[only a dozen|other;n=-]] are known to have
    survived. Across the country, [[about 1.7 million people|killed;v=1700000]] died from
    execution, starvation and overwork under the regime, {{nearly a quarter}} of the
    population. The Documentation Center of Cambodia says it has mapped [[more than 19,000 mass
    graves|other;u=other;a=The Documentation Center of Cambodia]] and [[196
    prisons|other;u=structure;a=The Documentation Center of Cambodia]]. The UN-backed tribunal,
    which cost about {{$337 million}} over {{16 years}}, convicted [[only three
    people|arrested]]. [[About 300 people|other]], many of them students, attended the opening.""",
)

item(
    "ESMA, Argentina's largest clandestine detention centre, joins World Heritage list",
    """The ESMA Museum and Site of Memory, the former navy school in Buenos Aires where the
    dictatorship ran its largest clandestine detention centre, was added to UNESCO's World
    Heritage list on Tuesday. [[About 5,000 people|arrested;a=human rights groups]] were held
    there between {{1976}} and {{1983}}, according to human rights groups, and [[only about
    200|other;n=-]] survived. Most of the rest were drugged and thrown alive from navy planes
    into the River Plate. Rights groups estimate that [[30,000 people|missing;a=Rights groups]]
    were disappeared across the country. Pregnant prisoners gave birth in the officers'
    quarters, and [[at least 30 babies|kidnapped]] born at ESMA were handed to military
    families. Since trials resumed in {{2006}}, courts have convicted [[1,187
    people|arrested;a=the prosecutor's office]] of crimes against humanity, the prosecutor's
    office says. [[Around 300,000 visitors|other]] came to the museum last year. [[More than
    800 witnesses|other]] have testified in the ESMA trials. The decision, taken at the
    {{45th}} session of the World Heritage Committee in Riyadh, comes weeks before a
    presidential runoff.""",
)

item(
    "Japanese and US veterans' families mark 80 years since Iwo Jima",
    """Japanese and American officials held a joint memorial ceremony on Iwo Jima on Saturday,
    {{80 years}} after one of the fiercest battles of the Pacific War. [[About 21,900 Japanese
    soldiers|killed]] died defending the island, and [[nearly 7,000 U.S. troops|killed]] were
    killed in the {{five-week}} battle. The health ministry says the remains of [[about 10,000
    Japanese soldiers|killed;a=The health ministry]] have been recovered, leaving [[some
    11,000|missing;n=-;a=The health ministry]] still in the island's tunnels and caves. This
    fiscal year, search teams brought back [[55 sets of remains|killed]], and DNA testing
    identified [[12|killed;n=-]]. [[About 300 people|other]] attended the ceremony, including
    [[three U.S. veterans|other]], all of them over {{100}}. [[Some 1,000 civilians|displaced]]
    evacuated from the island in {{1944}} were never allowed to return. The island, about
    {{1,200 kilometers}} south of Tokyo, is now used only by Japan's Self-Defense Forces.""",
)

item(
    "South Korea marks 75 years since Jeju massacres",
    """JEJU, South Korea - [[More than 3,000 relatives|other]] and officials gathered at the
    {{4.3}} Peace Park on Monday to mark the {{75th}} anniversary of the Jeju {{April 3}}
    Incident, in which [[between 14,000 and 30,000 people|killed]] were killed by police,
    soldiers and right-wing youth groups between {{1947}} and {{1954}}. The government has
    officially recognised [[14,738 people|killed;a=The government]] as having been killed or
    gone missing. [[Some 300 villages|housing]] were burned in the mountains. Since {{2006}},
    excavations have recovered the remains of [[about 400 people|killed]] from sites including
    Jeju airport, and [[144|killed;n=-]] have been identified through DNA. Under a {{2021}}
    law, the state pays compensation of up to {{90 million won}} per victim, and [[about 11,000
    families|other;a=the provincial government]] have applied, according to the provincial
    government. In {{1949}}, [[more than 2,500 islanders|arrested]] were sentenced by military
    tribunals and sent to prisons on the mainland; in {{2019}}, [[18 of them|other;n=-]] had
    their convictions quashed. For decades the killings could not be spoken of on the island.
    "My mother was shot in front of me when I was {{seven}}," said Kim Yeon-ok, {{82}}.""",
)

item(
    "Namibia holds first Genocide Remembrance Day",
    """Namibia held its first national Genocide Remembrance Day on Wednesday, commemorating the
    Herero and Nama people killed by German colonial troops between {{1904}} and {{1908}}, in
    what historians call the first genocide of the {{20th century}}. [[Up to 65,000
    Herero|killed]] and [[about 10,000 Nama|killed]] died, many of them driven into the Omaheke
    desert to die of thirst. [[More than 15,000 people|arrested]] were held in concentration
    camps, among them the camp on Shark Island, off Lüderitz, where [[about 3,000
    prisoners|killed]] died. [[Only about 16,000 Herero|other]] survived the war. [[Thousands
    of people|other]] attended the ceremony in Windhoek, where President Netumbo Nandi-Ndaitwah
    called on Germany to pay reparations. Germany has returned the remains of [[about 80
    people|killed]], taken for racial research, since {{2011}}, and in {{2021}} offered
    {{€1.1bn}} in development aid over {{30 years}}, a deal Herero and Nama leaders rejected.""",
)

item(
    "Tulsa marks centennial of race massacre as search for graves goes on",
    """TULSA, Oklahoma (AP) - [[Thousands of people|other]] gathered in the Greenwood district
    on Monday for the {{100th}} anniversary of the Tulsa Race Massacre, when a white mob killed
    [[as many as 300 Black residents|killed]], burned [[more than 1,200 homes|housing]] and
    destroyed [[dozens of businesses|housing;u=structure]] across {{35 square blocks}}. [[About
    10,000 people|displaced]] were left homeless, and [[about 6,000 Black residents|arrested]]
    were held in internment centres. Insurance claims for {{$1.8 million}} were denied.
    Researchers searching for the victims' unmarked graves uncovered [[19
    coffins|other;u=other]] in Oaklawn Cemetery last year. [[Three survivors|other]], now
    {{aged 101 to 107}}, are suing the city for reparations.""",
)

item(
    "Halabja marks 35 years since chemical attack",
    """HALABJA, Iraq - Sirens sounded across this Kurdish city at {{11am}} on Thursday as
    [[about 3,000 people|other]] gathered at the monument to the victims of the chemical attack
    carried out by Saddam Hussein's forces {{35 years}} ago. Iraqi jets dropped mustard gas and
    nerve agents on the city on {{March 16, 1988}}, killing [[about 5,000 people|killed]], most
    of them women and children, and injuring [[about 10,000|injured;n=-]]. The Halabja Chemical
    Victims Society says [[about 480 survivors|injured;a=The Halabja Chemical Victims Society]]
    are still being treated for lung and eye diseases. The attack came during the Anfal
    campaign, in which [[up to 182,000 Kurds|killed]] were killed and [[about 4,000
    villages|housing]] destroyed. [[Thousands of survivors|displaced]] fled across the border
    to Iran. In the city's cemetery, the graves of [[hundreds of victims|killed]] still bear no
    names.""",
)

item(
    "Three years after Mariupol theatre strike, toll remains unknown",
    """On {{March 16, 2022}}, a Russian air strike hit the Donetsk Academic Regional Drama
    Theatre in Mariupol, where [[more than 1,000 civilians|displaced]] had taken shelter. The
    word "children" had been painted in Russian in huge letters on the ground outside. Amnesty
    International concluded that [[at least 12 people|killed;a=Amnesty International]] were
    killed; an Associated Press investigation put the toll [[closer to
    600|killed;n=-;q=approx;a=an Associated Press investigation]]. Russia, which took the city
    after an {{86-day}} siege, has since rebuilt the theatre. Ukraine's government estimates
    that [[at least 25,000 civilians|killed;a=Ukraine's government]] were killed in the city
    during the siege, and [[about 350,000 residents|displaced]] fled. When Russian forces took
    the last districts in May, [[about 100,000 residents|civilians]] were still in the city.
    Satellite images show [[more than 10,000 new graves|other;u=other]] in Mariupol's
    cemeteries.""",
)

item(
    "Remains of 12 found in new mass grave near Prijedor",
    """Bosnia's Missing Persons Institute said on Tuesday it had exhumed the remains of [[at
    least 12 people|killed;a=Bosnia's Missing Persons Institute]] from a mass grave near
    Prijedor, in the north-west of the country, {{34 years}} after they were killed. The grave
    was found after a tip-off from a local resident. [[Some 3,000 non-Serb civilians|killed]]
    from the Prijedor area were killed in {{1992}}, and [[about 700|missing;n=-;a=the
    institute;alt=Bosnia's Missing Persons Institute]] are still missing, the institute said.
    The Omarska camp held [[more than 3,000 prisoners|arrested]] that summer. The Tomasica mass
    grave, discovered in {{2013}}, held the remains of [[435 people|killed]]. [[Around 100
    relatives|other]] watched the excavation from behind police tape. At the end of the war in
    {{1995}}, [[more than 31,000 people|missing]] were missing across Bosnia; [[about
    7,600|missing;n=-]] have still not been found.""",
)

item(
    "Five years after siege, Marawi residents still wait to go home",
    """MARAWI CITY - {{Five years}} after the siege of Marawi, the heart of the city remains a
    wasteland of cleared lots and new government buildings, with few of its original residents.
    The {{five-month}} battle between troops and militants allied with the Islamic State killed
    [[more than 1,100 people|killed]], including [[168 soldiers and police|killed;n=soldiers
    and police]], and [[about 350,000 residents|displaced]] fled. Task Force Bangon Marawi says
    [[about 17,000 families|displaced;a=Task Force Bangon Marawi]] are still in temporary
    shelters or living with relatives. The government built [[more than 4,000 transitory
    shelters|capacity]] in Sagonsongan and other sites, and pays [[about 8,000
    families|aid;a=the task force;alt=Task Force Bangon Marawi]] a monthly rental subsidy, the
    task force says. [[24 barangays|housing;u=other]] in the "most affected area" were
    flattened by airstrikes and fighting. Only [[about 3,000 families|returned;a=the task
    force;alt=Task Force Bangon Marawi]] have been allowed to rebuild there, the task force
    said. Under {{Republic Act 11696}}, the Marawi Compensation Act signed in April, owners of
    destroyed homes are to be paid, but the compensation board has yet to be formed. Officials
    expect [[more than 10,000 claims|other;u=other;p;a=Officials]].""",
)

item(
    "Remains found at Medellin rubble dump where victims of 2002 operation were buried",
    """MEDELLIN, Colombia - Forensic investigators have found the remains of [[at least six
    people|killed;a=the Search Unit for Persons Deemed Missing]] at La Escombrera, a rubble
    dump on the edge of Medellin, the Search Unit for Persons Deemed Missing said on Friday.
    The dump is believed to hold the bodies of [[as many as 100 people|missing]] who
    disappeared during Operation Orion in {{October 2002}}, when [[more than 1,000 soldiers and
    police|combatants;n=soldiers and police]] swept into {{Comuna 13}} to drive out urban
    militias. [[About 350 people|arrested]] were detained during the operation. [[At least 16
    civilians|killed]] were killed in the crossfire. For {{more than 20 years}}, [[about 30
    mothers|other]] kept vigil at the dump while trucks kept unloading rubble on top of their
    children. Colombia's truth commission estimated that [[about 121,000
    people|missing;a=Colombia's truth commission]] were forcibly disappeared during the armed
    conflict between {{1985}} and {{2016}}.""",
)
