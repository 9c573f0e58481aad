"""dev47 negatives: companies and deals (price wars, hostile bids, talent raids, flops, trade
wars, cyberattacks, arms makers' results, reconstruction business). NEGATIVES = [(title, text,
kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Fare war turns bloody on India's domestic routes",
        "The price war on India's domestic air routes turned bloody this summer as rivals slashed fares by up to 40%, leaving two smaller carriers fighting for survival and grounding 30 aircraft. 'Nobody will be left standing at these prices,' one airline executive said. Fuel prices and a shortage of engines have added to the pressure.",
        "economy",
    ),
    (
        "BHP retreats from hostile pursuit of Anglo American",
        "BHP walked away from its 39 billion pound pursuit of Anglo American after the target's board repelled three proposals and refused to extend talks. Anglo shares fell 14% in London. Analysts said the miner could return with a fresh assault in six months.",
        "economy",
    ),
    (
        "Hedge fund raids rival's gas trading desk",
        "Millennium raided a rival's commodities business this month, hiring a dozen gas traders and two portfolio managers in one swoop, people familiar with the matter said. The poaching war for energy traders has pushed guaranteed pay packages above $20 million. The hires will start after gardening leave of up to a year.",
        "economy",
    ),
    (
        "Discounters sharpen knives as UK grocery price war escalates",
        "Tesco and Sainsbury's cut prices on 1,000 staple products in an escalation of the grocery price war with discounters Aldi and Lidl, whose combined market share hit a record 18%. Shares of both grocers fell more than 5% as investors priced in thinner margins. Aldi said it would match every cut.",
        "economy",
    ),
    (
        "China hits back at US with tariffs on LNG, coal and crude",
        "China imposed tariffs of 15% on US coal and LNG and 10% on crude oil and farm machinery, hitting back within minutes of new US duties taking effect in an escalating trade war. US LNG exporters said the direct impact would be small because few cargoes go to China; Brent fell 1% on the news.",
        "politics",
    ),
    (
        "EU fires back in steel tariff battle with Washington",
        "The European Commission said it would impose counter-tariffs on 26 billion euros of US goods, including bourbon and motorcycles, in the battle over American steel and aluminium duties. Washington called the move 'punitive' and threatened a further round. Harley-Davidson said it would move some production abroad to avoid the duties.",
        "politics",
    ),
    (
        "Ransomware gang shuts Colonial Pipeline, East Coast fuel lines grow",
        "Colonial Pipeline shut its 5,500-mile system carrying gasoline and diesel from Texas to New Jersey after a ransomware attack by the criminal group DarkSide. Petrol stations in the south-east ran dry as drivers panic-bought, and the company paid a ransom of $4.4 million in bitcoin. Police later recovered part of the ransom. Services were back to normal within a week.",
        "crime",
    ),
    (
        "Pro-Russian hackers opened dam valve in Norway, security police say",
        "Hackers took control of the valve at a dam in western Norway for four hours last April and released water at a higher rate, Norway's security police chief said, blaming pro-Russian hackers. No one was hurt and no damage was done, and the dam operator has changed its passwords. The security police said such groups often aim to spread fear rather than cause damage.",
        "crime",
    ),
    (
        "Carmakers chase a 'killer app' for software-defined cars",
        "Carmakers are still searching for the killer app that will persuade drivers to pay for in-car software subscriptions, executives said at the Munich motor show, after heated seats by subscription flopped. One executive called the hunt 'a war of attrition with Apple and Google'.",
        "economy",
    ),
    (
        "Activist launches attack ads in proxy fight with Disney",
        "Trian Fund Management launched a campaign of attack ads against Disney's board in its proxy fight for two seats, accusing directors of destroying shareholder value. Disney called the adverts 'misleading' and urged investors to back its slate. The vote is due in early April.",
        "economy",
    ),
    (
        "Scooter maker's IPO bombs in Frankfurt debut",
        "Shares of the e-scooter maker bombed on their Frankfurt debut on Wednesday, closing 27% below the offer price in the worst first-day performance of a German listing in five years.",
        "economy",
    ),
    (
        "Boardroom coup ousts chairman of Japanese trading house",
        "Directors at a Japanese trading house voted to oust its chairman in what local media called a boardroom coup, after he resisted a plan to sell the firm's coal assets, and the shares rose 8% in Tokyo.",
        "economy",
    ),
    (
        "Consumer group builds $10 billion war chest for deals",
        "The consumer goods group has built a $10 billion war chest from disposals and plans to go on the offensive in beauty and wellness acquisitions, its chief executive told analysts on Thursday. He ruled out a bid for a larger rival; the shares rose 2%.",
        "economy",
    ),
    (
        "Washington tightens chip war with new curbs on AI processors",
        "The US Commerce Department tightened export controls on advanced AI chips and chipmaking tools to China, the latest front in a chip war between the two countries. Nvidia said the curbs would cut its data-centre sales in China by about $5 billion. Chinese officials said the curbs would 'backfire'.",
        "politics",
    ),
    (
        "EU regulators stage dawn raids on tyre makers",
        "European Commission officials carried out unannounced inspections at the offices of several tyre makers in a number of member states on suspicion of price fixing, the Commission said. The companies said they were cooperating with the investigation. Fines for cartels can reach 10% of a company's global turnover.",
        "economy",
    ),
    (
        "Prosecutors raid Kakao offices in stock manipulation probe",
        "South Korean prosecutors raided the headquarters of Kakao on Thursday in an investigation into alleged manipulation of the share price of K-pop agency SM Entertainment during a takeover battle with Hybe. Kakao shares fell 4%.",
        "crime",
    ),
    (
        "Layoff bloodbath at delivery start-ups as funding dries up",
        "Food delivery start-ups in Europe have cut more than 4,000 jobs this year in what one investor called 'a bloodbath', as venture capital funding for the sector fell 70%. Two companies filed for insolvency in Germany this week. Investors now back only companies that are already profitable, one fund manager said.",
        "economy",
    ),
    (
        "Rheinmetall lifts sales target as ammunition orders pile up",
        "Rheinmetall raised its sales growth target to up to 40% for the year after winning a record 8.5 billion euro framework order for 155mm artillery shells from the German army. Its shares rose 4% to a record, and the order backlog reached 55 billion euros. The company plans to build a new plant in Lithuania. Its chief executive said output of shells would reach 1.1 million a year in 2027.",
        "economy",
    ),
    (
        "BAE Systems' order backlog hits record on European spending",
        "BAE Systems said its order backlog rose to a record 74 billion pounds, driven by demand for munitions, combat vehicles and submarines, and forecast profit growth of up to 10% this year. Its shares have doubled in three years. Its Typhoon jets and its share of the F-35 programme were the main drivers.",
        "economy",
    ),
    (
        "Siemens Energy wins turbine order to restore Ukrainian power supply",
        "Siemens Energy won an order to supply gas turbines with a capacity of 500 megawatts to Ukraine, financed by the European Investment Bank, to add decentralised generation capacity. Delivery of the first units is due within a year; shares in the company rose 2% in Frankfurt.",
        "economy",
    ),
    (
        "Recovery conference in Rome draws 10 billion euros of pledges for Ukraine",
        "Governments and companies pledged more than 10 billion euros for Ukraine's reconstruction at a recovery conference in Rome, including guarantees for investors and loans for energy and housing. Ukraine's prime minister said private capital would have to cover most of an estimated $500 billion in needs. A similar conference in Berlin last year drew 16 billion euros.",
        "economy",
    ),
    (
        "DP World signs $800 million deal to develop Syria's Tartus port",
        "DP World signed an $800 million, 30-year agreement with Syria's transitional government to develop and operate the port of Tartus, the first big foreign investment since the fall of the Assad government. The deal includes an industrial free zone. DP World said work on new berths would start within a year.",
        "economy",
    ),
    (
        "Iraq makes final payment to Kuwait for 1990 invasion",
        "Iraq made its final payment of $44 million to the UN compensation fund for Kuwait, ending 30 years of reparations for the 1990 invasion and occupation, the UN said. Iraq paid a total of $52.4 billion.",
        "history",
    ),
    (
        "Rheinmetall opens shell plant in Lower Saxony",
        "Rheinmetall opened an artillery shell plant in Unterluess in Lower Saxony, which it says will produce 350,000 rounds a year by 2027, making it the biggest in Europe. The German chancellor and the NATO secretary general attended the opening. The company said it had invested 500 million euros in the plant.",
        "military",
    ),
    (
        "Poland signs order for 96 Apache helicopters",
        "Poland signed a $10 billion deal for 96 AH-64E Apache attack helicopters, the largest purchase of the type outside the United States, the defence ministry said.",
        "military",
    ),
    (
        "Streaming wars claim another casualty as service shuts down",
        "The streaming wars claimed another casualty on Tuesday as the ad-supported service said it would shut down next month, after failing to win enough subscribers against Netflix and Amazon. About 250 staff will lose their jobs. It was launched only two years ago with a library of 5,000 films.",
        "economy",
    ),
    (
        "Paramount and Skydance defeat rival in bidding battle",
        "Skydance won the bidding battle for Paramount Global after a rival consortium withdrew its offer, ending a months-long takeover fight that included a standoff with the controlling shareholder. Regulators approved the deal on Thursday. The combined company will be run by Skydance's founder.",
        "economy",
    ),
    (
        "Ukrainian drone maker raises $30 million from Western investors",
        "A Ukrainian maker of long-range drones raised $30 million in a funding round led by Western venture capital firms, the largest private investment in the country's defence industry so far, the company said. It plans to double output next year. Its drones have a range of up to 1,000 km.",
        "economy",
    ),
]
