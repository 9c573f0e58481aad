"""dev119 positives, Africa: whole articles reporting current organised violence."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Drone strike on market in Sudan's North Kordofan kills dozens, medics say",
        "A drone strike on a weekly market in the town of Bara in Sudan's North Kordofan state "
        "killed at least 32 people on Sunday, the Sudan Doctors Network said, accusing the "
        "paramilitary Rapid Support Forces (RSF) of carrying out the attack. The group said women "
        "and children were among the dead and that dozens more were wounded, many of them traders "
        "who had come in from surrounding villages. The RSF did not comment; it has previously "
        "denied targeting civilians and accuses the army of bombing markets in Darfur. A local "
        "volunteer told RFI the drone struck at midday, when the market was at its busiest, and "
        "that a second strike hit people who had rushed to help the wounded. The town's only "
        "hospital was overwhelmed, and some of the injured were carried by donkey cart and pick-up "
        "truck to El Obeid, about 60 kilometres to the south. Bara has changed hands several times "
        "this year as the army and the RSF fight for control of Kordofan. Since the RSF took El "
        "Fasher, the army's last stronghold in Darfur, fighting has shifted east, and the UN says "
        "tens of thousands of people have fled towns in the region in recent weeks. The war, which "
        "began in April 2023, has displaced about 12 million people.",
        "E V D H",
        "drone strike on market",
    ),
    (
        "Survivors of El Fasher reach Tawila with accounts of killings on the road",
        "Thousands of people who fled the Sudanese city of El Fasher have arrived in recent days "
        "in the town of Tawila, about 60 kilometres to the west, many of them exhausted, "
        "dehydrated and separated from relatives, aid workers said on Thursday. The paramilitary "
        "Rapid Support Forces seized El Fasher last week after a siege of 18 months. Doctors "
        "Without Borders (MSF) said its teams had treated more than 400 people in two days, "
        "including children with severe acute malnutrition and adults with gunshot wounds. "
        "Several new arrivals told VOA that RSF fighters had stopped them at checkpoints outside "
        "the city, separated the men from the women and shot some of the men. 'They asked every "
        "man which tribe he belonged to,' said Adam, a 34-year-old teacher who walked for three "
        "days with his mother and two children. 'My neighbour answered, and they shot him in "
        "front of us.' The RSF has said it will investigate what it called individual violations "
        "and denies systematic attacks on civilians. The UN migration agency said more than 70,000 "
        "people had fled El Fasher and nearby villages since the city fell, while thousands more "
        "are believed to be trapped. Tawila already hosted hundreds of thousands of displaced "
        "people, and aid groups say water, shelter and food are running out. The Norwegian "
        "Refugee Council said many families were sleeping in the open under trees, with only "
        "plastic sheets for cover, and that latrines had been overwhelmed. Satellite images "
        "analysed by Yale University's Humanitarian Research Lab showed clusters of objects "
        "consistent with bodies near the berm the RSF built around El Fasher during the siege. "
        "The UN human rights office said it had received reports of hundreds of people killed "
        "inside the city, including patients and staff at the Saudi Maternity Hospital. The "
        "RSF's leader, Mohamed Hamdan Dagalo, said in a video that fighters who committed abuses "
        "would be held to account. Sudan's army-backed government in Port Sudan called on the "
        "international community to designate the RSF a terrorist organisation.",
        "D H V",
        "displacement after capture of city",
    ),
    (
        "Dozens killed in attack on Catholic church in eastern DR Congo's Ituri province",
        "At least 38 people were killed when fighters of the Allied Democratic Forces (ADF) "
        "attacked a Catholic parish in Komanda, in the Democratic Republic of Congo's Ituri "
        "province, during a night vigil on Sunday, local officials and the UN said. Worshippers "
        "were gathered in the church compound when the attackers arrived with guns and machetes "
        "shortly after 1 am, witnesses said. Several houses and shops nearby were also set on "
        "fire. 'We have counted bodies inside the church and in the street,' said Dieudonne "
        "Duranthabo, a civil society coordinator in Komanda, adding that the toll could rise as "
        "the search went on. The ADF, an armed group of Ugandan origin that has pledged allegiance "
        "to the Islamic State group, has killed thousands of civilians in Ituri and North Kivu "
        "over the past decade. The Islamic State group claimed the attack on its Telegram "
        "channels on Monday. The UN peacekeeping mission, MONUSCO, said it had sent a rapid "
        "reaction unit to the area and was helping to evacuate the wounded to Bunia. Congo's army, "
        "which has run joint operations against the ADF with Ugandan troops since 2021, said it "
        "was pursuing the attackers. The Vatican said the pope was praying for the victims.",
        "V T",
        "massacre at church",
    ),
    (
        "Fighting flares in DR Congo's South Kivu highlands despite Doha framework",
        "Fighting between M23 rebels and pro-government militias known as Wazalendo has forced "
        "thousands of people to flee villages in the highlands above Uvira in eastern Democratic "
        "Republic of Congo this week, local authorities and aid groups said. The clashes began on "
        "Monday around Lemera and spread to several hilltops nearby, according to a civil society "
        "leader, who said heavy weapons could be heard from the Ruzizi plain. The M23, part of the "
        "Alliance Fleuve Congo (AFC), said it had been attacked and accused Kinshasa of arming "
        "the militias in breach of the framework agreement signed in Doha. The government said the "
        "rebels were trying to extend the territory they hold towards the border with Burundi. The "
        "UN refugee agency said more than 9,000 people had crossed into Burundi since Monday, most "
        "of them women and children, and that others had taken refuge in churches and schools in "
        "Uvira. 'We left everything, even the goats,' said Bahati, a farmer who reached the town "
        "with six children. The M23, which Kinshasa and UN experts say is backed by Rwanda, seized "
        "Goma and Bukavu early last year; Rwanda denies supporting it. A new round of talks was "
        "due to open in Qatar later this month.",
        "B D",
        "clashes between rebels and militias",
    ),
    (
        "Jihadists burn fuel tankers on Mali highway as blockade deepens shortages in Bamako",
        "Fighters from the al-Qaeda-linked group JNIM attacked a convoy of fuel tankers escorted "
        "by the army on the road between Kayes and Bamako on Tuesday, setting dozens of lorries on "
        "fire, security sources and drivers' unions said. The army said its escort had driven off "
        "the attackers near the town of Kati but gave no toll. A drivers' union official told RFI "
        "that at least five soldiers and three drivers were killed and that several other drivers "
        "were missing. JNIM announced a blockade on fuel imports into Mali in September, targeting "
        "tankers coming from Senegal and Ivory Coast. Queues stretched for kilometres outside "
        "filling stations in Bamako on Wednesday, and some motorcycle taxi drivers said they had "
        "waited all night. The government has closed schools and universities for two weeks, "
        "citing the difficulty of getting pupils and staff to class. Doctors at the Gabriel Toure "
        "hospital said fuel for generators was being rationed, with priority for operating "
        "theatres and the neonatal ward. The military junta, in power since 2020, has promised to "
        "secure the supply routes and says the blockade will fail. Prices of petrol on the "
        "black market in Bamako have more than tripled, and many small businesses that depend on "
        "generators have shut their doors. Several embassies, including those of the United "
        "States and Britain, have advised their citizens to leave the country while commercial "
        "flights are still available. The blockade has also hit the mining towns of the west, "
        "where gold is Mali's main export. JNIM has set fire to more than a hundred tankers since "
        "September, according to transporters' unions, who say drivers are refusing to travel "
        "without an escort. Convoys now move in long columns protected by armoured vehicles and "
        "helicopters, slowing deliveries further. Neighbouring Senegal said it was ready to help "
        "secure the corridor but has not sent troops.",
        "B T H",
        "attack on convoy",
    ),
    (
        "Burkina Faso army says it repelled jihadist assault on Djibo base",
        "Burkina Faso's army said on Friday it had repelled a large-scale attack by jihadist "
        "fighters on its base in Djibo, in the north of the country, killing several dozen "
        "assailants in fighting that lasted several hours. The assault began at dawn on Thursday, "
        "when hundreds of fighters on motorbikes attacked the base and checkpoints around the town "
        "from three directions, a security source told France 24 on condition of anonymity. The "
        "source said at least 17 soldiers and members of the Volunteers for the Defence of the "
        "Homeland (VDP), a civilian auxiliary force, were killed, and that air force drones struck "
        "the attackers as they withdrew. JNIM, the Sahel's al-Qaeda affiliate, claimed the attack "
        "in a statement on Friday and said it had seized weapons and vehicles. The army's "
        "statement made no mention of its own losses. Djibo, home to tens of thousands of people "
        "who fled surrounding villages, has been encircled by jihadists for more than three years "
        "and is supplied largely by air. Information from the north is difficult to verify, as "
        "the junta led by Captain Ibrahim Traore has restricted access for journalists and "
        "suspended several foreign media, France 24 among them.",
        "B T E",
        "attack on army base",
    ),
    (
        "Suicide bomber kills at least 13 at Mogadishu army recruitment centre",
        "A suicide bomber blew himself up among young men queueing to join the Somali army at a "
        "recruitment centre in Mogadishu on Sunday morning, killing at least 13 people and "
        "wounding more than 20, police and hospital officials said. The attacker, who witnesses "
        "said wore an explosive vest, walked into the crowd at the gate of the Damanyo military "
        "camp in the Hodan district as recruits were being registered. 'There was a huge blast "
        "and then people were lying everywhere,' said Abdullahi Hassan, who runs a shop across the "
        "road. Al-Shabaab, the al-Qaeda-linked militant group, said in a statement carried by a "
        "website close to it that it had carried out the attack. The Aamin ambulance service took "
        "the wounded to Medina and Erdogan hospitals. The government condemned what it called a "
        "cowardly terrorist act and said recruitment would continue.",
        "E T",
        "suicide bombing",
    ),
    (
        "Drone strike and clashes with Fano militia kill civilians in Ethiopia's Amhara, residents say",
        "A drone strike hit a minibus on a road near the town of Debre Markos in Ethiopia's Amhara "
        "region on Wednesday, killing at least nine passengers, residents and a health worker told "
        "VOA. The strike came a day after heavy fighting between federal troops and Fano militia "
        "fighters around nearby villages, residents said, adding that shops had stayed shut and "
        "soldiers were blocking roads. 'The minibus was carrying traders going to the market,' "
        "said a man who helped take the wounded to hospital and asked not to be named for fear of "
        "reprisals. A health worker at the Debre Markos Comprehensive Specialized Hospital said it "
        "had received 14 wounded people, some with severe burns. Ethiopia's government did not "
        "respond to a request for comment; it has said its operations target extremist armed "
        "groups, not civilians. Fano, a loose network of ethnic Amhara militias that fought "
        "alongside the federal army in the Tigray war, turned against the government in 2023 "
        "after it moved to disband regional forces. Rights groups have documented dozens of drone "
        "strikes in Amhara since then, some of which hit markets, schools and buses. Verification "
        "is hard because of restrictions on journalists and frequent internet shutdowns.",
        "E B",
        "drone strike and clashes",
    ),
    (
        "Thousands flee as insurgents raid villages in Mozambique's Cabo Delgado",
        "More than 20,000 people have fled their homes in Mozambique's northern Cabo Delgado "
        "province over the past week after insurgents linked to the Islamic State group raided "
        "villages in the Ancuabe and Chiure districts, the International Organization for "
        "Migration (IOM) said on Friday. Residents said armed men arrived at night, set fire to "
        "houses and beheaded at least six people, among them a village leader in Mazeze. 'They "
        "came shouting and burning. We ran into the bush with the children,' a woman who reached "
        "the town of Chiure told SABC News by telephone. Many of the displaced are sheltering in "
        "schools and churches or with relatives, and aid agencies say food and clean water are "
        "scarce. The insurgency, which began in 2017, has killed more than 6,000 people and at its "
        "height displaced over a million. Mozambique's defence forces and Rwandan troops, "
        "deployed in the province since 2021, said reinforcements had been sent to the area. The "
        "Islamic State's Mozambique branch claimed several of the attacks and published "
        "photographs of burning homes. Save the Children said at least four in ten of those "
        "fleeing were children, some displaced for the second or third time.",
        "V T D H",
        "insurgent raids on villages",
    ),
    (
        "Gunmen abduct schoolgirls in Nigeria's Kebbi state, killing vice-principal",
        "Armed men stormed a government girls' secondary school in the town of Maga in "
        "north-western Nigeria's Kebbi state before dawn on Monday and abducted at least 25 "
        "students from their dormitory, police said. The attackers, who arrived on motorcycles, "
        "exchanged fire with police officers guarding the school before breaking into the hostel, "
        "police spokesman Nafiu Abubakar said in a statement. The vice-principal was shot dead as "
        "he tried to stop them, and a security guard was wounded. Parents gathered outside the "
        "gates on Monday morning as soldiers and police combed nearby forests. 'My daughter is 15. "
        "I only want to see her alive,' said Aisha Musa, whose daughter was among those taken. "
        "Nigeria's north-west has for years been plagued by heavily armed gangs, known locally as "
        "bandits, who raid villages, kill residents and carry out mass abductions for ransom. "
        "President Bola Tinubu ordered security chiefs to spare no effort to rescue the girls and "
        "postponed a foreign trip. Kebbi authorities closed boarding schools in several local "
        "government areas as a precaution. More than 1,500 students have been kidnapped in Nigeria "
        "since the abduction of 276 girls from Chibok in 2014, according to UNICEF.",
        "V B",
        "mass abduction from school",
    ),
]
