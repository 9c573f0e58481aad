"""eval/dev28 positives: the Middle East and Asia, first half.
Whole articles; see labels.py for P and N.
"""

from labels import P

ARTICLES = [
    P(
        "No tawjihi for Gaza: a year without final exams",
        "For the first time in decades, no secondary school student in Gaza will sit the "
        "tawjihi, the final exam that decides who goes to university, the Palestinian "
        "education ministry in Ramallah said on Sunday. About 39,000 students had been "
        "registered to take it this summer. The ministry said it was looking at ways to "
        'let them sit the exam later, possibly online or abroad. "A whole generation is '
        'losing its future," said the education minister. Parents say the loss of a '
        'school year weighs on families already struggling to find food and water. "My '
        'daughter wanted to study medicine in Cairo," said a father who now lives in a '
        'tent in Deir al-Balah with eleven relatives. "She still reads her chemistry book '
        'at night, by the light of a phone." Some students have joined online classes '
        "organised by teachers abroad, but electricity and internet connections are "
        "scarce, and many families have sold their phones to buy food. Psychologists "
        "working with aid groups say children show signs of severe stress, including "
        "nightmares and bed-wetting, and that schooling, even informal, helps them cope. "
        "Most of Gaza's school buildings are now used as shelters for displaced families. "
        "On Saturday, one of them was hit. An Israeli air strike struck a UN-run school "
        "in Nuseirat, in central Gaza, where thousands of displaced people were "
        "sheltering, killing at least 30 people, according to the civil defence agency "
        "and doctors at the nearby al-Awda hospital. Witnesses said the strike hit "
        "classrooms on the upper floor where families were sleeping. The Israeli military "
        'said it had carried out a "precise strike" on Hamas militants operating from '
        "inside the school compound, and accused the group of using civilian buildings. "
        "Hamas denied the claim. The UN agency for Palestinian refugees, which runs the "
        "school, said more than 180 of its installations had been hit since the war "
        "began. Aid agencies say food, water and medicine remain scarce and that the "
        "shelters are overcrowded, with disease spreading. Ceasefire talks mediated by "
        "Qatar and Egypt have stalled. Education officials said some teachers were "
        "running informal classes in tents, with volunteers teaching reading and "
        "arithmetic to younger children. Before the war, Gaza's schools served more than "
        "600,000 children, about half of them in schools run by the UN agency. Teachers' "
        "unions say dozens of teachers have been killed. The ministry said it was working "
        "with universities in the West Bank and abroad to find places for students who "
        "might eventually be able to leave.",
        "E V D H",
        "airstrike",
    ),
    P(
        "Yemen's wheat imports fall as coalition pushes on Hodeidah",
        "ADEN/DUBAI - Wheat imports into Yemen fell by almost a quarter in the third "
        "quarter, shipping data show, as fighting around the Red Sea port of Hodeidah "
        "slowed unloading and insurers raised premiums for vessels calling at the port. "
        "Yemen imports about 90% of its staple food, and most of it comes through "
        "Hodeidah. Traders said several bulk carriers had waited offshore for weeks. The "
        "Saudi-led coalition, which backs Yemen's government, resumed its offensive on "
        "the city last week after talks in Geneva collapsed. Coalition aircraft carried "
        "out dozens of air strikes on the eastern outskirts on Monday and Tuesday, and "
        "Yemeni government troops backed by Emirati forces fought Houthi fighters near "
        "the university and along the road to Sanaa, military sources on both sides said. "
        "Residents described the heaviest bombardment since the summer. The main hospital "
        "said it had received dozens of wounded. Aid groups said the fighting had cut the "
        "main road from the port to the capital, which carries most of the food and fuel "
        'to the north. "If the port stops, millions go hungry," said an official of an '
        "international charity in Sanaa. The UN has warned that 14 million people are at "
        "risk of famine. Prices of flour and cooking oil in Sanaa have risen sharply as "
        "the rial has lost value. The UN envoy is trying to bring the warring parties "
        "back to talks before the end of the year. Shipping agents said they expected "
        "imports to fall further in the fourth quarter. The war began in 2015, when the "
        "coalition intervened to restore the government after the Houthis took over the "
        "capital. The Houthis have fired missiles and drones at Saudi cities. Wheat "
        "traders in Aden said they had started to bring some cargoes through the southern "
        "port, but that the roads from there to the north were long and dangerous, and "
        "transport costs had tripled.",
        "E B M H",
        "offensive",
    ),
    P(
        "Asia-Europe container rates edge up as carriers stay on Cape route",
        "LONDON - Spot rates for shipping a 40-foot container from Asia to northern "
        "Europe rose 3% this week, according to a widely followed index, as carriers kept "
        "their ships on the long route around the Cape of Good Hope. Rates remain below "
        "the peaks reached in January. Analysts said extra capacity from new ships "
        "delivered this year had kept a lid on prices despite the diversions, which add "
        "about ten days to the voyage. The Red Sea route is still too risky for most "
        "operators. On Wednesday, a missile fired by Yemen's Houthi movement hit the "
        "Barbados-flagged bulk carrier True Confidence in the Gulf of Aden, about 50 "
        "nautical miles off Aden, killing three members of its crew and setting the ship "
        "on fire, the US military said. The crew, from the Philippines, Vietnam, India "
        "and Sri Lanka, abandoned ship, and an Indian navy warship picked up survivors. "
        "The Houthis said they had targeted the ship because it was American-owned, which "
        "the ship's managers denied. It was the first time the group's attacks on "
        "merchant shipping had killed sailors. The Philippines said two of the dead were "
        "Filipino seafarers. Brokers said war-risk insurance premiums for the route could "
        'rise again. "This changes the calculation for crews as well as owners," said one '
        "broker. Unions representing seafarers have called on owners to let sailors "
        "refuse to sail through the area. Container lines said they had no plans to "
        "return to the Suez route in the coming months. The Houthis began attacking ships "
        "in November, saying they were acting in solidarity with Palestinians in Gaza. "
        "The United States and Britain have carried out strikes on Houthi targets in "
        "Yemen since January. Shipping data show that traffic through the Suez Canal has "
        "fallen by more than half since December. The diversions have also pushed up fuel "
        "costs for carriers.",
        "E V",
        "missile_attack",
    ),
    P(
        "Olive harvest abandoned as Idlib families flee bombardment",
        "IDLIB, Syria - In a normal year, the olive groves south of Maarat al-Numan would "
        "be full of families beating the branches with sticks and gathering the fruit "
        "into sacks for the presses. This autumn, many of the trees have been left "
        "unpicked. Farmers who stayed say prices for oil have risen because fewer presses "
        'are working, but few can get their crop to them. "We planted these trees with '
        'our fathers," said Abu Khaled, who has kept 300 trees for three decades. The '
        "reason is the government offensive on the last rebel-held province. Syrian and "
        "Russian aircraft have bombed towns and villages across the south of Idlib every "
        "day for the past two weeks, and government forces have pushed north along the "
        "main highway, rescue workers and monitors said. On Tuesday, air strikes hit a "
        "market and a bakery in Maarat al-Numan, the White Helmets rescue group said. The "
        "UN said more than 280,000 people had fled towards the Turkish border since early "
        "December, many of them to overcrowded camps and olive groves near Atmeh, where "
        "families sleep under trees in the cold. Turkey, which already hosts 3.6 million "
        "Syrian refugees, has said it cannot take in more. The Syrian government says it "
        "is fighting terrorists and will retake every part of the country. Aid groups "
        "said they urgently needed tents and heating fuel. Abu Khaled's family left their "
        'house last week. "The olives will wait," he said. "We cannot." Idlib province '
        "and parts of the surrounding areas are home to about three million people, many "
        "of whom have already been displaced from other parts of Syria. A ceasefire "
        "agreed by Russia and Turkey last year has collapsed. Olive oil is one of the "
        "region's main exports, and traders said much of this year's crop would be lost.",
        "E V M D H",
        "offensive",
    ),
    P(
        "Iraq's oil exports steady as forces push into eastern Mosul",
        "BAGHDAD - Iraq's oil exports held steady at about 3.3 million barrels per day "
        "last month, the oil ministry said on Tuesday, as the country sought to show it "
        "could keep output high while its army fights Islamic State in the north. Most "
        "exports leave from the southern terminals near Basra, far from the fighting. "
        "Officials said the country would comply with an OPEC agreement to cut "
        "production, but wanted an exemption because of the war. Around Mosul, the army's "
        "elite counter-terrorism units pushed deeper into the eastern districts on "
        "Monday, fighting street by street against militants who have used car bombs, "
        "snipers and tunnels to slow the advance, commanders said. The offensive, "
        "launched in October with the support of US-led air strikes, is now in its "
        "seventh week. Iraqi officers said they had taken the Karama and Quds "
        "neighbourhoods. Thousands of civilians fled across the front lines to camps east "
        "of the city, the International Organization for Migration said, bringing the "
        "number displaced since the start of the offensive to more than 80,000. Families "
        "arriving at the Khazer camp described hiding in basements for days as shells "
        "fell nearby. Aid groups are preparing for many more, because more than a million "
        "people remain in the city. The Kurdish regional government's own exports through "
        "the pipeline to Turkey were unaffected, officials in Erbil said. Oil prices rose "
        "slightly on Tuesday on hopes that producers would stick to the agreed cuts. Oil "
        "revenue accounts for almost all of the Iraqi state's income, and the fall in "
        "prices since 2014 has left the government struggling to pay salaries and fund "
        "the war. The International Monetary Fund agreed a loan earlier this year. "
        "Officials said the ministry planned to raise capacity at the southern fields "
        "next year.",
        "B M D",
        "offensive",
    ),
    P(
        "Lebanon's summer tourist season collapses",
        "BEIRUT - Hotel occupancy in Lebanon has fallen below 20% this summer, the "
        "country's hotel owners' association said on Thursday, as airlines cancelled "
        "flights and governments told their citizens to leave. Restaurants in Beirut's "
        "Gemmayzeh and Mar Mikhael districts, usually packed with visitors from the Gulf "
        'and the diaspora in August, were half empty. "We had bookings until September, '
        'and they were all cancelled in one week," said the owner of a guesthouse in '
        "Batroun. Tourism had been one of the few sectors to recover from the country's "
        "financial collapse. The fear is the spread of the fighting in the south. Israeli "
        "air strikes hit several villages in the Nabatieh and Tyre districts on Wednesday "
        "and Thursday, killing at least eight people, including two children, Lebanon's "
        "health ministry said. The Israeli military said it had struck Hezbollah weapons "
        "depots and launching sites, after the group fired dozens of rockets into "
        "northern Israel. Residents said a strike flattened a house in the village of "
        "Kfar Kila. More than 90,000 people have left their homes in southern Lebanon "
        "since the exchanges of fire began, the UN migration agency said, and many are "
        "staying in schools in Tyre and Sidon. Diplomats from the United States and "
        "France are trying to prevent a wider war. The central bank has kept the exchange "
        "rate stable this year, but economists say a full-scale war would reverse the "
        "small gains made since 2022. Farmers in the south say they have been unable to "
        "harvest tobacco and olives near the border. Hotel owners in the mountains north "
        "of Beirut said they had kept some bookings from Lebanese expatriates, who make "
        'up much of the summer trade. "The diaspora still comes, because this is home," '
        "said a hotel manager in Broummana. Several airlines have suspended night flights "
        "to Beirut.",
        "E D",
        "airstrike",
    ),
    P(
        "Rial slides to record low as Zahedan protesters are shot",
        "TEHRAN/DUBAI - Iran's currency fell to a record low on the unofficial market on "
        "Saturday, trading at more than 330,000 rials to the dollar, as economic pressure "
        "and weeks of nationwide protests shook confidence. Money changers in Tehran said "
        "demand for dollars and gold coins had surged. The central bank said it would "
        "supply more hard currency to exchange offices. Inflation is running at about "
        "50%. The protests, which began after the death in custody of a young woman "
        "arrested by the morality police for her headscarf, have spread to more than 100 "
        "cities. On Friday, security forces opened fire on protesters after prayers in "
        "Zahedan, in the south-eastern province of Sistan-Baluchestan, rights groups "
        "said. Videos verified by rights groups showed people running as gunshots rang "
        "out near a mosque, and injured men being carried away. Amnesty International "
        "said at least 66 people, including children, were killed, most of them by live "
        'ammunition. State media said "armed separatists" had attacked a police station '
        "and that members of the Revolutionary Guards had been killed. Protesters in "
        "several other cities chanted slogans against the clerical leadership, and "
        "university students staged sit-ins. Authorities have restricted internet access "
        "and blocked Instagram and WhatsApp. Economists said the combination of "
        "sanctions, stalled nuclear talks and domestic unrest was likely to keep the "
        "currency under pressure. Gold coin prices rose 4% on the day. The rial has lost "
        "more than 90% of its value since 2018, when the United States withdrew from the "
        "nuclear deal between Iran and world powers and reimposed sanctions. Many "
        "Iranians keep their savings in dollars, gold or cars. Officials have blamed the "
        'currency\'s fall on "enemies" abroad and promised to punish speculators.',
        "U V",
        "crackdown",
    ),
    P(
        "Olive pickers of Qaryut: a harvest under guard",
        "QARYUT, West Bank - The olive harvest has always been the busiest time of year "
        "in this village south of Nablus. Families leave at dawn with ladders, tarpaulins "
        "and sacks, and spend the day picking under the trees that many of them inherited "
        "from their grandparents. Olive oil is still the main source of income for many "
        "households here, and this year's crop is good. The trees around Qaryut are old, "
        "some of them planted before the First World War, and families know each one by "
        "name. Picking is done by hand, with the fruit beaten from the higher branches "
        "onto tarpaulins, and women sort the olives from leaves and twigs before they are "
        "carried to the press in sacks on donkeys or in the boots of cars. The village "
        "sells much of its oil in Nablus and Ramallah, and some goes abroad through "
        "fair-trade cooperatives. Prices this year are higher than last, buyers say, "
        "because of a poor crop in Spain. But fewer families went to the groves near the "
        "hilltop settlement this week. On Saturday, a group of settlers, some of them "
        "armed, came down from an outpost and attacked farmers picking olives on the edge "
        "of the village, residents said. They threw stones, beat an elderly man with "
        "sticks and then opened fire, and Bilal Saleh, a 40-year-old father of four, was "
        "shot dead, according to the Palestinian health ministry and witnesses. The "
        "Israeli military said it was looking into the report. Rights groups say attacks "
        'by settlers on Palestinians have risen sharply this year. "We went to pick our '
        'olives, not to fight," said his cousin, who was with him. Villagers said '
        "soldiers who arrived later did not detain anyone. The Palestinian Authority "
        "called the killing a crime and demanded international protection. Farmers need "
        "permits to reach some of their land near settlements, and say the days allowed "
        "are too few to bring in the harvest. The village's cooperative press, which "
        "opened this month, has been running for fewer hours than planned. The United "
        "Nations says the olive harvest supports about 100,000 Palestinian families. Aid "
        "groups and Israeli volunteers sometimes accompany farmers to their groves in "
        "areas close to settlements. The settlement above Qaryut was founded in the "
        "1980s, and several outposts have been built on the surrounding hills since. "
        "Villagers said they would return to the groves together, in larger groups.",
        "V",
        "settler_attack",
    ),
    P(
        "Tourism chiefs fear summer slump after Istanbul airport attack",
        "ISTANBUL - Turkey's tourism industry, already reeling from a fall in visitors "
        "this year, braced for further cancellations on Wednesday after suicide bombers "
        "attacked Istanbul's Ataturk airport, one of the busiest in Europe. Foreign "
        "arrivals fell by more than a third in May, the worst drop in more than two "
        "decades, and hotel owners on the Mediterranean coast say bookings from Germany "
        "and Russia have collapsed. Three attackers opened fire with automatic rifles at "
        "the entrance to the international terminal on Tuesday night and then blew "
        "themselves up, officials said. At least 41 people were killed and more than 230 "
        "wounded, among them foreign travellers. Videos showed passengers diving to the "
        "floor as a fireball filled the hall. The prime minister said the evidence "
        "pointed to Islamic State, and authorities declared a day of national mourning. "
        'Flights resumed within hours. "We are used to this now, and that is the sad '
        'part," said a taxi driver waiting outside the terminal on Wednesday. It was the '
        "latest in a series of bombings in Turkey over the past year, some claimed by "
        "Kurdish militants and others blamed on Islamic State. Tour operators said it was "
        "too early to assess the effect on summer bookings. The lira fell 1% against the "
        "dollar. Turkey's tourism revenue, worth more than $30 billion a year, is a key "
        "source of foreign currency for the economy. Russian tour operators had only just "
        "begun selling packages to Turkey again, after Moscow lifted a ban imposed when "
        "Turkey shot down a Russian warplane near the Syrian border last year. Hotel "
        "owners in Antalya said they had cut prices by up to half to fill rooms. The "
        "government has offered fuel subsidies to charter airlines.",
        "E V T",
        "suicide_bombing",
    ),
    P(
        "Sinai gas hopes tested as gunmen and bombers kill hundreds at mosque",
        "CAIRO - Egypt has become self-sufficient in natural gas for the first time in "
        "years, the petroleum ministry said this month, after the huge Zohr field in the "
        "Mediterranean began production. Officials have spoken of turning the country "
        "into a regional energy hub, with pipelines from the Sinai peninsula carrying gas "
        "to Jordan and plans to export to Europe. That ambition has long been shadowed by "
        "an insurgency in northern Sinai. On Friday, militants attacked the al-Rawda "
        "mosque in the village of Bir al-Abed, west of El Arish, during Friday prayers. "
        "Attackers set off a bomb and then opened fire on worshippers as they fled, and "
        "shot at ambulances, officials said. At least 305 people were killed, including "
        "27 children, in the deadliest attack in Egypt's modern history, the public "
        "prosecutor said. The mosque was frequented by followers of Sufism, whom Islamic "
        "State considers heretics. Witnesses said some attackers carried the group's "
        'flag. President Sisi vowed to respond with "brute force", and the air force said '
        "it had struck vehicles used by the attackers. Egypt's army has fought the Sinai "
        "branch of Islamic State for years, and northern Sinai has been largely closed to "
        "journalists. Energy analysts said the attack was unlikely to affect gas "
        "production, which is mostly offshore, but could weigh on investment in the "
        "region. Egypt's stock market fell 1% when trading resumed on Sunday. The "
        "government plans to offer new exploration blocks in the Mediterranean and the "
        "Red Sea next year, and several international companies have expressed interest. "
        "Egypt also hopes to use its liquefaction plants to process gas from Israel and "
        "Cyprus for export to Europe. Officials say the energy sector will be a main "
        "driver of growth as the country recovers from a currency crisis.",
        "E V T",
        "mosque_attack",
    ),
]
