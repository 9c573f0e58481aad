"""dev177 positives (1 of 3): the religion desk's reports of current organised violence in Africa:
Nigeria, Congo, the Sahel, Mozambique, Cameroon, Egypt, Sudan and Ethiopia (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Ondo church attack: Death toll rises to 41 as FG blames ISWAP",
        "The number of worshippers killed in Sunday's attack on Saint Francis "
        "Xavier Catholic Church in Owo, Ondo State, has risen to 41, the state "
        "government said on Thursday. Gunmen disguised as congregants opened "
        "fire on worshippers and detonated explosives at the end of the "
        "Pentecost Mass, leaving dozens more wounded at the Federal Medical "
        "Centre in the town. The Minister of Interior told journalists after a "
        "meeting of the National Security Council that the attack bore the "
        "hallmarks of the Islamic State West Africa Province. He did not say "
        "how the government reached that conclusion. The Catholic Bishop of "
        'Ondo said the parish had lost "whole families" and appealed to the '
        "faithful not to take the law into their own hands. Residents said the "
        "hospital had run out of blood and called on donors to come forward. "
        "No group has claimed responsibility for the attack, which shocked a "
        "part of the country largely spared the insurgency of the north-east. "
        "The state governor has ordered flags flown at half-mast for seven "
        "days. Pope Francis, in a message sent through the Vatican Secretary "
        "of State, said he was praying for the victims and for the conversion "
        'of those "blinded by hatred and violence". Security was stepped up at '
        "churches and mosques across the south-west, and the Ondo State "
        "Security Network Agency, known as Amotekun, said its operatives were "
        "searching the forests around Owo with the police. The Christian "
        "Association of Nigeria asked churches across the country to hold a "
        "minute's silence at their services on Sunday.",
        "E V T",
        "church attack",
    ),
    (
        "Nigeria: parish priest abducted in southern Kaduna as gunmen raid neighbouring village",
        "Kafanchan (Agenzia Fides) - A Catholic priest was abducted in the "
        "early hours of Sunday, 12 March, from the rectory of his parish in "
        "southern Kaduna State, in north-central Nigeria. According to a "
        "statement from the chancellor of the Diocese of Kafanchan, a group of "
        "armed men stormed the parish house of Saint Mary at around 1 am, "
        "firing into the air, and took away Father Emmanuel Danjuma, 41. Local "
        "sources told Fides that the same gang burned houses in the "
        "neighbouring village of Takau during the night and that two young men "
        "who tried to flee were shot dead. The diocese asked the faithful to "
        "pray for the priest's release and urged the authorities to act "
        '"quickly and decisively". It is the third kidnapping of a priest in '
        "the diocese since January. Southern Kaduna has for years been the "
        "scene of attacks by armed groups on farming communities, which local "
        "leaders describe as bandits and which the police say they are "
        "pursuing. No ransom demand has been made public. The Nigerian "
        "Catholic Bishops' Conference recently noted that the number of clergy "
        "abducted in the country has risen sharply.",
        "V",
        "abduction",
    ),
    (
        "Bomb kills worshippers at Pentecostal church in eastern Congo; "
        "Islamic State claims attack",
        "KINSHASA, Congo (AP) — A bomb exploded during a Sunday service at a "
        "Pentecostal church in eastern Congo, killing at least 14 people and "
        "wounding more than 60, the army said. The explosive device appears to "
        "have been planted inside the church in Kasindi, a town in North Kivu "
        "province on the border with Uganda, an army spokesman said. He blamed "
        "the Allied Democratic Forces, a rebel group with roots in Uganda that "
        "has pledged allegiance to the Islamic State group. The Islamic State "
        "group later claimed the attack in a statement on its Amaq news "
        "agency. A Kenyan national was arrested at the scene, the spokesman "
        'said. "There were bodies everywhere," said a worshipper who had come '
        "to the service with her three children. The ADF has killed thousands "
        "of civilians in North Kivu and Ituri in recent years, and Congolese "
        "and Ugandan troops have been conducting joint operations against the "
        "group since late 2021. Pope Francis, who is due to visit Kinshasa at "
        "the end of the month, offered prayers for the victims at the Vatican.",
        "E T V",
        "church bombing",
    ),
    (
        "Gunmen kill 44 worshippers at mosque in western Niger during Friday prayers",
        "Gunmen have killed at least 44 civilians during an attack on a mosque "
        "in western Niger as worshippers gathered for Friday prayers in the "
        "holy month of Ramadan, the country's interior ministry has said. The "
        "attackers surrounded the mosque in the village of Fambita, in the "
        "Kokorou commune of the Tillaberi region, at about 2pm local time and "
        "opened fire on those inside before setting fire to a market and "
        "several homes, the ministry said in a statement read on state "
        "television. Thirteen people were wounded. The government blamed the "
        "Islamic State in the Greater Sahara and declared three days of "
        'national mourning. "These heavily armed terrorists surrounded the '
        'mosque to carry out a massacre of unimaginable cruelty," the '
        "statement said. There was no immediate claim of responsibility. "
        "Tillaberi, near the borders with Mali and Burkina Faso, has been the "
        "epicentre of violence by armed groups linked to al-Qaeda and ISIL "
        "(ISIS) for almost a decade. The military government that seized power "
        "in July 2023 promised to restore security, but attacks on civilians "
        "and soldiers have continued. Niger, Mali and Burkina Faso, all ruled "
        "by military leaders, have formed a joint force to fight the armed "
        "groups.",
        "V T",
        "massacre",
    ),
    (
        "Mozambique: Italian missionary sister killed as insurgents burn "
        "Catholic mission in Nampula",
        "Maputo (Agenzia Fides) - An elderly Italian missionary sister was "
        "killed on the night between 6 and 7 September when armed insurgents "
        "attacked the Catholic mission of Chipene, in the diocese of Nacala, "
        "in northern Mozambique. The sister, 83, a Comboni missionary who had "
        "lived in the country for almost sixty years, was shot in the head, "
        "according to the diocese. The attackers set fire to the church, the "
        "hospital, the school and the sisters' residence, local sources told "
        "Fides, while the other missionaries, two Italian priests and a "
        "Spanish nun, managed to flee into the bush with some of the girls "
        "from the boarding school. The mission's staff and the students have "
        "since been taken to Nacala. The bishop of Nacala said that thousands "
        "of people from the villages around Chipene had fled towards the coast "
        "in recent days after armed groups crossed the Lurio river from Cabo "
        'Delgado. "The insurgents are moving south, and people are terrified," '
        "he said. Since 2017 the conflict in Cabo Delgado, where groups linked "
        "to the so-called Islamic State operate, has killed thousands and "
        "displaced nearly a million people. Pope Francis recalled the sister "
        "at the end of the general audience and prayed for the people of "
        "Mozambique.",
        "V T D",
        "attack on mission",
    ),
    (
        "RSF drone strike on El Fasher mosque kills dozens at dawn prayers",
        "A drone strike on a mosque in the besieged Sudanese city of El Fasher "
        "killed at least 75 worshippers during dawn prayers on Friday, "
        "according to local volunteers and medics, in one of the deadliest "
        "single attacks on civilians since the city was encircled by the "
        "paramilitary Rapid Support Forces (RSF) more than a year ago. The "
        "strike hit a mosque in the Daraja neighbourhood, near the Abu Shouk "
        "displacement camp, while it was full of families who had fled earlier "
        "attacks, the local Emergency Response Rooms said. Middle East Eye "
        "could not independently verify the toll, but videos circulated online "
        "showed bodies under the debris of the collapsed building and "
        "residents digging with their hands. The Sudanese army and its allied "
        "joint forces accused the RSF of carrying out the strike; the RSF did "
        "not comment. The city's last functioning hospitals have been "
        "repeatedly shelled, and aid agencies say famine has been confirmed in "
        "parts of El Fasher, where people are eating animal feed. A spokesman "
        'for the UN Secretary-General said António Guterres was "appalled" and '
        "reiterated that attacks on civilians and places of worship were "
        "prohibited under international law. The RSF has been fighting the "
        "army since April 2023 in a war that has killed tens of thousands and "
        "displaced more than 12 million people.",
        "E V D H",
        "drone strike",
    ),
    (
        "Gunmen ambush bus carrying Coptic Christians to monastery in Egypt, killing 7",
        "CAIRO (AP) — Gunmen opened fire on a bus carrying Coptic Christian "
        "pilgrims to a remote desert monastery south of Cairo on Friday, "
        "killing seven people and wounding at least 14, Egyptian officials "
        "said. The attack took place on a dirt road leading to the Monastery "
        "of Saint Samuel the Confessor in Minya province, the same route where "
        "militants killed 28 Christians in a similar ambush last year. The "
        "Coptic Orthodox Church said in a statement that the victims included "
        "a father and his son, and that most of the passengers were from a "
        "single village. The Islamic State group's Egyptian affiliate claimed "
        "responsibility, according to the SITE Intelligence Group, which "
        "monitors militant websites. The attackers fled in four-wheel-drive "
        "vehicles, a security official said, speaking on condition of "
        "anonymity because he was not authorized to brief reporters. President "
        'Abdel-Fattah el-Sissi vowed to press on with the fight against "dark '
        "terrorism.\" Christians, who make up about 10% of Egypt's population, "
        "have been repeatedly targeted by militants since 2016, including in "
        "suicide bombings of churches in Cairo, Tanta and Alexandria. Egypt's "
        "security forces have been battling an insurgency led by the IS "
        "affiliate in the northern Sinai Peninsula for years.",
        "V T",
        "ambush on pilgrims",
    ),
    (
        "Plateau attacks: Death toll rises to 160 as gunmen raid 20 Bokkos communities",
        "The death toll from a series of attacks by armed men on communities "
        "in the Bokkos and Barkin Ladi local government areas of Plateau State "
        "has risen to about 160, local officials said on Tuesday. The attacks, "
        "carried out on Christmas Eve and in the early hours of Christmas Day, "
        "targeted at least 20 villages, where gunmen set houses on fire and "
        "shot residents as they fled, according to the chairman of the Bokkos "
        "local government council. A Premium Times reporter who visited Mushu "
        "village on Tuesday saw mass graves being dug as residents buried "
        "their relatives. More than 300 people were injured and are being "
        "treated in hospitals in Bokkos, Jos and Barkin Ladi, while thousands "
        "of villagers have fled to camps in the council headquarters. The "
        'Christian Association of Nigeria condemned what it called "a '
        'coordinated attack on Christians during the season of peace." The '
        'state governor described the attackers as "terrorists" and said the '
        "killings were a barbaric assault on unarmed citizens. A spokesperson "
        "for the Defence Headquarters said troops had been deployed to the "
        "affected areas and had arrested some suspects. Plateau has for years "
        "been torn by attacks and reprisals between farming communities and "
        "herders over land.",
        "V D T",
        "massacre",
    ),
    (
        "Cameroon: five priests, a nun and a cook kidnapped as gunmen burn "
        "parish church in Mamfe diocese",
        "Gunmen in Cameroon's restive Southwest region have kidnapped five "
        "priests, a religious sister, a cook and a young worshipper after "
        "setting fire to a Catholic church in the village of Nchang, the "
        "Ecclesiastical Province of Bamenda said in a statement. The attackers "
        "arrived at the parish on Friday morning, opened fire and set the "
        "church alight before taking the eight hostages into the bush, the "
        "statement said. The bishop of Mamfe said the kidnappers had demanded "
        "a ransom of 50 million CFA francs, about $75,000, and that the "
        "diocese would not pay. Local sources told Crux that the gunmen were "
        "Anglophone separatist fighters who accuse the Church of siding with "
        "the government, though no group has claimed the abduction. Many "
        "residents fled to Mamfe town after the attack, fearing reprisals by "
        "the army. Cameroon's Anglophone crisis began in 2016 with peaceful "
        "protests by lawyers and teachers, and escalated a year later into an "
        "armed conflict between government forces and separatists who have "
        'declared an independent state of "Ambazonia." The conflict has killed '
        "more than 6,000 people and displaced around 600,000, according to the "
        "International Crisis Group. Catholic leaders have repeatedly been "
        "targeted by both sides.",
        "V D",
        "abduction",
    ),
    (
        "Burkina Faso: jihadists kill 15 Catholics gathered for Sunday prayer in Essakane",
        "Ouagadougou (Agenzia Fides) - Fifteen Catholic faithful were killed "
        "on Sunday, 25 February, by armed men while gathered for Sunday prayer "
        "in the village of Essakane, in the Oudalan province of northern "
        'Burkina Faso, the diocese of Dori said. "We invite you to pray for '
        "the eternal rest of those who died in faith, for the healing of the "
        "wounded and for the conversion of those who continue to sow death and "
        'desolation in our country," the bishop of Dori wrote in a message. '
        "Twelve people died at the scene and three others later in the health "
        "centre, according to the diocese. The attack is attributed to "
        "jihadist groups active in the area, local sources told Fides. On the "
        "same day, dozens of worshippers were killed in an attack on a mosque "
        "in Natiaboani, in the east of the country, according to security "
        "sources. In the region of Dori, several parishes have been closed in "
        "recent years, and many of the faithful have taken refuge in the towns "
        "of the south. Armed groups linked to al-Qaeda and the Islamic State "
        "now control or contest large parts of the national territory, and the "
        "displaced number more than two million.",
        "V T D",
        "massacre",
    ),
    (
        "Pope Leo prays for victims of ADF attack on Komanda parish, calls for "
        "end to violence in Congo",
        "Pope Leo XIV on Sunday expressed his sorrow for the worshippers "
        "killed in an overnight attack on a Catholic parish in the eastern "
        "Democratic Republic of Congo, asking the crowd in Saint Peter's "
        'Square to pray with him for "our brothers and sisters who were killed '
        'while praying." Speaking after the Angelus, the Pope said he had '
        'learned "with great pain" of the attack on the Blessed Anuarite '
        "parish in Komanda, in Ituri province, where armed men burst into the "
        "church during a night vigil. According to the diocese of Bunia, at "
        "least 38 people, most of them young members of a parish youth "
        "movement, were killed with guns and machetes, and several houses and "
        "shops nearby were burned. Local officials blamed the Allied "
        "Democratic Forces, an armed group affiliated with the Islamic State, "
        "which later claimed the attack. The Pope called on all those who hold "
        'responsibility "locally and internationally" to cooperate in '
        "preventing such tragedies. The UN mission in the country, MONUSCO, "
        "said it had sent peacekeepers to secure the area and was supporting "
        "the evacuation of the wounded to Bunia. Residents of Komanda told "
        "local radio they had spent the night in the bush fearing a new "
        "attack. The Congolese bishops' conference declared a day of mourning "
        "and prayer in all dioceses.",
        "V T D",
        "church attack",
    ),
    (
        "Witnesses describe killings at Tigray church as region's blackout hampers confirmation",
        "NAIROBI, Kenya (AP) — Witnesses and church officials have described "
        "the killing of hundreds of people in and around the Church of Our "
        "Lady Mary of Zion in the ancient Ethiopian city of Axum, one of the "
        "holiest sites of Ethiopian Orthodox Christianity, though the accounts "
        "could not be independently verified because of a communications "
        "blackout in the Tigray region. A deacon at the church told The "
        "Associated Press that he helped gather the identity cards of victims "
        "and count bodies, many of them young men, who were killed by soldiers "
        'he identified as Eritrean after fighting in the city. "The killing '
        'went on for two days," he said by phone from a town where he had '
        "fled. He said about 800 people were killed in Axum, a figure that "
        "could not be confirmed. Ethiopia's government, which has repeatedly "
        "denied that Eritrean troops are fighting in Tigray, did not respond "
        "to requests for comment. An official of the Ethiopian Orthodox "
        "Church's patriarchate said it had no way to contact its clergy in the "
        "region. Thousands of pilgrims normally travel to Axum for a festival "
        "at the end of November, when the massacre is said to have taken "
        "place; this year the roads were closed. Aid agencies say they still "
        "have no access to most of Tigray, where food is running out.",
        "V H",
        "massacre",
    ),
]
