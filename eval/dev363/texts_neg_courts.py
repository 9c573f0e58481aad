"""dev363 negatives: knife crime, gangs, county lines, trials, inquiries and the Troubles."""

NEGATIVES = [
    (
        "Southport stabbing: two children dead and nine hurt in attack at dance class",
        "Two children have died and nine other people have been injured, six of them critically, "
        "in a knife attack at a Taylor Swift-themed dance and yoga class for young children in "
        "Southport, Merseyside Police said. Officers were called to a community building on Hart "
        "Street shortly before midday on Monday. A 17-year-old boy from Banks, a village near the "
        "town, was arrested at the scene and a knife was seized. Two adults who tried to protect "
        "the children were among those seriously hurt. Chief Constable Serena Kennedy said the "
        "incident was not being treated as terror-related and that officers were not looking for "
        "anyone else. Parents described children running out of the building covered in blood. "
        "The King said he was “utterly shocked” and the prime minister called the attack "
        "“horrendous and deeply shocking”. Specialist officers are supporting the families.",
        "crime",
    ),
    (
        "Nottingham attacks: man who killed three admits manslaughter on grounds of diminished responsibility",
        "A man who stabbed two university students and a school caretaker to death in Nottingham "
        "and then drove a stolen van into pedestrians has admitted three counts of manslaughter "
        "by diminished responsibility. Valdo Calocane, 32, who has paranoid schizophrenia, also "
        "pleaded guilty to the attempted murder of three people he hit with the van. Barnaby "
        "Webber and Grace O’Malley-Kumar, both 19, were attacked as they walked home from a night "
        "out, and Ian Coates, 65, was killed as he drove to work. Prosecutors accepted the pleas "
        "after psychiatrists agreed his responsibility was substantially impaired. Counter-terrorism "
        "police had supported the early investigation, but found no ideological motive. The "
        "victims’ families said outside Nottingham Crown Court that they had been failed and "
        "that “true justice” had not been done. He will be sentenced later this week.",
        "crime",
    ),
    (
        "County lines gang that used children to run drugs from Liverpool to Cumbria jailed",
        "Eleven members of a county lines gang that sent children as young as 14 from Liverpool "
        "to sell crack cocaine and heroin in Barrow-in-Furness and Whitehaven have been jailed for "
        "a total of more than 70 years. Merseyside Police said the “Bonzo line” had made hundreds "
        "of thousands of pounds over two years, taking over the homes of vulnerable addicts, a "
        "practice known as cuckooing. Officers seized two handguns, a machete and a kilo of crack "
        "cocaine in raids on addresses in Kirkby and Anfield. The judge at Preston Crown Court "
        "said the leaders had treated the teenagers “as disposable”. One boy had been stabbed in "
        "the leg after losing a package of drugs. Detective Inspector Claire Rowe said the force "
        "was now “taking the war to the dealers” in the towns they supplied. The youngest "
        "defendants were referred to youth offending services.",
        "crime",
    ),
    (
        "Teenage girl stabbed to death near Croydon bus stop on way to school",
        "A 15-year-old girl has been stabbed to death near a bus stop in Croydon as she waited to "
        "go to school, the Metropolitan Police said. Officers and paramedics were called to "
        "Wellesley Road shortly after 8.30 in the morning, but the girl died at the scene. A 17-year-old "
        "boy was arrested nearby and is being questioned on suspicion of murder. Detectives "
        "believe the victim and the suspect knew each other and said they were not looking for "
        "anyone else. Witnesses said commuters and passing workers had tried to help her. She is "
        "the third teenager to be killed with a knife in London this year. Her headteacher "
        "described her as “a gifted student with a wonderful sense of humour”. Flowers and "
        "candles were left at the bus stop, and police patrols were stepped up around schools "
        "in the borough.",
        "crime",
    ),
    (
        "Moss Side gang members guilty of murdering rival in revenge shooting",
        "Four members of a Moss Side gang have been found guilty of murdering a 22-year-old man "
        "who was shot dead as he sat in a car in Hulme, in a feud with a rival gang from the "
        "Longsight area of Manchester. The jury at Manchester Crown Court heard that the killers "
        "had stolen a Ford Fiesta to carry out the attack and then set it alight in a cul-de-sac "
        "in Wythenshawe. Prosecutors said the shooting was revenge for a stabbing the month "
        "before and was celebrated in drill videos posted online. Greater Manchester Police said "
        "the convictions followed an 18-month investigation by its Programme Challenger unit. "
        "Detective Superintendent Lewis Hughes said the men had “brought terror to the streets” "
        "of south Manchester. The victim’s mother told the court she would never forgive them. "
        "They will be sentenced next month.",
        "crime",
    ),
    (
        "Hainault sword attack: boy, 14, killed and four injured as man arrested",
        "A 14-year-old boy has died and four other people, including two police officers, have "
        "been injured after a man armed with a sword attacked people in Hainault, north-east "
        "London. The Metropolitan Police said a 36-year-old man was arrested after he was "
        "Tasered by officers in a garden on Laing Close. The boy, Daniel Anjorin, was attacked as "
        "he walked to school. Officers said the incident was not believed to be terror-related "
        "and that there was no ongoing threat to the public. A van was driven into a house at "
        "the start of the rampage. Chief Superintendent Stuart Bell praised the “incredible "
        "bravery” of officers who ran towards the suspect. Residents described hearing screams "
        "and seeing a man in a yellow hoodie chasing people. The boy’s school opened its doors "
        "to pupils who needed support.",
        "crime",
    ),
    (
        "Ely riot: twenty jailed for their part in night of disorder in Cardiff",
        "Twenty people have been jailed for their part in the riot in the Ely area of Cardiff in "
        "May 2023, bringing to an end one of the largest criminal cases in the history of South "
        "Wales Police. The defendants, the youngest of whom was 16 at the time, were given "
        "sentences ranging from 12 months to five years at Cardiff Crown Court. Judge Tracey "
        "Lloyd-Clarke said the violence had left residents “terrified in their own homes”. The "
        "riot broke out after two teenagers died in an e-bike crash. Detectives said they had "
        "reviewed more than 3,000 hours of footage from body-worn cameras, doorbells and phones "
        "to identify those responsible. Some of the defendants’ families said outside court that "
        "the sentences were too harsh. The Independent Office for Police Conduct is still "
        "investigating the police pursuit that preceded the crash.",
        "crime",
    ),
    (
        "Teenager who planned attack on Leeds synagogue jailed for six years",
        "A 17-year-old boy who researched how to make a bomb and planned to attack a synagogue in "
        "Leeds has been jailed for six years, the Crown Prosecution Service said. The boy, who "
        "cannot be named because of his age, was arrested at his family home in West Yorkshire "
        "after a relative raised concerns with police. Officers found handwritten notes listing "
        "potential targets and a bag of chemicals in his bedroom. He had been radicalised online "
        "by extreme right-wing material and had written that he wanted to “start a race war”. "
        "Counter Terrorism Policing North East said his plans had been stopped at an early stage "
        "and that there had never been any danger to the public. The judge at the Old Bailey "
        "said the boy was “deeply troubled” and showed signs of remorse. He will serve an extra "
        "four years on licence.",
        "crime",
    ),
    (
        "Plymouth shooting: police failures over gun licence contributed to deaths, inquest finds",
        "Failures by Devon and Cornwall Police in handing back a shotgun licence to a man who went "
        "on to shoot dead five people in Keyham contributed to their deaths, an inquest jury has "
        "found. The gunman, 22, killed his mother and four other people, including a three-year-old "
        "girl and her father, in a 12-minute rampage in August 2021 before turning the gun on "
        "himself. The jury at Exeter Castle concluded the victims had been unlawfully killed and "
        "found “serious failures” in the force’s firearms licensing unit, which was said to be "
        "poorly staffed and poorly trained. Police had returned his shotgun just weeks before the "
        "shooting, despite a previous assault. The families called for national reform of gun "
        "licensing. Senior coroner Ian Arrow said he would write to the Home Office to prevent "
        "future deaths. The chief constable apologised.",
        "crime",
    ),
    (
        "Remembrance Sunday: thousands of veterans march past Cenotaph as King lays wreath",
        "Thousands of veterans marched past the Cenotaph in Whitehall on Sunday as the nation fell "
        "silent to remember those who died in the two world wars and later conflicts. The King "
        "laid the first wreath, followed by the Prince of Wales and political leaders. About "
        "10,000 former service personnel, from those who served in the Falklands and Northern "
        "Ireland to veterans of Iraq and Afghanistan, took part in the march organised by the "
        "Royal British Legion. The two-minute silence at 11 o’clock was marked by the firing of a "
        "gun by the King’s Troop, Royal Horse Artillery, on Horse Guards Parade. Among those "
        "marching was a 99-year-old veteran of the Normandy landings. Services were also held in "
        "Belfast, Cardiff and Edinburgh. Police said the day had passed without incident.",
        "history",
    ),
    (
        "Soldier F found not guilty of Bloody Sunday murders",
        "A former paratrooper known as Soldier F has been found not guilty of two murders and "
        "five attempted murders on Bloody Sunday in Londonderry in 1972. Judge Patrick Lynch, "
        "sitting without a jury at Belfast Crown Court, said the prosecution evidence, which "
        "relied heavily on statements given by two other soldiers who are now dead, fell "
        "“woefully short”. Thirteen civil rights marchers were shot dead by soldiers of the "
        "Parachute Regiment on 30 January 1972, and another man died months later. Soldier F was "
        "the only soldier to be charged over the shootings. Relatives of the dead, who marched "
        "through the Bogside to the court steps, said they were devastated and would continue "
        "their fight. Veterans’ groups welcomed the verdict. The Ministry of Defence said it would "
        "pay his legal costs.",
        "history",
    ),
    (
        "Omagh bombing inquiry hears from families 27 years after Real IRA attack",
        "Families of the 29 people killed in the Omagh bombing have begun giving evidence to the "
        "public inquiry into whether the atrocity could have been prevented. The Real IRA car "
        "bomb exploded in the County Tyrone town’s busy Market Street on a Saturday afternoon in "
        "August 1998, killing men, women and children, including a woman pregnant with twins. "
        "It was the worst single atrocity of the Troubles. Michael Gallagher, whose son Aidan was "
        "killed, told the inquiry in Omagh that the families had waited decades for answers. The "
        "inquiry, chaired by Lord Turnbull, will examine intelligence held by the security forces "
        "in Britain and Ireland before the attack. No one has ever been convicted in a criminal "
        "court over the bombing. Some hearings will be held in private because of national "
        "security.",
        "history",
    ),
    (
        "Second world war bomb found in Plymouth garden detonated at sea after mass evacuation",
        "A 500kg German bomb from the second world war that was found in a back garden in Keyham, "
        "Plymouth, has been towed out to sea and detonated by a Royal Navy team. More than 3,000 "
        "homes were evacuated on Friday and residents spent a night in leisure centres and with "
        "relatives as the cordon was set up. The device was found by a man digging a new "
        "extension. Army bomb disposal specialists built a wall of sand-filled containers around "
        "it before it was moved by lorry to the Torpoint ferry slipway. The convoy was escorted by "
        "police through silent streets watched by crowds. Plymouth was heavily bombed during the "
        "Blitz, and the council said unexploded devices were still being found. Residents were "
        "allowed home on Saturday night. "
        "It was the largest peacetime evacuation in the city since the war, the council said.",
        "history",
    ),
    (
        "Manchester Arena Inquiry: MI5 missed significant chance to stop bomber",
        "MI5 missed a significant opportunity to take action that might have prevented the "
        "Manchester Arena bombing, the chair of the public inquiry has found. Sir John Saunders "
        "said two pieces of intelligence received by the security service months before the "
        "attack in May 2017 had not been shared quickly enough and that a chance to follow the "
        "bomber to a car where he stored explosives was lost. The director general of MI5, Ken "
        "McCallum, said he was “deeply sorry”. The bombing killed 22 people and injured hundreds. "
        "Sir John also found that the bomber’s brother, who was jailed for his part in the plot, "
        "had shared his extremist views. The families said the findings were “the most "
        "devastating” of the inquiry. It was the third and final volume of the inquiry’s report.",
        "history",
    ),
    (
        "Ballymurphy inquest: ten people shot dead by soldiers in 1971 were entirely innocent",
        "Ten people shot dead in the Ballymurphy area of west Belfast in August 1971 were “entirely "
        "innocent” and the use of force by soldiers was not justified, a coroner has found. Mrs "
        "Justice Keegan said a Catholic priest shot while waving a white cloth and a mother of "
        "eight were among those killed over three days after the introduction of internment "
        "without trial. Most of the victims were shot by members of the Parachute Regiment. The "
        "findings, delivered nearly fifty years after the killings, came after a two-year inquest "
        "that heard from more than 100 witnesses, including 60 former soldiers. Relatives "
        "gathered outside the court in Belfast and applauded. Boris Johnson later apologised in a "
        "letter to the families. The government’s plan for a statute of limitations on Troubles "
        "prosecutions was heavily criticised.",
        "history",
    ),
]
