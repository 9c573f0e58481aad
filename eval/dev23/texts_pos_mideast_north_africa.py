"""dev23 texts: positives, batch 1 (Middle East and North Africa).

POSITIVES = [(title, text, tag codes, kind), ...]
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives, batch 1 (Middle East and North Africa)
    (
        "Flash Update #38: strike hits UNRWA school sheltering displaced families in Khan Younis",
        "On the afternoon of 9 July 2024, a strike hit the gate of an UNRWA school in Abasan, east of Khan Younis, where some 2,000 displaced people were sheltering. Local health authorities reported at least 27 people killed, most of them women and children. Since October, more than 190 UNRWA installations have been hit. Humanitarian partners continue to call for the protection of civilians and of facilities used as shelters.",
        "E V D",
        "airstrike",
    ),
    (
        "WFP pauses deliveries to northern Gaza after convoy comes under fire",
        "The World Food Programme said a convoy of 14 trucks carrying flour for Gaza City was stopped at a checkpoint, then came under gunfire as crowds of hungry people gathered around it. One of our drivers was injured and the trucks could not reach their destination. WFP is pausing deliveries to the north until conditions allow safe distribution. People in the north are facing catastrophic levels of hunger.",
        "V H",
        "attack_on_aid",
    ),
    (
        "WHO: Kamal Adwan hospital out of service after military raid",
        "WHO has lost contact with staff at Kamal Adwan hospital in Beit Lahiya after Israeli forces raided the facility on 27 December 2024. Patients were moved out and the director was detained, according to the Ministry of Health. The hospital was the last major health facility functioning in North Gaza. WHO calls for the protection of health workers and for the immediate resumption of medical evacuations.",
        "M H",
        "hospital_raid",
    ),
    (
        "IDF: forces conclude counterterrorism operation in Jenin camp",
        "Over the past 48 hours, IDF and Border Police forces operated in the Jenin camp, where they located explosives laboratories and weapons caches, the army said in a statement on 5 July 2023. During the activity, armed gunmen opened fire on the forces, who responded with live fire and drone strikes. One IDF soldier was killed. The forces have now left the area.",
        "M B E",
        "raid",
    ),
    (
        "Lebanese Ministry of Public Health: paramedics among dead in strikes on the south",
        "The Ministry of Public Health said that strikes on the towns of Naqoura and Tayr Harfa on 27 March 2024 killed 12 people, among them seven paramedics of a relief centre. The ministry condemned what it called the deliberate targeting of emergency workers. It said 16 health workers have been killed in the south since October.",
        "E V",
        "airstrike",
    ),
    (
        "Syria Civil Defence: barrel bombs hit market in Maarat al-Numan",
        "Our teams recovered the bodies of 14 people after barrel bombs dropped by helicopters hit the vegetable market in Maarat al-Numan this morning, the Syria Civil Defence said on 22 July 2019. More than 30 people were injured. A second strike hit the area as our volunteers were pulling people from the rubble. The market was crowded with shoppers at the time.",
        "E V",
        "airstrike",
    ),
    (
        "OHCHR alarmed by killings of civilians in Syria's coastal areas",
        "We are deeply alarmed by reports of the killing of entire families, including women and children, in Latakia, Tartus and Hama governorates since 6 March 2025, the UN human rights office said. Our office has documented summary executions carried out on a sectarian basis by armed individuals. Fighting broke out after attacks on security forces by gunmen loyal to the former government. We call on the interim authorities to halt the violence and protect civilians.",
        "V B",
        "massacre",
    ),
    (
        "UNHCR: thousands cross from Lebanon into Syria to escape airstrikes",
        "Since 23 September 2024, UNHCR estimates that more than 100,000 people have crossed from Lebanon into Syria, fleeing Israeli airstrikes. Our teams at the Jdeidet Yabous crossing are seeing families arriving on foot with nothing, many of them spending the night in the open. We are providing water, blankets and mattresses.",
        "D E",
        "displacement",
    ),
    (
        "Coalition: Houthi ballistic missile intercepted over Jizan",
        "The air defences of the Coalition to Restore Legitimacy in Yemen intercepted a ballistic missile launched by the Houthi militia towards Jizan on 26 August 2019, the coalition spokesperson said. Falling debris injured three civilians and damaged several homes. The coalition said the launch violated international humanitarian law.",
        "E",
        "missile_attack",
    ),
    (
        "MSF: hospital supported by our teams hit by airstrike in Abs",
        "An airstrike hit Abs hospital in Hajjah governorate on 15 August 2016, killing 11 people including an MSF staff member, Médecins Sans Frontières said. The hospital's GPS coordinates had been shared repeatedly with all parties to the conflict. MSF is withdrawing its staff from six hospitals in northern Yemen. This is the fourth attack on an MSF-supported facility in Yemen in a year.",
        "E V H",
        "airstrike",
    ),
    (
        "CENTCOM: crew members killed after Houthi missile strikes bulk carrier",
        "On 6 March 2024, Iran-backed Houthi militants fired an anti-ship ballistic missile at the Barbados-flagged bulk carrier True Confidence in the Gulf of Aden, US Central Command said. The missile struck the vessel, killing three crew members and injuring at least four. The crew abandoned ship and a coalition warship responded. This is the 23rd attack on commercial shipping since November.",
        "E",
        "missile_attack",
    ),
    (
        "Joint Operations Command: clearance operation in the Hamrin mountains",
        "Units of the army and the Popular Mobilisation Forces launched a clearance operation on 8 March 2021 to pursue Daesh remnants in the Hamrin mountains, the Joint Operations Command said. Iraqi and coalition aircraft struck hideouts and tunnels. Five terrorists were killed in a clash and two caves used to store weapons were destroyed.",
        "M B E",
        "clearance_operation",
    ),
    (
        "Kurdistan Region Interior Ministry: drone attack on Khor Mor gas field",
        "A drone attack hit the Khor Mor gas field in Sulaimani province on the evening of 26 April 2024, killing four Yemeni workers, the Kurdistan Region's Interior Ministry said. The attack caused a fire and halted gas supplies to power stations. The ministry called on the federal government to find those responsible.",
        "E",
        "drone_strike",
    ),
    (
        "UN human rights office: Iran must stop the use of force against protesters",
        "We are very concerned at the continued violent response of the security forces to protests across Iran, the spokesperson said in Geneva on 22 November 2022. Security forces have used live ammunition, birdshot and batons, and we have reports of more than 300 people killed, including at least 40 children. Thousands have been detained, many simply for taking part in demonstrations.",
        "U",
        "crackdown",
    ),
    (
        "UNAMI: live fire against protesters in Baghdad must stop",
        "The UN Assistance Mission for Iraq is gravely concerned about the use of live ammunition against demonstrators near the Ahrar bridge in Baghdad on 28 November 2019. At least 15 protesters were killed and dozens injured in Nasiriyah and Baghdad within 24 hours. Unidentified armed men also fired on the crowds. We call for immediate investigation and accountability.",
        "U V",
        "crackdown",
    ),
    (
        "Israel Police: shooting attack at bus stop at the entrance to Jerusalem",
        "Two terrorists arrived at a bus stop at the entrance to Jerusalem on the morning of 30 November 2023 and opened fire at people waiting there, the Israel Police said. Three civilians were killed and several others wounded. Two off-duty soldiers and a civilian shot the attackers. Police units are securing the area.",
        "T V",
        "shooting_attack",
    ),
    (
        "Interior Ministry: explosion on Istiklal Avenue is a terrorist attack",
        "The explosion on Istiklal Avenue in Beyoglu at 16:20 on 13 November 2022 was carried out with a bomb left by a woman on a bench, the Interior Ministry said. Six of our citizens lost their lives and 81 were injured. The ministry said the attack was ordered by the PKK, and that the suspect was detained overnight.",
        "T E V",
        "bombing",
    ),
    (
        "Egyptian presidency declares mourning after attack on Al Rawda mosque",
        "President Abdel Fattah al-Sisi declared three days of national mourning after terrorist elements attacked worshippers during Friday prayers at Al Rawda mosque in Bir al-Abed, North Sinai, on 24 November 2017. The attackers detonated an explosive device and opened fire on people leaving the mosque. The public prosecutor said 305 people were killed, among them 27 children. Air force aircraft struck vehicles used by the attackers.",
        "T V E",
        "mosque_attack",
    ),
    (
        "UNSMIL concerned by clashes between armed groups in Tripoli",
        "The United Nations Support Mission in Libya is following with concern the armed clashes that broke out in Tripoli on 14 August 2023 between the 444 Brigade and the Special Deterrence Force. The fighting, with heavy weapons in residential areas, has killed 55 people, according to the emergency medicine centre. Families were trapped in their homes and flights at Mitiga airport were suspended.",
        "B",
        "battle",
    ),
    (
        "UNSMIL: offensive on Tripoli displaces thousands of families",
        "The Mission is alarmed by the military escalation in the south of Tripoli since forces of the Libyan National Army began their advance on the capital on 4 April 2019. Fighting around the old airport and Ain Zara has forced more than 13,000 people from their homes. Shelling has hit residential neighbourhoods and a field hospital. We call for a humanitarian truce to evacuate the wounded and civilians.",
        "B M D E",
        "offensive",
    ),
    (
        "ICRC: civilians in eastern Aleppo face a desperate winter under siege",
        "The situation for civilians in the besieged eastern districts of Aleppo is catastrophic, the ICRC said on 30 November 2016. Heavy fighting and bombardment continue, and tens of thousands of people have fled towards western Aleppo in recent days. There is no running water, food is almost gone and the last hospitals are out of service. We are ready to act as a neutral intermediary to evacuate the wounded.",
        "B E D H",
        "siege",
    ),
    (
        "UN Resident Coordinator: Eastern Ghouta needs a pause in the bombardment",
        "The Humanitarian Coordinator for Syria said on 21 February 2018 that the bombardment of Eastern Ghouta must stop. In 48 hours, more than 100 people have been killed and six hospitals have been hit. Some 393,000 people have been besieged there for years, and no convoy has entered since the middle of February.",
        "E H",
        "siege",
    ),
    (
        "IOM: displacement from western Mosul exceeds 200,000",
        "Since Iraqi forces began their operation to retake the western side of Mosul on 19 February 2017, IOM's Displacement Tracking Matrix has recorded more than 200,000 people displaced. Families arrive at the screening points exhausted, describing days sheltering from the fighting in basements. Hammam al-Alil camp is at capacity and new plots are being opened.",
        "M D B",
        "displacement",
    ),
    (
        "Coalition: strikes in Syria and Iraq, 28 engagements near Raqqa",
        "Coalition military forces conducted 31 strikes consisting of 39 engagements against ISIS targets in Syria and Iraq on 14 July 2017, Combined Joint Task Force Operation Inherent Resolve said. Near Raqqa, 28 strikes engaged 16 ISIS tactical units and destroyed 20 fighting positions. The strikes support the Syrian Democratic Forces' offensive to liberate the city.",
        "E M",
        "air_campaign",
    ),
    (
        "NRC: families trapped as fighting approaches Hodeidah",
        "The Norwegian Refugee Council warned on 7 November 2018 that fighting has reached residential areas of Hodeidah city. Families are trapped in their homes as shelling and airstrikes hit the eastern districts, and thousands have fled towards Sanaa. The port, through which most of Yemen's food arrives, must remain open. A battle for the city would be catastrophic for millions of people on the brink of famine.",
        "B E D H",
        "offensive",
    ),
    (
        "Saudi Ministry of Energy: drone attacks hit Abqaiq and Khurais facilities",
        "At 4:00 on 14 September 2019, the Abqaiq and Khurais plants of Saudi Aramco were attacked by drones, causing fires, the Ministry of Energy said. The attacks resulted in a temporary halt of production of 5.7 million barrels of crude oil per day. No injuries were reported. The ministry said the attack targeted the security of global energy supplies.",
        "E",
        "drone_strike",
    ),
    (
        "OCHA: settlers attack Turmus Ayya, homes and cars set on fire",
        "According to the Palestinian Red Crescent, one Palestinian was killed and 12 others were injured when hundreds of Israeli settlers attacked the village of Turmus Ayya on 21 June 2023. Settlers set fire to some 30 houses and 60 vehicles. Israeli forces fired tear gas at residents. OCHA recorded the highest monthly number of settler attacks since it began its records.",
        "V",
        "settler_attack",
    ),
    (
        "UNICEF: Gaza has become a graveyard for children",
        "The number of children reported killed in the Gaza Strip since October has exceeded 13,000, UNICEF said in March 2024. Thousands more have been injured or are missing under the rubble. Children in the north are dying of malnutrition and dehydration, and one in three children under two there is acutely malnourished. We need safe and unimpeded access to reach them.",
        "E V H",
        "humanitarian",
    ),
    (
        "Türkiye's Ministry of National Defence: Operation Claw-Sword air strikes",
        "Within the framework of Operation Claw-Sword, launched on 20 November 2022, our aircraft struck 89 targets belonging to the PKK/YPG in northern Syria and northern Iraq, the ministry said. Shelters, tunnels and ammunition depots were destroyed. The operation was launched after the Istiklal Avenue bombing. The ministry said the strikes were carried out within the right of self-defence.",
        "M E",
        "air_campaign",
    ),
    (
        "Iraqi Foreign Ministry condemns shelling of Zakho tourist resort",
        "The Ministry of Foreign Affairs condemns in the strongest terms the artillery shelling that hit a tourist resort in Zakho district of Duhok on 20 July 2022, killing nine civilian tourists, among them children, and injuring 23. The ministry holds Turkish forces responsible and has summoned the Turkish chargé d'affaires. Iraq will file a complaint at the Security Council.",
        "E V",
        "shelling",
    ),
    (
        "IDF: about 180 ballistic missiles launched from Iran at Israel",
        "Approximately 180 ballistic missiles were launched from Iran towards Israeli territory on the evening of 1 October 2024, the IDF spokesperson said. A large number were intercepted by the Israeli air defence array, with the help of a US-led coalition. A number of impacts were identified in central and southern Israel. Residents were instructed to remain near protected spaces.",
        "E",
        "missile_attack",
    ),
]
