"""dev313 items: drought and hunger, food aid and its diversion, Eritrean, Sudanese, South Sudanese
and Somali refugees in Ethiopia, and Ethiopians sent home."""

from _wrap import item

item(
    "WFP pauses food aid to Tigray over diversion",
    """The World Food Programme has suspended food deliveries to Tigray after finding that aid was
    being diverted, the agency said on {{Wednesday}}, a week after USAID announced a similar pause.
    A USAID investigation found that [[more than 7,000 tonnes|aid;a=A USAID investigation]] of
    donated wheat had been sold in markets in [[63 towns|other;a=A USAID investigation]], enough to
    feed [[134,000 people|aid;a=A USAID investigation;p]] for a month. The WFP had been reaching
    [[about 3.2 million people|aid]] in Tigray before the pause. The agency said
    [[some 20 million people|civilians;a=The agency;alt=The World Food Programme]] across Ethiopia
    need food assistance. Tigray's interim president, Getachew Reda, said
    [[seven officials|arrested;a=Getachew Reda]] had been detained and that the region would
    cooperate with the inquiry. The federal government called the findings "politically
    motivated". Aid workers said [[about 160 trucks|aid;a=Aid workers]] loaded with food were left
    parked in Semera and Kombolcha. Refugee camps were also hit: the agency said
    [[around 880,000 refugees|aid;a=the agency;alt=The World Food Programme]] across the country
    would go without rations in {{June}}.""",
)

item(
    "WFP resumes food distributions in Ethiopia with new controls",
    """The World Food Programme resumed food distributions in Ethiopia on {{Tuesday}}, {{five months}}
    after it stopped them over the theft of aid. The agency said it would reach
    [[3.2 million people|aid;a=The agency;alt=The World Food Programme;p]] in Tigray, Amhara and Afar
    by the end of the year, using biometric registration and tracking devices on its trucks. The
    first round reached [[about 600,000 people|aid]] in Central Tigray. The WFP said it had
    registered [[1.4 million households|aid;a=The WFP]] and that
    [[roughly 400 trucks|aid;a=The WFP]] were moving food from Djibouti each week. The agency said
    [[at least 20 staff members|other;a=The agency;alt=The World Food Programme]] of partner
    organisations had been dismissed. Tigray's health bureau said
    [[more than 1,400 people|killed;a=Tigray's health bureau]] had died of hunger during the pause,
    a figure the federal government disputed. The agency's country director said
    [[between 4 and 5 million people|civilians;a=The agency's country director]] in the north still
    faced acute hunger.""",
)

item(
    "Eritrean refugee camps in Tigray destroyed, satellite images show",
    """Satellite images show that the Hitsats and Shimelba camps for Eritrean refugees in Tigray
    have been largely destroyed, researchers said on {{Thursday}}, confirming fears about
    [[about 20,000 refugees|missing;a=the UN refugee agency]] the UN refugee agency has been unable
    to account for. The images show [[more than 400 structures|housing;a=The images]] burned or
    flattened in Hitsats alone. Before the war, the camps held
    [[about 26,000 refugees|displaced]]. UNHCR said
    [[7,643 refugees|displaced;a=UNHCR]] had reached Mai Aini and Adi Harush, the remaining
    camps, and that [[hundreds more|displaced;a=UNHCR;n=-]] were believed to be in Shire and
    Mekelle. Refugees who reached Mai Aini said Eritrean soldiers had taken
    [[dozens of refugees|kidnapped;a=Refugees who reached Mai Aini]] back across the border by
    force. Refugees also said [[at least 24 refugees|killed;a=Refugees]] had been killed in
    Hitsats in {{January}}. UNHCR's chief Filippo Grandi said he was "very alarmed".""",
)

item(
    "Eritrean refugees relocated to Alemwach as Fano clashes near",
    """[[Some 22,000 Eritrean refugees|displaced;a=Ethiopia's Refugees and Returnees Service]] are
    living at Alemwach, a site near Dabat in the Amhara region, Ethiopia's Refugees and Returnees
    Service said, most of them moved there after the camps in Tigray were destroyed. The site was
    built for [[25,000 people|capacity]]. UNHCR said fighting between Fano and the army in
    {{August}} had forced [[about 1,000 refugees|displaced;a=UNHCR]] to flee the site for Gondar,
    and that [[two refugees|killed;a=UNHCR]] were killed by stray bullets. The agency said
    [[at least 11 refugees|kidnapped;a=The agency;alt=UNHCR]] had been abducted on the road and held
    for ransom. Food rations for the site were cut to {{60%}} in {{2023}}. The agency said it had
    built [[1,600 shelters|housing;a=The agency;alt=UNHCR]] and
    [[300 latrines|aid;a=The agency;alt=UNHCR]] at the site and planned
    [[another 900 shelters|housing;a=The agency;alt=UNHCR;p]] by the end of the year.""",
)

item(
    "Eritrean refugees rounded up in Addis Ababa",
    """Police in Addis Ababa have detained [[more than 200 Eritrean refugees|arrested;a=Human Rights Watch]]
    in house-to-house searches over the past month, Human Rights Watch said on {{Monday}}. The group
    said [[at least 60|returned;a=The group;alt=Human Rights Watch]] of them had been deported to
    Eritrea, where they face conscription and prison. Relatives said
    [[dozens of detainees|arrested;a=Relatives]] were being held in a police station in the
    Kolfe district, in cells built for [[about 50 people|capacity;a=Relatives]]. UNHCR said there
    were [[about 160,000 Eritrean refugees|displaced;a=UNHCR]] in Ethiopia and called on the
    government to respect the principle of non-refoulement. The immigration service said it had
    deported [[43 people|returned;a=The immigration service]], all of them undocumented migrants
    rather than refugees.""",
)

item(
    "Sudanese refugees and returning Ethiopians cross at Metema",
    """[[More than 30,000 people|displaced;a=the International Organization for Migration]] have
    crossed from Sudan into Ethiopia at Metema since fighting broke out in Khartoum in {{April}},
    the International Organization for Migration said. Among them are
    [[over 4,000 Ethiopians|returned]] returning home
    and [[about 9,000 Sudanese|displaced]], the rest
    being Eritreans, South Sudanese and other foreign nationals. The agency said
    [[up to 1,000 people a day|displaced;a=The agency;alt=the International Organization for Migration]]
    were arriving at the peak. UNHCR moved Sudanese refugees to sites at Kumer and Awlala in the
    Amhara region, but in {{May 2024}} it said [[about 8,000 refugees|displaced;a=UNHCR]] had left
    Kumer on foot after repeated attacks by gunmen. Refugees said
    [[at least two refugees|killed;a=Refugees]] had been shot and [[six|kidnapped;a=Refugees]]
    abducted on the road. UNHCR said it planned to move
    [[the remaining 3,000 refugees|displaced;a=UNHCR;p]] to Aftit, a new site built for
    [[10,000|capacity;a=UNHCR]].""",
)

item(
    "Ethiopia's aid appeal seeks help for 15.5 million people",
    """The UN and the Ethiopian government appealed for {{$2 billion}} on {{Monday}} to help
    [[10.3 million people|aid;a=The UN and the Ethiopian government;p]] this year, out of
    [[15.5 million|civilians;a=The UN and the Ethiopian government]] they say need humanitarian
    assistance. The plan counts [[3.3 million internally displaced people|displaced;a=The plan]]
    across the country, {{more than half}} of them in Tigray,
    Amhara and Afar, and [[1.1 million refugees|displaced;a=The plan]]. OCHA said
    [[about 4.4 million people|civilians;a=OCHA]] faced severe water shortages and that
    [[more than 2,000 health facilities|housing;a=OCHA]] had been damaged by conflict since
    {{2020}}. Last year's appeal was only {{35%}} funded. The humanitarian coordinator, Ramiz
    Alakbarov, said [[around 1.8 million children|civilians;a=Ramiz Alakbarov]] under {{five}} were
    acutely malnourished. Donors have cut funding by about {{40%}} in {{2025}}.""",
)

item(
    "UN warns of famine in Tigray",
    """[[More than 350,000 people|civilians;a=a UN-backed analysis]] in Tigray are living in
    famine conditions, a UN-backed analysis said on {{Thursday}}, the highest number anywhere in the
    world since Somalia in {{2011}}. The Integrated Food Security Phase Classification said
    [[5.5 million people|civilians;a=The Integrated Food Security Phase Classification]] in
    Tigray and neighbouring zones of Amhara and Afar faced high levels of acute food insecurity.
    The UN's aid chief, Mark Lowcock, told the Security Council that
    [[about 33,000 children|civilians;a=Mark Lowcock]] in inaccessible areas were at risk of death.
    The Ethiopian government rejected the analysis and said it had delivered food to
    [[4.2 million people|aid;a=The Ethiopian government]] in the region. Aid agencies said only
    [[12 trucks|aid;a=Aid agencies]] had been allowed through in the past week.
    The World Food Programme said it needed [[at least 100 trucks a day|aid;a=The World Food Programme;p]]
    to avert mass deaths, and aimed to reach [[2.1 million people|aid;a=The World Food Programme;p]]
    in the coming weeks. Médecins Sans Frontières said
    only {{13%}} of the health facilities it visited were working.""",
)

item(
    "Clashes in Gambella strain camps for South Sudanese refugees",
    """Ethnic clashes in Ethiopia's Gambella region have killed
    [[at least 18 people|killed;a=regional police]] and wounded [[about 30|injured;a=regional police]]
    in and around the Nguenyyiel refugee camp, regional police said on {{Sunday}}. The camp hosts
    [[over 110,000 South Sudanese refugees|displaced;a=UNHCR]], UNHCR said, making it the largest
    in the country. The agency said [[some 5,000 refugees|displaced;a=The agency;alt=UNHCR]] had
    fled to nearby Jewi camp and that [[about 250 shelters|housing;a=The agency;alt=UNHCR]] had
    been burned. Police said they had detained [[21 people|arrested;a=Police]] over the violence.
    Gambella hosts [[about 390,000 refugees|displaced;a=the agency;alt=UNHCR]] in
    [[seven camps|capacity;a=the agency;alt=UNHCR]], the agency said. Aid workers said
    [[three refugees|missing;a=Aid workers]] had not been seen since the attack. Residents of
    Gambella town said a curfew from {{6pm}} had been imposed for {{two weeks}}.""",
)

item(
    "Tigrayan refugees begin coming home from Sudan",
    """[[About 1,700 Tigrayan refugees|returned;a=the Tigray interim administration]] returned
    from eastern Sudan through Humera and Metema in {{December}}, the Tigray interim administration
    said, the first sizeable returns since the war in Sudan began. Officials said
    [[between 40,000 and 45,000 Tigrayans|displaced;a=Officials]] were still in Sudan's Gedaref
    and Kassala states. The International Organization for Migration said it had transported
    [[1,250 returnees|returned;a=The International Organization for Migration]] on
    [[31 buses|aid;a=The International Organization for Migration]] from the border to Shire and
    Mekelle. Returnees are housed in [[two reception centres|capacity]] in Shire before going
    home. The agency said [[nearly 300 of them|returned;a=The agency;alt=The International Organization for Migration;n=-]]
    were unaccompanied children. Relatives said they were still searching for
    [[at least 75 refugees|missing;a=Relatives]] who had left Sudan's Um Rakuba camp in {{2023}} and
    never arrived. UNHCR said it expected [[up to 10,000|returned;a=UNHCR;p]] more returns in
    {{2025}}.""",
)

item(
    "Hunger returns to Tigray's southern highlands as drought bites",
    """[[At least 351 people|killed;a=Tigray's disaster risk management commission]] have died of
    hunger in southern and eastern Tigray since {{July}}, Tigray's disaster risk management
    commission said, as drought followed the war. The commission said
    [[more than 2 million people|civilians;a=The commission;alt=Tigray's disaster risk management commission]]
    were affected, and [[about 90,000 cattle|other;a=The commission;alt=Tigray's disaster risk management commission]]
    had died. In Ofla district, farmers said their harvest had failed for the {{second}} year.
    Local health workers said [[about 1,200 children|civilians;a=Local health workers]] were
    being treated for malnutrition at [[15 stabilisation centres|other;a=Local health workers]]. Families
    have left for towns: [[some 4,000 households|displaced;a=district officials]] have moved to
    Korem and Alamata, district officials said. The federal disaster agency said it had sent
    [[185 trucks|aid;a=The federal disaster agency]] of wheat and oil, enough for
    {{one month}}.""",
)

item(
    "Ration cuts hit Somali refugees in Dolo Ado camps",
    """Refugees in the {{five}} camps around Dolo Ado in Ethiopia's Somali region now receive
    {{60%}} of a full food ration after the World Food Programme cut supplies for lack of funds.
    The agency said the cuts affected [[about 200,000 Somali refugees|aid;a=The agency;alt=the World Food Programme]],
    and that it would be forced to cut rations further for
    [[all 1 million refugees|aid;a=The agency;alt=the World Food Programme;p]] it supports in Ethiopia if
    new money did not arrive by {{August}}. Doctors at the Melkadida camp clinic said admissions
    for malnutrition had doubled, with [[about 80 children|civilians;a=Doctors at the Melkadida camp clinic]]
    admitted a week. Camp leaders said [[dozens of families|returned;a=Camp leaders]] had gone back
    to Somalia's Gedo region despite the fighting there. UNHCR said
    [[some 4,000 refugees|returned;a=UNHCR]] had returned to Somalia with its help this year and
    that [[1,300 new arrivals|displaced;a=UNHCR]] had registered in the same period.""",
)

item(
    "Afar's Eritrean refugees short of water as heat rises",
    """The [[two camps|capacity;a=aid workers]] for Eritrean Afar refugees at Aysaita and Barahle
    are running short of water, aid workers said, with temperatures above {{45C}}. UNHCR
    said the camps hold [[about 55,000 refugees|displaced;a=UNHCR]], and that
    [[another 3,200|displaced;a=UNHCR]] had arrived from Eritrea since {{January}}, many of them
    young men fleeing indefinite military service. The agency said its partners were trucking
    water from [[four boreholes|aid;a=The agency;alt=UNHCR]] and that
    [[12 water trucks|aid;a=The agency;alt=UNHCR;p]] were needed, against
    [[five|aid;a=The agency;alt=UNHCR;u=other]] in service. Health workers said
    [[at least nine refugees|killed;a=Health workers]] had died of heatstroke and diarrhoea in
    {{May}}. The Afar regional government said [[more than 60,000 residents|civilians;a=The Afar regional government]]
    of the host districts also needed water. Refugees said [[14 young men|missing;a=Refugees]]
    who had set out for Djibouti in {{March}} had not been heard from.""",
)

item(
    "Ethiopia's birr loses a third of its value after float",
    """Ethiopia's birr fell by about {{30%}} against the dollar on {{July 29}} after the central bank
    let the currency float, a condition of a {{$3.4 billion}} loan from the International Monetary
    Fund. The official rate moved from {{57}} to {{74}} birr to the dollar within a day, and
    reached {{120}} by the end of the year. Inflation, which stood at {{23%}} in {{2024}}, eased
    to {{14%}} a year later, the statistics service said. Fuel prices rose by {{12%}} overnight.
    The government said it would raise civil servants' salaries from {{September}}, the start of
    {{2017}} in the Ethiopian calendar.""",
)

item(
    "Ethiopians mark Enkutatash, the new year, in a time of war",
    """Ethiopians celebrated Enkutatash on {{September 11}}, welcoming the year {{2016}} in the
    Ethiopian calendar, which runs about {{seven years}} and {{eight months}} behind the Gregorian
    one. Prime Minister Abiy Ahmed called for peace in a televised address, his {{sixth}} as
    leader. In Addis Ababa, a sheep cost up to {{15,000 birr}}, up {{50%}} on last year. The
    calendar has {{13}} months: {{12}} of {{30 days}} and Pagume, of {{five}} or {{six}} days. Many
    families in Amhara spent the holiday under curfew from {{6pm}}.""",
)
