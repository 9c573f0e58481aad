"""dev283 negatives, society, sport and culture desks: crime, politics, peaceful protest, health,
sport and entertainment, and ordinary news."""

NEGATIVES = [
    (
        "Verstappen wins title in Abu Dhabi after last-lap battle with Hamilton",
        "Max Verstappen won his first Formula One world championship at Yas Marina on Sunday, overtaking "
        "Lewis Hamilton on the final lap of a race that ended a season-long battle between the two drivers. "
        "Hamilton had led from the start and looked set for a record eighth title until a late crash "
        "brought out the safety car. "
        "Verstappen pitted for fresh tyres and attacked on the restart, passing the Mercedes driver at "
        "turn five. "
        "Mercedes lodged two protests with the stewards, both of which were rejected. "
        "More than 50,000 spectators packed the circuit, and hotels on Yas Island were fully booked. "
        "“It is insane, I can't believe it,” Verstappen said over the team radio. "
        "The decision of race director Michael Masi to let only some lapped cars overtake the safety car "
        "will be examined by the FIA. "
        "Abu Dhabi's tourism authority said the weekend had drawn record audiences around the world. "
        "Hamilton congratulated his rival in the pit lane and left the circuit without speaking to reporters.",
        "sport",
    ),
    (
        "Saudi Arabia stun Argentina as Al Shehri and Al Dawsari shoot down Messi's side",
        "Saudi Arabia produced one of the greatest shocks in World Cup history on Tuesday, coming from "
        "behind to beat Argentina 2-1 at Lusail Stadium. "
        "Lionel Messi gave Argentina the lead from the penalty spot, but Saleh Al Shehri equalised "
        "early in the second half and Salem Al Dawsari curled in a stunning winner five minutes later. "
        "The Saudis then withstood a late siege of their goal, with goalkeeper Mohammed Al Owais making "
        "a string of saves. "
        "King Salman declared a public holiday on Wednesday, and fans danced on the streets of Riyadh "
        "and Jeddah until dawn. "
        "Coach Herve Renard had told his players at half-time to fight for every ball. "
        "Argentina had been unbeaten in 36 matches. "
        "Thousands of Saudi supporters had crossed the land border at Salwa to watch the game in Doha. "
        "The Saudi players were greeted by thousands of fans at King Khalid airport when they returned home after the group stage. Fans in Dubai and Doha filled cafes to watch the match on big screens. Renard said his team would not rest and must now focus on Poland.",
        "sport",
    ),
    (
        "Al Hilal's attack too strong for Al Nassr as Ronaldo misfires in Riyadh derby",
        "Al Hilal beat Al Nassr 3-1 in the Riyadh derby on Friday, extending their lead at the top of the "
        "Saudi Pro League to nine points. "
        "Aleksandar Mitrovic scored twice, and Sergej Milinkovic-Savic added a third from outside the box. "
        "Cristiano Ronaldo pulled one back from the penalty spot but missed two clear chances and was booked "
        "for arguing with the referee. "
        "Al Hilal coach Jorge Jesus praised his side's pressing and said the title race was “far from over”. "
        "A crowd of more than 25,000 filled Kingdom Arena. "
        "Al Nassr's defence has conceded 14 goals in ten games, the club's worst record in three seasons. "
        "Al Ittihad, the champions, beat Al Ahli in the Jeddah derby on Thursday. "
        "The defeat left Al Nassr fourth, 12 points behind the leaders. Mitrovic now has 18 league goals this season, two more than Ronaldo. Tickets for the match sold out within hours, and the club said more than a million people watched online. The two sides meet again in the King's Cup semi-final next month.",
        "sport",
    ),
    (
        "Dakar Rally: Al Attiyah takes charge in Empty Quarter battle",
        "Qatar's Nasser Al Attiyah won the eighth stage of the Dakar Rally on Monday to open a lead of more "
        "than 20 minutes over his nearest rival, as the race entered the dunes of the Empty Quarter. "
        "The five-time champion said the stage from Riyadh had been “a real fight with the sand”, with "
        "several drivers stranded for hours after getting stuck. "
        "Saudi driver Yazeed Al Rajhi finished third on the stage and moved up to fourth overall. "
        "In the motorcycle class, Australian Daniel Sanders kept his overall lead despite crashing near the "
        "finish. "
        "Organisers said temperatures had dropped to 3C at the bivouac overnight. "
        "The rally, held in Saudi Arabia since 2020, finishes in Shubaytah on Friday. "
        "More than 400 vehicles started the race in Bisha. "
        "Several teams complained about the difficulty of the navigation in the dunes. Spanish driver Carlos Sainz, the defending champion, lost time after breaking his suspension. Organisers said the stage would be shortened if sandstorms reduced visibility.",
        "sport",
    ),
    (
        "Red Sea film festival opens with Gaza drama as Saudi cinema comes of age",
        "The Red Sea International Film Festival opened in Jeddah's old town on Thursday with the premiere "
        "of a drama set in Gaza, following a family who try to keep a bakery open during the bombing of "
        "2014. "
        "The film's Palestinian director said she had wanted to show “ordinary people who keep living "
        "while the world watches the war on television”. "
        "The festival will screen more than 120 films from 80 countries over ten days, including 30 "
        "from Saudi Arabia. "
        "Hollywood stars walked the red carpet at the Ritz-Carlton, and the festival's foundation said it "
        "had funded 250 Arab and African projects since it started. "
        "Saudi Arabia lifted a 35-year ban on cinemas in 2018 and now has more than 600 screens. "
        "Critics praised the festival's selection of debut films. "
        "Tickets for the closing gala sold out within an hour. "
        "The festival also hosts a market where producers can meet funds from the Gulf and Europe. The Saudi Film Commission said the country's box office takings had reached about SR900m last year. A retrospective will honour the Egyptian actress Yousra.",
        "entertainment",
    ),
    (
        "Ramadan drama about Syrian war family tops Gulf TV ratings",
        "A Syrian series about a Damascus family torn apart by the war has become the most-watched drama "
        "of Ramadan across the Gulf, according to the MBC Group. "
        "The 30-episode show follows three brothers who end up on different sides of the conflict after "
        "2011, and includes scenes of shelling, checkpoints and detention. "
        "Its lead actor told Gulf News that some viewers had written to say the story reminded them of their "
        "own relatives. "
        "The series was filmed in Beirut and in a studio outside Abu Dhabi. "
        "Critics said it avoided taking sides, although some Syrian opposition figures called it "
        "whitewashing. "
        "Shahid, MBC's streaming service, said the show had drawn more than 40 million views in its first "
        "two weeks. "
        "Egyptian comedies and Saudi sitcoms filled the rest of the top ten. "
        "The show's writer said it had been difficult to find locations that looked like Damascus. Syrian actors, many of whom have left the country, said the Ramadan season gave them work. Advertisers paid record rates for slots before and after the show, according to industry sources.",
        "entertainment",
    ),
    (
        "Iraqi novel of Baghdad's bomb years wins Arabic Booker",
        "An Iraqi writer won the International Prize for Arabic Fiction in Abu Dhabi on Tuesday for a "
        "novel set in Baghdad during the sectarian violence of 2006 and 2007. "
        "The book follows a junk dealer who stitches together body parts of bombing victims into a "
        "creature that stalks the city to take revenge. "
        "The chair of the judges called it “a dark and fearless satire of a city living with car bombs”. "
        "The prize, funded by the Abu Dhabi Department of Culture and Tourism, is worth $50,000 and comes "
        "with translation into English. "
        "Five other novels were shortlisted, from Egypt, Morocco, Palestine, Saudi Arabia and Syria. "
        "The author said he wanted readers to see “the absurdity of violence”. "
        "Publishers in Beirut said sales of the novel had tripled since the shortlist was announced. "
        "The winning novel has already been translated into French and Italian. The author, who works as a journalist in Baghdad, said he had started the book while covering bombings for a newspaper. The ceremony took place on the eve of the Abu Dhabi International Book Fair.",
        "entertainment",
    ),
    (
        "Camel flu: Saudi Arabia reports new MERS cases as Hajj nears",
        "Saudi Arabia's health ministry reported four new cases of Middle East Respiratory Syndrome on "
        "Monday, including one death in Riyadh, and urged pilgrims to take precautions ahead of Hajj. "
        "Three of the cases were linked to a hospital in the capital, where 12 health workers are being "
        "monitored. "
        "The ministry said people should avoid contact with camels and drinking raw camel milk. "
        "The World Health Organisation said there was no evidence of sustained spread in communities and did "
        "not recommend travel restrictions. "
        "Since 2012, more than 2,000 cases have been reported worldwide, most in the kingdom. "
        "Pilgrims must show proof of meningitis vaccination, and older visitors have been advised to get a "
        "flu jab. "
        "Doctors in Dubai said they were testing travellers returning with fever from Saudi Arabia. "
        "Health officials in the kingdom have set up screening points at airports and at the Hajj entry points. Scientists are testing vaccines for camels that could reduce the spread of the virus to humans. Hospitals have stepped up infection control since an outbreak in Jeddah in 2014.",
        "health",
    ),
    (
        "From Homs to Jumeirah: former refugee's shawarma chain opens tenth branch",
        "A decade after fleeing Homs with his parents, Ammar Darwish opened the tenth branch of his "
        "shawarma restaurant chain in Jumeirah on Saturday, with a queue stretching along Al Wasl Road. "
        "Darwish, 31, arrived in Dubai from a camp in Jordan with a visa sponsored by an uncle and worked "
        "as a delivery rider while studying at night. "
        "He opened his first shop in Al Qusais in 2018 with savings of Dh60,000 and a recipe from his "
        "grandmother. "
        "The chain now employs 140 people, many of them young Syrians and Jordanians. "
        "“I don't talk much about the past,” he said. "
        "He plans to franchise the brand in Riyadh and Doha next year. "
        "Food bloggers credit the chain's garlic sauce for its success. "
        "He sponsors a football team for young Syrians in Sharjah and pays for the school fees of two employees' children. His father, a former engineer, works the till at the Al Qusais branch. The chain's menu also includes Aleppan kebabs and fattoush. A documentary about his journey will be screened at a Dubai community festival next month.",
        "other",
    ),
    (
        "Qatar extends midday work ban as summer temperatures soar",
        "Qatar will ban outdoor work between 10am and 3.30pm from June 1 to September 15, the Ministry of "
        "Labour said, extending the period covered by its summer heat rules. "
        "Employers who break the rule face closure of their sites for up to a month. "
        "Companies must also provide shaded rest areas, cold water and regular health checks for workers. "
        "The International Labour Organisation said the measures were among the strictest in the Gulf. "
        "Rights groups have called for rules based on heat and humidity rather than set hours. "
        "The ministry said inspectors had closed 338 sites last summer. "
        "Temperatures in Doha regularly pass 45C in July and August. "
        "Construction companies said the rule would delay some projects by several weeks. Workers on the Lusail boulevard said they were glad of the extra rest, but some complained of long hours in the evening. The ministry also set up a hotline for workers to report violations. Kuwait, Saudi Arabia and the UAE have similar rules, but for shorter periods. Doctors said cases of heat exhaustion had fallen since the rules were introduced.",
        "other",
    ),
    (
        "Captagon haul: 46 million pills found hidden in flour shipment at Riyadh dry port",
        "Saudi authorities seized about 46 million amphetamine pills hidden in a shipment of flour at a dry "
        "port in Riyadh, the largest single seizure of its kind in the kingdom's history. "
        "The General Directorate of Narcotics Control said eight people had been arrested, including six "
        "Syrians and two Pakistanis. "
        "The pills, known as Captagon, were packed inside 1,500 sacks and were headed for distribution in "
        "the kingdom. "
        "Officials said the drugs had come through a neighbouring country, without naming it. "
        "Saudi Arabia and Jordan have complained for years about smuggling from Syria, where the trade "
        "is worth billions of dollars. "
        "The interior ministry said the seizure was part of a national campaign, which officials call a war "
        "on drugs. "
        "Those convicted of trafficking face long prison sentences. "
        "The pills had a street value of about SR1.3bn, officials estimated. The directorate said sniffer dogs and X-ray scanners had been used to find the drugs among the sacks.",
        "crime",
    ),
    (
        "Dubai police arrest 17 in global money-laundering ring after dawn raids",
        "Dubai Police arrested 17 people in a series of dawn raids on villas and offices across the emirate, "
        "breaking up what they described as an international money-laundering network. "
        "Officers seized cash, luxury cars, gold bars and computers worth about Dh150m, police said. "
        "The gang had used shell companies and cryptocurrency wallets to move money for criminal groups in "
        "Europe and Asia. "
        "Maj Gen Khalil Ibrahim Al Mansouri, assistant commander-in-chief for criminal investigation, said "
        "the operation followed months of surveillance and cooperation with Europol. "
        "The UAE was removed from the Financial Action Task Force's grey list last year after tightening "
        "controls. "
        "The suspects have been referred to the Public Prosecution. "
        "The suspects, aged between 25 and 54, include citizens of seven countries, police said. Officers also froze 22 bank accounts. The operation was named “Dirty Money”, a police spokesman said. Lawyers for two of the suspects said their clients denied any wrongdoing.",
        "crime",
    ),
    (
        "Depositor holds Beirut bank staff hostage to withdraw his own savings",
        "A man armed with a shotgun held employees and customers of a bank in Beirut's Hamra district "
        "hostage for seven hours on Thursday, demanding to withdraw $200,000 of his own savings frozen since "
        "the 2019 crash. "
        "Bassam al-Sheikh Hussein, 42, doused the branch in petrol and threatened to set himself on fire "
        "unless he was paid. "
        "Crowds gathered outside, some cheering him on and chanting against the banks. "
        "He surrendered after the bank agreed to hand $35,000 to his brother to pay for their father's "
        "hospital bills. "
        "No one was hurt, and the hostages were released unharmed. "
        "He was detained by police but later freed without charge after the bank dropped its complaint. "
        "The Depositors' Union said Lebanese savers had been “pushed to the edge”. "
        "Lebanon's banks have imposed informal limits on withdrawals since 2019, and depositors have lost most of the value of their savings. The bank employees' union said staff would strike for three days in protest at the security failures. Several similar incidents took place in the following weeks, some involving fake guns. The central bank governor said the banks could not pay all depositors at once. Economists said the episode showed the need for a law on capital controls.",
        "crime",
    ),
    (
        "Somali pirates hijack Iranian fishing dhow, demand ransom",
        "Pirates hijacked an Iranian-flagged fishing dhow off the coast of Somalia's Puntland region on "
        "Tuesday and are holding its 23 crew for ransom, local officials said. "
        "The men, armed with AK-47s, boarded the vessel from skiffs about 90 nautical miles off Eyl, "
        "according to the Puntland Maritime Police Force. "
        "A spokesman for the owners in Chabahar said the pirates had demanded $400,000 and that talks were "
        "under way through elders. "
        "Piracy off Somalia had nearly stopped after 2012, but several hijackings have been reported in "
        "recent months. "
        "Shipping insurers in London said the attacks raised costs for vessels sailing close to the coast. "
        "None of the crew had been hurt, officials said. "
        "Local fishermen say foreign trawlers operating illegally in Somali waters have angered coastal communities, and some former pirates have returned to sea. The EU's Atalanta naval force said it was monitoring the situation. Iranian fishing groups in Chabahar said their members were afraid to go to sea. The owners hope to end the case within days.",
        "crime",
    ),
    (
        "Kuwait's parliament battles government over public debt law",
        "Kuwait's National Assembly rejected the government's public debt law for the third time on "
        "Tuesday, deepening a standoff that has left the state struggling to pay salaries. "
        "Opposition MPs said they would fight any borrowing until the cabinet tackles corruption and cuts "
        "waste. "
        "The finance minister warned that the General Reserve Fund had almost run out of cash. "
        "Kuwait has not been able to issue debt since the previous law expired in 2017. "
        "One MP accused the government of “waging war on the citizen's pocket”. "
        "Fitch and S&P have downgraded the country's credit rating, citing the political impasse. "
        "The emir may dissolve parliament if the deadlock continues, analysts said. "
        "The government says it needs to borrow up to KD20bn over 30 years to cover deficits while oil prices are low. MPs want to see spending cuts first. Salaries in the public sector, which employs most Kuwaitis, take up more than half of spending. Bankers said that without the law the state might have to sell assets. A new cabinet is expected to be named next week.",
        "politics",
    ),
    (
        "Joseph Aoun elected Lebanon's president, ending two-year vacancy",
        "Lebanon's parliament elected army commander Joseph Aoun as president on Thursday, ending a "
        "vacancy of more than two years that had paralysed the state. "
        "Aoun won 99 votes in a second round after Hezbollah and its allies switched to back him. "
        "In his inaugural speech he promised to reform the judiciary, fight corruption and restore trust in "
        "the banks. "
        "Saudi Arabia and Qatar, which had pressed for his election, welcomed the result. "
        "The Lebanese pound and eurobonds rallied on hopes of a return of Gulf aid and investment. "
        "Parliament must now agree on a prime minister to form a government. "
        "Business leaders in Beirut said they hoped Gulf tourists would return this summer. "
        "Aoun, 60, had led the army since 2017 and is the fifth army commander to become president. He will have to resign from the military before taking office. The International Monetary Fund said it was ready to resume talks on a rescue programme. Hotels in Beirut said bookings from the Gulf for the spring had started to rise. Flights from Riyadh and Doha to Beirut were fully booked for the weekend.",
        "politics",
    ),
    (
        "Saudi anti-corruption drive nets $100bn as Ritz-Carlton detainees settle",
        "Saudi Arabia's attorney general said settlements with detainees held in the kingdom's anti-"
        "corruption campaign had recovered more than $100bn in cash, property and shares. "
        "Most of the 381 people summoned, including princes, ministers and businessmen, had been released "
        "from the Ritz-Carlton hotel in Riyadh after reaching deals with the state. "
        "Crown Prince Mohammed bin Salman has called the campaign a war on corruption that would make "
        "business cleaner. "
        "Investors said the detentions had unsettled the private sector. "
        "Prince Alwaleed bin Talal, the chairman of Kingdom Holding, was among those freed. "
        "Critics said the process had taken place without any court. "
        "The hotel reopened to guests in February. "
        "Some of the assets were handed over as shares in companies, officials said. The government said 56 people were still being held, and their cases would be sent to prosecutors. Bankers in Riyadh said that foreign investors wanted clear rules before committing money. Analysts said it would take time for confidence to return.",
        "politics",
    ),
    (
        "Israel's general strike halts flights at Ben Gurion as unions join overhaul protests",
        "Departures from Ben Gurion airport were halted on Monday as Israel's largest labour union launched "
        "a general strike against the government's judicial overhaul. "
        "The Histadrut said hospitals, banks, ports and shopping malls would also close. "
        "Tens of thousands of demonstrators gathered outside the Knesset in Jerusalem, waving flags and "
        "singing, in a protest that police said was peaceful. "
        "Emirates and flydubai flights to Tel Aviv were delayed. "
        "Hours later Prime Minister Benjamin Netanyahu announced he was pausing the legislation to allow "
        "for talks, and the union called off the strike. "
        "The shekel rose 1 per cent against the dollar. "
        "Protest leaders vowed to keep marching every Saturday until the plan was scrapped. "
        "Economists at the Bank of Israel warned that the crisis was hurting investment. Tech companies said some start-ups had moved funds abroad. Dubai's Israeli business council said trade with the UAE had continued to grow despite the turmoil. The strike was the first general strike in Israel in more than a decade.",
        "protest",
    ),
    (
        "Dubai delivery riders stage rare strike over pay cut",
        "Hundreds of Deliveroo riders in Dubai stopped work on Sunday in a rare strike over a cut in their "
        "pay per order, parking their motorbikes outside hubs in Al Barsha and Jumeirah. "
        "The riders, mostly from Pakistan, India and Nepal, said the company planned to reduce fees from "
        "Dh10.75 to Dh9.75 per delivery while fuel costs were rising. "
        "Restaurants reported long delays on orders during the lunchtime rush. "
        "The strike was peaceful, and police were not called. "
        "On Monday the company said it had cancelled the change and would keep pay at the current level. "
        "Strikes are rare in the UAE, where unions are not allowed. "
        "Riders said they were satisfied but would watch closely for future changes. "
        "Talabat and Careem said they had no plans to change their rider pay. The Ministry of Human Resources and Emiratisation said it had contacted the company. Riders earn on average about Dh3,500 a month, they said, and pay for their own fuel. Some said they had taken part after messages spread on WhatsApp. The company said the change had been meant to simplify the pay structure.",
        "protest",
    ),
]
