"""dev197 negatives: prices and markets (price wars, bidding wars, takeover battles), sanctions
and the politics of supply ("gas war", "energy war"), and deals and truces that take effect.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Oil suffers biggest fall since 1991 as Saudi Arabia launches price war",
        "Oil prices crashed by as much as 30% on Monday, their steepest one-day fall since the "
        "Gulf War in 1991, after Saudi Arabia slashed its official selling prices and signalled "
        "it would flood the market in a price war with Russia. "
        "Brent crude fell to $31.02 a barrel in early Asian trade before recovering to around $35. "
        "The collapse came after talks between OPEC and its allies led by Moscow broke up on "
        "Friday without an agreement to deepen output cuts as the coronavirus hit demand. "
        "State oil giant Saudi Aramco cut its April prices for buyers in Asia by $4 to $6 a "
        "barrel and for US refiners by $7, the biggest cuts in at least two decades. "
        "Riyadh plans to raise its output well above 10 million barrels a day next month, "
        "sources told Reuters. "
        "“This is a declaration of war on US shale and on Russia at the same time,” said one "
        "veteran OPEC watcher. "
        "Russian officials said the country could live with low prices for six to ten years. "
        "Shares of US shale producers fell by as much as half, and Wall Street's main indexes "
        "triggered a trading halt. "
        "Goldman Sachs cut its Brent forecast for the second and third quarters to $30 and "
        "warned that prices could briefly fall toward $20. "
        "Occidental Petroleum, which took on heavy debt to buy Anadarko last year, lost more "
        "than half its market value in a day. "
        "Currencies of oil producers slid, with the Russian rouble and the Norwegian crown "
        "falling to multi-year lows. "
        "Saudi Aramco's own shares dropped below their listing price for the first time.",
        "economy",
    ),
    (
        "Europe outbids Asia in LNG bidding war, leaving Pakistan and Bangladesh short",
        "European buyers are outbidding Asian importers for spot cargoes of liquefied natural "
        "gas, leaving poorer countries such as Pakistan and Bangladesh unable to buy the fuel "
        "and facing longer power cuts, traders and analysts said. "
        "The Dutch TTF benchmark traded at a premium to the Asian JKM price for most of the "
        "spring, pulling dozens of US cargoes across the Atlantic, data from Kpler showed. "
        "Pakistan LNG received no bids in its last two tenders for delivery in July, and "
        "Bangladesh suspended spot purchases after prices passed $30 per million British "
        "thermal units. "
        "“It is a bidding war that the poorer countries cannot win,” said an analyst at the "
        "Oxford Institute for Energy Studies. "
        "Pakistan's government ordered shops and markets to close by 8:30 in the evening and cut "
        "the working week for public servants to save power. "
        "In Bangladesh, rolling blackouts returned for the first time in nearly a decade. "
        "Europe has been racing to fill storage before winter, with German and Italian buyers "
        "chartering floating import terminals. "
        "Argus assessed the price of cargoes for delivery to northwest Europe in August at "
        "their highest since March.",
        "economy",
    ),
    (
        "China's solar price war pushes module prices below cost, squeezing LONGi and JinkoSolar",
        "A brutal price war among Chinese solar manufacturers has pushed module prices below the "
        "cost of production, and the industry's biggest names are now cutting jobs and "
        "delaying new factories, companies and analysts said. "
        "Prices for mainstream modules fell to about 0.80 yuan per watt in June, down by "
        "roughly half from a year earlier, according to InfoLink Consulting. "
        "LONGi Green Energy, the world's largest maker of solar wafers, reported a first-half "
        "loss and said it had let about 5% of its workforce go. "
        "The China Photovoltaic Industry Association called on its members to stop selling "
        "below cost, and the industry ministry proposed minimum standards for new plants. "
        "“Nobody will win this war until enough capacity is destroyed,” said a Shanghai-based "
        "analyst. "
        "The glut has been a windfall for developers in Europe, the Middle East and Pakistan, "
        "where rooftop installations have boomed. "
        "In Brussels, European manufacturers said they could not survive and called for "
        "tariffs. "
        "Shares in JinkoSolar fell 6% in New York after the company cut its shipment forecast.",
        "economy",
    ),
    (
        "Dangote cuts petrol price again, deepening price war with marketers and NNPC",
        "The Dangote Petroleum Refinery cut its ex-depot petrol price for the third time in a "
        "month on Thursday, deepening a price war with importers and the state-owned NNPC that "
        "has pushed pump prices in Lagos to their lowest this year. "
        "The 650,000 barrel-a-day refinery said it had reduced the price by 35 naira to 825 "
        "naira per litre and that its partner retail stations in Lagos would sell at 865 naira. "
        "Within hours NNPC Retail lowered prices at its Lagos stations to match. "
        "The Independent Petroleum Marketers Association said its members had been caught with "
        "expensive imported stock and were losing money on every litre. "
        "“Dangote is using his size to kill the import market,” one depot owner said. "
        "The refinery, Africa's largest, has been in a long battle with regulators and traders "
        "over crude supply and import licences since it started production. "
        "Analysts said lower fuel prices would help to bring down inflation, which was above "
        "20%. "
        "Motorists in Abuja said the cuts had not yet reached their filling stations.",
        "economy",
    ),
    (
        "AustralianSuper sinks Brookfield's $18.7bn bid for Origin Energy",
        "Brookfield's A$18.7 billion takeover bid for Origin Energy collapsed on Monday after "
        "Origin's largest shareholder, AustralianSuper, voted against the deal, ending one of "
        "the most bitter corporate battles in Australia's energy sector. "
        "Shareholders holding 69% of votes backed the scheme, short of the 75% needed. "
        "AustralianSuper, which built its stake to about 17% during the fight, had argued that "
        "the offer undervalued Origin's retail business and its share in the Australia Pacific "
        "LNG project. "
        "Brookfield and its partner EIG had raised their offer and promised to invest "
        "billions in renewable energy, calling the bid the best way to speed up the energy "
        "transition. "
        "“We won the argument, not just the vote,” AustralianSuper's head of investments said. "
        "Origin shares fell 6% on the news. "
        "Brookfield said it was disappointed but would keep investing in Australia. "
        "Analysts said the result would make foreign funds more wary of hostile approaches to "
        "listed utilities.",
        "economy",
    ),
    (
        "Kurdistan oil flows to Ceyhan resume after two-and-a-half-year halt",
        "Oil exports from Iraq's Kurdistan region through the pipeline to Turkey's Ceyhan port "
        "resumed on Saturday after a halt of two and a half years, the Iraqi oil ministry said, "
        "following a deal between Baghdad, Erbil and foreign producers. "
        "About 180,000 to 190,000 barrels a day are expected to flow initially, to be marketed "
        "by state marketer SOMO, the ministry said. "
        "The pipeline was closed in March 2023 after an arbitration court ruled that Turkey "
        "had breached a 1973 treaty by allowing exports without Baghdad's approval. "
        "The deal sets a fee of $16 per barrel to cover production and transport costs for the "
        "companies operating in the region. "
        "APIKUR, which represents the producers, said most of its members had signed the "
        "agreement but that outstanding debts of about $1 billion still had to be settled. "
        "US Secretary of State Marco Rubio welcomed the restart, saying it would bring "
        "economic benefits to Iraq and to American companies. "
        "Brent crude was little changed.",
        "economy",
    ),
    (
        "EU agrees to ban Russian LNG imports from 2027 under REPowerEU roadmap",
        "European Union energy ministers agreed on Monday to phase out imports of Russian "
        "liquefied natural gas by the start of 2027, overcoming opposition from Hungary and "
        "Slovakia, which were outvoted. "
        "Under the plan, new short-term contracts will be banned from January, and existing "
        "long-term contracts must end by January 1, 2027. "
        "Danish energy minister Lars Aagaard, whose country holds the rotating presidency, said "
        "Europe would never again allow itself to be blackmailed over energy. "
        "Hungary's foreign minister Peter Szijjarto said the decision would raise prices for "
        "consumers and that Budapest would challenge it in the EU's top court. "
        "Russian LNG still accounts for about 15% of the bloc's imports, most of it shipped "
        "from the Yamal plant to terminals in France, Belgium and Spain. "
        "The European Parliament has called for an even earlier end date. "
        "Kremlin spokesman Dmitry Peskov said the decision was economic suicide and that "
        "Russian gas would find other buyers. "
        "TotalEnergies, a partner in Yamal LNG, said it would comply with the law.",
        "politics",
    ),
    (
        "G7 price cap on Russian crude takes effect; Moscow vows not to sell under it",
        "A $60-a-barrel price cap on Russian seaborne crude agreed by the Group of Seven, the "
        "European Union and Australia came into force on Monday, alongside an EU embargo on "
        "imports of Russian oil by sea. "
        "The cap bars Western companies from insuring, financing or shipping Russian cargoes "
        "unless they are sold below the limit, aiming to cut Moscow's revenues while keeping "
        "oil flowing to world markets. "
        "Deputy Prime Minister Alexander Novak said Russia would not sell oil to countries that "
        "applied the cap, even if it had to cut output. "
        "“This is economic war, and we will answer it,” a Kremlin-linked lawmaker said on state "
        "television. "
        "Tankers queued to cross the Bosphorus as Turkey demanded new proof of insurance, "
        "shipping agents said. "
        "Urals crude was trading at around $52 a barrel, below the cap, Argus data showed. "
        "Analysts said the measure's effect would depend on enforcement and on the growing "
        "shadow fleet of older tankers. "
        "Brent rose slightly in early trade.",
        "politics",
    ),
    (
        "Iran curbs IAEA inspections, ending snap visits under Additional Protocol",
        "Iran stopped implementing the Additional Protocol with the International Atomic Energy "
        "Agency on Tuesday, ending snap inspections of undeclared sites, but agreed a temporary "
        "deal to let the UN watchdog keep some monitoring for up to three months. "
        "IAEA director general Rafael Grossi, who flew to Tehran for talks over the weekend, "
        "said the agency would lose access to some information but that the deal salvaged "
        "essential verification. "
        "Under a law passed by parliament, the government must also suspend access to footage "
        "from agency cameras at nuclear sites, which Iran will store for three months. "
        "Hardline lawmakers criticised the arrangement, saying it defied parliament. "
        "The move increases pressure on US President Joe Biden, who has said he wants to "
        "return to the 2015 nuclear deal if Iran resumes full compliance. "
        "Britain, France and Germany said they deeply regretted the decision. "
        "Iran is enriching uranium to 20% at its Fordow plant, far above the 3.67% limit set by "
        "the deal. "
        "Foreign minister Mohammad Javad Zarif said the steps could be reversed.",
        "politics",
    ),
    (
        "Gazprom cuts Nord Stream to 20% as Berlin accuses Moscow of energy war",
        "Gazprom cut flows through the Nord Stream 1 pipeline to Germany to about 20% of "
        "capacity on Wednesday, citing a problem with another turbine, a move German officials "
        "called a political power play. "
        "“We are in an energy war with Russia,” one senior coalition lawmaker told "
        "broadcaster ZDF, as the government urged households and industry to save gas. "
        "Economy minister Robert Habeck said there was no technical reason for the cut and "
        "that Moscow was using gas as a weapon against Europe. "
        "The Kremlin said sanctions were to blame, because they held up the return of a "
        "Siemens Energy turbine serviced in Canada. "
        "European gas prices jumped 10% to about €200 per megawatt-hour. "
        "Germany's gas storage was 67% full, and the network regulator said reaching its "
        "target of 90% by November would be difficult. "
        "Uniper, Germany's largest importer of Russian gas, said it would need more state aid. "
        "EU ministers approved a plan to cut gas demand by 15% over the winter.",
        "politics",
    ),
    (
        "Fico threatens to cut power to Ukraine as gas transit ends on New Year's Day",
        "Slovak Prime Minister Robert Fico threatened on Friday to stop emergency electricity "
        "supplies to Ukraine after Kyiv let its gas transit contract with Russia expire on "
        "January 1, ending more than 50 years of Russian pipeline gas flows to Europe via "
        "Ukraine. "
        "Fico said the loss of transit fees and the higher cost of gas would cost Slovakia "
        "about €500 million a year. "
        "“If it is necessary, we will stop the electricity supplies that Ukraine needs during "
        "outages,” he said in a video on Facebook. "
        "Ukrainian President Volodymyr Zelensky accused Fico of opening a second energy front "
        "against Ukraine on Moscow's orders. "
        "The European Commission said the EU's gas system was prepared and that Slovakia could "
        "buy gas through other routes. "
        "Moldova's breakaway Transnistria region, which depended on the transit gas, switched "
        "off heating and hot water to homes. "
        "Gas prices in Europe rose to their highest in more than a year. "
        "Hungary, which gets Russian gas through the TurkStream pipeline, was not affected. "
        "Ukrainian officials said Slovakia had itself imported electricity from Ukraine on "
        "several occasions this year and that a cut would hurt both sides. "
        "Ukraine's energy ministry called the end of transit a historic event and said Russia "
        "would lose billions of dollars in sales. "
        "Poland offered to help Ukraine with electricity if Slovakia carried out its "
        "threat.",
        "politics",
    ),
    (
        "Gas war: Gazprom cuts off Ukraine and demands prepayment",
        "Russia's Gazprom cut off gas supplies to Ukraine on Monday after talks over a $4.5 "
        "billion debt collapsed, saying Kyiv would now have to pay in advance for every cubic "
        "metre it received. "
        "The move revived memories of the gas wars of 2006 and 2009, when cuts to Ukraine led "
        "to shortages in parts of the European Union. "
        "Gazprom said gas bound for Europe would continue to flow through Ukraine's pipelines, "
        "and it warned Kyiv not to siphon off any of it. "
        "Naftogaz said it had enough gas in storage to last until December and filed a claim "
        "against Gazprom at the arbitration court in Stockholm. "
        "“Russia is not conducting commercial negotiations, it is blackmailing us,” Ukraine's "
        "energy minister Yuri Prodan said. "
        "EU energy commissioner Günther Oettinger, who brokered the talks, said he was still "
        "hoping for a deal before winter. "
        "Gazprom's shares fell 1.5% in Moscow. "
        "Slovakia said it was ready to send gas to Ukraine in reverse flow.",
        "politics",
    ),
    (
        "Israel and Lebanon agree maritime border, clearing way for Karish and Qana gas",
        "Israel and Lebanon agreed on Tuesday to a US-brokered deal that sets their maritime "
        "border for the first time, opening the way for gas production in the eastern "
        "Mediterranean by both countries. "
        "The deal gives Israel the full Karish field, where Energean expects to start "
        "production within weeks, and Lebanon the Qana prospect, where TotalEnergies will "
        "explore. "
        "Israel will receive a share of any revenue from Qana that falls on its side of the line. "
        "Prime Minister Yair Lapid called it a historic achievement that would strengthen "
        "Israel's security. "
        "Lebanese President Michel Aoun said the agreement met Lebanon's demands and would "
        "bring a new lifeline to an economy in collapse. "
        "The two countries remain formally at war and have no diplomatic relations, and the "
        "agreement will be submitted to the United Nations. "
        "Hezbollah, which had warned that it would not allow Karish to start production "
        "without a deal, said it would abide by the state's decision. "
        "US President Joe Biden called it a historic breakthrough in the Middle East.",
        "peace",
    ),
    (
        "Kremlin agrees to a 30-day halt to strikes on energy facilities after Trump call",
        "Russian President Vladimir Putin agreed on Tuesday to stop attacks on Ukrainian energy "
        "facilities for 30 days, but rejected a broader ceasefire proposed by US President "
        "Donald Trump, the Kremlin said after a call between the two leaders. "
        "The Kremlin said Putin had given the military the corresponding order and that "
        "Ukraine should do the same with Russian refineries and pipelines. "
        "The White House said the leaders agreed that a movement to peace would begin with an "
        "energy and infrastructure ceasefire, as well as technical talks on a maritime "
        "ceasefire in the Black Sea. "
        "Ukrainian President Volodymyr Zelensky said Kyiv would support a halt to strikes on "
        "energy if it were monitored and if the list of protected sites were agreed. "
        "Technical teams are expected to meet in Riyadh next week to discuss how the pause "
        "would be verified. "
        "European energy traders said the deal could reduce the risk premium in diesel prices. "
        "Ukrenergo said it would continue to repair damaged facilities and build protective "
        "structures around substations. "
        "Russia and Ukraine also agreed to exchange 175 prisoners each on Wednesday.",
        "peace",
    ),
    (
        "Colombia's ceasefire with the ELN takes effect; Ecopetrol hopes for respite on pipeline",
        "A six-month bilateral ceasefire between the Colombian government and the ELN "
        "guerrilla group came into force at midnight on Thursday, the first of its kind in "
        "nearly six decades of conflict. "
        "The truce, agreed during talks in Havana, commits the ELN to suspend offensive "
        "operations, including attacks on infrastructure, and the armed forces to halt "
        "operations against the group. "
        "A monitoring mechanism including the United Nations and the Catholic Church began work "
        "in Bogotá. "
        "President Gustavo Petro said the ceasefire was a step toward total peace, and ELN "
        "commander Antonio García said the group would respect it. "
        "State oil company Ecopetrol said it hoped the truce would bring relief to the "
        "Caño Limón-Coveñas pipeline, which has been bombed repeatedly over the years. "
        "Business groups in Arauca said they were cautiously optimistic. "
        "The two sides will meet again in Caracas next month to discuss civil society "
        "participation in the talks.",
        "peace",
    ),
    (
        "Baku and Yerevan initial peace deal, with power lines and pipelines along new route",
        "Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, "
        "pledging to end a conflict of nearly four decades and to open a transit route through "
        "southern Armenia that could carry energy lines. "
        "The route, which will link Azerbaijan to its Nakhchivan exclave, is to be developed "
        "with US companies under a long-term lease, officials said. "
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan also "
        "agreed to ask the OSCE to dissolve the Minsk Group. "
        "Energy analysts said the corridor could carry electricity cables and a gas pipeline "
        "linking the Caspian with Turkey. "
        "“This is a historic day for the South Caucasus,” Pashinyan said. "
        "The agreement must still be signed and ratified, and Azerbaijan wants Armenia to "
        "change its constitution first. "
        "Russia, Armenia's traditional ally, said it welcomed any steps toward peace. "
        "Iran warned against any change of borders in the region.",
        "peace",
    ),
    (
        "First fuel ships reach Hodeidah as UN-brokered Yemen truce holds",
        "Two fuel ships docked at the port of Hodeidah on Monday, the first to arrive under a "
        "two-month nationwide truce in Yemen that took effect on Saturday, the United Nations "
        "said. "
        "UN envoy Hans Grundberg said the warring parties had agreed to halt all offensive "
        "military operations, allow 18 fuel ships into Hodeidah and let two commercial flights "
        "a week leave Sanaa airport. "
        "Queues at petrol stations in Sanaa, which had stretched for kilometres, began to "
        "shrink, residents said. "
        "The Houthi-run oil company said the cargoes carried about 50,000 tonnes of petrol and "
        "diesel. "
        "Fuel shortages have forced hospitals, water pumps and bakeries in northern Yemen to cut "
        "work for months. "
        "Saudi Arabia welcomed the truce, and the Houthis said they would respect it as long as "
        "the other side did. "
        "Aid agencies said the truce was the best chance in years to ease the suffering of "
        "millions of Yemenis.",
        "peace",
    ),
]
