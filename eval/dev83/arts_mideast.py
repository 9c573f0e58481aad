"""dev83 articles: the Middle East (Gaza, the West Bank, Lebanon, Syria, Iraq, Yemen, Iran)."""

from _wrap import item

item(
    "Israeli strike on Gaza school sheltering displaced kills at least 30",
    """An Israeli air strike on a school in Deir al-Balah that was sheltering displaced families
    killed [[at least 30 people|killed;a=Gaza's Civil Defence]] on Saturday, Gaza's Civil
    Defence said. The agency said [[at least 12 children|killed;a=The agency;alt=Gaza's Civil
    Defence]] were among the dead and that [[more than 100 people|injured;a=The agency;alt=Gaza's
    Civil Defence]] had been wounded. The Israeli military said it had struck a Hamas command
    centre inside the school and had taken steps to reduce harm to civilians. The school, run by
    the UN agency for Palestinian refugees, was housing [[about 4,000 displaced
    people|displaced;a=UNRWA]], according to UNRWA. UNRWA said [[more than 190 of its
    facilities|housing;a=UNRWA]] had been hit since the start of the war and that [[about 260 of
    its staff|killed;a=UNRWA]] had been killed. Gaza's health ministry says [[more than 38,000
    Palestinians|killed;a=Gaza's health ministry]] have been killed in the war. It began after
    Hamas-led fighters attacked southern Israel on {{October 7, 2023}}, killing [[about 1,200
    people|killed;a=Israeli tallies]] and taking [[251 hostages|kidnapped;a=Israeli tallies]],
    according to Israeli tallies. [[About 1.9 million people|displaced;a=the UN]], {{nine in
    ten}} of the population, have been displaced, the UN estimates.""",
)

item(
    "Three hostages and 90 Palestinian prisoners freed on first day of Gaza truce",
    """Hamas released [[three Israeli hostages|kidnapped]] on Sunday and Israel freed [[90
    Palestinian prisoners|other]] hours later, the first exchange under a ceasefire that took
    effect that morning after {{15 months}} of war. The Israeli military said [[the three
    women|kidnapped;a=The Israeli military]] had been handed over to the Red Cross in Gaza City
    and were in stable condition. Israel's prison service said the prisoners, most of them women and teenagers, had been released from Ofer prison in the
    occupied West Bank. Under the first {{42-day}} phase of the deal, [[33 hostages|kidnapped;p]]
    are to be released in exchange for [[about 1,900 Palestinian prisoners and
    detainees|other;p;n=prisoners and detainees]]. [[Around 600 aid trucks a day|aid;p;a=the
    UN]] are due to enter Gaza during the truce, the UN said. By late Sunday, [[more than 630
    trucks|aid;a=the UN]] had crossed, it said. [[Tens of thousands of displaced
    Palestinians|displaced]] gathered near the Netzarim corridor, waiting for permission to
    return to the north. Of the [[94 hostages|kidnapped;a=the Israeli military]] still held in
    Gaza, [[at least 34|killed;a=the Israeli military]] are dead, the Israeli military says.""",
)

item(
    "Israeli raid on Jenin camp kills 12 as thousands flee",
    """Israeli forces killed [[at least 12 Palestinians|killed;a=the Palestinian health
    ministry]] in a large raid on the Jenin refugee camp in the occupied West Bank that began on
    Monday, the Palestinian health ministry said. The ministry said [[more than 100
    people|injured;a=The ministry;alt=the Palestinian health ministry]] had been wounded, [[20
    of them|injured;n=-;a=The ministry;alt=the Palestinian health ministry]] seriously. The
    Israeli military said it had deployed [[about 1,000 troops|combatants;a=The Israeli
    military]] backed by drones and bulldozers and had detained [[30 suspects|arrested;a=The
    Israeli military]]. [[About 3,000|displaced;a=the Palestinian Red Crescent]] of the camp's
    [[14,000 residents|civilians;a=the Palestinian Red Crescent]] had fled by Tuesday morning, the
    Palestinian Red Crescent said. Kamal Abu al-Rub, Jenin's deputy governor, said bulldozers had
    damaged [[dozens of homes|housing;a=Kamal Abu al-Rub]] and torn up {{8 kilometres}} of roads.
    The camp was built in {{1953}} for Palestinians who fled or were expelled from their homes in
    the war of {{1948}}. The United Nations says [[more than 500 Palestinians|killed;a=The United
    Nations]] have been killed in the West Bank since {{October 2023}}, the highest toll there in {{two
    decades}}.""",
)

item(
    "Lebanese stream south as ceasefire between Israel and Hezbollah holds",
    """[[Tens of thousands of people|returned]] streamed back toward southern Lebanon on
    Wednesday, hours after a ceasefire between Israel and Hezbollah took effect at {{4am}},
    clogging the main coastal highway. Lebanon's government said [[about 1.2 million
    people|displaced;a=Lebanon's government]] had fled their homes during {{two months}} of
    escalation. [[More than 180,000|displaced;a=Lebanon's government]] were staying in [[about
    1,000 collective shelters|capacity;a=Lebanon's government]], it said, most of them schools.
    Residents of [[more than 60 villages|other]] near the border were told by the Israeli
    military not to return yet. Lebanon's health ministry says Israeli attacks since {{October
    2023}} have killed [[more than 3,800 people|killed;a=Lebanon's health ministry]] and wounded
    [[nearly 16,000|injured;a=Lebanon's health ministry]]. In northern Israel, [[about 60,000
    residents|displaced;a=Israeli authorities]] evacuated from border communities have yet to
    return, Israeli authorities said. Hezbollah attacks killed [[more than 70 Israeli soldiers and
    civilians|killed;n=soldiers and civilians;a=Israeli figures]] over the same period,
    according to Israeli figures. Under the ceasefire, Israeli troops are to withdraw from
    southern Lebanon within {{60 days}} as [[up to 10,000 Lebanese soldiers|combatants;p]]
    deploy.""",
)

item(
    "Syrian offensive in Idlib drives record numbers toward Turkish border",
    """[[Nearly 900,000 people|displaced;a=the United Nations]] have fled a Russian-backed
    government offensive in northwest Syria since {{December 1}}, the United Nations said on
    Monday, the largest exodus of the {{nine-year}} war. The UN said {{more than 80%}} of the
    displaced were women and children. Many are sleeping in fields and under olive trees in
    temperatures as low as {{minus 7C}}. Mark Cutts, a UN humanitarian official, said [[about
    170,000 people|displaced;a=Mark Cutts]] were sleeping in the open. The White Helmets rescue
    group said air strikes and shelling on Sunday killed [[nine civilians|killed;a=The White
    Helmets rescue group]] in the towns of Ariha and Darat Izza, including [[five
    children|killed;a=The White Helmets rescue group]]. Turkey, which already hosts [[3.6 million
    Syrian refugees|displaced;v=3600000]], has sent [[thousands of troops|combatants]] into
    Idlib and says it cannot take in any more. Turkish officials said [[33 Turkish
    soldiers|killed;a=Turkish officials]] were killed in a Syrian air strike in February. The
    camps along the border, which hold [[more than 1 million people|displaced;a=aid groups]], are
    full, aid groups say. The Syrian Observatory for Human Rights, a Britain-based monitor, says
    the offensive has killed [[more than 380 civilians|killed;a=The Syrian Observatory for Human
    Rights]].""",
)

item(
    "Monitor says more than 1,000 killed in Syria coastal violence",
    """[[More than 1,300 people|killed;a=the Syrian Observatory for Human Rights]], most of them
    Alawite civilians, have been killed in {{four days}} of violence in Syria's coastal
    provinces, the Syrian Observatory for Human Rights said on Sunday. The Britain-based monitor
    said [[at least 830 civilians|killed;a=The Britain-based monitor;alt=the Syrian Observatory for
    Human Rights]] had been killed in what it called massacres by security forces and allied
    fighters in Latakia and Tartus, as well as [[231 members|killed;a=The Britain-based
    monitor;alt=the Syrian Observatory for Human Rights]] of the security forces and [[250
    fighters|killed;a=The Britain-based monitor;alt=the Syrian Observatory for Human Rights]]
    loyal to the former government. The violence began on Thursday when gunmen loyal to ousted
    president Bashar al-Assad ambushed a security patrol near Jableh, killing [[16
    personnel|killed]]. The interior ministry said it had sent [[thousands of
    reinforcements|combatants;a=The interior ministry]] to the coast and arrested [[dozens of
    people|arrested;a=The interior ministry]] suspected of abuses. Interim president Ahmed
    al-Sharaa announced a committee to investigate the killings and said those responsible would
    be held accountable. [[Thousands of residents|displaced]] fled into the mountains. Russian
    state media said [[about 8,000 people|displaced;a=Russian state media]] were sheltering at
    the Russian air base at Hmeimim by Saturday. [[Between 9,000 and 10,000 people|displaced;a=the UN refugee
    agency]] crossed into northern Lebanon, according to the UN refugee agency.""",
)

item(
    "Civilians trapped in Mosul's Old City as Iraqi forces close in",
    """[[Up to 150,000 civilians|civilians;a=the United Nations]] remain trapped in the Old City
    of Mosul as Iraqi forces advance on the last streets held by Islamic State, the United
    Nations said on Thursday. Lise Grande, the UN humanitarian coordinator for Iraq, said the
    militants were using civilians as human shields and that [[at least 231
    people|killed;a=Lise Grande]] had been killed trying to flee in the past week. Iraqi
    commanders estimate that [[fewer than 300 Islamic State fighters|combatants;a=Iraqi
    commanders]] are still holding out in an area of {{less than 2 square kilometres}}. [[More
    than 800,000 people|displaced;a=the International Organization for Migration]] have fled
    Mosul since the offensive to retake the city began in October, according to the
    International Organization for Migration, and [[about 200,000|returned;a=the International
    Organization for Migration]] have gone back to the eastern half. Camps around the city,
    including Hamam al-Alil and Khazer, hold [[more than 350,000 people|displaced]], and aid
    agencies have built [[six new camps|capacity]] with space for [[another
    90,000|capacity]]. The Iraqi military said in January that it had killed [[about 3,300
    militants|killed;a=The Iraqi military]] in the first {{100 days}} of the offensive.""",
)

item(
    "Yemen's warring parties begin largest prisoner exchange of the war",
    """Yemen's Saudi-backed government and the Houthi movement began exchanging [[nearly 900
    prisoners|other;a=the International Committee of the Red Cross (ICRC)]] on Friday, in the
    largest swap since the war began in {{2014}}, the International Committee of the Red Cross
    (ICRC) said. The ICRC said it would operate [[15 flights|other;p;a=The ICRC]] over {{three
    days}} between Sanaa, Aden, Marib and the Saudi city of Abha. On the first day, [[318
    detainees|other;a=the ICRC]] were flown between the two sides' airports, the ICRC said. The
    Houthis are to free [[181 prisoners|other;p;a=the United Nations envoy's office]], including
    [[15 Saudi nationals|other;p;a=the United Nations envoy's office]], in exchange for [[706 Houthi
    detainees|other;p;a=the United Nations envoy's office]] held by the government and the
    coalition, according to the United Nations envoy's office. Abdulqader al-Murtada, head of
    the Houthi prisoner committee, said his side still held [[more than 1,000
    prisoners|arrested;a=Abdulqader al-Murtada]] and hoped to free them in a later round. The
    war has killed [[more than 150,000 people|killed;a=the Armed Conflict Location and Event Data
    Project (ACLED)]], including [[about 14,500 civilians|killed;a=the Armed Conflict Location and
    Event Data Project (ACLED)]], according to the Armed Conflict Location and Event Data Project
    (ACLED).""",
)

item(
    "Air strike on Yemen detention centre kills dozens of migrants",
    """An air strike by the Saudi-led coalition on a detention centre in the northern Yemeni city
    of Saada killed [[at least 68 detainees|killed;a=the medical charity Medecins Sans
    Frontieres]], many of them African migrants, and wounded [[more than 260|injured;a=the
    medical charity Medecins Sans Frontieres]], the medical charity Medecins Sans Frontieres
    said. MSF said [[about 200 of the wounded|injured;a=MSF]] had been taken to the hospital it
    supports in Saada. Residents said rescuers pulled [[dozens of bodies|killed;a=Residents]]
    from the rubble through the night. The Houthis, who control Saada, said the prison held
    [[more than 2,000 inmates|arrested;a=The Houthis]]. The coalition said it would
    investigate. Hours earlier, a coalition strike on a telecommunications building in the port
    city of Hodeidah cut internet access nationwide and killed [[three children|killed;a=Save the
    Children]] playing nearby, Save the Children said. The International Organization for
    Migration said [[about 138,000 migrants|displaced;a=The International Organization for
    Migration]], most of them from Ethiopia, had arrived in Yemen in {{2021}}. The UN says the
    war has left [[more than 20 million people|civilians;a=The UN]] in need of aid.""",
)

item(
    "Rights group says hundreds killed in Iran protest crackdown",
    """Iranian security forces have killed [[at least 448 people|killed;a=Iran Human Rights]],
    including [[60 children|killed;a=Iran Human Rights]], in {{two months}} of nationwide
    protests, Iran Human Rights, a Norway-based group, said on Tuesday. The protests erupted
    after the death in custody of Mahsa Amini, a {{22-year-old}} Kurdish woman arrested by the
    morality police in September. The group said [[at least 29 women|killed;a=The group;alt=Iran
    Human Rights]] were among the dead, and that the highest toll was in Sistan-Baluchestan
    province, where [[more than 120 people|killed;a=The group;alt=Iran Human Rights]] had been
    killed. HRANA, another rights group, estimates that [[more than 15,000
    people|arrested;a=HRANA]] have been detained. A senior commander of the Revolutionary Guards
    said last week that [[more than 300 people|killed;a=A senior commander of the Revolutionary
    Guards]] had died, including members of the security forces, the first official
    acknowledgement of a toll. State media have reported the deaths of [[about 50
    members|killed;a=State media]] of the security forces. The judiciary has charged [[more than
    1,000 people|arrested]] in Tehran alone over the unrest.""",
)

item(
    "Iraq's election turnout falls to record low",
    """Turnout in Iraq's early parliamentary election on {{October 10}} was {{41%}}, the
    Independent High Electoral Commission said on Monday, down from {{44.5%}} in {{2018}} and the
    lowest since the first multiparty vote in {{2005}}. The vote was held {{six months}} ahead of
    schedule, a concession to protesters who had demanded an end to corruption and unemployment.
    The movement of the Shia cleric Moqtada al-Sadr appeared to have come first, according to
    preliminary results. Polls closed at {{6pm}} after {{11 hours}} of voting, and airports and
    land borders were shut for {{24 hours}}. Iraq's oil revenues rose to about {{$7.7 billion}}
    in September, but youth unemployment remains above {{25%}}, the World Bank says. Prime
    Minister Mustafa al-Kadhimi, {{54}}, did not stand, and said he would hand over power within
    {{30 days}} of a new government being formed.""",
)
