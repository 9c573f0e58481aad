"""dev255 positives, part b: current attacks, bombings, sieges and security operations with
fighting (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Burkina Faso: jihadists attack Djibo, hundreds feared dead as fighting rages for hours",
        "Hundreds of fighters of the al-Qaeda-linked JNIM group attacked the town of Djibo "
        "in northern Burkina Faso at dawn on Sunday, overrunning several positions held by "
        "the army and volunteer militias, residents and security sources said. The assault "
        "began with simultaneous attacks on a military camp, the police station and the "
        'market, and gunfire was still heard in the afternoon. "They were going from '
        'house to house looking for the VDP," a resident said by telephone, referring to '
        "the Volunteers for the Defence of the Homeland. A humanitarian worker in "
        "Ouagadougou said the toll could run into the hundreds, including many civilians, "
        "though no official figure was given. The junta has not commented. Djibo, home to "
        "more than 300,000 people, most of them displaced from surrounding villages, has "
        "been under a blockade by the group for more than two years and is supplied only "
        "by air. Residents said families were trying to flee south but the roads were cut.",
        "T B V D",
        "insurgent_assault",
    ),
    (
        "Insurgents storm Macomia in Cabo Delgado; Mozambican and Rwandan troops fight back",
        "Islamic State-linked insurgents attacked the district capital of Macomia in "
        "Mozambique's northern Cabo Delgado province on Friday, looting shops and a health "
        "centre and exchanging fire with soldiers for most of the day, local sources said. "
        "Several hundred fighters entered the town from three directions, according to "
        "Zitamar News, which cited residents hiding in the bush. Mozambican forces and "
        "troops from Rwanda, which has deployed thousands of soldiers to the province "
        "since 2021, were trying to retake the centre by evening. The International "
        "Organization for Migration said more than 4,000 people had fled towards Mucojo "
        "and Quiterajo. The insurgents, known locally as al-Shabaab but unrelated to the "
        "Somali group, have fought the government since 2017. Aid agencies suspended "
        "activities in the district and moved staff to Pemba. The defence ministry said it "
        "would give an update once the operation was complete.",
        "T B M D H",
        "insurgent_assault",
    ),
    (
        "ADF rebels kill dozens of villagers with machetes in Ituri; church set on fire",
        "Rebels of the Allied Democratic Forces killed at least 43 civilians in an "
        "overnight raid on a village in Ituri province in eastern Democratic Republic of "
        "Congo, a local civil society leader and the army said on Monday. The attackers "
        "arrived around 1am and went from house to house with machetes and guns, and set "
        "fire to a Catholic church where several people had taken refuge, said Dieudonné "
        "Malangay, who heads a civil society group in the Irumu territory. Soldiers from "
        "the Congolese army and the Ugandan army, which conduct joint operations against "
        "the ADF, arrived in the morning. Survivors fled towards the town of Komanda, "
        "where a parish and a primary school were sheltering hundreds of families. The "
        "ADF, which has pledged allegiance to the Islamic State, has killed thousands of "
        "civilians in Ituri and North Kivu over the past decade. An army spokesman said "
        "pursuit operations were under way.",
        "T V D",
        "massacre",
    ),
    (
        "Six police officers killed as roadside bomb hits vehicle in Mandera",
        "Six Kenyan police officers were killed and two others wounded when their vehicle "
        "struck an improvised explosive device near Elwak in Mandera County on Wednesday, "
        "police said. The officers were escorting a team of workers repairing a "
        "telecommunications mast that had been destroyed by militants, according to a "
        "police report seen by the Daily Nation. After the blast, gunmen hiding nearby "
        "opened fire on the convoy, and the surviving officers returned fire for about 30 "
        "minutes. Police blamed al-Shabaab, which operates across the border in Somalia "
        "and has repeatedly targeted security forces and telecommunications infrastructure "
        "in Mandera, Wajir and Garissa. The injured were airlifted to Nairobi. Interior "
        "ministry officials said reinforcements had been sent to the area and an operation "
        "to pursue the attackers had begun. The county has seen a run of bombings since "
        "the start of the year.",
        "T E B",
        "roadside_bomb",
    ),
    (
        "Iraqi counter-terrorism forces and coalition jets pound Islamic State hideouts in Hamrin",
        "Iraq's Counter-Terrorism Service said on Sunday its forces were fighting Islamic "
        "State militants in the Hamrin mountains, on the border of Diyala and Salahuddin "
        "provinces, in an operation backed by Iraqi F-16s and aircraft of the US-led "
        "coalition. Nine militants were killed in the first two days, the service said, "
        "and caves and tunnels used as hideouts had been destroyed by airstrikes. Two "
        "members of the elite force were wounded when their patrol came under fire in a "
        "valley north of the Udhaim dam. The Joint Operations Command described the area "
        "as one of the last refuges of the group's cells, which still stage hit-and-run "
        "attacks on army posts and villages at night. An Iraqi officer said the operation "
        "was expected to last several more days. The coalition, which is winding down its "
        "mission in the country, confirmed it had provided air support.",
        "M B E",
        "security_operation",
    ),
    (
        "Blast outside Kabul ministry kills at least six; IS-K claims attack",
        "A suicide bomber detonated explosives near the entrance of a ministry in central "
        "Kabul on Monday as employees were leaving work, killing at least six people and "
        "wounding dozens, Taliban officials said. Abdul Nafi Takor, a spokesman for the "
        "Kabul police, said a security guard had tried to stop the man before the blast. "
        "Emergency, an Italian charity that runs a surgical hospital in the city, said it "
        "had received 22 wounded and that two had died on arrival. The Islamic State "
        "Khorasan Province claimed the attack through its propaganda outlets. The group "
        "has carried out a string of bombings against Taliban officials, the Shia Hazara "
        "minority and foreigners since the Taliban returned to power in 2021. Taliban "
        "fighters closed off the area and chased away journalists who tried to film the "
        "scene. Rescue workers were still pulling people out of the rubble of a shopfront "
        "after dark.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Militants hijack passenger train in Balochistan; hostages held as troops close in",
        "Separatist militants blew up a section of railway track and seized a passenger "
        "train carrying about 450 people in a remote gorge in Pakistan's Balochistan "
        "province on Tuesday, officials said. The Baloch Liberation Army said it was "
        "holding dozens of passengers, including security personnel travelling on leave, "
        "and threatened to kill them if the army launched an operation. The train driver "
        "was among those killed when the attackers opened fire, a railway official said. "
        "By evening security forces had surrounded the train near a tunnel in the Bolan "
        "Pass, and officials said more than 100 passengers had been freed, many of them "
        "women and children, as gunfights continued. Helicopters carried the wounded to "
        "Quetta, where hospitals declared an emergency. The provincial government "
        "described the hijacking as a cowardly act of terrorism. Relatives waited at "
        "Quetta railway station for news.",
        "T V B M",
        "hostage_taking",
    ),
    (
        "Attackers kill five at aerospace company near Ankara, Turkish minister says",
        "Attackers armed with rifles and explosives killed five people and wounded 22 at "
        "the headquarters of the state-run aerospace company TUSAŞ on the outskirts of "
        "Ankara on Wednesday, Turkey's interior minister said. Footage broadcast on "
        "Turkish television showed a man and a woman carrying assault rifles near the "
        "entrance, and heavy gunfire and an explosion were heard as employees were "
        "changing shifts. Both attackers were killed by security forces, the minister "
        "said. Workers sheltered in offices and bunkers inside the complex for hours "
        "before special forces declared the area secure. The defence minister said the "
        "attack was carried out by the PKK, which Turkey, the European Union and the "
        "United States list as a terrorist organisation. Turkish aircraft struck targets "
        "in northern Iraq and Syria overnight, the defence ministry said. Broadcasting "
        "from the scene was restricted.",
        "T B E M",
        "insurgent_assault",
    ),
    (
        "Gunmen attack synagogue, churches and police post in Dagestan; priest among dead",
        "Gunmen opened fire on two Orthodox churches, a synagogue and a traffic police "
        "post in the cities of Derbent and Makhachkala in Russia's southern republic of "
        "Dagestan on Sunday, killing at least 15 police officers and several civilians, "
        "including an Orthodox priest, officials said. The synagogue in Derbent was set on "
        "fire, and the church in the same city was badly burned. Gunfights with security "
        "forces continued in Makhachkala late into the evening, and six attackers were "
        "killed, the National Antiterrorism Committee said. The authorities declared a "
        "counter-terrorist operation regime in both cities and three days of mourning "
        "across the republic. Local media reported that among the attackers were two sons "
        "of a district head, who was later detained. The Investigative Committee opened a "
        "case on charges of a terrorist act.",
        "T V B",
        "shooting",
    ),
    (
        "Police hunt gunmen after shooting spree in Vienna's old town",
        "Austrian police were hunting at least one suspected gunman on Tuesday after "
        "attackers opened fire at several locations in central Vienna on Monday evening, "
        "killing four people and wounding 22, on the last night before a coronavirus "
        "lockdown. One attacker, wearing a fake explosive belt and armed with an automatic "
        "rifle, was shot dead by police near St Ruprecht's church, interior minister Karl "
        "Nehammer said. He described the man as a supporter of the Islamic State who had "
        "been convicted in 2019 of trying to travel to Syria. Police asked residents to "
        "stay indoors and avoid public transport, and schools were told to keep children "
        "at home. Heavily armed officers patrolled the streets around the synagogue, and a "
        "cordon was placed around the old town. Chancellor Sebastian Kurz called it a "
        '"repulsive terror attack". Neighbouring countries tightened border checks.',
        "T V B",
        "shooting",
    ),
    (
        "Explosives-laden truck blows up near Cali air base, killing five",
        "A truck packed with explosives blew up near the Marco Fidel Suárez air base in "
        "the Colombian city of Cali on Thursday afternoon, killing at least five "
        "passers-by and wounding more than 60, the mayor said. The blast tore through a "
        "residential street lined with shops, and the city declared a health emergency as "
        "hospitals filled up. Hours earlier, a police helicopter was brought down by a "
        "drone attack in Antioquia province while taking part in an operation to destroy "
        "coca crops. President Gustavo Petro blamed dissidents of the former FARC rebels "
        "known as the Estado Mayor Central and said the attacks were a response to an "
        "offensive against them. The mayor called the bombing a terrorist attack and "
        "offered a reward for information. Soldiers and police closed off the area as "
        "forensic teams worked through the night.",
        "E T",
        "bombing",
    ),
    (
        "Twelve soldiers killed in ambush in western Niger, army says",
        "Twelve Nigerien soldiers were killed and several others wounded when a patrol was "
        'ambushed by "terrorists" in the Tillabéri region near the border with Mali, the '
        "defence ministry said in a statement read on state television on Friday. The "
        "patrol was attacked by more than a hundred assailants on motorbikes near the "
        "village of Tassia, the ministry said, and fighting lasted for more than an hour. "
        'About 20 attackers were "neutralised" and the rest fled, it said. '
        "Reinforcements and aircraft were deployed and combing operations were under way. "
        "The statement did not name the group, but both the Islamic State's Sahel Province "
        "and JNIM are active in the area, where the borders of Niger, Mali and Burkina "
        "Faso meet. Attacks on the army have intensified since the military seized power "
        "in Niamey in July 2023. Niger declared three days of national mourning.",
        "B T M",
        "ambush",
    ),
    (
        "Mobs attack mosque and police in Southport as disorder follows stabbing",
        "Hundreds of people threw bricks and bottles at a mosque and at police officers in "
        "Southport on Tuesday night, a day after three young girls were killed in a knife "
        "attack at a dance class in the Merseyside town. Merseyside Police said 53 "
        "officers were injured, 27 of whom were taken to hospital, and a police van was "
        "set on fire. Worshippers were trapped inside the mosque on St Luke's Road as the "
        "crowd tried to break through a police line. Officers in riot gear and with dogs "
        "were deployed from across the north-west. The force said the violence had been "
        "organised by people from outside the area who were spreading false claims online "
        "about the identity of the suspect, a 17-year-old boy born in Cardiff. Police said "
        "the stabbing was not being treated as terror-related. The home secretary "
        "condemned the thuggery and promised the full force of the law.",
        "U V",
        "riot",
    ),
    (
        "Boko Haram fighters raid village in Cameroon's Far North, abduct women and children",
        "Fighters believed to belong to Boko Haram attacked the village of Mozogo in "
        "Cameroon's Far North region overnight, killing at least nine civilians and "
        "abducting about 20 women and children, local officials said on Thursday. The "
        "attackers arrived on motorbikes and set fire to dozens of huts and the village "
        "granary before retreating towards the Nigerian border, a traditional ruler told "
        "the state broadcaster CRTV. Soldiers of the Multinational Joint Task Force were "
        "pursuing the group, a military source said. The mayor said hundreds of residents "
        "had fled to the town of Mokolo and were sleeping in schools and churches. The "
        "United Nations said the region had seen a surge in attacks on civilians this "
        "month. Cameroon says Boko Haram and its rival, the Islamic State West Africa "
        "Province, have killed thousands of people in the Far North since 2014.",
        "T V D",
        "village_raid",
    ),
    (
        "Egyptian army says 16 militants killed as Sinai offensive presses on",
        "Egypt's armed forces said on Tuesday they had killed 16 militants in gun battles "
        "in central and northern Sinai as a major offensive against Islamic State "
        "loyalists entered its third week. In a televised statement, the military "
        "spokesman said air force jets had also destroyed 45 hideouts and weapons stores, "
        "and that ground forces had found a tunnel used to move fighters. Three soldiers "
        "were killed in the fighting near Bir al-Abd, the statement said. The army has "
        "sealed off much of North Sinai since the operation began, and residents of "
        "al-Arish describe shortages of food, fuel and cooking gas. Journalists are barred "
        "from the area, and the figures could not be independently verified. Human rights "
        "groups have called on the authorities to let aid reach residents. The offensive "
        "followed an attack on a mosque in the region that killed more than 300 "
        "worshippers.",
        "M B E H",
        "security_operation",
    ),
    (
        "Two suicide bombers strike cathedral in Makassar as Palm Sunday mass ends",
        "Indonesian police said on Sunday that two suicide bombers on a motorbike had "
        "blown themselves up at the gate of the Sacred Heart Cathedral in the city of "
        "Makassar as worshippers were leaving a Palm Sunday mass, wounding at least 20 "
        "people. The attackers, a man and a woman believed to be a newly married couple, "
        "were killed in the blast. A church security guard who stopped them at the gate "
        "was among the seriously injured. National police chief Listyo Sigit Prabowo said "
        "the pair belonged to Jemaah Ansharut Daulah, a network loyal to the Islamic State "
        "that was behind suicide bombings of churches in Surabaya in 2018. Body parts and "
        "the wreckage of the motorbike lay outside the gate. President Joko Widodo "
        "condemned the bombing as an act of terrorism and ordered police to hunt down the "
        "network. Security was increased at churches across the country ahead of Easter.",
        "T E V",
        "suicide_bombing",
    ),
]
