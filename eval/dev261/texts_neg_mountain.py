"""dev261 negatives: avalanches, storms, falls, rescues and the mountains' other deaths."""

NEGATIVES = [
    (
        "Avalanche in the Khumbu Icefall kills Sherpa guides fixing ropes for the season",
        "An avalanche swept through the Khumbu Icefall on Everest early on Friday, killing at least 12 Nepali guides who were carrying loads and fixing ropes for foreign expeditions, officials said. Several more are missing under the ice. A block of serac broke loose above a section known as the 'popcorn field' just after 6.30am, when dozens of Sherpas were moving up towards Camp One. Rescue helicopters flew survivors to base camp and the injured to Kathmandu. It is the deadliest single day in the history of the mountain, Nepal's tourism ministry said. Hundreds of climbers from more than 30 teams had been preparing their summit assaults for May, and many now say the season should be called off. 'We are the army that carries everything up for them,' said one guide at base camp, 'and today we lost our brothers.' The government has offered families 40,000 rupees each towards funeral costs, a sum guides' associations called an insult.",
        "disaster",
    ),
    (
        "Manaslu avalanche buries camp as record crowds lay siege to the peak",
        "An avalanche struck Camp Four on Manaslu, the world's eighth-highest mountain, on Monday, killing a Nepali guide and injuring more than a dozen climbers, expedition organisers said. The slide came a day after the American ski mountaineer Hilaree Nelson fell to her death while descending from the summit. Nepal issued a record number of permits for the autumn season, and more than 400 climbers with their guides had been camped on the mountain, many of them laying siege to the summit in a single weather window. Rescue pilots said they had flown several injured people to Samagaun and on to Kathmandu. Heavy snowfall in the preceding week had loaded the slopes, according to meteorologists. Some operators said the crowding made descents slower and more dangerous. The tourism department said it would review how many permits were issued for each peak.",
        "disaster",
    ),
    (
        "Blizzard on the Annapurna Circuit leaves trekkers dead on Thorong La",
        "At least 39 people, among them foreign trekkers, porters and local herders, were killed when a freak blizzard and avalanches struck the Annapurna region of Nepal, officials said, in the country's worst trekking disaster. The storm, the tail of a cyclone that hit India's east coast, dumped metres of snow on the Thorong La pass, which walkers on the Annapurna Circuit cross at 5,416 metres. Army helicopters rescued more than 500 people from tea houses and high camps over four days. Many of those who died had set out from Thorong Phedi in the morning, when the weather seemed clear. Survivors described a battle through chest-deep snow with no trail visible. Nepal's government has since promised better weather warnings and a system for tracking trekkers' permits. Critics said the warnings had been issued but never reached the mountains.",
        "disaster",
    ),
    (
        "Marmolada glacier collapse kills hikers on the Dolomites' normal route",
        "A huge section of the Marmolada glacier in Italy's Dolomites broke away on Sunday, sending an avalanche of ice, snow and rock down the normal route to the summit and killing at least seven people, rescuers said. Eight were injured and more than a dozen were reported missing. The collapse happened on a day when temperatures at the summit reached 10C, a record for the peak. The mountain, the highest in the Dolomites, was a front line in the First World War, when Austrian troops dug a city of tunnels into the ice. Rescue teams using drones and dogs searched the debris field, but officials warned that further collapses were possible. Italy's prime minister visited the nearby town of Canazei and said the disaster 'without doubt' had links to climate change. The mountain has been closed to climbers.",
        "disaster",
    ),
    (
        "Earthquake-triggered avalanche sweeps Everest base camp",
        "An avalanche set off by a powerful earthquake in Nepal swept through Everest base camp on Saturday, killing at least 18 people and injuring dozens, mountaineering officials said. Climbers described a wall of snow, ice and rock that came off Pumori and flattened tents in the lower part of the camp. The 7.8-magnitude quake, centred near Gorkha, has killed thousands of people across Nepal and destroyed villages in the hills. Helicopters began flying the injured from base camp to Pheriche and Lukla as soon as the weather cleared. Around 150 climbers who were above the Khumbu Icefall at Camps One and Two were stranded after the route through the icefall was destroyed. 'It was like a bomb had gone off,' a Romanian climber told reporters by satellite phone. The season has been abandoned by most teams.",
        "disaster",
    ),
    (
        "Flash flood sweeps canyoning group through gorge in Swiss Alps",
        "A flash flood swept a group of canyoners through a narrow gorge in the Bernese Oberland on Tuesday, killing three and leaving two missing, police in Bern said. The group of eight, with two guides, was descending the Saxetenbach when a thunderstorm upstream sent a surge of water down the ravine. Three people managed to climb onto ledges and were winched out by helicopter. The gorge, near Interlaken, is a popular venue for adventure companies that take visitors abseiling down waterfalls and jumping into pools. It was the scene of a disaster in 1999 in which 21 people died. Rescue teams with dogs were searching the banks of the river downstream on Wednesday. Meteorologists had warned of isolated storms in the afternoon, and investigators said they would examine whether the guides checked the forecast.",
        "disaster",
    ),
    (
        "Wildfire forces evacuation of Jasper town and campgrounds in the Rockies",
        "About 25,000 residents and visitors were ordered out of Jasper National Park and its town in the Canadian Rockies on Monday night as wildfires approached from the south and west, officials said. Campgrounds were emptied and hikers on backcountry trails were contacted by park staff and told to walk out. Traffic on the single highway west towards British Columbia backed up for hours. Parks Canada said firefighters and heavy equipment were battling the blaze on several fronts, and the military sent aircraft to help. By Wednesday flames had reached the town and destroyed around a third of its buildings. The park is one of the most visited in Canada, with more than two million visitors a year drawn by its glaciers, lakes and trails. The government of Alberta said it would take months before the town's residents could return.",
        "disaster",
    ),
    (
        "Skiers killed as avalanche hits off-piste group in Kyrgyz resort",
        "Three foreign skiers were killed and a fourth was injured when an avalanche hit their group on an off-piste slope above the Karakol ski base in eastern Kyrgyzstan, the emergencies ministry said. The skiers, from Russia, Kazakhstan and Germany, were with a local guide who was also caught in the slide but was dug out by his clients. Rescuers recovered the bodies after a six-hour search on Sunday. The Tien Shan range had received heavy snow in the preceding days, and the ministry had issued an avalanche warning for the region. Karakol has become a magnet for freeride skiers looking for cheap, uncrowded powder, and local operators say visitor numbers have trebled in five years. The ministry urged foreigners to register their routes and to carry transceivers. An investigation has been opened into the guiding company.",
        "disaster",
    ),
    (
        "K2 summit push ends in tragedy as climbers fall on the Bottleneck",
        "Two climbers died and a third is missing after a fall on the Bottleneck, the steep couloir below the summit of K2, expedition organisers in Pakistan said on Thursday. The climbers, from Iceland, Chile and Pakistan, were part of a summit push that started from Camp Four shortly after midnight. A team member said the three had been caught by a falling block of ice while moving along a fixed rope. The bodies of two have been seen but cannot be recovered from the altitude where they lie. K2, the world's second-highest mountain, is regarded as far more dangerous than Everest, and climbers speak of 'attacking' the final section in a single push through the night. The Alpine Club of Pakistan said 30 climbers had reached the summit in the same window. An army helicopter flew other climbers down from base camp after the weather deteriorated.",
        "accident",
    ),
    (
        "Rescue helicopter crashes near Everest region, killing pilot and five Mexican tourists",
        "A helicopter carrying five Mexican tourists on a sightseeing flight around Everest crashed into a hillside in the Solukhumbu district on Tuesday, killing all six people on board, Nepal's civil aviation authority said. The aircraft lost contact with the control tower about 10 minutes after taking off from Lukla. Villagers who reached the site said the wreckage was scattered across a forested slope. The operator, Manang Air, also flies rescue missions for climbers and trekkers during the spring season. Nepal's aviation record has long been criticised, and the European Union bans Nepali airlines from its airspace. The aviation ministry said it had formed a committee to investigate. Low cloud and poor visibility had been reported in the area. Helicopters are the only quick way in and out of much of the Everest region, where villages lie days' walk from the nearest road, and dozens of flights a day leave Lukla in the busy seasons.",
        "accident",
    ),
    (
        "British climber falls to his death on Matterhorn's Hörnli ridge",
        "A British climber died after falling several hundred metres from the Hörnli ridge of the Matterhorn on Wednesday, police in the Swiss canton of Valais said. The man, in his thirties, was descending with a friend when he slipped on a section above the Solvay hut. His companion was flown off the mountain by Air Zermatt. The Matterhorn, whose first ascent in 1865 ended with four of the seven climbers falling to their deaths, remains one of the deadliest peaks in the Alps, with more than 500 climbers killed since then. Guides in Zermatt have warned that warm summers are making the mountain more dangerous by loosening the rock. 'People come to conquer it and forget that it is the way down that kills,' said one mountain guide. Police said an investigation was under way, as is usual.",
        "accident",
    ),
    (
        "Touring cyclist killed by lorry on the Carretera Austral",
        "A Belgian cyclist who was riding from Alaska to the tip of South America was killed on Saturday when he was struck by a lorry on the Carretera Austral in southern Chile, police said. The 29-year-old had left Coyhaique that morning and was riding on a gravel section near Villa Cerro Castillo when the accident happened. The driver stopped and was questioned by Carabineros. The rider's blog had recorded more than 24,000km of cycling in 19 months. Friends on the road said he had been 'attacking the last stretch' in good spirits and hoped to reach Ushuaia by Christmas. The route, which runs for more than 1,200km through forests, fjords and glaciers, has become a bucket-list ride for touring cyclists. Cycling groups in Chile have called for warning signs and wider shoulders on its paved sections.",
        "accident",
    ),
    (
        "Boys' football team rescued from flooded Tham Luang cave after 17 days",
        "Divers have brought out the last of the 12 boys and their coach trapped in the flooded Tham Luang cave in northern Thailand, ending a rescue operation that gripped the world. The team had gone into the cave after a football practice and was cut off by rising water. British cave divers found them on a ledge about 4km from the entrance after nine days. Thai navy SEALs, foreign divers and hundreds of volunteers took part in what officials called a battle against the rain and the clock. A former navy diver died during the operation when he ran out of air while placing oxygen tanks. The boys were sedated and carried through the flooded passages on stretchers, the rescuers said. Doctors said they were in good health. The cave is in a forest park on the border with Myanmar and was popular with local hikers.",
        "accident",
    ),
    (
        "Bus carrying trekkers plunges into gorge on road to Colca Canyon",
        "A bus carrying tourists to the Colca Canyon in southern Peru plunged into a ravine on Monday, killing at least 15 people, among them several foreign trekkers, police said. The vehicle left the road on a bend near the village of Chivay and rolled about 200 metres. Around two dozen passengers were injured and taken to hospitals in Arequipa. Police said the driver may have fallen asleep at the wheel after a night departure. The Colca Canyon, one of the deepest in the world, is a popular two- or three-day trek from Arequipa, and many backpackers travel there on night buses to see condors at dawn. Peru has one of the highest rates of road deaths in Latin America. Several embassies said they were helping the families of their nationals. The regional government declared a day of mourning and said it would review the licences of companies that run overnight services to the canyon.",
        "accident",
    ),
    (
        "Rescue teams bring down injured walkers from Ben Nevis in winter storm",
        "Mountain rescue volunteers carried two injured walkers down from Ben Nevis through the night after they were caught in a storm near the summit, Lochaber Mountain Rescue Team said. The pair, from England, had set out on the tourist path in good weather but turned back in white-out conditions and fell on ice near Five Finger Gully, a notorious trap. About 20 rescuers took part in the operation, and a coastguard helicopter could not fly because of high winds. The team said it was the 17th call-out of the winter. 'They were well equipped but the mountain decides,' the team leader said. Scottish mountain rescue teams responded to more than 900 incidents last year, a record. Rescuers have repeatedly urged walkers to carry maps and compasses, not just phones. Both walkers were taken to Belford Hospital in Fort William, where they were said to be in a stable condition.",
        "accident",
    ),
    (
        "Everest season cancelled as Nepal closes peaks over coronavirus",
        "Nepal has suspended all climbing expeditions, including on Everest, and stopped issuing trekking permits as part of its response to the coronavirus pandemic, the tourism ministry said. China had already closed the northern side of the mountain. The decision will hit thousands of guides, porters and cooks who depend on the spring season, as well as lodges in the Khumbu and Annapurna regions. More than 300 climbers had been expected to attempt Everest this year. The government said it would refund or extend the validity of permits. Some expedition leaders said the decision was right, pointing to the risk of the virus spreading at base camp, where hundreds of people share tents and dining halls at altitude. 'It would have been a disaster,' one operator said. Nepal had confirmed only one case of Covid-19 when the decision was taken.",
        "health",
    ),
    (
        "Norovirus outbreak sickens dozens of hikers on the Appalachian Trail",
        "Dozens of hikers on the Appalachian Trail in the Great Smoky Mountains have fallen ill with norovirus, the National Park Service said, and several shelters have been closed for cleaning. At least 40 people reported vomiting and diarrhoea after staying at shelters and drinking from springs along the trail, health officials said. The park urged hikers to use soap rather than hand sanitiser, which does not kill the virus, and to treat all water. Thru-hikers who set out from Georgia in the spring pass through the Smokies in large numbers, which allows outbreaks to spread quickly. 'It went through our bubble like wildfire,' one hiker wrote on a trail forum. Officials said the outbreak appeared to be under control, but asked anyone with symptoms to stay off the trail for two days after recovering.",
        "health",
    ),
    (
        "Ultrarunner sets fastest known time on the Great Himalaya Trail",
        "A Nepali ultrarunner has set the fastest known time on the high route of the Great Himalaya Trail, covering about 1,500km across the country in 26 days, his support team said. The runner, a former porter from the Solukhumbu, crossed high passes including Tashi Labtsa and Sherpani Col, often running through the night. He finished at the Tibetan border in the far west on Sunday to a welcome from villagers. The previous record, set by a British runner, stood for seven years. His support crew of four followed on foot and by jeep where roads allowed, carrying food, spare shoes and a satellite phone. The trail, which runs the length of the Himalaya, is rarely completed in one go, and most hikers walk it over several months. The runner said he hoped the record would bring attention to the trail and to the lodges along it, which have struggled since the pandemic.",
        "other",
    ),
    (
        "Afghan women cycling team, once refugees, ride into Switzerland's Alpine classic",
        "Members of Afghanistan's national women's cycling team, who left the country as refugees in 2021, have raced their first Alpine road event as a team, finishing a gruelling sportive over three passes in the Swiss canton of Valais. The riders, now living in Italy and Switzerland, were helped to leave Kabul with the support of an Italian former cyclist and the sport's world governing body. Several of them now study and train at the UCI's centre in Aigle. One rider said climbing the Grand Saint-Bernard pass had been 'the hardest and happiest thing' she had done on a bike. The team hopes to compete at a world championship in a few years. Cycling was one of the few sports in which Afghan women had begun to compete internationally before 2021. The riders now hope to take part in the Tour de Suisse women's race, which organisers said would welcome them.",
        "other",
    ),
]
