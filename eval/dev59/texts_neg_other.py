"""Negatives of eval/dev59: accidents, disasters, economy, sport, culture, other (README.md)."""

NEGATIVES = [
    (
        "Stampede at campaign rally kills 12 as crowd surges toward stage",
        (
            "Twelve people were killed and dozens injured in a stampede at a campaign rally in a "
            "stadium on Sunday when the crowd surged toward the stage as the candidate arrived, "
            "officials said. Many of the dead were women and children who fell near a narrow exit "
            "gate. The candidate suspended his campaign for three days of mourning. Police said "
            "no shots had been fired and no tear gas used, and that the stadium had been filled "
            "well beyond its capacity. An inquiry was ordered."
        ),
        "accident",
    ),
    (
        "Helicopter carrying president crashes in fog, killing all on board",
        (
            "A helicopter carrying the president, the foreign minister and seven others crashed "
            "in thick fog in a mountainous region on Sunday, and rescuers found no survivors "
            "after an overnight search. Investigators later said they had found no sign of "
            "sabotage or gunfire, and blamed the weather and the helicopter's overloading. An "
            "election to choose a new president was called for 50 days later. Millions attended "
            "the funerals in several cities."
        ),
        "accident",
    ),
    (
        "Stage collapses at opposition rally, injuring 30",
        (
            "A stage packed with party officials collapsed during an opposition rally in a "
            "provincial town on Saturday, injuring about 30 people, among them two members of "
            "parliament. Organisers said too many people had climbed onto the platform. The party "
            "leader, who was about to speak, was unhurt."
        ),
        "accident",
    ),
    (
        "Campaign bus plunges into ravine, killing nine party workers",
        (
            "A bus carrying party workers home from a campaign rally plunged into a ravine on a "
            "mountain road on Friday night, killing nine people and injuring 22, police said. The "
            "driver had lost control on a sharp bend in the rain. The party cancelled its rallies "
            "for the weekend."
        ),
        "accident",
    ),
    (
        "Floods force postponement of elections in three provinces",
        (
            "The electoral commission postponed voting in three provinces on Thursday after "
            "floods displaced more than 200,000 people and washed away roads and bridges. "
            "Soldiers were using boats to reach villages cut off by the water. The commission "
            "said the vote would be held in those provinces within six weeks. Aid agencies warned "
            "of a risk of cholera in evacuation centres."
        ),
        "disaster",
    ),
    (
        "Hurricane disrupts early voting across Florida counties",
        (
            "Several counties in Florida closed early voting sites and moved polling places after "
            "a hurricane knocked out power to more than two million homes and damaged buildings. "
            "State officials extended deadlines for mail ballots. The National Guard was helping "
            "deliver water and generators."
        ),
        "disaster",
    ),
    (
        "Earthquake survivors vote in tents months after disaster",
        (
            "Survivors of the February earthquake voted in tents and containers in the worst-hit "
            "provinces on Sunday, and buses took thousands of displaced voters back to their home "
            "towns to cast ballots. Officials said turnout in the region was lower than in the "
            "last election. Many polling stations were set up in school courtyards because "
            "buildings had not been declared safe."
        ),
        "disaster",
    ),
    (
        "Mpox outbreak forces candidates to cancel rallies",
        (
            "Several candidates cancelled rallies in the eastern provinces after health "
            "authorities reported a rise in mpox cases and banned large gatherings for a month. "
            "The health ministry began a vaccination campaign targeting contacts of confirmed "
            "cases. The electoral commission said the vote would go ahead with distancing "
            "measures."
        ),
        "health",
    ),
    (
        "Health ministry's battle against cholera reaches polling stations",
        (
            "Health workers set up hand-washing points and oral rehydration corners at polling "
            "stations in cholera-hit districts on election day, as part of the ministry's battle "
            "against the outbreak. More than 4,000 cases have been recorded since October. Voters "
            "were asked to bring their own pens."
        ),
        "health",
    ),
    (
        "Markets suffer bloodbath as investors react to election result",
        (
            "Stocks suffered a bloodbath on Monday after the surprise election result, with the "
            "main index falling 6% and the currency hitting a record low against the dollar. Bank "
            "shares were hit hardest. The president-elect's advisers sought to reassure investors "
            "that he would respect the central bank's independence. The index recovered a third "
            "of its losses the next day."
        ),
        "economy",
    ),
    (
        "Peso under siege as candidates promise spending sprees",
        (
            "The peso came under siege on Wednesday, falling to its weakest level in a year, as "
            "investors worried about spending promises from the leading candidates. The central "
            "bank sold dollars in the market to slow the fall. Analysts said the currency would "
            "remain volatile until the election."
        ),
        "economy",
    ),
    (
        "Trade war takes centre stage in farm-state campaign",
        (
            "The trade war with China has become the central issue in the Senate race in Iowa, "
            "where soybean farmers say tariffs have cost them export markets. The incumbent "
            "defends the tariffs as necessary to fight unfair practices. His challenger has "
            "promised to negotiate an end to the dispute."
        ),
        "economy",
    ),
    (
        "Boardroom coup ousts football club president after poor season",
        (
            "The president of one of Spain's biggest football clubs was ousted in a boardroom "
            "coup on Tuesday after members voted for a motion of censure following a season "
            "without a title. A caretaker board will run the club until elections in the summer. "
            "Two candidates have already declared their interest."
        ),
        "sport",
    ),
    (
        "Former striker elected mayor in landslide",
        (
            "A former national team striker was elected mayor of his home city in a landslide on "
            "Sunday, taking 68% of the vote. He said he would bring the same attacking spirit to "
            "city hall that he had shown on the pitch."
        ),
        "sport",
    ),
    (
        "Federation election turns into battle for control of cricket board",
        (
            "The election for the presidency of the national cricket board has become a battle "
            "between a former captain and a businessman backed by the ruling party. The vote, by "
            "38 state associations, takes place next week. The sports minister denied "
            "interfering."
        ),
        "sport",
    ),
    (
        "Political thriller about campaign war room tops streaming charts",
        (
            "A political thriller set inside a presidential campaign's war room has become the "
            "most watched series on a streaming platform this month. The show follows a "
            "strategist who must handle a leaked scandal in the last week of the race. Critics "
            "praised its fast dialogue but said the plot was far-fetched. A second season has "
            "been ordered."
        ),
        "entertainment",
    ),
    (
        "Film about assassinated candidate premieres at festival",
        (
            "A feature film about the life of a presidential candidate assassinated decades ago "
            "premiered at a film festival on Friday to a standing ovation. The director said he "
            "had spent six years on research. The film will be released in cinemas next spring."
        ),
        "entertainment",
    ),
    (
        "Novelist's election satire wins literary prize",
        (
            "A satirical novel about a small town's mayoral election, in which rival candidates "
            "wage an escalating war of lawn signs, won a national literary prize on Thursday. The "
            "judges praised its humour. The author said she had drawn on her years as a local "
            "reporter."
        ),
        "entertainment",
    ),
    (
        "Record turnout as voters queue for hours",
        (
            "Voter turnout reached 78%, the highest in 30 years, the electoral commission said on "
            "Monday, as people queued for hours at polling stations in the cities. Some stations "
            "stayed open past midnight to let everyone in line vote. Counting was expected to "
            "take three days. Observers said the vote had been orderly. In some rural districts, "
            "polling staff travelled by canoe to reach voters."
        ),
        "other",
    ),
    (
        "Final results give no party a majority",
        (
            "Final results of the general election released on Wednesday gave no party a "
            "majority, with the centre-right on 121 seats and the centre-left on 114 in a "
            "300-seat parliament. Smaller parties will decide who governs. The president will "
            "begin consultations on Monday."
        ),
        "other",
    ),
    (
        "Electoral commission redraws constituency map",
        (
            "The electoral commission published a new constituency map on Tuesday that adds four "
            "seats to fast-growing urban areas and removes three from rural districts. Parties "
            "have 30 days to object."
        ),
        "other",
    ),
    (
        "Poll shows challenger closing gap in presidential race",
        (
            "The challenger has closed to within two points of the president, according to a "
            "survey published on Sunday, the narrowest margin of the campaign. Undecided voters "
            "make up about 11% of the sample. The poll of 2,000 adults has a margin of error of "
            "about two points."
        ),
        "other",
    ),
    (
        "New cabinet sworn in after six months of talks",
        (
            "The new coalition cabinet was sworn in on Monday, six months after the election, "
            "with 18 ministers from four parties. The prime minister said his priorities were "
            "housing and energy prices. It is the country's first government with a majority of "
            "women ministers."
        ),
        "other",
    ),
    (
        "Diaspora voters cast ballots at embassies abroad",
        (
            "Citizens living abroad began voting at embassies and consulates in 40 countries on "
            "Saturday, a week before the vote at home. Long queues formed outside consulates in "
            "Paris and London."
        ),
        "other",
    ),
]
