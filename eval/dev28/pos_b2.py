"""eval/dev28 positives: the Middle East and Asia, second half.
Whole articles; see labels.py for P and N.
"""

from labels import P

ARTICLES = [
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
