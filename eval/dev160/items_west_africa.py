"""West Africa: Nigeria's polls, Ivory Coast's third term, the coups of Guinea, Mali, Burkina
Faso and Niger, Sierra Leone and Guinea-Bissau (9 articles with figures), and the results of
Ghana and Senegal (2 without)."""

from _wrap import item

item(
    "Guber polls: Thugs disrupt voting in Kano, Rivers as INEC suspends collation",
    """Political thugs disrupted voting in [[at least 23 polling units|other;a=the Independent
    National Electoral Commission (INEC)]] across Kano and Rivers states on Saturday, the
    Independent National Electoral Commission (INEC) said, as the governorship and state
    assembly elections were marred by violence in parts of the country. In Tarauni Local
    Government Area of Kano, hoodlums armed with machetes carted away [[nine ballot
    boxes|other]] shortly after accreditation began at {{8:30 a.m.}} [[Three ad hoc
    staff|injured;a=Abdullahi Kiyawa]], including a presiding officer, were stabbed and taken
    to the Murtala Muhammad Specialist Hospital, said Abdullahi Kiyawa, the Kano police
    spokesperson. He said [[62 suspected thugs|arrested;a=Abdullahi Kiyawa]] had been arrested
    and [[11 locally made guns|other;a=Abdullahi Kiyawa]] recovered across the state. In
    Rivers, the police command confirmed that [[two party agents|killed;a=the police command]]
    of the Labour Party were shot dead in Ikwerre. INEC later suspended collation in [[four
    local government areas|other;u=other]] of the state pending a review. Kano has {{5,921,370
    registered voters}}, the highest after Lagos, and observers put turnout at about {{30 per
    cent}}.""",
)

item(
    "Kogi poll: PDP women leader burnt to death as INEC staff abducted",
    """A women leader of the Peoples Democratic Party (PDP) in Kogi State was burnt to death in
    her home in Ochadamu on Monday night, when suspected political thugs set the house ablaze
    after the governorship election, and [[about 30 families|displaced]] fled the village
    overnight. The police in Kogi said [[10 other houses|housing;a=The police in Kogi]] on the
    same street were torched and [[six suspects|arrested;a=The police in Kogi]] had been picked
    up. In neighbouring Bayelsa, where a governorship poll held the same day, [[18 INEC ad hoc
    staff|kidnapped;a=the commission;alt=INEC]] were abducted by gunmen on their way to their
    polling units in Southern Ijaw, the commission said in a statement, while [[five of
    them|kidnapped;n=-;a=the commission;alt=INEC]] were released hours later. A civil society
    situation room counted [[at least 10 deaths|killed;a=A civil society situation room]]
    across both states and said thugs had snatched [[more than 40 ballot boxes|other;a=A civil
    society situation room]]. The incumbent's candidate, {{41}}, polled {{406,222 votes}} to
    win in {{15 of the 21 local government areas}}, the returning officer declared.""",
)

item(
    "Ivory Coast: government puts election violence toll at 85",
    """The number of people killed in violence around Ivory Coast's presidential election has
    risen to [[85|killed;a=the government]], the government said on Tuesday, while [[more than
    3,200 Ivorians|displaced;a=the UN refugee agency]] have fled to Liberia, Ghana and Togo,
    according to the UN refugee agency, which said [[about 500 refugees|returned;a=the UN
    refugee agency]] had already gone home from Liberia. President Alassane Ouattara, {{78}},
    won a disputed {{third term}} with {{94.27 percent}} of the vote in the {{October 31}}
    poll, which the main opposition parties boycotted. Government spokesman Amadou Coulibaly
    said [[484 people|injured;a=Government spokesman Amadou Coulibaly]] had been wounded and
    [[225|arrested;a=Government spokesman Amadou Coulibaly]] arrested in clashes in Daoukro,
    Bongouanou and M'Batto since August. The electoral commission said [[23 polling
    stations|housing;u=structure;a=The electoral commission]] had been set on fire and that
    voting could not take place in [[about 5,000|other;u=structure;a=The electoral commission]]
    of the country's [[22,381 polling stations|other;u=structure;a=The electoral commission]].
    Police have since placed [[four opposition leaders|arrested]] under house arrest, including
    [[two former prime ministers|arrested]].""",
)

item(
    "Guinea special forces seize Conde and dissolve government",
    """Guinean special forces said on Sunday they had captured President Alpha Conde, {{83}},
    dissolved the government and suspended the constitution after heavy gunfire rocked the
    Kaloum peninsula of Conakry for hours. A military source told AFP that [[at least 10
    presidential guards|killed;a=A military source]] were killed in the assault, while a
    diplomatic source said [[three special forces soldiers|killed;a=a diplomatic source]] had
    died. Conde won a contested {{third term}} in {{October 2020}} after changing the
    constitution, and opposition leader Cellou Dalein Diallo says [[more than 50 of his
    supporters|killed;a=opposition leader Cellou Dalein Diallo]] were killed in the protests
    against it. [[Hundreds of people|other]] poured into the streets of Bambeto to cheer the
    soldiers. The junta imposed a curfew from {{8pm}} and promised to free [[about 80 political
    prisoners|arrested;p]], and summoned the [[25 outgoing ministers|other]] to a meeting on
    Monday, warning that any refusal would be treated as rebellion.""",
)

item(
    "Mali mutineers detain president and prime minister",
    """Mutinous soldiers detained President Ibrahim Boubacar Keita and Prime Minister Boubou
    Cisse in Bamako on Tuesday, hours after seizing weapons at the Kati military camp {{15 km}}
    from the capital. The mutineers also arrested [[at least four ministers|arrested;a=a
    security source]] and the speaker of the National Assembly, a security source said. Keita,
    {{75}}, was re-elected in {{2018}} for a {{second five-year term}}, but weeks of protests
    led by the {{M5-RFP}} coalition had demanded that he step down, and security forces killed
    [[at least 14 protesters|killed;a=the UN mission in Mali]] in July, according to the UN
    mission in Mali. [[Hundreds of people|other]] gathered in Independence Square to cheer the
    soldiers as they drove in. Mali hosts [[about 15,000 UN peacekeepers|combatants]], and
    France has [[5,100 troops|combatants]] in the Sahel fighting jihadists who have killed
    [[thousands of civilians|killed]] since {{2012}}.""",
)

item(
    "Burkina junta ousts Damiba in second coup of the year",
    """Soldiers led by Captain Ibrahim Traore, {{34}}, announced on state television late on
    Friday that they had removed Lieutenant Colonel Paul-Henri Damiba, who had himself seized
    power only {{eight months}} earlier. The officers said Damiba had failed to stop a jihadist
    insurgency that has displaced [[almost two million people|displaced;v=2000000;a=The
    officers]], and cited an attack on a supply convoy at Gaskinde in which the army said [[27
    soldiers|killed;a=the army]] were killed and [[about 50 civilians|missing;a=the army]] went
    missing. On Saturday, [[several hundred protesters|other]] set fire to barriers outside the
    French embassy in Ouagadougou, accusing France of sheltering Damiba at a base where [[some
    400 French special forces|combatants]] are stationed. The new authorities imposed a curfew
    from {{9pm}} to {{5am}} and suspended the constitution, while [[dozens of
    soldiers|combatants]] guarded the state broadcaster.""",
)

item(
    "Niger presidential guard detains Bazoum",
    """Members of Niger's presidential guard have detained President Mohamed Bazoum, who was
    elected in {{2021}} with {{55.7%}} of the vote, and announced on national television that
    they had ended his government. The junta has since arrested [[at least four
    ministers|arrested]], including the oil and mines ministers, and the head of the ruling
    party. [[Thousands of junta supporters|other]] rallied in Niamey on Sunday, some of them
    trying to break into the French embassy, where police fired tear gas. France said it had
    flown [[more than 1,000 people|displaced;a=France]] out of the country, [[577 of
    them|displaced;n=-;a=France]] French nationals, on [[five flights|other;a=France]]. France
    has [[1,500 troops|combatants]] in Niger and the United States [[about 1,100|combatants]].
    The West African bloc Ecowas gave the soldiers {{seven days}} to restore Bazoum or face the
    possible use of force.""",
)

item(
    "Sierra Leone calls Freetown barracks attack a failed coup",
    """[[Twenty-one people|killed;a=Information Minister Chernor Bah]] were killed when gunmen
    attacked a military armoury, [[two prisons|other;u=structure;a=Information Minister Chernor
    Bah]] and a police station in Freetown on Sunday, Information Minister Chernor Bah said,
    among them [[14 soldiers|killed;a=Information Minister Chernor Bah]]. The attackers freed
    [[nearly 2,000 inmates|other]] from the Pademba Road prison before fleeing. A nationwide
    curfew was imposed from {{9pm}} and lifted after {{two days}}. Police have since arrested
    [[more than 50 people|arrested;a=Police]], including [[13 military
    officers|arrested;a=Police]], police said on Thursday. President Julius Maada Bio won a
    {{second term}} in {{June}} with {{56.17%}}, results the main opposition All People's
    Congress rejected; its presidential candidate, {{68}}, said his house had been teargassed
    by soldiers in the days after the vote.""",
)

item(
    "Gunmen attack Guinea-Bissau government palace",
    """Gunmen attacked the government palace in Bissau on Tuesday while President Umaro Sissoco
    Embalo was chairing a cabinet meeting, in an attempted coup that left [[11
    people|killed;a=the government spokesman]] dead, the government spokesman said. [[Four of
    the attackers|killed]] were among the dead, and the army said it had arrested [[at least 10
    suspects|arrested;a=the army]]. Embalo, who was elected in {{2019}} with {{53.55%}} of the
    vote, said the attack was linked to drug traffickers. The country has seen [[four
    successful coups|other;u=other]] and [[more than a dozen attempts|other;u=other]] since
    independence from Portugal in {{1974}}. The regional bloc Ecowas later said it would send a
    stabilisation force of [[631 troops|combatants;p;a=The regional bloc Ecowas]].""",
)

item(
    "Mahama wins Ghana presidency in landslide",
    """Former president John Mahama won Ghana's presidential election with {{56.55%}} of the
    vote, the Electoral Commission said on Monday, while the ruling party's candidate,
    Vice-President Mahamudu Bawumia, took {{41.61%}}. Turnout was {{60.9%}} among {{18.7
    million registered voters}}. Mahama, {{66}}, who was president from {{2012}} to {{2017}},
    said his first task would be to fix an economy still recovering from its worst crisis in a
    generation and a {{$3 billion}} IMF bailout, with inflation at {{23%}}. His National
    Democratic Congress also won a large majority in parliament, taking {{183 of the 276
    seats}} declared. Observers said the vote was largely peaceful, and Mahama will be sworn in
    on {{January 7}}.""",
)

item(
    "Faye sworn in as Senegal's youngest president",
    """Bassirou Diomaye Faye, who left prison {{10 days}} before the vote, was sworn in on
    Tuesday as Senegal's fifth and youngest president at the age of {{44}}. He won the {{March
    24}} election in the first round with {{54.28 percent}}, against {{35.79 percent}} for the
    ruling coalition's candidate, Amadou Ba, the Constitutional Council said. Turnout was
    {{61.3 percent}} of the {{7.3 million voters}} on the roll. The vote had been postponed
    from {{February 25}} by outgoing president Macky Sall, who served {{two terms}} over {{12
    years}}, a delay the council overturned. Faye has promised to renegotiate oil and gas
    contracts and to review the CFA franc, pegged to the euro since {{1999}}.""",
)
