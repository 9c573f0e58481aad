"""The Black Sea, the Sea of Azov, the South China Sea and the Indian Ocean: ports and ships
struck, warships sunk, mines, seized navy boats, stranded seafarers and a sea border (7 texts
with figures, 1 without)."""

from _wrap import item

item(
    "Russian drones hit Izmail port, damaging grain silos",
    """Russia launched [[40 drones|other;a=Ukraine's air force]] at the Odesa region overnight,
    hitting port infrastructure in Izmail on the Danube, Ukraine's air force said on Wednesday.
    Air defences destroyed [[23 of them|other;n=-;u=other;a=the air force;alt=Ukraine's air
    force]], the air force said. The regional governor said
    [[two port workers|injured;a=The regional governor]] had been injured,
    [[three grain silos|housing;u=structure;a=The regional governor]] damaged and
    [[about 2,000 tonnes of grain|other;n=tonnes;a=The regional governor]] destroyed.
    Ukraine's infrastructure ministry says Russian attacks have damaged
    [[more than 300 port facilities|housing;a=Ukraine's infrastructure ministry]] and destroyed
    [[about 180,000 tonnes of grain|other;n=tonnes;a=Ukraine's infrastructure ministry]] since
    Moscow quit the Black Sea grain deal in {{July 2023}}. Even so, the corridor Ukraine opened
    that summer has carried [[more than 100 million tonnes of cargo|other;n=tonnes;a=officials]],
    officials say.""",
)

item(
    "Ukraine says sea drones sank Russian landing ship off Crimea",
    """Ukraine's military intelligence agency, HUR, said its {{Magura V5}} sea drones had sunk
    the Russian landing ship Tsezar Kunikov off Crimea's southern coast before dawn on
    Wednesday. HUR said [[six drones|other;a=HUR]] took part in the attack on the
    {{Project 775}} ship, which normally carries a crew of [[87|combatants;a=HUR]]. Russian
    military bloggers said most of the crew had been rescued. Ukraine says
    [[24 Russian warships|other;u=other;a=Ukraine]] have been sunk or damaged since
    {{February 2022}}, about {{a third}} of the Black Sea Fleet. The sinking came
    {{two years}} after the flagship Moskva was hit by [[two Neptune missiles|other]] and sank;
    Moscow acknowledged [[one sailor|killed;a=Moscow]] killed and [[27|missing;a=Moscow]]
    missing.""",
)

item(
    "Chinese coast guard rams Philippine supply boat at Second Thomas Shoal",
    """Chinese coast guard ships fired water cannon at a Philippine supply boat and rammed a
    coast guard vessel near Second Thomas Shoal on Saturday, injuring
    [[four Filipino sailors|injured;a=the Philippine military]], the Philippine military said.
    [[Eight Chinese coast guard vessels|other;u=other;a=a Philippine coast guard spokesman]]
    and [[14 maritime militia boats|other;a=a Philippine coast guard spokesman]] tried to
    block the resupply mission, a Philippine coast guard spokesman said, identifying one of the
    ships by its hull number, {{5203}}. The shoal is home to the BRP Sierra Madre, a rusting
    warship that Manila ran aground there in {{1999}} and on which
    [[about a dozen marines|combatants]] are stationed. China's coast guard said it had taken
    "necessary control measures" against [[two Philippine vessels|other;u=other;a=China's
    coast guard]] that had "illegally intruded" into its waters. The shoal lies about
    {{105 nautical miles}} off Palawan, inside the Philippines' {{200-nautical-mile}} exclusive
    economic zone.""",
)

item(
    "Nearly 2,000 seafarers trapped on ships in Ukrainian ports, IMO says",
    """[[About 2,000 seafarers|civilians;a=the International Maritime Organization]] are
    stranded aboard [[94 ships|other;a=the International Maritime Organization]] in Ukrainian
    ports and waters {{two weeks}} into Russia's invasion, the International Maritime
    Organization said on Friday. [[At least three merchant seafarers|killed;a=the agency;
    alt=the International Maritime Organization]] have been killed and
    [[five merchant ships|other;a=the agency;alt=the International Maritime Organization]] hit
    by shells or missiles, according to the agency. The Bangladeshi bulk carrier Meghna Pride,
    struck by a missile in the port of Olvia, lost [[one engineer|killed]], and
    [[its 28 surviving crew|displaced]] were evacuated overland to Moldova. India's shipping
    ministry said [[more than 700 Indian seafarers|civilians;a=India's shipping ministry]] were
    among those trapped.""",
)

item(
    "Cargo ship hits sea mine off Odesa; two crew injured",
    """A Panama-flagged cargo ship struck a sea mine near Odesa on Thursday on its way to load
    grain, injuring [[two crew members|injured;a=Ukraine's navy]], Ukraine's navy said. The
    vessel, with [[20 crew|other;a=a navy spokesman]] aboard, was able to reach port under its
    own power, a navy spokesman said. Last month [[two Ukrainian sailors|killed]] died when a
    tug hit a mine while towing a barge near the mouth of the Danube. Romanian navy divers have
    defused [[more than 60 mines|other;a=the Romanian defence ministry]] that drifted into
    Romanian waters since the war began, according to the Romanian defence ministry. Drifting
    mines remain one of the main risks for [[the roughly 100 ships a month|other]] that use
    Ukraine's corridor, and insurers charge war-risk premiums of about {{1%}} of hull value for
    the voyage.""",
)

item(
    "Russia seizes three Ukrainian navy boats off Crimea",
    """Russian border guards fired on and seized
    [[three Ukrainian navy vessels|other;u=other;a=Ukraine's navy]] near the Kerch Strait on
    Sunday, wounding [[six sailors|injured;a=Ukraine's navy]], Ukraine's navy said. Russia's
    FSB security service said [[three Ukrainian servicemen|injured;a=Russia's FSB security
    service]] had been slightly wounded and given medical help, and that
    [[all 24 sailors|arrested;a=Russia's FSB security service]] had been detained. Russia had
    earlier moored a tanker under the {{19-kilometre}} Crimean Bridge to block passage into
    the Sea of Azov. Ukraine's parliament voted on Monday to impose martial law for
    {{30 days}} in [[10 regions|other;u=other]] bordering Russia, Moldova's Transnistria region
    and the Black and Azov seas.""",
)

item(
    "Missiles and drones hit Odesa port and historic centre",
    """Russia struck Odesa overnight with [[six Kalibr cruise missiles|other;a=Ukraine's air
    force]] and [[a dozen Shahed drones|other;a=Ukraine's air force]], Ukraine's air force
    said, killing [[two people|killed;a=the regional governor]] and injuring
    [[22|injured;a=the regional governor]], [[four of them|injured;n=-;a=the regional
    governor]] children, according to the regional governor. [[About 50 buildings|housing;a=the
    city council]] in the historic centre were damaged, among them the Transfiguration
    Cathedral, the city council said, and [[more than 40 families|displaced;a=the city
    council]] whose flats were destroyed were moved to temporary shelters. A grain terminal was
    hit and [[60,000 tonnes of grain|other;n=tonnes;a=the agriculture ministry]] bound for
    China destroyed, the agriculture ministry said. A Liberian-flagged bulk carrier moored at
    the terminal was also damaged, and [[three of its crew|injured]] were treated for cuts
    from flying glass.""",
)

item(
    "World Court draws new Somalia-Kenya sea border",
    """The International Court of Justice on {{October 12}} drew a new maritime boundary between
    Somalia and Kenya across an area of the Indian Ocean of about
    {{100,000 square kilometres}}, largely siding with Mogadishu. The judges ruled by
    {{14 votes to one}} that there was no agreed boundary, and adjusted the line Somalia had
    proposed only beyond {{200 nautical miles}} from the coast. Kenya, which had claimed the
    area since {{1979}}, rejected the ruling after a case that had lasted {{seven years}}. The
    waters are believed to hold oil and gas; both countries awarded exploration licences there
    in {{2012}}.""",
)
