"""Negatives of eval/dev59: campaign and parliamentary vocabulary (README.md)."""

NEGATIVES = [
    (
        "Campaigns pour money into attack ads in three battleground states",
        (
            "Both presidential campaigns have booked more than 200 million dollars of television "
            "time in Pennsylvania, Michigan and Wisconsin for the final six weeks, much of it for "
            "attack ads, according to an ad-tracking firm. One campaign's newest spot attacks its "
            "rival's record on housing costs, while the other's hits back over tariffs. "
            "Strategists expect the battleground states to decide the election by a few thousand "
            "votes. Turnout there is expected to break records."
        ),
        "politics",
    ),
    (
        "Finance minister under fire over leaked budget figures",
        (
            "The finance minister came under fire from all sides in parliament on Tuesday after "
            "figures from the autumn budget appeared in a newspaper two days before she was due "
            "to present them. Opposition leaders demanded her resignation, and backbenchers in "
            "her own party said the leak had torpedoed the government's message. She told the "
            "chamber she had ordered an inquiry and would not step down."
        ),
        "politics",
    ),
    (
        "Inside the war room: campaign staff brace for election night",
        (
            "The opposition's campaign war room in a converted warehouse in the city centre is "
            "staffed around the clock by about 60 young volunteers watching results dashboards "
            "and social media feeds. Staff say the mood swings hourly as new polls arrive. The "
            "party's chief strategist told reporters the team was ready to rebut any claim from "
            "the government side within ten minutes."
        ),
        "politics",
    ),
    (
        "Landslide win hands ruling party two-thirds majority",
        (
            "The ruling party won a landslide in Sunday's parliamentary election, taking 231 of "
            "the 300 seats and securing the two-thirds majority it needs to amend the "
            "constitution, official results showed. The main opposition alliance lost more than "
            "half its seats. International observers said the vote was orderly but that the "
            "campaign had been skewed by the governing party's dominance of the media. The prime "
            "minister said he would use the mandate to reform the judiciary."
        ),
        "politics",
    ),
    (
        "Conservatives suffer local election bloodbath as council seats fall",
        (
            "The governing party lost nearly 500 council seats in local elections in England, a "
            "result one of its own members of parliament called a bloodbath. Party officials "
            "blamed low turnout among their supporters, while the opposition leader said the "
            "results showed the country wanted change. Several council leaders lost their own "
            "seats."
        ),
        "politics",
    ),
    (
        "Knives out for party leader after disastrous by-election",
        (
            "Senior figures in the governing party were openly sharpening their knives on Friday "
            "after it lost a safe seat it had held for 70 years in a by-election, with two former "
            "cabinet ministers calling for a change of leader. Allies of the prime minister said "
            "it was the wrong moment for a leadership battle. A group of backbenchers was said to "
            "be gathering names for a letter of no confidence. The prime minister's spokesman "
            "said she would lead the party into the next election. A cabinet minister resigned in "
            "the evening, saying the government had lost its way."
        ),
        "politics",
    ),
    (
        "Party coup topples premier in late-night caucus vote",
        (
            "The prime minister was ousted in a party-room coup late on Monday when his deputy "
            "won a leadership ballot by 54 votes to 44, ending a week of manoeuvring by his "
            "rivals. The new leader will be sworn in as prime minister on Wednesday. The defeated "
            "premier said he would remain in parliament and wished his successor well. It was the "
            "fourth time in a decade that a sitting prime minister had been removed by his own "
            "party."
        ),
        "politics",
    ),
    (
        "Insurgent candidate upsets party veteran in Bronx primary",
        (
            "A 28-year-old community organiser running as an insurgent candidate defeated a "
            "ten-term congressman in a Democratic primary on Tuesday, in one of the biggest "
            "upsets of the year. She had run a shoestring campaign, knocking on doors and raising "
            "money in small donations."
        ),
        "politics",
    ),
    (
        "Guerrilla campaign on social media lifts outsider in Chile's polls",
        (
            "An outsider candidate with almost no party machine has climbed to second place in "
            "Chile's presidential polls on the strength of a guerrilla campaign of short videos "
            "and livestreams that reach millions of young voters. His team says it has spent less "
            "than a tenth of what the front-runner has. Analysts say the campaign is hard for "
            "established parties to counter."
        ),
        "politics",
    ),
    (
        "Opposition unveils decapitation strategy to unseat finance minister",
        (
            "The opposition's campaign chief said on Sunday that the party would pour volunteers "
            "and money into the finance minister's marginal seat in a decapitation strategy aimed "
            "at removing him from parliament. A similar tactic failed at the last election, when "
            "the targeted ministers held on. The minister dismissed the plan as a publicity "
            "stunt. He won the seat by 1,200 votes at the last election."
        ),
        "politics",
    ),
    (
        "Democrats bet on ground game to target young voters in Arizona",
        (
            "Democratic organisers in Arizona say they have opened 30 field offices and recruited "
            "4,000 volunteers to knock on doors in an effort to target young and Latino voters "
            "who sat out the midterms. Republicans say their own ground game is stronger than "
            "four years ago, with paid canvassers in every county. Early voting begins in three "
            "weeks."
        ),
        "politics",
    ),
    (
        "Campaign's volunteer shock troops fan out across Rust Belt",
        (
            "The candidate's volunteer shock troops, several thousand union members and students "
            "who arrived by bus over the weekend, fanned out across suburbs of Detroit and "
            "Cleveland on Saturday to knock on doors. Organisers said the army of volunteers had "
            "reached 300,000 homes in two days. The rival campaign said it was relying on paid "
            "canvassers and digital targeting. Polls show the race within the margin of error in "
            "both states."
        ),
        "politics",
    ),
    (
        "Rival camps trade fire in bruising televised debate",
        (
            "The two candidates for mayor traded fire over housing, crime and public transport in "
            "a bruising televised debate on Tuesday evening, repeatedly interrupting each other. "
            "The incumbent accused his challenger of planning deep cuts, while she attacked his "
            "record on rent. Viewers polled after the debate were split on who had won."
        ),
        "politics",
    ),
    (
        "Senate leader threatens nuclear option to end filibuster on nominees",
        (
            "The Senate majority leader said on Thursday he was prepared to use the so-called "
            "nuclear option to change the chamber's rules and confirm dozens of stalled nominees "
            "by a simple majority. The minority leader warned it would poison relations for "
            "years."
        ),
        "politics",
    ),
    (
        "Party launches blitz of rallies in final week of campaign",
        (
            "The prime minister will hold 40 rallies in seven days across the country's northern "
            "states in a final campaign blitz before the vote, her party announced. The "
            "opposition leader plans a helicopter tour of 25 constituencies. Electoral rules "
            "require campaigning to end 48 hours before polls open."
        ),
        "politics",
    ),
    (
        "Scorched-earth campaign leaves governor's race in trench warfare",
        (
            "After months of scorched-earth advertising in which each candidate accused the other "
            "of lying about taxes, the governor's race is locked in trench warfare with both "
            "sides at 46% in the latest poll. Analysts say neither candidate has found a way to "
            "break out. Outside groups have spent a record sum on the contest."
        ),
        "politics",
    ),
    (
        "Negotiator torpedoes Dutch coalition deal at the last minute",
        (
            "Coalition talks in the Netherlands broke down on Wednesday night after one party's "
            "lead negotiator torpedoed a draft agreement over asylum policy, participants said. "
            "The king's envoy will try to restart talks next week. Parties have been negotiating "
            "for four months since the election."
        ),
        "politics",
    ),
    (
        "Former aide drops bombshell in memoir about president's campaign",
        (
            "A former senior aide has dropped a bombshell in her memoir, writing that the "
            "president's campaign knew about a damaging poll weeks before it was leaked. The "
            "campaign called the book fiction."
        ),
        "politics",
    ),
    (
        "Smear campaign is political assassination, says minister",
        (
            "A minister said on Monday she was the victim of a political assassination by rivals "
            "who had spread false claims about her property dealings on social media. She said "
            "she had asked lawyers to sue several accounts for defamation. The opposition said "
            "she should answer the questions rather than attack journalists."
        ),
        "politics",
    ),
    (
        "Party purges candidate list ahead of regional vote",
        (
            "The ruling party has purged more than 80 sitting councillors from its candidate list "
            "for next month's regional elections, replacing them with younger figures loyal to "
            "the new leadership. Several of those dropped said they would run as independents. "
            "Party officials said the list reflected the members' wishes."
        ),
        "politics",
    ),
    (
        "Minister survives no-confidence vote after fiery debate",
        (
            "The interior minister survived a no-confidence vote in parliament by 14 votes on "
            "Thursday after a fiery six-hour debate over the handling of migration. Opposition "
            "deputies accused him of losing control of the borders, and he accused them of "
            "opportunism. The motion needed an absolute majority to pass."
        ),
        "politics",
    ),
    (
        "Centrist party wiped out as voters desert coalition",
        (
            "The centrist party that helped form the last government was wiped out in Sunday's "
            "election, losing all 18 of its seats, as voters deserted the outgoing coalition. Its "
            "leader resigned on election night, saying the party had been caught in the crossfire "
            "between left and right. The conservatives finished first with 29%."
        ),
        "politics",
    ),
    (
        "Campaign manager says opponents are targeting suburban women",
        (
            "The campaign manager of the governor told a breakfast briefing that the opposition "
            "was targeting suburban women with digital ads about school funding, and that his "
            "team would respond with its own targeted mailers. He said internal polling showed "
            "the race tightening in two counties. The opposition declined to comment on its "
            "strategy."
        ),
        "politics",
    ),
    (
        "Candidates sign code of conduct, pledge to avoid hate speech",
        (
            "All 14 presidential candidates signed a code of conduct in the capital on Monday "
            "pledging to avoid hate speech, accept the results and resolve disputes in court. The "
            "electoral commission chairman said the campaign had so far been calm. Civil society "
            "groups will monitor candidates' speeches on radio and social media. The last "
            "election was followed by weeks of disputes in court."
        ),
        "politics",
    ),
    (
        "Opposition alleges vote rigging and rejects provisional results",
        (
            "The main opposition party rejected the provisional results of Sunday's presidential "
            "election, saying it had evidence of ballot stuffing in 2,000 polling stations and "
            "inflated turnout in the president's home region. The electoral commission said the "
            "process had been transparent. The party said it would present its evidence to the "
            "constitutional court. Observers from the regional bloc said they had seen "
            "irregularities but could not say whether they affected the outcome. The final "
            "results are due on Thursday."
        ),
        "politics",
    ),
    (
        "Constitutional court upholds president's re-election",
        (
            "The constitutional court upheld the president's re-election on Thursday, rejecting "
            "the opposition's petition alleging fraud in the tally of results. The judges said "
            "the irregularities cited were not large enough to have changed the outcome. The "
            "opposition leader said he accepted the ruling but would keep fighting at the ballot "
            "box."
        ),
        "politics",
    ),
    (
        "Supreme court annuls presidential election and orders new vote",
        (
            "The supreme court annulled last month's presidential election on Friday, saying the "
            "electoral commission had failed to conduct it in line with the constitution, and "
            "ordered a new vote within 60 days. It was the first time a court in Africa had "
            "overturned a presidential result. The president said he disagreed with the ruling "
            "but would respect it. The electoral commission said it would appoint new officials "
            "to run the repeat vote."
        ),
        "politics",
    ),
    (
        "Recount confirms narrow win for incumbent in Georgia county",
        (
            "A hand recount of five million ballots confirmed the incumbent's narrow lead in the "
            "state, election officials said on Thursday, with a margin of just over 12,000 votes. "
            "Officials said the recount had found a few thousand uncounted ballots in two "
            "counties but no evidence of fraud. The losing campaign said it would request a "
            "further machine recount."
        ),
        "politics",
    ),
    (
        "Party insurgents seize control of national executive",
        (
            "A left-wing insurgency inside the party took control of its national executive on "
            "Saturday, winning 22 of 30 seats in internal elections, in a blow to the leadership. "
            "The new executive is expected to push for changes in how candidates are selected. "
            "The leader said he would work with whoever the members chose."
        ),
        "politics",
    ),
    (
        "Governor's war chest tops 50 million dollars ahead of re-election fight",
        (
            "The governor has amassed a war chest of more than 50 million dollars for his "
            "re-election fight, campaign filings showed on Monday, more than five times his "
            "nearest challenger. Much of the money came from a handful of large donors."
        ),
        "politics",
    ),
    (
        "Mayor calls budget cuts a declaration of war on the city",
        (
            "The mayor said on Wednesday that the state government's planned cuts to city funding "
            "amounted to a declaration of war on the city and its residents. State officials said "
            "the cuts were needed to balance the budget and would be spread fairly. Council "
            "members from both parties joined the mayor at a news conference outside city hall."
        ),
        "politics",
    ),
    (
        "Junta sets date for elections and bars coup leaders from running",
        (
            "The military government announced that presidential and legislative elections would "
            "be held in 18 months and that members of the transitional authorities would not be "
            "allowed to stand. The regional bloc welcomed the timetable but said it would keep "
            "some sanctions in place until the vote. Opposition parties said the period was too "
            "long. The military seized power last year."
        ),
        "politics",
    ),
    (
        "Ruling party warns of political earthquake if turnout falls",
        (
            "The ruling party's secretary general warned supporters on Sunday that a political "
            "earthquake could follow if they stayed home in the regional elections, as polls "
            "showed the far right in first place. The party is holding rallies in every "
            "provincial capital this week. Turnout was 61% at the last regional vote."
        ),
        "politics",
    ),
    (
        "Electoral commission targets 90 million new voters in registration drive",
        (
            "The electoral commission has launched a nationwide registration drive targeting 90 "
            "million eligible voters who have never registered, with mobile teams visiting "
            "villages and universities. Officials said the campaign would run for three months. "
            "Previous drives have struggled to reach young people and migrant workers."
        ),
        "politics",
    ),
    (
        "Candidate ambushed by questions about offshore accounts",
        (
            "The front-runner was ambushed at a campaign press conference on Thursday by "
            "reporters asking about offshore accounts revealed in a leak of financial documents. "
            "He cut the event short and later said the accounts had been declared to the tax "
            "authorities."
        ),
        "politics",
    ),
    (
        "Kingmaker party holds coalition talks hostage over ministry demand",
        (
            "The small nationalist party that holds the balance of power after the election said "
            "it would not back any government that refused it the interior ministry, holding "
            "coalition talks hostage for a third week. The largest party said the demand was "
            "unacceptable. Without a deal, the president may call a new election."
        ),
        "politics",
    ),
]
