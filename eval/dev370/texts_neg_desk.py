"""dev370 negatives: drug boats, tourist flats, defence, business, politics and ordinary news."""

NEGATIVES = [
    (
        "Two Guardia Civil officers killed when a narcolancha rams their boat in Barbate harbour",
        "Two Guardia Civil officers died on Friday night after a high-powered drug boat rammed "
        "the small inflatable in which they were patrolling the port of Barbate, in Cádiz, the "
        "Interior Ministry said. Two other officers were injured, one of them seriously. Videos "
        "recorded from the quay show the narcolancha, with six people on board, circling the "
        "agents' boat several times before running it over while onlookers cheered. The boat "
        "had entered the harbour to shelter from a storm. Police arrested four men over the "
        "weekend, among them the alleged pilot, in a flat in Sanlúcar de Barrameda. The "
        "Guardia Civil associations accuse the government of sending officers to face the "
        "hashish gangs with inadequate boats and demand that the profession be declared high "
        "risk. Thousands of people attended the funerals in Seville and Granada, Diario de "
        "Cádiz reports. The Interior Minister faces calls to resign.",
        "crime",
    ),
    (
        "Guardia Civil chases a narcolancha up the Guadalquivir and seizes 2.5 tonnes of hashish",
        "Guardia Civil officers seized two and a half tonnes of hashish early on Tuesday after "
        "chasing a drug boat for several kilometres up the Guadalquivir river, between Sanlúcar "
        "de Barrameda and Trebujena, EFE reports. The crew, who had been unloading bales on the "
        "bank into four-wheel drive vehicles, fled into the marshes. Three people were arrested "
        "and a fourth was injured when he jumped from the moving boat. The Guadalquivir has "
        "become a refuge for narcolanchas since the reinforcement of patrols in the Strait of "
        "Gibraltar pushed the gangs north, and police have found fuel depots hidden among the "
        "reeds. The mayors of the riverside towns complain of night-time races of speedboats "
        "that put fishermen at risk. The Interior Ministry says it has seized more than 400 "
        "tonnes of hashish in Andalusia this year under its special security plan for the "
        "Campo de Gibraltar.",
        "crime",
    ),
    (
        "Narco-submarine with 6.5 tonnes of cocaine intercepted off the Azores",
        "The Portuguese Judicial Police and the Navy intercepted a semi-submersible vessel with "
        "6.5 tonnes of cocaine on board some 500 kilometres south-west of the Azores, the "
        "largest seizure of the drug ever made in Portugal at sea, Lusa reports. The four crew "
        "members, three Colombians and a Brazilian, were arrested and brought to Ponta "
        "Delgada. The 20-metre vessel, built in the jungles of South America, had crossed the "
        "Atlantic and was heading for the Iberian coast, the police said. The operation was "
        "carried out with information from the Spanish National Police and the US Drug "
        "Enforcement Administration. Investigators believe the cargo was destined for Galician "
        "organisations that distribute it in Europe. The vessel sank during the tow because of "
        "the bad weather, but the drugs had already been unloaded.",
        "crime",
    ),
    (
        "Man shot dead outside a beach club in Marbella in a suspected settling of scores",
        "A 39-year-old man of British nationality was shot dead on Saturday night outside a "
        "beach club in the Nueva Andalucía area of Marbella, the National Police said. Two "
        "hooded men fired at least eight shots at him as he was getting into his car and fled "
        "in a vehicle that was later found burned out in San Pedro Alcántara. Investigators are "
        "treating it as a settling of scores between criminal organisations involved in drug "
        "trafficking on the Costa del Sol. The victim had a record for drug offences in the "
        "United Kingdom, Diario Sur reports. It is the seventh shooting in the province of "
        "Málaga so far this year. The mayor, Ángeles Muñoz, called for more police officers and "
        "a specialised court for organised crime. Customers at the club said they first thought "
        "the shots were fireworks. The National Police homicide unit in Málaga has taken over the investigation.",
        "crime",
    ),
    (
        "Barcelona declares war on tourist flats: all 10,000 licences to go by 2028",
        "The mayor of Barcelona, Jaume Collboni, announced on Friday that the city will not "
        "renew any of the 10,101 licences for tourist flats when they expire in November 2028, "
        'in what El Periódico called "the final battle" against short-term rentals. Collboni '
        "said the measure aims to return the flats to the residential market at a time when "
        "rents have risen by 68% in a decade. The association of tourist apartment owners, "
        'Apartur, called it an "attack on private property" and announced it would appeal to '
        "the courts. Economists quoted by La Vanguardia doubt that most flats will end up "
        "being rented to residents rather than sold or used for seasonal lets. The decision was "
        "made possible by a Catalan decree on housing approved last year. Tourist flats account "
        "for less than 1% of the city's homes. The Generalitat will have to inspect the flats to make sure they are not let illegally after 2028.",
        "politics",
    ),
    (
        "Water pistols and 'Tourists go home' as thousands march through Barcelona",
        "About 2,800 people, according to the Guardia Urbana, marched through the centre of "
        "Barcelona on Saturday against mass tourism, some of them spraying diners on terraces "
        "in the Barceloneta with water pistols, La Vanguardia reports. The demonstrators, "
        'called by more than 140 neighbourhood associations, carried banners saying "Tourism '
        'kills the city" and taped off hotel entrances symbolically. Some tourists left the '
        "restaurants in surprise, while others filmed the scene. The Mossos reported no arrests "
        "or injuries. The organisers demand a cut in the number of cruise ships and the "
        "closure of tourist flats, and blame the sector for the rise in rents. The images went "
        'around the world and several British newspapers described Barcelona as a city "at '
        'war" with tourists. The Catalan tourism minister said the city must not become '
        '"tourismphobic".',
        "protest",
    ),
    (
        "Canary Islands: tens of thousands march against a tourism model that 'expels us'",
        "Tens of thousands of people marched on Saturday in Santa Cruz de Tenerife, Las Palmas "
        'and other towns of the archipelago under the slogan "The Canaries have a limit", '
        "demanding a moratorium on tourism projects and measures against the housing crisis, "
        "EFE reports. The government delegation put participation at 57,000. A group of "
        "activists had been on hunger strike for a week in front of the church of La Concepción "
        "in La Laguna against the construction of two hotels in the south of Tenerife. The "
        "Canary Islands received more than 16 million foreign tourists last year, while the "
        "islands have one of the highest rates of child poverty in Spain. The regional "
        "president, Fernando Clavijo, said he shared part of the concerns but rejected "
        '"tourismphobia". The marches ended without incidents.',
        "protest",
    ),
    (
        "Alojamento local: Lisbon freezes new licences in half of its parishes",
        "Lisbon city council approved on Tuesday a freeze on new local accommodation licences "
        "in 14 of the city's 24 parishes, where short-term rentals already exceed 5% of the "
        "homes, Expresso reports. In historic districts such as Santa Maria Maior, more than "
        "half of the flats are rented to tourists. The association of local accommodation "
        "operators, ALEP, said the decision would cost jobs and push investment to other "
        "cities. The number of registered licences in the capital grew from fewer than 5,000 in "
        "2014 to more than 20,000. House prices in Lisbon have risen faster than anywhere else "
        "in the European Union over the period, according to Eurostat, and rents have doubled. "
        "The mayor, Carlos Moedas, who had criticised previous national restrictions, said the "
        'city would "find a balance". Owners who already hold a licence will be able to keep it.',
        "economy",
    ),
    (
        "Sánchez wins an exemption from NATO's 5% target and Trump threatens Spain with tariffs",
        "Spain will not commit to spending 5% of its GDP on defence, Prime Minister Pedro "
        "Sánchez said on Sunday after obtaining a letter from the NATO secretary-general, Mark "
        'Rutte, that gives Madrid "flexibility" to meet its capacity targets with 2.1%, El '
        "País reports. The allies are to approve the new target at the summit in The Hague on "
        "Wednesday. Sánchez argued that reaching 5% would mean cutting pensions and public "
        'services. The US president, Donald Trump, called Spain "a problem" and suggested it '
        "would pay for it in trade negotiations. Spain spent 1.28% of GDP on defence last year, "
        "the lowest in the alliance, although the government approved an extra 10,471 million "
        "euros in April. The PP accused Sánchez of isolating Spain, and Sumar of giving in to "
        "militarism. Portugal, for its part, said it would reach 2% this year, ahead of schedule.",
        "military",
    ),
    (
        "Navantia launches the first F-110 frigate, 'Bonifaz', in Ferrol",
        "The Navantia shipyard in Ferrol launched on Thursday the 'Bonifaz', the first of five "
        "F-110 frigates ordered by the Spanish Navy, in a ceremony presided over by Princess "
        "Leonor, La Voz de Galicia reports. The 145-metre ships, designed for anti-submarine "
        "warfare, will replace the Santa María class frigates and will carry Aegis radar and "
        "Indra's electronic systems. The programme, worth more than 4,300 million euros, "
        "employs around 3,000 people in the region's yards and suppliers. The Chief of Staff of "
        'the Navy said the frigates would be "the backbone of the fleet" for decades. The '
        "'Bonifaz' is due to be delivered in 2027 after sea trials. The Defence Minister, "
        "Margarita Robles, said the contract shows the strength of the Spanish defence "
        "industry. The second ship of the series, the 'Roger de Lauria', will be launched next year.",
        "military",
    ),
    (
        "Spanish Eurofighters scramble twice in a week to intercept Russian planes over the Baltic",
        "Spanish Air Force Eurofighters deployed at the Šiauliai base in Lithuania took off "
        "twice this week to identify Russian military aircraft flying near the airspace of the "
        "Baltic states without a flight plan or transponder, the Defence Ministry said. The "
        "fighters escorted an Ilyushin Il-20 reconnaissance plane and two Su-30s flying from "
        "Kaliningrad until they left the area. The interceptions, which NATO calls routine, "
        "took place without incident. Spain has deployed eight aircraft and about 130 personnel "
        "for four months as part of the alliance's Baltic Air Policing mission, ABC reports. The "
        "commander of the detachment said his pilots are on alert 24 hours a day and can be "
        "airborne in under 15 minutes. Spanish troops are also stationed in Latvia and "
        "Slovakia. The mission is the eighth Spanish deployment to the Baltic since 2006.",
        "military",
    ),
    (
        "Government and ELN close a new round of talks in Havana with a six-month ceasefire",
        "The Colombian government and the National Liberation Army, ELN, closed a new round of "
        "peace talks in Havana on Friday with an agreement on a bilateral ceasefire of six "
        "months to begin in August, EFE reports. The deal was read out in the presence of "
        "President Gustavo Petro and the ELN commander, Antonio García, at a ceremony hosted by the "
        "Cuban government. The ceasefire will be monitored by the UN and the "
        "Catholic Church, and the parties agreed on a mechanism for civil society participation. "
        "Spain, Norway and Germany are among the guarantor countries. Colombia's defence "
        "minister said the army would continue to fight other armed groups. The talks resumed "
        "last year after being frozen in 2019. Critics in the opposition say the guerrilla has "
        "used previous truces to regroup. The next round is scheduled for Caracas in the autumn.",
        "peace",
    ),
    (
        "Supermarket price war: Mercadona, Lidl and Carrefour race to cut the price of olive oil",
        "Spain's big supermarket chains have launched a price war on extra virgin olive oil, "
        "with cuts of up to 20% in a week as the harvest recovers and wholesale prices fall, El "
        "Economista and El Mundo report. Mercadona was the first to lower the price of its "
        "one-litre bottle to below seven euros, and Lidl and Carrefour responded within hours. "
        "The consumer organisation OCU says the price is still twice what it was before the "
        "drought of 2022 and 2023. Olive growers' associations warn that the chains are using "
        "oil as a loss leader and that the cuts will end up being passed on to farmers. Spain "
        "produces almost half of the world's olive oil. The government removed VAT on the "
        "product last year to help households. Analysts expect prices to keep falling until the next harvest, as long as the spring rains arrive.",
        "economy",
    ),
    (
        "Trump's tariffs hit Spanish olive oil and wine exporters: 'a trade war we did not start'",
        "Spanish exporters of olive oil, wine and cheese are bracing for losses after the United "
        "States imposed a 15% tariff on European Union goods, La Vanguardia reports. The US is "
        "the main non-EU market for Spanish olive oil, with sales of more than 1,000 million "
        'euros a year. "This is a trade war we did not start, and the farmers of Jaén will pay '
        "for it,\" the head of the Asaja farmers' union said. Producers fear that Italian "
        "brands that bottle Spanish oil will gain ground, and some are looking for markets in "
        "Asia and Latin America. The Economy Minister, Carlos Cuerpo, said the government would "
        "activate an aid plan of 14,100 million euros in credit lines. The European Commission "
        "continues negotiating with Washington on exemptions for agricultural products. Cava and Manchego cheese producers say orders for Christmas have already fallen.",
        "economy",
    ),
    (
        "BBVA launches hostile bid for Sabadell and the government vows to fight it",
        "BBVA announced on Thursday a hostile takeover bid for Banco Sabadell worth some 12,000 "
        "million euros, after the Catalan bank's board rejected a merger proposal, Expansión "
        "and La Vanguardia report. The offer, in shares, would create the country's second "
        "largest bank by assets. The Economy Ministry said it opposed the operation because of "
        "its impact on competition and on small businesses, and reminded BBVA that the "
        "government has the last word. Catalan business associations and the Generalitat also "
        "came out against it. The chairman of BBVA, Carlos Torres, said the bank was ready for "
        'a "long battle" and that the bid made industrial sense. Sabadell\'s shares rose by '
        "3%. The competition authority, the CNMC, will have to review the deal. The battle for Sabadell is expected to last at least a year, according to analysts consulted by the newspaper.",
        "economy",
    ),
    (
        "'Lawfare' and 'war' in Congress: Sánchez and Feijóo clash over the judiciary",
        "The weekly control session in Congress turned on Wednesday into another clash between "
        "Pedro Sánchez and Alberto Núñez Feijóo over the investigations affecting the Prime "
        "Minister's wife and brother, El Mundo reports. Feijóo accused the government of waging "
        '"a war against judges" and of trying to control the courts through the Attorney '
        'General. Sánchez replied that the PP had been "blocking the judiciary for five years" '
        'and accused the opposition of using "lawfare" and fake complaints by far-right '
        "groups. Vox's Santiago Abascal went further and said Spain was living under \"a "
        'corrupt regime". The General Council of the Judiciary issued a statement defending '
        "the independence of judges. The session ended with the usual shouting, and the "
        "Speaker, Francina Armengol, had to call for order several times.",
        "politics",
    ),
    (
        "The great blackout: Spain and Portugal without electricity for ten hours",
        "A massive power cut left the whole of mainland Spain and Portugal without electricity "
        "for most of Monday, stopping trains, metros and traffic lights and leaving millions of "
        "people without mobile phone coverage, El País and Público report. The system "
        "operator, Red Eléctrica, said 15 gigawatts, about 60% of demand, disappeared in five "
        "seconds shortly after midday. Thousands of passengers were evacuated from trains stuck "
        "in the countryside, and hospitals worked with generators. Supermarkets ran out of "
        "bottled water, batteries and radios. Power returned gradually during the night, and by "
        "Tuesday morning almost all supply had been restored. The government ruled out a "
        "cyberattack for now and created a committee of experts to investigate the cause. "
        "Portugal's prime minister, Luís Montenegro, asked for an independent European audit.",
        "other",
    ),
    (
        "Montenegro's AD wins again but falls short of a majority as Chega becomes second force",
        "The Democratic Alliance led by Prime Minister Luís Montenegro won Sunday's snap "
        "election in Portugal with 32% of the vote, but again fell short of an absolute majority, "
        "Expresso reports. The far-right Chega of André Ventura came second in seats for the "
        "first time after the votes of emigrants were counted, overtaking the Socialist Party, "
        "whose leader, Pedro Nuno Santos, resigned on election night. Turnout was 64%, the "
        'highest in decades. Montenegro called the result "a clear mandate" and said he would '
        "govern with the same minority formula, refusing any deal with Chega. It is the third "
        "general election in three years, after the government fell over a confidence vote "
        "linked to the prime minister's family company. President Marcelo Rebelo de Sousa will "
        "receive the parties this week. The new parliament will meet for the first time on 3 June.",
        "other",
    ),
    (
        "From Kharkiv to Ruzafa: the Ukrainian chef who opened the most talked-about restaurant in Valencia",
        "When Olena arrived in Valencia in March 2022 with her two children and a suitcase, she "
        "did not speak a word of Spanish and slept for two months in a reception centre run by "
        "the Red Cross. Three years later, her restaurant in the Ruzafa district has a two-week "
        "waiting list and a mention in the Michelin Guide, Las Provincias reports. The 38-year-old "
        "chef, who had a small bistro in Kharkiv, mixes borscht and varenyky with Valencian "
        'rice and citrus. "I cooked for the other families in the shelter, and a volunteer told '
        'me I should open my own place," she says. A microcredit from a Catalan foundation and a '
        "loan from a local bank did the rest. She now employs eleven people, four of them "
        'Ukrainian. Her husband, who was released from the army after an injury, joined them last year. "Valencia gave us a second life," she says.',
        "other",
    ),
]
