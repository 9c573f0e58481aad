"""dev77 positives: the Kurdistan Region, Sinjar and the Iraq-Turkey and Iraq-Iran borders."""

POSITIVES = [
    (
        "Turkish drone strike kills Yazidi commander in Sinjar",
        "A Turkish drone strike hit a vehicle in the town of Sinjar on Monday, killing a commander of the Sinjar Resistance Units (YBS) and his driver, local officials told Rudaw. Ankara considers the Yazidi force an offshoot of the PKK. Turkey's defence ministry said its forces had neutralised a senior terrorist in northern Iraq.",
        "E M",
        "drone strike",
    ),
    (
        "Turkish drone hits Sinjar clinic, killing medical staff",
        "A Turkish drone struck a clinic in the Sinjar district town of Sinuni on Tuesday, killing two medical staff and a guard, local officials said. The building had been used by the YBS as a medical point for fighters and residents, and it was put out of service. Residents said a second strike hit the area an hour later as people tried to reach the wounded.",
        "E V H",
        "drone strike",
    ),
    (
        "Shelling of Zakho resort kills tourists from central Iraq",
        "Artillery shells struck a crowded summer resort in Zakho district of Duhok province on Wednesday, killing nine tourists from central and southern Iraq, including children, and wounding 23, Kurdistan Region officials said. Baghdad blamed Turkish forces and summoned Ankara's charge d'affaires, while Turkey denied firing on civilians. Families had been swimming in a stream when the shells landed.",
        "E V",
        "shelling",
    ),
    (
        "Turkey launches air and ground offensive in Duhok's mountains",
        "Turkey launched a new air and ground offensive against PKK fighters in the Avashin and Metina areas of the Kurdistan Region overnight, with commandos landed by helicopter after air strikes and artillery fire, the Turkish defence ministry said. Residents of several border villages in Amedi district left their homes for Duhok, a local official said. The PKK said its fighters were resisting in tunnels.",
        "M E B D",
        "offensive",
    ),
    (
        "PKK attack on Turkish base in Zap leaves soldiers dead",
        "PKK fighters attacked a Turkish military base in the Zap region of the Kurdistan Region on Friday night, killing six Turkish soldiers, Turkey's defence ministry said. It said its forces responded with air strikes and had neutralised 15 militants in the area. The PKK's armed wing said it had hit the base with heavy weapons and claimed higher Turkish losses.",
        "B E M",
        "armed attack",
    ),
    (
        "Iranian missiles and drones strike Kurdish opposition camps near Koya",
        "Iran's Revolutionary Guards fired missiles and explosive drones at the headquarters and camps of Iranian Kurdish opposition parties near Koya in the Kurdistan Region on Wednesday, killing 13 people and wounding 58, Kurdish health officials said. The IRGC said it had targeted terrorist groups behind unrest in Iran. Families of party members living in the camps fled to nearby fields.",
        "E M D",
        "missile strike",
    ),
    (
        "Iranian artillery shells villages in Sidakan, residents flee",
        "Iranian artillery shelled mountain villages in Sidakan district near the border on Sunday, setting orchards on fire and damaging houses, the district mayor told Kurdistan24. No one was killed, but dozens of families left for the town of Soran. Iran said it was targeting fighters of the Kurdish militant group PJAK who had crossed from Iraq.",
        "E D",
        "shelling",
    ),
    (
        "IRGC ballistic missiles kill businessman and his daughter in Erbil",
        "Iran's Revolutionary Guards fired ballistic missiles at Erbil late on Monday, destroying the home of a prominent Kurdish businessman and killing him, his infant daughter and two others, Kurdistan Region officials said. The IRGC claimed it had hit an Israeli spy headquarters. Baghdad recalled its ambassador from Tehran and called the strike an attack on civilians.",
        "E V",
        "missile strike",
    ),
    (
        "Drone attack halts output at Khor Mor gas field",
        "A drone attack on the Khor Mor gas field in Sulaymaniyah province on Friday set a storage tank on fire and killed four Yemeni workers, the field's operator said. Gas supplies to power stations were cut, causing blackouts across the Kurdistan Region. No group claimed the attack, which Kurdish officials blamed on outlaw armed factions.",
        "E",
        "drone attack",
    ),
    (
        "Oil fields in Duhok and Zakho hit by explosive drones",
        "Explosive drones struck two oil fields in Duhok province overnight, forcing foreign operators to halt production, the Kurdistan Region's natural resources ministry said on Wednesday. Nobody was hurt, but a storage tank burned for hours. The attacks followed a string of drone strikes on energy sites in the region that Kurdish officials blamed on armed factions inside the Popular Mobilisation Forces.",
        "E",
        "drone attack",
    ),
    (
        "Protesters burn party offices in Sulaymaniyah, eight killed",
        "At least eight people were killed in the Sulaymaniyah area as protesters angry over unpaid salaries set fire to the offices of the main Kurdish parties for a third day, local officials said on Wednesday. Security guards opened fire on crowds in Ranya and Chamchamal. Kurdish security forces deployed in the towns and detained dozens of people.",
        "U V",
        "riot",
    ),
    (
        "Islamic State militants attack Peshmerga post in Qarachogh",
        "Islamic State militants attacked a Peshmerga position on Qarachogh mountain near Makhmour late on Sunday, killing three Peshmerga fighters and wounding four, the Peshmerga ministry said. The attackers used sniper rifles and grenades and withdrew towards the villages between Kurdish and Iraqi army lines. Peshmerga commanders have called for joint operations to close the gap.",
        "B T",
        "armed attack",
    ),
    (
        "Iraqi army and Yazidi fighters clash in Sinjar, thousands flee to Duhok camps",
        "Iraqi army units and fighters of the Sinjar Resistance Units clashed in the town of Sinjar for a second day on Monday, killing a soldier and two YBS fighters, the military said. More than 3,000 Yazidis fled towards displacement camps in Duhok province, the Kurdistan Region's migration office said. The army said it was enforcing an agreement to remove armed groups from the district. Aid groups in the camps said they lacked tents and food for the new arrivals.",
        "B M D H",
        "clashes",
    ),
]
