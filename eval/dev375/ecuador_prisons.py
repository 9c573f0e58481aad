"""dev375 items: Ecuador's prisons, the massacres of 2021-2025 and the military's control of
the jails (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Guayaquil prison massacre toll rises, worst in Ecuador's history",
    """The death toll from a gang battle inside the Litoral Penitentiary in Guayaquil rose to
    [[118 inmates|killed;a=SNAI]] on Thursday, SNAI, Ecuador's prison agency, said, the worst
    prison massacre in the country's history. [[At least 79 prisoners|injured;a=police]] were
    treated for gunshot and machete wounds, police said. President Guillermo Lasso said he would
    send [[3,600 police and soldiers|combatants;p;a=President Guillermo Lasso;n=police and
    soldiers]] to retake the wings held by Los Choneros and Los Lobos. The complex, built to hold
    [[about 5,300 inmates|capacity;a=Ombudsman's Office]], held [[more than 8,000|arrested;a=Ombudsman's Office]] on
    the day of the riot, according to the Ombudsman's Office. [[Hundreds of relatives|other]]
    waited outside the Guayaquil morgue on {{30 September 2021}} as forensic teams worked through
    the night. "We were told nothing for {{three days}}," said Maritza, whose {{24-year-old}} son
    had been held in {{Pavilion 5}}.""",
)

item(
    "Second Litoral massacre in weeks leaves dozens dead",
    """Ecuador's prison agency said on Saturday that [[68 inmates|killed;a=Ecuador's prison
    agency]] had been killed in a night of fighting in {{Pavilion 2}} of the Litoral
    Penitentiary, less than {{two months}} after the September massacre. Guards found
    [[25 inmates|injured]] with stab and gunshot wounds. Governor Pablo Arosemena told reporters
    that the bodies of [[several dozen inmates|killed;a=Governor Pablo Arosemena]] had been
    burned with mattresses. Some
    [[900 police officers|combatants]] entered the wing at dawn, backed by
    [[two armoured vehicles|other]]. The agency said it had moved [[700 inmates|other;a=The
    agency;alt=Ecuador's prison agency]] to other prisons since {{October}}, out of a prison
    population of [[about 39,000|arrested;n=-;a=The agency;alt=Ecuador's prison agency]] nationwide.""",
)

item(
    "Coordinated riots in four prisons kill 79",
    """Simultaneous riots in prisons in Guayaquil, Cuenca and Latacunga killed
    [[79 inmates|killed;a=Edmundo Moncayo]] on Tuesday, prison director Edmundo Moncayo said,
    blaming a fight for control between rival gangs. In Turi prison in Cuenca alone
    [[37 bodies|killed;a=police]] were recovered, police said, many of them decapitated.
    [[Eight police officers|injured]] were hurt while retaking the Latacunga jail. Moncayo said
    the system held [[about 38,000 prisoners|arrested;a=Moncayo]] in facilities built for
    [[29,000|capacity;a=Moncayo;n=-]], an overcrowding rate of {{30%}}. The government sent
    [[some 800 police and soldiers|combatants;n=police and soldiers]] to the prisons
    overnight, and [[11 inmates|other]] who had scaled the wall at Latacunga were still at
    large on {{24 February 2021}}.""",
)

item(
    "Guards held hostage in seven prisons as Ecuador declares conflict",
    """Inmates in [[at least seven Ecuadorian prisons|other;a=SNAI;u=structure]] were holding [[178 guards and
    administrative staff|kidnapped;a=SNAI;n=guards and administrative staff]] hostage on
    Wednesday, SNAI said, a day after President Daniel Noboa declared an internal armed
    conflict. Videos posted by the gangs showed guards with knives held to their throats in
    Turi prison, where [[more than 50 staff|kidnapped]] were being held. By Saturday the agency
    said [[all 178|kidnapped;n=-;a=the agency;alt=SNAI]] had been freed unharmed. Soldiers who
    entered the Litoral Penitentiary reported seizing [[120 rifles and pistols|other;a=Soldiers;n=rifles and
    pistols]] and [[3,000 rounds of ammunition|other;a=Soldiers;n=rounds]]. The Interior Ministry said
    [[two guards|killed;a=Interior Ministry]] had been shot dead outside prisons in Quito and
    Riobamba during the crisis, which began on {{9 January 2024}}.""",
)

item(
    "Machala prison riot leaves 31 dead, most of them asphyxiated",
    """A riot in the Machala prison in southern Ecuador has left [[31 inmates|killed;a=SNAI]]
    dead, SNAI said on Monday, [[27 of whom|killed;a=SNAI;n=-;v=27]] appeared to have died of
    asphyxiation after being locked in a cell block that was set on fire. The violence began
    on Sunday afternoon when gunmen from Los Lobos attacked a rival wing, the agency said.
    [[Fourteen inmates|injured]] and [[one police officer|injured]] were taken to hospital.
    [[Some 13 prisoners|other;a=police]] escaped during the chaos and [[nine|arrested;n=-;a=police]] had
    been recaptured by Tuesday morning, police said. The prison, which can take
    [[about 1,000 inmates|capacity;a=local media]], held nearly double that number, local media reported,
    citing figures from {{November 2025}}.""",
)

item(
    "Noboa opens maximum-security prison in Santa Elena",
    """Ecuador opened its new maximum-security prison in Santa Elena province on Wednesday, a
    facility the government says is built to hold [[736 inmates|capacity;a=the government]]
    considered the most dangerous in the country. President Daniel Noboa said
    [[the first 300 prisoners|other;a=President Daniel Noboa]] would be moved there from
    Guayaquil and Quito within {{two weeks}}, under escort by
    [[1,200 soldiers|combatants;p;a=President Daniel Noboa]]. The complex, which cost
    {{$52 million}}, has [[800 cells|capacity;u=structure]] and no visiting area. Rights
    groups said [[at least 12 lawyers|other;a=Rights groups]] had been denied access to their
    clients since the transfers were announced in {{2025}}. [[Some 500 soldiers|combatants;p;a=the
    Defence Ministry]] will guard the perimeter, the Defence Ministry said.""",
)

item(
    "Ombudsman links hundreds of deaths in prisons to hunger and TB",
    """Ecuador's Ombudsman's Office said on Friday that [[at least 412 inmates|killed;a=Ecuador's
    Ombudsman's Office]] had died in custody since the armed forces took over the prisons in
    {{January 2024}}, many of them from tuberculosis, malnutrition and untreated infections. The
    office said it had documented [[more than 1,800 cases|other;a=The office;alt=Ecuador's
    Ombudsman's Office;u=other]] of tuberculosis in the Litoral Penitentiary alone. The
    Permanent Committee for the Defence of Human Rights, a Guayaquil group, said it had received
    complaints from [[some 600 families|other;a=Permanent Committee for the Defence of Human
    Rights]] who could not find out whether their relatives were alive. The military denied
    systematic abuse. It said it had delivered [[40,000 food rations|aid;a=The military]] to inmates in {{March}} and that [[23 soldiers|other;a=The military]] were under investigation.""",
)

item(
    "Ecuador expels hundreds of Colombian inmates across the border",
    """Ecuador sent [[about 800 Colombian prisoners|returned;a=Interior Minister John
    Reimberg]] across the Rumichaca bridge on Friday, Interior Minister John Reimberg said, the
    largest transfer since President Noboa announced in {{2024}} that foreign inmates would be
    expelled. Colombia's Foreign Ministry said it had not been warned and that
    [[some 400 of them|returned;a=Colombia's Foreign Ministry;n=-]] had finished their sentences
    or had no open case. Reimberg said another [[1,500 foreign inmates|returned;p;a=Reimberg]]
    would follow by the end of the year. Colombian migration officials set up
    reception tents at the bridge in Ipiales, where
    [[dozens of relatives|other]] waited. Colombia's prison agency, INPEC, said it had taken
    [[about 230 of the returnees|arrested;a=Colombia's prison agency;n=returnees]] into custody to
    serve pending sentences. Police in Nariño said they had re-arrested
    [[17 men|arrested;a=Police in Nariño]] wanted in Colombia on {{Saturday}}.""",
)

item(
    "Search continues for inmates who fled Riobamba prison",
    """Ecuadorian police and soldiers were searching on Thursday for the remaining prisoners who
    escaped from the Riobamba jail during a riot that left [[18 inmates|killed]] dead. Of the
    [[39 prisoners|other;a=police]] who broke out, police said,
    [[12|arrested;a=police]] had been recaptured by morning. Among those still at large is
    Fabricio Colón Pico, a leader of Los Lobos who was arrested {{five days}} earlier on suspicion
    of plotting to kill Attorney General Diana Salazar. The Interior Ministry deployed
    [[about 2,000 officers|combatants;a=Interior Ministry]] and [[four helicopters|other;a=Interior Ministry]] to
    the search, it said. During the riot [[two guards|kidnapped;a=the ministry]] were held
    hostage for several hours, the ministry said. The escape came on {{10 January 2024}}, a day after the escape of
    José Adolfo Macías, alias Fito, from the Litoral Penitentiary.""",
)

item(
    "Soldiers retake prison wings in nationwide sweep",
    """Ecuador's armed forces said they had taken control of [[all 36 prisons|other;a=Ecuador's
    armed forces;u=structure]] in the country after a {{45-day}} operation that involved
    [[more than 3,500 troops|combatants;a=Ecuador's armed forces]]. The Joint Command said
    soldiers had seized [[1,245 firearms|other;a=The Joint Command]],
    [[around 8,600 knives and machetes|other;n=knives and machetes;a=The Joint Command]] and
    [[about 30,000 rounds of ammunition|other;n=rounds;a=The Joint Command]]. It said [[200 inmates|other;a=The Joint Command]] identified as gang leaders had been moved to isolation units.
    Images released by the military showed rows of shirtless prisoners sitting on the floor of
    the Litoral courtyard. Human Rights Watch said on {{22 March 2024}} it had credible reports
    of beatings and of [[at least four deaths|killed;a=Human Rights Watch;n=deaths]] after
    soldiers entered the wings.""",
)

item(
    "Families keep vigil for inmates unaccounted for",
    """Outside the Litoral Penitentiary a line of women holds up photographs every morning. The
    Permanent Committee for the Defence of Human Rights says [[at least 90 inmates|missing;a=The
    Permanent Committee for the Defence of Human Rights]] have been unaccounted for since the
    military took charge of the complex. "They tell us he was transferred, but nobody knows
    where," said Carmen, {{52}}, whose son has not called since {{February}}. The group said
    [[31 families|other;a=The group]] had filed habeas corpus petitions and that courts had ordered the
    state to produce [[eight prisoners|missing;a=The group;alt=Permanent Committee for the
    Defence of Human Rights]]. SNAI said its registry held [[about 29,500 people|arrested;
    a=SNAI]] and that no inmate was missing. The group said the bodies of
    [[two missing inmates|killed;a=The group]] had turned up in a Santa Elena morgue in {{June}},
    and that [[14 others|other;a=The group;n=-]] had been traced to prisons in other provinces.""",
)

item(
    "ICRC steps up food and medical aid in Ecuador's jails",
    """The International Committee of the Red Cross said on Tuesday it had delivered food and
    hygiene kits to [[more than 11,000 inmates|aid;a=The International Committee of the Red
    Cross]] in Ecuadorian prisons since {{May}}. The ICRC said it had also supplied
    medicines for [[around 2,300 prisoners|aid;a=The ICRC]] with tuberculosis and had sent
    [[14 trucks|aid;a=The ICRC]] of water and supplies to the Litoral Penitentiary. The organisation said it
    planned to reach [[another 6,000 detainees|aid;p;a=The organisation;alt=The International
    Committee of the Red Cross]] before the end of the year. The ICRC estimates that
    [[about 4,000 inmates|civilians;a=The ICRC]] in the Litoral need urgent nutritional
    support. "Malnutrition is visible," said a
    delegate who asked not to be named. The prison agency said [[eleven inmates|killed;a=The
    prison agency]] had died of tuberculosis in {{2025}}.""",
)

item(
    "Gunmen kill prison director in Manabí",
    """Gunmen on a motorcycle shot dead the director of the El Rodeo prison in Portoviejo on
    Monday, the {{fourth}} prison chief killed in Ecuador since {{2022}}, police said. The
    attack also left [[two bodyguards|injured]] wounded. SNAI said
    [[at least 14 prison guards|killed;a=SNAI]] had been murdered across the country in the past
    {{two years}}, and [[32 others|injured;a=SNAI]] had been wounded in attacks outside work.
    Police said they had arrested [[three suspects|arrested;a=Police]], {{aged 19 to 23}},
    linked to Los Lobos. The government said it would assign [[400 police officers|combatants;p;
    a=The government]] to protect prison staff. El Rodeo holds [[about 1,100 inmates|arrested;
    a=SNAI]] in a space built for [[600|capacity;a=SNAI;n=-]], according to SNAI.""",
)

item(
    "Car bomb explodes outside Machala jail",
    """A car packed with explosives blew up outside the Machala prison at about {{10 p.m.}} on
    Saturday, hours after [[200 inmates|other;a=police]] were moved out of the facility, police said.
    The blast damaged [[15 homes|housing;a=fire service]] across the street and wounded
    [[five people|injured;a=fire service]], among them [[two guards|injured;a=fire service]], according to the fire service.
    A second device was found in a pickup {{500 metres}} away and defused. Police detained
    [[four men|arrested]] in a nearby neighbourhood. Interior Minister John Reimberg blamed Los
    Lobos and said [[more than 60 soldiers|combatants;a=Interior Minister John Reimberg]] would
    stay at the perimeter.""",
)

item(
    "Prison guards strike over killings of colleagues",
    """Prison guards in Guayaquil, Quito and Cuenca stopped work for {{48 hours}} on Monday to
    protest against the killing of colleagues. The guards' union said [[more than 1,200 guards|other;
    a=The guards' union]] joined the strike, leaving the army to run the gates. The union said the
    country had [[about 1,500 guards|other;a=The union]] for a prison population of
    [[nearly 33,000|arrested;a=The union;n=-]], far below the ratio recommended by the UN. SNAI
    said it planned to hire [[1,000 new guards|other;p;a=SNAI]] in {{2024}}. Since
    {{2021}}, [[19 guards|killed;a=the union]] had been killed, the union added. The army said
    [[about 900 soldiers|combatants;a=The army]] had been sent to cover the strike.""",
)

item(
    "Ecuador's prison budget rises again",
    """Ecuador will spend {{$120 million}} on its prison system next year, up {{18%}} from
    {{2024}}, the Finance Ministry said in its budget proposal on {{31 October}}. Most of the
    increase goes to the military's administration of the jails and to the {{second}}
    maximum-security complex planned for Pastaza. The ministry said the project would be
    finished in {{18 months}} and cost {{$48 million}}. Critics in the National Assembly noted
    that the {{2023}} budget was underspent by {{40%}}, and that the prison agency has changed
    directors {{five times}} since {{2020}}.""",
)

item(
    "Court sets date for trial over 2021 Litoral massacre",
    """A court in Guayaquil said on Wednesday that the trial over the {{September 2021}}
    massacre at the Litoral Penitentiary would open on {{12 March 2026}}, more than {{four
    years}} after the killings. Prosecutors will present evidence from {{2,400 pages}} of
    investigation, the court said. The {{first}} hearing was postponed {{three times}} in
    {{2025}}. Judges gave the defence {{30 days}} to file motions. Relatives' lawyers said the
    delay violated Article {{76}} of the Constitution.""",
)
