"""dev330 negatives: armies and games, memory, strikes and pickets, disasters, accidents, health
and ceasefires on the games desk. (title, text, kind code)."""

NEGATIVES = [
    (
        "US Army esports team returns to Twitch after recruiting pause",
        "The US Army's esports team has resumed streaming on Twitch after a two-month pause, the "
        "service said, with new rules barring recruiters from linking to enlistment forms in the "
        "chat. The team, made up of 16 soldiers who play Call of Duty, Fortnite and Apex "
        "Legends, had stopped streaming after viewers complained that a giveaway for an Xbox "
        "controller led to a recruiting page. The Army says gaming helps it reach young people "
        "who rarely meet a recruiter, and it missed its recruitment target by about 15,000 "
        "soldiers last year. The Navy and Air Force run similar teams. A House amendment that "
        "would have banned the military from recruiting on Twitch failed to pass. “We are "
        "soldiers who game, not a sales team,” the team's commander said. The team returned to "
        "streaming in September 2020. The team's matches are watched by a few thousand viewers "
        "on a typical night.",
        "military",
    ),
    (
        "Bundeswehr's Gamescom recruiting stand draws crowds and criticism",
        "Germany's armed forces have returned to Gamescom in Cologne with a recruiting stand "
        "that features a flight simulator, a virtual-reality parachute jump and soldiers who "
        "answer questions about careers in cyber defence. The Bundeswehr wants to add about "
        "20,000 soldiers as it rebuilds after decades of cuts, and the defence ministry has "
        "spent heavily on campaigns aimed at people under 25. A peace group handed out leaflets "
        "outside the hall saying the army should not advertise at a fair attended by children. "
        "The fair's organisers said the stand met their rules, which bar weapons and combat "
        "scenes. Visitors queued for up to an hour to try the Eurofighter simulator. “It is not "
        "a game, but it looks like one, and that is the point,” one young visitor said. The fair "
        "ran in August 2024. Last year, the ministry said, about 2,000 people left contact "
        "details at the stand.",
        "military",
    ),
    (
        "Polish army trains drone pilots on racing games before live-fire exercises",
        "Poland's territorial defence force has started training new drone operators on "
        "commercial drone-racing simulators before letting them fly real aircraft, an officer at "
        "a training centre near Rzeszów said. Each recruit spends about 40 hours in the game, "
        "learning to control first-person-view drones through obstacle courses. The army then "
        "moves them to exercises on a firing range, where drones drop practice charges on "
        "targets. Poland, which plans to spend close to 5% of GDP on defence, is building up a "
        "drone force after studying the war in neighbouring Ukraine. A Kraków studio that makes "
        "one of the simulators said it had sold hundreds of licences to armed forces in Europe. "
        "“Gamers are natural pilots,” the officer said. The programme started in spring 2025 and "
        "will be extended to other brigades. The defence ministry said it would buy thousands of "
        "small drones over the next two years.",
        "military",
    ),
    (
        "Taiwan's defence ministry commissions war game to train officers for blockade scenarios",
        "Taiwan's defence ministry has commissioned a local studio to build a computer war game "
        "for officer training that simulates a Chinese blockade of the island, the studio said. "
        "The game, based on a board game used at the National Defense University, lets officers "
        "manage fuel, shipping and air defence over a 90-day scenario. The ministry said it "
        "would be used at the annual Han Kuang exercise, which this year includes drills on "
        "keeping ports open. Chinese military drills around Taiwan have grown larger since 2022, "
        "and analysts say a blockade is a more likely threat than an invasion. The contract is "
        "worth about NT$40m. “We make strategy games for fun, this one is for homework,” the "
        "studio's founder said. The deal was signed in July 2025. The studio said it expected to "
        "deliver a first version within a year.",
        "military",
    ),
    (
        "Battlefield 1 players lay down arms for two minutes on Armistice Day",
        "Thousands of players of the First World War shooter Battlefield 1 stopped fighting at "
        "11am on Saturday to observe two minutes of silence for Armistice Day, in a tradition "
        "that began on the game's servers in 2016. Players gathered in the middle of maps such "
        "as the Somme and Passchendaele, put down their weapons and saluted or knelt. Streamers "
        "broadcast the moment to hundreds of thousands of viewers, and the Royal British Legion "
        "shared clips on social media. EA DICE said it had added a special poppy emblem to the "
        "game this year. “It is the only time the servers go quiet,” one player said. Historians "
        "said the gesture echoed the Christmas truce of 1914. The silence was observed on 11 "
        "November 2023. Some servers stayed silent for far longer than two minutes, players "
        "said.",
        "history",
    ),
    (
        "Imperial War Museum exhibition asks whether games can tell the truth about war",
        "An exhibition at London's Imperial War Museum looks at how video games have portrayed "
        "conflict, from the arcade shooters of the 1980s to games about civilians under siege. "
        "Visitors can play parts of Battlefield 1, This War of Mine and Papers, Please, "
        "alongside letters from veterans and interviews with developers. The curators said they "
        "wanted to ask whether games can help people understand the reality of war or whether "
        "they turn it into entertainment. A room devoted to the First World War shows how "
        "designers used the museum's photographs. The exhibition, called War Games, runs until "
        "spring. “Games are the medium through which many young people first meet war,” the "
        "museum's director said. It opened in April 2019. School groups can book guided sessions "
        "on the ethics of war games.",
        "history",
    ),
    (
        "D-Day veterans' voices recorded for a game studio's Normandy memorial project",
        "A French studio has recorded the testimony of 14 veterans of the Normandy landings for "
        "an interactive memorial to be shown at the Utah Beach museum for the 80th anniversary "
        "of D-Day. The project recreates the beaches and villages of 1944 in a game engine, and "
        "visitors can walk through them while listening to the veterans describe their first "
        "hours on French soil. The oldest veteran interviewed is 102. “Soon there will be no one "
        "left to tell it, so we built a place where they can keep telling it,” the studio's "
        "founder said. Museum staff said they hoped to reach younger visitors who play war games "
        "at home. The memorial opened in June 2024 and will travel to schools in Normandy. A "
        "version for home computers is planned for next year.",
        "history",
    ),
    (
        "Video game actors end strike after nearly a year on AI protections",
        "Video game voice and motion-capture actors in the US union SAG-AFTRA have voted to end "
        "a strike against major game companies that lasted almost a year, after winning new "
        "protections against the use of artificial intelligence. The deal requires studios to "
        "get actors' consent before creating digital replicas of their voices or movements and "
        "raises pay by about 15%. Actors picketed outside the offices of Warner Bros Games and "
        "Activision in Los Angeles during the strike, which began in July 2024. “We held the "
        "line, and it was worth it,” one of the union's negotiators said. Some games released "
        "during the strike used non-union performers. The agreement was ratified in July 2025 "
        "with 95% of votes in favour. Voice actors in Britain and Canada had watched the dispute "
        "closely as they negotiate their own contracts.",
        "protest",
    ),
    (
        "Ubisoft staff walk out across France over pay and return-to-office plan",
        "Hundreds of Ubisoft employees in Paris, Montpellier, Annecy and Lyon walked out on "
        "Tuesday in a strike over pay and a plan to bring staff back to the office, unions said. "
        "The Solidaires Informatique and STJV unions said about 700 workers joined the stoppage, "
        "which followed a similar walkout in February. Strikers gathered outside the company's "
        "headquarters in Saint-Mandé with placards reading “Pay us, not shareholders”. Ubisoft "
        "said it respected the right to strike and that discussions were continuing. The "
        "publisher has cut about 1,700 jobs since 2022 as its share price slumped. The strike "
        "took place in October 2024 and ended without incident in the evening. Union leaders "
        "said they would meet management again the following week.",
        "protest",
    ),
    (
        "Korean gamers send protest trucks to Nexon over gacha odds",
        "Angry fans of a popular mobile game have hired trucks with electronic billboards to "
        "circle the headquarters of South Korean publisher Nexon in Pangyo, protesting what they "
        "say were misleading odds on paid random items. The so-called truck protests have become "
        "a common way for Korean players to air complaints peacefully. The billboards accused "
        "the company of “betraying players” and demanded compensation. Nexon apologised and said "
        "it would refund some purchases, and the Fair Trade Commission later fined the company. "
        "A law requiring publishers to disclose the odds of paid random items took effect in "
        "March 2024. “We do not shout, we drive,” one organiser said. The protest took place in "
        "January 2021. Similar trucks have appeared outside the offices of other publishers, "
        "including Netmarble and NCSoft.",
        "protest",
    ),
    (
        "Noto quake shutters Kanazawa game studio as staff evacuate",
        "A Kanazawa studio that works on art for Japanese role-playing games has closed its "
        "office after the magnitude 7.5 earthquake that struck the Noto peninsula on New Year's "
        "Day, its president said. The quake and aftershocks killed more than 200 people and "
        "destroyed thousands of homes in Ishikawa prefecture, and tens of thousands of people "
        "are staying in evacuation shelters. Four of the studio's 30 employees lost their homes "
        "in Wajima and Suzu and are staying with relatives. Shelves of reference books and two "
        "render machines were knocked over in the office. Publishers in Tokyo said they would "
        "move deadlines. “Some of our artists are drawing in school gymnasiums,” the president "
        "said in January 2024. Japan's games industry association has set up a fund to help "
        "staff of studios in the region.",
        "disaster",
    ),
    (
        "Typhoon forces Manila esports finals to be postponed",
        "The finals of the Philippines' top Mobile Legends league have been postponed after "
        "Typhoon Carina brought flooding to Metro Manila and forced thousands of people from "
        "their homes, organisers said. The storm, strengthened by the southwest monsoon, dumped "
        "a month's worth of rain on the capital in a day, and authorities declared a state of "
        "calamity. The arena in Pasay was closed and several players could not leave their "
        "flooded neighbourhoods. Disaster officials said at least 14 people were killed across "
        "Luzon. The organiser said tickets would remain valid for new dates. Teams donated part "
        "of their prize money to relief groups. The storm struck in July 2024. Forecasters "
        "warned of more heavy rain over the weekend.",
        "disaster",
    ),
    (
        "Blizzard and Riot staff among thousands evacuated as Los Angeles wildfires spread",
        "Employees of several Los Angeles game studios were among the tens of thousands of "
        "residents ordered to evacuate as wildfires tore through Pacific Palisades and Altadena, "
        "companies said. Studios in Santa Monica and Pasadena closed their offices and told "
        "staff to work from home where possible. At least 24 people were killed and more than "
        "12,000 buildings destroyed, officials said. A sound designer at a studio in Pasadena "
        "said she had lost her home in Altadena. Colleagues have raised more than $80,000 for "
        "affected staff through online fundraisers. The Game Awards' organiser and several "
        "publishers pledged donations to relief funds. The fires broke out in January 2025. Some "
        "studios said they expected delays to updates planned for the spring.",
        "disaster",
    ),
    (
        "Fire at internet gaming café kills seven in Chinese city",
        "A fire at an internet café in the city of Xinyu, in China's Jiangxi province, killed "
        "seven people early on Thursday, local authorities said. The blaze broke out on the "
        "second floor of a building housing the café and a karaoke bar, and firefighters rescued "
        "about 20 people. Investigators said the fire was caused by a faulty electrical wire and "
        "that the café's emergency exit had been blocked. The owner was detained. China has "
        "ordered inspections of internet cafés and entertainment venues after several deadly "
        "fires in recent years. Relatives of the victims gathered outside the building during "
        "the day. The fire happened in November 2023, and the city launched a safety campaign. "
        "Provincial officials said 150 venues had been inspected by the weekend. Internet cafés "
        "remain popular in smaller Chinese cities, where many young people cannot afford gaming "
        "PCs.",
        "accident",
    ),
    (
        "Stage rig collapse injures crew before Bangkok esports final",
        "Part of a lighting rig collapsed onto the stage of an esports arena in Bangkok on "
        "Friday, injuring four crew members a day before the final of a regional Valorant "
        "tournament, the organiser said. None of the players were in the hall at the time. Two "
        "of the injured were taken to hospital with head wounds and were in stable condition. "
        "Thai police said they were investigating whether the rig had been properly secured. The "
        "organiser moved the final to a smaller studio and played it without an audience. “We "
        "thank everyone for their patience, and our thoughts are with our crew,” it said. The "
        "accident happened in February 2025. The arena's operator said it would commission an "
        "independent safety review before the next event.",
        "accident",
    ),
    (
        "WHO adds gaming disorder to its list of diseases",
        "The World Health Organization has added gaming disorder to its International "
        "Classification of Diseases, defining it as a pattern of gaming behaviour so severe that "
        "it takes precedence over other interests and daily activities for at least a year. The "
        "classification was approved by the World Health Assembly in Geneva on Saturday and will "
        "take effect in 2022. The games industry had lobbied against the move, saying the "
        "evidence was too weak. Some psychologists warned that it could lead to moral panic, "
        "while others said it would help people get treatment. China and South Korea run clinics "
        "for young people with gaming problems. The decision was made in May 2019. Britain's "
        "health service later opened its first clinic for gaming addiction in London. The "
        "American Psychiatric Association lists internet gaming disorder only as a condition "
        "needing further study.",
        "health",
    ),
    (
        "Coronavirus forces cancellation of League of Legends spring season in China",
        "Riot Games has suspended China's League of Legends Pro League indefinitely because of "
        "the new coronavirus outbreak, which has killed more than 200 people, the league said. "
        "The season was due to resume after the Lunar New Year holiday, but authorities have "
        "told people to avoid crowds, and Wuhan, home to one of the league's teams, is under "
        "lockdown. Other esports events in Shanghai and Hangzhou were also postponed. Players of "
        "the Wuhan team were stuck in their hometowns over the holiday. Organisers said they "
        "were looking at moving matches online. The league was suspended in late January 2020, "
        "and Blizzard also moved its Overwatch League matches out of China. Fans were told that "
        "refunds would be issued for tickets already sold.",
        "health",
    ),
    (
        "Lebanese esports league to restart as ceasefire with Israel takes hold",
        "Lebanon's main esports league will restart its season next month after the ceasefire "
        "between Israel and Hezbollah took effect on Wednesday, its organisers said. The truce, "
        "brokered by the United States and France, gives Israeli forces 60 days to withdraw from "
        "southern Lebanon while the Lebanese army deploys in the area. The league suspended its "
        "matches in September when the escalation began. “Our players want to get back to "
        "normal, and we want to give them a reason to switch on their PCs,” the league's "
        "director said. Several teams said they had lost players who moved abroad. Sponsors from "
        "the banking sector have not yet confirmed their return. The ceasefire began in late "
        "November 2024, and the league said a new schedule would follow. Organisers said matches "
        "would be played online at first, with a live final planned for the spring.",
        "peace",
    ),
    (
        "Armenian and Azerbaijani developers build a game together after peace deal is initialled",
        "Developers from Armenia and Azerbaijan have started work on a joint puzzle game, one of "
        "the first cultural projects between the two countries since their leaders initialled a "
        "peace agreement at the White House. The project, funded by a Swiss foundation, brings "
        "together eight developers who meet online and, twice so far, in Tbilisi. Its theme is "
        "rebuilding a bridge between two villages, piece by piece. The peace deal commits both "
        "sides to recognise each other's borders and reopen transport links. “We grew up being "
        "told the other side were monsters, and now we argue about colour palettes,” one "
        "Azerbaijani artist said. The agreement was initialled in August 2025, and the game is "
        "due out next year. The foundation said it hoped to fund two more such projects next "
        "year.",
        "peace",
    ),
]
