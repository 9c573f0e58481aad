"""dev356 positives, part B: border clashes, unrest, attacks at home, wars on the wires."""

POSITIVES = [
    (
        "Stray shell from Myanmar fighting lands in Nansan, injuring five residents",
        "A stray artillery shell fired during fighting in northern Myanmar landed in Nansan town in Yunnan province's Zhenkang county on Thursday, injuring five Chinese residents, local authorities said. The shell struck a residential street close to the border fence, damaging two houses and a parked truck, the county's publicity department said on its official account. Clashes between Myanmar government troops and ethnic armed groups across the border have intensified since late October. China's Foreign Ministry said it had lodged solemn representations and asked all parties in Myanmar to exercise maximum restraint. People's Liberation Army units in the Southern Theater Command carried out live-fire training along the border the following week, according to a statement. Local officials said residents living near the boundary had been moved to safer areas.",
        "E D",
        "shelling",
    ),
    (
        "Chinese, Indian troops in deadly clash in Galwan Valley, PLA says",
        "Chinese and Indian border troops clashed in the Galwan Valley in the western section of the boundary on Monday night, the Western Theater Command of the People's Liberation Army said, accusing Indian soldiers of crossing the line of actual control and deliberately provoking attacks. Spokesman Zhang Shuili said the clash caused casualties, without giving numbers. The Indian army said 20 of its soldiers had been killed in what it called a violent face-off, the deadliest confrontation between the two armies in more than four decades. Troops fought with rocks, clubs and fists rather than firearms, according to officials from both sides. Foreign Ministry spokesperson Zhao Lijian said India should strictly restrain its front-line troops. Global Times editor Hu Xijin wrote that the Chinese side also suffered casualties. The two sides later held talks between their commanders to ease tension.",
        "B",
        "border_clash",
    ),
    (
        "Rioters storm Legislative Council complex; police clear protesters with tear gas",
        "Radical protesters smashed their way into Hong Kong's Legislative Council complex on Monday evening, vandalising the chamber and spraying slogans on the walls, Xinhua reported. Hundreds of protesters used iron bars and a metal trolley to break the building's glass doors after a siege lasting several hours. Police fired tear gas to clear the area shortly after midnight, and the protesters retreated. The Hong Kong and Macao Affairs Office of the State Council condemned what it called an illegal act that trampled on the rule of law. Chief Executive Carrie Lam told a news conference in the early hours that the violence was heart-breaking and shocking. Thirteen police officers were injured earlier in the day, police said. The Legislative Council secretariat said the chamber would be closed for weeks of repairs.",
        "U",
        "riot",
    ),
    (
        "Knife attackers kill 29 at Kunming railway station",
        "A group of attackers armed with knives killed 29 people and wounded more than 130 at the railway station in Kunming, capital of Yunnan province, on Saturday night, Xinhua said. Police shot dead four of the attackers and captured a fifth, a woman, the news agency said. Witnesses described people fleeing in panic through the ticket hall as the assailants, dressed in black, slashed at passers-by. Kunming city authorities said evidence at the scene showed the attack was organised by separatist forces from Xinjiang and described it as a violent terrorist attack. President Xi Jinping called for all-out efforts to treat the wounded and to punish the terrorists in accordance with the law. Meng Jianzhu, the top security official, went to Kunming to direct the investigation. Armed police patrolled the station on Sunday as trains resumed.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Explosions at Urumqi morning market kill 31, Xinhua says",
        "Two vehicles ploughed into shoppers at an open-air morning market in Urumqi, the capital of the Xinjiang Uygur Autonomous Region, on Thursday, and their occupants threw explosives from the windows, killing 31 people and injuring more than 90, Xinhua reported. One of the vehicles exploded at the end of the market street, witnesses said. The Ministry of Public Security called it a serious violent terrorist incident. Most of the victims were elderly residents buying vegetables, local officials said. President Xi vowed to severely punish the terrorists and to maintain stability. Security was reinforced across the city, with armed police posted at markets and bus stations. The Xinjiang regional government announced a reward of 100,000 yuan for information on those involved. Police said the four attackers who died in the blasts had been identified within hours. Blood banks in Urumqi received hundreds of donors by the afternoon, according to local media.",
        "T E V",
        "terrorist_attack",
    ),
    (
        "Syrian army says militants' rockets hit western Aleppo, 15 killed",
        "Rockets and mortar shells fired by armed groups hit residential neighbourhoods of government-held western Aleppo on Sunday, killing 15 civilians, including four children, Syrian state media said, Xinhua reported. More than 60 people were wounded when the shells struck the New Aleppo and Hamdaniyeh districts, the Syrian Arab News Agency said. Government forces backed by Russian air power continued an offensive on rebel-held eastern neighbourhoods, where rescue workers said air strikes had destroyed several buildings. The United Nations said about 275,000 people remained trapped in the east of the city with dwindling food and fuel. A Xinhua reporter in Aleppo saw columns of smoke rising from the front line near the old citadel. The Syrian army said it had recaptured a housing project on the northern edge of the city. Talks on a humanitarian pause collapsed earlier in the week.",
        "E B H M",
        "shelling",
    ),
    (
        "Israeli strikes on Gaza kill at least 40 in 24 hours, health ministry says",
        "Israeli air strikes and artillery fire killed at least 40 Palestinians in the Gaza Strip over the past 24 hours, the Gaza health ministry said on Tuesday, CGTN reported. A strike on a school sheltering displaced families in the Nuseirat refugee camp killed 16 people, most of them women and children, civil defence officials said. The Israeli military said it had targeted militants operating from within the compound. Hospitals in central Gaza said they were overwhelmed and running short of fuel for generators. The UN agency for Palestinian refugees said nearly 1.9 million people, about 90 percent of the population, had been displaced. Chinese Ambassador to the UN Fu Cong told the Security Council that the collective punishment of Gaza's people must stop. Aid trucks entering through the Kerem Shalom crossing numbered fewer than 80 a day, according to UN figures.",
        "E V D H M",
        "airstrike",
    ),
    (
        "Ukrainian drones strike oil depot in Russia's Bryansk region, governor says",
        "Ukrainian drones attacked an oil depot in Russia's Bryansk region overnight, setting a fuel tank on fire, regional governor Alexander Bogomaz said on Saturday, Xinhua reported. Russia's Defence Ministry said air defence units had shot down 47 drones over several regions, including 21 over Bryansk. No casualties were reported at the depot, Bogomaz said on his Telegram channel. In Ukraine, the regional administration of Kharkiv said Russian glide bombs had hit the city's northern district, wounding nine people. The Ukrainian air force said Russia launched 112 drones and four missiles overnight, most of which were intercepted. The two sides trade strikes on energy facilities almost daily. China has repeatedly called for a ceasefire and peace talks, Foreign Ministry spokesperson Lin Jian reiterated at a briefing on Monday.",
        "E M",
        "drone_strike",
    ),
    (
        "RSF shelling of El Fasher kills dozens as displaced flee camp",
        "Shelling by the Rapid Support Forces on El Fasher, the capital of Sudan's North Darfur state, killed at least 35 people on Friday, local medical sources said, Xinhua reported. Shells fell on the Abu Shouk displacement camp and on the city's main market, the Sudanese Doctors Network said. The paramilitary force has besieged El Fasher for more than a year, and fighting with the Sudanese army and allied armed groups continued on the city's eastern edge. The International Organization for Migration said some 2,400 families had fled the camp towards Tawila in two days. The UN World Food Programme said famine conditions had been confirmed in parts of the area and that no aid convoy had reached the city in months. Sudan's army said its aircraft had struck RSF positions to the south. Residents said families were digging trenches beside their shelters to protect themselves from the shells. Medics at the Saudi Hospital, one of the last functioning facilities in the city, said they had run out of anaesthetics. A Sudanese government spokesman accused the RSF of committing genocide against the city's population. The RSF denied targeting civilians.",
        "E B V D H M",
        "shelling",
    ),
    (
        "Houthis fire missiles at merchant ship in Red Sea; crew evacuated",
        "Yemen's Houthi forces fired two anti-ship ballistic missiles at a Liberian-flagged bulk carrier in the southern Red Sea on Wednesday, setting it on fire, the group's military spokesman said, China Daily reported. The crew of 23 abandoned the ship and were picked up by a passing vessel, the British maritime agency UKMTO said. It was the latest in a series of attacks the Houthis say are aimed at ships linked to Israel. The United States and Britain carried out air strikes on Houthi targets around Hodeidah hours later, according to the group's al-Masirah television. Shipping companies have rerouted hundreds of vessels around the Cape of Good Hope, raising freight costs between Asia and Europe. China's Foreign Ministry urged all sides to avoid further escalation and to ensure the safety of navigation. Insurers raised war-risk premiums for Red Sea voyages again this week.",
        "E M",
        "missile_attack",
    ),
    (
        "Chinese-funded factories set ablaze in Yangon's Hlaing Tharyar",
        "Several Chinese-invested garment factories in Yangon's Hlaing Tharyar industrial zone were set on fire by unidentified attackers on Sunday, injuring a number of Chinese staff, the Chinese embassy in Myanmar said. Thirty-two factories were looted or damaged, according to the embassy. Security forces opened fire on protesters in the same township later in the day, and local medical workers said dozens were killed. Myanmar's military authorities declared martial law in Hlaing Tharyar and neighbouring Shwepyitha. The embassy urged Myanmar to take effective measures to stop all acts of violence and to protect the safety of Chinese enterprises and personnel. Global Times said the attacks had been whipped up by anti-China rhetoric online. Many workers fled the township on foot as smoke rose over the industrial zone.",
        "U V",
        "arson",
    ),
    (
        "Honiara Chinatown looted and burned on third day of riots",
        "Rioters looted and set fire to shops in Honiara's Chinatown for a third day on Friday, defying a curfew in the Solomon Islands capital, Xinhua reported. Police fired tear gas at crowds that had gathered in the Chinatown district, where dozens of buildings owned by ethnic Chinese traders have been burned. Three charred bodies were found in a burned-out building, police said. Australian police and troops arrived to help restore order at the request of Prime Minister Manasseh Sogavare, who blamed the unrest on foreign interference. The Chinese embassy said it had asked the government to protect the safety of Chinese citizens and institutions. Chinese residents told reporters they had taken refuge in the homes of friends and in churches. The riots began with a protest from Malaita province outside parliament.",
        "U",
        "riot",
    ),
    (
        "Chinese embassy tells citizens to stay indoors as Bangladesh unrest turns deadly",
        "The Chinese embassy in Bangladesh advised Chinese citizens to stay indoors and avoid crowds on Friday as clashes between students and security forces spread across Dhaka, killing dozens of people. Police fired rubber bullets and tear gas at protesters who set fire to vehicles and the headquarters of the state broadcaster, local media said. Mobile internet was cut nationwide and a curfew was imposed with the army deployed on the streets. The protests began over a quota system for government jobs. Hospital officials said more than 100 people had died since Tuesday, though figures could not be independently confirmed. China's Foreign Ministry said it hoped Bangladesh would maintain stability. Several Chinese firms building the Padma rail link suspended work and kept their staff in company compounds.",
        "U",
        "crackdown",
    ),
    (
        "Al-Shabaab attack on Mogadishu beach hotel kills at least 32",
        "Militants of the al-Shabaab group stormed a beachfront hotel in the Somali capital Mogadishu on Friday night after a suicide bombing at its gate, killing at least 32 people, Somali police said, Xinhua reported. Security forces ended the siege of the Lido beach hotel early on Saturday after killing five attackers, police spokesman Abdifatah Aden Hassan told reporters. Sixty-three people were wounded and taken to hospitals in the city. Witnesses said gunmen fired on people dining on the beach. The al-Qaeda-linked group claimed responsibility through its radio station. The Chinese embassy in Somalia said no Chinese citizens were reported among the casualties. President Hassan Sheikh Mohamud pledged to intensify operations against the militants.",
        "T E V",
        "terrorist_attack",
    ),
    (
        "Chinese shops looted as rioting spreads in Port Moresby",
        "Shops owned by Chinese nationals were looted and burned in Papua New Guinea's capital Port Moresby on Wednesday as rioting broke out after police walked off the job in a pay dispute, the Chinese embassy said. At least 15 people were killed in violence in Port Moresby and the second city Lae, police said. Crowds carried goods out of supermarkets and set fire to buildings in the city centre, witnesses said. Prime Minister James Marape declared a 14-day state of emergency and deployed more than 1,000 troops. The Chinese embassy said two Chinese citizens had been slightly injured and many stores damaged, and it had lodged representations with the government. A Chinese-run shopping centre in Gordons was among the buildings set ablaze. Police and soldiers were patrolling the main roads by Thursday.",
        "U",
        "riot",
    ),
    (
        "Chinese national among dead as Hamas fighters attack Israeli towns",
        "A Chinese citizen was among the people killed when Hamas fighters crossed from Gaza into southern Israel on Saturday, the Chinese embassy in Israel said, adding that two others were missing. Gunmen attacked border communities and a music festival, killing hundreds of Israelis, according to Israeli authorities. Israel's military launched air strikes across the Gaza Strip in response, and Gaza's health ministry said more than 400 Palestinians had been killed. The Chinese embassy advised Chinese nationals to stay close to shelters and to avoid the south of the country. Foreign Ministry spokesperson Mao Ning said China was deeply saddened by the civilian casualties and opposed all acts that harm civilians. The embassy later confirmed that a Chinese woman held in Gaza had been taken hostage. Airlines suspended flights to Tel Aviv.",
        "B V E M",
        "attack",
    ),
]
