"""dev405 negatives, part A: the housing crisis, GAA and rugby, storms, accidents and health,
with the desk's war words used loosely (not conflict; kind codes of eval/conflictset)."""

NEGATIVES = [
    (
        "Government declares 'war on vacancy' as derelict homes figure passes 160,000",
        "The Minister for Housing has promised a “war on vacancy and dereliction” after "
        "new census figures showed more than 160,000 homes lying empty across the State, "
        "excluding holiday homes. Speaking at the launch of an expanded Croí Cónaithe "
        "grant in Longford, the minister said local authorities would be given new powers"
        " to compulsorily purchase buildings that had been left idle for more than two "
        "years. The vacant property tax is also to be doubled from next year. Opposition "
        "parties said the Government had been “fighting the last battle” for a decade, "
        "while homelessness had reached another record. The Department's own figures show"
        " just over 14,000 people in emergency accommodation, including 4,300 children. "
        "Sinn Féin's housing spokesman Eoin Ó Broin said the announcement was “a press "
        "release, not a plan”. The Simon Communities welcomed the focus on empty homes "
        "but said it would take years to make a difference.",
        "politics",
    ),
    (
        "Renters face 'siege' conditions as average rent in Dublin tops €2,400",
        "The average monthly rent in Dublin has risen above €2,400 for the first time, "
        "according to the latest rent report from the property website Daft, with fewer "
        "than 1,500 homes available to rent in the capital on the first of the month. "
        "Economist Ronan Lyons, the report's author, said tenants were living under "
        "“siege conditions”, competing against dozens of applicants for every viewing. "
        "Rents nationally rose by 6.8% in the year to June, with the sharpest increases "
        "in Leitrim, Roscommon and Longford. The number of homes listed for rent "
        "nationwide was down by a fifth on a year earlier. Landlord groups blamed the "
        "rent pressure zone rules for driving small investors out of the market, a claim "
        "tenant advocacy group Threshold rejected. The Residential Tenancies Board said "
        "it had received a record number of notices of termination in the first quarter. "
        "A spokesman for the Department of Housing said more than 32,000 homes were "
        "completed last year. One renter, a nurse who has been looking for a flat in "
        "Drumcondra since March, said she had attended 31 viewings without a single "
        "offer.",
        "economy",
    ),
    (
        "Thousands march on Dáil demanding emergency action on housing",
        "Several thousand people marched from the Garden of Remembrance to Leinster House"
        " on Saturday afternoon calling for an emergency response to the housing crisis. "
        "The Raise the Roof rally was organised by a coalition of trade unions, student "
        "groups and housing charities, and included a large contingent of renters "
        "carrying cardboard houses. Speakers accused the Government of “waging war on a "
        "generation” by relying on private developers and investment funds. The Union of "
        "Students in Ireland said some students were commuting four hours a day because "
        "they could not find a room. Gardaí estimated the crowd at 8,000, while "
        "organisers said 20,000 took part. The march passed off peacefully and there were"
        " no arrests. The Taoiseach said he shared the frustration but that completions "
        "were at their highest level in more than a decade. A petition with 40,000 "
        "signatures was handed in at the gates of Leinster House.",
        "protest",
    ),
    (
        "Coalition survives Dáil battle over end to eviction ban",
        "The Government has won a Dáil vote on its decision to lift the temporary ban on "
        "no-fault evictions, after a bruising three-hour debate in which opposition TDs "
        "accused ministers of “throwing families onto the streets”. The Sinn Féin motion "
        "to extend the ban until next January was defeated by 83 votes to 68, with "
        "several Independents backing the Government. Minister for Housing Darragh "
        "O'Brien said the ban had been intended as a “temporary shield” over the winter "
        "and that keeping it would drive more landlords out of the market. Labour leader "
        "Ivana Bacik said the decision was “a declaration of war on renters”. Focus "
        "Ireland said it expected hundreds more families to enter emergency accommodation"
        " by the summer. The Government has promised a new first-refusal scheme for "
        "tenants whose homes are being sold. The Tánaiste said the vote had been “a "
        "difficult one for everybody in this House”.",
        "politics",
    ),
    (
        "Modular homes for Ukrainians lie empty as builders blame planning fight",
        "Dozens of rapid-build homes intended for Ukrainian refugees are lying empty on "
        "sites in Cork and Clare more than a year after they were ordered, the Irish "
        "Examiner has learned. The Office of Public Works said the delays were caused by "
        "disputes over water connections and a planning challenge brought by residents "
        "near one site in Thurles. Some 500 homes were planned under the programme, at a "
        "cost of about €200,000 each. Only 92 are occupied so far. Local councillors have"
        " described the situation as a “battle of attrition” between State agencies. The "
        "Department of Children said families already living in the completed units were "
        "very happy with them. Housing charities said the homes should be opened to Irish"
        " families on social housing waiting lists if they were not needed for people "
        "fleeing the war. The OPW said it expected all of the units to be handed over by "
        "the end of the year.",
        "economy",
    ),
    (
        "Kerry's attack finally fires as Kingdom survive Galway siege to reclaim Sam",
        "Kerry are All-Ireland champions for the 38th time after David Clifford kicked "
        "eight points to see off a dogged Galway at Croke Park. Padraic Joyce's side laid"
        " siege to the Kerry goal for long spells in the second half, and Shane Walsh's "
        "long-range free left the sides level with ten minutes to go. But Kerry's "
        "forwards finished with a flourish, Seán O'Shea landing the winning point from a "
        "free in the 71st minute. The final score was 0-20 to 0-16. Manager Jack O'Connor"
        " said his players had shown “a bit of steel” that had been missing in recent "
        "finals. Galway's full-back line had been under fire all week after conceding "
        "three goals to Derry in the semi-final, but they held Kerry scoreless from play "
        "in the first quarter. A crowd of 82,300 watched the game.",
        "sport",
    ),
    (
        "Limerick hurlers edge Clare in Munster battle to keep five-in-a-row dream alive",
        "Limerick kept their bid for a fifth consecutive All-Ireland title alive with a "
        "two-point win over Clare in a ferocious Munster final at Semple Stadium. Aaron "
        "Gillane fired 1-10, including an early goal that settled the champions after "
        "Tony Kelly had torn into their defence in the opening minutes. Clare fought back"
        " to lead at the break, but John Kiely's side tightened their grip on the "
        "puck-outs in the second half. Two players were booked after a brief skirmish "
        "near the dugouts, with the linesman calling the referee over. Kelly hit 14 "
        "points in a losing cause. “It's a war out there, every ball,” Kiely said "
        "afterwards. Clare manager Brian Lohan said his side would regroup for the "
        "All-Ireland quarter-final, and insisted the Banner were still contenders. The "
        "sides could meet again in August.",
        "sport",
    ),
    (
        "Ireland's defence holds firm under English onslaught to secure Triple Crown",
        "Ireland secured the Triple Crown with a 23-22 win over England at Twickenham, "
        "surviving a late onslaught that had the visiting supporters on their feet for "
        "the final seven minutes. Jack Crowley's drop goal with the last kick of the "
        "first half proved decisive after Marcus Smith struck back for the hosts. Andy "
        "Farrell said the defensive effort in the closing stages, when England laid siege"
        " to the Irish line for 19 phases, had been “immense”. Tadhg Beirne was named "
        "player of the match after a huge performance at the breakdown. Caelan Doris, who"
        " was captaining the side, said the squad had prepared all week for an English "
        "blitz. Ireland now face Scotland at the Aviva Stadium knowing a win would seal "
        "the championship. England coach Steve Borthwick said his side had “left a win "
        "out there”, and rued two missed penalties in the first half.",
        "sport",
    ),
    (
        "Leinster ambushed in Toulouse as European crusade ends in heartbreak",
        "Leinster's bid for a fifth European title ended in heartbreak in Toulouse on "
        "Saturday as the French champions struck twice in the final ten minutes to win "
        "31-25 after extra time. Antoine Dupont was everywhere, setting up two tries and "
        "kicking a crucial penalty from the halfway line. Leinster led by nine points "
        "with a quarter of an hour left, but their scrum came under sustained attack and "
        "James Lowe was shown a yellow card for a deliberate knock-on. Leo Cullen said "
        "his players had “emptied the tank” and would “come back fighting” next season. "
        "It is the third time in four seasons that Leinster have lost to Toulouse in the "
        "knockout stages. Head coach Jacques Nienaber said the province had been "
        "“ambushed” by the French side's bench. The province will now turn its attention "
        "to the URC play-offs, starting with a home quarter-final against the Ospreys.",
        "sport",
    ),
    (
        "Club footballers face lengthy bans after mass brawl at Meath junior final",
        "Up to a dozen players face suspensions of between eight and 12 weeks after a "
        "mass brawl broke out at the end of a Meath junior football final on Sunday. "
        "Footage of the incident, which has been widely shared on social media, shows "
        "players and several spectators exchanging punches near the tunnel at Páirc "
        "Tailteann after the final whistle. The Meath County Board said it had received "
        "the referee's report and would deal with the matter under the GAA's disciplinary"
        " code. Gardaí said they were not investigating as no complaint had been made. "
        "One player was treated for a facial injury. The winning club said it was “deeply"
        " embarrassed” by the scenes, which it said did not reflect the values of the "
        "association. The GAA's director general called the behaviour “indefensible”. The"
        " final is expected to be replayed only if the appeals committee so orders.",
        "sport",
    ),
    (
        "Storm Éowyn leaves 768,000 without power as army deployed to worst-hit counties",
        "Storm Éowyn has left a record 768,000 homes, farms and businesses without "
        "electricity after winds of up to 183km/h, the strongest ever recorded in "
        "Ireland, battered the country overnight. A man in his 20s was killed in Co "
        "Donegal when a tree fell on his car. ESB Networks said the damage to its network"
        " was “unprecedented” and that some customers in the west could be without power "
        "for up to two weeks. The Defence Forces have deployed soldiers and generators to"
        " Galway, Mayo and Leitrim, and the Government activated its humanitarian "
        "assistance scheme. Uisce Éireann said 200,000 people were without running water."
        " Met Éireann had issued red warnings for the whole country, closing schools and "
        "most businesses. The Taoiseach described the storm as “a national emergency” and"
        " chaired a meeting of the National Emergency Coordination Group.",
        "disaster",
    ),
    (
        "Woman killed by falling tree as Ophelia batters south and west",
        "A woman in her 50s was killed when a tree fell on her car in Co Waterford as "
        "Storm Ophelia swept across the country on Monday, bringing gusts of more than "
        "150km/h to the south coast. Two other people were killed in separate incidents "
        "in Louth and Tipperary. More than 360,000 homes lost power, and schools and "
        "colleges around the country were closed for the day. The roof of Cork City FC's "
        "stadium at Turners Cross was torn off. Met Éireann said Ophelia was the "
        "strongest storm to reach Ireland in more than 50 years. The Taoiseach thanked "
        "the emergency services and urged people to stay indoors until the red warning "
        "expired at midnight. Army personnel were on standby in Cork and Kerry to help "
        "clear roads. Insurers said claims were likely to run into tens of millions of "
        "euro, with the heaviest damage in Cork and Kerry.",
        "disaster",
    ),
    (
        "Midleton traders count cost as floodwaters sweep through town",
        "Businesses in Midleton, Co Cork, were counting the cost on Thursday after the "
        "Owenacurra river burst its banks during Storm Babet, flooding more than 100 "
        "homes and shops on the Main Street. Some residents were rescued from upstairs "
        "windows by the Civil Defence and the Defence Forces using boats. Several "
        "families spent the night in a local hotel. Cork County Council said a flood "
        "relief scheme for the town had been delayed for years by planning objections. "
        "The Government announced a €10,000 humanitarian payment for affected households "
        "and up to €20,000 for small businesses. “It's a war zone on Main Street,” one "
        "café owner told Cork's 96FM, standing among ruined fridges and stock. The Office"
        " of Public Works said the scheme would go to An Bord Pleanála next year. "
        "Insurance Ireland said many of the businesses had been unable to get flood cover"
        " since the last major flood in 2015.",
        "disaster",
    ),
    (
        "Storm Darragh closes schools in Wexford as ESB battles outages",
        "More than 400,000 customers lost power on Saturday as Storm Darragh brought "
        "gusts of up to 140km/h to the east and south-east, with fallen trees blocking "
        "roads across Wexford, Wicklow and Waterford. ESB Networks said crews were "
        "working around the clock and that most customers would be reconnected within 72 "
        "hours. Schools in parts of Wexford will remain closed on Monday because of "
        "damage to roofs. A status red wind warning had been in place for Galway and Mayo"
        " overnight. Irish Rail suspended some services on the Rosslare line after trees "
        "fell onto the tracks. Met Éireann said the storm was the fourth named storm of "
        "the season. The Minister for the Environment said the resilience of the "
        "electricity grid would be examined in the new year. Some 30,000 homes in Wexford"
        " were still without power on Sunday night, and the Civil Defence was checking on"
        " elderly people living alone.",
        "disaster",
    ),
    (
        "Ten killed in Creeslough explosion as community waits for answers",
        "Ten people, among them a five-year-old girl and three teenagers, were killed "
        "when an explosion destroyed a service station and the apartments above it in "
        "Creeslough, Co Donegal, on Friday afternoon. Eight others were injured, one of "
        "them critically. Gardaí said the explosion was being treated as a tragic "
        "accident, and that there was no suggestion of any criminal or terrorist motive. "
        "Rescue teams including Civil Defence and the Coast Guard searched the rubble "
        "through the night, joined by emergency crews from Northern Ireland. The "
        "building's gas supply is a focus of the investigation by the Health and Safety "
        "Authority. President Michael D Higgins said the country was “in mourning”. A "
        "book of condolence was opened at Donegal County Council's offices in Lifford. "
        "Local schools opened on Saturday so that pupils could gather with teachers and "
        "counsellors.",
        "accident",
    ),
    (
        "Rescue 116 report finds chain of failings led to Blackrock crash",
        "A long list of failings at the operator of the Irish Coast Guard's helicopters "
        "and in its oversight contributed to the crash of Rescue 116 off the Mayo coast "
        "in 2017, in which four crew members died, the final report of the Air Accident "
        "Investigation Unit has found. The Sikorsky S-92 struck Blackrock island, which "
        "was not shown on the route guides in use by the crew, during a night mission to "
        "support another rescue. The 350-page report makes 42 safety recommendations. The"
        " families of Captain Dara Fitzpatrick, Captain Mark Duffy, Paddy Barry and "
        "Ciarán Smith said the findings were “devastating”. The Minister for Transport "
        "said all of the recommendations would be implemented. The bodies of Mr Barry and"
        " Mr Smith were never found. CHC Ireland, which operates the helicopters, said it"
        " had already made changes to its training and route guides.",
        "accident",
    ),
    (
        "Measles vaccination catch-up campaign launched as cases rise in England",
        "The HSE has launched a catch-up campaign offering the MMR vaccine to anyone up "
        "to the age of 24 who missed a dose, amid rising measles cases in England and "
        "Europe. The uptake of the first dose among two-year-olds in Ireland fell to 89% "
        "last year, below the 95% needed to prevent outbreaks. Chief Medical Officer Prof"
        " Breda Smith said measles was “a serious and highly contagious disease” and "
        "urged parents to check their children's records. GPs and pharmacies will give "
        "the vaccine free of charge. One case was confirmed in the east of the country "
        "this month, in an adult who had recently travelled. HSE clinics will run in "
        "schools and colleges from next week. The Irish College of General Practitioners "
        "said it expected strong demand. Measles can cause pneumonia and brain swelling, "
        "and about one in 1,000 children who catch it die from complications, the HSE "
        "said.",
        "health",
    ),
    (
        "Hospitals 'under siege' as flu and Covid push trolley count past 900",
        "A record 931 patients were waiting on trolleys in Irish hospitals on Tuesday as "
        "flu, Covid-19 and RSV drove a surge in admissions, the Irish Nurses and Midwives"
        " Organisation said. University Hospital Limerick was the worst affected with 121"
        " people waiting for a bed. The union's general secretary said nurses were "
        "working in hospitals that were “under siege”, and called for elective procedures"
        " to be postponed. The HSE said flu cases had doubled in a week and that the peak"
        " was not expected until mid-January. It urged people over 65 and those with "
        "chronic illness to get vaccinated. Some 1,300 people were in hospital with flu, "
        "and another 500 with Covid. Minister for Health Stephen Donnelly said extra "
        "funding had been provided for weekend discharges. The HSE said it was opening an"
        " extra 120 beds across the Dublin hospital groups before the new year.",
        "health",
    ),
    (
        "Berkeley balcony collapse: students remembered ten years on",
        "Families and friends of the six young people killed when a balcony collapsed at "
        "a 21st birthday party in Berkeley, California, gathered in Dublin on Monday to "
        "mark ten years since the tragedy. Five of those who died were Irish students on "
        "J-1 visas, and seven others were seriously injured when the fourth-floor balcony"
        " gave way in June 2015. An investigation found that the wooden joists had been "
        "rotted by water. The families campaigned for changes to building regulations in "
        "California, which were introduced in 2016. A memorial garden has been created at"
        " Mount Anville school, where several of the students had been pupils. The US "
        "ambassador attended a Mass at the Church of the Holy Cross in Dundrum. Survivors"
        " said they still thought of their friends every day. The names of Olivia Burke, "
        "Eoghan Culligan, Lorcán Miller, Niccolai Schuster and Eimear Walsh, and of their"
        " Irish-American friend Ashley Donohoe, were read aloud.",
        "accident",
    ),
]
