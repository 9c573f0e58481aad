"""dev51 negatives: weather and disasters, accidents and health, from the regional desks of Asia,
Africa and Latin America (floods, landslides, typhoons, quakes, droughts, heat, bus plunges,
launch fires, tanker blasts, capsized boats, mine collapses, stampedes; dengue, Nipah, polio
drives, cholera, mpox). NEGATIVES = [(title, text, kind code), ...]; kind codes from
eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Flash floods kill 43 in Swat, Buner; army joins rescue",
        "Flash floods triggered by cloudbursts killed at least 43 people in Swat and Buner districts on Friday, the Provincial Disaster Management Authority said. Army troops and Rescue 1122 teams evacuated hundreds of families to relief camps, and the Karakoram Highway was blocked at several points.",
        "disaster",
    ),
    (
        "Landslides in Idukki kill 19; NDRF teams deployed",
        "Landslides triggered by heavy rain buried houses in two villages of Idukki district on Tuesday, killing 19 people, officials said. NDRF and Army teams were searching for 12 people still missing, and 3,000 residents were moved to relief camps.",
        "disaster",
    ),
    (
        "300,000 evacuated as typhoon nears Bicol",
        "More than 300,000 people were evacuated in Bicol as a typhoon packing winds of 185 kph approached on Saturday, the Office of Civil Defense said. Classes and government work were suspended in 12 provinces, and ports were closed.",
        "disaster",
    ),
    (
        "Quake jolts West Sulawesi, eight dead",
        "A magnitude 6.1 earthquake struck West Sulawesi early on Thursday, killing eight people and damaging 300 houses, the National Disaster Mitigation Agency (BNPB) said. Thousands of residents spent the night in tents for fear of aftershocks.",
        "disaster",
    ),
    (
        "Cyclone makes landfall; 800,000 moved to shelters",
        "A severe cyclonic storm made landfall near Khepupara on Sunday night, killing six people, after about 800,000 residents of coastal districts were moved to cyclone shelters, the disaster management ministry said. Volunteers with megaphones had gone door to door urging people to leave.",
        "disaster",
    ),
    (
        "Koshi floods submerge villages; 12,000 displaced",
        "The Koshi river swelled to its highest level in six decades on Saturday, submerging villages in Sunsari and displacing about 12,000 people, the district administration said. Nepal Army helicopters rescued 40 people stranded on rooftops. All 56 gates of the Koshi barrage were opened.",
        "disaster",
    ),
    (
        "Floods displace 40,000 in Tana River county",
        "Floods have displaced about 40,000 people in Tana River County after the river burst its banks, the Kenya Red Cross said on Monday. Camps were set up in schools in Garsen and Hola, and the county government appealed for food and mosquito nets.",
        "disaster",
    ),
    (
        "Mokwa flood death toll rises to 200",
        "The death toll from the flood that swept through Mokwa in Niger State has risen to 200, the state emergency agency said on Sunday, with hundreds still missing. The flood followed torrential rain, and homes and a bridge were washed away. Rescue workers recovered more bodies from the river on Sunday.",
        "disaster",
    ),
    (
        "Army deployed as floods cut off towns in Rio Grande do Sul",
        "Brazil deployed 12,000 soldiers to help flood victims in Rio Grande do Sul, where rising rivers have cut off dozens of towns and forced 150,000 people from their homes, the civil defence agency said. Army boats and helicopters were rescuing residents from rooftops.",
        "disaster",
    ),
    (
        "Heatwave kills 48 as temperatures top 45C in northern Mexico",
        "At least 48 people have died of heat stroke in Mexico since March, the Health Ministry said, as temperatures above 45C gripped Sonora and Nuevo Leon. Howler monkeys have also been found dead in Tabasco. Electricity demand hit a record high on Tuesday.",
        "disaster",
    ),
    (
        "Firefighters battle wildfires in Valparaiso region",
        "Firefighters and soldiers were battling more than 30 wildfires in Chile's Valparaiso region on Sunday, and a state of catastrophe was declared, the government said. At least 300 homes were destroyed in Vina del Mar. Strong winds and temperatures above 35C fanned the flames.",
        "disaster",
    ),
    (
        "Drought leaves 1.6 million facing hunger in Somaliland",
        "Four failed rainy seasons have left 1.6 million people in Somaliland facing acute hunger, the authorities said, appealing for help. Herders said they had lost most of their goats and camels. The UN said it needed $110 million for food and water.",
        "disaster",
    ),
    (
        "Heatwave: Odisha shuts schools as mercury touches 46C",
        "The Odisha government closed all schools for a week after temperatures touched 46C in Titlagarh, officials said. Three suspected sunstroke deaths were reported from western districts. The weather office said relief was likely from Friday.",
        "disaster",
    ),
    (
        "21 killed as bus plunges into Trishuli river",
        "At least 21 people were killed when a bus heading to Kathmandu skidded off the Prithvi Highway and plunged into the Trishuli river in Dhading on Friday night, police said. Divers were searching for six missing passengers.",
        "accident",
    ),
    (
        "Launch fire on Sugandha kills 38",
        "A fire broke out in the engine room of a Dhaka-bound launch on the Sugandha river near Jhalakathi early on Friday, killing at least 38 passengers, fire service officials said. Many jumped into the river to escape the flames. The shipping ministry formed a probe committee.",
        "accident",
    ),
    (
        "Tanker explosion in Niger State kills 98 scooping fuel",
        "At least 98 people were killed when a fuel tanker overturned and exploded near Dikko junction in Niger State on Saturday as residents tried to scoop fuel, the Federal Road Safety Corps said. Dozens of injured people were taken to hospitals in Suleja. The governor declared three days of mourning.",
        "accident",
    ),
    (
        "Boat capsizes on Lake Kivu, 78 feared dead",
        "At least 78 people were feared dead after an overloaded boat capsized near the port of Kituku in Goma on Thursday, the provincial governor's office said. Fifty-eight people were rescued. The boat was carrying passengers and goods from Minova.",
        "accident",
    ),
    (
        "Gold mine collapse kills 48 in western Mali",
        "At least 48 people, mostly women, were killed when an artisanal gold mine collapsed near Bilalikoto in western Mali on Saturday, the miners' association said. Rescue work was hampered by heavy rain. It was the second deadly collapse in a month.",
        "accident",
    ),
    (
        "Fire at Gazipur garment factory kills 11 workers",
        "A fire at a garment factory in Gazipur killed 11 workers on Tuesday, fire service officials said. Workers said the exit on the third floor was locked. The owner has been arrested.",
        "accident",
    ),
    (
        "Express train derails near Balasore, 7 dead",
        "Seven passengers were killed and 40 injured when 11 coaches of an express train derailed near Balasore on Sunday morning, the railway ministry said. The Commissioner of Railway Safety has ordered an inquiry.",
        "accident",
    ),
    (
        "Six devotees killed in stampede for darshan tokens in Tirupati",
        "Six devotees were killed and 30 injured in a stampede at a token distribution centre in Tirupati on Wednesday night, officials said. Thousands had queued for tokens for the Vaikunta Ekadasi darshan. The state government announced compensation of Rs25 lakh for each family.",
        "accident",
    ),
    (
        "Blast at Sivakasi firecracker unit kills 8",
        "An explosion at a firecracker manufacturing unit near Sivakasi killed eight workers on Saturday, the fire and rescue services department said. The blast occurred while chemicals were being mixed. The owner was arrested for running the unit without a licence.",
        "accident",
    ),
    (
        "Small plane crashes in Sao Paulo street, two dead",
        "A small plane crashed on a busy avenue in Sao Paulo on Friday, killing the pilot and a passenger, the fire department said. Six people on the ground were injured. The aircraft had taken off from Campo de Marte airport minutes earlier.",
        "accident",
    ),
    (
        "Dengue deaths cross 300 as hospitals run out of beds",
        "Dengue deaths this year crossed 300 on Monday after eight more patients died in 24 hours, the Directorate General of Health Services said. Hospitals in Dhaka said they had run out of beds. Health officials urged people to destroy mosquito breeding sites.",
        "health",
    ),
    (
        "Nipah virus confirmed in Malappuram; containment zones declared",
        "Kerala confirmed a Nipah virus case in a 24-year-old man from Malappuram on Sunday, and declared containment zones in five wards. The health minister said 150 contacts were under observation. Schools in the containment zones were closed.",
        "health",
    ),
    (
        "Polio drive to vaccinate 45 million children",
        "A nationwide polio vaccination campaign to vaccinate more than 45 million children under five begins on Monday, the Emergency Operations Centre said. More than 400,000 workers will go door to door.",
        "health",
    ),
    (
        "Cholera cases top 5,000 in Zambia",
        "Cholera cases in Zambia have passed 5,000 with 90 deaths, the health ministry said, and schools in Lusaka will open two weeks late. The WHO has sent oral vaccines. The government banned the sale of food by street vendors.",
        "health",
    ),
    (
        "Uganda reports first mpox deaths",
        "Uganda reported its first two mpox deaths on Tuesday, the health ministry said. Cases have been found in 28 districts. The ministry said it had received 10,000 doses of vaccine.",
        "health",
    ),
    (
        "Lassa fever kills 118 in 18 states, NCDC says",
        "Lassa fever has killed 118 people in 18 states this year, the Nigeria Centre for Disease Control and Prevention said. It urged people to store food in rodent-proof containers. Health workers are among those infected.",
        "health",
    ),
    (
        "Measles outbreak in Central Java: 1,200 cases",
        "More than 1,200 children have contracted measles in Central Java, the provincial health office said, and 14 have died. An immunisation campaign has begun. Health workers said many parents had refused vaccines.",
        "health",
    ),
]
