"""dev197 negatives: storms, heat, floods and quakes on the grid, and accidents and
explosions (crime against utilities and a sewage-borne epidemic are in texts_neg_crime.py).

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Texas grid was minutes from collapse as freeze knocked out plants, ERCOT says",
        "The Texas power grid came within four minutes and 37 seconds of a collapse that could "
        "have left the state in the dark for months, the head of the Electric Reliability "
        "Council of Texas said on Thursday. "
        "Bill Magness told reporters that grid operators ordered rotating outages early on "
        "Monday as frozen gas wellheads, pipelines and wind turbines took nearly half of the "
        "state's generating capacity offline. "
        "At the peak of the crisis more than 4.5 million homes and businesses were without "
        "electricity, many of them for three days or more in sub-zero temperatures. "
        "State health officials have so far linked dozens of deaths to the storm, including "
        "people who died of hypothermia in their homes and families poisoned by carbon "
        "monoxide from cars and generators. "
        "More than 14 million Texans were told to boil their water after treatment plants lost "
        "power. "
        "Wholesale electricity prices hit the $9,000 per megawatt-hour cap and stayed there for "
        "days, leaving some customers on variable tariffs with bills of thousands of dollars. "
        "Governor Greg Abbott called for an investigation and said winterisation of power plants "
        "would be an emergency item for lawmakers. "
        "“This was a battle we were not prepared to fight,” said one utility executive in "
        "Houston. "
        "The Texas grid is largely isolated from the rest of the country, which limited how "
        "much power it could import from neighbouring systems. "
        "Federal regulators had recommended winterisation after a similar freeze in 2011, but "
        "the advice was never made mandatory. "
        "Lawmakers in Austin have scheduled hearings for next week, and several ERCOT board "
        "members who live outside Texas have already resigned.",
        "disaster",
    ),
    (
        "Beryl leaves 2.2 million without power in Houston heat; CenterPoint under fire",
        "More than 2.2 million homes and businesses in the Houston area were still without "
        "power on Tuesday, a day after Hurricane Beryl made landfall on the Texas coast as a "
        "Category 1 storm, with temperatures forecast to feel like 40 C. "
        "CenterPoint Energy said it had brought in about 12,000 line workers from other states "
        "but that full restoration could take more than a week. "
        "Beryl toppled trees and power lines across the city, and at least seven deaths were "
        "blamed on the storm, including two people killed when trees fell on their homes. "
        "Cooling centres opened at libraries and churches, and hospitals reported a rise in "
        "heat-related illness and carbon monoxide poisoning. "
        "Acting governor Dan Patrick said he was not satisfied with the utility's response and "
        "that the state would look at why it had not deployed crews ahead of landfall. "
        "CenterPoint chief executive Jason Wells defended the company, saying it had faced the "
        "largest restoration effort in its history. "
        "Petrol stations with power had queues stretching around the block. "
        "Customers vented on social media, where a map of outages the company no longer "
        "published became a running joke.",
        "disaster",
    ),
    (
        "Derna's two dams gave way within hours as Storm Daniel dumped a year's rain",
        "Two dams above the eastern Libyan city of Derna collapsed within hours of each other "
        "early on Monday after Storm Daniel dropped more rain in a day than the area usually "
        "receives in a year, sweeping whole neighbourhoods into the sea. "
        "The Red Crescent said thousands of people had been killed and many more were missing, "
        "and that about 30,000 of the city's residents had been displaced. "
        "Engineers had warned for years that the Abu Mansour and Derna dams, built by a "
        "Yugoslav company in the 1970s, needed urgent maintenance, a report by a local "
        "university showed. "
        "Libya has been split between rival administrations in Tripoli and the east since "
        "2014, and contracts to repair the dams were never completed. "
        "Troops of the eastern-based Libyan National Army were deployed to the city to help "
        "recover bodies and clear roads. "
        "Rescue teams from Egypt, Turkey, the United Arab Emirates and Italy arrived on "
        "Wednesday. "
        "The World Meteorological Organization said most deaths could have been avoided with a "
        "working warning system. "
        "Residents said water and electricity had been cut across the city and that bodies were "
        "still washing up on the shore.",
        "disaster",
    ),
    (
        "Delhi power demand breaks record as heatwave pushes temperatures past 49C",
        "Electricity demand in Delhi hit an all-time high of 8,647 megawatts on Wednesday as a "
        "punishing heatwave pushed temperatures past 49 degrees Celsius in parts of the "
        "capital, grid data showed. "
        "Nationwide peak demand reached about 250 gigawatts, a record, the power ministry said, "
        "and coal plants were told to run at full capacity and postpone maintenance. "
        "Several neighbourhoods in east and north Delhi reported outages of several hours as "
        "overloaded transformers tripped, and residents queued at water tankers as supplies ran "
        "short. "
        "The city's water minister accused neighbouring Haryana of withholding Yamuna water, a "
        "charge the state denied. "
        "Hospitals reported dozens of heatstroke cases, and at least five deaths in the city "
        "were suspected to be heat-related. "
        "The India Meteorological Department said relief would come only with the monsoon, "
        "expected in late June. "
        "Power exchange prices hit the regulatory ceiling of 10 rupees per kilowatt-hour in the "
        "evening hours for a third straight day. "
        "Analysts said the crunch showed the need for more storage as solar output fades at "
        "sunset.",
        "disaster",
    ),
    (
        "Porto Alegre loses four of six water treatment plants as floods swamp the city",
        "Four of Porto Alegre's six water treatment plants were out of action on Monday after "
        "the worst floods in the history of Rio Grande do Sul state inundated the city, leaving "
        "about 85% of its 1.3 million residents without running water, the mayor said. "
        "The Guaíba lake rose to more than 5 metres, above the record set in 1941, and water "
        "swamped the airport, the bus station and the historic centre. "
        "The state civil defence agency said at least 83 people had died and more than 120,000 "
        "had been forced from their homes across the state. "
        "Power distributor CEEE Equatorial said it had switched off supplies to flooded "
        "districts to avoid electrocutions, leaving more than 400,000 customers without "
        "electricity. "
        "Soldiers, firefighters and volunteers with jet skis and fishing boats rescued people "
        "from rooftops. "
        "Trucks of bottled water arrived from São Paulo and Santa Catarina, and the federal "
        "government said it would send mobile treatment units. "
        "President Luiz Inácio Lula da Silva flew over the area for a second time and promised "
        "a reconstruction plan.",
        "disaster",
    ),
    (
        "Quake halts Ceyhan oil terminal and ruptures Botas gas lines in southern Turkey",
        "Oil flows to Turkey's Ceyhan export terminal were halted on Monday after a 7.8 "
        "magnitude earthquake struck the south of the country, and pipeline operator Botas cut "
        "gas supplies to several provinces to check for leaks. "
        "Botas said a section of a natural gas transmission line in Hatay had ruptured and that "
        "it had stopped flows to Gaziantep, Hatay and Kahramanmaraş as a precaution. "
        "The Ceyhan terminal, which ships crude from Iraq's Kurdistan region and from "
        "Azerbaijan, suspended loadings while its storage tanks were inspected, port agents "
        "said. "
        "A fire broke out among containers at Iskenderun port, sending thick smoke over the "
        "area. "
        "Rescue teams were still pulling survivors from the rubble of thousands of buildings "
        "across the region, and the disaster agency AFAD said the death toll had passed 2,300 "
        "in Turkey alone. "
        "Energy minister Fatih Dönmez said electricity had been restored to most hospitals. "
        "Brent crude rose 1.5% as traders weighed the disruption.",
        "disaster",
    ),
    (
        "Cyclone Ana silts up Kapichira, cutting a third of Malawi's power",
        "Malawi lost about a third of its electricity supply on Monday after floods brought by "
        "Tropical Storm Ana swept debris and silt into the Kapichira hydropower station on the "
        "Shire River, state generator Egenco said. "
        "The 130-megawatt plant would be out of service for months, the company said, and the "
        "national utility Escom announced rolling load-shedding of up to eight hours a day. "
        "Floods in the southern districts of Chikwawa and Nsanje killed at least 11 people and "
        "displaced tens of thousands, the Department of Disaster Management Affairs said. "
        "The government declared a state of disaster in 17 districts. "
        "Factories in Blantyre said the outages were forcing them to run diesel generators at "
        "great cost. "
        "“We are fighting a war on two fronts, against the water and against the dark,” an "
        "Egenco engineer said. "
        "Malawi depends on the Shire River for more than 90% of its electricity, and engineers "
        "have long warned that deforestation upstream was silting up the dams.",
        "disaster",
    ),
    (
        "Transformer oil leak at Shika nuclear plant after Noto quake, regulator says",
        "Hokuriku Electric Power said on Tuesday that transformers at its idled Shika nuclear "
        "plant had leaked oil after a magnitude 7.6 earthquake struck the Noto peninsula on New "
        "Year's Day, but that there was no abnormal radiation outside the site. "
        "The Nuclear Regulation Authority said cooling of spent fuel pools had been briefly "
        "interrupted and that some monitoring posts around the plant were not sending data. "
        "Both reactors at Shika have been offline since 2011 for safety checks. "
        "Across Ishikawa prefecture about 30,000 households were still without power and more "
        "than 100,000 without water, and roads to the tip of the peninsula were blocked by "
        "landslides. "
        "The death toll rose to 126, the prefecture said. "
        "More than 31,000 people were staying in evacuation centres. "
        "Antinuclear groups said the quake had shown that evacuation plans for the plant were "
        "unworkable. "
        "Hokuriku's shares fell 8% in Tokyo.",
        "disaster",
    ),
    (
        "Pipeline blast at Tlahuelilpan kills dozens as crowd gathered to collect fuel",
        "A gasoline pipeline exploded in the central Mexican state of Hidalgo on Friday as "
        "hundreds of people gathered to collect fuel spilling from an illegal tap, killing at "
        "least 66 people and badly burning dozens, authorities said. "
        "Video showed villagers in Tlahuelilpan filling buckets and jerry cans from a gushing "
        "geyser of fuel in a field before a fireball engulfed them. "
        "Hidalgo governor Omar Fayad said 76 people were missing and that many of the bodies "
        "could only be identified through DNA tests. "
        "State oil company Pemex said thieves had punctured the line, which had been shut for "
        "days as part of the government's war on fuel theft. "
        "President Andrés Manuel López Obrador, who has ordered pipelines closed and moved fuel "
        "by truck to stop the theft known as huachicoleo, said the strategy would continue. "
        "Soldiers at the site had tried to persuade people to leave but were outnumbered, the "
        "defence minister said. "
        "Fuel shortages caused by the closures have led to long queues in Mexico City and "
        "several states for weeks.",
        "accident",
    ),
    (
        "Freeport LNG blast takes a fifth of US export capacity offline for weeks",
        "An explosion and fire at the Freeport LNG export plant in Texas on Wednesday will "
        "keep the facility shut for at least three weeks, the company said, removing about a "
        "fifth of US liquefied natural gas export capacity from a tight global market. "
        "No one was hurt in the blast, which sent a plume of smoke over Quintana Island, south "
        "of Houston. "
        "The company said the incident was caused by the overpressure and rupture of a section "
        "of pipe. "
        "Dutch TTF gas futures, the European benchmark, jumped as much as 30% on Thursday, "
        "while US Henry Hub prices fell on expectations that more gas would stay in domestic "
        "storage. "
        "Europe has been buying record volumes of US LNG to replace Russian pipeline gas. "
        "“Every cargo counts this summer,” said an analyst at Rystad Energy, noting that "
        "Freeport had been shipping around two million tonnes a month. "
        "The Pipeline and Hazardous Materials Safety Administration said it was investigating. "
        "Freeport later said a partial restart might not come until the end of the year.",
        "accident",
    ),
    (
        "More than 100 dead in fire at illegal refinery in Imo state, Nigeria",
        "More than 100 people were killed when fire swept through an illegal oil refinery in "
        "Nigeria's southeastern Imo state late on Friday, officials said. "
        "The blaze started at two fuel storage areas in a forest on the border between Imo "
        "and Rivers states and spread to cars and people queuing to buy black-market fuel, "
        "the state's petroleum resources commissioner said. "
        "Many bodies were burned beyond recognition, and the operator of the site was on the "
        "run, police said. "
        "Illegal refining is common in the Niger Delta, where unemployed young people tap crude "
        "from pipelines and boil it in makeshift drums. "
        "The authorities regularly destroy such sites, but they spring up again within weeks, "
        "residents said. "
        "The Nigerian National Petroleum Company says theft costs the country hundreds of "
        "thousands of barrels a day. "
        "President Muhammadu Buhari called the fire a catastrophe and a national disaster and "
        "ordered a crackdown on illegal refiners. "
        "Environmental groups said soot from burning crude was poisoning the air in Port "
        "Harcourt.",
        "accident",
    ),
    (
        "Philadelphia refinery explosion: PES to shut the East Coast's largest plant",
        "Philadelphia Energy Solutions will close the largest oil refinery on the US East "
        "Coast after a fire and a series of explosions tore through its alkylation unit on "
        "Friday, the company told city officials. "
        "The blasts, which could be felt miles away, sent a fireball into the sky before dawn "
        "and injured five workers, none seriously. "
        "The Chemical Safety Board said a corroded pipe elbow had ruptured and released "
        "propane and hydrofluoric acid, a highly toxic chemical, and that about 5,000 pounds of "
        "it had escaped. "
        "The 335,000 barrel-a-day refinery, which has operated in some form since 1866, employs "
        "about 1,000 people. "
        "Mayor Jim Kenney said the city would set up a working group to look at the site's "
        "future. "
        "Gasoline futures rose about 3% on the news, and analysts said supplies into the "
        "Northeast would have to come from Europe and the Gulf Coast. "
        "Residents of Grays Ferry, who had long complained of pollution from the plant, said "
        "they were relieved.",
        "accident",
    ),
    (
        "Conakry fuel depot explosion kills 24, triggers petrol rationing in Guinea",
        "A huge explosion at Guinea's main fuel depot in Conakry's Kaloum district killed 24 "
        "people and injured more than 450 on Monday, the government said, blowing out windows "
        "across the capital's administrative centre. "
        "The blast, whose cause has not been established, started a fire that burned for days "
        "and forced hundreds of families in nearby neighbourhoods from their homes. "
        "The government ordered schools and public offices in Kaloum closed and said "
        "prosecutors had opened an investigation. "
        "Fuel sales were restricted to 30 litres per vehicle, and long queues formed at the "
        "petrol stations that remained open. "
        "Guinea imports almost all its fuel through the Kaloum depot, and traders said it would "
        "take weeks to bring in enough by road from neighbouring countries. "
        "Prime Minister Bernard Goumou said fuel would be delivered first to hospitals and power "
        "stations. "
        "Electricity utility EDG warned of longer power cuts.",
        "accident",
    ),
    (
        "Two dead, eight missing after fire on Pemex Akal-B platform in the Gulf",
        "Two workers were killed and eight were missing after a fire broke out on the Akal-B "
        "processing platform in the Cantarell field in the Gulf of Mexico on Friday, state oil "
        "company Pemex said. "
        "More than 300 workers were evacuated by boat and helicopter, and six were taken to "
        "hospital with burns. "
        "The fire forced Pemex to shut in about 700,000 barrels a day of crude production, "
        "around 40% of its output, according to an internal report seen by Reuters. "
        "Pemex said output was restored within hours but did not say how much. "
        "Union leaders said workers had complained for months about gas leaks on the "
        "platform. "
        "Navy ships helped to fight the blaze, which was put out on Saturday morning. "
        "It was the latest in a string of fatal accidents at the indebted company's offshore "
        "installations and onshore refineries. "
        "Energy minister Rocío Nahle promised a full investigation.",
        "accident",
    ),
    (
        "Gas explosion rips through Shiyan market, killing 25",
        "A gas explosion tore through a crowded market in the central Chinese city of Shiyan "
        "on Sunday morning, killing 25 people and injuring 138, state media said. "
        "The blast at the Yanhu market, which sells vegetables and breakfast, happened at about "
        "6:30 in the morning, when residents were buying food, the local government said. "
        "Footage on social media showed the roof of a two-storey building torn away and "
        "people being pulled from the debris. "
        "Investigators blamed a corroded gas pipe under a building along a river channel, and "
        "police detained several employees of the local gas company. "
        "President Xi Jinping ordered an all-out effort to treat the injured and called for "
        "checks on gas pipelines across the country. "
        "The State Council's work safety committee said local officials had ignored reports "
        "of a gas smell.",
        "accident",
    ),
]
