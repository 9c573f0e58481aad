"""dev275 positives, part A: sport stories that report current fighting, strikes and attacks
(Ukraine, Russia, the Gulf, the Middle East, the Horn and the Sahel, Europe).

POSITIVES = [(title, text, tag codes, kind), ...]; codes in eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Drivers agree to race in Jeddah after missile hits oil depot near circuit",
        "The Saudi Arabian Grand Prix will go ahead on Sunday after a four-hour meeting of drivers, "
        "team principals and Formula One executives that ran until the early hours. A missile "
        "fired by Yemen's Houthi movement struck a fuel depot run by Aramco about 11 km from the "
        "Jeddah Corniche Circuit during first practice on Friday, sending a column of black smoke "
        "over the track as cars lapped it. The Saudi-led coalition said it had intercepted a "
        "further wave of drones aimed at other facilities in the kingdom, and its jets struck "
        "targets in Sanaa and the port of Hodeidah overnight. The Houthis said the attacks were a "
        "response to seven years of coalition bombing in Yemen. Several drivers were reluctant to "
        "continue, according to two people who attended the meeting, but were told that the "
        "city's air defences were adequate. “We have received assurances from the highest "
        "level,” said Stefano Domenicali, the sport's chief executive. Second practice started "
        "15 minutes late. Qualifying is scheduled for Saturday evening under lights.",
        "E M",
        "missile_strike",
    ),
    (
        "Kharkiv sports school where Olympic champions trained destroyed in overnight strike",
        "A Russian missile destroyed the main hall of a children's sports school in Kharkiv "
        "overnight on Thursday, the region's governor, Oleh Syniehubov, said, in an attack that "
        "also damaged a dozen apartment blocks nearby. Two people were killed and 19 were injured, "
        "among them a 14-year-old girl, according to the regional administration. The school, "
        "opened in the 1970s, had produced two Olympic wrestling medallists and a world champion "
        "in rhythmic gymnastics, and about 600 children still trained there, mostly in a basement "
        "gym since the full-scale invasion began. Its director, Iryna Kovalenko, said the wooden "
        "floor of the wrestling hall had collapsed into the cellar. “Thank God it was night and "
        "nobody was inside,” she told Suspilne. Ukraine's sports ministry says more than 500 "
        "sports facilities across the country have been damaged or destroyed since February "
        "2022. Kharkiv, 30 km from the Russian border, has been hit by glide bombs and missiles "
        "almost daily this spring.",
        "E",
        "missile_strike",
    ),
    (
        "Former European youth boxing champion killed fighting near Pokrovsk",
        "Dmytro Savchuk, who won European youth gold in the light-heavyweight division in 2017, "
        "has been killed in action in the Donetsk region, the Ukrainian Boxing Federation said on "
        "Tuesday. He was 26. Savchuk had volunteered for the army in the spring of 2022 and served "
        "as a machine gunner with a mechanised brigade defending the approaches to Pokrovsk, "
        "where Russian forces have been pressing an offensive for weeks. His unit said he died "
        "when his position came under assault on Saturday morning. His former coach, Viktor "
        "Lysenko, remembered a fighter with “a heavy right hand and the softest manner outside "
        "the ring”. The federation said he was at least the 40th boxer killed since the "
        "invasion. The sports ministry's running list of athletes and coaches killed in the war "
        "now runs to more than 500 names. A minute's silence will be held before the national "
        "championships in Lviv next week. "
        "Savchuk is survived by his wife and a daughter of two. He had planned, friends said, "
        "to return to the ring after the war and open a gym in his home town of Vinnytsia. His "
        "funeral will be held there on Friday.",
        "B M",
        "athlete_killed",
    ),
    (
        "Palestinian FA says footballers among hundreds of athletes killed in Gaza",
        "The Palestinian Football Association says 245 footballers, referees, coaches and club "
        "officials have been killed in Gaza since the war began in October, in a letter sent to "
        "FIFA ahead of its congress in Bangkok. Among them, it says, are 76 players from Gaza's "
        "top two divisions and more than 40 children from its academies. The association's "
        "president, Jibril Rajoub, asked FIFA to suspend Israel from international football, a "
        "request the Israel Football Association called political. The PFA's figures could not "
        "be independently verified. Israeli air strikes on Tuesday killed at least 27 people in "
        "central Gaza, including 11 in a school in Nuseirat where displaced families were "
        "sheltering, according to the territory's civil defence agency. The Israeli military said "
        "it had targeted Hamas fighters operating from the compound. FIFA said it would seek "
        "independent legal advice before ruling on the Palestinian request.",
        "E V D",
        "air_strike",
    ),
    (
        "Gaza's Yarmouk stadium, once home to the league, now a camp for the displaced",
        "The concrete stands of the Yarmouk stadium in Gaza City, where Gaza's football league "
        "held its derbies for decades, are now hung with blankets and plastic sheeting. Some 700 "
        "families displaced by the fighting in the north of the Strip are living on the pitch and "
        "in the changing rooms, local officials say, sharing four latrines and a single water "
        "tank filled by truck every other day. “We used to come here to shout for Shujaiya, now we "
        "come here to queue for flour,” said Mahmoud Abu Hassan, 52, who fled Beit Lahia with "
        "his eight children in October. Aid agencies warn that hunger in northern Gaza is "
        "reaching famine levels, with convoys repeatedly turned back or delayed at Israeli "
        "checkpoints. Shelling could be heard from the east of the city on Sunday as a reporter "
        "visited. The UN says about 1.7 million people, three quarters of Gaza's population, "
        "have been displaced since the war began.",
        "D H",
        "displacement",
    ),
    (
        "Al-Hilal players escape Khartoum as fighting engulfs the capital",
        "Players and staff of Al-Hilal Omdurman, Sudan's most successful club, have reached "
        "Egypt after a three-day road journey out of Khartoum, the club said on Thursday. The "
        "squad had been stranded in a hotel near the airport when fighting broke out on Saturday "
        "between the army and the paramilitary Rapid Support Forces, and spent two nights "
        "sleeping in corridors as gunfire and air strikes shook the area. Foreign players and "
        "the Belgian coaching staff were evacuated separately. The World Health Organization "
        "said more than 400 people had been killed across the country in the first week of "
        "clashes, and tens of thousands have fled Khartoum. Sudan's league has been suspended "
        "indefinitely. Al-Hilal's secretary general said the club was seeking permission from "
        "the Confederation of African Football to play its home matches abroad. “The priority "
        "now is the lives of our players and their families,” he said.",
        "B D",
        "battle",
    ),
    (
        "El Fasher's football ground shelled as RSF tightens siege",
        "Shells struck the football stadium in El Fasher on Monday, where hundreds of displaced "
        "families had been sheltering under the stands, killing at least nine people, a local "
        "resistance committee said. The Rapid Support Forces, which have besieged the capital "
        "of North Darfur since May, have repeatedly shelled camps and shelters in the city. "
        "The stadium, home to the local club Al-Merreikh El Fasher, had been turned into a "
        "gathering point for people fleeing the Zamzam and Abu Shouk camps. Medical workers at "
        "the Saudi Hospital, one of the last functioning in the city, said they treated dozens "
        "of wounded, many of them women and children. The UN says food and medicine have not "
        "reached El Fasher by road for months. The club's former captain, reached by phone, said "
        "three of its youth players were among those missing. The RSF did not respond to "
        "requests for comment.",
        "E V D H",
        "shelling",
    ),
    (
        "Three suicide bombers struck outside Stade de France during friendly, police say",
        "Three explosions were heard outside the Stade de France during France's friendly "
        "against Germany on Friday night, and police sources said at least one was caused by a "
        "suicide bomber. President François Hollande, who was watching in the stands, was "
        "taken out of the stadium at half-time. The match was played to the end, and the "
        "80,000 spectators were held inside for their safety before leaving slowly, many of "
        "them gathering on the pitch. At least one passer-by was killed near the gates, "
        "officials said. The explosions were part of a series of coordinated attacks in Paris, "
        "where gunmen opened fire on restaurant terraces and took hostages at the Bataclan "
        "concert hall. Hollande declared a state of emergency and ordered the borders closed. "
        "The German team spent the night in the stadium rather than return to its hotel, "
        "which had received a bomb threat earlier in the day.",
        "T E",
        "terror_attack",
    ),
    (
        "Blast at World Cup viewing centre kills fans in Damaturu",
        "A bomb tore through a crowded viewing centre in Damaturu, the capital of Nigeria's "
        "Yobe state, as fans gathered to watch a World Cup match on Tuesday evening, police and "
        "hospital officials said. At least 14 people were killed and 26 wounded, according to "
        "a police spokesman, although residents put the toll higher. No group claimed "
        "responsibility, but suspicion fell on Boko Haram, whose fighters have attacked "
        "football screenings before, denouncing the game as un-Islamic. Several northern states "
        "had ordered public viewing centres closed for the duration of the tournament. The "
        "explosive was hidden in a tricycle parked at the entrance, a witness told Reuters. "
        "“People were cheering, then there was fire everywhere,” said Musa Ibrahim, who was "
        "treated for burns. Nigeria's Super Eagles play Argentina on Wednesday.",
        "T E V",
        "bombing",
    ),
    (
        "Mortar rounds land near Mogadishu stadium on tournament's opening day",
        "At least four mortar shells landed near the Banadir stadium in Mogadishu on Saturday as "
        "the city hosted the opening matches of a regional youth tournament, killing two "
        "civilians in a nearby market, police said. Al-Shabaab, the al-Qaeda-linked group that "
        "has fought the federal government for more than a decade, said in a statement carried "
        "by its Andalus radio that it had targeted a gathering of “apostate officials”. The "
        "stadium, restored in 2020 after being used as a military base during the civil war, was "
        "hosting its first international event in years. Play was halted for about 40 minutes "
        "while security forces searched the surrounding streets. Somalia's football federation "
        "said the tournament would continue. “We will not let them take the stadium from our "
        "young people again,” a federation official said.",
        "T E",
        "mortar_attack",
    ),
    (
        "Afghan women's footballers airlifted out of Kabul as Taliban take control",
        "Seventy-five people, including members of Afghanistan's women's national football team "
        "and their families, were flown out of Kabul on an Australian military flight, their "
        "former captain, Khalida Popal, said on Wednesday. The players had spent days hiding "
        "and deleting social media accounts after Taliban fighters swept into the capital, "
        "fearing reprisals for playing a sport the movement's previous government banned. Some "
        "were beaten by Taliban guards at checkpoints as they tried to reach the airport gates, "
        "Popal said. Thousands of Afghans are still crowding the perimeter of Hamid Karzai "
        "International Airport in the hope of a seat on an evacuation flight. FIFPRO, the "
        "global players' union, said it was trying to help players from the youth and "
        "development squads who remained in the country. Australia's sports minister said the "
        "women would be granted humanitarian visas.",
        "D V",
        "displacement",
    ),
    (
        "Syrian league halted after killings on the coast claim Jableh players",
        "The Syrian Football Association postponed all league matches on Sunday after three "
        "days of violence in the coastal provinces in which two players of Jableh club were "
        "among those killed, the club said. Clashes erupted on Thursday when fighters loyal to "
        "the ousted president Bashar al-Assad ambushed government security forces near Jableh. "
        "The authorities sent in reinforcements, and a monitoring group, the Syrian Observatory "
        "for Human Rights, said hundreds of Alawite civilians had since been killed in "
        "revenge attacks by gunmen allied to the government. One of the players, a 22-year-old "
        "defender, was shot dead at his family's home in the village of Daliyeh, a relative "
        "said. The interim president, Ahmed al-Sharaa, promised to hold those responsible "
        "accountable. Thousands of families have fled to the Russian-run Hmeimim air base and "
        "across the border into Lebanon.",
        "V B M D",
        "massacre",
    ),
    (
        "UEFA moves Israel's home matches as war with Hamas rages",
        "UEFA said on Thursday that no international matches would be played in Israel until "
        "further notice, after Hamas gunmen killed hundreds of people in towns and kibbutzim in "
        "southern Israel on Saturday and took about 200 hostages into Gaza. Israel's Euro 2024 "
        "qualifiers against Switzerland and Kosovo have been postponed, and Maccabi Haifa's "
        "Conference League tie will be played in Cyprus. Israeli jets have since carried out "
        "thousands of strikes on the Gaza Strip, where the health ministry says more than 1,400 "
        "people have been killed, and rockets have continued to fall on Tel Aviv and "
        "Ashkelon. Several foreign players at Israeli clubs have left the country. “Football is "
        "not important this week,” Israel's coach, Alon Hazan, said. The Israel Football "
        "Association asked UEFA to find neutral venues for the November matches.",
        "V E M",
        "attack",
    ),
    (
        "Iran suspends league and recalls athletes after Israeli strikes on Tehran",
        "Iran's football federation suspended the Persian Gulf Pro League on Friday, hours "
        "after Israel launched waves of air strikes on nuclear and military sites across the "
        "country, including several districts of Tehran. The sports ministry said all domestic "
        "competitions were halted “until conditions allow”, and ordered national teams "
        "training abroad to stay where they were. The volleyball squad was in Bulgaria for the "
        "Nations League; the wrestlers had just arrived in Mongolia. Iranian state media said "
        "dozens of people had been killed in the capital, among them senior commanders of the "
        "Revolutionary Guards. Iran fired ballistic missiles at Israel in response overnight. "
        "Iran's airspace remains closed. Team Melli, which has qualified for next year's World "
        "Cup, had been due to play a friendly in Tehran next week, a match now off. "
        "Iran's footballers playing abroad, including Mehdi Taremi, were unable to fly home. "
        "Residents of the capital said long queues of cars had formed on the roads north "
        "towards the Caspian Sea as families fled the city. The Asian Football Confederation "
        "said it was monitoring the situation.",
        "E M D",
        "air_strike",
    ),
    (
        "Maccabi Tel Aviv fans hunted through Amsterdam after Europa League match",
        "Five people were taken to hospital and 62 arrested after groups of men on scooters "
        "and on foot chased and beat Israeli football supporters across central Amsterdam on "
        "Thursday night, following Maccabi Tel Aviv's Europa League defeat by Ajax. The mayor, "
        "Femke Halsema, described the violence as “antisemitic hit-and-run squads” and said "
        "the attacks were organised in advance through messaging groups. Police said some "
        "Maccabi supporters had torn down Palestinian flags and chanted anti-Arab slogans the "
        "previous night, and that fights broke out across the city. Israel sent two planes to "
        "bring fans home. On Monday night, a tram was set on fire and riot police were pelted "
        "with fireworks in the west of the city, and the city council extended an emergency "
        "order banning demonstrations. Dutch prosecutors said they had opened inquiries into "
        "about 40 suspects.",
        "U V",
        "riot",
    ),
    (
        "Ice rink in Belgorod hit as shelling kills 25 in city centre",
        "Shelling hit the centre of Belgorod on Saturday, killing at least 25 people, two of "
        "them children, and wounding more than 100, Russian officials said, in the deadliest "
        "strike on the city since the war began. An open-air skating rink on the main square, "
        "where families had gathered for the holidays, was among the places hit, the regional "
        "governor, Vyacheslav Gladkov, said. Russia's defence ministry blamed Ukraine and said "
        "it had shot down most of the rockets fired at the city. The strike came a day after "
        "Russia launched one of its largest missile and drone attacks of the war on Ukrainian "
        "cities, killing at least 39 people. A junior hockey tournament due to be played at the "
        "city's Dynamo arena was cancelled. Gladkov ordered the evacuation of the square and "
        "urged residents to stay near shelters. "
        "Belgorod, about 40 km from the border, has been hit repeatedly since 2022, but never "
        "on this scale. The city's hockey school said two of its young players were among the "
        "injured. Russia's sports minister, Oleg Matytsin, said all New Year sporting events in "
        "the region would be moved indoors or cancelled.",
        "E",
        "shelling",
    ),
]
