"""dev43 negatives: security politics, crime policy, the economy of crime, and peace processes.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    (
        "El Salvador extends state of exception for a 40th time",
        "El Salvador's Legislative Assembly extended the state of exception for another 30 days, the 40th extension since it was declared against the gangs in 2022, and the security minister said the 'war against gangs' would go on until the last member was in prison.",
        "politics",
    ),
    (
        "Honduran president declares 'war' on extortion, plans island prison",
        "Honduras's president said in a televised address that the government was declaring war on extortion and would build a 20,000-bed prison on the Swan Islands for gang leaders. Opposition lawmakers said the plan had no budget.",
        "politics",
    ),
    (
        "Sheinbaum unveils security strategy, rules out new 'war on drugs'",
        "Mexico's president presented a security strategy based on intelligence, a larger National Guard and social programmes for young people, saying there would be no return to the 'war on drugs'. The plan also creates a national investigation system.",
        "politics",
    ),
    (
        "Philippine Senate opens hearings on drug war killings",
        "A Philippine Senate committee opened hearings into the killings of drug suspects during Rodrigo Duterte's presidency, with former police officers testifying that they had been offered cash rewards. Allies of the former president walked out of the session.",
        "politics",
    ),
    (
        "Kenyan MPs pass police reform bill",
        "Kenya's National Assembly passed a bill that creates an independent unit to investigate deaths in police custody and requires officers to wear body cameras during operations, sending it to the Senate. Rights groups welcomed the vote but said the unit needed its own budget.",
        "politics",
    ),
    (
        "Nigerian lawmakers advance state police amendment",
        "Nigeria's House of Representatives passed the second reading of a constitutional amendment that would let the 36 states set up their own police forces, which governors say they need to fight banditry and kidnapping. The bill now goes to committee hearings in the six geopolitical zones.",
        "politics",
    ),
    (
        "Jamaica's prime minister vows to 'take back' communities from gunmen",
        "Jamaica's prime minister told parliament in his budget speech that the government would 'take back every community from the gunmen', and announced 2,000 new police recruits and more money for a youth jobs scheme. The opposition called it a rerun of old promises.",
        "politics",
    ),
    (
        "Trinidad declares state of emergency citing gang plots",
        "Trinidad and Tobago's prime minister declared a state of emergency that gives police powers to search and detain without warrants, citing intelligence about plots by gang leaders held in prison. Parliament will debate an extension next week.",
        "politics",
    ),
    (
        "Haiti's transitional council names new prime minister",
        "Haiti's presidential transitional council named a businessman as prime minister, the third in a year, and said his priorities would be restoring security and organising elections. The council's mandate expires in February.",
        "politics",
    ),
    (
        "Bangladesh bans former ruling party's activities under anti-terror law",
        "Bangladesh's interim government banned all activities of the Awami League, including online, under the Anti-Terrorism Act until the trials of its leaders are completed, the law adviser said.",
        "politics",
    ),
    (
        "Shah sets March deadline to end Maoist insurgency",
        "India's home minister told a meeting of officials in Raipur that the government would 'wipe out Naxalism' by March next year, and announced new roads and mobile towers for the Bastar region. Officials said more than 200 villages would get electricity for the first time.",
        "politics",
    ),
    (
        "Georgian parliament overrides veto on foreign influence law",
        "Georgia's parliament adopted the law on 'transparency of foreign influence' in its third reading, overriding the president's veto. The EU said the move would harm the country's path to membership. The law requires groups that receive more than a fifth of their funding from abroad to register.",
        "politics",
    ),
    (
        "Brazil's lower house approves public security amendment",
        "Brazil's Chamber of Deputies approved a constitutional amendment that gives the federal government a greater role in public security and merges police databases, after Rio's governor called for tougher laws against criminal factions.",
        "politics",
    ),
    (
        "Ecuadorians reject foreign military bases in referendum",
        "Ecuadorians rejected a proposal to allow foreign military bases on their soil in Sunday's referendum, a blow to the president, who had said US help was needed in his war on drug gangs. Turnout was 83%. Voters also rejected a proposal to call a constituent assembly. The president accepted the result.",
        "politics",
    ),
    (
        "Mexican Senate places National Guard under army command",
        "Mexico's Senate approved a constitutional reform placing the National Guard under the Defence Ministry, which critics say deepens the militarisation of public security. Supporters said it would end corruption in the force.",
        "politics",
    ),
    (
        "Ghana's vice-president says government is 'at war' with galamsey",
        "Ghana's vice-president told mining communities in Tarkwa that the government was 'at war' with illegal gold mining and would win it, promising new jobs for young people who leave the pits.",
        "politics",
    ),
    (
        "Mexico's competition regulator fines cement cartel",
        "Mexico's competition commission fined five cement producers a combined 1.2 billion pesos for running a cartel that fixed prices in the south-east between 2015 and 2020. The companies said they would appeal.",
        "economy",
    ),
    (
        "Telecoms price war ends as Nigerian regulator approves tariff rise",
        "Nigeria's telecoms regulator approved a 50% increase in call and data tariffs, ending a price war that operators said had made new investment impossible. Consumer groups threatened to go to court. Analysts expect the operators' revenue to rise sharply this year.",
        "economy",
    ),
    (
        "Extortion costs Honduran small businesses $700m a year, chamber says",
        "Extortion by gangs costs small businesses in Honduras about $700 million a year, the Tegucigalpa chamber of commerce said in a report, and one shop in five in the capital pays a weekly fee to at least one group.",
        "economy",
    ),
    (
        "Ecuador's banana exports hit record despite security costs",
        "Ecuador exported a record 380 million boxes of bananas last year, the producers' association said, although exporters spent more on scanners, guards and insurance to keep drugs out of containers. Prices in Europe rose by 6%.",
        "economy",
    ),
    (
        "Colombia and Comuneros del Sur sign deal to destroy weapons",
        "Colombia's government and the armed group Comuneros del Sur signed an agreement in Pasto under which the group will hand over and destroy its weapons in stages, the peace commissioner said. About 200 members are expected to take part.",
        "peace",
    ),
    (
        "Cité Soleil gang alliances announce truce",
        "Leaders of the G9 and G-Pèp gang alliances announced a truce in videos posted online, saying they would stop fighting in Cité Soleil, and residents reported a quiet night. Aid groups said they hoped to reopen two clinics. The government said it had not been consulted. Earlier truces in the district lasted a few weeks.",
        "peace",
    ),
    (
        "Petro suspends peace talks with ELN",
        "Colombia's president suspended peace talks with the ELN guerrilla, saying the group had shown 'no will for peace', a week after negotiators in Caracas failed to agree on extending the ceasefire. The ELN said its delegation would stay in Caracas.",
        "peace",
    ),
    (
        "Mozambique's president and Mondlane sign pact to end post-election tensions",
        "Mozambique's president and opposition leader Venâncio Mondlane signed a commitment in Maputo to end post-election tensions and open a national dialogue, months after protests in which hundreds died.",
        "peace",
    ),
    (
        "Plateau peace meeting brings farmers and herders to the table",
        "Leaders of farming communities and herders' associations in Plateau State met in Jos for a peace dialogue organised by the state government and agreed on grazing routes and a joint committee to settle disputes over crop damage. It was the first such meeting in two years.",
        "peace",
    ),
    (
        "Pokot and Turkana elders sign grazing peace deal",
        "Elders of the Pokot and Turkana communities signed a peace agreement at Kainuk to share pasture and water during the dry season, at a ceremony attended by the interior minister. The elders will settle cattle disputes in a joint council.",
        "peace",
    ),
    (
        "Armenian and Azerbaijani border commissions agree working rules",
        "The border delimitation commissions of Armenia and Azerbaijan met in Yerevan and agreed on rules for their joint work, officials said, calling it a step towards a peace treaty. The next meeting will be held in Baku.",
        "peace",
    ),
    (
        "Last 1,500 MILF combatants decommissioned in Sultan Kudarat",
        "The last 1,500 combatants of the Moro Islamic Liberation Front handed in their weapons at a ceremony in Sultan Kudarat, completing the decommissioning laid down in the 2014 peace agreement. Each will receive a cash grant and farm tools.",
        "peace",
    ),
]
