"""dev139 hard negatives (1 of 7): disasters (weather warnings, floods, quakes, storms, fires, with
tolls that rise, troops and aid arrivals) and accidents (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Storm Éowyn: red warning for whole of Ireland",
        "Latest: Met Éireann has issued a rare status red wind warning for the entire "
        "country from 2am to 10am on Friday, with gusts of more than 130km/h forecast. "
        "Schools, colleges and creches will be closed. People are being told to stay indoors "
        "and away from coastal areas while the warning is in place.",
        "disaster",
    ),
    (
        "First relief flights land in Jamaica after Hurricane Melissa",
        "10:05: Two aircraft carrying tarpaulins, water purification tablets and generators "
        "landed at Kingston's Norman Manley airport this morning, the first international "
        "relief flights since Hurricane Melissa tore across the island. The storm killed at "
        "least 28 people in Jamaica, and large parts of St Elizabeth and Westmoreland remain "
        "cut off. Soldiers of the Jamaica Defence Force are clearing roads so that aid "
        "convoys can reach the south-west.",
        "disaster",
    ),
    (
        "Valencia floods: toll rises to 205",
        "Update: The toll from Tuesday's flash floods in eastern Spain has risen to 205, "
        "almost all of them in the province of Valencia, the regional emergency service "
        "said. Hundreds of soldiers have joined the search for people still missing in cars "
        "and garages swept away by the water. In Paiporta, residents are shovelling mud out "
        "of their homes with help from volunteers who arrived on foot from the city.",
        "disaster",
    ),
    (
        "Aid arrives in Mandalay as quake toll passes 3,000",
        "Chinese and Indian rescue teams have reached Mandalay with sniffer dogs and heavy "
        "equipment, a week after the magnitude 7.7 earthquake that levelled monasteries and "
        "apartment blocks across central Myanmar. State media say more than 3,000 people "
        "have died. Thousands of families are sleeping in the open for fear of aftershocks.",
        "disaster",
    ),
    (
        "Kunar quake: villagers dig with bare hands as toll climbs",
        "Update: The death toll from Sunday night's earthquake in eastern Afghanistan has "
        "climbed to more than 1,400, the Taliban administration says, with many victims "
        "crushed as their mud-brick homes collapsed in the dark. Rescuers in Kunar province "
        "are struggling to reach mountain villages cut off by landslides, and helicopters "
        "are flying the injured to Jalalabad. The UN says thousands of people have been left "
        "homeless. Aid trucks from Pakistan were turned back at Torkham, which remains "
        "closed.",
        "disaster",
    ),
    (
        "Palisades fire: evacuation orders expanded as winds pick up",
        "06:30 PT: Los Angeles County has expanded evacuation orders to parts of Brentwood "
        "and Encino as the Palisades fire pushed east overnight. More than 150,000 residents "
        "are now under orders to leave. Firefighters are bracing for another round of Santa "
        "Ana winds, with gusts of up to 70mph forecast for Tuesday.",
        "disaster",
    ),
    (
        "Texas floods: search continues for girls missing from summer camp",
        "Latest: Search teams are combing the banks of the Guadalupe River for 10 girls and "
        "a counsellor still missing from a summer camp swept away by Friday's flash flood, "
        "Kerr County officials say. At least 82 people have died in the county. Governor "
        "Greg Abbott said the state had deployed helicopters, drones and more than 1,000 "
        "rescuers.",
        "disaster",
    ),
    (
        "Typhoon Kalmaegi: Cebu toll rises as floodwaters recede",
        "At least 114 people were killed in Cebu province after Typhoon Kalmaegi dumped a "
        "month's rain in 24 hours, the provincial governor said, many of them swept from "
        "their homes by flash floods. More than 400,000 people were evacuated across the "
        "central Philippines before the storm made landfall, and President Ferdinand Marcos "
        "Jr has declared a state of national calamity.",
        "disaster",
    ),
    (
        "Tsunami warnings lifted after magnitude 8.8 quake off Kamchatka",
        "Update: Japan's Meteorological Agency has lifted all tsunami advisories, a day "
        "after a magnitude 8.8 earthquake off Russia's Kamchatka peninsula sent waves across "
        "the Pacific. Waves of up to four metres struck Severo-Kurilsk, where residents fled "
        "to higher ground, but no deaths have been reported. Hawaii reopened its beaches "
        "this morning. In Chile, thousands of people who had moved inland overnight were "
        "allowed home.",
        "disaster",
    ),
    (
        "Buner flash floods: army flies in rations as death toll rises",
        "The toll from flash floods in Khyber Pakhtunkhwa's Buner district has risen to more "
        "than 200, the provincial disaster management authority says, after a cloudburst "
        "sent torrents through villages on Friday. Army helicopters are flying in rations "
        "and tents, and troops have set up field hospitals. One rescue helicopter crashed in "
        "bad weather, killing its five crew.",
        "disaster",
    ),
    (
        "Ex-Tropical Cyclone Alfred: 300,000 homes without power in south-east Queensland",
        "About 300,000 homes and businesses are without power across Brisbane, the Gold "
        "Coast and northern NSW after ex-Tropical Cyclone Alfred crossed the coast "
        "overnight, Energex says. The premier has warned that flooding is the next big "
        "threat, with up to 400 millimetres of rain forecast. ADF trucks are helping to move "
        "residents out of low-lying parts of Lismore.",
        "disaster",
    ),
    (
        "Delhi on red alert as temperatures hit 47C",
        "The India Meteorological Department has issued a red alert for Delhi as the "
        "temperature at Safdarjung touched 47 degrees Celsius, the highest this season. "
        "Hospitals have set up dedicated heatstroke wards, and the city's peak power demand "
        "reached a record.",
        "disaster",
    ),
    (
        "Cox's Bazar: blaze in Camp 11 leaves thousands of Rohingya without shelter",
        "A fire swept through Camp 11 in Cox's Bazar on Sunday afternoon, destroying about "
        "600 bamboo-and-tarpaulin shelters and leaving thousands of Rohingya refugees "
        "without a roof, officials said. Firefighters brought the blaze under control after "
        "three hours, and no deaths have been reported.",
        "disaster",
    ),
    (
        "Landslide in Darfur's Marra mountains wipes out village",
        "A landslide after days of heavy rain has buried the village of Tarasin in the Marra "
        "mountains of central Darfur, the Sudan Liberation Movement-Army, which controls the "
        "area, said, estimating that more than 1,000 people were killed. Only one survivor "
        "has been found, the group said, appealing to the UN and aid agencies to help "
        "recover the bodies. The area can be reached only on foot or by donkey.",
        "disaster",
    ),
    (
        "Emergency warning for Grampians bushfire as crews battle flames",
        "An emergency warning is in place for communities near Halls Gap as a bushfire in "
        "the Grampians National Park burns out of control, VicEmergency says. It is too late "
        "to leave for residents of Pomonal, who have been told to shelter in place. More "
        "than 300 firefighters and 20 aircraft are attacking the fire, which has burned "
        "through about 35,000 hectares.",
        "disaster",
    ),
    (
        "Air India flight to London crashes after take-off in Ahmedabad",
        "Breaking: An Air India Boeing 787 carrying 242 people to London Gatwick has crashed "
        "into a medical college hostel in Ahmedabad shortly after take-off, officials say. "
        "Thick black smoke rose over the Meghani Nagar area as fire engines rushed to the "
        "site. The airline says it has set up a helpline for families.",
        "accident",
    ),
    (
        "Jeju Air crash: 179 confirmed dead at Muan",
        "Update: South Korea's transport ministry says 179 of the 181 people on board the "
        "Jeju Air flight from Bangkok were killed when it skidded off the runway at Muan "
        "airport and hit a concrete embankment. Two crew members were pulled alive from the "
        "tail section. Investigators are looking at a possible bird strike and at why the "
        "landing gear was not lowered. It is the deadliest air disaster on South Korean "
        "soil.",
        "accident",
    ),
    (
        "Washington mid-air collision: no survivors, officials say",
        "08:12 ET: There are no survivors after an American Airlines regional jet collided "
        "with a US Army Black Hawk helicopter over the Potomac River near Reagan National "
        "Airport, Washington's fire chief said. The jet was carrying 64 people and the "
        "helicopter three soldiers on a training flight. Divers have recovered 28 bodies "
        "from the icy water.",
        "accident",
    ),
    (
        "Huge blast at Iran's Shahid Rajaee port kills at least 40",
        "Latest: A massive explosion ripped through the Shahid Rajaee port near Bandar Abbas "
        "on Saturday, killing at least 40 people and injuring more than 1,000, Iranian state "
        "media said. Officials said the blast was caused by chemicals stored in containers "
        "and ruled out any attack. Black smoke could still be seen over the port hours "
        "later.",
        "accident",
    ),
    (
        "Correction: Obolon blast caused by gas, not a drone",
        "Correction: We earlier reported an explosion in a residential building in Kyiv's "
        "Obolon district as a possible drone strike. Emergency services now say it was "
        "caused by a gas leak in a third-floor flat, and there was no air raid alert at the "
        "time. Two people were injured and the building has been evacuated.",
        "accident",
    ),
    (
        "Stampede outside Chinnaswamy stadium during RCB celebrations kills 11",
        "Eleven people were killed and dozens injured in a stampede outside Bengaluru's "
        "Chinnaswamy stadium as huge crowds gathered to celebrate Royal Challengers "
        "Bengaluru's first IPL title, police said. Many fans had climbed the gates and walls "
        "to get in. The Karnataka government has ordered a magisterial inquiry.",
        "accident",
    ),
    (
        "Overloaded boat capsizes on Lake Kivu near Goma",
        "At least 78 people drowned when an overloaded boat capsized as it arrived at the "
        "port of Goma from Minova, the governor of South Kivu said. Survivors said the boat "
        "had been carrying nearly 280 passengers, far more than its capacity, and rescue "
        "teams have pulled 10 people alive from the water.",
        "accident",
    ),
    (
        "Glória funicular crash: 16 dead as Lisbon tram car leaves its tracks",
        "Sixteen people were killed and about 20 injured when the Glória funicular, one of "
        "Lisbon's best-known tourist attractions, came off its tracks and crashed into a "
        "building on Wednesday evening. Portugal's government declared a day of national "
        "mourning. Investigators are examining whether a cable snapped.",
        "accident",
    ),
    (
        "Reactor blast at pharma factory in Telangana kills 36",
        "The death toll from Monday's explosion at a pharmaceutical plant in Sangareddy "
        "district has risen to 36, Telangana officials said, as rescuers cleared debris from "
        "the collapsed building. The blast is thought to have been caused by a dryer in the "
        "plant. Police have registered a case against the factory management.",
        "accident",
    ),
    (
        "Tai Po fire: police arrest three over renovation works",
        "Hong Kong police have arrested three men from a construction company on suspicion "
        "of manslaughter after a fire tore through seven towers of the Wang Fuk Court estate "
        "in Tai Po, killing at least 128 people. Officials said flammable foam boards and "
        "bamboo scaffolding had helped the blaze spread. Hundreds of residents are staying "
        "in temporary shelters.",
        "accident",
    ),
    (
        "Heathrow reopens after substation fire shut airport",
        "Heathrow has resumed flights after a fire at a nearby electrical substation forced "
        "it to close for most of Friday, disrupting more than 1,300 flights. "
        "Counter-terrorism police had led the investigation because of the airport's "
        "importance but found nothing to suggest foul play. Airlines warned passengers to "
        "expect delays over the weekend.",
        "accident",
    ),
]
