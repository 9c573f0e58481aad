"""dev295 positives, part A: ports, silos, corridors and fields under current attack (Black Sea,
Red Sea, Levant, Sahel, Lake Chad). POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Wheat futures jump after Russian missiles hit Chornomorsk grain terminal",
        "Chicago wheat futures rose as much as 8.5% on Wednesday after Russian missiles struck "
        "grain infrastructure at the Ukrainian port of Chornomorsk overnight, two days after "
        "Moscow walked out of the Black Sea export deal. Ukraine's agriculture ministry said "
        "the strike destroyed about 60,000 tonnes of grain that had been due to be loaded for "
        "China. Regional governor Oleh Kiper said on Telegram that two terminal workers were "
        "wounded and that fire crews worked until dawn to put out the blaze. “They are hitting "
        "the very thing the world eats,” a trader at one of the terminal's tenants told Reuters "
        "by phone. Analysts at a Kyiv consultancy said insurers had already begun quoting "
        "war-risk premiums of several percent of hull value for vessels calling at Odesa-area "
        "ports. Corn and soybean oil followed wheat higher. The ministry said the attack was "
        "the third night of drone and missile fire on the Odesa region in a row. President "
        "Volodymyr Zelenskiy said Russia had deliberately targeted the grain deal's "
        "infrastructure and called on partners to supply more air defence.",
        "E",
        "missile_strike",
    ),
    (
        "Drones hit Danube grain port of Izmail, shipments stalled",
        "Russian attack drones struck the Ukrainian river port of Izmail before dawn on "
        "Wednesday, damaging grain silos and a warehouse a few hundred metres across the Danube "
        "from Romania, Ukrainian officials said. The regional military administration said "
        "about 40,000 tonnes of grain bound for Africa, China and Israel had been damaged, and "
        "that six people were injured. Infrastructure minister Oleksandr Kubrakov posted "
        "photographs of a shattered grain elevator with its conveyor hanging loose. The Danube "
        "ports have carried a growing share of Ukraine's exports since the sea corridor closed "
        "in July. Shipping data showed at least 30 vessels waiting at the Sulina channel on "
        "Wednesday afternoon. Romania's defence ministry said it had not detected any debris on "
        "its territory. Brokers said freight rates for Danube barges, already double their "
        "spring level, were likely to climb again. Ukraine's air force said it shot down most "
        "of the 17 drones launched overnight. Romanian officials later confirmed that fragments "
        "had fallen on its side of the river in a separate attack.",
        "E",
        "drone_strike",
    ),
    (
        "In Kherson, farmers learn to plough with one eye on the sky",
        "A 61-year-old farmer was killed on Monday when a Russian drone dropped explosives on "
        "his tractor as he worked a field near the village of Bilozerka, west of Kherson, the "
        "regional prosecutor's office said. It was the fourth such attack on farm machinery in "
        "the district in a week, according to the regional administration, which accuses "
        "Russian drone operators across the Dnipro of deliberately hunting civilians and their "
        "vehicles. Local growers say they now sow sunflower in the early morning and leave "
        "before the drones come out. “You hear the buzzing and you have maybe ten seconds,” "
        "said Serhiy, who farms 300 hectares and asked that his surname not be used. Some have "
        "fitted cages of welded mesh over their cabs. The agriculture ministry estimates that "
        "about a fifth of the region's arable land will not be planted this spring. Prosecutors "
        "have opened a war crimes case. Vegetable growers who supplied Kherson's markets before "
        "the war have largely stopped, and prices in the city are higher than in Kyiv. The "
        "region's chief said farmers would receive compensation for destroyed machinery under a "
        "state programme.",
        "E V",
        "drone_strike",
    ),
    (
        "Tractor hits mine in recaptured Kharkiv fields; driver killed",
        "A tractor driver was killed and his co-worker seriously injured when their machine "
        "struck an anti-tank mine while harrowing a field near Balakliia in the Kharkiv region, "
        "the State Emergency Service said on Thursday. The land was retaken from Russian forces "
        "last autumn and had been surveyed but not yet cleared, officials said. Ukraine has "
        "reported dozens of such incidents on farmland this season as growers return to fields "
        "that changed hands during the fighting. The government says around 174,000 square "
        "kilometres may be contaminated with mines and unexploded shells. A pilot scheme pays "
        "commercial deminers to clear priority plots, but farmers say the queue runs into next "
        "year. “We either wait and go bankrupt, or we go out and pray,” said a local "
        "agronomist. The emergency service said its teams removed 43 explosive devices from the "
        "same farm on Friday. The Kharkiv region produced about a tenth of Ukraine's sunflower "
        "crop before the invasion. Several international donors have funded armoured tractors "
        "that can survive some blasts.",
        "E",
        "landmine",
    ),
    (
        "Houthi missile strikes grain carrier bound for Iran in Red Sea",
        "A bulk carrier loaded with Brazilian corn was hit by an anti-ship missile fired from "
        "Houthi-held territory in Yemen on Monday, the US Central Command said, in the latest "
        "attack on merchant shipping in the Red Sea. The vessel reported a fire in a cargo hold "
        "that the crew brought under control, and no one was hurt, the British maritime agency "
        "UKMTO said. The Houthis' military spokesman said the group had targeted the ship "
        "because its owner had called at Israeli ports. Ship-tracking data show the carrier was "
        "headed for Bandar Imam Khomeini. Grain traders said the strike added to a sharp fall "
        "in Suez Canal transits of dry bulk, with many Black Sea cargoes for Asia now routed "
        "around the Cape of Good Hope. That adds roughly ten to fourteen days to a voyage and "
        "lifts freight by $15-20 a tonne, according to one Geneva-based broker. Insurers have "
        "raised war-risk cover to about 0.7% of hull value for the passage. The Houthis have "
        "launched dozens of attacks on shipping since November, saying they act in solidarity "
        "with Palestinians in Gaza. US and British warplanes have struck Houthi targets in "
        "Yemen in response.",
        "E",
        "missile_strike",
    ),
    (
        "Gezira's granary empties as RSF fighters loot villages and farmers flee",
        "Fighters of Sudan's paramilitary Rapid Support Forces have looted seed stores, "
        "tractors and harvested sorghum across Gezira state since seizing Wad Madani, driving "
        "tens of thousands of farming families from their villages, residents and aid groups "
        "said. The irrigated Gezira scheme normally supplies a large share of Sudan's wheat. "
        "Farmers reached by phone described gunmen going house to house, taking grain, fuel and "
        "mobile phones, and shooting a man who refused to hand over the keys to a harvester. "
        "The UN migration agency IOM said more than 300,000 people had fled the state in under "
        "a month, many toward Sennar and Gedaref. The FAO warned that the winter wheat season "
        "was largely lost. “There will be no planting where there are no farmers,” an "
        "agronomist with the Gezira Board said. Sorghum prices in Gedaref market have roughly "
        "doubled since December, according to traders there. The RSF has denied targeting "
        "civilians and says it is protecting farmers from criminal gangs. Sudan's war between "
        "the army and the RSF began in April last year.",
        "V D H",
        "looting_and_displacement",
    ),
    (
        "Famine confirmed in Zamzam camp as fighting around El Fasher blocks supplies",
        "A global hunger monitor said on Thursday that famine conditions were present in the "
        "Zamzam displacement camp near El Fasher, the first such determination anywhere since "
        "2017. The Famine Review Committee of the Integrated Food Security Phase Classification "
        "said the camp, home to about half a million people who fled earlier fighting, had been "
        "largely cut off by the Rapid Support Forces' siege of El Fasher. Aid trucks have been "
        "unable to cross from Chad for weeks, the World Food Programme said, and cereal prices "
        "in camp markets are several times last year's. Médecins Sans Frontières reported last "
        "month that a child was dying roughly every two hours in the camp. The committee urged "
        "both warring parties to allow humanitarian access. Sudan's army-aligned government "
        "disputed the finding. Sorghum prices in El Fasher have risen about 70% since April, "
        "according to the Famine Early Warning Systems Network.",
        "H D",
        "famine_in_war",
    ),
    (
        "Djibo's blockade: flour at triple the price as convoys come under fire",
        "Food prices in the besieged northern Burkinabe town of Djibo have tripled since the "
        "start of the year, residents said, after jihadist fighters affiliated with al-Qaeda "
        "ambushed another supply convoy on the road from Ouagadougou. The army said a convoy of "
        "about 150 lorries was attacked near Gaskindé on Monday and that several soldiers and "
        "drivers were killed. A 50-kg sack of maize now sells for around 45,000 CFA francs, "
        "traders said. Djibo's population has swollen to more than 300,000 with people who fled "
        "the surrounding countryside, where JNIM fighters have blown up bridges and burned "
        "granaries. The WFP has been flying in limited supplies by helicopter. “People are "
        "eating leaves,” a local official said by telephone. Relief agencies say some 800,000 "
        "people live in towns under blockade across the country. The military government says "
        "it is winning back territory, and has armed civilian volunteers to defend villages. "
        "Residents say the fighters have laid mines on roads leading into the town.",
        "T H D",
        "blockade",
    ),
    (
        "Jihadists torch granaries and seize cattle in central Mali",
        "Islamist militants burned granaries and drove off hundreds of head of cattle in a "
        "string of raids on villages in Mali's Mopti region over the weekend, local officials "
        "and a herders' association said. Residents of three villages near Bandiagara said the "
        "attackers arrived on motorbikes, set fire to stores of millet after the harvest and "
        "killed at least seven men. An official in the area, who asked not to be named, blamed "
        "the Katiba Macina, part of the al-Qaeda-linked JNIM alliance. Hundreds of people have "
        "since walked to Bandiagara town. The loss of the millet harvest comes as cereal prices "
        "in Mopti market stand well above the five-year average, according to the Malian market "
        "information system. The army said it had sent reinforcements to the area. Aid agencies "
        "warned that the lean season would come early. Dogon hunters' militias and Fulani "
        "herders have clashed repeatedly in the region since 2018. The UN says more than "
        "400,000 people are displaced in Mali.",
        "T V D",
        "village_raid",
    ),
    (
        "Militants kill harvesters in Niger's Tillaberi grain belt",
        "Gunmen on motorbikes killed at least 21 villagers who were bringing in the millet "
        "harvest in Niger's western Tillabéri region on Saturday, the interior ministry said. "
        "The attack near the border with Mali was the latest in a series blamed on the Islamic "
        "State in the Sahel, which has threatened farmers who pay taxes to the state or refuse "
        "to pay tithes in grain to the group. A local councillor said the victims were shot in "
        "their fields and their carts burned. Survivors fled to the town of Banibangou. The "
        "government declared two days of national mourning. Farmers across the region have "
        "reduced the land they plant, and the Famine Early Warning Systems Network says cereal "
        "output in insecure departments could fall by a third. “We cannot farm with a gun "
        "pointed at us,” a village chief said. Niger's army, backed until recently by French "
        "and American forces, has launched several operations against the group along the "
        "border. Hundreds of civilians have been killed in the region this year, according to "
        "the monitoring group ACLED.",
        "T V D",
        "massacre",
    ),
    (
        "Herders' gunmen raid Benue farming town overnight, scores dead",
        "Gunmen suspected to be armed herders attacked the farming community of Yelwata in "
        "Nigeria's Benue state late on Friday, killing scores of people, many of them displaced "
        "farmers sheltering in the market square, officials and Amnesty International said. The "
        "state government put the death toll at over 100, while local leaders said it was "
        "higher. Witnesses said the attackers shot people and set homes and food stores on "
        "fire. Benue, known as Nigeria's food basket, has seen repeated violence between "
        "farmers and herders that has driven hundreds of thousands of people into camps. Yam "
        "and rice traders in Makurdi said supplies from the area had dried up. President Bola "
        "Tinubu condemned the killings and ordered security chiefs to the state. Police said "
        "they had deployed additional units. Amnesty International said survivors described "
        "people being burned alive in their homes. Farmers' groups say many growers in the "
        "state have not planted since the start of the rains. Pope Leo XIV mentioned the "
        "killings in his Sunday prayer.",
        "V D",
        "village_raid",
    ),
    (
        "Zamfara bandits kill farmers who refused harvest levy",
        "Armed bandits killed at least 18 farmers in Nigeria's northwest Zamfara state on "
        "Tuesday after villagers refused to pay a levy the gunmen had imposed on the groundnut "
        "and sorghum harvest, residents and a local official said. Gangs in the region, which "
        "operate from forest camps and fight the army, have for years demanded payment from "
        "farming communities before they may enter their own fields. A resident of Maru "
        "district said the attackers came on dozens of motorcycles and shot people on the "
        "farms. Several women were abducted. The police spokesman said officers had been "
        "deployed but did not confirm the toll. The levies and killings have pushed thousands "
        "of farmers off their land, and the price of a bag of maize in Gusau market has more "
        "than doubled in a year. The state government has negotiated peace deals with some gang "
        "leaders in the past, but attacks resumed each time. The army says it has killed "
        "hundreds of bandits in air strikes on forest hideouts this year.",
        "V",
        "attack_on_farmers",
    ),
    (
        "Boko Haram kills rice farmers near Maiduguri",
        "Suspected Boko Haram militants tied up and killed dozens of rice farmers working in "
        "fields at Zabarmari near Maiduguri in northeast Nigeria on Saturday, officials and a "
        "local militia leader said. The farmers, many of them labourers from Sokoto state, were "
        "harvesting when the fighters arrived, a survivor told reporters. At least 43 bodies "
        "were buried on Sunday, Borno's governor Babagana Zulum said after attending the "
        "funeral. He urged the federal government to recruit more troops and civilian defence "
        "forces to protect farmers. “Our people are caught between starving at home and being "
        "killed in their fields,” Zulum said. The region's irrigated rice schemes had only "
        "recently reopened under military escort. The United Nations humanitarian coordinator "
        "called the attack the most violent direct attack on civilians this year. President "
        "Muhammadu Buhari condemned the killings and said the entire country was hurt. The "
        "Islamist insurgency in the northeast has killed more than 30,000 people since 2009 and "
        "displaced about two million.",
        "T V",
        "massacre",
    ),
    (
        "Strikes on south Lebanon farmland leave tobacco and olive crops unharvested",
        "An Israeli air strike killed two farmers tending olive trees near the village of "
        "Kfarkela in south Lebanon on Tuesday, Lebanon's state news agency said, as "
        "cross-border fire kept growers away from land along the frontier. The agriculture "
        "ministry said shelling, including incendiary munitions, had burned more than 2,000 "
        "hectares of farmland since October and that tens of thousands of people had left "
        "border villages. Tobacco, the main cash crop in the south, has gone largely unplanted. "
        "“My father's trees are a hundred years old and they burned in one night,” said a "
        "grower from Aitaroun now staying in Tyre. The ministry estimates that losses to "
        "agriculture in the south have passed $2.5 billion. Israel's military said it had "
        "struck Hezbollah targets in the area. Hezbollah has fired rockets and drones at "
        "northern Israel since October in what it says is support for Gaza. Tens of thousands "
        "of Israelis have also left communities near the border.",
        "E D",
        "air_strike",
    ),
    (
        "Settlers attack Palestinian olive pickers near Nablus as harvest turns violent",
        "Israeli settlers attacked Palestinian families picking olives near the village of "
        "Burin south of Nablus on Thursday, beating harvesters with clubs and setting trees "
        "alight, witnesses and the Palestinian Red Crescent said. The Red Crescent said it "
        "treated seven people, including a 70-year-old woman with a head wound. Israeli "
        "soldiers at the scene fired tear gas, residents said. The UN humanitarian office "
        "recorded dozens of settler attacks linked to the olive harvest in the first three "
        "weeks of the season, and says many farmers have been kept from groves near "
        "settlements. Olive oil is one of the West Bank's main farm exports, and the "
        "Palestinian agriculture ministry expects output to fall for a second year. The Israeli "
        "military said it was reviewing the incident. Rights groups say the army rarely stops "
        "such attacks and that few settlers are prosecuted. About 100,000 Palestinian families "
        "depend in part on the olive harvest, according to the UN.",
        "V",
        "settler_attack",
    ),
    (
        "Dozens killed near Gaza flour convoy as crowds wait for food",
        "Dozens of Palestinians were killed on Thursday as crowds gathered around a convoy of "
        "trucks carrying flour on Gaza City's Harun al-Rashid street, the Gaza health ministry "
        "said, in an incident that drew international condemnation. Witnesses said Israeli "
        "troops opened fire as people rushed the trucks, while the Israeli military said most "
        "of the dead were killed in a crush and that soldiers fired at people who approached "
        "them. Hospital officials said more than 700 people were wounded. UN agencies have "
        "warned of imminent famine in northern Gaza, where a sack of flour sells for many times "
        "its pre-war price. The World Food Programme paused convoys to the north earlier in the "
        "month after its trucks were stopped and looted. Several governments called for an "
        "independent investigation. Doctors at al-Shifa hospital said many of the wounded had "
        "gunshot injuries. The UN has said a quarter of Gaza's population is one step away from "
        "famine.",
        "V H",
        "shooting_at_aid",
    ),
]
