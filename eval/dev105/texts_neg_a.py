"""dev105 hard negatives (crime, politics): whole articles with war and violence words, no conflict.

Labels follow eval/README.md, section 1. Paragraphs are joined by single spaces (_t).
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "More than 80 shot, 17 fatally, over Chicago's Fourth of July weekend",
        _t("""
            CHICAGO (AP) - At least 83 people were shot, 17 of them fatally, across Chicago over
            the long Fourth of July weekend, police said Monday, making it one of the most violent
            holiday weekends in the city in years. Among the wounded was a 6-year-old girl who was
            hit by a stray bullet while sitting in a car with her family in the Austin
            neighborhood on Saturday night, police said; she was in critical but stable condition.
            Police Superintendent David Brown said most of the shootings were linked to disputes
            between street gangs, many of them small factions fighting over a block or two, and
            that officers had recovered more than 100 illegal guns since Friday. "Our
            neighborhoods are not war zones, and we are not going to let a few people make them
            feel like one," Brown said at a news conference. Mayor Lori Lightfoot said the city
            needed more help from federal agencies to stem the flow of guns from Indiana and other
            states with looser laws. No arrests had been made in most of the killings. Community
            groups that send outreach workers into the streets to defuse disputes said they had
            been stretched thin all weekend. One worker in West Garfield Park said he had gone to
            three hospitals and two vigils in 48 hours.
        """),
        "crime",
    ),
    (
        "Two teenagers found guilty of murdering 16-year-old in Croydon 'postcode' dispute",
        _t("""
            Two teenagers have been found guilty of murdering a 16-year-old boy who was chased
            through a Croydon shopping street and stabbed in front of shoppers last summer. The
            boys, both now 17, cannot be named for legal reasons. The jury at the Old Bailey heard
            that the victim, a sixth-form student who wanted to train as an electrician, was
            attacked outside a fried chicken shop on a Saturday afternoon after he was recognised
            by a group of youths from a neighbouring area. Prosecutors said the killing was the
            product of a "pointless rivalry" between groups from two postcodes, fought out in drill
            videos and on Snapchat, and that the victim had no involvement in it. CCTV shown to the
            court captured one of the defendants pulling a large knife from his waistband. The
            victim's mother told the court in a statement that she had "buried my son in the suit
            he bought for his prom". The judge said both defendants would face life sentences and
            adjourned sentencing until next month. Knife crime offences recorded by the Metropolitan
            police rose by 20% in the year to March, and youth workers in south London have called
            for more funding for after-school services. A third defendant was cleared of murder
            but convicted of possessing an offensive weapon.
        """),
        "crime",
    ),
    (
        "SIU investigating after Toronto police shoot man in Scarborough apartment hallway",
        _t("""
            Ontario's police watchdog is investigating after Toronto police officers shot a man
            in the hallway of a Scarborough apartment building early Sunday. The Special
            Investigations Unit (SIU) said officers were called to the building near Kingston Road
            and Galloway Road at about 2:30 a.m. for reports of a man armed with a knife who had
            threatened a neighbour. There was an interaction, and an officer fired a weapon,
            striking the man, the SIU said in a news release. The 34-year-old man was taken to a
            trauma centre with serious but non-life-threatening injuries. A conducted energy
            weapon was also deployed, the agency said. The SIU has assigned five investigators and
            two forensic investigators to the case and is asking anyone with video of the incident
            to come forward. A resident of the building, who asked not to be named, told CBC
            Toronto she heard shouting and then two loud bangs. "It sounded like a war movie in the
            hallway," she said. The SIU is an arm's-length agency that investigates incidents
            involving police that result in death, serious injury, sexual assault or the discharge
            of a firearm at a person. Its director decides whether charges against an officer are
            warranted.
        """),
        "crime",
    ),
    (
        "Man shot dead in Guildford driveway as police fear new round of gangland feud",
        _t("""
            A man has been shot dead in the driveway of a home in Sydney's west, and detectives
            are investigating whether the killing is the latest in a long-running feud between two
            criminal networks. Emergency services were called to a street in Guildford just after
            9pm on Tuesday after neighbours heard several shots. The 29-year-old man, who was known
            to police, died at the scene despite the efforts of paramedics. A burnt-out Audi was
            found in a nearby street about half an hour later. Detective Superintendent Danny
            Doherty said the shooting had the hallmarks of a targeted attack and that the man had
            links to one side of a conflict that has claimed at least nine lives since 2020.
            "These are people who are at war with each other over drugs, money and pride, and the
            danger to the public is real," he said. NSW Police have set up a strike force to
            target the feud, which they say is fought largely over control of the illicit drug
            trade in south-west Sydney. Residents said they had been woken by the shots and that
            children had been kept home from school on Wednesday. Police urged anyone with
            dashcam footage from the area to contact Crime Stoppers.
        """),
        "crime",
    ),
    (
        "Gerry Hutch acquitted of Regency Hotel murder at Special Criminal Court",
        _t("""
            Gerry Hutch has been found not guilty of the murder of David Byrne, who was shot dead
            at the Regency Hotel in Dublin in February 2016 in the attack that set off the
            Kinahan-Hutch feud. The three judges of the non-jury Special Criminal Court said they
            could not be satisfied beyond reasonable doubt that Mr Hutch, 59, had been part of a
            joint enterprise to kill Mr Byrne, and were critical of the evidence of the State's
            key witness, a former Sinn Féin councillor. Mr Byrne was killed when a group of men,
            three of them dressed as gardaí and carrying assault rifles, stormed a boxing weigh-in
            at the hotel. The feud that followed is linked to 18 killings, and gardaí say it was
            fought between the Kinahan organised crime group and associates of the Hutch family.
            Two other men were convicted of facilitating the murder by providing cars used in the
            attack. Outside the Criminal Courts of Justice, Mr Hutch's solicitor read a short
            statement in which he thanked his family. Garda Commissioner Drew Harris said the
            investigation into the murder remained open. The trial, which lasted more than 50
            days, was held under heavy security, with armed Garda units posted at the court
            throughout.
        """),
        "crime",
    ),
    (
        "Former Uvalde schools police chief indicted over response to Robb Elementary shooting",
        _t("""
            A Texas grand jury has indicted the former police chief of the Uvalde school district
            on 10 counts of child endangerment and abandonment over the response to the 2022
            shooting at Robb Elementary School, in which 19 children and two teachers were killed.
            Pete Arredondo, who was in charge of the school district's small police force, was
            among nearly 400 officers who converged on the school that day, but more than an hour
            passed before a team of Border Patrol agents went into the classroom and killed the
            18-year-old gunman. A second former school police officer was also indicted, the
            district attorney's office said. The charges are the first to be brought against
            anyone over the police response, which a Justice Department review described as a
            "cascading failure" of leadership, training and communication. Arredondo's lawyer has
            said he was made a scapegoat for the failings of many agencies. Families of the
            children who died have spent two years pressing for accountability, and several said
            on Thursday that the indictments were a first step. "Nobody has been held responsible
            for anything until today," said the father of a 10-year-old girl killed in the
            classroom. The gunman's motive has never been established.
        """),
        "crime",
    ),
    (
        "Gang patch ban comes into force as police promise 'zero tolerance'",
        _t("""
            Gang members can be arrested for wearing patches in public from today, as a law
            banning gang insignia comes into force. Under the Gangs Legislation Amendment Act,
            displaying a patch in a public place can lead to a fine of up to $5000 or six months'
            jail, and police will also be able to issue dispersal notices to stop gang members
            gathering. Police Minister Mark Mitchell said the government was "taking the fight to
            the gangs" and that communities had been intimidated for too long. Police say gang
            membership has grown by more than 50 percent since 2017 to about 9000 people, and
            that gang members are linked to a large share of firearms offences. In Hawke's Bay,
            tit-for-tat shootings between rival chapters of the Mongrel Mob and Black Power
            damaged several houses last year, and police seized dozens of firearms during an
            operation in Flaxmere in the autumn. Some iwi leaders and social workers who have
            worked with gang whānau say the ban will push members further from the help they need,
            and the Law Society has questioned whether it is compatible with the Bill of Rights.
            Police Commissioner Andrew Coster said officers would use discretion and that the
            priority was violent offending. The law passed its third reading last month by 68
            votes to 55.
        """),
        "crime",
    ),
    (
        "In Pennsylvania, the Battleground of Battlegrounds, Both Campaigns Go Door to Door",
        _t("""
            PITTSBURGH - On a gray Saturday morning in the suburbs north of Pittsburgh, two
            volunteers in matching blue jackets knocked on their 40th door before 11 o'clock. A
            few miles away, a canvassing team for the other side was working the same streets.
            With 19 electoral votes and a history of razor-thin margins, Pennsylvania has become
            the most fiercely contested state on the map, and both campaigns have poured money and
            staff into it. The Harris campaign has more than 50 offices across the state, and the
            Trump campaign and its allies say they have knocked on more than two million doors.
            Television viewers in Philadelphia and Pittsburgh have been bombarded with political
            advertisements, with more than $500 million spent on ads in the state since the
            spring, according to an ad tracking firm. In a converted warehouse in Philadelphia,
            the Democrats' legal "war room" has dozens of lawyers ready to fight challenges to
            mail ballots on Election Day. Republicans have their own army of poll watchers. "Every
            county is a battle," said a Republican county chairman in Westmoreland County. "You
            don't win Pennsylvania in Philadelphia. You win it out here." Pennsylvania has voted
            for the winner in every presidential election since 2008, and strategists in both
            parties believe the candidate who carries it is likely to reach the 270 electoral
            votes needed to win the White House. Both candidates have visited the state more than
            any other since the summer, and their running mates have been dispatched to its small
            cities and rural counties, where a few thousand votes either way could decide the
            outcome. Polls show the race within the margin of error.
        """),
        "politics",
    ),
    (
        "Rwanda bill becomes law after peers end ping-pong over deportation plan",
        _t("""
            The government's plan to send some asylum seekers to Rwanda cleared its final hurdle
            in parliament in the early hours of Tuesday after the House of Lords ended months of
            resistance. The Safety of Rwanda (Asylum and Immigration) Bill declares Rwanda a safe
            country and limits the ability of courts to block removals, after the supreme court
            ruled last year that the original scheme was unlawful. Rishi Sunak said the first
            flights would leave within 10 to 12 weeks, and that the government had an airfield on
            standby and commercial charter planes booked. "No ifs, no buts," he said. Labour has
            said it would scrap the scheme, which has cost more than £240m in payments to Rwanda,
            and called it an expensive gimmick. Some Conservative backbenchers had wanted the bill
            to go further, and one former minister accused the government of losing the battle
            for control of the border. More than 6,000 people have crossed the Channel in small
            boats so far this year, a record for the period. Refugee charities said they would
            support legal challenges on behalf of individuals, and the United Nations refugee
            agency said the law shifted responsibility for refugee protection in a way that was
            contrary to international cooperation.
        """),
        "politics",
    ),
    (
        "Trudeau bans 1,500 models of assault-style firearms in wake of Nova Scotia rampage",
        _t("""
            The federal government has banned the sale, transport and use of about 1,500 models
            and variants of what it calls military-grade assault-style firearms, including the
            AR-15, effective immediately. Prime Minister Justin Trudeau said the weapons were
            designed for one purpose only, "to kill the largest number of people in the shortest
            amount of time". The ban, made by order-in-council rather than legislation, comes less
            than two weeks after a gunman killed 22 people in rural Nova Scotia, the deadliest
            mass shooting in Canadian history. Owners will have a two-year amnesty to comply, and
            the government has promised to introduce a buyback program. Public Safety Minister
            Bill Blair said the weapons had no place in hunting or sport shooting. Conservative
            Leader Andrew Scheer said the ban targeted law-abiding owners rather than criminals
            who smuggle guns across the border, and gun-rights groups said they would challenge
            the order in court. Groups representing survivors of the 1989 École Polytechnique
            massacre, who have campaigned for such a ban for three decades, welcomed the decision
            but said it should go further. The order does not cover handguns, which are used in
            most firearm homicides in Canadian cities.
        """),
        "politics",
    ),
    (
        "Taoiseach and opposition clash over asylum accommodation as tents return to city centre",
        _t("""
            The Taoiseach and opposition leaders clashed in the Dáil on Wednesday over the
            shortage of accommodation for international protection applicants, as tents
            reappeared along the Grand Canal in Dublin. More than 2,000 male asylum seekers who
            have arrived since December have not been offered accommodation, according to the
            Department of Integration, and many are relying on day services run by charities. The
            Sinn Féin leader, Mary Lou McDonald, accused the Government of having "lost control" of
            the system and said communities were being told about new centres at the last minute.
            Labour and the Social Democrats said the Government was failing both asylum seekers
            and the towns asked to host them. The Taoiseach said the State had taken in more than
            100,000 people fleeing the war in Ukraine in two years and was doing everything it
            could. He said sites including former army barracks and State-owned land would be
            used for tented accommodation over the summer. Independent TDs from rural
            constituencies raised complaints from constituents about proposed centres in hotels
            in their areas. Minister for Integration Roderic O'Gorman said a new approach based on
            State-owned reception centres would take time to deliver.
        """),
        "politics",
    ),
    (
        "House passes $95 billion foreign aid package with money for Ukraine after months of delay",
        _t("""
            The House on Saturday passed $95 billion in foreign aid for Ukraine, Israel and
            Taiwan, ending a months-long standoff that had left Kyiv short of artillery shells
            and air defense interceptors. The package, split into four bills to allow members to
            vote separately on each part, includes about $61 billion for Ukraine, much of it to
            replenish U.S. stocks of weapons sent to Kyiv. The Ukraine measure passed 311 to 112,
            with a majority of Republicans voting against it. Speaker Mike Johnson, who had faced
            threats from hard-right members to remove him if he allowed a vote, said he had chosen
            to do "the right thing" after months of classified briefings. Democrats cheered on the
            House floor, some waving small Ukrainian flags, which drew a rebuke from the chair.
            President Volodymyr Zelensky thanked lawmakers and said the aid would save thousands of
            lives. The Senate is expected to approve the package next week, and President Biden has
            said he will sign it immediately. A fourth bill includes a provision that could lead to
            a ban on TikTok if its Chinese owner does not sell it. Pentagon officials said the
            first shipments could move within days once the bill is signed.
        """),
        "politics",
    ),
]
