"""Returns in East Africa and the Horn: South Sudan, Sudan, Burundi, Ethiopia, Somalia:
14 texts with figures, 2 without."""

from _wrap import item

item(
    "Joda crossing: South Sudanese flee Sudan's war back to a home many never knew",
    """[[More than 1,400 people|returned;a=the International Organization for Migration]] crossed
    from Sudan into South Sudan at Joda on {{Monday}}, the International Organization for
    Migration said, most of them South Sudanese who had lived in Khartoum for years. Since the war
    began in {{April 2023}}, [[about 840,000 people|displaced;a=the UN]] have arrived in South
    Sudan, according to the UN, and {{nearly two-thirds}} of them are returnees rather than
    Sudanese refugees. The transit centre in Renk, built for [[3,000 people|capacity]], held
    [[some 12,000|displaced;a=aid workers]] last week, aid workers said. [[Forty-two
    children|killed;a=Medecins Sans Frontieres]] under {{five}} died of measles and malnutrition
    there in {{two months}}, Medecins Sans Frontieres said. The agency runs boats up the Nile to
    Malakal: [[17 boat trips|other;a=The agency;alt=the International Organization for
    Migration]] carried [[4,900 returnees|returned;a=The agency;alt=the International
    Organization for Migration]] onward in {{March}}, it said.""",
)

item(
    "Malakal: returnees stranded at the river port",
    """[[Thousands of returnees|displaced]] are stranded at the river port in Malakal, waiting for
    transport to Jonglei and Unity states, the UN Mission in South Sudan said on {{Thursday}}. The
    mission said [[about 7,000 people|displaced;a=The mission;alt=the UN Mission in South Sudan]]
    were sleeping in the open near the quay. Fighting between the army and the White Army militia
    in Nasir in {{March 2025}} killed [[at least 60 people|killed;a=local officials]] and forced
    [[more than 50,000|displaced;a=local officials]] to flee, local officials said, cutting off
    the road east. In the Malakal protection site, built in {{2014}} for [[12,000
    people|capacity]], [[some 37,000 people|displaced]] now live. Humanitarian agencies plan to
    fly [[500 of the most vulnerable|returned;a=Humanitarian agencies;p;n=-]] onward to Juba next
    month. The army said it had sent [[about 800 soldiers|combatants;a=The army]] to secure the
    road.""",
)

item(
    "Khartoum's displaced start going home after the army retakes the capital",
    """The International Organization for Migration said [[more than 1 million
    Sudanese|returned;a=The International Organization for Migration]] had returned to their home
    areas by {{mid-2025}}, most of them to Gezira state, Sennar and Khartoum. In Khartoum state
    alone, the agency's displacement tracking counted [[about 390,000
    returnees|returned;a=the agency's displacement tracking]] after the army retook the capital in
    {{March}}. Returnees describe neighbourhoods with no water, looted hospitals and bodies in the
    streets: volunteers in Omdurman said they had buried [[1,160 bodies|killed;a=volunteers in
    Omdurman]] found in homes and courtyards since {{April}}. The state government said
    [[85,000 homes|housing;a=The state government]] had been looted or damaged. [[Nearly 12
    million people|displaced]] remain uprooted inside and outside Sudan. Cholera has sickened
    [[more than 2,000 returnees|other;a=health workers]] in Khartoum state, health workers said.""",
)

item(
    "Burundians board the buses home from Nduta",
    """A convoy of [[28 buses|other]] and [[nine trucks|other]] left Tanzania's Nduta camp on
    {{Thursday}} with [[1,215 Burundian refugees|returned;a=UNHCR]] on board, UNHCR said, the
    largest single movement this year. Under the tripartite agreement of {{2017}}, [[more than
    230,000 Burundians|returned;a=the agency;alt=UNHCR]] have gone home from Tanzania, Rwanda,
    Uganda and DR Congo, the agency said. Each returnee receives a package of household items,
    food for {{three months}} and cash of {{145,000 Burundian francs}} for an adult. Some
    [[130,000|displaced;a=Tanzania's home affairs ministry]] still live in Nduta and Nyarugusu,
    Tanzania's home affairs ministry said, and it wants all of them gone by {{December}}. Rights
    groups say [[dozens of refugees|arrested;a=Rights groups]] were detained in the camps in
    {{2024}} to pressure others to sign up. In Makamba province, [[about 300
    returnees|missing;a=the Burundian Red Cross]] registered for the convoys of {{2019}} could
    not be traced a year later, the Burundian Red Cross said.""",
)

item(
    "Tigray: IDPs go back to Tselemti under a federal plan",
    """[[About 1.1 million people|displaced]] remain displaced in Tigray {{three years}} after the
    Pretoria agreement, and the first organised returns to western Tigray have been slow. The
    Tigray interim administration said [[12,600 IDPs|returned;a=The Tigray interim
    administration]] had been taken home to Tselemti and Tsegede in the {{first phase}}, on
    [[140 trucks|other;a=The Tigray interim administration]]. It plans to move [[another
    80,000|returned;a=The Tigray interim administration;p]] before the rains. Returnees in
    Tselemti told reporters that most of the houses in their villages had been stripped of
    roofs. Amhara militia, the Fano, still hold positions nearby, and the federal army has posted
    [[several hundred soldiers|combatants]] between the two sides. In {{May}}, [[seven
    returnees|killed;a=a local official]] were shot dead near Adi Goshu, a local official said,
    and [[14 others|kidnapped;a=a local official]] were taken.""",
)

item(
    "Gedeo and West Guji: a return that was not voluntary",
    """Ethiopian authorities said in {{May 2019}} that [[more than 800,000
    people|returned;a=Ethiopian authorities]] displaced by ethnic violence between Gedeo and West
    Guji zones had gone home, in a campaign aid agencies called rushed. Aid workers said
    [[100,000-150,000 returnees|displaced;a=Aid workers]] had been displaced again within weeks,
    sleeping in schools and churches near their burned villages. In Kercha district, the zonal
    administration counted [[3,400 houses|housing;a=the zonal administration]] burned during the
    clashes of {{2018}}. Government officials told returnees that food aid would be given only in
    their home kebeles; relief trucks carried [[4,200 tonnes|aid]] of wheat there in {{June}}.
    Human rights groups documented [[at least 21 people|killed;a=Human rights groups]] killed after
    returning, and [[more than 60|injured;a=Human rights groups]] wounded.""",
)

item(
    "Lower Shabelle villages repopulate after al-Shabaab pushed out",
    """[[Some 6,000 families|returned;a=Somalia's disaster management agency]] have returned to
    villages around Awdheegle and Bariire since government forces and allied clan militia drove
    out al-Shabaab, Somalia's disaster management agency said on {{Sunday}}. Many had spent {{five
    years}} in the settlements that ring Mogadishu, where [[more than 500,000
    people|displaced]] live in [[2,400 displacement sites|capacity]]. The government has
    deployed [[about 2,000 troops|combatants;a=officials]] to hold the area, officials said. Mines
    and roadside bombs left by the insurgents killed [[four returnees|killed]] and wounded [[nine
    others|injured]] in the first {{month}}. A Danish Refugee Council programme gave [[1,800
    households|aid]] seeds, tools and {{$90}} a month for
    {{three months}}.""",
)

item(
    "El Geneina: refugees in Chad start trickling back to Darfur",
    """[[About 27,000 Sudanese refugees|returned;a=UNHCR]] have gone back from eastern Chad to West
    Darfur since {{January}}, UNHCR said, despite the agency's warning that conditions are not
    safe. Many are women going home to harvest before returning to the camps at Adre. The Chadian
    government said [[more than 800,000 Sudanese|displaced;a=The Chadian government]] had sought
    refuge since {{April 2023}}, in camps meant for [[250,000|capacity;a=The Chadian
    government]]. Returnees crossing at Adre told reporters that Rapid Support Forces fighters had
    stopped their carts and taken [[dozens of young men|kidnapped;a=Returnees]]. The Darfur Bar
    Association said [[at least 112 returnees|missing;a=The Darfur Bar Association]] had not
    been heard from since they crossed. In El Geneina's Al-Jamarik district, [[2,700
    homes|housing]] were burned in the {{2023}} massacres.""",
)

item(
    "Dadaab: the voluntary return programme to Somalia ends quietly",
    """UNHCR closed its voluntary repatriation programme from Kenya's Dadaab camps on
    {{Friday}}, after [[about 86,000 Somali refugees|returned;a=UNHCR]] had gone home with its
    help since {{December 2014}}. Returnees were driven or flown to Kismayo, Baidoa and Mogadishu
    in [[more than 320 convoys and flights|other;a=the agency;alt=UNHCR;n=convoys and
    flights]], the agency said. Each family received {{$200}} on departure and a further {{$200}}
    a month for {{six months}} on arrival. Dadaab still shelters [[some 380,000
    people|displaced;a=the Kenyan government]], according to the Kenyan government, many of them
    new arrivals from Gedo fleeing drought and fighting. Aid workers in Kismayo said
    [[hundreds of returnee families|displaced;a=Aid workers in Kismayo]] had ended up in the
    city's own displacement camps. Kenyan police arrested [[14 returnees|arrested;a=police]]
    who tried to re-enter the camps without papers, police said. The Kenyan government has set
    aside land for [[up to 100,000
    refugees|capacity]] in a new integrated settlement to replace the
    camps.""",
)

item(
    "South Sudan's return grant: what the policy says",
    """South Sudan's cabinet approved a national framework for returns on {{June 14, 2024}},
    {{13 years}} after independence. It promises returnees a transport allowance and a one-off
    grant of {{$150}} per household, paid in {{two instalments}}. The framework also sets a
    {{90-day}} limit on stays in transit centres and asks donors for {{$86 million}} over {{three
    years}}. Officials said only {{8%}} of that had been pledged by the end of {{2024}}.""",
)

item(
    "Sennar: farmers go home to fields sown with mines",
    """The Sennar state government said [[about 420,000 people|returned;a=The Sennar state
    government]] had gone back to Sinja, Sennar town and the villages along the Blue Nile since
    the Rapid Support Forces were driven out in {{late 2024}}. The UN Mine Action Service said
    [[at least 39 people|killed;a=The UN Mine Action Service]] had been killed and [[71|injured;a=The
    UN Mine Action Service]] wounded by explosive remnants in the state since {{January}}. Its
    teams have cleared [[more than 3,000 items|other]] of ordnance. Sudan's army
    said it had posted [[1,200 soldiers|combatants;a=Sudan's army]] in the villages. The
    Sudanese Red Crescent handed out [[9,500 shelter kits|aid]] to returning families. [[About
    1,900 houses|housing]] in Sinja were destroyed.""",
)

item(
    "Amhara returnees from Afar find schools turned into barracks",
    """Regional officials in North Wollo said [[some 46,000 IDPs|returned;a=Regional officials in
    North Wollo]] had returned from camps in Dessie and Kombolcha after the fighting of {{2021}}
    and {{2022}}. The regional education bureau said [[at least 30 schools|housing;a=The regional education
    bureau]] were damaged, several of them used as barracks by soldiers. A fresh wave of fighting between the Fano militia and federal forces
    in {{2024}} sent [[about 12,000 returnees|displaced;a=the UN humanitarian office]] back into
    displacement, the UN humanitarian office said. Federal police arrested [[at least 80
    young men|arrested;a=residents]] in Woldiya during a curfew, residents said. Aid groups say
    [[hundreds of thousands|civilians;a=Aid groups]] in the zone need food assistance, and that
    [[between 3,000 and 4,000 returnees|displaced;a=Aid groups]] are sheltering in churches.""",
)

item(
    "Uganda: South Sudanese refugees weigh going home from Kiryandongo",
    """Uganda's Office of the Prime Minister said [[about 3,400 South Sudanese|returned;a=Uganda's
    Office of the Prime Minister]] had left its settlements for home in the first half of the
    year, far fewer than the [[more than 60,000 new arrivals|displaced;a=Uganda's Office of the
    Prime Minister]] who crossed into Uganda over the same period. Those who go back to Central
    Equatoria often come again: in Yei, community leaders said [[12 returnees|kidnapped;a=community
    leaders]] had been abducted by gunmen on the Morobo road in {{April}}, and [[two|killed;a=community
    leaders]] were later found dead. "We returned to cultivate, but we sleep in the bush," said
    Moses Lado, {{61}}. The World Food Programme has cut rations in the settlements to {{40%}} of a
    full basket, and said it was feeding [[1.4 million refugees|aid;a=The World Food Programme]]
    in Uganda. [[Roughly 20,000 refugees|returned;a=UNHCR;p]] could go home to South Sudan next
    year, UNHCR projects, if the peace deal holds.""",
)

item(
    "Jonglei returnees register at Bor as floods recede",
    """Local authorities in Bor said on {{Tuesday}} that [[3,816 households|returned;a=Local
    authorities in Bor;p]] had registered to return to their villages in Twic East and Duk now that
    flood waters have gone down. Some had been living on the Bor-Juba road embankment since
    {{2020}}. Authorities said [[about 150 people|missing;a=Authorities]] from the same counties
    were still unaccounted for after the cattle raids of {{last year}}, which killed [[at least
    230|killed;a=Authorities]]. The county commissioner said the government would send [[500 police
    officers|combatants;a=The county commissioner;p]] to escort the returns. The International
    Organization for Migration has prepositioned [[6,000 plastic sheets|aid]] and [[2,500 jerrycans|aid]]
    at Panyagor.""",
)

item(
    "Shire's school camps empty as Tigrayans head west",
    """Buses left the Shire school compounds on {{Wednesday}} with [[about 2,300 displaced
    Tigrayans|returned;a=the zonal administration]] bound for Tahtay Adiyabo, the zonal
    administration said. Shire's [[62 schools|capacity;a=local officials]] have sheltered families
    since {{2020}}, and [[more than 45,000 children|civilians;a=local officials]] have been out of
    class as a result, local officials said. In Adi Daero, a grenade thrown into a returnee
    reception centre injured [[17 people|injured;a=hospital staff]], hospital staff said, and
    police detained [[three suspects|arrested;a=police]], police said. "I was away {{four years}}
    and my house has no door," said Letay Gebru, {{67}}. The Ethiopian Red Cross Society said it
    would give [[5,000 returning households|aid;a=The Ethiopian Red Cross Society;p]] blankets and
    kitchen sets.""",
)

item(
    "Tanzania and Burundi set new dates for repatriation talks",
    """Burundi and Tanzania will hold the {{24th}} meeting of the tripartite commission on
    refugees in Kigoma on {{March 11}} and {{12}}, the ministries said. The last meeting, in
    {{August 2025}}, agreed to speed up returns before the {{2027}} census. Burundi's budget for
    {{2026}} sets aside {{12 billion francs}} for reintegration, up {{15%}} on the year.""",
)
