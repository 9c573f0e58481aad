"""Items of dev258: Georgia, Serbia and Iran."""

from _wrap import item

item(
    "Georgia: hundreds detained as EU protests enter second week",
    """Georgia's interior ministry said on Friday that [[402 people|arrested;a=Georgia's interior
    ministry]] had been detained since protests began on {{November 28}} over the government's
    decision to suspend EU accession talks until {{2028}}. The ministry said
    [[156 police officers|injured;a=The ministry;alt=Georgia's interior ministry]] had been injured by
    fireworks and stones. The Public Defender, Levan Ioseliani, said
    [[more than 300 detainees|arrested;a=The Public Defender, Levan Ioseliani]] showed signs of
    beatings and that [[80|injured;a=The Public Defender, Levan Ioseliani]] had been taken to hospital.
    The Georgian Young Lawyers' Association said [[at least 48 journalists|injured;a=The Georgian Young
    Lawyers' Association]] had been hurt while covering the rallies on Rustaveli Avenue. Courts
    have handed [[about 200 protesters|arrested]] administrative sentences of up to {{60 days}}.""",
)

item(
    "Georgian opposition leaders jailed after presidential palace storming attempt",
    """A Tbilisi court on Monday remanded [[five opposition figures|arrested]] in custody over
    an attempt by protesters to storm the presidential palace on {{October 4}}, the day of local
    elections. The interior ministry said [[21 police officers|injured;a=The interior ministry]] and
    [[at least 15 protesters|injured;a=The interior ministry]] had been injured when riot police
    used water cannon and pepper spray, and that [[63 people|arrested;a=The interior ministry]] had
    been detained. Prosecutors said the accused face up to {{nine years}} in prison for organising
    group violence. Prime Minister Irakli Kobakhidze said [[about 7,000 people|other;a=Prime
    Minister Irakli Kobakhidze]] had gathered at the rally, while organisers put the crowd at
    [[tens of thousands|other;a=organisers]]. The ruling party won {{81%}} of the municipal vote,
    according to the election commission.""",
)

item(
    "Georgia: rights groups count political prisoners a year after crackdown",
    """A year after the protests began, Georgian rights groups say [[62 people|arrested;a=Georgian
    rights groups]] are behind bars on charges linked to the demonstrations, most of them sentenced
    to between {{two and five years}}. Transparency International Georgia said
    [[more than 600 people|arrested;a=Transparency International Georgia]] had been detained at some
    point and [[at least 510|other;a=Transparency International Georgia]] fined under the amended
    administrative code, with fines totalling over {{GEL 2.5 million}}. [[Twelve
    journalists|arrested]] have been detained, among them Mzia Amaglobeli, who was sentenced to
    {{two years}} in {{August}}. Amnesty International said it had documented
    [[over 300 cases|injured;a=Amnesty International;u=person]] of torture and ill-treatment. The
    government has pardoned [[no more than 4 detainees|arrested]].""",
)

item(
    "Tbilisi: students shelter in university as police clear Rustaveli",
    """[[Hundreds of students|displaced]] spent the night inside the main building of Tbilisi State
    University after riot police cleared Rustaveli Avenue shortly after {{1am}} on Sunday, students
    said. The university's rector said the building could hold [[about 500 people|capacity;a=The
    university's rector]] safely. Volunteers brought in [[300 sleeping bags|aid]] and food. The
    Georgian Red Cross said it had treated [[44 people|injured;a=The Georgian Red Cross]] for tear gas
    exposure, [[seven|injured;a=The Georgian Red Cross]] of them in hospital. The interior ministry said
    [[27 people|arrested;a=The interior ministry]] were detained overnight and that
    [[about 2,000 riot police|combatants;a=The interior ministry]] had been deployed.""",
)

item(
    "Serbia: canopy collapse anniversary draws huge crowd to Novi Sad",
    """[[Tens of thousands of people|other]] marched into Novi Sad on Saturday to mark
    a year since the railway station canopy collapsed on {{November 1}}, {{2024}}, killing
    [[16 people|killed]]. Police said [[about 39,000|other;a=Police]] attended, while the independent
    Archive of Public Gatherings put the figure at [[110,000|other;a=the independent Archive of
    Public Gatherings]]. The crowd stood in silence for {{16 minutes}} at {{11.52am}}, the time of
    the collapse. Students who walked from Belgrade, a journey of {{80km}}, were greeted by
    [[thousands of residents|other]]. [[Thirteen people|arrested;a=prosecutors]], including a former
    minister, have been charged over the collapse, prosecutors said. Police said
    [[two officers|injured;a=Police]] were hurt in scuffles near the ruling party's office.""",
)

item(
    "Serbia: clashes as government loyalists and protesters face off",
    """Serbian police said [[more than 80 officers|injured;a=Serbian police]] had been hurt and
    [[over 300 people|arrested;a=Serbian police]] detained in a week of clashes between anti-government
    protesters and supporters of President Aleksandar Vucic in Novi Sad, Valjevo, Vrbas and Backa
    Palanka. Interior Minister Ivica Dacic said [[47 people|arrested;a=Interior Minister Ivica
    Dacic]] remained in custody. Student groups said [[dozens of protesters|injured;a=Student
    groups]] had been beaten by masked men. In Valjevo, offices of the ruling Serbian Progressive
    Party were set on fire, and in Vrbas [[two local party offices|housing;u=structure;n=offices]]
    were ransacked. Dacic said [[up to 2,000 gendarmes|combatants;a=Dacic;p]] would be sent to the
    towns.""",
)

item(
    "Serbian students end blockade of state broadcaster",
    """Students lifted their blockade of the RTS state broadcaster in Belgrade on {{April 28}}
    after {{14 days}}, and said they would resume classes at {{62}} of the country's {{80}}
    faculties. Teachers' unions said more than {{70%}} of schools had joined strikes in {{March}}. The
    government offered a {{20%}} cut in university fees, worth {{RSD 3.6 billion}}. Prime Minister
    Milos Vucevic resigned on {{January 28}}, {{2025}}.""",
)

item(
    "Serbia: sound cannon inquiry hears from injured protesters",
    """A citizens' inquiry in Belgrade heard on Wednesday from some of the
    [[more than 4,000 people|injured;a=the Belgrade Centre for Human Rights]] who the Belgrade Centre
    for Human Rights says reported symptoms after a suspected sound device was used on a silent
    protest of {{March 15}}. The centre said [[about 1,100|injured;a=The centre;alt=the Belgrade Centre
    for Human Rights]] had sought medical help. The government denied using any such weapon and said
    police had [[as many as 5,000 officers|combatants;a=The government]] on duty. Organisers said
    [[between 275,000 and 325,000 people|other;a=Organisers]] took part in the rally, the largest in
    the country's history. Police said [[56 people|arrested;a=Police]] were detained that night and [[22 officers|injured;a=Police]] slightly hurt.""",
)

item(
    "Iran: rights group says hundreds killed as currency protests spread",
    """The Norway-based group Iran Human Rights (IHR) said on Tuesday that
    [[at least 648 protesters|killed;a=The Norway-based group Iran Human Rights (IHR)]] had been
    killed by security forces since demonstrations over the collapse of the rial began on
    {{December 28}}, including [[nine children|killed;a=The Norway-based group Iran Human Rights
    (IHR)]]. The group said the real toll could be [[several thousand|killed;a=The group;alt=Iran
    Human Rights]], as an internet shutdown had made verification difficult. HRANA, another
    monitor, said [[more than 10,700 people|arrested;a=HRANA]] had been arrested in
    [[186 cities|other;a=HRANA;u=other]]. Iranian state media said [[about 100 members|killed;a=Iranian
    state media]] of the security forces had been killed by "rioters". The rial traded at
    {{1.45 million}} to the dollar.""",
)

item(
    "Iranian Kurds flee raids into Iraqi Kurdistan",
    """[[About 2,300 Iranian Kurds|displaced;a=the Kurdistan Region's Joint Crisis Coordination
    Centre]] have crossed into Iraq's Kurdistan Region since security forces began house-to-house
    raids in Piranshahr, Javanrud and Mahabad, the Kurdistan Region's Joint Crisis Coordination
    Centre said on Sunday. The centre said [[640 families|displaced;a=The centre;alt=the Kurdistan
    Region's Joint Crisis Coordination Centre]] had been registered and that the Barika camp near
    Sulaymaniyah, built for [[about 1,500 people|capacity;a=The centre;alt=the Kurdistan Region's Joint
    Crisis Coordination Centre]], was nearly full. UNHCR said it had sent [[1,000 tents|aid;a=UNHCR]]
    and [[4,000 blankets|aid;a=UNHCR]]. The Hengaw rights group said [[27 people|killed;a=The Hengaw
    rights group]] had been shot dead in Kurdish towns, among them a {{16-year-old}}, and that
    [[more than 400|arrested;a=The Hengaw rights group]] had been detained. Families of
    [[at least 60 detainees|missing]] say they have no word of them. Hengaw is
    based in Oslo.""",
)

item(
    "Iran returns bodies to families on condition of silent burials",
    """Iranian authorities have released the bodies of [[about 250 people|killed;a=rights
    groups]] killed in the protests to their families, rights groups said, on condition that they
    hold night-time burials with no more than a handful of mourners. Amnesty International said
    families in Zahedan and Izeh had been asked to pay up to {{$7,000}} to recover bodies, and that
    [[at least 31 bodies|killed;a=Amnesty International]] had been buried by the authorities
    without the families' consent. At Behesht-e Zahra cemetery, witnesses saw
    [[more than 70 fresh graves|killed;u=other;n=graves]] in a single section. The judiciary said
    [[2,400 detainees|arrested;a=The judiciary]] had been freed on bail, and that
    [[about 1,900|arrested;a=The judiciary]] would be tried for "waging war against God", which
    carries the death penalty. Rights groups said [[more than 30 relatives|arrested;a=Rights groups]] of the dead had been detained for speaking to foreign media.""",
)

item(
    "Iran: security forces deployed in Tehran bazaar after strikes",
    """Iran deployed [[thousands of riot police|combatants]] and Basij militia members around
    Tehran's Grand Bazaar on Monday after shopkeepers went on strike over the fall of the rial,
    witnesses said. The Revolutionary Guards said [[some 12,000 Basij volunteers|combatants;a=The
    Revolutionary Guards]] were on duty in the capital. HRANA said merchants had shut
    [[more than 3,000 shops|other;a=HRANA;u=structure]] in the bazaar and that
    [[at least 52 traders|arrested;a=HRANA]] had been detained. Police said
    [[two officers|killed;a=Police]] were stabbed to death in Karaj and [[19|injured;a=Police]] hurt.
    The government promised a monthly handout of {{IRR 10 million}} to [[20 million low-income
    people|aid;n=people;a=The government;p]] from {{February}}.""",
)

item(
    "Iran's judiciary issues first death sentences over protests",
    """A revolutionary court in Tehran sentenced [[three men|arrested]] to death on Saturday over
    the killing of a Basij member during the protests, the judiciary's Mizan news agency said, and
    jailed [[11 others|arrested;a=the judiciary's Mizan news agency]] for between
    {{five and 15 years}}. Amnesty International said [[at least 22 people|arrested;a=Amnesty
    International]] were at risk of execution over the unrest, [[two|arrested;a=Amnesty
    International]] of them under {{18}} at the time of arrest. The court gave them {{20 days}} to
    appeal. Lawyers said [[about 40 defendants|arrested;a=Lawyers]] had been tried without counsel of their choice. Outside the court, [[a few thousand relatives|other]] gathered in the rain.""",
)

item(
    "Iran: internet blackout cut off 85 million",
    """Iran's nationwide internet shutdown, in its {{ninth day}} on Friday, has cut
    [[about 85 million people|civilians;a=NetBlocks]] off from the world, NetBlocks said, and cost
    the economy an estimated {{$37 million}} a day. Connectivity stood at {{3%}} of normal levels.
    Doctors in Shiraz told the BBC that [[over 150 wounded|injured;a=Doctors in Shiraz]] had been
    brought to their hospitals in {{two nights}}, some with pellet wounds to the eyes. The Iran
    Medical Council said [[32 doctors and nurses|arrested;a=The Iran Medical Council;n=doctors and
    nurses]] had been detained for treating protesters in private clinics. Relatives said [[at least 14 people|killed;a=Relatives]] had been shot dead in Shiraz and [[about 200|arrested;a=Relatives]] detained. Iran's judiciary said [[3,100 suspects|arrested;a=Iran's judiciary]] were in custody nationwide.""",
)

item(
    "Iran: anniversary of Mahsa Amini's death passes quietly",
    """The {{third}} anniversary of Mahsa Amini's death in custody passed on {{September 16}} without
    large protests, as security forces watched her hometown of Saqqez. Amini was {{22}}. The UN
    fact-finding mission said in {{2024}} that her death was caused by physical violence. Her father
    was briefly detained on the {{first}} anniversary in {{2023}}. The rial lost {{40%}} of its value
    in {{2025}}.""",
)

item(
    "Georgia: Batumi residents trapped by police cordon, ombudsman says",
    """[[About 3,000 residents|civilians;a=Georgia's Public Defender]] of apartment blocks around
    Batumi's Europe Square were unable to leave their homes for most of Sunday night as riot police
    sealed off the area, Georgia's Public Defender said. Police detained [[34 people|arrested;a=the
    interior ministry]], [[nine|arrested;a=the interior ministry]] of them women, the interior ministry
    said, and [[roughly 800 officers|combatants;a=the interior ministry]] were brought in from Kutaisi
    and Tbilisi. Emergency services said [[17 protesters|injured;a=Emergency services]] and
    [[six officers|injured;a=Emergency services]] were taken to hospital. Protest organisers said
    [[more than 5,000 people|other;a=Protest organisers]] had joined the march. The city's hotel
    association said [[around 1,200 tourists|civilians;a=The city's hotel association]] were affected
    by the closure of the seafront, where [[four cafes|housing;u=structure;n=cafes]] were damaged.""",
)
