"""dev17 texts: Latin America."""

from figset import F

# ---------------------------------------------------------------- Latin America

F(
    "Haiti: gangs kill 115 in Pont-Sonde attack",
    "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite region early on Thursday, killing [[at least 115 people|killed;a=the UN human rights office]], the UN human rights office said. "
    "[[At least 16 others|injured]] were wounded, and the attackers set fire to [[45 houses|housing]] and [[34 vehicles|other]]. "
    "[[More than 6,270 people|displaced;a=the IOM]] fled to nearby towns, the IOM said.",
)

F(
    "Haiti: displacement passes 1 million as gangs expand",
    "[[More than 1 million people|displaced;a=the International Organization for Migration]] are now displaced in Haiti, three times as many as a year ago, the International Organization for Migration said. "
    "{{About half}} of them are children. "
    "In the capital, [[some 142 sites|capacity;u=other;a=the agency;alt=the International Organization for Migration]], mostly schools and churches, shelter displaced families, the agency said.",
)

F(
    "Haiti: Kenyan-led police force deploys more officers",
    "[[A further 217 Kenyan police officers|combatants;a=Kenya's Interior Ministry]] arrived in Port-au-Prince on Saturday, Kenya's Interior Ministry said, bringing the Kenyan contingent to [[about 600|combatants;a=Kenya's Interior Ministry]]. "
    "The UN-backed mission is authorised to have [[up to 2,500 officers|combatants;p;a=The UN-backed mission]] but remains short of funds.",
)

F(
    "Haiti: kidnappers free 12 missionaries held for two months",
    "The last [[12 members|kidnapped;a=Christian Aid Ministries]] of a group of US and Canadian missionaries kidnapped by the 400 Mawozo gang were freed on Thursday, Christian Aid Ministries said. "
    "The gang had seized [[17 people|kidnapped]], including [[five children|kidnapped]], in {{October}}, and [[two of them|kidnapped;n=-]] were released in {{November}}.",
    ["400 Mawozo"],
)

F(
    "Mexico: Ayotzinapa families march ten years after students vanished",
    "The families of the [[43 students|missing]] who disappeared in Iguala in {{2014}} marched in Mexico City on Thursday. "
    "Prosecutors have charged [[more than 120 people|arrested;a=Prosecutors]], including [[16 soldiers|arrested;a=Prosecutors]], but the remains of [[only three|killed;a=Prosecutors]] of the students have been identified.",
)

F(
    "Mexico: cartel fighting in Culiacan leaves 500 dead",
    "[[More than 500 people|killed;a=state prosecutors]] have been killed in Sinaloa since fighting between rival factions of the Sinaloa cartel erupted in {{September}}, state prosecutors said, and [[about 600|missing;a=state prosecutors]] have been reported missing. "
    "[[Some 2,000 troops|combatants]] have been sent to Culiacan.",
)

F(
    "Mexico: army says 14 gunmen killed in Michoacan clash",
    "Soldiers killed [[14 suspected cartel gunmen|killed;a=the Defence Ministry]] in a clash near Apatzingan, the Defence Ministry said, and seized [[20 rifles|other;a=the Defence Ministry]] and [[five armoured trucks|other;a=the Defence Ministry]]. "
    "[[Two soldiers|injured]] were wounded.",
)

F(
    "Colombia: Catatumbo fighting displaces 50,000",
    "[[More than 50,000 people|displaced;a=the Ombudsman's Office]] have fled the Catatumbo region since the ELN launched an offensive against FARC dissidents in {{mid-January}}, the Ombudsman's Office said. "
    "[[At least 80 people|killed;a=the governor of Norte de Santander]] have been killed, including [[seven signatories|killed;a=the governor of Norte de Santander]] of the {{2016}} peace deal, the governor of Norte de Santander said. "
    "[[About 32,000|civilians]] are confined to their villages.",
)

F(
    "Colombia: dissidents release 28 kidnapped soldiers",
    "FARC dissidents released [[28 soldiers|kidnapped;a=the army]] and [[one police officer|kidnapped;a=the army]] they had held for three days in Guaviare, the army said. "
    "[[Nine civilians|killed]] had died in the bombing of a dissident camp that preceded the kidnapping.",
)

F(
    "Ecuador: prison riot in Guayaquil leaves 118 dead",
    "[[At least 118 inmates|killed;a=President Guillermo Lasso]] were killed in a riot between rival gangs at the Litoral penitentiary in Guayaquil, President Guillermo Lasso said, and [[79|injured;a=President Guillermo Lasso]] were injured. "
    "[[About 400 police|combatants;a=The prisons agency]] were sent in to retake control, The prisons agency said.",
)

F(
    "Ecuador: hooded gunmen burst into Guayaquil TV studio during broadcast",
    "Hooded gunmen burst into a TV studio in Guayaquil during a live broadcast and held staff at gunpoint before police arrived, arresting [[13 people|arrested;a=police]], police said. "
    "[[Seven police officers|kidnapped;a=officials]] were also kidnapped in several cities overnight, officials said, and [[more than 150 prison guards|kidnapped;a=officials]] were being held by inmates.",
)

F(
    "Venezuela: post-election crackdown, 2,000 detained",
    "[[More than 2,000 people|arrested;a=President Nicolas Maduro]] have been arrested since protests erupted over the disputed election result, President Nicolas Maduro said. "
    "Rights group Foro Penal said [[at least 23 people|killed;a=Rights group Foro Penal;alt=Foro Penal]] had been killed, including [[two soldiers|killed;a=Rights group Foro Penal;alt=Foro Penal]].",
)

F(
    "Venezuelan exodus reaches 7.7 million",
    "[[About 7.7 million Venezuelans|displaced;a=the UN refugee agency]] have left their country, [[nearly 6.6 million of them|displaced;n=-;a=the UN refugee agency]] for other countries in Latin America and the Caribbean, the UN refugee agency said.",
)

F(
    "Nicaragua: 300 killed in crackdown on protests",
    "[[At least 317 people|killed;a=the Inter-American Commission on Human Rights]] were killed in the government's crackdown on protests, the Inter-American Commission on Human Rights said, and [[more than 2,000|injured;a=the Inter-American Commission on Human Rights]] were wounded. "
    "[[About 23,000 Nicaraguans|displaced;a=UNHCR]] have sought asylum in Costa Rica, UNHCR said.",
)

F(
    "Brazil: Rio police raid kills 28 in Jacarezinho",
    "A police raid against drug traffickers in Rio de Janeiro's Jacarezinho favela left [[28 people|killed;a=police]] dead, including [[one officer|killed;a=police]], police said. "
    "Rights groups said several of the dead appeared to have been executed.",
)

F(
    "Peru: protest death toll rises to 60",
    "The death toll from protests against President Dina Boluarte rose to [[60|killed;a=the ombudsman's office]], the ombudsman's office said, [[47 of them|killed;n=-;a=the ombudsman's office]] in clashes with the security forces. "
    "[[About 1,300 people|injured]] have been hurt, [[over 500 of them|injured;n=-]] police officers.",
)

F(
    "Chile: protesters lose sight to police pellets",
    "[[More than 2,000 people|injured;a=the National Human Rights Institute]] have been injured by police in four weeks of protests, the National Human Rights Institute said, including [[over 220|injured;a=the National Human Rights Institute]] with eye injuries. "
    "[[Some 5,600 people|arrested;a=Prosecutors]] have been detained, Prosecutors said.",
)

F(
    "Honduras: 46 women killed in prison riot",
    "[[Forty-six women|killed;a=the public prosecutor's office]] were killed in a riot at a women's prison in Tamara, the public prosecutor's office said, most of them burned to death. "
    "[[Seven inmates|injured]] were taken to hospital in Tegucigalpa.",
)

F(
    "Guatemala: prison break frees 20 gang leaders",
    "[[Twenty members|other;a=the government]] of the {{Barrio 18}} gang escaped from the Fraijanes II prison, the government said, and [[only one|arrested;a=police]] has been recaptured, police said. "
    "The interior minister said [[about 3,000 police|combatants;a=The interior minister]] were searching for the fugitives.",
)
