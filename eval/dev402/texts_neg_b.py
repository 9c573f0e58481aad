"""dev402 negatives, part B: politics, the debt crisis and its creditors, the armed forces and
Greek-Turkish airspace, and peaceful protest (title, text, kind code)."""


def t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "Opposition's Tempi censure motion fails as government survives bitter debate",
        t("""The government survived a motion of censure over the handling of the Tempi railway
        disaster early on Friday, after three days of debate in which opposition leaders accused
        ministers of a cover-up and the prime minister accused them of waging "a war of mud". The
        motion was backed by 131 deputies and opposed by 157, with the governing New Democracy
        voting as a bloc. PASOK leader Nikos Androulakis said the government had tried to "bury
        the truth" along with the evidence at the crash site. Prime Minister Kyriakos Mitsotakis
        replied that the opposition was exploiting the pain of the families for political gain.
        Relatives of the victims followed the vote from the public gallery, some holding photos of
        their children. A parliamentary committee will decide next month whether to refer a former
        minister to the courts.
        Outside parliament, several thousand people gathered in Syntagma Square and the rally ended peacefully after midnight.
        """),
        "politics",
    ),
    (
        "Athens protests to Ankara over 40 airspace violations in a single day",
        t("""The Greek Foreign Ministry lodged a formal protest with Turkey on Tuesday after the
        army general staff recorded 40 violations of Greek airspace by Turkish aircraft in one
        day, including eight overflights of inhabited islands in the eastern Aegean. According to
        the general staff, the violations were carried out by F-16 fighters and an unmanned
        aircraft over Lesbos, Chios and Rhodes. Greek fighters were scrambled to identify and
        intercept them, and there was no mock dogfight. Government spokesman Giannis Oikonomou
        called the overflights "unacceptable provocations" that undermined efforts to improve
        relations. Turkish officials said their aircraft were flying in international airspace.
        The dispute over the width of Greek airspace, which Athens puts at ten nautical miles and
        Ankara at six, dates back decades.
        Diplomats in Athens said the spike in overflights came days before a planned meeting of the two countries' foreign ministers. A senior Greek official told Kathimerini that the government would not let the incidents derail the dialogue, but would record every violation.
        """),
        "politics",
    ),
    (
        "Nicosia dismisses Hezbollah threat, says Cyprus is part of the solution",
        t("""The Cypriot government rejected on Thursday warnings by Hezbollah leader Hassan
        Nasrallah that Cyprus could be considered "part of the war" if it allowed Israel to use
        its airports and bases. President Nikos Christodoulides told reporters that Cyprus was not
        involved in any way in military operations and that it was recognised internationally as
        a pillar of stability in the region. "Cyprus is not part of the problem, it is part of the
        solution," he said. The European Commission said a threat against a member state was a
        threat against the European Union. Government spokesman Konstantinos Letymbiotis said
        Nicosia had been in contact with Beirut and that the Lebanese government had given
        assurances. Opposition parties called for calm, while analysts told Philenews the speech
        was meant as a message to Washington.
        Tourism officials said they had received calls from worried tour operators in Britain and Germany.
        """),
        "politics",
    ),
    (
        "Erdogan calls for two-state solution on visit to Varosha",
        t("""Turkish President Recep Tayyip Erdogan called for a two-state solution in Cyprus on
        Tuesday during a visit to the north, and announced the further opening of the fenced-off
        resort of Varosha, drawing condemnation from Nicosia, Athens and the European Union.
        Speaking on the anniversary of what Turkey calls its peace operation, Erdogan said a new
        round of negotiations could only take place between two sovereign states. President
        Nicos Anastasiades said the plans violated UN Security Council resolutions that demand the
        return of Varosha to its lawful inhabitants. The UN Security Council discussed the matter
        behind closed doors. Former residents of Famagusta said they were saddened to see their
        town used as a bargaining chip. Turkish Cypriot opposition parties said the move would
        isolate the community further. The ghost town has been fenced off by the Turkish army since
        1974, with its hotels left to decay on the beach.
        """),
        "politics",
    ),
    (
        "Golden passports: House speaker resigns after undercover video",
        t("""Cyprus's House Speaker Demetris Syllouris resigned on Thursday after a video by Al
        Jazeera appeared to show him and a member of parliament offering to help a fictitious
        Chinese businessman with a criminal record obtain a Cypriot passport through the
        island's investment programme. Syllouris said he had done nothing illegal but was stepping
        down "so as not to burden the institution". The government announced on Wednesday that it
        would abolish the programme, under which about 4,000 foreigners had received citizenship
        for investments of at least two million euros. An inquiry led by a former Supreme Court
        judge has found that more than half of those passports were granted unlawfully. The
        European Commission has launched infringement proceedings. Opposition parties said the
        scandal had damaged the country's reputation.
        Attorney General George Savvides said he had ordered a criminal investigation. Anti-corruption campaigners told Philenews that the resignation was only a first step.
        """),
        "politics",
    ),
    (
        "Varoufakis returns from Eurogroup battle with no deal as deadline looms",
        t("""Finance Minister Yanis Varoufakis returned from Brussels on Tuesday without an
        agreement on Greece's bailout, after a Eurogroup meeting that one official described as
        "a war of nerves". The creditors demanded that Athens request an extension of the current
        programme by Friday, while the government insisted on a new bridge deal that would let it
        drop austerity measures. Varoufakis said he had been presented with an ultimatum that
        Greece could not accept. Eurogroup president Jeroen Dijsselbloem said the next step was up
        to the Greek side. Bank deposits fell by more than two billion euros last week,
        according to bankers. Prime Minister Alexis Tsipras told his parliamentary group the
        government would not back down in the battle for the dignity of the Greek people.
        Markets in Athens fell by four per cent on the news, with bank shares hardest hit. Pensioners queued at cash machines in central Athens, and economists warned of a run on deposits.
        """),
        "economy",
    ),
    (
        "Greece leaves enhanced surveillance, ending twelve years of bailout scrutiny",
        t("""Greece exited the European Commission's enhanced surveillance framework on Saturday,
        closing a chapter of more than a decade in which its budget and reforms were monitored by
        its creditors after three bailouts worth about 290 billion euros. Prime Minister Kyriakos
        Mitsotakis called it a "historic day" and said the country had won a hard-fought battle to
        regain its economic sovereignty. Finance Minister Christos Staikouras said Greece would
        remain under post-programme monitoring until most of its loans are repaid. Unemployment
        has fallen to about 12 per cent from a peak of nearly 28 per cent in 2013. Economists warned
        that high public debt and inflation remained risks. Opposition party SYRIZA said the
        government was taking credit for work done under its own watch.
        Rating agencies are expected to review the country's debt later in the year, and the Athens stock exchange rose by more than one per cent.
        """),
        "economy",
    ),
    (
        "Ten years after the haircut, Cypriot depositors still fight to recover savings",
        t("""Ten years after the Eurogroup forced Cyprus to impose a levy on bank deposits,
        thousands of savers who lost money in the collapse of Laiki Bank are still fighting in the
        courts to recover their money, Philenews reports. The 2013 bailout of ten billion euros
        came with the condition that depositors with more than 100,000 euros would take heavy
        losses. Some 15,000 depositors and bondholders have filed lawsuits against the central
        bank and the state, and most cases have yet to be heard. A retired teacher from Larnaca
        said she lost most of the money she had saved for her grandchildren. The economy has since
        recovered strongly, with growth of more than five per cent in 2022. The parliament's
        finance committee will hold a hearing on the lessons of the crisis next week.
        The governor of the Central Bank of Cyprus said the banking system was now much stronger.
        """),
        "economy",
    ),
    (
        "Greece signs deal for 20 F-35 fighters, the largest arms purchase in its history",
        t("""Greece signed a letter of acceptance with the United States on Thursday for the
        purchase of 20 F-35 fighter jets, with an option for 20 more, in a deal worth about 8.6
        billion dollars that defence officials called the largest in the country's history.
        Defence Minister Nikos Dendias said the aircraft would give Greece a "generational
        advantage" in the Aegean. The first planes are expected to be delivered from 2028, and
        Greek pilots will begin training in the United States. The deal also includes spare parts,
        weapons and infrastructure at Andravida air base. Turkey, which was removed from the F-35
        programme in 2019, criticised the purchase. Opposition parties questioned the cost at a
        time of high prices for households.
        The defence ministry said older Mirage 2000-5 jets would be sold to help pay for the new aircraft. Analysts told Kathimerini that the deal would also tie Greece more closely to the US defence industry.
        """),
        "military",
    ),
    (
        "Greek and Turkish jets engage in mock dogfights over the Aegean",
        t("""Greek and Turkish fighter jets engaged in eleven mock dogfights over the eastern
        Aegean on Thursday, the Greek army general staff said, the highest number in a single day
        this year. According to the statement, pairs of armed Turkish F-16s entered the Athens
        flight information region without filing flight plans and were intercepted by Greek
        Mirage and F-16 aircraft. The jets locked radars on each other in several cases, but no
        weapons were fired. Defence analysts told Kathimerini that such incidents carry the risk of
        an accident, like the collision that killed a Greek pilot in 2006. Turkey's defence
        ministry said its aircraft were conducting routine training and were harassed by Greek
        jets. Athens said it would inform NATO and the European Union.
        Diplomats said such encounters had fallen sharply during the period of calmer relations. The Greek pilots returned safely to their bases at Souda and Larissa.
        """),
        "military",
    ),
    (
        "Greek frigate Limnos and Turkish warship Kemal Reis in minor collision",
        t("""A Greek frigate and a Turkish warship collided in the eastern Mediterranean on
        Wednesday while shadowing the Turkish survey ship Oruc Reis, Greek defence sources said,
        in an incident that added to tensions between the two NATO allies. The frigate Limnos
        suffered minor damage to its bow, while the Turkish frigate Kemal Reis was damaged on its
        stern, according to the sources. No one was injured and no shots were fired. Turkish
        Defence Minister Hulusi Akar called the incident a provocation and said Turkey had
        responded. Greek officials described it as an accident. Greek and Turkish warships have
        been shadowing each other for weeks in waters both countries claim. The European Union
        called for dialogue.
        German Chancellor Angela Merkel spoke by telephone with both leaders on Wednesday evening. The Oruc Reis remained in the area south of Kastellorizo, escorted by Turkish naval vessels. Dendias said the Greek navy would continue to monitor the survey ship closely.
        """),
        "military",
    ),
    (
        "Parliament approves frigate for EU Red Sea mission Aspides",
        t("""The Greek parliament approved on Tuesday the country's participation in Aspides, the
        European Union's naval mission to protect merchant shipping in the Red Sea, with a frigate
        and a headquarters in Larissa. The mission is defensive, and will not take part in strikes
        on land, Defence Minister Nikos Dendias told parliament. A Greek commodore will command
        the operation. The frigate Hydra will sail for the region later this month with a
        helicopter and special forces on board. Greek shipowners, who control about a fifth of
        the world's merchant fleet, welcomed the decision. The Communist Party voted against,
        saying Greece was being drawn into a war. The mission's initial mandate runs for one
        year.
        Shipping analysts said the Greek-owned fleet had been among the most exposed to the crisis in the region. Officials said the frigate's crew had trained for several weeks in air defence.
        """),
        "military",
    ),
    (
        "First Rafale fighters land at Tanagra to applause from pilots' families",
        t("""The first six Rafale fighter jets of the Hellenic Air Force landed at Tanagra air
        base on Wednesday after a flight from France, in a ceremony attended by Prime Minister
        Kyriakos Mitsotakis. Greece has ordered a total of 24 Rafales from Dassault Aviation, of
        which twelve are second-hand. The jets flew over the Acropolis before landing. Mitsotakis
        said the Rafale was "a powerful deterrent" and would strengthen the country's defence.
        The air force said the aircraft would be fully operational by the end of the year. French
        officials attended the ceremony along with the families of the pilots, who trained in
        France for months.
        The remaining aircraft are due to be delivered by next year. Defence Minister Nikos Panagiotopoulos said the Rafales were part of a wider modernisation of the armed forces, which also includes frigates and upgraded F-16s. The air force said the jets would be based at Tanagra, north of Athens.
        """),
        "military",
    ),
    (
        "US lifts arms embargo on Cyprus for another year",
        t("""The United States has lifted its arms embargo on Cyprus for another fiscal year, the
        State Department said on Friday, allowing the Republic to purchase American defence
        equipment. The decision was welcomed by the government in Nicosia as a sign of the
        strategic partnership between the two countries. The embargo was first imposed in 1987
        to encourage a settlement of the Cyprus problem. Turkey condemned the decision, saying
        it would harm efforts for peace on the island. President Nikos Christodoulides said the
        National Guard would seek to upgrade its air defence. Turkish Cypriot leader Ersin Tatar
        said the move showed the US was taking sides.
        Analysts in Nicosia said the decision was mainly symbolic, since the island's forces still rely on Russian and French equipment. The State Department said the waiver was conditional on Cyprus denying Russian warships access to its ports. The defence ministry said it would present a shopping list to parliament in the autumn.
        """),
        "military",
    ),
    (
        "Thousands march peacefully through Exarchia for Grigoropoulos anniversary",
        t("""Thousands of students, teachers and members of anarchist and left-wing groups marched
        through central Athens on Wednesday to mark the anniversary of the killing of 15-year-old
        Alexandros Grigoropoulos by a police officer in Exarchia. The march ended at the memorial
        on Mesolongiou street, where people left flowers and candles. Police said the event passed
        without incident, and there were no reports of injuries or arrests. About 4,000 officers
        had been deployed across the city, and Exarchia Square was closed to traffic. "We are
        here because the memory of Alexis is still alive," said a student. Shops in the area
        closed early. A smaller march was held in Thessaloniki.
        Shop owners in Exarchia said they had feared trouble but were relieved the day passed quietly. The march was organised by student unions and left-wing groups with the slogan "We do not forget".
        """),
        "protest",
    ),
    (
        "Silent rally in Thessaloniki for Tempi victims: 'we won't forget'",
        t("""Tens of thousands of people gathered in Aristotelous Square in Thessaloniki on
        Sunday for a silent rally in memory of the 57 people killed in the Tempi railway crash,
        holding candles and photographs of the victims. Organisers read out the names of the dead,
        many of whom were students at the city's universities. "We won't forget and we won't
        forgive," read a banner. The rally was organised by the families of the victims, who
        demand that those responsible be brought to justice. Police said the event was peaceful.
        Similar gatherings took place in Larissa, Patras and Heraklion. A general strike was called
        for later in the week.
        Maria Karystianou, who lost her daughter in the crash, told the crowd that the families would not stop until the truth was known. The organisers had asked participants not to bring party banners, and most complied.
        """),
        "protest",
    ),
    (
        "Farmers' tractors block national highway at Nikaia in protest over costs",
        t("""Hundreds of farmers parked their tractors on the Athens-Thessaloniki highway at the
        Nikaia junction near Larissa on Thursday, blocking traffic in both directions for several
        hours, to protest against rising fuel and fertiliser costs and delays in compensation for
        last year's floods. The farmers said they would continue their blockade until the
        government met their demands. Police diverted traffic onto local roads. "We cannot cover
        our costs, we are going bankrupt," said a cotton grower from Karditsa. The Agriculture
        Ministry said it would meet a delegation on Monday. Similar blockades were reported in
        Crete, Macedonia and the Peloponnese.
        The farmers' unions said they would decide at a general assembly on Saturday whether to move their tractors to Athens. Farmers brought their own food and set up tents by the road.
        """),
        "protest",
    ),
    (
        "Polytechnic march to US embassy ends without incident",
        t("""Some 20,000 people marched from the Athens Polytechnic to the US embassy on Sunday to
        commemorate the 1973 student uprising against the military dictatorship, police said. The
        march, led by students carrying the bloodied flag of the Polytechnic, passed peacefully
        through central Athens. Police had deployed some 5,000 officers and a helicopter. The
        demonstrators chanted slogans against imperialism and war. The event ended in the early
        evening without clashes or arrests, police said. In Thessaloniki, a similar march was
        also peaceful.
        The anniversary is one of the most important dates in the Greek left's calendar. Earlier in the day, thousands of people laid flowers at the Polytechnic's gates, where a tank crushed them on the night of November 17, 1973. Schools remained closed for the day. Citizen Protection Minister Michalis Chrysochoidis thanked the organisers for their cooperation.
        """),
        "protest",
    ),
    (
        "Women of Famagusta march to the checkpoint to demand return",
        t("""Hundreds of Greek Cypriot women who were forced to leave their homes in Famagusta in
        1974 marched to the Deryneia checkpoint on Sunday to demand the right to return to their
        town. The women, dressed in black and holding photographs of their homes and of the
        missing, walked in silence to the edge of the buffer zone. "We are old now, but we still
        hope," said an 82-year-old woman. The march was organised by the municipality of
        Famagusta in exile. UN peacekeepers watched from the buffer zone. The mayor said the
        women's message was addressed to the United Nations and the European Union. The event has been held every year since 1987.
        Participants sang traditional songs and laid flowers at the barbed wire, while children
        from local schools read out poems. Some women wept as they looked towards the hotels of
        Varosha, visible from the viewing point at Deryneia.
        """),
        "protest",
    ),
]
