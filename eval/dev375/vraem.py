"""dev375 items: Peru's VRAEM (the valley of the Apurímac, Ene and Mantaro rivers), 2018-2026:
the Militarized Communist Party of Peru, the massacres and ambushes, captives rescued from its
camps, children recruited, coca eradicators attacked, the emergency and the communities of
the Ene (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Sixteen killed in massacre in Peru's VRAEM",
    """[[Sixteen people|killed;a=Peru's Joint Command of the Armed Forces]], among them
    [[four children|killed;a=Peru's Joint Command of the Armed Forces]], were shot dead in a bar
    in the hamlet of Vizcatán del Ene on Sunday night, Peru's Joint Command of the Armed Forces
    said, blaming the Militarized Communist Party of Peru, a remnant of the Shining Path.
    Pamphlets found at the scene called on residents not to vote in the {{6 June}} presidential
    run-off. Several of the bodies were burned. [[Two survivors|injured]] were flown to a
    hospital in Pichari. The Joint Command said [[some 200 soldiers|combatants;a=The Joint
    Command]] had been sent to the area in pursuit of [[about 30 attackers|combatants;a=The
    Joint Command]]. Residents said [[at least 40 families|displaced;a=Residents]] had fled to
    Pichari the next day. The Ombudsman's Office said it would send a team to attend to the
    relatives of the [[16 victims|killed;a=The Ombudsman's Office]]. It was the deadliest attack
    in the valley since {{2008}}, when [[19 soldiers|killed]] died in an ambush in Sanabamba.""",
)

item(
    "Seven soldiers killed in ambush in Peru's coca valley",
    """[[Seven soldiers|killed;a=Peru's army]] were killed and [[three|injured;a=Peru's army;
    n=-]] wounded when a patrol was ambushed near the village of Natividad in the district of
    Pichari, Peru's army said on Saturday. The army blamed a column of
    [[between 20 and 25 fighters|combatants;a=The army]] of the Militarized Communist Party of
    Peru. Defence Minister Jorge Chávez said [[about 1,000 troops|combatants;a=Defence Minister
    Jorge Chávez]] were combing the area and that [[two helicopters|other;a=Defence Minister Jorge
    Chávez]] had been sent from Lima. The patrol of [[36 soldiers|combatants;a=a military source]] was returning to
    its base at about {{4 p.m.}} when it came under fire from the hills, a military source said.
    The army has lost [[more than 60 soldiers|killed;a=The army]] in the VRAEM since {{2008}},
    according to its own figures. The wounded were taken to a military hospital in Lima on
    {{18 February 2023}}.""",
)

item(
    "Coca eradicators enter the VRAEM for the first time under police guard",
    """Peru's coca eradication agency, CORAH, began pulling up coca in the VRAEM on Monday,
    sending [[1,200 eradicators|other;a=Peru's Interior Ministry]] and [[about 800 police
    officers|combatants;a=Peru's Interior Ministry]] into the valley, Peru's Interior Ministry
    said. The valley produces about {{40%}} of Peru's coca leaf. In the {{first}} week, snipers
    killed [[one eradicator|killed;a=police]] and [[one police officer|killed;
    a=police]], and [[five eradicators|injured;a=police]] were wounded by booby traps, police
    said. The eradicators are housed in [[three base camps|capacity;u=structure]] built for
    [[up to 600 people|capacity]] each. The ministry said it planned to clear
    {{6,000 hectares}} of coca by {{December}}. Coca growers' federations said
    [[some 25,000 families|civilians;a=Coca growers' federations]] in the valley depend on the
    crop.""",
)

item(
    "Army rescues captives held for years in Shining Path camp",
    """Peruvian soldiers rescued [[26 people|kidnapped;a=the Defence Ministry]], among them
    [[14 children|kidnapped;a=the Defence Ministry]], from a camp of the Militarized Communist
    Party of Peru in the Vizcatán mountains, the Defence Ministry said on Tuesday. Many had been
    born in captivity and had never left the forest, the ministry said. The captives were forced
    to farm and cook for [[about 50 fighters|combatants;a=officials]], according to officials. The rescued
    were flown to Lima, where [[three women|injured;a=doctors]] were treated for malnutrition
    and wounds, doctors said. Officials believe [[at least 70 people|kidnapped;a=Officials]],
    mostly Asháninka, are still held in the group's camps. Since {{2015}}, the armed forces have
    freed [[more than 200 captives|kidnapped;a=the armed forces]], the ministry said. The
    operation involved [[about 150 special forces troops|combatants;n=troops]] and lasted
    {{five days}}.""",
)

item(
    "Shining Path remnant forces children into its ranks, Ombudsman says",
    """Peru's Ombudsman's Office said on Thursday that the Militarized Communist Party of Peru
    had forcibly recruited [[at least 45 children|combatants;a=Peru's Ombudsman's Office]] in
    the VRAEM since {{2019}}, some as young as {{eight}}. The children, known in the group as
    "pioneros", are trained to carry weapons and act as lookouts, the office said. It said
    [[about a dozen|combatants;a=It;alt=Peru's Ombudsman's Office;n=-]] had escaped or been
    rescued and were in state care. Military officials estimate the group has
    [[60 to 80 armed members|combatants;a=Military officials]] in total, and that
    [[fewer than 20|combatants;a=Military officials;n=-]] are adults who joined voluntarily.
    In the Asháninka community of Yaviro, leaders said [[nine boys|kidnapped;a=leaders]] had been
    taken from their families in {{2022}}, and [[two|returned;a=leaders;n=-]] had come back. The
    Ministry of Women said [[32 children|aid;a=The Ministry of Women]] from the valley were
    receiving psychological care.""",
)

item(
    "Peru extends state of emergency in VRAEM districts",
    """Peru's government extended the state of emergency in [[30 districts|other;a=Peru's
    government]] of the VRAEM for another {{60 days}} on Saturday, a decree published in El
    Peruano said, keeping the armed forces in control of internal order. The districts, spread
    over Ayacucho, Cusco, Junín, Huancavelica and Apurímac, are home to
    [[about 520,000 people|civilians;a=the statistics institute INEI]], according to the statistics institute INEI. The Special
    Command of the VRAEM has [[some 4,500 troops|combatants;a=the Defence Ministry]] and [[about 40 counter-terrorism
    bases|other;u=structure;a=the Defence Ministry]] in the valley, the Defence Ministry said. Rights groups said
    [[more than 90 people|arrested;a=Rights groups]] had been detained under emergency powers
    in {{2024}} without access to a lawyer. The emergency has been extended without interruption
    since {{2016}}, and was first imposed in {{2003}}.""",
)

item(
    "Drug flights and backpackers: police swoop on VRAEM trafficking network",
    """Peruvian police arrested [[43 people|arrested;a=Peru's anti-drug police, Dirandro]] in
    a series of raids in Ayacucho and Cusco, among them [[11 "mochileros"|arrested;a=Peru's
    anti-drug police, Dirandro;n=mochileros]], the backpackers who carry cocaine on foot out
    of the valley, Peru's anti-drug police, Dirandro, said on Wednesday. Officers seized
    [[about 2.3 tonnes of cocaine|other;n=tonnes;a=the police]], [[14 rifles|other;a=the police]] and
    [[two light aircraft|other;n=aircraft;a=the police]], and destroyed [[six clandestine airstrips|other;
    u=other;a=the police]], the police said. The police estimate that [[between 200 and 300 backpackers|
    other;a=The police]] leave the VRAEM every week. [[One officer|injured]] was wounded in
    a firefight in Llochegua. Prosecutors have asked for {{18 months}} of pre-trial detention for
    the suspects.""",
)

item(
    "Asháninka families flee Ene river villages after raids",
    """[[More than 300 Asháninka people|displaced;a=the Central Asháninka del Río Ene]] have left
    their villages on the Ene river since armed men raided the community of Quempiri, according
    to the Central Asháninka del Río Ene, the regional indigenous federation. The federation said
    [[five community members|killed;a=The federation;alt=the Central Asháninka del Río Ene]]
    were killed and [[12 houses|housing;a=The federation;alt=the Central Asháninka del Río Ene]]
    burned. [[About 80 families|displaced]] are staying in the school and communal hall of
    Puerto Ocopa. The regional government of Junín said it had sent
    [[400 food baskets|aid;a=The regional government of Junín]] and
    [[200 blankets|aid;a=The regional government of Junín]] by boat. The federation blames
    drug traffickers linked to the Militarized Communist Party of Peru, which it says controls
    [[at least 15 communities|civilians;a=it;alt=The federation;u=other]] along the river.""",
)

item(
    "Coca growers clash with police in VRAEM strike",
    """[[At least 22 people|injured;a=the Health Ministry]] were hurt, [[14 of them|injured;
    a=the Health Ministry;n=-]] police officers, when coca growers blocked the highway between
    Pichari and Kimbiri and clashed with police on Thursday, the Health Ministry said. The
    growers, who oppose eradication in the valley, had gathered [[about 5,000 people|other]]
    at the bridge over the Apurímac. Police used tear gas and detained
    [[17 protesters|arrested;a=the Interior Ministry]], the Interior Ministry said. The ministry
    said it had sent [[another 300 officers|combatants;a=The ministry;alt=the Interior
    Ministry]] from Huamanga. [[Hundreds of trucks|other]] were stranded on the road. The strike
    entered its {{third}} day on {{12 September}}.""",
)

item(
    "Relatives of missing eradicators demand answers",
    """The families of [[four coca eradicators|missing;a=The families]] who vanished in the
    VRAEM in {{October}} say the government has stopped searching for them. The men had gone to
    buy food in a village near Llochegua when they disappeared. Police said [[two bodies|killed;
    a=Police]] found in the Apurímac river in {{November}} had not been identified. CORAH says
    [[at least 12 eradicators|killed;a=CORAH]] have been killed in the VRAEM and Huallaga since
    {{2020}}, and [[about 90|injured;a=CORAH;n=-]] wounded by mines or gunfire. "They are paid
    {{1,800 soles}} a month to risk their lives," said the brother of one of the missing. The
    Interior Ministry said [[40 officers|other;a=The
    Interior Ministry]] had been assigned to the
    search. The Ombudsman's Office said [[six other people|missing;a=The Ombudsman's Office]]
    had been reported missing in the valley this year.""",
)

item(
    "Gunmen attack police post in Llochegua",
    """Gunmen attacked a police post in Llochegua in the VRAEM before dawn on Friday, killing
    [[two police officers|killed;a=police]] and wounding [[four|injured;a=police;n=-]], police
    said. The post had [[nine officers|combatants]] on duty. Police said they had arrested
    [[three suspects|arrested;a=Police]] and found [[more than 500 rounds|other;a=Police]] in a
    nearby house. Residents said [[about 30 families|displaced;a=Residents]] living next to the
    post left for Pichari. The Interior Ministry said it would send
    [[120 officers|combatants;p;a=The Interior Ministry]] and rebuild the post, which was
    badly damaged together with [[four neighbouring houses|housing;a=The Interior Ministry]]. It was the {{second}}
    attack on the post this year.""",
)

item(
    "Peru says troops killed Shining Path commanders in VRAEM",
    """Peru's armed forces said on Monday they had killed [[five members|killed;a=Peru's armed
    forces]] of the Militarized Communist Party of Peru, among them a commander known as
    "Comrade Carlos", in an operation in the Vizcatán del Ene area. The Joint Command said
    [[one soldier|killed;a=The Joint Command]] died and [[two|injured;a=The Joint Command;n=-]]
    were wounded. Troops seized [[eight rifles|other;a=the Joint Command]], [[two machine guns|other;u=other;a=the Joint Command]] and
    [[about 3,000 rounds|other;a=the Joint Command]], and freed [[four captives|kidnapped;a=the Joint Command]], the Joint Command said.
    Defence Minister Walter Astudillo said the group had been reduced to
    [[fewer than 100 fighters|combatants;a=Defence Minister Walter Astudillo]] led by Víctor
    Quispe Palomino, who has a reward of {{5 million soles}} on his head.""",
)

item(
    "Villagers return to Vizcatán hamlet under army protection",
    """[[About 45 families|returned;a=the regional government of Ayacucho]] returned to the
    hamlet of Unión Mantaro on Sunday, {{two years}} after fleeing raids by the Militarized
    Communist Party of Peru, the regional government of Ayacucho said. [[Some 60 soldiers|combatants]]
    escorted the convoy. The army said [[120 troops|combatants;p;a=The army]] would be stationed
    at a new base nearby. Returning farmers said
    [[at least 20 houses|housing;a=Returning farmers]] had been looted or had collapsed. The
    regional government said it would build [[30 new homes|housing;p;a=The regional
    government]] and had sent [[90 food baskets|aid;a=The regional government]]. Another
    [[70 families|displaced;a=officials]] from the hamlet are still living in Pichari, officials
    said, and [[about a dozen|returned;p;a=officials;n=-]] plan to return next month.""",
)

item(
    "Court in Lima sentences Shining Path commander for 2008 ambush",
    """A court in Lima sentenced a commander of the Militarized Communist Party of Peru to
    {{35 years}} in prison on Thursday for the {{2008}} ambush in Sanabamba. The defendant,
    {{54}}, was captured in {{2019}}. Prosecutors had asked for life imprisonment. The trial,
    which began in {{March 2023}}, heard testimony over {{14 months}}. The court ordered him to
    pay {{500,000 soles}} in civil damages. His defence said it would appeal within
    {{10 days}}.""",
)

item(
    "DEVIDA survey: coca area falls in the VRAEM",
    """The area planted with coca in the VRAEM fell to {{29,000 hectares}} in {{2024}}, down
    {{7%}} from the previous year, Peru's anti-drug agency DEVIDA said in its annual report. The
    valley still accounts for about {{31%}} of Peru's coca. DEVIDA said it would spend
    {{120 million soles}} on alternative development in {{2026}}, up from {{95 million}}. Coffee
    and cocoa prices rose about {{20%}} in the {{first}} half of the year.""",
)

item(
    "Health teams reach Ene communities cut off by fighting",
    """A joint mission of the Health Ministry and the International Committee of the Red Cross
    reached [[11 Asháninka communities|aid;a=the ICRC;u=other]] on the Ene river last week, the
    ICRC said, the first medical visit in {{eight months}} to an area where armed groups restrict
    movement. Doctors attended [[about 1,400 patients|aid;a=The ICRC]] and vaccinated
    [[more than 600 children|aid;a=The ICRC]], it said. The ICRC said [[some 3,500 people|civilians;a=The
    ICRC]] in the area had limited access to health care because of the presence of armed
    groups. [[Two health workers|kidnapped;a=the regional health directorate]] were held for a day by armed men during a similar
    mission in {{2024}}, the regional health directorate said. The mission brought
    [[six tonnes of medicines and supplies|aid;n=tonnes]] by river.""",
)
