"""dev354 positives, part B: Canadians in wars and attacks abroad, 2014-2025."""

POSITIVES = [
    (
        "Canadian military flights take hundreds out of Beirut as Israeli strikes intensify",
        "Two Canadian Armed Forces aircraft flew 362 Canadians and permanent residents out of Beirut on Saturday as Israeli air strikes pounded the city's southern suburbs, Global Affairs Canada said. The flights, the first of several planned this week, landed in Athens, where commercial connections to Canada were arranged. Foreign Affairs Minister Mélanie Joly urged the roughly 45,000 Canadians registered in Lebanon to leave while commercial seats remained available. Families waiting at Rafic Hariri International Airport described nights spent listening to explosions in Dahiyeh, a few kilometres away. “We left with one suitcase each,” a woman from Laval told CBC News by phone. Israel has been striking Hezbollah targets across Lebanon for two weeks, and Lebanese authorities say more than a million people have been displaced. Ottawa has also chartered a ship from the port of Beirut to Cyprus for those unable to get seats on the flights.",
        "D E",
        "evacuation",
    ),
    (
        "Two Canadian brothers among dead in Israeli strike on southern Lebanon village",
        "Two brothers from the Montreal suburb of Saint-Laurent were among the people killed when an Israeli air strike hit a house in the village of Bint Jbeil in southern Lebanon, their family said Tuesday. The brothers, aged 34 and 29, had been visiting relatives and were waiting for seats on a Canadian evacuation flight, a cousin told Le Devoir. Lebanon's health ministry said the strike killed seven people and wounded 11. Global Affairs Canada said it was aware of reports that Canadians had been killed and was providing consular assistance to the family. The Israeli military said it had struck Hezbollah infrastructure in the area and did not comment on the specific strike. The deaths bring to at least four the number of Canadians reported killed in Lebanon since the escalation began in September. Mourners gathered at a mosque in Saint-Laurent on Tuesday night.",
        "E",
        "airstrike",
    ),
    (
        "Canada evacuates diplomats from Khartoum as fighting rages, citizens told to shelter",
        "Canada has suspended operations at its embassy in Khartoum and its diplomats have left Sudan, Foreign Affairs Minister Mélanie Joly said Sunday, as fighting between the army and the Rapid Support Forces entered a second week. About 1,500 Canadians are registered as being in the country, and Joly said Ottawa was working with allies to help them get out, though airports remained closed. Canadian staff left the capital with a convoy organised by a partner country, officials said, without giving details. Khartoum residents told CBC News that air strikes and artillery fire had made it too dangerous to leave their homes to buy food. The World Health Organization says more than 400 people have been killed since the fighting began on April 15. Families in Ottawa and Calgary said relatives were sheltering without water or electricity. Joly said Canadians who could safely leave by road towards Port Sudan should do so.",
        "D B",
        "evacuation",
    ),
    (
        "At least two Canadians killed and several missing after Hamas attack, Ottawa says",
        "Global Affairs Canada says at least two Canadians have been killed and three are missing after Hamas gunmen stormed southern Israel from Gaza over the weekend. One of the dead was Alexandre Look, 33, a Montrealer who was shot at the Nova music festival near Kibbutz Re'im after helping others hide, his family said. Israel says more than 1,200 people were killed in the attack and about 150 taken hostage into Gaza. Prime Minister Justin Trudeau condemned what he called an act of terrorism and said Canada stood with Israel. Among the missing is a woman from Vancouver whose relatives have asked that her name not be published. Israel has responded with heavy air strikes on Gaza, where Palestinian health officials say hundreds have been killed. Ottawa said it was arranging Canadian Forces flights to bring citizens home from Tel Aviv.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Canadian veteran among World Central Kitchen workers killed in Gaza strike",
        "A Canadian-American former soldier was among seven World Central Kitchen aid workers killed on Monday when Israeli strikes hit their convoy in central Gaza, the charity said. Jacob Flickinger, 33, who served in the Canadian Armed Forces before moving to the United States, was travelling with colleagues from Britain, Australia, Poland and Palestine after unloading food brought in by sea. The three vehicles, two of them armoured and marked with the charity's logo, were struck one after another on the coastal road near Deir al-Balah. WCK said it had coordinated the route with the Israeli military and suspended its operations in the region. Prime Minister Justin Trudeau said the strike was “completely unacceptable” and demanded a full investigation. The Israeli military said the strike was a grave mistake caused by misidentification. Aid groups warned the deaths would make it harder to deliver food to a population facing famine.",
        "E V H",
        "airstrike",
    ),
    (
        "Ontario volunteer killed fighting with Ukrainian forces near Bakhmut",
        "A man from Kitchener, Ont., who travelled to Ukraine last spring to fight with the International Legion has been killed near Bakhmut, his family said Thursday. The 32-year-old former reservist died when his unit's position came under Russian artillery and small-arms fire during a counterattack south of the city, according to a statement from the legion. Global Affairs Canada said it was aware of the death of a Canadian in Ukraine and was in contact with Ukrainian authorities. Ottawa advises against all travel to the country. His sister told CBC Kitchener-Waterloo that he had said he could not stand by after seeing images from Bucha. At least four other Canadians are known to have been killed fighting for Ukraine since the full-scale invasion began in February 2022. Fighting around Bakhmut has been among the fiercest of the war, with both sides suffering heavy losses.",
        "B E",
        "battle",
    ),
    (
        "Canadians in Haiti say escape is impossible as gangs close in on Port-au-Prince airport",
        "Canadians trapped in Port-au-Prince say they are running out of food and water as armed gangs tighten their grip on the Haitian capital, attacking police stations and firing on the international airport. About 3,000 Canadians are registered as being in Haiti, Global Affairs Canada said, and the embassy has reduced its staff to a minimum. A nurse from Gatineau, Que., told CBC News she could hear gunfire day and night around the house where she was staying. The gang coalition known as Viv Ansanm has seized several neighbourhoods and freed thousands of inmates from the two largest prisons, and the United Nations says more than 15,000 people have fled their homes in the past week. Ottawa said it had begun flying small groups of Canadians by helicopter to the Dominican Republic. Opposition MPs urged the government to speed up the evacuation.",
        "D B",
        "evacuation",
    ),
    (
        "Six Quebecers among dead in Ouagadougou hotel and café attack",
        "Six people from the Quebec City region were among at least 29 killed when al-Qaeda-linked gunmen attacked a hotel and café in the capital of Burkina Faso on Friday night, Quebec officials confirmed. The group, four members of one family and two friends, had travelled to the West African country to do volunteer work building a school. They were eating at the Cappuccino café across the street from the Splendid Hotel when the attackers opened fire and set the area ablaze. Burkinabè and French special forces stormed the hotel overnight and freed more than 150 hostages, according to the government. Al-Qaeda in the Islamic Maghreb claimed responsibility for the attack. Prime Minister Justin Trudeau called it a senseless act of terror. In Lac-Beauport, where several of the victims lived, the local church held a vigil on Saturday evening.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Canadian geologist kidnapped by gunmen in Burkina Faso found dead",
        "A Canadian geologist who was kidnapped by gunmen from a mining exploration site in northeastern Burkina Faso has been found dead, the country's security ministry said Thursday. Kirk Woodman, who worked for Vancouver-based Progress Minerals, was taken on Tuesday night by about a dozen armed men at the Tiabongou site, near the border with Niger. His body was found about 100 kilometres away in Oudalan province, the ministry said, with gunshot wounds. Foreign Affairs Minister Chrystia Freeland said Canada condemned the killing and was working with Burkinabè authorities to find those responsible. Jihadist groups linked to al-Qaeda and the Islamic State have stepped up attacks in the country's north and east. Another Canadian, Edith Blais of Sherbrooke, Que., has been missing in the country since December with her Italian travelling companion.",
        "V",
        "abduction",
    ),
    (
        "Last Canadian flight leaves Kabul as crowds mass at airport gates",
        "Canada's final military evacuation flight left Kabul on Thursday, hours before a suicide bombing outside the airport killed dozens of Afghans and 13 U.S. service members, Gen. Wayne Eyre said. The Canadian Armed Forces flew about 3,700 people out of Afghanistan over two weeks, including Canadians and Afghans who worked with Canadian troops during the war, Eyre told reporters. But he said many eligible Afghans were left behind. “Our hearts are broken,” he said. Afghan interpreters in Ottawa said relatives had been beaten by Taliban fighters at checkpoints on the way to the airport. The Taliban took control of Kabul on Aug. 15 after a rapid offensive across the country. Immigration Minister Marco Mendicino said Canada would keep its promise to resettle 20,000 Afghan refugees.",
        "D T",
        "evacuation",
    ),
    (
        "First charter of Ukrainians fleeing war lands in Winnipeg",
        "A federally chartered plane carrying 328 Ukrainians who fled the Russian invasion landed in Winnipeg on Monday, the first of three flights from Warsaw arranged by the federal government. Most of the passengers were women and children, many of whom left husbands and fathers behind to fight. Volunteers from the Ukrainian Canadian Congress handed out winter coats and SIM cards in the arrivals hall as families were processed by immigration officers. Immigration Minister Sean Fraser said Canada had approved more than 90,000 applications under its emergency travel program. “We heard the sirens every night in Kharkiv,” a 38-year-old teacher said, holding her seven-year-old daughter. More than six million people have fled Ukraine since February, according to the UN refugee agency. The next flight is expected in Montreal later this week.",
        "D",
        "refugees",
    ),
    (
        "Canadian dual citizens cross Rafah into Egypt after weeks trapped in Gaza",
        "A first group of Canadians trapped in Gaza crossed the Rafah border into Egypt on Tuesday, Global Affairs Canada said, after weeks of waiting as Israeli bombardment of the territory continued. The department said 75 Canadians, permanent residents and family members had crossed, out of some 450 people on the list Ottawa submitted. A Toronto man whose parents were among them told the Globe and Mail they had been sleeping in a UN school in Khan Younis with little food or clean water. Canadian officials met them at the crossing and took them by bus to Cairo. The Gaza health ministry says more than 11,000 people have been killed since the war began in October. Foreign Affairs Minister Mélanie Joly said Canada would keep pressing for humanitarian pauses to let aid in and foreigners out. Families in Mississauga said they were still waiting for news.",
        "D H E",
        "evacuation",
    ),
    (
        "Canadian journalists escape injury as Russian shells hit Kharkiv hotel",
        "A CBC News crew escaped without serious injury when Russian shells struck the hotel where they were staying in Kharkiv overnight, the public broadcaster said. The reporter, producer and a Ukrainian fixer were in a basement shelter when two shells hit the upper floors shortly before midnight, blowing out windows and starting a fire. Ukrainian officials said three people were killed elsewhere in the city in the same barrage. The crew's security adviser suffered cuts from flying glass and was treated at a local hospital. CBC's editor in chief said the team was safe and would leave the city for the time being. Kharkiv, Ukraine's second city, has been shelled almost daily since Russian troops reached its outskirts. Press freedom groups say at least seven journalists have been killed in Ukraine since the invasion began.",
        "E",
        "shelling",
    ),
    (
        "Toronto woman killed in Istanbul nightclub attack, Global Affairs confirms",
        "A Toronto woman was among the 39 people killed when a gunman opened fire in an Istanbul nightclub during New Year's celebrations, Global Affairs Canada confirmed on Sunday. The 29-year-old was visiting friends and had gone to the Reina club on the Bosphorus to mark the start of 2017, her family said. A second Canadian was among the wounded, officials said. The Islamic State group claimed responsibility for the attack, in which the gunman fired more than 120 rounds. Turkish police were still searching for him on Monday. Prime Minister Justin Trudeau offered condolences to the family and said Canada stood with Turkey against terrorism. Friends described the woman as a talented makeup artist who had just started her own business. Her body is expected to be repatriated later this week.",
        "T",
        "terrorist_attack",
    ),
    (
        "CF-18s strike Islamic State positions near Fallujah in first Canadian combat mission",
        "Canadian CF-18 fighter jets dropped laser-guided bombs on Islamic State positions near Fallujah on Sunday, the first air strikes of Canada's combat mission in Iraq, the Department of National Defence said. Two CF-18 Hornets hit construction equipment the militants were using to divert the Euphrates River, Lt.-Gen. Jonathan Vance told a briefing in Ottawa. All aircraft returned safely to their base in Kuwait. The strikes came almost a month after Parliament voted to join the U.S.-led air campaign against ISIS for up to six months. Six CF-18s, a refuelling aircraft and two Aurora surveillance planes are taking part. Vance said the Canadian jets would continue to fly missions in Iraq in support of Iraqi and Kurdish ground forces. NDP leader Tom Mulcair said the mission had no clear end.",
        "E M",
        "airstrike",
    ),
    (
        "Canadians caught in Israel-Iran war wait for exit through Jordan",
        "Hundreds of Canadians in Israel and Iran are seeking ways out as the two countries trade missile and air strikes for a sixth day, with airspace closed across much of the region, Global Affairs Canada said. About 5,000 Canadians in Israel and 3,000 in Iran have registered with the department, Foreign Affairs Minister Anita Anand said. Ottawa has arranged buses from Tel Aviv to the Allenby crossing into Jordan, from which Canadian military aircraft will fly people to Europe. There is no consular presence in Iran, and Canadians there have been told to leave by land through Armenia or Turkey if it is safe. A woman from Richmond Hill, Ont., said her parents had spent three nights in a shelter in Haifa as Iranian missiles struck the port area. Iranian officials say Israeli strikes have killed hundreds of people in Iran.",
        "D E",
        "evacuation",
    ),
    (
        "Ukrainian family who fled Mariupol's siege rebuilds life in Saskatoon",
        "For 23 days in March 2022, Olena Shevchenko and her two sons lived in the basement of their apartment block in Mariupol as Russian artillery and aircraft pounded the city, melting snow for water and cooking on a fire in the yard. This week, the family arrived in Saskatoon after a months-long journey through Russian filtration camps, Georgia and Poland, one of thousands of Ukrainian families brought to Canada under the emergency travel program. A church group in the city has found them an apartment and a school for the boys, aged nine and 14. Shevchenko's husband is serving with the Ukrainian army near Zaporizhzhia, and she speaks to him when his unit has a connection. “The shelling still comes at night, in my dreams,” she said. Russian strikes continue to hit front-line cities in the east and south, and the UN refugee agency says about 3.7 million people remain displaced inside Ukraine.",
        "D",
        "refugees",
    ),
]
