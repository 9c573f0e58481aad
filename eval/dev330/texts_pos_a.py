"""dev330 positives, part A: studios, players and tournaments in current wars (Europe, the Middle
East, Africa, Asia). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Kyiv studio counts the damage after overnight missile strike shatters its office windows",
        "A Kyiv game studio best known for its survival shooters spent Tuesday sweeping glass "
        "out of its open-plan office after a Russian missile struck a building two streets away "
        "in the early hours. Ukraine's air force said Russia launched 43 missiles and more than "
        "100 drones at the capital overnight, and city officials reported at least nine people "
        "killed across three districts. Nobody from the studio was inside when the blast wave "
        "blew in the windows on the fourth floor, its chief operating officer said. “We lost a "
        "server rack, two dozen monitors and every plant in the building,” he wrote on LinkedIn, "
        "adding that the team of about 60 in Kyiv would work from home and from a co-working "
        "space with a generator until repairs were done. The studio moved part of its staff to "
        "Lviv and to Malta in 2022 but kept its main office in the capital. Its next project, a "
        "co-op horror game, is still scheduled for the autumn, the company said, though the "
        "strike had cost it “a week we did not have”. Several other studios in the Podilskyi "
        "district said they had suspended work for the day while emergency crews searched the "
        "rubble.",
        "E",
        "missile_strike",
    ),
    (
        "Kharkiv developers move their desks into a basement as glide bombs hit the city",
        "The dozen developers of a small Kharkiv mobile-games company have been working from a "
        "converted basement since early May, when Russian glide bombs began falling on the "
        "city's northern districts almost daily. The regional governor, Oleh Syniehubov, said on "
        "Sunday that three people were killed and 28 wounded when a bomb hit a DIY superstore, "
        "the latest in a run of strikes on the city. The studio's founder said two of his "
        "programmers had left for Poltava with their families after a bomb landed near their "
        "apartment block in the Saltivka neighbourhood. Others sleep in the basement on nights "
        "when the sirens do not stop. “You write a shader, you hear a boom, you check the chat "
        "to see if everyone answers,” said Iryna, a 27-year-old artist who asked that her "
        "surname not be used. The company makes casual puzzle games for a publisher in Cyprus "
        "and says it has not missed a release. But the founder said he was looking at moving the "
        "whole team west if the strikes continue through the summer. Tens of thousands of "
        "residents have fled the Kharkiv region since the Russian push across the border began "
        "on 10 May 2024.",
        "E D",
        "air_strike",
    ),
    (
        "Ukrainian Counter-Strike veteran killed near Pokrovsk, his former team says",
        "A Ukrainian former professional Counter-Strike player who joined the army in 2023 has "
        "been killed in fighting near Pokrovsk, his former esports organisation said on "
        "Thursday. The 29-year-old, who played under the handle “kosh” in regional leagues "
        "between 2015 and 2019, was serving with an assault brigade in the Donetsk region, the "
        "club said in a post on X. It did not give the date of his death but said he had been "
        "killed while holding a position east of the town, where Russian forces have been "
        "pressing attacks for weeks. Ukraine's general staff reported 52 Russian assaults on the "
        "Pokrovsk axis on Wednesday alone. Tributes poured in from players in Ukraine, Poland "
        "and the Baltic states, and several streamers paused their broadcasts for a minute of "
        "silence. “He was the loudest man in every bootcamp and the first to help a rookie,” one "
        "former teammate wrote. At least 14 people from Ukraine's esports scene have been killed "
        "at the front since the full-scale invasion, according to a count kept by a Kyiv gaming "
        "news site.",
        "B",
        "battle",
    ),
    (
        "Gaza game developer killed with family in strike on Khan Younis home, colleagues say",
        "Colleagues and relatives of a Palestinian game developer who taught coding to teenagers "
        "in Gaza City said on Monday that he had been killed with his wife and three children "
        "when an Israeli air strike hit the house where they were sheltering in Khan Younis. The "
        "34-year-old had moved south with his family in October after the Israeli military "
        "ordered residents of northern Gaza to leave. He had released two small mobile games, "
        "one about a boy flying a kite over the sea, and ran a weekend club at a technology hub "
        "that was destroyed in the first weeks of the war. The Israeli military said it had "
        "struck “terror targets” in Khan Younis overnight and did not comment on the specific "
        "strike. The Gaza health ministry said at least 76 people were killed across the "
        "territory in the previous 24 hours. Developers in the West Bank, Jordan and Europe "
        "shared his games on social media and set up a fundraiser for surviving relatives. “He "
        "wanted Gaza to be known for making things,” said a friend who worked with him at the "
        "hub. The Committee to Protect Journalists and several tech groups have tracked the "
        "deaths of Gaza's small community of digital workers since the war began on 7 October "
        "2023.",
        "E",
        "air_strike",
    ),
    (
        "From a tent in al-Mawasi, Gaza's last game studio tries to ship an update",
        "The four remaining staff of a Gaza City game studio are trying to finish an update for "
        "their puzzle game from a tent in al-Mawasi, where they have lived since fleeing Rafah "
        "in May. They charge their laptops from a solar panel bought for $600 and share one eSIM "
        "that works only near the beach. The studio's founder said two of its nine employees had "
        "been killed since October and three had left Gaza through the Rafah crossing before it "
        "closed. The United Nations says about 1.7 million people are now crowded into the "
        "coastal area that Israel designated as a humanitarian zone, with little clean water and "
        "outbreaks of hepatitis A. “Some days we work two hours, some days nothing, because we "
        "are queuing for water or flour,” the founder said in voice messages. An Israeli strike "
        "near the tents on Tuesday killed at least 19 people, according to Gaza's civil defence. "
        "The studio's publisher in Amman said it had extended every deadline and would pay "
        "salaries through the end of the year. Players have left more than 4,000 reviews under "
        "the game since the studio posted a message about its situation in July 2024.",
        "D H E",
        "displacement",
    ),
    (
        "Beirut studio staff flee Dahiyeh as Israeli strikes pound southern suburbs",
        "Most of the staff of a Beirut animation and games studio have left their homes in the "
        "city's southern suburbs after a night of Israeli air strikes, the company's creative "
        "director said on Saturday. The Israeli military said it had hit Hezbollah command "
        "centres and weapons stores in Dahiyeh and urged residents of several buildings to leave "
        "before the raids. Lebanon's health ministry said dozens of people were killed in "
        "strikes across the country on Friday and Saturday. The studio, which employs 22 people "
        "and works on art for European console games, has moved its servers to a rented flat in "
        "Achrafieh. Eight employees are sleeping in the office and four have gone to relatives "
        "in the mountains above Jounieh, the director said. “We have a milestone for a client in "
        "Paris on Monday, and half the team does not have a bed,” she said. Lebanese officials "
        "say more than a million people have been displaced since the escalation began in late "
        "September 2024. The director said the client had offered to push the date but that work "
        "was also a way to stay sane.",
        "E D",
        "air_strike",
    ),
    (
        "Israeli studios mourn staff killed in Hamas attack as hundreds of employees are called up",
        "Israel's video game studios were counting their losses on Tuesday after Saturday's "
        "attack by Hamas gunmen on communities and a music festival near the Gaza border. A Tel "
        "Aviv mobile studio said a 25-year-old QA tester had been killed at the Nova festival, "
        "and a Haifa developer said one of its designers was missing after gunmen stormed "
        "Kibbutz Be'eri, where her parents live. Israeli officials say more than 1,200 people "
        "were killed in the attack, which the government and its allies have called the worst "
        "terrorist attack in the country's history, and about 240 were taken hostage. Several of "
        "the country's larger studios said between 10% and 20% of their staff had been called up "
        "as reservists. Rocket fire from Gaza continued on Monday, sending employees in Ashkelon "
        "and Sderot to shelters. “Nobody is thinking about sprints or roadmaps this week,” said "
        "the head of a Jerusalem start-up that makes educational games. A trade group for "
        "Israeli game developers said it would postpone a showcase planned for November 2023.",
        "T V E",
        "terror_attack",
    ),
    (
        "Khartoum's gaming cafés empty as RSF and army fight street by street",
        "The gaming cafés of Khartoum's Riyadh and Amarat districts, where teenagers once queued "
        "to play FIFA and PUBG on rented consoles, have shut their doors as Sudan's army and the "
        "paramilitary Rapid Support Forces fight for control of the capital. Residents said "
        "gunfire and artillery could be heard across the city for an eighth day on Saturday, and "
        "RSF fighters had set up checkpoints near the airport. The World Health Organization "
        "says more than 400 people have been killed since the fighting began on 15 April 2023. "
        "Mohamed, who ran a café with 12 PlayStations near Africa Street, said he had left with "
        "his family for Wad Madani after fighters broke into the building next door. “We took "
        "nothing, only the children,” he told Reuters by phone. Members of a Sudanese FIFA "
        "league that organised online tournaments say most of its 80 players have fled to Egypt, "
        "Port Sudan or villages in Gezira state. The league's organiser said he had no idea "
        "whether the café consoles were still there.",
        "B E D",
        "battle",
    ),
    (
        "Myanmar mobile esports team scatters after junta air raids on Sagaing town",
        "Sagaing's best-known Mobile Legends team has pulled out of a national qualifying "
        "tournament after military air strikes on its home town forced players to flee, the "
        "team's manager said on Wednesday. Local resistance groups and residents said jets "
        "bombed a market and a school compound in the town on Monday, killing at least 11 "
        "people. The junta has stepped up air raids across the region as the People's Defence "
        "Force and allied groups press attacks on army bases. Three of the team's five players "
        "have crossed into villages near the Chindwin river, and one has reached Mandalay, the "
        "manager said. “They were practising in a house with a VSAT dish, and then there was no "
        "house,” he said. The United Nations says more than 3 million people are displaced in "
        "Myanmar, many of them in Sagaing. The tournament organiser in Yangon said it would "
        "refund the team's entry fee and did not comment on the air strikes. Internet in much of "
        "the region has been cut by the military since 2021.",
        "E V D",
        "air_strike",
    ),
    (
        "Goma's young game makers flee as M23 fighters seize the city",
        "Members of a small collective of game developers in Goma, in eastern Democratic "
        "Republic of Congo, say they have fled to Bukavu and Kigali after M23 rebels, backed "
        "according to UN experts by Rwanda, fought their way into the city this week. Heavy "
        "fighting around the airport and in the city centre killed hundreds of people, according "
        "to the United Nations, and hospitals were overwhelmed with the wounded. The collective, "
        "founded in 2019, makes a mobile game in Swahili and French that teaches children about "
        "volcanic eruptions. Its co-founder, reached by phone in Kigali, said mortar rounds had "
        "hit near the hall where they ran weekend coding sessions. “We had 30 young people "
        "coming every Saturday. I do not know where most of them are now,” he said. The UN "
        "refugee agency says more than 700,000 people who had already fled fighting were living "
        "in camps around Goma before the offensive, and many have been displaced again. Congo's "
        "government has cut ties with Rwanda, which denies backing the rebels, since the fall of "
        "the city in late January 2025.",
        "B E D H",
        "battle",
    ),
    (
        "Amhara team withdraws from esports qualifier as Fano clashes cut Bahir Dar off",
        "An esports team from Ethiopia's Amhara region has withdrawn from a continental FIFA "
        "qualifier after fighting between the federal army and Fano militia fighters reached "
        "Bahir Dar, its coach said. Residents reported heavy gunfire in the city on Monday and "
        "Tuesday, and the government declared a state of emergency in the region. Fighting was "
        "also reported in Gondar and Lalibela, where the militia briefly took control of the "
        "airport. Internet access across Amhara has been cut since the start of August 2023, "
        "leaving the team unable to connect even to practise. The coach, who travelled to Addis "
        "Ababa by road, said the players were safe but could not leave their homes. “When you "
        "hear shooting at the end of the street, nobody is thinking about penalties in a video "
        "game,” he said. The organiser, based in Cairo, said it had offered Ethiopia's slot to a "
        "team from the capital. The United Nations has voiced alarm over reports of civilian "
        "deaths in the clashes.",
        "B",
        "battle",
    ),
    (
        "Maiduguri gaming lounge among targets as suicide bombers strike market area",
        "A gaming lounge where young men gathered to watch football and play on consoles was "
        "badly damaged on Saturday when suicide bombers struck near Maiduguri's Monday Market, "
        "police and residents in Nigeria's Borno state said. At least 12 people were killed and "
        "more than 40 wounded in the twin blasts, according to the state emergency agency. "
        "Police blamed Boko Haram, the jihadist group that has fought the state in the "
        "north-east since 2009. The lounge's owner said the second bomber had detonated his "
        "explosives outside the door as people ran from the first blast. “I lost two customers "
        "who were like my brothers,” he said, adding that he would not reopen soon. Four of "
        "those killed were teenagers, a local youth leader said. The state governor visited the "
        "wounded at the University of Maiduguri Teaching Hospital and ordered more patrols "
        "around markets. Borno has seen a number of suicide attacks on crowded places in recent "
        "months.",
        "T V E",
        "suicide_bombing",
    ),
    (
        "Pakistan postpones Lahore PUBG Mobile finals after Indian strikes and drone alerts",
        "Organisers of Pakistan's biggest PUBG Mobile tournament have postponed its Lahore "
        "finals indefinitely after Indian missile strikes early on Wednesday and drone sightings "
        "over the city the following night. India said it had hit nine sites it described as "
        "terrorist infrastructure in Pakistan and Pakistani Kashmir, two weeks after gunmen "
        "killed 26 people, most of them tourists, near Pahalgam. Pakistan said 31 civilians were "
        "killed in the strikes and that its forces shot down Indian drones over Lahore and other "
        "cities. Shelling across the Line of Control killed more people on both sides, officials "
        "said. The organiser said the arena could not be secured and that teams from Karachi and "
        "Peshawar had been told not to travel. Some players posted videos of air-defence fire "
        "lighting up the sky above Lahore on Thursday night. The final, with a prize pool of 5 "
        "million rupees, had been scheduled for 10 May 2025. “Safety first, trophies later,” the "
        "organiser wrote.",
        "E M",
        "missile_strike",
    ),
    (
        "Iranian streamers go dark as security forces fire tear gas at protesters in Tehran",
        "Several of Iran's best-known gaming streamers have stopped broadcasting after a week of "
        "protests over the death of Mahsa Amini in the custody of the morality police, and two "
        "said they had been detained overnight. Rights groups say security forces have fired "
        "tear gas, birdshot and live ammunition at crowds in Tehran, Mashhad and cities in "
        "Kurdistan province, and Iran Human Rights puts the death toll at 76 or more. "
        "Authorities have cut mobile internet and blocked Instagram and WhatsApp, and many "
        "Twitch streams from Iran stalled on Wednesday. One streamer, speaking from Turkey, said "
        "friends in Tehran had been beaten by Basij militiamen on Keshavarz Boulevard. “They "
        "filmed with their phones and the next day the police came for them,” he said. State "
        "media has blamed “rioters” for burning police cars and banks. A group of streamers "
        "outside Iran plans a charity broadcast for families of detainees in October 2022.",
        "U",
        "crackdown",
    ),
    (
        "Nairobi streamer shot in the leg as police fire on finance bill protesters",
        "Police shot a Kenyan gaming streamer with 200,000 followers on TikTok in the leg in "
        "central Nairobi on Tuesday as protests against a finance bill turned deadly, his family "
        "said. Police fired tear gas, water cannon and live rounds as crowds tried to storm "
        "parliament, parts of which were set on fire. Human rights groups said at least 22 "
        "people were killed across the country. The streamer, who had been filming for his "
        "channel, was taken to Kenyatta National Hospital, where doctors removed a bullet, his "
        "brother said. Dozens of Kenyan content creators, many of them gamers, had urged "
        "followers to join the demonstrations in June 2024, and several held live streams from "
        "the marches. The Kenya Medical Association said its volunteers treated more than 160 "
        "people for injuries. President William Ruto called the storming of parliament "
        "“treasonous” and deployed the army to support the police. The streamer's brother said "
        "he would keep posting once he could sit at a desk.",
        "U",
        "crackdown",
    ),
    (
        "Bangladesh esports league suspended as students die in clashes and internet is cut",
        "Bangladesh's largest university esports league has suspended its season after a week of "
        "deadly clashes between students, police and ruling-party activists over government job "
        "quotas. Hospitals and local media reported more than 100 people killed, and the "
        "government imposed a curfew enforced by soldiers and cut mobile and broadband internet "
        "nationwide on Thursday. Protesters set fire to the state broadcaster's building and "
        "several police posts in Dhaka. The league's organisers said one of its volunteers, a "
        "19-year-old student at a private university, was among those killed by gunfire near "
        "Badda. “He was the one who fixed the cables for every match,” a teammate wrote once "
        "connections briefly returned. Several teams said players had been beaten by Chhatra "
        "League activists or detained. The organisers said the season would not resume until "
        "students were back on campus. The quota protests began in early July 2024.",
        "U",
        "riot",
    ),
    (
        "Tbilisi developers beaten and tear-gassed at night protests outside parliament",
        "Several Georgian game developers were among the protesters beaten by riot police "
        "outside parliament in Tbilisi overnight, as demonstrations against the government's "
        "decision to freeze EU accession talks entered a fifth night. Police used water cannon, "
        "tear gas and pepper spray, and protesters threw fireworks and stones, according to the "
        "interior ministry, which said 224 people had been detained since Thursday. A lead "
        "artist at a Tbilisi studio that works on mobile games for a Swedish publisher said he "
        "had been kicked and punched by masked officers on Rustaveli Avenue and had his phone "
        "taken. The studio closed its office on Monday so staff could rest. Georgia's ombudsman "
        "said many detainees showed signs of ill-treatment. More than 100 people from the "
        "country's games industry signed an open letter condemning the violence in December "
        "2024. “We make games for players in Europe, and we want to be in Europe,” the letter "
        "said.",
        "U",
        "crackdown",
    ),
]
