"""dev261 negatives: old war trails, battlefield walks, military mountaineering, races, films."""

NEGATIVES = [
    (
        "Cycling the Ho Chi Minh Trail, fifty years after the last convoys",
        "The old supply route that carried men and weapons from North Vietnam to the battlefields of the south has become one of South-east Asia's great cycling adventures. Over three weeks I rode about 1,600km along the Truong Son road, through limestone karst, jungle and the highlands of the central provinces. Bomb craters from the American air campaign still pit some of the fields, now filled with water and used as fish ponds. In Khe Sanh, the former US combat base has a small museum with helicopters and rusting tanks. Villagers told stories of the war as if it were last year, but the young cyclists who overtook me on carbon bikes wanted to talk about football. Unexploded bombs still kill people in the region, and local guides insist riders stay on the road. The road itself is smooth, quiet and often spectacular. The best time to ride, I was told, is in the dry season between February and April.",
        "history",
    ),
    (
        "Kokoda walkers mark Anzac Day at Isurava memorial",
        "About 250 Australian trekkers gathered at dawn at the Isurava memorial on the Kokoda Track in Papua New Guinea on Friday to mark Anzac Day, organisers said. The service, led by a retired army chaplain, remembered the Australian and Papuan soldiers who held back the Japanese advance along the track in 1942. The memorial stands on the site of one of the fiercest battles of the campaign, and its four granite pillars carry the words courage, endurance, mateship and sacrifice. Many of the walkers were on the eight-day trek from Owers' Corner to Kokoda, which has become a rite of passage for many Australians. Papuan porters, who carry packs for most groups, laid wreaths for the so-called Fuzzy Wuzzy Angels, the carriers who helped wounded soldiers. 'You feel what they went through on every hill,' said one trekker, a teacher from Brisbane. The track has seen record numbers of walkers since the pandemic.",
        "history",
    ),
    (
        "Walking the Western Front Way from the Swiss border to the sea",
        "A new long-distance footpath following the line of the Western Front of the First World War, from the Swiss border to the Belgian coast, has been opened in its first sections. The Western Front Way was conceived by a former British soldier who walked the route after leaving the army and wanted to give others a way to reflect on the war. Walkers pass through cemeteries, trenches preserved in woodland, craters and villages rebuilt in the 1920s. The Belgian section, around Ypres, is already waymarked with distinctive white markers. Organisers hope the path will draw walkers from many countries, including Germany, which has its own war cemeteries along the route. 'It is a walk for peace, not a battlefield tour,' the founder said. The full route is about 1,000km and would take around seven weeks to walk. Local authorities in France are still discussing how to mark some of the sections.",
        "history",
    ),
    (
        "Via ferrata through First World War tunnels draws climbers to the Dolomites",
        "Climbers clipping on to the steel cables of the Kaiserjäger route in the Lagazuoi area of the Dolomites are following in the footsteps of soldiers who fought here a century ago. During the First World War, Italian and Austro-Hungarian troops dug tunnels into the mountain and blew up each other's positions with huge mines, leaving scars still visible on the cliffs. Many of the region's via ferratas were first built by the armies to move men and supplies along the front. Today the tunnels have been restored as an open-air museum, and walkers with head torches can climb through them to the summit. Guides say the routes have become busier every summer. 'People come for the views and leave talking about the war,' said a guide in Cortina d'Ampezzo. Rangers warn that rusted barbed wire and old shells are still found on the mountain after rockfalls.",
        "history",
    ),
    (
        "Second World War bomb found by hikers on Bavarian trail is defused",
        "A 250kg aerial bomb from the Second World War found by hikers in woodland near the Bavarian town of Bad Tölz was defused on Sunday after about 2,000 residents were evacuated from nearby homes, police said. The hikers spotted the rusty casing sticking out of a stream bank after heavy rain and called police. Bomb disposal experts worked for about two hours to remove the detonator. A stretch of the Isar cycle path was closed for the day, as were several hiking trails. Thousands of tonnes of unexploded bombs dropped by Allied aircraft are still found in Germany every year, often on building sites. Police thanked residents for their patience and said the hikers had done the right thing by not touching the device. Residents were allowed home in the afternoon. The bomb, of American make, will be destroyed at a military range.",
        "history",
    ),
    (
        "Gallipoli peninsula's new walking routes link Anzac and Turkish battlefields",
        "Turkish authorities have opened a network of waymarked walking routes across the Gallipoli peninsula, linking cemeteries and memorials of the 1915 campaign in which more than 100,000 soldiers died. The routes, which run along the ridges above Anzac Cove and down to the beaches at Cape Helles, are meant to encourage visitors to stay longer than the usual coach tours. Information boards in Turkish and English tell the stories of soldiers on both sides. The Gallipoli Historic Site, which manages the area as a national park, said it had also restored trenches at Lone Pine and Chunuk Bair. Thousands of Australians and New Zealanders travel to the peninsula each April for the Anzac Day dawn service. 'Walking it shows you how close the lines were,' said a Turkish guide. Officials hope the routes will attract hikers through the spring and autumn.",
        "history",
    ),
    (
        "High Altitude Warfare School's winter course trains troops on Gulmarg's slopes",
        "The Indian Army's High Altitude Warfare School in Gulmarg has begun its annual winter course, training around 400 soldiers in skiing, ice craft and avalanche rescue, the army said. The school, set up in 1948, is one of the few of its kind in the world, and instructors from the United States, France and Britain have trained there. Soldiers learn to move and survive in snow at altitudes above 4,000 metres, and the course ends with a long ski march across the Pir Panjal. Gulmarg is also Kashmir's main ski resort, and visitors on the gondola can sometimes watch platoons of soldiers on skis. 'The mountain is the first enemy,' an instructor said. Several graduates of the school have climbed Everest with army expeditions. Officers said the course was being expanded this year because of the growing number of troops posted to high-altitude areas.",
        "military",
    ),
    (
        "Army team puts women soldiers on top of Everest in expedition for 'grit'",
        "A British Army expedition has put three women soldiers on the summit of Everest, the army said, as part of a project to show the military's commitment to adventure training. The climbers reached the top on the south-east ridge early on Saturday and returned safely to Camp Four. The expedition was funded partly by army sports budgets and partly by sponsors, and its members trained for two years on peaks in the Alps and Nepal. Officers said adventurous training helps to build resilience, teamwork and leadership, and is offered to soldiers at every level. One of the climbers, a corporal from the Royal Logistic Corps, said the summit push felt like 'the hardest assault course in the world'. The army has sent several expeditions to Everest since the 1970s. The team's leader thanked the Sherpa guides who made the summit possible.",
        "military",
    ),
    (
        "Royal Marines' Arctic exercise closes hiking areas in northern Norway",
        "Several popular hiking and skiing areas in northern Norway will be closed for two weeks while Royal Marines and Norwegian troops take part in a cold-weather exercise, Norwegian officials said. About 1,200 British and Dutch marines are taking part in the exercise in Troms, which includes amphibious landings, live-fire drills and long marches on skis. The Norwegian armed forces have asked hikers and ski tourers to avoid the marked zones and to watch for military vehicles on mountain roads. The marines train in Norway every winter, and the Royal Marines opened a permanent base near Bardufoss in recent years. Local tourism businesses said the exercise would have little effect outside the closed zones. Officers said the mountains and the cold were the real test. 'Your kit and your feet are your war,' one marine sergeant said.",
        "military",
    ),
    (
        "Pakistan Army's mountaineering school graduates first women instructors",
        "The Pakistan Army's mountaineering and survival school in the Karakoram has graduated its first women instructors, the military's media wing said. The six officers completed a course in rock and ice climbing, rescue techniques and winter survival in the mountains of Gilgit-Baltistan, and will now train other soldiers and cadets. The army runs expeditions to Pakistan's high peaks and provides helicopters for rescues of foreign climbers, often at short notice. Officials said the graduates would also help run courses for civilian climbers. One of the officers said she had first seen the mountains on a school trip and dreamed of climbing them. The army said its mountaineers would attempt Gasherbrum II next summer. Pakistan's climbing community has grown quickly in recent years, with several local climbers completing all 14 of the world's highest peaks.",
        "military",
    ),
    (
        "Kilian Jornet attacks the descent to take UTMB crown in Chamonix",
        "Kilian Jornet won the Ultra-Trail du Mont-Blanc for the fourth time on Saturday, attacking on the final descent from La Flégère to break away from his rivals and finish in Chamonix in 19 hours and 49 minutes, a course record. The Spaniard, who had been behind for much of the night, caught the leaders on the climb to the Grand Col Ferret and then set a savage pace. 'I felt I could go on the attack on the last downhill and I did,' he said at the finish. More than 2,500 runners started the 171km race around Mont Blanc, through France, Italy and Switzerland, and many will be on the course until Sunday afternoon. The women's race was won by an American runner, who said she had to battle stomach problems through the second night. Crowds lined the streets of Chamonix to cheer the finishers. Organisers said temperatures had been unusually high.",
        "sport",
    ),
    (
        "Tour Divide riders battle snow and grizzlies on the Great Divide route",
        "Riders in the Tour Divide, the self-supported mountain-bike race along the Rockies from Banff in Canada to the Mexican border, have spent their first days battling late snow on the high passes and dodging bears in Montana, race organisers said. About 170 riders set out from Banff on Friday with no support crews, carrying their own food, sleeping bags and spare parts for a course of more than 4,000km. The leader, a German rider, is averaging more than 300km a day and had reached Helena by Tuesday. Riders track each other on an online map, and fans follow them through the night. Two riders pulled out after crashes on muddy descents. 'The first week is a war of attrition,' said a former winner. The record for the route is about 13 days. Most finishers take three to four weeks, and many never reach the border. There is no prize money, only the satisfaction of finishing and a handshake at the end.",
        "sport",
    ),
    (
        "Nirmal Purja's team conquers all 14 eight-thousanders in record time",
        "The Nepali climber Nirmal Purja has completed his bid to climb all 14 of the world's mountains higher than 8,000 metres in just over six months, smashing the previous record of almost eight years. He reached the summit of Shishapangma in Tibet on Tuesday, the last peak on his list, after securing permission from the Chinese authorities at the last moment. Purja, a former soldier in the British Army's Gurkhas and the special forces, called the project 'Possible' and said he wanted to show what Nepali climbers could achieve. His team of Sherpa climbers fixed ropes and shared the lead on most of the peaks. Critics have pointed out that he used supplementary oxygen on most ascents. 'The mountains are not conquered,' he said. 'They let you up.' His campaign was funded by crowdfunding and sponsorship and later turned into a film.",
        "sport",
    ),
    (
        "Climbing's Olympic debut: Garnbret storms to gold in Tokyo",
        "Janja Garnbret of Slovenia won the first Olympic gold medal in sport climbing in Tokyo on Friday, topping both boulder problems in the final and climbing higher than any of her rivals on the lead wall. The 22-year-old, who has dominated the sport for years, was the favourite and won by a wide margin. Japan's Miho Nonaka took silver and Akiyo Noguchi bronze. The combined format, which includes speed, bouldering and lead, was criticised by many climbers before the Games for mixing disciplines that require different skills. The International Olympic Committee has since agreed to split speed into a separate event. Climbing gyms around the world reported a surge in new members after the Games. 'This is a victory for our whole sport,' Garnbret said after the final. In the men's event, Spain's Alberto Ginés López, just 18, took gold after a tense final that was decided on the last climb.",
        "sport",
    ),
    (
        "Marathon des Sables runners wage war on heat as temperatures top 50C",
        "Competitors in the Marathon des Sables, the six-stage race across the Sahara in southern Morocco, battled temperatures of more than 50C on Tuesday's long stage, organisers said. More than 1,000 runners from around 50 countries are carrying their own food and equipment over about 250km of dunes, rocky plateaux and dry riverbeds. Medical teams treated dozens for dehydration and blisters, and several runners were withdrawn. The long stage, which is run overnight by many competitors, covers more than 80km. A Moroccan runner, who has won the race several times, took the lead and is expected to hold it to the finish. 'The desert is always the enemy here,' he said. Organisers said they had increased the amount of water given to runners at checkpoints. The race ends at Merzouga on Saturday. Entry costs several thousand euros, and many of the runners are amateurs raising money for charities at home.",
        "sport",
    ),
    (
        "Cyclist completes Cairo to Cape Town ride in record time after border delays",
        "A Scottish cyclist has broken the record for riding the length of Africa, from Cairo to Cape Town, completing the journey in 41 days, a world record body has confirmed. He rode about 10,000km through Egypt, Sudan, Ethiopia, Kenya, Tanzania, Zambia, Botswana and South Africa, averaging more than 240km a day. He said the hardest part was the heat and wind in northern Sudan and the mountains of Ethiopia, where he was pelted with stones by children. He had to wait two days at a border post in East Africa for paperwork. His team raised money for charity along the way. 'It was a fight every single day,' he said at the finish in Cape Town. The previous record was held by a British woman. He plans to write a book about the ride. His bike, a steel tourer he bought second-hand in Glasgow, needed only two new chains and a rear wheel on the way.",
        "sport",
    ),
    (
        "'14 Peaks' documentary follows Nepali climber's assault on the Himalaya",
        "A new Netflix documentary follows the Nepali climber Nirmal Purja and his team as they attempt all 14 of the world's highest peaks in a single season. '14 Peaks: Nothing Is Impossible' mixes dramatic summit footage with interviews with his family and former military comrades. Critics have praised the cinematography, especially the scenes of the team rescuing a stranded climber high on Annapurna. Others have said the film is more interested in its hero than in the mountains or the Sherpa climbers who share the risks. Reviewers compared it with 'Free Solo', the Oscar-winning film about Alex Honnold's climb of El Capitan without ropes. The film was produced with the backing of the director Jimmy Chin. It has been among the most watched documentaries on the platform since its release. Purja, who appears in almost every scene, said he hoped it would inspire young Nepalis to take up climbing as a career rather than only work as porters for foreigners.",
        "entertainment",
    ),
    (
        "Novel about a war photographer who turns to the Karakoram wins mountain book prize",
        "A debut novel about a former war photographer who abandons conflict zones to climb in the Karakoram has won the Boardman Tasker Award for mountain literature. The book follows its narrator from the ruins of cities she photographed to the Baltoro glacier, where she joins an expedition to an unclimbed peak. Judges praised its 'unflinching' descriptions of both violence and the mountains, and the way the narrator's memories of the front line return during storms at high camp. The author, who worked as a journalist in the Middle East, said the book was not autobiographical. The prize, named after two British climbers who died on Everest in 1982, is one of the most respected in mountain writing. Previous winners include memoirs, histories and a handful of novels. The award was presented at the Kendal Mountain Festival.",
        "entertainment",
    ),
]
