"""dev235 negatives, part A: the chamber itself. Leadership fights, brawls and fistfights,
filibusters, walkouts, impeachments, censure motions and "attacks" on ministers, with the
desk's war words used loosely. (title, text, kind code)."""

NEGATIVES = [
    (
        "McCarthy wins speakership on 15th ballot after week of open warfare",
        "Kevin McCarthy was elected speaker of the House of Representatives early on Saturday "
        "on the 15th ballot, ending a four-day siege by a band of hard-right Republicans that "
        "had paralysed the chamber. The final vote came after a near-brawl on the floor, when "
        "Representative Mike Rogers lunged towards Matt Gaetz and had to be pulled back by a "
        "colleague. It was the longest contest for the gavel since before the Civil War. "
        "McCarthy won over most of his holdouts by agreeing that a single member could force a "
        "vote to remove him, a concession allies warned would leave him hostage to his right "
        'flank. "That was the easy part," a senior Republican aide said. Democrats voted for '
        "their own leader, Hakeem Jeffries, on every ballot. Members were sworn in shortly "
        "after 1:30 a.m. and the chamber adjourned until Monday.",
        "politics",
    ),
    (
        "Punches thrown as Taiwan's legislature fights over reform bills",
        "Lawmakers in Taiwan's Legislative Yuan shoved, slapped and tackled one another on "
        "Friday in a brawl over bills that would give parliament more power to scrutinise the "
        "government. Members of the ruling Democratic Progressive Party rushed the speaker's "
        "podium before dawn to stop a vote, and opposition Kuomintang legislators tried to pull "
        "them away, dragging some across the floor. One DPP legislator snatched papers and ran "
        "out of the chamber with them. Several members were taken to hospital, one after "
        "falling from a table, according to local media. The KMT and the Taiwan People's Party "
        "together hold a majority and say the changes are needed to hold the executive to "
        "account. President-elect Lai Ching-te, who takes office on Monday, has called the "
        "package unconstitutional. Debate is due to resume next week.",
        "politics",
    ),
    (
        "Georgian MP punches ruling party leader during debate on 'foreign agents' bill",
        "A debate in Georgia's parliament on a bill requiring organisations that receive "
        "foreign money to register as agents of foreign influence descended into a fistfight "
        "on Monday. Aleko Elisashvili, an opposition deputy, walked up to the podium and "
        "punched Mamuka Mdinaradze, the parliamentary leader of the ruling Georgian Dream "
        "party, as he was speaking. Dozens of members then joined a scrum in front of the "
        "rostrum before the session was halted. Video of the scuffle was shared widely online. "
        "The ruling party withdrew a similar bill last year after mass protests, and critics "
        "say the new version is modelled on a Russian law used to silence dissent. "
        "Mdinaradze said the bill would go ahead. The European Union's delegation said the "
        "law was incompatible with the country's candidate status.",
        "politics",
    ),
    (
        "Security officers remove EFF MPs from chamber as Zuma speech descends into chaos",
        "President Jacob Zuma's state of the nation address was delayed by more than an hour "
        "on Thursday after members of the Economic Freedom Fighters repeatedly interrupted "
        "him, demanding to know when he would pay back money spent on his Nkandla homestead. "
        "Speaker Baleka Mbete ordered the EFF members out, and when they refused, "
        "plain-clothes parliamentary security officers entered the chamber and carried them "
        "out in a scuffle. Several EFF MPs said they had been punched, and one woman member "
        "said she had been hit with a helmet. Opposition Democratic Alliance members walked "
        "out in protest at the presence of security officers on the floor of the house. "
        "Mobile signals in the chamber had been jammed before the address began. Zuma laughed "
        "as he resumed, and EFF leader Julius Malema said the party would go to court.",
        "politics",
    ),
    (
        "Booker ends 25-hour speech, breaking Senate record",
        "Senator Cory Booker of New Jersey yielded the floor on Tuesday evening after speaking "
        "for 25 hours and five minutes, breaking a record for the longest Senate speech that "
        "had stood since Strom Thurmond's filibuster against the Civil Rights Act of 1957. "
        "Booker, who did not sit down or leave the chamber, used the marathon to attack the "
        "policies of President Donald Trump, from cuts to Social Security offices to tariffs. "
        '"I am here tonight because I believe sincerely that our country is in crisis," he '
        "said in his opening remarks. Democratic colleagues kept him company by asking long "
        "questions, allowing him to pause. The speech was not technically a filibuster, "
        "since no bill was pending, but aides said it was meant to rally supporters who have "
        "complained that the party's leaders are not fighting hard enough. Republicans "
        "dismissed the performance as a stunt.",
        "politics",
    ),
    (
        "Starmer retreats on disability cuts as 49 Labour MPs defy whips in welfare vote",
        "Keir Starmer was forced into a humiliating retreat on Tuesday night after more than "
        "120 Labour MPs threatened to vote against cuts to disability benefits, the largest "
        "backbench rebellion of his premiership. Ministers offered concessions in a bid to "
        "head off the revolt, but 49 Labour MPs still voted against the bill at second "
        "reading. One former minister described the whips' tactics as a scorched-earth "
        "operation, and several rebels said they had been threatened with losing their seats. "
        "The government's majority fell to 75. The chancellor, Rachel Reeves, faces a bruising "
        "battle over the autumn budget after the changes left a hole of about £5 billion in "
        "her plans. Downing Street insisted it had listened to colleagues. Opposition parties "
        "said the government had lost control of its own benches.",
        "politics",
    ),
    (
        "South Korean lawmakers vote to impeach Yoon over martial law decree",
        "South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol "
        "over his short-lived declaration of martial law, suspending him from office. The "
        "motion passed with 204 votes to 85, after 12 members of Yoon's own People Power Party "
        "broke ranks. Tens of thousands of people who had gathered outside the assembly in "
        "freezing weather cheered and waved light sticks as the result was announced. Prime "
        "Minister Han Duck-soo becomes acting president while the Constitutional Court "
        "decides, within 180 days, whether to uphold the impeachment. Yoon said he would "
        "never give up. A first impeachment vote a week earlier failed after most ruling party "
        "members walked out of the chamber. The won rose slightly against the dollar after the "
        "vote.",
        "politics",
    ),
    (
        "Peru's Congress ousts Boluarte in overnight vote",
        "Peru's Congress voted in the early hours of Friday to remove President Dina Boluarte "
        "for permanent moral incapacity, the latest in a series of abrupt changes at the top "
        "that have given the country six presidents in less than a decade. The motion passed "
        "with 122 votes and none against after her former allies abandoned her. Boluarte, "
        "whose approval rating had fallen to low single digits, did not appear before "
        "lawmakers to defend herself. Congress president José Jerí was sworn in as head of "
        "state shortly afterwards and promised a war on crime before elections due in April. "
        "Analysts said the legislature had become the real centre of power in Lima. Bond "
        "prices barely moved. Boluarte's lawyer said the vote was unconstitutional.",
        "politics",
    ),
    (
        "Opposition walks out of Lok Sabha as Speaker refuses debate on Adani",
        "Opposition members walked out of the Lok Sabha on Monday after Speaker Om Birla "
        "rejected their demand for a debate on bribery charges filed in the United States "
        "against the industrialist Gautam Adani. Congress and its allies had forced "
        "adjournments for four straight days, shouting slogans and holding placards in the "
        "well of the house. Rahul Gandhi, the leader of the opposition, told reporters outside "
        "Parliament that the government was shielding the group. Ministers accused the "
        "opposition of wasting the winter session and holding the house to ransom. Only two "
        "of the 16 bills listed for the session have been passed so far. The Adani Group has "
        "denied wrongdoing. The Rajya Sabha was also adjourned after opposition protests.",
        "politics",
    ),
    (
        "Senator savages minister in estimates as Greens launch fresh attack over visas",
        "The Home Affairs minister came under sustained attack at a Senate estimates hearing "
        "in Canberra on Tuesday, as Greens and Coalition senators grilled officials over the "
        "release of immigration detainees after a High Court ruling. One Liberal senator "
        "accused the department of losing control of the border and fired off more than 40 "
        "questions in an hour. The secretary of the department defended his staff and said "
        "they had acted within the law. A Greens senator said the government had torpedoed its "
        "own credibility, while Labor members accused the opposition of a scare campaign. The "
        "committee adjourned at 11 p.m. after the chair cut off questioning. Officials took "
        "dozens of questions on notice and are expected to reply within six weeks.",
        "politics",
    ),
    (
        "Trudeau survives first Conservative no-confidence motion",
        "Justin Trudeau's minority government survived a Conservative no-confidence motion in "
        "the House of Commons on Wednesday after the Bloc Québécois and the New Democrats "
        "voted against it. The motion was defeated by 211 votes to 120. The Conservative "
        "leader, Pierre Poilievre, who has a double-digit lead in opinion polls, said he would "
        "keep firing motions until the government fell, and a second one is expected next "
        "week. The NDP leader, Jagmeet Singh, who ended his party's supply-and-confidence "
        "agreement with the Liberals this month, said he would not give Poilievre the "
        "ammunition he wanted. The Bloc has demanded higher pensions in exchange for its "
        "support. The next federal election must be held by October next year.",
        "politics",
    ),
    (
        "Von der Leyen survives censure motion in European Parliament",
        "Ursula von der Leyen comfortably survived a censure motion in the European Parliament "
        "on Thursday, the first against a Commission president in more than a decade. Only 175 "
        "MEPs voted in favour, with 360 against and 18 abstentions, far short of the two-thirds "
        "majority needed to bring down the Commission. The motion was tabled by a Romanian "
        "far-right MEP over the Commission's refusal to publish text messages between von der "
        "Leyen and the chief executive of Pfizer. During Monday's debate, the Commission "
        "president accused its backers of trying to drive a wedge between Europe's democrats. "
        "Socialist and liberal groups voted against but warned they expected more influence in "
        "return. A spokesman said the Commission would now focus on the budget.",
        "politics",
    ),
    (
        "Deputy hurt in brawl in Italy's lower house over regional autonomy law",
        "A brawl broke out in Italy's Chamber of Deputies on Wednesday during a debate on a "
        "law granting more powers to the regions, leaving an opposition deputy in a "
        "wheelchair. Leonardo Donno of the Five Star Movement approached a minister to hand "
        "him an Italian flag, and was surrounded by members of the governing coalition, "
        "several of whom threw punches. Donno was taken out of the chamber on a wheelchair and "
        "examined at hospital, his party said. The chamber's bureau later suspended several "
        "deputies for up to 15 days. Opposition leaders called the scenes a disgrace and "
        "accused the ruling parties of squadrismo. The bill, championed by the League, passed "
        "the chamber the following week. Prime Minister Giorgia Meloni did not comment on the "
        "scuffle.",
        "politics",
    ),
    (
        "Kenyan MPs vote to impeach Deputy President Gachagua",
        "Kenya's National Assembly voted on Tuesday night to impeach Deputy President Rigathi "
        "Gachagua on 11 charges including corruption, undermining the government and "
        "promoting ethnic division. The motion was backed by 281 of the 349 members, well above "
        "the two-thirds majority required. Gachagua, who fell out with President William Ruto "
        "this year, denied all the charges and told the house that the case against him was a "
        "political lynching. The Senate will now hold a trial, and two-thirds of senators must "
        "agree for him to be removed. His lawyers have filed several cases in the High Court to "
        "stop the process. It is the first time a deputy president has been impeached under "
        "the 2010 constitution. Ruto, who was abroad, has not commented.",
        "politics",
    ),
]
