"""ISWAP and JAS attacks on resettled towns, farmers killed in their fields (Zabarmari, Dumba,
Mafa), suicide bombings in Gwoza and Konduga, abductions of women and firewood collectors,
2020-2026."""

from _wrap import item

item(
    "Jihadists kill rice farmers in their fields at Zabarmari",
    """
Zabarmari, a village of [[about 4,000 people|civilians]] on the edge of Maiduguri, buried its
dead on Sunday. Jihadists tied up and killed [[at least 43 farmers|killed;a=Governor Babagana Zulum]] working in
rice fields near Zabarmari, Governor Babagana Zulum said on Sunday, as he attended their burial.
The men, most of them labourers from Sokoto State, were harvesting at Koshobe, about {{20km}} from
Maiduguri, when the gunmen arrived on motorcycles on {{Saturday}} afternoon. A militia leader,
Babakura Kolo, told AFP he had recovered [[43 bodies|killed;a=Babakura Kolo]] and that
[[six others|injured;a=Babakura Kolo]] were being treated for wounds. [[Eight farmers|missing;a=residents]]
are still missing, residents said. The United Nations later put the toll at
[[110 civilians|killed;a=The United Nations]]. [[More than 200 families|displaced;a=local officials]]
fled Zabarmari for Maiduguri in the days that followed, local officials said.
""",
)

item(
    "Farmers pay with their lives for returning to Borno's fields",
    """
Jihadists have killed [[more than 300 farmers|killed;a=Amnesty International]] in Borno since
{{2020}}, Amnesty International said in a report on Monday, many of them while tending crops the
state government had urged them to plant. The rights group documented
[[29 attacks|other;a=The rights group;alt=Amnesty International;u=other]] on farming communities
in Jere, Konduga, Mafa and Dikwa. In the deadliest, at Zabarmari in {{November 2020}},
[[at least 43 people|killed;a=The rights group;alt=Amnesty International]] were killed, it said.
Survivors told the group that fighters demanded a levy of {{N20,000}} per farmer. The report said
[[dozens of women|kidnapped;a=The report;alt=Amnesty International]] had also been abducted while
gathering firewood. Amnesty interviewed [[62 survivors|other;a=Amnesty]] and
[[14 relatives|other;a=Amnesty]] of those killed.
""",
)

item(
    "Three suicide blasts in Gwoza kill 18, SEMA says",
    """
Female suicide bombers struck a wedding, a hospital and a funeral in Gwoza on Saturday, killing
[[at least 18 people|killed;a=the Borno State Emergency Management Agency]], the Borno State
Emergency Management Agency said. The agency said [[19 people|injured;a=The agency;alt=the Borno State Emergency Management Agency]]
were seriously wounded and [[another 23|injured;a=The agency;alt=the Borno State Emergency Management Agency]]
had minor injuries. Among the dead were children and pregnant women, it said. A member of a
militia guarding Gwoza said [[two of his colleagues|killed;a=A member of a militia guarding Gwoza]]
and a soldier died in a {{fourth}} blast at a checkpoint. The {{first}} bomber, who carried a baby on
her back, detonated her device at about {{3pm}}. By Monday, hospital sources put the toll at
[[32 dead|killed;a=hospital sources;n=-]] and [[42 wounded|injured;a=hospital sources;n=-]].
""",
)

item(
    "Konduga fish market bombing kills a dozen",
    """
A suicide bomber blew herself up in the crowded fish market in Konduga on Friday night, killing
[[12 people|killed;a=police]] and wounding [[about 30|injured;a=police]], police said. The blast
went off shortly after {{10pm}} as traders closed their stalls. Police spokesman Nahum Daso said
the bomber had slipped into the market disguised as a buyer. A militia leader said
[[between 12 and 15 people|injured;a=A militia leader]] were in critical condition at the
hospital in Maiduguri, {{38km}} away. Konduga, which lies on the edge of Sambisa, was resettled in
{{2021}} and now has [[more than 70,000 residents|civilians]]. Residents said
[[three children|killed;a=Residents]] were among the dead. The army said it had arrested
[[two suspects|arrested;a=The army]] linked to the attack. [[Two of the wounded|killed;a=hospital staff]] died overnight, hospital
staff said.
""",
)

item(
    "Jihadists kill dozens in resettled Darul Jamal",
    """
Jihadists killed [[at least 63 people|killed;a=Borno State Governor Babagana Zulum]] in Darul
Jamal, a village in Bama resettled only {{months}} earlier, Borno State Governor Babagana Zulum said
on Friday. Residents put the toll higher, at [[as many as 81|killed;a=Residents]]. The attackers
arrived at about {{5pm}} on [[20 motorcycles|other]], firing on people in the market and setting fire
to [[about 50 houses|housing]]. [[Five soldiers|killed;a=the army]] were among the dead, the army
said. [[Hundreds of residents|displaced]] fled to Bama town overnight. Zulum, who visited on
Saturday, pledged that more troops would be sent.
""",
)

item(
    "Mainok returnees sleep in the open after ISWAP raid",
    """
ISWAP fighters attacked Mainok, a town on the Maiduguri-Damaturu road, on Wednesday night, burning
[[more than 100 homes|housing;a=residents]] and the market, residents said.
[[At least seven civilians|killed]] and [[one soldier|killed]] were killed. The town had been
resettled in {{2021}} with [[about 3,000 households|returned;a=SEMA]], according to SEMA. Many
of them are now sleeping in the open or in the town's Islamiyya school, where
[[roughly 1,400 people|displaced;a=a local official]] have taken shelter, a local official said.
Parents said [[four children|missing;a=Parents]] had not been seen since the raid.
""",
)

item(
    "Aid workers trapped as ISWAP storms Dikwa hub",
    """
[[Twenty-five aid workers|civilians;a=the United Nations]] were trapped in a humanitarian hub in
Dikwa after ISWAP fighters attacked the town on Monday, the United Nations said. Fighters set fire
to part of the compound and to [[four vehicles|other]] before soldiers pushed
them back after {{four hours}}. Edward Kallon, the UN humanitarian coordinator, said
[[more than 100,000 people|civilians;a=Edward Kallon]] in Dikwa depended on aid delivered through
the hub. [[Some 65,000 people|displaced;a=OCHA]] fled into the bush, OCHA said.
[[Three of the aid workers|injured;a=a UN official]] were lightly hurt, a UN official said. The
army said it had killed [[dozens of insurgents|killed;a=The army]].
""",
)

item(
    "Women abducted while gathering firewood near Ngala",
    """
Jihadists abducted [[more than 200 women and girls|kidnapped;a=the United Nations;n=women and girls]]
gathering firewood near Ngala in Borno, the United Nations said on Tuesday, citing local sources.
The women, from the Ngala camp near the Cameroon border, were seized over {{several days}}. Local
officials gave a lower figure, saying [[47 women|kidnapped;a=Local officials]] had been taken.
The camp holds [[about 80,000 displaced people|displaced]], many of whom rely on firewood sales for
income. A camp leader said [[15 of the women|kidnapped;a=A camp leader]] had escaped and walked
back. The UN said [[at least 20 of the girls|kidnapped;a=The UN]] were under {{18}}. Police said
[[four suspects|arrested;a=Police]] had been detained.
""",
)

item(
    "ISWAP raid on Mafa leaves town deserted",
    """
Fighters of the Islamic State West Africa Province overran Mafa on Thursday night, killing
[[at least 37 people|killed;a=security sources]], security sources said. Witnesses said the
attackers burned [[hundreds of houses|housing;a=Witnesses]], the police station and a clinic. [[Dozens of shops|housing]] in the market were also burned. The
town's [[estimated 30,000 residents|displaced;q=approx;a=a local official]] fled towards Dikwa and Maiduguri, a
local official said. A military source said [[six soldiers|killed;a=A military source]] were
killed and [[11|injured;a=A military source]] wounded. Mafa had been resettled in {{2021}} under
Zulum's programme, with [[1,100 households|returned]] brought back from Maiduguri.
""",
)

item(
    "Jihadists overrun Marte army base, residents flee",
    """
Jihadists overran a military base in Marte on Friday, killing
[[at least 21 soldiers|killed;a=military sources]], military sources said. The attack forced
[[more than 8,500 people|displaced;a=OCHA]] to flee the town, OCHA said, most of them to Dikwa.
[[Dozens of soldiers|missing;a=a security source]] were unaccounted for, a security source said.
Fighters took [[six armoured vehicles|other]] and a large quantity of ammunition. The army said
it recaptured the town on {{Sunday}} and killed [[more than 30 fighters|killed;a=The army]]. Marte had been home to
[[about 9,000 returnees|returned]] since its resettlement in {{2020}}.
""",
)

item(
    "Convoy ambushed on Damboa road, travellers killed",
    """
Gunmen ambushed a convoy of travellers on the Maiduguri-Damboa road on Saturday, killing
[[nine passengers|killed;a=police]] and abducting [[at least 16|kidnapped;a=police]], police
said. The convoy of [[about 40 vehicles|other]] was under military escort when it came under fire
at {{Mile 40}}, near Kawuri. [[Two soldiers|injured;a=the army]] were wounded, the army said.
Drivers said [[eight cars|other;a=Drivers]] were set on fire. [[Three of the abducted women|kidnapped;a=police]] escaped overnight and reached Damboa, police
said on Sunday. Police said [[20 to 25 passengers|missing;a=Police]] fled into the bush and had not been
accounted for. The road was reopened to traffic on {{Monday}}.
""",
)

item(
    "Dumba farmers killed near Baga, Zulum says",
    """
Jihadists killed [[40 farmers|killed;a=Governor Babagana Zulum]] in Dumba, near Baga, on Sunday,
Governor Babagana Zulum said, blaming ISWAP. The farmers had been working in their fields without
the knowledge of the military, he said. Local sources put the toll higher, saying
[[more than 60 people|killed;a=Local sources]] had been killed and
[[about 20|missing;a=Local sources]] were missing. A fisherman who escaped, Ali Modu, {{35}},
said he saw the gunmen tie up [[at least 30 men|kidnapped;a=Ali Modu]] before he ran. The army
said it had deployed [[about 200 additional troops|combatants;a=The army]] to the area. A Civilian
JTF commander said [[nine bodies|killed;a=A Civilian JTF commander]] were recovered from an
irrigation canal on Monday.
""",
)

item(
    "Returnees targeted: OCHA tallies abductions in resettled towns",
    """
Non-state armed groups abducted [[at least 312 people|kidnapped;a=OCHA]] in Borno in the {{first
nine months}} of the year, OCHA said in a protection update, up from [[214|kidnapped;a=OCHA]] a
year earlier. Nearly half were taken from farmland around resettled towns, it said. The
update recorded [[17 attacks|other;a=The update;alt=OCHA;u=other]] on returnee sites and the
killing of [[some 150 civilians|killed;a=The update;alt=OCHA]]. It said
[[up to 40,000 people|displaced;a=OCHA]] had been uprooted again. [[Between 50 and 70 of those abducted|kidnapped;a=OCHA;n=-]] were children, OCHA said.
[[Fewer than 30|kidnapped;a=OCHA]] of those abducted had returned home, OCHA said.
""",
)

item(
    "Fishermen killed near Kukawa, survivors say",
    """
Jihadists killed [[at least 15 fishermen|killed;a=survivors]] on the shores of Lake Chad near
Kukawa, survivors said on Thursday. The men, who had returned to the area after being resettled,
were attacked while drying fish. One survivor, Abba Musa, said [[22 men|missing;a=Abba Musa]]
were still missing. "They came on {{10}} boats," he said. The army said it had killed
[[12 insurgents|killed;a=The army]] in a follow-up operation and rescued
[[seven fishermen|kidnapped;a=The army]]. Kukawa and the villages around it have taken back
[[about 2,300 households|returned;a=SEMA]] since {{2023}}, according to SEMA.
[[Hundreds of fishermen|displaced]] have since left the shore for Baga and Monguno.
""",
)

item(
    "Army says troops killed fighters near Sambisa, freed captives",
    """
Troops killed [[27 terrorists|killed;a=the army]] and rescued
[[more than 300 hostages|kidnapped;a=the army]], mostly women and children, in an operation around
Sambisa forest, the army said on Friday. Army spokesman Onyema Nwachukwu said
[[about 500 soldiers|combatants;a=Army spokesman Onyema Nwachukwu]] had taken part in the
{{three-week}} operation. [[Two soldiers|killed;a=Onyema Nwachukwu]] were killed and [[five|injured;a=Onyema Nwachukwu]]
wounded, he said. [[Nine of the rescued captives|injured]] had gunshot wounds. The rescued captives were handed over to the state government, which said
[[120 of them|displaced;a=the state government;n=-]] had been moved to a camp in Maiduguri.
""",
)

item(
    "Zabarmari marks five years since rice-field massacre",
    """
Residents of Zabarmari gathered on {{November 28}} to mark the {{fifth}} anniversary of the
massacre in the rice fields at Koshobe. The ceremony began at {{10am}} with prayers at the
central mosque. Widows have received {{N500,000}} each from the state, officials said, and
the rice farm has been planted again. A memorial stone, {{2 metres}} tall, was unveiled.
The village head, {{71}}, said he still went to the fields every morning.
""",
)

item(
    "Court jails ISWAP commander over Konduga bombing",
    """
A federal high court in Abuja on Tuesday sentenced an ISWAP commander to {{25 years}} in
prison over the {{2019}} Konduga bombing. The trial, which began in {{March 2023}}, heard
testimony over {{14 months}}. The court ordered him to pay {{N10 million}} in compensation.
Prosecutors had asked for life imprisonment under the {{2013}} Terrorism Prevention Act. He
was {{24}} at the time of his arrest.
""",
)
