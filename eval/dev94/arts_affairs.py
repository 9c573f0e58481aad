"""Politics, economy, migration, science and culture of an ordinary news day (16 articles with
figures, 1 without)."""

from _wrap import item

item(
    "Sri Lanka's ruling alliance wins two-thirds majority",
    """Sri Lanka's National People's Power alliance won [[159|other;u=other;a=the Election Commission]]
    of [[the 225 seats|other;u=other;a=the Election Commission]]
    in Thursday's parliamentary election, the Election Commission said on Friday, giving
    President Anura Kumara Dissanayake a two-thirds majority. The alliance received
    [[about 6.8 million votes|other;u=other;v=6800000;a=the commission;alt=the Election Commission]],
    the commission said, or about {{62%}} of the total. The main opposition party won
    [[40 seats|other;u=other]]. [[More than 17 million people|other]]
    were registered to vote, and turnout was about {{69%}}, lower than in {{September}}'s
    presidential vote. Police said [[63,000 officers|combatants;a=Police]] had been deployed
    to [[more than 13,400 polling stations|other;u=structure;a=Police]], and that they had
    arrested [[14 people|arrested;a=they;alt=Police]] for election offences. A record
    [[21 women|other]] were elected to the new parliament. Dissanayake, {{55}}, won the
    presidency in {{2024}} on promises to fight corruption.""",
)

item(
    "Volkswagen to cut jobs at German plants",
    """Volkswagen will cut [[more than 35,000 jobs|other;u=other;p;a=the carmaker]] in Germany
    by {{2030}} under a deal with the IG Metall union, the carmaker said on Friday, ending a
    dispute that led to strikes at [[nine plants|other;u=structure]]. The company said the
    cuts would be made without forced redundancies, through early retirement and voluntary
    departures. Production capacity in Germany will be reduced by [[about 734,000 vehicles a
    year|other;u=other;n=vehicles;p]]. The union said [[more than 100,000 workers|other;a=The union]] had taken part in
    warning strikes in {{December}}. Volkswagen employs [[about 120,000 people|other]] at its
    German brand, and [[around 680,000|other]] worldwide. Its plant in Dresden will stop
    making cars in {{2025}}, and the Osnabrueck factory, with
    [[about 2,300 workers|other;a=local media]], could be sold, local media reported. The
    group reported a {{64%}} drop in third-quarter profit to {{1.58 billion euros}}.""",
)

item(
    "Channel crossings reach new high for the year",
    """[[More than 1,100 migrants|displaced;a=Home Office figures]] crossed the English Channel
    in small boats on Saturday, the highest daily number this year, according to Home Office
    figures. The figures showed the people travelled in [[19 boats|other]], an average of
    [[about 58 people|displaced]] per boat. That took the total for the year to
    [[more than 14,800|displaced]], up {{42%}} on the same period last year. The French
    coastguard said it had rescued [[61 people|other;a=The French coastguard]] off Boulogne
    and that [[one man|killed;a=it;alt=The French coastguard]] had died. Britain has returned
    [[about 6,500 people|returned;a=the government]] to their countries this year,
    the government said. A pilot scheme with France under which
    [[up to 50 migrants a week|returned;p]] could be sent back began in {{August}}. The
    Conservative opposition called the numbers "a humiliation".""",
)

item(
    "Deportation flights to Guatemala double",
    """The United States sent [[1,270 Guatemalans|returned;a=Guatemala's migration institute]]
    home on [[nine flights|other]] last week, Guatemala's migration institute said, twice as
    many as in the same week a year earlier. The institute said
    [[74 of the deportees|returned;a=The institute;alt=Guatemala's migration institute]] were
    unaccompanied minors. Since {{January}}, [[more than 38,000 Guatemalans|returned]] have
    been deported by air from the US and Mexico, according to official data. President
    Bernardo Arevalo said the country had built [[a new reception centre|capacity;v=1;u=structure]] at the
    La Aurora air force base with space for [[500 people|capacity;a=President Bernardo Arevalo]].
    Remittances from Guatemalans abroad reached {{$21.5 billion}} last year, nearly {{a fifth}}
    of the economy. Rights groups say [[dozens of returnees|returned]] have been threatened by
    gangs in their home towns. About [[3 million Guatemalans|other]] live in the United
    States, government estimates show.""",
)

item(
    "Archaeologists unearth Roman-era tombs near Gaza City",
    """Archaeologists working in Gaza have uncovered [[125 tombs|other;u=structure;a=the Palestinian tourism ministry]]
    in a Roman-era cemetery, the Palestinian tourism ministry said, {{a year}} after the site
    was first found during construction work. The team, led by French archaeologist
    Rene Elter, said [[two of the tombs|other;u=structure;a=The team]] were made of lead and
    decorated with grapes and dolphins, which is rare in the region. The cemetery dates to the
    {{2nd century BC}}. [[More than 100 skeletons|other;u=other]] have been found so far.
    [[About 20 workers|other;a=the ministry;alt=the Palestinian tourism ministry]] are employed at the site, the ministry said.
    France's development agency has contributed {{300,000 euros}}. Gaza has
    [[at least 39 archaeological sites|other]] registered, according to UNESCO, which added
    the Saint Hilarion monastery to its list of World Heritage in Danger in {{2024}}.""",
)

item(
    "Benin welcomes home looted treasures",
    """[[Thousands of people|other]] lined the streets of Cotonou on Thursday to see
    [[26 royal treasures|other;u=other;a=officials]] returned by France, officials said,
    {{130 years}} after they were looted by French troops from the palace of Abomey. The
    works, including thrones and statues, were flown from Paris on a military plane and will
    be displayed at a new museum. President Patrice Talon said the country hoped to recover
    [[thousands of objects|other;u=other;p;a=President Patrice Talon]] held in European
    collections. France's Quai Branly museum alone holds
    [[about 70,000 African objects|other;u=other]]. The exhibition is expected to draw
    [[200,000 visitors|other;p]] in its first year. Germany has agreed to return
    [[more than 1,100 Benin Bronzes|other;u=other;p]] to neighbouring Nigeria. The French
    parliament passed a law in {{2020}} allowing the return. [[Twenty-seven objects|other;u=other]] had been
    requested, but [[one|other;u=other]] was kept back for further study, the culture ministry said. Culture
    minister Jean-Michel Abimbola said [[about 500 guests|other;a=Culture
    minister Jean-Michel Abimbola]] would attend the museum's opening ceremony in {{March}}.""",
)

item(
    "Lufthansa cabin crew strike grounds flights",
    """A strike by cabin crew at Lufthansa forced the cancellation of
    [[more than 600 flights|other;a=the airline]] on Tuesday, affecting
    [[about 100,000 passengers|other;a=the airline]], the airline said. The UFO union called
    out [[its 19,000 members|other;a=The UFO union]] for {{24 hours}} in a dispute over pay and
    pensions. Frankfurt airport said [[400 departures and arrivals|other;u=other;n=departures and arrivals;a=Frankfurt airport]]
    had been cancelled there, and Munich [[about 230|other;u=other;a=Munich]]. The union wants a
    {{15%}} pay rise over {{18 months}}; Lufthansa has offered {{9%}} over {{three years}}.
    The airline said the strike would cost it up to {{100 million euros}}. It was the
    {{third}} walkout at the group this year, after ground staff strikes in {{February}} that
    left [[more than 200,000 travellers|other]] stranded.""",
)

item(
    "Japan's population falls for 14th straight year",
    """Japan's population fell by [[about 898,000|other;a=the internal affairs ministry]] to
    [[124.3 million|civilians;v=124300000;a=the internal affairs ministry]] last year, the
    internal affairs ministry said on Wednesday, the {{14th}} consecutive annual decline and
    the largest since records began in {{1968}}. The number of Japanese nationals dropped by
    [[more than 860,000|other]], while foreign residents rose by
    [[about 330,000|other]] to a record [[3.7 million|other;v=3700000]]. Births fell to
    [[730,000|other]], while [[1.6 million people|killed;v=1600000]] died. People aged {{65}}
    and over made up {{29.3%}} of the population. The ministry said
    [[about 9 million homes|other;u=structure;a=The ministry;alt=the internal affairs ministry]]
    stood empty across the country. Prime Minister Shigeru Ishiba has called the falling
    birth rate a "quiet emergency".""",
)

item(
    "Nigerian university lecturers begin indefinite strike",
    """Lecturers at Nigeria's public universities began an indefinite strike on Monday over
    pay and funding, closing campuses across the country. The Academic Staff Union of
    Universities said [[its 40,000 members|other;a=The Academic Staff Union of Universities]]
    at [[more than 100 universities|other;u=structure;a=The Academic Staff Union of Universities]]
    would stay away until the government implemented an agreement signed in {{2009}}. The
    strike affects [[about 2 million students|civilians]]. A strike in {{2022}} lasted
    {{eight months}}. Education minister Tunji Alausa said the government had released
    {{50 billion naira}} for allowances and urged the union to return to talks. Union
    president Emmanuel Osodeke said [[more than 5,000 lecturers|other;a=Union president Emmanuel Osodeke]]
    had left the country in the past {{two years}} for better-paid jobs abroad. Private
    universities, which number [[about 150|other;u=structure]], are not affected.""",
)

item(
    "Lampedusa reception centre overwhelmed after weekend arrivals",
    """[[More than 3,000 migrants|displaced;a=the Italian Red Cross]] arrived on the Italian
    island of Lampedusa over the weekend, the Italian Red Cross said, packing a reception
    centre built for [[350 to 400 people|capacity]]. The Red Cross said
    [[about 60 boats|other;a=The Red Cross]] had landed in {{48 hours}}, most of them from
    Sfax in Tunisia. The coastguard said it had rescued [[420 people|other;a=The coastguard]]
    from a fishing boat south of the island. [[A baby|killed;v=1]] was found dead on
    [[one of the boats|other;u=other]]. Authorities began moving
    [[about 1,000 migrants|displaced;a=Authorities]] to Sicily by ferry on Monday. Italy's
    interior ministry says [[more than 45,000 people|displaced;a=Italy's interior ministry]]
    have reached the country by sea this year. Prime Minister Giorgia Meloni's government has
    signed a deal worth {{105 million euros}} with Tunisia to curb departures.""",
)

item(
    "Germany's asylum applications drop sharply",
    """Asylum applications in Germany fell by {{43%}} in the first half of the year, the
    Federal Office for Migration and Refugees said on Tuesday. The office recorded
    [[65,495 first-time applications|other;u=other;a=The office;alt=the Federal Office for Migration and Refugees]],
    down from [[about 121,000|other;u=other]] a year earlier. Syrians made up the largest
    group, with [[about 16,000 applicants|displaced]], followed by Afghans and Turks. Interior
    minister Alexander Dobrindt said police had turned back
    [[more than 2,800 people|returned;a=Interior minister Alexander Dobrindt]] at the borders
    since he ordered stricter controls in {{May}}. Germany deported
    [[about 11,800 people|returned;a=official figures]] in the first half, according to
    official figures, including [[81 Afghan men|returned]] on a charter flight to Kabul.
    Germany hosts [[about 1.2 million Ukrainian refugees|displaced;v=1200000]]. The ruling
    coalition plans to suspend family reunification for {{two years}}.""",
)

item(
    "New frog species found in Ecuador's cloud forest",
    """Scientists have described [[three new species|other;u=other;a=Scientists]] of rain frog
    from the cloud forests of southern Ecuador, the journal ZooKeys reported. The frogs, each
    less than {{3 cm}} long, were found at altitudes of about {{2,800 metres}} in the Cordillera
    del Condor. The team, from the Catholic University of Ecuador, collected
    [[64 specimens|other;u=other]] on [[eight expeditions|other;u=other]] between {{2018}} and
    {{2023}}. Lead author Juan Carlos Sanchez said mining concessions covered much of the area.
    Ecuador is home to [[more than 650 amphibian species|other;u=other;a=the researchers]],
    according to the researchers, [[about 190|other;u=other]] of them threatened with
    extinction. Globally, [[more than 8,700 amphibian species|other;u=other]] have been
    described.""",
)

item(
    "Philippine census counts 112 million",
    """The Philippines had [[112.7 million people|civilians;v=112700000;a=the Philippine Statistics Authority]]
    as of {{July 1}} last year, the Philippine Statistics Authority said on Monday, releasing
    the results of its latest census. The population grew by
    [[about 3.7 million|other;v=3700000]] since {{2020}}. The authority counted
    [[28.1 million households|other;v=28100000;a=The authority;alt=the Philippine Statistics Authority]],
    with an average size of {{4.0}} people. Metro Manila had
    [[13.9 million residents|civilians;v=13900000]], and Calabarzon, south of the capital, was
    the most populous region with [[16.9 million|civilians;v=16900000]]. The census employed
    [[about 80,000 enumerators|other;a=the authority;alt=the Philippine Statistics Authority]],
    the authority said, and [[about 1,200 households|other]] refused to take part. National
    statistician Dennis Mapa said the count had cost {{5.9 billion pesos}}. The agency plans to release data on
    [[more than 42,000 villages|other;p]], known as barangays, next year.""",
)

item(
    "Kenyan court orders release of protesters' bodies",
    """A Kenyan court on Wednesday ordered police to release the bodies of
    [[three protesters|killed]] held at a Nairobi mortuary, as rights groups said the death
    toll from last month's anti-government demonstrations had risen to [[39|killed;a=rights groups]].
    The Kenya National Commission on Human Rights said
    [[361 people|injured;a=The Kenya National Commission on Human Rights]] had been injured and
    [[32 people|missing;a=The Kenya National Commission on Human Rights]] were still missing.
    It said [[627 protesters|arrested;a=It;alt=The Kenya National Commission on Human Rights]]
    had been arrested. Police spokeswoman Resila Onyango said
    [[more than 50 officers|injured;a=Police spokeswoman Resila Onyango]] had been hurt. The
    protests began in {{June}} over a finance bill that sought to raise about {{$2.7 billion}}
    in new taxes. President William Ruto withdrew the bill and dismissed
    [[his 21 cabinet ministers|other]]. Judge Lawrence Mugambi adjourned the case to
    {{August 6}}.""",
)

item(
    "Brazil's Amazon deforestation falls to lowest in nine years",
    """Deforestation in Brazil's Amazon fell by {{30.6%}} in the {{12 months}} to July, the National
    Institute for Space Research said on Wednesday, the lowest level since {{2015}}. Satellite
    data showed {{6,288 square kilometres}} were cleared, an area about {{four times}} the size
    of Sao Paulo. Environment minister Marina Silva said enforcement agents had issued fines
    worth {{2.5 billion reais}}. The government has pledged to end illegal deforestation by
    {{2030}}. Fires, however, burned a record area in {{2024}} amid a drought. Brazil hosts the
    {{COP30}} climate summit in Belem in {{November}}. Officials said the result showed that
    tougher enforcement was working, though scientists warned that the forest was close to a
    tipping point after severe droughts in {{2023}} and {{2024}}.""",
)

item(
    "Mexico frees jailed indigenous prisoners in amnesty",
    """Mexico has released [[more than 600 prisoners|arrested;a=the federal government]] under
    an amnesty law, the federal government said on Monday, most of them indigenous people
    jailed without proper interpreters or defence. Interior minister Rosa Icela Rodriguez said
    [[another 1,200 cases|other;u=other;a=Interior minister Rosa Icela Rodriguez]] were under
    review. The commission in charge has received
    [[more than 4,000 applications|other;u=other;a=The commission in charge]], it said.
    [[About 30 of those freed|arrested]] had spent more than {{10 years}} in prison without a
    sentence. Mexico's prisons hold [[about 233,000 inmates|arrested;a=the national statistics institute]],
    according to the national statistics institute, {{some 38%}} of whom have not been
    convicted. The law was passed in {{2020}}. Rights group Centro Prodh said
    [[at least 8,000 indigenous people|arrested;a=Rights group Centro Prodh]] were in prison,
    many in Oaxaca and Chiapas.""",
)

item(
    "Olympic champion shatters 400m world record in Zurich",
    """Sydney McLaughlin-Levrone set a world record of {{50.37}} seconds in the women's
    {{400m}} hurdles at the Diamond League meeting in Zurich on Thursday, improving her own
    mark by {{0.28}} seconds. The {{26-year-old}} American beat Femke Bol of the Netherlands,
    who finished in {{51.45}}. A crowd of [[about 25,000 spectators|other]] at the Letzigrund
    stadium gave her a standing ovation, and [[about 400 volunteers|other;a=organisers]] helped run the
    event, organisers said. It was her {{seventh}} world record, and [[14 Olympic champions|other]] competed on the
    night. Organisers said
    [[more than 90,000 tickets|other;u=other;a=Organisers]] had been sold for the {{two-day}}
    meeting, a record. McLaughlin-Levrone, who earns about {{$50,000}} per appearance, said
    she would skip the final in Brussels. "I just wanted to run free," she said. Norway's
    Jakob Ingebrigtsen won the men's {{1,500m}} in {{3:28.16}}.""",
)

item(
    "Spain heads for another tourism record",
    """Spain received [[8.9 million international tourists|other;v=8900000;a=the National Statistics Institute]]
    in {{July}}, the National Statistics Institute said on Monday, a record for the month and
    {{1.8%}} more than a year earlier. British visitors were the largest group, with
    [[about 1.9 million|other;v=1900000]], followed by the French and Germans. Tourists spent
    {{16.6 billion euros}} during the month. The country is on course to welcome
    [[more than 95 million visitors|other;p;a=Tourism minister Jordi Hereu]] this year, Tourism
    minister Jordi Hereu said. The boom has fuelled protests over housing costs: in Barcelona,
    [[about 3,000 demonstrators|other;a=police]] marched on Sunday, police said, while
    organisers put the number at [[20,000|other;a=organisers]]. The city plans to phase out
    [[all 10,000 licences|other;u=other;p;a=The city]] for holiday flats by {{2028}}. The
    Canary Islands, with [[2.2 million residents|civilians;v=2200000]], received
    [[more than 1.3 million foreign visitors|other;v=1300000]] in the same month.""",
)
