"""Nigeria, DR Congo, Sierra Leone, Sudan, Mozambique, Guinea, Niger, South Sudan, Ethiopia and
Somalia: jihadist raids on prisons, walls brought down by floods, breakouts as rebels take a
city, cholera behind bars, amnesties and trials (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Islamic State claims Kuje prison raid as hunt for escapees widens",
    """Gunmen believed to be from the Islamic State West Africa Province attacked the Kuje
    medium-security custodial centre on the outskirts of Abuja late on Tuesday, using explosives
    to breach its walls. Of the [[994 inmates|arrested;a=a spokesman for the Nigerian Correctional
    Service]] held there at the time, [[879|other;a=a spokesman for the Nigerian Correctional
    Service]] escaped, a spokesman for the Nigerian Correctional Service said. By Wednesday evening
    [[443|arrested;a=a spokesman for the Nigerian Correctional Service]] had been recaptured, he added, but [[all 64 Boko Haram suspects|other;a=a spokesman for the Nigerian Correctional Service]] held at the facility were among those who got away. The interior
    minister said the attack involved [[about 100 gunmen|combatants;a=The interior minister]] who
    arrived on motorbikes. [[One officer|killed]] of the Nigeria Security and Civil Defence Corps
    was killed and [[four inmates|killed]] died in the crossfire. Kuje, a satellite town of [[about
    100,000 people|civilians]], was placed under a curfew from {{6 p.m.}} Islamic State said in a
    statement that it had freed its members after a {{two-hour}} assault.""",
)

item(
    "Gunmen free more than 1,800 inmates from Owerri prison",
    """Gunmen armed with rocket-propelled grenades and explosives attacked the Owerri custodial
    centre in Imo state before dawn on Monday, and [[1,844 inmates|other;a=the Nigerian
    Correctional Service]] escaped, the Nigerian Correctional Service said. The centre, built for
    [[548 inmates|capacity]], was holding [[more than 1,900|arrested;a=the service;alt=the Nigerian
    Correctional Service]] on the night of the attack, according to the service. [[Thirty-five of
    the escapees|returned;a=the service;alt=the Nigerian Correctional Service]] had returned of
    their own accord by Tuesday, the service said, and [[six|arrested]] had refused to leave the
    compound at all. The attackers also set fire to the state police command headquarters nearby
    and burned [[more than 50 vehicles|other;a=police]], police said. The inspector-general of
    police deployed [[an additional 1,000 officers|combatants]] to the south-east and blamed the
    separatist IPOB movement, which denied involvement.""",
)

item(
    "Heavy rain brings down Suleja prison wall, 119 inmates escape",
    """A rainstorm on Wednesday night brought down part of the perimeter wall of the
    medium-security custodial centre in Suleja, Niger state, and [[119 inmates|other;a=the
    Nigerian Correctional Service]] escaped, the Nigerian Correctional Service said on Thursday.
    [[Ten|arrested;a=a service spokesman]] had been recaptured by the afternoon, a service
    spokesman said. The centre, built in {{1914}} for [[about 250 inmates|capacity]], holds
    [[close to 1,000|arrested]]. The service said [[between 200 and 250 officers|combatants;a=The
    service;alt=the Nigerian Correctional Service]] had been deployed with police and the army to
    track down the fugitives. It said it would move [[the remaining 500 inmates|arrested;p;a=the
    Nigerian Correctional Service]] to other facilities while the wall is rebuilt. The storm also
    destroyed [[dozens of homes|housing;a=state emergency officials]] in the town, state emergency
    officials said.""",
)

item(
    "Floodwaters free 281 inmates from Maiduguri prison",
    """[[281 inmates|other;a=the Nigerian Correctional Service]] escaped from the Maiduguri
    custodial centre after floodwaters brought down its walls, the Nigerian Correctional Service
    said on Thursday, and [[seven|arrested;a=the Nigerian Correctional Service]] had been
    recaptured. Some of the escapees were Boko Haram suspects awaiting trial. Officials said the
    water had submerged [[three cell blocks|housing;u=structure;a=Officials]] and the staff
    quarters. The service said [[about 250 inmates|arrested;p;a=The service;alt=the Nigerian Correctional Service]] would be
    moved to a facility in Damaturu. The floods, caused by the collapse of the Alau dam on {{10
    September}}, displaced [[more than 400,000 people|displaced;a=the Borno state government]] in
    Maiduguri and killed [[at least 37|killed;a=the Borno state government]], according to the
    Borno state government. The National Emergency Management Agency said [[about 1m
    people|civilians;a=The National Emergency Management Agency]] had been affected, and the state
    distributed [[up to 10,000 food packs|aid]] a day in the camps.""",
)

item(
    "Goma's Munzenze prison burned and emptied as M23 enters the city",
    """[[Thousands of inmates|other;a=residents and UN officials]] broke out of Goma's Munzenze
    central prison on Monday as {{M23}} rebels entered the city, residents and UN officials said.
    The prison held [[more than 4,000 detainees|arrested;a=the UN peacekeeping mission MONUSCO]]
    before the escape, according to the UN peacekeeping mission MONUSCO. The UN human rights office
    said [[at least 132 women|killed;a=The UN human rights office]] held in the women's wing died
    when fire swept through it during the breakout. [[Hundreds of detainees|missing;a=the
    mission;alt=the UN peacekeeping mission MONUSCO]] remained unaccounted for a week later, the
    mission said. In the wider battle for Goma, [[some 2,900 people|killed;a=the World Health
    Organization]] were killed and [[more than 2,800|injured;a=the World Health Organization]]
    injured, according to the World Health Organization. Hospitals treated [[dozens of wounded
    detainees|injured]] who had been shot as they fled. The UN refugee agency said [[about 700,000
    people|displaced;a=The UN refugee agency]] had been living in displacement sites around the
    city before the {{M23}} offensive.""",
)

item(
    "129 killed in attempted breakout at Kinshasa's Makala prison",
    """[[One hundred and twenty-nine people|killed;a=Congo's interior minister]] died during an
    attempted mass breakout from Makala central prison in Kinshasa early on Monday, Congo's
    interior minister said. [[Twenty-four|killed;a=the minister;alt=Congo's interior minister]]
    were shot dead by guards after warning shots, the minister said, while the others died in a
    crush or suffocated. [[Fifty-nine people|injured;a=Congo's interior minister]] were taken to hospital, he said, and
    part of the administrative building was burned. Makala, built in {{1958}} for [[1,500
    inmates|capacity]], held [[more than 12,000|arrested;a=Amnesty International]] at the time,
    according to Amnesty International. Relatives said [[dozens of inmates|missing;a=Relatives]]
    were still missing. The justice ministry said it would release [[as many as 1,000 pre-trial
    detainees|arrested;p;a=The justice ministry]] to ease overcrowding. An escape from the same
    prison in {{2017}} let [[more than 4,000 inmates|other]] walk free, among them a sect
    leader.""",
)

item(
    "ADF attack frees 1,300 inmates from Beni prison",
    """Islamist ADF rebels attacked the Kangbayi central prison in Beni, eastern Congo, overnight,
    and [[about 1,300 inmates|other;a=the mayor of Beni]] escaped, the mayor of Beni said. Of the
    [[more than 1,450|arrested]] held at the prison, [[only about 100|arrested]] remained inside
    by morning. The attackers killed [[two soldiers|killed]], [[one police officer|killed]] and
    [[three inmates|killed]] before setting fire to part of the prison. [[About 20 of the
    escapees|returned;a=the army]] had come back of their own accord by Wednesday, the army said,
    and [[73|arrested;a=the army]] had been recaptured in the town and surrounding villages.
    Islamic State claimed the attack through its Central Africa Province, saying its fighters had
    freed their brothers.""",
)

item(
    "Sierra Leone says nearly 2,000 inmates escaped in November 26 attacks",
    """The government said [[1,890 inmates|other;a=The government]] escaped from the Pademba Road
    maximum-security prison in Freetown and other facilities during the attacks of {{26
    November}}. [[Twenty-one people|killed;a=the military]] were killed, [[14 soldiers|killed;a=the military]] and [[three police officers|killed;a=the military]] among them, the military
    said. [[More than 50 suspects|arrested;a=police]] have been arrested, police said, including
    soldiers and a former bodyguard of ex-president Ernest Bai Koroma. Pademba Road, built in {{1914}}
    for [[324 inmates|capacity;a=AdvocAid, a legal aid group]], held [[about 2,000|arrested;a=AdvocAid, a legal aid group]] before the attack, according to AdvocAid, a legal aid group.
    [[About 100 escapees|returned]] have handed themselves in after an appeal on national radio.
    The government lifted the nationwide curfew after {{three days}}.""",
)

item(
    "Sudan's Kober prison emptied as fighting rages in Khartoum",
    """[[Thousands of prisoners|other]] walked out of Kober prison in Khartoum North this week as
    fighting between the army and the Rapid Support Forces spread across the capital. Kober held
    [[about 7,000 inmates|arrested;a=a prison official]], a prison official told Reuters. Sudan's
    police said the RSF had stormed [[five prisons|other;u=structure;a=Sudan's police]] in the
    capital, which the paramilitary force denied. The army said former president Omar al-Bashir
    and [[four other former officials|arrested;a=The army]] had been moved to a military hospital
    before the fighting reached the prison. The health ministry said [[at least 459 people|killed; a=The health ministry]] had been killed and [[more than 4,000|injured;a=The health ministry]]
    injured across Sudan. [[Hundreds of families|displaced]] fled Khartoum North on foot on
    Wednesday. The ICRC said it had been delivering [[2,000 meals a day|aid;a=The ICRC]] to
    detention places in the capital before the war.""",
)

item(
    "1,534 inmates escape Maputo prison amid post-election unrest",
    """[[1,534 inmates|other;a=Mozambique's police chief]] escaped from Maputo's central prison
    on Christmas Day after a riot, Mozambique's police chief said. [[Thirty-three|killed;a=Mozambique's police chief]]
    were killed and [[15|injured;a=Mozambique's police chief]] injured in clashes with guards, he said. By Thursday
    [[150|arrested;a=police]] had been recaptured, police said, and [[about 30|returned;a=police]]
    had returned voluntarily. Among the escapees were [[29 convicted militants|other]] from the
    insurgency in Cabo Delgado. The prison held [[about 2,500 inmates|arrested]]. Protests over the
    disputed {{9 October}} election have left [[at least 250 people|killed;a=the civil society
    platform Decide]] dead, according to the civil society platform Decide.""",
)

item(
    "Commando breaks Guinea's ex-junta leader out of prison; he is recaptured",
    """Heavily armed men broke into Conakry's central prison before dawn on Saturday, and former
    junta leader Moussa Dadis Camara and [[three other defendants|other]] escaped with them. Camara
    and [[two of the others|arrested;a=the justice minister]] were recaptured within hours, the
    justice minister said. Camara was on trial over the {{28 September 2009}} stadium massacre, in
    which [[at least 157 people|killed;a=a UN inquiry]] were killed, according to a UN inquiry. The
    army said [[nine people|killed;a=The army]] died in the gunfire, among them [[four of the
    assailants|killed;a=The army]], [[three soldiers|killed;a=The army]] and [[two
    civilians|killed;a=The army]]. The capital's main roads were closed for {{six hours}}.""",
)

item(
    "Inmates escape Niger's top-security Koutoukalé prison",
    """Niger's interior ministry said [[several dozen inmates|other;a=Niger's interior ministry]],
    some of them convicted jihadists, had escaped from the Koutoukalé high-security prison on
    Thursday. Koutoukalé, about {{50 km}} north-west of Niamey, held [[700 to 750
    detainees|arrested]] before the escape. The ministry said [[12 escapees|arrested;a=The
    ministry;alt=Niger's interior ministry]] had been recaptured and [[one guard|killed;a=The
    ministry;alt=Niger's interior ministry]] had been killed. It offered a reward of {{1 million CFA
    francs}} for information and said [[more than 1,000 soldiers|combatants;a=Niger's interior
    ministry]] had been deployed around the prison. The Sahel's jihadist war has displaced [[more
    than 500,000 people|displaced;a=UNHCR]] in Niger, according to UNHCR, and [[some 4.3 million
    people|civilians;a=the UN]] need humanitarian aid, the UN says. The World Food Programme plans
    to reach [[1.5m people|aid;p;a=The World Food Programme]] this year.""",
)

item(
    "Cholera spreads in Juba's central prison, ICRC says",
    """A cholera outbreak at Juba Central Prison has sickened [[at least 86 inmates|other;a=the
    International Committee of the Red Cross (ICRC)]] and killed [[four|killed;a=the International
    Committee of the Red Cross (ICRC)]], the International Committee of the Red Cross (ICRC) said
    on Wednesday. The prison, built for [[400 detainees|capacity;a=the ICRC]], holds [[more than
    1,200|arrested;a=the ICRC]], according to the ICRC. It said it had delivered [[500 hygiene
    kits|aid;a=the International Committee of the Red Cross (ICRC)]] and [[1,500 bars of
    soap|aid;a=the International Committee of the Red Cross (ICRC);n=bars;u=other]] and was
    chlorinating water for the whole prison. [[About 900 detainees|aid;a=the agency;alt=the
    ICRC]] now receive a daily hot meal, the agency said. South Sudan's health ministry has
    recorded [[more than 60,000 cases|other;a=South Sudan's health ministry]] nationwide since
    {{October 2024}}.""",
)

item(
    "Ethiopia frees jailed opposition leaders in holiday amnesty",
    """Ethiopia released [[more than 2,000 prisoners|arrested;a=the attorney general's office]]
    in an Orthodox Christmas amnesty on Friday, the attorney general's office said, among them
    [[seven opposition politicians|arrested;a=the attorney general's office]]. Rights groups say
    [[thousands of Tigrayans|arrested;a=Rights groups]] remain in detention. The Ethiopian Human
    Rights Commission said it had visited [[14 detention sites|other;a=The Ethiopian Human Rights
    Commission]] in and around Addis Ababa, where [[about 9,000 people|arrested;a=The Ethiopian
    Human Rights Commission]] were held. Amnesty International said [[at least 23
    detainees|killed;a=Amnesty International]] had died in custody since {{November 2020}}. The war
    in the north has displaced [[more than 2 million people|displaced;a=the UN]], according to the
    UN.""",
)

item(
    "Al-Shabaab inmates seize guns in Mogadishu prison gunfight",
    """Al-Shabaab prisoners at Mogadishu central prison seized weapons and fought guards for
    {{several hours}} on Friday, leaving [[eight people|killed;a=Somalia's custodial corps]] dead,
    Somalia's custodial corps said. The dead included [[five inmates|killed]] and [[three
    guards|killed]]. [[At least seven guards|injured]] were wounded. The prison holds [[about 1,400
    inmates|arrested;a=officials]], [[several hundred|arrested;a=officials]] of them al-Shabaab suspects, according to
    officials. [[Some 200 soldiers|combatants]] surrounded the compound before the inmates
    surrendered.""",
)

item(
    "Court convicts ex-Kuje deputy controller over 2022 prison attack",
    """A Federal High Court in Abuja on Tuesday sentenced a former deputy controller of the Kuje
    custodial centre to {{seven years}} in prison for negligence over the attack of {{5 July
    2022}}. The {{52-year-old}} officer was found to have ignored an intelligence warning received
    {{two weeks}} before the raid. The court ordered him to forfeit {{N45 million}} in assets. He is
    the {{third}} official convicted over the attack, and has {{90 days}} to appeal. The trial
    began in {{March 2023}}.""",
)

item(
    "Sierra Leone court jails ex-president's bodyguards over 2023 attack",
    """A high court in Freetown on Monday handed down sentences of {{between 10 and 182 years}} to
    soldiers and police officers convicted of treason over the attacks of {{26 November 2023}}. The
    defendants, aged between {{29 and 61}}, were tried under the Treason and State Offences Act
    of {{1963}}. The {{14-month}} trial heard evidence from prosecution and defence witnesses. A separate
    trial of former president Ernest Bai Koroma, who has lived in Nigeria since {{January 2024}},
    has not begun.""",
)
