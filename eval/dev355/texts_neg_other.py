"""dev355 negatives: floods, accidents, history, culture, sport, health, talks and other news."""

NEGATIVES = [
    (
        "Ahr Valley Floods: Death Toll Climbs Past 130 as Army Joins Search",
        "The number of people killed by the floods in the Ahr valley in Rhineland-Palatinate has risen to 133, police in Koblenz said on Sunday, and dozens are still missing. In the village of Schuld, entire houses were swept away when the normally shallow river rose by more than seven metres in a few hours on Wednesday night. Twelve residents of a home for people with disabilities in Sinzig drowned on the ground floor. The Bundeswehr has deployed about 900 soldiers with armoured recovery vehicles to clear debris and rebuild bridges. Thousands of people have lost their homes and are staying with relatives or in emergency shelters. The Süddeutsche Zeitung reports that warnings from the European flood alert system did not reach many residents. Chancellor Merkel will visit the region on Sunday afternoon.",
        "disaster",
    ),
    (
        "Bavaria Floods: Firefighter Dies as Dams Break Along the Danube",
        "A 42-year-old firefighter died on Sunday when his boat capsized during a rescue operation in Pfaffenhofen, as floods swept across southern Bavaria and Baden-Württemberg after days of heavy rain. Several dams burst along the Paar and Danube rivers, and thousands of residents of Reichertshofen and Schrobenhausen were evacuated. Another woman was found dead in her cellar in Schrobenhausen. Chancellor Olaf Scholz, wading through the streets of Reichertshofen in rubber boots, promised federal help. The German Weather Service said some areas had received as much rain in three days as normally falls in two months. The FAZ reports that insurers expect claims of at least two billion euros. About 1,000 soldiers of the Bundeswehr are helping to fill sandbags.",
        "disaster",
    ),
    (
        "Lower Austria Declared Disaster Zone as Storm Boris Brings Floods",
        "The entire province of Lower Austria was declared a disaster zone on Sunday after torrential rain from storm Boris caused rivers to burst their banks, cutting off villages and flooding the western suburbs of Vienna. A firefighter died during a pumping operation in Tulln, and two elderly men drowned in their homes in the district of St. Pölten, according to the authorities. More than 1,800 buildings were evacuated, Der Standard reports. The Vienna river reached a level seen only once in a hundred years, and parts of the underground network were closed. Chancellor Karl Nehammer announced a disaster fund of one billion euros. The army has deployed about 1,000 soldiers with helicopters to rescue people trapped by the water. More rain is forecast for Monday.",
        "disaster",
    ),
    (
        "Blatten Buried by Glacier Collapse, Residents Evacuated in Time",
        "Most of the village of Blatten in the Swiss canton of Valais was buried on Wednesday afternoon when a huge part of the Birch glacier collapsed and sent millions of cubic metres of ice, mud and rock into the Lötschental valley. The village's 300 residents had been evacuated ten days earlier after geologists warned the mountainside was unstable. One man, a 64-year-old local, is missing. The debris dammed the river Lonza, creating a lake that threatens villages downstream. The Neue Zürcher Zeitung reports that the army has sent water pumps and engineers to the valley. Federal President Karin Keller-Sutter promised support for rebuilding. Scientists say the thawing permafrost, a result of warming, makes such events more likely.",
        "disaster",
    ),
    (
        "Heatwave Grips Germany, Wildfire Rages in Saxon Switzerland",
        "Firefighters were battling a wildfire in the Saxon Switzerland national park on Tuesday, as a heatwave pushed temperatures above 38 degrees Celsius in parts of eastern Germany. More than 250 hectares of forest were burning on both sides of the border with the Czech Republic, and hikers were ordered out of the park. Helicopters of the federal police and the Bundeswehr dropped water over terrain that is too steep for fire engines. Officials in Bad Schandau said no homes were in immediate danger. The German Weather Service issued warnings for most of the country. The Dresden fire chief told the Sächsische Zeitung, as quoted by Die Zeit, that his crews were at their limit. Rain is not expected before the weekend.",
        "disaster",
    ),
    (
        "Tram Bridge in Dresden Drops Into River Hours After Last Crossing",
        "A section of the Carola bridge in Dresden collapsed into the Elbe in the early hours of Wednesday, shortly after the last tram had crossed it, the city said. No one was injured. The 100-metre-long section carried tram lines, a cycle path and a pipe of the district heating network, which burst and cut hot water to much of the city. Experts suspect that chlorine-induced corrosion of the steel tendons inside the concrete was to blame. The Süddeutsche Zeitung reports that the bridge, built in 1971, had been due to be renovated. Emergency crews worked to remove the debris before a rise in the river level was expected. Transport ministers in other states ordered checks on bridges of the same design. The remaining parts of the bridge are to be demolished.",
        "accident",
    ),
    (
        "Three Dead as Regional Train Derails Near Riedlingen",
        "Three people were killed and more than 50 injured when a regional train derailed near Riedlingen in Baden-Württemberg on Sunday evening after heavy rain, police said. The driver, a train attendant and a passenger died. Several carriages left the tracks in a wooded area, and rescuers had to use heavy equipment to reach people trapped inside. Investigators believe a landslide caused by storms may have washed out the embankment. Deutsche Bahn said about 100 passengers had been on board. Transport Minister Patrick Schnieder travelled to the scene on Monday. The FAZ reports that the line had been inspected only weeks earlier. Federal accident investigators are examining the site. The line between Ulm and Sigmaringen will stay closed for at least two weeks, and replacement buses are running.",
        "accident",
    ),
    (
        "Dresden Remembers Bombing Eighty Years On With Human Chain",
        "About 10,000 people formed a human chain around Dresden's old town on Thursday evening to commemorate the Allied bombing of the city 80 years ago, in which up to 25,000 people were killed. The city's bells rang at 9.45 pm, when the first bombs fell in February 1945. Mayor Dirk Hilbert warned against the misuse of the anniversary by far-right groups, who for years have spoken of a “bombing holocaust”. A historians' commission established the death toll in 2010 after decades of inflated claims. Die Zeit notes that the restored Frauenkirche, a ruin until the 1990s, has become a symbol of reconciliation. Britain's ambassador laid a wreath at the Heidefriedhof cemetery. A small far-right march on Saturday is expected to draw a few hundred people.",
        "history",
    ),
    (
        "War Graves Commission Reburies 200 Soldiers Found in Brandenburg Forest",
        "The German War Graves Commission on Saturday reburied the remains of 200 soldiers of the Wehrmacht and the Red Army found in the forests around Halbe, south of Berlin, where one of the last great battles of the Second World War was fought in April 1945. Volunteers with metal detectors recovered the bones over the past two years, along with identity tags that allowed 43 of the dead to be named. Relatives from Germany and Russia had been invited, though only a handful travelled. The commission says that tens of thousands of soldiers are still buried in unmarked graves in Brandenburg. The Frankfurter Allgemeine Zeitung describes the ceremony as unusually quiet. A pastor and an Orthodox priest led the service together. The remains of about 28,000 people already lie at the Halbe forest cemetery.",
        "history",
    ),
    (
        "'All Quiet on the Western Front' Wins Four Oscars",
        "Edward Berger's film adaptation of Erich Maria Remarque's anti-war novel “All Quiet on the Western Front” won four Academy Awards in Los Angeles on Sunday night, including best international feature film. It is the most successful German film in the history of the Oscars, Der Spiegel reports. The Netflix production follows a young soldier from the enthusiasm of enlistment to the mud and slaughter of the trenches of 1917. Composer Volker Bertelmann won for his score, and the film also took the prizes for cinematography and production design. Berger thanked his family and said the story was more relevant than ever. Critics in Germany had been more reserved than those in Britain and the US. The film had already won seven Baftas.",
        "entertainment",
    ),
    (
        "A Novel of the Donbas Tops the German Bestseller List",
        "A debut novel by the Ukrainian-born writer Anna Kowalenko about a family that stays in a frontline town in the Donbas, has reached number one on the Spiegel bestseller list. The book follows a grandmother, her daughter and a teenage grandson through the shelling of 2014 and the years of uneasy waiting that followed. Critics at the Frankfurter Allgemeine praised its “unsentimental precision”, though some found the ending too hopeful. The author wrote it in German, having moved to Leipzig as a child. Her publisher says 120,000 copies have been sold in two months. She will read at the Leipzig Book Fair in March. Film rights have been sold to a production company in Cologne. An English translation is due next year.",
        "entertainment",
    ),
    (
        "Berlinale Documentary on Bundeswehr in Mali Divides Critics",
        "A documentary about German soldiers in Mali premiered at the Berlinale on Tuesday, drawing a standing ovation from the audience and sharply divided reviews. The director spent six months embedded with a reconnaissance company in Gao, filming patrols, long evenings in the container camp and the soldiers' calls home. The film contains no combat scenes; its tension comes from waiting, the director told Der Tagesspiegel. Die Zeit's critic called it “a film about boredom and meaning”, while the taz accused it of being too close to its subjects. The Bundeswehr had given permission after months of negotiation. The documentary will be shown on ZDF in the autumn. The mission in Mali ended in December 2023.",
        "entertainment",
    ),
    (
        "Bayern Attack Blows Leverkusen Away in Title Battle",
        "Bayern Munich's attack tore Bayer Leverkusen's defence to shreds on Saturday, winning 4-0 at the Allianz Arena to open a five-point lead at the top of the Bundesliga. Harry Kane scored twice, including a penalty, and Jamal Musiala struck from distance just before half-time. Leverkusen's coach said his team had been “shot to pieces” in the first twenty minutes. The visitors' captain was sent off after an hour for a second yellow card. The Süddeutsche Zeitung's match report speaks of a statement of power. Leverkusen have only one win in their last five games. Bayern travel to Dortmund next weekend for Der Klassiker. Leverkusen, the unbeaten champions two seasons ago, now face a fight to stay in the Champions League places.",
        "sport",
    ),
    (
        "Austrian Skiers Launch Attack on Kitzbühel's Streif",
        "The Austrian team will go on the attack in Saturday's downhill on the Streif in Kitzbühel, head coach Marko Pfeifer promised, after a winter in which Swiss racers have dominated the speed events. Vincent Kriechmayr was fastest in Thursday's training run, ahead of Marco Odermatt and Cyprien Sarrazin. The Streif, with its Mausefalle jump and the steep Hausbergkante, is considered the most dangerous course on the World Cup circuit. Several racers crashed in training, though none was seriously hurt. Der Standard notes that no Austrian has won the race since 2021. About 45,000 spectators are expected in the finish area. The weather forecast promises sunshine and cold temperatures. The race starts at 11.30 am.",
        "sport",
    ),
    (
        "Eintracht Fans Banned After Pyrotechnics at Europa League Match",
        "UEFA has banned Eintracht Frankfurt's fans from the club's next away match in the Europa League after supporters set off dozens of flares and threw cups onto the pitch in Marseille, the club said on Friday. The match was halted for six minutes in the second half. French police said two stewards were slightly hurt by firecrackers and four fans were detained, but there was no fighting between the rival groups. Eintracht were also fined 60,000 euros. The club said it would identify those responsible and impose stadium bans. Hessischer Rundfunk, quoted by the FAZ, reports that about 8,000 Frankfurt supporters had travelled to France. Eintracht won the match 2-1 and top their group with ten points from four games.",
        "sport",
    ),
    (
        "Measles Outbreak in Berlin Prompts Vaccination Drive",
        "Berlin's health authorities have recorded more than 50 cases of measles since January, the highest number since the large outbreak of 2015, the state office for health said on Tuesday. Most of the cases were among unvaccinated children and young adults in the districts of Mitte and Neukölln. A one-year-old boy was treated in intensive care. Health Senator Ina Czyborra called on parents to check their children's vaccination records and announced free vaccination sessions in schools. Measles vaccination has been compulsory for children in day care and schools in Germany since 2020, the Tagesspiegel notes. Doctors say many adults born after 1970 do not know whether they are protected. The outbreak appears to have been brought in by a traveller from abroad.",
        "health",
    ),
    (
        "Tiergarten Killer Freed in Largest East-West Prisoner Swap Since the Cold War",
        "Germany released Vadim Krasikov, the Russian who shot dead a Georgian Chechen in Berlin's Tiergarten park in 2019, as part of a prisoner exchange between Russia and several Western countries on Thursday. In return, Moscow freed 16 people, among them the American journalist Evan Gershkovich and several German citizens and Russian opposition figures. The exchange took place on the tarmac of Ankara airport under the supervision of Turkish intelligence. Chancellor Scholz said the decision to release a convicted murderer had not been easy. President Vladimir Putin greeted Krasikov personally on the runway in Moscow. Der Spiegel reports that the negotiations took more than a year. Krasikov had been serving a life sentence.",
        "peace",
    ),
    (
        "Gaza Ceasefire Takes Effect, German Hostage Families Wait for News",
        "A ceasefire between Israel and Hamas took effect in the Gaza Strip on Sunday morning, after a delay of almost three hours, and the first three hostages were handed over to the Red Cross in the afternoon. The families of several German-Israeli hostages who remain in Gaza said they were desperate for news of their relatives. According to the agreement, 33 hostages are to be released in the first six-week phase in exchange for hundreds of Palestinian prisoners. In Berlin, Foreign Minister Annalena Baerbock welcomed the deal and said Germany would help with humanitarian aid. Die Zeit reports that crowds gathered in Tel Aviv's Hostages Square to watch the handover on big screens. Israeli officials said the next release was due on Saturday. The second phase has yet to be negotiated.",
        "peace",
    ),
    (
        "Syrian Refugee of 2015 Elected Mayor of Black Forest Town",
        "Ryyan Alshebl, who came to Germany as a refugee from Syria in 2015, has been elected mayor of Ostelsheim, a town of 2,700 people in the Black Forest, winning 55 percent of the vote in the first round. The 29-year-old, who trained in public administration, ran as an independent with the backing of the local Greens. He had worked in the town hall of the neighbouring municipality of Althengstett. Alshebl told the Stuttgarter Zeitung, as quoted by Die Zeit, that he wanted to improve childcare and broadband. He is believed to be the first refugee from Syria to become a mayor in Germany. He fled his home town of As-Suwayda as a young man to avoid being drafted. He takes office in June and says he will live in the town with his wife.",
        "other",
    ),
    (
        "Deutsche Bahn Punctuality Hits New Low",
        "Only 62.5 percent of Deutsche Bahn's long-distance trains arrived on time last year, the worst figure in more than two decades, the company said on Tuesday. A train counts as late if it arrives six minutes or more after schedule; cancelled trains are not included in the statistics. The rail operator blamed the state of its ageing network, where thousands of construction sites slowed traffic. Chief executive Richard Lutz said the general renovation of 40 main lines would bring improvements only from the end of the decade. The Süddeutsche Zeitung points out that the railway had promised a rate of 70 percent. Swiss Federal Railways has asked for some German trains to stop at the border because their delays disrupt its timetable. Passenger numbers nevertheless rose thanks to the Deutschlandticket.",
        "other",
    ),
]
