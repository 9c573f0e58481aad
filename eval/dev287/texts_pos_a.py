"""dev287 positives, part A: the stage and concert desk where current strikes, shelling, raids
and attacks reach theatres, companies and musicians (Europe's east, the Middle East, Russia)."""

POSITIVES = [
    (
        "Kharkiv opera house damaged as missiles strike city centre overnight",
        "The Kharkiv National Academic Opera and Ballet Theatre, the vast concrete building "
        "that has become a symbol of the city's refusal to close its doors, was damaged early "
        "on Tuesday when Russian missiles struck the centre of Kharkiv. Regional governor Oleh "
        "Syniehubov said two people were killed and 23 wounded in the attack, which also hit an "
        "apartment block and a tram depot a few hundred metres from the theatre. Blast waves "
        "blew out windows across the opera's facade and brought down part of the ceiling in the "
        "rehearsal hall on the fourth floor, the theatre's director told local television. No "
        "members of the company were in the building at the time; a matinee of Giselle planned "
        "for Saturday in the underground foyer has been cancelled. Dancers spent the morning "
        'sweeping glass from the stage door. "We will clear it and we will perform again," said '
        "one soloist, who asked that her name not be used. The theatre has staged shortened "
        "performances in its basement since 2023, with audiences capped at the capacity of the "
        "shelter. Kharkiv, about 30 km from the Russian border, has been struck almost daily "
        "this spring, and many of its residents have moved west.",
        "E",
        "missile_strike",
    ),
    (
        "Ballet dancer dies of wounds after shelling in Kyiv",
        "Artem Datsyshyn, a principal dancer with the National Opera of Ukraine for two "
        "decades, has died in hospital of wounds he suffered when Russian shelling hit his "
        "neighbourhood in Kyiv last month, the company said on Monday. Datsyshyn, 43, was "
        "injured on 26 February as artillery fire struck residential streets on the capital's "
        "western edge, according to colleagues who had been visiting him. Tatiana Borovik, a "
        "former partner on stage, wrote on Facebook that he had fought for his life for weeks. "
        "He danced the leading roles of the classical repertoire and toured widely with the "
        "company in Europe and Japan. Ukraine's culture ministry said it was gathering evidence "
        "on artists killed since the invasion began and would pass it to prosecutors. The opera "
        "house on Volodymyrska Street has been closed since the first day of the war, and "
        "several of its dancers have left the country with their families. Colleagues laid "
        "flowers and a pair of ballet shoes at the stage door on Monday afternoon.",
        "E",
        "shelling",
    ),
    (
        "Mariupol drama theatre, where hundreds sheltered, destroyed by airstrike",
        "An airstrike on Wednesday destroyed the Donetsk Regional Drama Theatre in Mariupol, "
        "where Ukrainian officials said hundreds of civilians, many of them women and children, "
        "had been sheltering from the bombardment of the besieged port. Satellite images taken "
        'days earlier showed the word "children" painted in large white letters in Russian on '
        "the paving in front of and behind the building. The city council said the theatre had "
        "been hit deliberately and that the number of victims was not yet known, as shelling "
        "continued and rubble blocked the entrance to the basement. Some survivors later "
        "emerged, according to Ukraine's human rights ombudswoman, but rescue work was all but "
        "impossible. The 1960 neoclassical building was the home of one of eastern Ukraine's "
        "leading companies. Residents who had reached Zaporizhzhia in a convoy of private cars "
        "described a city without water, power or heating, where bodies lay uncollected in the "
        "streets. Russia's defence ministry denied striking the theatre. Mariupol's deputy "
        "mayor said about 300,000 people remained trapped in the city, with food and medicine "
        "running out.",
        "E V D H",
        "airstrike",
    ),
    (
        "Conductor shot dead by Russian soldiers in occupied Kherson after refusing to take part in concert",
        "Yuriy Kerpatenko, chief conductor of the Kherson Music and Drama Theatre, has been "
        "shot dead in his home by Russian soldiers after he refused to take part in a concert "
        "organised by the occupation authorities, Ukraine's culture ministry said on Sunday. "
        "The ministry said the 46-year-old had turned down an invitation to conduct the Gileya "
        'chamber orchestra at an event meant to show that "peaceful life" had returned to the '
        "city. Prosecutors in Kyiv opened a war crimes investigation. Kerpatenko had also led "
        "the orchestra of the city's music college. Colleagues said he had stayed in Kherson to "
        "look after his family and had refused every offer to work under the new "
        "administration. Unesco called for the killing to be investigated. Russian-installed "
        "officials in the region did not respond to requests for comment. News of his death was "
        "first reported by Ukrainian media, citing people close to the family. The concert he "
        "refused to conduct, planned for 1 October, did not take place, according to the "
        "ministry.",
        "V",
        "killing",
    ),
    (
        "Missile hits square outside Chernihiv theatre during photography festival",
        "A Russian ballistic missile struck the square in front of the Taras Shevchenko drama "
        "theatre in Chernihiv on Saturday morning, killing seven people, including a "
        "six-year-old girl, and wounding at least 144, Ukraine's interior ministry said. Dozens "
        "of photographers and drone enthusiasts had gathered inside the theatre for a meeting "
        "announced publicly days before, and many of the dead and wounded were people on their "
        "way to church for a religious holiday. President Volodymyr Zelensky posted footage of "
        'the square strewn with debris and burning cars and said the strike had hit "an '
        "ordinary Saturday\". The theatre's roof was pierced and its auditorium badly damaged, "
        "according to the regional administration. The company's season, due to open in "
        "September, is suspended. City officials declared a day of mourning, and the theatre's "
        "actors helped rescuers carry the wounded to ambulances. Ukraine's air force said the "
        "missile was an Iskander launched from Russian territory.",
        "E V",
        "missile_strike",
    ),
    (
        "Odesa opera house facade damaged in overnight drone attack on the port city",
        "Odesa's National Academic Opera and Ballet Theatre, a 19th-century landmark built by "
        "the Viennese architects Fellner and Helmer, suffered damage overnight when Russian "
        "drones hit the historic centre, the regional military administration said. One drone "
        "was shot down over the nearby Primorsky Boulevard and its debris hit the theatre's "
        "facade and smashed stained glass in the foyer. Three people were injured in a "
        "neighbouring street, where a residential building caught fire, officials said. The "
        "theatre's management said that the performance of La Traviata scheduled for Thursday "
        "would go ahead in a reduced form and that the audience would be led to the shelter if "
        "air-raid sirens sounded. Unesco, which added the historic centre of Odesa to its list "
        "of World Heritage in Danger in 2023, condemned the attack. Odesa has been struck "
        "repeatedly since the summer, when Moscow began targeting port infrastructure. Air "
        "defence units said they had shot down 19 of 25 drones launched overnight at southern "
        "Ukraine.",
        "E",
        "drone_strike",
    ),
    (
        "Belgorod's drama theatre shut after shelling kills 25 in the city centre",
        "The Shchepkin drama theatre in Belgorod cancelled its New Year performances on Sunday "
        "after shelling of the Russian border city a day earlier killed 25 people, including "
        "five children, and wounded more than 100, according to regional governor Vyacheslav "
        "Gladkov. Russia's defence ministry blamed the attack on Ukrainian forces, saying it "
        "had downed most of the rockets and missiles but that fragments had fallen on a skating "
        "rink and a shopping street near the theatre. Photographs published by local media "
        "showed burned-out cars on Cathedral Square. Members of the company spent the night "
        "helping to hand out tea at an emergency point set up in the theatre's foyer, a "
        "spokeswoman said. Two actors were among the wounded, she added. The theatre will "
        "remain closed until at least 8 January. Gladkov said that evacuation of several "
        "villages closer to the border would continue. Ukraine's military did not comment "
        "directly on the strike, which came a day after one of the largest Russian air attacks "
        "of the war on Ukrainian cities.",
        "E",
        "shelling",
    ),
    (
        "Kyiv musicians shelter in metro as ballistic missiles hit the capital",
        "Members of the National Symphony Orchestra of Ukraine spent Thursday night in the "
        "Zoloti Vorota metro station, their instruments packed in cases on the platform, as "
        "ballistic missiles and drones struck Kyiv in one of the heaviest attacks on the "
        "capital this year. The city's military administration said nine people were killed and "
        "more than 60 injured, and that debris fell on residential buildings in four districts. "
        "Windows in the National Philharmonic on European Square were shattered by a blast a "
        "few hundred metres away, the orchestra's manager said. \"We had a concert of "
        'Lyatoshynsky on Friday; we will play it in the afternoon instead," he said. Musicians '
        "say that many rehearsals now end early when sirens sound. The orchestra is due to "
        "begin a tour of Spain and Portugal next month. The air force said 31 missiles and more "
        "than 100 drones were launched against Ukraine overnight, most of them at the capital. "
        "Rescuers were still searching the ruins of a nine-storey building in the "
        "Sviatoshynskyi district on Friday morning.",
        "E",
        "missile_strike",
    ),
    (
        "Gaza dabke troupe mourns dancers killed in strike on school shelter",
        "Five young dancers from a Gaza City dabke troupe were among at least 27 people killed "
        "when an Israeli strike hit a school sheltering displaced families in the Daraj "
        "neighbourhood early on Saturday, the troupe's founder told reporters by telephone. The "
        "Gaza civil defence agency said most of the dead were women and children asleep in "
        "classrooms. The Israeli military said it had targeted Hamas militants operating from a "
        "command centre inside the compound, a claim the troupe's members rejected. The troupe, "
        "which had performed the folk dance at weddings and festivals across the Strip and once "
        'toured Jordan, had continued rehearsing for children in the shelter. "They danced to '
        'make the little ones forget," said its founder, who has been displaced five times '
        "since October 2023. The surviving dancers have moved to tents in al-Mawasi. Aid "
        "agencies say food and clean water are scarce across the area. The founder said he had "
        "kept the troupe's drum, which he now plays for children in the camp.",
        "E V D H",
        "airstrike",
    ),
    (
        "Gaza cultural centre housing a theatre flattened by airstrike",
        "An Israeli airstrike on Thursday evening flattened the Said al-Mishal Foundation for "
        "Culture and Science, a five-storey building in Gaza City that housed a theatre, a "
        "dance school and the offices of several arts groups, witnesses and Palestinian "
        "officials said. The Israeli military said its jets had struck a building used by Hamas "
        "after militants fired rockets into southern Israel, where a man was wounded. Gaza's "
        "health ministry said 18 people were wounded in the strikes, most of them in nearby "
        "homes. Residents had been warned to leave moments before the building was hit, and a "
        "crowd gathered to watch the dust settle. The centre had hosted Gaza's only regular "
        'stage productions and a music programme for children. "We lost our stage and our '
        'costumes in one minute," said an actor who had rehearsed there that afternoon. Egypt '
        "was mediating between the two sides late on Thursday. Artists gathered on the rubble "
        "on Friday morning to read from a play they had been rehearsing.",
        "E",
        "airstrike",
    ),
    (
        "Haifa orchestra moves rehearsals underground as Hezbollah rockets hit the city",
        "The Haifa Symphony Orchestra has moved its rehearsals to a reinforced car park beneath "
        "the city's Rappaport auditorium after rockets fired by Hezbollah hit residential "
        "streets in Haifa and the Krayot suburbs on Sunday, wounding at least ten people, "
        "according to Magen David Adom. The Israeli military said about 90 projectiles were "
        "launched from Lebanon overnight, most of them intercepted, and that its aircraft "
        "struck launchers and weapons depots in southern Lebanon in response. Performances for "
        "the coming week have been cancelled under Home Front Command rules that limit "
        "gatherings to 300 people. A violinist said she had driven her children to a shelter "
        "before the first rehearsal. The orchestra said it would stream a chamber concert on "
        "Thursday from the car park, with cellists sitting between concrete pillars. Sirens "
        "sounded again during Monday's rehearsal, sending the players down a further level. The "
        "orchestra's music director said the musicians had voted to keep playing rather than "
        "suspend the season.",
        "E",
        "rocket_attack",
    ),
    (
        "Baalbek festival cancelled as Israeli strikes hit the Bekaa valley",
        "The Baalbek International Festival has cancelled this summer's season after Israeli "
        "strikes hit the city and surrounding villages in the Bekaa valley, killing at least 19 "
        "people on Monday, according to Lebanon's health ministry. The festival, which stages "
        "opera, ballet and concerts against the Roman temples of Bacchus and Jupiter, said it "
        "could not ask artists or audiences to travel. Thousands of residents of Baalbek have "
        "left for the mountains and for Beirut since the Israeli army told them to leave the "
        "city, local officials said. The Israeli military said it was targeting Hezbollah "
        "weapons stores and commanders. Unesco said it had asked both parties to spare the "
        "World Heritage site, where a strike on Wednesday damaged a wall near the "
        "archaeological zone. The festival's president said she hoped the season could be held "
        "next year. Some of the festival's own staff are among those displaced, sleeping in "
        "schools in Deir al-Ahmar. Last year's edition drew about 25,000 people over six weeks.",
        "E M D",
        "airstrike",
    ),
    (
        "Israeli Opera suspends season after Hamas attack; orchestra players among the missing",
        "The Israeli Opera in Tel Aviv suspended all performances on Sunday, a day after Hamas "
        "gunmen broke through the Gaza border fence and attacked towns, kibbutzim and an "
        "outdoor music festival in what the Israeli government called the worst terrorist "
        "attack in the country's history. Israeli officials said more than 700 people had been "
        "killed and that scores had been taken into Gaza as hostages. The opera said two "
        "members of its orchestra who live in kibbutzim near the border had not been heard from "
        "since Saturday morning. The Israel Philharmonic cancelled a concert series, and "
        "several musicians called up as reservists left rehearsals. Rocket fire from Gaza "
        "continued on Sunday, setting off sirens in Tel Aviv. Theatres said they would open "
        "their halls as meeting points for families evacuated from the south. The Israeli "
        "military said it had begun striking targets in Gaza and called up tens of thousands of "
        "reservists. The opera's general director said the house would stay closed at least "
        "until the end of the week.",
        "V T D",
        "terror_attack",
    ),
    (
        "Tehran concert halls close as Israeli strikes hit the capital",
        "Tehran's Vahdat Hall and the Roudaki cultural centre cancelled all concerts on "
        "Saturday after a second night of Israeli air strikes on the Iranian capital, which the "
        "health ministry said had killed at least 78 people. Members of the Tehran Symphony "
        "Orchestra said they had driven their families north to the Caspian coast, joining long "
        "queues of cars leaving the city, while others stayed behind to look after elderly "
        "parents. Israel said its jets were targeting nuclear sites and military commanders. "
        "Iranian missiles launched in retaliation hit Tel Aviv and Haifa, where emergency "
        "services reported casualties. The Fajr music festival office said it would announce "
        'new dates for postponed performances once the situation allowed. "There are no '
        'rehearsals, only the news," a cellist wrote to a colleague in Europe. The Iranian Red '
        "Crescent said residential buildings had been hit in several northern districts. Petrol "
        "stations in the capital reported queues of several hundred cars.",
        "E M D",
        "airstrike",
    ),
    (
        "Stepanakert drama company crosses into Armenia with the exodus from Karabakh",
        "Actors of the Vahram Papazyan state drama theatre of Stepanakert arrived in the "
        "Armenian border town of Goris on Tuesday, part of the exodus of tens of thousands of "
        "Karabakh Armenians that followed Azerbaijan's lightning military offensive last week. "
        "The troupe's director said they had left costumes, sets and the theatre's archive "
        "behind. Armenian officials said more than 50,000 people had crossed the Lachin "
        "corridor since Sunday. The offensive, which Baku called an anti-terrorist operation, "
        "killed at least 200 people on the Armenian side, according to the local ombudsman, "
        "before a ceasefire forced the region's forces to disarm. Volunteers in Goris handed "
        "the actors blankets and food in the town's own theatre, where they are sleeping on the "
        'stage. "We played here on tour ten years ago," one actress said. The International '
        "Committee of the Red Cross said it was helping to evacuate the wounded, and that "
        "hospitals in Stepanakert had run short of medicines and fuel during the months of "
        "blockade. Armenia's government said it was preparing to house all the new arrivals.",
        "M D H",
        "offensive",
    ),
    (
        "Aleppo's music institute shut as rebel offensive reaches the city",
        "Aleppo's Sabah Fakhri music institute closed its doors on Friday as fighters led by "
        "Hayat Tahrir al-Sham pushed into the western districts of Syria's second city in their "
        "biggest offensive in years, residents and a war monitor said. The Syrian Observatory "
        "for Human Rights said more than 250 people, most of them combatants, had been killed "
        "in three days of fighting in Aleppo and Idlib provinces. Teachers at the institute, "
        "named after the city's celebrated singer of muwashshahat, said students had been sent "
        "home and that some families were trying to leave for Hama and the coast. Russian "
        'aircraft struck rebel positions on the outskirts, according to state media. "We have a '
        'hall full of ouds and no one to play them," one teacher said. Checkpoints on the road '
        "south were crowded with cars. Aleppo airport was closed and flights were cancelled, "
        "state media said. The institute's director said its archive of recordings had been "
        "moved to a basement.",
        "B E D",
        "offensive",
    ),
]
