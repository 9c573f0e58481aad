"""dev247 negatives, trade: the industry and politics of the car with their war words used
loosely (price wars, trade wars, "war on motorists", battles over charges), peaceful strikes and
road protests, and ordinary motoring news. (title, text, kind code)."""

NEGATIVES = [
    (
        "BYD fires new shot in China's EV price war with cuts of up to a third",
        "BYD has cut the prices of 22 electric and hybrid models by as much as 34%, the latest salvo "
        "in a price war that has squeezed margins across China's car industry. The cheapest version "
        "of its Seagull hatchback now starts at 55,800 yuan, the company said on Friday. Shares in "
        "BYD fell more than 8% in Hong Kong, and rivals including Geely, Leapmotor and Great Wall "
        "dropped too, as investors braced for another round of retaliatory cuts. The China "
        "Association of Automobile Manufacturers warned that “disorderly” competition was hurting "
        "suppliers and dealers, some of which have gone months without being paid. Dozens of smaller "
        "brands have gone bust in the past two years. Analysts at Bernstein said only a handful of "
        "carmakers in China were making money. Industry regulators have called in executives for "
        "talks on pricing.",
        "economy",
    ),
    (
        "EU slaps tariffs on Chinese electric cars, raising fears of trade war",
        "The European Commission will impose extra tariffs of up to 35.3% on electric cars imported "
        "from China, it said on Tuesday, after an investigation concluded that Chinese makers had "
        "benefited from unfair state subsidies. The duties, which come on top of the standard 10% "
        "import tariff, vary by company: BYD faces 17%, Geely 18.8% and SAIC 35.3%. Tesla, which "
        "builds cars in Shanghai for export to Europe, was given a lower rate. Beijing called the "
        "move protectionist and said it would take “all necessary measures” to defend its companies, "
        "having already opened anti-dumping inquiries into European brandy and pork. German carmakers, "
        "which sell millions of cars in China, had lobbied against the tariffs. Volkswagen said the "
        "decision was the wrong approach. Talks on a minimum-price deal as an alternative are "
        "continuing.",
        "economy",
    ),
    (
        "São Paulo's armoured car makers cannot keep up with demand",
        "Companies that fit bulletproof glass and steel plates to cars in Brazil say they have "
        "waiting lists of several months, as wealthy drivers and executives worried about robberies "
        "at traffic lights order armoured versions of SUVs and even compact hatchbacks. Brazil's "
        "armouring association Abrablin said its members armoured more than 30,000 vehicles last year, "
        "a record, most of them in São Paulo state. Armouring a Toyota Corolla Cross to the most common "
        "standard, which stops rounds from most handguns, costs around 70,000 reais and takes about "
        "three weeks. The Brazilian army must approve every conversion and every company in the "
        "trade. Used armoured cars are also in demand, dealers said. The industry has grown as "
        "insurers have raised premiums for the models most often stolen. Some drivers now lease "
        "their armoured cars by the month.",
        "economy",
    ),
    (
        "Nissan and Honda call off merger talks after battle over control",
        "Nissan and Honda have ended talks on a merger that would have created the world's "
        "third-largest carmaker by sales, the two companies said on Thursday, after Nissan rejected a "
        "proposal that would have made it a subsidiary of its larger rival. People familiar with the "
        "talks said the two sides had clashed over the terms and the pace of Nissan's restructuring. "
        "Shares in Nissan fell 4.9% in Tokyo. The Taiwanese electronics group Foxconn, which has "
        "ambitions in electric vehicles, had approached Renault about buying its stake in Nissan, "
        "raising the prospect of a hostile move, according to Japanese media. Nissan is cutting "
        "9,000 jobs and a fifth of its production capacity. Its chief executive said the company "
        "would look for new partners. Honda said the two firms would keep working together on "
        "electric-vehicle software.",
        "economy",
    ),
    (
        "Supermarkets start petrol price war as wholesale costs fall",
        "Asda cut the price of petrol by 5p a litre at all its filling stations on Friday, and Tesco "
        "and Sainsbury's followed within hours, in what the RAC called the start of a long-awaited "
        "price war on Britain's forecourts. Unleaded now costs as little as 136.7p a litre at some "
        "supermarket sites, the lowest since early 2022. The RAC said wholesale prices had fallen for "
        "weeks but retailers had been slow to pass the savings on to drivers. The Competition and "
        "Markets Authority has accused the big retailers of raising their margins since the energy "
        "crisis. Independent forecourt owners said they could not match the cuts. Motoring groups "
        "urged drivers to shop around. Diesel is still around 10p a litre dearer than petrol at most "
        "stations. "
        "The price of a full tank on a typical family car has fallen by about £5 in a month.",
        "economy",
    ),
    (
        "Lidar makers' arms race drives sensor prices below $200",
        "The price of the laser sensors that self-driving and driver-assistance systems use to see "
        "the road has fallen below $200 a unit, as Chinese manufacturers wage what one analyst "
        "called an arms race for carmakers' orders. Hesai, the largest supplier, said it shipped "
        "more than 500,000 lidar units in the last quarter, most of them to Chinese brands such as Li "
        "Auto and Xiaomi. Its rival RoboSense announced a cheaper sensor the same week. Only a few "
        "years ago a single unit cost several thousand dollars. Tesla has refused to use lidar, "
        "arguing that cameras are enough. Western suppliers have struggled to compete on cost, and "
        "one US start-up filed for bankruptcy protection last month. The US government has proposed "
        "restricting Chinese sensors in cars sold in America on security grounds.",
        "economy",
    ),
    (
        "India's electric scooter battle heats up as Bajaj overtakes Ola",
        "Bajaj Auto sold more electric scooters than Ola Electric in India last month, official "
        "registration data show, knocking the former market leader into third place in a fierce "
        "battle for the country's fast-growing two-wheeler market. TVS Motor came second. Ola, "
        "which went public last year, has faced complaints over the quality of its after-sales "
        "service, and its shares have lost more than half their value since their peak. Electric "
        "models still account for only about 6% of two-wheelers sold in India, where hundreds of "
        "millions of people ride scooters and motorcycles. A government subsidy scheme has been cut "
        "back, and companies are fighting for buyers with discounts and cheaper batteries. Ather "
        "Energy, backed by Hero MotoCorp, is planning a new factory in Maharashtra.",
        "economy",
    ),
    (
        "Sunak promises to end 'war on motorists' with curbs on 20mph zones",
        "Rishi Sunak has promised to end what he called the “war on motorists” with a plan to limit "
        "the spread of 20mph zones, low-traffic neighbourhoods and bus lanes in England. Councils "
        "will face new rules on how they enforce traffic restrictions, and ministers will look at "
        "stopping them from issuing fines with cameras in some cases. The Prime Minister said "
        "drivers were fed up with being told what to do. Labour accused the government of a "
        "culture war over road safety, and cycling groups said the plan would cost lives. The "
        "announcement comes after the Conservatives narrowly held Uxbridge in a by-election fought "
        "over London's expanded ultra-low emission zone. In Wales, a default 20mph limit on "
        "residential roads comes into force next month. "
        "A petition against the Welsh change has gathered more than 400,000 signatures.",
        "politics",
    ),
    (
        "Parisians vote to triple parking charges for SUVs in Hidalgo's war on big cars",
        "Parisians have voted to triple parking charges for heavy cars such as SUVs, in a "
        "referendum that mayor Anne Hidalgo presented as part of her campaign to make the city "
        "less car-dependent. Just under 55% of those who took part backed the measure, but turnout "
        "was only 5.7%. From September, visitors parking cars weighing more than 1.6 tonnes, or 2 "
        "tonnes for electric models, will pay €18 an hour in the city centre. Residents of Paris "
        "will be exempt. Motoring lobby groups called the vote a war on drivers and said many "
        "families needed bigger cars. Hidalgo, who has already banned older diesels and closed the "
        "riverside expressways to cars, said the vote was “a clear choice”. Other cities, including "
        "Lyon, are considering similar charges. "
        "Car rental firms said tourists would be hit by the new tariff.",
        "politics",
    ),
    (
        "New York fights Washington's attack on congestion pricing",
        "New York's transit authority filed a lawsuit on Wednesday to stop the federal government "
        "from scrapping the city's congestion charge, escalating a battle that has pitted Governor "
        "Kathy Hochul against the Trump administration, which calls the toll a burden on working "
        "people. The transportation secretary, Sean Duffy, "
        "said this week that he was withdrawing federal approval for the $9 toll on most vehicles "
        "entering Manhattan south of 60th Street. The Metropolitan Transportation Authority said the "
        "charge had cut traffic in the zone by about 1 in 10 vehicles and raised millions of dollars "
        "for subway repairs in its first weeks. “The cameras are staying on,” Hochul told reporters. "
        "Trucking groups and some New Jersey politicians have campaigned against the toll. The case "
        "will be heard in federal court in Manhattan.",
        "politics",
    ),
    (
        "Germany's autobahn speed limit row flares again in coalition talks",
        "A proposal for a general speed limit on Germany's autobahns has again become a sticking "
        "point in coalition negotiations, with the Greens insisting on a 130km/h cap and the Free "
        "Democrats refusing to accept any limit. About a third of the motorway network already has "
        "permanent or variable limits, but stretches without one remain a symbol of national "
        "identity for many drivers. Opinion polls show a majority of Germans now support a cap. The "
        "ADAC motoring club, which long opposed one, says it no longer takes a position. Supporters "
        "say a limit would cut carbon emissions and deaths, while the FDP's leader has called it an "
        "attack on personal freedom. Several previous governments have avoided the issue, and "
        "negotiators said it was likely to be left out of the final agreement again.",
        "politics",
    ),
    (
        "UAW widens strike to Ford's biggest plant as talks stall",
        "The United Auto Workers union called out 8,700 workers at Ford's Kentucky Truck Plant in "
        "Louisville on Wednesday, widening its strike against Detroit's three carmakers to the "
        "company's most profitable factory. The plant builds the Super Duty pickup and large SUVs "
        "such as the Ford Expedition and the Lincoln Navigator. Union president Shawn Fain said "
        "Ford had not improved its offer. Workers walked out at the end of the afternoon shift and "
        "formed picket lines at the gates, cheered on by passing drivers who honked their horns. "
        "Ford said the escalation was “grossly irresponsible”. The strike, which began at three "
        "plants last month, now involves more than 30,000 workers. The union is seeking a 40% pay "
        "rise over four years. "
        "Ford has said it cannot afford the union's demands without hurting its investment in electric vehicles.",
        "protest",
    ),
    (
        "Hyundai union stages partial strikes at Ulsan as wage talks break down",
        "Unionised workers at Hyundai Motor's Ulsan complex, the world's largest single car plant, "
        "staged four-hour partial strikes on Friday after wage talks broke down, the union said. The "
        "Korean Metal Workers' Union branch is demanding a higher base salary, a bonus of 30% of last "
        "year's net profit and an extension of the retirement age to 64. Workers held a rally in the "
        "plant's grounds and then went home early. Hyundai said the stoppage could cost it "
        "production of thousands of vehicles. It was the union's first strike in six years. The "
        "company has offered a pay rise and a one-off bonus. Talks are due to resume next week. "
        "Analysts said any longer stoppage would hit exports of the Ioniq 5 and the Tucson to the "
        "United States and Europe, where dealers already report thin stocks.",
        "protest",
    ),
    (
        "Truckers' strike over hit-and-run law sparks fuel queues across India",
        "Petrol pumps in several Indian cities ran dry on Tuesday as lorry and tanker drivers stayed "
        "off the roads for a second day in protest against a new law that sets jail terms of up to "
        "ten years for drivers who flee after a fatal crash. Long queues formed outside filling "
        "stations in Delhi, Mumbai, Bhopal and Hyderabad as motorists rushed to fill their tanks. "
        "Drivers' unions say the law will deter people from taking up the job and that drivers who "
        "stay at the scene risk being attacked by crowds. Striking drivers parked their lorries on "
        "the verges of national highways. The home ministry invited transporters' associations for "
        "talks and later said the provision would not be applied until it had consulted them. The "
        "unions called off the strike the same evening. "
        "Fuel deliveries returned to normal by the end of the week.",
        "protest",
    ),
    (
        "Lisbon taxi drivers bring traffic to a crawl in protest against ride-hailing apps",
        "Hundreds of taxi drivers drove slowly through central Lisbon on Monday, bringing traffic "
        "to a crawl on the Avenida da Liberdade, in protest against a law that regulates ride-hailing "
        "apps such as Uber and Bolt. The drivers, sounding their horns, drove in convoy from the "
        "airport to parliament, where union leaders handed in a petition. Police escorted the convoy "
        "and reported no incidents. The taxi federation says the apps pay lower taxes and have "
        "flooded the city with cars. The government says the rules create a fair market. Delays "
        "on the roads to the airport lasted most of the morning. Organisers said they would hold "
        "another protest next month, this time at the port, where cruise passengers are picked up. "
        "Bolt said its drivers were licensed professionals who paid their taxes.",
        "protest",
    ),
    (
        "Climate activists glue themselves to Berlin road, causing long tailbacks",
        "Climate activists from the Last Generation group glued their hands to the road at several "
        "busy junctions in Berlin on Monday morning, blocking traffic on the city motorway and "
        "causing tailbacks of several kilometres, police said. Officers used oil to loosen the "
        "protesters' hands and carried them to the roadside. Twenty-eight people were detained "
        "briefly and released later in the day. The group is demanding a speed limit on the "
        "autobahns and a cheap public transport ticket. Some drivers got out of their cars to shout "
        "at the activists, and one tried to drag a protester away before police intervened. The "
        "city's transport senator called the blockades irresponsible. An ambulance was delayed at "
        "one of the sites, fire brigade officials said. "
        "Prosecutors are investigating some members of the group on suspicion of forming a criminal organisation.",
        "protest",
    ),
    (
        "Renault 5 named European Car of the Year",
        "The Renault 5 E-Tech Electric has been named European Car of the Year, a title last won by "
        "a Renault in 2006. A jury of 60 motoring journalists from 22 countries chose the small "
        "electric hatchback, a modern take on a model first sold in 1972, ahead of the Kia EV3 and "
        "the Citroën C3. The car, which is built in Douai in northern France, starts at about "
        "€25,000. Judges praised its handling, its cabin and its retro styling. Renault's chief "
        "executive said the award showed European makers could build affordable electric cars. The "
        "Alpine A290, a sportier version built on the same platform, was included with it in the "
        "award. Deliveries in Britain began this winter, and Renault says it has taken more than "
        "50,000 orders across Europe. The Kia finished only a handful of points behind.",
        "other",
    ),
    (
        "Waymo robotaxis begin carrying passengers in Austin",
        "Waymo's driverless taxis began carrying paying passengers in Austin, Texas, on Tuesday, "
        "the company's first launch through a partnership with Uber. Riders in a 37-square-mile "
        "area of the city can now be matched with a Waymo Jaguar I-Pace when they book a ride on "
        "the Uber app. The Alphabet-owned company already runs fully driverless services in Phoenix, "
        "San Francisco and Los Angeles, where it says it provides more than 150,000 paid rides a "
        "week. Texas law allows driverless cars to operate without a special permit. Some "
        "Austin residents have complained about robotaxis blocking traffic at events. Tesla is "
        "preparing to launch its own service in the city. Waymo says its cars have been involved in "
        "far fewer injury crashes than human drivers. "
        "Fares are the same as for an UberX ride.",
        "other",
    ),
    (
        "Nine in ten new cars sold in Norway are now fully electric",
        "Fully electric cars made up 89% of new cars sold in Norway last year, up from 82% the year "
        "before, the Norwegian Road Federation said on Thursday, leaving the country close to its "
        "goal that all new cars should be zero-emission from 2025. Tesla's Model Y was the "
        "best-selling car for the third year running. Petrol and diesel cars accounted for only a "
        "few thousand sales. Norway has encouraged the switch with exemptions from purchase tax and "
        "VAT, cheaper tolls and free parking, although some of these perks have been cut back. The "
        "country has also built one of the densest networks of fast chargers in Europe. Chinese "
        "brands took around a tenth of the market. Car dealers in Oslo say trade-ins of used diesel "
        "cars are now hard to sell, and many end up exported to Eastern Europe or Africa.",
        "other",
    ),
    (
        "Learner drivers face five-month wait for driving tests",
        "Learner drivers in England, Scotland and Wales face an average wait of more than five "
        "months for a practical driving test, according to figures from the Driver and Vehicle "
        "Standards Agency, and in some test centres the next slot is almost six months away. The "
        "agency said it was recruiting 450 more examiners and would offer overtime to existing "
        "staff. Driving instructors say bots used by resellers snap up cancellations within "
        "seconds and sell them on at a markup. The transport secretary said the backlog was "
        "unacceptable. Young people in rural areas, who often need a car to get to work or college, "
        "are hit hardest. Around 1.9 million people are waiting to book or take a test. The AA "
        "Driving School said some pupils were travelling more than 100 miles to find an earlier "
        "slot.",
        "other",
    ),
]
