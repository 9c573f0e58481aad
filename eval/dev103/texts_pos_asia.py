"""dev103 positives from South, South-East and East Asia: whole articles that report current
organised violence or its direct consequences (eval/README.md, section 1), several of them
opening on another angle."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Funerals held across KP as Police Lines mosque blast death toll climbs to 84",
        _t("""
        Funeral prayers were offered in Peshawar, Mardan, Charsadda and Swabi on Tuesday for
        policemen killed a day earlier when a suicide bomber blew himself up inside the mosque
        of the Police Lines, as rescuers pulled more bodies from under the collapsed roof of the
        prayer hall. The death toll rose to 84 by the evening, a spokesman for Lady Reading
        Hospital said, adding that 57 of the injured were still being treated, nine of them in
        intensive care. Officials said the bomber had walked into the high-security compound in
        police uniform and detonated his vest in the second row shortly after the Zuhr prayers
        began, when around 300 people were inside. The blast brought down a wall and most of the
        roof, and Rescue 1122 teams worked through the night with cranes and gas cutters.
        Capital City Police Officer Muhammad Ijaz Khan told reporters that a security lapse
        could not be ruled out and that an inquiry had been ordered into how the attacker passed
        four checkpoints. A commander of the banned Tehreek-i-Taliban Pakistan initially claimed
        the attack on social media, but the group's central spokesman later distanced it from
        the bombing. The provincial government announced a day of mourning, and the national
        flag flew at half-mast on official buildings. Policemen in several districts staged
        protests over what they called the failure to protect their own headquarters. In Mardan,
        the father of a 24-year-old constable who had joined the force last year said his son
        had called home an hour before the prayers. "He said he would come on leave next week,"
        he told Dawn. The Pakistan Stock Exchange observed a minute's silence at the start of
        trading. Security was tightened at police installations, mosques and government offices
        across the province, and visitors to the Civil Secretariat were turned away.
        """),
        "T E V",
        "suicide bombing",
    ),
    (
        "Gunmen pull passengers from vehicles on Balochistan highway in night of attacks",
        _t("""
        Separatist gunmen stopped buses and trucks on a highway in Pakistan's southwestern
        Balochistan province overnight, checked the identity cards of passengers and shot dead
        at least 23 men who came from the eastern province of Punjab, officials said on Monday.
        The attackers then set fire to at least 35 vehicles on the road through Musakhel
        district, assistant commissioner Najeeb Kakar told AFP. The killings were part of a
        series of coordinated attacks across the province claimed by the outlawed Balochistan
        Liberation Army. In the Bolan area, a railway bridge linking the province to the rest of
        the country was blown up, suspending train services to Quetta, and gunmen attacked
        police stations and a paramilitary camp in Kalat and Bela. The military said 14 soldiers
        and police had been killed and that 21 militants died in clearance operations that
        continued into the afternoon. Prime Minister Shehbaz Sharif condemned what he called a
        cowardly act of terrorism aimed at sowing division between provinces. Balochistan,
        Pakistan's largest and poorest province, is rich in gas and minerals, and separatists
        accuse Islamabad of exploiting its resources. Chinese-funded projects in the province
        have been targeted before.
        """),
        "T V E M",
        "militant attacks",
    ),
    (
        "Fresh gunfight in Jiribam; six missing from relief camp, houses set ablaze",
        _t("""
        Relief camps in Manipur's Jiribam district were filling up again on Tuesday after a
        gunfight between security forces and suspected militants near the Borobekra police
        station and the burning of houses in two nearby villages. Officials said a group of
        armed men in camouflage fired at the police station and a CRPF camp on Monday afternoon,
        and that ten of them were killed when the Central Reserve Police Force returned fire.
        Shops and at least five houses in Jakuradhor Karong were set on fire during the attack.
        Six people, among them three women and three children who had been living in a relief
        camp near the police station, have been missing since the exchange of fire, and their
        families believe they were taken by the attackers. Kuki-Zo organisations in
        Churachandpur said the ten men killed were village volunteers, not militants, and called
        a shutdown in the hill districts. Around 200 people from the affected villages were
        moved to a camp at Jiribam town, a district official told The Hindu. Prohibitory orders
        were imposed, and mobile internet was suspended in Jiribam and neighbouring areas. More
        than 60,000 people have been displaced in the State since ethnic violence between Meitei
        and Kuki-Zo groups broke out in May 2023. Chief Minister N. Biren Singh said the Centre
        had been asked to send 20 more companies of Central Armed Police Forces. The Kuki Inpi
        Manipur accused the State government of shielding armed Meitei groups, a charge Imphal
        rejected. Classes at schools in Jiribam were suspended until further orders.
        """),
        "B V D",
        "ethnic clashes",
    ),
    (
        "Two militants, soldier killed in overnight encounter in Kulgam",
        _t("""
        Residents of Redwani Payeen village in south Kashmir's Kulgam district spent the night
        indoors as gunfire echoed across the orchards until the early hours of Sunday. Two
        militants and an Army soldier were killed in the encounter, which began on Saturday
        evening after a joint team of the Army, the Central Reserve Police Force and the Jammu
        and Kashmir Police launched a cordon and search operation on specific intelligence
        inputs, officials said. The hiding militants opened fire when the search party
        approached a house, and the fire was returned, a police spokesperson said. Two more
        soldiers were injured and were shifted to the Army's hospital in Srinagar. Police said
        the slain militants were local recruits of the Hizbul Mujahideen, one of whom had been
        active since 2022. Two AK rifles and grenades were recovered from the site. Mobile
        internet was suspended in the district as a precaution, and Class 10 examinations
        scheduled at two centres in the area were postponed. The operation comes a week after
        two encounters in the Rajouri-Poonch region.
        """),
        "M B",
        "gunfight",
    ),
    (
        "Death toll rises as quota protests spread; BTV centre torched, curfew ordered",
        _t("""
        The government imposed a nationwide curfew from midnight and ordered the army deployed
        after a third day of clashes between quota reform protesters and police and ruling party
        activists left dozens dead across the country. At least 56 people were killed on Friday
        alone, according to hospital records compiled by The Daily Star, most of them with
        bullet wounds, taking the toll since Tuesday to over 100. In Dhaka, protesters set fire
        to the Bangladesh Television building in Rampura and to vehicles and a toll plaza on the
        Mohakhali flyover, while police fired tear gas, rubber bullets and live rounds to
        disperse crowds in Jatrabari, Mohammadpur and Badda. The Narsingdi district jail was
        attacked and inmates freed. Mobile internet remained shut for a second day, and much of
        the country was cut off from the outside world as broadband services also failed. The
        HSC examinations scheduled for Sunday were postponed. Home Minister Asaduzzaman Khan
        said police had shown the utmost restraint and blamed opposition activists for the
        arson. Students of the Anti-discrimination Student Movement said they would continue
        their programmes until the killings were tried and the quota system reformed. At Dhaka
        Medical College Hospital, relatives searched lists of the dead pinned to a wall of the
        emergency department. Many of the victims were students and young workers, and at least
        two were children watching from balconies, according to families. Metro rail services
        were suspended after protesters vandalised the Mirpur-10 and Kazipara stations. The
        Supreme Court's Appellate Division brought forward to Sunday the hearing of the
        government's appeal against the High Court verdict that reinstated the quota.
        """),
        "U",
        "protest crackdown",
    ),
    (
        "19 killed as police open fire on Gen Z protesters outside Federal Parliament",
        _t("""
        The emergency ward of Civil Hospital in New Baneshwar was overflowing by Monday
        afternoon, with doctors treating young people with bullet wounds on stretchers in the
        corridors. Nineteen people were killed, 17 of them in Kathmandu and two in Itahari, when
        police opened fire on protesters who had gathered against the government's ban on social
        media platforms and against corruption, officials said. More than 300 people were
        injured. The demonstration, called by groups describing themselves as Gen Z, started
        peacefully at Maitighar in the morning, but turned violent when protesters broke through
        barricades and entered the premises of the Federal Parliament building in New Baneshwar.
        Police used water cannon, tear gas and rubber bullets before firing live rounds,
        witnesses told the Post. The Kathmandu District Administration Office imposed a curfew
        in several areas around the parliament, Singha Durbar and the president's residence, and
        the Nepal Army was deployed. Home Minister Ramesh Lekhak resigned in the evening, taking
        moral responsibility for the deaths. Opposition parties and rights groups demanded an
        independent investigation into the use of force.
        """),
        "U",
        "protest crackdown",
    ),
    (
        "ASEAN ministers urge restraint as junta airstrike hits monastery sheltering displaced",
        _t("""
        South-East Asian foreign ministers meeting in Kuala Lumpur on Friday called on Myanmar's
        military government to halt attacks on civilians, hours after an airstrike on a Buddhist
        monastery in the Sagaing region killed at least 23 people, among them four children.
        Residents and a local resistance group said a military jet dropped a bomb on the
        monastery in Lin Ta Lu village at about one o'clock in the morning. More than 150 people
        who had fled fighting in nearby villages were sleeping in the monastery compound at the
        time, a resident who helped recover bodies told AFP by phone. Around 30 people were
        wounded, and many were taken by motorbike to clinics run by the opposition, as the
        nearest hospital is in an area held by the army. A spokesman for the junta denied that
        civilians had been targeted and said the strike hit fighters of the People's Defence
        Forces. Sagaing has seen some of the heaviest fighting since the 2021 coup, and the
        United Nations estimates that more than 3.5 million people have been displaced across
        Myanmar. Malaysia's foreign minister said the bloc's five-point peace plan remained the
        basis for its engagement with Naypyitaw, but admitted that little progress had been
        made.
        """),
        "E V D",
        "airstrike",
    ),
    (
        "MSU suspends classes after bomb rips through Sunday Mass at Marawi gym",
        _t("""
        Mindanao State University suspended classes indefinitely and students began leaving its
        Marawi campus on Monday, a day after a bomb exploded during a Catholic Mass in the
        university gymnasium, killing four people and wounding dozens. The explosion went off at
        around 7 in the morning as students and teachers were gathered for the first Sunday of
        Advent, police said. Military officials said the device was made from a 60mm mortar
        round and that investigators were examining footage from cameras at the gates. The
        Islamic State group claimed responsibility in a statement on Telegram, and the military
        said local militants of the Dawlah Islamiyah-Maute group were the main suspects,
        possibly in retaliation for an operation that killed several of its members in Lanao del
        Sur earlier in the week. President Ferdinand Marcos Jr condemned what he called
        senseless and most heinous acts perpetrated by foreign terrorists. Bangsamoro Chief
        Minister Ahod Ebrahim said the attack was an affront to the peace the region had worked
        to build. Marawi was devastated in 2017 when pro-IS militants held parts of the city for
        five months. Sandbags and soldiers were posted at churches in Iligan and Cagayan de Oro
        ahead of Christmas.
        """),
        "T E V",
        "bombing",
    ),
    (
        "Villagers shelter in Dekai church after rebels kill gold miners in Yahukimo",
        _t("""
        Hundreds of residents of villages along the Seradala river in Highland Papua's Yahukimo
        regency have taken refuge in a church compound in the regency town of Dekai after
        separatist rebels killed 11 gold miners earlier this week, local officials said on
        Thursday. The miners, most of them migrants from Sulawesi and Java working at small
        unlicensed pits, were attacked with guns, machetes and arrows over two days, according
        to the Cartenz Peace Task Force, the joint police and military unit in charge of
        security in the region. A spokesman for the West Papua National Liberation Army (TPNPB)
        claimed the killings, alleging without providing evidence that the miners were working
        as informants for the military. Police said the bodies of seven victims had been
        evacuated by helicopter to Dekai and that four more were still being sought in the
        forest. The military said it had deployed additional troops to hunt down the attackers,
        and residents said soldiers had begun sweeping through villages near the mining area.
        Church leaders appealed for food and blankets for the displaced families. The Papua
        conflict has intensified since 2018, with rebels targeting migrant workers, teachers and
        health workers they accuse of links to the security forces.
        """),
        "V D M",
        "rebel attack",
    ),
    (
        "Torkham closure strands truckers as Pakistan-Afghanistan border clashes escalate",
        _t("""
        Thousands of trucks loaded with fruit, cement and medicine were stuck on both sides of
        the Torkham and Chaman crossings on Monday after Pakistan closed its border with
        Afghanistan following the heaviest fighting between the two neighbours in years. Afghan
        Taliban forces attacked Pakistani border posts at several points along the frontier late
        on Saturday, and the two sides exchanged artillery and heavy machine-gun fire for hours,
        officials on both sides said. Pakistan's military said 23 of its soldiers had been
        killed and claimed that more than 200 Taliban and affiliated fighters died in its
        response, which included strikes on positions inside Afghanistan. The Taliban government
        said its forces had acted in retaliation for Pakistani airstrikes in Kabul and the
        eastern province of Paktika days earlier, and put its own losses at nine. Islamabad
        accuses Kabul of sheltering the Pakistani Taliban, who have stepped up attacks in the
        northwest, a charge the Afghan authorities deny. Traders in Peshawar said perishable
        goods worth millions of dollars were rotting at the crossings, and Afghan transit trade
        bound for Karachi port has come to a halt. Qatar and Saudi Arabia have offered to
        mediate. Trade between the two countries was worth about $1.6 billion in the last fiscal
        year, according to Pakistani figures. At the Landi Kotal truck stand, drivers said they
        had been sleeping in their cabs for three nights. "The tomatoes are finished, the grapes
        are finished," said one driver from Jalalabad. Japanese and Chinese companies with
        projects in the two countries said they were monitoring the situation.
        """),
        "B E M",
        "border clashes",
    ),
    (
        "Bomb outside Sungai Kolok market kills two as southern insurgency flares",
        _t("""
        A bomb hidden in a motorcycle exploded outside a busy morning market in the Thai border
        town of Sungai Kolok on Wednesday, killing two vendors and wounding at least 18 people,
        police said. The blast went off at about 8:30 as shoppers gathered at food stalls close
        to the railway station, a few hundred metres from the crossing into Malaysia. A second,
        smaller device was found and defused nearby. Police in Narathiwat province blamed Malay
        Muslim separatist insurgents, who have waged a low-level war against the Thai state in
        the three southernmost provinces for two decades. No group claimed responsibility. The
        attack came two days after gunmen shot dead a village headman in neighbouring Yala
        province and as talks between the Thai government and the Barisan Revolusi Nasional, the
        main insurgent group, have stalled. Merchants in Sungai Kolok, which depends on
        Malaysian shoppers and visitors, said the bombing would hurt business in the run-up to
        the school holidays. More than 7,000 people have been killed in the insurgency since
        2004, according to the monitoring group Deep South Watch.
        """),
        "E V",
        "bombing",
    ),
    (
        "Flights suspended, schools shut in Punjab after Indian missile strikes",
        _t("""
        Pakistan closed its airspace for 48 hours and the Punjab government ordered all schools
        shut on Wednesday after Indian missile strikes hit six locations in Punjab and Azad
        Jammu and Kashmir overnight. The military's spokesman, Lieutenant General Ahmed Sharif
        Chaudhry, said 26 civilians, including women and children, had been killed and 46
        injured in the strikes on Muridke, Bahawalpur, Muzaffarabad and Kotli, among them a
        mosque complex in Bahawalpur. India said it had struck nine sites it described as
        terrorist infrastructure, in response to the attack on tourists in Pahalgam last month,
        and that no Pakistani military facilities had been targeted. The spokesman said the
        Pakistan Air Force had shot down five Indian aircraft during the night, a claim New
        Delhi did not confirm. Heavy shelling was exchanged along the Line of Control through
        the morning, and residents of villages in the Neelum and Leepa valleys said families had
        moved into bunkers or left for relatives' homes further from the border. Prime Minister
        Shehbaz Sharif chaired a meeting of the National Security Committee, which authorised
        the armed forces to respond at a time and place of their choosing. The Pakistan Stock
        Exchange's benchmark index fell more than 3,000 points in early trade before recovering
        some of its losses.
        """),
        "E M D",
        "missile strikes",
    ),
]
