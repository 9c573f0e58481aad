"""dev428 positives, part A: the north-east (Boko Haram, ISWAP and the military) and the
north-west (bandits, Lakurawa and the air force), as the Nigerian press reports them."""

POSITIVES = [
    (
        "ISWAP fighters storm army base in Marte, soldiers killed as troops fall back to Dikwa",
        "Several soldiers were killed and others declared missing on Sunday when fighters of "
        "the Islamic State West Africa Province (ISWAP) overran a military base in Marte, "
        "Borno State. Security sources told Daily Trust that the insurgents came in gun "
        "trucks at about 2am and engaged the troops in a gun battle that lasted nearly four "
        "hours. The base, which houses a battalion of Operation Hadin Kai, was set ablaze "
        "and a number of vehicles and weapons carted away, the sources said. Surviving "
        "troops withdrew to Dikwa, about 40 kilometres away, before reinforcements arrived "
        'with air support later in the morning. "We lost some of our men, and the terrorists '
        'also lost many," an officer who asked not to be named said. The army spokesperson, '
        "Maj-Gen Onyema Nwachukwu, did not give a toll but said the base had been retaken "
        "and that an operation was under way to track the attackers. It was the third attack "
        "on a military formation in southern Borno in less than a month. Residents of Marte, "
        "many of them farmers who returned to the town in 2024 under the state's "
        "resettlement programme, fled towards Dikwa and Maiduguri as the shooting went on. "
        "Aid workers in Dikwa said about 2,000 of the displaced had arrived at the town's "
        "camps by Sunday evening, many without food or water. A humanitarian official said "
        "the new arrivals were being sheltered in a school and in tents meant for families "
        "already in the camp. The Borno State Governor, Babagana Zulum, who had urged "
        "residents to return to Marte, said the government would not abandon the "
        'resettlement plan. "The terrorists want to drive our people away from their land, '
        'and we will not allow them," he said in a statement. Security analysts say ISWAP '
        "has in recent months used drones to drop explosives on military positions in the "
        "area.",
        "B M T D H",
        "attack",
    ),
    (
        "Gwoza: Female suicide bombers hit wedding, hospital, 18 dead",
        "At least 18 people, including children and a pregnant woman, were killed on "
        "Saturday when suspected female suicide bombers struck a wedding party, a hospital "
        "and a funeral in Gwoza, Borno State. The Director-General of the Borno State "
        "Emergency Management Agency (SEMA), Barkindo Saidu, said 19 others suffered serious "
        "injuries and were taken to Maiduguri for treatment. According to him, the first "
        "bomber, carrying a baby on her back, detonated her explosives in the middle of the "
        "wedding at about 3pm. A second blast went off near the General Hospital minutes "
        "later, and a third at the funeral of victims of the first attack. Police in the "
        "state blamed Boko Haram terrorists, who have used women and girls as bombers since "
        '2014. "They chose the places where people gather, because they wanted to kill as '
        'many as possible," a member of the Civilian Joint Task Force in the town told our '
        "correspondent. Gwoza, close to the Mandara mountains on the Cameroon border, was "
        "the seat of the group's self-declared caliphate before the army retook it in 2015. "
        "Governor Babagana Zulum, who visited the town on Sunday, described the bombings as "
        "barbaric. Security was tightened across Gwoza on Sunday, with soldiers searching "
        "women at checkpoints and at the entrance of the main market. Traders said most "
        "shops in the town remained shut. The United Nations Resident and Humanitarian "
        "Coordinator, Mohamed Malick Fall, said those responsible must be brought to "
        "justice.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Darul Jamal: Boko Haram kills 81 villagers, burns homes in Bama",
        "Boko Haram insurgents on Thursday evening killed at least 81 people in Darul Jamal, "
        "a resettled village in the Bama Local Government Area of Borno State. Governor "
        "Babagana Zulum, who visited the community on Friday, gave the toll and said most of "
        "the victims were farmers and traders who had returned to the area only months ago. "
        "Witnesses said the gunmen arrived on motorcycles shortly before sunset, rounded up "
        "residents and opened fire on them, before setting fire to houses, shops and "
        "vehicles. Some of the victims were slaughtered, a vigilante leader said. Five "
        "soldiers were also killed when the attackers overran a small military post near the "
        "village, security sources said. Survivors fled on foot to Bama town, about 25 "
        'kilometres away, where the state government has opened a temporary camp. "I hid '
        'under a heap of firewood and watched them kill my neighbours," said Modu Kyari, a '
        "farmer who lost two brothers. The Shekau-led faction of the group, known as JAS, "
        "has stepped up attacks on returnee villages since the start of the rainy season. "
        "The governor, who led prayers for the dead, said the state would rebuild the "
        "village and station more soldiers there. He asked the military to set up a "
        "permanent base in the area and said local hunters would be recruited to support the "
        "troops. The Borno Elders Forum said the killings showed that the insurgency was far "
        "from over. The village was resettled in 2023 with houses built by the state "
        "government for families who had lived in camps in Maiduguri for nearly a decade. "
        "Some of the survivors told reporters they would not go back.",
        "V B T D",
        "massacre",
    ),
    (
        "Zabarmari: 43 rice farmers slaughtered by Boko Haram in Borno",
        "Boko Haram insurgents on Saturday killed at least 43 rice farmers working on "
        "irrigation fields at Koshobe, near Zabarmari in Jere Local Government Area of Borno "
        "State. The victims, many of them labourers who had travelled from Sokoto State in "
        "search of work, were tied up and their throats slit, residents told Premium Times. "
        "Their bodies were brought to Zabarmari on Sunday for burial, attended by Governor "
        "Babagana Zulum. Some farmers were still missing on Sunday evening and were believed "
        "to have been abducted. Ahmed Satomi, a member of the Borno State House of Assembly, "
        "said the insurgents accused the farmers of handing over one of their fighters to "
        "soldiers. The United Nations humanitarian coordinator in Nigeria, Edward Kallon, "
        "later said the attack was the most violent direct attack on civilians this year. "
        "President Muhammadu Buhari said the whole country was wounded by the senseless "
        "killings. Farmers in the area said they would not return to their fields without "
        "protection. Rice farming around Zabarmari had resumed only in recent years, after "
        "troops cleared insurgents from parts of Jere. Community leaders said farmers had "
        "been made to pay the insurgents a levy before they could work the land. The Senate "
        "observed a minute's silence for the victims on Tuesday, and some lawmakers called "
        "for the sacking of the service chiefs.",
        "V T",
        "massacre",
    ),
    (
        "NAF jets pound ISWAP enclaves on Lake Chad islands, scores of fighters killed",
        "The air component of Operation Hadin Kai has carried out a series of air strikes on "
        "ISWAP hideouts on the Tumbuns, islands in the Nigerian part of Lake Chad, the "
        "Nigerian Air Force (NAF) said on Tuesday. Its Director of Public Relations and "
        "Information, Air Vice Marshal Edward Gabkwet, said in a statement that the strikes, "
        "carried out over three days, destroyed logistics depots, gun trucks and boats used "
        "by the insurgents. Scores of fighters were neutralised, he said, after surveillance "
        'showed them gathering for an attack on troops around Baga and Kukawa. "The Tumbuns '
        "have been a sanctuary for the terrorists for years, and we will not allow them to "
        'regroup," he said. Ground troops of the Multinational Joint Task Force later moved '
        "into two of the islands, according to military sources. The claims could not be "
        "independently verified, as the area is closed to journalists. Fishermen in Baga "
        "said they heard explosions through Sunday night. Gabkwet said the strikes were part "
        "of a wider offensive launched in the Lake Chad area this month with troops from "
        "Cameroon, Chad and Niger. Reconnaissance flights had shown the insurgents putting "
        "up new structures on the islands, he said. Military sources said several fighters "
        "who fled the strikes were intercepted by naval patrol boats.",
        "E M",
        "airstrike",
    ),
    (
        "Boko Haram attacks Dikwa, burns UN humanitarian hub as aid workers hide",
        "Boko Haram fighters on Monday night attacked Dikwa, in Borno State, setting ablaze "
        "the United Nations humanitarian hub and parts of a military base in the town. The "
        "UN said in a statement on Tuesday that 25 aid workers had been trapped in a bunker "
        "at the hub as the facility burned, and that they had been evacuated unharmed. The "
        "hub, opened in 2017, housed staff and supplies of several agencies working in camps "
        "that shelter thousands of displaced people around Dikwa. Edward Kallon, the UN "
        "Humanitarian Coordinator, said he was deeply concerned and that the attack would "
        "hurt assistance to more than 100,000 people. Residents said fighting between the "
        'insurgents and troops went on until Tuesday morning. "They came with many vehicles '
        'and were shooting everywhere," a resident who fled to Maiduguri told The Guardian. '
        "The army said it had repelled the attack and killed a number of the terrorists. Aid "
        "agencies have suspended movements on the Maiduguri-Dikwa road pending an assessment "
        "of the damage.",
        "B V T H",
        "attack",
    ),
    (
        "Konduga: Suicide bomber kills 12 at fish market",
        "A suicide bomber on Friday night killed 12 people at a crowded fish market in "
        "Konduga, about 38 kilometres from Maiduguri, the Borno State capital. The police "
        "spokesperson in the state, ASP Nahum Daso, confirmed the incident and said 14 "
        "others were injured and receiving treatment. He said the female bomber blew herself "
        "up at a tea stall where traders had gathered after the day's business. Residents "
        "said the market had been busy because of the arrival of fish from the Lake Chad "
        "area that afternoon. Police explosive experts cordoned off the area after the "
        'blast, and troops were deployed to the town. "It was a terrorist act targeting '
        'innocent people at their place of trade," the police said in a statement. No group '
        "claimed the attack, but Boko Haram has carried out several similar bombings in "
        "Konduga since 2019. A member of the Civilian Joint Task Force said vigilantes had "
        "been warned of possible bombers in the area a week earlier.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Insurgents seize Geidam, residents flee as ISWAP hoists flag",
        "Fighters of the Islamic State West Africa Province (ISWAP) have taken over Geidam, "
        "a town in Yobe State about 180 kilometres from Damaturu, after a gun battle with "
        "troops. Residents said the insurgents arrived on Friday evening in about 20 gun "
        "trucks, overran a military post at the entrance of the town and hoisted their black "
        "flag. At least 11 civilians were killed, according to a local government official, "
        "and the fighters went from house to house looking for Christians and members of the "
        "security forces. Thousands of residents fled to Damaturu, Babbangida and across the "
        "border into Niger, local officials said. The Yobe State Emergency Management Agency "
        "said it was registering displaced families in two schools in Damaturu. In a "
        "statement on Sunday, Defence Headquarters said troops had launched a "
        'counter-offensive and cleared parts of the town. "We left everything behind, we '
        'just ran," said Hajja Falmata, a trader who walked for most of the night with her '
        "six children.",
        "B V T M D",
        "attack",
    ),
    (
        "Thousands flee Malam Fatori as ISWAP attacks continue in northern Borno",
        "More than 3,000 people have fled Malam Fatori, a border town in Abadam Local "
        "Government Area of Borno State, after two attacks by ISWAP fighters in a week, "
        "officials and aid workers said. In the latest attack on Wednesday, insurgents "
        "shelled the town with mortars before engaging soldiers of the Multinational Joint "
        "Task Force in a firefight, residents said. A humanitarian source said the displaced "
        "were arriving in Monguno and Damasak, some of them on foot and others on trucks. "
        '"Most of them are women and children, with nothing to eat," the source said, adding '
        "that food stocks in Monguno's camps were already stretched after cuts to funding. "
        "The Borno State Government had returned about 7,000 people to Malam Fatori in 2023, "
        "saying the area was safe for resettlement. The army said its troops repelled both "
        "attacks and killed several terrorists, but did not disclose its own losses. The "
        "International Organization for Migration said it was sending shelter kits to "
        "Monguno.",
        "B E T D H",
        "displacement",
    ),
    (
        "Damboa road: Eight passengers killed as bus hits landmine",
        "Eight passengers were killed and nine others injured on Sunday when a commercial "
        "bus ran over a landmine on the Maiduguri-Damboa road in Borno State. A transport "
        "union official in Maiduguri, who gave his name only as Bukar, said the vehicle was "
        "travelling in a convoy escorted by soldiers when the explosion went off near Mulai "
        "village, about 20 kilometres from Damboa. Police in the state confirmed the "
        "incident and blamed Boko Haram terrorists, who have planted improvised explosive "
        "devices on the route for years. The injured were taken to the University of "
        "Maiduguri Teaching Hospital. Drivers said the road, the only link between Maiduguri "
        'and southern Borno, had become a death trap. "Every week we hear of a mine or an '
        'ambush," one driver said. The state government recently spent billions of naira '
        "rebuilding the road, and the army has deployed engineers to clear it. Commuters "
        "said the convoys now leave Maiduguri only twice a week. The Borno State "
        "Commissioner for Information said the government would compensate the families of "
        "the dead.",
        "E V T",
        "ied",
    ),
    (
        "Bandits kill over 200 in Zamfara, burn villages in Anka, Bukkuyum",
        "Bandits have killed more than 200 people in attacks on at least nine villages in "
        "Anka and Bukkuyum local government areas of Zamfara State, residents and local "
        "officials said on Saturday. The gunmen, riding on hundreds of motorcycles, shot "
        "residents and set houses and food barns ablaze on Tuesday and Wednesday, a day "
        'after the air force bombed camps in the area. "We buried 143 people in Kurfa Danya '
        'alone, and we are still finding bodies in the bush," a community leader told Punch. '
        "The state police command put the toll at 58 but said the figure could rise. "
        "Thousands of residents have fled to Anka town and Gusau, where they are sheltering "
        "in schools and with relatives, the State Emergency Management Agency said. The "
        "Presidency described the killings as an act of desperation by murderers who were "
        "under pressure from the military. Residents said the attackers were loyal to Bello "
        "Turji, one of the most feared bandit leaders in the north-west.",
        "V E M D",
        "massacre",
    ),
    (
        "Tudun Biri: Army drone kills dozens at Maulud gathering in Kaduna",
        "Dozens of villagers gathered to celebrate Maulud, the Prophet's birthday, were "
        "killed on Sunday night when an army drone struck their village, Tudun Biri, in "
        "Igabi Local Government Area of Kaduna State. The Nigerian Army said the strike was "
        "a mistake made during a routine mission against terrorists and bandits. Governor "
        "Uba Sani said 85 people had been buried by Tuesday, while residents put the toll "
        "above 100, most of them women, children and the elderly. Survivors said the first "
        "bomb fell as people sat in the open for the religious programme, and a second hit "
        'those who rushed to help. "They were praying and eating, nothing else," said '
        "Husseini Ibrahim, who lost his wife and three children. Dozens of the injured were "
        "taken to Barau Dikko Teaching Hospital in Kaduna. President Bola Tinubu ordered an "
        "investigation, and the Chief of Army Staff, Lt Gen Taoreed Lagbaja, visited the "
        "village to apologise. Amnesty International called for the prosecution of those "
        "responsible. Many of the village's houses were damaged in the blasts, and residents "
        "said families had moved to relatives in nearby villages. The Kaduna State "
        "Government promised to rebuild the community and pay for the education of children "
        "who lost their parents.",
        "E V M D",
        "airstrike",
    ),
    (
        "Kuriga: Gunmen abduct 287 pupils, teachers from Kaduna school",
        "Gunmen on Thursday morning abducted 287 pupils and teachers from LEA Primary and "
        "Government Secondary School in Kuriga, Chikun Local Government Area of Kaduna "
        "State. The head teacher, Sani Abdullahi, told Governor Uba Sani during a visit to "
        "the community that 187 pupils of the secondary school and 100 from the primary "
        "section were missing. Residents said the bandits, numbering more than 50, arrived "
        "on motorcycles at about 8am, just after the pupils had assembled, and marched the "
        "children into the bush. A local vigilante who tried to stop them was shot dead, "
        "they said. Some of the pupils escaped during the march and returned on Friday. The "
        "governor said security forces had been deployed to rescue the children. It was the "
        "largest mass abduction from a school in Nigeria since 2021, and the first in Kaduna "
        "in nearly three years. \"Our children went to school to learn, now we don't know "
        'where they are," a mother said. Parents said soldiers arrived several hours after '
        "the attack. The Nigerian Army said troops were combing the forests between Kaduna "
        "and Niger states. The Sultan of Sokoto and the Catholic Bishop of Kafanchan "
        "appealed for the children's safe release. A week later, the abductors demanded a "
        "ransom of N1bn, a relative of one of the pupils said.",
        "V M",
        "abduction",
    ),
    (
        "Operation Fansan Yamma: Air strikes destroy bandit camps in Zamfara forests",
        "The military says it has killed dozens of bandits and destroyed their enclaves in "
        "renewed air and ground operations in the forests of Zamfara State. The Director of "
        "Defence Media Operations, Maj-Gen Markus Kangye, told journalists in Abuja on "
        "Thursday that fighter jets of the air component of Operation Fansan Yamma struck "
        "camps in Dansadau and Tsafe forests, including a hideout used by the bandit leader "
        "Ado Aleru. Ground troops then moved in, engaged remnants of the terrorists and "
        "rescued 42 kidnapped victims, he said. He added that troops recovered rifles, "
        'ammunition and motorcycles during the clearance operations. "The momentum will be '
        'sustained until every enclave is cleared," Kangye said. Residents of Dansadau said '
        "they heard aircraft for several hours on Tuesday and Wednesday. Bandit groups in "
        "the state have kidnapped thousands of people for ransom and forced farmers to pay "
        "levies to work their land.",
        "E B M",
        "military_operation",
    ),
    (
        "Katsina: Gunmen kill 27 worshippers in mosque during dawn prayer",
        "Gunmen on Tuesday killed at least 27 worshippers during the dawn prayer in a mosque "
        "in Unguwan Mantau, a village in Malumfashi Local Government Area of Katsina State. "
        "The police spokesperson in the state, DSP Abubakar Aliyu, said the attackers "
        "surrounded the mosque and opened fire on the congregation. Local officials said "
        "about 30 people were killed, and that several others were abducted as the gunmen "
        "moved through the village. Residents told Premium Times that the attack was a "
        'reprisal after villagers killed some bandits during an earlier raid. "They blocked '
        'the door and shot at those who tried to climb out," a resident said. Governor Dikko '
        "Radda condemned the killings and ordered additional security deployment to "
        "Malumfashi and Faskari. The area, on the southern edge of the state, has seen "
        "repeated raids by armed gangs in recent months, forcing hundreds of families to "
        "abandon their farms. Funeral prayers for the victims were held on Tuesday "
        "afternoon, and most of them were buried in a single row behind the mosque. The "
        "Muslim Rights Concern (MURIC) described the killings as an attack on the house of "
        "God.",
        "V D",
        "massacre",
    ),
]
