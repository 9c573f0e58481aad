"""The Christmas 2024 jailbreak from Maputo's central prison and its aftermath, and the looting of
shops, markets, warehouses and toll plazas in December 2024 and January 2025."""

from _wrap import item

item(
    "More than 1,500 inmates escape Maputo prison on Christmas Day",
    """[[More than 1,500 inmates|other;a=police commander Bernardino Rafael]] escaped from Maputo's
    central prison on {{December 25}} after a riot that began when protesters gathered outside its
    walls, police commander Bernardino Rafael said. He said
    [[33 inmates|killed;a=Bernardino Rafael]] were killed and
    [[15 others|injured;a=Bernardino Rafael]] wounded in clashes with guards.
    [[At least 150 escapees|arrested;a=Bernardino Rafael]] had been recaptured by the
    evening, he said. Among those who fled were
    [[29 convicted insurgents|other;a=Rafael]] from Cabo Delgado, Rafael said. The inmates also
    seized [[about 20 rifles|other]] from the prison armoury.""",
)

item(
    "Justice minister puts jailbreak count at 1,534",
    """Justice Minister Helena Kida said on {{December 26}} that
    [[1,534 prisoners|other;a=Justice Minister Helena Kida]] had escaped from Maputo Central
    Prison, which held [[about 2,500 inmates|arrested;a=Justice Minister Helena Kida]] on the night
    of the breakout. The prison was built for [[800 prisoners|capacity]]. Kida said
    [[224 of the escapees|arrested;a=Kida;n=escapees]] had been recaptured and
    [[nine|arrested;a=Kida]] had handed themselves in. She said
    [[only 40 guards|combatants;a=Helena Kida]] were on duty when the riot began, against the
    {{90}} the rota required. Kida rejected the opposition's claim that the escape had been staged.""",
)

item(
    "Guards held hostage during jailbreak, association says",
    """Inmates took [[six guards|kidnapped;a=the Mozambican Association of Prison Guards]] hostage
    during the Christmas Day breakout in Maputo, the Mozambican Association of Prison Guards said.
    It said [[four|kidnapped;a=the Mozambican Association of Prison Guards]] were released
    unharmed the next morning, [[one guard|killed;a=the Mozambican Association of Prison Guards]]
    was beaten to death and [[two|missing;a=the Mozambican Association of Prison Guards]] are still
    unaccounted for. [[At least 11 guards|injured]] were treated at Machava General Hospital. The
    inmates escaped in [[two prison trucks|other]] that were found abandoned near the
    {{EN4}} two days later. The association's president, Arlindo Nhamuave, {{58}}, said guards had
    warned for months that the prison was overcrowded.""",
)

item(
    "Escapees surrender in Matola as families bring in relatives",
    """[[Forty-three escaped prisoners|arrested;a=the police]] have surrendered at police stations
    in Matola and Machava since {{December 28}}, many brought in by relatives, the police said. A
    police spokesman, Leonel Muchina, said [[a further 18|arrested;a=Leonel Muchina]] were caught in
    Boane and that [[five escapees|killed;a=Leonel Muchina]] were shot dead while resisting
    arrest. [[More than 1,100|other;a=Leonel Muchina]] remain at large, he said, and
    [[about 600 officers|combatants;a=Leonel Muchina]] are hunting them. Residents of
    Machava said [[two shopkeepers|killed;a=Residents of Machava]] were killed by fleeing inmates on
    Christmas night. Police have offered a reward of {{10,000 meticais}} for information.""",
)

item(
    "Convicted jihadists among escapees worry Cabo Delgado",
    """Of the [[29 convicted insurgents|other;a=the attorney general's office]] who escaped from Maputo's central prison at
    Christmas, [[only six|arrested;a=the attorney general's office]] have been recaptured, the
    attorney general's office said on {{January 17}}. Analysts at Cabo Ligado, a monitoring
    project, said [[at least two|combatants;a=Analysts at Cabo Ligado]] had rejoined the
    insurgency in Macomia district. Cabo Delgado's police commander said
    [[300 extra officers|combatants;a=Cabo Delgado's police commander;p]] would be sent to the
    province's southern districts. The insurgency has killed
    [[more than 6,000 people|killed;a=ACLED]] since {{2017}}, according to ACLED, and driven
    [[about 1 million|displaced;a=ACLED]] from their homes at its height.""",
)

item(
    "Nampula and Beira prisons hold after riots",
    """Guards at Nampula's provincial prison fired shots to stop
    [[as many as 200 inmates|other;a=the justice ministry]] trying to break out on {{December 26}},
    the justice ministry said. [[Two inmates|killed;a=the ministry;alt=the justice ministry]] were
    killed, the ministry said. It has since moved
    [[157 high-risk prisoners|other;a=the justice ministry]] from Maputo to the maximum-security
    prison at Mabalane, in Gaza province. In Beira, [[14 inmates|other]] escaped from the district
    jail, and [[10 of them|arrested;n=-]] were caught within {{a day}}. Mozambique's prisons hold
    [[about 21,000 people|arrested;a=the National Prison Service]], twice their capacity,
    according to the National Prison Service.""",
)

item(
    "A month on, 900 Maputo escapees still at large",
    """[[Nearly 900 escapees|other;a=the National Prison Service (SERNAP)]] remain at large a
    month after the Christmas jailbreak in Maputo, the National Prison Service (SERNAP) said on
    {{January 24}}. It said [[612|arrested;a=the National Prison Service (SERNAP)]] had been
    recaptured or had surrendered and [[19|killed;a=the National Prison Service (SERNAP)]] had been
    killed by police or residents. [[Several dozen|other]] are believed to have crossed into South
    Africa, Eswatini or Malawi. Malawi's police said they had arrested
    [[seven Mozambican escapees|arrested;a=Malawi's police]] in Mwanza district. In Maputo,
    escapees have been blamed for [[at least 40 robberies|other;u=other]] since {{January 1}}.""",
)

item(
    "Matola warehouses emptied in two nights of looting",
    """Crowds looted [[at least 30 warehouses|housing;u=structure;a=the Confederation of Economic
    Associations (CTA)]] in Matola's industrial zone on {{December 24}} and {{25}}, the
    Confederation of Economic Associations (CTA) said. The CTA said
    [[about 5,000 tonnes|other;a=The CTA]] of sugar, rice and cooking oil were carried off. Police
    said [[more than 200 people|arrested;a=Police]] were arrested and
    [[four|killed;a=Police]] were shot dead. Matola's provincial hospital said
    [[some 60 people|injured;a=Matola's provincial hospital]] were treated for injuries. [[Eight trucks|other]] were set on fire in the yards.
    Managers said [[about 1,300 workers|other;a=Managers]] had been laid off since the looting,
    with losses put at {{$45 million}}.""",
)

item(
    "Shoprite shuts stores in Mozambique after looting",
    """South African retailer Shoprite said [[14 of its stores|housing;a=South African retailer
    Shoprite;u=structure;n=stores]] in Mozambique had been looted or damaged since {{December 23}},
    and that it had closed [[all 28|other;a=South African retailer Shoprite;alt=Shoprite;u=structure]]
    until further notice. The company said
    [[some 2,400 staff|other;a=The company;alt=Shoprite]] would be paid during the closure.
    [[One security guard|killed]] was killed when looters broke into its Matola store. In Beira's
    Maquinino market, traders said [[more than 300 stalls|housing;u=structure;a=traders]] were
    burned. Police said [[26 people|arrested;a=Police]] were arrested at the Matola store.
    Shoprite's shares fell {{2.1%}} in Johannesburg.""",
)

item(
    "Looters empty WFP warehouse in Dondo",
    """Looters emptied a World Food Programme warehouse in Dondo, near Beira, on
    {{December 27}}, the agency said. WFP said [[about 1,700 tonnes|aid;a=WFP]] of food, enough to
    feed [[45,000 people|aid;a=WFP]] for {{a month}}, had been taken. The stocks were to have been
    distributed to [[some 9,000 households|aid;p]] hit by drought in Sofala and Manica.
    [[Three trucks|aid]] loaded with maize meal were also driven off. The agency moved
    [[12 staff|displaced;a=The agency;alt=WFP]] to Beira for their safety. WFP estimates that
    [[2.5 million people|civilians;a=WFP]] in central and southern Mozambique face acute hunger.""",
)

item(
    "South Asian traders flee Maputo's suburbs after attacks",
    """[[About 350 Pakistani and Bangladeshi traders|displaced;a=their community associations;n=traders]]
    have left Maputo's northern suburbs after their shops were looted, their community associations
    said. Pakistan's High Commission in Pretoria said it had helped
    [[62 nationals|displaced;a=Pakistan's High Commission in Pretoria]] leave for South Africa.
    [[At least 120 shops|housing]] owned by foreigners were looted in Maputo and Matola over
    Christmas, and [[two Bangladeshi shopkeepers|killed]] were killed. Malawi's High Commission
    said [[about 400 Malawian traders|returned;a=Malawi's High Commission]] had gone home by bus
    and [[three|injured;a=Malawi's High Commission]] were being treated in Maputo for stab
    wounds.""",
)

item(
    "Toll plazas burned on the Maputo corridor",
    """Protesters burned [[three toll plazas|housing;u=structure;a=Trac]] on the {{EN4}} between
    Maputo and the South African border on {{December 24}}, the road operator Trac said. Police
    said [[about 70 vehicles|other;a=Police]] were burned across Maputo province in {{two days}},
    including [[12 buses|other;a=Police]]. [[Four people|killed]] died when police fired on a crowd
    at the Matola toll plaza. [[More than 1,000 commuters|other;a=the city's transport
    association]] walked to work in the capital, the city's transport association said. Trac said
    [[some 300 toll staff|other;a=Trac]] had been sent home.""",
)

item(
    "Zimpeto market fire leaves vendors ruined",
    """Fire destroyed [[about 1,200 stalls|housing;u=structure;a=the Maputo municipal council]] at
    Zimpeto market during looting on {{December 26}}, the Maputo municipal council said. The
    council said [[some 3,000 vendors|civilians;a=The council;alt=the Maputo municipal council]]
    had lost their livelihoods. It plans to rebuild
    [[800 stalls|housing;u=structure;a=the Maputo municipal council;p]] by {{March}}.
    [[Two firefighters|injured]] were hurt fighting the blaze. Police arrested
    [[nine people|arrested]] on suspicion of arson. Vendors' association leader Ilda Cossa said
    [[2,000 to 2,500 families|civilians;a=Vendors' association leader Ilda Cossa]] depended on the
    market.""",
)

item(
    "Fuel tankers burned in Ressano Garcia as SANDF deploys to border",
    """Looters set fire to [[two fuel tankers|other]] in Ressano Garcia, the Mozambican town facing
    South Africa's Lebombo post, on {{November 5}}. The South African Revenue Service said
    [[about 150 trucks|other;a=The South African Revenue Service]] were stuck in the queue on its
    side. The South African National Defence Force deployed
    [[200 soldiers|combatants]] to the border. [[Some 500 truck drivers|displaced;a=the Road
    Freight Association]] were stranded waiting to cross, according to the Road Freight
    Association. [[Three Mozambican customs officers|injured]] were hurt. South African police
    arrested [[46 Mozambicans|arrested]] who crossed through the fence to escape the violence.""",
)

item(
    "Maputo's central prison: a history of overcrowding",
    """Maputo Central Prison was built in {{1964}}, under Portuguese rule, and has been expanded
    twice. It was last renovated in {{2011}}. Under {{Article 475}} of the penal code, escape is
    punishable by up to {{eight years}} in prison. The justice ministry's budget for {{2025}} set
    aside {{500 million meticais}} for repairs after the Christmas breakout. An inquiry led by the
    deputy attorney general was given {{60 days}} to report and delivered its findings on
    {{March 14}}.""",
)

item(
    "Insurers face claims of up to $200m after looting",
    """Mozambican insurers face claims of up to {{$200 million}} from the looting and arson of
    {{December}}, the Mozambican Insurance Association said. Most policies exclude riot damage,
    and only about {{15%}} of businesses in Maputo had political-violence cover. The largest
    insurer, Emose, said claims had risen {{40%}} in the {{fourth quarter}}. Premiums for riot cover
    are expected to double in {{2025}}, brokers said. The central bank kept its policy rate at
    {{12.25%}} on {{January 29}}.""",
)
