"""eval/dev90 hard negatives: digests of peaceful protest, peace talks and history (layout:
texts_neg_hard_hazards_crime.py).
"""

NEGATIVES = [
    (
        (
            "Europe this week: tractors ring Paris, students march on Belgrade, Dutch climate "
            "activists block the A12"
        ),
        (
            "French farmers drove hundreds of tractors onto the motorways around Paris on Monday, "
            'setting up what their unions called a "siege" of the capital to protest against fuel '
            "taxes and a trade deal with South America; the blockades lasted three days and ended "
            "after the government promised new aid, with no clashes reported. In Serbia, tens of "
            "thousands of students and residents marched into Belgrade from towns across the "
            "country for a rally over the deadly collapse of a railway station canopy in Novi "
            "Sad, and they were welcomed with food and flowers; police reported no incidents. In "
            "The Hague, police detained about 700 Extinction Rebellion activists who blocked the "
            "A12 motorway to demand an end to fossil fuel subsidies, and released almost all of "
            "them within hours. The European Central Bank held rates steady. Norway's parliament "
            "approved tighter rules on new petrol cars from this autumn. In Barcelona, a few "
            "thousand residents marched through the old town against mass tourism, squirting "
            "visitors at cafe terraces with water pistols; police said the march was peaceful. "
            "Greek train drivers held a 24-hour strike over safety, and the capital's suburban "
            "lines did not run. In Lisbon, doctors at public hospitals held a two-day walkout "
            "over pay."
        ),
        "protest",
    ),
    (
        (
            "Five things to know in Korea today: rival rallies before the court's ruling, chip "
            "exports, a baseball ticket record"
        ),
        (
            "Hundreds of thousands of people rallied in central Seoul on Saturday, in rival "
            "demonstrations for and against the impeached president, a week before the "
            "Constitutional Court is expected to rule on whether to remove him over his "
            "short-lived declaration of martial law. Police deployed more than 14,000 officers "
            "and lines of buses to keep the two crowds apart on Sejong-daero, and said both "
            "rallies ended peacefully. Semiconductor exports rose 12% in the first 20 days of the "
            "month, the customs agency said. The Bank of Korea's governor hinted at a rate cut in "
            "May. Ticket sales for the baseball season, which opens next weekend, broke a record. "
            "Samsung named a new head of its semiconductor division. And the weather agency "
            "forecast yellow dust from China across most of the peninsula on Sunday."
        ),
        "protest",
    ),
    (
        (
            "Africa in brief: Kenyan doctors end strike, Accra march against galamsey, Dakar "
            "fishermen's sit-in"
        ),
        (
            "Kenyan doctors called off a 56-day strike that had crippled public hospitals, after "
            "the government agreed to post interns and pay arrears. In Accra, several thousand "
            "people marched through the city centre on Saturday to demand a ban on illegal gold "
            "mining, known as galamsey, which has poisoned rivers in the cocoa belt; organisers "
            "handed a petition to parliament and the march ended peacefully. Police had arrested "
            "11 activists who staged a sit-in outside the presidency the previous week, and a "
            "court released them on bail. In Senegal, fishermen held a sit-in at the port of "
            "Dakar to protest against foreign trawlers, with no incident reported. Nurses in "
            "Malawi went on strike over delayed promotions, and the health ministry said "
            "hospitals in Lilongwe and Blantyre were running emergency services only. In Tunis, "
            "journalists held a silent protest outside the prime minister's office against the "
            "jailing of two colleagues under a law on false news. Hundreds of Ugandan students "
            "marched to parliament in Kampala to hand over a petition against a planned rise in "
            "university fees; police stopped them at the gates and detained seven organisers, who "
            "were released the same evening. In Johannesburg, the metalworkers' union suspended a "
            "planned national strike after the employers improved their wage offer. In Cameroon, "
            "lawyers in Yaoundé boycotted the courts for two days in protest at the arrest of a "
            "colleague. Zimbabwe's new gold-backed currency lost 4% against the dollar, and "
            "Mauritius cut its key interest rate."
        ),
        "protest",
    ),
    (
        (
            "Saturday in London: a ceasefire march, half-marathon road closures, a new Tube "
            "strike date"
        ),
        (
            "Tens of thousands of people marched from Russell Square to Whitehall on Saturday to "
            "call for a permanent ceasefire in Gaza and an end to British arms sales to Israel, "
            "in the latest national demonstration organised by the Palestine Solidarity Campaign "
            "since the war began. Speakers included a former party leader and several doctors who "
            "had worked in Gaza's hospitals. The Metropolitan Police said four people were "
            "arrested, two of them for placards that officers judged to support a banned "
            "organisation, and that the march passed off without disorder. A smaller "
            "counter-protest gathered near Trafalgar Square. Road closures for the half-marathon "
            "on Sunday will affect bus routes across the City. And the RMT union has announced a "
            "new Tube strike for the first week of next month."
        ),
        "protest",
    ),
    (
        "The Gaza ceasefire deal: what we know about the terms and the timetable",
        (
            "Israel and Hamas have agreed to a ceasefire and the release of hostages, mediators "
            "from Qatar, Egypt and the United States announced on Wednesday evening, after more "
            "than a year of talks. Here is what we know about the deal. The first phase is due to "
            "last six weeks, starting on Sunday, during which Hamas is to release 33 of the "
            "hostages taken on October 7, 2023, in return for hundreds of Palestinian prisoners "
            "held in Israeli jails. Israeli forces are to pull back from populated areas toward "
            "Gaza's borders, and displaced Palestinians are to be allowed to return to the north "
            "of the territory. The deal provides for 600 trucks of aid a day to enter the strip. "
            "Negotiations on a second phase, which would include a permanent end to the war and "
            "the release of the remaining hostages, are to begin on the 16th day. Israel's "
            "cabinet still has to approve the agreement, and two far-right ministers have "
            "threatened to resign. What we don't know: who will govern Gaza after the war."
        ),
        "peace",
    ),
    (
        (
            "Diplomatic notebook: a Congo-Rwanda text initialled, Armenia and Azerbaijan at the "
            "White House, a prisoner swap agreed in Istanbul"
        ),
        (
            "Foreign ministers of Congo and Rwanda initialled the text of a peace agreement in "
            "Washington on Wednesday, committing Rwanda to withdraw its troops from eastern Congo "
            "within 90 days and Congo to act against a Rwandan Hutu militia on its soil; a formal "
            "signing is planned next week. The leaders of Armenia and Azerbaijan met at the White "
            "House and endorsed a framework that would reopen transport links through southern "
            "Armenia, although neither side has yet signed the treaty their foreign ministers "
            "agreed in March. In Istanbul, Russian and Ukrainian delegations agreed to exchange "
            "1,000 prisoners of war each and to return the bodies of dead soldiers, but made no "
            "progress on a ceasefire. The Vatican offered again to host future talks. At the "
            "United Nations, the Security Council extended the mandate of its peacekeeping "
            "mission in Cyprus for another year, and the UN envoy said informal talks between the "
            "island's two leaders would resume in Geneva. The leaders of Japan and South Korea "
            "agreed at a summit in Tokyo to restart regular visits, which had lapsed over "
            "disputes about wartime labour. Saudi Arabia offered to host a new round of indirect "
            "talks on Sudan, though neither the army nor the Rapid Support Forces has yet said it "
            "will attend. In Brussels, European Union foreign ministers agreed to open the first "
            "negotiating chapters with Ukraine and Moldova on their membership bids, after "
            "Hungary dropped its objection in return for assurances on the rights of its minority "
            "in western Ukraine. The Chinese foreign minister began a tour of four Latin American "
            "capitals, where he is expected to sign agreements on lithium, ports and satellite "
            "ground stations. Oman's foreign minister said a sixth round of indirect talks "
            "between Iran and the United States over Tehran's nuclear programme would be held in "
            "Muscat next month, and both sides described the last round as constructive. In "
            "Geneva, the two sides in Yemen's conflict agreed, under UN auspices, to open a "
            "second road into the city of Taiz, closed for most of the past decade, from the "
            "start of next month. And Canada and India restored their high commissioners two "
            "years after a diplomatic rupture over the killing of a Sikh separatist leader in "
            "British Columbia, and agreed to resume talks on a trade deal."
        ),
        "peace",
    ),
    (
        (
            "Africa digest: Tigray fighters hand in weapons, Mozambique signs a political accord, "
            "an Ivorian cocoa price record"
        ),
        (
            "About 3,000 former Tigrayan fighters handed in their weapons and registered for a "
            "reintegration programme at a camp near Mekelle this week, the second phase of a "
            "disarmament process agreed in the 2022 peace deal that ended the war in Tigray. The "
            "National Rehabilitation Commission said each would receive a cash payment and "
            "training, and that 75,000 fighters would eventually go through the programme. In "
            "Maputo, President Daniel Chapo and opposition leaders signed a political accord to "
            "revise the constitution and the electoral law, a step toward ending the tensions "
            "that followed last year's disputed election. Ivory Coast raised the farmgate price "
            "for cocoa to a record 2,200 CFA francs a kilogram. Tunisia's central bank left rates "
            "unchanged."
        ),
        "peace",
    ),
    (
        (
            "Asia security notebook: Thai peace talks resume in Kuala Lumpur, Bangsamoro "
            "decommissioning, Bougainville's timetable"
        ),
        (
            "Thailand's government and the Barisan Revolusi Nasional, the main rebel group in the "
            "Malay-Muslim south, resumed formal peace talks in Kuala Lumpur after a break of more "
            "than a year, with Malaysia as facilitator. Both delegations said they had agreed to "
            "work toward a joint plan for reducing violence during the fasting month, though no "
            "date was set for the next round. In the southern Philippines, about 1,500 former "
            "fighters of the Moro Islamic Liberation Front decommissioned their weapons at a "
            "ceremony in Maguindanao, under the 2014 peace agreement that created the Bangsamoro "
            "region. Papua New Guinea's prime minister and Bougainville's president agreed a "
            "timetable for parliament to consider the island's 2019 vote for independence."
        ),
        "peace",
    ),
    (
        (
            "Europe in brief: a wartime bomb defused in Dresden, Ireland's budget surplus, "
            "Lisbon's tram fares"
        ),
        (
            "Dresden: bomb disposal experts defused a 250-kilogram Soviet-made aerial bomb from "
            "the Second World War found in the Elbe near the collapsed Carola bridge, after about "
            "10,000 residents of the old town were evacuated for the day. The city said trams and "
            "ferries returned to normal in the evening. Ireland: the government recorded a budget "
            "surplus of 8.6 billion euros last year, boosted by corporate tax from technology "
            "companies. Portugal: Lisbon's transport company raised single tram fares to 3.40 "
            "euros, which it said would help pay for the restoration of its historic trams. "
            "Finland: the national broadcaster will stop its shortwave radio service at the end "
            "of the year."
        ),
        "history",
    ),
    (
        (
            "Africa weekly: Rwanda marks 30 years since the genocide, Ethiopia's dam turbines, "
            "South Africa's power cuts end"
        ),
        (
            "Rwanda began a week of national mourning on Sunday to mark 30 years since the "
            "genocide against the Tutsi, in which more than 800,000 people were killed in about "
            "100 days in 1994. President Paul Kagame lit a flame at the Kigali Genocide Memorial, "
            "where more than 250,000 victims are buried, in the presence of several foreign "
            "leaders, and survivors gave testimony at an evening vigil at the national stadium. "
            "Former US President Bill Clinton, who has called the world's failure to act one of "
            "his greatest regrets, attended the ceremony. In Ethiopia, the government said the "
            "Grand Ethiopian Renaissance Dam's fourth turbine was now producing power. South "
            "Africa went a month without power cuts for the first time in two years, the state "
            "utility Eskom said. Kenya's tea exports earned a record amount in the first quarter. "
            "Nigeria's inflation rate eased for the first time in 15 months, to 33.7%. And in "
            "football, Ivory Coast's champions reached the semi-finals of the African Champions "
            "League."
        ),
        "history",
    ),
    (
        (
            "The Seoul-Tokyo newsletter: Korean War remains come home, Japan's new banknotes, a "
            "boy band's comeback"
        ),
        (
            "The remains of seven South Korean soldiers killed in the Korean War were flown home "
            "from Hawaii on Tuesday, after being identified by a joint US-Korean laboratory, and "
            "were received at Seoul Air Base by the defence minister with a military honour "
            "guard. Next month marks 75 years since the war broke out in June 1950, and veterans' "
            "groups are planning events in Seoul and Busan. In Tokyo, the Bank of Japan said the "
            "new banknotes issued last year now account for more than half of the notes in "
            "circulation. A boy band whose members have all completed their military service "
            "released its first album in three years, and it went straight to the top of the "
            "charts in 20 countries. Tokyo's metropolitan government said it would introduce a "
            "four-day working week for its staff from April to encourage more people to have "
            "children. South Korea's birth rate rose for a second year, the statistics agency "
            "said, after almost a decade of decline. And Osaka's World Expo closed with 25 "
            "million visitors, short of its target but above the forecasts of its critics."
        ),
        "history",
    ),
    (
        (
            "Weekend roundup: D-Day at 80, record crowds at the Musée d'Orsay, a time trial at "
            "the Dauphiné"
        ),
        (
            "World leaders and the last surviving veterans gathered on the beaches of Normandy on "
            "Thursday for the 80th anniversary of the D-Day landings, when more than 150,000 "
            "Allied troops came ashore on June 6, 1944, and thousands died in a single day. "
            "Veterans, most of them over 98, were driven along Omaha Beach to cheers, and the "
            "French president awarded the Legion of Honour to an American veteran aged 100. "
            "Ukraine's president attended the ceremony, and speakers drew parallels between the "
            "Allied fight against tyranny and today's war in Ukraine. In Paris, the Musée d'Orsay "
            "said it had welcomed a record number of visitors in the first half of the year. In "
            "cycling, a Slovenian rider took the leader's jersey at the Critérium du Dauphiné "
            "after winning the mountain time trial."
        ),
        "history",
    ),
]
