"""dev233 negatives: explainers on diseases (health), storms and floods (disaster), cyber
"attacks", gangs and heists (crime), crashes and blasts (accident) and peaceful protests
(protest)."""

NEGATIVES = [
    (
        "What is mpox clade Ib and why has the WHO declared an emergency?",
        "The World Health Organization has declared the spread of mpox in Africa a public health "
        "emergency of international concern, its highest level of alarm, for the second time in "
        "two years. More than 17,000 suspected cases and 517 deaths have been reported on the "
        "continent this year, most of them in the Democratic Republic of Congo. What is "
        "different this time? Scientists are worried about a new strain, clade Ib, first "
        "detected last September in Kamituga, a gold-mining town in South Kivu province. It "
        "appears to spread more easily through close contact, including sex, and has been found "
        "in Burundi, Kenya, Rwanda and Uganda, countries that had not reported mpox before. "
        "Hours after the WHO's announcement, Sweden confirmed a case in a traveller who had "
        "returned from Africa. How is it treated? Most people recover within weeks, but the "
        "disease can kill young children and people with weakened immune systems. Vaccines "
        "exist, but Africa has received only a few thousand doses, and manufacturers say they "
        "can deliver 10 million by the end of next year.",
        "health",
    ),
    (
        "Marburg virus in Rwanda: what is it and how worried should we be?",
        "Rwanda has confirmed 56 cases of Marburg virus disease, 12 of them fatal, in its "
        "first outbreak of the Ebola-like illness. Most of those infected are health workers at "
        "two hospitals in Kigali, who treated the first patients before the disease was "
        "recognised. What is Marburg? It is a haemorrhagic fever caused by a virus carried by "
        "fruit bats, first identified in 1967 after laboratory workers in Marburg, Germany, "
        "fell ill. It spreads between people through contact with bodily fluids, and "
        "symptoms include high fever, severe headache and, in later stages, bleeding. Past "
        "outbreaks have killed up to 88% of those infected, but Rwanda's death rate is far "
        "lower, which doctors put down to early intensive care. There is no approved vaccine, "
        "but the US-based Sabin Vaccine Institute has sent 700 doses of an experimental one "
        "for front-line staff. The health ministry has limited hospital visits and banned "
        "wakes for those who die. The WHO says the risk to other countries is low.",
        "health",
    ),
    (
        "What is HMPV, the virus behind China's winter surge?",
        "Images of crowded hospital wards in northern China have prompted questions about human "
        "metapneumovirus, or HMPV, which health officials say is one of several respiratory "
        "infections circulating this winter. Is it new? No. HMPV was identified in the "
        "Netherlands in 2001 and has probably been around for decades, causing cold-like "
        "symptoms such as a cough, fever and a blocked nose. Most people catch it before the age "
        "of five, and some will be reinfected throughout their lives. Who is at risk? Very young "
        "children, elderly people and those with weak immune systems can develop bronchitis or "
        "pneumonia. There is no vaccine or specific antiviral treatment. China's National "
        "Disease Control and Prevention Administration said the number of cases was lower than "
        "last year and that hospitals were coping. The WHO said it had received no reports of "
        "unusual outbreaks, and doctors in India and Malaysia, where cases have been reported, "
        "urged the public not to panic.",
        "health",
    ),
    (
        "Why is dengue surging in Bangladesh this year?",
        "Bangladesh is facing its worst dengue outbreak on record, with more than 1,000 deaths "
        "and over 200,000 people admitted to hospital since January, according to the "
        "Directorate General of Health Services. Hospitals in Dhaka have put patients on "
        "mattresses in corridors, and blood banks have appealed for platelet donors. What is "
        "dengue? It is a viral infection spread by the Aedes mosquito, which breeds in stagnant "
        "water in flower pots, construction sites and discarded tyres. Most people have mild "
        "symptoms, but a second infection with a different strain can cause severe bleeding and "
        "organ failure. Why is it so bad now? Experts point to a longer and wetter monsoon, "
        "higher temperatures and unplanned urban growth, as well as the spread of the disease "
        "from the capital to rural districts that have little experience of it. Entomologists "
        "also say city spraying programmes have been poorly run. The WHO has described the "
        "outbreak as a warning of how climate change is reshaping disease.",
        "health",
    ),
    (
        "Why did Derna's dams fail? Storm Daniel's floods explained",
        "Rescue teams are still searching for bodies in the eastern Libyan city of Derna, a week "
        "after two dams collapsed during Storm Daniel and sent a wall of water through its "
        "centre. The Libyan Red Crescent says 11,300 people have died and 10,100 are missing, "
        "while the UN says more than 40,000 have been displaced. How did it happen? The storm, "
        "a rare Mediterranean cyclone sometimes called a medicane, dumped more than 400mm of rain "
        "on parts of eastern Libya in 24 hours. The two earth-filled dams above Derna, built in "
        "the 1970s, had not been properly maintained despite warnings from engineers. Why was "
        "the response so slow? Libya has two rival administrations, one in Tripoli and one in "
        "the east, and aid at first struggled to reach the city. The eastern-based army of "
        "Khalifa Haftar has deployed soldiers to help recover bodies and has restricted access "
        "for journalists. Protesters in Derna have called for the dismissal of local officials.",
        "disaster",
    ),
    (
        "Why was Hurricane Melissa so powerful?",
        "Hurricane Melissa made landfall in south-western Jamaica on Tuesday as a Category 5 "
        "storm with sustained winds of 185mph (298km/h), making it the strongest storm ever to "
        "hit the island. Officials say at least 19 people have been killed in Jamaica, and more "
        "than 25,000 were sheltering in government shelters as the storm passed. Why was it so "
        "strong? Meteorologists say Melissa moved unusually slowly across the Caribbean, over "
        "sea surface temperatures several degrees warmer than normal, which allowed it to "
        "intensify rapidly. Scientists at Imperial College London estimate that climate change "
        "made its winds about 7% stronger. What damage has it done? Parts of Black River and "
        "Montego Bay are under water, and about 77% of the island lost power. In Haiti, where "
        "the storm did not make landfall, heavy rain caused a river to burst its banks, killing "
        "at least 20 people. The storm is now heading north-east towards Cuba and the Bahamas.",
        "disaster",
    ),
    (
        "What is a Dana, and why did Valencia's floods kill so many?",
        "The death toll from last week's floods in eastern Spain has risen to 217, most of them "
        "in the region of Valencia, and dozens of people are still missing. Thousands of "
        "soldiers have been deployed to clear mud and search for bodies in the worst-hit towns "
        "such as Paiporta, where residents say the water rose to the ceilings of ground-floor "
        "homes within minutes. What caused the rain? The storm was a Dana, a Spanish acronym for "
        "an isolated depression at high levels, in which cold air cut off from the jet stream "
        "sits over the warm Mediterranean. Some places received a year's rain in eight hours. "
        "Why were so many caught out? The regional government sent an emergency alert to phones "
        "only after 8pm, when water was already pouring into homes, and many drivers were trapped "
        "in their cars. King Felipe and Prime Minister Pedro Sánchez were heckled by "
        "angry residents during a visit to Paiporta. Scientists say a warming sea is making such "
        "storms wetter.",
        "disaster",
    ),
    (
        "Cyclone Freddy: why has it lasted so long?",
        "Cyclone Freddy has struck southern Africa for a second time, killing more than 200 "
        "people in Malawi and Mozambique, in what meteorologists say is likely to be the "
        "longest-lasting tropical storm on record. Malawi's government says 190 people have died "
        "there, most in the commercial city of Blantyre, where mudslides buried homes on the "
        "hillsides, and that more than 20,000 people are in camps for the homeless. Why has "
        "Freddy lasted so long? It formed off north-west Australia in early February and "
        "crossed the entire southern Indian Ocean, hitting Madagascar and Mozambique, before "
        "looping back over warm water and gaining strength again. The UN weather agency is "
        "checking whether it has broken the record of 31 days set by Hurricane John in 1994. "
        "Malawi's army has deployed boats and helicopters to rescue people stranded by floods. "
        "The country was already battling its deadliest cholera outbreak in decades, and health "
        "officials fear the floods will spread it further.",
        "disaster",
    ),
    (
        "What happened in the Colonial Pipeline hack?",
        "The largest fuel pipeline in the United States has restarted operations after a "
        "ransomware attack forced it to shut down for five days, causing panic buying and fuel "
        "shortages along the East Coast. Colonial Pipeline, which carries about 45% of the fuel "
        "used on the eastern seaboard, took its systems offline after hackers locked its "
        "computers and demanded payment. Who was behind it? The FBI has blamed DarkSide, a "
        "criminal group thought to be based in Russia that rents out its malicious software "
        "to other hackers in return for a share of the ransom. The company has confirmed it "
        "paid 75 bitcoin, then worth about $4.4m, to regain access to its data. How does "
        "ransomware work? Attackers get into a network, often through a stolen password, "
        "encrypt files and threaten to publish stolen data unless they are paid. President "
        "Joe Biden said there was no evidence the Russian government was involved, but that "
        "Moscow had a responsibility to act.",
        "crime",
    ),
    (
        "Who are Scattered Spider, the hackers behind the M&S cyber attack?",
        "Marks & Spencer says a cyber attack that halted its online orders for almost seven "
        "weeks will cost it about £300m, and it has confirmed that customers' personal data "
        "was stolen. Police and security researchers believe the attack was carried out by a "
        "loose network of hackers known as Scattered Spider, who are also suspected of attacks "
        "on the Co-op and Harrods. Who are they? Unlike most ransomware gangs, many of its "
        "members are thought to be young, English-speaking and based in the UK and the US, some "
        "still in their teens. How did they get in? Investigators say they tricked IT help "
        "desks into resetting passwords by impersonating employees, then deployed ransomware "
        "supplied by a Russian-speaking group called DragonForce. The National Crime Agency "
        "has arrested four people, aged between 17 and 20, on suspicion of computer misuse and "
        "blackmail offences. M&S has not said whether it paid a ransom. Its chairman told MPs "
        "the company had been “traumatised” by the attack.",
        "crime",
    ),
    (
        "How did thieves steal the crown jewels from the Louvre?",
        "French police are hunting four thieves who stole eight pieces of Napoleonic-era "
        "jewellery from the Louvre in Paris in a raid that lasted less than eight minutes. The "
        "culture minister, Rachida Dati, said the items, including a necklace and earrings "
        "given by Napoleon to his wife Marie-Louise, were of “inestimable heritage value”. How "
        "did they do it? The gang parked a lorry with a mechanical ladder beneath the Apollo "
        "Gallery on Sunday morning, shortly after the museum opened, and two men climbed to a "
        "first-floor balcony. They cut through a window with angle grinders, smashed two display "
        "cases and fled on scooters. A crown belonging to Empress Eugénie was dropped outside and "
        "recovered, damaged. The Louvre was closed for the rest of the day, and visitors were "
        "evacuated. Why was it so easy? A report by the national audit office had warned of "
        "delays in modernising the museum's security systems, and unions say staff numbers have "
        "been cut. Prosecutors believe the gang may have been working to order.",
        "crime",
    ),
    (
        "What is Tren de Aragua, the gang Trump says is 'invading' the US?",
        "The Trump administration has deported more than 200 Venezuelan men to a "
        "maximum-security prison in El Salvador, invoking the Alien Enemies Act of 1798, a "
        "wartime law last used to intern Japanese, German and Italian nationals during the "
        "Second World War. It says the men belong to Tren de Aragua, which it calls a "
        "“hybrid criminal state” that is waging “irregular warfare” on the United States. "
        "What is Tren de Aragua? The gang grew out of a prison in the Venezuelan state of "
        "Aragua around 2014, running extortion and smuggling inside its walls, and spread with "
        "the exodus of Venezuelans into Colombia, Peru and Chile, where it is accused of sex "
        "trafficking and kidnappings. Is it directed by Venezuela's government? A US "
        "intelligence assessment found no evidence of that. Lawyers for several of the "
        "deported men say they had no criminal records and were identified by their tattoos. "
        "A federal judge has ordered a halt to the flights, and the administration has "
        "appealed.",
        "crime",
    ),
    (
        "What we know about the Air India crash in Ahmedabad",
        "Investigators are trying to establish why an Air India Boeing 787 bound for London "
        "crashed into a medical college hostel seconds after taking off from Ahmedabad in "
        "western India on Thursday, killing 241 of the 242 people on board. At least 19 people "
        "on the ground also died. One passenger, a British national seated in 11A, walked out "
        "of the wreckage. What happened? Flight AI171 reached an altitude of about 625ft "
        "before it began to lose height, and the pilot issued a mayday call. Footage shows "
        "the plane descending with its nose up before exploding in a fireball. Why did it "
        "crash? It is too early to say. Experts have pointed to a possible loss of engine "
        "power, and the black boxes have been recovered. It is the first fatal crash of a 787 "
        "Dreamliner since the model entered service in 2011. India's aviation regulator has "
        "ordered extra safety checks on the airline's fleet of 33 Dreamliners.",
        "accident",
    ),
    (
        "Jeju Air crash: what we know about South Korea's deadliest air disaster",
        "South Korea has begun seven days of national mourning after a Jeju Air passenger plane "
        "crashed at Muan International Airport, killing 179 of the 181 people on board. The two "
        "survivors, both flight attendants, were pulled from the tail section. The Boeing "
        "737-800, arriving from Bangkok, landed without its wheels down, skidded along the "
        "runway and slammed into a concrete embankment before bursting into flames. What went "
        "wrong? Minutes before the crash the control tower warned of a bird strike, and the "
        "pilot declared an emergency. Investigators are examining why the landing gear did "
        "not deploy and why the plane attempted to land in the opposite direction. Attention has "
        "also turned to the embankment, which housed navigation equipment and which experts "
        "say should not have been so solid. The transport ministry has ordered inspections of "
        "all 101 Boeing 737-800s operated by South Korean airlines. Relatives have camped "
        "at the airport awaiting the identification of remains.",
        "accident",
    ),
    (
        "Beirut explosion: what caused the blast and who is to blame?",
        "Lebanon's government has placed port officials under house arrest as it investigates "
        "the huge explosion that tore through Beirut on Tuesday, killing at least 135 people "
        "and injuring about 5,000. Up to 300,000 people have been left homeless, the city's "
        "governor said. What exploded? Officials say the blast was caused by 2,750 tonnes of "
        "ammonium nitrate, a chemical used in fertiliser and mining explosives, that had been "
        "stored in a warehouse at the port for six years. It had been unloaded from a "
        "Moldovan-flagged ship, the Rhosus, impounded in 2013. How did it ignite? A fire in a "
        "nearby warehouse appears to have set it off, though the cause of that fire is unclear. "
        "Documents show that customs officials warned the courts at least six times that the "
        "cargo was dangerous. Why are people so angry? Many Lebanese see the disaster as the "
        "result of decades of corruption and neglect by the political class, and the country "
        "was already in economic collapse.",
        "accident",
    ),
    (
        "Why are French farmers blocking motorways around Paris?",
        "Tractors have blocked eight motorways leading into Paris, as farmers from across France "
        "step up protests over falling incomes, rising costs and what they call excessive "
        "regulation. Convoys set up camps on the A1, A4 and A6, and some farmers said they had "
        "brought enough food to stay for days. What do they want? The main grievances are the "
        "cost of diesel for farm vehicles, after the government announced the end of a tax "
        "break, delays in subsidy payments, and environmental rules on pesticides and "
        "fallow land. They also accuse supermarkets of squeezing prices and the EU of allowing "
        "cheaper imports from Ukraine and South America. How has the government responded? "
        "Prime Minister Gabriel Attal scrapped the diesel tax rise and promised emergency aid. "
        "Police have been ordered to avoid confrontation, and the interior minister said "
        "officers would not intervene unless farmers tried to enter Rungis, the capital's "
        "main food market. Protests have also spread to Belgium and Germany.",
        "protest",
    ),
    (
        "Why are tens of thousands of Slovaks protesting against Robert Fico?",
        "Tens of thousands of people have rallied in Bratislava and dozens of other Slovak "
        "towns for a third weekend, accusing Prime Minister Robert Fico of steering the "
        "country away from the European Union and towards Russia. Organisers estimated the crowd "
        "in the capital's Freedom Square at 60,000, waving EU and Ukrainian flags and chanting "
        "“Slovakia is Europe”. Police reported no incidents. What sparked the protests? Fico "
        "made a surprise visit to Moscow in December to meet Vladimir Putin, and has threatened "
        "to block EU aid to Ukraine. Why does it matter? Slovakia is a member of both the EU and "
        "Nato, and critics say Fico is following the path of Hungary's Viktor Orbán. Fico has "
        "accused the organisers of plotting a “Maidan”-style coup with foreign help, and the "
        "security service has said, without presenting evidence, that it is monitoring "
        "attempts to destabilise the country. Organisers plan further rallies next month.",
        "protest",
    ),
]
