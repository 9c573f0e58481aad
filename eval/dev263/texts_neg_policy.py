"""dev263 negatives, part B: tariffs, sanctions and currency politics, defence stocks rallying
on budgets and orders, markets moving on ceasefires and peace deals, and market history
(labels: eval/README.md, section 1)."""

NEGATIVES = [
    (
        "Wall Street's worst two days since 2020 as tariff shock wipes $5tn off US stocks",
        "US stocks suffered their biggest two-day loss since the pandemic crash of March 2020, "
        "erasing about $5tn of market value, after President Donald Trump announced sweeping "
        "tariffs on imports from almost every country. The S&P 500 fell 6% on Friday after a 4.8% "
        "drop the day before, and the Nasdaq Composite entered a bear market. China retaliated "
        "with 34% tariffs on all US goods, fuelling fears of a full-blown trade war and a global "
        "recession. Brokers described a bloodbath in shares of retailers and technology "
        "companies that rely on Asian supply chains, with Apple down 9% on Thursday. Oil fell "
        "7% to a four-year low, and copper suffered its worst day since 2011. Trump told "
        "investors his policies would 'never change' and urged them to hold on. Treasury "
        "yields fell as investors sought safety, though the dollar also weakened.",
        "politics",
    ),
    (
        "Urals discount widens as G7 price cap and EU embargo take effect",
        "The discount on Russia's flagship Urals crude to Brent widened to more than $30 a "
        "barrel on Tuesday, the first full trading day after a price cap agreed by the Group of "
        "Seven and the European Union's ban on seaborne imports of Russian oil took effect. "
        "Under the cap, Western companies can only insure, finance or ship Russian crude if it "
        "is sold for $60 a barrel or less. About 20 tankers were waiting to cross the Bosphorus "
        "after Turkey demanded new proof of insurance, shipping agents said. Moscow said it "
        "would not sell oil to countries that adopted the cap and would rely on buyers in "
        "India and China. Analysts said the measures were likely to push more Russian exports "
        "onto a shadow fleet of older tankers with opaque ownership. Brent rose 1% to $86 "
        "as traders weighed the risk of a drop in Russian supply.",
        "politics",
    ),
    (
        "Oil jumps 5% as Washington sanctions Rosneft and Lukoil",
        "Oil prices jumped more than 5% on Thursday after the United States imposed sanctions "
        "on Rosneft and Lukoil, Russia's two biggest oil companies, in its toughest step yet to "
        "squeeze Moscow's energy revenue. The Treasury gave companies about a month to wind down "
        "dealings with the two firms, which together export around 3.1 million barrels a day. "
        "Indian refiners, which have become the biggest buyers of Russian seaborne crude, said "
        "they were reviewing their purchases, and Chinese state oil companies suspended some "
        "cargoes, traders said. Brent rose $3.40 to $65.99 a barrel, its biggest one-day gain "
        "since June. Lukoil's international assets, including refineries in Bulgaria and "
        "Romania and stakes in Iraqi oilfields, will have to be sold or frozen. 'The market had "
        "been far too complacent about sanctions,' said an analyst at a consultancy in "
        "London.",
        "politics",
    ),
    (
        "Lira crashes 14% in a day as Erdogan vows to win 'economic war'",
        "Turkey's lira plunged as much as 18% on Friday, its worst day since the 2001 financial "
        "crisis, after President Tayyip Erdogan vowed not to lose what he called an economic "
        "war and US President Donald Trump doubled tariffs on Turkish steel and aluminium. "
        "Erdogan told supporters in Bayburt that 'they have dollars, we have our people, our "
        "God' and urged Turks to sell their foreign currency and gold. The dispute began over "
        "the detention of an American pastor in Turkey. The lira closed at 6.43 per dollar, "
        "down 14% on the day and about 40% weaker since the start of the year. European bank "
        "shares fell on concerns about lenders with large exposure to Turkey, including Spain's "
        "BBVA and Italy's UniCredit. The central bank made no statement. Investors said only an "
        "emergency rate rise could stop what one called a currency attack.",
        "politics",
    ),
    (
        "Sterling suffers biggest one-day fall on record as Britain votes to leave the EU",
        "Sterling plunged more than 10% to a 31-year low against the dollar on Friday after "
        "Britain voted to leave the European Union, wiping out billions of pounds in market "
        "value and forcing Prime Minister David Cameron to say he would resign. The pound fell "
        "to $1.3229 at one point, its weakest since 1985. The FTSE 100 dropped 8% at the open, "
        "with banks and housebuilders hit hardest, before recovering to close 3.2% lower. Bank "
        "of England Governor Mark Carney said the bank was ready to provide 250 billion pounds "
        "of extra funds. Gold jumped 5% as investors sought safety, and Japan's Nikkei fell "
        "nearly 8%. 'It's a black Friday,' said one foreign-exchange trader in London. Credit "
        "rating agencies warned they could cut Britain's top-notch rating within days. Standard and Poor's did so on Monday, by two notches.",
        "politics",
    ),
    (
        "Rheinmetall, Leonardo and Saab soar as EU unveils 800bn-euro rearmament plan",
        "European defence stocks surged to record highs on Tuesday after the European "
        "Commission proposed a plan to mobilise up to 800 billion euros for military spending, "
        "and Germany's likely next chancellor backed loosening the country's debt brake for "
        "defence. Rheinmetall jumped 14%, taking its gain this year to more than 100%, while "
        "Italy's Leonardo rose 16% and Sweden's Saab 12%. Thales and BAE Systems also hit "
        "records. The Stoxx aerospace and defence index is now up about 40% since January. "
        "Commission President Ursula von der Leyen said Europe was in 'an era of rearmament'. "
        "Analysts at a Swiss bank raised their price targets across the sector, saying order "
        "books would grow for a decade. 'This is a structural change, not a trade,' said a "
        "fund manager in Frankfurt. Some investors warned that valuations were running ahead of "
        "earnings.",
        "military",
    ),
    (
        "BAE Systems' order backlog hits record 74bn pounds on munitions demand",
        "BAE Systems reported a record order backlog of 74 billion pounds on Wednesday and "
        "raised its medium-term outlook, saying governments around the world were rebuilding "
        "stocks of munitions and spending more on submarines and combat aircraft. Britain's "
        "biggest defence company said sales rose 9% last year and forecast growth of 10-12% "
        "this year. Chief executive Charles Woodburn said the company had tripled artillery shell "
        "output at its Glascoed plant and planned to raise it further. The group has also "
        "completed the $5.5bn purchase of Ball Aerospace in the United States. BAE shares rose "
        "4% to a record high, valuing the company at more than 40 billion pounds. Analysts said "
        "higher NATO spending targets would support demand for years. The company announced a "
        "1.5 billion pound share buyback.",
        "military",
    ),
    (
        "Hanwha Aerospace jumps on $6.5bn K9 howitzer deal with Poland",
        "Shares in Hanwha Aerospace rose 7% in Seoul on Monday after the South Korean company "
        "signed a $6.5bn contract to supply Poland with K9 self-propelled howitzers, part of a "
        "wider arms deal that includes tanks and fighter jets. The agreement covers 152 howitzers "
        "to be delivered from 2025, with many to be assembled in Poland by the state-owned "
        "defence group PGZ. Warsaw has been building up its army to become one of the biggest "
        "in Europe. South Korean defence exports reached a record last year, and the government "
        "wants the country to be one of the world's four biggest arms exporters. Shares in "
        "Hyundai Rotem, which makes the K2 tank, and KAI, the aircraft maker, also rose. Analysts "
        "said financing remained a risk because Poland was relying on Korean export credit for "
        "part of the payments.",
        "military",
    ),
    (
        "Japan's defence stocks hit records as Tokyo approves biggest military budget",
        "Shares in Mitsubishi Heavy Industries, Kawasaki Heavy Industries and IHI rose to record "
        "highs on Monday after the Japanese cabinet approved a record 8.7 trillion yen defence "
        "budget for the coming fiscal year. The spending includes funds for long-range cruise "
        "missiles, new destroyers and a fighter jet being developed with Britain and Italy. "
        "Prime Minister Fumio Kishida has pledged to double defence spending to 2% of gross "
        "domestic product within five years, citing the threat from China and North Korea. "
        "Mitsubishi Heavy, the country's biggest defence contractor, has gained more than 60% "
        "this year. Analysts at a Tokyo brokerage said defence could become a bigger part of "
        "the company's profits than power plants. The government plans to pay for part of "
        "the increase with higher corporate taxes, which business groups oppose.",
        "military",
    ),
    (
        "Indian defence PSUs rally after budget raises capital spending on weapons",
        "Shares in Indian state-owned defence companies rallied on Thursday after the federal "
        "budget raised capital spending for the armed forces by about 9% and set aside more money "
        "for weapons made at home. Hindustan Aeronautics rose 5%, Bharat Electronics 4% and "
        "Bharat Dynamics, which makes missiles, 6%. Finance minister Nirmala Sitharaman said 75% "
        "of the capital procurement budget would be reserved for domestic industry. The "
        "Nifty India Defence index has more than doubled over the past year as orders for "
        "fighter jets, helicopters and radars have piled up. Brokers said foreign funds had "
        "joined local investors in the trade. 'The market is treating defence as a long-term "
        "growth theme, like railways,' said a fund manager in Mumbai. Some analysts warned that "
        "valuations left little room for delays in orders.",
        "military",
    ),
    (
        "Saab shares rise as Sweden's flag is raised at NATO headquarters",
        "Shares in Saab rose 3% on Monday as Sweden's flag was raised at NATO headquarters in "
        "Brussels, formally completing the country's entry into the alliance after nearly two "
        "years of negotiation. Analysts said membership would make it easier for the company to "
        "sell its Gripen fighter jets, GlobalEye surveillance aircraft and anti-tank weapons to "
        "other allies. Prime Minister Ulf Kristersson said at the ceremony that Sweden would "
        "contribute to collective defence with 'humility but also with pride'. Saab reported "
        "record orders worth 72 billion crowns last year and has been hiring thousands of "
        "workers. Its shares have roughly tripled in two years. Swedish officials said the "
        "country would take part in NATO exercises in the north this month. Hungary's "
        "parliament had been the last to ratify the accession.",
        "military",
    ),
    (
        "Oil slides as Gaza ceasefire takes effect and first hostages are freed",
        "Oil prices fell on Monday as a ceasefire between Israel and Hamas took effect in Gaza, "
        "easing concerns about supply disruptions in the Middle East. Brent was down 1.1% at "
        "$80.02 a barrel, having risen earlier this month on new US sanctions on Russian oil. "
        "Under the agreement, three Israeli hostages were released on Sunday in exchange for 90 "
        "Palestinian prisoners, and hundreds of aid trucks entered the enclave. The truce's "
        "first phase is to last six weeks. Israel's shekel strengthened to its strongest level "
        "in more than a year, and Tel Aviv stocks rose to a record. Shipping analysts said "
        "container lines would wait for several weeks before considering a return to the Red "
        "Sea. Yemen's Houthis said they would halt attacks on ships not linked to Israel. Egypt "
        "said it hoped Suez Canal revenue would recover.",
        "peace",
    ),
    (
        "Wheat falls as Russia and Ukraine sign deal to reopen Black Sea grain exports",
        "Wheat futures fell sharply on Friday after Russia and Ukraine signed separate agreements "
        "with Turkey and the United Nations in Istanbul to reopen Ukraine's Black Sea ports for "
        "grain exports. The deal allows ships to sail along a safe corridor from Odesa, "
        "Chornomorsk and Pivdennyi, with inspections in Istanbul by a joint coordination centre. "
        "UN Secretary-General Antonio Guterres called it 'a beacon of hope'. About 20 million "
        "tonnes of grain are stuck in Ukraine's silos, according to officials in Kyiv. Chicago "
        "wheat fell 5.9% to $7.60 a bushel, and corn also slid. Traders said they would wait "
        "for the first ships to sail before fully trusting the agreement, and insurers said they "
        "were preparing cover for the voyages. Egypt, the world's biggest wheat importer, "
        "welcomed the deal. The first loaded ship left Odesa about ten days later.",
        "peace",
    ),
    (
        "Oil falls as Iran and world powers reach nuclear deal in Vienna",
        "Oil prices fell on Tuesday after Iran and six world powers reached a deal to curb "
        "Tehran's nuclear programme in return for lifting sanctions, opening the way for more "
        "Iranian crude to reach the market next year. Brent fell as much as 2.5% before paring "
        "losses to trade near $57.80 a barrel. Iran's oil minister has said the country could "
        "raise exports by 500,000 barrels a day within months of sanctions being lifted, and by "
        "a million within a year, though analysts said it would take longer. The agreement, "
        "reached after 18 days of talks in Vienna, still needs to be reviewed by the US "
        "Congress. Iran has an estimated 40 million barrels of oil in floating storage. "
        "'Supply is the last thing this market needs,' said an analyst in Singapore. Shares in "
        "European carmakers and engineering firms with Iranian links rose.",
        "peace",
    ),
    (
        "Colombian peso rallies as government and FARC sign final peace deal",
        "Colombia's peso strengthened 1.5% against the dollar on Monday as the government and "
        "the FARC guerrillas prepared to sign a final agreement in Cartagena ending more than "
        "five decades of war. President Juan Manuel Santos and FARC leader Rodrigo Londono were "
        "due to sign the accord before heads of state, with the deal to be put to a referendum "
        "next week. Investors said peace could add up to two percentage points a year to "
        "economic growth by opening up rural areas to farming, mining and oil exploration. "
        "Bonds also rallied, and the Colcap stock index rose to a one-year high. Ratings agencies "
        "said the agreement's costs, including programmes for former fighters to rejoin society, "
        "would be a challenge for public finances. 'The market is pricing a peace dividend,' said "
        "a strategist at a Bogota brokerage. Polls showed most voters were likely to back it.",
        "peace",
    ),
    (
        "Azerbaijani bonds and Armenian dram gain after Washington peace accord",
        "Azerbaijan's dollar bonds rose and Armenia's dram strengthened on Monday after the "
        "leaders of the two countries signed an agreement at the White House to end decades of "
        "conflict and open a transit corridor across southern Armenia. The route, to be developed "
        "with US companies, would link Azerbaijan to its Nakhchivan exclave and on to Turkey. "
        "Analysts said it could become a new trade link between Central Asia and Europe that "
        "avoids Russia and Iran. Shares in Georgian and Kazakh logistics companies listed in "
        "London also rose. The agreement still needs to be turned into a full peace treaty, and "
        "Azerbaijan wants Armenia to change its constitution first. 'Investors are starting to "
        "price the Caucasus as a corridor rather than a battlefield,' said an emerging markets "
        "analyst. Russia said it was studying the document.",
        "peace",
    ),
    (
        "Fifty years after the Arab oil embargo, traders recall the queues and the panic",
        "Half a century ago this month, Arab oil producers cut output and announced an embargo "
        "on shipments to the United States and the Netherlands in response to their support for "
        "Israel during the October war. The price of oil quadrupled in a few months, leading to "
        "queues at petrol stations, car-free Sundays in Europe and a decade of high inflation. "
        "Veteran traders interviewed for this article said the episode created the modern oil "
        "market, from the International Energy Agency to strategic reserves and futures "
        "trading. 'Before 1973, nobody thought of oil as a weapon,' said one former Shell "
        "trader, now in his eighties. Economists point out that the world now uses about half as "
        "much oil for each dollar of output. An exhibition at the Science Museum in London "
        "marks the anniversary with photographs of empty motorways.",
        "history",
    ),
    (
        "Black Monday at 35: the day the Dow lost 22.6% and what it still teaches",
        "Thirty-five years ago on Wednesday, the Dow Jones Industrial Average fell 22.6% in a "
        "single session, still the biggest one-day percentage drop in its history. The crash of "
        "October 19, 1987, began in Asia and spread to Europe before hitting New York, where "
        "computerised 'portfolio insurance' programmes added to the selling. Traders who were on "
        "the floor that day describe a scene of panic, with prices changing faster than the tape "
        "could show them. The Federal Reserve, under a new chairman, Alan Greenspan, promised "
        "liquidity the next morning, and the market recovered its losses within two years. "
        "Circuit breakers that pause trading were introduced afterwards. 'It was a massacre, and "
        "then it was over,' recalled one former specialist. Historians say the crash shaped how "
        "central banks have responded to every panic since.",
        "history",
    ),
    (
        "Frankfurt financial district evacuated to defuse wartime bomb near ECB",
        "Thousands of office workers were evacuated from Frankfurt's financial district on "
        "Sunday so that experts could defuse a 500-kilogram British bomb from the Second World "
        "War found during construction work near the European Central Bank's headquarters. "
        "Police cordoned off an area of about 1.5 km around the site, and some bank employees "
        "were told to work from home on Monday in case the operation overran. The bomb was "
        "made safe by early afternoon, the fire service said. Allied air raids destroyed much of "
        "Frankfurt's old town in 1944, and dozens of unexploded bombs are found in the city "
        "every year. In 2017 more than 60,000 residents had to leave their homes when a "
        "1.8-tonne bomb was found near the Goethe University. Trading at the Frankfurt stock "
        "exchange was not affected. The city's bomb disposal unit said it had made safe more than 20 bombs in the past year.",
        "history",
    ),
    (
        "When the bombing began, oil fell: the 1991 lesson traders still quote",
        "On the night of January 16, 1991, as American-led aircraft began bombing Iraq, oil "
        "futures in New York recorded their biggest one-day fall, plunging by a third to about "
        "$21 a barrel. Traders who had spent months buying in fear of a long war sold as soon as "
        "it became clear that Saudi oilfields were safe. The episode gave rise to one of the "
        "market's best-known sayings: buy the rumour, sell the war. A new history of the oil "
        "trade by a former energy correspondent argues that the lesson has been misread, "
        "pointing to 2022, when prices kept rising for months. Brokers who worked that night "
        "describe phones ringing nonstop and screens frozen. 'We thought the world was ending, "
        "and then it was a sell-off,' one said. The book is published next month. Its author says the real lesson is that markets price supply, not headlines.",
        "history",
    ),
]
