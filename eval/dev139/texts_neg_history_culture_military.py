"""dev139 hard negatives (6 of 7): memorials and anniversaries, films, games and books about war, and
the military without violence (drills, budgets, parades, tests, false alarms) (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "VE Day 80: veterans lead procession past Buckingham Palace",
        "Second World War veterans have led a procession of 1,300 servicemen and women down "
        "the Mall to mark the 80th anniversary of VE Day. The Red Arrows and a Lancaster "
        "bomber flew over Buckingham Palace as the King and Queen watched from the balcony. "
        "Street parties are being held across the country this afternoon. Tonight, 1,000 "
        "beacons will be lit from Shetland to the Scilly Isles.",
        "history",
    ),
    (
        "Israel marks one year since 7 October attack",
        "Israelis gathered at the site of the Nova music festival near Re'im to mark a year "
        "since the Hamas-led attack, with a minute's silence at 06:29, the moment the first "
        "rockets were fired. President Isaac Herzog attended a memorial ceremony at Kibbutz "
        "Be'eri. Families of hostages still held in Gaza held a separate gathering in Tel "
        "Aviv.",
        "history",
    ),
    (
        "Srebrenica: seven victims buried on 30th anniversary of genocide",
        "The remains of seven men and boys identified in mass graves have been buried at the "
        "memorial centre in Potočari, as tens of thousands of people marked 30 years since "
        "the Srebrenica genocide. Among those laid to rest was a 19-year-old whose mother "
        "had waited three decades to bury him. Bosnian Serb forces killed more than 8,000 "
        "Bosniak men and boys after the town fell in July 1995.",
        "history",
    ),
    (
        "Thousands gather for Anzac Day dawn service at Australian War Memorial",
        "Watch: More than 30,000 people gathered in the dark in Canberra for the Anzac Day "
        "dawn service at the Australian War Memorial. The Last Post rang out across the "
        "parade ground as the sun rose behind Mount Ainslie. Marches are taking place in "
        "capital cities and country towns across Australia this morning.",
        "history",
    ),
    (
        "Unexploded WWII bomb halts trains at Gare du Nord",
        "All train traffic in and out of Paris's Gare du Nord has been suspended after a "
        "Second World War bomb was found on the tracks in Saint-Denis during overnight "
        "works. Eurostar services to London have been cancelled for the morning while bomb "
        "disposal experts work to remove it. SNCF said it hoped traffic would resume by "
        "mid-afternoon.",
        "history",
    ),
    (
        "Kwibuka 30: Kagame lights flame of remembrance at Kigali memorial",
        "President Paul Kagame lit a flame of remembrance at the Kigali Genocide Memorial, "
        "marking 30 years since the start of the genocide in which more than 800,000 people, "
        "most of them Tutsi, were killed. A former US president was among the foreign "
        "guests. A week of national mourning began at midnight.",
        "history",
    ),
    (
        "Hiroshima falls silent at 8:15am, 80 years on",
        "Watch: Tens of thousands of people observed a minute's silence at 8:15am in "
        "Hiroshima's Peace Memorial Park, the moment the atomic bomb exploded over the city "
        "on 6 August 1945. The mayor warned that the world was drifting towards accepting "
        "nuclear weapons as necessary. Representatives of a record 120 countries attended.",
        "history",
    ),
    (
        "Kargil Vijay Diwas: tributes paid at Dras war memorial",
        "The Army chief laid a wreath at the Kargil War Memorial in Dras to mark 26 years "
        "since India's victory in the 1999 conflict, and families of soldiers killed in the "
        "war joined the ceremony. Prime Minister Narendra Modi said the nation would always "
        "remember the bravery of the armed forces.",
        "history",
    ),
    (
        "Nation falls silent as King lays wreath at Cenotaph",
        "The King laid a wreath at the Cenotaph in Whitehall as the nation fell silent at "
        "11am for Remembrance Sunday. About 10,000 veterans marched past the memorial. Among "
        "them were a handful of veterans of the Normandy landings, all now over 100.",
        "history",
    ),
    (
        "Southport marks a year since dance class attack",
        "A minute's silence was held in Southport on Tuesday, a year after three young girls "
        "were killed at a holiday dance class. Hundreds of people gathered at a new memorial "
        "garden near the seafront. The families asked for privacy and for the day to be "
        'about "remembering our daughters".',
        "history",
    ),
    (
        "Venice: Kaouther Ben Hania's Gaza film takes Grand Jury Prize",
        "Kaouther Ben Hania's film about a five-year-old Palestinian girl killed in Gaza has "
        "won the Grand Jury Prize at the Venice Film Festival, after a 23-minute standing "
        "ovation at its premiere. The film uses the real recordings of the Red Crescent call "
        "in which Hind Rajab pleaded for help. Ben Hania dedicated the award to Gaza's "
        "emergency workers.",
        "entertainment",
    ),
    (
        "Warfare review – Alex Garland's Iraq film is a relentless 95 minutes",
        "Co-directed with former Navy Seal Ray Mendoza, Warfare recreates in real time an "
        "ambush on a platoon pinned down in a house in Ramadi in 2006. There is no score and "
        "almost no backstory, just gunfire, smoke and screaming. It is one of the most "
        "punishing war films in years, and one of the best.",
        "entertainment",
    ),
    (
        "Battlefield 6 breaks series record with 7m sales in launch weekend",
        "Electronic Arts says Battlefield 6 has sold more than 7 million copies in its first "
        "three days, the fastest launch in the shooter series' history. The game, set in a "
        "near-future war between NATO and a private military company, had more than 700,000 "
        "players online at its peak on Steam. Reviewers praised its destructible buildings "
        "and large-scale battles.",
        "entertainment",
    ),
    (
        "Oscars: Mstyslav Chernov's Mariupol film wins best documentary feature",
        "Mstyslav Chernov's documentary about the Russian siege of Mariupol has won the "
        "Oscar for best documentary feature, the first Academy Award for a Ukrainian film. "
        "Accepting the award, Chernov said he wished he had never had to make it. The film "
        "was shot by an AP team that stayed in the city during the first weeks of the "
        "full-scale invasion.",
        "entertainment",
    ),
    (
        "Ireland, Spain and the Netherlands to boycott Eurovision over Israel's participation",
        "Ireland's broadcaster RTÉ says it will not take part in next year's Eurovision Song "
        "Contest in Vienna after the European Broadcasting Union declined to hold a vote on "
        "Israel's participation. Spain and the Netherlands announced similar decisions "
        "within hours. The EBU said it had agreed new rules to stop governments promoting "
        "songs.",
        "entertainment",
    ),
    (
        "Adolescence sweeps the Emmys",
        "Netflix's Adolescence, the drama about a 13-year-old boy accused of stabbing a "
        "classmate, won eight Emmys including best limited series. Owen Cooper, 15, became "
        "the youngest man to win an acting Emmy. Co-creator Stephen Graham dedicated the "
        'awards to young people "fighting to be heard".',
        "entertainment",
    ),
    (
        "Dhurandhar box office: spy thriller crosses ₹500 crore",
        "Aditya Dhar's spy thriller Dhurandhar, starring Ranveer Singh as an Indian agent "
        "inside Karachi's gang underworld, has crossed ₹500 crore at the domestic box office "
        "in its third week. The film's blood-soaked action sequences have drawn comparisons "
        "with Animal. Trade analysts say it could become the year's highest-grossing Hindi "
        "film.",
        "entertainment",
    ),
    (
        "Exhibition of frontline photographs from Ukraine opens in Melbourne",
        "An exhibition of 60 photographs taken by Ukrainian photojournalists on the front "
        "line opens at the State Library of Victoria this weekend. The images show soldiers "
        "in trenches near Bakhmut, rescuers in destroyed apartment blocks and families "
        'sheltering in metro stations. Curators said they wanted Australians to "see the war '
        'through Ukrainian eyes".',
        "entertainment",
    ),
    (
        "Defence to spend $12 billion on Henderson shipyard for AUKUS subs",
        "The federal government will spend $12 billion over the next decade upgrading the "
        "Henderson shipyard south of Perth so it can maintain nuclear-powered submarines "
        "under the AUKUS deal, the Defence Minister says. The works will create about 10,000 "
        "jobs. The opposition said the announcement was overdue.",
        "military",
    ),
    (
        "Russia and Belarus begin Zapad-2025 military exercises",
        "Russian and Belarusian troops have begun the Zapad-2025 joint exercises, with "
        "drills on ranges in Belarus and western Russia that include planning for the use of "
        "nuclear weapons, Minsk says. Poland has closed its border with Belarus for the "
        "duration of the drills and moved 40,000 troops near the frontier. NATO says it is "
        "monitoring the exercises closely. Belarus has invited military observers from the "
        "US and 22 other countries.",
        "military",
    ),
    (
        "The Hague summit: allies sign up to 5% spending target, Spain opts out",
        "NATO leaders meeting in The Hague have agreed to raise spending on defence and "
        "security to 5% of GDP by 2035, a target pushed by Donald Trump. Spain secured an "
        "exemption, saying it could meet its commitments with less. The secretary general "
        'said the alliance was now "stronger, fairer and more lethal".',
        "military",
    ),
    (
        "Taiwan begins largest Han Kuang drills, with 22,000 reservists",
        "Taiwan has begun its annual Han Kuang military exercises, the largest ever, with "
        "22,000 reservists called up to practise repelling a Chinese invasion over 10 days. "
        "Troops will rehearse urban combat in Taipei and hold live-fire drills on beaches "
        "facing the Taiwan Strait. Air raid drills will halt traffic in cities across the "
        "island.",
        "military",
    ),
    (
        "China shows off new missiles and drones at Victory Day parade",
        "China has displayed new nuclear-capable intercontinental missiles, laser weapons "
        "and large underwater drones at a military parade in Tiananmen Square marking 80 "
        "years since the end of the Second World War. Xi Jinping watched alongside Vladimir "
        "Putin and Kim Jong Un as more than 10,000 troops marched past.",
        "military",
    ),
    (
        "North Korea fires ballistic missiles into East Sea, Seoul says",
        "Breaking: North Korea fired several short-range ballistic missiles into the sea off "
        "its east coast this morning, South Korea's Joint Chiefs of Staff said, days before "
        "the APEC summit in Gyeongju. The missiles flew about 350km.",
        "military",
    ),
    (
        "Germany approves new military service law",
        "The Bundestag has passed a law requiring all 18-year-old men to fill in a "
        "questionnaire on their willingness to serve in the armed forces, from January. The "
        "government hopes to raise the number of active soldiers from about 182,000 to "
        "260,000 by 2035. Compulsory service could be introduced if not enough volunteers "
        "come forward.",
        "military",
    ),
    (
        "DRDO test-fires Agni-Prime from rail-based launcher",
        "India has successfully test-fired the Agni-Prime missile from a rail-based mobile "
        "launcher for the first time, Defence Minister Rajnath Singh said. The missile has a "
        "range of up to 2,000km. He congratulated the DRDO and the Strategic Forces Command "
        "on the test.",
        "military",
    ),
    (
        "Tokyo signs off ¥9tn defence budget, a record",
        "Japan's cabinet has approved a record defence budget of ¥9 trillion for the coming "
        "fiscal year, including funds for long-range missiles and drones. The increase is "
        "part of a plan to raise defence spending to 2% of GDP. China's foreign ministry "
        'said Tokyo was "remilitarising".',
        "military",
    ),
    (
        "IDF: sirens in the Galilee were a false alarm",
        "The IDF says sirens that sounded in several communities in the Upper Galilee a "
        "short while ago were triggered by a false identification, and no launches from "
        "Lebanon were detected. Residents had rushed to shelters.",
        "military",
    ),
]
