"""dev177 positives (3 of 3): the religion desk's reports of current organised violence in the
Middle East, Europe and the Americas: Gaza and the West Bank, Jerusalem, Syria, Iran, Iraq,
Ukraine, Britain and Haiti (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Two killed in Yom Kippur attack at Manchester synagogue; UK police "
        "declare terror incident",
        "Two people were killed and three seriously injured on Thursday when "
        "an attacker drove a car into people and stabbed a security guard "
        "outside a synagogue in north Manchester as worshippers gathered for "
        "Yom Kippur prayers, British police said. Armed officers shot the "
        "suspect, who was wearing what appeared to be an explosive vest, "
        "within minutes of the first emergency call; the vest was later found "
        "not to be viable. Greater Manchester Police declared the attack a "
        "terrorist incident and said counter-terrorism officers were leading "
        "the investigation. Congregants barricaded themselves inside the "
        "building while the attack unfolded, according to witnesses quoted by "
        "the Jewish Chronicle. Prime Minister Keir Starmer cut short a trip to "
        "Copenhagen to chair an emergency meeting of the government's COBRA "
        'committee. Israel\'s President Isaac Herzog said he was "horrified," '
        "and Foreign Minister Gideon Sa'ar called on British authorities to "
        "act against what he described as a wave of antisemitic incitement. "
        "Police deployed extra patrols to synagogues across the country. The "
        "Community Security Trust, which protects Jewish institutions in "
        "Britain, said its volunteers had helped to lock down the site.",
        "T V",
        "terrorist attack",
    ),
    (
        "Two killed as Israeli tank fire hits Gaza's only Catholic parish",
        "Two people were killed and at least ten wounded, including the parish "
        "priest, when Israeli tank fire struck the compound of Holy Family "
        "Parish in Gaza City on Thursday morning, the Latin Patriarchate of "
        "Jerusalem said. The parish has been sheltering several hundred "
        "Christians, among them children with disabilities cared for by the "
        "Missionaries of Charity, since the start of the war in October 2023. "
        "The Argentine pastor suffered a light injury to his leg, according to "
        "the patriarchate, which said the church building itself was damaged. "
        "The two people killed in the compound were a 60-year-old caretaker "
        "and an elderly woman receiving psychological support in a tent in the "
        'courtyard. Pope Leo XIV said he was "deeply saddened" by the attack '
        "and renewed his call for an immediate ceasefire. The Israeli military "
        "said it was aware of reports of damage to the church and was "
        'reviewing the incident, adding that it "makes every effort to '
        "mitigate harm to civilians and civilian structures, including "
        "religious sites.\" Prime Minister Benjamin Netanyahu's office later "
        'said Israel "deeply regrets" that a stray round had hit the church. '
        "The Latin Patriarch and the Greek Orthodox Patriarch of Jerusalem "
        "entered Gaza the following day with a convoy carrying hundreds of "
        "tons of food, medical kits and generators for the Christian community "
        "and other families.",
        "E V H",
        "shelling",
    ),
    (
        "Russian missile strike on Odesa wrecks Orthodox cathedral, kills two",
        "A Russian missile attack on Odesa in the early hours of Sunday killed "
        "two people and severely damaged the city's Transfiguration Cathedral, "
        "the largest Orthodox church in the Black Sea port, Ukrainian "
        "officials said. Photographs posted by the regional governor showed "
        "the cathedral's altar area open to the sky, icons scattered in the "
        "rubble and parishioners carrying out what they could save. The "
        "cathedral, rebuilt in the early 2000s after being blown up by the "
        "Soviet authorities in 1936, belongs to the Ukrainian Orthodox Church, "
        "which until last year was linked to the Moscow Patriarchate. At least "
        "22 people, among them four children, were injured across the city, "
        "and 25 buildings of architectural importance were damaged, according "
        "to officials. Russia's defence ministry said it had struck sites "
        'where "terrorist acts against Russia" were being prepared and denied '
        "hitting the cathedral, suggesting that a Ukrainian air-defence "
        "missile had fallen on it. Unesco, which has listed Odesa's historic "
        "centre as a World Heritage site in danger, condemned the attack. The "
        "Archbishop of Canterbury said he was praying for the people of Odesa. "
        "The city's metropolitan, whom some Ukrainians have accused of "
        "pro-Russian sympathies, led a service among the ruins in the "
        "afternoon.",
        "E",
        "missile strike",
    ),
    (
        "Israeli police storm Al-Aqsa Mosque, beat and arrest hundreds of Ramadan worshippers",
        "Israeli police stormed the al-Qibli prayer hall in the Al-Aqsa Mosque "
        "compound in occupied East Jerusalem before dawn on Wednesday, firing "
        "stun grenades and rubber-coated bullets and beating Palestinian "
        "worshippers who had barricaded themselves inside during the holy "
        "month of Ramadan, witnesses said. Footage shared on social media "
        "showed officers in riot gear striking people with batons and rifle "
        "butts as women screamed for help. The Palestinian Red Crescent said "
        "its medics treated at least 37 people, and that police prevented "
        "ambulances from reaching the compound. Israeli police said around 350 "
        'people were arrested after "law-breaking youths and masked agitators" '
        "locked themselves in the mosque with fireworks, sticks and stones. "
        "Rockets were fired from Gaza towards southern Israel hours later, the "
        'Israeli army said. The Palestinian Authority called the raid "an '
        'unprecedented crime," and Jordan, the custodian of the holy site, '
        "warned of dangerous consequences. Arab League foreign ministers "
        "called an emergency session for Thursday. Under a long-standing "
        "status quo, non-Muslims may visit the compound, known to Jews as the "
        "Temple Mount, but not pray there.",
        "U E",
        "raid on holy site",
    ),
    (
        "Settlers suspected of torching mosque in West Bank village, spraying Hebrew graffiti",
        "Suspected Jewish extremists set fire to a mosque in the northern West "
        "Bank village of Deir Istiya before dawn on Thursday and spray-painted "
        "Hebrew graffiti on its walls, Palestinian officials and an Israeli "
        "rights group said. Footage from the scene showed the mosque's "
        "entrance and several copies of the Quran blackened by smoke, and the "
        'words "revenge" and "we are not afraid" scrawled on an outer wall. '
        "Residents said they had woken to the smell of smoke and put out the "
        "fire before it spread to the prayer hall. The IDF said troops and "
        "Border Police officers had been dispatched to the village and that "
        "the Shin Bet security service had opened an investigation into what "
        'it called a "serious incident." The Yesh Din organisation said it was '
        "the third attack on a mosque in the West Bank this year. The arson "
        "came a day after settlers rampaged through two nearby villages, "
        "torching vehicles and throwing stones at homes, according to the "
        "Palestinian Authority's Wafa news agency. President Isaac Herzog "
        "condemned the attack, saying that harming a place of worship was "
        '"shocking and unacceptable." Hours later, dozens of settlers clashed '
        "with Israeli troops near an outpost in the area.",
        "V",
        "arson attack",
    ),
    (
        "Suicide bomber kills 25 at Damascus church in first such attack since Assad's fall",
        "DAMASCUS, June 22 (Reuters) - A suicide bomber opened fire and then "
        "blew himself up inside the Mar Elias Greek Orthodox church in the "
        "Syrian capital during Sunday Mass, killing at least 25 people and "
        "wounding 63, Syria's health ministry said. The interior ministry said "
        "the attacker belonged to Islamic State and entered the church in the "
        "Dweila neighbourhood shooting at the congregation before detonating "
        "an explosive vest. Witnesses said the church was packed with about "
        '350 worshippers. "We heard gunfire and then a huge explosion, and the '
        'glass fell on us," a worshipper told Reuters outside the hospital. It '
        "was the first suicide bombing in Damascus since the fall of Bashar "
        "al-Assad in December and came amid fears among Syria's religious "
        "minorities about their place under the new Islamist-led authorities. "
        'The information minister called the bombing a "cowardly act" against '
        "the values of citizenship that bind Syrians together. The Greek "
        "Orthodox Patriarchate of Antioch urged the government to take full "
        "responsibility for the violation of the sanctity of churches and to "
        "protect all citizens. The UN envoy for Syria called for a full "
        "investigation. Volunteers from the Syrian Civil Defence, known as the "
        "White Helmets, carried the wounded out of the church on plastic "
        "sheets and blankets. Later in the evening, hundreds of Christians "
        "gathered outside the church, some chanting against the authorities "
        "for failing to protect them. Funerals for the victims are expected to "
        "be held on Tuesday at the Church of the Holy Cross in the Qassaa "
        "district.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Gunman kills 13 at Shah Cheragh shrine in Iran's Shiraz; ISIL claims attack",
        "At least 13 people have been killed in an attack on a major Shia "
        "shrine in the southern Iranian city of Shiraz, Iranian state media "
        "reports, in an assault claimed by ISIL (ISIS). An armed man entered "
        "the Shah Cheragh mausoleum at the time of the evening prayer on "
        "Wednesday and opened fire on worshippers and staff, IRNA news agency "
        "reported, citing the provincial judiciary chief. Two children were "
        "among the dead, and dozens of people were wounded. ISIL said in a "
        "statement on its Telegram channels that one of its fighters had "
        "carried out the attack. President Ebrahim Raisi vowed that the attack "
        '"will certainly not go unanswered" and accused Iran\'s enemies of '
        "seeking to use the unrest that has swept the country since the death "
        "of Mahsa Amini to create chaos. Thousands of people attended the "
        "funerals of the victims in Shiraz on Friday.",
        "T V",
        "shrine attack",
    ),
    (
        "Gang kidnaps 17 US and Canadian missionaries and relatives near Haiti's capital",
        "PORT-AU-PRINCE, Haiti (AP) — A gang kidnapped 17 members of a "
        "US-based missionary group, including five children, in Haiti on "
        "Saturday, according to a Haitian police official and a statement from "
        "Christian Aid Ministries. The missionaries, 16 Americans and one "
        "Canadian, were returning from a visit to an orphanage in Ganthier, "
        "east of the capital, when their bus was seized by armed men in the "
        "suburb of Croix-des-Bouquets, the official said. He said the 400 "
        "Mawozo gang, which controls the area, was behind the abduction. The "
        "group has been blamed for the kidnapping of five priests and two nuns "
        "earlier this year and has fought police and rival gangs for control "
        "of roads leading out of the capital. Ohio-based Christian Aid "
        "Ministries asked supporters to pray for the hostages and their "
        "captors. The US State Department said it was in regular contact with "
        "senior Haitian authorities. Kidnappings have surged in Haiti since "
        "the assassination of President Jovenel Moïse in July, and gangs "
        "control large parts of Port-au-Prince. Hundreds of workers marched in "
        "the capital on Monday to protest the worsening insecurity. A pastor "
        "who works with the missionary group in Haiti said the children ranged "
        "in age from eight months to 15 years. Gang members have demanded a "
        "ransom of $1 million for each hostage, Haiti's justice minister said "
        "later in the week.",
        "V",
        "abduction",
    ),
    (
        "Protesters storm and set fire to Swedish embassy in Baghdad over planned Quran burning",
        "BAGHDAD, July 20 (Reuters) - Hundreds of protesters stormed Sweden's "
        "embassy in central Baghdad in the early hours of Thursday and set it "
        "on fire, in anger at the planned burning of a Quran in Stockholm, "
        "witnesses said. The protesters, supporters of the influential Shi'ite "
        "cleric Moqtada al-Sadr, climbed over the walls and lit a fire in the "
        "compound, sending smoke billowing from one of the buildings. Riot "
        "police later used water cannon and electric batons to disperse the "
        "crowd, and some protesters threw stones at the security forces, a "
        "Reuters witness said. Sweden's foreign ministry said all its staff "
        "were safe. Iraq's foreign ministry condemned the attack and said it "
        "had ordered an investigation to identify the perpetrators. Hours "
        "later, Prime Minister Mohammed Shia al-Sudani ordered the expulsion "
        "of the Swedish ambassador if the burning went ahead. A refugee from "
        "Iraq living in Sweden had been given police permission to hold a "
        "protest outside the Iraqi embassy in Stockholm, where he had said he "
        "would burn the Quran and the Iraqi flag. In the event, he kicked and "
        "partly damaged a copy of the book but did not set it alight. Sweden "
        "has been grappling with rising tensions since a string of Quran "
        "burnings this year.",
        "U",
        "riot",
    ),
]
