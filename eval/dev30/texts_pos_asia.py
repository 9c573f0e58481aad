"""Positives of eval/dev30, Asia: (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Suicide bomber kills dozens at political rally in Pakistan's Bajaur",
        "PESHAWAR, Pakistan — A suicide bomber blew himself up at a rally of a religious "
        "political party in north-west Pakistan on Sunday, killing at least 54 people and "
        "wounding nearly 200, officials said. The blast tore through a tent where about 400 "
        "members of the Jamiat Ulema-e-Islam-Fazl party had gathered in the town of Khar, in the "
        "Bajaur district near the Afghan border, to prepare for elections due later in the year. "
        "Rescue officials said many of the wounded were in critical condition and were flown by "
        'military helicopters to hospitals in Peshawar. "There was a huge bang, then dust and '
        'screaming," said a party worker who was sitting near the stage. The police said the '
        "Islamic State's regional branch, known as Islamic State Khorasan Province, claimed the "
        "attack, which the provincial government described as terrorism. The group has attacked "
        "the party before, accusing it of hypocrisy for its ties to the Afghan Taliban. Party "
        "leader Fazlur Rehman, who was not at the rally, demanded that the government protect "
        "his workers and called on supporters to remain calm. The bombing was one of the "
        "deadliest in the region in years. Attacks by militants have risen sharply in Khyber "
        "Pakhtunkhwa province since the Taliban took over Afghanistan in 2021, and the Pakistani "
        "Taliban ended a ceasefire with the government in late 2022. Pakistan accuses Kabul of "
        "allowing militants to use Afghan soil, a charge the Taliban government denies. "
        "Television footage showed bodies covered with party flags, and rescue workers carrying "
        "wounded people to ambulances through crowds. The provincial government declared a day "
        "of mourning and ordered an investigation, and police said the bomber had been "
        "identified from body parts found at the scene. Hospitals in Bajaur and Peshawar "
        "appealed for blood donations. Prime Minister Shehbaz Sharif condemned the attack and "
        "said the perpetrators would be brought to justice. Religious and political leaders "
        "across the spectrum condemned the bombing, and several parties postponed rallies "
        "planned for the coming days. Security analysts said the attack showed that election "
        "campaigning in the north-west would be difficult and dangerous.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Bombing outside Kabul airport kills scores as crowds seek evacuation",
        "KABUL — A suicide bomber struck crowds of Afghans waiting outside Kabul airport on "
        "Thursday, killing dozens of civilians and 13 US service members, as thousands of people "
        "tried to get on evacuation flights after the Taliban's takeover of the country. The "
        "explosion went off at the Abbey Gate, where families had been standing for days in a "
        "sewage canal holding documents in the hope of catching the attention of foreign troops. "
        "Gunmen then opened fire on the crowd, US officials said. Afghan health officials and "
        'hospital staff said at least 170 Afghans were killed. "I saw bodies floating in the '
        'canal," said a man who had been waiting with his wife and three children. The Islamic '
        "State's Afghan branch, ISIS-K, claimed responsibility. US President Joe Biden vowed to "
        "hunt down those responsible and said the evacuation would continue. Western countries "
        "had warned their citizens hours earlier to leave the airport area because of a threat "
        "of an attack. The Taliban, who had been controlling access to the airport's outer "
        "perimeter, condemned the bombing and said it had happened in an area under US control. "
        "Emergency, an Italian charity that runs a surgical hospital in Kabul, said it had "
        "received dozens of wounded and was overwhelmed. More than 100,000 people had been flown "
        "out of Kabul in the previous two weeks, in one of the largest airlifts in history, but "
        "many thousands more who had worked with Western forces remained behind.",
        "E V T D H",
        "suicide_bombing",
    ),
    (
        "Ethnic violence in India's Manipur leaves dozens dead, thousands in relief camps",
        "IMPHAL, India — Clashes between ethnic Meitei and Kuki communities in India's "
        "north-eastern state of Manipur have killed at least 54 people and forced more than "
        "23,000 to flee their homes, officials said on Sunday, as the army patrolled streets "
        "strewn with burned cars. Mobs set fire to houses, churches and temples in the state "
        "capital Imphal and in the hill district of Churachandpur, and armed men attacked "
        "villages in the foothills, residents said. Many of those who fled were sheltering in "
        'army camps and relief centres set up in schools and college buildings. "They came with '
        'petrol and sticks. Our whole street was burned," said a Kuki woman staying in a relief '
        "camp in Churachandpur with her four children. The violence began after a march by "
        "tribal groups opposing a demand by the Meiteis, the state's largest community, for "
        "special status that would allow them to buy land in the hills. The state government "
        'issued "shoot at sight" orders in extreme cases and suspended mobile internet. '
        "Thousands of soldiers and paramilitary troops were flown in. Hospitals in Imphal said "
        "they were treating dozens of people with gunshot and stab wounds. Opposition parties "
        "accused the federal government of failing to act quickly. Tensions between the two "
        "communities have simmered for decades over land, jobs and political representation, and "
        "both accuse the other of harbouring armed groups. On Monday, the army said it had "
        "evacuated thousands more people by road and by air to safer areas, including students "
        "from other states who had been trapped in their hostels. Flights out of Imphal were "
        "fully booked, and airlines added extra services. Shops and markets remained closed in "
        "much of the state, and residents said they were running short of fuel, vegetables and "
        'baby food because the main highways into Manipur had been blocked. "Nobody trusts '
        "anybody any more. The neighbours who ate with us last week now stand with sticks at the "
        'end of the road," said a Meitei shopkeeper in Imphal whose warehouse was burned. The '
        "chief minister appealed for calm and said a committee would look into the causes of the "
        "violence.",
        "V U D H",
        "communal_violence",
    ),
    (
        "Gunmen kill 26 tourists in Kashmir meadow; India calls it terrorism",
        "SRINAGAR, India — Gunmen opened fire on tourists in a meadow near the resort town of "
        "Pahalgam in Indian-administered Kashmir on Tuesday, killing 26 people, in the deadliest "
        "attack on civilians in the region in more than two decades. Survivors said the "
        "attackers emerged from the forest around the Baisaran meadow, a popular spot reached on "
        "foot or by pony, and singled out men, asking some of them their names and religion "
        'before shooting. "They asked my husband if he was Muslim. Then they shot him," a woman '
        "from Karnataka told reporters in tears. Most of those killed were tourists from other "
        "parts of India; a local pony handler who tried to take a rifle from one of the "
        "attackers was also killed. Prime Minister Narendra Modi cut short a visit to Saudi "
        'Arabia and promised that the "terrorists" and their backers would be punished. The '
        "interior minister flew to Srinagar and visited the site. Police said a little-known "
        "group called The Resistance Front, which Indian officials describe as a front for the "
        "Pakistan-based Lashkar-e-Taiba, had claimed the attack. Pakistan denied any "
        "involvement. Thousands of tourists left the valley in the following days, and hotels "
        "reported mass cancellations. Kashmir has been claimed in full by both India and "
        "Pakistan since 1947 and has seen an armed insurgency against Indian rule since 1989. "
        "The attack was followed by a manhunt in the forests around Pahalgam. Shops and "
        "businesses across the Kashmir valley shut the next day in protest against the killings, "
        "and residents of Srinagar held candlelight vigils, in a rare show of solidarity with "
        "the victims from other parts of India. The bodies of the victims were flown to their "
        "home towns, where thousands of people attended funerals. Police released sketches of "
        "three suspects and offered rewards for information, while security forces searched the "
        "forests around the meadow. India's cabinet committee on security met in New Delhi and "
        "announced a series of diplomatic measures against Pakistan, including suspending a "
        "treaty on sharing the waters of the Indus river and closing the main land border "
        "crossing. Pakistan rejected the accusations and said it would treat any attempt to stop "
        "the flow of water as an act of war.",
        "V T",
        "terror_attack",
    ),
    (
        "India strikes sites in Pakistan; Pakistan reports civilian deaths and shelling along "
        "border",
        "NEW DELHI — India fired missiles at nine sites in Pakistan and Pakistan-administered "
        'Kashmir early on Wednesday, saying it had hit "terrorist infrastructure" linked to the '
        "attack on tourists in Kashmir two weeks earlier. Pakistan said 26 civilians, including "
        "children, had been killed and that a mosque in Bahawalpur had been hit. The Indian "
        'defence ministry said the strikes, which it called Operation Sindoor, were "focused, '
        'measured and non-escalatory" and had not targeted Pakistani military facilities. '
        "Pakistan's prime minister called the strikes an act of war and said Pakistan had the "
        "right to respond. Hours later the two armies exchanged heavy artillery fire across the "
        "Line of Control, and Indian officials said at least 15 civilians had been killed in "
        "shelling on the town of Poonch, on the Indian side. Pakistan's military said it had "
        'shot down several Indian aircraft, a claim India did not immediately address. "The '
        "shells started falling at night. The roof of our neighbour's house collapsed,\" said a "
        "resident of Poonch who fled with his family to Jammu. Schools were closed in border "
        "districts on both sides, and airports in northern India suspended flights. The United "
        "Nations and several governments urged both nuclear-armed countries to show restraint. "
        "The two countries have fought three wars since independence in 1947, two of them over "
        "Kashmir.",
        "E M D",
        "missile_attack",
    ),
    (
        "Myanmar military jets bomb village gathering, killing scores",
        "BANGKOK — Myanmar's military bombed a crowd of villagers gathered for the opening of an "
        "opposition office in the central Sagaing region on Tuesday, killing more than 100 "
        "people, including women and children, according to witnesses and local media. A fighter "
        "jet dropped bombs on the crowd in Pazigyi village in Kanbalu township in the morning, "
        'and a helicopter gunship then fired on the area, a witness told a journalist. "There '
        'were pieces of bodies everywhere. We could not count them all," a man who helped '
        "collect the dead said. The gathering had been organised by supporters of the National "
        "Unity Government, the shadow administration formed by opponents of the military, who "
        "had come to celebrate the opening of a local administrative office. A military "
        "spokesman confirmed to state television that the army had carried out an attack on the "
        'office, saying it had targeted "terrorists" of the People\'s Defence Forces and that '
        "some of the dead might have been civilians forced to work for them. UN human rights "
        "chief Volker Türk said he was horrified and that schoolchildren dancing for the "
        "ceremony were among the dead. The military has increasingly relied on air strikes since "
        "it lost control of large areas of the country to armed resistance groups that rose up "
        "after the 2021 coup that ousted Aung San Suu Kyi's elected government. The dead were "
        "buried in mass graves near the village because relatives feared that the aircraft would "
        "return, residents said. The National Unity Government called the attack a war crime and "
        "urged the international community to stop supplying aviation fuel to the military. "
        "Rights groups have documented hundreds of air strikes on villages, schools, clinics and "
        "monasteries since the coup, and say the military uses aircraft supplied by Russia and "
        "China. Myanmar's military has been accused of atrocities for decades, including the "
        "violent campaign against Rohingya Muslims in Rakhine state in 2017. The UN estimates "
        "that more than 1.5 million people have been displaced inside the country since the "
        "coup.",
        "E V",
        "airstrike",
    ),
    (
        "Myanmar rebel alliance seizes border town and army bases in northern Shan state",
        "BANGKOK — An alliance of three ethnic armed groups in Myanmar said on Monday it had "
        "captured the border town of Chinshwehaw and dozens of military outposts in northern "
        "Shan state, in the biggest coordinated offensive against the junta since the 2021 coup. "
        "The Three Brotherhood Alliance, which launched what it calls Operation 1027 on Friday, "
        "released videos of its fighters raising flags over army positions and displaying "
        "captured weapons and ammunition. The military acknowledged in a statement that it had "
        "lost control of several towns and said it was fighting back with air strikes and "
        "artillery. Road links to China, Myanmar's most important trading partner, were cut, and "
        "trucks were stranded at the border. The UN's humanitarian office said more than 23,000 "
        "people had been displaced by the fighting in northern Shan, with many sheltering in "
        'monasteries and churches. "We left our village at night because the shelling came '
        'closer every hour," a farmer from Kutkai township said. The alliance, made up of the '
        "Arakan Army, the Myanmar National Democratic Alliance Army and the Ta'ang National "
        'Liberation Army, said it aimed to "eradicate the oppressive military dictatorship" and '
        "to stop online scam centres along the border, which China has pressed the junta to "
        "close. Analysts said the offensive was the most serious military challenge the generals "
        "had faced in decades. The junta's president said the country was at risk of breaking "
        "apart if the government did not handle the situation effectively, in an unusually frank "
        "admission. Hundreds of soldiers were reported to have surrendered with their weapons, "
        "and the alliance released videos of captured troops. China called for a ceasefire and "
        "urged its citizens to leave the area. Aid agencies said the displaced were in urgent "
        "need of food, clean water and shelter as the weather turned cold, and that the military "
        "had blocked roads and cut telephone lines, making it difficult to deliver help. "
        "Fighting also broke out in other parts of the country, including Rakhine state and "
        "Sagaing, as other resistance groups launched attacks on military positions.",
        "B E D H",
        "offensive",
    ),
    (
        "Bangladesh imposes curfew and deploys army as protest death toll rises",
        "DHAKA — Bangladesh imposed a nationwide curfew and deployed the army on Saturday after "
        "days of clashes between police and student protesters left more than 100 people dead, "
        "according to hospital tallies compiled by local media. Police fired tear gas, rubber "
        "bullets and live ammunition at protesters who had blocked roads and railways across the "
        "country to demand an end to quotas for government jobs. Protesters set fire to the "
        "headquarters of the state broadcaster and to police posts in Dhaka, and stormed a "
        "prison in Narsingdi district, freeing hundreds of inmates. The government cut mobile "
        'internet and many phone lines. "They shot at us from the overpass. My friend was hit in '
        'the chest," a student at a Dhaka private university told reporters. Members of the '
        "ruling Awami League's student wing attacked protesters with sticks and iron rods on "
        "several campuses, witnesses said. Prime Minister Sheikh Hasina said those responsible "
        "for the violence would be punished, regardless of their political affiliation. The "
        "government closed universities indefinitely. The protests began peacefully in early "
        "July after the High Court reinstated a quota system reserving a third of public sector "
        "jobs for the families of veterans of the 1971 independence war. Critics say the quota "
        "benefits supporters of the Awami League, which has ruled since 2009. Hospitals in Dhaka "
        "said they were overwhelmed by people with gunshot and pellet wounds, and doctors at the "
        "Dhaka Medical College Hospital said many of the injured were young students. Families "
        "searched hospitals and police stations for missing relatives, and some said they had "
        "been prevented from collecting bodies. Soldiers patrolled the streets of the capital in "
        "armoured vehicles on Saturday and enforced the curfew with loudspeakers. The United "
        "Nations and the United States called on the government to respect the right to peaceful "
        "protest and to restore internet access. Students said they would continue their "
        "movement until their demands were met and those responsible for the killings were "
        "punished.",
        "U",
        "crackdown",
    ),
    (
        "Coordinated blasts hit churches and hotels in Sri Lanka on Easter Sunday",
        "COLOMBO — A series of bomb blasts ripped through churches and luxury hotels in Sri "
        "Lanka on Easter Sunday, killing more than 200 people and wounding about 450, in the "
        "worst violence the island has seen since its civil war ended a decade ago. Six "
        "explosions hit within minutes of each other in the morning, at three churches in "
        "Colombo, Negombo and Batticaloa during Easter services, and at the Shangri-La, Cinnamon "
        "Grand and Kingsbury hotels in the capital. Two more blasts followed in the afternoon. "
        'Police said suicide bombers had carried out at least some of the attacks. "The roof '
        'fell down and people were screaming. There was blood on everyone," a worshipper at St '
        "Sebastian's Church in Negombo told local television. Dozens of foreigners were among "
        "the dead. The government called the attacks terrorism, imposed a curfew and blocked "
        "social media sites to prevent the spread of false information. Police arrested 13 "
        "people and said they were investigating whether a local Islamist group had received "
        "help from abroad. The defence minister said the government had received intelligence "
        "warnings of possible attacks on churches but that they had not been acted on. Cardinal "
        "Malcolm Ranjith, the archbishop of Colombo, called for the perpetrators to be punished "
        '"mercilessly". Sri Lanka\'s Christian minority makes up about 7 percent of the '
        "population of 22 million. Hospitals in Colombo called for blood donors, and long queues "
        "formed outside the national blood bank within hours. At St Anthony's Shrine in the "
        "Kochchikade district of the capital, where one of the blasts ripped through the crowded "
        "church at the start of the morning Mass, soldiers stood guard as forensic teams worked "
        "among broken pews and shattered statues. Sri Lankan Airlines advised passengers to "
        "arrive at the airport early because of increased security checks, and police defused a "
        "pipe bomb found near the airport road later in the day. Prime Minister Ranil "
        "Wickremesinghe said the government would look into why the warnings had not been passed "
        "on. World leaders, including the Pope, condemned the attacks.",
        "E V T",
        "bombing",
    ),
    (
        "Bomb explodes during Catholic Mass in southern Philippine city",
        "MARAWI, Philippines — A bomb exploded during a Sunday Mass in a university gymnasium in "
        "the southern Philippine city of Marawi, killing four people and wounding dozens of "
        "others, officials said. The explosion went off in the morning as students and teachers "
        "attended the service at Mindanao State University. President Ferdinand Marcos Jr "
        'condemned "the senseless and most heinous acts perpetrated by foreign terrorists" and '
        "ordered police and the military to increase security in the region. The Islamic State "
        "group later said in a statement that its fighters had detonated the bomb. Military "
        "officials said the bombing might have been retaliation for recent operations against "
        "pro-IS militants in Maguindanao and Lanao del Sur, in which several fighters were "
        'killed. "I saw the ceiling fall and people running to the exits with blood on their '
        'faces," a student told a local radio station. The university suspended classes, and '
        "police set up checkpoints around the city. Marawi was largely destroyed in 2017 when "
        "militants allied to the Islamic State occupied it for five months and the army retook "
        "it after months of air strikes and street fighting. Much of the city's centre is still "
        "being rebuilt. Mindanao has a long history of Muslim separatist rebellion, though the "
        "main rebel group signed a peace deal with the government in 2014.",
        "E V T",
        "bombing",
    ),
    (
        "Thailand and Cambodia trade artillery and air strikes in border fighting",
        "BANGKOK — Thailand and Cambodia fought along their disputed border for a second day on "
        "Friday, with artillery exchanges and a Thai air strike, as more than 100,000 people "
        "fled villages on both sides of the frontier. Thai officials said at least 14 people, "
        "most of them civilians, had been killed on the Thai side, including a child at a petrol "
        "station hit by a Cambodian rocket in Sisaket province. Cambodia said one civilian had "
        "been killed and five wounded in Oddar Meanchey province. The fighting began on Thursday "
        "near ancient temples claimed by both countries, after a landmine blast earlier in the "
        "week wounded Thai soldiers. Each side accused the other of firing first. Thailand sent "
        'F-16 jets to strike what it said were Cambodian military targets. "We heard the rockets '
        'whistle over the house and ran to the bunker," said a resident of a village in Surin '
        "province who was staying in a temple turned evacuation centre. The Thai health ministry "
        "said a hospital in Phanom Dong Rak had been evacuated. Both governments recalled "
        "ambassadors, and Thailand closed all border crossings. Malaysia, which chairs the "
        "Association of Southeast Asian Nations, offered to mediate, and the UN Security Council "
        "scheduled an emergency meeting. The neighbours have a long-running dispute over "
        "sections of their 800-kilometre border, which was drawn during the French colonial era, "
        "and fought deadly skirmishes in 2011. In Cambodia's Oddar Meanchey province, families "
        "loaded belongings onto tractors and motorbikes and headed away from the border, and the "
        "authorities opened pagodas and schools as shelters. Cambodia's government accused "
        "Thailand of using cluster munitions, a charge Thailand denied, and said a Buddhist "
        "pagoda near the border had been damaged. In Thailand, the army said it had evacuated "
        "villages within 20 kilometres of the border in several provinces, and that more than "
        "100 shelters had been opened. Long lines formed at petrol stations as residents stocked "
        "up on fuel. The fighting was the worst between the two countries in more than a decade. "
        "Analysts said nationalist sentiment on both sides, fuelled by social media, had made it "
        "harder for governments to back down.",
        "B E D H",
        "border_clash",
    ),
    (
        "Rohingya exodus passes 400,000 as villages burn in Myanmar's Rakhine",
        "COX'S BAZAR, Bangladesh — The number of Rohingya Muslims who have fled Myanmar's "
        "Rakhine state for Bangladesh since late August has passed 400,000, the United Nations "
        "said on Sunday, as new arrivals described soldiers and Buddhist mobs burning their "
        "villages and shooting people as they fled. Refugees arriving at the Naf river and at "
        "beaches near Teknaf said they had walked for days through hills and paddy fields, and "
        'many had wounds from gunshots and landmines. "They set fire to our houses and shot my '
        'father. We ran with nothing," said Hasina, 18, who arrived in a boat with her younger '
        "brothers. Satellite images analysed by Human Rights Watch showed more than 200 villages "
        'burned. Myanmar\'s military says it is conducting "clearance operations" against '
        "militants of the Arakan Rohingya Salvation Army, who attacked police posts on August "
        '25, and denies targeting civilians. The UN human rights chief called the operation "a '
        'textbook example of ethnic cleansing". Aid agencies said the makeshift camps around '
        "Kutupalong were overwhelmed, with too little food, clean water and shelter, and warned "
        "of the risk of cholera. The World Food Programme said it was providing emergency "
        "rations to hundreds of thousands of people. Bangladesh has said it cannot absorb more "
        "refugees and has called on Myanmar to take them back. The Rohingya are denied "
        "citizenship in Myanmar, where many in the Buddhist majority regard them as illegal "
        "immigrants from Bangladesh. Smoke from burning villages could be seen from the "
        "Bangladeshi side of the Naf river, and refugees said soldiers had planted landmines "
        "near the border to stop them from returning. Bangladesh's government said it would "
        "build a new camp for 800,000 people near Kutupalong and register all new arrivals. Aid "
        "agencies said many of the refugees were children and that thousands had arrived "
        "unaccompanied. The UN Security Council was to meet to discuss the crisis, and several "
        "Muslim-majority countries, including Turkey and Malaysia, called for an end to the "
        "violence. Myanmar's leader Aung San Suu Kyi, who has faced growing international "
        "criticism over the crisis, said her government was ready to verify the status of "
        "refugees for their return.",
        "V D H M E",
        "displacement",
    ),
    (
        "Separatist gunmen kill construction workers in Indonesia's Papua",
        "JAYAPURA, Indonesia — Separatist gunmen killed at least 16 construction workers "
        "building a bridge on the Trans-Papua highway in Indonesia's Nduga regency, police said "
        "on Tuesday, in one of the deadliest attacks in the restive region in years. The "
        "workers, employees of a state-owned construction company, were taken from their camp on "
        "Sunday and shot on a hillside, according to a survivor who escaped into the forest and "
        "reached a military post. Police said the West Papua National Liberation Army, the armed "
        "wing of the Free Papua Movement, was responsible. A spokesman for the group told "
        "journalists that its fighters had killed the workers because they believed they were "
        "soldiers in disguise, and that the highway project was serving the Indonesian military. "
        "The government rejected the claim and said the victims were civilian labourers from "
        'Sulawesi and other islands. "They were just workers, earning money for their families," '
        "the regional police chief said. A soldier was killed and another wounded when the joint "
        "team of troops and police sent to recover the bodies came under fire. President Joko "
        "Widodo said he had ordered the army and police chiefs to hunt down the perpetrators and "
        "insisted that construction of the highway would go on. Papua, a former Dutch colony, "
        "was incorporated into Indonesia after a disputed UN-backed vote in 1969, and a "
        "low-level insurgency has simmered there since.",
        "V B",
        "massacre",
    ),
]
