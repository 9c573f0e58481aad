"""dev183 hard negatives (2 of 3): antiquities trafficking, thefts and a tomb robbers'
killing, earthquakes, floods and wildfires at heritage sites, museum fires and a dig
accident."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Manhattan prosecutors seize 180 looted antiquities from billionaire collector",
        "The Manhattan district attorney's office has seized 180 stolen antiquities "
        "worth about $70 million from a billionaire hedge fund founder and barred him "
        "from acquiring antiquities for the rest of his life, under an agreement "
        "announced on Monday. Prosecutors said the objects had been looted from 11 "
        "countries, including Lebanon, Syria, Iraq, Egypt, Greece and Italy, and "
        "trafficked by smuggling networks before being sold to the collector. Among "
        "them was a stag's head rhyton dating to 400 BC and a marble head from the "
        "Temple of Eshmun in Lebanon that was stolen during the civil war. The "
        "collector, who was not charged, said through his lawyers that he was pleased "
        "the investigation had concluded without charges and that many of the dealers "
        "had made false representations about the objects. The pieces will be returned"
        " to their countries of origin. The district attorney's antiquities "
        "trafficking unit has recovered thousands of objects since it was formed in "
        '2017. "For decades he displayed a rapacious appetite for plundered '
        'artefacts," the district attorney said.',
        "crime",
    ),
    (
        "Spanish police break up ring selling antiquities looted in Libya and Egypt",
        "Spanish police have arrested four people in Barcelona and seized dozens of "
        "ancient objects they say were looted from archaeological sites in Libya and "
        "Egypt and sold through a network of galleries and online auctions. The "
        "National Police said the artefacts, including Roman mosaics, bronze figurines"
        " and a Ptolemaic sarcophagus lid, had entered Spain with forged export "
        "certificates issued in Thailand and the United Arab Emirates. Investigators "
        "believe some of the pieces were dug up illegally in eastern Libya during the "
        "years of chaos after 2011, when armed groups controlled parts of the country."
        " The operation, carried out with Europol and Interpol, began after an auction"
        " catalogue listed a mosaic that an archaeologist recognised from old "
        "photographs of Cyrene. Police raided two warehouses and a gallery and seized "
        "business records. The suspects face charges of smuggling, money laundering "
        "and forgery. Libya's antiquities department has asked for the objects to be "
        "returned. The investigation is continuing in three other countries.",
        "crime",
    ),
    (
        "Europol operation seizes 11,000 artefacts across 20 countries",
        "Police and customs officers in 20 countries seized more than 11,000 "
        "archaeological objects and arrested 52 people in a coordinated operation "
        "against the trafficking of cultural goods, Europol said on Wednesday. The "
        "haul included coins, amphorae, pottery, stone statues and metal detectors "
        "used to hunt for buried objects. Officers searched auction houses, private "
        "homes and shops and checked parcels at airports and post offices. Europol "
        "said much of the trade had moved online, with objects offered on social media"
        " and second-hand sites, and that some items had come from conflict areas in "
        "the Middle East and North Africa. The operation, code-named Pandora, is "
        "carried out every year with Interpol and the World Customs Organization. In "
        "Greece, police recovered a marble statue hidden in a garden shed. Spanish "
        "officers arrested a man accused of digging illegally at a Roman site in "
        "Andalusia. Prosecutors in several countries have opened criminal cases.",
        "crime",
    ),
    (
        "Dresden Green Vault jewel thieves sentenced after deal on stolen diamonds",
        "A court in Dresden has sentenced five members of a Berlin crime family to "
        "prison terms of up to six years and three months for the theft of "
        "18th-century jewels from the Green Vault museum, one of the biggest art "
        "heists in modern history. The men broke into the museum in November 2019 "
        "after starting a fire at an electrical junction box that cut off the "
        "streetlights outside, then smashed a display case with an axe and fled with "
        "21 pieces set with more than 4,300 diamonds. Most of the jewels were returned"
        " last year as part of a deal between prosecutors and the defence, but a "
        "diamond-studded breast star and several other pieces remain missing. The "
        'judge said the defendants had shown "enormous criminal energy". A sixth man '
        "was acquitted. The museum's director said the restored pieces would go back "
        "on display, and that security had been overhauled. The thieves had used a "
        "getaway car which they later set on fire in an underground car park. The case"
        " has been followed closely in Saxony, where the collection is a source of "
        "pride.",
        "crime",
    ),
    (
        "Former Louvre director charged in Egyptian antiquities trafficking case",
        "A former director of the Louvre museum has been charged in Paris with "
        "complicity in fraud and laundering in an investigation into the trafficking "
        "of antiquities looted from Egypt and other countries during the Arab Spring, "
        "his lawyers said on Thursday. Investigators suspect that hundreds of objects,"
        " including a pink granite stele inscribed with the name of Tutankhamun, were "
        "smuggled out of the region and sold to museums with false provenance "
        "documents. The Louvre Abu Dhabi bought several of the pieces for tens of "
        "millions of euros. The former director, who led the Louvre from 2013 to 2021,"
        " denies wrongdoing and says he was deceived like others. Several dealers, "
        "including a Hamburg gallery owner, have been charged in the same case. French"
        " investigators began looking into the network in 2018 after a sale of "
        "Egyptian pieces at auction. The case has shaken the museum world and prompted"
        " calls for stricter checks on the origin of objects acquired by public "
        "collections.",
        "crime",
    ),
    (
        "Guard shot dead by tomb robbers at site near Luxor",
        "A security guard was shot dead by a gang of suspected tomb robbers at an "
        "archaeological site on the west bank of the Nile near Luxor early on Tuesday,"
        " Egyptian police said. The men had been digging a tunnel from a house into an"
        " unexcavated area of an ancient cemetery when the guard, on night patrol, "
        "confronted them, a security source said. They opened fire with a shotgun and "
        "escaped in a car, but three suspects were arrested within hours at "
        "checkpoints on the road to Qena. Police seized digging tools, a generator and"
        " several small statuettes in the house. Illegal digging has increased in "
        "Upper Egypt since the upheaval that followed the 2011 revolution, and "
        "residents sometimes dig beneath their homes in the hope of finding treasure. "
        "The guard, a father of three, had worked at the site for 15 years, colleagues"
        " said. The antiquities ministry said it would compensate his family. The "
        "suspects have been referred to prosecutors on charges of murder and illegal "
        "excavation.",
        "crime",
    ),
    (
        "Thieves take crown jewels from the Louvre in a seven-minute raid",
        "Thieves using a furniture lift stolen from a removals company broke into the "
        "Louvre's Apollo Gallery on Sunday morning and escaped with eight pieces of "
        "19th-century French crown jewellery, including a sapphire necklace and a "
        "tiara, in a raid that lasted seven minutes, French officials said. The four "
        "men cut through a window with disc cutters, threatened guards and smashed two"
        " display cases before fleeing on scooters towards the motorway. A crown that "
        "belonged to Empress Eugénie was dropped and found damaged near the museum. No"
        " one was injured. The museum was evacuated and closed for the rest of the "
        'day. The culture minister said the jewels were of "inestimable heritage '
        'value". Police specialised in organised crime were leading the investigation,'
        " and prosecutors said they were considering whether the thieves were working "
        "for a collector or planned to break up the jewels. Staff unions have "
        "complained for years of understaffing and outdated security at the museum.",
        "crime",
    ),
    (
        "German court convicts dealer of trading antiquities looted in Syria",
        "A court in Munich has convicted a German antiques dealer of trading in "
        "objects looted from Syria and Iraq and sentenced him to a suspended prison "
        "term and a fine, in one of the first cases in Europe linking the sale of "
        "antiquities to war zones. Prosecutors said the dealer had sold dozens of "
        "coins, cylinder seals and clay tablets, some of which had passed through "
        "smuggling routes in Turkey while parts of the region were under Islamic State"
        " control. They did not allege that he had dealt directly with the group. The "
        "judge said the defendant had ignored obvious signs that the objects lacked "
        "legal export papers. The defence had argued that the pieces came from old "
        "collections and that provenance records for small antiquities were rarely "
        "kept. Investigators were tipped off by a researcher who monitors online "
        "auctions. Germany tightened its cultural property law in 2016, requiring "
        "importers to show export permits for archaeological goods. The objects will "
        "be held until their countries of origin can take them back.",
        "crime",
    ),
    (
        "Hackers publish British Library data after refusing ransom",
        "A ransomware gang has published around 600 gigabytes of data stolen from the "
        "British Library after the institution refused to pay a ransom, the library "
        "said, in a cyber attack that has crippled its online catalogue and digitised "
        "collections for weeks. The Rhysida group put the files up for auction on the "
        "dark web, including personal data of staff and users. The attack in October "
        "took down the library's website, its reading-room systems and the electronic "
        "archive of doctoral theses, forcing researchers to go back to paper requests."
        " The library said it would take months to restore all services, and that some"
        " older systems would have to be rebuilt from scratch. Police and the National"
        " Cyber Security Centre are investigating. The chief executive apologised to "
        'users and said the library had been hit by "a criminal attack designed to '
        'cause disruption". Other cultural institutions have been urged to check their'
        " defences. Researchers said the loss of access to the catalogue had stopped "
        "some projects entirely.",
        "crime",
    ),
    (
        "Egypt recovers statues smuggled from Sudan, arrests three",
        "Egyptian police have seized a consignment of ancient statues and pottery that"
        " officials believe were smuggled across the border from Sudan, and arrested "
        "three men in Aswan on suspicion of trafficking, the tourism and antiquities "
        "ministry said on Saturday. The objects, which include a granite figure of a "
        "Kushite king and several offering tables, were found hidden under sacks of "
        "dates in a lorry. Sudanese experts have been asked to examine them to "
        "establish whether they came from the country's museums or from illegal "
        "excavations. The ministry said the pieces would be handed over to the "
        "Sudanese authorities through diplomatic channels. Sudan's antiquities body "
        "has warned in recent months that its collections are at risk of being sold "
        "abroad and has circulated lists of missing objects to customs services and "
        "auction houses. The suspects told investigators they had bought the pieces "
        "from a trader in a border market, according to a police source. They face "
        "charges of smuggling and possession of antiquities. The ministry praised "
        "customs officers for their vigilance.",
        "crime",
    ),
    (
        "Earthquake damages Aleppo citadel and old city buildings",
        "The powerful earthquake that struck southern Turkey and northern Syria on "
        "Monday damaged Aleppo's medieval citadel, bringing down part of its defensive"
        " walls and the dome of an Ottoman-era mill inside, Syria's antiquities "
        "directorate said. Cracks appeared in the citadel's minaret, and parts of the "
        "towers at the entrance were reported to have fallen. In the old city, several"
        " houses that had been weakened during the years of war collapsed, and the "
        "minaret of a historic mosque near the citadel came down. Syria's government "
        "said hundreds of people had been killed in Aleppo province alone, and "
        "rescuers were digging through the ruins of residential buildings in the "
        "city's eastern districts. In Turkey, the quake heavily damaged the Roman-era "
        "castle of Gaziantep, whose walls and bastions partly crumbled into the "
        "surrounding streets. UNESCO said it would help both countries assess the "
        "damage to heritage sites. Archaeologists said more buildings could fall in "
        "the aftershocks. The old city of Aleppo is a World Heritage site in danger.",
        "disaster",
    ),
    (
        "Quake in central Myanmar topples pagodas and damages Mandalay palace walls",
        "A magnitude 7.7 earthquake that struck central Myanmar on Friday toppled "
        "dozens of pagodas and damaged the walls of Mandalay's royal palace, heritage "
        "officials said, as rescuers searched for survivors in collapsed buildings. "
        "The stupa of a monastery in Sagaing crumbled onto the steps, and the moat "
        "walls around the 19th-century palace cracked and fell in several places. The "
        "military government said more than 1,600 people had died, and appealed for "
        "international help. Rescue efforts have been hampered by poor communications "
        "and the civil war, in which the military has been fighting ethnic armed "
        "groups and resistance forces since the 2021 coup; several armed groups "
        "announced a temporary pause in hostilities to allow aid to reach the region. "
        "In Bagan, the ancient capital, officials said a few temples had suffered "
        "cracks but there was no major damage. Monks joined residents digging through "
        "the rubble with their hands. UNESCO said it was ready to support assessments "
        "of the damage.",
        "disaster",
    ),
    (
        "Wildfire reaches edge of ancient Olympia as firefighters save museum",
        "Firefighters in Greece fought through the night to keep a wildfire away from "
        "ancient Olympia, the birthplace of the Olympic Games, as flames reached the "
        "edge of the archaeological site on Thursday, officials said. Water-dropping "
        "aircraft and dozens of fire engines were deployed, and firebreaks were dug "
        "around the museum and the ruins, the culture minister said. The nearby "
        "village was evacuated as a precaution. The fire, one of dozens burning across"
        " Greece during a prolonged heatwave, destroyed forests and homes in the "
        "western Peloponnese. The site, which includes the remains of the temple of "
        "Zeus and the stadium where the first games were held, was not damaged, the "
        "minister said on Friday morning. In 2007 a fire also burned up to the fences "
        "of the site. Scientists say the heatwave, with temperatures above 45C, is "
        'linked to climate change. The prime minister called the situation "a '
        'nightmarish summer".',
        "disaster",
    ),
    (
        "Floodwater threatens Cyrene ruins after storm devastates eastern Libya",
        "The storm that caused catastrophic floods in the Libyan city of Derna also "
        "damaged parts of the ancient Greek site of Cyrene, about 60 kilometres away, "
        "archaeologists said on Friday. Landslides blocked paths between the temples, "
        "and torrents of water carried mud and rocks through the necropolis and into "
        "parts of the sanctuary of Apollo, according to the Libyan antiquities "
        "department. A team was sent to assess the damage. In Derna, two dams burst "
        "and swept entire neighbourhoods into the sea, and the death toll is in the "
        "thousands, with many more people missing. Rescuers from several countries "
        "have been working with the authorities of the east, which are backed by the "
        "military commander Khalifa Haftar. Libya has been divided between rival "
        "governments since the 2011 uprising, complicating the response. UNESCO said "
        "it was in contact with Libyan officials about the heritage sites, which have "
        "been on its danger list since 2016.",
        "disaster",
    ),
    (
        "Floods swamp Mohenjo-daro as monsoon rains batter Sindh",
        "Monsoon floods have damaged the ruins of Mohenjo-daro, one of the world's "
        "oldest cities, with heavy rains causing several walls to collapse, officials "
        "in Pakistan's Sindh province said. The site's curator said water had entered "
        "parts of the excavated area and that brick walls in the stupa area and the "
        "so-called lower city had been weakened. Workers were using pumps and dozens "
        "of labourers to clear the drains. The 4,500-year-old Bronze Age city, part of"
        " the Indus Valley civilisation, has survived previous floods, but "
        "archaeologists say the scale of the rain this year is unprecedented. Across "
        "Pakistan, the floods have killed more than 1,000 people and displaced "
        "millions, with the army and navy deployed to rescue families stranded on "
        "rooftops. The government has called the floods a climate catastrophe. UNESCO "
        "announced emergency funding for repairs at the site. Officials said the site "
        "would remain closed to visitors for several weeks.",
        "disaster",
    ),
    (
        "Fire guts Brazil's National Museum and its 20 million objects",
        "A huge fire swept through Brazil's 200-year-old National Museum in Rio de "
        "Janeiro on Sunday night, destroying much of a collection of some 20 million "
        "items, including Egyptian mummies, Indigenous artefacts and the oldest human "
        "skull found in the Americas. Firefighters said the fire hydrants nearest the "
        "building were dry, and they had to fetch water from a lake in the surrounding"
        " park. No one was injured, as the museum was closed to the public at the "
        "time. Television images showed flames shooting out of the windows of the "
        "former imperial palace. Museum staff had complained for years about budget "
        'cuts and poor maintenance. "It is a tragedy for the nation," the museum\'s '
        'deputy director said, adding that "200 years of history have been lost". '
        'President Michel Temer called the loss "incalculable". The cause of the fire '
        "was not known, but police were investigating an air-conditioning unit in an "
        "auditorium on the ground floor.",
        "accident",
    ),
    (
        "Copenhagen's historic stock exchange engulfed by fire, spire collapses",
        "Fire broke out in Copenhagen's 17th-century stock exchange building on "
        "Tuesday, bringing down its famous dragon-tail spire and destroying much of "
        "the roof as passers-by helped to carry paintings out of the burning building."
        " The Børsen, one of the Danish capital's best-known landmarks, was undergoing"
        " renovation and was covered in scaffolding when the fire started, officials "
        "said. Employees of the Danish Chamber of Commerce, which owns the building, "
        "and members of the public joined firefighters in rescuing artworks, including"
        " a large painting by the artist P.S. Krøyer. The culture minister described "
        'the scene as "our own Notre-Dame moment". Police said there was no sign of '
        "criminal activity and that the cause would be investigated. The building's "
        "owners pledged to rebuild it. Several hundred paintings were saved, according"
        " to the chamber.",
        "accident",
    ),
    (
        "Notre-Dame de Paris reopens five years after fire",
        "Notre-Dame cathedral in Paris reopened on Saturday in a ceremony attended by "
        "dozens of world leaders, five years after a fire ravaged its roof and brought"
        " down its spire. The archbishop of Paris knocked three times on the "
        "cathedral's great doors with his crozier before entering, to the sound of the"
        " restored organ. About 2,000 craftsmen worked on the restoration, which cost "
        "around 700 million euros raised from donations from around the world. The oak"
        " roof frame was rebuilt using medieval techniques, and the 19th-century spire"
        " designed by Eugène Viollet-le-Duc was reconstructed identically. "
        "Investigators believe the 2019 fire was probably accidental, caused by a "
        "cigarette or an electrical fault. President Emmanuel Macron thanked the "
        "workers and firefighters. The cathedral expects to welcome around 15 million "
        "visitors a year. Some of the rebuilt stained glass has drawn criticism from "
        "heritage groups.",
        "accident",
    ),
    (
        "Sursock Museum reopens after Beirut port blast restoration",
        "Beirut's Sursock Museum reopened on Friday after a three-year restoration to "
        "repair damage caused by the 2020 port explosion, which blew out its "
        "stained-glass windows, brought down ceilings and damaged dozens of paintings "
        "in its collection. The blast, caused by hundreds of tonnes of ammonium "
        "nitrate stored unsafely at the port, killed more than 200 people and "
        "destroyed large parts of the surrounding neighbourhoods of Gemmayzeh and Mar "
        "Mikhael. The 1912 villa, which houses Lebanon's main collection of modern "
        "art, was less than a kilometre from the port. Restorers from Italy, France "
        "and Lebanon worked on the paintings, including a portrait of the museum's "
        'founder. The museum\'s director said the reopening was "an act of resistance" '
        "in a country going through an economic collapse. The investigation into the "
        "explosion has been stalled for years amid political interference. The museum "
        "has held an exhibition of works damaged in the blast.",
        "accident",
    ),
    (
        "Trench collapse at dig site in Peru kills two workers",
        "Two workers were killed and three others injured when the walls of an "
        "excavation trench collapsed at an archaeological site on the outskirts of "
        "Lima on Wednesday, Peruvian officials said. The men were removing soil from a"
        " pre-Hispanic burial ground at the foot of a huaca, an adobe pyramid, when "
        "heavy earth slid down and buried them, according to the fire service. "
        "Rescuers dug for several hours to recover the bodies. The culture ministry "
        "said it had suspended works at the site and would investigate whether safety "
        "rules had been respected. Lima has hundreds of huacas, many of them "
        "surrounded by housing and threatened by the growth of the city. "
        "Archaeologists at the site had found mummies wrapped in textiles in recent "
        "months. The families of the workers demanded compensation. A similar accident"
        " happened at another site in northern Peru two years ago.",
        "accident",
    ),
]
