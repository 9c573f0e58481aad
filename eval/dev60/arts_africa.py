"""dev60 items: elections, protests and crackdowns in Africa (Nigeria, Kenya, Mozambique,
Senegal, DR Congo, Togo, Guinea, Uganda, Tanzania, Côte d'Ivoire, Cameroon, Ethiopia,
Zimbabwe, Malawi, Sudan).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Kenya rights commission raises Finance Bill protest toll",
    "The Kenya National Commission on Human Rights said on Monday that [[41 people|killed;a=The Kenya National Commission on Human Rights]] had been killed in protests against the Finance Bill {{2024}}, and [[368|injured;a=The Kenya National Commission on Human Rights]] injured. "
    "It also counted [[35 cases of abduction|kidnapped;n=cases;u=person;a=The Kenya National Commission on Human Rights]] and [[more than 600 arrests|arrested;n=arrests;a=The Kenya National Commission on Human Rights]] since {{June 18}}. "
    "Police have not given a toll, but the interior ministry said [[about 60 police officers|injured;a=the interior ministry]] were hurt when protesters stormed parliament.",
)

F(
    "Mozambique: civil society platform counts post-election dead",
    "The election monitoring platform Decide said on Tuesday that [[at least 284 people|killed;a=The election monitoring platform Decide]] had been killed since protests against the results of the {{October 9}} general election began, [[about 30 of them|killed;n=-;a=The election monitoring platform Decide]] children. "
    "It said [[more than 580 people|injured;a=The election monitoring platform Decide]] had suffered gunshot wounds and [[about 4,100|arrested;a=The election monitoring platform Decide]] had been detained. "
    "The government puts the number of dead at [[fewer than 100|killed;a=The government]], including [[17 police officers|killed;a=The government]].",
)

F(
    "Mozambicans flee into Malawi after post-election unrest",
    "[[About 3,000 Mozambicans|displaced;a=Malawian officials]] have crossed into Malawi's Nsanje district since the post-election unrest spread to Zambezia and Tete provinces, Malawian officials said. "
    "The district council said it had registered [[612 families|displaced;a=The district council]] at a primary school and [[two churches|capacity;a=The district council]] turned into temporary shelters. "
    "In Maputo, looters emptied and burned [[more than 150 shops|housing]] and [[two police stations|housing;u=structure]] over the Christmas weekend.",
)

F(
    "Nigeria deploys police for governorship polls",
    "The Inspector-General of Police said [[more than 40,000 officers|combatants;a=The Inspector-General of Police;p]] would be deployed for Saturday's governorship election in Kogi, alongside [[three helicopters|other;a=The Inspector-General of Police;p]] and [[1,500 patrol vehicles|other;a=The Inspector-General of Police;p]]. "
    "The electoral commission said [[1.9 million voters|other;a=The electoral commission]] were registered in the state's [[21 local government areas|other;u=other;n=areas;a=The electoral commission]]. "
    "In the last poll, [[at least nine people|killed]] were killed and [[a party secretariat|housing;v=1;u=structure]] was burned in Lokoja.",
)

F(
    "Lagos: thugs attack voters, burn ballot papers, observers say",
    "Armed thugs disrupted voting at [[dozens of polling units|other;u=structure;n=units;a=observers from the Situation Room]] in Lagos on Saturday, observers from the Situation Room said, snatching ballot boxes and setting fire to [[several hundred ballot papers|other;n=papers;u=other;a=observers from the Situation Room]]. "
    "Police said [[eight people|injured;a=Police]] were injured and [[23 suspects|arrested;a=Police]] detained. "
    "The electoral commission put turnout at {{27%}} and said results from [[41 units|other;u=structure;a=The electoral commission]] had been cancelled.",
)

F(
    "Nigeria #EndSARS: panel finds soldiers fired on protesters",
    "A judicial panel in Lagos found that soldiers shot at protesters at the Lekki toll gate, killing [[at least nine people|killed;a=A judicial panel in Lagos]], and that [[five others|missing;a=A judicial panel in Lagos]] were still unaccounted for. "
    "The army has said no one was killed. "
    "Amnesty International said [[at least 59 people|killed;a=Amnesty International]] died across the country during the {{two weeks}} of #EndSARS protests, among them [[eight police officers|killed;a=Amnesty International]].",
)

F(
    "Senegal: toll of unrest after opposition leader's conviction",
    "The interior ministry said [[15 people|killed;a=The interior ministry]] had died in {{three days}} of clashes after the opposition leader was sentenced to {{two years}} in prison, while Amnesty International put the toll at [[at least 24|killed;a=Amnesty International]]. "
    "The ministry said [[about 450 people|arrested;a=The ministry]] had been arrested and [[dozens of vehicles|other]] burned in Dakar and Ziguinchor. "
    "The government restricted mobile internet from {{15:00}} to {{23:00}}.",
)

F(
    "Senegal: amnesty frees hundreds held over protests",
    "[[Hundreds of people|arrested]] detained over political protests since {{2021}} were released this week under an amnesty law, lawyers said. "
    "The justice ministry said [[356 detainees|arrested;a=The justice ministry]] had walked free so far and that [[about 200 more|arrested;n=-;a=The justice ministry;p]] were expected to be released by the end of the month. "
    "Rights groups say [[at least 65 people|killed;a=Rights groups]] were killed in the unrest of the past {{three years}}, and the law bars prosecutions for any of those deaths.",
)

F(
    "DR Congo: opposition protest over results dispersed in Kinshasa",
    "Police fired tear gas to break up a march by [[several hundred opposition supporters|other;n=supporters]] in Kinshasa on Wednesday, and a police spokesman said [[12 officers|injured;a=a police spokesman]] were hurt by stones. "
    "The opposition said [[two of its members|killed;n=members;a=The opposition]] were shot dead and [[more than 80|arrested;a=The opposition]] taken away in police trucks. "
    "The electoral commission has declared the president re-elected with {{72.9%}} of the vote.",
)

F(
    "Beni polls postponed, thousands protest",
    "The electoral commission said voting in Beni, Butembo and Yumbi would be postponed until March, leaving [[more than 1.1 million voters|other;a=The electoral commission]] out of the presidential election. "
    "[[Thousands of protesters|other;a=the Red Cross]] marched in Beni, and police fired live rounds, the Red Cross said, wounding [[at least five people|injured;a=the Red Cross]]. "
    "In Yumbi, [[more than 500 people|killed;a=the UN human rights office]] were killed in intercommunal attacks the month before, the UN human rights office said, and [[16,500|displaced;a=the UN human rights office]] fled across the river into the Republic of Congo.",
)

F(
    "Togo: six dead after protests against new constitution",
    "[[Six bodies|killed;a=a coalition of civil society groups]] were pulled from lagoons in Lomé after {{three days}} of protests against the president's new mandate, a coalition of civil society groups said, accusing security forces and men in plain clothes of chasing protesters into the water. "
    "The government said the deaths were drownings and that [[about 60 people|arrested;a=The government]] had been arrested, [[27 of whom|arrested;n=-;a=The government]] were later released. "
    "The coalition said [[at least 81 people|missing;a=The coalition]] were missing.",
)

F(
    "Guinea: forces accused of killing protesters after referendum",
    "The opposition coalition FNDC said [[at least 12 people|killed;a=The opposition coalition FNDC]] were shot dead during protests against the constitutional referendum, while the security ministry said [[four people|killed;a=the security ministry]] died, [[two of them|killed;n=-;a=the security ministry]] gendarmes. "
    "Human Rights Watch said [[at least 30 houses|housing;a=Human Rights Watch]] and [[a mosque|housing;v=1;u=structure;a=Human Rights Watch]] were burned in Nzérékoré. "
    "The referendum was approved with {{89.6%}} of votes cast.",
)

F(
    "Uganda: rights groups count abducted opposition supporters",
    "The opposition National Unity Platform said [[more than 400 of its supporters|kidnapped;n=supporters;a=The opposition National Unity Platform]] had been abducted since the January election, and published a list of [[243 names|kidnapped;n=names;u=person;a=The opposition National Unity Platform]]. "
    "The internal affairs minister told parliament that [[181 people|arrested;a=The internal affairs minister]] were being held in military detention and that [[about 50|arrested;a=The internal affairs minister]] had been released. "
    "In November, [[at least 56 people|killed;a=police]] were killed in two days of riots after the arrest of the party's candidate, police said.",
)

F(
    "Tanzania: opposition says hundreds killed in election-day crackdown",
    "The main opposition party Chadema said [[more than 750 people|killed;a=The main opposition party Chadema]] were killed by security forces in {{three days}} of protests after the presidential election, a figure the government called exaggerated. "
    "A diplomatic source said there were credible reports of [[at least 500 deaths|killed;n=deaths;a=A diplomatic source]]. "
    "The president was declared winner with {{97.7%}} of the vote, and a curfew from {{6pm}} remains in place in Dar es Salaam.",
)

F(
    "Côte d'Ivoire: thousands flee to Liberia after election violence",
    "The UN refugee agency said [[about 8,000 Ivorians|displaced;a=The UN refugee agency]] had crossed into Liberia since the presidential election, most of them women and children. "
    "The government said [[87 people|killed;a=The government]] were killed in violence around the vote and [[495|injured;a=The government]] injured. "
    "The opposition boycotted the vote, in which the president won a {{third}} term.",
)

F(
    "Ethiopia: 241 dead after singer's killing, police say",
    "Police in Oromia said [[241 people|killed;a=Police in Oromia]] died in unrest after the killing of a popular Oromo singer, [[nine of them|killed;n=-;a=Police in Oromia]] police officers. "
    "[[More than 3,500 people|arrested;a=the federal attorney general]] were arrested in the week after the killing, the federal attorney general said, including a prominent opposition leader. "
    "Internet services were cut for {{nearly three weeks}}.",
)

F(
    "Zimbabwe: soldiers fire on post-election protests in Harare",
    "Soldiers fired live rounds at opposition supporters in central Harare on Wednesday, killing [[seven people|killed;a=police]], police said. "
    "A commission of inquiry later found that [[38 people|injured;a=A commission of inquiry]] had been injured and that the army had used disproportionate force. "
    "The electoral commission declared the incumbent winner with {{50.7%}} of the vote, just above the {{50%}} needed to avoid a run-off.",
)

F(
    "Malawi: tear gas as protesters demand electoral chief's resignation",
    "Police fired tear gas at [[thousands of protesters|other]] in Lilongwe and Blantyre on Thursday, the {{fifth}} week of demonstrations against the results of the May presidential election. "
    "A police spokesman said [[11 officers|injured;a=A police spokesman]] were injured and [[two police vehicles|other;a=A police spokesman]] burned, and that [[64 people|arrested;a=A police spokesman]] had been arrested for looting. "
    "The Constitutional Court later annulled the vote.",
)

F(
    "Sudan: doctors count protesters killed since coup",
    "The Central Committee of Sudanese Doctors said [[six protesters|killed;a=The Central Committee of Sudanese Doctors]] were shot dead in Khartoum on Thursday, bringing to [[79|killed;a=The Central Committee of Sudanese Doctors]] the number killed since the military takeover in October. "
    "Police said [[96 officers|injured;a=Police]] had been injured in the protests. "
    "Protesters marched towards the presidential palace for the {{11th}} time this year.",
)

F(
    "Cameroon: arrests after opposition marches banned",
    "Police in Douala and Yaoundé arrested [[at least 550 people|arrested;a=the opposition party MRC]] during banned marches on Tuesday, the opposition party MRC said, including [[two of its vice-presidents|arrested;n=vice-presidents;a=the opposition party MRC]]. "
    "The government spokesman said [[about 200|arrested;a=The government spokesman]] had been detained and [[130 of them|arrested;n=-;a=The government spokesman]] released by evening. "
    "Section {{231}} of the penal code punishes unauthorised gatherings with up to {{six months}} in jail.",
)

F(
    "Kenya: post-election clashes displace families in Kisumu",
    "The Kenya Red Cross said [[about 1,400 families|displaced;a=The Kenya Red Cross]] had fled their homes in Kisumu and Nyalenda after clashes between police and opposition supporters, and that [[around 300 of them|capacity;n=-;u=household;a=The Kenya Red Cross]] were sheltering in [[three schools|capacity;a=The Kenya Red Cross]]. "
    "A rights group said police had killed [[at least 24 people|killed;a=A rights group]] since the vote, including a {{six-month-old}} baby. "
    "The government said police had killed no one.",
)

F(
    "Guinea marks 2009 stadium massacre anniversary",
    "Relatives gathered in Conakry on {{September 28}} to mark the {{15th}} anniversary of the massacre at the {{28 September}} stadium, and the court that convicted the former junta leader in {{2024}} was asked to speed up appeals. "
    "The trial lasted nearly {{two years}} and the verdict ran to {{300}} pages. "
    "The former leader, {{60}}, was sentenced to {{20 years}}.",
)

F(
    "Nigeria election results: ruling party wins 20 states",
    "The electoral commission declared the ruling party's candidate winner with {{8,812,403}} votes, or {{36.9%}}, ahead of {{6,951,288}} and {{6,127,940}} for his two main rivals. "
    "He won at least {{25%}} of the vote in {{30}} of the {{36}} states, as the constitution requires. "
    "Turnout was {{26.7%}}, the lowest since {{1999}}.",
)
