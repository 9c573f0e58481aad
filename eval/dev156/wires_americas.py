"""Agência Brasil, Prensa Latina, EFE and AFP's Spanish and French desks: floods in southern
Brazil, a police operation in Rio, a hurricane in Cuba, gangs in Haiti, a prison massacre in
Ecuador, migrants in Chiapas and the Darién, the Catatumbo crisis, arrests in Venezuela,
protests in Peru, an attack in Burkina Faso, the fall of Goma, the blockade vote and a
terrorism sentence (12 dispatches with figures, 2 without)."""

from _wrap import item

item(
    "Floods in Rio Grande do Sul: deaths rise to 147; 538,000 dislodged",
    """The number of deaths caused by the floods in Rio Grande do Sul rose to [[147|killed;a=the
    state Civil Defence]], according to the latest bulletin of the state Civil Defence, released at
    {{9 am}} this {{Sunday (12)}}. [[A further 127 people|missing]] are missing, and [[806
    people|injured]] were injured. According to the agency, [[538,241 people|displaced;a=the
    agency;alt=the state Civil Defence]] are dislodged, staying at the homes of relatives or
    friends, and [[81,170|displaced;a=the agency;alt=the state Civil Defence]] are in shelters.
    [[More than 2.1 million people|civilians;a=the Civil Defence;alt=the state Civil Defence]] were
    affected in some way by the rains, the Civil Defence estimates. The Armed Forces have mobilized
    [[about 27,000 military personnel|combatants]], as well as aircraft and [[over 200
    boats|other]], in the rescue operations. [[More than 76,000 people|other;a=the Civil
    Defence;alt=the state Civil Defence]] and [[10,000 animals|other;u=other;a=the Civil
    Defence;alt=the state Civil Defence]] have been rescued since the start of the rains, on {{29
    April}}, the Civil Defence said. The level of the Guaíba Lake, in Porto Alegre, reached {{5.33
    metres}}, the highest ever recorded, surpassing the mark of the historic flood of {{1941}}. The
    Salgado Filho International Airport remains closed, with no date for the resumption of flights.
    The Federal Government announced a package of {{R$ 50.9 billion}} to assist the state, which
    includes the advance payment of social benefits and the suspension of the state's debt payments
    for {{three years}}. The MetSul weather service forecasts more rain for the coming days, with
    accumulations of {{up to 150 millimetres}} in the south of the state.""",
)

item(
    "Police operation in Complexo da Penha leaves at least 23 dead",
    """A joint operation of the Military Police and the Federal Highway Police in Complexo da Penha,
    in the north zone of Rio de Janeiro, left [[at least 23 people|killed;a=the Military Police]]
    dead this {{Tuesday (24)}}, according to the Military Police. According to the corporation, [[21
    of the dead|killed;n=-;a=the corporation;alt=the Military Police]] were suspects who confronted
    the police; a {{41-year-old}} resident was hit by a stray bullet inside her home. [[Seven
    people|injured]] were taken to the Getúlio Vargas State Hospital. [[Six suspects|arrested;a=the
    spokesman of the corporation;alt=Lieutenant Colonel Marco Aurélio Rangel;alt=Marco Aurélio
    Rangel]] were arrested and [[13 rifles|other;a=the spokesman of the corporation;alt=Lieutenant
    Colonel Marco Aurélio Rangel;alt=Marco Aurélio Rangel]], [[four pistols|other;a=the spokesman of
    the corporation;alt=Lieutenant Colonel Marco Aurélio Rangel;alt=Marco Aurélio Rangel]] and
    [[about 300 kilos|other;u=other;a=the spokesman of the corporation;alt=Lieutenant Colonel Marco
    Aurélio Rangel;alt=Marco Aurélio Rangel]] of drugs were seized, the spokesman of the
    corporation, Lieutenant Colonel Marco Aurélio Rangel, said. [[Some 40 schools|other;a=the
    Municipal Education Secretariat]] in the region did not open, affecting [[around 12,000
    students|civilians;a=the Municipal Education Secretariat]], the Municipal Education Secretariat
    reported. In {{2023}}, [[871 people|killed;a=the Public Security Institute (ISP)]] were killed
    by police interventions in the state, according to the Public Security Institute (ISP).""",
)

item(
    "Hurricane damages more than 100,000 dwellings in Pinar del Río",
    """According to preliminary data from the Provincial Defence Council, the passage of the
    hurricane through Pinar del Río damaged [[more than 100,000 dwellings|housing;a=the Provincial
    Defence Council]], of which [[some 14 thousand|housing;u=structure;a=the Provincial Defence
    Council]] suffered total collapses. [[Around 50,000 people|displaced]] were evacuated in the
    province before the arrival of the meteor, most of them in homes of relatives and neighbours,
    and [[some 8,000|displaced]] in [[the 55 evacuation centers|capacity]] set up in schools and
    state institutions, where [[two hundred fifty families|displaced]] still remain. [[Two
    people|killed;a=Cuban Television]] lost their lives in the province, Cuban Television reported.
    The Electric Union reported that [[1,800 electric poles|other;u=other;a=The Electric Union]]
    were knocked down and that [[more than 700 workers|other;a=The Electric Union]] from other
    provinces arrived to restore service. In the tobacco-growing municipalities of San Juan y
    Martínez and San Luis, [[7,000 tobacco curing houses|housing]] were damaged or destroyed, Prensa
    Latina learned.""",
)

item(
    "UN: more than 5,600 persons killed in Haiti by gang violence in 2024",
    """[[At least 5,601 persons|killed;a=the Office of the United Nations High Commissioner for
    Human Rights (OHCHR)]] died in Haiti in {{2024}} as a result of gang violence, the Office of the
    United Nations High Commissioner for Human Rights (OHCHR) reported today. In addition, [[2,212
    persons|injured;a=the agency;alt=the Office of the United Nations High Commissioner for Human
    Rights (OHCHR)]] were injured and [[1,494|kidnapped;a=the agency;alt=the Office of the United
    Nations High Commissioner for Human Rights (OHCHR)]] kidnapped, the agency specified, while
    [[more than 315 persons|killed;a=the agency;alt=the Office of the United Nations High
    Commissioner for Human Rights (OHCHR)]] were lynched by so-called self-defence groups. According
    to the International Organization for Migration (IOM), [[more than one million
    persons|displaced;v=1000000;a=the International Organization for Migration (IOM)]] are currently
    internally displaced in the Caribbean country. Prensa Latina's correspondent in Port-au-Prince
    reported that [[some 40,000 persons|displaced;a=Prensa Latina's correspondent in
    Port-au-Prince]] fled the Solino neighbourhood in the last {{two weeks}}. The Multinational
    Security Support Mission, led by Kenya, has [[just over 400 police officers|combatants]] on the
    ground, far from [[the 2,500|combatants;p]] initially planned.""",
)

item(
    "Ecuador: at least 68 inmates killed in new prison clash in Guayaquil",
    """[[At least 68 inmates|killed;a=the Government]] died and [[25 others|injured;a=the
    Government]] were injured in a clash between rival gangs at the Litoral Penitentiary in the
    Ecuadorian port of Guayaquil, the Government reported on Sunday. The Governor of Guayas, Pedro
    Alvarado, told reporters that the riot began on Friday night in {{Pavilion 2}} and that [[some
    700 police officers and soldiers|combatants;n=police officers and soldiers;a=The Governor of
    Guayas;alt=Pedro Alvarado]] entered the prison on Saturday to regain control. The National
    Service for Comprehensive Attention to Adults Deprived of Liberty (SNAI) indicated that the
    Litoral Penitentiary, designed for [[5,300 inmates|capacity;a=The National Service for
    Comprehensive Attention to Adults Deprived of Liberty (SNAI)]], houses [[more than
    8,500|arrested;a=The National Service for Comprehensive Attention to Adults Deprived of Liberty
    (SNAI)]]. [[Three guards|kidnapped]] who had been taken hostage by the inmates were released
    unharmed. With this massacre, [[more than 320 inmates|killed;a=the Ombudsman's Office]] have
    died violently in Ecuadorian prisons since {{February 2021}}, according to the Ombudsman's
    Office.""",
)

item(
    "Mexican authorities rescue 129 migrants crammed in a trailer in Chiapas",
    """Mexican authorities rescued [[129 migrants|other;a=the National Migration Institute (INM)]]
    who were travelling crammed into the box of a trailer on a highway in the southern state of
    Chiapas, the National Migration Institute (INM) reported on Thursday. Among the foreigners were
    [[84 Guatemalans|other;a=the institute;alt=the National Migration Institute (INM)]] and [[31
    unaccompanied minors|other;a=the institute;alt=the National Migration Institute (INM)]], the
    institute said in a statement. [[Two people|arrested]], the driver and his assistant, were
    arrested and handed over to the Attorney General's Office.""",
)

item(
    "Catatumbo crisis: displaced persons exceed 50,000, says Ombudsman's Office",
    """[[More than 50,000 persons|displaced;a=the Ombudsman's Office]] have been displaced by the
    violence in the Catatumbo region, in northeastern Colombia, since the National Liberation Army
    (ELN) guerrilla launched an offensive against dissidents of the former FARC on {{16 January}},
    the Ombudsman's Office reported on Tuesday. According to the latest report of the entity, [[at
    least 80 persons|killed;a=the entity;alt=the Ombudsman's Office]] have been killed, among them
    [[seven signatories|killed;a=the entity;alt=the Ombudsman's Office]] of the peace agreement, and
    [[some 20,000|civilians;a=the entity;alt=the Ombudsman's Office]] remain confined in their
    villages by the fighting. The Governor of Norte de Santander, Jairo Villamizar, said that
    [[about 32,000|displaced;a=The Governor of Norte de Santander;alt=Jairo Villamizar]] of the
    displaced are in Cúcuta, where [[19 shelters|capacity;a=The Governor of Norte de
    Santander;alt=Jairo Villamizar]] have been enabled in coliseums and schools. The Government
    declared a state of internal commotion and sent [[5,000 soldiers|combatants]] to the region,
    while [[more than 250 persons|displaced]], among them signatories of the peace and their
    families, have been evacuated by helicopter to Cúcuta and Ocaña.""",
)

item(
    "Venezuela: more than 2,200 detained after post-electoral protests",
    """Venezuelan authorities have arrested [[more than 2,200 persons|arrested;a=the Venezuelan
    president]] in the protests that broke out after the presidential election of {{28 July}}, the
    Venezuelan president said on Friday, in a televised act with the high command. The
    non-governmental organization Foro Penal counted [[1,503 political prisoners|arrested;a=The
    non-governmental organization Foro Penal]] as of Monday, among them [[114
    adolescents|arrested;a=The non-governmental organization Foro Penal]], the highest figure in its
    records. The demonstrations left [[at least 25 dead|killed;a=human rights organizations]] and
    [[some 190 injured|injured;a=human rights organizations]], according to figures from human
    rights organizations. The Public Ministry has charged [[more than 1,700 detainees|arrested]]
    with crimes of terrorism and incitement to hatred, which carry penalties of up to {{30 years}}
    in prison. Meanwhile, [[some 7.7 million Venezuelans|displaced;a=the UN]] have left the country
    since {{2014}}, according to the UN.""",
)

item(
    "Peru: death toll from protests rises to 49, reports Ombudsman's Office",
    """The number of people killed in the anti-government protests in Peru rose to [[49|killed;a=the
    Ombudsman's Office]] after a {{31-year-old}} man died in a hospital in Juliaca, the Ombudsman's
    Office reported on Monday. Of the total, [[48|killed;a=the entity;alt=the Ombudsman's Office]]
    are civilians killed in clashes with the security forces and [[one|killed;a=the entity;alt=the
    Ombudsman's Office]] a police officer who was burned to death in Puno, the entity specified.
    [[More than 1,300 people|injured;a=the Ministry of Health]] have been injured since the protests
    began in {{December}}, including [[some 580 police officers|injured;a=the Police]], according to
    the Ministry of Health and the Police respectively. Protesters maintain [[more than 100
    roadblocks|other;u=other;a=the Superintendency of Land Transport]] on the roads of the south,
    according to the Superintendency of Land Transport. [[Some 300 tourists|displaced]] were
    evacuated by train from Machu Picchu on Sunday. The Government extended the state of emergency
    for {{30 days}} in Lima, Cusco and Puno.""",
)

item(
    "Burkina: some fifty civilians killed in an attack in the north",
    """[[Some fifty civilians|killed;a=local and security sources]] were killed on Thursday in an
    attack attributed to jihadists against a village of the Yatenga province, in the north of
    Burkina Faso, according to local and security sources contacted by AFP. «The assailants arrived
    on [[a hundred-odd motorcycles|other;q=approx;a=a resident]], they surrounded the village and
    fired at everyone they saw», said a resident who fled to Ouahigouya. The toll could be heavier,
    as [[dozens of persons|missing;a=a security source]] are still missing, said a security source.
    In a communiqué, the governor of the North region reported [[44 dead|killed;a=the governor of
    the North region]] and [[a dozen wounded|injured;a=the governor of the North region]], and
    announced {{72 hours}} of mourning. The attack comes {{two weeks}} after another in the same
    region in which [[33 soldiers and auxiliaries|killed;n=soldiers and auxiliaries]] were killed.
    Burkina Faso, ruled since {{2022}} by a military junta, has been caught in a spiral of violence
    by jihadist groups affiliated with Al-Qaeda and the Islamic State since {{2015}}, which has left
    [[more than 20,000 dead|killed]], civilians and soldiers, and [[more than two million
    displaced|displaced;v=2000000]].""",
)

item(
    "More than 520,000 migrants crossed the Darién in 2023, a record",
    """[[More than 520,000 migrants|displaced;a=the National Migration Service of Panama]] crossed
    the Darién jungle, the dangerous natural border between Colombia and Panama, in {{2023}}, a
    record figure that doubles that of the previous year, the National Migration Service of Panama
    reported on Monday. According to official data, [[328,650 of them|displaced;n=-]] were
    Venezuelans, followed by [[57,222 Ecuadorians|displaced]], [[46,558 Haitians|displaced]] and
    [[25,344 Chinese|displaced]]. Among those who crossed were [[more than 113,000
    minors|displaced]], {{half of them}} under {{the age of five}}. Doctors Without Borders (MSF)
    said it had treated [[676 victims|injured;a=Doctors Without Borders (MSF)]] of sexual violence
    on the route during the year, a figure it considers far below reality. The Panamanian
    authorities recovered the bodies of [[36 migrants|killed]] in the jungle, although the
    International Organization for Migration believes that the real number of deaths is much higher.
    In {{2024}}, the new Government signed with the United States an agreement to repatriate
    migrants, financed with {{6 million dollars}}.""",
)

item(
    "Goma: at least 700 dead in fighting, according to the UN",
    """[[At least 700 persons|killed;a=the United Nations]] were killed and [[2,800
    wounded|injured;a=the United Nations]] in the fighting between Sunday and Thursday in Goma,
    taken by the {{M23}} armed group and Rwandan troops, the United Nations said on Friday. These
    figures, established with the Congolese Ministry of Health, are provisional, said the deputy
    head of the UN mission in the DR Congo (Monusco) during a briefing. In the hospitals of the
    city, [[more than 2,000 wounded|injured;a=the International Committee of the Red Cross (ICRC)]]
    were received, according to the International Committee of the Red Cross (ICRC), which also
    indicated that [[some 2,000 bodies|killed;a=the International Committee of the Red Cross
    (ICRC)]] are awaiting burial in the morgues. According to the UN, [[at least 500,000
    persons|displaced;a=the UN]] have been displaced by the fighting since the start of the year in
    North Kivu, and the camps around Goma, which housed [[more than 300,000|displaced;a=the UN]],
    have emptied. [[About 4,000 inmates|other]] escaped from the Munzenze prison on the first day of
    the offensive. The M23, which has been active since {{2012}}, took control of Goma, a city of
    [[more than one million inhabitants|civilians;v=1000000]] on the border with Rwanda, after a
    lightning offensive. UN experts estimated in a report that Rwanda had [[between 3,000 and 4,000
    soldiers|combatants;a=UN experts]] deployed alongside the armed group in North Kivu. Kigali
    denies supporting the M23 and accuses Kinshasa of collaborating with the FDLR, a rebel group
    founded by Hutu extremists involved in the genocide of {{1994}}. Humanitarian flights have been
    suspended and the airport of Goma remains closed, according to OCHA. The African Union and the
    East African Community called a joint summit for {{8 February}} in Dar es Salaam.""",
)

item(
    "Cuba denounces blockade damages at UN General Assembly",
    """The Cuban Foreign Minister presented before the United Nations General Assembly the draft
    resolution entitled "Necessity of ending the economic, commercial and financial blockade imposed
    by the United States of America against Cuba", which is put to the vote for the {{32nd}} time
    since {{1992}}. According to the report presented by Cuba, between {{March 2022}} and {{February
    2023}} the blockade caused losses of {{4.867 billion dollars}}, and at current prices the
    accumulated damages in more than {{six decades}} exceed {{159.084 billion dollars}}. The Foreign
    Minister said that {{80 percent}} of the Cuban population has been born under the blockade. The
    debate will continue on {{November 2}}, Prensa Latina learned.""",
)

item(
    "National Court sentences jihadist to 12 years for recruiting minors online",
    """The National Court sentenced to {{12 years}} in prison a {{27-year-old}} young man of
    Moroccan nationality for a crime of indoctrination and recruitment of minors for terrorist
    purposes, provided for in {{Article 575}} of the Penal Code, according to the sentence to which
    EFE had access. The court considers it proven that between {{2019}} and {{2021}} the convicted
    man administered channels on a messaging application, in which he disseminated propaganda of the
    terrorist organization Islamic State. The sentence also imposes on him {{8 years}} of probation
    after his release and a fine of {{4,800 euros}}. He was arrested on {{14 April 2021}} in
    Algeciras (Cádiz) in an operation of the National Police. The sentence can be appealed before
    the Appeals Chamber within {{five days}}.""",
)
