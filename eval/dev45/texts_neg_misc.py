"""dev45 negatives: accidents, history, parades, culture, protests, disasters and other desk news. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Two Navy aircraft crash into South China Sea from carrier",
        "A Navy MH-60R helicopter and an F/A-18F fighter from the aircraft carrier Nimitz crashed into the South China Sea within 30 minutes of each other during routine operations, the Pacific Fleet said. All five crew members were rescued. The causes of both crashes are under investigation.",
        "accident",
    ),
    (
        "Fighter jets drop bombs on village by mistake during live-fire drill",
        "Two South Korean KF-16 fighter jets accidentally dropped eight bombs on a village in Pocheon during a live-fire exercise with US forces, injuring 15 people and damaging houses and a church, the air force said. A pilot had entered the wrong coordinates. All live-fire drills were suspended. The defence minister visited the injured in hospital and apologised.",
        "accident",
    ),
    (
        "Blast at army ammunition depot forces evacuation of villages",
        "A fire at an army ammunition depot set off explosions that lasted through the night, and authorities evacuated about 2,000 residents of nearby villages, the defence ministry said. Windows were shattered in a town 10 km away. Investigators suspected the heatwave and ageing stocks; there was no sign of an attack.",
        "accident",
    ),
    (
        "Army helicopter and airliner collide over Potomac",
        "An Army Black Hawk helicopter on a training flight collided with a regional passenger jet approaching Ronald Reagan Washington National Airport, and both fell into the Potomac River, killing all 67 people aboard. Investigators said the helicopter was flying above its assigned altitude. It was the deadliest US air crash since 2001. Divers recovered the last bodies after a week.",
        "accident",
    ),
    (
        "Osprey crashes off Yakushima, eight airmen dead",
        "A US Air Force CV-22 Osprey crashed into the sea off Yakushima island in southern Japan during a training flight, killing all eight crew. The US military grounded its Osprey fleet worldwide pending an investigation.",
        "accident",
    ),
    (
        "Fire breaks out on submarine during refit",
        "A fire broke out on an Indian Navy submarine under refit at the naval dockyard in Mumbai and tilted the vessel onto its side, the navy said. One junior sailor was missing and the rest of the crew were accounted for.",
        "accident",
    ),
    (
        "Soldiers drown as tank overturns during river crossing drill",
        "Five soldiers drowned when their T-72 tank was swept away by a sudden rise in the water level while crossing a river during a training exercise in eastern Ladakh, the Indian army said.",
        "accident",
    ),
    (
        "Cluster bomblet left from Indochina war kills two boys in Laos",
        "Two boys were killed and a third injured when a cluster bomblet dropped during the Indochina war exploded as they played near their school in Xieng Khouang province, a demining group said. Millions of bomblets dropped between 1964 and 1973 remain in the soil. The group's teams cleared 40 more from the area the following week.",
        "history",
    ),
    (
        "Thousands evacuated in Cologne as Second World War bombs defused",
        "About 20,000 residents of central Cologne were evacuated while experts defused three American bombs from the Second World War found during construction work near the Rhine, the city said. It was the largest evacuation in the city since 1945. Trains to the main station were halted for several hours.",
        "history",
    ),
    (
        "Veterans gather in Normandy for 81st D-Day anniversary",
        "A few dozen Second World War veterans, most of them over 99, joined crowds on Omaha Beach and at the Colleville American cemetery to mark the 81st anniversary of the D-Day landings, as paratroopers jumped over Sainte-Mère-Église. Ceremonies continued at the British memorial in Ver-sur-Mer.",
        "history",
    ),
    (
        "Remains of Korean War soldiers repatriated",
        "The remains of seven soldiers killed in the Korean War were flown home to Seoul from Hawaii after being identified by a joint US-Korean forensics team, the veterans ministry said. A ceremony was held at Seoul Air Base.",
        "history",
    ),
    (
        "Volgograd marks anniversary of Stalingrad victory",
        "President Vladimir Putin laid a wreath at the Mamayev Kurgan memorial in Volgograd to mark the anniversary of the Soviet victory at Stalingrad, a battle in which more than a million soldiers died.",
        "history",
    ),
    (
        "Vietnam marks 70 years since Dien Bien Phu",
        "Thousands of soldiers marched in Dien Bien Phu to mark 70 years since the battle that ended French colonial rule in Indochina, and French Defence Minister Sébastien Lecornu attended for the first time. Veterans of the battle, now in their nineties, rode in open cars at the head of the parade.",
        "history",
    ),
    (
        "China shows new missiles at Victory Day parade",
        "China displayed new intercontinental ballistic missiles, hypersonic weapons, laser air defence systems and large underwater drones at a military parade in Beijing marking 80 years since the end of the Second World War, with the leaders of Russia and North Korea watching. Tens of thousands of troops marched past Tiananmen Square.",
        "military",
    ),
    (
        "Tanks roll through Red Square in scaled-back Victory Day parade",
        "Tanks, armoured vehicles and Yars missile launchers rolled through Red Square in Moscow's Victory Day parade, which included troops who had fought in Ukraine. Flypasts were cancelled in several cities for security reasons.",
        "military",
    ),
    (
        "Garland's 'Warfare' recreates Ramadi firefight in real time",
        "Alex Garland's film Warfare, co-directed with a former Navy SEAL, recreates in real time a 2006 firefight in Ramadi, built from the memories of the men who were there. Critics called it the most intense war film in years. It opens in cinemas on Friday.",
        "entertainment",
    ),
    (
        "Battlefield 6 breaks sales record in first weekend",
        "The shooter game Battlefield 6, set in a war between NATO and a private military company, sold more than 7 million copies in its first three days, publisher Electronic Arts said.",
        "entertainment",
    ),
    (
        "Documentary follows drone unit on Ukraine's front line",
        "A documentary following a Ukrainian drone unit through a winter on the front line near Bakhmut won the audience award at the Sundance festival. The director said the soldiers had filmed much of the footage themselves. It will be shown on European television in the spring.",
        "entertainment",
    ),
    (
        "Okinawa residents rally against new US Marine base",
        "Thousands of people rallied peacefully in Naha against the construction of a new US Marine Corps runway at Henoko, in a protest organised by civic groups and the prefecture's governor. Organisers said 25,000 people took part, and the rally ended without incident.",
        "protest",
    ),
    (
        "Peace activists block gates of arms factory",
        "About 40 peace activists blocked the gates of an arms factory in Kent for several hours, calling for an end to weapons exports to Israel. Police arrested four people who had locked themselves to the fence. They were released later that day without charge.",
        "protest",
    ),
    (
        "Army deploys troops and helicopters as monsoon floods hit Punjab",
        "Pakistan's army deployed troops, boats and helicopters to rescue villagers cut off by monsoon floods in Punjab, and more than 200,000 people were moved to relief camps, the disaster management authority said. Officials said the floods were the worst since 2022.",
        "disaster",
    ),
    (
        "Typhoon damages hangars at Andersen Air Force Base",
        "Typhoon Mawar ripped roofs off hangars and toppled trees at Andersen Air Force Base in Guam, the air force said. Aircraft had been flown to bases in Japan and Hawaii before the storm.",
        "disaster",
    ),
    (
        "Meningitis outbreak at army training camp",
        "An outbreak of meningitis at an army training camp infected 11 recruits and killed one, and the rest of the intake were vaccinated, the defence ministry said.",
        "health",
    ),
    (
        "Military Balance: Europe spends more, but readiness lags",
        "European defence spending rose 11.7% in real terms last year, the International Institute for Strategic Studies said in The Military Balance, but shortages of air defence, ammunition and personnel still limit the armies' readiness. The report said Russia was producing new tanks faster than expected.",
        "military",
    ),
    (
        "Veterans' pension reform passes parliament",
        "Parliament passed a reform of veterans' pensions that raises payments for disabled veterans and simplifies claims, the veterans affairs ministry said. About 45,000 people are expected to benefit. Veterans' groups had campaigned for the change for ten years.",
        "other",
    ),
    (
        "Army beats Navy in 125th meeting of service academies",
        "Army's defence held off Navy's late attack to win 17-11 at MetLife Stadium, the academies' 125th meeting. The Black Knights' offensive line dominated the first half.",
        "sport",
    ),
    (
        "Invictus Games open in Vancouver with record team count",
        "The Invictus Games for wounded, injured and sick service members and veterans opened in Vancouver with teams from 23 countries and winter sports for the first time, Prince Harry said. More than 500 competitors are taking part, in sports from wheelchair curling to skeleton.",
        "sport",
    ),
]
