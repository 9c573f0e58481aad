"""dev53 negatives: sport with war words ("attack", "battle", "shootout", "under siege",
"bombarded", "war"), rival fans fighting with no political cause; crime with no political motive
(US and Canadian shootings, a London stabbing, a museum heist, drugs, the mafia, ransomware, a
kidnapping for ransom, a murder trial).
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Arsenal's attack runs riot in 5-0 rout of Leeds",
        "Arsenal's attack finally clicked as they routed Leeds 5-0 at the Emirates on Saturday to go top of the Premier League, with two goals from their teenage striker. The Leeds manager said his side had been 'shot to pieces' by the first goal after three minutes. Arsenal host Bayern Munich in the Champions League on Wednesday.",
        "sport",
    ),
    (
        "Five-set battle of the baseline sends Alvarez into Roland Garros final",
        "Marcos Alvarez saved three match points and outlasted Luca Ferri in a five-hour battle of the baseline to reach the Roland Garros final on Friday. 'He was killing me with his forehand for two sets,' the Spaniard said. He will face the defending champion on Sunday.",
        "sport",
    ),
    (
        "Ryder Cup war of words escalates before Bethpage showdown",
        "The Ryder Cup war of words escalated on Tuesday when Europe's captain accused the American team of trying to 'weaponise' the New York crowd, after the US captain said his players expected a hostile atmosphere at Bethpage Black. The matches begin on Friday.",
        "sport",
    ),
    (
        "Maple Leafs edge Canadiens in shootout",
        "The Toronto Maple Leafs beat the Montreal Canadiens 3-2 in a shootout on Saturday night, with their goalie stopping all four attempts. Montreal had fired 41 shots on goal and outshot Toronto in every period. The win moved Toronto two points clear at the top of the Atlantic Division.",
        "sport",
    ),
    (
        "Rival fans clash in Marseille before Europa League tie, 30 arrested",
        "Police fired tear gas to separate Marseille supporters and visiting Ajax fans who threw bottles and cafe chairs at each other in the Vieux-Port on Thursday evening, hours before the Europa League match, and 30 people were arrested, the prefecture said. Two fans were treated in hospital for cuts.",
        "sport",
    ),
    (
        "Chiefs' defence under siege as Bills pile up 41 points",
        "Kansas City's defence spent the afternoon under siege as the Buffalo Bills rolled up 480 yards and won 41-20 on Sunday, the Chiefs' heaviest home defeat in six years. Buffalo's quarterback threw for three touchdowns and ran for another. The Chiefs fell to 5-4, two games behind Denver in the AFC West.",
        "sport",
    ),
    (
        "England's batters launch blitz to set up Lord's victory",
        "England's batters launched a blistering assault on the new ball to chase down 275 in 48 overs and beat India by six wickets at Lord's on Monday, taking a 2-1 lead in the series. India's captain said his bowlers had been 'bombarded' and had no answers.",
        "sport",
    ),
    (
        "Champion survives knockdown to win brutal heavyweight war in Riyadh",
        "The unified heavyweight champion got up from a sixth-round knockdown to stop his challenger in the 11th round of a brutal war in Riyadh on Saturday, keeping his WBA, WBC and IBF belts. Both men were taken to hospital for checks after the fight, promoters said.",
        "sport",
    ),
    (
        "Slovenian attacks on final climb to seize yellow jersey",
        "The Slovenian champion attacked 4 km from the summit of Hautacam on Thursday, dropping his Danish rival and taking the Tour de France leader's yellow jersey with a lead of more than three minutes. His team-mates had set a punishing pace from the foot of the climb. The race reaches Paris in ten days.",
        "sport",
    ),
    (
        "Formula One title battle goes down to final race in Abu Dhabi",
        "The Formula One drivers' title battle will go down to the season finale in Abu Dhabi after the McLaren driver won in Qatar to cut his team-mate's lead to 12 points. The team said it would not impose team orders and would let its drivers fight it out. The finale is next Sunday.",
        "sport",
    ),
    (
        "Four killed in shooting at Chicago house party",
        "Four people were killed and 14 wounded when gunfire erupted at a house party on Chicago's South Side early on Sunday, police said. Investigators believe the shooting stemmed from a dispute between two groups of guests, and no arrests had been made. It was the city's deadliest shooting of the year so far.",
        "crime",
    ),
    (
        "Student kills teacher and classmate in Wisconsin school shooting",
        "A 15-year-old student opened fire at a middle school in eastern Wisconsin on Monday, killing a teacher and a classmate and wounding six others before shooting herself, police said. The police chief said investigators had not established a motive and had found no sign of any political or religious message.",
        "crime",
    ),
    (
        "Man stabbed to death in east London; police say not terror-related",
        "A 34-year-old man was stabbed to death in a street in Walthamstow, east London, on Tuesday evening, and a 19-year-old was arrested on suspicion of murder, the Metropolitan Police said. Detectives said the victim and the suspect were known to each other and the attack was not being treated as terror-related.",
        "crime",
    ),
    (
        "Thieves steal royal jewels from Paris museum in daylight raid",
        "Thieves using a truck-mounted ladder broke into a gallery of a Paris museum on Sunday morning and escaped on scooters with eight pieces of 19th-century royal jewellery within seven minutes, the culture minister said. The museum was closed for the day, and prosecutors said the gang appeared to be professionals.",
        "crime",
    ),
    (
        "Belgian customs seize eight tonnes of cocaine at Antwerp port",
        "Belgian customs officers found eight tonnes of cocaine hidden in containers of frozen shrimp at the port of Antwerp, prosecutors said on Wednesday, one of the largest single seizures in the country's history. Three dock workers were arrested on suspicion of helping to smuggle the drugs out of the port.",
        "crime",
    ),
    (
        "Italian police arrest 80 in raids on 'Ndrangheta clan",
        "Italian police arrested 80 people in dawn raids in Calabria, Lombardy and Germany on Tuesday in an investigation into a 'Ndrangheta clan accused of extortion, drug trafficking and laundering money through restaurants, prosecutors said. Officers seized properties and companies worth 120 million euros.",
        "crime",
    ),
    (
        "Twelve hurt in shooting at Toronto pub",
        "Twelve people were injured when a gunman wearing a balaclava opened fire inside a pub in Toronto's Scarborough district late on Friday, Toronto police said. Investigators said they were searching for three suspects and had no information suggesting the attack was linked to extremism.",
        "crime",
    ),
    (
        "Court jails man for life for murdering former partner in Lyon",
        "A court in Lyon sentenced a 41-year-old man to life in prison on Thursday for the murder of his former partner, whom he shot outside her workplace in 2023. Women's rights groups gathered outside the courthouse to call for better protection orders. His lawyer said he would appeal.",
        "crime",
    ),
    (
        "Europol takes down ransomware gang behind attacks on hospitals",
        "Police in nine countries arrested 12 suspected members of a ransomware gang blamed for cyberattacks on hospitals and city councils across Europe, Europol said on Thursday. Investigators seized servers and 2 million euros in cryptocurrency. The gang had demanded ransoms of up to 5 million euros from its victims, Europol said.",
        "crime",
    ),
    (
        "Kidnapped father of crypto entrepreneur freed in police raid",
        "French police freed the father of a cryptocurrency entrepreneur on Tuesday after he was held for ransom for three days in a house south of Paris, where his captors had cut off one of his fingers, prosecutors said. Five people were arrested, and investigators said the kidnappers had demanded several million euros.",
        "crime",
    ),
]
