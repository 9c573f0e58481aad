"""eval/dev73 negatives: shootings, clan killings, seizures, war crimes and other trials."""

NEGATIVES = [
    (
        "Teenager shoots dead eight pupils and guard at Belgrade school",
        "A 13-year-old boy opened fire with his father's pistols in a primary school in "
        "central Belgrade on Wednesday morning, killing eight pupils and a security guard, "
        "police said. Six children and a teacher were wounded. The boy, who had planned the "
        "attack for a month and drew up a list of targets, called the police himself. Serbia "
        "declared three days of mourning.",
        "crime",
    ),
    (
        "Gunman kills eight in villages south of Belgrade",
        "A 21-year-old man shot dead eight people and wounded 14 with an automatic rifle in "
        "villages near Mladenovac on Thursday night, a day after a school shooting in the "
        "capital, police said. He was arrested the next morning after a manhunt involving "
        "hundreds of officers and helicopters. Police said they had found no motive.",
        "crime",
    ),
    (
        "Ten killed as gunman opens fire in Cetinje neighbourhood",
        "A man shot dead ten people, including two children, in the Montenegrin town of "
        "Cetinje on Friday after a family dispute, before a passer-by shot him dead, police "
        "said. The attacker first killed two children of the family who rented his flat and "
        "then went on shooting in the street. Montenegro declared three days of mourning.",
        "crime",
    ),
    (
        "Student kills six at Perm university",
        "A first-year student opened fire in a building of Perm State University on Monday, "
        "killing six people and wounding more than two dozen, Russian investigators said. "
        "Students jumped from windows to escape. The gunman, who had legally bought his "
        "hunting gun, was wounded and detained by police. Investigators opened a murder case.",
        "crime",
    ),
    (
        "Montenegrin clan member shot dead in Belgrade restaurant",
        "A man investigators described as a member of the Skaljari clan was shot dead in a "
        "restaurant in New Belgrade on Tuesday evening, police said. The gunman fled in a "
        "waiting car. The Skaljari and rival Kavac clans, which emerged from a split over a "
        "cocaine shipment, have been blamed for dozens of killings in Montenegro, Serbia and "
        "Spain.",
        "crime",
    ),
    (
        "Businessman shot in contract killing in Tbilisi",
        "A businessman was shot dead outside his home in Tbilisi's Vake district early on "
        "Monday, and police said they suspected a contract killing. The gunman had waited for"
        " him in a parked car and fled on foot. The interior ministry said an investigation "
        "had been opened into premeditated murder.",
        "crime",
    ),
    (
        'Police arrest "thief in law" in Bishkek raid',
        "Kyrgyz security services said on Thursday that they had detained a crime boss known "
        'as a "thief in law" in a raid on a villa outside Bishkek, along with 15 members of '
        "his group. Officers seized weapons, cash and gold. The group is accused of extortion"
        " and racketeering in the capital's markets.",
        "crime",
    ),
    (
        "Cocaine seized in bananas at Bar port",
        "Montenegrin police found 1.3 tonnes of cocaine in a shipment of bananas from Ecuador"
        " at the port of Bar on Wednesday, one of the largest seizures in the Balkans. Three "
        "customs officers and a shipping agent were arrested. Prosecutors said the drugs "
        "belonged to a regional clan.",
        "crime",
    ),
    (
        "Gunmen shoot at cafe in Istanbul in mafia feud",
        "Gunmen fired at a cafe in Istanbul's Esenyurt district on Saturday night, wounding "
        "three people, police said, in what they described as a feud between two organised "
        "crime groups. Police detained four suspects in raids. An Istanbul prosecutor said "
        "the groups were fighting over debt collection.",
        "crime",
    ),
    (
        "Belfast man jailed for drugs after gang feud investigation",
        "A Belfast man was jailed for seven years on Monday for supplying cocaine and "
        "cannabis, after police searched properties linked to a feud between two criminal "
        "gangs in the west of the city. The judge said the feud had caused fear in the area. "
        "Police seized 2 kg of cocaine and a stun gun.",
        "crime",
    ),
    (
        "Hague judges uphold Mladic life sentence for genocide",
        "UN judges in The Hague on Tuesday upheld the life sentence of the former Bosnian "
        "Serb military commander Ratko Mladic for genocide at Srebrenica, war crimes and "
        "crimes against humanity during the 1992-95 war. The appeals chamber rejected his "
        "appeal on all counts except one. Relatives of victims watched the ruling on a screen"
        " in Potocari.",
        "crime",
    ),
    (
        "Kosovo's former president goes on trial for war crimes in The Hague",
        "Kosovo's former president Hashim Thaci pleaded not guilty on Wednesday as his trial "
        "on charges of war crimes and crimes against humanity opened at the Kosovo Specialist"
        " Chambers in The Hague. Prosecutors accuse him and three other former commanders of "
        "the Kosovo Liberation Army of the persecution of opponents during and after the "
        "1998-99 war.",
        "crime",
    ),
    (
        "Court jails Kosovo Serb over Banjska attack",
        "A court in Pristina sentenced a Kosovo Serb to 12 years in prison on Friday for "
        "taking part in the armed attack on a police patrol in Banjska in 2023. The defence "
        "said it would appeal. Prosecutors have charged 45 people over the attack, most of "
        "them in absentia, including its alleged organiser, who is in Serbia.",
        "crime",
    ),
    (
        "Turkish court sentences coup plotters to life",
        "A court in Ankara sentenced 337 people, among them former generals and pilots, to "
        "life in prison on Thursday over the attempted coup of July 2016. The defendants were"
        " accused of directing the attempt from an air base. The court acquitted 75 people. "
        "Turkey blames the movement of a US-based cleric for the coup.",
        "crime",
    ),
    (
        "Bosnian court convicts former soldiers of crimes against civilians",
        "The Court of Bosnia and Herzegovina on Wednesday sentenced four former soldiers to "
        "between six and 12 years in prison for crimes against Bosniak civilians in villages "
        "near Visegrad in 1992. The court found them guilty of taking part in killings, "
        "unlawful detentions and looting. The verdict can be appealed.",
        "crime",
    ),
    (
        "Armenian ex-defence minister charged over arms contracts",
        "Armenian investigators charged a former defence minister and two deputies with "
        "embezzlement over contracts to buy ammunition before the 2020 war, the "
        "anti-corruption committee said on Tuesday. The contracts were worth tens of millions"
        " of dollars, and much of the ammunition was found to be unusable. The men deny the "
        "charges.",
        "crime",
    ),
    (
        "Georgian court jails protesters for up to four and a half years",
        "A court in Tbilisi sentenced seven people to between two and four and a half years "
        'in prison on Monday for taking part in "group violence" during protests against the '
        "government last winter. Rights groups called the trial politically motivated. The "
        "defendants said they had only defended themselves when police dispersed the rally.",
        "crime",
    ),
    (
        "Kazakhstan convicts former security chief of attempted coup",
        "A military court in Kazakhstan sentenced the country's former security chief to 18 "
        "years in prison on Tuesday for abuse of power and attempting to seize power during "
        "the unrest of January 2022, his lawyer said. The trial was held behind closed doors."
        " The former chief, once close to the country's first president, denied the charges.",
        "crime",
    ),
    (
        "Chechen blogger's killer sentenced in France",
        "A French court sentenced a man to life in prison on Friday for the 2020 killing of a"
        " Chechen blogger who was stabbed in a hotel room near Lille. The prosecutor said the"
        " killing had been carried out on orders from Chechnya. The victim had been a fierce "
        "critic of the region's leader.",
        "crime",
    ),
    (
        "Belarusian Nobel laureate sentenced to 10 years",
        "A court in Minsk sentenced Ales Bialiatski, the co-winner of the 2022 Nobel Peace "
        "Prize, to 10 years in prison on Friday on charges of smuggling and financing "
        "protests. Three of his colleagues at the Viasna human rights centre also received "
        "prison sentences. The EU called the trial a sham.",
        "politics",
    ),
    (
        "Human traffickers arrested on Bosnia-Croatia border",
        "Bosnian police arrested 11 people suspected of smuggling migrants across the border "
        "into Croatia, the state investigation agency said on Thursday. The group charged "
        "migrants up to 3,000 euros each and transported them in trucks hidden under cargo. "
        "Police said 40 migrants were found in one vehicle near Velika Kladusa.",
        "crime",
    ),
    (
        "Fans arrested after fight at motorway stop in Croatia",
        "Croatian police arrested 23 football supporters after a brawl between rival fans at "
        "a motorway rest stop near Karlovac on Sunday, in which two people were stabbed. The "
        "fans were travelling to and from league matches in Zagreb and Split. Police seized "
        "flares, knives and iron bars from the buses.",
        "sport",
    ),
]
