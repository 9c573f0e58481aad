"""dev103 negatives from the diplomacy and defence desks: peace talks, deals, ceasefires that hold,
decommissioning, arms purchases, budgets, exercises and weapons tests, with no current violent
event."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Riyadh and Tehran to reopen embassies within two months under Beijing-brokered deal",
        _t("""
        Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their
        embassies within two months, in a deal brokered by China after four days of talks in
        Beijing, the three countries said in a joint statement. The two regional rivals cut ties
        in 2016 after protesters stormed the Saudi embassy in Tehran following the kingdom's
        execution of a Shiite cleric. The statement said the two sides affirmed their respect
        for the sovereignty of states and non-interference in their internal affairs, and agreed
        to activate a security cooperation agreement signed in 2001. Analysts told Arab News
        that the deal could help efforts to end the war in Yemen, where a Saudi-led coalition
        has fought the Iran-aligned Houthis since 2015, and where a truce has largely held since
        April last year. The United States said it welcomed any effort to help end the war in
        Yemen and de-escalate tensions in the region. Iraq and Oman, which hosted earlier rounds
        of talks between the two sides, were thanked in the statement. Saudi Foreign Minister
        Prince Faisal bin Farhan said the region had a common destiny.
        """),
        "peace",
    ),
    (
        "Another 1,500 MILF combatants decommissioned as Bangsamoro peace process advances",
        _t("""
        Some 1,500 combatants of the Moro Islamic Liberation Front handed over their firearms in
        a ceremony in Sultan Kudarat, Maguindanao del Norte, on Tuesday, as part of the
        decommissioning process under the 2014 peace agreement with the government, the Office
        of the Presidential Adviser on Peace, Reconciliation and Unity said. The former
        fighters, members of the Bangsamoro Islamic Armed Forces, surrendered around 600
        weapons, including rifles, machine guns and mortars, to the Independent Decommissioning
        Body. Each will receive cash assistance and livelihood support as they return to
        civilian life. Presidential peace adviser Carlito Galvez Jr said more than 26,000 of the
        40,000 combatants covered by the agreement had now been decommissioned. MILF leaders,
        however, said the process should be matched by faster progress on housing, land and the
        transformation of their camps into productive communities. The ceremony came weeks after
        the first elections for the Bangsamoro parliament were postponed again, a move the front
        criticised. Foreign diplomats from Japan, the European Union and Türkiye, which sit on
        the decommissioning body, attended.
        """),
        "peace",
    ),
    (
        "Pretoria agreement: Tigray DDR programme reaches 50,000 ex-combatants",
        _t("""
        The National Rehabilitation Commission said on Wednesday that more than 50,000 former
        combatants in the Tigray region had gone through the disarmament, demobilisation and
        reintegration programme launched under the Pretoria cessation of hostilities agreement,
        as the second phase began in Mekelle. Commissioner Teshome Tolera told Addis Standard
        that the former fighters had handed in their weapons at demobilisation centres in
        Mekelle, Edaga Hamus and Adigrat, and would receive a reintegration package of cash and
        vocational training. The programme, which is funded by the federal government and
        international partners, aims to demobilise around 75,000 Tigrayan ex-combatants.
        Officials of the Tigray Interim Regional Administration welcomed the progress, but said
        the return of people displaced from Western Tigray remained the biggest unresolved issue
        of the agreement. The two-year war between the federal government and the Tigray
        People's Liberation Front ended in November 2022 with the deal signed in South Africa.
        The African Union monitoring team said the cessation of hostilities had been respected.
        """),
        "peace",
    ),
    (
        "Hamas delegation in Cairo as mediators present new ceasefire framework",
        _t("""
        A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Saturday to study a new
        framework for a ceasefire in Gaza presented by Egyptian and Qatari mediators, officials
        from both sides told The National. The proposal envisages a truce of 45 days, during
        which Hamas would release ten living hostages in exchange for Palestinian prisoners held
        in Israel, and talks on a permanent end to the war would begin. An Egyptian official
        said the plan also included the entry of 600 aid trucks a day and the return of
        displaced people to the north of the enclave. Israel's negotiating team was expected in
        Cairo later in the week, but Prime Minister Benjamin Netanyahu's office said the
        government would not accept any deal that left Hamas in power. US envoy Steve Witkoff
        said in Washington that he saw a real opportunity to bring the hostages home. Families
        of the hostages urged the government to accept the framework. The war has killed more
        than 50,000 Palestinians according to Gaza's health ministry, and 59 hostages are still
        held in the territory. Diplomats in Cairo said the main obstacle remained the sequencing
        of the two phases, with Hamas demanding guarantees that the war would not resume once
        the first group of hostages was freed. Israel wants the group to disarm and its leaders
        to leave the territory, demands Hamas has rejected. Egyptian Foreign Minister Badr
        Abdelatty said his country had prepared a plan for the reconstruction of Gaza that Arab
        states would present to donors once a truce was in place. Qatar's prime minister was
        expected to join the talks on Monday. "There is movement, but not yet a breakthrough,"
        one of the officials said.
        """),
        "peace",
    ),
    (
        "Thai-Cambodian ceasefire holds as observers arrive at the border",
        _t("""
        A ceasefire between Thailand and Cambodia held for a second day on Wednesday, with both
        armies reporting a quiet night along their disputed border, as military attachés from
        ASEAN countries began visiting the front to monitor the truce. The agreement was reached
        in Putrajaya on Monday at talks hosted by Malaysian Prime Minister Anwar Ibrahim, after
        five days of fighting that killed more than 40 people on both sides. The regional
        commanders of the two armies met on Tuesday and agreed not to reinforce their positions
        and to allow the recovery of bodies. Some of the more than 200,000 people who left
        border districts in Thailand's Surin and Sisaket provinces and Cambodia's Oddar Meanchey
        began returning home, though officials on both sides advised them to wait. Thai Acting
        Prime Minister Phumtham Wechayachai said Bangkok would file complaints over the use of
        landmines at the International Committee of the Red Cross and the Ottawa Convention's
        meeting. Cambodian Prime Minister Hun Manet thanked the United States and China for
        supporting the talks. Border checkpoints remain closed to trade.
        """),
        "peace",
    ),
    (
        "Japan cabinet approves record defence budget, including Tomahawk missiles",
        _t("""
        Japan's cabinet on Friday approved a record 8.7 trillion yen defence budget for the next
        fiscal year, including funds for long-range missiles able to strike enemy bases, as
        Tokyo pushes ahead with its biggest military buildup since World War II. The budget, up
        9.4 percent from this year, includes money for upgraded Type-12 surface-to-ship missiles
        and for the deployment of US-made Tomahawk cruise missiles from March. The Defense
        Ministry also plans to set up a unified command for the Self-Defense Forces and to
        strengthen its space and cyber capabilities. Prime Minister Shigeru Ishiba's government
        aims to raise defence spending to 2 percent of gross domestic product by fiscal 2027,
        citing China's growing military activity near Taiwan and North Korea's missile launches.
        Funding has become a political issue, with the ruling Liberal Democratic Party divided
        over plans to raise corporate and tobacco taxes to pay for it. The budget must be passed
        by the Diet, where the ruling coalition lost its majority in the lower house in October.
        Officials said part of the increase would be used to improve pay and housing to ease a
        shortage of recruits. The Ground Self-Defense Force missed its recruitment target by
        more than half last year. China's foreign ministry said Japan should learn the lessons
        of history and stop hyping up the so-called China threat. Opposition lawmakers said they
        would question the cost of the Tomahawk purchase, which was agreed with Washington in
        2023.
        """),
        "military",
    ),
    (
        "Navy commissions INS Surat, fourth stealth destroyer of Project 15B",
        _t("""
        The Indian Navy commissioned INS Surat, the fourth and last guided-missile destroyer of
        Project 15B, at the Naval Dockyard in Mumbai on Wednesday, along with the stealth
        frigate INS Nilgiri and the submarine INS Vaghsheer. Prime Minister Narendra Modi, who
        dedicated the three warships to the nation, said it was the first time that a destroyer,
        a frigate and a submarine had been commissioned together, and that India was becoming a
        major maritime power. The 7,400-tonne destroyer, built by Mazagon Dock Shipbuilders, is
        armed with BrahMos supersonic cruise missiles and Barak-8 surface-to-air missiles, and
        can carry two helicopters. Officials said about 75 percent of its components were made
        in India. Navy chief Admiral Dinesh K Tripathi said the ships would strengthen the
        Navy's presence in the Indian Ocean, where Chinese research and naval vessels have
        become more frequent. The Navy plans to induct several more warships and submarines this
        year. Defence analysts noted that delays in construction had pushed back the delivery of
        the class by nearly two years.
        """),
        "military",
    ),
    (
        "Indonesia signs deal for 48 KAAN fighter jets in Türkiye's biggest defence export",
        _t("""
        Indonesia signed a contract to buy 48 KAAN fifth-generation fighter jets from Turkish
        Aerospace, the largest export deal in the history of Türkiye's defence industry,
        officials said on Wednesday. The agreement was signed at the IDEF defence fair in
        Istanbul in the presence of Indonesian Defence Minister Sjafrie Sjamsoeddin and
        Türkiye's Presidency of Defence Industries, which did not disclose its value.
        Deliveries are expected to begin within a decade, and part of the production will take
        place in Indonesia with local companies, the two sides said. The KAAN, developed with
        technology partners including Britain's BAE Systems, made its maiden flight in February
        2024 and is due to enter service with the Turkish Air Force by 2028. Turkish officials
        said the deal would strengthen Ankara's position as a supplier of drones, warships and
        armoured vehicles to Asian and African countries. Indonesia has also ordered Rafale jets
        from France, as it seeks to replace its ageing fleet. Analysts said the financing of the
        purchase remained unclear.
        """),
        "military",
    ),
    (
        "Super Garuda Shield kicks off with troops from 11 countries in East Java",
        _t("""
        Thousands of soldiers from Indonesia, the United States, Australia, Japan and seven
        other countries began the annual Super Garuda Shield exercise in East Java on Monday,
        with amphibious landings, airborne drops and live-fire drills planned over two weeks.
        The exercise, the largest in the region involving the US military, will be held at
        training areas in Situbondo, Baturaja and Tanjung Pinang, the Indonesian Armed Forces
        (TNI) said. TNI commander General Agus Subiyanto said the exercise aimed to improve
        interoperability and the ability to respond to disasters, and was not directed at any
        country. US Army Pacific officials said the drills would include high-mobility rocket
        launchers firing at targets at sea. Observers from several ASEAN countries were invited.
        China, whose coast guard vessels have repeatedly entered waters near the Natuna Islands,
        has criticised previous editions of the exercise as bloc confrontation. Indonesia, which
        follows a free and active foreign policy, also holds regular drills with Russia and
        China. The exercise will end with a combined arms demonstration on September 12.
        """),
        "military",
    ),
    (
        "Pakistan conducts training launch of Fatah-series guided rocket",
        _t("""
        Pakistan on Monday successfully conducted a training launch of the indigenously
        developed Fatah-II guided rocket system, capable of striking targets at a range of 400
        kilometres, the military's media wing said. The Inter-Services Public Relations said in
        a statement that the rocket was equipped with advanced avionics and a sophisticated
        navigation system, and that its flight path had been tracked to the target in the sea.
        The launch was witnessed by senior officers of the armed forces, scientists and
        engineers. President Asif Ali Zardari and Prime Minister Shehbaz Sharif congratulated
        the scientists and troops, saying the test had further strengthened the country's
        conventional defence capability. The Fatah series was first tested in 2021 and has been
        inducted into the Army Rocket Force Command, which was set up last year. Analysts said
        the country was investing more in conventional long-range fires, which offered options
        short of a nuclear response. India has conducted several missile tests of its own in
        recent months.
        """),
        "military",
    ),
]
