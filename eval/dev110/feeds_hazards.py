"""Disasters, accidents and health as the feeds deliver them: an earthquake, landslides, a
wildfire, a storm, a train crash, the hajj heat, mpox and a bridge collapse, with the pages'
furniture (8 articles with figures, 1 without)."""

from _wrap import BLANK, FLAT, LINE, item

item(
    "Morocco earthquake death toll passes 2,000 as rescuers reach mountain villages",
    """MARRAKECH, Morocco, {{Sept 10}} (Reuters) - The death toll from Morocco's strongest
    earthquake in more than a century rose to [[2,012|killed;a=the interior ministry]] on
    Saturday, the interior ministry said, as rescuers dug through the rubble of villages in the
    High Atlas mountains.

    The ministry said [[2,059 people|injured;a=The ministry;alt=the interior ministry]] had been
    injured, [[1,404|injured;a=The ministry;alt=the interior ministry]] of them critically. Al
    Haouz province, at the epicentre, accounted for [[1,293|killed;a=the ministry;alt=the
    interior ministry]] of the dead, according to the ministry.

    The {{magnitude 6.8}} quake struck at {{11:11 p.m.}} ({{2211 GMT}}) on Friday, about
    {{72 km}} southwest of Marrakech.

    Sign up here.

    In the village of Tafeghaghte, [[about 90|killed;a=a survivor]] of its
    [[200 residents|civilians;a=a survivor]] were killed, a survivor told Reuters. Aid groups
    said [[thousands of families|displaced;a=Aid groups]] had spent a second night in the open.
    The World Health Organization estimated that [[some 300,000 people|civilians;a=The World
    Health Organization]] had been affected.

    Morocco has accepted help from [[four countries|other;u=other]], Spain, Britain, Qatar and
    the United Arab Emirates. King Mohammed VI declared {{three days}} of national mourning.

    Reporting by Ahmed Eljechtimi and Alexander Cornwell; Editing by Frances Kerry""",
    FLAT,
)

item(
    "Wayanad landslides: toll rises to 151, nearly 200 still missing",
    """Updated: {{July 31, 2024 09:17 am IST}}

    WAYANAD: The death toll in the landslides that buried Mundakkai and Chooralmala early on
    Tuesday rose to [[151|killed;a=officials]] on Wednesday, with
    [[at least 191 people|missing;a=officials]] still missing, officials said.

    Chief Minister Pinarayi Vijayan said [[8,017 people|displaced;a=Chief Minister Pinarayi
    Vijayan]] from [[2,389 families|displaced;a=Chief Minister Pinarayi Vijayan]] were staying
    in [[82 relief camps|capacity;a=Chief Minister Pinarayi Vijayan]] in the district.

    [[More than 1,200 rescuers|other]] from the Army, the National Disaster Response Force, the
    fire service and the police were combing the debris, and Army engineers began building a
    {{190-foot}} Bailey bridge across the swollen Iruvanjippuzha river. The Army said its teams
    had brought out [[about 1,000 people|civilians;a=The Army]] stranded in Mundakkai by
    Wednesday evening.

    [[Over 300 houses|housing;a=the panchayat]] were completely destroyed in Mundakkai,
    according to the panchayat. Power was cut to
    [[over 1.2 lakh households|civilians;v=120000]] in the district.

    Kerala landslide helpline: {{9656938689}}, {{8086010833}}

    Also read: Monsoon fury: Toll in Kerala rain-related incidents {{rises to 42}}""",
    LINE,
)

item(
    "Maui wildfire death toll rises to 80 as searchers comb Lahaina ruins",
    """Updated {{9:18 PM HST, August 11, 2023}}

    LAHAINA, Hawaii (AP) — The death toll from the wildfire that destroyed the historic town of
    Lahaina rose to [[80|killed;a=Maui County]], Maui County said in a statement late Friday,
    as crews with cadaver dogs began searching the ruins.

    The fire destroyed or damaged [[more than 2,200 structures|housing;u=structure;a=the
    Pacific Disaster Center and the Federal Emergency Management Agency]], {{86%}} of them
    residential, according to the Pacific Disaster Center and the Federal Emergency Management
    Agency.

    [[About 1,400 people|displaced;a=officials]] spent Friday night in emergency shelters, and
    [[some 4,500|displaced;a=officials]] need shelter, officials said.
    [[More than 14,000 people|displaced]], many of them tourists, left West Maui by Thursday.

    Governor Josh Green said [[1,000 hotel rooms|capacity;p;u=structure;a=Governor Josh Green]]
    would be made available for displaced residents.

    {{Image 1 of 20}}: Wildfire wreckage is seen Thursday, {{Aug. 10, 2023}}, in Lahaina,
    Hawaii. (AP Photo/Rick Bowmer)

    The fire is the deadliest in the United States in more than a century, surpassing the
    {{2018}} Camp Fire in California, which killed [[85 people|killed]].

    Officials have come under growing criticism over the response, including why the island's
    outdoor warning sirens did not sound as the flames approached. Hawaii's attorney general
    said her office would review the decisions made before, during and after the fire.

    This story has been updated to correct the number of structures damaged or destroyed.

    Associated Press writers Jennifer Sinco Kelleher in Honolulu and Claudia Lauer in
    Philadelphia contributed.""",
    LINE,
)

item(
    "Kristine death toll rises to 46; 320,000 people in evacuation centers",
    """By: Nestor Corrales - Reporter / @NCorralesINQ INQUIRER.net / {{05:42 PM October 24,
    2024}}

    MANILA, Philippines — The death toll from Severe Tropical Storm Kristine (international name:
    Trami) climbed to [[46|killed;a=the National Disaster Risk Reduction and Management Council
    (NDRRMC)]] on Thursday, with [[20 others|missing;a=the National Disaster Risk Reduction and
    Management Council (NDRRMC)]] still missing, the National Disaster Risk Reduction and
    Management Council (NDRRMC) said.

    The agency said [[over 2 million people|civilians;a=The agency;alt=the National Disaster
    Risk Reduction and Management Council (NDRRMC)]], or [[513,000 families|civilians;a=The
    agency;alt=the National Disaster Risk Reduction and Management Council (NDRRMC)]], had been
    affected. [[Some 320,000 people|displaced]] were staying in
    [[3,240 evacuation centers|capacity]] on Thursday morning.

    In Naga City, [[at least 3,000 residents|civilians]] were trapped on rooftops and in the
    upper floors of their homes as floodwaters rose overnight. The Bicol region received a
    month's worth of rain in {{24 hours}}.

    The Civil Aviation Authority of the Philippines said [[99 flights|other;a=The Civil
    Aviation Authority of the Philippines]] had been cancelled. The Armed Forces sent
    [[two C-130 aircraft|other;v=2]] with relief goods to Naga.

    READ NEXT

    Subscribe to our daily newsletter""",
    BLANK,
)

item(
    "Odisha train crash: 288 dead, over 1,000 injured as three trains collide near Balasore",
    """Updated: {{June 03, 2023 11:28 pm IST}}

    BALASORE, Odisha: [[At least 288 people|killed;a=officials]] were killed and
    [[more than 1,000|injured;a=officials]] injured when the Coromandel Express ({{12841}})
    derailed near Bahanaga Bazar station and hit a goods train on Friday evening, officials
    said. Derailed coaches also struck the Yesvantpur-Howrah Express ({{12864}}) on the next
    line.

    [[Seventeen coaches|other;u=other]] of the two passenger trains came off the tracks. The
    Coromandel Express alone was carrying [[about 1,250 passengers|other]].

    [[More than 200 ambulances|other;a=Chief Secretary Pradeep Jena]] and
    [[about 1,200 personnel|other;a=Chief Secretary Pradeep Jena]] of the National
    Disaster Response Force, the fire service and the State disaster force took part in the
    rescue through the night, Chief Secretary Pradeep Jena said. Of the injured,
    [[56|injured;a=Chief Secretary Pradeep Jena]] were in a serious condition, he said.

    Residents queued outside the Balasore district hospital to donate blood, and
    [[over 500 units|other;u=other]] were collected overnight.

    Helpline numbers: Howrah {{033-26382217}}, Kharagpur {{8972073925}}, Balasore
    {{8249591559}}

    Also Read: Opinion: After Balasore, {{5 questions}} for the Railways""",
    LINE,
)

item(
    "More than 1,000 died during hajj as temperatures soared, AFP tally shows",
    """Issued on: {{20/06/2024 - 15:45}} Modified: {{20/06/2024 - 18:02}}

    {{3 min}}

    Riyadh (AFP) – [[More than 1,000 people|killed;a=an AFP tally]] died during this year's
    hajj, more than half of them unregistered pilgrims who performed the rites in extreme
    heat, according to an AFP tally based on official statements and diplomats.

    An Arab diplomat told AFP that [[658|killed;a=An Arab diplomat]] of the dead were
    Egyptians, [[630|killed;a=An Arab diplomat]] of them unregistered. Jordan said
    [[99 of its citizens|killed;a=Jordan]] had died. In all, [[10 countries|other;u=other]] have
    reported deaths.

    Advertising

    Saudi authorities said they had treated [[more than 2,700 pilgrims|injured;a=Saudi
    authorities]] for heat exhaustion on Sunday alone, when temperatures reached
    {{51.8 degrees Celsius}} ({{125 Fahrenheit}}) at the Grand Mosque in Mecca.

    [[About 1.8 million pilgrims|other;a=Saudi officials]] took part this year, including
    [[1.6 million|other;a=Saudi officials]] from abroad, according to Saudi officials.

    Read more: Egypt revokes licences of {{16 travel agencies}} over hajj deaths""",
    LINE,
)

item(
    "Congo's mpox toll rises as first vaccines are promised",
    """KINSHASA, {{Aug 19}} (Reuters) - Congo has recorded
    [[more than 16,700 suspected mpox cases|other;a=the health ministry]] and
    [[570 deaths|killed;a=the health ministry]] since the start of the year, the health
    ministry said on Monday, and the outbreak has reached
    [[all 26 provinces|other;u=other;a=the health ministry]].

    Health Minister Roger Kamba said Congo expected to receive
    [[50,000 vaccine doses|aid;p;a=Health Minister Roger Kamba]] from the United States next
    week. Japan has pledged [[3 million doses|aid;p]] for children.

    Sign up here.

    The World Health Organization, which declared mpox a global health emergency last week,
    says [[more than 100 cases|other;a=The World Health Organization]] of the new clade Ib
    variant have been reported in [[four neighbouring countries|other;u=other;a=The World Health
    Organization]] that had not seen mpox before. Children {{under 15}} account for
    {{about 70%}} of cases in Congo.

    In South Kivu, Médecins Sans Frontières said [[45 patients|injured;a=Médecins Sans
    Frontières]] were crowded into a treatment centre with [[20 beds|capacity;u=other;
    a=Médecins Sans Frontières]].

    Reporting by Ange Kasongo; Writing by Sofia Christensen; Editing by Mark Heinrich""",
    FLAT,
)

item(
    "Six presumed dead after ship strikes Baltimore's Key Bridge",
    """Updated {{11:17 PM EDT, March 26, 2024}}

    BALTIMORE (AP) — [[Six people|missing;a=the Coast Guard]] missing after a cargo ship
    knocked down Baltimore's Key Bridge are presumed dead, the Coast Guard said Tuesday evening,
    ending the search and rescue operation.

    The six were part of a crew of [[eight workers|other]] filling potholes on the bridge when
    the ship lost power and slammed into a support column at about {{1:30 a.m.}}
    [[Two people|other]] were pulled from the water.

    The ship, the Dali, had [[22 crew members|other;a=Synergy Marine Group]] aboard, all of them
    Indian, and none was hurt, said Synergy Marine Group, which manages it. It was carrying
    [[nearly 4,700 containers|other]].

    {{Image 1 of 25}}

    [[About 30,000 vehicles a day|other]] crossed the {{1.6-mile}} bridge, which opened in
    {{1977}}. Governor Wes Moore said [[about 8,000 jobs|other;a=Governor Wes Moore]] depend
    directly on the port. It handled [[more than 847,000 vehicles|other]] last year, more
    than any other US port.""",
    LINE,
)

item(
    "Spain records its hottest June since records began",
    """Published: {{30 June 2025 08:42 CEST}}

    Updated: {{30 June 2025 11:15 CEST}}

    Spain has recorded its hottest June since records began in {{1961}}, with an average
    temperature of {{23.6C}}, {{3.5C}} above the norm, the state weather agency AEMET said on
    Monday.

    The town of El Granado, in Huelva province, reached {{46C}} on Saturday, a new national
    record for June. AEMET spokesman Rubén del Campo said the heat would ease from Thursday but
    warned that July could be even hotter.

    {{Two thirds}} of the country remained on orange or red alert on Monday, and authorities in
    Madrid opened public swimming pools {{two hours}} early.

    The heat comes {{two years}} after the summer of {{2023}}, until now the hottest on record.
    Reservoirs stand at {{72 percent}} of capacity, well above last year's level, thanks to a
    wet spring.

    Most read

    {{10 tips}} to keep your flat cool without air conditioning

    Share {{3.2K}}""",
    LINE,
)
