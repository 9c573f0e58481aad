"""dev346 negatives, part 1: prices, inflation, savings, pensions, boycotts and sanctions on
banks, with the desk's war words used loosely (see build.py)."""

NEGATIVES = [
    (
        "Supermarket price war heats up as Aldi and Tesco slash the cost of Christmas veg",
        """Britain's supermarkets have fired the opening shots in this year's Christmas price war, with Aldi cutting the price of carrots, parsnips, potatoes and sprouts to 15p a bag and Tesco matching it within hours. Lidl and Asda followed on Monday, and Sainsbury's said it would price-match Aldi on hundreds of lines through its loyalty scheme. Analysts at Kantar said grocery inflation had slowed to 2.3 percent in the four weeks to November, but shoppers were still trading down to own-label products. "It's a battle for the big Christmas shop, and the vegetables are the weapon," said one retail analyst. Farmers' groups warned that the cuts put pressure on growers, though the chains say they absorb the cost themselves. The discounters have gained market share every year since the cost-of-living crisis began. Which? said families could save more than £20 on a typical Christmas basket by shopping around.""",
        "economy",
    ),
    (
        "Savings rate battle: challenger banks go to war for your cash",
        """A battle for savers' money has broken out among Britain's challenger banks, with Chase, Chip and Zopa pushing easy-access rates above 5 percent as the big high-street lenders lag behind. Moneyfacts said the average easy-access rate had risen to 3.2 percent, its highest since 2008, but that the five largest banks still paid less than 2 percent on many accounts. The Financial Conduct Authority has warned banks that it will take action against those that do not pass on rate rises fairly. "Loyalty doesn't pay: the old names are relying on inertia," said a Moneyfacts analyst. Savers with more than £85,000 should spread money between banks to stay within the deposit protection limit, advisers say. Some of the top deals come with bonus rates that fall away after a year. The Bank of England held interest rates at 5.25 percent on Thursday.""",
        "economy",
    ),
    (
        "The war on cash: Swedish pensioners fight to keep banknotes alive",
        """Sweden's pensioners are leading a campaign against what they call the war on cash, as fewer than one in ten purchases in the country are now paid for with banknotes and coins. Many bank branches no longer handle cash at all, and shops, buses and even some churches accept only cards or the Swish mobile payment app. The pensioners' organisation PRO says hundreds of thousands of older people, and many in rural areas, struggle to pay bills without a bank counter. The Riksbank has urged parliament to make it a legal duty for essential services to accept cash, saying it is also needed in case of power cuts or cyberattacks. "We are not against the future, we just want to be able to pay for our medicine," said one member in Umeå. The government has said it will consider the proposals. Cash machines have disappeared from many small towns, and a group of banks runs shared machines instead.""",
        "economy",
    ),
    (
        "Naira swap chaos: customers queue overnight as banks ration new notes",
        """Customers slept outside bank branches in Lagos and Abuja this week hoping to withdraw the redesigned naira notes, as the central bank's currency swap left many Nigerians unable to get cash. The Central Bank of Nigeria has limited withdrawals to 20,000 naira a day over the counter and capped ATM payouts, while old notes ceased to be legal tender. Point-of-sale agents are charging fees of up to 20 percent for cash, and petrol stations and market traders have refused transfers that fail to arrive. "I have money in my account and I am begging for transport fare," said a nurse in Ikeja. The central bank says the policy will curb inflation, vote-buying and counterfeiting, and that enough new notes have been printed. Several state governments have gone to the Supreme Court to challenge the deadline. Economists say small traders in the informal economy, where most business is done in cash, are the hardest hit.""",
        "economy",
    ),
    (
        "Turkish families cut meat and heating as lira slump sends prices soaring",
        """Turkish families are cutting back on meat, heating and school supplies as the collapse of the lira drives annual inflation above 70 percent, the highest in more than two decades. The price of sunflower oil has tripled in a year, and bread in Istanbul now costs almost twice as much as it did last spring. Long queues form every morning outside municipal bakeries selling subsidised loaves. "I used to buy meat once a week; now it is once a month," said Ayşe, a retired teacher in the Kadıköy district. The government has raised the minimum wage twice this year and cut VAT on basic foods, but economists say the central bank's rate cuts fuel the crisis. Many Turks have moved savings into gold and dollars, and the government has launched a scheme that protects lira deposits against currency losses. Opposition parties have called it an attack on the poor, while President Erdoğan says rates will come down further.""",
        "economy",
    ),
    (
        "Argentines rush to spend pesos after 50% devaluation",
        """Argentines crowded supermarkets and electronics shops on Wednesday to spend their pesos before prices rise again, after the new government devalued the currency by more than half overnight. Economy Minister Luis Caputo announced a package of spending cuts he described as "shock therapy" to bring down inflation, which has passed 160 percent a year. Some shops closed for the day to reprice stock, and others removed price labels altogether. Petrol stations raised prices by up to 40 percent, and many drivers filled their tanks the night before. "Every week my salary buys less, so you spend it the day you get it," said a taxi driver in Buenos Aires. The government doubled payments to poor families with children to cushion the blow. Trade unions said they would call a general strike, and economists predicted monthly inflation of 25 to 30 percent in December. The blue-market dollar rate was little changed on the news.""",
        "economy",
    ),
    (
        "Egyptians face bread and sugar price shock after pound floated",
        """Egyptian households are bracing for another jump in the price of food after the central bank let the pound fall to around 50 to the dollar, a drop of nearly 40 percent, as part of a new loan agreement with the International Monetary Fund. The price of sugar, rice and cooking oil in Cairo shops has risen sharply in recent months, and many families have stopped buying meat. The government raised the price of subsidised bread for the first time in decades, from five to twenty piastres a loaf. Officials say the devaluation will end the black market for dollars and bring in investment, after a $35 billion deal with the UAE for the Ras El Hekma coast. "We are living from one price rise to the next," said a mother of three in Giza. Economists say the country's debt payments, high food imports and lower Suez Canal revenue have pushed it to the brink. Inflation eased to about 30 percent in April.""",
        "economy",
    ),
    (
        "Chancellor accused of 'raid on pensions' in budget",
        """The chancellor has been accused of launching a raid on pensions after the budget brought unspent pension pots into inheritance tax from April 2027. Opposition MPs said the change broke a promise not to hit working people, and pension firms warned that savers would face a complicated tax bill when a relative dies. The Treasury said the move would raise about £1.5 billion a year by the end of the decade and close a loophole used by wealthier families to pass on money tax-free. The 25 percent tax-free lump sum, which many savers had feared would be cut, was left untouched. "The battle over pensions was always going to be the fight of this budget," said one tax partner. Industry bodies said thousands of people had taken lump sums early in recent weeks out of fear of changes. Ministers said the state pension would rise by 4.1 percent next year under the triple lock.""",
        "politics",
    ),
    (
        "Sri Lanka pension funds bear brunt of debt restructuring, unions say",
        """Sri Lankan trade unions have accused the government of raiding workers' retirement savings after parliament approved a plan to restructure domestic debt that lowers returns on the country's largest pension fund. The Employees' Provident Fund, which holds the savings of more than two million private-sector workers, will swap treasury bonds for longer-dated ones with lower interest. The central bank governor said the plan protected bank deposits and avoided a collapse of the financial system. Unions said the fund's members would lose a large share of their expected returns over the coming years. The restructuring is a condition of the $2.9 billion bailout agreed with the IMF after the country defaulted on its foreign debt. Opposition MPs walked out of the chamber before the vote. Economists said the loss would fall mostly on ordinary workers while banks were spared. Union leaders said they would file a case in the Supreme Court.""",
        "politics",
    ),
    (
        "German households brace for triple energy bills as gas prices surge",
        """German households face energy bills that could triple next year as suppliers pass on the surge in gas prices that followed Russia's cuts to deliveries, consumer groups warned on Tuesday. The Federation of German Consumer Organisations said a family in a flat heated with gas could pay more than €3,000 a year, compared with about €1,000 last year. Many utilities have already raised their monthly instalments, and some have sent letters announcing increases of 200 percent. Chancellor Olaf Scholz said "you'll never walk alone" and promised relief for low-income households, including a one-off heating allowance and a cut in VAT on gas. Landlords' groups warned that tenants would face big catch-up bills. Sales of electric heaters and firewood have soared, and the federal network agency urged people to save energy. The government has also nationalised the importer Uniper to keep supplies flowing.""",
        "economy",
    ),
    (
        "Boycott bites: Western fast-food chains lose customers in Malaysia and Egypt",
        """Western fast-food and coffee chains are reporting falling sales in Malaysia, Indonesia, Egypt and Jordan as consumers boycott brands seen as supporting Israel over the war in Gaza. Starbucks' Malaysian franchise operator reported a quarterly loss and said it had cut staff, while McDonald's said the boycott had hurt sales in several Muslim-majority markets. Local rivals have gained customers, and Egyptian soft-drink brand Spiro Spathis said demand for its sodas had surged. Campaigners circulate lists of brands to avoid on social media, and some shops have put up signs saying they sell no boycotted goods. "It is the least we can do," said a student in Kuala Lumpur. The companies say they are politically neutral and that their local outlets are owned and staffed by local people. Analysts say boycotts in earlier years faded within months, but this one has lasted longer.""",
        "protest",
    ),
    (
        "Swedes stay out of supermarkets for a week in price boycott",
        """Thousands of Swedes stayed away from the big supermarket chains this week in a boycott over food prices, which have risen by nearly a third in three years. The action, organised on Facebook under the name Bojkotta vecka 12, targeted ICA, Coop, Axfood and Lidl, and urged shoppers to buy only what they needed from smaller stores and markets. Organisers said more than 200,000 people had joined the group. ICA said its sales had dipped slightly but that it was too early to tell the effect. The grocery chains have denied profiteering and blamed higher costs for energy, transport and packaging. The government's minister for rural affairs called the chains in for talks on prices. Similar boycotts have been called in Croatia, Bosnia and Bulgaria this year. "It's not a war on shops, it's a message," said one of the organisers, a teacher from Stockholm.""",
        "protest",
    ),
    (
        "Pensioners march in Bilbao for a 16th Monday running",
        """Several thousand pensioners marched through the centre of Bilbao on Monday, the sixteenth week in a row that retirees have taken to the streets of the Basque city to demand pension rises linked to inflation. The march, one of dozens across Spain, passed peacefully, and organisers said it would continue every Monday until the government changed the law. Pensions have risen by 0.25 percent a year since 2014, while prices have climbed faster. "We are not going home until they listen to us," said Juana, 74, a former textile worker carrying a placard. The government says it cannot afford bigger rises without raising taxes, while unions accuse it of using pension funds to plug other holes in the budget. Police said the march passed without incident. The Basque pension movement has become one of the most visible protest groups in Spain, with marchers in matching yellow vests.""",
        "protest",
    ),
    (
        "Pension reform battle ends in parliament as government forces bill through",
        """The French government forced its pension reform through parliament on Thursday without a vote, using a constitutional power that critics call undemocratic, after weeks of battle in the National Assembly. Prime Minister Élisabeth Borne invoked Article 49.3 minutes before a planned vote, to jeers and the singing of the Marseillaise from opposition benches. The reform raises the minimum retirement age from 62 to 64 and increases the number of years of contributions needed for a full pension. Opposition parties said they would table a motion of no confidence. Pension funds say the changes are needed to keep the system in balance as the population ages. Many workers fear they will have to work two years longer for the same pension, and some sectors have been on strike. "It's a declaration of war on workers," said a union leader outside parliament. Financial advisers said people near retirement should check their contribution records.""",
        "politics",
    ),
    (
        "Russians queue at ATMs as Western sanctions hit banks and rouble",
        """Russians queued at cash machines in Moscow and St Petersburg over the weekend as Western sanctions on the country's banks and central bank sent the rouble tumbling. The EU, the US and Britain announced that several Russian lenders would be cut off from the SWIFT messaging system and froze much of the central bank's foreign reserves. Visa and Mastercard said their cards issued in Russia would stop working abroad. The central bank more than doubled its key interest rate to 20 percent and ordered exporters to sell most of their foreign currency. "I want to take out dollars before they disappear," said a man in central Moscow. Apple Pay and Google Pay stopped working with cards from sanctioned banks. The Kremlin said the economy would adapt, and called the sanctions economic warfare. Shops selling electronics and household appliances reported a rush of customers.""",
        "politics",
    ),
    (
        "EU adds Belarusian banks to sanctions list, freezing business accounts",
        """The European Union has added three Belarusian banks to its sanctions list, freezing their assets in the bloc and banning European firms from dealing with them, in a move Belarusian businesses say will make cross-border payments even harder. Brussels said the banks had helped finance the government of Alexander Lukashenko. Belarusian importers said their suppliers in Poland and Lithuania had stopped accepting payments, and some have switched to banks in Kazakhstan or Armenia. The national bank in Minsk called the sanctions illegal and said Belarusian customers would be protected. Belarusian workers in Poland said they had struggled to send money home. Lawyers said the rules allowed exemptions for personal remittances, but banks were cautious. Exchange offices in Grodno reported long lines for zloty and euros. The government said it would retaliate by banning some European food imports.""",
        "politics",
    ),
    (
        "Hungary extends price caps on food staples as inflation bites",
        """Hungary has extended its price caps on sugar, flour, cooking oil, pork, chicken and milk for another three months, the government said on Friday, even as retailers warn that the limits are causing shortages. Shops must sell the capped goods at prices fixed in October, and some chains have limited how much each customer can buy. Food inflation in Hungary is running at more than 40 percent, the highest in the European Union. Retailers say they are losing money on capped products and raising prices on other items to make up the difference. The government said the caps protected families from an economic war caused by EU sanctions. Economists say the caps distort the market and fuel inflation in other products. Some petrol stations ran dry last year when a cap on fuel prices was in force. The central bank has kept its base rate at 13 percent.""",
        "economy",
    ),
    (
        "Insulin price cap: diabetics win battle against soaring costs",
        """Americans with diabetes on Medicare will pay no more than $35 a month for insulin from January, after a price cap passed by Congress, and three big drugmakers have said they will cut list prices for all patients. Eli Lilly, Novo Nordisk and Sanofi said they would lower the price of their most used insulins by up to 78 percent. Patient groups said the change came after years of campaigning, and stories of people rationing insulin because they could not afford it. "We fought this battle for a decade and we won part of it," said one campaigner. People with private insurance or no insurance may still pay more, depending on their plan. Pharmacists advise patients to check whether their insurer has updated its formulary. Some states have passed their own caps. The drugmakers said lower prices would also protect them from penalties under new Medicaid rules.""",
        "health",
    ),
    (
        "Somali families fear remittance squeeze as US banks drop money transfer firms",
        """Somali families who rely on money sent by relatives abroad fear a squeeze after a US bank said it would close the accounts of several money transfer companies that serve the diaspora. Remittances are worth about $1.3 billion a year to Somalia, roughly a fifth of its economy, and most are sent through hawala firms such as Dahabshiil. Banks in the US and Britain have been cutting ties with the firms for years, saying they cannot be sure the money is not diverted. Somali-Americans in Minneapolis said they had been told to find new ways to send money before the end of the month. Aid agencies warned that a cut could hurt families who depend on remittances for food and school fees. The Somali central bank said it was working with regulators to license more firms. "My mother in Hargeisa pays her rent with what I send," said a taxi driver in Minneapolis.""",
        "economy",
    ),
    (
        "Japan releases rice stockpile as prices double",
        """Japan's government will release 210,000 tonnes of rice from its emergency stockpile after the price of the staple doubled in a year, the farm ministry said on Friday. A five-kilogram bag now costs more than 4,000 yen in supermarkets, and some shops have limited sales to one bag per customer. Officials blamed a poor harvest in 2023, a rise in tourists eating out and hoarding by traders. It is the first time the stockpile, set up after a shortage in 1993, has been used because of problems in distribution rather than a disaster. Some commentators compared the public anger with the rice riots of 1918. Restaurants said they were raising prices for rice dishes or switching to imported rice. The farm minister said the release should bring prices down within weeks. Consumers said they were switching to noodles and bread.""",
        "economy",
    ),
]
