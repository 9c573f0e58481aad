"""dev111 hard negatives, part c: troops on the border, peaceful protests, ceasefires and returns."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Poland sends more troops to Belarus border and restores buffer zone",
        "Poland will restore a buffer zone up to 200 metres deep along parts of its border with "
        "Belarus and send thousands more soldiers to the area, the government said on Thursday, as "
        "attempts to cross the frontier illegally rose again. Prime Minister Donald Tusk said about "
        "17,000 troops and border guards would be on duty in the region by the end of the summer, "
        "and that entry to the zone around the Białowieża forest would be closed to everyone but "
        "residents. The border guard said it had recorded more than 15,000 attempts to cross since "
        "January, most of them by young men from Africa and the Middle East who had flown to Minsk "
        "or Moscow on student or tourist visas. Warsaw accuses Belarus and Russia of organising the "
        "flows as part of a hybrid war on the EU. The army said it would also fly drones and "
        "helicopters along the 186km steel fence built in 2022, and that units would carry out "
        "exercises near the frontier. Rights groups said the buffer zone would stop doctors, "
        "lawyers and journalists from reaching people stuck in the forest. Residents of border "
        "villages said tourism had collapsed since the first restrictions in 2021.",
        "military",
    ),
    (
        "Soldiers begin detaining migrants in New Mexico military zone on the border",
        "US soldiers began detaining migrants on Monday in a strip of land along the border in New "
        "Mexico that the Pentagon has turned into a military installation, officials said, the "
        "first time troops have held people crossing the border under the new arrangement. The "
        "roughly 170-mile-long zone, which the Army now administers as part of Fort Huachuca, lets "
        "soldiers stop people for trespassing on a military base and hand them to Border Patrol. "
        "Federal prosecutors in Las Cruces have charged dozens of migrants with entering a "
        "restricted military area, in addition to illegal entry. Signs in English and Spanish have "
        "been posted along the strip warning that it is a national defense area. About 7,000 "
        "active-duty troops are deployed along the southern border, according to US Northern "
        "Command, most of them doing surveillance, logistics and vehicle maintenance. Illegal "
        "crossings have fallen to their lowest level in decades, figures from Customs and Border "
        "Protection show. Civil liberties groups said they would challenge the charges in court, "
        "arguing that migrants could not know they were on military land.",
        "military",
    ),
    (
        "Navy intercepts asylum boat near Christmas Island, crew returned to Sri Lanka",
        "A boat carrying 20 Sri Lankan asylum seekers was intercepted by the Royal Australian Navy "
        "near Christmas Island and the passengers were flown back to Colombo, the Home Affairs "
        "minister said on Sunday. The boat was the first to be stopped since the passage of a law "
        "that allows sick refugees on Nauru and Manus to be moved to Australia for treatment, which "
        "the government had warned would restart the boats. The passengers were screened at sea "
        "and none was found to have a claim that engaged Australia's protection obligations, the "
        "minister said. A navy patrol boat and a Border Force cutter took part in the operation, "
        "which is run under Operation Sovereign Borders, the military-led mission set up in 2013. "
        "The opposition said it supported the return. Refugee advocates said screening at sea "
        "could not fairly assess whether someone faced persecution, and noted that some Tamils "
        "returned in the past had been arrested at the airport. The minister said about 40 boats "
        "had been turned back since 2013.",
        "military",
    ),
    (
        "Lithuania's army starts building razor-wire barrier on Belarus border",
        "Lithuanian soldiers began stringing coils of razor wire along the border with Belarus on "
        "Friday, the start of a barrier that the government says will eventually cover about 500km, "
        "after more than 4,000 migrants crossed into the country this year. The army said it had "
        "deployed several hundred troops to support the border guard and would lay the first 40km "
        "within weeks. Most of those who crossed are Iraqi, and many told Lithuanian officials they "
        "had paid travel agencies in Baghdad and Erbil for flights to Minsk and transfers to the "
        "frontier. The prime minister called the crossings a hybrid attack organised by the regime "
        "of Alexander Lukashenko in revenge for EU sanctions. Migrants are being held in tent camps "
        "and in a former school in the village of Rūdninkai while their asylum claims are heard. "
        "The European Union's border agency, Frontex, has sent officers and patrol cars to help. "
        "Belarus said it would no longer stop people leaving its territory for the EU.",
        "military",
    ),
    (
        "Protesters keep up blockade outside Roscrea hotel earmarked for asylum seekers",
        "Protesters in Roscrea, Co Tipperary, kept up a round-the-clock presence outside a hotel in "
        "the town centre on Monday, five days after the Department of Integration confirmed it "
        "would house about 150 international protection applicants there. About 80 people gathered "
        "on the street in the morning, some holding signs saying 'Roscrea says no', and a group of "
        "men parked cars across the hotel car park entrance. Gardaí said the protest had been "
        "peaceful and that no arrests had been made. Local people said they were angry that the "
        "town's only hotel would close to the public and that there had been no consultation. The "
        "first asylum seekers, families and single women, arrived on Tuesday evening in two "
        "minibuses, and entered the building to a mix of boos and applause. The minister said "
        "Ireland was under enormous pressure to find accommodation, with more than 1,500 applicants "
        "left without a bed. Clergy in the town issued a statement asking people to welcome the "
        "newcomers.",
        "protest",
    ),
    (
        "Refugees on Nauru mark 300 days of daily protests against offshore detention",
        "Refugees and asylum seekers on Nauru held their 300th consecutive day of protest on "
        "Wednesday, gathering in the late afternoon as they have every day since March with signs "
        "asking Australia to bring them to safety. About 50 people, including children, walked "
        "from the settlement at Anibare to the road near the detention centre and sat in silence "
        "for an hour, according to photos shared by refugees. Many have now been held on the island "
        "for more than four years after arriving by boat from Indonesia, and most have been found "
        "to be refugees. They come from Iran, Afghanistan, Sri Lanka, Somalia and Myanmar, and some "
        "fled war and persecution as children. 'We will protest until the last day, because silence "
        "is what they want,' said a Kurdish Iranian man who has been on Nauru since 2013. Doctors "
        "have warned of a mental health crisis among children on the island, some of whom have "
        "stopped eating. Australia's government says no one who arrived by boat will ever be "
        "settled in Australia, and has asked the United States to take more people under a "
        "resettlement deal.",
        "protest",
    ),
    (
        "Asylum seekers on Lesbos stage sit-in in Mytilene to demand transfer to mainland",
        "Several hundred asylum seekers from the Moria camp on Lesbos held a sit-in in the main "
        "square of Mytilene on Monday, demanding to be moved to the Greek mainland and to have their "
        "claims heard faster. The protesters, many of them Afghan families with young children, sat "
        "on blankets in front of the town hall with banners that read 'Freedom' and 'We are not "
        "animals', and chanted in Farsi and English. Police officers stood nearby but did not "
        "intervene, and the protest ended peacefully in the evening. More than 19,000 people are "
        "now living in and around Moria, which was built for about 3,000. A group of island "
        "residents held their own rally in the port against plans for a new closed camp, and "
        "shops in the town closed for the day in support. The government has promised to move "
        "20,000 people off the islands by the summer. The local mayor said the island had reached "
        "its limit after five years as Europe's front door.",
        "protest",
    ),
    (
        "Thousands walk through Sydney in Palm Sunday rally for refugees",
        "Thousands of people marched through central Sydney on Sunday in the annual Palm Sunday "
        "walk for refugees, calling for an end to offshore detention and for the last people on "
        "Manus Island and Nauru to be brought to Australia. The crowd, which organisers put at "
        "about 10,000 and police at half that, walked from Belmore Park to the Domain, led by "
        "church leaders, unions and former detainees. Similar rallies were held in Melbourne, "
        "Brisbane and Adelaide. 'We are here because the boats stopped years ago, but the cruelty "
        "did not,' a Uniting Church minister told the crowd. Speakers included a young Rohingya "
        "woman who was held on Nauru as a teenager and now studies law. The rally was noisy but "
        "peaceful, with no arrests, police said. Refugee advocates said they would campaign in the "
        "coming federal election for a new policy on people held offshore.",
        "protest",
    ),
    (
        "Tigrayan refugees in Sudan's camps weigh going home after peace deal",
        "Two months after the Ethiopian government and Tigrayan leaders signed a peace agreement in "
        "Pretoria, refugees in the camps of eastern Sudan are debating whether it is safe to go "
        "home. About 50,000 people from Tigray live in Um Rakuba and Tunaydbah camps in Gedaref "
        "state, most of them since late 2020. Aid workers said a few dozen had left on their own in "
        "recent weeks, travelling through Hamdayet, but that most were waiting to see whether the "
        "deal would hold and whether Eritrean troops would withdraw from the region. 'My house is "
        "there, my land is there, but I want to know who is in charge first,' said a farmer from "
        "Humera who has lived in the camp for two years. The agreement has restored flights and "
        "banking to the Tigray capital, Mekelle, and aid convoys have begun reaching the region. "
        "The UN refugee agency said it would help people who chose to return, but that "
        "conditions for an organised return were not yet in place. Sudan's refugee commission said "
        "it would keep the camps open.",
        "peace",
    ),
    (
        "Colombia's ceasefire with ELN takes effect, displaced families in Chocó hope to return",
        "A six-month ceasefire between Colombia's government and the ELN guerrilla group took "
        "effect at midnight on Thursday, and community leaders in the western province of Chocó "
        "said displaced families hoped it would let them go back to their riverside villages. The "
        "truce was agreed in peace talks in Havana and will be monitored by the United Nations and "
        "the Catholic church. In Quibdó, the provincial capital, several hundred Afro-Colombian and "
        "Indigenous families who left the upper San Juan river in recent years live in rented rooms "
        "and in a sports centre. 'We want to plant again before the rains, but we need to know "
        "that the armed groups will respect it,' said a community council leader from Istmina. "
        "The ceasefire does not include the Clan del Golfo, the country's largest drug trafficking "
        "organisation, which also operates in the region. The government's victims unit said it "
        "would send teams to assess whether return was possible. Both sides said they would meet "
        "again next month to discuss how civilians would take part in the talks.",
        "peace",
    ),
]
