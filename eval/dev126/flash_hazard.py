"""Wire flashes and live-blog entries of 2 to 5 sentences on floods, landslides, quakes,
fires, explosions, stampedes and crashes (8 with figures, 2 without)."""

from _wrap import item

item(
    "Two buses swept into Nepal river by landslide, more than 60 missing",
    """Kathmandu (AFP) - [[Two buses|other;a=officials]] carrying [[63 people|other;a=officials]]
    were swept into the swollen Marsyangdi river by a landslide in central Nepal early Friday,
    officials said. [[Three passengers|other;a=district official Bhojraj Adhikari]] managed to jump
    out and swim to safety, district official Bhojraj Adhikari told AFP. Rescuers were searching the
    muddy torrent for [[the other 60|missing]]. The buses were travelling on a mountain highway at
    around {{3:30 am}} ({{2145 GMT}}) when the hillside gave way. [[At least 14
    people|killed;a=police]] have been killed in landslides and floods across Nepal since Wednesday,
    according to police.""",
)

item(
    "Magnitude 6.8 quake strikes off eastern Indonesia - USGS",
    """JAKARTA, {{Nov 4}} (Reuters) - An earthquake of magnitude {{6.8}} struck off the coast of
    Indonesia's North Maluku province at {{07:42}} local time ({{2242 GMT}}) on Wednesday, the
    United States Geological Survey said. The quake was at a depth of {{10 km}} ({{6.2 miles}}),
    about {{130 km}} southwest of the town of Tobelo, it said. Indonesia's geophysics agency BMKG
    recorded it at magnitude {{7.0}} and said there was no threat of a tsunami. There were no
    immediate reports of damage or casualties.""",
)

item(
    "Regional plane crashes into Brazilian neighborhood; all 58 aboard killed",
    """SAO PAULO (AP) — A regional passenger plane crashed into a residential neighborhood in the
    interior of Sao Paulo state on Thursday, and the airline said [[all 58 people|killed;a=the
    airline]] on board had been killed. Linhas Sul said {{Flight 2283}}, an {{ATR 72-500}}, was
    carrying [[54 passengers|other;a=Linhas Sul]] and [[four crew members|other;a=Linhas Sul]] from
    Cascavel when it lost contact at {{1:22 p.m.}} about {{80 kilometers}} from its destination.
    [[One person|injured;a=the city's civil defense]] on the ground was slightly hurt, the city's
    civil defense said. The airline has set up a hotline for relatives at {{0800 940 2283}}.""",
)

item(
    "Hong Kong high-rise fire: Death toll rises to 36",
    """The number of people killed in the fire at Kwong Lok Court in Tuen Mun has risen to
    [[36|killed;a=the Hong Kong government]], the Hong Kong government says, up from [[13|killed;
    a=the Hong Kong government]] earlier this morning. [[Twenty-nine people|injured;a=officials]]
    remain in hospital, [[seven of them|injured;n=-;a=officials]] in a critical condition, and [[87
    residents|missing;a=officials]] are still unaccounted for, officials add. The Fire Services
    Department says [[more than 800 firefighters|other;a=The Fire Services Department]] have been
    deployed to the estate, where flames are still visible on the upper floors of the towers.
    [[About 900 residents|displaced]] spent the night in [[eight temporary shelters|capacity]]
    opened by the government.""",
)

item(
    "DR Congo: Dozens dead as overloaded boat capsizes on Lake Kivu",
    """Goma (AFP) - [[At least 52 people|killed;a=the South Kivu governor]] drowned when an
    overloaded boat capsized on Lake Kivu in eastern Democratic Republic of Congo on Thursday, the
    South Kivu governor said. The vessel had left Minova for Goma with [[about 280
    passengers|other;a=a port official]] on board, far more than it was licensed to carry, a port
    official said. Rescuers pulled [[34 survivors|other;a=Red Cross volunteers]] from the water and
    [[dozens|missing;a=Red Cross volunteers]] were still missing on Friday morning, Red Cross
    volunteers said.""",
)

item(
    "Tanker explosion: Death toll rises to 86 in Niger State",
    """The death toll from Saturday's petrol tanker explosion in Katcha, Niger State, has risen to
    [[86|killed;a=the Niger State Emergency Management Agency]], the Niger State Emergency
    Management Agency (NSEMA) said on Sunday. The agency's Director-General, Ibrahim Audu, said [[72
    people|injured;a=The agency's Director-General;alt=Ibrahim Audu]] were receiving treatment at
    the General Hospital in Bida and other facilities, and that [[over 40 motorcycles|other;a=The
    agency's Director-General;alt=Ibrahim Audu]] and [[two cars|other;a=The agency's
    Director-General;alt=Ibrahim Audu]] were burnt. Witnesses said [[scores of
    residents|other;a=Witnesses]] had rushed to scoop fuel from the overturned tanker before it
    exploded at about {{10am}}.""",
)

item(
    "At least 9 dead, dozens missing after flash floods in West Virginia",
    """(CNN) — [[At least nine people|killed;a=the state's governor]] have died and [[as many as
    30|missing;a=the state's governor]] remain missing after torrential rain sent creeks surging
    through towns in southern West Virginia overnight, the state's governor said Sunday. Some areas
    received more than {{8 inches}} of rain in {{six hours}}. Rescue crews pulled [[more than 120
    people|other;a=the West Virginia Emergency Management Division]] from homes and vehicles,
    according to the West Virginia Emergency Management Division. [[Roughly 4,000
    customers|civilians;a=PowerOutage.us]] were still without power Sunday evening, according to
    PowerOutage.us.""",
)

item(
    "7 Killed, Over 40 Injured In Stampede At Temple Fair In Bihar's Gaya",
    """Gaya: [[Seven devotees|killed;a=officials]], including [[four women|killed;a=officials]],
    were killed and [[over 40|injured;a=officials]] injured in a stampede at a temple fair in
    Bihar's Gaya district early Monday, officials said. The stampede occurred around {{4 am}} when
    [[nearly 25,000 devotees|other;a=District Magistrate Shashank Rao]] jostled to enter the temple
    complex through a single gate, District Magistrate Shashank Rao told NDTV. The state government
    announced an ex gratia of {{Rs 4 lakh}} for the next of kin of each of the deceased and {{Rs
    50,000}} for the injured.""",
)

item(
    "Cyclone likely to make landfall near Keti Bandar on Thursday",
    """KARACHI: The Pakistan Meteorological Department said on Tuesday that the cyclone, now about
    {{620 kilometres}} south of Karachi, was moving north-westwards at {{12 km/h}} and was likely to
    make landfall between Keti Bandar and the Indian coast of Gujarat on Thursday afternoon. Maximum
    sustained winds were estimated at {{150-170 km/h}}, and waves of up to {{7 metres}} were
    expected along the Sindh coast. Fishermen have been advised not to venture into the sea until
    {{May 18}}. The Sindh PDMA has set up a control room that can be reached on {{1736}}.""",
)

item(
    "Dozens killed as gold mine collapses in western Mali",
    """BAMAKO, {{Feb 16}} (Reuters) - [[At least 48 people|killed;a=the local gold miners'
    association]], including [[11 women|killed;a=the local gold miners' association]], were killed
    when an artisanal gold mine collapsed in western Mali on Saturday, the local gold miners'
    association said. The pit at Bilali Koto, about {{40 km}} from Kenieba, caved in after heavy
    rain, and a local official said [[about 30 miners|civilians;a=a local official]] were believed
    to be trapped underground. Rescuers had pulled out [[17 survivors|other]] by Sunday morning.""",
)
