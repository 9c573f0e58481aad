"""dev153 negatives (5 of 5): peaceful protests and strikes, and plain news
(a referendum, an election count, a climate summit)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Polish farmers block border crossings and motorways in nationwide protest "
        "against Ukrainian imports",
        "Thousands of Polish farmers blocked roads, motorways and border crossings "
        "with Ukraine on Tuesday with tractors and trucks, in the largest day of "
        "action since protests began earlier this month. Police said there were "
        "more than 250 blockades across the country, including on the A2 motorway "
        "near Poznań and at the Dorohusk and Medyka crossings, where lorries queued "
        "for dozens of kilometres. The farmers are demanding an end to imports of "
        "Ukrainian grain, sugar and poultry, which they say are undercutting their "
        "prices, and changes to the European Union's Green Deal rules on fallow "
        "land. In Medyka, protesters opened the doors of several Ukrainian lorries "
        "and spilled their cargo of grain onto the road, prompting a protest from "
        "Kyiv. Police said the protests had otherwise passed peacefully and that no "
        "one had been detained. Prime Minister Donald Tusk said he understood the "
        "farmers' anger but warned that the blockades could not be allowed to harm "
        "Ukraine's war effort. The agriculture minister is due to meet farmers' "
        "unions on Thursday. Ukrainian hauliers said they had lost millions of "
        "euros over weeks of blockades on the border last autumn. In Warsaw, "
        "several thousand farmers are expected to march on the prime minister's "
        "office next week.",
        "protest",
    ),
    (
        "Archbishop Bagrat's 'Tavush for the Homeland' movement holds mass rally in Yerevan",
        "Tens of thousands of people gathered in Yerevan's Republic Square on "
        'Thursday evening for a rally of the "Tavush for the Homeland" movement, '
        "which is demanding the resignation of Prime Minister Nikol Pashinyan over "
        "the handover of four border villages to Azerbaijan. The movement's leader, "
        "Archbishop Bagrat Galstanyan, head of the Tavush diocese of the Armenian "
        "Apostolic Church, arrived in the capital after a four-day march from "
        "Kirants, a village near the new border, with several hundred supporters. "
        "He called on Pashinyan to step down within an hour and announced a "
        "campaign of civil disobedience, including the blocking of streets. Police "
        "said the rally was held without incident. On Friday morning, protesters "
        "sat down on the roads at several intersections in central Yerevan, and "
        "police detained 17 people for refusing to clear the roadway, all of whom "
        "were released within hours. Pashinyan has said the border delimitation is "
        "needed to avoid a new war with Azerbaijan. A government spokesperson "
        "accused the church of interfering in politics.",
        "protest",
    ),
    (
        "Deutsche Bahn strike: GDL train drivers walk out for six days in bitter pay battle",
        "Germany's train drivers' union GDL began a six-day strike on passenger "
        "services early on Wednesday, the longest walkout in Deutsche Bahn's "
        "history, bringing most long-distance and regional trains to a halt. "
        "Deutsche Bahn said it was running an emergency timetable with about one in "
        "five long-distance trains and urged passengers to postpone their journeys. "
        "Freight services had been hit since Tuesday evening. The union, led by the "
        "combative Claus Weselsky, is demanding a cut in the working week from 38 "
        "to 35 hours without loss of pay for shift workers, which the company says "
        "is unaffordable. Deutsche Bahn failed in a last-minute attempt to have the "
        "strike banned by a court in Frankfurt. Business groups said the dispute "
        "was costing the economy up to €100 million a day, and politicians from the "
        "governing coalition and the opposition called for a change in the law on "
        "strikes in critical infrastructure. Weselsky accused Deutsche Bahn's "
        'management of waging "a war against its own employees." The strike is due '
        "to end on Monday evening.",
        "protest",
    ),
    (
        "Students end march from Belgrade to Novi Sad with silent tribute on city's bridges",
        "Thousands of students who walked for two days from Belgrade to Novi Sad "
        "blocked the city's three bridges over the Danube on Saturday in a protest "
        "marking three months since the deadly collapse of the railway station "
        "canopy. Residents lined the roads to greet the marchers with food, water "
        "and applause as they arrived on Friday evening, and farmers on tractors "
        "and bikers escorted the columns into the city. At 11.52am, the time of the "
        "collapse, the crowds fell silent for 15 minutes in memory of the 15 "
        "victims. The blockades, which lasted 24 hours, passed without incident, "
        "police said. The students are demanding the publication of all documents "
        "related to the station's reconstruction and criminal charges against those "
        "responsible. Prime Minister Miloš Vučević resigned last week, but the "
        "protesters say the resignation does not meet their demands. President "
        "Aleksandar Vučić, who has accused the protesters of being funded from "
        'abroad, said the state would not give in to a "colour revolution." The '
        "movement has become the largest in Serbia since the fall of Slobodan "
        "Milošević in 2000.",
        "protest",
    ),
    (
        "Thousands rally in Kyiv for second night against law curbing anti-corruption agencies",
        "Thousands of people, most of them young, gathered near the Ivan Franko "
        "Theater in central Kyiv on Wednesday evening for a second night of "
        "protests against a law that strips Ukraine's anti-corruption agencies of "
        "their independence. Protesters held up handwritten cardboard signs with "
        'slogans such as "Veto the law" and "We are not fighting for this," and '
        'chanted "Shame!" as lawmakers\' names were read out. Similar rallies took '
        "place in Lviv, Dnipro, Odesa and Kharkiv. Police said the demonstrations "
        "were peaceful and reminded participants that under martial law gatherings "
        "must disperse during air-raid alerts. The law, rushed through parliament "
        "on Tuesday, places the National Anti-Corruption Bureau (NABU) and the "
        "Specialized Anti-Corruption Prosecutor's Office (SAPO) under the authority "
        "of the prosecutor general, who is appointed by the president. The European "
        "Commission warned that the move could set back Ukraine's EU accession. "
        "President Volodymyr Zelensky, who signed the law within hours, said on "
        "Thursday he would submit a new bill to restore the agencies' powers. "
        "Veterans and serving soldiers on leave were among the protesters.",
        "protest",
    ),
    (
        "Kazakh voters back building country's first nuclear power plant in referendum",
        "Voters in Kazakhstan have approved the construction of the country's first "
        "nuclear power plant, with 71 percent voting in favor in a referendum on "
        "October 6, according to preliminary results announced by the Central "
        "Election Commission. Turnout was 63.7 percent. President Kassym-Jomart "
        "Tokayev, who pushed for the vote, has argued that nuclear power is needed "
        "to meet growing demand for electricity and to reduce the country's "
        "dependence on coal, which generates about two-thirds of its power. The "
        "plant is expected to be built near the village of Ulken on the shores of "
        "Lake Balkhash. Companies from Russia, China, South Korea and France are "
        "competing for the contract, and Tokayev has said that an international "
        "consortium could be formed. Opponents recalled the legacy of the Soviet "
        "nuclear tests at Semipalatinsk, and some activists who campaigned against "
        "the plant said they had been detained or fined before the vote. RFE/RL "
        "correspondents reported cases of ballot stuffing and pressure on state "
        "employees to vote at several polling stations in Almaty.",
        "other",
    ),
    (
        "Election 2024: Fianna Fáil set to be largest party as counting continues into fourth day",
        "Fianna Fáil is on course to become the largest party in the 34th Dáil, as "
        "counting in the general election continued into a fourth day on Monday in "
        "several constituencies. Sinn Féin and Fine Gael are neck and neck for "
        "second place, with a handful of seats still to be filled. Micheál Martin's "
        "party is expected to begin talks this week on forming a coalition with "
        "Fine Gael, which would need the support of Labour, the Social Democrats or "
        "a group of Independents to reach the 88 seats required for a majority. "
        "Sinn Féin leader Mary Lou McDonald said her party would also speak to "
        "other parties about forming a government, but admitted the numbers were "
        "difficult. The Green Party, a member of the outgoing government, lost all "
        "but one of its 12 seats. Turnout was just under 60 per cent, one of the "
        "lowest in the history of the State. Several Independents are expected to "
        "seek a role in government negotiations in exchange for commitments on "
        "local projects.",
        "other",
    ),
    (
        "COP29 ends in Baku with $300 billion climate finance deal that satisfies no one",
        "The United Nations climate summit in Baku ended in the early hours of "
        "Sunday with an agreement that rich countries will provide at least $300 "
        "billion a year to developing nations by 2035 to help them cope with "
        "climate change, a figure that poorer countries denounced as far too "
        "little. The deal was gavelled through by Azerbaijan's COP29 president, "
        "Mukhtar Babayev, more than 30 hours after the talks were due to end, amid "
        "boos and walkouts by some delegations. India's delegate called the sum \"a "
        'paltry amount," and a coalition of small island states said they had been '
        "ignored. The summit was overshadowed by criticism of the host, whose "
        'president, Ilham Aliyev, told the opening session that oil and gas were "a '
        'gift of God." Rights groups said at least a dozen journalists and '
        "activists remained in prison in Azerbaijan during the conference. Armenia, "
        "which is negotiating a peace treaty with Baku, sent a delegation to the "
        "talks, a small sign of a thaw between the two neighbours. The next summit "
        "will be held in Belém, Brazil. Environmental groups said the final text "
        "also failed to build on last year's pledge in Dubai to transition away "
        "from fossil fuels. The EU's climate commissioner, Wopke Hoekstra, said the "
        'deal marked "the start of a new era" for climate finance. Aliyev hailed '
        "the summit as a success for Azerbaijan's diplomacy.",
        "other",
    ),
]
