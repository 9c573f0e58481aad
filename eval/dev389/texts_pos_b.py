"""Positives, part B: fighting, strikes, evacuations, exchanges with the fighting that goes on,
and the occupation (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Chasiv Yar: brigade repels assault by armoured column, Russians lose 12 vehicles",
        "Ukrainian defenders repelled a large mechanised assault near Chasiv Yar on "
        "Wednesday, the 24th Separate Mechanised Brigade reported. According to the brigade, "
        "Russian troops attacked with a column of tanks and infantry fighting vehicles from "
        "the direction of Ivanivske. Twelve armoured vehicles were destroyed or damaged by "
        "drones and artillery, and the surviving infantry was pushed back. The brigade's "
        "spokesperson told Suspilne that fighting continues in the Kanal microdistrict, on "
        "the eastern edge of the town. 'The enemy does not count his losses, he throws wave "
        "after wave,' he said. Analysts of the Institute for the Study of War say Russia has "
        "been trying to take the town since April. DeepState did not record any changes in "
        "the line over the day. The brigade also said its drone operators had destroyed two "
        "Russian ammunition depots near Bakhmut.",
        "B",
        "battle",
    ),
    (
        "Nikopol again under fire from across the Dnipro: man killed, 15 houses damaged",
        "Russian forces shelled Nikopol and the surrounding communities throughout the day, "
        "the head of the Dnipropetrovsk Oblast Military Administration, Serhii Lysak, said. A "
        "47-year-old man was killed and three people were wounded in the town. The occupiers "
        "used heavy artillery and FPV drones, firing from the positions near the occupied "
        "Zaporizhzhia nuclear power plant on the opposite bank. Fifteen private houses, a gas "
        "pipeline, power lines and two cars were damaged. Part of the town was left without "
        "electricity until evening. Nikopol, with about 50,000 residents left out of a "
        "pre-war 105,000, is shelled almost every day. Lysak urged residents not to ignore "
        "the alerts and to stay in shelters. Local authorities are handing out sandbags and "
        "wood to residents for covering windows. The town's only maternity ward was moved to "
        "the basement last year.",
        "E",
        "shelling",
    ),
    (
        "Families with children to leave 30 settlements of Kupiansk district",
        "The Kharkiv Oblast Defence Council has decided on the compulsory evacuation of "
        "families with children from 30 settlements of the Kupiansk district. This was "
        "announced by Oleh Syniehubov, who said the decision concerns 482 children. According "
        "to him, the shelling of the villages on the left bank of the Oskil has intensified "
        "over the past week, and the roads are under Russian drone control. The evacuated "
        "families are taken to a transit centre in Kharkiv and then to other communities of "
        "the oblast. 'We understand that people do not want to leave their homes, but we "
        "cannot risk children's lives,' Syniehubov said. On Monday two people were injured "
        "when a drone hit a car in the village of Kivsharivka. The humanitarian organisation "
        "East SOS is helping with transport. Evacuation of adults remains voluntary, the "
        "oblast administration said.",
        "D E",
        "evacuation",
    ),
    (
        "Tractor driver killed by mine in a field in Izium district",
        "A tractor driver was killed when his vehicle ran over an anti-tank mine in a field "
        "in the Izium district of Kharkiv Oblast on Tuesday, the regional police reported. "
        "The 52-year-old man was ploughing land near the village of Kamianka, which was "
        "occupied in 2022. The explosion tore the tractor apart, and the driver died at the "
        "scene. According to the State Emergency Service, the field had not yet been surveyed "
        "by pyrotechnicians. Since the beginning of the year, 11 civilians have been killed "
        "by explosive objects in the oblast. The head of the regional police urged farmers "
        "not to work on land that has not been checked. Ukrinform notes that Ukraine is "
        "considered one of the most mined countries in the world. Deminers of the State "
        "Emergency Service have so far cleared about a third of the agricultural land in the "
        "district, the regional administration said.",
        "E",
        "landmine",
    ),
    (
        "Dnipro: missile hits city centre during rush hour, death toll rises to six",
        "The death toll from Thursday's Russian missile strike on the centre of Dnipro has "
        "risen to six, the head of the Dnipropetrovsk Oblast Military Administration, Serhii "
        "Lysak, said. Another 43 people were injured, 11 of them remain in hospital in a "
        "serious condition. The missile hit near a public transport stop at about 08:40, when "
        "people were going to work. Two trolleybuses and a minibus caught fire, and the "
        "facades of several buildings were destroyed. Mayor Borys Filatov said windows had "
        "been broken in a radius of one kilometre. According to the Air Force, Russia fired "
        "an Iskander-M ballistic missile from Russian territory. A day of mourning was "
        "declared in Dnipro. Among the dead is a 15-year-old girl who was on her way to "
        "school, the regional prosecutor's office said. Blood donation points in the city "
        "reported long queues by midday.",
        "E",
        "missile_strike",
    ),
    (
        "'Human safari': Russian drones hunt for people in Kherson's Antonivka",
        "Russian drones attacked residents of the Antonivka microdistrict of Kherson 26 times "
        "over the past day, Suspilne Kherson reports. A woman who was walking to a water "
        "point was injured, and a man on a bicycle was killed near his house. Residents call "
        "it a 'human safari': FPV drones follow pedestrians, cars and even ambulances. The "
        "head of the city military administration, Roman Mrochko, said drones had also "
        "dropped explosives on a humanitarian aid distribution point. 'People are afraid to "
        "go out to buy bread,' a local resident told journalists. The UN monitoring mission "
        "has called these attacks a possible war crime. The city authorities are installing "
        "anti-drone nets over the main streets of the microdistrict. Since the summer, drone "
        "attacks have killed at least 30 civilians in Kherson, the regional prosecutor's "
        "office says.",
        "E V",
        "drone_strike",
    ),
    (
        "Ballistic missile attack on Kyiv: section of an apartment building collapses",
        "Part of a nine-storey apartment building in the Darnytskyi district of Kyiv "
        "collapsed after a Russian ballistic missile attack overnight. Rescuers have pulled "
        "out the bodies of four people, including a child, Kyiv City Military Administration "
        "said. At least 19 residents were hospitalised. The search is continuing, and dog "
        "units have been brought in. Mayor Vitali Klitschko said that in the Sviatoshynskyi "
        "district a missile fragment hit a kindergarten yard. The Air Force said Russia "
        "launched eight Iskander-M missiles and 90 drones at Kyiv and the surrounding region. "
        "A temporary aid point was set up near the building for residents who lost their "
        "homes. The Kyiv Independent reported explosions for over an hour. Klitschko said "
        "heating points had been opened for residents of the damaged buildings in the "
        "district.",
        "E",
        "missile_strike",
    ),
    (
        "Pokrovsk without water and gas: police evacuate the last residents under fire",
        "About 1,300 people remain in Pokrovsk, where fighting is now going on in the "
        "streets, the Donetsk regional police report. The city has had no centralised water, "
        "gas or electricity for several months, and humanitarian deliveries have become "
        "almost impossible. The police unit 'White Angels' takes out residents in armoured "
        "vehicles, but trips are made only at night because of drones. On Tuesday the unit "
        "evacuated 11 people, including two bedridden elderly women. 'Each trip is a "
        "lottery,' one of the officers told NV. According to the military, Russian "
        "infiltration groups are trying to gain a foothold in the central part of the city. "
        "The regional administration says that the last pharmacy closed in October. The city "
        "had about 60,000 residents before the war.",
        "D H B",
        "evacuation",
    ),
    (
        "Mykolaiv: drone hits five-storey building, fire on top floors",
        "Russian attack drones hit Mykolaiv late on Sunday night, the head of the Mykolaiv "
        "Oblast Military Administration, Vitalii Kim, reported. One of the drones struck the "
        "top floor of a five-storey building in the Inhulskyi district. A fire broke out and "
        "spread to three flats, and firefighters evacuated 34 residents. Two women aged 72 "
        "and 45 were injured, Kim said. Fragments also damaged an administrative building and "
        "a power line, and several streets were left without electricity. According to the "
        "Air Force, 12 drones were shot down over the region. Mayor Oleksandr Sienkevych said "
        "the city's utilities had started repairs in the morning. In the morning, communal "
        "workers were boarding up windows in the neighbouring buildings, Suspilne Mykolaiv "
        "reports. The residents of the damaged flats were offered temporary housing in a "
        "dormitory of a local college. Kim said the city had been attacked for the third "
        "night in a row.",
        "E",
        "drone_strike",
    ),
    (
        "Naval drones hit Russian landing ship near Novorossiysk, Navy says",
        "Ukrainian naval drones struck a Russian landing ship near the port of Novorossiysk "
        "overnight, the spokesperson of the Ukrainian Navy, Dmytro Pletenchuk, told "
        "Ukrinform. According to him, the ship was seriously damaged and listed to one side. "
        "The operation was carried out jointly by the Security Service and the Navy, a source "
        "in the SBU told Ukrainska Pravda. Russian Telegram channels published videos of "
        "explosions and tracer fire in the bay. The Russian Defence Ministry said it had "
        "destroyed all the unmanned boats. The Novorossiysk city authorities declared a "
        "danger regime and closed the beaches. Pletenchuk said the Black Sea Fleet had moved "
        "most of its ships out of Crimea because of such attacks. Ukrainian sea drones have "
        "damaged or sunk more than a dozen Russian ships since 2022, according to the Navy.",
        "E M",
        "naval_strike",
    ),
    (
        "Drone attack on Chernihiv centre: hotel and university dormitory hit",
        "Russia attacked the centre of Chernihiv with drones on Thursday evening, the head of "
        "the city military administration, Dmytro Bryzhynskyi, reported. One drone hit a "
        "hotel on Myru Avenue, and another hit a university dormitory, where 60 students were "
        "living. Four people were injured, and a student suffered burns. The students had "
        "gone down to the shelter a few minutes before the hit, the university said. The "
        "hotel caught fire, and rescuers fought the blaze for three hours. The Air Force said "
        "the drones had flown in from the Bryansk region. In the past week the city has been "
        "attacked four times. Bryzhynskyi said the city's schools would switch to distance "
        "learning on Friday. Chernihiv lies about 60 kilometres from the Russian border and "
        "is regularly targeted by Shahed drones launched at night. The regional "
        "administration has asked residents to keep emergency bags ready.",
        "E",
        "drone_strike",
    ),
    (
        "Guided bomb hits market in Kostiantynivka: eight killed",
        "A Russian guided aerial bomb hit a market in Kostiantynivka at midday on Tuesday, "
        "killing eight people and injuring 19. This was reported by the head of the Donetsk "
        "Oblast Military Administration, Vadym Filashkin. The market was full of people "
        "buying food, he said. According to the regional prosecutor's office, the bomb, a "
        "UMPB D-30, hit the trading rows directly. 'The Russians deliberately chose the time "
        "when most people come here,' Filashkin said. Local residents helped rescuers carry "
        "the wounded to ambulances. The prosecutor's office has opened a war crimes case. "
        "Filashkin again called on residents to evacuate, saying that no place in the city is "
        "safe. Kostiantynivka, which had about 67,000 inhabitants before the full-scale "
        "invasion, now has fewer than 9,000. Russian troops are about ten kilometres from the "
        "town, and it is shelled every day.",
        "E V",
        "airstrike",
    ),
    (
        "Offensive in the south: Ukrainian forces liberate Robotyne",
        "Ukrainian forces have liberated the village of Robotyne in Zaporizhzhia Oblast, "
        "Deputy Defence Minister Hanna Maliar announced on Monday. The 47th Mechanised "
        "Brigade published a video of its soldiers raising the flag over the ruins. Fighting "
        "continues to the south of the village, toward Novoprokopivka, where Russian troops "
        "are holding a second line of defence. The commander of the Tavria group, Oleksandr "
        "Tarnavskyi, said the Russians had suffered heavy losses and were redeploying "
        "reserves from other directions. According to him, mine clearance remains the main "
        "obstacle. Ukrainska Pravda writes that Robotyne had a pre-war population of about "
        "500 people. The counteroffensive in the south began in June. Russian forces "
        "responded with artillery fire on the village and on Orikhiv, the regional "
        "administration said.",
        "B M",
        "offensive",
    ),
    (
        "Russia hits gas production in Poltava Oblast, Naftogaz says",
        "Russian missiles and drones hit gas production facilities of Naftogaz in Poltava and "
        "Kharkiv oblasts on Friday morning, the company's chief executive, Serhii Koretskyi, "
        "said. According to him, it was one of the largest attacks on the gas sector since "
        "the full-scale invasion began, with 35 missiles aimed at the company's facilities. "
        "Some of the equipment was destroyed and several wells were shut. 'The enemy wants to "
        "leave Ukrainians without gas in winter,' Koretskyi said. Two employees were slightly "
        "injured. The Poltava regional administration said a fire at one of the sites was put "
        "out by midday. Energy experts quoted by NV estimate that Ukraine may need to import "
        "more gas this winter. The Air Force said it had shot down 21 of the missiles and 45 "
        "drones. In Kharkiv Oblast, a compressor station was damaged, the regional "
        "administration reported.",
        "E",
        "energy_strike",
    ),
    (
        "Bodies of 909 fallen returned, as Sumy comes under drone attack",
        "Ukraine has received the bodies of 909 fallen defenders from Russia, the "
        "Coordination Headquarters for the Treatment of Prisoners of War said on Friday. "
        "According to the Russian side, the bodies were mostly from the Donetsk and Kursk "
        "directions. Experts will now carry out DNA tests to identify the dead. On the same "
        "night Russian drones attacked Sumy, hitting a high-rise building and a petrol "
        "station, the Sumy Oblast Military Administration said. One person was killed and 11 "
        "injured, including two children. In the Sumy direction the General Staff also "
        "reported 14 Russian assaults over the day, near Yunakivka and Andriivka. The head of "
        "the city military administration, Oleksii Drozdenko, said schools would study online "
        "until the end of the week. The Coordination Headquarters said the families of "
        "missing soldiers should contact the police to give DNA samples.",
        "E B",
        "prisoner_exchange",
    ),
    (
        "Lviv Oblast: drones and missiles target critical infrastructure, fires in Stryi district",
        "Russia attacked critical infrastructure in Lviv Oblast overnight, the head of the "
        "Lviv Oblast Military Administration, Maksym Kozytskyi, reported. According to him, "
        "explosions were heard in the Stryi and Lviv districts, and two fires broke out at an "
        "industrial facility. No one was killed, but one man was injured by glass fragments. "
        "Lviv Mayor Andrii Sadovyi said the city had been attacked by 'Kinzhals', and that "
        "the air defence worked for more than an hour. Residents of several villages in the "
        "Stryi district were told to keep windows closed because of the smoke. In the morning "
        "the Polish Armed Forces Operational Command said its fighter jets had been in the "
        "air all night. Train traffic in the region was partly delayed. Kozytskyi asked "
        "residents not to publish photos and videos of the strike sites.",
        "E",
        "missile_strike",
    ),
]
