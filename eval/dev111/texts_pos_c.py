"""dev111 positives, part c: offensives that uproot people, sieges, attacks on the way out."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Hundreds of thousands leave Rafah as Israeli tanks push into the city",
        "About 450,000 people have left Rafah in the past week, the UN agency for Palestinian "
        "refugees said on Tuesday, as Israeli tanks pushed towards the centre of the southern Gaza "
        "city and air strikes hit neighbourhoods east of it. Families loaded mattresses, water "
        "tanks and tent poles on to donkey carts and the roofs of cars and drove north along the "
        "coast road towards al-Mawasi and Khan Younis, much of which lies in ruins. 'This is the "
        "fifth time we have been displaced,' said Umm Mohammed, a mother of six from Gaza City, as "
        "she put up a tent in the sand near Deir al-Balah. The Israeli military said it was "
        "carrying out targeted operations against Hamas battalions in eastern Rafah and had taken "
        "control of the Gazan side of the crossing with Egypt. The Rafah crossing has been closed "
        "since then, and only a trickle of aid trucks has entered through Kerem Shalom, according "
        "to the UN, which says it is running out of fuel for its operations in the south. Residents "
        "said shelling had grown heavier overnight in the Shaboura and Tel al-Sultan areas. Before "
        "the operation, more than a million Palestinians had sheltered in Rafah, most of them "
        "displaced from other parts of the Gaza Strip.",
        "E M D H",
        "ground offensive and displacement",
    ),
    (
        "Karabakh Armenians flood into Armenia after Azerbaijan's lightning offensive",
        "More than 50,000 ethnic Armenians had crossed from Nagorno-Karabakh into Armenia by "
        "Wednesday morning, the Armenian government said, as a bumper-to-bumper line of cars, "
        "buses and tractors crept down the mountain road through the Lachin corridor. The exodus "
        "began on Sunday, five days after Azerbaijan launched a military operation that forced the "
        "enclave's separatist forces to lay down their arms within 24 hours. Separatist officials "
        "said about 200 people, including civilians, were killed in the fighting, and many "
        "residents said they feared reprisals. 'We have lived here for generations, but we cannot "
        "stay under them,' said a woman from Stepanakert who had spent the night in her car at the "
        "checkpoint in Kornidzor. Azerbaijan says it will guarantee the rights of Armenians who "
        "remain and has sent in food and fuel. On Monday night, an explosion at a fuel depot near "
        "Stepanakert, where people were queuing for petrol for the journey, killed at least 68 "
        "people; its cause is not yet known. The Red Cross said it was helping to evacuate wounded "
        "people to hospitals in Armenia, and the Armenian government said it was housing new "
        "arrivals in hotels and schools. Nagorno-Karabakh had about 120,000 Armenian residents "
        "before the offensive.",
        "B M D H",
        "exodus after offensive",
    ),
    (
        "Goma's displaced flee again as M23 rebels enter the city",
        "Tens of thousands of people poured across the border from Goma into the Rwandan town of "
        "Gisenyi on Monday, as fighters of the M23 armed group, which the UN says is backed by "
        "Rwanda, entered the capital of the Democratic Republic of Congo's North Kivu province "
        "after weeks of fighting. Gunfire and the thud of mortar shells could be heard in the city "
        "centre throughout the day, and residents said bodies lay in the streets near the airport. "
        "Many of those on the move had already been living in sprawling camps on the edge of Goma, "
        "which held about 700,000 people uprooted by earlier rounds of fighting; several camps "
        "emptied overnight as shells fell around them. 'We left Sake, then we left Bulengo, now we "
        "do not know where to go,' said Esther, a mother of five, carrying a bundle of clothes on "
        "her head. The UN said one of its warehouses in the city had been looted and that "
        "hospitals were overwhelmed with wounded people. Congo's government called the advance a "
        "declaration of war by Rwanda and cut diplomatic ties. Rwanda says it is protecting its "
        "border against a militia linked to the perpetrators of the 1994 genocide. At least 13 "
        "peacekeepers and foreign soldiers have been killed in the fighting over the past week.",
        "B E D H",
        "rebel offensive on a city",
    ),
    (
        "Sudanese fleeing Khartoum fighting wait days at Egypt's Argeen crossing",
        "Thousands of people fleeing the fighting in Sudan's capital were waiting in the desert at "
        "the Argeen crossing into Egypt on Thursday, some of them for three or four days, after bus "
        "journeys of more than 1,000km from Khartoum. The coaches arrived in long lines, and women "
        "and children slept on the ground beside their luggage while men queued with passports on "
        "the Sudanese side. 'There is shooting in the streets and bombing from planes, you cannot "
        "go out to buy bread,' said Mohamed, a university lecturer from the Bahri district who left "
        "with his family of seven. Bus fares out of the capital have risen more than fivefold since "
        "the army and the paramilitary Rapid Support Forces began fighting on 15 April, passengers "
        "said. Egypt's foreign ministry said 16,000 Sudanese had crossed into Egypt since then, as "
        "well as about 1,500 foreigners. A three-day ceasefire, extended on Thursday, has largely "
        "failed to stop the fighting, with air strikes and artillery fire reported in Omdurman and "
        "near the presidential palace. The World Health Organization said more than 500 people had "
        "been killed. Aid groups at Argeen said drinking water and toilets were in short supply.",
        "B E D H",
        "flight from urban fighting",
    ),
    (
        "Families flee Middle Shabelle villages after al-Shabaab offensive, crowding Mogadishu camps",
        "Thousands of families have arrived in camps on the outskirts of Mogadishu in the past week "
        "after al-Shabaab fighters overran several villages in Middle Shabelle that government "
        "forces had taken from the group two years ago, local officials and residents said. The "
        "militants attacked army bases near Adan Yabaal and Mahaday, and there was heavy fighting "
        "around the town of Balcad, 30km north of the capital, a regional official told Hiiraan "
        "Online. Residents said al-Shabaab gunmen executed at least six men they accused of working "
        "with the government, and took cattle and grain. 'We left at night with the children and "
        "walked for two days to reach Garasbaley,' said Halima Osman, who arrived at a camp with "
        "seven children and no food. The Somali army said it had launched a counter-offensive "
        "with the support of clan militias and had killed dozens of militants, a figure that could "
        "not be verified. The UN's humanitarian office said aid groups in the Daynile and Kahda "
        "districts, where most of the new arrivals are settling, were overstretched and short of "
        "shelter materials. Somalia has more than 3.5 million internally displaced people, many "
        "uprooted by drought as well as by conflict.",
        "B V T M D H",
        "jihadist offensive and displacement",
    ),
    (
        "Police officers killed as roadside bomb hits aid escort near Dadaab",
        "Four police officers were killed and two aid workers injured when an improvised explosive "
        "device hit a police vehicle escorting a convoy to the Hagadera refugee camp in Dadaab on "
        "Tuesday morning, police said. The Land Cruiser was leading three vehicles of an "
        "international aid agency along the road from Garissa when the device went off, the county "
        "police commander said. Police blamed al-Shabaab, the Somalia-based militant group, which "
        "has planted roadside bombs across north-eastern Kenya in a campaign against the security "
        "forces. The injured aid workers, both Kenyans, were airlifted to Nairobi and were in a "
        "stable condition, their organisation said. Aid agencies suspended road movements around "
        "the camps for the rest of the week, and a food distribution planned for Thursday at "
        "Hagadera was postponed. The Dadaab complex, near the border with Somalia, is home to more "
        "than 380,000 refugees, most of whom fled conflict and drought in Somalia, some of them "
        "more than 30 years ago. The UN refugee agency condemned the attack on those who protect "
        "humanitarian workers and said the camps' residents depended on the convoys.",
        "E T H",
        "roadside bomb",
    ),
    (
        "Suicide bombing outside Kabul airport kills scores in crowds hoping to flee Afghanistan",
        "A suicide bomber struck crowds of Afghans massed outside Kabul's airport on Thursday, and "
        "gunmen then opened fire, killing at least 60 Afghans and 13 American troops, Afghan and US "
        "officials said. The attack at the Abbey Gate, where thousands of people had waited for "
        "days in the hope of getting on an evacuation flight, turned a sewage canal into a scene "
        "of bodies and blood, witnesses said. The Islamic State group's affiliate in Afghanistan, "
        'an enemy of both the West and the Taliban, claimed responsibility. "I saw bodies '
        'everywhere, and people carrying the wounded in wheelbarrows," said a man who had been '
        "waiting with papers from his years as an interpreter for foreign forces. US officials had "
        "warned hours earlier of a threat and urged people to move away from the gates. The head "
        "of US Central Command said the evacuation would go on and that those responsible would be "
        "hunted down. More than 100,000 people have been flown out of Kabul since the Taliban took "
        "the city 11 days ago. An Italian-run hospital in the city said it had received dozens of "
        "wounded and had run out of beds.",
        "T E V D",
        "suicide bombing",
    ),
    (
        "Ethiopians fleeing Tigray fighting cross into Sudan at a rate of 4,000 a day",
        "More than 14,000 Ethiopians have crossed into Sudan in the past week, fleeing fighting "
        "between federal forces and Tigray's regional government, and about 4,000 more are arriving "
        "every day, the UN refugee agency said on Friday. Many reached the Sudanese border village "
        "of Hamdayet after walking for days, and some swam or waded across the Tekeze river, aid "
        "workers said. Refugees said they had fled shelling and air strikes on the town of Humera, "
        "and some described seeing bodies in the streets. 'The artillery came in the morning, and "
        "we left without our shoes,' said a farmer who crossed with his elderly father. Prime "
        "Minister Abiy Ahmed launched a military offensive against the Tigray People's Liberation "
        "Front (TPLF) last week, after accusing it of attacking a federal army base. Phone and "
        "internet lines to the region have been cut, making claims on either side hard to verify. "
        "Sudan's refugee commission said it had opened a transit site at Um Rakuba, a camp last "
        "used during the famine of the 1980s, and was moving people there by bus. UNHCR said it was "
        "preparing for up to 200,000 refugees over the next six months and had begun flying in "
        "tents and blankets.",
        "B E M D H",
        "flight from offensive",
    ),
    (
        "Families fleeing cartel war in Michoacán camp at Tijuana border crossing",
        "Hundreds of Mexican families who fled fighting between drug cartels in the western state of "
        "Michoacán are camped at the El Chaparral crossing in Tijuana, hoping to ask for asylum in "
        "the United States, local authorities and aid groups said. Many come from Aguililla and the "
        "surrounding Tierra Caliente, where the Jalisco New Generation Cartel has been battling "
        "local armed groups for control of the region with armoured trucks, landmines and drones "
        "that drop explosives on villages. 'The drones came every night, and one fell on my "
        "neighbour's roof,' said a lime picker who arrived last week with his wife and three "
        "children. Michoacán's state government said this month that 13 soldiers and police "
        "officers had been killed in ambushes in the Tierra Caliente this year, and that troops "
        "had been sent to reopen roads the gangs had blocked. About 2,000 people are now living in "
        "tents at the crossing, and city officials say the number has doubled in a month. Asylum "
        "seekers must wait for appointments that can take months, and volunteers from local "
        "churches bring meals twice a day. The city has offered places in shelters, but many "
        "families say they will not leave for fear of losing their place in the line.",
        "B E D",
        "flight from cartel war",
    ),
    (
        "Rukban camp residents say they are going hungry as siege tightens",
        "Residents of Rukban, a camp of about 40,000 displaced Syrians in the desert near the "
        "Jordanian border, say they are running out of food and medicine after Syrian government "
        "forces tightened a siege of the area, blocking smugglers' routes and commercial trucks. "
        "The camp lies inside a 55km zone around a US military base at al-Tanf and is surrounded "
        "by government-held territory, and Jordan has sealed its side of the border since 2016. A "
        "convoy of the UN and the Syrian Arab Red Crescent reached the camp last week for the first "
        "time in three months, bringing a month's food, but residents told Al Jazeera that the "
        "supplies were already running low. 'A kilo of sugar now costs five times what it does in "
        "Damascus,' said Abu Khaled, a former teacher from Palmyra who has lived in the camp with "
        "his family since 2015. At least eight children have died in the past month from cold and "
        "lack of medical care, according to the UN children's agency. Russia and the Syrian "
        "government have opened what they call humanitarian corridors and are urging residents to "
        "leave for government areas, but many fear arrest or conscription. The only clinic in the "
        "camp is run by volunteers with no doctor, and patients who need surgery must be taken to "
        "Jordan, which rarely grants permission.",
        "D H",
        "siege of displacement camp",
    ),
]
