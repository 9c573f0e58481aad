"""dev121 negatives (6 of 6): politics with its battles and the politics of refugees and asylum,
the economy with its price and trade wars, and ordinary news (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Shutdown battle drags into third week as Senate vote fails again",
        "WASHINGTON (AP) — The battle over government funding dragged into a third week on "
        "Monday as a stopgap bill failed in the Senate for the ninth time, with Democrats "
        "holding out for an extension of health care subsidies. Hundreds of thousands of "
        "federal workers remain on unpaid leave.",
        "politics",
    ),
    (
        "First migrants returned to France under UK 'one in, one out' deal",
        "LONDON — The first migrants who crossed the Channel in small boats were flown back "
        "to France on Thursday under the 'one in, one out' pilot agreed by the two "
        "governments, the Home Office said. Home Secretary Shabana Mahmood said the returns "
        "showed the government was winning its fight against the smuggling gangs.",
        "politics",
    ),
    (
        "Bundestag suspends family reunification for refugees with subsidiary protection",
        "BERLIN — The Bundestag voted on Friday to suspend for two years the right of "
        "refugees with subsidiary protection, most of them Syrians, to bring family members "
        "to Germany. Interior Minister Alexander Dobrindt said the move would help cut "
        "irregular migration. Aid groups said it would keep children apart from their "
        "parents.",
        "politics",
    ),
    (
        "Germany deports 81 Afghan offenders to Kabul on charter flight",
        "BERLIN — Germany deported 81 Afghan men convicted of crimes to Kabul on a charter "
        "flight on Friday, the interior ministry said, the second such flight since the "
        "Taliban took power in 2021. Berlin said it had arranged the flight with the help "
        "of Qatar and had no direct talks with the Taliban.",
        "politics",
    ),
    (
        "US sets refugee cap at 7,500, with most places for white South Africans",
        "WASHINGTON — The Trump administration has set the number of refugees the United "
        "States will admit this fiscal year at 7,500, a record low, according to a notice "
        "published on Thursday. Most of the places are reserved for white South Africans.",
        "politics",
    ),
    (
        "Poland extends suspension of asylum right at Belarus border",
        "WARSAW — Poland's parliament voted on Wednesday to extend for another 60 days the "
        "suspension of the right to claim asylum for people crossing from Belarus. Prime "
        "Minister Donald Tusk calls the migrant crossings a tool in Minsk's and Moscow's "
        "“hybrid war” against the EU.",
        "politics",
    ),
    (
        "Pakistan begins new phase of deportations of Afghans with PoR cards",
        "ISLAMABAD: The government on Monday began deporting Afghan nationals holding Proof "
        "of Registration cards, after a deadline to leave the country voluntarily expired, "
        "the interior ministry said. More than 1.2 million Afghans have returned since the "
        "repatriation drive began in 2023.",
        "politics",
    ),
    (
        "Ruto vows to 'wage war' on graft in State of the Nation address",
        "NAIROBI — President William Ruto on Thursday vowed to wage “total war” on "
        "corruption in his State of the Nation address. He told Parliament that public "
        "officers who could not explain their wealth would be sacked and prosecuted, "
        "drawing heckles from opposition benches.",
        "politics",
    ),
    (
        "Takaichi wins battle for LDP leadership, set to be Japan's first woman premier",
        "TOKYO — Sanae Takaichi won the battle to lead Japan's ruling Liberal Democratic "
        "Party on Saturday, beating Shinjiro Koizumi in a runoff and putting her on course "
        "to become the country's first female prime minister.",
        "politics",
    ),
    (
        "EU agrees list of 'safe countries of origin' to speed up asylum returns",
        "BRUSSELS — EU interior ministers agreed on Monday on a common list of seven "
        "“safe countries of origin”, including Bangladesh, Egypt and Morocco. Asylum claims "
        "from their citizens can now be fast-tracked and rejected more easily. Rights "
        "groups said the list ignored persecution in several of the countries.",
        "politics",
    ),
    (
        "BYD slashes prices again as China's EV price war deepens",
        "SHENZHEN — BYD cut the prices of 22 models by up to 34% on Friday, sending shares "
        "of Chinese carmakers tumbling. Investors fear a new round of the price war that "
        "has squeezed profits across the industry.",
        "economy",
    ),
    (
        "US and China agree 90-day truce in tariff war after Geneva talks",
        "GENEVA — The United States and China agreed on Monday to slash the steep tariffs "
        "they imposed on each other for 90 days, a truce in the trade war that had rattled "
        "markets and threatened a global recession. Stocks rallied worldwide.",
        "economy",
    ),
    (
        "BBVA's hostile bid for Sabadell fails after shareholders shun offer",
        "MADRID — BBVA's 17-month hostile takeover bid for Sabadell failed on Thursday after "
        "only about a quarter of the smaller bank's shareholders accepted the offer. It ends "
        "one of the most bitter battles in European banking.",
        "economy",
    ),
    (
        "European defence stocks hit record as NATO spending pledge looms",
        "LONDON — Shares in Rheinmetall, Saab and BAE Systems hit record highs on Tuesday as "
        "investors bet that NATO's new spending target would fuel years of orders. The STOXX "
        "Europe aerospace and defence index rose for a sixth session.",
        "economy",
    ),
    (
        "Oil extends slide as Iran-Israel ceasefire holds",
        "SINGAPORE — Oil prices fell for a second day on Wednesday as a ceasefire between "
        "Iran and Israel appeared to be holding, easing fears of supply disruptions in the "
        "Middle East, with Brent crude down 0.6% at $66.70 a barrel.",
        "economy",
    ),
    (
        "Maersk says ships will keep avoiding Red Sea despite ceasefire",
        "COPENHAGEN — Maersk will keep routing its container ships around the Cape of Good "
        "Hope for now, the Danish company said on Wednesday. It wants lasting security "
        "guarantees before returning to the Suez Canal, which carriers have avoided since "
        "late 2023. The detour adds up to two weeks to voyages between Asia and Europe.",
        "economy",
    ),
    (
        "Paramount launches hostile bid as streaming war for Warner Bros heats up",
        "NEW YORK — Paramount Skydance launched a hostile $30-a-share bid for Warner Bros "
        "Discovery on Monday, days after the studio agreed to sell its film and streaming "
        "businesses to Netflix. The offer sets up a bidding war for one of Hollywood's "
        "oldest names.",
        "economy",
    ),
    (
        "Kast wins Chile's presidential runoff",
        "SANTIAGO (EFE).- Conservative José Antonio Kast won Chile's presidential runoff on "
        "Sunday with about 58% of the vote, defeating left-wing candidate Jeannette Jara, "
        "according to official results with nearly all ballots counted. Jara conceded "
        "defeat within an hour.",
        "other",
    ),
    (
        "Starship explodes during test flight, raining debris over Caribbean",
        "SpaceX's Starship rocket exploded minutes after launch from Texas on Thursday "
        "during its eighth test flight, scattering debris over the Caribbean. The Federal "
        "Aviation Administration briefly halted flights at several Florida airports.",
        "other",
    ),
    (
        "Astronomers find strongest evidence yet of possible life signs on distant planet",
        "Astronomers using the James Webb Space Telescope have detected molecules in the "
        "atmosphere of the planet K2-18b that on Earth are produced only by living "
        "organisms, a team from the University of Cambridge said on Wednesday, while warning "
        "that more observations are needed.",
        "other",
    ),
    (
        "Heavy snow shuts schools and airports across northern Japan",
        "TOKYO — Record snowfall closed hundreds of schools and grounded flights across "
        "Hokkaido and the Tohoku region on Monday, the Japan Meteorological Agency said. "
        "More snow is expected through the week.",
        "other",
    ),
    (
        "Former refugee from Sudan sworn in as Melbourne's youngest councillor",
        "MELBOURNE — A 24-year-old nurse who arrived in Australia as a refugee from Sudan "
        "at the age of six was sworn in on Tuesday as the youngest councillor in the City "
        "of Melbourne's history. She said she wanted to make housing more affordable.",
        "other",
    ),
    (
        "Syrian families head home from Lebanon on first UN-organised convoy",
        "BEIRUT — About 400 Syrian refugees left Lebanon on Tuesday on the first return "
        "convoy organised by the UN refugee agency since the fall of Bashar al-Assad, UNHCR "
        "said. Each family received a cash grant to help them restart their lives.",
        "other",
    ),
    (
        "Pope Leo XIV calls for 'unarmed and disarming' peace in first address",
        "VATICAN CITY — Pope Leo XIV, the first American pontiff, appeared on the balcony of "
        "St Peter's Basilica on Thursday evening and called for a peace that is “unarmed "
        "and disarming”, in his first words to the crowd after his election.",
        "other",
    ),
]
