"""dev66 items: Ecuador (2021-2025): prison massacres, the "internal armed conflict", guards
held hostage, the Las Malvinas boys; El Salvador's state of exception, mass arrests, CECOT and
deaths in custody; Honduras (Tamara, extortion, state of exception); Guatemala (Barrio 18
escape); Costa Rica.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Guayaquil prison riot is Ecuador's deadliest",
    "[[At least 118 inmates|killed;a=police]] were killed in fighting between rival gangs at the Litoral penitentiary in Guayaquil on {{28 September 2021}}, police said, [[six of them|killed;a=police;n=-]] beheaded. "
    "[[Seventy-nine others|injured;a=the prisons service]] were injured, according to the prisons service, and [[some 400 police officers|combatants]] were sent in to retake the wings.",
)

F(
    "Another massacre at the Litoral prison",
    "[[Sixty-eight prisoners|killed;a=the Guayas governor]] died in a new clash at the same prison in {{November}}, the Guayas governor said, after members of Los Choneros attacked a wing held by a rival gang with rifles and explosives. "
    "The prison, built for [[about 5,300 inmates|capacity;a=the prisons service]], held [[more than 8,000|arrested;a=the prisons service]], according to the prisons service.",
)

F(
    "Noboa declares internal armed conflict",
    "President Daniel Noboa declared an internal armed conflict on {{9 January 2024}} under {{Executive Decree 111}} and named [[22 gangs|other;u=other]] as terrorist organisations, a day after masked gunmen stormed the TC Televisión studio in Guayaquil during a live broadcast. "
    "Police said [[13 gunmen|arrested;a=Police]] were detained at the studio.",
)

F(
    "Guards held hostage in Ecuador's prisons",
    "Inmates in [[seven prisons|other;u=structure;a=the prisons agency SNAI]] held [[178 guards and staff|kidnapped;n=guards and staff;a=the prisons agency SNAI]] hostage, the prisons agency SNAI said on {{Wednesday}}. "
    "[[Forty-one of them|kidnapped;a=the agency;alt=the prisons agency SNAI;n=-]] were freed on {{Saturday}} after troops entered the Turi prison in Cuenca, the agency said.",
)

F(
    "Ecuador's arrests under the armed conflict decree",
    "The armed forces said they had arrested [[more than 12,000 people|arrested;a=The armed forces]] in {{six weeks}} of operations, [[about 300|arrested;a=The armed forces]] of them on terrorism charges, and seized [[more than 3,500 firearms|other;a=The armed forces]] and [[about 60 tonnes|other;a=The armed forces]] of drugs. [[As many as 22,400 troops|combatants;a=the joint command]] took part on the busiest days, the joint command said.",
)

F(
    "Four boys missing after detention by soldiers",
    "[[Four boys|missing;a=their families]] aged {{11 to 15}} went missing after soldiers detained them near a football pitch in the Las Malvinas district of Guayaquil on {{8 December}}, their families said. "
    "Burned bodies found near the Taura air base on {{24 December}} were identified as theirs, and [[16 soldiers|arrested;a=the prosecutor's office]] were placed in pretrial detention, the prosecutor's office said.",
)

F(
    "Ecuador homicides hit a record",
    "Ecuador recorded [[8,004 violent deaths|killed;a=the interior ministry]] in {{2023}}, the interior ministry said, a rate of {{47 per 100,000 inhabitants}}, up from {{25.9}} in {{2022}} and about {{6}} in {{2018}}. "
    "More than {{40%}} of the killings took place in Guayas province.",
)

F(
    "Gunmen kill players and guests in Guayaquil pool hall",
    "Gunmen wearing military-style uniforms burst into a pool hall in the Socio Vivienda district of Guayaquil on {{Sunday}} night and killed [[nine people|killed;a=police]], police said, [[two of them|killed;a=police;n=-]] aged {{16}}. "
    "[[Eleven others|injured]] were taken to hospital.",
)

F(
    "Machala prison riot leaves dozens dead",
    "[[Thirty-one inmates|killed;a=the SNAI prisons agency]] died in a riot at the Machala prison, [[27 of them|killed;a=the SNAI prisons agency;n=-]] asphyxiated, the SNAI prisons agency said, a day after [[four|killed;a=the SNAI prisons agency]] were killed in a clash and [[14 guards|injured;a=the SNAI prisons agency]] were injured. "
    "[[Some 13 inmates|other]] escaped during the fighting.",
)

F(
    "El Salvador begins state of exception",
    "El Salvador's congress approved a state of exception on {{27 March 2022}}, a day after gangs killed [[62 people|killed;a=police]] across the country, the deadliest day since the end of the civil war in {{1992}}, police said. "
    "Police and soldiers arrested [[more than 1,000 suspected gang members|arrested;a=the security minister]] in {{48 hours}}, the security minister said.",
)

F(
    "Salvadoran arrests pass 80,000",
    "Security forces have arrested [[more than 83,000 people|arrested;a=Justice Minister Gustavo Villatoro]] accused of belonging to the {{MS-13}} and {{Barrio 18}} gangs since the state of exception began, Justice Minister Gustavo Villatoro said. "
    "[[About 8,000|arrested;a=Justice Minister Gustavo Villatoro]] have been released for lack of evidence, he said, while rights group Cristosal has documented [[more than 400 deaths|killed;a=rights group Cristosal]] in custody.",
)

F(
    "El Salvador opens mega-prison",
    "El Salvador's Terrorism Confinement Centre (CECOT), built for [[40,000 inmates|capacity;a=the government]] in Tecoluca, received [[its first 2,000 prisoners|arrested;a=the government]] on {{24 February 2023}}, the government said. "
    "The complex covers {{23 hectares}} and has [[eight cell blocks|capacity;u=structure]], each with [[32 cells|capacity;u=structure]] of about {{100 square metres}}.",
)

F(
    "Venezuelans deported from US to Salvadoran prison",
    "The United States flew [[238 Venezuelan men|returned;a=President Nayib Bukele]] accused of belonging to the Tren de Aragua gang and [[23 alleged MS-13 members|returned;a=President Nayib Bukele]] to El Salvador on {{15 March 2025}}, President Nayib Bukele said, and they were taken to CECOT. "
    "El Salvador was paid {{$6 million}} to hold them for {{a year}}.",
)

F(
    "Troops encircle Soyapango",
    "[[Ten thousand soldiers|combatants;a=President Nayib Bukele]] and [[1,000 police officers|combatants;a=President Nayib Bukele]] surrounded the city of Soyapango on {{3 December 2022}} to search for gang members, President Nayib Bukele said. "
    "Police said they detained [[more than 140 people|arrested;a=Police]] in the operation's {{first}} {{four days}}.",
)

F(
    "Women's prison riot in Honduras",
    "[[Forty-six women|killed;a=the public prosecutor's office]] were killed at the women's prison in Támara on {{20 June 2023}} when members of {{Barrio 18}} attacked inmates from the {{MS-13}} wing, shooting some and setting fire to a cell block, the public prosecutor's office said. "
    "[[At least seven inmates|injured]] were treated in hospital in Tegucigalpa.",
)

F(
    "Honduran bus drivers killed over extortion",
    "[[Four bus drivers|killed;a=the transport association]] have been killed in Tegucigalpa this month for refusing to pay the gangs' so-called war tax, the transport association said, and [[more than 200 buses|other;a=the transport association]] stayed in their depots on {{Tuesday}}. "
    "Police say [[about 1,500 businesses|other;u=other;a=Police]] have reported extortion in the capital this year; the payments can reach {{$300}} a week.",
)

F(
    "Gang members escape Guatemalan prison",
    "[[Twenty members|other;n=members;a=Guatemala's interior ministry]] of the {{Barrio 18}} gang escaped from the Fraijanes II prison, Guatemala's interior ministry said on {{12 October 2025}}, days after the government declared a state of emergency in prisons. "
    "[[Three|arrested;a=the ministry;alt=Guatemala's interior ministry]] have been recaptured, the ministry said, and [[about 3,000 police officers|combatants;a=the ministry;alt=Guatemala's interior ministry]] are searching for the rest.",
)

F(
    "Costa Rica homicide record",
    "Costa Rica recorded [[907 homicides|killed;a=the Judicial Investigation Agency]] in {{2023}}, according to the Judicial Investigation Agency, a rate of {{17.2 per 100,000}} and the highest since records began in {{1990}}. "
    "{{About 70%}} were linked to drug trafficking, it said.",
)

F(
    "El Salvador extends state of exception again",
    "El Salvador's Legislative Assembly approved the {{40th}} extension of the state of exception on {{Wednesday}}, {{three years}} after it first suspended the right to a lawyer. "
    "Each extension lasts {{30 days}}, and the measure has been in force since {{March 2022}}; Salvadoran officials say the homicide rate fell to {{1.9 per 100,000}} in {{2024}}.",
)

F(
    "Ecuador deploys troops to northern border",
    "Ecuador sent [[1,500 soldiers|combatants;a=the joint command]] to the provinces of Esmeraldas and Sucumbíos on {{Monday}}, the joint command said, after [[11 soldiers|killed;a=the joint command]] were killed in an ambush by miners linked to the Comandos de la Frontera near the Colombian border.",
)

F(
    "Guards taken hostage in three Guatemalan prisons",
    "Inmates from the {{Barrio 18}} gang took [[46 guards|kidnapped;a=the interior ministry]] hostage in riots at [[three prisons|other;u=structure;a=the interior ministry]] on {{Saturday}}, the interior ministry said, demanding the return of their leaders to the {{Renovación 1}} jail. "
    "Security forces retook the Fraijanes II prison on {{Sunday}} and freed [[nine guards|kidnapped;a=the ministry;alt=the interior ministry]] there, the ministry said.",
)
