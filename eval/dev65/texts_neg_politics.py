"""Negatives of eval/dev65: elections, "war on crime" rhetoric, designations, states of exception,
statistics, peaceful marches and strikes (README.md)."""

NEGATIVES = [
    (
        'Bukele wins re-election by landslide on "war against gangs" record',
        (
            "El Salvador's president won re-election with about 85% of the vote on Sunday, "
            'according to preliminary results, after a campaign built on his "war against the '
            'gangs" and the fall in murders since the state of exception began. He told '
            "supporters in San Salvador that the country had gone from being the most dangerous in "
            "the world to the safest in the Americas. Opposition parties said the constitution "
            "barred a second consecutive term."
        ),
        "politics",
    ),
    (
        'Ecuador\'s president says country is "at war" as he asks voters to back security reforms',
        (
            "Ecuador's president told a rally in Guayaquil on Thursday that the country was \"at "
            'war" with organised crime and urged voters to back his referendum on tougher '
            "sentences, extradition and a greater role for the armed forces. Polls suggest most of "
            "the 11 questions will pass. Critics say the proposals give the military too much "
            "power."
        ),
        "politics",
    ),
    (
        "Ecuador referendum: voters say no to foreign bases and new constitution",
        (
            "Ecuadorian voters rejected a proposal to allow foreign military bases in the country "
            "and a call for a constituent assembly in a referendum on Sunday, according to results "
            "from the electoral council. The president had campaigned for a yes vote, saying US "
            "help was needed against drug gangs. He accepted the results. Turnout was about 82%, "
            "as voting is compulsory. Analysts said the result reflected fatigue with the "
            "government after a year of power cuts and rising homicides."
        ),
        "politics",
    ),
    (
        "Washington designates Mexican cartels as foreign terrorist organisations",
        (
            "The US State Department designated the Sinaloa cartel, the Jalisco New Generation "
            "Cartel and six other criminal groups as foreign terrorist organisations on Wednesday, "
            "giving prosecutors new tools to go after their finances and suppliers. Mexico's "
            'president said her country would cooperate but would not accept any "interference" '
            "in its sovereignty. Business groups warned that companies paying extortion could face "
            "sanctions."
        ),
        "politics",
    ),
    (
        "Mexico's homicides fell by a quarter in a year, government says",
        (
            "Mexico's daily average of intentional homicides fell 25% in the year to September "
            "compared with the previous year, the security cabinet said on Tuesday, presenting "
            "figures from the national public security system. Officials credited arrests of "
            "cartel members and more intelligence work. Analysts said the number of people "
            "reported missing had risen at the same time."
        ),
        "crime",
    ),
    (
        "Mexico registry of disappeared passes 100,000",
        (
            "The number of people registered as missing in Mexico passed 100,000 on Monday, "
            "according to the national search commission, a figure that includes cases going back "
            "to the 1960s. Most of the disappearances have been recorded since 2006. Families' "
            "groups said the real number was higher, and that the government had cut the budget "
            "for forensic identification."
        ),
        "other",
    ),
    (
        "Honduras extends state of exception for a tenth time",
        (
            "Honduras' Congress voted on Friday to extend the partial state of exception in 226 "
            "neighbourhoods and towns for another 45 days, suspending some constitutional "
            "guarantees to allow arrests of suspected gang members. The government said extortion "
            "complaints had fallen. Human rights groups said the measure was being used to detain "
            "young men without evidence."
        ),
        "politics",
    ),
    (
        'Colombian presidential candidates clash over "total peace" in television debate',
        (
            "Colombia's main presidential candidates clashed over the government's \"total peace\" "
            "policy in a televised debate on Tuesday night. A right-wing candidate called it a "
            '"surrender" to armed groups and promised to bomb their camps, while the governing '
            "coalition's candidate said military force alone had failed for 60 years. Polls show "
            "security as voters' top concern."
        ),
        "politics",
    ),
    (
        "Petro tells UN the war on drugs has failed",
        (
            "Colombia's president told the UN General Assembly on Tuesday that the war on drugs "
            "had failed and called on rich countries to stop treating coca farmers as enemies. He "
            "said the policy had cost a million Latin American lives and criticised the use of the "
            "military against traffickers. Diplomats from the United States listened without "
            "applauding."
        ),
        "politics",
    ),
    (
        "Chile's voters reject proposed new constitution",
        (
            "Chileans voted by a wide margin on Sunday to reject a proposed new constitution "
            "written by an elected convention, with about 62% against, according to official "
            "results. The text had been born out of the 2019 protest movement and would have "
            "recognised Indigenous peoples and expanded social rights. The president said the "
            "process of reform would continue."
        ),
        "politics",
    ),
    (
        "Mexico's Senate approves placing National Guard under army control",
        (
            "Mexico's Senate approved a constitutional reform on Wednesday placing the National "
            "Guard under the defence ministry, in a vote of 86 to 42. The government says the move "
            "will make the force more disciplined; opponents say it militarises public security. "
            "The reform now goes to state legislatures. Opposition senators walked out before the "
            "vote. A similar reform was struck down by the Supreme Court in 2023."
        ),
        "politics",
    ),
    (
        "Haiti's transitional presidential council sworn in",
        (
            "Nine members of a transitional presidential council were sworn in at the National "
            "Palace in Port-au-Prince on Thursday, taking power from the outgoing prime minister "
            "under a deal brokered by Caribbean leaders. The council is charged with naming a new "
            "prime minister and organising elections. The ceremony was held early in the morning "
            "and was brief. The outgoing prime minister, who had been stranded abroad for weeks, "
            "resigned by letter. The United States and the Caribbean Community welcomed the step."
        ),
        "politics",
    ),
    (
        "Thousands march in Mexico City on anniversary of Ayotzinapa disappearances",
        (
            "Thousands of people marched through Mexico City on Thursday to mark ten years since "
            "43 students from the Ayotzinapa teacher training college disappeared in Iguala. "
            "Parents of the students led the march from the Angel of Independence to the main "
            "square, carrying portraits of their sons. The march passed without incident. The "
            "parents met the president this week and said they were disappointed."
        ),
        "protest",
    ),
    (
        "Peruvian transport workers strike against extortion",
        (
            "Bus and taxi drivers in Lima stayed off the roads on Thursday in a strike to demand "
            "government action against extortion gangs that have killed several drivers this year. "
            "Thousands of people walked to work or waited hours for the few buses running. Drivers "
            "marched peacefully to Congress. The prime minister met union leaders in the evening."
        ),
        "protest",
    ),
    (
        "Colombian Indigenous minga arrives in Bogotá for peaceful talks",
        (
            "Thousands of Indigenous people from Cauca arrived in Bogotá in buses and chivas on "
            'Sunday in a "minga" to demand a meeting with the president over killings of their '
            "leaders and land rights. They camped peacefully at the national university's sports "
            "grounds. The interior minister said the government would meet them on Tuesday."
        ),
        "protest",
    ),
    (
        "Mothers of the disappeared march in Culiacán on Mother's Day",
        (
            "Hundreds of mothers searching for their disappeared children marched through Culiacán "
            "on Saturday carrying photographs and shovels, saying they had nothing to celebrate on "
            "Mother's Day. The collectives said they had found dozens of clandestine graves in the "
            "state this year. The march ended with a prayer in front of the cathedral."
        ),
        "protest",
    ),
    (
        "Brazilian women march in Brasília against violence",
        (
            "Tens of thousands of women marched along the Esplanade of Ministries in Brasília on "
            "Wednesday to protest against femicide and domestic violence, in one of the largest "
            "such marches in the country's history. The organisers called for more shelters and "
            "faster trials. The march ended with speeches in front of Congress."
        ),
        "protest",
    ),
    (
        "Venezuelan opposition holds peaceful rallies abroad",
        (
            "Venezuelans living in Madrid, Bogotá, Lima, Buenos Aires and Miami held rallies on "
            "Saturday in support of the opposition, which says it won last month's presidential "
            "election. In Madrid several thousand people gathered in the Puerta del Sol singing "
            "the national anthem. No incidents were reported."
        ),
        "protest",
    ),
    (
        "Chilean students hold largest march in years, peacefully",
        (
            "More than 100,000 students and teachers marched in Santiago on Thursday to demand "
            "free university education, the organisers said. The march along the Alameda avenue "
            "ended in a concert, and police said no arrests were made. The education minister "
            "invited student leaders to talks."
        ),
        "protest",
    ),
    (
        "Mapuche communities hold peaceful march in Temuco",
        (
            "Several thousand Mapuche people marched through Temuco on Sunday to demand the return "
            "of ancestral lands and the withdrawal of troops from the region, waving the Mapuche "
            "flag and playing traditional instruments. Police said the march passed off "
            "peacefully. Leaders handed a letter to the regional governor."
        ),
        "protest",
    ),
    (
        "Guatemalans block roads in peaceful protest to defend election result",
        (
            "Indigenous authorities and students blocked highways across Guatemala for a second "
            "week on Monday in a peaceful protest demanding the resignation of the attorney "
            "general, whom they accuse of trying to overturn the presidential election result. "
            "Lorry drivers waited for hours at roadblocks. Protest leaders said they would "
            "continue until she quit."
        ),
        "protest",
    ),
    (
        "Trinidad and Tobago declares state of emergency over gang killings",
        (
            "Trinidad and Tobago's prime minister declared a state of emergency on Monday after "
            "more than 600 people were killed last year, many in attacks linked to gangs, giving "
            "police powers to search and arrest without warrants. He said the measure would last "
            "15 days unless Parliament extended it. The opposition said the government had waited "
            "too long."
        ),
        "politics",
    ),
    (
        "Mayoral hopeful in Guerrero quits race after threats",
        (
            "A candidate for mayor in a mountain town in Guerrero withdrew from the race on "
            "Wednesday, saying she had received threats by phone from people who claimed to belong "
            "to an armed group. She was not harmed. The electoral institute said 30 candidates in "
            "the state had asked for protection, and the state government assigned bodyguards to "
            "12 of them."
        ),
        "politics",
    ),
]
