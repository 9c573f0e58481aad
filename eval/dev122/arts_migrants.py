"""Migration for work and a better life, and the climate: Lampedusa, the Darién, the Canary
Islands, Ethiopians brought back from Saudi Arabia, Tuvalu and Fiji, Tijuana (6 articles with
figures, 1 without)."""

from _wrap import item

item(
    "Lampedusa overwhelmed as 120 boats arrive in a day",
    """[[More than 6,800 people|displaced;a=the Italian Red Cross]] arrived on Lampedusa on
    Tuesday aboard [[more than 120 boats|other;a=the Italian Red Cross]], most of them small
    metal vessels launched from Sfax in Tunisia, according to the Italian Red Cross, which
    runs the island's hotspot. The centre, built for [[400 people|capacity]], was holding
    [[nearly 7,000|displaced]] on Wednesday morning, and many spent the night on the ground
    outside its gates. A {{five-month-old}} baby was found dead in a boat that capsized as it
    was being towed into port. The coast guard said it had rescued [[about 1,500 people|other;a=The
    coast guard]] at sea in the previous {{24 hours}}. The prefecture of Agrigento said
    [[about 3,000|displaced;a=The prefecture of Agrigento]] had been moved to Sicily by ferry
    and that [[between 2,000 and 2,500|displaced;p;a=The prefecture of Agrigento]] would follow
    on Wednesday. [[More than 127,000 people|displaced;a=the interior ministry]] have reached
    Italy by sea since January, according to the interior ministry, almost double the figure
    for the same period of {{2022}}. Prime Minister Giorgia Meloni's government has announced
    it will extend the time migrants can be held before deportation to {{18 months}}. "We
    are a small island of fishermen," said the mayor, Filippo Mannino. "We cannot do this
    alone." """,
)

item(
    "Darién crossings pass 300,000 as Panama's camps fill",
    """[[More than 300,000 migrants|displaced;a=Panama's National Migration Service]] have crossed
    the Darién jungle from Colombia so far this year, Panama's National Migration Service said
    on Friday, already more than the [[248,000|displaced]] who made the journey in all of
    {{2022}}. Venezuelans account for {{60 percent}} of them, followed by Ecuadorians,
    Haitians and Chinese. On the Colombian side, [[between 1,500 and 2,000 migrants a
    day|displaced;a=local officials]] board boats in Necoclí for the crossing of the Gulf of
    Urabá, local officials say. The walk through the jungle takes {{four to six days}}.
    UNICEF said children are now {{one in five}} of those
    crossing, {{about half}} of them {{under five}}. In Panama, migrants reach the reception station at
    Lajas Blancas, built for [[500 people|capacity]], which held
    [[almost 3,000|displaced;a=the station's coordinator]] on Thursday, the station's
    coordinator said. [[About 2,000 a day|displaced]] are then put on buses to the Costa Rican
    border, a journey of {{about 500 kilometres}} for which each migrant pays {{$60}}. """,
)

item(
    "El Hierro receives record 1,300 migrants in a weekend",
    """[[About 1,300 migrants|displaced;a=the Spanish Red Cross]] reached El Hierro, the smallest
    of the Canary Islands, over the weekend in [[seven wooden boats|other;a=the Spanish Red
    Cross]] known as cayucos, the Spanish Red Cross said, the most the island of
    [[some 11,000 inhabitants|civilians]] has ever received in {{two days}}. One cayuco that
    docked at La Restinga on Saturday carried [[280 people|displaced]], most of them from
    Senegal and Gambia, after {{nine days}} at sea. [[More than 23,500 migrants|displaced;a=the
    interior ministry]] have arrived in the archipelago this year, according to the interior
    ministry, more than in the whole of {{2022}}. The Canaries' reception system has
    [[about 5,000 places|capacity;a=regional officials]], regional officials say, and the
    government in Madrid said it would fly [[about 1,000 migrants|displaced;p;a=the government
    in Madrid]] to reception centres on the mainland this week. The regional government said
    it had [[more than 2,700 unaccompanied minors|displaced;a=The regional government]] in its
    care, in centres with room for [[2,000|capacity;a=The regional government]]. The migrant
    rights group Caminando Fronteras says [[at least 950 people|killed;a=Caminando
    Fronteras]] died on the Atlantic route in the first half of the year, a
    crossing of {{more than 1,500 kilometres}} from Senegal.""",
)

item(
    "Ethiopians flown home from Saudi detention centres",
    """[[About 850 Ethiopian migrants|returned;a=the Ministry of Foreign Affairs]] arrived in
    Addis Ababa from Saudi Arabia on Wednesday, the Ministry of Foreign Affairs said, the
    {{first}} group under an agreement to bring back [[100,000|returned;p;a=the Ministry of
    Foreign Affairs]] citizens over the coming months. Most had been held in detention centres
    in Jizan and Al-Shumaisi, where Human Rights Watch estimated that
    [[tens of thousands|arrested;a=Human Rights Watch]] were detained in overcrowded
    conditions. Among the returnees were [[about 200 unaccompanied children|returned]], some
    as young as {{13}}. At the International Organization for Migration's reception centre near
    Bole airport, which has [[2,000 beds|capacity]], the returnees receive medical checks,
    {{2,000 birr}} in pocket money and bus tickets to their home regions, mostly Amhara,
    Oromia and Tigray. The IOM said it planned to give reintegration support to
    [[about 12,000|aid;p;a=The IOM]] of the most vulnerable. [[More than 480,000 Ethiopians|returned;a=the
    agency;alt=the International Organization for Migration]] were returned from Saudi Arabia
    between {{2017}} and {{2022}}, the agency said. Every year [[hundreds of
    thousands|displaced]] more set off on the Eastern Route through Djibouti and Yemen in
    search of work in the Gulf. "I paid a broker {{60,000 birr}} and spent {{eight months}}
    in a cell," said Tesfaye, {{24}}, from Wollo.""",
)

item(
    "Tuvaluans rush to enter climate visa ballot as Fiji moves villages inland",
    """[[More than 8,750 Tuvaluans|other;a=the Australian government]] registered for the {{first}}
    ballot of a new Australian visa in its first {{four days}}, the Australian government said
    on Friday, a sign of how many in the low-lying Pacific nation are thinking of leaving. Under
    the Falepili Union treaty signed in {{2023}}, Australia will grant permanent residence to
    [[280 Tuvaluans a year|displaced;p;n=Tuvaluans]], chosen by lot, with the right to work,
    study and use public health care. Tuvalu has [[about 11,000 people|civilians]] living on
    {{26 square kilometres}} of land, much of it less than {{two metres}} above sea level.
    Fiji's government has already relocated [[six villages|displaced;u=other;a=Fiji's government]] threatened
    by rising seas and flooding, and has identified [[more than 40 others|displaced;p;u=other;a=Fiji's
    government]] that may have to move in the coming decades, it says. Vunidogoloa, on Vanua
    Levu, was the {{first}}: its [[about 150 residents|displaced]] moved in {{2014}} to
    [[30 new homes|capacity]] built {{two kilometres}} inland. "We still go down to the old
    village to fish and to visit the graves," said the village headman, Sailosi Ramatu. The
    Fijian government says moving a single village costs about {{$1.2 million}}, and has set
    up a trust fund to pay for relocations.""",
)

item(
    "Tijuana shelter strains as caravan waits at the border",
    """[[More than 6,000 Central American migrants|displaced;a=city officials]] are now in
    Tijuana, city officials said Thursday, [[nearly 5,000 of them|displaced;n=-;a=city officials]]
    at the Benito Juárez sports complex, which has space for [[about 3,000|capacity;a=city
    officials]]. Rain turned the complex into mud overnight, and the city's mayor, Juan Manuel
    Gastélum, said Tijuana was spending {{$30,000}} a day on the migrants and would not pay
    any more. At the San Ysidro port of entry, U.S. border officers process
    [[about 100 asylum claims a day|other;u=other]], and [[about 1,400 people|displaced]]
    are on a waiting list kept in a notebook by the migrants themselves. Mexico's interior
    ministry said it had deported [[98 migrants|returned;a=Mexico's interior ministry]] who
    tried to rush the border fence on Sunday, when U.S. agents fired tear gas. The Pentagon has
    sent [[5,900 active-duty troops|combatants;a=The Pentagon]] to the border. The
    International Organization for Migration said [[about 1,200|returned;p;a=The International
    Organization for Migration]] had signed up for its assisted return flights to Honduras,
    Guatemala and El Salvador. "We walked {{4,000 kilometres}}. We will wait," said Ever,
    {{23}}, from San Pedro Sula, who has been in the caravan since it left on {{13 October}}.""",
)

item(
    "UK Supreme Court rules Rwanda asylum plan unlawful",
    """Britain's Supreme Court ruled on Wednesday that the government's plan to send asylum
    seekers to Rwanda is unlawful, upholding a {{June}} decision of the Court of Appeal.
    Giving the court's unanimous judgment, Lord Reed said there were substantial grounds for
    believing that people sent to Rwanda would face a real risk of being returned to their
    home countries in breach of {{Article 3}} of the European Convention on Human Rights.
    The policy was announced in {{April 2022}}, and the first flight, due to leave on
    {{14 June 2022}}, was halted by a last-minute injunction from the European Court of Human
    Rights. Britain has already paid Rwanda {{£140 million}} under the agreement. Prime
    Minister Rishi Sunak, who has promised to "stop the boats" before an election expected
    in {{2024}}, said the government would draft a new treaty with Kigali within days. The
    ruling came {{eight months}} after Parliament passed the Illegal Migration Act. Rwanda's
    government spokeswoman said the country was "one of the safest in the world" and had
    been "committed to its international obligations" since {{1994}}. Polls show about
    {{40 percent}} of voters support the scheme.""",
)
