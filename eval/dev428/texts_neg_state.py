"""dev428 negatives, the state and the money: fuel scarcity, subsidy and the naira, elections
and the tribunals, peaceful protests and strikes (the #EndSARS anniversaries among them), the
military without violence and ordinary political news."""

NEGATIVES = [
    (
        "Fuel scarcity: Long queues return to Abuja, Lagos as NNPC blames logistics",
        "Long queues returned to filling stations in Abuja and Lagos on Monday as fuel "
        "scarcity hit major cities for the third time this year. Motorists in Abuja said "
        "they spent between four and seven hours in queues, while black marketers sold "
        "petrol at N1,500 a litre on the Kubwa Expressway and in Nyanya. The Nigerian "
        "National Petroleum Company Limited said the shortage was caused by logistics "
        "challenges at some depots and that supply would improve within days. Independent "
        "marketers, however, blamed the situation on the high cost of products from private "
        'depots. "It is war every morning just to get fuel," said a taxi driver at the NNPC '
        "station in Wuse. Commercial bus drivers raised fares by up to 50 per cent on some "
        "routes. The Independent Petroleum Marketers Association of Nigeria (IPMAN) said "
        "many of its members had shut their stations because they could not afford to buy "
        "products. Residents of Kubwa said they had returned to using kerosene stoves as "
        "cooking gas prices also rose. Some civil servants said they arrived late at work "
        "after hours in queues. The Nigerian Midstream and Downstream Petroleum Regulatory "
        "Authority warned marketers against hoarding.",
        "economy",
    ),
    (
        '"Subsidy is gone": Transport fares, food prices soar as petrol hits N617',
        "Transport fares and food prices rose sharply across the country on Thursday, two "
        "days after President Bola Tinubu declared in his inaugural speech that fuel subsidy "
        "was gone. The Nigerian National Petroleum Company Limited raised the pump price of "
        "petrol from N185 to as much as N617 per litre, depending on location. In Lagos, "
        "commuters paid double the usual fares on routes from Ikorodu and Ojo to the Island, "
        "while students in some universities said they could no longer afford to travel "
        "home. The Nigeria Labour Congress (NLC) threatened a nationwide strike and asked "
        "the government to reverse the price. Economists said the removal would free "
        "trillions of naira for other spending but warned of higher inflation in the short "
        'term. "The pain is real, but the battle to save the economy has to be fought," a '
        "presidential aide said on Channels Television. Marketers said some stations had "
        "hoarded products in anticipation of the new price. The NLC and the Trade Union "
        "Congress later met government officials at the Presidential Villa. The government "
        "promised palliatives, including buses powered by compressed natural gas and cash "
        "transfers to poor households.",
        "economy",
    ),
    (
        "Naira slumps to N1,900/$ at parallel market as CBN moves to clear FX backlog",
        "The naira fell to a record low of N1,900 to the dollar at the parallel market in "
        "Lagos on Wednesday, as demand for foreign exchange continued to outstrip supply. At "
        "the official market, the currency closed at N1,482 per dollar, according to data "
        "from FMDQ Exchange. Bureau de change operators in Abuja's Zone 4 and Lagos' Allen "
        "Avenue said dollars were scarce. The Central Bank of Nigeria (CBN) said it had "
        "cleared a large part of the foreign exchange backlog owed to airlines and "
        "manufacturers and would unify exchange rates. Analysts at a Lagos-based investment "
        "firm said the naira would remain under attack until oil output and remittances "
        "improved. Importers said the fall had forced them to raise prices of spare parts, "
        'drugs and rice. "We are pricing goods every morning," a trader at Alaba '
        "International Market said. The Manufacturers Association of Nigeria said factories "
        "were cutting production and laying off staff. Bureau de change operators called on "
        "the CBN to resume sales of dollars to them.",
        "economy",
    ),
    (
        "Petrol price war: Dangote refinery, marketers cut pump prices again",
        "A price war between the Dangote Petroleum Refinery and petroleum marketers has "
        "brought petrol prices down in Lagos and Abuja for the second time in a month. The "
        "refinery announced on Monday that it had cut its ex-depot price by N65 per litre, "
        "and major marketers including MRS and Ardova reduced pump prices at their stations "
        "within hours. The Nigerian National Petroleum Company Limited followed on Tuesday, "
        "selling at N875 per litre in Lagos. Depot owners, who have been importing cheaper "
        'cargoes, accused the refinery of trying to drive them out of the market. "This is '
        'healthy competition, and Nigerians are the winners," said the spokesperson of the '
        "refinery. The Petroleum Products Retail Outlets Owners Association of Nigeria said "
        "its members had lost billions of naira on stock bought at higher prices. Analysts "
        "said prices could fall further if crude supply to the refinery remained steady.",
        "economy",
    ),
    (
        "Cash crunch: POS operators charge N1,000 per N10,000 as new naira notes scarce",
        "Point-of-sale (POS) operators in Lagos, Abuja and Kano are charging up to N1,000 to "
        "withdraw N10,000, as the scarcity of the redesigned naira notes worsened ahead of "
        "the Central Bank of Nigeria's deadline. Long queues formed at ATMs across cities, "
        "with some customers sleeping at bank premises to be first in line. Traders at "
        "markets in Ibadan and Onitsha said sales had dropped because customers had no cash. "
        "The CBN governor, Godwin Emefiele, insisted that the February 10 deadline for the "
        "old notes would not be extended. Several state governors went to the Supreme Court "
        'to challenge the policy. "We have money in the bank but we cannot buy food," said a '
        "woman in a queue in Surulere. The Manufacturers Association of Nigeria said the "
        "cash crunch was hurting small businesses. Some banks limited over-the-counter "
        "withdrawals to N20,000 a day. Bus drivers in Lagos began to accept bank transfers "
        "from passengers. The CBN said it had printed enough of the new notes and accused "
        "some banks of hoarding them.",
        "economy",
    ),
    (
        "Tribunal upholds Tinubu's victory; Atiku, Obi head to Supreme Court",
        "The Presidential Election Petition Court in Abuja on Wednesday dismissed the "
        "petitions of Atiku Abubakar of the Peoples Democratic Party and Peter Obi of the "
        "Labour Party, upholding the election of President Bola Tinubu. The five-member "
        "panel, led by Justice Haruna Tsammani, held that the petitioners failed to prove "
        "that the election was marred by irregularities or that the President was not "
        "qualified to contest. The judgment took more than 12 hours to read. Counsel to Obi, "
        "Livy Uzoukwu, said his client would continue the legal battle at the Supreme Court. "
        "Security was tight around the court, with police and DSS operatives manning "
        'roadblocks. "This is a victory for democracy," the All Progressives Congress said '
        "in a statement. Supporters of the Labour Party described the ruling as a setback "
        "and urged calm. Atiku's lawyers said they had found grounds for appeal in the "
        "court's treatment of evidence from the INEC result viewing portal. Under the "
        "Constitution, the Supreme Court has 60 days to decide the appeals. Traders in Abuja "
        "said the city was calm, though many offices closed early.",
        "politics",
    ),
    (
        "Tax reform bills: Northern governors, senators dig in as battle shifts to committee",
        "The battle over President Bola Tinubu's tax reform bills moved to the Senate "
        "Committee on Finance on Tuesday, after northern governors and senators demanded "
        "changes to the proposed sharing of value added tax. The Northern Governors' Forum "
        "said the formula, which gives more weight to where goods are consumed, would hurt "
        "states in the region. Senators from the North-East and North-West threatened to "
        "block the bills. The Special Adviser to the President on Revenue, Taiwo Oyedele, "
        'said the reforms were not targeted at any region. "Nobody is at war with the '
        'North," he told journalists in Abuja. The Senate President, Godswill Akpabio, set '
        "up a committee to meet with the governors. The bills seek to merge some revenue "
        "agencies and to simplify taxes for small businesses. The National Economic Council "
        "had earlier asked the President to withdraw the bills for more consultation, a "
        "request he turned down. Some southern governors have backed the bills. Business "
        "groups, including the Lagos Chamber of Commerce and Industry, said the reforms were "
        "overdue.",
        "politics",
    ),
    (
        "Kano emirate tussle: Appeal Court sets aside order, Sanusi stays on",
        "The Court of Appeal in Abuja has set aside a Federal High Court order that "
        "nullified the Kano State Emirate Council (Repeal) Law of 2024, in the latest twist "
        "in the tussle for the throne of Kano. The law, passed by the Kano State House of "
        "Assembly, dissolved the four emirates created in 2019 and led to the return of "
        "Muhammadu Sanusi II as Emir. The deposed emir, Aminu Ado Bayero, has continued to "
        "stay in the mini-palace in Nassarawa, and police have deployed officers around both "
        "palaces. Counsel to Bayero said they would head to the Supreme Court. Governor Abba "
        'Yusuf welcomed the ruling as "a victory for the people of Kano". Traditional rulers '
        "and clerics have called for calm. The tussle has split the state along party lines "
        "since the governor signed the law in May. Sanusi, who was first appointed in 2014 "
        "and deposed in 2020, has continued to hold court at the main palace. Bayero's "
        "supporters argue that the repeal law was passed in breach of a court order. The "
        "state government has asked the police to withdraw officers from the mini-palace.",
        "politics",
    ),
    (
        "EFCC lays siege to Yahaya Bello's Abuja home, ex-governor declared wanted",
        "Operatives of the Economic and Financial Crimes Commission (EFCC) on Wednesday laid "
        "siege to the Abuja home of the former governor of Kogi State, Yahaya Bello, in an "
        "attempt to arrest him over an alleged N80.2bn fraud. The operation ended after the "
        "sitting governor of Kogi, Usman Ododo, arrived at the house and left with Bello in "
        "his official car, the commission later said. The EFCC declared Bello wanted on "
        "Thursday. Its chairman, Ola Olukoyede, told journalists that the commission would "
        'not back down in its war against corruption. "Nobody is above the law," he said. '
        "Bello's media office said the commission had ignored a court order restraining it "
        "from arresting him. The Nigerian Bar Association called on the former governor to "
        "submit himself to the law. The Kogi State Government described the operation as an "
        "attempt to humiliate the former governor. The EFCC later filed charges against "
        "Bello and three others at the Federal High Court in Abuja. Olukoyede said he had "
        "been offered money to drop the case, which he refused.",
        "politics",
    ),
    (
        "Edo tribunal: Ighodalo loses as panel affirms Okpebholo's election",
        "The Edo State Governorship Election Petition Tribunal has dismissed the petition of "
        "the Peoples Democratic Party candidate, Asue Ighodalo, and affirmed the election of "
        "Governor Monday Okpebholo of the All Progressives Congress. The three-member panel "
        "held that the petitioner failed to prove allegations of over-voting and the "
        "alteration of results in 13 local governments. The PDP had argued that the Bimodal "
        "Voter Accreditation System data did not match the declared results. Ighodalo said "
        "he had instructed his lawyers to appeal and that the fight for the mandate would "
        'continue. Supporters of the governor celebrated on the streets of Benin City. "The '
        'people of Edo have spoken twice, at the polls and in court," the APC chairman in '
        "the state said. The ruling came about seven months after the election. The PDP has "
        "21 days to file an appeal at the Court of Appeal. Security was tight in Benin City "
        "as the judgment was delivered virtually.",
        "politics",
    ),
    (
        "#EndSARS at one: Protesters drive through Lekki toll gate in car procession",
        "Hundreds of young people on Wednesday marked the first anniversary of the #EndSARS "
        "protests with a car procession through the Lekki toll gate in Lagos, waving flags "
        "and playing music. Police officers and soldiers were stationed at the toll plaza, "
        "but the procession moved on without incident, organisers said. In Abuja, protesters "
        "gathered at the Unity Fountain to remember those killed in October 2020 and to "
        "demand the release of the report of the judicial panel. A few people were briefly "
        "detained at Lekki for blocking the road and later released. The Lagos State Police "
        'Command had warned that it would not allow any protest to disrupt public order. "We '
        'are here to remember, not to fight anyone," said one of the organisers. Similar '
        "gatherings were held in Ibadan and Port Harcourt. The toll gate, which was damaged "
        "in October 2020, has since been repaired but not reopened for toll collection. "
        "Organisers said they would keep holding the procession every year until the "
        "government acts on the panel's report. The Lagos State Government has said the "
        "report contained errors.",
        "protest",
    ),
    (
        "#EndSARS fifth anniversary: Candlelight vigils in Lagos, Abuja, Benin",
        "Young Nigerians held candlelight vigils in Lagos, Abuja and Benin on Monday night "
        "to mark five years since the #EndSARS protests against police brutality. At the "
        "Lekki toll gate, about 200 people sang the national anthem, read out the names of "
        "victims and laid flowers. Police monitored the event from a distance, and it ended "
        "peacefully before midnight. Speakers called on the federal government to implement "
        "the recommendations of the judicial panels of inquiry set up in 2020, including the "
        'payment of compensation to victims. "Five years later, nobody has been held '
        'accountable," said a lawyer who represented some of the petitioners. The '
        "Inspector-General of Police said in a statement that the force had been reformed "
        "since the protests. Artists and activists also posted tributes on social media "
        "under the hashtag. Many of the participants were teenagers in 2020. Organisers said "
        "they had obtained police permits for the gatherings.",
        "protest",
    ),
    (
        "NLC strike grounds airports, hospitals, offices over minimum wage",
        "Workers across the country on Monday began an indefinite general strike called by "
        "the Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) over a new "
        "minimum wage and electricity tariffs. Flights were disrupted at airports in Lagos "
        "and Abuja after aviation unions locked offices, while public hospitals turned away "
        "patients. The national grid was shut down for several hours after workers of the "
        "Transmission Company of Nigeria joined the strike. Union members marched peacefully "
        'through Abuja and Lagos carrying placards. "We are not asking for too much, we are '
        'asking for a living wage," the NLC President, Joe Ajaero, told the marchers. The '
        "federal government offered N60,000, while labour is demanding N494,000. Talks with "
        "the Senate President were scheduled for Monday evening. Banks in Lagos opened but "
        "turned customers away after union members shut their doors. Passengers at the "
        "Nnamdi Azikiwe International Airport sat in the departure hall for hours. The "
        "Minister of Information said the strike was illegal because talks were still going "
        "on.",
        "protest",
    ),
    (
        "ASUU strike enters month six as students stage sit-in at National Assembly",
        "Students from universities across the country staged a sit-in at the gate of the "
        "National Assembly in Abuja on Tuesday, demanding an end to the strike by the "
        "Academic Staff Union of Universities (ASUU), now in its sixth month. The students, "
        "led by the National Association of Nigerian Students, sat on the road for several "
        "hours and chanted songs, causing traffic along the Three Arms Zone. Police officers "
        "kept watch and the protest ended in the evening without any arrests. ASUU says the "
        "government has failed to implement agreements on funding and salaries, while the "
        "Minister of Labour insists that the union's demands cannot be met. \"We have been at "
        'home for six months, and nobody cares," a student of the University of Lagos said. '
        "Some students have taken jobs as bus conductors and POS operators to survive. "
        "Senators from the Committee on Tertiary Institutions came out to address the "
        "students and promised to meet with the union. The federal government has invoked a "
        '"no work, no pay" rule. Private universities, which are not affected by the strike, '
        "have recorded a rise in applications.",
        "protest",
    ),
    (
        "Okada riders protest ban in Lagos, block Ikorodu road for hours",
        "Hundreds of commercial motorcycle riders on Monday blocked Ikorodu Road in Lagos "
        "for several hours to protest the state government's ban on okada in six local "
        "government areas. The riders, some of them with their motorcycles, sat on the road "
        'near Fadeyi and carried placards reading "We need to eat". Traffic was diverted for '
        "most of the morning, and motorists complained of delays. Police officers dialogued "
        "with the leaders of the protest, who later moved to the Lagos State House of "
        "Assembly to submit a petition. The Commissioner for Transportation said the ban "
        'would stay, citing road crashes and crime. "Government has declared war on our '
        'livelihood," a rider said. The state has offered riders loans to buy buses under '
        "its First and Last Mile scheme. The riders dispersed in the early afternoon after "
        "their leaders were promised a meeting with the governor. Police said no arrests "
        "were made.",
        "protest",
    ),
    (
        "First batch of A-29 Super Tucano jets lands in Nigeria",
        "The first six of 12 A-29 Super Tucano aircraft bought by Nigeria from the United "
        "States arrived at the Nigerian Air Force base in Kainji, Niger State, on Thursday. "
        "The Chief of the Air Staff, Air Marshal Oladayo Amao, said the aircraft would boost "
        "the force's capacity and would be formally inducted into service in August. The "
        "deal, worth about $500m, includes training for pilots and engineers, spare parts "
        'and munitions. "These are the most modern light attack aircraft in the region," the '
        "Minister of Defence said at the arrival ceremony. The remaining six aircraft are "
        "expected later in the year. The sale was delayed for years over concerns in the US "
        "Congress about human rights. Nigerian pilots trained at Moody Air Force Base in "
        "Georgia. The aircraft were flown from Florida in stages, stopping in Brazil and "
        "Cape Verde before reaching Nigeria. A hangar and a maintenance centre have been "
        "built at Kainji to house them. Air force officials said the planes can carry "
        "precision-guided bombs and can fly for long hours. Critics of the deal have "
        "questioned the cost at a time of falling oil revenue, while supporters say the air "
        "force needs new aircraft to replace old Alpha Jets. The US Embassy in Abuja said "
        "the sale showed the strength of the partnership between the two countries.",
        "military",
    ),
    (
        "NADCEL 2025: Army showcases firepower at Jos parade, recruits pass out",
        "The Nigerian Army on Monday marked its 162nd anniversary with a parade at the Rwang "
        "Pam Township Stadium in Jos, Plateau State, the climax of the Nigerian Army Day "
        "Celebration (NADCEL). Troops displayed armoured vehicles, drones and artillery "
        "pieces, and special forces staged a demonstration of an assault on a mock enemy "
        "camp. The President, represented by the Vice-President, took the salute. The Chief "
        "of Army Staff said the army would continue to modernise its equipment and training. "
        '"A professional army is the backbone of a stable nation," he said. Earlier in the '
        "week, soldiers carried out medical outreach and renovated schools in communities "
        "around Jos. The celebration also featured a football match and a thanksgiving "
        "service. Recruits of the 86 Regular Recruits Intake, who completed their training "
        "in Zaria, also marched past the President's representative. Several officers were "
        "decorated for meritorious service. Residents of Jos lined the streets to watch the "
        "motorcade of armoured vehicles return to the barracks.",
        "military",
    ),
    (
        "Navy commissions two new patrol ships, 10 gunboats in Lagos",
        "The Nigerian Navy on Friday commissioned two new offshore patrol vessels and 10 "
        "gunboats at the Naval Dockyard in Victoria Island, Lagos, as part of its 69th "
        "anniversary. The Chief of the Naval Staff, Vice Admiral Emmanuel Ogalla, said the "
        "ships would help the navy fight crude oil theft and piracy in the Gulf of Guinea. "
        "One of the vessels was built in Turkey, while the gunboats were built locally at "
        'the dockyard. "We are building a navy that can protect our maritime domain," Ogalla '
        "said. Officers also conducted a fleet review off the Lagos coast, watched by the "
        "Minister of Defence and foreign naval attaches. The navy said it had received "
        "approval to acquire more helicopters. The vessels will be deployed to the Eastern "
        "and Central Naval Commands, where they will patrol oil installations and fishing "
        "grounds. The event ended with a reception at the Navy Officers' Mess.",
        "military",
    ),
    (
        "Exercise Crocodile Smile: Army begins drills in Niger Delta, South-West",
        "The Nigerian Army has launched Exercise Crocodile Smile, an annual field training "
        "exercise, across the Niger Delta and parts of the South-West. The Director of Army "
        "Public Relations said the exercise, which will run until December, would include "
        "amphibious drills, cyber operations and medical outreaches in riverine communities. "
        "Soldiers will also set up checkpoints, and residents were asked not to panic at the "
        "sight of troops and equipment. Human rights groups urged the army to respect the "
        'rights of civilians during the exercise. "This is a training exercise, not an '
        'operation against any group," the spokesperson said. The exercise will be flagged '
        "off in Yenagoa by the Chief of Army Staff. Similar exercises have been held every "
        "year since 2016. Troops will also carry out free medical checks and distribute "
        "drugs in communities in Bayelsa, Delta and Ondo states. Residents were advised to "
        "report any soldier who misbehaved through hotlines published by the army.",
        "military",
    ),
    (
        "Ondo: INEC declares Aiyedatiwa winner of governorship election",
        "The Independent National Electoral Commission (INEC) on Sunday declared Governor "
        "Lucky Aiyedatiwa of the All Progressives Congress the winner of Saturday's "
        "governorship election in Ondo State. The returning officer, Prof Olayemi Akinwumi, "
        "said Aiyedatiwa won in all 18 local government areas with 366,781 votes, ahead of "
        "Agboola Ajayi of the Peoples Democratic Party, who polled 117,845. Turnout was low, "
        "and observers reported cases of vote buying in Akure and Owo. Yiaga Africa said its "
        "results matched the declared figures. The PDP candidate said he had rejected the "
        "result and was studying it with his lawyers. Aiyedatiwa, who took over after the "
        "death of Rotimi Akeredolu, thanked voters and promised to run an inclusive "
        "government. Voting started on time in most polling units, and the Bimodal Voter "
        "Accreditation System worked better than in previous elections, observers said. Only "
        "about 25 per cent of registered voters took part. The Labour Party candidate "
        "congratulated the governor and called for unity.",
        "other",
    ),
    (
        "Census: FG shifts population count again, no new date announced",
        "The Federal Government has again postponed the national population and housing "
        "census, which was expected to be the first in Nigeria since 2006. The Chairman of "
        "the National Population Commission said the President would announce a new date "
        "after consulting stakeholders. The commission had trained thousands of enumerators "
        "and spent billions of naira on digital devices for the exercise. Economists say the "
        "country cannot plan properly without reliable data, as estimates of the population "
        'range from 200 million to 230 million. "Every year we delay, the data becomes more '
        'expensive to collect," said a demographer at the University of Ibadan. Some states '
        "have begun their own counts for planning. The last census was marred by disputes "
        "over figures in Lagos and Kano. The commission said the enumerators' devices would "
        "be stored safely until the exercise is held. Development partners, including the "
        "United Nations Population Fund, have offered to support the count.",
        "other",
    ),
]
