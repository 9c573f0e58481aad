"""Items: Sudan, the Democratic Republic of the Congo and the Sahel, as envoys, OCHA, the
missions and the Secretary-General's reports give their numbers to the Security Council and
the Human Rights Council."""

from _wrap import item

item(
    "Perthes: Khartoum fighting has killed hundreds in first week",
    """
Volker Perthes, the UN special representative for Sudan, told the Security Council by video
from Port Sudan that fighting between the army and the Rapid Support Forces had killed
[[at least 420 people|killed;a=Volker Perthes]] and wounded [[more than 3,700|injured;a=Volker Perthes]]
since {{15 April}}. The figures, drawn from the health ministry, were certainly an undercount,
he said. UNHCR said [[between 10,000 and 20,000 people|displaced;a=UNHCR]] had crossed into
Chad, and that it was preparing for [[up to 100,000 refugees|displaced;p;a=UNHCR]]. The
World Food Programme said [[three of its staff|killed;a=The World Food Programme]] had been
killed in North Darfur on the {{first day}}. "The parties have shown no respect for the laws of
war," Perthes said. [[Some 16 million people|civilians]], {{a third}} of the population, already
needed assistance before the war.
""",
)

item(
    "El Fasher: DiCarlo warns of 'imminent' assault on besieged city",
    """
Rosemary DiCarlo, the UN under-secretary-general for political affairs, told the council on
{{Tuesday}} that [[more than 800,000 civilians|civilians;a=Rosemary DiCarlo]] were trapped in El
Fasher, the last Darfur state capital held by the army, as the RSF tightened its siege. She said
[[at least 226 people|killed;a=Rosemary DiCarlo]] had been killed and
[[over 700|injured;a=Rosemary DiCarlo]] wounded in the city since {{10 May}}, citing
Médecins Sans Frontières. The South Hospital, the only one still able to take mass casualties,
was shelled {{twice}} in {{a week}}. IOM said [[some 130,000 people|displaced;a=IOM]] had fled
El Fasher in the same period, many towards Tawila, and
[[about 40,000|displaced;a=IOM]] to Zamzam camp. DiCarlo said the RSF had massed
[[several thousand fighters|combatants;a=DiCarlo]] around the city.
""",
)

item(
    "Sudan fact-finding mission reports rape, torture and disappearances",
    """
The independent international fact-finding mission for Sudan told the Human Rights Council that
it had documented sexual violence against [[at least 400 women and girls|other;n=women and girls;a=The independent international fact-finding mission for Sudan]]
in Khartoum and Darfur, with victims as young as {{eight}}. Mohamed Chande Othman, its chair,
said [[thousands of people|arrested;a=Mohamed Chande Othman]] had been detained by both sides,
many in unofficial sites, and that [[hundreds|missing;a=Mohamed Chande Othman]] remained
unaccounted for. The mission's update, dated {{28 October}}, named [[11 detention facilities|other;a=The mission's update]]
run by the RSF in Khartoum alone. Sudanese groups monitoring enforced disappearances put the
number missing at [[about 1,100|missing;a=Sudanese groups monitoring enforced disappearances]].
""",
)

item(
    "Famine confirmed in Zamzam as Sudan hunger deepens",
    """
The Famine Review Committee confirmed famine conditions in Zamzam camp near El Fasher, where
[[an estimated 500,000 displaced people|displaced;a=the
World Food Programme]] live, the
World Food Programme told the Security Council. Across Sudan,
[[25.6 million people|civilians;a=the World Food Programme]] faced acute hunger, and
[[755,000|civilians;a=the World Food Programme]] were in catastrophic conditions, it said. The
Famine Review Committee warned that [[13 more areas|other;u=other;n=areas;p;a=The Famine Review Committee]]
could tip into famine by {{February}}. Edem Wosornu of OCHA said [[fewer than 200 trucks|aid;a=Edem Wosornu]]
had reached Darfur through Adre in {{August}}, after the crossing reopened for {{three months}}.
MSF said [[at least 13 children|killed;a=MSF]] had died of malnutrition in its clinic in the camp in {{a single week}}.
""",
)

item(
    "Chad's eastern camps overwhelmed, UNHCR tells council",
    """
[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since
the war began, UNHCR said in a briefing note circulated to council members, joining
[[about 400,000|displaced;a=UNHCR]] who fled earlier conflicts in Darfur. The agency has built
[[eight new camps|capacity;a=The agency;alt=UNHCR]], each meant for [[about 50,000 people|capacity;a=The agency;alt=UNHCR]],
but [[some 180,000|displaced]] were still living in makeshift shelters around the border town of
Adré. Sudan's war has also pushed [[roughly 190,000 South Sudanese|returned;a=the briefing]] back
across the southern border to a country many had left as children, the briefing said. Raouf
Mazou, UNHCR's assistant high commissioner, said the agency would need to relocate
[[another 100,000 refugees|displaced;p;a=Raouf Mazou]] from the border before the rains.
""",
)

item(
    "El Geneina killings: UN report cites thousands dead",
    """
A report by the UN panel of experts on Sudan, seen by Reuters, said [[between 10,000 and 15,000 people|killed;a=A report by the UN panel of experts on Sudan]]
were killed in El Geneina, West Darfur, in attacks by the RSF and allied Arab militias in
{{2023}}, citing intelligence sources. OHCHR had earlier confirmed the existence of
[[at least 13 mass graves|other;u=other;n=graves;a=OHCHR]] near the city. Survivors who reached
Adré told UN investigators of men and boys being separated and shot; MSF treated
[[more than 850 wounded|injured]] at its hospital in Adré in the {{three days}} after
the Ardamata attack. The panel said [[some 500,000 people|displaced;a=The panel;alt=the UN panel of experts on Sudan]] had fled
West Darfur, most of them Masalit, and that
the RSF had recruited [[hundreds of fighters|combatants;a=The panel;alt=the UN panel of experts on Sudan]] from across the border in Chad and
the Central African Republic.
""",
)

item(
    "Goma falls: Keita tells council of bodies in the streets",
    """
Bintou Keita, head of the UN peacekeeping mission MONUSCO, told an emergency session of the
Security Council that {{M23}} fighters backed by [[an estimated 3,000 to 4,000 Rwandan troops|combatants;a=Bintou Keita]]
had entered Goma, and that [[at least 773 people|killed;a=Bintou Keita]] had been killed in the
fighting for the city. Hospitals had treated [[more than 2,800 wounded|injured;a=the WHO]], the WHO said.
[[Thirteen peacekeepers|killed]] from South Africa, Malawi and Uruguay were killed defending
the approaches to the city. Keita said [[about 700,000 people|displaced;a=Keita]] had been
living in camps around Goma before the offensive; the {{M23}} ordered them to leave within
{{72 hours}}. OCHA said [[some 4,000 inmates|other;a=OCHA]] escaped from Munzenze prison as the
city fell, and [[hundreds of women|other;a=OCHA]] were raped during the breakout.
""",
)

item(
    "Ituri: attacks on displacement sites kill dozens, MONUSCO says",
    """
MONUSCO said on {{Sunday}} that CODECO fighters had killed [[at least 51 civilians|killed;a=MONUSCO]],
including [[16 children|killed;a=MONUSCO]], in an overnight attack on the Lala
displacement site in Djugu territory. The mission said its peacekeepers had evacuated
[[about 400 displaced people|displaced;a=The mission;alt=MONUSCO]] to its base at Roe. It
was the {{fourth}} attack on a displacement site in Ituri this year. According to OCHA,
[[1.7 million people|displaced;a=OCHA]] are displaced in Ituri, [[some 140,000|displaced;a=OCHA]]
of them in [[79 sites|capacity;a=OCHA]] across Djugu and Mahagi. The UN joint human rights
office counted [[1,043 civilians|killed;a=The UN joint human rights office]] killed in the
province in the {{first half}} of the year.
""",
)

item(
    "ADF abductions rise in Beni and Lubero, rights office says",
    """
The UN Joint Human Rights Office in the DRC said in its quarterly note that Allied Democratic
Forces fighters had abducted [[at least 212 people|kidnapped;a=The UN Joint Human Rights Office in the DRC]]
in North Kivu's Beni and Lubero territories between {{January and March}}, many of them to carry
loot or to be used as fighters. [[Forty-one|kidnapped;a=the office;alt=The UN Joint Human Rights Office in the DRC]] of them were later freed by Congolese and
Ugandan troops, the office said. The note recorded [[387 civilians|killed;a=The note]] killed by
the ADF in the same period, up from [[260|killed;a=The note]] in the previous quarter. In a
single attack on Mayikengo, [[more than 60 people|killed]] died, [[12 houses|housing]] were burned
and [[some 3,000 residents|displaced]] fled towards Lubero town.
""",
)

item(
    "Keita warns of 'unprecedented' displacement in North Kivu",
    """
Displacement in eastern Congo has reached [[6.9 million people|displaced;a=Bintou Keita]], the
highest ever recorded, Bintou Keita told the Security Council in {{October}}, with
[[more than 2.5 million|displaced;a=Bintou Keita]] in North Kivu alone. She said the {{M23}} now
controlled {{about 1,200 square kilometres}} of Masisi and Rutshuru, where the mission's
[[some 3,500 troops|combatants;a=Bintou Keita]] were stretched thin. MONUSCO had sheltered
[[about 2,000 people|displaced;a=the
mission;alt=MONUSCO]] at its Sake base for {{more than a month}}, the
mission said. The humanitarian response plan sought to reach [[8.7 million people|aid;p]] with
{{$2.6 billion}}. Bruno Lemarquis, the humanitarian coordinator, said
[[at least 22 aid workers|kidnapped;a=Bruno Lemarquis]] had been abducted in the east in
{{2023}}.
""",
)

item(
    "MINUSMA's last troops leave Mali after a decade",
    """
The last of MINUSMA's [[roughly 13,000 peacekeepers|combatants]] left Mali on {{11 December}},
ending a mission that the UN says lost [[311 personnel|killed;a=the UN]] to hostile acts, more
than any other current operation. The Secretary-General's final report on the mission said
[[about 1,700 civilian staff|other;a=The Secretary-General's final report on the mission]] had
also been let go or redeployed. Peacekeepers had handed over [[13 camps|other]]
to the transitional authorities, though [[two|other;u=structure]] in the north, at Ber and Tessalit, were
seized by armed groups as the blue helmets left. El-Ghassim Wane, the mission's last chief, told
the council in {{June}} that [[at least 8.8 million Malians|civilians;a=El-Ghassim Wane]] needed
assistance and that [[some 370,000|displaced;a=El-Ghassim Wane]] were displaced inside the
country.
""",
)

item(
    "Djibo under blockade: council told of a town cut off",
    """
Burkina Faso's town of Djibo, besieged by JNIM for {{more than two years}}, holds
[[about 300,000 people|civilians;a=OCHA]], most of them displaced from surrounding villages, OCHA
told a council meeting on the central Sahel. Only [[three food convoys|aid]] had reached it in
{{six months}}, and WFP had flown in [[140 tonnes|aid]] of food by helicopter. Across
Burkina Faso, [[more than 2 million people|displaced;a=the office;alt=OCHA]] were displaced and
[[5,300 schools|other;a=the office;alt=OCHA]] were closed because of insecurity, depriving
[[over 800,000 children|civilians;a=the office;alt=OCHA]] of classes, the office said. A convoy to Djibo was
ambushed near Gaskindé in {{September}}; the government said [[37 people|killed;a=the government]] were killed,
but local groups put the toll at [[more than 150|killed;a=local groups]].
""",
)

item(
    "Moura: UN rights office says troops and foreign fighters killed 500",
    """
Malian troops and foreign military personnel summarily executed
[[at least 500 people|killed;a=the UN human rights office]] during a {{five-day}} operation in
the village of Moura in {{March 2022}}, the UN human rights office said in a report published
on {{Friday}}. Investigators found that [[58 women and girls|other;n=women and girls;a=Investigators]] were
raped or subjected to other sexual violence, and that [[about 3,000 villagers|civilians;a=Investigators]] had
been rounded up in the dry riverbed at the centre of the village. The report said
[[more than 20 people|killed;a=The report]] were killed by soldiers firing from helicopters on
the {{first day}}. Volker Türk, the High Commissioner, said [[dozens of men|arrested;a=Volker Türk]] were
taken to Bamako and held without charge. The transitional authorities, who had denied UN
investigators access for {{more than a year}}, said those killed were
[[203 terrorists|killed;a=The transitional authorities]].
""",
)

item(
    "Sahel violence spreads south, UNOWAS chief warns",
    """
Leonardo Santos Simão, head of the UN Office for West Africa and the Sahel, told the Security
Council that the central Sahel had recorded [[more than 7,600 deaths|killed;a=Leonardo Santos Simão]]
linked to armed violence in the {{first six months}} of the year. He said
[[about 3.3 million people|displaced;a=Leonardo Santos Simão]] were internally displaced across
Burkina Faso, Mali and Niger, and that [[some 300,000 refugees|displaced;a=Leonardo Santos Simão]]
had crossed into Côte d'Ivoire, Ghana, Togo and Benin. Jihadist groups held
[[at least 140 hostages|kidnapped;a=UN estimates]], among them foreign nationals, according to UN estimates
cited by the envoy. In Benin, [[28 soldiers|killed;a=the army]] were killed in an attack on
border posts in {{April}}, the army said, and [[some 9,000 troops|combatants;p;a=the army]]
would be deployed to the north by the {{end of the year}}.
""",
)

item(
    "Khartoum returns begin as Sudan's army retakes the capital",
    """
IOM said on {{Thursday}} that [[over 400,000 people|returned;a=IOM]] had returned to Khartoum
state, Gezira and Sennar since the army regained control of the capital in {{March}}, and that
it expected [[up to 2 million|returned;p;a=IOM]] to follow by the {{end of the year}}. Many
found their homes looted: the UN's urban assessment counted [[more than 25,000 houses|housing;a=the UN's urban assessment]]
destroyed in Omdurman and Bahri alone. Tom Fletcher, visiting Khartoum, said
[[at least 14 million people|displaced;a=Tom Fletcher]] remained displaced inside and outside
Sudan. The Sudanese Red Crescent said it had buried [[more than 3,000 bodies|killed;a=The Sudanese Red Crescent]]
found in the city, and that [[about 800 people|missing;a=The Sudanese Red Crescent]] had
been registered as missing by their families.
""",
)

item(
    "Council ends MINUSMA mandate at Bamako's request",
    """
The Security Council on {{30 June}} unanimously adopted resolution {{2690}}, ending the mandate
of the UN mission in Mali and giving it until {{31 December}} to withdraw. The mission had been
deployed in {{2013}}, under resolution {{2100}}, and its annual budget of about
{{$1.2 billion}} made it among the costliest the UN ran. Diplomats said the {{six-month}}
timetable was the shortest for a withdrawal of that size. Mali's foreign minister had told the
council {{two weeks}} earlier that the mission had "failed" and asked it to leave "without
delay".
""",
)

item(
    "MONUSCO budget cut as drawdown plan slows",
    """
The General Assembly's Fifth Committee approved a budget of {{$1.04 billion}} for MONUSCO for the
fiscal year from {{1 July 2024 to 30 June 2025}}, about {{7 per cent}} below the previous year.
The mission completed the {{first}} phase of its withdrawal, from South Kivu, on
{{30 April}}, {{four months}} behind schedule. Under resolution {{2717}}, the {{second}} and
{{third}} phases are to follow only when security conditions allow, Bintou Keita told the
council. The humanitarian appeal for the DRC was {{39 per cent}} funded by {{mid-November}}.
""",
)
