"""dev281 negatives: the rest of the desk (budgets and rows, companies, pandemics and outbreaks,
sport, screen, and ordinary service news).

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Mayor wins battle over fire station closures despite assembly revolt",
        "London's mayor won his battle to close ten fire stations on Thursday after the "
        "London Assembly failed to muster the two-thirds majority needed to block his budget. "
        "The closures, which include stations in Belsize, Clapham and Woolwich, will save about "
        "29 million pounds a year and cut 552 firefighter posts. Opponents called the plan an "
        "attack on public safety, and Labour members said response times in some boroughs would "
        "rise by more than a minute. The mayor said the capital had fewer fires than at any time "
        "since the war and that the service needed to modernise. The Fire Brigades Union said "
        "it would continue to fight the cuts. Residents in Clapham had collected 20,000 "
        "signatures for a petition to keep their station. The buildings are expected to be "
        "sold, and crews moved to neighbouring stations by January. A legal challenge by three "
        "boroughs is due to be heard in the High Court next month.",
        "politics",
    ),
    (
        "Senators clash over FEMA's future as hurricane season begins",
        "Senators from both parties clashed on Tuesday over plans to shrink the Federal "
        "Emergency Management Agency, with Democrats accusing the administration of waging war "
        "on disaster relief as the Atlantic hurricane season began. The acting head of the "
        "agency told a hearing that states should take on more of the response and recovery "
        "work, and that FEMA's role would be reviewed by a council appointed by the president. "
        "Several Republican senators from Gulf states said they were worried about losing "
        "support for rebuilding after storms. The agency has lost about a third of its full-time "
        "staff since January through departures and buyouts, according to figures shared with "
        'the committee. "You cannot fire your way to a better response," a senator from '
        "Louisiana said. Forecasters expect an above-average season. The administration said "
        "states knew their communities best.",
        "politics",
    ),
    (
        "Delhi assembly row over fire service posts after spate of blazes",
        "The Delhi Assembly was adjourned twice on Monday as opposition members protested over "
        "hundreds of vacant posts in the Delhi Fire Service, after a string of deadly fires in "
        "the city this summer. The opposition said more than a fifth of the service's sanctioned "
        "posts were unfilled and that many stations were working with old vehicles. The home "
        "minister of the city government told the house that recruitment for 500 posts was "
        "under way and blamed delays on the lieutenant governor's office. The two sides have "
        "been at loggerheads for years over control of services in the capital. The fire "
        "service said it had answered more calls in May than in any month on record, as "
        'temperatures passed 45C. "This is not about politics, it is about lives," the leader '
        "of the opposition said. Fire officers say narrow lanes and illegal parking in older "
        "neighbourhoods slow their engines as much as the shortage of staff. The debate is set to "
        "continue on Wednesday.",
        "politics",
    ),
    (
        "Bundestag budget committee restores cuts to THW and civil protection",
        "The Bundestag's budget committee restored most of the planned cuts to the Federal "
        "Agency for Technical Relief and the civil protection office in the final round of "
        "talks on next year's budget, lawmakers said on Friday. The government had proposed "
        "reducing spending on the two agencies by about 150 million euros, which critics said "
        "was at odds with the chancellor's talk of a turning point in security policy. Fire "
        "service associations and the THW's volunteer union had lobbied hard against the cuts. "
        "The committee also approved money for new sirens and for a stockpile of camp beds and "
        'generators. "We cannot talk about preparedness and then cut it," a Green lawmaker '
        "said. The interior ministry said it would present a new civil protection strategy in "
        "the spring. The THW relies on about 80,000 volunteers, who were deployed in the Ahr "
        "valley after the 2021 floods.",
        "politics",
    ),
    (
        "Rosenbauer shares jump on takeover bid from investor group",
        "Shares in Rosenbauer, the Austrian maker of fire engines, rose 23% in Vienna on "
        "Wednesday after an investor group led by the company's chief executive and a Swiss "
        "industrialist offered to buy out minority shareholders. The company, which builds "
        "around 2,500 vehicles a year for fire brigades and airports around the world, has "
        "struggled with rising costs for chassis and components and posted a loss last year. "
        "The bidders said they would keep its headquarters and plants in Leonding. Analysts "
        "said the offer valued the group at about 300 million euros, and some shareholders "
        "called it too low. The company has an order backlog of more than 1.5 billion euros, "
        'much of it from municipal fire services and the defence sector. "The business is '
        'healthy, the margins are not," an analyst in Vienna said. The board will give its '
        "view on the offer within two weeks.",
        "economy",
    ),
    (
        "Price war for patient transport contracts squeezes private ambulance firms",
        "A price war among private ambulance companies bidding for non-emergency patient "
        "transport contracts in England has pushed several small operators out of business, an "
        "industry body said on Tuesday. The Independent Ambulance Association said contracts were "
        "being won at rates that did not cover fuel, wages and vehicle costs, and that some "
        "patients had missed dialysis and chemotherapy appointments because journeys were "
        "cancelled. Health service commissioners said they were under pressure to cut costs. "
        "Two operators in the Midlands went into administration this year, leaving hundreds of "
        'journeys to be rearranged. "You cannot run an ambulance for less than it costs to run '
        "a taxi,\" the association's chair said. Unions said drivers had been asked to work "
        "longer shifts. The association has asked for a minimum rate to be set nationally, and "
        "for contracts to be judged on quality as well as price.",
        "economy",
    ),
    (
        "State Farm stops new home policies in California over wildfire risk",
        "State Farm, California's largest home insurer, said it would stop accepting new "
        "applications for home and business property insurance in the state, citing rapidly "
        "growing wildfire risk and the rising cost of rebuilding. Existing policies will not be "
        "affected. The company said it was making the decision to improve its financial "
        "strength, and pointed to inflation in construction costs and a challenging reinsurance "
        "market. Allstate had already quietly stopped writing new policies in the state. "
        "Homeowners in fire-prone counties say they have been pushed onto the state's insurer "
        "of last resort, the FAIR Plan, which offers limited cover at higher prices. Fire "
        "officials have urged residents to clear brush and harden homes against embers, which "
        "some insurers offer discounts for. The state's insurance commissioner said he was "
        "working on reforms. Real estate agents said some sales had fallen through.",
        "economy",
    ),
    (
        "Lombardy ambulance crews on the frontline as 112 calls triple",
        "Ambulance crews in Lombardy were answering three times the usual number of emergency "
        "calls on Thursday as the coronavirus outbreak spread through the region, the regional "
        "emergency agency AREU said. Crews in full protective suits were taking patients with "
        "breathing difficulties to hospitals that had turned operating theatres into intensive "
        "care wards. Callers were waiting up to an hour on the 112 line at times. The agency "
        "said about a tenth of its ambulance staff in Bergamo were off sick or in quarantine. "
        "Army lorries were used to carry coffins from Bergamo's cemetery to other cities for "
        'cremation. "We are fighting a war with no weapons," a paramedic with the Red Cross '
        "in Brescia said. The regional government asked retired doctors and nurses to return. "
        "Italy has now recorded more deaths from the virus than any other country in Europe. "
        "Volunteers from the Red Cross and other associations, who staff many of the region's "
        "ambulances, have been asked to extend their shifts.",
        "health",
    ),
    (
        "Malawi Red Cross volunteers go door to door as cholera deaths pass 1,000",
        "Volunteers of the Malawi Red Cross Society were going door to door in Blantyre and "
        "Lilongwe on Friday, handing out chlorine and showing families how to treat water, as "
        "deaths in the country's worst cholera outbreak passed 1,000, the health ministry "
        "said. Schools in the two cities stayed closed for a second week. The outbreak began in "
        "March last year after floods from Tropical Storm Ana and has spread to all 29 "
        "districts. Ambulances were taking patients to treatment centres set up in tents, and "
        "the Red Cross said it had trained more than 2,000 volunteers. A vaccination campaign "
        'was delayed by a global shortage of cholera vaccine. "People come too late because '
        'they think it will pass," a nurse at a treatment centre in Bangwe said. The World '
        "Health Organization described the outbreak as the deadliest in the country's recorded "
        "history. Markets in Blantyre were ordered to install handwashing stations at every "
        "entrance.",
        "health",
    ),
    (
        "Firefighters to carry naloxone after overdose calls rise in Vancouver",
        "Vancouver Fire Rescue Services crews will carry naloxone on every truck and be trained "
        "to give oxygen to people who have overdosed, the city said on Tuesday, after "
        "firefighters answered a record number of overdose calls last month. The fire chief "
        "said crews in the Downtown Eastside were sometimes responding to more than 100 "
        "overdoses a day, often arriving before an ambulance. British Columbia declared a "
        "public health emergency over drug deaths in 2016, and the toll has kept rising with "
        "fentanyl in the street supply. Some firefighters have been given extra leave because "
        'of the strain. "It is relentless, one call after another," a captain at Firehall 2 '
        "said. The province said it would open more supervised consumption sites. Health "
        "officials said naloxone in the hands of first responders had saved thousands of "
        "lives. The firefighters' union has asked for mental health support to be extended to "
        "retired members.",
        "health",
    ),
    (
        "Firefighters and police chase medals at World Police and Fire Games",
        "More than 8,500 police officers, firefighters and other emergency workers from 60 "
        "countries gathered in Winnipeg for the opening of the World Police and Fire Games on "
        "Friday, organisers said. Over ten days they will compete in more than 60 sports, from "
        "athletics and hockey to events drawn from their own work, such as the toughest "
        "competitor alive contest, stair races and a firefighter combat challenge in which "
        "teams haul hoses and drag dummies. A team of paramedics from Ireland said they were "
        "hoping to defend their tug-of-war title. The host city has budgeted for about 20,000 "
        'visitors. "We spend our lives in the same emergencies, now we get to beat each '
        'other," a firefighter from Rotterdam said. The games were first held in San Jose, '
        "California, in 1985. Local hotels were fully booked for the first weekend, and the city "
        "said extra buses would run to the main venues. The closing ceremony is on August 6.",
        "sport",
    ),
    (
        "Part-time firefighter's late strike fires Larne into cup final",
        "A part-time firefighter came off the bench to score the winner in the 89th minute as "
        "Larne beat Cliftonville 2-1 in the Irish Cup semi-final at Windsor Park on Saturday. "
        "The striker, who works shifts at a station in Ballymena, had only joined the club in "
        'January. "I came straight from a night shift on Thursday, so I was not sure the legs '
        'would last," he said. Cliftonville had taken the lead just before half-time and '
        "defended deep after the break, but Larne's pressure told in the final minutes. The "
        "manager said he had told his team to attack from the first whistle. The final will be "
        "played in May. His station commander said the watch would be in the stand. Larne "
        "have never won the cup, and tickets for the final went on sale at the club shop on Monday "
        "morning.",
        "sport",
    ),
    (
        "Chernobyl series puts firefighters who died of radiation back in the spotlight",
        "The HBO series Chernobyl, which finished on Monday, has revived interest in the "
        "firefighters who were first on the scene after the reactor exploded in 1986, and who "
        "died of radiation sickness in the weeks that followed. The show follows the wife of "
        "one of them, Vasily Ignatenko, as she stays at his side in a Moscow hospital. Visitors "
        "to the exclusion zone have increased, tour operators say, and the firefighters' graves "
        "in Moscow have drawn flowers from fans. Some Ukrainian and Russian critics praised the "
        "attention to detail, while others said the show took liberties with the science. "
        "Firefighters from Pripyat's station were given no protective equipment and many "
        "thought they were dealing with an ordinary roof fire. The series has become the "
        "highest-rated show on the film database IMDb. Its writer said he wanted to honour "
        "people who were told to fight something they could not see.",
        "entertainment",
    ),
    (
        "Documentary on Thai cave rescue divers wins audience award",
        "The Rescue, a documentary about the divers who brought 12 boys and their football "
        "coach out of the flooded Tham Luang cave in northern Thailand in 2018, won the "
        "People's Choice award for documentaries at the Toronto film festival on Saturday. The "
        "film, by Jimmy Chin and Elizabeth Chai Vasarhelyi, uses footage from the Thai navy "
        "and interviews with British cave divers who led the operation. The rescue involved "
        "thousands of volunteers, soldiers and officials, and a former navy diver died while "
        "placing oxygen tanks. Critics said the film captured the tension of the 18 days. "
        '"We wanted people to understand how close it came to failing," Vasarhelyi said. '
        "Several feature films and a drama series about the rescue are also in the works. The "
        "documentary will be released in cinemas next month, and the producers say part of the "
        "proceeds will go to a fund for the families of Thai rescue volunteers.",
        "entertainment",
    ),
    (
        "New 112 app lets deaf callers text emergency services in Ireland",
        "Deaf and hard-of-hearing people in Ireland can now contact the fire, ambulance, "
        "coastguard and police services by text through a new 112 app, the Department of "
        "Communications said on Monday. The app, developed with deaf community groups, sends "
        "the caller's location automatically and allows a live text conversation with a call "
        "taker. Until now, deaf people had to register in advance to use an SMS service, and "
        "few did. The department said around 5,000 people were expected to use the service. "
        'Call takers have been trained to respond to short messages and emojis. "For years I '
        'had to rely on a neighbour to call for me," one user said. Similar systems are in use '
        "in the Netherlands and Sweden. EU rules require all member states to provide "
        "accessible emergency communications by 2025, and the Commission has warned several "
        "countries that they are behind schedule.",
        "other",
    ),
    (
        "Drones deliver defibrillators to cardiac arrest calls in western Sweden",
        "Drones carrying defibrillators reached the scene of suspected cardiac arrests before "
        "ambulances in more than two thirds of cases during a trial in western Sweden, "
        "researchers at Karolinska Institute said on Thursday. The drones were dispatched by "
        "the regional emergency centre at the same time as an ambulance and flew to homes in "
        "Gothenburg and surrounding areas, lowering the device on a cable to a bystander. In "
        "one case a 71-year-old man was revived by a passer-by who used the defibrillator "
        "before paramedics arrived. The drones gained a median of just over three minutes on "
        "ambulances. The researchers said the system could help most in rural areas where "
        'ambulances take longer to arrive. "Every minute without a shock lowers the chance of '
        "survival,\" the study's lead author said. The region plans to add more drone bases "
        "next year, and the aviation authority is reviewing rules on flights over built-up areas.",
        "other",
    ),
]
