"""Education: national exams, smog closures, teacher vacancies, a cap on study permits, and
schools closing as births fall."""

from _wrap import item

item(
    "Kenya's secondary school exams begin under tight security",
    """
    [[More than 903,000 candidates|other;a=Education Cabinet Secretary Ezekiel Machogu]] sat the
    first papers of the Kenya Certificate of Secondary Education on Monday at
    [[10,415 centres|other;a=Education Cabinet Secretary Ezekiel Machogu]] across the country,
    Education Cabinet Secretary Ezekiel Machogu said. Papers are kept in
    [[about 500 containers|other]] at sub-county offices and collected each morning under
    police escort. Police have arrested [[nine people|arrested;a=the council;alt=the Kenya National Examinations Council]],
    among them [[two head teachers|arrested;a=the council;alt=the Kenya National Examinations Council]],
    in Kisii and Migori for opening papers early, the council said. In {{2022}} the Kenya
    National Examinations Council cancelled the results of
    [[about 2,800 candidates|other]] over cheating. The exams end on {{November 24}}.
    """,
)

item(
    "Delhi shuts primary schools as smog turns severe",
    """
    Delhi's government ordered primary schools to move classes online from Friday after the air
    quality index climbed above {{450}} for a {{second}} day. The order covers
    [[about 5,700 schools|other]] in the capital and [[more than 2 million pupils|other]].
    Concentrations of fine {{PM2.5}} particles reached {{480 micrograms per cubic metre}} in
    Anand Vihar, more than {{30 times}} the World Health Organization's daily guideline.
    Construction work was halted, and Delhi police said they had turned back
    [[more than 1,200 trucks|other;a=Delhi police]] carrying non-essential goods at the city's
    borders on Thursday night. In {{2023}}, schools in the capital were shut for
    {{nine days}} in November.
    """,
)

item(
    "Arizona schools start year with thousands of teaching posts unfilled",
    """
    Arizona's public schools began the year with
    [[about 2,500 teaching positions|other;u=other;a=the Arizona School Personnel Administrators Association]]
    unfilled, according to the Arizona School Personnel Administrators Association.
    [[More than 1,100 teachers|other;a=the association;alt=the Arizona School Personnel Administrators Association]]
    hired this year hold only emergency certificates, the association said. Districts have
    turned to long-term substitutes and {{four-day}} weeks to cover the gaps, and
    [[about 1.1 million students|other]] attend the state's district and charter schools. The
    average starting salary is {{$44,500}}, and a law signed in {{2022}} lets university
    students teach while they finish their degrees. About {{one in four}} new teachers leaves
    the profession within {{three years}}.
    """,
)

item(
    "Canada caps international student permits for two years",
    """
    Canada will approve [[about 360,000 undergraduate study permits|other;u=other;p;a=the immigration minister]]
    in {{2024}}, a drop of about {{35%}} from last year, the immigration minister said on
    Monday, as the government tries to ease pressure on housing. There were
    [[more than 1 million international students|other]] in Canada at the end of {{2023}}.
    Ontario, which hosts nearly {{half}} of them, will see its allocation cut by about
    {{50%}}. Colleges in Ontario said [[about 10,000 jobs|other;u=other;p;a=Colleges in Ontario]]
    could be lost as enrolment falls. Students in master's and doctoral programmes are exempt
    from the cap, which will be reviewed in {{2025}}.
    """,
)

item(
    "Japan closes hundreds of schools a year as births hit record low",
    """
    Japan closes [[about 450 public schools a year|other;n=schools;u=structure;a=education ministry data]],
    according to education ministry data, most of them in rural areas where children have all
    but disappeared. A record low of [[727,277 babies|other;a=the health ministry]] were born in
    {{2023}}, the {{eighth}} straight annual fall, the health ministry said. In Hokkaido's
    Shiranuka, [[the last 12 pupils|other]] of a primary school founded in {{1902}} graduated in
    March before the building closed. [[More than 7,400 former school buildings|other;u=structure]]
    have been turned into community centres, hotels, care homes or factories since
    {{2002}}. The fertility rate fell to {{1.20}}, the lowest since records began.
    """,
)
