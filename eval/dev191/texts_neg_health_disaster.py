"""dev191 negatives: health ministers on outbreaks and weather services on storms
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Uganda's health minister confirms Sudan-strain Ebola outbreak in Mubende, "
        "seven suspected deaths",
        "KAMPALA — Uganda's health minister confirmed an outbreak of Ebola caused "
        "by the Sudan strain of the virus in the central district of Mubende on "
        "Tuesday, after a 24-year-old man died of the disease. At a press "
        "conference in Kampala, the minister said seven other suspected deaths in "
        "the district were being investigated and that 43 contacts of the dead man "
        "had been identified. There is no approved vaccine against the Sudan "
        "strain, unlike the more common Zaire strain, she said. Health workers "
        "have been sent to trace contacts and set up an isolation unit at Mubende "
        "regional referral hospital. Asked whether the government would impose a "
        'lockdown, the minister said there were "no plans for now" and urged '
        "people to avoid burial practices that involve touching the dead. The "
        "World Health Organization said it was sending experts and supplies. The "
        "last outbreak of the Sudan strain in Uganda was in 2012. QUESTION: Are "
        "schools going to close? MINISTER: Not at this point; we are training "
        "teachers to spot the symptoms. QUESTION: Have any health workers been "
        "infected? MINISTER: We have no confirmed case among health workers yet, "
        "but we are monitoring closely.",
        "health",
    ),
    (
        "Zambia to turn national stadium into cholera treatment centre, health minister says",
        "LUSAKA — Zambia will turn the 60,000-seat National Heroes Stadium in "
        "Lusaka into a cholera treatment centre as the country battles its worst "
        "outbreak in years, the health minister told a news conference on "
        "Thursday. The minister said more than 7,000 cases and 290 deaths had been "
        "recorded since October, most of them in the capital. Schools will stay "
        "closed for at least another two weeks after the end of the holidays, she "
        "said. Soldiers and the Zambia National Service have been deployed to "
        "clean markets and drains in crowded townships and to deliver water by "
        'truck. "We are in a war against an invisible enemy, and everyone must '
        'play their part," she said. Asked about supplies of oral vaccine, she '
        "said 1.4 million doses had arrived and a campaign would begin in the "
        "worst-hit areas on Monday. The World Health Organization said heavy rains "
        "and poor sanitation were driving the spread.",
        "health",
    ),
    (
        "Rio declares dengue emergency days before Carnival as health secretary "
        "reports fourfold rise",
        "RIO DE JANEIRO — The city of Rio de Janeiro declared a public health "
        "emergency over dengue fever on Monday, days before the start of Carnival, "
        "after recording more than 10,000 cases in January, the city's health "
        "secretary said. Speaking at a press conference at the city's operations "
        "centre, the secretary said cases were four times higher than in the same "
        "period last year and that ten emergency care centres would open to treat "
        "patients with fever. Brazil's health ministry has begun vaccinating "
        "children aged 10 to 14 in 500 municipalities with a Japanese-made "
        "vaccine, though supplies are limited. Pressed on whether Carnival parades "
        "would be affected, the secretary said there were no plans to cancel them "
        "but that revellers should use repellent. Teams will visit homes to remove "
        "standing water, where the Aedes aegypti mosquito breeds. The federal "
        "government has warned that the country could see a record number of cases "
        "this year.",
        "health",
    ),
    (
        "Auckland stays at alert level 3 as 1pm briefing reports 11 new community cases",
        "WELLINGTON — New Zealand recorded 11 new cases of Covid-19 in the "
        "community, all of them in Auckland and all linked to the current Delta "
        "cluster, the director-general of health told the daily 1pm press "
        "conference on Monday. He said 28 people were in hospital, four of them in "
        "intensive care, and that wastewater testing had picked up traces of the "
        "virus in the suburbs of Mangere and Otara. More than 85% of eligible "
        "people in Auckland have now had a first dose of vaccine, he said. The "
        "Covid-19 response minister, standing beside him, said the city would "
        'remain at alert level 3 for at least another week. "We are fighting this '
        "outbreak street by street, and we are winning, but we are not there "
        'yet," the minister said. When asked whether the elimination strategy had '
        'been abandoned, he said the government\'s approach was "evolving" as '
        "vaccination rates rose. The next update will be given on Tuesday at 1pm.",
        "health",
    ),
    (
        "Hurricane center director warns Milton could be 'one of the most "
        "destructive' storms to hit west Florida",
        "MIAMI (AP) — Hurricane Milton strengthened again to a Category 5 storm "
        "over the Gulf of Mexico on Tuesday, and the director of the National "
        "Hurricane Center warned that it could be one of the most destructive "
        "storms on record for west-central Florida. At a briefing at the center in "
        "Miami, the director said a storm surge of 10 to 15 feet was possible in "
        'the Tampa Bay area, "a life-threatening situation" for anyone who '
        "stayed in evacuation zones. The storm is expected to make landfall late "
        "Wednesday or early Thursday near Sarasota. Florida's governor said the "
        "largest evacuation in the state's history was under way and that fuel was "
        "being trucked to gas stations along the interstates with police escorts. "
        "Asked whether people could still leave safely, the director said the "
        "window was closing and that residents should leave by Wednesday morning. "
        "Debris from Hurricane Helene, which struck two weeks ago, is still piled "
        "on many streets and could become airborne in the winds. He said "
        "hurricane-force winds were likely to reach across the peninsula to the "
        'Atlantic coast. "This is not a storm you can ride out," the governor '
        "said. Tampa International Airport will close on Wednesday morning.",
        "disaster",
    ),
    (
        "Japan Meteorological Agency warns of 'unprecedented' storm as typhoon nears Kyushu",
        "TOKYO (Kyodo) — The Japan Meteorological Agency warned on Saturday that "
        'Typhoon Nanmadol could bring "unprecedented" winds, high waves and '
        "storm surges to the southern island of Kyushu, and issued a rare special "
        "warning for Kagoshima prefecture. An official of the agency told a press "
        "conference in Tokyo that the typhoon, with maximum gusts of 270 "
        "kilometres per hour, was expected to make landfall on Sunday and move "
        "across Japan's main islands over the following days. \"Please take action "
        'to protect your lives before it is too late," he said. More than 2.9 '
        "million people in Kyushu were advised to move to shelters. Airlines "
        "cancelled more than 500 flights, and bullet train services between "
        "Hiroshima and Kagoshima were suspended. Asked how the storm compared with "
        "past typhoons, the official said it was on a par with the strongest to "
        "have hit Okinawa and Kyushu. Self-Defense Forces units were on standby in "
        "the region.",
        "disaster",
    ),
    (
        "IMD chief says Cyclone Biparjoy will make landfall near Jakhau Port as "
        "Gujarat moves 74,000 to shelters",
        "NEW DELHI: Cyclone Biparjoy is expected to make landfall between Mandvi "
        "in Gujarat and Karachi in Pakistan by the evening of June 15 as a very "
        "severe cyclonic storm, with wind speeds of up to 145 kilometres per hour, "
        "the director general of the India Meteorological Department told a press "
        "briefing on Tuesday. He said storm surges of two to three metres could "
        "flood low-lying coastal areas of Kutch and Devbhumi Dwarka districts. The "
        "Gujarat government said more than 74,000 people had been moved to "
        "temporary shelters. Teams of the National Disaster Response Force, the "
        "army and the coast guard have been deployed in the coastal districts. "
        "Questioned on whether the cyclone could change course again, the IMD "
        "chief said the forecast track had been stable for two days but that the "
        "department would keep updating it every three hours. Fishermen have been "
        "told not to venture into the sea until Friday.",
        "disaster",
    ),
    (
        "Met Office issues rare red warning for Storm Eunice, says gusts could reach 90mph",
        "EXETER, England — The Met Office issued a rare red weather warning for "
        "parts of south-west England and south Wales on Thursday, saying Storm "
        "Eunice could bring gusts of up to 90mph and a danger to life from flying "
        "debris. At a briefing for reporters, the Met Office's chief meteorologist "
        "said the storm was likely to be one of the most serious to affect the "
        'south of England in three decades. "There is high confidence that we '
        'will see damaging gusts across a large part of the country," he said. '
        "Schools in parts of Somerset and Devon told pupils to stay at home, and "
        "rail operators advised passengers not to travel on Friday. The "
        "government's emergency committee, Cobra, met on Thursday afternoon. Asked "
        "whether the red warning would be extended to London, the chief "
        "meteorologist said forecasters were watching the track and that an amber "
        "warning was already in place. The Environment Agency warned of coastal "
        "flooding along the Severn estuary.",
        "disaster",
    ),
]
