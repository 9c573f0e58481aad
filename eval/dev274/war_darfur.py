"""Darfur: El Fasher and its siege, Zamzam, Tawila, El Geneina, Nyala, North Darfur's villages
and the crossing to eastern Chad (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Tawila fills as El Fasher survivors arrive on foot",
    """Survivors of the fall of El Fasher have been reaching Tawila on foot for {{five days}},
    many of them wounded, dehydrated and separated from relatives. The International
    Organization for Migration said [[more than 62,000 people|displaced;a=The International
    Organization for Migration]] had fled the city since the Rapid Support Forces overran the
    army's last positions on {{October 26}}. Only [[about 5,000|displaced;a=Médecins Sans
    Frontières;n=-]] had made it as far as Tawila, according to Médecins Sans Frontières, whose
    teams there treated [[396 people|injured;a=Médecins Sans Frontières]] for gunshot and
    shrapnel wounds in the first week. Survivors described checkpoints on the road west where
    men were pulled from the crowd. "They took [[my two brothers|kidnapped;a=Hawa Abdallah]] and
    we have heard nothing since," said Hawa Abdallah, {{41}}, who walked for {{three days}} with
    her children. The UN human rights office said it had received credible reports of
    [[hundreds of civilians|killed;a=The UN human rights office]] killed in the city and on the
    roads out of it, including [[at least 460 patients and companions|killed;a=The UN human
    rights office;n=patients and companions]] at the Saudi Maternity Hospital. The Sudan Doctors
    Network estimated that [[about 150,000 people|civilians;a=The Sudan Doctors Network]] were
    still inside El Fasher, unable or not allowed to leave.""",
)

item(
    "Zamzam empties after RSF assault on Sudan's largest camp",
    """The Rapid Support Forces stormed Zamzam, Sudan's largest camp for displaced people, on
    {{April 11}} after shelling it for {{two days}}. At its peak the camp south of El Fasher held
    [[an estimated 500,000 people|displaced]], many of whom had fled earlier waves of fighting
    in {{2003}} and {{2004}}. OCHA said [[more than 400,000 people|displaced;a=OCHA]] left in the
    week that followed, most of them walking the {{60 kilometres}} to Tawila. Relief
    International said [[nine of its staff|killed;a=Relief International]] were killed when
    gunmen entered its clinic, the last functioning health post in the camp. The local Emergency
    Response Room put the death toll at [[more than 200|killed;a=The local Emergency Response
    Room;n=-]]. The RSF said it had "secured" the camp and denied targeting civilians. Yale's
    Humanitarian Research Lab said satellite imagery showed [[at least 1,700
    structures|housing;a=Yale's Humanitarian Research Lab]] burned across the camp's markets and
    residential blocks. WFP said [[16 trucks|aid;a=WFP]] of food that had been waiting in Tawila
    for the road to open were turned back.""",
)

item(
    "UN experts put El Geneina toll in the thousands",
    """A panel of UN experts said in a report seen by Reuters that [[between 10,000 and 15,000
    people|killed;a=A panel of UN experts]] were killed in El Geneina, the capital of West
    Darfur, during {{2023}}, most of them members of the Masalit community. The violence drove
    [[more than 500,000 people|displaced;a=UNHCR]] across the border into Chad by the end of
    that year, according to UNHCR. The experts estimated that the RSF and allied Arab militias
    had [[between 4,000 and 6,000 fighters|combatants;a=The experts]] in and around the city in
    {{June}}. Masalit community leaders said [[about 1,300 people|missing;a=Masalit community
    leaders]] from El Geneina were still unaccounted for. [[Some 800 people|killed]] were killed in
    the Ardamata district alone in November. There, the panel found [[nearly 5,000
    homes|housing;a=the panel]] burned or razed. The report also covered the killing of the West
    Darfur governor, Khamis Abakar, on {{June 14}}, {{hours}} after he accused the RSF of
    genocide on television. The RSF has rejected the panel's findings.""",
)

item(
    "MSF halts work at El Fasher's South Hospital after raid",
    """Médecins Sans Frontières said it had suspended work at El Fasher's South Hospital, the
    last hospital in the city able to handle mass casualties, after RSF fighters stormed it on
    {{June 8}} and opened fire. The hospital had received [[1,315 wounded patients|injured;a=the
    charity;alt=Médecins Sans Frontières]] since the siege tightened on {{May 10}}, of whom
    [[208|killed;a=the charity;alt=Médecins Sans Frontières;n=-]] died of their injuries, the
    charity said. Doctors in the city told AFP that [[just two health facilities|other;a=Doctors
    in the city;u=structure]] remained even partly functional. The Sudan Doctors Network said
    the RSF was holding [[14 medical staff|kidnapped;a=The Sudan Doctors Network]] seized in
    the raid and demanding payment for their release. The UN estimates that [[800,000
    civilians|civilians;a=The UN]] are trapped in El Fasher, the only Darfur state capital not
    under RSF control. [[Thousands of fighters|combatants]] from the Joint Forces of former rebel
    movements are defending the city alongside the army's {{6th Infantry Division}}.""",
)

item(
    "Chad's Adre transit site swells to four times its size",
    """UNHCR said [[about 14,000 Sudanese refugees|displaced;a=UNHCR]] crossed into eastern Chad
    through Adre and Tine in the week to {{June 2}}, bringing the total since {{April 2023}} to
    [[more than 890,000|displaced;a=UNHCR;n=-]]. Women and children made up {{88 percent}} of
    the new arrivals. The transit site at Adre, built for [[60,000 people|capacity;a=the
    agency;alt=UNHCR]], now shelters [[more than 230,000|displaced;a=the agency;alt=UNHCR;n=-]],
    the agency said. It plans to move [[40,000 refugees|displaced;a=UNHCR;p]] to the new Dougui
    camp before the rains. Chad's government has allocated land for [[four new camps|capacity;p]]
    in the Ouaddaï and Wadi Fira provinces. WFP said it was feeding [[620,000
    refugees|aid;a=WFP]] in eastern Chad but would cut rations in {{July}} unless a shortfall of
    {{$120 million}} was closed.""",
)

item(
    "Army airstrike on Nyala livestock market",
    """Army warplanes struck the main livestock market in Nyala, the RSF's de facto capital in
    South Darfur, on {{Monday}}, killing [[at least 47 people|killed;a=the RSF-aligned civil
    administration]] and wounding [[more than 90|injured;a=the RSF-aligned civil
    administration;n=-]], the RSF-aligned civil administration said. The Emergency Response Room
    in Nyala said its volunteers had buried [[38 bodies|killed;a=The Emergency Response Room in
    Nyala]] by nightfall. Witnesses said [[around 60 shops|housing;a=Witnesses]] around the
    market burned. The army said it had targeted a drone workshop and destroyed [[12
    drones|other;a=The army]] being prepared for launch. Residents said [[dozens of
    traders|missing;a=Residents]] from villages around the city had not come home. The strike was
    the {{third}} on Nyala in {{a month}}.""",
)

item(
    "Freed Dagris detainees describe hunger and beatings",
    """Detainees released from the RSF's Dagris prison in Nyala described cells so crowded that
    men slept in shifts. The RSF said it had freed [[312 detainees|other;a=The RSF]] on Eid
    al-Adha as a goodwill gesture. The Emergency Lawyers group said [[at least 3,000
    people|arrested;a=The Emergency Lawyers group]] remained held there, many of them picked up
    in El Fasher and Kutum on suspicion of supporting the army. Former inmates said [[17
    detainees|killed;a=Former inmates]] had died of hunger or disease in the month before their
    release. "They brought in [[40 new prisoners a day|arrested;a=Adam Ishag]]," said Adam
    Ishag, a {{52-year-old}} teacher held for {{seven months}}. Families have registered [[more
    than 1,100 relatives|missing;a=the group;alt=Emergency Lawyers]] as missing with the lawyers' group, the group
    said, and believe many are in Dagris. The lawyers also documented [[23 women|kidnapped;a=The
    lawyers;alt=Emergency Lawyers]] abducted from markets in Nyala and held in RSF homes.""",
)

item(
    "Drone strike on El Fasher mosque at dawn prayers",
    """A drone struck a mosque in El Fasher's Daraja Oula neighbourhood during dawn prayers on
    {{Friday}}, killing [[at least 78 worshippers|killed;a=the local Emergency Response
    Room]], the local Emergency Response Room said. Volunteers pulled [[11 more bodies|killed]]
    from the rubble later in the day. The Sudan Doctors Network said [[about 20 people|injured;a=The Sudan Doctors Network]] were being treated in a makeshift clinic, since no hospital in
    the area still has an operating theatre. [[At least 11 children|killed]] were among the
    dead. The Emergency Response Room said [[about 260,000 people|civilians;a=The Emergency
    Response Room]] remained in the city. The mosque lies close to Abu Shouk camp, which
    held [[about 190,000 displaced people|displaced]] before the siege. The army said its air
    defences had shot down [[three drones|other;a=The army]] over the city the same morning. The
    RSF, which has been launching drones from positions {{15 km}} to the east, did not comment.
    The attack came at {{5.30am}}, when the mosque was full, a volunteer said.""",
)

item(
    "Returnees head back to West Darfur from Chad",
    """The International Organization for Migration said [[about 180,000 people|returned;a=The
    International Organization for Migration]] had gone back to West Darfur from Chad since
    early {{2024}}, most of them to El Geneina and Kereneik. UNHCR expects [[a further
    100,000|returned;a=UNHCR;p;n=-]] to cross back before the rainy season. Many found their
    homes gone: [[roughly 2,400 houses|housing]] in El Geneina's Jamarek and Al-Jabal districts
    were destroyed in {{2023}}. UNHCR counted [[between 1,000 and 1,500
    people|returned;a=UNHCR]] crossing back each day at Adre in {{May}}. [[Twelve schools|capacity]]
    in the town still house returnees who have nowhere else to go. The Norwegian Refugee Council
    said [[1,800
    families|aid;a=The Norwegian Refugee Council]] had received shelter kits and cash in the town
    since {{January}}. Returning Masalit families said [[at least 25 relatives|missing;a=Returning Masalit families]] they hoped to find in the town were still unaccounted for. In
    the Adre camps, a UNHCR survey found that {{one in three}} refugees intended to go home
    within the year.""",
)

item(
    "RSF raids burn villages around Kutum",
    """[[Hundreds of RSF fighters|combatants;a=survivors]] on motorbikes and pickups swept
    through farming villages north of Kutum over {{three days}}, survivors told the BBC. The
    Darfur Bar Association said [[at least 42 villages|housing;a=The Darfur Bar Association]]
    were burned and [[at least 95 people|killed;a=The Darfur Bar Association]] killed. Women's
    groups in Kutum said [[at least 30 women and girls|kidnapped;a=Women's groups in Kutum;n=women
    and girls]] were abducted. The raiders drove off [[some 4,000 head of cattle|other;a=residents]] and
    looted grain stores, residents said. IOM said [[12,400 people|displaced;a=IOM]] fled
    towards Kutum town and the hills of Jebel Si. The RSF denied involvement, saying the attacks
    were carried out by "outlaws".""",
)

item(
    "ICC sentences Kushayb to 20 years for Darfur crimes",
    """The International Criminal Court sentenced Ali Muhammad Ali Abd-Al-Rahman, known as Ali
    Kushayb, to {{20 years}} in prison on {{Tuesday}} for crimes committed in Darfur in {{2003}}
    and {{2004}}. The Janjaweed commander, who is {{76}}, had surrendered in the Central African
    Republic in {{June 2020}}. Judges said his age and poor health did not outweigh the gravity of
    the crimes. The ruling came {{more than two decades}} after the events and {{18 years}} after
    the court first issued a warrant for him, in {{April 2007}}. Prosecutors said the verdict
    should be a warning to commanders in today's war, which began on {{15 April 2023}}.""",
)

item(
    "Sorghum prices soar in besieged El Fasher",
    """A malwa of sorghum, about {{3.5 kg}}, sold for {{45,000 Sudanese pounds}} in El Fasher's
    remaining market on {{Sunday}}, up from {{6,000 pounds}} in {{January}}, traders said. The
    price of millet rose by {{480%}} over the same period, according to a monitoring group. Animal
    fodder known as ambaz, usually fed to livestock, was selling for {{10,000 pounds}} a sack.
    The Sudanese pound traded at about {{2,600}} to the dollar on the parallel market in Port
    Sudan, against {{570}} when the war began in {{April 2023}}. The WFP's market monitor said
    prices in the city were {{four times}} the national average.""",
)

item(
    "Famine confirmed in Zamzam as malnutrition spreads",
    """The Famine Review Committee said conditions in Zamzam camp met the threshold of {{Phase
    5}}, the first famine it has confirmed anywhere since {{2017}}. Across Sudan, [[25.6 million
    people|civilians;a=the committee;alt=The Famine Review Committee]] face acute food insecurity, including
    [[755,000|civilians;a=the committee;alt=The Famine Review Committee;n=-]] in catastrophic
    conditions, the committee said. MSF said its teams had screened [[46,000
    children|aid;a=MSF]] in the camp since {{January}} and found [[about 12,000|civilians;a=MSF;
    n=-]] acutely malnourished. Global acute malnutrition stood at {{30%}}, well above the
    emergency threshold of {{15%}}. Aid agencies said [[up to 2.5 million people|killed;a=Aid
    agencies;p]] could die of hunger by the end of the year if access did not improve. The army
    government rejected the famine finding, saying it had not been consulted.""",
)

item(
    "Aid drivers abducted on Tawila road",
    """WFP said [[three contracted drivers|kidnapped;a=WFP]] were abducted at gunpoint on the road
    between Tawila and Kabkabiya on {{Wednesday}} and [[five of its trucks|aid;a=WFP]] were
    seized. The convoy of [[15 trucks|aid]] was carrying [[340 tonnes|aid]] of sorghum, lentils
    and oil for displaced families. The drivers were freed on {{Friday}} after elders
    intervened, the agency said, but the food was lost. OCHA said [[at least 120 aid
    workers|killed;a=OCHA]] had been killed in Sudan since {{April 2023}}, most of them Sudanese
    staff and volunteers. The RSF said it had arrested [[four men|arrested;a=The RSF]] in
    connection with the hijacking.""",
)

item(
    "Cholera spreads through Tawila's crowded sites",
    """[[More than 650,000 displaced people|displaced;a=the area's humanitarian coordination group]] now live in and around Tawila, a town
    that had [[about 65,000 residents|civilians;a=the area's humanitarian coordination group]]
    before the war, according to the area's humanitarian coordination group. They are spread across [[32 gathering sites|capacity]] with little
    shade or water. MSF said it had treated [[2,300 cholera patients|other;a=MSF]] in the past
    {{five weeks}} and that [[at least 87 people|killed;a=MSF]] had died. UNICEF said it had
    installed [[140 latrines|aid;a=UNICEF]] but that [[1,000 more|aid;a=UNICEF;p;n=-;u=other]] were
    needed to contain the outbreak. People are collecting water from open wells {{2 metres}} deep,
    a local volunteer said.""",
)

item(
    "Joint Forces say RSF attack on Tina repelled",
    """The Joint Forces of Darfur's armed movements said they had repelled an RSF attack on the
    border town of Tina on {{Saturday}}, killing [[more than 300 RSF fighters|killed;a=The Joint
    Forces of Darfur's armed movements]]. A Joint Forces spokesman said [[19 of their own
    fighters|killed;a=A Joint Forces spokesman]] had died and [[47 combat vehicles|other;a=A Joint
    Forces spokesman]] had been captured or destroyed. The RSF, for its part, said it had captured
    [[112 soldiers and allied fighters|arrested;a=The RSF;n=soldiers and allied fighters]] and
    posted videos of men sitting on the ground with their hands tied. Neither claim could be
    verified. The movements said they had mobilised [[5,000 fighters|combatants;a=The
    movements]] from the Zaghawa areas along the Chad border in recent weeks. Residents said
    [[about 7,000 people|displaced;a=Residents]] crossed into Chad during the fighting.""",
)

item(
    "Wounded from El Geneina overwhelm Adre hospital",
    """In {{three days}} in mid-June, [[more than 850 wounded people|injured;a=MSF]] arrived at the
    hospital in Adre from El Geneina, MSF said, most with gunshot wounds. Its surgeons
    performed [[over 100 operations|other;u=other]] in that time, working around the clock. The hospital's [[30 beds|capacity]] were full within hours, and
    patients lay on the ground outside. [[Dozens of the wounded|killed]] died on the road or
    shortly after arriving. The Chadian army said [[about 15,000 people|displaced;a=The Chadian army]]
    had crossed at Adre on a single day, {{June 15}}. Refugees said [[hundreds of
    men|kidnapped;a=Refugees]] had been taken from the crowds at checkpoints on the {{27 km}}
    road to the border.""",
)
