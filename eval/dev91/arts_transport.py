"""Transport and accidents: a bus in the Andes, a derailment, a ferry, a pile-up in fog, an
airport's traffic, a runway overrun, a metro fire, Europe's road toll, snow at an airport, and
one route launch without a figure."""

from _wrap import item

item(
    "Bus plunges into ravine in Peru's Junín region",
    """
    [[At least 25 people|killed;a=police]] were killed and [[14|injured;a=police]] injured when
    an interprovincial bus plunged about {{200 metres}} into a ravine in Peru's Junín region
    before dawn on Monday, police said. The bus was carrying [[between 40 and 45 passengers|other]] from
    Lima to the jungle town of Satipo when it left the road on a sharp bend near
    {{kilometre 112}}. Firefighters and villagers pulled
    [[11 survivors|other;a=the health ministry]] from the wreck, and
    [[four of them|injured;n=-;a=the health ministry]] were flown to Lima in critical
    condition, the health ministry said. The company that ran the service had been fined
    {{three times}} since {{2021}} for letting drivers work shifts of more than
    {{eight hours}}. Relatives gathered outside the morgue in Huancayo, where
    [[19 of the bodies|killed]] had been identified by Tuesday morning. The regional government
    declared {{three days}} of mourning, and inspectors from the transport regulator, Sutran,
    took [[12 buses|other]] belonging to the same company off the road. Peru's ombudsman's
    office says [[at least 140 people|killed;a=Peru's ombudsman's office]] have died in bus
    crashes in the Andes so far this year. Peru recorded
    [[more than 3,100 road deaths|killed;a=the transport ministry]] in {{2023}}, according to
    the transport ministry.
    """,
)

item(
    "Express derails in Bihar, killing four",
    """
    [[Twenty-one coaches|other;u=other;a=railway officials]] of the North East Express derailed
    near Raghunathpur in Bihar late on Wednesday, killing
    [[four passengers|killed;a=railway officials]] and injuring
    [[more than 70|injured;a=railway officials]], railway officials said. The train had left
    Delhi's Anand Vihar terminal at {{7.40am}} for Kamakhya in Assam with
    [[about 1,800 passengers|other]] on board.
    [[About 60 National Disaster Response Force personnel|other]] worked through the night with
    cranes and gas cutters to reach people trapped in [[two overturned coaches|other;u=other]].
    The railway ministry announced compensation of {{₹10 lakh}} for the family of each of the
    dead and {{₹50,000}} for those seriously hurt.
    [[Twenty-six trains|other;u=other;a=the East Central Railway]] on the route were diverted or
    cancelled on Thursday, the East Central Railway said.
    """,
)

item(
    "Ferry capsizes off Buton island in Southeast Sulawesi",
    """
    [[At least 11 people|killed;a=the local search and rescue agency]] died and
    [[19|missing;a=the local search and rescue agency]] were missing after a wooden ferry
    capsized in heavy swells off Buton island in Southeast Sulawesi on Sunday, the local search
    and rescue agency said. Rescuers and fishermen pulled [[38 people|other]] from the water
    within {{three hours}} of the sinking. The ferry's manifest listed
    [[42 passengers|other;a=The ferry's manifest]], but survivors told reporters there had been
    [[more than 60 people|other;a=survivors]] on board, along with
    [[14 motorcycles|other;a=survivors]]. The agency sent [[two rubber boats|other]] and a navy
    patrol ship, and the search was due to resume at {{6am}} on Monday.
    """,
)

item(
    "Fog pile-up of 49 vehicles on Hunan expressway",
    """
    [[Two people|killed;a=police]] were killed and [[23|injured;a=police]] hurt in a pile-up of
    [[49 vehicles|other;a=police]] on an expressway in central Hunan province on Saturday
    morning, when thick fog cut visibility to less than {{50 metres}}, police said. Traffic
    police closed a {{30 km}} stretch of the road for {{nine hours}}, leaving
    [[thousands of motorists|other]] stuck in queues.
    [[More than 300 firefighters and rescuers|other;n=firefighters and rescuers]] were sent to
    the scene. The provincial weather bureau had issued an orange fog alert at {{5am}}. It was
    the province's worst crash on a motorway since {{2019}}.
    """,
)

item(
    "Dubai International handles a record 92.3 million passengers",
    """
    Dubai International handled
    [[a record 92.3 million passengers|other;a=Dubai Airports]] in {{2024}}, up {{6%}} from a
    year earlier, Dubai Airports, the operator, said on Tuesday. The airport also handled
    [[about 440,000 flights|other]] and [[2.2 million tonnes|other]] of cargo. India was the
    busiest destination market, with [[11.9 million passengers|other]], ahead of Saudi Arabia
    and Britain. [[More than 100 airlines|other;u=other]] fly from the airport to
    [[over 260 destinations|other;u=other]]. The operator expects
    [[96 million passengers|other;p;a=The operator;alt=Dubai Airports]] this year. Over the next
    decade, flights will move to Al Maktoum International, which will be able to handle
    [[260 million passengers a year|capacity;p;n=passengers]] once its {{$35 billion}}
    expansion is complete.
    """,
)

item(
    "Airliner skids off runway on San Andrés island",
    """
    An AeroAndes Airbus {{A320}} carrying [[126 passengers|other;a=the airline;alt=AeroAndes]] and
    [[six crew members|other;a=the airline;alt=AeroAndes]] skidded off the runway after landing in heavy rain
    on Colombia's San Andrés island on Friday, and [[nine people|injured;a=the airline;alt=AeroAndes]] were
    treated for minor injuries, the airline said. Flight {{AD4371}} from Bogotá touched down at
    {{3.52pm}}, and its nose gear sank into soft ground about {{80 metres}} past the end of the
    runway. Colombia's civil aviation authority said the island's only runway was closed for
    {{14 hours}}, forcing the diversion or cancellation of
    [[38 flights|other;a=Colombia's civil aviation authority]] and leaving
    [[about 4,000 travellers|other;a=Colombia's civil aviation authority]] stranded. The jet,
    delivered in {{2012}}, was towed away on Saturday.
    """,
)

item(
    "Fire shuts Santiago metro line in morning rush",
    """
    A fire in a ventilation shaft shut {{Line 4}} of Santiago's metro during the Tuesday morning
    rush, and staff evacuated [[about 3,500 passengers|displaced;a=Metro de Santiago]] from
    [[two trains|other;u=other;a=Metro de Santiago]] and
    [[six stations|other;u=structure;a=Metro de Santiago]], Metro de Santiago said.
    [[Eleven people|injured;a=the fire service]] were treated for smoke inhalation,
    [[two of them|injured;n=-;a=the fire service]] in hospital, the fire service said. The city
    put [[about 400 extra buses|other]] on the line's route, but queues at stops in Puente Alto
    stretched for blocks until midday. The network carries
    [[some 2.3 million riders|other]] on a typical weekday. Service resumed at {{4.15pm}}.
    """,
)

item(
    "Azores carrier to launch nonstop Boston route",
    """
    Atlântica Airlines will start nonstop flights between Ponta Delgada and Boston on
    {{May 15}}, {{2025}}, using an Airbus {{A321neo}}, the airline said on Monday. Flight
    {{TL 215}} will leave the Azores at {{11.30am}} and land in Boston at {{1.45pm}} local time,
    a journey of about {{six and a half hours}}. Introductory return fares start at {{€389}},
    about {{30%}} below current one-stop fares. The route is the carrier's {{fifth}} to North
    America and was postponed from {{2024}} after delivery delays at Airbus.
    """,
)

item(
    "EU road deaths edge down, far off 2030 goal",
    """
    [[About 20,400 people|killed;a=the European Commission]] were killed in road crashes in the
    European Union in {{2023}}, {{1%}} fewer than a year earlier, the European Commission said,
    citing preliminary data. Sweden and Denmark had the safest roads, with
    {{22 and 26 deaths per million inhabitants}}, while Romania and Bulgaria had the highest
    rates, at {{81 and 82}}. [[Nearly 2,000 cyclists|killed]] died, one of the few groups whose
    toll rose. The Commission estimates that
    [[about 100,000 people|injured;a=The Commission;alt=the European Commission]] were
    seriously injured. The target is to halve road deaths by {{2030}} from
    [[22,660|killed]] in {{2019}}, which would require a fall of about {{8%}} a year.
    """,
)

item(
    "Snow shuts Oslo airport runways for a morning",
    """
    [[About 90 flights|other;a=Avinor]] were cancelled at Oslo Gardermoen on Tuesday after
    {{40 cm}} of snow fell overnight, Avinor, the airport operator, said.
    [[Some 12,000 passengers|other;a=Avinor]] had their journeys disrupted, it said.
    [[More than 150 ploughs and de-icing vehicles|other;n=ploughs and de-icing vehicles]] worked
    through the night, and both runways reopened by {{2pm}}.
    """,
)
