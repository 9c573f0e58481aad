"""dev297 negatives: reconciliation and peace, peaceful protest, history, the military, economy."""

NEGATIVES = [
    (
        "Pigs and kina change hands as Enga clans end three-year fight",
        "Two clans in Enga's Kandep district held a reconciliation ceremony on Saturday, "
        "exchanging more than 300 pigs and K250,000 in cash to formally end a fight that began in "
        "2021. Leaders from both sides broke arrows and shook hands in front of a crowd of "
        "several thousand people, and the provincial governor, Sir Peter Ipatas, was among the "
        "witnesses. Church pastors led prayers for the men who died during the fighting. "
        "Families who left the area have begun rebuilding houses, and the district "
        "administration has promised to reopen the health centre. Police said they had collected "
        "several guns handed over as part of the deal. Elders said the compensation would be "
        "shared among the families of those killed.",
        "peace",
    ),
    (
        "Bougainville and PNG leaders agree on independence timeline under moderator",
        "Papua New Guinea's prime minister and the president of Bougainville have agreed on a "
        "process to settle the region's political future after talks in Port Moresby chaired by "
        "an independent moderator, former New Zealand governor-general Sir Jerry Mateparae. The "
        "agreement sets out how the result of the 2019 referendum will be presented to the "
        "national parliament and what majority is needed. President Ishmael Toroama said "
        "Bougainville had waited long enough. Prime Minister James Marape said the talks had been "
        "held in a spirit of brotherhood. Both leaders paid tribute to those who died in the "
        "civil war of 1988 to 1998. The next round will be held in Buka."
        " The moderator is expected to report to both governments before the end of the year. Bougainville's parliament has already endorsed a 2027 target date for independence, which Port Moresby has not accepted. Officials said the agreement was a step forward.",
        "peace",
    ),
    (
        "Hela clans sign peace pact at Tari, hand over high-powered guns",
        "Leaders of two warring clans in Hela signed a peace agreement at Tari on Friday and handed "
        "over 17 firearms, including several military-style rifles, to police in a ceremony "
        "witnessed by the provincial administrator. The agreement commits both sides to keep "
        "fighters out of each other's land and to settle future disputes through the village "
        "court. Provincial police commander Julius Tasion said the weapons would be destroyed. "
        "The two clans have been in conflict since 2017, and women's groups who pushed for the "
        "talks sang as the document was signed. A compensation payment is due later in the year. "
        "Church leaders urged the government to build a road and a school for the area."
        " The guns will be destroyed in public, as has been done in other provinces. Provincial officials said they hoped the agreement would encourage other clans in Hela to come forward.",
        "peace",
    ),
    (
        "Arawa ceremony marks weapons disposal in central Bougainville",
        "Former combatants from the Bougainville Revolutionary Army and the resistance forces "
        "handed in dozens of weapons at a ceremony in Arawa on Thursday, as part of a programme to "
        "clear the region of guns left over from the civil war. The UN Development Programme, "
        "which supports the effort, said 71 firearms and hundreds of rounds of ammunition had been "
        "collected in the district this year. Several of the guns were homemade, fashioned from "
        "water pipes during the blockade. Ex-combatant leaders said they were disarming to give "
        "the independence process a chance. The weapons will be cut up by police under the "
        "supervision of the Bougainville peace agreement implementation team."
        " Speakers said the programme had now reached every district of the region. One former fighter said his rifle had been buried in his garden for twenty years. Women's groups, who had campaigned for the programme, led the closing prayers. A similar ceremony is planned for Buin next month.",
        "peace",
    ),
    (
        "Loyalists and separatists sign Bougival accord on New Caledonia's future",
        "Representatives of New Caledonia's pro-independence and loyalist parties signed an "
        "agreement at Bougival, outside Paris, on Saturday that would create a State of New "
        "Caledonia within the French Republic. The deal, reached after ten days of talks, "
        "provides for a New Caledonian nationality alongside French citizenship and would allow "
        "the territory to take over some powers. French Prime Minister François Bayrou called it "
        "a historic compromise. The deal must still be approved by the territory's congress and "
        "by voters. Some pro-independence leaders at home said their delegates had gone too far. "
        "The talks were convened after the unrest of 2024, which left 14 people dead."
        " A referendum on the deal is planned for early next year. The Kanak and Socialist National Liberation Front said it would consult its members before deciding whether to support it.",
        "peace",
    ),
    (
        "Jiwaka tribes agree ceasefire at church-brokered meeting",
        "Leaders of two tribes in Jiwaka's Anglimp-South Wahgi district have agreed to a ceasefire "
        "after a meeting brokered by the Catholic and Lutheran churches at Minj, district "
        "officials said. Under the deal, the tribes will remove their fighters from the hilltops "
        "and allow a police peace committee to map the disputed boundary. A compensation "
        "ceremony is planned for after the harvest. The provincial government has promised to "
        "rebuild the school that was closed during the dispute. “Our children need to go back "
        "to class,” a women's leader told the meeting. No violence has been reported for two "
        "weeks. Police said they would monitor the agreement."
        " Church leaders said the agreement was the result of months of quiet talks between the two sides. The provincial administrator thanked the women's groups and pastors who had brought them to the table. A further meeting is planned at Banz.",
        "peace",
    ),
    (
        "Nurses walk off the job at Port Moresby General over unpaid allowances",
        "Nurses at Port Moresby General Hospital went on strike on Monday, demanding allowances "
        "they say have gone unpaid for more than two years. Hundreds of nurses in white uniforms "
        "sat in the hospital grounds holding placards, while a skeleton staff kept emergency and "
        "maternity wards open. The PNG Nurses Association said the strike would spread to "
        "provincial hospitals if the government did not pay by Friday. Health minister Elias "
        "Kapavore said the money had been budgeted and would be released soon. Patients' "
        "relatives said outpatient clinics were closed. Police watched from a distance, and the "
        "gathering was peaceful."
        " Doctors at the hospital said they supported the nurses but would stay at work. The association's president said nurses were working double shifts without pay. Talks between the union and the health department were due to resume on Tuesday. The hospital's chief executive urged nurses to return.",
        "protest",
    ),
    (
        "Tens of thousands march for France in Nouméa",
        "Tens of thousands of people marched through Nouméa on Saturday in support of New "
        "Caledonia remaining part of France and of the planned change to the electoral roll. "
        "Marchers waved French flags and sang the Marseillaise as they walked from the Place des "
        "Cocotiers to the seafront. Organisers from the loyalist parties put the crowd at 40,000, "
        "police at 35,000. The same day, a smaller pro-independence rally gathered at the Baie de "
        "la Moselle. Police said both events passed off without incident. Loyalist leader Sonia "
        "Backès said the turnout showed the majority wanted to stay French. Pro-independence "
        "parties have called for another march next month."
        " Many marchers had travelled from the north and from the Loyalty Islands, and buses were hired to bring people to the capital. Organisers said the day had been festive and family-friendly. The constitutional reform is due before the French parliament in the coming weeks.",
        "protest",
    ),
    (
        "Port Vila rally backs West Papua's bid for Melanesian Spearhead Group seat",
        "Several hundred people marched through Port Vila on Tuesday in support of West Papua's "
        "bid for full membership of the Melanesian Spearhead Group, carrying Morning Star flags "
        "and singing. The march, organised by the Vanuatu Free West Papua Association, ended at "
        "the prime minister's office, where a petition was handed over. Vanuatu has been the "
        "most outspoken Pacific country on human rights in Papua and has raised the issue at the "
        "United Nations. United Liberation Movement for West Papua leader Benny Wenda addressed "
        "the crowd by video. The march was peaceful. MSG leaders are due to consider the "
        "application at their summit next month."
        " Church leaders opened the march with prayers and a choir from a Port Vila school sang. Indonesia, an associate member of the group, opposes the bid. Speakers thanked Vanuatu's government for its long support for Papuans.",
        "protest",
    ),
    (
        "Jayapura students hold silent protest at university gates",
        "Hundreds of students at Cenderawasih University in Jayapura held a silent protest at the "
        "campus gates on Wednesday, calling for the release of Papuan activists jailed on treason "
        "charges. The students sat in rows with tape over their mouths and held signs. Police "
        "watched from trucks parked nearby, and a spokesman said officers had detained two people "
        "who tried to raise a Morning Star flag, later releasing them. The protest ended by "
        "mid-afternoon. Student leaders said they would continue to hold weekly gatherings. "
        "Human rights lawyers in Jayapura said more than a dozen activists were currently facing "
        "treason charges in Papua."
        " The rector said the university respected the students' right to express their views. Some students stayed to pray at the campus mosque and church afterwards. Police said no further action would be taken against the two people held.",
        "protest",
    ),
    (
        "Women of Malaita walk to Auki to oppose new logging licence",
        "Hundreds of women from villages in north Malaita walked to Auki on Friday to protest "
        "against a new logging licence covering their customary land, handing a petition to the "
        "provincial premier. The women carried banners and baskets of produce from their gardens "
        "to show what they say will be lost if the forest is cleared. Some had walked for two "
        "days. The premier promised to raise their concerns with the forestry ministry in "
        "Honiara. The logging company says it has the consent of the landowning tribe, but the "
        "women say their brothers signed without consulting them. Police escorted the march and "
        "said it was orderly."
        " The premier said the province would hold a public meeting on the licence before any logging began. The women said they would return if their concerns were ignored. Several church leaders joined the walk for its final stretch into town. The forestry ministry has not yet commented.",
        "protest",
    ),
    (
        "Veterans return to Guadalcanal for 80th anniversary of landings",
        "A handful of surviving American and Japanese veterans joined Solomon Islanders at "
        "Honiara's Skyline Ridge memorial on Sunday to mark 80 years since US Marines landed on "
        "Guadalcanal. The battle for the island, which lasted six months, cost the lives of "
        "thousands of soldiers and sailors. US Deputy Secretary of State Wendy Sherman laid a "
        "wreath and announced new funding for clearing unexploded bombs. Prime Minister Manasseh "
        "Sogavare did not attend. Speakers paid tribute to the coastwatchers and scouts who helped "
        "the Allies. Villagers from Tenaru performed a welcome dance. The anniversary comes amid "
        "debate over Solomon Islands' security deal with China."
        " Ceremonies were also held at the Japanese memorial at Mount Austen and at Bloody Ridge. A US Navy ship anchored off Honiara for the occasion.",
        "history",
    ),
    (
        "WWII bombs removed from Honiara school grounds",
        "Police explosive ordnance disposal teams have removed more than 40 Second World War bombs "
        "and shells from the grounds of a primary school in east Honiara, after children found "
        "a rusted projectile while digging a garden. Classes were suspended for two days and "
        "nearby homes were evacuated while the ordnance was taken out. The Royal Solomon Islands "
        "Police Force said the items were believed to be American artillery shells left from the "
        "Guadalcanal campaign. They will be destroyed at a demolition site. Unexploded ordnance "
        "still kills people in Solomon Islands, most recently two men who were burning rubbish "
        "in their yard. Australia and the US fund the clearance work."
        " Parents said the school had been built on land used as an ammunition dump during the war. Police urged anyone who finds ordnance not to touch it and to report it.",
        "history",
    ),
    (
        "Kokoda trek marks anniversary with dawn service at Isurava",
        "Trekkers, descendants of Australian soldiers and Papua New Guinean villagers gathered at "
        "Isurava on the Kokoda Track at dawn on Saturday to mark the anniversary of the battle "
        "fought there in August 1942. The service honoured the Australian militia and the "
        "carriers known as the fuzzy wuzzy angels, who carried wounded men across the Owen Stanley "
        "Range. Village elders from Oro province laid flowers at the four granite pillars of the "
        "memorial. The track reopened to tourists last year after a dispute over fees with local "
        "landowners. Australia's high commissioner said the bond between the two countries was "
        "forged in the mountains."
        " About 300 people attended the ceremony, many of them trekkers who had walked from Owers' Corner. Descendants of the carriers were presented with certificates of recognition. The Last Post was played as the sun rose over the valley. Tourism operators say bookings for the trek are at record levels.",
        "history",
    ),
    (
        "Ouvéa remembers the cave siege of 1988",
        "Families in Ouvéa gathered on Saturday to remember the 19 Kanak activists and two French "
        "soldiers killed when the army stormed a cave where gendarmes were being held hostage in "
        "May 1988, days before the French presidential election. The assault was followed a "
        "year later by the assassination of independence leaders Jean-Marie Tjibaou and "
        "Yeiwéné Yeiwéné at the commemoration on the island. Speakers at this year's ceremony "
        "said the wounds of that time had not healed. Young people performed a dance at the "
        "memorial in Wadrilla. Organisers said a new exhibition on the events would open at the "
        "Tjibaou cultural centre in Nouméa next month."
        " Relatives of the dead laid flowers at the tomb of the 19 in Wadrilla. The French high commissioner attended the ceremony for the first time in several years. A minute of silence was observed. Local leaders said the site should be protected as a place of memory for future generations.",
        "history",
    ),
    (
        "Marape and Albanese put their names to Pukpuk mutual defence treaty in Canberra",
        "Papua New Guinea and Australia have signed a mutual defence treaty that commits each "
        "country to come to the other's aid if attacked and allows PNG citizens to serve in the "
        "Australian Defence Force. Prime Ministers James Marape and Anthony Albanese signed the "
        "treaty, named after the Tok Pisin word for crocodile, in Canberra. The deal includes "
        "funding to expand the PNG Defence Force and upgrade bases at Lombrum and Port Moresby. "
        "Critics in PNG said the treaty tied the country too closely to Australia. China's "
        "embassy warned against exclusive arrangements. The treaty must now be ratified by "
        "both parliaments."
        " Officials said the treaty did not commit PNG to join Australia in wars outside the region. Australia already has defence treaties with the United States and New Zealand. The signing was delayed by several weeks while PNG's cabinet reviewed the final text. Mr Marape said the treaty was a partnership between equals.",
        "military",
    ),
    (
        "Australia hands Guardian-class patrol boat to Solomon Islands",
        "Solomon Islands has received a new Guardian-class patrol boat from Australia, the "
        "RSIPV Gizo, at a ceremony at the Austal shipyard in Henderson, Western Australia. The "
        "40-metre vessel will patrol the country's exclusive economic zone for illegal fishing "
        "and help in search and rescue and disaster response. Police minister Anthony Veke said "
        "the ship would be crewed by officers trained in Australia. It is the second of two "
        "boats given to Solomon Islands under the Pacific Maritime Security Program, which has "
        "delivered more than 20 vessels across the region. The boat will sail for Honiara next "
        "month."
        " The crew will sail the boat across the Coral Sea with an Australian navy adviser on board. The Gizo replaces a Pacific-class boat that served for three decades. Solomon Islands police also operate fast boats for border patrols in the Western Province. The handover was attended by the Solomon Islands high commissioner in Canberra.",
        "military",
    ),
    (
        "Fijian soldiers train with US Marines in Nadi exercise",
        "About 200 soldiers from the Republic of Fiji Military Forces took part in a two-week "
        "exercise with US Marines near Nadi, practising disaster relief, jungle patrols and live "
        "firing drills. A US military spokesperson said the exercise was routine and focused on "
        "humanitarian assistance. Fiji troops serve in UN peacekeeping missions in the Golan "
        "Heights, Lebanon and South Sudan, and commanders said the training would help prepare "
        "contingents. Local villagers were invited to watch a demonstration of a helicopter "
        "evacuation. Fiji has signed agreements with both the United States and Australia on "
        "military cooperation in recent years."
        " Soldiers from Tonga and Papua New Guinea also joined for part of the drills. The RFMF land force commander said the skills learned would be useful after cyclones, when troops are often sent to clear roads and deliver supplies. The exercise ends on Friday with a parade in Nadi. A similar exercise is planned in Vanuatu next year.",
        "military",
    ),
    (
        "PNGDF recruits 1000 new soldiers in biggest intake in decades",
        "More than 1000 young Papua New Guineans began basic training at Goldie River barracks "
        "this week, the largest intake into the PNG Defence Force in decades. The government plans "
        "to double the size of the force to about 7000 personnel by 2030. Defence minister Billy "
        "Joseph said recruits had been drawn from every province and included more women than "
        "ever. Training will last six months. Officers said the force would need new barracks "
        "and equipment, much of it funded by Australia. Critics said the money would be better "
        "spent on police."
        " More than 10,000 young people applied for places, and selection tests were held in every regional centre. Recruits will receive training in engineering, medical support and disaster relief as well as basic soldiering. The intake will pass out at a ceremony at Goldie River in the new year. A second intake is planned for the following year.",
        "military",
    ),
    (
        "Vodafone PNG cuts data prices, Digicel hits back in mobile price war",
        "Vodafone PNG has halved the price of its monthly data bundles, sparking a price war with "
        "Digicel in the country's mobile market. The new entrant launched in 2022 and has signed "
        "up more than 700,000 customers, according to the company. Digicel, which was bought by "
        "Telstra with Australian government backing, responded with its own offer of free "
        "social media for subscribers. Consumers in Port Moresby and Lae welcomed the cuts. "
        "Analysts said the competition had brought mobile internet within reach of many "
        "households for the first time. The telecommunications regulator said it was "
        "monitoring prices."
        " Vodafone said it would build more than 100 towers in rural areas over the next two years. Digicel said its network still reached more villages than any rival. Both companies are waiting for the government's decision on new spectrum licences. Small traders in Lae said cheaper data had helped them take orders online.",
        "economy",
    ),
    (
        "Round log exports climb despite promises to phase them out",
        "Papua New Guinea's exports of round logs rose last year, despite government promises to "
        "ban unprocessed log exports by 2025, forestry authority figures show. Most of the logs "
        "were shipped to China, where they are processed into plywood and furniture. The forest "
        "authority said downstream processing mills were being built but that companies needed "
        "more time. Environmental groups said the promise had been repeated by successive "
        "governments without effect. Landowners in New Ireland and West New Britain complained "
        "of poor royalty payments. The forestry minister said a new policy would be presented to "
        "cabinet this year."
        " Log export duties are an important source of government revenue, which has made the ban hard to enforce. The forest authority said it was working with landowners to increase royalties. Conservation groups are calling for an independent review of logging permits. Some processing mills in Madang have closed because of a shortage of logs.",
        "economy",
    ),
    (
        "Nickel smelter shuts its doors as New Caledonia's economy shrinks",
        "The Koniambo nickel plant in New Caledonia's north has been placed on care and maintenance, "
        "leaving more than 1000 workers facing unemployment, after its Swiss shareholder "
        "Glencore failed to find a buyer. The territory's economy contracted sharply last year "
        "after the 2024 unrest, which damaged hundreds of businesses and drove thousands of "
        "jobs out of Nouméa. Nickel prices have fallen because of cheap supply from Indonesia. "
        "The French government has offered loans to keep the remaining plants running. Union "
        "leaders said the closure would devastate villages around Voh and Koné. Business "
        "groups said investors were waiting for political certainty."
        " Workers at the plant held a final assembly at the gate, and some wept as the furnaces were turned off. The territory's government said it was seeking new investors. The southern plant at Goro has also struggled, and its owners have asked for more support.",
        "economy",
    ),
    (
        "Tuna fleets cash in as Pacific fisheries revenue climbs",
        "Pacific Island countries earned more than $500 million from fishing licence fees last "
        "year, the Forum Fisheries Agency said, under the vessel day scheme that charges foreign "
        "fleets for each day spent fishing in their waters. Kiribati, Papua New Guinea and "
        "Solomon Islands received the largest shares. The agency said tuna stocks in the western "
        "and central Pacific remained healthy. Industry representatives said a battle over "
        "quotas with distant-water nations was looming at the next regional commission meeting. "
        "Solomon Islands plans to build a second cannery at Noro. Officials said more of the "
        "catch should be processed locally."
        " The fees make up a large share of government revenue in several island states. Tuna fishing is also a source of jobs, with canneries in Papua New Guinea and Solomon Islands employing thousands of workers, many of them women. Officials said more needs to be done to stop illegal fishing. The next commission meeting will be held in Fiji.",
        "economy",
    ),
]
