"""dev25 texts: negatives: crime next to political violence.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: crime next to political violence
    (
        "Police say Nashville school gunman had no political motive",
        "Three children and three adults were killed when a 28-year-old former pupil opened fire at a private Christian school in Nashville, police said. Officers shot the attacker dead within minutes; investigators said they had found writings but no sign of a political or ideological motive.",
        "crime",
    ),
    (
        "Uvalde gunman killed 19 children after officers waited in hallway",
        "An 18-year-old gunman killed 19 children and two teachers at Robb Elementary School in Uvalde, Texas, and officers waited more than an hour before storming the classroom, a state investigation found. The gunman, who had bought two rifles days after his birthday, left no indication of a political motive, investigators said.",
        "crime",
    ),
    (
        "Belgrade school shooting: 13-year-old kills eight classmates and guard",
        "A seventh-grade pupil opened fire with his father's guns at a primary school in central Belgrade, killing eight children and a security guard, Serbian police said. The boy had planned the attack for a month, police said.",
        "crime",
    ),
    (
        "Kerch college attack reclassified as mass murder",
        "Russian investigators said they were now treating the shooting and explosion at a college in Kerch, in which an 18-year-old student killed 20 people, as mass murder rather than terrorism. The student killed himself in the library.",
        "crime",
    ),
    (
        "Thai soldier who killed 29 in mall rampage was angry over house deal",
        "A soldier who shot people at an army camp and a shopping mall in Nakhon Ratchasima before being killed by commandos had been in a dispute with a senior officer over a property sale, Thailand's army chief said. He posted messages on Facebook during the siege, which lasted about 17 hours.",
        "crime",
    ),
    (
        "Former policeman kills 36 at Thai nursery",
        "A former police officer who had been dismissed for drug offences attacked a children's day care centre in Nong Bua Lamphu province with a gun and a knife, killing 24 children and 12 adults, before killing his family and himself. Police said he had appeared in court on a drugs charge that morning.",
        "crime",
    ),
    (
        "Charles University shooting leaves 14 dead",
        "A 24-year-old student opened fire at the Faculty of Arts of Charles University in Prague, killing 14 people before shooting himself, police said. Police said there was no link to international terrorism.",
        "crime",
    ),
    (
        "Southport stabbing suspect charged with murder of three girls",
        "A 17-year-old has been charged with the murder of three girls at a holiday dance class in Southport, Merseyside Police said. Officers said the stabbing was not being treated as terror-related.",
        "crime",
    ),
    (
        "Car drives into Liverpool victory parade crowd, dozens hurt",
        "A man drove a car into football fans celebrating Liverpool's league title on Water Street, injuring more than 60 people, Merseyside Police said. Police said the incident was not being treated as terrorism and a 53-year-old local man was arrested.",
        "crime",
    ),
    (
        "Bondi Junction attacker had mental illness, police say",
        "The man who stabbed six people to death in a Sydney shopping centre before being shot by a police officer had a long history of mental illness, New South Wales police said, ruling out an ideological motive. Five of the six people killed were women.",
        "crime",
    ),
    (
        "Man kills wife and three children before turning gun on himself",
        "Police in Queensland found the bodies of a woman and her three children at a house on the outskirts of Brisbane, and the husband was found dead nearby with a shotgun. Neighbours said the couple had separated.",
        "crime",
    ),
    (
        "Prosecutors open femicide inquiry into death of woman in Monterrey motel",
        "Ten women are killed every day in Mexico, according to official figures, and prosecutors opened a femicide investigation into the death of a 26-year-old found in a motel in Monterrey. Her family said she had been missing for almost two weeks.",
        "crime",
    ),
    (
        "Police chase ends in crash that kills two bystanders",
        "Two pedestrians were killed in Birmingham when a car being pursued by police mounted the pavement, West Midlands Police said. The driver, who fled on foot, was arrested later on suspicion of causing death by dangerous driving.",
        "crime",
    ),
    (
        "Armed robbers take bank staff hostage in Brazilian town",
        "A gang with rifles raided two banks in Criciúma at night, taking employees hostage and firing at a police station to delay officers, before escaping with cash, police said. Nobody was killed.",
        "crime",
    ),
    (
        "Napoleonic jewels taken in daylight Louvre heist",
        "Four thieves used a furniture lift to reach a first-floor window of the Louvre and took eight pieces of Napoleonic jewellery, French prosecutors said. The museum was closed for the day.",
        "crime",
    ),
    (
        "Johannesburg businessman freed after kidnappers paid ransom",
        "A businessman abducted outside his home in Sandton was released after his family paid a ransom, South African police said. Police say kidnappings for ransom by criminal syndicates have risen sharply.",
        "crime",
    ),
    (
        "Sinaloa cartel founder El Mayo pleads guilty in New York",
        "Ismael 'El Mayo' Zambada, a co-founder of the Sinaloa cartel, pleaded guilty to drug trafficking and racketeering charges in a federal court in Brooklyn, admitting he had paid bribes to Mexican officials for decades. He faces life in prison when he is sentenced in January.",
        "crime",
    ),
    (
        "Customs find 8 tonnes of cocaine in Antwerp banana boxes",
        "Belgian customs officers found more than 8 tonnes of cocaine hidden in banana containers from Ecuador, the federal prosecutor said, and 14 people were arrested in three countries. The drugs had an estimated street value of more than 600 million euros.",
        "crime",
    ),
    (
        "Taylor Swift's Vienna concerts cancelled over planned attack",
        "Austrian police arrested a 19-year-old who they said had planned an attack on one of the singer's concerts in Vienna for the Islamic State group, and the organisers cancelled all three shows. Chemicals and explosive devices were found at his home.",
        "crime",
    ),
    (
        "German police arrest teenagers suspected of planning Islamist attack",
        "Police in North Rhine-Westphalia detained three teenagers who prosecutors say had talked about attacking churches and police stations with knives and Molotov cocktails. No weapons were found.",
        "crime",
    ),
    (
        "Christchurch mosque gunman sentenced to life without parole",
        "A New Zealand judge sentenced the man who killed 51 worshippers at two Christchurch mosques to life imprisonment without parole, the first time the sentence has been imposed in the country. Survivors and relatives of the victims addressed the court over four days.",
        "crime",
    ),
    (
        "Salah Abdeslam gets life sentence for Paris attacks",
        "A special court in Paris sentenced the only surviving member of the cell that carried out the November 2015 attacks to life without parole after a trial lasting ten months. Nineteen other men were convicted.",
        "crime",
    ),
    (
        "Breivik sues Norway over prison conditions",
        "The man who killed 77 people in 2011 argued in court that his isolation in prison breached his human rights, and Norway's government said he remained highly dangerous. The court is expected to rule next month.",
        "crime",
    ),
    (
        "Buffalo supermarket gunman sentenced to life",
        "The white gunman who killed 10 Black people at a supermarket in Buffalo was sentenced to life in prison without parole after relatives of the victims confronted him in court. He still faces a federal trial in which prosecutors are seeking the death penalty.",
        "crime",
    ),
    (
        "Former Honduran president sentenced to 45 years in US drugs case",
        "Juan Orlando Hernández was sentenced in New York for helping traffickers send tonnes of cocaine to the United States in exchange for bribes. He was extradited weeks after leaving office.",
        "crime",
    ),
    (
        "Ecuador extradites gang leader Fito to the United States",
        "José Adolfo Macías, leader of the Los Choneros gang, was flown to New York to face drug and weapons charges, Ecuador's government said, a year and a half after he escaped from prison. He was recaptured in June in a hiding place under a house in Manta.",
        "crime",
    ),
    (
        "Police officer charged over shooting of teenager at Nanterre traffic stop",
        "A police officer who shot a 17-year-old driver at point-blank range during a traffic check was charged with voluntary homicide and placed in custody, French prosecutors said. A video of the shooting contradicted the first police account of events.",
        "crime",
    ),
    (
        "Father arrested over honour killing of daughter in Punjab",
        "Police in Gujranwala arrested a man suspected of strangling his 19-year-old daughter because she had married without the family's consent. Her husband filed a complaint with police after she disappeared.",
        "crime",
    ),
    (
        "Man stabbed to death in Leeds nightclub row",
        "A 24-year-old man died after being stabbed during an argument outside a nightclub in Leeds city centre in the early hours of Saturday, and two men were arrested, police said. Detectives appealed for witnesses and dashcam footage.",
        "crime",
    ),
    (
        "Three killed in land dispute between brothers in Uganda",
        "A man and two of his relatives were hacked to death with machetes in a family quarrel over farmland in Masaka district, Ugandan police said. Two of his brothers were arrested.",
        "crime",
    ),
    (
        "Mosque door set on fire in night arson, police treat it as hate crime",
        "A man set fire to the entrance of a mosque in Stockport in the early hours while the building was empty, and firefighters put out the blaze quickly, Greater Manchester Police said. A 37-year-old man was charged with arson and a racially aggravated offence.",
        "crime",
    ),
    (
        "Suspected rhino poachers shot dead by rangers in Kruger park",
        "Two suspected poachers were killed in an exchange of fire with rangers in the Kruger National Park, South African National Parks said, and a hunting rifle and an axe were recovered. A third suspect escaped and a search is under way.",
        "crime",
    ),
    (
        "Pirates kidnap tanker crew off Nigeria for ransom",
        "Pirates boarded a tanker 60 nautical miles off the Bayelsa coast and took 10 crew members away in a speedboat, the International Maritime Bureau said. Kidnappings for ransom in the Gulf of Guinea fell last year.",
        "crime",
    ),
    (
        "Tourist shot dead in Cape Town robbery",
        "A tourist was shot in the chest by armed robbers who stopped his car on a road near the airport, and died in hospital, South African police said. His wife, who was in the car, was unhurt.",
        "crime",
    ),
    (
        "Depositor takes Beirut bank staff hostage to get his own savings",
        "A man armed with a shotgun held employees of a Beirut bank branch for seven hours until the bank agreed to give him part of his frozen savings, Lebanese officials said. He surrendered and nobody was hurt.",
        "crime",
    ),
    (
        "Singapore hangs man convicted of trafficking cannabis",
        "Singapore executed a 46-year-old man convicted of conspiring to traffic a kilogram of cannabis, despite appeals from the United Nations and rights groups. His family had asked for clemency, saying he had an intellectual disability.",
        "crime",
    ),
    (
        "Texas man kills five neighbours after complaint about gunfire",
        "A man armed with an AR-15-style rifle shot dead five of his neighbours, including a child, after they asked him to stop firing in his yard while their baby slept, a Texas sheriff said. The suspect fled and a manhunt is under way.",
        "crime",
    ),
    (
        "Explosion at Stockholm apartment block linked to gang feud",
        "A blast damaged the entrance of a residential building in a Stockholm suburb overnight, and police said it was part of a conflict between criminal networks that has brought a wave of shootings and bombings to Sweden. No one was hurt, but several families had to leave their flats.",
        "crime",
    ),
    (
        "Weekend shootings leave 40 wounded in Chicago",
        "More than 40 people were shot across Chicago over the holiday weekend, and police said many of the shootings were linked to disputes between street gangs. Six people were killed, police said.",
        "crime",
    ),
    (
        "Jury convicts man who killed rapper outside recording studio",
        "A Los Angeles jury found a man guilty of first-degree murder for shooting a rapper dead in a dispute over money. Sentencing is set for next month.",
        "crime",
    ),
    (
        "Two police officers killed in shootout with bank robbers in São Paulo",
        "Robbers armed with rifles exchanged fire with police outside a bank in the city's east zone, killing two officers, and three of the gang were arrested after a chase, São Paulo state police said. Police said the gang was part of a network that robs armoured trucks.",
        "crime",
    ),
    (
        "Man arrested over bomb threat that shut Dublin airport",
        "A 35-year-old man was charged with making a false bomb threat by phone that led to the evacuation of a terminal for three hours, Irish police said. No device was found.",
        "crime",
    ),
]
