"""dev322 positives, part A: current attacks on worshippers, clergy and places of worship."""

POSITIVES = [
    (
        "Gunmen storm Catholic church in Owo during Pentecost Mass",
        "Gunmen opened fire and set off explosives inside St Francis Xavier Catholic Church in Owo, "
        "Ondo State, on Sunday as worshippers gathered for Pentecost Mass, killing dozens. "
        "Witnesses said the attackers came in through the main door and a side entrance while "
        "others waited outside to shoot at people trying to flee. "
        "“We heard the first blast near the altar, then the shooting did not stop for several minutes,” "
        "said a parishioner who escaped through the sacristy with her two children. "
        "The Diocese of Ondo said its priests were safe but that many members of the congregation, "
        "including children, were among the dead. "
        "The Federal Medical Centre in Owo appealed for blood donations as more than 60 wounded "
        "people were brought in. "
        "Police said the attackers escaped in a stolen car and that no group had yet claimed the attack. "
        "Federal officials later blamed fighters linked to Islamic State West Africa Province. "
        "Bishop Jude Arogundade called the assault “a wicked attack on a house of prayer” and "
        "asked Catholics across the state to stay calm.",
        "T E V",
        "attack_on_worshippers",
    ),
    (
        "Priest and five worshippers shot dead in Burkina Faso church attack",
        "Around 20 armed men burst into a Catholic church in Dablo, in Burkina Faso's Centre-Nord "
        "region, during Sunday morning Mass and killed a priest and five members of the congregation, "
        "the local mayor said. "
        "The attackers ordered the worshippers to lie on the floor, shot those who tried to run and "
        "then set fire to the church and several shops nearby, according to the mayor. "
        "Father Simeon Yampa, 34, was celebrating the service when the gunmen arrived on motorbikes. "
        "It was the second attack on a church in the country in a month, and the bishops' "
        "conference said Christians in the north were now afraid to gather. "
        "Security sources blamed jihadist groups that have spread south from Mali, and residents "
        "said many families had left Dablo for Kaya after the attack. "
        "The government sent reinforcements to the area on Monday. "
        "Bishop Laurent Dabiré of Dori told a Vatican news agency that the attackers wanted "
        "“to provoke a war of religion” in a country where Muslims and Christians have long lived "
        "side by side.",
        "T V D",
        "attack_on_worshippers",
    ),
    (
        "Christians flee Jaranwala as mobs torch churches over blasphemy claim",
        "Hundreds of Christian families fled their homes in Jaranwala, in Pakistan's Punjab province, "
        "after crowds set fire to at least five churches and dozens of houses on Wednesday over "
        "allegations that two Christian men had desecrated the Koran. "
        "Television footage showed men hauling pews and Bibles into the street and setting them "
        "alight while police stood by, and the roof of the Salvation Army church collapsed in the flames. "
        "Many residents spent the night in nearby fields and sugarcane plots. "
        "“They broke into every room of our house and burned what they could not carry,” said "
        "Saleem Masih, a 52-year-old labourer. "
        "Police said more than 100 people had been arrested for arson and rioting, and the army "
        "was called in to restore order. "
        "Bishop Azad Marshall of the Church of Pakistan said Christians had been “beaten and harassed” "
        "and asked the authorities for protection. "
        "The caretaker prime minister promised compensation and said those responsible would be punished.",
        "U V D",
        "mob_violence",
    ),
    (
        "Bomber blows himself up among police at prayer in Peshawar mosque",
        "A suicide bomber blew himself up among worshippers at a mosque inside a heavily guarded "
        "police compound in Peshawar during afternoon prayers on Monday, killing at least 59 people "
        "and wounding 157, officials said. "
        "Most of the dead were police officers who had lined up for the zuhr prayer when the blast "
        "brought down the mosque's roof. "
        "Rescuers worked through the night to pull survivors and bodies from the rubble. "
        "A commander of the Pakistani Taliban first claimed the bombing, although the group's "
        "spokesman later distanced it from the attack. "
        "Police chiefs said the bomber had passed several checkpoints dressed in uniform. "
        "The Lady Reading Hospital declared an emergency and asked residents to donate blood. "
        "Clerics from across the city condemned the attack, with one calling it “an assault on "
        "the house of God itself”. "
        "The bombing was the deadliest in Khyber Pakhtunkhwa in years and came as militant "
        "violence has risen since the Taliban returned to power across the border in Afghanistan.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Dozens killed as blast tears through Shia mosque in Kunduz",
        "An explosion ripped through a Shia mosque in the northern Afghan city of Kunduz during "
        "Friday prayers, killing dozens of worshippers in the deadliest attack since the Taliban "
        "took control of the country. "
        "A hospital run by Doctors Without Borders said it had received more than 35 bodies and "
        "dozens of wounded, while local officials put the toll higher. "
        "Islamic State's Khorasan branch said one of its members, a suicide bomber, had targeted "
        "the Hazara Shia community gathered at the Gozar-e-Sayed Abad mosque. "
        "Photographs showed bodies covered with blankets on the blood-stained floor of the prayer hall. "
        "A Taliban spokesman said special forces had been sent to the area to investigate. "
        "Shia leaders said their mosques had been left without protection and asked the new "
        "authorities to allow the community to arm its own guards. "
        "The United Nations mission in Afghanistan condemned the bombing as part of a disturbing "
        "pattern of violence against religious institutions.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Strike hits Gaza's oldest church where hundreds had taken shelter",
        "An Israeli strike hit the compound of the Greek Orthodox Church of Saint Porphyrius in "
        "Gaza City late on Thursday, where hundreds of Christians and Muslims had been sheltering "
        "from the bombardment, the Greek Orthodox Patriarchate of Jerusalem said. "
        "At least 16 people were killed when a building next to the church collapsed, church "
        "officials said, among them several children. "
        "The 12th-century church is the oldest still in use in the city. "
        "Families had moved into its halls after fleeing their homes in the north of the strip in "
        "the first days of the war. "
        "The Israeli military said it had been targeting a command centre nearby and that the "
        "incident was under review. "
        "The Patriarchate called the strike a war crime and said churches and their institutions "
        "were providing shelter to innocent citizens. "
        "Survivors described pulling relatives from the rubble by torchlight, with fuel too scarce "
        "to run generators. "
        "Gaza's small Christian community, estimated at about 1,000 people, has been reduced by "
        "emigration over the years.",
        "E V D H",
        "airstrike",
    ),
    (
        "Russian missile attack damages Odesa's Transfiguration Cathedral",
        "Odesa's Transfiguration Cathedral, the city's largest Orthodox church, was badly damaged "
        "overnight when Russia hit the historic centre with missiles, Ukrainian officials said on Sunday. "
        "At least two people were killed and 22 wounded across the city, including four children, "
        "according to the regional governor. "
        "The roof of the cathedral was torn open and its altar area and floors were covered in "
        "rubble, photographs released by the church showed. "
        "Archdeacon Mikhail, who was inside the cathedral on Sunday morning, said icons had been "
        "carried out by parishioners before dawn. "
        "The cathedral belongs to the Ukrainian Orthodox Church, which was once tied to the Moscow "
        "Patriarchate. "
        "Russia's defence ministry said it had struck sites where “terrorist acts” against Russia "
        "were being prepared and denied hitting the church. "
        "UNESCO, which listed Odesa's historic centre as a World Heritage site in January, "
        "condemned the attack. "
        "The strikes were the latest in a week of nightly barrages on the Black Sea port."
        " The cathedral was blown up by Soviet authorities in 1936 and rebuilt in the early "
        "2000s. Worshippers gathered outside on Sunday afternoon to pray among the broken "
        "glass, and volunteers began covering the holes in the roof with plastic sheeting.",
        "E",
        "missile_strike",
    ),
    (
        "Mar Elias church bombing kills 25 during Sunday liturgy in Damascus",
        "A suicide bomber opened fire on worshippers at the Mar Elias Greek Orthodox church in "
        "Damascus on Sunday and then detonated an explosive vest, killing at least 25 people and "
        "wounding more than 60, Syria's health ministry said. "
        "It was the first suicide attack in the capital since the fall of Bashar al-Assad's "
        "government in December. "
        "The interior ministry said the attacker belonged to Islamic State. "
        "Witnesses said the man entered during the evening liturgy, shot at people near the door "
        "and blew himself up as members of the congregation tried to overpower him. "
        "Broken pews and shattered icons lay across the nave on Monday as families gathered to "
        "identify their dead. "
        "The Greek Orthodox Patriarchate of Antioch said the authorities bore responsibility for "
        "protecting Christians and all citizens. "
        "Interim leaders pledged to hunt down those who helped the bomber. "
        "Church leaders had warned for months that Christians in Syria felt exposed during the "
        "transition.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Fighting in Sweida kills hundreds as Druze and Bedouin clashes spread",
        "Clashes between Druze fighters and Bedouin tribes in Syria's southern province of Sweida "
        "spread for a fourth day on Wednesday, as government troops sent to end the fighting were "
        "themselves accused of killing civilians. "
        "A monitoring group said more than 300 people had been killed since Sunday, including "
        "dozens of Druze civilians it said had been executed in their homes. "
        "Israel struck government forces in Sweida and near the defence ministry in Damascus, "
        "saying it was acting to protect the Druze community. "
        "Druze spiritual leader Sheikh Hikmat al-Hijri called on his followers to resist, while "
        "other Druze clerics backed a truce with the authorities. "
        "Thousands of families fled to villages outside the city, and the main hospital said it "
        "was running out of supplies. "
        "The fighting began after a Druze vegetable seller was abducted on the highway to Damascus. "
        "A ceasefire announced by the interior ministry collapsed within hours.",
        "B V D M E",
        "sectarian_clashes",
    ),
    (
        "Church worshippers killed in overnight ADF raid in Ituri",
        "Rebels of the Allied Democratic Forces attacked a Catholic parish in Komanda, in the "
        "Democratic Republic of Congo's Ituri province, during a night of prayer, killing at "
        "least 38 people, a local civil society leader said. "
        "Most of the victims were young people taking part in an all-night vigil at the church. "
        "Several homes and shops around the parish were also set on fire, and some worshippers "
        "were still missing on Sunday. "
        "The ADF, which pledged allegiance to Islamic State, has killed thousands of civilians in "
        "eastern Congo in recent years. "
        "The army spokesman in Ituri said the attackers came from a stronghold about 12 km away "
        "and fled before troops could intervene. "
        "Pope Leo XIV sent condolences to the diocese of Bunia and prayed for the victims. "
        "Residents said they had asked for more soldiers in the area for weeks, and many families "
        "left for the town of Bunia after the attack.",
        "T V D",
        "massacre",
    ),
    (
        "Niger mourns 44 worshippers shot during Friday prayers in Fambita",
        "Gunmen attacked a mosque in Fambita, in Niger's Tillaberi region, during Friday prayers "
        "and killed 44 civilians, the interior ministry said, declaring three days of national mourning. "
        "The attackers surrounded the mosque in the afternoon and fired on worshippers, before "
        "burning a market and several houses, the ministry said. "
        "It blamed the Islamic State in the Greater Sahara, which has repeatedly attacked villages "
        "in the region near the borders with Mali and Burkina Faso. "
        "Thirteen other people were seriously wounded. "
        "It was one of the deadliest attacks on civilians since the military seized power in July 2023. "
        "The junta called the killing “a massacre of unspeakable cruelty” and said the perpetrators "
        "would be found. "
        "Imams in Niamey said prayers for the victims on Sunday, and a cleric from the area said "
        "villagers no longer dared to gather in numbers.",
        "T V",
        "massacre",
    ),
    (
        "Body of kidnapped Catholic priest found days after abduction in Kaduna",
        "The body of a Catholic priest kidnapped by armed men in southern Kaduna State was found "
        "on Friday, five days after he was taken from his parish house, the diocese said. "
        "Father Sylvester Okechukwu, 70, was seized late at night by a group of about ten gunmen "
        "who fired into the air as they entered the compound in Tachira. "
        "The chancellor of Kafanchan diocese said the priest's kidnappers had not made contact "
        "before his body was discovered. "
        "Southern Kaduna has been hit for years by attacks by armed groups on farming villages, "
        "and the diocese said three of its churches had been abandoned since 2022. "
        "“We have buried catechists, we have buried parishioners, and now we bury our priest,” "
        "a priest from a neighbouring parish said. "
        "Police said officers and soldiers were combing forests in the area. "
        "Nigeria's bishops' conference said more than 20 Catholic priests had been abducted in the "
        "country in the past year.",
        "V",
        "killing_of_clergy",
    ),
    (
        "Churches burned as ethnic violence sweeps Manipur",
        "More than 200 churches have been burned or damaged in Manipur since ethnic clashes broke "
        "out between the majority Meitei and the mostly Christian Kuki-Zo communities, church "
        "leaders said on Tuesday. "
        "The Manipur Baptist Convention said mobs had also torched seminaries and pastors' homes "
        "in the Imphal valley, and some Meitei temples had been attacked in the hills. "
        "Officials say at least 100 people have been killed and more than 50,000 have fled to "
        "relief camps run by the state government and churches. "
        "Internet services remain suspended across the state. "
        "The Archbishop of Imphal said some of the churches targeted belonged to Meitei Christians, "
        "showing that the violence had a religious dimension as well as an ethnic one. "
        "The army and paramilitary units have been deployed to buffer zones between the valley and "
        "the hills. "
        "Church groups in Delhi held a prayer meeting and urged the prime minister to visit the state.",
        "U V D",
        "communal_violence",
    ),
    (
        "Imam killed and mosque torched as clashes spread from Nuh procession",
        "An imam was killed and a mosque set on fire in Gurugram overnight after clashes that "
        "broke out during a Hindu religious procession in the neighbouring district of Nuh spread "
        "across Haryana, police said. "
        "A mob of about 70 to 80 people entered the Anjuman mosque in Sector 57 shortly after "
        "midnight, attacked the men inside and set the building alight, according to the police. "
        "The 19-year-old deputy imam died of his injuries in hospital. "
        "Two home guards and at least three other people were killed in the violence in Nuh, where "
        "stones were thrown at the procession and cars were burned. "
        "Authorities imposed a curfew in Nuh, cut mobile internet and sent extra paramilitary "
        "companies to the area. "
        "More than 100 people have been arrested. "
        "Muslim clerics in Gurugram asked worshippers to offer Friday prayers at home, and many "
        "migrant workers left the city in the following days.",
        "U V D",
        "communal_violence",
    ),
    (
        "Mosul's Christians flee after Islamic State ultimatum",
        "Thousands of Christians have fled Mosul after Islamic State militants gave them until "
        "Saturday to convert to Islam, pay a religious tax or face death, church leaders said. "
        "Families left the city in cars and on foot for Kurdish-held towns to the east, and many "
        "said fighters at checkpoints took their money, jewellery and even their passports. "
        "The letter “N”, for Nasrani, was painted on Christian homes, which the militants said now "
        "belonged to the Islamic State. "
        "“For the first time in the history of Iraq, Mosul is now empty of Christians,” Chaldean "
        "Patriarch Louis Sako said. "
        "The militants also seized the Syriac Catholic and Orthodox cathedrals and removed the "
        "crosses from them. "
        "Churches in Erbil and Qaraqosh opened their halls to the new arrivals. "
        "The United Nations said the persecution of minorities in the area could amount to a "
        "crime against humanity."
        " Some families said they had walked for hours in the summer heat with small children "
        "after their cars were taken. The Chaldean church said it was renting houses in Erbil "
        "and Dohuk to shelter them.",
        "T V D",
        "persecution",
    ),
]
