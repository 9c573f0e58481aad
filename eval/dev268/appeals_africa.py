"""Sudan, Chad, South Sudan's border, the DRC and the Sahel: appeals, needs overviews and the
counts around them."""

from _wrap import item

item(
    "Sudan appeal asks $4.2bn as world's largest displacement crisis deepens",
    """The United Nations appealed on {{6 December}} for {{$4.2 billion}} to help [[20.9 million
    people|aid;p]] in Sudan in {{2025}}, out of [[30.4 million|civilians;a=The United Nations]] it
    says need assistance. [[More than 11.5 million people|displaced;a=the International Organization
    for Migration]] are displaced inside the country, according to the International Organization
    for Migration, and [[another 3.2 million|displaced;a=the International Organization for
    Migration]] have fled across its borders. Hunger monitors say [[24.6 million people|civilians;a=Hunger
    monitors]] face acute food insecurity, with famine confirmed in [[at least five areas|other;u=other;a=Hunger
    monitors]], including Zamzam camp. UNICEF says [[about 17 million children|civilians;a=UNICEF]]
    are out of school, one of the worst education crises in the world. A separate {{$1.8 billion}}
    plan covers refugees and host communities in neighbouring countries.""",
)

item(
    "Zamzam assault drives hundreds of thousands toward Tawila",
    """The Rapid Support Forces' assault on Zamzam camp in {{April}} killed [[more than 400
    people|killed;a=the UN]], the UN said, citing local sources, among them [[nine Relief
    International staff|killed;a=the UN]] running a clinic. [[Up to 400,000 people|displaced;a=the
    IOM]] fled the camp, the IOM estimated, most of them to Tawila, {{about 60 kilometres}} to the
    west. Tawila now hosts [[more than 650,000 displaced people|displaced;a=local authorities]],
    local authorities say. MSF said its teams treated [[142 wounded|injured;a=MSF]] in the first
    {{48 hours}}. Women arriving in Tawila told aid workers that [[dozens of women and
    girls|kidnapped;n=women and girls;a=Women arriving in Tawila]] had been abducted on the road, and
    [[hundreds of people|missing]] are still unaccounted for. Aid agencies plan to set up [[10,000
    emergency shelters|capacity;p;a=Aid agencies]] and [[1,500 latrines|aid;p;a=Aid agencies]] in
    Tawila before the rains.""",
)

item(
    "Cholera spreads through Sudan's displacement camps",
    """Sudan's health ministry has recorded [[more than 100,000 cholera cases|other;a=Sudan's health
    ministry]] and [[2,470 deaths|killed;a=Sudan's health ministry]] since the outbreak was declared
    in {{August 2024}}. The disease has reached [[12 states|other;u=other]]. MSF said its teams in
    Tawila had treated [[more than 2,300 cases|other;a=MSF]] in {{two weeks}}. The World Health
    Organization has shipped [[1.4 million vaccine doses|aid]], and the campaign aims to vaccinate
    [[2.9 million people|aid;p]] in Darfur and Kordofan. Water partners have installed [[300
    emergency latrines|aid]] and [[45 chlorination points|aid;u=other]] in the camps around Tawila.
    Each person there receives {{less than 8 litres}} of water a day, against an emergency standard
    of {{15 litres}}.""",
)

item(
    "Returns to Khartoum rise as army retakes capital",
    """[[More than 1 million people|returned;a=the International Organization for Migration]] have
    gone back to their areas of origin in Sudan since late {{2024}}, the International Organization
    for Migration says, most of them to Gezira, Sennar and Khartoum states. From Egypt, [[about
    200,000 Sudanese refugees|returned;a=UNHCR]] have gone home this year, according to UNHCR.
    Returnees face wrecked services: in Khartoum, [[an estimated 150,000 homes|housing]] were
    damaged, and [[only about 40 hospitals|other;u=structure]] are functioning. UN-Habitat plans to
    repair [[5,000 homes|housing;p;a=UN-Habitat]] in the capital by the end of {{2026}}. Unexploded
    ordnance has killed [[at least 16 returnees|killed;a=the UN Mine Action Service]] since {{March}},
    the UN Mine Action Service says. At the peak, [[10,000 to 15,000 people a
    day|returned]] crossed back from Egypt at Argeen.""",
)

item(
    "Volunteers detained and abducted as Sudan's war grinds on",
    """[[At least 120 aid workers|killed;a=the Aid Worker Security Database]] have been killed in
    Sudan since {{April 2023}}, according to the Aid Worker Security Database, most of them Sudanese
    volunteers. Emergency Response Rooms, the volunteer networks that run communal kitchens, say
    [[more than 50 of their members|arrested;a=Emergency Response Rooms]] have been detained by army
    intelligence and [[a further 30|kidnapped;a=Emergency Response Rooms]] abducted by the RSF.
    [[Two|missing]] are still missing. The kitchens feed [[roughly 2 million people a day|aid]]
    across the country. [[Three WFP truck drivers|killed;a=WFP]] were killed when a convoy was
    attacked in North Darfur in {{June}}, WFP said. [[Fifteen trucks|other]] carrying sorghum and
    lentils were burned.""",
)

item(
    "Congo appeal seeks $2.5bn as M23 advance uproots millions",
    """Humanitarian agencies on {{27 February}} launched a {{$2.54 billion}} response plan for the
    Democratic Republic of the Congo, saying [[21.2 million people|civilians;a=Humanitarian agencies]]
    need aid this year. The plan targets [[11 million|aid;p]] of them. [[About 7.8 million
    people|displaced;a=the IOM]] are internally displaced, the highest number ever recorded in the
    country, the IOM says. The capture of Goma and Bukavu by the {{M23}} rebels, backed by [[an
    estimated 4,000 Rwandan troops|combatants;a=UN experts]] according to UN experts, forced
    [[hundreds of thousands of people|returned]] to leave the camps around Goma and head back to
    their villages. MONUSCO, which still has [[about 11,000 troops|combatants]] in the east, has
    slowed its withdrawal. In Goma, [[about 35,000 households|aid;a=the World Food Programme]]
    received food vouchers in {{March}}, the World Food Programme said.""",
)

item(
    "Goma morgues overwhelmed after M23 takeover, UN says",
    """[[At least 2,900 bodies|killed;a=the UN]] have been recovered from the streets of Goma since
    the city fell in late {{January}}, the UN said. Hospitals treated [[more than 2,800 wounded
    people|injured;a=the International Committee of the Red Cross]], the International Committee of
    the Red Cross said. [[More than 1,000 people|missing;a=the ICRC]] have been reported missing by
    their families, the ICRC said, and its tracing teams are working from offices in North
    and South Kivu. [[Some 4,000 prisoners|other]] escaped from Munzenze prison during the fighting.
    Before the offensive, [[some 650,000 displaced people|displaced]] lived in [[about 70
    sites|capacity]] around the city.""",
)

item(
    "Militia attack on Ituri camp kills dozens, UN agencies say",
    """An attack by CODECO militiamen on the Plaine Savo displacement site in Djugu territory killed
    [[at least 60 people|killed;a=UN agencies]], UN agencies said, [[24 children|killed;a=UN
    agencies]] among them. Survivors said [[dozens of people|kidnapped;a=Survivors]] were abducted
    and [[more than 1,200 shelters|housing;a=Survivors]] were burned. [[About 25,000
    people|displaced]] who lived at the site have fled toward Bunia, where [[fewer than 3,000
    emergency shelters|capacity]] are available. Hospital staff in Bunia said they were treating [[between 40 and 50
    wounded|injured;a=Hospital staff in Bunia]]. UNHCR plans to distribute [[6,000 shelter
    kits|aid;p;a=UNHCR]] in the coming weeks. The attack was the deadliest on a displacement site in
    Ituri since {{February 2022}}.""",
)

item(
    "Cholera and measles strain eastern Congo's camps",
    """Health authorities in North Kivu recorded [[more than 22,000 suspected cholera cases|other;a=Health
    authorities in North Kivu]] last year, most of them in the displacement camps around Goma.
    Measles killed [[more than 1,400 children|killed;a=the World Health Organization]] across the
    country in the same period, the World Health Organization said. Cholera deaths in the province
    reached [[171|killed]]. UNICEF says [[about 1.6 million children|civilians;a=UNICEF]] in the
    east have had their schooling disrupted, and [[more than 2,100 schools|other]] have closed
    because of the fighting. The health cluster aims to vaccinate [[1.2 million children|aid;p;a=The
    health cluster]] against measles before the end of {{June}}.""",
)

item(
    "Burkina Faso's blockaded towns top Sahel needs list",
    """[[More than 2 million people|displaced;a=the national emergency agency CONASUR]] are internally
    displaced in Burkina Faso, according to the national emergency agency CONASUR, whose last count
    was published in {{March 2023}}. [[About 1 million people|civilians;a=aid agencies]] live in
    [[some 40 towns|other;u=other;a=aid agencies]] under blockade by armed groups, aid agencies
    estimate. [[More than 5,300 schools|other;a=the education cluster]] are closed because of
    insecurity, affecting [[nearly 1 million children|civilians;a=the education cluster]], the
    education cluster said. Helicopters remain the only way into Djibo, where the World Food
    Programme delivered [[about 1,200 tonnes|aid]] of food last year. Humanitarian workers say [[1,500 to 2,000
    families|displaced;a=Humanitarian workers]] reach Kaya each month. The response plan seeks to
    assist [[3.1 million people|aid;p]] this year.""",
)

item(
    "Kidnappings of aid staff rise in central Sahel",
    """[[At least 14 aid workers|kidnapped;a=the International NGO Safety Organisation]] were abducted
    in Mali, Burkina Faso and Niger in {{2024}}, according to the International NGO Safety
    Organisation, up from [[nine|kidnapped;a=the International NGO Safety Organisation]] the year
    before. [[Five|kidnapped]] are still being held. In Mali, [[more than 330,000
    people|displaced;a=UNICEF]] are displaced and [[about 1,700 schools|other;a=UNICEF]] remain closed,
    UNICEF said. Armed groups killed [[at least 3,000 civilians|killed;a=ACLED]] across the central
    Sahel last year, according to ACLED, the conflict data project. In Niger, [[4.5 million
    people|civilians]] need assistance, and the plan for the country was less than {{a third}} funded
    by {{October}}.""",
)

item(
    "Eastern Chad camps swell past capacity with Sudanese refugees",
    """Chad now hosts [[more than 1.2 million refugees|displaced;a=UNHCR]], UNHCR says, [[about
    800,000|displaced;a=UNHCR]] of them Sudanese who arrived since {{April 2023}}. [[Some 200,000 new
    arrivals|displaced]] are still waiting in makeshift settlements at Adré for transfer to camps. The
    agency has opened [[six new camps|capacity]] since last year and plans to build [[15,000 family
    shelters|capacity;p;a=The agency;alt=UNHCR]]. WFP said it would have to suspend rations for
    [[about 540,000 refugees|aid;p;a=WFP]] next month without new funds. New arrivals continue at [[between 500 and 1,000 people a
    day|displaced;a=the agency;alt=UNHCR]], the agency said. [[Some 25,000 households|aid]] in the
    camps receive cash instead of food. Water supply in Adré averages {{less than 8 litres}} per person per day.""",
)

item(
    "Kasai returnees find villages razed and homes gone",
    """The uprising of the Kamuina Nsapu militia and the army's response in {{2016}} and {{2017}}
    destroyed [[more than 650 villages|other;a=the UN]] in the Kasai region, according to the UN. The
    Catholic Church says [[3,383 people|killed;a=The Catholic Church]] were killed. [[About 1.4
    million people|returned;a=OCHA]] have since gone back to their villages, OCHA says. Many found
    nothing standing, and [[about 5,000 families|civilians]] still lack any shelter. Their numbers
    grew when Angola expelled [[more than 330,000 Congolese|returned;a=the UN]] in {{October 2018}},
    the UN said. Partners plan to build [[2,500 transitional shelters|capacity;p;a=Partners]] this
    year, {{half}} of what the shelter cluster says is required.""",
)

item(
    "Mali's north braces for more displacement after MINUSMA exit",
    """The withdrawal of [[more than 12,000 MINUSMA peacekeepers|combatants]] ended in {{December
    2023}}, after {{a decade}} in the country. Western officials estimate [[about 1,500 Russian
    fighters|combatants;a=Western officials]] are deployed alongside the Malian army. Fighting around
    Kidal has displaced [[tens of thousands of people|displaced;a=OCHA]], OCHA says. In Ménaka,
    [[more than 40,000 displaced people|displaced]] are sheltering in [[17 sites|capacity]] around the
    town. Across Mali, [[7.1 million people|civilians;a=the UN]] need aid this year, the UN estimates,
    and the {{$701 million}} plan was {{22 per cent}} funded by {{September}}.""",
)

item(
    "South Sudanese flee home from Sudan's war into a crowded border town",
    """[[More than 1 million people|displaced;a=UNHCR]] have crossed from Sudan into South Sudan since
    the war began, UNHCR said, {{around 70 per cent}} of them South Sudanese. The transit centre in
    Renk, built for [[3,000 people|capacity]], held [[more than 12,000|displaced]] at its peak. [[Up to 2,000 people a day|displaced]] crossed at Joda at the height of the
    influx. IOM said it had moved [[over 200,000 people|displaced;a=IOM]] onward by boat and truck to Malakal and
    Juba. [[About 720,000 South Sudanese returnees|returned;a=the government]] have registered so
    far, the government says. Cholera broke out in Renk in {{February}}, with [[more than 1,500
    cases|other]] recorded by {{mid-March}}.""",
)

item(
    "CERF releases emergency funds for Sudan's neighbours",
    """The UN's Central Emergency Response Fund released {{$25 million}} on {{13 May}} for the
    response to the Sudan crisis in Chad, South Sudan and the Central African Republic. The money
    comes on top of {{$20 million}} allocated in {{December}}. Emergency relief coordinator Tom
    Fletcher said the regional refugee plan was {{17 per cent}} funded {{five months}} into the year.
    The fund's reserve has fallen below {{$300 million}} for the {{first}} time since {{2016}},
    according to its annual report. Donors are due to meet in London on {{15 April}} to mark {{two
    years}} of the war.""",
)

item(
    "Congo pooled fund shifts money toward front-line NGOs",
    """The Democratic Republic of the Congo Humanitarian Fund allocated {{$62 million}} in {{2024}},
    {{35 per cent}} of it directly to national organisations, its annual report shows. That was the
    highest share since the fund was created in {{2006}}. The {{2025}} plan for the country had
    received {{$410 million}} by {{1 July}}, or {{16 per cent}} of requirements. OCHA ranked the
    country {{third}} among the most underfunded crises of the year. A donor conference in Kinshasa
    is planned for {{October}}, with pledges due by {{30 September}}.""",
)
