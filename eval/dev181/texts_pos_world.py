"""dev181 positives (2 of 2): land, water, mining, logging and farmers' protests where organised
violence is happening now in the Americas, Asia, the Pacific and the Middle East: gunmen and
militias against Indigenous people and land activists, armed miners, cartels, border troops over
water, crackdowns on farmers and residents, tribal and communal fighting, counterinsurgency in
mining country (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Guarani-Kaiowá camp attacked by armed men days after reoccupying ancestral land in "
        "Mato Grosso do Sul",
        "Armed men fired on a camp of Guarani-Kaiowá families on a soy farm in Douradina, "
        "Mato Grosso do Sul, on Saturday night, wounding at least ten Indigenous people, one "
        "of them a 16-year-old shot in the face, according to the Indigenous Missionary "
        "Council (Cimi). The group had occupied part of the farm two weeks earlier, saying "
        "it lies within the Panambi-Lagoa Rica Indigenous territory, whose demarcation has "
        "been stalled since 2011. Witnesses told Mongabay that about 40 men arrived in "
        "pickup trucks, set fire to the families' tarpaulin shelters and fired for nearly an "
        "hour. Federal police said they had opened an investigation and that the National "
        "Public Security Force would be sent to the area. The Federal Public Defender's "
        "office said it had asked the Supreme Federal Court to order permanent protection "
        "for the camp. On Sunday, the families rebuilt their shelters with tarpaulins "
        "brought by other communities. The farm's owner, through a lawyer, denied any "
        "involvement and said the occupation was an illegal invasion. Indigenous leaders say "
        "the attack fits a pattern of private militias hired to remove families who try to "
        'reclaim land. "They shoot at us as if we were animals," said one leader, who asked '
        "not to be named for fear of reprisal. At least five Guarani-Kaiowá people were "
        "killed in land conflicts in the state last year, Cimi says.",
        "V",
        "attack on indigenous camp",
    ),
    (
        "Indigenous guard leader shot dead in Colombia's Cauca as armed groups fight over "
        "land and coca",
        "Gunmen killed an Indigenous guard coordinator in the Colombian department of Cauca "
        "on Thursday, the Regional Indigenous Council of Cauca (CRIC) said, the latest in a "
        "wave of killings of community leaders who oppose armed groups on their territory. "
        "Aldemar Ipia Campo, 58, was shot several times near his home in a reserve in Buenos "
        "Aires municipality, the council said. Police said the attack bore the hallmarks of "
        "a dissident faction of the former FARC guerrilla that refused to lay down arms "
        "under the 2016 peace accord. The Indigenous guard, an unarmed community force that "
        "carries ceremonial staffs, has in recent months confronted dissidents recruiting "
        "minors and planting coca on reserve land. The human rights ombudsman's office has "
        "counted more than 60 social leaders killed in Colombia this year. The president's "
        "office condemned the killing and said troops would be sent to the area. Community "
        "leaders said they did not want more soldiers but protection for their own guard.",
        "V",
        "targeted killing",
    ),
    (
        "14 farmers killed in simultaneous police raids in Negros Oriental",
        "Fourteen farmers were killed and 15 others arrested on Saturday in what police "
        "described as simultaneous operations to serve search warrants in Canlaon City and "
        "the towns of Manjuyod and Santa Catalina, Negros Oriental. Police said the men were "
        "members or supporters of the New People's Army who fought back when officers "
        "arrived before dawn, and that firearms and explosives were recovered from the "
        "houses. Relatives and farmers' groups gave a different account. In Canlaon, the "
        "widow of one victim told Rappler her husband was dragged out of bed and shot in "
        "their kitchen while she and the children were ordered outside. The National "
        "Federation of Sugar Workers said most of the dead were tenant farmers pressing "
        "claims under the government's agrarian reform programme. The raids come weeks after "
        "a memorandum from Malacañang ordered additional troops and police to the island to "
        '"suppress lawless violence". The Commission on Human Rights said it would conduct '
        "its own investigation.",
        "M V",
        "police raids",
    ),
    (
        "Peru declares emergency after police fire on farmers protesting copper mine, "
        "killing three",
        "Peru's government declared a 30-day state of emergency in six southern provinces on "
        "Tuesday after police opened fire on farmers blocking a road to a copper mine, "
        "killing three people and wounding at least 15, local officials said. About 2,000 "
        "protesters, many of them farmers from highland communities in Apurímac, had "
        "gathered near the Las Bambas project to oppose changes to the mine's environmental "
        "plan, which they say will bring ore trucks through their fields and pollute their "
        "water. Police said officers were attacked with stones and slingshots and that 21 of "
        "them were injured. Hospital staff in Challhuahuacho said the dead had gunshot "
        "wounds. Television images showed police firing tear gas from a hillside as "
        "protesters hurled stones with slings. The mine, owned by a Chinese-led consortium, "
        "is one of the country's largest producers of copper. The emergency decree suspends "
        "the right of assembly and allows the armed forces to support police. Community "
        "leaders said they would not lift the blockade until the mining company agreed to "
        "new talks, and called for those responsible for the shootings to be prosecuted. The "
        "interior minister said officers had acted within the law and that an investigation "
        "would establish whether anyone had fired live rounds. In Lima, lawmakers from the "
        "left called for his resignation. Mining accounts for about 60% of Peru's exports, "
        "and disputes over land and water at mine sites are the most common source of social "
        "conflict in the country, the ombudsman's office says.",
        "U",
        "crackdown",
    ),
    (
        "Kyrgyz and Tajik troops exchange fire after villagers clash over water intake",
        "At least 31 people were killed and more than 150 injured on Thursday and Friday "
        "when Kyrgyz and Tajik forces fought along their disputed border in the Fergana "
        "Valley, health officials in both countries said, in the worst clashes between the "
        "ex-Soviet neighbours since independence. The violence began as a dispute between "
        "residents of a Tajik village and the Kyrgyz village of Kok-Tash over a water "
        "distribution point on the Isfara river, where both sides had tried to install "
        "surveillance cameras. Villagers threw stones at each other before border troops "
        "opened fire, and by Thursday afternoon the sides were using mortars and grenade "
        "launchers, Kyrgyz officials said. Kyrgyzstan said it had evacuated more than 10,000 "
        "people from border villages in its Batken region, and footage showed houses, a "
        "school and shops burning. In Batken, the regional capital, families slept in "
        "schools and a sports hall, and volunteers drove food and mattresses from Osh. Tajik "
        "officials said several villages on their side had been shelled and that civilians "
        "were among the dead. The two governments agreed a ceasefire on Friday evening, "
        "though each accused the other of breaking it within hours. About a third of the "
        "970-kilometre border has never been demarcated, and access to water and pasture in "
        "the enclaves has been a source of tension for decades.",
        "B E D",
        "border clash",
    ),
    (
        "Iranian and Taliban border guards clash as dispute over Helmand river water escalates",
        "Two Iranian border guards and one Taliban fighter were killed on Saturday in an "
        "exchange of fire at the border between Iran's Sistan-Baluchestan province and "
        "Afghanistan's Nimroz province, officials on both sides said. Iran's state news "
        "agency said Taliban forces opened fire on an Iranian post near the Sasuli crossing, "
        'and that Iranian guards responded with "decisive" force. A Taliban spokesman blamed '
        "Iran for firing first and said the situation was now under control. The clash comes "
        "weeks after Iran's president warned the Taliban not to violate Iran's water rights "
        "under a 1973 treaty that governs the flow of the Helmand river into Iran's "
        "drought-stricken east. Kabul says there is not enough water in the river to meet "
        "Iran's share after years of low rainfall, and has rejected accusations that new "
        "dams upstream are to blame. Residents of Zaranj told Al Jazeera they heard heavy "
        "machine-gun fire for several hours and that shops along the main road closed. "
        "Analysts say the water dispute is a test for relations between Tehran and the "
        "Taliban government, which Iran has not formally recognised.",
        "B",
        "border clash",
    ),
    (
        "Wildcat miners open fire on Yanomami village in Roraima, leaders say",
        "Illegal gold miners travelling in boats on the Uraricoera river opened fire on the "
        "Yanomami community of Palimiú on Monday, wounding a federal police officer and two "
        "Indigenous men, according to the Hutukara Yanomami Association. It was the fourth "
        "attack on the village in a month. Residents said about 15 boats carrying armed men "
        "passed the village firing rifles, and that women and children ran into the forest "
        "to hide. Two children who fled drowned in the river during a previous attack, the "
        "association said. Federal police officers who had been sent to the community after "
        "the earlier shooting exchanged fire with the men, who the association says are "
        "linked to a criminal faction that controls the river supply routes to the mining "
        "camps. In a letter to the Federal Supreme Court, the association said the community "
        'was "under siege" and that families were afraid to fish or tend their gardens. An '
        "estimated 20,000 miners are working illegally inside the Yanomami territory, "
        "according to Indigenous groups, who say mercury and malaria have spread with them.",
        "V B D",
        "armed attack on village",
    ),
    (
        "Venezuelan soldiers and gold mining gang fight near Tumeremo, miners flee",
        "At least 11 people, including a soldier, were killed in fighting between Venezuelan "
        "troops and an armed gang that controls gold mines near the town of Tumeremo in "
        "southern Bolívar state, residents and a local legislator said on Sunday. The army "
        'launched an operation on Friday against the group, known locally as a "sindicato", '
        "after it blocked the highway into the town and attacked a military checkpoint, the "
        "legislator said. Miners said they heard gunfire and explosions for two days and "
        "that hundreds of workers had left the pits and walked through the forest toward the "
        'town. The defence ministry said in a statement that troops had "neutralised" '
        "several members of a criminal organisation and seized rifles and grenades, without "
        "giving a toll. Gangs, Colombian guerrilla groups and military units compete for "
        "control of the gold trade in the Orinoco Mining Arc, a vast area the government "
        "opened to mining in 2016. Rights groups say miners who disobey the gangs are "
        "routinely tortured or killed, and that the state's operations often end with "
        "unexplained deaths.",
        "B M D",
        "army offensive",
    ),
    (
        "Families flee as cartel gunmen and vigilantes fight in Michoacán's avocado country",
        "Dozens of families abandoned their homes in the hills above Tancítaro this week "
        "after gunmen from the Jalisco New Generation cartel attacked a self-defence group "
        "that has guarded the town's avocado orchards for seven years, residents said. The "
        "fighting around the hamlet of Pareo lasted most of Tuesday, with the attackers "
        "using armoured trucks and, according to the vigilantes, small drones dropping "
        "explosives. Two self-defence fighters were killed and four wounded, a local "
        "commander told The Associated Press by phone. The cartel wants control of the "
        "region's avocado exports, worth more than $2 billion a year, and of the extortion "
        "payments it can squeeze from growers and packing houses, local officials say. "
        "Soldiers and National Guard troops arrived on Wednesday and took up positions on "
        "the main road, but residents said they had not entered the orchards where the "
        'fighting took place. "We have our guns because nobody else protects us," said one '
        "orchard owner, who asked that his name not be used for fear of reprisal. "
        "Michoacán's governor said the state would send more police and called on the "
        "federal government to help.",
        "B E D",
        "cartel offensive",
    ),
    (
        "Bangladesh deploys army after deadly violence between settlers and Indigenous "
        "groups in hill tracts",
        "Bangladesh deployed army units and imposed restrictions on movement in the "
        "Khagrachhari and Rangamati hill districts on Saturday after two days of violence "
        "between Bengali settlers and Indigenous Pahari communities in which at least four "
        "people were killed, officials said. The unrest began on Wednesday when a Bengali "
        "man accused of stealing a motorcycle was beaten to death by a crowd in Khagrachhari "
        "town, police said. Groups of settlers then attacked Indigenous neighbourhoods, "
        "setting fire to dozens of shops and homes, and three Pahari men were killed when "
        "shots were fired in Dighinala, residents said. In Rangamati, a procession by "
        "settlers turned violent and mobs torched a Buddhist temple and the office of a "
        "regional council. Indigenous leaders said the attacks were driven by long-running "
        "disputes over land settled by Bengalis since the 1980s and demanded an independent "
        "investigation. The interim government's adviser for the hill tracts appealed for "
        "calm and said those responsible would be brought to justice. The 1997 peace accord "
        "that ended an Indigenous insurgency promised to resolve land claims, but a "
        "commission set up to do so has made little progress.",
        "U V",
        "communal violence",
    ),
    (
        "At least 49 killed in tribal ambush in Papua New Guinea's Enga highlands",
        "At least 49 men were killed in an ambush in Papua New Guinea's Enga province, "
        "police said on Monday, in one of the deadliest outbreaks of tribal violence in the "
        "highlands in years. The bodies were found along a road and in the grass near the "
        "village of Akom, about 60 kilometres from the provincial capital, Wabag, after a "
        "clash between two tribes and their allies, the acting police commissioner said. "
        "Police believe more bodies may be in the surrounding bush. The tribes have fought "
        "on and off for years over land and the boundaries of their gardens, but officers "
        "say the arrival of high-powered rifles and hired gunmen has made the fighting far "
        "deadlier. Footage circulated on social media shows bodies stacked on the back of a "
        "truck. The prime minister said the government would send more soldiers and police "
        "to Enga, but local officials said the 100 extra security personnel already there "
        "were outnumbered. Hundreds of villagers have fled into the forest, and schools and "
        "the road to Porgera have been closed.",
        "B D",
        "tribal fighting",
    ),
    (
        "Police fire tear gas at Rempang islanders resisting eviction for Chinese-backed "
        "'eco-city'",
        "Indonesian police fired tear gas and water cannon at residents of Rempang island in "
        "Riau Islands province on Thursday as they blocked a road to stop officials from "
        "measuring land for a planned industrial zone, witnesses and rights groups said. "
        "Tear gas canisters landed in the yard of a state school, and children were taken to "
        "hospital with breathing problems, according to the Indonesian Legal Aid Foundation "
        "(YLBHI). Police said officers were pelted with stones and that several people were "
        "arrested. The government wants to relocate around 7,500 people from 16 traditional "
        "Malay villages to make way for Rempang Eco City, a project that includes a glass "
        "and solar panel factory by a Chinese company. Many residents say their families "
        "have lived on the island for generations but were never given land certificates. "
        '"We are not against development, we are against being erased," said a fisherman '
        "from Sembulang village. The national human rights commission said it would "
        "investigate the use of force, and the president said there had been a failure of "
        "communication with residents. A week later, a protest outside the free trade zone "
        "authority in Batam ended in rioting, with dozens arrested.",
        "U",
        "crackdown",
    ),
    (
        "Honduran farmers' leaders shot dead in Bajo Aguán as land dispute with palm oil "
        "firms flares",
        "Gunmen killed two leaders of a peasant cooperative in Honduras's Bajo Aguán valley "
        "on Sunday, bringing to five the number of land activists murdered in the region "
        "this month, rights groups said. The men were shot as they returned on a motorbike "
        "from a palm plantation their cooperative has occupied since 2021, according to a "
        "local human rights observatory. Witnesses said the attackers wore balaclavas and "
        "carried assault rifles. Farmers' groups blame private security guards and armed "
        "groups linked to palm oil companies, which deny any involvement. Rights groups say "
        "dozens of arrest warrants issued for killings in the valley have never been "
        "executed. The cooperatives say they grow food on land that was illegally "
        "transferred to agribusiness in the 1990s. More than 150 people, most of them "
        "campesinos, have been killed in the Aguán since a 2009 coup, in what rights groups "
        "call one of the most violent land conflicts in Latin America. The government, which "
        "came to power promising to settle the dispute, set up a commission this year to "
        "return land to cooperatives. The security ministry said a special police unit would "
        'be sent to the area. "Every time there is progress, they kill one of us," said a '
        "cooperative member in Tocoa.",
        "V",
        "targeted killing",
    ),
    (
        "Young farmer killed at Khanauri as Haryana police fire tear gas to stop 'Delhi "
        "Chalo' march",
        "A 21-year-old farmer from Bathinda died of a head injury at the Khanauri border "
        "between Punjab and Haryana on Wednesday, as police fired tear gas shells and rubber "
        "bullets to stop thousands of farmers from marching to Delhi, farmer unions said. "
        "Doctors at the Rajindra Hospital in Patiala said the young man had been brought in "
        "dead and that several others were being treated for pellet and tear gas injuries. "
        "The unions said police also used drones to drop tear gas on farmers camped at "
        "Shambhu, where tractors have been lined up behind concrete barricades and iron "
        "nails since last week. Haryana police said 12 personnel were injured when "
        "protesters attacked them with stones and sticks and tried to push through the "
        "barricades with earth-moving machines. The farmers are demanding a legal guarantee "
        "of minimum support prices for crops, a pension for farmers and the withdrawal of "
        "cases from the 2020-21 protests. Union leaders announced a two-day pause in the "
        "march and said talks with central ministers would continue only after a murder case "
        "was registered. Opposition parties called the use of force against farmers "
        '"shameful".',
        "U",
        "crackdown",
    ),
    (
        "Deaths reported as Iran's security forces confront water shortage protests in Khuzestan",
        "At least three people have been killed in a week of protests over water shortages "
        "in Iran's southwestern province of Khuzestan, according to state media and rights "
        "groups, as videos posted online showed security forces firing at demonstrators. "
        "Protests began in Ahvaz and spread to Shadegan, Hamidiyeh and Susangerd after taps "
        "ran dry in several towns during a summer heatwave and marshes used by water buffalo "
        "herders dried out. Rights groups said the number killed was higher, at least eight, "
        'and that dozens had been arrested. State media blamed "rioters" for shooting dead a '
        "police officer and a young man in Shadegan, and said the unrest was being exploited "
        'by "opportunists". In some towns, crowds chanted against the government and burned '
        "tyres, and mobile internet was cut. Amnesty International said it had verified "
        "footage of security forces using automatic weapons and shotguns against protesters. "
        "Solidarity protests were held in Tehran and Tabriz in the following days, and "
        "officials promised to send water tankers and speed up repairs to pipelines. "
        "Khuzestan, home to much of Iran's Arab minority and most of its oil, has long "
        "complained of neglect and of dams and transfer projects that divert its rivers to "
        "other provinces. The supreme leader said the protesters could not be blamed for "
        "their anger and ordered officials to address the crisis.",
        "U",
        "crackdown",
    ),
    (
        "Chile extends state of emergency in south after gunmen ambush police guarding "
        "forestry estate",
        "Chile's government extended a state of emergency in parts of the Araucanía and "
        "Biobío regions on Monday after gunmen ambushed a police patrol guarding a forestry "
        "estate near Cañete, wounding two officers. The officers were fired on from the "
        "treeline as they drove along a dirt road near a pine plantation that Mapuche "
        "communities claim as ancestral land, and returned fire before the attackers "
        "escaped, the Carabineros police force said. Hours earlier, 14 logging trucks were "
        "set on fire on a road near Contulmo, and pamphlets signed by the Coordinadora "
        "Arauco-Malleco (CAM), a radical Mapuche group, were found at the scene. The CAM has "
        "claimed dozens of arson attacks on forestry companies' machinery in recent years "
        "and says it is waging a struggle to recover territory. The interior ministry said "
        'the government would not tolerate "violence of any kind" and that troops would '
        "continue to patrol main roads in the region under the emergency decree. Mapuche "
        "leaders who back dialogue said militarisation had failed to resolve a conflict over "
        "land that dates back to the 19th century. Forestry companies control about 1.5 "
        "million hectares in the two regions.",
        "B",
        "ambush",
    ),
    (
        "Security forces kill 12 Maoist rebels in Bijapur forest gunfight",
        "Indian security forces killed 12 Maoist rebels in a gunfight in a forest in "
        "Chhattisgarh's Bijapur district on Thursday, police said, as the government presses "
        "an offensive it says will end the decades-old insurgency by March next year. The "
        "exchange of fire began early in the morning when a joint team of the District "
        "Reserve Guard, the Special Task Force and the Central Reserve Police Force's CoBRA "
        "unit, acting on intelligence, surrounded a rebel camp near the border with "
        "Telangana, the Bastar range police chief said. Two members of the security forces "
        "were injured. The bodies of the rebels, including four women, were brought to the "
        "district headquarters on Friday. Police say more than 200 Maoists have been killed "
        "in Chhattisgarh this year, most of them in Bastar. Villagers in some areas where "
        "encounters have taken place allege that people killed were not rebels, claims the "
        "police deny. The Maoists, who say they fight for the rights of Adivasi communities "
        "and landless peasants, have for years opposed iron ore mining and new roads in the "
        "mineral-rich forests of Bastar. Rights activists say the offensive has been "
        "accompanied by a surge in new security camps on community land and by arrests of "
        "villagers who protest against them. Police said rifles, explosives and Maoist "
        "literature were recovered at the site.",
        "B M",
        "counterinsurgency operation",
    ),
]
