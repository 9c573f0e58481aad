"""dev139 hard negatives (4 of 7): politics (budget fights, sanctions, reactions and statements with
no new violent event) and economy (market moves, price and trade wars, war-risk premiums)
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Reeves defends budget 'raid' on pensions",
        "Chancellor Rachel Reeves has defended her budget against accusations that it "
        'amounts to a raid on pension savers, telling MPs the changes were "fair and '
        'necessary". The Conservatives said they would fight the measures "line by line" '
        "when the finance bill comes to the Commons.",
        "politics",
    ),
    (
        "EU adopts 19th sanctions package against Russia",
        "16:10 CET: EU member states have formally adopted a 19th package of sanctions "
        "against Russia, including a ban on imports of Russian liquefied natural gas from "
        "2027 and listings of 117 more vessels of the so-called shadow fleet. Slovakia "
        "dropped its veto after assurances on energy prices. The bloc's foreign policy chief "
        'said the pressure would continue "until Russia ends its war".',
        "politics",
    ),
    (
        "Shutdown battle: Senate fails again to pass funding bill",
        "Latest: The US Senate has failed for the 12th time to pass a stopgap funding bill, "
        "as the government shutdown enters its fifth week. Democrats are holding out for an "
        "extension of health care subsidies, while Republicans accuse them of holding "
        'federal workers "hostage". Air traffic controllers have now gone a month without '
        "pay.",
        "politics",
    ),
    (
        "Starmer faces backbench revolt over welfare cuts",
        "More than 120 Labour MPs have signed an amendment that would kill the government's "
        "welfare bill at its second reading, in the biggest rebellion of Keir Starmer's "
        "premiership. Ministers are scrambling to offer concessions before Tuesday's vote. "
        'One rebel said the whips had "lost control of the party".',
        "politics",
    ),
    (
        "Oregon judge halts Guard deployment, says no sign of rebellion",
        "A federal judge in Oregon has temporarily blocked the Trump administration from "
        "deploying National Guard troops to Portland, ruling that the president had not "
        "shown a rebellion or an inability to enforce the law. The administration said it "
        "would appeal. Protests outside the city's immigration facility had been small and "
        "largely peaceful, the judge noted.",
        "politics",
    ),
    (
        "Opposition walks out as 'vote chori' row rocks Parliament",
        "Opposition MPs staged a walkout from the Lok Sabha on Monday, accusing the Election "
        'Commission of helping the BJP "steal votes" through the revision of voter rolls in '
        "Bihar. The home minister hit back, saying the Congress was launching an attack on "
        "constitutional institutions because it had run out of issues. Both Houses were "
        "adjourned till 2pm.",
        "politics",
    ),
    (
        "Netanyahu's coalition survives Knesset dissolution vote",
        "A bill to dissolve the Knesset and trigger early elections failed by 61 votes to 53 "
        "early on Thursday after Haredi parties were persuaded to stay in the coalition. The "
        "vote followed weeks of brinkmanship over a law on military conscription for yeshiva "
        'students. Opposition leader Yair Lapid said the government was "fighting for its '
        'survival, not for the country".',
        "politics",
    ),
    (
        "French government falls in confidence vote",
        "Breaking: France's National Assembly has toppled Prime Minister François Bayrou's "
        "government by 364 votes to 194, after he staked its survival on a confidence vote "
        "over his plan to cut €44bn from the budget. Opposition parties on the left and "
        "right had vowed to bring him down. Emmanuel Macron is expected to name a successor "
        "within days.",
        "politics",
    ),
    (
        "G7 ministers condemn Russia's 'continued aggression', call for ceasefire",
        "Foreign ministers of the G7 have condemned what they called Russia's continued "
        "aggression against Ukraine and urged Moscow to agree to an immediate and "
        "unconditional ceasefire. In a joint statement after talks in Charlevoix, they said "
        "they would consider further sanctions if Russia did not engage. They also urged "
        "China to stop supplying components used in weapons.",
        "politics",
    ),
    (
        "Pakistan and India trade barbs at UN General Assembly",
        "Pakistan's prime minister used his speech at the UN General Assembly to accuse "
        'India of "unprovoked aggression" and said his country had won the war in May. '
        'India, exercising its right of reply, said Pakistan "glorified terrorism" and that '
        "no amount of theatrics could hide the facts.",
        "politics",
    ),
    (
        "Trump signs order renaming Pentagon the 'Department of War'",
        "President Donald Trump has signed an executive order allowing the Department of "
        'Defense to use "Department of War" as a secondary title, saying the old name '
        'sounded "too defensive". A full renaming would need an act of Congress. The sign '
        "outside the defence secretary's office has already been changed.",
        "politics",
    ),
    (
        "European defence stocks slide as peace plan talk grows",
        "Shares in Rheinmetall, Leonardo and Saab fell as much as 7% on Friday as investors "
        "weighed the chances of a deal to end the war in Ukraine. The sector has tripled in "
        "value since 2022 on expectations of higher military spending. Analysts called the "
        'sell-off "a knee-jerk reaction".',
        "economy",
    ),
    (
        "Oil falls as Gaza ceasefire holds and Red Sea risk fades",
        "Brent crude slipped below $62 a barrel on Monday, its lowest in five months, as the "
        "Gaza ceasefire held and traders priced out the risk of further disruption to Red "
        "Sea shipping. Tanker operators say they are cautiously considering a return to the "
        "Suez Canal route.",
        "economy",
    ),
    (
        "BYD slashes prices on 22 models, escalating EV price war",
        "BYD has cut prices on 22 of its models by up to 34%, intensifying a price war that "
        "has squeezed margins across China's electric car industry. Shares in the company "
        "fell 8% in Hong Kong, and rivals including Geely and Leapmotor said they would "
        "respond with discounts of their own.",
        "economy",
    ),
    (
        "Trade war: China hits back with rare earth export curbs",
        "Beijing has announced sweeping new controls on exports of rare earths and the "
        "technology used to process them, in what analysts called its most powerful weapon "
        "yet in the trade war with Washington. Stocks in Asia fell sharply, with the Nikkei "
        'down 2.5%. The White House said it was "reviewing its options".',
        "economy",
    ),
    (
        "Sensex crashes 2,200 points in Dalal Street bloodbath",
        "Market wrap: The Sensex plunged more than 2,200 points on Monday, wiping out nearly "
        "₹14 lakh crore of investor wealth, as fears of a global trade war triggered a "
        "sell-off across Asian markets. All 30 Sensex stocks ended in the red, with Tata "
        "Steel the top loser.",
        "economy",
    ),
    (
        "RBA cuts cash rate as it declares battle against inflation 'largely won'",
        "The Reserve Bank has cut the cash rate by 25 basis points to 3.6%, saying inflation "
        "was now back within its target band. Governor Michele Bullock said the battle "
        'against inflation was "largely won" but warned that risks remained. The big four '
        "banks said they would pass on the cut in full.",
        "economy",
    ),
    (
        "UniCredit raises stake in Commerzbank as Berlin resists 'hostile' approach",
        "UniCredit has increased its stake in Commerzbank to about 28%, moving closer to a "
        "full takeover bid that the German government has called unfriendly and hostile. The "
        'chancellor said such "aggressive" approaches were unacceptable for a systemically '
        "important bank. Commerzbank shares rose 4%.",
        "economy",
    ),
    (
        "War-risk premiums for Black Sea cargoes ease",
        "Insurers have cut war-risk premiums for ships calling at Ukraine's Black Sea ports "
        "to about 0.7% of a vessel's value, the lowest since the start of the full-scale "
        "invasion, brokers said. Grain exports from Odesa have recovered to near pre-war "
        "levels. Shipowners said lower costs would make Ukrainian grain more competitive.",
        "economy",
    ),
    (
        "Markets: gold breaks through $4,000 an ounce",
        "Markets: Gold rose above $4,000 an ounce for the first time on Wednesday, extending "
        "a rally driven by central bank buying and bets on US interest rate cuts. Investors "
        "have also been seeking a safe haven amid geopolitical tensions and the US "
        "government shutdown.",
        "economy",
    ),
    (
        "Nvidia becomes first $5tn company as AI arms race intensifies",
        "Nvidia's market value passed $5 trillion on Wednesday, making it the first company "
        "to reach the mark, as tech giants poured more money into the AI arms race. Chief "
        "executive Jensen Huang said orders for its Blackwell chips had reached $500bn. The "
        "shares have risen more than 50% this year.",
        "economy",
    ),
    (
        "FTSE 100 hits record high as miners and defence shares rally",
        "Closing bell: The FTSE 100 closed at a record high on Tuesday, led by a rally in "
        "mining and defence shares, with BAE Systems up 3% after winning a Norwegian frigate "
        "contract. The pound edged lower against the dollar. Traders are now pricing in a "
        "rate cut by the Bank of England in December.",
        "economy",
    ),
]
