"""dev209 negatives, roads, buses and bridges: a bus crash, floods and a quake, tractor and taxi
blockades, a bus hostage-taking and a lorry-theft gang, tolls and congestion charges, a highway
landing drill, a border reopened by peace, a street race and two bridge openings, 2016-2025.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Senegal bans night bus travel after collision near Kaffrine kills 40",
        "Senegal will ban intercity buses from travelling at night and limit the import of used "
        "tyres after two buses collided head-on near the central town of Kaffrine, killing 40 "
        "people, the government said on Monday. The crash happened at about 03:30 on Sunday on "
        "national highway 1 near the village of Sikilo, when one of the buses burst a tyre, "
        "swerved into the opposite lane and hit an oncoming vehicle, according to the public "
        "prosecutor. Dozens of injured passengers were taken to hospitals in Kaffrine and "
        "Kaolack. Most of those on board were heading to or returning from a religious gathering. "
        "President Macky Sall declared three days of national mourning and convened an emergency "
        "cabinet meeting. Interior minister Antoine F\u00e9lix Diome announced 22 measures, among "
        "them stricter checks on vehicle roadworthiness and a ban on converting goods vehicles to "
        "carry passengers. Transport unions said the government should also repair the roads, many "
        "of which are narrow and unlit. Road accidents kill hundreds of people a year in Senegal, "
        "where many buses are decades old.",
        "accident",
    ),
    (
        "Valencia floods cut motorways and high-speed line; rebuilding to take months",
        "Spain's transport ministry said on Monday that the high-speed rail line between Madrid and "
        "Valencia would stay closed for at least two weeks, and that stretches of the A-3 and A-7 "
        "motorways would need months of work, after last week's flash floods swept away bridges and "
        "embankments. More than 200 people died in the Valencia region when a year's worth of rain "
        "fell in a few hours, turning streets in towns such as Paiporta and Sedav\u00ed into "
        "torrents. Thousands of cars were left piled on top of each other in underpasses and "
        "industrial estates, and the army's emergency unit, the UME, has been towing them away. "
        "Adif, the rail infrastructure manager, said a tunnel near Chiva had been filled with mud "
        "and parts of the track had been washed out. Commuter lines south of Valencia were also out "
        "of service, and the city's metro reopened only partly. Transport minister \u00d3scar "
        "Puente said an alternative route via Cuenca and a shuttle of buses would be put in place. "
        "Hauliers said goods traffic between the port of Valencia and Madrid had been disrupted at "
        "a cost of tens of millions of euros a day. Volunteers from across Spain have been arriving "
        "to help clear mud from homes and shops.",
        "disaster",
    ),
    (
        "Quake cuts off Kaikoura as landslides bury State Highway 1",
        "Hundreds of tourists were airlifted out of the seaside town of Kaikoura on Tuesday after a "
        "magnitude 7.8 earthquake triggered landslides that cut every road in and out, New "
        "Zealand's civil defence said. Sections of State Highway 1 along the coast were buried "
        "under tonnes of rock and mud, and the main north railway line was twisted and pushed off "
        "its alignment. Two people were killed. Air force NH90 helicopters and the navy ship HMNZS "
        "Canterbury were sent to ferry visitors to Christchurch, while local people were told to "
        "conserve water. The NZ Transport Agency said the coastal highway could stay closed for "
        "months and that freight would have to go through the Lewis Pass, adding hours to "
        "journeys. KiwiRail said the Coastal Pacific train would not run this summer. Scientists "
        "said the quake had lifted parts of the seabed by up to two metres. Prime minister John Key "
        "flew over the area and said the damage was \u201cutter devastation\u201d.",
        "disaster",
    ),
    (
        "Farmers block motorway ramps across Germany with tractors in week of protest",
        "Thousands of farmers drove tractors onto roads across Germany on Monday, blocking motorway "
        "slip roads and city centres at the start of a week of protests against plans to scrap tax "
        "breaks on agricultural diesel. Police said more than 100,000 tractors and lorries had "
        "taken part, and that traffic was blocked on access roads to the A1, A7 and A9 motorways. "
        "In Berlin, a column of tractors filled the avenue leading to the Brandenburg Gate, and "
        "commuters in Munich and Hamburg reported long jams. Joachim Rukwied, the president of the "
        "farmers' association, said the government had declared war on rural Germany. Most of the "
        "protests were peaceful, though police in Lower Saxony said a few demonstrators had been "
        "detained for blocking a bridge without permission. The government has already backed down "
        "on part of the plan and said vehicle tax exemptions would remain. Hauliers' associations "
        "and some train drivers joined the protests. Agriculture minister Cem \u00d6zdemir said "
        "he understood the anger but warned against the movement being hijacked by the far right.",
        "protest",
    ),
    (
        "Taxi drivers block Paris ring road and airport access over patient transport fares",
        "Hundreds of taxi drivers blocked lanes of the Paris p\u00e9riph\u00e9rique and slowed "
        "traffic on roads to Orly and Charles de Gaulle airports on Tuesday in protest against a "
        "cut in the fares paid by the national health insurer for carrying patients to hospital. "
        "Drivers parked their cars across the boulevard Raspail near the health ministry and "
        "sounded their horns. The cut, due to take effect in the autumn, would reduce the income of "
        "thousands of rural taxi drivers who depend on medical trips, their unions say. Some "
        "protesters also complained about competition from ride-hailing apps. Police said the "
        "protest was calm and that six people had been arrested for refusing to move their "
        "vehicles. Passengers at Orly were advised to leave extra time and take the train. Prime "
        "minister Fran\u00e7ois Bayrou agreed to meet union leaders on Saturday. Similar "
        "go-slow convoys were held in Toulouse, Lyon, Pau and Bordeaux.",
        "protest",
    ),
    (
        "Police sniper kills bus hijacker on Rio-Niter\u00f3i bridge; all 37 hostages freed",
        "A police sniper shot dead a man who had held 37 people hostage on a bus on the "
        "Rio-Niter\u00f3i bridge for almost four hours on Tuesday morning, Rio de Janeiro "
        "state police said. The man, identified as a 20-year-old from S\u00e3o Gon\u00e7alo, "
        "boarded the bus at about 05:30, threatened passengers with what turned out to be a toy "
        "gun and a taser, and poured petrol inside the vehicle. He released six hostages in "
        "groups during negotiations. When he stepped out of the door and threw an object towards "
        "police, a marksman of the Bope special operations battalion fired. No passengers were "
        "hurt. Police said the man had a history of mental illness and that no motive had been "
        "established. Traffic on the 13 km bridge, which links Rio with Niter\u00f3i and carries "
        "about 150,000 vehicles a day, was halted in both directions, causing jams across the "
        "city. State governor Wilson Witzel, who arrived by helicopter, was filmed punching the air "
        "in celebration, which drew criticism from human rights groups.",
        "crime",
    ),
    (
        "Gang that hijacked lorries loaded with iPhones on M1 jailed for 60 years",
        "Seven men who stopped lorries on the M1 and M6 by posing as police officers and stole "
        "electronics worth more than \u00a35m were jailed for a combined 60 years at Leicester "
        "Crown Court on Friday. The gang followed HGVs from distribution centres in Northamptonshire "
        "and used an unmarked car fitted with blue lights to pull them into lay-bys at night. "
        "Drivers were tied up and left in the back of vans while the trailers were driven to "
        "farm buildings and emptied of phones, laptops and games consoles. The court heard that one "
        "driver had been punched and threatened with a knife. Detectives from the National Vehicle "
        "Crime Intelligence Service linked the raids through number plate cameras. Road Haulage "
        "Association figures show cargo theft costs the industry tens of millions of pounds a "
        "year, and hauliers have long complained about the lack of secure parking. The judge said "
        "the operation had been \u201csophisticated and ruthless\u201d.",
        "crime",
    ),
    (
        "Trump moves to kill Manhattan congestion charge; Hochul says 'see you in court'",
        "The US Department of Transportation said on Wednesday it was rescinding its approval of "
        "New York's congestion pricing programme, the first in the country, setting up a battle "
        "between the Trump administration and the state over the $9 toll on drivers entering "
        "lower Manhattan. Transportation secretary Sean Duffy said the toll was a \u201cslap in "
        "the face\u201d to working people, and President Trump wrote that the scheme was "
        "\u201cdead\u201d, adding \u201cLong live the King!\u201d. Governor Kathy Hochul told "
        "reporters that New York would not back down and that the Metropolitan Transportation "
        "Authority had already filed a lawsuit. The toll, introduced on January 5, has cut traffic "
        "below 60th Street by about 1 million vehicles in its first month, according to the MTA, "
        "and is meant to raise $15bn for subway upgrades. Bus journeys over the Williamsburg "
        "Bridge have become markedly faster. Some commuters from New Jersey and Staten Island "
        "welcomed the move. Cameras will keep charging drivers while the case goes through the "
        "courts.",
        "politics",
    ),
    (
        "French motorway tolls rise again as drivers cry 'highway robbery'",
        "Tolls on French motorways rose by an average of 3.2% on Wednesday, the latest in a series "
        "of increases that motorists' groups call highway robbery. The rise was smaller than the "
        "7% the operators, led by Vinci, Eiffage's APRR and Sanef, had asked for, after the "
        "government made them absorb part of the cost. Transport minister Cl\u00e9ment Beaune "
        "said the concessions, which run until the 2030s, had been a bad deal for the state when "
        "they were privatised in 2006. A senate report estimated that the companies would earn "
        "their investment back years before the contracts end. The association 40 millions "
        "d'automobilistes said some commuters now paid more than \u20ac150 a month to get to "
        "work. Operators say the money pays for maintenance and new lanes. The government is "
        "considering a windfall tax on the groups. A return trip from Paris to Lyon now costs "
        "about \u20ac80 in tolls.",
        "economy",
    ),
    (
        "Finnish Hornets land on highway as air force practises dispersed operations",
        "Finnish air force F/A-18 Hornet fighters landed and took off from a stretch of main road "
        "in central Finland on Wednesday, as part of an exercise to practise operating away from "
        "air bases in case they were attacked. Road 4 near Joutsa was closed to traffic for three "
        "days, and drivers were diverted along country roads. Conscripts refuelled and rearmed "
        "the aircraft at the roadside, and ground crews practised changing tyres in under an "
        "hour. The air force has rehearsed road landings since the Cold War, but this was the "
        "first exercise of its kind since Finland joined NATO, and American F-35s also took "
        "part. Hundreds of spectators gathered on a hill to watch. A local hotelier said the "
        "closure had brought more business than it cost. The road is due to reopen on Friday "
        "morning.",
        "military",
    ),
    (
        "Ethiopia-Eritrea border crossings reopen after 20 years, trucks and families pour through",
        "Ethiopia and Eritrea reopened two crossing points on their shared border on Tuesday for "
        "the first time in 20 years, letting trade and travel resume between the neighbours after "
        "a peace deal signed in July. Prime minister Abiy Ahmed and President Isaias Afwerki "
        "attended ceremonies at Bure, on the road to the Eritrean port of Assab, and at "
        "Zalambessa, on the route to Asmara. Families separated since the war of 1998-2000 "
        "embraced on the road, and trucks loaded with goods crossed in both directions. Ethiopian "
        "Airlines resumed flights to Asmara in July, and Eritrea's ambassador said buses would "
        "soon run between the capitals. Landlocked Ethiopia wants to use Assab and Massawa to cut "
        "its dependence on the port of Djibouti, which handles about 90% of its foreign trade. "
        "Road engineers say the Bure highway will need resurfacing before heavy traffic can use "
        "it. The two leaders also said their armies would pull back from the border.",
        "peace",
    ),
    (
        "Las Vegas Grand Prix: Strip businesses say road closures left them under siege",
        "Owners of restaurants and shops along the Las Vegas Strip said the weeks of road "
        "closures, grandstand building and bridge covers for the first Las Vegas Grand Prix had left "
        "them under siege, and some have filed a class action against the race organisers. "
        "The first practice session on Thursday night was abandoned after only eight minutes "
        "when Carlos Sainz's Ferrari hit a loose water valve cover, wrecking the car's floor. "
        "Fans were sent out of the grandstands at 02:00 without seeing any running. Formula One "
        "said it would not refund tickets, offering a $200 voucher for the merchandise store "
        "instead. The race itself, won by Max Verstappen after a wheel-to-wheel battle with "
        "Charles Leclerc, drew praise from drivers. Clark County officials said traffic would "
        "return to normal within days, though some restrictions will remain as the temporary "
        "structures are taken down. Taxi drivers said fares had collapsed during race week.",
        "sport",
    ),
    (
        "World's longest sea crossing opens between Hong Kong, Zhuhai and Macau",
        "President Xi Jinping on Tuesday opened the 55 km bridge and tunnel linking Hong Kong with "
        "Zhuhai and Macau, the longest sea crossing in the world, nine years after work began. The "
        "link, which cost about $20bn, cuts the driving time from Hong Kong's airport to Zhuhai from "
        "four hours to about 45 minutes. A 6.7 km tunnel runs beneath the shipping lanes of the "
        "Pearl River estuary between two artificial islands. Only vehicles with special permits "
        "will be able to use it at first, and shuttle buses will carry most passengers. Critics "
        "in Hong Kong say the bridge is over budget and ties the city more tightly to the "
        "mainland. Environmental groups say numbers of Chinese white dolphins in the estuary have "
        "fallen during construction. Officials expect about 9,200 vehicles a day by 2030.",
        "other",
    ),
    (
        "Tanzania opens Magufuli bridge across Lake Victoria's Mwanza Gulf",
        "Tanzania opened the John Pombe Magufuli bridge across the Mwanza Gulf of Lake Victoria on "
        "Thursday, replacing a ferry crossing that could take hours with a drive of a few minutes. "
        "The 3 km cable-stayed bridge between Kigongo and Busisi is the longest in East Africa, "
        "and cost about 716 billion shillings, paid for by the government. President Samia "
        "Suluhu Hassan named it after her predecessor, who launched the project in 2020 and died "
        "the following year. Traders in Mwanza said the bridge would make it cheaper to move fish, "
        "cotton and gold to markets in Geita and Kagera and across the borders to Uganda and "
        "Rwanda. The ferries, which often broke down and were crowded at holiday times, will be "
        "moved to other crossings on the lake. China Civil Engineering Construction Corporation "
        "and China Railway 15 Bureau Group built the bridge. Tolls will be charged for lorries and "
        "buses.",
        "other",
    ),
]
