"""dev96 positives, part b: South Sudan, Ethiopia, Somalia, DR Congo, Nigeria, Myanmar."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Fighting in South Sudan's Nasir pushes thousands into Ethiopia as UN helicopter comes "
        "under fire",
        "Thousands of civilians have crossed from South Sudan's Upper Nile State into Ethiopia's "
        "Gambella region since fighting broke out in Nasir county early this month, humanitarian "
        "agencies said, as fears grow that the 2018 peace agreement is unravelling. Armed youths "
        "of the so-called White Army overran the army garrison in Nasir town on March 4, after "
        "days of clashes with the South Sudan People's Defence Forces (SSPDF). On Friday, a "
        "United Nations helicopter trying to evacuate soldiers from the town came under fire, "
        "killing a crew member and several soldiers, among them a general, the UN Mission in South "
        "Sudan said. The government has since carried out air strikes on Nasir and the "
        "neighbouring county of Ulang, using what witnesses described as barrels filled with a "
        "flammable liquid. Local officials said at least 20 people, including children, had been "
        "killed in the bombing. The UN refugee agency said about 10,000 people had arrived in "
        "Gambella's Jikawo woreda in a week, most of them women and children, and that numbers "
        "were rising. The government accuses First Vice-President Riek Machar's SPLM-IO of "
        "backing the White Army, a charge the party denies. Several of Machar's allies, including "
        "the petroleum minister and a deputy army chief, have been arrested in Juba.",
        "B E D",
        "garrison overrun and air strikes",
    ),
    (
        "Drone strike kills dozens near Finote Selam bus station, residents say",
        "A drone strike hit a crowded area near the main bus station in Finote Selam town, West "
        "Gojjam zone of the Amhara region, on Sunday afternoon, killing at least 26 people, "
        "according to residents and a health official who spoke to Addis Standard. The strike hit "
        "minibuses and people gathered around them, a resident said, adding that most of the "
        "victims were passengers, drivers and young men selling goods near the station. A doctor "
        "at Finote Selam General Hospital said the hospital had received dozens of wounded and was "
        "short of blood and surgical supplies because roads into the town had been closed. The "
        "strike came as fighting between the Ethiopian National Defense Force (ENDF) and Fano "
        "militias continued across several zones of the region, a week after the federal "
        "government declared a six-month state of emergency. Telephone and internet services in "
        "much of Amhara remained cut, making it difficult to verify reports. The Ethiopian Human "
        "Rights Commission said on Monday it had received 'credible reports' of civilian "
        "casualties from heavy weapons and air strikes in several towns and called on all parties "
        "to protect civilians. Government officials did not respond to requests for comment.",
        "E V B",
        "drone strike",
    ),
    (
        "Gunmen abduct university students travelling home for holidays in Oromia",
        "Gunmen stopped three buses carrying more than 100 students home from Debre Markos "
        "University for the summer break on Wednesday in Oromia's North Shewa zone, and marched "
        "dozens of them into the forest, parents and the university said. The university said in "
        "a statement that most of the students were later freed by security forces or managed to "
        "escape, but that 'a number' remained in the hands of the abductors. A father told Addis "
        "Standard that his daughter had called him on Thursday from an unknown number to say she "
        "was being held with about 30 others and that the kidnappers were demanding money. The "
        "regional government blamed the Oromo Liberation Army (OLA), which it calls 'Shene'. The "
        "OLA denied involvement and accused government-aligned militias of staging the "
        "kidnapping. Abductions on the roads of North Shewa and West Shewa have become frequent "
        "over the past two years as fighting between the OLA and federal forces drags on, and "
        "residents say few travellers move without paying. The Ethiopian Human Rights Commission "
        "called for the immediate and unconditional release of the students.",
        "V",
        "abduction of students",
    ),
    (
        "First aid convoy in weeks reaches Tigray as fighting spreads into Afar",
        "A convoy of about 100 trucks carrying food and other relief reached Mekelle, the capital "
        "of Ethiopia's Tigray region, on Thursday, the first to arrive in more than two weeks, the "
        "World Food Programme said. The UN agency said at least 100 trucks a day were needed to "
        "meet the needs of the region, where 400,000 people are living in famine-like conditions. "
        "Aid deliveries have been held up since a convoy came under attack in Afar region in "
        "mid-July, and by fighting that has spread from Tigray into neighbouring Afar and Amhara. "
        "Tigrayan forces, who retook Mekelle in June, said on Thursday that they had advanced "
        "towards the town of Woldiya in Amhara, a claim Reuters could not independently verify. "
        "The Afar regional government accused Tigrayan forces of shelling villages and said more "
        "than 76,000 people had fled their homes. Fuel for aid agencies' vehicles has run out in "
        "Tigray, and banking and telephone services remain cut. The Ethiopian government denies "
        "blocking aid and says Tigrayan forces are to blame for the delays.",
        "H B D",
        "aid convoy and fighting",
    ),
    (
        "Al-Shabaab attack on Lido beach restaurant leaves dozens dead in Mogadishu",
        "At least 32 people were killed and 63 wounded when al-Shabaab militants attacked a busy "
        "beachfront restaurant on Mogadishu's Lido beach on Friday night, police said on "
        "Saturday. A suicide bomber blew himself up at the entrance as families and young people "
        "gathered for the weekend, before gunmen stormed the building, witnesses told Garowe "
        "Online. Security forces killed five attackers and ended the siege after about four "
        "hours, a police spokesman said, adding that one attacker had been captured alive. "
        "Ambulances ferried the wounded to Madina hospital and the Turkish-run Erdogan hospital, "
        "where relatives queued to donate blood. Among the dead were a soldier and several "
        "students who had come to watch the sunset, relatives said. Al-Shabaab, which is linked "
        "to al-Qaeda, claimed responsibility through its Andalus radio. The group has attacked "
        "Lido beach several times in recent years, targeting hotels and restaurants popular with "
        "officials and the diaspora. President Hassan Sheikh Mohamud condemned the attack and "
        "vowed to press on with the offensive against the militants.",
        "T V E",
        "suicide and gun attack",
    ),
    (
        "M23 rebels claim Goma as bodies lie in streets and hospitals overflow",
        "M23 rebels backed by Rwandan troops said on Monday they had taken control of Goma, the "
        "largest city in eastern Democratic Republic of Congo, after a lightning advance that sent "
        "hundreds of thousands of people fleeing. Gunfire and explosions were heard through the "
        "night in several neighbourhoods and around the airport, residents told The EastAfrican, "
        "and fighting continued on Tuesday near the border with Rwanda's Gisenyi town. Bodies lay "
        "in some streets, and the International Committee of the Red Cross said the hospital it "
        "supports in Goma was overwhelmed with wounded civilians and soldiers. More than 3,000 "
        "inmates escaped from Munzenze prison during the night, according to the UN. Displacement "
        "camps on the outskirts of Goma, home to more than 400,000 people, emptied as families "
        "fled towards the city centre or across the border. The UN said humanitarian operations "
        "had been suspended and that a World Food Programme warehouse had been looted. Kinshasa "
        "has cut diplomatic ties with Kigali, accusing it of invasion, while Rwanda says it is "
        "protecting its border. Peacekeepers from South Africa, Malawi and Uruguay were killed in "
        "fighting in the days before the fall of the city.",
        "B D H",
        "city captured",
    ),
    (
        "Islamic State-backed rebels kill worshippers at Congo church vigil",
        "Rebels of the Allied Democratic Forces (ADF) attacked a Catholic church in Komanda, in "
        "northeastern Congo's Ituri province, during an overnight prayer vigil, killing at least "
        "38 people, a civil society leader and the United Nations said on Sunday. Attackers armed "
        "with guns and machetes entered the church compound in the early hours of Sunday and also "
        "set fire to several houses and shops nearby, said Jean-Bosco Mandro, a civil society "
        "coordinator in Komanda. Burned bodies were still being recovered on Sunday afternoon. "
        "The ADF, which originated in Uganda and has pledged allegiance to Islamic State, has "
        "killed thousands of civilians in Ituri and North Kivu in recent years. Islamic State "
        "claimed the attack via its Telegram channels. The UN mission in Congo, MONUSCO, said it "
        "was 'deeply saddened' and had deployed peacekeepers to the area. A Congolese army "
        "spokesman in Ituri said the attackers had come from a stronghold about 12 km away and "
        "struck the church in reprisal for military operations against them.",
        "V T",
        "attack on church",
    ),
    (
        "Kaduna: Bandits abduct pupils, teachers from Kuriga school",
        "Suspected bandits on Thursday morning abducted scores of pupils and some teachers from a "
        "school in Kuriga, Chikun Local Government Area of Kaduna State, residents told Daily "
        "Trust. The gunmen, who arrived on motorcycles shortly after the pupils had assembled at "
        "about 8am, surrounded the premises of the government primary and secondary school and "
        "herded the children into the bush. A teacher who escaped said the school had more than "
        "600 pupils on its register, and that the assembly had just ended when the shooting "
        "started. Residents said a local vigilante who tried to pursue the abductors was shot "
        "dead. The headmaster told Governor Uba Sani during a visit to the community that 287 "
        "pupils were unaccounted for, though some later found their way home. The governor said "
        "security agencies had been deployed to rescue the children and urged parents to remain "
        "calm. Kuriga has been attacked several times by bandits in recent years, and residents "
        "said some farmers had abandoned their farms for fear of being kidnapped.",
        "V",
        "school abduction",
    ),
    (
        "Benue: Death toll rises as survivors recount night attack on Yelwata",
        "Survivors of an overnight attack on Yelwata, a community in Guma Local Government Area "
        "of Benue State, said on Saturday that gunmen went from house to house shooting residents "
        "and setting buildings ablaze, some with families inside. The attack began late on Friday "
        "and lasted several hours, according to residents who spoke to PREMIUM TIMES by phone. "
        "Amnesty International Nigeria said more than 100 people were killed, while the police "
        "gave a lower figure and said the toll was still being verified. Many of the victims were "
        "displaced farmers who had been sleeping in the market square after fleeing earlier "
        "attacks on their villages, a community leader, who asked not to be named, said. "
        "Residents blamed armed herders, echoing accusations that have followed a string of "
        "attacks on farming communities in the state this year. Hundreds of survivors fled to "
        "Makurdi, the state capital, where the state emergency management agency said it was "
        "registering new arrivals at a camp on the outskirts. Governor Hyacinth Alia described the "
        "killings as senseless and asked the federal government to deploy more troops to the "
        "area. President Bola Tinubu ordered security agencies to arrest the perpetrators.",
        "V D",
        "village massacre",
    ),
    (
        "Army admits drone strike that killed villagers at Maulud celebration was an error",
        "The Nigerian Army on Monday admitted that a drone strike which killed scores of villagers "
        "celebrating Maulud in Tudun Biri, Igabi Local Government Area of Kaduna State, on Sunday "
        "night was a mistake. The General Officer Commanding 1 Division told journalists in "
        "Kaduna that the drone was on a routine mission against terrorists and had "
        "'inadvertently' hit the community. Residents said the villagers had gathered in an open "
        "space to mark the birthday of the Prophet when the first bomb fell, and that a second one "
        "struck as people rushed to help the wounded. The village head said 85 bodies had been "
        "buried, including women and children, and that at least 66 people were receiving "
        "treatment at Barau Dikko Teaching Hospital in Kaduna. 'They were not bandits, they were "
        "our people celebrating,' said a resident who lost four relatives. Governor Uba Sani "
        "visited the wounded and ordered an investigation, and President Bola Tinubu described the "
        "incident as very unfortunate. Rights groups said the strike was the latest in a series of "
        "errant air strikes by the military in the north-west and north-east.",
        "E V",
        "errant drone strike",
    ),
    (
        "Junta jets and helicopter kill scores at village ceremony in Sagaing's Kanbalu",
        "More than 100 people, including children, were killed on Tuesday morning when a junta "
        "fighter jet bombed a crowd gathered for the opening of a local administration office in "
        "Pazigyi village, Kanbalu Township, Sagaing Region, residents and resistance sources told "
        "The Irrawaddy. A Mi-35 helicopter gunship then fired on people who were trying to help "
        "the wounded, they said. About 300 villagers had gathered for the ceremony, and some were "
        "being served food when the jet struck at about 8am. 'There were bodies everywhere, we "
        "could not tell who was who,' said a member of the local People's Defense Force (PDF) who "
        "was helping to collect remains. The junta's spokesman confirmed the air strike on state "
        "television, saying the military had targeted the PDF and that some of those killed may "
        "have been forced to support the resistance. The UN human rights chief said he was "
        "horrified and called for those responsible to be held accountable. The regime has "
        "increasingly relied on air power against resistance forces in Sagaing, a stronghold of "
        "opposition to the 2021 coup.",
        "E V",
        "airstrike on gathering",
    ),
    (
        "MNDAA seizes military command in Lashio as residents flee town",
        "The Myanmar National Democratic Alliance Army said on Saturday it had captured the "
        "military's Northeastern Command headquarters in Lashio, the largest town in northern "
        "Shan State, after almost a month of fighting. If confirmed, it would be the first "
        "regional command headquarters to fall to an armed group since the 2021 coup, a major "
        "blow to the regime. The MNDAA, one of the three members of the Brotherhood Alliance, "
        "released video of its fighters standing in front of the command's main gate. Residents "
        "told Frontier that junta aircraft had bombed several wards of the town in the past week, "
        "and that a market near the railway station had been destroyed. Tens of thousands of "
        "people have fled Lashio since fighting resumed in early July after the collapse of a "
        "China-brokered ceasefire, many heading to Mandalay or Taunggyi, while others sheltered in "
        "monasteries outside town. 'We left with only our clothes,' said a woman who reached "
        "Mandalay by bus after a two-day journey through junta checkpoints. The military has not "
        "commented on the fall of the command.",
        "B E D",
        "command captured",
    ),
    (
        "Junta keeps bombing Sagaing villages days after quake, despite declared truce",
        "Myanmar's military regime carried out air strikes on at least two villages in Sagaing "
        "Region over the weekend, killing seven people, resistance groups and residents said, even "
        "as rescue teams in the region were still pulling bodies from buildings flattened by last "
        "month's earthquake. On Sunday, a junta aircraft dropped two bombs on a village in Myaung "
        "Township, killing five people, including a 12-year-old girl, and destroying a monastery "
        "where villagers who had lost their homes in the quake were sheltering, a local "
        "administrator of the National Unity Government said. Two people were killed on Saturday "
        "when a paramotor dropped explosives on a village in Depayin Township, residents said. The "
        "regime announced a temporary ceasefire on April 2 to support the relief effort, "
        "following similar pledges by the Three Brotherhood Alliance and the NUG. The UN human "
        "rights office said it had recorded dozens of attacks by the military since the quake. Aid "
        "workers said junta checkpoints were slowing the delivery of tents and medicine to "
        "quake-hit towns held by resistance forces. The regime's spokesman said troops were only "
        "responding to attacks by 'terrorists'.",
        "E H",
        "airstrikes during truce",
    ),
]
