"""Negatives of dev331: the business of screens (streaming wars, ratings battles, bids),
broadcasting politics, strikes and pickets, and the desk's ordinary news.
(title, text, kind code); texts are written wrapped and joined here."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "Streaming wars enter new phase as Disney+ and Netflix raise prices again",
        _t("""Disney said on Wednesday it would raise the price of its ad-free Disney+ plan in the
        United States by 27% and start cracking down on password sharing, the latest move in a
        streaming war that has shifted from chasing subscribers to chasing profits. The company
        lost 11.7 million Disney+ subscribers in the last quarter, mostly in India after it lost
        the rights to stream cricket, but its streaming losses narrowed to $512 million. Netflix,
        which fired the first shot in the password battle earlier this year, said its own
        crackdown had added nearly six million members. Analysts said the market was entering a
        period of consolidation, with weaker services likely to be merged or sold. "Nobody is
        winning this war by spending more on content any more," said one media analyst in
        London. Warner Bros Discovery and Paramount are also raising prices and cutting costs.
        Consumers, meanwhile, are increasingly cancelling one service and subscribing to another
        every few months, a habit the industry calls churn."""),
        "economy",
    ),
    (
        "Election night ratings battle: Fox News crushes rivals as 42 million tune in",
        _t("""Fox News drew an average of 10.3 million viewers during prime time on election night,
        beating every broadcast and cable network in the ratings battle, according to Nielsen
        figures released on Wednesday. Across all networks, about 42 million Americans watched
        the results come in between 7 p.m. and 11 p.m. Eastern time, fewer than four years ago. MSNBC
        came second among cable channels, while CNN had its smallest election night audience in
        more than a decade. ABC led the traditional broadcasters. Streaming and online viewing,
        not fully captured by the figures, rose sharply, with one network saying its livestream
        had been watched by 25 million unique users. Executives at the losing channels played
        down the figures, saying their digital audiences were younger. Media analysts said the
        gap underlined how much the cable news war had become a contest of partisan loyalty.
        Fox's anchors thanked viewers on air the following morning."""),
        "economy",
    ),
    (
        "Paramount launches hostile bid for Warner Bros Discovery after losing auction",
        _t("""Paramount Skydance launched a hostile takeover bid for Warner Bros Discovery on
        Monday, offering shareholders $30 a share in cash days after the board agreed to sell its
        studios and streaming business to Netflix. The all-cash offer values the company at about
        $108 billion including debt and sets up one of the biggest bidding wars in the history of
        Hollywood. Paramount's chief executive said his offer was "superior" and faced a quicker
        path through competition regulators. Netflix said it remained confident in its agreed
        deal. Shares in Warner Bros Discovery rose 4% in early trading. The fight is for control
        of the studio behind Batman, Harry Potter and HBO, as well as its CNN news channel, which
        Paramount would keep. Unions and cinema owners have warned that either deal would reduce
        the number of films released in theatres. Regulators in Washington and Brussels are
        expected to take months to review."""),
        "economy",
    ),
    (
        "India's cricket streaming price war ends in $8.5bn Reliance-Disney merger",
        _t("""Reliance Industries and Walt Disney have agreed to merge their Indian media
        businesses in a deal valuing the combined company at about $8.5 billion, ending a costly
        price war between their streaming services over cricket and entertainment. The new
        group will own more than 100 television channels and two streaming platforms, JioCinema
        and Disney+ Hotstar, with a combined audience of about 750 million viewers. Reliance
        upended the market two years ago by streaming the Indian Premier League for free after
        outbidding Disney for the digital rights. Disney's Indian subscriber base fell sharply
        as a result. Analysts said the merged company would have unmatched power to set prices
        for advertisers and sports rights. The competition regulator is expected to examine the
        deal closely. Executives said viewers would not immediately see changes to the apps.
        Shares in rival broadcasters fell on the news."""),
        "economy",
    ),
    (
        "Nollywood Christmas box office battle crowns 'A Tribe Called Judah' as record-breaker",
        _t("""Funke Akindele's comedy "A Tribe Called Judah" has become the highest-grossing
        film in Nigerian box office history, taking more than 1 billion naira since its release
        in mid-December, according to the Cinema Exhibitors Association of Nigeria. The film
        beat a crowded field of Christmas releases in what exhibitors described as the fiercest
        battle for screens the industry had seen. It follows a single mother and her five sons
        who plan a robbery to pay for her kidney treatment. Akindele also holds the previous
        record, set by her own film last year. Cinema owners said audiences had returned in
        numbers not seen since before the pandemic, despite inflation and a weaker currency.
        Ticket prices have risen sharply, with premium screens in Lagos charging several times
        what they did two years ago. Streaming platforms are expected to bid for the film's
        rights in the spring."""),
        "economy",
    ),
    (
        "Minister declares war on BBC licence fee with two-year freeze",
        _t("""The British government announced a two-year freeze of the BBC licence fee on
        Monday and signalled that the current funding model would end in 2027, in what
        opposition politicians called an attack on one of the country's most trusted
        institutions. The culture secretary told parliament that the fee, currently £159 a year,
        would stay at that level until 2024 before rising with inflation. She had written on
        social media that this licence fee announcement would be the last. The BBC's director
        general said the settlement would mean difficult choices about programmes and services.
        Labour accused ministers of waging a culture war against the broadcaster to distract
        from scandals in Downing Street. Supporters of the freeze said households were under
        pressure and should not be forced to pay for channels they do not watch. The corporation
        has already cut hundreds of jobs in its news division."""),
        "politics",
    ),
    (
        "Congress claws back $1.1bn from public broadcasting in blow to PBS and NPR",
        _t("""The US House of Representatives voted early on Friday to claw back $1.1 billion
        that had already been approved for the Corporation for Public Broadcasting, sending the
        measure to the president, who has called public media biased. The money funds PBS, NPR
        and about 1,500 local radio and television stations, many in rural areas where they are
        the main source of emergency alerts. Supporters of the cut said the government should
        not be paying for news, while Democrats accused the administration of waging war on
        public media. Station managers in Alaska and Montana said they might be forced to close
        within a year. PBS said it would cut its budget by a fifth. The vote was 216 to 213. The
        chief executive of NPR said the network would "fight for every station". Several
        foundations announced emergency grants within hours. In small towns where the local
        station is the only broadcaster left, listeners began organising fundraising drives of
        their own."""),
        "politics",
    ),
    (
        "Israeli minister's bill to privatise public broadcaster Kan triggers battle in Knesset",
        _t("""Israel's communications minister presented a bill on Sunday that would close or
        privatise the public broadcaster Kan and cut its budget, setting off a fierce battle
        with opposition lawmakers, journalists and the broadcaster's own board. The minister said
        there was no justification for a state-funded outlet in a market with many channels.
        Critics said the plan was an attack on independent journalism aimed at a broadcaster
        whose news coverage has angered the government. Kan's chairman wrote to the prime
        minister warning that the move would harm Israel's standing as a democracy. The
        attorney general's office said parts of the bill raised legal difficulties. Kan employs
        about 1,200 people and runs television, radio and Arabic-language services. The coalition
        has not decided whether to bring the bill to a vote, and the finance ministry has
        opposed part of it. Media unions announced a demonstration for next week."""),
        "politics",
    ),
    (
        "Slovak parliament dissolves public broadcaster RTVS, replaces it with new STVR",
        _t("""Slovakia's parliament voted on Thursday to abolish the public broadcaster RTVS and
        replace it with a new institution, STVR, whose director will be chosen by a council
        partly appointed by the culture ministry. The government says the change will make the
        broadcaster more balanced; opposition parties and the European Commission said it
        threatened editorial independence. The culture minister had accused RTVS of bias and
        called some of its journalists activists. Around 1,000 staff signed a petition against
        the law. The director of RTVS, whose term was due to run until 2027, will lose his job.
        The European Broadcasting Union said it was following the situation closely. Opposition
        lawmakers called the bill the latest assault on the media by a government that has also
        clashed with independent newspapers. The law takes effect in July. Thousands of people
        attended peaceful demonstrations in Bratislava against the change over the spring, and
        organisers said they would keep up the pressure."""),
        "politics",
    ),
    (
        "Hollywood writers walk picket lines as strike shuts down late-night TV",
        _t("""Thousands of film and television writers picketed outside studios in Los Angeles and
        New York on Tuesday, the first day of a strike that immediately shut down late-night talk
        shows and threatened the autumn television schedule. The Writers Guild of America, which
        represents about 11,500 writers, called the strike after talks with studios and
        streamers broke down over pay, residuals from streaming and the use of artificial
        intelligence. Picketers marched outside Netflix, Amazon and Disney offices carrying signs
        reading "Pay your writers" and "AI is not a writer". Police reported no incidents. The
        last writers' strike, in 2007 and 2008, lasted 100 days. Several showrunners said they
        would stop work in solidarity. Studios said their offer included generous pay rises. The
        actors' union said it would begin its own negotiations next month and expressed support
        for the writers."""),
        "protest",
    ),
    (
        "Opposition MPs occupy Polish state TV overnight as new government takes control",
        _t("""Lawmakers from Poland's former ruling party spent the night inside the headquarters
        of state broadcaster TVP in Warsaw on Wednesday in protest after the new government
        replaced its management and took the news channel off the air. About two dozen MPs sat
        in corridors and studios, and several hundred supporters gathered outside with flags and
        held prayers. The culture minister said he had acted lawfully to restore impartial public
        media after years in which the channel served as a propaganda outlet. The protest ended
        peacefully on Thursday afternoon, and police made no arrests. The president, an ally of
        the former government, said he would veto the broadcaster's funding. The news channel
        returned within days with a new name and new presenters. Its former anchors launched
        their own online programmes. The dispute is expected to end up in the courts."""),
        "protest",
    ),
    (
        "Korean broadcasters' unions strike over political control of newsrooms",
        _t("""Journalists and producers at South Korea's two largest public broadcasters, KBS and
        MBC, walked off the job on Monday, demanding the resignation of executives they accuse of
        bending news coverage to suit the previous government. About 3,800 union members joined
        the strike, and several news programmes were replaced with reruns and shortened
        bulletins. Strikers held a rally in front of KBS headquarters in Yeouido with banners and
        songs. The unions said the executives had killed reports critical of the former president
        and punished reporters who protested. Management called the strike illegal and said it
        was politically motivated. The communications regulator said it would review the
        broadcasters' governance. It is the first joint strike at the two broadcasters in five
        years. Viewers' groups held a candlelight vigil in support in the evening. The unions
        said they were ready to stay out for months."""),
        "protest",
    ),
    (
        "Manila workers hold vigil after Congress kills ABS-CBN franchise",
        _t("""Employees and supporters of the Philippines' largest broadcaster, ABS-CBN, held a
        candlelight vigil outside its headquarters in Quezon City on Friday, hours after a
        congressional committee voted to reject the renewal of its broadcast franchise. The
        network, which went off air in May when its previous franchise expired, said about
        11,000 workers could lose their jobs. The committee voted 70 to 11 against the renewal,
        citing alleged tax and labour violations, which the company denies. Media freedom groups
        said the decision was the culmination of the president's attacks on a network whose
        coverage he disliked. Participants wore face masks and kept their distance because of
        pandemic restrictions. Some held placards reading "Kapamilya forever" and sang the
        network's station identification song. The network's chairman apologised to staff in a
        message. Opposition senators said they would file a new bill."""),
        "protest",
    ),
    (
        "Wrexham docuseries follows club's battle for a third straight promotion",
        _t("""The fourth season of "Welcome to Wrexham", the documentary series about the Welsh
        football club owned by actors Ryan Reynolds and Rob McElhenney, premieres next week and
        follows the team's battle for a third successive promotion. Cameras were in the dressing
        room for the derby against a local rival, when the captain was sent off and the manager
        "killed" his players at half-time, according to a trailer. The club's star striker is
        shown recovering from a hamstring injury in time for the run-in. Viewing figures for the
        series have grown each season, the broadcaster said, and the club's shirt sales now rival
        those of far bigger teams. The owners have been criticised by some local fans for rising
        ticket prices. Episodes will be released weekly. The club has said it wants to reach the
        Premier League within five years. A spin-off series following the women's team is also
        in production, and the producers say they have filmed more than 2,000 hours of footage
        since the club changed hands."""),
        "sport",
    ),
    (
        "Somali-born actor who arrived as a refugee wins first Emmy",
        _t("""An actor who arrived in Minnesota as a refugee at the age of 14 won an Emmy on
        Sunday for his role in a streaming drama about a family-run taxi company in Minneapolis.
        He thanked his mother, who raised six children while working night shifts at a meat
        processing plant, and the high school drama teacher who first put him on stage. Before
        acting he worked as a limousine driver and in a mobile phone shop. The series, written
        by a team of mostly Somali-American writers, has been renewed for a second season. The
        actor said he hoped young people in his community would see that their stories could be
        told on screen. Minnesota's governor congratulated him. The award was one of three for
        the streamer at the ceremony. He will next appear in a comedy opposite a former
        late-night host. At a watch party in a Somali restaurant in Minneapolis, dozens of
        people cheered and danced when his name was read out, and his old drama teacher said
        she had always known he would make it."""),
        "other",
    ),
    (
        "BBC World Service to close Arabic and Persian radio in cost cuts",
        _t("""The BBC World Service said on Thursday it would close most of its Arabic and Persian
        radio services and cut 382 jobs as part of savings of £28.5 million, moving more of its
        journalism online. The radio services have broadcast for decades and still attract
        large audiences in parts of the Middle East. The Arabic radio network will stop
        broadcasting after 85 years. Staff unions said they would ballot for industrial action.
        The BBC said audiences were moving to digital platforms and that television and online
        services in both languages would continue. Former correspondents wrote to newspapers to
        warn that the cuts would leave a gap filled by state-backed broadcasters from Russia and
        China. The Foreign Office, which partly funds the service, said decisions on
        programming were for the corporation. Ten other language services will move to
        digital-only formats."""),
        "other",
    ),
    (
        "Netflix adds 19 million subscribers, passes 300 million worldwide",
        _t("""Netflix added 19 million subscribers in the last three months of the year, its
        biggest quarterly gain ever, taking its total past 300 million, the company said on
        Tuesday. The surge was driven by live sport, including a boxing match and two Christmas
        Day American football games, as well as the second season of "Squid Game". Revenue rose
        16% to $10.2 billion, and the company raised prices in the United States, Canada and
        parts of Europe. Shares jumped 14% in after-hours trading. Executives said the
        advertising tier now accounted for more than half of sign-ups in markets where it is
        available. The company said it would stop reporting subscriber numbers every quarter
        from this year, focusing instead on revenue and engagement. Analysts said it had
        effectively won the contest among streamers on scale. Its co-chief executive said there
        was still room to grow in India and South-East Asia."""),
        "other",
    ),
    (
        "Al Jazeera opens new broadcast centre in Doha as it marks 25 years",
        _t("""Al Jazeera inaugurated a new broadcast centre in Doha on Sunday, with 12 studios
        and a newsroom designed to serve its Arabic and English channels and its digital
        platforms from one floor, as the network marked 25 years on air. The emir of Qatar
        attended the ceremony, along with former presenters who launched the Arabic channel in
        1996. The network said the building used augmented reality and remote-controlled cameras
        and could switch between languages in seconds. It employs more than 3,000 staff in some
        70 bureaus. A documentary series about its history will air over the coming weeks. The
        network also announced a new training programme for young journalists from the region.
        Its director general said audiences were increasingly watching on phones rather than
        televisions. The English channel
        will move to the new centre next year. Among the guests was a cameraman who filmed the
        first broadcast and who still works for the network, now as a trainer of young crews."""),
        "other",
    ),
]
