"""Negatives of eval/dev61: martyrs' days, anniversaries, films and books (README.md)."""

NEGATIVES = [
    (
        "Youm-e-Shuhada observed to pay homage to martyrs",
        (
            "Youm-e-Shuhada was observed across the country on Tuesday to pay tribute to the "
            "martyrs of the armed forces and police, with the main ceremony held at the General "
            "Headquarters in Rawalpindi. Families of martyred soldiers were presented with "
            "souvenirs, and special prayers were offered in mosques. The Chief of Army Staff said "
            "the nation would never forget the sacrifices of its sons. Wreaths were also laid at "
            "the martyrs' monuments in Lahore, Karachi, Quetta and Peshawar, and the names of the "
            "fallen were read out in the presence of their families. A documentary on the lives "
            "of martyred officers and soldiers was screened on state television."
        ),
        "history",
    ),
    (
        "Nation pays tribute to Kargil heroes on Vijay Diwas",
        (
            "Wreaths were laid at the Kargil War Memorial in Drass on Friday as the nation marked "
            "the 25th Kargil Vijay Diwas, remembering the soldiers who laid down their lives to "
            "evict intruders from the heights in 1999. Veterans and families of the fallen joined "
            "serving officers at the ceremony. The Prime Minister said the sacrifices of the "
            "jawans would always inspire the country."
        ),
        "history",
    ),
    (
        "Ten years on, APS families still seek answers",
        (
            "Ten years after the Army Public School attack in Peshawar, in which 147 people, most "
            "of them children, were killed, parents gathered at the school on Monday to remember "
            "their sons. Candles were lit at the memorial and the names of the martyred students "
            "were read out. Several parents said they were still waiting for the findings of the "
            "judicial commission to be acted upon."
        ),
        "history",
    ),
    (
        "Mumbai remembers 26/11 victims on 15th anniversary",
        (
            "Mumbai on Sunday paid homage to the 166 people killed in the 26/11 terror attacks "
            "fifteen years ago, with the Governor and Chief Minister laying wreaths at the police "
            "memorial at Marine Drive. Survivors and families of the victims attended a prayer "
            "meeting at the Taj Mahal Palace hotel, one of the sites stormed by the attackers."
        ),
        "history",
    ),
    (
        "Amar Ekushey: nation pays homage to language martyrs",
        (
            "People from all walks of life thronged the Central Shaheed Minar from the first "
            "minute of Wednesday to pay homage to the language martyrs of 1952, who were killed "
            "when police fired on students demanding recognition of Bangla. The President and the "
            "Prime Minister placed wreaths at midnight. The day is observed worldwide as "
            "International Mother Language Day. Barefoot processions wound through the streets of "
            "Dhaka from the early hours, and the Central Shaheed Minar was covered with flowers "
            "by the morning. The Ekushey Book Fair at the Bangla Academy drew huge crowds in the "
            "afternoon."
        ),
        "history",
    ),
    (
        "Martyrs' Day observed in Nepal",
        (
            "Martyrs' Day was observed across Nepal on Thursday to honour the four martyrs "
            "executed by the Rana regime in 1941, with the President offering floral tributes at "
            "Shahid Gate in Kathmandu. Government offices remained closed, and programmes were "
            "held in schools across the country to tell students about the sacrifice of those who "
            "fought for democracy."
        ),
        "history",
    ),
    (
        "Uganda Martyrs Day: millions of pilgrims converge on Namugongo",
        (
            "Millions of pilgrims from Uganda and neighbouring countries converged on the "
            "Namugongo Martyrs' Shrine on Monday to commemorate the 45 Christian converts who "
            "were killed on the orders of the Kabaka of Buganda between 1885 and 1887. Many had "
            "walked for weeks from as far as Kenya, Tanzania and Rwanda. Police deployed "
            "thousands of officers to manage the crowds and traffic."
        ),
        "history",
    ),
    (
        "Martyred Intellectuals Day observed",
        (
            "The nation on Thursday observed Martyred Intellectuals Day, remembering the "
            "teachers, doctors, writers and journalists who were picked up and killed by the "
            "Pakistani occupation forces and their collaborators in the final days of the "
            "Liberation War in 1971. Wreaths were placed at the Martyred Intellectuals Memorial "
            "at Mirpur and the Rayerbazar killing field."
        ),
        "history",
    ),
    (
        "Garissa University attack: families mark 10 years",
        (
            "Families of the 148 people killed in the al-Shabaab attack on Garissa University "
            "College gathered at the campus on Wednesday to mark ten years since the massacre. "
            "Survivors laid flowers at the memorial built on the spot where most of the students "
            "were killed. The university's vice-chancellor said the institution had rebuilt its "
            "enrolment."
        ),
        "history",
    ),
    (
        "Easter attacks anniversary: Cardinal demands justice for victims",
        (
            "Church leaders and families of the victims of the 2019 Easter Sunday attacks held a "
            "memorial service at St Anthony's Shrine in Kochchikade on Sunday, marking six years "
            "since the bombings. The Archbishop of Colombo said the victims were still waiting "
            "for justice and called for a fresh investigation into those behind the attacks."
        ),
        "history",
    ),
    (
        "Pulwama attack anniversary: CRPF pays tribute to 40 jawans",
        (
            "The CRPF paid tributes to the 40 jawans killed in the Pulwama suicide bombing of "
            "2019 at a ceremony at the Lethpora camp in south Kashmir on Friday. Officers laid "
            "wreaths at the memorial bearing the names of the fallen, and families of some of the "
            "jawans were present."
        ),
        "history",
    ),
    (
        "Uri: The Surgical Strike crosses Rs 200-crore mark",
        (
            "The Hindi war film Uri: The Surgical Strike has crossed the Rs 200-crore mark at the "
            "domestic box office in its fifth week, trade analysts said on Monday. The film, "
            "based on the Army's cross-border raids after the 2016 attack on the Uri base, has "
            "been praised for its action sequences, and its lead actor's line \"How's the josh?\" "
            "has become a slogan at public events."
        ),
        "entertainment",
    ),
    (
        "Sinf-e-Aahan: drama on women cadets wins viewers",
        (
            "The drama serial Sinf-e-Aahan, which follows six young women through their training "
            "at the Pakistan Military Academy, has become the most-watched show of the season, "
            "according to ratings data. The serial, produced with the support of the ISPR, ends "
            "with the women being posted to units, including one on a UN peacekeeping mission."
        ),
        "entertainment",
    ),
    (
        "Nollywood epic on Biafra war premieres in Lagos",
        (
            "A Nollywood epic set during the Nigerian civil war premiered at a Lagos cinema on "
            "Friday, drawing actors, politicians and veterans of the war. The film follows two "
            "sisters separated by the conflict and was shot in Enugu and Calabar over four "
            "months. The producer said the film aimed to start a conversation among young "
            "Nigerians about the war."
        ),
        "entertainment",
    ),
    (
        "Debut novel set in Tigray war wins Caine Prize",
        (
            "A debut novel set during the war in Tigray has won a major African literary prize, "
            "the organisers said on Monday. The book tells the story of a schoolteacher in "
            "Adigrat who hides her students during the siege of the town. Judges praised its "
            "restraint and its portrait of ordinary life under fire."
        ),
        "entertainment",
    ),
    (
        "Retired general's memoir on Zarb-e-Azb launched in Islamabad",
        (
            "A memoir by a retired lieutenant general who commanded troops during Operation "
            "Zarb-e-Azb in North Waziristan was launched at a ceremony in Islamabad on Tuesday. "
            "The book describes the planning of the operation, the clearance of Miranshah and the "
            "return of displaced tribesmen. Speakers said the book would be a useful record for "
            "students of counter-terrorism."
        ),
        "entertainment",
    ),
    (
        "Liberation War Museum opens new gallery on 1971 refugees",
        (
            "The Liberation War Museum in Agargaon on Saturday opened a new gallery on the "
            "millions of refugees who crossed into India in 1971, with photographs, letters and "
            "objects donated by families. The curator said the gallery would travel to schools in "
            "the districts later in the year."
        ),
        "history",
    ),
    (
        "PTA lifts ban on PUBG after court order",
        (
            "The Pakistan Telecommunication Authority on Thursday lifted its ban on the online "
            "game PUBG, a battle royale in which players parachute onto an island and fight to be "
            "the last one standing. The authority said the company had assured it of measures to "
            "curb addiction. Gamers welcomed the move on social media."
        ),
        "entertainment",
    ),
]
