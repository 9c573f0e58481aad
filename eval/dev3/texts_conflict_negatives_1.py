"""dev3 conflict items: hard negatives, first half. See build.py."""

from items import C

# ====================================================================== conflict: hard negatives

# disaster
C(
    "Pakistan: monsoon floods displace hundreds of thousands",
    "Monsoon floods have killed more than 700 people and displaced over 400,000 in Khyber Pakhtunkhwa and Punjab since late June, the disaster management authority said. The army deployed helicopters and boats to rescue villagers stranded on rooftops. Relief camps in Buner district are full. Aid agencies warned of cholera in the camps.",
    "",
    "hard_negative_disaster",
)
C(
    "Live: earthquake in western Afghanistan",
    "10:12 – A magnitude 6.3 earthquake struck near Herat, the USGS says. 11:00 – The Taliban's disaster ministry says at least 320 people were killed and villages in Zindajan district were flattened. 12:30 – Thousands of survivors are sleeping in tents. 13:15 – The UN is sending emergency teams.",
    "",
    "hard_negative_disaster",
)
C(
    "Mozambique: cyclone forces families into schools",
    "Cyclone Chido tore through Cabo Delgado province, destroying tens of thousands of homes and killing at least 94 people, the disaster institute said. Families sheltered in schools and churches in Pemba. The district, already struggling with an insurgency, has little capacity to respond. WFP began distributing food on Monday.",
    "",
    "hard_negative_disaster",
)
C(
    "Sudan: Arba'at dam burst sweeps away villages",
    "A dam north of Port Sudan burst after heavy rains, sweeping away villages and killing at least 30 people, officials said. Hundreds are missing. Residents fled to higher ground and the army helped evacuate survivors. The region has received many people displaced by the war elsewhere.",
    "",
    "hard_negative_disaster",
)
C(
    "Greece: wildfire forces evacuation of Athens suburbs",
    "A wildfire driven by strong winds forced the evacuation of thousands of residents in suburbs north of Athens, and one woman was found dead in a burned factory. Firefighters, helped by soldiers and aircraft, battled the blaze through the night. The civil protection ministry sent evacuation alerts to mobile phones.",
    "",
    "hard_negative_disaster",
)
C(
    "DR Congo: landslide buries homes in South Kivu",
    "A landslide after torrential rain buried dozens of homes in the village of Lomera in South Kivu, killing at least 40 people, local authorities said. Survivors dug through the mud with their hands. Many residents had moved to the area to work in artisanal gold mines.",
    "",
    "hard_negative_disaster",
)
C(
    "Rohingya camp fire leaves thousands homeless",
    "A fire swept through a Rohingya refugee camp in Cox's Bazar on Sunday, destroying about 1,000 shelters and leaving thousands of people homeless, officials said. No deaths were reported. The cause of the fire is under investigation. Aid groups set up temporary shelters.",
    "",
    "hard_negative_disaster",
)

# crime
C(
    "US: gunman kills four at Georgia high school",
    "A 14-year-old student opened fire at Apalachee High School in Winder, Georgia, killing two students and two teachers, authorities said. Police said the suspect surrendered to officers within minutes. Investigators did not give a motive. The school will remain closed for the rest of the week.",
    "",
    "hard_negative_crime",
)
C(
    "South Africa: tavern shooting in Soweto",
    "Gunmen opened fire on patrons at a tavern in Soweto late on Saturday, killing 12 people, police said. The attackers fled in a minibus. Police said the motive was unclear but that the area had seen disputes between illegal mining gangs. A manhunt was under way.",
    "",
    "hard_negative_crime",
)
C(
    "Colombia: police seize 14 tonnes of cocaine",
    "Colombian police seized more than 14 tonnes of cocaine in a warehouse in the port city of Buenaventura, the largest seizure in a decade, the defence minister said. The drugs belonged to the Gulf Clan, he said. Officers arrested three men. The cocaine was packed among bananas bound for Europe.",
    "",
    "hard_negative_crime",
)
C(
    "Nigeria: businessman kidnapped for ransom in Lagos released",
    "A Lagos businessman kidnapped from his car last week has been released after his family paid a ransom, police said. Three suspects were arrested in Ogun state. Police said the gang had carried out several kidnappings for money in the city.",
    "",
    "hard_negative_crime",
)
C(
    "Germany: man on trial for knife attack at festival",
    "A 26-year-old man went on trial in Düsseldorf on Tuesday accused of killing three people in a knife attack at a city festival. Prosecutors say he acted out of personal grievances and was not part of any group. He faces life in prison if convicted.",
    "",
    "hard_negative_crime",
)
C(
    "Mexico: jewellery store robbery in Guadalajara mall",
    "Armed robbers smashed display cases at a jewellery store in a Guadalajara shopping mall and escaped with watches worth millions of pesos, prosecutors said. A security guard was shot in the leg. Shoppers hid in stores during the robbery, which lasted less than three minutes.",
    "",
    "hard_negative_crime",
)

# sport
C(
    "Football: Arsenal's attack shreds Leverkusen's defence",
    "Arsenal's front three tore Bayer Leverkusen's defence apart in a 4-1 win, with the striker scoring twice in the first half. Leverkusen were under siege for long spells after the break. The Gunners now lead their group by three points.",
    "",
    "hard_negative_sport",
)
C(
    "Boxing: heavyweight title fight ends in brutal knockout",
    "The champion knocked out his challenger in the ninth round of a bruising heavyweight fight in Riyadh. Both men were cut, and the challenger was taken to hospital as a precaution. 'It was a war in there,' the winner said.",
    "",
    "hard_negative_sport",
)
C(
    "Rugby: Ireland's defence holds firm in Paris battle",
    "Ireland's defence withstood a late French onslaught to win 24-21 in a bruising battle at the Stade de France. The visitors made more than 200 tackles. France's coach said his side had 'bombarded' the Irish line but lacked precision.",
    "",
    "hard_negative_sport",
)
C(
    "Fans clash after derby in Buenos Aires",
    "Rival supporters fought with sticks and stones outside the stadium after the Buenos Aires derby, and police used rubber bullets to separate them. Twenty people were arrested. The league said the club would play its next two matches without away fans.",
    "",
    "hard_negative_sport",
)
C(
    "Cricket: bowlers launch all-out assault on Australia",
    "India's fast bowlers launched an all-out assault on Australia's top order on the opening morning in Perth, reducing the hosts to 67 for 7. The captain said the team had 'gone to war' with short-pitched bowling.",
    "",
    "hard_negative_sport",
)
C(
    "Chess: defending champion survives attack in Game 7",
    "The defending world champion survived a fierce kingside attack in Game 7 and held a draw after six hours. His challenger sacrificed a knight early. The match is level with five games to play.",
    "",
    "hard_negative_sport",
)

# politics
C(
    "US: senators battle over defence bill",
    "Senators battled late into the night over the annual defence bill, with Republicans attacking a provision on military aid to Ukraine. The majority leader accused opponents of 'holding the troops hostage'. The bill passed 85-14 on Thursday.",
    "",
    "hard_negative_politics",
)
C(
    "UK: opposition launches attack on budget",
    "The opposition launched a blistering attack on the chancellor's budget, calling it 'a war on working families'. The chancellor said the plans would restore stability. MPs will vote on the measures next week.",
    "",
    "hard_negative_politics",
)
C(
    "Taiwan: lawmakers scuffle in parliament",
    "Lawmakers pushed, shoved and threw papers at each other in Taiwan's parliament during a debate over reforms that would expand its powers. Several legislators were taken to hospital with minor injuries. The bills passed after a second day of debate.",
    "",
    "hard_negative_politics",
)
C(
    "Kenya: president announces cabinet reshuffle after protests",
    "Kenya's president dismissed almost his entire cabinet following weeks of protests over tax increases. He said he would form a broad-based government. Opposition leaders welcomed the move but demanded accountability for the deaths of protesters in June.",
    "",
    "hard_negative_politics",
)
C(
    "France: government survives no-confidence vote",
    "The French government survived a no-confidence motion by 15 votes after the Socialists decided to abstain. The prime minister called it a battle won but not the war. The budget will now go to the Senate.",
    "",
    "hard_negative_politics",
)
C(
    "Mexico: president declares 'war on fentanyl' in speech",
    "Mexico's president declared a 'war on fentanyl' in her address to Congress, promising new laws against synthetic drugs and more laboratories to test seized substances. Critics said the rhetoric recalled failed past strategies.",
    "",
    "hard_negative_politics",
)

# economy
C(
    "Airlines launch price war on Gulf routes",
    "Low-cost carriers have launched a price war on routes between the Gulf and South Asia, with fares falling by a third since January. Analysts expect consolidation. 'It's a battle for survival,' one chief executive said.",
    "",
    "hard_negative_economy",
)
C(
    "Press release: defence contractor reports record orders",
    "FOR IMMEDIATE RELEASE – The company today reported record order intake of 14 billion euros for the first half of the year, driven by demand for artillery shells and air defence systems. Revenue rose 30%. The chief executive said capacity at the company's plants would double by 2027. ENDS.",
    "",
    "hard_negative_economy",
)
C(
    "Tech giants in AI arms race",
    "The largest technology companies will spend more than $300 billion on data centres this year as they race to dominate artificial intelligence, analysts estimate. One investor called it an arms race with no finish line. Shares of chipmakers rose.",
    "",
    "hard_negative_economy",
)
C(
    "Trade war: new tariffs hit Chinese electric vehicles",
    "The European Union imposed tariffs of up to 35% on electric vehicles made in China, escalating a trade war that Beijing warned would hurt both sides. China retaliated with an investigation into European pork imports. Carmakers said prices would rise.",
    "",
    "hard_negative_economy",
)
C(
    "UniCredit makes hostile bid for Banco BPM",
    "UniCredit launched a hostile takeover bid for Banco BPM worth 10 billion euros, catching the target's board off guard. The government said it would examine the deal. Shares of both banks rose in Milan.",
    "",
    "hard_negative_economy",
)
C(
    "Ukraine's economy grows despite war, central bank says",
    "Ukraine's economy grew by about 3% last year, the central bank said, helped by a strong harvest and exports through the Black Sea. It kept its key interest rate at 15.5%. Inflation is expected to slow in the second half of the year.",
    "",
    "hard_negative_economy",
)

# peaceful protest
C(
    "Live: climate march in London",
    "12:00 – Marchers gather at Hyde Park. 12:45 – Police estimate the crowd at 20,000. 14:10 – The march reaches Parliament Square with drums and banners. 15:30 – Organisers thank the police; no arrests were reported.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Argentina: pensioners march peacefully on Congress",
    "Thousands of pensioners marched to Congress in Buenos Aires on Wednesday to protest against cuts to their benefits. The demonstration passed without incident, police said. The pensioners have marched every Wednesday for months.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Serbia: students block bridges with silent vigil",
    "Students blocked three bridges over the Danube in Novi Sad for 24 hours with a silent vigil commemorating the victims of a railway station collapse. Participants held 15 minutes of silence at noon. Police did not intervene and the protest ended peacefully.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Farmers' tractors block roads into Brussels",
    "Hundreds of farmers drove tractors into Brussels and blocked roads around the European Parliament to protest against trade deals and red tape. They sprayed manure on the road and honked horns, but police reported no violence. Traffic was disrupted for hours.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Israel: hostage families form human chain in Tel Aviv",
    "Tens of thousands of Israelis formed a human chain through Tel Aviv to demand a deal to bring home the hostages held in Gaza. The protest was peaceful. Organisers said it was the largest gathering since the war began.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Climate activists glue themselves to motorway in Germany",
    "Climate activists glued themselves to a motorway near Munich during the morning rush hour, and police arrested 14 of them after removing them with solvent. No one was hurt. The group said it would continue its campaign of civil disobedience.",
    "",
    "hard_negative_protest_peaceful",
)

# peace
C(
    "Colombia: government and ELN resume peace talks in Caracas",
    "Colombia's government and the ELN rebel group resumed peace talks in Caracas on Monday after a four-month pause, with Cuba and Norway as guarantors. The negotiators said they would discuss a new ceasefire and the participation of civil society. No date was set for an agreement.",
    "",
    "hard_negative_peace",
)
