"""dev288 items: the insurgent attacks on towns, villages, roads and islands, 2017-2026."""

from _wrap import item

item(
    "Gunmen raid police stations in Mozambique's Mocímboa da Praia",
    """
Armed men attacked police stations in the northern Mozambican town of Mocímboa da Praia before dawn
on {{5 October 2017}}, killing [[two police officers|killed;a=police]] and a neighbourhood chief,
police said. The attackers, [[about 30 young men|combatants;a=residents]] armed with machetes and a
few rifles according to residents, held parts of the town for most of the day. [[Six
residents|injured;a=hospital staff]] were treated for wounds at the district hospital, hospital
staff said. Police spokesman Afonso Mabunda told reporters in Maputo that [[14 of the
attackers|killed;a=Police spokesman Afonso Mabunda]] had been killed and [[52
suspects|arrested;a=Police spokesman Afonso Mabunda]] detained by Sunday. Shops stayed shut on
{{Friday}} and [[hundreds of residents|displaced;a=a local journalist]] spent the night in the bush
outside the town, a local journalist said. The group, known locally as al-Shabaab, had preached for
years in the district's mosques, officials in Pemba said, some {{2,500 km}} from the capital.
""",
)

item(
    "Police say dozens of young men killed in Muidumbe after refusing to join insurgents",
    """
Insurgents killed [[47 young men|killed;a=police]] in the village of Xitaxi in Muidumbe district
after they refused to be recruited, police said on {{Tuesday}}, in one of the deadliest single
attacks since the uprising began in {{2017}}. Police spokesman Orlando Massango said the men, most
of them {{between 18 and 25}}, were shot or hacked to death on the evening of {{7 April}}. "They
were lined up and killed," he said. Mueda district hospital said it had treated [[three
survivors|injured;a=Mueda district hospital]] for machete wounds. Residents said [[at least six
others|missing;a=Residents]] were taken into the forest and had not been seen since. The attackers
burned [[some 80 houses|housing;a=the residents]] and a health post, the residents added, and [[more
than 1,000 people|displaced;a=the residents]] walked to the district seat of Mueda over the
following days. The district administrator put the number of those who fled at
[[1,340|displaced;a=The district administrator]].
""",
)

item(
    "Insurgents hold Mocímboa da Praia port after army withdraws",
    """
Islamic State-linked insurgents were in control of the port of Mocímboa da Praia on {{Thursday}}
after a {{five-day}} assault that forced government troops to withdraw by sea, security sources
said. [[Dozens of soldiers|missing;a=two security sources]] were unaccounted for after the fighting,
two security sources told Reuters, and [[at least 18|killed;a=two security sources]] were confirmed
dead. The defence ministry said only that its forces had "repositioned". Fishing boats carried
[[about 2,000 residents|displaced;a=a Catholic priest]] south along the coast to Pemba and the
Quirimba islands, a Catholic priest in Pemba said, while [[several thousand|displaced]] more left on
foot towards Mueda. The town had [[an estimated population of 30,000|civilians]] before the
uprising. Cabo Ligado, a monitor run by ACLED and partners, counted [[43 political violence
events|other;a=Cabo Ligado;u=other]] in Cabo Delgado in {{August 2020}}, its highest monthly total
so far.
""",
)

item(
    "Palma attack: survivors describe siege of Amarula hotel",
    """
Survivors of the insurgent assault on Palma described being trapped for {{two days}} at the Amarula
Palma hotel, where [[about 180 people|civilians;a=Survivors]], among them foreign contractors, had
sought shelter when the attack began on the afternoon of {{24 March 2021}}. A convoy of [[17
vehicles|other;a=one survivor]] that tried to break out on {{Friday}} was ambushed; only
[[seven|other;n=-;u=other;a=one survivor]] reached the beach, one survivor said. The government
confirmed [[dozens of people|killed;a=The government]] had died, among them [[seven|killed;n=-;a=The
government]] killed in the ambush. Private helicopters lifted [[22 people|displaced;a=the owner of a
private security firm]] from the hotel roof, the owner of a private security firm said. By {{1
April}} the International Organization for Migration had registered [[more than 11,000
people|displaced;a=the International Organization for Migration]] who had fled Palma to Nangade,
Mueda, Montepuez and Pemba. The agency said [[at least 1,400|displaced;a=The agency;alt=the
International Organization for Migration]] had arrived by boat at Pemba's Paquitequete beach.
""",
)

item(
    "Bodies of villagers found after raids in Muidumbe",
    """
Mozambican police said on {{Monday}} that the bodies of [[more than 20 villagers|killed;a=Mozambican
police]], several of them beheaded, had been found near the village of Muatide in Muidumbe district
after insurgent raids over the weekend. State broadcaster TVM quoted a police commander as saying
the attackers had also set fire to [[about 150 homes|housing;a=a police commander]] in Muatide and
the neighbouring village of Nchinga. Local residents gave a higher toll: a resident told the Lusa
news agency that [[as many as 50 people|killed;a=a resident]] had died, among them boys {{as young
as 15}}. [[Nine women|kidnapped;a=residents]] were taken away by the insurgents, residents said.
Police said [[three suspects|arrested;a=Police]] had been detained in Mueda. The Catholic diocese of
Pemba said [[some 4,000 people|displaced;a=The Catholic diocese of Pemba]] from the two villages had
reached its mission at Mieze by {{Wednesday}}. The attacks came {{three years}} after the insurgency
began.
""",
)

item(
    "Macomia town overrun for two days as insurgents loot food stores",
    """
[[Several hundred insurgents|combatants;a=local officials]] stormed the district seat of Macomia on
{{10 May 2024}}, holding parts of the town for {{two days}} and looting warehouses stocked by aid
agencies, local officials said. Cabo Ligado put the attackers at [[between 100 and
150|combatants;a=Cabo Ligado]], though residents spoke of [[hundreds|combatants;a=residents;n=-]].
[[At least three soldiers|killed;a=a military source]] were killed, a military source told AFP, and
[[two civilians|killed;a=the district administrator]] died in crossfire, the district administrator
said. The World Food Programme said [[about 160 tonnes|aid;a=The World Food Programme]] of food had
been taken from its partners' stores. [[Thousands of residents|displaced]] fled to the bush and to
Quinhevo, and [[around 4,500|displaced;a=the International Organization for Migration]] were later
registered in Pemba and Metuge by the International Organization for Migration. Rwandan troops
retook the town on {{12 May}}.
""",
)

item(
    "Chiúre attacks displace tens of thousands in a fortnight",
    """
A wave of insurgent attacks in Chiúre district displaced [[more than 67,000 people|displaced;a=the
International Organization for Migration]] between {{8 and 22 February 2024}}, the International
Organization for Migration said, in the largest movement since the fall of Palma. [[About 33,000 of
them|displaced;n=-;a=the agency;alt=the International Organization for Migration]] were children,
the agency said in a flash update, which also counted [[12,450 households|displaced;a=the
agency;alt=the International Organization for Migration]]. Families crossed the Lúrio river into
Eráti district of Nampula province, where officials registered [[about 31,000
arrivals|displaced;a=officials]] at [[five temporary sites|capacity;a=officials]]. Insurgents burned
[[at least 500 houses|housing;a=Cabo Ligado]] and [[three churches|housing;a=Cabo Ligado]] in Mazeze
and Ocua, Cabo Ligado said. Officials said [[two people|killed;a=Officials]] were beheaded in Ocua.
The monitor said the attacks were carried out by [[no more than 100 fighters|combatants;a=The
monitor;alt=Cabo Ligado]].
""",
)

item(
    "Rangers killed as insurgents raid Niassa reserve camps",
    """
Insurgents attacked [[two ranger camps|other;a=the reserve's management]] in Mozambique's Niassa
Special Reserve in late {{April 2025}}, killing [[at least two rangers|killed;a=the reserve's
management]] and a community scout, the reserve's management said on {{Friday}}. [[Some 60
staff|displaced;a=an operator]] and their families were evacuated by air from the Mariri and Kambako
areas, an operator said. The attacks, {{more than 300 km}} west of the coast, were the first in the
reserve since {{2021}}. Cabo Ligado said a group of [[about 40 fighters|combatants;a=Cabo Ligado]]
had crossed from Mecula district, and local people reported [[eight men|kidnapped;a=local people]]
taken to carry looted goods. [[About 250 people|displaced;a=a local official]] from Mbamba fled to
Mecula town and [[four vehicles|other;a=a local official]] were burned, a local official said.
Tourism operators said the {{2025}} season was in doubt.
""",
)

item(
    "Ancuabe villagers flee after beheadings near Mazeze",
    """
[[More than 10,000 people|displaced;a=the UN's humanitarian office]] fled villages along the road
between Ancuabe and Chiúre in the first week of {{June 2022}} after insurgents beheaded [[four
people|killed;a=the UN's humanitarian office]], according to the UN's humanitarian office.
Provincial officials said those killed were from Nanduli and Nacussa. "They came at night, {{20 or
30}} minutes after the last bus," a farmer told Lusa, adding that [[dozens of huts|housing;a=a
farmer]] had been burned. Local authorities counted [[2,150 families|displaced;a=Local authorities]]
in Ancuabe town, most of them sleeping in [[three schools|capacity;a=Local authorities]] and a
church hall. [[About 350 students|other;a=the district's education office]] could not sit exams, the
district's education office said.
""",
)

item(
    "Italian nun killed as insurgents burn Chipene mission in Nampula",
    """
Insurgents killed an Italian missionary nun, Sister Maria De Coppi, {{83}}, at the Catholic mission
of Chipene in Nampula province on the night of {{6 September 2022}}, the diocese of Nacala said. The
attackers set fire to the church, the mission's hospital, a school and [[16 houses|housing;a=the
diocese of Nacala]], it said. [[About 20 pupils|displaced;a=the diocese;alt=the diocese of Nacala]]
who lived at the mission's boarding house were taken to safety, the diocese added. Other
missionaries escaped. Local officials said [[6,000 people|displaced;a=Local officials]] had fled
Chipene and the neighbouring villages of Lúrio and Nahavara. Police said [[about 15
insurgents|combatants;a=Police]] took part in the attack and that [[two suspects|arrested;a=Police]]
had been detained in Memba. The diocese said the mission school, which taught [[about 480
pupils|other;a=The diocese;alt=the diocese of Nacala]], would stay closed. It was the first killing
of a foreign missionary since the conflict began in {{2017}}, {{about 60 km}} to the north in Cabo
Delgado.
""",
)

item(
    "Insurgents strike Quirimba islands from the sea",
    """
Insurgents travelling in [[about a dozen boats|other;a=fishermen and local officials]] raided the
islands of Quirimba and Ibo in {{late October 2024}}, fishermen and local officials said. [[At least
11 fishermen|kidnapped;a=a local official on Ibo]] were taken, a local official on Ibo said;
[[five|kidnapped;n=-;a=a local official on Ibo]] were released after {{three days}}, she said. The
islands had sheltered [[tens of thousands of people|displaced]] who fled the mainland since
{{2020}}. The district administration said [[more than 2,300|displaced;a=The district
administration]] had left Quirimba for Pemba on dhows by {{Sunday}}. Cabo Ligado recorded [[nine
maritime attacks|other;a=Cabo Ligado;u=other]] in the archipelago in {{2024}}, against
[[two|other;n=-;u=other;a=Cabo Ligado]] the year before.
""",
)

item(
    "Cabo Ligado weekly: attacks in Macomia and Muidumbe",
    """
Cabo Ligado recorded [[14 political violence events|other;a=Cabo Ligado;u=other]] in Cabo Delgado in
the week of {{3-9 February 2025}}, resulting in [[at least nine fatalities|killed;a=Cabo Ligado]].
The monitor said insurgents killed [[four civilians|killed;a=The monitor;alt=Cabo Ligado]] in
Muidumbe and abducted [[an estimated 12 people|kidnapped;a=The monitor;alt=Cabo Ligado]], among them
[[at least five children|kidnapped;a=The monitor;alt=Cabo Ligado]]. It said the insurgents moved in
groups of [[between 10 and 20 fighters|combatants;a=Cabo Ligado]]. Mozambican forces said they had
killed [[15 insurgents|killed;a=Mozambican forces]] near the Messalo river, a figure Cabo Ligado
could not verify. Since {{October 2017}}, ACLED has recorded [[more than 6,200
fatalities|killed;a=ACLED]] in the province.
""",
)

item(
    "Drivers killed as insurgents ambush trucks on N380 highway",
    """
Insurgents ambushed a convoy of [[11 trucks|other;a=the Cabo Delgado transporters' association]] on
the {{N380}} highway between Macomia and Oasse on {{Wednesday}}, killing [[three
drivers|killed;a=the Cabo Delgado transporters' association]] and setting [[six trucks|other;a=the
Cabo Delgado transporters' association]] on fire, the Cabo Delgado transporters' association said.
The convoy was travelling without an escort, the association said, adding that [[up to 150 trucks a
day|other;a=the association]] had used the road before the attack. [[Two drivers|missing;a=police]]
were still missing, police said on {{Thursday}}. The road, the main link between Pemba and the
northern districts, had reopened in {{2022}} after Rwandan troops cleared it. Police said [[five
passengers|injured;a=Police]] on a bus that followed the convoy were wounded and [[two
suspects|arrested;a=Police]] had been detained at a checkpoint in Oasse. Traders said prices of
maize flour in Mocímboa rose {{40%}} within the week.
""",
)

item(
    "Churches and chapels burned in Meluco and Macomia",
    """
Insurgents burned [[at least 12 churches and chapels|housing;a=the diocese of Pemba;n=churches and
chapels;u=structure]] in Meluco and Macomia districts in {{September and October 2023}}, the diocese
of Pemba said in a statement on {{Sunday}}. "Our communities are afraid to gather," the bishop's
office said. The diocese said [[about 1,800 Catholics|displaced;a=The diocese;alt=the diocese of
Pemba]] from the affected parishes were staying with relatives in Pemba. Cabo Ligado attributed the
attacks to a small group of [[fewer than 50 fighters|combatants;a=Cabo Ligado]] who had moved south
from Macomia's coast. In Meluco, [[about 400 families|displaced;a=the district administrator]] left
[[three villages|other;a=the district administrator]] after the attacks, the district administrator
said. [[Two catechists|killed;a=the diocese;alt=the diocese of Pemba]] were killed, the diocese
added, and another was taken.
""",
)

item(
    "Insurgents preach in Mucojo mosques, residents say",
    """
Armed insurgents entered the coastal villages of Mucojo and Quiterajo in Macomia district on
{{Friday}} and addressed worshippers at prayers, without attacking residents, witnesses said.
[[About 40 fighters|combatants;a=one witness]] arrived on motorbikes and on foot, one witness told
Lusa. They handed out money and told people not to flee, residents said, and [[two
fishermen|kidnapped;a=residents]] were taken when the fighters left. In the past the group has
followed such visits with attacks: in {{2023}} [[some 20 villagers|killed;a=ACLED]] were killed in
the area, according to ACLED. District officials said [[at least 600 families|displaced;a=District
officials]] had nevertheless left for Macomia town since {{Saturday}}, and [[a further
200|displaced;u=household;p;a=District officials]] were expected. The army said it had sent [[two
companies|combatants;u=other;a=The army]] to the area.
""",
)

item(
    "Five years on, TotalEnergies weighs restart of Mozambique LNG",
    """
TotalEnergies said on {{Thursday}} it expected to lift force majeure on its {{$20 billion}}
Mozambique LNG project on the Afungi peninsula in {{2025}}, more than {{four years}} after the
insurgent attack on nearby Palma forced it to halt construction in {{April 2021}}. The company told
analysts the project's cost had risen by about {{$4.5 billion}} and that first cargoes were now
expected in {{2029}}. It said it had renegotiated its contracts and sought an extension of its
development period of {{ten years}}. Mozambique's government, which forecasts growth of {{around
4%}} in the {{2025/26}} fiscal year, has said gas revenue is central to its plans. Rights groups
said the company had yet to answer questions about its role during the {{March 2021}} attack.
""",
)

item(
    "Court in Pemba adjourns trial of alleged insurgent financiers",
    """
A court in Pemba on {{Tuesday}} adjourned until {{18 November}} the trial of a group of men accused
of financing the insurgency in Cabo Delgado, after defence lawyers said they had received the case
file only {{48 hours}} earlier. Prosecutors say the accused moved {{about $1.2 million}} through
mobile-money accounts between {{2019 and 2022}}. The men, {{aged 24 to 61}}, face up to {{30 years}}
in prison under {{article 4}} of Law {{13/2022}} on terrorism financing, and the hearing began at
{{09:00}}. Judge Ernesto Chissano said the court would sit on the {{third}} floor of the provincial
court building because of repairs. The case, the {{second}} of its kind, was opened in {{2023}}.
""",
)
