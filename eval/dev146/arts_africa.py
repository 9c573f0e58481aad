"""Sub-Saharan Africa: Kenya, Nigeria, Senegal, Mozambique and Sudan (14 items, 1 without a
figure)."""

from _wrap import item

item(
    "Kenya rights body says 23 killed as protesters breach parliament",
    """NAIROBI, {{June 26}} (Reuters) - Kenyan police shot dead [[at least 23 people|killed;
    a=the Kenya National Commission on Human Rights]] during protests against proposed tax rises
    on Tuesday, the Kenya National Commission on Human Rights said, after demonstrators overran
    officers and set part of the parliament building on fire. The commission said [[more than
    300 people|injured;a=The commission;alt=the Kenya National Commission on Human Rights]] had
    been treated for injuries, [[about 50|injured;a=The commission;alt=the Kenya National
    Commission on Human Rights]] of them for gunshot wounds, and that [[335 protesters|arrested;
    a=The commission;alt=the Kenya National Commission on Human Rights]] had been detained across
    the country. Lawmakers were evacuated through an underground tunnel as the crowd, mostly
    young Kenyans who had organised on TikTok and X, broke through barricades minutes after MPs
    voted {{195-106}} to pass the finance bill. Police spokeswoman Resila Onyango said [[41
    officers|injured;a=Police spokeswoman Resila Onyango]] had been hurt and [[nine police
    vehicles|other;a=Police spokeswoman Resila Onyango]] set alight. "Those who took part in the
    attack on parliament will face the full force of the law," Interior Minister Kithure Kindiki
    told reporters. Witnesses said plain-clothes officers fired live rounds at protesters outside
    the parliament gates. The Kenya Medical Association said [[four of its volunteers|injured;a=The
    Kenya Medical Association]] needed treatment after being tear-gassed at a Nairobi church
    that served as a field clinic. The army was deployed on Wednesday under {{Article 241}} of
    the constitution; the defence ministry did not say how many troops were involved. Rallies
    took place in [[35 counties|other;a=Amnesty International Kenya]], according to Amnesty
    International Kenya, and in the coastal city of Mombasa [[two people|killed;a=Amnesty
    International Kenya]] were shot dead. The bill sought to raise {{346 billion shillings}}
    ({{$2.7 billion}}) in extra revenue, including a {{16%}} value-added tax on bread. President
    William Ruto said late on Wednesday he would not sign it. The shilling weakened {{0.4%}}
    against the dollar on the news. The Treasury has said it will now have to borrow more or cut
    spending to meet the targets agreed with the International Monetary Fund.""",
)

item(
    "LSK says 82 abducted since Gen Z protests, 29 still missing",
    """The Law Society of Kenya (LSK) says [[82 people|kidnapped;a=The Law Society of Kenya]]
    have been abducted by suspected state agents since the Gen Z protests began in June, and
    that [[29|missing;a=The Law Society of Kenya]] of them remain missing. LSK president Faith
    Odhiambo told a press conference in Nairobi that [[seven|kidnapped;a=LSK president Faith
    Odhiambo]] of those taken in December alone were young men who had shared cartoons of the
    President online. She said [[13 bodies|killed;a=LSK president Faith Odhiambo]] had been
    recovered from rivers and quarries around the capital over the same period, and that the
    society had filed [[64 habeas corpus applications|other;u=other;a=LSK president Faith
    Odhiambo]] in the High Court. National Police Service spokesperson Muchiri Nyaga denied that
    officers were involved, saying [[11|kidnapped;a=National Police Service spokesperson Muchiri
    Nyaga]] of those reported abducted had since returned to their families. "We are not in the
    business of abducting Kenyans," he said.""",
)

item(
    "Saba Saba protests: police fire on crowds as 31 killed",
    """NAIROBI, Kenya (AP) — [[At least 31 people|killed;a=the state-funded rights commission]]
    were killed and [[107|injured;a=the state-funded rights commission]] injured in Kenya on
    Monday as police fired on protesters marking the anniversary of a {{1990}} pro-democracy
    uprising, the state-funded rights commission said. Police said [[567 people|arrested;
    a=Police]] had been arrested, [[52 officers|injured;a=Police]] hurt and [[88 vehicles|other;
    a=Police]] damaged. Among the dead were [[two police officers|killed]] in Kiambu county,
    where protesters set fire to a police station and the law courts. Roads into central Nairobi
    had been sealed with razor wire since dawn, and the streets of the business district were
    largely empty. Protests were reported in [[17 counties|other]], and the commission said [[at least
    two people|missing;a=the commission;alt=the state-funded rights commission]] detained
    during the day were unaccounted for. Interior Minister Kipchumba
    Murkomen last month told officers to shoot anyone approaching a police station "with
    intent", remarks that rights groups said amounted to a licence to kill. The protests were
    the latest in a wave of youth-led demonstrations that began over a tax bill in {{2024}}.""",
)

item(
    "#EndBadGovernance: Amnesty says 21 protesters shot dead",
    """[[At least 21 protesters|killed;a=Amnesty International Nigeria]] were shot dead by
    security forces in the first days of the #EndBadGovernance protests, Amnesty International
    Nigeria has said. The organisation's country director, Isa Sanusi, told journalists in Abuja
    that most of the killings took place in Kano, Katsina, Jigawa and Borno, where round-the-clock
    curfews were imposed on Thursday. The police, however, put the death toll at [[seven|killed;
    a=The police]] and said [[681 suspects|arrested;a=The police]] had been arrested nationwide
    for looting, arson and other offences. Inspector-General of Police Kayode Egbetokun said [[29
    officers|injured;a=Inspector-General of Police Kayode Egbetokun]] were injured and that
    hoodlums had burned the Kano offices of the Nigerian Communications Commission along with
    [[12 vehicles|other;a=Inspector-General of Police Kayode Egbetokun]]. In Kano, where a
    {{24-hour}} curfew remains in force, looters carted away computers and air conditioners from
    the newly built Digital Industrial Park. The protesters are demanding a reversal of policies
    that have pushed inflation above {{34 per cent}} and sent the pump price of petrol from
    {{N185}} to about {{N617}} per litre since {{May 2023}}. Organisers said [[more than 10,000
    people|other;a=Organisers]] marched in Lagos on the first day, a figure the police disputed.
    In Abuja, officers fired tear gas at [[about 2,000 demonstrators|other]] at the MKO Abiola
    National Stadium. The Nigeria Union of Journalists said [[eight reporters|arrested;a=The
    Nigeria Union of Journalists]] covering the protests had been detained and later
    released.""",
)

item(
    "Buhari says 69 killed in unrest after police brutality protests",
    """ABUJA, {{Oct 23}} (Reuters) - Nigerian President Muhammadu Buhari said on Friday that [[69
    people|killed;a=Nigerian President Muhammadu Buhari]] had been killed in the unrest that grew
    out of {{two weeks}} of protests against police brutality, among them [[51 civilians|killed;
    a=Nigerian President Muhammadu Buhari]], [[11 policemen|killed;a=Nigerian President
    Muhammadu Buhari]] and [[seven soldiers|killed;a=Nigerian President Muhammadu Buhari]].
    Buhari did not mention the shooting of protesters at the Lekki toll gate in Lagos on Tuesday,
    where Amnesty International said soldiers and police killed [[at least 12 people|killed;
    a=Amnesty International]]. The army denies firing on the crowd. Information Minister Lai
    Mohammed said [[more than 160 police vehicles|other;a=Information Minister Lai Mohammed]]
    and [[71 police stations|housing;u=structure;a=Information Minister Lai Mohammed]] had been
    destroyed nationwide. In Lagos and Abuja, crowds broke into government warehouses holding
    food meant as {{COVID-19}} relief and carried away [[thousands of bags|other]] of rice,
    pasta and sugar. Lagos State Governor Babajide Sanwo-Olu said [[more than 200
    suspects|arrested;a=Lagos State Governor Babajide Sanwo-Olu]] had been arrested and that a
    {{24-hour}} curfew in the city would be relaxed from Saturday.""",
)

item(
    "Police arrest 17 at Lekki toll gate on #EndSARS anniversary",
    """Police in Lagos arrested [[17 people|arrested]] at the Lekki toll gate on Wednesday as a
    small crowd gathered to mark the {{first anniversary}} of the {{2020}} shooting there. [[At least
    four journalists|arrested]] were also bundled into police vans and released hours later. A
    Lagos judicial panel found last year that [[at least nine people|killed;a=A Lagos judicial
    panel]] were killed at the toll gate on {{October 20, 2020}}, and that [[four others|missing;
    a=A Lagos judicial panel]] remained unaccounted for. Police spokesman Adekunle Ajisebutu said
    [[about 400 officers|combatants;a=Police spokesman Adekunle Ajisebutu]] had been deployed to
    keep the expressway open. The army has rejected the panel's report.""",
)

item(
    "Petrol price climbs again as labour threatens fresh protests",
    """The Nigerian National Petroleum Company Limited on Tuesday raised the pump price of petrol
    at its Abuja retail outlets to {{N1,030}} per litre from {{N897}}, the {{second increase}} this
    month. In Lagos, the new price is {{N998}}. The Nigeria Labour Congress gave the federal
    government a {{14-day}} ultimatum to reverse the increase or face nationwide protests from
    {{October 1}}, the day the country marks its {{64th}} independence anniversary. Headline
    inflation stood at {{32.15 per cent}} in August, according to the National Bureau of
    Statistics, and the naira traded at about {{N1,650}} to the dollar on the parallel market.
    The government removed the petrol subsidy in {{May 2023}}, saying it cost {{$10 billion}} a
    year.""",
)

item(
    "Senegal says 16 dead in riots after Sonko verdict",
    """DAKAR (AFP) - Senegal's government said on Saturday that [[16 people|killed;a=Senegal's
    government]] had been killed in {{two days}} of rioting that followed the conviction of
    opposition leader Ousmane Sonko, and that [[around 500 people|arrested;a=Senegal's
    government]] had been arrested. Amnesty International put the toll higher, at [[23
    dead|killed;a=Amnesty International]], including [[three children|killed;a=Amnesty
    International]]. Interior Minister Antoine Diome said [[357 protesters|arrested;a=Interior
    Minister Antoine Diome]] were in custody in Dakar alone and blamed "occult forces" for the
    violence. The Senegalese Red Cross said its teams had treated [[more than 380 injured
    people|injured;a=The Senegalese Red Cross]], among them [[36 members|injured;a=The
    Senegalese Red Cross]] of the security forces. Rioters torched a supermarket, [[three petrol
    stations|housing;u=structure]] and [[dozens of cars|other]] in the capital, and set fire to
    the library at Cheikh Anta Diop University, where exams have been suspended. Access to social
    networks has been restricted since Thursday, and mobile data was cut in parts of Dakar.
    Sonko, {{48}}, was sentenced in absentia to {{two years}} in prison for "corrupting youth", a
    verdict that could bar him from next year's presidential election.""",
)

item(
    "Senegal: three dead as election delay sparks protests",
    """[[Three people|killed;a=officials]], including a {{22-year-old}} student in Saint-Louis,
    have died in Senegal during protests against President Macky Sall's decision to postpone the
    {{25 February}} election, officials say. The interior ministry said [[266 people|arrested;
    a=The interior ministry]] had been detained since Friday and [[12 police officers|injured;
    a=The interior ministry]] injured. Mobile internet has been cut for the {{second time}} in a
    week. Civil society groups say [[more than 1,000 people|arrested;a=Civil society groups]]
    have been held for political reasons since {{2021}}. Opposition MPs were forcibly removed from
    the chamber before lawmakers voted to delay the poll to {{15 December}}.""",
)

item(
    "Mozambique: 277 killed since election, says monitoring group",
    """Maputo, Mozambique – [[At least 277 people|killed;a=Plataforma Decide]] have been killed in
    Mozambique since disputed elections in October, according to Plataforma Decide, a civil
    society group that has tracked the unrest. The group said on Friday that [[586
    people|injured;a=The group;alt=Plataforma Decide]] had suffered gunshot wounds and [[more
    than 4,000|arrested;a=The group;alt=Plataforma Decide]] had been arrested as security forces
    cracked down on supporters of opposition figure Venancio Mondlane, who says the vote was
    rigged. Frelimo has governed
    Mozambique since independence in {{1975}}. The violence surged after the Constitutional
    Council confirmed Frelimo's Daniel
    Chapo as the winner on {{December 23}}. In the days that followed, rioters looted and burned
    shops, banks and police stations in Maputo and Matola, and [[1,534 inmates|other;a=police]]
    escaped from a maximum-security prison on Christmas Day after a riot in which [[33|killed;
    a=police]] were killed, police said. Health Minister Armindo Tiago said [[128
    people|injured;a=Health Minister Armindo Tiago]] were admitted to hospitals in the capital
    over {{48 hours}}. Shops and banks in the capital remained shuttered on Friday, and the
    main road to South Africa was blocked at several points. The European Union's observer
    mission had reported irregularities during the count and "unjustified alterations" of
    results. The unrest has also driven [[thousands of Mozambicans|displaced]] across
    the border into Malawi. Malawi's Department of Disaster Management Affairs said it had
    registered [[2,100 people|displaced;a=Malawi's Department of Disaster Management Affairs]]
    in [[three camps|capacity;a=Malawi's Department of Disaster Management Affairs]] in Nsanje
    district. Mondlane left the country in October after [[two of his aides|killed]] were shot
    dead in their car in Maputo, and has called for more protests from abroad.""",
)

item(
    "South Africa shuts Lebombo border as Mozambique protesters burn trucks",
    """South Africa closed the Lebombo border post with Mozambique on Tuesday after protesters on
    the Mozambican side set fire to [[at least six trucks|other]] and a customs office. The South
    African Border Management Authority said [[about 300 trucks|other;a=The South African Border
    Management Authority]] were stranded on the {{N4}} highway and that its [[46 officials|
    displaced;a=The South African Border Management Authority]] at the post had been evacuated.
    Mozambican police said [[two protesters|killed;a=Mozambican police]] were killed in Ressano
    Garcia and [[18|arrested;a=Mozambican police]] were arrested. The crossing normally handles
    [[around 1,500 trucks a day|other]]. South Africa's defence force said it would deploy
    [[200 soldiers|combatants;p;a=South Africa's defence force]] to its side of the border.""",
)

item(
    "Sudan doctors say sit-in death toll rises to 113",
    """KHARTOUM, {{June 5}} (Reuters) - The death toll from the storming of a Khartoum protest
    camp by security forces has risen to [[113|killed;a=an opposition-linked doctors'
    committee]], an opposition-linked doctors' committee said on Wednesday, after [[40
    bodies|killed;a=an opposition-linked doctors' committee]] were pulled from the Nile. The
    Central Committee of Sudanese Doctors said [[more than 500 people|injured;a=The Central
    Committee of Sudanese Doctors]] were wounded when Rapid Support Forces paramilitaries moved
    in at dawn on Monday to clear the sit-in outside the defence ministry. The ruling
    Transitional Military Council put the death toll at [[61|killed;a=The ruling Transitional
    Military Council]], including [[three members|killed;a=The ruling Transitional Military
    Council]] of the security forces. Witnesses described men in RSF uniforms beating protesters
    with sticks and whips and setting tents on fire. [[Hundreds of people|missing;a=the
    committee;alt=The Central Committee of Sudanese Doctors]] are still unaccounted for, the
    committee said. Mobile internet has been cut across the country since Monday. Mohamed Hamdan
    Dagalo, the council's deputy head and the RSF commander, said [[some 10,000 RSF
    troops|combatants;a=Mohamed Hamdan Dagalo]] had been deployed in the capital to "restore
    order". In the months of protests that led to the overthrow of Omar al-Bashir on {{April
    11}}, [[more than 90 people|killed;a=the committee;alt=The Central Committee of Sudanese
    Doctors]] were killed, according to the committee.""",
)

item(
    "Five killed as Sudan security forces fire on anti-coup marches",
    """Security forces killed [[five protesters|killed;a=the Central Committee of Sudan Doctors]]
    in Khartoum and Omdurman on Thursday, bringing to [[79|killed;a=the Central Committee of
    Sudan Doctors]] the number of people killed since the {{October 25}} military coup, the
    Central Committee of Sudan Doctors said. The committee said [[dozens|injured;a=The
    committee;alt=the Central Committee of Sudan Doctors]] were wounded, some by live ammunition.
    [[Tens of thousands of people|other]] had marched towards the presidential palace despite
    the closure of the bridges across the Nile with shipping containers. Doctors said security forces had
    stormed a hospital in Omdurman and abducted [[at least 13 wounded protesters|kidnapped;
    a=Doctors]]. Police said [[48 officers|injured;a=Police]] were injured and [[103 protesters|arrested;a=Police]] arrested.
    Phone lines and the internet were cut from early morning.""",
)

item(
    "Sudan protesters burn ruling party office as bread price triples",
    """ATBARA, Sudan (AFP) - Protesters angered by a tripling of the price of bread set fire to the
    local headquarters of the ruling National Congress Party in Atbara on Wednesday, witnesses
    said, as demonstrations spread to [[at least five towns|other;a=witnesses]]. The price of a
    loaf rose overnight from {{1 Sudanese pound}} to {{3 pounds}} after the government cut
    subsidies. Authorities declared a state of emergency in the city and imposed a curfew from
    {{6:00 pm}} to {{6:00 am}}. A local opposition official said [[two protesters|killed;a=A
    local opposition official]] were shot dead by security forces and that [[dozens|arrested;a=A
    local opposition official]] were arrested. In Gedaref, a member of parliament said [[six
    people|killed;a=a member of parliament]] died when police fired on a crowd that had set fire
    to a market, and that [[14 shops|housing;a=a member of parliament]] were burned. Sudan's inflation rate stood at
    nearly {{69 percent}} in November.""",
)
