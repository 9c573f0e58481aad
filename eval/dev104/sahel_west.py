"""West Africa, the Sahel and Lake Chad: army tolls against jihadist claims, governors against
residents and rights groups, state television relaying ministries, OCHA relaying local
authorities (21 items with figures, 2 without)."""

from _wrap import item

item(
    "Nigerian army says troops killed insurgents near Lake Chad",
    """MAIDUGURI, Nigeria (Reuters) - Nigeria's army said on Thursday its troops had killed [[45
    insurgents|killed;a=Nigeria's army]] in a {{two-day}} operation around Kukawa, near Lake Chad.
    Residents of the town told Reuters that [[at least 11 civilians|killed;a=Residents of the town]]
    were among the dead, including [[four children|killed;a=Residents of the town]] hit when a shell
    landed on a Koranic school. An army spokesman, Onyema Nwachukwu, said [[26
    soldiers|injured;a=Onyema Nwachukwu;alt=An army spokesman]] had been wounded and that no
    civilians were harmed.""",
)

item(
    "Kaduna school abduction: head teacher and governor give different numbers",
    """Gunmen on motorcycles abducted [[287 pupils and staff|kidnapped;n=pupils and staff;a=the
    school's head teacher]] from a government school in Kuriga, in Nigeria's Kaduna state, the
    school's head teacher told reporters on Thursday. State governor Uba Sani later put the number
    at [[fewer than 250|kidnapped;a=Uba Sani;alt=State governor Uba Sani]], saying some pupils
    counted as missing had been at home that day. Parents said [[25 of the
    children|kidnapped;a=Parents]] had escaped into the bush and walked back overnight. The pupils
    are aged between {{8 and 15}}.""",
)

item(
    "Burkina Faso army and JNIM give conflicting tolls after Djibo attack",
    """OUAGADOUGOU (AFP) - The al-Qaeda-linked group JNIM said in a statement on Sunday that its
    fighters had killed [[more than 100 soldiers and volunteers|killed;n=soldiers and
    volunteers;a=JNIM;alt=The al-Qaeda-linked group JNIM]] in an attack on a military base in Djibo.
    The army, which rarely publishes its losses, said [[a dozen soldiers|killed;a=The army]] had
    died and that [[dozens of terrorists|killed;a=The army]] had been "neutralised". A security
    source told AFP that [[some 70 troops|missing;a=A security source]] were still unaccounted for
    on Monday. The base lies about {{200 km}} north of the capital.""",
)

item(
    "UN report puts Moura toll far above Mali's figure",
    """A report by the UN human rights office said [[at least 500 people|killed;a=the UN human
    rights office;alt=A report by the UN human rights office]] were executed by Malian troops and
    foreign military personnel during a {{five-day}} operation in the village of Moura in {{March
    2022}}. Mali's transitional government has said [[203 militants|killed;a=Mali's transitional
    government]] were killed and [[51 people|arrested;a=Mali's transitional government]] detained,
    and rejected the findings. The report was based on interviews with [[157 victims and
    witnesses|other;n=victims and witnesses]], many of whom had fled to Mauritania.""",
)

item(
    "Niger says 29 soldiers killed in ambush near Malian border",
    """NIAMEY (Reuters) - [[Twenty-nine soldiers|killed;a=the defence ministry]] were killed when
    [[hundreds of militants|combatants;a=the defence ministry]] ambushed a patrol near Tabatol on
    Monday, the defence ministry said in a statement read on state television. It said [[two
    others|injured;a=the defence ministry]] were wounded and that the army had killed [[dozens of
    assailants|killed;a=the defence ministry]] in the fighting. It was the deadliest attack on the
    army since {{December 2019}}, when [[71 soldiers|killed]] died at Inates.""",
)

item(
    "Cameroon army and separatists trade claims after Bamenda clashes",
    """Cameroon's army said it killed [[seven separatist fighters|killed;a=Cameroon's army]] in
    clashes near Bamenda on Saturday, while the separatist Ambazonia Defence Forces said on social
    media that [[12 soldiers|killed;a=Ambazonia Defence Forces;alt=the separatist Ambazonia Defence
    Forces]] had died and that they had lost [[only two men|killed;a=Ambazonia Defence
    Forces;alt=the separatist Ambazonia Defence Forces]]. Neither claim could be independently
    verified. Residents said [[about 400 people|displaced;a=Residents]] had fled to the city from
    outlying villages since the fighting began.""",
)

item(
    "Plateau attack toll: police say 17, community leaders say 40",
    """JOS, Nigeria (AP) - Police in Nigeria's Plateau state said [[17 people|killed;a=Police in
    Nigeria's Plateau state]] were killed when gunmen attacked Zike village late on Monday.
    Community leaders gave a much higher toll: "We have buried [[40 people|killed;a=Sunday
    Abdu;alt=a youth leader in the area;alt=Community leaders]] so far and [[more than
    20|missing;a=Sunday Abdu;alt=a youth leader in the area;alt=Community leaders]] are still
    missing," said Sunday Abdu, a youth leader in the area. Police spokesman Alabo Alfred said
    [[eight suspects|arrested;a=Alabo Alfred;alt=Police spokesman Alabo Alfred]] had been
    arrested.""",
)

item(
    "Benin revises toll from attack on army posts in W park",
    """COTONOU (Reuters) - [[Twenty-eight soldiers|killed;a=Benin's army chief of staff]] were
    killed in an attack on [[two army posts|other;u=structure;a=Benin's army chief of staff]] in
    W National Park on {{April 17}}, Benin's army chief of staff said, revising a toll of
    [[eight|killed;a=the government]] given by the government a day earlier. JNIM, which operates
    across the border in Burkina Faso and Niger, said its fighters had killed [[about 70
    soldiers|killed;a=JNIM]]. The army said [[four attackers|killed;a=The army]] were also
    killed.""",
)

item(
    "Senegal protest toll disputed as rights group counts 23 dead",
    """Amnesty International said [[at least 23 people|killed;a=Amnesty International]] had been
    killed in {{three days}} of unrest in Senegal, most of them by live ammunition, while the
    government put the toll at [[16|killed;a=the government]]. The interior minister said [[more
    than 500 people|arrested;a=The interior minister]] had been detained since the sentencing of
    opposition leader Ousmane Sonko on {{June 1}}. Internet access was restricted for {{five
    days}}.""",
)

item(
    "Guinea: opposition and government differ on Conakry protest deaths",
    """CONAKRY (AFP) - The opposition coalition FNDC said security forces shot dead [[three young
    men|killed;a=FNDC;alt=The opposition coalition FNDC]], aged {{17 to 19}}, during Wednesday's
    protests on the Axe road in Conakry. The government spokesman, Ousmane Gaoual Diallo, said [[one
    person|killed;a=Ousmane Gaoual Diallo;alt=The government spokesman]] had died and that [[13
    police officers|injured;a=Ousmane Gaoual Diallo;alt=The government spokesman]] were hurt by
    stone-throwing protesters. He said [[27 people|arrested;a=Ousmane Gaoual Diallo;alt=The
    government spokesman]] were in custody.""",
)

item(
    "Chad's rights groups say 'Black Thursday' toll over 100",
    """Chad's prime minister, Saleh Kebzabo, said [[about 50 people|killed;a=Saleh
    Kebzabo;alt=Chad's prime minister]], including [[10 police officers|killed;a=Saleh
    Kebzabo;alt=Chad's prime minister]], died when protests against the extension of military rule
    turned violent on {{October 20}}. The Chadian Convention for the Defence of Human Rights said on
    Monday that [[at least 128 people|killed;a=The Chadian Convention for the Defence of Human
    Rights]] had been killed and that [[more than 1,000|arrested;a=The Chadian Convention for the
    Defence of Human Rights]] had been taken to the high-security prison at Koro Toro, about {{600
    km}} from N'Djamena.""",
)

item(
    "Burkina Faso stops counting its displaced",
    """Burkina Faso's government stopped publishing displacement data in {{March 2023}}, when its
    last count stood at [[2,062,534 people|displaced;a=Burkina Faso's government]]. The Norwegian
    Refugee Council estimates the real number is now [[well over 3 million|displaced;a=The Norwegian
    Refugee Council]]. Aid agencies say [[nearly 2 million people|civilians;a=Aid agencies]] live in
    towns blockaded by jihadist groups, some of which have been supplied only by air for {{two
    years}}.""",
)

item(
    "Katsina villagers abducted; lawmaker says police figure too low",
    """KATSINA, Nigeria (Reuters) - Police in Nigeria's Katsina state said [[more than 100
    villagers|kidnapped;a=Police in Nigeria's Katsina state]] were abducted by armed bandits who
    raided Maidabino on Saturday night. A lawmaker representing the area told Reuters he had counted
    [[around 150 names|kidnapped;a=A lawmaker representing the area]], and that [[nine
    people|killed;a=A lawmaker representing the area]] were shot dead as they tried to flee.
    Kidnappers have demanded {{50 million naira}} for their release, relatives said.""",
)

item(
    "Sierra Leone says 21 killed in barracks attack, inmates still at large",
    """FREETOWN (AP) - Sierra Leone's information minister, Chernor Bah, said [[21
    people|killed;a=Chernor Bah;alt=Sierra Leone's information minister]] were killed in Sunday's
    attacks on a military barracks and [[two prisons|other;u=structure;a=Chernor Bah;alt=Sierra
    Leone's information minister]], [[14 of them|killed;n=-;a=Chernor Bah;alt=Sierra Leone's
    information minister]] soldiers. [[Nearly 1,900 inmates|other;a=the justice ministry]] escaped
    from the Pademba Road prison, according to the justice ministry.""",
)

item(
    "Ivory Coast election violence: government and opposition tolls",
    """ABIDJAN (Reuters) - The government said [[85 people|killed;a=The government]] died in
    violence linked to the presidential election, while the opposition put the toll at [[more than
    250|killed;a=the opposition]]. The UN refugee agency UNHCR said [[some 8,000
    Ivorians|displaced;a=UNHCR;alt=The UN refugee agency UNHCR]] had fled to Liberia, Ghana and
    Togo. President Alassane Ouattara, {{78}}, won a third term with {{94%}} of the vote.""",
)

item(
    "UN says 110 farmers killed in Borno; militia fears more dead",
    """MAIDUGURI (AFP) - The UN humanitarian coordinator in Nigeria, Edward Kallon, said [[at least
    110 civilians|killed;a=Edward Kallon;alt=The UN humanitarian coordinator in Nigeria]] were
    killed when jihadists attacked rice farmers near Zabarmari on Saturday. Borno governor Babagana
    Zulum attended the burial of [[43 of them|killed;n=-]] on Sunday. A local militia leader told
    AFP that [[six farmers|missing;a=A local militia leader]] were still missing and that the toll
    was likely to rise.""",
)

item(
    "Kaduna drone strike: state says 85 buried, Amnesty counts more",
    """KADUNA, Nigeria (Reuters) - The Kaduna state government said [[85 people|killed;a=The Kaduna
    state government]] had been buried after an army drone mistakenly struck a religious gathering
    in Tudun Biri, and that [[66 others|injured;a=The Kaduna state government]] were being treated
    in hospital. Amnesty International put the toll at [[more than 120|killed;a=Amnesty
    International]]. The army said the drone had been on a routine mission against "terrorists".""",
)

item(
    "Bawku clashes leave six dead, Ghana police say",
    """ACCRA (Reuters) - [[Six people|killed;a=Ghana's police]] were killed in renewed clashes
    between rival factions in the northern town of Bawku, Ghana's police said on Tuesday, adding
    that [[30 suspects|arrested;a=Ghana's police]] had been detained. The regional health
    directorate said [[18 people|injured;a=The regional health directorate]] were treated at Bawku
    Presbyterian Hospital for gunshot and machete wounds. A curfew from {{6pm to 6am}} was
    imposed.""",
)

item(
    "OCHA relays Cameroon figures after raids in Mayo-Tsanaga",
    """OCHA, citing local authorities, said [[about 12,000 people|displaced;a=OCHA;alt=local
    authorities]] had fled raids by Boko Haram factions in Cameroon's Mayo-Tsanaga department over
    the past {{two weeks}}, many of them across the border into Nigeria. The agency said [[some 40
    homes|housing;a=The agency;alt=OCHA]] and a health centre were burned in Mozogo. [[Three
    schools|capacity]] in Koza now shelter families who fled.""",
)

item(
    "Lagos panel says soldiers shot dead protesters at Lekki",
    """A Lagos judicial panel said in its report that soldiers shot dead [[at least nine
    people|killed;a=A Lagos judicial panel]] at the Lekki toll gate on {{October 20, 2020}}, and
    that [[four more|missing;n=-;a=A Lagos judicial panel]] were missing and presumed dead. The army
    has said its soldiers fired only blank rounds. Amnesty International had earlier said [[at least
    12 protesters|killed;a=Amnesty International]] were killed at Lekki and Alausa that night.""",
)

item(
    "WFP, citing Niger's government, says millions short of food",
    """The World Food Programme, citing government figures, said [[3.3 million
    people|civilians;a=The World Food Programme;alt=government figures]] in Niger face acute food
    insecurity during the lean season, up from [[2.9 million|civilians;a=The World Food
    Programme;alt=government figures]] last year. WFP said it had reached [[1.2 million
    people|aid;a=WFP]] in May but would have to cut rations by half from {{July}} unless it received
    {{$120 million}}.""",
)

item(
    "Mali junta rejects UN findings, orders mission out",
    """BAMAKO (Reuters) - Mali's military government on Friday rejected a UN report published on
    {{May 12}} after {{14 months}} of investigation, calling it biased and based on "fictitious"
    witnesses. The government ordered the UN mission, MINUSMA, which has been in the country since
    {{2013}}, to leave "without delay" and set a deadline of {{June 30}}. The report had been
    delayed for more than {{a year}}, diplomats said.""",
)

item(
    "ECOWAS gives juntas deadline, drops sanctions threat",
    """ABUJA (AFP) - West African leaders meeting in Abuja on {{December 15}} gave Mali, Burkina
    Faso and Niger until {{July 29}} to reconsider their exit from the bloc, which takes effect
    after a {{six-month}} transition. The summit also agreed to fund a standby force with {{$2.6
    billion}} a year, about {{a quarter}} of what its planners had sought. Leaders will meet again
    in {{2025}}.""",
)
