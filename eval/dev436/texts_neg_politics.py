"""dev436 negatives: ceasefire and reconstruction diplomacy in Cairo and Sharm el-Sheikh, Sudan
talks, the Nile dam, elections, an activist's case, and peaceful marches, strikes and walks.
(title, text, kind code); the text is written wrapped and joined with single spaces."""

_RAW = [
    (
        "Mediators in Cairo push Hamas and Israel towards second phase of Gaza truce",
        """Egyptian, Qatari and American mediators held talks in Cairo on Monday with Israeli and Hamas
        delegations to lay the groundwork for the second phase of the Gaza ceasefire, which is meant
        to bring a permanent end to the war and a full Israeli withdrawal, officials said. The
        ceasefire, which took effect on 19 January, has largely held, and several exchanges of Israeli
        hostages for Palestinian prisoners have taken place under its first phase. An Egyptian
        official told Ahram Online that the talks were focusing on the number of prisoners to be freed
        in the next stage, the reopening of the Rafah crossing and the arrangements for governing Gaza
        after the war. "The gaps are wide, but nobody wants to go back to the fighting," the official
        said. Hamas said in a statement that it was committed to the agreement and accused Israel of
        delaying the entry of tents and heavy machinery. The Israeli delegation was expected to return
        home on Tuesday for consultations. Egypt is preparing to host an international conference on
        rebuilding the Strip.""",
        "peace",
    ),
    (
        "Leaders sign Gaza peace declaration at Sharm el-Sheikh summit",
        """The leaders of Egypt, the United States, Qatar and Turkey signed a document on Monday backing the
        agreement to end the war in Gaza, at a summit in Sharm el-Sheikh attended by more than 20 heads
        of state and government. President Abdel-Fattah El-Sisi, who co-chaired the summit with US
        President Donald Trump, said the deal offered "a last chance" for peace in the region and
        called for a political path leading to a Palestinian state. Hours before the summit, the last
        living Israeli hostages held in Gaza were handed over to the Red Cross and nearly 2,000
        Palestinian prisoners and detainees were released by Israel under the terms of the agreement.
        Neither Israel nor Hamas was represented at the signing. The document commits the signatories
        to support the ceasefire, a reconstruction effort and a transitional administration in Gaza,
        though details remain to be negotiated. Sisi awarded Trump the Order of the Nile, Egypt's
        highest honour. Egypt said it would host a conference on Gaza's reconstruction in the coming weeks. Trump, who
        addressed the Knesset in Jerusalem earlier in the day, told the summit that "the war is over"
        and that the region could now turn to trade and investment. Residents of the resort watched
        motorcades sweep along the Peace Road under tight security. Palestinian President Mahmoud Abbas
        attended the ceremony, shaking hands with several leaders. Hotels in the town had been closed
        to ordinary tourists for two days.""",
        "peace",
    ),
    (
        "Arab summit in Cairo adopts Egypt's $53bn plan to rebuild Gaza",
        """Arab leaders meeting in Cairo on Tuesday adopted an Egyptian plan to rebuild Gaza over five
        years at a cost of $53bn, offering an alternative to US proposals to move the Strip's
        Palestinian population elsewhere. The plan, presented in a 112-page document, envisages
        clearing the rubble, building temporary housing for the displaced in seven sites inside Gaza
        and then reconstructing homes, hospitals, a port and an airport. Under the proposal, a
        committee of Palestinian technocrats would manage Gaza for six months under the supervision of
        the Palestinian Authority, President Abdel-Fattah El-Sisi said in his opening speech. Egypt will
        host an international conference to raise funds for the plan, and the World Bank and the
        European Union are expected to help manage contributions, officials said. Hamas welcomed the
        plan, while Israel's foreign ministry said it failed to address the realities on the ground.
        Jordan's King Abdullah told the summit that there could be no stability without a just
        solution. The summit also rejected any displacement of Palestinians from the West Bank.""",
        "peace",
    ),
    (
        "Sudanese civilian forces meet in Cairo in bid to end the war",
        """More than 600 representatives of Sudanese political parties, armed movements and civil society
        groups met in Cairo on Saturday in a conference that Egypt hopes will open a path to ending
        the war between the army and the Rapid Support Forces. Egyptian Foreign Minister Badr
        Abdelatty told the opening session that any solution must preserve Sudan's unity and state
        institutions and be led by Sudanese themselves. The meeting brought together rival civilian
        coalitions for the first time since fighting began in April 2023, though several groups
        refused to sign the final statement. Participants called for an immediate ceasefire, the
        opening of humanitarian corridors and the protection of civilians. "This is the first time we
        sit in the same room, and that alone is an achievement," a delegate from the Taqaddum coalition
        said. Neither the army nor the RSF took part. The conference ended with the formation of a
        committee to follow up on its recommendations, organisers said. Egypt hosts more than 1.2
        million Sudanese who have arrived since the war began, according to the foreign ministry.""",
        "peace",
    ),
    (
        "Jordan and Syria agree joint committee to fight drug smuggling across border",
        """Jordan and Syria agreed on Monday to form a joint security committee to combat drug smuggling
        across their border, after talks in Amman between the two countries' foreign ministers and
        intelligence chiefs. The meeting, the highest-level contact in more than a decade, also covered
        the return of Syrian refugees, water sharing from the Yarmouk River and the reopening of trade
        routes, according to a joint statement. Foreign Minister Ayman Safadi said Jordan would not
        accept its border being used to threaten the security of the kingdom. "Cooperation is the
        shortest road to securing the border," he told a news conference. Syria's foreign minister said
        Damascus was ready to work with Amman to stop the smuggling of Captagon, which Jordan says is
        flooding into the kingdom and on to the Gulf. The committee will meet monthly and exchange
        information on smuggling networks, officials said. Jordan hosts about 1.3 million Syrians,
        according to the government.""",
        "peace",
    ),
    (
        "Nile dam talks collapse as Cairo accuses Addis of 'imposing a fait accompli'",
        """Egypt said on Tuesday that talks with Ethiopia and Sudan on the Grand Ethiopian Renaissance Dam
        had ended in failure after the last round in Addis Ababa, and that it would "defend its water
        security by all means available under international law". The irrigation ministry said
        Ethiopia had rejected compromise proposals on the filling and operation of the dam and was
        seeking to impose a fait accompli on the downstream states. Ethiopia's foreign ministry accused
        Egypt of clinging to a "colonial-era mindset" and said it remained committed to a negotiated
        solution. The talks resumed in August after a two-year freeze, following an agreement between
        President Abdel-Fattah El-Sisi and Prime Minister Abiy Ahmed to reach a deal within four
        months. Commentators on Egyptian television spoke of a "water war", though officials have
        stressed that Cairo favours diplomacy. Egypt relies on the Nile for more than 90 percent of its
        fresh water. Ethiopia completed the fourth filling of the dam's reservoir in September. Cairo fears that in
        years of drought the dam could cut the flow reaching Lake Nasser, while Addis Ababa says it
        needs the project to bring power to millions of its citizens. Sudan, which once backed Egypt's
        position, has been absorbed by its own war since April.""",
        "politics",
    ),
    (
        "Sisi wins third term with 89.6% in election overshadowed by Gaza war",
        """President Abdel-Fattah El-Sisi won a third term in office with 89.6 percent of the vote, the
        National Election Authority announced on Monday, in an election held as the country grapples
        with an economic crisis and the war on its border. Turnout reached 66.8 percent, the highest
        in Egypt's history, the authority said, with more than 44 million people casting ballots over
        three days. Sisi's three challengers, none of them prominent, won about 10 percent between them.
        Potential candidate Ahmed Tantawy, a former MP, had dropped out of the race after saying his
        supporters were harassed and prevented from registering endorsements, accusations the
        authority denied. Pro-government media described the high turnout as a message of support for
        the state at a time of regional danger. "The Egyptian people fought the battle of the ballot
        box," a TV presenter said. The new term, which begins in April, is Sisi's last under the
        constitution as amended in 2019. Analysts expect a further devaluation of the pound after the
        vote.""",
        "politics",
    ),
    (
        "Islamic Action Front tops Jordan's parliamentary election",
        """The Islamic Action Front, the political arm of the Muslim Brotherhood in Jordan, won 31 of the 138
        seats in the House of Representatives, its best result in more than three decades, the
        Independent Election Commission said on Wednesday. The party took the largest share of votes
        in the new national list, which was introduced under electoral reforms, as well as several
        seats in local districts. Turnout was 32.25 percent, slightly higher than in the last election
        in 2020. Analysts said anger over the war in Gaza and economic hardship had boosted the
        Islamists, who campaigned on support for the Palestinians and against corruption. "People voted
        for the party that spoke for them in the street," a party official said at a victory rally in
        Amman. Parties loyal to the state will still hold a majority in the chamber. King Abdullah
        praised the conduct of the election and said the reforms would continue. The government is
        expected to resign and a new prime minister to be named in the coming days.""",
        "politics",
    ),
    (
        "Alaa Abd El-Fattah walks free after presidential pardon",
        """British-Egyptian activist Alaa Abd El-Fattah was released from prison on Tuesday after President
        Abdel-Fattah El-Sisi issued a pardon, ending a detention that had drawn campaigns in Egypt and
        abroad. Abd El-Fattah, a leading figure of the 2011 revolution, had been serving a five-year
        sentence for "spreading false news" over a social media post, and his family said he should
        have been freed in September 2024 when they say the term ended. His mother, mathematics
        professor Laila Soueif, had been on hunger strike for months to demand his release, and was
        admitted to hospital in London twice. "I cannot describe the feeling," his sister Mona Seif
        wrote on social media, posting a photograph of him at the family home in Giza. The presidency
        said the pardon was issued after a request from the National Council for Human Rights.
        Rights groups welcomed the release but said thousands of political prisoners remain behind
        bars. Britain's foreign secretary said he was delighted.""",
        "politics",
    ),
    (
        "Thousands march peacefully in downtown Amman after Friday prayers in support of Gaza",
        """Thousands of people marched from the Grand Husseini Mosque in downtown Amman after Friday prayers
        in a demonstration in support of Gaza, waving Palestinian and Jordanian flags and chanting
        against the war. The march, organised by the Islamic Action Front and national parties, passed
        off peacefully under the watch of police officers, who closed surrounding streets to traffic.
        Speakers called for the cancellation of the peace treaty with Israel and the gas agreement, and
        for the expulsion of the Israeli ambassador. "We are here every Friday and we will stay until
        the siege is lifted," said a retired teacher who came with his grandchildren. Similar marches
        were held in Irbid, Zarqa and Karak, according to organisers. The protesters dispersed in the
        early afternoon. A public security spokesman thanked participants for their "civilised
        behaviour" and said officers would continue to protect the right to peaceful expression.
        Marches have been held in the city centre almost every week since October.""",
        "protest",
    ),
    (
        "Mahalla textile workers strike over minimum wage, sit in at factory",
        """Thousands of workers at the state-owned Misr Spinning and Weaving Company in Mahalla al-Kubra
        went on strike on Thursday, demanding that the new minimum wage of 6,000 pounds be applied to
        them, workers and a labour rights group said. The strikers held a sit-in in the factory's
        courtyard and chanted that the company had "waged war on our bread", but production lines were
        stopped peacefully and no clashes were reported, a worker told Mada Masr. The government raised
        the minimum wage for public sector workers earlier this month, but the company, which falls
        under the public business sector, said it was not covered by the decision. Women workers, who
        make up a large part of the workforce, joined the sit-in in large numbers. The company's
        management met a delegation of workers on Saturday and promised to raise their grievances with
        the ministry. Mahalla's workers have a long history of labour action, including the strike of
        2008 seen as a prelude to the 2011 revolution.""",
        "protest",
    ),
    (
        "Lawyers boycott courts nationwide over new fees",
        """Lawyers across Egypt boycotted courts on Monday in protest at new fees imposed on filing cases and
        obtaining documents, bringing hearings in many provinces to a near halt, the Egyptian Bar
        Association said. The association's council called the one-day strike after talks with the
        judiciary failed, saying the fees put justice out of reach of ordinary citizens. Lawyers
        gathered in front of court buildings in Cairo, Alexandria and Mansoura holding banners, and
        some wore their black robes in silence. "We are not fighting the judges; we are fighting for the
        people who cannot pay," the head of the association said in a televised interview. Courts
        postponed hundreds of hearings, and detainees due to appear for renewal of their pre-trial
        detention were returned to prison. The Supreme Judicial Council said it would study the
        association's demands. The bar association warned of an open-ended strike if the fees were not
        cancelled.""",
        "protest",
    ),
    (
        "Jobless men from Aqaba reach Amman after 325-kilometre walk",
        """A group of about 100 unemployed young men from Aqaba reached Amman on Friday after walking for
        nine days along the Desert Highway to demand jobs, and set up a tent opposite the Royal Court.
        The men, who call themselves the "Aqaba job seekers", were joined along the way by others from
        Ma'an, Tafileh and Karak, and slept in mosques and in tents offered by residents. "We did not
        come to make trouble; we came to ask for work," said a 27-year-old university graduate who has
        been unemployed for five years. Police escorted the march and provided water on the road,
        participants said. A Royal Court official met a delegation from the group on Saturday and
        promised to look at their demands. Unemployment in Jordan has reached 19 percent, and is
        higher among young people and in the southern governorates. The marchers said they would stay
        in Amman until they received written commitments.""",
        "protest",
    ),
]

NEGATIVES = [(title, " ".join(text.split()), kind) for title, text, kind in _RAW]
