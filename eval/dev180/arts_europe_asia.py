"""Deportation flights and pushbacks in Europe, Rohingya returns and pushbacks, deportations in
South-East Asia, and Ukrainian children brought back from Russia (16 texts with figures, 1
without)."""

from _wrap import item

item(
    "Germany deports Afghan offenders on first flight since Taliban takeover",
    """BERLIN (Reuters) - Germany deported [[28 Afghan nationals|returned;a=a government
    spokesman]] convicted of crimes on a charter flight to Kabul on Friday, the first such flight
    since the Taliban returned to power in {{August 2021}}, a government spokesman said. Each man
    was given {{1,000 euros}} in cash before boarding. The flight, arranged with Qatar's help,
    left Leipzig at {{6:56 a.m.}} local time. According to the interior ministry, [[about 11,500
    Afghans|returned;p;a=the interior ministry]] in Germany have been ordered to leave the
    country, [[some 200 of them|returned;p;n=-;a=the interior ministry]] with criminal
    convictions. A second flight, with [[81 men|returned]] on board, followed in {{July 2025}}.
    Pro Asyl said [[two of the deportees|returned;a=Pro Asyl]] had lived in Germany since they
    were children.
    Germany deported [[20,084 people|returned;a=federal police figures]] in {{2024}}, up from
    [[16,430|returned;a=federal police figures]] the year before, federal police figures show.""",
)

item(
    "Home Office removals rise but Rwanda flights never took off",
    """The Home Office returned [[35,052 people|returned;a=official figures]] in the year to June,
    up {{13%}}, official figures showed on Thursday, [[9,400 of them|returned;n=-;a=official
    figures]] enforced returns and the rest voluntary departures. Over the same period, [[more
    than 36,800 people|displaced]] crossed the Channel in small boats. The Rwanda scheme, scrapped
    in {{July 2024}}, cost {{£715 million}}, yet only [[four people|returned]] went to Kigali
    under it, all of them voluntarily. The government says it will add [[2,000 detention
    spaces|capacity;p;u=other;a=The government]], taking the total to [[about 4,500|capacity;p;u=other;a=The government]]. Detention centres such as Harmondsworth, which holds [[up to 676
    men|capacity]], remain the main route to removal.""",
)

item(
    "Evros pushbacks: Greek NGO records hundreds of incidents",
    """A Greek rights group said it had documented [[312 pushback incidents|other;u=other;a=A Greek
    rights group]] on the Evros river in the first half of the year, involving [[about 8,700
    people|returned;a=A Greek rights group]] sent back to Turkey. Turkish authorities said they
    had rescued [[2,130 migrants|other;a=Turkish authorities]] pushed back into Turkish waters in
    the Aegean over the same period. The bodies of [[three men|killed]] were found on the
    riverbank near Soufli in {{April}}. Frontex has [[about 500 officers|combatants;a=the
    agency;alt=Frontex]] in Greece, the agency said, and has opened [[12 investigations|other;u=other;a=the
    agency;alt=Frontex]] into alleged abuses since {{2022}}.
    Greek police arrested [[27 people|arrested]] on smuggling charges in the region in {{May}}.""",
)

item(
    "Poland's border fence and the people pushed back into Belarus",
    """HAJNÓWKA, Poland — Poland's Border Guard recorded [[about 30,000 attempts|other;u=other;a=Poland's
    Border Guard]] to cross illegally from Belarus in {{2024}}, and pushed [[some 13,600
    people|returned;a=Poland's Border Guard]] back across the {{5.5m}}-high fence. Aid groups say
    [[at least 89 people|killed;a=Aid groups]] have died on both sides of the border since {{2021}}.
    Grupa Granica, a network of volunteers, said [[dozens of people|displaced;a=Grupa Granica]]
    were stranded in the forest on any given night, many of them with hypothermia.
    Poland has deployed [[about 6,000 soldiers|combatants]] to support [[5,000 border
    guards|combatants]] along the {{418km}} frontier.""",
)

item(
    "EU proposes 'return hubs' as only a fifth of orders are carried out",
    """BRUSSELS (Reuters) - [[About 484,000 people|returned;p;a=Eurostat data]] were ordered to
    leave the European Union in {{2023}}, but only [[91,465|returned;a=Eurostat data]] were
    actually returned, Eurostat data show, a return rate of about {{19%}}. Germany alone ordered [[over 50,000 people|returned;p]] to leave. The European Commission wants to let member
    states send rejected asylum seekers to "return hubs" outside the bloc. Frontex said it had
    organised [[430 return flights|other;a=Frontex]] in {{2024}}, carrying [[more than 24,000
    people|returned;a=Frontex]]. Italy, which ranks {{fourth}} for orders issued, returned [[just
    over 4,200|returned]].
    Sweden, with a rate above {{40%}}, returned [[about 9,000 people|returned]].""",
)

item(
    "Italy's Albania centres stand nearly empty a year on",
    """ROME (AFP) - Italy's [[two migrant centres|capacity]] in Albania were built to process [[up to 3,000 people
    a month|capacity]]. They have held [[fewer than 400 people|arrested;a=lawyers]] since
    opening, lawyers say. The first [[16 men|displaced]], taken there by navy ship in {{October
    2024}}, were brought back to Italy within {{two days}} after a Rome court ruled their detention
    unlawful. Since the Gjader centre was turned into a repatriation centre, [[66 people|returned;a=the
    interior ministry]] have been deported from it to their home countries, the interior ministry
    said. The project is expected to cost {{€800 million}} over {{five years}}. [[About 250 police
    officers|combatants]] and staff from Italy are posted at the sites.
    [[Another 43 men|displaced]] taken to Albania in {{January}} were also returned to Italy
    after a court ruling.""",
)

item(
    "Myanmar says 180,000 Rohingya eligible to return",
    """DHAKA — Myanmar has verified [[180,000 Rohingya refugees|returned;p;a=Bangladesh's foreign
    ministry]] in Bangladesh as eligible to return, Bangladesh's foreign ministry said on
    Friday, out of a list of [[800,000|displaced;a=Bangladesh's foreign ministry]] that Dhaka
    submitted between {{2018}} and {{2020}}. Another [[70,000|displaced;a=the ministry;alt=Bangladesh's
    foreign ministry]] are under final review, the ministry said. Bangladesh hosts [[more than
    1.1 million Rohingya|displaced;v=1100000]] in Cox's Bazar, including [[about 150,000|displaced]]
    who arrived since {{2024}}. No refugee has gone back under the {{2017}} repatriation deal, and
    [[two attempts|other;u=other]] to start returns collapsed when no one agreed to board the
    buses. A pilot plan drawn up in {{2023}} foresaw [[1,140 refugees|returned;p]] going back
    first.""",
)

item(
    "India accused of forcing Rohingya into the sea off Myanmar",
    """The UN human rights office said it had received credible reports that Indian naval
    vessels forced [[40 Rohingya refugees|returned;a=The UN human rights office]] into the
    Andaman Sea near Myanmar in {{May}}, giving them life jackets and telling them to swim to
    shore. [[At least 15 of them|returned;n=-;a=The UN human rights office]] were Christians, it
    said. Indian police have detained [[hundreds of Rohingya|arrested]] in Jammu and Delhi since
    {{April}}. [[About 40,000 Rohingya|displaced;a=rights groups]] live in India, rights groups
    estimate, [[22,500|displaced;a=rights groups]] of them registered with UNHCR. India is not a
    party to the {{1951}} Refugee Convention.
    Bangladesh says [[about 1,200 Rohingya|returned;a=Bangladesh]] were pushed into its
    territory by Indian border forces in {{May}} and {{June}}.""",
)

item(
    "Acehnese villagers push back Rohingya boat",
    """BANDA ACEH, Indonesia — Villagers in Aceh pushed a wooden boat carrying [[about 250
    Rohingya|returned;a=a UNHCR official]] back out to sea on Thursday, a UNHCR official said, the
    {{third}} time this week that a boat had been turned away. [[More than 1,500 Rohingya|displaced;a=the
    agency;alt=UNHCR]] have landed in Aceh since {{November}}, the agency said, on [[nine
    boats|other;a=the agency;alt=UNHCR]]. Students stormed a hall in Banda Aceh where [[137
    refugees|displaced]] were sheltering and forced them onto trucks. UNHCR says [[at least 569
    people|killed;a=UNHCR]] died on the Andaman Sea and Bay of Bengal crossings in {{2023}}, the
    highest toll since {{2014}}.
    UNHCR estimates [[about 400 people|displaced;a=UNHCR]] are still at sea on [[two
    boats|other;a=UNHCR]].""",
)

item(
    "Ukraine has brought back 1,321 children taken to Russia, officials say",
    """KYIV — Ukraine has brought back [[1,321 children|returned;a=the government's Bring Kids
    Back UA platform]] who were deported or forcibly transferred to Russia or occupied territory,
    the government's Bring Kids Back UA platform said, while [[19,546 children|displaced;a=the
    government's Bring Kids Back UA platform]] remain on its list. Russian officials have said
    [[more than 700,000 children|displaced;a=Russian officials]] from Ukraine have moved to
    Russia since {{2022}}. On Tuesday, [[11 children|returned]] came home through Qatari
    mediation, the youngest {{four}} and the oldest {{17}}. The International Criminal Court issued
    an arrest warrant for Vladimir Putin in {{March 2023}} over the deportations.
    Officials in Kyiv say [[about 2,000 children|displaced;a=Officials in Kyiv]] were taken from
    orphanages in occupied areas, and [[at least 1,000|displaced;a=Officials in Kyiv]] were
    given to Russian families.""",
)

item(
    "Qatar-brokered handover returns Ukrainian children from Russia",
    """[[Eight Ukrainian children|returned;a=Ukraine's ombudsman]], {{aged 6 to 17}}, crossed back into Ukraine from
    Belarus on Saturday after a handover brokered by Qatar, Ukraine's ombudsman said. Researchers
    at Yale University said they had identified [[at least 314 children|displaced;a=Researchers at
    Yale University]] held in [[21 facilities|capacity;a=Researchers at Yale University]] in
    Russia and occupied Crimea. Qatar said [[about 120 children|returned;a=Qatar]] had been
    reunited with their families through its mediation since {{2023}}. [[Four of the
    children|returned]] who returned on Saturday had been placed with Russian foster families.
    Russia's children's commissioner said [[about 90 children|returned;a=Russia's children's
    commissioner]] had been handed back to relatives in Ukraine this year.""",
)

item(
    "Thailand deports 40 Uyghurs to China after a decade in detention",
    """BANGKOK (AP) — Thailand deported [[40 Uyghur men|returned;a=rights groups]] to China early Thursday, ending
    more than {{10 years}} in immigration detention, rights groups said. They were among [[more
    than 300 Uyghurs|arrested]] detained in {{2014}} after crossing from Malaysia. In {{2015}},
    Thailand sent [[109 of them|returned;n=-]] back to China and let [[about 170|displaced]] go
    to Turkey. [[Five|killed;n=-;a=a Uyghur rights group]] died in custody, according to a Uyghur rights group. [[Eight
    trucks|other;a=a witness]] with blacked-out windows left the Suan Phlu detention centre at about {{2
    a.m.}}, a witness said.
    [[Five other Uyghurs|arrested]] remain in Thai prisons on escape charges.""",
)

item(
    "Malaysia deports 1,086 Myanmar nationals despite court order",
    """KUALA LUMPUR (Reuters) - Malaysia deported [[1,086 Myanmar nationals|returned;a=the
    immigration department]] on [[three Myanmar navy ships|other;a=the immigration department]] on Tuesday, the immigration
    department said, hours after a court ordered a halt to the removal of [[1,200|returned;p;a=the immigration department]].
    Amnesty International said [[three refugees|returned;a=Amnesty International]] registered
    with UNHCR and [[17 minors|returned;a=Amnesty International]] with a parent in Malaysia were
    among those deported. Malaysia held [[more than 17,000 people|arrested;a=government figures]] in [[21 immigration
    depots|capacity;u=structure;a=government figures]] in {{2023}}, according to government figures.""",
)

item(
    "Danish Refugee Council logs pushbacks from Croatia into Bosnia",
    """SARAJEVO — [[More than 1,000 people|returned;a=the Danish Refugee Council]] were pushed back
    from Croatia into Bosnia in the past {{six months}}, the Danish Refugee Council said,
    {{30%}} of whom reported violence by police. In Una-Sana canton, [[about 1,400
    migrants|displaced]] live in [[two camps|capacity]], Lipa and Borici. Croatian police say they
    prevented [[about 70,000 attempts|other;u=other;a=Croatian police]] at illegal crossing last
    year. Some of those interviewed said they had been sent back {{10 times}} or
    more.
    The Red Cross in Bihać said it had treated [[87 people|injured;a=The Red Cross in Bihać]]
    for injuries they said were inflicted by police. Croatia has deployed [[about 6,500 police
    officers|combatants]] along the border.""",
)

item(
    "Home Office charter flight to Jamaica leaves with 13 on board",
    """A Home Office charter flight to Kingston left Doncaster airport on Wednesday with [[13
    people|returned]] on board after [[about 30 others|arrested]] were taken off it by last-minute
    legal challenges and stayed in detention. The Home Office said [[42 people|returned;p;a=The
    Home Office]] had been due to fly. Many of those removed came to Britain as children; one
    man arrived {{aged 6}}. Campaigners said [[more than 170 MPs|other;a=Campaigners]] had signed
    a letter asking for the flight to be cancelled.
    The Home Office has removed [[more than 1,400 people|returned]] to Jamaica on charter
    flights since {{2014}}.""",
)

item(
    "Hungary escorts hundreds back through the fence each week",
    """BUDAPEST — Hungarian police said they escorted [[1,203 people|returned;a=Hungarian
    police]] back through the border fence to Serbia in the past week and detained [[12 people
    smugglers|arrested;a=Hungarian police]]. Since the fence went up in {{2015}}, police have
    escorted [[more than 300,000 migrants|returned]] back. The fence runs for {{175km}}. The EU
    Court of Justice fined Hungary {{€200 million}} in {{2024}} for breaching asylum rules.
    Serbian authorities said [[about 4,000 migrants|displaced;a=Serbian authorities]] were
    staying in [[17 reception and asylum centres|capacity;a=Serbian authorities]]. At the height
    of the crossings in {{2016}}, police sent back [[between 100 and 200 people a
    day|returned]].""",
)

item(
    "EU migration pact takes effect amid doubts over returns",
    """BRUSSELS — The European Union's Pact on Migration and Asylum, agreed in {{April 2024}},
    applies from {{June 12, 2026}}. It sets a border procedure of up to {{12 weeks}} and asks
    governments that refuse to take in asylum seekers to pay {{€20,000}} for each one they do not
    accept. Poland and Hungary voted against it. A separate return regulation is still being
    negotiated and is not expected before {{2027}}.""",
)
