"""dev101 positives: India's frontiers with China and Pakistan (LAC, LoC, International Border)."""

from wrap import w

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "India says 20 soldiers killed in clash with Chinese troops on disputed Himalayan border",
        w("""
        Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley in
        the western Himalayas on Monday night, the Indian army said on Tuesday, the first deadly
        confrontation on the disputed frontier in 45 years. No shots were fired, officials said;
        the soldiers fought with rocks, clubs and fists on a narrow ridge more than 14,000 feet up,
        and several fell into the fast-flowing river below. Seventeen of the dead had been
        critically injured and succumbed in sub-zero temperatures, the army said. China's foreign
        ministry accused Indian troops of crossing the Line of Actual Control twice and
        'provoking and attacking' Chinese personnel, without giving any figure for its own losses.
        """),
        "B",
        "border_clash",
    ),
    (
        "Indian, Chinese troops clash at Yangtse in Tawang sector; minor injuries on both sides",
        w("""
        Troops of India and China clashed along the Line of Actual Control in the Yangtse area of
        Arunachal Pradesh's Tawang sector last Friday, leading to minor injuries to a few personnel
        from both sides, the Army said on Monday. According to sources, around 300 People's
        Liberation Army soldiers came with nail-studded clubs and were 'firmly and resolutely'
        contested by Indian troops holding the ridge.
        """),
        "B",
        "border_clash",
    ),
    (
        "Indian and Chinese soldiers hurl stones at each other near Pangong lake, sources say",
        w("""
        Indian and Chinese soldiers threw stones at each other in a brief confrontation on the
        banks of Pangong lake in Ladakh on Tuesday, Indian security sources said, as a standoff
        between the two armies at the other end of the Himalayas entered its third month. Troops
        on both sides suffered minor injuries before they stepped back to their positions, one
        source said, asking not to be named.
        """),
        "B",
        "border_clash",
    ),
    (
        "Five of a family killed as Pakistan shells villages along LoC in Poonch",
        w("""
        A woman, her husband and three of their children were killed when a mortar shell fired
        from across the Line of Control struck their house in the Balakote sector of Poonch
        district on Sunday morning, officials said. Two other children of the family were injured
        and shifted to the Government Medical College in Jammu. The Army said Pakistani troops
        had targeted forward posts and civilian areas with small arms and mortars from around
        7.45 am, and that Indian troops retaliated 'strongly and effectively'. Schools within five
        km of the LoC have been ordered shut for three days.
        """),
        "E V",
        "shelling",
    ),
    (
        "Nine passengers killed as Indian troops fire on bus in Neelum valley, says ISPR",
        w("""
        At least nine passengers were killed and several others injured on Wednesday when Indian
        troops targeted a passenger coach with heavy weapons near Lawat in the Neelum valley, the
        military's media wing said. According to ISPR, Indian troops 'deliberately' fired on
        civilians along the Line of Control in Neelum, Kel and Leepa sectors, and Pakistan Army
        troops responded 'effectively'.
        """),
        "E V",
        "shelling",
    ),
    (
        "Indian jets strike inside Pakistan after Kashmir bombing; Islamabad vows to respond",
        w("""
        Indian warplanes carried out air strikes on what New Delhi said was a training camp of the
        militant group Jaish-e-Mohammed near the town of Balakot in Pakistan's Khyber Pakhtunkhwa
        province early on Tuesday, the first such raid across the de facto border since 1971.
        Foreign Secretary Vijay Gokhale said a 'very large number' of militants had been killed,
        but Pakistan said the jets dropped their payload on an empty forested hillside as they were
        chased off, causing no casualties. Pakistan's military spokesman posted photographs of
        craters and splintered pine trees. The National Security Committee in Islamabad said
        Pakistan would respond 'at the time and place of its choosing'.
        """),
        "E M",
        "airstrike",
    ),
    (
        "Pakistan says it shot down two Indian jets over Kashmir, captured pilot",
        w("""
        Pakistan's military said it shot down two Indian warplanes in its airspace over the
        disputed Kashmir region on Wednesday and captured a pilot, a day after Indian aircraft
        struck what New Delhi described as a militant camp inside Pakistan. India confirmed it had
        lost one MiG-21 and said its air force had downed a Pakistani F-16 as it repulsed an
        attack on military installations along the Line of Control, a claim Islamabad denied.
        Video released by Pakistan showed a blindfolded man with a bloodied face identifying
        himself as an Indian wing commander. Pakistan closed its airspace, and several airports in
        northern India suspended flights.
        """),
        "B M",
        "air_combat",
    ),
    (
        "India strikes nine sites in Pakistan and Pakistani Kashmir; Islamabad says 26 civilians killed",
        w("""
        India fired missiles at nine sites in Pakistan and Pakistan-administered Kashmir early
        Wednesday, in what it said was retaliation for last month's killing of 26 tourists at
        Pahalgam. Pakistan's military said 26 civilians, including women and children, were killed,
        among them people at a mosque complex in Bahawalpur and residents of Muridke, and claimed to
        have brought down five Indian aircraft, which India did not confirm. Indian officials said
        the strikes hit 'terrorist infrastructure' of Lashkar-e-Taiba and Jaish-e-Mohammed and
        avoided Pakistani military facilities. Within hours, heavy artillery exchanges erupted
        along the Line of Control.
        """),
        "E M",
        "missile_strike",
    ),
    (
        "Families flee Poonch as shells hit gurdwara, homes; 12 dead in town",
        w("""
        Hundreds of families left Poonch town in cars, tractors and on foot on Thursday after
        overnight shelling from across the Line of Control killed 12 civilians, including twin
        schoolchildren, and wounded dozens. A shell landed on the premises of a gurdwara near the
        main market, killing three Sikh devotees, while another hit the house of a teacher.
        Residents said it was the heaviest shelling they had known and that the community bunkers
        in the older neighbourhoods were too few. The district administration has set up relief
        camps in Jammu and Rajouri for those who fled. Mobile networks were patchy, and the main
        market stayed shut for a second day.
        """),
        "E V D",
        "shelling",
    ),
    (
        "Residents of Neelum, Leepa move to safer places as Indian shelling continues",
        w("""
        Thousands of residents of villages along the Line of Control in Neelum and Leepa valleys
        have moved to relatives' homes in Muzaffarabad and beyond as cross-border firing continued
        for a third night, officials said on Friday. The AJK State Disaster Management Authority
        said 33 civilians had been martyred and over 120 injured since Wednesday, and that a mosque,
        a power station and more than 500 houses were damaged. Families who stayed behind have
        spent their nights in bunkers dug into the hillsides. Tourists have been barred from the
        Neelum valley until further notice.
        """),
        "E D",
        "shelling",
    ),
    (
        "17 soldiers killed as militants storm Army base in Uri near LoC",
        w("""
        Seventeen soldiers were killed and at least 20 injured when heavily armed militants stormed
        an Army brigade headquarters in Uri, close to the Line of Control in Baramulla district, in
        the early hours of Sunday, officials said. All four attackers, who the Army said had crossed
        over from Pakistan-occupied Kashmir, were killed in a gunfight that lasted about six hours.
        Most of the dead were in tents that caught fire during the assault.
        """),
        "T B",
        "attack_on_army_base",
    ),
    (
        "India says it carried out 'surgical strikes' on militants across Kashmir frontier",
        w("""
        India said on Thursday its troops had crossed the de facto border in Kashmir overnight and
        struck militants preparing to infiltrate, inflicting 'significant casualties', in its first
        publicly announced raid of its kind. Pakistan's military denied any such strikes had taken
        place, saying instead that two of its soldiers were killed in cross-border firing by Indian
        troops along the Line of Control that lasted for several hours. The operation came 11 days
        after militants killed soldiers at an army base in Uri. Authorities in Punjab ordered
        villages within 10 km of the border to be evacuated.
        """),
        "M B D",
        "cross_border_raid",
    ),
    (
        "Five para commandos, five infiltrators killed in Keran sector gunfight",
        w("""
        Five soldiers of an elite Special Forces unit were killed in a close-quarter gunfight with
        infiltrators on a snow-covered ridge in the Keran sector of Kupwara district, the Army said
        on Monday, one of the costliest encounters on the Line of Control this year. The commandos
        had been heli-dropped near the fence after surveillance picked up footprints of a group
        that had crossed over from the other side.
        """),
        "B M",
        "infiltration_gunfight",
    ),
    (
        "Four soldiers, six civilians killed as shelling rages along LoC from Gurez to Uri",
        w("""
        Four Army personnel, a BSF sub-inspector and six civilians were killed on Friday as Pakistani
        troops fired artillery and mortars at several points along the Line of Control, from Gurez
        in the north to Uri and Keran, officials said. The Army said its retaliatory fire destroyed
        bunkers, fuel dumps and launch pads on the other side and caused heavy casualties among
        Pakistani soldiers. In Uri's Kamalkote, villagers said shells fell on houses as families
        ran for underground shelters. Pakistan's military said four civilians and a soldier died on
        its side.
        """),
        "E B",
        "shelling",
    ),
    (
        "Thousands leave border villages in Jammu as Rangers target BSF posts, hamlets",
        w("""
        Nearly 40,000 people have left villages along the International Border in R S Pura, Arnia
        and Ramgarh sectors since Tuesday as Pakistan Rangers shelled Border Security Force posts
        and hamlets with mortars, officials said. Two BSF jawans and a teenage girl were killed and
        over a dozen residents injured. Migrant camps have been opened in schools in Jammu, where
        families arrived with cattle and bundles of clothes. 'The shells were landing in the
        courtyards,' said a farmer from Arnia, who left his wheat uncut in the fields.
        """),
        "E D",
        "shelling",
    ),
]
