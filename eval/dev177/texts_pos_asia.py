"""dev177 positives (2 of 3): the religion desk's reports of current organised violence in South
and Southeast Asia: Pakistan, India, Bangladesh, Afghanistan, Myanmar and the Philippines
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Churches, Christian homes torched by mob in Faisalabad district over blasphemy allegation",
        "FAISALABAD: A mob set fire to at least four churches and dozens of "
        "homes belonging to Christians in a town of Faisalabad district on "
        "Wednesday after two Christian brothers were accused of desecrating "
        "the Holy Quran. Witnesses said hundreds of men armed with sticks and "
        "cans of petrol marched through the Christian colony, looted furniture "
        "and pelted police with stones, while families fled to nearby fields "
        "and sugarcane plantations. Police fired tear gas shells to disperse "
        "the crowd and later arrested more than 100 suspects, a spokesperson "
        "for the Punjab police said. The Rangers were called in as the "
        "violence spread to a second neighbourhood in the evening. No deaths "
        "were reported. A bishop of the Church of Pakistan said Christians "
        'were "deeply pained and distressed" and demanded justice. The '
        "caretaker prime minister condemned the attack and said strict action "
        "would be taken against those who violated the law and targeted "
        "minorities. A case has also been registered against the two brothers "
        "under Section 295-B of the Pakistan Penal Code. Human rights groups "
        "said the violence showed again how blasphemy accusations were used to "
        "settle scores and incite crowds. By evening, smoke was still rising "
        "from the Salvation Army hall, and burned Bibles and pews lay in the "
        "street outside the Catholic church. Many families spent the night in "
        'the open and said they were afraid to go back. "We have nothing left, '
        'not even our identity cards," a woman sitting with her children in a '
        "field told Dawn.",
        "U V D",
        "mob violence",
    ),
    (
        "Suicide bomber kills dozens at mosque inside Peshawar police compound",
        "PESHAWAR, Pakistan, Jan 30 (Reuters) - A suicide bomber blew himself "
        "up in a crowded mosque inside a police headquarters compound in the "
        "northwestern Pakistani city of Peshawar on Monday, killing at least "
        "59 people, most of them policemen, officials said. The blast went off "
        "as more than 300 worshippers were at afternoon prayers, bringing down "
        "the mosque's roof and an upper wall. \"Most of the dead were "
        'policemen," a hospital spokesman said, adding that 157 people were '
        "wounded. Rescue workers were still pulling bodies from the rubble "
        "late in the evening. A commander of the Pakistani Taliban, the "
        "Tehreek-e-Taliban Pakistan (TTP), claimed responsibility in a post on "
        "social media, though a spokesman for the group later distanced it "
        "from the attack. Prime Minister Shehbaz Sharif said the attackers "
        "wanted to create fear by targeting those who defend Pakistan. "
        "Security has deteriorated in the province bordering Afghanistan since "
        "the TTP ended a ceasefire with the government in November.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Bomb tears through Catholic Mass at Marawi university gym, killing four",
        "MARAWI, Philippines (AP) — A bomb exploded during a Sunday Mass in a "
        "university gymnasium in the southern Philippine city of Marawi, "
        "killing at least four people and wounding dozens of students and "
        "teachers, officials said. The blast struck as about 500 worshippers "
        "gathered for the morning Mass at Mindanao State University, which "
        "draws students from across the largely Muslim region. President "
        'Ferdinand Marcos Jr. condemned what he called "senseless and most '
        'heinous acts perpetrated by foreign terrorists." The Islamic State '
        "group later claimed responsibility in a post on its Telegram channel. "
        "Military officials said the attack could be retaliation for an "
        "offensive that killed 11 members of the Dawlah Islamiyah-Maute group "
        "in Lanao del Sur province two days earlier. The university suspended "
        "classes indefinitely and deployed more security personnel on campus. "
        "Marawi was left in ruins by a five-month siege by IS-allied militants "
        "in 2017, and the city's Catholic bishop said the community had worked "
        "hard to rebuild trust between Christians and Muslims since then.",
        "E T V",
        "bombing",
    ),
    (
        "ISKP gunmen storm Sikh temple in Kabul as Taliban forces battle attackers",
        "Gunmen attacked a Sikh temple in the Afghan capital, Kabul, on "
        "Saturday morning, killing a worshipper and a Taliban security guard "
        "before Taliban forces killed the attackers in a gunfight that lasted "
        "several hours, officials said. Several explosions were heard from the "
        "Karte Parwan gurdwara, and black smoke rose over the neighbourhood as "
        "fighters from the Taliban's security forces surrounded the compound. "
        "The ISKP, the regional affiliate of the ISIL (ISIS) group, said in a "
        "statement that it had carried out the attack in retaliation for "
        "insults to the Prophet Muhammad by officials of India's ruling party. "
        "About 30 people were inside the temple when the attackers entered, "
        "according to a community leader, who said some managed to escape over "
        "the back wall. The Taliban interior ministry said a car packed with "
        "explosives was detonated before it reached the gate. Afghanistan's "
        "Sikh and Hindu communities, once numbering tens of thousands, have "
        "dwindled to a few hundred people after decades of war and repeated "
        "attacks. India condemned what it called a cowardly attack and said it "
        "was monitoring the situation closely.",
        "T V B E",
        "attack on temple",
    ),
    (
        "Suicide blast at Sehwan shrine during dhamaal leaves scores dead",
        "SEHWAN: At least 70 devotees, including women and children, were "
        "killed and more than 250 injured when a suicide bomber blew himself "
        "up inside the shrine of Lal Shahbaz Qalandar on Thursday evening as "
        "the weekly dhamaal was under way. Officials said the bomber entered "
        "through the main gate of the golden-domed shrine, where hundreds of "
        "devotees had gathered, and detonated his vest in the women's section. "
        "The self-styled Islamic State group claimed responsibility through "
        "its Amaq news agency. The nearest major hospital is more than 120 "
        "kilometres away in Jamshoro, and the injured were moved in private "
        "cars and ambulances for hours after the blast, doctors complained. "
        "The army said it had dispatched helicopters to airlift the critically "
        "wounded to Hyderabad and Karachi. In a statement, the army chief "
        'vowed that "each drop of the nation\'s blood shall be avenged". The '
        "attack, the deadliest in the country in over two years, triggered a "
        "security crackdown across Sindh and Punjab, and the government closed "
        "the border crossings with Afghanistan. The shrine's custodians said "
        "the dhamaal would resume on Friday evening as an act of defiance.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Nine pilgrims killed as terrorists fire on bus in J&K's Reasi; vehicle plunges into gorge",
        "Nine people were killed and 33 injured on Sunday evening when "
        "terrorists opened fire on a bus carrying pilgrims from the Shiv Khori "
        "temple to Katra in Jammu and Kashmir's Reasi district, the police "
        "said. The driver was hit by the first bullets and lost control, "
        "sending the 53-seater bus tumbling into a deep gorge near Teryath "
        "village, a senior police officer said. Among the dead were a "
        "two-year-old child and a woman from Uttar Pradesh, according to "
        "officials. Survivors told reporters that the gunmen continued to fire "
        "at the bus even after it had fallen into the gorge. Security forces "
        "have launched a combing operation in the forested area and the "
        "National Investigation Agency has sent a team to the site. The attack "
        "came as the new Union Cabinet was being sworn in in Delhi. The "
        "Lieutenant-Governor of Jammu and Kashmir said those behind the "
        '"dastardly" attack would be punished soon. Opposition leaders said '
        "the attack exposed claims that militancy in the Union Territory had "
        "been wiped out.",
        "V T M",
        "ambush on pilgrims",
    ),
    (
        "Kurram clashes: death toll crosses 80 as tribes fight for fifth day after convoy attack",
        "PARACHINAR: Sectarian fighting between rival tribes in Kurram "
        "district entered its fifth day on Tuesday, pushing the death toll "
        "above 80, officials said, as heavy weapons were used in several "
        "villages along the Parachinar-Peshawar road. The clashes erupted "
        "after gunmen ambushed a convoy of passenger vehicles near Bagan on "
        "Thursday, killing more than 40 people, most of them Shia travellers "
        "heading to Peshawar. Armed men from both sides have since attacked "
        "each other's villages, and markets, shops and houses in Bagan were "
        "set ablaze, local officials told Dawn. Hundreds of families have left "
        "their homes for Hangu and Peshawar, according to the district "
        "administration. Mobile internet remains suspended and the main road "
        "has been closed for weeks, leaving hospitals in Parachinar short of "
        "medicines. A jirga sent by the provincial government secured a "
        "seven-day ceasefire on Sunday, but officials said firing had resumed "
        "in at least three locations. Kurram, which borders Afghanistan, has a "
        "long history of land disputes between Sunni and Shia tribes that have "
        "repeatedly turned into sectarian bloodshed. Elders in Parachinar said "
        "food and fuel were running out in the upper part of the district and "
        "appealed for an air bridge. The provincial government said "
        "helicopters would be sent to evacuate the wounded and to carry "
        "medicines to the district headquarters hospital. A Shia organisation "
        "announced sit-ins in Karachi and Lahore to protest against the "
        "government's failure to secure the road, while Sunni elders in Lower "
        "Kurram said their villages had also come under fire.",
        "B V D H",
        "sectarian clashes",
    ),
    (
        "Churches burned as ethnic violence engulfs India's Manipur",
        "Mobs in the northeastern Indian state of Manipur have set fire to "
        "dozens of churches and thousands of homes in four days of ethnic "
        "violence between the majority Meitei community and the mostly "
        "Christian Kuki-Zo tribes, church leaders said. The Manipur Baptist "
        "Convention said at least 40 church buildings had been destroyed or "
        "damaged across the Imphal valley since Wednesday, including several "
        "belonging to Meitei Christian congregations. The army and the "
        "paramilitary Assam Rifles have evacuated more than 20,000 people to "
        "relief camps and military garrisons, officials said, and authorities "
        'have issued shoot-at-sight orders in "extreme cases." At least 54 '
        "people have been killed, according to hospital morgues in Imphal and "
        'Churachandpur. "We are living in a war zone," a Kuki pastor in '
        "Churachandpur told Christianity Today by phone, asking not to be "
        "named for his safety. The violence began after a march by tribal "
        "groups protesting a court recommendation to grant the Meitei tribal "
        "status. The state government has suspended mobile internet, and a "
        "curfew is in force in eight districts. Church leaders in Delhi have "
        "urged Prime Minister Narendra Modi to speak about the violence; he "
        "has not done so publicly. The Archbishop of Imphal said that in some "
        "villages both Kuki and Meitei churches had been attacked, and that "
        "Catholic schools had been turned into shelters. Seminaries in Imphal "
        "have been closed and their students sent home by military convoy. "
        '"People are sleeping in the forests and on the floors of army camps," '
        "a relief coordinator of a church agency said. The Evangelical "
        "Fellowship of India has called for a day of prayer and fasting on "
        "Sunday.",
        "U V D",
        "communal violence",
    ),
    (
        "Myanmar military jets bomb Catholic church sheltering displaced families in Kayah state",
        "YANGON, Myanmar — A Catholic church where hundreds of displaced "
        "villagers had taken shelter was hit by airstrikes from Myanmar's "
        "military early on Sunday, killing at least four people, including two "
        "children, according to church sources and a local resistance group. "
        "Two fighter jets dropped bombs on the compound of the Church of the "
        "Sacred Heart in Demoso township in Kayah state, a largely Catholic "
        "area near the Thai border, while families were sleeping in the parish "
        "hall, a priest of the Diocese of Loikaw told Crux by phone. The "
        "church building was badly damaged and the rectory was destroyed. "
        '"There is no fighting near the church, and the army knows that only '
        'civilians are here," said the priest, who asked not to be named for '
        "fear of reprisals. Several churches in the diocese have been hit "
        "since the military seized power in February 2021, and the cathedral "
        "compound in Loikaw was occupied by soldiers last year. The United "
        "Nations estimates that more than half of Kayah's population has been "
        "displaced by fighting between the army and armed resistance groups. A "
        "spokesman for the junta denied that the military had targeted "
        "religious buildings and said troops were responding to attacks by "
        '"terrorists." The survivors have moved deeper into the forest, the '
        "priest said.",
        "E V D",
        "airstrike",
    ),
    (
        "Four killed as mobs attack Durga Puja venues and Hindu temples in Bangladesh",
        "At least four people have been killed and dozens injured in "
        "Bangladesh after mobs attacked Hindu temples and festival venues "
        "during Durga Puja, the country's biggest Hindu festival, police say. "
        "The violence began in the eastern town of Comilla on Wednesday, after "
        "a video posted on social media appeared to show a copy of the Koran "
        "placed at the feet of a statue of a Hindu deity. Crowds of several "
        "hundred people then attacked puja pavilions in at least six "
        "districts, smashing idols and setting fire to shops owned by Hindus. "
        "In Chandpur district, police opened fire after a crowd stormed a "
        "temple and threw stones at officers, killing four people. Thousands "
        "of members of the paramilitary Border Guard Bangladesh have been "
        "deployed in 22 districts. Prime Minister Sheikh Hasina said that "
        'those responsible would be "hunted down" and punished "no matter '
        'which religion they belong to". Hindus make up about 10% of '
        "Bangladesh's 169 million people, and rights groups say attacks on "
        "their homes and temples have become more frequent in recent years. "
        "The Hindu Buddhist Christian Unity Council called on the faithful to "
        "hold the rest of the festival quietly.",
        "U V",
        "communal riot",
    ),
    (
        "Ram Navami violence: Internet suspended in Sasaram, Biharsharif as clashes continue",
        "Prohibitory orders were imposed and internet services suspended in "
        "Sasaram and Biharsharif in Bihar on Saturday after clashes broke out "
        "between two communities during Ram Navami processions, leaving one "
        "person dead and several injured. In Biharsharif, a procession passing "
        "through the Gagan Diwan area was pelted with stones, following which "
        "shops and vehicles were set on fire, the Nalanda district "
        "administration said. A 16-year-old boy who was hit by a bullet died "
        "in hospital, police said. In Sasaram, a crude bomb was hurled at a "
        "house on Saturday night, injuring six people, officials said. "
        "Additional paramilitary companies have been deployed, and the police "
        "have arrested over 100 people, the State's police chief said. Chief "
        'Minister Nitish Kumar said the violence was "planned" and called for '
        "peace, while the BJP accused the State government of failing to "
        "protect devotees. A madrasa more than a century old and its library "
        "were torched in Biharsharif, according to its management. The Union "
        "Home Minister cancelled a scheduled visit to Sasaram. Similar clashes "
        "were reported during the festival in West Bengal's Howrah district, "
        "where vehicles were set on fire on Thursday. Shopkeepers in "
        "Biharsharif's old town said their shutters had been broken and goods "
        "looted while police stood at the end of the street. Residents of "
        "mixed neighbourhoods said they had spent the night indoors with the "
        "lights off. Train services were not affected, but buses from Patna to "
        "Nalanda were suspended for the day. Local peace committees with "
        "members of both communities were to meet the district magistrate on "
        "Sunday.",
        "U E",
        "communal clashes",
    ),
    (
        "Mob lynches man accused of desecrating Quran in Swat, sets police station on fire",
        "SWAT: A tourist from Sialkot accused of desecrating the Holy Quran "
        "was lynched by a mob in Madyan on Thursday night after the crowd "
        "stormed the police station where he was being held and set the "
        "building and several vehicles on fire, police said. The man, who had "
        "been staying at a local hotel, was taken into custody after residents "
        "accused him of burning pages of the holy book, the Swat district "
        "police officer told Dawn. Announcements were then made from mosque "
        "loudspeakers, and a crowd of several hundred gathered outside the "
        "police station and demanded that the suspect be handed over. When "
        "police refused, the mob attacked the building with stones, broke in "
        "and dragged the man out, later burning his body in the bazaar. Eight "
        "people, including police officials, were injured. Videos circulated "
        "on social media showed the police station ablaze as men chanted "
        "slogans. The Khyber Pakhtunkhwa chief minister ordered an inquiry and "
        "said the law would take its course. Rights groups said the killing "
        "was the latest in a series of mob attacks over blasphemy accusations "
        "that the state has failed to prevent.",
        "U V",
        "lynching",
    ),
]
