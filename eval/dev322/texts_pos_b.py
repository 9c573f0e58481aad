"""dev322 positives, part B: sectarian clashes, clergy in armed conflict, worship sites struck."""

POSITIVES = [
    (
        "Palm Sunday bombings at two Coptic churches kill dozens",
        "Bombs exploded at two Coptic churches in the Egyptian cities of Tanta and Alexandria on "
        "Palm Sunday, killing at least 44 people in attacks claimed by Islamic State. "
        "The first blast tore through the front pews of Mar Girgis church in Tanta during the "
        "morning service, killing 27 people, the health ministry said. "
        "Hours later a suicide bomber blew himself up at the gate of St Mark's Cathedral in "
        "Alexandria, where Pope Tawadros II had been leading prayers. "
        "The pope was unhurt, but several police officers who stopped the bomber at the door were killed. "
        "President Abdel Fattah al-Sisi declared a three-month state of emergency and ordered "
        "troops to help guard vital installations. "
        "Coptic families in Tanta carried coffins through the streets on Monday, some chanting "
        "that their blood was being spilt while the state looked away. "
        "The Coptic Orthodox Church cancelled Easter celebrations beyond the liturgy."
        " Palm fronds carried by the worshippers lay scattered among the bodies, photographs "
        "from Tanta showed. The attacks came weeks before a planned visit to Egypt by Pope "
        "Francis, who said he would still travel.",
        "T E V",
        "bombing",
    ),
    (
        "Gunmen ambush Coptic pilgrims near Minya monastery",
        "Gunmen opened fire on buses carrying Coptic Christian pilgrims back from a desert monastery "
        "in Egypt's Minya province on Friday, killing seven people and wounding 19, the Coptic "
        "Orthodox Church said. "
        "The pilgrims had been visiting the monastery of St Samuel the Confessor, on the same road "
        "where militants killed 28 Copts travelling there the year before. "
        "Islamic State said through its news agency that its fighters had carried out the attack. "
        "The bishop of Minya said most of the dead came from a single family in Sohag. "
        "Relatives gathered outside the hospital in Minya, where the wounded were taken, and some "
        "said the road should never have been reopened without an escort. "
        "Security forces said they had killed 19 militants linked to the attack in a raid in the "
        "Western Desert two days later. "
        "Church leaders asked for the pilgrimage route to be closed until it could be protected.",
        "T V M",
        "ambush",
    ),
    (
        "Air strike on Chin church compound kills displaced families",
        "Military jets bombed a Baptist church compound in Myanmar's Chin State where displaced "
        "families were sheltering, killing at least nine people, including four children, local "
        "aid groups said. "
        "The Chin Human Rights Organization said two bombs hit the church hall and a classroom in "
        "Hakha township before dawn. "
        "About 200 people had been living on the grounds after fleeing fighting between the army "
        "and local resistance forces near their villages. "
        "“They knew it was a church and they knew who was sleeping there,” a pastor said by phone. "
        "Survivors scattered into the forest, and volunteers said they lacked medicine to treat "
        "the wounded. "
        "The military government did not comment, but state media said it had struck a base of "
        "“terrorist groups” in the township. "
        "Chin groups say more than 100 churches in the mostly Christian state have been damaged "
        "or destroyed since the 2021 coup.",
        "E V D H",
        "airstrike",
    ),
    (
        "Drone strike on El Fasher mosque kills worshippers at dawn prayers",
        "A drone strike hit a mosque in a displacement camp in El Fasher during dawn prayers on "
        "Friday, killing at least 75 people, local volunteers said, as the Rapid Support Forces "
        "pressed their siege of the last army stronghold in Darfur. "
        "The Emergency Response Rooms said the mosque in the Daraja Oula neighbourhood collapsed "
        "on worshippers, and that bodies were still being pulled from the rubble hours later. "
        "The army-aligned government blamed the RSF, which did not comment. "
        "The city's Saudi hospital, one of the last still working, said it had run out of surgical "
        "supplies. "
        "Hundreds of thousands of people are trapped in El Fasher, where the United Nations says "
        "famine has been confirmed in camps on its outskirts. "
        "An imam who survived said the strike came during the second prostration. "
        "Aid agencies have called for a humanitarian pause to let food and medicine into the city."
        " The Abu Shouk and Zamzam camps near the city have been shelled repeatedly in recent "
        "months, and many residents have fled to Tawila, 60 km to the west. A doctor in the "
        "city said the wounded were lying on the floor of the hospital corridors.",
        "E V H D",
        "drone_strike",
    ),
    (
        "Hindu temples and homes attacked as unrest follows Hasina's fall",
        "Hindu temples, homes and businesses were attacked in at least 50 districts of Bangladesh "
        "after Prime Minister Sheikh Hasina fled the country, community leaders said on Thursday. "
        "The Bangladesh Hindu Buddhist Christian Unity Council said mobs had looted and burned "
        "houses and vandalised temples, including an ISKCON centre in Meherpur where idols were set "
        "on fire. "
        "At least two Hindu men were killed in the violence, the council said. "
        "Some of the attacks were on supporters of Hasina's Awami League party, which many Hindus "
        "backed. "
        "Students and madrassa pupils formed groups to guard temples in Dhaka and Chittagong at night. "
        "Thousands of Hindus rallied in the capital on Saturday to demand protection. "
        "Muhammad Yunus, who was sworn in as head of the interim government, visited the "
        "Dhakeshwari temple and called the attacks “heinous”."
        " Community leaders said many Hindu families in rural areas had moved in with relatives "
        "in towns. The army said it had deployed troops to guard places of worship ahead of the "
        "Durga Puja festival.",
        "U V",
        "communal_violence",
    ),
    (
        "Muslims trapped in Bangassou seminary as militia attacks continue",
        "About 2,000 Muslims sheltering in the Catholic seminary of Bangassou, in the Central "
        "African Republic, are surrounded by anti-balaka militiamen who have attacked the compound "
        "several times this week, the bishop said. "
        "Bishop Juan José Aguirre said gunmen had fired on the seminary and tried to climb the "
        "walls to reach the displaced people, who fled the town's mosque after fighting in May. "
        "UN peacekeepers guard the compound, but exchanges of fire have been reported every night. "
        "“I am living among people who are hunted,” the Spanish bishop said in a message to "
        "supporters. "
        "Aid workers said food and clean water were running short and that several children had "
        "died of diarrhoea. "
        "The UN mission said its troops had come under attack in the town and were reinforcing "
        "their positions. "
        "Anti-balaka groups say they are defending Christians, but church leaders have condemned "
        "their attacks.",
        "V B D H",
        "siege",
    ),
    (
        "Separatists abduct priest as church is burned in Cameroon's Anglophone north-west",
        "Armed separatists abducted a Catholic priest and set fire to his church in Cameroon's "
        "North-West region, the diocese of Mamfe said on Wednesday. "
        "The gunmen, who called themselves Amba Boys, took Father Elias Okorie from the parish "
        "house in Nchang after the Sunday Mass and demanded a ransom and the closure of the "
        "parish school. "
        "The church building and a nun's residence were burned. "
        "The army said soldiers had clashed with separatist fighters near the village on Tuesday "
        "and killed three of them. "
        "Separatist militias and government troops have fought since 2017 in the English-speaking "
        "regions, where hundreds of schools remain shut. "
        "The bishops of Bamenda province said several priests had been kidnapped in the crisis and "
        "appealed to both sides to spare religious personnel. "
        "Many families from Nchang have moved to Mamfe town.",
        "V B D",
        "abduction",
    ),
    (
        "Three killed in knife attack at Nice basilica",
        "A man armed with a knife killed three people inside the Notre-Dame basilica in Nice on "
        "Thursday morning, in what President Emmanuel Macron called an Islamist terrorist attack. "
        "The attacker cut the throat of a 60-year-old woman and killed the church's sacristan, "
        "a father of two, before stabbing a third person who fled to a café nearby and died there. "
        "Municipal police shot and wounded the suspect, a 21-year-old Tunisian who had arrived in "
        "France weeks earlier. "
        "France's anti-terrorism prosecutor took over the investigation. "
        "Macron announced that the number of soldiers guarding churches and schools would rise "
        "from 3,000 to 7,000. "
        "Catholic bishops asked churches across France to ring their bells in the afternoon for "
        "the victims. "
        "The French Council of the Muslim Faith condemned the attack and asked Muslims to cancel "
        "festivities for the Prophet's birthday."
        " The mayor of Nice, Christian Estrosi, said the attacker had repeated “Allahu Akbar” "
        "while he was being detained. Hours later, a man armed with a knife was shot dead by "
        "police in Avignon after threatening officers.",
        "T V",
        "terror_attack",
    ),
    (
        "Gunman kills 50 at two Christchurch mosques during Friday prayers",
        "A gunman opened fire on worshippers at two mosques in Christchurch during Friday prayers, "
        "killing 50 people in what Prime Minister Jacinda Ardern called a terrorist attack. "
        "The attacker, an Australian man in his late 20s, streamed the shooting at the Al Noor "
        "mosque live on social media before driving to the Linwood Islamic Centre. "
        "Police arrested him about 20 minutes after the first emergency call. "
        "Dozens of wounded people were treated at Christchurch Hospital, including a four-year-old girl. "
        "The man had published a manifesto filled with anti-immigrant views. "
        "Ardern said that many of those killed were migrants or refugees and that “they are us”. "
        "Mosques across New Zealand were told to shut their doors, and armed police were posted "
        "outside places of worship in Auckland and Wellington. "
        "Leaders of churches and synagogues across the country went to stand outside mosques the "
        "following Friday."
        " The wounded included worshippers from Afghanistan, Somalia, Syria and Bangladesh. Two "
        "men, one an Afghan refugee, were hailed for tackling the gunman and chasing him from "
        "the Linwood mosque.",
        "T V",
        "terror_attack",
    ),
    (
        "Gunman kills worshippers at Shah Cheragh shrine in Shiraz",
        "A gunman opened fire at the Shah Cheragh shrine in the Iranian city of Shiraz on "
        "Wednesday evening, killing at least 13 pilgrims and worshippers, state media said. "
        "Islamic State claimed the attack on one of the country's holiest Shia sites. "
        "The attacker entered through a side gate and fired on people in the courtyard before he "
        "was wounded by security guards and arrested, officials said. "
        "A child and two women were among the dead. "
        "President Ebrahim Raisi vowed a “crushing” response and blamed the country's enemies for "
        "trying to use the wave of protests to sow chaos. "
        "The shrine reopened the next day under heavy guard, and thousands attended the funerals. "
        "The Intelligence Ministry later said it had arrested 26 people from Azerbaijan, Tajikistan "
        "and Afghanistan in connection with the attack."
        " Security was stepped up at shrines in Mashhad and Qom. Witnesses said pilgrims hid in "
        "the inner halls of the shrine as the shooting went on, and a cleric at the site said "
        "he heard more than a dozen shots.",
        "T V",
        "terror_attack",
    ),
    (
        "Convoy attack on Shia travellers sparks days of sectarian fighting in Kurram",
        "Gunmen fired on a convoy of passenger vehicles carrying mostly Shia travellers in Pakistan's "
        "Kurram district on Thursday, killing at least 42 people, officials said. "
        "The attack near Bagan triggered days of fighting between Shia and Sunni tribes, with "
        "gunmen using heavy weapons on villages and markets, and the toll has since passed 130. "
        "A jirga of elders from both sides brokered a seven-day truce on Sunday, but firing "
        "resumed in several villages within hours. "
        "Hundreds of families fled to Hangu and Peshawar. "
        "The main road to Parachinar has been closed, and residents said medicine and flour were "
        "running short in the town. "
        "Shia clerics in Karachi and Lahore led sit-ins to demand the reopening of the road. "
        "The provincial government said paramilitary troops were being sent to secure bunkers "
        "held by the tribes.",
        "V B D H",
        "sectarian_clashes",
    ),
    (
        "Israeli police storm Al-Aqsa mosque and arrest hundreds of worshippers",
        "Israeli police stormed the Al-Aqsa mosque in Jerusalem before dawn on Wednesday, firing "
        "stun grenades and rubber-coated bullets and beating worshippers who had barricaded "
        "themselves inside during Ramadan, witnesses said. "
        "Police said more than 350 people were arrested. "
        "The Palestinian Red Crescent said 37 people were injured, and that its medics were "
        "prevented from reaching the mosque. "
        "Videos showed officers hitting people with batons as they lay on the carpet of the prayer hall. "
        "Police said “law breakers and masked agitators” had locked themselves inside with "
        "fireworks, sticks and stones. "
        "Rockets were fired from Gaza at southern Israel hours later, and Jordan, the custodian of "
        "the site, condemned the raid. "
        "The Waqf religious council said the police action violated the sanctity of the holy month."
        " Many of those detained were bused to a police station in the Old City and released "
        "later on condition that they stay away from the compound. Clashes broke out again the "
        "next night when worshippers returned for prayers.",
        "U E",
        "crackdown",
    ),
    (
        "Settlers set fire to mosque in West Bank village",
        "Israeli settlers set fire to a mosque in the village of Deir Istiya in the occupied West "
        "Bank before dawn on Thursday and spray-painted slogans on its walls, Palestinian officials "
        "and residents said. "
        "Worshippers arriving for the dawn prayer found the entrance and a shelf of Korans burning "
        "and put the fire out with buckets of water. "
        "The village council said the attackers came from a nearby outpost. "
        "It was the latest in a string of settler attacks on villages in the area, including a "
        "fire at a Byzantine-era church in Taybeh weeks earlier. "
        "The Israeli military said troops and police had been sent and that the incident was being "
        "investigated. "
        "The Palestinian ministry of religious affairs said settlers had attacked dozens of mosques "
        "this year. "
        "Church leaders in Jerusalem issued a statement in solidarity with the village."
        " Residents said soldiers arrived about an hour after the fire was put out. The imam "
        "said the mosque would hold prayers the next day among the blackened walls. No arrests "
        "were reported.",
        "V",
        "settler_attack",
    ),
    (
        "Shusha cathedral hit twice as fighting rages over Nagorno-Karabakh",
        "The Ghazanchetsots cathedral in the town of Shusha was struck twice on Thursday, wounding "
        "several people including Russian journalists who had gone to see the first damage, "
        "Armenian officials said. "
        "Photographs showed a gaping hole in the roof of the 19th-century cathedral and rubble "
        "across the floor. "
        "Local residents had been using the basement as a bomb shelter since fighting between "
        "Azerbaijani and Armenian forces resumed late last month. "
        "Armenia accused Azerbaijan of deliberately targeting the church, which Baku denied, "
        "saying its army did not strike historical, cultural or religious sites. "
        "The Armenian Apostolic Church called on the world's churches to speak out. "
        "Fighting continued along the front line on Friday, with both sides reporting shelling of "
        "towns, and tens of thousands of people have fled to Armenia.",
        "E B D",
        "shelling",
    ),
    (
        "Italian nun killed as insurgents raid Catholic mission in Mozambique",
        "Insurgents attacked a Catholic mission in Chipene, in Mozambique's Nampula province, and "
        "killed an 83-year-old Italian nun who had worked in the country for nearly 60 years, the "
        "Vatican's missionary news agency said. "
        "Sister Maria De Coppi was shot in the head as gunmen burned the church, the hospital, "
        "the school and vehicles at the mission on Tuesday night. "
        "Two Italian priests and other sisters escaped by hiding in the bush. "
        "The attack was claimed by Islamic State, whose affiliate in neighbouring Cabo Delgado has "
        "moved south in recent months. "
        "Thousands of people fled villages in the district towards the city of Nacala. "
        "The diocese of Nacala said the mission had sheltered displaced families from the north "
        "for several years. "
        "Pope Francis called the nun's death a martyrdom and prayed for the people of Mozambique.",
        "T V D",
        "attack_on_mission",
    ),
]
