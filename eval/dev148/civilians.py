"""Civilians: Airwars, ACLED, UNAMA and the UN monitoring mission in Ukraine, the Syrian Network
for Human Rights, national human rights commissions and ombudsmen counting civilians killed,
injured, abducted, arrested and missing, and the incidents and claims behind the counts (8
texts with figures)."""

from _wrap import item

item(
    "Airwars logs 1,620 civilian harm incidents in Gaza in a single month",
    """Airwars said on Monday it had logged [[1,620 locally reported
    incidents|other;u=other;a=Airwars]] of civilian harm from Israeli military action in Gaza
    in {{October 2023}} alone, more than in any single month of any campaign the London-based
    monitor has tracked since it was founded in {{2014}}. In the [[350
    incidents|other;u=other;a=the group;alt=Airwars]] it has so far fully assessed, [[between
    3,010 and 3,350 civilians|killed;a=the group;alt=Airwars]] were likely killed, including
    [[at least 1,300 children|killed;a=the group;alt=Airwars]], the group said. Strikes on
    homes sheltering displaced relatives accounted for [[62 of the assessed
    incidents|other;u=other]]. By comparison, Airwars attributed [[between 8,190 and 13,200
    civilian deaths|killed;a=Airwars]] to the US-led coalition's entire campaign against
    Islamic State in Iraq and Syria from {{2014 to 2019}}. Gaza's health ministry, whose
    figures do not distinguish civilians from fighters, reported [[more than 8,500
    deaths|killed;a=Gaza's health ministry]] for the same month. The Israeli military said it
    takes feasible precautions to mitigate civilian harm and that Hamas embeds itself among
    civilians.""",
)

item(
    "ACLED: Burkina Faso's civilian death toll hit record in 2023",
    """Armed groups and state forces killed [[at least 2,700 civilians|killed;a=the Armed
    Conflict Location & Event Data Project (ACLED)]] in Burkina Faso in {{2023}}, according to
    the Armed Conflict Location & Event Data Project (ACLED), more than in any year since the
    crisis began. ACLED attributed [[1,100 of those deaths|killed;a=ACLED]] to the army and its
    civilian auxiliaries, the Volunteers for the Defence of the Homeland, and most of the rest
    to JNIM and Islamic State Sahel Province. In the deadliest single incident, soldiers killed
    [[at least 156 villagers|killed;a=Human Rights Watch]] in Zaongo in November, according to
    Human Rights Watch. Across the central Sahel, ACLED recorded [[4,600 political violence
    events|other;u=other;a=ACLED]] in the year, up from [[3,900|other;u=other;a=ACLED]] in
    {{2022}}, and [[more than 8,000 reported fatalities|killed;a=ACLED]] in Burkina Faso alone,
    fighters included. The junta rejects such figures and has suspended several foreign media
    outlets that reported them. The government says [[more than 2 million
    people|displaced;a=The government]] have been displaced, though it stopped publishing
    figures in {{March 2023}}.""",
)

item(
    "Afghan civilian casualties hit record in 2016, UN says",
    """The UN Assistance Mission in Afghanistan documented [[11,250 civilian
    casualties|killed;a=The UN Assistance Mission in Afghanistan]] in {{2016}}, [[3,412
    deaths|killed;a=The UN Assistance Mission in Afghanistan]] and [[7,838
    injuries|injured;a=The UN Assistance Mission in Afghanistan]], the highest number since it
    began systematic recording in {{2009}}. Child casualties rose by {{24%}} to
    [[3,480|killed;a=UNAMA]], including [[911 children|killed;a=UNAMA]] killed, UNAMA said.
    Anti-government elements, mainly the Taliban, were responsible for {{61%}} of all
    casualties, and pro-government forces for {{24%}}. Ground fighting caused the most harm,
    followed by improvised explosive devices and suicide and complex attacks, which killed or
    injured [[2,131 civilians|killed]] in Kabul alone. Aerial operations by Afghan and
    international forces caused [[590 civilian casualties|killed;a=the mission;alt=The UN
    Assistance Mission in Afghanistan]], nearly double the year before, the mission said.""",
)

item(
    "Ukraine civilian toll in June highest in three years, UN monitors say",
    """[[At least 164 civilians|killed;a=the UN Human Rights Monitoring Mission in Ukraine]]
    were killed and [[1,020|injured;q=at_least;a=the UN Human Rights Monitoring Mission in
    Ukraine]] injured in Ukraine in June, the UN Human Rights Monitoring Mission in Ukraine said
    on Thursday, the highest monthly toll in {{three years}}. Most of the casualties were
    caused by long-range missiles and loitering munitions striking cities far from the front
    line, including [[28 people|killed]] killed in a single attack on an apartment block in
    Kyiv. Short-range drones killed [[41 civilians|killed;a=the mission;alt=the UN Human Rights
    Monitoring Mission in Ukraine]] in front-line towns, most of them in the Kherson and
    Donetsk regions, the mission said. [[Nine|killed]] of the dead were children. Since
    {{February 2022}}, the mission has verified [[13,580 civilians|killed;a=the mission;alt=the
    UN Human Rights Monitoring Mission in Ukraine]] killed, among them [[702
    children|killed;a=the mission;alt=the UN Human Rights Monitoring Mission in Ukraine]], and
    [[34,000|injured;a=the mission;alt=the UN Human Rights Monitoring Mission in Ukraine]]
    injured, while noting that the actual figures are likely considerably higher,
    particularly in areas under Russian occupation such as Mariupol. Russian officials say
    Ukrainian shelling and drone attacks killed [[dozens of civilians|killed;a=Russian
    officials]] in the Belgorod and Kursk regions over the same month, claims the mission
    could not independently verify. The mission, which has monitored the conflict since
    {{2014}}, interviews victims and witnesses and visits the sites of attacks before it adds a
    death to its count. Ukraine's prosecutor-general's office, which uses a wider definition,
    puts the number of children killed at [[more than 600|killed;a=Ukraine's prosecutor-general's
    office]]. The June toll was {{37%}} higher than May's. Older people made up a growing
    share of the dead in front-line towns, where many of those who stayed behind are {{over
    60}}, the mission said. Moscow denies targeting civilians.""",
)

item(
    "Syrian monitor documents 165 civilian deaths in March",
    """The Syrian Network for Human Rights documented the deaths of [[165
    civilians|killed;a=The Syrian Network for Human Rights]] in Syria in March, including [[24
    children|killed;a=The Syrian Network for Human Rights]] and [[11 women|killed;a=The Syrian
    Network for Human Rights]], and the arbitrary arrest of [[at least 210
    people|arrested;a=The Syrian Network for Human Rights]], the monitoring group said in its
    monthly report. Of the civilian deaths, [[62|killed]] were attributed to unidentified
    gunmen and [[38|killed]] to landmines and other explosive remnants left from {{14 years}}
    of war. The group said it had been unable to verify reports of [[a further 40
    deaths|killed;a=The group;alt=The Syrian Network for Human Rights]] in the coastal region
    because of restrictions on access. It called on the transitional authorities to open the
    records of former security branches to families of the disappeared.""",
)

item(
    "Kenya rights commission raises protest death toll to 60",
    """The Kenya National Commission on Human Rights said on Monday that [[60 people|killed;a=The
    Kenya National Commission on Human Rights]] had been killed since anti-tax protests began in
    June, up from [[39|killed;a=The Kenya National Commission on Human Rights]] in its previous
    update, and that [[74 people|kidnapped;a=The Kenya National Commission on Human Rights]] had
    been abducted or had disappeared, [[26|missing;a=The Kenya National Commission on Human
    Rights]] of whom are still missing. The commission also recorded [[1,376
    arrests|arrested;a=The commission;alt=The Kenya National Commission on Human Rights]] and
    [[627 injuries|injured;a=The commission;alt=The Kenya National Commission on Human
    Rights]], many of them from live ammunition. Police spokesman Resila Onyango said officers
    had acted within the law and that [[85 police officers|injured;a=Police spokesman Resila
    Onyango]] had been injured by protesters.""",
)

item(
    "Colombia's ombudsman and Indepaz differ on killings of social leaders",
    """The Ombudsman's Office recorded [[181 killings|killed;a=The Ombudsman's Office]] of
    social leaders and human rights defenders in Colombia last year, while the think tank
    Indepaz counted [[173|killed;a=the think tank Indepaz;alt=Indepaz]], a gap both attribute
    to differing definitions. Both put Cauca, Antioquia and Valle del Cauca at the top of the
    list. Indepaz also counted [[76 massacres|other;u=other;a=Indepaz]], which it defines as
    the killing of {{three or more people}} in a single event, leaving [[267
    dead|killed;a=Indepaz]]. [[At least 31 former FARC combatants|killed;a=the UN verification
    mission]] who signed the {{2016}} peace deal were also killed, the UN verification mission
    said, bringing the total since the accord to [[more than 440|killed;a=the UN verification
    mission]]. In Catatumbo, where the ELN launched an offensive against FARC dissidents in
    January, the Ombudsman's Office said [[more than 50,000 people|displaced;a=the Ombudsman's
    Office]] had fled their homes.""",
)

item(
    "Nigeria rights commission counts 1,124 killed in three months",
    """Nigeria's National Human Rights Commission said [[1,124 people|killed;a=Nigeria's
    National Human Rights Commission]] were killed in violent incidents across the country
    between July and September, [[416 of them|killed;n=-;a=Nigeria's National Human Rights
    Commission]] in the northwest, where armed gangs known locally as bandits raid villages
    and kidnap for ransom. The commission's quarterly dashboard also recorded [[683
    abductions|kidnapped;a=The commission's quarterly dashboard;alt=Nigeria's National Human
    Rights Commission]], [[210 of them|kidnapped;n=-;a=The commission's quarterly
    dashboard;alt=Nigeria's National Human Rights Commission]] in Zamfara alone. Security
    forces killed [[155 suspected bandits and insurgents|killed;n=bandits and
    insurgents;a=the report;alt=Nigeria's National Human Rights Commission]] in the period,
    according to the report, which draws on media monitoring and the commission's state
    offices. In Benue and Plateau, clashes between herders and farmers left [[97
    people|killed;a=the commission;alt=Nigeria's National Human Rights Commission]] dead and
    [[more than 6,000|displaced;a=the commission;alt=Nigeria's National Human Rights
    Commission]] homeless, the commission said.""",
)
