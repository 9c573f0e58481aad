"""dev411 items: Rwanda's camps (Mahama, Kiziba, Kigeme, Gihembe, Nkamira), Burundi's returnees
and transit centres, and the Congolese who fled into Burundi in 2025, 2015-2025."""

from _wrap import item

item(
    "Rwanda opens Mahama camp for fleeing Burundians",
    """
Rwanda opened Mahama camp in Kirehe district on {{18 April 2015}} for Burundians fleeing tension
ahead of the June elections, and [[about 5,000 refugees|displaced;a=the Ministry of Disaster
Management and Refugee Affairs]] were moved there from transit centres at Bugesera and Nyanza in
the first week, the Ministry of Disaster Management and Refugee Affairs (MIDIMAR) said. [[More
than 24,000 Burundians|displaced;a=UNHCR]] have crossed into Rwanda since the start of April,
UNHCR said, with [[up to 1,500 people a day|displaced;a=UNHCR]] arriving at the peak. The camp,
on a hillside above the Akagera river, is designed for [[60,000 people|capacity]]. Aid workers
have put up [[1,300 family tents|capacity]] and [[40 communal hangars|capacity;u=structure]] for
the newest arrivals. Most of the refugees are women and children, and [[about 900 unaccompanied
minors|civilians;a=UNICEF]] have been registered, according to UNICEF.
""",
)

item(
    "Police fire on Congolese refugees protesting ration cuts at Kiziba",
    """
Rwandan police opened fire on Congolese refugees protesting against food ration cuts near Kiziba
camp in Karongi district on {{22 February 2018}}, killing [[five|killed;a=the police;alt=Rwandan
police]], the police said. Human Rights Watch later said [[at least 11 refugees|killed;a=Human
Rights Watch]] had been killed. The protests began when [[about 3,000 refugees|other]] left the
camp and staged a sit-in outside the UNHCR office in Karongi town after the WFP cut rations by {{25%}}.
Police said [[seven officers|injured;a=Police]] had been hurt by stones and that [[15
refugees|arrested;a=Police]] had been arrested. [[More than 20 people|injured;a=a nurse there]]
with gunshot wounds were treated at Kibuye hospital, a nurse there told Reuters. Kiziba, opened
in {{1996}}, hosts [[more than 17,000 Congolese|displaced]]. In the weeks that followed, [[66
refugees|arrested]] were detained and charged with rebellion and violence against officers.
""",
)

item(
    "UN experts say Burundian refugees recruited in Rwanda's Mahama camp",
    """
UN experts said in a confidential report seen by Reuters on {{4 February 2016}} that [[several
hundred Burundian refugees|combatants;a=UN experts]] from Mahama camp in Rwanda had been recruited
and trained to fight the government in Bujumbura. The experts said they had spoken to [[18 of
the recruits|combatants;a=The experts;alt=UN experts]], including [[four children|combatants;a=The
experts;alt=UN experts]], who said they trained in a forest camp for two months. One recruit told
the panel that [[about 40 refugees|combatants;a=One recruit]] left Mahama with him at night in
{{May 2015}}. Rwanda denied the allegations. Mahama then hosted [[about 48,000
Burundians|displaced]], and Rwanda said on {{12 February}} that it would seek to relocate them to
third countries. UNHCR said it had found no evidence of recruitment inside the camp but had
asked for more patrols, and [[120 Rwandan police officers|combatants;a=UNHCR]] were now posted
there.
""",
)

item(
    "First Burundian refugees return from Rwanda",
    """
Rwanda's Ministry in charge of Emergency Management (MINEMA) said [[493 Burundian
refugees|returned;a=Rwanda's Ministry in charge of Emergency Management]] crossed home from
Mahama camp through the Nemba border post on {{27 August 2020}}, the first organised return
since the {{2015}} crisis. They travelled in [[18 buses|other]], with their belongings in [[six
trucks|other]]. The ministry said [[about 1,800 more|returned;a=The ministry;alt=Rwanda's Ministry
in charge of Emergency Management;p;n=-]] had asked to go home in September. Rwanda hosts
[[about 72,000 Burundian refugees|displaced]], [[some 60,000|displaced]] of them in Mahama.
Burundi's interior ministry said it expected [[up to 70,000 refugees|returned;a=Burundi's
interior ministry;p]] to come home from Rwanda by the end of the year. Each adult returnee
receives {{$75}} in cash and each child {{$40}}.
""",
)

item(
    "Burundi transit centre overflows as returnees arrive",
    """
[[More than 4,000 returnees|returned;a=Burundian officials]] arrived at the Nyabitare transit
centre in Ruyigi province in the week to Friday, almost three times the [[1,500
people|capacity;a=Burundian officials]] it was built to hold, Burundian officials said. [[Between
250 and 300 people|displaced;a=a camp official]] had to sleep in the open on Tuesday night, a camp
official said. The centre's [[eight hangars|capacity;u=structure]] and [[22 latrines|other]] have
been overwhelmed. The WFP gives each returnee a three-month ration, and [[600
households|aid;a=the agency;alt=WFP]] received cooking sets this week, the agency said. From
Nyabitare, returnees are taken by truck to their home communes; [[46 trucks|other]] made the
trip last week. The Burundian authorities say [[more than 96,000 refugees|returned;a=The Burundian
authorities]] have come home under the programme since {{2017}}.
""",
)

item(
    "Rwanda refugees' monthly cash transfer cut as funding dries up",
    """
The monthly cash transfer that refugees in Rwanda's camps use to buy food will fall from {{RWF
7,600}} to {{RWF 4,100}} per person from {{1 October 2023}}, the WFP and Rwanda's emergency
management ministry said on Tuesday. The cut, of {{46%}}, is the third in {{18 months}}. The WFP
said it had received {{$3.2 million}} of the {{$11 million}} it needs until {{March 2024}}.
Prices at Mahama's market have risen by {{30%}} since {{2022}}, traders say, and a kilogram of
beans now costs {{RWF 1,200}}.
""",
)

item(
    "Congolese cross into Burundi as M23 takes Bukavu",
    """
[[Tens of thousands of Congolese|displaced;a=the UN refugee agency;alt=UNHCR]] have crossed into
Burundi since {{14 February 2025}}, when {{M23}} rebels took Bukavu, the UN refugee agency said on
Friday, with [[8,000 to 9,000 people|displaced;a=the UN refugee agency;alt=UNHCR]] entering at
Gatumba on a single day. Many waded across the Rusizi river, and Burundian officials said [[at
least three people|killed;a=Burundian officials]] had drowned and [[two children|missing;a=Burundian
officials]] were missing. [[Some 15,000 refugees|displaced]] are sheltering at a stadium in
Rugombo, in Cibitoke province. UNHCR said the site had [[14 latrines|other;a=UNHCR]]. Burundi has
also pulled back [[several thousand troops|combatants;a=a Burundian military source]] it had
deployed in South Kivu alongside the Congolese army, a Burundian military source told AFP.
""",
)

item(
    "Burundi trucks Congolese refugees from border to Busuma camp",
    """
Burundian authorities have moved [[more than 20,000 Congolese refugees|displaced;a=UNHCR]] from
the border at Rugombo to Busuma camp in Ruyigi province, {{250 km}} away, UNHCR said on
{{7 March 2025}}. The camp was prepared for [[10,000 people|capacity;a=the agency;alt=UNHCR]] and
now holds twice that number, the agency said. Convoys of [[40 trucks a day|other]] have been
running since late February. The WFP is serving [[about 8,000 hot meals a day|aid;a=The WFP]], it
said. MSF said it had treated [[312 people|other;a=MSF]] for acute diarrhoea in the camp. [[1,150
family tents|capacity]] have been pitched on the hillside. Local leaders in Ruyigi said [[about
30,000 residents|civilians;a=Local leaders in Ruyigi]] of the surrounding hills were already
short of water.
""",
)

item(
    "Cholera spreads among Congolese refugees in Burundi",
    """
Burundi's health ministry has recorded [[184 cholera cases|other;a=Burundi's health ministry]]
and [[six deaths|killed;a=Burundi's health ministry]] among Congolese refugees and host
communities in Cibitoke since late February. MSF has opened [[two cholera treatment
centres|other]] in Rugombo and Buganda. UNICEF said it had trucked {{1.2 million
litres}} of water to the sites. An oral vaccination campaign reached [[about 38,000
people|aid;a=the WHO]] last week, the WHO said. There are now [[more than 70,000
Congolese|displaced]] in the country.
""",
)

item(
    "Rights group says returnees arrested and killed in Burundi",
    """
Burundian rights group Ligue Iteka said on {{10 June 2021}} that it had documented the arrest of
[[at least 23 returnees|arrested;a=Ligue Iteka;alt=Burundian rights group Ligue Iteka]] since
January, as well as [[four killings|killed;a=Ligue Iteka;alt=Burundian rights group Ligue Iteka]]
and [[nine disappearances|missing;a=Ligue Iteka;alt=Burundian rights group Ligue Iteka]]. It said
members of the ruling party's youth wing, the Imbonerakure, had abducted [[two
returnees|kidnapped;a=Ligue Iteka]] in Muyinga province. Burundi's interior ministry rejected the
report, saying [[more than 110,000 refugees|returned;a=Burundi's interior ministry]] had come
home since {{2017}} without incident. UNHCR said [[about 2,600 refugees|returned;a=UNHCR]]
returned in May alone, most of them from Tanzania. [[Fourteen returnees|arrested;a=a local
official]] detained in Makamba in April were freed on Friday, a local official said.
""",
)

item(
    "Mahama camp changes as Burundians leave and Congolese arrive",
    """
Rwanda's Ministry in charge of Emergency Management says [[about 28,000
Burundians|returned;a=Rwanda's Ministry in charge of Emergency Management]] have gone home from
Mahama since repatriation started in {{August 2020}}, leaving [[fewer than 9,000|displaced;a=Rwanda's
Ministry in charge of Emergency Management]] in the camp. In their place, [[more than 13,000
Congolese|displaced]] have arrived since fighting resumed in North Kivu in {{2022}}, many of
them transferred from the Nkamira transit centre near Rubavu. Nkamira, built to hold [[about
2,000 people|capacity;a=UNHCR]], was holding [[more than 6,800|displaced;a=UNHCR]] in
{{June 2023}}, according to UNHCR. The ministry said it had built [[1,800 new housing
units|capacity;a=The ministry;alt=Rwanda's Ministry in charge of Emergency Management]] in Mahama
and planned [[another 600|capacity;a=The ministry;alt=Rwanda's Ministry in charge of Emergency
Management;p;u=structure]] before the rains.
""",
)

item(
    "Heavy rains destroy shelters in Rwanda's Kigeme camp",
    """
Heavy rains on the night of {{2 May 2023}} destroyed [[320 shelters|housing;a=the emergency
management ministry]] in Kigeme refugee camp in Nyamagabe district and damaged [[more than 500
others|housing;a=the emergency management ministry;n=-;u=structure]], the emergency management
ministry said. [[Two children|killed]] died when a mudslide buried their family's shelter, and
[[three people|injured]] were taken to hospital in Nyamagabe. [[About 1,400 refugees|displaced]]
whose homes were lost were moved into [[11 classrooms|capacity]] and a church. UNHCR said it had
distributed [[600 tarpaulins|aid;a=UNHCR]] and [[350 kitchen sets|aid;a=UNHCR]]. Kigeme hosts
[[about 15,000 Congolese refugees|displaced]], many of whom have lived there since the camp
opened in {{2012}}.
""",
)

item(
    "Returnees to Burundi's Makamba find homes gone and land taken",
    """
[[About 80,000 returnees|returned;a=provincial officials]] have settled in Makamba province since
{{2017}}, provincial officials say, more than in any other part of Burundi. Many found their
houses destroyed or occupied: a survey by the Norwegian Refugee Council found [[about 4,000
homes|housing;a=the Norwegian Refugee Council]] in the province had been destroyed during the
crisis. With money from the European Union, aid agencies have rebuilt [[more than 1,900
houses|housing]] since {{2019}}. Local courts registered [[1,100 land disputes|other;u=other]]
involving returnees last year. The FAO gave seeds and tools to [[3,200 households|aid;a=The
FAO]] in {{2021}}, it said. Burundi's government says it will build [[5,000 more
homes|housing;a=Burundi's government;p]] for returnees by {{2025}}.
""",
)

item(
    "Burundi's new president urges refugees to come home",
    """
Évariste Ndayishimiye, sworn in as Burundi's president on {{18 June 2020}}, urged refugees abroad
to return and help rebuild the country. He won {{68.7%}} of the vote in the {{20 May}} election,
according to the electoral commission. Ndayishimiye, {{52}}, succeeds Pierre Nkurunziza, who died
on {{8 June}} at the age of {{55}}, officially of a heart attack. In a speech that lasted about
two hours, the new president said Burundi had been at peace since {{2015}}.
""",
)

item(
    "Rwanda closes Gihembe camp, moving Congolese to Mahama",
    """
Rwanda has closed Gihembe refugee camp in Gicumbi district, which had sheltered Congolese
refugees since {{1997}}, and moved its [[12,200 residents|displaced;a=Rwanda's emergency
management ministry]] to Mahama, Rwanda's emergency management ministry said. The relocation,
carried out in {{October 2021}} because of the risk of landslides, involved [[2,960
households|displaced]] and [[48 bus trips|other]]. Mahama had built [[1,100 housing
units|capacity]] for them. Landslides at Gihembe had destroyed [[more than 60 shelters|housing;a=UNHCR]]
and killed [[two refugees|killed;a=UNHCR]] since {{2018}}, UNHCR said. The site lies on a ridge
{{2,300 metres}} above sea level. Gicumbi district officials said [[about 3,500
residents|civilians;a=Gicumbi district officials]] of nearby villages had used the camp's health
centre and would now have to travel further.
""",
)

item(
    "Burundian refugees flee Lusenda camp as M23 nears Uvira",
    """
[[About 12,000 Burundian refugees|returned;a=Burundi's interior ministry]] have left Lusenda camp
in South Kivu and crossed home by boat or through Gatumba since {{M23}} rebels advanced towards
Uvira, Burundi's interior ministry said on Tuesday. Lusenda and the smaller Mulongwe settlement
had hosted [[more than 44,000 Burundians|displaced;a=UNHCR]], according to UNHCR. Port officials
said [[a dozen boats a day|other;a=Port officials]] were arriving at Rumonge from Baraka. Armed
men abducted [[five refugees|kidnapped]] from Mulongwe on {{12 February}}, and UNHCR said
[[hundreds|missing;a=UNHCR]] were unaccounted for after the camp emptied. Burundi's authorities
said they had screened the returnees and detained [[17 men|arrested;a=Burundi's authorities]]
suspected of links to the RED-Tabara rebel group.
""",
)

item(
    "Burundi's returns in 2024, country by country",
    """
[[24,318 Burundian refugees|returned;a=UNHCR]] went home in {{2024}} under the voluntary
repatriation programme, UNHCR said in its year-end update, [[19,104|returned;a=UNHCR]] of them
from Tanzania. Rwanda accounted for [[3,620|returned;a=the agency;alt=UNHCR]], the Democratic
Republic of Congo for [[1,201|returned;a=the agency;alt=UNHCR]] and Uganda for
[[393|returned;a=the agency;alt=UNHCR]], the agency said. Since {{2017}}, [[more than
220,000|returned]] have gone home under the programme, while [[about 250,000
Burundians|displaced]] remain refugees in the region. The agency expects [[about 30,000
returns|returned;a=The agency;alt=UNHCR;p]] in {{2025}}, depending on funding.
""",
)
