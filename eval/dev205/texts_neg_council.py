"""dev205 negatives: council budgets, rows, recalls, zoning, rates and the politics of city halls."""

NEGATIVES = [
    (
        "Birmingham issues section 114 notice as equal pay bill sinks council finances",
        "Birmingham City Council, the largest local authority in Europe, has in effect declared "
        "itself bankrupt after issuing a section 114 notice on Tuesday evening. The notice bans "
        "all new spending except on statutory services such as social care and bin collections. "
        "Officers put the council's liability for historic equal pay claims at between £650m and "
        "£760m, a sum that the authority said it had no means of paying. A botched rollout of a "
        "new finance and payroll system had added tens of millions more to the bill. The Labour "
        "leader of the council, speaking outside the Council House on Victoria Square, called "
        'the move "a necessary step to get a grip" and blamed a decade of cuts to government '
        'grants. Opposition Conservative councillors said the administration had "buried its '
        'head in the sand" for years. Commissioners appointed by Whitehall are expected to take '
        "over key decisions within weeks. Unison, which represents many of the council's 10,000 "
        "staff, warned that libraries, leisure centres and youth clubs would be first in the "
        "firing line. Residents have been told that council tax bills are likely to rise by "
        "considerably more than the usual 5% cap next April.",
        "economy",
    ),
    (
        "Aldermen trade blows over police overtime as Chicago budget battle drags on",
        "The fight over Chicago's police budget spilled onto the City Council floor on Wednesday "
        "as aldermen spent more than six hours arguing over $100 million in overtime that the "
        "department has already spent this year. Progressive members of the council said the "
        "money should have gone to mental health crisis teams and violence prevention "
        'programmes. Their opponents accused them of waging "a war on the rank and file" at a '
        "time when officers are stretched thin. At one point the chair of the budget committee "
        "threatened to clear the chamber after members of the public began shouting from the "
        "gallery. The mayor's office insisted the overall police allocation of about $1.9 billion "
        'would not be cut, only "reorganised". Several aldermen from the South and West Sides '
        "said their wards needed more patrols, not fewer. A final vote on the $16.6 billion "
        "spending plan is due before December 15, and the administration needs 26 votes to pass "
        'it. "Everybody wants to look tough, and nobody wants to raise property taxes," one '
        "veteran alderman told reporters afterwards.",
        "politics",
    ),
    (
        "Johannesburg gets its fifth mayor in two years after coalition coup",
        "Johannesburg's city council elected a new executive mayor on Friday, the fifth person to "
        "hold the office since the 2021 local government elections. The outgoing mayor, whose "
        "coalition had collapsed after two small parties switched sides, lost a motion of no "
        "confidence by 144 votes to 121. Supporters of the new coalition celebrated in the "
        "council chamber in Braamfontein, while the ousted bloc walked out and called the vote "
        '"a coup by backroom deal". The economic hub of South Africa has been hit by power '
        "cuts, burst water mains and potholes that residents say have gone unrepaired for "
        "months. Ratings agencies have warned that the city's finances are under severe strain, "
        "and suppliers complain of unpaid invoices. The new mayor promised to fix the water "
        'network within 100 days and to end what he called "the merry-go-round in the mayoral '
        'chair". Analysts at the University of the Witwatersrand said the instability was a '
        "symptom of hung councils across the country's metros, where no party holds a majority. "
        "A further motion of no confidence is already being drafted, according to two "
        "councillors.",
        "politics",
    ),
    (
        "Auckland mayor wins rates fight but loses vote on selling airport shares",
        "Auckland's mayor emerged from a marathon budget meeting on Thursday with a smaller rates "
        "rise than many had feared but without the airport share sale he had championed. "
        "Councillors voted 12 to 9 to keep the council's 18% stake in Auckland International "
        "Airport, a setback for a mayor who had argued that selling it would help pay down debt. "
        "The average residential rates bill will instead rise by 7.5% from July 1, down from the "
        "13.5% floated in the draft budget. Libraries and community centres had faced cuts "
        "under earlier proposals, drawing thousands of submissions from residents. The mayor "
        'said the outcome was "not perfect but responsible" and vowed to keep pressing for '
        "savings in council-controlled organisations such as Auckland Transport. His critics on "
        'the governing body said he had tried to "bulldoze" the sale through without a proper '
        "mandate. Auckland, home to about 1.7 million people, is still paying for repairs after "
        "the floods of January 2023. The final budget will be formally adopted later this month.",
        "economy",
    ),
    (
        "Oakland voters recall mayor less than two years into her term",
        "Voters in Oakland, California, have recalled their mayor, according to results certified "
        "by the Alameda County registrar on Tuesday, making her the first mayor of a large "
        "American city to be removed that way in decades. About 60% of voters backed the recall, "
        "which was driven by a campaign that blamed City Hall for rising car break-ins, a budget "
        "shortfall of more than $100 million and the departure of the city's last major "
        "professional sports teams. The mayor, who took office in January 2023, said she "
        "accepted the result but that Oakland's problems \"did not start in my office and will "
        'not end with my departure". Her tenure had also been overshadowed by an FBI search of '
        "her home in June, although she has not been charged with any crime. The president of "
        "the City Council will serve as interim mayor until a special election is held next "
        "spring. Recall organisers, who gathered more than 40,000 signatures, said they would "
        "now turn their attention to the city's finances. The same ballot also recalled the "
        "county's district attorney.",
        "politics",
    ),
    (
        "Councillors dig in as Sydney's inner west fights state over high-rise zoning",
        "A row between Inner West Council and the New South Wales government over high-rise "
        "housing near railway stations escalated on Monday when councillors voted to seek legal "
        "advice on challenging the state's planning changes. The so-called transport-oriented "
        "development rules allow apartment blocks of up to six storeys within 400 metres of "
        "dozens of stations across Sydney. The council says the rules override heritage "
        "protections in suburbs such as Marrickville and Dulwich Hill and were imposed without "
        "consultation. The state's planning minister accused councils of \"fighting a rearguard "
        "action\" against new homes at a time of record rents. Local residents' groups packed "
        'the public gallery at Ashfield Service Centre, some holding signs reading "Density '
        'done right". The mayor said the council was not against growth but wanted to decide '
        "where it went. Sydney needs about 377,000 new homes by 2029 under a national housing "
        "accord. The council has until the end of the month to submit its own alternative plan.",
        "politics",
    ),
    (
        "Bengaluru residents brace for first water tariff rise in 11 years",
        "Households in Bengaluru will pay more for piped water from next month after the city's "
        "water utility won approval for its first tariff revision since 2014. The Bangalore "
        "Water Supply and Sewerage Board said the increase, averaging about a paisa per litre, "
        "was needed to cover electricity costs for pumping water from the Cauvery river more "
        "than 100km away. Officials said the board lost roughly ₹1,000 crore a year because "
        "its charges no longer matched operating costs. The deputy chief minister, who oversees "
        'the city, said the rise was "modest" and that the poorest households would be '
        "protected by a lifeline slab. Resident welfare associations in Whitefield and Koramangala "
        "said they had no objection to paying more if the supply became reliable. Many of the "
        "city's apartment complexes still rely on private tankers during the summer months, "
        'when borewells run dry. The opposition BJP called the hike "a tax on thirst" and said '
        "it would raise the issue in the next session of the legislature.",
        "economy",
    ),
    (
        "Tokyo governor wins third term after crowded race with 56 candidates",
        "Tokyo's governor has been elected to a third four-year term, fending off a record field "
        "of 56 candidates in an election that drew criticism for campaign posters featuring "
        "pets, pin-ups and advertisements. Public broadcaster NHK projected her win shortly "
        "after polls closed at 8 o'clock on Sunday evening, and final results gave her about "
        "2.9 million votes. Her closest rival, a former mayor of a small city in Hiroshima "
        "prefecture who ran a social media-driven campaign, came second with 1.6 million. "
        "The governor campaigned on childcare subsidies, free high school tuition and "
        "measures to slow the capital's falling birth rate. Critics accused her of using the "
        "powers of office to campaign, a charge she denied. Turnout rose to just over 60%, "
        "higher than in 2020. The metropolitan government oversees a budget larger than that of "
        "many countries, and its governor is often seen as one of Japan's most powerful "
        "politicians. Several candidates have called for rules on poster boards to be "
        "tightened before the next election.",
        "politics",
    ),
    (
        "Paris triples parking fees for SUVs after narrow referendum win",
        "Owners of heavy SUVs will pay three times the standard parking fee in central Paris "
        "from September after residents narrowly backed the measure in a city-wide vote. Just "
        "over 54% of those who voted approved the plan, although turnout was below 6%, a figure "
        "the opposition seized on. The charge, 18 euros an hour in the city centre, applies "
        "to combustion and hybrid vehicles weighing more than 1.6 tonnes and electric cars over "
        "two tonnes. The mayor's deputy for transport said the vote showed that Parisians were "
        '"tired of tanks on their streets". Motoring groups called the measure part of a '
        '"war on drivers" and said it hit families and tradespeople hardest. Residents who '
        "park in their own arrondissement and taxis are exempt. The city hall expects the fee "
        "to raise about 35 million euros a year. Paris has already banned rental e-scooters "
        "after a similar consultation, and has converted dozens of streets to cycle lanes "
        "since 2020.",
        "politics",
    ),
    (
        "Supreme Court ruling frees Nigeria's 774 councils from state governors' grip",
        "Nigeria's Supreme Court ruled on Thursday that federal allocations meant for the "
        "country's 774 local government areas must be paid directly to them rather than through "
        "state governments. The judgment, delivered by a seven-member panel in Abuja, also held "
        "that governors may not dissolve elected councils and replace them with appointed "
        "caretaker committees. The federal attorney-general had brought the case against all "
        '36 state governors, arguing that the councils had been "starved" of funds for years. '
        'Civil society groups welcomed the decision as a blow against what one called "the '
        'hijacking of grassroots democracy". Several governors said they respected the ruling '
        "but warned that councils lacked the staff to manage money on their own. Local "
        "government chairmen, many of whom owe their positions to the ruling party in their "
        "state, were more cautious in public. Economists said the reform could improve primary "
        "health care and rural roads if the money is not diverted. The Nigerian Union of Local "
        "Government Employees said it would monitor the first direct payments closely.",
        "politics",
    ),
    (
        "Three years without councillors: Mumbai's BMC still waits for polls",
        "Mumbai has now gone three years without elected councillors, and the Brihanmumbai "
        "Municipal Corporation, India's richest civic body, remains under an administrator "
        "appointed by the state. The term of the last general body ended in March 2022, and "
        "elections have been held up by litigation over reservations for backward classes and "
        "the redrawing of ward boundaries. The corporation's annual budget of more than "
        "₹74,000 crore is now approved by the municipal commissioner alone. Former corporators "
        "from all parties say residents have no one to complain to about flooded roads, "
        'potholes and water cuts. "Democracy has been put in cold storage," a former leader '
        "of the house said at a press conference in Dadar. The state government says it is "
        "waiting for the Supreme Court to rule and wants polls held as soon as possible. "
        "Activists point out that large contracts for coastal roads and sewage plants have "
        "been signed in the meantime without debate. The court is due to hear the matter again "
        "next month.",
        "politics",
    ),
    (
        "Lagos hands waste contracts back to private collectors after pile-ups",
        "The Lagos State government has reversed course on refuse collection, handing contracts "
        "back to private sector operators two years after it tried to bring the service in-house. "
        "Residents in districts such as Surulere, Ikeja and Yaba have complained for months of "
        "mounds of rubbish left uncollected on street corners and along canals. The Lagos Waste "
        "Management Authority said about 350 private operators would be reassigned to 20 "
        "local government areas under new performance targets. Households will continue to pay "
        "monthly fees, which the authority said would be collected electronically to cut out "
        "middlemen. Officials blamed the earlier backlog on a shortage of compactor trucks and "
        "on dump sites at Olusosun and Solous that are running out of space. Environmental "
        "groups said the city, home to an estimated 20 million people, still lacked a proper "
        "recycling strategy. The commissioner for the environment promised a clean-up blitz "
        "before the rainy season, when blocked drains cause flooding across the city.",
        "economy",
    ),
    (
        "Karachi garbage war: city and Sindh government trade blame as heaps grow",
        "Karachi's mayor and the Sindh provincial government traded blame on Monday over the "
        "piles of rubbish that have built up across the city since the start of the monsoon "
        "season. The mayor told reporters that the Sindh Solid Waste Management Board, which "
        "is controlled by the province, had failed to pay its contractors for four months. The "
        "board said the metropolitan corporation had not cleared drains and had ignored "
        "repeated requests to coordinate. Residents of Gulshan-e-Iqbal and North Nazimabad "
        "posted photographs of waste burning on street corners and blocking storm drains. "
        "The city produces an estimated 12,000 tonnes of solid waste a day, less than half of "
        "which reaches the two official landfill sites. Opposition parties in the city council "
        "staged a walkout during Saturday's session, calling the situation \"a disgrace for the "
        "country's largest city\". A spokesperson for the chief minister said funds for the "
        "contractors had been released on Sunday. Health officials have warned that standing "
        "water and rubbish are breeding grounds for dengue.",
        "politics",
    ),
    (
        "Toronto mayor's 'strong mayor' powers upheld as council votes to keep veto",
        "Toronto City Council narrowly rejected a motion on Wednesday that would have asked the "
        "province to strip the mayor of the so-called strong mayor powers granted under "
        "Ontario legislation in 2022. The powers allow the mayor to pass certain bylaws with "
        "the support of only a third of councillors and to veto decisions that conflict with "
        "provincial priorities such as housing. Councillors who backed the motion said the "
        'rules were "an attack on local democracy" that turned the council into a rubber '
        "stamp. The mayor, who has said she would not use the powers, nonetheless voted against "
        "the motion, arguing that it would start an unnecessary fight with Queen's Park. The "
        "final tally was 13 in favour and 12 against, one short of the majority needed. "
        "Provincial officials have extended the powers to dozens of other municipalities since "
        "they were introduced. A separate motion asking for an annual report on how the powers "
        "are used passed without debate. The council then moved on to the city's $18 billion "
        "operating budget.",
        "politics",
    ),
    (
        "Budget knife falls on Hamburg's districts as city seeks 400m in savings",
        "Hamburg's senate unveiled plans on Tuesday to save about 400 million euros over two "
        "years, with the city's seven district offices bearing a large share of the cuts. The "
        "finance senator said higher interest payments, wage deals for public employees and "
        "the cost of housing asylum seekers had opened a hole in the budget of the city-state. "
        "District mayors said they would have to close some citizens' service offices on "
        "Fridays and delay repairs to playgrounds and public toilets. The CDU opposition "
        'accused the governing coalition of "shifting the pain onto the districts" while '
        "protecting prestige projects such as the new U5 underground line. The Greens, junior "
        "partners in the senate, said the U5 was essential for climate targets. Unions "
        "representing district staff warned that waiting times for passports and residence "
        "permits, already several weeks, would grow further. The budget must be approved by the "
        "Bürgerschaft, the city parliament, before the end of the year. A first reading is "
        "scheduled for next week.",
        "economy",
    ),
]
