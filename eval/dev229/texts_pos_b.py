"""dev229 positives, part B: weather and climate stories where current armed conflict or political
violence is part of the event (air strikes during floods, blockades in a heatwave, crackdowns on
water protests). POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Myanmar junta keeps up air strikes as Typhoon Yagi floods leave hundreds dead",
        "Myanmar's military carried out air strikes on at least three villages in Sagaing and Magway "
        "regions this week even as floods from Typhoon Yagi submerged large parts of the country, "
        "resistance groups and local media said. One strike on a village near Myaung killed five "
        "people who had gathered at a monastery after fleeing rising water, according to the "
        "local People's Defence Force. The junta says more than 380 people have died in the floods, "
        "and state media broadcast footage of soldiers handing out rice in Naypyitaw. Aid groups said "
        "relief to areas held by resistance forces was being blocked at checkpoints. “They send "
        "planes, not boats,” said a volunteer in Pinlaung, where floodwater reached the second floor "
        "of houses. The UN called for unhindered humanitarian access to all affected areas. "
        "Myanmar's meteorology department said the Sittaung and Bago rivers remained above danger "
        "level.",
        "E V H",
        "airstrike_during_floods",
    ),
    (
        "Israeli strikes ignite forest fires across south Lebanon in record heat",
        "Israeli shelling and air strikes set fire to woodland and olive groves in a dozen border "
        "villages in south Lebanon on Tuesday, Lebanon's civil defence said, as temperatures passed "
        "40C. Firefighters from Marjayoun said they were unable to reach blazes near Kfar Kila "
        "because drones were circling overhead. The Lebanese army said white phosphorus shells hit "
        "the outskirts of Houla and Aitaroun. Hezbollah said it fired rockets at Israeli positions "
        "in response, and Israel said its jets struck militant infrastructure. Lebanon's agriculture "
        "ministry estimates that tens of thousands of olive trees have burned since the exchanges "
        "began. Most residents of the border strip have already fled north. The Lebanese "
        "meteorological service expected the heatwave to break on Friday.",
        "E D",
        "shelling_wildfire",
    ),
    (
        "Gaza heatwave: strike kills children queuing for water as temperatures hit 40C",
        "An Israeli strike hit a water distribution point in Nuseirat camp on Sunday, killing at "
        "least ten people, six of them children who were waiting with plastic containers, the civil "
        "defence in Gaza said. The Israeli military said it had targeted a militant and that the "
        "munition fell dozens of metres from its target because of a technical error. The strike "
        "came during a heatwave that has pushed temperatures inside tents above 40C. Aid groups said "
        "the only working desalination plant in the centre of the Strip was running at a fraction "
        "of its capacity because of fuel shortages. UNICEF said children were drinking unsafe water "
        "and that cases of diarrhoea had surged. “It is too hot to sleep and too dangerous to go for "
        "water,” said a father who lost his nephew. Forecasters said the heat would ease slightly "
        "by midweek. "
        "Water engineers say that most wells and pipelines in the Strip have been damaged or "
        "destroyed since the start of the war. The Palestinian Water Authority estimates that people "
        "in Gaza have access to a few litres a day, far below the minimum in emergencies. Families in"
        " Mawasi said they now stand in line for hours in the sun with containers that they carry "
        "back by hand or on donkey carts. Aid agencies called for an independent investigation into "
        "the strike.",
        "E V H D",
        "strike_on_water_point",
    ),
    (
        "Rains cut off blockaded Djibo as jihadists ambush supply convoy",
        "Heavy rains have washed out the last usable tracks into Djibo, the northern Burkinabe town "
        "under a jihadist blockade for more than a year, leaving hundreds of thousands of residents "
        "dependent on occasional airlifts. A supply convoy that tried to reach the town on Friday was "
        "ambushed by fighters of the al-Qaeda-linked JNIM near Gaskindé, security sources said, "
        "with dozens of drivers and soldiers killed. Prices of millet in Djibo have tripled since "
        "the start of the rainy season. Médecins Sans Frontières said its teams were treating "
        "children for malnutrition and malaria in flooded displacement sites. The government "
        "described the attackers as terrorists and said the army had launched an operation to "
        "secure the road. Burkina Faso's weather agency expects above-normal rainfall until "
        "September.",
        "T B H D M",
        "ambush_blockade_floods",
    ),
    (
        "Colombia: rains worsen plight of 50,000 displaced by Catatumbo fighting",
        "Heavy rain flooded shelters in Cúcuta and Tibú on Monday, where tens of thousands of people "
        "have been housed since fighting between the ELN guerrilla and FARC dissidents erupted in "
        "the Catatumbo region last month. The ombudsman's office said more than 50,000 people had "
        "been displaced and at least 80 killed in the clashes. Sports centres and schools used as "
        "shelters were leaking, and families slept in corridors. The army said it had sent 5,000 "
        "more troops to the region, while armed men continued to stop residents at roadblocks "
        "near El Tarra. IDEAM, the national meteorology institute, forecast above-average rainfall "
        "in Norte de Santander for the rest of February. The government has declared a state of "
        "internal commotion. “We left with nothing and now even the mattresses are wet,” said a "
        "farmer from Teorama.",
        "B D H M",
        "displaced_shelters_flooding",
    ),
    (
        "Fano-army fighting stalls drought aid in Ethiopia's Wag Hemra",
        "Clashes between Ethiopian federal troops and Fano militias in the Amhara region have "
        "stopped food deliveries to drought-hit districts of Wag Hemra, aid officials said on "
        "Wednesday. The belg rains have failed, and local health workers reported at least a dozen "
        "deaths from hunger-related illness in Sekota. Trucks carrying wheat were turned back near "
        "Lalibela after fighting closed the road, according to two humanitarian workers. The "
        "federal government declared a state of emergency in Amhara after Fano fighters briefly "
        "seized several towns. Residents reported drone strikes in nearby districts last week. "
        "The UN humanitarian office said it was negotiating with both sides for safe passage. "
        "Meteorologists expect below-average kiremt rains in the north.",
        "B E H",
        "fighting_blocks_drought_aid",
    ),
    (
        "Hundreds injured as police and protesters clash over mega-basin at Sainte-Soline",
        "Violent clashes broke out in Sainte-Soline in western France on Saturday when thousands of "
        "demonstrators opposing the construction of a giant agricultural water reservoir tried to "
        "reach the site. Police fired more than 4,000 tear-gas grenades, and some protesters threw "
        "fireworks and petrol bombs and set four police vans on fire. Organisers said 200 "
        "demonstrators were injured, two of them seriously, while the interior ministry said 28 "
        "gendarmes were hurt. The reservoirs, known as mega-basins, pump groundwater in winter to "
        "irrigate crops in summer, which opponents say is a land grab in a time of drought. Interior "
        "minister Gérald Darmanin called the rioters eco-terrorists. The region was under drought "
        "restrictions for much of last summer.",
        "U",
        "riot",
    ),
    (
        "Iran: protester killed as water shortage rallies spread in Khuzestan",
        "At least one protester was shot dead in Khuzestan province on Friday night as demonstrations "
        "over severe water shortages spread for a second week, rights groups said. Videos shared "
        "online showed security forces firing towards crowds in Shadegan and Susangerd and protesters "
        "setting tyres alight. State media said a police officer was killed by rioters. The "
        "province, home to much of Iran's Arab minority, is suffering its worst drought in decades, "
        "with the Karun river running low and marshes drying out. Authorities slowed mobile internet "
        "in the region, according to the monitoring group NetBlocks. Iran's meteorological "
        "organisation says rainfall in the past year was about half the long-term average.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen kill 40 in Benue villages as drought drives herders south",
        "Gunmen attacked two farming villages in Nigeria's Benue state overnight, killing at least 40 "
        "people and burning homes, local officials said on Sunday. Survivors said the attackers "
        "arrived on motorcycles and shot villagers as they fled into the bush. The state government "
        "blamed armed herders, who have moved further south in recent years as drought and "
        "desertification shrink grazing land in the north. About 3,000 people fled to the town of "
        "Yelwata and are sheltering in a primary school, the State Emergency Management Agency said. "
        "Police said they had deployed a tactical squad to the area. Climate researchers warn that "
        "such clashes are likely to grow more frequent as rainfall becomes more erratic. "
        "Relatives buried the dead in a mass grave on Sunday afternoon. Benue's governor said the "
        "state would not be a killing field and called on the federal government to act. Herders' "
        "associations have denied that their members were involved and said herders had also lost "
        "cattle and lives in attacks. The federal government has said it will create ranches to end "
        "open grazing, but progress has been slow. Farmers in the area said they were now afraid to "
        "go to their fields in the planting season.",
        "V D",
        "village_massacre",
    ),
    (
        "Ukraine braces for cold snap after massive strike on power plants",
        "Ukraine's grid operator ordered emergency blackouts in nine regions on Friday after Russia "
        "launched nearly 100 missiles and drones at power plants and substations overnight, as "
        "temperatures were forecast to fall to minus 15C over the weekend. The energy ministry said "
        "two thermal plants were seriously damaged and that an engineer was killed in the Dnipro "
        "region. Kyiv's mayor said a third of the capital was without heating. Schools in several "
        "cities switched to remote learning. Ukraine's air force said it shot down 64 of the "
        "missiles and drones. The hydrometeorological centre warned of snowstorms in the north and "
        "black ice on roads. "
        "Volunteers in Odesa handed out blankets and hot tea at heating tents known as invincibility "
        "points, which run on diesel generators. The national power company Ukrenergo asked people to"
        " switch off boilers and kettles during the evening peak.",
        "E H",
        "strike_on_grid_cold",
    ),
    (
        "Snowstorm flattens tents in Idlib camps as shelling hits nearby town",
        "A snowstorm ripped through displacement camps in north-western Syria on Wednesday, "
        "collapsing hundreds of tents and leaving families to shelter in mosques and schools, "
        "rescue workers said. The Syria Civil Defence, known as the White Helmets, said it had "
        "cleared snow from more than 1,800 tents overnight and that a child had died of cold in a "
        "camp near Sarmada. On the same day government artillery shelled the town of Ariha, killing "
        "two civilians, the group said. Most of the 1.7 million people in the camps were displaced "
        "by the government offensives of recent years. The UN said winter aid was covering less "
        "than half the need. Temperatures are forecast to drop to minus 6C in the coming nights. "
        "Families burned plastic bags and shoes to keep warm, rescuers said.",
        "D H E",
        "snowstorm_hits_camps",
    ),
    (
        "Kurram blockade: patients freeze as sectarian clashes keep Parachinar road shut",
        "Residents of Parachinar in north-western Pakistan say at least 30 children have died for lack "
        "of medicine and heating since the main road to the town was closed after sectarian clashes "
        "in November. The fighting between Sunni and Shia tribes in Kurram district killed more than "
        "130 people, according to officials, after gunmen opened fire on a convoy of passenger "
        "vehicles. Snow has now blocked the mountain tracks that were the only other route. "
        "Provincial authorities said a convoy of food trucks came under fire at Bagan on Thursday, "
        "and security forces launched an operation against the attackers. Fuel and flour are "
        "running out, shopkeepers said. The Pakistan Meteorological Department forecast more snow "
        "over the upper districts this week.",
        "V B H M",
        "blockade_winter",
    ),
    (
        "Timbuktu swelters under jihadist blockade as rockets hit the city",
        "Residents of Timbuktu are enduring daytime temperatures of 45C with only a few hours of "
        "electricity a day, because a blockade imposed by the al-Qaeda-linked JNIM has stopped fuel "
        "from reaching the power station. Several rockets struck the city on Monday, one of them "
        "landing near the main market and wounding four people, local officials said. The jihadist "
        "group announced the blockade in August as it fights the army for control of northern Mali. "
        "Food prices have doubled, and tens of thousands of people have arrived from surrounding "
        "villages. Doctors at the regional hospital said they were seeing older patients with "
        "heatstroke. Mali's national meteorological agency has warned of a prolonged heatwave "
        "across the north.",
        "E T H D",
        "blockade_heatwave",
    ),
    (
        "Hezbollah rockets spark fires across Golan Heights as heatwave dries brush",
        "Rockets and drones fired from Lebanon by Hezbollah set off large fires in the Golan Heights "
        "and the Upper Galilee on Monday, burning thousands of dunams of brush, Israel's fire and "
        "rescue service said. Eleven people, including reservists, were treated for smoke "
        "inhalation. Firefighters were aided by aircraft but had to halt work several times when "
        "sirens sounded. The Israeli military said it struck Hezbollah launch sites in response. "
        "Tens of thousands of residents of northern Israel have been evacuated from their homes "
        "since October. The Israel Meteorological Service said temperatures would stay above 35C "
        "with dry easterly winds until Wednesday. "
        "Farmers in Kibbutz Snir said the flames reached orchards and cowsheds before crews could "
        "arrive. Residents of Katzrin were told to stay inside because of smoke.",
        "E D",
        "rocket_fire_wildfire",
    ),
    (
        "Khartoum residents trapped without water in 43C heat as battles rage",
        "Families in central Khartoum say they have been without running water for a week as heavy "
        "fighting between the army and the Rapid Support Forces keeps them indoors in temperatures "
        "of 43C. Water stations along the Nile were shut after staff fled and a main pipeline was "
        "damaged by shelling, the state water authority said. Army aircraft bombed RSF positions "
        "near the airport on Tuesday, while the paramilitary fighters took over houses in Riyadh "
        "and Arkaweet. The doctors' union said most hospitals in the capital were out of service. "
        "Hundreds of thousands of people have fled to Wad Madani and Egypt. “We boil well water "
        "and hide under the stairs,” said a teacher in Amarat. "
        "Bodies lay in the streets of Bahri because fighting made it too dangerous to bury them, "
        "residents said. Sudan's meteorological authority forecast no relief from the heat before the"
        " rains in July.",
        "B E H D",
        "urban_fighting_heat",
    ),
    (
        "Floods and Boko Haram raids force displaced families from Far North sites",
        "Floods in Cameroon's Far North region have destroyed thousands of homes and swamped sites for "
        "people displaced by Boko Haram, and militants raided one of the sites on Thursday night, "
        "local authorities said. Fighters of the jihadist group stormed a settlement near Mora, "
        "killing four men and abducting two women, according to the village chief. Families who "
        "had already left flooded fields in the Logone valley fled again towards Kousseri and "
        "Maroua. The UN said more than 300,000 people were affected by the floods. The army said "
        "it had sent troops to pursue the attackers. Cameroon's national meteorology directorate "
        "warned that the Logone and Chari rivers would keep rising. "
        "“We ran from the water to the hill and found the men with guns,” said a displaced woman in "
        "Mora.",
        "T V D H M",
        "raid_on_displaced",
    ),
]
