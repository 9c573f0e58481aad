"""eval/dev73 negatives: football, wrestling, rugby, boxing, arms purchases, drills, parades, the
economy, everyday news.
"""

NEGATIVES = [
    (
        "Flares and smoke halt eternal derby in Belgrade",
        "The Belgrade derby between Red Star and Partizan was halted for 10 minutes in the "
        "second half on Sunday when fans set off flares and smoke bombs in both stands, "
        "filling the Rajko Mitic stadium with smoke. Red Star won 2-1 with a late header to "
        "go 12 points clear at the top of the table. Police said the match ended without "
        "serious incidents.",
        "sport",
    ),
    (
        "Qarabag reach Champions League group stage",
        "Qarabag, the Azerbaijani club forced out of its home town of Aghdam in the 1990s, "
        "reached the Champions League group stage on Tuesday with a 3-0 aggregate win. The "
        "club has played in Baku for three decades and now plans to return to a new stadium "
        "in Aghdam. Its coach said his players had attacked from the first minute.",
        "sport",
    ),
    (
        "Armenian and Azerbaijani wrestlers meet in European final",
        "An Armenian wrestler beat his Azerbaijani rival 5-3 in the final of the Greco-Roman "
        "67 kg category at the European championships in Bucharest on Saturday, in a tense "
        "bout watched by several hundred fans from both countries. Security was tight in the "
        "hall, and the two men shook hands at the end.",
        "sport",
    ),
    (
        "Fenerbahce fans attack Galatasaray bus",
        "Galatasaray's team bus was pelted with stones by a group of Fenerbahce supporters as"
        " it arrived at the stadium in Istanbul on Sunday, breaking several windows, the club"
        " said. No players were hurt. The derby, a battle for the Turkish title, went ahead "
        "and ended 0-0. Police detained 14 fans.",
        "sport",
    ),
    (
        "Georgia stuns Italy in Six Nations warm-up",
        "Georgia beat Italy 28-19 in Batumi on Saturday, the first victory by the Lelos over "
        "a Six Nations side, in a match the Georgian coach called a war of attrition. The "
        "forwards dominated the scrum from the first minute. Thousands of fans celebrated on "
        "the seafront until the early hours.",
        "sport",
    ),
    (
        "Swiss players fined for eagle gesture against Serbia",
        "Two Switzerland players of Kosovo Albanian origin were fined by FIFA on Monday for "
        "celebrating their goals against Serbia at the World Cup with a double-headed eagle "
        "gesture, the symbol on the Albanian flag. The players were not banned. Serbia's "
        "football federation had complained of provocation.",
        "sport",
    ),
    (
        "Kazakh boxer wins world title in Astana",
        "A Kazakh boxer won the WBA middleweight title on Saturday with a knockout in the "
        "ninth round in front of 10,000 fans in Astana. He attacked his opponent's body "
        "throughout and dropped him twice before the referee stopped the fight. The president"
        " sent a message of congratulations.",
        "sport",
    ),
    (
        "Armenia buys French howitzers in shift away from Russia",
        "Armenia signed a contract with France on Tuesday to buy CAESAR self-propelled "
        "howitzers, its defence minister said, in the latest sign that Yerevan is moving away"
        " from Russia as its main arms supplier. Armenia has also ordered radars and armoured"
        " vehicles from France and artillery from India.",
        "military",
    ),
    (
        "Serbia signs deal for 12 Rafale fighter jets",
        "Serbia signed a deal with France to buy 12 Rafale fighter jets on Thursday during a "
        "visit by the French president to Belgrade. The Serbian president said the purchase "
        "would strengthen the air force, which has relied on Russian MiGs. The first jets are"
        " expected in 2028.",
        "military",
    ),
    (
        "Counter-terrorist operation regime lifted in Nalchik district",
        "A counter-terrorist operation regime imposed in a district of Nalchik on Monday, "
        "after residents reported armed men in a forest, was lifted on Tuesday, the National "
        "Anti-Terrorism Committee said. Security forces searched the area and found no one. "
        "Roads into the district were reopened.",
        "military",
    ),
    (
        "NATO and Georgian troops hold drills near Tbilisi",
        "About 3,000 troops from Georgia, the United States and other NATO countries began "
        "the Noble Partner exercises at the Vaziani base near Tbilisi on Monday, practising "
        "defence against an attack and the evacuation of casualties. Russia's foreign "
        "ministry called the exercises a provocation.",
        "military",
    ),
    (
        "Serbian army put on high alert, troops moved towards Kosovo",
        "Serbia's president ordered the army to the highest state of combat readiness on "
        "Friday and the defence minister said troops had been moved closer to the "
        "administrative line with Kosovo. The army chief said the troops would stay in their "
        "positions. No incidents were reported along the line. NATO said it was watching the "
        "situation closely.",
        "military",
    ),
    (
        "Azerbaijan holds victory parade in Baku",
        "Thousands of Azerbaijani troops marched through Baku's Azadliq Square on Thursday in"
        " a victory parade marking the end of the war over Nagorno-Karabakh, watched by the "
        "presidents of Azerbaijan and Turkey. Columns of captured Armenian tanks were driven "
        "past the crowds. Turkish soldiers also took part.",
        "military",
    ),
    (
        "Gas price row leaves Moldova with rolling power cuts",
        "Moldova introduced rolling power cuts on Tuesday after a dispute with Russia's "
        "Gazprom over payments left the country without Russian gas for the first time in "
        "decades. The government declared a state of emergency in the energy sector. "
        "Transnistria, which had received gas for free, shut its industrial plants and cut "
        "heating to homes.",
        "economy",
    ),
    (
        "Turkish supermarkets in price war as inflation soars",
        "Turkey's largest supermarket chains cut prices on hundreds of products this week, in"
        ' a price war that follows warnings from the government about "profiteers" as annual '
        "inflation reached 85%. The trade minister said inspectors were checking shelves for "
        "price gouging. Shoppers formed long queues for subsidised bread.",
        "economy",
    ),
    (
        "Kosovo lifts tariffs on Serbian goods",
        "Kosovo lifted its 100% tariffs on goods from Serbia and Bosnia on Wednesday, ending "
        "a trade war that had lasted more than a year and blocked talks between the two "
        "sides. The United States had pressed for the move. Trucks carrying Serbian goods "
        "crossed into Kosovo on Thursday morning.",
        "economy",
    ),
    (
        "Remittances from Russia fall, hitting Tajik economy",
        "Money sent home by Tajik migrant workers in Russia fell sharply in the first "
        "quarter, the central bank said on Wednesday, as the rouble weakened. Remittances "
        "make up about a third of the country's economy. Banks in Dushanbe said queues had "
        "formed at exchange offices.",
        "economy",
    ),
    (
        "Refugee from Karabakh opens bakery chain in Yerevan",
        "A baker who left Nagorno-Karabakh with her family in 2023 has opened her third shop "
        "in Yerevan, selling the herb-filled flatbread zhingyalov hats. She employs 12 "
        "people, most of them also from Karabakh. The bakery began in a rented kitchen with a"
        " loan from a charity.",
        "other",
    ),
    (
        "Georgians gain visa-free travel to EU",
        "Georgian citizens can travel to the European Union without visas from Tuesday for "
        "stays of up to 90 days, after the bloc approved the change last month. The first "
        "passengers flew from Kutaisi to Milan. The prime minister called it a historic step.",
        "other",
    ),
    (
        "Tbilisi wine festival draws record crowds",
        "More than 100,000 people visited Tbilisi's annual New Wine Festival over the "
        "weekend, tasting wines from small family producers in the Old Town. Organisers said "
        "exports of Georgian wine had reached a record last year. Many of the visitors came "
        "from Armenia, Russia and Israel.",
        "other",
    ),
]
