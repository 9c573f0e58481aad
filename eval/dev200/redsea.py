"""dev200 items: the Red Sea and the Gulf of Aden, the Houthi campaign against shipping (2023-2025),
with the freight and insurance desk that follows it."""

from _wrap import item

item(
    "Houthis seize car carrier Galaxy Leader in southern Red Sea",
    """
Yemen's Houthi movement seized the Bahamas-flagged car carrier Galaxy Leader in the southern Red
Sea on {{19 November 2023}}, landing gunmen on its deck from a helicopter. [[About a dozen
fighters|combatants;a=Al-Masirah]] took part in the raid, according to Al-Masirah, the group's
television channel, which aired footage of it. Japan's NYK Line, which had chartered the ship,
said [[25 crew members|kidnapped;a=Japan's NYK Line]] were aboard and that the vessel had been
steered to the Yemeni coast near Hodeidah. The Philippine Department of Migrant Workers said [[17
Filipino seafarers|kidnapped;a=The Philippine Department of Migrant Workers]] were among them,
with the rest from Ukraine, Bulgaria, Romania and Mexico. UKMTO said it had received reports of
[[two other merchant ships|other;a=UKMTO]] being approached by small craft near the Bab el-Mandeb
the same afternoon. [[Two speedboats|other;u=other]] circled the ship during the operation. Shipping data showed [[at least 40 vessels|other;u=other]] were sailing in
the southern Red Sea at the time. The Houthis said they would go on targeting ships linked to
Israel until the war in Gaza ends.
""",
)

item(
    "Three seafarers killed as Houthi missile hits bulk carrier off Aden",
    """
A Houthi anti-ship ballistic missile struck the Barbados-flagged bulk carrier True Confidence
about {{50 nautical miles}} south-west of Aden on {{6 March 2024}}, the first deadly strike of
the group's campaign against shipping. US Central Command said [[three crew members|killed;a=US
Central Command]] had been killed and [[at least four|injured;a=US Central Command]] injured,
some of them critically. The ship's Greek manager said [[20 crew|civilians;a=The ship's Greek
manager]] and [[three armed guards|combatants;a=The ship's Greek manager]] had been on board,
and that the vessel was adrift and on fire. The Indian Navy said its destroyer INS Kolkata had
evacuated [[21 people|displaced;a=The Indian Navy]] from the burning ship by helicopter and
boat. Manila confirmed that [[two Filipino seafarers|killed;a=Manila]] were among the dead,
while Hanoi said the third was a Vietnamese national. Yahya Saree, the Houthis' military
spokesman, said the group had fired [[two missiles|other;a=Yahya Saree]] at the ship.
""",
)

item(
    "Houthi campaign in numbers: over 100 ships attacked, two sunk",
    """
The Houthis have attacked [[more than 100 merchant ships|other;a=Lloyd's List Intelligence]]
with missiles, drones and explosive boats since {{November 2023}}, Lloyd's List Intelligence
said in a tally published on Tuesday. [[Two|other;u=other]] of them, the Rubymar and the Tutor,
have sunk, and the Galaxy Leader is still held off Hodeidah. [[Four seafarers|killed]] have died
in the attacks, [[three|killed]] aboard the True Confidence and [[one|killed]] on the Tutor.
Transits through the Suez Canal fell from [[about 70 vessels a day|other;u=other;a=the Suez
Canal Authority]] in {{2023}} to [[fewer than 35|other;u=other;a=the Suez Canal Authority]] by
mid-{{2024}}, the Suez Canal Authority said. Shipping lines have instead sent [[hundreds of
container ships|other]] round the Cape of Good Hope, a detour that adds {{about 3,500 nautical
miles}} and {{10 to 14 days}} to a voyage between Asia and northern Europe. War-risk premiums
for a Red Sea transit climbed to {{1%}} of a ship's hull value at the peak, brokers said.
""",
)

item(
    "Tutor sinks in Red Sea after drone-boat strike; one seafarer missing",
    """
The Liberian-flagged bulk carrier Tutor has sunk in the Red Sea, UKMTO said on Wednesday, {{eight
days}} after an explosive-laden drone boat rammed its stern west of Hodeidah. Debris and oil were
sighted at its last reported position. [[One crew member|missing;a=the ship's Greek operator]],
a Filipino who was working in the engine room when the boat struck, has not been found and is
presumed dead, the ship's Greek operator said. The Tutor carried [[22 crew|civilians]], all of
them from the Philippines. The US Navy said a helicopter from the cruiser USS Philippine Sea had
evacuated [[the other 21 seafarers|displaced;a=The US Navy]] on {{15 June}}. Manila's Department
of Migrant Workers said it expected [[the 21 survivors|returned;p;a=Manila's Department of
Migrant Workers]] to land in Manila by the weekend. The ITF seafarers' union said [[more than
2,000 Filipino seafarers|other;a=The ITF seafarers' union]] had asked to leave ships bound for
the Red Sea since {{January}}.
""",
)

item(
    "Eternity C sinks after Houthi attack; crew held, others missing",
    """
The Liberian-flagged bulk carrier Eternity C sank off Hodeidah on Tuesday after {{two days}} of
attacks by Houthi skiffs, missiles and drone boats, the EU naval mission Aspides said. It said
[[at least four people|killed;a=Aspides]] had been killed and [[15|missing;a=Aspides]] were
unaccounted for. The ship carried [[22 crew|civilians]] and [[three armed guards|combatants]].
Search teams rescued [[10 people|other;a=Aspides]] from the water, among them [[eight
Filipinos|other;a=Aspides]], a Greek and an Indian guard, Aspides said. The US embassy in Yemen
said the Houthis had taken [[at least six crew members|kidnapped;a=The US embassy in Yemen]] to
an undisclosed location, and called for their immediate release. The attack came a day after the
Magic Seas, another Greek-owned bulk carrier, sank nearby.
""",
)

item(
    "Crew of Magic Seas abandon ship after skiffs and drones attack",
    """
[[All 22 seafarers|other;a=Stem Shipping]] aboard the Greek-owned Magic Seas were rescued by a
passing merchant ship on Monday, after the Liberian-flagged bulk carrier was hit by gunfire,
rocket-propelled grenades and drone boats off Yemen, Stem Shipping, its manager, said. The
company said [[two crew members|injured;a=The company;alt=Stem Shipping]] had minor injuries.
Ambrey said the ship had been approached by [[eight small craft|other;u=other;a=Ambrey]]
carrying [[dozens of armed men|combatants;a=Ambrey]] about {{51 nautical miles}} south-west of
Hodeidah. The vessel's armed security team returned fire before the crew abandoned ship. The
Houthis said they had fired [[five missiles|other;a=The Houthis]] and [[three drones|other;a=The
Houthis]] at the ship and then sunk it with charges placed on board. It was the first attack on
a merchant ship in the Red Sea since {{December}}.
""",
)

item(
    "Crew fight blaze for hours on tanker hit in Gulf of Aden",
    """
The crew of the Marshall Islands-flagged tanker Marlin Luanda fought a fire in a cargo tank for
more than {{six hours}} after a Houthi anti-ship missile struck the ship in the Gulf of Aden on
Friday night, Trafigura, which chartered it, said. The trading company said [[all 22
crew|civilians;a=The trading company;alt=Trafigura]] were safe. The Indian Navy said [[22 Indian
nationals|civilians;a=The Indian Navy]] and [[one Bangladeshi|civilians;a=The Indian Navy]] were
aboard, and that its destroyer INS Visakhapatnam had sent [[10 firefighters|other;a=The Indian
Navy]] with equipment to help. A French frigate and a US destroyer also stood by. UKMTO said
[[two other vessels|other;u=other;a=UKMTO]] in the area had reported explosions nearby. The tanker was
carrying a cargo of Russian naphtha worth roughly {{$50m}}, according to shipbrokers.
""",
)

item(
    "Houthis free Galaxy Leader crew after 14 months",
    """
The Houthis released [[the 25 crew members|kidnapped;a=Saba]] of the Galaxy Leader on Wednesday,
handing them to Omani mediators in Sanaa {{14 months}} after the ship was seized, Saba, the
Houthi-run news agency, reported. The group said the release was tied to the ceasefire in Gaza
that took effect on {{19 January}}. The Philippine government said [[17 Filipinos|returned;p;a=The
Philippine government]] would fly home to Manila on Saturday. Bulgaria's foreign ministry said
[[two Bulgarian sailors|returned;a=Bulgaria's foreign ministry]] had landed in Sofia on Thursday,
and Mexico said [[two Mexican seafarers|returned;a=Mexico]] were on their way home. The ship
itself remains anchored off Ras Isa, where [[thousands of Yemenis|other]] have visited it as a
tourist attraction since {{2023}}. The Houthis said they would also free [[153 detainees|arrested;p;a=The Houthis]] held in Sanaa.
""",
)

item(
    "Mariner badly hurt as Houthi missiles set freighter ablaze in Gulf of Aden",
    """
[[One civilian mariner|injured;a=US Central Command]] was severely hurt when [[two anti-ship
cruise missiles|other;a=US Central Command]] struck the Palau-flagged, Ukrainian-owned cargo ship
Verbena in the Gulf of Aden on Thursday, US Central Command said. The injured sailor was flown to
a nearby warship for treatment. CENTCOM said [[the remaining 20 crew members|civilians;a=CENTCOM]]
were fighting the fire. A day later the crew abandoned the ship, and a passing merchant vessel
picked up [[all 21 seafarers|other]]. Earlier in the week the Islander, a British-owned bulk
carrier, was hit by a missile in the same waters, and Ambrey said [[one crew member|injured;a=Ambrey]]
had suffered minor injuries. The Houthis said they had targeted [[three ships|other;a=The Houthis]]
over {{48 hours}}.
""",
)

item(
    "Maersk sends Red Sea sailings round the Cape after attack on Maersk Hangzhou",
    """
Maersk said on Friday that it would divert [[about 40 container ships|other;p;a=Maersk]] bound
for the Suez Canal round the Cape of Good Hope, after Houthi boats tried to board the Maersk
Hangzhou in the southern Red Sea. US Central Command said Navy helicopters had sunk [[three of
the four Houthi boats|other;a=US Central Command]] after they fired on the helicopters. The
Houthis said [[10 of their fighters|killed;a=The Houthis]] had been killed and [[four others|missing;a=The Houthis]] were missing. The {{15,262 TEU}}
ship and [[its 25 crew|civilians]] were unharmed. Hapag-Lloyd said it had already rerouted [[25
ships|other;a=Hapag-Lloyd]] and expected to reroute [[another 15|other;p;u=other;a=Hapag-Lloyd]]
by the end of {{January}}. The diversion adds about {{3,500 nautical miles}} to a voyage from
Singapore to Rotterdam.
""",
)

item(
    "Rubymar sinks with fertiliser cargo two weeks after Houthi strike",
    """
The Belize-flagged bulk carrier Rubymar, struck by [[two Houthi missiles|other]] in the Bab
el-Mandeb on {{18 February}}, sank early on Saturday, Yemen's internationally recognised
government said. [[The 24 crew members|displaced;a=the ship's Lebanese operator]] had been
evacuated to Djibouti by a passing ship on the night of the attack, the ship's Lebanese operator
said. The vessel was carrying about {{21,000 tonnes}} of ammonium phosphate sulphate fertiliser.
As it drifted, its dragged anchor cut [[three undersea cables|other;u=other;a=HGC Global
Communications]], according to HGC Global Communications. Yemen's fisheries ministry said [[about
3,000 fishing families|civilians;p;a=Yemen's fisheries ministry]] along the coast could lose
their livelihoods if the cargo leaked. The EU's Aspides mission, launched that week with [[three
frigates|other;u=other]], said it was monitoring the wreck. Syria's foreign ministry said [[11
Syrian crew|returned;a=Syria's foreign ministry]] had flown home to Damascus from Djibouti.
""",
)

item(
    "Asia-Europe box rates climb again as Red Sea diversions drag on",
    """
Spot rates for shipping a {{40-foot}} container from Shanghai to Rotterdam rose {{6%}} this week to
{{$4,226}}, their highest since {{September 2022}}, according to Drewry's World Container Index.
Rates on the route are now up {{180%}} on a year earlier. Freightos analysts said transit times
between Asia and northern Europe had lengthened by {{10 to 14 days}} since carriers began
avoiding the Suez Canal. Charter rates for a {{4,000 TEU}} ship rose to {{$45,000 a day}}, the
broker Clarksons said. Carriers expect the diversions to last well into {{2025}}.
""",
)

item(
    "War-risk premiums for Red Sea transits ease but stay far above pre-crisis levels",
    """
War-risk premiums for ships crossing the southern Red Sea have eased to about {{0.5%}} of hull
value, from a peak of {{1%}} in {{February}}, London brokers said on Thursday. Before {{November
2023}}, cover for the same voyage cost around {{0.05%}}. On a vessel insured for {{$100m}}, that
still means an extra {{$500,000}} for a single passage, on top of crew bonuses that some owners
have doubled. The Joint War Committee kept the whole of the Red Sea and the Gulf of Aden on its
list of high-risk areas. Underwriters said rates for ships with Israeli, British or US links
were quoted at up to {{2%}}, when cover was offered at all.
""",
)

item(
    "US and British warships down 21 Houthi drones and missiles in largest attack yet",
    """
US and British warships shot down [[18 one-way attack drones|other;a=US Central Command]], [[two
anti-ship cruise missiles|other;a=US Central Command]] and [[one anti-ship ballistic
missile|other;u=other;a=US Central Command]] fired by the Houthis into the southern Red Sea on
Tuesday night, US Central Command said. No ships were damaged and no one was hurt, it said.
Britain's defence ministry said HMS Diamond had destroyed [[seven drones|other;a=Britain's
defence ministry]] with its Sea Viper missiles and guns. Fighter jets from the carrier Eisenhower
and [[three US destroyers|other;u=other]] took part in the interceptions. Ambrey said [[more
than 20 merchant vessels|other;u=other;a=Ambrey]] had been in the area at the time. UKMTO said
ships off Hodeidah had reported [[dozens of drones|other;a=UKMTO]] overhead from about
{{21:15}} local time. The Houthis have launched [[between 15 and 20 drones|other]] on some nights
since {{December}}.
""",
)

item(
    "French destroyer evacuates crew of burning Greek tanker Sounion",
    """
A French destroyer operating with the EU's Aspides mission evacuated [[the 25 crew
members|displaced;a=the mission;alt=Aspides]] of the Greek-flagged tanker Sounion on Thursday,
after a Houthi attack left the ship without power in the Red Sea, the mission said. The crew,
[[23 Filipinos|displaced]] and [[two Russians|displaced]], were taken to Djibouti along with
[[four private security guards|displaced]]. The tanker, carrying {{150,000 tonnes}} of crude oil,
had been hit by [[three projectiles|other;u=other;a=UKMTO]] about {{77 nautical miles}} west of Hodeidah,
UKMTO said. Houthi fighters later boarded the abandoned ship and set off explosives on deck. The
group said it had attacked [[more than 180 ships|other;a=The group]] since {{November}}.
""",
)

item(
    "Seafarers' union says Red Sea attacks have left crews afraid to sail",
    """
[[At least four seafarers|killed;a=the International Transport Workers' Federation]] have been
killed and [[dozens|injured;a=the International Transport Workers' Federation]] wounded since
the Houthis began attacking ships, the International Transport Workers' Federation said on
Monday. The union said it had helped [[more than 300 seafarers|other;a=The union;alt=International
Transport Workers' Federation]] use their right to refuse to sail through the area, which a
deal with shipowners lists as a warlike operations zone. The union said [[about 120 seafarers|returned;a=The union;alt=International Transport Workers' Federation]] who refused had been sent home. Seafarers who refuse are entitled to
repatriation at the company's cost and to {{two months'}} basic wages as compensation. The union
estimates that [[about 2,500 seafarers a day|civilians;a=The union;alt=International Transport
Workers' Federation]] pass through the Bab el-Mandeb. [[Around 60,000 Filipino
seafarers|civilians;a=the Department of Migrant Workers]] work on ships that regularly transit
the Red Sea, according to the Department of Migrant Workers.
""",
)

item(
    "Eritrea frees detained Yemeni fishermen as Red Sea tensions rise",
    """
Eritrean authorities freed [[67 Yemeni fishermen|arrested;a=the Yemeni fisheries ministry in
Aden]] on Sunday who had been held for {{more than two months}} after their boats strayed near
the Hanish islands, the Yemeni fisheries ministry in Aden said. The ministry said the Eritrean
navy had kept [[nine fishing boats|other;a=The ministry;alt=Yemeni fisheries ministry]] and their
catch. [[About 140 fishermen|arrested;a=the Yemeni Fishermen's Union]] remain in Eritrean
custody, according to the Yemeni Fishermen's Union. [[At least 200 fishermen|killed;a=the
union;alt=Yemeni Fishermen's Union]] have been killed by mines, air strikes and naval fire off
Hodeidah since {{2015}}, the union said. [[Tens of thousands of fishermen|civilians;a=the UN's
Food and Agriculture Organization]] along the Red Sea coast have lost their livelihoods, the UN's
Food and Agriculture Organization estimates. The World Food Programme said it had given food to
[[about 2,500 fishing households|aid;a=The World Food Programme]] in Hodeidah this year.
""",
)
