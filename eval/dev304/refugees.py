"""dev304 items, part 4: refugees abroad, the displaced inside Ukraine, returns, shelter and
aid."""

from _wrap import item

item(
    "UNHCR records 6.9 million Ukrainian refugees worldwide",
    """
    [[About 6.9 million Ukrainian refugees|displaced;a=UNHCR]] were recorded globally at the end
    of {{June}}, [[6.3 million|displaced;a=UNHCR]] of them in Europe, UNHCR said on Thursday.
    Germany hosts [[some 1.2 million|displaced;a=the agency;alt=UNHCR]], followed by Poland with
    [[about 990,000|displaced;a=the agency;alt=UNHCR]] and the Czech Republic with [[roughly
    380,000|displaced;a=the agency;alt=UNHCR]], according to national data compiled by the
    agency. Inside Ukraine, [[3.7 million people|displaced;a=the International Organization for
    Migration]] remain displaced, the International Organization for Migration said. [[More than
    4.3 million|displaced;a=Eurostat]] hold temporary protection in the European Union, Eurostat
    said, a number that has barely changed since {{2023}}.
    """,
)

item(
    "IOM: 4.5 million people have returned home",
    """
    [[About 4.5 million people|returned;a=the International Organization for Migration]] have
    returned to their homes in Ukraine after being displaced abroad or inside the country, the
    International Organization for Migration said in its latest survey. Most returns have been
    to the Kyiv, Kharkiv and Chernihiv regions, with [[roughly 1.1 million
    returnees|returned;a=the survey]] in the capital region alone, the survey found. Of those
    interviewed, {{18%}} said they planned to leave again. The IOM said [[about 860,000
    returnees|civilians;a=The IOM]] lived in damaged homes. Poland's border guard said [[about
    18,000 people a day|returned;a=Poland's border guard]] crossed back into Ukraine over the
    summer. Officials in Kyiv expect [[another 200,000 people|returned;p;a=Officials in Kyiv]]
    to come back before the winter. [[Some 75,000 returnee households|aid;a=the agency;alt=the
    International Organization for Migration]] have received repair grants, the agency said.
    """,
)

item(
    "Poland to tie child benefit for Ukrainians to school attendance",
    """
    [[Around 950,000 Ukrainians|displaced;a=Poland's interior ministry]] hold temporary
    protection in Poland, including [[about 180,000 school-age children|displaced;a=Poland's
    interior ministry]], Poland's interior ministry said. From {{June}}, families will receive
    the {{800 zloty}} monthly child benefit only if their children attend Polish schools. The
    government said [[about 12,000 refugees|displaced;a=The government]] still lived in [[some
    200 collective accommodation centres|capacity;a=The government]]. The Polish Red Cross said
    it had given food parcels to [[roughly 15,000 families|aid;a=The Polish Red Cross]] in the
    past year. Officials expect [[up to 70,000 Ukrainians|returned;p;a=Officials]] to return to
    Ukraine once the rules change. Since {{2022}}, [[about 280,000|returned;a=the
    ministry;alt=Poland's interior ministry]] have gone back to Ukraine, the ministry said.
    """,
)

item(
    "Moldova closes refugee centres as numbers fall",
    """
    Moldova has closed [[14 of its refugee accommodation centres|capacity;a=the government]] in
    the past year as numbers fell, the government said. [[About 120,000
    Ukrainians|displaced;a=UNHCR]] remain in Moldova, according to UNHCR. [[Some 1,300
    people|displaced]] still live in [[the remaining 37 centres|capacity]], most of them elderly
    or with disabilities. Since {{February 2022}}, [[more than 1.2 million
    people|displaced;a=Moldovan border police]] have crossed from Ukraine into Moldova, Moldovan
    border police say. [[About 40,000 refugees|aid]] receive monthly cash assistance from UN
    agencies. The programme pays {{2,200 lei}} a month per person. [[About 5,000 Moldovan host
    families|capacity;a=UNHCR]] still house refugees, UNHCR said.
    """,
)

item(
    "Dnipro's collective centres fill up as Donetsk evacuees arrive",
    """
    [[About 2,000 evacuees a week|displaced;a=Serhiy Lysak]] are arriving in the Dnipropetrovsk
    region from front-line areas of Donetsk, Serhiy Lysak, the regional governor, said. The
    region has [[about 190 collective centres|capacity;a=Serhiy Lysak]] with space for [[13,500
    people|capacity;a=Serhiy Lysak]], he said, and {{more than 95%}} of the places are taken.
    The region now hosts [[nearly 400,000 internally displaced people|displaced]]. A transit
    centre in Pavlohrad registered [[8,100 arrivals|displaced;a=the UN's refugee agency]] in
    {{August}}, the UN's refugee agency said. The regional administration pays rent subsidies to
    [[about 3,000 families|aid]]. Authorities plan to build [[a further 12 modular
    towns|capacity;u=structure;p;a=Authorities]] by {{2026}}.
    """,
)

item(
    "UN agencies step up winter aid for front-line regions",
    """
    UNHCR said it planned to provide winter cash assistance to [[about 500,000
    people|aid;p;a=UNHCR]] in front-line regions. Aid agencies have already delivered [[42,000
    tonnes|aid]] of coal and firewood. UNHCR said it had repaired [[about 31,000
    homes|housing;a=UNHCR]] damaged by strikes since {{2022}}. The World Food Programme said it
    was feeding [[1.6 million people a month|aid;a=The World Food Programme]]. OCHA estimates
    [[12.7 million people|civilians;a=OCHA]] in Ukraine need humanitarian assistance this year.
    [[About 1,400 trucks|aid;a=OCHA]] reached front-line communities in inter-agency convoys
    last year, OCHA said. The UN appeal for {{$3.1 billion}} is {{28%}} funded.
    """,
)

item(
    "Czech Republic extends protection for Ukrainians",
    """
    The Czech Republic extended temporary protection for Ukrainian refugees for another
    {{year}}. The Czech interior ministry said [[some 390,000 people|displaced;a=The Czech
    interior ministry]] held protection visas, including [[about 98,000 children|displaced;a=The
    Czech interior ministry]]. New arrivals have fallen to [[about 2,500 a month|displaced]].
    [[More than 60,000|returned;a=the ministry;alt=Czech interior ministry]] have gone back to
    Ukraine since {{2022}}, the ministry estimates. The city gives food vouchers to [[about
    4,000 people|aid]] every month. Prague's regional authority said it was housing [[1,100
    refugees|displaced;a=Prague's regional authority]] in [[three former
    hotels|capacity;u=structure;a=Prague's regional authority]].
    """,
)

item(
    "Irpin rebuilds as residents return",
    """
    [[About 70,000 people|returned;a=Irpin's city council]] have returned to Irpin, near Kyiv,
    Irpin's city council said, more than the town had before the war. The council said [[nearly
    1,200 buildings|housing;a=The council;alt=Irpin's city council]] were damaged or destroyed
    during the Russian occupation in {{2022}}, and [[about 870|housing;u=structure;a=The
    council;alt=Irpin's city council]] have been rebuilt. [[Some 300 families|displaced]] still
    live in [[two modular towns|capacity;u=structure]] on the edge of the town. The Kyiv
    regional administration says [[more than 27,000 homes|housing;a=The Kyiv regional
    administration]] were damaged across the region. [[About 290 civilians|killed;a=city
    officials]] died in Irpin during the month of occupation, city officials say.
    """,
)

item(
    "Residents return to Mykolaiv as water is restored",
    """
    [[More than 100,000 residents|returned;a=Oleksandr Senkevych]] have returned to Mykolaiv
    since Ukrainian forces pushed Russian troops back from the city in {{November 2022}}, its
    mayor, Oleksandr Senkevych, said. The city's population is now [[about
    430,000|civilians;a=Oleksandr Senkevych]], against [[476,000|civilians;a=Oleksandr
    Senkevych]] before the war, he said. Drinking water was restored last month after {{more
    than two years}}. Senkevych said [[about 1,500 apartment buildings|housing;a=Senkevych]] had
    been damaged by shelling and [[more than 900|housing;u=structure;a=Senkevych]] repaired.
    [[Some 25,000 internally displaced people|displaced]] from the Kherson region also live in
    the city. [[At least 180 civilians|killed;a=regional prosecutors]] were killed in the city
    by Russian shelling in {{2022}}, according to regional prosecutors.
    """,
)

item(
    "Ukrainians in Russia: how many and where",
    """
    Russian officials say [[more than 2.9 million people|displaced;a=Russian officials]] have
    arrived in Russia from Ukraine since {{February 2022}}, a figure Kyiv says includes many who
    were forcibly deported. UNHCR puts the number of Ukrainian refugees in Russia at [[about 1.2
    million|displaced;a=UNHCR]]. Volunteers in Tbilisi said they had helped [[about 40,000
    Ukrainians|aid;a=Volunteers in Tbilisi]] travel on from Russia to Europe or home. [[At least
    1,500 Ukrainians|returned;a=border guards]] returned to government-held territory through
    the Kolotylivka crossing in the Sumy region before it closed in {{August 2024}}, border
    guards said. Russia's interior ministry said it had deported [[312 Ukrainian
    citizens|returned;a=Russia's interior ministry]] who had finished prison terms. [[Dozens of
    them|displaced;n=-]] have been stranded at the Verkhnii Lars crossing waiting to enter
    Georgia.
    """,
)

item(
    "Britain has issued more than 200,000 visas to Ukrainians",
    """
    [[About 150,000 Ukrainians|displaced;a=Home Office data]] have arrived in Britain under the
    Ukraine schemes, and [[more than 200,000 visas|other;u=other;a=Home Office data]] have been
    issued, Home Office data show. The Local Government Association said [[more than 4,000
    Ukrainian households|displaced;a=The Local Government Association]] had been classed as
    homeless after sponsorship arrangements ended. Ireland, which hosts [[about 110,000
    Ukrainians|displaced]], has cut payments to new arrivals to {{€38.80}} a week. The Irish
    government said [[about 1,600 beds|capacity;a=The Irish government]] remained available in
    state accommodation. Councils in England said [[about 9,000 sponsor
    households|capacity;a=Councils in England]] were still hosting Ukrainians. [[Between 700 and
    900 Ukrainians a month|returned;a=the Home Office]] have left Britain for Ukraine since
    {{2024}}, the Home Office estimates.
    """,
)

item(
    "One million flee Ukraine in a week",
    """
    [[More than 1 million people|displaced;a=Filippo Grandi;alt=the UN High Commissioner for
    Refugees]] have fled Ukraine in {{seven days}}, the UN High Commissioner for Refugees,
    Filippo Grandi, said on Thursday. Poland alone has taken in [[about 550,000
    refugees|displaced;a=Polish border guards]], Polish border guards said, with [[up to 100,000
    a day|displaced;a=Polish border guards]] crossing at the peak. Hungary said [[133,000
    people|displaced;a=Hungary]] had entered the country. Queues at the Medyka crossing
    stretched for {{15 km}}. Romania's border police recorded [[about 45,000
    arrivals|displaced;a=Romania's border police]] in the same period. In Lviv, [[about 200,000
    displaced people|displaced;a=Andriy Sadovyi]] were sheltering in schools, churches and
    sports halls, the mayor, Andriy Sadovyi, said. The UN warned that [[up to 4
    million|displaced;p;a=The UN]] could leave in the coming weeks.
    """,
)

item(
    "Aid convoy reaches Kupiansk",
    """
    A UN inter-agency convoy of [[six trucks|aid;a=OCHA]] delivered food, hygiene kits and
    shelter materials to [[about 3,500 people|aid;a=OCHA]] in Kupiansk and [[four nearby
    villages|other;a=OCHA]] on Wednesday, OCHA said. The convoy carried [[1,200 food
    parcels|aid]] and [[500 solar lamps|aid;u=other]]. Matthias Schmale, the UN humanitarian
    coordinator for Ukraine, said [[about 3,000 people|civilians;a=Matthias Schmale]] remained
    in Kupiansk, most of them elderly. The town, {{8 km}} from the front line, has had no
    electricity or running water since {{2024}}. A previous convoy was turned back when a drone
    struck the road ahead of it, slightly injuring [[two aid workers|injured]].
    """,
)

item(
    "Returnees rebuild in Izium",
    """
    Kharkiv regional officials said [[about 400,000 people|returned;a=Kharkiv regional
    officials]] have returned to areas of the region liberated in {{September 2022}}, though
    [[some 70 settlements|other;u=other;a=Kharkiv regional officials]] are still without power.
    In Izium, [[447 bodies|killed]] were exhumed from a mass grave in a forest after the town
    was retaken. [[Roughly 26,000 residents|civilians;a=Izium's mayor]] now live in Izium, down
    from [[46,000|civilians;a=Izium's mayor]] before the war, Izium's mayor said. [[About 1,100
    homes|housing;a=the emergency service]] were destroyed in the town, and demining teams have
    cleared [[more than 1,000 mines|other;a=the emergency service]], the emergency service said.
    """,
)

item(
    "EU extends temporary protection for Ukrainians to 2027",
    """
    EU interior ministers agreed to extend temporary protection for people fleeing Ukraine until
    {{March 4, 2027}}. The directive was triggered for the {{first}} time on {{March 4, 2022}}.
    The extension is the {{third}} and runs for {{12 months}}. Ministers also discussed a {{€50
    billion}} support facility for Ukraine for {{2024-2027}}. The decision will be reviewed in
    {{September 2026}}.
    """,
)

item(
    "Back in Lviv after 18 months in Krakow",
    """
    Olena Kovalchuk, {{34}}, returned to Lviv in {{April}} after {{18 months}} in Krakow. Her
    son, {{aged 7}}, now goes to a school {{15 minutes}} from their flat and is in the
    {{second}} grade. Rent in Lviv is about {{UAH 14,000}} a month, nearly {{40%}} more than
    before the war, she said. She works night shifts at a bakery from {{10 p.m.}} to {{6 a.m.}}
    and hopes her husband, who serves in the {{24th Mechanised Brigade}}, can come home on leave
    in {{December}}.
    """,
)
