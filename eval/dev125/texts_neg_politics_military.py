"""dev125 hard negatives: the politics desk (resignations, governments falling, martial law and a
coup announced without violence, the rhetoric of battle), the markets desk (crashes, trade and
price wars, hostile bids) and the defence desk (drills, missile tests, intercepts); not conflict
(eval/README.md, section 1, `hard_negative_politics`, `_economy` and `_military`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "BREAKING: South Korea's Yoon declares emergency martial law",
        "SEOUL (AP) — South Korean President Yoon Suk Yeol declared emergency martial law in a "
        "late-night televised address on Tuesday, accusing the opposition of anti-state "
        "activities. Opposition lawmakers rushed to the National Assembly to vote the decree "
        "down.",
        "politics",
    ),
    (
        "Investigators detain South Korea's Yoon after hours-long standoff at residence",
        "Anti-corruption investigators detained impeached President Yoon Suk Yeol at his "
        "residence on Wednesday morning after a standoff of several hours with his security "
        "detail at the gate, the agency said. Yoon said he had complied to avoid bloodshed.",
        "politics",
    ),
    (
        "Developing: Madagascar army unit says it is taking power; capital calm",
        "ANTANANARIVO (Reuters) - The commander of Madagascar's CAPSAT unit said on state "
        "radio on Tuesday that the military was taking power and suspending most institutions, "
        "hours after parliament voted to impeach the absent president. No shots were reported.",
        "politics",
    ),
    (
        "Trudeau announces he will resign as Liberal leader and prime minister",
        "OTTAWA — Justin Trudeau said on Monday he would step down as leader of Canada's "
        "Liberal Party once a successor is chosen, and that Parliament would be prorogued "
        "until March 24. More to come.",
        "politics",
    ),
    (
        "French government falls as Barnier loses no-confidence vote",
        "PARIS — French lawmakers voted Prime Minister Michel Barnier's government out of "
        "office on Wednesday, the first successful no-confidence motion since 1962, after he "
        "forced through a social security budget without a vote.",
        "politics",
    ),
    (
        "Japan's Ishiba to resign after election losses, NHK reports",
        "TOKYO (Reuters) - Japanese Prime Minister Shigeru Ishiba has decided to resign, "
        "public broadcaster NHK reported on Sunday, ending weeks of pressure from within his "
        "party after it lost its upper house majority.",
        "politics",
    ),
    (
        "BREAKING: Scholz fires finance minister Lindner, coalition collapses",
        "German Chancellor Olaf Scholz has dismissed Finance Minister Christian Lindner, "
        "government sources say, ending his three-party coalition. More to follow.",
        "politics",
    ),
    (
        "Biden drops out of presidential race, endorses Harris",
        "WASHINGTON (AP) — President Joe Biden abandoned his reelection campaign on Sunday, "
        "saying in a letter posted on X that it was in the best interest of his party and the "
        "country for him to stand down. He endorsed Vice President Kamala Harris.",
        "politics",
    ),
    (
        "Thai court removes Prime Minister Paetongtarn from office",
        "BANGKOK — Thailand's Constitutional Court removed Prime Minister Paetongtarn "
        "Shinawatra from office on Friday over a leaked phone call with Cambodia's former "
        "leader Hun Sen, ruling she had breached ethical standards.",
        "politics",
    ),
    (
        "US government shuts down as budget battle stalls in the Senate",
        "WASHINGTON — The US federal government shut down at 12:01 on Wednesday after the "
        "Senate failed to pass a stopgap funding bill, with Democrats and Republicans blaming "
        "each other for the standoff. Hundreds of thousands of federal workers face furloughs.",
        "politics",
    ),
    (
        "Serbian Prime Minister Vucevic resigns amid student protests",
        "BELGRADE — Serbian Prime Minister Milos Vucevic announced his resignation on "
        "Tuesday, saying he wanted to avoid further tensions after months of student-led "
        "protests over the deadly collapse of a railway station canopy in Novi Sad.",
        "politics",
    ),
    (
        "*NIKKEI 225 CLOSES DOWN 12.4%, BIGGEST ONE-DAY DROP SINCE 1987",
        "Japan's Nikkei 225 closed at 31,458.42, down 4,451.28 points.",
        "economy",
    ),
    (
        "Stocks bloodbath: Dow sheds 2,200 points as tariff shock spreads",
        "NEW YORK (AP) — Wall Street suffered its worst day since 2020 on Thursday as "
        "sweeping new tariffs sent the S&P 500 down 4.8% and the Dow down 2,231 points. Apple "
        "and Nike were among the hardest hit.",
        "economy",
    ),
    (
        "Nvidia loses nearly $600bn in market value as DeepSeek rattles AI trade",
        "Nvidia shares sank 17% on Monday, wiping nearly $600 billion off its market value, "
        "the biggest one-day loss for any company in history, as a cheap Chinese AI model "
        "raised doubts about the AI arms race's spending spree.",
        "economy",
    ),
    (
        "China hits back with 34% tariffs on all US goods as trade war escalates",
        "BEIJING — China will impose an additional 34% tariff on all imports from the United "
        "States from April 10, the finance ministry said on Friday, retaliating against "
        "Washington's latest levies. Stocks extended their slide.",
        "economy",
    ),
    (
        "Bitcoin plunges below $105,000 as $19bn of leveraged bets liquidated",
        "Bitcoin fell as much as 14% on Friday night as a record $19 billion of leveraged "
        "crypto positions were wiped out, CoinGlass data showed. Developing.",
        "economy",
    ),
    (
        "BYD slashes prices on 22 models, reigniting China's EV price war",
        "HONG KONG — BYD cut prices on 22 electric and hybrid models by as much as 34% on "
        "Friday, sending shares of rival carmakers lower as investors braced for another round "
        "of the price war.",
        "economy",
    ),
    (
        "UniCredit launches surprise hostile bid for Banco BPM",
        "MILAN (Reuters) - UniCredit launched an unsolicited 10 billion euro offer for Banco "
        "BPM on Monday, a move the smaller lender's board called hostile and not in the "
        "interests of its shareholders.",
        "economy",
    ),
    (
        "Gold tops $4,000 an ounce for the first time",
        "Spot gold rose above $4,000 an ounce for the first time on Wednesday, extending a "
        "record-breaking rally as investors sought safety from a US government shutdown and "
        "bet on further rate cuts.",
        "economy",
    ),
    (
        "Borsa Istanbul halts trading as stocks plunge, lira hits record low",
        "ISTANBUL — Trading on Borsa Istanbul was halted twice on Wednesday under "
        "circuit-breaker rules as the main index fell more than 7%, and the lira slid to a record low against "
        "the dollar before the central bank sold reserves, traders said.",
        "economy",
    ),
    (
        "China launches 'Strait Thunder' drills around Taiwan with live-fire exercises",
        "BEIJING (AFP) — China's military began large-scale drills around Taiwan on Tuesday, "
        "sending warships, aircraft and rocket forces to practise blockading the island and "
        "striking key targets, the Eastern Theater Command said. Taiwan said it detected 21 "
        "warships.",
        "military",
    ),
    (
        "North Korea fires ICBM that flies for record 86 minutes, lands in sea",
        "SEOUL — North Korea test-fired an intercontinental ballistic missile on Thursday that "
        "flew for a record 86 minutes before falling into the sea west of Hokkaido, South "
        "Korea's Joint Chiefs of Staff and Japan's defence ministry said.",
        "military",
    ),
    (
        "Russia and Belarus begin Zapad-2025 exercises, with nuclear planning drills",
        "MINSK — Russian and Belarusian troops began the Zapad-2025 joint exercises on Friday, "
        "with drills on the planning of nuclear weapons use, Belarus's defence ministry said. "
        "Poland closed its border crossings with Belarus for the duration.",
        "military",
    ),
    (
        "India successfully tests Agni-5 missile with multiple warheads",
        "NEW DELHI: India on Monday carried out the first flight test of an Agni-5 missile "
        "fitted with multiple independently targetable re-entry vehicles, the Prime Minister "
        "said, hailing the scientists of DRDO.",
        "military",
    ),
    (
        "Putin says Russia has tested nuclear-powered Burevestnik cruise missile",
        "MOSCOW (Reuters) - Russia has carried out a final test of its nuclear-powered "
        "Burevestnik cruise missile, which flew for 14,000 km over about 15 hours, chief of "
        "the general staff Valery Gerasimov told President Vladimir Putin.",
        "military",
    ),
    (
        "Japan scrambles fighter jets as Chinese carrier operates near its islands",
        "TOKYO — Japan's Air Self-Defense Force scrambled fighter jets on Saturday after "
        "aircraft took off from the Chinese carrier Liaoning about 100 km from Okinawa, the "
        "defence ministry said. No airspace violation was reported.",
        "military",
    ),
    (
        "South Korea and US start Freedom Shield drills; Pyongyang warns of response",
        "SEOUL (Yonhap) — South Korea and the United States began their annual Freedom Shield "
        "exercise on Monday, an 11-day drill involving computer simulations and field training. "
        "North Korea called it a rehearsal for invasion.",
        "military",
    ),
    (
        "NATO's biggest exercise since Cold War gets under way with 90,000 troops",
        "BRUSSELS — NATO's Steadfast Defender exercise, its largest since 1988, began on "
        "Wednesday with about 90,000 troops from all 31 allies and Sweden practising the "
        "defence of Europe over four months.",
        "military",
    ),
    (
        "Pakistan test-fires Fatah ballistic missile during army exercise",
        "RAWALPINDI: Pakistan conducted a training launch of the surface-to-surface Fatah "
        "missile with a range of 120 km on Monday as part of exercise Indus, ISPR said.",
        "military",
    ),
    (
        "Taiwan begins Han Kuang drills, its longest ever, with live-fire on beaches",
        "TAIPEI (Reuters) - Taiwan started its annual Han Kuang war games on Wednesday, "
        "stretched to 10 days this year, with troops practising against a Chinese landing on "
        "its beaches and 22,000 reservists called up.",
        "military",
    ),
    (
        "Royal Navy shadows Russian warship and submarine through Channel",
        "A Royal Navy frigate and helicopter shadowed a Russian corvette and a Kilo-class "
        "submarine through the English Channel over the weekend, the Ministry of Defence said "
        "on Monday. The Russian vessels were heading home from the Mediterranean.",
        "military",
    ),
]
