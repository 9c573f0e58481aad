"""Evacuations over land and sea, returns, captives and the war's aftermath, 2025-2026 (dev419)."""

from _wrap import item

item(
    "India brings students out of Iran through Armenia",
    """
    India said [[110 students|displaced;a=India]], most of them from Jammu and Kashmir, crossed
    from Iran into Armenia on {{June 17}} and would be flown home from Yerevan. The Ministry of
    External Affairs said [[more than 10,000 Indians|civilians;a=The Ministry of External Affairs]]
    were living in Iran when the war began. Embassy staff had moved
    [[some 600 students|displaced]] from Tehran to Qom in [[11 buses|other]] before they left the
    country. Iran later opened its airspace for flights from Mashhad, and by {{June 26}}
    [[about 3,400 Indian nationals|returned;a=the ministry;alt=The Ministry of External Affairs]]
    had been flown home, the ministry said. The flights also carried
    [[11 Nepalis|returned]] and [[four Sri Lankans|returned;n=Sri Lankans]]. The evacuation took {{12 days}}.
    """,
)

item(
    "Azerbaijan and Turkmenistan become exit routes for foreigners leaving Iran",
    """
    China's foreign ministry said [[more than 3,000 Chinese citizens|displaced;a=China's foreign
    ministry]] had left Iran by {{June 22}}, most of them through Turkmenistan. Azerbaijan said it
    had helped [[more than 1,000 foreigners|displaced;a=Azerbaijan]] cross at Astara, among them
    [[about 500 Russians|displaced;a=Azerbaijan]]. Russia's emergencies ministry sent
    [[two planes|other;u=other;a=Russia's emergencies ministry]] to Baku and flew
    [[about 300 Russians|returned;a=Russia's emergencies ministry]] home, it said. Uzbekistan said
    [[about 180 Uzbeks|displaced;a=Uzbekistan]] had crossed into Turkmenistan at Sarakhs.
    [[Hundreds of Iranians|displaced]] with residency in Azerbaijan also crossed, and queues at
    Astara stretched to {{2 km}} on {{June 18}}.
    """,
)

item(
    "Foreigners leave Israel by sea, by road and on charter flights",
    """
    The US embassy in Jerusalem said it had helped [[more than 1,000 Americans|displaced;a=The US
    embassy in Jerusalem]] leave Israel by air and sea by {{June 23}}. The State Department said
    it had received [[about 25,000 requests|other;u=other;a=The State Department]] for help from
    Americans in Israel and Iran, and that [[about 250 Americans|displaced;a=The State
    Department]] had left Iran by land. [[Thousands of foreign tourists|displaced]] crossed into
    Egypt at Taba. Germany's air force flew [[64 Germans|returned;a=Germany's air force]] home from
    Amman, it said. Israel's Airports Authority said
    [[between 15,000 and 20,000 people|displaced;a=Israel's Airports Authority]] had left through
    the Taba and Allenby crossings in the first week. China said
    [[more than 500 Chinese citizens|displaced;a=China]] had left Israel through Taba.
    """,
)

item(
    "Armenia's Agarak crossing fills with foreigners leaving Iran",
    """
    Armenia's Interior Ministry said [[more than 1,100 foreign nationals|displaced;a=Armenia's
    Interior Ministry]] crossed from Iran at Agarak in the first week of the war, along with
    [[about 700 Iranians|displaced;a=Armenia's Interior Ministry]]. The ministry said
    [[about 900 Armenian citizens|returned;a=The ministry;alt=Armenia's Interior Ministry]] had
    come home from Iran. The border service said the crossing handles
    [[up to 2,000 people a day|capacity;a=The border service]]. Drivers said
    [[between 200 and 300 lorries|other;a=Drivers]] were waiting on the Iranian side.
    [[Dozens of buses|other]] chartered by embassies lined the road to Meghri.
    """,
)

item(
    "Israelis come home through Taba, Allenby and Cyprus",
    """
    The Population and Immigration Authority said
    [[more than 45,000 Israelis|returned;a=The Population and Immigration Authority]] had come
    home by {{June 24}} on [[about 290 flights|other;a=The Population and Immigration Authority]]
    and [[six sailings|other;u=other;a=The Population and Immigration Authority]] from Cyprus.
    [[About 7,000 Israelis|returned]] crossed back from Sinai at Taba, and
    [[about 2,000|returned]] over the Allenby bridge from Jordan. The authority said
    [[some 60,000|displaced;a=The authority;alt=The Population and Immigration Authority]] were
    still abroad when the airport reopened. Once flights resumed, officials expected
    [[5,000 to 6,000 people a day|returned;p;a=officials]] to land at Ben Gurion.
    """,
)

item(
    "Tehran fills up again as residents return after ceasefire",
    """
    Tehran's traffic police said [[about 320,000 cars|other;a=Tehran's traffic police]] entered the
    capital in the {{48 hours}} after the ceasefire. The province's governor estimated that
    [[between 1.5 million and 2 million residents|displaced;a=The province's governor]] had left
    during the war, and said most had come back. The Red Crescent said
    [[about 1,600 people|displaced;a=The Red Crescent]] were still in its shelters. The education
    department said [[31 schools|capacity;a=The education department]] used as shelters would be
    handed back before the new school year. In the Caspian town of Ramsar, the mayor said
    [[about 40,000 families|returned;a=the mayor]] had left for Tehran within {{three days}}. The
    municipality said [[about 4,000 homes|housing;a=The municipality]] in the capital needed repairs
    before their owners could move back. Police said they were still looking for
    [[six people|missing;a=Police]] reported missing by relatives during the exodus.
    """,
)

item(
    "A year on, Bat Yam's evacuees are still waiting to go home",
    """
    {{A year}} after an Iranian missile destroyed a tower in Bat Yam, the city says
    [[about 1,100 residents|returned;a=the city]] have moved back into repaired homes, while
    [[about 400|displaced;a=the city]] are still in hotels or rented flats. The municipality said
    [[22 buildings|housing;a=The municipality]] were demolished and
    [[12 to 14|housing;u=structure;p;a=The municipality]] will be rebuilt by {{2028}}. A site of
    [[36 caravans|capacity]] houses [[some 90 families|displaced]] near the beach. "I am {{74}}
    and I want to die in my own flat," said Rivka Levi, whose building is among those to be
    rebuilt. The state has paid {{400 million shekels}} in compensation in the city so far.
    """,
)

item(
    "Iraqi pilgrims stranded in Iran cross home at Mehran",
    """
    Iraq's interior ministry said [[about 5,000 Iraqi pilgrims|displaced;a=Iraq's interior
    ministry]] were stranded in Mashhad and Qom when the war began. It said
    [[more than 3,000|returned;a=Iraq's interior ministry]] crossed back at Mehran in {{three
    days}}, carried by [[about 120 buses|other;a=Iraq's interior ministry]]. Iran said
    [[some 30,000 Iranian pilgrims|displaced;a=Iran]] were stuck in Saudi Arabia after the Hajj,
    and [[about 5,000|returned;a=Iran]] came home by road through Iraq. Iraq set up
    [[four reception centres|capacity]] at the Arar crossing, where volunteers served
    [[1,200 meals|aid]] a day.
    """,
)

item(
    "A year after the 12-day war, the numbers that remain",
    """
    Israel's official toll from the war now stands at [[31|killed]], including
    [[three people|killed]] who died of their wounds in the months after. The Finance Ministry
    says [[about 3,500 Israelis|displaced;a=The Finance Ministry]] are still not home. In Iran, the
    Foundation of Martyrs says [[1,062 people|killed;a=the Foundation of Martyrs]] were killed,
    while HRANA's count is [[1,190|killed;a=HRANA]]. Iranian police said in {{August}} that
    [[about 21,000 people|arrested;a=Iranian police]] had been detained during the war. The last
    [[20 living hostages|kidnapped]] in Gaza were freed in {{October 2025}}.
    """,
)

item(
    "Iran hangs more men accused of spying for Israel",
    """
    Iran's judiciary said on {{November 4}} that [[eight men|killed;a=Iran's judiciary]] had been
    hanged for spying for Israel since the war, the latest [[two|killed;a=Iran's judiciary]] in
    Qezel Hesar prison. Amnesty International said
    [[at least 30 people|arrested;a=Amnesty International]] faced death sentences on espionage
    charges. HRANA said [[more than 260 people|arrested;a=HRANA]] had been charged with
    "collaboration with the enemy" since {{June}}, among them
    [[as many as 40 Kurds|arrested;a=HRANA]]. The judiciary said
    [[about 2,000 cases|other;u=other;a=The judiciary;alt=Iran's judiciary]] were under
    investigation. Trials were held behind closed doors and lasted {{less than a day}}.
    """,
)

item(
    "Researcher held by Iraqi militia for more than two years is freed",
    """
    Elizabeth Tsurkov, a Princeton University researcher abducted in Baghdad in {{March 2023}},
    was freed in {{September 2025}} after {{903 days}} in the hands of Kataib Hezbollah, an Iraqi
    militia close to Iran. US officials said [[at least four foreigners|kidnapped;a=US officials]]
    were still held by Iraqi armed groups. US officials estimate that Kataib
    Hezbollah has [[about 10,000 fighters|combatants;a=US officials]]. Iraqi police said they had
    arrested [[two men|arrested;a=Iraqi police]] over her abduction. During the June war,
    her family said, she had feared her captors would kill her. She was {{38}} when she was taken.
    During the Gaza war the militia fired [[dozens of drones|other]] at US bases, and a drone
    attack in Jordan in {{January 2024}} killed [[three US soldiers|killed]].
    Iraqi officials said [[three Iraqi activists|kidnapped;a=Iraqi officials]] abducted in Baghdad
    in {{2024}} were still being held.
    """,
)

item(
    "Evacuees leave hotels for rented flats as the state cuts costs",
    """
    The Finance Ministry said [[about 1,900 evacuees|displaced;a=The Finance Ministry]] had moved
    from hotels into rented flats in {{September}}, and that
    [[about 2,400 families|aid;a=The Finance Ministry]] now receive a monthly rent grant.
    [[Fewer than 35 hotels|capacity;u=structure]] still house evacuees, down from
    [[72|capacity;u=structure]] at the peak. [[About 700 evacuees|returned;a=the ministry;alt=The
    Finance Ministry]] went home in the same month, the ministry said. It has booked
    [[up to 1,000 rooms|capacity;u=structure;p]] until the end of the year for those who
    cannot find flats. Hotel owners say the rate of {{600 shekels}} a night no longer covers their
    costs.
    """,
)

item(
    "Pakistanis come home through Taftan as Turkey watches its border",
    """
    Pakistan's interior ministry said [[more than 3,000 Pakistanis|returned;a=Pakistan's interior
    ministry]], most of them pilgrims and students, had come home through the Taftan crossing by
    {{June 21}}. Balochistan's government set up [[two camps|capacity;a=Balochistan's government]]
    near the border with room for [[5,000 people|capacity;a=Balochistan's government]].
    [[About 1,500 Iranians|displaced;a=Turkish officials]] crossed into Turkey at Kapikoy in the
    first week, Turkish officials said, and [[some 300 Turkish citizens|returned;a=Turkish
    officials]] came home. Turkey's defence ministry said it had sent
    [[about 1,000 extra troops|combatants;a=Turkey's defence ministry]] to its Iranian border.
    """,
)

item(
    "Tehran rescuers end search at collapsed block in Tajrish",
    """
    Iran's Red Crescent ended its search at a collapsed apartment block in Tehran's Tajrish
    district on {{June 21}}, saying [[four people|missing;a=Iran's Red Crescent]] remained
    unaccounted for. Rescuers recovered [[31 bodies|killed]] from the building and pulled
    [[17 survivors|other]] out alive over {{five days}}. The Red Crescent said
    [[about 150 rescuers|other;a=The Red Crescent]] had worked at the site with
    [[six sniffer dogs|other;u=other;a=The Red Crescent]]. The district council said
    [[more than 60 families|displaced;a=The district council]] from neighbouring blocks had been
    moved out and [[two adjacent buildings|housing;p;a=The district council]] would be torn down.
    """,
)

item(
    "How the ceasefire unfolded, hour by hour",
    """
    President Trump announced the ceasefire on social media at about {{6pm}} Washington time on
    {{June 23}}. Iran was to stop firing first, at about {{midnight}} GMT, and Israel
    {{12 hours}} later. Iran's last barrage came at about {{6am}} Israel time on {{June 24}}, and
    the truce was declared in force at {{7am}}. Trump said the war had lasted {{12 days}}. By
    the evening of {{June 24}}, Israel's Home Front Command lifted most restrictions from {{8pm}}.
    """,
)

item(
    "Dead Sea and Eilat hotels count the cost of the war",
    """
    Hotels in Eilat and at the Dead Sea were at {{90%}} occupancy in late June, almost all of it
    evacuees paid for by the state, the Israel Hotel Association said. The state pays about
    {{600 shekels}} a night for a couple, well below the summer rate of {{1,200 shekels}}. Foreign
    tourism fell {{70%}} in {{2025}}, and the association said losses would reach
    {{3 billion shekels}}. Some hotels extended contracts until {{March 2026}}.
    """,
)
