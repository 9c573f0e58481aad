"""dev105 plain negatives (negative_other): the papers' ordinary news, no conflict.

Labels follow eval/README.md, section 1. Paragraphs are joined by single spaces (_t).
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, "other")
NEGATIVES = [
    (
        "Congestion Pricing Begins in Manhattan, and Drivers Start Paying $9 to Enter",
        _t("""
            Drivers entering the busiest part of Manhattan began paying a toll of $9 on Sunday,
            as the nation's first congestion pricing program took effect after years of legal
            fights, political reversals and delays. Overhead readers at the entrances to the zone,
            which covers Manhattan below 60th Street, charge most passenger vehicles once a day
            during peak hours, with higher tolls for trucks and lower ones overnight. The
            Metropolitan Transportation Authority expects the program to raise about $500 million
            a year, money that will be used to borrow billions of dollars for subway signals,
            elevators and new train cars. Gov. Kathy Hochul, who paused the plan last summer before
            reviving it with a lower toll, said it would mean less traffic, cleaner air and better
            transit. Opponents in New Jersey and on Staten Island say it unfairly punishes
            commuters who have no good alternative to driving. On Sunday morning, traffic on the
            Queensboro Bridge and in the Lincoln Tunnel was light, as it usually is on a holiday
            weekend. Officials said the real test would come on Monday, when commuters return.
            Researchers at several universities plan to track changes in travel times, bus speeds
            and air quality over the coming months.
        """),
        "other",
    ),
    (
        "From Damascus to Rothesay: the Syrian baker whose bread sells out by noon",
        _t("""
            On most mornings the queue outside Haddad's Bakery on Rothesay's Montague Street starts
            forming before the shutters go up at eight. Inside, Yaser Haddad has been working since
            three, shaping Syrian flatbreads, pastries filled with spinach and cheese, and the
            date biscuits that his customers on the Isle of Bute now order by the box for
            christenings and funerals. Haddad, 46, ran a bakery in Damascus before his family fled
            the country's civil war in 2012, and spent three years in Lebanon before being
            resettled on Bute in 2015 under the government's Syrian resettlement scheme. He did not
            speak English when he arrived and says the island's winter weather was "a shock to the
            bones". He started by selling bread from a stall at the island's Saturday market, with
            a loan from a local charity, and opened the shop last year. He now employs four
            people, two of them local teenagers. "People here were kind to us when we had
            nothing," he said. "Bread is how I say thank you." Local councillors say the bakery
            has helped bring trade back to a street with several empty units. Haddad's eldest
            daughter has just started a pharmacy degree at the University of Strathclyde.
        """),
        "other",
    ),
    (
        "Vancouver rents fall for a sixth straight month as new supply hits the market",
        _t("""
            Average asking rents in Vancouver have fallen for the sixth month in a row, as a wave
            of new purpose-built rental buildings comes onto the market and fewer international
            students arrive in the city, according to a national rental listings report released
            Tuesday. The average asking rent for a one-bedroom apartment in Vancouver was $2,650 in
            October, down 9 per cent from a year earlier, though it remains the highest in the
            country. Toronto, Calgary and Victoria also recorded year-over-year declines. Analysts
            said the federal government's cap on study permits, introduced in January, had reduced
            demand in neighbourhoods close to colleges and universities. Developers completed more
            rental units in Metro Vancouver in the past year than at any time since the 1970s,
            helped by low-cost federal loans. Tenant advocates welcomed the decline but said rents
            were still far beyond what many workers could afford, and that vacancy rates for older,
            cheaper buildings remained very low. B.C.'s housing minister said the numbers showed
            the province's policies were starting to work. Some landlords are now offering a month
            of free rent to attract tenants to new buildings. Economists expect rents to level off
            next year as population growth slows.
        """),
        "other",
    ),
    (
        "RBA lifts cash rate to 2.35 per cent, fifth rise in a row",
        _t("""
            The Reserve Bank has raised interest rates for the fifth month in a row, lifting the
            cash rate by 0.5 percentage points to 2.35 per cent, its highest level since 2015, and
            warned that more increases are likely as it tries to bring inflation under control.
            Governor Philip Lowe said inflation, which reached 6.1 per cent in the year to June,
            was expected to peak later this year before declining, and that the board was
            committed to returning it to its target band of 2 to 3 per cent. For a borrower with a
            $500,000 loan, the latest rise will add about $140 to monthly repayments, according to
            the comparison site Canstar. The big four banks said they would pass on the increase
            in full. Treasurer Jim Chalmers said the decision would be difficult for many families
            but that the government's priority was to avoid adding to inflationary pressure in
            next month's budget. Economists are divided over whether the bank will slow the pace
            of increases in October.
        """),
        "other",
    ),
    (
        "Labour wins outright majority in historic election landslide",
        _t("""
            Labour has won an outright majority in Parliament, the first time a single party has
            done so since New Zealand adopted MMP in 1996. With all votes counted on election
            night, Labour had 49.1 percent of the party vote, which would give it 64 of the 120
            seats. National, led by Judith Collins, had 26.8 percent, its worst result since 2002.
            ACT and the Green Party both increased their share, while New Zealand First fell below
            the five percent threshold and will leave Parliament. Jacinda Ardern told supporters
            in Auckland that New Zealand had given Labour its biggest support in almost 50 years
            and promised to govern for every New Zealander. Collins conceded and said the party
            would reflect on the result. Labour won electorates that had been National strongholds
            for decades, including Ilam in Christchurch. Special votes, which will be counted over
            the next three weeks, could change the final seat allocation. Voters also took part
            in referendums on legalising recreational cannabis and on the End of Life Choice Act,
            with preliminary results due at the end of the month. More than a million people
            voted in advance, a record.
        """),
        "other",
    ),
    (
        "Leaving Cert results: grade inflation eases as 57,000 students get their results",
        _t("""
            More than 57,000 Leaving Certificate students received their results on Friday
            morning, as the Department of Education continued its gradual return to pre-pandemic
            grading. Results were adjusted upwards again this year to keep them in line with
            those of last year, but the proportion of top grades fell slightly in most subjects.
            The Minister for Education, Norma Foley, said students could be proud of their
            achievement and that the approach would continue to bring grades back to historical
            norms over time. The number of students taking higher-level maths rose again, and
            more students than ever sat an exam in a language other than English or Irish. Schools
            opened early to allow students to collect their results in person, and the State
            Examinations Commission's online portal went live at 10am. Students have until August
            30th to request to view their scripts ahead of the appeals process. The first round
            of CAO offers will be issued next week, and guidance counsellors warned that points for
            some courses in medicine, pharmacy and engineering were likely to remain high. The
            Irish Second-Level Students' Union urged students to look after their wellbeing over the
            weekend, whatever their results.
        """),
        "other",
    ),
    (
        "Millions watch total solar eclipse sweep from Texas to Maine",
        _t("""
            DALLAS (AP) - Millions of people across North America gazed at the sky on Monday as
            the moon blotted out the sun in a total solar eclipse that swept from Mexico's Pacific
            coast through Texas, the Midwest and New England before leaving land over eastern
            Canada. Clouds that had threatened to spoil the show in Texas parted just in time in
            Dallas, where crowds at a park on the edge of downtown cheered and howled as the
            temperature dropped and streetlights flickered on. Totality lasted up to 4 minutes and
            28 seconds near the Mexican town of Torreón, and about 3 minutes and 51 seconds in
            Dallas. Towns along the path of totality had prepared for months for the crowds, and
            traffic backed up on highways in Indiana, Ohio and Vermont after the eclipse ended.
            NASA launched research rockets from Virginia to study the effect of the sudden darkness
            on the upper atmosphere. Scientists also asked volunteers to record the behavior of
            animals at zoos, some of which were said to have fallen silent or headed for shelter.
            The next total solar eclipse visible from the contiguous United States will not come
            until 2044. Many people who missed out said they would travel to Spain for the eclipse
            there in 2026.
        """),
        "other",
    ),
    (
        "Parts of Great Barrier Reef record highest coral cover in 36 years, but experts warn of fragility",
        _t("""
            Coral cover on parts of the Great Barrier Reef has reached its highest level since
            monitoring began 36 years ago, according to a report by the Australian Institute of
            Marine Science, but scientists say the recovery is fragile and could be wiped out
            quickly by another mass bleaching event. The institute's annual survey found that hard
            coral cover in the northern and central parts of the reef had increased to 36 per cent
            and 33 per cent respectively, driven largely by fast-growing Acropora corals. Coral in
            the southern region declined, mainly because of an outbreak of crown-of-thorns
            starfish. The head of the monitoring program, Mike Emslie, said the reef was still
            exposed to more frequent and more severe disturbances than in the past. "What we are
            seeing is a reef that can bounce back, but one that is being hit more and more often,"
            he said. The reef suffered its fourth mass bleaching in seven years earlier this year,
            but the event caused less coral death than those in 2016 and 2017. Environmental groups
            said the results should not be used as a reason to delay action on climate change. The
            UNESCO World Heritage Committee is due to consider the reef's status next year.
        """),
        "other",
    ),
    (
        "Metro's Silver Line finally reaches Dulles airport after years of delays",
        _t("""
            The first Silver Line trains to Dulles International Airport and Loudoun County
            pulled out of stations on Tuesday afternoon, completing a rail link to the airport that
            Washington-area officials first proposed more than half a century ago. The 11.4-mile
            extension adds six stations, including one at the airport and two in Loudoun, and
            cost about $2.8 billion, part of a $6.8 billion project that opened its first phase
            in 2014. The opening came years late after problems with concrete panels, drainage and
            the rail yard, and a long series of safety tests. Riders on the first trains cheered as
            they pulled into Dulles, and some said they had been waiting since childhood. "My dad
            told me this was coming when I was 10," said one commuter from Ashburn. Metro general
            manager Randy Clarke said the extension would bring new riders to a system still
            recovering from the drop in ridership during the pandemic. Trains from Ashburn to
            downtown Washington will take about an hour. Loudoun officials expect the stations to
            drive development of apartments and offices in the county. Parking at the new stations
            is free for the first month.
        """),
        "other",
    ),
    (
        "Labour wins landslide as Conservatives suffer worst defeat in their history",
        _t("""
            Sir Keir Starmer will become prime minister today after Labour won a landslide in the
            general election, ending 14 years of Conservative government. With almost all results
            declared, Labour had won 412 seats, giving it a majority of about 170, while the
            Conservatives were reduced to 121 seats, the fewest in the party's history. Rishi Sunak
            held his Richmond and Northallerton seat but said the public had delivered "a sobering
            verdict" and that he took responsibility for the loss. Eight cabinet ministers lost
            their seats, among them the defence secretary, Grant Shapps, and the former prime
            minister Liz Truss in South West Norfolk. The Liberal Democrats won 71 seats, their
            best result in a century, and Reform UK won four, including Clacton for Nigel Farage.
            The SNP was reduced to nine seats in Scotland. Labour's share of the vote, about 34 per
            cent, was lower than at several elections it lost, and turnout fell to about 60 per
            cent, one of the lowest since 1885. Starmer told supporters at Tate Modern that "change
            begins now". He is expected to announce his cabinet this afternoon.
        """),
        "other",
    ),
    (
        "Canadian astronaut Jeremy Hansen named to Artemis II crew for trip around the moon",
        _t("""
            Jeremy Hansen, a former fighter pilot from London, Ont., will become the first
            Canadian to travel to the moon after being named on Monday as one of four astronauts
            on NASA's Artemis II mission. The flight, scheduled for late next year, will send the
            crew around the far side of the moon and back aboard the Orion spacecraft, the first
            crewed mission beyond low Earth orbit since Apollo 17 in 1972. Hansen will fly with
            NASA astronauts Reid Wiseman, Victor Glover and Christina Koch. "We are going to the
            moon together," Hansen said at the announcement in Houston. Canada earned the seat as
            part of an agreement under which it will provide Canadarm3, a robotic arm, for the
            planned Gateway lunar space station. The mission will last about 10 days.
        """),
        "other",
    ),
    (
        "Kākāpō breeding season off to a record start as rimu trees fruit heavily",
        _t("""
            Conservation workers say the kākāpō breeding season could be the biggest on record,
            after heavy fruiting of rimu trees on the islands where the flightless parrots live.
            Kākāpō only breed in years when rimu produce large amounts of fruit, which happens
            every two to four years, and rangers on Whenua Hou, off the coast of Rakiura, have
            already recorded dozens of matings since January. The Department of Conservation says
            there are now about 250 kākāpō, up from just 51 in 1995. Every bird has a name and
            wears a small transmitter, and rangers monitor nests around the clock through
            cameras, replacing eggs with dummy eggs when a mother leaves the nest to feed. Many
            of the eggs will be hatched in incubators at a facility in Invercargill. Kākāpō
            recovery manager Deidre Vercoe said the team was "cautiously excited" and that
            preparing for the season had taken two years. The species suffered an outbreak of a
            fungal lung disease in 2019 which killed several birds. Iwi Ngāi Tahu, which is a
            partner in the recovery programme, will name the chicks.
        """),
        "other",
    ),
]
