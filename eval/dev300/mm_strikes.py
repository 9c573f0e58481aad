"""Airstrikes, drone and artillery attacks on villages, schools, monasteries, hospitals and
markets, 2021-2026, as the resistance, rights groups, UN agencies, the junta and the wires
report them."""

from _wrap import item

item(
    "Jets and gunship hit crowd at Sagaing village ceremony",
    """Myanmar military jets bombed a crowd gathered for the opening of a resistance-run
    administration office in Pazigyi village in Sagaing region on {{April 11, 2023}}, and a
    helicopter gunship then fired on those who ran. A rescue worker told the BBC that
    [[at least 165 people|killed;a=A rescue worker]] had been killed, [[about 20 of them
    children|killed;a=A rescue worker;n=children]], and that [[dozens of wounded
    villagers|injured;a=A rescue worker]] had been carried to clinics in nearby villages. The
    National Unity Government later put the toll at [[168|killed;a=The National Unity
    Government]]. Junta spokesman Zaw Min Tun confirmed the strike, saying it had targeted
    "terrorists", and claimed that [[several dozen members|combatants;a=Junta spokesman Zaw Min
    Tun]] of the local People's Defence Force had been at the ceremony. Residents said
    [[more than 40 houses|housing;a=Residents]] around the site had burned and that [[about 300
    people|displaced;a=Residents]] had fled to the forest. The UN human rights office said it was
    "horrified".""",
)

item(
    "Eleven children among dead as helicopters strike Let Yet Kone school",
    """Helicopters fired on a monastery school in Let Yet Kone village in Sagaing's Tabayin
    township on {{September 16, 2022}}, killing [[13 people|killed;a=a school administrator]],
    [[seven of them children|killed;a=a school administrator;n=children]], a school administrator
    told the Associated Press. Soldiers who landed afterwards took the bodies away, and
    [[at least 17 pupils|injured;a=UNICEF]] were wounded, UNICEF said in a statement that put
    the number of children killed at [[11|killed;a=UNICEF;n=-]]. The administrator said the
    army had also detained [[around 20 children|kidnapped;a=The administrator]] and teachers and
    taken them to the town of Ye-U. The school, which taught [[about 240 students|other]] from
    {{grades 1 to 9}}, has not reopened. A villager, {{aged 52}}, said
    "there are no children left here now".""",
)

item(
    "Airstrike on monastery shelter in Sagaing kills displaced villagers",
    """A junta aircraft dropped [[two bombs|other;u=other;a=a local resistance group]] on a Buddhist monastery in Lin Ta Lu village in
    Sagaing region shortly after {{1 a.m.}} on Friday, killing [[at least 23
    civilians|killed;a=a local resistance group]], among them [[four children|killed;a=a local
    resistance group]], a local resistance group said. The monastery had been sheltering
    [[more than 150 people|displaced]] who fled fighting in nearby
    villages. A volunteer who helped pull people from the rubble told Myanmar Now that
    [[30 others|injured;a=A volunteer who helped pull people from the rubble]] were wounded, [[a
    dozen|injured;a=A volunteer who helped pull people from the rubble;n=-]] of them seriously,
    and that the main hall and [[three smaller buildings|housing;a=A volunteer who helped pull
    people from the rubble]] were destroyed. The abbot, a monk {{in his 70s}}, was among the
    dead. The military did not comment.""",
)

item(
    "Karenni camp shelled, church destroyed",
    """Artillery shells fired from a junta base near Loikaw landed in a camp for displaced people
    in Demoso township in Karenni state on Sunday, killing [[five people|killed;a=the Karenni
    Civil Society Network]] and wounding [[nine|injured;a=the Karenni Civil Society
    Network;n=-]], the Karenni Civil Society Network said. The camp houses [[roughly 1,200
    people|displaced;a=the network;alt=the Karenni Civil Society Network]], the network added.
    A Catholic church used as a shelter was destroyed. The Karenni National Defence Force said
    [[about 60 families|displaced;a=The Karenni National Defence Force]] had moved deeper into
    the hills after the attack, leaving [[fewer than 100 residents|civilians;a=The Karenni
    National Defence Force]] in the camp. The diocese of Loikaw said [[16 of its
    churches|housing;a=The diocese of Loikaw;u=structure]] had been damaged or destroyed since
    {{2021}}. It said the camp had been built for [[no more than 800 people|capacity;a=The Karenni National Defence Force]].""",
)

item(
    "Rights group counts airstrikes on schools, clinics and monasteries",
    """Myanmar's military carried out [[at least 1,652 airstrikes|other;a=Myanmar
    Witness;u=other]] between the {{February 2021}} coup and the end of {{2023}}, the monitoring
    group Myanmar Witness said in a report on Tuesday. The strikes hit [[at least 83
    schools|housing;a=Myanmar Witness]], [[more than 60 monasteries|housing;a=Myanmar
    Witness;u=structure]] and [[37 health facilities|housing;a=Myanmar Witness]], it said. In the
    {{12 months}} after the start of the resistance offensive in {{October 2023}}, the average
    rose to [[about five strikes a day|other;a=the researchers;u=other]], the researchers wrote.
    They could verify the toll of only a fraction of them, but matched [[936
    deaths|killed;a=the researchers]]
    to specific strikes. The military's information team said it strikes "only terrorist
    targets". Monks in Sagaing told the group that [[at least 40 novices|killed;a=Monks in Sagaing]] had died in strikes on monasteries.""",
)


item(
    "Market strike kills shoppers in Chin state town",
    """A military jet bombed the main market of Thantlang in Chin state on Monday morning,
    killing [[eight people|killed;a=the Chinland Council]], including a woman and her baby, the
    Chinland Council said. The council said [[22 people|injured;a=The council;alt=the Chinland
    Council]] had been taken to a field hospital near the Indian border, a {{three-hour}} drive
    away, and that [[about 50 shops|housing;a=The council;alt=the Chinland Council]] had burned.
    Thantlang had been almost empty since {{2021}}, when [[more than 10,000
    residents|displaced]] fled shelling and soldiers set fire to [[over 900 houses|housing]].
    Local officials said [[several hundred families|returned;a=Local officials]] had come back
    over the past year to reopen shops. The council said [[three of the injured|injured;a=The council;alt=the Chinland Council;n=injured]] were in critical condition.""",
)

item(
    "Hospital in Rakhine's Mrauk-U hit by airstrike",
    """A junta airstrike hit the general hospital in Mrauk-U in Rakhine state late on Wednesday,
    killing [[at least 34 people|killed;a=the Arakan Army]], most of them patients and their
    relatives, the Arakan Army said. [[Some 80 others|injured;a=the Arakan Army;n=-]] were
    wounded, it said, figures that could not be independently verified. The hospital, the
    only one still working in the township, had [[about 120 beds|capacity;a=a doctor who
    works there]], a doctor who works there told Reuters, and [[14 of its staff|other;a=a doctor who works there]] had
    remained on duty after the town fell to the Arakan Army in {{February 2024}}. The World
    Health Organization has recorded [[more than 270 attacks|other;a=The World Health
    Organization;u=other]] on health care in Myanmar since the coup. The military said it had
    struck a "terrorist command post". The doctor said [[about 20 patients|other;a=The doctor;alt=a doctor who works there]] had been moved to a monastery that is being used as a field clinic, and that [[two nurses|killed;a=The doctor;alt=a doctor who works there]] were among the dead.""",
)

item(
    "Drone attacks on Mandalay region villages leave dozens dead, NUG says",
    """Military drones and a fighter jet attacked [[four villages|other;a=the National Unity
    Government]] in Mandalay region's Singu township over the weekend, the National Unity
    Government said on Monday, killing [[27 civilians|killed;a=the National Unity
    Government]]. Its human rights ministry said [[11 of the dead|killed;a=Its human rights
    ministry;n=dead]] were children sheltering in a school, and that [[more than 3,000
    villagers|displaced;a=Its human rights ministry]] had fled toward the Irrawaddy river. A
    local defence force commander told Radio Free Asia that his unit had lost [[two
    fighters|killed;a=A local defence force commander]] and that [[up to 200 soldiers|combatants;a=A local
    defence force commander]] were advancing on the area. The junta's Global New Light of
    Myanmar said troops had "cleared" the villages of insurgents. Residents said [[at least 70 houses|housing;a=Residents]] were burned when troops entered [[two of the villages|other;a=Residents]] on Sunday.""",
)

item(
    "UN rights office tallies civilian deaths from military air power",
    """Air and artillery strikes accounted for a growing share of civilian deaths in Myanmar in
    {{2024}}, the UN human rights office said in a report on Friday. It said it had verified
    [[1,864 civilian deaths|killed;a=the UN human rights office]] during the year, against
    [[1,192|killed;a=the UN human rights office;n=-]] in {{2023}}, and that
    [[nearly 600|killed;a=the UN human rights office;n=-]] of those killed in {{2024}}
    died in airstrikes. The report documented [[53 attacks|other;a=The report;u=other]] on
    schools and [[41|other;a=The report;n=-;u=other]] on places of worship. The office said the
    real numbers were "certainly higher", since [[tens of thousands of people|civilians;a=The
    office]] live in areas where telephone and internet services have been cut. The junta's
    mission in Geneva rejected the report as "one-sided".""",
)

item(
    "Bombs fall on Kachin jade-mining hub during festival",
    """[[Three bombs|other;u=other;a=a Kachin Independence Organisation spokesman]] dropped by military aircraft hit an outdoor concert held by the Kachin
    Independence Organisation near Hpakant on {{October 23, 2022}}, killing [[more than 60
    people|killed;a=a Kachin Independence Organisation spokesman]], among them singers,
    musicians and jade miners, a Kachin Independence Organisation spokesman said. Medical
    workers said [[about 100 people|injured;a=Medical workers]] were wounded and that troops
    at checkpoints had turned back [[at least two ambulances|other;a=Medical workers]] carrying
    the injured to hospital. The Kachin Baptist Convention said [[nine of the dead|killed;a=The Kachin
    Baptist Convention;n=dead]] were members of its congregations. The event marked the {{62nd}}
    anniversary of the founding of the KIO. The military called reports of civilian deaths
    "rumours". The KIO said [[about 2,000 people|other;a=The KIO]] had been at the concert and that [[some 300 families|displaced;a=The KIO]] from nearby mining camps had since fled to Hpakant town.""",
)

item(
    "Villages burned in Magway as columns sweep through",
    """Soldiers torched [[nearly 500 homes|housing;a=residents and local media]] in
    [[five villages|other;a=residents and local media]] in Magway region's Gangaw township over
    {{10 days}}, residents and local media reported. The Irrawaddy said a column of [[around
    150 soldiers|combatants;a=The Irrawaddy]] had entered the area on {{May 2}}, shooting
    at anyone seen on the roads. The bodies of [[six men|killed;a=a volunteer who buried
    them]] were found in a ravine, a volunteer who buried them said; [[three other
    villagers|missing;a=a volunteer who buried them]] were still unaccounted for. Data for
    Myanmar, a research group that tracks arson attacks, says [[more than 100,000
    houses|housing;a=Data for Myanmar]] have been burned across the country since the coup,
    most of them in Sagaing and Magway.""",
)

item(
    "Paraglider bomb attack on festival crowd in Sagaing",
    """Soldiers on a motorised paraglider dropped [[two bombs|other;u=other;a=witnesses and a member of a local resistance group]] on a crowd marking the Thadingyut
    festival in Chaung-U township on the night of {{October 6}}, killing [[at least 24
    people|killed;a=witnesses and a member of a local resistance group]] and injuring [[about
    50|injured;a=witnesses and a member of a local resistance group;n=-]], witnesses and a member
    of a local resistance group said. [[Some 100 people|other]] had gathered to light candles and
    protest against military rule. Amnesty International said it was the third attack of its kind
    in the region in {{2025}} and that the army had taken to using paragliders because its
    helicopter fleet was stretched. A later toll from a resident who helped carry the dead
    rose to [[between 26 and 30|killed;a=a resident who helped carry the dead;n=-]]. A local clinic said it was treating [[32 of the wounded|injured;a=A local clinic;n=wounded]], [[nine|injured;a=A local clinic;n=-]] of them children.""",
)

item(
    "Drone strike on Rakhine fishing village kills family members",
    """A drone launched by the military struck houses in a fishing village south of Kyaukphyu
    on Saturday, killing [[five members|killed;a=relatives]] of one family,
    [[three of them children|killed;a=relatives;n=children]], relatives said. The Arakan Army's information department said [[seven other
    residents|injured;a=The Arakan Army's information department]] were hurt and [[four
    houses|housing;a=The Arakan Army's information department]] destroyed. The strike came
    days after the group said its fighters had surrounded [[the last three military
    positions|other;u=structure;a=the group;alt=Arakan Army]] outside the town. Kyaukphyu is the terminus of Chinese oil and gas
    pipelines and the site of a planned {{$7.3 billion}} deep-sea port. The Arakan Army said [[more than 40 families|displaced;a=The Arakan Army]] had left the village after the strike and that [[at least 120 people|killed;a=The Arakan Army]] had died in drone and air attacks around Kyaukphyu since {{January}}.""",
)

item(
    "Displaced Karen sheltering by Moei river targeted by jets",
    """Jet fighters bombed a riverside camp for displaced villagers in Karen state's Hpapun
    district, a few kilometres from the Thai border, on Tuesday, the Karen National Union said,
    killing [[three people|killed;a=the Karen National Union]] and wounding [[eight|injured;a=the
    Karen National Union;n=-]]. The Free Burma Rangers, a relief group, said [[about 2,000
    people|displaced;a=The Free Burma Rangers]] had been living in bamboo shelters at the site
    and that most had
    fled again into the forest after the strike. Thai authorities allowed [[about 400
    people|displaced;a=local officials]], mostly women and children, to cross the river and
    shelter in a temporary site at Mae Sam Laep, local officials said. "The planes come every
    {{two or three days}} now," a Karen teacher said. A Karen health worker said [[two of the wounded|injured;a=A Karen health worker;n=wounded]] had been carried across to Thailand and that a clinic with [[12 beds|capacity;a=A Karen health worker]] at the site had been hit.""",
)

item(
    "School hit in Sagaing's Depayin as classes resume",
    """A military aircraft bombed a village school in Depayin township on Monday morning, an
    hour after lessons began, killing [[17 people|killed;a=the local education office run by
    the resistance]], [[15 of them pupils|killed;a=the local education office run by the
    resistance;n=pupils]], the local education office run by the resistance said. Another
    [[20 or so children|injured;q=approx;a=a teacher]] were hurt, a teacher said. The school
    had [[about 400 students|other]] enrolled, many from families displaced from nearby
    villages. Unicef said it was "appalled" and that [[more than 200 schools|housing;a=Unicef]]
    in Myanmar had been damaged by attacks since {{2021}}. The National Unity Government's
    education ministry said it runs [[some 3,000 schools|other;a=The National Unity
    Government's education ministry]] in areas outside junta control.""",
)

item(
    "Junta raises defence spending in new budget",
    """Myanmar's military government will spend about {{4.5 trillion kyat}} on defence and
    security in the {{2025-26 fiscal year}}, state media reported on Friday, roughly
    {{27%}} of the budget and up from {{3.4 trillion}} the year before. The fiscal year
    starts on {{April 1}}. At the black-market rate of about {{4,500 kyat}} to the dollar, the
    defence allocation is worth about {{$1 billion}}. Economists said inflation of more than
    {{25%}} since the {{2021}} coup had eroded the value of every line of the budget. The
    World Bank expects the economy to shrink by {{2.5%}} this year.""",
)

item(
    "Sagaing teacher looks back on a life in the war zone",
    """Daw Khin, {{58}}, taught for {{32 years}} in government schools before she walked out in
    {{February 2021}} to join the civil disobedience movement. She has since taught in a
    bamboo classroom in the hills west of Monywa, and says she has lost count of the nights she
    has spent in a dugout. Her son, {{aged 19}}, joined a resistance unit in {{2022}}. "I
    thought this would last {{three months}}," she said. "It is now the {{fifth year}}." The
    village's rainy season starts in {{June}}, when the roads turn to mud and the jets fly
    less.""",
)
