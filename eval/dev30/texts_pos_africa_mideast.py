"""Positives of eval/dev30, Africa and the Middle East: (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Shells hit Abu Shouk camp as RSF tightens siege of El Fasher",
        "EL FASHER, Sudan — Artillery shells fired by the paramilitary Rapid Support Forces "
        "struck the Abu Shouk displacement camp on the northern edge of El Fasher on Sunday, "
        "killing at least 19 people, among them six children, according to the camp's emergency "
        "response room. Volunteers said the shells landed near a water point where women had "
        "queued since dawn, and that several of the wounded died because the nearest functioning "
        'clinic had run out of dressings. "They know this is a camp. Everybody knows it is a '
        'camp," said one volunteer reached by satellite phone, who asked not to be named for '
        'fear of reprisals. "There are no soldiers here, only people who already ran once." The '
        "RSF did not respond to requests for comment. The group has in the past denied targeting "
        "civilians and accused the army of using camps as cover. Abu Shouk shelters tens of "
        "thousands of people who fled earlier rounds of fighting in Darfur, and aid groups say "
        "it has been shelled repeatedly since the paramilitaries encircled El Fasher, the last "
        "major city in the region still held by the army and its allied armed movements. "
        "Thousands of families left the camp over the past week, walking west towards Tawila, a "
        "journey of more than 50 kilometres on roads where travellers report being robbed and "
        "beaten at checkpoints. The World Food Programme said no convoy had reached El Fasher "
        "for months and that famine conditions had already been confirmed in nearby Zamzam camp. "
        "Doctors at the Saudi hospital, one of the few still operating in the city, said they "
        "were treating wounded people on the floor. Sudan's war between the army and the RSF "
        "broke out in April 2023 and has killed tens of thousands of people and driven more than "
        "12 million from their homes, the largest displacement crisis in the world. In a "
        "statement on Monday, the UN humanitarian coordinator for Sudan said she was appalled by "
        "the attack and reminded all parties that camps for displaced people were protected "
        "under international humanitarian law. Médecins Sans Frontières, which supported a "
        "clinic in Abu Shouk until its staff had to withdraw, said the wounded it had been able "
        "to reach had shrapnel injuries to the head and abdomen. Residents said families were "
        "now digging shelters in the ground next to their huts and covering them with sheets of "
        'metal and sandbags. "When we hear the whistle, we jump inside with the children," a '
        "mother of five said. Prices in the camp's market have multiplied, and a sack of millet "
        "costs more than a teacher used to earn in a month. Local volunteers run communal "
        "kitchens that serve one meal a day, but several have closed as supplies ran out.",
        "E V D H",
        "shelling",
    ),
    (
        "M23 rebels enter Goma as thousands flee toward Rwanda border",
        "GOMA, Democratic Republic of Congo — Fighters of the M23 rebel group pushed into the "
        "centre of Goma on Monday after a night of heavy gunfire, as Congolese soldiers and "
        "allied militias withdrew from several districts and residents sheltered indoors. "
        "Witnesses described bodies in the streets near the airport road and said the rebels, "
        "who are backed by Rwanda according to UN experts, had taken the main border post with "
        "the Rwandan town of Gisenyi. Congo's government said the advance was \"a declaration of "
        "war\" and called the rebels' entry a violation of its sovereignty. Rwanda denies arming "
        "the group. Fighting continued into the afternoon around the military camp at Katindo, "
        "where some soldiers were still resisting, a security source said. Hospitals run by the "
        "Red Cross and by Doctors Without Borders reported receiving hundreds of wounded, many "
        'with gunshot and shrapnel injuries, and said they were running out of beds. "We are '
        'putting patients in tents in the courtyard," one doctor said. Electricity and water '
        "were cut across most of the city. The UN refugee agency said families who had already "
        "fled to camps on the outskirts of Goma were on the move again, some towards the city "
        "centre and others across Lake Kivu or into Rwanda. Aid agencies suspended distributions "
        "and withdrew non-essential staff. Goma, a city of about two million people, had swollen "
        "with people who fled the M23's advance through North Kivu over the previous three "
        "years. The rebels briefly held the city in 2012 before withdrawing under international "
        "pressure. The latest offensive began in early January, when the group took Minova, a "
        "key supply town on the road south to Bukavu. The UN Security Council was due to hold an "
        "emergency meeting on the crisis, and several European governments called on Rwanda to "
        "withdraw its troops from Congolese territory. In Kinshasa, protesters angry at what "
        "they called the international community's silence attacked several embassies, including "
        "those of France, Belgium, the United States and Rwanda, and set fires at their gates "
        "before police dispersed them with tear gas. South Africa said several of its soldiers "
        "serving with a regional force in the area had been killed in the fighting around Goma, "
        "and Uruguay said one of its peacekeepers had died. Aid workers said an estimated "
        "400,000 people had been displaced in the area since the start of the year, many of them "
        "sheltering in schools, churches and overcrowded camps, where the risk of cholera and "
        "mpox outbreaks was high.",
        "B D H U",
        "offensive",
    ),
    (
        "Islamist militants kill worshippers at night vigil in eastern Congo",
        "BUNIA, Democratic Republic of Congo — Attackers armed with guns and machetes stormed a "
        "Catholic church in Komanda, in the Ituri province of eastern Congo, during a night "
        "vigil, killing at least 38 people, a local civil society leader and the UN mission said "
        "on Sunday. Several houses and shops nearby were set on fire, and survivors said the "
        'attackers went from door to door after leaving the church. "We counted the bodies in '
        'the church compound at dawn," said Dieudonné Lossa, a civil society coordinator in the '
        'area. "Some of the victims were children who had come with their mothers to pray." The '
        "army blamed the Allied Democratic Forces, a group that originated in Uganda and has "
        "pledged allegiance to the Islamic State, which later claimed the attack on its Telegram "
        "channels. An army spokesman in Ituri said the assailants had come from a forest area "
        "about 12 kilometres away and had fled before troops arrived. The UN mission, known as "
        "MONUSCO, condemned what it called a heinous attack on worshippers and called on the "
        "authorities to bring those responsible to justice. Pope Leo expressed his closeness to "
        "the victims' families. The ADF has killed thousands of civilians in North Kivu and "
        "Ituri over the past decade, despite a joint military operation by the armies of Congo "
        "and Uganda launched in 2021. Residents of Komanda said many families had left the town "
        "after the attack and were sleeping in the compound of a parish in a neighbouring "
        "village.",
        "V T D",
        "church_attack",
    ),
    (
        "Female suicide bombers strike wedding and hospital in Nigeria's Gwoza",
        "MAIDUGURI, Nigeria — A series of suicide bombings in the town of Gwoza in north-east "
        "Nigeria killed at least 18 people and wounded more than 40 on Saturday, the Borno State "
        "emergency management agency said. The first bomber, a woman carrying a baby on her "
        "back, detonated explosives at a wedding party, officials said. Minutes later a second "
        "blast hit the entrance of the general hospital, where relatives of the wounded had "
        "gathered, and a third went off at a funeral. Among the dead were children and pregnant "
        "women, the agency's director-general said. No group claimed the attacks immediately, "
        "but the military and local officials blamed Boko Haram, the jihadist group that has "
        "waged an insurgency in the region since 2009 and that has repeatedly used women and "
        'children as suicide bombers. "The terrorists want to show they are still here," said a '
        "member of a civilian militia that works alongside the army in Gwoza. Security was "
        "tightened across Borno and a curfew imposed in the town, which was briefly held by Boko "
        "Haram in 2014 before the army retook it. The governor of Borno, Babagana Zulum, visited "
        'the wounded in Maiduguri and condemned what he called "a barbaric act against innocent '
        'people at a wedding". The conflict in the north-east has killed more than 40,000 people '
        "and displaced about two million, according to the United Nations. Witnesses said the "
        'wedding guests had been dancing in a courtyard when the first bomber walked in. "She '
        'came in as if she was one of the guests. Then there was fire and smoke," said a man who '
        "lost two cousins. Several of the wounded were taken by road to Maiduguri, about 135 "
        "kilometres away, because the hospital in Gwoza could not cope, and the road is often "
        "attacked. The army said soldiers had arrested a suspected accomplice who was seen near "
        "the hospital before the second explosion. Aid groups said the attacks would deepen fear "
        "in camps for displaced people around Gwoza, where thousands of families live after "
        "being forced from their villages. Amnesty International called on the authorities to "
        "investigate and to protect civilians.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Al-Shabaab gunmen storm Mogadishu beach hotel, killing dozens",
        "MOGADISHU — Al-Shabaab fighters attacked a popular beachfront hotel in the Somali "
        "capital on Friday evening, setting off a car bomb at the gate before gunmen stormed the "
        "building, where families had gathered at the end of the week. Security forces fought "
        "the attackers for several hours before ending the siege early on Saturday, police said, "
        "and at least 32 people were killed and 63 wounded. Police spokesman Abdifatah Aden "
        "Hassan said five attackers had been involved; four were shot dead and one blew himself "
        'up. "People were running into the sea to escape the bullets," said Abdullahi Hassan, a '
        "waiter who hid in a kitchen storeroom. The al-Qaeda-linked group claimed responsibility "
        "in a statement on a website it uses, saying it had targeted officials and members of "
        "the security forces who frequented the hotel. Most of the dead were civilians, "
        "relatives and hospital staff said. Lido beach is one of the few places in the city "
        "where young people go out in the evenings, and it has been attacked before. Al-Shabaab "
        "has been fighting for more than 15 years to overthrow Somalia's federal government, and "
        "it regularly carries out bombings and gun attacks in the capital despite an offensive "
        "launched by the government in 2022 that retook territory in central Somalia. The prime "
        "minister ordered an investigation into how the attackers passed the checkpoints that "
        "surround the area. Relatives searched for missing family members at Medina and Erdogan "
        "hospitals on Saturday, where doctors said they were short of blood and surgeons. Among "
        "the dead was a soldier who had been off duty and was shot as he tried to help guests "
        'escape, as well as several young men who had been playing football on the beach. "My '
        'brother went for tea with his friends. We found him at the morgue," said a woman '
        "outside Medina hospital. The government said the security forces had rescued dozens of "
        "people trapped in the hotel during the night. Somalia's president called the attack a "
        "cowardly crime against unarmed people and said it would not weaken the campaign against "
        "al-Shabaab. The US embassy, the African Union mission and the UN condemned the attack.",
        "B E T V",
        "hotel_siege",
    ),
    (
        "Jihadists attack police academy and airport in Mali's capital",
        "BAMAKO — Gunmen attacked a gendarmerie training school and a military section of the "
        "airport in Mali's capital early on Tuesday, in the most serious assault on Bamako in "
        "nearly a decade, the army said. Explosions and gunfire were heard from before dawn "
        "until late morning near the school in the Faladié district, and smoke rose over the "
        "airport, where a presidential aircraft was set on fire, according to videos posted "
        'online. The army said in a statement that "a group of terrorists" had tried to enter '
        'the school and that the situation was under control after a "combing operation". It did '
        "not give a death toll, but hospital and security sources said more than 70 people had "
        "been killed, most of them trainee gendarmes. Jama'at Nusrat al-Islam wal-Muslimin, or "
        "JNIM, al-Qaeda's affiliate in the Sahel, claimed responsibility and said its fighters "
        "had inflicted heavy losses. Flights were suspended for the day and roads towards the "
        "airport were closed. Mali has been run by a military government since coups in 2020 and "
        "2021, which ended cooperation with France and brought in Russian mercenaries to fight "
        "the jihadists. The attack showed that the groups could strike the capital, hundreds of "
        "kilometres from the areas in the centre and north where they usually operate, analysts "
        'said. "It is a message to the junta that nowhere is safe," said one regional security '
        "researcher. Residents of Faladié said the shooting woke them before the first call to "
        'prayer. "We heard explosions, then long bursts of gunfire, and we stayed under our beds '
        "until ten o'clock,\" said a shopkeeper who lives a few hundred metres from the school. "
        "Roads around the area were blocked by soldiers, and schools in the neighbourhood kept "
        "children at home. The government later announced that several suspects had been "
        "arrested and that an investigation had been opened. In the days after the attack, "
        "several people of Fulani ethnicity were detained and harassed in Bamako, according to "
        "rights groups, which called on the authorities to avoid collective reprisals against a "
        "community often accused of supporting the jihadists. The junta's leader, General Assimi "
        'Goïta, visited the wounded in hospital and praised the "bravery" of the defence forces.',
        "B T M",
        "raid",
    ),
    (
        "Hundreds feared dead after jihadists fire on villagers digging trenches in Burkina Faso",
        "OUAGADOUGOU — Fighters from an al-Qaeda affiliate killed a large number of civilians "
        "and soldiers near Barsalogho in central Burkina Faso on Saturday, as residents were "
        "digging trenches around the town on the army's orders, local sources and aid workers "
        "said. JNIM, the jihadist group that operates across the Sahel, claimed the attack, "
        'saying it had targeted "militias" working with the army. Survivors described gunmen on '
        "motorbikes arriving from several directions and firing on men who were in the trenches "
        'with shovels. Videos posted on social media showed bodies lying in a long ditch. "They '
        'shot everyone who moved," one survivor told a humanitarian worker in Kaya, where many '
        'of the wounded were taken. The government confirmed a "terrorist attack" but did not '
        "give a toll; a security source put the number of dead at more than 200, and some local "
        "estimates were much higher. The government declared three days of national mourning. "
        "The area had been under blockade by jihadist groups for months, and food reached "
        "Barsalogho only by army-escorted convoys. Burkina Faso's junta, which took power in "
        "2022 promising to end the insurgency, has mobilised civilians into a volunteer force "
        "and asked towns to dig defences, a policy human rights groups said exposed civilians to "
        "reprisals. The conflict has forced more than two million people in the country from "
        "their homes. Aid workers said the wounded were arriving at the hospital in Kaya in "
        "trucks and on motorbikes, some of them after waiting more than a day for transport "
        'because the road was considered too dangerous. "Many of the injured had gunshot wounds '
        'to the back. They were shot while running," said a health worker who asked not to be '
        "named because the government restricts what staff may say to the press. The government "
        "has suspended several foreign media outlets and expelled journalists over their "
        "coverage of the conflict, making independent reporting difficult. Rights groups called "
        "for an independent investigation and for the authorities to stop forcing civilians to "
        "take part in defence works. Families in Barsalogho said they had buried their dead in "
        "mass graves because there were too many bodies to bury individually.",
        "V T H",
        "massacre",
    ),
    (
        "Ethiopia's Amhara region sees heavy fighting between army and Fano militia",
        "ADDIS ABABA — Ethiopian federal forces and fighters of the Fano militia fought for "
        "control of several towns in the Amhara region this week, residents and aid workers "
        "said, in some of the fiercest fighting since the government declared a state of "
        "emergency there. In Debre Markos, residents said gunfire and heavy weapons were heard "
        "for two days before the militia withdrew to the countryside. A drone strike on a "
        "minibus station in a town in West Gojjam killed at least 12 people, according to two "
        "health workers who treated the wounded, though the government did not comment on the "
        'report. "People do not know where to go. In the town there are soldiers, in the '
        'countryside there is Fano," said a farmer who fled to the regional capital Bahir Dar '
        "with his family. The government's communication service said the security forces had "
        '"taken measures" against "extremist armed groups" and restored order in several '
        "districts. Fano, a loose network of Amhara nationalist militias, fought alongside the "
        "federal army during the war in Tigray but turned against the government after Addis "
        "Ababa moved to disband regional forces in 2023. Internet services in much of the region "
        "have been cut for months, making it difficult to verify reports from the area. The UN "
        "humanitarian office said hundreds of thousands of people in Amhara had been displaced "
        "and that several health facilities had been looted or damaged. Aid convoys have been "
        "blocked on some main roads. The fighting has hit farming communities hard. Farmers in "
        "Gojjam and Gondar said they had been unable to get fertiliser for the planting season "
        "because of road closures, and aid groups warned that food insecurity could worsen in a "
        "region where millions already depend on assistance. Schools have been closed in many "
        "districts for more than a year, and the education bureau said hundreds of schools had "
        "been damaged or looted. Rights groups have accused both sides of abuses, including "
        "extrajudicial killings of civilians suspected of supporting the other side. The "
        "government says it is open to negotiations with Fano, but the militia, which has no "
        "single leadership, has so far rejected talks. Diplomats said the conflict was one of "
        "several that threatened Ethiopia's stability two years after the end of the Tigray war.",
        "B E D H",
        "clashes",
    ),
    (
        "Insurgents attack Mozambique's Macomia, loot shops and clash with troops",
        "PEMBA, Mozambique — Islamist insurgents attacked the town of Macomia in Mozambique's "
        "northern Cabo Delgado province on Friday, fighting Mozambican and South African troops "
        "for most of the day and looting food from shops and warehouses, residents and security "
        "sources said. A resident who fled to the bush said dozens of fighters entered from the "
        'north before dawn and put up a flag in the market. "We heard shooting everywhere, then '
        'we saw them carrying sacks of rice," he said. The attackers, who are linked to the '
        "Islamic State, withdrew after two days of clashes, an army spokesman said, adding that "
        'several "terrorists" had been killed. At least two soldiers were killed. The insurgency '
        "in Cabo Delgado began in 2017 and has killed several thousand people, according to "
        "conflict monitors. Aid agencies said more than 10,000 people had fled Macomia district "
        "and were arriving in Pemba and in Mueda, some on foot. The offensive came as a regional "
        "military mission from southern African countries was leaving Mozambique, with Rwandan "
        "troops remaining in the north to guard gas projects. TotalEnergies, which suspended a "
        "$20 billion liquefied natural gas project after insurgents attacked the town of Palma "
        "in 2021, has said it hopes to resume construction. Analysts said the attack on Macomia "
        "showed the insurgents were still capable of large operations despite losing ground to "
        "the Rwandan forces.",
        "B T D",
        "insurgent_attack",
    ),
    (
        "Kenyan police fire live rounds as protesters storm parliament over tax bill",
        "NAIROBI — Protesters breached Kenya's parliament on Tuesday and set part of the "
        "building on fire after lawmakers passed a finance bill that would raise taxes, and "
        "police opened fire on the crowd, killing at least five people, rights groups said. "
        "Lawmakers were evacuated through an underground tunnel, local media reported. Outside, "
        "police used tear gas and water cannon and fired live ammunition as thousands of mostly "
        "young demonstrators pushed past barricades. Medics at a nearby emergency centre said "
        "they treated dozens of people for gunshot wounds. The governor's office at Nairobi City "
        'Hall was also partly burned. "We came here to be heard. They answered us with bullets," '
        "said a 24-year-old student who helped carry a wounded friend. Protests also took place "
        "in Mombasa, Kisumu and other towns, where witnesses reported clashes and looting. "
        "President William Ruto, in a televised address, called the storming of parliament "
        '"treasonous" and said the government would deploy all resources to prevent a repeat. '
        "The defence minister later announced the deployment of the army to support police. The "
        "Law Society of Kenya and Amnesty International condemned the use of live ammunition. "
        "The protests began a week earlier, organised largely on social media by young people "
        "who said the tax increases would make life unaffordable for ordinary Kenyans. The "
        "government had already dropped some of the proposed measures, including a tax on bread. "
        "By the evening, smoke was still rising from the parliament building, and soldiers were "
        "patrolling the main roads of the city centre. Internet monitoring groups reported "
        "disruptions to connectivity in several parts of the country. Rights groups said several "
        "activists had been abducted from their homes in the days before the vote, allegedly by "
        "plainclothes police officers, and demanded their release. The Kenya Medical Association "
        "said its members who were providing first aid to protesters had been tear-gassed. The "
        "protesters said they would return to the streets on Thursday. Ruto's opponents called "
        "on him to withdraw the bill and to order an investigation into the killings.",
        "U",
        "riot",
    ),
    (
        "Dozens killed near aid distribution site in southern Gaza, health officials say",
        "KHAN YOUNIS, Gaza Strip — At least 27 Palestinians were killed and scores wounded on "
        "Tuesday when gunfire broke out near a food distribution site in Rafah, Gaza's health "
        "ministry and witnesses said, the third such deadly incident in a week. Witnesses said "
        "Israeli troops opened fire as crowds of people walked before dawn along a road towards "
        "the site, run by a US- and Israel-backed foundation that began operating last month. "
        '"We were going to get flour for our children. Then the shooting started and people fell '
        'around me," said Ahmed, 31, who was treated for a leg wound at the Red Cross field '
        "hospital. The International Committee of the Red Cross said its hospital received 184 "
        "patients, the highest number of weapon-wounded in a single incident since it opened, "
        "and that 19 were dead on arrival. The Israeli military said troops had fired at "
        '"suspects" who approached them after leaving a designated route, and that it was '
        "reviewing reports of casualties. The foundation said its distribution had proceeded "
        "without incident at the site itself. UN officials have criticised the new distribution "
        "system, saying it forces hungry people to walk long distances through military zones "
        "and does not meet humanitarian principles. The UN-backed hunger monitor has warned that "
        "the whole population of Gaza faces a risk of famine after a near three-month Israeli "
        "blockade of food and medicine. Israel says the new system prevents aid from being "
        "diverted by Hamas, which denies taking it. Many of the dead and wounded were young men "
        "and teenagers who had set off in the dark to be first in line, relatives said. At "
        "Nasser hospital in Khan Younis, families waited in the courtyard for news, and doctors "
        'said many patients had gunshot wounds to the head and chest. "We go because there is no '
        'other food. We know we may not come back," said a man whose 17-year-old son was killed. '
        "The UN's human rights office said it had recorded hundreds of people killed near aid "
        "sites and along the routes of aid convoys in recent weeks and called for an "
        "investigation. Aid agencies said the handful of distribution points, all in the south, "
        "forced people from northern and central Gaza to make long and dangerous journeys. "
        "Prices of flour in Gaza's markets have risen to more than 20 times their pre-war level.",
        "V H",
        "aid_crowd_shooting",
    ),
    (
        "Hezbollah fires rocket barrage at northern Israel as towns remain empty",
        "JERUSALEM — Hezbollah fired about 50 rockets at northern Israel on Wednesday, setting "
        "fires in open areas near Kiryat Shmona and damaging houses in a community close to the "
        "Lebanese border, the Israeli military and emergency services said. No serious injuries "
        "were reported, but a man in his 60s was treated for shrapnel wounds in Metula. Sirens "
        "sounded across the upper Galilee and the Golan Heights through the afternoon. The "
        "Lebanese armed group said in a statement that it had targeted an army base and a "
        'headquarters "in response to the Zionist enemy\'s attacks" on villages in south '
        "Lebanon. The Israeli military said its jets and artillery struck Hezbollah launch sites "
        "and a weapons depot in response. The exchange was part of almost daily cross-border "
        "fire that began on October 8, 2023, a day after Hamas's attack on Israel. Around 60,000 "
        "Israeli residents of the north have been evacuated from their homes and are living in "
        "hotels and rented flats, and tens of thousands of Lebanese have fled villages in the "
        'south. "I have not slept in my own bed for eight months," said Orna, a resident of '
        "Kiryat Shmona who was staying with her daughter in Haifa. Local officials complained "
        "that the government had no plan for bringing residents home. Firefighters said dry "
        "weather and strong winds had made the blazes caused by the rockets difficult to "
        "contain, and several thousand dunams of forest and pasture were burned.",
        "E D",
        "rocket_attack",
    ),
    (
        "Israel widens air campaign in Lebanon; tens of thousands flee south",
        "BEIRUT — Israeli warplanes struck hundreds of targets across southern Lebanon and the "
        "Bekaa Valley on Monday in the most intense bombing campaign against Hezbollah since "
        "2006, killing at least 490 people, including dozens of children, Lebanon's health "
        "ministry said. The Israeli military said it had hit some 1,600 targets belonging to the "
        "Iran-backed group, including rocket launchers hidden in homes, and urged residents of "
        "villages in the south to leave. Many did not wait. Cars packed with families and "
        "mattresses jammed the coastal highway north towards Beirut and Sidon for hours, and "
        'schools in the capital were opened as shelters. "We left everything. The bombs were '
        'falling on the next street," said Hussein, who drove his wife and three children out of '
        "Nabatieh. The health ministry said hospitals in the south had been told to postpone "
        "non-urgent operations to treat the wounded. Hezbollah said it fired rockets at military "
        "sites in northern Israel in response. Israel's defence minister said the operation, "
        "which followed a wave of exploding pagers and walkie-talkies used by Hezbollah members "
        "the week before, would continue until northern residents could return home safely. The "
        "UN secretary-general said he was alarmed by the escalation and warned that Lebanon "
        'risked becoming "another Gaza". Lebanon\'s government, already struggling with an '
        "economic collapse, asked for international help to house the displaced. The Lebanese "
        "government said the displaced were being housed in schools in Beirut, Mount Lebanon and "
        "the north, and that many families were sleeping in cars or in public parks. Thousands "
        "of Syrians, who had fled the civil war in their own country, crossed back into Syria, "
        "according to the UN refugee agency. Schools across the country postponed the start of "
        "the academic year. In the south, Israeli strikes hit houses, farms and roads in dozens "
        "of villages, and rescue workers said some families were trapped under the rubble of "
        "their homes. The Lebanese Red Cross said its ambulances were struggling to reach some "
        "areas because of the intensity of the strikes. Hezbollah fired more than 200 rockets "
        "and drones at northern Israel during the day, the Israeli military said, some reaching "
        "areas near Haifa, and schools in northern Israel were closed.",
        "E M D H",
        "air_campaign",
    ),
    (
        "Syrian rebels sweep into Aleppo in surprise offensive",
        "BEIRUT — Syrian rebel fighters led by the Islamist group Hayat Tahrir al-Sham entered "
        "Aleppo on Friday, two days after launching a surprise offensive from their stronghold "
        "in Idlib, in the biggest challenge to President Bashar al-Assad's rule in years. Rebels "
        "posted videos of themselves in the city's western districts and outside the citadel, "
        "and a war monitor said government forces had withdrawn from several neighbourhoods with "
        "little resistance. The Syrian army said dozens of its soldiers had been killed in "
        "battles along a front of more than 100 kilometres and that it was regrouping to prepare "
        "a counterattack. Russian jets, which have backed Assad since 2015, struck rebel "
        "positions on the city's outskirts, according to the monitor and to rebels. Residents "
        'said they stayed indoors as gunfire echoed through the night. "Nobody knew what was '
        'happening. Then we saw them in the street," a shopkeeper in the Hamdaniya district '
        "said. Thousands of people, including Kurdish families from the Sheikh Maqsoud district, "
        "fled towards areas held by Kurdish-led forces east of the city, and others tried to "
        "leave for Hama and Homs. Aleppo, Syria's second city, was divided for years before "
        "government forces backed by Russia and Iran retook the rebel-held east in 2016 after a "
        "devastating siege. Analysts said the speed of the advance reflected the weakness of "
        "Assad's allies, with Russia focused on Ukraine and Hezbollah weakened by its war with "
        "Israel. By Saturday, rebel fighters were patrolling the streets and had taken control "
        "of the international airport and several military bases, according to the war monitor. "
        "Pro-government media acknowledged that the army had withdrawn from the city and "
        'described the move as a "temporary redeployment" to prepare a counteroffensive. Syrian '
        "and Russian aircraft struck rebel positions in Idlib and on the outskirts of Aleppo, "
        "killing at least 20 people, according to rescue workers in the opposition-held "
        "north-west. Residents who stayed in the city said shops had started to reopen, but "
        "bread was in short supply. The United Nations said it was deeply concerned about the "
        "safety of civilians and called on all parties to protect them. Turkey, which backs some "
        "of the rebel groups, said it was not involved in the offensive.",
        "B E D H",
        "offensive",
    ),
    (
        "Killings of Alawite civilians on Syria's coast as security forces battle Assad loyalists",
        "LATAKIA, Syria — Hundreds of civilians from Syria's Alawite minority have been killed "
        "in villages on the Mediterranean coast since Thursday, a war monitor said, as the new "
        "government's forces and allied armed groups battled fighters loyal to ousted president "
        "Bashar al-Assad. The Syrian Observatory for Human Rights said gunmen had carried out "
        "summary executions in homes and streets in villages around Baniyas and Jableh, killing "
        "entire families, and that more than 740 civilians had been killed. Survivors described "
        'gunmen asking residents whether they were Alawite before shooting them. "They took my '
        'father and my brother out of the house and shot them in front of the door," a woman '
        "from Baniyas told a journalist by phone. The violence began when Assad loyalists "
        "ambushed security patrols near Jableh, killing several members of the new security "
        "forces, prompting the government to send reinforcements to the coast. The interim "
        "president, Ahmed al-Sharaa, said in a speech that those who had harmed civilians would "
        'be held accountable and announced a committee to investigate. He blamed "remnants of '
        'the former regime" and "foreign parties" for stoking the unrest. Thousands of Alawites '
        "fled into the mountains or sought shelter at a Russian air base at Hmeimim, residents "
        "said. The UN human rights chief called for prompt and impartial investigations. The "
        "Alawite sect, an offshoot of Shia Islam, formed the core of Assad's security apparatus "
        "during a civil war that began in 2011. Videos circulating on social media, some of "
        "which were verified by news organisations, showed men in military uniforms forcing "
        "civilians to crawl and bark before shooting them, and bodies lying in the streets of "
        "Baniyas. The defence ministry said it had set up checkpoints on the coastal highway to "
        "stop unauthorised fighters from entering the area and that any member of the security "
        "forces found to have violated orders would be referred to military courts. Residents "
        "said electricity and water had been cut in several villages, and that bread was running "
        "short because bakeries were closed. Human rights groups said some of the armed groups "
        "involved had only recently been folded into the new army and were poorly disciplined. "
        "The violence is the most serious challenge to the authority of the new government since "
        "it took power in December.",
        "V B D H",
        "massacre",
    ),
    (
        "Houthi missiles set cargo ship ablaze in Red Sea, crew abandon vessel",
        "DUBAI — A bulk carrier was hit by missiles and a drone boat fired by Yemen's Houthi "
        "movement in the Red Sea on Wednesday, setting it ablaze and forcing its crew to abandon "
        "ship, the British military's maritime agency and a security firm said. One crew member, "
        "a seafarer from the Philippines, was missing and believed killed after the explosion "
        "flooded the engine room. The Liberian-flagged, Greek-owned ship was sailing west of the "
        "Yemeni port of Hodeidah when an uncrewed surface vessel struck its stern, followed by "
        "an aerial projectile, the UK Maritime Trade Operations agency said. A US-led naval "
        "coalition rescued the remaining 21 sailors. Houthi military spokesman Yahya Saree said "
        "in a televised statement that the group had targeted the vessel because its owner had "
        "ships that called at Israeli ports. The Houthis, who control Yemen's capital and most "
        "of its populous north, began attacking merchant ships in November 2023 in what they say "
        'is solidarity with Palestinians in Gaza. "These are civilian seafarers doing their '
        'jobs. They have nothing to do with any conflict," said the secretary-general of the '
        "International Maritime Organization. Shipping companies have diverted many vessels "
        "around the Cape of Good Hope, adding weeks to journeys between Asia and Europe. The "
        "attack was one of the most serious since the campaign began. The Philippine government "
        "said it was working with the ship's managers to account for the missing seafarer and to "
        "bring the rest of the crew home, and again urged shipping companies not to send "
        "Filipino sailors through the Red Sea. The burning ship was drifting west of Hodeidah on "
        "Thursday, and maritime security officials warned that it could sink or leak fuel into "
        "the sea. The US and Britain have carried out strikes on Houthi targets in Yemen in "
        "response to the attacks on shipping, but the group has continued to launch missiles and "
        "drones at vessels it considers linked to Israel, the United States or Britain. "
        "Insurance premiums for ships passing through the Bab al-Mandab strait have risen "
        "sharply, and traffic through the Suez Canal has fallen by more than half, cutting "
        "revenues for Egypt.",
        "E V",
        "attack_on_shipping",
    ),
    (
        "US launches wave of strikes on Houthi targets in Yemen",
        "SANAA — The United States carried out a new wave of air strikes on Houthi-held areas of "
        "Yemen overnight, hitting targets in the capital Sanaa, the Red Sea port of Hodeidah and "
        "the northern province of Saada, the Houthis' health ministry and residents said. The US "
        "military's Central Command said it had struck command centres, air defence systems and "
        "weapons storage sites as part of a sustained operation to stop the group's attacks on "
        "shipping and on Israel. It did not say how many targets had been hit. Residents of "
        'Sanaa described powerful explosions that shook buildings in the north of the city. "The '
        'windows broke and the children were screaming," one resident said. The Houthi-run '
        "health ministry said at least 31 people had been killed, including women and children, "
        "a figure that could not be independently verified. The Houthis vowed to respond and "
        "said they had fired missiles at a US aircraft carrier in the Red Sea; the Pentagon said "
        "no US ships had been hit. The US president had announced the campaign days earlier, "
        "saying the strikes would continue until the Houthis stopped firing at commercial "
        "vessels. Yemen has been torn by war since the Houthis seized Sanaa in 2014, prompting a "
        "Saudi-led coalition to intervene in 2015. The UN has described the country as one of "
        "the world's worst humanitarian crises, with millions dependent on food aid.",
        "E M",
        "airstrike",
    ),
    (
        "Twin suicide bombings tear through Baghdad market",
        "BAGHDAD — Two suicide bombers blew themselves up in a crowded clothing market in "
        "central Baghdad on Thursday, killing at least 32 people and wounding more than 100, "
        "Iraq's health ministry said, in the deadliest attack in the capital in three years. The "
        "first attacker claimed to feel ill and drew a crowd around him in Tayaran Square before "
        "detonating his explosive vest, the interior ministry said, and the second blew himself "
        "up as people rushed to help the wounded. Blood-stained clothes and shoes lay among the "
        "stalls after the blasts, and vendors said the market had been busy with people buying "
        'second-hand winter clothes. "I heard the first explosion and ran to help. Then came the '
        'second," said a street vendor who was treated for wounds to his arm. The Islamic State '
        "group claimed responsibility in a statement issued through its news agency. Prime "
        "Minister Mustafa al-Kadhimi ordered a reshuffle of security commanders and said the "
        "attack would not go unpunished. Baghdad had been largely spared such bombings since "
        "Iraq declared victory over Islamic State in 2017, and the city's markets had returned "
        "to life. Security analysts said the group's remaining cells, operating mainly in rural "
        "areas of the north and west, were trying to show they could still strike the capital. "
        "The blasts came days before Iraqis were due to discuss the date of early elections. The "
        "health ministry said all hospitals in Baghdad had been put on alert and that the "
        "wounded had been taken to several hospitals in the city, some of them in a critical "
        "condition. Long queues formed outside blood banks as residents answered calls for "
        "donors. Security forces closed roads around the square and checked cars at checkpoints "
        "across the capital. The attack was condemned by the UN mission in Iraq, by the Vatican, "
        "whose pope was due to visit the country in March, and by neighbouring governments. Shop "
        "owners in the market said they had invested their savings in winter stock and now "
        'feared customers would stay away. "We thought those days were over. Now everybody is '
        'afraid again," said a vendor who sells shoes.',
        "E V T",
        "suicide_bombing",
    ),
    (
        "Iran security forces fire on protesters as unrest over woman's death spreads",
        "DUBAI — Iranian security forces fired live ammunition and tear gas at protesters in "
        "several cities overnight, rights groups said, as demonstrations over the death of a "
        "young woman in the custody of the morality police spread into their second week. Videos "
        "shared on social media showed protesters setting fire to police motorcycles in Tehran "
        "and women burning their headscarves in the streets of Sari and Rasht. The Oslo-based "
        "group Iran Human Rights said at least 76 people had been killed in the crackdown, "
        "including children; state media put the toll, including members of the security forces, "
        "at 41. Mahsa Amini, a 22-year-old Kurdish woman, died after being arrested in Tehran "
        "for allegedly wearing her hijab improperly. Her family say she was beaten; the "
        "authorities say she died of a heart condition. Internet access has been severely "
        'restricted, and Instagram and WhatsApp were blocked. "We are not afraid anymore," a '
        "student in Tehran told a reporter through an encrypted app. The government blamed the "
        'unrest on foreign enemies and said hundreds of "rioters" had been arrested in Gilan '
        "province alone. The Revolutionary Guards warned protesters to stay off the streets. The "
        "protests are the largest in Iran since demonstrations over fuel prices in 2019, which "
        "were also put down by force. In the Kurdish-majority west of the country, where Amini "
        "was from, shops went on strike and rights groups reported the heaviest crackdown, with "
        "security forces firing on crowds in several towns. Several universities in Tehran saw "
        "students chanting against the government and clashing with members of the Basij militia "
        "on campus. Iran's president said the authorities would deal decisively with those who "
        "threatened the country's security. Relatives of some of those killed said they had been "
        "pressured not to hold public funerals. Iranian women's football and film stars "
        "expressed support for the protesters on social media, and some were summoned by the "
        "judiciary.",
        "U",
        "crackdown",
    ),
    (
        "Israeli army launches major raid on Jenin camp with drones and bulldozers",
        "JENIN, West Bank — The Israeli army launched one of its biggest operations in the "
        "occupied West Bank in two decades on Monday, sending hundreds of troops into the Jenin "
        "refugee camp backed by drone strikes and armoured bulldozers. Palestinian health "
        "officials said at least eight Palestinians had been killed and more than 50 wounded. "
        'The Israeli military said the operation targeted "terrorist infrastructure" and weapons '
        "factories in the camp, which it described as a base for militants who had carried out "
        "shooting attacks on Israelis. Gunmen from Palestinian armed groups fought the soldiers "
        "in the camp's narrow alleys, and explosions were heard through the day, residents said. "
        "Bulldozers tore up roads, and water and electricity were cut across much of the camp. "
        "The Palestinian Red Crescent said thousands of residents had left their homes, some "
        "escorted out by paramedics, and were sheltering in schools and mosques in the city of "
        'Jenin. "We walked out with the children and nothing else," said a resident, Jamal, 40. '
        "Ambulances struggled to reach the wounded, the Palestinian health ministry said. The "
        "Palestinian Authority condemned what it called a war crime; the US said it supported "
        "Israel's right to defend itself against militant groups. The Jenin camp, home to around "
        "14,000 people, was established in the 1950s for Palestinians who fled or were expelled "
        "during the 1948 war. In the evening, hundreds of residents were seen walking out of the "
        "camp carrying bags and blankets, some with children on their shoulders, as drones "
        "hovered overhead. The Israeli military said its forces had found explosives "
        "laboratories, weapons and underground hideouts, and had arrested dozens of suspects. It "
        "said a soldier had been killed by gunfire during the operation. The Palestinian Health "
        "Ministry said Israeli forces had fired tear gas into the grounds of a hospital near the "
        "camp, which the military denied. The United Nations humanitarian office said it was "
        "alarmed by the scale of the operation and by reports that ambulances had been prevented "
        "from reaching the wounded. Residents of Jenin city opened their homes to families from "
        "the camp, and mosques and schools distributed food and mattresses.",
        "M E B D H",
        "raid",
    ),
    (
        "Gunmen attack Turkish aerospace company near Ankara, killing five",
        "ANKARA — Attackers armed with rifles and explosives stormed the headquarters of Turkish "
        "Aerospace Industries on the outskirts of Ankara on Wednesday, killing five people and "
        "wounding 22, officials said. Security cameras broadcast by Turkish media showed a man "
        "and a woman with assault rifles arriving by taxi and opening fire at the entrance, "
        "before an explosion near the security gate. Both attackers were killed by security "
        "forces after a gunfight, the interior minister said. He called the attack a terrorist "
        "act and said the assailants were believed to be members of the Kurdistan Workers' "
        "Party, or PKK. The company, known by the initials TUSAS, builds drones, helicopters and "
        "Turkey's first national fighter jet. Employees said they hid in offices and the canteen "
        'for more than an hour. "We heard explosions and shooting. We barricaded the door," an '
        "engineer told broadcasters. Hours later, Turkish warplanes struck PKK targets in "
        "northern Iraq and Syria, the defence ministry said. President Recep Tayyip Erdogan, "
        'speaking in Russia at a summit, condemned "this heinous terrorist attack". The PKK, '
        "which is designated a terrorist group by Turkey, the US and the EU, has fought the "
        "Turkish state since 1984 in a conflict that has killed more than 40,000 people. The "
        "attack came a day after a Turkish nationalist leader unexpectedly suggested that the "
        "PKK's jailed leader could be released if the group disbanded.",
        "B E T",
        "terror_attack",
    ),
]
