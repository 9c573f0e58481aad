"""dev95 hard negatives: sport with its attacks, strikers and battles; politics and economy with
their rhetorical wars, revolts, price wars and hostile bids."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Haaland hat-trick sinks Forest as City keep up title charge",
        "Erling Haaland scored his third hat-trick of the season as Manchester City beat "
        "Nottingham Forest 4-1 on Saturday, the Norwegian striker killing off the contest "
        "with two goals in five minutes after the break.",
        "sport",
    ),
    (
        "Pakistan's pace attack routs India in rain-hit Asia Cup clash",
        "Pakistan's pace attack tore through India's top order in Kandy on Saturday, with "
        "Shaheen Shah Afridi removing Rohit Sharma and Virat Kohli in the space of three "
        "overs, before rain forced the match to be abandoned ...",
        "sport",
    ),
    (
        "Ivory Coast complete remarkable comeback to win AFCON on home soil",
        "Sébastien Haller's late strike gave Ivory Coast a 2-1 win over Nigeria in the Africa "
        "Cup of Nations final in Abidjan on Sunday, capping an extraordinary run for a host "
        "side that had sacked its coach during the group stage.",
        "sport",
    ),
    (
        "Svitolina dedicates Wimbledon win over Azarenka to Ukraine",
        'Elina Svitolina dedicated her fourth-round victory over Victoria Azarenka to "all '
        'Ukrainian people" after the Belarusian was booed off Centre Court for not waiting at '
        "the net, a row that has followed players from the two countries since Russia's "
        "invasion of Ukraine.",
        "sport",
    ),
    (
        "Springboks edge All Blacks to win record fourth Rugby World Cup",
        "South Africa beat New Zealand 12-11 in a bruising Rugby World Cup final at the Stade "
        "de France on Saturday, holding out under relentless attack in the final quarter to "
        "become the first team to win the title four times.",
        "sport",
    ),
    (
        "Refugee boxer Cindy Ngamba wins Olympic bronze in Paris",
        "Cindy Ngamba became the first athlete from the Refugee Olympic Team to win a medal, "
        "taking bronze in the women's 75kg boxing in Paris. The Cameroon-born fighter, who "
        "lives in England, was granted refugee status in 2021. Read more.",
        "sport",
    ),
    (
        "Rival fans clash before Europa League tie in Marseille; 12 arrested",
        "Riot police separated groups of Marseille and Eintracht Frankfurt supporters who "
        "threw bottles and chairs at each other in the Vieux-Port on Wednesday afternoon, "
        "hours before their Europa League match, police said. Twelve people were arrested and "
        "a café terrace was wrecked.",
        "sport",
    ),
    (
        "Verstappen holds off late Norris attack to win in Imola",
        "Max Verstappen held off a late charge from Lando Norris to win the Emilia Romagna "
        "Grand Prix by less than a second on Sunday, his seventh victory of the season, after "
        "the McLaren driver closed a seven-second gap in the final 15 laps.",
        "sport",
    ),
    (
        "Celtics' defence smothers Mavericks to take 2-0 lead in NBA Finals",
        "The Boston Celtics held Dallas to 98 points in Game 2 of the NBA Finals on Sunday, "
        "their defence forcing Luka Doncic into a string of late misses, to win 105-98 and "
        "take a 2-0 series lead. Jayson Tatum had 18 points and 12 assists. Game 3 is in "
        "Dallas on Wednesday.",
        "sport",
    ),
    (
        "Gukesh becomes youngest world chess champion after Game 14 blunder by Ding",
        "India's Gukesh Dommaraju became the youngest undisputed world chess champion at 18 "
        "on Thursday, winning the 14th and final game of his title battle with China's Ding "
        "Liren after the defending champion blundered in a drawn endgame in Singapore.",
        "sport",
    ),
    (
        "Usyk knocks out Dubois to retain heavyweight titles at Wembley",
        "Oleksandr Usyk knocked out Daniel Dubois in the fifth round at Wembley on Saturday "
        "to remain undisputed heavyweight champion, dropping the Briton three times before "
        "the referee stopped the fight. The Ukrainian had dedicated the bout to his country's "
        "soldiers.",
        "sport",
    ),
    (
        "Pogačar seals fourth Tour de France title on final day in Paris",
        "Tadej Pogačar sealed his fourth Tour de France title in Paris on Sunday after three "
        "weeks in which his rivals launched attack after attack in the mountains without ever "
        "cracking him ...",
        "sport",
    ),
    (
        "Kelvin Kiptum runs 2:00:35 in Chicago to take marathon world record",
        "Kenya's Kelvin Kiptum ran 2:00:35 in Chicago on Sunday to break the men's marathon "
        "world record.",
        "sport",
    ),
    (
        "UEFA moves Israel's Euro 2024 qualifier against Kosovo to Hungary",
        "UEFA said on Tuesday that Israel's home qualifier against Kosovo would be played in "
        "Debrecen, Hungary, behind closed doors, as no international football matches can be "
        "staged in Israel while the war in Gaza continues.",
        "sport",
    ),
    (
        "Afghanistan stun Australia in T20 World Cup as Gulbadin takes four wickets",
        "Afghanistan beat Australia by 21 runs in St Vincent on Saturday, their first win "
        "over the 2021 champions in any format, with Gulbadin Naib taking 4-20 as Australia "
        "were bowled out for 127. Fans danced in the streets of Kabul and Jalalabad.",
        "sport",
    ),
    (
        "Ohtani signs record $700m contract with Dodgers",
        "Shohei Ohtani has agreed a 10-year, $700 million contract with the Los Angeles "
        "Dodgers, the largest deal in the history of professional sport, the two-way star "
        "announced on Instagram on Saturday, ending a winter-long bidding war.",
        "sport",
    ),
    (
        "Opposition attacks budget as 'war on the middle class'",
        "The opposition on Wednesday attacked the government's budget as a \"war on the middle "
        'class", accusing the treasurer of hiding higher income taxes behind new spending on '
        "housing and childcare.",
        "politics",
    ),
    (
        "Debt ceiling battle goes down to the wire as Treasury warns of June default",
        "WASHINGTON (AP) — The White House and House Republicans resumed talks on Monday in "
        "their battle over raising the debt ceiling, as Treasury Secretary Janet Yellen "
        "warned that the government could run out of money to pay its bills as early as June "
        "1.",
        "politics",
    ),
    (
        "Starmer faces biggest rebellion yet as Labour MPs revolt over welfare cuts",
        "More than 120 Labour MPs have signed an amendment that would kill the government's "
        "welfare bill, setting up the biggest rebellion of Keir Starmer's premiership, as "
        "ministers scrambled to offer concessions before Tuesday's vote. Downing Street "
        "insisted the vote would go ahead. One rebel told the Guardian the government had "
        '"declared war on its own backbenches".',
        "politics",
    ),
    (
        "Macron survives no-confidence vote as opposition takes aim at pension reform",
        "French President Emmanuel Macron's government survived a no-confidence motion by "
        "nine votes on Monday, clearing the way for his plan to raise the pension age to 64, "
        "after opposition parties had mounted a last-ditch assault on the reform in the "
        "National Assembly.",
        "politics",
    ),
    (
        "Rahul Gandhi launches fresh attack on Centre over 'vote theft'",
        "NEW DELHI: Leader of the Opposition Rahul Gandhi on Thursday launched a fresh attack "
        "on the Election Commission and the BJP, alleging that voter lists had been "
        "manipulated in several constituencies, a charge the poll panel rejected as "
        '"baseless".',
        "politics",
    ),
    (
        "Senate, Reps lock horns over new minimum wage as labour threatens strike",
        "The Senate and the House of Representatives on Tuesday clashed over the new national "
        "minimum wage bill, with senators insisting on their own figure as the NLC warned "
        "that workers would down tools if the bill is not passed this week.",
        "politics",
    ),
    (
        "Dutton vows to 'go to war' with unions over construction watchdog",
        'Opposition leader Peter Dutton said on Monday a Coalition government would "go to '
        'war" with the construction union, pledging to bring back the building industry '
        "watchdog abolished by Labor.",
        "politics",
    ),
    (
        "ANC and DA trade blows over education bill as unity government strains",
        "The ANC and the Democratic Alliance traded blows in Parliament on Wednesday over the "
        "Basic Education Laws Amendment Bill, testing the government of national unity formed "
        "after the May election, though neither party has threatened to walk out.",
        "politics",
    ),
    (
        "Sheinbaum says Mexico will not return to 'war on drugs' strategy",
        'President Claudia Sheinbaum said on Tuesday that Mexico would not return to the "war '
        'on drugs" of the past and would focus on intelligence and addressing the causes of '
        "violence, as she presented her government's security strategy to Congress.",
        "politics",
    ),
    (
        "Trump hikes tariffs on Chinese goods as trade war escalates",
        "President Donald Trump said on Wednesday he would raise tariffs on Chinese imports "
        "to 125%, escalating a trade war with Beijing while pausing higher duties for dozens "
        "of other countries for 90 days. China had earlier announced retaliatory duties of "
        "84% on US goods. Stocks surged on the news.",
        "economy",
    ),
    (
        "BYD cuts prices again as China's EV price war deepens",
        "BYD cut prices on 22 of its electric and hybrid models by as much as 34% on Friday, "
        "deepening a price war in China's car market that has squeezed rivals' margins and "
        "drawn a warning from the industry association.",
        "economy",
    ),
    (
        "BBVA launches hostile takeover bid for Sabadell",
        "BBVA on Thursday launched a hostile €12bn takeover bid for Banco Sabadell directly "
        "to shareholders, days after Sabadell's board rejected a merger offer, setting up a "
        "battle that the Spanish government has said it opposes.",
        "economy",
    ),
    (
        "Nvidia briefly becomes world's most valuable company as AI arms race fuels demand",
        "Nvidia overtook Microsoft to become the world's most valuable listed company on "
        "Tuesday, its market value topping $3.3 trillion as the AI arms race between big tech "
        "companies keeps demand for its chips far ahead of supply.",
        "economy",
    ),
    (
        "Oil jumps 4% on fears of supply disruption in the Strait of Hormuz",
        "Oil prices jumped more than 4% on Friday, with Brent crude hitting its highest since "
        "January, as traders priced in the risk of disruption to shipping through the Strait "
        "of Hormuz amid rising tensions between Iran and Western powers.",
        "economy",
    ),
    (
        "Rheinmetall shares surge as Europe ramps up defence spending",
        "Shares in German arms maker Rheinmetall rose 14% on Tuesday to a record high after "
        "European leaders agreed to increase defence spending, with investors betting on "
        "years of orders for artillery shells and armoured vehicles.",
        "economy",
    ),
    (
        "RBI holds fire on rate cut as inflation battle continues",
        "MUMBAI: The Reserve Bank of India kept its policy repo rate unchanged at 6.5% for "
        "the ninth time in a row on Thursday, saying the battle against inflation was not "
        "over despite slower growth in the last quarter.",
        "economy",
    ),
    (
        "IndiGo, Air India trigger fare war on Delhi-Mumbai route",
        "Fares on the Delhi-Mumbai route fell by as much as 30% this week as IndiGo and Air "
        "India slashed prices to fill seats after the launch of a new low-cost rival, travel "
        "portals said.",
        "economy",
    ),
    (
        "Container rates climb as shipping lines keep avoiding Red Sea route",
        "Analysis: Spot rates for shipping a container from Shanghai to Rotterdam rose 8% "
        "this week, the Drewry index showed, as most large carriers continued to send vessels "
        "around the Cape of Good Hope rather than through the Red Sea and the Suez Canal.",
        "economy",
    ),
]
