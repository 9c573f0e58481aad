"""Positives of eval/dev30, Africa: (title, text, tag codes, kind)."""

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
]
