"""dev229 negatives, fire, heat and drought: firefighters battling blazes, evacuations before fire
fronts, heatwaves and droughts, arsonists in court, accidents and outbreaks that follow the weather,
wartime relics bared by low rivers. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Firefighters battle out-of-control blazes as Victoria declares state of disaster",
        "Thousands of firefighters were battling more than 50 bushfires across Victoria and New South "
        "Wales on Friday as temperatures topped 44C and strong winds pushed fire fronts towards "
        "coastal towns. The Victorian premier declared a state of disaster in six shires, giving "
        "authorities power to order evacuations. In Mallacoota, about 4,000 residents and "
        "holidaymakers sheltered on the beach as the sky turned red, and navy ships were sent to "
        "take them off. “It is a war zone out there,” a Country Fire Authority captain told the ABC. "
        "At least 17 people have died since the fire season began. The Bureau of Meteorology warned "
        "that a southerly change expected in the evening could turn fire fronts north-east. More "
        "than 1,300 homes have been lost in New South Wales alone. "
        "Smoke from the fires has turned the skies over Sydney and Canberra orange, and air quality "
        "in the capital was rated the worst in the world on Wednesday. Farmers have lost tens of "
        "thousands of sheep and cattle. The prime minister cut short a holiday in Hawaii after public"
        " anger. Climate scientists say the fires have been worsened by the hottest and driest year "
        "on record, with soils and forests drier than ever measured. Volunteers in several towns have"
        " been fighting fires for weeks without pay.",
        "disaster",
    ),
    (
        "Yellowknife ordered to evacuate as wildfire advances on Northwest Territories capital",
        "All 20,000 residents of Yellowknife were ordered to leave by Friday noon as a wildfire "
        "burning out of control advanced to within 15 kilometres of the capital of Canada's "
        "Northwest Territories. Long lines of cars formed on Highway 3, the only road south, while "
        "military and commercial flights carried out people without vehicles. The territorial "
        "government said the fire could reach the city's outskirts by the weekend if rain did not "
        "arrive. Canada is having its worst fire season on record, with more than 13 million "
        "hectares burned. Soldiers from the Canadian Armed Forces helped crews build fire breaks. "
        "Environment Canada said no significant rain was forecast for the coming days. "
        "Hotels in Edmonton and Calgary filled with evacuees, and the province of Alberta opened "
        "reception centres. The fire chief said crews were racing to protect the water treatment "
        "plant.",
        "disaster",
    ),
    (
        "Lahaina fire: Maui toll rises as searchers comb burned town",
        "The death toll from the wildfire that destroyed the historic town of Lahaina on Maui rose "
        "to 99 on Monday, making it the deadliest US wildfire in more than a century. Cadaver dogs "
        "and search teams had covered about a quarter of the burned area, Hawaii's governor Josh "
        "Green said. Driven by hurricane-force winds from a storm passing far to the south, the "
        "fire raced through dry grassland and into the town within hours. More than 2,200 "
        "buildings were destroyed. Residents questioned why the island's warning sirens did not "
        "sound. Thousands of displaced people are staying in hotels on the west side of the island. "
        "The National Weather Service had warned of damaging winds and critical fire weather days "
        "before the fire.",
        "disaster",
    ),
    (
        "Rhodes evacuation: 19,000 moved as wildfire reaches resorts",
        "About 19,000 people, most of them tourists, were evacuated from hotels and villages on the "
        "Greek island of Rhodes on Saturday as a wildfire fanned by strong winds reached the "
        "south-east coast, in the largest fire evacuation in the country's history. Coast guard "
        "vessels and private boats took people off beaches near Lindos and Kiotari. Tour operators "
        "cancelled flights to the island. Greek firefighters, helped by crews from Slovakia and "
        "Croatia, battled the flames for a sixth day. The fire came during a prolonged heatwave, "
        "with temperatures above 40C for more than two weeks. The Greek civil protection ministry "
        "said no deaths had been reported on the island. "
        "Many holidaymakers slept on the floors of schools and sports halls in the town of Rhodes. "
        "Hundreds of firefighters were also tackling fires on Corfu and Evia.",
        "disaster",
    ),
    (
        "Delhi records 49.9C as heatwave scorches north India",
        "Temperatures in parts of Delhi reached 49.9C on Tuesday, as a heatwave gripping north India "
        "entered its third week, the India Meteorological Department said. Hospitals reported a "
        "sharp rise in heatstroke admissions, and at least 50 people died of suspected heat-related "
        "illness in Bihar, Odisha and Uttar Pradesh, including polling staff on election duty. Power "
        "demand in the capital hit a record as residents ran fans and air conditioners through the "
        "night. Schools in several states extended their summer holidays. The IMD said relief "
        "could come with the arrival of the monsoon in the north-west by late June. Labour unions "
        "asked for breaks for outdoor workers during the hottest hours. "
        "Water tankers were mobbed in parts of the capital where taps ran dry. Night-time "
        "temperatures stayed above 35C in some districts, giving the body little chance to recover, "
        "doctors said. "
        "A sensor in the Mungeshpur area later recorded 52.9C, but the IMD said the figure was "
        "probably caused by an error and was checking the instrument. Street vendors, rickshaw "
        "pullers and construction workers said they could not afford to stop working. The Delhi "
        "government ordered employers to give workers paid breaks between noon and 3pm. Water levels "
        "in the Yamuna fell sharply, and the capital's government accused neighbouring Haryana of "
        "withholding its share.",
        "disaster",
    ),
    (
        "UK passes 40C for the first time as Met Office red warning takes effect",
        "The temperature in Britain passed 40C for the first time on record on Tuesday, with 40.3C "
        "measured at Coningsby in Lincolnshire, the Met Office said. The heat buckled rails and "
        "melted a runway at Luton airport, and the London Fire Brigade declared a major incident "
        "after fires destroyed houses in Wennington and several other places on the capital's edge. "
        "The brigade said it had its busiest day since the Second World War. Network Rail closed "
        "the East Coast Main Line south of York. Met Office scientists said such temperatures would "
        "have been virtually impossible without human-caused climate change. A cooler spell with "
        "thunderstorms is expected from Wednesday. "
        "At least 13 people drowned in rivers, lakes and reservoirs during the heat. Hospitals in "
        "Leeds postponed some operations because of overheating.",
        "disaster",
    ),
    (
        "Horn of Africa drought: fifth failed rainy season pushes northern Kenya to the brink",
        "Herders in Kenya's Marsabit and Turkana counties say they have lost most of their cattle and "
        "goats after a fifth consecutive failed rainy season, the longest drought in the region in "
        "40 years. The National Drought Management Authority said 4.4 million Kenyans needed food "
        "aid. Women walk up to 20 kilometres a day for water, and many children have dropped out of "
        "school. Carcasses of giraffes and zebras lie near dried-up water pans in the Sabuli "
        "reserve. The Kenya Meteorological Department forecast below-average short rains again. "
        "“We used to count our wealth in cows, now we count the graves,” said a pastoralist in "
        "North Horr. The government has started buying weak livestock from herders. "
        "Aid groups said malnutrition rates among children in Turkana had passed emergency levels. "
        "The UN appealed for more funding as donors struggled to keep up with needs across the "
        "region. "
        "Climate scientists from the World Weather Attribution group found that the drought would not"
        " have happened without human-caused warming, which has made dry seasons hotter and increased"
        " evaporation. Kenya's president has called for more climate finance for the region. In "
        "Garissa, some families said they had moved closer to town to be near water points and food "
        "distributions.",
        "disaster",
    ),
    (
        "Catalonia declares drought emergency as reservoirs fall below 16%",
        "The Catalan government declared a drought emergency for Barcelona and 200 surrounding "
        "towns on Thursday, after reservoirs in the internal basins fell to 16 percent of their "
        "capacity, the lowest level on record. Under the measures, daily water use is capped at 200 "
        "litres per person, irrigation is cut by 80 percent and industry must reduce consumption by "
        "a quarter. Swimming pools may only be filled if they serve as climate shelters. Officials "
        "said the region had endured more than three years of below-average rainfall. A "
        "desalination plant at El Prat is running at full capacity. Spain's weather agency AEMET "
        "said the spring was likely to be warmer and drier than usual. "
        "The Sau reservoir is so low that the ruins of a medieval church that normally lies under "
        "water can be reached on foot. Some towns are already being supplied with water by lorry.",
        "disaster",
    ),
    (
        "Latakia wildfires: old mines and shells slow firefighters in Syrian mountains",
        "Wildfires have burned through more than 10,000 hectares of forest in the mountains of "
        "Syria's Latakia province for a week, and firefighters say unexploded shells and landmines "
        "left from the civil war are making the work dangerous. Syria's emergency minister said "
        "several blasts had been heard inside the burning woods, and crews had to stay on roads. "
        "Teams from Turkey and Jordan joined the effort, along with helicopters. Hundreds of "
        "families left villages around Qastal Maaf as the flames approached. The fires were fanned "
        "by strong winds and high temperatures after a winter of very low rain. Forecasters said "
        "humidity would rise at the weekend, which could help crews contain the fronts. "
        "Local officials said at least 30 houses had burned in the villages of Rabia and Kesab. The "
        "civil defence said a volunteer suffered burns while trying to protect a school.",
        "disaster",
    ),
    (
        "Viña del Mar fires: Chile counts more than 130 dead",
        "Wildfires that swept into hillside neighbourhoods of Viña del Mar killed at least 131 "
        "people, Chilean authorities said on Tuesday, in the country's deadliest disaster since "
        "the 2010 earthquake. Entire streets of wooden houses in Villa Independencia were reduced "
        "to ash. President Gabriel Boric declared two days of national mourning and imposed a "
        "curfew in the worst-hit areas to allow rescue teams to work. About 15,000 homes were "
        "damaged or destroyed. The fires spread during a heatwave, with temperatures near 40C and "
        "strong winds. Prosecutors said they were investigating whether some of the blazes were "
        "started deliberately. "
        "Forensic teams were working to identify dozens of bodies, and relatives waited outside the "
        "morgue with photographs of the missing. Firefighters said the flames moved faster than "
        "residents could run up the narrow streets.",
        "disaster",
    ),
    (
        "Volunteer firefighter jailed for starting bushfires he then helped fight",
        "A volunteer firefighter who started seven bushfires in the New South Wales Hunter region "
        "and then turned up to help put them out has been jailed for six years, the District Court "
        "heard on Wednesday. The 22-year-old admitted lighting the fires over two summers, "
        "including one that destroyed a family home near Cessnock. Police said he used matches and "
        "a lighter and chose dry days with strong winds. The judge said the man had a desire to be "
        "seen as a hero. Detectives said more than 180 people across the state had faced legal "
        "action over fires during the season. The Rural Fire Service said the case had shaken its "
        "volunteers. "
        "He will be eligible for parole after four years. The court heard he had texted friends "
        "photographs of the smoke before he was called out to the fires.",
        "crime",
    ),
    (
        "Looters arrested in Fort Myers after Hurricane Ian",
        "Police in Lee County arrested eight people suspected of looting homes and a shop in Fort "
        "Myers in the days after Hurricane Ian, the county sheriff said on Monday. The suspects "
        "were caught carrying televisions, tools and cases of beer from a flooded Dollar General "
        "store, according to deputies. The sheriff warned that anyone caught stealing from storm "
        "victims would face the full force of the law. A curfew was imposed in several towns to "
        "deter thefts. Ian killed more than 100 people in Florida, most of them in Lee County. "
        "Power has been restored to about half of the homes that lost it. The National Weather "
        "Service said drier air would help clean-up crews this week. "
        "On Sanibel Island, where the causeway collapsed, residents were still being evacuated by "
        "boat and helicopter. Officials said it could take weeks before some roads reopen.",
        "crime",
    ),
    (
        "Faulty drainage blamed for Stonehaven derailment after thunderstorms",
        "A passenger train derailed near Stonehaven after hitting debris washed out by intense "
        "rainfall, investigators said in a report on Tuesday, killing the driver, the conductor and "
        "a passenger. The Rail Accident Investigation Branch found that a drainage system had been "
        "built incorrectly and that the train was running at close to the line's speed limit after "
        "heavy thunderstorms. More than 50mm of rain fell in a few hours that morning. Network Rail "
        "said it had since inspected drainage at hundreds of sites. The report recommended better "
        "use of weather forecasts to slow trains during extreme rainfall. Families of the victims "
        "said lessons must be learned. "
        "Carmont, where the train left the tracks, lies on the line between Aberdeen and Dundee. The "
        "line reopened in November after months of repairs.",
        "accident",
    ),
    (
        "Lightning kills 23 in Bihar as pre-monsoon storms sweep state",
        "Lightning strikes killed 23 people across Bihar on Thursday as pre-monsoon thunderstorms "
        "swept the state, the disaster management department said. Most of the victims were farmers "
        "working in paddy fields or sheltering under trees. The state's chief minister announced "
        "compensation of 400,000 rupees for each family. India records more than 2,500 lightning "
        "deaths in a typical year, according to the National Crime Records Bureau. Meteorologists "
        "say rising temperatures are making convective storms more frequent in eastern India. An "
        "official lightning alert app, Damini, warns of strikes within 20 kilometres. The IMD kept "
        "an orange alert in place for north Bihar. "
        "Officials said many villages still lack lightning conductors, and public information "
        "campaigns have reached few farmers. At least 11 more people were injured and treated at "
        "district hospitals.",
        "accident",
    ),
    (
        "Cholera spreads in Malawi flood camps as cases top 40,000",
        "Malawi's health ministry said on Monday that cholera cases had passed 40,000 since the "
        "outbreak began, with the disease spreading in camps set up after floods. Contaminated "
        "water and overflowing latrines in the camps have driven infections. The World Health "
        "Organization has sent oral vaccine doses for 2.9 million people. Health workers in "
        "Blantyre said they were treating patients in tents outside full clinics. The outbreak is "
        "the deadliest in the country's history, with more than 1,300 deaths. Scientists say "
        "heavier rains and higher temperatures are creating better conditions for the cholera "
        "bacterium. The ministry has closed some schools and banned street food sales. "
        "The country's stocks of chlorine and rehydration salts have run low, aid workers said. "
        "Neighbouring Mozambique and Zambia have also reported rising case numbers.",
        "health",
    ),
    (
        "Dengue deaths in Bangladesh hit record after hot, wet monsoon",
        "Dengue has killed more than 1,000 people in Bangladesh this year, the highest toll since "
        "records began, the Directorate General of Health Services said on Sunday. Hospitals in "
        "Dhaka have set up extra wards as more than 200,000 people have been admitted with the "
        "mosquito-borne disease. Doctors said the virus was spreading to rural districts that "
        "rarely saw cases before. Entomologists link the surge to a longer and warmer rainy season "
        "that lets the Aedes mosquito breed for more months of the year. City corporations are "
        "spraying insecticide in neighbourhoods. The health ministry urged people to empty "
        "containers that collect rainwater. "
        "Doctors said many patients arrived too late because they had mistaken the fever for a "
        "seasonal cold. Prices of saline drips rose sharply in pharmacies in Dhaka.",
        "health",
    ),
    (
        "Drought bares sunken WWII German warships in the Danube",
        "The Danube has fallen to one of its lowest levels in a century, exposing the hulks of "
        "dozens of German warships scuttled in 1944 near the Serbian town of Prahovo. The vessels "
        "were sunk by the retreating German Black Sea fleet as Soviet forces advanced. Some still "
        "hold unexploded shells and mines, which pose a danger to river traffic, Serbian officials "
        "said. A Serbian diver said the wrecks were now visible from the bank for the first time "
        "in his memory. Serbia plans to remove the ships with European Union funding. River levels "
        "across Europe have dropped after a summer of heat and little rain, hitting shipping on the "
        "Rhine. Hydrologists expect levels to stay low until autumn rains. "
        "In Germany, the same low water revealed hunger stones carved with warnings by people in past"
        " droughts.",
        "history",
    ),
    (
        "WWII bomb found by flood clean-up crews in Emilia-Romagna defused",
        "Army bomb disposal experts defused an unexploded Second World War aircraft bomb found by "
        "workers clearing flood debris from a riverbank near Faenza, local officials said on "
        "Sunday. About 2,500 residents were asked to leave their homes for the morning while the "
        "250-kilogram bomb was made safe. The device was uncovered after the Lamone river burst its "
        "banks in May and scoured the channel. Allied bombers targeted the area's rail lines in "
        "1944 and 1945, and such finds remain common. The evacuation passed without incident, the "
        "prefecture said. Clean-up work in the region, where floods killed 15 people, is expected "
        "to take months. "
        "The bomb was taken to a quarry and destroyed in a controlled explosion later in the day. "
        "Farmers in the area say they still find old shell casings when they plough.",
        "history",
    ),
]
