"""Maputo, Matola and the south: the killing of Elvino Dias, the strikes and marches of
October 2024 to January 2025, the police, the tallies of Plataforma Decide and the rights groups."""

from _wrap import item

item(
    "Mondlane's lawyer shot dead in Maputo ambush",
    """Gunmen shot dead Elvino Dias, the lawyer of presidential candidate Venâncio Mondlane, and
    Paulo Guambe, a representative of the Podemos party, in Maputo's Malhangalene neighbourhood
    shortly before midnight on {{October 18}}. Police said the attackers fired from
    [[two vehicles|other;a=Police]] and that a woman travelling with the men was wounded. Dias,
    {{45}}, had been preparing a legal challenge to the results of the {{October 9}} vote. When
    [[several hundred people|other]] gathered at the scene two days later to lay flowers, riot
    police fired tear gas to disperse them. The Mozambican Bar Association said
    [[at least 14 people|injured;a=The Mozambican Bar Association]] were treated for tear gas and
    rubber-bullet wounds, among them [[three journalists|injured;a=The Mozambican Bar
    Association]]. Interior Minister Pascoal Ronda said [[12 investigators|other;a=Interior Minister
    Pascoal Ronda]] had been assigned to the case. Mondlane said on Facebook that
    [[two other members|kidnapped;a=Mondlane;n=members]] of his team had been briefly abducted the
    week before. [[About 1,000 mourners|other]] attended Dias's funeral on {{October 26}}.""",
)

item(
    "Police fire live rounds as strike paralyses Maputo",
    """Police fired live ammunition and tear gas at protesters in Maputo and Matola on
    {{October 24}}, the day the National Elections Commission declared Daniel Chapo of Frelimo
    the winner with {{70.67%}} of the vote. Human Rights Watch said
    [[at least 11 people|killed;a=Human Rights Watch]], including
    [[two children|killed;a=Human Rights Watch]], were shot dead and
    [[more than 50 others|injured;a=Human Rights Watch]] wounded by gunfire in the
    {{first three days}} of protests. The rights group said police had arrested
    [[over 400 people|arrested;a=The rights group;alt=Human Rights Watch]] and that it had
    interviewed [[27 witnesses|other;a=Human Rights Watch]]. In the Magoanine and Zimpeto
    suburbs residents burned tyres behind [[dozens of barricades|other;u=other]]. A police
    spokesman, Orlando Mudumane, said [[18 officers|injured;a=Orlando Mudumane]] had been hurt and
    [[42 police vehicles|other;a=Orlando Mudumane]] damaged.""",
)

item(
    "Election watchdog counts 30 dead in two weeks of protests",
    """Plataforma Decide, a Mozambican election monitoring group, said on {{November 6}} that
    [[30 people|killed;a=Plataforma Decide]] had been killed since protests began on
    {{October 21}}, most of them shot by police. The group said
    [[at least 200 people|injured;a=The group;alt=Plataforma Decide]] had been hurt by gunfire.
    It said [[around 3,000 people|arrested;a=Plataforma Decide]] had been detained. Nampula
    province recorded the highest toll, with [[nine deaths|killed]], followed by Maputo city with
    [[seven|killed]]. The police have given no overall toll but say
    [[five officers|killed;a=The police]] have died. Decide's director, Wilker Dias, told AFP the
    real numbers were probably higher. He said the group had listed
    [[66 people|missing;a=Wilker Dias]] whose relatives had not found them in hospitals, morgues or
    police cells.""",
)

item(
    "Tens of thousands march on Maputo as Mondlane calls for 'liberation'",
    """[[Tens of thousands of people|other]] marched towards central Maputo on {{November 7}} in
    answer to a call by Venâncio Mondlane, who is abroad, to take the capital back. The defence
    ministry said [[some 1,500 troops|combatants;a=The defence ministry]] had been deployed to
    support the police on the city's main avenues. Armoured vehicles blocked the road to the
    Praça da Independência and police fired tear gas into the crowds from mid-morning. The health
    ministry said [[three people|killed;a=The health ministry]] had died and
    [[66|injured;a=The health ministry]] had been treated for injuries. Police said they had
    arrested [[more than 100 people|arrested;a=Police]] for looting and vandalism. South Africa
    shut the Lebombo border post on the {{N4}}, leaving
    [[about 300 trucks|other;a=the Road Freight Association]] queued on the South African side,
    the Road Freight Association said. Traders said [[at least 20 shops|housing;a=Traders]] were
    looted in the Baixa.""",
)

item(
    "Two police stations torched in Matola and Boane",
    """Protesters set fire to [[two police stations|housing;u=structure;a=the police command for Maputo province]] in Matola and Boane, west
    of Maputo, on {{November 13}}, the police command for Maputo province said. A police
    spokeswoman, Carmínia Leite, said [[two officers|killed;a=Carmínia Leite]] were killed and
    [[another five|injured;a=Carmínia Leite]] were wounded when a crowd attacked them with stones
    and machetes. [[Eleven vehicles|other]] were burned, among them
    [[three police patrol cars|other]]. Police said [[23 people|arrested;a=Police]] were detained
    overnight. The government said it would send
    [[an additional 400 officers|combatants;a=The government;p]] to the province by the weekend.""",
)

item(
    "Maputo's main hospital stretched by gunshot cases",
    """Maputo Central Hospital has received [[more than 120 people|injured;a=Mouzinho Saíde]] with
    gunshot wounds since the protests began, its clinical director, Mouzinho Saíde, said on
    {{November 20}}. [[Seventeen of them|killed;a=Mouzinho Saíde;n=-]] died in the
    hospital, he said, and [[about 40|injured;a=Mouzinho Saíde]] needed surgery. The
    hospital has set aside [[60 beds|other]] for casualties of the unrest, and the health ministry
    has appealed for blood donors. The ministry said
    [[some 250 donors|other;a=The ministry;alt=the health ministry]] came forward over the weekend.
    Across the country it has recorded [[1,056 people|injured;a=the health ministry]]
    treated for protest-related injuries since {{October 21}}, including
    [[312|injured;a=the health ministry]] with gunshot wounds.""",
)

item(
    "HRW: police killed at least 10 children during protests",
    """Human Rights Watch said on {{December 3}} that Mozambican police had killed
    [[at least 10 children|killed;a=Human Rights Watch]] during the post-election protests, the
    youngest {{aged 13}}. The group said it had documented the detention of
    [[more than 150 children|arrested;a=The group;alt=Human Rights Watch]], some held for up to a
    week with adults in police cells in Maputo, Nampula and Quelimane. In one case in Nampula,
    officers fired into [[about 80 protesters|other]] outside a market, killing a
    {{15-year-old}} boy. Zenaida Machado, a senior researcher at the group, said
    [[dozens of parents|other;a=Zenaida Machado]] had told her they paid bribes of up to
    {{5,000 meticais}} to get their children out. The national police spokesman said
    [[only 34 minors|arrested;a=The national police spokesman]] had been detained and that all had
    been released to their families. Mozambique has
    [[about 16 million children|civilians;a=UNICEF]], according to UNICEF.""",
)

item(
    "Activists linked to Mondlane abducted in Maputo, rights group says",
    """Unidentified armed men abducted [[at least eight activists|kidnapped;a=the Centre for
    Democracy and Human Rights (CDD)]] linked to Venâncio Mondlane's campaign in Maputo and Matola
    in the {{first two weeks of December}}, the Centre for Democracy and Human Rights (CDD) said.
    [[Three|killed;a=the CDD]] were later found dead on the outskirts of the city, the CDD said,
    and [[two|kidnapped;a=the CDD]] were released after {{four days}}. Relatives of
    [[the remaining three|missing]] say they have had no news. The police denied holding them and
    said they had opened [[11 investigations|other;a=The police;u=other]]. Over the same
    period the Mozambican Bar Association registered complaints of enforced disappearance
    involving [[47 people|missing;a=the Mozambican Bar Association]].""",
)

item(
    "Prosecutor says 2,715 detained over post-election unrest",
    """Mozambique's Attorney General, Beatriz Buchili, told parliament on {{December 11}} that
    [[2,715 people|arrested;a=Beatriz Buchili]] had been detained in connection with the
    post-election demonstrations, of whom [[1,108|arrested;a=Beatriz Buchili]] had been formally
    charged. She said [[about 400|arrested;a=Beatriz Buchili]] remained in pre-trial detention.
    Buchili said prosecutors had opened cases over the burning of
    [[151 public buildings|housing;a=Buchili]], including
    [[27 police stations|housing;a=Buchili;u=structure]] and [[19 schools|housing;a=Buchili]],
    and the looting of [[more than 600 shops|housing;a=Buchili]]. She put the damage to state
    property at {{1.2 billion meticais}}, about {{$19 million}}.""",
)

item(
    "Troops clear highway in Xai-Xai after three-day blockade",
    """[[Between 150 and 200 soldiers|combatants;a=the provincial governor's office]] were deployed in the
    southern city of Xai-Xai on {{November 27}} after protesters blocked the {{EN1}} highway for
    {{three days}}, the provincial governor's office said. Witnesses said troops fired on
    protesters at the Chongoene junction, killing [[two people|killed;a=Witnesses]]. A nurse at
    Xai-Xai Provincial Hospital said [[nine people|injured;a=A nurse at Xai-Xai Provincial
    Hospital]] were admitted with gunshot wounds. Traders said
    [[hundreds of trucks|other;a=Traders]] carrying fuel and sugar were stranded on the road. Gaza's
    police commander said [[64 people|arrested;a=Gaza's police commander]] had been detained for
    blocking roads. The army said it had cleared [[14 barricades|other;a=The army;u=other]] along a
    {{60-kilometre}} stretch of the highway. [[Some 3,000 travellers|civilians;a=the Red Cross of
    Mozambique]] had been trapped on the road for {{two nights}}, according to the Red Cross of
    Mozambique.""",
)

item(
    "Police say 17 officers killed since protests began",
    """The Mozambican police said on {{January 6}} that
    [[17 officers|killed;a=The Mozambican police]] had been killed since the protests began, most
    of them in Maputo province and Nampula. Police commander Bernardino Rafael told reporters
    [[more than 80 officers|injured;a=Police commander Bernardino Rafael]] had been wounded and
    [[three officers|missing;a=Police commander Bernardino Rafael]] were unaccounted for. He said
    the force had deployed [[some 9,000 officers|combatants;a=Bernardino Rafael]] in the capital
    region alone over the holidays. Rafael said [[23 police stations|housing;a=Rafael;u=structure]]
    and [[dozens of police vehicles|other;a=Rafael]] had been torched since {{October}}.""",
)

item(
    "Dozens killed in a day after court confirms Chapo's win",
    """[[At least 21 people|killed;a=Interior Minister Pascoal Ronda]] were killed in the
    {{24 hours}} after the Constitutional Council confirmed Daniel Chapo's victory on
    {{December 23}}, Interior Minister Pascoal Ronda said. Ronda said
    [[two police officers|killed;a=Ronda]] were among the dead and that police had recorded
    [[236 acts of violence|other;a=Ronda;u=other;n=acts]]. By {{December 27}} Plataforma Decide had
    counted [[151 deaths|killed;a=Plataforma Decide]] in the {{five days}} after the ruling,
    bringing its total since October to [[277|killed;a=Plataforma Decide]]. Shops, banks and
    petrol stations were looted across Maputo, where
    [[more than 200 businesses|housing;a=the Confederation of Economic Associations (CTA);u=structure]]
    were ransacked, the Confederation of Economic Associations (CTA) said. It estimated that
    [[some 12,000 workers|other;a=the Confederation of Economic Associations (CTA)]] had lost their
    jobs.""",
)

item(
    "Police fire tear gas as Mondlane returns to Maputo",
    """Police fired tear gas and live rounds as [[thousands of supporters|other]] met Venâncio
    Mondlane at Maputo's international airport on {{January 9}}, ending more than two months in
    self-imposed exile. Plataforma Decide said [[at least three people|killed;a=Plataforma
    Decide]] were shot dead near the airport and [[16|injured;a=Plataforma Decide]] wounded.
    Mondlane, {{50}}, told the crowd that [[some 300 of his supporters|killed;a=Mondlane]] had been
    killed since {{October}}. Police said [[12 people|arrested;a=Police]] were arrested near the
    terminal. The airport was closed for {{three hours}} and
    [[four flights|other;a=airport operator Aeroportos de Moçambique]] were diverted, airport
    operator Aeroportos de Moçambique said.""",
)

item(
    "Five killed as Chapo sworn in amid heavy security",
    """[[At least five people|killed;a=Plataforma Decide]] were killed in clashes on {{January 15}}
    as Daniel Chapo was sworn in as Mozambique's fifth president, Plataforma Decide said. Police
    said [[2,500 officers|combatants;a=Police]] and [[some 800 soldiers|combatants;a=Police]] were
    on duty around the Praça da Independência, where the ceremony took place. Only
    [[two foreign heads of state|other;n=heads;a=organisers]] attended, among
    [[some 2,000 guests|other;a=organisers]], organisers said. The health ministry said
    [[about 120 people|injured;a=The health ministry]] were treated in Maputo and Matola. In
    Nampula, police said they had detained [[19 people|arrested;a=police]] for blocking roads.
    Mondlane had called for {{three days}} of protest around the inauguration.""",
)

item(
    "Decide's final count: 353 dead in four months of unrest",
    """Plataforma Decide said on {{March 5}} that [[353 people|killed;a=Plataforma Decide]] had
    been killed in the {{four months}} of unrest that followed the {{October 2024}} election, among
    them [[at least 30 children|killed;a=Plataforma Decide]]. It counted
    [[about 660 people|injured;a=Plataforma Decide]] shot and wounded and
    [[more than 4,200|arrested;a=Plataforma Decide]] detained. The monitoring group said
    [[roughly 40 people|missing;a=The monitoring group;alt=Plataforma Decide]] were still missing.
    Its figures are far higher than the government's, which has acknowledged
    [[96 deaths|killed;a=the government]], [[24 police officers|killed;a=the government]] among them. Human Rights Watch said it had
    verified [[about 170 of the killings|killed;a=Human Rights Watch;n=killings]].""",
)

item(
    "Court confirms Chapo as winner but cuts his share",
    """Mozambique's Constitutional Council on {{December 23}} confirmed Daniel Chapo of Frelimo as
    the winner of the {{October 9}} presidential election with {{65.17%}} of the vote, down from
    the {{70.67%}} announced by the electoral commission. Venâncio Mondlane's share was raised to
    {{24.19%}} from {{20.32%}}. Turnout was put at {{43.48%}}. Chapo, {{47}}, is the first Frelimo
    leader born after independence in {{1975}}. The council's president, Lúcia Ribeiro, took about
    {{five hours}} to read the ruling, which cannot be appealed. Mondlane called it a fraud and
    said protests would resume within {{48 hours}}.""",
)

item(
    "Unrest cost economy $620m, finance ministry estimates",
    """Mozambique's economy shrank {{4.9%}} in the {{fourth quarter of 2024}}, the National
    Statistics Institute said, the first contraction since {{2020}}. The finance ministry put the
    cost of the post-election unrest at {{$620 million}}, or about {{3%}} of annual output. The
    Mozal aluminium smelter near Maputo cut output and kept its gates closed for {{10 days}} in
    {{December}}. The metical held at about {{63.9 meticais}} to the dollar, and inflation rose to
    {{4.2%}} in {{January}}. An IMF mission that arrived on {{February 18}} said the outlook for
    {{2025}} had weakened.""",
)
