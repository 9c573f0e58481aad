"""dev7 items: the 20 texts with numbers but no figure (sanctions, weapons, budgets,
anniversaries, sentences, sport scores, exchange rates, votes, missile launches).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Xinhua: Security Council extends sanctions on South Sudan",
    "UNITED NATIONS, {{May 30}} (Xinhua) -- The UN Security Council on Thursday adopted {{Resolution 2731}} with {{9 votes in favor}} and {{6 abstentions}}, extending the arms embargo on South Sudan until {{31 May 2025}}. "
    "The panel of experts will report within {{120 days}}.",
)

F(
    "TASS: Russian army receives new batch of Su-34 bombers",
    "MOSCOW, {{28 December}} /TASS/. The United Aircraft Corporation handed over a new batch of {{Su-34}} frontline bombers to the Defence Ministry, the corporation said, adding that the aircraft can fly at a speed of {{1,900 km/h}} and have a range of {{4,000 kilometres}}. "
    "The contract, signed in {{2020}}, is worth {{about 100 billion rubles}}.",
)

F(
    "SANA: anniversary of the October Liberation War commemorated",
    "Damascus, SANA - Syria marked on Friday the {{51st anniversary}} of the October Liberation War of {{1973}}, with ceremonies in all governorates at {{10:00}} am. "
    "A veteran, aged {{87}}, laid a wreath at the Tomb of the Unknown Soldier.",
)

F(
    "WAFA: Palestinian Cabinet approves budget for reconstruction",
    "RAMALLAH, {{10 June 2024}} (WAFA) - The Council of Ministers approved in its weekly session, chaired by the Prime Minister, a budget of {{$150 million}} for the emergency phase, noting that the deficit reached {{42 percent}} of revenues. "
    "The Prime Minister said the plan covers {{three years}} and will be reviewed every {{6 months}}.",
)

F(
    "Anadolu: Turkish court sentences suspect in Istanbul bombing",
    "ISTANBUL (AA) - A Turkish court on Wednesday sentenced the main suspect in the {{2022}} Istiklal Avenue bombing, a {{23-year-old}} Syrian woman, to {{7 aggravated life sentences}} and {{1,794 years}} in prison. "
    "The hearing began at {{09.30}} local time and lasted {{11 hours}}.",
)

F(
    "IRNA: Iran unveils new drone and missile systems",
    "Tehran, IRNA -- The Islamic Revolution Guards Corps unveiled on Tuesday the {{Shahed-149}} drone, which can stay airborne for {{24 hours}}, and the Kheibar Shekan missile, with a range of {{1,450 kilometers}}, during a ceremony marking Army Day on {{18 April}}.",
)

F(
    "ENA: Ethiopia to host regional peace conference",
    "Addis Ababa, (ENA) - The {{3rd}} regional peace and security conference will be held in Bahir Dar from {{14 to 16 October}}, the Ministry of Foreign Affairs said, adding that the conference hall, inaugurated in {{2019}}, covers {{5,000 square metres}}.",
)

F(
    "Yonhap: North Korea fires ballistic missile into East Sea",
    "SEOUL, {{Jan. 14}} (Yonhap) -- North Korea fired an intermediate-range ballistic missile into the East Sea at around {{2:55 p.m.}}, the Joint Chiefs of Staff said, adding that the missile flew about {{1,100 km}} at an altitude of {{100 km}} and a speed of {{Mach 12}}.",
)

F(
    "Kyodo: Japan approves record defense budget",
    "TOKYO, {{Dec. 27}} (Kyodo) -- The Cabinet approved a record {{8.7 trillion yen}} defense budget for fiscal {{2025}}, up {{9.4 percent}} from the previous year, including funds for the {{Type-12}} surface-to-ship missiles and {{F-35}} fighter jets.",
)

F(
    "Prensa Latina: Cuba beats Venezuela in Caribbean baseball series",
    "Havana, (Prensa Latina) The Cuban team beat Venezuela {{5-3}} in {{10 innings}} at the Caribbean Series, with the {{35-year-old}} starting pitcher throwing {{112 pitches}} over {{7 innings}}.",
)

F(
    "Bernama: Malaysia and Indonesia hold joint border exercise",
    "KUALA LUMPUR, {{Aug 9}} (Bernama) -- The Malaysian Armed Forces and the Indonesian National Armed Forces will hold the {{21st}} joint border exercise from {{14 to 25 August}} along the {{2,019-kilometre}} land border in Borneo, the ministry said.",
)

F(
    "MAP: King chairs Council of Ministers meeting",
    "Rabat - HM King Mohammed VI chaired on Monday at the Royal Palace in Rabat a Council of Ministers devoted to the {{2025}} finance bill, which projects growth of {{4.6 percent}} and allocates {{MAD 14 billion}} to the rebuilding programme in the Al Haouz region, struck by the {{6.8-magnitude}} earthquake of {{8 September 2023}}.",
)

F(
    "SUNA: Sudanese Pound exchange rate against dollar",
    "Port Sudan, (SUNA) - The Central Bank of Sudan set the indicative exchange rate at {{2,100 pounds}} per dollar on {{3 March 2025}}, compared with {{1,850 pounds}} a month earlier, while the inflation rate reached {{145 percent}} in {{January}}.",
)

F(
    "APS: Algeria commemorates Day of the Martyr",
    "ALGIERS - Algeria celebrated on {{18 February}} the National Day of the Martyr, commemorating the martyrs of the {{1954}}-{{1962}} Liberation War, with a ceremony at {{11:00}} at the Maqam Echahid, which stands {{92 metres}} high.",
)

F(
    "Xinhua: UN General Assembly votes on Gaza ceasefire resolution",
    "UNITED NATIONS, {{Dec. 12}} (Xinhua) -- The UN General Assembly adopted a resolution demanding an immediate ceasefire in Gaza by a recorded vote of {{153 in favor}} to {{10 against}}, with {{23 abstentions}}, at its {{10th}} emergency special session.",
)

F(
    "Anadolu: Galatasaray beat Fenerbahce in Istanbul derby",
    "ISTANBUL (AA) - Galatasaray defeated Fenerbahce {{3-1}} in the Turkish Super Lig derby on Saturday, with the striker scoring twice in the {{27th}} and {{64th minutes}}, to extend the lead to {{8 points}} after {{20 matches}}.",
)

F(
    "TASS: Russian court sentences journalist to prison",
    "MOSCOW, {{19 July}} /TASS/. The Sverdlovsk Regional Court sentenced the {{32-year-old}} American journalist to {{16 years}} in a strict regime colony under {{Article 276}} of the Criminal Code, the court's press service said.",
)

F(
    "Ukrinform: Ukraine receives new air defence systems",
    "The Minister of Defence of Ukraine informed that the country received the {{IRIS-T SLM}} system and NASAMS launchers, as well as the {{F-16}} aircraft, and that the Ramstein format meeting will take place on {{6 September}}, the {{24th}} of its kind, in Germany.",
)

F(
    "Saba: Sanaa currency and fuel prices",
    "Sanaa - Saba: The Yemen Petroleum Company announced that the price of a {{20-litre}} container of petrol is {{9,500 riyals}} from {{1 August}}, a decrease of {{5 percent}}, valid for {{30 days}}.",
)

F(
    "INA: Iraqi Parliament session on the budget law",
    "Baghdad - INA: The Council of Representatives held its {{14th}} session of the {{2nd}} legislative term on {{3 February 2025}}, and completed the first reading of the amendment to the {{2023}} budget law, the media department said, noting that the session lasted {{4 hours}} and was adjourned until {{11:00}} on Wednesday.",
)
