"""dev121 positives (3 of 3): headlines and ledes that report current organised violence in
Sudan, South Sudan, Chad, Congo, the Central African Republic, Nigeria, the Sahel, Somalia,
Kenya, Ethiopia, Mozambique, Cameroon, Madagascar and Tanzania (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Port Sudan flights halted as fuel depot burns for second day",
        "Flights to Port Sudan were suspended and queues for petrol stretched for kilometres "
        "on Tuesday as the city's main fuel depot burned for a second day. Drones struck the "
        "depot, a power station and the airport for a third consecutive day, the Sudanese "
        "army said, blaming the paramilitary Rapid Support Forces. The Red Sea city had been "
        "a refuge for displaced people and the seat of the army-backed government.",
        "E",
        "drone strike",
    ),
    (
        "Hundreds killed as RSF storms Zamzam camp, tens of thousands flee",
        "More than 400 people were killed when the paramilitary Rapid Support Forces stormed "
        "the Zamzam displacement camp in Sudan's North Darfur, the United Nations said, "
        "citing local sources. Survivors described fighters burning shelters and shooting "
        "people in the streets, as tens of thousands fled on foot towards the town of Tawila. "
        "Nine staff of a medical charity were among the dead.",
        "V D H",
        "attack on camp",
    ),
    (
        "Families reach Tawila with nothing as El Fasher siege tightens",
        "Aid groups in Tawila say thousands of families are arriving every day from El "
        "Fasher and the camps around it, many of them women and children who walked for days "
        "without food or water. Doctors Without Borders said nearly a third of the children "
        "it screened on arrival were acutely malnourished, as the Rapid Support Forces keep "
        "the city under siege.",
        "D H",
        "displacement",
    ),
    (
        "Five killed as UN aid convoy attacked in North Darfur",
        "Five members of a joint World Food Programme and UNICEF convoy were killed when it "
        "came under attack in Al Koma, North Darfur, while waiting for clearance to travel to "
        "El Fasher, the UN said on Tuesday. Several trucks carrying food and nutrition "
        "supplies were burned, and both agencies suspended movements in the area.",
        "V H",
        "attack on aid workers",
    ),
    (
        "Sudan's army says it has broken RSF encirclement of El Obeid",
        "Sudan's army said on Sunday it had pushed Rapid Support Forces fighters back from "
        "the outskirts of El Obeid, ending months of encirclement of the North Kordofan "
        "capital, where aid groups say food prices have quadrupled. The RSF said its "
        "fighters had withdrawn from some positions to regroup and accused the army of "
        "bombing villages.",
        "B M H",
        "offensive",
    ),
    (
        "UN helicopter crew member killed during evacuation from South Sudan's Nasir",
        "JUBA — A United Nations helicopter sent to evacuate wounded soldiers from Nasir in "
        "South Sudan's Upper Nile state came under fire on Friday, killing a crew member, the "
        "UN mission said, after days of clashes between the army and the armed youth known "
        "as the White Army. The fighting has raised fears of a return to civil war.",
        "B V",
        "attack on UN mission",
    ),
    (
        "Families flee into Chad as attacks on villages spread near Tine",
        "Nearly 20,000 people crossed from Sudan into eastern Chad over the past week, most "
        "of them women and children fleeing attacks on villages around the border town of "
        "Tine, the UN refugee agency said on Friday. New arrivals told UNHCR staff that armed "
        "men on horseback had burned their homes.",
        "D V",
        "refugee influx",
    ),
    (
        "Congo's M23 rebels seize Uvira near Burundi border",
        "Rwanda-backed M23 rebels have taken control of Uvira, the last major town held by "
        "Congo's army in South Kivu province, residents and a rebel spokesperson said on "
        "Wednesday, days after a peace deal was signed in Washington. Thousands of residents "
        "and soldiers fled across the border into Burundi, the UN refugee agency said. The "
        "capture leaves the rebels in control of most of the Congolese shore of Lake "
        "Tanganyika.",
        "B D",
        "offensive",
    ),
    (
        "Rebels kill 43 worshippers in church attack in eastern Congo",
        "KINSHASA, July 27 (Reuters) - Fighters from the Islamic State-linked Allied "
        "Democratic Forces killed at least 43 people at a Catholic church in Komanda, in "
        "Congo's Ituri province, during an overnight prayer vigil, a local civil society "
        "leader said on Sunday. Several houses and shops nearby were burned.",
        "T V",
        "massacre",
    ),
    (
        "Cholera spreads in crowded displacement sites around Goma",
        "Health authorities have recorded more than 600 suspected cholera cases in "
        "displacement sites west of Goma over the past two weeks, aid agencies said. Most of "
        "those infected fled renewed fighting between M23 and pro-government militias and "
        "now crowd into makeshift shelters with little clean water. Médecins Sans Frontières "
        "said its treatment centre was operating beyond capacity.",
        "D H",
        "disease in camps",
    ),
    (
        "Gunmen kill 52 in Benue community, residents say",
        "Suspected armed herders attacked Yelwata community in Guma Local Government Area of "
        "Benue State late Friday, killing at least 52 people and setting houses ablaze, "
        "residents and local officials told Premium Times. Many of the victims had been "
        "sleeping in the market square, a local leader said.",
        "V",
        "massacre",
    ),
    (
        "ISWAP fighters overrun military base in Borno, soldiers killed",
        "Fighters of the Islamic State West Africa Province attacked a military base in "
        "Marte, Borno State, in the early hours of Monday, killing at least five soldiers "
        "and carting away weapons, military sources told Premium Times. The insurgents, who "
        "came in gun trucks and used drones to drop explosives, burnt parts of the base "
        "before troops regained control.",
        "T B E",
        "attack on base",
    ),
    (
        "Bandits abduct 43 in Zamfara village raid",
        "Armed bandits on motorcycles stormed Kairu village in Maru Local Government Area of "
        "Zamfara State on Sunday night, killing seven residents and abducting 43 others, "
        "mostly women and children, residents said.",
        "V",
        "abduction",
    ),
    (
        "Zulum shuts Konduga markets after suicide bombing",
        "MAIDUGURI — Borno State Governor Babagana Zulum on Sunday ordered the closure of "
        "all weekly markets in Konduga until further notice. The order came a day after a "
        "suspected female suicide bomber killed at least 12 people at the town's crowded "
        "fish market. Police blamed jihadists, who have waged an insurgency in the region "
        "for 16 years.",
        "T E V",
        "suicide bombing",
    ),
    (
        "JNIM says it attacked Malian army camp in Boulkessi, dozens of soldiers killed",
        "Al Qaeda-linked militants attacked an army base in Boulkessi in central Mali near "
        "the border with Burkina Faso on Sunday, killing more than 30 soldiers, two security "
        "sources said. The Group for the Support of Islam and Muslims (JNIM) claimed the "
        "attack and said it had taken control of the camp; Mali's army said it had repelled "
        "the assailants.",
        "T B",
        "attack on base",
    ),
    (
        "Jihadists kill around 50 in attack on besieged Burkina town of Djibo",
        "Jihadists killed around 50 soldiers and civilians in a coordinated attack on the "
        "besieged northern town of Djibo, security and local sources told AFP on Thursday, "
        "describing a morning raid by hundreds of fighters on motorbikes. The town has been "
        "under a JNIM blockade for more than two years, and residents depend on military "
        "airlifts for food.",
        "T B V H",
        "attack on town",
    ),
    (
        "Niger declares three days of mourning after attack on mosque kills 44",
        "NIAMEY — Gunmen killed 44 civilians during Friday prayers at a mosque in the "
        "village of Fambita in southwestern Niger's Tillaberi region, the Interior Ministry "
        "said, blaming the Islamic State in the Greater Sahara. The government declared "
        "three days of national mourning.",
        "T V",
        "massacre",
    ),
    (
        "Mortar shells land near Mogadishu airport as al-Shabaab steps up attacks",
        "Several mortar shells fired by al-Shabaab militants landed near Aden Adde "
        "International Airport in Mogadishu on Tuesday, wounding two people inside the "
        "heavily guarded compound, police said.",
        "T E",
        "mortar attack",
    ),
    (
        "Somali forces recapture Moqokori from al-Shabaab",
        "Somali government troops backed by local clan militias recaptured the town of "
        "Moqokori in Hiiraan region on Saturday after heavy fighting with al-Shabaab, "
        "officials said.",
        "B M",
        "offensive",
    ),
    (
        "Five police officers killed in Mandera IED attack",
        "Five police officers were killed on Thursday morning when their vehicle ran over an "
        "improvised explosive device in Mandera County, in an attack police blamed on "
        "al-Shabaab militants. The officers were escorting a water bowser from Elwak when the "
        "device went off, according to a police report seen by the Nation.",
        "T E",
        "IED attack",
    ),
    (
        "Saba Saba protests: 31 killed as police use live bullets",
        "At least 31 people were killed and 107 injured in Monday's Saba Saba protests across "
        "17 counties, the Kenya National Commission on Human Rights said, as police fired "
        "live bullets and tear gas to disperse demonstrators. Shops were looted in Ngong, "
        "Kitengela and parts of Nairobi, where gangs armed with whips attacked protesters.",
        "U",
        "crackdown",
    ),
    (
        "Drone strike on Amhara market kills 26, residents say",
        "At least 26 people were killed when a drone struck a crowded weekly market in "
        "Ethiopia's Amhara region, residents and a health worker told the BBC, amid fighting "
        "between federal forces and Fano militias.",
        "E V",
        "drone strike",
    ),
    (
        "Thousands flee as insurgents behead villagers in Mozambique's Cabo Delgado",
        "More than 46,000 people fled their homes in a single week after Islamic "
        "State-linked insurgents attacked villages in Ancuabe and Chiure districts of "
        "Mozambique's Cabo Delgado province, beheading several residents, the UN migration "
        "agency said. Many of the displaced are sheltering in schools and churches in Chiure "
        "town.",
        "T V D",
        "insurgent attacks",
    ),
    (
        "Separatists abduct about 20 bus passengers in Cameroon's North-West",
        "YAOUNDE — Armed separatists abducted about 20 bus passengers on the highway between "
        "Bamenda and Bafoussam on Monday, regional officials said, accusing the fighters of "
        "holding hostages to fund their eight-year war for an independent “Ambazonia”. The "
        "army said an operation had been launched to free them.",
        "V M",
        "abduction",
    ),
    (
        "Hundreds shelter in church after militia attack in Central African Republic",
        "Hundreds of people have taken refuge at the Catholic mission in Mboki in "
        "southeastern Central African Republic after fighters of the Azande Ani Kpi Gbe "
        "militia attacked the town overnight, killing at least eight civilians, the UN "
        "peacekeeping mission said. MINUSCA said it had sent additional troops to protect "
        "the displaced.",
        "V D",
        "attack on town",
    ),
    (
        "UN says at least 22 killed in Madagascar protests",
        "At least 22 people have been killed and more than 100 injured in protests over "
        "water and power cuts in Madagascar, the UN human rights chief said on Monday, "
        "criticising the “unnecessary” force used by security forces. Looting broke out in "
        "parts of Antananarivo after a night-time curfew was imposed.",
        "U",
        "crackdown",
    ),
    (
        "Tanzania opposition says hundreds killed in post-election unrest",
        "DAR ES SALAAM — Tanzania's main opposition party Chadema said on Friday that about "
        "700 people had been killed in three days of protests after the disputed election, "
        "as security forces fired on crowds in Dar es Salaam and other cities.",
        "U",
        "crackdown",
    ),
]
