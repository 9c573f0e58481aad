"""Negatives: arms deliveries, weapons tests, exercises, recruitment, parades (military); air-raid
alert statistics and civilian drones (other).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "Germany delivers second Patriot system to Ukraine ahead of winter",
        "Germany has delivered a second Patriot air defence system to Ukraine, the defence "
        "ministry in Berlin said on Tuesday, along with extra launchers and interceptor "
        "missiles from Bundeswehr stocks. Ukraine's defence minister said the systems would "
        "help protect cities and energy infrastructure ahead of winter. Berlin did not say "
        "where the batteries would be deployed.",
        "military",
    ),
    (
        "First F-16s arrive in Ukraine after pilots finish training",
        "The first F-16 fighter jets have arrived in Ukraine, the president said on Sunday at "
        "an event at an undisclosed air base, standing in front of two of the aircraft as two "
        "more flew overhead. The jets were supplied by Denmark and the Netherlands, and "
        "Ukrainian pilots spent about a year training in Denmark, Romania and the United "
        "States. Officials said the number of aircraft was too small to change the balance in "
        "the air. Ukraine has asked its allies for about 130 of the jets.",
        "military",
    ),
    (
        "Iran unveils ballistic missile it says can reach 2,000 km",
        "Iran unveiled a ballistic missile on Thursday with a range of 2,000 km and a warhead "
        "of more than a tonne, state television reported, showing it on a launcher at a "
        "ceremony attended by the defence minister. Officials said it could evade air "
        "defences. Western governments said the programme breached a UN Security Council "
        "resolution. Israel's military said it was following the programme closely.",
        "military",
    ),
    (
        "Russia and Belarus begin Zapad exercise near NATO borders",
        "Russia and Belarus began their joint Zapad-2025 exercise on Friday, with troops "
        "practising the defence of the Union State against an attack and the planning of "
        "nuclear weapons use, the Belarusian defence ministry said. Poland closed its border "
        "crossings with Belarus for the duration of the drills. American officers attended "
        "part of the exercise at Minsk's invitation. Western officials said the exercise was "
        "smaller than the last one in 2021, when about 200,000 troops took part.",
        "military",
    ),
    (
        "Ukraine says it can now make 4 million drones a year",
        "Ukraine's defence industry can produce about 4 million drones a year, including "
        "long-range strike drones and interceptors, the strategic industries minister said on "
        "Tuesday, though the state has money to buy only part of that output. More than 500 "
        "companies make drones, many of them small workshops in basements and garages. The "
        "government wants to allow exports to partners to raise money for the army.",
        "military",
    ),
    (
        "Revolutionary Guards hold naval drill with drone boats near Hormuz",
        "Iran's Revolutionary Guards staged a naval exercise near the Strait of Hormuz on "
        "Saturday with speedboats, drone boats and anti-ship missiles fired at mock targets "
        "at sea, and a spokesman said the drill showed readiness to defend the Persian Gulf. "
        "The US Fifth Fleet said it was monitoring the manoeuvres.",
        "military",
    ),
    (
        "Turkey test-fires Tayfun ballistic missile over the Black Sea",
        "Turkey test-fired its domestically built Tayfun short-range ballistic missile from "
        "the port of Rize on Tuesday, and it hit a target off the coast of Sinop, state "
        "broadcaster TRT reported. The missile flew for 456 seconds, the head of the defence "
        "industry agency said. It is due to enter service within two years.",
        "military",
    ),
    (
        "Russian regions raise signing bonuses to lure contract soldiers",
        "Several Russian regions have raised one-off payments for men who sign army contracts "
        "to more than 2 million roubles, billboards and official websites show, as Moscow "
        "seeks recruits without a new wave of mobilisation. In Belgorod region the bonus "
        "doubled this month. Adverts on Moscow buses promise a monthly salary of 210,000 "
        "roubles and free university places for soldiers' children.",
        "military",
    ),
    (
        "Israel says Iron Beam laser has completed final tests",
        "Israel's defence ministry said on Wednesday its Iron Beam high-power laser "
        "interception system had completed a final series of tests, shooting down rockets, "
        "mortar bombs and drones in a range of scenarios. Deliveries to the air force are to "
        "begin by the end of the year. Officials say each interception costs a few dollars in "
        "electricity. The system is meant to work alongside Iron Dome, whose interceptors "
        "cost tens of thousands of dollars each.",
        "military",
    ),
    (
        "Iraq marks Army Day with parade of tanks and helicopters in Baghdad",
        "Iraq marked the anniversary of the founding of its army on Monday with a parade in "
        "Baghdad's Celebrations Square, where tanks, artillery and troops in desert "
        "camouflage passed the reviewing stand while helicopters flew overhead. The prime "
        "minister said the army had defeated terrorism and was now rebuilding. Roads around "
        "the Green Zone were closed for the day. Many of the vehicles on display were "
        "delivered by the United States after 2014.",
        "military",
    ),
    (
        "Britain confirms it is sending Storm Shadow missiles to Ukraine",
        "Britain's defence secretary told parliament on Thursday that the country had begun "
        "supplying Storm Shadow long-range cruise missiles to Ukraine, giving Kyiv the "
        "ability to hit targets up to 250 km away, after assurances they would be used only "
        "on Ukrainian sovereign territory. Moscow said it would respond.",
        "military",
    ),
    (
        "Volunteers train with machine guns to join Kyiv's drone-hunting units",
        "Dozens of volunteers gathered at a firing range outside Kyiv on Saturday to train "
        "for the mobile fire groups that guard the capital's outskirts against drones at "
        "night, shooting at balloon targets with heavy machine guns mounted on pickup trucks. "
        "Most were men over 50 or in jobs that exempt them from mobilisation. The training is "
        "run by the territorial defence forces.",
        "military",
    ),
    (
        "Kyiv marks 1,500 air-raid alerts since start of full-scale invasion",
        "Kyiv has had more than 1,500 air-raid alerts since February 2022, lasting a combined "
        "total of about 70 days, according to data from the city's alert system compiled by a "
        "monitoring project. The longest single alert lasted almost ten hours. Residents of "
        "Kharkiv region, near the front line, heard sirens almost twice as often. Kyiv's "
        "metro stations still fill with people during night alerts, though many residents now "
        "stay in bed unless ballistic missiles are announced.",
        "other",
    ),
    (
        "Record drone show lights up Riyadh sky for Saudi National Day",
        "More than 3,000 drones formed images of the king, the crown prince and the Saudi "
        "flag over Riyadh on Monday night, in what organisers said was one of the largest "
        "drone shows held in the region. Fireworks were launched in 13 cities. Traffic police "
        "closed several roads for the celebrations.",
        "other",
    ),
    (
        "Drones deliver groceries to Tel Aviv suburbs in pilot scheme",
        "Residents of several Tel Aviv suburbs can now order coffee, sushi and groceries to "
        "be delivered by drone under a pilot programme run by the Israel Innovation Authority "
        "and the transport ministry. The drones lower packages on a cable from a height of 80 "
        "metres, and operators say deliveries take under 15 minutes.",
        "other",
    ),
]
