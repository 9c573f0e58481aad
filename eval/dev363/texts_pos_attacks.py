"""dev363 positives: terror attacks and state-backed attacks on British soil, 2017-2025."""

POSITIVES = [
    (
        "Westminster attack: police officer among four dead after car ploughs into pedestrians",
        "A police officer and three members of the public have died after a man drove a car into "
        "pedestrians on Westminster Bridge and then stabbed a constable at the gates of "
        "Parliament. The attacker was shot dead by armed officers inside New Palace Yard, the "
        "Metropolitan Police said. Scotland Yard said it was treating the attack as a terrorist "
        "incident and that counter-terrorism detectives were working “on the assumption it was "
        "inspired by international terrorism”. Around 40 people were injured, some of them "
        "catastrophically, among them French schoolchildren and tourists from South Korea and "
        "Romania. One woman was pulled alive from the Thames after falling from the bridge. The "
        "Commons was suspended and MPs were kept inside the chamber for several hours while the "
        "estate was locked down. The officer who died was named as PC Keith Palmer, a husband and "
        "father who had served for 15 years. Theresa May, speaking outside Downing Street, called "
        "the attack “sick and depraved” and said Parliament would sit as normal on Thursday.",
        "T V",
        "terror_attack",
    ),
    (
        "Manchester Arena blast: 22 killed as suicide bomber strikes at end of pop concert",
        "Twenty-two people, several of them children, were killed when a suicide bomber detonated "
        "a device in the foyer of Manchester Arena as thousands of young fans were leaving an "
        "Ariana Grande concert. Greater Manchester Police said 59 people had been taken to "
        "hospital and dozens more were treated at the scene, many with shrapnel injuries from nuts "
        "and bolts packed around the bomb. Chief Constable Ian Hopkins said the attacker, who died "
        "in the blast, had acted alone, though officers were still establishing whether he was "
        "part of a wider network. Islamic State later claimed responsibility. Parents spent the "
        "night phoning hospitals and posting pictures of missing teenagers on social media, while "
        "hotels near Victoria station opened their doors to those stranded. Taxi drivers switched "
        "off their meters. The prime minister chaired a Cobra meeting and suspended campaigning for "
        "the general election. By the evening the threat level had been raised to critical, "
        "meaning a further attack may be imminent, and soldiers were deployed to guard key sites.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Three attackers shot dead after van and knife rampage at London Bridge and Borough Market",
        "Seven people were killed and 48 taken to hospital after three men drove a hired van into "
        "pedestrians on London Bridge and then ran through Borough Market stabbing people outside "
        "pubs and restaurants. Armed officers shot all three attackers dead within eight minutes of "
        "the first call, firing an unprecedented 46 rounds, the Met said. The men wore fake "
        "suicide vests made of water bottles wrapped in tape. Witnesses described diners barricading "
        "themselves in kitchens and cellars while the attackers shouted “this is for Allah”. An "
        "off-duty British Transport Police officer who confronted them armed only with a baton was "
        "among the seriously wounded. Police declared the rampage a terrorist incident shortly "
        "after midnight. Twelve people were arrested in Barking, east London, on Sunday morning. "
        "The attack came less than a fortnight after the Manchester bombing and five days before "
        "the general election.",
        "T V",
        "terror_attack",
    ),
    (
        "Man dies after van driven into worshippers outside Finsbury Park mosque",
        "One man died and eleven other people were hurt when a van was driven into a group of "
        "worshippers who had just left night prayers near Finsbury Park mosque in north London. The "
        "crowd had gathered to help an elderly man who had collapsed on the pavement shortly after "
        "midnight. Witnesses said the driver shouted that he wanted to “kill all Muslims” before "
        "he was pinned to the ground by bystanders and protected from the crowd by the imam of a "
        "nearby mosque until police arrived. The Metropolitan Police said the 47-year-old man from "
        "Cardiff had been arrested on suspicion of the preparation, commission or instigation of "
        "terrorism and attempted murder. Counter-terrorism officers are leading the inquiry. Extra "
        "patrols were being deployed around mosques across the capital during Ramadan, the force "
        "said. Theresa May said the attack was “every bit as sickening” as those that came before "
        "it, and Jeremy Corbyn, the local MP, visited the scene in the morning.",
        "T V",
        "vehicle_attack",
    ),
    (
        "Parsons Green: homemade bomb in bucket injures commuters on packed District line train",
        "Thirty people were injured when a homemade bomb hidden in a bucket inside a supermarket "
        "carrier bag partly exploded on a District line train at Parsons Green station during the "
        "morning rush hour. Most of those treated in hospital had flash burns, and several others "
        "were hurt in the crush as passengers fled along the platform and down the stairs. The "
        "Met’s head of counter-terrorism, Mark Rowley, said the device had failed to detonate fully "
        "and was filled with shrapnel including knives and screws. Police declared it a terrorist "
        "incident within hours. Islamic State claimed the attack through its Amaq news agency, "
        "though officers said there was no evidence yet to support the claim. A manhunt was under "
        "way across the capital, and an 18-year-old was arrested at the port of Dover on Saturday. "
        "The national threat level was raised to critical for the second time this year.",
        "T E",
        "bombing",
    ),
    (
        "Fishmongers’ Hall: two killed by convicted terrorist on day release at prisoner event",
        "Two young people were stabbed to death at a prisoner rehabilitation conference at "
        "Fishmongers’ Hall, next to London Bridge, by a man who had been released from prison on "
        "licence after serving half of a sentence for terrorism offences. Jack Merritt, 25, and "
        "Saskia Jones, 23, both graduates of the Cambridge University programme that organised "
        "the event, died of their injuries. Three other people were wounded. The attacker, 28, "
        "wearing a fake suicide vest, was chased on to the bridge by delegates armed with a "
        "narwhal tusk taken from the wall and a fire extinguisher, then shot dead by armed officers. "
        "The Metropolitan Police declared the incident a terrorist attack, and Islamic State later "
        "claimed him as one of its fighters. Boris Johnson broke off from the election campaign to "
        "return to Downing Street. Questions are already being asked about how the man came to be "
        "freed automatically without a Parole Board review and allowed to travel to central London.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Reading park stabbings declared terror attack as three men named among dead",
        "Counter-terrorism police have taken over the investigation into a knife attack in Forbury "
        "Gardens in Reading in which three men were killed as they sat with friends on a summer "
        "evening. Thames Valley Police said a 25-year-old local man had been arrested at the scene "
        "by an unarmed officer who tackled him to the ground after he ran from the park. Three "
        "others were seriously injured. The dead included James Furlong, a history teacher at a "
        "school in Wokingham, and an American, Joe Ritchie-Bennett. Assistant Commissioner Neil "
        "Basu said on Sunday that the attack was now being treated as a terrorist incident. Earlier "
        "in the afternoon a Black Lives Matter protest had taken place peacefully in the same park, "
        "and police stressed there was no link. Residents left flowers at the gates as forensic "
        "tents remained in place on Monday.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Sir David Amess: Tory MP stabbed to death at constituency surgery in Leigh-on-Sea",
        "Sir David Amess, the Conservative MP for Southend West, has died after being stabbed "
        "several times while meeting constituents at a Methodist church in Leigh-on-Sea. Essex "
        "Police said a 25-year-old man had been arrested at the scene on suspicion of murder and a "
        "knife recovered. Within hours the Metropolitan Police said the killing had been declared a "
        "terrorist incident and that the early investigation had revealed “a potential motivation "
        "linked to Islamist extremism”. Sir David, 69, had been an MP since 1983 and was known for "
        "his campaigns on animal welfare and his long push to make Southend a city. Flags over "
        "Parliament were lowered to half-mast. The home secretary has asked every police force to "
        "review security arrangements for MPs, five years after the Labour MP Jo Cox was murdered "
        "in her West Yorkshire constituency. Colleagues from all parties described him as one of "
        "the kindest men in the Commons.",
        "T V",
        "assassination",
    ),
    (
        "Liverpool Women’s Hospital blast: taxi passenger dies as explosion declared terrorism",
        "An explosion in a taxi outside Liverpool Women’s Hospital moments before the Remembrance "
        "Sunday silence has been declared a terrorist incident, counter-terrorism police said. The "
        "passenger, who died in the fire, had asked to be driven to the hospital and was carrying a "
        "homemade device built with ball bearings, officers said. The driver, David Perry, escaped "
        "from the cab seconds before it was engulfed and was treated in hospital for his injuries. "
        "Russ Jackson, head of Counter Terrorism Policing North West, said the motive was not yet "
        "understood. Four men were arrested in Kensington, a district of the city, under the "
        "Terrorism Act and later released. The UK threat level was raised from substantial to "
        "severe. A memorial service at the Anglican cathedral, less than a mile away, went ahead "
        "under heavy police presence.",
        "T E",
        "bombing",
    ),
    (
        "Dover migrant centre firebomb attack was driven by far-right ideology, police say",
        "A petrol bomb attack on a Border Force migrant processing centre in Dover was motivated "
        "by extreme right-wing ideology, counter-terrorism police said on Sunday as they took over "
        "the investigation. A man in his sixties drove to the Western Jet Foil site and threw "
        "three incendiary devices over the fence, some of them with fireworks attached, before "
        "killing himself at a nearby petrol station. Two members of staff suffered minor injuries. "
        "About 700 asylum seekers were later moved from the site to the Manston centre in Kent for "
        "their safety, the Home Office said. Tim Jacques, deputy head of Counter Terrorism "
        "Policing, said there was “some indication of a hate-filled grievance” and that the attack "
        "was being treated as a terrorist incident. Refugee charities said it showed the danger of "
        "inflammatory language about people arriving in small boats.",
        "T E V",
        "firebombing",
    ),
    (
        "Two killed in Yom Kippur attack on Manchester synagogue; assailant shot dead",
        "Two people were killed and three seriously injured when a man drove a car into people "
        "outside a synagogue in the Crumpsall area of Manchester on Yom Kippur and then attacked "
        "them with a knife. Greater Manchester Police said armed officers shot the attacker dead "
        "within minutes of the first emergency call. He was wearing what appeared to be an "
        "explosive belt, which was later found to be fake. Security guards and worshippers "
        "barricaded the doors to stop him getting inside, where the congregation had gathered for "
        "the holiest day of the Jewish year. The attack was declared a terrorist incident the same "
        "morning. Police later said one of the victims may have been hit by a police bullet. The "
        "prime minister returned early from a European summit, and extra officers were deployed "
        "to synagogues across the country on Friday.",
        "T V",
        "terror_attack",
    ),
    (
        "Dawn Sturgess dies after Novichok exposure in Amesbury, police open murder inquiry",
        "A woman who was poisoned by the nerve agent Novichok in Amesbury has died in hospital, "
        "and the Metropolitan Police has launched a murder investigation. Dawn Sturgess, 44, fell "
        "ill after handling a perfume bottle that detectives believe contained the agent used in "
        "the attempted assassination of the former Russian spy Sergei Skripal and his daughter in "
        "Salisbury four months ago. Her partner, Charlie Rowley, remains in a critical condition. "
        "Counter-terrorism officers, who are leading the inquiry, said they believed the bottle was "
        "discarded after the March attack. The government has blamed the Russian state for that "
        "attack, which it called the first offensive use of a chemical weapon in Europe since the "
        "second world war. Sajid Javid, the home secretary, said Moscow should explain “what has "
        "gone on”. Several sites in Amesbury and Salisbury remained cordoned off.",
        "E V",
        "chemical_attack",
    ),
]
