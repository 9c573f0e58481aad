"""Negatives of eval/dev59: peaceful protest (README.md)."""

NEGATIVES = [
    (
        "Tens of thousands march peacefully in Tbilisi against election result",
        (
            "Tens of thousands of people marched through central Tbilisi on Monday evening to "
            "protest against the official results of the parliamentary election, which the "
            "opposition says were rigged. The march ended with speeches outside parliament and "
            "the crowd dispersed after midnight. Police watched from side streets and no "
            "incidents were reported. The president, who has sided with the opposition, addressed "
            "the crowd."
        ),
        "protest",
    ),
    (
        "Opposition supporters hold sit-in outside electoral commission",
        (
            "Several hundred supporters of the opposition candidate held a sit-in outside the "
            "electoral commission's headquarters for a third day, singing and waving flags as "
            "they demanded an audit of the vote count. Police kept a cordon around the building "
            "but did not intervene. The commission invited the candidate's agents to observe a "
            "review of tally sheets."
        ),
        "protest",
    ),
    (
        "Women in white hold silent vigil for jailed opposition leader",
        (
            "Around 2,000 women dressed in white formed a human chain along a main avenue of the "
            "capital on Saturday in a silent vigil for the jailed opposition leader, holding "
            "flowers and photographs. The gathering lasted two hours and ended without incident."
        ),
        "protest",
    ),
    (
        "Students block highway for hours in peaceful protest over vote count",
        (
            "Thousands of university students sat down on the main highway into the capital for "
            "four hours on Tuesday, demanding that the electoral tribunal publish results by "
            "polling station. They sang, held placards reading 'Show us the tally sheets' and "
            "left at dusk. Police diverted traffic, and no arrests were made. Student unions said "
            "they would return every Tuesday until the results were published."
        ),
        "protest",
    ),
    (
        "Crowds rally for ousted president in largest gathering in years",
        (
            "More than 100,000 people rallied in the capital's main square on Sunday in support "
            "of the president removed by parliament last week, in what organisers called the "
            "largest gathering in a decade. Speakers called for new elections and a general "
            "strike. The rally ended peacefully in the evening, police said."
        ),
        "protest",
    ),
    (
        "Taxi drivers and truckers block border road against election delay",
        (
            "Hundreds of taxi drivers and truckers parked their vehicles across the main road to "
            "the border on Wednesday to protest against the postponement of the presidential "
            "election, causing a queue several kilometres long. The drivers said they would stay "
            "until the government set a new date. Police negotiated with the organisers to let "
            "ambulances through."
        ),
        "protest",
    ),
    (
        "Opposition leader begins hunger strike in parliament over electoral law",
        (
            "An opposition leader began a hunger strike in the parliament building on Monday to "
            "protest against changes to the electoral law that he says favour the ruling party. "
            "He said he would drink only water until the amendments were withdrawn. Several "
            "colleagues joined him in a rotating fast."
        ),
        "protest",
    ),
    (
        "General strike empties streets after disputed election",
        (
            "Shops, schools and markets stayed shut across the capital on Monday as the "
            "opposition's call for a two-day general strike over the disputed election was widely "
            "followed. Streets were nearly empty and public transport ran a reduced service. The "
            "government said the strike had been a failure and that civil servants had reported "
            "for work."
        ),
        "protest",
    ),
    (
        "Eight arrested for gluing hands to electoral office doors",
        (
            "Police arrested eight climate and democracy activists who glued their hands to the "
            "doors of the electoral office on Thursday, demanding votes at 16 and a citizens' "
            "assembly. Officers used solvent to free them, and they were released on bail in the "
            "evening."
        ),
        "protest",
    ),
    (
        "Thousands march in Caracas on anniversary of disputed vote",
        (
            "Thousands of opposition supporters marched through eastern Caracas on Sunday waving "
            "flags and carrying copies of tally sheets, a year after the disputed presidential "
            "election. The march ended with a rally addressed by a video message from the "
            "opposition leader, who is in hiding. Government supporters held a rival rally in the "
            "centre, and both ended without clashes. Hundreds of people remain in detention after "
            "the protests of last year."
        ),
        "protest",
    ),
    (
        "Pots and pans ring out in nightly protest against new president",
        (
            "Residents of several neighbourhoods of the capital have banged pots and pans from "
            "their windows every night this week at ten o'clock to protest against the new "
            "president's decree on the electoral calendar. The noise lasts about 15 minutes."
        ),
        "protest",
    ),
    (
        "Farmers drive tractors into capital ahead of European vote",
        (
            "Several thousand farmers drove their tractors into the capital on Tuesday, blocking "
            "the ring road for the morning, two weeks before the European elections. They "
            "demanded less paperwork and a halt to free trade deals. Police escorted the convoy "
            "and said the protest had passed off calmly."
        ),
        "protest",
    ),
    (
        "Kenyan opposition calls off march after talks with police",
        (
            "The opposition coalition called off a planned march to the electoral commission's "
            "offices on Thursday after meeting police chiefs, and instead held a prayer rally in "
            "a Nairobi park. Thousands attended the rally, which ended peacefully. The coalition "
            "said it would present a petition to the commission next week."
        ),
        "protest",
    ),
    (
        "Impeachment supporters form candlelit human chain across Seoul bridge",
        (
            "Supporters of an impeached president's removal formed a human chain across a bridge "
            "over the Han river on Saturday evening, holding candles and light sticks. Organisers "
            "estimated the turnout at 50,000; police said fewer. A rival rally of the president's "
            "supporters took place three kilometres away, with police keeping the groups apart."
        ),
        "protest",
    ),
    (
        "Mothers of detained protesters hold weekly vigil outside prison",
        (
            "Around 60 women gathered outside the main prison in the capital on Wednesday for "
            "their weekly vigil, demanding the release of sons and daughters detained after last "
            "year's election protests. They held up photographs and read out names. Guards "
            "watched from the gate, and the women left after an hour."
        ),
        "protest",
    ),
    (
        "Bangladesh opposition holds peaceful grand rally in Dhaka",
        (
            "Hundreds of thousands of opposition supporters filled the streets around the party's "
            "headquarters in Dhaka on Saturday for a grand rally demanding that the government "
            "step down and hand over to a caretaker administration before the election. Police "
            "said the rally had passed off peacefully, and traffic returned to normal by evening. "
            "The party announced a series of road marches for the following month. The ruling "
            "party held a peace rally on the other side of the city at the same time."
        ),
        "protest",
    ),
    (
        "Voters stage 'empty chairs' protest at closed polling station",
        (
            "Residents of a mountain village set out 300 empty chairs in front of their closed "
            "polling station on election day to protest against its relocation 30 kilometres "
            "away. The electoral authority said the station had been merged for budget reasons. "
            "Local officials said they would ask for it to be reopened for the next vote."
        ),
        "protest",
    ),
    (
        "Thousands rally peacefully in Maputo as opposition calls for calm",
        (
            "Thousands of opposition supporters rallied peacefully in central Maputo on Saturday, "
            "dancing and singing as the party leader addressed them from a truck. He called for "
            "calm and said the party would use every legal means to contest the result. Police "
            "lined the route but did not intervene."
        ),
        "protest",
    ),
    (
        "Lawyers march to supreme court in black robes over election case",
        (
            "Several hundred lawyers in black robes marched from the bar association to the "
            "supreme court on Monday to protest against delays in hearing petitions over last "
            "year's election. The march was peaceful, and the bar association's president handed "
            "a letter to the court's registrar. The lawyers said they would boycott the courts "
            "for a day next week."
        ),
        "protest",
    ),
    (
        "Opposition boycotts parliament's opening session",
        (
            "Opposition members of parliament boycotted the opening session of the new "
            "legislature on Tuesday, saying the election had been stolen, and held a symbolic "
            "session of their own in a hotel conference room. The speaker was elected with the "
            "votes of the ruling coalition. The opposition said it would return when its demands "
            "for an audit were met."
        ),
        "protest",
    ),
]
