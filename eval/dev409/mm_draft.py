"""dev409 items: the whole country from the centre (conscription and the young men who flee to
Thailand, amnesties and political prisoners, defections, the March 2025 earthquake and the
strikes that went on after it, the monitors' running totals)."""

from _wrap import item

item(
    "Junta to call up 5,000 a month under conscription law",
    """Myanmar's military government will begin calling up [[5,000 people a month|combatants;p;a=Zaw
    Min Tun]] in {{April}} under a long-dormant conscription law, junta spokesman Zaw Min Tun said
    on Saturday. He said the intake would total [[60,000 a year|combatants;p;n=-;a=Zaw Min Tun]]. [[About
    13 million people|civilians;a=Zaw Min Tun]] are eligible, he said, though women will not be
    called in the {{first rounds}}. Men aged {{18 to 35}} and women aged {{18 to 27}} must serve for
    up to {{two years}}, or {{five years}} during a state of emergency. The announcement sent
    [[thousands of young people|other]] to queue outside the Thai embassy in Yangon for visas on
    Monday. In Mandalay, [[two women|killed;a=police]] died in a crush at the passport office before
    dawn and [[about a dozen people|injured;a=police]] were hurt, police said. Rights groups said [[more than 1,000 young men|displaced;a=Rights groups]]
    had crossed into Thailand in the {{first week}} alone.""",
)

item(
    "Draft drives young men across the Moei to Mae Sot",
    """Thai officials in Tak province estimate that [[about 1,500 people a day|displaced;a=Thai
    officials in Tak province]] have been crossing from Myawaddy to Mae Sot since the draft began,
    many of them young men without papers. Immigration police arrested [[342 Myanmar
    nationals|arrested;a=a police spokesman]] for illegal entry in {{March}} and sent [[about
    190|returned;a=a police spokesman]] back across the Friendship Bridge, a police spokesman said.
    Labour rights groups estimate [[more than 150,000 young people|displaced;a=Labour rights groups]]
    have moved to Thailand since {{February 2024}} to escape conscription. A {{24-year-old}} from
    Monywa said he had paid a broker {{3 million kyat}} for the crossing and a forged work card.
    Thailand issued [[about 400,000 work permits|other;u=other;a=the labour ministry]] to Myanmar
    nationals in {{2024}}, the labour ministry said. [[Seven men|missing;a=relatives]] whose boat
    overturned on the Moei in {{June}} have not been found, relatives said.""",
)

item(
    "Police and ward officials snatch young men for the army",
    """Police and ward officials in Yangon and Mandalay have seized [[at least 250 young
    men|kidnapped;a=Myanmar Now]] off the streets and from tea shops since {{April}} and handed them
    to recruiting officers, according to a tally by Myanmar Now. Families said [[about
    60|kidnapped;a=Families]] were freed after paying bribes of up to {{5 million kyat}}. The junta
    said in {{December}} that [[more than 35,000 conscripts|combatants;a=The junta]] had finished
    training in the {{first eight batches}}, and that the {{ninth}}, of [[about 5,000
    recruits|combatants;p;a=The junta]], would start in {{January}}. Resistance groups say [[at least
    1,200 conscripts|arrested;a=Resistance groups]] have been captured on the front lines since
    mid-{{2024}}. The NUG said [[about 70 conscripts|combatants;a=The NUG]] had defected to the
    resistance in Sagaing alone.""",
)

item(
    "Junta frees 9,652 prisoners in Independence Day amnesty",
    """Myanmar's military government pardoned [[9,652 prisoners|arrested;a=state media]] to mark
    the {{76th}} anniversary of independence on {{January 4}}, state media reported, and said [[114
    foreigners|returned;p;a=state media]] among them would be deported. The Assistance Association
    for Political Prisoners said only [[about 140|arrested;a=Assistance Association for Political
    Prisoners]] of those freed were political prisoners. Outside Insein prison in Yangon,
    [[hundreds of relatives|other]] waited at the gates from dawn. The junta also commuted the death
    sentences of [[some 125 prisoners|arrested]] to life in prison. The AAPP says [[more than 25,000
    people|arrested;a=The AAPP]] have been arrested since the coup, and that [[about
    19,800|arrested;a=The AAPP]] remain in detention.""",
)

item(
    "Monitoring group says junta has killed 6,232 since the coup",
    """The Assistance Association for Political Prisoners said on Monday that [[6,232
    people|killed;a=Assistance Association for Political Prisoners]] had been killed by the military
    and its allies since {{February 1, 2021}}. The group, which counts only deaths it can verify,
    said [[more than 29,000|arrested;a=The group;alt=Assistance Association for Political
    Prisoners]] had been arrested and [[21,834|arrested;a=The group;alt=Assistance Association for
    Political Prisoners]] remained in detention. It said [[182 prisoners|arrested;a=Assistance Association
    for Political Prisoners]] were on death row, among them [[two women|arrested;a=Assistance
    Association for Political Prisoners]]. The junta executed [[four activists|killed]], including
    the former lawmaker Phyo Zeya Thaw, in {{July 2022}}, the country's {{first}} executions in
    {{more than 30 years}}. Data for Myanmar says the true number of civilian deaths is likely to
    be far higher.""",
)

item(
    "Freed from Obo prison: forty men in a cell built for fifteen",
    """Ko Thet Naing, {{29}}, was one of [[about 180 political prisoners|arrested;a=the AAPP]] freed
    from Obo prison in Mandalay in the {{April}} amnesty, according to the AAPP. He said [[40
    inmates|arrested;a=Ko Thet Naing]] shared a cell built for [[15|capacity;a=Ko Thet Naing]], and
    that they slept in shifts. [[Three of his cellmates|killed;a=Ko Thet Naing]] died of untreated
    illness in {{2024}}, he said. [[Twelve|arrested;a=a lawyer]] of those released with him were
    rearrested at the prison gate, a lawyer said. He had served {{three years}} of a {{20-year}}
    sentence for incitement under {{Section 505A}} of the penal code. The prison, built for
    [[about 2,000 inmates|capacity;a=former detainees]], held [[more than 5,000|arrested;a=former
    detainees]] at the time of the amnesty, former detainees say.""",
)

item(
    "Quake toll rises to 3,649; foreign teams dig in Mandalay",
    """The death toll from the {{March 28}} earthquake has risen to [[3,649|killed;a=the junta]], with
    [[5,018 people|injured;a=the junta]] injured and [[145|missing;a=the junta]] still missing, the
    junta said on Thursday. In Mandalay, [[about 60 monks|killed;a=a monks' association]] died when
    an examination hall collapsed on them, a monks' association said. The UN said [[more than 48,000
    homes|housing;a=The UN]] had been destroyed or damaged and [[about 200,000
    people|displaced;a=The UN]] were sleeping outdoors or in tents. [[More than 1,500 foreign
    rescuers|other;a=the junta's information ministry]] from China, India, Russia and elsewhere had
    joined the search, the junta's information ministry said. [[About 1,400
    monasteries|housing;u=structure;a=the religious affairs ministry]] and [[670
    pagodas|housing;u=structure;a=the religious affairs ministry]] were damaged, the religious
    affairs ministry said.""",
)

item(
    "Military kept up attacks after the quake, UN rights office says",
    """The UN human rights office said it had recorded [[at least 61 attacks|other;u=other;a=The UN
    human rights office]] by the military in the {{two weeks}} after the earthquake, including
    [[16|other;u=other;a=The UN human rights office]] after the junta declared a ceasefire on {{April
    2}}. The attacks killed [[at least 68 civilians|killed;a=the office;alt=UN human rights office]]
    and wounded [[more than 100|injured;a=the office;alt=UN human rights office]], the office said. In Naungcho township, in northern Shan, a strike {{three hours}} after the quake
    killed [[seven people|killed]]. The TNLA said troops had fired warning shots at a convoy of
    [[nine trucks|aid;a=The TNLA]] from the Chinese Red Cross heading to Mandalay. The NUG said
    [[about 7,000 people|displaced;a=The NUG]] in Sagaing had fled air strikes since the quake.""",
)

item(
    "What the conscription law says",
    """The People's Military Service Law, passed in {{2010}} but not enforced until {{February 10,
    2024}}, requires men aged {{18 to 35}} and women aged {{18 to 27}} to serve for up to {{two
    years}}. Professionals such as doctors and engineers can be called up to the age of {{45}} and
    must serve for {{three years}}. During a state of emergency, service can be extended to {{five
    years}}. Evading the draft carries a prison term of {{three to five years}} and a fine. Monks and
    nuns are exempt.""",
)

item(
    "Second phase of junta's election held amid boycott",
    """Voting in the {{second}} phase of the junta's election took place on {{January 11}}, {{two
    weeks}} after the {{first}} on {{December 28}}. The election commission put turnout at {{52%}}
    in the {{first}} phase, down from {{more than 70%}} in {{2020}}. The Union Solidarity and
    Development Party won {{about 85%}} of the contested seats, according to official results.
    Voting was not held in {{more than half}} of Sagaing's townships. The {{third}} and final phase
    is set for {{January 25}}.""",
)

item(
    "Thailand deports 1,240 Myanmar nationals; men handed to recruiters",
    """Thailand deported [[1,240 Myanmar nationals|returned;a=Thailand's immigration bureau]] through
    the Mae Sot crossing in {{September}}, Thailand's immigration bureau said. Human Rights Watch said
    [[at least 80 of the men|kidnapped;a=Human Rights Watch]] had been handed to army recruiters on
    arrival in Myawaddy, and that [[about 300|arrested;a=Human Rights Watch]] were held for
    questioning by police. Thailand has [[about 2.3 million registered Myanmar workers|other;a=the
    labour ministry]], according to the labour ministry, and rights groups estimate [[another 2
    million|other;a=rights groups]] are undocumented. [[About 90,000 refugees|displaced;a=the UN
    refugee agency]] from Myanmar live in [[nine border camps|capacity;a=the UN refugee agency]], the
    UN refugee agency says, most of them Karen and Karenni who arrived in the {{1980s}} and
    {{1990s}}.""",
)

item(
    "In numbers: five years since the coup",
    """{{Five years}} after the military seized power on {{February 1, 2021}}, here is the toll as
    monitors report it. The AAPP has documented [[7,612 people|killed;a=The AAPP]] killed by the
    junta and its allies, and [[22,480|arrested;a=The AAPP]] still in detention. OCHA says [[3.6
    million people|displaced;a=OCHA]] are displaced inside the country and [[19.9
    million|civilians;a=OCHA]] need humanitarian aid. Data for Myanmar counts [[about 110,000
    houses|housing;a=Data for Myanmar]] burned or destroyed since the coup. UNHCR says [[about 1.3m
    people|displaced;a=UNHCR]] from Myanmar are refugees or asylum seekers abroad. ACLED has recorded
    [[more than 4,000 air strikes|other;u=other;a=ACLED]] since {{2021}}. The NUG says [[about 14,000
    soldiers and police|combatants;n=soldiers and police;a=The NUG]] have defected.""",
)

item(
    "Defections rose after the draft began, support group says",
    """People's Embrace, which helps soldiers and police leave the military, said [[about 3,200
    members|combatants;a=People's Embrace]] of the security forces defected in {{2025}}, up from
    [[2,400|combatants;a=People's Embrace]] the year before. {{Nearly a third}} of them were
    conscripts, it said. The group has helped [[about 1,100 family members|displaced;a=The
    group;alt=People's Embrace]] of defectors move to resistance-held areas. The junta says [[fewer
    than 500|combatants;a=The junta]] have deserted. Captain Zaw Htet defected in {{October}} with
    [[14 of his men|combatants]] from a base near Monywa. [[More than 400,000 civil
    servants|other;a=the NUG]] joined the civil disobedience movement after the coup, according to
    the NUG.""",
)

item(
    "Police detain parents of young men who skip the draft",
    """Police in Sagaing and Magway have detained [[at least 45 parents|arrested;a=the AAPP]] of
    young men who failed to report for military service, the AAPP said. [[Eight|arrested;a=the
    group;alt=AAPP]] were released after their sons reported to the recruiting office, the group
    said. Ward administrators have been ordered to supply [[10 recruits|combatants;p]] each by the
    end of the month. Resistance groups have killed [[at least 37 administrators|killed;a=ISP-Myanmar]]
    accused of drawing up draft lists, according to ISP-Myanmar. [[About 2,000 young
    men|displaced;a=local groups]] from Monywa district have fled to resistance areas, local groups
    say. State media said [[about 120 draft evaders|arrested;a=State media]] had been sentenced to
    prison.""",
)

item(
    "January amnesty frees 6,100; few political prisoners among them",
    """The military-backed government freed [[more than 6,100 prisoners|arrested;a=MRTV]] on
    {{January 4}}, MRTV reported, and [[about 40 foreigners|returned;p;a=MRTV]] among them will be
    deported. Charges were dropped against [[about 2,300 people|arrested;a=MRTV]] accused of
    supporting the resistance, it said. The AAPP said it had confirmed the release of [[fewer than
    200 political prisoners|arrested;a=The AAPP]]. Aung San Suu Kyi, {{80}}, remained in detention. At
    Mandalay's Obo prison, [[about 90|arrested;a=a lawyer]] were freed by {{8pm}}, a lawyer said. The
    AAPP estimates that [[about 22,000 people|arrested;a=The AAPP]] remain behind bars.""",
)

item(
    "Quake survivors face the monsoon in tents",
    """[[More than 60,000 people|displaced;a=the IFRC]] are still living in tents in Mandalay and
    Sagaing {{three months}} after the earthquake, the IFRC said. The Myanmar Red Cross Society said
    it had distributed [[about 4,000 tents|aid;a=The Myanmar Red Cross Society]] and [[12,000 hygiene
    kits|aid;a=The Myanmar Red Cross Society]]. Many of the [[54 camps|capacity]] in Mandalay were
    built for [[about 500 people|capacity]] each and now hold {{twice}} that. [[About 9,000
    households|displaced;a=city officials]] are waiting for new homes, city officials said. The
    junta said it had rebuilt [[320 houses|housing;a=The junta]] and planned [[2,000
    more|housing;p;n=-;u=structure;a=The junta]] by {{December}}.""",
)
