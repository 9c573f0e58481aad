"""dev133 hard negatives: the military without violence and culture; plain negatives
(negative_other) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "China expels nine generals, including vice-chair of military commission",
        "China's defence ministry said on Friday that nine senior officers, among them He "
        "Weidong, a vice-chairman of the Central Military Commission, had been expelled from "
        'the Communist Party and the army for "serious violations of discipline". It is the '
        "biggest purge of the top brass in decades.",
        "military",
    ),
    (
        "China stages 'Strait Thunder' drills around Taiwan",
        "China's military began a second day of large-scale exercises around Taiwan on "
        "Wednesday, code-named Strait Thunder-2025A, practising a blockade of key ports and "
        "strikes on energy facilities with live fire in the East China Sea. Taiwan's defence "
        "ministry said it had tracked 76 aircraft and 15 warships and put its forces on alert. "
        'Beijing called the drills a stern warning to "separatist forces".',
        "military",
    ),
    (
        "NATO allies agree 5% defence spending target at The Hague summit",
        "NATO leaders agreed on Wednesday to raise spending on defence and security to 5% of "
        "GDP by 2035, with at least 3.5% going to core military needs such as troops, tanks and "
        'air defence. Spain secured an exemption; President Donald Trump called the deal "a big '
        'win".',
        "military",
    ),
    (
        "Russia and Belarus begin Zapad-2025 exercises",
        "Russian and Belarusian forces began the Zapad-2025 joint exercises on Friday at "
        "training grounds in Belarus and western Russia, including drills on the use of nuclear "
        "weapons and the Oreshnik missile, Minsk said. Poland closed its border with Belarus "
        "for the duration and moved 40,000 troops near it. NATO said it was watching the drills "
        "closely.",
        "military",
    ),
    (
        "North Korea fires ballistic missiles into sea ahead of APEC summit",
        "North Korea fired several short-range ballistic missiles into the sea off its east "
        "coast on Wednesday, South Korea's Joint Chiefs of Staff said, days before world "
        "leaders arrive in Gyeongju for the APEC summit. Japan said the missiles landed outside "
        "its exclusive economic zone.",
        "military",
    ),
    (
        "Poland signs $6.5bn deal for 180 more K2 tanks",
        "Poland signed a $6.5 billion contract with South Korea's Hyundai Rotem on Friday for "
        "180 more K2 battle tanks, some of which will be built at a Polish state-owned plant. "
        "Poland already spends more than 4% of GDP on defence, the highest share in NATO.",
        "military",
    ),
    (
        "Bundestag approves new military service law",
        "Germany's parliament passed a law on Friday requiring all 18-year-old men to fill in a "
        "questionnaire on their fitness and willingness to serve, a step towards expanding the "
        "Bundeswehr to 260,000 troops. Conscription could be reinstated if not enough "
        "volunteers come forward.",
        "military",
    ),
    (
        "Indian Navy commissions stealth frigate Tamal in Kaliningrad",
        "The Indian Navy commissioned the stealth frigate INS Tamal at the Yantar shipyard in "
        "Kaliningrad on Tuesday, the last warship India will buy from abroad, officials said. "
        "The ship carries BrahMos cruise missiles and will join the Western Fleet.",
        "military",
    ),
    (
        "Beijing parade shows off new nuclear triad as Putin and Kim watch",
        "China displayed new intercontinental ballistic missiles, laser weapons and underwater "
        "drones at a military parade in Tiananmen Square on Wednesday, with Vladimir Putin and "
        "Kim Jong Un beside Xi Jinping on the rostrum. The parade marked 80 years since Japan's "
        "surrender in the Second World War.",
        "military",
    ),
    (
        "Burhan reshuffles Sudan's army command, names new chief of staff",
        "Sudan's army chief, General Abdel Fattah al-Burhan, replaced the chief of staff and "
        "several senior commanders in a decree on Thursday, and ordered all armed groups "
        "fighting alongside the army to come under military command. Analysts said the move was "
        "aimed at curbing the influence of Islamist-aligned brigades.",
        "military",
    ),
    (
        "Tinubu replaces service chiefs amid coup rumours",
        "President Bola Tinubu replaced the chief of defence staff and the heads of the army, "
        "navy and air force on Friday, the presidency said, days after media reports that 16 "
        "officers had been detained over an alleged coup plot. The military said the officers "
        'were being held for "indiscipline" and denied any plot.',
        "military",
    ),
    (
        "Drone sightings shut Copenhagen airport for four hours",
        "Copenhagen airport closed for almost four hours on Monday night after several large "
        "drones were spotted over the runways, and dozens of flights were diverted, Danish "
        'police said. Prime Minister Mette Frederiksen called it "the most serious attack on '
        'Danish critical infrastructure so far" and did not rule out Russian involvement.',
        "military",
    ),
    (
        "Sudanese war documentary wins top prize in Venice's Orizzonti",
        '"The Last Road to Wad Madani", a documentary following three sisters who fled the '
        "fighting in Sudan, won the top prize of the Orizzonti section at the Venice Film "
        'Festival on Saturday. Director Amna Idris dedicated the award to "everyone still '
        'living under the bombs".',
        "entertainment",
    ),
    (
        "EA's Battlefield 6 posts record launch",
        "Electronic Arts said on Tuesday its military shooter Battlefield 6 had sold more than "
        "7 million copies in its first three days, the fastest start in the series' history, as "
        "players flocked to its large-scale battles and destructible buildings. The game is set "
        "in 2027 amid a war between NATO and a private military company.",
        "entertainment",
    ),
    (
        "Novel about occupied Kherson wins European Book Prize",
        'Ukrainian writer Olena Koval won this year\'s European Book Prize for "The Left Bank", '
        "a novel about a schoolteacher who hides her pupils' records during the Russian "
        'occupation of Kherson. The jury called it "a quiet book about loud times".',
        "entertainment",
    ),
    (
        "Netflix drama about Colombia's peace talks tops global charts",
        '"Los Acuerdos", a Netflix drama about a guerrilla commander and a government '
        "negotiator during Colombia's peace talks in Havana, was the most-watched non-English "
        "series worldwide last week, the streamer said. Its battle scenes were shot in the "
        "mountains of Antioquia with former FARC fighters as extras.",
        "entertainment",
    ),
    (
        "Imperial War Museum opens show of Ukrainian war photography",
        "London's Imperial War Museum opened an exhibition of 120 photographs taken by "
        "Ukrainian photojournalists since 2022 on Friday, from the ruins of Mariupol's drama "
        "theatre to soldiers' funerals in Lviv. The show runs until March and is free.",
        "entertainment",
    ),
    (
        "'No Other Land' takes best documentary Oscar",
        '"No Other Land", made by a collective of Palestinian and Israeli filmmakers about the '
        "demolition of Palestinian villages in the Masafer Yatta area, won the Oscar for best "
        "documentary feature on Sunday. Co-director Basel Adra said he hoped his newborn "
        "daughter would not have to live the life he was living now.",
        "entertainment",
    ),
    (
        "Former hostage's memoir goes straight to top of Israeli charts",
        '"Under the Sand", the memoir of a 24-year-old Israeli woman held in Hamas tunnels for '
        "471 days, went straight to the top of the country's bestseller list this week, its "
        "publisher said. English and German translations are due next year.",
        "entertainment",
    ),
    (
        "Reform wins Runcorn by-election by six votes after recount",
        "Reform UK won the Runcorn and Helsby by-election by six votes on Friday after a "
        "recount, overturning a Labour majority of almost 15,000. Nigel Farage called the "
        'result "a big moment", while Labour ministers blamed low turnout.',
        "other",
    ),
    (
        "Takaichi elected Japan's first woman prime minister",
        "Sanae Takaichi was elected prime minister by Japan's parliament on Tuesday, becoming "
        "the first woman to lead the country, after her Liberal Democratic Party agreed a "
        "coalition with the Osaka-based Japan Innovation Party. The former economic security "
        "minister has promised a tougher line on China and higher defence spending.",
        "other",
    ),
    (
        "Merz's conservatives win German election, AfD second",
        "Friedrich Merz's conservative CDU/CSU alliance won Germany's federal election on "
        "Sunday with 28.5% of the vote, while the far-right Alternative for Germany doubled its "
        "share to 20.8%, its best result. Merz said he wanted a government in place by Easter.",
        "other",
    ),
    (
        "Starship explodes on Texas test stand",
        "A SpaceX Starship upper stage exploded during a routine engine test at the company's "
        "Starbase site in Texas late on Wednesday, sending a fireball into the night sky, the "
        "company said. No one was hurt. Elon Musk said a pressurised tank had failed.",
        "other",
    ),
    (
        "Japan sends troops to Akita as bear attacks hit record",
        "Japan deployed Self-Defense Forces troops to Akita prefecture on Wednesday to help set "
        "traps and carry culled bears, after a record 12 people were killed by bears nationwide "
        "since April. The soldiers will not carry firearms, the defence ministry said.",
        "other",
    ),
    (
        "Surfer dies after shark attack on NSW north coast",
        "A 57-year-old surfer died after being attacked by a shark at Lighthouse Beach near "
        "Port Macquarie on Saturday morning, New South Wales police said. Lifeguards closed "
        "beaches along a 10km stretch of the coast and drones were sent up to search for the "
        "animal.",
        "other",
    ),
    (
        "Cardinal Prevost elected Pope Leo XIV, first American pontiff",
        "Cardinal Robert Prevost of the United States was elected pope on Thursday on the "
        "second day of the conclave, taking the name Leo XIV. The 69-year-old, who spent two "
        'decades as a missionary in Peru, called for "a peace that is disarmed and disarming" '
        "in his first address from the balcony of St Peter's Basilica.",
        "other",
    ),
    (
        "Spain records hottest June as heatwave grips southern Europe",
        "Spain recorded its hottest June on record, with an average temperature of 23.6C, the "
        "state weather agency AEMET said on Tuesday, as a heatwave pushed temperatures above "
        "40C in Portugal, Italy and Greece. El Granado in Huelva reached 46C, a national record "
        "for the month.",
        "other",
    ),
    (
        "Born in Kakuma camp, Sydney painter wins Archibald Prize",
        "Sydney artist Ajak Deng, who was born in Kakuma refugee camp in Kenya and came to "
        "Australia aged six, won the Archibald Prize for portraiture on Friday with a painting "
        "of her grandmother. The prize is worth 100,000 Australian dollars.",
        "other",
    ),
    (
        "Britain and allies accuse Russia's GRU of hacking aid logistics firms",
        "Britain and nine allies said on Wednesday that a unit of Russia's GRU military "
        "intelligence had spent two years hacking logistics and technology companies involved "
        "in delivering aid to Ukraine, and had gained access to cameras at border crossings and "
        "railway stations. The agencies published technical details to help firms defend their "
        "networks.",
        "other",
    ),
    (
        "Fact check: 'missile strike on Kyiv station' video is from a video game",
        "A video shared millions of times on X and TikTok this week, claiming to show a missile "
        "strike on Kyiv's central railway station, is a clip from the video game Arma 3, AFP's "
        "fact-check team found. The game's developer, Bohemia Interactive, has repeatedly asked "
        "users to stop passing off its footage as real war news.",
        "other",
    ),
]
