"""dev295 negatives, the fields: pests, locusts, droughts, floods, animal disease, accidents
and farm crime. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Fall armyworm attacks maize across southern Africa",
        "An invasive caterpillar known as the fall armyworm is attacking maize fields across "
        "Zambia, Zimbabwe and Malawi, threatening the region's staple crop weeks before "
        "harvest, agriculture officials said. Zambia has deployed air force planes to spray "
        "pesticide on about 90,000 hectares of infested land. The pest, native to the Americas, "
        "was first confirmed in Africa last year and can destroy a field overnight. The UN Food "
        "and Agriculture Organization called an emergency meeting in Harare. “It is a war we "
        "are fighting field by field,” said a Zambian extension officer. Farmers are being "
        "taught to pick egg masses by hand and to spray early. Scientists warn that the moths "
        "can fly hundreds of kilometres a night. Maize prices in Lusaka have risen about 10% "
        "since January. Zimbabwe and Malawi have also asked for help with pesticides. "
        "Researchers at the International Maize and Wheat Improvement Center are testing "
        "varieties that may be more tolerant.",
        "disaster",
    ),
    (
        "Locust swarms invade Kenya in worst outbreak for 70 years",
        "Desert locust swarms the size of cities have swept into northern Kenya from Somalia "
        "and Ethiopia, stripping pasture and crops in the worst outbreak the country has seen "
        "in 70 years, the FAO said. One swarm in Isiolo county was estimated at 60 km long and "
        "40 km wide, containing billions of insects. The government has sent crop-spraying "
        "planes but officials admit they are short of pesticide and trained crews. Herders say "
        "their goats have nothing left to graze. “They came like a black cloud and in one hour "
        "the maize was gone,” said a farmer in Samburu. The FAO appealed for $76 million to "
        "fight the invasion across East Africa. Unusually heavy rains late last year created "
        "ideal breeding conditions, scientists say. Ethiopia and Somalia have also been hit, "
        "and Somalia has declared a national emergency. A single square kilometre of swarm can "
        "eat as much food in a day as 35,000 people.",
        "disaster",
    ),
    (
        "Pakistan declares national emergency as locusts ravage Punjab and Sindh",
        "Pakistan declared a national emergency on Saturday to fight swarms of desert locusts "
        "that officials said were the worst in more than two decades, damaging wheat, cotton "
        "and fodder crops in Punjab and Sindh. Prime Minister Imran Khan approved a national "
        "action plan worth 7.3 billion rupees. Troops have been assigned to help spray "
        "pesticides from vehicles and aircraft. The swarms crossed from Iran in spring and have "
        "bred in the Cholistan desert. Growers in Okara said they were banging pots and burning "
        "tyres to drive them off. The FAO warned that new swarms could form with the monsoon "
        "rains. Wheat flour prices have risen in several cities. Cotton growers in southern "
        "Punjab said swarms had landed on young plants and stripped them in hours. China sent a "
        "team of experts and 50,000 litres of pesticide. Officials said the country would need "
        "more aircraft and sprayers before the summer breeding season.",
        "disaster",
    ),
    (
        "Horn of Africa drought kills millions of livestock, herders head for towns",
        "More than 9 million head of livestock have died across Ethiopia, Kenya and Somalia "
        "after a fourth failed rainy season, the Intergovernmental Authority on Development "
        "said on Wednesday. Hundreds of thousands of pastoralist families have moved to towns "
        "and camps in search of water and food aid. In Somalia's Bay region, aid workers said "
        "herders were arriving in Baidoa with a handful of goats left from herds of several "
        "hundred. The UN said 22 million people faced acute hunger in the region. “When the "
        "animals die, everything dies with them,” said a herder in Wajir. The price of a goat "
        "has fallen by half in some markets as owners sell weak animals. Forecasters say a "
        "fifth poor season is likely. Water prices have tripled at some boreholes in northern "
        "Kenya, aid agencies said. In Ethiopia's Somali region, schools have closed as families "
        "move in search of pasture. The World Food Programme said it had funding for only about "
        "a third of its response in the region.",
        "disaster",
    ),
    (
        "Pakistan floods wash away cotton and rice crops",
        "Floods that have submerged a third of Pakistan have destroyed about 45% of the "
        "country's cotton crop and large areas of rice, the planning minister said on Tuesday, "
        "raising fears of food shortages this winter. More than 1,300 people have died and some "
        "33 million have been affected by monsoon rains that began in June. Nearly 800,000 farm "
        "animals have been killed. Farmers in Sindh said their fields would stay under water "
        "too long to sow wheat. The army has deployed helicopters and boats for rescue work. "
        "Vegetable prices in Karachi and Lahore have jumped, and the government said it would "
        "allow imports of onions and tomatoes from Afghanistan and Iran. The government "
        "estimates losses at more than $30 billion, and Prime Minister Shehbaz Sharif has "
        "appealed for international aid. The UN raised its appeal for Pakistan to $816 million. "
        "Textile mills, which rely on local cotton, said they would have to import more from "
        "the United States and Brazil.",
        "disaster",
    ),
    (
        "El Niño drought scorches southern Africa's maize belt",
        "Zambia, Zimbabwe and Malawi declared national disasters after the driest February in "
        "decades withered maize across southern Africa, and the World Food Programme warned "
        "that millions of people would need help. Zambia's president said about 1 million "
        "hectares of the 2.2 million planted had been destroyed. South African white maize "
        "futures climbed to a record as regional buyers looked for supplies. Zimbabwe appealed "
        "for $2 billion in aid. “We planted three times and the rain never came,” said a farmer "
        "in Masvingo. The El Niño pattern brings below-average rains to the region. Zambia has "
        "banned maize exports to protect supplies. Malawi's government said it would need to "
        "import about 600,000 tonnes of maize. In Zimbabwe, the government has asked churches "
        "and businesses to help feed families in the worst-hit districts. Electricity rationing "
        "has also worsened as low water levels at Lake Kariba cut hydropower output. The WFP "
        "said it would expand cash transfers in rural areas.",
        "disaster",
    ),
    (
        "Farmers at war with mice as plague spreads across New South Wales",
        "A mouse plague has spread across hundreds of kilometres of grain country in New South "
        "Wales and southern Queensland, chewing through stored hay and wiring, and farmers say "
        "they are losing the battle. Growers are baiting paddocks ahead of winter sowing, but "
        "supplies of zinc phosphide have run short. The state government announced a $50 "
        "million support package and asked federal regulators to approve a stronger poison. "
        "“You lift a bale and there are hundreds underneath,” said a farmer near Gilgandra. "
        "Three patients at a hospital in Walgett were bitten. Experts said a huge harvest and "
        "mild weather had fuelled the boom, and only a hard frost would end it. Some farmers "
        "have burned hay sheds to get rid of the rodents. The plague has also hit country "
        "towns, where supermarkets have had to close for pest control. Scientists at the CSIRO "
        "are surveying numbers across the cropping belt to forecast where the mice will move "
        "next.",
        "disaster",
    ),
    (
        "Frost ravages Brazil's coffee belt, arabica at seven-year high",
        "Severe frost hit coffee farms in southern Minas Gerais and São Paulo state overnight, "
        "blackening leaves and raising fears for next year's crop, growers and the cooperative "
        "Cooxupé said. Arabica futures in New York jumped about 10% to their highest since "
        "2014. The cold snap was the worst to hit the region since 1994, the national "
        "meteorological institute said. Agronomists said it would take weeks to assess the "
        "damage, but some young trees would need to be replanted. “The frost burned everything "
        "in the low ground,” said a producer in Sul de Minas. Brazil grows about a third of the "
        "world's coffee. Roasters warned of higher retail prices. Sugar cane and corn crops "
        "were also damaged, the agriculture ministry said. Brazil's harvest this year was "
        "already hit by drought, one of the worst in almost a century. Farmers said prices "
        "would rise further if the rains do not arrive by October, when trees flower.",
        "disaster",
    ),
    (
        "Bird flu pushes US egg prices to record, restaurants add surcharges",
        "The average price of a dozen large eggs in US cities rose to a record $4.95 in "
        "January, government data showed, as an outbreak of avian influenza led to the culling "
        "of millions of laying hens. The Agriculture Department said more than 23 million birds "
        "had been affected in the past month alone. Some restaurant chains have added egg "
        "surcharges, and grocers have limited how many cartons shoppers can buy. Producers say "
        "flocks take months to rebuild after an outbreak. The virus has also been found in "
        "dairy cattle in several states. Health officials say the risk to the public remains "
        "low. Imports from Turkey and Brazil are rising. The Agriculture Department has "
        "announced $1 billion to strengthen biosecurity on farms and to compensate producers. "
        "Prices of egg-laying chicks have also risen. Wholesale egg prices have since eased "
        "slightly, but economists say retail prices will stay high into the spring.",
        "health",
    ),
    (
        "African swine fever wipes out a quarter of world's pigs, pork soars in China",
        "African swine fever has killed or led to the cull of so many pigs in China that the "
        "country's herd has shrunk by about 40% in a year, and pork prices have more than "
        "doubled, official data showed. The disease, harmless to humans but almost always fatal "
        "to pigs, has spread to Vietnam, the Philippines and South Korea. Beijing has released "
        "frozen pork from state reserves and urged local governments to subsidise restocking. "
        "US and European exporters have benefited from record Chinese orders. “There is no "
        "vaccine, so it is all about keeping the virus out,” said a veterinarian in Henan. "
        "Consumer inflation in China rose to its highest in almost eight years. The Food and "
        "Agriculture Organization estimates that about a quarter of the world's pigs could die "
        "from the disease. Pork is China's main meat, and its price is closely watched by the "
        "government. Large producers such as Muyuan Foods and New Hope are expanding farms, "
        "while many small farmers have left the business. Chicken and beef prices have also "
        "risen as consumers switch meat.",
        "health",
    ),
    (
        "Germany confirms first foot-and-mouth case in decades; exports halted",
        "Germany confirmed a case of foot-and-mouth disease in a herd of water buffalo near "
        "Berlin on Friday, its first outbreak since 1988, prompting South Korea and Britain to "
        "suspend imports of German meat and dairy. Authorities culled the remaining animals and "
        "set up a 3-km protection zone, and neighbouring farms were banned from moving "
        "livestock for 72 hours. The agriculture minister said the source of the infection was "
        "unknown. The disease is not dangerous to humans but spreads quickly among cattle, pigs "
        "and sheep. Pig prices at the German exchange fell sharply. Farm groups said a broader "
        "ban could cost exporters a billion euros. The outbreak was found in the district of "
        "Märkisch-Oderland in Brandenburg, near the Polish border. The Berlin zoo closed for "
        "several days as a precaution. The European Commission said regional restrictions would "
        "allow exports from most of Germany to continue within the EU.",
        "health",
    ),
    (
        "Dust explosion tears through grain elevator, two workers dead",
        "An explosion at a grain elevator in southern Minnesota killed two workers and injured "
        "four on Tuesday, the county sheriff's office said. Witnesses said a blast blew out the "
        "top of a concrete silo and a fire burned for hours. The state's occupational safety "
        "agency said it was investigating whether airborne grain dust ignited. Such explosions "
        "have declined since federal rules tightened in the 1980s, but several happen each year "
        "in the US. The cooperative that runs the site said it was cooperating with "
        "investigators. Farmers were asked to haul corn to other elevators while the facility "
        "stays shut. The elevator stores corn and soybeans for about 300 member farmers in "
        "three counties. Relatives of the dead men gathered at a church in the town on Tuesday "
        "evening. A worker who escaped told local television that the explosion came from the "
        "top of a conveyor leg. Investigators from the Chemical Safety Board were due at the "
        "site on Wednesday. The cooperative said both men had worked at the elevator for more "
        "than a decade.",
        "accident",
    ),
    (
        "Part of Beirut's port grain silos collapses after weeks-long fire",
        "A section of the grain silos damaged in the 2020 Beirut port explosion collapsed on "
        "Sunday in a cloud of dust, weeks after fermenting grain inside caught fire in the "
        "summer heat, Lebanon's civil defence said. No injuries were reported. The north block "
        "of the silos had been leaning for weeks, and the authorities had warned residents to "
        "wear masks. Families of the more than 200 people killed in the blast want the "
        "remaining structure preserved as a memorial. The government had earlier voted to "
        "demolish it. The silos once held most of Lebanon's grain reserve, and the country has "
        "since relied on smaller stores and imports. The blast in August 2020 was caused by "
        "hundreds of tonnes of ammonium nitrate stored at the port for years. Lebanon has since "
        "imported wheat mainly from Ukraine and Russia, storing it in private warehouses and "
        "mills. The World Bank has approved a loan to help the country buy wheat. A French "
        "engineering firm had monitored the tilting of the silos with sensors.",
        "accident",
    ),
    (
        "Van carrying farmworkers crashes in Murcia, six killed",
        "Six farmworkers were killed and seven injured when the van taking them to pick lettuce "
        "overturned on a rural road in Spain's Murcia region early on Monday, the regional "
        "emergency service said. The workers, most of them from Morocco, were on their way to a "
        "farm near Lorca. The Guardia Civil said the vehicle was carrying more passengers than "
        "allowed. Unions said the crash showed the dangers of the cheap transport that labour "
        "contractors provide to seasonal workers. The regional government declared two days of "
        "mourning. The driver was among the injured. Murcia's farms grow much of Europe's "
        "lettuce and broccoli, and rely on tens of thousands of seasonal workers, many of them "
        "employed through agencies. Labour inspectors have fined several contractors this year "
        "for unsafe transport. Union leaders called for a rally in Lorca on Wednesday. The "
        "Moroccan consulate in Almería said it was helping families to repatriate the bodies. "
        "Police have opened an investigation into the company that owns the van.",
        "accident",
    ),
    (
        "Grain ship runs aground in Bosphorus, traffic suspended",
        "A bulk carrier loaded with Ukrainian maize ran aground in the Bosphorus on Monday "
        "after a rudder failure, and Turkish authorities suspended traffic through the strait "
        "in both directions, the coastal safety agency said. Tugboats were sent to refloat the "
        "193-metre vessel, which was carrying about 30,000 tonnes. There were no injuries and "
        "no pollution. Shipping agents said dozens of ships were waiting at either end of the "
        "waterway by the afternoon. Traffic resumed the following day after the ship was towed "
        "clear. The vessel had left a port near Odesa two days earlier. The Bosphorus carries "
        "about 40,000 vessels a year and is one of the world's most difficult waterways to "
        "navigate. Turkish pilots must guide large ships through it. Coastal authorities said "
        "they would investigate the rudder failure. Grain traders said the brief closure would "
        "have little effect on prices. Several similar groundings have been recorded in the "
        "strait in recent years.",
        "accident",
    ),
    (
        "Farmer and wife shot in robbery on Limpopo farm",
        "An elderly farmer was shot dead and his wife wounded when robbers broke into their "
        "farmhouse near Tzaneen in South Africa's Limpopo province on Saturday night, police "
        "said. The gang tied up the couple, took firearms, cash and a vehicle, and fled. Police "
        "said two suspects were arrested on Monday and the car was found abandoned. "
        "Agricultural union TLU SA said rural robberies were rising and called for more rural "
        "policing. Neighbours said the couple had farmed avocados and macadamias for 40 years. "
        "The suspects are due in court on Wednesday. The wife was taken to hospital in Tzaneen, "
        "where she was in a stable condition. Police said the robbers had cut through a fence "
        "and waited for the couple to return from town. Farm workers found the couple early on "
        "Sunday. Figures from the police service show that dozens of people are killed each "
        "year in attacks on farms and smallholdings. Police said the motive appeared to be "
        "robbery.",
        "crime",
    ),
    (
        "Police seize 150,000 litres of fake olive oil in agromafia raid",
        "Italian police seized about 150,000 litres of oil sold as extra virgin olive oil but "
        "mixed with cheaper seed oil and colouring, and arrested eleven people, in raids in "
        "Puglia and Calabria, the carabinieri said on Wednesday. Investigators said the gang "
        "sold the oil to shops in Italy and Germany at up to four times its value. The "
        "prosecutor's office in Foggia said the group had links to organised crime families. "
        "Farm lobby Coldiretti estimates that food fraud linked to the so-called agromafia is "
        "worth more than 24 billion euros a year. Record olive oil prices have made fraud more "
        "profitable, investigators said. The oil was mixed in a warehouse near Cerignola and "
        "labelled with the names of non-existent farms. Laboratory tests showed that some "
        "bottles contained no olive oil at all. Investigators said the gang also forged the "
        "documents needed to claim EU subsidies. Police seized 23 properties and bank accounts "
        "worth about 4 million euros.",
        "crime",
    ),
    (
        "Cattle rustlers jailed in Nakuru after thefts from smallholders",
        "A court in Kenya's Nakuru county jailed four men for seven years each on Thursday for "
        "stealing dairy cows from smallholder farmers and selling them at livestock markets in "
        "the Rift Valley. Prosecutors said the gang took 23 animals over three months, moving "
        "them at night in a lorry with false number plates. The thefts were traced through an "
        "ear-tag scheme run by the county. Farmers said the cows had been bought with loans "
        "from a cooperative. Police said rustling of dairy cattle had increased as milk prices "
        "rose. The owners recovered 14 of the animals. The magistrate said the sentences were "
        "meant as a warning. One of the four had previously been convicted of stealing goats. "
        "Dairy farming supports tens of thousands of households in Nakuru county. County "
        "officials said they would extend the ear-tagging scheme to sheep and goats next year. "
        "Farmers' groups welcomed the sentences.",
        "crime",
    ),
]
