"""dev255 negatives: designations, threat levels, laws, terror financing, drills and
procurement (title, text, kind code)."""

NEGATIVES = [
    (
        "US designates Haiti's Viv Ansanm gang alliance a foreign terrorist organisation",
        "The State Department designated Haiti's two most powerful gang coalitions, Viv "
        "Ansanm and Gran Grif, as foreign terrorist organisations on Friday, a move that "
        "makes it a crime for anyone in the United States to give them material support. "
        'Secretary of State Marco Rubio said the gangs were the "principal threat" to '
        "Haiti's security and stability. The decision could complicate the work of aid "
        "groups and businesses that have to negotiate passage through gang-held areas of "
        "Port-au-Prince, humanitarian officials warned. Haiti's transitional council "
        "welcomed the designation. Legal experts said it was unusual for the terrorism "
        "list to be applied to criminal groups without an ideological agenda, following "
        "similar designations of Mexican cartels earlier in the year. The Treasury is "
        "expected to add the groups' leaders to its sanctions list. Aid officials said "
        "they would seek licences to continue their work.",
        "politics",
    ),
    (
        "Britain proscribes Palestine Action under terrorism laws after MPs' vote",
        "The direct action group Palestine Action became a proscribed organisation in "
        "Britain at midnight on Friday, making membership of or support for the group a "
        "criminal offence punishable by up to 14 years in prison. MPs voted by 385 to 26 "
        "to approve the order on Wednesday, and peers approved it the following day. The "
        "home secretary said the group had carried out a campaign of criminal damage, "
        "including a break-in at an RAF base in which two aircraft were sprayed with "
        "paint. Critics, including several hundred lawyers, artists and United Nations "
        "experts, said proscription stretched the definition of terrorism. The group's "
        "co-founder lost a last-minute legal challenge at the Court of Appeal. Police "
        "warned that people showing support for the group at demonstrations could be "
        "arrested. The group said before the ban took effect that it would keep "
        "challenging the decision.",
        "politics",
    ),
    (
        "Threat level raised to severe after string of plots, MI5 says",
        "The UK's terrorism threat level was raised from substantial to severe on Monday, "
        "meaning an attack is now considered highly likely, the Home Office said. The "
        "decision was taken by the Joint Terrorism Analysis Centre, which operates "
        "independently of ministers, and was not prompted by a single piece of "
        "intelligence. Officials cited the growing number of plots disrupted this year and "
        "the number of teenagers being drawn into extremism online. The home secretary "
        "said people should go about their lives as normal but remain vigilant. Police "
        "said there would be a more visible armed presence at railway stations and major "
        "events in the coming weeks. The level was last set at severe in late 2021, and at "
        "critical, the highest, briefly in 2017. Officials said more than 40 late-stage "
        "plots had been disrupted since 2017. The threat level for Northern "
        "Ireland-related terrorism is set separately.",
        "politics",
    ),
    (
        "Australian parliament passes law to hold convicted terrorists after sentence ends",
        "Australia's parliament on Thursday passed laws allowing courts to keep people "
        "convicted of terrorism offences in detention after their sentences have ended if "
        "they are judged to pose an unacceptable risk to the community. The "
        "attorney-general said the continuing detention orders would apply only in rare "
        "cases and be reviewed every year. The Law Council of Australia said the powers "
        "undermined the principle that punishment ends with the sentence. Under the law, "
        "the government will also be able to impose extended supervision orders, including "
        "electronic monitoring and curfews. About 50 people convicted of terrorism "
        "offences are due for release over the next decade. The bill passed with the "
        "support of the opposition after amendments. Civil liberties groups said they "
        "would watch closely how the courts used the new powers.",
        "politics",
    ),
    (
        "Pakistan's cabinet bans PTM under anti-terrorism act, party says it will challenge",
        "Pakistan's federal government has banned the Pashtun Tahafuz Movement under the "
        "Anti-Terrorism Act, saying the rights movement's activities were a threat to "
        "peace and security, the interior ministry said in a notification on Sunday. The "
        "decision came days before the group was due to hold a jirga in Khyber district. "
        "Leaders of the movement, which campaigns against extrajudicial killings and "
        "enforced disappearances of Pashtuns, called the ban unconstitutional and said "
        "they would challenge it in the Peshawar High Court. Human rights groups and "
        "several opposition parties criticised the move. The provincial government of "
        "Khyber Pakhtunkhwa said it had not been consulted. Television stations were told "
        "not to cover the movement's statements. The movement's leader said the ban would "
        "not stop its peaceful campaign.",
        "politics",
    ),
    (
        "Review of Prevent finds failures in handling far-right referrals",
        "An independent review of Prevent, the British government's counter-radicalisation "
        "programme, has found that it focused too heavily on far-right and mixed-ideology "
        "cases while failing to deal with the larger threat of Islamist extremism, and "
        "that staff were unsure about what counted as a concern. The review, led by "
        "William Shawcross, made 34 recommendations, which the home secretary accepted in "
        "full. More than 6,800 people were referred to Prevent last year, a record, many "
        "of them under 18. Muslim groups that had boycotted the review called it biased, "
        "while several Prevent practitioners said the programme had saved lives. The "
        "findings will be debated in parliament next month. The government has also "
        "appointed an independent commissioner to oversee the programme. Teachers' unions "
        "asked for more training.",
        "politics",
    ),
    (
        "EU adds Hamas leaders and Iranian IRGC-linked figures to terror list",
        "European Union foreign ministers on Monday added six individuals to the bloc's "
        "terrorist list, freezing their assets and banning them from travelling to the EU, "
        "including senior figures in the armed wing of Hamas and people accused of "
        "financing it. The EU's foreign policy chief said the bloc would keep working on "
        "designating Iran's Revolutionary Guards, a step that requires a national court "
        "decision in a member state first. Germany and the Netherlands pushed for the "
        "listings, while Spain and Ireland asked for the decisions to be paired with "
        "humanitarian measures. Officials said the list now includes 13 individuals and 21 "
        "groups. The listings will be reviewed in six months. The decisions were taken "
        "unanimously. Hamas, whose armed wing is already on the list, said the move was "
        "politically motivated.",
        "politics",
    ),
    (
        "Indonesia's new anti-terror bill gives army a role, alarming rights groups",
        "Indonesia's parliament began debating a bill on Tuesday that would give the armed "
        "forces a formal role in counter-terrorism, a field that since the fall of Suharto "
        "has been led by the police and its Densus 88 unit. Supporters said the military's "
        "intelligence network and special forces would help tackle the threat from "
        "networks such as Jemaah Ansharut Daulah. Rights groups said the bill's definition "
        "of terrorism was vague enough to cover protests and that soldiers were not "
        "accountable to civilian courts. The defence minister said the army would act only "
        "at the request of the president. A vote is expected before the end of the "
        "session. The country has not suffered a major attack since 2021. Police officials "
        "have said they were not consulted on the draft.",
        "politics",
    ),
    (
        "FATF removes Nigeria from grey list after terror-financing reforms",
        "The Financial Action Task Force removed Nigeria, South Africa and Mozambique from "
        "its list of jurisdictions under increased monitoring on Friday, saying they had "
        "fixed weaknesses in their systems to combat money laundering and terrorist "
        "financing. Nigeria had been on the so-called grey list since 2023, which bankers "
        "said raised the cost of transfers and trade finance. The central bank governor "
        "said the decision would boost investor confidence and cut the cost of "
        "remittances. Nigeria prosecuted several suspected financiers of Boko Haram and "
        "tightened rules on bureau de change operators as part of the reforms. The naira "
        "firmed slightly on the news. The watchdog still lists 21 countries, including "
        "Syria and Yemen. Analysts said the challenge now was to keep the reforms going.",
        "economy",
    ),
    (
        "Insurers say terrorism cover premiums fall as threat shifts to lone actors",
        "Premiums for terrorism insurance for commercial property in Europe fell by about "
        "8% last year, as insurers concluded that the main threat had shifted from large, "
        "organised attacks to lone actors with knives or vehicles, whose attacks rarely "
        "cause significant property damage, a broker's report said. Demand for policies "
        'covering business interruption and "loss of attraction", when customers stay '
        "away after an attack, continued to rise, particularly among hotels and stadiums. "
        "Pool Re, the British government-backed reinsurer, has built up a fund of more "
        "than £6 billion. Analysts warned that cyber attacks by state-backed groups "
        "blurred the line between terrorism and war exclusions. Prices in the Middle East "
        "and Africa were stable, the report found. Brokers said they expected rates to "
        "stay flat next year.",
        "economy",
    ),
    (
        "US Treasury sanctions Somali money-transfer network it says funds al-Shabaab",
        "The US Treasury on Tuesday imposed sanctions on eight people and four companies "
        "in Somalia, the United Arab Emirates and Cyprus that it said helped al-Shabaab "
        "move money raised through extortion and taxes on farmers and traders. The Office "
        "of Foreign Assets Control said the network had channelled millions of dollars "
        "through hawala operators and front companies. Officials estimate the group raises "
        "more than $100 million a year in the areas it controls and in government-held "
        "towns. Somalia's finance ministry said it would work with banks to freeze any "
        "accounts. The sanctions freeze any US assets and bar Americans from dealing with "
        "those named. Remittance firms said legitimate customers should not be affected. "
        "It is the fourth round of sanctions against al-Shabaab financiers this year.",
        "economy",
    ),
    (
        "Police and army stage mock hostage siege at Bangkok shopping mall",
        "Thai police, soldiers and emergency services staged a large-scale "
        "counter-terrorism exercise at a shopping mall in central Bangkok on Sunday, "
        "simulating a siege in which gunmen took shoppers hostage. Shoppers had been "
        "warned in advance, and the mall opened late. Police commandos abseiled from the "
        "roof, and blank rounds were fired as volunteers playing hostages were led out to "
        "waiting ambulances. Officials said the drill tested communications between "
        "agencies after criticism of the response to a mass shooting at another mall in "
        "2023. About 600 personnel took part. The national police chief said similar "
        "drills would be held in Phuket and Chiang Mai before the high tourist season. "
        "Shoppers were asked to stay away from the lower floors for the afternoon. The "
        "exercise ended on schedule.",
        "military",
    ),
    (
        "Metro drill in Delhi simulates chemical attack ahead of summit",
        "The Delhi Metro, the National Security Guard and the Delhi Fire Service held a "
        "mock drill at Rajiv Chowk station on Wednesday night, simulating a chemical "
        "attack on a crowded train ahead of an international summit in the capital next "
        "month. Trains were stopped for an hour, and about 200 volunteers were evacuated "
        "and taken through decontamination tents set up outside. Officials said the "
        "exercise also tested a new system to alert hospitals. An NSG commander said the "
        "agencies had identified gaps in radio coverage underground. The metro said "
        "regular services resumed at 11.15pm. Passengers had been warned through "
        "announcements and social media. The exercise will be repeated at Kashmere Gate "
        "and at the airport. A similar drill last year found that some staff did not know "
        "where to take passengers.",
        "military",
    ),
    (
        "Nigeria takes delivery of attack helicopters for war on insurgents",
        "Nigeria's air force received the first two of 12 AH-1Z attack helicopters bought "
        "from the United States in a deal worth almost $1 billion, the defence ministry "
        "said on Thursday. The aircraft arrived at the air force base in Makurdi, where "
        "pilots and ground crew will train before they are sent to the north-east. The air "
        "chief said the helicopters would strengthen the fight against Boko Haram and "
        "bandits. US lawmakers had held up the sale for months over concerns about "
        "civilian casualties in past operations, and the deal includes training on the "
        "laws of armed conflict. The remaining aircraft are due by the end of next year. "
        "Pilots trained for several months in the United States before the handover. The "
        "air force also plans to buy more surveillance drones this year.",
        "military",
    ),
    (
        "French army scales back Sentinelle patrols as budget pressure mounts",
        "France will cut the number of soldiers deployed on its streets under Operation "
        "Sentinelle from 7,000 to 3,000 over the next year, with a reserve of 7,000 ready "
        "to be called up if the threat level rises, the armed forces ministry said on "
        "Monday. The operation was launched after the January 2015 attacks on Charlie "
        "Hebdo and a kosher supermarket, and at its peak involved 10,000 troops guarding "
        "schools, synagogues and railway stations. Military chiefs have long complained "
        "that it took soldiers away from training. Police unions said they feared being "
        "asked to fill the gaps. The ministry said the savings would help pay for the new "
        "military programming law. Soldiers will still be deployed for big events such as "
        "the Tour de France and New Year celebrations. A parliamentary report last year "
        "questioned whether the patrols deterred attacks.",
        "military",
    ),
]
