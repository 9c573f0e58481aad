"""dev198 items: Ukraine, Russia, Belarus, the Caucasus, the Balkans and Europe, and the annual
global counts of CPJ, RSF, the IFJ, UNESCO and the IPI."""

from _wrap import item

item(
    "Ukraine watchdog tallies Russian crimes against media in third year of war",
    """Ukraine's Institute of Mass Information (IMI) said on Tuesday that [[at least 106 media
    workers|killed;a=Ukraine's Institute of Mass Information (IMI)]] had been killed since Russia's
    full-scale invasion in {{February 2022}}, [[15|killed;a=Ukraine's Institute of Mass Information
    (IMI);n=-]] of them while working as journalists and the rest as soldiers or civilians. It
    recorded [[1,032 crimes|other;a=Institute of Mass Information;u=other]] against the media by
    Russia over the period, including [[27 journalists|injured;a=Institute of Mass Information]]
    wounded in shelling or by drones. [[At least 30 Ukrainian journalists|arrested;a=the National
    Union of Journalists of Ukraine]] are held in Russian captivity, most of them taken in occupied
    areas, the National Union of Journalists of Ukraine says. Russian strikes have destroyed or
    damaged [[48 media offices|housing;u=structure]] and knocked out [[more than 30 TV
    towers|other;u=other]]. [[Some 200 regional outlets|other;a=IMI;u=other]] have closed since the
    invasion, mostly for lack of advertising, IMI says.""",
)

item(
    "Freed Ukrainian journalist describes years in Russian prisons",
    """Ukraine's coordination headquarters for prisoners of war said [[84 Ukrainians|other;a=Ukraine's
    coordination headquarters for prisoners of war]] were freed in Sunday's exchange, among them
    journalist Dmytro Khyliuk, who was seized by Russian troops near Kyiv in {{March 2022}}.
    Khyliuk, {{49}}, told reporters he had shared cells with [[at least 10 other Ukrainian
    journalists|arrested;a=Khyliuk]] during his captivity. The National Union of Journalists of
    Ukraine says [[as many as 28 media workers|arrested;a=The National Union of Journalists of
    Ukraine]] remain in Russian custody and [[eight|missing;a=The National Union of Journalists of
    Ukraine;n=-]] are unaccounted for. The body of freelance reporter Viktoriia Roshchyna, who died
    in Russian custody at the age of {{27}}, was returned in {{February 2025}} among [[757
    bodies|killed;a=Ukrainian prosecutors]] handed over by Russia, Ukrainian prosecutors said.
    Kyiv says [[more than 20 journalists|kidnapped;a=Kyiv]] were abducted in occupied areas in
    {{2025}} alone.""",
)

item(
    "Missile strike on Kramatorsk hotel kills Reuters safety adviser",
    """A Russian missile strike on a hotel in Kramatorsk late on Saturday killed a safety adviser
    working with a Reuters team and wounded [[two of its journalists|injured;a=Reuters;n=journalists]],
    Reuters said. Vadym Filashkin, the regional governor, said [[at least five people|injured;a=Vadym
    Filashkin]] were hurt in the strike on the city, where [[about 80,000 residents|civilians;a=Vadym
    Filashkin]] still live. The National Union of Journalists of Ukraine said it had handed out
    [[more than 1,500 body armour sets|aid;a=The National Union of Journalists of Ukraine]] and
    [[900 first-aid kits|aid;a=The National Union of Journalists of Ukraine]] to reporters since
    {{2022}}, and would distribute [[another 500 helmets|aid;a=The National Union of Journalists of
    Ukraine;u=other;p]] this winter. Its [[nine Journalists' Solidarity Centres|other]], where
    reporters can find power, internet and counselling, have served [[more than 4,000
    journalists|aid]]. The Institute of Mass Information said [[14 journalists|injured;a=The
    Institute of Mass Information]] had been wounded in Donetsk region this year.""",
)

item(
    "Russia holds record number of journalists behind bars, RSF says",
    """Russia is holding [[at least 38 journalists|arrested;a=Reporters Without Borders]] in prison,
    [[18|arrested;a=Reporters Without Borders;n=-]] of them Ukrainians, according to Reporters
    Without Borders. Roskomnadzor has blocked [[more than 10,000 websites|other;a=Roskomsvoboda;u=other]]
    since {{February 2022}}, including [[several hundred news sites|other;a=Roskomsvoboda]], the
    media freedom project Roskomsvoboda says. OVD-Info counts [[more than 1,100 people|other;a=OVD-Info]]
    charged under wartime censorship laws. Evan Gershkovich was freed in {{August 2024}} in an
    exchange that released [[16 people|other]] held in Russia and Belarus. [[Hundreds of Russian
    journalists|displaced]] have left the country since the invasion, many for Riga, Tbilisi and
    Berlin. A media hub in Riga, opened with Latvian government support, has desks for [[40 exiled
    journalists|capacity]].""",
)

item(
    "Belarusian journalists' association counts 33 colleagues behind bars",
    """The Belarusian Association of Journalists (BAJ), which operates from exile in Vilnius, said
    [[33 media workers|arrested;a=The Belarusian Association of Journalists (BAJ)]] were in prison
    in Belarus at the start of {{2025}}. It estimates that [[about 500 journalists|displaced;a=The
    Belarusian Association of Journalists (BAJ)]] have left the country since the disputed
    election of {{August 2020}}, when [[hundreds of reporters|arrested;a=The Belarusian
    Association of Journalists (BAJ)]] were detained covering protests. Press Club Belarus said its Warsaw hub, which has space for [[25 reporters|capacity;a=Press Club
    Belarus]], would take in [[15 more|capacity;a=Press Club Belarus;n=-;p]] next year. [[Twelve journalists|arrested]] were freed under
    pardons in {{2024}} and {{2025}}, and [[nine|displaced;n=-]] of them were deported to
    Lithuania on release. Andrzej Poczobut, a correspondent for Gazeta Wyborcza, is serving {{eight
    years}} in a penal colony.""",
)

item(
    "Azerbaijan jails Abzas Media reporters for up to nine years",
    """A court in Baku on Friday sentenced [[six journalists|arrested]] from the investigative outlet
    Abzas Media to between {{7.5 and nine years}} in prison on smuggling charges that the outlet
    calls fabricated. The Committee to Protect Journalists said Azerbaijan was holding [[at least
    25 journalists|arrested;a=The Committee to Protect Journalists]], up from [[13|arrested;a=The
    Committee to Protect Journalists;n=-]] a year earlier. Police raided the offices of Toplum TV
    in {{March 2024}}, detaining [[11 staff|arrested]] and seizing computers and cameras. [[Seven
    reporters|arrested]] from Meydan TV were detained in {{December}}. The International Press
    Institute said [[some 40 Azerbaijani journalists|displaced;a=The International Press
    Institute]] now work from exile in Georgia, Germany and France.""",
)

item(
    "Reporters beaten as police disperse Tbilisi protests",
    """[[More than 50 journalists|injured;a=Georgia's public defender]] have been injured while
    covering protests in Tbilisi since the government suspended EU accession talks on {{November
    28}}, Georgia's public defender said on Thursday. The Georgian Charter of Journalistic Ethics
    said [[at least 12 reporters|injured;a=The Georgian Charter of Journalistic Ethics]] needed
    hospital treatment, [[two|injured;a=The Georgian Charter of Journalistic Ethics;n=-]] with
    head injuries. The interior ministry said [[between 300 and 400 protesters|arrested;a=The
    interior ministry]] had been detained, including [[at least seven journalists|arrested;a=The
    interior ministry]]. [[Several thousand riot police|combatants]] were deployed on Rustaveli
    Avenue each night with water cannon. Formula TV and TV Pirveli said [[three cameras|other;a=Formula
    TV and TV Pirveli;u=other]] were smashed by masked men in the crowd.""",
)

item(
    "Serbian journalists' union logs record attacks during student protests",
    """The Independent Journalists' Association of Serbia (NUNS) recorded [[more than 250
    attacks|other;a=The Independent Journalists' Association of Serbia (NUNS);u=other]] and
    threats against journalists in the first {{nine months}} of {{2025}}, including [[79 physical
    assaults|other;a=The Independent Journalists' Association of Serbia (NUNS);u=other]]. [[Dozens
    of reporters|other]] marched to the government building in Belgrade on Monday carrying
    placards. Police said [[fewer than 20 people|arrested;a=Police]] had been arrested over attacks on {{N1}}
    and Nova S crews. The Slavko Ćuruvija Foundation said [[four journalists|injured;a=The Slavko
    Ćuruvija Foundation]] were treated in hospital after supporters of the ruling party attacked
    them in Novi Sad. NUNS says its database lists [[about 1,200 incidents|other;a=NUNS;u=other]]
    since it was set up in {{2008}}.""",
)

item(
    "Record number of journalists jailed worldwide, CPJ census finds",
    """[[At least 361 journalists|arrested;a=the Committee to Protect Journalists]] were in prison
    around the world on {{December 1}}, the Committee to Protect Journalists said in its annual
    census on Thursday, the second-highest figure since it began counting in {{1992}}. China was the
    worst jailer with [[50|arrested;n=-]], followed by Israel with [[43|arrested;n=-]]. The New York-based group said Belarus held [[31|arrested;a=The New
    York-based group;alt=Committee to Protect Journalists;n=-]] and Russia [[30|arrested;a=The New
    York-based group;alt=Committee to Protect Journalists;n=-]], including [[18 Ukrainians|arrested;a=The
    New York-based group;alt=Committee to Protect Journalists]]. In a separate tally, it said [[at
    least 124 journalists and media workers|killed;a=Committee to Protect Journalists;n=journalists
    and media workers]] were killed in {{2024}}, {{nearly two-thirds}} of them Palestinians killed
    by Israel. The census counts only those in government custody; journalists held by armed
    groups, such as [[the three|kidnapped;n=-]] believed held by al-Shabaab in Somalia, are
    counted separately.""",
)

item(
    "RSF round-up: journalists killed, held hostage and missing in 2025",
    """Reporters Without Borders said on Tuesday that [[67 journalists|killed;a=Reporters Without
    Borders]] had been killed in connection with their work in the {{12 months}} to {{December
    1}}, {{nearly half}} of them by Israeli forces in Gaza. The Paris-based group counted [[503
    journalists|arrested;a=The Paris-based group;alt=Reporters Without Borders]] in detention,
    [[20|kidnapped;a=The Paris-based group;alt=Reporters Without Borders;n=-]] held hostage, mostly
    in Yemen and Syria, and [[135|missing;a=The Paris-based group;alt=Reporters Without
    Borders;n=-]] missing in [[37 countries|other;a=The Paris-based group;alt=Reporters Without
    Borders;u=other]]. Mexico, with [[nine|killed;a=Reporters Without Borders;n=-]] killed, was the
    most dangerous country outside a war zone, it said. China, Russia and Israel were the top
    jailers.""",
)

item(
    "IFJ says 122 journalists killed in 2024, most in Gaza",
    """The International Federation of Journalists said on {{December 10}} that [[122 journalists
    and media staff|killed;a=The International Federation of Journalists;n=journalists and media
    staff]] had been killed in {{2024}}, one of the highest tolls since it began publishing its
    list in {{1990}}. [[Eighty-five|killed;a=the Brussels-based federation;alt=International
    Federation of Journalists;n=-]] of them died in Gaza, [[six|killed;a=the Brussels-based
    federation;alt=International Federation of Journalists;n=-]] in Lebanon and
    [[five|killed;a=the Brussels-based federation;alt=International Federation of
    Journalists;n=-]] in Ukraine, the Brussels-based federation said. The IFJ also counted [[516
    journalists|arrested;a=The IFJ;alt=International Federation of Journalists]] in prison. It
    renewed its call for a UN convention on the safety of journalists. The federation represents
    [[about 600,000 media professionals|other]] worldwide.""",
)

item(
    "Impunity persists in most journalist killings, UNESCO says",
    """UNESCO said on Saturday that [[1,873 journalists|killed;a=UNESCO]] had been killed worldwide
    between {{2006}} and {{2024}}, and that in {{85%}} of cases no one had been convicted.
    Director-General Audrey Azoulay said [[162 journalists|killed;a=Audrey Azoulay]] were killed in
    {{2022}} and {{2023}} combined, a rise of {{38%}} on the previous {{two years}}. UNESCO said it
    had trained [[more than 25,000 judges, prosecutors and police officers|other;a=UNESCO;n=judges,
    prosecutors and police officers]] in the protection of journalists and would train [[about 9,000 security
    and defence personnel|other;a=UNESCO;p]] in the treatment of reporters at protests by {{2027}}. The agency
    has helped [[14 countries|other;u=other]] set up national safety mechanisms for journalists.""",
)

item(
    "European monitor records more than 1,500 attacks on media freedom",
    """The Media Freedom Rapid Response consortium, led by the International Press Institute (IPI),
    recorded [[1,548 alerts|other;a=The Media Freedom Rapid Response consortium;u=other]] in [[35
    countries|other;a=The Media Freedom Rapid Response consortium;u=other]] in {{2024}}, involving
    [[2,567 journalists, media workers and outlets|other;a=The Media Freedom Rapid Response
    consortium;n=journalists, media workers and outlets]]. Verbal attacks were the most common, but
    the monitors logged [[214 physical assaults|other;a=the monitors;alt=Media Freedom Rapid
    Response consortium;u=other]], many of them by police at protests. [[Nine journalists|killed;a=IPI]] were
    killed in Europe and Turkey during the year, IPI said, [[five|killed;a=IPI;n=-]] of them in
    Ukraine. Georgia, Serbia and Hungary accounted for {{a third}} of all alerts. [[As many as 300
    journalists|arrested]] were detained, most of them in Turkey, Russia and Belarus.""",
)

item(
    "Kherson newsrooms rebuilt in exile after occupation",
    """When Russian troops seized Kherson in {{March 2022}}, [[about 140 local
    journalists|displaced;a=the regional branch of the National Union of Journalists of Ukraine]]
    fled the city within weeks, according to the regional branch of the National Union of
    Journalists of Ukraine. [[Eleven outlets|other;a=the union;alt=National Union of Journalists of
    Ukraine;u=other]] moved their newsrooms to Odesa, Mykolaiv and Kyiv, the union said. [[At least
    six reporters|kidnapped]] who stayed behind were abducted by occupation forces, and
    [[two|missing;n=-]] are still missing. After the city's liberation in {{November 2022}}, [[about
    40|returned;n=-]] came back to work from the right bank. Since then Russian shelling from across
    the Dnipro has damaged [[five newsroom buildings|housing]] and destroyed [[two broadcast
    vehicles|other]]. Local channel Suspilne Kherson said [[three|injured;a=Suspilne Kherson;n=-]]
    of its staff had been wounded by drones this year. Regional officials say [[fewer than 60,000
    residents|civilians;a=Regional officials]] remain in the city, most of them elderly.""",
)

item(
    "Slovak court convicts businessman of ordering Kuciak murder at retrial",
    """The Specialised Criminal Court in Pezinok on Tuesday convicted a businessman of ordering the
    murder of investigative journalist Ján Kuciak and his fiancée, Martina Kušnírová, in {{February
    2018}}, and sentenced him to {{25 years}} in prison. Prosecutors had sought a life sentence at
    the retrial, which was ordered by the Supreme Court in {{2023}}. The former soldier who shot the
    couple at their home in Veľká Mača is serving {{23 years}} after confessing. Kuciak, who was
    {{27}}, had been investigating tax fraud and links between politicians and organised crime. The
    court ordered the businessman to pay {{€100,000}} in damages to each of the victims' parents.
    Slovakia fell to {{38th}} in the {{2025}} World Press Freedom Index.""",
)

item(
    "EU media freedom act takes effect as Hungary ad spending draws scrutiny",
    """The European Media Freedom Act became fully applicable on {{August 8, 2025}}, requiring
    member states to publish how they distribute state advertising and to protect journalists'
    sources from spyware. Hungary's government spent about {{HUF 120 billion}} on advertising in
    {{2024}}, and roughly {{80%}} of it went to pro-government outlets, according to the research
    group Mérték. The Commission can open infringement proceedings, but fines take years to
    impose. Hungary ranked {{68th}} in the {{2025}} World Press Freedom Index, with a score of
    {{62.98}}, the lowest in the EU.""",
)
