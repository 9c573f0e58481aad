"""dev411 items: Kakuma and Kalobeyei in Kenya, the camps around Goma, and the flight from Goma,
Bukavu and Uvira into Rwanda, Burundi and Tanzania, 2017-2025."""

from _wrap import item

item(
    "Police fire tear gas as Kakuma refugees protest ration cuts",
    """
Kenyan police fired tear gas at refugees protesting against food ration cuts in Kakuma camp on
{{10 March 2025}}, and [[at least three people|injured;a=local officials]] were hurt, local
officials said. A refugee leader said [[one man|killed;a=A refugee leader]] had died of gunshot
wounds, which the police denied. Police said they had arrested [[23 people|arrested;a=Police]]
and that protesters had burned [[two food distribution centres|housing;a=Police]]. The WFP cut
rations in Kakuma and Kalobeyei to {{40%}} of the minimum this month, citing a funding shortfall,
and [[about 300,000 refugees|aid]] in the two sites depend on its food. Kenya's Department of
Refugee Services said [[about 1,200 Congolese|displaced;a=Kenya's Department of Refugee
Services]] were still arriving each month.
""",
)

item(
    "Kenya gives UNHCR two weeks to plan closure of Kakuma and Dadaab",
    """
Kenya's interior ministry gave UNHCR {{14 days}} on {{24 March 2021}} to present a plan to close
the Dadaab and Kakuma camps, which together host [[more than 410,000 refugees|displaced]]. Kakuma,
in Turkana county, shelters [[about 196,000 people|displaced;a=UNHCR]], [[about
16,000|displaced;a=UNHCR]] of them Burundians and [[some 27,000|displaced;a=UNHCR]] Congolese,
according to UNHCR. The camp is divided into sections from {{Kakuma 1}} to {{Kakuma 4}}, with the
Kalobeyei settlement {{3.5 km}} to the west. Kalobeyei, opened in {{2016}}, was designed for
[[60,000 people|capacity]]. The ministry said it would repatriate [[about 7,500
refugees|returned;a=The ministry;alt=Kenya's interior ministry;p]] in a first phase.
""",
)

item(
    "Cholera outbreak in Kakuma kills four",
    """
A cholera outbreak in Kenya's Kakuma refugee camp has killed [[four people|killed;a=the
International Rescue Committee]] and sickened [[193|other;a=the International Rescue
Committee]], the International Rescue Committee (IRC), which runs the camp's health services,
said on {{4 August 2017}}. The outbreak began in {{Kakuma 4}}, where [[about 21,000
refugees|displaced]] share [[330 latrines|other]], and has spread to Kalobeyei. The IRC has opened
a treatment unit beside the main hospital. Turkana county health officials said [[nine
cases|other;a=Turkana county health officials]] had been recorded among residents of Kakuma town.
UNICEF said it had distributed [[15,000 bars|aid;a=UNICEF;u=other]] of soap and [[4,000
jerrycans|aid;a=UNICEF]].
""",
)

item(
    "Congolese arrivals in Kakuma rise as fighting spreads in the Kivus",
    """
[[More than 4,800 Congolese asylum-seekers|displaced;a=Kenya's Department of Refugee Services]]
have registered in Kakuma since January, Kenya's Department of Refugee Services said, up from
[[about 2,900|displaced;a=Kenya's Department of Refugee Services]] in the whole of {{2023}}. Most
travel overland through Uganda, a journey of more than {{1,000 km}}. The Kakuma reception
centre, meant for [[1,500 people|capacity;a=UNHCR]], held [[about 3,200|displaced;a=UNHCR]] last
week, UNHCR said. Registration now takes six weeks, and [[hundreds of families|displaced]] are
sleeping in the centre's yard. Congolese now make up [[about 30,000|displaced]] of the camp's
[[roughly 300,000 residents|displaced]].
""",
)

item(
    "Floods sweep through Kakuma camp",
    """
Flash floods from the Tarach river swept through Kakuma camp on {{7 May 2018}}, destroying
[[about 2,900 shelters|housing;a=UNHCR]] and forcing [[more than 1,500 households|displaced;a=UNHCR]]
from their homes, UNHCR said. [[Five people|killed;a=the Kenya Red Cross]] drowned, including
[[three children|killed;a=the Kenya Red Cross]], and [[two|missing;a=the Kenya Red Cross]] were
still missing on Wednesday, the Kenya Red Cross said. Families who lost their shelters were moved
to [[six schools|capacity]] and a church compound in {{Kakuma 3}}. [[Fourteen people|injured]]
were treated for injuries at the camp's main hospital. The Lutheran World Federation said it had
distributed [[2,000 kitchen sets|aid;a=The Lutheran World Federation]] and [[3,500
blankets|aid;a=The Lutheran World Federation]].
""",
)

item(
    "Kenya's Shirika plan would turn camps into municipalities",
    """
Kenya plans to turn its refugee camps into integrated settlements under the Shirika plan
announced in {{2023}}, and the Refugees Act of {{2021}} already allows refugees to work. The
country hosts [[about 820,000 refugees and asylum-seekers|displaced;a=the Department of Refugee
Services;n=refugees and asylum-seekers]], according to the Department of Refugee Services. The
plan aims to issue work permits to [[100,000 refugees|other;p]] within five years. Turkana county
officials say [[about 60,000 residents|civilians;a=Turkana county officials]] of Kakuma town
would benefit from new roads and markets. Kalobeyei's [[38,000 residents|displaced]] already
farm and trade alongside their hosts. UNHCR found in a survey that [[about 2,100 businesses|other;a=UNHCR;u=other]] in
Kakuma were owned by refugees. The government said it would build [[12,000
permanent houses|capacity;a=The government;p]] in Kalobeyei for refugee and host families.
""",
)

item(
    "Kakuma-trained runner sets personal best in Nairobi",
    """
A Burundian refugee who trained in Kakuma ran the {{1,500 metres}} in {{3:38.41}} at the Kenyan
trials in Nairobi on Saturday, a personal best by more than two seconds. Désiré Ndikumana, {{24}},
fled Burundi in {{2015}} and joined the Tegla Loroupe Refugee Training Centre in {{2018}}. He
finished {{fourth}}, {{1.2 seconds}} behind the winner. Ndikumana hopes to compete at the
Olympics in Los Angeles in {{2028}}. He runs about {{120 km}} a week at an altitude of
{{2,400 metres}} in Ngong.
""",
)

item(
    "Fighting engulfs Goma as Congolese cross into Rwanda",
    """
[[About 1,200 Congolese|displaced;a=Rwanda's emergency management ministry]] crossed into Rubavu
on {{27 January 2025}} as {{M23}} fighters entered Goma, Rwanda's emergency management ministry said,
and were taken to the Nkamira transit centre. [[Several hundred Congolese
soldiers|combatants;a=the Rwandan army]] who surrendered were disarmed at the border, as were
[[about 280 Romanian contractors|combatants;a=the Rwandan army]] working for the Congolese
government, the Rwandan army said. In Goma, the UN said [[at least 900 bodies|killed;a=the UN]]
had been recovered from the streets and [[about 2,880 wounded|injured;a=the UN]] were being
treated in hospitals. Aid groups said [[at least 500,000 people|displaced;a=Aid groups]] had fled
the camps around the city.
""",
)

item(
    "M23 orders displacement camps around Goma emptied",
    """
The {{M23}} rebels who seized Goma ordered the camps around the city cleared in {{February 2025}}, and
[[more than 110,000 people|returned;a=UNHCR]] have since gone back to their villages in Masisi and
Nyiragongo, UNHCR said. Before the offensive, [[about 650,000 people|displaced;a=the
International Organization for Migration]] lived in camps such as Bulengo, Lushagala and
Kanyaruchinya, according to the International Organization for Migration. Many returnees found
their houses looted or destroyed; the IOM assessed [[about 4,300 homes|housing;a=the IOM]] in Sake
as damaged. Rights groups said M23 fighters had abducted [[dozens of young men|kidnapped;a=Rights
groups]] in the camps. Humanitarian agencies warned that [[about 2.7 million
people|civilians;a=Humanitarian agencies]] in North Kivu faced acute hunger. The rebels have
[[an estimated 6,000 fighters|combatants;a=UN experts]] in the province, according to UN experts.
""",
)

item(
    "Kenyan police round up refugees in Nairobi, bus them to Kakuma",
    """
Kenyan police detained [[about 200 refugees|arrested;a=refugee leaders]] in raids in Eastleigh
and Kawangware on {{15 and 16 November 2024}}, refugee leaders said. Police said [[74
people|displaced;a=Police]] had been put on [[two buses|other;a=Police]] to Kakuma and the rest
released. [[Eleven Congolese|returned;p]] without documents were handed to the immigration
department for deportation. Kenya requires refugees to live in the camps unless they hold a
permit, but [[about 90,000 refugees|displaced;a=UNHCR]] are registered in Nairobi, according to
UNHCR. The Refugee Consortium of Kenya said [[at least 15 children|other;a=The Refugee Consortium
of Kenya]] had been left without a parent after the raids.
""",
)

item(
    "Clashes in Kakuma leave three dead, hundreds of shelters burned",
    """
[[Three refugees|killed;a=Peter Kimani;alt=Turkana West police commander Peter Kimani]] were killed
and [[27|injured;a=Peter Kimani;alt=Turkana West police commander Peter Kimani]] injured in
fighting between rival communities in {{Kakuma 4}} on Sunday night, Turkana West police
commander Peter Kimani said. [[About 400 shelters|housing]] were burned and [[more than 1,300
people|displaced]] fled to the police post and to {{Kakuma 1}}. [[150 police
officers|combatants;a=Peter Kimani]] were sent from Lodwar to restore calm, and [[19
people|arrested;a=Peter Kimani]] were arrested, he said. The violence followed the killing of a
{{17-year-old}} in a dispute over a water point, camp residents said. UNHCR said it had given
[[800 families|aid;a=UNHCR]] emergency shelter kits.
""",
)

item(
    "Kakuma's digital food vouchers reach more households",
    """
The WFP's Bamba Chakula programme, which sends money to refugees' mobile phones to spend with camp
traders, now reaches [[about 41,000 households|aid;a=the agency;alt=WFP]] in Kakuma and Kalobeyei,
the agency said on {{19 June 2019}}. Each person receives {{KSh 500}} a month. [[More than 280
traders|other]] are registered with the scheme, up from [[about 150|other]] in {{2016}}. The
agency said [[about 19,000 people|aid;a=The agency;alt=WFP]] still receive only food in kind.
Kenya's government said [[about 5,000 Turkana households|aid;a=Kenya's government;p]] around the
camp would join a similar scheme from January.
""",
)

item(
    "Kenyan court suspends camp closure order",
    """
Kenya's High Court on {{8 April 2021}} suspended for {{30 days}} the government's order to close
the Dadaab and Kakuma camps, after a petition by a former member of parliament. The judge said
the order, issued on {{24 March}}, had not been explained to those it would affect. The case will
be heard again at {{10 a.m.}} on {{5 May}}. Kenya first announced it would close Dadaab in
{{2016}}, a decision the same court blocked in {{February 2017}}.
""",
)

item(
    "Thousands flee to Burundi as M23 seizes Uvira",
    """
[[More than 30,000 people|displaced;a=UNHCR]] fled from Uvira and the Ruzizi plain into Burundi
in the week after {{M23}} fighters entered the town on {{10 December 2025}}, UNHCR said. Burundi's
interior ministry said [[at least 12 people|killed;a=Burundi's interior ministry]] had drowned
crossing the Rusizi river, [[between 30 and 40 people|missing;a=Burundi's interior ministry]] were
missing and [[83|other;a=Burundi's interior ministry]] had been pulled from the water. Reception
sites in Cibitoke and Bubanza are sheltering [[about 18,000 people|displaced]], and [[another
7,000|displaced]] have been taken in by host families. Burundian police said [[six
Congolese|kidnapped;a=Burundian police]] had been abducted by gunmen near a reception site.
Diplomats say Burundi has [[about 10,000 troops|combatants;a=Diplomats]] in South Kivu. Across
Lake Tanganyika, [[about 2,500 Congolese|displaced]] have reached Kigoma.
""",
)

item(
    "Kakuma's population passes 300,000",
    """
Kakuma camp and Kalobeyei settlement together hosted [[302,415 refugees and
asylum-seekers|displaced;a=the Department of Refugee Services;n=refugees and asylum-seekers]] at
the end of {{September 2024}}, according to the Department of Refugee Services. South Sudanese
are the largest group, at [[about 150,000|displaced]], followed by [[some 60,000
Somalis|displaced]] and [[about 32,000 Congolese|displaced]]. The camp registered [[4,920
births|other]] in the first nine months of the year. [[Some 1,700 refugees|displaced]] left for
resettlement in third countries, and [[about 9,000|returned]] went back to South Sudan and
Burundi.
""",
)

item(
    "Malnutrition rises in Kakuma after ration cuts",
    """
The International Rescue Committee (IRC) said it had admitted [[more than 2,500
children|other;a=The International Rescue Committee]] with acute malnutrition in Kakuma and
Kalobeyei since April, nearly double the number a year earlier. [[Eleven children|killed;a=The
International Rescue Committee]] have died in its stabilisation centre, it said. Its clinics now
see [[up to 90 children a day|other]]. The IRC also reported [[14 measles cases|other;a=The IRC]]
in Kalobeyei. The WFP said a daily ration now provides about {{1,000 kilocalories}}. [[About 4,000
pregnant and breastfeeding women|aid;p;n=pregnant and breastfeeding women]] will receive
supplementary food under a scheme funded by UNICEF. Refugee leaders said [[dozens of
families|displaced;a=Refugee leaders]] had left for Lodwar and Nairobi in search of work since
the cuts.
""",
)
