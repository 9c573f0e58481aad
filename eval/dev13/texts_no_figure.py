"""dev13 texts: texts with numbers but no figure.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- texts with numbers but no figure
    (
        "Ukraine: parliament passes 2025 budget with record defence spending",
        "Ukraine's parliament approved the {{2025}} budget on {{November 19}}, allocating {{2.2 trillion hryvnias}} to defence and security, about {{26%}} of GDP. "
        "The vote came on the {{1,000th}} day of the full-scale invasion.",
    ),
    (
        "Russia: Victory Day parade held in Moscow",
        "Russia held its Victory Day parade on Red Square on {{May 9}}, marking {{80 years}} since the end of the Second World War. "
        "The parade began at {{10 a.m.}} and lasted about {{75 minutes}}.",
    ),
    (
        "Israel: shekel rises after ceasefire announcement",
        "The shekel strengthened {{1.2%}} against the dollar to {{3.56}} on {{Thursday}}, its strongest level since {{February 2023}}. "
        "The Tel Aviv {{35}} index rose {{0.8%}}.",
    ),
    (
        "Lebanon: parliament elects president after two-year vacancy",
        "Lebanon's parliament elected army chief Joseph Aoun as president on {{January 9, 2025}}, with a {{two-thirds}} majority in the {{second}} round, ending a vacancy of more than {{two years}}. "
        "The {{61-year-old}} general had led the army since {{2017}}.",
    ),
    (
        "Iran: rial hits record low against dollar",
        "Iran's currency fell to a record {{1,039,000 rials}} to the dollar on {{Sunday}}, down from about {{600,000}} a year earlier. "
        "Inflation stood at {{32.5 percent}} in {{March}}, the central bank said.",
    ),
    (
        "Syria: central bank unveils new banknotes",
        "Syria's central bank said on {{Monday}} it would remove {{two zeros}} from the pound, with new notes issued from {{December 8}}. "
        "The pound has traded at about {{10,000}} to the dollar on the black market, against {{47}} before {{2011}}.",
    ),
    (
        "Iraq: oil exports through Turkey pipeline resume",
        "Iraq resumed oil exports from the Kurdistan region through the pipeline to Ceyhan on {{September 27}}, after a halt of {{two and a half years}}. "
        "Flows started at about {{180,000 barrels per day}}, against a capacity of {{1.6 million barrels per day}}, the oil ministry said.",
    ),
    (
        "Saudi Arabia: Riyadh to host 2034 World Cup",
        "FIFA confirmed Saudi Arabia as host of the {{2034}} World Cup at a virtual congress on {{December 11}}. "
        "The bid plans new stadiums in several cities, with the final in a {{92,000-seat}} arena to be completed by {{2032}}.",
    ),
    (
        "Pakistan: cricket team beats Australia in Perth",
        "Pakistan beat Australia by {{eight wickets}} in the {{third}} one-day international in Perth on {{Sunday}} to win the series {{2-1}}. "
        "Their bowlers dismissed the hosts for {{140}} in {{31.5 overs}}, and the chase took {{26.5 overs}}.",
    ),
    (
        "Afghanistan: earthquake anniversary marked in Herat",
        "Residents of Herat marked {{two years}} on {{October 7}} since the {{magnitude 6.3}} earthquakes that struck the province in {{2023}}. "
        "The strongest quake hit at {{11:11 a.m.}} at a depth of {{14 km}}.",
    ),
    (
        "India: Kashmir records highest tourist arrivals",
        "Tourist arrivals in Kashmir rose {{23%}} in {{2023}}, the tourism department said, with hotel occupancy at about {{80 percent}} in {{June}}. "
        "Srinagar's Tulip Garden, which opened in {{2008}}, covers {{30 hectares}}.",
        ["30 hectares"],
    ),
    (
        "Myanmar: kyat falls as fuel prices rise",
        "The kyat weakened to {{4,500}} per dollar on the informal market in {{May}}, from {{2,100}} at the official rate. "
        "Diesel prices in Yangon rose {{40%}} in {{three months}} to {{2,800 kyats}} a litre.",
    ),
    (
        "Yemen: Aden power cuts stretch to 16 hours",
        "Residents of Aden face power cuts of up to {{16 hours}} a day as temperatures reach {{40 degrees Celsius}}, the electricity corporation said on {{July 2}}. "
        "The government owes fuel suppliers about {{$120 million}}.",
    ),
    (
        "Libya: oil output climbs to 11-year high",
        "Libya's oil production rose to {{1.4 million barrels per day}} in {{January}}, the highest in {{11 years}}, the National Oil Corporation said. "
        "It aims for {{2 million barrels per day}} by {{2027}}.",
    ),
    (
        "Gaza: history book wins Palestine Book Award",
        "A history of the Gaza Strip from {{1948}} to {{2005}} won this year's Palestine Book Award in London on {{November 14}}. "
        "The author, {{72}}, spent {{15 years}} on the {{600-page}} book, her {{fourth}}.",
    ),
    (
        "Ukraine: Kyiv metro marks anniversary",
        "The Kyiv metro marked {{65 years}} of service on {{November 6}}; it opened in {{1960}}. "
        "Trains run every {{three minutes}} at peak hours and the deepest station, Arsenalna, lies {{105.5 metres}} underground.",
    ),
    (
        "West Bank: olive harvest season opens with price rise",
        "The olive harvest in the West Bank began on {{October 10}}, with oil prices up {{15%}} on last year at about {{35 shekels}} per litre. "
        "Farmers expect the season to last {{six weeks}}.",
    ),
    (
        "Iran: Tehran hosts Asian Games qualifying tournament",
        "Iran beat Qatar {{3-1}} in Tehran on {{Tuesday}}, scoring twice in the last {{10 minutes}}. "
        "The win lifted Iran to {{first}} place in group E with {{13 points}} from {{five}} games.",
    ),
    (
        "Israel: central bank holds rate at 4.5%",
        "The Bank of Israel kept its benchmark rate at {{4.5%}} on {{Monday}} for the {{eighth}} straight meeting. "
        "Annual inflation eased to {{3.1 percent}} in {{June}}, and the bank expects growth of {{3.5%}} in {{2025}}.",
    ),
    (
        "Russia: central bank cuts key rate",
        "Russia's central bank cut its key rate by {{200 basis points}} to {{18%}} on {{July 25}}, the {{second}} cut this year. "
        "It said inflation would fall to {{4%}} by {{2026}}.",
    ),
]
