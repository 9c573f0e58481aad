"""dev16 texts: texts with numbers but no figure.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- texts with numbers but no figure
    (
        "Central bank raises rates to fight inflation",
        "The Central Bank of Nigeria raised its benchmark rate by {{200 basis points}} to {{24.75%}} on {{26 March 2024}}, its {{second}} increase of the year. "
        "Inflation reached {{31.7%}} in {{February}}, the highest since {{1996}}, and the naira traded at {{1,600}} to the dollar.",
    ),
    (
        "Germany: economy shrinks for second year",
        "Germany's gross domestic product fell {{0.2%}} in {{2024}} after a {{0.3%}} contraction in {{2023}}, the statistics office said on {{15 January 2025}}. "
        "Exports dropped {{1.1%}}, and the budget deficit was {{2.6%}} of output.",
    ),
    (
        "Oil prices climb after OPEC+ extends cuts",
        "Brent crude rose {{2.4%}} to {{$86.30}} a barrel on {{Monday}} after OPEC+ agreed to extend output cuts of {{2.2 million barrels per day}} until the end of {{June}}. "
        "West Texas Intermediate gained {{$1.95}} to settle at {{$82.10}}.",
    ),
    (
        "Japan: Nikkei hits record high",
        "Japan's Nikkei {{225}} index closed at {{39,098.68}} on {{22 February 2024}}, above its previous peak of {{38,915.87}} set on {{29 December 1989}}. "
        "Chipmaker Tokyo Electron rose {{4.7%}} and the yen weakened to {{150.5}} per dollar.",
    ),
    (
        "Mexico: Claudia Sheinbaum wins presidency",
        "Claudia Sheinbaum won Mexico's presidential election on {{2 June 2024}} with about {{59.8%}} of the vote, according to the electoral institute's quick count. "
        "Her coalition took a {{two-thirds}} majority in the lower house, and the peso fell {{4%}} the next day. "
        "The {{61-year-old}} former mayor of Mexico City takes office on {{October 1}}.",
    ),
    (
        "Kenya: Supreme Court upholds presidential result",
        "Kenya's Supreme Court unanimously upheld William Ruto's victory in the {{9 August 2022}} election, in which he won {{50.49%}} of the vote. "
        "The judges dismissed all the petitions in a ruling read at {{noon}} on {{5 September}}.",
    ),
    (
        "Tennis: Alcaraz wins Wimbledon again",
        "Carlos Alcaraz beat Novak Djokovic {{6-2, 6-2, 7-6}} to win his {{second}} Wimbledon title on {{14 July 2024}}. "
        "The {{21-year-old}} Spaniard, ranked {{No. 3}}, took home {{2.7 million pounds}}.",
    ),
    (
        "Cricket: India win T20 World Cup",
        "India beat South Africa by {{seven runs}} in the final in Barbados on {{29 June 2024}}, defending {{176 for 7}} after Virat Kohli made {{76}} off {{59 balls}}. "
        "Jasprit Bumrah finished the tournament with {{15 wickets}} at an economy rate of {{4.17}}.",
    ),
    (
        "Football: Morocco reaches World Cup semi-finals",
        "Morocco beat Portugal {{1-0}} in Doha on {{10 December 2022}} to become the {{first}} African team to reach a World Cup semi-final. "
        "Youssef En-Nesyri scored in the {{42nd minute}}, and goalkeeper Yassine Bounou has conceded only once in {{five}} matches.",
    ),
    (
        "Athletics: marathon world record in Chicago",
        "Kenya's Kelvin Kiptum ran the Chicago Marathon in {{2:00:35}} on {{8 October 2023}}, breaking the world record by {{34 seconds}}. "
        "The {{23-year-old}} covered the second half in {{59:47}}.",
    ),
    (
        "Weather: Europe records hottest summer",
        "Europe's summer of {{2024}} was the hottest on record, {{1.54C}} above the {{1991-2020}} average, the Copernicus service said on {{6 September}}. "
        "Temperatures reached {{46.3C}} in Greece in {{June}}, and sea surface temperatures in the Mediterranean hit {{28.9C}}.",
    ),
    (
        "Weather: record rain in Dubai",
        "Dubai received {{254 mm}} of rain in {{24 hours}} on {{16 April 2024}}, the most since records began in {{1949}}, the National Centre of Meteorology said. "
        "Flights at Dubai International were disrupted for {{two days}}, and schools switched to remote learning until {{April 19}}.",
    ),
    (
        "Science: James Webb telescope sees distant galaxy",
        "Astronomers using the James Webb Space Telescope said a galaxy named {{JADES-GS-z14-0}} formed about {{290 million years}} after the Big Bang. "
        "The telescope, launched on {{25 December 2021}}, orbits {{1.5 million km}} from Earth and cost about {{$10 billion}}.",
    ),
    (
        "Science: Antarctic sea ice hits record low",
        "Antarctic sea ice covered {{16.96 million square kilometres}} at its winter peak in {{September 2023}}, about {{1.5 million square kilometres}} below the {{1981-2010}} average, the National Snow and Ice Data Center said. "
        "It was the lowest maximum in {{45 years}} of satellite records.",
    ),
    (
        "Budget: UK raises defence spending target",
        "Britain will raise defence spending to {{2.5%}} of GDP by {{April 2027}}, up from {{2.3%}}, Prime Minister Keir Starmer told parliament on {{25 February 2025}}. "
        "The increase of about {{13.4 billion pounds}} a year will be paid for by cutting overseas aid to {{0.3%}} of national income.",
    ),
    (
        "Budget: Indonesia sets 2025 spending plan",
        "Indonesia's parliament approved a {{2025}} budget of {{3,621.3 trillion rupiah}}, with a deficit of {{2.53%}} of GDP. "
        "The budget assumes growth of {{5.2%}}, an exchange rate of {{16,000}} rupiah per dollar and oil at {{$82}} a barrel.",
    ),
    (
        "Court: former president sentenced for corruption",
        "A court in Lima sentenced former Peruvian president Alejandro Toledo to {{20 years and six months}} in prison on {{21 October 2024}} for taking bribes from Odebrecht. "
        "Prosecutors said the {{78-year-old}} had received {{$35 million}} in exchange for contracts for the Interoceanic highway, built between {{2006}} and {{2011}}.",
    ),
    (
        "Court: tech giant fined by EU",
        "The European Commission fined Apple {{1.84 billion euros}} on {{4 March 2024}} for abusing its dominance in music streaming on the App Store. "
        "The case followed a complaint filed in {{2019}}, and Apple has {{two months}} to appeal to the General Court in Luxembourg.",
    ),
    (
        "Tech: chipmaker unveils new processor",
        "Nvidia unveiled its {{B200}} chip on {{18 March 2024}}, saying it could train models up to {{four times}} faster than the {{H100}}. "
        "The chip delivers {{20 petaflops}} of computing power and will cost between {{$30,000}} and {{$40,000}}, chief executive Jensen Huang said.",
    ),
    (
        "Tech: smartphone launch and prices",
        "Apple's {{iPhone 16 Pro}} went on sale on {{20 September 2024}} at {{$999}}, with a {{6.3-inch}} screen and a {{48-megapixel}} camera. "
        "The Pro Max model starts at {{$1,199}}, and shipments in the {{first}} weekend were {{12%}} lower than a year earlier, analysts said.",
    ),
    (
        "Aviation: airline orders new jets",
        "Air India placed a record order for Airbus and Boeing jets in {{February 2023}}, including {{Airbus A350}} and {{Boeing 787}} wide-bodies, worth about {{$70 billion}} at list prices. "
        "The first {{A350-900}} arrives in {{December}}, and flight {{AI 171}} to London will be among the first routes it serves.",
    ),
    (
        "Earthquake: strong quake shakes Taiwan with no damage reported",
        "A magnitude {{6.1}} earthquake struck off Taiwan's east coast at {{1:14 a.m.}} on {{Thursday}} at a depth of {{24 km}}, the Central Weather Administration said. "
        "Buildings swayed in Taipei, {{130 km}} away, and the high-speed rail paused for {{10 minutes}} of checks before resuming service.",
    ),
    (
        "Cyclone weakens before landfall in Australia",
        "Cyclone Alfred weakened to a tropical low before crossing the coast north of Brisbane on {{8 March 2025}}, the Bureau of Meteorology said. "
        "Winds gusted to {{100 km/h}} and rainfall totals reached {{over 400 mm}} in {{48 hours}} on the Gold Coast, the first cyclone threat to the area since {{1974}}.",
    ),
    (
        "Anniversary: Rwanda marks 30 years since the genocide",
        "Rwanda began {{100 days}} of commemoration on {{7 April 2024}}, {{30 years}} after the start of the genocide against the Tutsi in {{1994}}. "
        "President Paul Kagame, {{66}}, lit a flame at the Kigali Genocide Memorial, which opened in {{2004}}.",
    ),
    (
        "Peace: Colombia and ELN extend ceasefire",
        "The Colombian government and the ELN extended their bilateral ceasefire for {{180 days}} on {{2 February 2024}}, after the {{sixth}} round of talks in Havana. "
        "The truce first took effect on {{3 August 2023}}, and the next round is planned for {{April}}.",
    ),
    (
        "Phone scam warning from police",
        "Police in Singapore warned on {{Friday}} of calls from {{+65 6123 4567}} and other spoofed numbers claiming to be from the tax office. "
        "Victims lost {{S$2.3 million}} in the {{first}} half of {{2024}}, police said, and anyone contacted should call the anti-scam hotline at {{1800-722-6688}}.",
    ),
]
