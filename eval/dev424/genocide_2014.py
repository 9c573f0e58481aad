"""dev424 items: the August 2014 attack on Sinjar, the siege of the mountain, the flight through
Syria, Kocho, the captives freed as Islamic State lost its cities, the recapture of Sinjar and
the tallies and anniversaries of the genocide."""

from _wrap import item

item(
    "Islamic State seizes Sinjar, Yazidis flee to the mountain",
    """
Islamic State fighters swept into the Iraqi district of Sinjar on {{3 August}}, sending [[tens
of thousands of Yazidis|displaced;a=local officials]] fleeing up the slopes of Mount Sinjar,
local officials said. Residents said [[about 1,500 peshmerga|combatants;a=Residents]] posted in
the district had pulled out overnight as the militants advanced from Tal Afar and the Syrian
border. Vian Dakhil, the only Yazidi member of the Iraqi parliament, said [[at least 500
men|killed;a=Vian Dakhil]] had been killed in villages south of the mountain and that [[hundreds
of women|kidnapped;a=Vian Dakhil]] had been taken away in trucks. The United Nations said [[as
many as 40,000 people|civilians;a=The United Nations]], many of them children, were now trapped
on the mountain with little food or water in temperatures of {{45C}}. UNICEF said [[40
children|killed;a=UNICEF]] had already died of heat and thirst. The district had [[about 300,000
people|civilians]] before the attack, most of them Yazidis, a religious minority the militants
regard as devil-worshippers.
""",
)

item(
    "US planes drop food and water on Mount Sinjar",
    """
American transport planes dropped [[72 bundles|aid;a=the Pentagon]] of supplies to Yazidis
stranded on Mount Sinjar overnight, including [[8,000 ready-to-eat meals|aid;a=the Pentagon]]
and {{5,300 gallons}} of drinking water, the Pentagon said. It was the {{first}} American
military action in Iraq since the troops left in {{2011}}. Kurdish officials in Duhok said
[[between 10,000 and 40,000 people|civilians;a=Kurdish officials in Duhok]] were still on the
mountain, a spread that showed how little anyone knew. Iraqi air force helicopters flew out
[[about 300 people|displaced]] on Saturday, mostly women, children and the elderly, and dropped
bottled water on the way up. A Yazidi activist reached by phone on the summit said [[at least 70
children|killed;a=A Yazidi activist]] had died there since the siege began. Aid workers in Duhok
said [[about 200,000 people|displaced;a=Aid workers in Duhok]] had arrived in the province in a
week, sleeping in schools, churches and half-built shopping centres. The UN said it was
preparing to receive [[up to 50,000 more people|displaced;a=The UN;p]] in Duhok if the corridor
held.
""",
)

item(
    "Kurdish fighters open corridor off the mountain through Syria",
    """
Syrian Kurdish fighters of the YPG, backed by guerrillas of Turkey's PKK, have cut a corridor
from the northern slopes of Mount Sinjar into Syria's Hasakah province. Officials at the
Peshkhabour crossing said [[more than 45,000 Yazidis|displaced;a=Officials at the Peshkhabour
crossing]] had come back into Iraq's Kurdistan region over {{four days}}, after a walk of {{15
kilometres}} or more through Syrian territory. A YPG commander on the Rabia road said [[about
600 of his fighters|combatants;a=A YPG commander]] were holding the route open against Islamic
State patrols. UNHCR said it was sheltering [[some 15,000 people|displaced;a=UNHCR]] at the
Newroz camp near Derik. The agency said [[4,000 tents|aid;a=The agency;alt=UNHCR]] were on their
way from Erbil. Yazidi elders at the crossing said [[dozens of elderly people|killed;a=Yazidi
elders]] had died on the trek and been buried by the road. On Wednesday the Pentagon said a
small team had found only [[4,000 to 5,000 people|civilians;a=the Pentagon]] left on the
mountain, roughly {{half of them}} herders who had lived there before the siege. Relief workers
at Peshkhabour said [[hundreds of children|missing;a=Relief workers at Peshkhabour]] had been
separated from their parents in the crush. The Kurdistan regional government said it would build
[[12 new camps|capacity;a=The Kurdistan regional government;p]] in Duhok province before the
winter.
""",
)

item(
    "Kocho: the village where the men were taken to the pits",
    """
Kocho, a farming village south of Mount Sinjar, had [[about 1,700 residents|civilians]] when
Islamic State fighters surrounded it in {{August 2014}}. On {{15 August}} the militants herded
everyone into the village school and separated the men from the women. Survivors say [[about 400
men and boys|killed;a=Survivors;n=men and boys]] were driven out in pickups and shot at pits on
the edge of the village. [[Eleven of the men|injured]] were hit but survived by lying still
among the dead until dark. [[Some 700 women and children|kidnapped;n=women and children]] were
taken to Tal Afar and Mosul, where many were sold. Among them was Nadia Murad, then {{21 years
old}}, who escaped in Mosul and went on to share the Nobel Peace Prize in {{2018}}. Yazda, a
Yazidi rights group, says [[more than 80 women|missing;a=Yazda]] from the village have never
been found. [[Fewer than 50 families|returned;a=the village council]] live in Kocho today,
according to the village council.
""",
)

item(
    "Peshmerga retake Sinjar town, cut Islamic State supply road",
    """
Kurdish peshmerga forces backed by US-led air strikes retook the town of Sinjar from Islamic
State on {{13 November 2015}}, cutting the militants' main road between Raqqa and Mosul. The
Kurdistan Region Security Council said [[about 7,500 peshmerga|combatants;a=The Kurdistan Region
Security Council]] had taken part in the offensive, which began before dawn on {{12 November}}.
Kurdish commanders had estimated that [[between 300 and 700 militants|combatants;a=Kurdish
commanders]] were holding the town, but many appeared to have fled south before the assault. The
coalition said its aircraft had carried out [[more than 250 strikes|other;a=The
coalition;u=other]] around Sinjar in the {{six weeks}} before the operation. The peshmerga said
they had killed [[dozens of militants|killed;a=The peshmerga]] and lost [[six
fighters|killed;a=The peshmerga]] of their own. A local engineer who entered the town with the
troops estimated that [[at least 2,000 houses|housing;a=A local engineer]] had been destroyed or
badly damaged. Within days, officials said, a grave holding the bodies of [[about 78 older
women|killed;a=officials]] was found near the town's technical institute.
""",
)

item(
    "A year on, Yazidi families count the missing",
    """
A year after Islamic State overran Sinjar, [[more than 3,000 Yazidis|kidnapped;a=Kurdish
officials]] are still in the group's hands, Kurdish officials say. The Kurdistan Regional
Government's office for abducted Yazidis says [[2,017 people|kidnapped;a=The Kurdistan Regional
Government's office for abducted Yazidis]] have escaped, been smuggled out or been bought back
from their captors since {{August 2014}}. Rights groups estimate that [[up to 5,000 Yazidi
men|killed;a=Rights groups]] were executed in the {{first days}} of the attack. [[About 400,000
Yazidis|displaced;a=the UN]] remain displaced in the Kurdistan region, most of them in [[18
camps|capacity;a=the UN]] and in unfinished buildings across Duhok province, according to the
UN. The German state of Baden-Württemberg has flown in [[1,100 women and
children|displaced;n=women and children]], most of them former captives, for treatment under a
special quota. "Last month alone, [[43 women and children|kidnapped;a=Hassan Kheder;n=women and
children]] came out," said Hassan Kheder, a caseworker at the office in Duhok.
""",
)

item(
    "Yazidis mark five years since the Sinjar attack",
    """
Yazidis gathered at the foot of Mount Sinjar on {{3 August 2019}} to mark {{five years}} since
Islamic State fighters overran the district, lighting candles at a shrine and reading out the
names of the dead. Prayers began at {{9am}} and ended with a {{two-minute}} silence at {{11am}},
the hour, elders said, when the {{first}} reports of killings reached Duhok in {{2014}}. The
community's spiritual leader sent a message from Lalish, where pilgrims marked the day with
fasting. A {{19-year-old}} student who escaped captivity in {{2016}} read a poem she wrote in
the {{third year}} of her captivity. Speakers called again for Baghdad and Erbil to settle who
governs the district, {{four years}} after its recapture and nearly {{two years}} after the last
of the group's territory in Iraq was taken back in {{December 2017}}.
""",
)

item(
    "Two years after liberation, Sinjar town is still rubble",
    """
Two years after its recapture from Islamic State, the town of Sinjar is still mostly rubble.
Mahma Khalil, the district's mayor, said [[about 2,000 families|returned;a=Mahma Khalil]] had
come back to the town, out of [[some 15,000 families|civilians;a=Mahma Khalil]] who lived there
before {{2014}}. The UN Development Programme said it had rebuilt [[about 300
homes|housing;a=The UN Development Programme]] and [[two schools|housing;a=The UN Development
Programme]] in the south of the town, and had restored piped water to [[4,500 people|aid;a=The
UN Development Programme]]. Booby traps and unexploded shells have killed [[at least 14
returnees|killed;a=the Mines Advisory Group]] since {{2016}}, according to the Mines Advisory
Group. Yazda said [[more than 200,000 Yazidis|displaced;a=Yazda]] from Sinjar were still living
in camps and unfinished buildings in Duhok province. The streets are patrolled by a mix of
peshmerga, Iraqi police and the YBS, a Yazidi militia with ties to the PKK that claims [[about
3,000 fighters|combatants;a=the YBS]].
""",
)

item(
    "Yazidi captives freed as Iraqi troops push through west Mosul",
    """
Iraqi troops fighting in the Old City of Mosul have freed [[27 Yazidi women and
children|kidnapped;a=the Kurdistan Region's office for abducted Yazidis;n=women and children]]
in the past month, the Kurdistan Region's office for abducted Yazidis said on Tuesday. The
office said [[3,207 Yazidis|kidnapped;a=The office;alt=the Kurdistan Region's office for
abducted Yazidis]] had been rescued since {{2014}}, while [[about 3,200|missing;a=The
office;alt=the Kurdistan Region's office for abducted Yazidis]] were still unaccounted for. Many
of the children were found in orphanages, given new names by their captors. Iraqi officials said
[[11 boys|kidnapped;a=Iraqi officials]] had been taken from an orphanage in the Zanjili
district, where the militants had taught them to handle weapons. The army said [[about 700
militants|combatants;a=The army]] were still holed up in a shrinking pocket near the river. Aid
groups said [[more than 700,000 people|displaced;a=Aid groups]] had fled Mosul since the
offensive began in {{October 2016}}. Yazidi officials believe [[between 1,000 and 1,500
captives|kidnapped;a=Yazidi officials]] are still being held in Tal Afar and in the towns of the
Euphrates valley.
""",
)

item(
    "Women and children from Sinjar freed in the battle for Raqqa",
    """
The US-backed Syrian Democratic Forces said they had freed [[22 Yazidi women and
children|kidnapped;a=The US-backed Syrian Democratic Forces;n=women and children]] in the final
days of the battle for Raqqa, which ended on {{17 October}}. Some were found in basements near
the national hospital and the stadium, where [[about 300 Islamic State fighters|combatants]]
made a last stand. Others came out in a convoy under a deal brokered by tribal elders, which
local officials said let [[about 250 fighters|combatants;a=local officials]] and [[3,500 of
their relatives|displaced;a=local officials]] leave for the desert in buses and trucks. A Yazidi
official in Duhok said [[at least 150 women and girls|kidnapped;a=A Yazidi official in
Duhok;n=women and girls]] were believed to have been moved to Mayadin and Deir ez-Zor before the
city fell. The SDF said [[655 of its fighters|killed;a=The SDF]] had died in the {{four-month}}
campaign. The Kurdistan Region's office for abducted Yazidis said it expected [[up to 100 more
captives|kidnapped;a=The Kurdistan Region's office for abducted Yazidis;p]] to be freed as the
SDF moved down the Euphrates.
""",
)

item(
    "Yazidi children emerge from the last Islamic State enclave",
    """
The Syrian Democratic Forces said [[more than 60,000 people|displaced;a=The Syrian Democratic
Forces]] had left Baghuz since {{January}}, and that [[about 5,000 men|arrested;a=The Syrian
Democratic Forces]] among them had been detained as suspected Islamic State fighters. Kurdish
officials in Syria said [[about 90 Yazidi women and children|kidnapped;a=Kurdish officials in
Syria;n=women and children]] had been identified among the crowds and handed over to relatives
from Sinjar. Some of the boys, taken when they were {{six or seven}}, no longer spoke Kurmanji
and asked to go back to their captors' families. At the al-Hol camp, where most of the women and
children from Baghuz were taken, the population has risen to [[more than 70,000|displaced;a=the
UN]], the UN said. Yazidi activists believe [[hundreds of women|kidnapped;a=Yazidi activists]]
remain hidden among the camp's residents, too frightened to come forward. The International
Rescue Committee said [[dozens of children|killed;a=The International Rescue Committee]] had
died on the way to al-Hol or soon after arriving, and that [[about 1,200 people a
day|displaced;a=The International Rescue Committee]] were still reaching the camp.
""",
)

item(
    "Iraqi forces move into Sinjar as peshmerga pull back",
    """
Iraqi government forces and Shi'ite-led paramilitaries took control of Sinjar on {{17 October}},
a day after the fall of Kirkuk, as the Kurdish peshmerga withdrew without firing a shot. A
peshmerga commander said [[about 5,000 of his men|combatants;a=A peshmerga commander]] had
pulled back towards Duhok overnight. The Popular Mobilisation Forces said [[2,000 of their
fighters|combatants;a=The Popular Mobilisation Forces]] had entered the district, among them
[[about 600 Yazidis|combatants;a=The Popular Mobilisation Forces]] from a unit raised in
{{2016}}. Local officials said [[about 1,200 families|displaced;a=Local officials]] left for
Duhok in the hours after the handover, fearing reprisals. [[Some 800 of them|returned;a=the
district council;n=-;u=household]] had come back by the end of the week, the district council
said, after the paramilitaries promised not to enter homes. The town, recaptured from Islamic
State in {{2015}}, had [[about 20,000 residents|civilians]] again by the summer.
""",
)

item(
    "Ten years on, the numbers of the Sinjar genocide",
    """
Ten years after Islamic State's assault on Sinjar, the Kurdistan Region's Office for Rescuing
Abducted Yazidis puts the number of Yazidis abducted in {{2014}} at [[6,417|kidnapped;a=the
Kurdistan Region's Office for Rescuing Abducted Yazidis;n=-]]. Of those, the office says,
[[3,588|kidnapped;a=the office;alt=the Kurdistan Region's Office for Rescuing Abducted
Yazidis;n=-]] have been rescued and [[2,590|missing;a=the office;alt=the Kurdistan Region's
Office for Rescuing Abducted Yazidis;n=-]] remain missing. It also counts [[1,293
people|killed;a=the Kurdistan Region's Office for Rescuing Abducted Yazidis]] killed in the
{{first days}} of the attack and [[2,745 children|civilians;a=the Kurdistan Region's Office for
Rescuing Abducted Yazidis]] left orphaned. [[About 200,000 Yazidis|displaced;a=the UN]] still
live in [[15 camps|capacity;a=the UN]] in Duhok province, according to the UN, while [[some
190,000 people|returned;a=the UN]] have gone back to Sinjar. [[Eighty-three mass
graves|other;u=other]] have been found in the district, and {{a third}} of them have yet to be
opened.
""",
)

item(
    "Yazidi survivors find new homes in Canada",
    """
Canada has resettled [[1,200 survivors|displaced;a=Immigration Minister Ahmed Hussen]] of
Islamic State's campaign in Iraq and Syria, most of them Yazidi women and children, Immigration
Minister Ahmed Hussen said. He said [[about 400 of them|displaced;a=Ahmed Hussen;n=-]] had gone
to Winnipeg, Calgary, Toronto and London, Ontario, where Yazidi families already lived, and that
[[81|displaced;a=Ahmed Hussen]] had come as privately sponsored refugees. Settlement workers in
Winnipeg said [[about 150 of the newcomers|aid;a=Settlement workers in Winnipeg]] were receiving
trauma counselling, and that interpreters in Kurmanji were hard to find. Germany's
Baden-Württemberg took in [[1,100 women and children|displaced;n=women and children]] in
{{2015}} and {{2016}} under a special quota. Australia's home affairs department says it has
granted visas to [[more than 2,000 Yazidis|displaced;a=Australia's home affairs department]]
since {{2015}}. Ottawa plans to admit [[another 400 Yazidis|displaced;a=Ottawa;p]] by the end of
{{2018}}.
""",
)

item(
    "On Mount Sinjar, a tent town enters its fifth winter",
    """
Four years after the siege, Yazidi families are still living on Mount Sinjar, unwilling to go
back to villages near the front line and unable to afford the move to Duhok. Officials of the
Sinjar district said [[about 2,500 families|displaced;a=Officials of the Sinjar district]] were
living in [[two camps|capacity;a=Officials of the Sinjar district]] and in clusters of tents on
the plateau. The larger camp, run by a Kurdish charity, was built to house [[500
families|capacity]]. The Barzani Charity Foundation said it had handed out [[2,000 food
parcels|aid;a=The Barzani Charity Foundation]] and [[1,300 heaters|aid;a=The Barzani Charity
Foundation;u=other]] on the mountain last month. Snow closes the road for days at a time, and
last January [[three children|killed;a=residents]] died of the cold, residents said. The YBS
militia keeps [[several hundred fighters|combatants]] in bases near the camps.
""",
)

item(
    "Parliaments and courts name the crimes against Yazidis as genocide",
    """
The German Bundestag on {{19 January 2023}} recognised the crimes committed against the Yazidis
in {{2014}} as genocide, following the parliaments of the Netherlands, Belgium and Australia.
The British government followed in {{August 2023}}, citing a German court ruling of {{November
2021}}, the {{first}} anywhere to convict an Islamic State member of genocide. UN Security
Council {{Resolution 2379}} of {{2017}} created the investigative team known as UNITAD, whose
mandate ended in {{September 2024}} after {{seven years}}. Iraq's own parliament passed the
Yazidi Survivors Law on {{1 March 2021}}, but has yet to pass a law recognising the genocide,
{{a decade}} after the attack.
""",
)

item(
    "Iraqi helicopter crashes on Mount Sinjar rescue flight",
    """
An Iraqi air force helicopter ferrying aid to Mount Sinjar crashed on take-off on Tuesday,
killing the pilot and injuring [[about 20 people|injured;a=Iraqi officials]] on board, Iraqi
officials said. Witnesses said [[about 60 people|displaced;a=Witnesses]] had crowded into the
Russian-built {{Mi-17}} in the rush to leave. The aircraft is meant to carry [[about 25
passengers|capacity]]. Among the injured was Vian Dakhil, the Yazidi lawmaker who had pleaded in
parliament for help a week earlier. The defence ministry said its helicopters had flown [[more
than 1,000 people|displaced;a=The defence ministry]] off the mountain since the siege began.
Britain's Ministry of Defence said RAF transport planes had dropped [[1,200 water
containers|aid;a=Britain's Ministry of Defence]] and [[240 solar lanterns|aid;a=Britain's
Ministry of Defence;u=other]] in {{two nights}}. In Zakho, the authorities opened [[four
schools|capacity;a=the mayor]] as shelters for the new arrivals, who numbered [[about 3,000
people|displaced;a=the mayor]] by nightfall, the mayor said.
""",
)
