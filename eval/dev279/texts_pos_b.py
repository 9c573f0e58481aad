"""dev279 positives, part b: more veterans' stories that report current fighting, strikes, attacks
or casualties of a war under way.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "PC killed at Westminster was Royal Artillery veteran, regiment says",
        "The police officer stabbed to death by a terrorist at the gates of Parliament on Wednesday was "
        "a former soldier who served for five years in the Royal Artillery, his old regiment said on "
        "Thursday. PC Keith Palmer, 48, was unarmed when the attacker, who had just driven a car into "
        "pedestrians on Westminster Bridge, ran at him with a knife. Four people died and about 50 "
        "were injured in the attack, which the Metropolitan Police is treating as terrorism. The "
        "attacker was shot dead by armed officers inside the Palace of Westminster's grounds. The "
        "Royal Artillery said it was “deeply proud” of a man who had served with 1st Regiment Royal "
        "Horse Artillery before joining the police in 1991. Veterans' charities placed a wreath at the "
        "Cenotaph, a few hundred yards from where he fell. Police made eight arrests in raids in "
        "Birmingham and London overnight.",
        "T",
        "terror_attack",
    ),
    (
        "Australian veteran fighting with Ukraine's foreign legion killed in Donetsk",
        "An Australian Army veteran has been killed fighting with Ukraine's International Legion in "
        "the Donetsk region, the Department of Foreign Affairs and Trade confirmed on Tuesday. Friends "
        "named him as Jake Morrow, 39, from Townsville, who served two tours of Afghanistan with the "
        "2nd Commando Regiment before leaving the ADF in 2015. Members of his unit said he was killed "
        "on Saturday when Russian artillery and drones hit a trench line west of Kurakhove during an "
        "assault, and that two other foreign volunteers were wounded. DFAT said it was providing "
        "consular assistance to his family and again urged Australians not to travel to Ukraine. "
        "Morrow joined the legion in 2023 after working as a security contractor. His former troop "
        "commander described him as the steadiest man under fire he had known. His family has asked "
        "for help to bring his body home, which the legion says may take weeks.",
        "B E",
        "battle",
    ),
    (
        "Two US veterans killed in Bakhmut fighting, State Department confirms",
        "Two American military veterans who went to Ukraine as volunteers have been killed in fighting "
        "around Bakhmut, the State Department said on Friday. The men, a former Marine from North "
        "Carolina and an Army veteran from Oregon, died within days of each other as Russian forces "
        "and Wagner Group fighters pressed assaults on the city's southern approaches, their families "
        "said. One was killed in a firefight in a tree line while evacuating a wounded comrade, "
        "according to a fellow volunteer. A State Department spokesman said the department was in "
        "touch with the families and repeated its warning against travel to Ukraine. The deaths "
        "bring to at least 15 the number of Americans killed fighting for Ukraine since the invasion, "
        "by the count of a volunteer group that tracks them. The Marine's father said his son had "
        "struggled after leaving the Corps in 2019. “He said over there he knew what he was for,” he "
        "said.",
        "B",
        "battle",
    ),
    (
        "Veterans of 2014 hold the line at Moshchun as Russian column is thrown back",
        "A volunteer unit made up largely of veterans of the 2014-15 war in Donbas helped to stop a "
        "Russian attempt to cross the Irpin river at Moshchun on Saturday, the unit's commander said. "
        "Russian troops had crossed on a pontoon bridge under the cover of artillery but were pushed "
        "back after hours of fighting in the village, according to Ukraine's general staff. "
        "Commander Andriy Sokil, who fought at Ilovaisk in 2014, said three of his men were killed and "
        "nine wounded. Most of the unit's 120 members signed up on the first day of the invasion at "
        "the door of a Kyiv veterans' centre. Shelling continued on Irpin and Bucha, where thousands "
        "of residents have been crossing a wrecked bridge on foot to reach buses to the capital. "
        "“These men do not need to be taught how to dig in,” Sokil said. “They remember.”",
        "B E D",
        "battle",
    ),
    (
        "ATO veterans' union sends volunteers as fighting rages at Debaltseve",
        "The Union of ATO Participants said on Thursday that it had sent more than 40 of its members "
        "back to the front as volunteers as fighting around Debaltseve intensified, with separatist "
        "and Russian forces shelling the town from three sides. Ukraine's military said five soldiers "
        "were killed and 24 wounded in the past day, most of them in the Debaltseve salient. Rockets "
        "from Grad launchers hit the centre of the town overnight, and the road to Artemivsk is under "
        "fire, officers said. The union, founded last year by men who fought in the summer campaign, "
        "mostly helps demobilised soldiers obtain their status papers and treatment. Its chairman said "
        "many members had asked to return after hearing that the units in the salient were short of "
        "men. Talks in Minsk are expected to resume this week.",
        "B E",
        "shelling",
    ),
    (
        "Disabled veterans' group braces as wounded keep coming from Rafah",
        "The IDF Disabled Veterans Organization said on Monday it was preparing for thousands more "
        "members as the army's offensive in Rafah sent a steady flow of wounded soldiers to hospitals. "
        "Eight soldiers were killed in southern Gaza on Saturday when an explosion hit their armoured "
        "vehicle, the army said, and dozens were wounded in fighting in the Tel al-Sultan and "
        "Shaboura neighbourhoods in the past week. The Defence Ministry's rehabilitation department "
        "said it had taken in more than 8,600 wounded since October, about a third of them with "
        "mental health injuries. The organisation's chairman said its clubs in Beersheba and Haifa "
        "were overwhelmed. “We used to get a few hundred new members a year,” he said. “Now we get "
        "that in a fortnight.” The army said its troops had killed dozens of gunmen and found tunnel "
        "shafts in Rafah. The organisation has asked the Defence Ministry to open two more "
        "rehabilitation clubs and to hire social workers for families. Its volunteers, many of them "
        "wounded in earlier wars, now visit the orthopaedic wards at Soroka hospital every day.",
        "B M",
        "ground_offensive",
    ),
    (
        "Reservist killed by bomb in Khan Younis laid to rest in Modiin",
        "Itamar Levy, 31, a reservist master sergeant who was killed on Sunday when an explosive "
        "device went off in a building in Khan Younis, was buried at the military cemetery in Modiin on "
        "Monday. The army said Levy, a combat engineer, was part of a force searching buildings when "
        "the bomb, apparently planted by Hamas, detonated, and that another reservist was seriously "
        "wounded. He was on his fourth round of reserve duty since the war began, his family said. "
        "Levy's father, a veteran of the first Lebanon war, eulogised a son who “always went through "
        "the door first”. Hundreds of people came to the funeral, among them members of his unit who "
        "were given a few hours' leave. His death brings to more than 20 the number of soldiers "
        "killed in Gaza this month, according to army figures.",
        "E",
        "roadside_bomb",
    ),
    (
        "Afghan war veteran among the dead at Crocus City Hall",
        "A veteran of the Soviet war in Afghanistan was among those killed when gunmen opened fire and "
        "set the Crocus City Hall concert venue ablaze outside Moscow on Friday, his veterans' "
        "association said on Sunday. Nikolai Zotov, 63, had gone to the concert with his wife, who "
        "survived with burns. Russia's Investigative Committee said at least 137 people were killed "
        "and more than 180 wounded in the attack, which it is investigating as a terrorist act. The "
        "Islamic State group claimed responsibility. Four suspects were detained in the Bryansk "
        "region. Witnesses said Zotov had tried to lead people towards a fire exit when the shooting "
        "began in the foyer. The Russian Union of Afghanistan Veterans said it would pay for his "
        "funeral. Blood donation points in Moscow reported queues for a second day.",
        "T",
        "terror_attack",
    ),
    (
        "RAF strikes on Houthi targets in Yemen divide veterans' groups",
        "RAF Typhoons joined US warplanes overnight in striking Houthi targets in Yemen after weeks of "
        "attacks on merchant shipping in the Red Sea, the Ministry of Defence said on Friday. Four "
        "Typhoons using Paveway IV bombs hit a site at Bani used to launch drones and an airfield at "
        "Abbs, the ministry said. The Houthis said five of their fighters were killed and vowed to "
        "retaliate against British and American ships. Veterans' groups were split over the strikes. "
        "The Royal Naval Association said sailors on the Gulf patrols had been shooting down drones "
        "for weeks and deserved support. Veterans for Peace UK said it would protest outside Downing "
        "Street. The Prime Minister told reporters that the strikes were “limited, necessary and "
        "proportionate”. Houthi forces fired an anti-ship missile into the Gulf of Aden on Saturday, "
        "according to US Central Command.",
        "E M",
        "airstrike",
    ),
    (
        "After strikes on Fordow, veterans weigh a new Middle East fight",
        "American B-2 bombers dropped bunker-busting bombs on Iran's nuclear sites at Fordow, Natanz "
        "and Isfahan overnight, the Pentagon said, in the largest US strike on Iran since the 1979 "
        "revolution. Iran said the sites had been evacuated and vowed a response, and on Monday it "
        "fired missiles at the Al Udeid air base in Qatar, which US and Qatari air defences said they "
        "intercepted. No American casualties were reported. For the veterans who fill the VFW hall in "
        "Killeen, Texas, the news brought back the first night in Baghdad. “I am proud of the pilots "
        "and scared for the kids at those bases,” said a retired sergeant major who served three "
        "tours in Iraq. Concerned Veterans for America called the strikes a necessary warning, while "
        "VoteVets urged Congress to vote before any further attacks. The Pentagon said US forces in "
        "the region were on high alert.",
        "E M",
        "airstrike",
    ),
    (
        "Russian strike kills veteran paramedics at Kherson aid point",
        "Two paramedics who were both veterans of the Ukrainian army were killed in Kherson on Tuesday "
        "when a Russian artillery shell hit a humanitarian aid point where residents were queuing for "
        "bread, regional governor Oleksandr Prokudin said. Five civilians were wounded. The men worked "
        "for a volunteer ambulance crew that takes wounded residents out of the city's shelled "
        "riverside districts. Their colleagues said the aid point had been marked and had been hit "
        "before. Ukraine's prosecutor general's office opened a war crimes case over the attack on "
        "aid workers. Kherson has been shelled from the left bank of the Dnipro every day this month, "
        "and the city has cut the hours when aid is handed out. “They came back from the war to save "
        "people, and the war came to them in a bread queue,” one colleague wrote.",
        "E V H",
        "shelling",
    ),
    (
        "Former FARC combatant shot dead in Meta; signatories count their dead",
        "A former FARC guerrilla who had laid down his weapons under the 2016 peace agreement was shot "
        "dead on Friday by armed men at his farm near Mesetas, in the department of Meta, the Comunes "
        "party said. José Alirio Patiño, 44, ran a community fish farm with other former combatants "
        "and had reported threats from a FARC dissident faction to the authorities in March. Two men "
        "on a motorcycle called him to the gate and fired at least eight times, his partner said. He "
        "is the 16th signatory of the peace deal killed this year, according to the UN verification "
        "mission. The agency that oversees reintegration said several families had left the area "
        "after the killing. Patiño's comrades carried his coffin through Mesetas on Sunday, calling "
        "on the government to honour its promises of protection.",
        "V D",
        "targeted_killing",
    ),
    (
        "IDF veteran killed in terror shooting at Ra'anana bus stop",
        "A 52-year-old man who served for two decades in the IDF's armoured corps was killed on "
        "Monday when a terrorist opened fire at a bus stop in Ra'anana, police said. Two other people "
        "were wounded, one seriously. The gunman, a Palestinian from the West Bank who was in Israel "
        "without a permit, fled in a car and was shot dead by police at a checkpoint an hour later, "
        "the police said. The Shin Bet said it was investigating whether he acted alone. The victim, "
        "a father of four from Kfar Saba, had retired from the army as a lieutenant colonel in 2019 "
        "and worked as a driving instructor. Hamas praised the attack but did not claim it. Friends "
        "from his old tank battalion stood guard at the family's home on Monday night. It was the "
        "third deadly attack inside Israel this month.",
        "T V",
        "shooting_attack",
    ),
    (
        "Glide bombs hit Kharkiv prosthetics workshop run by veterans",
        "Russian guided bombs hit a prosthetics workshop run by amputee veterans in northern Kharkiv on "
        "Saturday, injuring nine people, among them two veterans who were being fitted for new legs, "
        "the city's mayor, Ihor Terekhov, said. The strike also damaged about 20 homes nearby. The "
        "workshop, set up last year by a group of former soldiers, makes about 40 limbs a month and "
        "had a waiting list of more than 300. Its founder, Dmytro Voron, said the milling machines, "
        "donated by a Canadian charity, were buried under the collapsed roof. Russian forces have "
        "intensified their bombardment of Kharkiv since opening a new offensive across the border "
        "this month, and thousands of people have left villages in the north of the region. Voron "
        "said production would move to a basement on the other side of the city.",
        "E D",
        "guided_bomb_strike",
    ),
    (
        "Veterans' charity condemns ex-soldiers seen in Sunderland riot",
        "A veterans' charity on Saturday condemned former service personnel who were filmed among "
        "rioters attacking police lines in Sunderland on Friday night, as disorder spread to more towns "
        "after the Southport stabbings. Rioters threw bricks at officers, set fire to a car and an "
        "office next to a police station, and looted shops, Northumbria Police said. Three officers "
        "were taken to hospital and ten people were arrested. Footage shared online showed a man "
        "wearing a regimental beret throwing a fence panel at officers. Help for Heroes said it was "
        "“appalled” that anyone would use their service as cover for violence. The Office for "
        "Veterans' Affairs said the “overwhelming majority” of veterans were horrified. More "
        "protests were planned for the weekend, and police forces across England were cancelling leave.",
        "U",
        "riot",
    ),
    (
        "Town mourns Green Beret killed in Niger ambush",
        "Flags flew at half-staff in Lyons, Georgia, on Thursday as the town prepared to bury Staff "
        "Sergeant Dustin Wright, one of four US soldiers killed when militants ambushed a patrol near "
        "the village of Tongo Tongo in Niger this month. The Pentagon said about 50 fighters linked to "
        "the Islamic State attacked the joint US and Nigerien patrol with rifles, rocket-propelled "
        "grenades and machine guns mounted on trucks. Four Nigerien soldiers were also killed. The "
        "Pentagon has opened an investigation into the ambush, and lawmakers are asking why the "
        "soldiers were there. Members of the local American Legion post said Wright, who served two "
        "tours in Afghanistan, used to help them lay flags on graves on Memorial Day. His brother "
        "said the family learned of the attack from the news before the Army arrived at their door.",
        "B T",
        "ambush",
    ),
]
