"""dev421 negatives: floods, landslides, the haze and the 2025 earthquake; accidents at sea, on
the road, in a fireworks factory and at an army ammunition depot; bird flu and Covid-19.

NEGATIVES = [(title, text, kind code), ...]
"""


def _j(*sentences: str) -> str:
    return " ".join(sentences)


NEGATIVES = [
    (
        "Mae Sai under siege from mud as floodwaters recede",
        _j(
            "Residents of Mae Sai in Chiang Rai began digging their homes out of thick mud on Saturday as floodwaters from the Sai River receded, leaving the border town's main market and hundreds of houses buried up to their windows.",
            "Soldiers from the Third Army Region, together with volunteers and workers from the Bangkok Metropolitan Administration, used excavators and fire hoses to clear streets in the worst-hit communities of Sai Lom Joy and Koh Sai.",
            "At least nine people have died in Chiang Rai since Typhoon Yagi brought torrential rain to the North earlier this month, and about 2,000 households are still living in temporary shelters, the provincial disaster office said.",
            '"We have fought floods before, but never mud like this," said Jintana, 58, whose noodle shop near the Friendship Bridge was filled to the counter.',
            "The army has set up field kitchens and mobile water filters at three temples in the district.",
            "Officials blamed the scale of the disaster on deforestation and unregulated mining upstream in Myanmar's Shan State, where the Sai River rises.",
            "The government has approved emergency payments of 9,000 baht for each flooded household.",
            "Some shopkeepers complained that the money would not even cover the cost of cleaning their stock, much of which was ruined.",
            "The Meteorological Department warned of more heavy rain in the North next week, and residents of low-lying areas were told to move valuables to higher floors.",
            "Schools in the district will stay closed until at least Wednesday while soldiers clear classrooms of mud.",
            "Across the river, the Myanmar town of Tachileik was also badly flooded, according to residents who crossed the Friendship Bridge after the water fell.",
        ),
        "disaster",
    ),
    (
        "Lang Nu flash flood: soldiers dig for missing as toll rises to 46",
        _j(
            "Rescuers in Lao Cai province have recovered 46 bodies after a flash flood swept through Lang Nu village in Bao Yen district, and 16 people are still missing, the provincial People's Committee said on Friday.",
            "The torrent of mud and rocks came down from the mountain before dawn on Tuesday, burying 37 houses as villagers slept, three days after Typhoon Yagi made landfall on the coast.",
            "More than 1,000 soldiers, police and militia members have been digging through the debris with shovels and excavators, and sniffer dogs were brought from Hanoi.",
            '"We dug with our hands because machines could not reach us on the first day," said a soldier from the provincial military command.',
            "Only 20 houses on higher ground were left standing, and the surviving villagers have moved to a school in the commune centre.",
            "Typhoon Yagi, the strongest storm to hit northern Vietnam in decades, has killed nearly 300 people across the region, most in floods and landslides, according to the disaster management agency.",
            "Prime Minister Pham Minh Chinh visited the village on Thursday and ordered it to be rebuilt on a safer site.",
            "Geologists said the slopes above the village had been soaked by four days of rain, and that several other villages in Bao Yen sat in similar valleys.",
            "Relatives of the missing have set up a tent beside the debris, where they burn incense and wait for news.",
        ),
        "disaster",
    ),
    (
        "Chiang Mai tops world pollution charts as haze chokes the North",
        _j(
            "Chiang Mai was ranked the most polluted city in the world on Friday morning by the air quality monitor IQAir, with levels of fine PM2.5 dust more than 20 times the World Health Organization's guideline.",
            "A thick grey haze hid the mountain of Doi Suthep from the city centre, and flights at Chiang Mai airport were delayed by poor visibility.",
            "The provincial authorities told civil servants to work from home and urged people to stay indoors, while hospitals said more patients were coming in with breathing problems.",
            "Satellite images showed more than 1,200 hotspots in the northern provinces, most of them forest fires and the burning of crop stubble, the Geo-Informatics and Space Technology Development Agency said.",
            "Smoke from fires in Myanmar and Laos is also blowing across the border.",
            "Soldiers and forest rangers have been sent to fight fires on Doi Suthep and in Mae Chaem district, where some blazes have burned for more than a week.",
            "Residents and doctors have filed a lawsuit accusing the government of failing to tackle the haze, which returns every dry season.",
        ),
        "disaster",
    ),
    (
        "Rescuers search collapsed audit office tower in Chatuchak after quake",
        _j(
            "Rescue teams worked through the night with heavy cranes and sniffer dogs at the site of a 30-storey building under construction in Bangkok's Chatuchak district that collapsed when a powerful earthquake struck Myanmar on Friday.",
            "Officials said 15 bodies had been recovered and 72 workers were unaccounted for, many of them migrants from Myanmar and Cambodia.",
            "The tower, built for the State Audit Office by a joint venture involving a Chinese state-owned company, was the only building in Bangkok to fall in the quake, whose epicentre was near Mandalay, more than 1,000 kilometres away.",
            "Residents of high-rise condominiums across the capital fled down stairwells as buildings swayed, and water from rooftop pools spilled onto the streets.",
            "The Industry Ministry said samples of steel bars taken from the site had failed quality tests, and police have opened a criminal investigation.",
            '"We heard voices tapping under the concrete on the first night," said a rescue volunteer from the Ruamkatanyu Foundation.',
            "Bangkok Governor Chadchart Sittipunt said engineers had inspected more than 9,000 buildings for cracks, and the city had declared a disaster zone to speed up relief.",
        ),
        "disaster",
    ),
    (
        "Landslide buries army post in Huong Hoa, 22 soldiers feared dead",
        _j(
            "Twenty-two soldiers were buried when a landslide struck the barracks of an army regiment in Huong Hoa district of Quang Tri province before dawn on Sunday, the military region command said, after days of heavy rain in central Vietnam.",
            "Eight soldiers escaped, some with injuries, and raised the alarm, but the landslide had cut the road to the barracks, the command said.",
            "Rescue teams from Military Region 4 reached the site on foot in the afternoon and recovered the first bodies by evening.",
            "The landslide came a week after 13 soldiers and rescuers died in a landslide at a forest protection station in Thua Thien Hue province while trying to reach workers trapped at a hydropower plant.",
            "Floods and landslides in the central provinces have killed more than 100 people this month, the national disaster committee said, and hundreds of thousands of homes have been flooded.",
            "The Ministry of National Defence has deployed more than 30,000 troops and militia to help evacuate residents and deliver food.",
            "A national day of mourning for the soldiers will be held on Saturday.",
        ),
        "disaster",
    ),
    (
        "Twenty soldiers killed in ammunition depot blast in Kampong Speu",
        _j(
            "Twenty soldiers were killed and several others injured on Saturday when explosions tore through an ammunition depot at a military base in Kampong Speu province, the Ministry of National Defence said.",
            "The blasts began in the afternoon at the base in Chbar Mon city, about 50 kilometres west of Phnom Penh, and continued for hours as fire spread between storage buildings.",
            "Residents of nearby villages said their walls cracked and roof tiles fell, and about 25 houses were damaged.",
            'Prime Minister Hun Manet said on Facebook he was "deeply shocked" and ordered an investigation into the cause, which the army said was thought to be the hot weather.',
            "Temperatures in the province had been close to 40C for weeks.",
            "Defence officials said the ammunition stored at the base included artillery shells and mortar rounds dating back to the 1980s.",
            "The army said it would review safety at all its depots and move old stocks away from towns.",
        ),
        "accident",
    ),
    (
        "HTMS Sukhothai sinks in Gulf of Thailand storm; dozens of sailors missing",
        _j(
            "The Royal Thai Navy corvette HTMS Sukhothai sank in rough seas off Prachuap Khiri Khan late on Sunday, and 31 of the 105 sailors on board were still missing on Tuesday, the navy said.",
            "The ship, on patrol in the Gulf of Thailand, began taking on water after waves of up to four metres flooded its engine room and knocked out its electrical system.",
            "Navy ships and helicopters rescued 74 sailors, some of whom had spent hours in the water with only life jackets, before the corvette went down around midnight.",
            "Survivors said there had not been enough life jackets for everyone, and several men gave theirs to colleagues.",
            "The navy chief said an investigation would look into why the ship had put to sea in a storm.",
            "The Sukhothai, built in the United States and commissioned in 1987, was one of the navy's oldest front-line vessels.",
            "Families of the missing gathered at Bang Saphan pier, waiting for news from the search ships.",
        ),
        "accident",
    ),
    (
        "Thirty-nine dead after tourist boat capsizes in Ha Long Bay storm",
        _j(
            "Thirty-nine people were killed when a tourist boat capsized in a sudden thunderstorm on Ha Long Bay on Saturday afternoon, rescue officials said, in one of the deadliest accidents in the bay's history.",
            "The Wonder Sea was carrying 48 passengers, most of them families from Hanoi on summer holiday, and five crew.",
            "Rescuers pulled 10 survivors from the water, including a 10-year-old boy who was found in an air pocket inside the overturned hull after four hours.",
            "The storm, with heavy rain and strong winds, struck the bay while the boat was returning from a tour of Ti Top island.",
            "Quang Ninh province suspended all tourist boat trips and ordered an inspection of the fleet.",
            "Police said they were examining whether the operator had followed weather warnings issued that morning.",
            "Prime Minister Pham Minh Chinh sent condolences to the families and ordered authorities to find those still missing.",
        ),
        "accident",
    ),
    (
        "Twenty children and three teachers die in school bus fire on Vibhavadi Rangsit",
        _j(
            "Twenty young pupils and three teachers died on Tuesday when a bus taking them on a school trip caught fire on Vibhavadi Rangsit Road in Pathum Thani, police said.",
            "The bus, carrying 44 children and six teachers from a school in Uthai Thani, was heading to Nonthaburi and Ayutthaya when a front tyre burst and it scraped along the barrier before bursting into flames.",
            "Passers-by and rescue workers broke windows to pull out children, but the fire spread quickly through the vehicle, which police said ran on compressed natural gas.",
            "Investigators later found the bus had been fitted with more gas tanks than it was registered for.",
            "The driver fled the scene and surrendered to police in the evening.",
            "Prime Minister Paetongtarn Shinawatra ordered inspections of all buses running on natural gas and said the families would receive compensation.",
            "The Department of Land Transport suspended the operator's licence and said 13,000 gas-powered buses would be checked within two months.",
        ),
        "accident",
    ),
    (
        "Fireworks factory blast flattens buildings in Suphan Buri, 23 killed",
        _j(
            "Twenty-three people were killed when an explosion destroyed a fireworks factory in Suphan Buri's Sala Khao subdistrict on Wednesday afternoon, the provincial governor said.",
            "The blast, heard several kilometres away, flattened the workshop buildings and left a crater in the ground.",
            "Rescue workers found body parts scattered across rice fields around the site, which was in a remote area.",
            "The factory had a licence to make fireworks and stored gunpowder on site, the governor said, adding that it had exploded once before, in 2022.",
            "Many of the workers were from nearby villages and had been making fireworks for the Chinese New Year season.",
            "The Interior Ministry ordered inspections of fireworks workshops nationwide.",
            "Police said they were investigating whether too much explosive material had been stored at the factory.",
        ),
        "accident",
    ),
    (
        "Takeo man dies of bird flu, Cambodia's sixth H5N1 case this year",
        _j(
            "A 41-year-old man from Takeo province has died of H5N1 bird flu, the Ministry of Health said on Monday, Cambodia's sixth human case and fourth death from the virus this year.",
            "The man fell ill after preparing sick chickens from his backyard flock for a meal, and was taken to a hospital in Phnom Penh with a high fever and breathing problems, the ministry said.",
            "Rapid response teams were sent to his village to trace close contacts, give them the antiviral drug Tamiflu and test poultry.",
            "None of the contacts have shown symptoms so far.",
            "The ministry urged people not to touch, cook or eat dead or sick poultry and to report bird deaths to the authorities.",
            "Scientists say the cases in Cambodia are caused by a reassortant strain that has circulated in the country's poultry for years, and there is no evidence of human-to-human spread.",
            "Cambodia has recorded more than 80 human cases of H5N1 since 2005.",
        ),
        "health",
    ),
    (
        "Troops deliver food as Ho Chi Minh City enters hardest lockdown",
        _j(
            "Soldiers and police began delivering food to homes across Ho Chi Minh City on Monday as the city of nine million entered its strictest lockdown yet, with residents forbidden to leave their homes even to buy groceries.",
            "City leaders called the new measures a decisive battle against the Delta variant, which has infected more than 230,000 people in the city and killed more than 9,000 since April.",
            "Army trucks carried rice, vegetables and noodles to ward offices, and soldiers in protective suits handed out bags at the doors of alleys.",
            "Checkpoints manned by soldiers and militia were set up on main roads, and only medical workers and delivery staff with special permits could move around.",
            "Some residents complained on social media that food had not reached them, and volunteer groups delivered supplies to poorer districts.",
            "The city aims to test everyone in the highest-risk areas within a week and to vaccinate more than 70% of adults.",
            '"The whole city is a front line," the deputy chairman of the People\'s Committee told reporters.',
        ),
        "health",
    ),
]
