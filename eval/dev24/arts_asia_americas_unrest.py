"""dev24 texts: Asia; the Americas; unrest in Europe, Iran and Africa.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- Asia

F(
    "Myanmar: junta air strike on Pazigyi village",
    "A junta air strike on a ceremony in Pazigyi village in Sagaing region killed [[at least 165 people|killed;a=the National Unity Government]], the National Unity Government said, including [[19 children|killed;a=the National Unity Government]]. "
    "The military confirmed the strike but said it had targeted [[about 50 members|combatants;a=The military]] of the People's Defence Force.",
)

F(
    "Myanmar: Rakhine fighting uproots thousands",
    "Fighting between the Arakan Army and the military has displaced [[more than 300,000 people|displaced;a=the UN]] in Rakhine and southern Chin states since {{November 2023}}, the UN said. "
    "The Arakan Army said it had captured [[more than 170 junta outposts|other;u=structure;a=The Arakan Army]] and taken [[about 600 soldiers|arrested;a=The Arakan Army]] prisoner.",
)

F(
    "Afghanistan: Kabul airport bombing toll",
    "The toll from the suicide bombing at Kabul airport's Abbey Gate rose to [[at least 170 Afghans|killed;a=health officials]] and [[13 US service members|killed;a=health officials]], health officials said. "
    "[[More than 150 people|injured]] were wounded.",
)

F(
    "Pakistan: Quetta railway station bombing",
    "The death toll from Saturday's bombing at Quetta railway station rose to [[32|killed;a=police]], including [[14 soldiers|killed;a=police]], police said. "
    "The Baloch Liberation Army claimed the attack. "
    "Provincial officials said [[62 people|injured;a=Provincial officials]] were being treated in hospitals.",
)

F(
    "Jaffar Express siege ends",
    "Pakistan's army said its operation to free passengers of the hijacked Jaffar Express had ended, with [[33 attackers|killed;a=Pakistan's army]] killed and [[346 hostages|kidnapped;a=Pakistan's army]] freed. "
    "It said [[26 hostages|killed;a=Pakistan's army]] were killed, [[18|killed;a=Pakistan's army]] of them soldiers. "
    "The BLA said it was holding [[214 people|kidnapped;a=The BLA]], a claim the army denied.",
)

F(
    "Manipur violence: officials revise toll",
    "Manipur's chief minister said [[at least 175 people|killed;a=Manipur's chief minister]] had been killed since ethnic clashes erupted in {{May}}, and [[32|missing;a=Manipur's chief minister]] were missing. "
    "He said [[4,786 houses|housing;a=Manipur's chief minister]] had been torched and [[386 religious structures|housing;a=Manipur's chief minister]] vandalised, and that [[5,172 cases|other;a=Manipur's chief minister]] of arson had been registered.",
)

F(
    "Bangladesh protests: rights group counts the dead",
    "Security forces killed [[at least 650 people|killed;a=the UN human rights office]] during the student-led protests between {{16 July}} and {{11 August}}, the UN human rights office said in a preliminary report. "
    "It said police had detained [[more than 11,700 people|arrested;a=the UN human rights office]] across the country.",
)

F(
    "Philippines: Marawi siege tally",
    "The military said [[920 militants|killed;a=The military]], [[165 soldiers and police|killed;n=soldiers and police;a=The military]] and [[47 civilians|killed;a=The military]] had died in the {{five-month}} siege of Marawi. "
    "[[More than 350,000 people|displaced;a=the city government]] fled the city, according to the city government.",
)

F(
    "Sri Lanka: Easter bombing toll revised down",
    "Sri Lanka's health ministry revised the toll from the Easter Sunday bombings down to [[253|killed;a=Sri Lanka's health ministry]] from [[359|killed;a=Sri Lanka's health ministry]], saying some remains had been counted more than once. "
    "Police said they had arrested [[76 suspects|arrested;a=Police]], including [[nine foreigners|arrested;a=Police]].",
)

F(
    "Kashmir: Pahalgam attack",
    "Gunmen killed [[26 people|killed;a=officials]], [[25|killed;a=officials]] of them tourists, at a meadow near Pahalgam, officials said. "
    "Police detained [[about 1,500 people|arrested]] for questioning in the {{three days}} that followed.",
)


# ---------------------------------------------------------------- Americas

F(
    "Haiti: gang attack in Pont-Sondé",
    "Members of the Gran Grif gang killed [[at least 115 people|killed;a=the UN]] in an attack on Pont-Sondé, the UN said, raising its toll from [[70|killed;a=the UN]]. "
    "[[More than 6,270 people|displaced;a=IOM]] fled the town, IOM said, and [[45 homes|housing;a=IOM]] and [[34 vehicles|other;a=IOM]] were set alight.",
)

F(
    "Haiti: Kenyan-led force grows",
    "The Multinational Security Support mission said on Tuesday that its strength in Haiti had reached [[almost 400|combatants;a=The Multinational Security Support mission]] after a flight carrying [[217 Kenyan officers|combatants;a=The Multinational Security Support mission]] landed at Toussaint Louverture airport. "
    "The UN estimates that gangs control {{about 85 percent}} of the capital and that [[about 5,600 people|killed;a=The UN]] were killed in gang violence last year.",
)

F(
    "Mexico: cartel clashes in Sinaloa",
    "Fighting between rival factions of the Sinaloa cartel has killed [[more than 1,100 people|killed;a=state prosecutors]] since {{September 9}}, state prosecutors said, and [[about 1,300|missing;a=state prosecutors]] have been reported missing. "
    "The army said it had seized [[1,500 firearms|other;a=The army]] and [[more than 200 vehicles|other;a=The army]] over the same period.",
)

F(
    "Colombia: Catatumbo fighting",
    "Clashes between the ELN and FARC dissidents in Catatumbo have killed [[at least 80 people|killed;a=the governor of Norte de Santander]], the governor of Norte de Santander said. "
    "The ombudsman's office said [[more than 32,000 people|displaced;a=The ombudsman's office]] had fled their homes and [[about 5,000|civilians;a=The ombudsman's office]] were confined by the fighting. "
    "The army deployed [[5,000 troops|combatants]] to the region.",
)

F(
    "Venezuela: post-election crackdown figures",
    "Venezuela's attorney general said [[more than 2,200 people|arrested;a=Venezuela's attorney general]] had been arrested in the protests that followed the {{28 July}} election. "
    "The rights group Foro Penal counted [[1,581 political prisoners|arrested;a=The rights group Foro Penal;alt=Foro Penal]] and said [[24 protesters|killed;a=The rights group Foro Penal;alt=Foro Penal]] had been killed.",
)

F(
    "Ecuador: prison riot in Guayaquil",
    "Fighting between gangs at the Litoral penitentiary in Guayaquil killed [[118 inmates|killed;a=the prisons agency]], the prisons agency said, the worst prison massacre in the country's history. "
    "[[At least 79|injured;a=the prisons agency]] were wounded, it said, and [[six|killed]] of the dead had been beheaded.",
)

F(
    "Nicaragua: rights body counts protest dead",
    "The Inter-American Commission on Human Rights said [[325 people|killed;a=The Inter-American Commission on Human Rights]] had been killed in the crackdown on protests, including [[24 minors|killed;a=The Inter-American Commission on Human Rights]], and [[more than 2,000|injured;a=The Inter-American Commission on Human Rights]] wounded. "
    "The government put the toll at [[198|killed;a=The government]].",
)


# ---------------------------------------------------------------- unrest, Europe, Iran, Africa

F(
    "France riots: fourth night of unrest",
    "Police arrested [[1,311 people|arrested;a=the interior ministry]] overnight as riots spread across France, the interior ministry said, after [[875|arrested;a=the interior ministry]] the night before. "
    "[[More than 2,500 buildings|housing;a=the ministry;alt=the interior ministry]] and [[5,000 vehicles|other;a=the ministry;alt=the interior ministry]] have been burned since the riots began, the ministry said. "
    "[[45,000 police officers|combatants;p]] will be deployed on Saturday night.",
)

F(
    "Iran protests: rights group's count",
    "Iran Human Rights, a group based in Oslo, said [[at least 448 protesters|killed;a=Iran Human Rights, a group based in Oslo;alt=Iran Human Rights]] had been killed by security forces, including [[60 children|killed;a=Iran Human Rights, a group based in Oslo;alt=Iran Human Rights]]. "
    "Iranian officials said [[more than 50 members|killed;a=Iranian officials]] of the security forces had died. "
    "The judiciary said [[about 22,000 people|arrested;a=The judiciary]] detained in the unrest had been pardoned.",
)

F(
    "Georgia: protesters detained in Tbilisi",
    "Georgia's interior ministry said [[224 people|arrested;a=Georgia's interior ministry]] had been detained during a week of protests in Tbilisi and [[113 police officers|injured;a=Georgia's interior ministry]] had been injured. "
    "The ombudsman said [[more than 300 protesters|injured;a=The ombudsman]] had sought medical help.",
)

F(
    "Maputo unrest: monitors raise protest toll to 277",
    "The Plataforma Decide monitoring group said [[at least 277 people|killed;a=The Plataforma Decide monitoring group]] had been killed in post-election protests, up from [[252|killed;a=The Plataforma Decide monitoring group]] a week earlier, and [[about 586|injured;a=The Plataforma Decide monitoring group]] shot and wounded. "
    "Police said [[more than 4,000 people|arrested;a=Police]] had been arrested.",
)

F(
    "Tripoli armed groups fight for two days; ministry counts 55 dead",
    "The health ministry in Tripoli said [[55 people|killed;a=The health ministry in Tripoli]] were killed and [[146|injured;a=The health ministry in Tripoli]] wounded in {{two days}} of clashes between armed groups. "
    "The Red Crescent said it had evacuated [[about 230 families|displaced;a=The Red Crescent]] from the Ain Zara area.",
)

F(
    "Chad: clashes between herders and farmers",
    "Clashes between herders and farmers in Mandoul province killed [[at least 35 people|killed;a=the government spokesman]], the government spokesman said. "
    "He said [[21 people|injured;a=the government spokesman]] were wounded and [[around 40 suspects|arrested;a=the government spokesman]] detained, and [[hundreds of homes|housing;a=the government spokesman]] burned.",
)

F(
    "Papua New Guinea: tribal ambush in Enga",
    "[[At least 26 men|killed;a=police]] were shot dead in a tribal ambush in Enga province, police said, though local leaders said the toll could be [[as many as 64|killed;a=local leaders]].",
)
