"""dev303 negatives, part B: urgent items from the sports, politics, markets and health desks,
with the desk's war words used loosely; not conflict under eval/README.md (section 1).
(title, text, kind code)."""

NEGATIVES = [
    (
        "Real Madrid storm back late to sink Bayern and reach Champions League final",
        """MADRID, May 8 (Reuters) - Substitute Joselu struck twice in the space of three minutes at the end of normal time as Real Madrid came from behind to beat Bayern Munich 2-1 on Wednesday and reach the Champions League final, 4-3 on aggregate. Bayern had withstood wave after wave of Real attacks and went ahead in the 68th minute through Alphonso Davies's thunderous shot. Goalkeeper Manuel Neuer then fumbled a long-range effort from Vinicius Jr in the 88th minute, and Joselu pounced on the rebound. The Spaniard completed the comeback in stoppage time, bundling the ball in from close range after a VAR check. Bayern had a late equaliser ruled out for offside, sparking furious protests from their bench. "This club never surrenders," Real coach Carlo Ancelotti said. Real will face Borussia Dortmund at Wembley on June 1.""",
        "sport",
    ),
    (
        "India edge South Africa to win T20 World Cup as Bumrah's late blitz turns final",
        """BRIDGETOWN, Barbados (AP) — India won the T20 World Cup for the second time on Saturday, beating South Africa by seven runs in a tense final at Kensington Oval after their bowlers fought back from the brink of defeat. South Africa needed 30 runs from 30 balls with six wickets in hand, but Jasprit Bumrah and Arshdeep Singh strangled the run rate in the death overs. Hardik Pandya removed the dangerous Heinrich Klaasen and then David Miller, who was caught on the boundary by a leaping Suryakumar Yadav in the final over. Earlier, Virat Kohli anchored India's total of 176-7 with a patient 76 off 59 balls. Kohli and captain Rohit Sharma both announced their retirement from T20 internationals after the win. It was India's first major title since the 2013 Champions Trophy. South Africa were playing in their first World Cup final in any format.""",
        "sport",
    ),
    (
        "Springboks survive All Blacks siege to win fourth Rugby World Cup",
        """Saint-Denis (AFP) - South Africa won a record fourth Rugby World Cup on Saturday, holding off a relentless New Zealand fightback to win a bruising final 12-11 at the Stade de France. Handre Pollard kicked all of the Springboks' points with four penalties, while New Zealand scored the game's only try through Beauden Barrett. All Blacks captain Sam Cane became the first player to be sent off in a World Cup final when his yellow card for a high tackle was upgraded to red. South Africa defended desperately in the final quarter as New Zealand laid siege to their line, and Jordie Barrett's long-range penalty drifted wide. "We defended with our lives," Springbok captain Siya Kolisi said. The win made South Africa the first side to retain the title since New Zealand in 2015. Coach Jacques Nienaber will now leave to join Leinster.""",
        "sport",
    ),
    (
        "Djokovic beats Alcaraz in epic battle to win long-awaited Olympic gold",
        """PARIS, Aug 4 (Reuters) - Novak Djokovic beat Carlos Alcaraz 7-6(3) 7-6(2) on Sunday to win the Olympic men's singles title at Roland Garros, completing the career Golden Slam at the fifth attempt. The 37-year-old Serb, who had knee surgery two months ago, saved six break points in a first set that lasted 94 minutes in a war of attrition on the clay. Djokovic then raced through both tiebreaks, sealing victory with a forehand winner before falling to his knees in tears. "It's probably the biggest sporting success I've ever had," he told reporters. Alcaraz, 21, who had beaten Djokovic in the Wimbledon final last month, was left with silver. Lorenzo Musetti of Italy took bronze. Djokovic becomes the fifth player to have won all four majors and Olympic singles gold.""",
        "sport",
    ),
    (
        "Ukraine fight back to beat Slovakia at Euro 2024, players dedicate win to home",
        """DUSSELDORF, Germany (AP) — Ukraine came from a goal down to beat Slovakia 2-1 at the European Championship on Friday, reviving their hopes of reaching the knockout stage after a heavy opening loss to Romania. Ivan Schranz headed Slovakia in front in the 17th minute, but Mykola Shaparenko equalised after the break and substitute Roman Yaremchuk controlled a long ball from Oleksandr Zinchenko with a deft first touch and slotted in the winner with 10 minutes left. Thousands of Ukrainian fans draped in blue and yellow flags celebrated in the stands. Coach Serhiy Rebrov said the players had wanted to bring joy to people at home who are living through war. "Every day there is bad news from our country, today we gave them something else," he said. Ukraine play Belgium in Stuttgart in their final group game on Wednesday.""",
        "sport",
    ),
    (
        "UK Prime Minister Truss resigns after 45 days, shortest tenure in history",
        """LONDON, Oct 20 (Reuters) - British Prime Minister Liz Truss resigned on Thursday after just six weeks in office, the shortest tenure in the country's history, after her economic programme triggered turmoil in financial markets and a revolt in her Conservative Party. Speaking outside Downing Street, Truss said she could not deliver the mandate on which she was elected and had told King Charles she was stepping down. A leadership contest will be completed within a week, party officials said. Her downfall followed a mini-budget of unfunded tax cuts that sent the pound to a record low and forced the Bank of England to intervene in the bond market. Opposition Labour leader Keir Starmer called for an immediate general election. Former finance minister Rishi Sunak and former leader Boris Johnson were seen as the frontrunners to replace her.""",
        "politics",
    ),
    (
        "Netanyahu fires defence minister Gallant, citing crisis of trust",
        """JERUSALEM (AP) — Israeli Prime Minister Benjamin Netanyahu fired Defence Minister Yoav Gallant on Tuesday, citing a crisis of trust between the two men, and replaced him with Foreign Minister Israel Katz. The two had clashed repeatedly over the conduct of the war in Gaza, a deal to bring home hostages held by Hamas and a bill to exempt ultra-Orthodox men from military service. In a televised statement, Gallant said he had been dismissed over his insistence that the ultra-Orthodox must serve and that the hostages must be returned. Thousands of Israelis took to the streets of Tel Aviv and Jerusalem after the announcement, waving flags and blocking a highway for several hours. Opposition leader Yair Lapid called the firing an act of madness. Gideon Saar was named foreign minister in Katz's place. The change takes effect in 48 hours.""",
        "politics",
    ),
    (
        "Ardern announces shock resignation as New Zealand prime minister",
        """WELLINGTON, Jan 19 (Reuters) - New Zealand Prime Minister Jacinda Ardern said on Thursday she would step down no later than Feb. 7 and would not seek re-election, saying she no longer had enough in the tank to do the job justice. Her voice breaking, Ardern told a Labour Party retreat in Napier that the past five-and-a-half years had been the most fulfilling of her life but had also taken their toll. She led the country through the Christchurch mosque shootings, the White Island volcanic eruption and the COVID-19 pandemic. The ruling Labour Party will vote on a new leader on Sunday. Ardern said the general election would be held on Oct. 14. Her popularity has fallen at home amid rising inflation and a battle over crime. Opposition leader Christopher Luxon thanked her for her service.""",
        "politics",
    ),
    (
        "German coalition collapses as Scholz fires finance minister over budget",
        """BERLIN, Nov 6 (Reuters) - German Chancellor Olaf Scholz fired his finance minister Christian Lindner on Wednesday, collapsing his three-way coalition after months of infighting over budget policy and the country's economic direction. Scholz said he would face a vote of confidence in parliament in January, which could pave the way for a snap election by the end of March. The chancellor accused Lindner of breaking his trust and of blocking legislation for party tactical reasons. Lindner's Free Democrats said they would withdraw their other ministers from the government. The split came hours after Donald Trump's victory in the U.S. presidential election. The battle had centred on a gap of billions of euros in next year's budget and on whether to suspend the constitutional debt brake. Conservative leader Friedrich Merz called for an immediate confidence vote.""",
        "politics",
    ),
    (
        "Pakistan's Imran Khan ousted in no-confidence vote after day of drama",
        """Islamabad (AFP) - Pakistan's Prime Minister Imran Khan was ousted in a parliamentary no-confidence vote early on Sunday, after a day of delays and legal wrangling that stretched past midnight. The opposition secured 174 votes in the 342-seat National Assembly, two more than needed, after members of Khan's ruling coalition defected. Khan, a former cricket star who took office in 2018, had tried to block the vote by dissolving parliament, but the Supreme Court ruled his move unconstitutional. He has accused the United States of plotting his downfall, a charge Washington denies. Opposition leader Shehbaz Sharif is expected to be elected prime minister on Monday. No prime minister in Pakistan has completed a full five-year term. Khan's supporters said they would hold rallies across the country.""",
        "politics",
    ),
    (
        "Wall Street plunges as Trump tariffs spark fears of global trade war",
        """NEW YORK, April 3 (Reuters) - U.S. stocks suffered their worst day since 2020 on Thursday, wiping out more than $2 trillion in market value, after President Donald Trump unveiled sweeping tariffs on imports that investors feared would tip the global economy into recession. The S&P 500 fell 4.8% and the Nasdaq Composite tumbled about 6%, with Apple, Nike and retailers that depend on Asian factories among the hardest hit. The dollar slid against the yen and the Swiss franc as investors sought safety, and oil dropped more than 6%. China vowed to take countermeasures, and the European Union said it was preparing a response, raising the prospect of an all-out trade war. Analysts at several banks raised their odds of a U.S. recession. "This is a shock to the system," one strategist said. Futures pointed to further losses on Friday.""",
        "economy",
    ),
    (
        "BYD cuts prices by up to 34%, escalating China's car price war",
        """SHANGHAI, May 23 (Reuters) - BYD slashed prices on 22 of its electric and plug-in hybrid models by as much as 34% on Friday, escalating a bruising price war in the world's biggest car market and sending shares of Chinese automakers sharply lower. Shares in BYD fell more than 8% in Hong Kong, while Geely Automobile and Great Wall Motor lost between 6% and 9%. The cut brings the price of BYD's cheapest hatchback, the Seagull, to 55,800 yuan. Analysts said the move would squeeze margins across an industry already battling overcapacity and slowing demand. The China Association of Automobile Manufacturers urged companies to avoid disorderly competition. A Great Wall executive said the industry had become an unhealthy battlefield. BYD said the discounts would run until the end of June.""",
        "economy",
    ),
    (
        "Nikkei crashes 12% in worst day since 1987 as yen surges",
        """TOKYO (AP) — Japan's benchmark Nikkei 225 index plunged 12.4% on Monday, its biggest one-day fall since the Black Monday crash of October 1987, as a surging yen and fears of a U.S. recession set off a stampede out of stocks across Asia. The index lost 4,451 points to close at 31,458, wiping out all its gains for the year. Trading in futures was halted several times as circuit breakers kicked in. The yen strengthened to around 142 to the dollar after the Bank of Japan raised interest rates last week, forcing investors to unwind bets financed with cheap yen borrowing. South Korea's Kospi fell 8.8% and Taiwan's main index dropped 8.4%. Japan's finance minister said the government was watching markets with a sense of urgency. Analysts called the sell-off a massacre of leveraged positions.""",
        "economy",
    ),
    (
        "Oil slides 6% as Israel-Iran ceasefire holds and risk premium evaporates",
        """LONDON, June 24 (Reuters) - Oil prices fell for a second day on Tuesday, with Brent crude down about 6% to around $67 a barrel, as a ceasefire between Israel and Iran appeared to hold and traders unwound bets on disruption to supplies from the Middle East. The benchmark has given up all the gains it made since mid-June, when fears of a wider regional war sent it to a five-month high. Analysts said the market no longer saw a serious risk to shipping through the Strait of Hormuz, through which about a fifth of the world's oil passes. "The war premium is gone," one London-based broker said. U.S. crude futures fell by a similar amount. Shares in airlines and cruise operators rose. OPEC+ is due to meet next week to discuss further output increases.""",
        "economy",
    ),
    (
        "BBVA launches hostile bid for Sabadell after merger talks rejected",
        """MADRID, May 9 (Reuters) - BBVA launched a hostile takeover bid worth about 12.2 billion euros for smaller rival Banco Sabadell on Thursday, taking its offer directly to shareholders after Sabadell's board rejected a merger proposal. The all-share offer values Sabadell at around 2.24 euros per share, a premium of about 30% on its price before talks became public last week. Sabadell's board said the offer significantly undervalued the bank and its growth prospects. The Spanish government said it opposed the deal, which would create the country's second-largest lender, citing concerns about competition and jobs. BBVA chairman Carlos Torres said he was confident shareholders would see the merits. Sabadell shares rose 3% while BBVA fell 6.5%. Analysts expect a long battle for control.""",
        "economy",
    ),
    (
        "WHO declares mpox a global health emergency as new strain spreads in Africa",
        """GENEVA, Aug 14 (Reuters) - The World Health Organization declared mpox a public health emergency of international concern on Wednesday, its highest level of alert, as a new strain of the virus spread from the Democratic Republic of Congo to neighbouring countries. WHO Director-General Tedros Adhanom Ghebreyesus said the emergence of the clade Ib strain and its rapid spread in Burundi, Kenya, Rwanda and Uganda was deeply worrying. More than 15,600 cases and 537 deaths have been reported in Congo this year. The Africa CDC declared a continental emergency a day earlier. Vaccine makers said they could supply millions of doses but that funding was needed. The new strain appears to spread more easily through close contact, including sexual contact. Sweden reported the first case outside Africa the next day.""",
        "health",
    ),
    (
        "Rwanda confirms Marburg outbreak, health workers among the dead",
        """KIGALI (AP) — Rwanda has confirmed an outbreak of the Marburg virus, a highly infectious disease similar to Ebola, with at least six deaths, most of them health workers in intensive care units, the health ministry said Saturday. Health Minister Sabin Nsanzimana said 26 cases had been identified and that the patients were in isolation. The ministry said it was tracing about 300 people who had been in contact with confirmed cases. There is no approved vaccine or treatment for Marburg, which causes severe bleeding and has a fatality rate of up to 88%. Rwanda suspended school visits and limited the number of people at funerals. The World Health Organization said it was sending experts to help contain the outbreak. It is the first time the disease has been detected in the country.""",
        "health",
    ),
    (
        "Bangladesh dengue deaths pass 1,000 in worst outbreak on record",
        """Dhaka (AFP) - More than 1,000 people have died of dengue in Bangladesh this year, the government said on Sunday, in the country's worst outbreak of the mosquito-borne disease since records began. The Directorate General of Health Services said 1,006 people had died and nearly 209,000 had been admitted to hospital, more than a fifth of them children. Hospitals in Dhaka have been overwhelmed, with patients lying on floors and in corridors as wards filled up. Experts blamed a longer monsoon and rising temperatures linked to climate change for the spread. The city corporations have launched a drive to destroy breeding grounds, fining owners of buildings where larvae are found. "We are fighting a losing battle with the mosquitoes," one doctor at Mugda hospital told AFP. The previous record was 281 deaths, in 2022.""",
        "health",
    ),
    (
        "Unvaccinated child dies in Texas measles outbreak, first US death in a decade",
        """LUBBOCK, Texas (AP) — A school-age child who was not vaccinated has died of measles in West Texas, the first U.S. death from the disease in a decade, state health officials said Wednesday. The child was hospitalised in Lubbock last week and died overnight, according to the hospital. The outbreak, centred in a close-knit Mennonite community in Gaines County, has grown to 124 cases in nine counties since late January, the Texas Department of State Health Services said. Eighteen people have been admitted to hospital. Health officials urged parents to make sure children had both doses of the measles vaccine, which is about 97% effective. Health Secretary Robert F. Kennedy Jr. told reporters that outbreaks of this kind were not unusual. Cases have also been reported in neighbouring New Mexico.""",
        "health",
    ),
]
