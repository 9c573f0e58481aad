"""dev181 hard negatives (4 of 4) and plain negatives: anniversaries of land struggles, films, books
and exhibitions, navies and rangers without violence, rural sport, and court rulings and
relocations over land (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Thirty years after Eldorado dos Carajás massacre, MST marks anniversary on the "
        "highway where 21 died",
        "Thousands of members of Brazil's Landless Workers' Movement (MST) gathered on "
        "Friday at the bend of the PA-150 highway in Eldorado dos Carajás, in southeastern "
        "Pará, where military police opened fire on a march of landless workers on April 17, "
        "1996, killing 19 people on the spot. Two more died later of their wounds. A march "
        "of about 1,500 people set off from Marabá earlier in the week and reached the site "
        "on Thursday night. Ministers from the federal government attended for the first "
        "time in years. The ceremony, held every year, included a mass, a minute of silence "
        "and the reading of the names of the dead, whose portraits were painted on wooden "
        "crosses planted in a ring of Brazil nut trees. Of the 155 police officers tried, "
        "only the two commanders were convicted, and they served part of their sentences at "
        "home. Survivors, some still carrying bullets in their bodies, said the massacre had "
        "forced the federal government to speed up land reform, and that the settlement many "
        "of them now live on was created in its wake. April 17 has since become the "
        "International Day of Peasant Struggle. The MST said it would use the anniversary to "
        "press for the settlement of about 60,000 families still camped by roadsides across "
        "the country.",
        "history",
    ),
    (
        "Fifty years on, the women of Chipko remember the day they hugged the trees of Reni",
        "In March 1974, when contractors arrived in the forest above Reni village in what is "
        "now Uttarakhand to fell 2,500 trees, the men of the village had been called away to "
        "collect compensation for land. It was Gaura Devi, a widow who led the village "
        "women's council, who gathered 27 women and girls and stood between the loggers and "
        "the trees, telling them they would have to shoot her first. The contractors left, "
        "and the episode became the best known of the Chipko protests that spread across the "
        "Garhwal hills in the 1970s. At a gathering in Reni this week to mark the movement's "
        "50th anniversary, elderly women who took part recalled being called backward and "
        "ignorant by forest officials. Some said little had changed, pointing to the road "
        "widening and hydropower projects that have cut thousands of trees in the region "
        "and, they say, contributed to the floods and landslides of recent years. The 2021 "
        "flood that swept down the Rishiganga valley destroyed a power project just below "
        "the village. A memorial to Gaura Devi stands beside the road.",
        "history",
    ),
    (
        "Ten years after Berta Cáceres was killed, the river she defended still runs free",
        "On the night of March 2, 2016, gunmen broke into the house in La Esperanza where "
        "the Honduran Indigenous leader Berta Cáceres was staying and shot her dead. She had "
        "spent years leading Lenca communities against the Agua Zarca hydroelectric dam on "
        "the Gualcarque river, a river the Lenca consider sacred, and had won the Goldman "
        "environmental prize the year before. Ten years on, the dam has not been built: its "
        "financiers pulled out after her murder, and the concession was cancelled. Seven "
        "men, including a former army officer and employees of the dam company, were "
        "convicted of her killing in 2018, and a former executive of the company was "
        "convicted in 2021 of being a co-conspirator. Her daughters, who now lead the "
        "organisation she founded, say those who paid for the murder have never been brought "
        "to justice. On Monday, hundreds of people gathered at the river for a ceremony of "
        "offerings and songs. Honduras remains one of the most dangerous countries in the "
        "world for land and environmental defenders, according to Global Witness.",
        "history",
    ),
    (
        "Fifty years after the Cod Wars, Icelandic and British trawlermen swap stories in Hull",
        "Half a century after Iceland's coast guard cut the nets of British trawlers and "
        "rammed Royal Navy frigates in the last of the Cod Wars, a handful of the men who "
        "sailed on both sides met in Hull on Saturday to mark the anniversary of the 1976 "
        "agreement that ended the dispute. The confrontations, over Iceland's extension of "
        "its fishing limits to 200 nautical miles, saw dozens of collisions at sea and "
        "warning shots, but the only death was that of an Icelandic engineer killed in an "
        "accident while repairing a damaged patrol vessel. For Hull and Grimsby, the "
        "settlement was a catastrophe: thousands of jobs on distant-water trawlers "
        'disappeared within a few years. "We lost the war and the town lost its living," '
        "said a former deckhand, now 79, at an exhibition at the city's maritime museum. A "
        "former Icelandic coast guard officer said he still had a pair of the net cutters "
        "his crew used. Iceland's fisheries are now managed under a quota system that many "
        "see as a model. Britain's fleet, by contrast, has shrunk to a fraction of its size.",
        "history",
    ),
    (
        "Rangers documentary puts the frontline of conservation in Congo on the big screen",
        "A new documentary following a unit of rangers in eastern Congo's Kahuzi-Biega "
        "National Park premiered at the Berlin film festival on Friday, winning a standing "
        "ovation for its portrait of men and women who risk their lives to protect eastern "
        "lowland gorillas. Shot over three years, the film follows a former child soldier "
        "turned ranger, a tracker who has spent three decades with one gorilla family, and a "
        "young woman in the park's first female patrol unit. Its director said she wanted to "
        "show the rangers not as heroes in a war story but as workers with families, debts "
        "and doubts. There are scenes of patrols finding snares and charcoal kilns, and a "
        "funeral for a colleague, but the violence of the region stays mostly off camera. "
        "Critics praised the cinematography but some questioned the absence of the Batwa, "
        "Indigenous people evicted when the park was created. The film will be released in "
        "cinemas in Europe in the spring and on a streaming service later in the year.",
        "entertainment",
    ),
    (
        "A novel of the coming water wars, set in a drowned and parched Bengal",
        "In Rivers of Salt, the Kolkata-born novelist's third book, it is 2061 and the "
        "Ganges no longer reaches the sea in the dry season. Upstream dams have captured its "
        "flow, the delta is sinking, and militias guard tanker convoys between desalination "
        "plants and gated towns. The story follows a hydrologist sent by a Delhi ministry to "
        "negotiate with a village council that has blown up a canal, and a fisherwoman who "
        "smuggles water across a border that no longer matches the coastline. The writing is "
        "lush, sometimes too lush, and the villains are drawn with a heavy hand, but the "
        "novel's strongest chapters, about a lottery for places on a relocation bus, are "
        "hard to shake off. The author said in an interview that she had drawn on reporting "
        "about salinity in the Sundarbans and the disputes over the Teesta river. Climate "
        "fiction from South Asia is enjoying a boom, with several translations from Bengali "
        "and Urdu due this year. The book is published by a Delhi imprint and will appear in "
        "Britain in the autumn.",
        "entertainment",
    ),
    (
        "Salgado's 'Amazônia' returns to São Paulo with portraits of the forest's peoples",
        "Sebastião Salgado's exhibition Amazônia, the result of seven years of journeys "
        "through the forest, opened at a São Paulo cultural centre on Saturday, with more "
        "than 200 black-and-white photographs of rivers, mountains and the Indigenous "
        "peoples who live among them. The show, designed to be seen in near darkness, is "
        "accompanied by a soundtrack composed by Jean-Michel Jarre from recordings of rain, "
        "birds and insects. Among the most striking images are portraits of Yanomami, Korubo "
        "and Asháninka men and women, some of whom had little contact with outsiders before "
        "the photographer arrived. Salgado, who died last year, described the forest as a "
        "sanctuary under threat from mining, logging and fire, and the exhibition ends with "
        "a room of texts by Indigenous leaders. Some critics have questioned whether the "
        "aesthetic of untouched wilderness ignores the struggles of communities for land. "
        "The exhibition runs until March, and entry is free on Tuesdays.",
        "entertainment",
    ),
    (
        "Royal Navy sends patrol boats to Jersey as French fishing boats gather off St Helier",
        "Two Royal Navy patrol vessels arrived off Jersey on Thursday morning as dozens of "
        "French fishing boats gathered outside the island's main harbour of St Helier in "
        "protest at new post-Brexit licensing rules. HMS Severn and HMS Tamar were sent "
        "overnight by the UK government as a precautionary measure, Downing Street said, "
        "after a French minister suggested that France could cut electricity supplies to the "
        "island, which come by undersea cables from Normandy. The French fishermen, in about "
        "60 boats, sounded horns and let off flares but did not try to block ferries, and "
        "left by early afternoon. France also sent two maritime gendarmerie vessels to the "
        "area. The dispute centres on conditions attached to licences issued by Jersey to "
        "French boats that have fished its waters for generations, including limits on the "
        "number of days at sea. Jersey's government said it was ready to talk. \"This is not "
        "a war, it's a row about paperwork,\" said a Jersey fisherman who sided with the "
        "French crews.",
        "military",
    ),
    (
        "Indonesia blows up 23 foreign boats caught fishing illegally",
        "Indonesia's navy and fisheries ministry blew up and sank 23 foreign fishing boats "
        "on Sunday at several locations across the archipelago, including 13 Vietnamese "
        "vessels off the Natuna Islands, the ministry said, in the latest show of force "
        "against illegal fishing. Television footage showed explosives detonating aboard "
        "empty wooden boats, which then caught fire and went down in a cloud of smoke. The "
        "crews had been detained and deported after their boats were seized, officials said. "
        "The fisheries minister has ordered the sinking of more than 300 foreign boats since "
        "taking office in 2014, saying illegal fishing costs Indonesia billions of dollars a "
        "year. The policy is popular at home, but Vietnam, Malaysia and China have "
        "protested. The navy has also strengthened patrols near the Natuna Islands, where "
        "Chinese coast guard vessels have escorted fishing boats into waters Indonesia "
        "claims as its exclusive economic zone. Officials said the sunken boats would serve "
        "as artificial reefs.",
        "military",
    ),
    (
        "Kenya Wildlife Service passes out 1,000 new rangers, adds drones and night-vision kit",
        "More than 1,000 new rangers passed out at the Kenya Wildlife Service Law "
        "Enforcement Academy in Manyani on Friday after six months of training in weapons "
        "handling, tracking, first aid and community relations, the largest intake in the "
        "service's history. The president inspected the parade and said the recruits, a "
        "third of them women, would be deployed to parks and reserves where poaching and "
        "human-wildlife conflict are most severe. The service also took delivery of 12 "
        "surveillance drones, night-vision goggles and four light aircraft bought with funds "
        "from the government and conservation donors. The service's director-general said "
        "rhino and elephant poaching had fallen sharply over the past decade but that the "
        "bushmeat trade and attacks on livestock by lions and hyenas were growing problems. "
        "Recruits marched past in camouflage uniforms and demonstrated an ambush drill "
        "against mock poachers. Conservation groups welcomed the recruitment but said "
        "community scouts, who are often the first to encounter poachers, needed better pay.",
        "military",
    ),
    (
        "Rhino-country marathon draws 1,400 runners to Lewa conservancy",
        "More than 1,400 runners from 20 countries lined up at Lewa Wildlife Conservancy in "
        "northern Kenya on Saturday for a marathon run across savanna patrolled by armed "
        "rangers and a helicopter on the lookout for lions and rhinos. Philemon Kiplagat won "
        "the men's race in 2:24:31 despite the heat and the dusty, hilly course, attacking "
        "on the final climb to break away from the defending champion. In the women's race, "
        "Esther Chebet led from the start and finished more than four minutes ahead. The "
        "race, first held in 2000, has raised millions of dollars for conservation and for "
        "schools and clinics in communities around the conservancy. Organisers said the "
        "rangers' relay team, running in full uniform and boots, was cheered loudest of all. "
        "Several international runners said they had spotted giraffes and zebras along the "
        "route. The event is part of a circuit of races that links tourism with wildlife "
        "protection.",
        "sport",
    ),
    (
        "Kambala buffalo racers cheer as season opens after court battle",
        "Thousands of spectators lined the muddy tracks at Moodbidri in coastal Karnataka on "
        "Saturday as the Kambala season opened, with pairs of buffaloes racing through "
        "knee-deep water in paddy fields, driven by barefoot jockeys holding ropes and "
        "whips. The sport, traditionally held after the harvest in the Tulu-speaking "
        "districts, survived a long court battle after animal rights groups argued that it "
        "involved cruelty and the Supreme Court briefly suspended it. The state then amended "
        "the law to protect the races, and the Supreme Court upheld the amendment last year. "
        "Organisers say new rules limit the use of whips and require veterinary checks "
        "before each race. The fastest jockey of the day covered the 142-metre track in 12.4 "
        "seconds, drawing comparisons with sprinters. Farmers who rear racing buffaloes say "
        "a champion pair can cost more than ₹30 lakh and is fed on boiled horse gram, "
        "coconut and honey. Races will be held at about 20 venues in Dakshina Kannada and "
        "Udupi until March.",
        "sport",
    ),
    (
        "African court orders Kenya to pay Ogiek Sh157 million and title Mau forest land",
        "The African Court on Human and Peoples' Rights on Thursday ordered Kenya to pay the "
        "Ogiek community 157.8 million shillings in compensation and to return their "
        "ancestral land in the Mau forest, in a landmark ruling on Indigenous land rights. "
        "The court, sitting in Arusha, said Kenya had violated the Ogiek's rights to "
        "property, culture and religion by evicting them from the forest without "
        "consultation, and gave the government a year to demarcate and title the land. It "
        "also ordered the state to consult the community before any logging or conservation "
        "project in the area. Ogiek leaders, who have lived as hunters and beekeepers in the "
        "Mau for generations, wept and sang outside the court. The government has for years "
        "argued that removing settlers from the Mau is needed to protect the water tower "
        "that feeds rivers and lakes across the Rift Valley. The ruling follows a 2017 "
        "judgment in which the court found that Kenya had violated the community's rights. "
        "The attorney general's office said it was studying the decision.",
        "other",
    ),
    (
        "Cambodia moves thousands of families from Angkor to new site, defends relocation as "
        "voluntary",
        "Cambodian authorities have moved more than 5,000 families living inside the Angkor "
        "World Heritage site to a new settlement at Run Ta Ek, about 25 kilometres away, and "
        "plan to relocate thousands more by the end of the year, officials said. The "
        "government says the families were living illegally on protected land and that the "
        "move, to plots with houses, water and schools, is voluntary. But Amnesty "
        "International said in a report on Tuesday that many residents had been coerced with "
        "threats that they would lose compensation if they did not leave, and that the new "
        "site lacked work and enough water. At Run Ta Ek, families who used to sell drinks "
        "and souvenirs to tourists said they now spent much of their compensation on "
        "transport back to the temples. The authority that manages the site rejected the "
        "report and said the relocation protected the monuments from illegal construction. "
        "UNESCO said it had not requested evictions and called for the relocation to respect "
        "human rights. The relocation was ordered in 2022 by the then prime minister, who "
        "said residents who stayed risked damaging the temples.",
        "other",
    ),
]
