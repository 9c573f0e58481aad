"""Road and bus crashes, tanker fires and pile-ups (12 texts with figures, 1 without)."""

from _wrap import item

item(
    "Bus plunges into gorge in Himachal, pilgrims among dead",
    """SHIMLA: [[Sixteen people|killed;a=officials]] were killed and
    [[22 others|injured;a=officials]] injured when a private bus skidded off a hill road and fell
    into a {{200-metre}} gorge in Kullu district on Monday morning, officials said. The bus,
    carrying [[about 45 passengers|other]], most of them pilgrims returning from Manikaran, left
    the road near a sharp bend at around {{8.30 a.m}}. Deputy Commissioner Ashutosh Garg said
    [[11 of the injured|injured;n=-;a=Deputy Commissioner Ashutosh Garg]] had been referred to
    the Indira Gandhi Medical College in Shimla, {{90 km}} away. Local residents and
    [[two teams|other;u=other]] of the State Disaster Response Force pulled survivors up the
    slope with ropes. The Chief Minister announced ex gratia of {{Rs 4 lakh}} to the next of kin
    of each deceased. Police have registered a case against the driver, who is among the
    injured.""",
)

item(
    "Tanker blast kills scores as residents scoop fuel",
    """ABUJA (Premium Times) - The death toll from Tuesday night's tanker explosion at Dikko
    junction in Niger State has risen to [[98|killed;a=the Federal Road Safety Corps]], the
    Federal Road Safety Corps said on Wednesday. The tanker, carrying {{33,000 litres}} of
    petrol, overturned on the Abuja-Kaduna expressway at about {{10pm}}, and residents rushed
    to scoop the spilling fuel before it ignited. [[At least 65 people|injured;a=Kumar Tsukwam]]
    are receiving treatment at hospitals in Suleja and Minna, FRSC sector commander Kumar
    Tsukwam told our correspondent. He said [[41 of the victims|killed;n=-;a=Kumar Tsukwam]] were
    buried in a
    mass grave on Wednesday afternoon because their bodies were burnt beyond recognition. The
    fire also razed [[14 vehicles|other]] and [[about 20 shops|housing]] along the highway.
    Governor Mohammed Bago declared {{three days}} of mourning.""",
)

item(
    "Senegal declares national mourning after bus collision",
    """Two buses collided head-on near the town of Gniby in central Senegal early on Sunday,
    killing [[40 people|killed;a=President Macky Sall]], President Macky Sall said, declaring
    {{three days}} of national mourning. [[Twenty of the victims|killed;n=-;a=local officials]]
    have yet to be identified, local officials said. One of the buses burst a tyre at about {{3.30
    am}} and
    swerved into the path of the other on the N1 highway, the gendarmerie said. Rescuers took
    [[87 injured|injured;a=the fire service]] to hospitals in Kaffrine and Kaolack, according to
    the fire service, and [[a dozen|injured;a=a health official]] of them were in serious
    condition, a health official said. The government said it would ban night-time intercity bus
    travel from midnight to {{5 am}} and limit the age of passenger vehicles to
    {{10 years}}.""",
    ["N1"],
)

item(
    "Sleeper bus bursts into flames on Dhaka-Khulna highway",
    """[[At least 11 passengers|killed;a=Faridpur fire service]] were burnt to death when a
    sleeper bus caught fire after hitting a stationary truck in Faridpur's Bhanga upazila
    early yesterday, Faridpur fire service said. The Dhaka-bound bus was carrying
    [[36 passengers|other]], said Bhanga Highway Police OC Shahidul Islam. "The fire spread so
    fast that most people were asleep," he said. Locals rescued
    [[around 20 passengers|other]] by breaking the windows. [[Nine of the survivors|injured;n=-]]
    with severe burns were taken to the Sheikh Hasina National Institute of Burn and Plastic
    Surgery in Dhaka, about {{100 kilometres}} away. Police detained
    the bus's helper while the driver fled, the OC added.""",
)

item(
    "Fog pile-up on motorway leaves dozens injured",
    """LAHORE: [[Eight people|killed;a=Rescue 1122]] were killed and
    [[48 injured|injured;a=Rescue 1122]] when [[more than 30 vehicles|other]] collided in dense
    fog on the M-2 motorway near Sheikhupura on Saturday morning, Rescue 1122 said. Visibility
    had dropped to less than {{50 metres}} when a passenger coach rammed into a trailer at
    around {{6am}}, triggering a chain of collisions over about {{two kilometres}}. Motorway
    police spokesperson Imran Shah said [[three of the dead|killed;n=-;a=Motorway police
    spokesperson Imran Shah]] were children. The motorway was closed for {{seven hours}} while
    cranes cleared the wreckage. The National Highways and Motorway Police had warned drivers
    to keep their speed below {{60 kilometres per hour}} in foggy conditions.""",
    ["M-2", "Rescue 1122"],
)

item(
    "Truck ploughs into traders at Londiani junction",
    """[[At least 52 people|killed;a=Interior Cabinet Secretary Kithure Kindiki]] died after a
    truck lost control and rammed into several vehicles and traders at Londiani junction on the
    Kericho-Nakuru highway on Friday evening, Interior Cabinet Secretary Kithure Kindiki said.
    The truck, which was headed to Kericho, veered off the road at around {{6.30pm}} and hit
    [[eight matatus|other;u=other]], [[a dozen motorcycles|other]] and traders selling at the
    roadside market. Kericho County Commissioner Gideon Oyagi said
    [[32 injured people|injured;a=Kericho County Commissioner Gideon Oyagi]] had been admitted
    to Londiani Sub-County Hospital and Kericho County Referral Hospital. By Saturday, families
    had identified [[37 of the bodies|killed;n=-]] at the mortuary. The driver survived and was
    arrested, police said. The National Transport and Safety Authority says
    [[4,690 people|killed;a=The National Transport and Safety Authority]] died on Kenyan roads last
    year, up {{6 percent}}.""",
)

item(
    "Church bus loses brakes on Minas Gerais descent",
    """BELO HORIZONTE - A bus carrying a church group overturned on a descent of the BR-381
    highway near João Monlevade, Minas Gerais, on Sunday night, killing
    [[19 people|killed;a=the Military Fire Brigade]] and injuring
    [[28|injured;a=the Military Fire Brigade]], according to the Military Fire Brigade. The
    vehicle, which had [[47 passengers|other]] and [[two drivers|other]] on board, lost its
    brakes on a {{6-kilometre}} downhill stretch, survivors told Folha. Firefighters and
    [[14 ambulances|other]] were sent to the scene. The Federal Highway Police said the company
    had no licence for interstate travel and that [[two managers|arrested;a=The Federal Highway
    Police]] had been detained for questioning. The stretch has recorded
    [[142 deaths|killed;a=the agency;alt=The Federal Highway Police]] since {{2019}}, the agency
    said.""",
    ["BR-381"],
)

item(
    "Guatemala bus plunges off bridge in capital",
    """GUATEMALA CITY (AP) - A crowded bus skidded off a bridge and fell into a ravine on the
    outskirts of Guatemala City on Monday, killing
    [[at least 55 people|killed;a=firefighters]], firefighters said. The bus was coming from
    El Progreso and crashed through a guardrail before dropping about {{20 meters}} into a
    polluted stream. Firefighter spokesman Edwin Villagrán said
    [[at least 12 people|other;a=Firefighter spokesman Edwin Villagrán]] were rescued alive from
    the wreckage and that [[another 10|injured;a=Firefighter spokesman Edwin Villagrán]] were
    taken to hospitals. The bus appeared to have collided with several vehicles before
    falling, he said. [[More than 60 firefighters|other]] and [[30 ambulances|other]] took part
    in the rescue, and relatives gathered at the morgue to identify
    [[the 48 bodies|killed]] taken there by nightfall. President Bernardo Arévalo declared {{three
    days}} of national mourning and
    said the bus, built in {{1983}}, had permission to circulate.""",
)

item(
    "Jeepney rams into tree in Benguet, killing students",
    """BENGUET, Philippines - [[Seven people|killed;a=the Benguet Provincial Police Office]],
    including [[four college students|killed;a=the Benguet Provincial Police Office]], died
    after a jeepney lost its brakes and crashed into a pine tree along Halsema Highway on
    Saturday, the Benguet Provincial Police Office said. [[Fifteen other passengers|injured]]
    were brought to the Benguet General Hospital in La Trinidad. The jeepney, which police said
    was loaded beyond its {{22-seat}} capacity, was headed down to Baguio City at around
    {{4:10 pm}}. Rescuers from the municipal disaster office and
    [[40 soldiers|combatants;a=Colonel Marlo Castillo]] of the {{54th}} Infantry Battalion joined
    the
    retrieval, said provincial police director Colonel Marlo Castillo. The driver,
    {{56}}, was among those hurt and will face charges of reckless imprudence.""",
)

item(
    "Afghan bus and tanker crash on Herat highway",
    """[[At least 52 people|killed;a=the Taliban government's spokesman in Herat]] were killed
    when a passenger bus collided with a fuel tanker and then a motorbike on the Herat-Kandahar
    highway on Sunday, the Taliban government's spokesman in Herat said. The crash near Grishk
    set the bus and the tanker ablaze; the bus had [[about 60 passengers|other]] on board.
    [[Two people|killed]] on the motorbike were also killed. Residents said
    [[dozens of shops|housing;a=Residents]] at a roadside bazaar were damaged by the fire. The
    provincial health department said
    [[11 people|injured;a=The provincial health department]] had been admitted to the regional
    hospital in Herat with burns. The highway, built in the {{1960s}}, carries traffic through
    the night, and many drivers cover the {{560 km}} between the two cities without a
    rest.""",
)

item(
    "Bus collides with truck in Tanzania's Singida region",
    """DAR ES SALAAM (Nation Africa) - [[Twenty-one people|killed;a=Regional Police Commander
    Stella Mutabihirwa]] died and [[37|injured;a=Regional Police Commander Stella Mutabihirwa]]
    were injured when a bus travelling from Mwanza to Dar es Salaam hit a truck at Mtundu
    village in Singida on Wednesday night, Regional Police Commander Stella Mutabihirwa said.
    She said the bus was travelling at more than {{100 kilometres per hour}} in a
    {{50 km/h}} zone. The bus driver and his conductor
    were among the dead. [[Twelve of the injured|injured;n=-]] were transferred to Benjamin Mkapa
    Hospital in Dodoma.
    The bus was carrying [[60 passengers|other;a=police]], five more than it
    was licensed for, police said. President Samia Suluhu Hassan sent condolences and directed
    the police to step up checks on long-distance buses; [[more than 1,200
    drivers|arrested;a=police]]
    were arrested for speeding in the first half of the year, police said.""",
)

item(
    "Minibus plunges into Trishuli river, dozens missing",
    """KATHMANDU (Reuters) - Rescuers searched a swollen river in central Nepal on Friday for
    [[two buses|other]] swept off the Narayangadh-Mugling highway by a landslide, with
    [[63 people|missing;a=police]] feared dead, police said. Police spokesman Dan Bahadur Karki
    said [[three passengers|other;a=Police spokesman Dan Bahadur Karki]] had managed to jump out
    and swim to the bank. [[More than 100 rescuers|other]], including army divers and
    [[50 police|combatants]], searched the river, where the current was running at about
    {{12 metres per second}}. [[Seven bodies|killed]] had been found as far as
    {{70 km}} downstream by Saturday evening.""",
)

item(
    "Road safety week opens with call to cut speed limits",
    """The government opened National Road Safety Week on Monday with a call to lower urban
    speed limits to {{30 km/h}} near schools and markets. Road crashes are the leading cause of
    death for people aged {{5 to 29}}, the World Health Organization says, and the country
    aims to halve road deaths by {{2030}}. Officials said compulsory helmet rules had cut
    motorcycle fatalities by {{18 per cent}} in {{two years}}, while a {{Sh2 billion}} programme
    will install speed cameras on {{480 kilometres}} of highway by {{December 2026}}.""",
)
