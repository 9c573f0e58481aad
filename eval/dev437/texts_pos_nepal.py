"""dev437 positives from Nepal's English-language press (the Kathmandu Post, The Himalayan Times):
the Gen Z uprising of September 2025, riots and crackdowns, bombs, and Nepalis killed in other
countries' wars. (title, text, tag codes, kind)."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Police fire on Gen Z protesters outside Parliament; 19 killed, over 300 injured",
        _t("""At least 19 people were killed and more than 300 injured on Monday after police opened
        fire on protesters who had broken through barricades around the Federal Parliament building
        in New Baneshwor, officials said. Thousands of young people, many of them in school and
        college uniforms, had gathered at Maitighar Mandala in the morning for what organisers
        billed as a Gen Z rally against the ban on 26 social media platforms and against
        corruption. By noon the crowd had pushed into the restricted zone, and some protesters
        scaled the gate and set fire to a guard post near the main entrance. Police responded with
        water cannon, tear gas and rubber bullets before switching to live ammunition, according to
        witnesses and doctors. Seventeen of the dead were in Kathmandu, the Home Ministry said,
        while two were killed in Itahari, where protesters clashed with police in the afternoon.
        The Civil Service Hospital and the National Trauma Centre were overwhelmed, and doctors at
        Civil appealed for blood donors over loudspeakers. The district administration imposed a
        curfew in Baneshwor, Singha Durbar, Maharajgunj and the area around the President's
        residence from 12:30pm, and the Nepal Army was deployed around the parliament complex by
        evening. Home Minister Ramesh Lekhak resigned late at night, taking what he called moral
        responsibility. Amnesty International said the use of lethal force against largely unarmed
        students was unlawful and called for an independent investigation."""),
        "U",
        "crackdown",
    ),
    (
        "Parliament, Singha Durbar and Supreme Court torched; Oli resigns as curfew is defied",
        _t("""Prime Minister KP Sharma Oli resigned on Tuesday afternoon as crowds defied the curfew
        for a second day and set fire to the Federal Parliament building, Singha Durbar and the
        Supreme Court in Kathmandu. Black smoke hung over the capital from late morning, and by
        evening the roof of the main parliament hall had caved in, security officials at the site
        said. Protesters also attacked and burned the private residences of several leaders,
        including Oli's house in Balkot and the homes of Sher Bahadur Deuba and Pushpa Kamal Dahal.
        Deuba and his wife, Foreign Minister Arzu Rana Deuba, were beaten inside their home in
        Budhanilkantha before army personnel escorted them out with bloodied faces. Rajyalaxmi
        Chitrakar, wife of former prime minister Jhala Nath Khanal, suffered severe burns after
        their house in Dallu was set alight, and died later at Kirtipur Hospital. The party offices
        of the Nepali Congress and the CPN-UML, dozens of police stations and the Kantipur Media
        Group building in Tinkune were also torched. The toll from two days of unrest has risen to
        at least 30, the Health Ministry said, with more than 1,000 people treated in hospitals
        across the country. Chief of Army Staff Ashok Raj Sigdel appealed for calm in a televised
        message and said the army would take charge of security from 10pm. Tribhuvan
        International Airport suspended all flights."""),
        "U V",
        "riot",
    ),
    (
        "Over 13,500 inmates flee as prisons are stormed; five juveniles shot dead in Banke",
        _t("""More than 13,500 prisoners have escaped from jails across the country since Tuesday,
        when crowds stormed prison compounds during the anti-government unrest, the Department of
        Prison Management said on Thursday. The largest breakout was at the Central Jail in
        Sundhara, Kathmandu, where inmates broke open the gates after protesters set fire to parts
        of the compound. In Nepalgunj, five juvenile inmates were killed when security personnel
        fired at a group trying to escape from a correctional home in Banke, police said. Prisons
        in Dillibazar, Jhumka, Nakkhu, Kaski and Chitwan were also emptied, and inmates burned
        records and offices in several places. The Nepal Army, which took over security on
        Wednesday, said about 1,200 escapees had been rearrested, while several hundred more were
        held by the Armed Police Force at border points. Indian border forces said they had caught
        60 escaped Nepali prisoners trying to cross into Uttar Pradesh and Bihar. More than 1,000
        firearms looted from police stations during the unrest are still missing, officials said.
        Prison officials warned that convicts serving sentences for murder, rape and drug
        trafficking were among those at large."""),
        "U",
        "jailbreak",
    ),
    (
        "Two killed, over 100 hurt as pro-monarchy rally turns violent in Tinkune",
        _t("""A television camera operator and a protester were killed and more than 110 people
        injured on Friday when a rally demanding the restoration of the monarchy turned violent
        in Tinkune, Kathmandu. The demonstrators, many waving portraits of former king Gyanendra
        Shah, tried to push through the police cordon towards New Baneshwor shortly after noon,
        and police fired tear gas, rubber bullets and, later, live rounds. Groups of protesters
        set fire to a house, a shopping complex and a political party office, and stoned the
        Kantipur Television building and Annapurna Media House. Suresh Rajak, a videographer with
        Avenues Television, died when the building he was filming from was set alight. Sabin
        Maharjan, 29, of Kirtipur, died of gunshot wounds at the Kathmandu Medical College. Police
        said 53 police officers and 22 Armed Police Force personnel were among the injured and
        that a dozen vehicles had been burned. The district administration imposed a curfew from
        4:25pm in Tinkune, Sinamangal and Koteshwor, and army personnel were deployed. More than
        100 people were arrested, among them leaders of the Rastriya Prajatantra Party, and the
        government summoned the rally's self-styled commander, Durga Prasai, for questioning."""),
        "U",
        "riot",
    ),
    (
        "Ten Nepali students killed in Hamas attack on Israeli kibbutz; one feared abducted",
        _t("""Ten Nepali students were killed in Saturday's attack by Hamas militants on Kibbutz
        Alumim in southern Israel, the Nepali Embassy in Tel Aviv confirmed on Sunday. The
        students were among 17 from Far Western University who had arrived in Israel less than a
        month ago under the 'Learn and Earn' agricultural programme. Embassy officials said four
        others were wounded and were being treated in Israeli hospitals, while one, Bipin Joshi
        of Kanchanpur, was unaccounted for and is feared to have been taken into Gaza. 'We were
        hiding in a bunker when they threw grenades inside and started shooting,' one of the
        survivors told the Post by phone from Soroka Medical Center in Beersheba. Prime Minister
        Pushpa Kamal Dahal called an emergency Cabinet meeting and condemned what he called a
        terrorist attack, and Foreign Minister NP Saud said the government was working with the
        Israeli authorities to repatriate the bodies. Around 4,500 Nepalis work in Israel, most
        of them as caregivers, along with some 265 students. The government said it would start
        evacuating those who wished to return, with the first flight expected within days.
        Israeli officials say more than 900 people have been killed in the attacks across the
        south."""),
        "T V",
        "terrorist_attack",
    ),
    (
        "Six Nepali men serving in Russian army killed in Ukraine, ministry confirms",
        _t("""At least six Nepali nationals serving in the Russian army have been killed in the war
        in Ukraine, the Ministry of Foreign Affairs said on Tuesday, urging Moscow to stop
        recruiting Nepali citizens and to send the bodies home. The ministry said it had received
        confirmation from the Russian authorities through the embassy in Moscow, and that the
        families had been informed. Relatives of some of the dead told the Post that the men had
        been sent to the front in Donetsk after barely two weeks of training. Ganga Bahadur Thapa
        of Syangja said his son, who went to Moscow on a student visa in August, last called him
        from a trench near Avdiivka. 'He said they were shelled day and night and that half his
        unit was already gone,' Thapa said. Another Nepali man is being held by Ukrainian forces
        after he was captured in fighting, according to a video released by Kyiv. Officials
        estimate that between 150 and 200 Nepalis are serving in the Russian military, most of
        them recruited through agents who promised monthly salaries of around 2,000 dollars and
        Russian citizenship. The government has stopped issuing labour permits for Russia and
        Ukraine."""),
        "B",
        "battle",
    ),
    (
        "SSP among eight killed as Tharuhat protesters attack police in Tikapur",
        _t("""Eight people, including a Senior Superintendent of Police and a two-year-old child,
        were killed on Monday when protesters demanding a separate Tharuhat province attacked
        security personnel in Tikapur, Kailali. SSP Laxman Neupane, an Armed Police Force head
        constable and five other police personnel were hacked and beaten to death with spears,
        sticks and axes, police said. The child was killed by a stray bullet when police opened
        fire on the crowd, according to the District Police Office. The protesters, who had
        defied a prohibitory order, gathered in Tikapur bazaar in the morning and attacked the
        security cordon around noon. At least 40 police personnel and a dozen protesters were
        injured. The government imposed an indefinite curfew in the town and deployed the Nepal
        Army, and Prime Minister Sushil Koirala convened an emergency Cabinet meeting. Groups of
        residents later set fire to several houses and shops belonging to Tharu families, forcing
        many to flee to villages nearby, local journalists said. The Tharuhat Joint Struggle
        Committee has called a general strike across the western Tarai for Tuesday."""),
        "U V D",
        "riot",
    ),
    (
        "One killed in Ghattekulo explosion as three blasts rock Kathmandu; banned party suspected",
        _t("""One person was killed and two others were injured in an explosion inside a house in
        Ghattekulo, Kathmandu, on Sunday evening, in one of three blasts that shook the capital
        within an hour, police said. The dead man, a 30-year-old from Sindhupalchok, was staying
        in a rented room on the ground floor, and the blast damaged the walls of neighbouring
        houses, according to residents. Another device exploded near a mobile phone tower in
        Sukedhara, and a third went off in a house in Nagdhunga, injuring a woman. Police
        spokespersons said the devices appeared similar to those used in earlier attacks claimed
        by the Communist Party of Nepal led by Netra Bikram Chand, which the government banned in
        March. The party has bombed several Ncell towers and offices this year, accusing the
        company of evading taxes. Police have arrested four suspected cadres in connection with
        the blasts, and the Home Ministry has directed security agencies to step up vigilance in
        the valley. Residents of Ghattekulo said they were afraid to return to their homes until
        the area had been searched by the bomb disposal team."""),
        "E",
        "bombing",
    ),
    (
        "Nepali tourist among 26 killed in Pahalgam terror attack",
        _t("""A Nepali citizen was among 26 people killed when gunmen opened fire on tourists at a
        meadow near Pahalgam in India-administered Kashmir on Tuesday, the Ministry of Foreign
        Affairs said. The ministry identified him as Sudeep Neupane, 27, of Butwal in Rupandehi,
        who was on holiday with his mother, sister and brother-in-law. The Nepali Embassy in New
        Delhi said the relatives were unhurt and were being assisted by the Indian authorities in
        Srinagar. Indian officials said the attackers came out of the forest around Baisaran
        meadow and singled out men, asking some of them their religion before shooting. The
        Resistance Front, which Indian security agencies consider an offshoot of the
        Pakistan-based Lashkar-e-Taiba, initially claimed the attack. Prime Minister KP Sharma
        Oli called his Indian counterpart Narendra Modi and condemned what he called a heinous
        terrorist attack. Neupane's body is expected to be flown to Bhairahawa on Thursday,
        relatives said. Indian security forces have launched a search operation in the
        surrounding forests."""),
        "T V",
        "terrorist_attack",
    ),
    (
        "Over 500 Nepali students return via Kakarvitta as violence spreads in Bangladesh",
        _t("""More than 500 Nepali students in Bangladesh have come home through the Kakarvitta
        border point since Thursday as violence over government job quotas spread across that
        country, officials said. Most are medical students from colleges in Dhaka, Chittagong,
        Sylhet and Mymensingh who travelled overland through India after their hostels were shut
        and internet services were cut. 'We heard gunfire near our hostel every night, and the
        canteen had run out of food,' said Pratiksha Adhikari, a fourth-year MBBS student from
        Jhapa, after crossing the Mechi bridge. Bangladesh imposed a nationwide curfew on Friday
        and called out the army after clashes between students, police and ruling party
        activists left more than 110 people dead, according to hospital figures compiled by news
        agencies. Protesters set fire to the state broadcaster's headquarters and several police
        posts in Dhaka. The Nepali Embassy in Dhaka said about 2,600 Nepali students were in
        Bangladesh and that it was coordinating with the Indian side to ease their transit. The
        Jhapa district administration has set up a help desk at the border. Foreign Minister Arzu
        Rana Deuba told Parliament that no Nepali had been hurt so far."""),
        "U D",
        "crackdown",
    ),
    (
        "Nepali peacekeeper killed, three hurt as gunmen ambush UN patrol in Central African Republic",
        _t("""A Nepali peacekeeper was killed and three others were wounded when suspected members
        of an armed group ambushed a United Nations patrol in the north-east of the Central
        African Republic on Sunday, the Nepal Army said. Sergeant Dil Bahadur Khadka of Dailekh
        was hit when the attackers opened fire on the convoy near Sam Ouandja in Haute-Kotto
        prefecture, an army spokesperson told The Himalayan Times. The wounded soldiers were
        airlifted to the mission's hospital in Bangui and are out of danger, he said. The UN
        mission, MINUSCA, said its troops returned fire and repelled the assailants, killing two
        of them, and that a search of the area was under way. UN Secretary-General Antonio
        Guterres condemned the attack and said that attacks on peacekeepers may constitute war
        crimes. Nepal has more than 1,200 personnel in the Central African Republic, one of its
        largest deployments, and has lost dozens of peacekeepers in missions around the world
        since 1958. The body will be flown home once formalities are completed in Bangui, the
        army said."""),
        "B",
        "ambush",
    ),
]
