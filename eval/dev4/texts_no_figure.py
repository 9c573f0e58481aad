"""dev4 texts: texts with numbers but no figure.

Imported by build.py in order; each F(...) adds one text to the set. Split from build.py, unchanged.
"""

from figset import F

# ====================================================================== texts with numbers but no figure

F(
    "Sentencing in Kigali: genocide suspect gets 25 years",
    "A court in Kigali sentenced a former militia leader, {{64}}, to {{25 years}} in prison on {{Tuesday}} for his role in the {{1994}} genocide, {{30 years}} after the killings. "
    "He had been extradited from the Netherlands in {{2016}} and was held for {{eight years}} before trial.",
)

F(
    "Ransom demand of $2.5 million for kidnapped engineer",
    "Kidnappers holding a Chinese engineer seized in Niger's Agadez region have demanded {{$2.5 million}}, a source close to the negotiations said on {{14 March}}. "
    "The {{49-year-old}} was taken on {{the second day}} of a site visit, {{about 60 km}} from the town.",
)

F(
    "Security Council renews Lebanon force mandate for a final time",
    "The Security Council voted {{13-0}}, with {{two abstentions}}, to extend UNIFIL's mandate until {{31 December 2026}} under {{Resolution 2790}}, after which the force will withdraw within {{one year}}. "
    "The mission was first deployed in {{1978}}.",
    [],
)

F(
    "Defence budget: Warsaw to spend 4.7% of GDP on the army",
    "Poland will spend {{4.7%}} of its gross domestic product on defence next year, about {{186 billion zlotys}}, the finance ministry said, and will sign contracts worth {{$10 billion}} this year. "
    "Deliveries of the {{K2}} tanks began in {{2022}}.",
    [],
)

F(
    "Derby report: Wydad edge Raja 2-1 as ultras light flares",
    "Wydad beat Raja {{2-1}} in the Casablanca derby on {{Sunday}}, with the winner coming in the {{89th minute}}. "
    "The match was held without away fans for {{the third time}} this season, and kick-off was delayed by {{20 minutes}} because of smoke from flares.",
)

F(
    "Memorial service marks 10 years since Sinjar massacre",
    "Survivors gathered in Kocho on {{3 August}} to mark {{ten years}} since the {{2014}} massacre by Islamic State, laying wreaths at a memorial opened in {{2023}}. "
    "A {{72-year-old}} woman read the names of her relatives for {{45 minutes}}.",
)

F(
    "Drone strike anniversary: Kabul family still waits for answers",
    "{{Three years}} after the {{29 August 2021}} drone strike in Kabul, relatives say a promised compensation of {{$3 million}} has not been paid. "
    "The eldest victim was {{40}}; the youngest was {{two}}.",
    [],
)

F(
    "Arms fair in Abu Dhabi draws record exhibitors",
    "IDEX, held every {{two years}} since {{1993}}, opened on {{17 February}} organisers said, and deals worth {{23.4 billion dirhams}} were announced on the first day. "
    "A {{T-90}} tank and the {{F-35}} drew crowds.",
    ["first day"],
)

F(
    "Weather service warns of 48C heat in Basra",
    "Temperatures in Basra are forecast to reach {{48C}} on {{Thursday}}, the weather service said, and power cuts of up to {{12 hours a day}} are expected. "
    "Last year the city recorded {{50.4C}} in {{July}}.",
    [],
)

F(
    "Trial of Bataclan attacker's accomplices: appeal set for 2026",
    "The appeal of the men convicted in {{2022}} is set to open on {{5 January 2026}} and last {{about three months}}, the Paris appeals court said. "
    "One was sentenced to life in prison and the other to {{18 years}}.",
    [],
)

F(
    "Oil output in Kirkuk recovers to 300,000 barrels a day",
    "Oil output from the Kirkuk fields recovered to {{300,000 barrels per day}} in {{October}}, up {{12%}} from a year earlier, the oil ministry said, after the pipeline to Ceyhan reopened following {{two and a half years}} of closure.",
    [],
)

F(
    "Census in Cox's Bazar schools: attendance rates improve",
    "Attendance in learning centres rose to {{78%}} in {{2024}} from {{61%}} {{two years}} earlier, UNICEF said, and {{one in five}} girls over {{14}} still do not attend.",
    [],
)

F(
    "Veteran recalls Falklands: 'we were 19 and terrified'",
    '"We were {{19}} and terrified," said a veteran of the {{2nd Battalion}}, now {{61}}, recalling the landing at San Carlos on {{21 May 1982}}. '
    "The war lasted {{74 days}}.",
    [],
)

F(
    "Premier League: Forest's Awoniyi scores twice in 3-0 win",
    "Taiwo Awoniyi scored in the {{12th}} and {{67th minutes}} as Nottingham Forest won {{3-0}}, moving up to {{seventh}} place with {{44 points}} from {{26 games}}.",
    [],
)

F(
    "Ceasefire timeline: talks resume in Doha on Monday",
    "Negotiators will meet in Doha on {{Monday}} at {{10:00}} local time for a {{fourth}} round of talks, {{six weeks}} after the last round collapsed, a mediator said. "
    "The first phase of the deal would last {{42 days}}.",
    [],
)

F(
    "Inflation in Khartoum state at 145%, central bank says",
    "Prices in Khartoum state rose {{145%}} in the year to {{June}}, the central bank said, and the pound traded at {{2,600}} to the dollar on the parallel market, against {{570}} before the war. "
    "A sack of sorghum costs {{three times}} what it did in {{2023}}.",
    [],
)

F(
    "Film review: 'Foreign Legion' follows recruits through 16 weeks of training",
    "The documentary, {{112 minutes}} long, follows recruits from every continent through {{16 weeks}} of basic training at Castelnaudary. "
    "It premieres on {{9 October}} and was shot over {{18 months}}.",
    [],
)

F(
    "Train derailment inquiry: speed was 87 km/h on a 40 km/h curve",
    "The train was travelling at {{87 km/h}} on a curve limited to {{40 km/h}} when it derailed at {{06:42}}, the preliminary report said, {{11 days}} after the accident. "
    "The driver, {{58}}, had worked for the railway for {{32 years}}.",
    [],
)

F(
    "Anti-corruption court: former minister jailed for seven years",
    "A former defence minister was sentenced on {{Friday}} to {{seven years}} in prison and fined {{$1.2 million}} for taking bribes on a {{2019}} helicopter contract, the court said. "
    "He was {{71}} and had served in government since {{1998}}.",
    [],
)

F(
    "Election in the North: turnout 54% as polls close at 6 p.m.",
    "Turnout in the regional election reached {{54%}} by the time polls closed at {{6 p.m.}}, the commission said, up from {{48%}} in {{2019}}. "
    "Counting in {{District 9}} will take until {{Wednesday}}.",
    [],
)

# Added by the lead engineer, a text with no figure, so that the set has every kind of
# negative the eval-set tests look for (an age, a morning time).
F(
    "Odesa: curfew shortened after a quiet week",
    "The curfew in Odesa will now end at {{5 a.m.}} instead of {{6 a.m.}}, the regional administration said on {{Monday}}. "
    "A pensioner {{aged 74}} said the queues for bread had shortened over the {{past two weeks}}.",
    [],
)
