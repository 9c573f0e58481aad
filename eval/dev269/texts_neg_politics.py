"""dev269 negatives, politics desk: election nights, budgets, votes and markets as live pages, with
the desk's war words used loosely and wars named only in passing."""

j = " ".join

NEGATIVES = [
    (
        "General election 2024 live: Labour landslide as Tory big beasts fall in night of carnage",
        j(
            [
                "22.00 BST The exit poll is out, and it points to a Labour landslide with 410 seats, with the Conservatives reduced to 131.",
                "22.15 BST A Conservative source describes the projection as “an extinction-level event” but insists the party will fight on in the marginals.",
                "01.05 BST First big scalp of the night: Grant Shapps has lost Welwyn Hatfield to Labour by 3,799 votes.",
                "02.30 BST Reform UK's Nigel Farage has won Clacton at his eighth attempt, and says his party is coming for Labour next.",
                "03.15 BST Penny Mordaunt, once tipped as a future leader, has lost Portsmouth North in what one of her colleagues calls a bloodbath across the south coast.",
                "04.20 BST Liz Truss is out in South West Norfolk, beaten by Labour's Terry Jermy by 630 votes.",
                "05.00 BST The Liberal Democrats have taken more than 60 seats in the so-called blue wall, their best result in a century.",
                "05.45 BST Keir Starmer tells supporters at Tate Modern that “change begins now” and that the country has voted decisively.",
                "06.10 BST Rishi Sunak concedes defeat in Richmond and says he takes responsibility for the loss.",
                "06.40 BST Jacob Rees-Mogg has lost North East Somerset, and Gillian Keegan is out in Chichester, taking the number of cabinet ministers defeated overnight to 12.",
                "07.20 BST The SNP has been reduced to nine seats in Scotland, where Labour has won 37, a result the first minister, John Swinney, calls “a bruising night”.",
                "08.05 BST Turnout across the UK looks set to be about 60%, the lowest since 2001.",
                "08.30 BST We are handing over to our colleagues in London, who will follow the new prime minister's journey to the palace.",
            ]
        ),
        "politics",
    ),
    (
        "Election night live updates: Trump wins Pennsylvania as battleground states swing right",
        j(
            [
                "7:00 pm ET Polls have closed in Georgia and parts of Florida, and both campaigns say they are watching the suburbs of Atlanta closely.",
                "8:30 pm ET Donald Trump has won Florida comfortably, the Associated Press projects, extending his margins in Miami-Dade County.",
                "9:40 pm ET Kamala Harris's campaign chair tells staff in an email that the path to 270 still runs through the “blue wall” states of Michigan, Wisconsin and Pennsylvania.",
                "11:15 pm ET Trump takes North Carolina, the first of the seven battleground states to be called.",
                "12:20 am ET Georgia goes to Trump, and exit polls show him gaining among Latino men and younger voters.",
                "1:05 am ET Harris will not speak tonight, her campaign co-chair tells supporters at Howard University.",
                "1:47 am ET The AP calls Pennsylvania for Trump, putting him on the verge of victory.",
                "2:30 am ET Trump tells supporters in West Palm Beach that America has given him an “unprecedented and powerful mandate” and promises he will not start wars but end them.",
                "3:10 am ET Republicans have also won control of the Senate, flipping seats in West Virginia and Ohio.",
                "5:34 am ET The AP calls Wisconsin for Trump, taking him past 270 electoral votes.",
                "6:00 am ET Markets are rallying, with Dow futures up more than 1,000 points and bitcoin hitting a record high.",
                "7:30 am ET Foreign leaders, among them Benjamin Netanyahu and Volodymyr Zelensky, have sent their congratulations, with Zelensky saying he hopes for “peace through strength”.",
                "9:00 am ET Harris will speak at Howard this afternoon, an aide says.",
            ]
        ),
        "politics",
    ),
    (
        "Lok Sabha election results live: BJP short of majority as opposition storms Uttar Pradesh fortress",
        j(
            [
                "08:00 IST Counting has begun in 543 constituencies, starting with postal ballots.",
                "09:30 IST Early trends show the BJP-led NDA ahead in about 290 seats, well below the exit polls that had predicted a sweep.",
                "10:45 IST In Uttar Pradesh, the Samajwadi Party is leading in 36 of the state's 80 seats, a major blow in the BJP's biggest battleground.",
                "11:20 IST Prime Minister Narendra Modi is leading in Varanasi, but with a far narrower margin than in 2019.",
                "12:50 IST Markets have slumped, with the Sensex down nearly 6% on fears that a coalition government will slow reforms.",
                "14:30 IST Congress leader Rahul Gandhi says the results are a verdict against the BJP's “attack on the constitution”.",
                "16:10 IST The BJP on its own is heading for about 240 seats, meaning it will depend on allies such as the TDP and JD(U) to govern.",
                "18:40 IST Election officials say 642 million people voted over seven phases, a world record.",
                "20:15 IST Modi tells party workers in Delhi that the NDA will form a government for a third term.",
            ]
        ),
        "politics",
    ),
    (
        "Budget 2024 live: Reeves defends £40bn tax raid as Tories accuse Labour of waging war on farmers",
        j(
            [
                "12.32 GMT Rachel Reeves is on her feet, the first woman to deliver a budget in the 800-year history of the office of chancellor.",
                "12.45 GMT She confirms employers' national insurance contributions will rise to 15% from April, raising £25bn a year.",
                "12.58 GMT Inheritance tax relief on farms worth more than £1m will be cut from next April, a change the National Farmers' Union says will hit family businesses.",
                "13.20 GMT The Office for Budget Responsibility says the measures add up to the largest tax rise since 1993.",
                "13.40 GMT Rishi Sunak, replying for the opposition, accuses Labour of “breaking promise after promise” and of waging a war on working people and farmers.",
                "14.15 GMT Defence spending is confirmed at 2.3% of GDP next year, with Reeves saying it will fund support for Ukraine for as long as it takes.",
                "14.50 GMT Gilt yields have edged up as traders digest the extra borrowing.",
                "15.30 GMT Our economics editor's verdict: a budget that front-loads the pain and bets on growth arriving later.",
            ]
        ),
        "politics",
    ),
    (
        "South Africa election results live: ANC loses majority in fight of its life",
        j(
            [
                "10:00 SAST The Independent Electoral Commission has counted results from more than 99% of voting districts.",
                "10:20 SAST The African National Congress stands at 40.2%, down from 57.5% five years ago, and will lose the parliamentary majority it has held since 1994.",
                "11:05 SAST The Democratic Alliance is on 21.8%, and former president Jacob Zuma's MK party has taken 14.6% on its first outing.",
                "12:30 SAST MK officials say they will challenge the results in court and demand a recount in KwaZulu-Natal.",
                "13:15 SAST ANC secretary general Fikile Mbalula says the party is “not in a crisis” and will talk to all parties about a coalition.",
                "14:40 SAST The rand has weakened by about 1% against the dollar as investors weigh the possible coalitions.",
                "16:00 SAST Turnout was 58.6%, the IEC says, the lowest since the end of apartheid.",
            ]
        ),
        "politics",
    ),
    (
        "Brexit vote live: May's deal crushed by 230 votes in Commons mutiny; Corbyn tables no confidence motion",
        j(
            [
                "18.40 GMT Theresa May has closed the debate, urging MPs to back her deal and warning that the alternative is “division and uncertainty”.",
                "19.05 GMT John Bercow announces the first amendment, from Tory backbencher John Baron, has been defeated.",
                "19.45 GMT The result: 202 votes for the government's deal, 432 against.",
                "19.50 GMT That is a majority of 230, the biggest defeat for a sitting government in the history of the Commons.",
                "19.55 GMT Jeremy Corbyn has tabled a motion of no confidence in the government, to be debated tomorrow.",
                "20.20 GMT A total of 118 Conservative MPs voted against their own leader, a mutiny even larger than the rebels' whips had predicted.",
                "20.45 GMT The pound rose against the dollar after the vote, as traders bet the defeat makes a no-deal Brexit less likely.",
                "21.30 GMT Brussels says the withdrawal agreement “is not open for renegotiation” and that the risk of a disorderly exit has increased.",
            ]
        ),
        "politics",
    ),
    (
        "German election live: Merz's CDU wins but far-right AfD doubles its vote",
        j(
            [
                "18:00 CET The first exit polls show the CDU/CSU on about 29%, the far-right Alternative für Deutschland on 19.5% and Olaf Scholz's SPD on 16%.",
                "18:25 CET It would be the SPD's worst result in a federal election since 1887, party officials concede.",
                "19:10 CET Friedrich Merz tells supporters he wants to form a government by Easter and that Germany must get back on its feet quickly.",
                "19:40 CET AfD co-leader Alice Weidel says her party's hand is “outstretched” for coalition talks, which Merz has ruled out.",
                "20:30 CET Merz says Europe must achieve independence from the US on defence and that support for Ukraine will continue.",
                "21:15 CET Turnout was about 83%, the highest since reunification, according to the federal returning officer.",
                "22:00 CET The BSW party of Sahra Wagenknecht is hovering just below the 5% threshold needed to enter parliament.",
                "23:30 CET We are closing this live page now; results will continue to come in overnight.",
            ]
        ),
        "politics",
    ),
    (
        "Taiwan election live: Lai Ching-te wins presidency as KMT calls for unity",
        j(
            [
                "16:00 CST Polls have closed across Taiwan and counting is under way, with results expected within hours.",
                "17:20 CST The ruling Democratic Progressive Party's Lai Ching-te is ahead with about 40% of the votes counted so far.",
                "18:30 CST The Kuomintang's Hou Yu-ih has conceded and apologised to supporters for failing to win back power.",
                "19:10 CST Lai tells a rally in Taipei that Taiwan has shown the world how much it cherishes democracy and that he will maintain the status quo across the strait.",
                "19:45 CST China's Taiwan Affairs Office says the result does not represent mainstream public opinion and will not change the trend of reunification.",
                "20:20 CST The DPP has lost its majority in the legislature, the central election commission says, meaning Lai will face a divided parliament.",
                "21:00 CST Analysts expect Beijing to keep up its military pressure around the island in the months ahead, although no unusual activity was reported today.",
            ]
        ),
        "politics",
    ),
    (
        "Voice referendum live: No campaign wins decisively as Yes camp concedes defeat",
        j(
            [
                "18:30 AEDT Polls have closed on the east coast, and the first results are coming in from small booths in New South Wales.",
                "19:05 AEDT The ABC's election analyst Antony Green says the No vote is ahead in every state.",
                "19:30 AEDT The referendum has failed to win a majority in enough states, the ABC projects.",
                "20:10 AEDT Prime Minister Anthony Albanese says he respects the decision of the Australian people and that the result is not the end of the road to reconciliation.",
                "20:45 AEDT Opposition leader Peter Dutton says the Voice was “the referendum that Australians didn't need to have”.",
                "21:30 AEDT Yes campaign organisers say they will observe a week of silence to grieve the result.",
                "22:10 AEDT Nationally the No vote is running at about 60%, with only the Australian Capital Territory voting Yes.",
            ]
        ),
        "politics",
    ),
    (
        "Markets live: Nikkei suffers worst day since 1987 as global sell-off turns into rout",
        j(
            [
                "06.40 BST Asian markets have been hit by a bloodbath this morning, with Japan's Nikkei 225 plunging 12.4% at the close.",
                "07.10 BST The Topix also fell 12.2%, its biggest one-day fall since the Black Monday crash of October 1987.",
                "07.35 BST Traders blame the unwinding of the yen carry trade, after the Bank of Japan raised interest rates last week and weak US jobs data fuelled fears of recession.",
                "08.05 BST The FTSE 100 has opened down 2%, with banks and miners leading the fallers.",
                "09.20 BST Analysts at one investment bank describe the moves as “carnage” and say volatility is likely to stay high.",
                "11.00 BST The VIX, Wall Street's so-called fear gauge, has jumped to its highest level since the pandemic.",
                "14.30 BST US stock futures point to a steep fall, with the Nasdaq expected to drop about 4% at the open.",
                "15.10 BST Bitcoin has fallen below $50,000 for the first time since February.",
            ]
        ),
        "economy",
    ),
    (
        "Trade war live: markets plunge as Trump's 'liberation day' tariffs trigger retaliation threats",
        j(
            [
                "08:00 BST Good morning and welcome to our business live blog after President Trump unveiled sweeping tariffs on imports from almost every country.",
                "08:30 BST Under the plan, a 10% baseline tariff applies from Saturday, with higher rates of 34% on China and 20% on the EU.",
                "09:15 BST The EU's trade commissioner says Brussels is preparing countermeasures and has “all options on the table”.",
                "10:05 BST Shares in Apple have fallen 8% in Frankfurt trading, as investors fear higher costs for phones assembled in China.",
                "11:40 BST China's commerce ministry vows to take “resolute countermeasures” to safeguard its rights, raising fears of an escalating trade war.",
                "13:20 BST Oil has slumped by more than 6% on worries about a global slowdown.",
                "14:35 BST The Dow has opened down 1,200 points, and the dollar has weakened sharply against the euro and the yen.",
                "16:00 BST Economists at several banks have raised their odds of a US recession this year to above 40%.",
            ]
        ),
        "economy",
    ),
    (
        "Bank of England live: rates held at 5.25% as MPC keeps up inflation fight",
        j(
            [
                "07.00 GMT Good morning, and welcome to our live coverage as the Bank of England announces its latest interest rate decision at noon.",
                "07.20 GMT Most economists expect the Monetary Policy Committee to keep rates on hold for a fourth meeting in a row.",
                "09.30 GMT Figures this morning show UK retail sales fell 0.3% in November, as shoppers cut back ahead of Black Friday.",
                "12.00 GMT It's a hold: the MPC has voted by six to three to keep Bank Rate at 5.25%, with three members backing a rise.",
                "12.10 GMT In its statement, the Bank says monetary policy is likely to need to be restrictive “for an extended period of time” to win the battle against inflation.",
                "12.45 GMT Sterling has risen against the dollar after the split vote, as traders push back bets on rate cuts next year.",
                "13.30 GMT Governor Andrew Bailey tells broadcasters there is “still some way to go” before the job is done.",
            ]
        ),
        "economy",
    ),
    (
        "Oil price war live: Brent crashes 30% as Saudi Arabia and Russia go to war over market share",
        j(
            [
                "06.15 GMT Oil prices have suffered their biggest one-day fall since the 1991 Gulf war after Saudi Arabia slashed its official selling prices and signalled it would pump more.",
                "06.50 GMT Brent crude is down 31% at $31.02 a barrel in early Asian trading, after Opec+ talks with Russia collapsed on Friday.",
                "07.30 GMT Analysts say Riyadh has launched a full-scale price war to punish Moscow for refusing deeper cuts.",
                "08.10 GMT Shares in BP and Royal Dutch Shell have fallen by around 20% at the open in London.",
                "09.00 GMT The FTSE 100 is down more than 8%, also dragged lower by fears about the spread of the coronavirus.",
                "10.40 GMT Russia's finance ministry says it has enough reserves to cope with oil at $25 to $30 for up to 10 years.",
                "12.15 GMT US shale producers are expected to be among the biggest casualties, with several already heavily indebted.",
                "14.35 GMT Trading on Wall Street has been halted for 15 minutes after the S&P 500 fell 7%, triggering a circuit breaker.",
            ]
        ),
        "economy",
    ),
    (
        "Nvidia earnings live: chipmaker smashes forecasts as AI arms race lifts sales",
        j(
            [
                "21:20 BST Nvidia has just released its results for the quarter, and they are well ahead of Wall Street's expectations.",
                "21:25 BST Revenue came in at $26bn, up 262% from a year earlier, with its data centre division alone bringing in $22.6bn.",
                "21:40 BST The company also announced a ten-for-one stock split and a higher dividend.",
                "22:05 BST Chief executive Jensen Huang says the “next industrial revolution has begun” as companies race to build AI factories.",
                "22:30 BST Shares are up 6% in after-hours trading, taking Nvidia's market value towards $2.5tn.",
                "23:10 BST Analysts say the big tech firms' arms race in artificial intelligence shows no sign of slowing, with Microsoft, Meta and Alphabet all raising capital spending plans.",
                "23:45 BST The company says export curbs have sharply reduced its sales in China, where it faces growing competition from Huawei.",
            ]
        ),
        "economy",
    ),
]
