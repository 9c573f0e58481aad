"""Negatives of eval/dev378, part A: floods, anniversaries and commemorations, accidents."""

NEGATIVES = [
    (
        "Kłodzko loses its battle with the Nysa: the old town under water, the bridge gone",
        "The water came into Kłodzko faster than anyone expected, and by Sunday noon the Nysa Kłodzka had flooded the streets around the old town up to the first floor, Gazeta Wyborcza's Wrocław desk reported. "
        "A footbridge near the Franciscan church was swept away, and firefighters in boats took people from the windows of flooded tenements. "
        '"We lost this battle, the embankments could not hold," the mayor told TVN24 from the town hall, which had become a crisis headquarters. '
        "Soldiers of the territorial defence force filled sandbags in the upper town through the night, and helicopters flew residents out of villages cut off in the valley. "
        "The provincial governor said at least two people had died in the county, one of them in Bystrzyca Kłodzka. "
        "Water and electricity were cut off in large parts of the town, and the hospital moved patients to the upper floors. "
        'Many residents compared the situation with the great flood of 1997, when Kłodzko was hit just as badly. In the afternoon the water began to fall slowly, but the county\'s crisis team warned that the Biała Lądecka was still rising upstream. Shops on Wojska Polskiego street were left full of mud and broken shelves. "We will clean up, we did it in 1997 and we will do it again," said a pensioner carrying a bucket. Volunteers from Wrocław arrived with water, shovels and generators in the evening. The railway line to Wałbrzych was closed because of washed-out embankments, PKP said.',
        "disaster",
    ),
    (
        "Dam at Stronie Śląskie bursts, Lądek-Zdrój evacuated as the army is sent in",
        "The earth dam of the dry reservoir in Stronie Śląskie gave way on Sunday morning, and a wave of water tore through the town and on towards Lądek-Zdrój, local officials said. "
        "The spa town's main street was turned into a river, and the bridge over the Biała Lądecka partly collapsed, footage broadcast by Polsat News showed. "
        "Prime Minister Donald Tusk declared a state of natural disaster in parts of Lower Silesia, Opole and Silesia provinces, and the defence minister sent about 14,000 soldiers to help. "
        "More than 2,000 people were evacuated from Lądek-Zdrój and villages downstream, the regional crisis centre said. "
        '"It looks like after a bombing," one resident said, standing by the remains of his car. '
        "Firefighters from across the country and from Germany were sent to the region, and Black Hawk helicopters picked up people from rooftops. "
        "The government's crisis team promised 1 billion zlotys in immediate aid for the flooded communes.",
        "disaster",
    ),
    (
        "Krnov and Opava count the damage as Czech floods claim lives in Jeseník",
        "The floods that hit Moravia-Silesia and the Olomouc region over the weekend have killed at least three people, the Czech police said on Monday, and several others are missing in the Jeseník area. "
        "In Krnov, where the Opava river burst its banks, about 80% of the town was under water on Sunday, Mayor Tomáš Hradil said, and the water treatment plant stopped working. "
        "Thousands of people were evacuated from parts of Opava and Ostrava, where a dyke broke near the Přívoz district, ČT24 reported. "
        "The army sent soldiers and helicopters to help the fire brigade, and Prime Minister Petr Fiala called a meeting of the central crisis staff. "
        '"It is a fight against nature, and right now nature is winning," the regional governor said. '
        "Many villages in the Jeseníky mountains were cut off by landslides and washed-out roads. "
        "Insurers said they expected claims of tens of billions of crowns.",
        "disaster",
    ),
    (
        "Half a year after the flood, Lądek-Zdrój is still waiting for its bridge",
        "Six months after the September flood, temporary footbridges still connect the two halves of Lądek-Zdrój, and many of the ground-floor shops on the main street remain empty, Gazeta Wyborcza reported from the spa town. "
        "The government's reconstruction plenipotentiary said the new road bridge would be built by the end of next year at the latest. "
        "About 400 families in the commune have received the emergency payment of 10,000 zlotys, but some are still waiting for money to rebuild their houses. "
        '"We are fighting the bureaucracy now, not the water," said a woman who runs a guest house near the Wojciech spa house. '
        "The spa has reopened part of its treatment rooms, but visitors are few. "
        "The commune has asked for money to rebuild the dam in Stronie Śląskie, which engineers are still examining. "
        "Volunteers from across Poland who came to clear mud in the autumn are still in touch with residents, the mayor said.",
        "disaster",
    ),
    (
        "Danube in Budapest peaks at 8.5 metres as the lower quay disappears under water",
        "The Danube in Budapest reached its highest level in more than a decade on Saturday evening, peaking at about 8.5 metres at the Vigadó square gauge, the water authority said. "
        "The lower embankments on both banks were closed, and the tram line along the Pest side was suspended, the transport company BKV said. "
        "Hundreds of soldiers, prisoners and volunteers built sandbag walls along the Római part in Óbuda, where many houses and restaurants lie outside the flood defences. "
        '"We are in a defensive war against the river," Prime Minister Viktor Orbán said on Facebook, posting a photo of himself in rubber boots. '
        "Villages in the Szentendre island area were partly evacuated as a precaution, Telex reported. "
        "No deaths were reported in Hungary. "
        "Experts said the wave would take several days to pass the southern stretch near Mohács.",
        "disaster",
    ),
    (
        "Firefighters still battling blaze in Bohemian Switzerland after nine days",
        "More than 500 firefighters from the Czech Republic, Slovakia, Poland and Germany were still fighting the forest fire in the Bohemian Switzerland national park on Tuesday, nine days after it broke out near Hřensko, the fire brigade said. "
        "The fire has burned more than 1,000 hectares of forest, and several houses in Mezná were destroyed, according to the regional fire chief. "
        "Helicopters from the army and the police, as well as Italian and Swedish aircraft, have been dropping water on the steep sandstone gorges. "
        "About 900 people were evacuated from Hřensko, Mezná and Vysoká Lípa in the first days, and most have not yet been allowed home, ČT24 reported. "
        '"It is a war of attrition," the fire chief said, adding that the rain forecast for the weekend could finally help. '
        "The Pravčická brána rock arch, the park's best-known sight, was not damaged. "
        "Police are investigating whether the fire was started by a careless tourist.",
        "disaster",
    ),
    (
        "Ten years after Smolensk: the pandemic shrinks the anniversary to a wreath and a mass",
        "The 10th anniversary of the Smolensk air disaster was marked on Friday without crowds, because of the restrictions on gatherings, and with a small ceremony at the monument on Piłsudski Square, PAP reported. "
        "Jarosław Kaczyński, whose twin brother President Lech Kaczyński died in the crash with 95 other people, laid flowers at the monument and at the Powązki cemetery with a few members of his party. "
        "The opposition criticised the visit to the cemetery, which was closed to other people at the time. "
        '"We remember all the victims, whatever we think about the causes," a relative of one of the crew told Rzeczpospolita. '
        "The Tu-154 carrying the presidential delegation crashed in fog on 10 April 2010 while approaching the Smolensk Severny airfield. "
        "A mass for the victims was celebrated in Warsaw's cathedral and broadcast live on public television. "
        "The planned ceremony in Smolensk itself was cancelled.",
        "history",
    ),
    (
        "No more monthly marches: Kaczyński ends Smolensk commemorations after 15 years",
        "Jarosław Kaczyński said on Thursday that the monthly commemorations of the Smolensk disaster in front of the Presidential Palace would no longer be held in their current form, 15 years after the crash. "
        "Speaking at the monument on Piłsudski Square on the anniversary, he said he would come to the square on the 10th of each month with a smaller group of supporters. "
        "For years the gatherings were the scene of angry confrontations with counter-protesters from the group Obywatele RP, and police often separated the two sides. "
        "The leader of Law and Justice repeated his claim that the crash was an assassination, which both the Polish and Russian investigations rejected. "
        "The families of several victims attended a separate ceremony at the Powązki military cemetery, TVN24 said. "
        '"I hope that this ends the war over the memory of my father," one of the victims\' daughters said. '
        "The anniversary ceremony ended with the laying of wreaths by state officials.",
        "history",
    ),
    (
        "Warsaw stands still at 5 p.m. as the city marks 80 years since the Uprising",
        "Sirens wailed and traffic stopped across Warsaw at 5 p.m. on Thursday, the W hour, as the city marked the 80th anniversary of the outbreak of the 1944 Uprising. "
        "Veterans, now in their late nineties, laid flowers at the Gloria Victis monument in the Powązki military cemetery, and thousands of people lit flares at the roundabout named after Roman Dmowski. "
        "German President Frank-Walter Steinmeier asked Poles for forgiveness in a speech at the Warsaw Uprising monument, the first German head of state to speak at the main ceremony. "
        "About 200,000 civilians were killed during the 63 days of fighting, and the Germans razed much of the city afterwards. "
        "Only about 50 participants of the Uprising are still alive in Warsaw, according to the Warsaw Uprising Museum. "
        '"We fought for a free Poland, and I am glad I can see it," a 97-year-old veteran told TVN24. '
        "The museum said its exhibition had a record number of visitors this year.",
        "history",
    ),
    (
        "Insurgents' boots and an armband: Wola residents bring family keepsakes to the Uprising museum",
        "The Warsaw Uprising Museum has collected more than 300 new objects this year from families whose grandparents fought in 1944, the museum said ahead of the anniversary on 1 August. "
        "Among them are a pair of boots worn by a teenage courier from Wola, a handmade armband and letters written in a field hospital on Długa street. "
        '"People find these things in attics and they don\'t know what to do with them," a museum curator told Gazeta Wyborcza. '
        "The museum is planning an exhibition on the civilians of Wola, where German units killed tens of thousands of residents in the first days of August. "
        "Volunteers record the stories of the last veterans on video, and about 4,000 interviews have been made so far. "
        "At the Powązki cemetery, scouts tidy the graves of insurgents in the days before the W hour. "
        "The exhibition will open in the autumn.",
        "history",
    ),
    (
        "Tallboy bomb explodes during defusing in the Piast canal in Świnoujście; no one hurt",
        "A six-tonne British Tallboy bomb from the Second World War exploded in the Piast canal near Świnoujście on Tuesday while navy divers were trying to neutralise it, the navy said. "
        "No one was hurt, because the divers were working remotely and about 750 residents of nearby houses had been evacuated beforehand, a navy spokesman told PAP. "
        "The bomb, dropped by the RAF in 1945 in a raid on the German cruiser Lützow, was found during dredging of the waterway in 2019. "
        "The navy said the explosion was a controlled deflagration that turned into a detonation, and that the operation was considered a success. "
        "A column of water rose dozens of metres above the canal, video from the scene showed. "
        "Residents returned home in the evening. "
        'It was the largest unexploded bomb found in Poland since the war, according to the navy. Divers of the 8th Coastal Defence Flotilla had spent days preparing the operation in poor visibility. Ferries between Świnoujście and Ystad ran normally. "It was a great success of our sappers," the defence minister wrote on Twitter.',
        "history",
    ),
    (
        "Przewodów marks a year since the missile: a monument, a mass and questions unanswered",
        "Residents of Przewodów gathered in the village church on Wednesday to mark the first anniversary of the missile explosion that killed two local men at a grain dryer in November 2022. "
        "A small monument with the names of the two men was unveiled next to the dryer, and the head of Lubelskie province laid a wreath on behalf of the government. "
        "The families say they are still waiting for the prosecutors to close the investigation and for full compensation, Kurier Lubelski reported. "
        '"Nobody from Warsaw has explained to us who is to blame," the son of one of the victims said. '
        "The investigation has established that the missile was fired by Ukrainian air defence, but it has not yet been closed. "
        "The anniversary passed quietly, without politicians from the capital. "
        "The grain dryer has been rebuilt and is working again.",
        "history",
    ),
    (
        "In Puźniki, exhumations of Volhynia victims end after 80 years",
        "Archaeologists have finished exhuming the remains of Poles killed in 1945 in the village of Puźniki, in western Ukraine, the Institute of National Remembrance said. "
        "The remains of at least 42 people, many of them women and children, were found in a mass grave near the former village, which no longer exists. "
        "It was the first exhumation of Polish victims allowed by Ukraine since the Ukrainian authorities halted such work in 2017, Rzeczpospolita noted. "
        "The victims were killed by a unit of the Ukrainian Insurgent Army during the wave of ethnic killings that began in Volhynia in 1943. "
        '"After 80 years my grandmother\'s sister will have a grave," a relative who came from Opole told PAP. '
        "The remains will be buried in a ceremony in Puźniki in the presence of Polish and Ukrainian officials. "
        "The two governments said further searches would take place next year.",
        "history",
    ),
    (
        "Bus and train collide at level crossing near Nové Zámky, seven dead",
        "Seven people were killed and five injured when a fast train from Prague to Budapest hit a bus on a level crossing near Nové Zámky in south-western Slovakia on Thursday, the police said. "
        "The bus, which was carrying passengers from nearby villages, was cut in two, footage from the TA3 channel showed. "
        "Investigators said the crossing's barriers and lights were working, and they were looking into whether the bus driver ignored the signal. "
        "The train driver and several passengers were treated for shock. "
        "Rail traffic on the main line to Štúrovo was interrupted for several hours. "
        '"It was a terrible sound, like an explosion," a woman who lives near the crossing told the daily Pravda. '
        "It was one of the deadliest rail accidents in Slovakia in decades, the transport minister said.",
        "accident",
    ),
    (
        "Two trains collide head-on near Pardubice; a driver is among the dead",
        "Four people were killed and more than two dozen injured when a passenger train and a freight train collided near Pardubice late on Wednesday night, the Czech Railways and the regional rescue service said. "
        "The passenger train, a RegioJet service from Prague to Košice, ran into a freight train standing on the same track at Pardubice-main station, the Rail Safety Inspection Office said. "
        "Several carriages were derailed and the first one was badly crushed, and firefighters worked for hours to free trapped passengers. "
        "Among the dead was a train driver, ČT24 reported. "
        "Investigators are examining whether the signalling equipment failed or the train passed a red signal. "
        "Hospitals in Pardubice and Hradec Králové activated their trauma plans. "
        "The transport minister said it was a black day for Czech railways.",
        "accident",
    ),
    (
        "Methane blast at Pniówek coal mine kills five; rescuers hurt in second explosion",
        "Five miners were killed and more than 20 injured after two methane explosions at the Pniówek coal mine in Pawłowice, in Silesia, early on Wednesday, the mining company JSW said. "
        "The second blast hit a rescue team that had gone down to search for seven missing miners, the company's spokesman said. "
        "The search was suspended on Thursday because of the risk of further explosions and a fire underground, Dziennik Zachodni reported. "
        '"The rescuers went into hell to save their colleagues," the head of JSW said. '
        "The injured were treated at the burns centre in Siemianowice Śląskie, and several are in a serious condition. "
        "The state mining authority has opened an investigation into the causes of the accident. "
        "The government announced national mourning, and flags at the company's mines were lowered.",
        "accident",
    ),
    (
        "Pertussis cases triple in Poland, doctors blame falling vaccination rates",
        "The number of whooping cough cases in Poland has more than tripled this year, with over 22,000 cases reported by the end of September, the National Institute of Public Health said. "
        "Most of the patients were children and teenagers, and several infants had to be treated in intensive care, doctors in Warsaw and Kraków told Rzeczpospolita. "
        "The rise comes after years of growing refusal of compulsory childhood vaccinations, the chief sanitary inspector said. "
        '"We are losing the battle for herd immunity," a paediatrician at the Warsaw children\'s hospital said. '
        "The health ministry plans to extend free booster doses to pregnant women and adults in contact with newborns. "
        "Similar outbreaks have been reported in the Czech Republic and in Slovakia.",
        "health",
    ),
    (
        "Slovakia opens vaccination centres in supermarkets as Covid wave fills hospitals",
        "Slovakia opened walk-in vaccination points in supermarkets and shopping centres on Saturday, as hospitals in the east of the country ran out of intensive care beds during the autumn Covid wave, the health ministry said. "
        "Only about 45% of the population is fully vaccinated, one of the lowest rates in the European Union, according to the National Health Information Centre. "
        "The government offered a bonus of up to 500 euros to older people who get the vaccine, Denník N reported. "
        "Hospitals in Prešov and Košice have postponed planned operations and moved staff to Covid wards. "
        '"It is a war for every vaccinated person," the health minister said, presenting the campaign in Bratislava. '
        "Soldiers have been sent to help at some hospitals as nurses. "
        "The government is discussing a lockdown for the unvaccinated.",
        "health",
    ),
]
