"""Panama's Darien gap, Haiti and the Dominican Republic, Colombia and the central
Mediterranean: crossings north and south, displacement sites, deportations, a new flight in
Catatumbo, a shipwreck; and a funding story without a figure (7 articles)."""

from _wrap import item

item(
    "Migrants crossing the Darien Gap pass half a million",
    """BAJO CHIQUITO, Panama (AP) — [[More than 500,000 migrants|displaced;a=Panama's migration
    service]] have crossed the Darien Gap this year, Panama's migration service said Wednesday,
    shattering last year's record of [[248,000|displaced;n=-;a=Panama's migration service]] as
    Venezuelans, Ecuadorians, Haitians and a growing number of Chinese make the dangerous trek
    through the jungle toward the United States. In this Indigenous Emberá village, the first
    stop after the jungle, boats drop off [[1,500 to 2,000 people a day|displaced;a=local
    leaders]], local leaders say. Many arrive with blistered feet and stories of robbery and
    rape. Doctors Without Borders said its teams had treated
    [[397 survivors|injured;a=Doctors Without Borders]] of sexual violence at its clinics in
    Darien between April and October. About {{20%}} of those crossing are children, according to
    UNICEF, and [[2,400 of them|displaced;n=-;a=the agency;alt=UNICEF]] traveled alone, the
    agency said. From Bajo Chiquito, migrants pay {{$25}} for a canoe ride to the reception
    station at Lajas Blancas, which was built for [[500 people|capacity]] but held
    [[more than 4,000|displaced;n=-]] on Tuesday. Panama's government says it has spent
    {{$70 million}} this year on the crisis and has flown
    [[1,300 migrants|returned;a=Panama's government]] back to their countries. The bodies of
    [[36 migrants|killed;a=the National Border Service]] have been recovered from the jungle so
    far this year, the National Border Service said, though officials believe the real toll is
    far higher. "On the second day, we passed [[two dead bodies|killed;a=Yeferson Rojas]] near
    the river, and nobody stopped," said Yeferson Rojas, a {{27-year-old}} from Maracay
    travelling with his wife and baby.""",
)

item(
    "Migrants head south through Panama as US route closes",
    """PANAMA CITY – Panama has registered [[more than 2,200 migrants|returned;a=Panama's
    Security Minister]] heading south towards Colombia and Venezuela since January, in a reverse
    flow sparked by the new US administration's crackdown, Panama's Security Minister said
    Thursday. Most travel by bus to the Caribbean port of Miramar, where they board boats for
    the Colombian border town of Necoclí, paying around {{$260}} each. On Saturday, a boat
    carrying [[21 people|other;a=the National Border Service]] capsized off the coast of Guna
    Yala, and an {{8-year-old}} Venezuelan girl drowned, the National Border Service said.
    Northbound crossings of the Darien Gap, which reached a record
    [[520,000|displaced;n=-]] in {{2023}}, have fallen by {{99 percent}}: only
    [[408 people|displaced]] crossed in February, compared with [[37,000|displaced;n=-]] a year
    earlier. The migrant reception station at Lajas Blancas, which at its peak held
    [[3,000 people a night|displaced;a=officials]], is now nearly empty and will be closed,
    officials said. Panama also received [[299 deportees|returned]] from the United States in
    February, including people from China, India and Iran, who were held in a hotel and then
    at a camp near the jungle. [[About 100 of them|arrested;n=-]] were later released and given
    {{30 days}} to leave the country.""",
)

item(
    "Haiti: displacement passes 700,000 as gang violence spreads",
    """PORT-AU-PRINCE, {{22 October 2024}} – The number of people displaced by violence in Haiti
    has reached [[more than 700,000|displaced;n=-;a=the International Organization for
    Migration (IOM)]], nearly half of them children, according to the International
    Organization for Migration (IOM). That is up from [[578,000|displaced;n=-]] in June, an
    increase of {{22 per cent}}. In the Port-au-Prince metropolitan area,
    [[some 110,000 displaced people|displaced]] live in
    [[96 spontaneous sites|capacity]], mostly schools, churches and public buildings, where
    conditions are dire. [[More than 10,000 people|displaced;a=IOM]] fled Pont-Sondé and
    surrounding villages in the Artibonite department after an attack by the Gran Grif gang on
    {{3 October}} killed [[at least 115 people|killed;a=IOM]], IOM said. "Each new attack means
    people leave with nothing, often for the second or third time," said Amélie Duval, IOM's
    chief of mission. The Ministry of Education says [[919 schools|other;a=The Ministry of
    Education]] in the capital area have closed because of the violence. IOM has supported
    [[6,000 households|aid]] with cash for rent to leave the sites and relocated
    [[1,420 people|displaced]] to the south of the country by bus since August. Displaced people
    can report abuses on the free {{hotline 133}}, the agency said.""",
)

item(
    "Dominican Republic deports thousands of Haitians a week under new push",
    """SANTO DOMINGO, Dominican Republic (AP) — The Dominican Republic deported
    [[more than 27,000 Haitians|returned;a=immigration officials]] in October, the first month
    of a new campaign against undocumented migrants, immigration officials said Tuesday. The
    government has said it aims to expel [[up to 10,000 migrants a week|returned;p;a=The
    government]]. The General Directorate of Migration said agents had detained
    [[31,500 people|arrested;a=The General Directorate of Migration]] in raids on construction
    sites, markets and neighborhoods across the country, and released
    [[about 4,000|arrested;n=-;a=The General Directorate of Migration]] who showed valid
    documents. At the Dajabón border crossing, buses bring deportees daily to the Haitian side,
    where the International Organization for Migration registers them and provides a hot meal,
    hygiene kits and, for some, transport. IOM said it had assisted
    [[11,200 returnees|aid;a=IOM]] at border crossings in October, including
    [[1,800 unaccompanied children|aid;a=IOM]]. Haitian officials have protested the expulsions,
    which they say include pregnant women and people who were born in the Dominican Republic.
    [[An estimated 500,000 Haitians|displaced]] live in the Dominican Republic, many working in
    construction and agriculture. Rights groups say the deportees are returning to a country
    where gang violence has displaced [[more than 700,000 people|displaced;a=Rights groups]].""",
)

item(
    "Catatumbo crisis: more than 52,000 displaced, Cúcuta overwhelmed",
    """CÚCUTA – The Ombudsman's Office said on Monday that
    [[more than 52,000 people|displaced;a=The Ombudsman's Office]] have been displaced by the
    fighting between the ELN guerrilla and FARC dissidents of the {{33rd Front}} in the
    Catatumbo region, the largest displacement in Colombia in {{over two decades}}.
    [[At least 80 people|killed;a=the Norte de Santander governor's office]] have been killed
    since {{January 16}}, according to the Norte de Santander governor's office, while the fate
    of [[dozens of others|missing;n=-;a=the Norte de Santander governor's office]], including
    social leaders, is unknown. In Cúcuta, the city's stadium and
    [[14 other temporary shelters|capacity]] house [[some 8,000 people|displaced]], while most
    of the displaced are staying with relatives. [[Some 32,000 people|civilians;a=OCHA]] remain
    confined in rural areas where armed groups have restricted movement, OCHA, the UN
    humanitarian office, said. The government declared a state of internal commotion on
    {{January 20}}, the first since {{2008}}, and sent [[5,000 soldiers|combatants]] to the
    region. The army said it had evacuated [[1,300 people|displaced;a=The army]] by helicopter
    from rural areas of Tibú and El Tarra. Colombian migration authorities said
    [[about 1,000 people|displaced;a=Colombian migration authorities]] had crossed into
    Venezuela's Zulia and Táchira states.""",
)

item(
    "Dozens dead or missing after migrant boat sinks off Tunisia",
    """TUNIS, {{April 26}} (Reuters) - [[At least 24 migrants|killed;a=a Tunisian coast guard
    official]] drowned and [[17|missing;n=-;a=a Tunisian coast guard official]] were missing
    after their boat sank off the coast of Sfax on Wednesday, a Tunisian coast guard official
    said, the latest in a series of shipwrecks off Tunisia's coast this year. The coast guard
    rescued [[23 people|other;a=the official;alt=a Tunisian coast guard official]] from the
    boat, which had left from the Jebiniana area carrying [[about 65 people|other;a=the
    official;alt=a Tunisian coast guard official]], mostly from sub-Saharan Africa, the official
    said. The bodies were taken to the morgue at the main hospital in Sfax. Tunisian authorities
    said they had intercepted or rescued [[more than 14,000 migrants|other;a=Tunisian
    authorities]] at sea in the {{first three months}} of the year, {{five times}} as many as in
    the same period of {{2022}}, and arrested [[62 smugglers|arrested;a=Tunisian
    authorities]]. [[More than 35,000 migrants|displaced;a=Italian interior ministry figures]]
    reached Italy by sea from January to mid-April, according to Italian interior ministry
    figures, more than half of them departing from Tunisia. The Sfax region has become the main
    departure point for those heading to the Italian island of Lampedusa, about {{130 km}} away.
    The International Organization for Migration says [[at least 441 migrants|killed;a=The
    International Organization for Migration]] died in the central Mediterranean in the
    {{first quarter}}, the deadliest since {{2017}}.""",
)

item(
    "Aid cuts force UNHCR to shrink operations in refugee-hosting countries",
    """GENEVA – UNHCR expects to end {{2025}} with a budget about {{40%}} smaller than in
    {{2024}}, its head told donors in Geneva, after the United States, until now its largest
    donor, cut most of its funding in January. The agency has already announced it will cut
    around {{30%}} of staff costs and close or shrink a third of its offices worldwide. In Chad,
    food rations in the camps near the Sudanese border were reduced to half of the minimum daily
    requirement of {{2,100 kilocalories}} in April. In Bangladesh, officials warned that monthly
    food vouchers for refugees could fall from {{$12}} to {{$6 per person}} from {{1 April}},
    before a last-minute pledge restored them. NGOs that run camp services under contract said
    they were laying off staff with {{three days}}' notice. "We are going back {{20 years}} in
    the way we respond," said one country representative who asked not to be named.""",
)
