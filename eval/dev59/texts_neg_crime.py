"""Negatives of eval/dev59: crime and courts (README.md)."""

NEGATIVES = [
    (
        "Former governor arrested over missing campaign funds",
        (
            "Anti-corruption agents arrested a former state governor at his home on Tuesday over "
            "the alleged diversion of 80 billion naira from state accounts, part of which "
            "investigators say paid for his party's last campaign. He was taken to the agency's "
            "headquarters for questioning. His lawyers said the arrest was politically motivated "
            "and that he would cooperate."
        ),
        "crime",
    ),
    (
        "Opposition mayor detained in corruption probe weeks before primary",
        (
            "Police detained the opposition mayor of a major city in a corruption investigation "
            "into municipal tenders on Wednesday, weeks before his party was due to name him as "
            "its presidential candidate. A court ordered him held pending trial. Thousands of his "
            "supporters gathered outside the courthouse, and the government denied any political "
            "motive."
        ),
        "crime",
    ),
    (
        "Police hunt gunman after mayoral hopeful is shot dead outside bakery",
        (
            "A candidate for mayor of a small town was shot dead outside a bakery on Sunday "
            "morning by a man who fled on foot, police said. Investigators said they had not "
            "established a motive and were questioning relatives and business associates of the "
            "victim, who ran a haulage company. The regional police chief said there was no "
            "indication so far that the killing was linked to the campaign. The election will go "
            "ahead with the remaining three candidates."
        ),
        "crime",
    ),
    (
        "Man stabs councillor at town hall; police cite personal dispute",
        (
            "A man stabbed a town councillor in the shoulder at a public meeting in the town hall "
            "on Thursday evening before being overpowered by residents, police said. The "
            "councillor was treated in hospital and released. Police said the 52-year-old suspect "
            "had a long-running dispute with the councillor over a building permit and that there "
            "was no political motive."
        ),
        "crime",
    ),
    (
        "Candidate's aide stabbed in robbery after rally, police say",
        (
            "An aide to a parliamentary candidate was stabbed and robbed of his phone and wallet "
            "as he walked to his car after a rally on Friday night, police said. Two teenagers "
            "were arrested nearby."
        ),
        "crime",
    ),
    (
        "Stabbing at campaign event: attacker had psychiatric history, prosecutors say",
        (
            "Prosecutors said on Monday that the man who stabbed a volunteer at a campaign stall "
            "in a shopping street on Saturday had a long psychiatric history and had not known "
            "which party the stall belonged to. The volunteer suffered cuts to her arm. The "
            "suspect was placed in a psychiatric unit, and prosecutors found no political motive."
        ),
        "crime",
    ),
    (
        "Bomb threats emailed to polling places in several states prove hoaxes",
        (
            "Dozens of polling places in four states received emailed bomb threats on election "
            "day, forcing a few to close briefly while police searched them, officials said. No "
            "devices were found, and voting hours were extended at the affected sites. The FBI "
            "said many of the threats appeared to come from Russian email domains. Russia denied "
            "any involvement."
        ),
        "crime",
    ),
    (
        "Man charged with threatening to kill election officials",
        (
            "A 45-year-old man was charged on Thursday with sending messages threatening to kill "
            "county election officials and their families after the primary, federal prosecutors "
            "said. He was arrested at his home without incident. Officials said threats against "
            "election workers had risen sharply since the last presidential election."
        ),
        "crime",
    ),
    (
        "Officials charged with vote buying after cash found in party office",
        (
            "Police charged three local party officials with vote buying after finding envelopes "
            "holding the equivalent of 40,000 dollars in small notes at a party office, two days "
            "before the provincial election. Each envelope carried a voter's name and address. "
            "The party said it would suspend the officials pending the investigation."
        ),
        "crime",
    ),
    (
        "Polling officials jailed for falsifying tally sheets",
        (
            "A court sentenced four polling station officials to three years in prison for "
            "altering tally sheets to add votes for a candidate in last year's municipal "
            "election. Prosecutors said the changes had added about 400 votes. The candidate, who "
            "won by fewer than 100 votes, was not charged."
        ),
        "crime",
    ),
    (
        "Arms cache seized from politician's farm before election",
        (
            "Police seized 23 rifles and several thousand rounds of ammunition from a farm owned "
            "by a provincial politician in a raid on Tuesday, and arrested two caretakers. The "
            "politician said the weapons belonged to licensed security guards. The election "
            "commission had ordered a ban on carrying firearms during the campaign period."
        ),
        "crime",
    ),
    (
        "Ex-president sentenced over illegal campaign financing",
        (
            "A court sentenced a former president to one year under house arrest with an "
            "electronic tag for illegal financing of his unsuccessful re-election campaign. The "
            "court found that his campaign had spent nearly twice the legal limit and hidden the "
            "overspending through false invoices."
        ),
        "crime",
    ),
    (
        "Coup plot foiled, say authorities, as officers are arrested",
        (
            "The authorities said on Friday they had foiled a coup plot and arrested eleven army "
            "officers and two civilians accused of planning to overthrow the government before "
            "next month's election. The government spokesman said no weapons had been used and "
            "the plotters had been detained in their homes. Opposition parties called for the "
            "evidence to be made public. It was the third plot the government has announced in "
            "two years."
        ),
        "crime",
    ),
    (
        "Mayor's killing tied to land dispute, prosecutors say",
        (
            "Prosecutors said on Tuesday that the killing of a village mayor last month stemmed "
            "from a dispute over farmland with a neighbouring family, and charged two brothers "
            "with murder. The mayor, who had been re-elected in the spring, was shot at his gate. "
            "Prosecutors said they had ruled out any link to politics."
        ),
        "crime",
    ),
    (
        "Deepfake robocall faked president's voice before primary, investigators say",
        (
            "Investigators said on Tuesday that a robocall that used an artificially generated "
            "imitation of the president's voice to urge voters to stay home in a state primary "
            "had been commissioned by a political consultant. He faces charges of voter "
            "suppression and impersonating a candidate. The telecoms company that carried the "
            "calls was fined."
        ),
        "crime",
    ),
]
