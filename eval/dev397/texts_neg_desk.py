"""Negatives of dev397: the sport, politics, business, labour, history, culture and general
desks of the Caribbean press, with their war words used loosely. (title, text, kind code)."""

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
    (
        "Thirty-five years after the Jamaat coup attempt, survivors ask for a full account",
        "Survivors of the 1990 coup attempt gathered at the Red House on Sunday to mark 35 "
        "years since members of the Jamaat al Muslimeen stormed Parliament and the state "
        "broadcaster and held the Prime Minister and members of his Cabinet hostage for six "
        "days. Twenty-four people died during the insurrection, and Port of Spain was looted "
        "while the hostages were held. Former MP Leo Des Vignes, who died of his wounds, "
        "was remembered with a wreath. Several speakers said the recommendations of the "
        'commission of enquiry had never been fully implemented. "We are still waiting for '
        'the truth," a former parliamentary staff member said. The Speaker said a plaque '
        "would be placed in the chamber. Relatives of police officers killed at "
        "headquarters asked the state to recognise them as heroes.",
        "history",
    ),
    (
        "Four years after Moïse's killing, a quiet Mass and no verdict in Port-au-Prince",
        "Relatives and a handful of former officials attended a quiet Mass in Pétion-Ville "
        "on Monday to mark four years since President Jovenel Moïse was killed in his "
        "bedroom by a commando of foreign mercenaries. The Haitian case against the "
        "suspects has stalled, with a succession of investigating judges having resigned, "
        "Le Nouvelliste notes. In Miami, several men have been sentenced to life in prison "
        "and others are awaiting trial. The former first lady did not attend. A priest "
        'called on the authorities to "not let time bury the truth". Political leaders '
        "issued short statements on social media. The anniversary passed without the "
        "official ceremony held in previous years. Many of those who worked in the "
        "late president's administration now live abroad.",
        "history",
    ),
    (
        "Grenada marks October 19 with renewed call to find Bishop's remains",
        "Grenadians gathered at Fort George on Saturday to remember Prime Minister Maurice "
        "Bishop and the others executed there on October 19, 1983, as the government "
        "renewed its search for their remains. The commemoration, organised by the Maurice "
        "Bishop and October 19th Martyrs Foundation, included a wreath-laying and the "
        "reading of names. Prime Minister Dickon Mitchell said the state would fund new "
        "forensic work at sites identified by the truth commission. The killings were "
        "followed days later by the US-led invasion of the island. Historians at the event "
        "said many young Grenadians knew little of the revolution. A new exhibition on the "
        "People's Revolutionary Government opened at the National Museum in St George's. "
        "Relatives of the victims said closure would come only with a burial.",
        "history",
    ),
    (
        "Along the Massacre River, Dominicans and Haitians remember 1937",
        "Dominican and Haitian activists, clergy and students laid flowers on the banks of "
        "the Massacre River at Dajabón on Saturday to remember the thousands of Haitians "
        "and Dominicans of Haitian descent killed on the orders of the dictator Rafael "
        "Trujillo in October 1937. Organisers of the Border of Lights gathering read "
        "testimony collected from survivors before their deaths. A historian from the "
        "Autonomous University of Santo Domingo said estimates of the dead ranged from "
        "several thousand to more than 15,000. Participants crossed the bridge to "
        "Ouanaminthe for a joint service. The event has been held every year since 2012. "
        "Speakers said remembering the massacre was more important than ever, given "
        "current tensions over migration.",
        "history",
    ),
    (
        "Gaza and Gully bury the hatchet on stage as Kartel and Mavado reunite",
        "Two decades after their rivalry split dancehall into the Gaza and Gully camps, Vybz "
        "Kartel and Mavado shared a stage at the National Stadium on Saturday night, "
        "embracing to a roar from more than 30,000 fans. The surprise appearance came near "
        "the end of Kartel's homecoming concert, his biggest since his release from prison "
        'after the Privy Council quashed his murder conviction. "No more war, we are one '
        'people," Mavado told the crowd. The feud, fought out in songs and sound clashes in '
        "the late 2000s, was once so heated that the Prime Minister of the day called the "
        "two artistes to Jamaica House to make peace. Promoters said the show sold out "
        "within hours. Police reported no major incidents. Social media lit up with clips "
        "of the two men trading verses.",
        "entertainment",
    ),
    (
        "Sting returns with a clash for the ages at Jamworld",
        "Sting, billed for decades as the greatest one-night reggae show on earth, made its "
        "return to Jamworld in Portmore on Boxing Day with a lyrical clash that had the "
        "crowd on its feet until dawn. Two of the genre's young stars traded insults and "
        "rhymes for forty minutes before the judges declared a draw, to boos from both "
        'camps. "A proper war, the way Sting used to be," one veteran selector said '
        "backstage. Organisers said attendance was the highest since the show went on "
        "hiatus. The lineup also included gospel and roots reggae acts earlier in the "
        "night. Police and private security searched patrons at the gates, and no "
        "incidents were reported. Vendors outside the venue said business was the best they "
        "had seen in years. The promoters said Sting would be back next year.",
        "entertainment",
    ),
    (
        "Haitian director's film about life under the gangs wins top prize in Port of Spain",
        "A feature film by a young Haitian director about a family trying to leave a "
        "neighbourhood of Port-au-Prince controlled by an armed gang won the jury prize at "
        "the Trinidad and Tobago Film Festival on Sunday. The film, shot partly in Jacmel and "
        "partly in the Dominican Republic for safety reasons, follows a teenage girl who "
        "dreams of becoming a nurse. The jury praised its restraint and said it showed "
        'violence "through its consequences, not its spectacle". The director, who now lives '
        "in Montreal, said in a video message that many of her actors had been displaced "
        "themselves. The festival also honoured a Jamaican documentary on the Windrush "
        "generation. The winning film will screen in Kingston and Bridgetown next month.",
        "entertainment",
    ),
    (
        "Record sargassum influx chokes Barbados east coast beaches",
        "Barbados is facing its heaviest influx of sargassum seaweed on record, with "
        "mounds more than a metre high along beaches from Bathsheba to Skeete's Bay, the "
        "Coastal Zone Management Unit said on Tuesday. The rotting seaweed releases hydrogen "
        "sulphide, and residents of fishing villages complained of headaches and the smell. "
        "The Ministry of Environment said crews with front-end loaders were removing "
        "hundreds of tonnes a day. Researchers at the University of the West Indies at Cave "
        "Hill are testing ways of turning the seaweed into fertiliser and biogas. Fisherfolk "
        "said the mats were blocking boats from leaving the landing sites. Scientists blame "
        "warmer seas and nutrients washed from the Amazon for the yearly blooms. Hoteliers "
        "on the west coast said they had been spared so far.",
        "other",
    ),
    (
        "Carnival Monday: mas bands take over Port of Spain as J'ouvert revellers play till dawn",
        "Tens of thousands of masqueraders took over the streets of Port of Spain on "
        "Carnival Monday, after a J'ouvert morning in which revellers covered in mud, paint "
        "and chocolate danced from before dawn. Large bands including Tribe and Yuma crossed "
        "the stage at the Queen's Park Savannah under a fierce sun, while sound trucks "
        "blasted the season's big soca tunes. The race for Road March title appeared to be "
        "between two songs. Police said the day had been largely incident-free, with a small "
        "number of arrests for minor offences. Hotels reported full occupancy, and the "
        "Tourism Ministry said arrivals were up on last year. Vendors along Ariapita Avenue "
        "said sales of food and drink were brisk. The parade of the bands continues on "
        "Tuesday.",
        "other",
    ),
    (
        "From a camp in Croix-des-Bouquets to a nursing award in Providenciales",
        "When Marie-Ange Dorval left Haiti as a teenager after the 2010 earthquake, she "
        "spoke no English and had never seen a hospital ward. On Friday she was named nurse "
        "of the year by the Turks and Caicos Islands Hospital, the first Haitian-born "
        "winner of the award. Dorval spent two years in a tent camp before an aunt brought "
        "her to Providenciales, where she finished school and trained at the local "
        'community college. She now runs the night shift in the intensive care unit. "I '
        'know what it means to have nothing, so I treat every patient like family," she told '
        "the Turks and Caicos Weekly News. Her colleagues said she was known for staying "
        "late to help younger nurses and for singing to patients in Creole. The Premier congratulated her in a social media post. "
        "She hopes one day to open a clinic in her home town of Léogâne.",
        "other",
    ),
    (
        "Mottley's BLP wins all 30 seats again in snap election",
        "Prime Minister Mia Mottley's Barbados Labour Party won all 30 seats in the House of "
        "Assembly for the second election running, according to the Electoral and Boundaries "
        "Commission's results early on Thursday. Turnout was low at about 42 per cent, "
        "well down from the last poll. Mottley, who called the election a year and a half "
        "early, said the result gave her a mandate to push on with the Barbados Economic "
        "Recovery and Transformation plan. The Democratic Labour Party, led by Verla De Peiza, "
        "failed to win a seat, and De Peiza lost her own constituency. Observers from the "
        "Commonwealth said the vote was well organised. Mottley is expected to name her "
        "Cabinet on Friday. Barbados became a republic little more than a year ago.",
        "other",
    ),
    (
        "UWI researchers grow heat-tolerant coral in Discovery Bay nursery",
        "Scientists at the University of the West Indies' Discovery Bay Marine Laboratory "
        "say they have bred a strain of staghorn coral that survived last summer's record "
        "sea temperatures with far less bleaching than wild colonies, the Gleaner reports. "
        "The team has planted more than 8,000 fragments from the nursery on reefs along the "
        "north coast of St Ann. The project's lead researcher said the results were "
        "promising but that only deep cuts in emissions would save the region's reefs. "
        "Fishers in the area have been trained to help tend the nurseries. The work is "
        "funded by the Global Environment Facility and a hotel group. Jamaica has lost "
        "more than half of its living coral cover since the 1980s, according to the "
        "National Environment and Planning Agency.",
        "other",
    ),
]
