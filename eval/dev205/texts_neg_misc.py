"""dev205 negatives: bin strikes and municipal walkouts, peaceful protests at city hall,
town-hall meetings about refugees being housed, public health drives and the rest of the
local news."""

NEGATIVES = [
    (
        "Birmingham bin strike: rubbish piles up as talks collapse again",
        "Talks to end the all-out strike by Birmingham's bin workers collapsed again on "
        "Wednesday, leaving an estimated 17,000 tonnes of uncollected rubbish on the streets "
        "of England's second city. The Unite union said the council's latest offer would still "
        "leave some drivers and loaders thousands of pounds a year worse off after the "
        "abolition of a waste collection role. The council, which is under the oversight of "
        "government commissioners after declaring itself effectively bankrupt, said the role "
        "had to go to settle equal pay liabilities and that no worker would lose their job. "
        "Residents in districts such as Small Heath, Sparkbrook and Kings Heath have posted "
        "photographs of bags torn open by foxes and rats. The council declared a major "
        "incident, allowing it to draft in extra crews and contractors, and has opened "
        "household recycling centres for longer hours. Pickets have gathered peacefully at "
        "depots in Tyseley and Perry Barr since early morning, and police said there had been "
        "no arrests. The union's general secretary said workers were \"not going back to be "
        'robbed". Ministers have urged both sides to return to the negotiating table with '
        "the help of the conciliation service Acas. Environmental health officers said the "
        "risk to public health was being monitored daily. The leader of the council called "
        'the strike "a battle nobody can win" and said its offer was final. Some residents '
        "have begun paying private firms to take their waste away, while others drive bags "
        "to the tips themselves. The dispute began with a series of one-day walkouts in "
        "January and became an all-out strike in March.",
        "protest",
    ),
    (
        "Paris collectors end three-week strike as 10,000 tonnes wait on pavements",
        "Refuse collectors in Paris voted on Tuesday to suspend a three-week strike against the "
        "government's pension reform, after rubbish had piled up to the height of car roofs "
        "in some streets of the capital. City hall said about 10,000 tonnes of waste remained "
        "uncollected, and that it would take several days to clear. The workers, whose "
        "retirement age would rise under the reform, had also blockaded the city's three "
        "incineration plants. Parisians and tourists photographed heaps of bags outside "
        "restaurants in the Latin Quarter and around the Opéra. The mayor had refused a "
        "request from the police prefect to requisition striking workers, saying she "
        "supported their demands. The CGT union said the strike had been suspended, not "
        "ended, and that collectors would join further days of action. Private contractors "
        "were hired to clear streets in arrondissements not served by municipal crews.",
        "protest",
    ),
    (
        "Tenants occupy Los Angeles City Hall rotunda to demand rent freeze",
        "Hundreds of tenants and housing activists filled the rotunda of Los Angeles City Hall "
        "on Tuesday to demand a rent freeze for rent-stabilised apartments, chanting and "
        "singing as the City Council met upstairs. Organisers from tenants' unions in Boyle "
        "Heights, Koreatown and South LA said rents had risen faster than wages for a decade. "
        "The protest was peaceful, and police arrested nine people who refused to leave the "
        "building after closing time, according to the LAPD. They were cited for trespassing "
        "and released. Landlord groups said a freeze would push small owners out of the "
        "business and reduce maintenance. Inside the chamber, councillors voted to limit the "
        'annual increase to 3%, a compromise that neither side welcomed. "We came for a '
        'freeze and we got a thaw," one organiser said on the steps outside. The measure '
        "takes effect on July 1.",
        "protest",
    ),
    (
        "Vigil outside Roscrea hotel as townspeople await asylum centre decision",
        "Several hundred residents of Roscrea, County Tipperary, held a candlelit vigil outside "
        "a hotel in the town on Friday evening to oppose its conversion into accommodation "
        "for up to 160 international protection applicants. Organisers said they were not "
        "against refugees but that the town had too few doctors, school places and public "
        "services to cope. Gardaí said the gathering passed off without incident. Local "
        "councillors said the Department of Integration had given them less than a week's "
        "notice of the plan and called for a meeting with the minister. A smaller group of "
        "residents held a welcome event in the town square on Saturday. The department said "
        "Ireland had an obligation to house those seeking protection and that it was "
        "struggling to find beds as numbers rose. The hotel owner declined to comment.",
        "protest",
    ),
    (
        "Angry but orderly: Bavarian village packs town hall over refugee containers",
        "More than 500 people crammed into the community hall of a village in Upper Bavaria "
        "on Thursday evening, several times its population, to hear the district "
        "administrator explain plans to house up to 300 asylum seekers in containers on a "
        "former sports ground. Residents booed and heckled as officials described security "
        "arrangements and bus services, and some shouted that the village had not been "
        "consulted. The mayor said he had learned of the project from a letter and shared "
        "their frustration. The district administrator said every municipality had to take a "
        "share and that the county had run out of hotels and gyms. A teacher who had helped "
        "refugee families in 2015 was applauded when she said newcomers deserved a fair "
        "chance. Police officers stood at the back of the hall but were not needed. The "
        "municipal council will vote on a planning objection next week, although the district "
        "can override it. The evening ended shortly before midnight.",
        "politics",
    ),
    (
        "Johannesburg municipal workers march on Metro Centre over wage deal",
        "Thousands of municipal workers marched through Braamfontein to Johannesburg's Metro "
        "Centre on Thursday to hand over a memorandum demanding that the city honour a wage "
        "agreement signed two years ago. Members of the South African Municipal Workers' Union "
        "sang and danced as they walked, and the march ended peacefully after a council "
        "official accepted the memorandum. Rubbish collection by Pikitup, the city's waste "
        "agency, was disrupted in several suburbs because many staff joined the strike. The "
        "city says it cannot afford the increases without cutting services, and its finance "
        'committee chair told reporters that the budget was already "bleeding". The union '
        "gave the city seven days to respond. Johannesburg Metro Police directed traffic "
        "around the route.",
        "protest",
    ),
    (
        "Kathmandu street vendors stage sit-in as mayor presses eviction drive",
        "Several hundred street vendors staged a sit-in outside the office of Kathmandu "
        "Metropolitan City on Sunday to protest against a campaign by the mayor's office to "
        "clear pavements of stalls. The vendors, many of whom sell vegetables, clothes and "
        "snacks around Ratnapark and New Road, said they had nowhere else to earn a living and "
        "demanded designated market areas. Municipal police had seized carts and goods in "
        "recent weeks, prompting angry exchanges on social media. The mayor, a former rapper "
        "and engineer with a large online following, said footpaths belonged to pedestrians "
        "and that the city would offer space in a new market building. Rights groups called "
        "for a dialogue. The sit-in ended in the afternoon after officials agreed to meet "
        "vendors' representatives.",
        "protest",
    ),
    (
        "Italian mayors in tricolour sashes march on Rome against cuts to local budgets",
        "Hundreds of mayors wearing their green, white and red sashes marched through central "
        "Rome on Wednesday to protest against cuts to local government funding in the "
        "government's draft budget. The national association of Italian municipalities, ANCI, "
        "said councils would lose about 250 million euros a year, forcing them to reduce "
        "school transport, care for the elderly and road maintenance. Mayors from small "
        "mountain villages walked alongside those of large cities, including Naples and "
        'Bologna, and the march ended with speeches in Piazza Santi Apostoli. "We are the '
        "first door citizens knock on,\" the association's president said. The economy "
        "ministry said the cuts were necessary to meet European fiscal rules and that "
        "councils with healthy finances would be spared. Several mayors said they would raise "
        "local taxes or sell property to fill the gap.",
        "protest",
    ),
    (
        "Dhaka North mounts fumigation blitz as dengue cases hit record",
        "Dhaka North City Corporation launched a ten-day fumigation drive on Sunday as dengue "
        "cases in the Bangladeshi capital hit a record for the month of July. Teams with "
        "fogging machines and larvicide are visiting every ward, and the mayor said "
        "construction sites where stagnant water is found would be fined. The Directorate "
        "General of Health Services said hospitals in Dhaka were treating more than 1,500 "
        "new patients a day, and paediatric wards were overcrowded. Entomologists say fogging "
        "kills adult mosquitoes but does little to stop breeding, and urged the city to focus "
        "on clearing containers, drains and rooftop gardens. Residents complained that the "
        "fogging teams skipped narrow lanes. The city has also launched a hotline for reports "
        "of breeding sites. Dengue killed more than 1,700 people in Bangladesh last year, the "
        "worst outbreak on record.",
        "health",
    ),
    (
        "Hackney opens pop-up measles clinics in libraries as cases climb",
        "Hackney Council has opened pop-up vaccination clinics in libraries, children's centres "
        "and a mosque in the east London borough after a rise in measles cases among young "
        "children. Public health officials said uptake of the MMR vaccine in the borough was "
        "among the lowest in England, with fewer than seven in ten children fully vaccinated "
        "by the age of five. Parents can bring children without an appointment, and the clinics "
        "will offer catch-up doses for teenagers and young adults. The council's cabinet "
        "member for health said misinformation on social media and difficulties getting GP "
        "appointments had both played a part. Health visitors are also calling families whose "
        "children are overdue for a dose. The UK Health Security Agency said measles could "
        "cause serious complications and spread quickly in schools.",
        "health",
    ),
    (
        "South Cambridgeshire makes four-day week permanent after trial",
        "South Cambridgeshire District Council has voted to make a four-day working week "
        "permanent for its office staff, after a trial that it said maintained or improved "
        "performance in most services. Staff are expected to do 100% of their work in 80% of "
        "their hours, for the same pay. The council said the change had helped it fill "
        "vacancies, cutting its spending on agency workers by hundreds of thousands of "
        "pounds a year. Bin crews have been on a four-day week for years. Ministers had "
        "previously told the council to end the trial, saying taxpayers expected full-time "
        "services. The council's leader said residents had noticed no difference, except that "
        "phones were answered faster. Independent analysis by academics at two universities "
        "found that staff well-being improved and sickness fell. Other councils are watching "
        "the results closely.",
        "other",
    ),
    (
        "Two years on, Ukrainian families have made a Polish town their own",
        "When the first Ukrainian families arrived in Krosno in the spring of 2022, the town "
        "hall turned its wedding room into a reception point and its sports hall into a "
        "dormitory. Two years later, the sports hall is back to hosting basketball, and most "
        "of the roughly 2,000 Ukrainians who stayed in the town rent flats, work and send "
        "their children to local schools. The mayor says the newcomers have helped fill jobs "
        "in factories and care homes in a town whose population had been shrinking. The "
        "library runs Polish classes three evenings a week, and a Ukrainian Saturday school "
        "meets in a primary school. Some residents grumble about waiting lists at clinics, "
        'and government support for refugees has been cut. "At first we thought we would '
        'stay a few weeks," said a woman from Zaporizhzhia who now runs a beauty salon on the '
        "main square. The council has twinned the town with a city in western Ukraine and "
        "hosts its delegations twice a year.",
        "other",
    ),
    (
        "Gwynedd council votes for Welsh-only names on new streets",
        "Gwynedd Council in north-west Wales has voted to require that all new streets and "
        "housing developments in the county be given Welsh names, and that existing Welsh "
        "house names be protected from change. The move follows complaints that historic "
        'names had been replaced by English ones such as "Sunset Cottage" when holiday homes '
        "were sold. Councillors said place names carried the history of farms, families and "
        "landscapes. Developers will be able to propose names, but the council's language "
        "unit will have the final say. A small number of residents objected that the rule "
        "would confuse delivery drivers and emergency services. The council said English "
        "translations would not appear on signs. Around 64% of Gwynedd's residents speak "
        "Welsh, the highest share of any county.",
        "other",
    ),
]
