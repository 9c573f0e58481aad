"""Myanmar, Taiwan, South Korea and Colombia: the junta's conscription law, its batches, the
young people who flee it and the Rohingya pressed into it; Taiwan's restored one-year service
and a draft-dodging ring; South Korea's objectors and shrinking army; children recruited by
Colombia's armed groups, army round-ups and veterans hired abroad (14 texts with figures, 1
without)."""

from _wrap import item

item(
    "Myanmar junta activates conscription law",
    """Myanmar's military government activated the {{2010}} People's Military Service Law on
    {{February 10}}, and junta spokesman Major General Zaw Min Tun said it would call up [[5,000
    people a month|combatants;p;a=junta spokesman Major General Zaw Min Tun]] from April. He
    said [[about 14 million people|civilians;a=junta spokesman Major General Zaw Min Tun]] were
    eligible: men aged {{18 to 35}} and women aged {{18 to 27}}, for {{two years}} of service.
    The next day [[thousands of young people|other]] queued outside the Thai embassy in Yangon
    for visas. [[Two women|killed;a=police]] died in a crush at the passport office in Mandalay,
    police said. Those who evade the draft face up to {{five years}} in prison. State media said
    [[more than 1,000 young people|combatants;a=State media]] had volunteered at township
    offices in the first week. Myanmar Now reported that [[at least 13 young
    men|arrested;a=Myanmar Now]] had been detained in Yangon for trying to bribe officials to
    remove their names from lists.""",
)

item(
    "Junta's 11th batch of conscripts begins training",
    """The junta's {{11th}} batch of conscripts began training this week, bringing the total
    called up since April {{2024}} to [[about 55,000|combatants;a=state media]], according to
    state media. Each batch numbers [[roughly 5,000 recruits|combatants]], trained for {{three
    months}} before deployment. Resistance forces say they have captured [[more than 1,200
    conscripts|arrested;a=Resistance forces]] and killed [[hundreds|killed;a=Resistance forces]]
    more. A defector told The Irrawaddy that [[about 300 conscripts|other;a=A defector]] had
    deserted from his battalion alone. [[At least 37 ward administrators|killed;a=The
    Irrawaddy]], who draw up the conscription lists, have been killed by resistance groups since
    February, according to a tally by The Irrawaddy. Families have reported [[dozens of
    conscripts|missing;a=Families]] missing after the fighting around Lashio.""",
)

item(
    "Young people flee Myanmar's draft across the Thai border",
    """MAE SOT (Myanmar Now) - [[Tens of thousands of young people|displaced;a=aid groups on the
    border]] have crossed into Thailand since the junta activated its conscription law, aid
    groups on the border estimate. Thai police in Mae Sot arrested [[about 150 Myanmar
    nationals|arrested;a=police;alt=Thai police]] without papers in a single raid on Monday,
    police said, and the immigration bureau deported [[more than 2,000|returned;a=the
    immigration bureau]] in March, according to the bureau. Smugglers charge about {{150,000
    kyat}} for the crossing. On Tuesday alone, boats carried [[between 200 and 300
    people|displaced;a=a boatman]] across the Moei river, a boatman said. Thailand's labour
    ministry said [[some 400,000 Myanmar workers|other;a=Thailand's labour ministry]] had
    applied for work permits in the {{first half}} of the year, {{twice as many}} as a year
    earlier. A {{22-year-old}} engineering graduate from Bago said [[five of his
    classmates|displaced;n=classmates;a=A 22-year-old engineering graduate from Bago]] had left
    with him.""",
)

item(
    "Lotteries and tea-shop raids fill Yangon's quotas",
    """YANGON (The Irrawaddy) - Soldiers and police detained [[at least 70 young
    men|arrested;a=residents]] at tea shops and bus stations in Hlaing Tharyar township this
    week, residents said. [[Dozens|arrested]] were released after relatives paid bribes of up to
    {{3 million kyat}}. In other wards, officials drew the names of [[about 500
    residents|combatants;p]] in a lottery and ordered them to report for training. [[Four ward
    officials|injured]] were wounded when a bomb hit a ward office holding conscription lists in
    Mandalay. Resistance groups have set fire to [[at least 12 ward
    offices|housing;u=structure]] in Yangon since the law took effect. Wealthier families pay
    {{2 million kyat}} or more to hire a substitute, usually a man from a poorer township. The
    ward office in South Dagon posted a list of [[120 names|other;u=other;a=a resident]] on its
    notice board last month, and [[about 40|displaced;a=a resident]] of those named have since
    left the city, a resident said.""",
)

item(
    "Rohingya men forced into Myanmar's army, rights groups say",
    """The junta has recruited [[about 1,000 Rohingya men|combatants;a=Rohingya community
    leaders]] in Sittwe and Buthidaung since February {{2024}}, Rohingya community leaders say,
    even though the Rohingya are denied citizenship. [[At least 100|killed;a=Rohingya community
    leaders]] have been killed fighting the Arakan Army, they said. In the camps of Cox's Bazar,
    the armed groups ARSA and RSO abducted [[as many as 2,000 refugees|kidnapped;a=Fortify
    Rights]] to fight in Myanmar, according to Fortify Rights. Bangladesh police arrested [[14
    people|arrested;a=the police;alt=Bangladesh police]] over the abductions, the police said.
    The camps hold [[about 1 million Rohingya|displaced]], [[some 70,000|displaced]] of whom
    arrived in {{2024}}.""",
)

item(
    "Conscripts surrender by the hundred as Lashio falls",
    """When the northern city of Lashio fell to the Myanmar National Democratic Alliance Army in
    August, [[hundreds of conscripts|arrested;a=the group;alt=the Myanmar National Democratic
    Alliance Army]] surrendered, the group said, some of them still in their first month. The
    MNDAA later freed [[about 60 of the conscripts|arrested;n=conscripts]] and sent them home.
    Myanmar Now has identified [[at least 260 conscripts|killed;a=Myanmar Now]] killed since
    April {{2024}}, most of them within {{six months}} of call-up. The MNDAA said it had also
    seized [[about 1,000 rifles|other;a=The MNDAA]] in the city. The junta has also recalled
    [[about 12,000 retired soldiers|combatants]] under {{age 50}}.""",
)

item(
    "Taiwan's first one-year conscripts report for duty",
    """TAIPEI (Reuters) - [[About 1,100 young men|combatants;a=the defence ministry]] reported
    to boot camps on Thursday as the first intake under Taiwan's restored {{one-year}}
    conscription, the defence ministry said. Compulsory service had been cut to {{four months}}
    in {{2013}}. The ministry expects [[about 9,000|combatants;p;a=The ministry;alt=the defence
    ministry]] this year and [[more than 20,000|combatants;p;a=The ministry;alt=the defence
    ministry]] in {{2025}}. Men born after {{January 1, 2005}} must serve the full year, on a
    monthly salary of {{NT$20,320}}. Taiwan's armed forces number [[about 150,000
    volunteers|combatants]], short of the [[169,000|combatants;p]] they are meant to have, and
    [[about 2,000|other]] leave early each year.""",
)

item(
    "Taiwan prosecutors indict ring that faked illness to dodge draft",
    """TAIPEI (AFP) - Taiwanese prosecutors indicted [[15 people|arrested]] on Tuesday, among
    them [[12 young men|arrested]] accused of faking high blood pressure to avoid military
    service, and [[three brokers|arrested]] who coached them. The brokers charged up to
    {{NT$200,000}} per client, prosecutors said. Investigators believe [[about 100
    men|other;a=Investigators]] have used the scheme since {{2022}}, [[a
    dozen|other;a=Investigators]] of them actors or musicians. The interior ministry said
    [[about 9,000 men|other;a=The interior ministry]] were exempted on medical grounds last
    year. Dodging the draft carries up to {{five years}} in prison.""",
)

item(
    "South Korea's conscientious objectors serve in prisons",
    """SEOUL (AP) — [[About 2,800 conscientious objectors|other;a=the Military Manpower
    Administration]] have been assigned to alternative service since it began in {{2020}}, the
    Military Manpower Administration said. [[Some 600 objectors|other]] serve at [[19
    prisons|other;u=structure]] at any one time. They work in prisons for {{36 months}},
    {{twice}} the {{18 months}} of army service. Before the Constitutional Court ruling of
    {{2018}}, [[more than 19,000 men|arrested]] were jailed for refusing to serve, most of them
    Jehovah's Witnesses. [[Three objectors|arrested]] whose applications were rejected were
    sentenced to {{18 months}} in prison this year. [[More than 3,500
    applications|other;u=other;a=the agency;alt=the Military Manpower Administration]] have been
    filed, the agency said, and it approves about {{97%}} of them.""",
)

item(
    "South Korea's shrinking army looks for recruits",
    """SEOUL (AFP) - South Korea's armed forces have shrunk to [[about 450,000
    troops|combatants;a=the defence ministry]] from [[690,000|combatants;a=the defence
    ministry]] in {{2000}}, the defence ministry said, as the birth rate falls. The number of
    men {{turning 20}} will drop to [[about 130,000|civilians;p;a=the ministry;alt=the defence
    ministry]] by {{2040}}, the ministry projects. [[Some 190,000 men|combatants]] enlisted last
    year. The army wants to recruit [[1,000 more women|combatants;p;a=The army]] as
    non-commissioned officers. [[About 9,500 officers and sergeants|other;n=officers and
    sergeants]] quit early last year, citing pay of about {{2 million won}} a month.""",
)

item(
    "Armed groups recruited hundreds of children in Cauca, ombudsman says",
    """BOGOTA (El Tiempo English) - Colombia's Ombudsman's Office recorded [[at least 409
    children|combatants;a=Colombia's Ombudsman's Office]] recruited by armed groups in {{2024}},
    about {{60%}} of them in Cauca. The army said it had rescued [[27 minors|other;a=The army]]
    from FARC dissident camps this year. [[Four teenagers|killed]] recruited by the Carlos
    Patino front were killed in an army bombing in November, prompting criticism of the
    government. The Colombian Family Welfare Institute has cared for [[more than 7,000
    children|aid;a=The Colombian Family Welfare Institute]] who left armed groups since
    {{1999}}, the institute said. Indigenous guards have recovered [[about 200
    children|other;a=the Regional Indigenous Council of Cauca]] from the groups since {{2022}},
    according to the Regional Indigenous Council of Cauca. Girls make up about {{a third}} of
    recruits, many of them indigenous.""",
)

item(
    "Bogota's illegal army round-ups persist despite court ban",
    """BOGOTA (El Tiempo English) - Colombia's Constitutional Court banned the army's batidas,
    round-ups of young men for military service, in {{2011}}, but the Ombudsman received [[more
    than 150 complaints|other;u=other;a=the Ombudsman]] in {{2023}}, the office said. Soldiers
    took [[about 30 young men|arrested;a=witnesses]] from a TransMilenio station in Bosa on
    Friday, witnesses said, and [[18 of them|arrested;n=-;a=witnesses]] were released after
    showing documents. [[Three soldiers|other;a=the army]] were suspended over the incident, the
    army said. Colombia drafts [[about 80,000 conscripts a year|combatants;n=conscripts]] for
    {{18 months}}. [[More than 40,000 men|other]] paid a compensation fee of up to {{60%}} of a
    monthly wage to obtain their military card last year.""",
)

item(
    "Venezuelan children among recruits in Catatumbo",
    """CUCUTA (AFP) - [[At least 100 Venezuelan children|combatants;a=the Ombudsman's Office]]
    have been recruited by the ELN guerrillas and FARC dissidents in the Catatumbo region,
    according to the Ombudsman's Office. Fighting between the two groups since January has
    displaced [[more than 50,000 people|displaced]], [[at least 80|killed]] have been killed and
    [[more than 30|injured]] wounded. The army said [[six minors|other;a=The army]] had handed
    themselves over to troops near Tibu. In Cucuta, [[more than 3,000 families|displaced]] are
    sheltering with relatives or in [[five schools|capacity]] turned into shelters. Recruiters
    offer boys aged {{13 to 15}} about {{1 million pesos}} a month, local leaders said.""",
)

item(
    "Colombian veterans recruited to fight in Sudan's war",
    """BOGOTA (Reuters) - Colombia's foreign ministry said [[more than 300 Colombian former
    soldiers|combatants;a=Colombia's foreign ministry]] had been recruited by private firms to
    fight in Sudan for the Rapid Support Forces, and [[at least 22|killed;a=Colombia's foreign
    ministry]] had been killed. Many were told they would guard oil fields in the Gulf for about
    {{$2,600}} a month. [[Some 10,000 soldiers|other]] leave Colombia's army each year, often
    after {{20 years}} of service. President Gustavo Petro said [[about 40
    men|returned;a=President Gustavo Petro]] had been brought home via Chad. Police have
    arrested [[four recruiters|arrested;a=the police]] in Bogota and Medellin, the police
    said.""",
)

item(
    "South Korea's pop stars and the draft",
    """Jin, the oldest member of BTS, finished his {{18 months}} of army service in June
    {{2024}}, aged {{31}}. Under a {{2020}} amendment, pop stars honoured by the government may
    defer enlistment until {{30}}. Olympic and Asian Games gold medallists are exempted, a rule
    extended to athletes in {{2018}}. In a Gallup Korea poll, {{60.9%}} of respondents backed an
    exemption for BTS.""",
)
