"""dev109 hard negatives: sport, crime and disasters; several carry war headlines in their
furniture (Related, Most viewed, Keep reading), which do not make them conflict."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Sudakov strikes late as Shakhtar edge Brest to revive Champions League hopes in "
        "Gelsenkirchen",
        "Shakhtar Donetsk 2-1 Brest Georgiy Sudakov’s 87th-minute winner gives the "
        "Ukrainian champions their first points of the league phase Alex Brennan at the "
        "Veltins-Arena Wed 6 Nov 2024 22.11 GMT Shakhtar Donetsk are still playing their "
        "European home games 2,000 kilometres from home, but for 90 minutes in Gelsenkirchen "
        "it felt like Donbas. Several thousand Ukrainians, many of whom fled to Germany after "
        "Russia’s full-scale invasion, waved blue and yellow flags from the first whistle "
        "and did not stop singing even when Brest took the lead through Mahdi Camara’s "
        "header on the half-hour. Marino Pušić’s side pressed higher after the break, and "
        "Danylo Sikan equalised with a low shot after Brest’s defence failed to clear a "
        "corner. Related: Missile strike on Poltava military academy kills dozens, Ukraine "
        "says With three minutes left, Sudakov picked the ball up 25 yards out, took one "
        "touch and curled it into the top corner, sending the away end, which was mostly "
        "Ukrainian too, into delirium. Brest, who had won their first three games, pushed "
        "bodies forward but Dmytro Riznyk saved well from Ludovic Ajorque in stoppage time. "
        "“Our players know what these games mean to people at home,” Pušić said. "
        "“They watch in shelters, in the army, abroad. We play for them.” Shakhtar have "
        "not played in Donetsk since 2014 and have been based in Kyiv since the invasion. "
        "Georgiy Sudakov celebrates scoring Shakhtar’s winner. Photograph: Ina "
        "Fassbender/AFP/Getty Images Explore more on these topics Champions League Shakhtar "
        "Donetsk Brest Football",
        "sport",
    ),
    (
        "IPL 2023: Gill ton and Shami burst power Gujarat Titans into final",
        "TOI Sports Desk / Updated: May 27, 2023, 00:14 IST AHMEDABAD: Shubman Gill's "
        "blistering 129 off 60 balls and a fiery new-ball spell from Mohammed Shami powered "
        "Gujarat Titans to a 62-run win over Mumbai Indians in the second qualifier at the "
        "Narendra Modi Stadium on Friday, setting up a title clash with Chennai Super Kings. "
        "Gill, who hit ten sixes, launched a brutal attack on the Mumbai bowlers after a rain "
        "delay, taking 26 runs off one over from Akash Madhwal. Mumbai's chase never "
        "recovered from the early blows as Shami removed Ishan Kishan and Rohit Sharma inside "
        "the powerplay. Suryakumar Yadav kept the fight going with a 38-ball 61, but once he "
        'was bowled by Mohit Sharma the innings collapsed. "We wanted to take the game away '
        'from them in the first ten overs and Shubman just killed it," skipper Hardik Pandya '
        "said at the presentation. Mohit finished with figures of 5 for 10, the best of the "
        "season. Top Trending Manipur: Mob torches houses in Imphal East, security forces "
        "fire tear gas Gold price today: Yellow metal slips Rs 200 in Delhi Monsoon likely to "
        "hit Kerala by June 4: IMD Chennai and Gujarat meet in the final on Sunday, a repeat "
        "of the season opener, which the Titans won by five wickets.",
        "sport",
    ),
    (
        "Afcon 2023: Mali ease past Burkina Faso to reach quarter-finals",
        "Published 30 January 2024 Share Image caption, Lassine Sinayoko scored Mali's second "
        "goal in Korhogo Mali 2-1 Burkina Faso Mali beat their Sahel neighbours Burkina Faso "
        "to set up an Africa Cup of Nations quarter-final against hosts Ivory Coast. Burkina "
        "Faso defender Edmond Tapsoba turned the ball into his own net in the third minute "
        "under pressure from Hamari Traoré. Lassine Sinayoko doubled the lead just after the "
        "interval with a close-range finish from Kamory Doumbia's cross. Bertrand Traoré "
        "pulled one back from the penalty spot with 20 minutes left after a foul on Cyriaque "
        "Irié, but Mali's defence held firm in the closing stages. Both countries are ruled "
        "by military governments that have fallen out with neighbouring states and Western "
        "partners, and the match had been billed in the local press as a derby between "
        "allies. Burkina Faso coach Hubert Velud said his players had given everything for a "
        'country that "has been through a lot". Mali coach Eric Chelle said: "We are happy '
        'but we have not won anything yet. The quarter-final will be a battle." Mali, who '
        "have never won the tournament, face Ivory Coast in Bouaké on Saturday. Related "
        "Topics Africa Cup of Nations Football",
        "sport",
    ),
    (
        "Judge homers twice, Cole fans 11 as Yankees sweep Red Sox",
        "NEW YORK (AP) — Aaron Judge hit two home runs, Gerrit Cole struck out 11 in seven "
        "innings and the New York Yankees beat the Boston Red Sox 6-2 on Sunday night to "
        "complete a three-game sweep. Judge drove a 96 mph fastball from Brayan Bello into "
        "the second deck in left field in the first inning and added a two-run shot to "
        "straight-away center in the sixth, giving him 24 homers for the season. Cole allowed "
        "two runs and four hits, both runs coming on Rafael Devers' homer in the fourth, and "
        'walked one. "He was attacking the zone all night," Yankees manager Aaron Boone said. '
        '"That\'s the guy we need down the stretch." The Red Sox, who have lost six of eight, '
        "stranded nine runners and went 1 for 10 with runners in scoring position. Boston "
        'manager Alex Cora said his hitters had been "killing themselves" by chasing pitches '
        "out of the zone. The Yankees moved three games ahead of Baltimore in the AL East. UP "
        "NEXT Red Sox: Open a series at Toronto on Tuesday. Yankees: Host the Angels on "
        "Monday. ___ AP MLB coverage",
        "sport",
    ),
    (
        "Six Nations: Ireland survive French onslaught in Marseille to keep Grand Slam hopes alive",
        "Issued on: 02/02/2024 - 23:41 Ireland withstood a ferocious second-half assault from "
        "France to win 38-17 at the Stade Vélodrome on Friday, a result that leaves the "
        "defending champions on course for a second consecutive Grand Slam. Jamison "
        "Gibson-Park's early try and the boot of Jack Crowley gave the visitors a 17-3 lead "
        "by the interval, with France reduced to 14 men after lock Paul Willemse was sent off "
        "for two yellow cards. Les Bleus came out fighting after the break and Damian "
        "Penaud's try cut the gap to seven points, but Ireland's defence, marshalled by Andy "
        "Farrell's assistant Simon Easterby, repelled wave after wave of attacks. Tadhg "
        "Beirne and Dan Sheehan then crossed in the final quarter to put the game beyond "
        "France. Advertising French coach Fabien Galthié admitted his side had been beaten "
        'by "a better team tonight" and said the red card had changed the battle. "We lost '
        'the war of the collisions in the first half," he told France 2. Irish captain Peter '
        "O'Mahony said his side were happy but knew \"the next one is a different kind of "
        'test". France travel to Edinburgh to face Scotland in round two, while Ireland host '
        "Italy in Dublin. Read more Rugby World Cup: how France's dream ended against South "
        "Africa",
        "sport",
    ),
    (
        "Afghanistan stun Pakistan by eight wickets in Chennai for historic World Cup win",
        "Afghanistan recorded their first-ever One-day International victory over Pakistan on "
        "Monday, chasing down a target of 283 with eight wickets and six balls to spare in a "
        "World Cup match at the M.A. Chidambaram Stadium. Openers Rahmanullah Gurbaz and "
        "Ibrahim Zadran put on 130 for the first wicket, and Rahmat Shah and skipper "
        "Hashmatullah Shahidi then took the side home with an unbroken partnership of 96. "
        "Pakistan had earlier posted 282 for seven, built on half-centuries from Babar Azam "
        "and Abdullah Shafique, but their bowlers struggled for wickets on a slow pitch. Noor "
        "Ahmad, the 18-year-old left-arm wrist spinner, took three for 49 on his World Cup "
        "debut. Several of Afghanistan's players learnt the game in refugee camps on the "
        "outskirts of Peshawar after their families fled the wars of the 1980s and 1990s, and "
        "the team's rise has become one of the sport's great stories. \"We play for our "
        "people, who don't have much to smile about,\" Shahidi said. Pakistan captain Babar "
        'Azam said his side had been "poor in all three departments" and that the defeat '
        "would hurt. The loss leaves Pakistan fifth in the table with two wins from five "
        "games.",
        "sport",
    ),
    (
        "Four killed, seven wounded in shooting at graduation party in Memphis suburb, police say",
        "BARTLETT, Tenn. (AP) — Four people were killed and seven others wounded early "
        "Sunday when gunfire erupted at a high school graduation party at a rented house in a "
        "Memphis suburb, police said. Officers called to the house shortly after 1 a.m. found "
        "dozens of young people running from the backyard and several victims on the lawn, "
        "Bartlett Police Chief Jackie Bennett said. Three of the dead were teenagers and one "
        "was a 21-year-old man, the chief said. Investigators believe an argument between two "
        "groups of partygoers escalated and at least two people opened fire, Bennett said at "
        "a news conference, adding that there was no indication of any wider threat to the "
        "public. Police recovered more than 40 shell casings from the scene. No arrests had "
        "been made by Sunday afternoon, and police asked anyone with video of the party to "
        'come forward. "These were kids celebrating the end of school," Mayor David Parsons '
        'said. "Now four families are planning funerals." The shooting is the third in the '
        "Memphis area this month in which four or more people were shot. ___ This story has "
        "been updated to correct the name of the police chief.",
        "crime",
    ),
    (
        "Delhi: Gang that looted ATMs with gas cutters busted after chase, 5 held",
        "TNN / Updated: Feb 14, 2024, 07:05 IST NEW DELHI: Delhi Police have arrested five "
        "members of an inter-state gang that allegedly cut open at least 19 ATMs in Delhi, "
        "Haryana and Rajasthan with gas cutters and decamped with more than Rs 1.4 crore, "
        "officials said on Tuesday. The accused were nabbed after a brief chase near "
        "Najafgarh in the early hours of Monday, when a patrol team spotted their car parked "
        "near an ATM kiosk with its shutter half down. One of the accused fired at the team "
        "with a country-made pistol during the chase but no one was injured, DCP (Dwarka) "
        "Ankit Singh said. Police recovered two gas cylinders, a cutter, four pistols and Rs "
        "6.2 lakh in cash from the car. The gang, led by a man from Mewat in Haryana, usually "
        'targeted ATMs on highways between 2 am and 4 am, the DCP said. "They would spray '
        'black paint on CCTV cameras and finish the job in under 15 minutes," he said. A case '
        "has been registered and further investigation is under way. Also Read Jammu and "
        "Kashmir: Two terrorists killed in encounter in Kupwara Valentine's Day: Florists see "
        "record sales in Connaught Place",
        "crime",
    ),
    (
        "Ecuador seizes record 22 tonnes of cocaine hidden in banana shipment",
        "QUITO, Jan 3 (Reuters) - Ecuadorean police and the navy seized 22 tonnes of cocaine "
        "hidden in a banana shipment bound for Belgium at a port in the city of Guayaquil, "
        "the largest single seizure in the country's history, officials said on Tuesday. The "
        "drugs were found packed among boxes of fruit in 30 shipping containers after sniffer "
        "dogs alerted officers during a routine inspection, police chief César Zapata told "
        "reporters. Twelve people, including two port employees, were arrested. Authorities "
        "said the shipment had been organised by a local gang working with a Balkan "
        "trafficking network. The seizure comes as President Daniel Noboa has vowed to crack "
        "down on drug gangs that have made Ecuador, once one of the region's most peaceful "
        "countries, a major transit hub for cocaine produced in neighbouring Colombia and "
        "Peru. Ecuador's banana exporters association said the industry was being unfairly "
        "hurt by traffickers who hide drugs in legitimate cargo, and called for more scanners "
        "at the ports. Belgian customs said they had been informed of the seizure. (Reporting "
        "by Sofía Merino; Additional reporting by Tomás Ávila in Guayaquil; Editing by "
        "Laura Stanford)",
        "crime",
    ),
    (
        "Police arrest 7-member kidnap gang terrorising Abuja estates, rescue two victims",
        "By Chinedu Okafor The Federal Capital Territory Police Command says it has arrested "
        "seven suspected members of a kidnapping gang that abducted residents of housing "
        "estates on the outskirts of Abuja and demanded ransoms from their families. The "
        "police spokesperson in the FCT, Josephine Adeh, said in a statement on Sunday that "
        "operatives of the command's anti-kidnapping unit raided the gang's hideout in a "
        "forest near Kuje after tracking their phone calls. Two victims, a businessman and "
        "his 12-year-old son who had been held for nine days, were rescued unhurt, she said. "
        "The suspects allegedly collected more than N50 million in ransom payments from at "
        "least six families between March and June. Ms Adeh said the gang had posed as "
        "commercial motorcycle riders to study their victims' movements. Items recovered from "
        "the suspects include two locally-made pistols, a pump-action gun, 17 live cartridges "
        "and several mobile phones. The police commissioner urged residents to report "
        "suspicious movements around their estates. The suspects will be charged to court at "
        "the end of investigations, the statement said. Support PREMIUM TIMES' journalism of "
        "integrity and credibility",
        "crime",
    ),
    (
        "Man found guilty of murdering delivery driver in Leeds over parking dispute",
        "Jury convicts Gareth Lowe, 41, who stabbed Amir Hassan after row outside takeaway, "
        "as family say ‘justice has been done’ Rachel Moore North of England "
        "correspondent Thu 14 Mar 2024 16.32 GMT A man has been found guilty of murdering a "
        "delivery driver who was stabbed during an argument about a parked moped outside a "
        "takeaway in Leeds. Gareth Lowe, 41, stabbed Amir Hassan, 29, three times in the "
        "chest on the evening of 6 September last year after the father of two asked him to "
        "move his car, Leeds crown court heard. CCTV footage shown to the jury showed Lowe "
        "returning to his car to fetch a kitchen knife before attacking Hassan, who died at "
        "the scene. Lowe, who had denied murder and claimed he acted in self-defence, showed "
        "no emotion as the verdict was read out. Hassan’s brother, Bilal, said outside "
        "court that the family had “lost a kind, funny and hard-working man for nothing”. "
        "Judge Guy Kearl KC adjourned sentencing until April and warned Lowe he faced a life "
        "term. Most viewed Gaza: Israeli strikes kill at least 30 as aid trucks wait at Rafah "
        "crossing Spring equinox: why the clocks have not changed yet The best budget "
        "headphones, tested West Yorkshire police said it was one of more than 200 "
        "knife-related murders in England and Wales in the year to March 2023.",
        "crime",
    ),
    (
        "Three suspects killed in shootout with police after cash-in-transit heist on N1",
        "Updated 21 August 2023 5 min read Three suspected cash-in-transit robbers were shot "
        "dead in a shootout with police near Midrand on Monday afternoon, hours after an "
        "armoured vehicle was bombed on the N1 south of Pretoria, police said. The gang, "
        "armed with AK-47 rifles, blew open the vehicle with explosives and made off with an "
        "undisclosed amount of cash, leaving two security guards wounded, according to police "
        "spokesperson Brigadier Athlenda Mathe. Police and private security officers tracked "
        "the suspects to a house in Ebony Park, where they opened fire when officers "
        "approached, she said. Three men died at the scene, and two others were arrested as "
        "they tried to flee over a wall. Police recovered three rifles, two pistols and bags "
        "of cash. The Directorate for Priority Crime Investigation, known as the Hawks, has "
        "taken over the case. South Africa recorded 120 cash-in-transit robberies in the "
        "first quarter of the year, according to police statistics. The security industry "
        "regulator has called for armoured vehicles to be fitted with better tracking "
        "devices. News24 Subscribe to News24 for unlimited access to our award-winning "
        "journalism.",
        "crime",
    ),
    (
        "Flood-hit families in Dadu await relief as Indus swells; army evacuates villages",
        "HYDERABAD: Thousands of families stranded by floodwater in Dadu district have been "
        "waiting for days for tents and food, as the swollen Indus threatens more villages "
        "along its right bank, officials and residents said on Monday. Army troops and "
        "Pakistan Navy boats evacuated around 2,000 people from low-lying villages near "
        "Khairpur Nathan Shah overnight, an ISPR statement said. The provincial disaster "
        "management authority said more than 400,000 people in the district had been "
        "displaced since the start of the monsoon, most of them living in roadside camps and "
        "schools. Residents of a camp on the Indus Highway complained that they had received "
        "only one bag of flour in a week. “We are sitting on the road with our cattle and "
        "children under the open sky,” said Ghulam Rasool, a farmer from Johi. Sindh Chief "
        "Minister Murad Ali Shah said the government was doing everything possible and "
        "appealed for more help from federal and international agencies. The National "
        "Disaster Management Authority says the floods have killed more than 1,100 people "
        "across Pakistan since mid-June. Header image: Flood victims wade through water in "
        "Dadu on Monday. — AFP Published in Dawn, September 6th, 2022",
        "disaster",
    ),
    (
        "Japan quake: Death toll in Ishikawa rises to 84 as SDF reaches isolated towns",
        "TOKYO (Kyodo) -- The death toll from the magnitude 7.6 earthquake that struck the "
        "Noto Peninsula on New Year's Day rose to 84 on Thursday, as Self-Defense Forces "
        "personnel reached isolated communities cut off by landslides and collapsed roads. "
        "More than 33,000 people are staying at evacuation centers across Ishikawa "
        "Prefecture, many without running water or heating, the prefectural government said. "
        "Prime Minister Fumio Kishida said the government would increase the number of SDF "
        "troops deployed to the area to 4,600 and use helicopters to deliver supplies to "
        "about 20 villages that cannot be reached by road. In the city of Wajima, where a "
        "fire destroyed about 200 buildings in the historic morning market district, search "
        "teams were still looking for people believed to be trapped under collapsed houses. "
        "The Japan Meteorological Agency warned of more aftershocks and heavy snow over the "
        "weekend, raising the risk of further landslides. Nearly 180 people remained "
        "unaccounted for, according to local governments. (Kyodo) Related coverage: Japan's "
        "New Year sumo tournament to go ahead as planned",
        "disaster",
    ),
    (
        "Cyclone Freddy: Malawi death toll passes 400 as survivors shelter in schools",
        "Published 17 March 2023 Image caption, Residents of Blantyre search for missing "
        "relatives after mudslides buried homes By Chikondi Banda BBC News, Blantyre The "
        "number of people killed by Cyclone Freddy in Malawi has risen to 447, with more than "
        "280 still missing, the government says. The storm dumped six months' worth of rain "
        "in six days on the south of the country, triggering floods and mudslides that swept "
        "away entire neighbourhoods of the commercial hub, Blantyre. More than 345,000 people "
        "have been displaced and are living in about 500 camps, many of them in schools, "
        "according to the Department of Disaster Management Affairs. Soldiers and police are "
        "helping with the search for survivors, but many roads remain impassable. President "
        "Lazarus Chakwera has declared 14 days of national mourning and appealed for "
        "international help, saying the country had run out of resources. The cyclone is one "
        "of the longest-lasting on record, having crossed the Indian Ocean twice since it "
        "formed off Australia in early February. Aid agencies have warned of a rise in "
        "cholera cases in the camps, at a time when Malawi is already battling its worst "
        "outbreak of the disease in its history. Related Topics Malawi Cyclones",
        "disaster",
    ),
    (
        "National Guard delivers water to cut-off mountain towns as Helene death toll climbs",
        "ASHEVILLE, N.C. (AP) — National Guard helicopters dropped water, food and medicine "
        "to cut-off mountain communities in western North Carolina on Tuesday as the death "
        "toll from Hurricane Helene rose above 160 across six states, making it the deadliest "
        "mainland U.S. hurricane since Katrina. In Buncombe County alone, 57 people have "
        "died, officials said, and hundreds of people were still unaccounted for because of "
        'downed cell towers and washed-out roads. "People are going to need help for months, '
        'not days," Gov. Roy Cooper said at a briefing in Raleigh. About 1,000 North Carolina '
        "National Guard troops have been deployed, along with active-duty soldiers from Fort "
        "Liberty, to help clear roads and deliver supplies. In Asheville, residents lined up "
        "for hours at fire stations to fill jugs with water, and the city said it could take "
        "weeks to repair the water system. President Joe Biden said he would visit the region "
        "on Wednesday. Helene made landfall in Florida's Big Bend region as a Category 4 "
        "storm last Thursday before sweeping north. Associated Press writers Marisol Ortega "
        "in Raleigh and Dan Whitfield in Atlanta contributed to this report.",
        "disaster",
    ),
    (
        "Derna floods: Rescuers search for thousands missing after dams burst in eastern Libya",
        "Aid teams struggle to reach the devastated city as rival governments scramble to "
        "coordinate the response. Published On 13 Sep 2023 13 Sep 2023 Rescue teams are "
        "digging through mud and debris in search of thousands of people missing in the "
        "eastern Libyan city of Derna, after two dams collapsed during Storm Daniel and sent "
        "a wall of water through the city centre. Officials in the east said on Wednesday "
        "that more than 5,300 people had been confirmed dead and at least 10,000 were "
        "missing, while the Red Crescent said about 30,000 people had been displaced. The "
        "floodwaters swept entire neighbourhoods into the sea, and bodies were still washing "
        "up on beaches, witnesses said. Keep reading list of 3 items list 1 of 3 Sudan's army "
        "chief addresses UN as fighting rages in Khartoum list 2 of 3 Morocco earthquake: "
        "villagers bury their dead in the Atlas list 3 of 3 Photos: Storm Daniel batters "
        "Greece end of list Libya has been divided since 2014 between rival administrations "
        "in the east and the west, and engineers had warned for years that the dams needed "
        "urgent repairs. The Tripoli-based government sent planes carrying medical teams and "
        "body bags, and Egypt, Turkey and the UAE sent rescue teams. Source: Al Jazeera and "
        "news agencies",
        "disaster",
    ),
]
