"""dev411 items: Burundians and Congolese in Tanzania's camps (Nyarugusu, Nduta, Mtendeli), the
repatriation convoys from Kigoma region and the Tanzanian government's policy, 2015-2025."""

from _wrap import item

item(
    "Burundians pour into western Tanzania as cholera hits lakeshore",
    """
[[More than 1,000 Burundians a day|displaced;a=the UN refugee agency;alt=UNHCR]] are crossing
into western Tanzania, the UN refugee agency said on {{22 May 2015}}, and Nyarugusu camp, home
for two decades to [[some 65,000 Congolese refugees|displaced;a=the UN refugee agency;alt=UNHCR]],
has taken in [[nearly 50,000 new arrivals|displaced;a=the UN refugee agency;alt=UNHCR]] since
late April. The camp was laid out for [[50,000 people|capacity]]. UNHCR said it was ferrying
[[about 2,500 people|displaced;a=UNHCR]] from the fishing village of Kagunga, where
[[at least 30 people|killed;a=UNHCR]] have died of cholera, to Kigoma aboard the MV Liemba, a
steamer built in {{1913}}. "We are putting up [[400 family tents a day|capacity;a=Joyce
Mwakalinga]] and it is not enough," said Joyce Mwakalinga, who coordinates the emergency for
UNHCR in Kigoma. Tanzania's government said it would open a second camp, at Nduta in Kibondo
district, for [[another 50,000|capacity;a=Tanzania's government;p]].
""",
)

item(
    "Tanzania reopens Mtendeli as Nduta passes its limit",
    """
Tanzania reopened Mtendeli camp in Kakonko district on {{15 January 2016}} to take pressure off
Nduta, which holds [[more than 55,000 Burundian refugees|displaced;a=UNHCR]] against a planned
capacity of [[50,000|capacity;a=UNHCR]], according to UNHCR. A first convoy of
[[eight buses|other]] brought [[412 refugees|displaced]] from Nduta on the opening day. Kakonko
district commissioner Peter Toima said Mtendeli, which last housed Burundians in {{2009}}, would
eventually take in [[up to 50,000 people|capacity;a=Peter Toima;alt=Kakonko district
commissioner Peter Toima;p]]. Aid agencies have so far put up [[1,600 emergency
shelters|capacity]] and dug [[240 latrines|other]] at the site. The World Food Programme said it
had trucked in [[380 tonnes|aid;a=The World Food Programme]] of maize meal, beans and cooking
oil. Local leaders say [[some 60,000 villagers|civilians;a=Local leaders]] living around the camp
now compete with the refugees for firewood and water.
""",
)

item(
    "Tanzania ends group recognition of Burundian asylum-seekers",
    """
Tanzania has stopped recognising Burundians as refugees on a group basis, the Ministry of Home
Affairs said on {{20 January 2017}}, and new arrivals will now be screened one by one. The
ministry said the country was hosting [[about 280,000 refugees and asylum-seekers|displaced;a=The
ministry;alt=Ministry of Home Affairs;n=refugees and asylum-seekers]], [[more than
215,000|displaced;a=The ministry;alt=Ministry of Home Affairs]] of them from Burundi. UNHCR said
[[about 1,800 Burundians a week|displaced;a=UNHCR]] were still arriving and that [[some 4,600
people|displaced;a=UNHCR]] were waiting at [[three border reception centres|capacity;a=UNHCR]]
for their claims to be heard. "People fleeing persecution must not be sent back," the agency's
representative said in Dar es Salaam. Officials at Manyovu told AFP that [[fewer than
40|displaced;a=Officials at Manyovu]] of the [[1,100 people|displaced;a=Officials at Manyovu]]
screened there this month had been granted asylum. The backlog has left [[about 900
families|displaced]] sleeping in a disused warehouse at Kibirizi, near Kigoma.
""",
)

item(
    "First repatriation convoy leaves Nduta for Burundi",
    """
A convoy of [[12 buses|other]] carrying [[301 Burundian refugees|returned]] left Nduta camp on
{{7 September 2017}} for the Mabamba border post, the first departures under a repatriation plan
agreed by Tanzania, Burundi and UNHCR. Under the plan, [[12,000 refugees|returned;p]] are to go
home before the end of the year. UNHCR said [[more than 44,000 refugees|returned;a=UNHCR;p]] had
registered to return, but stressed that it was helping, not promoting, returns. At Mabamba,
Burundian officials registered the returnees and drove them to [[four transit
centres|capacity]] in Makamba, Muyinga, Kirundo and Ruyigi provinces, which together can receive
[[up to 2,000 people a week|capacity]]. Burundi's government says [[more than 59,000
refugees|returned;a=Burundi's government]] have already come back from Tanzania on their own
since {{2016}}.
""",
)

item(
    "Rights group says Tanzanian police abducted Burundian refugees",
    """
Tanzanian police and intelligence officers abducted [[at least 11 Burundian refugees|kidnapped;a=Human
Rights Watch]] and asylum-seekers from Nduta and Mtendeli camps between {{October 2019}} and
{{August 2020}}, Human Rights Watch said on {{30 November 2020}}. Of those taken,
[[seven|missing;a=the group;alt=Human Rights Watch]] are still unaccounted for, the group said,
while [[three|returned;a=the group;alt=Human Rights Watch]] were handed to Burundian
intelligence agents at the border. The report says [[at least eight refugees|arrested;a=The report;alt=Human Rights Watch]] were held
in a police cell in Kibondo and beaten during questioning. It is based on interviews with [[26
people|other]], including relatives of the missing. The group said [[two
more refugees|kidnapped;a=The group;alt=Human Rights Watch]] were seized near Nduta's market in
{{September}}, after its research ended. Nduta and Mtendeli hold [[about 150,000
Burundians|displaced]], and returns under the tripartite plan have slowed to [[about 1,000 a
week|returned]].
""",
)

item(
    "Mtendeli camp closes as last refugees move to Nduta",
    """
The last [[2,874 refugees|displaced;a=Tanzania's Ministry of Home Affairs]] at Mtendeli camp were
moved to Nduta this week, completing the closure of a camp that at its peak in {{2017}}
sheltered [[more than 55,000 Burundians|displaced;a=Tanzania's Ministry of Home Affairs]],
Tanzania's Ministry of Home Affairs said on {{18 December 2021}}. Officials said [[614
households|returned;a=Officials]] had chosen repatriation to Burundi rather than relocation. The
move took [[96 trucks|other]] loaded with belongings and building poles. Nduta now hosts
[[about 76,000 refugees|displaced;a=UNHCR]] and Nyarugusu [[roughly 130,000|displaced;a=UNHCR]],
according to UNHCR. Contractors dismantled [[about 1,900 shelters|housing]] at Mtendeli, and the
site's [[two health centres|other]] were handed to the Kakonko district council. Since {{2017}},
[[more than 131,000 Burundians|returned;a=UNHCR]] have gone home from Tanzania under the
voluntary repatriation programme, UNHCR said.
""",
)

item(
    "Cholera outbreak in Nyarugusu kills nine",
    """
Cholera has killed [[nine refugees|killed;a=Médecins Sans Frontières]] in Nyarugusu camp since
the outbreak was declared on {{3 February 2024}}, Médecins Sans Frontières (MSF) said on
Thursday. The medical charity said it had treated [[412 patients|other;a=The medical
charity;alt=Médecins Sans Frontières]] at a cholera treatment centre it set up in the camp's
{{Zone 9}}. [[A further 38 cases|other;a=the regional medical officer]] have been recorded in
villages around Kasulu, the regional medical officer said. Tanzania's health ministry and UNICEF
vaccinated [[about 118,000 people|aid]] in the camp over {{five days}} last week. Water supply in
Nyarugusu had fallen to {{11 litres}} per person a day, below the {{20-litre}} minimum, and
[[more than 300 latrines|other;a=MSF]] collapsed in heavy rain in January, MSF said. The camp
hosts [[about 135,000 refugees|displaced]], most of them Burundians and Congolese.
""",
)

item(
    "Tanzania and Burundi to review repatriation deal in Kigoma",
    """
Tanzania and Burundi will review their repatriation agreement at a meeting in Kigoma on
{{14 October 2019}}, two weeks after the {{1 October}} start date that the two governments set in
August. Rights groups have criticised the plan since it was signed in Dar es Salaam on
{{24 August 2019}}. UNHCR has said that returns must be voluntary and that conditions in Burundi,
which holds elections in {{May 2020}}, are not yet right. The refugee response in Tanzania was
{{21%}} funded at the end of September, with {{$74.5 million}} received of the {{$356 million}}
sought for the year. The meeting opens at {{9 a.m.}} at a hotel on the lakeshore, {{1,250 km}}
by road from Dar es Salaam.
""",
)

item(
    "WFP halves rations in Tanzania's camps",
    """
The World Food Programme has cut food rations in Tanzania's refugee camps to {{50%}} of the
minimum requirement, saying it faces a shortfall of {{$31 million}} over the next six months.
[[More than 200,000 refugees|aid;a=the agency;alt=World Food Programme]] in Nyarugusu and Nduta
depend entirely on its aid, the agency said. A daily ration now provides about {{1,050
kilocalories}}, down from {{2,100 kilocalories}}. Refugees in Nduta told Reuters that [[hundreds
of families|civilians;a=Refugees in Nduta]] had started selling their rations of beans to buy
maize flour. Screening in May found [[about 2,300 children|other]] with acute malnutrition. The
WFP said it would keep full rations for [[about 9,500 people|aid;a=The WFP;p]] at the highest
risk, including patients in therapeutic feeding. The cuts come as Tanzania presses [[some
125,000 Burundians|displaced]] still in its camps to go home; [[more than 150,000|returned]]
have done so since {{2017}}.
""",
)

item(
    "Boats bring Congolese to Kigoma after fighting near Uvira",
    """
[[About 3,400 Congolese|displaced;a=UNHCR]] have reached Kigoma by boat across Lake Tanganyika
since fighting spread to Uvira, UNHCR said on {{16 December 2025}}, and [[up to 600 more a
day|displaced;a=UNHCR;p;n=-]] are expected. A wooden boat carrying [[about 70 people|displaced]]
capsized near Kagunga on Sunday. Tanzania's police said [[nine bodies|killed;a=Tanzania's
police]] had been recovered, [[14 passengers|missing;a=Tanzania's police]] were still missing and
[[47|other;a=Tanzania's police]] had been rescued by fishermen. Police in Kigoma also detained
[[63 people|arrested]] who landed at an unofficial beach without registering. The Kibirizi
reception centre, built for [[1,000 people|capacity;a=aid workers]], held [[more than
2,600|displaced;a=aid workers]] on Monday, aid workers said.
""",
)

item(
    "Storm flattens hundreds of shelters in Nduta",
    """
A storm with winds of more than {{80 km/h}} tore through Nduta camp on the night of
{{11 March 2018}}, flattening [[more than 700 shelters|housing;a=UNHCR]] and leaving [[about
3,100 refugees|displaced;a=UNHCR]] without a roof, UNHCR said. [[One child|killed]] died when a
mud-brick wall collapsed, and [[18 people|injured]] were treated for injuries at the camp
hospital. The storm also tore the roofs off [[a dozen classrooms|housing]] at the camp's primary
schools. Aid agencies handed out [[1,500 plastic sheets|aid]] and [[900 household kits|aid]] in
the following days. The Danish Refugee Council, which manages shelter in the camp, said [[about
450 families|displaced;a=The Danish Refugee Council]] were sleeping in churches and schools.
""",
)

item(
    "Tanzania wants Burundians out of its camps by year's end",
    """
Tanzania wants [[about 125,000 Burundians|displaced;a=Sudi Mwakibasi;alt=the home affairs
ministry's director of refugee services]] still in Nyarugusu and Nduta to go home by the end of
{{2024}}, the home affairs ministry's director of refugee services, Sudi Mwakibasi, told a
meeting in Kibondo on Wednesday. He said convoys would be stepped up to carry [[2,000 to 3,000
people a week|returned;a=Sudi Mwakibasi;p]]. UNHCR said [[1,560 refugees|returned;a=UNHCR]] left
Nduta on Thursday in [[31 buses|other;a=UNHCR]], with [[nine trucks|other;a=UNHCR]] carrying
their belongings, bringing the number repatriated since {{September 2017}} to [[more than
170,000|returned;a=UNHCR]]. An agency survey in June found that only {{18%}} of the Burundians
in Nduta wanted to return. Burundi's Ministry of the Interior said it had prepared [[5,000
plots|aid;a=Burundi's Ministry of the Interior;u=other]] for landless returnees in Makamba and
Rutana.
""",
)

item(
    "Police in Kigoma detain refugees found outside camps",
    """
Police in Kigoma region arrested [[148 refugees|arrested;a=Joseph Mkumbo;alt=the regional police
commander]] found outside Nyarugusu, Nduta and Mtendeli camps without permits
during a {{two-week}} operation, the regional police commander, Joseph Mkumbo, said on
{{5 August 2019}}. He said [[32 Tanzanians|arrested;a=Joseph Mkumbo]] accused of employing or
hiding them had also been held. Of the refugees, [[104|displaced]] were taken back to the camps
and [[41 people|returned]] found without refugee papers were deported to Burundi. Refugees may
not go more than {{4 km}} from the camps without a permit. Mkumbo said [[12 officers|combatants;a=Mkumbo;alt=Joseph Mkumbo]]
had been posted at each camp gate. Tanzania hosts [[about 240,000 refugees|displaced]], most of
them in Kigoma region.
""",
)

item(
    "Nduta side wins Kigoma regional youth cup",
    """
Nduta Stars, a team of Burundian refugees, beat Kasulu Town {{3-1}} in the final of the Kigoma
regional {{under-20}} cup on Saturday. The club was founded in the camp in {{2016}}. Striker Eric
Niyonkuru, {{19}}, scored twice, including a penalty in the {{78th minute}}. It was the first
time since the competition began in {{2009}} that a team from a refugee camp had reached the
final. Coach Didace Nshimirimana, {{aged 41}}, said the side trains on a dirt pitch {{90 metres}}
long and plays its next match on {{12 July}}.
""",
)

item(
    "Verification counts Nyarugusu's refugees",
    """
A biometric verification of Nyarugusu camp completed in {{October 2022}} counted [[134,620
refugees|displaced;a=UNHCR and Tanzania's Ministry of Home Affairs]] living in [[31,480
households|displaced;a=UNHCR and Tanzania's Ministry of Home Affairs]], UNHCR and Tanzania's
Ministry of Home Affairs said in a joint statement. [[About 4,200 people|other]] on the old lists
could not be found and were removed. The exercise identified [[some 9,000 people|civilians]] with
specific needs, among them [[1,150 unaccompanied children|civilians]]. It also recorded [[3,700
births|other]] since the previous count in {{2018}}. The camp, opened in {{1996}} for Congolese
refugees, is now the largest in Tanzania.
""",
)

item(
    "Returnees cross back into Tanzania, telling of harassment",
    """
[[About 1,300 Burundians|displaced;a=UNHCR]] who had gone home under the repatriation programme
have re-entered Tanzania since January, UNHCR said on {{12 June 2020}}. Refugees interviewed in
Nduta said [[at least four returnees|killed;a=Refugees interviewed in Nduta]] from their home
commune in Muyinga had been killed, [[two others|kidnapped;a=Refugees interviewed in Nduta;n=-]]
abducted and [[several dozen|arrested;a=Refugees interviewed in Nduta]] arrested by police and
members of the Imbonerakure. Burundi's interior ministry said [[more than 80,000
refugees|returned;a=Burundi's interior ministry]] had come home from Tanzania safely. Tanzanian
officials said [[hundreds of people|returned;a=Tanzanian officials]] had been turned back at the
border since {{2019}}. The Manyovu border post registered [[37 new arrivals|displaced;a=officials]]
on a single day last week, officials said.
""",
)

item(
    "Repatriation from Tanzania resumes after COVID-19 pause",
    """
Repatriation convoys from Tanzania to Burundi resumed on {{6 August 2020}} after a pause of four
months caused by {{COVID-19}}, with [[1,200 refugees|returned;a=UNHCR]] leaving Nduta, UNHCR said.
Buses now carry [[no more than 40 passengers|other]] each. Health workers at Manyovu checked the
temperatures of [[1,212 returnees|other]] and held back [[five people|other]] with a fever in an
isolation unit at Nduta. Burundi's health ministry said it had set up [[three quarantine
sites|other;a=Burundi's health ministry]] near the border. UNHCR said [[more than 1,100
refugees|returned;a=UNHCR;p]] had signed up for the next convoy. Before the pause, [[about 7,000
people|returned]] had gone home from Tanzania in {{2020}}.
""",
)
