"""dev99 hard negatives: herders' markets, livestock disease and droughts (economy, health,
disaster)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ram prices soar at Jos cattle market ahead of Sallah",
        "Prices of rams at the Kara cattle market in Jos have risen by nearly half compared "
        "with last year's Eid-el-Kabir, traders told Daily Trust on Monday. A medium-sized ram "
        "now sells for between N180,000 and N250,000, and buyers said many families would "
        "settle for goats. Herders blamed the cost of feed and transport from the northern "
        "states. 'I brought 60 rams from Bauchi and I have sold only 11 in three days,' said "
        "one trader, Musa Abdullahi. Market officials said the number of animals brought in "
        "was normal but buyers were fewer than in previous years, and butchers said demand for "
        "beef had also dropped.",
        "economy",
    ),
    (
        "KMC buys 15,000 cattle from drought-hit pastoralists in Isiolo",
        "The Kenya Meat Commission has bought more than 15,000 head of cattle from "
        "pastoralists in Isiolo and Garissa under a government off-take programme meant to "
        "cushion herders against losses, Nation reports. Farmers are paid between Sh15,000 "
        "and Sh30,000 per animal depending on its condition. Some herders complained that "
        "the buyers arrived too late, after their weakest animals had already died.",
        "economy",
    ),
    (
        "Bor cattle traders protest new county livestock levy",
        "Cattle traders in Bor, Jonglei State, have closed the town's livestock market for "
        "three days in protest against a new county levy of 5,000 South Sudanese pounds per "
        "animal, Radio Tamazuj reports. The traders' chairman said the tax would drive buyers "
        "from Juba to other markets. The county commissioner said the levy would fund road "
        "maintenance.",
        "economy",
    ),
    (
        "Brazil beef exports hit record as China demand rises",
        "Brazil exported a record 2.9 million tonnes of beef in 2024, up 26% from the year "
        "before, on strong demand from China and the United States, the meatpackers' "
        "association Abiec said on Tuesday. China took almost half of the shipments. Analysts "
        "said a cyclical fall in the cattle herd could push prices higher next year, Reuters "
        "reports.",
        "economy",
    ),
    (
        "Amul raises milk prices by Rs 2 a litre in Gujarat",
        "The Gujarat Cooperative Milk Marketing Federation, which sells under the Amul brand, "
        "has raised the price of its milk by Rs 2 a litre from Saturday, citing higher costs "
        "of cattle feed and fodder. The federation said its member unions had increased "
        "procurement prices paid to dairy farmers by about 8% this year.",
        "economy",
    ),
    (
        "Plateau signs deal with investor for 5,000-hectare ranch in Wase",
        "The Plateau State Government has signed an agreement with a private investor to "
        "develop a 5,000-hectare cattle ranch in Wase, a move officials said would reduce "
        "movement of herds across farmland. The commissioner for agriculture said the ranch "
        "would include pasture, a dairy plant and a veterinary clinic, and would employ "
        "local youths. Farmers' groups asked to be consulted on boundaries.",
        "economy",
    ),
    (
        "Highlands coffee growers cheer better prices",
        "Coffee growers in the Eastern Highlands and Jiwaka are receiving up to K12 a kilo for "
        "parchment this season, the highest price in a decade, the Coffee Industry Corporation "
        "said. Buyers in Goroka said the volume coming in from villages was also up. The "
        "corporation urged farmers to invest in rehabilitating old trees.",
        "economy",
    ),
    (
        "Ethiopia resumes live cattle exports to Saudi Arabia via Djibouti",
        "Ethiopia shipped its first consignment of live cattle to Saudi Arabia in three years "
        "through the port of Djibouti this week, the ministry of agriculture said. About "
        "8,000 animals from Borana and Somali region quarantine stations were loaded. "
        "Officials said the trade could earn pastoralists badly needed foreign currency.",
        "economy",
    ),
    (
        "Foot-and-mouth outbreak: Narok closes livestock markets",
        "Narok County has closed all livestock markets and banned the movement of cattle, "
        "sheep and goats for 21 days after an outbreak of foot-and-mouth disease in Narok "
        "South, the county veterinary officer said. Vaccination teams have been sent to the "
        "affected ward. Herders were urged to report animals with blisters and lameness.",
        "health",
    ),
    (
        "Lumpy skin disease kills thousands of cattle in Rajasthan",
        "More than 50,000 cattle have died of lumpy skin disease in Rajasthan since July, "
        "according to the state animal husbandry department, with Barmer, Jodhpur and "
        "Jalore districts the worst hit. Carcasses have been dumped on the outskirts of "
        "Bikaner, raising health concerns. The state has begun vaccinating healthy animals "
        "with goat pox vaccine, The Hindu reports. Dairy farmers said milk collection at "
        "cooperative centres had fallen sharply, and cattle fairs in Nagaur and Pushkar were "
        "cancelled. The Centre has sent a team of veterinary experts to the state.",
        "health",
    ),
    (
        "Anthrax outbreak confirmed on Niger State farm",
        "The Federal Government has confirmed an outbreak of anthrax on a mixed livestock farm "
        "in Suleja, Niger State, after several animals died suddenly. The Ministry of "
        "Agriculture urged Nigerians not to buy hides, meat or 'kanda' from sick animals, and "
        "said the farm had been quarantined. No human case has been reported.",
        "health",
    ),
    (
        "Rift Valley fever suspected in Jonglei cattle camps",
        "Veterinary officers in Jonglei have taken samples from cattle camps near Bor after "
        "herders reported abortions in cows and deaths of young calves, a state official said. "
        "Rift Valley fever is suspected after flooding created breeding grounds for "
        "mosquitoes. Herders were told to avoid slaughtering sick animals.",
        "health",
    ),
    (
        "Cholera cases rise in Juba as rains begin",
        "South Sudan's health ministry has recorded 320 suspected cholera cases in Juba since "
        "the start of the month, mostly in Munuki and Gudele, and four deaths. The World "
        "Health Organization is supporting an oral vaccination campaign that aims to reach "
        "400,000 people. Residents were urged to boil drinking water.",
        "health",
    ),
    (
        "Bird flu confirmed at commercial poultry farm in Rio Grande do Sul",
        "Brazil confirmed its first case of highly pathogenic bird flu on a commercial poultry "
        "farm, in Montenegro, Rio Grande do Sul, the agriculture ministry said on Friday. China "
        "and the European Union suspended imports of Brazilian chicken. The ministry said the "
        "farm had been sealed and its birds culled.",
        "health",
    ),
    (
        "Nipah: Kerala declares containment zones in Kozhikode",
        "The Kerala government has declared nine wards in Kozhikode district containment "
        "zones after two deaths from the Nipah virus were confirmed, The Hindu reports. Schools "
        "were closed and people in the wards were asked to stay home. The health minister said "
        "contact tracing had identified 700 people.",
        "health",
    ),
    (
        "Measles vaccination drive reaches remote villages in Cameroon's Far North",
        "Health workers have vaccinated more than 600,000 children against measles in "
        "Cameroon's Far North region in a campaign that reached villages cut off for years, "
        "the health ministry said. Teams travelled by motorbike and canoe around Lake Chad. "
        "UNICEF said coverage in the region had been among the lowest in the country. Many "
        "health centres around Kolofata and Mora, which closed during years of insecurity, "
        "have reopened in the past year, officials said. A second round targeting children "
        "who were missed is planned for March.",
        "health",
    ),
    (
        "Drought kills 1.5 million livestock in northern Kenya",
        "About 1.5 million livestock have died in northern Kenya as a fourth failed rainy "
        "season dries up pasture and water points, the National Drought Management Authority "
        "said. Herders in Marsabit and Turkana have trekked with their remaining animals into "
        "neighbouring counties and across the border in search of grass. Carcasses of cattle "
        "and goats line the roads near Laisamis. Elders in Laisamis said competition for the "
        "few remaining water points had raised tension between neighbouring communities, and "
        "the county government has begun trucking water to the worst-hit villages. The "
        "Kenya Red Cross said about 4.3 million people in arid counties needed food aid.",
        "disaster",
    ),
    (
        "Floods displace thousands in Jonglei as Bor dyke gives way",
        "Floodwaters broke through a dyke protecting Bor town on Sunday, forcing thousands of "
        "residents to move to higher ground near the airstrip, Jonglei officials said. The UN "
        "said more than 300,000 people in the state had been affected by flooding this year. "
        "Cattle keepers have moved their herds to the few dry areas along the road to Juba. "
        "Aid agencies said families were living in makeshift shelters with little access to "
        "clean water, and warned of cholera. 'We have never seen water stay this long,' said a "
        "chief from Makuach payam, where most homes were submerged.",
        "disaster",
    ),
    (
        "Landslide buries railway camp in Manipur's Noney, soldiers among dead",
        "At least 14 people, including Territorial Army soldiers, were killed when a landslide "
        "buried a camp guarding a railway construction site at Tupul in Manipur's Noney "
        "district, officials said. Army and NDRF teams were searching the debris for dozens of "
        "missing people. Heavy rain has hampered the rescue operation.",
        "disaster",
    ),
    (
        "Borana drought: herders count losses as cattle die in their thousands",
        "Pastoralists in Ethiopia's Borana zone have lost most of their cattle after four "
        "failed rainy seasons, local officials said, with carcasses lying around dry water "
        "ponds near Dubluk. Families who depended on livestock are now relying on food aid, "
        "and the regional government said 200,000 people had left their villages for towns "
        "with water. In Dubluk, displaced families have built shelters of sticks and plastic "
        "sheeting around the town's borehole. The UN children's agency said admissions of "
        "severely malnourished children to clinics in the zone had doubled since January. "
        "Forecasters expect the coming rains to be below average as well.",
        "disaster",
    ),
    (
        "Flood victims in Sindh still living in tents months after waters rose",
        "Thousands of families in Dadu and Jacobabad are still living in tents along roads "
        "and embankments months after floods submerged their villages, Dawn reports. Many "
        "lost their livestock and crops and have no money to rebuild mud houses. The Sindh "
        "government said water was still being drained from low-lying areas.",
        "disaster",
    ),
    (
        "Flash floods in Sentani leave dozens dead",
        "Flash floods and mudslides triggered by torrential rain killed at least 50 people in "
        "Sentani near Jayapura, Papua, officials said on Sunday. The army and police joined the "
        "search for missing residents, and more than 4,000 people are sheltering in "
        "government buildings and churches.",
        "disaster",
    ),
    (
        "Floods sweep away homes in South Kordofan villages",
        "Heavy rain and flash floods destroyed more than 1,200 homes in villages around Kadugli "
        "in Sudan's South Kordofan state this week, a local official said. Farmland and "
        "livestock were washed away, and families are sheltering in schools. The state "
        "called for tents and food supplies.",
        "disaster",
    ),
    (
        "Benue floods: 110,000 displaced as River Benue overflows",
        "More than 110,000 people have been displaced in Makurdi and communities along the "
        "River Benue after the river overflowed its banks, the Benue State Emergency Management "
        "Agency said. Those affected are sheltering in schools and churches. The agency "
        "blamed the flooding on heavy rain and the release of water from the Lagdo dam in "
        "Cameroon. Farmers in Agatu and Guma said their rice and yam farms had been washed away "
        "weeks before harvest. The governor appealed to the federal government for relief "
        "materials and said the state's camps could not take more people.",
        "disaster",
    ),
    (
        "Pantanal fires force ranchers to move cattle",
        "Wildfires have burned more than 2 million hectares of the Pantanal wetlands in Mato "
        "Grosso do Sul this year, forcing ranchers to move thousands of cattle and firefighters "
        "to battle blazes near Corumbá, Reuters reports. Brazil's environment ministry blamed "
        "a severe drought and fires set to clear pasture.",
        "disaster",
    ),
]
