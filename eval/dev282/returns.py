"""Items of dev282: refugees coming back from Turkey, Lebanon, Jordan and further afield, and
people leaving the displacement camps of the north-west."""

from _wrap import item

item(
    "UNHCR: returns from neighbouring states pass 600,000",
    """[[More than 600,000 Syrian refugees|returned;a=the UN refugee agency]] have gone back to
    Syria from neighbouring countries since the fall of Bashar al-Assad on {{December 8}}, the UN
    refugee agency said on Thursday. A further [[1.2 million internally displaced people|returned;a=the UN refugee agency]]
    have returned to their areas of origin, it said. Turkey accounted for the largest share,
    with [[about 250,000|returned;a=the Turkish interior ministry]] crossing back, according to
    the Turkish interior ministry. Lebanon's General Security directorate counted
    [[194,300|returned;a=Lebanon's General Security directorate]] departures through official
    crossings, while Jordan said [[68,000 refugees|returned;a=Jordan]] had left through the
    Jaber-Nassib border post. UNHCR says [[up to 1.5 million refugees|returned;a=UNHCR;p]] could
    return by the end of {{2025}} if services and security hold. Aid officials caution that
    [[about 4.7 million Syrians|displaced;a=Aid officials]] remain refugees in the region.""",
)

item(
    "Lebanese crossing sees long queues as families head home",
    """Cars piled with mattresses and gas cylinders lined up for {{3 km}} at the Masnaa crossing
    on Saturday as [[hundreds of families|returned]] waited to re-enter Syria. Lebanese officials
    said [[2,500 to 3,000 people a day|returned;a=Lebanese officials]] were crossing, double the
    rate of a month earlier. Many had fled to the Bekaa valley during the {{2012}} battles for
    Qusayr and Homs. "We were [[11 people|displaced;a=Umm Khaled]] in a {{two-room}} flat in Zahle for
    {{nine years}}," said Umm Khaled, {{54}}, waiting beside a minibus. The International
    Organization for Migration said it had registered [[7,850 returnees|returned;a=The International Organization for Migration]]
    at the crossing in the first {{two weeks}} of {{January}} and handed out
    [[2,400 hygiene kits|aid;a=The International Organization for Migration]]. [[About 1.5 million Syrians|displaced;a=the Lebanese government]] still live
    in Lebanon, the Lebanese government estimates, [[some 755,000|displaced;a=the Lebanese government]] of them registered with UNHCR.""",
)

item(
    "Turkey opens extra gates at Cilvegozu and Oncupinar",
    """Turkey opened additional passport lanes at its Cilvegozu and Oncupinar border gates this week
    to handle a surge in departures, Interior Minister Ali Yerlikaya said. [[At least 35,000 Syrians|returned;a=Interior Minister Ali Yerlikaya]]
    had returned voluntarily in the {{three weeks}} since Assad's fall, he told reporters in
    Ankara, and the ministry expects [[as many as 200,000|returned;a=the ministry;p]] to leave by the
    summer. Under a new rule, one member of each family may travel to
    Syria and back up to {{three times}} before {{June 30}} to assess conditions. The Turkish
    government says it hosts [[2.9 million Syrians|displaced;a=The Turkish government]] under temporary protection, down from a peak of
    [[3.7 million|displaced;a=The Turkish government]] in {{2021}}. Rights groups say [[dozens of refugees|returned;a=Rights groups]] detained in removal centres
    were pressed to sign return forms.""",
)

item(
    "Rukban camp empties as residents head for Homs and Palmyra",
    """The last residents of Rukban, the desert camp near the Jordanian and Iraqi borders, began
    leaving this month after a {{nine-year}} siege ended with Assad's fall. [[About 8,000 people|civilians;a=the camp's local council]]
    were still living there in {{December}}, according to the camp's local council, down from
    [[more than 40,000|displaced;a=aid agencies]] at its height in {{2016}}, aid agencies said. Buses
    organised by the Syrian Arab Red Crescent carried [[1,120 residents|returned;a=the group;alt=the Syrian Arab Red Crescent]] to Homs and Palmyra in the
    first week, the group said. A convoy of [[14 trucks|aid]] brought flour, medicine and baby formula, the first full
    delivery in {{five years}}. Jordan closed its side of the berm in {{2016}} after a car bomb killed
    [[seven Jordanian soldiers|killed]]. Council members said [[around 500 mud-brick homes|housing;a=Council members]] would
    be demolished once the camp is empty.""",
)

item(
    "North-west camps shrink as tents come down",
    """Families in the sprawling camps along the Turkish border are dismantling their tents and
    loading trucks for the trip home to the Idlib and Hama countryside. The Response Coordination
    Group, a local monitor, said [[63,420 families|returned;a=The Response Coordination Group]] had left the camps by mid-{{March}}, out of
    [[roughly 380,000 families|displaced;a=The Response Coordination Group]] counted in {{November}}. Of the [[1,904 camps|capacity;a=The Response Coordination Group]]
    it tracks, [[217|capacity;a=The Response Coordination Group;u=structure]] have closed entirely, it said. Many who leave find their villages
    flattened: [[over 11,000 homes|housing;a=OCHA]] in southern Idlib and northern Hama were destroyed or severely damaged, OCHA says.
    Some families send one son ahead to rebuild a room while the rest stay behind. "We left
    [[22 families|returned;a=Mahmoud Abu Ali]] from our village and came back, [[eight|returned;a=Mahmoud Abu Ali;u=household]] of
    them are now living under plastic sheeting," said Mahmoud Abu Ali, a returnee to Kafr Nabudah.""",
)

item(
    "IOM: more than a million displaced Syrians have gone home",
    """The International Organization for Migration said on Tuesday that
    [[more than 1.1 million internally displaced Syrians|returned;a=The International Organization for Migration]] had gone back to their home
    districts since {{December}}, a pace not seen since the war began in {{2011}}. Its
    Displacement Tracking Matrix recorded the largest movements into Aleppo, Idlib and Hama
    governorates. But [[some 6.6 million people|displaced;a=the agency;alt=The International Organization for Migration]] remain internally displaced, the agency
    said, and [[at least 2 million|displaced;a=the agency;alt=The International Organization for Migration]] still live in camps and informal sites. IOM has
    appealed for {{$180 million}} to support returns in {{2025}}, of which {{14 percent}} has been received. It
    plans to repair [[3,500 shelters|housing;a=The International Organization for Migration;p]] and distribute
    [[20,000 return kits|aid;a=The International Organization for Migration;p]] by the end of the year.""",
)

item(
    "Jordan says 100,000 have left Zaatari and Azraq",
    """[[Nearly 100,000 Syrian refugees|returned;a=Jordanian officials]] have left Jordan since
    {{December}}, Jordanian officials said on Sunday, including
    [[about 14,000|returned;a=Jordanian officials]] from the Zaatari and Azraq camps.
    Zaatari, opened in {{2012}}, housed [[some 78,000 people|displaced]] at the start of the year.
    The camp administration said [[3,150 caravans|capacity;a=The camp administration]] now stood
    empty and [[410|housing;a=The camp administration;u=structure]] had been dismantled for reuse.
    UNHCR counts [[over 520,000 Syrians|displaced;a=UNHCR]] still registered in the kingdom.
    Refugees leaving Jordan are given a {{one-month}} window in which they may return, a ministry
    spokesman said.""",
)

item(
    "Germany tallies first returns as Berlin debates protection status",
    """Only [[1,337 Syrians|returned;a=the interior ministry]] left Germany for their homeland
    under a federal assisted-return scheme in the first {{six months}} of {{2025}}, the interior ministry said, a
    fraction of the [[roughly 975,000|displaced;a=the interior ministry]] living in the country. Officials in
    Berlin froze decisions on [[about 47,000 pending asylum applications|other;a=Officials in Berlin;u=other]] from Syrians after the
    government fell in {{December 2024}}. Each adult returnee receives {{1,000 euros}} and a paid
    flight. Austria reported [[fewer than 2,000|returned;a=Austria]] departures over the same period and said it was preparing
    its first deportations to Syria since {{2013}}. [[Around 160,000 Syrians|other;a=the interior ministry]] have
    become German citizens since {{2021}}, the interior ministry said.""",
)

item(
    "Half a million return to Aleppo's eastern districts",
    """[[Nearly half a million people|returned;v=500000;q=approx;a=the Aleppo governorate]] have come back to Aleppo city and its
    countryside since {{December}}, the Aleppo governorate said in a statement. Many returned to
    the eastern neighbourhoods that were besieged and bombed in {{2016}}, where
    [[about 35,000 buildings|housing;a=UN-Habitat]] were damaged, according to UN-Habitat. The city's water company said it had restored
    supply to [[120,000 households|aid;a=The city's water company]] but power runs for only {{four hours}} a day.
    Local charities counted [[2,300 families|displaced;a=Local charities]] living in half-finished
    apartment blocks with no windows. The governorate said it aims to clear
    [[10,000 tonnes|other;a=The governorate;p]] of rubble by the summer.""",
)

item(
    "Lebanon's new government agrees return plan with UNHCR",
    """Lebanon and UNHCR agreed on Monday a plan to organise the return of
    [[between 200,000 and 400,000 Syrians|returned;a=Social Affairs Minister Haneen Sayed;p]] this year, Social Affairs Minister Haneen
    Sayed said. Each returnee would receive {{$100}} in cash and each family {{$400}} on arrival in
    Syria, she said. [[About 90,000|returned;a=Social Affairs Minister Haneen Sayed;p]] have already registered for the scheme, she added. Lebanon also hosts [[more than 100,000 people|displaced;a=UNHCR]] who fled into the country from
    Syria's coast and Homs after {{March}}, most of them Alawites, according to UNHCR. UNHCR
    plans to set up [[three transit centres|capacity;a=UNHCR;p]] near the Masnaa and Arida crossings. The
    Lebanese army says it turned back [[5,800 people|other;a=The Lebanese army]] trying to cross irregularly in {{April}}
    alone.""",
)

item(
    "Returnees to Idlib countryside rebuild on the ruins",
    """In the village of Maarshurin, south of Maarat al-Numan, the only sound is hammering.
    [[About 180 families|returned;a=the village mukhtar]] have come back since {{January}}, the
    village mukhtar said, out of [[roughly 1,000|civilians;a=the village mukhtar;u=household]]
    who lived there before {{2019}}. Of the village's [[650 houses|housing;a=the village mukhtar]], he
    estimated, [[fewer than 100|housing;a=the village mukhtar;u=structure]] have a roof.
    A local relief committee has handed out [[300 tarpaulins|aid;a=A local relief committee]], it says, and hopes to
    fix [[40 homes|housing;a=A local relief committee;p]] with a grant from a Qatari charity. The school reopened on
    {{February 2}} with [[64 pupils|other]] and a single teacher.""",
)

item(
    "IOM flash update: movements through Bab al-Hawa",
    """The IOM Displacement Tracking Matrix recorded [[14,562 individuals|returned;a=The IOM Displacement Tracking Matrix]]
    crossing from Turkey into Syria through Bab al-Hawa, Bab al-Salama and Tal Abyad in the week
    to {{March 15}}, a {{12%}} rise on the previous week. Children made up {{41%}} of arrivals.
    Since {{8 December}}, the cumulative total stands at [[201,377 returnees|returned;a=IOM]] from
    Turkey, IOM said. Inside Syria, [[37,200 IDPs|returned]] left camps in Idlib and northern Aleppo
    for their areas of origin during the week. The update lists
    [[86 displacement sites|capacity;a=The update]] in Harim and Dana districts where occupancy
    fell by more than {{half}}. Partners distributed [[4,100 food baskets|aid]] and
    [[1,750 cash transfers|aid;u=other]] at transit points.""",
)

item(
    "Syrian families leave al-Hol under tribal sponsorship",
    """The Kurdish-led administration in north-east Syria let [[312 Syrian families|returned;a=camp officials]]
    leave al-Hol camp on Tuesday under a tribal sponsorship scheme, camp officials said, the
    largest single departure since {{2019}}. The camp still holds
    [[about 37,000 people|displaced;a=the UN]], most of them women and children, according to the
    UN, including [[roughly 15,000 Iraqis|displaced;a=the UN]]. Iraq's migration ministry said it
    had repatriated [[more than 600 families|returned;a=Iraq's migration ministry]] in {{May}} and
    planned to bring back [[another 1,000|returned;a=Iraq's migration ministry;u=household;p]]
    before the end of {{2025}}. The Syrian Democratic Forces also hold
    [[some 9,000 suspected Islamic State fighters|arrested;a=the group;alt=The Syrian Democratic Forces]] in
    [[more than two dozen detention facilities|other;a=the group;alt=The Syrian Democratic Forces]], the group says.""",
)

item(
    "Back in Qusayr after a decade in the Bekaa",
    """Abu Hussein came home to Qusayr in {{February}} after {{12 years}} in a tent in Arsal. "Of
    the [[40 houses|housing;a=Abu Hussein]] on my street, only [[three|housing;a=Abu Hussein;u=structure]] can be lived in," he
    said. The town, seized by Hezbollah and government forces in {{2013}}, had
    [[about 40,000 residents|civilians]] before the war. Local officials say
    [[some 6,000 people|returned;a=Local officials]] have returned so far, most from Lebanon. The
    Norwegian Refugee Council is helping [[250 families|aid;a=The Norwegian Refugee Council]] replace
    lost property deeds, it said. Across Homs governorate, OCHA counted
    [[93,000 returnees|returned;a=OCHA]] by the end of {{April}}.""",
)

item(
    "UNHCR plans for 1.5 million refugee returns in 2026",
    """UNHCR said on Wednesday it is planning for [[up to 1.5 million Syrian refugees|returned;a=UNHCR;p]]
    to return from abroad in {{2026}}, along with [[some 2 million internally displaced people|returned;a=UNHCR;p]].
    Since {{December 2024}}, [[more than 1.2 million|returned;a=the agency;alt=UNHCR]] have already
    crossed back, the agency said, and [[1.9 million displaced
    people|returned;a=the agency;alt=UNHCR]] have left camps or host communities to go home. The agency expects
    [[at least 400,000 returnees|returned;a=The agency;alt=UNHCR;p]] from Turkey and
    [[about 300,000|returned;a=The agency;alt=UNHCR;p]] from Lebanon. The agency's {{2026}} appeal
    of {{$575 million}} is {{22%}} funded. "Returns that are not sustainable become new
    displacement," the UN High Commissioner for Refugees, Barham Salih, told reporters in Geneva.""",
)

item(
    "Damascus rents soar as returnees and officials compete for flats",
    """Rents in central Damascus have risen by as much as {{60%}} since {{January}}, estate agents say,
    as returning families, aid agencies and new government staff compete for a shrinking stock of
    habitable flats. A {{two-bedroom}} apartment in Mezzeh that cost {{$150}} a month in {{November 2024}}
    now lets for {{$400}} or more. The Syrian pound, which traded at about {{15,000}} to the dollar
    before Assad's fall, firmed to near {{10,000}} in {{February}} before slipping again. Public
    salaries were raised by {{200%}} in {{June}}, but the average wage is still below {{$40}} a
    month, according to the World Food Programme. Landlords increasingly ask for {{six months}} of
    rent up front, paid in dollars.""",
)

item(
    "Explainer: the papers a returning refugee needs",
    """Syrians returning from Lebanon must settle residency fines before they leave, unless they
    entered before {{2019}}, under rules Beirut eased on {{July 1}}. The exit waiver lasts until
    {{September 30}}. At the Syrian side, men aged {{18 to 42}} are no longer called up for
    compulsory service, which the new authorities abolished in {{December 2024}}. Replacing a lost
    identity card costs {{25,000 Syrian pounds}} and takes about {{two weeks}}, civil registry
    officials say. Property claims filed under {{Law 10}} of {{2018}} are being reviewed, and
    owners have {{12 months}} to lodge an objection. Children born abroad need a birth certificate
    certified by a Syrian consulate before they can sit the {{ninth-grade}} exams.""",
)
