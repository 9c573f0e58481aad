"""dev272 items: Africa (Sudan, the Sahel, the Horn, the Great Lakes, Lake Chad, Libya)."""

from _wrap import item

item(
    "Sudan's displaced pass 12 million, the world's largest displacement crisis",
    """
[[More than 12 million people|displaced;a=International Organization for Migration]] have
been forced from their homes since war broke out in Sudan in {{April 2023}}, the International
Organization for Migration said on Tuesday. Its Displacement Tracking Matrix counted
[[8.6 million internally displaced people|displaced;a=Displacement Tracking Matrix;alt=International Organization for Migration]]
inside the country, including [[2.8 million|displaced;a=Displacement Tracking Matrix;alt=International Organization for Migration]]
who had already been displaced before the war. A further
[[3.3 million people|displaced;a=UNHCR]] have crossed into neighbouring countries, according
to UNHCR. Chad hosts [[about 1.2 million Sudanese refugees|displaced]], while Egypt says
[[1.5 million Sudanese|displaced;a=Egypt]] have entered its territory. In El Fasher,
[[around 260,000 civilians|civilians;a=aid agencies]] remained trapped by the siege in
{{August}}, aid agencies estimated. The UN estimates that
[[30.4 million people|civilians;a=The UN]] in Sudan need humanitarian assistance in {{2025}},
more than {{half}} the population.
""",
)

item(
    "Returns to Khartoum gather pace as Sudan's army retakes capital",
    """
[[About 1.3 million Sudanese|returned;a=IOM]] have gone back to their homes in Khartoum,
Gezira and Sennar states since {{late 2024}}, IOM said on Friday. Most of them,
[[roughly 1 million|returned;a=the agency;alt=IOM]], had been displaced inside Sudan, while
[[320,000|returned;a=the agency;alt=IOM]] came back from Egypt and South Sudan, the agency
said. Many found their homes looted or in ruins: UN-Habitat said
[[about 23,000 buildings|housing;a=UN-Habitat]] in the capital were damaged or destroyed.
UNHCR projects [[up to 2.1 million refugee and IDP returns|returned;p;a=UNHCR]] by the end of
{{2025}} if the fighting does not spread. The World Food Programme said it reached
[[4.1 million people|aid;a=World Food Programme;v=4100000]] in {{June}}. Estimates of the war's death
toll range from [[20,000 to 150,000|killed]], and no agency keeps a full count.
""",
)

item(
    "Congo displacement at 7.8 million as M23 empties Goma camps",
    """
The number of internally displaced people in the Democratic Republic of Congo stood at
[[7.8 million|displaced;a=International Organization for Migration (IOM)]] at the end of
{{2024}}, according to the International Organization for Migration (IOM). North Kivu accounted
for [[2.6 million|displaced]] of them, more than any other province. After {{M23}} rebels
seized Goma in {{January 2025}}, they ordered the closure of
[[dozens of displacement sites|capacity]] around the city. UNHCR said
[[more than 110,000 people|returned;a=UNHCR]] had left the camps for villages in Masisi and
Rutshuru, many of them to destroyed homes. UN experts estimated in {{2024}} that {{M23}} had
[[about 6,500 fighters|combatants;a=UN experts]], backed by
[[3,000 to 4,000 Rwandan troops|combatants;a=UN experts]]. The battle for Goma killed
[[about 3,000 people|killed;a=the UN]], the UN said, and Médecins Sans Frontières said it
treated [[more than 2,800 wounded|injured;a=Médecins Sans Frontières]] in the city's hospitals.
""",
)

item(
    "North-east Nigeria still has 2.3 million displaced as camps close",
    """
IOM counted [[about 2.3 million internally displaced people|displaced;a=IOM]] in Borno,
Adamawa and Yobe states in its {{48th}} round of assessments, released in {{March 2025}}.
Most of them are in Borno, where the state government has
closed [[13 official camps|capacity]] in Maiduguri since {{2021}}. Borno's government said
[[over 160,000 people|returned;a=Borno's government]] had been resettled in their home towns,
among them Bama and Gwoza, though aid groups question whether the returns were voluntary. The
Nigerian military says [[thousands of fighters|combatants;a=The Nigerian military]] from
Boko Haram and its rival ISWAP remain active around Lake Chad. Ten years after Boko Haram
abducted [[276 schoolgirls|kidnapped]] from Chibok in {{April 2014}},
[[82|missing;a=Amnesty International]] are still missing, Amnesty International said. UNICEF
says [[more than 1,680 children|kidnapped;a=UNICEF]] have been abducted in Nigeria since
{{2014}}.
""",
)

item(
    "Burkina Faso's displaced top 2 million before data goes dark",
    """
Burkina Faso's emergency relief council, CONASUR, recorded
[[2,062,534 internally displaced people|displaced;a=CONASUR]] at the end of {{March 2023}}, the
last figure it published before the military government stopped releasing data. Children
made up {{58.5 per cent}} of the total. [[Some 6,149 schools|other;a=the education ministry]]
were closed by insecurity in {{May 2023}}, keeping
[[more than 1 million pupils|civilians;a=the education ministry]] out of class, the education
ministry said. Djibo, under blockade by jihadists, held
[[about 300,000 people|civilians;a=aid agencies]], according to aid agencies. ACLED recorded
[[more than 8,400 people|killed;a=ACLED]] killed in {{2023}}, the deadliest year of the
conflict. Jihadists abducted [[66 women and girls|kidnapped;n=women and girls]] near Arbinda in
{{January 2023}}. [[Over 40,000 Burkinabe refugees|displaced;a=UNHCR]] have fled to Côte d'Ivoire, UNHCR
said, and the government said in {{2022}} it had recruited
[[some 50,000 civilian volunteers|combatants;a=the government]] to fight alongside the army.
""",
)

item(
    "Drought and conflict drove record displacement in Somalia",
    """
Somalia recorded [[1.8 million new displacements|displaced;a=UNHCR-led Protection and Return Monitoring Network (PRMN)]]
in {{2022}}, according to the UNHCR-led Protection and Return Monitoring Network (PRMN).
Drought uprooted [[1.2 million|displaced]] of them, and conflict and insecurity
[[some 560,000|displaced]]. OCHA projects that
[[up to 1.5 million people|displaced;p;a=OCHA]] could be displaced in {{2025}} if the rains fail
again. Baidoa now hosts
[[more than 600 displacement sites|capacity;a=local authorities]], local authorities said. A
study by the London School of Hygiene and Tropical Medicine estimated
[[43,000 excess deaths|killed;a=London School of Hygiene and Tropical Medicine]] in {{2022}},
half of them children {{under five}}. Forced evictions uprooted
[[over 200,000 people|displaced;a=Norwegian Refugee Council]] from sites in Mogadishu the same
year, the Norwegian Refugee Council said.
""",
)

item(
    "Ethiopia's displaced fall to 3.3 million as Tigrayans go home",
    """
Ethiopia had [[about 3.3 million internally displaced people|displaced;a=International Organization for Migration]]
in {{2024}}, the International Organization for Migration said, down from a peak of
[[4.2 million|displaced;a=International Organization for Migration]] in {{2021}} during the
Tigray war. It also counted [[around 1.2 million returnees|returned;a=International Organization for Migration]]
in the north. Tigray's interim administration says
[[more than 1 million people|displaced;a=Tigray's interim administration]] from western and
southern Tigray still cannot go home. The federal government plans to return
[[some 500,000 people|returned;p;a=The federal government]] by {{mid-2025}}. Ethiopia also
hosts [[1.1 million refugees|displaced;a=Refugees and Returnees Service]], mostly from South
Sudan, Somalia and Eritrea, according to the Refugees and Returnees Service. In Amhara,
[[hundreds of civilians|killed]] have been killed since fighting began in {{August 2023}}.
""",
)

item(
    "A million cross from Sudan into South Sudan, straining border towns",
    """
[[More than 1 million people|displaced;a=UNHCR]] have crossed from Sudan into South Sudan
since {{April 2023}}, UNHCR said, {{70 per cent}} of them South Sudanese who had once fled the
other way. The transit centre at Renk, built for
[[3,000 people|capacity;a=the agency;alt=UNHCR]], has at times held
[[more than 15,000|displaced;a=the agency;alt=UNHCR]], the agency said. IOM has moved
[[some 200,000 people|displaced]] onward by boat and road to Malakal and beyond. South Sudan
still has [[2 million internally displaced people|displaced;a=OCHA]] of its own, and
many more live as refugees abroad, OCHA says. Floods
affected [[1.4 million people|civilians;a=the office;alt=OCHA]] in {{2024}}, the office said, the
{{fourth}} year of record flooding.
""",
)

item(
    "Uganda's refugee numbers near 2 million as arrivals surge",
    """
Uganda hosts [[1.9 million refugees|displaced;a=Office of the Prime Minister]], the largest
refugee population in Africa, according to the Office of the Prime Minister.
[[More than 100,000 new arrivals|displaced;a=the office;alt=Office of the Prime Minister]] were
registered in {{2024}}, mainly from Sudan, Congo and South Sudan, the office said. They live
in [[13 settlements|capacity]] and in Kampala. Kiryandongo settlement, planned for
[[60,000 people|capacity]], now hosts [[about 130,000|displaced]]. The government runs
[[five reception centres|capacity]] on the borders, several of them at {{three times}} their
capacity. WFP said [[about 1 million refugees|aid;a=WFP]] now receive only {{40 per cent}} of
a full ration after funding cuts.
""",
)

item(
    "Half of Cabo Delgado's displaced have returned, IOM says",
    """
IOM says [[about 600,000|returned;a=IOM]] of the [[nearly 1 million people|displaced;a=IOM]]
displaced at the height of the insurgency in Mozambique's Cabo Delgado province have gone home.
ACLED has recorded [[more than 6,000 fatalities|killed;a=ACLED]] since the first attack in
{{October 2017}}. Analysts estimate the insurgents number
[[300 to 500 fighters|combatants;a=Analysts]], down from [[several thousand|combatants;a=Analysts]] at their peak.
Rwanda has deployed [[about 4,000 troops|combatants]] to the province. Human Rights Watch said
[[at least 120 children|kidnapped;a=Human Rights Watch]] were abducted in {{2024}}, some of
them used as fighters. A new wave of attacks in {{June 2024}} displaced
[[over 100,000|displaced]] in {{two weeks}}.
""",
)

item(
    "Cameroon's two crises leave nearly a million displaced",
    """
Cameroon has [[nearly 1 million internally displaced people|displaced;a=OCHA]], according to
OCHA. [[Some 640,000|displaced]] of them fled the separatist conflict in the North-West and
South-West regions, and [[about 450,000|displaced]] the Boko Haram violence in the Far North.
Human Rights Watch says separatist fighters have kidnapped
[[at least 40 people|kidnapped;a=Human Rights Watch]], among them teachers and students, since
{{2023}}.
Separatists have kept [[more than 3,000 schools|other]] closed in the two English-speaking
regions. The army says it has arrested
[[more than 200 suspected separatists|arrested;a=The army]] since {{January}}. The
International Crisis Group estimates [[more than 6,000 people|killed;a=International Crisis Group]]
have been killed since the crisis began in {{2016}}. Nigeria hosts
[[around 90,000 Cameroonian refugees|displaced;a=UNHCR]], UNHCR said.
""",
)

item(
    "Libya holds 750,000 migrants, IOM says, as interceptions rise",
    """
IOM's Displacement Tracking Matrix identified
[[more than 750,000 migrants|other;a=IOM's Displacement Tracking Matrix]] in Libya in its
latest round, most of them from Niger, Egypt and Sudan. The Libyan coast guard intercepted
[[21,762 people|other;a=IOM]] at sea and returned them to Libya in {{2024}}, IOM said. The UN
estimates [[around 5,000 migrants|arrested;a=The UN]] are held in official detention centres,
with [[thousands more|arrested;n=-;a=The UN]] in facilities run by armed groups. IOM's voluntary humanitarian return
programme flew [[16,207 migrants|returned]] home during the year. Libya itself has
[[about 125,000 internally displaced people|displaced;a=OCHA]], OCHA says, including families
from Derna. On the central Mediterranean the Missing Migrants Project recorded
[[962 deaths|killed;a=Missing Migrants Project]] and
[[1,013 people|missing;a=Missing Migrants Project]] missing in {{2024}}.
""",
)

item(
    "Chad takes in 900,000 Sudanese as new camps fill",
    """
Chad has received [[more than 900,000 refugees|displaced;a=UNHCR]] from Sudan since
{{April 2023}}, along with [[about 270,000 Chadian returnees|returned;a=UNHCR]], UNHCR said
on Tuesday. In Adré, a town of [[about 40,000 residents|civilians]],
[[more than 230,000 refugees|displaced]] are living in a makeshift site on the edge of town.
Médecins Sans Frontières said it had treated [[more than 1,100 war-wounded|injured;a=Médecins Sans Frontières]]
at the town's hospital.
The government and UNHCR have opened [[seven new camps|capacity]] in the east since {{2023}},
each designed for [[up to 50,000 people|capacity]]. WFP warned that
[[1.2 million refugees|aid;p;a=WFP]] could lose food assistance from {{April}} without new
funding.
""",
)

item(
    "Mbera camp swells as Malians flee fighting",
    """
Mauritania's Mbera camp now hosts [[over 110,000 Malian refugees|displaced;a=UNHCR]], UNHCR
said, and [[about 250,000|displaced;a=UNHCR]] more live in villages around Bassikounou. The
camp was built for [[60,000|capacity]] after the {{2012}} crisis. Inside Mali,
[[about 400,000 IDPs|displaced;a=Commission Mouvements de Populations]] were registered by the
Commission Mouvements de Populations at the end of {{2024}}. In Moura in {{March 2022}},
[[about 500 people|killed;a=UN human rights office]] were killed in an operation by Malian
troops and foreign fighters, according to the UN human rights office.
[[About 68,000 refugees|returned;a=UNHCR]] have returned to Mali since {{2015}}, according to
UNHCR.
""",
)

item(
    "Forced displacement in Africa hits record 45 million",
    """
A record [[45 million Africans|displaced;a=Africa Center for Strategic Studies]] are forcibly
displaced, according to the Africa Center for Strategic Studies, triple the number of a decade
ago. [[About 35 million|displaced;a=the centre;alt=Africa Center for Strategic Studies]] of
them are displaced inside their own countries, the centre said. Sudan, Congo, Somalia, Nigeria
and Ethiopia together account for most of them, while conflict in the central Sahel has
uprooted [[about 3.5 million people|displaced]] in Burkina Faso, Mali and Niger. Africa hosts
[[about 11 million refugees|displaced]], most in neighbouring countries. Only
[[about 330,000 refugees|returned;a=the analysis;alt=Africa Center for Strategic Studies]] went home in Africa in {{2023}}, the analysis found, far
fewer than fled.
""",
)

item(
    "Kenya's Shirika plan to turn camps into towns, at a price",
    """
Kenya's government launched the Shirika plan in {{March 2025}}, aiming to turn the Dadaab and
Kakuma refugee camps into integrated municipalities over {{10 years}}. The plan, costed at
{{$1.2 billion}}, builds on the Refugees Act of {{2021}}, which took effect in {{February 2022}}.
Officials said {{80 per cent}} of the funding would come from donors and development banks.
Camp residents' unemployment stands at about {{70 per cent}}, the World Bank estimated in
{{2023}}. The first phase runs until {{2027}}, with a review due in the {{third}} year.
""",
)

item(
    "Kampala Convention marks 15 years in force with gaps in reporting",
    """
The African Union's Kampala Convention, the first binding treaty on internal displacement,
entered into force on {{December 6, 2012}}, {{three years}} after its adoption in {{2009}}.
On its {{15th}} anniversary, officials said at a meeting in Addis Ababa on {{December 8}} that
fewer than {{half}} of the states that ratified it had adopted national laws. IDMC said
{{60 per cent}} of African states still publish no regular displacement data. Delegates
approved a plan for {{2026-2030}} and a budget of {{$4 million}} for its secretariat.
""",
)
