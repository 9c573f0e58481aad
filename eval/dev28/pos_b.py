"""eval/dev28 positives, part B: the Middle East and Asia. Whole articles; see labels.py."""

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
    P(
        "Oil jumps most in decades after drones hit Saudi processing plant",
        "NEW YORK/LONDON - Brent crude prices jumped nearly 15% on Monday, the biggest "
        "one-day rise in more than three decades, after an attack on Saudi Arabia's "
        "largest oil processing facility knocked out half of the kingdom's output. Brent "
        "rose as high as $71.95 a barrel before easing. Analysts said the market had been "
        "complacent about supply risks in the Gulf. Drones and missiles struck the Abqaiq "
        "processing plant and the Khurais oilfield in the early hours of Saturday, "
        "setting off huge fires that were visible from miles away, Saudi authorities "
        "said. The attack cut output by 5.7 million barrels per day, about 5% of the "
        "world's supply. Yemen's Houthi movement, which is fighting a Saudi-led "
        "coalition, said it had launched ten drones at the plants. The US secretary of "
        "state said there was no evidence that the attack came from Yemen and blamed "
        "Iran, which denied involvement. Saudi Aramco said it expected to restore full "
        "production within weeks, drawing on stocks to supply customers in the meantime. "
        '"The physical damage can be repaired; the risk premium is here to stay," said '
        "one commodities strategist. Shares in airlines fell, and those of oil producers "
        "rose. The United States said it was ready to release oil from its strategic "
        "reserve if needed. Aramco is preparing for a stock market listing that could be "
        "the largest ever. Abqaiq processes most of Saudi Arabia's crude before it is "
        "exported, and analysts had long considered it one of the most important and most "
        "vulnerable sites in the global oil system. Insurers said premiums for tankers in "
        "the Gulf were likely to rise. Asian refiners, which buy most Saudi crude, said "
        "they had been told that their supplies would not be affected this month.",
        "E",
        "drone_strike",
    ),
    P(
        "Kabul evacuation flights race deadline after airport bombing",
        "KABUL/DOHA - Western countries pressed on with evacuation flights from Kabul "
        "airport on Friday, racing to get their citizens and Afghan staff out before the "
        "August 31 deadline for the withdrawal of US troops. Britain said its last "
        "civilian flights would leave within hours, and several European countries "
        "announced they had ended their airlifts. More than 100,000 people have been "
        "flown out since the Taliban took control of the capital. The airlift continued a "
        "day after a suicide bomber struck a crowd of Afghans outside the airport's Abbey "
        "Gate, where families had waited for days in a sewage canal in the hope of "
        "getting onto a flight. Gunmen then opened fire. Afghan health officials said at "
        "least 170 Afghans were killed, and the Pentagon said 13 US service members died. "
        "Islamic State's Afghan affiliate, known as IS-K, claimed the bombing. Doctors at "
        "a hospital run by an Italian charity said they received dozens of wounded within "
        'an hour. "There were bodies in the water," said a man who had been waiting with '
        "his wife and children. The US president vowed to hunt down those responsible. "
        "Crowds had thinned outside the airport on Friday, witnesses said, as Taliban "
        "fighters pushed people back from the gates. Aid agencies warned of a "
        "humanitarian crisis as banks stayed closed and food prices rose. Qatar and "
        "Turkey are in talks with the Taliban about running the airport after the US "
        "departure. The Taliban swept across Afghanistan in a matter of weeks this summer "
        "as US and NATO forces withdrew, taking Kabul on August 15 without a fight after "
        "the president fled the country. Thousands of Afghans who worked with foreign "
        "forces and embassies fear reprisals. Several countries said they would continue "
        "to work with the Taliban and with neighbouring states to get people out after "
        "the deadline.",
        "E V T D H",
        "suicide_bombing",
    ),
    P(
        "Pakistan votes amid phone shutdown and slow count",
        "ISLAMABAD - Pakistanis voted on Thursday in a general election marred by the "
        "suspension of mobile phone services across the country and by complaints of long "
        "delays at polling stations. The former prime minister Imran Khan, who is in "
        "jail, was barred from standing, and his party's candidates ran as independents. "
        "The interior ministry said the phone shutdown was needed to prevent attacks. On "
        "the eve of the vote, two bombs exploded outside the election offices of "
        "candidates in Balochistan province, killing at least 28 people and wounding "
        "dozens, officials said. The first blast hit the office of an independent "
        "candidate in Pishin district, and the second, an hour later, the office of a "
        "religious party candidate in Qila Saifullah. Islamic State said it carried out "
        'both attacks. "People had just come to collect their voting slips," said a '
        "shopkeeper in Pishin. The election commission said polling would go ahead as "
        "planned. Balochistan has seen frequent attacks by separatists and Islamist "
        "militants. Counting began after polls closed, but results were slow to emerge. "
        "By Friday morning, the election commission had announced results in only a few "
        "dozen of the 266 directly elected seats. Khan's supporters accused authorities "
        "of manipulating the count, which officials denied. The military-backed party of "
        "former prime minister Nawaz Sharif said it expected to form the next government. "
        "About 128 million people were registered to vote, and more than 650,000 police "
        "and soldiers were deployed to guard polling stations. Pakistan's economy is "
        "struggling, with inflation near 30% and a bailout from the International "
        "Monetary Fund due to expire in March. Investors said they hoped the election "
        "would bring a stable government able to agree a new loan.",
        "E V T",
        "bombing",
    ),
    P(
        "Internet shutdown costs Manipur businesses as mobs burn homes",
        "IMPHAL, India - Traders in Manipur say the internet shutdown imposed by the "
        "state government three weeks ago has brought digital payments to a halt and cut "
        "off small businesses from their customers, with losses running to crores of "
        "rupees. Banks have struggled to process transfers, and students could not submit "
        "applications for college places. The state says the ban is needed to stop "
        "rumours spreading on social media. The violence that prompted it has not ended. "
        "On Sunday night, a mob set fire to houses in a village in Bishnupur district, "
        "and gunmen exchanged fire with security forces near Kangpokpi, police said. At "
        "least five people were killed. Clashes between the mainly Hindu Meitei community "
        "and the mainly Christian Kuki tribes have killed more than 100 people since "
        "early May, and more than 40,000 have fled their homes to relief camps, officials "
        "say. Armed men have looted thousands of weapons from police armouries. The army "
        "and paramilitary forces have been deployed in large numbers. The federal home "
        'minister visited the state last week and called for peace. "We cannot run our '
        'shop with cash only," said a pharmacist in Imphal, who said his sales had fallen '
        "by half. In the relief camps, families say they do not know when they can go "
        "home. The state's high court has asked the government to explain why the "
        "shutdown has been extended. The violence began after a court asked the state "
        "government to consider granting the Meitei community tribal status, which would "
        "give them access to government jobs and land in the hills. The Kuki and other "
        "tribal groups oppose the move. Opposition parties have criticised the prime "
        "minister for not speaking publicly about the violence.",
        "U V B D",
        "communal_violence",
    ),
    P(
        "Yangon garment makers count losses as troops fire on protesters",
        "YANGON - Garment factories in Myanmar's commercial capital have cut output by "
        "more than half since the army seized power on Feb. 1, owners say, as workers "
        "join strikes and banks struggle to process payments for imported fabric. The "
        "sector employs about 700,000 people, most of them young women, and had been one "
        "of the fastest-growing parts of the economy. Several European brands have "
        'suspended new orders. "We do not know if we can pay wages next month," said the '
        "manager of a factory in the Shwepyithar industrial zone. On Sunday, the "
        "industrial district of Hlaing Tharyar became the scene of the bloodiest day "
        "since the coup. Security forces opened fire on protesters who had built "
        "barricades of tyres and sandbags, killing dozens of people, according to a "
        "monitoring group and medics. Several Chinese-financed factories were set on "
        "fire, and the military declared martial law in the district. Residents said "
        "soldiers fired into houses. Thousands of workers fled the district in the "
        "following days, carrying their belongings on trucks and motorbikes. The junta "
        'said protesters had attacked police and that it would act against "rioters". '
        "China called on the authorities to protect its businesses. The United Nations "
        "and Western governments condemned the killings. Economists expect the economy to "
        "shrink sharply this year. The garment makers' association said several factories "
        "would close permanently. Myanmar's garment exports grew rapidly after Western "
        "countries eased sanctions in the 2010s, and the European Union became the "
        "largest buyer. Labour unions have played a leading role in the protests against "
        "the coup. Some factory owners said they were considering moving production to "
        "Cambodia or Vietnam. The banking system has been disrupted by strikes of bank "
        "staff.",
        "U V D",
        "crackdown",
    ),
    P(
        "China-Myanmar border trade halted as ethnic alliance seizes crossings",
        "KUNMING - Trade at several crossings on the border between China and Myanmar has "
        "come to a halt, Chinese traders said, after an alliance of ethnic armed groups "
        "in northern Shan state launched an offensive against the Myanmar military. "
        "Trucks loaded with fruit, rubber and consumer goods were backed up for "
        "kilometres on the Chinese side near Muse and Chinshwehaw. The border trade is "
        "worth billions of dollars a year. Fighters of the alliance, which includes the "
        "Arakan Army, the Ta'ang National Liberation Army and the Myanmar National "
        "Democratic Alliance Army, attacked military posts in several towns on Oct. 27 "
        "and have since captured more than 100 positions, including the border town of "
        "Chinshwehaw, the groups said. The junta acknowledged it had lost control of some "
        'areas and said it was conducting "counter-attacks". The UN said more than 50,000 '
        "people had been displaced by the fighting in northern Shan, and some had crossed "
        "into China. The alliance said its offensive, which it called Operation 1027, "
        "aimed to end military rule and to crack down on online scam centres along the "
        "border. China has called for a ceasefire and urged its citizens to leave the "
        'area. Chinese traders said they feared losses as fruit rotted in the trucks. "We '
        'have never seen it like this," said a dragon fruit wholesaler in Ruili. The '
        "Myanmar military has faced armed resistance across the country since it seized "
        "power in a coup in February 2021. The ethnic armed groups in the north have "
        "fought the central government for decades. Some Chinese companies in Myanmar "
        "have suspended work, and Beijing has held talks with both sides. Analysts said "
        "the offensive was the biggest military challenge to the junta since the coup.",
        "B D",
        "offensive",
    ),
    P(
        "Ramadan in an emptied city: Marawi's displaced break the fast in camps",
        "ILIGAN, Philippines - At sunset on Friday, families in an evacuation centre "
        "outside Iligan broke their fast with rice, dried fish and bottled water donated "
        "by a local mosque. A few weeks ago they were preparing for Ramadan in their own "
        "homes in Marawi, a mostly Muslim city of 200,000 people on the island of "
        'Mindanao. "We left with nothing," said Norhaya Macabantog, a teacher. Across the '
        "evacuation centres in Iligan and the towns around Lake Lanao, volunteers from "
        "mosques and churches cook meals for families who arrive with little more than "
        "the clothes they wear. Children play between rows of mats laid out on the floors "
        "of gymnasiums and school classrooms, and women queue for the single water tap. "
        "Local officials say they have registered more evacuees than the centres were "
        "built to hold, and that many others are staying with relatives, sometimes twenty "
        "people to a house. Traders from Marawi have set up stalls selling dried fish and "
        "batik cloth on the pavements of Iligan. Marawi itself is now a battlefield. "
        "Militants from the Maute group and other fighters who have pledged allegiance to "
        "Islamic State overran parts of Marawi in late May, burning a cathedral, taking "
        "hostages and raising black flags. The army has responded with air strikes and "
        "ground assaults, and fighting continued on Friday, with helicopters firing "
        "rockets on buildings held by the militants in the city centre, the military "
        "said. Officials said more than 200,000 residents had fled. The army says it has "
        "killed more than 200 militants, and dozens of soldiers and civilians have died. "
        "President Duterte declared martial law across Mindanao. Aid workers said the "
        "evacuation centres were overcrowded and that cases of diarrhoea were rising "
        'among children. The government says it will rebuild the city. "We want to go '
        'home for Eid," said Macabantog. "But we do not know if there will be a home." '
        "Marawi is the capital of Lanao del Sur province and the centre of Islamic life "
        "in the Philippines. Residents say the fighting has destroyed homes, shops and "
        "mosques in the city centre. The government has promised compensation, but many "
        "displaced families say they have received little so far. Some have moved in with "
        "relatives in Iligan and Cagayan de Oro.",
        "B E V T M D H",
        "siege",
    ),
    P(
        "Bangkok shrine bomb puts baht and tourism outlook under pressure",
        "BANGKOK - Thailand's baht fell to a six-year low against the dollar on Tuesday "
        "and shares in hotel and airline companies slid, a day after a bomb exploded at a "
        "popular Hindu shrine in central Bangkok. The economy, which relies heavily on "
        "tourism, has been struggling with weak exports and high household debt. The "
        "government had hoped that record numbers of Chinese visitors would prop up "
        "growth this year. The bomb, hidden in a backpack, exploded at the Erawan shrine "
        "at the Ratchaprasong intersection on Monday evening, when it was crowded with "
        "worshippers and tourists, killing 20 people and injuring more than 120, police "
        "said. Many of the dead were from China, Hong Kong, Malaysia and Singapore. "
        "Police released images from security cameras of a man in a yellow T-shirt "
        "leaving a backpack at the shrine. The national police chief said the blast was "
        "being investigated as a terrorist attack and that it appeared to have targeted "
        "foreigners. No group has claimed responsibility. The shrine reopened on "
        'Wednesday. "People still come to pray, but less," said a flower seller. Analysts '
        "said the effect on tourism would depend on whether the attack was an isolated "
        "incident. Tourism accounts for about a tenth of Thailand's economy. The central "
        "bank said it was watching the currency closely. The shrine, built in 1956, is a "
        "popular attraction for visitors from across Asia, who come to pray for luck and "
        "leave garlands of flowers. It sits next to several luxury hotels and shopping "
        "malls in the heart of the city. Thailand's military government, which took power "
        "in a coup last year, has promised to find those responsible. Several countries "
        "issued travel warnings.",
        "E V T",
        "bombing",
    ),
    P(
        "India names one-day squad as suicide bomber kills paramilitaries in Pulwama",
        "NEW DELHI - India's selectors named an unchanged squad on Friday for the one-day "
        "series against Australia, with the captain returning after a rest. The "
        "announcement was delayed by several hours and the board cancelled a planned "
        "press conference. A minute's silence will be held before the first match. The "
        "country was in mourning after the deadliest attack on Indian security forces in "
        "Kashmir in three decades. On Thursday afternoon, a suicide bomber drove a car "
        "packed with explosives into a convoy of buses carrying paramilitary police on "
        "the Jammu-Srinagar highway near Pulwama, killing at least 40 members of the "
        "Central Reserve Police Force, officials said. The Pakistan-based militant group "
        "Jaish-e-Mohammed claimed the attack and released a video of the bomber, a local "
        "man. India's prime minister called it a terror attack and said those responsible "
        'would pay "a heavy price" and the government withdrew trade privileges it had '
        "given to Pakistan. Pakistan denied any role. Former players called for India to "
        "boycott their World Cup match against Pakistan in June. The board said it would "
        'take guidance from the government. "Sport and this cannot be separated right '
        'now," said a former captain. Curfews were imposed in parts of Jammu after '
        "protests over the attack. The series begins in Bengaluru next week. The convoy "
        "of more than 70 vehicles was carrying about 2,500 personnel back to the Kashmir "
        "valley after leave, officials said. Thousands of people attended the funerals of "
        "the dead in their home states. The attack is likely to dominate the campaign for "
        "the general election due in the spring, analysts said.",
        "E T",
        "suicide_bombing",
    ),
    P(
        "Rupee, stocks slip as India strikes Pakistan and shells fall along Kashmir line",
        "MUMBAI - Indian shares and the rupee fell on Wednesday after India launched "
        "missile strikes on targets in Pakistan and Pakistani-administered Kashmir "
        "overnight, raising fears of a wider conflict between the nuclear-armed "
        "neighbours. The Nifty 50 index fell 0.8% in early trade before recovering most "
        "of its losses. The rupee weakened to 85.2 to the dollar. Bond yields rose "
        "slightly. India's defence ministry said it had hit nine sites it called "
        '"terrorist infrastructure", in what it called a measured response to last '
        "month's killing of 26 tourists in Pahalgam. Pakistan said the strikes hit "
        "mosques and killed 26 civilians, and that its air force had shot down Indian "
        "jets, which India did not confirm. Pakistani troops fired artillery across the "
        "Line of Control during the day, killing at least ten people in the Poonch "
        "district of Indian-administered Kashmir, Indian officials said. Schools in "
        "border districts were closed, and families moved to bunkers and to relatives in "
        "Jammu. Several airports in northern India were shut to civilian flights. "
        'Analysts said the market reaction had been muted so far. "Investors are betting '
        'that both sides will stop short of a war," said a strategist at a Mumbai '
        "brokerage. The United States and China urged restraint. Foreign investors had "
        "been net buyers of Indian shares for several weeks before the strikes. Analysts "
        "said the impact on the economy would be limited unless the conflict escalated. "
        "Pakistan's stock market fell more than 6% at the open and trading was briefly "
        "halted. The Pakistani rupee was little changed, supported by central bank "
        "intervention.",
        "E M D",
        "missile_strike",
    ),
    P(
        "Taliban take Kunduz, first provincial capital to fall in 14 years",
        "KABUL - Taliban fighters overran the northern city of Kunduz on Monday, raising "
        "their flag over the main square and freeing hundreds of inmates from the city "
        "jail, in the insurgents' biggest victory since they were driven from power in "
        "2001. Government forces retreated to the airport on the edge of the city. The "
        "attack began before dawn from several directions, officials said, and the city's "
        "defenders were overwhelmed within hours. Fighters seized the governor's "
        "compound, the police headquarters and a hospital. An Interior Ministry spokesman "
        "said reinforcements were on their way and that the city would be retaken. "
        "Residents said shops were closed and many families had fled towards the airport "
        'and the road to Takhar. "We are afraid to go outside," said a shopkeeper who '
        "stayed with his family. The fall of Kunduz, a city of about 300,000 people, is a "
        "blow to the national unity government on its first anniversary, which had hoped "
        "to show that its forces could hold the line after most foreign troops left last "
        "year. Kunduz is a trading hub near the border with Tajikistan and had been "
        "threatened by the Taliban since the spring. The United States carried out an air "
        "strike near the airport on Tuesday, a military spokesman said. Aid groups said "
        "they were trying to reach the wounded. Kunduz province has seen heavy fighting "
        "for months, and the UN said in the summer that tens of thousands of people had "
        "been displaced from districts around the city. Afghan forces have taken over "
        "responsibility for security from NATO, which now has about 13,000 troops in the "
        "country, mostly in a training role. Analysts said the attack showed the "
        "Taliban's strength under their new leader.",
        "B E D",
        "battle",
    ),
]
