"""Negatives: peaceful marches, rallies, labour strikes and sit-ins (protest); football,
athletics, boxing and basketball in the idiom of war (sport).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "Hostage families set off on five-day march from Tel Aviv to Jerusalem",
        "Thousands of people set off from Tel Aviv on Tuesday on a five-day march to "
        "Jerusalem with relatives of hostages held in Gaza, calling on the government to "
        "bring them home. Marchers carried yellow flags and portraits of the captives. They "
        "plan to reach the prime minister's office on Saturday. Along the route residents "
        "handed out water and sandwiches, and some joined for a few kilometres. The families "
        "of soldiers held in Gaza walked at the front.",
        "protest",
    ),
    (
        "Hundreds of thousands rally against judicial overhaul for tenth straight week",
        "Hundreds of thousands of Israelis demonstrated in Tel Aviv, Jerusalem, Haifa and "
        "dozens of smaller towns on Saturday night against the government's plan to curb the "
        "powers of the Supreme Court, organisers said. On Kaplan Street in Tel Aviv, "
        'protesters waved blue-and-white flags and chanted "democracy" under the lights of '
        "the city's towers. Speakers, among them a former army chief of staff, accused the "
        "government of laying siege to the courts. Police reported no arrests.",
        "protest",
    ),
    (
        "Histadrut general strike over hostages halts Ben Gurion departures",
        "Israel's largest trade union federation, the Histadrut, held a general strike on "
        "Monday to press the government to reach a deal to bring home the hostages, closing "
        "banks and some hospitals and halting departures at Ben Gurion airport for two hours. "
        "A labour court ordered the strike to end at 2.30pm. The federation's chairman said a "
        "deal was more important than anything.",
        "protest",
    ),
    (
        "Young Ukrainians rally in Kyiv against law curbing anti-corruption bodies",
        "Thousands of people, many of them in their twenties, gathered near the presidential "
        "office in Kyiv on Tuesday evening to protest against a law that puts Ukraine's "
        "anti-corruption agencies under the prosecutor general. Protesters held up cardboard "
        "signs and kept a minute's silence for fallen soldiers. The rally, the largest in the "
        "capital since the full-scale invasion, passed without incident. Similar rallies "
        "followed on the next three nights in Lviv, Odesa and Dnipro as well as Kyiv.",
        "protest",
    ),
    (
        "Teachers in Sulaimani strike over months of unpaid salaries",
        "Thousands of public school teachers in Sulaimani and Halabja stayed away from "
        "classrooms for a third week on Sunday in a strike over salaries that have not been "
        "paid for three months, closing most schools. Teachers held a sit-in outside the "
        "governorate building. The regional government blamed Baghdad for withholding its "
        "budget share.",
        "protest",
    ),
    (
        "Wives of mobilised soldiers lay flowers at Kremlin wall demanding their return",
        "About 20 women whose husbands were mobilised in 2022 laid red carnations at the Tomb "
        "of the Unknown Soldier by the Kremlin wall on Saturday, demanding that the men be "
        "brought home from the front. Police watched but did not intervene. The group has "
        "repeatedly been refused permission to hold a rally.",
        "protest",
    ),
    (
        "Iranian truck drivers extend strike over fuel quotas",
        "Truck drivers in more than 100 Iranian cities stayed off the roads for a fifth day "
        "on Tuesday in a strike over diesel quotas, insurance costs and freight rates, "
        "parking their lorries at depots, drivers' groups said. Queues formed at some petrol "
        "stations. The roads minister said some of their demands would be met.",
        "protest",
    ),
    (
        "Thousands march in Amman in solidarity with Gaza after Friday prayers",
        "Thousands of Jordanians marched from the Al-Husseini mosque in downtown Amman after "
        "Friday prayers to show solidarity with Palestinians in Gaza, chanting slogans and "
        "waving Palestinian and Jordanian flags. The march, organised by opposition parties "
        "and unions, ended peacefully. Organisers called on the government to cancel a gas "
        "deal with Israel.",
        "protest",
    ),
    (
        "Families of Azov prisoners rally in Kyiv to demand faster exchanges",
        "Several hundred relatives of soldiers held captive in Russia gathered on Kyiv's "
        'Maidan Nezalezhnosti on Sunday with photographs and banners reading "Free Azov", '
        "calling for faster prisoner exchanges. Many of the men were captured when the "
        "Azovstal garrison surrendered in 2022. The rally lasted two hours.",
        "protest",
    ),
    (
        "Shakhtar's young attack stuns Barcelona in Hamburg",
        "Shakhtar Donetsk, who play their home Champions League matches in Hamburg since the "
        "full-scale invasion, beat Barcelona 1-0 on Tuesday with a first-half header. The "
        "Ukrainian club's young attack kept the Spanish champions under pressure after the "
        "break. About 50,000 fans, many of them Ukrainians living in Germany, filled the "
        "stadium. The coach said the team had played for the people at home watching on their "
        "phones in shelters.",
        "sport",
    ),
    (
        "Mahuchikh soars to Olympic high jump gold for Ukraine",
        "Ukraine's Yaroslava Mahuchikh won Olympic gold in the women's high jump in Paris on "
        "Sunday, clearing 2.00 metres, weeks after breaking a world record that had stood "
        "since 1987. She dedicated the victory to the athletes killed in the war. Australia's "
        "Nicola Olyslagers took silver.",
        "sport",
    ),
    (
        "Iran players stay silent during anthem at World Cup opener",
        "Iran's players stood silent during their national anthem before their World Cup "
        "match against England in Doha on Monday, in an apparent gesture of support for the "
        'protests at home. Some fans in the stands held banners reading "Woman, life, '
        'freedom". England won 6-2.',
        "sport",
    ),
    (
        "Usyk outpoints Fury in Riyadh battle to become undisputed champion",
        "Ukraine's Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh on Saturday "
        "night to become the first undisputed heavyweight champion in a quarter of a century, "
        "surviving a barrage of shots in the middle rounds. Usyk nearly stopped Fury in the "
        "ninth. He dedicated the win to Ukraine's defenders.",
        "sport",
    ),
    (
        "Palestine hold Jordan to a draw in World Cup qualifier",
        "Palestine drew 1-1 with Jordan in a World Cup qualifier in Kuwait City on Thursday, "
        "keeping alive their hopes of a first World Cup. The Palestinian team play all their "
        "home matches abroad. The coach praised his players' fighting spirit. Several of the "
        "squad's players have lost relatives in Gaza, the football association said.",
        "sport",
    ),
    (
        "Iraq beat Oman in extra time to win Gulf Cup in Basra",
        "Iraq won the Arabian Gulf Cup for the fourth time on Thursday, beating Oman 3-2 "
        "after extra time in front of 65,000 fans in Basra. Celebrations went on through the "
        "night in Baghdad and other cities. It was the first time Iraq had hosted the "
        "tournament in more than four decades.",
        "sport",
    ),
    (
        "Maccabi Tel Aviv survive Olympiacos siege in Belgrade",
        "Maccabi Tel Aviv held off a late charge from Olympiacos to win 84-79 in the "
        "EuroLeague on Thursday, in a game played in Belgrade because of the war. The Greek "
        "side besieged the paint in the final minutes but missed three open threes. Maccabi's "
        "American guard scored 24 points.",
        "sport",
    ),
    (
        "Al-Hilal's attack routs Al-Nassr in Riyadh derby",
        "Al-Hilal crushed Al-Nassr 4-1 in the Riyadh derby on Friday, with their Serbian "
        "striker scoring twice as the league leaders' attack tore through a makeshift "
        "defence. The win put Al-Hilal 11 points clear at the top. Their coach said the team "
        "would keep its offensive approach in the Asian Champions League.",
        "sport",
    ),
    (
        "Dynamo Kyiv match halted for air-raid alert, resumes after 40 minutes",
        "A Ukrainian Premier League match between Dynamo Kyiv and Obolon was suspended in the "
        "63rd minute on Sunday when air-raid sirens sounded, and players and the few hundred "
        "spectators went down to the stadium's shelter. The game resumed after 40 minutes and "
        "Dynamo won 2-0. League rules allow a match to be halted for up to four hours.",
        "sport",
    ),
]
