"""dev25 texts: positives: unrest and crackdowns.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: unrest and crackdowns
    (
        "Security forces fire on protesters in Venezuela",
        "A 17-year-old was shot dead as National Guard troops fired tear gas and rubber bullets at opposition demonstrators in Caracas, rights groups said. More than 100 people have died in three months of protests.",
        "U",
        "crackdown",
    ),
    (
        "Troops open fire on protesters at Ayacucho airport",
        "Ten people were killed when soldiers fired on demonstrators who tried to take over the airport in Ayacucho, Peru's ombudsman said. The protesters demand the resignation of President Dina Boluarte.",
        "U",
        "crackdown",
    ),
    (
        "Santiago metro stations burned as fare protests turn to riots",
        "Rioters set fire to metro stations, buses and a power company building in Santiago, and President Piñera declared a state of emergency and deployed soldiers to the streets. The protests began over a rise in metro fares.",
        "U",
        "riot",
    ),
    (
        "Clashes in Cali as Colombia's national strike enters second week",
        "Protesters and riot police fought in the streets of Cali, and rights groups said several demonstrators had been shot dead. Roadblocks have caused food and fuel shortages in the city.",
        "U",
        "riot",
    ),
    (
        "Police kill protesters in Kenya's Saba Saba demonstrations",
        "At least 31 people were killed as police fired live rounds and tear gas at anti-government protesters in Nairobi and other towns, Kenya's human rights commission said. Shops were looted in several towns.",
        "U",
        "crackdown",
    ),
    (
        "Tyres burn in Maputo as police shoot at Mondlane supporters",
        "Police fired tear gas and live ammunition at supporters of opposition candidate Venâncio Mondlane who blocked roads and burned tyres in Maputo, and at least 30 people have been killed since the vote, a civil society group said.",
        "U",
        "crackdown",
    ),
    (
        "Riots in Dakar after opposition leader's conviction",
        "Supporters of Ousmane Sonko clashed with police in Dakar and Ziguinchor, burning buses and a university building, and nine people were killed, Senegal's government said. Access to social media was restricted.",
        "U",
        "riot",
    ),
    (
        "Looting and arson spread in South Africa after Zuma's jailing",
        "Shopping centres and warehouses were looted and set on fire in KwaZulu-Natal and Gauteng, and the army was deployed to help police, officials said. More than 300 people died in a week of unrest.",
        "U",
        "riot",
    ),
    (
        "Amnesty says uniformed men shot protesters at Lagos toll plaza",
        "Uniformed men shot at protesters gathered at the Lekki toll gate in Lagos on Tuesday night, Amnesty International said, killing at least 12. The protesters had been demonstrating for two weeks against police brutality.",
        "U",
        "crackdown",
    ),
    (
        "Protester shot dead as Conakry demonstrations turn violent",
        "Security forces fired tear gas and live rounds at youths throwing stones in the Guinean capital, and a 19-year-old was killed, an opposition coalition said. The protesters demand a return to civilian rule.",
        "U",
        "crackdown",
    ),
    (
        "Dozens dead in Uganda protests over opposition candidate's arrest",
        "Security forces fired on crowds that took to the streets of Kampala after presidential candidate Bobi Wine was arrested, and 54 people were killed in two days, police said.",
        "U",
        "crackdown",
    ),
    (
        "Students and police clash across Bangladesh as death toll climbs",
        "Police fired rubber bullets, tear gas and live ammunition at students protesting against job quotas, and more than 100 people were killed in a week, according to hospitals. A curfew was imposed and the internet was shut down.",
        "U",
        "crackdown",
    ),
    (
        "Government supporters attack Colombo protest camp, homes of MPs torched",
        "Supporters of the ruling party attacked a peaceful protest camp outside the presidential secretariat, and in revenge crowds set fire to the houses of dozens of government politicians, Sri Lankan police said. A curfew was imposed across the island.",
        "U V",
        "riot",
    ),
    (
        "Assembly buildings torched as anger over ojek driver's death spreads",
        "A motorcycle taxi driver was crushed under a Brimob armoured car during a demonstration in Jakarta, and angry crowds then torched regional assembly buildings in Makassar and other cities. Six people have died, officials said, and police have fired tear gas nightly in the capital.",
        "U",
        "riot",
    ),
    (
        "Nepal parliament set ablaze as youth protests turn deadly",
        "Protesters stormed and set fire to the parliament building in Kathmandu a day after police shot dead 19 demonstrators, and the prime minister resigned, officials said. The army took control of the streets.",
        "U",
        "riot",
    ),
    (
        "'Bloody Friday' in Zahedan as dozens are shot after prayers",
        "Rights groups said dozens of people died when security forces fired into a crowd gathered outside a mosque after Friday prayers in Zahedan. State media said armed separatists had attacked a police station in the city.",
        "U",
        "crackdown",
    ),
    (
        "Crowds storm army headquarters after Imran Khan's arrest",
        "Protesters loyal to the former prime minister forced their way into General Headquarters in Rawalpindi and burned a corps commander's house in Lahore, officials said. Eight people died as police fought crowds in several cities.",
        "U",
        "riot",
    ),
    (
        "Death toll rises in Delhi riots as mobs burn homes",
        "Mobs armed with sticks, stones and guns burned homes, shops and a mosque in northeast Delhi during three days of clashes between Hindus and Muslims, and 53 people were killed, police said.",
        "U V",
        "communal_riot",
    ),
    (
        "Internet cut and curfew in Nuh after religious procession clashes",
        "Stones were thrown and cars set on fire when a Hindu procession passed through Nuh in Haryana, and the violence spread to a mosque in Gurugram, where an imam was killed, police said.",
        "U V",
        "communal_riot",
    ),
    (
        "Trump supporters storm the US Capitol",
        "Thousands of supporters of President Donald Trump broke through police lines and forced their way into the Capitol as Congress met to certify the election result, and lawmakers were evacuated. Five people died.",
        "U",
        "riot",
    ),
    (
        "Minneapolis police precinct set on fire on third night of protests",
        "Protesters set fire to the 3rd Precinct police station in Minneapolis after officers abandoned it, as unrest over the killing of George Floyd spread to other US cities.",
        "U",
        "riot",
    ),
    (
        "Bolsonaro supporters ransack Congress, Supreme Court and presidential palace",
        "Thousands of supporters of Brazil's former president broke into the buildings of the three branches of power in Brasília, smashing windows and furniture, before security forces cleared them with tear gas. Hundreds were arrested.",
        "U",
        "riot",
    ),
    (
        "Mob kills Sri Lankan factory manager over blasphemy claim in Sialkot",
        "A crowd of factory workers and others beat a Sri Lankan manager to death and set his body on fire after accusing him of blasphemy, Pakistani police said. Prime Minister Imran Khan called it a day of shame.",
        "V U",
        "lynching",
    ),
    (
        "Churches and Christian homes burned by mob in Jaranwala",
        "A crowd angered by blasphemy allegations set fire to at least five churches and dozens of houses in Jaranwala in Punjab, and Christian families fled to the fields, Pakistani officials said.",
        "V U D",
        "communal_riot",
    ),
    (
        "Killing of Oromo singer sparks deadly unrest in Ethiopia",
        "More than 160 people were killed in clashes and ethnic attacks in Oromia and Addis Ababa after the shooting of singer Hachalu Hundessa, police said. Internet access was cut nationwide.",
        "U V",
        "riot",
    ),
    (
        "Kazakh president orders troops to shoot without warning",
        "President Tokayev said he had authorised security forces to open fire without warning on 'bandits and terrorists' after protesters stormed government buildings in Almaty, and Russian-led troops arrived in the country. Dozens of people have been killed.",
        "U M",
        "crackdown",
    ),
    (
        "French troops sent to New Caledonia as riots leave five dead",
        "Rioters looted and burned businesses in Nouméa for a third night in protests against a voting reform, and France declared a state of emergency and flew in reinforcements, officials said.",
        "U",
        "riot",
    ),
    (
        "Honiara's Chinatown burned as protesters defy lockdown",
        "Protesters from Malaita set fire to buildings in the Chinatown district of Honiara and tried to storm parliament, and Australia sent police and troops at the Solomon Islands' request.",
        "U",
        "riot",
    ),
    (
        "Georgian riot police clear Rustaveli Avenue for fifth night",
        "Riot police dispersed thousands of demonstrators outside the Georgian parliament with water cannon and tear gas for a fifth night, and dozens of people were detained and beaten, the public defender said.",
        "U",
        "crackdown",
    ),
    (
        "Nanterre and other French suburbs burn after police shooting of teenager",
        "Cars, schools and town halls were set on fire in a third night of rioting after a 17-year-old was shot dead by a police officer during a traffic stop, and more than 600 people were arrested, France's interior minister said.",
        "U",
        "riot",
    ),
    (
        "Police cars torched in Swedish cities over Quran burning rallies",
        "Rioters threw stones at police and set fire to police vehicles in Örebro, Norrköping and Malmö, where a far-right politician had planned rallies to burn the Quran, Swedish police said. Dozens of officers were injured.",
        "U",
        "riot",
    ),
    (
        "Mosque attacked and police injured as Southport riot follows vigil",
        "A crowd threw bricks and bottles at a mosque in Southport and set a police van on fire a day after three girls were killed in a stabbing at a dance class, Merseyside Police said. More than 50 officers were injured.",
        "U V",
        "riot",
    ),
    (
        "Paris celebrations turn to rioting after Champions League win",
        "Crowds celebrating Paris Saint-Germain's victory set cars on fire, looted shops on the Champs-Élysées and fought with police, and two people died in the night, France's interior ministry said. Police arrested more than 500 people.",
        "U",
        "riot",
    ),
]
