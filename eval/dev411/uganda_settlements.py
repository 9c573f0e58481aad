"""dev411 items: Congolese and Burundians in Uganda's settlements (Nakivale, Kyangwali, Kyaka II,
the Nyakabande transit centre), Lake Albert crossings, cholera and the WFP's cuts, 2016-2025."""

from _wrap import item

item(
    "Thousands cross Lake Albert as Ituri violence empties villages",
    """
[[More than 57,000 Congolese|displaced;a=UNHCR]] have arrived in Uganda since mid-December, most
of them crossing Lake Albert from Ituri province in fishing boats, UNHCR said on
{{13 February 2018}}. On some days [[1,500-2,000 people|displaced]] have landed at Sebagoro,
Nsonga and other fishing villages in Hoima district. Uganda's Office of the Prime Minister, which
runs refugee affairs, said it had moved [[about 35,000 of the new arrivals|displaced;a=Uganda's
Office of the Prime Minister]] to Kyangwali settlement by truck. Kyangwali already hosted [[about
36,000 refugees|displaced]] before the influx. Reception centres at Sebagoro and Kagoma were
holding [[about 6,000 people|displaced]] on Monday. Fighting between Hema and Lendu communities
has hit [[more than 120 villages|other;a=the UN]] in Ituri's Djugu territory since December,
according to the UN.
""",
)

item(
    "Cholera kills dozens among new arrivals in Kyangwali",
    """
A cholera outbreak among Congolese refugees in western Uganda has killed [[at least 32
people|killed;a=Uganda's health ministry]] and infected [[more than 1,400|other;a=Uganda's health
ministry]], Uganda's health ministry said on {{26 February 2018}}. Most of the deaths were at the
Sebagoro landing site and at Kyangwali's Maratatu reception centre, where [[about 6,000
people|displaced]] share [[40 latrines|other]]. MSF said it had set up [[three treatment
centres|other;a=MSF]] and was admitting [[up to 100 patients a
day|other;a=MSF]]. A vaccination campaign using [[360,000 doses|aid]] of oral vaccine is due to
start this week for [[about 180,000 people|aid;p]] in Kyangwali and at the landing sites.
""",
)

item(
    "Boat carrying Congolese refugees capsizes on Lake Albert",
    """
A boat carrying [[about 50 Congolese refugees|displaced]] capsized on Lake Albert on
{{19 March 2019}} as it approached the Ugandan shore near Ntoroko. Uganda police said [[four
bodies|killed;a=Uganda police]] had been recovered and [[22 people|other;a=Uganda police]] rescued
by fishermen, while [[at least 20|missing;a=Uganda police]] were still missing. The wooden boat
had left Tchomia in Ituri before dawn. UNHCR estimates that [[500 to 700 Congolese a
week|displaced;a=UNHCR]] still cross the lake. It said it had given [[2,000 life
jackets|aid;a=UNHCR;u=other]] to boat operators on the Congolese side last year.
""",
)

item(
    "Nakivale, Uganda's oldest settlement, takes in Burundians and Congolese",
    """
Nakivale settlement in Isingiro district, opened in {{1958}}, now hosts [[more than 110,000
refugees|displaced;a=the Office of the Prime Minister]], [[about 40,000|displaced;a=the Office
of the Prime Minister]] of them Burundians who arrived after {{2015}}, according to the Office of
the Prime Minister. New arrivals are given a plot of about {{30 by 30 metres}} and building
materials. This year the settlement has received [[an average of 500 people a
week|displaced;q=approx]]. Nakivale's settlement commandant, Jackson Tumwine, said [[about 1,200
plots|capacity;a=Jackson Tumwine;alt=Nakivale's settlement commandant;u=other]] remained for new
families. Water is short: the settlement has [[31 working boreholes|other]], and some villages
are {{15 km}} from the nearest one. [[About 14,000 Ugandans|civilians]] live in the settlement's
villages and share its schools and clinics.
""",
)

item(
    "Biometric count finds Uganda hosts fewer refugees than reported",
    """
A biometric verification of refugees in Uganda found [[1,091,024 people|displaced;a=UNHCR and the
Office of the Prime Minister]], far fewer than the [[1.4 million|displaced;a=UNHCR and the Office
of the Prime Minister]] previously recorded, UNHCR and the Office of the Prime Minister said in
{{October 2018}}. The exercise removed [[about 300,000 names|other;u=other]] from the lists.
Police arrested [[four officials|arrested]] of the Office of the Prime Minister earlier in the
year over the inflated figures. The WFP said rations had been drawn for [[as many as 1.4 million
people|aid;a=The WFP]] before the count. The exercise, which took {{11 months}}, registered [[more than 250,000
households|displaced]].
""",
)

item(
    "Nyakabande transit centre overflows after Bunagana falls",
    """
[[More than 30,000 Congolese|displaced;a=Uganda's Office of the Prime Minister]] crossed into
Uganda at Bunagana after {{M23}} rebels seized the border town on {{13 June 2022}}, Uganda's Office
of the Prime Minister said. The Nyakabande transit centre in Kisoro, built for [[1,500
people|capacity;a=the Uganda Red Cross]], held [[about 9,000|displaced;a=the Uganda Red Cross]] at
the weekend, the Uganda Red Cross said. The government has relocated [[2,800 refugees|displaced]]
to Nakivale and Rwamwanja in [[64 trucks|other]] and plans to move [[another 5,000|displaced;a=The government;p]]
this month. [[137 Congolese soldiers|combatants;a=an army spokesman]] who crossed with the
civilians were disarmed by the Ugandan army and handed back at Mpondwe, an army spokesman said.
Kisoro's district health officer said [[11 children|killed;a=Kisoro's district health officer]]
had died of pneumonia and malaria since the influx began.
""",
)

item(
    "WFP to limit food aid to the most vulnerable refugees in Uganda",
    """
The World Food Programme said on {{28 April 2025}} that from July it would give food assistance
only to [[about 630,000 refugees|aid;a=The World Food Programme;p]] it judged most vulnerable, out
of [[more than 1.8 million|displaced;a=The World Food Programme]] hosted by Uganda. New arrivals
will receive a full ration for their first three months. Under the new system, [[about 1
million people|civilians;a=the agency;alt=The World Food Programme;p]] in the settlements will lose
food assistance altogether, the agency said. Health workers in Kyangwali said admissions of
malnourished children had doubled to [[about 450 a month|other;a=Health workers in Kyangwali]].
The WFP said it had received {{$38 million}} of the {{$254 million}} it needs for Uganda this
year, and that it had already cut rations to {{40%}} for [[1.2 million people|aid;a=The WFP]].
Uganda received [[about 10,000 new arrivals a month|displaced]] in the first quarter, most of them
from Congo and South Sudan.
""",
)

item(
    "Uganda sees steady flow of Congolese after fall of Goma",
    """
[[Between 600 and 1,000 Congolese a day|displaced;a=UNHCR]] are crossing into Kisoro district,
UNHCR said on {{14 February 2025}}, most through Bunagana and informal crossings near Busanza. The
Nyakabande transit centre held [[more than 5,200 people|displaced]] on Thursday. Since January,
[[about 40,000 Congolese|displaced;a=Uganda's Office of the Prime Minister]] have been received
in Uganda, Uganda's Office of the Prime Minister said, and [[more than 11,000|displaced;a=Uganda's
Office of the Prime Minister]] have been relocated to Nakivale. Relocations are carried out in
convoys of [[up to 20 buses|other]]. Among the new arrivals are [[about 1,300 unaccompanied
children|civilians;a=Save the Children]], according to Save the Children. Ugandan troops on the
border detained [[22 armed men|arrested;a=the army]] who crossed with the refugees, the army said.
""",
)

item(
    "Uganda refugee response faces deepest funding gap in a decade",
    """
Uganda's refugee response plan for {{2024-2025}} was only {{24%}} funded at the end of June, with
{{$207 million}} received of the {{$858 million}} requested, UNHCR said. The country's open-door
policy rests on the Refugees Act of {{2006}}. Government officials warned on Tuesday that the
policy could be reviewed before elections in {{January 2026}}. Monthly cash transfers fell to
{{UGX 14,000}} per person in March, from {{UGX 31,000}} in {{2023}}. A {{20-litre}} jerrycan of
water sells for {{UGX 500}} in parts of Kyangwali.
""",
)

item(
    "Police reinforce Nakivale after killings of refugees",
    """
Ugandan police have sent [[120 more officers|combatants;a=Grace Atuhaire;alt=Rwizi regional police
spokesperson Grace Atuhaire]] to Nakivale settlement after [[two refugees|killed;a=Grace
Atuhaire;alt=Rwizi regional police spokesperson Grace Atuhaire]] were hacked to death in Juru
zone, Rwizi regional police spokesperson Grace Atuhaire said on {{3 October 2023}}. She said [[17
suspects|arrested;a=Grace Atuhaire]] had been arrested. Refugee leaders said [[more than 300
households|displaced;a=Refugee leaders]] had left their plots in Juru and moved closer to the
base camp. [[Two children|kidnapped;a=the police]] abducted from Nakivale in September were
rescued in Mbarara last week, the police said. [[Five people|injured]] were wounded in the
attacks.
""",
)

item(
    "Police fire tear gas at refugees protesting ration cut in Kyaka II",
    """
Police fired tear gas and live bullets to disperse [[about 2,000 refugees|other;a=local
officials]] protesting against food ration cuts at Kyaka II settlement in Kyegegwa district on
{{20 February 2018}}, wounding [[five|injured;a=local officials]], local officials said. [[One
refugee|killed;a=the police]] later died of gunshot wounds in Kyegegwa hospital, the police said.
Police said [[21 people|arrested;a=Police]] had been arrested and [[eight officers|injured;a=Police]]
injured by stones. The WFP cut rations by {{50%}} for refugees who arrived before {{July 2015}}.
Kyaka II hosts [[more than 28,000 refugees|displaced]], most of them Congolese.
""",
)

item(
    "Red Cross traces families separated in flight from eastern Congo",
    """
The Uganda Red Cross Society said it had reunited [[412 children|other;a=The Uganda Red Cross
Society]] with their families since January. It said [[about 1,900 people|missing;a=The Uganda
Red Cross Society]] reported missing by relatives in Uganda's settlements had yet to be found.
Tracing volunteers in Nakivale and Kyangwali have arranged [[more than 9,000 free phone
calls|aid;u=other]] between separated relatives. The ICRC said families in eastern Congo had
asked it to trace [[some 6,500 relatives|missing;a=The ICRC]] since the fighting around Goma in
{{January 2025}}. [[About 800 unaccompanied children|civilians]] are living with foster families
in the settlements.
""",
)

item(
    "Uganda opens new reception centre and clears land in Kyangwali",
    """
Uganda's Office of the Prime Minister said on {{2 April 2018}} that it had opened a reception
centre at Kagoma, in Kyangwali, that can hold [[up to 10,000 people|capacity;a=Uganda's Office of
the Prime Minister]]. It has also cleared [[5,400 plots|capacity;a=Uganda's Office of the Prime
Minister;u=other]] for new families. [[About 3,500 families|displaced]] have been relocated from
the crowded Maratatu centre. UNHCR and its partners have built [[180 communal
shelters|capacity]] and [[1,200 latrines|other]] in the new blocks. Hoima district leaders said
[[about 4,000 Ugandans|civilians;a=Hoima district leaders]] who farmed the land had lost access to
it without compensation.
""",
)

item(
    "Bunagana border post reopens after a year's closure",
    """
The Bunagana border post between Uganda and Congo reopened to traffic at {{8 a.m.}} on Monday,
after it was closed in {{June 2022}} when the {{M23}} rebels seized the Congolese side. Trucks
began crossing within {{15 minutes}}, a customs officer said. Kisoro town lies {{9 km}} from the
border and {{480 km}} from Kampala. Traders say the price of beans in Kisoro's market has risen
{{35%}} since the closure, to {{UGX 4,500}} a kilogram. The rebel group takes its name from a
peace deal signed on {{23 March 2009}}.
""",
)

item(
    "Congolese refugees head home from Kyangwali to Ituri",
    """
A convoy of [[six buses|other;a=UNHCR]] took [[214 Congolese refugees|returned;a=UNHCR]] from
Kyangwali to the Mahagi border crossing on {{22 March 2022}}, the first organised return to
Ituri, UNHCR said. The agency said [[about 2,300 refugees|returned;a=The agency;alt=UNHCR]] had
gone back on their own since {{2020}}. Ituri's provincial government said [[about 1.7 million
people|displaced;a=Ituri's provincial government]] were still displaced inside the province, and
that CODECO militias had [[an estimated 3,000 fighters|combatants;a=Ituri's provincial
government]]. CODECO fighters abducted [[14 people|kidnapped]] near Djugu last week. Kyangwali
still hosts [[more than 125,000 refugees|displaced]], nearly all of them Congolese.
""",
)

item(
    "Uganda lets in Congolese stranded at border despite virus closure",
    """
Uganda briefly opened its border in Zombo district on {{1 July 2020}} to let in [[about 3,000
Congolese|displaced;a=UNHCR]] who had been stranded there since fighting in Ituri in May, UNHCR
said. The new arrivals were quarantined for {{14 days}} at a former school in Zombo. Health
workers tested [[2,100 people|other;a=the health ministry]] for the coronavirus, and
[[three|other;a=the health ministry]] tested positive, the health ministry said. Uganda had closed
its borders to refugees on {{25 March 2020}}. [[About 1,000 people|displaced;a=aid workers]] who
arrived too late remain on the Congolese side, aid workers said. UNHCR said it would move the
group to Kyangwali in [[60 trucks|other;a=UNHCR;p]].
""",
)
