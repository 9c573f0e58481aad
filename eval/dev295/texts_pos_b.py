"""dev295 positives, part B: fields, herds and markets in other wars, and farm and food protests
that turned violent. POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Insurgents behead farmers in Cabo Delgado as cassava season begins",
        "Islamic State-linked insurgents killed at least five farmers, beheading three of them, "
        "in attacks on fields outside Macomia in northern Mozambique this week, local sources "
        "and the monitoring group Cabo Ligado said. The victims had returned to plant cassava "
        "and maize on land they fled during earlier fighting. Survivors said the militants "
        "accused them of spying for the army. Hundreds of families have since left the villages "
        "again for Pemba and Montepuez, according to the International Organization for "
        "Migration. Rwandan and Mozambican troops patrol the main roads, but plots a few "
        "kilometres away remain exposed, residents said. A WFP official said half of the "
        "district's arable land would lie fallow this season. “They want us to abandon the "
        "land,” said a community leader in Chai. The insurgency, which began in 2017, has "
        "killed thousands and displaced about a million people at its peak. TotalEnergies "
        "halted work on a large gas project in the province after an attack on Palma.",
        "T V D",
        "attack_on_farmers",
    ),
    (
        "Fertiliser runs short in Amhara as fighting closes roads",
        "Clashes between Ethiopia's federal army and Fano militiamen have cut roads across much "
        "of Amhara region, leaving farmers without fertiliser at the height of the planting "
        "season, officials and traders said. Fighting was reported this week around Debre "
        "Markos and in parts of Gojjam, a key maize and wheat zone, and the government has "
        "imposed a curfew in several towns. Only about a third of the region's urea allocation "
        "had been distributed by the end of June, according to a regional agriculture official. "
        "Farmers said trucks carrying DAP were held at checkpoints or diverted. “If the "
        "fertiliser does not come this month, there is no maize in November,” said a "
        "cooperative chairman near Bahir Dar. Aid agencies say the conflict has also halted "
        "food distributions in parts of North Wollo. Teff prices in Addis Ababa hit a record in "
        "July. The federal government declared a state of emergency in the region in August "
        "after Fano fighters briefly took several towns. The ministry of agriculture says it "
        "has imported more than 1.6 million tonnes of fertiliser this year.",
        "B H",
        "fighting",
    ),
    (
        "Myanmar troops burn rice barns in Sagaing, villagers say",
        "Myanmar army soldiers set fire to rice stores and homes in at least four villages in "
        "the Sagaing region over three days, residents and a local resistance group said, in "
        "what they described as a campaign to starve opposition areas. Satellite images "
        "analysed by a research group showed burn scars across more than 400 buildings. "
        "Villagers said troops arrived by helicopter, looted paddy and livestock and burned "
        "what they could not carry. Thousands fled into the forest and nearby monasteries. The "
        "junta said its forces were clearing “terrorists” from the area and accused People's "
        "Defence Force fighters of burning the villages themselves. Rice prices in Monywa have "
        "risen by about 40% since the start of the offensive, traders said. The UN special "
        "rapporteur called the destruction of food stores a deliberate tactic. Sagaing, in the "
        "country's dry zone, has become a centre of armed resistance to the military since the "
        "2021 coup. The UN estimates that more than 1 million people in the region have fled "
        "their homes.",
        "V M D",
        "arson_raid",
    ),
    (
        "Gangs overrun Artibonite rice villages, farmers flee to Saint-Marc",
        "Members of the Gran Grif gang stormed several villages in Haiti's Artibonite valley on "
        "Saturday, shooting residents and burning homes, local officials said, in an attack "
        "that sent thousands of rice farmers fleeing toward Saint-Marc. A farmers' cooperative "
        "in Liancourt said at least 12 people were killed. The gang, which controls stretches "
        "of the national highway north of Port-au-Prince, has fought police and a local "
        "self-defence group for control of the valley, Haiti's main rice-growing area. The UN "
        "migration agency said more than 6,000 people had registered at makeshift sites in "
        "schools and churches. “The fields are ready, but nobody can go back to cut them,” said "
        "a grower sheltering in Saint-Marc. The price of local rice in Port-au-Prince markets "
        "has risen sharply as imports struggle to arrive. A Kenyan-led multinational police "
        "mission has deployed to Port-au-Prince but has not yet reached the Artibonite. The UN "
        "says gang violence has displaced more than 700,000 people across Haiti.",
        "V D",
        "gang_attack",
    ),
    (
        "Ituri militia attack on farming villages leaves dozens dead",
        "Fighters from the CODECO militia attacked farming villages in the Djugu territory of "
        "Congo's Ituri province on Sunday night, killing at least 35 people, local officials "
        "and a civil society group said. Residents said the attackers, armed with machetes and "
        "guns, targeted people who had gone back to harvest beans and cassava near a camp for "
        "displaced families. Many of the dead were women and children. The army said it had "
        "pursued the assailants into the hills. The UN refugee agency said the violence had "
        "forced thousands more people into already crowded sites around Bunia. Food prices in "
        "Bunia have risen as supply roads from Djugu become too dangerous to use. A UN "
        "peacekeeping base nearby took in some of those who fled. CODECO says it defends the "
        "Lendu community, and the conflict in Djugu has killed thousands since 2017. Congo's "
        "army has been under a state of siege in Ituri since 2021, with military governors "
        "replacing civilian officials.",
        "V D",
        "massacre",
    ),
    (
        "Islamic State claims arson of wheat fields in northeast Syria",
        "Islamic State claimed responsibility for setting fire to wheat and barley fields "
        "across Syria's Hasakah and Raqqa provinces, in a statement in its al-Naba newsletter "
        "that urged followers to burn the crops of “apostates”. The Kurdish-led administration "
        "said fires had destroyed tens of thousands of hectares in the past two weeks, just as "
        "farmers were bringing in what had been expected to be the best harvest in years. "
        "Farmers said some blazes were lit at night by men on motorbikes. Firefighters and "
        "volunteers have worked with water trucks and tractors to cut breaks. At least two "
        "people were killed fighting the fires, local officials said. The administration had "
        "set its wheat purchase price at 150 Syrian pounds a kilogram this season. Some farmers "
        "have also blamed local disputes and accidents for the fires. The group lost its last "
        "territory in Syria in March, but its cells continue to carry out attacks.",
        "T V",
        "crop_arson",
    ),
    (
        "Strikes hit Hodeidah port as Yemen's food imports falter",
        "Israeli warplanes struck the Houthi-controlled Red Sea port of Hodeidah and a nearby "
        "power station on Sunday, the Israeli military said, in response to missile launches "
        "toward Israel. The Houthi-run health ministry said three people were killed and dozens "
        "wounded. Satellite images showed damage to cranes and fuel storage tanks. Hodeidah and "
        "the neighbouring Salif and Ras Isa terminals handle most of the wheat and flour "
        "imported into northern Yemen. The World Food Programme said it was assessing the "
        "damage and warned that any lasting disruption would push up bread prices for millions "
        "of people who rely on imports. Shipping agents said at least two vessels carrying "
        "wheat had delayed berthing. The UN envoy called for restraint.",
        "E M H",
        "air_strike",
    ),
    (
        "Ukrainian drones hit Novorossiysk grain loading, traders say",
        "Ukrainian naval drones and aerial drones attacked the Russian Black Sea port of "
        "Novorossiysk overnight, damaging a berth and briefly halting grain loadings, traders "
        "and the regional emergency headquarters said on Friday. The Krasnodar region's "
        "operational headquarters said two people were injured and that debris caused a fire at "
        "an oil terminal. Russia's defence ministry said it had destroyed several unmanned "
        "boats. Novorossiysk handles a large share of Russia's wheat exports, and two exporters "
        "said loadings resumed after about twelve hours. Benchmark Russian 12.5% protein wheat "
        "was quoted about $4 a tonne higher in the afternoon. Ship brokers reported that "
        "war-risk premiums for Russian ports had also risen. The port also handles oil exports "
        "for the Caspian Pipeline Consortium. Ukraine has not commented on the attack.",
        "E",
        "drone_strike",
    ),
    (
        "Fighting in Middle Shabelle drives farmers from river villages",
        "Somali government forces and clan militias fought al-Shabaab fighters for a second day "
        "near Balcad in the Middle Shabelle region on Wednesday, officials said, forcing "
        "farming families along the Shabelle river to abandon their plots. The army said it had "
        "retaken two villages and killed dozens of militants; al-Shabaab said it had repelled "
        "the assault. Local elders said several civilians died in crossfire. Displaced families "
        "arriving in Mogadishu's outskirts told aid workers they had left sesame and maize "
        "unharvested. The Shabelle valley is one of the few parts of Somalia that can still "
        "irrigate through the drought. The FAO said cereal prices in Mogadishu were already "
        "more than 50% above average.",
        "B M D",
        "offensive",
    ),
    (
        "Cattle raid in Jonglei kills dozens, thousands of cows taken",
        "Armed youths from neighbouring Greater Pibor raided cattle camps in South Sudan's "
        "Jonglei state on Saturday, killing at least 32 people and driving off thousands of "
        "cows, local officials said. The attackers, carrying automatic rifles, burned huts and "
        "abducted women and children, a county commissioner said. Local defence groups pursued "
        "them and fighting continued into Sunday. The UN mission in South Sudan said it had "
        "sent a patrol and that hundreds of families had fled to Bor town. Cattle are the main "
        "store of wealth for herding communities in Jonglei, and the raids have pushed up "
        "livestock prices at markets in Bor. Relief agencies said the violence would disrupt "
        "planting along the Nile ahead of the rains. Cattle raiding between communities in "
        "Jonglei has become more deadly since the civil war flooded the region with guns. A "
        "disarmament campaign has had little success.",
        "V B D",
        "cattle_raid",
    ),
    (
        "Water cannon and tear gas as farmers' protest turns violent in Brussels",
        "Police fired water cannon and tear gas at farmers who set fire to bales of hay and "
        "tyres and hurled eggs and fireworks outside the European Parliament on Thursday, as EU "
        "leaders met for a summit nearby. More than 1,000 tractors clogged the Belgian "
        "capital's European quarter, police said. Protesters tore down part of a statue on "
        "Place du Luxembourg and pelted officers with manure, and several people were detained. "
        "Farm unions from Belgium, France, Italy and Portugal are demanding relief from green "
        "rules, cheaper diesel and protection from imports. “We are here because we cannot live "
        "off our prices,” said a dairy farmer from Wallonia. Commission president Ursula von "
        "der Leyen said she had heard the concerns and promised to cut red tape. Police said "
        "two officers were lightly hurt.",
        "U",
        "violent_protest",
    ),
    (
        "Police fire tear gas, rubber bullets at farmers marching on Delhi",
        "Indian police fired tear gas from drones and rubber bullets at thousands of farmers "
        "trying to cross from Punjab into Haryana on their march to New Delhi, leaving dozens "
        "injured, farm union leaders said on Wednesday. Protesters on tractors tried to push "
        "through concrete barricades at the Shambhu border crossing, and some threw stones, "
        "police said. The farmers are demanding a legal guarantee of minimum support prices for "
        "all crops. Haryana police said 24 officers were hurt. A young farmer later died of a "
        "head wound, a hospital in Patiala said. Talks between the government and union leaders "
        "on price support have made little progress. Mobile internet was suspended in several "
        "Haryana districts. Union leaders said they had called off the march for two days. The "
        "farmers also want pensions and loan waivers. Opposition leaders condemned the use of "
        "force.",
        "U",
        "crackdown",
    ),
    (
        "Dutch police fire shots at tractor during farmers' nitrogen protest",
        "Dutch police fired shots at a tractor that they said drove at officers during a "
        "farmers' protest against nitrogen emission cuts near Heerenveen late on Tuesday, and "
        "arrested three people. No one was hit, police said, though a bullet struck the "
        "vehicle. Farmers had gathered near a highway exit after days of blockades of "
        "distribution centres with tractors and burning hay bales. Police said protesters tried "
        "to ram a police car and that officers were in danger. The country's internal "
        "investigations department said it was examining the shooting. The government plans to "
        "halve nitrogen emissions in some areas by 2030, which could force thousands of "
        "livestock farms to shrink or close. Supermarket shelves in the north ran short after "
        "blockades of food depots.",
        "U",
        "violent_protest",
    ),
    (
        "Sudan bread protests spread; ruling party offices set ablaze",
        "Protesters angry at a tripling of the price of bread set fire to the ruling party's "
        "headquarters in the town of Atbara on Wednesday, and police fired tear gas and live "
        "ammunition in several cities as demonstrations spread, witnesses said. Opposition "
        "figures said at least eight people were killed in Atbara and Gedaref. Authorities "
        "declared a state of emergency and a curfew in Atbara, and closed schools. The "
        "government cut wheat subsidies earlier this month as the currency slumped, pushing the "
        "price of a small loaf from one pound to three. Long queues have formed at bakeries and "
        "petrol stations in Khartoum. “The people want bread, not promises,” read one banner. "
        "Information minister Bushara Jumaa said saboteurs had exploited the protests. "
        "President Omar al-Bashir, in power since 1989, has blamed economic sanctions for the "
        "country's troubles. The national intelligence agency said it had arrested opposition "
        "leaders who planned to spread chaos.",
        "U",
        "riot",
    ),
    (
        "Protesters killed as Iran's food price rises spark unrest",
        "Several people were killed in south-western Iran as security forces clashed with "
        "crowds protesting against steep rises in the price of cooking oil, chicken and dairy "
        "products, rights groups and local media said on Sunday. The unrest began after the "
        "government cut subsidies on imported wheat and other staples, causing the price of "
        "some goods to soar as much as 300%. Videos shared online showed protesters setting "
        "fire to a building in Dezful and security forces firing shots in the air. Rights group "
        "HRANA said dozens were arrested, and internet access was disrupted in Khuzestan. The "
        "official news agency IRNA reported the death of a police officer. President Ebrahim "
        "Raisi said the measures would help the poor. Iran's economy has been hit by US "
        "sanctions and inflation of about 40%. Protests over living costs have broken out "
        "repeatedly since 2017.",
        "U",
        "crackdown",
    ),
    (
        "Armed herders invade Laikipia ranches; rancher shot dead",
        "A British-Kenyan rancher was shot dead on Sunday by armed herders who had invaded his "
        "property in Kenya's Laikipia county, police said, in an escalation of months of "
        "violence over grazing land during a severe drought. Herders armed with AK-47 rifles "
        "have driven tens of thousands of cattle onto private ranches and conservancies, "
        "burning lodges and shooting wildlife. Residents of several farming villages fled after "
        "gunmen attacked homes. Local politicians have been accused of inciting the invasions "
        "ahead of elections. The government sent police reinforcements and declared parts of "
        "the county a security operation area. Ranchers said the invasions were as much about "
        "land as about pasture. Farm managers said milk deliveries to Nanyuki had collapsed. At "
        "least 30 people, including police officers, have been killed in Laikipia since the "
        "invasions began last year, according to local officials.",
        "V D",
        "armed_land_invasion",
    ),
]
