"""dev435 items: the camps for Iraq's displaced and their closure (federal Iraq 2020-2021, the
Kurdistan Region 2024), blocked returns, informal sites and secondary displacement, 2017-2025."""

from _wrap import item

item(
    "Iraq shuts Hamam al-Alil, once the biggest camp for Mosul's displaced",
    """Iraq's Ministry of Migration and Displacement closed Hamam al-Alil camp south of Mosul on
    Wednesday, {{three years}} after it was set up for people fleeing the battle for the city.
    The ministry said [[1,620 families|returned;a=The ministry;alt=Iraq's Ministry of Migration
    and Displacement]] had left for their home areas in the past week, each with a grant of
    {{IQD 1.5 million}}. At its peak in {{2017}} the camp held [[more than 100,000
    people|displaced]]. Aid groups say [[hundreds of families|displaced;a=Aid groups]] from the
    camp cannot go home because their houses are destroyed or relatives are accused of links to
    Islamic State. [[About 300 families|displaced;p;a=the ministry;alt=Iraq's Ministry of
    Migration and Displacement]] with nowhere to go will be moved to the {{Jeddah 5}} camp near
    Qayyarah, the ministry added. Since {{mid-October}} the government has closed or reclassified
    [[11 camps|capacity]] in Baghdad, Kerbala, Anbar, Diyala, Kirkuk and Nineveh, affecting
    [[some 34,000 people|civilians]].""",
)

item(
    "Deadline to empty Kurdistan's camps passes with thousands still inside",
    """A federal deadline of {{July 30}} to close the [[23 camps|capacity;a=the Kurdistan Region's
    Joint Crisis Coordination Centre (JCC)]] still open in the Kurdistan Region passed on Tuesday
    with [[about 110,000 people|displaced;a=the Kurdistan Region's Joint Crisis Coordination
    Centre (JCC)]] living in them, according to the Kurdistan Region's Joint Crisis Coordination
    Centre (JCC). The cabinet in Baghdad ordered the closure in {{January}}, offering families who
    leave {{IQD 4 million}} and a plot of land. The Ministry of Migration and Displacement says
    [[more than 6,500 families|returned;a=The Ministry of Migration and Displacement]] have left
    the camps since then. At Ashti camp in Sulaymaniyah, camp managers said [[only 140 of its
    2,300 families|returned;p;a=camp managers]] had registered to leave. Erbil's camps at Debaga,
    Harsham and Baharka still hold [[about 12,000 people|displaced]]. A UNHCR spokesperson said
    the agency feared the deadline could push people into "premature and unsustainable returns",
    and that it had helped [[more than 2,000 families|aid;a=A UNHCR spokesperson]] get the civil
    documents they need to leave.""",
)

item(
    "Rushed camp closures could leave 100,000 Iraqis without shelter, NRC warns",
    """The Norwegian Refugee Council warned on Monday that the rushed closure of displacement
    camps could leave [[up to 100,000 people|displaced;p;a=The Norwegian Refugee Council]]
    without shelter as winter and {{COVID-19}} set in. Since the closures began in {{October}},
    [[nearly 8,000 people|displaced;a=NRC]] have been moved out of camps in Baghdad, Kerbala,
    Anbar and Salah al-Din, according to NRC. Of the families who left, {{about a third}} went to
    informal sites or unfinished buildings rather than home, the group said. IOM's DTM recorded
    [[25,000 people|displaced;a=IOM's DTM]] already living in [[68 critical shelter
    sites|capacity;a=IOM's DTM]] before the closures, many of them without water or latrines.
    Iraq still has [[about 1.3 million internally displaced people|displaced]], [[some
    250,000|displaced]] of them in camps. "Closing camps does not end displacement," said
    Maryam Rahimi, NRC's country director.""",
)

item(
    "Anbar's last displacement camp closes as families head home",
    """The Habbaniyah Tourist City camp, a {{1970s}} holiday resort turned shelter for people
    fleeing Fallujah and Ramadi, closed on Sunday, leaving Anbar without a formal displacement
    camp for the {{first}} time since {{2014}}. Anbar's migration office said [[214
    families|returned;a=Anbar's migration office]] left the camp for their home districts in the
    final week, while [[37 families|displaced;a=Anbar's migration office]] with no house to go
    back to were moved into rented homes paid for by the province. At the height of the fighting
    in {{2015}} and {{2016}}, [[some 70,000 people|displaced]] lived in the resort's chalets and
    tents, and the province had [[more than 20 camps|capacity]]. The provincial government says
    [[about 1.1 million people|returned;a=The provincial government]] have gone back to Anbar
    since {{2016}}, while [[some 1,500 families|displaced;a=The provincial government]] from the
    province are still in camps in the Kurdistan Region. [[Nearly 4,000 houses|housing]] in
    Ramadi are still in ruins.""",
)

item(
    "A decade on, Jurf al-Sakhar's people are still barred from home",
    """More than {{ten years}} after Iraqi forces and Shiite militias drove Islamic State out of
    Jurf al-Sakhar, south of Baghdad, none of its [[roughly 120,000 residents|displaced]] has
    been allowed back. The district, renamed Jurf al-Nasr, is held by Kataib Hezbollah, which US
    officials say keeps [[several thousand fighters|combatants;a=US officials]] and weapons depots
    there. Sunni lawmakers say [[about 2,000 men|missing;a=Sunni lawmakers]] from the area were
    detained by militias in {{2014}} and {{2015}} and have not been seen since. In {{2023}},
    parliament's displacement committee said [[about 17,000 families|displaced;a=parliament's
    displacement committee]] from the district remained displaced and [[3,500 houses|housing;
    a=parliament's displacement committee]] had been bulldozed. In Sulaymaniyah's Ashti camp
    alone, [[some 650 families|displaced;a=camp officials]] from Jurf al-Sakhar are registered,
    camp officials say. A government committee formed in {{2024}} to study returns has visited
    the area {{twice}}.""",
)

item(
    "In Salah al-Din, returns stall where armed groups hold the land",
    """IOM's DTM says [[some 46,000 people|displaced;a=IOM's DTM]] from Salah al-Din remain
    displaced, most of them from Baiji, Yathrib and Aziz Balad, where Popular Mobilisation units
    control access. In Yathrib, [[over 700 houses|housing;a=Human Rights Watch]] and [[hundreds
    of orchards|other;u=other;a=Human Rights Watch]] were burned after the town was retaken in
    {{2014}}, Human Rights Watch found. Local officials in Baiji say [[about 9,000
    families|returned;a=Local officials in Baiji]] have gone back to the town since {{2017}}, out
    of [[18,000|civilians;u=household;a=Local officials in Baiji]] before the war. The Baiji
    refinery, once Iraq's largest, is back to {{150,000 barrels a day}}, but the town's market is
    still a ruin. Relatives say [[eleven men|missing;a=Relatives]] from Yathrib who were taken at
    a checkpoint in {{2015}} have never been seen again. The provincial council says it wants to
    rebuild [[up to 1,000 houses|housing;p;a=The provincial council]] in Yathrib next year if
    Baghdad releases the money.""",
)

item(
    "A quarter of families who left Iraq's camps are displaced again, IOM says",
    """[[About 12,000 people|displaced;a=the International Organization for Migration]] who left
    camps in federal Iraq when they were closed in {{2020}} and {{2021}} are displaced again,
    living in informal sites, unfinished buildings or rented rooms away from home, the
    International Organization for Migration said on Tuesday. That is {{about one in four}} of
    those who left. The agency counts [[about 350 informal sites|capacity;a=The agency;alt=the
    International Organization for Migration]] hosting such families in Nineveh, Anbar and Salah
    al-Din. The agency's Displacement Tracking Matrix found [[roughly 1,700
    households|displaced;a=The agency's Displacement Tracking Matrix;alt=the International
    Organization for Migration]] had reached their home areas but left again within {{six
    months}}, mostly because of destroyed houses, lack of jobs or threats from neighbours. IOM
    counted [[1.03 million internally displaced people|displaced;a=IOM]] across Iraq at the end
    of {{2023}}, down from [[more than 3 million|displaced;a=IOM]] in {{2016}}. [[Around
    100,000|displaced]] still live in [[23 camps|capacity]] in the Kurdistan Region.""",
)

item(
    "Families leaving camps get cash, but little else, aid groups say",
    """Iraq's Ministry of Migration and Displacement has paid return grants of {{IQD 1.5 million}}
    ({{about $1,150}}) to [[some 8,500 families|aid;a=Ali Jahangir]] leaving camps since
    {{2020}}, its spokesman, Ali Jahangir, told AFP. The ministry plans to pay [[another 4,000
    families|aid;p;a=The ministry;alt=Iraq's Ministry of Migration and Displacement]] this year.
    Of the families paid last year, [[around 1,100|displaced;u=household;a=the ministry;
    alt=Iraq's Ministry of Migration and Displacement]] are back in informal sites, the ministry
    acknowledges. Aid groups say the money lasts {{a few months}} at most. UNHCR distributed
    [[9,200 winter kits|aid]] to [[4,600 families|aid]] in camps in Erbil and Sulaymaniyah last
    winter. This year it plans to help [[about 21,000 people|aid;p;a=UNHCR]], but its Iraq
    appeal is only {{18 percent}} funded.""",
)

item(
    "On Kirkuk's edge, families squat in unfinished blocks waiting for a way home",
    """Kirkuk province hosts [[about 90,000 displaced people|displaced;a=the provincial migration
    directorate]], according to the provincial migration directorate. [[More than 400
    families|displaced]] live in the half-built concrete blocks of a stalled housing project on
    the city's southern edge, without doors, windows or running water. Most are from Hawija and
    the villages around it, where [[at least 5,000 houses|housing]] were destroyed in the
    fighting of {{2017}}. The Laylan camp, which held [[about 12,000 people|displaced]] at its
    peak, closed in {{November 2020}}. Officials at the directorate say [[20 to 30 families a
    week|returned;a=Officials at the directorate]] still make their way back to Hawija. A UNHCR shelter officer said the agency had rehabilitated
    [[310 houses|housing;a=A UNHCR shelter officer]] in Hawija district this year and would
    repair [[another 200|housing;p;u=structure;a=A UNHCR shelter officer]] in {{2022}}. "I have a
    house in Hawija with no roof and a room here with no future," said Hamad Khalaf, a
    {{40-year-old}} labourer.""",
)

item(
    "Storm floods tents in Kurdistan camps, families spend the night in mosques",
    """Heavy rain overnight flooded [[more than 1,400 tents|housing;u=other;a=the Kurdistan
    Region's Joint Crisis Coordination Centre]] in [[five camps|capacity;a=the Kurdistan Region's
    Joint Crisis Coordination Centre]] for displaced Iraqis in Erbil and Sulaymaniyah provinces,
    the Kurdistan Region's Joint Crisis Coordination Centre said on Friday. [[About 160
    tents|housing;u=other]] were destroyed and [[some 700 families|displaced]] were moved to
    [[four schools|capacity]] and a mosque for the night. [[Two children|injured;a=camp managers]] were hurt when a
    tent collapsed at Harsham camp, camp managers said. The Barzani Charity Foundation handed out
    [[2,000 blankets|aid]] and hot meals. Rainfall in Erbil reached {{62 millimetres}} in {{six
    hours}}, the meteorological office said.""",
)

item(
    "At Ashti camp, families from Salah al-Din say there is nothing to go back to",
    """Ashti camp, south of Sulaymaniyah, still houses [[about 1,900 families|displaced;a=Hemin
    Omer;alt=the camp manager]], most from Salah al-Din's Sulaiman Bek and Tuz Khurmatu, the camp
    manager, Hemin Omer, told Rudaw. He said [[only 90 families|returned;a=Hemin Omer]] had left
    since the federal government ordered the camps closed, and [[about 30|displaced;u=household;
    a=Hemin Omer]] of those came back within weeks. Abu Omar, a {{58-year-old}} farmer from
    Sulaiman Bek, said his village had [[120 houses|housing;a=Abu Omar]] before {{2014}} and that
    all of them were blown up. The World Food Programme ended food distributions in the camps in
    {{2023}}; since then the regional government has supplied [[1,800 food baskets a
    month|aid]]. Sulaymaniyah province had [[four camps|capacity]] left at the start of {{2024}},
    down from [[14|capacity;u=structure]] in {{2017}}.""",
)

item(
    "UN urges lasting solutions as Iraq's displaced number falls to 1.1 million",
    """The UN's resident coordinator in Iraq said on Thursday that [[about 1.1 million
    Iraqis|displaced;a=The UN's resident coordinator in Iraq]] remain displaced {{six years}}
    after the defeat of Islamic State, and urged the government to fund housing, jobs and
    documents rather than simply close camps. [[Nearly 4.9 million|returned]] have gone home
    since {{2017}}. Under the government's national plan to end displacement, the Ministry of
    Migration and Displacement aims to return [[10,000 families|returned;p;a=the Ministry of
    Migration and Displacement]] in {{2024}}. UNAMI said in its latest report that [[some 157,000
    people|displaced;a=UNAMI]] still live in [[25 camps|capacity;a=UNAMI]], almost all of them in
    the Kurdistan Region. OCHA says [[2.5 million people|civilians;a=OCHA]] across the country still need
    humanitarian assistance. The plan also foresees [[25,000 housing units|housing;p]] for families
    whose homes were destroyed, to be built by {{2026}}.""",
)

item(
    "IS raids empty villages below the Qarachogh mountains again",
    """[[About 200 families|displaced;a=Makhmour's district commissioner]] have fled [[six
    villages|other;a=Makhmour's district commissioner]] near Makhmour since {{January}} after a
    series of night raids by Islamic State militants hiding in the Qarachogh mountains,
    Makhmour's district commissioner said. Most of the families had come back only in {{2019}},
    {{two years}} after the area was retaken. In the latest attack, on Saturday, gunmen killed
    [[two village guards|killed;a=police]] and wounded [[four people|injured;a=police]] in the
    village of Kandal, police said. Peshmerga commanders say [[100 to 150
    militants|combatants;a=Peshmerga commanders]] move between caves on the mountain, which lies
    between areas held by Kurdish and federal forces. The Kurdistan Region's interior ministry
    said it had sent [[300 extra Peshmerga|combatants;a=The Kurdistan Region's interior
    ministry]] to the area. The Barzani Charity Foundation gave [[200 food parcels|aid]] to the
    families who fled.""",
)

item(
    "More than 180,000 flee after Iraqi forces retake Kirkuk, UN says",
    """[[More than 180,000 people|displaced;a=the UN]] have fled Kirkuk, Tuz Khurmatu and other
    disputed areas since Iraqi forces moved in on {{October 16}}, the UN said on Friday, most of
    them Kurds heading for Erbil and Sulaymaniyah. In Tuz Khurmatu, [[about 150 houses|housing;
    a=Kurdish officials]] belonging to Kurdish families were burned and looted, Kurdish officials
    said. Clashes between Iraqi forces and the Peshmerga south of Kirkuk and near Altun Kupri
    killed [[at least 21 people|killed]], including [[nine civilians|killed]]. Hospitals in Tuz
    treated [[at least 30 wounded|injured]]. UNHCR said [[some 60,000|returned;a=UNHCR]] had
    already returned to Kirkuk city within {{a week}}. The Kurdistan Regional Government said it
    was sheltering [[about 11,000 families|displaced;a=The Kurdistan Regional Government]] in
    schools and mosques in Erbil.""",
)

item(
    "Ministry says 12,000 families left Kurdistan camps in 2024, plans more returns",
    """The Ministry of Migration and Displacement said on Tuesday that [[12,104 families|returned;
    a=The Ministry of Migration and Displacement]] left camps in the Kurdistan Region in {{2024}}
    for their areas of origin, the largest number since {{2018}}. It said [[about 4,300
    families|displaced;a=The Ministry of Migration and Displacement]] remain in [[15
    camps|capacity;a=The Ministry of Migration and Displacement]] in the region, and that it
    expects [[another 3,000 families|returned;p;a=The Ministry of Migration and Displacement]] to
    go home in {{2025}}. The ministry paid {{IQD 4 million}} to each returning family and handed
    out [[1,250 plots|aid;u=other]] of land in Nineveh and Salah al-Din. The KRG's Joint Crisis
    Coordination Centre said some families left only to avoid losing their grants, and that [[at
    least 600 families|displaced;a=The KRG's Joint Crisis Coordination Centre]] had moved to
    rented housing in Erbil rather than going home.""",
)

item(
    "Baghdad and Erbil trade blame over funding for Kurdistan's camps",
    """The Kurdistan Regional Government said on Sunday that it had spent {{$1.2 billion}} on
    camps for displaced Iraqis since {{2014}}, and accused Baghdad of sending only {{IQD 60
    billion}} for their upkeep in {{2023}}. Erbil's share of the federal budget was fixed at
    {{12.67 percent}} in the {{three-year}} budget law passed in {{June 2023}}, but payments have
    been late month after month, a KRG spokesman said. The federal finance ministry replied that
    it had transferred {{IQD 700 billion}} to Erbil in {{October}} alone. Humanitarian funding for
    Iraq has fallen by {{more than 70 percent}} since {{2019}}, according to the UN's financial
    tracking service.""",
)

item(
    "Cabinet sets new rules for camp closures and return grants",
    """Iraq's Council of Ministers on Tuesday approved {{Decision 24230 of 2024}}, setting {{July
    30}} as the deadline for closing displacement camps in the Kurdistan Region. The decision
    raises the return grant to {{IQD 4 million}} from {{IQD 1.5 million}} and gives families {{30
    days}} to register with the Ministry of Migration and Displacement. Families who register
    within the {{first two weeks}} will receive {{an extra 10 percent}}, the ministry said in a
    statement issued at {{9 pm}}. The Kurdistan Region's interior ministry said it would respond
    within {{a week}}.""",
)
