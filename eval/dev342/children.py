"""Children deported and brought back."""

from _wrap import item

BKB = "Bring Kids Back UA"
YALE = "Yale's Humanitarian Research Lab"

item(
    "Ukraine has brought back 1,625 deported children, initiative says",
    f"""Ukraine has brought home [[1,625 children|returned;a={BKB}]] who were deported to Russia or
    taken to occupied territory, {BKB} said on Monday. Kyiv has verified the names of [[19,546
    children|displaced;a={BKB}]] deported or forcibly displaced, it said. Officials believe the true
    number may run to [[hundreds of thousands|displaced;n=-;a=Officials]]. {{{{About 70%}}}} of those
    returned are teenagers. [[Eight children|returned]] came home last week with help from Qatar,
    among them a {{{{14-year-old}}}} boy who had been placed in a boarding school in Rostov. {YALE}
    has identified [[at least 43 camps|capacity;a={YALE}]] in Russia and Crimea where Ukrainian
    children were held. Russia's children's commissioner Maria Lvova-Belova said in {{{{2023}}}}
    that [[more than 700,000 children|displaced;a=Russia's children's commissioner Maria
    Lvova-Belova]] from Ukraine had "found refuge" in Russia.""",
)

item(
    "Qatar reunites nine more Ukrainian children with their families",
    """Qatar said on Thursday it had helped reunite [[nine Ukrainian children|returned;a=Qatar]]
    with their families, bringing the number returned through its mediation to [[at least
    120|returned;n=-;a=Qatar]] since {{2023}}. The children, aged {{4 to 17}}, travelled with [[11
    mothers and grandmothers|returned;n=mothers and grandmothers]] who had gone to Russia to fetch
    them. In return, [[four children|returned;a=Russia's children's commissioner Maria
    Lvova-Belova]] whose families live in Russia were sent back from Ukraine, Russia's children's
    commissioner Maria Lvova-Belova said. A further [[35 children|returned;p;a=Qatar's minister of
    state Lolwah al-Khater]] are expected to come home by the end of the year, Qatar's minister of
    state Lolwah al-Khater said. Ukraine's ombudsman Dmytro Lubinets said [[about 2,000
    children|missing;a=Ukraine's ombudsman Dmytro Lubinets]] were still missing.""",
)

item(
    "Yale researchers map network of camps holding Ukrainian children",
    f"""A network of [[at least 57 facilities|capacity;a=researchers at {YALE}]] in Russia,
    occupied Crimea and Belarus has held Ukrainian children, researchers at {YALE} said on Tuesday.
    [[Several thousand children|displaced;a=the researchers;alt={YALE}]] passed through the largest
    of them, the researchers said. Some camps were built to hold [[up to 600 children|capacity]] at
    a time, and children as young as {{{{eight}}}} were given military training. The lab said [[at
    least 2,400 children|displaced;a=The lab;alt={YALE}]] aged {{{{six to 17}}}} had been taken from
    occupied parts of Ukraine to facilities in Belarus. Belarusian state media said [[about 1,000
    children|displaced;a=Belarusian state media]] from Donbas had "rested" in Belarusian camps. Only
    [[about 120|returned;n=-;a=Ukrainian officials]] of those taken to Belarus have come home,
    according to Ukrainian officials.""",
)

item(
    "Kyiv hub helps children returned from Russia start again",
    """Since opening in {{2024}}, the Save Ukraine hub in Kyiv has taken in [[more than 430
    children|aid;a=Save Ukraine]] returned from Russia and occupied areas, Save Ukraine said. The
    charity says it has helped bring back [[more than 700 children|returned;a=The charity;alt=Save
    Ukraine]] in all. The hub has room for [[40 children|capacity]] and their relatives. [[About 250
    families|aid;a=the charity's founder Mykola Kuleba]] have received help with housing and [[1,300
    food parcels|aid;a=the charity's founder Mykola Kuleba]] were handed out last year, the
    charity's founder Mykola Kuleba said. Many families came back to find their homes gone: in
    Kherson region alone, [[more than 23,000 homes|housing;a=regional officials]] have been damaged
    or destroyed, regional officials say. A {{16-year-old}} from Oleshky said he had spent {{ten
    months}} in a camp in Crimea.""",
)

item(
    "Two years on, ICC warrants over deported children remain unserved",
    """The International Criminal Court issued arrest warrants for Vladimir Putin and Maria
    Lvova-Belova on {{March 17, 2023}}, accusing them of the unlawful deportation of children from
    occupied parts of Ukraine. {{Two years}} later, neither has been arrested, and Putin visited
    Mongolia, a member of the court, in {{September 2024}}. The charges fall under article {{8}}
    of the {{1998}} Rome Statute. Lvova-Belova, {{41}}, has said the warrant does not worry her.""",
)

item(
    "Lvova-Belova says 100 children reunited with relatives in Ukraine",
    """Russia's children's commissioner Maria Lvova-Belova said on Friday that [[more than 100
    Ukrainian children|returned;a=Russia's children's commissioner Maria Lvova-Belova]] had been
    reunited with relatives in Ukraine through her office. She said [[about 2,000
    children|displaced;a=Maria Lvova-Belova]] "evacuated from dangerous areas" were living in
    institutions in Russia, and that [[380|displaced;n=-;a=Maria Lvova-Belova]] had been placed with
    Russian families. Ukrainian officials say [[at least 2,800 children|displaced;a=Ukrainian
    officials]] were moved from institutions in occupied areas to Russia. Lvova-Belova, who is
    wanted by the International Criminal Court, said [[14 children|returned;p;a=Lvova-Belova]] would
    be handed over next week through Qatar. Russia says it has received [[a dozen Russian
    children|returned;a=Russia]] from Ukraine, and that [[between 30 and 40|returned;p;n=-;a=Russia]]
    more will follow.""",
)

item(
    "Prosecutors tally the war's toll on Ukraine's children",
    """Ukraine's prosecutor general's office said on Sunday that [[at least 659
    children|killed;a=Ukraine's prosecutor general's office]] had been killed and [[more than
    2,100|injured;n=-;a=Ukraine's prosecutor general's office]] wounded since the full-scale
    invasion. It counted [[20,112 children|displaced;a=Ukraine's prosecutor general's office]]
    deported or forcibly transferred, of whom [[1,850|returned;n=-;a=Ukraine's prosecutor general's
    office]] have come back. [[About 2,200|missing;n=-]] are listed as missing. The office said [[more
    than 400 schools|housing;a=The office]] had been destroyed and [[about 3,800|housing;n=-;a=The
    office]] damaged. Children make up about {{2%}} of the civilian dead, it said.""",
)

item(
    "Children taken from Kherson home traced to Crimea",
    """Russian forces took [[46 children|displaced;a=the Kherson regional prosecutor's office]] from
    a Kherson children's home in {{October 2022}}, the Kherson regional prosecutor's office said on
    Tuesday. Investigators have since traced [[15|displaced;n=-;a=Investigators]] of them to
    institutions in Crimea, they said. [[Seven|returned;n=-]] have been brought back to Ukraine, and
    [[a further 24|missing;n=-;a=investigators]] are unaccounted for, investigators said. Russian
    soldiers detained [[five staff members|arrested]] when they tried to stop the removal. A
    Russian-installed official said at the time that the children had been "evacuated" with [[about
    1,000 other children|displaced;a=A Russian-installed official]] from the right bank of the
    Dnipro. The youngest was {{two}}.""",
)

item(
    "Ukrainian children listed on Russian adoption database",
    """Ukrainian journalists found [[at least 400 Ukrainian children|displaced;a=Ukrainian
    journalists]] from occupied regions listed on Russia's federal adoption database. [[About
    70|displaced;n=-;a=the investigation]] appear under new names and birthplaces in Russia, the
    investigation found. The database carries [[about 1,800 profiles|other;u=other]] of children in
    all. Russia's government said [[more than 380 children|displaced;a=Russia's government]] from
    the "new regions" had been placed with families in Moscow region. Bring Kids Back UA said it had
    asked Moscow to return [[212|returned;p;n=-;a=Bring Kids Back UA]] of them. Only
    [[three|returned;n=-]] of the listed children have come back so far. A Russian decree of {{May
    2022}} made it easier for them to get citizenship.""",
)

item(
    "Teenager back from Crimea sits final school exams in Kyiv",
    """A {{17-year-old}} from Nova Kakhovka who spent {{eight months}} in a Russian "patriotic"
    camp in Crimea sat her final school exams in Kyiv this week. She returned on {{June 12}} last
    year and joined the {{11th}} grade in September. Her test score of {{187}} out of {{200}} was
    enough for a place at a medical university, she said. Her mother, {{44}}, travelled for {{five
    days}} through Poland, Belarus and Russia to bring her home.""",
)

item(
    "Government to open support centres for returned children",
    """The government plans to open [[five support centres|capacity;p;a=Deputy Prime Minister
    Oleksii Kuleba]] for children returned from Russia and occupied territory by the end of the
    year, Deputy Prime Minister Oleksii Kuleba said. Each will have room for [[up to 50
    children|capacity;p;a=Oleksii Kuleba]], he said. The centres are meant to serve [[more than 1,800
    children|aid;p]] who have already come back. Psychologists at the [[three existing
    hubs|capacity;a=officials]] have treated [[about 900 children|aid;a=officials]] since {{2023}},
    officials said. The plan costs {{$12 million}}, most of it from European donors. The ministry
    also plans to train [[300 social workers|other;p;a=The ministry]].""",
)

item(
    "Occupiers abducted teenage boys for cadet school, ombudsman says",
    """Ukraine's ombudsman Dmytro Lubinets said on Wednesday that Russian forces had abducted [[at
    least 11 teenage boys|kidnapped;a=Ukraine's ombudsman Dmytro Lubinets]] in occupied Henichesk
    district and taken them to a military cadet school in Russia. [[Three|returned;n=-]] of them
    were later allowed to go home. Across occupied areas, [[more than 1,000
    teenagers|other;a=Lubinets]] are enrolled in Russian cadet classes, Lubinets said. His office is
    also looking for [[26 children|kidnapped;a=His office]] abducted from Kherson in {{2022}}. The
    regional military administration said [[about 4,500 children|civilians;a=The regional military
    administration]] still live in the occupied part of Kherson region. Parents said Russian troops
    had searched [[about 60 houses|other;a=Parents]] in their village before taking the boys.""",
)

item(
    "Children ordered out of front-line Donetsk towns",
    """Ukrainian authorities on Monday ordered the evacuation of [[about 1,200 children|displaced;p]]
    and their parents from front-line towns in Donetsk region. So far [[more than 700|displaced;n=-;a=Governor
    Vadym Filashkin]] have been taken to safer areas, Governor Vadym Filashkin said. Officials said
    [[about 300 families|civilians;a=Officials]] were refusing to leave, and that [[between 150 and 200
    children|civilians;a=Officials]] remained in Kostiantynivka alone. Filashkin said the aim was to
    keep children from being deported if Russian forces take the towns, as happened to [[hundreds
    of children|displaced;a=Filashkin]] from Mariupol. Shelters in Dnipro have [[2,500
    places|capacity]] ready, and [[14 buses|other]] took families out on Friday.""",
)

item(
    "Police list 2,187 children as missing",
    """Ukraine's national police said on Monday that [[2,187 children|missing;a=Ukraine's national
    police]] were listed as missing. [[More than 1,300|displaced;n=-;a=police]] of them are believed
    to have been taken to Russia or occupied territory, police said. Officers estimate that
    [[150-200|displaced;n=-;a=Officers]] of the missing children are in Belarus. The juvenile unit has found
    [[412|returned;n=-]] and brought them back to their families since {{2022}}. [[At least 17
    children|killed;a=police]] on the list were later confirmed dead, police said. [[About
    90 officers|other]] work on the cases. Police have sent [[more than 600 requests|other;u=other]]
    to the ICRC and Interpol.""",
)

item(
    "Belgorod sends children to camps away from shelling",
    """Belgorod region's governor Vyacheslav Gladkov said [[more than 1,500 children|displaced;p;a=Belgorod
    region's governor Vyacheslav Gladkov]] from border districts would be sent to summer camps in
    other regions next week. [[About 600|displaced;n=-]] left on Monday on [[12 buses|other]] with [[about 40
    teachers|other]]. Camps
    in Kaluga, Yaroslavl and Bashkortostan have made room for [[up to 3,000
    children|capacity;a=the regional government]], the regional government said. Cross-border
    shelling has killed [[at least 30 children|killed;a=Russian officials]] in the region since
    {{2022}}, Russian officials say. In neighbouring Kursk region, [[more than 150,000
    people|displaced]] were evacuated in {{August 2024}}.""",
)

item(
    "UN inquiry finds child deportations amount to a war crime",
    """The UN Independent International Commission of Inquiry on Ukraine said it had examined the
    cases of [[about 260 children|displaced;a=The UN Independent International Commission of
    Inquiry on Ukraine]] transferred to Russia or to occupied areas. It found that Russian
    authorities had moved [[31 children|displaced;a=The UN Independent International Commission of
    Inquiry on Ukraine]] from a boarding school in Izium and [[at least 92|displaced;n=-;a=The UN
    Independent International Commission of Inquiry on Ukraine]] from a children's home in
    Mariupol. Of the children it tracked, [[fewer than 40|returned;n=-;a=The UN Independent
    International Commission of Inquiry on Ukraine]] had come back by the end of {{2024}}. Commission
    chair Erik Mose said [[dozens of parents|other;a=Commission chair Erik Mose]] had testified. The
    commission interviewed [[141 witnesses|other]] in Ukraine and abroad.""",
)
