"""dev169 positives (2 of 3): current organised violence or its direct consequences as Kurdish,
Afghan, Syrian, Druze, Eritrean, Congolese and Palestinian communities abroad hear it, and riots
and clashes in their host cities (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Kurds in Cologne cut off from families as Turkish strikes knock out power in "
        "northeast Syria",
        "COLOGNE, Germany (Kurdistan24) – Kurdish families in Cologne and across North "
        "Rhine-Westphalia say they have struggled to reach relatives in northeast Syria after "
        "a new wave of Turkish airstrikes hit power stations, oil facilities and a gas plant "
        "in the region over the weekend. The Autonomous Administration of North and East "
        "Syria said Turkish warplanes and drones struck more than 50 sites in Qamishli, "
        "Amuda, Derik and Kobani, killing at least eight people and cutting electricity to "
        "hundreds of thousands of homes. Turkey's defence ministry said its operations "
        'targeted "terrorist" infrastructure after nine of its soldiers were killed in '
        'clashes with the PKK in northern Iraq. "My mother has no electricity, no heating, '
        'and the bakery in her street is closed because there is no diesel," said Rojda '
        "Hesen, a student in Cologne who is from Qamishli. Hesen said her mother had spent "
        "the night in the basement after a drone hit a power station less than two kilometres "
        "from their house. Local officials in the region said water pumping stations had also "
        "stopped, leaving several towns reliant on tanker trucks. Kurdish associations in "
        "Cologne held a protest outside the city's main station on Sunday, which police said "
        "passed peacefully. The Kurdish Community in Germany said it would ask the federal "
        "government to press Ankara to stop the strikes on civilian infrastructure.",
        "E M H",
        "air campaign",
    ),
    (
        "Stockholm Kurds hold candlelight vigil after drone strike hits civilian convoy at "
        "Tishreen dam",
        "Hundreds of Kurds gathered at Sergels torg in central Stockholm on Thursday evening "
        "after a Turkish drone struck a convoy of civilians travelling to the Tishreen dam in "
        "northern Syria, where fighting between the Kurdish-led Syrian Democratic Forces and "
        "Turkish-backed factions has raged for weeks. The SDF said the strike on Wednesday "
        "killed six people and wounded more than a dozen, most of them residents of Kobani "
        "and Raqqa who had gone to the dam to join a sit-in against the attacks. Among the "
        "wounded was the cousin of Berivan Ali, a nurse from Södertälje, who said he had been "
        'hit by shrapnel in the back while driving a minibus. "They were carrying bread and '
        'blankets, not weapons," she said. The Syrian National Army factions, backed by '
        "Turkish air power, have been trying to take the dam and the Qara Qozak bridge since "
        "they captured Manbij in December, and both sides report heavy losses. Thousands of "
        "families from villages near the Euphrates have fled towards Kobani and Raqqa. Turkey "
        "says the SDF is an extension of the PKK, which it considers a terrorist "
        "organisation, and denies targeting civilians. The vigil was organised by Kurdish "
        "associations in Sweden and passed without incident, police said. Speakers called on "
        "the Swedish government to raise the attacks with Ankara, which approved Sweden's bid "
        "to join NATO last year.",
        "E V B D",
        "drone strike",
    ),
    (
        "Melbourne's Hazara community gathers as families count the dead from Kabul classroom "
        "bombing",
        "Members of Melbourne's Hazara community filled a hall in Dandenong on Saturday "
        "night, two days after a suicide bomber attacked a packed study hall in west Kabul "
        "where hundreds of students were sitting a practice university entrance exam. The "
        "United Nations said at least 53 people were killed, 46 of them girls and young "
        "women, and more than 100 injured in the blast at the Kaaj education centre in "
        "Dasht-e-Barchi, a mostly Hazara neighbourhood. No group has claimed the bombing, but "
        "the Islamic State group has carried out previous attacks on Hazara schools, mosques "
        "and a maternity ward in the area. Zahra Rezaee, who came to Australia as a refugee "
        'in 2013, said her 18-year-old niece was sitting in the third row. "She wanted to '
        'study medicine. She had been going to that centre every day for a year," she said, '
        "holding a printed photograph. Her niece survived with burns to her face and hands, "
        "but two of her classmates were killed. Several people at the gathering said the "
        "Taliban had not protected the community, and that families in Dasht-e-Barchi were "
        "now too afraid to send girls to private courses. The UN Secretary-General condemned "
        "what he called a heinous terrorist attack. Organisers said they would send the money "
        "collected to families paying for funerals and hospital treatment in Kabul.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Sacramento Afghan family says Taliban detained and killed brother who served in army",
        "An Afghan family in Sacramento says a brother who stayed behind after the fall of "
        "Kabul was detained by Taliban intelligence officers in Kandahar last month and "
        "returned to them dead four days later. Mohammad Nabi Sultani, who worked as an "
        "interpreter for American forces and arrived in California in 2021, said his younger "
        "brother had served as a sergeant in the Afghan National Army and had been living "
        "quietly in their father's house since the Taliban takeover. Armed men in a pickup "
        "truck came for him after evening prayers on a Thursday, relatives told Sultani. "
        '"They said he should come for one night of questioning. They gave his body back with '
        'the marks of beating and two bullets," Sultani said, showing photographs that he '
        "said his family sent on WhatsApp. The Bee could not independently verify the "
        "account. A Taliban spokesman in Kandahar did not respond to a request for comment, "
        "but the group's leaders have repeatedly said the general amnesty announced in 2021 "
        "for former soldiers and officials is being respected. A United Nations report last "
        "year documented more than 200 extrajudicial killings of former government officials "
        "and members of the security forces since the takeover. Sultani said his brother's "
        "widow and three children have since moved to a relative's house in Quetta. "
        "Sacramento has one of the largest Afghan communities in the country, many of them "
        "former interpreters on Special Immigrant Visas.",
        "V",
        "extrajudicial killing",
    ),
    (
        "Alawite family in Bremen says gunmen killed six relatives in Baniyas",
        "BREMEN – For three days, Lina Haidar has barely slept. Since Friday the 34-year-old "
        "pharmacist, who came to Germany from the Syrian coastal city of Baniyas in 2015, has "
        "followed the news from her home region on her phone. On Saturday morning her aunt "
        "sent a voice message: armed men had entered the al-Qusour district and were going "
        "from house to house, asking whether the inhabitants were Alawites. In the afternoon "
        "she learned that her uncle, his two sons and three neighbours had been shot in the "
        'courtyard of their building. "They did not ask about anything else. Only the '
        'religion," Haidar said. The violence began on Thursday, when fighters loyal to the '
        "ousted Assad government ambushed security forces near Jableh and the new authorities "
        "in Damascus sent reinforcements to the coast. The Syrian Observatory for Human "
        "Rights said more than 1,000 civilians had been killed in the following days, most of "
        "them Alawites, in what it described as massacres by fighters allied with the "
        "government. Syria's interim president promised to hold those responsible to account "
        "and announced a committee of inquiry. Thousands of people fled to the Russian air "
        "base at Hmeimim and across the border into Lebanon. In Bremen, several hundred "
        "people, among them Alawites, Christians and Sunni Syrians, held a silent vigil in "
        "front of the town hall on Sunday.",
        "V B D",
        "massacre",
    ),
    (
        "Sydney Druze community says relatives trapped in Sweida as clashes and air strikes "
        "continue",
        "Members of the Druze community in Sydney say they have lost contact with relatives "
        "in the southern Syrian city of Sweida, where days of fighting between Druze "
        "militias, Bedouin tribal fighters and government forces have left hundreds dead. "
        "Community leaders gathered at a hall in Greystanes on Wednesday night to exchange "
        "news, and some wept as they read out the names of people killed. Raed Abou Hamdan "
        "said his cousin was shot dead on the doorstep of his home in the city's western "
        'district on Tuesday, after government troops and allied fighters entered. "My aunt '
        'hid with the children in the bathroom for ten hours," he said. The Syrian government '
        "said its forces had been sent to end the clashes between Druze and Bedouin groups "
        'and restore order, and has blamed "outlaw groups" for abuses. Israel, which says it '
        "is protecting the Druze, launched air strikes on government forces in Sweida "
        "province and on the defence ministry in Damascus. The Syrian Observatory for Human "
        "Rights said more than 300 people had been killed, including civilians shot in "
        "summary executions. Families in the city reported shortages of bread, water and "
        "medicine, and electricity has been cut for days. Sydney's Druze community, estimated "
        "at several thousand people, said it would ask the federal government to support a "
        "humanitarian corridor.",
        "B V E H",
        "sectarian clashes",
    ),
    (
        "9 hurt as violence breaks out at Eritrean festival in Toronto park, police say",
        "Nine people were taken to hospital after fighting broke out between two groups at an "
        "Eritrean cultural festival in a park in Toronto's west end on Saturday, police say. "
        "Toronto police said officers were called to Earlscourt Park at about 11 a.m. after a "
        "group of people opposed to the Eritrean government arrived at the festival, which "
        "they describe as a fundraiser for the regime in Asmara. Witnesses said people threw "
        "rocks and swung sticks and metal poles, and that tents, a stage and food stalls were "
        "set on fire. Video posted online shows dozens of people running across the park as "
        "smoke rises from burning canopies. Police said they used pepper spray and made "
        "several arrests, and the festival was cancelled. Similar clashes between supporters "
        "and opponents of President Isaias Afwerki have broken out at Eritrean festivals this "
        "summer in Stockholm, Seattle and Calgary. Festival organisers said their event was a "
        "peaceful celebration of Eritrean culture and that families with children had been "
        "attacked. Opponents, many of them younger Eritreans who fled indefinite national "
        "service, say the festivals raise money for a government that jails critics without "
        'trial. "We came to say no more money for the dictator. We did not come to fight," '
        "one protester told CBC Toronto. Two men were later charged with assault with a "
        "weapon.",
        "U",
        "riot",
    ),
    (
        "Ottawa Eritreans fear for relatives after reports refugee camps in Tigray were "
        "attacked and burned",
        "Eritrean families in Ottawa say they have not heard from relatives in two refugee "
        "camps in northern Ethiopia since fighting reached the camps in the Tigray region, "
        "and fear they have been killed or forcibly taken back to Eritrea. Satellite images "
        "released this week show fresh fire damage at Hitsats and Shimelba, camps that until "
        "November housed about 20,000 Eritrean refugees between them. The UN refugee agency "
        'said it had received "an overwhelming number of reports" that refugees had been '
        "killed, abducted and forcibly returned, and that it had no access to the camps. "
        "Ethiopia's government says its forces are conducting a law-enforcement operation in "
        "Tigray and that refugees are being relocated for their safety. Yonas Tesfamariam, a "
        "bus driver in Ottawa, said his younger brother called him from Hitsats in late "
        'November to say soldiers in Eritrean uniforms had entered the camp. "He said they '
        'were taking names. Since then his phone is off," he said. Some refugees have reached '
        "Mai Aini and Adi Harush camps farther south, or the town of Shire, on foot, "
        "according to aid workers. Others crossed into Sudan with Tigrayans fleeing the "
        "fighting. Eritrea denies that its troops are in Tigray. Ottawa's Eritrean community "
        "held a prayer service at an Orthodox church on Sunday and asked Global Affairs "
        "Canada to press for access to the camps.",
        "V D",
        "attack on refugee camps",
    ),
    (
        "In Matonge, Congolese families follow the fall of Goma by phone",
        "BRUSSELS – In the cafés and phone shops of Matonge, the Congolese quarter of "
        "Ixelles, talk on Tuesday was of one thing: Goma. M23 rebels, backed according to the "
        "UN by Rwandan troops, entered the largest city in eastern Congo on Sunday night, and "
        "by Tuesday were patrolling its centre after days of fighting with the Congolese army "
        'and its allies. "My mother is lying on the floor of her house with my little '
        'brothers. She says the bullets pass over the roof," said Christelle Mbuyi, 29, who '
        "works in a bakery on the Chaussée de Wavre. Residents described bodies lying in the "
        "streets and hospitals overwhelmed with wounded, many of them hit by shells fired "
        "into crowded neighbourhoods. The UN said hundreds of people had been killed and that "
        "camps for the displaced on the edge of the city had emptied as people fled again, "
        "toward the lake shore or across the border to Gisenyi in Rwanda. Water and power "
        "have been cut in much of the city and the airport is closed. Belgium's foreign "
        "minister called on Rwanda to withdraw its troops. In Matonge, volunteers from "
        "Congolese associations set up a table in front of the Saint-Boniface church to "
        "collect news of missing people and donations for the city's hospitals. \"We cannot do "
        'anything from here except send money and pray," said one volunteer.',
        "B E D H",
        "offensive",
    ),
    (
        "Police use water cannon as Congolese protest in Brussels turns violent",
        "BRUSSELS – Police used water cannon and tear gas on Saturday afternoon to disperse a "
        "group of protesters near the Porte de Namur, after a march by several thousand "
        "members of the Congolese community against the war in eastern Congo ended in "
        "clashes. The march, which started peacefully at the Gare du Nord, called on Belgium "
        "and the European Union to sanction Rwanda, which the UN accuses of backing the M23 "
        "rebels. Near the end of the route, a group of young men threw stones and bottles at "
        "police lines and smashed the windows of several shops and a bank branch, Brussels "
        "police said. Two police officers were slightly injured and 41 people were detained, "
        "most of them administratively. Some protesters said police had charged peaceful "
        'families without warning. "We came with our children and our flags. The violence was '
        'started by a few, and everyone paid," said a woman from Anderlecht who had marched '
        "with her sister. Organisers said the march had been approved by the city and "
        "condemned the damage. The mayor of Ixelles said shopkeepers in the Matonge quarter "
        "had closed their shutters early out of fear. The Congolese community in Belgium, "
        "numbering around 50,000, has held several protests since the M23 took Goma last "
        "month.",
        "U",
        "riot",
    ),
    (
        "Dearborn family says Israeli strike killed 11 relatives sheltering in Deir al-Balah",
        "DEARBORN – Ahmad Abu Shamala spent Tuesday night in his living room in Dearborn "
        "Heights with his phone on speaker, listening as cousins in Gaza read out the names "
        "of the dead. An Israeli airstrike before dawn on Tuesday hit a three-storey house in "
        "Deir al-Balah where his uncle's family and relatives displaced from Gaza City had "
        "been sheltering since November, killing 11 of them, including five children, "
        "relatives said. Gaza's Civil Defence said rescuers dug through the rubble by hand "
        "because they had no heavy machinery. The Israeli military said it had struck a Hamas "
        "militant operating in the area and that it takes steps to reduce harm to civilians. "
        '"There were 23 people in that house. They went there because the army told them the '
        'south was safe," Abu Shamala said. The 44-year-old engineer, who came to Michigan in '
        "2004, said he had been trying for months to get his uncle's family onto a list to "
        "leave Gaza through the Rafah crossing. A funeral prayer in absentia was held "
        "Wednesday at a mosque on Warren Avenue, attended by several hundred people. Local "
        "leaders, including members of the Dearborn City Council, called on the Biden "
        "administration to press for a ceasefire. More than 300 families in metro Detroit "
        "have lost relatives in Gaza since the war began, according to an estimate by a local "
        "Palestinian American group.",
        "E V D",
        "airstrike",
    ),
]
