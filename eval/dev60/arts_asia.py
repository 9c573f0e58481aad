"""dev60 items: elections, protests and crackdowns in South and South-East Asia (Bangladesh,
Pakistan, Sri Lanka, India, Nepal, Indonesia, Cambodia, Myanmar).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Bangladesh: UN rights office puts uprising toll at up to 1,300",
    "The UN human rights office said [[as many as 1,300 people|killed;a=The UN human rights office]] may have been killed during the student-led uprising and the crackdown that followed, about {{12%}} of them children. "
    "It said [[thousands|injured;a=The UN human rights office]] were injured, and that police and the ruling party's student wing were responsible for most deaths. "
    "The interim government's health adviser said [[more than 19,000 people|injured;a=The interim government's health adviser]] had been treated for injuries between {{July 1}} and {{August 15}}.",
)

F(
    "Dhaka: curfew, army deployed as quota protests spread",
    "The government imposed a nationwide curfew and deployed the army on Friday night after [[at least 105 people|killed;a=hospital staff]] were killed in clashes, according to a count by hospital staff. "
    "Police said [[about 1,400 people|arrested;a=Police]] had been arrested in Dhaka alone and that [[two police officers|killed;a=Police]] were killed. "
    "Protesters set fire to the state broadcaster's building and to [[at least 20 vehicles|other;a=police]], police said.",
)

F(
    "Bangladesh election day: polling booths torched, five killed",
    "[[Five people|killed;a=police]] were killed in election-day violence and [[at least 18 polling stations|housing;u=structure;a=police]] were set on fire overnight, police said. "
    "The Election Commission said [[about 750,000 security personnel|combatants;a=The Election Commission]] were on duty at [[42,150 polling centres|other;u=structure;a=The Election Commission]]. "
    "Turnout was {{43%}}, and the ruling Awami League won {{224}} of the {{300}} seats.",
)

F(
    "Pakistan: army trials for May 9 rioters",
    "A military court sentenced [[27 civilians|arrested;a=the army's media wing]] to between {{three and 10 years}} in prison for attacks on army installations during the riots of {{May 9, 2023}}, the army's media wing said. "
    "The Punjab police said [[more than 4,000 people|arrested;a=The Punjab police]] were arrested in the province after the riots, and that [[about 200 police vehicles|other;a=The Punjab police]] were burned. "
    "The former prime minister's party says [[at least eight of its supporters|killed;n=supporters;a=The former prime minister's party]] were shot dead that day.",
)

F(
    "Islamabad protest: rival tolls after night-time clearing operation",
    "The former prime minister's party said [[14 of its workers|killed;n=workers;a=The former prime minister's party]] were killed when police and paramilitary Rangers cleared its sit-in in Islamabad, while the interior minister said no one died from gunfire. "
    "The minister said [[five security personnel|killed;a=The minister]] were killed when a vehicle ran into them, and that [[917 protesters|arrested;a=The minister]] had been detained. "
    "[[About 20,000 police and Rangers|combatants;n=police and Rangers;a=officials]] were deployed and Section {{144}} was imposed, officials said.",
)

F(
    "Pakistan election: mobile networks suspended, 16 killed",
    "[[At least 16 people|killed;a=officials]] were killed in attacks on polling stations and candidates in Khyber Pakhtunkhwa and Balochistan on election day, officials said. "
    "The Election Commission said [[more than 600,000 security personnel|combatants;a=The Election Commission]] had been deployed and that [[about 129 million voters|other;a=The Election Commission]] were registered. "
    "Independents backed by the jailed former prime minister won {{92}} seats in the {{266-seat}} National Assembly.",
)

F(
    "Sri Lanka: homes of politicians torched after attack on protesters",
    "Mobs set fire to [[more than 70 houses|housing;a=police]] belonging to ruling party politicians after government supporters attacked a peaceful protest camp in Colombo, police said. "
    "The police said [[eight people|killed;a=The police]] died in the violence, among them a member of parliament, and [[about 230|injured;a=The police]] were taken to hospital. "
    "The army deployed [[12,000 troops|combatants]] after the prime minister resigned, and the curfew was extended until {{7am}} on {{Thursday}}.",
)

F(
    "West Bengal panchayat polls: violence claims 15 lives",
    "[[At least 15 people|killed;a=the state election commission]] were killed on polling day in West Bengal's rural elections, the state election commission said, bringing the toll since the polls were announced in June to [[36|killed;a=the state election commission]]. "
    "Ballot boxes were thrown into ponds and set alight in [[dozens of booths|housing;u=structure;n=booths;a=the commission]], and repolling was ordered in [[604 booths|other;u=structure;a=the commission]], the commission said. "
    "[[About 70,000 state police|combatants;n=police]] and [[790 companies of central forces|combatants;n=companies;u=other]] were on duty.",
)

F(
    "Nepal: curfew after Gen Z protests turn deadly",
    "[[At least 21 people|killed;a=officials]] were killed when police opened fire on protesters outside parliament in Kathmandu, officials said, and [[more than 400|injured;a=officials]] were treated at hospitals. "
    "A day later, protesters set fire to parliament, the Supreme Court and [[dozens of party offices|housing;u=structure;n=offices]], and the army took over security. "
    "The prime minister resigned after {{14 months}} in office.",
)

F(
    "Indonesia: riots in Jakarta after election result",
    "[[Six people|killed;a=the city governor]] died and [[more than 200|injured;a=the city governor]] were injured in riots in Jakarta after the election commission confirmed the president's re-election, the city governor said. "
    "Police said they had arrested [[264 people|arrested;a=Police]], some of whom had been paid to riot. "
    "The president won {{55.4%}} of the vote.",
)

F(
    "Cambodia: opposition activists jailed in mass trial",
    "A Phnom Penh court convicted [[51 opposition activists|arrested;a=rights groups]] of incitement and conspiracy on Tuesday, rights groups said, most of them in absentia, and sentenced them to between {{five and eight years}}. "
    "The ruling party holds all {{125}} seats in the National Assembly after the main opposition party was dissolved in {{2017}}.",
)

F(
    "Myanmar: junta's census workers attacked before vote",
    "The junta said [[at least 14 people|killed;a=The junta]] working on the census for its planned election had been killed in attacks, and that [[about 40,000 soldiers and police|combatants;n=soldiers and police;a=The junta;p]] would protect polling stations. "
    "The election will be held in [[102 townships|other;u=other;a=The junta]] in the first phase, out of {{330}}, it said.",
)

F(
    "Bangladesh: Hindu homes attacked after government falls",
    "A Hindu community council said [[at least 217 attacks|other;u=other;n=attacks;a=A Hindu community council]] on minorities had been reported in [[49 districts|other;a=A Hindu community council]] in the days after the prime minister fled, including the burning of [[dozens of homes|housing]] and temples. "
    "Police stations across the country were abandoned, and [[about 450 police stations|other;u=structure;n=stations;a=the police headquarters]] had reopened within a week, the police headquarters said.",
)

F(
    "Sri Lanka votes: calm day, turnout 79%",
    "Polling closed at {{4pm}} with turnout of about {{79%}}, the Election Commission said, and no serious incident was reported. "
    "The commission said {{196}} seats are filled by preferential vote and the remaining {{29}} from national lists. "
    "Results are expected by {{Friday}} evening.",
)
