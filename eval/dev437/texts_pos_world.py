"""dev437 positives from the world pages of the Sri Lankan, Nepali and Maldivian press: Gaza,
Ukraine, Myanmar, Sudan, Syria, India and Pakistan, often with a local angle. (title, text, tag
codes, kind)."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Israeli strikes on tents in Khan Younis kill 34, mostly women and children",
        _t("""Israeli air strikes on a tent camp for displaced families in Al-Mawasi, west of Khan
        Younis, killed at least 34 people overnight, most of them women and children, Gaza's
        civil defence agency said on Tuesday. Rescuers dug bodies out of the sand where rows of
        tents had been flattened, and witnesses described craters several metres deep. 'We were
        asleep, and suddenly there was fire everywhere,' said Umm Mohammed, 39, who fled Rafah in
        May with her five children. The Israeli military said it had struck senior Hamas
        militants operating from a command centre inside the humanitarian zone and that it had
        taken steps to reduce harm to civilians. Nasser Hospital, already working far beyond its
        capacity, said it had received 68 wounded and was running short of fuel and blood. The
        United Nations says around 1.9 million of Gaza's 2.4 million people have been displaced,
        many of them several times, and that aid deliveries have fallen sharply since August. The
        Maldives Foreign Ministry condemned the strike and renewed its call for an immediate
        ceasefire."""),
        "E V D H",
        "airstrike",
    ),
    (
        "Dozens killed near aid site in Rafah as crowds wait for food",
        _t("""At least 31 Palestinians were killed and more than 170 wounded on Sunday when Israeli
        forces opened fire near an aid distribution site run by the US-backed Gaza Humanitarian
        Foundation in Rafah, Gaza's health ministry and the Red Cross said. Witnesses said crowds
        had been waiting since before dawn near a roundabout about a kilometre from the site when
        tanks and drones opened fire as people moved forward. The International Committee of the
        Red Cross said its field hospital in Rafah received 179 patients, the largest number it
        had handled in a single incident since it opened a year ago. The Israeli military said it
        was not aware of injuries caused by its fire within the site and was looking into the
        reports, while the foundation said aid had been distributed without incident. UN
        Secretary-General Antonio Guterres called for an independent investigation. The UN says
        the entire population of Gaza is at risk of famine after an 11-week blockade on food and
        medicine that was only partly eased last month."""),
        "V H",
        "shooting",
    ),
    (
        "Russian missiles hit children's hospital in Kyiv as dozens killed across Ukraine",
        _t("""Russia launched one of its heaviest missile attacks on Ukraine in months on Monday,
        killing at least 41 people and striking Ukraine's largest children's hospital, Okhmatdyt,
        in Kyiv, officials said. President Volodymyr Zelensky said more than 40 missiles of
        different types had been fired at Kyiv, Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk. In
        the capital, 33 people were killed, two of them at the hospital, where part of the
        toxicology wing collapsed, city authorities said. Doctors moved young cancer patients,
        some still attached to drips, to other hospitals as rescuers and volunteers dug through
        the rubble. Russia's defence ministry denied targeting civilian sites and said it had hit
        defence industry plants and air bases. The attack came on the eve of a NATO summit in
        Washington. Sri Lanka's embassy in Moscow said it had no reports of Sri Lankans among the
        casualties."""),
        "E V H",
        "missile_strike",
    ),
    (
        "Myanmar junta air strike on village ceremony kills over 100, including children",
        _t("""More than 100 people, including women and children, were killed when Myanmar's
        military bombed a crowd gathered for the opening of a local administration office in
        Pazigyi village in the Sagaing region on Tuesday, residents and opposition groups said. A
        fighter jet dropped bombs on the gathering of about 150 people at around 8am, followed by
        a helicopter gunship that fired on those trying to help the wounded, witnesses said. The
        office was being opened by supporters of the shadow National Unity Government, which is
        fighting the junta alongside ethnic armed groups and local People's Defence Forces. A
        military spokesman confirmed the strike to state media, saying the targets were resistance
        fighters, and blamed some of the deaths on explosives stored at the site. The UN human
        rights office said it was horrified and that schoolchildren performing dances were among
        the dead. The junta has increasingly relied on air power against villages since seizing
        power in February 2021."""),
        "E V",
        "airstrike",
    ),
    (
        "RSF storms Zamzam camp; hundreds killed as hundreds of thousands flee to Tawila",
        _t("""Sudan's paramilitary Rapid Support Forces have taken control of the Zamzam displacement
        camp near El Fasher after a three-day assault that killed more than 400 people, according
        to the United Nations and local groups. Among the dead were nine staff members of Relief
        International, who were killed when the fighters attacked the last working clinic in the
        camp, the aid group said. The International Organization for Migration said between
        300,000 and 400,000 people had fled Zamzam since Friday, most of them on foot to Tawila,
        about 60 kilometres to the west, and into El Fasher itself. 'People walked for two days
        without water, and some children died on the way,' said an aid coordinator in Tawila. The
        RSF said it had 'liberated' the camp, which it claimed the army and allied militias were
        using as a base, and posted videos of its fighters inside. Zamzam, home to about half a
        million people before the attack, was the first place in Sudan where famine was confirmed
        last year. The war between the army and the RSF, now in its third year, has killed tens
        of thousands of people and driven more than 12 million from their homes."""),
        "B V D H",
        "camp_assault",
    ),
    (
        "India strikes nine sites in Pakistan; Islamabad says 26 civilians killed, vows response",
        _t("""India carried out missile strikes on nine sites in Pakistan and Pakistan-administered
        Kashmir early on Wednesday, saying it had targeted terrorist infrastructure linked to
        last month's massacre of tourists in Pahalgam. Pakistan said 26 civilians, including
        women and children, had been killed and 46 wounded in strikes on Bahawalpur, Muridke,
        Muzaffarabad and Kotli, and that mosques were among the buildings hit. Indian officials
        said the strikes, under an operation named Sindoor, were focused, measured and
        non-escalatory and had not targeted Pakistani military facilities. Heavy artillery
        exchanges followed along the Line of Control, where Indian officials said at least 12
        civilians were killed in Poonch. Pakistan's military said it had shot down five Indian
        jets, a claim New Delhi did not immediately address. The Ministry of Foreign Affairs in
        Kathmandu urged both neighbours to exercise restraint and said Nepali nationals in the
        affected areas were safe. Flights to and from several airports in northern India were
        suspended."""),
        "E M",
        "missile_strike",
    ),
    (
        "Baloch separatists hijack train with over 400 aboard; troops free hostages after standoff",
        _t("""Separatist militants blew up a section of railway track and seized a passenger train
        carrying more than 400 people in a remote mountainous area of Pakistan's Balochistan
        province on Tuesday, officials said. The Jaffar Express was travelling from Quetta to
        Peshawar when it was attacked near a tunnel in the Bolan Pass, and the driver was among
        those wounded. The banned Balochistan Liberation Army claimed responsibility and
        threatened to kill the hostages if the security forces attempted a rescue. By Wednesday
        evening, the military said it had freed more than 340 passengers and killed 33 militants
        in an operation involving special forces, helicopters and drones, and that 21 hostages
        and four soldiers had died. Survivors who reached Mach told reporters that the gunmen had
        singled out soldiers and police officers among the passengers. Pakistan's government
        called the hijacking a terrorist attack and blamed the group's handlers in Afghanistan, a
        charge Kabul denied. Sri Lanka's Foreign Ministry condemned the attack and expressed
        solidarity with the people of Pakistan."""),
        "T B V M",
        "hijacking",
    ),
    (
        "Rebels enter Damascus as Assad flees; Israel strikes military sites around capital",
        _t("""Syrian rebels led by the Islamist group Hayat Tahrir al-Sham entered Damascus on Sunday
        and declared the end of President Bashar al-Assad's rule, after a lightning offensive in
        which government forces abandoned city after city in less than two weeks. Russian state
        media said Assad and his family had arrived in Moscow and been granted asylum. Rebel
        fighters took over the state broadcaster and freed prisoners from the Sednaya military
        prison north of the capital, while crowds gathered in Umayyad Square. Israel said its
        troops had moved into the buffer zone on the Golan Heights, and its aircraft struck
        military sites and weapons depots around Damascus. The UN said more than 370,000 people
        had been displaced since the offensive began in Aleppo on November 27. The Foreign
        Ministry in Colombo said the few dozen Sri Lankans known to be in Syria, most of them
        domestic workers, were safe and had been advised to stay indoors."""),
        "B E M D",
        "offensive",
    ),
    (
        "Maldivian man killed fighting in Syria, family says",
        _t("""A 26-year-old man from Addu City has been killed while fighting in Syria, his family
        confirmed to Sun Online on Sunday, bringing to at least seven the number of Maldivians
        reported killed in the Syrian war this year. The family said they had been told by a
        Maldivian in Syria, through a messaging app, that he died in clashes near Aleppo, but had
        not been told which group he was fighting with. He left the Maldives in March with his
        wife and infant son, saying they were going to Turkey on holiday, relatives said. Social
        media accounts linked to Maldivian militants described him as a martyr and posted a photo
        of him holding a rifle. Police said they were aware of the reports and were working to
        verify them. The Home Ministry estimates that around 50 Maldivians are fighting in Syria
        and Iraq, most with the Islamic State group or the al-Nusra Front, though opposition
        politicians and researchers put the number at more than 200. The government has proposed
        amendments to the Anti-Terrorism Act that would make fighting in foreign wars a criminal
        offence."""),
        "B",
        "battle",
    ),
]
