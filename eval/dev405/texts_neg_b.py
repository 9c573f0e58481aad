"""dev405 negatives, part B: the decade of centenaries, the Troubles' anniversaries and legacy
inquests, books, films and series, peace news and gangland crime (not conflict; kind codes of
eval/conflictset)."""

NEGATIVES = [
    (
        "Thousands line O'Connell Street as Defence Forces parade marks Rising centenary",
        "Hundreds of thousands of people lined the streets of Dublin on Easter Sunday for"
        " the largest military parade in the history of the State, marking the centenary "
        "of the 1916 Rising. More than 3,700 members of the Defence Forces, along with "
        "gardaí and emergency services, marched past the GPO, where Captain Peter "
        "Kelleher read the Proclamation at noon. An Air Corps fly-past drew cheers from "
        "the crowds. President Michael D Higgins laid a wreath on behalf of the people of"
        " Ireland, and relatives of the leaders who were executed in Kilmainham Gaol "
        "watched from a stand near the Spire. Events were also held in Cork, Galway, "
        "Limerick and Enniscorthy, where the Rising saw its own fighting in 1916. "
        "Taoiseach Enda Kenny said the day was a celebration of “who we are”. Some 1,500 "
        "relatives of those who fought in the Rising had been invited to watch.",
        "history",
    ),
    (
        "Béal na Bláth ceremony brings Civil War rivals' heirs together a century on",
        "The Taoiseach, Micheál Martin, became the first Fianna Fáil leader to give the "
        "oration at Béal na Bláth on Sunday, as thousands gathered in west Cork to mark "
        "100 years since Michael Collins was killed in an ambush there. Speaking at the "
        "spot where the commander in chief of the National Army was shot in August 1922, "
        "Mr Martin said the bitterness of the Civil War had shaped Irish politics for "
        "generations. Tánaiste Leo Varadkar also attended, along with Defence Forces "
        "personnel who fired a volley of shots over the memorial. The Civil War claimed "
        "between 1,500 and 2,000 lives. Historian Diarmaid Ferriter said it was “an "
        "important moment of healing”. Collins's grand-niece Helen Collins said the "
        "family welcomed the gesture. The ceremony ended with the playing of the national"
        " anthem by the Army No 1 Band.",
        "history",
    ),
    (
        "Four Courts blaze that destroyed a thousand years of records recreated in virtual archive",
        "Historians have recreated in digital form the Public Record Office of Ireland, "
        "which was destroyed when a huge explosion tore through the Four Courts at the "
        "start of the Civil War in June 1922. The Beyond 2022 project, led by Trinity "
        "College Dublin, has pieced together millions of words from copies, transcripts "
        "and records held in Britain and elsewhere. The explosion happened after Free "
        "State forces shelled anti-Treaty fighters occupying the building, using "
        "artillery borrowed from the British. Project director Dr Peter Crooks said it "
        "was like “putting back together a library that had been turned to ash”. The "
        "virtual archive goes online on Monday, 100 years to the day after the building "
        "was lost. The Minister for Culture said it was one of the most important "
        "projects of the decade of centenaries. Genealogists say the archive will be "
        "invaluable to people tracing their ancestors, many of whose records were thought"
        " to be lost forever.",
        "history",
    ),
    (
        "Dublin and Monaghan bombing victims remembered fifty years on",
        "Survivors and relatives of the 34 people killed in the Dublin and Monaghan "
        "bombings gathered at the memorial on Talbot Street on Friday to mark the 50th "
        "anniversary of the attacks, the single largest loss of life of the Troubles. "
        "Three car bombs exploded without warning in Dublin's city centre during the "
        "evening rush hour on May 17th, 1974, and a fourth went off in Monaghan town 90 "
        "minutes later. No one has ever been convicted. The loyalist UVF claimed "
        "responsibility in 1993, and families have long alleged collusion by British "
        "security forces. The Taoiseach Simon Harris said the Government would continue "
        "to press the British government to release its files. Justice for the Forgotten "
        "said the families were “still waiting for the truth”. A minute's silence was "
        "held at 5.30pm, the time the first bomb exploded on Parnell Street.",
        "history",
    ),
    (
        "Omagh marks 25 years since bombing with call for public inquiry",
        "Hundreds of people gathered in Omagh, Co Tyrone, on Tuesday to mark 25 years "
        "since the Real IRA car bomb that killed 29 people, including a woman pregnant "
        "with twins, in the town centre. A wreath-laying ceremony was held at the "
        "memorial garden near the spot where the bomb went off in Market Street in August"
        " 1998. Michael Gallagher, whose son Aiden was among the dead, said the families "
        "still needed answers about whether the attack could have been prevented. The UK "
        "government announced earlier this year that an independent statutory inquiry "
        "would be held. The Omagh bombing was the worst single atrocity of the Troubles. "
        "Church bells rang across the town at 3.10pm, the time the bomb exploded. The "
        "inquiry, to be chaired by Lord Turnbull, is expected to begin hearing evidence "
        "next year.",
        "history",
    ),
    (
        "Croke Park stand renamed as GAA remembers Bloody Sunday dead",
        "The GAA marked the centenary of Bloody Sunday at Croke Park on Saturday with a "
        "ceremony for the 14 people shot dead by Crown forces during a challenge match "
        "between Dublin and Tipperary in November 1920. Because of Covid-19 restrictions "
        "the commemoration was held in an empty stadium before the Dublin-Meath Leinster "
        "final, with the names of the dead shown on the big screens. Players from both "
        "counties wore commemorative jerseys. The victims included Tipperary player "
        "Michael Hogan, after whom the Hogan Stand is named, and three children. Earlier "
        "that morning Michael Collins's intelligence squad had killed British agents "
        "across Dublin. GAA president John Horan said the association would never forget."
        " A memorial plaque has been installed near the Canal End. The match itself was "
        "won by Dublin.",
        "history",
    ),
    (
        "Second World War mine that washed up on Donegal beach made safe by army",
        "An Army bomb disposal team from Finner Camp has made safe a Second World War sea"
        " mine that washed up on a beach near Bunbeg, Co Donegal, on Wednesday. The mine "
        "was spotted by a local man walking his dog, who alerted gardaí. About 20 houses "
        "near the beach were evacuated for several hours while the team carried out a "
        "controlled explosion, which could be heard several kilometres away. The Defence "
        "Forces said the device was a German contact mine of a type laid in the "
        "approaches to the Clyde and the Irish Sea in the 1940s. Such discoveries are not"
        " unusual along the north-west coast after winter storms. Gardaí asked the public"
        " not to approach any unusual object found on a beach. Residents were allowed "
        "back into their homes by mid-afternoon, and the beach was reopened to the public"
        " the following morning.",
        "history",
    ),
    (
        "Ballymurphy victims were 'entirely innocent', coroner finds",
        "Ten people shot dead in Ballymurphy in west Belfast in August 1971 were "
        "“entirely innocent” and the shootings were unjustified, a coroner has found "
        "after a two-year inquest. Mrs Justice Keegan found that nine of the victims, "
        "including a Catholic priest and a mother of eight, had been killed by soldiers "
        "of the Parachute Regiment. She said there was insufficient evidence to say who "
        "fired the shot that killed the tenth victim. Relatives of the dead cheered and "
        "cried outside the court in Belfast. Briege Voyle, whose mother Joan Connolly was"
        " killed, said the families had “cleared their names” after 50 years. The British"
        " prime minister later apologised in the House of Commons. The families are "
        "pressing for prosecutions. Most of the soldiers involved are now dead.",
        "history",
    ),
    (
        "Kingsmill inquest hears of survivor's account as findings are delayed",
        "The inquest into the Kingsmill massacre, in which ten Protestant workmen were "
        "shot dead by the IRA in south Armagh in January 1976, will not deliver its "
        "findings until the autumn, the coroner has said. The inquest, which opened in "
        "2016, has heard evidence from the sole survivor, Alan Black, who was shot 18 "
        "times but lived. The men were taken from a minibus on their way home from work "
        "and lined up at the side of the road before the gunmen opened fire. A palm print"
        " found on the getaway van was matched to a suspect in 2016, but no one has ever "
        "been charged. Families said the delay was “another blow”. The inquest is one of "
        "several that must conclude before the Legacy Act ends such hearings. The coroner"
        " said the delay was due to the volume of material that had been disclosed late "
        "by the Ministry of Defence.",
        "history",
    ),
    (
        "Legacy Act breaches human rights law, Belfast High Court rules",
        "Parts of the British government's legacy act, which offered conditional immunity"
        " to people suspected of Troubles-era killings, are incompatible with the "
        "European Convention on Human Rights, the High Court in Belfast has ruled. Mr "
        "Justice Colton said the immunity scheme would not be compatible with the UK's "
        "obligations to investigate killings properly, and that it would not aid "
        "reconciliation. The case was taken by relatives of people killed in the "
        "Troubles, including Martina Dillon, whose husband Seamus was murdered by "
        "loyalists in 1997. The ruling came as the Irish Government's inter-state case "
        "against the UK at the European Court of Human Rights continues. Northern Ireland"
        " Secretary Chris Heaton-Harris said the government would study the judgment "
        "carefully. Amnesty International called the ruling “a vindication”. The Labour "
        "government has since said it will repeal and replace the act.",
        "politics",
    ),
    (
        "Kenova report says Stakeknife's handlers put agent's value above lives",
        "The British army's top agent inside the IRA, known as Stakeknife, was probably "
        "responsible for more lives being lost than saved, according to the final report "
        "of Operation Kenova. Freddie Scappaticci, who died in 2023, was a member of the "
        "IRA's internal security unit, which interrogated and killed people suspected of "
        "being informers. The report, by former Bedfordshire chief constable Jon "
        "Boutcher's team, says the security services failed to prevent murders they knew "
        "about in order to protect his cover. The investigation cost more than £40 "
        "million over seven years and led to no prosecutions. Families of those abducted "
        "and killed by the unit said the report confirmed what they had long suspected. "
        "MI5 said it had cooperated with the inquiry. Relatives said they would consider "
        "their legal options.",
        "history",
    ),
    (
        "Banshees of Inisherin leads Irish Oscar charge with nine nominations",
        "Martin McDonagh's The Banshees of Inisherin has received nine Oscar nominations,"
        " including best picture and acting nods for Colin Farrell, Brendan Gleeson, "
        "Kerry Condon and Barry Keoghan. The film, set on a fictional island off the west"
        " coast in 1923, follows the end of a friendship against the backdrop of gunfire "
        "and shelling across the water on the mainland, where the Civil War is being "
        "fought. McDonagh has said the falling-out between the two men was meant as an "
        "allegory of the war. It was shot on Inis Mór and Achill Island. Irish-language "
        "film An Cailín Ciúin was also nominated, for best international feature. Screen "
        "Ireland said it was the strongest showing ever for Irish film. The ceremony "
        "takes place in Los Angeles on March 12th. Farrell has already won a Golden Globe"
        " for his performance as the hapless Pádraic.",
        "entertainment",
    ),
    (
        "Kneecap film opens Sundance to standing ovation",
        "Kneecap, the film about the Belfast rap trio of the same name, received a "
        "standing ovation at its premiere at the Sundance Film Festival in Utah on "
        "Thursday night. The Irish-language film, directed by Rich Peppiatt, stars the "
        "band members as themselves alongside Michael Fassbender as a former IRA man in "
        "hiding who has faked his own death. It mixes drug-fuelled comedy with scenes of "
        "police raids and dissident republicans threatening the group. The band's Mo "
        "Chara said the reaction had been “class”. The film went on to win the festival's"
        " audience award. It will be released in Irish cinemas in August, and is "
        "Ireland's entry for the best international feature Oscar. Critics have compared "
        "it to Trainspotting. The trio are known for their Irish-language lyrics and "
        "their provocative performances.",
        "entertainment",
    ),
    (
        "Say Nothing series brings Jean McConville's disappearance to the screen",
        "Disney+ has released its nine-part drama based on Patrick Radden Keefe's book "
        "Say Nothing, about the IRA's abduction and murder of Jean McConville, a widowed "
        "mother of ten, in 1972. The series follows the Price sisters, Dolours and "
        "Marian, through the bombing of the Old Bailey in London, their hunger strike and"
        " their later lives. Lola Petticrew and Hazel Doupe play the sisters, and Anthony"
        " Boyle plays Brendan Hughes. Gerry Adams, who is portrayed in the series, has "
        "denied any involvement in the murder and his lawyers had written to Disney "
        "before its release. Michael McConville, Jean's son, told BBC Radio Ulster he "
        "would not be watching. The series was filmed in Belfast and Dublin. Critics have"
        " praised the performances but some victims' families have said the series "
        "glamorises the IRA.",
        "entertainment",
    ),
    (
        "Colombia peace accord is 'a lesson for Ireland too', says EU envoy Gilmore",
        "The EU's special envoy for the Colombian peace process, former tánaiste Eamon "
        "Gilmore, has said the agreement between the government in Bogotá and the FARC "
        "guerrillas shows that even the longest conflicts can be ended. Speaking at an "
        "event at Trinity College Dublin on Monday, Mr Gilmore said the lessons of the "
        "Good Friday Agreement had been studied closely in Havana during the "
        "negotiations. About 7,000 FARC fighters have handed in their weapons to UN "
        "monitors and moved to transition zones since the accord took effect. He said the"
        " EU's trust fund would support rural development and the reintegration of former"
        " combatants. Mr Gilmore said the biggest challenge now was building trust "
        "between former enemies in the countryside. He praised the work of Irish NGOs in "
        "the country, some of which have been there for decades.",
        "peace",
    ),
    (
        "Dáil welcomes Gaza ceasefire as Irish aid agencies prepare to scale up",
        "TDs from all parties welcomed the ceasefire between Israel and Hamas that took "
        "effect on Sunday morning, as Irish aid agencies said they were ready to move "
        "supplies into Gaza as soon as crossings opened. Tánaiste Micheál Martin told the"
        " Dáil that Ireland would provide an additional €20 million in humanitarian "
        "funding, and that Irish diplomats would support the monitoring of the agreement."
        " Under the deal's first phase, 33 Israeli hostages are to be released over six "
        "weeks in exchange for hundreds of Palestinian prisoners. Trócaire said its "
        "partners had warehouses of food, medicine and tents waiting in Egypt. Sinn Féin "
        "leader Mary Lou McDonald said the ceasefire must be made permanent. The first "
        "three hostages were released on Sunday evening.",
        "peace",
    ),
    (
        "Kinahan cartel leaders hit with US sanctions and $5m rewards",
        "The US government has imposed sanctions on Christy Kinahan, his sons Daniel and "
        "Christopher junior and four other people linked to the Kinahan organised crime "
        "group, and offered rewards of up to $5 million each for information leading to "
        "their arrest. The US Treasury said the Kinahan gang smuggled cocaine, heroin and"
        " firearms to Ireland, Britain and the Netherlands, and that it was behind a "
        "string of murders during the feud with the Hutch family. Garda Commissioner Drew"
        " Harris said the move was a “significant step” and the result of years of "
        "international work. The feud has claimed 18 lives since the shooting at the "
        "Regency Hotel in February 2016. The Kinahans are believed to be living in Dubai."
        " Assets in US jurisdiction have been frozen. The Taoiseach said the sanctions "
        "would “make life much harder” for those at the top of the group.",
        "crime",
    ),
    (
        "Man shot dead in Finglas in suspected gangland attack",
        "A man in his 30s has died after being shot several times outside a house in "
        "Finglas, north Dublin, on Tuesday night in what gardaí believe was a targeted "
        "gangland attack. The victim was known to gardaí and had previous convictions for"
        " drug offences. He was pronounced dead at the scene. A burnt-out car was found "
        "in Ballymun about an hour later, and gardaí believe it was used by the gunman. "
        "Detectives are examining whether the killing is linked to a dispute between two "
        "drug gangs in the area that has seen several shootings and pipe bomb attacks on "
        "homes this year. A Garda spokesman appealed for witnesses and dashcam footage. "
        "It is the fourth gun murder in Dublin this year. The scene was preserved "
        "overnight for a technical examination, and the State Pathologist has been "
        "informed.",
        "crime",
    ),
    (
        "Teenager's killing in Drogheda feud 'barbaric', judge tells court",
        "A man has been jailed for life for the murder of Keane Mulready-Woods, the "
        "17-year-old whose dismembered remains were found in Dublin at the height of the "
        "Drogheda drugs feud. Sentencing the man at the Special Criminal Court, Mr "
        "Justice Tony Hunt said the crime was “barbaric and depraved” and had been "
        "carried out to send a message to a rival gang. The court heard the feud between "
        "two factions in the Louth town led to two murders, dozens of shootings and arson"
        " attacks, and more than 100 arrests between 2018 and 2021. Gardaí set up a "
        "dedicated unit and armed checkpoints during the worst of the violence. The boy's"
        " family were not in court. The convicted man has lodged an appeal. He had "
        "earlier pleaded not guilty and denied knowing the victim.",
        "crime",
    ),
]
