"""dev311 items: the Red Sea, the Bab el-Mandeb, the Gulf of Aden and the Strait of Hormuz."""

from _wrap import item

item(
    "Missile strike on bulk carrier off Hodeidah kills seafarer",
    """A Liberian-flagged bulk carrier was hit by [[two anti-ship missiles|other;a=UKMTO]] about
    {{57 nautical miles}} south-west of Hodeidah on Tuesday, UKMTO said.
    [[One seafarer|killed;a=the ship's Athens-based manager]] died and
    [[two others|injured;a=the ship's Athens-based manager]] were badly burned when the
    {{second}} missile struck the accommodation block, the ship's Athens-based manager said in a
    statement. [[The other 19 crew members|displaced]] were evacuated by an Indian navy
    destroyer and taken to Djibouti. Yahya Saree, the Houthi military spokesman, said the group
    had fired [[six missiles|other;a=Yahya Saree]] and [[four drones|other;a=Yahya Saree]] at the
    vessel, which he accused of calling at Israeli ports. The ship, of
    {{82,000 deadweight tonnes}}, was carrying grain from Brazil to the Gulf. It was the
    {{third}} deadly attack on merchant shipping since {{November 2023}}, according to Ambrey. Ambrey said [[between 15 and 20 merchant ships|other;a=Ambrey]] had been within range when the missiles were fired.""",
)

item(
    "Galaxy Leader crew freed after 14 months in Houthi hands",
    """[[The 25 seafarers|kidnapped;a=Oman's foreign ministry]] seized with the car carrier Galaxy
    Leader in {{November 2023}} were released on Wednesday and flown to Muscat, Oman's foreign
    ministry said. They include [[17 Filipinos|kidnapped]], [[three Ukrainians|kidnapped]],
    [[two Bulgarians|kidnapped]], [[two Mexicans|kidnapped]] and [[one Romanian|kidnapped]].
    The Philippine Department of Migrant Workers said [[the 17|returned;p;a=The Philippine
    Department of Migrant Workers]] would land in Manila on Friday and be met by their families.
    The crew had been held for {{430 days}}, most of that time aboard the ship off Salif, where
    Houthi fighters turned the vessel into a tourist attraction. Yahya Saree said the release
    had been coordinated with Hamas as part of the Gaza ceasefire. The International Transport
    Workers' Federation said the men "should never have been taken in the first place".""",
)

item(
    "Search ends for missing crew of sunken Eternity C",
    """The European Union's naval mission in the Red Sea, Aspides, said on Saturday that it had
    ended the search for the crew of the Eternity C, which sank after a {{two-day}} Houthi attack
    earlier this month. The ship had [[25 people|civilians;a=Aspides]] on board, Aspides said:
    [[21 crew|civilians;a=Aspides]] and [[four armed guards|combatants;a=Aspides]]. Rescue boats
    sent from Djibouti picked up [[10 survivors|other]], among them a Russian guard with a leg
    wound. [[At least four|killed]] were killed in the attack and [[11 others|missing]] remain
    unaccounted for. The Houthis said they had moved [[six crew members|kidnapped;a=The
    Houthis]] "to a safe place", which the US embassy in Yemen called a kidnapping. The attack
    came a day after the Magic Seas was sunk; [[all 22 crew|other]] of that vessel were rescued
    by a passing container ship.""",
)

item(
    "Iran's Guards seize tanker in Strait of Hormuz",
    """Iran's Revolutionary Guards seized a Marshall Islands-flagged tanker in the Strait of
    Hormuz on Thursday, and Ambrey said [[the 23 crew members|arrested;a=Ambrey]] were being held
    aboard off Bandar Abbas. Commandos abseiled onto the deck from a helicopter while
    [[four fast boats|other]] circled the ship. Tasnim
    news agency said the tanker was carrying {{2 million barrels}} of crude and had struck an
    Iranian vessel, injuring [[two fishermen|injured;a=Tasnim news agency]]. The Indian
    government said [[17 of its nationals|arrested;a=The Indian government]] were among the
    crew and that it was seeking consular access. The US Fifth Fleet said it had sent
    [[two destroyers|other;u=other;a=The US Fifth Fleet]] to the area. Iran has seized
    [[at least six foreign vessels|other;u=other;a=a Reuters tally]] near the strait since
    {{2019}}, according to a Reuters tally. About {{a fifth}} of the world's oil passes through
    the waterway. Data firm Kpler said [[up to 40 tankers a day|other;a=Data firm Kpler]] normally pass through the strait.""",
)

item(
    "Tutor sinks a week after Houthi drone boat attack",
    """The coal carrier Tutor has sunk in the Red Sea {{a week}} after a Houthi drone boat rammed
    its stern, UKMTO said on Tuesday, citing debris and oil sighted at the last reported position.
    [[One crew member|missing;a=the Philippine foreign ministry]] is still missing and presumed
    dead, the Philippine foreign ministry said. [[The other 21 seafarers|other]] were lifted off
    by helicopters from the USS Philippine Sea and taken to a naval base in Djibouti.
    [[All 21|returned;p;a=the Department of Migrant Workers]] are expected to arrive home in
    Manila by the weekend, the Department of Migrant Workers said. The Tutor, of
    {{80,000 deadweight tonnes}}, is the {{second}} ship sunk by the Houthis since their campaign
    began. Ambrey has logged [[more than 100 attacks|other;u=other;a=Ambrey]] on merchant
    vessels over that period, including [[four|other;u=other;a=Ambrey]] in the past {{10 days}}. Manila says [[some 60,000 Filipino seafarers|civilians;a=Manila]] work on ships that use the route, and that it will fly home [[up to 1,000|returned;p;a=Manila]] who ask to leave them.""",
)

item(
    "Danish frigate heads for the Red Sea",
    """Denmark will send the frigate Iver Huitfeldt to the Red Sea with
    [[about 175 sailors|combatants;p;a=Defence Minister Troels Lund Poulsen]] on board, Defence
    Minister Troels Lund Poulsen said on Friday. The ship will join Operation Prosperity
    Guardian, the US-led coalition that has [[more than 20 warships|other;u=other]] in the area.
    Danish officers said the ship's air defences would face a Houthi arsenal of
    [[hundreds of drones|other;a=Danish officers]] and missiles. The German frigate Hessen, with [[240 sailors|combatants;a=the German navy]]
    aboard, shot down [[two drones|other;a=the German navy]] on its {{first}} day in the Red Sea,
    the German navy said. Aspides, the EU mission, says it has escorted
    [[more than 370 merchant ships|other;a=Aspides]] since {{February 2024}}. Container lines
    have meanwhile rerouted [[nearly 600 vessels|other;u=other;a=Kuehne+Nagel]] around the Cape
    of Good Hope, according to Kuehne+Nagel. Britain plans to send [[a further 150 Royal Navy sailors|combatants;p;a=Britain]] in the spring.""",
)

item(
    "Israeli strikes on Hodeidah port kill six",
    """Israeli warplanes struck the port of Hodeidah and the nearby Ras Isa fuel terminal on
    Sunday, killing [[at least six people|killed;a=the Houthi-run health ministry]] and wounding
    [[87|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said. Most of
    the dead were dockworkers and tanker drivers. Fires burned through
    [[three warehouses|housing;u=structure;a=residents]] and [[dozens of homes|housing;a=residents]] near the quay,
    residents said. [[About 300 port workers|displaced;a=the Red Sea Ports Corporation]] were
    evacuated as the fuel tanks burned, the Red Sea Ports Corporation said. The Israeli military
    said it had hit the port with [[more than 20 jets|other;u=other;a=The Israeli military]] in
    response to missile fire at Tel Aviv. The UN said the port handles about {{70%}} of Yemen's
    imports, and warned that [[17 million people|civilians;a=The UN]] already go hungry. [[About 120 families|displaced;a=a local official]] living near the port fled to relatives inland, a local official said.""",
)

item(
    "Iran frees seven crew of Stena Impero",
    """Iran has freed [[seven crew members|arrested;a=foreign ministry spokesman Abbas Mousavi]] of
    the British-flagged tanker Stena Impero, foreign ministry spokesman Abbas Mousavi said on
    Wednesday. The seafarers, [[five Indians|arrested;a=foreign ministry spokesman Abbas
    Mousavi]], [[one Russian|arrested;a=foreign ministry spokesman Abbas Mousavi]] and
    [[one Latvian|arrested;a=foreign ministry spokesman Abbas Mousavi]], were released on
    humanitarian grounds and could leave the country, he said. [[The 16 others|arrested]] remain
    aboard the ship at anchor off Bandar Abbas, {{two months}} after it was seized in the Strait
    of Hormuz. The Revolutionary Guards took the tanker in {{July}} with
    [[about 20 commandos|combatants]], who roped down from a helicopter, and
    [[four fast boats|other]]. India's foreign ministry said [[the five Indians|returned;p;a=India's
    foreign ministry]] would fly home soon. Stena Bulk said it had not been told when the
    remaining crew would go free. Britain has since sent a {{second}} warship to escort
    British-flagged tankers through the strait.""",
)

item(
    "Dozens die as smugglers' boat capsizes off Yemen",
    """[[At least 49 migrants|killed;a=the International Organization for Migration]] drowned and
    [[140|missing;a=the International Organization for Migration]] are missing after a boat
    capsized off Yemen's Shabwa coast, the International Organization for Migration said on
    Tuesday. The boat had set off from Djibouti with [[260 Somali and Ethiopian passengers|
    civilians;n=passengers]] and [[six crew|civilians]]. Local fishermen and coast guard
    officers pulled [[71 survivors|other;a=the agency;alt=the International Organization for
    Migration]] from the water, the agency said. [[Six children|killed]] were among the dead. The
    IOM recorded [[97,200 arrivals|displaced;a=The IOM]] in Yemen last year, most of them young
    Ethiopians heading for work in Saudi Arabia. Its teams in Shabwa handed out
    [[250 hygiene kits|aid]] and water to the survivors. The IOM expects [[more than 100,000 migrants|displaced;p;a=The IOM]] to make the crossing this year.""",
)

item(
    "US strikes on Ras Isa fuel port kill dozens",
    """US strikes on the Ras Isa fuel port in western Yemen on Thursday killed
    [[80 people|killed;a=Houthi-run Al-Masirah television]] and wounded
    [[150|injured;a=Houthi-run Al-Masirah television]], Houthi-run Al-Masirah television said, in
    the deadliest attack of the US campaign. US Central Command said the strikes were meant to cut
    off fuel that financed the group, and made no mention of casualties. Among the dead were
    [[at least 12 paramedics and firefighters|killed;n=paramedics and firefighters;a=the Yemeni Red Crescent]] who went to
    the terminal after the {{first}} blast, the Yemeni Red Crescent said. Satellite images showed
    [[five storage tanks|housing;u=structure]] destroyed and [[two tankers|other]] on fire at the
    pier. Rights group Mwatana said [[more than 30 port employees|missing;a=Rights group
    Mwatana]] could not be found on Friday. [[Several hundred workers|civilians;a=a port official]] were at the terminal when the {{first}} missiles hit, a port official said. [[Two administrative buildings|housing]] at the terminal collapsed.""",
)

item(
    "Seafarers' union says crews refusing Red Sea voyages",
    """[[More than 1,500 seafarers|other;a=the International Transport Workers' Federation]] have
    used their right to refuse to sail through the Red Sea since the attacks began, the
    International Transport Workers' Federation said on Monday. Under an agreement with
    shipowners, crews can decline a voyage through the warlike operations area and be
    repatriated at the company's cost; [[about 400|returned;a=the union]] have been sent home that
    way, the union said. [[At least four seafarers|killed;a=the ITF]] have been killed and
    [[more than a dozen|injured;a=the ITF]] injured in Houthi attacks, according to the ITF. Its
    general secretary said many crews were not told of the risk. Seafarers on ships that do sail
    the route are paid double for the days spent in the area. Shipowners' group BIMCO said [[about 1,800 ships|other;a=Shipowners' group BIMCO]] still transit the strait each month. The ITF estimates that [[between 2,000 and 3,000 seafarers|civilians;a=The ITF]] are in the area on any given day.""",
)

item(
    "Crew evacuated from burning tanker Sounion",
    """[[The 25 crew members|displaced;a=Aspides]] of the Greek-flagged tanker Sounion were
    evacuated by a French destroyer on Thursday after Houthi fire left the ship ablaze and
    adrift, Aspides said. [[Three private security guards|displaced]] were also taken
    off. The tanker, carrying {{150,000 tonnes}} of crude, was attacked by
    [[four small boats|other]] before a projectile struck it. The crew, [[23 Filipinos|displaced]] and
    [[two Russians|displaced]], were taken to Djibouti. A salvage
    company sent [[three tugs|other;u=other;a=the mission;alt=Aspides]] but called off the tow after the Houthis
    threatened them, the mission said. Aspides warned of an oil spill {{four times}} the size of
    the Exxon Valdez. A {{second}} salvage attempt with [[four tugs|other;p;u=other]] is planned for next week.""",
)

item(
    "Rubymar crew evacuated as ship takes on water",
    """[[All 24 crew|displaced;a=its Beirut-based operator]] of the Belize-flagged Rubymar were
    evacuated to Djibouti after a Houthi missile hit the bulk carrier in the Bab el-Mandeb, its
    Beirut-based operator said. The ship, carrying {{21,000 tonnes}} of fertiliser, was left
    trailing an oil slick {{18 miles}} long. It sank {{two weeks}} later. A Djibouti coast guard
    vessel and [[two tugs|other;u=other]] had stood by. The US military said it had shot down
    [[a further five drones|other;a=The US military]] fired towards the Gulf of Aden the same
    night. UKMTO said [[two other merchant ships|other;a=UKMTO]] reported explosions nearby and
    that their crews were safe. The operator said [[the 24|returned;p;a=The operator]] would be flown home to Syria, Egypt, India and the Philippines. UKMTO said [[up to 10 vessels|other;u=other;a=UKMTO]] had reported suspicious approaches by small boats that week.""",
)

item(
    "Suez Canal traffic falls as ships avoid Red Sea",
    """Suez Canal transits fell to [[about 30 ships a day|other;a=the Suez Canal Authority]] in
    January, the Suez Canal Authority said, down from [[70 a day|other;u=other;a=the Suez Canal
    Authority]] before the Houthi attacks. Revenue fell by {{46%}} to {{$428m}}. Maersk,
    Hapag-Lloyd and MSC have sent [[more than 400 container ships|other;a=Drewry]] around
    southern Africa, according to Drewry. Egypt's canal chief said [[the 5,000 workers|civilians;a=Egypt's canal chief]]
    on the waterway would keep their jobs. The detour adds some {{3,500 nautical miles}} and
    {{10 days}} to a voyage between Asia and Europe. The authority has laid off [[no more than 300 contract workers|other;a=The authority;alt=the Suez Canal Authority]], it said.""",
)

item(
    "War-risk premiums for Red Sea voyages climb again",
    """War-risk premiums for voyages through the southern Red Sea rose to about {{0.7%}} of a
    ship's hull value this week, brokers said, from {{0.05%}} before the Houthi campaign began in
    {{November 2023}}. For a vessel insured at {{$100m}}, that is an extra {{$700,000}} a transit.
    Some underwriters have added surcharges of up to {{25%}} for ships with links to the United
    States or Israel. Freight rates on the Shanghai to Rotterdam route were still
    {{2.5 times}} their level of {{2023}}, Drewry's index showed on Thursday. Brokers in London
    said rates would not fall until at least the {{second quarter}}.""",
)

item(
    "Bab el-Mandeb sees longest lull since 2023",
    """No merchant ship has been attacked in the Bab el-Mandeb for {{47 days}}, the longest lull
    since {{November 2023}}, the Joint Maritime Information Center said in its weekly note on
    {{12 June}}. Ships passing the strait should still keep {{40 nautical miles}} from the Yemeni
    coast and sail at speeds above {{14 knots}}, it advised. Transits rose {{12%}} on the week,
    the {{fourth}} weekly rise in a row. Insurers were waiting for a longer pause before cutting
    premiums from about {{0.5%}} of hull value, brokers said. The centre's last advisory was
    issued at {{0600 GMT}} on {{9 June}}.""",
)
