"""Disasters, accidents, crime and health of an ordinary news day (15 articles with figures,
2 without)."""

from _wrap import item

item(
    "Monsoon floods swamp Assam, displacing hundreds of thousands",
    """Floods in India's northeastern state of Assam have affected
    [[more than 1.6 million people|civilians;a=the state disaster management authority;v=1600000]]
    in most of its districts, the state disaster management authority said on
    Wednesday, after days of heavy rain swelled the Brahmaputra. The authority said
    [[11 more people|killed;a=The authority;alt=the state disaster management authority]] had
    died in the past {{24 hours}}, taking this year's toll from floods and landslides to
    [[66|killed;a=The authority;alt=the state disaster management authority]]. [[Some
    270,000 people|displaced]] were staying in [[612 relief camps|capacity]] across the
    state. The water covered [[about 42,000 hectares|other]] of crops and submerged
    [[more than 2,800 villages|other]], officials said. In Kaziranga National Park,
    [[114 wild animals|killed;u=other;a=park director Sonali Ghosh]] had drowned, including
    [[nine rhinos|killed;u=other;a=park director Sonali Ghosh]], park director Sonali Ghosh
    said. The army deployed [[20 columns|other;u=other]] to help with rescues. Chief Minister
    Himanta Biswa Sarma announced {{4 lakh rupees}} in compensation for each family that lost
    a relative.""",
)

item(
    "Bus plunges into ravine in Peru's Andes",
    """A passenger bus plunged about {{200 metres}} into a ravine in Peru's Ayacucho region
    early on Monday, killing [[at least 24 people|killed;a=police]], police said. The bus,
    operated by the company Molina Union, was carrying [[about 50 passengers|other]] from
    Lima to the city of Ayacucho when it left the road at around {{5am}}. The regional health
    directorate said [[18 injured|injured;a=The regional health directorate]] were taken to
    hospitals in Huanta, [[three of them|injured;n=-;a=The regional health directorate]] in
    critical condition. Firefighters and [[40 police officers|other]] worked for
    {{eight hours}} to recover the bodies. Investigators are examining whether the driver, a
    {{46-year-old}} man who also died, had fallen asleep. Peru's transport regulator said
    [[more than 3,100 people|killed;a=Peru's transport regulator]] died on the country's roads
    last year. Transport minister Raul Perez said the ministry would inspect
    [[500 intercity buses|other;u=other;p;a=Transport minister Raul Perez]] over the next
    {{month}}.""",
)

item(
    "Earthquake in western Afghanistan flattens mud-brick villages",
    """A {{6.3-magnitude}} earthquake struck Herat province in western Afghanistan on Saturday,
    killing [[at least 120 people|killed;a=a spokesman for the national disaster authority]],
    a spokesman for the national disaster authority said. The spokesman, Mullah Janan Saiq,
    said [[more than 1,000 people|injured;a=Mullah Janan Saiq]] were injured and
    [[about 600 houses|housing;a=Mullah Janan Saiq]] were destroyed in
    [[12 villages|other;a=Mullah Janan Saiq]] of Zindajan district. The quake hit at a depth
    of {{14 km}}, the US Geological Survey said, and was followed by [[at least eight strong
    aftershocks|other;u=other;a=the US Geological Survey]]. The World Health Organization sent [[12 ambulances|aid]] and said it had
    supplies for [[10,000 patients|aid;a=it;alt=The World Health Organization]]. The Red
    Crescent said [[about 1,500 families|displaced;a=The Red Crescent]] were sleeping in the
    open as night temperatures dropped to {{4C}}. The UN said it had released {{$5 million}}
    from an emergency fund.""",
)

item(
    "Fire at Kuwait labour housing kills migrant workers",
    """A fire tore through a building housing foreign workers in Kuwait's southern Mangaf
    district early on Wednesday, killing [[49 people|killed;a=the interior ministry]], the
    interior ministry said. Most of the victims were Indian nationals, and the Indian embassy
    said [[at least 40 of the dead|killed;n=dead;a=the Indian embassy]] were from India.
    Officials said [[about 195 workers|other]] lived in the {{six-storey}} building, which
    belonged to a construction company. [[Fifty people|injured;a=the health ministry]] were
    treated in hospital, the health ministry said. Firefighters said the blaze began in a
    guard's room on the ground floor at around {{4:30am}}. Police arrested
    [[three people|arrested]], [[one of them|arrested;n=-]] an Egyptian citizen, on suspicion
    of manslaughter and negligence. Migrant workers make up about {{two thirds}} of Kuwait's
    population of [[4.9 million|civilians;v=4900000]]. The company said it would pay {{$15,000}} to each victim's
    family.""",
)

item(
    "Police seize record cocaine haul at Ecuador port",
    """Ecuadorian police seized [[22 tonnes|other;a=Interior minister Monica Palencia]] of
    cocaine hidden in a shipment of bananas at the port of Guayaquil, Interior minister Monica
    Palencia said on Sunday, the largest seizure in the country's history. The drugs were
    found in [[seven containers|other]] bound for Belgium.
    Police arrested [[two people|arrested]] in the port and [[four others|arrested]] in
    raids on warehouses in Machala. The value of the drugs was estimated at about
    {{$800 million}}. Ecuador seized [[about 200 tonnes|other;a=official figures]] of drugs
    last year, according to official figures, with Guayaquil's port handling about {{70%}} of
    the country's exports. The country's murder rate reached {{47}} per {{100,000}}
    inhabitants in {{2023}}. President Daniel Noboa, who declared an "internal armed
    conflict" against [[22 gangs|other;u=other]] in {{January}}, has deployed
    [[thousands of soldiers|combatants]] to ports and prisons.""",
)

item(
    "Measles cases climb in Texas outbreak",
    """Health officials in Texas reported [[another 22 measles cases|other;a=Health officials in Texas]]
    on Tuesday, bringing the total in an outbreak that began in {{January}} to
    [[481|other;u=other;a=Health officials in Texas]]. The Texas Department of State Health Services
    said [[56 patients|injured;a=The Texas Department of State Health Services]] had been
    hospitalised. [[Two unvaccinated children|killed]] have died in the outbreak, the first
    measles deaths in the United States in a decade. Most of the cases are in Gaines County, a
    rural area with [[about 22,000 residents|civilians]], where many children are not
    vaccinated. The Centers for Disease Control and Prevention said it had sent
    [[2,000 doses|aid;a=The Centers for Disease Control and Prevention]] of vaccine and a team
    of [[eight epidemiologists|other;a=The Centers for Disease Control and Prevention]]. Nationwide, [[more than 600 cases|other;a=the CDC]] have
    been recorded nationwide this year, according to the CDC. The MMR vaccine is about
    {{97%}} effective after {{two}} doses.""",
)

item(
    "Heatwave deaths in Pakistan's Sindh overwhelm morgues",
    """A heatwave in Pakistan's southern Sindh province has killed
    [[at least 568 people|killed;a=the Edhi Foundation]] in {{six days}}, the Edhi Foundation,
    which runs ambulances and morgues in Karachi, said on Thursday. Faisal Edhi, who heads the
    charity, said its morgue had received [[141 bodies|killed;a=Faisal Edhi]] on Tuesday
    alone. Temperatures in Karachi reached {{42C}}, with humidity making it feel like
    {{over 50C}}. The provincial health department said
    [[more than 2,400 people|injured;a=The provincial health department]] had been treated
    for heatstroke at public hospitals. Frequent power cuts left
    [[tens of thousands of households|civilians]] without fans or water pumps. The city government
    opened [[28 cooling centres|capacity;u=structure]]. Karachi's population is
    [[about 20 million|civilians]]. A heatwave in {{2015}} killed
    [[more than 1,200 people|killed]] in the city.""",
)

item(
    "Cyclone makes landfall in Mozambique's north",
    """Cyclone Chido made landfall in northern Mozambique on Sunday with winds of up to
    {{260 km/h}}, killing [[at least 34 people|killed;a=the National Institute for Disaster Risk Management]],
    the National Institute for Disaster Risk Management said. The institute said
    [[more than 174,000 people|civilians;a=The institute;alt=the National Institute for Disaster Risk Management]]
    had been affected in Cabo Delgado and Niassa provinces, and that
    [[about 35,000 houses|housing;a=The institute;alt=the National Institute for Disaster Risk Management]]
    were partially or totally destroyed. [[More than 50 schools|housing;u=structure]] and
    [[20 health units|housing;u=structure]] were also damaged. Before reaching Mozambique, the
    storm devastated the French territory of Mayotte, where officials fear
    [[several hundred|killed;a=officials]] may have died. UNICEF said
    [[90,000 children|civilians;a=UNICEF]] in Mozambique needed assistance. The government
    opened [[14 accommodation centres|capacity]] in Pemba.""",
)

item(
    "Three arrested after armed robbery at Paris jewellers",
    """French police have arrested [[three men|arrested;a=the Paris prosecutor's office]] in
    connection with an armed robbery at a jeweller's on the Place Vendome, the Paris
    prosecutor's office said on Friday. The robbers, who arrived on [[two motorbikes|other]],
    smashed the shop's windows with axes and took [[about 40 watches|other;u=other]] and
    jewellery worth an estimated {{10 million euros}}, the office said. The suspects, aged
    {{19}} to {{24}}, were detained in raids in Seine-Saint-Denis. [[Two security guards|injured]]
    were slightly hurt. Investigators recovered [[12 of the watches|other;u=other;a=Investigators]],
    a police source told AFP. The jeweller was robbed of pieces worth {{3 million euros}} in
    {{2021}}. Paris has recorded [[more than 60 robberies|other;u=other;a=police statistics]]
    of luxury shops since {{2023}}, according to police statistics.""",
)

item(
    "Cholera spreads in Zambia's capital",
    """Zambia's health ministry said on Monday it had recorded
    [[more than 10,000 cholera cases|other;a=Zambia's health ministry]] and
    [[412 deaths|killed;a=Zambia's health ministry]] since the outbreak began in {{October}},
    as the disease spread through crowded townships of Lusaka. Health minister Sylvia Masebo
    said [[about 1,000 patients|injured;a=Health minister Sylvia Masebo]] were being treated in
    [[40 centres|capacity;u=structure]], including the National Heroes Stadium, which has been
    turned into a treatment facility with [[1,000 beds|capacity]]. President Hakainde
    Hichilema postponed the reopening of schools by {{two weeks}}. The government said it was
    delivering [[2.4 million litres|aid]] of clean water a day by truck. The WHO has shipped
    [[1.7 million doses|aid;a=The WHO;v=1700000]] of oral vaccine. The outbreak is the
    country's worst since {{2017}}.""",
)

item(
    "Mine collapse traps workers in Venezuela",
    """An illegal gold mine collapsed in Venezuela's Bolivar state on Tuesday, burying
    [[dozens of miners|missing]], authorities said. Civil protection chief Lisandro Cabello
    said [[16 bodies|killed;a=Civil protection chief Lisandro Cabello]] had been recovered and
    [[about 20 people|injured;a=Civil protection chief Lisandro Cabello]] rescued alive, some
    with fractures. Local officials said [[between 150 and 200 people|other;a=Local officials]] were
    working at the Bulla Loca pit when a wall of earth gave way. Rescuers were flown in by
    [[two helicopters|other]] from Ciudad Bolivar, about {{180 km}} away. The mine sits inside
    the Orinoco Mining Arc, where monitoring group SOS Orinoco says
    [[more than 1,000 illegal mines|other;u=other;a=monitoring group SOS Orinoco]] operate.
    Gold accounts for a growing share of Venezuela's exports since oil sanctions were imposed
    in {{2019}}. Relatives waited through the night at the site.""",
)

item(
    "Greek wildfire forces evacuation of Athens suburbs",
    """A wildfire fanned by strong winds spread to the northeastern suburbs of Athens on
    Monday, forcing the evacuation of [[thousands of residents|displaced]] and destroying
    [[dozens of homes|housing]]. The fire service said
    [[more than 700 firefighters|other;a=The fire service]] backed by
    [[199 vehicles|other;a=The fire service]] and [[35 aircraft|other;a=The fire service]]
    were battling the blaze, which began near Varnavas, about {{35 km}} from the capital.
    [[A woman|killed;v=1]] was found dead in a factory in Patima Halandriou, police said.
    Hospitals treated [[14 people|injured]] for burns and breathing problems. The blaze has
    burned about {{10,000 hectares}}, the EU's Copernicus service estimated. Greece sent
    [[more than 15 text alerts|other;u=other]] ordering residents to leave. Italy, France,
    Serbia and Turkey sent help under the EU's civil protection mechanism.""",
)

item(
    "Ferry capsizes on Congo river",
    """An overloaded boat capsized on the Fimi river in western Democratic Republic of Congo
    late on Friday, killing [[at least 25 people|killed;a=provincial authorities]], provincial
    authorities said. The boat was carrying [[more than 270 passengers|other]] and
    [[several hundred bags|other]] of goods from Mushie to Kinshasa when it hit a sandbank in
    the dark, said Mai-Ndombe provincial spokesman Alexis Mputu. He said
    [[more than 100 people|missing;a=Alexis Mputu]] were still missing, and
    [[about 140 survivors|other;a=Alexis Mputu]] had swum ashore. Boats on Congo's rivers
    often sail at night to avoid inspections and are rarely equipped with life jackets. In
    {{October}}, [[78 people|killed]] drowned when a boat sank on Lake Kivu. Congo's transport
    ministry has banned night navigation several times, most recently in {{2023}}.""",
)

item(
    "Food poisoning sends schoolchildren to hospital in Kenya",
    """[[More than 120 pupils|injured;a=county officials]] at a boarding school in Kenya's Kisii county were
    taken to hospital after eating a lunch of beans and maize on Thursday, county officials
    said. County health chief Dr Sarah Omache said [[104 of them|injured;n=-;a=County health chief Dr Sarah Omache]]
    had been treated and discharged, while [[16|injured;a=County health chief Dr Sarah Omache]]
    remained under observation. The school, which has [[about 1,300 students|other]], was
    closed for {{a week}}. Police said [[two cooks|arrested;a=Police]] were questioned and
    released. Samples were sent to the government laboratory in Nairobi, about {{300 km}}
    away. It was the {{third}} such case in the county this year. Kenya's education ministry
    said it would inspect the kitchens of [[all 9,000 boarding schools|other;u=structure;p;a=Kenya's education ministry]]
    in the country before the next term.""",
)

item(
    "Heavy snow strands drivers on Chinese motorways",
    """Heavy snow in central China's Hubei province stranded drivers on motorways for a
    {{second}} day on Tuesday, with queues stretching more than {{20 km}} near Jingzhou. State
    broadcaster CCTV said temperatures fell to {{minus 6C}} and snow depth reached
    {{30 cm}} in places. Railway services were cut on the Beijing-Guangzhou high-speed line for
    {{several hours}}, and the city of Wuhan closed its airport until {{6pm}}. The cold snap
    came {{days}} before the Spring Festival holiday, the world's largest annual migration. The National Meteorological Center issued its {{second-highest}}
    alert level and forecast snow until {{February 7}}. Officials said road salt reserves were
    adequate.""",
)

item(
    "Toxic smog closes schools in Lahore",
    """Authorities in Pakistan's Punjab province closed primary schools in Lahore for
    {{a week}} on Monday as the air quality index passed {{1,000}}, more than {{60 times}} the
    World Health Organization's guideline for fine particles. The provincial government said
    the measure would last until {{November 17}}. Lahore, a city on the Indian border, has
    ranked as the world's most polluted city on several days this month. Officials blamed crop
    burning across the border and vehicle exhaust. Marriyum Aurangzeb, the province's senior
    minister, said offices would work at {{50%}} capacity. The smog season usually lasts from
    {{October}} to {{January}}.""",
)

item(
    "Thai police free trafficking victims from border scam compound",
    """Thai and Myanmar authorities have freed [[more than 260 people|kidnapped;a=Thai police]]
    held in scam compounds across the border from Mae Sot, Thai police said on Thursday. The
    victims came from [[at least 20 countries|other;u=other;a=police]], including
    [[about 100 Chinese nationals|kidnapped;a=police]] and
    [[dozens of Africans|kidnapped;a=police]], police said. [[Seven of them|injured;n=-]] were taken to
    hospital in Mae Sot with injuries they said were caused by beatings. Thailand cut power
    and internet to the area in {{February}}. Police arrested
    [[four Thai suspects|arrested]] accused of smuggling workers across the Moei river. The UN
    estimates that [[at least 120,000 people|kidnapped;a=The UN]] are held in scam operations
    in Myanmar and [[roughly 100,000|kidnapped;a=The UN]] in Cambodia. China sent
    [[three chartered flights|other;p]] to bring its citizens home next week. The compounds
    earn an estimated {{$40 billion}} a year, according to the US Institute of Peace.""",
)
