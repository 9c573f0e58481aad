"""dev347 positives, part B: northern Syria and the Kurdistan Region, riots and crackdowns (2014-2026)."""

POSITIVES = [
    (
        "Protests over Kobani turn deadly across south-east Turkey",
        "At least 19 people were killed overnight as protests over the Islamic State siege of Kobani turned into running battles across Turkey's Kurdish south-east, officials said on Wednesday. Demonstrators accusing Ankara of standing by while the Syrian town fell set fire to shops, banks and party offices in Diyarbakır, where armed groups clashed in the streets. Police fired tear gas and water cannon, and the army imposed curfews in six provinces, the first such measure in the region in more than two decades. In Diyarbakır, eight people were shot dead in fighting between Kurdish activists and supporters of the Islamist Hüda-Par party, the governor's office said. Two police officers were killed in Bingöl. Interior Minister Efkan Ala warned that violence would be met with “violence”. The pro-Kurdish HDP called on its supporters to stay calm but to keep protesting. By Thursday morning, tanks were parked at major crossroads in Diyarbakır and the streets were largely empty.",
        "U",
        "riot",
    ),
    (
        "Refugees pour into Suruç as Islamic State fighters close in on Kobani",
        "Tens of thousands of Syrian Kurds have crossed into Turkey over the past three days as Islamic State fighters advanced on the border town of Kobani, seizing dozens of villages, the UN refugee agency said on Monday. Turkish officials said more than 130,000 people had entered at crossings near Suruç since Friday, one of the largest single movements of the Syrian war. Families arrived on foot and in tractors piled with mattresses, some driving herds of sheep. Kurdish People's Protection Units were fighting to hold the approaches to the town, and heavy artillery fire could be heard from the Turkish side. On Sunday, Turkish police fired tear gas and water cannon at Kurds who had gathered at the border to show support, and some protesters threw stones. Aid workers in Suruç said the town's schools and mosques were full and that tents were being set up. UNHCR said it was preparing for hundreds of thousands more refugees if the town fell.",
        "B D T U H",
        "offensive",
    ),
    (
        "Three Peshmerga killed in ISIS night attack near Makhmour",
        "Three Peshmerga fighters were killed and five wounded when Islamic State militants attacked their positions in the Qarachogh mountains near Makhmour late on Saturday, the Ministry of Peshmerga Affairs said. The attackers used sniper rifles and thermal scopes and fought for more than two hours before withdrawing toward the Iraqi-controlled side of the disputed areas, a Peshmerga commander told Rudaw. Coalition aircraft carried out air strikes on caves in the area on Sunday morning, the Kurdistan Region Security Council said. The attack comes after a series of night raids on villages in the so-called security gap between Iraqi and Kurdish forces, where residents say IS cells move freely after dark. In the village of Lheban, gunmen killed two farmers earlier this month. The Peshmerga ministry called for joint units with the Iraqi army to close the gap. “They come at night and vanish by morning,” said Kawa, a fighter at a nearby outpost.",
        "T B V E",
        "insurgent_attack",
    ),
    (
        "Fighting rages around Tishreen Dam as drone hits civilian convoy",
        "Turkish-backed factions and the Syrian Democratic Forces fought for a fourth week around the Tishreen Dam on the Euphrates on Wednesday, with heavy shelling reported on both banks of the river. The SDF said a Turkish drone struck a civilian convoy heading to the dam to protest against the attacks, killing five people and wounding more than 15. The Syrian National Army said it had repelled an SDF attempt to retake villages east of Manbij. The Syrian Observatory for Human Rights said more than 300 fighters had been killed on both sides since the clashes began in December, including dozens in the past two days alone. Engineers warned that damage to the dam could threaten communities downstream, and electricity supplies to Kobani and Raqqa have been cut. “We go to the dam to protect it with our bodies,” said a woman from Kobani who joined the convoy. Ankara says the SDF is an extension of the PKK.",
        "B E V",
        "battle",
    ),
    (
        "Manbij falls to Turkish-backed fighters; thousands flee east",
        "Turkish-backed Syrian factions seized the city of Manbij on Monday after several days of fighting with the Kurdish-led Syrian Democratic Forces, a war monitor and the factions said. The SDF confirmed it had withdrawn its Manbij military council under a US-brokered arrangement after what it called “fierce resistance”. The Syrian Observatory for Human Rights said at least 218 fighters had been killed since the offensive began. Families loaded cars and pick-up trucks and drove toward Raqqa and Tabqa, and some reported being stopped at checkpoints. The SDF's civil administration said more than 100,000 people from Manbij and the Shahba area had been displaced. Videos showed fighters celebrating in the city's main square and pulling down a statue. The capture comes a week after opposition forces toppled President Bashar al-Assad in Damascus. Turkish Foreign Minister Hakan Fidan said Ankara's priority was to prevent the PKK from exploiting the transition.",
        "B D",
        "offensive",
    ),
    (
        "Clashes erupt in Aleppo's Kurdish neighbourhoods, curfew imposed",
        "Syrian government security forces and Kurdish Asayish units clashed in and around Aleppo's Sheikh Maqsoud and Ashrafiyeh neighbourhoods on Monday night, leaving at least two people dead and several wounded, local health officials said. The fighting broke out after security forces set up new checkpoints on the roads into the Kurdish-majority districts and closed them with earth barriers, residents said. Mortar rounds fell on a residential street near the Sheikh Maqsoud roundabout, according to a Kurdistan24 correspondent in the city. The Defence Ministry in Damascus accused the SDF of firing on its positions, while the SDF said government-aligned factions attacked first. A night curfew was imposed, and several families moved toward the Ashrafiyeh hospital area. Mazloum Abdi spoke by phone with Defence Minister Murhaf Abu Qasra, and both sides announced a halt to the fighting on Tuesday morning. The neighbourhoods have been under Kurdish control since 2012.",
        "B E D",
        "clashes",
    ),
    (
        "Gunfight in Sulaimani hotel as security forces move to arrest Lahur Talabany",
        "Heavy gunfire rang out across central Sulaimani before dawn on Friday as security forces loyal to PUK leader Bafel Talabany surrounded the Lalezar hotel, where his cousin Lahur Sheikh Jangi had been staying. Residents said the fighting lasted for several hours and involved machine guns and rocket-propelled grenades. At least three members of the security forces were killed and more than a dozen people wounded, the Sulaimani health directorate said. A court had earlier issued an arrest warrant for Lahur on charges of plotting to destabilise the province. By mid-morning, the PUK said he had surrendered and was in custody, and several of his guards were detained. Schools and government offices in the city were closed for the day, and the main streets around the hotel were sealed off. The Kurdistan Regional Government urged restraint and called for the dispute to be resolved through the courts.",
        "B",
        "clashes",
    ),
    (
        "Drone attacks shut down Kurdistan oil fields",
        "A wave of drone attacks struck oil fields in the Kurdistan Region over three days, forcing operators to halt production at several sites including Sarsang and Khurmala, the region's Ministry of Natural Resources said on Thursday. Explosive-laden drones hit a processing facility at the Sarsang field in Duhok province on Tuesday, setting a storage tank on fire, and an oil field operated by a US company near Zakho was struck a day later. No casualties were reported, but the ministry said output had fallen by about 200,000 barrels a day. The KRG blamed “outlaw groups within the Popular Mobilisation Forces”, a charge the PMF denied. Iraqi Prime Minister Mohammed Shia al-Sudani ordered an investigation. Analysts said the attacks were designed to pressure Erbil in its budget dispute with Baghdad. The US State Department condemned what it called “terrorist attacks on Iraqi infrastructure”.",
        "E T",
        "drone_strike",
    ),
    (
        "Security forces open fire on protesters in Iranian Kurdish cities",
        "Security forces fired live ammunition at protesters in the Kurdish cities of Mahabad, Javanrud and Piranshahr overnight, killing at least eight people, Kurdish rights groups said on Monday. Hengaw, a Norway-based monitor, said Revolutionary Guards units had moved into Mahabad with armoured vehicles and heavy machine guns after protesters took control of several streets. Video verified by Rudaw showed gunfire in the dark and people carrying wounded men into a mosque. Iranian state media said “rioters” had attacked government buildings and killed a member of the Basij. Internet access in the area was largely cut off. More than 100 people have been killed in Iran's Kurdish provinces since the protests over Mahsa Amini's death began in September, Hengaw said. The Kurdistan Region has received dozens of injured protesters who crossed the border for treatment, doctors in Sulaimani said.",
        "U V",
        "crackdown",
    ),
    (
        "Protesters burn party offices as salary protests spread in Sulaimani province",
        "Angry crowds set fire to the offices of political parties in several towns of Sulaimani province on Tuesday as protests over months of unpaid public salaries turned violent for a second day. In Ranya and Chamchamal, protesters torched the local headquarters of the KDP, the PUK, Gorran and the Kurdistan Islamic Union, witnesses said. Security guards opened fire at a crowd in Ranya, killing two protesters, according to local health officials, and a teenager died of his wounds in Penjwen. Police fired tear gas in the city of Sulaimani, where dozens were arrested. The Kurdistan Regional Government said it would not tolerate attacks on public property and blamed “saboteurs”. Teachers and health workers have gone without full pay for much of the year as Erbil and Baghdad argue over the budget. Internet services were slowed across the province in the evening.",
        "U",
        "riot",
    ),
    (
        "Sixteen soldiers killed in roadside bombing in Hakkari",
        "Sixteen soldiers were killed when PKK militants detonated roadside bombs under two armoured vehicles in Hakkari's Dağlıca district on Sunday, the Turkish military said, in one of the deadliest attacks since a ceasefire collapsed in July. The General Staff said six more soldiers were wounded and that clashes with the militants continued in the area. Helicopters ferried the wounded to hospital in Van. Prime Minister Ahmet Davutoğlu convened an emergency security meeting in Ankara and vowed that the mountains would be “cleared of these terrorists”. Overnight, jets carried out air strikes on PKK positions in Hakkari and in northern Iraq, the military said. Angry crowds attacked HDP offices in several cities, including Ankara and Alanya, in the hours after the news broke. Funerals for the soldiers were held on Tuesday across the country. More than 100 members of the security forces have been killed since the violence resumed.",
        "E B T M U",
        "roadside_bombing",
    ),
    (
        "Police fire tear gas and rubber bullets at protesters after İmamoğlu's arrest",
        "Riot police fired tear gas, pepper spray and rubber bullets at tens of thousands of protesters in Istanbul on Sunday night as demonstrations over the jailing of Mayor Ekrem İmamoğlu entered their fifth day. Protesters near the city hall in Saraçhane threw flares and plastic bottles at police lines, and officers charged to clear the area outside the Aqueduct of Valens. Interior Minister Ali Yerlikaya said 1,133 people had been detained across the country since Wednesday and that 123 police officers had been injured. Several journalists were among those detained, including a photographer for the AFP news agency. Protests were also reported in Ankara and Izmir, where police used water cannon. A court ordered İmamoğlu, President Erdoğan's main rival, to be held in prison pending trial on corruption charges, which he denies. CHP leader Özgür Özel called for a boycott of companies he said were close to the government.",
        "U",
        "crackdown",
    ),
    (
        "Mobs attack Syrian homes and shops in Kayseri; unrest spreads to northern Syria",
        "Crowds smashed and set fire to shops, cars and homes belonging to Syrians in the central Turkish city of Kayseri overnight, after a Syrian man was accused of sexually abusing a child, officials said. Videos showed men kicking in shop windows in the Danışmentgazi neighbourhood and dragging goods into the street. Interior Minister Ali Yerlikaya said 67 people had been detained and that the suspect was in custody. The violence spread to Hatay, Gaziantep and Bursa on Monday night. In response, protesters in the Turkish-controlled areas of northern Syria attacked Turkish trucks and tore down Turkish flags, and gunfire erupted between demonstrators and Turkish troops in Afrin, leaving at least four people dead, according to a war monitor. Turkey closed border crossings into the region. President Erdoğan said nobody could be allowed to fuel “xenophobia and hatred” and blamed the opposition for stoking anti-refugee sentiment. About 3.1 million Syrians live in Turkey.",
        "U V B",
        "riot",
    ),
    (
        "Commandos land in northern Iraq as Operation Claw-Lock begins",
        "Turkish commandos backed by helicopters, drones and artillery launched a new ground and air operation against PKK positions in northern Iraq overnight, Defence Minister Hulusi Akar said on Monday. Jets struck shelters, tunnels and ammunition depots in the Metina, Zap and Avaşin-Basyan areas before special forces were flown in, the ministry said. Akar said the operation had “neutralised” 19 militants in its first hours and that four soldiers had been wounded. The PKK's armed wing said its fighters were resisting and claimed to have killed several soldiers, a figure that could not be verified. Villagers in the Duhok district of Amedi said shelling had set orchards on fire and that families had moved to nearby towns. The Kurdistan Regional Government did not comment, but Iraq's Foreign Ministry summoned the Turkish ambassador. Ankara says the operation is aimed at preventing attacks across the border.",
        "M E B D",
        "ground_operation",
    ),
    (
        "Afrin city captured after two-month offensive; thousands flee to Tal Rifaat",
        "Turkish troops and allied Syrian fighters took full control of the centre of Afrin on Sunday, President Erdoğan said, after a two-month offensive against the Kurdish YPG militia. The Syrian Observatory for Human Rights said more than 250,000 people had fled the city in the past week, most toward Tal Rifaat, Nubl and Zahraa, many of them on foot. Residents who stayed reported looting by some of the fighters, and video showed men carrying televisions and motorbikes out of houses. The Observatory said at least 280 civilians had been killed since the operation began in January, a figure Turkey rejects. Shelling hit the city's only hospital on Friday, killing at least 16 people, it said. The YPG said it would turn to guerrilla tactics. The UN called for urgent access for aid agencies to help those who fled, many of whom are sleeping in fields and half-built houses.",
        "M B E D H V",
        "offensive",
    ),
    (
        "Suicide bomber strikes Kurdish wedding in Gaziantep, 51 dead",
        "A suicide bomber believed to be a child or teenager blew himself up at an open-air Kurdish wedding party in Gaziantep on Saturday night, killing at least 51 people, officials said. The attack hit the Akdere neighbourhood, home to many Kurdish families, as guests danced in the street. Many of the victims were women and children, and 69 people were being treated in hospital, 17 in serious condition, the governor's office said. President Erdoğan said the Islamic State was the likely culprit. The bride and groom survived, though the groom was wounded. The HDP said the wedding party belonged to its supporters. Forensic teams worked overnight to identify remains, and funerals began on Sunday afternoon. The city, 60 kilometres from the Syrian border, hosts hundreds of thousands of Syrian refugees.",
        "T E V",
        "suicide_bombing",
    ),
]
