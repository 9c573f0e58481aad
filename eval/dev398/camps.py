"""Camp closures in Maiduguri and the resettlement of Borno's towns (Baga, Marte, Bama, Dikwa,
Malam Fatori, Ngarannam, Damasak, Kukawa, Banki), 2020-2026."""

from _wrap import item

item(
    "Zulum sets rains deadline for last Maiduguri camps",
    """
Borno State Governor Babagana Zulum said on Wednesday that the state would shut
[[the remaining six official camps|capacity;a=Borno State Governor Babagana Zulum;p]] in Maiduguri
before the rains, after closing [[nine|capacity;a=Borno State Governor Babagana Zulum;u=structure]]
since {{2021}}. The camps still hold [[about 140,000 internally displaced persons|displaced;a=SEMA]],
according to SEMA. Zulum said [[22,000 households|returned;a=Zulum;p]] would go back to Bama, Dikwa
and Ngala in the {{first}} phase, each with {{N100,000}} in cash and a bag of grain. "Nobody will
be forced out," he said, adding that [[3,500 new houses|housing;a=Zulum]] were ready in Bama alone.
Aid agencies said [[at least 60,000 people|aid;a=Aid agencies]] in the three towns already live
on rations from the World Food Programme.
""",
)

item(
    "Bakassi camp empties as last families board buses for Marte",
    """
The Bakassi camp, once home to [[more than 40,000 people|displaced;a=officials]], was formally
closed on Sunday as the last [[312 families|returned;a=officials]] boarded buses for Marte,
officials said. A convoy of [[47 buses|other]] left the camp at {{6.30am}} under escort from
soldiers of the army's {{7 Division}}. Usman Kachalla, who heads the resettlement committee, said
[[2,068 households|returned;a=Usman Kachalla]] had left Bakassi since {{January}}. In Marte, the
state has rebuilt [[1,200 houses|housing]] and [[two primary schools|housing]], he said. The town
was overrun twice by ISWAP in {{2021}}, when [[at least 8,000 residents|displaced]] fled to Dikwa
and Maiduguri.
""",
)

item(
    "Ngarannam, razed in 2015, welcomes back its first residents",
    """
Ngarannam, a farming village in Mafa local government area whose
[[nearly 600 homes|housing]] were burned by Boko Haram in {{2015}}, has been rebuilt from the
ground up. UNDP said it had built [[500 houses|housing;a=UNDP]], a school, a clinic and
[[two boreholes|other;a=UNDP]] with funding from Germany and Sweden, at a cost of
{{$4.2 million}}. [[About 3,000 people|returned;a=local officials]] moved into the new homes in the
{{first week}}, local officials said. [[Another 1,500|returned;p;a=the agency;alt=UNDP]] are
expected by December, the agency said. Residents said soldiers now guard the village, where
[[11 men|kidnapped;a=Residents]] cutting firewood were abducted in {{March 2019}}.
""",
)

item(
    "Baga fishermen go home after eight years away",
    """
[[More than 2,000 households|returned;a=the state government]] were resettled in Baga on
Saturday, the state government said, {{eight years}} after jihadists overran the lakeside town
and killed [[hundreds of people|killed;a=Amnesty International]], by Amnesty International's count.
Governor Zulum told a crowd at the town's central mosque that [[5,000 more families|returned;a=Governor Zulum;p]]
would follow before the end of {{2022}}. The returnees will live in [[1,600 rebuilt houses|housing]]
near the fish market. The army said it had deployed [[about 600 soldiers|combatants;a=The army]] to
Baga and Doron Baga. By midday [[about 40 boats|other;a=fishermen]] were back on the water, fishermen
said. OCHA says [[some 12,000 people|displaced;a=OCHA]] from Baga still live in camps in Monguno
and Maiduguri.
""",
)

item(
    "Rights group says camp closures pushed families into hunger",
    """
Amnesty International said on Thursday that the closure of
[[at least 12 camps|capacity;a=Amnesty International]] in Maiduguri since {{2021}} had left
[[tens of thousands of people|civilians;a=Amnesty International]] without food or shelter. The rights
group interviewed [[48 former camp residents|other;a=The rights group;alt=Amnesty International]]
in Maiduguri, Bama and Dikwa. The report said
[[at least 15 returnees|killed;a=The report;alt=Amnesty International]] had been killed by
fighters or mines near their new homes in {{2022}} and {{2023}}. The state government rejected the
findings, saying [[94,000 households|returned;a=The state government]] had been resettled
voluntarily. SEMA says [[about 1.1 million displaced people|displaced;a=SEMA]] remain in Borno, most
of them in host communities. [[Some 32 informal sites|capacity;a=OCHA]] still ring the city,
OCHA estimates.
""",
)

item(
    "Borno lawmakers pass resettlement-heavy budget",
    """
The Borno State House of Assembly on Tuesday passed a {{2023}} budget of {{N342.8 billion}}, with
{{N59.5 billion}} set aside for reconstruction, rehabilitation and resettlement. Lawmakers said
{{40 per cent}} of capital spending would go to the {{10}} northern local government areas, which
were the hardest hit. The bill was debated for {{three weeks}} and passed on its {{third}}
reading. It is the {{fourth}} budget Zulum has signed since taking office on {{May 29, 2019}}.
Spending on the sector rose by {{18%}} from the previous year.
""",
)

item(
    "Malam Fatori resettled under heavy guard",
    """
Borno State resettled [[1,870 households|returned]] in Malam Fatori on Monday, seven years after
ISWAP drove out the border town's [[roughly 30,000 residents|displaced]]. Many had spent
{{seven years}} in camps in Maiduguri and across the border in Niger. The Multinational Joint Task
Force said [[about 1,200 troops|combatants;a=The Multinational Joint Task Force]] from Nigeria
and Niger were stationed in the town. Each family received a mat, a blanket and {{N50,000}};
in all, officials handed out [[4,000 bags|aid]] of rice and [[3,740 mats|aid;u=other]]. The state
said it had built [[1,000 houses|housing;a=The state]] there since {{2021}}. Humanitarian agencies,
which have no base in the town, said [[about 9,000 people|civilians;a=Humanitarian agencies]] now
live there without a working clinic.
""",
)

item(
    "Bama's hospital reopens as returnees top 100,000",
    """
The general hospital in Bama reopened on Thursday with [[120 beds|other]], {{seven years}} after
Boko Haram fighters set it on fire. [[More than 100,000 returnees|returned;a=its local government chairman]]
now live in the town, its local government chairman said. [[About 40,000|displaced]] of them still
sleep in the camp at the Government Girls Secondary School. The state says it has rebuilt
[[2,400 houses|housing;a=The state]] and [[11 schools|housing;a=The state]] in Bama. The army says
[[some 500 Civilian JTF members|combatants;a=The army]] help guard the trench around the town.
When the jihadists seized Bama in {{September 2014}}, they killed
[[hundreds of residents|killed]] and held the rest for {{six months}}.
""",
)

item(
    "OCHA: 1.8m still displaced in the north-east as camps shut",
    """
[[About 1.8 million people|displaced;a=OCHA]] remain displaced across Borno, Adamawa and Yobe,
OCHA said in its latest update, [[1.4 million|displaced;a=OCHA]] of them in Borno. The agency
counted [[227 displacement sites|capacity;a=The agency;alt=OCHA]] in Borno, down from
[[302|capacity;a=The agency;alt=OCHA;u=other]] a year earlier. It said
[[more than 470,000 people|returned;a=OCHA]] had gone back to their home areas since the closures
began, but that [[at least 150,000|displaced;a=OCHA]] of them had been uprooted again.
Humanitarian partners reached [[1.1 million people|aid]] with food in the {{first half}} of the
year. [[Some 5,000 households|aid;p]] in Monguno are due to receive cash transfers in
{{October}}.
""",
)

item(
    "Marte residents return to rebuilt town after 2021 assault",
    """
Borno State moved [[about 2,500 households|returned]] back to Marte on Saturday, its
{{second}} attempt to resettle the town since ISWAP overran it in {{April 2021}}. Then, fighters
killed [[at least 21 soldiers|killed;a=security sources]], security sources said, and
[[some 8,500 residents|displaced;a=security sources]] fled to Dikwa and Maiduguri. Zulum said
[[1,000 houses|housing;a=Zulum]] had been rebuilt and
[[a further 1,500|housing;a=Zulum;p;u=structure]] would be ready by the end of the year.
[[Hundreds of soldiers|combatants;a=the army]] have been deployed around the town, the army said.
""",
)

item(
    "Damasak returnees ask for more soldiers after farmers abducted",
    """
[[At least 17 farmers|kidnapped;a=residents]] were abducted from their fields outside Damasak
on Tuesday, residents said. The town, where [[more than 9,000 households|returned]] were
resettled in {{2022}}, is guarded by [[about 1,000 troops|combatants]] of the Multinational Joint
Task Force. A local official said [[four of the farmers|killed;a=A local official]] were later
found dead near the Yobe river. "We came back to farm, not to die," said Bukar Modu, {{52}}, who
lost [[two sons|kidnapped;a=Bukar Modu]] in the raid. [[Two dozen families|displaced]] packed up
and left for Maiduguri the next day.
""",
)

item(
    "In Dikwa, displaced families outnumber residents",
    """
Dikwa, a town of [[about 25,000 people|civilians;a=the International Organization for Migration]]
before the war, now hosts [[more than 90,000 displaced people|displaced;a=the International Organization for Migration]],
according to the International Organization for Migration. IOM counted
[[61,400 people|displaced;a=IOM]] in [[15 camps|capacity;a=IOM]] and the rest in host
communities. When ISWAP stormed the town in {{March 2021}}, fighters burned
[[about 30 shelters|housing]] and the UN's humanitarian hub. [[Some 65,000 people|displaced;a=OCHA]]
fled into the bush for {{two days}}, OCHA said. Zulum says
[[4,700 households|returned;a=Zulum;p]] from Dikwa will be taken back to Ajiri and Mafa "when it
is safe".
""",
)

item(
    "Gubio camp closes with cash and maize for each family",
    """
Borno State closed the Gubio camp on Monday, giving each of its
[[6,238 households|aid;a=SEMA]] {{N100,000}}, a bag of maize and two wrappers, SEMA said. Women
heading households received an extra {{N50,000}}, the agency said. The camp, opened in {{2015}}
with space for [[12,000 people|capacity]], housed [[about 31,000|displaced]] at its peak. A SEMA
official said [[more than 4,000|returned;a=A SEMA official]] had already left for Kukawa,
Guzamala and Nganzai, and that [[the remaining 2,100 families|displaced;a=A SEMA official]] had
chosen to stay in Maiduguri. Workers began pulling down [[about 1,500 shelters|housing]] on
Tuesday.
""",
)

item(
    "Kukawa returnees flee again after night raid",
    """
Jihadists raided Kukawa on Tuesday night, {{11 days}} after
[[some 1,200 people|returned;a=a security source]] had been resettled there, a security source told
AFP. The gunmen killed [[three|killed;a=residents]] and took
[[dozens|kidnapped;a=residents]] into the bush, residents said. [[Hundreds|displaced]] fled on foot
to Monguno, {{40km}} away. The army said troops had rescued
[[43 of the captives|kidnapped;a=The army]] by Thursday. [[Two soldiers|killed;a=a military source]]
died in the operation, a military source said. The resettlement had been criticised by
aid groups, who said [[at least 60 houses|housing;a=aid groups]] in the town were still roofless.
""",
)

item(
    "Borno says 180,000 households resettled since 2020",
    """
Borno State said on Sunday it had resettled
[[more than 180,000 households|returned;a=Borno State]] in [[19 towns|other;a=Borno State]] since
{{2020}}. In a year-end statement, the government said [[14 camps|capacity;a=the government]] in
Maiduguri had closed and [[about 75,000 houses|housing;a=the government]] had been built or
repaired. It plans to move [[a further 40,000 households|returned;a=Borno State;p]] in {{2024}}.
The figures could not be independently verified. OCHA counts
[[1.6 million displaced people|displaced;a=OCHA]] in the state, and Amnesty International said in
{{July}} that [[at least 87 returnees|killed;a=Amnesty International]] had been killed since the
closures began.
""",
)

item(
    "Profile: Zulum, the professor who rides with the convoys",
    """
Babagana Umara Zulum, {{56}}, was a professor of irrigation engineering at the University of
Maiduguri before he entered politics. He was elected governor in {{2019}} with {{91 per cent}} of
the vote and re-elected in {{March 2023}}. He survived an ambush near Baga in {{September 2020}}
and another on the Monguno road {{two years}} later. His critics say he spends {{N1.2 billion}} a
year on security vehicles; his aides say the figure is closer to {{N800 million}}. He sleeps, by
his own account, {{four hours}} a night.
""",
)

item(
    "Refugees come home to Banki from Cameroon's Minawao camp",
    """
[[About 1,300 Nigerian refugees|returned;a=UNHCR]] returned from Cameroon's Minawao camp to Banki
this week, UNHCR said, the {{third}} convoy this year. Minawao still hosts
[[some 70,000 Nigerians|displaced;a=the agency;alt=UNHCR]], the agency said. In Banki itself,
[[around 45,000 people|displaced]] live in a camp ringed by a trench and sand berms. Officials
want to bring home [[a further 5,000 refugees|returned;a=Officials;p]] before the rains.
[[Twelve people|killed;a=residents]] were killed in a raid on the town's outskirts last month,
residents said. Human Rights Watch said Cameroon had forced
[[about 100 refugees|returned;a=Human Rights Watch]] back across the border in {{January}}.
""",
)
