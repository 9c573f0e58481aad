"""dev165 hard negatives: crime (rammings, a stabbing, drug killings, a cash-in-transit heist), health (Marburg, measles, mpox) and the economy (tariffs, rice, price wars) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "The World at Six: Vancouver mourns after SUV drives into festival crowd",
        "This is The World at Six from CBC News. Vancouver police now say eleven "
        "people were killed when the driver of a black SUV ploughed into a crowd at "
        "a Filipino street festival on Saturday night. Dozens more were injured, "
        "some of them critically. The victims range in age from five to sixty-five. "
        "A thirty-year-old man from Vancouver has been charged with eight counts of "
        "second-degree murder, and police say more charges are likely. Interim "
        "police chief Steve Rai says investigators are confident the man acted "
        "alone and that they have found nothing to suggest terrorism. Police say "
        "the suspect had a significant history of interactions with police and "
        "health care workers related to mental health. A makeshift memorial of "
        "flowers and candles has grown along the street where the festival took "
        "place. Several party leaders suspended their federal election campaigns "
        "for the day. The Philippine embassy says it is in touch with the families "
        "of the victims. In other news, Statistics Canada says retail sales fell "
        "slightly in March.",
        "crime",
    ),
    (
        "ABC News: Bondi Junction attacker had no ideological motive, police say",
        "This is ABC News. New South Wales Police say there is no evidence that the "
        "man who stabbed six people to death at a Bondi Junction shopping centre "
        "was driven by any ideology. Five of the six people killed were women, and "
        'police say it is "obvious" the attacker focused on women. He was shot '
        "dead by a police inspector who confronted him alone inside the centre. A "
        "nine-month-old baby, whose mother was among those killed, is recovering in "
        "hospital after surgery. The attacker's family say he had been diagnosed "
        "with mental illness as a teenager. Prime Minister Anthony Albanese has "
        "praised the inspector and the shoppers and staff who helped others to "
        "safety, including two men who held the attacker back with bollards on an "
        "escalator.",
        "crime",
    ),
    (
        "France 24: Marseille counts its dead as drug turf killings hit record",
        "Marseille has recorded its forty-ninth drug-related killing of the year, a "
        "record for France's second city. The latest victim, a twenty-year-old man, "
        "was shot several times in his car in the northern district of La "
        "Paternelle on Sunday night. Prosecutors say most of the victims are young "
        "men caught up in the fight over dealing spots between two rival networks. "
        "Several were killed with Kalashnikov rifles, and some bodies were burned "
        "in cars. Our correspondent in Marseille says residents of the northern "
        "estates feel abandoned. \"We don't let the children play outside after "
        'dark anymore," one mother told us. Police have arrested more than two '
        "hundred suspected traffickers since January, and the interior minister has "
        "promised more officers. Prosecutors say many of the gunmen are teenagers "
        "recruited on social media for a few thousand euros. Marseille's mayor is "
        "calling for a national plan to tackle drug money.",
        "crime",
    ),
    (
        "SABC News: Cash-in-transit robbers blow open van on the R21; two guards wounded",
        "Good evening, this is SABC News. Police are hunting a gang of about ten "
        "armed men who blew open a cash-in-transit vehicle on the R21 near Kempton "
        "Park this morning. Motorists say the robbers boxed in the armoured van "
        "with two sedans, opened fire with rifles and used explosives to blow open "
        "the back. Two security guards were wounded and have been taken to "
        "hospital. The gang escaped with an undisclosed amount of cash. Police "
        "spokesperson Brigadier Athlenda Mathe says the suspects fled in vehicles "
        "that were later found burned out in Tembisa. She says a national team that "
        "specialises in heists is on the case. Cash-in-transit robberies have risen "
        "sharply in Gauteng this year, and the security industry says its guards "
        "feel like they are on the front line. In other news, the Reserve Bank has "
        "kept the repo rate unchanged. And in cricket, the Proteas have named a new "
        "captain for the tour of the West Indies.",
        "crime",
    ),
    (
        "DW News: Mannheim car rampage suspect acted alone, prosecutors say",
        "This is DW News. Prosecutors in the German city of Mannheim say the man "
        "who drove a car into pedestrians in a busy shopping street on Monday acted "
        "alone. Two people were killed, an eighty-three-year-old woman and a "
        "fifty-four-year-old man, and eleven others were injured. The suspect, a "
        "forty-year-old German citizen, was arrested after shooting himself in the "
        "mouth with a blank gun. Investigators say they have found no evidence of a "
        "political or religious motive, but they are looking into reports that he "
        "had received psychiatric treatment. He had minor previous convictions, "
        "including one for posting hate speech online several years ago. The attack "
        "came on Rose Monday, as carnival celebrations were taking place in the "
        "city. Interior Minister Nancy Faeser visited the scene and laid flowers. "
        "Mannheim's carnival events have been cancelled for the rest of the week.",
        "crime",
    ),
    (
        "VOA News: Rwanda begins Marburg vaccine trial as cases slow",
        "From Washington, this is VOA News. Rwanda has begun vaccinating health "
        "workers against the Marburg virus, two weeks after it confirmed its first "
        "outbreak of the deadly disease. The country's health minister says seven "
        "hundred doses of an experimental vaccine arrived from the Sabin Vaccine "
        "Institute in the United States. Most of the people infected so far are "
        "doctors and nurses in intensive care units in Kigali. The outbreak has "
        "killed twelve people, and dozens more are being treated in isolation. "
        "Marburg is in the same family as Ebola and causes severe fever and "
        "bleeding. There is no approved vaccine or treatment. The World Health "
        "Organization says the number of new cases is falling and praised Rwanda's "
        "speed in tracing contacts. Rwanda has asked people to avoid physical "
        "contact such as handshakes and hugs. Some schools have suspended visits "
        "from parents.",
        "health",
    ),
    (
        "Pacific Beat: Samoa shuts schools as measles deaths climb",
        "You're listening to Pacific Beat. Samoa's government has declared a state "
        "of emergency and closed all schools as a measles epidemic spreads across "
        "the country. Health officials say more than fifteen hundred cases have now "
        "been recorded, and at least six people have died, all of them young "
        "children. Vaccination is now compulsory, and health teams are going "
        "village to village with vaccines. Children under nineteen have been banned "
        "from public gatherings. Vaccination rates had fallen sharply after two "
        "babies died last year when a vaccine was wrongly prepared by nurses. "
        "UNICEF has sent more than a hundred thousand doses of vaccine, and New "
        "Zealand has flown in medical staff. The director-general of health says "
        "hospitals in Apia are under great strain. Our correspondent says parents "
        'are queueing for hours at clinics. "We were scared of the vaccine," one '
        'mother told her. "Now we are scared of measles."',
        "health",
    ),
    (
        "RFI: Sierra Leone declares mpox emergency as cases rise in Freetown",
        "This is RFI. Sierra Leone has declared a public health emergency after a "
        "sharp rise in cases of mpox, most of them in the capital, Freetown. The "
        "health ministry says more than seventy cases have been confirmed in the "
        "past month, and it is tracing hundreds of contacts. President Julius Maada "
        "Bio says the emergency will allow the government to deploy resources "
        "quickly. The strain circulating in Sierra Leone spreads mainly through "
        "close contact, including sexual contact. Vaccines are expected to arrive "
        "in the coming weeks from the Africa Centres for Disease Control. Officials "
        "are asking residents to avoid crowded places and to report rashes and "
        "fever. Markets and schools remain open. In neighbouring Guinea, the "
        "authorities say they have stepped up checks at border crossings.",
        "health",
    ),
    (
        "CBC News: Ottawa hits back with tariffs as trade war with Washington deepens",
        "Good evening, this is CBC News. Canada has slapped twenty-five per cent "
        "tariffs on thirty billion dollars' worth of American goods, hours after US "
        "tariffs on Canadian imports came into force. Prime Minister Justin Trudeau "
        "says Canada will not back down in what he called a trade war launched by "
        'its closest partner. "Canadians are reasonable and we are polite, but we '
        'will not back down from a fight," he told reporters. The Canadian tariffs '
        "hit American orange juice, peanut butter, wine, appliances and "
        "motorcycles. Ontario says it will add a surcharge on electricity sold to "
        "three US states. Liquor stores in several provinces have pulled American "
        "bourbon and wine off their shelves. Economists warn that a long standoff "
        "could tip both economies into recession. Our business correspondent says "
        "the auto sector, where parts cross the border several times, is bracing "
        "for layoffs. The Toronto Stock Exchange closed down nearly two per cent. "
        "And the loonie fell to its lowest level against the US dollar in more than "
        "a month.",
        "economy",
    ),
    (
        "NHK World News: Government releases rice stockpile as prices double",
        "This is NHK World-Japan. The Japanese government has begun selling rice "
        "from its emergency stockpile directly to supermarkets in a bid to bring "
        "down prices. The average price of a five-kilogram bag has roughly doubled "
        "from a year ago, to more than four thousand yen. Agriculture minister "
        "Koizumi Shinjiro says he wants the stockpiled rice on shelves at about "
        "half that price. Retailers lined up to apply, and some large chains say "
        "they will start selling it within days. Shoppers in Tokyo queued outside "
        "supermarkets before they opened this morning. Analysts blame a poor "
        "harvest in 2023, a rise in tourism and hoarding by wholesalers. Some "
        "supermarket chains have also started a price war over imported rice from "
        "California. In the markets, the Nikkei average closed slightly higher, and "
        "the dollar weakened against the yen. Now the weather: the rainy season has "
        "begun in Okinawa and the Amami islands.",
        "economy",
    ),
    (
        "DW Business: Chinese EV price war squeezes German carmakers; IG Metall "
        "plans warning strikes",
        "This is DW Business, I'm Tobias Engel. A fierce price war in China's "
        "electric car market is hitting German carmakers hard. Volkswagen says its "
        "profits fell by almost two-thirds in the third quarter, as Chinese rivals "
        "such as BYD cut prices again and again. The company wants to close at "
        "least three of its plants in Germany and cut thousands of jobs, the first "
        "plant closures in its eighty-seven-year history. The IG Metall union has "
        "called the plan a declaration of war on the workforce. It says workers "
        "will stage warning strikes from the start of December if management does "
        "not back down. Mercedes-Benz and BMW have also warned of falling sales in "
        "China, once their most profitable market. Analysts say Germany's auto "
        "industry is losing the battle for China's middle class to cheaper, more "
        "high-tech local brands. Meanwhile Berlin and Brussels are at odds over EU "
        "tariffs on cars made in China. On the markets, the DAX closed almost flat.",
        "economy",
    ),
]
