"""Negatives of eval/dev63: drones, jamming, cables, cyberattacks, espionage and sabotage plots with
no attack (README.md)."""

NEGATIVES = [
    (
        "Copenhagen airport closed for hours after large drones spotted",
        (
            "Copenhagen airport halted all take-offs and landings for almost four hours on Monday "
            "night after two to four large drones were seen over the area, diverting 31 flights "
            "and leaving about 20,000 passengers stranded. Police said the drones were flown by a "
            '"capable operator" showing off its abilities, and were not shot down because of '
            "the risk to people on the ground. Oslo airport was also closed briefly the same "
            "night. The prime minister called it the most serious attack so far on Danish "
            "critical infrastructure but said there was no evidence of who was behind it; Russia "
            "denied involvement. Further drones were seen over several Danish military bases "
            "later in the week. No one was hurt and nothing was damaged."
        ),
        "other",
    ),
    (
        "Drone sightings halt flights at Munich airport for second night",
        (
            "Flights at Munich airport were suspended for several hours on Friday night after "
            "drones were reported near the runways for the second night running, stranding about "
            "6,500 passengers. The federal police searched the area with helicopters but could "
            "not find the operators. The Bavarian premier called for police to be allowed to "
            "shoot drones down. No damage was reported."
        ),
        "other",
    ),
    (
        "Gatwick runway shut for 33 hours by drone sightings",
        (
            "Flights at Gatwick airport were halted for 33 hours over three days after drones "
            "were repeatedly seen near the runway, affecting about 140,000 passengers in the week "
            "before Christmas. The army deployed equipment to detect and jam drones. A couple "
            "from Crawley who were arrested were released without charge and later received "
            "compensation from police, and no one was ever charged."
        ),
        "crime",
    ),
    (
        "Drones seen over US air bases in eastern England",
        (
            "Small drones were seen over three air bases used by the US Air Force in Suffolk and "
            "Norfolk on several nights last week, the US military said, adding that they were "
            '"not considered hostile". Security at the bases has been strengthened and '
            "counter-drone systems are on standby, the defence secretary said."
        ),
        "military",
    ),
    (
        "Finnish investigators say ship's anchor damaged Baltic gas pipeline",
        (
            "Finnish investigators said on Tuesday that a Chinese-owned container ship dragged "
            "its anchor along the seabed for dozens of kilometres and damaged the Balticconnector "
            "gas pipeline between Finland and Estonia, as well as two telecommunications cables. "
            "The anchor was later recovered near the break. Investigators said they could not yet "
            "say whether the damage was deliberate, and gas prices in Finland rose by a tenth. "
            "The ship's captain was not detained, and the vessel continued to Russia before "
            "Finland could question the crew. Estonia said it would ask NATO to increase patrols "
            "in the Gulf of Finland."
        ),
        "economy",
    ),
    (
        "Finnish police charge tanker officers over Baltic cable damage",
        (
            "Finnish prosecutors charged the captain and two officers of the Eagle S tanker on "
            "Monday with aggravated criminal mischief after the ship's anchor cut the Estlink 2 "
            "power cable and four telecommunications cables in the Gulf of Finland on Christmas "
            "Day. Finland's coast guard had boarded and seized the vessel, which the European "
            "Union says belongs to Russia's shadow fleet of oil tankers. The officers deny "
            "wrongdoing. The ship was released in March after investigators completed their work "
            "on board, but the three men are barred from leaving Finland. The repair of the power "
            "cable took more than six months and cost Finland's grid operator tens of millions of "
            "euros."
        ),
        "crime",
    ),
    (
        "Finnair suspends flights to Tartu over GPS interference",
        (
            "Finnair said on Monday it would suspend flights between Helsinki and Tartu in "
            "Estonia for a month after two of its planes had to abort their approach because of "
            "interference with their satellite navigation signals. Tartu airport uses a landing "
            "system that depends on GPS. Estonia's foreign minister blamed Russia for jamming in "
            "the Baltic region and said Tallinn would raise it with NATO allies."
        ),
        "other",
    ),
    (
        "Plane carrying Commission president hit by GPS jamming over Bulgaria",
        (
            "A plane carrying the president of the European Commission lost its satellite "
            "navigation on approach to Plovdiv airport on Sunday and landed using paper maps, the "
            "Commission said. Bulgarian authorities said they suspected the jamming had come from "
            "Russia. The Commission said the incident showed the urgency of its plans for defence "
            "spending. The plane landed safely."
        ),
        "other",
    ),
    (
        "British Library still offline months after ransomware attack",
        (
            "The British Library said on Wednesday that its online catalogue would be partly "
            "restored in January, more than two months after a ransomware attack claimed by the "
            "Rhysida criminal group knocked its systems offline. The hackers published data "
            "stolen from the library, including personal details of staff, after it refused to "
            "pay. The library said it would spend millions of pounds rebuilding its systems."
        ),
        "crime",
    ),
    (
        "London hospitals cancel operations after cyberattack on pathology provider",
        (
            "Hospitals in south-east London cancelled hundreds of operations and thousands of "
            "appointments after a ransomware attack on the pathology company Synnovis disrupted "
            "blood tests, NHS England said on Thursday. A Russian-speaking criminal group was "
            "believed to be behind the attack. Hospitals asked donors with type O blood to come "
            "forward because they could not match patients' blood as quickly as usual."
        ),
        "health",
    ),
    (
        "Ransomware attack halts container terminals at Nagoya port",
        (
            "Container terminals at the port of Nagoya, Japan's largest by cargo volume, stopped "
            "handling shipments for about two days after a ransomware attack on the system that "
            "manages them, the port authority said on Thursday. Toyota said the disruption held "
            "up parts shipments but did not stop its factories. Police said the attack appeared "
            "to be the work of the LockBit group."
        ),
        "economy",
    ),
    (
        "Pro-Russian hackers knock Danish ministry websites offline",
        (
            "Websites of Denmark's defence ministry and several municipalities were unavailable "
            "for hours on Tuesday after a distributed denial-of-service attack claimed by a "
            "pro-Russian hacker group. The group said it was retaliating for Danish military aid "
            "to Ukraine. The defence ministry said no data had been stolen and its internal "
            "systems were not affected."
        ),
        "other",
    ),
    (
        "Colonial Pipeline pays ransom as fuel shortages hit US east coast",
        (
            "The operator of the largest fuel pipeline in the United States paid a ransom of "
            "about 4.4 million dollars to hackers who shut down its network, its chief executive "
            "said on Wednesday. The shutdown, which lasted six days, led to panic buying and "
            "shortages at petrol stations from Virginia to Georgia. The FBI blamed a criminal "
            "group called DarkSide."
        ),
        "economy",
    ),
    (
        "Aide to far-right MEP arrested on suspicion of spying for China",
        (
            "German police arrested an assistant to a member of the European Parliament from the "
            "Alternative for Germany on Tuesday, on suspicion of passing information about "
            "parliamentary debates to Chinese intelligence and spying on Chinese dissidents in "
            "Germany. The federal prosecutor said he was a particularly serious case of "
            "espionage. The MEP, the party's lead candidate for the European elections, said he "
            "would dismiss the aide if the allegations were proven."
        ),
        "crime",
    ),
    (
        "Three Bulgarians convicted of spying for Russia from English seaside town",
        (
            "Three Bulgarians living in Britain were convicted at the Old Bailey on Friday of "
            "spying for Russia, in a network run from a guest house in Great Yarmouth. "
            "Prosecutors said they had followed journalists and a Kazakh dissident and planned to "
            "monitor a US air base in Germany where Ukrainian soldiers were trained. Three other "
            "members of the group had already pleaded guilty."
        ),
        "crime",
    ),
    (
        "German-Russians arrested over alleged plan to sabotage military sites",
        (
            "German police arrested two German-Russian men in Bayreuth on Thursday on suspicion "
            "of planning explosive and arson attacks on military infrastructure and US facilities "
            "in Germany on behalf of Russian intelligence. One of them had photographed a US army "
            "base in Grafenwöhr, the federal prosecutor said. No attack had been carried out, and "
            "the Russian ambassador was summoned."
        ),
        "crime",
    ),
    (
        "Tusk says Russian services ordered fire at Warsaw shopping centre",
        (
            "Poland's prime minister said on Sunday that investigators had established that the "
            "fire that destroyed the Marywilska 44 shopping centre in Warsaw a year ago was "
            "ordered by Russian intelligence, and that the government would close the Russian "
            "consulate in Kraków in response. The fire, which destroyed about 1,400 shops and "
            "stalls, injured no one. Several suspects have been detained in Poland and Lithuania, "
            "and others are being sought, he said. Most of the traders at the centre were "
            "Vietnamese, and many lost everything. Russia's foreign ministry called the "
            "accusation absurd and said it would respond."
        ),
        "politics",
    ),
    (
        "Australia expels Iranian ambassador over antisemitic arson attacks",
        (
            "Australia expelled Iran's ambassador on Tuesday after its intelligence agency "
            "concluded that Tehran had directed at least two arson attacks on Jewish sites in "
            "Sydney and Melbourne last year. The prime minister said it was the first time since "
            "the Second World War that Australia had expelled an ambassador. Iran denied "
            "involvement and said it would respond."
        ),
        "politics",
    ),
    (
        "North Korea sends hundreds of rubbish balloons across border",
        (
            "North Korea floated about 260 balloons carrying bags of rubbish and manure across "
            "the border overnight, South Korea's military said on Wednesday, telling people not "
            "to touch them. Some landed on streets and rooftops in Seoul and Gyeonggi province. "
            "Pyongyang said the balloons were a response to leaflets sent north by activists, and "
            "the South's military said it would consider resuming loudspeaker broadcasts."
        ),
        "military",
    ),
    (
        "Chinese students arrested for filming South Korean air base with drones",
        (
            "South Korean police arrested two Chinese students on Friday for flying a drone over "
            "an air base in Suwon and filming fighter jets landing and taking off over several "
            "days, the National Intelligence Service said. The students, who said they were "
            "interested in planes, had photographed the base thousands of times. The case comes "
            "as Seoul debates whether to widen its espionage law to cover foreign powers other "
            "than North Korea."
        ),
        "crime",
    ),
    (
        "Dutch intelligence says pro-Russian hackers tried to sabotage water system",
        (
            "The Dutch military intelligence service said in its annual report on Tuesday that a "
            "pro-Russian hacker group had tried last year to take over the control system of a "
            "public facility in the Netherlands, but did not succeed. The service said Russian "
            "groups were increasingly probing infrastructure such as water and energy systems "
            "across Europe. No damage was caused, it said."
        ),
        "other",
    ),
]
