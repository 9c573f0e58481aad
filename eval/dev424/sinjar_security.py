"""dev424 items: Sinjar after the recapture, as a contested district: Turkish air and drone
strikes, the YBS and the PKK, the Sinjar agreement and its police, the clashes with the Iraqi
army, Islamic State's remnants, mines, protests and arrests."""

from _wrap import item

item(
    "Turkish jets strike Mount Sinjar, killing peshmerga by mistake",
    """
Turkish warplanes struck positions of the PKK and its Yazidi ally, the YBS, on Mount Sinjar
before dawn on {{25 April}}, killing [[five peshmerga|killed;a=the Kurdistan Region's peshmerga
ministry]] at a nearby post by mistake, the Kurdistan Region's peshmerga ministry said. The
Turkish military said its jets had hit [[32 targets|other;a=The Turkish military;u=other]] in
Sinjar and in north-east Syria and "neutralised" [[about 70 terrorists|killed;a=The Turkish
military]]. Local health officials said [[15 people|injured;a=Local health officials]] had been
wounded on the mountain, among them [[four civilians|injured;a=Local health officials]]. The
YBS, which says it has [[about 2,000 fighters|combatants;a=The YBS]] in the district, said its
media centre had been destroyed. [[Several hundred families|displaced]] camped on the plateau
moved further from the bases after the strikes.
""",
)

item(
    "Turkish drone hits clinic near Sinjar",
    """
A Turkish drone struck a clinic in the village of Sikeniye, near Sinjar, on {{17 August}},
killing [[eight people|killed;a=local officials]], local officials said, a day after a strike on
a car killed a senior YBS commander. Among the dead were [[four YBS members|killed]] who were
being treated at the clinic. Doctors in Sinjar said [[about a dozen people|injured;a=Doctors in
Sinjar]] had been brought in with wounds. The clinic, rebuilt with foreign money in {{2019}},
served [[about 8,000 people|aid]] in the surrounding villages. Iraq's foreign ministry said
Turkey had carried out [[more than 20 strikes|other;a=Iraq's foreign ministry;u=other]] on
Sinjar since {{January}}, and summoned the Turkish charge d'affaires. Ankara said it had hit a
PKK facility. [[About 100 families|displaced]] left Sikeniye for Sinjar town after the strike.
""",
)

item(
    "Baghdad and Erbil sign deal to run Sinjar together",
    """
Iraq's federal government and the Kurdistan Regional Government signed an agreement on {{9
October 2020}} to restore state authority in Sinjar and push out the PKK and its affiliates.
Under the deal, [[2,500 local police officers|combatants;p]] are to be recruited, and security
will be handed to the federal police and the army. The YBS, which says it has [[more than 5,000
members|combatants;a=The YBS]], was not consulted and rejected the deal. Iraqi officials
estimate that [[several hundred PKK cadres|combatants;a=Iraqi officials]] are in the district.
The UN said it hoped the agreement would allow [[about 200,000 displaced Yazidis|returned;a=The
UN;p]] to go home. The army already has [[about 4,000 troops|combatants]] stationed in the
district. Before {{2014}}, [[about 400,000 people|civilians]] lived there. Iraqi officials say
the YBS runs [[roughly 30 checkpoints|other;a=Iraqi officials]] on the roads around the
mountain.
""",
)

item(
    "Army and Yazidi militia clash in Sinjar, thousands flee",
    """
Fighting between the Iraqi army and the YBS, a Yazidi militia linked to the PKK, killed [[two
soldiers|killed;a=the army]] and [[one YBS fighter|killed;a=the army]] in Sinjar on Monday, the
army said. The Kurdistan Region's Joint Crisis Coordination Centre said [[more than 1,700
families|displaced;a=The Kurdistan Region's Joint Crisis Coordination Centre]], or [[about
10,000 people|displaced;a=The Kurdistan Region's Joint Crisis Coordination Centre]], had fled to
Duhok. Doctors at Sinjar hospital said [[at least 12 people|injured;a=Doctors at Sinjar
hospital]] had been wounded, several of them by stray rounds in their homes. The army said it
had detained [[30 suspects|arrested;a=The army]] during house searches and taken back [[six
checkpoints|other;a=The army]] from the militia. A ceasefire brokered by tribal elders held by
nightfall.
""",
)

item(
    "One dead as protest over party office turns violent in Sinjar",
    """
[[One protester|killed;a=health officials]] was killed and [[at least 16 people|injured;a=health
officials]] were injured when a protest over the reopening of Kurdish party offices in Sinjar
turned into a brawl between Yazidi and Arab residents, health officials said. Police arrested
[[nine people|arrested]] and imposed a curfew on the town. The protest, by [[hundreds of
Yazidis|other]], was called after rumours spread that [[about 300 Arab families|returned]] would
be allowed back to villages south of the mountain. The army said it had deployed [[about 1,000
troops|combatants;a=The army]] to separate the two sides. Prime Minister Mohammed Shia al-Sudani
ordered an inquiry.
""",
)

item(
    "Mines and booby traps still maim in Sinjar",
    """
Explosive remnants of the war with Islamic State have killed [[41 people|killed;a=UNMAS]] and
injured [[93|injured;a=UNMAS]] in Sinjar district since {{2016}}, UNMAS said on Monday. The UN
mine action service said [[27 of the victims|killed;a=The UN mine action service;alt=UNMAS]]
were children. The Mines Advisory Group said its teams had cleared [[4,300 explosive
items|other;a=The Mines Advisory Group]] from houses, fields and wells in the past year. [[Sixty
deminers|other]], many of them Yazidi women from the camps, now work in the district. Last week
[[three children|injured]] were hurt when a shell they found near Tal Qasab exploded.
""",
)

item(
    "UN report lists children recruited by armed groups in Sinjar",
    """
The UN verified the recruitment and use of [[31 children|combatants;a=The UN]] by the YBS in
Sinjar in {{2023}}, [[nine of them|combatants;a=The UN;n=-]] girls, according to the
Secretary-General's annual report on children and armed conflict. It verified [[five
children|killed;a=The UN]] killed and [[seven|injured;a=The UN]] maimed in Turkish drone strikes
in the district, and [[three attacks|other;a=The UN;u=other]] on schools there. Yazidi activists
said [[dozens of boys|combatants;a=Yazidi activists]] from the Duhok camps had joined the
militia since {{2020}}, some of them {{15 years old}}. The YBS said in a statement that it did
not recruit minors.
""",
)

item(
    "Turkish drone kills three YBS fighters near Khanasor",
    """
A Turkish drone struck a car near Khanasor on Monday, killing [[three YBS fighters|killed;a=the
YBS]], including a senior commander, the YBS said. Turkey's defence ministry said it had
"neutralised" [[18 PKK members|killed;a=Turkey's defence ministry]] in northern Iraq over the
weekend, without naming Sinjar. Turkish strikes in Sinjar have killed [[at least 68
people|killed;a=Community Peacemaker Teams]] since {{2017}}, among them [[19
civilians|killed;a=Community Peacemaker Teams]], according to Community Peacemaker Teams, which
tracks the strikes. [[About 200 families|displaced]] have left villages near Khanasor this year.
The YBS, which says it has [[3,500 fighters|combatants;a=The YBS]], has vowed to respond. [[Two
passers-by|injured]] were wounded in Monday's strike.
""",
)

item(
    "PKK fighters burn weapons; Sinjar's YBS says it will keep its own",
    """
[[Thirty PKK fighters|combatants]] burned their rifles at a ceremony near Sulaymaniyah on {{11
July}}, the {{first}} step in the disarmament the group announced in {{May 2025}}. The YBS in
Sinjar said the decision did not apply to it. Its commander, Saeed Hassan, said [[about 3,000
men and women|combatants;a=Saeed Hassan;n=men and women]] served in its ranks and would not hand
over their weapons until Yazidis had their own security. Iraqi officials said [[about 1,000 YBS
members|combatants;a=Iraqi officials;p]] could be absorbed into the police under the Sinjar
agreement. Turkish officials estimate that [[several hundred PKK cadres|combatants;a=Turkish
officials]] remain in the district. The Iraqi government says Turkey has carried out [[at least
40 drone strikes|other;a=The Iraqi government;u=other]] on Sinjar since {{2020}}. According to
IOM, [[about 120,000 people|displaced;a=IOM]] from Sinjar are still in the camps, many of them
unwilling to return while armed groups rule the district.
""",
)

item(
    "Islamic State attack on army post south of Sinjar kills three",
    """
Islamic State militants attacked an army post south of Sinjar overnight, killing [[three
soldiers|killed;a=the Security Media Cell]] and wounding [[four|injured;a=the Security Media
Cell]], the Security Media Cell said on Wednesday. Iraqi aircraft then struck caves in the
Jazira desert, killing [[11 militants|killed;a=the army]], the army said. Security forces
arrested [[six suspects|arrested]] in the nearby villages. [[About 40 families|displaced]] fled
the village of Qabusiya for Sinjar town after the attack. The group has kept [[up to 300
fighters|combatants;a=US officials]] in the desert between Sinjar and the Syrian border, US
officials say.
""",
)

item(
    "Yazidi activists detained after criticising authorities",
    """
Kurdish security forces have detained [[11 Yazidi activists|arrested;a=relatives]] in the camps
of Duhok since Sunday, relatives said, after they shared posts criticising the regional
government's role in Sinjar. Human Rights Watch said [[at least 35 people|arrested;a=Human
Rights Watch]] had been held in the Kurdistan region since {{2021}} over social media posts,
among them [[two journalists|arrested;a=Human Rights Watch]]. The Asayish said [[seven of the
activists|arrested;a=The Asayish]] had been released on bail. [[The other four|arrested;a=their
lawyer;n=-]] remain in custody in Duhok, their lawyer said. In Sinjar, the Iraqi army detained
[[four YBS members|arrested]] at a checkpoint on the road to Sinuni.
""",
)

item(
    "Arab families return to villages south of Sinjar amid Yazidi anger",
    """
[[About 150 Sunni Arab families|returned;a=Nineveh officials]] have returned to their villages
south of Mount Sinjar under a government plan, Nineveh officials said, the {{first}} organised
return since {{2017}}. [[Hundreds of Yazidis|other]] protested in Sinjar town on Tuesday,
accusing some of the returnees of joining Islamic State. [[Four houses|housing]] in the village
of Gir Zerik were burned overnight, and [[about 60 families|displaced]] from the village spent
the night in Sinjar town. The Nineveh police said they had arrested [[five young
men|arrested;a=The Nineveh police]] over the arson. The ministry of migration said [[about 3,000
families|displaced;a=The ministry of migration]] from Arab villages of the district were still
in camps in Nineveh and Anbar. The security services said they had vetted [[all 612
men|other;a=The security services]] among the returnees.
""",
)

item(
    "Sinjar's new police graduate as the force takes shape",
    """
[[More than 1,250 recruits|combatants;a=Iraq's interior ministry]] graduated from the police
academy in Mosul on Thursday to join Sinjar's local police, Iraq's interior ministry said,
{{five years}} after the Sinjar agreement called for the force. The ministry said [[a further
700|combatants;a=The ministry;alt=Iraq's interior ministry;p]] would be trained by the end of
next year. That would still leave the force short of its planned strength of [[2,500
officers|combatants;p]]. [[About 80 women|combatants]] are in the new force. [[Two dozen of the
new officers|combatants;p]] are to be posted in Kocho and Tal Qasab. Most of the recruits are
Yazidis, but [[some 150|combatants;a=the ministry;alt=Iraq's interior ministry]] are Arabs and
Kurds, the ministry said.
""",
)

item(
    "The Sinjar agreement, five years of deadlines",
    """
The Sinjar agreement was signed on {{9 October 2020}}. Its security section was to be carried
out within {{30 days}}, and a new mayor was to be named by the end of {{2020}}. By {{October
2021}} the parties had missed both deadlines, and in {{2022}} Baghdad and Erbil set up a joint
committee that met {{four times}} in its {{first year}}. The Iraqi parliament's {{2023}} budget
set aside funds for the district's administration for the {{first}} time. Federal court rulings
of {{2023}} and {{2024}} on the Kurdistan region's budget slowed the talks further. The UN
mission in Iraq, whose mandate ended on {{31 December 2025}}, called the deal's full
implementation its top priority for Sinjar.
""",
)

item(
    "Turkey vows to keep striking PKK targets in Sinjar",
    """
Turkey's defence minister said on {{21 March 2024}} that operations against the PKK in northern
Iraq would continue "until the last terrorist is neutralised", including in Sinjar, which lies
about {{115 kilometres}} from the Turkish border. Operation Claw-Lock began on {{17 April 2022}}
and is the {{third}} in the series since {{2019}}. Turkish officials said the operations had cut
attacks across the border by {{70 percent}}. Iraq's foreign ministry called the strikes a
violation of sovereignty for the {{12th}} time that year.
""",
)

item(
    "Iraqi army takes over YBS positions on Mount Sinjar",
    """
The Iraqi army took over [[14 YBS positions|other;a=the defence ministry;u=other]] on the
northern slopes of Mount Sinjar on Saturday under a deal brokered by Yazidi tribal leaders, the
defence ministry said. [[About 600 YBS fighters|combatants;a=a YBS spokesman]] withdrew to
Sinuni and Khanasor, a YBS spokesman said, and [[some 200 of them|combatants;a=a YBS
spokesman;n=-;p]] are to join the local police. [[Two soldiers|injured]] were hurt when a
roadside mine exploded near one of the handed-over posts. The army said it had detained [[eight
men|arrested;a=The army]] who refused to give up their weapons. Local officials said [[200-250
families|displaced;a=Local officials]] living in tents near the bases had moved down to the
villages. [[About 2,000 people|civilians]] still live on the mountain all year round.
""",
)
