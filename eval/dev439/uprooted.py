"""dev439 items: Afghans deported or pushed out across Torkham and Chaman (UNHCR, IOM, the interior
ministry), and the displaced of Bajaur, Kurram, Tirah and North Waziristan, their camps, aid and
returns, 17 texts, 2 without a figure."""

from _wrap import item

item(
    "Returns through Torkham surge ahead of deadline",
    """TORKHAM, Pakistan -
    [[More than 9,000 Afghans|returned;a=the International Organization for Migration (IOM)]]
    crossed back into Afghanistan through Torkham on Wednesday, the highest daily number since the
    deportation drive began, according to the International Organization for Migration (IOM). The
    agency said
    [[about 1,900|returned;a=The agency;alt=International Organization for Migration]] of them
    had been deported, while the rest had left under pressure from the police. At the Chaman
    crossing in Balochistan, border officials said
    [[2,350 people|returned;a=border officials]] had crossed the same day. The interior ministry
    said on Tuesday that Pakistan had sent back
    [[more than 1.5 million Afghans|returned;a=The interior ministry]] since {{November 2023}} and
    that it planned to expel [[about 800,000 more|returned;p;n=-;a=The interior ministry]] who hold
    Afghan Citizen Cards. A holding centre in Landi Kotal, which can house
    [[about 3,000 people|capacity]], was full by midday. Temperatures at the crossing reached
    {{44C}}, and women and children made up {{60 percent}} of those crossing, the IOM said.""",
)

item(
    "Chaman traders end border sit-in",
    """CHAMAN - Traders and labourers ended a sit-in at the Chaman border on Monday after
    {{ten months}}, following talks with the federal government over its rule that everyone
    crossing must carry a passport and visa. Before the rule took effect in {{October 2023}},
    [[about 30,000 people a day|other;a=local traders]] crossed at Chaman with only their national
    identity cards, according to local traders.
    [[Two protesters|killed;a=police]] were killed and [[more than 40|injured;a=police]] injured
    in clashes with the Frontier Corps last summer, police said, and
    [[27 people|arrested;a=police]] were arrested. Leaders of the sit-in said
    [[about 12,000 porters|civilians;a=Leaders of the sit-in]] had lost their livelihood since
    the rule took effect. The government says it will pay a monthly allowance of {{Rs 20,000}} to
    [[10,000 labourers|aid;p;a=The government]] while the talks continue.""",
)

item(
    "UNHCR concerned as refugee cards expire",
    """ISLAMABAD - The UN refugee agency said on Friday it was deeply concerned by Pakistan's
    decision not to renew the Proof of Registration cards of
    [[about 1.3 million Afghan refugees|displaced;a=The UN refugee agency]], which expired on
    {{June 30}}. UNHCR estimates that [[another 600,000 Afghans|displaced;a=UNHCR]] who arrived
    after the Taliban takeover in {{August 2021}} are living in Pakistan without documents.
    [[More than 70,000 card holders|returned;a=the agency;alt=UNHCR]] have left since April, the
    agency said, {{about half}} of them children. It has appealed for {{$77 million}} to support
    [[1.2 million returnees|aid;p;a=UNHCR]] in Afghanistan this year. UNHCR runs
    [[54 refugee villages|capacity]] in Pakistan, [[43|capacity;u=other]] of them in Khyber
    Pakhtunkhwa. The Pakistani government says that
    [[an estimated 3 million Afghans|displaced;a=The Pakistani government]] live in the country,
    legally or not.""",
)

item(
    "Born in Peshawar, deported to a country he never knew",
    """TORKHAM - Abdul Wali, {{26}}, was born in Peshawar's Board Bazaar and had never set foot in
    Afghanistan until Tuesday, when he crossed at Torkham on a truck with his wife and
    [[four children|returned]]. They were among
    [[some 6,000 people|returned;a=border officials]] who crossed that day, according to border
    officials. His father fled Kunar province in {{1984}}, during the Soviet occupation, and ran a
    fruit stall in Peshawar for {{three decades}}. Police held Abdul Wali for {{two nights}} last
    month before telling him to leave. He paid {{Rs 80,000}} to hire the truck, and at the zero
    point Afghan officials gave the family {{2,000 afghanis}}. The IOM says it has provided cash,
    food or transport to [[more than 410,000 returnees|aid;a=The IOM]] at Torkham and Spin Boldak
    since January. The Taliban administration says its reception camp at Omari can hold
    [[20,000 people|capacity;a=The Taliban administration]]. "Everything I know is in Peshawar,"
    he said.""",
)

item(
    "IOM tallies returns from Pakistan in first half of year",
    """KABUL/ISLAMABAD -
    [[More than 400,000 Afghans|returned;a=the International Organization for Migration]]
    returned from Pakistan between {{January and June}}, the International Organization for
    Migration told Reuters,
    [[about 124,000|returned;a=the International Organization for Migration]] of them deported.
    In the week to {{June 21}} alone,
    [[30,600 people|returned;a=the agency;alt=the International Organization for Migration]]
    crossed, the agency said. Returns through Torkham made up {{62 percent}} of the total.
    [[Some 8,200 unaccompanied children|returned;a=the agency's country chief]] were among those
    who came back, the agency's country chief said.
    [[Nearly 800,000 people|returned;a=the International Organization for Migration]] returned
    from Iran over the same period, it said. The agency expects
    [[up to 1.1 million more|returned;p;n=-;a=The agency;alt=the International Organization for Migration]]
    before the end of the year if Pakistan carries out its plans.""",
)

item(
    "Families flee Bajaur operation to Khar",
    """KHAR, Bajaur -
    [[About 20,000 families|displaced;a=the Provincial Disaster Management Authority (PDMA)]] have
    fled Loi Mamund and Wara Mamund tehsils since the army ordered residents out ahead of an
    operation against the Pakistani Taliban, the Provincial Disaster Management Authority (PDMA)
    said on Tuesday.
    [[107 government schools|capacity;a=the district administration]] in Khar and Nawagai have been
    turned into shelters, housing
    [[about 55,000 people|displaced;a=the district administration]], the district administration
    said. [[40 to 50 families a day|displaced]] are still arriving. The curfew covers
    [[16 villages|other]] and has been in force for {{72 hours}}. Residents said
    [[another 10,000 families|displaced;p;a=Residents]] could be forced to leave if the operation
    is extended to Chaharmang. The PDMA has sent [[2,500 tents|aid]] and
    [[4,000 food packs|aid]] to Khar. Gul Rahman, a farmer who fled with
    [[11 relatives|displaced]], said they had left their cattle behind.""",
)

item(
    "Parachinar runs short of medicine as road stays shut",
    """PARACHINAR - Hospital officials in Parachinar said
    [[at least 29 children|killed;a=Hospital officials in Parachinar]] had died for lack of
    medicines since the road to Thall was closed {{11 weeks}} ago. The road is the only link for
    [[about 400,000 residents|civilians]] of upper Kurram to the rest of the country. A convoy of
    [[35 trucks|aid;a=the deputy commissioner]] carrying food and medicine reached Parachinar on
    Saturday, the first since {{November 21}}, the deputy commissioner said. Traders said
    [[at least 200 trucks a week|aid;p;a=Traders]] were needed to restock the markets. The
    provincial government has flown in [[85 tonnes|aid]] of medicine on
    [[26 helicopter flights|aid]]. Petrol was selling at {{Rs 1,000}} a litre.""",
)

item(
    "Tirah families register as displaced in Bara",
    """BARA, Khyber - Officials have registered
    [[12,847 families|displaced;a=the district administration]] displaced from the Tirah valley
    since {{December 20}}, the district administration said in a statement on Sunday. That amounts
    to [[about 76,000 people|displaced;a=the provincial relief department]], according to the
    provincial relief department. Each registered family receives a monthly stipend of
    {{Rs 25,000}}. Queues formed at the [[three registration points|other]] in Bara. Relatives
    said [[two elderly men|killed;a=Relatives]] had died of cold while waiting in snow up to
    {{two feet}} deep. Tirah is home to [[about 40,000 families|civilians]]. Elders say
    [[fewer than 2,000|civilians;u=household;a=Elders]] have stayed behind.""",
)

item(
    "Displaced families begin returning to Bajaur",
    """KHAR, Bajaur - [[Some 6,400 families|returned;a=the district administration]] have returned
    to Loi Mamund since the army declared the area cleared last week, the district administration
    said, while [[about 4,000|displaced;u=household;a=the district administration]] remain in
    schools and with relatives in Khar. Officials said
    [[1,150 houses|housing;a=Officials]] had been damaged in the fighting, including
    [[212|housing;u=structure;a=Officials]] that were destroyed. Each returning family is given
    {{Rs 50,000}} and a {{three-month}} food ration. The provincial government plans to rebuild
    [[500 houses|housing;p;a=The provincial government]] by the end of March.
    [[Three children|injured;a=police]] were wounded by an unexploded mortar shell in Damadola on
    Saturday, police said. Schools that housed the displaced reopened on Monday after
    {{seven weeks}}.""",
)

item(
    "Police round up Afghans in Peshawar and Quetta",
    """PESHAWAR - Police in Peshawar and Quetta detained
    [[more than 1,700 Afghans|arrested;a=the UN refugee agency]] in raids over the weekend,
    according to figures compiled by the UN refugee agency. In Quetta alone,
    [[821|arrested]] were taken to a holding centre on the city's outskirts.
    {{About a third}} of those held had Afghan Citizen Cards, the agency said. The Khyber
    Pakhtunkhwa home department said
    [[1,245|returned;a=The Khyber Pakhtunkhwa home department]] of those held in the province had
    since been deported through Torkham. The HRCP said
    [[at least 40 children|arrested;a=The HRCP]] were among those detained, some as young as
    {{12}}. Police said [[63 landlords|arrested;a=Police]] had been arrested for renting rooms to
    undocumented Afghans in [[nine districts|other;a=Police]].""",
)

item(
    "Authorities demolish homes in Afghan camp",
    """PESHAWAR - Bulldozers demolished [[about 400 mud houses|housing;a=camp elders]] in the
    Khurasan refugee camp on the outskirts of Peshawar on Thursday, camp elders said. The camp had
    been home to [[some 12,000 Afghans|displaced]] since the {{1980s}}. The provincial government
    says it needs the land for a housing scheme. The camp's [[three schools|housing]] and its
    mosque were also torn down. Provincial officials said
    [[43 refugee camps|capacity;a=Provincial officials]] remain in Khyber Pakhtunkhwa, housing
    [[about 700,000 registered Afghans|displaced;a=Provincial officials]]. Families were given
    {{48 hours}} to leave.
    [[More than 2,000 people|displaced;a=a UNHCR spokesperson in Islamabad]] spent the night in
    the open, a UNHCR spokesperson in Islamabad said.""",
)

item(
    "Last residents leave Bakakhel camp",
    """BANNU -
    [[The last 160 families|returned;a=the Provincial Disaster Management Authority]] living at the
    Bakakhel camp for people displaced by the {{2014}} military operation in North Waziristan left
    for their villages on Thursday, the Provincial Disaster Management Authority said. The camp,
    built for [[2,000 families|capacity]], held
    [[about 3,700|displaced;u=household]] at its peak in {{2015}}. The operation, Zarb-e-Azb,
    uprooted [[nearly a million people|displaced]] from North Waziristan, most of whom sheltered
    with relatives in Bannu, Lakki Marwat and Dera Ismail Khan.
    [[More than 70,000 houses|housing;a=a government survey]] in North Waziristan were damaged or
    destroyed during the operation, according to a government survey carried out in {{2016}}.
    Officials said [[about 9,000 families|displaced;a=Officials]] from the district were still
    living away from home. Each returning family receives {{Rs 35,000}} in cash and food rations
    for {{six months}}.""",
)

item(
    "Displaced Bagan families shelter in Hangu",
    """HANGU - [[About 1,800 families|displaced;a=the PDMA]] from Bagan and nearby villages in
    lower Kurram are living in [[four camps|capacity;a=the PDMA]] in Hangu and Thall, the PDMA
    said on Wednesday. [[More than 300 families|displaced]] are staying with relatives. The camps,
    with space for [[about 1,200 families|capacity]], are overcrowded. The World Food Programme
    said it had distributed rations to
    [[1,500 households|aid;a=The World Food Programme]] in the past week.
    [[Three infants|killed;a=a doctor there]] died of pneumonia in the camp at Thall last week, a
    doctor there told Dawn. Night temperatures in Thall have fallen to {{minus 4C}}.""",
)

item(
    "Aid agencies brace for more returns from Pakistan",
    """KABUL - Aid agencies in Afghanistan expect
    [[up to 1.5 million people|returned;p;a=Aid agencies in Afghanistan]] to come back from
    Pakistan this year. The UN's humanitarian office, OCHA, said
    [[about 580,000 returnees|civilians;p;a=OCHA;alt=The UN's humanitarian office]] would need
    emergency shelter. It plans to build
    [[10,000 transitional shelters|capacity;p;a=OCHA;alt=The UN's humanitarian office]] in
    Nangarhar and Kandahar, at about {{$1,200}} each. At the Omari camp near Torkham,
    [[more than 4,000 people|displaced]] were waiting on Monday for transport to their home
    provinces. The Norwegian Refugee Council says that {{seven in ten}} returnees have no home to
    go back to. The charity says that
    [[about 60,000 returnee families|civilians;a=The charity;alt=The Norwegian Refugee Council]]
    are living in tents.""",
)

item(
    "Stranded at Torkham as border stays shut",
    """TORKHAM - [[Thousands of people|displaced]] were stranded on both sides of the Torkham
    crossing on Sunday, the {{ninth}} day of a closure that followed clashes between Pakistani and
    Afghan forces.
    [[About 5,000 trucks|other;a=the Khyber chamber of commerce]] loaded with goods were waiting
    on the Pakistani side, according to the Khyber chamber of commerce, which puts the traders'
    losses at {{$1.5 million}} a day. [[Some 700 deportees|returned;a=border officials]] were
    allowed to cross on Saturday, border officials said. Pakistani officials said
    [[two civilians|killed;a=Pakistani officials]] had been killed by Afghan fire at the crossing
    on {{October 12}}. A Reuters witness said
    [[300-400 women and children|displaced;n=women and children;a=A Reuters witness]] were sheltering in a mosque in Landi
    Kotal. The crossing is normally used by [[about 10,000 people a day|other]].""",
)

item(
    "Refugee cards extended again",
    """ISLAMABAD - The federal cabinet extended the validity of Proof of Registration cards held by
    Afghan refugees until {{June 30, 2025}}, the {{fourth}} extension since {{2023}}. The cards,
    first issued in {{2007}}, had been due to expire on {{December 31}}. The interior ministry
    said it would review the policy in {{six months}}, and that people found without valid cards
    after the deadline would face deportation under the Foreigners Act of {{1946}}. Pakistan is not
    a party to the {{1951}} Refugee Convention.""",
)

item(
    "Torkham trade falls as closures mount",
    """PESHAWAR - Trade through the Torkham crossing fell {{37 percent}} to {{$1.1 billion}} in the
    fiscal year {{2024-25}}, according to customs data, as repeated closures disrupted the route.
    The crossing, {{55 km}} west of Peshawar, is meant to stay open {{24 hours}} a day, but was shut
    for a total of {{41 days}} during the year. Its terminal, built at a cost of {{Rs 12 billion}},
    opened in {{2021}}. A truck now takes about {{nine hours}} to clear customs, against
    {{three hours}} in {{2019}}, the Sarhad Chamber of Commerce said.""",
)
