"""Positives of eval/dev378, part A: Poland's airspace, sabotage, attacks on politicians and the border."""

POSITIVES = [
    (
        "Two men killed as missile falls on grain dryer in Przewodów, a village on the Ukrainian border",
        "A missile struck a farm in Przewodów, in the Hrubieszów county of Lubelskie province, on Tuesday afternoon, killing two men who were working at a grain dryer, the government spokesman confirmed late in the evening. "
        "The blast came as Russia fired about a hundred missiles at Ukrainian cities and power plants, several of them at targets in the Lviv and Volyn regions just across the Bug river. "
        "Firefighters from Hrubieszów found a crater several metres wide next to an overturned tractor trailer, a local councillor told TVN24. "
        "Prime Minister Mateusz Morawiecki called an emergency meeting of the national security committee, and some units of the army were put on higher readiness. "
        '"We are dealing with an extremely tense situation," he said after the meeting, asking Poles not to spread unconfirmed reports. '
        "By Wednesday the president said it was most likely a Ukrainian air-defence missile that had gone astray while intercepting the Russian barrage, and that Russia bore the ultimate responsibility for the war. "
        "Prosecutors in Lublin opened an investigation into the deaths of the two farm workers, aged 60 and 62. "
        "Residents said they had heard two loud bangs shortly before 4 p.m., PAP reported. The United States, NATO and the European Union said they were gathering information. Ukraine's president said it was a Russian missile and an attack on collective security. The village, with about 400 inhabitants, lies six kilometres from the border. Journalists were not allowed near the farm, which was cordoned off by the police and the military gendarmerie. Soldiers searched the fields around the dryer for fragments until late in the night, a TVN24 reporter on the spot said.",
        "E",
        "missile_strike",
    ),
    (
        "Polish and allied jets shoot down drones over eastern Poland in night of repeated incursions",
        "Polish and Dutch F-35s, supported by Italian early-warning aircraft, shot down several Russian drones that had crossed into Polish airspace overnight, the Operational Command of the Armed Forces said on Wednesday morning. "
        "The army counted 19 violations of the airspace between 11.30 p.m. and 6.30 a.m., most of them from Belarus, during a large Russian attack on western Ukraine. "
        "Airports in Warsaw, Rzeszów, Lublin and at Modlin were closed for several hours, Rzeczpospolita reported. "
        "Debris was later found in at least seven places in Lubelskie province, including a field near Czosnówka and a farmyard in Cześniki. "
        "Donald Tusk told the Sejm that it was the closest Poland had come to open conflict since the Second World War, and the government asked NATO to hold consultations under Article 4. "
        "Police asked residents not to touch any fragments they found and to call 112. "
        "No one was reported hurt, the Interior Ministry said.",
        "E M",
        "drone_incursion",
    ),
    (
        "Roof torn off house in Wyryki during the night of the drones, family escapes unhurt",
        "The roof and part of the upper floor of a detached house in Wyryki-Wola, in Włodawa county, were destroyed during the night of the drone incursion, police said. "
        "A married couple in their sixties were asleep on the ground floor when the object hit the building shortly after 6 a.m., the head of the commune told Gazeta Wyborcza. "
        '"The ceiling came down on the landing, glass was everywhere, we ran out in our nightclothes," the woman told a TVN24 reporter standing in front of the ruined attic. '
        "Prosecutors in Lublin opened an investigation into the damage caused during a hostile incursion into Polish airspace, and soldiers cordoned off the plot. "
        "Military engineers were examining what fell on the house, which some officials later said may have been a missile fired by a Polish fighter at the drones. "
        "The couple's car, parked in the yard, was also damaged. "
        "The commune has offered the family temporary accommodation in a former school, and the voivode promised compensation from a state fund.",
        "E",
        "drone_incursion",
    ),
    (
        "Marywilska fire was ordered by Russian services, Tusk says, as Poland shuts consulate in Kraków",
        "The fire that destroyed the Marywilska 44 shopping centre in Warsaw last May was started on the orders of the Russian intelligence services, Prime Minister Donald Tusk said on Sunday. "
        '"We now know for certain," he wrote, adding that the actions had been coordinated by a handler in Russia and carried out by people recruited through messaging apps. '
        "Some of the suspects had been detained and others identified and sought, prosecutors told PAP. "
        "The blaze reduced about 1,400 shops and stalls, most of them run by Vietnamese traders, to ashes, and no one was killed. "
        "Foreign Minister Radosław Sikorski said he would withdraw consent for the Russian consulate in Kraków to operate. "
        "Prosecutors are treating the fire as sabotage of a terrorist character carried out on behalf of a foreign intelligence service, Rzeczpospolita reported. "
        "Russia's foreign ministry called the accusation absurd and promised a response. "
        "Traders who lost their stalls said they were still waiting for help to restart their businesses a year on.",
        "T",
        "sabotage_arson",
    ),
    (
        "Explosive charge damages rail line from Warsaw to Lublin; Tusk calls it an unprecedented act of sabotage",
        "An explosive device damaged the track of the Warsaw-Lublin railway line near the village of Mika, in Garwolin county, on Saturday night, Prime Minister Donald Tusk said on Monday. "
        "The driver of a passenger train heading for Warsaw noticed a damaged section on Sunday morning and stopped, and about 475 passengers were taken off, the state railway operator said. "
        "Further south, near Puławy, the overhead line had been torn down on the same route, which carries aid and weapons to Ukraine. "
        "Tusk told the Sejm that two Ukrainian citizens working for the Russian services had planted the charge and left for Belarus through the Terespol crossing. "
        "Prosecutors opened an investigation into acts of sabotage of a terrorist nature on behalf of foreign intelligence, the National Prosecutor's Office said. "
        "No one was hurt, but investigators said the intention had been to derail a train. "
        "Soldiers were sent to guard critical stretches of railway, Gazeta Wyborcza reported, and the line reopened with speed restrictions.",
        "E T",
        "sabotage",
    ),
    (
        "Robert Fico shot several times in Handlová after government meeting; attacker detained",
        "Slovak Prime Minister Robert Fico was shot several times on Wednesday afternoon outside the House of Culture in Handlová, where his government had held an away meeting, and was flown by helicopter to hospital in Banská Bystrica. "
        "A 71-year-old man fired five shots as the prime minister came over to greet supporters behind a barrier, Denník N reported. "
        "Bodyguards overpowered the attacker and pushed Fico into a car, video published by TA3 showed. "
        "Defence Minister Robert Kaliňák said late in the evening that the prime minister had undergone a five-hour operation and that his condition was very serious. "
        "Interior Minister Matúš Šutaj Eštok said the attacker was a lone wolf with a political motive, who had made the decision after the presidential election. "
        "The Specialised Prosecutor's Office charged him with a premeditated attempted murder, later requalified as a terrorist attack. "
        "Leaders from across Europe condemned the shooting, and President Zuzana Čaputová called on politicians to stop spreading hatred.",
        "T",
        "assassination_attempt",
    ),
    (
        "Two killed outside gay bar on Zámocká street in Bratislava; police say the gunman was driven by hatred",
        "Two young men were shot dead outside the Tepláreň bar on Zámocká street in Bratislava's Old Town on Wednesday evening, and a woman working there was wounded, police said. "
        "The attacker, a 19-year-old who was found dead the next morning, had posted a manifesto full of hatred for Jews and LGBT people shortly before the shooting, according to Aktuality. "
        "The Interior Ministry said the police were treating the killings as a terrorist attack. "
        "The bar was known as a meeting place of the capital's LGBT community, and both victims were regulars there. "
        '"This is the result of years of hate speech from politicians," an organiser of Bratislava\'s Pride said at a vigil where thousands of candles were lit on Thursday. '
        "Prime Minister Eduard Heger said hatred had no place in Slovakia and that he had asked the police president for a full report. "
        "The gunman's father, a former candidate of a nationalist party, was questioned, SME reported.",
        "T V",
        "shooting_attack",
    ),
    (
        "Mayor of Gdańsk Paweł Adamowicz stabbed on stage at charity finale; attacker shouts that Civic Platform jailed him",
        "The mayor of Gdańsk, Paweł Adamowicz, was stabbed in the chest and abdomen on Sunday evening while on stage at the finale of the Great Orchestra of Christmas Charity in the city centre, and was operated on for five hours. "
        "The attacker, a 27-year-old who had recently left prison after serving a sentence for bank robberies, got onto the stage with a press badge, Gazeta Wyborcza reported. "
        'Holding a microphone, he shouted that he had been jailed innocently and that "Civic Platform tortured" him, before security staff took him away. '
        "Adamowicz, a long-time opponent of the ruling Law and Justice party, died in hospital on Monday afternoon, doctors at the University Clinical Centre said. "
        "Thousands of people gathered in the Long Market that evening, and silent marches against violence were held in dozens of towns. "
        "Prosecutors charged the man with murder and said psychiatrists would examine him. "
        "Opposition leaders said the attack was the fruit of a climate of hatred in public life, while the government warned against exploiting the tragedy.",
        "V",
        "stabbing_attack",
    ),
    (
        "Soldier stabbed through the border fence near Dubicze Cerkiewne dies of his wounds",
        "A 21-year-old Polish soldier who was stabbed through the fence on the Belarusian border died in hospital on Thursday, the Defence Ministry said. "
        "Private Mateusz Sitek, of the 1st Warsaw Armoured Brigade, was wounded near Dubicze Cerkiewne in late May, when a man in a group trying to force the barrier reached through the steel bars with a knife, the army said. "
        "The border guard reported that groups of between 50 and 100 people had been throwing branches, stones and bottles at patrols in the same sector for several days. "
        "Soldiers fired warning shots and used pepper spray to push the groups back, according to the Podlasie branch of the border guard. "
        '"They are not poor migrants, they are organised and aggressive," the deputy defence minister told TVN24. '
        "Hundreds of people attended the soldier's funeral in Nowa Wieś Wielka, and the president posthumously promoted him to sergeant. "
        "The government said it would bring back a buffer zone along about 60 kilometres of the frontier.",
        "U",
        "border_attack",
    ),
    (
        "Migrants throw stones at Kuźnica crossing, police answer with water cannon and tear gas",
        "Migrants camped on the Belarusian side of the Kuźnica-Bruzgi crossing threw stones, pieces of concrete and logs at Polish troops and police on Tuesday, and the Polish side used water cannon and tear gas, the Defence Ministry said. "
        "Nine police officers and one soldier were injured, a police spokeswoman told PAP, one of them with a suspected fractured skull. "
        "The group, estimated at about 2,000 people, including many families with children, had been camped near the fence in freezing temperatures for a week. "
        "Footage from the Polish side showed young men tearing at the razor wire as Belarusian officers stood by and some of them handed out stun grenades, the ministry said. "
        '"It was the most serious attack so far," the border guard\'s spokeswoman said. '
        "Humanitarian organisations were not allowed into the emergency zone along the frontier, Gazeta Wyborcza reported. "
        "Minsk accused Poland of brutality against unarmed people.",
        "U",
        "border_clash",
    ),
    (
        "Border guard officer hit in the head by a stone as groups try to cross near Białowieża",
        "A border guard officer was hit in the head by a stone thrown from the Belarusian side near Białowieża on Sunday evening and was taken to hospital in Hajnówka, the Podlasie border guard said. "
        "About 40 people approached the barrier and started throwing stones and thick branches, while others tried to cut through the steel posts with power tools, according to the agency. "
        "Officers used pepper spray and fired a warning shot into the air, and the group withdrew into the forest, a spokeswoman told Polsat News. "
        "The injured officer, who is 34, suffered a head wound but is conscious, the agency said. "
        "It was the third such attack in that section of the border this week, the border guard counted, after a soldier's car was pelted with stones near Czeremcha. "
        "Volunteers who help migrants in the forest said the groups were being pushed towards the fence by Belarusian officers. "
        "The interior minister announced extra patrols and more night-vision cameras.",
        "U",
        "border_clash",
    ),
    (
        "Flat set on fire by flare as Independence March clashes with police; rubber bullets fired on Poniatowski bridge",
        "Police fired rubber bullets and used pepper spray on the Poniatowski bridge on Wednesday, as groups taking part in Warsaw's Independence March threw stones, paving slabs and flares at officers, the Warsaw police said. "
        "A flare fired by marchers set fire to a flat on Aleja Jana Pawła II which had a rainbow flag and an election poster in its window, TVN24 showed. "
        "Another flare hit the roof of the Empik building near the roundabout, which was quickly put out. "
        "Thirty-five police officers were injured, and police said they detained 318 people over the day, many for assaulting officers. "
        "The march was held in cars and on foot despite a city ban on gatherings of more than five people during the pandemic. "
        "A photojournalist from Tygodnik Solidarność was hit in the face by a rubber bullet, the weekly said. "
        "The organisers blamed the police for provoking the violence, while the interior ministry praised the officers' restraint.",
        "U",
        "riot",
    ),
    (
        "Farmers' protest in Warsaw turns violent as cobblestones fly outside the Sejm",
        "A farmers' protest in front of the Sejm turned violent on Wednesday afternoon, when a group of demonstrators broke through barriers and threw cobblestones, bottles and firecrackers at police, the Warsaw police said. "
        "Officers used pepper spray and a water cannon on Wiejska street, and 14 police officers were hurt, three of whom went to hospital, a spokesman told PAP. "
        "Police said they detained 55 people, some of whom police said were not farmers at all but football hooligans. "
        "Earlier in the day tens of thousands of farmers had marched peacefully through the capital against the EU's Green Deal and imports of Ukrainian grain. "
        '"We came to talk and they let the thugs in," one farmer from Lublin province told Rzeczpospolita. '
        "The protest organisers said they had nothing to do with the violence, and accused the police of being heavy-handed. "
        "Interior Minister Marcin Kierwiński said those who attacked officers would face charges. By evening the crowd had dispersed, leaving broken paving stones and burnt-out flares on Wiejska and Piękna streets. Footage broadcast by Polsat News showed a policeman being kicked on the ground by several men in balaclavas. The farmers' union Solidarność RI said it was suspending its talks with the government until the detained farmers were released. Opposition politicians accused the government of sending provocateurs into the crowd, which the ministry denied.",
        "U",
        "riot",
    ),
    (
        "Tear gas at Kossuth Square as protest against 'slave law' goes on into the night",
        "Police used tear gas against protesters outside the Hungarian parliament for the third night running on Friday, as thousands marched against a labour law that allows employers to demand up to 400 hours of overtime a year. "
        "Some demonstrators threw smoke bombs, plastic bottles and Christmas decorations at police lines on Kossuth Square, the news site Index reported, and a police car was overturned. "
        "Police said 14 officers had been hurt and 51 people detained since Wednesday. "
        "Opposition MPs who tried to read a petition on the public broadcaster MTVA's premises were thrown out by security guards, footage showed. "
        '"We will not be silent any more," a university student from Szeged told Népszava. '
        "The government spokesman said the protests were organised by the network of George Soros. "
        "Unions announced a national strike for January, and rallies were called in Debrecen, Győr and Miskolc.",
        "U",
        "crackdown",
    ),
    (
        "Stones and pyrotechnics thrown at Government Office in Bratislava; police use water cannon",
        "Police used a water cannon and tear gas in front of the Government Office in Bratislava on Tuesday after some of the thousands of people protesting against pandemic restrictions threw stones, bottles and pyrotechnics at officers, the Police Presidium said. "
        "Seven police officers were injured and at least a dozen demonstrators were detained, Denník N reported. "
        "The protest, which was not registered, had been called by the far-right party Republika and supported by football ultras. "
        "Some participants tried to break into the building's courtyard and tore down metal barriers, according to footage broadcast by TA3. "
        "The interior minister said the violence had been organised and that the organisers would be held responsible. "
        'Prime Minister Igor Matovič called the attackers "extremists who want to destabilise the state". '
        "The crowd dispersed in the late evening, leaving broken glass and smoke bombs on Úrad vlády square.",
        "U",
        "riot",
    ),
    (
        "Polish volunteer among World Central Kitchen workers killed in Israeli strike on Gaza convoy",
        "A Polish volunteer from Przemyśl, Damian Soból, was among seven World Central Kitchen aid workers killed when their convoy was hit by Israeli air strikes in Deir al-Balah on Monday night, the charity said. "
        "The team had just unloaded more than 100 tonnes of food brought in by sea at a warehouse and was travelling in three cars, two of them armoured and marked with the charity's logo. "
        "The other victims were British, Australian, Palestinian and a dual US-Canadian citizen, the charity said, and it paused its operations in the region. "
        "Friends in Przemyśl told Gazeta Wyborcza that Soból had worked for the organisation since the first weeks of the war in Ukraine, delivering meals at the border. "
        "Foreign Minister Radosław Sikorski asked the Israeli ambassador for urgent explanations, and President Andrzej Duda said Poland expected a thorough investigation. "
        "The Israeli army said the strikes were a grave mistake and that two officers would be dismissed. "
        "Candles were lit on Przemyśl's market square on Tuesday evening.",
        "E V H",
        "airstrike",
    ),
    (
        "Polish volunteer killed near Bakhmut, brother confirms, as Ukraine's foreign legion fights for the town",
        "A 28-year-old volunteer from near Kielce who fought in the International Legion of the Ukrainian army was killed in fighting near Bakhmut last week, his brother confirmed to Rzeczpospolita on Tuesday. "
        "The man, a former member of Poland's territorial defence force, had gone to Ukraine in March and served in a unit defending the road to Chasiv Yar, his family said. "
        "He was killed by artillery fire as his section held a position on the edge of the town, according to a comrade who spoke to Onet. "
        "Russian forces, including Wagner fighters, have been attacking Bakhmut from three sides for weeks, and the town is almost completely destroyed. "
        "The Foreign Ministry said it was aware of the death of a Polish citizen in Ukraine and was in touch with the family, but gave no details. "
        "His body has not yet been recovered, and the family has asked for help in bringing it home. "
        "Poland's law allows its citizens to serve in a foreign army only with the defence minister's consent, a lawyer reminded.",
        "B E",
        "battle",
    ),
]
