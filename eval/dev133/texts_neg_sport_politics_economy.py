"""dev133 hard negatives: sport, politics and economy (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Isak completes British-record move to Liverpool",
        "Liverpool have signed Sweden striker Alexander Isak from Newcastle United for a "
        "British-record fee of £125 million, ending a summer-long standoff in which the forward "
        "refused to play for his club. Isak, 25, has signed a six-year contract and could make "
        "his debut against Burnley after the international break.",
        "sport",
    ),
    (
        "Pakistan pace attack routs South Africa for 152 in Lahore",
        "Pakistan's pace attack bowled South Africa out for 152 on the second day of the first "
        "Test in Lahore, with Shaheen Shah Afridi taking four wickets in a hostile spell with "
        "the new ball. Pakistan closed on 88 for two, a lead of 171.",
        "sport",
    ),
    (
        "Sinner storms into second straight Australian Open final",
        "Jannik Sinner stormed into his second straight Australian Open final with a 6-3, 6-2, "
        "6-2 demolition of Ben Shelton on Friday, breaking the American's serve six times. The "
        "Italian will face Alexander Zverev, who advanced when Novak Djokovic retired injured "
        "after one set.",
        "sport",
    ),
    (
        "Springboks' rush defence smothers All Blacks in Wellington",
        "South Africa held New Zealand try-less in a home Test for the first time since 2010, "
        "winning 19-9 in Wellington as their rush defence forced a string of handling errors. "
        "Fly-half Handré Pollard kicked five penalties and the visitors' bench won the battle "
        "up front in the final quarter.",
        "sport",
    ),
    (
        "Duplantis breaks pole vault world record for 14th time",
        "Armand Duplantis cleared 6.30 metres at the world championships in Tokyo on Monday "
        "night, breaking his own pole vault world record for the 14th time. The Swede had "
        "already secured gold with his first attempt at 6.10 before asking for the bar to be "
        "raised.",
        "sport",
    ),
    (
        "Copa Sudamericana tie abandoned after fans clash in Avellaneda",
        "The Copa Sudamericana last-16 match between Independiente and Universidad de Chile was "
        "abandoned early in the second half on Wednesday after visiting fans threw seats, "
        "sticks and a toilet at home supporters below, who then stormed their stand and beat "
        "several of them. Ten people were taken to hospital and about 90 arrested, Buenos Aires "
        "province security officials said. CONMEBOL said it would announce sanctions within "
        "days.",
        "sport",
    ),
    (
        "Usyk floors Dubois twice, stops him in fifth at Wembley",
        "Oleksandr Usyk knocked out Daniel Dubois in the fifth round at Wembley on Saturday to "
        "become undisputed heavyweight champion for the second time. The Ukrainian, who "
        'dedicated the win to "our defenders", floored Dubois twice before the finishing left '
        "hand.",
        "sport",
    ),
    (
        "Norris takes lead in title battle with Mexico City win",
        "Lando Norris won the Mexico City Grand Prix by 30 seconds on Sunday to take the lead "
        "in the drivers' championship from McLaren team-mate Oscar Piastri, who finished fifth. "
        "Max Verstappen was third and remains 36 points behind with four races left.",
        "sport",
    ),
    (
        "Osimhen leads Nigeria attack into AFCON quarter-finals",
        "Victor Osimhen scored twice as Nigeria beat Mozambique 4-0 in Fez on Monday to reach "
        "the Africa Cup of Nations quarter-finals. The Super Eagles, who face Algeria next, "
        "have scored 12 goals in four matches in Morocco.",
        "sport",
    ),
    (
        "Pogačar attacks on Hautacam to seize yellow jersey",
        "Tadej Pogačar launched a solo attack 12 km from the summit of Hautacam on Thursday to "
        "win the first Pyrenean stage of the Tour de France and take the yellow jersey, "
        "finishing more than two minutes ahead of Jonas Vingegaard. The Slovenian now leads the "
        "race by 3 minutes 31 seconds.",
        "sport",
    ),
    (
        "Ukraine beat Iceland in Warsaw to reach World Cup play-offs",
        "Ukraine beat Iceland 2-0 in Warsaw on Sunday to secure a place in the World Cup "
        "play-offs, with Artem Dovbyk scoring either side of half-time. The team has played its "
        "home games in Poland and Germany since Russia's full-scale invasion; coach Serhiy "
        "Rebrov dedicated the result to the soldiers at the front.",
        "sport",
    ),
    (
        "Eagles' pass rush smothers Chiefs in Super Bowl rout",
        "The Philadelphia Eagles beat the Kansas City Chiefs 40-22 in Super Bowl LIX in New "
        "Orleans on Sunday, as their pass rush sacked Patrick Mahomes six times and Cooper "
        "DeJean returned an interception for a touchdown on his birthday. Jalen Hurts was named "
        "most valuable player.",
        "sport",
    ),
    (
        "Clean shooting gives France biathlon relay gold at Milan-Cortina",
        "France won the men's biathlon relay at the Milan-Cortina Winter Olympics on Tuesday, "
        "missing only two targets in 40 shots at Anterselva to finish 24 seconds ahead of "
        "Norway. It was France's third gold medal of the Games.",
        "sport",
    ),
    (
        "Congress wins Nilambur bypoll in 'semi-final battle' for Kerala",
        "Congress candidate Aryadan Shoukath won the Nilambur Assembly by-election in Kerala by "
        "11,077 votes, the Election Commission said on Monday, in what both fronts had called a "
        "\"semi-final battle\" ahead of next year's State polls. The ruling LDF's candidate came "
        "second.",
        "politics",
    ),
    (
        "Bayrou government falls in confidence vote",
        "French Prime Minister François Bayrou lost a confidence vote on Monday by 364 votes to "
        "194, bringing down his government after nine months over his plan to cut 44 billion "
        "euros from the budget. Opposition parties on the left and right had attacked the plan "
        "as an assault on workers and pensioners.",
        "politics",
    ),
    (
        "Svyrydenko becomes Ukraine's prime minister in wartime reshuffle",
        "Ukraine's parliament approved Yulia Svyrydenko as prime minister on Thursday in the "
        "biggest government reshuffle since Russia's full-scale invasion, with outgoing premier "
        "Denys Shmyhal moving to the defence ministry. President Volodymyr Zelensky said the "
        "new cabinet would focus on arms production and economic recovery.",
        "politics",
    ),
    (
        "South Korea's court removes Yoon over martial law",
        "South Korea's Constitutional Court unanimously upheld the impeachment of President "
        "Yoon Suk Yeol on Friday, removing him from office over his brief declaration of "
        "martial law in December, when he sent troops to the National Assembly. A presidential "
        "election must be held within 60 days.",
        "politics",
    ),
    (
        "Duterte makes first ICC appearance over drug war killings",
        "Former Philippine president Rodrigo Duterte appeared by video link before the "
        "International Criminal Court in The Hague on Friday, two days after he was arrested in "
        "Manila and flown to the Netherlands on a warrant for crimes against humanity. "
        'Prosecutors accuse him of overseeing death squads in his "war on drugs", in which '
        "thousands of suspects were killed.",
        "politics",
    ),
    (
        "Chief justice rebukes calls to impeach judges",
        "US Chief Justice John Roberts issued a rare statement on Tuesday rejecting calls to "
        "impeach federal judges over their rulings, hours after President Donald Trump attacked "
        'a judge who had blocked deportation flights as a "radical left lunatic". Democrats '
        "called the president's comments an assault on the independence of the courts.",
        "politics",
    ),
    (
        "Bangladesh tribunal sentences Hasina to death in absentia",
        "A special tribunal in Dhaka sentenced former prime minister Sheikh Hasina to death in "
        "absentia on Monday for crimes against humanity over the crackdown on the student-led "
        "uprising of July and August 2024, in which the UN says up to 1,400 people were killed. "
        "Hasina, who fled to India, called the verdict politically motivated.",
        "politics",
    ),
    (
        "Starmer faces biggest rebellion yet over welfare bill",
        "Keir Starmer faced the biggest revolt of his premiership on Tuesday as 49 Labour MPs "
        "voted against his welfare bill, even after ministers gutted its main cuts to "
        "disability benefits in a series of concessions. The government's majority fell to 75.",
        "politics",
    ),
    (
        "Thai court suspends Paetongtarn over leaked Hun Sen call",
        "Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra from "
        "duty on Tuesday pending an ethics case over a leaked phone call with Cambodia's former "
        'leader Hun Sen, in which she called a Thai army commander her "opponent". The call, '
        "about a border dispute, led her main coalition partner to quit the government.",
        "politics",
    ),
    (
        "Israeli cabinet votes to fire Shin Bet chief",
        "Israel's cabinet voted on Friday to dismiss Ronen Bar, the head of the Shin Bet "
        "security service, the first time a government has fired the agency's chief. Prime "
        "Minister Benjamin Netanyahu said he had lost trust in Bar; the attorney general said "
        "the move was illegal, and thousands protested outside the Knesset.",
        "politics",
    ),
    (
        "China hits back with 34% tariffs as trade war escalates",
        "China said on Friday it would impose an additional 34% tariff on all imports from the "
        'United States from April 10, matching President Donald Trump\'s "reciprocal" duty, and '
        "placed export controls on seven rare earth elements. Stocks in Tokyo, Frankfurt and "
        "New York fell sharply for a second day.",
        "economy",
    ),
    (
        "BYD cuts prices on 22 models, reigniting China's EV price war",
        "BYD cut the prices of 22 electric and hybrid models by as much as 34% on Friday, "
        "sending shares of Chinese carmakers sharply lower as investors feared a new round of "
        "the price war that has squeezed the industry's margins. The cheapest Seagull hatchback "
        "now sells for 55,800 yuan.",
        "economy",
    ),
    (
        "BBVA's hostile bid for Sabadell fails",
        "BBVA's 17-month hostile takeover bid for its smaller Spanish rival Banco Sabadell "
        "failed on Thursday after only about 26% of Sabadell's shareholders accepted the offer, "
        "far short of the 30% minimum. BBVA chairman Carlos Torres said the bank would now "
        "focus on its own growth.",
        "economy",
    ),
    (
        "Rheinmetall shares hit record as Europe rearms",
        "Shares in Rheinmetall rose 6% to a record on Tuesday after the German arms maker "
        "raised its sales forecast, citing orders for artillery shells and air defence systems "
        "from European governments expanding their military budgets. The stock has more than "
        "tripled in a year.",
        "economy",
    ),
    (
        "Turkey's central bank hikes rates to 46% after lira rout",
        "Turkey's central bank raised its benchmark rate by 350 basis points to 46% on Thursday "
        "in an unscheduled move to defend the lira, which tumbled after the arrest of Istanbul "
        "Mayor Ekrem İmamoğlu. The bank has sold an estimated $25 billion of reserves in its "
        "battle to steady the currency.",
        "economy",
    ),
    (
        "Suez Canal revenue falls 60% as ships avoid Red Sea",
        "Egypt's Suez Canal earned about $4 billion in 2024, down from $10.25 billion a year "
        "earlier, the canal authority's chairman said, as shipping lines kept sending vessels "
        "around Africa to avoid attacks by Yemen's Houthis. The authority is offering discounts "
        "of up to 15% to large container ships to lure them back.",
        "economy",
    ),
    (
        "Nvidia becomes first $5 trillion company",
        "Nvidia's market value passed $5 trillion on Wednesday, the first company to reach that "
        "mark, as technology groups kept up their spending on the chips that power artificial "
        "intelligence. Analysts said the AI arms race among Microsoft, Alphabet, Amazon and "
        "Meta showed no sign of slowing.",
        "economy",
    ),
    (
        "Argentina's peso steadies after US Treasury swap line",
        "Argentina's peso firmed 4% on Thursday after the US Treasury bought pesos directly and "
        "agreed a $20 billion currency swap with the central bank, as President Javier Milei "
        "fought to shore up confidence before midterm elections. Economy Minister Luis Caputo "
        "said the government would not devalue.",
        "economy",
    ),
]
