"""dev276 items: Russia's Kursk, Belgorod and Bryansk regions (15 with figures, 2 without)."""

from _wrap import item

item(
    "Kursk says 121,000 evacuated after Ukrainian incursion",
    """[[More than 121,000 people|displaced;a=Alexei Smirnov]] have been evacuated or have left
    parts of the Kursk region, acting governor Alexei Smirnov said on {{August 12, 2024}},
    {{six days}} after Ukrainian troops crossed the border. Smirnov told President Vladimir
    Putin in a televised meeting that [[about 59,000 people|civilians;a=Smirnov]] were still
    living in the [[28 settlements|other;u=other;a=Smirnov]] under Ukrainian control.
    [[Twelve civilians|killed;a=Alexei Smirnov]] had been killed and
    [[121|injured;a=Alexei Smirnov]] wounded, including
    [[10 children|injured;a=Alexei Smirnov]], he said. He added that contact had been lost with
    [[about 2,000 residents|missing;a=Alexei Smirnov]]. The Emergencies Ministry said it had
    opened [[more than 200 temporary accommodation centres|capacity;a=The Emergencies
    Ministry]] in Kursk and neighbouring regions.""",
)

item(
    "Belgorod counts its dead after New Year's Eve attack",
    """A Ukrainian attack on the centre of Belgorod on {{December 30, 2023}} killed
    [[25 people|killed;a=Russian officials]], including
    [[five children|killed;a=Russian officials]], and wounded
    [[109|injured;a=Russian officials]], Russian officials said. Governor Vyacheslav Gladkov
    said [[about 1,300 children|displaced;a=Vyacheslav Gladkov;p]] from the city and border
    districts would be sent to holiday camps in other regions in {{January}}.
    [[Some 120 families|displaced]] from apartment blocks hit in the attack were moved to
    temporary accommodation centres. The city administration said
    [[more than 1,100 apartments|housing;u=structure;a=The city administration]] and
    [[about 300 cars|other;a=The city administration]] were damaged.""",
)

item(
    "Children taken out of Shebekino after cross-border raids",
    """Authorities in Belgorod region began moving children out of Shebekino and Grayvoron on
    {{June 1, 2023}} after {{two days}} of shelling and cross-border raids by pro-Ukrainian
    armed groups. Governor Vyacheslav Gladkov said
    [[300 children|displaced;a=Vyacheslav Gladkov]] had been taken to Voronezh on the first
    day, and that [[a further 1,000|displaced;a=Vyacheslav Gladkov;p]] would follow. Shebekino
    had [[about 40,000 residents|civilians]] before the attacks. Temporary accommodation
    centres in Belgorod city were housing
    [[about 4,000 people|displaced;a=the regional government]] by Friday, the regional
    government said. The Russian Defence Ministry said its forces had killed
    [[more than 70 fighters|killed;a=The Russian Defence Ministry]] near the border. Shelling
    wounded [[nine people|injured;a=Gladkov]] in Shebekino on Thursday and damaged
    [[dozens of houses|housing;a=Gladkov]], according to Gladkov.""",
)

item(
    "Sudzha civilians under Ukrainian control",
    """The Ukrainian military said on {{August 20, 2024}} that
    [[about 2,000 civilians|civilians;a=The Ukrainian military]] remained in Sudzha and the
    surrounding villages under its control. It had delivered
    [[more than 16 tonnes|aid;a=The Ukrainian military]] of food and medicine and moved
    [[about 100 residents|displaced;a=The Ukrainian military]] who asked to leave to Sumy
    region, it said. Russian officials accused Ukrainian troops of abducting
    [[dozens of residents|kidnapped;a=Russian officials]], a claim Kyiv denied. In
    {{June 2025}}, Ukraine's human rights commissioner Dmytro Lubinets said
    [[more than 100 Kursk residents|returned;a=Dmytro Lubinets]] had been handed back to Russia
    through Belarus. They crossed in [[nine buses|other]] at a border post near Chernihiv.
    Russia's ombudsman, Tatyana Moskalkova, said
    [[about 600 residents|missing;a=Tatyana Moskalkova]] of the region's border districts were
    still listed as missing.""",
)

item(
    "Belgorod to send 9,000 children away from shelling",
    """Belgorod governor Vyacheslav Gladkov said on {{March 18, 2024}} that
    [[about 9,000 children|displaced;a=Vyacheslav Gladkov;p]] from the city and border
    districts would be moved to other regions after a week of Ukrainian shelling. The first
    group, [[about 1,200 children|displaced;a=Vyacheslav Gladkov;p]], would leave for Kaluga,
    Penza and Tambov on Friday, he said. Shelling and drone strikes killed
    [[16 people|killed;a=regional officials]] in the region in the preceding {{seven days}},
    including [[two children|killed;a=regional officials]], according to regional officials.
    Schools and shopping centres in Belgorod were closed until {{March 19}}. Gladkov said
    [[around 1,000 people|displaced;a=Gladkov]] were living in temporary accommodation
    centres in the region, and that [[a further 3,000 places|capacity;a=Gladkov]] were ready.
    The Russian Defence Ministry said
    [[about 2,500 fighters|combatants;a=The Russian Defence Ministry]] had tried to cross the
    border near Tyotkino and Kozinka.""",
)

item(
    "Saboteurs cross into Bryansk region, governor says",
    """Bryansk governor Alexander Bogomaz said on {{March 2, 2023}} that
    [[two civilians|killed;a=Alexander Bogomaz]] had been killed and a {{10-year-old}} boy
    wounded when armed saboteurs crossed from Ukraine into the village of Lyubechane. The FSB
    said [[up to 45 fighters|combatants;a=The FSB]] had taken part and that
    [[six villagers|kidnapped;a=The FSB]] had been briefly held hostage in a shop. Authorities
    moved [[about 100 residents|displaced;a=a local official]] of Lyubechane and Sushany to
    Klimovo, a local official told the state news agency RIA Novosti. The regional government
    said [[38 children|displaced;a=The regional government]] from border villages had been
    sent to a sanatorium outside Bryansk. In {{2023}} shelling damaged
    [[more than 1,700 homes|housing;a=Bogomaz]] in the region's border districts, Bogomaz said
    later. Police detained [[five people|arrested;a=TASS]] suspected of helping the raiders,
    TASS reported.""",
)

item(
    "Kursk border districts still closed to their residents",
    """[[More than 110,000 residents|displaced;a=Alexander Khinshtein]] of the Kursk region's
    border districts are still unable to go home, Governor Alexander Khinshtein said on
    {{May 12, 2025}}, {{nine months}} after the Ukrainian incursion. Khinshtein said
    [[about 4,500 people|returned;a=Khinshtein]] had gone back to villages in the Glushkovo and
    Korenevo districts that had been cleared of mines. Army engineers have cleared
    [[54 villages|other]] so far. [[About 650 houses|housing;a=officials]] in Sudzha district
    were destroyed, officials said. Each family that lost a home is entitled to compensation
    of up to {{6.5 million roubles}}. The regional ombudsman said
    [[about 250 residents|missing;a=The regional ombudsman]] were still unaccounted for.
    [[A further 48|returned]] were brought back from Ukraine through Belarus in {{April}}.""",
)

item(
    "Belgorod orders border villages cleared over drone attacks",
    """Russian authorities have ordered [[about 1,800 residents|displaced;a=Vyacheslav
    Gladkov;p]] of [[11 villages|other;a=Vyacheslav Gladkov]] in the Grayvoron and Krasnaya
    Yaruga districts to leave their homes because of Ukrainian drone attacks, Governor
    Vyacheslav Gladkov said on {{February 4, 2025}}. So far
    [[fewer than 200|displaced;a=Vyacheslav Gladkov]] have left, he said. Drones killed
    [[four civilians|killed;a=the governor's office]] and injured
    [[23|injured;a=the governor's office]] in the region over the weekend, according to the
    governor's office. The National Guard said it had sent
    [[300 more troops|combatants;a=The National Guard]] to protect roads in the border
    districts. Gladkov said [[about 6,000 people|displaced;a=Gladkov]] from border areas were
    living in [[62 temporary accommodation centres|capacity;a=Gladkov]].""",
)

item(
    "Looters detained in abandoned Kursk villages",
    """Police in the Kursk region have detained [[19 people|arrested;a=the Interior Ministry]]
    for looting homes abandoned by evacuated residents, the Interior Ministry said on
    {{August 27, 2024}}. Investigators have opened [[14 criminal cases|other]]. The Russian Red
    Cross said it had handed out [[more than 35,000 food parcels|aid;a=The Russian Red Cross]]
    and helped [[about 12,000 people|aid;a=The Russian Red Cross]] apply for payments of
    {{15,000 roubles}}. [[Thousands of evacuees|displaced]] queued outside its office in Kursk
    city. Acting governor Alexei Smirnov said
    [[more than 6,000 people|displaced;a=Alexei Smirnov]] were staying in temporary
    accommodation, while the rest had found places with relatives.""",
)

item(
    "Payments announced for Kursk evacuees",
    """Russia's government said on {{August 10, 2024}} that residents evacuated from the Kursk
    region would receive a one-off payment of {{10,000 roubles}}, and {{50,000 roubles}} for
    those who lost property. Pensioners aged {{over 70}} will also get an extra month's
    pension. Payments will be made within {{three working days}} of applying, and the regional
    budget for {{2024}} was raised by {{12%}} to cover them, the finance department said.
    Applications can be made at Sberbank branches from {{09:00}} to {{20:00}}.""",
)

item(
    "Belgorod keeps schools online into January",
    """Schools in Belgorod will stay on remote learning until {{January 17}}, the regional
    education ministry said on {{January 2, 2024}}. Air-raid sirens sounded for a total of
    {{nine hours}} on New Year's Day. Governor Vyacheslav Gladkov said the {{2024}} regional
    budget set aside {{3 billion roubles}} for shelters and that bus stops along the
    {{15-kilometre}} ring road would be fitted with concrete covers by {{March 1}}. Street
    lighting will be switched off after {{23:00}}.""",
)

item(
    "Children ordered out of villages near Tyotkino",
    """Kursk governor Alexander Khinshtein ordered the evacuation of children from
    [[five more villages|other]] near Tyotkino on {{June 23, 2025}} as Ukrainian drone attacks
    on the border area intensified. [[About 170 children|displaced;a=the regional
    government;p]] are to be taken to Kursk city and Zheleznogorsk, the regional government
    said. Khinshtein said [[about 500 people|civilians;a=Khinshtein]] remained in Tyotkino, a
    village of [[4,000|civilians;a=Khinshtein]] before the war. Drone attacks on the village
    killed [[three|killed;a=Alexander Khinshtein]] and wounded
    [[nine|injured;a=Alexander Khinshtein]] in June, he said.
    [[Two dozen houses|housing]] were set on fire in a single attack on {{June 19}}.""",
)

item(
    "Belgorod takes in tens of thousands fleeing Kharkiv front",
    """Belgorod region has received [[more than 30,000 people|displaced;a=Vyacheslav Gladkov]]
    fleeing the Ukrainian counteroffensive in Kharkiv region, Governor Vyacheslav Gladkov said
    on {{September 13, 2022}}. [[About 5,000|displaced;a=Vyacheslav Gladkov]] were in
    temporary accommodation centres, he said, and the rest with relatives or on their way to
    other regions. Cars queued for {{20 kilometres}} at the Shebekino crossing, where border
    guards processed [[about 4,000 vehicles a day|other]]. Shelling also reached the Russian
    side: [[two people|killed;a=officials]] died in Shebekino on Monday, officials said.
    Russian officials said [[62 children|displaced;a=Russian officials]] from a care home in
    Kupiansk had been "evacuated" to Belgorod, a move Kyiv called a deportation. A temporary
    accommodation centre in the village of Dubovoye has [[600 beds|capacity]].""",
)

item(
    "Russia brings out Sudzha's last residents after retaking town",
    """Russian authorities said on {{March 15, 2025}} they had evacuated
    [[more than 90 residents|displaced;a=Russian authorities]] from Sudzha after Russian forces
    recaptured the town. Many were elderly, and
    [[about 30|injured;a=regional health officials]] needed hospital treatment, regional health
    officials said. Khinshtein said [[about 1,500 people|civilians;a=Khinshtein]] had lived in
    Sudzha under Ukrainian control, out of [[5,000|civilians;a=Khinshtein]] before the
    incursion. The Investigative Committee said it had found the bodies of
    [[six civilians|killed;a=The Investigative Committee]] in the town. Ukrainian officials
    said earlier that they had taken [[about 200 Sudzha residents|displaced;a=Ukrainian
    officials]] to Sumy region at their own request. [[Hundreds of buildings|housing]] in the
    town were destroyed in the fighting.""",
)

item(
    "Kursk families search for relatives lost since the incursion",
    """Tatyana Moskalkova, Russia's human rights commissioner, said on {{October 4, 2024}} that
    her office had received requests to find
    [[more than 2,000 Kursk residents|missing;a=Tatyana Moskalkova]]. She accused Ukrainian
    forces of abducting [[at least 80 civilians|kidnapped;a=Tatyana Moskalkova]] and taking
    them to Sumy region, which Kyiv denies. Moskalkova put the number of civilians killed in
    the region since {{August 6}} at [[more than 100|killed;a=Moskalkova]]. Ukraine's
    ombudsman Dmytro Lubinets said [[63 Russian civilians|displaced;a=Dmytro Lubinets]] had
    been evacuated to Sumy at their own request and were living in a dormitory there. Through
    Red Cross mediation, [[nine elderly residents|returned]] were sent back to Russia in
    {{September}}. The International Committee of the Red Cross said it had received
    [[about 700 tracing requests|other;u=other;a=The International Committee of the Red
    Cross]] from the region.""",
)

item(
    "North Korean troops in Kursk as Glushkovo empties",
    """[[About 11,000 North Korean troops|combatants;a=Ukrainian military intelligence]] are now
    in the Kursk region, Ukrainian military intelligence said on {{November 5, 2024}}. Russian
    officials have not confirmed their presence. Villages near the front in Glushkovo district
    are almost empty: [[between 200 and 300 people|civilians;a=the district head]] remain, the district head
    said. Kursk region
    authorities said [[about 1,400 people|displaced;a=Kursk region authorities]] had been moved
    out of Glushkovo district since {{September}}, when Ukrainian troops opened a new front
    there. Ukrainian President Volodymyr Zelensky said in {{January 2025}} that
    [[about 300 North Korean soldiers|killed;a=Volodymyr Zelensky]] had been killed and
    [[2,700|injured;a=Volodymyr Zelensky]] wounded.""",
)

item(
    "Shebekino evacuees settle in for a long stay",
    """Volunteers in Belgorod are handing out [[about 2,500 food sets|aid;a=the All-Russia
    People's Front]] a week to families from border villages, the regional branch of the
    All-Russia People's Front said on {{May 30, 2024}}.
    [[More than 7,000 people|displaced;a=Vyacheslav Gladkov]] from the Shebekino and Grayvoron
    districts are in the city's temporary accommodation centres, according to Governor
    Vyacheslav Gladkov. Gladkov said [[another 2,000 beds|capacity;a=Gladkov;p]] would be
    added by {{July}} in dormitories and holiday camps. In Shebekino, only
    [[about 6,000|civilians;a=the town's head]] of the town's
    [[40,000 residents|civilians;a=the town's head]] remain, the town's head said. Ukrainian
    strikes on the town killed [[two|killed]] and injured [[11 people|injured]] on
    {{May 29}}.""",
)
