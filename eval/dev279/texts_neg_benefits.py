"""dev279 negatives, benefits and bureaucracy: laws, budgets and backlogs, legacy cases, courts and
crime around veterans, pensions and jobs, ordinary veterans' news.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Senate passes burn pits bill after veterans camp out on the Capitol steps",
        "The Senate passed the PACT Act on Tuesday night by 86 votes to 11, ending a week-long standoff "
        "that had veterans and their families sleeping on the Capitol steps. The bill expands health "
        "care and disability benefits for an estimated 3.5 million veterans exposed to toxic smoke "
        "from burn pits in Iraq and Afghanistan, and adds 23 illnesses, including several cancers, to "
        "the list presumed to be caused by their service. Republicans had blocked the bill last week "
        "in a dispute over how its $280bn cost would be counted. Jon Stewart, who joined the vigil, "
        "called the delay “an ambush on people who already gave everything”. The VA says veterans "
        "can file claims immediately. “We won this battle; now we have to make the VA process the "
        "claims,” said one Army widow whose husband died of lung cancer at 39. President Biden is "
        "expected to sign the bill next week. Veterans' service officers are bracing for a flood of "
        "claims, and the VA says it will hire thousands of processors. Some of those who camped on the "
        "steps said they would not go home until the ink was dry.",
        "politics",
    ),
    (
        "Legacy Act challenge: veterans' groups and Troubles victims face off in court",
        "Veterans' groups and families of people killed during the Troubles were on opposite sides of "
        "the High Court in Belfast on Wednesday as a challenge to the government's Legacy Act began. "
        "The act, which took effect this month, halts new civil cases and inquests over killings in "
        "Northern Ireland between 1966 and 1998 and offers conditional immunity to those who "
        "cooperate with a new commission. Lawyers for the families said it denied them justice. "
        "Groups representing former soldiers said it ended decades of “witch hunts” against men now in "
        "their 70s and 80s. The Irish government has brought a separate case to the European Court of "
        "Human Rights. Labour has said it will repeal the act if it wins the general election. Outside "
        "the court, relatives held photographs of their dead and veterans stood with placards. The "
        "hearing is expected to last a week. Both sides say they will appeal whatever the ruling.",
        "politics",
    ),
    (
        "Veterans ministry's e-register promises to end the fight for status papers",
        "Ukraine's Ministry of Veterans Affairs launched an electronic register on Tuesday that it says "
        "will let former soldiers apply for combatant status online instead of collecting paper "
        "certificates from their units. Officials say about 1.3 million people now hold the status, "
        "which brings free public transport, tax relief and priority for medical care, and that "
        "hundreds of thousands more will apply after demobilisation. Veterans have long complained of "
        "being sent from office to office for months. “I spent more time in the queue at the social "
        "security office than in some rotations,” one former marine wrote on Facebook. The minister "
        "said the new system would cut the waiting time to ten days. Critics noted that many military "
        "units still keep records on paper. The register was built with money from USAID and the "
        "British government.",
        "politics",
    ),
    (
        "Kremlin's “Time of Heroes” puts war veterans into regional governments",
        "The first graduates of the Kremlin's “Time of Heroes” programme, which trains veterans of what "
        "Moscow calls the special military operation for jobs in the civil service, have been "
        "appointed to posts in regional governments, officials said on Monday. Among the 83 chosen "
        "from more than 40,000 applicants, several have become deputy governors and one a deputy "
        "minister. President Putin has said veterans should form “the new elite”. Political "
        "scientists said the programme was designed to bind returning soldiers to the state. The "
        "programme includes lectures at the Presidential Academy and mentoring by ministers. "
        "Independent media have reported that at least two participants faced questions over their "
        "records before they served. The Kremlin said a second intake would begin in the autumn.",
        "politics",
    ),
    (
        "Duque signs Colombia's first veterans' law",
        "President Iván Duque signed Colombia's first law for military veterans on Thursday, giving "
        "former soldiers and police officers priority in public employment, university places and "
        "housing subsidies. The law recognises as veterans about 400,000 people who served in the "
        "security forces, including those who served during the long war with the guerrillas. "
        "Veterans' associations had campaigned for a decade for the measure, which also creates a "
        "national veterans' day. The Defence Ministry will set up an office to handle applications. "
        "Opposition senators said the benefits were unfunded. “For years we fought for this country, "
        "and then we fought the state for a pension,” said a retired corporal who lost a leg in 2004. "
        "The first identity cards for veterans will be issued next year.",
        "politics",
    ),
    (
        "Royal commission finds DVA “failed” veterans; claims backlog still 40,000",
        "The Royal Commission into Defence and Veteran Suicide handed down its final report on Monday, "
        "finding that successive governments and the Department of Veterans' Affairs failed veterans "
        "through a claims system so complex that it caused harm in its own right. The commission made "
        "122 recommendations, including a new independent entity to oversee suicide prevention and "
        "legislation to simplify the three acts that govern compensation. It found that more than "
        "1,600 serving and ex-serving personnel died by suicide between 1997 and 2020. The minister "
        "said the claims backlog, which peaked at 42,000 in 2022, remained close to 40,000. “We have "
        "been at war with our own paperwork,” said one former infantry officer who gave evidence. The "
        "government will respond to the report within six months.",
        "politics",
    ),
    (
        "Knesset expands reservists' benefits as coalition battles over Haredi draft",
        "The Knesset approved a package of benefits for reservists and their families on Monday night, "
        "including tax credits, grants for self-employed reservists and extra points in university "
        "admissions, by 64 votes to 10. The vote came as the coalition remained split over a separate "
        "bill on the military service of ultra-Orthodox men, which opposition leaders called “a war "
        "on those who serve”. Reservist groups said the benefits were welcome but did not address "
        "the length of call-ups. The Finance Ministry put the cost of the package at 9bn shekels over "
        "two years. A group of reservists' wives demonstrated outside the Knesset during the debate. "
        "The bill's sponsor said it recognised “the people who carried the country on their backs”.",
        "politics",
    ),
    (
        "Founder of veterans' charity jailed for spending donations on horses",
        "The founder of a veterans' charity that raised more than $6m with television adverts showing "
        "wounded soldiers was sentenced to six years in prison on Wednesday for wire fraud. "
        "Prosecutors said the founder, a former Army captain, spent at least $1.8m of donations on "
        "racehorses, a boat and a beach house in North Carolina, while the charity gave less than 5% "
        "of its income to veterans. A jury in Raleigh convicted her in March. The judge said she had "
        "“weaponised the sacrifice of others”. Several veterans who had volunteered for the charity "
        "testified that they had been told the money paid for prosthetics. The state attorney "
        "general has since shut down two other veterans' charities for misleading donors. The "
        "founder's lawyer said she would appeal. She was also ordered to repay $4.2m to donors. "
        "Veterans who spoke outside the court said the case had made it harder for honest charities "
        "to raise money.",
        "crime",
    ),
    (
        "Man jailed for wearing fake medals at Cenotaph parade",
        "A man who marched at a Remembrance Sunday parade wearing a Military Cross and campaign medals "
        "he had bought online has been jailed for 16 weeks, in what veterans' campaigners said was "
        "one of the first prison sentences for so-called stolen valour. Magistrates in Ipswich heard "
        "that the 58-year-old had never served in the armed forces but had told a local newspaper he "
        "fought in the Falklands and the Gulf. He was caught after a former soldier noticed his "
        "medals were in the wrong order. He admitted fraud after it emerged he had also claimed "
        "£12,000 from a veterans' charity. The chairman of the bench said his conduct was “an insult "
        "to every serviceman who fell”. Campaigners want parliament to make impersonating a veteran "
        "a specific offence.",
        "crime",
    ),
    (
        "Pardoned after war service, convicted killer charged with a new murder",
        "A Russian man who was released from prison to fight in Ukraine and pardoned on his return has "
        "been charged with killing a 61-year-old woman in his home village, investigators in the "
        "Kirov region said on Tuesday. The man, 35, was serving a 14-year sentence for murder when he "
        "signed a contract with the Wagner group in 2022. He came home after six months with a state "
        "medal and a pardon. Neighbours said he had threatened several people since his return. "
        "Investigators said he beat the woman to death after an argument while drunk, and was "
        "arrested at the scene. Independent media have counted dozens of serious crimes committed by "
        "pardoned convicts after their return. The woman's daughter said she had asked police twice "
        "to act.",
        "crime",
    ),
    (
        "No charges for officers who shot veteran in PTSD crisis",
        "Prosecutors in Arizona said on Friday that they would not charge two police officers who shot "
        "and killed a Marine veteran during a mental health crisis at his home in Mesa last year. The "
        "veteran's wife had called 911 to say her husband, who was being treated for PTSD, was "
        "threatening to harm himself. Body camera footage released with the decision shows the "
        "officers shouting commands for about 40 seconds before firing as the man walked towards them "
        "holding a kitchen knife. The county attorney said the shooting was legally justified. The "
        "family's lawyer called the decision “a second ambush” and said the family would sue the "
        "city. Veterans' groups have called for police to send crisis teams trained in mental health "
        "to such calls. The department said its officers now receive crisis intervention training.",
        "crime",
    ),
    (
        "Man held after veteran with prosthetic leg beaten at Kharkiv tram stop",
        "Police in Kharkiv have detained a 27-year-old man on suspicion of hooliganism after a veteran "
        "who lost a leg at the front was beaten at a tram stop on Saturday night. The veteran, 33, "
        "told police that the man had mocked his prosthesis and then attacked him when he objected. "
        "He was treated in hospital for a broken nose and released. Video from a nearby shop camera "
        "showed passers-by pulling the attacker away. The suspect faces up to five years in prison if "
        "convicted. The regional veterans' council said it was the third assault on a disabled "
        "veteran in the city this year and called for tougher penalties. The mayor said he had met "
        "the veteran and promised to help with his treatment. The veteran, who asked not to be named, "
        "said he would not stop taking the tram.",
        "crime",
    ),
    (
        "Soldier F acquitted of Bloody Sunday murders",
        "A former paratrooper known as Soldier F was found not guilty on Thursday of two murders and "
        "five attempted murders on Bloody Sunday in Derry in 1972, at the end of a trial without a "
        "jury in Belfast. The judge said the evidence of two other soldiers, given in the 1970s, was "
        "unreliable and could not be used to convict. Thirteen people were shot dead by soldiers on "
        "the day, and another man died later. Relatives of the dead, who had waited more than 50 "
        "years for a trial, said they were devastated but not surprised. Veterans' groups, who had "
        "protested for years against what they called the persecution of elderly soldiers, welcomed "
        "the verdict. The Public Prosecution Service said it would consider the judgment. Soldier F, "
        "now in his 70s, sat behind a curtain throughout. Outside the court, one brother of a man "
        "shot on the day held up a photograph and said the fight for the truth was not over. A "
        "veterans' spokesman said the case should never have been brought.",
        "crime",
    ),
    (
        "Armed forces pensions rise 6.7% as veterans' job figures improve",
        "Armed forces pensions and war pensions will rise by 6.7% in April, in line with inflation, the "
        "Ministry of Defence confirmed on Thursday. About 480,000 people receive an armed forces "
        "pension. Separate figures from the Office for Veterans' Affairs showed that 87% of service "
        "leavers who used the Career Transition Partnership were in work within six months, up from "
        "83% two years ago. Employers' groups said veterans were particularly sought after in "
        "logistics, engineering and cyber security. The Forces Pension Society welcomed the rise but "
        "said many older pensioners were still fighting a rearguard action against a 1975 rule that "
        "stops widows keeping pensions if they remarry. The Treasury said it had no plans to "
        "change it.",
        "economy",
    ),
    (
        "Veteran-owned firms lose ground in VA contracting price war",
        "Small businesses owned by service-disabled veterans won a smaller share of Department of "
        "Veterans Affairs contracts last year as large contractors undercut them on price, according "
        "to a report by the Government Accountability Office. The VA is required by law to give "
        "priority to veteran-owned firms when at least two can compete for a contract. The share of "
        "its spending that went to such firms fell to 19.4% from 22% three years ago. Owners "
        "complained that the department bundles small contracts into large ones they cannot bid for. "
        "“We are in a price war we cannot win,” said the owner of a medical supply company in Tampa "
        "who served in the Navy. The VA said it would review its procurement rules. The GAO report "
        "covered contracts worth $38bn.",
        "economy",
    ),
    (
        "VA's $16bn health records system goes live at five more hospitals",
        "The Department of Veterans Affairs switched five more medical centres in Michigan and Ohio to "
        "its new electronic health records system on Saturday, the first sites to go live since the "
        "rollout was paused two years ago over safety concerns. The system, built by Oracle Health, "
        "is meant to let the VA share records with the Pentagon. An inspector general found in earlier "
        "sites that thousands of orders for tests and prescriptions had gone astray. VA officials "
        "said the software had been fixed and that staff had more training this time. The department "
        "aims to move all 170 of its medical centres to the system by 2031. Unions representing VA "
        "nurses said they would monitor the change closely. The project's cost estimate has more "
        "than doubled since 2018.",
        "other",
    ),
    (
        "Former SAS trooper wins Senate seat on a platform of housing and dams",
        "A former SAS trooper who served five tours of Afghanistan has won a Senate seat for Tasmania "
        "after preferences were counted, the Australian Electoral Commission said on Friday. The "
        "candidate, who ran for a local independent party, campaigned on housing affordability, "
        "irrigation dams for the Midlands and a better deal for veterans. He becomes one of about a "
        "dozen veterans in the federal parliament. In his victory speech he thanked his wife and "
        "“the mates who did not get to grow old”. His party won 3.8% of the primary vote in the state. "
        "Analysts said his win showed the growing appeal of independents. Turnout in Tasmania was "
        "about 90%, in line with previous elections. He will take his seat in July, and has said his "
        "first speech will be about water.",
        "other",
    ),
    (
        "Lone soldiers' startup raises $12m to help veterans find jobs",
        "A Tel Aviv startup founded by three former lone soldiers, immigrants who served in the IDF "
        "without family in Israel, has raised $12m in a funding round led by a US venture fund, the "
        "company said on Tuesday. Its platform matches discharged soldiers with employers by "
        "translating military roles into skills that recruiters understand. The founders, who moved "
        "to Israel from New Jersey, Buenos Aires and Kyiv as teenagers, said they met in a hostel for "
        "lone soldiers. The company has 40 staff and says 9,000 veterans have found jobs through it. "
        "Its clients include two of the country's largest banks and a chain of hospitals. It plans to "
        "open an office in Austin. “Nobody knew what a tank commander could do in an "
        "office,” one founder said. “Now they do.”",
        "other",
    ),
    (
        "Ex-combatants' coffee wins Colombia's top cupping prize",
        "A coffee grown by a cooperative of former FARC guerrillas and their neighbours in Cauca took "
        "first place in the national quality competition in Bogotá on Friday, beating more than 900 "
        "entries. The cooperative was set up in 2018 with land and seed money from the reintegration "
        "programme and now has 160 members. Its lot, a washed Caturra, scored 90.1 points, and will "
        "be auctioned to foreign buyers next month. The cooperative's president, who spent 19 years "
        "in the guerrilla, said the members had learned to farm from their neighbours. “We knew how "
        "to walk the mountains, not how to dry coffee,” he said. Buyers from Japan and Norway have "
        "already asked for samples. The cooperative plans to use the prize money to buy a second "
        "drying shed and a roaster for the village.",
        "other",
    ),
]
