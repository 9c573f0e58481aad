"""Nepal, Pakistan, Bangladesh and Sri Lanka: monsoon floods and landslides, an earthquake, a
heatwave, a river flash flood, two cyclone-season stories and a building collapse, in the
idiom of the Kathmandu Post, Dawn, The Daily Star and AFP (9 texts with figures, 1
without)."""

from _wrap import item

item(
    "Floods and landslides: death toll climbs to 192, 30 still missing",
    """The death toll from floods and landslides triggered by incessant rainfall since Friday has
    reached [[192|killed;a=the Nepal Police]], according to the Nepal Police.
    [[Thirty people|missing;a=police spokesperson Bishwa Raj Adhikari]] are still missing and
    [[94|injured;a=police spokesperson Bishwa Raj Adhikari]] are being treated in hospitals,
    police spokesperson Bishwa Raj Adhikari said. In Kathmandu Valley alone,
    [[56 people|killed]] have died, most of them in settlements along the Nakkhu, Bagmati and
    Balkhu rivers. Many of the victims lived in informal riverside settlements that were
    submerged within hours on Saturday morning, and residents said no warning had been sounded.
    At Jhyaple Khola on the Tribhuvan Highway in Dhading, a landslide swept
    [[two passenger buses|other]] off the road on Saturday night, killing
    [[at least 35 people|killed]]. Security personnel have rescued
    [[4,331 people|other;a=the police]] from across the country, the police said, with
    [[more than 20,000 personnel|combatants;a=the police]] of the Nepal Army, Nepal Police and
    Armed Police Force mobilised. Tribhuvan International Airport recorded {{240 mm}} of rain
    in {{24 hours}} on Saturday, the highest since {{2002}}, according to the Department of
    Hydrology and Meteorology. The government has announced {{Rs200,000}} in relief for each
    family that lost a member. Schools across the country will remain closed for
    {{three days}}, and the Home Ministry has urged people travelling home for Dashain to avoid
    the highways until the debris is cleared. Traffic police said
    [[around 3,000 travellers|displaced;a=Traffic police]] were stranded on the Prithvi and BP
    highways, where several sections were blocked by debris. A Nepal Army helicopter airlifted
    [[14 people|other]] from the banks of the Roshi Khola in Kavrepalanchok on Sunday
    morning.""",
)

item(
    "Jajarkot quake: 153 killed, survivors spend second night in the open",
    """A {{6.4-magnitude}} earthquake that struck Jajarkot at {{11:47 pm}} on Friday has killed
    [[153 people|killed;a=the National Disaster Risk Reduction and Management Authority]] and
    injured [[338|injured;a=the National Disaster Risk Reduction and Management Authority]] in
    Jajarkot and Rukum West, according to the National Disaster Risk Reduction and Management
    Authority.
    [[At least 8,000 houses|housing;a=the authority;alt=the National Disaster Risk Reduction
    and Management Authority]]
    have been fully or partially damaged, the authority said. Survivors in Nalgad and Barekot
    spent a second night in the open as temperatures fell to {{5 degrees Celsius}}. The Home
    Ministry has dispatched [[1,500 tents|aid]] and [[3,000 blankets|aid]] by helicopter, and
    the Nepal Army has deployed [[over 800 soldiers|combatants]] to the area.""",
)

item(
    "Flood death toll crosses 1,100 as NDMA warns of more rain",
    """The death toll from monsoon rains and floods across the country since {{June 14}} has
    risen to [[1,136|killed;a=the National Disaster Management Authority (NDMA)]], the National
    Disaster Management Authority (NDMA) said on Monday, with
    [[75 deaths|killed;a=the National Disaster Management Authority (NDMA)]] reported in the
    previous {{24 hours}}. According to the NDMA, [[1,634 people|injured;a=the NDMA]] have been
    injured, [[over 992,000 houses|housing;a=the NDMA]] damaged or destroyed and
    [[727,000 livestock|killed;a=the NDMA]] have perished. The federal climate change minister
    said [[33 million people|civilians;a=The federal climate change minister]], or
    {{one in seven}} Pakistanis, had been affected. In Sindh, where rainfall in August was
    {{784pc}} above normal,
    [[over 1.2m people|displaced;v=1200000;a=the provincial government]] are living in relief
    camps, according to the provincial government. The army has set up
    [[147 relief camps|capacity]] in Sindh and Balochistan, and over {{3,000km}} of roads and
    [[145 bridges|other;u=other]] have been washed away. The prime minister announced cash
    grants of {{Rs25,000}} each for [[1.5m families|aid;v=1500000]] through the Benazir Income
    Support Programme. The NDMA chairman told a briefing in Islamabad that the Met Office
    expected another spell of heavy rain from {{August 30}}, with reservoirs on the Indus already
    close to their maximum levels. In Balochistan, the Quetta-Karachi highway remained closed for
    a {{fifth}} day, cutting off supplies to the province. "The cotton crop in lower Sindh is
    gone," a provincial agriculture official said, putting losses at {{Rs300bn}}. The UN will
    launch a {{$160 million}} flash appeal on Tuesday. Aid agencies said entire villages in Dadu
    and Jacobabad had become islands, reachable only by boat. Health officials warned of
    outbreaks of malaria, dengue and diarrhoea in the camps as the water stagnated.""",
)

item(
    "Heatwave toll in Karachi climbs past 800 as morgues overflow",
    """The death toll from the heatwave gripping Karachi rose to
    [[over 800|killed;a=health officials]] on Tuesday, health officials said, as hospitals
    struggled with [[thousands of patients|injured]] suffering from heatstroke and dehydration.
    The Jinnah Postgraduate Medical Centre has received
    [[more than 4,000 heatstroke patients|injured;a=Dr Saima Qureshi]] since Saturday, and
    [[384 of them|killed;n=-;a=Dr Saima Qureshi]] have died, said Dr Saima Qureshi, head of
    its emergency department. The Edhi Foundation said its cold storage in Sohrab Goth had
    received [[over 650 bodies|killed;a=The Edhi Foundation]] in {{four days}}, far more than it
    can hold. Temperatures reached {{44.8°C}} on Saturday, the highest in Karachi since
    {{1979}}, and power outages of up to {{10 hours}} left many neighbourhoods without fans or
    water. The army and Rangers have set up [[20 heatstroke relief centres|capacity]] across
    the city.""",
)

item(
    "Nine bodies recovered after flash flood sweeps tourists away in Swat",
    """[[Nine bodies|killed;a=Rescue 1122 officials]] have been recovered and
    [[four people|missing;a=Rescue 1122 officials]] are still missing after a flash flood swept
    away a group of tourists from Sialkot and Mardan in the Swat River on Friday, {{Rescue 1122}}
    officials said. The families had stopped for breakfast at a riverside spot on the Mingora
    bypass when the water rose within {{15 minutes}}, trapping them on a mound in the middle of
    the river for nearly {{an hour}}. Rescuers reached and saved
    [[four others|other;a=a spokesman]], but a boat could not be launched in time, a spokesman
    said. [[Around 80 rescuers|other]] with divers and drones resumed the search on Saturday.
    The Khyber Pakhtunkhwa Provincial Disaster Management Authority said
    [[17 people|killed;a=The Khyber Pakhtunkhwa Provincial Disaster Management Authority]] had
    died in rain-related incidents across the province since {{June 26}}, and the district
    administration imposed {{Section 144}} along the riverbanks. The chief minister suspended
    [[four officials|other]] of the district administration for negligence.""",
)

item(
    "Cyclone Remal: 10 killed, 35,000 houses destroyed in coastal districts",
    """[[At least 10 people|killed;a=the state minister for disaster management and relief]] were
    killed in Khulna, Satkhira, Barishal, Patuakhali, Bhola and Chattogram as Cyclone Remal
    lashed the coast, the state minister for disaster management and relief said yesterday.
    [[Around 8 lakh people|displaced;v=800000]] had taken shelter in
    [[9,424 cyclone shelters|capacity]] before the storm made landfall near Mongla on Sunday
    night with winds of up to {{111 kmph}}. According to a preliminary assessment by the
    ministry, [[35,483 houses|housing;a=the ministry]] were completely destroyed and
    [[1,14,992|housing;v=114992;u=structure;a=the ministry]] partially damaged across
    [[19 districts|other;a=the ministry]]. The Met office had hoisted great danger signal
    {{No 10}} for Mongla and Payra ports. [[Around 3 crore people|civilians;v=30000000]] were
    without electricity on Monday as the Power Development Board shut down supply to coastal
    areas. [[Some 78,000 volunteers|other]] of the Cyclone Preparedness Programme went door to
    door with megaphones to move people to shelters before the storm hit.""",
)

item(
    "Sylhet, Sunamganj floods: 40 lakh marooned as army steps in",
    """[[Around 40 lakh people|civilians;v=4000000;a=local administrations]] remain marooned in
    Sylhet and Sunamganj, local administrations said yesterday, as the Surma flowed {{81 cm}}
    above the danger level at Kanaighat. [[Over 2.2 lakh people|displaced;v=220000]] have taken
    refuge in [[nearly 1,300 shelter centres|capacity]], many of them schools and madrasas.
    [[At least 10 people|killed]] have died in the region since Thursday,
    [[four of them|killed;n=-]] struck by lightning. The government has deployed
    [[six army units|combatants;u=other]] along with Navy and Coast Guard teams, who have
    rescued [[more than 2,000 people|other]] by speedboat. The relief ministry has allocated
    [[1,000 tonnes|aid;a=the district commissioner]] of rice,
    [[12,000 packets|aid;a=the district commissioner]] of dry food and {{Tk 1.2 crore}} in cash
    for the flood-hit areas, the district commissioner said. Osmani International Airport has
    suspended flights for {{three days}} as water entered the runway.""",
)

item(
    "Tejgaon building collapse: 25 dead, rescue work ends",
    """[[Twenty-five people|killed;a=Fire Service and Civil Defence officials]] were killed and
    [[at least 20|injured;a=Fire Service and Civil Defence officials]] injured when a
    {{five-storey}} building toppled onto neighbouring tin-shed houses at Begunbari in the
    capital's Tejgaon on Tuesday night, Fire Service and Civil Defence officials said. The
    building crushed [[four tin-shed houses|housing]] where
    [[around 40 garment workers|civilians]] lived as tenants. Firefighters, army personnel and
    volunteers pulled [[11 people|other]] out alive, the last of them after {{19 hours}}.
    [[Twelve fire service units|other;u=other]] worked at the site through the night. The
    building, raised on a filled-up ditch, had no approval from Rajuk, an official said.""",
)

item(
    "Sri Lanka landslides: 134 missing as troops dig through mud",
    """[[Seventeen bodies|killed;a=the Disaster Management Centre (DMC)]] have been recovered and
    [[at least 134 people|missing;a=the Disaster Management Centre (DMC)]] are missing after
    landslides buried [[three villages|other;a=the Disaster Management Centre (DMC)]] in
    central Kegalle district, the Disaster Management Centre (DMC) said Wednesday. Soldiers
    pulled [[more than 180 people|other]] alive from the mud in Siripura, Pallebage and
    Elangapitiya. [[Some 1,500 troops|combatants;a=a military spokesman]] have been deployed
    with earth-moving equipment, but the search was hampered by fresh rain, a military spokesman
    said. Across the island, [[more than 350,000 people|displaced;a=the DMC]] have fled their
    homes to [[over 600 welfare centres|capacity;a=the DMC]] after the heaviest rains in
    {{25 years}}, the DMC said. In Colombo, [[over 185,000 people|displaced]] were displaced as
    the Kelani river burst its banks after {{over 380 mm}} of rain in {{two days}}.""",
)

item(
    "NDMA warns of urban flooding in Lahore, Karachi as fresh monsoon spell nears",
    """The National Disaster Management Authority (NDMA) on Sunday warned of urban flooding in
    Lahore, Karachi and Islamabad as a fresh monsoon spell is expected to enter the country on
    {{July 23}} and persist until {{July 27}}. The Pakistan Meteorological Department
    forecast {{100 to 150mm}} of rain in parts of Punjab, with isolated falls of up to
    {{200mm}} in the upper catchments. Glacial lake outburst floods were possible in
    Gilgit-Baltistan and Chitral, where temperatures had stayed {{5°C to 7°C}} above normal for
    {{two weeks}}, the authority said. Citizens can call the NDMA helpline at {{1700}} or follow
    alerts on its mobile app. Last year, July rainfall was {{82pc}} above normal, according to
    the PMD.""",
)
