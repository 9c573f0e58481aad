"""Items: the escalation of September 23 to November 26, 2024: the air campaign, the ground
incursion, the flight north and to Syria, the shelters."""

from _wrap import item

item(
    "Deadliest day since 2006 as strikes pound south and Bekaa",
    """Israeli air strikes on southern Lebanon and the Bekaa valley killed
    [[492 people|killed;a=Health Minister Firass Abiad]], including
    [[35 children|killed;a=Health Minister Firass Abiad]] and
    [[58 women|killed;a=Health Minister Firass Abiad]], and wounded
    [[1,645|injured;a=Health Minister Firass Abiad]], Health Minister Firass Abiad said on
    Monday night. It was the deadliest day in Lebanon since the {{2006}} war. The Israeli
    military said its jets had hit [[about 1,600 Hezbollah targets|other;a=The Israeli military;u=other]].
    [[Tens of thousands of people|displaced]] fled north, jamming the coastal highway; the drive
    from Tyre to Beirut, normally about {{90 minutes}}, took up to {{12 hours}}, drivers said.
    Caretaker Prime Minister Najib Mikati said the government had opened
    [[89 schools|capacity;a=Caretaker Prime Minister Najib Mikati]] as shelters and that
    [[more than 26,000 people|displaced;a=Caretaker Prime Minister Najib Mikati]] had registered in
    them by midnight.""",
)

item(
    "On foot across a crater: the flight to Syria through Masnaa",
    """An Israeli strike on Friday cut the main road between Lebanon and Syria near the Masnaa
    crossing, leaving a crater some {{10 metres}} wide, but people kept walking across it with
    suitcases and mattresses. [[More than 300,000 people|displaced;a=UNHCR chief Filippo Grandi]]
    have crossed into Syria since {{September 23}}, UNHCR chief Filippo Grandi said, about
    {{70 percent}} of them Syrians. Syria's government put the number of Lebanese
    among them at [[around 100,000|displaced;a=Syria's government]]. Syrian officials said [[15,000 to 20,000 people a day|displaced;a=Syrian officials]] were
    now entering through Jdeidet Yabous. At the crossing, the Syrian
    Arab Red Crescent said its teams were handing out [[2,000 meals a day|aid;a=the Syrian Arab Red Crescent]].
    Lebanon's General Security said [[about 1,400 vehicles|other;a=Lebanon's General Security]]
    had crossed on Thursday alone, before the strike. [[Several hundred people|displaced;a=the Lebanese Red Cross]] spent Friday night at the
    border waiting to cross, the Lebanese Red Cross said. The Israeli military said the road was
    used to move weapons.""",
)

item(
    "Disaster unit says displaced top 1.2 million; shelters full",
    """[[About 1.2 million people|displaced;a=the government's disaster risk management unit]] have
    been displaced in Lebanon since the escalation began, the government's disaster risk
    management unit said in its daily report on Tuesday. The unit said
    [[189,174 people|displaced;a=The unit;alt=the government's disaster risk management unit]] were
    living in [[1,086 collective shelters|capacity;a=The unit;alt=the government's disaster risk management unit]],
    of which [[887|capacity;a=The unit;alt=the government's disaster risk management unit;u=structure]]
    had reached full capacity. Environment Minister Nasser Yassin, who coordinates the emergency
    committee, said the state had planned for [[no more than 500,000 displaced|displaced;p;a=Environment Minister Nasser Yassin]].
    The report also recorded [[2,083 killed|killed;a=The report;n=-]] and
    [[9,869 injured|injured;a=The report;n=-]] since {{October 8, 2023}}. Shelter managers in
    Aley and the Chouf said they had turned away [[dozens of families|displaced;a=Shelter managers in Aley and the Chouf]]
    every night.""",
)

item(
    "Israeli troops enter border villages; eight soldiers killed",
    """Israeli troops pushed into a string of villages on Lebanon's southern border on Wednesday,
    and [[eight soldiers|killed;a=the Israeli military]] were killed in clashes with Hezbollah
    fighters, the Israeli military said, its heaviest loss on the front in a year. The military
    said it had killed [[about 440 Hezbollah fighters|killed;a=The military;alt=the Israeli military]]
    since the ground operation began and destroyed [[more than 2,000 military structures|other;a=The military;alt=the Israeli military;u=other]].
    Hezbollah said it had killed [[dozens of soldiers|killed;a=Hezbollah]] and
    destroyed [[three Merkava tanks|other;a=Hezbollah]]. Israel's army spokesman in Arabic ordered
    residents of [[24 villages|displaced;p;a=Israel's army spokesman in Arabic;u=other]] to leave
    their homes and move north of the Awali river. The Lebanese army said it had pulled back from
    border posts and that [[two soldiers|killed;a=The Lebanese army]] were killed when a tank
    shell hit their post near Kfarchouba.""",
)

item(
    "Dahiyeh buildings flattened after night of heavy strikes",
    """Israeli jets struck Beirut's southern suburbs repeatedly overnight, after warnings posted by
    the army's Arabic spokesman for buildings in Haret Hreik, Bourj al-Barajneh and Choueifat. Civil defence said
    [[at least 20 buildings|housing;a=Civil defence]] were destroyed and
    [[more than 60|housing;a=Civil defence;u=structure]] damaged. The suburbs, home to
    [[roughly 600,000 people|civilians]] before {{September}}, are now largely empty; the Haret
    Hreik municipality estimates that [[only a few thousand residents|civilians;a=the Haret Hreik municipality]]
    remain. [[Four people|injured;a=the health ministry]] were hurt by falling debris, the health
    ministry said. Since {{September 27}}, when a strike killed Hassan Nasrallah, the municipality
    has counted [[about 320 buildings|housing;a=the municipality;alt=the Haret Hreik municipality]]
    destroyed across the area and [[between 2,000 and 3,000 apartments|housing;a=the municipality;alt=the Haret Hreik municipality]]
    damaged.""",
)

item(
    "Aitou strike kills 23 displaced people in northern Christian village",
    """An Israeli strike on a house in Aitou, a Christian village in the north far from the front,
    killed [[23 people|killed;a=the health ministry]], the health ministry said on Monday, among
    them [[12 women|killed;a=the health ministry]] and [[two children|killed;a=the health ministry]].
    [[Eight others|injured;n=-]] were wounded. The house had been rented
    {{two weeks}} earlier to a family displaced from the south, the Red Cross said. The United
    Nations human rights office called for an investigation. The Lebanese Red Cross said its
    teams were searching for [[at least two people|missing;a=The Lebanese Red Cross]] still under
    the rubble. The Israeli military said it was looking into the report. The village, with a
    population of [[about 1,500|civilians]], had taken in [[some 40 displaced families|displaced;a=its mayor]],
    its mayor said.""",
)

item(
    "Baalbek residents flee after order to evacuate whole city",
    """[[Tens of thousands of people|displaced;a=Baalbek governor Bachir Khodr]] left Baalbek on
    Wednesday after the Israeli military ordered the whole city evacuated, Baalbek governor Bachir
    Khodr said, with roads to Zahle and Deir al-Ahmar clogged for hours. Deir al-Ahmar's
    municipality said it had received [[more than 12,000 people|displaced;a=Deir al-Ahmar's municipality]]
    in a town of [[about 15,000|civilians;a=Deir al-Ahmar's municipality]], and was housing them
    in [[25 to 30 schools and churches|capacity;a=Deir al-Ahmar's municipality;n=schools and churches]]. Strikes on the Bekaa
    killed [[60 people|killed;a=the ministry]] and wounded [[58|injured;a=the ministry]]
    on Tuesday, the ministry said. Khodr said [[fewer than 5,000 residents|civilians;a=Khodr]] had
    stayed in the city, out of [[about 105,000|civilians;a=Khodr]]. UNESCO said it was
    concerned for the Roman temples, a world heritage site since {{1984}}.""",
)

item(
    "Israeli naval commandos seize man on Batroun coast",
    """Israeli naval commandos landed on the coast near Batroun, north of Beirut, before dawn on
    Friday and took away a Lebanese man, security officials said. The Israeli military later said
    it had captured a senior Hezbollah operative; his family said he was a civilian sea captain,
    {{40}}, studying at a maritime institute. Caretaker Prime Minister Najib Mikati asked the
    foreign ministry to file a complaint at the UN Security Council. Lebanese officials say
    [[at least 11 Lebanese|kidnapped;a=Lebanese officials]] have been abducted by Israeli forces
    since {{October 1}}, [[seven of them|kidnapped;a=Lebanese officials;n=-]] civilians. The
    Israeli military said separately it had detained [[four suspects|arrested;a=The Israeli military]]
    in the village of Aitaroun and had briefly detained [[about 20 residents|arrested;a=The Israeli military]]
    near Kfarkela. Israel says it is holding [[about a dozen Hezbollah fighters|arrested;a=Israel]] captured in
    south Lebanon. Lebanese officials said Israeli forces had also seized
    [[two Syrian workers|kidnapped;a=Lebanese officials]] near Rmeish last week. UNIFIL said its peacekeepers had not seen the landing.""",
)

item(
    "Lebanese army mourns soldiers killed since the escalation",
    """The Lebanese army said on Sunday that [[three soldiers|killed;a=The Lebanese army]] had been
    killed when an Israeli strike hit an army checkpoint near Sarafand, bringing to
    [[more than 40|killed;a=The Lebanese army]] the number of troops it has lost since
    {{September 23}}, though it has not joined the fighting. The army said
    [[at least 70 soldiers|injured;a=The army;alt=The Lebanese army]] had been wounded. The
    military, which has [[about 80,000 personnel|combatants;a=analysts]] on paper, has not fired
    back, analysts say. The United States, its largest donor, has given more than {{$3 billion}}
    since {{2006}}. [[Some 4,500 troops|combatants;a=the army]] remain deployed south of the Litani, the army
    said. In a separate statement, the army said it had arrested
    [[nine people|arrested;a=the army;alt=The Lebanese army]] in the north for looting empty homes
    of displaced families.""",
)

item(
    "Rescuers killed as strike hits civil defence centre in Baalbek district",
    """An Israeli strike on a civil defence centre in Dourine, in the Baalbek district, killed
    [[12 rescuers|killed;a=the health ministry]] late on Thursday, the health ministry said,
    including the centre's chief. The ministry said [[at least 192 paramedics and health workers|killed;a=The ministry;alt=the health ministry;n=paramedics and health workers]]
    had been killed since {{October 2023}} and [[more than 300|injured;a=The ministry;alt=the health ministry]]
    wounded. [[Eight hospitals|other;a=the
    ministry;alt=the health ministry]] had been forced to close and [[seven more|other;a=the ministry;alt=the health ministry;u=structure;n=-]]
    were only partly working, the ministry said. The World Health Organization said [[at least 150 ambulances|other;a=The World Health Organization]]
    had been damaged or destroyed. The Israeli military did not comment on the Dourine strike.""",
)

item(
    "In downtown Beirut, families sleep under the Martyrs' Square statue",
    """[[Hundreds of families|displaced;a=municipal volunteers]] who found no place in the shelters
    are sleeping in tents and cars around Martyrs' Square and on the Corniche, municipal volunteers
    said. Beirut's governor said the capital's [[148 shelters|capacity;a=Beirut's governor]] were
    full, holding [[about 52,000 people|displaced;a=Beirut's governor]]. The city plans to open
    [[20 more|capacity;p;a=The city;u=structure;n=-]] in public buildings next week, which would take
    [[up to 6,000 people|capacity;p;a=The city]]. Volunteers handed out
    [[1,500 blankets|aid]] on Sunday night. Police said they had moved
    [[about 70 people|displaced;a=Police]] who had occupied an empty hotel in Hamra to a school.""",
)

item(
    "Strike on journalists' chalets in Hasbaya kills three media workers",
    """An Israeli strike on chalets housing journalists in Hasbaya killed
    [[three media workers|killed;a=Lebanon's information ministry]] before dawn on Friday,
    Lebanon's information ministry said. Al Mayadeen said [[two of its staff|killed;a=Al Mayadeen;n=staff]] were among the dead,
    and Al Manar said it had lost a cameraman. [[At least 18 journalists|other;a=the ministry;alt=Lebanon's information ministry]]
    from several outlets had been
    staying at the compound, the ministry said. [[Three others|injured;a=witnesses;n=-]] were wounded, witnesses
    said. The Committee to Protect Journalists said [[at least 10 journalists|killed;a=The Committee to Protect Journalists]]
    had been killed in Lebanon since {{October 2023}}. [[About a dozen vehicles|other]] parked outside, marked PRESS, were burned out. The Israeli
    military said it was reviewing the incident.""",
)

item(
    "Tyre told to evacuate; rescuers search collapsed buildings",
    """Israeli strikes flattened [[more than a dozen buildings|housing;a=civil defence]] in Tyre's old
    city on Monday afternoon after the military told residents to leave, civil defence said. Mortada Mhanna, head of
    the Tyre disaster management unit, said [[about 14,000 people|civilians;a=Mortada Mhanna]]
    were still in the city, down from [[some 120,000|civilians;a=Mortada Mhanna]] before the
    escalation. Rescue teams pulled [[six bodies|killed;a=the unit]] and
    [[11 wounded|injured;a=the unit;n=-]] from a collapsed building near the port, the unit said,
    and [[four people|missing;a=the unit]] were believed still under the rubble. The unit is
    sheltering [[about 6,000 displaced people|displaced]] in schools and mosques in
    the city.""",
)

item(
    "Aid flights land at Beirut airport despite strikes nearby",
    """[[Ten planeloads|aid;a=the World Health Organization;u=other]] of medical supplies have landed at Beirut's Rafic Hariri airport
    since the start of the escalation, the World Health Organization said, enough to treat
    [[about 100,000 people|aid;p;a=the World Health Organization]]. The World Food Programme said it
    had delivered [[more than 1,800 tonnes|aid;a=The World Food Programme]] of food and was feeding
    [[nearly 200,000 people|aid;a=The World Food Programme]] in shelters every day. The EU flew in
    [[40 tonnes|aid]] of tents and blankets from Dubai. UNICEF said it had reached
    [[about 350,000 people|aid;a=UNICEF]] with water trucking. The airport, {{800 metres}} from the
    nearest strike, stayed open.""",
)

item(
    "Middle East Airlines keeps flying as rivals cancel",
    """Middle East Airlines flew its {{07:15}} departure to Paris on Tuesday as most foreign carriers
    suspended flights until at least {{October 31}}. Its fleet, bought between {{2017}} and
    {{2021}}, is partly registered in Ireland. The airline said insurance premiums had risen by
    {{40%}} and that fares on flight ME {{211}} had reached {{$1,000}}. Chairman Mohammad
    El-Hout, {{75}}, said it would keep flying "as long as the airport is open".""",
)

item(
    "Lebanese Eurobonds rally on talk of truce",
    """Lebanon's defaulted Eurobonds rose for a {{third}} day on Thursday, with the {{2035}} notes
    trading at about {{6.5 cents}} on the dollar, up from {{5.8 cents}} a week earlier. The
    Lebanese pound held at {{89,500}} to the dollar. Traders cited reports that a {{60-day}}
    truce was close. The notes have been in default since {{March 2020}}. The central bank's
    reserves stood at {{$10.3 billion}}, and inflation slowed to {{15%}} in {{October}}.""",
)
