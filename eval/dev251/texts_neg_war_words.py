"""dev251 negatives: the desk's war words with no current violence (truces and deals, drills and
defence business, anniversaries and archives, books and series, peaceful protests and strikes,
sport, and a former refugee's career)."""

NEGATIVES = [
    (
        "Red Sea war-risk rates ease as Gaza truce holds and Houthis pause",
        """War-risk premiums for ships passing through the Red Sea have fallen to around 0.5% of hull value from a peak of about 1% last year, brokers said on Thursday, as the ceasefire between Israel and Hamas entered its third week. Yemen's Houthis said when the truce took effect on January 19 that they would limit their campaign against shipping to Israeli-owned vessels, and no attack on a merchant ship has been reported since. Traffic through the Bab el-Mandeb strait remains less than half its 2023 level, according to the UN trade body UNCTAD, as most container lines keep sailing around Africa. "Underwriters want to see months, not weeks, before they call this normal," said a marine broker in London. Several tanker owners have begun quoting Suez routings again for cargoes to Europe. The Joint War Committee has not changed its listed areas for the region. Container lines said they would review the route at the end of the first quarter.""",
        "peace",
    ),
    (
        "Lloyd's insurers launch Black Sea grain facility after Istanbul deal",
        """Insurers in the Lloyd's market launched a facility on Monday to cover cargo and hull risks on ships carrying grain from Ukraine's Black Sea ports, days after Russia and Ukraine signed deals in Istanbul to let exports resume. The facility, led by Ascot and broker Marsh, offers up to $50m of cover per voyage for ships using the agreed corridor. The deal signed on Friday by the two countries with Turkey and the United Nations sets up a joint coordination centre in Istanbul to inspect vessels and monitor the route. About 20m tonnes of grain are stuck in silos in Ukraine, according to Ukrainian officials. Underwriters said they would price each voyage individually and that rates would depend on how the corridor worked in its first weeks. "Insurance was one of the pieces needed to make this happen, and now it is in place," a Lloyd's spokesperson said. The first ships are expected to leave Odesa within days, once mine-free lanes are confirmed by pilots.""",
        "peace",
    ),
    (
        "Insurers review Taiwan cover as China stages live-fire drills",
        """Marine insurers said they were monitoring shipping around Taiwan but had not changed their rates, after China began its largest military drills near the island in decades following a visit to Taipei by US House Speaker Nancy Pelosi. The People's Liberation Army said it had fired conventional missiles into waters east of Taiwan and declared six exercise zones, some inside Taiwan's territorial waters. Taiwan's maritime authorities told ships to avoid the zones, and some vessels diverted around them, adding several hours to voyages. "Exercises are not war, and the market is not treating them as such," said a Lloyd's marine underwriter. Taiwan is not on the Joint War Committee's list of high-risk areas. Air carriers rerouted some flights around the exercise areas. Analysts said the drills would sharpen questions about how insurers would cover ships trapped in a blockade, a risk the market has never priced.""",
        "military",
    ),
    (
        "Lloyd's syndicates chase defence boom with cover for drone makers",
        """Several Lloyd's syndicates have launched products for defence manufacturers, from product liability for drone makers to cover for munitions plants, as European governments sharply raise military budgets. Rheinmetall, BAE Systems and a host of start-ups are expanding factories across Europe to meet orders for shells, missiles and drones. Brokers said the specialist market for such risks had been thin for years because some insurers shunned weapons under their environmental, social and governance policies. "The ESG mood music has changed since governments decided rearmament is a public good," said a broker at Howden. NATO members agreed at The Hague summit to move toward spending 5% of economic output on defence by 2035. Underwriters said explosion risks at ammunition factories were among the hardest to price. Insurers said they were also being asked to cover defence start-ups' testing ranges and intellectual property.""",
        "military",
    ),
    (
        "Twenty years after 9/11, the attacks still shape how insurers think about risk",
        """Twenty years after hijacked planes struck the World Trade Center and the Pentagon, insurers say the attacks remain the event that changed their industry more than any other. The losses, estimated at about $40bn at the time, spanned property, business interruption, life, aviation and workers' compensation, and were the largest in history until Hurricane Katrina. Before 2001, terrorism was rarely excluded from commercial policies or priced separately. Within months, most insurers had written it out, leading the US to set up its federal backstop in 2002. "We learned that one event could hit every line of business at once," said a retired executive who was at a New York insurer that day. The litigation over whether the towers' collapse was one occurrence or two lasted years and produced billions of dollars of extra payouts. Museums and memorial services marked the anniversary on Saturday. Industry groups held a moment of silence at the Insurance Information Institute's offices in lower Manhattan.""",
        "history",
    ),
    (
        "Lloyd's apologises for links to slave trade and funds research",
        """Lloyd's of London apologised for the market's role in the 18th- and 19th-century transatlantic slave trade and said it would fund programmes to attract Black and minority ethnic talent to the industry. The insurance market, which grew out of a coffee house in the 1680s, insured ships that carried enslaved Africans to the Americas, and its records contain policies for slave voyages. A research project led by the market has since catalogued thousands of documents in its archive. "We are sorry for the role played by the market in the transatlantic slave trade," Lloyd's said in a statement. The market said it would review artworks and artefacts in its building that depict people involved in the trade. Historians welcomed the archive research but said the apology was overdue. Other City institutions, including Greene King and the Bank of England, have made similar statements.""",
        "history",
    ),
    (
        "Falklands war-risk files show how insurers paid for the Atlantic Conveyor",
        """Documents released by the National Archives show how Lloyd's underwriters and the British government argued over who would pay for merchant ships lost in the 1982 Falklands war, including the container ship Atlantic Conveyor. The ship, requisitioned to carry helicopters and aircraft to the South Atlantic, was sunk by an Argentine Exocet missile in May 1982, with 12 men killed. The files show officials in the Ministry of Defence pressing for the claims to be met under commercial war-risk cover while underwriters insisted the government had accepted the risk when it requisitioned the vessels. A compromise in 1983 divided the cost. "It is a rare glimpse of how messy war insurance is behind the scenes," said a maritime historian at King's College London. The archives also include correspondence on the liner Canberra and the ferry Norland. The documents were released under the 40-year rule.""",
        "history",
    ),
    (
        "Book review: the underwriters who priced the Second World War",
        """In The War Book, a history of the Lloyd's market between 1939 and 1945, the historian Rachel Ambrose tells how a room full of underwriters in the City kept Britain's merchant fleet at sea while U-boats were sinking ships faster than they could be built. The book is at its best on the daily business of pricing convoys, when a premium for a crossing to Murmansk could swing from 5% to 25% in a week. Ambrose draws on the war-risk ledgers, which record not only ships lost but also the names of the crews. Her account of the Blitz, when the market kept trading through air raids, is vivid, though it leans too heavily on a single diary. There are fine chapters on the government's war-risk schemes and on the role of American underwriters after 1941. Readers looking for battle scenes will be disappointed; this is a book about spreadsheets before spreadsheets. It is published by Profile at 25 pounds.""",
        "entertainment",
    ),
    (
        "Loss adjuster drama sends its hero into war zones, and it mostly works",
        """The new BBC thriller Total Loss follows Maggie Harcourt, a Lloyd's loss adjuster who is sent to verify claims on ships, hotels and mines in some of the world's most dangerous places. The first episode opens with her being bundled into an armoured car in a fictional Gulf port after a tanker explosion. Later episodes take her to an unnamed West African mining town and a Black Sea port, where she uncovers a fraud involving a supposedly sunk grain ship. The writing is sharp on the insurance details, and the show's creator worked in the market for a decade. The action scenes are less convincing, and the shootouts feel borrowed from older spy series. Lydia West is excellent in the lead, and there is a fine supporting turn by Toby Jones as her weary syndicate boss. The six-part series airs on Sunday nights.""",
        "entertainment",
    ),
    (
        "Climate protesters target Lloyd's with peaceful sit-in over fossil fuel cover",
        """Hundreds of climate campaigners staged a sit-in outside the Lloyd's building in the City of London on Monday to demand that insurers stop underwriting new oil and gas projects. Protesters from Extinction Rebellion and the Insure Our Survival campaign blocked entrances to the building with banners and sang songs, and some glued themselves to the doors of nearby insurers. City of London Police said 14 people were arrested for obstructing the highway, and that the protest was otherwise peaceful. Lloyd's staff were told to work from home for the day. Campaigners said insurers were enabling projects such as the East African Crude Oil Pipeline. Lloyd's has set targets for syndicates to phase out cover for coal and oil sands, but it does not require them to stop covering new oil and gas fields. "We are here because insurance is the industry's Achilles heel," one protester said. Similar protests took place outside insurers' offices in Zurich and Paris.""",
        "protest",
    ),
    (
        "Generali staff strike in Italy over pay and office closures",
        """Thousands of employees of Italian insurer Generali went on strike on Friday in protest at the closure of regional offices and a pay offer that unions said did not keep up with inflation. Unions said more than 70% of staff in the group's Italian operations joined the walkout, and workers held rallies outside offices in Trieste, Milan and Rome. The strike, the first at the insurer in more than a decade, followed the collapse of negotiations over a new supplementary contract. Generali said customer services were running normally thanks to digital channels and that it remained open to talks. "We are not fighting against the company, we are fighting for a fair share of its record profits," said a union representative in Trieste. Generali reported net profit of 3.6bn euros for last year. Talks are due to resume next week at the labour ministry.""",
        "protest",
    ),
    (
        "Wimbledon's pandemic policy pays out as championships are cancelled",
        """Wimbledon is set to receive a payout of about 114m pounds from an insurance policy against pandemics that the All England Club had paid for every year since the 2003 SARS outbreak, according to people familiar with the arrangement. The club cancelled this year's championships because of the coronavirus, the first time the tournament has not been played since the Second World War. The club is thought to have paid about 1.5m pounds a year for the cover, or roughly 25m pounds over 17 years. Other major sporting events, including the Tokyo Olympics and football's European Championship, have been postponed, and many organisers had no similar cover. "Wimbledon served an ace with that policy," said a sports insurance broker in London. Insurers said the payout was one of the largest single event-cancellation claims of the pandemic. The club said it would use part of the money to support players who depend on prize money.""",
        "sport",
    ),
    (
        "Clubs face higher premiums to insure star strikers after injury claims soar",
        """European football clubs are paying more to insure their most expensive players after a string of long-term injuries led to large claims, specialist brokers say. Premiums for cover on the wages of top strikers and playmakers have risen by up to 30% in two seasons, and some underwriters now exclude previous injuries altogether. The heavy fixture list, with expanded European competitions and a 32-team Club World Cup, has worried insurers and players' unions alike. "Clubs are fighting a losing battle against the calendar," said a broker who places cover for Premier League and La Liga clubs. Lloyd's syndicates write much of the cover, often alongside national football associations for international matches. FIFA runs its own scheme that pays clubs when players are injured on international duty. Some clubs have chosen to self-insure their squads instead of paying the higher prices.""",
        "sport",
    ),
    (
        "From Kabul to the Lloyd's underwriting room: one refugee's rise",
        """When Farid Ahmadi arrived in Britain in 2001 as a 14-year-old refugee from Afghanistan, he spoke almost no English and had never heard of insurance. Two decades later, he is head of marine cargo at a Lloyd's syndicate and a mentor to young people from refugee backgrounds who want to work in the City. Ahmadi was placed with a foster family in Croydon, took his A-levels at a local college and studied mathematics at Queen Mary University of London. He joined the market through a graduate scheme and said he was drawn to cargo because "it is about how the world moves things". He now runs a programme with a refugee charity that has placed 40 people in internships at insurers and brokers. "Nobody in the room asks where you are from; they ask whether your numbers are right," he said. The syndicate said it would expand the programme to its offices in Dubai and Singapore next year.""",
        "other",
    ),
]
