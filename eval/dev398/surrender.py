"""Surrendered Boko Haram and ISWAP fighters and their families (the Hajj camp, Bulumkutu,
Shokari, Operation Safe Corridor), arrests and detention, the Civilian JTF, and the army's
operations and rescues, 2020-2026."""

from _wrap import item

item(
    "Army says over 100,000 Boko Haram members and families have surrendered",
    """
[[More than 105,000 Boko Haram fighters and their families|other;a=the military;n=fighters and their families;u=person]]
have surrendered to troops in the north-east since {{July 2021}}, the military said on Thursday.
Operation Hadin Kai spokesman Lieutenant Colonel Abubakar Abdullahi said
[[about 19,000|combatants;a=Operation Hadin Kai spokesman Lieutenant Colonel Abubakar Abdullahi]]
of them were fighters and the rest women and children. He said the surrendered fighters had
handed over [[more than 2,700 rifles|other;a=Abubakar Abdullahi]] and
[[over 40,000 rounds|other;a=Abubakar Abdullahi]] of ammunition. In the past week alone,
[[1,052 people|other;a=the military]] surrendered in Bama and Gwoza, the military said.
Troops also rescued [[68 captives|kidnapped;a=Troops]], it said, and arrested
[[14 logistics suppliers|arrested;a=the military]]. The figures could not be verified
independently.
""",
)

item(
    "Inside the Hajj camp, where Boko Haram's families wait",
    """
Behind the walls of the Hajj camp in Maiduguri, built to lodge pilgrims bound for Mecca, live
[[roughly 2,800 people|other;a=camp officials]] who left Boko Haram, camp officials said. Of
those, [[about 900 men|combatants;a=camp officials]] are former fighters, they said, and the
others are their wives and children. The camp was designed for
[[no more than 1,500 pilgrims|capacity;a=a state official]], a state official said. Women there
told Reuters that [[up to 30 people|other;a=Women there]] share a single room. A health worker said
[[about 120 children|civilians;a=A health worker]] in the camp were severely malnourished in
{{June}}.
Borno State says [[more than 40,000 surrendered people|other;a=Borno State]] have passed through
its camps since {{2021}}.
""",
)

item(
    "Zulum defends reintegration of repentant fighters",
    """
Governor Babagana Zulum said on Monday that Borno had resettled
[[about 6,000 former fighters|returned;a=Governor Babagana Zulum]] in their home communities
after screening by the army and the state. "If we do not take them back, they will return to the
bush," he said at a meeting with [[300 traditional rulers|other;a=Zulum]] in Maiduguri. Victims'
groups have protested. Yakaka Bukar's husband was among [[the 43 farmers|killed]] killed at
Zabarmari in {{2020}}. She said she had seen [[two of the men|other;a=Yakaka Bukar]] she believed
took part walking freely in the market. The
state says [[more than 1,200 former combatants|other;a=The state]] have been given land to farm,
and plans to train [[a further 3,000|other;a=The state;p]] in trades by the end of {{2025}}.
[[About 250|returned;a=Zulum]] were sent back to the Hajj camp after complaints from their
communities, Zulum said.
""",
)

item(
    "Operation Safe Corridor graduates 600 ex-combatants",
    """
Operation Safe Corridor, the federal deradicalisation programme based in Mallam Sidi, Gombe
State, on Thursday graduated [[603 former Boko Haram members|other]] at a ceremony attended by the
defence chief. Its coordinator, Major General Joseph Maina, said
[[all 603|returned;a=Major General Joseph Maina;p]] would be handed over to their home states,
[[559 of them|returned;a=Major General Joseph Maina;p;n=-]] to Borno. The programme has now
graduated [[more than 2,100 clients|other;a=Major General Joseph Maina]]
since it began in {{2016}}, he said. The camp can take [[up to 800 people|capacity;a=officials]]
at a time, officials said. Each graduate completes a {{six-month}} course in vocational skills
and religious instruction. Critics say [[at least 17|arrested;a=Critics]] of those released
earlier were later rearrested for rejoining the group.
""",
)

item(
    "Surrendered families overwhelm transit camps in Maiduguri",
    """
Borno State has opened [[three new transit camps|capacity;a=a state official]] for surrendered
Boko Haram members and their families, a state official said, as arrivals outstripped space at
the Hajj camp. The camps at Shokari, Bulumkutu and Hajj now hold
[[between 9,000 and 11,000 people|other;a=the official]], the official said, against a capacity of
[[6,500|capacity;a=the official]]. [[About 400 new arrivals|other]] come in each
week, mostly women and children. UN agencies, which say they cannot work in the camps because
they hold combatants, estimated that [[around 3,000 children|civilians;a=UN agencies]] there had
had no vaccinations. The state has built [[120 temporary shelters|housing]] at Shokari since
{{May}}.
""",
)

item(
    "Army arrests suspected Boko Haram collaborators in Maiduguri",
    """
Soldiers arrested [[27 suspected Boko Haram collaborators|arrested;a=the army]] in raids across
Maiduguri and Jere on Tuesday, the army said. Among them were
[[five fuel vendors|arrested;a=the army]] accused of selling petrol to fighters. Troops seized
[[11 motorcycles|other;a=the army]] and {{240 litres}} of fuel, it said. A resident of
Bulumkutu said soldiers took [[at least eight young men|arrested;a=A resident of Bulumkutu]] from
his street alone. The police said [[three women|arrested;a=The police]] had also been detained
for spying for the group. Residents said [[between 40 and 50 people|arrested;a=Residents]] were
rounded up in Gwange and later freed.
""",
)

item(
    "Amnesty: detainees die in Giwa barracks as thousands held without trial",
    """
[[At least 10,000 people|killed;a=Amnesty International]] have died in military detention in
north-east Nigeria since {{2011}}, Amnesty International said on Wednesday, and
[[thousands more|arrested;a=Amnesty International;n=-]] remain held without charge. In the
Giwa barracks in Maiduguri alone, [[about 1,200 detainees|arrested;a=the report;alt=Amnesty International]]
are crammed into cells, the report said. Former detainees said
[[up to 300 people|arrested;a=Former detainees]] were held in each cell. The group counted
[[68 children|arrested;a=The group;alt=Amnesty International]] among those held in {{2022}}. The
army said it had released [[1,009 detainees|arrested;a=The army]] cleared by its screening
board this year. It denied the report.
""",
)

item(
    "Chibok girl found among surrendering families near Bama",
    """
Troops found a woman abducted from Chibok in {{2014}} among
a group of [[87 women and children|other;a=the army;n=women and children]] who surrendered near
Bama, the army said on Friday. She had [[three children|other;a=the army]] with her, it said.
Her release leaves [[91 Chibok girls|kidnapped;a=the army]] still in captivity, according to the
army. Of the [[276 schoolgirls|kidnapped]] seized in {{April 2014}}, [[dozens|kidnapped]] escaped
in the {{first}} hours. In all, [[at least 1,500 children|kidnapped;a=UNICEF]] have been abducted
from schools in Nigeria since then, UNICEF says. The woman is now {{26}}. Her parents, who live
in Chibok, were told on Thursday.
""",
)

item(
    "Civilian JTF swells its ranks as army leans on vigilantes",
    """
Borno State has recruited [[about 3,000 more members|combatants;a=Bulama Ali]]
into the Civilian Joint Task Force this year, the militia's spokesman, Bulama Ali, said, bringing
its strength to [[roughly 26,000|combatants;a=Bulama Ali]]. [[Some 1,800 hunters|combatants;a=Bulama Ali]]
also fight alongside the army, he said. The militia says
[[more than 680 members|killed;a=The militia]] have been killed since {{2013}}. Human Rights Watch
said the group had used [[at least 200 children|combatants;a=Human Rights Watch]] as fighters
in earlier years. The state pays members {{N15,000}} a month. The militia now includes
[[about 120 women|combatants]], who search female travellers at checkpoints.
""",
)

item(
    "Infighting drives fighters out of the bush after Shekau's death",
    """
[[More than 1,400 fighters|combatants;a=military officials]] have defected from JAS since its
leader Abubakar Shekau died in {{May 2021}}, military officials said. Many cited the fighting
between JAS and ISWAP, which has killed [[hundreds of fighters|killed]] on both sides in
the Sambisa forest and on the islands of Lake Chad. One commander who surrendered said
[[nearly 300 JAS members|killed;a=One commander who surrendered]] died in a single clash near
Kirta Wulgo in {{2023}}. Security analysts estimate that ISWAP still has
[[between 4,000 and 6,000 fighters|combatants;a=Security analysts]] and JAS
[[a few thousand|combatants;a=Security analysts]]. ISWAP took [[dozens of JAS women|kidnapped]]
as wives after the clashes.
""",
)

item(
    "The wives and children who came out of Sambisa",
    """
[[About 4,500 women|other;a=SEMA]] married to fighters have surrendered in Borno since {{2021}},
according to SEMA, with [[some 11,000 children|other;a=SEMA]]. Falmata, {{19}}, said she was
abducted from Pulka when she was {{12}} and married to a fighter {{a year}} later. She came out of
the bush with [[two children|other]] in {{February}}. At the Bulumkutu rehabilitation
centre, [[about 350 women|other;a=staff]] are taking literacy and sewing classes, staff said.
UNICEF said [[more than 900 children|other;a=UNICEF]] born to fighters had been registered for
birth certificates. The state plans to move [[1,000 of the women|returned;p;a=The state]] back to
their home towns this year.
""",
)

item(
    "Troops kill fighters, free abducted women in Operation Hadin Kai sweep",
    """
Troops of Operation Hadin Kai killed [[47 terrorists|killed;a=the Defence Headquarters]] and
arrested [[29 suspects|arrested;a=the Defence Headquarters]] in Borno over the past week, the
Defence Headquarters said on Thursday. Its spokesman, Major General Edward Buba, said troops had
also freed [[31 kidnapped women|kidnapped;a=Major General Edward Buba]] and
rescued [[12 children|kidnapped;a=Major General Edward Buba]]. He said
[[356 terrorists and their families|other;a=Major General Edward Buba;n=terrorists and their families;u=person]] had
surrendered. Troops recovered [[23 AK-47 rifles|other]] and destroyed
[[four gun trucks|other]]. [[Two soldiers|killed]] were killed in an ambush near Timbuktu
Triangle.
""",
)

item(
    "Freed captives reunited with families in Maiduguri",
    """
The army on Saturday handed [[102 rescued captives|kidnapped;a=The army]] to the Borno State
government, among them [[64 children|kidnapped;a=The army]]. Some had been held for
{{up to five years}}. The state women's affairs commissioner said
[[the 38 women|kidnapped;a=The state women's affairs commissioner]] would be given medical care and
counselling for {{three months}}. [[Nine of them|missing;a=The state women's affairs commissioner;n=-]] had been registered as missing
by their families, she said, and [[another 15 to 20 women|kidnapped;a=The state women's affairs commissioner]]
from the same villages were believed to be still held. Officials said [[about 20|kidnapped;a=Officials]] had already been
reunited with relatives in Maiduguri and Konduga.
""",
)

item(
    "Air strikes on Lake Chad islands kill fighters, fishermen flee",
    """
Nigerian Air Force jets struck ISWAP camps on islands in Lake Chad over the weekend, killing
[[dozens of terrorists|killed;a=the air force]], including [[two commanders|killed;a=the air force]],
the air force said. Spokesman Air Vice Marshal Olusola Akinboyewa said
[[at least 14 boats|other;a=Spokesman Air Vice Marshal Olusola Akinboyewa]] and
[[three logistics depots|housing;u=structure;a=Spokesman Air Vice Marshal Olusola Akinboyewa]] were destroyed.
Fishermen in Baga said [[11 of their colleagues|killed;a=Fishermen in Baga]] had died in the strikes
and [[about 30|missing;a=Fishermen in Baga]] were missing. [[Some 2,000 fishermen|displaced;a=a fishermen's union leader]]
have since left the islands for Baga and Kukawa, a fishermen's union leader said. The air force
said it was investigating the claims. [[Eight injured men|injured]] were taken to Monguno by
canoe.
""",
)

item(
    "Borno's reintegration law passes after months of debate",
    """
Borno's House of Assembly on Wednesday passed a law setting up a reintegration agency for former
fighters, {{14 months}} after the bill was first introduced. The agency will have a budget of
{{N4.5 billion}} in its {{first}} year. Lawmakers voted {{19-2}} in favour. The law applies to
anyone who surrendered after {{July 1, 2021}} and was over {{18}} at the time. Section {{12}}
bars those convicted of murder from its programmes.
""",
)

item(
    "Timeline: ten years of surrender programmes in the north-east",
    """
The federal government launched Operation Safe Corridor in {{September 2015}}, with its camp at
Mallam Sidi opening in {{2016}}. The {{first}} graduation took place in {{2018}}. A new wave of
surrenders began in {{mid-2021}} after Abubakar Shekau's death on {{May 19}} of that year. In
{{2022}}, Borno adopted the "Borno Model", a policy paper of {{48 pages}}. The programme was
reviewed in {{2024}} and its funding raised by {{35%}}.
""",
)
