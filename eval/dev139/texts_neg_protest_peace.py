"""dev139 hard negatives (5 of 7): protests that stay peaceful, and talks, ceasefires, swaps,
diplomatic visits and calls for restraint with no new violent event (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "'No Kings' rallies draw millions across US",
        'Recap: Organisers say about seven million people joined "No Kings" protests in more '
        "than 2,600 towns and cities across the US on Saturday, one of the largest days of "
        "demonstrations in the country's history. Police in New York, Chicago and Washington "
        'reported no protest-related arrests. Republican leaders had called the events "hate '
        'America" rallies. In Chicago, marchers filled Grant Park for most of the afternoon.',
        "protest",
    ),
    (
        "Italian unions stage general strike over Gaza flotilla",
        "Hundreds of thousands of people joined marches in Rome, Milan, Naples and Genoa as "
        "Italy's biggest unions held a general strike in solidarity with the Global Sumud "
        "Flotilla, whose boats were intercepted by Israel's navy. Dockers blocked access to "
        "the port of Genoa for several hours and trains were cancelled across the country. "
        "Police in Rome said the march passed off peacefully.",
        "protest",
    ),
    (
        "Tens of thousands rally in Tel Aviv for hostages' return",
        "Tens of thousands of people gathered in Hostages Square in Tel Aviv on Saturday "
        "night calling on the government to agree a deal to bring home the remaining "
        "hostages held in Gaza. Relatives of the captives addressed the crowd, and some "
        "protesters later briefly blocked the Ayalon highway before police cleared the road. "
        "Police said three people were detained.",
        "protest",
    ),
    (
        "Serbian students walk to Novi Sad for canopy collapse anniversary",
        "Thousands of students who walked for two days from Belgrade arrived in Novi Sad on "
        "Friday to join a silent commemoration for the 16 people killed when the railway "
        "station canopy collapsed a year ago. Residents lined the streets with food and "
        "water for the marchers. The gathering passed without incident, police said.",
        "protest",
    ),
    (
        "Hunger strikers in UK prisons reach day 50",
        "Supporters say five people held on remand over break-ins at defence sites have now "
        "refused food for 50 days, and two have been moved to hospital. Their lawyers have "
        "written to the justice secretary asking for a meeting. The Ministry of Justice said "
        "it was following established procedures for managing prisoners on hunger strike.",
        "protest",
    ),
    (
        "Lecturers' strike shuts public universities in Kenya",
        "Lecturers at Kenya's public universities have downed tools over unpaid salary "
        "arrears, leaving thousands of students idle. The Universities Academic Staff Union "
        "said the strike would continue until the government released the Sh7.9 billion "
        "agreed in 2024. Students held a peaceful procession to the Ministry of Education on "
        "Tuesday.",
        "protest",
    ),
    (
        "Climate protesters paddle into Newcastle shipping channel",
        "Hundreds of kayakers paddled into the Port of Newcastle's shipping channel on "
        "Sunday to protest against coal exports, forcing ships to wait outside the harbour. "
        "Police said 14 people who stayed in the water after the protest permit expired were "
        "charged. Organisers said the blockade had been peaceful from start to finish.",
        "protest",
    ),
    (
        "Tbilisi protesters mark 300th night on Rustaveli Avenue",
        "Several thousand people marched along Rustaveli Avenue on Wednesday evening, the "
        "300th consecutive night of protests against the Georgian Dream government. "
        "Demonstrators waved EU and Georgian flags and blew whistles outside parliament, and "
        "the evening ended without incident. Many of those arrested in earlier protests "
        "remain in custody.",
        "protest",
    ),
    (
        "Farmers' tractor march reaches Shambhu border",
        "Hundreds of tractors carrying farmers from Punjab lined up at the Shambhu border on "
        "Tuesday as unions renewed their demand for a legal guarantee on minimum support "
        "prices. Haryana Police have placed barricades and concrete blocks on the highway. "
        "Farm leaders said they would hold an indefinite dharna until the Centre invited "
        "them for talks.",
        "protest",
    ),
    (
        "Thousands of nurses walk off the job in New Zealand",
        "More than 36,000 nurses and healthcare workers across New Zealand walked off the "
        "job for 24 hours on Thursday in a dispute over pay and staffing. Picket lines "
        "formed outside hospitals in Auckland, Wellington and Christchurch, and Health New "
        "Zealand said emergency departments were running with minimal staff.",
        "protest",
    ),
    (
        "Pro-Palestinian march in London passes off with few arrests",
        "Tens of thousands of people marched from Russell Square to Whitehall on Saturday "
        "calling for an end to arms sales to Israel. The Metropolitan Police said six people "
        "were arrested, four of them for placards it said supported a proscribed "
        "organisation.",
        "protest",
    ),
    (
        "Gaza ceasefire takes effect at noon, Israeli military says",
        "12:05: The ceasefire in Gaza came into effect at 12:00 local time, the Israeli "
        "military says, and troops have begun pulling back to agreed lines. Under the first "
        "phase of the plan, Hamas has 72 hours to release the 20 living hostages in exchange "
        "for nearly 2,000 Palestinian prisoners and detainees. Crowds of people have started "
        "walking north along the coastal road towards Gaza City.",
        "peace",
    ),
    (
        "Thailand and Cambodia sign ceasefire deal in Kuala Lumpur",
        "Thailand and Cambodia have signed an expanded ceasefire agreement in Kuala Lumpur, "
        "witnessed by Malaysia's prime minister and US President Donald Trump. The deal "
        "provides for the withdrawal of heavy weapons from the border and the release of 18 "
        "Cambodian soldiers held by Thailand. Both sides also agreed to clear landmines "
        "along the frontier.",
        "peace",
    ),
    (
        "DR Congo and Rwanda foreign ministers sign deal at State Department",
        "The foreign ministers of Congo and Rwanda have signed a peace agreement at the "
        "State Department, committing to end support for armed groups and to set up a joint "
        'security mechanism. The US secretary of state called it "an important moment after '
        '30 years of war". Critics say the deal does not deal with the M23 rebels directly.',
        "peace",
    ),
    (
        "Russia and Ukraine swap 390 prisoners each in first stage of exchange",
        "Update: Russia and Ukraine have each released 390 prisoners, soldiers and "
        "civilians, in the first stage of the largest swap of the war, agreed at talks in "
        "Istanbul, both sides say. Buses carrying the freed Ukrainians arrived in Chernihiv "
        "region to cheers from relatives holding photographs of the missing. Further "
        "exchanges are expected over the weekend. Ukraine's coordination headquarters said "
        "seven of the freed soldiers had been held since 2022.",
        "peace",
    ),
    (
        "Aliyev and Pashinyan initial Karabakh peace text in Washington",
        "The leaders of Armenia and Azerbaijan have initialled a peace agreement at the "
        "White House, ending decades of conflict over Nagorno-Karabakh. The deal includes a "
        "US-backed transit route through southern Armenia, to be named the Trump Route for "
        "International Peace and Prosperity. Both leaders said they would nominate Trump for "
        "the Nobel Peace Prize. Russia and Iran have criticised the transit route.",
        "peace",
    ),
    (
        "Zelensky and European leaders meet Trump at the White House",
        "18:02 BST: Volodymyr Zelensky arrived at the White House accompanied by seven "
        "European leaders for talks with Donald Trump on security guarantees for Ukraine. "
        "The meeting comes days after Trump's summit with Vladimir Putin in Alaska, and "
        'Trump told reporters he hoped to arrange a three-way meeting "very soon".',
        "peace",
    ),
    (
        "Starmer in Kyiv as air raid alert sounds",
        "Keir Starmer has arrived in Kyiv on an unannounced visit and is meeting Volodymyr "
        "Zelensky at the presidential office. An air raid alert sounded across the capital "
        "shortly after he arrived, but no explosions have been reported in the city. The two "
        "leaders are expected to sign a 100-year partnership agreement.",
        "peace",
    ),
    (
        "India and Pakistan agree to stop all firing, says foreign secretary",
        "Breaking: Foreign Secretary Vikram Misri said the directors general of military "
        "operations of India and Pakistan had agreed in a phone call to stop all firing and "
        "military action on land, in the air and at sea from 5pm. The two DGMOs will speak "
        "again on Monday. Pakistan's foreign minister has confirmed the agreement.",
        "peace",
    ),
    (
        "Security Council extends UNIFIL mandate for a final time",
        "Latest: The UN Security Council has voted unanimously to extend the mandate of the "
        "peacekeeping force in southern Lebanon for a final 16 months, after which its "
        "10,000 troops will withdraw within a year. The United States and Israel had pushed "
        "for the mission to end. Lebanon's government said it would work to deploy more of "
        "its own soldiers in the south.",
        "peace",
    ),
    (
        "China urges 'calm and restraint' as Pakistan-Afghanistan talks open in Doha",
        "China's foreign ministry has called on Pakistan and Afghanistan to \"exercise calm "
        'and restraint" as delegations from the two countries met in Doha for talks mediated '
        "by Qatar and Turkey. Beijing said it was willing to play a constructive role. The "
        "talks are expected to focus on militant groups operating from Afghan territory.",
        "peace",
    ),
    (
        "Pasto: Comuneros del Sur agree to hand over weapons for destruction",
        "The Colombian government and the Comuneros del Sur armed group have signed an "
        "agreement in Pasto under which the group's fighters will hand over weapons for "
        "destruction and begin moving into civilian life. It is the first concrete "
        'disarmament deal of the "total peace" policy. The UN verification mission will '
        "oversee the process.",
        "peace",
    ),
    (
        "Pope Leo prays at Beirut port blast site and calls for peace",
        "Pope Leo XIV prayed in silence at the site of the 2020 Beirut port explosion on the "
        "last day of his visit to Lebanon and called on the region's leaders to choose \"the "
        'path of dialogue". Thousands of people waved Vatican and Lebanese flags along the '
        "road from the airport. He later celebrated an open-air mass for about 150,000 "
        "people on the waterfront.",
        "peace",
    ),
]
