"""Items of eval/dev212: Gaza and Israel (hostages, prisoners, bodies under the truces of 2023,
2025), Lebanon, Syria's missing, Iraq's Yazidis and Kuwait's missing, and the Iran-US swap."""

from _wrap import item

item(
    "First hostages freed as Gaza truce takes hold",
    """
    Qatar's foreign ministry spokesman Majed al-Ansari said
    [[24 hostages|kidnapped;a=Majed al-Ansari]] had been released from Gaza on Friday, including
    [[13 Israeli women and children|kidnapped;n=women and children;a=Majed al-Ansari]],
    [[10 Thai nationals|kidnapped;a=Majed al-Ansari]] and a Filipino. Israel released
    [[39 Palestinian prisoners|other;a=Israel Prison Service]], all of them women and minors,
    from Ofer and Damon prisons, the Israel Prison Service said. The International Committee of
    the Red Cross said its staff had driven the hostages in
    [[eight vehicles|other;a=International Committee of the Red Cross]] to the Rafah crossing.
    Under the deal, brokered by Qatar, Egypt and the United States,
    [[50 hostages|kidnapped;p]] are to be freed over {{four days}} in exchange for
    [[150 Palestinian prisoners|other;p]], and [[200 aid trucks a day|aid;p]] are to enter the
    territory. Israel says [[about 240 people|kidnapped;a=Israel]] were taken into Gaza on
    {{7 October}}.
    """,
)

item(
    "Families' forum counts 59 hostages still in Gaza",
    """
    The Hostages and Missing Families Forum said on Saturday that
    [[59 hostages|kidnapped;a=Hostages and Missing Families Forum]] were still held in Gaza,
    [[at least 35|killed;a=Israeli officials]] of them believed by Israeli officials to be
    dead. [[Tens of thousands of people|other]] rallied in Tel Aviv's Hostages Square for the
    {{78th}} consecutive Saturday to demand a deal to bring them all home. Israel's Government
    Press Office says [[251 people|kidnapped;a=Israel's Government Press Office]] were seized
    in the attack of {{7 October 2023}}. Of them,
    [[148|kidnapped;a=office;alt=Israel's Government Press Office]] have come back alive and the
    bodies of [[more than 40 hostages|killed;a=office;alt=Israel's Government Press Office]]
    have been recovered, the office said. Israel's military estimates that Hamas still has
    [[about 20,000 fighters|combatants;a=Israel's military]] in the territory.
    """,
)

item(
    "Gaza ceasefire begins with release of three Israeli women",
    """
    The first phase of the ceasefire, which is to last {{42 days}}, will see
    [[33 Israeli hostages|kidnapped;p;a=Sheikh Mohammed bin Abdulrahman Al Thani]] freed in
    exchange for [[about 1,900 Palestinian prisoners|other;p;a=Sheikh Mohammed bin Abdulrahman
    Al Thani]], Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said. On
    Sunday, [[three Israeli women|kidnapped]] were handed to the Red Cross in Gaza City after
    {{471 days}} in captivity, and hours later [[90 Palestinian prisoners|other]], most of them
    women and minors, were released from Ofer prison. Israel's Justice Ministry published a
    list of [[735 prisoners|other;p;a=Israel's Justice Ministry]] due for release in the coming
    weeks. The UN said [[600 aid trucks a day|aid;p;a=UN]] should now enter Gaza, whose
    [[2.1 million people|civilians;a=UN]] face hunger after {{15 months}} of war, and
    [[hundreds of thousands of displaced Palestinians|returned;p]] are expected to head back to
    the north once the Netzarim corridor opens. [[More than 46,000 Palestinians|killed;a=Gaza's
    health ministry]] have been killed in the war, according to Gaza's health ministry.
    """,
)

item(
    "Last living hostages home as Israel frees nearly 2,000 Palestinians",
    """
    Hamas handed [[the 20 living hostages|kidnapped]] still held in Gaza to the Red Cross on
    Monday, ending {{two years}} of captivity. Israel released
    [[1,968 Palestinian prisoners|other;a=Israel Prison Service]], the Israel Prison Service
    said, among them [[250|other;a=Israel Prison Service]] serving life or long sentences and
    [[1,718 Gazans|other;a=Israel Prison Service]] detained during the war without charge. The
    ICRC said it had also received the remains of
    [[four deceased hostages|killed;a=ICRC]] and that [[24 more|killed;p;a=ICRC;n=-]] were still to
    be returned. Under the US-brokered deal, Israel is to hand over the bodies of
    [[15 Palestinians|killed;p]] for each deceased hostage. Israeli forces have pulled back to a
    line that leaves them in control of about {{53 per cent}} of the strip.
    """,
)

item(
    "Thailand welcomes five freed farm workers",
    """
    Thailand's foreign ministry said
    [[five Thai workers|kidnapped;a=Thailand's foreign ministry]] freed from Gaza on Thursday
    were in good health, bringing to [[28|kidnapped;a=Thailand's foreign ministry]] the number
    of Thais released since {{November 2023}}. [[Forty-six Thais|killed;a=ministry;alt=Thailand's
    foreign ministry]] were killed in the attack on southern Israel, the ministry said, more
    than any foreign nationality, and the bodies of [[two|killed;a=ministry;alt=Thailand's
    foreign ministry]] Thai hostages are still in Gaza. [[About 30,000 Thai farm workers|civilians]]
    were in Israel before the war. [[Some 9,000|displaced]] were evacuated home on
    [[more than 20 government flights|other]] in the following weeks, though many have since
    gone back to work on the same farms.
    """,
)

item(
    "Israel frees five Lebanese detainees as Beirut presses for the rest",
    """
    Israel handed [[five Lebanese detainees|other;a=Lebanese army]] to the Red Cross at the
    Naqoura crossing on Tuesday, the Lebanese army said, in a gesture it said was agreed with the
    United States. Lebanon's government says Israel still holds
    [[at least 12 Lebanese citizens|arrested;a=Lebanon's government]] captured during the war,
    including [[about 10 Hezbollah fighters|arrested;a=Lebanon's government]]. Lebanon's health
    ministry says [[about 4,000 people|killed;a=Lebanon's health ministry]] were killed between
    {{October 2023}} and the ceasefire of {{27 November 2024}}. The army plans to deploy
    [[another 1,500 soldiers|combatants;p;a=army;alt=Lebanese army]] in the south, but Israeli
    troops remain at [[five hilltop positions|other]] inside Lebanon.
    """,
)

item(
    "Syrians search prisons and morgues for the disappeared",
    """
    [[Thousands of detainees|other]] walked out of Sednaya and other prisons when Bashar
    al-Assad's government fell, but the Syrian Network for Human Rights says
    [[more than 112,000 people|missing;a=Syrian Network for Human Rights]] remain forcibly
    disappeared. The ICRC said it had received
    [[more than 35,000 tracing requests|other;u=other;a=ICRC]] from families since {{2011}}.
    [[Hundreds of relatives|other]] gathered outside a hospital morgue in Harasta on Wednesday.
    Rescuers said [[some 40 bodies|killed;a=Rescuers]] bearing signs of torture had been found
    there. The new authorities say they have located
    [[at least 15 mass graves|other;u=other;a=new authorities]] around Damascus. About
    {{90 per cent}} of the missing were detained by the former government's forces, the
    network estimates.
    """,
)

item(
    "Yazidi woman freed after decade in IS captivity",
    """
    A Yazidi woman abducted by Islamic State in {{2014}} was freed from the al-Hol camp in Syria
    this week with [[her five children|kidnapped]], after {{ten years}} in captivity. The Office
    for Kidnapped Yazidi Affairs in Duhok says
    [[6,417 Yazidis|kidnapped;a=Office for Kidnapped Yazidi Affairs]] were abducted by the group,
    of whom [[3,590|kidnapped;a=Office for Kidnapped Yazidi Affairs]] have been rescued or freed.
    [[About 2,600|missing;a=office;alt=Office for Kidnapped Yazidi Affairs]] remain missing, the
    office said. Investigators have found [[93 mass graves|other;u=other]] in the Sinjar
    district. [[Around 200,000 Yazidis|displaced]] still live in
    [[15 camps|capacity]] across the Kurdistan region, {{11 years}} after the massacre.
    """,
)

item(
    "Five Americans freed in Qatar-brokered swap with Iran",
    """
    [[Five Americans|other]] held in Iran landed in Doha on Monday after Qatar brokered an
    exchange that also saw {{$6 billion}} of Iranian funds moved to Qatari banks. In return, the
    United States granted clemency to [[five Iranians|other]] charged or convicted of sanctions
    violations. Iran's foreign ministry spokesman Nasser Kanaani said
    [[two|other;a=Nasser Kanaani]] of the Iranians had chosen to stay in the United States, and
    [[three|other;a=Nasser Kanaani]] flew to Tehran via Doha. The freed Americans were joined
    by [[two relatives|other]] who had been barred from leaving Iran. Human rights groups say
    Tehran still holds [[at least 10|arrested;a=Human rights groups]] dual and foreign
    nationals.
    """,
)

item(
    "Gaza detainees freed at Kissufim with signs of abuse",
    """
    Israel released [[55 Palestinian detainees|other;a=Palestinian Red Crescent]] at the
    Kissufim crossing on Thursday, and
    [[14|injured;a=Palestinian Red Crescent]] were taken to al-Aqsa hospital in Deir al-Balah
    for treatment, the Palestinian Red Crescent said. The Commission of Detainees' Affairs says
    [[about 10,000 Palestinians|arrested;a=Commission of Detainees' Affairs]] are held in
    Israeli prisons, [[3,400|arrested;a=Commission of Detainees' Affairs]] of them in
    administrative detention without charge. The Israel Prison Service says its facilities,
    built for [[14,500 inmates|capacity;a=Israel Prison Service]], now hold
    [[more than 21,000|arrested;a=Israel Prison Service]]. Many of the freed men had been held
    at the Sde Teiman base for {{several months}}.
    """,
)

item(
    "Nir Oz counts its losses as first families plan return",
    """
    Of Nir Oz's [[roughly 400 residents|civilians;a=kibbutz spokeswoman]],
    [[76|kidnapped;a=kibbutz spokeswoman]] were taken hostage and
    [[about 40|killed;a=kibbutz spokeswoman]] were killed on {{7 October 2023}}, a kibbutz
    spokeswoman said, a quarter of the community. [[About 120 homes|housing]] were burned or
    damaged. [[The roughly 250 residents|displaced]] who survived have lived since then in a
    neighbourhood of Kiryat Gat. The kibbutz says
    [[the first 30 families|returned;p;a=kibbutz]] are to move back next year, once new
    housing is finished. Several bodies of its hostages are still in Gaza.
    """,
)

item(
    "Red Cross says it carried hostages and detainees across the lines",
    """
    The ICRC said on Monday its teams had facilitated the release of
    [[more than 150 hostages|kidnapped;a=ICRC]] and [[about 2,000 detainees|other;a=ICRC]] since
    {{November 2023}}, acting as a neutral intermediary and never as a negotiator. The
    organisation has [[about 300 staff|other;a=organisation;alt=ICRC]] in Gaza, it said, and runs
    a field hospital in Rafah with [[60 beds|capacity]]. It has still not been allowed to visit
    [[thousands of Palestinian detainees|arrested;a=spokesperson]] held by Israel, nor the hostages, a
    spokesperson said. Its convoys have brought in
    [[about 45,000 food parcels|aid;a=ICRC]] since the truce, it said. [[More than 500 family messages|other;u=other]] have been passed
    between detainees and their relatives.
    """,
)

item(
    "Released after 471 days",
    """
    The release came on day {{471}}. At {{4:10pm}} on Sunday, a Red Cross vehicle crossed from
    Gaza City towards the Israeli lines, and shortly after {{5pm}} the army confirmed the handover.
    The youngest of the women is {{24}}, the eldest {{31}}. Their mothers had met at a hotel near
    the Reim base at noon, the army said. The families had waited since {{7 October 2023}}
    for the call. Doctors at Sheba Medical Center said the women would stay for
    {{at least a week}}.
    """,
)

item(
    "Poll shows Israelis back full hostage deal",
    """
    A Channel {{12}} poll published on {{Thursday 6 March 2025}} found {{68 per cent}} of Israelis
    supported moving to the second phase of the deal, against {{21 per cent}} who opposed it.
    The survey had a margin of error of {{4.4 percentage points}}. The government has budgeted
    {{NIS 1.2 billion}} for the rehabilitation of former hostages over {{five years}}. The
    Knesset adjourned at {{11pm}} without a vote.
    """,
)

item(
    "Iraq returns remains of 12 Kuwaitis missing since 1991",
    """
    Iraq has handed Kuwait the remains of [[12 people|killed;a=Kuwait's National Committee for
    Missing and Prisoners of War Affairs]] identified as Kuwaitis who went missing during the
    Gulf war, Kuwait's National Committee for Missing and Prisoners of War Affairs said.
    [[About 300 Kuwaitis|missing;a=committee;alt=Kuwait's National Committee for Missing and
    Prisoners of War Affairs]] remain unaccounted for out of
    [[605|missing;a=committee;alt=Kuwait's National Committee for Missing and Prisoners of War
    Affairs]] listed after {{1991}}, the committee said. The Tripartite Commission, chaired by
    the ICRC, says [[236 people|killed;a=Tripartite Commission]] have been identified so far.
    [[A team of 25 Kuwaiti experts|other]] joined the excavation at Samawah. Iraq says it is
    still searching for [[about 1,000 Iraqis|missing;a=Iraq]] missing from the same war.
    """,
)

item(
    "Israel returns 45 bodies to Gaza, few identified",
    """
    Israel returned the bodies of [[45 Palestinians|killed;a=Gaza's health ministry]] through
    the Kerem Shalom crossing on Tuesday, Gaza's health ministry said, but only
    [[eight|killed;a=Gaza's health ministry]] had been identified by relatives at Nasser
    hospital. Israel has returned [[195 bodies|killed;a=ministry;alt=Gaza's health ministry]]
    since the ceasefire, the ministry said. The bodies of
    [[13 hostages|killed;a=Israeli officials]] are still in Gaza, Israeli officials say.
    Gaza's civil defence says [[about 10,000 people|missing;a=Gaza's civil defence]] are still
    under the rubble, and its crews are recovering
    [[between 15 and 20 bodies a day|killed;a=Gaza's civil defence]]. [[A team of 25 Egyptian engineers|other]] with heavy machinery has joined
    the search for the remains in Khan Younis.
    """,
)

item(
    "Freed prisoners sent into exile as crowds greet buses in Ramallah",
    """
    [[Hundreds of relatives|other]] crowded around Red Cross buses in Beitunia late on Saturday
    as [[the 96 prisoners|other]] freed to the West Bank stepped off. The Palestinian Prisoners'
    Media Office said [[154 of the freed prisoners|displaced;a=Palestinian Prisoners' Media
    Office]] were driven to Egypt pending deportation to third countries. Turkey said it had
    room for [[up to 15|capacity;a=Turkey]] of them. The Palestinian Red Crescent said
    [[at least three people|injured;a=Palestinian Red Crescent]] were treated for tear-gas
    inhalation when Israeli forces dispersed the crowd. Israeli police said they had arrested
    [[two relatives|arrested;a=Israeli police]] for displaying Hamas flags.
    """,
)
