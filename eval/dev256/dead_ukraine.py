"""Russia and Ukraine: the dead counted by name, the graves, the missing, prisoners, amputees."""

from _wrap import item

item(
    "Russian war dead confirmed by name pass 127,000",
    """Mediazona and BBC Russian said on {{3 October 2025}} that they had confirmed the names
    of [[127,518 Russian military personnel|killed;a=Mediazona and BBC Russian]] killed in
    Ukraine. The list grew by [[5,432 names|killed]] in {{five weeks}}, the fastest rise since
    the spring of {{2024}}. Among the dead the journalists counted [[about 20,500
    volunteers|killed;a=the journalists]] who signed contracts after the invasion, [[17,800
    former prisoners|killed;a=the journalists]] recruited into assault units and [[more than
    5,600 mobilised men|killed;a=the journalists]]. The outlets say their list captures between
    {{45% and 65%}} of the real toll, because many deaths are never announced. "Every name is
    checked against a second source," said Olga Ivshina, a BBC Russian correspondent. A team of
    [[about 40 volunteers|other;a=Olga Ivshina]] reads regional news, social media posts and
    cemetery photographs, she said.""",
)

item(
    "Fresh graves in Buryatia's cemeteries",
    """Reporters who visited [[14 cemeteries|other;u=other;a=Reporters]] in Buryatia in
    {{August 2024}} said they counted [[1,146 graves|killed;a=Reporters]] of servicemen, most of them
    marked with flags and portraits. In Ulan-Ude alone the alley reserved for the war held
    [[412 graves|killed]], against [[68|killed]] a year earlier. The region, home to {{less than
    1%}} of Russia's population, has one of the highest death rates per capita, according to
    the count. Local officials have stopped publishing the names of the fallen. A cemetery
    worker said the town council had set aside [[500 more plots|capacity;u=other;a=A
    cemetery worker;p]] next {{spring}}.""",
)

item(
    "Satellite images show Wagner burial plot growing tenfold",
    """Satellite images of the Bakinskaya cemetery near Goryachy Klyuch, where the Wagner group
    buried its fighters, show the plot growing from [[about 50 graves|killed]] in {{November
    2022}} to [[more than 1,000|killed;n=-]] by {{February 2023}}, researchers at the
    Conflict Intelligence Team said. In {{May 2023}} Yevgeny Prigozhin said [[about 20,000
    Wagner fighters|killed;a=Yevgeny Prigozhin]] had died in the battle for Bakhmut, half of
    them convicts. He had earlier said the group recruited [[50,000 prisoners|combatants;a=Yevgeny
    Prigozhin]] from Russian penal colonies. Mediazona has since identified [[9,400 former
    inmates|killed;a=Mediazona]] among the dead by name, among them men serving sentences for
    murder. Relatives told the outlet that [[dozens of bodies|killed;a=Relatives]] were returned
    months late, in sealed coffins.""",
)

item(
    "Memorial project lists more than 80,000 Ukrainian fallen",
    """UALosses, a volunteer project that collects the names of Ukrainian soldiers killed since
    {{2014}}, said its database now holds [[more than 80,000 names|killed;a=UALosses]], each
    backed by an obituary, a funeral notice or a post by relatives. The project listed [[a
    further 23,000 soldiers|missing;a=The project;alt=UALosses]] as missing. In {{February
    2025}} President Volodymyr Zelensky said [[46,000 Ukrainian soldiers|killed;a=President
    Volodymyr Zelensky]] had been killed and [[about 380,000|injured;a=President Volodymyr
    Zelensky]] wounded, and that [[tens of thousands|missing;a=President Volodymyr Zelensky]] were
    missing or in captivity. The government's own figure for the dead has not been updated
    since. The project's founder said her team of [[12 editors|other;a=The project's founder]]
    adds [[about 600 names a week|killed;a=The project's founder]].""",
)

item(
    "Missing persons register tops 63,000",
    """Ukraine's commissioner for persons missing under special circumstances, Artur
    Dobroserdov, said on {{Tuesday}} that his office had registered [[more than 63,000
    people|missing;a=Artur Dobroserdov]] as missing, [[about 2,000|missing;a=Artur
    Dobroserdov;n=-]] of them civilians. The list rose by nearly {{a third}} in {{2024}}.
    Relatives have given [[over 4,500 DNA samples|other;u=other;a=Relatives;n=samples]] to help
    identify remains, the ministry of internal affairs said. "Many of those listed are in
    captivity and we simply do not know it," Dobroserdov said. The ICRC's Central Tracing
    Agency said it had received [[some 100,000 requests|other;u=other;a=The ICRC's Central
    Tracing Agency]] from families on both sides since {{2022}}. A
    support line has taken calls from [[about 9,000 families|other;a=the commissioner's office]] of
    the missing, the commissioner's office said. Police have opened [[more than 40,000 criminal
    cases|other;u=other]] over disappearances.""",
)

item(
    "Hundreds of bodies handed back in latest repatriation",
    """Ukraine received [[909 bodies|killed;a=the Coordination Headquarters for the Treatment of Prisoners of War]] from Russia on {{Friday}} that Moscow said were of
    Ukrainian servicemen, the Coordination Headquarters for the Treatment of Prisoners of War
    said. Russia received [[34 bodies|killed]] in return. Forensic experts will need
    {{several months}} to identify the remains, the headquarters added. Since {{2022}} the two
    sides have carried out [[58 exchanges|other;u=other]], and Ukraine says [[5,857
    Ukrainians|other;a=Ukraine]] have been freed. Officials in Kyiv say [[at least 8,000
    Ukrainians|arrested;a=Officials in Kyiv]] are still held in Russian captivity, including
    [[about 1,800 civilians|arrested;a=Officials in Kyiv]]. A deal reached in Istanbul calls for
    [[1,000 prisoners|other;p]] on each side to be swapped in the coming {{weeks}}.""",
)

item(
    "Ukraine counts its amputees",
    """[[About 50,000 Ukrainians|injured;a=prosthetics makers and the health ministry]] have lost one or more limbs since the full-scale
    invasion, according to estimates by prosthetics makers and the health ministry. The
    Superhumans Center in Lviv, which opened in {{2023}}, said it had fitted [[1,260
    prostheses|aid;u=other;a=The Superhumans Center]] and treated [[more than 2,100
    patients|aid;a=The Superhumans Center]]. A second centre near Dnipro will have [[120
    beds|capacity;a=The Superhumans Center;p]] when it opens, it said. Each prosthetic arm costs
    up to {{$80,000}}. Surgeons at one Kyiv hospital said they carry out [[eight to ten
    amputations a day|injured;a=Surgeons at one Kyiv hospital]] when fighting is heavy
    in the east.""",
)

item(
    "Rights researchers map Mariupol's graves",
    """Researchers from Human Rights Watch and SITU said satellite images showed [[at least
    10,300 new graves|killed;a=Researchers from Human Rights Watch and SITU]] in and around
    Mariupol between {{March 2022}} and {{February 2023}}. They said they had been able to
    confirm the names of [[8,034 people|killed;a=Researchers from Human Rights Watch and SITU]] who died during the siege. The city had
    [[about 425,000 residents|civilians]] before the war, and [[some 350,000|displaced;n=-]]
    fled. The researchers found that [[1,475 apartment buildings|housing;a=The researchers;alt=Researchers from Human Rights Watch and SITU]] were damaged and
    [[about 480|housing;n=-;u=structure;a=The researchers;alt=Researchers from Human Rights Watch and SITU]] were later demolished by the occupation authorities. The true
    number of the dead is likely far higher, HRW said.""",
)

item(
    "UN monitors' toll of civilians in Ukraine",
    """The UN Human Rights Monitoring Mission in Ukraine said it had verified that [[13,883
    civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] had been killed since
    {{24 February 2022}}, including [[716 children|killed;a=The UN Human Rights Monitoring
    Mission in Ukraine]], and [[35,548|injured;a=The UN Human Rights Monitoring Mission in
    Ukraine;n=-]] injured. In {{July}} alone it recorded [[232 civilians|killed;a=The UN
    Human Rights Monitoring Mission in Ukraine]] killed and [[1,343|injured;n=-;a=The UN
    Human Rights Monitoring Mission in Ukraine]] injured, the highest monthly toll since {{May
    2022}}. The mission said the real figures were considerably higher, since it cannot reach
    occupied areas. {{Nine in ten}} of the casualties were in government-held territory.""",
)

item(
    "How excess deaths are estimated from the probate register",
    """Statisticians at Mediazona and Meduza compare the number of inheritance cases opened for
    men {{aged 20 to 50}} in {{2022}}, {{2023}} and {{2024}} with the years before the war. The
    method, first published in {{July 2023}}, assumes that about {{80%}} of deaths of young men
    lead to a probate case. The ratio of deaths among men to those among women in that age
    group rose to {{2.4}} in {{2024}}, from {{1.6}} before the invasion. The authors say the
    approach lags by {{six months}} to {{a year}} because heirs have {{six months}} to claim an
    estate.""",
)

item(
    "Lviv's military cemetery runs out of room",
    """The Field of Mars at Lychakiv cemetery in Lviv holds the graves of [[more than 600
    soldiers|killed;a=city officials]] killed since {{2022}}, city officials said. When the site
    was opened in {{2014}}, it was planned for [[about 150 plots|capacity;u=other;n=plots]]. Mayor
    Andriy Sadovyi said a new memorial cemetery on the edge of the city would have space for
    [[up to 10,000 graves|capacity;a=Mayor Andriy Sadovyi;u=other;p]]. Funeral processions
    pass through the centre of Lviv {{two or three times a week}}, residents
    say. The city has buried [[about 40 soldiers a month|killed]] since the summer of {{2023}},
    and [[more than 70 soldiers|missing;a=the municipal council]] from Lviv are still listed as
    missing, the municipal council said. Volunteers tend [[some 300 flags|other;u=other]] that
    families have planted beside the graves.""",
)

item(
    "Russia's wartime call-ups in numbers",
    """Defence Minister Sergei Shoigu announced the call-up of [[300,000 reservists|combatants;a=Defence
    Minister Sergei Shoigu]] on {{21 September 2022}}. Within {{a week}} [[about 260,000
    men|displaced;a=border officials]] had left the country, border officials in
    Kazakhstan, Georgia and Finland said. In {{2024}} former president Dmitry Medvedev said
    [[more than 440,000 people|combatants;a=former president Dmitry Medvedev]] had signed
    contracts with the army. Vladimir Putin said in {{December}} that [[about 700,000
    troops|combatants;a=Vladimir Putin]] were taking part in the war. Mediazona counted [[more
    than 7,300 cases|other;u=other;a=Mediazona]] of soldiers charged with leaving their units
    without permission in {{2024}}.""",
)

item(
    "Kursk evacuation and the missing in the border region",
    """Russian authorities evacuated [[more than 120,000 people|displaced;a=the regional government]]
    from the border districts of the Kursk region after Ukrainian troops crossed the frontier
    in {{August 2024}}, the regional government said. Officials said they had lost contact with
    [[about 2,000 residents|missing;a=Officials]] of areas held by Ukraine. Russia's human
    rights commissioner said [[63 civilians|returned;a=Russia's human rights commissioner]]
    had been brought back through Belarus. South Korea's intelligence service estimated that
    [[about 11,000 North Korean soldiers|combatants;a=South Korea's intelligence service]] were
    sent to the region and that [[some 600|killed;n=-;a=South Korea's intelligence service]] had
    been killed by {{April 2025}}. [[Roughly 60,000 residents|returned;a=the governor]] had gone
    back to their homes by {{summer}}, the governor said.""",
)

item(
    "Children brought back from Russia",
    """Ukraine says [[19,546 children|kidnapped;a=Ukraine]] have been abducted and taken to
    Russia or occupied areas since the invasion. The Bring Kids Back UA initiative said
    [[1,366 children|returned;a=The Bring Kids Back UA initiative]] had been returned so far,
    [[87|returned;n=-;a=The Bring Kids Back UA initiative]] of them in {{the past month}}. Researchers at Yale's Humanitarian
    Research Lab identified [[at least 43 camps|capacity;a=Researchers at Yale's Humanitarian
    Research Lab]] where Ukrainian children were held for re-education. Officials hope to bring
    home [[another 300 children|returned;a=Officials;p]] before the end of the year. The
    youngest child returned was {{four months old}}.""",
)

item(
    "Week of strikes on Kharkiv",
    """Russian glide bombs and drones killed [[19 people|killed;a=regional governor Oleh
    Syniehubov]] in Kharkiv over {{seven days}}, regional governor Oleh Syniehubov said on
    {{Sunday}}. [[At least 112 people|injured;a=the governor;alt=regional governor Oleh
    Syniehubov]] were wounded, the governor said, among them [[14 children|injured;a=the
    governor;alt=regional governor Oleh Syniehubov]]. The strikes damaged [[more than 340
    apartment buildings|housing]] and [[26 schools|housing]]. [[Around 1,900 residents|displaced]]
    of the northern districts were moved to [[23 collective centres|capacity]] in the city. The
    UN's World Food Programme said it was handing out hot meals to [[about 4,000
    people|aid;a=The UN's World Food Programme]] a day. Volunteers delivered plywood and window film to [[310 families|aid]] whose flats
    were damaged.""",
)

item(
    "Belgorod's own count of the dead",
    """The governor of Russia's Belgorod region, Vyacheslav Gladkov, said shelling and drone
    attacks had killed [[more than 200 civilians|killed;a=Vyacheslav Gladkov]] in the region
    since {{2022}}, among them [[17 children|killed;a=Vyacheslav Gladkov]]. [[About 1,600
    homes|housing;a=Vyacheslav Gladkov]] had been destroyed or damaged, he added. In
    {{March 2024}} [[9,000 children|displaced]] from Belgorod and the border villages were sent
    to summer camps in other regions. [[Forty-five temporary accommodation centres|capacity;a=the
    regional government]] were still open, the regional government said, housing [[2,700
    people|displaced;a=the regional government]]. [[Some 350 families|aid]] whose homes were
    destroyed have been given new flats in Belgorod city.""",
)

item(
    "Payouts to families of fallen soldiers strain regional budgets",
    """Regional budgets in Russia set aside {{1.2 trillion roubles}} for military signing
    bonuses and death payments in {{2025}}, analysts at the Re:Russia project estimated. The
    federal payment to the family of a soldier killed in Ukraine is about {{5 million roubles}},
    and many regions add {{1 million}} to {{3 million roubles}} of their own. In the Khanty-Mansi
    district the one-off bonus for signing a contract rose to {{3.1 million roubles}} in
    {{January}}. Economists said the payments had raised household incomes in poor regions by
    {{10% to 15%}}.""",
)
