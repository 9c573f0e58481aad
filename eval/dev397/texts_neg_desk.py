"""Negatives of dev397: the sport, politics, business and labour desks of the Caribbean press,
with their war words used loosely. (title, text, kind code)."""

NEGATIVES = [
    (
        "Joseph's fiery spell leaves England under siege at Kensington Oval",
        "Alzarri Joseph tore through England's top order on the second morning at Kensington "
        "Oval, taking four wickets for 19 in a hostile spell that had the visitors reeling at "
        "58 for five. The fast bowler, roared on by a full Greenidge and Haynes Stand, "
        "bombarded the batsmen with short balls and was rewarded when the captain gloved a "
        'bouncer to the wicketkeeper. "We had a plan to attack them early and the boys '
        'executed it," Joseph said at the lunch interval. England rallied through a '
        "stubborn partnership of 83 for the sixth wicket before the spinner ended it. West "
        "Indies, who made 312 in their first innings, will fancy their chances of taking a "
        "lead into the series. The Barbados Nation's cricket writer called it the finest "
        "bowling seen at the ground in a decade. The match is the first of three Tests in "
        "the Caribbean, with the second at the Vivian Richards Stadium in Antigua.",
        "sport",
    ),
    (
        "Soca Warriors storm back to beat Costa Rica in Port of Spain",
        "Trinidad and Tobago's Soca Warriors came from behind to beat Costa Rica 2-1 at the "
        "Hasely Crawford Stadium on Tuesday night, keeping alive their hopes of reaching "
        "the World Cup. Costa Rica took the lead through a header early in the second half "
        "and then sat back under wave after wave of attacks. Levi Garcia equalised with a "
        "curling shot from the edge of the box, and the substitute Kevin Molino won it in "
        'stoppage time, sparking wild celebrations in the stands. "The boys showed the '
        "warrior spirit tonight,\" the head coach said. The Guardian's ratings gave the "
        "goalkeeper a nine for a string of saves in the first half. The team now travels to "
        "Kingston for a crunch meeting with the Reggae Boyz. The TTFA said more than 15,000 "
        "fans attended.",
        "sport",
    ),
    (
        "Grenadiers in the World Cup: Haiti qualify for first time since 1974",
        "Haiti qualified for the World Cup for the first time in more than half a century on "
        "Tuesday, beating Nicaragua 2-0 in Curaçao to top their group. Goals from Louicius "
        "Deedson and Ruben Providence sent Haitian fans in Willemstad, Miami and Montreal "
        "into raptures. Because of the insecurity at home, the Grenadiers have not played a "
        "home match in Port-au-Prince for years and had to host every qualifier on foreign "
        "soil. The coach, Sébastien Migné, has never been able to visit the country for the "
        'same reason. "This is for the people of Haiti who have suffered so much," the '
        "captain said after the final whistle. In Port-au-Prince, supporters gathered "
        "around televisions in Pétion-Ville and the streets filled with car horns. The "
        "Haitian Football Federation thanked the Curaçao authorities for their hospitality. "
        "Haiti's only previous appearance was at West Germany in 1974.",
        "sport",
    ),
    (
        "Amazon Warriors crush Knight Riders to claim CPL title at Providence",
        "The Guyana Amazon Warriors won the Caribbean Premier League on Sunday night, "
        "thrashing the Trinbago Knight Riders by nine wickets in front of a sold-out crowd at "
        "the Providence Stadium. The Warriors' spinners strangled the Knight Riders' batting, "
        "which collapsed from 72 for one to 134 all out. Shai Hope then led the chase with an "
        "unbeaten 74 as the home side raced to their target with five overs to spare. It "
        "is only the second title for the Warriors, who have lost more finals than any "
        'other franchise. "We finally won the war," their captain said, holding the trophy '
        "aloft. Fans poured on to the East Bank Demerara road after the match. Stabroek "
        "News reported that the tournament drew record crowds in Guyana this season. The "
        "Knight Riders' coach said his side had been outplayed.",
        "sport",
    ),
    (
        "Reggae Boyz under fire after home defeat to Curaçao",
        "The Reggae Boyz came under heavy fire from fans and former players on Wednesday after "
        "a 1-0 defeat to Curaçao at the National Stadium left Jamaica's World Cup hopes "
        "hanging by a thread. Supporters booed the team off the field and some chanted for "
        'the head coach to be sacked. "It was a massacre of our ambitions," a former '
        "national captain wrote on social media. The Jamaica Football Federation said it "
        "would review the campaign at the end of the qualifiers. Jamaica must now beat "
        "Trinidad and Tobago away and hope that results elsewhere go their way. The "
        "federation's president said the players had given everything and asked fans to "
        "stay behind the team. Curaçao, with a population of about 150,000, are now "
        "favourites to top the group. The Gleaner's football columnist called for a complete "
        "rethink of the programme.",
        "sport",
    ),
    (
        "Holness wins third term promising to finish 'the war on crime'",
        "Prime Minister Andrew Holness led the Jamaica Labour Party to a third consecutive "
        "victory in Wednesday's general election, winning 35 of the 63 seats, according to "
        "preliminary results from the Electoral Office of Jamaica. Mark Golding's People's "
        "National Party took 28 seats, narrowing the gap from the last election. In his "
        "victory speech at the party's headquarters, Holness promised to \"finish the war on "
        'crime" and said the fall in murders over the past year showed that his '
        "government's strategy was working. Golding said the party would wait for the final "
        "count in several close seats before conceding. Turnout was about 39 per cent, "
        "among the lowest in the country's history. The Electoral Commission said the poll "
        "was largely peaceful. Observers from the Organization of American States will give "
        "their preliminary findings on Friday.",
        "politics",
    ),
    (
        "UNC sweeps to power as Persad-Bissessar vows to take the fight to the criminals",
        "The United National Congress won Monday's general election in Trinidad and Tobago by "
        "a wide margin, returning Kamla Persad-Bissessar to the Prime Minister's office "
        "a decade after she left it. The UNC took 26 of the 41 seats in the House of "
        "Representatives, while the People's National Movement, led by Stuart Young, won 13, "
        "according to the Elections and Boundaries Commission. In a fiery victory speech in "
        'Siparia, Persad-Bissessar said her government would "declare all-out war" on '
        "crime and would give police the tools to go after gang leaders. She also promised "
        "to raise public servants' salaries. Young conceded defeat on Monday night and "
        "said the PNM would regroup. The Tobago People's Party won the two Tobago seats. "
        "Supporters celebrated in the streets of Chaguanas and San Fernando until the early "
        "hours.",
        "politics",
    ),
    (
        "Caracas warns of 'response' if Guyana moves troops into Essequibo",
        "Venezuela's government warned on Monday that it would respond \"with all the means "
        'at its disposal" if Guyana moved troops into the disputed Essequibo region, in the '
        "sharpest exchange between the neighbours in months. In a statement read on state "
        "television, Defence Minister Vladimir Padrino López accused Georgetown of turning "
        "the territory into a base for US forces. President Irfaan Ali replied that Guyana "
        "was sovereign over its territory and would station its soldiers wherever it chose. "
        '"We will not be intimidated," he told reporters at State House. Caricom issued a '
        "statement calling on Caracas to respect the Argyle Declaration, under which both "
        "sides pledged not to use force. Stabroek News noted that no troop movements had "
        "been reported on either side of the border. The case over the 1899 arbitral award "
        "is still before the International Court of Justice.",
        "politics",
    ),
    (
        "Abinader announces deportations of up to 10,000 Haitians a week",
        "President Luis Abinader said on Wednesday that the Dominican Republic would deport "
        "up to 10,000 undocumented migrants a week, most of them Haitians, in a new push to "
        "reduce what his government calls an excessive migrant population. The Directorate "
        "General of Migration said it would add trucks and detention centres to meet the "
        "target. Abinader said the international community had failed Haiti and that his "
        "country could not carry the burden alone. Human rights groups and the UN refugee "
        "agency urged the government to halt returns to a country where much of the capital "
        "is controlled by gangs. Business associations in construction and agriculture, "
        "which depend heavily on Haitian labour, warned of shortages. Diario Libre reported "
        "that the debate in Congress over a new migration law would resume next month. "
        "The Haitian government summoned the Dominican chargé d'affaires.",
        "politics",
    ),
    (
        "Opposition calls VAT increase 'an assault on the poor' as budget debate opens",
        'The Free National Movement accused the government on Thursday of launching "an '
        'assault on the poor" with its plan to raise value added tax, as the budget debate '
        "began in the House of Assembly. The Minister of Finance defended the increase, "
        "saying it was needed to reduce a deficit swollen by the costs of recovery. The "
        "Opposition Leader said families on New Providence and the Family Islands were "
        "already struggling with food and electricity prices, and promised his party would "
        'fight the measure "clause by clause". Economists quoted by the Tribune said the '
        "country's debt was on an unsustainable path. Business groups asked for more "
        "exemptions for breadbasket items. The debate is expected to last two weeks, with a "
        "vote before the end of the fiscal year. Government backbenchers said the tax would "
        "protect the Bahamian dollar's peg.",
        "politics",
    ),
    (
        "Digicel and Flow in data price war as new bundles slash costs",
        "Jamaica's two mobile operators are locked in a price war, with Digicel and Flow each "
        "cutting the cost of data bundles twice in a month, analysts said on Monday. Flow "
        "launched a weekly plan offering unlimited social media for 500 Jamaican dollars, and "
        "Digicel answered within days with a cheaper bundle and double data for students. "
        '"It\'s a battle for the prepaid customer, and the customer is winning," a '
        "telecoms analyst told the Gleaner. The Office of Utilities Regulation said it was "
        "monitoring the market to make sure the cuts were not below cost. Digicel, which is "
        "emerging from a debt restructuring, said it remained the market leader. Flow's "
        "parent company reported higher revenue in Jamaica for the last quarter. Consumer "
        "groups welcomed the cuts but said rural coverage was still poor.",
        "economy",
    ),
    (
        "Rum exporters brace for trade war as US tariffs hit Caribbean spirits",
        "Caribbean rum producers are bracing for a drop in sales after the United States "
        "imposed a 10 per cent tariff on imports from the region, the West Indies Rum and "
        "Spirits Producers' Association said on Tuesday. The association's chief executive "
        "said the region was collateral damage in a trade war between larger economies. "
        "Distilleries in Barbados, Jamaica, Guyana and Trinidad sell a large share of their "
        "aged rum to American buyers. The Barbados Nation reported that Mount Gay and Foursquare "
        "were reviewing their pricing. Caricom trade ministers said they would seek an "
        "exemption in talks with Washington. Economists warned that a tit-for-tat response "
        "would hurt the region more than the United States. The sector employs thousands of "
        "people, from sugar cane farmers to bottlers.",
        "economy",
    ),
    (
        "Guyana's oil output passes 900,000 barrels a day as fourth FPSO comes online",
        "ExxonMobil's fourth production vessel off Guyana began pumping oil on Thursday, "
        "lifting the country's output above 900,000 barrels a day, the Ministry of Natural "
        "Resources said. The One Guyana FPSO, moored in the Stabroek Block, can produce up "
        "to 250,000 barrels a day when it reaches full capacity. Guyana's economy grew by "
        "more than 40 per cent last year, the fastest rate in the world, according to the "
        "International Monetary Fund. President Irfaan Ali said the revenue would fund "
        "roads, hospitals and a gas-to-energy project. Opposition politicians said the "
        "production-sharing agreement signed in 2016 gave too much to the oil companies. "
        "Kaieteur News questioned whether enough money was reaching ordinary Guyanese. "
        "The Natural Resource Fund now holds more than three billion US dollars.",
        "economy",
    ),
    (
        "Thousands march in Santo Domingo against Haitian migration, police keep groups apart",
        "Several thousand people marched through central Santo Domingo on Sunday to demand "
        "tougher action against irregular Haitian migration, in a demonstration called by "
        "the nationalist group Antigua Orden Dominicana. Marchers carried Dominican flags "
        'and banners reading "The homeland is not for sale" as they walked from the '
        "Independence Park to the National Congress. A smaller counter-demonstration by "
        "rights groups gathered near the Parque Colón. The National Police deployed hundreds "
        "of officers to keep the two groups apart and said the day passed without incident. "
        "Organisers handed a petition to legislators calling for the border wall to be "
        "completed and for stricter enforcement of labour rules. Haitian community leaders "
        "said many migrants stayed indoors for the day out of fear. Listín Diario "
        "estimated the crowd at about 5,000.",
        "protest",
    ),
    (
        "Teachers stay home in sick-out over salary offer, schools disrupted",
        "Hundreds of teachers across Jamaica stayed away from classrooms on Monday in a "
        "sick-out over the government's salary offer, disrupting classes at dozens of "
        "schools, the Jamaica Teachers' Association said. Principals in St James and "
        "Manchester reported that fewer than half of their staff turned up. The JTA "
        "said it had not called the action but understood the frustration of its members. "
        "The Minister of Education appealed to teachers to return to work and said the "
        "offer was the best the country could afford. Parents said they had to leave work "
        "to collect their children. The Ministry of Finance said talks with public sector "
        "unions would resume on Wednesday. There were no reports of incidents at the "
        "schools affected.",
        "protest",
    ),
    (
        "Public servants march on Woodford Square over four per cent wage offer",
        "Thousands of public servants marched through Port of Spain on Friday to reject the "
        "government's four per cent wage offer, in the biggest union demonstration in the "
        "capital for several years. Led by the Public Services Association and the Joint "
        "Trade Union Movement, workers in red jerseys gathered at the Queen's Park Savannah "
        'and walked to Woodford Square, where union leaders addressed the crowd. "This is a '
        'war for respect," the PSA president told them. Police reported no arrests or '
        "incidents, and traffic was diverted for about three hours. The Chief Personnel "
        "Officer said negotiations would continue next week. Union leaders said they would "
        "consider a national day of action if the offer was not improved. Several ministries "
        "operated with skeleton staff.",
        "protest",
    ),
    (
        "Haitian-Bahamians march peacefully against immigration raids in Nassau",
        "Several hundred Haitian-Bahamians and their supporters marched from Rawson Square "
        "to Parliament on Saturday to protest against what they called abusive immigration "
        'raids in Carmichael and Fox Hill. Marchers carried signs reading "Born here, '
        'belong here" and sang hymns as they walked. Organisers said people with valid work '
        "permits and even Bahamian-born children had been rounded up in early-morning "
        "sweeps. Police escorted the march and said it was orderly. The Minister of "
        "Immigration said the department acted within the law and that anyone wrongly "
        "detained had been released. The Nassau Guardian reported that a petition with 4,000 "
        "signatures was delivered to the Speaker. Church leaders called for a pathway to "
        "citizenship for those born in The Bahamas.",
        "protest",
    ),
]
