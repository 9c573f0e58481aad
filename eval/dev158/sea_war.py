"""War at sea in the Red Sea, the Gulf, off Gaza and Sudan: merchant ships struck, sunk and
seized, crews killed, held and freed, ports bombed, a blockade, a sea corridor for aid and the
seafarers abandoned in war zones (12 texts with figures, 1 without)."""

from _wrap import item

item(
    "Three seafarers killed in first deadly Houthi strike on a merchant ship",
    """[[Three crew members|killed;a=US Central Command]] were killed and
    [[at least four|injured;a=US Central Command]] wounded when a Houthi anti-ship ballistic
    missile struck the Barbados-flagged bulk carrier True Horizon in the Gulf of Aden on
    Wednesday, US Central Command said. Its crew of [[20|other;a=the ship's manager]] included
    [[15 Filipinos|other;a=the ship's manager]] and [[four Vietnamese|other;a=the ship's
    manager]], and it also carried [[three armed guards|other;a=the ship's manager]] from Sri
    Lanka and Nepal, the ship's manager said. An Indian navy destroyer rescued
    [[20 survivors|other]] from the burning vessel using its helicopter and boats. A Houthi
    military spokesman said the group had fired [[two missiles|other;a=A Houthi military
    spokesman]] at the ship, which it wrongly described as American. The group has attacked
    [[more than 50 ships|other;a=US officials]] since November, according to US officials.""",
)

item(
    "Houthis free car carrier crew after 14 months in captivity",
    """Yemen's Houthis released [[the 25 crew members|kidnapped;a=the group's Supreme Political
    Council]] of a car carrier they seized in the Red Sea in {{November 2023}}, handing them to
    Oman, the group's Supreme Political Council said on Wednesday. The sailors,
    [[17 Filipinos|kidnapped]] and [[eight|kidnapped]] from Bulgaria, Ukraine, Mexico and
    Romania, had been held for {{14 months}}, most of that time aboard the ship off Hodeidah.
    Houthi fighters had landed on its deck from a helicopter, in footage the group broadcast
    for weeks. The group said the release was in support of the Gaza ceasefire that took
    effect on Sunday. The Houthis have attacked [[more than 100 merchant ships|other]] since
    the war in Gaza began, sinking [[two|other;u=other]] and killing
    [[four seafarers|killed]].""",
)

item(
    "Bulk carrier sinks in Red Sea two weeks after Houthi strike",
    """The Belize-flagged bulk carrier Sea Jade sank overnight in the southern Red Sea with
    [[21,000 tonnes of ammonium phosphate sulphate fertiliser|other;n=tonnes;a=Yemen's
    internationally recognised government]] on board, Yemen's internationally recognised
    government said. The ship was hit by [[two anti-ship ballistic missiles|other]] on
    {{February 18}}, and [[its 24 crew|other]] were taken off by a passing merchant vessel and
    landed in Djibouti. The wreck lies in about {{100 metres}} of water near a busy shipping
    lane. The US military said it had shot down [[five drones|other;a=The US military]] and
    [[two missiles|other;a=The US military]] over the Red Sea on Friday. Container lines have
    diverted [[more than 600 ships|other;a=Clarksons]] around the Cape of Good Hope, adding {{10
    to 14 days}} to voyages, according to Clarksons. Insurers said war-risk premiums for Red Sea
    transits had risen to between {{0.7%}} and {{1%}} of a ship's hull value, against {{0.05%}}
    before the attacks.""",
)

item(
    "Iran seizes Marshall Islands-flagged tanker in Gulf of Oman",
    """Iran's navy seized the Marshall Islands-flagged tanker Niovi Star, a
    {{115,000-dwt}} Suezmax, in the Gulf of Oman on
    Thursday, the British military's UK Maritime Trade Operations agency said. Iranian state
    television said the ship's [[24 crew|arrested;a=Iranian state television]],
    [[18 of them|arrested;n=-;a=Iranian state television]] Indian nationals, had been detained
    and the tanker taken to Bandar Abbas under a court order. The vessel was carrying
    [[about 1 million barrels of Iraqi crude|other;n=barrels;a=the tanker's operator]] to
    Houston, the tanker's operator said. Iran has seized
    [[at least five foreign-flagged tankers|other;a=Lloyd's List Intelligence]] since
    {{2019}}, according to Lloyd's List Intelligence. India's foreign ministry said it was in
    contact with Tehran over [[the 18 Indian seafarers|arrested;a=India's foreign
    ministry]].""",
)

item(
    "Israeli navy intercepts Gaza flotilla, detains hundreds of activists",
    """Israeli naval forces intercepted [[more than 40 boats|other;a=organisers]] of a flotilla
    trying to break the naval blockade of Gaza and detained
    [[about 450 activists|arrested;a=organisers]] from [[44 countries|other;u=other;a=organisers]],
    organisers said on Thursday. Israel's foreign ministry said
    [[137 activists|returned;a=Israel's foreign ministry]] had been deported to Turkey on
    Friday and that the rest would follow within days. The flotilla was carrying
    [[about 10 tonnes of food and medicine|aid;n=tonnes]] and was stopped about
    {{70 nautical miles}} off Gaza, in international waters. The UN says famine has taken hold
    in parts of the territory, whose [[2.1 million people|civilians;a=The UN]] depend almost
    entirely on aid after {{23 months}} of war.""",
)

item(
    "Drones strike Port Sudan for sixth day, hitting port and fuel depots",
    """Drones struck the container terminal and [[three fuel depots|housing;u=structure]] in
    Port Sudan on Wednesday, the {{sixth}} straight day of attacks on the city that has served
    as the army-backed government's wartime seat. The army accused the paramilitary Rapid
    Support Forces of launching [[11 drones|other;a=The army]] at the city and said air
    defences had shot down [[seven|other;u=other;a=The army]]. Port officials said
    [[two cranes|other;u=other;a=Port officials]] at the South Port terminal were damaged and
    [[about 40 containers|other;a=Port officials]] burned, and that
    [[four ships|other;a=Port officials]] waiting at anchor had moved out to sea. The UN said
    the strikes threatened the main entry point for aid to a country where
    [[24.6 million people|civilians;a=The UN]] face acute hunger. Port Sudan has sheltered
    [[hundreds of thousands of people|displaced]] driven from their homes by the war, which
    began in {{April 2023}}.""",
)

item(
    "Suez Canal revenue halves as Red Sea threat persists",
    """Egypt's Suez Canal earned {{$4 billion}} in {{2024}}, down from a record
    {{$10.25 billion}} in {{2023}}, the canal authority's chairman said on {{January 5}}.
    Transits fell by about {{50%}} after Houthi attacks on shipping began in
    {{November 2023}}, and the authority has offered discounts of up to {{15%}} to container
    ships of more than {{130,000 tonnes}}. Sailing around the Cape of Good Hope instead adds
    about {{3,500 nautical miles}} and {{10 days}} to a voyage between Asia and northern
    Europe.""",
)

item(
    "Israeli jets strike Hodeidah port and power stations; 6 killed",
    """Israeli warplanes struck the Houthi-held port of Hodeidah and
    [[two power stations|housing;u=structure]] on Monday. The strikes killed
    [[at least six people|killed;a=the Houthi-run health ministry]] and wounded
    [[57|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said. The
    Israeli military said [[about 20 aircraft|other;a=The Israeli military]] had dropped
    [[more than 50 munitions|other;a=The Israeli military]] on targets it said were used to
    bring in Iranian weapons. Port officials said
    [[four of the port's cranes|other;u=other;a=Port officials]] were destroyed and
    [[three fuel storage tanks|other;u=other;a=Port officials]] set on fire. Hodeidah handles
    about {{70%}} of Yemen's imports, including most of its food. The strikes followed a Houthi
    missile attack on Israel's main airport on Sunday that injured
    [[six people|injured]].""",
)

item(
    "Houthis sink second ship in a week; crew feared taken",
    """The Liberian-flagged bulk carrier Coral Dawn sank in the Red Sea on Tuesday after
    {{two days}} of attacks by Houthi skiffs, drones and rocket-propelled grenades, the EU naval
    mission Aspides said. The ship had [[22 crew|other;a=Aspides]] and
    [[three security guards|other;a=Aspides]] aboard, Aspides said.
    [[Ten people|other;a=the mission;alt=the EU naval mission Aspides]] were pulled from the
    water by a private security team and a passing merchant vessel and
    [[four|killed;a=the mission;alt=the EU naval mission Aspides]] were confirmed dead, the
    mission said; the fate of [[the other 11|missing]] is unknown. The US embassy in Yemen
    accused the Houthis of kidnapping [[at least six|kidnapped;a=The US embassy in Yemen]] of
    the survivors. The attack came a day after the group sank the Greek-operated Aegean
    Breeze, whose [[19 crew|other]] were rescued by a passing ship.""",
)

item(
    "US warship shoots down Houthi drones and cruise missile in Red Sea",
    """The guided-missile destroyer USS John Finn ({{DDG-113}}) shot down
    [[14 drones|other;a=US Central Command]] and
    [[one anti-ship cruise missile|other;u=other;a=US Central Command]] launched by the Houthis from
    Yemen over {{five hours}} on Saturday, US Central Command said. No ships were damaged.
    Since December, the US-led Operation Prosperity Guardian, which includes
    [[more than 20 countries|other;u=other;a=the Pentagon]], has intercepted
    [[over 200 drones and missiles|other;n=drones and missiles;a=the Pentagon]], according to
    the Pentagon. In a separate incident, the cruiser USS Gettysburg mistakenly shot down an
    {{F/A-18}} fighter jet over the Red Sea; [[its two aviators|other]] ejected and were
    recovered. Aircraft from the carrier strike group have flown
    [[more than 400 sorties|other;u=other]] against targets in Yemen.""",
)

item(
    "Israeli navy fire kills two fishermen off Gaza City",
    """Israeli navy gunboats opened fire on fishing boats off Gaza City on Thursday, killing
    [[two fishermen|killed;a=the Gaza civil defence]] and wounding
    [[three|injured;a=the Gaza civil defence]], the Gaza civil defence said. The Palestinian
    fishermen's union says [[more than 200 fishermen|killed;a=The Palestinian fishermen's
    union]] have been killed since {{October 2023}} and that about {{95%}} of the fleet of
    [[roughly 1,500 boats|other;a=The Palestinian fishermen's union]] has been destroyed.
    Before the war, the sector employed [[about 4,000 fishermen|other]]. Israel restricts
    fishing to within {{6 nautical miles}} of the coast, and boats that stray beyond it are
    fired on or seized.""",
)

item(
    "Charity ship tows first food barge to Gaza as sea corridor opens",
    """The Spanish rescue ship Open Arms arrived off Gaza on Friday towing a barge loaded with
    [[almost 200 tonnes of food|aid;n=tonnes;a=World Central Kitchen]], the first aid to reach
    the territory by sea since the war began, World Central Kitchen said. The charity said a
    second vessel would carry [[up to 2 million meals|aid;p;a=The charity;alt=World Central
    Kitchen]] from Larnaca in Cyprus within {{a week}}. The US military said its floating pier,
    built at a cost of {{$320 million}}, would eventually let in
    [[up to 150 trucks a day|aid;p;a=The US military]] and that
    [[about 1,000 US troops|combatants;p;a=The US military]] would take part, none of them on
    shore. Aid agencies say the sea route is no substitute for land crossings, and the UN has
    warned that [[at least 576,000 people|civilians;a=the UN]] are one step away from
    famine.""",
)

item(
    "Seafarer abandonment hits record as war zones trap crews",
    """Shipowners abandoned [[3,133 seafarers|civilians;a=the International Transport Workers'
    Federation]] on [[312 ships|other;a=the International Transport Workers' Federation]] last
    year, the International Transport Workers' Federation said on Tuesday, the highest number
    since its records began in {{2004}}. The union said the crews were owed {{$20.1 million}}
    in unpaid wages, of which it had so far recovered {{$16.5 million}}. Indian seafarers made
    up the largest group, at [[899|civilians;a=the union;alt=the International Transport
    Workers' Federation]], followed by [[413 Syrians|civilians;a=the union;alt=the
    International Transport Workers' Federation]], according to the union. More than half of
    the ships flew flags the union describes as flags of convenience. In the Red Sea and the
    Gulf of Aden, where Houthi attacks have killed [[nine seafarers|killed]] since
    {{November 2023}}, crews now have the right to refuse to sail and to be repatriated at the
    owner's expense. In Ukraine, [[62 ships|other;a=the IMO]] remain stuck in ports with
    [[about 330 crew|civilians;a=the IMO]] aboard, according to the IMO. One of them, a bulk
    carrier in Mykolaiv, has been there for {{more than three years}}, and
    [[its six remaining crew|civilians]] are relieved every {{four months}}. Union inspectors
    in Jebel Ali said they were dealing with [[14 abandoned vessels|other;u=other;a=Union
    inspectors in Jebel Ali]] in the UAE alone, some of whose crews had gone {{11 months}}
    without pay.""",
)
