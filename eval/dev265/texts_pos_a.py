"""dev265 positives, part A: France, the UK, Sweden and Australia (the police and local crime
desk reporting riots, terrorism and political violence)."""

POSITIVES = [
    (
        "Second night of unrest in Villiers-le-Bel after teenager dies at police checkpoint",
        "Cars and bins burned for a second night in Villiers-le-Bel and neighbouring Sarcelles on Thursday after a 17-year-old moped rider died when a police officer fired at a checkpoint on Tuesday evening. Groups of youths threw fireworks and paving stones at police lines near the Carreaux estate, and the town's media library and a bank branch were set alight shortly after midnight, the Val-d'Oise prefecture said. Riot police answered with tear gas and stun grenades until about 4am. The interior ministry said 63 people had been arrested across the department and 19 officers slightly injured, one of them struck in the face by a mortar firework. Firefighters counted 112 burned vehicles. The officer who fired has been placed in custody and the IGPN, the police watchdog, has opened an inquiry into the shooting. “We ask for calm, and for the truth,” the boy's uncle told reporters outside the family's flat, where a white march is planned for Saturday. The prefect has banned gatherings and the sale of fireworks in eleven towns until Monday, and buses will stop running at 9pm.",
        "U",
        "riot",
    ),
    (
        "Teacher stabbed to death in Lambersart school courtyard, anti-terror prosecutors take over",
        "A French teacher was stabbed to death and two other members of staff were seriously wounded on Friday morning when a former pupil attacked them in the courtyard of the Lycée Pasteur in Lambersart, on the edge of Lille. The 20-year-old, who had been on the intelligence services' watch list since 2021, shouted “Allahu akbar” before a sports teacher pinned him to the ground, according to the Lille prosecutor. Police arrived within four minutes and arrested him without firing a shot. By early afternoon the national anti-terrorism prosecutor's office, the PNAT, had taken over the case, opening an investigation for murder and attempted murder in connection with a terrorist enterprise. Investigators were searching the family home in Lomme, where his brother was also detained. About 900 pupils were kept in their classrooms for two hours before parents were allowed to collect them from a gymnasium across the road. The interior minister, who arrived by helicopter, said the country had raised its Vigipirate alert to the highest level, “attack emergency”. A psychological support cell will open at the school on Monday.",
        "T V",
        "terrorist attack",
    ),
    (
        "FLNC claims night of bombings against holiday homes in southern Corsica",
        "The Corsican nationalist group FLNC has claimed responsibility for a series of explosions that damaged nine holiday homes around Porto-Vecchio and Bonifacio overnight on Sunday, in a statement sent to Corse-Matin on Tuesday. No one was hurt, gendarmes said, as the villas, most owned by people from mainland France, were empty at the time. Two of the charges failed to go off and were made safe by bomb-disposal experts from Ajaccio. The typed communiqué, signed by the “clandestine organisation”, said the blasts were a warning against “speculation and colonisation” of the island's coast and threatened further action. The national anti-terrorism prosecutor's office has opened an investigation for destruction by explosive in connection with a terrorist enterprise. It is the fourth such night on the island since January, according to a count by the regional daily. The mayor of Bonifacio, who visited a charred property near the Santa Manza road, said the village was “tired of waking up to the smell of plastic explosives”.",
        "E T",
        "bombing",
    ),
    (
        "Nouméa under curfew as rioting spreads, gendarme shot dead",
        "A gendarme was killed by a gunshot to the head on Wednesday as rioting spread through Nouméa and its suburbs for a third night, the French high commission in New Caledonia said, bringing the number of dead to four. The 22-year-old was hit while his squadron was clearing a barricade in Plum, south-east of the capital. Shops, a pharmacy and car dealerships were looted and burned in Magenta and Ducos, and armed residents' groups set up their own roadblocks to protect their streets. The unrest began with protests against a constitutional reform that would enlarge the electorate for provincial elections. Paris has declared a state of emergency and is flying in 1,000 extra police and gendarmes, the interior ministry said. Authorities said more than 200 people had been arrested and about 100 officers injured since Monday. La Tontouta international airport remains closed and residents reported queues of several hours outside the few supermarkets still open. A curfew from 6pm to 6am will stay in force until further notice.",
        "U",
        "riot",
    ),
    (
        "Champions League night ends in clashes on the Champs-Elysées, 559 arrested",
        "What began as a celebration of Paris Saint-Germain's first Champions League title ended in clashes across Paris overnight, with shop windows smashed, cars set on fire and riot police firing tear gas near the Arc de Triomphe, officials said on Sunday. The interior ministry said 559 people had been arrested in the capital, most for public disorder and carrying weapons or fireworks. Twenty-two officers were injured, among them one who was in an induced coma after being hit by a firework in Coutances, and a 17-year-old was stabbed to death in Dax during celebrations there, according to local prosecutors. In Paris, groups of masked men attacked a sports clothing store and a pharmacy on the avenue, while others hurled bottles at water cannon trucks. Firefighters dealt with 692 fires, including 264 vehicles. The Paris police prefect condemned “a tiny minority of thugs” who had “come to break things, not to celebrate”. The club's victory parade on Sunday afternoon will go ahead under a heavy police presence.",
        "U",
        "riot",
    ),
    (
        "Mob tries to torch Rotherham hotel housing asylum seekers",
        "Hundreds of people attacked a hotel housing asylum seekers in Manvers, near Rotherham, on Sunday afternoon, smashing windows and setting fire to bins pushed against the building while residents and staff were inside, South Yorkshire Police said. Officers were pelted with bricks, fence posts and fire extinguishers, and at least ten were injured, one of them knocked unconscious. Some of the rioters shouted racist abuse and climbed into the hotel through broken ground-floor windows. Around 240 guests were moved to the upper floors while staff barricaded the doors, and no resident was hurt, the Home Office said. Assistant Chief Constable Lindsey Butterfield described the disorder as “utterly disgraceful” and said detectives were already reviewing body-worn footage. The violence followed days of unrest in towns across England after the stabbing of three girls at a dance class in Southport, in which false claims about the suspect's identity spread online. Three men have so far been arrested. The Prime Minister promised “the full force of the law” against those involved.",
        "U V",
        "riot",
    ),
    (
        "Bus set alight as disorder flares in Harehills",
        "A double-decker bus was set on fire and a police car overturned in the Harehills area of Leeds on Thursday night, as disorder broke out over the removal of children from a family by social services. West Yorkshire Police said officers were pelted with objects when they attended Luxor Street shortly before 5pm, and they withdrew from the area to allow the crowd to calm down. Images shared on social media showed groups of men dragging wheelie bins into the road and a fire spreading to a nearby house. Passengers and the driver had left the bus before it was torched, First West Yorkshire said. Fire crews needed a police escort to reach the blaze. Chief Superintendent Damien Miller said the disorder had been “completely unacceptable” and that the neighbourhood was now calm. Police said no-one was seriously injured and that an investigation team was examining CCTV from local shops. Community leaders met in a mosque on Friday morning and urged young people to stay at home.",
        "U",
        "riot",
    ),
    (
        "MP stabbed at constituency surgery in Leigh-on-Sea, counter-terror police lead inquiry",
        "A Conservative MP has died after being stabbed several times while meeting constituents at a Methodist church in Leigh-on-Sea, Essex Police said on Friday. Officers were called to Belfairs Methodist Church at 12.05pm and arrested a 25-year-old man at the scene on suspicion of murder; a knife was recovered. The Metropolitan Police later formally declared the killing a terrorist incident, saying early inquiries had revealed “a potential motivation linked to Islamist extremism”. Counter Terrorism Policing South East is leading the investigation, and searches are under way at two addresses in London. Paramedics worked on the MP for more than an hour inside the church before he was pronounced dead. A vigil will be held on Saturday evening at St Clement's Church. Colleagues from all parties said the attack would force a review of security arrangements for MPs who hold open surgeries. “He was killed doing what he loved, listening to people,” one neighbour told the Echo, laying flowers at the police cordon.",
        "T V",
        "stabbing",
    ),
    (
        "Explosion outside Liverpool Women's Hospital declared terrorist incident",
        "Counter-terrorism police said on Monday that an explosion in a taxi outside Liverpool Women's Hospital, which killed the passenger and injured the driver, is being treated as a terrorist incident. The blast happened just before 11am on Remembrance Sunday, as the vehicle pulled up at the hospital's main entrance on Crown Street. Officers believe the passenger had built an improvised explosive device and brought it into the car, the head of Counter Terrorism Policing North West told a press conference. The driver, who managed to get out moments before the taxi was engulfed in flames, has been discharged from hospital. Four men aged between 20 and 29 were arrested in Kensington under the Terrorism Act, and a street in Sefton Park was evacuated as officers searched a rented flat. The motive is not yet understood. Merseyside Police have stepped up patrols and the national threat level has been raised from substantial to severe. The hospital said visiting was restricted but that maternity services were running.",
        "E T",
        "bombing",
    ),
    (
        "Off-duty detective shot in front of children at Omagh sports complex",
        "A senior detective is in a critical but stable condition after he was shot several times by two gunmen as he coached a youth football team at a sports complex in Omagh on Wednesday night. The officer had just finished training and was putting footballs into the boot of his car, with his son and other young players nearby, when he was attacked, the PSNI said. The gunmen fled on foot and a burnt-out car was later found on the Racolin Road. Police said the New IRA was the primary line of inquiry and that the attack was being investigated by the Terrorism Investigation Unit. Three men have been arrested under the Terrorism Act and taken to Musgrave serious crime suite in Belfast. The Chief Constable said the children had been “running for cover” and described the shooting as “an attack on all of us who want a peaceful future”. Political leaders from all the main parties condemned it. Extra officers will patrol the town over the weekend.",
        "T",
        "shooting",
    ),
    (
        "Roma families flee Ballymena homes after third night of racist rioting",
        "Several Roma families were taken to a leisure centre in Larne on Wednesday after their homes in Ballymena were attacked during a third night of what police called “racially motivated thuggery”. Masked rioters threw petrol bombs, bricks and fireworks at officers in the Clonavon Terrace area, and at least two houses and a car were set alight. The PSNI said 17 officers were injured, bringing the total since Monday to 41, and that water cannon and baton rounds had been used. Some residents had put up signs in their windows reading “locals live here” and hung Filipino and Polish flags to avoid being targeted. The disorder began after a peaceful vigil for a teenage girl who was allegedly sexually assaulted in the town, a case in which two boys have been charged. Later on Wednesday the leisure centre itself was attacked and the families were moved again, Larne councillors said. Five people have been arrested. The First Minister said: “This is not protest, it is racist violence.”",
        "U V D",
        "riot",
    ),
    (
        "Police vehicles burned and officers hurt as Easter riots hit Örebro",
        "Twelve police officers were injured and at least four police vehicles set on fire in Örebro on Friday as counter-protesters clashed with police ahead of a planned Koran burning by a Danish far-right politician, police said. Stones, bicycles and burning objects were thrown at officers in the Vivalla area, and a police bus was torched while officers were inside it, they said. Police fired warning shots, and three people were hit by ricochets and taken to hospital. “I have never seen this kind of violence, and I have been a police officer for a long time,” regional police chief Anders Hassel told reporters. Police had moved the rally from the city centre to a park to reduce the risk of confrontation, but youths gathered there hours before the event. Similar clashes were reported in Linköping and Norrköping earlier in the week. Police said eight people were arrested in Örebro on suspicion of violent riot. Residents in Vivalla said on Saturday that the square was still strewn with stones and glass.",
        "U",
        "riot",
    ),
    (
        "Säpo investigates Almedalen stabbing as terrorist crime",
        "Sweden's Security Service has taken over the investigation into Wednesday's fatal stabbing at the Almedalen political week in Visby, saying it is being treated as a terrorist crime. A woman in her sixties, a regional psychiatry coordinator who was due to speak at a seminar, was stabbed repeatedly near the Donners plats square around 1.40pm and died later in hospital. A 33-year-old man was arrested at the scene by police officers on patrol. Säpo said the man had links to a Nordic neo-Nazi movement and that investigators were examining material suggesting he had planned to attack a senior politician taking part in the week. Police said they had found a document listing the names of party leaders in a bag he was carrying. The rest of Wednesday's programme was suspended and the main stage was closed off. Security around the week's remaining speeches has been reinforced, with more armed police in the medieval town. The victim's employer, Region Stockholm, said staff were “in shock”.",
        "T V",
        "stabbing",
    ),
    (
        "Bishop stabbed during livestreamed sermon, rioters injure police outside Wakeley church",
        "NSW Police have declared the stabbing of a bishop during a livestreamed service at a church in Wakeley, in Sydney's south-west, a religiously motivated terrorist incident. A 16-year-old boy was restrained by parishioners after allegedly stabbing the bishop several times in the head and chest at the altar of Christ the Good Shepherd Church on Monday evening; a priest who intervened was also wounded. Within an hour, hundreds of people had gathered outside demanding that the boy be handed over, and officers were hit with bricks, bottles and palings. The boy and the police officers guarding him had to shelter inside the church for more than three hours. Police said 51 officers were injured and 20 police vehicles damaged, some beyond repair, and paramedics were forced to take refuge in a nearby home. Commissioner Karen Webb said detectives would identify “every single one” of the rioters. The bishop's injuries are not believed to be life-threatening. Community leaders appealed for calm, and extra police were deployed to places of worship across the city.",
        "T V U",
        "stabbing",
    ),
    (
        "Ripponlea synagogue fire treated as terrorist attack",
        "Police have declared a fire that gutted the Adass Israel synagogue in Ripponlea a terrorist attack, saying it was deliberately lit by masked people who spread an accelerant through the building before dawn on Friday. A worshipper who was preparing for morning prayers heard the front windows being smashed and escaped through a back door with minor burns to his hands, Victoria Police said. Two or three people were seen near the synagogue in the minutes before the blaze, and a car believed to have been used was later found burnt out in Dandenong. The Joint Counter Terrorism Team, made up of state and federal police and ASIO, has taken over the case. The Victorian Premier described the attack as “an act of hate” and promised that the building would be rebuilt. Members of the congregation said Torah scrolls had been carried out of the burning building by a member who ran back inside. Police will patrol synagogues and Jewish schools around Melbourne over the weekend, and a community gathering was held in a nearby hall on Friday evening.",
        "T V",
        "arson",
    ),
]
