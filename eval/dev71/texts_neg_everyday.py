"""dev71 negatives: business in the vocabulary of war (price wars, trade wars), epidemics and
vaccination drives, and ordinary news from the same countries."""

NEGATIVES = [
    (
        "Jio's free data sparks telecom price war; Airtel, Vodafone shares slide",
        "Reliance Jio's offer of free voice calls and cheap data has set off a price war in "
        "India's telecom market, analysts said on Tuesday, as shares of Bharti Airtel and Idea "
        "Cellular fell sharply. Rivals cut their data tariffs by up to two-thirds within days. "
        "Brokerages warned that margins would be under attack for at least two years.",
        "economy",
    ),
    (
        "Grab and Gojek end price war as discounts dry up",
        "Ride-hailing rivals Grab and Gojek have scaled back the discounts and driver bonuses "
        "that fuelled years of price war in Indonesia, analysts said, as investors push both "
        "firms towards profit. Fares for a motorcycle taxi in Jakarta have risen by about a "
        "third this year. Drivers' groups said their incomes had not kept pace.",
        "economy",
    ),
    (
        "Cambodian garment makers brace as tariff war hits exports",
        "Cambodia's garment and footwear factories are bracing for job cuts after Washington "
        "announced steep tariffs on Cambodian goods, the industry association said on Thursday. "
        "The United States buys about 40 percent of the country's exports. The Commerce Minister "
        "said Phnom Penh would negotiate rather than retaliate in a trade war it could not win.",
        "economy",
    ),
    (
        "Kyat hits record low as gold, dollar prices soar in Yangon",
        "The Myanmar kyat fell to a record low of about 4,500 to the US dollar on the informal "
        "market in Yangon on Wednesday, traders said, and gold prices reached new highs. The "
        "central bank raised its reference rate and warned money changers against speculation. "
        "Importers said they could not get dollars at the official rate.",
        "economy",
    ),
    (
        "State Bank holds rates in battle against inflation",
        "The State Bank of Pakistan kept its policy rate unchanged at 22 percent on Monday, "
        "saying the battle against inflation was not over even though price growth had slowed. "
        "The governor said the IMF programme was on track. Business groups had lobbied for a cut "
        "to revive industry.",
        "economy",
    ),
    (
        "Dengue deaths in Bangladesh pass 1,000 in worst year on record",
        "Bangladesh recorded more than 1,000 dengue deaths this year, the highest since the "
        "first outbreak in 2000, the Directorate General of Health Services said on Sunday. "
        "Hospitals in Dhaka have opened extra wards for dengue patients, and city corporations "
        "are spraying larvicide. Experts blamed a longer monsoon and poor drainage.",
        "health",
    ),
    (
        "Polio drive targets 45 million children across Pakistan",
        "A nationwide polio vaccination campaign began on Monday, aiming to give drops to more "
        "than 45 million children under five, the National Emergency Operations Centre said. "
        "About 400,000 vaccinators are going door to door. Pakistan and Afghanistan are the last "
        "two countries where wild poliovirus still circulates.",
        "health",
    ),
    (
        "Nipah: containment zones in Kozhikode after two deaths",
        "The Kerala government declared containment zones in seven panchayats of Kozhikode "
        "district on Wednesday after two deaths from the Nipah virus were confirmed. Schools "
        "were closed and more than 700 contacts are being traced. The health minister said a "
        "team from the National Institute of Virology would set up a mobile lab.",
        "health",
    ),
    (
        "Samoa shuts down for measles vaccination drive as deaths reach 60",
        "Samoa closed government offices and ordered people to hang red flags outside "
        "unvaccinated homes on Thursday, as teams went door to door in a mass measles "
        "vaccination drive. The outbreak has killed 60 people, most of them babies and young "
        "children. Doctors from New Zealand and Australia have been flown in.",
        "health",
    ),
    (
        "Rohingya teenager who learned English in camp wins scholarship to Canada",
        "A 19-year-old Rohingya woman who taught herself English with a borrowed phone in the "
        "Kutupalong camp has won a scholarship to study computer science in Canada. She said she "
        "wanted to build apps that help refugee girls to study. Her family arrived in Bangladesh "
        "when she was a child.",
        "other",
    ),
    (
        "Timor-Leste becomes ASEAN's 11th member",
        "Timor-Leste formally joined the Association of Southeast Asian Nations at its summit in "
        "Kuala Lumpur on Sunday, becoming the bloc's 11th member more than a decade after it "
        "applied. Prime Minister Xanana Gusmao called it a dream come true. The country has two "
        "years to adopt about 100 ASEAN agreements.",
        "other",
    ),
    (
        "Water battles on Silom Road as Songkran returns",
        "Thousands of revellers armed with water guns and buckets fought water battles on Silom "
        "Road and Khao San Road on Saturday as Songkran celebrations returned in full. Police "
        "set up checkpoints to catch drunk drivers. The government expects the festival to bring "
        "in billions of baht in tourism revenue.",
        "other",
    ),
    (
        "Hornbill Festival opens in Kisama with war dances of the Naga tribes",
        "The Hornbill Festival opened at the Naga Heritage Village in Kisama on Sunday, with "
        "troupes from all the Naga tribes performing war dances in traditional dress. Tourism "
        "officials expect record numbers of visitors over the ten days. Rock bands will play in "
        "Kohima in the evenings.",
        "other",
    ),
]
