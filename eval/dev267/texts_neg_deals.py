"""dev267 negatives: arms deals, deliveries, licences, transfers reports and tests, with the war
words of the trade and no current violent event (title, text, kind code)."""

NEGATIVES = [
    (
        "Poland signs for 180 K2 tanks in biggest deal with South Korea's arms makers",
        "Poland signed a contract worth about $3.4 billion on Friday for 180 K2 Black Panther tanks from "
        "Hyundai Rotem, the first of several deals that will make Warsaw one of South Korea's largest arms "
        "customers. Deliveries are due to begin before the end of the year, with later batches of a "
        "Polish variant, the K2PL, to be built under licence at Bumar-Labedy in Gliwice. Defence Minister "
        "Mariusz Blaszczak said the tanks would replace Soviet-designed T-72s that Poland has given to "
        "Ukraine. The ministry also signed for 212 K9 self-propelled howitzers and 48 FA-50 light combat "
        "jets. 'Speed of delivery decided it,' a ministry official said, noting that US Abrams tanks on "
        "order would take years to arrive. Analysts said the deals showed how quickly Seoul's defence "
        "industry had broken into Europe. Germany's Krauss-Maffei Wegmann, maker of the Leopard 2, said it "
        "remained in talks with Warsaw over upgrades."
        " The first ten tanks arrived at the port of Gdynia in December, draped in Polish flags. Critics "
        "in the opposition said the contracts had been signed too quickly and that their financing, "
        "partly through Korean export credit, would weigh on budgets for years. Hyundai Rotem shares "
        "have more than doubled since the first talks. 'We are building a defence industrial base with "
        "Poland, not just selling tanks,' a company executive said.",
        "military",
    ),
    (
        "Egypt takes delivery of first Rafale jets in time for Suez Canal ceremony",
        "Egypt received its first three Rafale fighter jets from Dassault Aviation on Monday, flown from "
        "the Istres air base in southern France by Egyptian and French pilots, in time to take part in the "
        "opening of the new Suez Canal branch next month. Cairo ordered 24 of the aircraft in February in "
        "a 5.2 billion euro deal that also includes a FREMM frigate and missiles from MBDA, the first export "
        "sale for the Rafale after years of failed bids in India, Brazil and Switzerland. French officials "
        "said the speed of the contract reflected Egypt's concern about instability on its borders. The "
        "deal was partly financed by a loan guaranteed by the French state. Rights groups have criticised "
        "Paris for selling weapons to the government of President Abdel Fattah al-Sisi. Dassault shares "
        "rose 2% in Paris. Qatar is expected to sign for 24 Rafales within weeks.",
        "military",
    ),
    (
        "Germany clears Eurofighter sale to Saudi Arabia, ending six-year freeze",
        "Germany will no longer block the sale of Eurofighter Typhoon jets to Saudi Arabia, the government "
        "spokesman said on Wednesday, lifting a veto that had held up a British-led deal for 48 aircraft "
        "since 2018. Berlin imposed a freeze on arms exports to Riyadh after the killing of journalist Jamal "
        "Khashoggi and over the kingdom's role in Yemen's war. Chancellor Olaf Scholz's coalition said "
        "Saudi Arabia had since helped shoot down Houthi drones aimed at Israel and was pushing for a "
        "political settlement in Yemen. The decision is a boost for BAE Systems and Airbus, whose "
        "Eurofighter production line in Warton faces a gap in orders. The Greens, part of the coalition, "
        "said the decision was taken reluctantly. Amnesty International Germany said human rights had been "
        "'sacrificed on the altar of industrial policy'. A formal export licence application is expected "
        "this year.",
        "military",
    ),
    (
        "State Department approves $23 billion F-16 sale to Turkey after NATO vote",
        "The State Department formally notified Congress on Friday of a $23 billion sale of 40 new F-16 "
        "fighter jets and kits to modernise 79 older ones to Turkey, a day after Ankara completed its "
        "ratification of Sweden's NATO membership. It also approved the sale of up to 40 F-35 jets to Greece "
        "for $8.6 billion. The F-16 package had been held up for more than two years by lawmakers angered by "
        "Turkey's delay on Sweden and by its purchase of Russian S-400 air defences in 2017. Senator Ben "
        "Cardin, chairman of the Senate Foreign Relations Committee, said he had dropped his hold after "
        "'careful review'. Lockheed Martin will build the jets at its Greenville plant in South Carolina. "
        "Turkish officials said the deal opened a 'new chapter' with Washington. Analysts said Ankara "
        "would keep developing its own fighter, the Kaan, which made its first flight this week.",
        "military",
    ),
    (
        "First F-16s arrive in Ukraine after two-year push by Kyiv",
        "Ukraine has received its first F-16 fighter jets, President Volodymyr Zelensky said on Sunday, "
        "showing off two of the aircraft at an undisclosed air base in a ceremony marking Air Force Day. "
        "The jets were donated by Denmark and the Netherlands, part of a coalition that has pledged more "
        "than 60 F-16s, and Norway and Belgium have promised more. Ukrainian pilots trained in Denmark, "
        "Romania and Arizona for months before the handover. 'The F-16s are in Ukraine. We did it,' Zelensky "
        "said, adding that the number delivered was still too small. The aircraft are expected to be used "
        "mainly for air defence and to fire long-range weapons from a distance. Western officials have "
        "declined to say how many jets have arrived or where they are based, for security reasons. "
        "Spare parts, munitions and ground crews have been the hardest part of the programme, a Dutch "
        "defence official said.",
        "military",
    ),
    (
        "Ukraine was world's largest arms importer in 2020-24, SIPRI says",
        "Ukraine became the world's biggest importer of major weapons in the five years to 2024, taking "
        "8.8% of global arms transfers, nearly a hundred times its share in the previous five-year period, "
        "the Stockholm International Peace Research Institute said on Monday. At least 35 states sent "
        "weapons to Kyiv after Russia's full-scale invasion, with the United States accounting for 45% of "
        "its imports, Germany 12% and Poland 11%. India, Qatar, Saudi Arabia and Pakistan followed in the "
        "ranking of importers. European NATO members almost doubled their arms imports, and nearly "
        "two-thirds came from the US. Russia's exports fell by 64%, as its industry was absorbed by its own "
        "needs and buyers shied away under sanctions. France strengthened its position as the second "
        "largest exporter, with India the main buyer of its Rafale jets. 'Rearmament in Europe is going to "
        "last,' said SIPRI researcher Pieter Wezeman."
        " China fell out of the top ten importers for the first time since the early 1990s as its own "
        "industry matured. Israel remained among the top ten exporters, and Italy's exports rose sharply "
        "on the back of warship sales to Qatar and Egypt. In the Americas, imports fell by more than a "
        "fifth. The United States alone accounted for 43% of global exports, its highest share in "
        "decades, selling to 107 countries. Researchers cautioned that SIPRI's figures measure the "
        "volume of deliveries rather than their financial value.",
        "military",
    ),
    (
        "Philippines receives BrahMos missiles from India in first export of the weapon",
        "India delivered the first batteries of BrahMos supersonic cruise missiles to the Philippines on "
        "Friday, two years after Manila signed a $375 million deal for three coastal anti-ship batteries "
        "for its marines. An Indian Air Force C-17 transport aircraft landed at Clark air base carrying "
        "launchers and equipment, officials said. It is the first export of the missile, developed by "
        "India and Russia, which has a range of about 290 km. The Philippine navy said the batteries would "
        "protect its western seaboard facing the South China Sea, where its ships have repeatedly been "
        "blocked and hit with water cannon by Chinese coastguard vessels. Indonesia and Vietnam are in "
        "talks to buy the missile, according to Indian officials. BrahMos Aerospace said it hoped export "
        "orders would reach $5 billion by the end of the decade.",
        "military",
    ),
    (
        "Colombia picks Saab's Gripen over US and French rivals in $3.6 billion jet deal",
        "Colombia has chosen Saab's Gripen E to replace its ageing fleet of Israeli-made Kfir fighters, "
        "President Gustavo Petro said on Tuesday, ending a contest that had dragged on for more than a "
        "decade. The government will buy 17 of the jets in a deal worth about 16.5 trillion pesos, or $3.6 "
        "billion, including training, weapons and support. Petro said the package included offsets in "
        "solar energy, water treatment and health care, which Sweden had offered to help finance. The "
        "decision was a blow to Lockheed Martin, which had pitched second-hand F-16s, and to Dassault. "
        "Critics in the Senate said the money would be better spent on the fight against armed groups "
        "and on rural roads. The first aircraft are expected in 2026. Saab shares climbed 4% in "
        "Stockholm.",
        "military",
    ),
    (
        "Japan eases arms export rules to send Patriot missiles to US",
        "Japan revised its strict rules on defence exports on Friday, allowing it to ship weapons made "
        "under licence back to the country that licensed them, and immediately approved the transfer of "
        "Patriot air defence missiles to the United States. The change, the biggest since Tokyo lifted a "
        "blanket ban on arms exports in 2014, lets Washington refill stocks that have been depleted by "
        "support for Ukraine. Missiles sent to the US cannot be passed on to a country at war, Chief "
        "Cabinet Secretary Yoshimasa Hayashi said. Mitsubishi Heavy Industries builds the missiles in "
        "Japan under licence from Lockheed Martin and Raytheon. The Komeito party, junior partner in the "
        "ruling coalition, had resisted broader changes. Industry executives said the rules still made it "
        "hard for Japanese firms to join international projects, including the fighter jet Tokyo is "
        "developing with Britain and Italy."
        " Britain and the United States welcomed the decision. China's foreign ministry said Japan "
        "should 'learn from history' and act cautiously in military and security matters. Under the new "
        "rules, Japan can also sell parts such as aircraft engines to countries that make weapons under "
        "Japanese licence. The government said exports of finished arms to third countries would still "
        "be considered case by case.",
        "military",
    ),
    (
        "Nigeria receives last of 12 Super Tucano aircraft from the US",
        "Nigeria's air force took delivery of the last six of 12 A-29 Super Tucano light attack aircraft "
        "on Tuesday, completing a $497 million purchase approved by the Trump administration in 2017 after "
        "years of hesitation over Nigeria's human rights record. The planes, built by Embraer and Sierra "
        "Nevada in Jacksonville, Florida, were flown across the Atlantic by Nigerian and American crews. "
        "Air Marshal Oladayo Amao said the aircraft would strengthen the fight against insurgents in the "
        "northeast and bandits in the northwest. The package includes bombs, rockets and training for "
        "pilots and maintenance crews. US lawmakers had put the sale on hold in 2016 and again in 2021, "
        "citing concerns about the army's conduct. The US embassy in Abuja said the aircraft would be "
        "operated under conditions that protect civilians. A commissioning ceremony is planned for "
        "August in Kainji.",
        "military",
    ),
    (
        "North Korea tests new cruise missile engine, state media says, as analysts see export push",
        "North Korea tested a new solid-fuel engine for an intermediate-range missile on Thursday, the "
        "official KCNA news agency said, the latest in a string of weapons tests this year. Leader Kim "
        "Jong Un oversaw the test at the Sohae satellite launching ground and called it a 'breakthrough' "
        "for the country's defence industry. South Korea's military said it was analysing the claims and "
        "that no launch had been detected. Analysts said Pyongyang was expanding munitions factories and "
        "rocket engine production, in part to supply Russia, in violation of UN sanctions. 'They are "
        "learning from the battlefield and from their customers,' said one researcher at the Asan Institute "
        "in Seoul. Satellite images showed new buildings at the Chamjin engine plant near Pyongyang. The "
        "United States said any arms trade between the two countries would breach Security Council "
        "resolutions that both had voted for.",
        "military",
    ),
]
