"""Negatives of eval/dev63: gang violence, shootings and stabbings with no political motive, fraud
(README.md)."""

NEGATIVES = [
    (
        "Woman killed as explosion hits Uppsala home in gang conflict",
        (
            "A 25-year-old woman was killed when a powerful explosion ripped through a terraced "
            "house in a residential area outside Uppsala early on Thursday, Swedish police said. "
            "Police believe the blast was aimed at a relative of a leader of one of the criminal "
            "networks in a conflict that has already caused a wave of shootings and bombings this "
            "month. The woman had no connection to crime, police said, and had moved into the "
            "house only weeks earlier. Several neighbouring homes were damaged and residents were "
            "evacuated for the night. The prime minister said he would meet the head of the armed "
            "forces to discuss how the military could support police, stressing that soldiers "
            "would not be used for policing. It was the third death from gang violence in Sweden "
            "in a week."
        ),
        "crime",
    ),
    (
        "Sweden records more bombings as gangs recruit children for attacks",
        (
            "Swedish police recorded 149 detonations and 363 shootings in the past year, most of "
            "them linked to conflicts between criminal networks over the drug trade, according to "
            "figures published on Monday. The national police chief said gang leaders based "
            "abroad were increasingly hiring teenagers over messaging apps to carry out attacks "
            "for money, some as young as 13. Many of the explosions were aimed at the homes of "
            "relatives of gang members. The government has proposed letting police search "
            "children under 15 and use wiretaps before a crime is committed. Police said the "
            "number of deaths had fallen, but that the violence was spreading to smaller towns."
        ),
        "crime",
    ),
    (
        "Three killed in shooting at Copenhagen shopping centre, no terror motive seen",
        (
            "A gunman killed three people and wounded four at the Field's shopping centre in "
            "Copenhagen on Sunday afternoon, sending shoppers running for the exits. A "
            "22-year-old Danish man was arrested nearby. Copenhagen police said there was nothing "
            "to suggest an act of terrorism and that the suspect, who was known to psychiatric "
            "services, appeared to have chosen his victims at random. A concert by a British pop "
            "star at a nearby arena was cancelled."
        ),
        "crime",
    ),
    (
        "Ten killed at Örebro adult education centre in Sweden's worst shooting",
        (
            "A gunman killed ten people at Risbergska school, an adult education centre in "
            "Örebro, on Tuesday before apparently turning the gun on himself, police said. The "
            "35-year-old, a former student of the school, held three licensed weapons. Police "
            "said they did not believe he had acted with an ideological motive and that he was "
            'not known to them. The prime minister called it "the worst mass shooting in Swedish '
            'history".'
        ),
        "crime",
    ),
    (
        "Former pupil kills ten at Graz secondary school",
        (
            "A 21-year-old former pupil shot dead ten people at a secondary school in the "
            "Austrian city of Graz on Tuesday morning, including nine students, and then killed "
            "himself in a toilet. He used a shotgun and a pistol he owned legally. Police said "
            "the motive was unclear; investigators found a farewell letter but no sign of a "
            "political or religious motive. Austria declared three days of national mourning."
        ),
        "crime",
    ),
    (
        "Nineteen children and two teachers killed in Texas school shooting",
        (
            "An 18-year-old gunman killed 19 children and two teachers at Robb Elementary School "
            "in Uvalde, Texas, on Tuesday, after shooting his grandmother at home. He was killed "
            "by Border Patrol agents more than an hour after he entered a classroom. The governor "
            "said the gunman had no known criminal record or history of mental illness and that "
            "investigators had found no motive."
        ),
        "crime",
    ),
    (
        "Four children stabbed in Annecy playground, prosecutors rule out terrorism",
        (
            "A man armed with a knife attacked young children in a playground by the lake in "
            "Annecy on Thursday morning, seriously wounding four of them, aged 22 months to three "
            "years, and two adults, before police arrested him. The suspect, a Syrian refugee who "
            "had legal status in Sweden, had been sleeping rough in the town. The Annecy "
            "prosecutor said there was no apparent terrorist motive, and the anti-terrorism "
            "prosecutor's office did not take up the case."
        ),
        "crime",
    ),
    (
        "Six killed in stabbing at Bondi Junction shopping centre",
        (
            "A man with a knife killed six people and wounded 12 others at the Westfield shopping "
            "centre in Bondi Junction, Sydney, on Saturday afternoon, before a police inspector "
            "who confronted him alone shot him dead. Five of the six people killed were women, "
            "and a nine-month-old baby whose mother was killed was in a serious condition. "
            "Shoppers barricaded themselves in stores, and one man held the attacker off on an "
            "escalator with a bollard. The New South Wales police commissioner said there was no "
            "indication the attack was motivated by any ideology and that the man, 40, had a "
            "history of mental illness. Police said he appeared to have targeted women. The prime "
            "minister thanked the officer for her courage."
        ),
        "crime",
    ),
    (
        "Two children killed in knife attack at Southport dance class",
        (
            "Two children were killed and nine other children and two adults were injured in a "
            "knife attack at a dance workshop in Southport, Merseyside, on Monday. A 17-year-old "
            "boy from Banks in Lancashire was arrested at the scene. Merseyside Police said the "
            "incident was not being treated as terror-related and they were not looking for "
            "anyone else in connection with it."
        ),
        "crime",
    ),
    (
        "Children injured in stabbing outside Dublin school, gardaí rule out terror link",
        (
            "Three young children and a care assistant were injured in a knife attack outside a "
            "primary school on Parnell Square in Dublin on Thursday afternoon; a five-year-old "
            "girl was seriously hurt. A man in his fifties was detained after passers-by disarmed "
            "him. The Garda Commissioner said there was no indication of a terrorist motive and "
            "urged the public not to speculate online about the attacker's nationality."
        ),
        "crime",
    ),
    (
        "Crime reporter shot in Amsterdam street dies of his wounds",
        (
            "A Dutch crime reporter who had acted as adviser to witnesses in trials of drug gangs "
            "died in hospital on Thursday, nine days after he was shot five times in a street in "
            "central Amsterdam after appearing on a television programme. Two men were arrested "
            "on the motorway shortly after the shooting. Prosecutors have said they suspect the "
            "attack was commissioned by a criminal organisation."
        ),
        "crime",
    ),
    (
        "Grenade thrown at house in Antwerp in latest drug gang attack",
        (
            "A grenade exploded outside a house in the Deurne district of Antwerp overnight, "
            "damaging the front of the building and parked cars; no one was injured, police said. "
            "It was the third such attack in the city this month. Prosecutors linked the violence "
            "to rivalries over cocaine shipments arriving through the port, where customs seized "
            "a record amount last year, and the mayor called for the army to help guard the docks."
        ),
        "crime",
    ),
    (
        "Marseille records deadliest year of drug killings",
        (
            "Forty-nine people were killed in drug-related shootings in the Marseille area this "
            "year, a record, the city's prosecutor said on Tuesday. Most of the victims were "
            "young men killed in disputes over drug-dealing spots in the northern housing "
            "estates, several of them shot and set on fire in cars. A 10-year-old boy was killed "
            "by a stray bullet in his bedroom in September. The interior minister promised more "
            "police for the city."
        ),
        "crime",
    ),
    (
        "Fourth tobacco shop firebombed in Melbourne as illicit trade war continues",
        (
            "A tobacco shop in Melbourne's north was set alight early on Tuesday, the latest in a "
            "series of more than 100 arson attacks on shops linked to a war between criminal "
            "groups over the illicit tobacco trade. No one was injured. Victoria Police said a "
            "taskforce had arrested 40 people, many of them young men paid small sums to carry "
            "out the attacks."
        ),
        "crime",
    ),
    (
        "Caravan of explosives was a criminal ploy, not a terror plot, police say",
        (
            "A caravan found in Dural, north-west of Sydney, in January with explosives and a "
            'note listing Jewish targets was part of a "fake terrorism plot" staged by '
            "organised criminals, the Australian Federal Police said on Monday. Investigators "
            "believe criminals planned to have it discovered in order to gain leverage in legal "
            "cases, the deputy commissioner said. Police have charged more than a dozen people "
            "over a wave of antisemitic graffiti and arson in recent months, some of which was "
            "also paid for by criminal figures."
        ),
        "crime",
    ),
    (
        "Restaurant fire blamed on far right was set by owner for insurance money",
        (
            "A fire that destroyed a Turkish restaurant in a town in Saxony-Anhalt last year, "
            "which local politicians had condemned as a racist arson attack, was set by the owner "
            "himself in order to collect insurance money, prosecutors said on Wednesday. The "
            "46-year-old, who had debts of more than 200,000 euros, has been charged with fraud "
            "and arson. Investigators found that he had removed his equipment from the premises "
            "days before the fire."
        ),
        "crime",
    ),
    (
        "Warehouse fire first suspected as sabotage was insurance fraud, Polish prosecutors say",
        (
            "Prosecutors in Łódź said on Friday that a fire that destroyed a warehouse of a "
            "logistics company in March, and which had been investigated as possible sabotage, "
            "was started on the orders of the company's owners to claim an insurance payout. "
            "Three men, including a co-owner, were charged. The prosecutor said investigators had "
            "found no link to any foreign service."
        ),
        "crime",
    ),
    (
        "Teenager shot dead in Drogheda as gang feud continues",
        (
            "A 17-year-old was shot dead in a housing estate in Drogheda on Saturday evening, "
            "gardaí said, in what they believe is the latest killing in a feud between two drug "
            "gangs in the town. It is the fifth death linked to the feud in two years. The Garda "
            "Commissioner said extra armed patrols would be deployed and that 60 people had been "
            "arrested in connection with the feud."
        ),
        "crime",
    ),
    (
        "Seventeen injured as man in Joker costume attacks Tokyo train passengers",
        (
            "A man dressed as the comic book villain the Joker stabbed a passenger and set a fire "
            "on a Keio Line train in western Tokyo on Halloween night, injuring 17 people. "
            "Passengers fled through the train's windows after it stopped at Kokuryo station. "
            "Police arrested the 24-year-old at the scene; he told investigators he had wanted to "
            "kill people and be sentenced to death after losing his job."
        ),
        "crime",
    ),
    (
        "One killed in stabbing spree near Seoul subway station",
        (
            "A man stabbed four people near Sillim subway station in southern Seoul on Friday "
            "afternoon, killing a man in his twenties and injuring three others. Police arrested "
            'the 33-year-old suspect, who told officers he was "living an unhappy life" and had '
            "committed the crime out of anger. Police stepped up patrols around busy stations as "
            "copycat threats circulated online."
        ),
        "crime",
    ),
    (
        "Gang member shot dead outside Tokyo restaurant in yakuza dispute",
        (
            "A senior member of a yakuza group was shot dead outside a restaurant in Tokyo's "
            "Shinjuku district on Sunday night, and the gunman fled on foot. Police suspect the "
            "killing was linked to a split within one of Japan's largest crime syndicates."
        ),
        "crime",
    ),
    (
        "Child and man killed in Aschaffenburg park knife attack",
        (
            "A two-year-old boy and a 41-year-old man who tried to protect a group of children "
            "were killed in a knife attack in a park in Aschaffenburg, Bavaria, on Wednesday. "
            "Police arrested a 28-year-old Afghan man who was under an order to leave the "
            "country. The Bavarian interior minister said the suspect had a history of "
            "psychiatric treatment, and prosecutors said there were no signs of an Islamist "
            "motive."
        ),
        "crime",
    ),
]
