"""dev441 items: demolitions and displacement in Masafer Yatta, the Jordan Valley, East Jerusalem
and Area C, punitive demolitions, water and schools, settlement plans and the first returns."""

from _wrap import item

item(
    "Israeli court clears way for Masafer Yatta evictions",
    """
JERUSALEM, {{May 5}} (Reuters) - Israel's Supreme Court has cleared the way for the eviction of
[[about 1,000 Palestinians|displaced;p]] from [[eight hamlets|displaced;p]] in Masafer Yatta, in
the hills south of Hebron, ruling that the army may use the area as {{Firing Zone 918}}. The
decision ends a legal battle that began in {{1999}}, when the army expelled [[some 700
residents|displaced]] and demolished their homes. Lawyers from the Association for Civil Rights
in Israel said [[about 1,150 people|civilians;a=Lawyers from the Association for Civil Rights in
Israel]] live inside the zone, including [[some 500 children|civilians;a=Lawyers from the
Association for Civil Rights in Israel]]. The zone, declared in the early {{1980s}}, covers
{{30,000 dunams}} of grazing land. Since the ruling, residents say, the army has demolished
[[dozens of structures|housing;a=residents]] in the area, and [[at least 12
families|displaced;a=residents]] have already left.
""",
)

item(
    "Masafer Yatta hamlet of Khallet al-Daba' razed again",
    """
Israeli forces demolished [[25 structures|housing;a=OCHA]] in the Masafer Yatta hamlet of Khallet
al-Daba' on Monday, including [[10 homes|housing;a=OCHA]], [[a dozen animal
shelters|housing;a=OCHA]], water cisterns and solar panels, leaving [[about 100
people|displaced;a=OCHA]] without shelter, OCHA said. Of those displaced, [[more than
40|displaced;n=-;a=the UN office;alt=OCHA]] are children, the UN office said. Residents, who had
rebuilt after a demolition in {{May}}, said they would sleep in caves. It was the {{fourth}}
demolition in the hamlet since {{2023}}. Activists counted [[about 30
soldiers|combatants;a=Activists]] and [[three bulldozers|other;u=other;a=Activists]] at the site.
[[Between 15 and 20 families|displaced]] from neighbouring hamlets have left for the town of Yatta
in the past year.
""",
)

item(
    "Demolitions in 2024 the highest on record, OCHA says",
    """
Israeli authorities demolished, seized or forced people to tear down [[1,768 Palestinian
structures|housing;a=OCHA]] across the West Bank, including East Jerusalem, in {{2024}},
displacing [[4,527 people|displaced;a=OCHA]], [[about 1,900|displaced;n=-;a=OCHA]] of them
children, according to OCHA. The figure was the highest since the office began recording in
{{2009}}, it said. Of the structures, [[512|housing;n=-;u=structure]] were inhabited homes and
[[more than 200|housing;n=-;u=structure]] had been funded by donors, mostly the European Union.
In East Jerusalem, [[181 structures|housing]] were demolished, [[91|housing;n=-;u=structure]] of
them by their owners, who tore down their own homes to avoid fines of up to {{NIS 100,000}}.
Punitive demolitions destroyed [[23 homes|housing]]. In {{January and February 2025}} the office
recorded [[another 330 structures|housing;a=the office;alt=OCHA]] demolished, most of them in the
northern camps.
""",
)

item(
    "Humsa al-Bqai'a demolished for the seventh time",
    """
HUMSA AL-BQAI'A, West Bank - For the {{seventh}} time since {{2020}}, Israeli forces on Wednesday
demolished the Bedouin community of Humsa al-Bqai'a in the northern Jordan Valley, flattening [[38
structures|housing;a=B'Tselem]] and displacing [[all 60 residents|displaced;a=B'Tselem]],
[[33|displaced;n=-;a=B'Tselem]] of them children, according to the Israeli rights group
B'Tselem. Troops also confiscated [[two water tanks|other;u=other]] and [[six tents|other]] that
aid groups had donated. The army says the community lies in a firing zone. Its [[11
families|civilians]] own [[about 1,500 sheep and goats|other;n=sheep and goats]], which now have
no pens. The European Union said [[45 EU-funded structures|housing;a=European Union]] worth
{{EUR 300,000}} had been destroyed in the community since {{2020}}.
""",
)

item(
    "Four homes torn down in Silwan's al-Bustan",
    """
JERUSALEM - The Jerusalem municipality demolished [[four homes|housing;a=Wadi Hilweh Information
Center]] in the al-Bustan quarter of Silwan on Tuesday, leaving [[about 35
people|displaced;a=Wadi Hilweh Information Center]] homeless, among them [[17
children|displaced;a=Wadi Hilweh Information Center]], the Wadi Hilweh Information Center said.
The municipality plans to build a park on the site and has issued demolition orders against
[[more than 90 homes|housing;p]] in the quarter, home to [[some 1,500 people|civilians]]. The
rights group Ir Amim said [[about 20 homes|housing;a=Ir Amim]] in Silwan had been torn down by
their owners since January, to spare them the municipality's bill for the demolition. Since the
start of the year, Israeli authorities in East Jerusalem have demolished [[143
structures|housing;a=OCHA]], displacing [[more than 200 Palestinians|displaced;a=OCHA]],
according to OCHA. Nidal, a {{58-year-old}} bus driver, said the order against his house had
been pending for {{15 years}}.
""",
)

item(
    "In Umm al-Khair, a home demolished three times",
    """
UMM AL-KHAIR, West Bank - Khalil's house in Umm al-Khair has been demolished {{three times}}, most
recently in {{January}}, when bulldozers also took down [[five other homes|housing]] in the
hamlet. Its [[about 200 residents|civilians]] live a fence away from the settlement of Carmel.
[[Eleven members of his extended family|displaced;n=members]] now sleep in [[two
tents|aid]] donated by the Red Cross. In {{July}}, a settler shot dead a {{31-year-old}} teacher
from the village. Khalil, who is {{47}}, says the Civil Administration has issued demolition
orders against [[14 more structures|housing;p;a=Khalil]] in the hamlet. "They want the land
empty," he said.
""",
)

item(
    "E1 settlement plan gets final approval",
    """
Israel's Higher Planning Council on Wednesday gave final approval to [[3,401 housing
units|housing;p]] in the {{E1}} area east of Jerusalem, a project frozen for {{two decades}} under
international pressure. Peace Now said the council had advanced [[more than 20,000
units|housing;p;a=Peace Now]] since the start of the year, a record. Finance Minister Bezalel
Smotrich said [[another 3,500 units|housing;p;a=Bezalel Smotrich]] would be approved in Ma'ale
Adumim. The UN says [[about 7,000 Bedouin|displaced;p;a=UN]] living in [[18
communities|displaced;p;u=other;a=UN]] around the area are at risk of forcible transfer. The
area covers {{12 square kilometres}}. In {{May}}, Israel's security cabinet approved [[22 new
settlements|other]], the largest such decision since the {{1990s}}.
""",
)

item(
    "EU-funded school razed in Jordan Valley community",
    """
Israeli forces demolished a primary school in the Bedouin community of Ras al-Tin, north-east of
Ramallah, that served [[about 50 pupils|civilians;a=Palestinian education ministry]] from [[five
herding communities|civilians;u=other;a=Palestinian education ministry]], the Palestinian
education ministry said. The school was one of [[about 60 schools|housing;p]] in Area C with
demolition orders against them. Save the Children said [[more than 6,000
children|civilians;a=Save the Children]] attend schools under threat of demolition. Troops
confiscated [[40 desks|other;u=other]] and [[two caravans|housing]] used as classrooms. Teachers
held lessons the next morning under a tree.
""",
)

item(
    "Army blows up homes of Eli attackers",
    """
Israeli forces demolished the family homes of the gunmen who killed [[four Israelis|killed;a=military]] at a petrol station near the settlement of Eli in {{June}}, the military said on
Sunday. Troops blew up [[two apartments|housing]] in Urif and sealed the gunmen's rooms in a
{{third}} building. The army said [[more than 20 homes|housing;a=army]] of attackers had been
razed since January. Neighbours said the blasts damaged [[at least nine nearby
homes|housing;a=Neighbours]] and left [[a family of seven|displaced;a=Neighbours]] without a
roof. Rights groups say punitive demolitions, which Israel resumed in {{2014}}, amount to
collective punishment; HaMoked says [[about 70 homes|housing;a=HaMoked]] were destroyed as
punishment from {{2023}} to {{2025}}. During the raid, soldiers arrested [[three relatives|arrested]]
of the gunmen.
""",
)

item(
    "Cisterns and solar panels destroyed in Area C",
    """
In the South Hebron Hills and the Jordan Valley, Israeli forces and settlers destroyed or seized
[[46 water cisterns|housing;u=structure;a=WASH Cluster]], {{17 km}} of water pipes and [[about 260
solar panels|other;u=other;a=WASH Cluster]] in the {{first half of the year}}, affecting [[some 9,000
people|civilians;a=WASH Cluster]], the WASH Cluster said. Herding communities in Area C live on
as little as {{20 litres}} of water per person a day, {{a fifth}} of the WHO minimum. Aid groups
have trucked water to [[about 40 communities|aid;u=other]] and handed out [[1,200 water
tanks|aid;u=other]]. Lack of water drove [[at least 15 families|displaced]] from [[two
communities|displaced;u=other]] near Al-Auja to leave.
""",
)

item(
    "Zanuta families go back after court ruling",
    """
[[About 20 families|returned]] from the herding village of Zanuta, in the South Hebron Hills, went
back to their land on Monday, {{10 months}} after settler attacks drove them out, following a
ruling by Israel's High Court. All [[27 families|displaced]] of the village fled in {{October
2023}}. Before the war Zanuta had [[about 250 residents|civilians]]. The Association for Civil
Rights in Israel said settlers had demolished or damaged [[about 40 buildings|housing;a=Association
for Civil Rights in Israel]] while the village was empty, including the school. The returning
families are living in [[12 tents|aid]] provided by aid groups. The Civil Administration said it
would allow repairs to [[up to 18 homes|housing;p;a=Civil Administration]].
""",
)

item(
    "Ras Ein al-Auja, the largest herding community, empties out",
    """
RAS EIN AL-AUJA, West Bank - [[About 85 families|displaced]], or [[some 500
people|displaced]], packed their tents and left Ras Ein al-Auja this week, the largest herding
community remaining in the Jordan Valley. Settlers have carried out [[more than 100
attacks|other;u=other;a=community's head]] on it since January, the community's head said. They
stole [[several hundred sheep|other]] and burned [[10 tents|housing]] the families lived in. The
community had [[about 700 people|civilians]] in {{2023}}. Most of the families moved towards
Jericho and [[about 20|displaced;n=-;u=household]] to the village of Al-Auja.
""",
)

item(
    "How Area C planning works against Palestinian building",
    """
Under the Oslo II agreement of {{1995}}, Area C makes up about {{60 percent}} of the West Bank and
remains under full Israeli control. Planning there is still governed by a Jordanian law of
{{1966}}, as amended by {{Military Order 418}}. From {{2016}} to {{2020}}, the Civil
Administration approved {{less than 1%}} of Palestinian requests for building permits. A permit
can cost up to {{NIS 30,000}}, and appeals take {{three to five years}}. A strip {{2 km}} wide
along the Jordan River has been closed as a military zone since {{1967}}.
""",
)
