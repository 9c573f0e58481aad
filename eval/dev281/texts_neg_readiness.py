"""dev281 negatives: readiness and the past (bomb disposal of old ordnance, anniversaries, shelter
programmes, siren tests, civil defence drills, false alerts) and peace arrangements that involve
the emergency services.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Cologne bomb squad defuses three wartime bombs after 20,000 evacuated",
        "Explosive ordnance disposal experts defused three American bombs from the Second World "
        "War in Cologne on Wednesday evening after about 20,000 people were evacuated from the "
        "city centre, the city said. The bombs, each weighing around a tonne, were found during "
        "construction work near the Deutz bridge. Hotels, a museum, two hospital wards and a "
        "section of the Rhine embankment were cleared, and some train services to the main "
        "station were halted for several hours. The fire brigade checked flats door to door "
        "and set up a reception point in a school for those who had nowhere to go. It was the "
        'largest evacuation in the city since the war, officials said. "Two of the fuses were '
        'in good condition, one was not," the head of the disposal team said. Around 15 to 20 '
        "tonnes of wartime munitions are still found in North Rhine-Westphalia every year. "
        "Residents were allowed back just before midnight.",
        "history",
    ),
    (
        "Plymouth bomb taken to sea under escort as 10,000 people leave homes",
        "A 500kg German bomb from the Second World War was carried through the streets of "
        "Plymouth on the back of an army lorry on Friday and then taken out to sea, after more "
        "than 10,000 people were moved from their homes in the city. The device was found in a "
        "back garden in St Michael Avenue on Tuesday while a homeowner was digging an "
        "extension. Army bomb disposal specialists said it was too dangerous to defuse where it "
        "lay. Police set up a cordon of 300 metres, and a train line and several roads were "
        "closed as the convoy moved to the Torpoint ferry slipway. Navy divers later detonated "
        "it offshore, sending a plume of water into the air. Plymouth was heavily bombed during "
        "the Blitz, when the city centre was almost flattened. The council opened a leisure "
        "centre overnight for residents who could not stay with relatives, and a local "
        'bakery handed out free pasties. "We have never seen anything like it here," a '
        "neighbour said.",
        "history",
    ),
    (
        "Ground Self-Defense Force removes US shell from Okinawa school field",
        "Japan's Ground Self-Defense Force removed an unexploded American artillery shell from "
        "the sports field of an elementary school in Naha on Saturday, after about 1,200 "
        "residents within a radius of several hundred metres were asked to leave their homes "
        "for two hours, the city said. The 250mm shell was found by a construction company "
        "laying new drains. It dates from the Battle of Okinawa in 1945, when about 200,000 "
        "people died and the island was hit by so much shelling that locals called it the "
        "typhoon of steel. Bomb disposal units handle hundreds of such finds on Okinawa every "
        "year, and officials estimate that about 1,800 tonnes of wartime ordnance are still "
        "buried there. The city's fire department stood by with an ambulance. The operation "
        "ended without incident and roads were reopened in the early afternoon. Officials said "
        "it could take another 70 years to clear the island.",
        "history",
    ),
    (
        "London Fire Brigade marks 80 years since Blitz with names of the fallen",
        "The London Fire Brigade marked the 80th anniversary of the start of the Blitz on "
        "Monday by reading out the names of firefighters who died in the bombing of the "
        "capital in 1940 and 1941, at a ceremony at the National Firefighters Memorial near "
        "St Paul's Cathedral. More than 300 members of the fire service were killed in London "
        "during the raids, many of them volunteers in the Auxiliary Fire Service. The "
        "commissioner laid a wreath, and a fire engine from the period was parked beside the "
        "memorial. Because of coronavirus restrictions, only a small number of guests could "
        "attend, and the event was streamed online. Historians of the brigade have spent years "
        'finding relatives of the dead. "They went towards the fires when everyone else was '
        'running to the shelters," a great-granddaughter of one of the men said. The brigade '
        "also opened an online archive of photographs and log books from the war years.",
        "history",
    ),
    (
        "Cold War fallout shelter under Prague opens to visitors",
        "A fallout shelter built in the 1950s beneath a Prague hillside opened to the public on "
        "Saturday, with its original air filters, bunk beds and gas masks on display, the city "
        "district said. The shelter, designed to house 3,000 people for several days in the "
        "event of a nuclear attack, was never used for its purpose and later served as a car "
        "park and a store. Guided tours will run at weekends through the summer. The district "
        "spent two years cleaning and restoring the site with help from volunteers and former "
        "civil defence officers. Visitors can also sit in a replica control room and hear a "
        "recording of the sirens used in communist Czechoslovakia. Similar shelters in Berlin "
        'and Budapest draw tens of thousands of visitors a year. "People are curious about how '
        'their grandparents were told to survive," a guide said. Entry is free for school '
        "groups, and the district plans a small exhibition on civil defence posters of the era.",
        "history",
    ),
    (
        "FDNY reads names of 343 firefighters at 20th anniversary of 9/11",
        "Firefighters across New York stood in silence on Saturday as the city marked 20 years "
        "since the attacks of September 11, 2001, with the names of the 343 members of the Fire "
        "Department who died at the World Trade Center read out at a memorial mass. Bells rang "
        "at firehouses at 8.46am, when the first plane struck the North Tower. The department "
        "said more than 270 of its members have since died of illnesses linked to the toxic "
        "dust at Ground Zero, a number that is expected to pass the toll of the day itself. "
        "Retired firefighters who worked on the pile for months spoke about the friends they had "
        "lost. President Joe Biden visited the memorial, the Pentagon and the field in "
        'Shanksville, Pennsylvania. "We still carry them with us on every call," a '
        "lieutenant from Ladder 10, across the street from the site, said. Children of some of "
        "the dead, now firefighters themselves, stood in the ranks.",
        "history",
    ),
    (
        "Finland's 50,000 shelters draw visitors from across Europe",
        "Delegations from Sweden, Denmark, Poland and Germany have visited Helsinki this year to "
        "study how Finland maintains its network of civil defence shelters, the Interior "
        "Ministry said on Tuesday. The country has about 50,500 shelters, with room for some "
        "4.8 million people, most of them in the basements of apartment blocks, offices and "
        "schools. Under Finnish law, buildings above a certain size must include a shelter, "
        "and owners must be able to make it ready within 72 hours. In peacetime many are used "
        "as gyms, car parks, play areas or storage, and one in Helsinki houses an ice hockey "
        "rink. Rescue services inspect them on a rolling basis. The ministry said interest "
        'abroad had grown since 2022. "We have never stopped thinking about preparedness," '
        "the head of the ministry's rescue department said. Critics say some older shelters "
        "need new air filtration and doors.",
        "military",
    ),
    (
        "Nationwide warning day fails as sirens and app alerts arrive late",
        "Germany's first nationwide warning day since reunification went wrong on Thursday, "
        "when many sirens stayed silent and alerts on the NINA and KATWARN apps arrived more "
        "than half an hour late, the Federal Office of Civil Protection and Disaster Assistance "
        "said. The test, planned for 11am, was meant to check every warning channel at once, "
        "from sirens and loudspeaker trucks to radio and smartphones. The office said too many "
        "systems had tried to send the message at the same time. Many towns dismantled their "
        "sirens after the end of the Cold War, and some districts have none at all. The "
        "interior ministry called the test a failure and said it would review the system. The "
        'head of the office was later removed. "It is exactly what tests are for," a spokesman '
        "for the German Association of Cities said. The next warning day is planned for "
        "September 2022.",
        "military",
    ),
    (
        "Poland's civil protection law sets aside billions for shelters and sirens",
        "Poland's parliament passed a civil protection law on Thursday that will require "
        "shelters in new buildings and fund sirens, stockpiles and training, with at least 0.3% "
        "of GDP set aside each year, the interior ministry said. The law gives the state fire "
        "service the lead role in coordinating civil defence, and allows local authorities to "
        "call on volunteer fire brigades, the Red Cross and scouts in an emergency. A survey "
        "last year found that existing shelters had room for only a small share of the "
        "population, and many were in poor condition. The government plans to map every "
        'basement, underground car park and metro station that could be used. "We are '
        'building resilience, not fear," the deputy interior minister said. The law also '
        "creates a national warning system covering mobile phones and television. Opposition "
        "MPs said it came years too late but voted in favour.",
        "military",
    ),
    (
        "Taipei streets fall silent for Wan An air-raid drill",
        "Traffic in Taipei came to a halt for 30 minutes on Tuesday afternoon as sirens "
        "sounded for the annual Wan An air-raid drill, the first held with the public taking "
        "part since the pandemic. Police and civil defence volunteers directed pedestrians into "
        "metro stations, underground malls and the basements of office blocks, and shops were "
        "asked to turn off their lights. The drill was held alongside the military's Han Kuang "
        "exercises in the north of the island. Mobile phones across northern Taiwan received "
        "a test message warning of an air raid. Fire crews practised putting out fires in a "
        "simulated strike on a housing block in Xinyi district. The government has been "
        "promoting an app showing the nearest of about 4,600 designated shelters in the city. "
        '"Most people used to ignore this, now they check their phones," a shopkeeper said. '
        "Drills in the centre and south of the island follow this week.",
        "military",
    ),
    (
        "South Korea holds first civil defence drill in six years",
        "Sirens rang out across South Korea at 2pm on Wednesday as the country held its first "
        "nationwide civil defence air-raid drill in six years, with traffic stopped on main "
        "roads for 20 minutes and people directed to shelters. The interior ministry said the "
        "exercise, part of the annual Ulchi Freedom Shield drills with US forces, was meant to "
        "test the public's response to an air raid from the North. In Seoul, pedestrians were "
        "guided into subway stations, and emergency vehicles practised driving through cleared "
        "lanes. The drill had been suspended since 2017, first because of talks with "
        "Pyongyang and then because of the pandemic. Some residents said they had not known "
        "where their nearest shelter was. The ministry said there are more than 17,000 shelters "
        "across the country, many in apartment basements. Schools held evacuation exercises in "
        "the morning.",
        "military",
    ),
    (
        "Sweden sends 'If crisis or war comes' booklet to every home",
        "Sweden began sending an updated version of its civil preparedness booklet to all 5.2 "
        "million households on Monday, telling people how to store water, find a shelter and "
        "recognise the outdoor warning signal. The Civil Contingencies Agency said the new "
        "edition is twice as long as the one sent out in 2018 and now includes a section on "
        "joining NATO and on cyber attacks. The warning signal, known as Hesa Fredrik, is "
        "tested at 3pm on the first Monday of March, June, September and December. The agency "
        "said it wanted every household to be able to manage on its own for at least a week. "
        '"Being prepared is part of the defence of the country," its director general said. '
        "Finland and Norway have issued similar advice, and Denmark has sent out emails with "
        "checklists. Shops reported a rise in sales of camping stoves, canned food and "
        "battery radios. The booklet is also available in Arabic, Finnish, Sami and several other "
        "languages.",
        "military",
    ),
    (
        "Hawaii missile alert was false alarm after worker pressed wrong button",
        "An emergency alert warning of an incoming ballistic missile that was sent to "
        "smartphones across Hawaii on Saturday morning was a mistake made by an employee of the "
        "state's Emergency Management Agency during a shift change, the governor said. The "
        'message, which read "This is not a drill", caused panic for 38 minutes before a '
        "correction was sent. Drivers abandoned cars, parents put children into storm drains "
        "and hotel guests were taken to basements. The agency had begun monthly tests of a "
        "nuclear attack warning siren in December, amid tension over North Korea's weapons "
        'programme. The Federal Communications Commission opened an investigation. "We have '
        'to make sure this never happens again," Governor David Ige said. The employee was '
        "later dismissed, and the agency changed its procedure so that two people must confirm "
        "any real alert. The US military's Pacific Command said it had detected no threat.",
        "military",
    ),
    (
        "Former FARC fighters join volunteer fire brigade in Meta",
        "A volunteer fire brigade made up largely of former FARC guerrillas and local farmers "
        "received its first fire engine on Friday in Mesetas, in Colombia's Meta department, "
        "as part of the reincorporation programme set up under the 2016 peace agreement, the "
        "national agency that runs it said. Thirty-two members completed 120 hours of training "
        "with the national fire service this year, learning to fight forest fires and carry "
        "out road rescues. The brigade will cover villages several hours from the nearest town. "
        '"We used to know these mountains for other reasons," one member, who spent 15 years '
        "with the guerrillas, said. The head of the UN verification mission attended the "
        "handover and called it an example of reconciliation. Farmers in the area say they "
        "were wary at first but now call on the brigade for everything from fires to snake "
        "bites. The agency plans similar brigades in two other former camps.",
        "peace",
    ),
    (
        "Cyprus bicommunal crisis committee agrees joint wildfire response across buffer zone",
        "Greek Cypriot and Turkish Cypriot officials agreed on Thursday to share firefighting "
        "aircraft and crews across the UN buffer zone during the summer season, under an "
        "arrangement reached by the bicommunal technical committee on crisis management, the UN "
        "mission said. The deal lets fire engines cross at designated checkpoints without "
        "delay and sets up a joint hotline between the two fire services. It follows a large "
        "wildfire near Arakapas in July, when Turkish Cypriot crews and a helicopter from the "
        "north helped put out flames in the south. The committee is one of several set up under "
        "the UN-facilitated talks to build trust between the two sides, which have been divided "
        'since 1974. "Fire does not recognise any line on a map," a committee member said. '
        "UN peacekeepers will help with radio links. The leaders of both communities welcomed "
        "the agreement.",
        "peace",
    ),
]
