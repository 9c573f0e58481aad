"""India: landslides, floods, a glacier burst, a cyclone evacuation, a heatwave, a building
collapse and a dam breach, in the idiom of The Hindu and the Times of India (8 texts with
figures, 1 without)."""

from _wrap import item

item(
    "Wayanad landslides: toll rises to 167, search extends to Chaliyar river",
    """The death toll in the landslides that buried large parts of Mundakkai and Chooralmala in
    Wayanad district rose to [[167|killed;a=the district administration]] on Thursday, the
    district administration said, up from [[143|killed;a=the district administration]] a day
    earlier. [[Around 190 persons|missing;a=Revenue Minister Thomas Kurian]] are still
    unaccounted for, Revenue Minister Thomas Kurian told reporters at Meppadi. Rescuers have so
    far pulled [[over 1,000 people|other]] out of the slush and debris, many of them workers on
    the tea estates and their families. Many of the dead were migrant workers from Assam and
    West Bengal employed on the plantations, and several bodies were found in the Chaliyar river
    as far as {{40 km}} downstream in Malappuram district. The district has opened
    [[91 relief camps|capacity;a=the State Disaster Management Authority]], where
    [[9,328 people|displaced;a=the State Disaster Management Authority]] from
    [[2,704 families|displaced;a=the State Disaster Management Authority]] are staying,
    according to the State Disaster Management Authority. Army engineers built a
    {{190-foot}} Bailey bridge across the swollen Iruvazhinji puzha in {{31 hours}}, allowing
    [[over 500 soldiers|combatants]] and earth-movers to reach Mundakkai. NDRF teams and
    [[around 350 fire and rescue personnel|other]] are also on the ground. Chooralmala had
    received {{372 mm}} of rain in the {{48 hours}} before the hillside gave way at around
    {{2 a.m.}} on {{July 30}}. The State government has announced an ex gratia of
    {{₹6 lakh}} to the families of the dead. "Whole lines of estate quarters have vanished, and
    we do not yet know how many people were inside," a panchayat member in Mundakkai said. It is
    the worst disaster in the State since the floods of {{2018}}, which killed
    [[483 people|killed]]. Officials said several camps were overcrowded, and volunteers from
    across the State had arrived with food, clothes and medicines. The Chief Minister, who
    visited the camps on Wednesday, said a new township would be built for the survivors on
    safer land. The district control room can be reached on {{1077}}.""",
)

item(
    "Bhiwandi building collapse: 10 dead, NDRF pulls out 25 alive",
    """[[Ten people|killed;a=officials]], among them [[four children|killed;a=officials]], were
    killed and [[eleven others|injured;a=officials]] injured when a {{three-storey}} residential
    building collapsed in Bhiwandi's Dhamankar Naka area in the early hours of Monday,
    officials said. The {{43-year-old}} building, which housed
    [[around 21 families|civilians]], caved in at about {{3.40 am}} while most residents were
    asleep. NDRF personnel pulled [[25 people|other]] out alive from the debris through the
    day. [[Two NDRF teams|other;u=other]] and [[a dozen fire tenders|other;u=other]] were at the
    spot till late evening. The Bhiwandi Nizampur Municipal Corporation had declared the
    structure dangerous in {{2019}} and served a notice on the owner, a civic official
    said.""",
)

item(
    "Assam floods: over 42 lakh hit in 32 districts, toll climbs to 71",
    """The flood situation in Assam worsened on Sunday, with
    [[over 42 lakh people|civilians;v=4200000;a=the Assam State Disaster Management Authority
    (ASDMA)]]
    affected in
    [[32 districts|other;a=the Assam State Disaster Management Authority (ASDMA)]], according
    to the Assam State Disaster Management Authority (ASDMA).
    [[Nine more people|killed;a=the ASDMA]] died in floods and landslides in the past
    {{24 hours}}, taking this year's toll to [[71|killed;a=the ASDMA]], the ASDMA said.
    [[Nearly 1.9 lakh people|displaced;v=190000]] have taken shelter in
    [[744 relief camps|capacity]], while [[over 5,000 villages|other]] remain under water and
    crops on {{1.08 lakh hectares}} have been damaged. Barpeta is the worst-hit district with
    [[over 12 lakh|civilians;v=1200000;n=-]] affected, followed by Nagaon and Bajali. The
    Brahmaputra was flowing above the danger mark at Neamatighat, Tezpur, Guwahati and Dhubri.
    [[Eight Army columns|combatants;u=other]] and teams of the NDRF and SDRF have rescued
    [[over 3,200 people|other]] by boat in Cachar, Hojai and Nalbari. In Silchar, where large
    parts of the town have been under water for {{five days}}, the district administration
    began airdropping food packets and drinking water from IAF helicopters.""",
)

item(
    "Chamoli disaster: 32 bodies recovered, rescuers race to reach trapped tunnel workers",
    """Rescue teams on Tuesday recovered [[six more bodies|killed;a=officials]] from the debris
    along the Dhauliganga, taking the number of bodies found since Sunday's flash flood to
    [[32|killed;a=officials]], officials said.
    [[As many as 174 people|missing;a=the State's Director General of Police]] are still
    missing, most of them workers at the Tapovan-Vishnugad and Rishiganga power projects, the
    State's Director General of Police said in Dehradun. Officials believe
    [[25 to 35 workers|civilians;a=Officials]] are trapped inside a silt-filled tunnel at
    Tapovan, where rescuers have cleared about {{130 metres}} of the {{1.7-km}} stretch.
    [[Over 450 ITBP personnel|combatants]], along with Army, NDRF and SDRF teams, are working in
    shifts round the clock. The surge at Raini washed away a bridge, cutting off
    [[13 villages|other]] along the Niti valley road, and the district administration has
    airdropped [[over 1,200 ration kits|aid]] to them. The glacier burst struck at about
    {{10.45 am}} on {{February 7}}. The Prime Minister has announced {{₹2 lakh}} each from the
    PMNRF for the families of the dead.""",
)

item(
    "Himachal rains: toll rises to 88, over 1,200 roads closed",
    """[[Five more people|killed;a=the State Emergency Operation Centre]] died in rain-related
    incidents in Himachal Pradesh on Monday, taking the toll since the onset of the monsoon on
    {{June 24}} to [[88|killed;a=the State Emergency Operation Centre]], according to the State
    Emergency Operation Centre. [[Sixteen people|missing]] are still missing and
    [[100|injured]] have been injured. [[Around 1,200 roads|other;u=other]], including
    [[three national highways|other;u=other]], remain closed after landslides, and
    [[over 2,500 water supply schemes|other;u=other]] have been disrupted. In Lahaul-Spiti,
    [[around 300 tourists|displaced]] who were stranded at Chandratal lake for {{four days}}
    were brought down to Losar by a team of the police and the Public Works Department.
    [[About 1,100 houses|housing]] have been fully or partially damaged across the State, and
    the Chief Minister put the losses at {{₹4,000 crore}}. Shimla recorded {{41 mm}} of rain in
    {{24 hours}}, and the Meteorological Centre has issued an orange alert for Thursday and
    Friday.""",
)

item(
    "Cyclone Fani: Odisha shifts 11 lakh people to safety ahead of landfall",
    """Odisha on Thursday evacuated [[over 11 lakh people|displaced;v=1100000]] from
    [[13 coastal districts|other]] ahead of Cyclone Fani's landfall, in what officials called
    one of the largest evacuations in the State's history. They have been housed in
    [[over 4,000 shelters|capacity;a=the Special Relief Commissioner's office]], including
    [[880 cyclone shelters|capacity;a=the Special Relief Commissioner's office]] built after the
    {{1999}} super cyclone, the Special Relief Commissioner's office said.
    [[Over 1,000 pregnant women|displaced]] close to their delivery dates have been shifted to
    hospitals. Fani, packing winds of {{175 kmph}} gusting to {{200 kmph}}, is expected to cross
    the coast near Puri on Friday morning. The NDRF has deployed [[28 teams|other;u=other]] and
    the Odisha Disaster Rapid Action Force [[20 units|other;u=other]]. The East Coast Railway
    has cancelled [[223 trains|other;u=other]], and Bhubaneswar airport will suspend flights
    from midnight. Officials said [[another 2 lakh people|displaced;p;v=200000;a=Officials]]
    would be moved out of low-lying areas of Ganjam and Puri by Friday morning.""",
)

item(
    "Heatwave: 33 polling personnel die of suspected heatstroke on final day of voting",
    """[[At least 33 polling personnel|killed;a=officials]] on election duty died of suspected
    heatstroke in Uttar Pradesh, Bihar and Odisha on Friday, officials said, as large parts of
    north and east India sweltered under a severe heatwave. In Uttar Pradesh,
    [[13 poll staff|killed;a=the Chief Electoral Officer]], including home guards and
    sanitation workers, died in Mirzapur district alone, the Chief Electoral Officer said. In
    Bihar, [[10 polling personnel|killed;a=the State's Disaster Management Department]] died,
    [[five of them|killed;n=-;a=the State's Disaster Management Department]] in Bhojpur,
    according to the State's Disaster Management Department. Across Odisha,
    [[over 1,100 people|injured]] have been treated for heat-related illness since {{May 1}},
    and the Special Relief Commissioner has confirmed
    [[20 heatstroke deaths|killed;a=the Special Relief Commissioner]]. Temperatures touched
    {{46.9 degrees Celsius}} in Mirzapur, {{4.5 degrees}} above normal. The Election Commission
    has announced an ex gratia of {{₹15 lakh}} for the families of polling staff who died on
    duty.""",
)

item(
    "Tiware dam breach: 11 bodies found, 13 missing in Ratnagiri",
    """[[Eleven bodies|killed;a=district officials]] have been recovered and
    [[13 people|missing;a=district officials]] are still missing after the Tiware dam in
    Ratnagiri's Chiplun taluka breached late on Tuesday night, district officials said on
    Wednesday. The gushing water swept through Bendwadi village downstream, washing away
    [[12 houses|housing]] along the stream. NDRF personnel and villagers searched for survivors
    through the night with torches, and [[two people|other]] were found alive clinging to trees.
    [[About 50 families|displaced]] from neighbouring hamlets have been moved to a zilla
    parishad school. The earthen dam, built in {{2000}} at a cost of {{₹5.6 crore}}, had
    developed leaks that villagers had complained about for {{two years}}, the sarpanch said.
    The area had received {{over 190 mm}} of rain in the preceding {{24 hours}}, and the Water
    Resources Minister announced {{₹4 lakh}} each for the kin of the deceased.""",
)

item(
    "Monsoon likely to reach Kerala on May 31, IMD forecasts above-normal season",
    """The southwest monsoon is likely to set in over Kerala on {{May 31}}, a day ahead of its
    normal onset date of {{June 1}}, the India Meteorological Department (IMD) said on Thursday,
    with a model error of {{plus or minus four days}}. Rainfall over the country as a whole
    during the June-September season is forecast at {{106%}} of the long period average of
    {{87 cm}}. There is a {{61%}} probability of above-normal rainfall, the IMD
    Director-General told reporters in New Delhi. In {{2023}}, the country received {{94%}} of
    the average amid an El Niño. Heatwave conditions are likely to continue over northwest India
    for the next {{five days}}, with maximum temperatures of {{45 to 47 degrees Celsius}}.""",
)
