"""Captives: abductions by armed groups, bandits and gangs, hostages held, freed, rescued and
escaped, ransoms, and the forces sent after them (14 articles, all with figures)."""

from _wrap import item

item(
    "Kaduna school abduction: Gunmen seize 287 pupils, teachers - Community",
    """Gunmen on Thursday morning abducted [[at least 287 pupils and teachers|kidnapped;n=pupils
    and teachers;a=community leaders]] from a government school in Gidan Bako, Chikun Local
    Government Area of Kaduna State, community leaders told PREMIUM TIMES. The attackers, who
    arrived on [[more than 60 motorcycles|other]] shortly after the morning assembly, fired into
    the air as teachers tried to lead the children into the bush. The head teacher, Sani
    Abdullahi, said [[187 pupils|kidnapped;a=Sani Abdullahi]] were taken from the secondary
    section and [[100|kidnapped;a=Sani Abdullahi]] from the primary section, but that [[28
    children|kidnapped;a=Sani Abdullahi]] escaped on the way into the forest and made it home by
    evening. The Kaduna State Police Command said [[more than 300 police
    officers|combatants;a=The Kaduna State Police Command]], working with soldiers and local
    vigilantes, were combing the forests around the community. Residents said the same gang had
    demanded {{N1 billion}} for villagers it seized in the area last year. It is the {{third}}
    mass abduction in the state this month. On Sunday, bandits abducted [[61
    villagers|kidnapped]], including [[18 women|kidnapped]], in Kajuru Local Government Area. In
    {{2021}}, [[121 students|kidnapped]] were taken from Bethel Baptist High School in the
    state, and some spent months in captivity. A teacher who hid in a classroom said the gunmen
    spent about {{40 minutes}} in the school. Governor Uba Sani visited the community on Friday
    and promised that the children would be brought home. Kidnapping for ransom has become a
    lucrative business for armed gangs in the northwest, where the security services are thinly
    spread.""",
)

item(
    "Boko Haram abducts 185 women, children in Borno village",
    """Suspected Boko Haram insurgents have abducted [[no fewer than 185
    people|kidnapped;a=residents]], mostly women and children, from Gumsuri village in Damboa
    Local Government Area of Borno State, residents told Daily Trust. A resident, Abubakar
    Gumsuri, said the insurgents, who came in their [[hundreds|combatants;a=Abubakar Gumsuri]]
    on trucks and motorcycles, also killed [[32 people|killed;a=Abubakar Gumsuri]] before
    setting the village ablaze. He said the men who escaped hid in the bush for {{two days}}
    before reaching Maiduguri. A local official, who asked not to be named, put the number of
    those abducted at [[more than 200|kidnapped;a=A local official]], saying [[43 of
    them|kidnapped;n=-;a=A local official]] were girls under {{the age of 15}}. The Defence
    Headquarters in Abuja said troops had been deployed to the area but could not confirm the
    abduction. The attack comes {{eight months}} after the group abducted [[276
    schoolgirls|kidnapped]] from Chibok, [[219 of them|kidnapped;n=-]] still being held. Daily
    Trust reports that [[more than 500 people|kidnapped;a=Daily Trust]] have been abducted in
    Borno and Adamawa states since January.""",
)

item(
    "Haiti gang abducts clinic staff and patients, demands ransom",
    """A gang abducted [[nine people|kidnapped;a=the clinic's director]] from a clinic on the
    eastern outskirts of Port-au-Prince on Tuesday, among them a nurse from Ireland and [[three
    children|kidnapped;a=the clinic's director]] who were being treated there, the clinic's
    director said. Neighbours said [[15 to 20 gang members|combatants;n=members;a=Neighbours]]
    arrived in [[three pickup trucks|other;n=trucks;a=Neighbours]] shortly after dawn. The gang
    is demanding {{$1 million}} for the foreigner and {{$200,000}} for each Haitian, according
    to a hostage's relative. Police said [[two suspects|arrested;a=Police]] linked to the gang
    were detained at a checkpoint on Wednesday. The Center for Analysis and Research in Human
    Rights, a Port-au-Prince group, says [[at least 1,107 people|kidnapped;a=The Center for
    Analysis and Research in Human Rights]] were kidnapped in Haiti last year, among them [[53
    foreigners|kidnapped;a=The Center for Analysis and Research in Human Rights]]. Gangs control
    an estimated {{60%}} of the capital, and the UN says [[about 155,000 people|displaced;a=the
    UN]] have fled their homes in the city.""",
)

item(
    "ELN holds dozens of hostages as Catatumbo crisis deepens",
    """The National Liberation Army (ELN) is holding [[at least 38 people|kidnapped;a=the
    Ombudsman's Office]] captive across Colombia, among them [[11 soldiers|kidnapped;a=the
    Ombudsman's Office]] and [[four police officers|kidnapped;a=the Ombudsman's Office]] seized
    in Arauca and Norte de Santander over the past {{two months}}, according to the Ombudsman's
    Office. The figure does not include [[dozens of people|missing]] who have disappeared in the
    Catatumbo region since the guerrilla launched an offensive in January against dissidents of
    the former FARC. That fighting has displaced [[more than 56,000 people|displaced;a=the
    government]], according to the government, which suspended peace talks with the ELN and says
    the group has [[some 6,000 fighters|combatants;a=the government]]. On Saturday the ELN freed
    [[two soldiers|kidnapped]] to a humanitarian commission that included delegates of the
    International Committee of the Red Cross (ICRC) in Tame, Arauca, in what it called a
    unilateral gesture. The Defence Ministry says kidnappings rose by {{40%}} last year, to
    [[365|kidnapped;a=The Defence Ministry]], the highest number in a decade. President Gustavo
    Petro, who took office in {{2022}} promising "total peace", has declared a state of internal
    commotion in Catatumbo, allowing him to govern the region by decree.""",
)

item(
    "Jihadists abduct dozens of women in northern Burkina Faso",
    """Suspected jihadists have abducted [[about 50 women|kidnapped;a=local sources]] who were
    gathering wild fruit near Arbinda in northern Burkina Faso, local sources told AFP on
    Saturday. Witnesses said [[20 to 30 gunmen|combatants;a=Witnesses]] on motorcycles seized
    the women on Thursday and Friday a few kilometres from the town, which has been under
    blockade by jihadists since {{2019}}. A local official said [[four of them|kidnapped;n=-;a=A
    local official]] had managed to escape and walk back to Arbinda. [[Thousands of displaced
    people|displaced]] in the town depend on food flown in by helicopter. Burkina Faso's
    jihadist insurgency has displaced [[more than 2 million people|displaced;a=the UN]],
    according to the UN.""",
)

item(
    "Papua rebels free five construction workers, still hold pilot",
    """Separatist rebels in Indonesia's Papua region have freed [[five construction
    workers|kidnapped;a=police]] they seized last month but are still holding a New Zealand
    pilot, police said on Tuesday. The West Papua National Liberation Army (TPNPB) took the
    pilot hostage in February after setting fire to his small plane, which had landed at a
    remote airstrip in the Nduga highlands carrying [[five passengers|other]]. Cartenz Peace
    Task Force spokesman Bayu Suseno said [[more than 100 soldiers and
    police|combatants;n=soldiers and police;a=Bayu Suseno]] were taking part in the search, but
    that commanders wanted to avoid an assault that could put the pilot's life at risk. In
    April, [[six soldiers|killed;a=the military]] were killed when rebels attacked troops trying
    to reach the area, the military said. Police said [[two rebels|arrested;a=Police]] suspected
    of taking part in the kidnapping had since been arrested in Wamena. The rebels have said
    they will free the pilot only if Indonesia recognises Papuan independence. Fighting in the
    region has displaced [[tens of thousands of people|displaced;a=church groups]] since
    {{2018}}, according to church groups.""",
)

item(
    "59 hostages still held in Gaza, 24 believed alive, as talks stall",
    """[[Fifty-nine|kidnapped]] of [[the 251 hostages|kidnapped]] abducted by Hamas-led
    terrorists on {{October 7, 2023}} remain in Gaza, including the bodies of [[at least
    35|killed;a=the IDF]] confirmed dead by the IDF. Israeli officials believe [[as many as 24
    of the hostages|kidnapped;a=Israeli officials]] are still alive, though there are grave
    concerns for the wellbeing of [[at least two|kidnapped;a=Israeli officials]]. During the
    ceasefire's first phase, which collapsed in March, Hamas freed [[25 living
    hostages|kidnapped]] and handed over the bodies of [[eight others|killed]] in exchange for
    [[some 1,800 Palestinian prisoners and detainees|other;n=prisoners and detainees]]. The
    Hostages and Missing Families Forum accused the government of abandoning the captives as
    troops expanded operations in southern Gaza. Organizers said [[more than 100,000
    people|other;a=Organizers]] joined a rally in Tel Aviv's Hostages Square on Saturday night,
    calling for a deal to bring all of them home.""",
)

item(
    "Mozambique: Insurgents abducting children, HRW says",
    """Islamist insurgents in Mozambique's northern Cabo Delgado province have abducted [[at
    least 120 children|kidnapped;a=Human Rights Watch]] in recent months, using boys as fighters
    and forcing girls into marriage, Human Rights Watch said on Friday. The New York-based group
    said fighters of the Islamic State-linked group known locally as al-Shabab seized [[more
    than 60 boys|kidnapped;a=The New York-based group;alt=Human Rights Watch]] during raids on
    villages in Muidumbe and Macomia districts between May and August, and that [[at least 30 of
    them|combatants;n=-;a=The New York-based group;alt=Human Rights Watch]] had since been seen
    carrying weapons in attacks. Residents told Human Rights Watch that [[11
    girls|kidnapped;a=Residents]] abducted from Chai village had been forced to marry fighters,
    and that [[four|kidnapped;a=Residents]] later escaped with babies. The insurgency, which
    began in {{2017}}, has killed [[more than 2,500 people|killed;a=ACLED]], according to the
    conflict monitor ACLED. [[Some 570,000 people|displaced;a=the International Organization for
    Migration]] have fled their homes, the International Organization for Migration says.
    [[About 1,000 Rwandan troops|combatants]], deployed in July at the government's request,
    have since retaken the port town of Mocímboa da Praia.""",
)

item(
    "Mali: Spate of abductions of foreigners by jihadists",
    """Jihadists linked to Al-Qaeda have abducted [[at least 21 foreign
    nationals|kidnapped;a=security sources]] in Mali since the start of {{2026}}, security
    sources told AFP on Monday. The latest, [[five Indian workers|kidnapped;a=their employer]],
    were seized on Thursday at an electrification project near Kobri in the west of the country,
    their employer said. [[Three Chinese nationals|kidnapped;a=a source close to the
    negotiations]] abducted in January were freed last month after a ransom was paid, a source
    close to the negotiations said. [[Two Emirati nationals|kidnapped]] seized near Bamako last
    year were released in October. The Group for the Support of Islam and Muslims (JNIM) has
    besieged several towns in the west and imposed a fuel blockade on Bamako, and [[hundreds of
    tanker trucks|other]] have been torched on the roads to the capital since September.""",
)

item(
    "Gunmen abduct dozens in Mexico's Culiacán, governor says most freed",
    """Armed men abducted [[at least 47 people|kidnapped;a=the Sinaloa state prosecutor's
    office]], among them [[seven minors|kidnapped;a=the Sinaloa state prosecutor's office]],
    from homes in the north of Culiacán on Friday, the Sinaloa state prosecutor's office said.
    By Sunday [[39 of them|kidnapped;n=-;a=Rubén Rocha Moya]] had been freed or had escaped,
    Governor Rubén Rocha Moya said on social media, without saying who was behind the
    abductions. The federal government has sent [[600 more soldiers|combatants]] to the city. A
    war between factions of the Sinaloa Cartel has killed [[more than 1,200 people|killed;a=the
    state prosecutor's office;alt=the Sinaloa state prosecutor's office]] there since September,
    according to the state prosecutor's office. Sabuesos Guerreras, a collective of mothers
    searching for their children, says [[more than 1,800 people|missing;a=Sabuesos Guerreras]]
    have gone missing in the state in the same period.""",
)

item(
    "Gunmen abduct university students from buses in Ethiopia's Oromia",
    """Gunmen in Ethiopia's Oromia region have abducted [[more than 100 university
    students|kidnapped;a=relatives]] travelling home for the holidays, relatives told Reuters.
    The students, from Debre Markos University, were travelling to Addis Ababa in [[three
    buses|other]] when armed men stopped them near Garba Guracha on Wednesday and marched them
    into the forest. The Oromia regional government said security forces had freed [[160
    students|kidnapped;a=The Oromia regional government]] and were pursuing the kidnappers, but
    gave no figure for how many were still held. The university said [[167 of its
    students|kidnapped;a=The university]] had been on the buses, and that [[at least
    25|kidnapped;a=The university]] were still being held. The government blamed the Oromo
    Liberation Army (OLA), which it designates a terrorist group; the OLA denied involvement. A
    student who escaped by jumping from a bus window said the gunmen had told captives their
    families would have to pay {{300,000 birr}} each. In {{2019}}, [[17 students|kidnapped]]
    from Dembi Dollo University were abducted in western Oromia; most have never been found.""",
)

item(
    "Cameroon separatists 'abduct pupils and staff' in Bamenda",
    """Suspected separatist fighters in Cameroon's North-West region have kidnapped [[about 80
    pupils|kidnapped;a=the regional governor]] and [[three staff members|kidnapped;n=staff
    members;a=the regional governor]] from a Presbyterian school in Bamenda, the regional
    governor has told the BBC. Adolphe Lele L'Afrique said [[11 of the
    children|kidnapped;a=Adolphe Lele L'Afrique]] had been freed after soldiers surrounded a
    separatist camp nearby, and that [[more than 100 troops|combatants;a=Adolphe Lele
    L'Afrique]] were searching the hills around Bafut for the others. Separatists have enforced
    a boycott of schools in the English-speaking regions since {{2017}}, and the UN says [[more
    than 600,000 children|civilians;a=the UN]] are out of school.""",
)

item(
    "Houthis detain more UN staff in Yemen, UN chief says",
    """Yemen's Houthi movement has detained [[seven more United Nations staff|arrested;a=António
    Guterres]] in Sanaa, bringing to [[23|arrested;a=António Guterres]] the number of UN
    personnel it holds, UN Secretary-General António Guterres said on Friday. The Houthis are
    holding [[more than 50 UN, NGO and civil society workers|arrested;a=the UN human rights
    office]] in all, according to the UN human rights office, some of them since {{2021}}. The
    World Food Programme said [[one of its staff members|killed;n=staff members;a=The World Food
    Programme]] had died in Houthi detention in February. The Houthis, who accuse the detainees
    of spying for the United States and Israel, did not respond to a request for comment. In
    June alone, they detained [[13 UN staff|arrested]] in a single sweep of homes and offices in
    Sanaa. The war, which began when the Houthis seized Sanaa in {{2014}}, has left [[about 19.5
    million people|civilians;v=19500000;a=the UN]] in need of aid, according to the UN.""",
)

item(
    "Jaffar Express siege ends; 33 terrorists killed, 346 hostages freed: ISPR",
    """QUETTA: Security forces on Wednesday evening ended the siege of the hijacked Jaffar
    Express in the Bolan area of Balochistan, killing [[all 33 terrorists|killed;a=the
    Inter-Services Public Relations (ISPR)]] on board and freeing [[346 hostages|kidnapped;a=the
    Inter-Services Public Relations (ISPR)]], the Inter-Services Public Relations (ISPR) said.
    ISPR Director General Lt Gen Ahmed Sharif Chaudhry told a private TV channel that [[21
    hostages|killed;a=Ahmed Sharif Chaudhry]] had been killed by the militants before the
    operation began, and that [[four FC personnel|killed;a=Ahmed Sharif Chaudhry]] were martyred
    during the clearance. The train, carrying [[more than 400 passengers|other]] from Quetta to
    Peshawar, was stopped at about {{1pm}} on Tuesday when the proscribed Baloch Liberation Army
    (BLA) blew up the track near a tunnel and opened fire on the engine. Railway officials said
    [[about 80 passengers|kidnapped;a=Railway officials]], including [[26
    women|kidnapped;a=Railway officials]] and [[11 children|kidnapped;a=Railway officials]], had
    escaped on Tuesday night and walked some {{6 km}} to Panir station. The BLA, which claimed
    the attack, had said in a statement that it was holding [[214 hostages|kidnapped;a=The
    BLA]], most of them security personnel, and threatened to kill them unless Baloch political
    prisoners were freed within {{48 hours}}. Security officials said [[hundreds of SSG
    commandos|combatants;a=Security officials]], backed by helicopter gunships, took part in the
    operation, which lasted more than {{30 hours}}. The BLA, which seeks independence for
    Balochistan, is banned as a terrorist organisation by Pakistan, Britain and the United
    States. Prime Minister Shehbaz Sharif flew to Quetta on Thursday to chair a security
    meeting. Train services to and from Quetta were suspended until further notice.""",
)
