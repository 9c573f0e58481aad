"""dev58 items: Nigeria, Cameroon, Chad, Niger, Mali, Burkina Faso, Somalia, Kenya,
Mozambique, Sudan, South Sudan, Ethiopia, the DR Congo, Egypt and Libya as defence headquarters,
army and police spokesmen, ministries and state agencies report them (Nigeria's weekly Defence
Headquarters briefing, surrenders under the Borno Model, SONNA, SUNA and the RSF's Telegram
posts, EBC, AIB, RTN), with one item that holds numbers but no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "DHQ: troops neutralised 81 terrorists, rescued 97 hostages in a week",
    "Troops neutralised [[81 terrorists|killed;a=the Director of Defence Media Operations]], arrested [[164 suspects|arrested;a=the Director of Defence Media Operations]] and rescued [[97 kidnapped hostages|kidnapped;a=the Director of Defence Media Operations]] across the country in the past week, according to the Director of Defence Media Operations. "
    "They also recovered [[117 assorted weapons|other;a=the Director of Defence Media Operations]] and [[2,304 rounds of ammunition|other;n=rounds;u=other;a=the Director of Defence Media Operations]], he told journalists at the Defence Headquarters in Abuja. "
    "In the Niger Delta, troops destroyed [[31 illegal refining sites|other]]. "
    "Since {{January}}, troops have neutralised [[6,712 terrorists|killed;a=the Director of Defence Media Operations]], he said.",
)

F(
    "Borno: 312 Boko Haram fighters and their families surrender to troops",
    "[[312 Boko Haram fighters|combatants;a=the theatre command of Operation Hadin Kai]] and [[more than 900 of their wives and children|other;n=wives and children;a=the theatre command of Operation Hadin Kai]] surrendered to troops in Bama and Gwoza over the past {{two weeks}}, the theatre command of Operation Hadin Kai said in a statement. "
    "The fighters handed over [[43 AK-47 rifles|other;v=43]] and are being profiled at a transit centre in Maiduguri. "
    "The Borno State government says [[about 118,000 insurgents and their family members|other;n=insurgents and their family members;a=The Borno State government]] have come out of the bush since the Borno Model was launched in {{2021}}.",
)

F(
    "Zamfara police rescue 48 kidnapped victims, kill five bandits",
    "Police operatives rescued [[48 kidnapped victims|kidnapped;a=the Police Public Relations Officer, Zamfara State Command]], [[19 of them|kidnapped;n=-;a=the Police Public Relations Officer, Zamfara State Command]] women, and killed [[five bandits|killed;a=the Police Public Relations Officer, Zamfara State Command]] in a gun battle in Tsafe local government area, the Police Public Relations Officer, Zamfara State Command, said. "
    "[[One police officer|injured;a=the Police Public Relations Officer, Zamfara State Command]] sustained gunshot injuries and is receiving treatment, he said. "
    "The victims, abducted {{two weeks}} ago from Kucheri village, were held in a forest {{about 30 km}} away; their families had been asked for {{N50 million}}.",
)

F(
    "Niger State: gunmen abduct worshippers; police say 11 freed",
    "Gunmen stormed a church in Mariga local government area during a Sunday service and abducted [[39 worshippers|kidnapped;a=the Niger State Police Command]], the Niger State Police Command said. "
    "[[Eleven of them|kidnapped;n=-;a=the Niger State Police Command]] were freed on Tuesday in a joint operation with vigilantes, and [[two of the attackers|killed;a=the Niger State Police Command]] were killed, it said. "
    "Residents said [[at least 46 people|kidnapped;a=Residents]] had been taken by [[between 60 and 80 gunmen|combatants;a=Residents]] on motorcycles, among them the pastor and his {{12-year-old}} son.",
)

F(
    "Cameroon army says eight Boko Haram fighters killed near Mora",
    "Soldiers of {{Operation Emergence 4}} killed [[eight Boko Haram fighters|killed;a=Cameroon's Ministry of Defence]] and freed [[13 hostages|kidnapped;a=Cameroon's Ministry of Defence]], most of them women, near Mora in the Far North region, Cameroon's Ministry of Defence said in a statement read on state broadcaster CRTV. "
    "In the North-West region, the army said [[four separatist fighters|killed;a=the army]] had been neutralised in Batibo and [[two|arrested;a=the army]] captured, and that separatists had abducted [[nine students|kidnapped;a=the army]] from a school in Bamenda last week.",
)

F(
    "Malian army and JNIM give conflicting accounts of Boulkessi attack",
    "The Malian Armed Forces (FAMa) said [[about 20 terrorists|killed;a=The Malian Armed Forces (FAMa)]] had been neutralised and [[six soldiers|killed;a=The Malian Armed Forces (FAMa)]] killed when jihadists attacked the military camp in Boulkessi, held by [[about 400 soldiers|combatants;a=The Malian Armed Forces (FAMa)]], {{about 40 km}} from the border with Burkina Faso. "
    "JNIM, al-Qaeda's affiliate in the Sahel, said in a statement carried by its Az-Zallaqa media arm that its fighters had killed [[dozens of soldiers|killed;a=JNIM]] and seized [[16 vehicles|other;a=JNIM]]. "
    "Local officials told AFP that [[more than 30 soldiers|killed;a=Local officials]] had died.",
)

F(
    "Burkina army says more than 100 terrorists neutralised near Djibo",
    "The army and the Volunteers for the Defence of the Homeland (VDP) neutralised [[more than 100 terrorists|killed;a=the state-run Burkina Information Agency (AIB)]] in an offensive near Djibo, the state-run Burkina Information Agency (AIB) reported. "
    "A supply convoy of [[more than 200 trucks|aid;a=the state-run Burkina Information Agency (AIB)]] escorted by the army reached the town, under blockade for {{two years}}, it said. "
    "[[Four volunteers|killed;a=the AIB;alt=the state-run Burkina Information Agency (AIB)]] were killed in an ambush on the convoy's return journey, the AIB said.",
)

F(
    "Somali army says 47 al-Shabaab militants killed in Middle Shabelle",
    "The Somali National Army, with international partners, killed [[47 al-Shabaab militants|killed;a=the state news agency SONNA]], including [[three commanders|killed;a=the state news agency SONNA]], and freed [[six hostages|kidnapped;a=the state news agency SONNA]] in an operation near Adan Yabaal, the state news agency SONNA reported. "
    "The US Africa Command said it had conducted an air strike in the area that killed [[an estimated 12 al-Shabaab fighters|killed;a=The US Africa Command]], and that no civilians were harmed. "
    "Troops of the army's {{27th Division}} recovered [[14 rifles|other]] and [[two technicals|other]].",
)

F(
    "KDF says four al-Shabaab militants killed in Boni forest",
    "Kenya Defence Forces soldiers killed [[four al-Shabaab militants|killed;a=the KDF spokesperson]] and recovered [[three G3 rifles|other;a=the KDF spokesperson]] during an operation in the Boni forest in Lamu County, the KDF spokesperson said. "
    "The operation followed a roadside bomb attack on the Lamu-Kiunga road that killed [[two police officers|killed]] on {{4 June}}. "
    "Security officials say [[about 600 al-Shabaab fighters|combatants;a=Security officials]] operate in the forest.",
)

F(
    "Rwandan troops kill 11 insurgents in Ancuabe, RDF says",
    "The Rwanda Defence Force (RDF) said its troops, with Mozambican forces, had killed [[11 insurgents|killed;a=The Rwanda Defence Force (RDF)]] and rescued [[23 abducted children|kidnapped;a=The Rwanda Defence Force (RDF)]] in Ancuabe district of Cabo Delgado. "
    "Mozambique's disaster management institute (INGD) counted [[about 6,800 people|displaced;a=Mozambique's disaster management institute (INGD)]] displaced from [[14 villages|other;a=Mozambique's disaster management institute (INGD)]] in the district in {{two weeks}}.",
)

F(
    "Sudanese army and RSF trade claims over Babanusa",
    "The Sudanese army said it had repelled an attack on the {{22nd Infantry Division}} base in Babanusa, killing [[hundreds of militia members|killed;a=The Sudanese army]] and destroying [[43 combat vehicles|other;a=The Sudanese army]], the Sudan News Agency (SUNA) reported. "
    "The Rapid Support Forces said in a Telegram post that [[thousands of its fighters|combatants;a=The Rapid Support Forces]] had taken the base and captured [[more than 1,200 soldiers and allied fighters|arrested;n=soldiers and allied fighters;a=The Rapid Support Forces]]. "
    "Neither claim could be verified. "
    "The state's humanitarian aid commissioner said [[about 22,000 people|displaced;a=The state's humanitarian aid commissioner]] had fled the town.",
)

F(
    "Saudi Arabia says it has evacuated 4,316 people from Sudan",
    "The Kingdom has evacuated [[4,316 people|displaced;a=the Saudi Press Agency]] from Sudan since {{22 April}} on navy ships and military aircraft, the Saudi Press Agency reported, citing the foreign ministry. "
    "They include [[287 Saudi citizens|displaced]] and [[4,029 foreign nationals|displaced]] from [[96 countries|other;u=other]], who were taken from Port Sudan to Jeddah. "
    "The ministry expects [[about 1,700 more evacuees|displaced;p;a=The ministry;alt=the foreign ministry]] to arrive in Jeddah on Friday.",
)

F(
    "RSF drones hit Kosti power station, SUNA says",
    "Drones launched by the Rapid Support Forces militia struck the power station in Kosti at about {{04:00}}, killing [[two workers|killed;a=the Sudan News Agency (SUNA)]] and injuring [[five|injured;a=the Sudan News Agency (SUNA)]], the Sudan News Agency (SUNA) reported. "
    "The Sudanese Electricity Holding Company said the strike had cut power to [[about 1.3 million people|civilians;a=The Sudanese Electricity Holding Company]] in White Nile state. "
    "Air defences shot down [[11 drones|other;a=a military source]] over the city, a military source said.",
)

F(
    "Ethiopian state media says over 300 Fano extremists killed in Amhara",
    "The Ethiopian National Defence Force killed [[over 300 Fano extremists|killed;a=the state-run Ethiopian Broadcasting Corporation (EBC)]] and captured [[74|arrested;a=the state-run Ethiopian Broadcasting Corporation (EBC)]] in operations in North Gondar and Gojjam over {{10 days}}, the state-run Ethiopian Broadcasting Corporation (EBC) reported, quoting the regional command post. "
    "A Fano spokesman said its fighters had seized [[two towns|other;u=other;a=A Fano spokesman]] and captured [[dozens of soldiers|arrested;a=A Fano spokesman]].",
)

F(
    "FARDC says 31 M23 rebels killed in Masisi fighting",
    "The Armed Forces of the Democratic Republic of Congo (FARDC) said [[31 M23 rebels|killed;a=The Armed Forces of the Democratic Republic of Congo (FARDC)]] had been killed and [[two Rwandan soldiers|arrested;a=The Armed Forces of the Democratic Republic of Congo (FARDC)]] captured in fighting in Masisi territory, in the {{34th Military Region}}. "
    "The {{M23-led}} Alliance Fleuve Congo (AFC) said it had repelled the attack and that [[about 90 FARDC and Wazalendo fighters|combatants;a=The M23-led Alliance Fleuve Congo (AFC)]] had surrendered with their weapons. "
    "The provincial government said [[about 6,000 people|displaced;a=The provincial government]] had fled towards Minova.",
)

F(
    "Chad says 34 soldiers killed in Boko Haram attack on island base",
    "[[Thirty-four soldiers|killed;a=the government spokesman]] were killed and [[about 20|injured;a=the government spokesman]] wounded when Boko Haram fighters attacked a base on an island in the Lake Chad area on {{3 November}}, the government spokesman said on national television. "
    "A week later the army said it had killed [[78 assailants|killed;a=the army]] and recovered [[four boats|other;a=the army]] and [[52 weapons|other;a=the army]] in a counter-offensive.",
)

F(
    "Egyptian military spokesman says 19 takfiri elements killed in North Sinai",
    "Armed forces killed [[19 takfiri elements|killed;a=the military spokesman]] and arrested [[27 suspects|arrested;a=the military spokesman]] in North Sinai as part of {{Comprehensive Operation Sinai 2018}}, the military spokesman said in a statement on Facebook. "
    "Troops seized [[seven four-wheel-drive vehicles|other;v=7;a=the military spokesman]] and destroyed [[14 tunnels|other;u=structure;a=the military spokesman]] near the border, it said. "
    "[[Two officers|killed]] were killed and [[five conscripts|injured]] wounded.",
)

F(
    "Tripoli clashes kill 27, emergency centre says",
    "Clashes between the {{444 Brigade}} and the Radaa force in Tripoli killed [[27 people|killed;a=the Emergency Medicine Centre]], [[six of them|killed;n=-;a=the Emergency Medicine Centre]] civilians, and injured [[106|injured;a=the Emergency Medicine Centre]], the Emergency Medicine Centre said. "
    "The Libyan Red Crescent said it had evacuated [[43 families|displaced;a=The Libyan Red Crescent]] from Ain Zara. "
    "Flights at Mitiga airport were suspended for {{18 hours}}.",
)

F(
    "Air strikes destroy four gun trucks in Sambisa, NAF says",
    "The air component of Operation Hadin Kai destroyed [[four gun trucks|other;a=the NAF's Director of Public Relations and Information]] and killed [[dozens of ISWAP terrorists|killed;a=the NAF's Director of Public Relations and Information]] in strikes on a gathering in the Sambisa forest, the NAF's Director of Public Relations and Information said. "
    "The strikes were carried out by {{A-29}} Super Tucano aircraft. "
    "They followed an attack on a base in Marte in which [[five soldiers|killed;a=military sources]] were killed and [[about 40 farmers|kidnapped;a=military sources]] abducted, military sources told Reuters.",
)

F(
    "Borno moves 3,120 displaced households back to Kirawa",
    "The Borno State government resettled [[3,120 households|returned]] in Kirawa, near the border with Cameroon, on Saturday, moving them from camps in Maiduguri and Pulka. "
    "The state's reconstruction agency said it had built [[1,500 houses|housing;a=The state's reconstruction agency]] in the town, and each household received {{N100,000}} and food. "
    "[[About 1.7 million people|displaced;a=the governor]] remain displaced across the state, the governor said.",
)

F(
    "Niger says 17 soldiers killed, about 100 terrorists neutralised near Tahoua",
    "[[Seventeen soldiers|killed;a=Niger's Defence Ministry]] were killed and [[20|injured;a=Niger's Defence Ministry]] wounded in an ambush near Tassia, {{about 60 km}} from the Malian border, Niger's Defence Ministry said in a statement read on state television RTN. "
    "In the counter-offensive, [[about 100 terrorists|killed;a=Niger's Defence Ministry]] were neutralised and [[about 30 motorcycles|other;a=Niger's Defence Ministry]] destroyed, it said.",
)

F(
    "Puntland forces capture 18 foreign IS fighters in Cal Miskaad mountains",
    "Puntland Defence Forces captured [[18 foreign fighters of the Islamic State group|arrested;n=fighters;a=the Puntland information minister]] and killed [[74 militants|killed;a=the Puntland information minister]] in the Cal Miskaad mountains, the Puntland information minister said. "
    "Puntland's government said [[11 of its soldiers|killed;a=Puntland's government]] had died since the offensive began on {{31 December}}.",
)

F(
    "SSPDF says 24 White Army fighters killed near Nasir",
    "The South Sudan People's Defence Forces (SSPDF) said [[24 White Army fighters|killed;a=The South Sudan People's Defence Forces (SSPDF)]] had been killed when they attacked its positions near Nasir in Upper Nile state on {{4 March}}. "
    "The SPLM-IO said government air strikes had killed [[at least 17 civilians|killed;a=The SPLM-IO]]. "
    "The Relief and Rehabilitation Commission said [[about 58,000 people|displaced;a=The Relief and Rehabilitation Commission]] had fled, [[some 10,000 of them|displaced;n=-;a=The Relief and Rehabilitation Commission]] into Ethiopia's Gambella region.",
)

F(
    "Troops rescue seven kidnapped victims and recover rustled cattle in Benue",
    "Troops of {{Sector 3}} of Operation Whirl Stroke arrested [[12 suspected militiamen|arrested;a=the force's media information officer]], rescued [[seven kidnapped victims|kidnapped;a=the force's media information officer]] and recovered [[about 400 rustled cattle|other;a=the force's media information officer]] in Guma and Logo, the force's media information officer said. "
    "[[Two herders|killed]] were killed in the clash that followed.",
)

F(
    "Niger governor imposes curfew and motorcycle ban in Tillabéri",
    "The governor of Tillabéri region imposed a curfew from {{22:00}} to {{06:00}} and banned motorcycles across the region for {{three months}}, under decree {{2024-117}}, state television RTN reported. "
    "Offenders face a fine of {{500,000 CFA francs}}, and the measures will be reviewed on {{15 March}}.",
)

F(
    "FARDC says ADF rebels killed 38 civilians in Lubero",
    "ADF rebels killed [[at least 38 civilians|killed;a=the army spokesman for the Sokola 1 operation]] with machetes and abducted [[between 20 and 30 people|kidnapped;a=the army spokesman for the Sokola 1 operation]] in villages of Lubero territory overnight, the army spokesman for the {{Sokola 1}} operation said. "
    "[[Seven of the abductees|kidnapped;a=the local civil society coordinator]] escaped and reached Manguredjipa on Tuesday, the local civil society coordinator said. "
    "The territory's administrator said [[about 1,500 households|displaced;a=The territory's administrator]] had fled towards Butembo.",
)

F(
    "Sudanese army says RSF massing fighters around El Obeid",
    "The Rapid Support Forces have massed [[3,000-4,000 fighters|combatants;a=the army's 5th Infantry Division]] and [[about 200 combat vehicles|other;a=the army's 5th Infantry Division]] west of El Obeid, the army's {{5th Infantry Division}} said in a statement carried by SUNA. "
    "An RSF drone struck a funeral in the city on Sunday, killing [[12 people|killed;a=the North Kordofan health ministry]] and wounding [[23|injured;a=the North Kordofan health ministry]], the North Kordofan health ministry said. "
    "[[About 7,000 people|displaced]] have fled villages on the city's western edge this month.",
)
