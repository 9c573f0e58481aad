"""dev101 plain negatives: the ordinary news of the same outlets, some of it from border regions,
with no violence in it."""

from wrap import w

# (title, text, kind code)
NEGATIVES = [
    (
        "Cabinet approves draft bill on casino-entertainment complexes",
        w("""
        The cabinet on Tuesday approved a draft bill that would allow large entertainment complexes
        with casinos to be built in Thailand, the government spokesman said. Thai citizens would
        have to show proof of 50 million baht in bank deposits and pay an entry fee to gamble. The
        bill will be sent to the House of Representatives when it reopens in July. Supporters say
        the complexes could attract billions of baht in foreign investment, while religious groups
        and some academics warned of social costs. Bangkok, Chon Buri and Phuket are seen as likely
        locations.
        """),
        "other",
    ),
    (
        "SBP cuts policy rate by 200 basis points to 13pc",
        w("""
        The State Bank of Pakistan cut its key policy rate by 200 basis points to 13 per cent on
        Monday, its fifth consecutive reduction, citing a sharp fall in inflation. The central bank
        said inflation had dropped to 4.9pc in November, well below its earlier forecasts. Business
        leaders had sought a deeper cut to revive industry. The stock market's benchmark index rose
        by more than 1,000 points after the announcement.
        """),
        "other",
    ),
    (
        "ISRO places earth observation satellite in orbit from Sriharikota",
        w("""
        The Indian Space Research Organisation successfully launched an earth observation satellite
        from the Satish Dhawan Space Centre in Sriharikota on Saturday morning. The satellite will
        provide images for crop monitoring, flood mapping and urban planning, the agency's chairman
        said. It was the agency's fourth launch this year. Two small satellites built by university
        students were carried as secondary payloads.
        """),
        "other",
    ),
    (
        "Paid parking to be introduced on central Bishkek streets",
        w("""
        Bishkek City Hall will introduce paid parking on 40 streets in the city centre from March 1,
        the mayor's office told 24.kg. An hour will cost 40 soms, and payments can be made through a
        mobile application. Residents of the streets will be able to buy monthly passes.
        """),
        "other",
    ),
    (
        "Rogun's second turbine starts producing power",
        w("""
        The second turbine of the Rogun hydropower plant in Tajikistan began generating electricity
        on Wednesday, President Emomali Rahmon announced at a ceremony at the site. When completed,
        the dam on the Vakhsh river is expected to be the tallest in the world. The World Bank and
        other lenders have pledged new financing for the project, which critics say could affect
        water supplies downstream in Uzbekistan and Turkmenistan. Thousands of families have been
        resettled from the area to be flooded, Eurasianet reports.
        """),
        "other",
    ),
    (
        "Spain welcomes record 94 million foreign tourists",
        w("""
        Spain received a record 94 million foreign tourists last year, 10% more than in the
        previous year, the National Statistics Institute said on Monday. British visitors were the
        largest group, followed by the French and Germans. Residents of Barcelona, Malaga and the
        Canary Islands have held demonstrations against the effects of mass tourism on housing. The
        tourism minister said the government wanted growth to come from visitors outside the
        summer season.
        """),
        "other",
    ),
    (
        "Amber heat health alert issued for England as temperatures near 33C",
        w("""
        The UK Health Security Agency has issued an amber heat health alert for all regions of
        England from Thursday to Monday, as temperatures are forecast to reach 33C in London.
        Hospitals and care homes have been told to prepare for more admissions. It is the third
        heatwave of the summer.
        """),
        "other",
    ),
    (
        "Qatar Airways orders up to 160 Boeing jets",
        w("""
        Qatar Airways signed an agreement to buy up to 160 Boeing wide-body aircraft on Wednesday,
        the largest such order in the US planemaker's history, during a visit to Doha by President
        Donald Trump. The deal includes 787 Dreamliners and 777X jets. The airline's chief
        executive said the aircraft would be delivered over the next decade. Boeing shares rose
        slightly in early trading in New York.
        """),
        "other",
    ),
    (
        "Mexico holds first election of judges, turnout low",
        w("""
        Mexicans voted on Sunday in the country's first election of federal and local judges,
        including the nine members of the Supreme Court, but electoral officials estimated turnout
        at only about 13%. Critics said the reform would weaken judicial independence, while
        President Claudia Sheinbaum said it would end corruption in the courts. Voters had to
        choose from long lists of candidates, many of them unknown. Counting is expected to take
        about ten days.
        """),
        "other",
    ),
    (
        "Dinosaur tracks found along hiking trail near Arizona-Mexico line",
        w("""
        Hikers in a national monument in southern Arizona have found dozens of fossilised dinosaur
        footprints in a slab of sandstone a few miles from the Mexican border, park officials said.
        Palaeontologists from the University of Arizona believe the tracks were made by a
        three-toed plant eater around 190 million years ago. The trail will stay open to visitors.
        Rangers have fenced off the slab and will install a viewing platform.
        """),
        "other",
    ),
    (
        "Angkor visitor numbers return to pre-pandemic levels",
        w("""
        The Angkor Archaeological Park in Siem Reap welcomed more than 1 million foreign visitors
        last year for the first time since 2019, Cambodia's tourism ministry said. Ticket revenues
        rose by 40%. Visitors from China, South Korea and Thailand topped the list. The new airport
        at Siem Reap, which opened in late 2023, now receives direct flights from eight countries.
        """),
        "other",
    ),
    (
        "Germany's 'job turbo' helps more refugees into work",
        w("""
        More than 250,000 refugees who arrived in Germany in recent years have found jobs since the
        government launched a programme to speed up their entry into the labour market, the Federal
        Employment Agency said. Language courses and job coaching are offered alongside work.
        Employers in nursing, logistics and catering report the biggest hiring. Business groups
        said the recognition of foreign qualifications was still too slow.
        """),
        "other",
    ),
    (
        "Laos-China railway carries record number of cross-border passengers",
        w("""
        The Laos-China railway carried more than 300,000 international passengers between Vientiane
        and Kunming in the first six months of the year, state media said, with tourists from
        Thailand and China filling the trains. Travellers can now board in Bangkok and change at
        Vientiane for the 10-hour journey north. Freight volumes also rose, led by fruit, rubber and
        fertiliser.
        """),
        "other",
    ),
    (
        "Khunjerab Pass opens for tourists and traders after winter",
        w("""
        The Khunjerab Pass on the Pakistan-China border reopened on Monday after its winter closure,
        allowing tourists and traders to travel along the Karakoram Highway. At 4,693 metres, the
        crossing is one of the highest paved border points in the world. Hotels in Hunza and Sost
        said bookings had risen sharply. The pass will stay open for trade until the end of
        November, weather permitting.
        """),
        "other",
    ),
    (
        "Ladakh to host India's largest solar and storage project",
        w("""
        The Centre has approved a 13 gigawatt solar power and battery storage project in Ladakh's
        Pang region, with a transmission line to carry electricity to the national grid through
        Himachal Pradesh. Officials said construction would begin next year. Environmentalists have
        called for a study of the impact on pastoral communities. The project is expected to cost
        more than Rs 20,000 crore.
        """),
        "other",
    ),
    (
        "Camera traps record 27 snow leopards in Kazakhstan's mountains",
        w("""
        Camera traps in the Zhongar-Alatau national park on Kazakhstan's border with China recorded
        27 individual snow leopards over the past year, the park's scientists said, the highest
        count since monitoring began. Researchers identified the cats by the patterns on their
        fur. The animals move freely across the frontier.
        """),
        "other",
    ),
    (
        "Groundbreaking ceremony held for China-Kyrgyzstan-Uzbekistan railway",
        w("""
        Leaders of Kyrgyzstan, China and Uzbekistan took part in a ceremony in Jalal-Abad on Friday
        to launch construction of a railway that will link the three countries. The 454-kilometre
        line is expected to cut freight travel time from China to Europe by a week. The project has
        been discussed for more than 25 years. The Kyrgyz section alone will need more than 40
        tunnels and 90 bridges, engineers told 24.kg. Financing has been arranged through a joint
        company in which China holds a 51% stake.
        """),
        "other",
    ),
    (
        "Armenia's IT exports double as tech firms relocate",
        w("""
        Armenia's exports of information technology services doubled in two years, the central bank
        said, as foreign tech companies and thousands of software developers moved to Yerevan. The
        sector now accounts for about 5% of the country's economy. Rents in the capital have risen
        sharply. The government is extending tax breaks for start-ups for another three years.
        """),
        "other",
    ),
    (
        "Ornithologists count 60,000 birds a day at Chokpak pass",
        w("""
        Volunteers at the Chokpak ornithological station in southern Kazakhstan counted up to 60,000
        birds a day passing through during the autumn migration, Eurasianet reports. The narrow
        pass between two mountain ranges funnels swallows, bee-eaters and birds of prey heading for
        South Asia and Africa. The station has ringed birds since 1966.
        """),
        "other",
    ),
    (
        "Labour takes Dover for first time since 2005",
        w("""
        Labour won the Dover and Deal constituency for the first time since 2005, with its
        candidate taking more than 40% of the vote in Thursday's general election. Reform UK came
        second, ahead of the Conservatives, who had held the seat for 14 years. Turnout was 58%.
        """),
        "other",
    ),
    (
        "Ceuta's shops count cost of long border closure",
        w("""
        Shopkeepers in Ceuta say the city's economy has not recovered from the two-year closure of
        the border with Morocco, which reopened last May. Cross-border workers have returned, but
        the informal trade in goods carried on foot, once worth hundreds of millions of euros, has
        not. The city government wants to attract more tourists from the mainland. A new ferry
        timetable from Algeciras starts in the summer, with crossings every hour.
        """),
        "economy",
    ),
    (
        "Arevalo sworn in as Guatemala's president after delays",
        w("""
        Bernardo Arevalo was sworn in as Guatemala's president shortly after midnight on Monday,
        hours later than planned, after a day of wrangling in Congress over seats. The
        anti-corruption campaigner promised to govern for all Guatemalans. Foreign leaders and
        delegations waited for hours at the ceremony. Thousands of supporters celebrated in the
        central square of Guatemala City.
        """),
        "other",
    ),
    (
        "Petra visitor numbers climb as new flights arrive in Aqaba",
        w("""
        Visitor numbers at Jordan's ancient city of Petra rose by 20% in the first quarter, the
        tourism ministry said, helped by new low-cost flights from Europe to Aqaba. Hotels in Wadi
        Musa reported high occupancy for the Easter holidays.
        """),
        "other",
    ),
]
