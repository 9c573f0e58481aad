"""The Arakan Army's offensive in Rakhine and Paletwa, November 2023 to 2026: towns taken,
soldiers captured, air strikes, schools and markets hit, Sittwe and Kyaukphyu."""

from _wrap import item

item(
    "Arakan Army claims dozens of outposts as Rakhine truce collapses",
    """The Arakan Army said on Tuesday it had seized [[more than 40 junta outposts|other;a=The
    Arakan Army]] in northern Rakhine State since launching its offensive on {{November 13}},
    ending a year-long informal truce with the military. The group said [[about 120 soldiers and
    police|arrested;a=The group;alt=The Arakan Army;n=soldiers and police]] had surrendered or
    been captured, and that [[17 of its own fighters|killed;a=The group;alt=The Arakan Army]] had
    died. In Pauktaw, a riverside town that navy gunboats shelled from the water, residents said
    [[at least 4,000 people|displaced;a=residents]] had fled by boat. A local rescue group counted
    [[nine civilians|killed;a=A local rescue group]] dead and [[22|injured;a=A local rescue
    group]] wounded after shells hit a market on {{November 16}}. The military did not respond to
    requests for comment. The UN said [[some 26,000 people|displaced;a=The UN]] had been uprooted
    across Rakhine and neighbouring Paletwa in Chin State in the first week of fighting.""",
)

item(
    "Paletwa becomes first township wholly under Arakan Army control",
    """Paletwa, the last town in southern Chin State held by the military, fell to the Arakan Army
    on {{January 15}}, the group said. The AA said it had taken [[more than 50 prisoners|arrested;
    a=The AA]], among them a battalion commander. A resident told AFP that [[about 300
    families|displaced;a=A resident]] from his ward were sheltering in monasteries on the
    Kaladan river. Air strikes on the town over the previous {{10 days}} had destroyed [[at least
    70 houses|housing;a=a local administrator]], according to a local administrator quoted by the
    Chin outlet Khonumthung. The administrator said [[between 15 and 20 civilians|killed;a=The
    administrator]] had been killed in the raids, though that could not be verified. [[Roughly
    1,500 residents|displaced;a=Indian officials]] crossed into Mizoram's Lawngtlai
    district in the fortnight before the town fell, Indian officials said. Separately, Assam Rifles
    officers said [[23 Myanmar soldiers|returned;a=Assam Rifles officers]] who had crossed into
    Mizoram were flown back to Sittwe.""",
)

item(
    "Jet bombs Mrauk-U hospital weeks after town's capture",
    """Junta aircraft struck the general hospital in Mrauk-U on Wednesday, killing [[at least 14
    patients and staff|killed;a=the Arakan Army;n=patients and staff]] and wounding [[dozens
    more|injured;a=the Arakan Army;n=-]], the Arakan Army said. The ancient town had been under AA
    control for {{two weeks}}. Doctors told Radio Free Asia that [[around 40 wounded|injured;
    a=Doctors]] had been moved by boat to clinics in Kyauktaw, a {{two-hour}} trip. The AA's
    information team said the bombs had flattened [[two wards|housing;a=The AA's information
    team;u=structure]] and the operating theatre. The UN human rights office said [[more than 270
    civilians|killed;a=The UN human rights office]] had been killed in Rakhine since {{November}},
    and [[over 500|injured;a=The UN human rights office]] wounded. The AA said [[about 250
    families|displaced;a=The AA]] living near the hospital had moved to villages outside the
    town. Myanmar's military, which calls
    the AA a terrorist group, did not comment.""",
)

item(
    "Buthidaung burned as Arakan Army takes town",
    """The Arakan Army captured Buthidaung on {{May 18}} after a months-long siege, and Rohingya
    residents said the town was set ablaze the same night. The Australian Strategic Policy
    Institute counted [[more than 1,000 buildings|housing;a=The Australian Strategic Policy
    Institute]] burned across the town in satellite images. The AA denied setting the fires and
    blamed junta air strikes. A Rohingya activist in exile said [[up to 200,000 people|displaced;
    a=A Rohingya activist in exile]] had been forced out of the town and surrounding villages.
    Human Rights Watch said [[tens of thousands of Rohingya|displaced;a=Human Rights Watch]] had
    walked towards Maungdaw and the Bangladesh border, many with nowhere to go. Residents told
    Reuters that [[at least 16 men|missing;a=Residents]] from one ward had not been seen since
    they were led away by fighters. The AA said it had taken [[around 300 soldiers and
    conscripts|arrested;a=The AA;n=soldiers and conscripts]] prisoner. A doctor in a nearby
    village said he had treated [[12 people|injured;a=A doctor in a nearby village]] for burns.""",
)

item(
    "Last junta base on Bangladesh border falls to AA",
    """The Arakan Army said on Sunday it had taken the Border Guard Police {{Battalion 5}}
    headquarters in Maungdaw township, completing its control of the {{271-km}} border with
    Bangladesh. The group said it had captured the base commander, a brigadier general, along with
    [[about 80 of his men|arrested;a=The group;alt=The Arakan Army]]. It said [[more than 400 junta
    personnel|killed;a=The Arakan Army]] had died in the {{six-month}} siege. Earlier in the week,
    Bangladesh's border force said it had disarmed and detained [[64 Myanmar border
    guards|arrested;a=Bangladesh's border force]] who crossed into Teknaf. Aid workers in Cox's
    Bazar said [[about 8,000 Rohingya|displaced;a=Aid workers in Cox's Bazar]] had slipped across
    the Naf river in the previous {{two weeks}}. Rohingya groups said [[dozens of villagers|killed;
    a=Rohingya groups]] had died in crossfire and that [[hundreds of homes|housing;a=Rohingya
    groups]] in the hamlets south of the town were burned. The junta's information team said its
    forces had withdrawn in an orderly manner.""",
)

item(
    "Western Command headquarters in Ann overrun",
    """The Arakan Army said on Friday it had seized the headquarters of the military's Western
    Command in Ann, the first regional command to fall since the {{2021}} coup. The AA said
    [[more than 1,000 soldiers|combatants;a=The AA]] had defended the hilltop compound, and that
    [[about 320|arrested;a=The AA]] were taken prisoner, including [[14 officers|arrested;a=The
    AA]]. [[Two brigadier generals|arrested]] were among them. Residents of Ann said [[roughly
    15,000 people|displaced;a=Residents of Ann]], nearly the whole town, had left before the
    assault for fear of air strikes. The group says it now holds [[14 townships|other;a=The
    group;alt=The Arakan Army;u=other]] across Rakhine, as well as Paletwa in Chin State. The
    military's spokesman said [[no more than 200 soldiers|combatants;a=The military's
    spokesman]] had been at the base and that they had relocated to protect civilians.""",
)

item(
    "Air strike and fire devastate Ramree island village",
    """A junta air strike on the fishing village of Kyauk Ni Maw on Ramree island killed [[at least
    40 people|killed;a=the Arakan Army and a local aid group]] and wounded [[about 20|injured;a=the
    Arakan Army and a local aid group]] on Wednesday, according to the Arakan Army and a local aid
    group. Fires started by the bombing destroyed [[more than 500 homes|housing;a=the AA]], the AA
    said. Maung Tun, a {{52-year-old}} fisherman, said [[three of his relatives|killed;a=Maung
    Tun]] died when the roof of their house collapsed. The UN Resident Coordinator's office said
    it was deeply alarmed and that [[some 3,000 residents|displaced;a=The UN Resident Coordinator's
    office]] had fled to the hills. The military said it had targeted AA positions. Local
    volunteers said [[16 people|missing;a=Local volunteers]] were still unaccounted for on
    Thursday and that [[120 families|displaced;a=Local volunteers]] were sleeping in the
    monastery.""",
)

item(
    "Sittwe cut off as siege tightens around Rakhine capital",
    """Sittwe, the Rakhine State capital still held by the military, has been cut off by land since
    the Arakan Army took Ponnagyun, residents say. Local aid groups estimate [[fewer than 90,000
    people|civilians;a=Local aid groups]] remain in the city, many of them elderly. The junta has
    stationed [[an estimated 5,000 troops|combatants;a=the AA]] in and around Sittwe, according to
    the AA. Rice now costs {{80,000 kyat}} a bag, up from {{30,000 kyat}} a year ago. Residents
    said [[at least 2,000 young men|combatants;a=Residents]] had been taken for military training
    under the conscription law since {{February 2024}}, and that [[four people|killed;
    a=Residents]] were killed by shelling near the airport this week. Boats leaving for Yangon are
    packed: one carried [[more than 300 passengers|displaced;a=a port worker]] on Monday, a port
    worker said. The UN says [[about 130,000 Rohingya|displaced;a=The UN]] remain confined to camps
    outside the city, where they have lived since {{2012}}.""",
)

item(
    "AA says it holds hundreds of Rohingya conscripts",
    """The Arakan Army said it was holding [[more than 400 Rohingya|arrested;a=The Arakan Army]]
    who had been forcibly conscripted by the military and captured in fighting around Buthidaung.
    It said it planned to release [[about 150 of them|other;a=The Arakan Army;p;n=-]] to
    relatives in the coming weeks. Fortify Rights said the junta had forcibly conscripted [[at
    least 1,000 Rohingya men and boys|combatants;a=Fortify Rights;n=men and boys]] since
    {{February 2024}}, some {{as young as 15}}. The group interviewed [[23 former
    conscripts|other]] in Bangladesh. A Rohingya community leader in Buthidaung said [[nearly 80
    conscripts|killed;a=A Rohingya community leader in Buthidaung]] from his village tract had died
    in battle. Camp leaders in Sittwe said they had been ordered to supply [[200 men a
    month|combatants;p;a=Camp leaders in Sittwe]]. The military denies forcibly recruiting
    Rohingya, who are denied citizenship under a {{1982}} law.""",
)

item(
    "Junta rushes reinforcements to Gwa by sea",
    """Fighting reached the outskirts of Gwa in southern Rakhine this week, with the military sending
    [[1,500 to 2,000 reinforcements|combatants;a=the Arakan Army]] by sea from Ayeyarwady region,
    according to the Arakan Army. The AA said it had repelled the attack, killing [[dozens of
    soldiers|killed;a=The AA]] and seizing [[more than 200 rifles|other;a=The AA]]. Residents said
    [[around 12,000 people|displaced;a=Residents]] had fled south towards Ngathaing Chaung. Abbot U
    Pyinnya said his monastery was sheltering [[350 displaced people|displaced;a=Abbot U
    Pyinnya]]. Navy gunboats shelled [[three villages|other]] along the coast on Tuesday night. The
    AA said it expected [[up to 50,000 more people|displaced;a=The AA;p]] to flee if the town came
    under siege.""",
)

item(
    "Kyaukphyu fighting puts China's port plans in doubt",
    """Fighting near Kyaukphyu has raised doubts about China's flagship {{$7.3 billion}}
    deep-sea port, in which the state-owned CITIC Group holds a {{70%}} stake. Twin oil and gas
    pipelines that run {{771 km}} from the coast to Yunnan have carried gas since {{2013}}, with
    capacity of {{12 billion cubic metres}} a year. The Arakan Army, whose fighters are within
    {{10 km}} of the town, said on {{March 3}} it would not harm Chinese investments. Beijing's
    special envoy visited the region for the {{third}} time in {{six months}}, a diplomat said.
    Border trade through Muse fell {{40%}} in the {{2024-25}} fiscal year, according to the
    commerce ministry.""",
)

item(
    "Arakan Army chief marks anniversary with call for 'final stage'",
    """Twan Mrat Naing, the {{46-year-old}} commander-in-chief of the Arakan Army, founded the
    group in {{2009}} in the Kachin hills near the Chinese border. In a video address marking its
    {{16th}} anniversary on {{April 10}}, he said the struggle had entered its final stage. He
    spoke for {{90 minutes}}, mostly about administration, taxes and trade. The group's political
    wing, the United League of Arakan, announced a {{five-year}} development plan and a {{5%}}
    levy on goods crossing from Bangladesh. The address was broadcast at {{8pm}} on the group's
    channels.""",
)

item(
    "Bombs hit Kyauktaw boarding school, killing students",
    """A military jet dropped [[two bombs|other;a=the Arakan Army;u=other]] on a private boarding
    school in Kyauktaw township early on Friday, killing [[19 students|killed;a=the Arakan Army]]
    and wounding [[22 others|injured;a=the Arakan Army]], the Arakan Army said. The students were
    aged between {{15 and 21}}, a teacher said. The school had enrolled [[about 250
    pupils|other]] from villages across the township. Relatives said [[three students|missing;
    a=Relatives]] were still unaccounted for on Saturday. UNICEF said it was horrified and that
    [[more than 60 schools|housing;a=UNICEF]] in Rakhine had been hit since {{November 2023}}. The
    junta's spokesman said the military had struck a terrorist training site.""",
)

item(
    "Rights group accuses AA of killing Rohingya villagers",
    """Human Rights Watch accused the Arakan Army of killing [[at least 12 Rohingya
    villagers|killed;a=Human Rights Watch]] in northern Maungdaw last month. HRW said AA fighters
    had detained [[about 40 men|arrested;a=HRW]] from the village of Hla Poe Kaung and that
    [[seven|missing;a=HRW]] remained missing. The report was based on interviews with [[26
    witnesses|other]] now in Bangladesh. It said the AA had also abducted [[dozens of Rohingya
    men|kidnapped;a=Human Rights Watch]] for forced labour, digging trenches and carrying supplies.
    AA spokesman Khaing Thukha said the group did not target any community and that [[18 of its
    members|arrested;a=AA spokesman Khaing Thukha]] had been detained over abuses. The military
    has also been accused of arming Rohingya militias.""",
)

item(
    "Bangladesh ships fleeing border guards back to Myanmar",
    """Bangladesh on Thursday handed back [[330 Myanmar border guards and soldiers|returned;n=border
    guards and soldiers]] who had fled fighting with the Arakan Army, sending them home on a navy
    ship from Cox's Bazar. The men had crossed in small groups over {{10 days}}. Stray shells
    landing on the Bangladeshi side killed [[two people|killed;a=police]], a Bangladeshi woman and a
    Rohingya man, on {{February 5}}, police said. [[About 1,200 residents|displaced;a=local
    officials]] of Ghumdhum and Tumbru moved inland, local officials said. Officials said [[five
    schools|capacity;a=Officials]] near the frontier were shut and turned into shelters. The ship
    also brought back [[173 Bangladeshis|returned;a=the foreign ministry in Dhaka]] who had been
    jailed in Myanmar, the foreign ministry in Dhaka said. Dhaka says it will take no more
    Rohingya, but local officials expected [[several thousand more|displaced;p;a=local
    officials;n=-]] to try to cross.""",
)

item(
    "Soldiers and families surrender at Taungup hill base",
    """The Arakan Army said [[more than 200 soldiers|arrested;a=The Arakan Army]] surrendered at a
    hilltop base near Taungup on Monday, bringing with them [[some 450 family
    members|civilians;a=The Arakan Army]]. The group said it had captured [[four tanks|other;a=The
    group;alt=The Arakan Army]] and [[a dozen artillery pieces|other;a=The group;alt=The Arakan
    Army]]. Local media reported [[at least 30 soldiers|killed;a=Local media]] were killed as they
    tried to retreat along the Taungup-Pyay road. {{Two days}} later, junta jets bombed the base,
    killing [[nine of the prisoners|killed;a=the AA]], the AA said. The military has not commented
    on the surrender.""",
)

item(
    "A year on, residents trickle back to Mrauk-U",
    """A year after the Arakan Army captured Mrauk-U, [[about 9,000 residents|returned;a=the town's
    AA-appointed administrator]] have returned to the ancient capital, the town's AA-appointed
    administrator said. He said [[roughly 1,400 homes|housing;a=the town's AA-appointed
    administrator]] had been destroyed or damaged by air strikes and that [[120|housing;a=the
    town's AA-appointed administrator;u=structure]] had been rebuilt. The ULA's humanitarian
    department said it had handed out [[2,600 bags of rice|aid;a=The ULA's humanitarian
    department;n=bags]] in the township. [[Some 30,000 people|displaced;a=the UN]] from the
    township remain in forest camps, the UN said. Mobile and internet services have been cut in
    the state since {{January 2024}}. Teachers have reopened [[11 schools|other]] in the town. Officials expect [[up to 2,000 more
    families|returned;p;a=Officials]] to come back before the rains.""",
)
