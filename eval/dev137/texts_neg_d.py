"""dev137 negatives (4 of 4): business, culture, peaceful protest, other news (eval/README.md, 1)."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Mexican peso slides as Trump tariff threat revives fears of trade war",
        _t("""
        The Mexican peso fell more than 2% against the dollar on Monday, its sharpest drop in
        months, after US President Donald Trump said he would impose a 25% tariff on all imports
        from Mexico from Saturday unless the country did more to curb migration and the flow of
        fentanyl across the border. The peso weakened to 20.95 per dollar in early trading before
        recovering slightly, while Mexico's benchmark stock index fell 1.7%, led by shares of
        exporters and airport operators. Analysts at Banorte said a prolonged trade war with
        Mexico's largest trading partner could push the economy into recession this year, as more
        than 80% of Mexican exports go to the United States. President Claudia Sheinbaum said at
        her morning news conference that Mexico had 'a plan A, a plan B and a plan C' and that she
        was confident the two governments would reach an agreement. The Economy Ministry said
        Mexico would respond with tariff and non-tariff measures if Washington went ahead.
        Automakers, which have built dozens of plants in Mexico to supply the US market, warned that
        tariffs would raise car prices for American consumers. The Bank of Mexico cut its benchmark
        rate by half a percentage point last week, citing weak growth.
        """),
        "economy",
    ),
    (
        "Nickel price war: Indonesia's smelter boom squeezes miners from Australia to New Caledonia",
        _t("""
        Indonesia's rapid expansion of nickel processing has set off a price war that is forcing
        mines in Australia and New Caledonia to close, as Chinese-backed smelters on Sulawesi and
        Halmahera flood the market with cheap metal, analysts say. The country now accounts for
        more than half of the world's nickel supply, up from about a fifth a decade ago, after the
        government banned exports of raw ore in 2020 to force companies to build smelters at home.
        Prices on the London Metal Exchange have fallen by about 45% since early 2023, and BHP said
        last month it would suspend its Western Australia nickel operations. Coordinating Maritime
        Affairs and Investment Minister Luhut Binsar Pandjaitan said Indonesia had 'won the battle
        for downstreaming' and would now seek to attract investment in battery and electric-vehicle
        plants. Environmental groups, however, say the industry's reliance on captive coal power
        plants and the clearing of forests on Halmahera and Sulawesi undermine Indonesia's climate
        commitments. Workers at the Indonesia Morowali Industrial Park have also complained of
        unsafe conditions after a furnace explosion killed 21 people there in December. Analysts
        expect prices to remain under pressure until at least 2026.
        """),
        "economy",
    ),
    (
        "Venezuela oil exports drop as Chevron licence uncertainty hits shipments",
        _t("""
        Venezuela's oil exports fell by about 11% in April from the previous month to around
        810,000 barrels per day, according to shipping data and documents from state oil company
        PDVSA, as uncertainty over the future of Chevron's licence and new US tariffs on buyers of
        Venezuelan crude led some customers to pause purchases. The administration of US President
        Donald Trump revoked in March the licence that had allowed Chevron to operate in Venezuela
        and export its crude to the United States since 2022, giving the company until late May to
        wind down its operations. Trump also announced a 25% 'secondary tariff' on imports from any
        country that buys Venezuelan oil, a measure that has mostly hit shipments to China,
        Venezuela's largest customer, through intermediaries. PDVSA has sought to redirect cargoes
        to Asian refiners at deeper discounts, traders said. The government of Nicolás Maduro,
        which calls US sanctions an 'economic war' against Venezuela, said production would not be
        affected and that it would continue to meet its commitments. Economists warn that lower oil
        revenues could push inflation, already above 100% a year, even higher and weaken the
        bolívar. Chevron said it would comply with all laws and sanctions.
        """),
        "economy",
    ),
    (
        "'Ainda Estou Aqui' wins Oscar for best international film, Brazil's first",
        _t("""
        Walter Salles's 'Ainda Estou Aqui' ('I'm Still Here') won the Academy Award for best
        international feature film on Sunday night in Los Angeles, the first Oscar for a Brazilian
        production, sparking celebrations in bars and on the streets of Rio de Janeiro and São
        Paulo, where the ceremony coincided with Carnival. The film tells the story of Eunice Paiva,
        the wife of former congressman Rubens Paiva, who was taken from his home in Rio by agents of
        the military dictatorship in 1971 and never seen again, and of her decades-long struggle to
        have the state acknowledge his death. Fernanda Torres, who plays Eunice, had been nominated
        for best actress but lost to Mikey Madison. 'This goes to a woman who, after a loss so great
        under an authoritarian regime, decided not to bend and to resist,' Salles said as he
        received the statuette. The film, which has been seen by more than 5 million people in
        Brazilian cinemas, has reopened the debate about the crimes of the 1964-1985 regime, and the
        Supreme Court has agreed to examine whether the 1979 Amnesty Law covers cases of forced
        disappearance. President Lula congratulated the team on social media, saying he was 'proud
        of our cinema, our culture and our democracy'. Folha's film critic described it as 'a film
        about memory that arrives exactly when the country needs it'.
        """),
        "entertainment",
    ),
    (
        "Exiled Myanmar artists bring the revolution to a Chiang Mai gallery",
        _t("""
        An exhibition by 23 Myanmar artists living in exile opened in Chiang Mai on Saturday, with
        paintings, photographs and installations depicting the airstrikes, burned villages and
        displacement that have marked life in their homeland since the 2021 military coup. The
        show, titled 'Smoke Over the Paddy Fields', includes a series of charcoal drawings of bombed
        monasteries in Sagaing Region by an artist who fled to Thailand in 2022, and an installation
        made from the sandals of children displaced by fighting in Karenni State. 'I cannot carry a
        gun, so I carry a brush, and I try to make people outside remember what is happening,' said
        one of the organizers, a 34-year-old painter from Mandalay who asked that his name not be
        published because his family remains in Myanmar. Many of the artists were arrested or went
        into hiding after joining the anti-coup protests, and several continue to support the
        resistance by selling their works to raise money for displaced families. The exhibition
        runs until the end of the month at a gallery in the old city, and part of the proceeds will
        go to a clinic on the Thai-Myanmar border. Thai police visited the gallery on the opening
        night but did not interfere, the organizers said.
        """),
        "entertainment",
    ),
    (
        "Transport strike against extortion paralyses Lima; thousands march to Congress",
        _t("""
        Thousands of bus drivers, mototaxi operators and market vendors marched through downtown
        Lima to Congress on Thursday, on the second day of a strike called to demand that the
        government and lawmakers act against the wave of extortion and contract killings targeting
        public transport workers. Most of the capital's bus companies kept their vehicles in their
        depots, and schools and universities switched to online classes, while the Lima Metro and
        the Metropolitano carried record numbers of passengers. The protesters, many of them
        wearing black armbands in memory of colleagues who had been shot for refusing to pay
        criminal gangs, carried Peruvian flags and banners reading 'We want to work without fear'.
        The march ended peacefully in front of the Plaza Bolívar, where a police cordon kept
        demonstrators away from the Congress building, and a delegation of transport leaders was
        received by the president of the legislature. Transport unions say at least 15 drivers have
        been murdered in Lima so far this year for failing to pay extortion fees of up to 100 soles
        a day. The government of President Dina Boluarte has declared states of emergency in several
        districts and deployed soldiers to patrol alongside the police, but unions say the measures
        have not stopped the killings. Union leaders said they would decide on Friday whether to
        extend the strike.
        """),
        "protest",
    ),
    (
        "Ten years after Ayotzinapa, parents march in Mexico City demanding the truth",
        _t("""
        Thousands of people marched from the Angel of Independence to the Zócalo in Mexico City on
        Thursday to mark the tenth anniversary of the disappearance of the 43 students of the
        Ayotzinapa rural teachers' college, led by the parents who have searched for them since the
        night of 26 September 2014. The parents, carrying banners with the faces of their sons,
        accused President Andrés Manuel López Obrador, who leaves office on Monday, of failing to
        keep his promise to find out what happened and of protecting the army, whose soldiers and
        officers have been linked to the case. 'Ten years, and they still don't tell us where our
        children are,' said one of the mothers at a rally in the Zócalo. The march was peaceful,
        with contingents of students, teachers and human rights organisations chanting 'They were
        taken alive, we want them back alive'. Only the remains of three of the students have been
        identified. Investigators say the students were seized in Iguala, Guerrero, by municipal
        police acting in collusion with the Guerreros Unidos drug gang and handed over to the gang,
        but the full circumstances and the whereabouts of most of them remain unknown.
        President-elect Claudia Sheinbaum has said she will meet the parents after taking office.
        """),
        "protest",
    ),
    (
        "Students rally under 'Dark Indonesia' banner against budget cuts",
        _t("""
        Thousands of university students rallied near the presidential palace in Jakarta on Monday
        under the banner 'Indonesia Gelap' (Dark Indonesia), protesting against government budget
        cuts that they say threaten education and health services, and against President Prabowo
        Subianto's flagship free meals program. The protesters, many dressed in black, carried
        posters criticizing the planned expansion of the military's role in civilian affairs and
        the austerity measures that cut the budgets of ministries and universities, and delivered
        speeches from the top of a command truck on Jalan Medan Merdeka Barat. Similar rallies were
        held in Yogyakarta, Bandung, Surabaya, Malang and Makassar, organized by the All-Indonesia
        Students' Executive Body (BEM SI). Police deployed more than 1,500 personnel to guard the
        protest, which ended peacefully in the evening after representatives of the students met
        officials from the State Secretariat. 'We are not against the government, we are against
        policies that sacrifice our future,' said a student leader from the University of
        Indonesia. The government has said the budget cuts, totaling about Rp 306 trillion, would
        not affect basic services and that the savings would fund the free meals program, which
        aims to reach 82.9 million people by the end of the year.
        """),
        "protest",
    ),
    (
        "Malaysian visitors flock to Hat Yai as border crossings see record traffic",
        _t("""
        More than 60,000 Malaysian tourists crossed into Songkhla through the Sadao and Padang Besar
        checkpoints over the long weekend, filling hotels in Hat Yai and giving a boost to a local
        economy still recovering from the pandemic, provincial officials said on Monday. Hotel
        occupancy in Hat Yai reached 95%, and queues of cars stretched for several kilometres at the
        Sadao immigration checkpoint on Saturday morning, according to the Songkhla tourism office.
        The Tourism Authority of Thailand said Malaysians spent an average of 4,500 baht per person
        per day, mainly on food, shopping and massages. Local businesses said they hoped the
        government would extend the opening hours of the border crossings and speed up work on a
        new road linking the two countries. Security officials said they had stepped up checks in
        Hat Yai's entertainment areas and at the railway station during the holiday, a routine
        measure in the lower South. 'Hat Yai is like a second home for us, the food is cheap and the
        people are friendly,' said a tourist from Penang at the Kim Yong market. The province
        expects more than 3.5 million foreign arrivals this year.
        """),
        "other",
    ),
    (
        "Davao durian growers cash in on China export deal",
        _t("""
        Durian growers in the Davao Region are enjoying their best season in years after the
        Philippines began shipping fresh durian to China under an agreement signed during President
        Ferdinand Marcos Jr.'s state visit to Beijing, the Department of Agriculture said. More than
        12,000 tons of fresh durian have been exported to China since the first shipment left Davao
        City in April last year, and farmgate prices have risen to as much as P150 a kilo for the
        Puyat variety, according to the department's regional office. Growers in the Calinan and
        Baguio districts of Davao City, and in the towns of Kapalong and Santo Tomas in Davao del
        Norte, have planted thousands of new trees, some of them on land previously used for
        bananas. 'Before, the traders from Manila set the price, now we have buyers coming from
        Guangzhou,' said a farmer in Calinan who has 300 trees. The country still lags far behind
        Thailand and Vietnam, which together supply more than 95 percent of China's durian imports,
        and exporters complain about the cost of cold storage and shipping from Mindanao. The
        Kadayawan festival in Davao City, which celebrates the harvest, opens next week.
        """),
        "other",
    ),
    (
        "Colombian flower growers ship 700 million stems for Valentine's Day despite US tariff",
        _t("""
        Colombian growers shipped about 700 million stems of roses, carnations and chrysanthemums to
        the United States in the weeks before Valentine's Day, a season that accounts for about 15%
        of the sector's annual sales, the flower exporters' association Asocolflores said. About
        40,000 tonnes of flowers left Bogotá's El Dorado airport on some 600 cargo flights between
        mid-January and early February, most of them bound for Miami, according to the airport
        operator. The sector employs about 200,000 people, many of them women heads of household in
        the savannah around Bogotá and in Antioquia. Exporters said costs had risen because of the
        strong peso and a 10% tariff imposed by Washington on imports from Colombia, but that demand
        had held up. 'We had a good season, but margins are tighter than ever,' said the manager of
        a farm in Madrid, Cundinamarca. The sector, Colombia's main non-traditional agricultural
        export, sold flowers worth more than 2.3 billion dollars last year. Growers are also trying
        to expand sales to Asia, with the first direct shipments to Japan and South Korea this year.
        """),
        "other",
    ),
    (
        "Metro rail ridership hits record as Dhaka commuters dodge traffic",
        _t("""
        The Dhaka metro rail carried a record 4.12 lakh passengers on Tuesday, the highest in a
        single day since MRT Line-6 began commercial operations, Dhaka Mass Transit Company Limited
        (DMTCL) said yesterday. The 20-kilometre line between Uttara and Motijheel now runs trains
        every eight minutes during peak hours, and the company plans to extend its operating hours
        until 10:00pm from next month. Commuters said the metro had cut their travel time from two
        hours to less than 40 minutes, but complained of overcrowding at stations such as Farmgate
        and Karwan Bazar, where queues at ticket machines stretch onto the stairs. 'Before the
        metro, I used to spend four hours a day on the road; now I can have dinner with my
        children,' said a private bank official who travels from Mirpur to Motijheel. The DMTCL
        said it would add more carriages to each train by next year and that work on the extension
        to Kamalapur was progressing. Transport experts said the success of Line-6 showed the need
        to speed up the other planned lines, including MRT Line-1 to the airport. The metro was
        closed for several weeks in July 2024 after two stations were vandalised during the
        student protests.
        """),
        "other",
    ),
    (
        "Monarch butterflies return to Michoacán forests in greater numbers, count shows",
        _t("""
        The area of forest occupied by monarch butterflies wintering in central Mexico nearly
        doubled this season compared with last year, when it fell to the second-lowest level on
        record, the World Wildlife Fund (WWF) and Mexico's Commission of Natural Protected Areas
        said on Wednesday. The butterflies covered 1.79 hectares of fir and pine forest in the
        states of Michoacán and Mexico this winter, up from 0.9 hectares a year earlier, the groups
        said. Scientists attributed the recovery to better weather during the migration from
        Canada and the United States, though they warned that the population remained well below
        the levels of the 1990s because of the loss of habitat and the use of herbicides. Illegal
        logging in the Monarch Butterfly Biosphere Reserve fell by more than 60%, according to the
        WWF, which credited patrols by local communities and the National Guard. 'Every year the
        butterflies arrive, it is a celebration for the communities, because they depend on
        tourism,' said a guide at the El Rosario sanctuary in Ocampo. The sanctuaries are open to
        visitors until the end of March.
        """),
        "other",
    ),
]
