"""dev43 negatives: sport, accidents, disasters, history, culture, the military, health and other news.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    (
        "Liga MX bans away fans after Querétaro stadium brawl",
        "Liga MX banned away fans from all stadiums for six months after supporters of Querétaro and Atlas fought in the stands and on the pitch, leaving 26 people injured. Querétaro was fined and will play behind closed doors for a year.",
        "sport",
    ),
    (
        "Millonarios striker's double sinks Nacional in El Campín battle",
        "Millonarios striker Santiago Ruiz scored twice in the second half as the Bogotá side came from behind to beat Atlético Nacional 3-2 in a fierce battle at El Campín.",
        "sport",
    ),
    (
        "Super Eagles' defence under siege but hold on in Bloemfontein",
        "Nigeria's defence was under siege for most of the second half but held on for a 1-0 win over South Africa in Bloemfontein, keeping their World Cup qualifying hopes alive.",
        "sport",
    ),
    (
        "Kenyan runners attack early to sweep Chicago podium",
        "Kenyan runners attacked from the 30-kilometre mark and swept the podium at the Chicago Marathon, and the winner killed off the race with a burst between the 35th and 40th kilometres. It was Kenya's first clean sweep in Chicago since 2013.",
        "sport",
    ),
    (
        "Bumrah's hostile spell destroys Pakistan's top order",
        "Jasprit Bumrah ripped through Pakistan's top order with three wickets in his first spell, and India's attack bowled them out for 119 in Dubai. 'We were under siege from the first over,' Pakistan's captain said.",
        "sport",
    ),
    (
        "Red Star and Partizan fans fight police before Belgrade derby",
        "Red Star and Partizan supporters threw flares at each other and at police before the Belgrade derby, and officers used batons to separate them; 12 police officers were injured and 40 fans arrested. The match started 20 minutes late.",
        "sport",
    ),
    (
        "Tanker explosion in Jigawa kills 147 people collecting fuel",
        "A petrol tanker that overturned on a highway in Majiya, Jigawa State, exploded as residents scooped up leaking fuel, killing at least 147 people, police said. Dozens of burned victims were taken to hospitals in Hadejia and Kano.",
        "accident",
    ),
    (
        "Stampede at Hathras religious gathering kills 121",
        "A stampede at a religious gathering in Hathras, Uttar Pradesh, killed 121 people, most of them women, as crowds rushed towards the preacher after the sermon, officials said. Police said the organisers had expected 80,000 people but more than 250,000 came.",
        "accident",
    ),
    (
        "Fire at Gazipur garment factory kills 16 workers",
        "A fire broke out in a chemical store at a garment factory in Gazipur on Tuesday and spread to the upper floors, killing 16 workers, fire service officials said. The exits on two floors were locked. The owner was arrested on Wednesday.",
        "accident",
    ),
    (
        "Explosion at Tultepec fireworks market kills nine",
        "An explosion tore through a fireworks market in Tultepec, State of Mexico, killing nine people and injuring 30, and firefighters worked through the night to stop the fire spreading to nearby homes. The town produces most of the fireworks sold in the country.",
        "accident",
    ),
    (
        "Guatemala City bus plunges off bridge, killing 55",
        "A bus carrying commuters into Guatemala City crashed through the rail of a bridge and fell 20 metres into a ravine on Monday, killing 55 people, firefighters said. The president declared three days of national mourning.",
        "accident",
    ),
    (
        "More than 400,000 evacuated in Bicol as typhoon nears; army sends trucks",
        "More than 400,000 people moved to evacuation centres in the Bicol region before the typhoon made landfall, and the army sent trucks and rubber boats to reach flooded villages, the disaster agency said.",
        "disaster",
    ),
    (
        "Floods in Sindh leave 300,000 homeless",
        "Floods in Sindh province have left about 300,000 people homeless, and many are camped on raised roads with their livestock, the provincial disaster authority said. Troops have been deployed to help with evacuations around Dadu.",
        "disaster",
    ),
    (
        "Hurricane tears roofs off thousands of homes in western Jamaica",
        "A hurricane tore roofs off thousands of homes in western Jamaica, and 25,000 people spent the night in shelters, the government said. Soldiers and police cleared roads to reach cut-off communities in St Elizabeth.",
        "disaster",
    ),
    (
        "Mai Mahiu flash flood kills 45 in Kenya's Nakuru county",
        "A flash flood swept through a village near Mai Mahiu in Nakuru county before dawn, killing at least 45 people and washing away houses and cars, the interior ministry said. Hundreds of families are staying in a church and a school.",
        "disaster",
    ),
    (
        "Fire destroys 2,000 shelters in Cox's Bazar Rohingya camp",
        "A fire swept through a Rohingya refugee camp in Cox's Bazar on Sunday, destroying about 2,000 bamboo shelters and leaving 12,000 people without a home, officials said. The cause was being investigated.",
        "disaster",
    ),
    (
        "Srebrenica marks 30 years with burial of seven victims",
        "Tens of thousands of people gathered at the Potočari memorial centre to mark 30 years since the Srebrenica genocide, and the remains of seven victims identified this year were buried. Many had arrived after a three-day peace march through the forests.",
        "history",
    ),
    (
        "Bangladesh marks anniversary of July uprising",
        "Bangladesh marked the first anniversary of the July uprising with a rally in Dhaka and the unveiling of a memorial to the students shot by police during the protests. The interim leader said their sacrifice would not be forgotten.",
        "history",
    ),
    (
        "Rwanda begins week of mourning for genocide victims",
        "Rwanda began a week of mourning on Monday to mark 31 years since the genocide against the Tutsi, with the president lighting a flame of remembrance at the Kigali Genocide Memorial.",
        "history",
    ),
    (
        "Mau Mau museum opens in Nyeri",
        "A museum on the Mau Mau uprising against British rule opened in Nyeri, displaying weapons, letters and photographs from the detention camps of the 1950s. Former fighters and their children attended the opening. The building was once a colonial district office. Entry is free for schoolchildren.",
        "history",
    ),
    (
        "Series on Culiacán cartel war tops Mexican streaming charts",
        "A drama series about a cartel war in Culiacán, filmed partly in the city, topped the streaming charts in Mexico in its first week, and Sinaloa's governor criticised it for glorifying hitmen.",
        "entertainment",
    ),
    (
        "Nollywood drama about kidnapped schoolgirl opens in Lagos",
        "A Nollywood drama about a schoolgirl kidnapped by bandits in Zamfara opened in Lagos cinemas on Friday, and its director said he had interviewed survivors while writing the script.",
        "entertainment",
    ),
    (
        "Bollywood spy thriller tops box office with explosive stunts",
        "A Bollywood spy thriller packed with car chases, gun battles and exploding helicopters took 52 crore rupees in its opening weekend, the best start of the year. Critics were less impressed.",
        "entertainment",
    ),
    (
        "Ecuador receives helicopters and armoured vehicles from US",
        "Ecuador's armed forces received six helicopters and 20 armoured vehicles from the United States at a ceremony in Manta, and the defence minister said they would strengthen patrols on the coast.",
        "military",
    ),
    (
        "Kenyan police contingent completes training before Haiti deployment",
        "A contingent of 200 Kenyan police officers completed six weeks of training at Embakasi before deploying to the multinational security mission in Haiti, and the interior minister told them they faced 'a tough assignment'.",
        "military",
    ),
    (
        "Balikatan exercises begin with 14,000 troops",
        "Philippine and US forces began their annual Balikatan exercises with 14,000 troops, including a live-fire drill that will sink a decommissioned ship off Zambales.",
        "military",
    ),
    (
        "Kenya launches cholera vaccination drive in Nairobi settlements",
        "Kenya's health ministry began vaccinating 1.5 million people against cholera in Nairobi's informal settlements after 300 cases were recorded in Mathare and Kibra, officials said. Chlorine tablets are also being handed out.",
        "health",
    ),
    (
        "Dengue deaths in Bangladesh pass 300",
        "Dengue has killed more than 300 people in Bangladesh this year, the health directorate said, and hospitals in Dhaka have opened extra wards for patients. The directorate urged people to clear standing water around their homes.",
        "health",
    ),
    (
        "Nigeria Police Academy passes out 10,000 recruits",
        "The Nigeria Police Force passed out 10,000 constables at training schools across the country on Saturday, and the inspector-general told them to treat citizens with respect and refuse bribes.",
        "other",
    ),
    (
        "Mexican state police complete human rights course under EU programme",
        "About 600 state police officers in Chihuahua completed a course on human rights, the use of force and the care of crime victims run with an EU-funded programme, the state government said.",
        "other",
    ),
    (
        "Former Rohingya refugee graduates as a doctor in Canada",
        "A woman who fled Myanmar as a child and grew up in the camps of Cox's Bazar graduated as a doctor from a Canadian university this week, and said she hoped to work in refugee health.",
        "other",
    ),
    (
        "Ghana's new president sworn in at Independence Square",
        "Ghana's new president was sworn in at Independence Square in Accra before heads of state from across the region, a month after winning the election by a wide margin. He promised to cut the number of ministries and to revive the cocoa sector.",
        "other",
    ),
    (
        "Kazakhstan's first Earth observation satellite of the year reaches orbit",
        "A Kazakh Earth observation satellite built with a French company reached orbit on a rocket launched from California, the country's space agency said. It will monitor crops and water use.",
        "other",
    ),
]
