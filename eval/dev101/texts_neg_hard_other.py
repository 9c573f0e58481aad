"""dev101 negatives: the other hard negatives with a border in them (sport, history,
entertainment, disasters, health, the military without violence, politics, economy, crime)."""

from wrap import w

# (title, text, kind code)
NEGATIVES = [
    (
        "Bumrah's five-for puts India on top in Border-Gavaskar opener in Perth",
        w("""
        Jasprit Bumrah took five wickets as India bowled Australia out for 104 on the second
        morning in Perth, giving the visitors a 46-run first-innings lead in the opening Test of
        the Border-Gavaskar Trophy. The India captain led the attack on a fast, bouncy pitch,
        removing Usman Khawaja and Steve Smith in successive overs. Debutant Harshit Rana picked up
        three wickets at the other end. Yashasvi Jaiswal and KL Rahul then survived a testing spell
        to take India to 172 without loss at stumps, a lead of 218.
        """),
        "sport",
    ),
    (
        "Kyrgyzstan edge Tajikistan in Bishkek derby to stay in qualifying race",
        w("""
        Kyrgyzstan beat Tajikistan 2-1 at the Dolen Omurzakov stadium on Tuesday, with a late
        header from Kairat Zhyrgalbek Uulu keeping their hopes of reaching the next qualifying round
        alive. Tajikistan had dominated the first half and led through a penalty, but their defence
        crumbled under pressure after the break. The national team's Croatian coach praised the
        crowd of 18,000. Kyrgyzstan now travel to Amman to face Jordan on Sunday.
        """),
        "sport",
    ),
    (
        "Thailand pulls boxers from SEA Games event in kun Khmer naming row",
        w("""
        Thailand will not send fighters to the kickboxing competition at the Southeast Asian Games
        in Phnom Penh after Cambodia, the host, renamed the discipline kun Khmer instead of muay
        Thai, the Thai sports ministry said. Thai officials say the martial art originated in
        Thailand, a claim Cambodia disputes. Fans on both sides have traded insults online.
        Cambodia said it would go ahead with the event.
        """),
        "sport",
    ),
    (
        "Modi pays tribute at Drass on 25th anniversary of Kargil war",
        w("""
        Prime Minister Narendra Modi laid a wreath at the war memorial in Drass on Friday to mark
        the 25th anniversary of India's victory in the Kargil war, paying tribute to the 527
        soldiers who died recapturing peaks occupied by Pakistani troops in 1999. Families of the
        dead and veterans attended the ceremony. Modi also launched work on a tunnel to connect
        Ladakh to Himachal Pradesh. Schoolchildren from Kargil performed a song written for the
        occasion, and a light and sound show was held on the slopes of Tololing in the evening.
        """),
        "history",
    ),
    (
        "Lampedusa remembers 368 dead of 2013 shipwreck, ten years on",
        w("""
        Survivors, relatives and residents of Lampedusa gathered at the Gate of Europe monument on
        Tuesday to mark ten years since a fishing boat carrying Eritrean migrants caught fire and
        sank half a mile from the island, killing 368 people. Flowers were thrown into the sea
        from a coastguard boat. A survivor, now living in Sweden, read out the names of the dead.
        """),
        "history",
    ),
    (
        "A year after Melilla tragedy, vigils in Madrid and Rabat demand justice",
        w("""
        Hundreds of people held candlelit vigils in Madrid, Barcelona and Rabat on Saturday to mark
        one year since at least 23 migrants died at the Melilla border fence. Organisers read the
        names of the dead who have been identified and called for an independent inquiry. Spain's
        prosecutors closed their investigation last December. In Nador, relatives of the missing
        held photographs outside the cemetery where some of the victims are buried in unmarked
        graves.
        """),
        "history",
    ),
    (
        "First look at Salman Khan as army officer in 'Battle of Galwan'",
        w("""
        The makers of 'Battle of Galwan' released the first poster on Friday, showing Salman Khan
        in army fatigues with a bloodied face against a snowy ridge. The film, directed by Apoorva
        Lakhia, dramatises the 2020 clash between Indian and Chinese troops in eastern Ladakh.
        Shooting is under way in Ladakh and Mumbai, and the film is due in cinemas next year. The
        actor said he had trained for months at high altitude, and that the hardest scenes were
        shot in the river at night.
        """),
        "entertainment",
    ),
    (
        "Holland's 'Green Border' wins in Venice as Polish ministers attack film",
        w("""
        Agnieszka Holland's 'Green Border', a drama about refugees trapped between Poland and
        Belarus, won the special jury prize at the Venice film festival on Saturday. Poland's
        justice minister compared the film to Nazi propaganda, and the government ordered a
        disclaimer to be shown before screenings in state-run cinemas. Holland said she would sue
        the minister for defamation. The black-and-white film, shot in secret in 24 days, opens in
        Polish cinemas later this month.
        """),
        "entertainment",
    ),
    (
        "Debut novel about a family split by the Line of Control makes Booker longlist",
        w("""
        A debut novel about two sisters living on either side of the Line of Control in Kashmir has
        been longlisted for the Booker Prize. Written over eight years, 'The River Keeps No Border'
        follows the sisters through decades of closed crossings, letters and a single reunion. The
        judges called it 'tender, furious and funny'.
        """),
        "entertainment",
    ),
    (
        "23 soldiers missing as glacial lake burst sweeps away army camp in Sikkim",
        w("""
        Twenty-three soldiers were missing after a glacial lake burst its banks in north Sikkim and
        sent a wall of water down the Teesta river early on Wednesday, sweeping away army vehicles
        parked at Bardang in the Singtam area. The flood also destroyed the Chungthang dam and
        several bridges. Rescue teams from the army and the National Disaster Response Force were
        searching the riverbanks. More than 3,000 tourists are stranded in Lachen and Lachung, and
        the state government has opened relief camps in Gangtok and Rangpo.
        """),
        "disaster",
    ),
    (
        "Mudflows destroy houses, cut road in Batken region",
        w("""
        Mudflows after heavy rain destroyed or damaged 40 houses in Kadamzhai district and cut the
        Batken-Isfana road on Monday, the Ministry of Emergency Situations said. Rescuers evacuated
        more than 200 residents, and two people were missing. Equipment is being sent to clear the
        road. Forecasters warned of more rain in the southern regions until Thursday.
        """),
        "disaster",
    ),
    (
        "Quakes near Iranian border kill more than 1,000 in Afghanistan's Herat",
        w("""
        A series of powerful earthquakes struck western Afghanistan near the Iranian border on
        Saturday, killing more than 1,000 people and flattening villages in Herat province's Zinda
        Jan district, officials said. Rescuers dug through mud-brick rubble with shovels and bare
        hands. The World Health Organization sent medical supplies for 10,000 people. Aftershocks
        kept families sleeping in the open, and Iranian Red Crescent teams crossed the border with
        tents and blankets.
        """),
        "disaster",
    ),
    (
        "Vaccinators give polio drops to children crossing at Torkham",
        w("""
        Vaccination teams at the Torkham border crossing gave polio drops to more than 8,000
        children under the age of 10 over the past week, health officials in Khyber said. Teams
        have been posted at both sides of the crossing since 2015, when officials found that
        families travelling between Pakistan and Afghanistan were spreading the virus. Both
        countries remain the only places where wild polio has not been eradicated. Parents are
        given a card that the next team checks on the return journey.
        """),
        "health",
    ),
    (
        "Malawi and Mozambique vaccinate border communities against cholera",
        w("""
        Health workers in Malawi and Mozambique began a joint cholera vaccination campaign in border
        districts on Monday, aiming to reach 1.2 million people in two weeks. Many people cross the
        border daily to trade and fish in the Shire river. Cholera has killed more than 1,600
        people in Malawi since last year. Chlorine tablets are also being handed out at markets.
        """),
        "health",
    ),
    (
        "Modi opens Sela tunnel, giving army all-weather route to Tawang",
        w("""
        Prime Minister Narendra Modi inaugurated the Sela tunnel in Arunachal Pradesh on Saturday,
        giving the army an all-weather road to Tawang and forward areas near the Line of Actual
        Control with China. At about 13,000 feet, the twin-tube tunnel is among the highest of its
        length in the world. It will cut travel time for troops and civilians by about an hour.
        China's foreign ministry said it opposed Indian construction in what it calls south Tibet.
        """),
        "military",
    ),
    (
        "Armenia signs deal to buy Indian artillery guns",
        w("""
        Armenia has signed a contract to buy towed artillery guns from an Indian company, defence
        officials in New Delhi said, the latest in a series of arms deals between the two
        countries. Yerevan has already bought Indian rocket launchers, anti-tank missiles and
        radars. Armenia is trying to reduce its reliance on Russian weapons. Azerbaijan's foreign
        ministry criticised the sale, saying it would not help peace in the region.
        """),
        "military",
    ),
    (
        "Pakistan test-fires Fatah-II guided rocket",
        w("""
        Pakistan carried out a successful training launch of the Fatah-II guided rocket system on
        Wednesday, the military's media wing said, adding that the weapon has a range of 400 km.
        President Asif Ali Zardari and the service chiefs congratulated the scientists and
        engineers. The launch was part of a routine programme of tests.
        """),
        "military",
    ),
    (
        "Trump calls border crossings an 'invasion' as he signs executive orders",
        w("""
        President Donald Trump on Monday declared a national emergency at the southern border and
        called illegal crossings an 'invasion', signing orders to end birthright citizenship and
        restart construction of the wall. Democrats said they would fight the measures in court,
        and immigrant advocacy groups filed the first lawsuit within hours. The orders also
        suspend the refugee admissions programme and revive a policy requiring asylum seekers to
        wait in Mexico. Mexico's president said her government would receive its citizens.
        """),
        "politics",
    ),
    (
        "Opposition walks out after government refuses debate on China border",
        w("""
        Opposition members walked out of the Lok Sabha on Thursday after the Speaker rejected their
        demand for a debate on the situation along the border with China. Congress leader Rahul
        Gandhi accused the government of 'surrendering' land to China, a charge the defence
        minister called baseless. The battle over the issue is expected to continue through the
        session.
        """),
        "politics",
    ),
    (
        "Sanchez visits Rabat as Spain and Morocco reopen Ceuta, Melilla customs",
        w("""
        Spanish Prime Minister Pedro Sanchez met King Mohammed VI in Rabat on Wednesday, sealing a
        reconciliation after a two-year diplomatic rift. The two governments agreed to open
        commercial customs posts at the borders of Ceuta and Melilla for the first time. Spain had
        earlier backed Morocco's autonomy plan for Western Sahara. Ministers also signed agreements
        on energy, water and education, and Morocco agreed to keep cooperating on migration.
        """),
        "politics",
    ),
    (
        "Peso slides as Trump threatens 25% tariffs on goods from Mexico",
        w("""
        The Mexican peso fell more than 2% against the dollar on Tuesday after President-elect
        Donald Trump said he would impose 25% tariffs on all goods from Mexico and Canada until they
        stopped migrants and drugs from crossing the border. Economists warned that a trade war
        would hit carmakers with plants on both sides of the border. Shares in Mexican airports and
        banks also fell. President Claudia Sheinbaum said she would answer with tariffs of her own
        if needed.
        """),
        "economy",
    ),
    (
        "Kyrgyz traders at Dordoi bazaar hit by tighter Kazakh border checks",
        w("""
        Traders at Bishkek's Dordoi bazaar say sales to Kazakhstan have fallen by a third since
        Kazakh customs tightened checks on goods crossing the border, leaving trucks queued for
        days at the Ak-Zhol checkpoint. Kazakh officials say the checks target counterfeit goods.
        The two countries are both members of the Eurasian Economic Union. Some sellers have
        started sending clothes by rail through Uzbekistan instead.
        """),
        "economy",
    ),
    (
        "Two kidnapped Americans found alive in Matamoros, two dead",
        w("""
        Two of four US citizens kidnapped by gunmen after crossing into the Mexican border city of
        Matamoros last week have been found alive and two dead, the governor of Tamaulipas said on
        Tuesday. The four had driven from South Carolina and were shot at and bundled into a pickup
        truck shortly after they crossed. A local man was arrested. Officials believe the gang
        mistook them for rival drug smugglers.
        """),
        "crime",
    ),
    (
        "Turkish police break up ring smuggling Afghans via Iran, arrest 14 in Van",
        w("""
        Turkish police arrested 14 suspects in Van province accused of smuggling Afghans and
        Pakistanis across the Iranian border and on to Istanbul, the interior ministry said on
        Friday. The gang charged each migrant up to $3,000, according to investigators. Police also
        seized minibuses and fake identity documents. Thirty-eight migrants found in a safe house
        were taken to a removal centre.
        """),
        "crime",
    ),
]
