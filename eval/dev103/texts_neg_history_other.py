"""dev103 negatives: anniversaries, a court case about an old massacre and a rebuilt mosque,
peaceful strikes, sit-ins and rallies, and the day's other news (an election, science, exam
results, the weather), some with war words in passing."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Nation celebrates Victory Day, pays tribute to Liberation War martyrs",
        _t("""
        The nation celebrated the 53rd Victory Day on Monday, paying tribute to the martyrs of
        the 1971 Liberation War, with people from all walks of life thronging the National
        Memorial in Savar from early morning. The day began with a 31-gun salute, and the chief
        adviser of the interim government, Professor Muhammad Yunus, placed a wreath at the
        memorial as a bugle played the last post. Freedom fighters, students and political
        parties followed, carrying flowers and flags. It was the first Victory Day since the
        fall of the Awami League government in August, and several speakers linked the
        sacrifices of 1971 with the July uprising, a theme some freedom fighters' groups
        objected to. The traditional military parade at the National Parade Ground was not held
        this year, officials said, and the day's programmes focused instead on cultural events
        and discussions. Buildings across the capital were decorated with the red and green of
        the national flag, and special meals were served in hospitals, jails and orphanages. The
        Pakistani army surrendered to the joint forces of Bangladesh and India in Dhaka on
        December 16, 1971, after a nine-month war. At the Liberation War Museum in Agargaon, a
        new gallery of letters written by freedom fighters to their families opened to the
        public. Its curator said more than 3,000 people had visited by noon. In the evening, a
        cultural programme at Suhrawardy Udyan, where the instrument of surrender was signed,
        drew a large crowd. Bangladesh Bank and other offices remained closed for the public
        holiday.
        """),
        "history",
    ),
    (
        "Yekatit 12: Addis Ababa remembers victims of 1937 Graziani massacre",
        _t("""
        Officials, patriots' associations and residents laid wreaths at the Yekatit 12 monument
        at Sidist Kilo in Addis Ababa on Wednesday to mark the 88th anniversary of the massacre
        carried out by Italian occupation forces in February 1937. The killings followed a
        grenade attack on the Italian viceroy, Rodolfo Graziani, at the palace compound, after
        which soldiers, fascist militia members and Italian civilians killed thousands of
        Ethiopians over three days, burning homes and shooting people in the streets. Historians
        estimate that as many as 19,000 people were killed in the capital alone, and the
        killings later extended to the monastery of Debre Libanos, where hundreds of monks and
        pilgrims were executed. The president of the Ethiopian Patriots Association called on
        Italy to formally acknowledge the massacre and to return looted property. Students from
        nearby schools performed poems, and elderly veterans of the resistance were honoured.
        The day is observed as Martyrs' Day in Ethiopia. A permanent exhibition on the
        occupation is being prepared at the Addis Ababa city museum, organisers said.
        """),
        "history",
    ),
    (
        "Wagalla survivors go to court seeking compensation 40 years after massacre",
        _t("""
        Survivors and relatives of victims of the 1984 Wagalla massacre have filed a petition at
        the High Court in Nairobi asking the State to pay compensation and to formally apologise
        for the killing of hundreds of ethnic Somali men by security forces in Wajir. The
        petitioners, represented by a coalition of rights groups, say that soldiers and police
        rounded up men from the Degodia community during a security operation and held them for
        days at the Wagalla airstrip without food or water, and that many were shot or died of
        thirst. The government at the time put the death toll at 57, but the Truth, Justice and
        Reconciliation Commission found in 2013 that close to 1,000 people were killed. The
        petition argues that successive governments have ignored the commission's
        recommendations, including reparations and the prosecution of surviving officials.
        Lawyers for the Attorney General asked for more time to respond. Justice Lawrence
        Mugambi directed the parties to file their submissions within 30 days. Survivors and
        families gathered in Wajir in February for the annual commemoration of the killings.
        """),
        "history",
    ),
    (
        "Hiroshima marks 80 years since atomic bombing as survivors dwindle",
        _t("""
        Hiroshima marked the 80th anniversary of the world's first atomic bombing on Wednesday,
        with a record 120 countries and regions represented at the memorial ceremony and the
        city's mayor warning that the world was drifting back toward reliance on nuclear
        weapons. A bell tolled and tens of thousands of people fell silent at 8:15, the moment
        the US bomber Enola Gay dropped the bomb on the city on August 6, 1945. Around 140,000
        people had died by the end of that year. Mayor Kazumi Matsui said in his peace
        declaration that leaders in many countries were increasingly accepting military buildups
        and that the lessons of history were being forgotten. Prime Minister Shigeru Ishiba said
        Japan would keep working for a world without nuclear weapons, but the government again
        declined to join the UN treaty banning them. The average age of the hibakusha, the
        survivors, has passed 86, and their number fell below 100,000 this year for the first
        time. Nihon Hidankyo, the survivors' organisation, received the Nobel Peace Prize last
        year. Among those in the front rows was 93-year-old Setsuko Kondo, who was a schoolgirl
        clearing firebreaks two kilometres from the hypocentre that morning. "Every year there
        are fewer of us, and every year the world seems to have learned less," she told Nikkei
        Asia. Children from local schools released doves and read a pledge for peace.
        Representatives of Russia and Belarus were again not invited, while Israel attended,
        drawing protests from some survivors' groups. Nagasaki will hold its own ceremony on
        Saturday.
        """),
        "history",
    ),
    (
        "Mosul's al-Nouri mosque reopens, eight years after IS blew up its leaning minaret",
        _t("""
        Worshippers prayed inside the rebuilt al-Nouri mosque in Mosul's Old City on Friday for
        the first time since Islamic State militants blew up the 12th-century landmark and its
        leaning minaret, al-Hadba, as Iraqi forces closed in on them in 2017. The
        reconstruction, led by UNESCO and funded mainly by the United Arab Emirates, used many
        of the original bricks recovered from the rubble, and the minaret has been rebuilt with
        its famous tilt, officials said. It was from the pulpit of al-Nouri that the group's
        leader, Abu Bakr al-Baghdadi, declared his so-called caliphate in 2014. UNESCO's
        director-general, Audrey Azoulay, said at the reopening ceremony that the project had
        shown that culture could be a force for reconciliation. The agency also rebuilt the
        nearby al-Tahera and Our Lady of the Hour churches, and more than a hundred historic
        houses in the Old City. Residents told Al-Monitor that the mosque's return meant a great
        deal to the city, but that thousands of families were still waiting for compensation for
        homes destroyed in the battle for Mosul.
        """),
        "history",
    ),
    (
        "Shutter-down strike observed across country against new tax scheme",
        _t("""
        Markets and shops remained closed in major cities across the country on Wednesday as
        traders observed a shutter-down strike called against the government's new fixed tax
        scheme for retailers and rising electricity bills. In Karachi, the Saddar, Tariq Road
        and electronics markets were deserted, while in Lahore traders set up protest camps
        outside the Anarkali and Hall Road markets. Strikes were also observed in Peshawar,
        Quetta, Rawalpindi, Multan and Faisalabad, where traders' leaders addressed rallies and
        called on the government to withdraw the scheme. Police were deployed near the markets,
        but no untoward incident was reported, officials said. Jamaat-i-Islami chief Hafiz
        Naeemur Rehman, who backed the strike, said the government had waged war on the middle
        class to please the International Monetary Fund. The Federal Board of Revenue said the
        scheme would bring millions of small retailers into the tax net and that talks with
        traders' representatives would continue. Transport operated normally, though attendance
        in some private schools was thin.
        """),
        "protest",
    ),
    (
        "Teachers' sit-in at Maitighar enters second week as schools stay shut",
        _t("""
        Thousands of community school teachers continued their sit-in at Maitighar Mandala in
        Kathmandu for a ninth day on Thursday, demanding that the federal government table the
        long-delayed School Education Bill in Parliament. Teachers from across the country have
        been camping in tents near the mandala and marching peacefully towards the restricted
        area near Singha Durbar every afternoon, chanting slogans and carrying placards. Schools
        in many districts have been shut since the protest began, just as the new academic
        session was due to start. The Nepal Teachers' Federation said it would not call off the
        protest until the bill was passed with provisions on permanent positions and pay. Police
        briefly detained a few teachers who tried to enter the prohibited zone on Tuesday but
        released them within hours. Education Minister Bidya Bhattarai said on Wednesday that
        the bill would be tabled in the current session and urged the teachers to return to
        their classrooms. Parents in Kathmandu said they were worried about their children
        falling behind.
        """),
        "protest",
    ),
    (
        "Tens of thousands rally in Tel Aviv for hostage deal on 500th day",
        _t("""
        Tens of thousands of people rallied in Tel Aviv's Hostages Square and outside the
        Defense Ministry on Saturday night to demand that the government complete the ceasefire
        deal with Hamas and bring home all the remaining hostages, as the families marked 500
        days since the October 7 attack. Speakers included relatives of hostages freed in recent
        weeks, who described the conditions in which their loved ones had been held in Gaza.
        Einav Zangauker, whose son Matan is still held, accused Prime Minister Benjamin
        Netanyahu of stalling the second phase of the deal for political reasons. Protesters
        carried yellow ribbons and photos of the captives, and a long table with empty chairs
        was set up in the square. Smaller demonstrations took place in Jerusalem, Haifa and
        Beersheba. Police said the rallies ended without incident, though several people were
        briefly detained after blocking the Ayalon Highway. The government says it is committed
        to the release of all the hostages and that military pressure is what brought Hamas to
        the table.
        """),
        "protest",
    ),
    (
        "LDP-Komeito coalition loses upper house majority in blow to Ishiba",
        _t("""
        Japan's ruling Liberal Democratic Party and its coalition partner Komeito lost their
        majority in the House of Councillors in Sunday's election, according to results released
        on Monday, a blow to Prime Minister Shigeru Ishiba nine months after the coalition lost
        control of the lower house. The two parties won 47 seats, three short of the 50 they
        needed to keep a majority in the 248-seat chamber. The Democratic Party for the People
        and the populist Sanseito, which campaigned against immigration under the slogan
        Japanese First, made the biggest gains. Ishiba said he would stay in office to deal with
        tariff negotiations with the United States and with rising prices. Voter turnout rose to
        58.5 percent, up from 52 percent in 2022. Analysts said the result reflected frustration
        over the cost of living, particularly the price of rice, which has roughly doubled over
        the past year. Party elders were expected to meet this week to discuss the leadership.
        The yen weakened slightly in early Asian trading.
        """),
        "other",
    ),
    (
        "ISRO completes first space docking, joins club of four nations",
        _t("""
        The Indian Space Research Organisation (ISRO) on Thursday successfully docked two
        satellites in orbit, making India the fourth country after the United States, Russia and
        China to demonstrate space docking technology. The two spacecraft of the SpaDeX mission,
        each weighing about 220 kg, were launched on a PSLV rocket from Sriharikota on December
        30 and brought together from a distance of 20 km over several days, with two earlier
        attempts called off because of drift. ISRO Chairman V Narayanan said the docking was a
        crucial step for future missions, including the Bharatiya Antariksh Station and the
        Chandrayaan-4 lunar sample return mission. Scientists said the low-cost mission had been
        developed almost entirely by Indian industry. Both satellites were in good health, the
        agency said. ISRO plans more than ten launches this year.
        """),
        "other",
    ),
    (
        "WAEC releases 2024 WASSCE results; 72% pass English and Maths",
        _t("""
        The West African Examinations Council (WAEC) on Monday released the results of the 2024
        West African Senior School Certificate Examination for school candidates, with 72.12
        percent of candidates obtaining credits in five subjects or more, including English
        Language and Mathematics. The Head of the National Office, Josiah Dangut, told
        journalists in Lagos that 1,805,194 candidates sat the examination in 20,851 schools
        across the country, and that results of 215,267 candidates were withheld over alleged
        malpractice. Mr Dangut said the council had introduced serialised question papers in
        some subjects to reduce cheating. He said candidates in parts of Borno and Yobe, where
        some schools remain closed because of the long-running insurgency, wrote their papers in
        centres relocated to the state capitals. The results of candidates with special needs
        were released alongside the others. The council said candidates could check their
        results on its portal from Tuesday. Education experts said the performance was slightly
        better than last year's but warned about the state of public secondary schools. Anambra,
        Abia and Edo States recorded the highest proportions of credits in English and
        Mathematics, according to officials. The council also said it would move fully to
        computer-based testing for the examination within two years, a plan some state
        governments said was unrealistic. Parents in several states have complained about the
        cost of registration, which rose to ₦27,000 this year. The November-December
        examination for private candidates will be held as scheduled.
        """),
        "other",
    ),
    (
        "Heatwave to push Riyadh temperatures to 49C this week, NCM warns",
        _t("""
        The National Center for Meteorology (NCM) warned on Sunday that temperatures in Riyadh
        and the Eastern Province would reach 49 degrees Celsius this week, as an intense
        heatwave settles over much of the Kingdom. The centre said hot, dusty winds would reduce
        visibility on highways in Al-Ahsa, Hafr Al-Batin and parts of the Qassim region, and
        urged drivers to take care. The Ministry of Human Resources reminded employers that
        outdoor work under direct sunlight is banned between noon and 3 in the afternoon until
        mid-September, and said inspectors would check compliance on construction sites. The NCM
        forecast thunderstorms and light rain over the southwestern highlands of Asir and Jazan,
        with a risk of flash floods in valleys. Temperatures in Makkah are expected to reach 46
        degrees. Electricity demand in the Kingdom usually peaks in July and August.
        """),
        "other",
    ),
]
