"""Nigeria's Defence Headquarters and police, the Lake Chad basin, Burkina Faso, Niger and Mali,
2014-2025."""

from _wrap import item

item(
    "DHQ: troops neutralised 181 terrorists, rescued 152 hostages in one week",
    """
Troops of the Nigerian armed forces neutralised [[181 terrorists|killed;a=Defence Headquarters]],
arrested [[246 suspects|arrested;a=Defence Headquarters]] and rescued
[[152 kidnapped hostages|kidnapped;a=Defence Headquarters]] across the country in the past week,
Defence Headquarters said on {{Thursday}}. The director of defence media operations, Maj Gen Musa
Dantani, told reporters in Abuja that troops also recovered
[[309 assorted weapons|other;a=Maj Gen Musa Dantani]] and
[[5,861 rounds|other;a=Maj Gen Musa Dantani]] of ammunition. In the North East,
[[1,127 Boko Haram and ISWAP fighters|combatants;n=fighters;a=Maj Gen Musa Dantani]]
surrendered to troops of Operation Hadin Kai, he said. In the Niger Delta, troops denied oil
thieves an estimated {{N1.2 billion}} and destroyed [[41 illegal refining sites|other]]. The
military said [[two soldiers|killed;a=military;alt=Defence Headquarters]] paid the supreme price
in an ambush near Damboa.
""",
)

item(
    "Kuriga pupils freed 16 days after school abduction",
    """
[[All 137 pupils and staff|kidnapped;n=pupils and staff;a=Kaduna state governor]] abducted from
a school in Kuriga, Kaduna State, have been freed, the Kaduna state governor said on
{{24 March 2024}}, {{16 days}} after gunmen stormed the school during morning assembly. The army
said the freed captives were [[76 girls|kidnapped;a=army]] and [[61 boys|kidnapped;a=army]], aged
{{8 to 15}}, along with a teacher. Residents had initially put the number of those taken at
[[more than 280|kidnapped;a=Residents]]. Troops killed [[at least 18 bandits|killed;a=military]]
during the operation in forests bordering Zamfara State, the military said, without giving
details of how the children were released. Authorities said
[[about 40 schools|other;a=Authorities]] in Chikun and Kajuru local government areas had been
closed as a precaution.
""",
)

item(
    "Burkina army says over 100 jihadists 'neutralised' around Djibo",
    """
The Burkinabe army said it had neutralised [[more than 100 terrorists|killed;a=Burkinabe army]]
in {{five days}} of air and ground operations around Djibo in the Soum province.
[[Eleven soldiers|killed;a=general staff]] and [[four VDP auxiliaries|killed;a=general staff]]
were killed and [[about 30 others|injured;a=general staff]] wounded, the general staff said in a
communiqué read on state television. Djibo, under a blockade by the al-Qaeda-linked JNIM for
{{more than two years}}, is home to [[some 300,000 people|civilians]], most of them displaced from
surrounding villages. A convoy of [[150 trucks|aid;a=army]] escorted by the army reached the town
on {{Sunday}}, the army said. Burkina Faso had
[[more than 2 million internally displaced people|displaced;a=CONASUR]] at the last official count
in {{March 2023}}, according to CONASUR, the national emergency relief council.
""",
)

item(
    "Niger: 29 soldiers killed in Tillabéri ambush, ministry says",
    """
Niger's defence ministry said [[29 soldiers|killed;a=Niger's defence ministry]] were killed on
{{Thursday}} when [[more than 100 terrorists|combatants;a=Niger's defence ministry]] on
motorcycles attacked a unit escorting a convoy near Tabatol, in the Tillabéri region bordering
Mali. [[Two soldiers|injured;a=ministry;alt=Niger's defence ministry]] were wounded and
[[two others|missing;a=ministry;alt=Niger's defence ministry]] were missing, the ministry said in
a statement read on national television. Troops killed [[dozens of assailants|killed;a=Niger's defence ministry]] and
destroyed [[14 motorcycles|other;a=Niger's defence ministry]], it said. The government declared {{three days}} of national
mourning. [[Some 1,500 residents|displaced;a=local officials]] of nearby villages have fled to
Téra since the attack, local officials said.
""",
)

item(
    "Troops clear 23 Boko Haram camps in Sambisa, free 97 captives",
    """
Troops of Operation Hadin Kai cleared [[23 Boko Haram camps|other;a=theatre commander]] in the
Sambisa forest during a {{three-week}} offensive, the theatre commander said at the
{{7 Division}} headquarters in Maiduguri. They rescued
[[97 women and children|kidnapped;n=women and children;a=theatre commander]] held in the
camps, some of them for {{more than five years}}, and killed [[35 insurgents|killed;a=theatre commander]],
he said. [[Three soldiers|killed]] died when their vehicle struck a roadside bomb near
Bitta, and engineers defused [[14 IEDs|other;u=other]] planted along the main supply route. One
of the rescued women was among the [[276 schoolgirls|kidnapped]] abducted from Chibok in
{{April 2014}}. [[More than 80|missing;a=Chibok parents' association]] of them remain unaccounted
for, according to the Chibok parents' association.
""",
)

item(
    "Operation Safe Corridor graduates 812 ex-fighters in Gombe",
    """
[[Some 812 former insurgents|combatants;a=Defence Headquarters]] graduated from the deradicalisation
camp of Operation Safe Corridor at Mallam Sidi in Gombe State on {{Wednesday}}, Defence
Headquarters said. The camp, built for [[2,000 clients|capacity]], has processed
[[more than 2,500 ex-combatants|combatants;a=Brig Gen Yusuf Garba]] since it opened in {{2016}},
its coordinator, Brig Gen Yusuf Garba, said. Of those,
[[1,980|returned;a=Brig Gen Yusuf Garba]] have been handed over to their home states for
reintegration, he added. [[Up to 400 more|combatants;p;n=-]] are expected to be admitted next
quarter from holding centres in Borno. In Borno, the state government said
[[about 6,900 households|aid;a=state government]] of surrendered fighters receive monthly food
rations.
""",
)

item(
    "Cameroon: Boko Haram raid near Mozogo kills nine, homes torched",
    """
Boko Haram fighters killed [[nine civilians|killed;a=governor of the Far North region]] and
torched [[about 150 homes|housing;a=governor of the Far North region]] in an overnight raid on
villages near Mozogo, the governor of the Far North region said on {{Monday}}. Soldiers of the
Rapid Intervention Battalion killed [[seven attackers|killed;a=army]] and recovered
[[five Kalashnikov rifles|other;a=army]], the army said. [[More than 2,000 residents|displaced]]
fled towards Mokolo and Koza, and [[three women|kidnapped;a=local officials]] were taken by the
assailants, local officials said. Since {{2014}}, Boko Haram attacks in the region have killed
[[more than 3,000 people|killed;a=International Crisis Group]], according to the International
Crisis Group.
""",
)

item(
    "Chad says 96 Boko Haram fighters killed in Lake offensive",
    """
Chad's army said [[96 Boko Haram fighters|killed;a=Chad's army]] had been killed in the first
phase of Operation Haskanite on the islands of Lake Chad. The offensive was launched after an
attack on the Barkaram base on {{27 October 2024}} killed [[about 40 soldiers|killed]].
[[Seventeen Chadian soldiers|killed;a=army spokesman]] died in the operation and
[[32 others|injured;a=army spokesman]] were wounded, the army spokesman told state broadcaster
Télé Tchad. He said [[2,000 troops|combatants;a=army spokesman]] had been deployed to the lake
province for at least {{two months}}. Local
authorities said [[some 1,200 islanders|displaced;a=Local authorities]] had been moved to Bol
for their safety.
""",
)

item(
    "Zamfara: troops kill bandit kingpin and 24 fighters, free 34 captives",
    """
Troops of Operation Fansan Yamma killed a notorious bandit kingpin and
[[24 of his fighters|killed;a=Nigerian Army]] in an assault on his enclave in the Tsafe local
government area of Zamfara State, the Nigerian Army said. The soldiers freed
[[34 kidnapped victims|kidnapped;a=army spokesman]], among them [[11 women|kidnapped;a=army spokesman]]
and a {{two-month-old}} baby, the army spokesman said. They recovered
[[six rifles|other]], [[about 100 cattle|other;n=cattle]] rustled from nearby communities and
[[41 motorcycles|other]], which were set ablaze. Residents said [[dozens of villagers|killed;a=Residents]]
had been killed by the gang over the past {{three years}}. The state police command said it had
arrested [[seven informants|arrested;a=state police command]] who supplied the gang with food
and fuel.
""",
)

item(
    "Kaduna train attack: 62 passengers still held, railway says",
    """
Gunmen who blew up the Abuja-Kaduna railway track on {{28 March 2022}} killed
[[eight passengers|killed;a=Nigerian Railway Corporation]] and abducted
[[62|kidnapped;a=Nigerian Railway Corporation]], the Nigerian Railway Corporation said, revising
an earlier figure. The train had [[970 passengers|civilians;a=corporation;alt=Nigerian Railway Corporation]]
on board, the corporation said. [[Twenty-six people|injured]] were treated at the {{44 Nigerian Army}}
Reference Hospital in Kaduna. In the months that followed, the kidnappers freed
captives in batches of [[between five and 11|kidnapped;q=range;v=5;lo=5;hi=11]], and the last
[[23 hostages|kidnapped;a=Defence Headquarters]] were released in {{October 2022}}, Defence
Headquarters said. Security officials said [[about 30 suspects|arrested;a=Security officials]]
linked to the attack had been arrested.
""",
)

item(
    "Burkina junta says over a million displaced have gone home",
    """
[[More than 1 million displaced people|returned;a=government]] have returned to their villages
since {{2023}}, the government said on {{Thursday}}, presenting the results of the
reconquest of territory from jihadist groups. The prime minister
told parliament that schools had reopened in [[about 2,000 villages|other;a=prime minister]]
and that [[some 300 health centres|other;u=structure;a=prime minister]]
were working again. Humanitarian agencies could not verify the figures. A UN official said
[[at least 1.5 million people|civilians;a=UN official]] still lived in areas cut off by
blockades. The government plans to resettle [[250,000 more|returned;p;n=-;a=government]] by the
end of {{2026}}, and has recruited [[50,000 Volunteers for the Defence of the Homeland|combatants;n=Volunteers;a=government]],
it said.
""",
)

item(
    "FAMa says 30 'terrorists' neutralised near Kidal",
    """
The Malian armed forces (FAMa) said they had neutralised [[about 30 terrorists|killed;a=Malian armed forces (FAMa)]]
and destroyed [[seven vehicles|other;a=Malian armed forces (FAMa)]] in air strikes north of Kidal
on {{Tuesday}}. The separatist Strategic Framework for the Defence of the People of Azawad said
the drones had killed [[11 civilians|killed;a=Strategic Framework for the Defence of the People of Azawad]],
including [[four children|killed;a=Strategic Framework for the Defence of the People of Azawad]],
at a water point. [[Several hundred herders|displaced]] and their animals fled towards the
Algerian border. The army said it had also freed [[three hostages|kidnapped;a=army]] held by
jihadists in the Ménaka region.
""",
)

item(
    "Gwoza suicide bombings kill 32, Borno emergency agency says",
    """
A series of suicide bombings by women in Gwoza, Borno State, killed [[32 people|killed;a=Borno State Emergency Management Agency]]
and wounded [[42|injured;a=Borno State Emergency Management Agency]] on
{{29 June 2024}}, the Borno State Emergency Management Agency said. The {{first}} bomber blew
herself up at a wedding at about {{3pm}}, followed by attacks on a hospital and a funeral. A
militia member said [[two of his colleagues|killed;a=militia member]] and a soldier were among
the dead. Police said they had arrested [[two suspects|arrested;a=Police]] believed to have
supplied the explosives. The town hosts [[some 90,000 displaced people|displaced]] in
[[six camps|capacity]].
""",
)

item(
    "ISWAP overruns Malam-Fatori base; five soldiers missing",
    """
Islamic State West Africa Province fighters overran a military base in Malam-Fatori, near the
border with Niger, before dawn on {{Monday}}, military sources said. [[Five soldiers|missing;a=military source]]
were missing and [[at least 20|injured;a=military source]] were wounded, a military source told
Reuters on condition of anonymity. ISWAP said in a statement it had killed
[[dozens of soldiers|killed;a=ISWAP]] and seized [[four armoured vehicles|other;a=ISWAP]]. The
army said an air component strike on fleeing fighters killed
[[more than 40 terrorists|killed;a=army]]. It was at least the {{fifth}} base attack in Borno
since {{March}}. Residents said [[about 800 families|displaced;a=Residents]] had fled towards
Damasak.
""",
)

item(
    "Troops destroy 11 Lakurawa camps in Sokoto and Kebbi",
    """
Troops destroyed [[11 camps|other;a=Nigerian Army]] of the Lakurawa armed group in Sokoto and
Kebbi states and killed [[22 of its fighters|killed;a=Nigerian Army]], the Nigerian Army said on
{{Friday}}. Air strikes by the Nigerian Air Force on the group's hideouts in the Tangaza area
killed [[10 villagers|killed;a=residents and a rights group]] on {{25 December 2024}}, residents and a rights group
said. The army said [[between 150 and 200 Lakurawa fighters|combatants;a=army]] were thought to
be active along the border with Niger. Police in Kebbi said they had arrested
[[nine suspected collaborators|arrested;a=Police in Kebbi]]. The state government said it would
deploy [[about 1,000 community guards|combatants;p;a=state government]] in the affected areas.
""",
)

item(
    "Defence gets N3.5 trillion in Nigeria's 2025 budget",
    """
Nigeria's defence and security sector was allocated {{N3.5 trillion}} in the {{2025}} budget
signed on {{28 February}}, the largest share of any sector, the Budget Office said. The figure
is {{about 13 per cent}} of total spending and {{38 per cent}} more than in {{2024}}. The Armed
Forces of Nigeria celebrated the {{fifth}} anniversary of Operation Hadin Kai in {{2026}}.
Lawmakers on the defence committee said {{N220 billion}} was earmarked for new aircraft and
drones, to be delivered within {{18 months}}.
""",
)

item(
    "Burkina Faso decrees general mobilisation for 12 months",
    """
Burkina Faso's transitional government decreed a general mobilisation on {{13 April 2023}} to
give the state "all necessary means" against armed groups, the government spokesman said. The
decree, valid for {{12 months}}, allows the authorities to requisition men aged {{18 and over}}
and property. It was renewed in {{April 2024}} for {{another year}}. Under the transition charter
adopted in {{May 2024}}, Captain Ibrahim Traoré will lead the country for {{five years}} from
{{2 July 2024}}.
""",
)
