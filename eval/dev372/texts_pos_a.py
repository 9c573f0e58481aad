"""dev372 positives, part A: political violence and terrorism at home, in Australia and New
Zealand, reported as the news of the day. (title, text, tag codes, kind)"""

POSITIVES = [
    (
        "Two hostages dead after police storm Martin Place cafe to end 16-hour siege",
        "Two hostages and a gunman are dead after heavily armed police stormed the Lindt cafe in "
        "Sydney's Martin Place shortly after 2am, ending a siege that had paralysed the city's "
        "financial district for more than 16 hours. NSW Police said officers moved in after hearing "
        "shots inside the cafe, where 17 people had been held since Monday morning. Four other people, "
        "including a police officer hit in the face by shotgun pellets, were taken to hospital. The "
        "gunman, a self-styled sheikh on bail for a string of violent offences, had forced captives "
        "to hold a black flag bearing the Islamic creed against the windows. Several hostages ran from "
        "a fire exit during the afternoon, some of them in tears, as tactical officers waited in "
        'adjoining buildings. Prime Minister Tony Abbott said the incident had been "politically '
        'motivated" and that the gunman had a long history of extremism and mental instability. '
        "Martin Place and surrounding streets remained closed on Tuesday while forensic teams worked "
        "inside. By mid-morning people had begun laying flowers at the cordon on Phillip Street. "
        "Police had negotiated with the gunman through the day, relaying his demands to the media, including that he be allowed to speak to the prime minister. The siege drew crowds of onlookers and television crews from around the world. Muslim leaders in Sydney condemned the hostage-taking within hours. The state's coroner will hold an inquest.",
        "T V",
        "siege",
    ),
    (
        "Christchurch mosque shootings: 49 killed in 'one of New Zealand's darkest days'",
        "Forty-nine people have been killed and dozens more wounded in shootings at two mosques in "
        "central Christchurch during Friday prayers, in what Prime Minister Jacinda Ardern called a "
        "terrorist attack and one of the country's darkest days. A gunman opened fire inside the Al "
        "Noor mosque on Deans Avenue at about 1.40pm, livestreaming the attack on Facebook, before "
        "driving to the Linwood Islamic Centre where more worshippers were shot. Police Commissioner "
        "Mike Bush said a man in his late twenties had been charged with murder and that explosive "
        "devices had been found attached to a car. Christchurch Hospital said 48 patients were being "
        "treated for gunshot wounds, among them young children. Schools across the city were locked "
        "down for several hours and the national threat level was raised to high for the first time. "
        '"Many of those who will have been directly affected may be migrants to New Zealand, they may '
        'even be refugees here," Ardern said. "They have chosen to make New Zealand their home, and '
        'it is their home." Outside the hospital, families waited into the night for news of relatives '
        "who had gone to pray. "
        'A third attack site was reported in Papanui but police later said nothing was found there. Two other people were arrested, although police said one was not connected. Mosques around the country were told to close their doors. "This is not who we are," Ardern said.',
        "T V",
        "terrorist_attack",
    ),
    (
        "Police employee shot dead outside Parramatta headquarters, teenager was 'politically motivated'",
        "A 15-year-old boy shot dead a civilian police accountant outside the NSW Police headquarters "
        "in Parramatta on Friday afternoon before being killed by special constables in an exchange "
        "of fire. Curtis Cheng, 58, a finance worker who had been with the force for 17 years, was "
        "leaving the building on Charles Street at about 4.30pm when he was shot in the back of the "
        "head. Commissioner Andrew Scipione said the shooting was believed to be politically motivated "
        "and therefore linked to terrorism. Witnesses said the boy, dressed in black, ran up and down "
        "outside the building shouting and firing a revolver. Officers returned fire and he died at "
        'the scene. Premier Mike Baird said the attack was "cowardly" and called for calm, saying '
        "Muslims in western Sydney were not to blame. Police were on Saturday searching a house in "
        "Merrylands and had not ruled out that others helped the teenager obtain the gun. "
        'Members of the Parramatta Mosque said the boy had prayed there earlier in the afternoon. Mr Cheng\'s family said he was a gentle man who loved his work. The Prime Minister, Malcolm Turnbull, said Australians should show "mutual respect".',
        "T V",
        "terrorist_attack",
    ),
    (
        "Brighton siege: Islamic State claims Melbourne gunman who killed clerk and held woman hostage",
        "Victoria Police are treating a deadly siege in the bayside suburb of Brighton as an act of "
        "terrorism after the so-called Islamic State claimed responsibility for the gunman through its "
        "Amaq outlet. Yacqub Khayre, 29, a convicted violent offender on parole, killed a receptionist "
        "in the foyer of a serviced apartment block on Monday afternoon and then held a woman captive "
        "for about an hour. He called Channel Seven during the stand-off and said the attack was for "
        "IS and for al-Qaeda. Khayre was shot dead when he stormed out of the building firing a "
        "sawn-off shotgun, and three officers were wounded in the exchange. The hostage, an escort who "
        "had been lured to the apartment, was freed unharmed. Chief Commissioner Graham Ashton said "
        "on Tuesday that police had no warning and were now looking at whether the attack was planned. "
        "Counter-terrorism investigators searched several properties in Melbourne's north overnight.",
        "T V",
        "siege",
    ),
    (
        "Bourke Street attack: Pellegrini's co-owner killed, police say knifeman was inspired by IS",
        "Police say the man who set his ute alight in Bourke Street and then stabbed three passers-by, "
        "one of them fatally, was inspired by the Islamic State group, and are treating the rampage as "
        "a terrorist incident. Sisto Malaspina, 74, co-owner of the city institution Pellegrini's "
        "Espresso Bar, died at the scene on Friday afternoon after trying to help. Two other men were "
        "taken to the Royal Melbourne Hospital with stab wounds to the head and neck. The attacker, "
        "Hassan Khalif Shire Ali, lunged at officers with a knife and was shot in the chest, dying "
        "later in hospital. Gas cylinders were found in the burning vehicle but did not ignite. "
        "Acting Deputy Commissioner Shane Patton said the 30-year-old was known to intelligence "
        "agencies but had not been considered a threat. Flowers and short black coffees piled up "
        "outside Pellegrini's on Saturday as Melburnians paid tribute. "
        "The man's family said he had been suffering mental health problems. Witnesses filmed passers-by trying to fend off the attacker with a shopping trolley. Prime Minister Scott Morrison said Australians should be on their guard.",
        "T V",
        "terrorist_attack",
    ),
    (
        "LynnMall attack: Ardern says 'violent extremist' stabbed shoppers in Countdown",
        "A man known to police as a supporter of the Islamic State group stabbed six people at a "
        "Countdown supermarket in West Auckland on Friday before being shot dead by surveillance "
        "officers who had been following him. Prime Minister Jacinda Ardern called the rampage at "
        'LynnMall in New Lynn a terrorist attack carried out by a "violent extremist" and said it '
        'was "hateful" and "wrong". The 32-year-old Sri Lankan national took a knife from a shelf '
        "in the store and attacked shoppers in the aisles within about a minute of entering. Three of "
        "the injured were in a critical condition at Auckland City Hospital on Friday night, St John "
        "said. Police Commissioner Andrew Coster said officers had been monitoring the man "
        "around the clock and that they acted within 60 seconds. Shoppers described people "
        "screaming and running for the exits as the attacker shouted. The man had been released from "
        "prison in July after authorities failed to convict him on terrorism charges. "
        "The man arrived in New Zealand in 2011 and had been designated a threat by authorities for years. Shoppers were led out of the centre by police as armed officers secured the building. Muslim leaders said they were shocked and saddened.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Wakeley church stabbing declared terrorist act as riot leaves police injured",
        "The stabbing of a bishop during a livestreamed service in Sydney's south-west has been "
        "declared a terrorist incident, after a night of violence outside the church left dozens of "
        "police injured and officers' cars smashed. NSW Police Commissioner Karen Webb said on Tuesday "
        "that a 16-year-old boy allegedly attacked Bishop Mar Mari Emmanuel and a priest at the "
        "Christ the Good Shepherd Church in Wakeley with a flick knife, and that the attack was "
        "religiously motivated. Both men were in a stable condition at Liverpool Hospital. Within "
        "hours of the stabbing, hundreds of people gathered outside the church demanding the boy be "
        "handed over, and some threw bricks, bottles and fence palings at police. Some 30 officers "
        "were hurt and about 20 police vehicles damaged, with paramedics forced to shelter inside the "
        'church. Premier Chris Minns said the rioters would face "the full force of the law". '
        "Community leaders from the Assyrian and Muslim communities appealed for calm on Tuesday.",
        "T V U",
        "terrorist_attack",
    ),
    (
        "Wieambilla ambush a 'religiously motivated terrorist attack', Queensland Police say",
        "Queensland Police have declared the killing of two young constables and a neighbour at a "
        "remote property near Wieambilla a religiously motivated terrorist attack. Constables Matthew "
        "Arnold, 26, and Rachel McCrow, 29, were shot dead on Monday after being ambushed by three "
        "people armed with high-powered rifles when they arrived to look for a missing man. Neighbour "
        "Alan Dare, 58, was killed after he went to see what had happened. Two other officers escaped "
        "into the scrub, one of them wounded, and the property was surrounded for hours before "
        "specialist police shot the three attackers dead late that night. Deputy Commissioner Tracy "
        "Linford said the gunmen held Christian fundamentalist and anti-government beliefs and had "
        'posted a video after the shooting. "They were executed," she said of the two officers. '
        "Flags on police stations across the state flew at half-mast on Wednesday. "
        "The three attackers had barricaded themselves inside the house and fired on police for hours. Officers used an armoured vehicle to reach the property. The killings are the worst loss of Queensland police lives in a single incident in decades. Tributes have come from police forces around the country.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Adass Israel synagogue fire treated as terrorism, joint task force to lead investigation",
        "An arson attack that gutted a synagogue in Melbourne's Ripponlea early on Friday is being "
        "treated as a terrorist incident, Australian Federal Police Commissioner Reece Kershaw said. "
        "Two masked people were seen spreading an accelerant inside the Adass Israel building at about "
        "4.10am and setting it alight while a small number of worshippers were inside preparing for "
        "morning prayers. One man suffered minor burns as he escaped, and the building was largely "
        "destroyed by the time firefighters brought the blaze under control. The Joint Counter "
        "Terrorism Team, made up of federal and state police and ASIO, has taken over the "
        'investigation. Prime Minister Anthony Albanese called the attack "an outrage" and said '
        "antisemitism had no place in Australia. Members of the congregation salvaged partly burnt "
        "Torah scrolls from the ruins on Friday afternoon. Victoria Police said extra patrols would be "
        "deployed around Jewish schools and synagogues over the weekend.",
        "T V",
        "arson_attack",
    ),
    (
        "Land Forces protest: police fire rubber bullets as demonstrators hurl manure and rocks",
        "Police fired rubber bullets, flash-bang grenades and capsicum spray at protesters outside "
        "Melbourne's convention centre on Wednesday as an anti-war demonstration against the Land "
        "Forces weapons expo turned violent. Victoria Police said 24 officers were injured, some of "
        "them hit by rocks, horse manure and bottles of acidic liquid, and that 39 people were "
        "arrested. About 1,600 protesters had tried to block delegates from entering the "
        "exhibition, which showcases military hardware and is attended by defence companies from "
        "Australia and overseas. Several protesters were treated by paramedics for eye injuries "
        "from the spray, and one woman was taken to hospital. Organisers accused officers of "
        "deliberately brutalising a peaceful crowd, while Premier Jacinta Allan said people "
        '"came to cause trouble". Rubbish bins were set on fire along Clarendon Street and tram '
        "services through Southbank were suspended for much of the day. More rallies are planned "
        "for Thursday and Friday. "
        'The Police Association said its members had faced "an ambush". The Greens called for an inquiry into the police response. Delegates at the expo said they had been spat at and abused on arrival.',
        "U",
        "riot",
    ),
    (
        "Parliament occupation ends in flames as police clear Wellington protest camp",
        "Police have cleared the protest camp that occupied Parliament grounds for more than three "
        "weeks, after a day of running battles in which tents were set alight, a playground was "
        "burned and officers were sprayed with fire extinguishers. Hundreds of officers in riot gear "
        "advanced across the lawn from 6am on Wednesday, and by evening 87 people had been arrested. "
        "Protesters hurled bricks, paving stones and pieces of wood, and police said seven officers "
        "were taken to hospital. Fires lit in the camp sent thick smoke over Molesworth Street, and "
        "the Parliament library was evacuated. Police used pepper spray and fired sponge rounds to "
        "push the crowd back towards Lambton Quay. Prime Minister Jacinda Ardern said she was "
        '"deeply angry" at the violence and that the occupiers had never represented ordinary New '
        "Zealanders. The occupation began on February 8 as a convoy protest against vaccine mandates. "
        "Police Commissioner Andrew Coster said the force had been left with no choice after weeks of attempts to negotiate. Some occupiers had spread out into nearby streets and parks before the clearance. Cleaners said it would take weeks to restore the grounds.",
        "U",
        "riot",
    ),
    (
        "Rubber bullets fired as anti-mandate protest turns violent at Shrine of Remembrance",
        "Police fired rubber bullets and pepper balls at protesters in central Melbourne on Wednesday "
        "after a third day of demonstrations against vaccine mandates for the construction industry "
        "turned violent. More than 200 people were arrested after hundreds of men in high-visibility "
        "workwear marched on the West Gate Freeway and later massed on the steps of the Shrine of "
        "Remembrance. Officers said protesters threw bottles, flares and golf balls, and three police "
        "were taken to hospital. Footage showed police lines firing non-lethal rounds into the crowd "
        "as people scattered across the Domain. A reporter was sprayed with a drink and shoved live on "
        "air the day before. Victoria Police Chief Commissioner Shane Patton said the scenes were "
        '"appalling" and that an investigation into the crowd\'s organisers was underway. The CFMEU, '
        "whose offices were attacked on Monday, said the violence was the work of extremists "
        "and not of its members.",
        "U",
        "riot",
    ),
    (
        "Far-right mob attacks Camp Sovereignty after Melbourne anti-immigration rally",
        "A group of men dressed in black stormed Camp Sovereignty, an Aboriginal-led protest site in "
        "Melbourne's Kings Domain, on Sunday afternoon, attacking people with sticks and flagpoles "
        "after an anti-immigration march through the city. Victoria Police said four people were "
        "injured, including a woman who was hit in the head, and that investigators were treating the "
        "attack as a serious assault by a group linked to a neo-Nazi network. Earlier, police had "
        "fired pepper spray and pepper balls to keep thousands of marchers apart from "
        "counter-protesters near Flinders Street station, and six people were arrested. Camp "
        "residents said the attackers ripped down flags and smashed up a sacred fire area. The "
        'federal government condemned what it called "a hateful act". Elders vowed on Monday that '
        "the camp would remain. "
        "Rallies were held in several capitals on Sunday, most of them without major incident. The anti-immigration marches had been promoted online by far-right groups. Police said they had identified several men from video of the attack. Aboriginal leaders said the camp had been a place of peaceful protest for months.",
        "U V",
        "mob_violence",
    ),
    (
        "Honiara burns for a third day as Australian police and troops land",
        "Australian Federal Police officers and Defence Force personnel have begun arriving in "
        "Honiara as rioters set fire to buildings in the Solomon Islands capital for a third day. "
        "Smoke rose over Chinatown on Friday, where most shops have now been looted or burned, and "
        "police said three charred bodies had been found in a gutted store. The unrest began on "
        "Wednesday when protesters, many from the neighbouring province of Malaita, tried to storm "
        "Parliament and demanded the resignation of Prime Minister Manasseh Sogavare. Police fired "
        "tear gas and rubber bullets to disperse crowds near the National Parliament and a police "
        "station was torched. Prime Minister Scott Morrison said 23 federal police and 43 defence "
        "personnel would help local police restore order under a bilateral security treaty. "
        "Residents said food was running short as shops stayed shut and a 36-hour curfew was imposed. "
        "Police in Honiara said more than 100 people had been arrested so far. Sogavare blamed foreign powers for stirring up the unrest, while his opponents said anger had been building over corruption and the switch of diplomatic recognition from Taiwan to China. Papua New Guinea and Fiji have also offered to send help. Schools and government offices remain closed.",
        "U M",
        "riot",
    ),
    (
        "Sixteen dead as looting spreads through Port Moresby and Lae",
        "At least 16 people have been killed in Papua New Guinea's capital and second city after a "
        "police pay protest turned into a day of looting and arson, according to Prime Minister James "
        "Marape. Crowds broke into supermarkets and shops across Port Moresby on Wednesday while many "
        "police officers walked off the job over an unexplained deduction from their wages. Eight "
        "people died in the capital and seven in Lae, and one in a fire at a shopping centre, officials "
        "said. Soldiers were deployed to the streets overnight and the government declared a 14-day "
        "state of emergency. Residents posted videos of people carrying televisions and sacks of rice "
        "away from burning buildings. Australia's High Commission told its citizens to avoid travel "
        'and stay indoors. Marape said the rioting was "not a protest" but a breakdown of order that '
        "would not be repeated. "
        "Hundreds of extra police and soldiers were sent to Lae on Thursday. The Chinese embassy said businesses owned by Chinese nationals had been badly hit. Marape suspended the police commissioner and several senior officials pending an investigation.",
        "U",
        "riot",
    ),
    (
        "Riots and curfew in New Caledonia as four killed and gendarmes reinforced",
        "Four people, including a gendarme, have been killed in New Caledonia after a third night "
        "of rioting over constitutional changes that Kanak independence supporters say will dilute "
        "their vote. French authorities declared a state of emergency on Wednesday and dispatched "
        "hundreds more police and gendarmes from Paris to Noumea. Rioters torched cars, businesses and "
        "a school in the capital's suburbs and exchanged gunfire with residents who set up barricades "
        "of their own. The High Commission said more than 200 people had been arrested and "
        "that 300 officers had been injured. The territory's main airport, La Tontouta, was closed "
        "to commercial flights and a curfew was in force from 6pm. Shops ran short of food and "
        "medicine as roads were cut. RNZ Pacific was told by a New Zealander in Magenta that people "
        'were "sleeping in shifts" to guard their streets. France\'s interior minister said a '
        "pro-independence group had organised the violence. "
        "Independence leaders called for calm but said the constitutional changes should be withdrawn. Pharmacies and supermarkets in some suburbs were looted, according to local media. Australia and New Zealand said they were working with France to get their citizens out.",
        "U",
        "riot",
    ),
]
