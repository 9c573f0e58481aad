"""Papua New Guinea (Enga, Hela, Porgera, Southern Highlands), Mexico (Chiapas, Oaxaca,
Guerrero, Michoacan), Brazil (Para, Mato Grosso do Sul, Maranhao) and Myanmar (Rakhine, Bago,
land seizures), 2016-2025: tribal fights, agrarian disputes, land conflicts, communal attacks."""

from _wrap import item

item(
    "Dozens of men killed in Enga tribal ambush",
    """PORT MORESBY (Reuters) - [[At least 49 men|killed;a=Papua New Guinea's police]] were
    killed in an ambush during a tribal fight near Wabag in Enga province, Papua New Guinea's
    police said on Monday, in the deadliest clash in the highlands in years. A police commander
    said the final toll was likely to be [[between 55 and 60|killed;a=A police commander]] as
    more bodies were brought in from the bush. The government said it would send [[100 more
    soldiers|combatants;p;a=The government]] to the province.""",
)

item(
    "Houses burned as Enga clans fight over land",
    """Fighting between clans over a piece of land near Wapenamanda in Enga province has left
    [[more than 300 houses|housing;a=provincial officials]] burned and [[between 2,000 and 3,000
    people|displaced;a=provincial officials]] without shelter, provincial officials said. They
    said the fight, which began over a disputed boundary, had killed [[nine
    people|killed;a=provincial officials]] and destroyed food gardens.""",
)

item(
    "Women and children killed in Hela village raid",
    """Attackers armed with guns and bush knives killed [[24 people|killed;a=the provincial
    police commander]], [[16 of them|killed;n=-;a=the provincial police commander]] women and
    children, in a raid on Karida village in Hela province, the provincial police commander
    said. He said the area had only [[about 40 police officers|combatants;a=the provincial
    police commander]] for a population of [[more than 400,000|civilians;a=the provincial police
    commander]].""",
)

item(
    "Compensation paid to end Southern Highlands feud",
    """Clans in Mendi, in Papua New Guinea's Southern Highlands, exchanged [[500
    pigs|other;u=other]] and {{K200,000}} in cash on Saturday to settle a fight that killed [[11
    people|killed]] last year. Provincial administrator John Kewa said [[about 1,500
    people|other;a=Provincial administrator John Kewa]] attended the ceremony, which was
    followed by a game of rugby league won {{24-12}} by the host clan.""",
)

item(
    "Porgera under state of emergency after tribal killings",
    """The government declared a state of emergency in Porgera for {{three months}} after tribal
    fighting around the gold mine killed [[18 people|killed;a=officials]], officials said.
    [[Several thousand residents|displaced;a=officials]] have fled to Laiagam and Wabag, they
    said. The mine's operator said it had evacuated [[about 80 staff|displaced;a=The mine's
    operator]] by helicopter.""",
)

item(
    "Chenalho and Aldama: families flee gunfire",
    """[[More than 2,000 people|displaced;a=the Fray Bartolome de las Casas Human Rights
    Centre]] have fled their homes in Aldama, in the Mexican state of Chiapas, because of
    gunfire from armed groups in neighbouring Chenalho, the Fray Bartolome de las Casas Human
    Rights Centre said. The dispute over about {{60 hectares}} of land dates back to {{1975}}.
    The centre counted [[more than 300 armed attacks|other;u=other;a=The centre;alt=the Fray
    Bartolome de las Casas Human Rights Centre]] in {{2020}}.""",
)

item(
    "Residents of Tila flee to Yajalon",
    """[[About 4,000 residents|displaced;a=the Catholic diocese of San Cristobal de las Casas]]
    of Tila in northern Chiapas have fled to the neighbouring town of Yajalon after armed men
    burned [[at least 17 houses|housing;a=the Catholic diocese of San Cristobal de las Casas]],
    the Catholic diocese of San Cristobal de las Casas said. The state government sent [[450
    National Guard troops|combatants]] and set up [[two shelters|capacity]] in Yajalon.""",
)

item(
    "Ambush over Oaxaca land dispute kills 13",
    """Gunmen from a neighbouring community ambushed a group of farmers from a Mixtec village in
    Oaxaca's Sierra Sur, killing [[13 people|killed;a=the state prosecutor's office]], the state
    prosecutor's office said. The prosecutor's office said [[five suspects|arrested;a=The
    prosecutor's office]] had been detained. Oaxaca has [[more than 390 agrarian
    conflicts|other;u=other;a=the state's agrarian office]], according to the state's agrarian
    office.""",
)

item(
    "Community police take over Guerrero highway",
    """[[About 300 members|combatants;a=local media]] of a community police force in Guerrero's
    La Montana region blocked the highway to Tlapa on Thursday, local media reported, demanding
    the release of [[two of their commanders|arrested;n=commanders]]. The group, formed in
    {{1995}}, says it protects [[28 villages|other;a=The group]] from cattle rustlers and
    kidnappers.""",
)

item(
    "Michoacan avocado growers form self-defence group",
    """Avocado growers in Michoacan's Tancitaro municipality have armed [[about 150
    men|combatants;a=the municipal president]] to guard orchards against extortion, the
    municipal president said. Growers pay the guards from a levy of {{5 pesos}} per box of
    avocados. The region produces {{80%}} of the country's avocado exports.""",
)

item(
    "Landless workers killed in Para police raid",
    """[[Ten rural workers|killed;a=the Pastoral Land Commission]] were killed when military and
    civil police evicted squatters from a farm in Pau D'Arco, in the Brazilian state of Para,
    the Pastoral Land Commission said. Federal prosecutors later charged [[17 police
    officers|arrested]] with murder. None of the officers had been tried by {{2021}}.""",
)

item(
    "Land conflicts in Brazil hit record",
    """Brazil registered [[2,203 land conflicts|other;u=other;a=the Pastoral Land Commission]]
    last year, the highest number since records began in {{1985}}, the Pastoral Land Commission
    said in its annual report. The conflicts involved [[more than 950,000 people|civilians;a=the
    commission;alt=the Pastoral Land Commission]] and [[31 killings|killed;u=person;a=the
    commission;alt=the Pastoral Land Commission]], the commission said. Indigenous people were
    {{40 per cent}} of the victims.""",
)

item(
    "Guarani Kaiowa wounded in Mato Grosso do Sul farm attack",
    """[[Five Indigenous Guarani Kaiowa|injured;a=the Indigenist Missionary Council]] were
    wounded by gunfire when armed men attacked a group that had occupied a farm in Douradina, in
    Mato Grosso do Sul, the Indigenist Missionary Council said. The justice ministry sent [[60
    National Force officers|combatants]] to the area. The group, of [[about 150 people|other]],
    says the land is an ancestral territory.""",
)

item(
    "Forest guardian killed in Maranhao",
    """A Guajajara forest guardian was shot dead in the Arariboia reserve in Maranhao, the
    {{sixth}} member of the group killed since {{2019}}, Indigenous leaders said. The group of
    [[about 120 volunteers|other]] patrols the reserve against illegal loggers.""",
)

item(
    "Rohingya flee as Buthidaung is burned",
    """[[Tens of thousands of Rohingya|displaced;a=the UN human rights office]] have fled
    Buthidaung in Myanmar's Rakhine State after the town was burned, the UN human rights office
    said on Friday. Rohingya activists said [[more than 1,000 houses|housing;a=Rohingya
    activists]] were set on fire. [[Up to 45,000 people|displaced;a=the office;alt=the UN human
    rights office]] are sheltering near the Naf river on the border with Bangladesh, the office
    said.""",
)

item(
    "Mob destroys mosque in Bago region",
    """A mob of [[about 200 people|other;a=police]] destroyed a mosque in a village in Myanmar's
    Bago region on Thursday after a dispute between Muslim and Buddhist neighbours over the
    building of a school, police said. The village's Muslim residents, [[some 60
    families|displaced]], took refuge in a police station. No one was arrested.""",
)

item(
    "Farmers jailed for ploughing confiscated land",
    """A court in Myanmar's Ayeyarwady region sentenced [[64 farmers|arrested;a=human rights
    groups]] to {{three months}} in prison for trespass after they ploughed land seized by the
    army in the {{1990s}}, human rights groups said. The groups said [[more than 1,000 such land
    cases|other;a=The groups]] were pending in the region.""",
)

item(
    "Aldama families go home after land pact",
    """[[200-250 families|returned;a=the Chiapas government]] displaced from Aldama have gone
    back to their villages since the two municipalities signed a non-aggression pact, the
    Chiapas government said on Tuesday. It said [[about 80 state police|combatants;a=the Chiapas
    government]] would stay in the area for {{six months}} and that [[1,200 food
    baskets|aid;a=the Chiapas government]] had been handed out.""",
)

item(
    "Tribal fighting cuts Tari off from supplies",
    """Tribal fighting on the Highlands Highway near Tari has cut off [[some 12,000
    people|civilians;a=Hela's provincial administrator]] from food and fuel, Hela's provincial
    administrator said on Wednesday. Normally [[15 to 20 trucks|other]] pass each day, but
    drivers have refused to travel since gunmen torched [[two fuel tankers|other]] last week.""",
)

item(
    "Rohingya villagers unaccounted for in northern Rakhine",
    """[[At least 35 Rohingya villagers|missing;a=relatives and a local rights group]] have been
    unaccounted for since fighters took them from their homes near Maungdaw {{two weeks}} ago,
    relatives and a local rights group said. [[Some 4,000 people|displaced;a=the group;alt=a
    local rights group]] from the same village tract had crossed into Bangladesh by the end of
    {{August}}, the group said.""",
)
