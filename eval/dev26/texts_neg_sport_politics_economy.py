"""dev26 texts: negatives: sport, team names and nicknames; negatives: politics, designations
and sanctions; negatives: economy.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: sport, team names and nicknames
    (
        "Raiders defence sacks Mahomes five times in upset win",
        "The Las Vegas Raiders' pass rush overwhelmed Kansas City on Sunday, sacking Patrick Mahomes five times in a 24-20 win that keeps their play-off hopes alive. Coach Pete Carroll praised an 'aggressive, relentless' defence.",
        "sport",
    ),
    (
        "Canberra Raiders storm home to sink Storm in golden point",
        "The Canberra Raiders came from 16 points down to beat Melbourne Storm in golden point at GIO Stadium, with their halfback landing the winning field goal. Raiders fans invaded the pitch after the siren.",
        "sport",
    ),
    (
        "UNLV Rebels upset ranked rivals in Las Vegas",
        "The UNLV Rebels beat a ranked opponent 78-71 at the Thomas and Mack Center, with their guard scoring 26 points. The Rebels have won five straight in the Mountain West.",
        "sport",
    ),
    (
        "Warriors lean on Curry's shooting to end road skid",
        "Stephen Curry hit eight three-pointers as the Golden State Warriors ended a four-game losing streak on the road with a 118-109 win in Memphis. Draymond Green added 12 rebounds.",
        "sport",
    ),
    (
        "New Zealand Warriors book home semi-final",
        "The New Zealand Warriors secured a home semi-final with a 30-12 win over the Dolphins at Go Media Stadium, where a sell-out crowd chanted 'Up the Wahs'. Their prop was named man of the match.",
        "sport",
    ),
    (
        "Al Shabab stun Al Hilal in Riyadh derby",
        "Al Shabab scored twice in the last ten minutes to beat league leaders Al Hilal 3-2 in the Riyadh derby, the club's first win over their neighbours in three seasons.",
        "sport",
    ),
    (
        "Al Ansar clinch Lebanese Premier League title",
        "Beirut club Al Ansar won the Lebanese Premier League title for a record 15th time after a 2-0 win over Nejmeh, and their fans celebrated with fireworks in the Tariq al-Jdideh district.",
        "sport",
    ),
    (
        "Pirates sink Chiefs in Soweto derby",
        "Orlando Pirates beat Kaizer Chiefs 2-1 in front of 90,000 at FNB Stadium, with their striker scoring from the spot. The Buccaneers go top of the Premiership. Chiefs' coach said his side had lacked sharpness.",
        "sport",
    ),
    (
        "Army side APR FC retain Rwanda Premier League crown",
        "APR FC, the club of the Rwanda Defence Force, retained the Rwanda Premier League title with a 1-0 win over Rayon Sports, extending their unbeaten home run to 30 matches.",
        "sport",
    ),
    (
        "AS FAR beat Wydad to reach Moroccan cup final",
        "AS FAR, the Rabat club of the Royal Armed Forces, reached the Throne Cup final by beating Wydad Casablanca on penalties after a goalless draw. They will meet Raja Casablanca in the final in Fez.",
        "sport",
    ),
    (
        "Gladiators crush Zalmi to reach PSL final",
        "Quetta Gladiators beat Peshawar Zalmi by 48 runs in Karachi to reach the Pakistan Super League final, their opening batter hitting 92 off 51 balls. Zalmi's captain blamed dropped catches for the defeat.",
        "sport",
    ),
    (
        "Brisbane Bandits take first game of Australian Baseball League finals",
        "The Brisbane Bandits beat the Perth Heat 6-3 in the opening game of the ABL championship series, with a two-run home run in the seventh inning. The best-of-three series continues on Saturday.",
        "sport",
    ),
    (
        "Wests Tigers snap losing run at Leichhardt",
        "Wests Tigers ended a six-game losing streak with a 26-14 win over Cronulla at Leichhardt Oval, their young centre scoring two tries. The Tigers' coach said the win would take pressure off a young squad.",
        "sport",
    ),
    (
        "Pro Kabaddi: Patna Pirates' raiders overpower Bengal Warriorz",
        "Patna Pirates won 42-31 against Bengal Warriorz, their lead raider collecting 14 raid points and two super raids, in a Pro Kabaddi League match in Pune.",
        "sport",
    ),
    (
        "Haiti's Grenadiers qualify for the World Cup",
        "Haiti's national football team, nicknamed Les Grenadiers, qualified for the World Cup for the first time since 1974 with a 2-0 win over Nicaragua, and fans celebrated in the streets of the diaspora in Miami.",
        "sport",
    ),
    (
        "Katsina United beat Kano Pillars in northern derby",
        "Katsina United beat Kano Pillars 1-0 in the Nigeria Premier Football League, with a late header, at the Muhammadu Dikko Stadium. Kano Pillars' coach blamed the pitch and said his team would bounce back at home.",
        "sport",
    ),
    (
        "Tigres fire four past Rayados in Clasico Regio",
        "Tigres UANL beat Monterrey 4-1 in the Clasico Regio, with their French striker scoring twice, to move into the Liga MX play-off places. A crowd of 41,000 watched at the Estadio Universitario.",
        "sport",
    ),
    (
        "Afghanistan's spinners shoot out Pakistan in Sharjah",
        "Afghanistan beat Pakistan by 18 runs in a Twenty20 match in Sharjah, their leg-spinner taking four wickets, and the team's cricket board thanked fans across Afghanistan.",
        "sport",
    ),
    (
        "Arsenal's Gunners blast three past Newcastle",
        "Arsenal fired three second-half goals past Newcastle to go top of the Premier League, with their winger's strike from outside the box the pick. The Gunners' defence has now kept six clean sheets in a row.",
        "sport",
    ),
    (
        "Tusker FC's Kenyan title run ends at Gor Mahia",
        "Gor Mahia ended Tusker FC's title defence with a 2-1 win in Nairobi, in front of a capacity crowd at Kasarani. K'Ogalo's winger scored twice, and the win lifts Gor Mahia four points clear at the top of the table.",
        "sport",
    ),
    # ---------------------------------------------------------------- negatives: politics, designations and sanctions
    (
        "Hezbollah and Amal sweep south Lebanon municipal polls",
        "Lists backed by Hezbollah and its ally Amal won most municipal councils in south Lebanon and the Bekaa, official results showed, on a turnout of about 37 percent.",
        "politics",
    ),
    (
        "Algeria's Islamist party Hamas names presidential candidate",
        "The Movement of Society for Peace, Algeria's largest Islamist party, known by its Arabic acronym Hamas, named its leader as its candidate for the presidential election.",
        "politics",
    ),
    (
        "Nepal's Maoist Centre rejoins coalition government",
        "The Communist Party of Nepal (Maoist Centre) rejoined the ruling coalition, giving the prime minister a majority in parliament, and will take the finance ministry.",
        "politics",
    ),
    (
        "Ethiopian election board revokes TPLF's registration",
        "Ethiopia's National Election Board revoked the legal registration of the Tigray People's Liberation Front, saying the party had failed to hold a general assembly within the deadline.",
        "politics",
    ),
    (
        "New Mexico bill targets armed private militias at protests",
        "A bill in New Mexico's legislature would ban private militias from training or appearing armed at public demonstrations, and gun-rights groups said it infringed the Second Amendment, which mentions 'a well regulated Militia'.",
        "politics",
    ),
    (
        "Guinea's junta leader wins constitutional referendum",
        "Guinea's junta announced that voters approved a new constitution that allows its leader to stand for president, with a turnout of 86 percent according to the election commission.",
        "politics",
    ),
    (
        "Mali's junta dissolves all political parties by decree",
        "Mali's military government dissolved all political parties and associations by decree, a move opposition figures called unconstitutional. The junta said it would rewrite the party charter.",
        "politics",
    ),
    (
        "US designates Haiti's Viv Ansanm as foreign terrorist organisation",
        "The US State Department designated the Haitian gang coalition Viv Ansanm and the Gran Grif gang as foreign terrorist organisations, making material support to them a federal crime.",
        "politics",
    ),
    (
        "Treasury sanctions RSF commander over Darfur",
        "The US Treasury imposed sanctions on the commander of Sudan's Rapid Support Forces and seven companies in the UAE that it said supplied the group, freezing their US assets.",
        "politics",
    ),
    (
        "Labour rebels threaten to vote down welfare bill",
        "More than 100 Labour MPs signed an amendment against the government's welfare bill, and party whips met the rebels to offer concessions before the vote. The government has a majority of about 160.",
        "politics",
    ),
    (
        "Gang of Eight briefed on intelligence findings",
        "Leaders of Congress and of the intelligence committees, the so-called Gang of Eight, were briefed behind closed doors on a classified report, Senate aides said.",
        "politics",
    ),
    (
        "Junta de Andalucia approves regional budget",
        "The Junta de Andalucia, the regional government of southern Spain, approved a 2026 budget of 48 billion euros with more spending on health and housing, its finance chief said.",
        "politics",
    ),
    (
        "Former FARC party Comunes keeps its seats in Congress",
        "The Comunes party, founded by former FARC guerrillas after the 2016 peace deal, will keep its guaranteed seats in Colombia's Congress for another term after a court ruling.",
        "politics",
    ),
    (
        "Pakistan bans the Pashtun Tahafuz Movement",
        "Pakistan's interior ministry banned the Pashtun Tahafuz Movement, saying its activities threatened peace, days before a planned jirga in Khyber. PTM leaders said they would challenge the ban in court.",
        "politics",
    ),
    (
        "Kano Hisbah destroys seized beer bottles",
        "Kano's Hisbah board, the state's Islamic police, crushed more than 20,000 bottles of beer seized from trucks entering the state, its commander said. Alcohol is banned in the state under its sharia law.",
        "politics",
    ),
    (
        "Bangladesh bans Chhatra League under anti-terror law",
        "Bangladesh's interim government banned the Chhatra League, the student wing of the former ruling party, under the anti-terrorism act, and its offices on campuses were closed.",
        "politics",
    ),
    (
        "Insurgent candidate topples party veteran in mayoral primary",
        "A 33-year-old state assemblyman running an insurgent campaign beat a former governor in the city's Democratic mayoral primary, in a result party leaders called a political earthquake.",
        "politics",
    ),
    (
        "Lebanese cabinet tasks army with plan to disarm Hezbollah",
        "Lebanon's cabinet asked the army to draw up a plan to bring all weapons, including those of Hezbollah, under state control by the end of the year, and two Shia ministers walked out of the meeting.",
        "politics",
    ),
    (
        "Canada lists Bishnoi gang as terrorist entity",
        "Canada added the Bishnoi gang, a crime network based in India, to its list of terrorist entities, allowing police to seize its assets in the country, the public safety minister said.",
        "politics",
    ),
    # ---------------------------------------------------------------- negatives: economy
    (
        "OPEC+ cartel agrees another output rise",
        "The OPEC+ oil cartel agreed to raise output by 137,000 barrels a day from next month, as Saudi Arabia pushes to win back market share, delegates said. Brent crude fell 1 percent.",
        "economy",
    ),
    (
        "EU fines packaging makers in price cartel",
        "The European Commission fined four packaging makers 330 million euros for running a cartel that fixed prices for food trays for more than a decade. One company received immunity for revealing the cartel.",
        "economy",
    ),
    (
        "Airlines push for more SAF as jet fuel mandate starts",
        "European airlines said supplies of sustainable aviation fuel, known as SAF, remained short as the EU mandate requiring a 2 percent blend took effect, and prices are three times those of kerosene.",
        "economy",
    ),
    (
        "Niger's junta nationalises uranium miner Somair",
        "Niger's military government said it was nationalising Somair, the uranium mining company run by France's Orano, accusing it of unfair contracts. Orano said it would seek arbitration.",
        "economy",
    ),
    (
        "Mali junta and Barrick settle gold mine dispute",
        "Barrick Gold agreed to pay Mali's military government 430 billion CFA francs to end a dispute over the Loulo-Gounkoto complex, and gold exports are due to resume.",
        "economy",
    ),
    (
        "Ram prices soar at Kano cattle market ahead of Sallah",
        "Prices of rams and cattle at Kano's Dawanau market have nearly doubled ahead of the Eid festival, herders and traders said, blaming the cost of feed and transport.",
        "economy",
    ),
    (
        "Ghana and Ivory Coast cocoa 'cartel' raises farm-gate price",
        "Ghana and Ivory Coast, which together grow about 60 percent of the world's cocoa and coordinate prices in what traders call a cartel, raised the price paid to farmers for the new season.",
        "economy",
    ),
    (
        "Burkina's junta opens first national gold refinery",
        "Burkina Faso's military leader opened the country's first gold refinery near Ouagadougou, which will process 150 tonnes a year, state media said. Officials said the refinery would keep more of the value of the country's gold at home.",
        "economy",
    ),
    (
        "One-armed bandits lift casino revenue in Macau",
        "Slot machines, the one-armed bandits of casino slang, lifted Macau's gaming revenue by 12 percent in October, and analysts said mass-market visitors were back.",
        "economy",
    ),
    (
        "Adobe beats forecasts on PDF and AI tools",
        "Adobe's quarterly revenue beat forecasts as subscriptions to its Acrobat PDF software and AI image tools grew, and its shares rose 4 percent after hours. The company raised its full-year forecast.",
        "economy",
    ),
    (
        "Taliban government signs copper mining deal with Chinese firm",
        "Afghanistan's Taliban administration signed an agreement with a Chinese company to develop a copper mine in Logar province, the ministry of mines said. The deal is worth about 1 billion dollars over 25 years.",
        "economy",
    ),
    (
        "Herders' cashmere earnings fall as Chinese demand slows",
        "Mongolian herders received a third less for their cashmere this spring as Chinese buyers cut orders, the agriculture ministry said. Some herders said they would sell part of their flocks to pay off loans.",
        "economy",
    ),
]
