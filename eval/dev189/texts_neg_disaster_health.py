"""dev189 hard negatives: animals in droughts, heatwaves, bushfires, floods, quakes and eruptions,
and animal epidemics and vaccination campaigns."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Drought kills more than 200 elephants in Kenya as rains fail for a fourth season",
        "Kenya's worst drought in four decades has killed more than 200 elephants, over 500 "
        "wildebeest and dozens of endangered Grevy's zebras in the past nine months, the "
        "tourism and wildlife ministry said on Friday. The report, compiled by the Kenya "
        "Wildlife Service and conservation groups, found carcasses in parks and conservancies"
        " across the north and south of the country, where four rainy seasons in a row have "
        "failed. Rivers and waterholes in Tsavo and Amboseli have dried up, and animals have "
        "been forced to compete with herders' livestock for the little grass left. \"We are "
        'seeing calves die first, then the mothers," a KWS veterinarian said. Rangers have '
        "been trucking water and hay into some conservancies, and the wildlife service said "
        "it would ask the Treasury for emergency funding. Millions of Kenyans also face "
        "hunger, and pastoralists in Marsabit and Turkana have lost most of their herds. "
        "Meteorologists warned that the coming rains could again be below normal. The "
        "minister said the state would consider moving some animals to better-watered areas. "
        "Tourism operators in Amboseli said visitors had been shocked by the sight of "
        "carcasses along the game drive routes. Some conservancies have begun feeding "
        'elephants with hay bought from farmers in the central highlands, at great cost. "It '
        "is heartbreaking, because these are animals we have protected from poachers for "
        'years, and now the sky is killing them," said a ranger in Samburu. Scientists say '
        "droughts in the Horn of Africa have become longer and more frequent as the climate "
        "warms.",
        "disaster",
    ),
    (
        "Scores of river dolphins found dead in Amazon lake as water temperatures soar",
        "More than 120 river dolphins have been found dead in Lake Tefe in Brazil's Amazonas "
        "state over the past week, as a severe drought pushed the lake's water temperature "
        "above 39 degrees Celsius, researchers said. Scientists from the Mamiraua Institute "
        "said the heat and low water levels were the most likely cause, though they were "
        "testing for bacteria and other factors. Images of carcasses floating in the brown "
        "water and of vultures picking at them on the shore spread widely on social media. "
        "The lake, fed by the Solimoes river, is home to pink and grey dolphins, both listed "
        'as threatened. "Something like this has never been recorded in the region," a '
        "researcher told Reuters. Rivers across the Amazon have fallen to record lows, "
        "cutting off riverside communities that depend on boats for food and water. Brazil's "
        "environment ministry sent veterinarians and rescue teams to the area and said it was"
        " considering moving surviving dolphins to cooler water. Scientists link the drought "
        "to the El Nino weather pattern and to climate change.",
        "disaster",
    ),
    (
        "Army joins the battle to save koalas as bushfires rage across New South Wales",
        "Soldiers and army reservists have been deployed to help wildlife carers in New South"
        " Wales rescue koalas, kangaroos and other animals from the bushfires that have "
        "burned more than 5 million hectares of the state this season. Ecologists estimate "
        "that hundreds of millions of animals may have died in the fires, and that thousands "
        "of koalas were killed on the Mid North Coast alone. At a makeshift hospital at a "
        "Port Macquarie koala sanctuary, volunteers were treating burned paws with cream and "
        'bandages on Sunday. "They come in with their feet burned through to the bone, '
        'because they try to climb down and escape," said one carer. The Rural Fire Service '
        "said more than 100 fires were still burning across the state, about half of them "
        "uncontained, with temperatures forecast to climb above 40 degrees on Tuesday. "
        "Thousands of residents have been evacuated from coastal towns, some sheltering on "
        "beaches as the fire fronts approached. The federal government announced $50 million "
        "in emergency funding for wildlife recovery. Scientists warn some species could be "
        "pushed to extinction.",
        "disaster",
    ),
    (
        "Floods submerge most of Kaziranga, rhinos drown as animals flee to highlands",
        "Floods have submerged most of Kaziranga National Park in India's Assam state, "
        "drowning at least nine one-horned rhinos and more than 100 hog deer, park officials "
        "said on Wednesday. The Brahmaputra river burst its banks after days of heavy monsoon"
        " rain, inundating more than 150 of the park's anti-poaching camps and forcing some "
        "guards to move out by boat. Animals have been fleeing to artificial highlands built "
        "inside the park and towards the hills of Karbi Anglong, crossing a busy national "
        "highway where speed limits are being enforced. A tiger was found resting on a bed "
        "inside a house in a village near the park, officials said. Across Assam, the floods "
        "have affected more than 2 million people, and tens of thousands are living in relief"
        " camps. The state disaster management authority said 31 people had died in floods "
        "and landslides since June. Wildlife groups said the annual floods are vital for the "
        "park's grasslands, but that their intensity was growing. Forest officials urged "
        "drivers to slow down on the highway.",
        "disaster",
    ),
    (
        "Dogs, cats and a parrot pulled alive from quake rubble in Antakya",
        "Rescue teams searching the rubble of collapsed buildings in Antakya have pulled out "
        "dozens of animals alive, including a cat found after 21 days under a fallen "
        "apartment block, volunteers said. Animal rescue groups from across Turkey have set "
        "up field clinics in southern Hatay province, treating dogs and cats with crushed "
        "limbs, dehydration and infected wounds. One team freed a grey parrot that had "
        "survived in its cage in the ruins of a shop. More than 50,000 people were killed in "
        "Turkey by the earthquakes of February 6, and hundreds of thousands were left "
        "homeless, many of them still living in tents and container cities. Many survivors "
        'have refused to leave their pets behind, bringing them into the camps. "She was the '
        'only thing I found from my home," said a woman who carried her cat in a basket to a '
        "tent camp in Iskenderun. Vets say thousands of animals are still roaming the "
        "destroyed neighbourhoods. The disaster agency said the rescue operation for people "
        "had ended, but animal groups are continuing their searches.",
        "disaster",
    ),
    (
        "Semeru eruption forces farmers to leave cattle behind on ash-covered slopes",
        "Farmers living on the slopes of Mount Semeru in East Java have been returning to "
        "their ash-covered villages to feed cattle they left behind when they fled Saturday's"
        " eruption, officials said, despite warnings that the volcano remained dangerous. The"
        " eruption sent a column of ash thousands of metres into the sky and hot pyroclastic "
        "flows down the mountain's southern flank, burying houses, a bridge and sand-mining "
        "pits. At least 34 people have been killed and thousands have been evacuated to "
        "shelters in schools and mosques in Lumajang regency, the National Disaster "
        'Mitigation Agency (BNPB) said. "The cows are all we have. If they die, we have '
        'nothing to come back to," a farmer from Curah Kobokan told The Jakarta Post. '
        "Volunteers and local authorities have begun moving livestock to temporary pens, and "
        "vets are treating animals for burns and breathing problems. The Centre for "
        "Volcanology and Geological Hazard Mitigation kept the volcano's alert status at the "
        "second-highest level. Officials urged residents to stay out of a 5-kilometre zone "
        "around the crater.",
        "disaster",
    ),
    (
        "Bird flu kills thousands of sea lions along Peru's coast",
        "More than 3,000 sea lions have died of bird flu along Peru's coast since January, "
        "the national forest and wildlife service said, in one of the largest outbreaks of "
        "the H5N1 virus among marine mammals ever recorded. The carcasses have been found on "
        "beaches and in protected areas from Piura in the north to Arequipa in the south. The"
        " virus had already killed tens of thousands of pelicans, boobies and other seabirds "
        "in the country since late last year. Officials closed several beaches and urged the "
        "public to keep their dogs away from dead and sick animals. Scientists worry that "
        "spread among mammals increases the chance that the virus could adapt to infect "
        "people more easily, though the World Health Organization says the risk to the "
        'general public remains low. "We are seeing sea lions convulsing on the sand," a '
        "veterinarian in Lima told Reuters. Chile has also reported deaths of sea lions and a"
        " few human cases linked to birds. Peru's health ministry said there had been no "
        "human infections in the country.",
        "health",
    ),
    (
        "Bali steps up war on rabies with mass dog vaccination drive",
        "Bali's provincial government has launched a mass vaccination drive aiming to "
        "immunise at least 70 percent of the island's roughly 600,000 dogs by the end of the "
        "year, after a rise in rabies deaths, officials said. Teams of vets and volunteers "
        "will go from village to village, catching and vaccinating dogs and marking them with"
        " a collar, the head of the Bali Livestock and Animal Health Agency said on Monday. "
        "Rabies arrived in Bali in 2008 and has since killed more than 150 people on the "
        "island, which had previously been free of the disease. Eight people have died so far"
        ' this year, most of them after being bitten by unvaccinated village dogs. "We are '
        'declaring war on rabies, and every regency must join," the provincial secretary said'
        " at the launch in Denpasar. The campaign is supported by the Health Ministry and "
        "animal welfare groups, which have criticised past culls of stray dogs as cruel and "
        "ineffective. Tourists bitten by dogs have been advised to seek post-exposure "
        "vaccines immediately. Supplies of the vaccine have been sent to all nine regencies, "
        "The Jakarta Post reported.",
        "health",
    ),
    (
        "Philippines culls pigs as African swine fever spreads near Manila",
        "The Philippines has culled more than 20,000 pigs in provinces around Manila as "
        "African swine fever spreads through backyard farms, the agriculture department said "
        "on Tuesday, and authorities have set up checkpoints to stop the movement of pork "
        "products. The virus, which does not infect people but is almost always fatal to "
        "pigs, was confirmed in the country last month after unexplained deaths on farms in "
        "Rizal province. Agriculture Secretary William Dar said the government was waging a "
        '"battle on all fronts" against the disease, with quarantine zones one kilometre '
        "around infected farms and compensation for farmers whose pigs are culled. Several "
        "countries, including Japan and Singapore, have banned pork imports from the "
        "Philippines. Hog raisers say prices have collapsed as consumers avoid pork, though "
        "officials insist cooked meat is safe to eat. The disease has killed or led to the "
        "culling of hundreds of millions of pigs across Asia since it reached China last "
        "year. There is no vaccine available.",
        "health",
    ),
    (
        "Government to vaccinate 3 million cattle against lumpy skin disease",
        "The government will vaccinate more than 3 million cattle against lumpy skin disease "
        "in regions hit by a new outbreak, the Ministry of Livestock and Fisheries said in "
        "Dodoma yesterday. The permanent secretary said cases had been confirmed in Arusha, "
        "Manyara, Simiyu and Mara, where livestock keepers reported cattle with skin nodules,"
        " fever and falling milk yields. Movement of cattle out of affected districts and "
        "livestock markets in the four regions has been suspended for 30 days. The disease, "
        "spread by biting insects, rarely kills animals but causes heavy losses to farmers "
        'because of reduced milk production and damaged hides. "We urge livestock keepers to '
        'cooperate with veterinary officers and not to hide sick animals," she told The '
        "Citizen. Tanzania has the third-largest cattle herd in Africa, estimated at more "
        "than 36 million head. Vaccines will be supplied free of charge, the ministry said, "
        "with herders contributing only a small fee for vaccinators' transport. Livestock "
        "traders in Pugu said prices had already fallen since the market closures were "
        "announced.",
        "health",
    ),
]
