"""Arms deliveries, military aid packages, sales and production (13 articles, all with
figures)."""

from _wrap import item

item(
    "Pentagon unveils $125 million Ukraine package with Avenger systems, Humvees",
    """WASHINGTON — The Pentagon on Friday announced a {{$125 million}} weapons package for Ukraine,
    drawn from U.S. stocks, as Kyiv braces for another winter of Russian strikes on its power grid.
    The package, the {{62nd}} of its kind since {{August 2021}}, includes [[four Avenger air defense
    systems|other;u=other;a=a Pentagon fact sheet]], [[12 Humvees|other;u=other;a=a Pentagon fact
    sheet]], Stinger missiles, {{155mm}} and {{105mm}} artillery rounds and [[more than 3 million
    rounds|other;a=a Pentagon fact sheet]] of small-arms ammunition, according to a Pentagon fact
    sheet. Earlier packages delivered [[31 Abrams tanks|other]], [[more than 300 Bradley fighting
    vehicles|other]], [[39 HIMARS launchers|other]] and [[over 2 million artillery shells|other]].
    The United States has committed more than {{$56 billion}} in security assistance since
    {{February 2022}}.""",
)

item(
    "Germany to send Leopard tanks to Ukraine, allow allies to follow",
    """BERLIN, {{Jan 25}} (Reuters) - Germany will send [[14 of its Leopard 2A6
    tanks|other;p;n=tanks;a=Chancellor Olaf Scholz]] to Ukraine and allow other countries to
    re-export theirs, Chancellor Olaf Scholz said on Wednesday, ending weeks of wrangling with
    allies. The aim is to assemble [[two battalions|combatants;u=other;p;a=the government]] equipped
    with {{Leopard 2 tanks}} quickly, the government said. Washington said it would supply [[31 M1
    Abrams tanks|other;p;a=Washington]], which could take months to arrive. Poland has pledged [[14
    Leopards|other;u=other;p;a=Poland]] of an older version, and Spain said it could send [[between
    four and six|other;u=other;p;q=range;v=4;lo=4;hi=6;a=Spain]]. Ukrainian officials have said they
    need [[300 to 500 modern tanks|other;p;a=Ukrainian officials]] to push back Russian forces.""",
)

item(
    "First F-16s arrive in Ukraine, Zelensky confirms",
    """Ukraine has received its first {{F-16}} fighter jets, President Volodymyr Zelensky confirmed
    on {{Aug. 4}}, nearly {{two years}} after Kyiv began asking for them. He did not say how many
    had arrived, but media reports put the number at [[six|other;u=other;a=media reports]]. Denmark,
    the Netherlands, Norway and Belgium have together pledged [[more than 80 of the U.S.-made
    jets|other;u=other;p;n=jets;a=Denmark, the Netherlands, Norway and Belgium]]. [[About 20
    Ukrainian pilots|combatants]] have completed training so far, too few to fly the promised fleet.
    One of the jets crashed on {{Aug. 26}} while repelling a Russian attack in which Moscow launched
    [[127 missiles|other;a=the Air Force]] and [[109 drones|other;a=the Air Force]], the Air Force
    said.""",
)

item(
    "Hyundai Rotem signs $6.5 billion deal for 180 more K2 tanks for Poland",
    """SEOUL -- Hyundai Rotem signed a {{$6.5 billion}} contract on Friday to supply Poland with
    [[180 more K2 tanks|other;p]], the largest single export deal in South Korea's defense history.
    [[Sixty-one of the tanks|other;p]] will be assembled at the Bumar-Labedy plant in Gliwice.
    Warsaw has already received [[more than 150 K2s|other;u=other]] from a first order placed in
    {{2022}} under a framework agreement for [[1,000 K2 tanks|other;p]], [[672 K9
    howitzers|other;u=other;p]] and [[288 Chunmoo rocket launchers|other;p]]. Poland aims to build
    an army of [[300,000 troops|combatants;p;a=Poland]] and will spend {{4.7%}} of its GDP on
    defense this year, the highest share in NATO.""",
)

item(
    "Armenia buys Indian artillery guns in first ATAGS export",
    """Armenia has become the first export customer for India's Advanced Towed Artillery Gun System
    (ATAGS), placing an order for [[six guns|other;p;a=officials]] worth about {{₹155 crore}},
    officials said. The {{155 mm/52-calibre}} gun, developed by the DRDO with Bharat Forge and Tata
    Advanced Systems, has a range of more than {{45 km}}. Yerevan has already received [[four Swathi
    weapon-locating radars|other;u=other]] and Pinaka multi-barrel rocket launchers under deals
    signed in {{2020}} and {{2022}}. The Indian Army itself has ordered [[307
    ATAGS|other;u=other;p]] for about {{₹7,000 crore}}, and plans to induct [[about 1,580 towed
    guns|other;p;a=The Indian Army]] in all. Azerbaijan's offensive in Nagorno-Karabakh in
    {{September 2023}} forced [[more than 100,000 ethnic Armenians|displaced]] to flee to
    Armenia.""",
)

item(
    "North Korea has shipped 13,000 containers of munitions to Russia, Seoul says",
    """SEOUL, {{Oct 14}} (Reuters) - North Korea has shipped [[more than 13,000
    containers|other;a=South Korea's defence ministry]] of artillery shells, missiles and other
    munitions to Russia since {{August 2023}}, South Korea's defence ministry said on Monday,
    equivalent to [[more than 8 million 152mm shells|other;a=South Korea's defence ministry]]. The
    shipments, which Pyongyang and Moscow deny, also included [[dozens of KN-23 ballistic
    missiles|other]], some of which have been fired at Ukrainian cities. Ukrainian officials
    estimate Russian forces fire [[about 10,000 shells a day|other;a=Ukrainian officials]] along the
    front, roughly three times as many as Ukraine. Analysts estimate the North's factories can turn
    out [[about 2 million shells a year|other;n=shells;v=2000000;a=Analysts]].""",
)

item(
    "Iranian-made drones hit Kyiv as Ukraine says Russia ordered 2,400",
    """KYIV, {{Oct 17}} (Reuters) - Russia attacked Kyiv with Iranian-made "kamikaze" drones on
    Monday morning, hitting a residential building and an energy facility. Kyiv mayor Vitali
    Klitschko said [[four people|killed;a=Kyiv mayor Vitali Klitschko]] were killed, including a
    young couple. Ukraine's air force said it had destroyed [[37|other;u=other;a=Ukraine's air
    force]] of [[43 Shahed drones|other;a=Ukraine's air force]] launched overnight. Ukrainian
    military intelligence says Moscow has ordered [[2,400 Shahed-136s|other;u=other;p;a=Ukrainian
    military intelligence]] from Tehran, which denies supplying them. The drones carry a warhead of
    about {{40 kg}} and fly low and slow. Strikes on the grid since {{Oct 10}} have left [[hundreds
    of thousands of households|civilians]] without power and damaged [[at least 30 power
    facilities|housing;u=structure]].""",
)

item(
    "US approves $2 billion arms sale to Taiwan including NASAMS",
    """WASHINGTON, {{Oct 25}} (Reuters) - The State Department has approved a possible {{$2
    billion}} sale to Taiwan of [[three NASAMS air defense systems|other;u=other;p;a=the Pentagon]]
    and radars, the Pentagon said on Friday, including [[123 AIM-120C-8 missiles|other;p;a=the
    Pentagon]]. Taiwan has separately ordered [[66 F-16V jets|other;u=other;p]], whose delivery has
    slipped to {{2026}}, as well as [[100 Harpoon coastal defense systems|other;u=other;p]] and
    [[400 Harpoon Block II missiles|other;p]]. China's foreign ministry vowed "resolute
    countermeasures" and later sanctioned [[13 U.S. defense companies|other;u=other]].""",
)

item(
    "Shipment of 1,800 heavy bombs held up by Biden arrives in Israel",
    """A shipment of [[1,800 MK-84 bombs|other;u=other;a=Israel's Defense Ministry]] that the Biden
    administration had held up since May arrived at Ashdod port overnight, Israel's Defense Ministry
    said Monday. The ministry said [[more than 76,000 tons|other;a=The ministry; alt=Israel's
    Defense Ministry]] of military equipment had arrived on [[678 cargo planes|other;u=other;a=The
    ministry;alt=Israel's Defense Ministry]] and [[129 ships|other;a=The ministry;alt=Israel's
    Defense Ministry]] since the war began. Washington withheld the {{2,000-pound}} bombs over
    concerns about their use in densely populated Rafah, where [[more than 1 million
    Palestinians|displaced]] were sheltering at the time. The administration had continued to send
    smaller {{500-pound}} bombs.""",
)

item(
    "Mali takes delivery of Turkish drones and Russian jets",
    """BAMAKO -- Mali's army took delivery of [[two Akinci drones|other;a=the transitional
    government]] and [[four Bayraktar TB2s|other;u=other;a=the transitional government]] from Turkey
    on Tuesday, the transitional government said, along with [[eight Su-25 ground-attack
    jets|other;u=other;v=8;a=the transitional government]] bought from Russia. Mali now has [[more
    than 20 Turkish drones|other]], which it has used against jihadists and Tuareg separatists in
    the north. Rights groups say a drone strike on a market in Amasrakad killed [[24
    people|killed;a=Rights groups]], mostly civilians, in {{2024}}. Russia's Africa Corps, which
    replaced the Wagner group, has [[about 2,500 fighters|combatants]] in the country.""",
)

item(
    "Ukraine made over 2 million drones last year, plans to double output",
    """Ukraine produced [[more than 2.2 million drones|other;v=2200000;a=Defense Minister Rustem
    Umerov]] in {{2024}}, Defense Minister Rustem Umerov said on {{Feb. 11}}. The government plans
    to buy [[4.5 million|other;u=other;p;v=4500000;a=The government]] this year, most of them
    first-person-view (FPV) models. [[About 500 companies|other;u=other]] now make drones in
    Ukraine, up from [[fewer than 10|other;u=other]] before the full-scale invasion. Front-line
    commanders say drones now account for about {{70%}} of Russian casualties. Units of the Unmanned
    Systems Forces hit [[about 90,000 targets|other;u=other;a=the General Staff]] in December alone,
    according to the General Staff.""",
)

item(
    "Russia outguns West on shells, producing three million a year, NATO says",
    """Russia is producing [[about 250,000 artillery shells a month|other;a=NATO officials]], or
    [[about 3 million a year|other;u=other;n=-;v=3000000;a=NATO officials]], NATO officials
    estimate, nearly three times as many as the United States and Europe together. The European
    Union said it had delivered [[about 520,000 shells|other;a=The European Union]] to Ukraine by
    the end of January, short of its promise of [[1 million|other;u=other;p;a=The European Union]]
    by March. A Czech-led initiative has found [[800,000 rounds|other]] outside Europe, some of them
    {{122mm}} and {{152mm}} shells for Soviet-era guns. Germany's Rheinmetall aims to make [[1.1
    million shells a year|other;p;n=shells;v=1100000;a=Germany's Rheinmetall]] by {{2027}}.""",
)

item(
    "Argentina buys 24 F-16s from Denmark in biggest arms deal in decades",
    """BUENOS AIRES, {{April 16}} (Reuters) - Argentina signed a deal on Tuesday to buy [[24 F-16
    fighter jets|other;u=other;p]] from Denmark for about {{$300 million}}, its largest military
    purchase since the return of democracy in {{1983}}. The first
    [[six|other;u=other;p;a=officials]] will arrive in December, officials said. Britain has blocked
    sales of jets with British parts to Argentina since the {{1982}} Falklands war, in which [[649
    Argentine troops|killed]] and [[255 British service members|killed]] died. The air force, with
    [[about 14,000 personnel|combatants]], retired its last Mirage jets in {{2015}} and has been
    without supersonic fighters since. [[About 30 of its pilots and mechanics|combatants;n=pilots
    and mechanics]] are already training in Denmark.""",
)
