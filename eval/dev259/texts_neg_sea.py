"""dev259 negatives, the sea's other dangers and the desk's other pages: sinkings, fires and
spills (accident), storms, tsunamis and blooms (disaster), the Cod Wars and old mines
(history), screen and stage (entertainment), angling and football (sport), outbreaks (health)
and the science and conservation pages (other).

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset.
"""

NEGATIVES = [
    (
        "Twenty-one dead as Spanish trawler sinks off Newfoundland",
        "Twenty-one crew members of a Spanish fishing trawler died when the vessel sank in heavy seas off Newfoundland early on Tuesday, in the worst accident to hit the Spanish fishing fleet in decades. Three men, including the captain, were rescued from a life raft by another Spanish trawler after several hours in freezing water. The Villa de Pitanxo, based in the Galician port of Marín, went down about 450 kilometres east of St John's in waves of up to eight metres. Canadian search and rescue aircraft and a coastguard ship found nine bodies, but twelve men remain missing. The crew came from Galicia, Peru and Ghana. In Marín, relatives gathered at the offices of the owner, and the town declared three days of mourning. Spain's prime minister, Pedro Sánchez, expressed his condolences, and the government said an investigation into the sinking would be opened.",
        "accident",
    ),
    (
        "Fire on fishing boat off Jeju leaves one dead and 11 missing",
        "A fire broke out on a South Korean fishing boat off the southern island of Jeju on Tuesday, leaving one crew member dead and 11 missing, the coastguard said. The 29-tonne longliner, carrying a crew of 12 Koreans and Vietnamese, caught fire at around 4am about 76 kilometres west of the island, and the hull later capsized and broke apart. The body of one sailor was recovered with severe burns. The coastguard sent ships, helicopters and divers to the area, but rough seas hampered the search. President Moon Jae-in ordered officials to make every effort to rescue the missing. The cause of the fire was not immediately known, but investigators said the boat's fuel tank may have been involved. Relatives of the Vietnamese crew members were being contacted through their embassy in Seoul.",
        "accident",
    ),
    (
        "Cargo ship hits fishing pirogue off Kayar, seven fishermen missing",
        "Seven fishermen were missing on Friday after their pirogue was struck by a cargo ship at night off the fishing town of Kayar, north of Dakar, Senegal's maritime authority said. Three other fishermen were pulled from the water by a passing canoe and taken to hospital in Thiès. The pirogue, carrying ten men, was hit around midnight in a busy shipping lane about 20 kilometres off the coast, survivors said. The maritime authority said it was trying to identify the ship, which did not stop. Fishermen's associations say collisions with large ships are common because many canoes sail without lights or radios. The government has distributed life jackets and GPS devices in recent years, but not enough for the thousands of pirogues that go out daily. Navy boats and volunteers from Kayar were searching the area.",
        "accident",
    ),
    (
        "Fishing ban extended along Sri Lanka coast after container ship fire",
        "Sri Lanka extended a fishing ban along an 80-kilometre stretch of its western coast on Thursday, as tonnes of plastic pellets from the burning container ship X-Press Pearl washed ashore. The Singapore-registered ship caught fire off Colombo almost two weeks ago while carrying chemicals, including nitric acid, and sank as salvors tried to tow it further out to sea. Fishermen from Negombo to Panadura say they have not been able to work since the fire started and that buyers are avoiding fish from the area. The government promised compensation of 5,000 rupees to each affected family. Marine biologists said dead turtles and dolphins had been found on the beaches, though the causes were still being examined. The Marine Environment Protection Authority called it the worst ecological disaster in the country's history. Authorities are investigating the captain and crew.",
        "accident",
    ),
    (
        "Peru oil spill leaves Ventanilla fishermen without work",
        "Fishermen in Ventanilla and Ancón, north of Lima, say they have not been able to work for three weeks since an oil spill at the La Pampilla refinery, run by Spain's Repsol, coated beaches and fishing grounds. Peru's government said about 11,900 barrels of crude were spilled while a tanker was unloading, and declared an environmental emergency along the coast. Dozens of small fishing boats sat idle in the port, and fishermen protested peacefully outside the refinery, holding dead birds and bags of contaminated sand. Repsol said the spill was caused by unusual waves after the eruption of an undersea volcano in Tonga, and that it had hired thousands of workers for the clean-up. Authorities banned the company from unloading oil until it presented a contingency plan. Fishermen say the company's compensation offer is too low.",
        "accident",
    ),
    (
        "Ammonia leak at Dutch Harbor seafood plant forces evacuation",
        "An ammonia leak at a seafood processing plant in Dutch Harbor, Alaska, forced the evacuation of more than 300 workers on Sunday and sent eight to the clinic with breathing problems, the city of Unalaska said. The leak began in the refrigeration system of a plant that processes pollock and crab, and a shelter-in-place order was issued for nearby homes. Fire crews in protective suits stopped the leak after about three hours. Most of the workers, many of them seasonal workers from the Philippines and Latin America, were housed at a school gymnasium overnight. The company said it was cooperating with state and federal investigators and that the plant would reopen once it was safe. Dutch Harbor is one of the busiest fishing ports in the United States by volume landed.",
        "accident",
    ),
    (
        "Hundreds of Kerala fishermen still missing after Cyclone Ockhi",
        "Hundreds of fishermen from Kerala and Tamil Nadu were still missing at sea on Tuesday, five days after Cyclone Ockhi swept across the southern tip of India with winds of more than 100 km/h. The navy and coastguard said they had rescued more than 500 fishermen, some found hundreds of kilometres from the coast clinging to overturned boats, while dozens of bodies have been recovered. Families in Poonthura and Vizhinjam blocked a road in Thiruvananthapuram to demand faster rescue efforts, accusing the government of ignoring warnings. The India Meteorological Department said the storm intensified unusually fast. Fishermen who survived said they had no radios and received no warning before leaving port. The state government announced compensation of 2 million rupees for the family of each fisherman killed.",
        "disaster",
    ),
    (
        "Typhoon Rai wrecks thousands of fishing boats in central Philippines",
        "Typhoon Rai destroyed or damaged more than 20,000 small fishing boats in the central and southern Philippines, leaving coastal communities without a livelihood just before Christmas, the fisheries bureau said on Monday. The storm, known locally as Odette, killed more than 370 people and flattened homes in Siargao, Dinagat and Bohol. In fishing villages in Southern Leyte, residents have been picking through wreckage on the beaches for pieces of their boats. The Bureau of Fisheries and Aquatic Resources said it would distribute fiberglass boats and nets to help fishermen recover. Aid groups said many fishing families had lost both their homes and their boats and were staying in evacuation centres. The government has declared a state of calamity in several regions. Power is still out in much of Siargao.",
        "disaster",
    ),
    (
        "Tonga tsunami wrecks fishing fleet as islands count cost",
        "The tsunami that struck Tonga after the eruption of the Hunga Tonga-Hunga Ha'apai volcano destroyed most of the fishing boats in the kingdom's western islands, the fisheries ministry said. Waves of up to 15 metres hit the islands of Mango, Fonoifua and Nomuka, where the entire population of about 100 people had to be moved to the main island. Ash covered reefs and lagoons, and officials warned that fish near the shore could be contaminated. Three people were killed. Australia and New Zealand sent navy ships with water, food and equipment, and Japan provided boats for fishermen. The ministry said it would take years to rebuild the fishing sector, which supplies most of the protein eaten on the outer islands. Undersea cables cut by the eruption have been repaired.",
        "disaster",
    ),
    (
        "Red tide kills salmon and shellfish in Chile's Chiloé",
        "An algal bloom off southern Chile has killed millions of farmed salmon and poisoned shellfish beds around the island of Chiloé, forcing the government to declare a state of emergency in the region. Authorities banned the harvesting of clams, mussels and other shellfish along hundreds of kilometres of coast after finding toxins far above safe levels. Fishermen and shellfish divers set up road blockades across the island, which the government answered with emergency payments to each affected family. Scientists blamed warm waters linked to El Niño for the bloom, though fishermen accused the salmon industry, which dumped thousands of tonnes of dead fish at sea. Chile's salmon exports, the second largest in the world, are expected to fall sharply this year. The government commissioned an independent study of the causes.",
        "disaster",
    ),
    (
        "Hull marks 50 years since end of the Cod Wars",
        "Former trawlermen gathered in Hull on Sunday to mark 50 years since the end of the last Cod War, the dispute with Iceland that closed its rich fishing grounds to British boats and hastened the decline of the city's fishing industry. Iceland extended its fishing limit to 200 miles in 1975, and its coastguard cut the nets of British trawlers, while Royal Navy frigates were sent to protect them and were rammed several times. The dispute ended in June 1976, and thousands of jobs in Hull and Grimsby were lost within a few years. A wreath was laid at the Fishermen's Memorial on the waterfront. “We lost a way of life,” said a former deckhand who sailed to Iceland at 16. Hull City Council is restoring the Arctic Corsair, a trawler that took part in the dispute, as a museum ship. Icelandic diplomats attended the ceremony.",
        "history",
    ),
    (
        "Dutch trawler hauls up Second World War mine in its nets",
        "A Dutch fishing trawler returned to the port of IJmuiden on Wednesday with an unexploded Second World War sea mine tangled in its nets, and a navy bomb disposal team was called in. The port was partly closed and the crew of five was taken off the boat while divers examined the mine, a German type from the 1940s. The navy towed it out to sea and detonated it in a controlled explosion the next morning. Fishermen in the North Sea regularly bring up old munitions; the Dutch navy dealt with dozens of such finds last year. The skipper said he had felt something heavy in the net and seen a rusted sphere with horns. “We stayed very calm,” he said. Authorities praised the crew for following the procedures.",
        "history",
    ),
    (
        "Hull's headscarf revolutionaries remembered on triple trawler tragedy anniversary",
        "A service in Hull on Saturday remembered the 58 men lost when three of the city's trawlers sank within weeks of each other in the winter of 1968, and the women who fought for safer conditions after the disaster. Lillian Bilocca and other fishermen's wives, who became known as the headscarf revolutionaries, collected thousands of signatures and confronted trawler owners and ministers, winning changes such as radio operators on every boat. Relatives laid flowers at St Andrew's Dock, where the families waited for news that winter. Only one man survived from the three boats. A blue plaque was unveiled on the house in Hessle Road where Bilocca lived. Historians say the campaign was one of the most successful of its kind in British labour history.",
        "history",
    ),
    (
        "Seaspiracy: Netflix documentary sparks fight with fishing industry",
        "A Netflix documentary that claims commercial fishing is destroying the oceans has become one of the platform's most watched films, and has drawn fierce criticism from scientists and fishing organisations, who accuse it of distorting data. Seaspiracy, directed by Ali Tabrizi, argues that sustainable fishing does not exist and urges viewers to stop eating fish. Critics say it misrepresents a study on the decline of fish stocks and quotes experts out of context. The Marine Stewardship Council, whose certification scheme is attacked in the film, called it misleading. Supporters say the film has opened a debate that the industry has avoided. Its producer, Kip Andersen, made the earlier documentary Cowspiracy. The film reached the top ten in more than 30 countries in its first week.",
        "entertainment",
    ),
    (
        "Reykjavik premiere for drama about the men who fought the trawlers",
        "A new Icelandic drama about the Cod Wars had its premiere in Reykjavik on Friday, starring the actor Ingvar Sigurðsson as a coastguard captain who cuts the nets of British trawlers. The film, shot partly at sea off the Westfjords, follows the captain and his crew through the winter of 1975, with dramatic scenes of rammings between coastguard ships and Royal Navy frigates. Its director said he wanted to tell the story of how a small nation with no army took on a great power over fish. Critics praised the sea scenes but said the British characters were thinly drawn. The film will be released in Britain and Norway in the spring. A companion podcast with veterans of the coastguard is to be released next month.",
        "entertainment",
    ),
    (
        "Welsh angler wins battle with 300lb bluefin on final day of championship",
        "A Welsh angler won the national sea angling championship off Pembrokeshire on Sunday after a two-hour battle with a bluefin tuna of more than 300lb on the final day. The fish was tagged and released under a scientific catch-and-release programme that allows licensed charter boats to target bluefin, which have returned to British waters in large numbers. Competitors from 14 clubs fished from boats and from the shore over three days in difficult conditions. The organisers said the championship raised money for the RNLI. “My arms are still shaking,” said the winner, a 44-year-old electrician from Milford Haven. Scientists from the Cefas programme said data from the tags would help understand the migration of the species.",
        "sport",
    ),
    (
        "Grimsby Town attack fires Mariners into play-off places",
        "Grimsby Town's attack ran riot at Blundell Park on Saturday as the Mariners beat their rivals 4-1 to climb into the League Two play-off places. Two goals from the striker Danny Rose and a volley from the midfielder Harvey Rodgers put the game beyond the visitors before half-time, and a late penalty was the only reply. The club, named after the town's fishing heritage, has won five of its last six league games. Supporters sang songs about cod and haddock as the final whistle went, and a giant inflatable fish was passed over the stand. The manager said the team had been clinical and that the defence had stood firm under pressure late on. Grimsby travel to Crewe next week, where about 1,500 away fans are expected.",
        "sport",
    ),
    (
        "Covid outbreak on Seattle factory trawler infects 85 of 126 crew",
        "At least 85 crew members of a factory trawler have tested positive for the coronavirus after the vessel returned to Seattle from the Bering Sea, the owner, American Seafoods, said. The ship cut short its fishing trip when several crew members fell ill, and all 126 people on board were tested on arrival in port. Those who tested positive were isolating in hotels in the city, and three were taken to hospital. The company said all crew had been screened and quarantined before sailing, and that it would step up testing on its other vessels. Health officials in Washington state said crowded living quarters on fishing vessels allowed the virus to spread quickly. The outbreak has raised concerns about processing plants and fleets in Alaska ahead of the salmon season.",
        "health",
    ),
    (
        "Cholera spreads among fishing camps on Lake Kariba",
        "Zambia's health ministry said on Tuesday that cholera had spread to fishing camps on Lake Kariba, with 140 cases and four deaths recorded in Siavonga and Sinazongwe districts in two weeks. Health workers were distributing chlorine tablets and setting up oral rehydration points at fish landing sites, where thousands of fishermen and traders live in temporary shelters with little sanitation. The ministry has banned the sale of fish at unregulated markets in the districts and urged people to boil water. Zambia is battling one of its worst cholera outbreaks in years, with more than 700 deaths nationwide. The World Health Organization said it was sending oral vaccine for a campaign targeting the fishing communities. Fish traders said their sales had collapsed.",
        "health",
    ),
    (
        "Shark finning: EU citizens' initiative gathers over a million signatures",
        "A European citizens' initiative calling for a ban on the trade in shark fins in the EU has gathered more than 1.1 million signatures, forcing the European Commission to respond to it, campaigners said. The initiative, Stop Finning – Stop the Trade, wants all sharks landed in Europe to be sold with their fins naturally attached and the import and export of loose fins banned. Finning at sea is already illegal in EU waters, but campaigners say Europe is a major exporter of fins to Asia, mainly from blue sharks caught by Spanish and Portuguese longliners. The fishing industry says the trade is legal and well regulated. Conservation groups say a third of shark and ray species are threatened with extinction. The Commission has six months to say whether it will propose a law.",
        "other",
    ),
    (
        "Seaweed farmers in Zanzibar move into deeper water as sea warms",
        "Women who farm seaweed along the east coast of Zanzibar are moving their plots into deeper water as rising sea temperatures kill the crop in the shallows, researchers and farmers say. Seaweed is one of the island's largest exports and employs about 25,000 people, most of them women. A project run by the state fisheries department and a university in Sweden has given farmers floating lines and training to grow a more profitable variety. Farmers in Paje say yields in the lagoon have fallen by more than half in a decade. “Before, we walked to our farms; now we need a boat,” said one farmer. The government hopes to build a factory to process seaweed into soap and cosmetics on the island, which would let farmers sell for more.",
        "other",
    ),
    (
        "North Sea cod shows signs of recovery, scientists say",
        "Stocks of cod in the North Sea are showing signs of recovery after years of cuts in catches, according to the latest advice from the International Council for the Exploration of the Sea. The council said the spawning stock had risen above the level at which it is considered at risk, though it remains well below historical levels. Scientists said the recovery was fragile and that warming seas were pushing cod further north. Fishermen's organisations in Scotland welcomed the advice and called for higher quotas, while environmental groups urged caution. Cod was removed from the Marine Conservation Society's list of fish to avoid in 2017, then put back in 2019 after a decline. Quotas for next year will be negotiated by the UK, the EU and Norway in December.",
        "other",
    ),
]
