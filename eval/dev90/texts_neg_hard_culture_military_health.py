"""eval/dev90 hard negatives: digests of culture, the military without violence, accidents and
health (layout: texts_neg_hard_hazards_crime.py).
"""

NEGATIVES = [
    (
        (
            "Culture roundup: an Oscar for a film from Masafer Yatta, a Brazilian memory drama, a "
            "Civil War novel takes the Pulitzer"
        ),
        (
            "A documentary made by a Palestinian and Israeli collective about the demolition of "
            "homes in Masafer Yatta, in the occupied West Bank, won the Oscar for best "
            "documentary feature, and its co-directors used their speech to call for an end to "
            "the war in Gaza. Brazil won its first Oscar for international feature with a drama "
            "about a family torn apart after a former congressman was taken away by the military "
            "dictatorship in 1971. In books, the Pulitzer Prize for fiction went to a novel that "
            "retells the story of an escaped slave during the American Civil War. The Royal "
            "Academy opened a retrospective of a Mexican muralist, and the Glastonbury festival "
            "confirmed it will take a fallow year next year. At the Berlin film festival, the "
            "Golden Bear went to a Senegalese-French documentary about the return of looted "
            "treasures from Paris to Benin. In London, a new play about the wives of the men who "
            "flew the atomic bomb missions over Japan opened to strong reviews at the National "
            "Theatre. Video game makers reported a record year for sales of historical strategy "
            "games, led by a new release set in the Napoleonic wars. In music, a Nigerian singer "
            "became the first African artist to headline the main stage at Coachella. Finally, "
            "the British Museum said it would lend a group of Ethiopian sacred tablets, seized by "
            "British troops at Magdala in 1868, to a church in London."
        ),
        "entertainment",
    ),
    (
        (
            "What to watch this weekend: a submarine thriller, a new season of a spy drama, and "
            "the war game everyone is playing"
        ),
        (
            "Netflix's big release this weekend is a submarine thriller in which a Russian crew "
            "goes rogue in the Barents Sea and threatens to launch a nuclear missile, with a "
            "tense hour-long finale set almost entirely in the control room. On Apple TV, the spy "
            "drama about a department of failed British agents returns for its fifth season, "
            "opening with a bomb in a London hotel and a kidnapping in Istanbul. For gamers, the "
            "new instalment of the best-selling military shooter series is set during the 1991 "
            "Gulf War, and early reviews praise its campaign mode and its recreation of Kuwait's "
            "burning oil fields. On the BBC, a two-part documentary follows a bomb disposal team "
            "in Northern Ireland during the 1970s. Cinemas, meanwhile, are showing a restored "
            "print of a classic Vietnam War film for its 45th anniversary."
        ),
        "entertainment",
    ),
    (
        (
            "The books newsletter: a Syrian surgeon's memoir, the Booker shortlist, and summer "
            "reading in translation"
        ),
        (
            "This week's pick is a memoir by a Syrian surgeon who ran an underground hospital in "
            "eastern Ghouta during the siege of 2013 to 2018, treating victims of barrel bombs by "
            "the light of mobile phones before he was evacuated to Idlib and then to Germany. It "
            "is unsparing about the chemical attack of 2013 and about the choices doctors made "
            "when supplies ran out, but it is also funny. The Booker Prize shortlist features six "
            'novels, two of them debuts, and the judges called it "a year of quiet books". Our '
            "summer reading list gathers ten novels in translation, from a Korean family saga to "
            "a Norwegian crime novel set on an oil platform. The Women's Prize for Non-Fiction "
            "went to a history of the world's seed banks. Publishers reported that sales of "
            "poetry rose for a fifth year, driven by young readers. And the Edinburgh book "
            "festival has announced its programme."
        ),
        "entertainment",
    ),
    (
        (
            "The defence brief: NATO's Baltic exercise, Poland's K2 tank deal, a North Korean "
            "test launch"
        ),
        (
            "More than 9,000 troops from 14 NATO countries began a two-week exercise in Lithuania "
            "and Latvia on Monday, practising the rapid reinforcement of the Baltic states by "
            "road, rail and air; live-fire drills will be held at the Pabrade training ground. "
            "Poland signed a contract worth about $6.5 billion for 180 more K2 tanks from South "
            "Korea's Hyundai Rotem, part of a plan to build one of Europe's largest land armies. "
            "North Korea fired a ballistic missile into the sea off its east coast on Wednesday, "
            "South Korea's Joint Chiefs of Staff said, its first launch in two months; Japan said "
            "it landed outside its exclusive economic zone. The British Army confirmed it will "
            "cut two infantry battalions. And the US Navy commissioned a new attack submarine in "
            "Connecticut. Germany's cabinet approved a bill that will send all 18-year-old men a "
            "questionnaire about their willingness to serve, the first step toward possible "
            "conscription. India said it had test-fired an intermediate-range Agni missile from a "
            "rail-based launcher for the first time. Australia confirmed that the first of its "
            "nuclear-powered submarines under the AUKUS deal would be delivered in the early "
            "2030s."
        ),
        "military",
    ),
    (
        (
            "Asia morning briefing: Chinese drills encircle Taiwan, Japan's record defence "
            "budget, Singapore's inflation"
        ),
        (
            "China's military staged large-scale drills around Taiwan for a second day on "
            "Tuesday, sending warships, coast guard vessels and dozens of aircraft into zones "
            'encircling the island in what its Eastern Theatre Command called a "stern warning" '
            "to separatist forces. Taiwan's defence ministry said it tracked 71 aircraft and 13 "
            "navy ships and put its forces on alert, but no shots were fired and civilian flights "
            "continued normally. Japan's cabinet approved a record defence budget of 8.7 trillion "
            "yen for the coming year, including money for long-range missiles that could strike "
            "enemy bases. Singapore's core inflation eased to 1.5%. India's central bank kept its "
            "repo rate unchanged. The Philippine peso fell to a record low against the dollar. "
            "And in Hong Kong, the Jockey Club reported a record turnover for the racing season."
        ),
        "military",
    ),
    (
        (
            "Nordic-Baltic roundup: Lithuania quits the landmine treaty, Finland's border fence, "
            "Denmark calls up women"
        ),
        (
            "Lithuania's parliament voted to withdraw from the Ottawa convention banning "
            "anti-personnel landmines, following Latvia, Estonia, Finland and Poland, with "
            "defence officials saying the country must be able to mine its borders with Russia "
            "and Belarus quickly in a crisis. Finland said the first 35 kilometres of its fence "
            "on the Russian border were complete, and that the full 200 kilometres would be "
            "finished by 2026. From this summer, Danish women turning 18 will be called up for "
            "military service on the same terms as men. Sweden's central bank cut its policy rate "
            "to 2.25%. Estonia opened a new training area for its defence league volunteers near "
            "Tartu. Sweden's central bank cut its policy rate to 2.25%. Norway's sovereign wealth "
            "fund passed 20 trillion kroner."
        ),
        "military",
    ),
    (
        "The Ahmedabad plane crash: what we know so far",
        (
            "An Air India Boeing 787 bound for London crashed into a medical college hostel "
            "seconds after taking off from Ahmedabad on Thursday afternoon, killing all but one "
            "of the 242 people on board and at least 29 people on the ground. Here is what we "
            "know so far. The aircraft reached a height of only about 200 metres before it began "
            "to lose altitude, and the pilots issued a mayday call, according to India's aviation "
            "regulator. The sole survivor, a British national, walked away from the wreckage with "
            "injuries and told reporters he did not know how he had survived. Investigators have "
            "recovered both flight recorders, and the US National Transportation Safety Board and "
            "Boeing are assisting. Relatives of the victims gathered at the city's civil hospital "
            "to give DNA samples. What we don't know: why the plane lost thrust, and whether the "
            "engines or the fuel supply were to blame."
        ),
        "accident",
    ),
    (
        (
            "Evening briefing: a boat capsizes on Lake Kivu, miners trapped in Zimbabwe, "
            "Nairobi's bus rapid transit"
        ),
        (
            "An overloaded passenger boat capsized a few metres from the shore at Kituku port in "
            "Goma on Thursday, and at least 78 people drowned, the governor of North Kivu said. "
            "The boat had left Minova carrying more than 270 passengers, many of them traders "
            "travelling by water because the roads around the lake have become too dangerous, and "
            "rescuers with navy divers searched for survivors into the night. In Zimbabwe, 15 "
            "artisanal miners were trapped when a disused gold shaft collapsed near Chegutu, and "
            "rescuers pulled six out alive. Kenya's transport ministry said Nairobi's first bus "
            "rapid transit line would open in December. The South African rand weakened."
        ),
        "accident",
    ),
    (
        ("Key Bridge collapse: what we know about the ship, the crew and the six missing workers"),
        (
            "A container ship lost power and struck a support pier of the Francis Scott Key "
            "Bridge in Baltimore at about 1:30 in the morning on Tuesday, bringing most of the "
            "2.6-kilometre span down into the Patapsco River within seconds. Here is what we "
            "know. The crew of the Dali issued a mayday call moments before the impact, which "
            "allowed police to stop traffic onto the bridge, but a road crew of eight filling "
            "potholes on the span fell into the water. Two were rescued and six are presumed "
            "dead; divers recovered two bodies on Wednesday. The governor said there was no "
            "indication of a deliberate act or of terrorism. The Army Corps of Engineers is "
            "leading the effort to clear the shipping channel, and the port, one of the busiest "
            "in the country for cars, is closed to most traffic. What we don't know: why the ship "
            "lost power, and how long rebuilding will take."
        ),
        "accident",
    ),
    (
        (
            "The health desk: Texas measles outbreak grows, Rwanda declares Marburg over, a new "
            "TB vaccine trial"
        ),
        (
            "The measles outbreak in West Texas has grown to 481 cases, the state health "
            "department said, and a second unvaccinated child has died, the first measles deaths "
            "in the United States in a decade. Public health officials said vaccination rates in "
            "the worst-hit county had fallen well below the level needed to stop the virus "
            "spreading. Rwanda declared its Marburg outbreak over after 42 days without a new "
            "case, and the World Health Organization praised the country's fight against the "
            "virus, which killed 15 people, many of them health workers on the front line of the "
            "response. A trial of a new tuberculosis vaccine has enrolled its 20,000th "
            "participant in South Africa, Kenya and Indonesia, the trial's sponsor said. "
            "Afghanistan and Pakistan have recorded 12 polio cases between them this year. In "
            "Britain, the NHS will offer a new injectable HIV prevention drug every two months to "
            "people at high risk. A study of 60,000 women in Denmark found no link between "
            "hormonal contraception and depression in older adults. And the WHO said the world "
            "had met its target for reducing childhood deaths from pneumonia for the first time."
        ),
        "health",
    ),
    (
        (
            "Pakistan health digest: polio teams fan out across Khyber Pakhtunkhwa, a dengue "
            "warning in Lahore, hospital fees dropped"
        ),
        (
            "More than 30,000 vaccination teams began a five-day polio campaign across Khyber "
            "Pakhtunkhwa on Monday, aiming to reach 6.5 million children, and each team in the "
            "southern districts is accompanied by a police officer. Vaccinators in the province "
            "have been targeted by militants in past years, and officials said security "
            "arrangements had been reviewed with the army. The campaign had been delayed by a "
            "week over a dispute with health workers about unpaid allowances. The Punjab health "
            "department warned of a rise in dengue cases in Lahore and Rawalpindi after monsoon "
            "rains and ordered fumigation of low-lying areas. The Sindh government withdrew a "
            "plan to charge registration fees at public hospitals after complaints from patients' "
            "groups."
        ),
        "health",
    ),
]
