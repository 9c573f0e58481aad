"""dev103 negatives from the business and politics desks: economy and politics stories, most with
war, defence or violence words in passing, none reporting a new violent event."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Garment exporters count cost of longer voyages as freight rates stay high",
        _t("""
        Bangladesh's garment exporters are paying up to twice as much to ship a container to
        Europe as they did two years ago, as carriers continue to send vessels around the Cape
        of Good Hope rather than through the Red Sea, industry leaders said on Sunday. Shipping
        lines began avoiding the Suez Canal route after Yemen's Houthi rebels started attacking
        merchant ships in late 2023, adding 10 to 14 days to voyages from Chattogram to ports
        such as Rotterdam and Hamburg. The Bangladesh Garment Manufacturers and Exporters
        Association said several buyers had asked factories to absorb part of the extra cost or
        to cut lead times, which was hard to do while gas supplies to industrial zones remained
        erratic. Exports of apparel nevertheless rose 8.8 percent year-on-year in the first
        seven months of the fiscal year, according to Export Promotion Bureau data. Some
        exporters have started to send urgent orders by air through Dhaka and Colombo, which is
        far more expensive. Economists said the sector also faces tougher competition from
        Vietnam and Cambodia as Bangladesh prepares to graduate from the group of least
        developed countries in 2026 and loses duty-free access to some markets.
        """),
        "economy",
    ),
    (
        "Chinese EV price war squeezes Japanese carmakers in Thailand",
        _t("""
        Japanese carmakers, which have dominated Thailand's auto market for half a century, are
        losing ground as Chinese electric-vehicle brands slash prices in a fierce battle for
        market share, industry data shows. Toyota, Isuzu and Honda together sold 62 percent of
        new cars in Thailand last year, down from 76 percent in 2021, according to the
        Federation of Thai Industries. BYD cut the price of its Atto 3 by as much as 340,000
        baht in February, triggering a round of discounts by rivals such as GWM, Neta and
        Changan. Several Japanese brands have responded by trimming output, and Subaru and
        Suzuki have said they will stop making cars in the country. Analysts say the price war
        has also hurt dealers and owners, whose cars have lost value quickly. The Thai
        government, which wants EVs to make up 30 percent of vehicle production by 2030, has
        granted tax breaks to Chinese manufacturers that build local plants. Some of those
        incentives require companies to produce locally as many cars as they import, a target
        several brands are struggling to meet. Japanese parts makers in the Eastern Seaboard
        industrial zone are now courting Chinese customers.
        """),
        "economy",
    ),
    (
        "CBN holds rate at 27.5% as food prices ease but insecurity weighs on farms",
        _t("""
        The Central Bank of Nigeria on Tuesday kept its benchmark interest rate unchanged at
        27.5 percent for a third consecutive meeting, saying inflation was easing but that risks
        remained. Governor Olayemi Cardoso told journalists in Abuja that the Monetary Policy
        Committee had voted unanimously to hold, citing a slowdown in headline inflation to 22.2
        percent in June and a more stable naira. He said food prices had moderated with the
        harvest of dry-season crops, but warned that insecurity in parts of the North-Central
        and North-West continued to keep farmers away from their fields and to push up transport
        costs. The committee also noted higher foreign reserves, which stood at $37.2 billion at
        the end of June. Analysts at a Lagos investment bank said they expected the first cut in
        September if the trend held. Manufacturers have complained that borrowing costs above 30
        percent are crippling factories, and the Manufacturers Association of Nigeria called the
        decision a missed opportunity. The naira traded at about 1,530 to the dollar on the
        official market on Tuesday.
        """),
        "economy",
    ),
    (
        "Emirates posts record profit despite summer airspace closures",
        _t("""
        Emirates Group reported a record half-year profit on Thursday, helped by strong demand
        for long-haul travel and lower fuel costs, even though airspace closures during the
        brief war between Israel and Iran in June forced it to cancel or reroute hundreds of
        flights. The Dubai-owned group said profit before tax rose 21 percent to 12.3 billion
        dirhams in the six months to September, and that it expected another record for the full
        year. Chairman Sheikh Ahmed bin Saeed Al Maktoum said the airline had kept operating
        through a volatile period, with its network planners adjusting routes almost daily to
        avoid conflict zones. Flights to Tehran, Baghdad and Amman were suspended for several
        days at the height of the crisis, and some services to Europe were routed over Saudi
        Arabia and Egypt. The group's cargo arm benefited from shippers moving goods by air to
        avoid delays at sea. Emirates said it was still waiting for dozens of Airbus and Boeing
        aircraft whose delivery had been delayed by the manufacturers' supply problems. It plans
        to hire more than 17,000 people over the next year. Revenue rose 6 percent to 75.4
        billion dirhams, and the airline carried a record 27.1 million passengers. Its catering
        and ground-handling arm, dnata, also reported a record half. Emirates President Tim
        Clark, who is due to retire in the coming weeks, said the airline did not expect the
        geopolitical situation in the region to ease soon. "We have learned to live with
        uncertainty," he told reporters in Dubai. The group's cash balance reached 53.4 billion
        dirhams, the highest in its history.
        """),
        "economy",
    ),
    (
        "Russian and Ukrainian visitors keep Antalya busy as inflation eats into margins",
        _t("""
        Antalya's airport welcomed more than 16 million foreign visitors last year, a record,
        with Russians once again the largest group despite the war between Russia and Ukraine,
        provincial data showed on Monday. Hoteliers say Russian tourists, who have fewer options
        in Europe since the European Union closed its airspace to Russian airlines in 2022, now
        book earlier and stay longer, while Germans and Britons have become more
        price-sensitive. Ukrainian visitors, who travel through Moldova and Romania by land
        before flying, were also up, according to tourism associations. But hotel owners warned
        that high inflation, which stood at 38 percent in annual terms in March, was eroding
        margins as wages and food costs rose faster than room rates set in euros. The Turkish
        Hoteliers Federation said some mid-range hotels on the Mediterranean coast had lost
        their competitive edge against Greece and Spain. The central bank has kept its policy
        rate at 46 percent in a bid to tame price growth. Tourism revenue reached $61 billion
        last year, according to the Turkish Statistical Institute, and the government aims for
        $64 billion this year.
        """),
        "economy",
    ),
    (
        "Coffee export earnings hit record as roads reopen and prices soar",
        _t("""
        Ethiopia earned a record $2.6 billion from coffee exports in the just-ended fiscal year,
        the Ethiopian Coffee and Tea Authority announced on Monday, as global prices climbed and
        volumes rose by more than a third. Authority officials told Addis Standard that 470,000
        tonnes of coffee were exported to around 60 countries, with Germany, Saudi Arabia, the
        United States and Belgium the largest buyers. They attributed part of the increase to
        better roads and a new export licensing system that cut the time needed to move beans
        from farms to the dry port in Modjo. Exporters had complained last year that the
        conflict in the Amhara region and insecurity in parts of Oromia made it difficult to
        move goods between the west of the country and the capital. Coffee growers in Sidama and
        Jimma said they had benefited from higher farm-gate prices after the foreign exchange
        reform of July 2024, though fertiliser costs also rose. The authority said it would
        require exporters to register their supply chains ahead of new European Union rules on
        deforestation-free products. Coffee accounts for roughly a third of Ethiopia's
        merchandise export earnings.
        """),
        "economy",
    ),
    (
        "Tea farmers brace for US tariffs as trade war rattles Mombasa auction",
        _t("""
        Prices at the Mombasa tea auction slipped for a second week on Tuesday as buyers held
        back orders amid uncertainty over new US tariffs and the future of a trade deal between
        Kenya and Washington, brokers said. The average price for a kilogramme of black tea fell
        to $2.21 from $2.34 two weeks ago, according to the East African Tea Trade Association.
        Traders said the escalating trade war between the United States and China had hit
        shipping rates and unsettled buyers in Pakistan and Egypt, the biggest markets for
        Kenyan tea. The US announced a 10 percent tariff on Kenyan goods earlier this month, and
        the African Growth and Opportunity Act, which gives duty-free access to many Kenyan
        exports, is due to expire in September. Agriculture Cabinet Secretary Mutahi Kagwe told
        farmers in Kericho that the government was seeking new markets in the Gulf and in
        Russia. Smallholder farmers, who grow about 60 percent of the country's tea, have also
        complained about delays in bonus payments from the Kenya Tea Development Agency. Tea
        earned Kenya about Sh215 billion in export revenue last year.
        """),
        "economy",
    ),
    (
        "NA passes budget with 20pc hike in defence spending amid opposition protest",
        _t("""
        The National Assembly on Thursday passed the federal budget for the next fiscal year,
        including a 20 percent increase in defence spending to Rs2.55 trillion, as opposition
        members chanted slogans and tore up copies of the finance bill. Finance Minister
        Muhammad Aurangzeb told the house that the higher defence allocation was needed after
        the tensions with India in May, and that the government had met the targets agreed with
        the International Monetary Fund for the primary surplus. Opposition leader Omar Ayub
        Khan called the budget an attack on the salaried class and said the new taxes on
        pensions and on solar panels would hit the middle class hardest. The PPP, a coalition
        partner, secured a last-minute increase in the allocation for the Benazir Income Support
        Programme after threatening to abstain. The house also approved a 10 percent raise in
        salaries for government employees. Business groups said the budget offered little relief
        for industry, which pays some of the highest electricity tariffs in the region. The
        Senate had sent its recommendations on the money bill earlier in the week, most of which
        were not adopted. Federal development spending was cut to Rs1tr, the lowest in years,
        and the provinces were asked to generate a larger cash surplus. PTI lawmakers staged a
        sit-in in front of the Speaker's dais during the vote and were later joined by members
        of the JUI-F. Outside parliament, government employees' unions announced a protest
        against the new pension rules. The budget will take effect on July 1.
        """),
        "politics",
    ),
    (
        "Opposition stages walkout as Lok Sabha passes Waqf Bill after marathon debate",
        _t("""
        The Lok Sabha passed the Waqf (Amendment) Bill past midnight on Thursday after a debate
        of almost 12 hours, with 288 members voting in favour and 232 against, as Opposition
        parties called it an assault on the rights of minorities. Minority Affairs Minister
        Kiren Rijiju, who moved the Bill, said it would bring transparency to the management of
        waqf properties and would not interfere with religious practice. Congress leader Gaurav
        Gogoi accused the government of waging a war on the Constitution and said his party
        would challenge the law in the Supreme Court. Members of the DMK and the Samajwadi Party
        wore black bands, and the Trinamool Congress staged a walkout before the vote. The TDP
        and the JD(U), key allies of the BJP in the National Democratic Alliance, backed the
        Bill after some of their suggestions were accepted by the Joint Parliamentary Committee.
        Home Minister Amit Shah said the Opposition was spreading fear among Muslims for
        vote-bank politics. The Bill will now be taken up in the Rajya Sabha.
        """),
        "politics",
    ),
    (
        "Senate convenes as impeachment court, but trial of VP Sara Duterte stalls",
        _t("""
        The Senate convened as an impeachment court on Tuesday and its members took their oaths
        as judges, but the trial of Vice President Sara Duterte stalled almost immediately after
        senators voted to send the articles of impeachment back to the House of Representatives.
        Senate President Francis Escudero said the chamber needed the House to certify that the
        complaint had not violated the constitutional ban on more than one impeachment within a
        year. House prosecutors called the move a betrayal and accused the Duterte bloc in the
        Senate of trying to kill the case on a technicality. The complaint accuses the vice
        president of misusing 612.5 million pesos in confidential funds and of threatening the
        life of President Ferdinand Marcos Jr in an online briefing last year. Duterte has
        denied wrongdoing and described the proceedings as part of a political war waged by the
        Marcos camp against her family. Her father, former President Rodrigo Duterte, is in
        detention in The Hague. Political analysts said the fight would shape the race for the
        2028 presidential election, in which the vice president is seen as a leading contender.
        The Senate will resume the trial next week.
        """),
        "politics",
    ),
    (
        "Haredi parties threaten to quit coalition as draft bill stalls in committee",
        _t("""
        The ultra-Orthodox United Torah Judaism party threatened on Sunday to quit Prime
        Minister Benjamin Netanyahu's coalition within days unless the Knesset passes a law
        exempting yeshiva students from military service, deepening a crisis that could bring
        down the government. The chairman of the Foreign Affairs and Defense Committee, Yuli
        Edelstein, has refused to advance a draft bill he says would not meet the army's needs,
        and the party's leaders accused him of breaking promises made by the Likud. The IDF says
        it needs about 10,000 more soldiers after more than a year and a half of war, and
        reservists have served hundreds of days since October 2023. The High Court of Justice
        ruled last year that there was no legal basis for the blanket exemption and ordered the
        state to draft yeshiva students. Opposition leader Yair Lapid said a government that
        rewards draft evasion in wartime had lost its right to govern. Shas, the other Haredi
        party, has not said whether it would follow. Without the two parties, Netanyahu would
        lose his majority in the 120-seat Knesset.
        """),
        "politics",
    ),
    (
        "GNU partners trade blows over VAT increase as budget vote looms",
        _t("""
        South Africa's coalition government was heading for another showdown on Wednesday after
        the Democratic Alliance said it would not support a budget that includes any increase in
        value-added tax, days before Finance Minister Enoch Godongwana is due to table a revised
        version in Parliament. DA federal executive chairperson Helen Zille said the party had
        drawn a line in the sand, while the ANC's secretary-general, Fikile Mbalula, accused its
        partner of holding the budget to ransom. Godongwana has proposed raising VAT by half a
        percentage point this year and another half point next year to fund the health and
        education budgets and higher spending on the police. The first version of the budget,
        which proposed a two-point increase, was withdrawn in February in an unprecedented move.
        The Economic Freedom Fighters and uMkhonto weSizwe said they would also vote against the
        increase, calling it a war on the poor. Analysts told Daily Maverick the fight had
        exposed the fragility of the Government of National Unity a year after it was formed.
        Without the DA's votes, the ANC would need the support of several smaller parties to
        pass the budget. ActionSA and the Patriotic Alliance said they were open to talks, but
        wanted concessions on zero-rated food items and on funding for municipalities. Business
        Unity South Africa warned that a failure to pass the budget would unsettle investors and
        could lead to a downgrade by the rating agencies. The rand weakened by almost 1 percent
        against the dollar on Wednesday afternoon. Zille told reporters in Cape Town that the DA
        was not trying to bring down the government, but to protect poor households from higher
        prices. "We will not be bullied into voting for a tax that hits every loaf of bread,"
        she said. Parliament's finance committee is due to report on the fiscal framework next
        week.
        """),
        "politics",
    ),
    (
        "Prachanda takes oath as PM for third time after switching partners",
        _t("""
        Pushpa Kamal Dahal, the chairman of the CPN (Maoist Centre), was sworn in as prime
        minister on Monday for the third time, after abandoning the Nepali Congress-led alliance
        with which he contested the November elections and forming a new coalition with the
        CPN-UML and five other parties. President Bidya Devi Bhandari administered the oath of
        office and secrecy to Dahal and three deputy prime ministers at Sheetal Niwas. The new
        coalition has the support of 169 members of the 275-seat House of Representatives, more
        than enough for Dahal to win the vote of confidence he must seek within a month. Dahal,
        who led the Maoist insurgency against the state from 1996 until the peace agreement of
        2006, has promised to conclude the transitional justice process for victims of the
        conflict. Nepali Congress leaders accused him of betrayal and said the new alliance
        would not last. Under the deal, Dahal and UML chair KP Sharma Oli will take turns to
        lead the government. Economists said the new government's first test would be to revive
        a slowing economy and to address the flight of young workers abroad.
        """),
        "politics",
    ),
]
