"""dev35 negatives: peace and diplomacy, history, the military without fighting, peaceful protest. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Colombia and ELN resume talks in Caracas",
        "Negotiators for Colombia's government and the ELN guerrillas resumed peace talks in Caracas on Monday after a three-month pause, with a bilateral ceasefire extension at the top of the agenda, the government's delegation said.",
        "peace",
    ),
    (
        "Congo and M23 sign declaration of principles in Doha",
        "Congo's government and the M23 rebels signed a declaration of principles in Doha, committing to a permanent ceasefire and to talks on the return of state authority to areas the group controls, Qatar's foreign ministry said.",
        "peace",
    ),
    (
        "Sudan's warring parties invited to new round of talks",
        "The United States and Saudi Arabia invited Sudan's army and the Rapid Support Forces to a new round of talks in Jeddah on a humanitarian truce, diplomats said. Neither side has yet confirmed attendance.",
        "peace",
    ),
    (
        "Former Tigrayan fighters hand in weapons under disarmament plan",
        "About 3,000 former fighters handed in rifles and were registered for reintegration at a ceremony in Mekelle, Ethiopia's disarmament commission said, under the peace deal that ended the war in Tigray.",
        "peace",
    ),
    (
        "Hostages and prisoners freed as Gaza truce enters second week",
        "Three Israeli hostages were handed over to the Red Cross in Gaza and 90 Palestinian prisoners were released from Israeli jails on Sunday under the ceasefire agreement, as the truce held for a second week.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan finish marking first stretch of border",
        "Armenian and Azerbaijani commissions completed the demarcation of a 12-kilometre stretch of their border near the village of Voskepar, the first since the two countries agreed to start the process, officials said.",
        "peace",
    ),
    (
        "Russia and Ukraine swap 150 prisoners of war each",
        "Russia and Ukraine exchanged 150 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, both sides said. Ukraine's president published pictures of the returning soldiers wrapped in flags.",
        "peace",
    ),
    (
        "Former Moro rebels decommission weapons in Maguindanao",
        "More than 1,000 former fighters of the Moro Islamic Liberation Front handed over weapons in Maguindanao, completing another stage of the decommissioning agreed under the Bangsamoro peace deal, the Philippine government said.",
        "peace",
    ),
    (
        "UN Security Council renews peacekeeping mission in Central African Republic",
        "The UN Security Council voted unanimously to renew the mandate of its peacekeeping mission in the Central African Republic for another year, keeping its troop ceiling at about 14,400.",
        "peace",
    ),
    (
        "Yemen's government and Houthis agree on prisoner exchange lists",
        "Yemen's government and the Houthis agreed in Muscat on the names of more than 800 detainees to be released in an exchange organised by the ICRC, the UN envoy's office said.",
        "peace",
    ),
    (
        "ASEAN observers deployed along Thai-Cambodian border",
        "A team of ASEAN military observers began monitoring the ceasefire along the Thai-Cambodian border on Tuesday, visiting positions on both sides near the Ta Muen Thom temple, Malaysia's foreign ministry said.",
        "peace",
    ),
    (
        "South Sudan's leaders extend transitional period by two years",
        "South Sudan's parties to the 2018 peace agreement agreed to extend the transitional period by two years and postpone elections, citing unfinished work on a constitution and a unified army.",
        "peace",
    ),
    (
        "Indian and Pakistani military commanders speak on hotline",
        "The directors general of military operations of India and Pakistan spoke on their hotline and agreed to keep observing the ceasefire along the Line of Control, India's army said.",
        "peace",
    ),
    (
        "Rwanda marks 31 years since genocide against the Tutsi",
        "Rwandans began a week of mourning with a ceremony at the Kigali Genocide Memorial, where President Paul Kagame lit a flame of remembrance for the victims of the 1994 genocide.",
        "history",
    ),
    (
        "Bangladesh honours 1971 martyrs on Victory Day",
        "Thousands of people laid flowers at the national memorial in Savar on Victory Day, marking the end of the 1971 war of independence, and the armed forces held a parade in Dhaka.",
        "history",
    ),
    (
        "Armenians march to genocide memorial in Yerevan",
        "Tens of thousands of Armenians walked to the Tsitsernakaberd memorial in Yerevan with flowers and candles to remember the victims of the 1915 massacres in the Ottoman Empire.",
        "history",
    ),
    (
        "Chile commemorates coup anniversary at La Moneda",
        "Chile's president led a ceremony at La Moneda palace marking the anniversary of the 1973 coup, and relatives of people who disappeared under the dictatorship read their names aloud.",
        "history",
    ),
    (
        "Vietnam marks 50 years since fall of Saigon with parade",
        "Vietnam held a parade in Ho Chi Minh City to mark 50 years since the fall of Saigon and the end of the Vietnam War, with troops, veterans and floats passing crowds along Le Duan Boulevard.",
        "history",
    ),
    (
        "Khmer Rouge prison museum adds new survivor testimonies",
        "The Tuol Sleng genocide museum in Phnom Penh opened a new room of video testimonies by survivors of the prison, where thousands were tortured and killed under the Khmer Rouge.",
        "history",
    ),
    (
        "Laos clears record number of cluster bombs in Xieng Khouang",
        "Teams in Laos cleared more than 20,000 unexploded cluster bombs from farmland in Xieng Khouang province last year, left from the American bombing of the 1960s and 1970s, the national clearance authority said.",
        "history",
    ),
    (
        "Lebanese recall start of civil war 50 years on",
        "Lebanese held exhibitions and debates in Beirut to mark 50 years since the start of the civil war in April 1975, with calls for an official record of the thousands who went missing.",
        "history",
    ),
    (
        "India test-fires long-range missile from Odisha coast",
        "India's defence research agency test-fired a long-range hypersonic missile from an island off the Odisha coast, and said it hit its target in the Bay of Bengal.",
        "military",
    ),
    (
        "Pakistan to buy Chinese stealth fighters",
        "Pakistan's air force will buy 40 Chinese J-35 stealth fighters under a deal to be signed this year, defence officials said, making it the first foreign buyer of the jet.",
        "military",
    ),
    (
        "US and Philippine troops begin Balikatan exercises",
        "Thousands of American and Philippine troops began the annual Balikatan exercises, which this year include live-fire drills to sink a decommissioned ship off Zambales in the South China Sea.",
        "military",
    ),
    (
        "Indonesia commissions first locally built submarine",
        "Indonesia's navy commissioned its first submarine built at the state shipyard in Surabaya, a milestone in its effort to build more of its warships at home.",
        "military",
    ),
    (
        "Nigeria raises defence budget by a third",
        "Nigeria's proposed budget for next year raises defence spending by about a third, with money for new helicopters and drones, the finance minister told parliament.",
        "military",
    ),
    (
        "Kenyan police officers leave for Haiti mission",
        "A further 200 Kenyan police officers left Nairobi for Haiti to join the multinational security support mission, after a send-off ceremony at which the interior minister urged them to serve with discipline.",
        "military",
    ),
    (
        "Azerbaijan shows off drones at Baku victory parade",
        "Azerbaijan displayed Turkish and Israeli-made drones and new artillery at a military parade in Baku marking the anniversary of its 2020 victory over Armenia, in the presence of the president.",
        "military",
    ),
    (
        "Colombia signs deal for Swedish fighter jets",
        "Colombia signed an agreement to buy 17 Gripen fighter jets from Sweden's Saab to replace its ageing Kfir fleet, the defence ministry said.",
        "military",
    ),
    (
        "Ukraine launches recruitment drive for 18-to-24-year-olds",
        "Ukraine's defence ministry launched a campaign offering one-year contracts and a bonus to men aged 18 to 24 who volunteer for the army, as it seeks to fill its ranks without lowering the age of conscription.",
        "military",
    ),
    (
        "Turkey's drone maker signs export deal with Indonesia",
        "Turkey's Baykar signed a deal to sell 60 armed drones to Indonesia and set up a joint production line, the companies said.",
        "military",
    ),
    (
        "Israeli cabinet backs biggest defence budget in its history",
        "Israel's cabinet approved the largest military budget the country has had, with extra funds for air defence and reservists, the finance ministry said.",
        "military",
    ),
    (
        "Tens of thousands march peacefully in Tbilisi for EU membership",
        "Tens of thousands of Georgians marched through central Tbilisi waving EU and Georgian flags to demand that the government resume talks on joining the bloc. The rally ended without incident late in the evening.",
        "protest",
    ),
    (
        "Argentine pensioners hold weekly march outside Congress",
        "Hundreds of pensioners marched around Congress in Buenos Aires for the 60th Wednesday in a row to demand higher pensions, accompanied by football fans and unions. Police watched from the pavements.",
        "protest",
    ),
    (
        "Kenyan teachers strike over pay, schools shut",
        "Teachers at public secondary schools across Kenya went on strike over pay and promotions, and thousands of pupils stayed at home, the teachers' union said.",
        "protest",
    ),
    (
        "Nigeria Labour Congress holds nationwide strike over minimum wage",
        "Workers across Nigeria stayed home and airports and banks were closed on the first day of a general strike called by the Nigeria Labour Congress to demand a higher minimum wage.",
        "protest",
    ),
    (
        "Bangladeshi garment workers stage sit-in over unpaid wages",
        "Several hundred garment workers staged a sit-in outside a factory in Gazipur to demand three months of unpaid wages, and the owners promised to pay by the end of the week.",
        "protest",
    ),
    (
        "Truckers block Colombian highways over diesel price rise",
        "Truck drivers blocked highways around Bogotá, Medellín and Bucaramanga with their vehicles for a third day in protest at a rise in the price of diesel. The government said talks would resume on Friday.",
        "protest",
    ),
    (
        "Indian farmers drive tractors towards Delhi to demand crop prices",
        "Thousands of farmers from Punjab and Haryana drove their tractors towards Delhi to demand guaranteed prices for their crops. Police stopped the convoy at the state border, where the farmers set up camp.",
        "protest",
    ),
    (
        "Chilean students occupy university buildings over fees",
        "Students occupied buildings at the University of Chile in Santiago to demand cancellation of their study debts, holding assemblies and cultural events inside. The rector said classes would resume online.",
        "protest",
    ),
    (
        "Armenian clergy lead peaceful rally in Yerevan",
        "An archbishop led thousands of people in a peaceful rally in Yerevan's Republic Square against the handover of border villages to Azerbaijan. Police said 12 people were briefly detained for blocking a street.",
        "protest",
    ),
    (
        "Mothers of Mexico's disappeared march on Mother's Day",
        "Hundreds of mothers whose children have disappeared marched through Mexico City carrying photographs of their sons and daughters and demanding that the government search for them.",
        "protest",
    ),
    (
        "Pakistani opposition holds rally in Lahore without incident",
        "Thousands of supporters of Pakistan's main opposition party rallied in Lahore to demand the release of its jailed founder, and the meeting ended peacefully after the authorities lifted road blocks.",
        "protest",
    ),
]
