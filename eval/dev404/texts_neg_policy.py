"""dev404 negatives, politics and crime: the 'war' on short lets, rent rules, fraud and violence
among landlords and tenants, and other housing news."""

NEGATIVES = [
    (
        "Barcelona declares war on tourist flats with plan to scrap all 10,000 licences",
        "Barcelona will eliminate all of its roughly 10,000 licensed tourist apartments by "
        "2028, mayor Jaume Collboni said on Friday, in the most drastic move yet by a European "
        'city against short-term rentals. "We are facing the biggest problem Barcelona has," '
        "Collboni said, blaming tourist lets for pushing up rents by 68% in a decade. The city "
        "will not renew licences when they expire in November 2028. Apartur, the association "
        "of tourist apartment owners, said the plan was illegal and would fuel a black market, "
        "and vowed to fight it in the courts. Airbnb said the decision would hurt families who "
        "rent out their homes. Spain's Constitutional Court has previously upheld regional "
        "powers to regulate tourist lets. Housing campaigners welcomed the plan but said it "
        "did nothing about the rise in seasonal leases."
        " About 25,000 people have signed up for the city's affordable housing register.",
        "politics",
    ),
    (
        "New York's crackdown on Airbnb wipes out 15,000 listings in a month",
        "New York City's new registration rules for short-term rentals have wiped out about "
        "15,000 Airbnb listings in the month since enforcement began, data from Inside Airbnb "
        "showed. Under Local Law 18, hosts must register with the city, be present during the "
        "stay and host no more than two guests. Airbnb, which lost a court battle to block the "
        'law, called it a "de facto ban" that would push tourists into pricier hotels. The '
        "mayor's office said the law was aimed at returning apartments to long-term renters. "
        "Hotel room rates in Manhattan rose during the same period, according to CoStar. "
        "Hosts say listings have moved to longer 30-day stays, which the law does not cover. "
        "Economists say it is too early to tell whether the crackdown has eased rents, which "
        "hit a record median of $4,400 in Manhattan this summer."
        " The city said about 3,000 applications for registration had been received and fewer "
        "than half approved. Airbnb said it would continue to work with the city on changes to"
        " the rules.",
        "politics",
    ),
    (
        "Reeves declares war on Nimbys as planning bill clears Commons",
        "Legislation to speed up planning decisions in England cleared the House of Commons on "
        'Monday, as ministers promised to get "the diggers in the ground" to meet their target '
        "of 1.5 million homes by the end of the parliament. The Planning and Infrastructure "
        "Bill would curb the power of councillors to block developments that planning officers "
        "have recommended and create a nature restoration fund that developers can pay into. "
        'Chancellor Rachel Reeves said the government was "taking on the blockers". Wildlife '
        "groups, including the RSPB, say the bill is an attack on protected habitats and have "
        "lobbied peers to amend it. Housebuilders welcomed the reforms but warned that "
        "shortages of skilled workers and high interest rates remained bigger obstacles. Net "
        "additional dwellings in England fell to about 220,000 last year."
        " The bill also changes how landowners are paid when their land is bought compulsorily "
        "for housing. Peers are expected to debate it in the autumn.",
        "politics",
    ),
    (
        "Berlin's battle with landlords: expropriation referendum result sits in limbo",
        "Three years after Berliners voted to expropriate large corporate landlords, the city "
        "government has yet to draft a law, and campaigners are preparing a new referendum to "
        "force its hand. The 2021 vote, backed by 59% of those who took part, called for "
        "companies owning more than 3,000 flats, such as Vonovia, to be bought out below market "
        "value. An expert commission concluded last year that socialisation would be legal "
        "under the German constitution. The ruling coalition of the Christian Democrats and "
        "Social Democrats has proposed a framework law instead, which critics say is designed "
        'to delay. "This is a war of attrition against the voters," said a spokesperson for '
        "the Deutsche Wohnen and Co Enteignen campaign. Rents for new leases in Berlin have "
        "risen by more than 40% since 2019, according to a study by the Berlin Institute."
        " Vonovia said expropriation would cost the city billions and build not a single new "
        "flat. The city says it will build 20,000 new homes a year but has fallen short of "
        "that target since 2021.",
        "politics",
    ),
    (
        "Milei's rent law repeal: Buenos Aires listings double as the battle over contracts ends",
        "The number of flats for rent in Buenos Aires has more than doubled since Argentina's "
        "President Javier Milei scrapped the country's rent law by decree, data from the "
        "listings portal Zonaprop showed. The 2020 law had required three-year leases with "
        "annual inflation adjustments, and landlords had responded by pulling flats off the "
        "market or renting them to tourists. Under the new rules, landlords and tenants can "
        "agree any length, currency and update schedule. Real rents have fallen by about a "
        "third in the capital, the data suggest, although many contracts are now priced in "
        "dollars. Tenant groups say the deregulation leaves families exposed to increases every "
        "three months. Congress has failed to overturn the decree. Milei called the change "
        '"the end of a war against property owners".'
        " Real estate chambers say the supply of flats for sale has also risen, as owners who "
        "had held back return to the market. Building permits in the capital rose in the first"
        " half of the year.",
        "politics",
    ),
    (
        "Canada extends foreign buyer ban as Ottawa fights housing crunch",
        "Canada will extend its ban on foreign buyers of residential property for another two "
        "years, the finance department said on Sunday, as the government battles a housing "
        "affordability crisis ahead of an election. The ban, which took effect in 2023, "
        "prohibits most non-Canadians from buying homes, with exceptions for permanent "
        "residents and some work permit holders. Economists say it has had little effect on "
        "prices because foreign buyers made up a small share of the market. The government has "
        "also capped international student permits and announced plans to build nearly 4 "
        "million homes by 2031. Conservative leader Pierre Poilievre called the measures a "
        '"gimmick" and promised to tie federal infrastructure money to the number of homes '
        "cities approve."
        " The ban was first introduced by the Liberal government as a two-year measure. Housing"
        " starts rose in the month, driven by rental apartment projects in Toronto and "
        "Vancouver.",
        "politics",
    ),
    (
        "Lisbon ends golden visas for property in war on speculation",
        "Portugal's parliament approved the end of its golden visa scheme for property "
        "investors on Friday, part of a housing package that the government says will fight "
        "speculation and bring homes back onto the rental market. Since 2012, the scheme "
        "granted residence permits to more than 11,000 foreign investors, mostly from China, "
        "Brazil and the United States, in exchange for buying property worth at least "
        "EUR500,000. The package also bans new short-term rental licences in most of the "
        "country and gives tax breaks to landlords who switch to long-term leases. The "
        "Association of Local Accommodation in Portugal called the measures an attack on "
        "small owners and said it would challenge them. Prime Minister Antonio Costa said "
        'housing was "the great battle of this legislature". Lisbon house prices have roughly '
        "doubled since 2015."
        " Investors who already hold golden visas can renew them under the old rules.",
        "politics",
    ),
    (
        "Squatter convicted of killing landlord in Queens row over vacated flat",
        "A jury in Queens convicted a 38-year-old man of manslaughter on Thursday for killing a "
        "landlord who had tried to reclaim an apartment the man was occupying without a "
        "lease. Prosecutors said the defendant and two associates stabbed the 52-year-old "
        "owner and stuffed his body into a duffel bag after he changed the locks. The case "
        "drew national attention to squatting in New York, where people who occupy a property "
        "for 30 days can claim tenants' rights that force owners into housing court. State "
        "lawmakers later changed the law to exclude squatters from the definition of tenant. "
        "Defence lawyers argued the killing happened in a fight and that their client had "
        "acted in self-defence. Sentencing was set for next month, and the defendant faces up "
        "to 25 years in prison."
        " The victim's son told the court his father had bought the apartment as a home for his"
        " retirement. Two co-defendants are due to stand trial later this year.",
        "crime",
    ),
    (
        "Mafia clans 'muscled in' on Milan construction sites, prosecutors say",
        "Italian police arrested 18 people in Lombardy on Tuesday in an investigation into how "
        "'Ndrangheta clans infiltrated construction and demolition firms working on housing "
        "projects in Milan, prosecutors said. The suspects are accused of extortion, "
        "intimidation, illegal waste disposal and fraud on public building subsidies. Investigators "
        "said the clans imposed their own subcontractors on developers and threatened rivals "
        "by setting fire to excavators. One businessman who refused to pay had his car riddled "
        "with bullets outside his home, prosecutors said. Assets worth about EUR30m, including "
        "flats and building plots, were seized. Milan's construction boom ahead of the 2026 "
        "Winter Olympics has drawn warnings from anti-mafia investigators. The suspects' "
        "lawyers did not comment."
        " One of the firms had won subcontracts on a project to build 600 student flats in the "
        "south of the city. The mayor said the city would review all contracts held by the "
        "companies involved.",
        "crime",
    ),
    (
        "Title fraud gang stole 40 homes from elderly owners, Toronto police say",
        "Toronto police have charged seven people with fraud and money laundering over a scheme "
        "in which they allegedly impersonated homeowners to sell or mortgage properties they did "
        "not own. Investigators said the group targeted mostly elderly owners and vacant "
        "houses, using forged identity documents and bank drafts. About 40 properties worth "
        "more than C$30m were affected, police said. In several cases, the real owners learned "
        "of the fraud only when a lender began foreclosure. The suspects were arrested in raids "
        "on homes in Vaughan and Brampton, where police seized cash, jewellery and fake "
        "passports. Ontario's land registry has introduced extra identity checks, but lawyers "
        "say fraudsters are exploiting remote closings. Title insurers said claims had risen "
        "sharply over the past three years."
        " One victim, an 83-year-old widow, discovered that her house in Scarborough had been "
        "mortgaged twice while she was in hospital.",
        "crime",
    ),
    (
        "Landlord shot dead at his door in Atlanta eviction dispute",
        "A landlord was shot and killed at the front door of one of his rental houses in south "
        "Atlanta on Monday, a day after he served the tenant with an eviction notice, police "
        "said. Officers found the 61-year-old man with several gunshot wounds in the doorway of "
        "the house on Cleveland Avenue. The tenant, a 44-year-old man, was arrested a short "
        "distance away and charged with murder. Neighbours said the two men had argued loudly "
        "over unpaid rent for weeks. Fulton County has one of the highest eviction filing rates "
        "in the United States, and court officials say tensions between landlords and tenants "
        "have grown since pandemic protections ended. The victim's daughter said her father "
        "owned four houses and had asked police for help the day before. Investigators have "
        "not released the name of the suspect."
        " Landlord associations in Georgia have called for faster court processes, while tenant"
        " groups say rising rents are pushing families to the edge.",
        "crime",
    ),
    (
        "London 'laundromat': £2bn of property bought with suspect funds, report finds",
        "Properties worth about £2bn in London and the south-east were bought with money from "
        "people accused of corruption or linked to the Kremlin, according to a report by "
        "Transparency International UK. The anti-corruption group identified more than 150 "
        "properties, many held through companies in the British Virgin Islands and other "
        "secrecy jurisdictions. Britain's register of overseas entities, introduced in 2022 "
        "after Russia's invasion of Ukraine, was meant to reveal the true owners, but thousands "
        "of companies have still not complied. The National Crime Agency has obtained several "
        "unexplained wealth orders but lost a high-profile case in 2020. Estate agents are "
        "required to report suspicious transactions, but the number of reports from the sector "
        "remains low. The government said it would tighten enforcement and fine companies that "
        "do not declare their owners."
        " Some of the properties sit empty for most of the year.",
        "crime",
    ),
    (
        "Arson for insurance: developer jailed over Brooklyn brownstone fire",
        "A Brooklyn property developer was sentenced to eight years in prison on Wednesday for "
        "paying two men to set fire to a vacant brownstone he owned in Bedford-Stuyvesant so he "
        "could claim the insurance and clear the site. The blaze spread to a neighbouring "
        "building, forcing 14 residents to flee and injuring a firefighter. Prosecutors said "
        "the developer had struggled to sell the rent-stabilised building, whose two remaining "
        "tenants refused buyout offers. Text messages showed him telling one of the men to "
        '"make it look like the wiring". Fire marshals found accelerant on the stairs. The two '
        "men who lit the fire had pleaded guilty earlier and received shorter sentences. The "
        "developer's lawyer said he would appeal."
        " Fire officials said the building's sprinkler system had been disconnected weeks "
        "before the fire. The neighbouring building's residents were rehoused for three months"
        " while it was repaired. Both tenants of the brownstone have since been given flats by"
        " the city.",
        "crime",
    ),
    (
        "Vienna's social housing model draws pilgrims from cash-strapped cities",
        "Officials from London, Los Angeles and Berlin have visited Vienna this year to study "
        "the city's social housing system, in which about half of residents live in "
        "municipal or subsidised co-operative flats. The city owns about 220,000 flats and "
        "finances new ones through a dedicated housing tax paid by all workers. Rents in the "
        "subsidised sector are capped and tenants can stay for life, even if their income rises. "
        "Critics say waiting lists are long and that the model depends on land the city bought "
        "cheaply a century ago. The latest estate, on the site of a former railway yard, "
        'includes 3,000 homes, a school and a park. "The secret is that we never sold," said '
        "the city's housing councillor. Vienna regularly tops global rankings of the most "
        "liveable cities."
        " Rents in the municipal flats average about EUR8 per square metre, roughly half the "
        "price on the private market. Middle-income households are eligible, which the city "
        "says prevents the estates from becoming ghettos.",
        "other",
    ),
    (
        "Tiny homes, big fights: Auckland council approves 'granny flats' without consent",
        "Auckland homeowners will be able to build small standalone homes of up to 70 square "
        "metres without resource consent under rules approved by the government this week. "
        "The change is meant to help families house ageing parents or adult children and to "
        "add cheaper rental stock. Builders of modular units said inquiries had jumped since "
        "the announcement. Some councillors argued the change would strain water and "
        "drainage networks in older suburbs. The rules take effect early next year and apply "
        "across New Zealand. The Ministry of Housing estimates that 1,500 extra granny flats "
        'could be built each year. "It\'s a small fix, but a real one," said a Grey Lynn '
        "architect who designs compact homes."
        " Homeowners will still need building consent and must connect the new homes to council"
        " services. Property Council New Zealand welcomed the change but said it would not "
        "solve the shortage of family homes. Auckland's average rent for a two-bedroom house "
        "is about NZ$600 a week.",
        "other",
    ),
    (
        "Japan's akiya: city offers empty houses for the price of a coffee",
        "A town in Nagano prefecture is giving away empty houses for a nominal fee of 100 yen "
        "to young families who agree to live in them for at least ten years, part of Japan's "
        "effort to deal with about 9 million abandoned homes, known as akiya. The government's "
        "housing survey counted a record 13.8% of homes vacant. Many are in rural areas that "
        "have lost their population as young people move to Tokyo and Osaka. Foreign buyers "
        "have also been drawn by low prices, and several agencies now market akiya online. "
        "Renovation can cost far more than the purchase price, and some houses sit on land "
        "that cannot be rebuilt on. Local officials say the programme has brought in 22 "
        "families in three years, including four from abroad."
        " A law passed in 2023 lets municipalities raise property taxes on neglected empty "
        "homes. Estate agents say demand from foreigners is concentrated in ski resorts and in"
        " Kyoto.",
        "other",
    ),
    (
        "Office-to-flats conversions stall as costs outweigh savings, survey finds",
        "Plans to convert empty office buildings into homes in US and European cities are "
        "stalling because the work costs more than building new, according to a survey of "
        "developers by the Urban Land Institute. Only about one in five office towers is "
        "suitable for conversion because of deep floor plates, window placement and plumbing, "
        "the report said. New York has offered tax breaks for conversions in Manhattan, and "
        "Calgary pays developers per square foot of office space removed. Several projects in "
        "Chicago and San Francisco have been cancelled as interest rates rose. Architects say "
        "the most successful conversions are older buildings with narrow footprints. The "
        "report's authors estimate that conversions could add 70,000 homes in the US over "
        "the next decade."
        " In London, most conversions happen under permitted development rights that critics "
        "say produce tiny flats without enough daylight. The institute said city governments "
        "would have to offer subsidies for most schemes to work.",
        "other",
    ),
]
