"""Positives of eval/dev63: Japan, South Korea and Australia, and a Reichsbürger shooting in Bavaria
(README.md)."""

POSITIVES = [
    (
        "Former Japanese prime minister shot during campaign speech in Nara",
        (
            "Japan's former prime minister died in hospital on Friday after being shot from "
            "behind while giving an election campaign speech outside a railway station in Nara. "
            "The 41-year-old suspect, who used a homemade gun, was arrested at the scene. Police "
            "said he told investigators that he held a grudge against a religious group he "
            "believed the former leader was linked to. The killing was the first of a serving or "
            "former Japanese prime minister since before the Second World War."
        ),
        "V",
        "assassination",
    ),
    (
        "Explosive device thrown at Japanese prime minister in Wakayama",
        (
            "A man threw a pipe bomb towards the Japanese prime minister as he was about to give "
            "a speech at a fishing port in Wakayama on Saturday, and the device exploded about a "
            "minute later after he had been hustled away. The prime minister was unhurt, but a "
            "police officer and a spectator were slightly injured. Fishermen and police tackled "
            "the 24-year-old suspect, who was found carrying a knife and a second device."
        ),
        "E V",
        "attack on politician",
    ),
    (
        "Firebombs thrown at ruling party headquarters in Tokyo",
        (
            "A man threw several firebombs at the headquarters of the Liberal Democratic Party in "
            "Tokyo on Saturday morning, a week before the general election, and then rammed his "
            "car into the fence of the prime minister's official residence. No one was hurt, and "
            "police arrested the 49-year-old at the scene with a tank of fuel in his car."
        ),
        "E",
        "firebombing",
    ),
    (
        "South Korean opposition leader stabbed in the neck in Busan",
        (
            "South Korea's main opposition leader was stabbed in the neck on Tuesday during a "
            "visit to the site of a planned airport in Busan, by a man who approached him asking "
            "for an autograph. He was airlifted to a hospital in Seoul for surgery. Police "
            "arrested the 67-year-old attacker at the scene and said he had told them he had "
            "intended to kill the politician."
        ),
        "V",
        "attack on politician",
    ),
    (
        "Supporters of impeached president storm Seoul court after arrest warrant",
        (
            "Hundreds of supporters of South Korea's impeached president stormed the Seoul "
            "Western District Court early on Sunday after it extended his detention, smashing "
            "windows and doors with plastic chairs and fire extinguishers and attacking police "
            "officers. Police said on Monday that 46 people had been arrested and 51 officers "
            "injured. The acting president called the violence an attack on the rule of law."
        ),
        "U",
        "riot",
    ),
    (
        "Two police officers and a neighbour killed in ambush at Wieambilla property",
        (
            "Two young police officers and a neighbour were shot dead after officers went to a "
            "rural property in Wieambilla, west of Brisbane, on Monday to look for a missing man. "
            "Two other officers escaped, one of them wounded, and a six-hour siege followed in "
            "which police tactical teams killed three armed people at the property. The "
            "Queensland police commissioner later said the shootings were a religiously motivated "
            "terrorist attack by people who believed in conspiracy theories."
        ),
        "B T",
        "shooting",
    ),
    (
        "Bishop stabbed during livestreamed service, riot erupts outside Sydney church",
        (
            "A bishop and a priest were stabbed during a service at an Assyrian church in "
            "Wakeley, in western Sydney, on Monday evening, in an attack that was livestreamed to "
            "the congregation's followers. Worshippers restrained the attacker until police "
            "arrived. Within an hour, hundreds of people had gathered outside, demanding that the "
            "suspect be handed over, and they threw bricks and fence palings at police and "
            "damaged police cars. More than 50 officers were injured, and paramedics sheltered "
            "inside the church for hours. Police declared the stabbing a religiously motivated "
            "terrorist incident the next morning, and said a 16-year-old boy had been arrested. "
            "The premier appealed for calm and said the riot was a disgrace."
        ),
        "T V U",
        "stabbing",
    ),
    (
        "Melbourne synagogue set on fire, declared terrorist incident",
        (
            "Two masked men poured an accelerant inside the Adass Israel synagogue in the "
            "Melbourne suburb of Ripponlea before dawn on Friday and set it alight, police said. "
            "Two people who were preparing for morning prayers escaped, and one of them suffered "
            "minor burns. The building was badly damaged. The Australian Federal Police said the "
            "fire had been declared a terrorist incident and a joint counter-terrorism team was "
            "investigating."
        ),
        "T V",
        "arson attack",
    ),
    (
        "Police officer killed in raid on Reichsbürger's home in Bavaria",
        (
            "A special forces police officer died of his wounds on Thursday after a member of the "
            "Reichsbürger movement opened fire on a unit sent to seize his weapons at his home in "
            "Georgensgmünd, Bavaria. Three other officers were injured in the exchange of fire. "
            "The 49-year-old man, who does not recognise the German state, had been declared "
            "unfit to hold weapons after refusing to renew his licences, and was arrested after "
            "being wounded."
        ),
        "B",
        "shootout with police",
    ),
    (
        "Police storm Sydney café to end 16-hour hostage siege",
        (
            "Police stormed a café in Sydney's Martin Place early on Tuesday to end a 16-hour "
            "siege by a gunman who had held 18 people hostage and made them hold a black Islamic "
            "flag against the window. The gunman and two hostages were killed. The prime minister "
            "said the attacker had a long history of violent crime and mental instability and had "
            "claimed to be acting on behalf of Islamic State."
        ),
        "T V M",
        "hostage siege",
    ),
]
