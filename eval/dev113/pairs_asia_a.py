"""dev113 contrast pairs 65-74, South Asia and Myanmar: India, Pakistan, Afghanistan, Bangladesh,
Myanmar.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        65,
        (
            "Five soldiers killed as militants ambush army truck in Poonch",
            "Five soldiers were killed when militants ambushed an army truck with gunfire and "
            "grenades on the Bhimber Gali-Poonch road in Jammu and Kashmir on Thursday "
            "afternoon, the army said. The truck caught fire during the attack, which took place "
            "in heavy rain and poor visibility. The People's Anti-Fascist Front, which police "
            "describe as a front for the Jaish-e-Mohammed, claimed responsibility, and a major "
            "search operation was launched in the Bhata Dhurian forest.",
            "B E T M",
            "ambush",
        ),
        (
            "Four soldiers killed as army vehicle skids into gorge in Poonch",
            "Four soldiers were killed and two injured when their vehicle skidded off a "
            "snow-covered road and fell into a 300-foot gorge near the Line of Control in Poonch "
            "district on Tuesday, army officials said. The soldiers were returning to their post "
            "after collecting rations. Villagers and troops recovered the bodies after a "
            "four-hour operation.",
            "accident",
        ),
    ),
    (
        66,
        (
            "Eight DRG jawans killed as Maoists blow up vehicle in Bijapur",
            "Eight jawans of the District Reserve Guard and their civilian driver were killed "
            "when Maoists blew up their vehicle with an improvised explosive device in "
            "Chhattisgarh's Bijapur district on Monday, police said. The team was returning from "
            "an anti-Maoist operation in the forests of Abujhmarh. The blast left a crater "
            "several feet deep on the Kutru-Bedre road, and parts of the vehicle were found in "
            "nearby trees.",
            "E",
            "IED attack",
        ),
        (
            "Bastar Olympics: tribal youths compete at Bijapur stadium",
            "Hundreds of young athletes from Bijapur's remote villages competed in archery, "
            "kabaddi and football at the district stadium on Saturday in the second round of the "
            "Bastar Olympics, organised by the police and the state government. A team of former "
            "Maoists who surrendered last year took part in the volleyball event, the district "
            "superintendent of police said. The winners will go on to the divisional finals in "
            "Jagdalpur.",
            "sport",
        ),
    ),
    (
        67,
        (
            "Pakistani shelling kills civilians in Uri as families move to bunkers",
            "Pakistani troops shelled villages in Uri and Kupwara overnight, killing at least 12 "
            "civilians and wounding dozens, Indian officials said, after India struck what it "
            "called terrorist camps inside Pakistan. In Uri, a woman was killed when a shell hit "
            "her car as the family tried to leave for Baramulla. Hundreds of residents spent the "
            "night in community bunkers, and schools across the frontier districts were closed. "
            "Officials in Pakistan-administered Kashmir said Indian fire had also killed "
            "civilians on their side of the Line of Control.",
            "E D M",
            "cross-border shelling",
        ),
        (
            "Army's guns and rockets pound Pokhran ranges in long-range firing exercise",
            "The Indian Army's artillery regiments fired howitzers, rockets and loitering "
            "munitions at the Pokhran field firing ranges in Rajasthan this week during an "
            "exercise to test long-range precision fire, the army said on Friday. The Dhanush "
            "and K9 Vajra guns were used alongside Pinaka rocket systems, it said. Senior "
            "commanders watched the final day of firing.",
            "military",
        ),
    ),
    (
        68,
        (
            "Gunmen kill 26 tourists in Pahalgam meadow",
            "Militants opened fire on tourists at the Baisaran meadow near Pahalgam in Jammu and "
            "Kashmir on Tuesday afternoon, killing 26 people, most of them visitors from other "
            "Indian states, officials said. Survivors said the gunmen asked men their names and "
            "religion before shooting them. Officials called it the worst terror attack on "
            "civilians in the region in years, and Prime Minister Narendra Modi cut short a "
            "visit to Saudi Arabia. Security forces began combing the forests around the meadow.",
            "T V",
            "terrorist attack",
        ),
        (
            "Pahalgam hotels full as tourists flock to Kashmir's meadows",
            "Hotels in Pahalgam are fully booked until the end of June as record numbers of "
            "tourists head to Kashmir's meadows, the local hoteliers' association said on "
            "Sunday. Pony operators at Baisaran said they were taking up to 3,000 visitors a day "
            "up to the meadow, and traffic jams stretched along the Lidder valley road. The "
            "tourism department said 1.2 million people had visited the valley in the first five "
            "months of the year.",
            "economy",
        ),
    ),
    (
        69,
        (
            "Baloch militants hijack Jaffar Express, take hundreds hostage",
            "Militants of the Balochistan Liberation Army blew up a section of track and "
            "attacked the Jaffar Express near a tunnel in the Bolan Pass on Tuesday, taking "
            "hundreds of passengers hostage, in what Pakistani officials called a terrorist "
            "attack. The train had been travelling from Quetta to Peshawar with about 440 people "
            "on board. Security forces launched an operation to free the passengers and said the "
            "next day that 33 attackers had been killed. Some passengers who escaped walked for "
            "hours through the hills to reach Panir station.",
            "V T M B",
            "train hijacking",
        ),
        (
            "Jaffar Express coaches derail near Sibi, injuring 11",
            "Several coaches of the Jaffar Express derailed near Sibi in Balochistan on Sunday, "
            "injuring 11 passengers, Pakistan Railways said. The train was travelling from "
            "Peshawar to Quetta when the coaches left the track at low speed, and the cause is "
            "being investigated. Services on the route were suspended for six hours while "
            "engineers repaired the line. None of the injuries was serious, a railway official "
            "said.",
            "accident",
        ),
    ),
    (
        70,
        (
            "Suicide bomber kills 84 in mosque inside Peshawar police compound",
            "A suicide bomber blew himself up among worshippers during afternoon prayers at a "
            "mosque inside the police lines in Peshawar on Monday, bringing the roof down and "
            "killing at least 84 people, most of them policemen, officials said. Rescuers worked "
            "through the night to pull survivors from the rubble. A commander of the Pakistani "
            "Taliban initially claimed the attack, but the group's spokesman later denied "
            "involvement. Police said the bomber had passed through several checkpoints in "
            "uniform. Hospitals across the city declared an emergency.",
            "E T V",
            "suicide bombing",
        ),
        (
            "Mosque roof collapses during Friday prayers after heavy rain in Peshawar",
            "Five people were killed and more than 20 injured when the roof of a mosque "
            "collapsed during Friday prayers in a Peshawar suburb after days of heavy rain, "
            "Rescue 1122 said. Worshippers and neighbours dug through the debris with their "
            "hands before rescue teams arrived. Officials said the mud-and-timber roof had been "
            "weakened by the monsoon.",
            "accident",
        ),
    ),
    (
        71,
        (
            "Suicide bomber attacks Kabul exam centre, killing dozens of students",
            "A suicide bomber blew himself up at the Kaaj education centre in western Kabul on "
            "Friday as hundreds of students sat a practice university entrance exam, killing at "
            "least 35 people, most of them young women, the United Nations said. The centre is "
            "in Dasht-e-Barchi, a mainly Hazara Shia area that has been repeatedly attacked by "
            "Islamic State. No group immediately claimed responsibility.",
            "E T V",
            "suicide bombing",
        ),
        (
            "Thousands sit Kankor university entrance exam in Kabul",
            "Thousands of students sat the Kankor university entrance exam in Kabul on Thursday, "
            "the higher education ministry said, as the annual test began in the capital and 15 "
            "provinces. Only young men were allowed to take the exam this year.",
            "other",
        ),
    ),
    (
        72,
        (
            "Rohingya flee across the Naf as Myanmar troops burn villages",
            "Tens of thousands of Rohingya Muslims crossed the Naf river into Bangladesh this "
            "week, many saying that Myanmar soldiers and Buddhist mobs had burned their villages "
            "and shot people as they fled, the UN refugee agency said. Smoke from burning "
            "villages in Rakhine state could be seen from the Bangladeshi side of the border. "
            "More than 270,000 people have arrived since the violence erupted on 25 August. Aid "
            "agencies said the new arrivals urgently needed food, water and shelter, and that "
            "several children had died of exhaustion on the way.",
            "V D H",
            "ethnic cleansing",
        ),
        (
            "Fire tears through Rohingya camp, leaving 45,000 without shelter",
            "A fire swept through the Balukhali camp in Cox's Bazar on Monday afternoon, "
            "destroying about 10,000 shelters and leaving 45,000 Rohingya refugees without a "
            "home, the UN refugee agency said. At least 15 people died and hundreds were "
            "missing. Fire crews and volunteers battled the flames for more than eight hours. "
            "Refugees said fences around parts of the camp had trapped people trying to escape "
            "the flames.",
            "accident",
        ),
    ),
    (
        73,
        (
            "Dozens killed as police fire on student protesters across Bangladesh",
            "At least 32 people were killed on Thursday as police fired rubber bullets, tear gas "
            "and live rounds at students protesting against quotas for government jobs in Dhaka "
            "and other cities, hospitals and local media said. Protesters set fire to the "
            "headquarters of the state broadcaster BTV and to police posts. The government shut "
            "down mobile internet across the country.",
            "U",
            "protest crackdown",
        ),
        (
            "Speeding bus kills two college students on Dhaka's Airport Road",
            "Two college students were killed when a speeding bus ploughed into a group of "
            "students waiting for transport on Airport Road in Dhaka's Kurmitola on Sunday, "
            "police said. The bus had been racing another on the same route to pick up "
            "passengers, witnesses said.",
            "accident",
        ),
    ),
    (
        74,
        (
            "Myanmar air strike kills scores at village ceremony in Sagaing",
            "A Myanmar military aircraft bombed a gathering at Pazigyi village in Sagaing region "
            "on Tuesday morning, killing around 100 people, including children, witnesses and "
            "local media said. Villagers had gathered for the opening of an office of the "
            "opposition administration when a fighter jet dropped bombs, followed by a "
            "helicopter that fired on the crowd. A junta spokesperson confirmed the strike, "
            "saying it had targeted resistance forces. The UN human rights office said it was "
            "horrified.",
            "E V",
            "airstrike on village",
        ),
        (
            "Myanmar air force takes delivery of Russian Su-30 fighters in Naypyitaw",
            "Myanmar's air force took delivery of two Russian-made Su-30SME fighter jets at a "
            "ceremony at an air base in Naypyitaw on Thursday, state media reported. Senior "
            "General Min Aung Hlaing said the aircraft would 'protect the sovereignty of the "
            "nation's airspace'. Four more are due to arrive next year under a contract signed "
            "in 2018, and Russian and Chinese military attachés attended the handover.",
            "military",
        ),
    ),
]
