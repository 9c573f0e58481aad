"""dev231 positives, part B: more briefings and roundups with one story of current armed conflict
or political violence among stories from the other desks."""

POSITIVES = [
    (
        "Morning briefing: Mosul falls, the World Cup in Brazil and a heatwave in Delhi",
        "Good morning. It is Wednesday, June 11. "
        "Islamic State militants seized control of Mosul, Iraq's second city, after Iraqi army units abandoned their positions and fled, officials in Baghdad said. "
        "The militants overran the provincial headquarters and the airport and freed hundreds of prisoners, and the UN estimates that as many as 500,000 people have fled the city towards Kurdish-held areas. "
        "Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency. "
        "In Brazil, the World Cup opens tomorrow in São Paulo, where a metro strike threatens to disrupt the journey to the stadium. "
        "Delhi recorded 47.8C on Tuesday, its hottest June day in more than six decades, and power cuts have hit large parts of the city. "
        "And in markets, the euro slipped after the European Central Bank's move to negative rates last week.",
        "B T D",
        "offensive",
    ),
    (
        "The Lebanon letter: border strikes, a banking law and Beirut's first marathon in years",
        "Here is this week's Lebanon letter. "
        "Israeli air strikes hit several villages in the south on Tuesday, killing four people, including a paramedic, in Naqoura and Aita al-Shaab, the health ministry said. "
        "Hezbollah said it fired a salvo of rockets at an Israeli army position in the Upper Galilee in response, and the Israeli military reported intercepting most of them. "
        "Thousands of families from border villages remain displaced in Tyre and Nabatieh. "
        "In Beirut, parliament passed a long-awaited bank restructuring law that the IMF had asked for, though depositors' groups called it too little, too late. "
        "The Beirut Marathon returns on Sunday after a five-year break, with organisers expecting 30,000 runners. "
        "And the olive harvest in the Chouf is expected to be the best in years, farmers say.",
        "E D",
        "cross-border strikes",
    ),
    (
        "Five stories to start your day: Bangladesh curfew, Nvidia earnings and a cricket farewell",
        "Here are five stories to start your day. "
        "First, Bangladesh: police and paramilitary forces fired on students protesting against a quota for government jobs, and hospitals in Dhaka reported dozens of deaths as clashes spread to other cities. "
        "The government imposed a nationwide curfew, ordered soldiers onto the streets and shut down mobile internet. "
        "Protesters set fire to the state broadcaster's headquarters and a toll plaza, local media said. "
        "Second, Nvidia's quarterly revenue beat expectations again, up 122% on the year, though the shares fell in extended trading. "
        "Third, James Anderson will play his last Test at Lord's, ending a 21-year England career. "
        "Fourth, the EU agreed new rules on packaging waste. "
        "And fifth, a rare total solar eclipse will be visible from northern Spain next August, and hotels are already filling up.",
        "U",
        "crackdown",
    ),
    (
        "What the papers say: Kabul bombing, Tashkent's growth and a Kazakh film at Cannes",
        "The regional press this morning leads on Afghanistan. "
        "TOLOnews reports that a suicide bomber blew himself up at the entrance of the Taliban's ministry of urban development in Kabul, killing at least six people. "
        "The Islamic State's regional branch, IS-Khorasan, said it was behind the blast, according to its Amaq outlet. "
        "Uzbek daily Gazeta leads on official data showing the economy grew 6.5% in the first half, driven by construction and copper exports. "
        "Kazakhstan's papers celebrate a first-time director from Almaty whose film about a shepherd family won a prize in the Un Certain Regard section at Cannes. "
        "Kyrgyz outlets note that Bishkek's new airport terminal is running a year late, and that the contractor blames the price of imported steel.",
        "E T",
        "suicide bombing",
    ),
    (
        "The Nigeria briefing: naira's slide, a Zamfara abduction and Super Eagles news",
        "Good morning from Lagos. "
        "The naira fell past 1,600 to the dollar on the official window, and the central bank hinted at another rate rise. "
        "In the north-west, gunmen on motorcycles stormed a school in Kaura Namoda in Zamfara state before dawn and abducted at least 60 pupils and three teachers, police and parents said. "
        "Residents said the bandits shot a security guard and burned vehicles before leading the children into the forest, and soldiers have joined the search. "
        "Dangote's refinery says it will start selling petrol to independent marketers at a lower price from next week. "
        "The Super Eagles named a new coach ahead of the Africa Cup of Nations qualifiers. "
        "And the Nigerian Meteorological Agency warned of early harmattan haze across the north.",
        "V",
        "mass abduction",
    ),
    (
        "Evening roundup: a Red Sea missile, Apple's new phone and a Met Gala first",
        "It is Monday evening; here are the day's main stories. "
        "Yemen's Houthi rebels fired an anti-ship missile at a Greek-owned bulk carrier in the Red Sea, setting it on fire and forcing the crew to abandon ship, the British maritime agency UKMTO said. "
        "The group's spokesman said on television that the ship had been targeted because its owner's vessels called at Israeli ports. "
        "Hours later, US and British warplanes struck radar sites near Hodeidah, the Pentagon said. "
        "Apple unveiled its new iPhone with a larger battery and a 'thinner than ever' model at its event in Cupertino. "
        "In New York, the Met Gala co-chairs announced this year's theme. "
        "And shipping insurers say premiums for Suez transits are now at their highest since 2017.",
        "E M",
        "missile attack",
    ),
    (
        "The Europe newsletter: Tbilisi crackdown, ECB cuts and a ski season in doubt",
        "Welcome to this week's Europe newsletter. "
        "In Georgia, riot police used water cannon, tear gas and pepper spray to break up a rally outside parliament in Tbilisi, and beat protesters and journalists, according to the country's ombudsman. "
        "More than 300 people were detained over four nights and dozens were taken to hospital after the government suspended talks on joining the EU. "
        "Some protesters threw fireworks at police lines. "
        "The European Central Bank cut its deposit rate by a quarter of a point, its fourth cut this year. "
        "In the Alps, resorts below 1,500 metres say the season may start late for lack of snow. "
        "And Barcelona has approved a plan to phase out tourist flats by 2028, a measure that owners' associations say they will challenge in the courts.",
        "U",
        "crackdown",
    ),
    (
        "Around the world in five stories: Khartoum, Canberra, Ottawa, Lima and Seoul",
        "Here's your world roundup. "
        "Khartoum: Sudan's army said it had retaken the presidential palace from the Rapid Support Forces after weeks of street fighting in the centre of the capital, and soldiers posted videos from the grounds. "
        "The RSF said it had withdrawn to regroup and shelled army positions near the airport in the afternoon. "
        "Canberra: Australia's parliament passed a law barring under-16s from social media, with fines of up to A$49.5m for platforms. "
        "Ottawa: the Bank of Canada cut rates by half a point. "
        "Lima: Peru's former president Alejandro Toledo was sentenced to more than 20 years in prison for taking bribes from Odebrecht. "
        "Seoul: K-pop band BTS announced a world tour for next year, their first since all seven members finished military service.",
        "B E",
        "battle",
    ),
    (
        "Weekly roundup: Burkina Faso's massacre, cocoa's record and an Afcon surprise",
        "Here is the week in West Africa. "
        "In Burkina Faso, jihadists linked to al-Qaeda killed scores of civilians who had been ordered by the army to dig trenches around the town of Barsalogho, according to survivors and a local collective. "
        "Estimates of the dead range from about 200 to several hundred, and videos circulating on social media show bodies in the ditches. "
        "JNIM claimed the attack and said it targeted 'militias', and thousands of residents have since fled towards Kaya. "
        "Cocoa prices hit a record above $10,000 a tonne as poor harvests in Ivory Coast and Ghana squeezed supply. "
        "Senegal's new government unveiled its first budget. "
        "And Mauritania reached the Afcon knockout stage for the first time in its history.",
        "V T D",
        "massacre",
    ),
    (
        "Morning digest: Marawi siege, Manila's MRT and a boxing comeback",
        "Good morning, here is your Philippine morning digest. "
        "Fighting in Marawi entered its third week as government troops backed by air strikes pressed an offensive against Maute group militants who pledged allegiance to Islamic State. "
        "The military said 13 marines were killed on Friday in street battles, and the city's 200,000 residents have almost all fled to evacuation centres in Iligan and Lanao del Sur. "
        "Aid agencies say food and clean water are running short in the centres. "
        "In Manila, the MRT-3 suspended services for four hours after a train broke down between stations, again. "
        "Manny Pacquiao confirmed he will return to the ring next year. "
        "PAGASA forecasts the first typhoon of the season will skirt northern Luzon, bringing heavy rain to Cagayan and Isabela from Saturday.",
        "B E M D H T",
        "siege",
    ),
    (
        "What the papers say: Kyiv blackout, Ukraine's budget and a Eurovision song",
        "Ukrainian newspapers this morning are mostly about power. "
        "Russia launched more than 90 missiles and 200 drones at energy facilities across the country overnight, Ukraine's air force said, and a strike on a thermal plant in Kyiv region killed two workers. "
        "Ukrenergo announced rolling blackouts of up to 12 hours a day in the capital and asked residents to charge power banks while they can. "
        "Ukrainska Pravda focuses on next year's budget, passed on Thursday, with more than half of spending going to defence. "
        "Kyiv Post interviews the band picked in the national final to represent Ukraine at Eurovision in Basel. "
        "And several papers carry the forecast of the first heavy snow of winter for the west of the country, with up to 20cm expected in the Carpathians.",
        "E",
        "missile strikes",
    ),
    (
        "The Ethiopia-Eritrea letter: Fano fighting, a coffee boom and Addis corridor works",
        "This week in the Horn. "
        "Fighting between Fano militiamen and the federal army spread to the outskirts of Bahir Dar, residents said, with heavy weapons fire heard through the night and drone strikes reported in surrounding districts. "
        "A hospital official in the city said 15 wounded civilians had been brought in, and shops stayed shut. "
        "Ethiopia's coffee exports hit a record $1.4bn in the financial year, helped by high world prices. "
        "In Addis Ababa, the demolition of buildings for the corridor development project continues in Piassa. "
        "Eritrea has opened its first new hotel in Asmara for over a decade. "
        "And Djibouti's port reported its busiest month on record, as shipping lines avoid longer routes and more Ethiopian cargo arrives by rail.",
        "B E",
        "armed clashes",
    ),
    (
        "Five things you need to know: Jerusalem shooting, a housing bill and a Maccabi win",
        "1. A gunman opened fire at a bus stop at the entrance to Jerusalem during the morning rush hour, killing four people before he was shot dead by an off-duty soldier and a civilian, police said. "
        "Police described it as a terror attack and said the assailant came from a village near Ramallah. "
        "2. The Knesset passed the first reading of a bill to speed up the building of rental housing. "
        "3. Maccabi Tel Aviv beat Real Madrid in the Euroleague, their first win in Spain in six years. "
        "4. The Bank of Israel held its key rate at 4.5% for a fifth meeting, citing a tight labour market. "
        "5. A dust storm is expected to bring poor air quality to the Negev and Jerusalem on Thursday, and the health ministry advised people with asthma to stay indoors.",
        "T V",
        "shooting attack",
    ),
    (
        "The Andes briefing: Peru's road blockades turn deadly, copper and a Bolivian vote",
        "Hello from Lima. "
        "Security forces fired on protesters who tried to take over the airport in Juliaca, in Peru's southern Puno region, and 17 people were killed, the health ministry said. "
        "A police officer was later burned to death in his patrol car by a crowd, the interior ministry said, and the government imposed a night-time curfew in Puno. "
        "Copper output at Las Bambas has fallen by a third because road blockades have stopped trucks. "
        "In Bolivia, the electoral court set the date for next year's presidential election. "
        "Ecuador's government announced new power cuts of up to eight hours a day as drought drains its hydro dams. "
        "And in football, Alianza Lima signed a new Uruguayan coach on a two-year contract, the club's third in 18 months.",
        "U",
        "crackdown",
    ),
    (
        "Morning brief: a Syria offensive, Turkish inflation and a Champions League upset",
        "Good morning. These are today's top stories. "
        "Syrian rebels led by Hayat Tahrir al-Sham seized most of Aleppo in a lightning offensive, reaching the city centre for the first time since 2016, a war monitor and residents said. "
        "Russian and Syrian jets struck rebel-held areas of Idlib in response, and thousands of Kurdish families fled from Aleppo's Sheikh Maqsoud district. "
        "Turkey's annual inflation eased to 47%, but food prices are still climbing. "
        "In the Champions League, Aston Villa beat Bayern Munich at Villa Park, their first competitive win against the German champions. "
        "And Istanbul's new ferry timetable, with boats every ten minutes across the Bosphorus at peak hours, has been welcomed by commuters.",
        "B E D",
        "offensive",
    ),
    (
        "Newsletter: Cameroon's Anglophone regions, a Douala port deal and Indomitable Lions",
        "Welcome to the Central Africa letter. "
        "Separatist fighters attacked a village near Bamenda on Monday, killing five people and burning down a school, the local administration said, in an area where the Ambazonian groups have enforced a boycott of classes. "
        "The army said it had killed 'several terrorists' in a follow-up raid on a camp in the bush, a claim that residents dispute; some say soldiers burned houses. "
        "In Douala, the port authority signed a new container terminal contract with a Turkish operator. "
        "Gabon's transition government promised a referendum on a new constitution. "
        "And the Indomitable Lions' new coach named Vincent Aboubakar as captain for the World Cup qualifiers against Cape Verde and Libya next month.",
        "V M",
        "village raid",
    ),
]
