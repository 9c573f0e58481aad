"""dev326 items: Catatumbo (Norte de Santander) and Arauca, the ELN and the FARC dissidents."""

from _wrap import item

item(
    "Catatumbo fighting: 80 dead, thousands flee as ELN turns on dissidents",
    """
The Ombudsman's office said on Sunday that [[at least 80 people|killed;a=The Ombudsman's
office]] had been killed in {{four days}} of fighting between the National Liberation Army
(ELN) and FARC dissidents of the {{33rd}} Front in Catatumbo, in Norte de Santander. [[More than
11,000 people|displaced;a=Ombudsman Iris Marín]] had fled their villages by Saturday night,
Ombudsman Iris Marín told reporters, most of them towards Tibú, Ocaña and the border city of
Cúcuta. Among the dead were [[five signatories|killed;a=the office;alt=The Ombudsman's office]]
of the {{2016}} peace deal, the office added. [[Twenty people|injured]] with gunshot and shrapnel
wounds were being treated at the Erasmo Meoz hospital in Cúcuta. The army said it had flown [[110
people|displaced;a=The army]] out of rural Tibú by helicopter, among them [[a dozen
children|displaced;a=The army]]. President Gustavo Petro suspended peace talks with the group on
{{January 17}} and said [[5,000 troops|combatants;p;a=President Gustavo Petro]] would be sent to
the region.
""",
)

item(
    "Cúcuta opens more shelters as Catatumbo exodus grows",
    """
Mayor Jorge Acevedo said Cúcuta had registered [[about 32,000 people|displaced;a=Mayor Jorge
Acevedo]] arriving from Catatumbo since {{January 16}}, and that [[some 1,400|displaced;a=Mayor
Jorge Acevedo]] were sleeping at the General Santander stadium and in a coliseum. New arrivals
were still coming at a rate of [[300 to 400 people a day|displaced;a=Mayor Jorge Acevedo]],
he said. The city opened [[four more shelters|capacity]] on Tuesday, with [[space for 2,500
people|capacity;a=a municipal statement]] in all, a municipal statement said. The World Food
Programme said it had delivered [[18,000 food rations|aid;a=The World Food Programme]] and that
[[3,200 families|aid;a=The World Food Programme]] had received cash transfers of {{400,000
pesos}} each. UNHCR put the number of Venezuelans among the displaced at [[several thousand|displaced;a=UNHCR]], many of them without papers. The Norwegian Refugee Council warned that
[[up to 20,000 more people|displaced;p;a=The Norwegian Refugee Council]] could leave Catatumbo in
the coming weeks if the fighting did not stop.
""",
)

item(
    "Confined: Catatumbo villages run short of food as armed groups bar roads",
    """
[[Nearly 23,000 people|civilians;a=OCHA]] are confined in rural El Tarra, Teorama and San
Calixto, unable to reach their fields or markets, OCHA said in a flash update on {{February 3,
2025}}. The ELN and the dissidents have each forbidden residents of [[43 veredas|civilians;u=other;a=the
office;alt=OCHA]] to leave after dark, the office said. The ICRC said its teams had reached
[[1,150 families|aid;a=The ICRC]] in Teorama with food and [[900 hygiene kits|aid;a=The ICRC]],
but that [[two convoys|other;a=The ICRC]] had been turned back at checkpoints. Schools in the
area are closed and [[about 6,000 children|civilians;a=the regional education secretariat]]
have had no classes since the fighting began, the regional education secretariat said. [[Three
people|killed;a=a health worker in Teorama]] have died in the past week because ambulances
could not get through, a health worker in Teorama said.
""",
)

item(
    "Arauca: bodies recovered after ELN-dissident clashes in Tame and Fortul",
    """
The Attorney General's office said on {{January 5, 2022}}, that [[27 bodies|killed;a=The
Attorney General's office]] had been recovered in rural Tame, Fortul and Saravena after {{three
days}} of fighting between the ELN and the dissident {{10th}} Front. Governor Juan Carlos
Villamizar said [[dozens of families|displaced;a=Governor Juan Carlos Villamizar]] had taken
refuge in the Tame coliseum and in rural schools. The Defence Ministry sent [[an extra 1,000
soldiers|combatants]] to the department, which borders Venezuela. The Ombudsman's office said it
had issued [[17 early warnings|other;u=other;a=The Ombudsman's office]] about the risk of such
violence in Arauca since {{2018}}. Residents told AFP that [[as many as 40 people|missing;a=Residents]]
were unaccounted for around Puerto Jordán, and the army said troops had found [[four
houses|housing;a=the army]] burned in the vereda of Puerto Nidia. [[Two soldiers|injured;a=the 18th Brigade]] were wounded by an explosive dropped from a drone near Saravena on
Wednesday, according to the {{18th}} Brigade.
""",
)

item(
    "ELN frees kidnapped police officers in Arauca under ICRC mission",
    """
The ELN released [[six police officers|kidnapped]] and [[two civilians|kidnapped]] it had held for
{{five weeks}} in Arauca on Thursday, handing them to a humanitarian mission led by the ICRC and
the Catholic Church. The ICRC said [[the eight|kidnapped;a=The ICRC]] were in good health and had
been flown to Arauca city. Police said [[three of the officers|kidnapped;a=Police]] had been
seized at a checkpoint in Puerto Rondón in {{March}}. The group still holds [[at least 14
people|kidnapped;a=the Ombudsman's office]] in the department, according to the Ombudsman's
office, which counted [[52 kidnappings|kidnapped;a=the Ombudsman's office]] there in {{2024}}.
The army said a separate operation in Arauquita had freed [[two merchants|kidnapped;a=The army]]
held for ransom by the {{10th}} Front.
""",
)

item(
    "Armed groups recruited at least 97 children in Norte de Santander, Ombudsman warns",
    """
The Ombudsman's office said it had documented the recruitment of [[at least 97 children and
adolescents|combatants;n=children and adolescents;a=The Ombudsman's office]] by armed groups in
Norte de Santander in {{2024}}, up from [[61|combatants;a=The Ombudsman's office]] the year before.
Most were {{aged 13}} to {{17}}, and some were Venezuelan children living in Tibú without their
parents. [[Eleven of the children|killed;a=the office;alt=The Ombudsman's office]] recruited in
{{2024}} were later killed in fighting, the office said. The Colombian Family Welfare Institute
said it had taken in [[38 minors|other;a=The Colombian Family Welfare Institute]] who escaped or
were handed over by the groups. In Tibú, [[14 teachers|displaced;a=Asinort]] have left after
threats for refusing to let armed men into their schools, according to the teachers' union,
Asinort. Military intelligence believes the {{33rd}} Front has [[between 1,200 and 1,500
fighters|combatants;a=Military intelligence]] in the region.
""",
)

item(
    "Drone attacks on Tibú hamlets damage homes and wound civilians",
    """
Armed groups have carried out [[at least 35 drone attacks|other;u=other;a=the army's Vulcano task
force]] in Tibú and El Tarra since January, the army's Vulcano task force said on Monday. The
attacks have wounded [[19 people|injured;a=the task force;alt=the army's Vulcano task force]],
most of them soldiers, the task force added. In the corregimiento of {{Campo Dos}}, local officials
said [[62 homes|housing;a=local officials]] had been damaged and [[11|housing;u=structure;a=local
officials]] destroyed. The Ombudsman's office counted [[about 400 families|displaced;a=The
Ombudsman's office]] who had left {{Campo Dos}} for Cúcuta. A {{nine-year-old}} boy was among
[[three children|injured]] hurt when a device fell on a football pitch in {{July}}.
""",
)

item(
    "Some Catatumbo families head home, most stay away",
    """
[[About 2,300 families|returned;a=the Victims' Unit]] have gone back to their farms in Tibú,
Teorama and Hacarí, the Victims' Unit said on {{March 14}}. But [[more than 9,000
families|displaced;a=the unit;alt=the Victims' Unit]] remain in Cúcuta, Ocaña and Ábrego, the
unit said. The government has promised to accompany [[a further 1,000 families|returned;p;a=The
government]] home by June. Returns are voluntary, Interior Minister Armando Benedetti said,
adding that [[4,500 soldiers|combatants;a=Interior Minister Armando Benedetti]] now guard the
main roads. In Hacarí, residents said [[14 houses|housing;a=residents]] had been looted while
they were away. Aid agencies said [[some 600 families|aid;a=Aid agencies]] had received return
kits of seeds and tools.
""",
)

item(
    "Four soldiers killed in ELN attack on army post in Arauca",
    """
[[Four soldiers|killed;a=the army]] were killed and [[11|injured;a=the army]] wounded when ELN
fighters attacked an army post in Puerto Jordán, Arauca, with explosives and rifle fire early on
Sunday, the army said. The army said [[about 30 fighters|combatants;a=The army]] took part in the
assault, which lasted {{nearly two hours}}. Defence Minister Pedro Sánchez said [[more than 60
members|killed;a=Defence Minister Pedro Sánchez]] of the security forces had been killed in
Arauca and Norte de Santander so far this year. The Ombudsman's office said [[two
civilians|injured;a=The Ombudsman's office]], a woman and her son, were hurt when a gas-cylinder
bomb hit their house. Troops captured [[one of the attackers|arrested;a=the army]], a
{{17-year-old}}, the army said.
""",
)

item(
    "Five men shot dead at pool hall in Sardinata",
    """
Gunmen killed [[five men|killed;a=police]] at a pool hall in the rural area of Sardinata, Norte
de Santander, late on Saturday, police said. The victims were {{aged between 19 and 34}}. Indepaz
said it was the {{ninth}} massacre in the department in {{2024}}. Residents said [[between 15 and
20 armed men|combatants;a=Residents]] arrived in [[three pickups|other;a=Residents]] and fired at
the customers. Relatives said [[about 70 families|displaced;a=Relatives]] had left the vereda Las
Mercedes after the killing. Police offered a reward of {{200 million pesos}} and said [[two
suspects|arrested;a=Police]] had been detained. [[Forty more officers|combatants]] were sent to
Sardinata on Sunday.
""",
)

item(
    "ELN talks: what has been agreed since 2022",
    """
The government and the ELN opened their current talks in Caracas in {{November 2022}}, and
agreed a {{six-month}} bilateral ceasefire that took effect on {{August 3, 2023}}. The ceasefire
was extended once, in {{February 2024}}, and lapsed on {{August 3, 2024}}. The {{fifth}} round,
in Mexico City, produced a protocol on the participation of civil society. Petro suspended the
process on {{January 17, 2025}}, after the offensive in Catatumbo, and his government then issued
Decree {{0062}} declaring a state of internal commotion for {{90 days}}. Analysts at the
Fundación Ideas para la Paz estimate that the ELN's illegal economies are worth {{$1.2 billion}}
a year and that {{40%}} of its income is earned in Venezuela.
""",
)

item(
    "Coca price slump squeezes Catatumbo farmers",
    """
A kilo of coca paste now sells for {{1.8 million pesos}} in Tibú, down from {{3 million}} in
{{2022}}, according to farmers' associations. Growers say a raspachín, the day labourer who picks
the leaves, earns {{40,000 pesos}} a day, about {{$10}}. The area under coca in Norte de Santander
rose to {{42,000 hectares}} in {{2023}}, the UN Office on Drugs and Crime said, making it the
{{second}} largest growing department after Nariño. The substitution programme set up under the
{{2016}} accord promised each enrolled household {{36 million pesos}} over {{two years}}, but
farmers say payments arrived late. Informal lenders in Tibú charge {{10%}} a month.
""",
)

item(
    "Hitnü communities confined in Arauca, says Ombudsman",
    """
[[About 1,200 members|civilians;a=the Ombudsman's office]] of the Hitnü people are confined in
[[six reservations|civilians;u=other;a=the Ombudsman's office]] in Arauca and Puerto Rondón, the
Ombudsman's office said on Wednesday, after the ELN mined the paths around their settlements. The
office said [[two Hitnü children|killed;a=The office;alt=the Ombudsman's office]] had died of
malnutrition since {{January}}, and landmines had injured [[three people|injured;a=The
office;alt=the Ombudsman's office]] in {{2024}}. The World Food Programme took [[14
tonnes|aid]] of food to the reservations by river in {{April}}. Hitnü leaders told the Ombudsman
that [[at least 45 families|displaced;a=Hitnü leaders]] had moved to the outskirts of Arauca
city. The army said it had cleared [[17 anti-personnel mines|other;a=The army]] from the paths.
""",
)

item(
    "Families search for the missing after Catatumbo violence",
    """
The Search Unit for Persons Deemed Missing (UBPD) said it had received reports of [[137
people|missing;a=The Search Unit for Persons Deemed Missing]] who went missing in Catatumbo
between {{January 16}} and {{April 30}}. [[Forty-one|missing;a=the unit;alt=The Search Unit for
Persons Deemed Missing]] have since been found alive and [[nine|killed;a=the unit;alt=The Search
Unit for Persons Deemed Missing]] were found dead, the unit said. The ELN acknowledged holding
[[three men|kidnapped;a=The ELN]] it accuses of working for the dissidents. Relatives say [[at
least 12 social leaders|missing;a=Relatives]] are among the missing, including the president of
a community action board in Teorama. The Attorney General's office said it had opened [[28
investigations|other;u=other;a=The Attorney General's office]] into disappearances in the
region. The search unit plans to take DNA samples from [[400 relatives|other;p;a=The search
unit;alt=The Search Unit for Persons Deemed Missing]] in Cúcuta next month.
""",
)

item(
    "Car bomb outside rights groups' office in Saravena kills one",
    """
A car bomb exploded outside a building in Saravena that housed human rights organisations on
Wednesday night, killing [[one person|killed;a=police]] and wounding [[at least
five|injured;a=police]], police said. The blast damaged [[about 20 houses|housing;a=the mayor's office]] and [[a dozen shops|housing;a=the mayor's office]] nearby, the mayor's office said. The
office said [[43 families|displaced;a=The office;alt=the mayor's office]] had been moved to a
school. Police blamed the dissident {{10th}} Front, which the army says has [[about 450
fighters|combatants;a=the army]] in Arauca. The UN Verification Mission said [[eight human rights
defenders|killed;a=The UN Verification Mission]] had been killed in Arauca that year.
""",
)

item(
    "Colombia says 57 arrested in Catatumbo under emergency decree",
    """
Security forces arrested [[57 people|arrested;a=the Defence Ministry]] in Catatumbo in the
{{90 days}} of the state of internal commotion, among them [[22 ELN members|arrested;a=the
Defence Ministry]], the Defence Ministry said. The ministry said [[14 fighters|combatants;a=The
ministry;alt=the Defence Ministry]] had surrendered and [[31|killed;a=The ministry;alt=the
Defence Ministry]] had been killed in combat. Troops seized [[230 rifles|other]] and [[1.5
tonnes|other]] of explosives. By April, [[10,500 soldiers|combatants;a=the army]] were deployed
in the region, the army said. Rights groups said [[at least 15 civilians|arrested;a=Rights
groups]] had been detained arbitrarily and held for up to {{72 hours}} without charge.
""",
)

item(
    "ICRC: Catatumbo 'worst humanitarian crisis in years'",
    """
The International Committee of the Red Cross said it had assisted [[more than 38,000
people|aid;a=The International Committee of the Red Cross]] in Catatumbo and the Cúcuta
metropolitan area in the first {{three months}} of {{2025}}. Its teams distributed [[2,100 hygiene
kits|aid]] and helped evacuate [[56 wounded people|injured]] from areas where fighting continued.
The ICRC also facilitated the release of [[seven people|kidnapped;a=The ICRC]] held by armed
groups, it said. The Cúcuta shelters now hold [[just over 3,000 people|displaced;a=the
city]] in [[nine shelters|capacity;a=the city]], the city said, while [[about
7,000|returned;a=the city]] have gone back to Tibú. OCHA estimates that [[about 600,000
people|civilians;a=OCHA]] in Norte de Santander need humanitarian assistance.
""",
)
