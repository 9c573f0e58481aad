"""dev179 hard negatives: disasters, accidents and health on the technology desk."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Tonga cut off from the world after volcano eruption severs its only undersea cable",
        (
            "Tonga remained almost completely cut off from the rest of the world on Tuesday, "
            "three days after a huge undersea volcanic eruption and tsunami severed the single "
            "fibre-optic cable that connects the Pacific island nation to the internet. The "
            "cable's operator said the break was about 37 kilometres offshore and that repairs "
            "could take at least four weeks, because the nearest repair ship was in Papua New "
            "Guinea. The eruption of Hunga Tonga-Hunga Ha'apai on Saturday sent ash over the "
            "main island of Tongatapu and triggered waves that destroyed houses along its "
            "western coast. At least three people were killed, and residents of low-lying "
            "islands were evacuated to Tongatapu, the government said in its first statement, "
            "released through New Zealand's diplomatic mission. New Zealand and Australia sent "
            "surveillance flights to assess the damage. Digicel said it had restored limited "
            "international calls using a satellite link, but internet access remained patchy. "
            "Tongans abroad said they had spent days refreshing Facebook for news of their "
            "families. Satellite operators offered free capacity to the government."
        ),
        "disaster",
    ),
    (
        "Nearly 90% of Puerto Rico's cell sites still down a week after Hurricane Maria",
        (
            "Nearly nine in ten cell sites in Puerto Rico were still out of service on "
            "Wednesday, a week after Hurricane Maria struck the island, the Federal "
            "Communications Commission said, leaving millions of people unable to call relatives "
            "or emergency services. Only about 11% of the island's 1,600 cell sites were "
            "working, most of them in and around San Juan, and dozens of municipalities had no "
            "working sites at all, the FCC said. Carriers said their crews were hampered by "
            "blocked roads, a lack of diesel for generators and the collapse of the power grid. "
            "Residents lined up along highways where a signal could occasionally be found, "
            "holding phones up to the sky. The storm killed at least 16 people on the island, "
            "according to the governor, and tens of thousands remain in shelters or in homes "
            "without roofs. Carriers said they were bringing in portable cell towers on trucks "
            "and by barge. Google has asked regulators for permission to fly its Project Loon "
            "balloons over the island to provide emergency service."
        ),
        "disaster",
    ),
    (
        "Twitter restricted in Turkey as earthquake survivors use it to plead for rescue",
        (
            "Access to Twitter was restricted on Turkey's main mobile networks on Wednesday, "
            "internet monitoring group NetBlocks said, two days after powerful earthquakes "
            "killed thousands of people in the country's south-east, where survivors and their "
            "relatives had been using the platform to send the addresses of people trapped under "
            "rubble. The restriction came as President Recep Tayyip Erdogan visited the disaster "
            "zone and faced criticism over the slow arrival of rescue teams in some cities. "
            "Volunteers had built websites that scraped tweets with addresses and plotted them "
            "on maps for rescue crews, and many of those requests stopped coming in. A deputy "
            "minister said he had met Twitter's management and that the company had promised to "
            "fight disinformation. Access was restored on Thursday morning. More than 1 million "
            "people have been left homeless, and many are sleeping in cars, tents and sports "
            "halls in freezing temperatures. Turkey has often throttled social media after "
            "disasters and major incidents."
        ),
        "disaster",
    ),
    (
        ("Fire destroys OVHcloud data centre in Strasbourg, knocking millions of websites offline"),
        (
            "A fire destroyed one of OVHcloud's data centres in Strasbourg early on Wednesday "
            "and damaged a second, taking down millions of websites and services hosted by "
            "Europe's largest cloud provider, the company said. More than 100 firefighters "
            "fought the blaze, which broke out shortly after midnight in the five-storey SBG2 "
            "building and spread quickly, the regional fire service said. No one was hurt. The "
            "company's founder told customers on Twitter to activate their disaster recovery "
            "plans, and said it would take weeks to restore all of the site's services. "
            "Government data portals, banks, a European satellite data service and an online "
            "game were among those affected, and some customers who had no backups outside "
            "Strasbourg lost their data for good. Firefighters later said the fire had started "
            "in a power unit, and investigators were examining whether a UPS that had been "
            "repaired the day before was to blame. The building's design, with a wooden floor "
            "and a ventilation system that drew air through its centre, has been criticised by "
            "fire experts."
        ),
        "accident",
    ),
    (
        "Container ship MSC Antonia runs aground in Red Sea after suspected GPS spoofing",
        (
            "The container ship MSC Antonia has run aground on a reef in the northern Red Sea "
            "off Jeddah, and maritime intelligence firms believe GPS spoofing led the crew "
            "astray. The Liberian-flagged ship, which was sailing without cargo from Port Sudan "
            "to Jeddah, had shown erratic positions on tracking systems for days before it "
            "grounded, at one point appearing to be at an airport in Sudan, according to a "
            "maritime analytics company. No crew members were hurt, and there was no sign of "
            "pollution, the Mediterranean Shipping Company said. Salvage tugs were on their way "
            "to try to refloat the vessel. Electronic interference with satellite navigation has "
            "spread across the eastern Mediterranean and Red Sea since late 2023, much of it "
            "linked to military efforts to confuse drones and missiles. Masters have been told "
            "to cross-check positions with radar and paper charts. The International Maritime "
            "Organization has called on states to stop interfering with civilian navigation "
            "signals. MSC declined to comment on the cause of the grounding."
        ),
        "accident",
    ),
    (
        "Blast at Iran's biggest container port kills dozens; officials rule out sabotage",
        (
            "A huge explosion ripped through Iran's Shahid Rajaee port near Bandar Abbas on "
            "Saturday, killing at least 57 people and injuring more than 1,000, after a fire "
            "broke out among containers, state media reported. Videos showed a towering mushroom "
            "cloud and shattered windows several kilometres away. Iranian officials said the "
            "blast was caused by the improper storage of chemicals, and a government "
            "spokesperson said there was no evidence of sabotage, as speculation spread online "
            "that the explosion was a cyber or military attack. A security firm said a shipment "
            "of sodium perchlorate, a component of solid missile fuel, had arrived at the port "
            "in March, which Iran's defence ministry denied. The port, which handles most of "
            "Iran's container trade, was hit by a cyberattack attributed to Israel in 2020 that "
            "caused traffic jams of ships and trucks for days. The president ordered an "
            "investigation and visited the injured in hospital. The fire took several days to "
            "bring under control. Schools and offices in Bandar Abbas were closed for two days."
        ),
        "accident",
    ),
    (
        "NHS contact-tracing app launches in England and Wales after months of delays",
        (
            "The NHS Covid-19 contact-tracing app launched in England and Wales on Thursday, "
            "four months later than planned, with the government urging everyone over 16 to "
            "download it to help stop a rise in coronavirus cases. The app uses Bluetooth to log "
            "when a user has been near another app user and alerts them if that person later "
            "tests positive, telling them to self-isolate for 14 days. It is built on a system "
            "developed by Apple and Google after the government abandoned its own centralised "
            "version in June, when trials on the Isle of Wight showed it failed to detect most "
            "contacts on iPhones. Businesses such as pubs and restaurants are now required to "
            "display QR codes that visitors can scan to check in. Privacy campaigners said the "
            "new design was an improvement because data stays on users' phones. The health "
            "secretary said the app would be a vital tool as cases rise again, and that it had "
            "been downloaded more than a million times within hours."
        ),
        "health",
    ),
]
