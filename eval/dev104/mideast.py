"""The Middle East and North Africa: health ministries against armies, monitors against state
media, news agencies citing governors, hostages and prisoners counted by each side, camps and
damage counted from satellites (20 items with figures, 2 without)."""

from _wrap import item

item(
    "Gaza toll passes 41,000, ministry says; Israel gives its own count of militants",
    """The Gaza health ministry said on Thursday that [[at least 41,118 Palestinians|killed;a=The
    Gaza health ministry]] had been killed and [[95,125|injured;a=The Gaza health ministry]] wounded
    since {{October 7}}. The ministry does not distinguish between civilians and combatants.
    Israel's military says it has killed [[more than 17,000 militants|killed;a=Israel's military]],
    a figure it has not supported with evidence.""",
)

item(
    "Aid trucks: Israel and UN count differently at Kerem Shalom",
    """The Israeli military body COGAT said [[more than 300 trucks|aid;a=COGAT;alt=The Israeli
    military body COGAT]] of aid had passed inspection at Kerem Shalom over the weekend and were
    waiting on the Gaza side. The UN said its teams had been able to collect [[only
    87|aid;u=other;a=The UN]] of them because of looting and insecurity on the road. UNRWA estimates
    that [[1.9 million people|displaced;a=UNRWA]], about {{90%}} of Gaza's population, have been
    displaced.""",
)

item(
    "Jenin raid ends with 12 Palestinians dead, ministry says",
    """JENIN, West Bank (Reuters) - The Palestinian health ministry said [[12
    Palestinians|killed;a=The Palestinian health ministry]] were killed during a {{two-day}} Israeli
    raid on the Jenin refugee camp, [[four of them|killed;n=-;a=The Palestinian health ministry]]
    aged under {{18}}. The Israeli military said it had detained [[30 wanted suspects|arrested;a=The
    Israeli military]] and that [[one soldier|killed;a=The Israeli military]] was killed. Jenin's
    mayor said [[some 3,000 residents|displaced;a=Jenin's mayor]] had fled the camp.""",
)

item(
    "Lebanon's health ministry puts war toll above 4,000",
    """BEIRUT (AFP) - Lebanon's health ministry said [[more than 4,000 people|killed;a=Lebanon's
    health ministry]] had been killed in Israeli strikes since {{October 2023}}, without saying how
    many were fighters. Hezbollah has stopped publishing its losses. Israel's military said it had
    killed [[about 2,500 Hezbollah members|killed;a=Israel's military]] since it launched its ground
    operation. After the ceasefire, Lebanon's disaster risk unit said [[more than 800,000
    people|returned;a=Lebanon's disaster risk unit]] had gone back to their towns.""",
)

item(
    "Syria coastal killings: monitor and committee tolls",
    """The Syrian Observatory for Human Rights, a Britain-based war monitor, said [[at least 1,500
    civilians|killed;a=The Syrian Observatory for Human Rights]], most of them Alawites, were killed
    in {{three days}} of violence in the coastal provinces. A government fact-finding committee said
    in its report that [[1,426 people|killed;a=A government fact-finding committee]] had been
    killed, including [[about 90 women|killed;a=A government fact-finding committee]], and that
    [[238 members|killed;a=A government fact-finding committee]] of the security forces died in
    attacks by loyalists of the former government.""",
)

item(
    "Syrians return from abroad and from camps, UNHCR and Turkey say",
    """UNHCR said [[more than 500,000 Syrians|returned;a=UNHCR]] had returned from abroad since
    {{December 8}}, and that [[1.2 million internally displaced people|returned;a=UNHCR]] had gone
    back to their areas of origin. Turkish interior minister Ali Yerlikaya put the number of returns
    from Turkey alone at [[over 175,000|returned;a=Ali Yerlikaya;alt=Turkish interior minister Ali
    Yerlikaya]]. [[About 7,000|returned;a=Ali Yerlikaya;alt=Turkish interior minister Ali
    Yerlikaya]] crossed on a single day in {{June}}, he said.""",
)

item(
    "Homs car bomb: SANA cites governor, monitor reports higher toll",
    """State news agency SANA, citing the governor of Homs, said [[11 people|killed;a=SANA;alt=State
    news agency SANA;alt=the governor of Homs]] were killed and [[23|injured;a=SANA;alt=State news
    agency SANA;alt=the governor of Homs]] wounded when a car bomb exploded near a market in the
    city's Akrama district. The Syrian Observatory for Human Rights put the toll at [[16
    dead|killed;a=The Syrian Observatory for Human Rights]], including [[five children|killed;a=The
    Syrian Observatory for Human Rights]].""",
)

item(
    "Turkey says PKK militants 'neutralised' in northern Iraq strikes",
    """ANKARA (Reuters) - Turkey's defence ministry said its jets had "neutralised" [[24 PKK
    militants|killed;a=Turkey's defence ministry]] in air strikes on the Qandil and Gara regions of
    northern Iraq. The Kurdistan Region's counter-terrorism service said in a statement that [[three
    civilians|killed;a=The Kurdistan Region's counter-terrorism service]], shepherds from a nearby
    village, were among the dead. Turkey has carried out [[hundreds of strikes|other;u=other]] in
    the region since {{2019}}.""",
)

item(
    "Mosul civil defence still recovering bodies from Old City",
    """MOSUL, Iraq (AP) - Mosul's civil defence said its teams had recovered [[more than 2,800
    bodies|killed;a=Mosul's civil defence]] from the rubble of the Old City since the battle against
    Islamic State ended, most of them civilians. "We still get calls about [[three or four bodies a
    week|killed;q=range;lo=3;hi=4;a=Rabie Ibrahim;alt=a civil defence officer]]," said Rabie
    Ibrahim, a civil defence officer. The Associated Press has estimated that [[9,000 to 11,000
    civilians|killed;a=The Associated Press]] died in the battle.""",
)

item(
    "Houthi media say 68 killed in Saada prison strike; MSF reports wounded",
    """The Houthi-run Saba news agency, citing the health ministry in Sanaa, said [[68
    people|killed;a=Saba;alt=The Houthi-run Saba news agency;alt=the health ministry in Sanaa]] were
    killed in an air strike on a detention centre in Saada. Medecins Sans Frontieres said the
    hospital it supports in the city had received [[more than 200 wounded|injured;a=Medecins Sans
    Frontieres]]. The Saudi-led coalition said it had struck "a legitimate military target".""",
)

item(
    "Marib's displaced: local and UN counts diverge",
    """MARIB, Yemen (AFP) - The government's executive unit for displacement camps says [[some 2
    million displaced people|displaced;a=The government's executive unit for displacement camps]]
    live in Marib governorate, in [[more than 190 camps|capacity;a=The government's executive unit
    for displacement camps]]. The International Organization for Migration puts the number at
    [[about 1 million|displaced;a=The International Organization for Migration]]. Fighting since
    {{February}} has forced [[nearly 3,000 families|displaced;a=the IOM]] to move again, the IOM
    said.""",
)

item(
    "Iran protest deaths: rights group count against officials' figure",
    """Iran Human Rights, an Oslo-based group, said [[at least 326 people|killed;a=Iran Human
    Rights]], including [[43 children|killed;a=Iran Human Rights]], had been killed by security
    forces since protests began after the death in custody of Mahsa Amini, {{22}}. An Iranian
    general was quoted by a news agency close to the Revolutionary Guards as saying [[more than 300
    people|killed;a=An Iranian general;alt=a news agency close to the Revolutionary Guards]],
    including members of the security forces, had died. Rights groups say [[about 15,000
    people|arrested;a=Rights groups]] have been detained.""",
)

item(
    "Derna flood toll: Red Crescent, WHO and eastern government disagree",
    """BENGHAZI, Libya (Reuters) - The Libyan Red Crescent said [[11,300 people|killed;a=The Libyan
    Red Crescent]] had died in Derna when dams above the city burst, and that [[10,100|missing;a=The
    Libyan Red Crescent]] were still missing. The health minister of the eastern administration,
    Othman Abduljaleel, put the toll at [[3,845|killed;a=Othman Abduljaleel;alt=The health minister
    of the eastern administration]]. The World Health Organization said [[3,958 bodies|killed;a=The
    World Health Organization]] had been recovered and identified.""",
)

item(
    "Tripoli clashes kill 55, emergency centre says",
    """TRIPOLI (AFP) - [[Fifty-five people|killed;a=Libya's emergency medicine centre]] were killed
    and [[146|injured;a=Libya's emergency medicine centre]] wounded in clashes between rival armed
    groups in the capital, Libya's emergency medicine centre said on Wednesday. It said its teams
    had evacuated [[234 families|displaced;a=Libya's emergency medicine centre]] from the
    neighbourhoods of Ain Zara and Furnaj. The fighting erupted after the detention of a commander
    of the {{444}} Brigade.""",
)

item(
    "Hostage releases: Israel and Hamas lists",
    """The Israeli prime minister's office said [[105 hostages|kidnapped;a=The Israeli prime
    minister's office]] were freed during the {{seven-day}} truce, [[81 of them|kidnapped;n=-;a=The
    Israeli prime minister's office]] Israelis and the rest foreign nationals, in exchange for [[240
    Palestinian prisoners|other;a=The Israeli prime minister's office]]. Israel says [[251
    people|kidnapped;a=Israel]] were taken into Gaza on {{October 7}}, when [[about
    1,200|killed;a=Israel]] were killed. Hamas said it had handed over all the women and children it
    held.""",
)

item(
    "Gaza damage: UN satellite centre counts destroyed structures",
    """An analysis of satellite imagery by UNOSAT, the UN satellite centre, found that [[about
    163,000 structures|housing;a=UNOSAT;alt=An analysis of satellite imagery by UNOSAT]] in Gaza had
    been damaged or destroyed, around {{two thirds}} of the total. Of those,
    [[52,564|housing;u=structure]] were destroyed. The Gaza government media office says [[more than
    150,000 housing units|housing;a=The Gaza government media office]] are uninhabitable.""",
)

item(
    "Israel says 150 rockets fired from Lebanon, Hezbollah claims dozens",
    """The Israeli military said [[about 150 rockets|other;a=The Israeli military]] were fired from
    Lebanon on Sunday morning, most of which were intercepted. Hezbollah said in a statement it had
    launched [[dozens of Katyusha rockets|other;a=Hezbollah]] and several drones at an air base near
    Haifa in response to the killing of [[three of its commanders|killed;a=Hezbollah]] last week.
    Israeli paramedics said [[two people|injured;a=Israeli paramedics]] were lightly hurt by
    shrapnel.""",
)

item(
    "Egypt says militants killed in North Sinai raid",
    """CAIRO (Reuters) - Egypt's military spokesman said in a statement on Facebook that [[18
    militants|killed;a=Egypt's military spokesman]] were killed in a raid on hideouts in central
    Sinai, and that [[four conscripts|killed;a=Egypt's military spokesman]] died in an exchange of
    fire. Security sources in North Sinai told Reuters that [[seven more soldiers|injured;a=Security
    sources in North Sinai]] were wounded. Journalists are barred from the area.""",
)

item(
    "Al-Hol: SDF warns of strain as prisons and camp overflow",
    """The Syrian Democratic Forces said they held [[about 9,000 Islamic State
    fighters|arrested;a=The Syrian Democratic Forces]] in [[some two dozen makeshift
    prisons|other;u=structure;a=The Syrian Democratic Forces]] in northeast Syria. Al-Hol camp,
    built for [[10,000 people|capacity;a=the SDF]], holds [[more than 40,000|displaced;a=the
    SDF]], mostly women and children, the SDF said, about half of them Iraqis. The camp's
    administration said [[1,000 Iraqis|returned;p;a=The camp's administration]] would be
    repatriated next month.""",
)

item(
    "Kurdish office says 2,600 Yazidis still missing a decade on",
    """The Kurdistan Regional Government's office for kidnapped Yazidis says [[6,417
    Yazidis|kidnapped;a=The Kurdistan Regional Government's office for kidnapped Yazidis]] were
    abducted by Islamic State in {{August 2014}}. [[About 3,500|kidnapped;a=the office;alt=The
    Kurdistan Regional Government's office for kidnapped Yazidis]] have been rescued or freed, and
    [[some 2,600|missing;a=the office;alt=The Kurdistan Regional Government's office for kidnapped
    Yazidis]] remain missing, the office said. Mass graves are still being exhumed in Sinjar, where
    [[more than 80 graves|other;u=other]] have been found.""",
)

item(
    "Security Council marks resolution anniversary without vote",
    """NEW YORK (Reuters) - Council members on {{December 23}} marked the anniversary of Resolution
    {{2334}}, adopted in {{2016}} by {{14-0}} with a US abstention. No new text was put to a vote. A
    draft circulated in {{2024}} under Chapter {{VII}} never reached the floor.""",
)

item(
    "Red Sea insurers raise war-risk premiums",
    """LONDON (Reuters) - War-risk premiums for ships crossing the Red Sea rose to {{1%}} of a
    vessel's value from {{0.05%}} in {{December}}, brokers said, adding as much as {{$1 million}} to
    a single voyage. Brent crude rose {{2.3%}} to {{$81.40}} a barrel. Traffic through the Suez
    Canal fell by {{42%}} over {{two months}}, the canal authority said.""",
)
