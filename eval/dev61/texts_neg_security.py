"""Negatives of eval/dev61: the military without violence, surrenders and peace (README.md)."""

NEGATIVES = [
    (
        "Cadets pass out from PMA Kakul",
        (
            "Cadets of the 150th PMA Long Course passed out from the Pakistan Military Academy, "
            "Kakul, on Saturday, with the Chief of Army Staff as the reviewing officer. "
            "Addressing the parade, he said the armed forces were fully prepared to respond to "
            "any misadventure. The Sword of Honour went to the battalion senior under officer, "
            "and cadets from friendly countries also passed out."
        ),
        "military",
    ),
    (
        "NADCEL: Army stages combat demonstration at Jaji",
        (
            "The Nigerian Army on Saturday staged a live combat demonstration at the Jaji "
            "military cantonment as part of activities marking the Nigerian Army Day Celebration. "
            "Troops simulated an assault on a terrorist enclave with artillery, armoured vehicles "
            "and helicopter gunships, and the mock terrorists were overrun within minutes. The "
            "Chief of Army Staff said the exercise showcased the readiness of the force, and "
            "thanked the communities of Kaduna for their support. Visiting defence attaches "
            "watched from the stands as special forces rappelled from helicopters and engineers "
            "cleared a simulated minefield. The celebration also featured a medical outreach in "
            "nearby villages and a football match between officers and soldiers."
        ),
        "military",
    ),
    (
        "Agni-Prime successfully flight-tested off Odisha coast",
        (
            "India on Wednesday successfully flight-tested the new-generation nuclear-capable "
            "ballistic missile Agni-Prime from Dr APJ Abdul Kalam Island off the Odisha coast, "
            "the Defence Ministry said. The missile met all its objectives, and radar and "
            "telemetry stations along the coast tracked its trajectory."
        ),
        "military",
    ),
    (
        "Rafale jets formally inducted into IAF at Ambala",
        (
            "The first batch of Rafale fighter jets was formally inducted into the Indian Air "
            "Force's 17 Squadron, the Golden Arrows, at Ambala on Thursday, with a traditional "
            "water cannon salute. The Defence Minister said the induction was a strong message to "
            "those who eye the country's territorial integrity."
        ),
        "military",
    ),
    (
        "AMAN exercise begins in Karachi with 50 navies",
        (
            "The multinational maritime exercise AMAN began in Karachi on Friday with ships, "
            "aircraft and special operations teams from around 50 countries, the Pakistan Navy "
            "said. The harbour phase includes seminars and demonstrations, while the sea phase "
            "will feature manoeuvres, gunnery firing and counter-piracy drills in the North "
            "Arabian Sea."
        ),
        "military",
    ),
    (
        "KDF recruitment exercise kicks off countrywide",
        (
            "The Kenya Defence Forces on Monday began its annual recruitment exercise at centres "
            "across all 47 counties, with thousands of young men and women turning up to be "
            "vetted. The Chief of Defence Forces warned the public against conmen promising slots "
            "in exchange for money. Shortlisted candidates will report to the Recruits Training "
            "School in Eldoret."
        ),
        "military",
    ),
    (
        "Thousands of aspirants throng Agniveer recruitment rally in Jhunjhunu",
        (
            "Thousands of young men from Jhunjhunu, Sikar and Churu districts thronged the "
            "Agniveer recruitment rally at the stadium in Jhunjhunu on Tuesday, officials said. "
            "The candidates underwent a physical fitness test, including a 1.6 km run, before "
            "medical examination. The district administration made arrangements for their stay in "
            "dharamshalas."
        ),
        "military",
    ),
    (
        "Republic Day parade showcases BrahMos, Pinaka, women contingents",
        (
            "The BrahMos missile system, Pinaka rocket launchers and the Nag missile system "
            "rolled down Kartavya Path in Delhi during the Republic Day parade on Sunday, as "
            "all-women contingents of the three services marched past the President. Fighter jets "
            "flew in formation over the capital in the fly-past that closed the parade."
        ),
        "military",
    ),
    (
        "Thousands of recruits graduate at Tolay military training centre",
        (
            "The Ethiopian National Defence Force graduated thousands of recruits who had "
            "completed basic military training at the Tolay training centre in Oromia on Sunday. "
            "The Chief of General Staff said the new members would strengthen the army's capacity "
            "to safeguard the constitutional order and the country's sovereignty."
        ),
        "military",
    ),
    (
        "Defence budget raised by 16pc to Rs2.1 trillion",
        (
            "The government on Wednesday proposed a 16 per cent increase in defence spending for "
            "the next fiscal year, raising the allocation to Rs2.1 trillion, budget documents "
            "showed. The finance minister told the National Assembly the increase was needed to "
            "maintain the readiness of the armed forces amid a rise in costs. Opposition members "
            "said the allocation for education had been cut."
        ),
        "military",
    ),
    (
        "Bangladesh Navy commissions two frigates at Chattogram",
        (
            "The Bangladesh Navy commissioned two frigates at a ceremony at the naval jetty in "
            "Chattogram on Thursday, with the Prime Minister as chief guest. She said the "
            "government was building a three-dimensional navy capable of protecting the country's "
            "maritime boundary and its blue economy."
        ),
        "military",
    ),
    (
        "Army holds integrated battle exercise in Rajasthan desert",
        (
            "Over 20,000 troops of the Army's Southern Command took part in a large-scale "
            "exercise in the deserts of Rajasthan, rehearsing integrated battle operations with "
            "tanks, drones and attack helicopters, the Defence Ministry said. An officer said the "
            "exercise validated the concept of multi-domain operations and the battle readiness "
            "of the formations."
        ),
        "military",
    ),
    (
        "Army chief reviews preparedness along LoC in Kupwara",
        (
            "The Army chief visited forward posts along the Line of Control in the Kupwara sector "
            "on Thursday and reviewed the operational preparedness and the counter-infiltration "
            "grid, officials said. He complimented the jawans for their high morale and "
            "professionalism in the face of harsh weather."
        ),
        "military",
    ),
    (
        "62 Maoists surrender in Dantewada under Lon Varratu campaign",
        (
            "Sixty-two Maoists, including eight carrying a cumulative bounty of Rs 17 lakh, "
            "surrendered before senior police and CRPF officials in Dantewada on Monday under the "
            "Lon Varratu (Return to Your Home) campaign, police said. They were given incentive "
            "cheques of Rs 25,000 each and will be provided skill training under the State's "
            "rehabilitation policy. Officials said the cadres had been disillusioned by the "
            "hollow ideology of the outfit and the exploitation of tribals by its leaders. Among "
            "those who surrendered were members of a platoon and a local guerrilla squad active "
            "in the Katekalyan area."
        ),
        "peace",
    ),
    (
        "Ex-militants receive stipends under Presidential Amnesty Programme",
        (
            "Over 3,000 ex-agitators enrolled in the Presidential Amnesty Programme received "
            "their outstanding stipends on Monday, the programme's interim administrator said in "
            "Yenagoa. She said 500 of them would be sent for vocational training in welding, "
            "fishery and maritime skills this year. Leaders of the former militants thanked the "
            "federal government and pledged to keep the peace in the creeks."
        ),
        "peace",
    ),
    (
        "120 repentant insurgents graduate from Operation Safe Corridor",
        (
            "One hundred and twenty repentant Boko Haram members graduated from the "
            "deradicalisation and rehabilitation programme of Operation Safe Corridor at Mallam "
            "Sidi camp in Gombe State on Thursday. The coordinator said they had received "
            "psycho-social support and vocational training and would be handed over to the Borno "
            "State Government for reintegration."
        ),
        "peace",
    ),
    (
        "Kurram grand jirga signs 14-point peace agreement",
        (
            "A grand jirga of elders from both sides signed a 14-point peace agreement in Kohat "
            "on Wednesday to end hostilities in Kurram district, officials said. Under the "
            "accord, both sides will surrender heavy weapons to the government within two weeks "
            "and private bunkers will be dismantled. The Thall-Parachinar road is to be reopened "
            "for traffic under security escort. The Chief Minister's adviser said the agreement "
            "was a victory for the elders and the people of Kurram, and thanked the Kohat "
            "commissioner and the corps commander for their efforts. The first convoy of food "
            "trucks is expected to leave for Parachinar by the weekend. A follow-up jirga will "
            "meet every month to review the implementation of the accord, and violators will be "
            "dealt with under the law."
        ),
        "peace",
    ),
    (
        "ULFA faction signs peace accord with Centre and Assam",
        (
            "The pro-talks faction of the United Liberation Front of Asom signed a tripartite "
            "memorandum of settlement with the Centre and the Assam government in New Delhi on "
            "Friday. The Home Minister said the outfit had agreed to renounce violence, disband "
            "its armed wing and vacate its designated camps, and that a development package would "
            "be provided for the State."
        ),
        "peace",
    ),
    (
        "Ethiopia, TPLF agree to permanent cessation of hostilities",
        (
            "The Ethiopian government and the Tigray People's Liberation Front signed an "
            "agreement in Pretoria on Wednesday for a permanent cessation of hostilities, the "
            "African Union mediator said. The two sides agreed on the disarmament of TPLF "
            "fighters, the restoration of services in Tigray and unhindered humanitarian access."
        ),
        "peace",
    ),
    (
        "DGMOs agree to strictly observe ceasefire along LoC",
        (
            "India and Pakistan on Thursday agreed to strictly observe all agreements on the "
            "ceasefire along the Line of Control and other sectors from midnight, a joint "
            "statement said. The Directors General of Military Operations held discussions over "
            "the established hotline mechanism. The statement said both sides would use the "
            "hotline and border flag meetings to resolve any misunderstanding."
        ),
        "peace",
    ),
    (
        "Plateau inaugurates peace committee for Bassa, Riyom",
        (
            "The Plateau State Government has inaugurated a 30-member peace committee of "
            "religious and community leaders to promote dialogue between farmers and herders in "
            "Bassa and Riyom LGAs. The governor said the committee would meet monthly and report "
            "early warning signs to the security agencies."
        ),
        "peace",
    ),
    (
        "Pakistan, Afghanistan agree on ceasefire at Doha talks",
        (
            "Pakistan and Afghanistan agreed to an immediate ceasefire at talks in Doha mediated "
            "by Qatar and Turkey, the Qatari foreign ministry said on Sunday. The defence "
            "ministers of the two countries will meet again in Istanbul to set up mechanisms to "
            "verify the truce. Traders on both sides welcomed the agreement and asked for the "
            "Torkham and Chaman crossings to be reopened."
        ),
        "peace",
    ),
    (
        "Former Al-Shabaab fighters complete rehabilitation at Serendi",
        (
            "Seventy former al-Shabaab fighters completed a rehabilitation programme at the "
            "Serendi centre in Mogadishu on Tuesday and were handed over to their clan elders, "
            "the Ministry of Internal Security said. The defectors had received religious "
            "counselling, literacy classes and training in tailoring and mechanics."
        ),
        "peace",
    ),
]
