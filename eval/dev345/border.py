"""Items of dev345: the border, Adré and the crossings, arrivals from West Darfur and North
Darfur, 2023-2026."""

from _wrap import item

item(
    "Wounded pour into Adré as Geneina empties",
    """Aid workers in the Chadian border town of Adré said on {{16 June 2023}} that they had
    received [[more than 800 wounded people|injured;a=Aid workers]] in {{48 hours}}, most of
    them with gunshot wounds sustained as they fled El Geneina. Médecins Sans Frontières said
    its surgical team at the district hospital had carried out [[62
    operations|other;u=other;a=Médecins Sans Frontières]] since Thursday. UNHCR said [[about
    6,000 refugees|displaced;a=UNHCR]] had crossed in the previous {{three days}} alone,
    bringing arrivals since mid-April to [[an estimated 149,000|displaced;a=UNHCR]]. A
    teacher, {{aged 42}}, said [[11 members of his family|killed;a=A teacher;n=members]] had
    been shot in their compound. The hospital, which has room for [[60 patients|other]], was
    treating [[more than 300|injured]] at once, many of them on mats in the courtyard.""",
)

item(
    "UNHCR: refugee arrivals in Chad pass 420,000",
    """[[More than 420,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into eastern
    Chad since fighting broke out in Khartoum, UNHCR said on {{29 September 2023}}, adding
    that {{86%}} of them are women and children. It also counted [[some 37,000 Chadian
    returnees|returned;a=UNHCR]] who had been living in Darfur for decades. The agency has so
    far moved [[roughly 140,000 people|displaced;a=UNHCR]] from the border to camps further
    inland, but [[at least 180,000|displaced;a=UNHCR]] are still living in makeshift sites
    around Adré, it said. Chad's government has allotted land for [[three new
    camps|capacity;p]], each meant to shelter [[up to 50,000 refugees|capacity;p]]. In the
    largest site, [[fewer than 400 latrines|aid]] serve a population that a UNHCR water
    engineer put at [[more than 150,000|displaced;a=a UNHCR water engineer]].""",
)

item(
    "After Ardamata, a new wave reaches Adré",
    """[[Nearly 7,000 people|displaced;a=UNHCR]] crossed from West Darfur into Chad in the
    week to {{10 November 2023}}, UNHCR said, most of them from Ardamata, where survivors
    describe a {{two-day}} killing spree after the army garrison fell. The agency said
    partners had documented [[at least 800 people|killed;a=The agency]] killed in the
    district. MSF said it had treated [[more than 140 wounded|injured;a=MSF]] at Adré hospital
    that week, [[31 of them|injured;a=MSF;n=-]] children. Refugees said [[dozens of
    men|kidnapped;a=Refugees]] had been taken away by fighters at checkpoints and not seen
    since, while [[about 200 others|missing;a=the Chadian Red Cross]] are listed as missing by
    the Chadian Red Cross, which runs a tracing desk at the crossing. Women and children made
    up {{nine in ten}} arrivals.""",
)

item(
    "Adré crossing reopens for aid convoys",
    """Sudan's army-aligned authorities agreed on {{15 August 2024}} to reopen the Adré
    crossing for {{three months}}, and the first convoy of [[15 trucks|aid]] carrying food,
    medicine and shelter materials rolled into West Darfur {{five days}} later. The UN's
    humanitarian office, OCHA, said [[131 trucks|aid;a=OCHA]] had crossed by mid-September,
    enough food for [[some 375,000 people|aid;a=OCHA]] for a month. The WFP said it planned to
    send [[another 500 trucks|aid;p;a=The WFP]] before the rains closed the wadis. Drivers
    waited up to {{nine days}} on the Chadian side, and [[two drivers|kidnapped]] were briefly
    held by an armed group near Misterei before being released. The crossing, {{30 km}} from
    El Geneina, had been closed since February. OCHA said [[about 1.5 million
    people|civilians;a=OCHA]] in West Darfur needed food aid, and aid agencies said they hoped
    to send [[40 to 50 trucks a week|aid;p;a=aid agencies]] once the roads dried.""",
)

item(
    "Thousands more reach Tiné as El Fasher siege tightens",
    """[[About 1,200 people a day|displaced;a=local officials]] are arriving in the town of
    Tiné in Chad's Wadi Fira province from North Darfur, local officials said in {{June
    2024}}, as the Rapid Support Forces tightened their siege of El Fasher. The International
    Organization for Migration said it had registered [[14,800 new
    arrivals|displaced;a=International Organization for Migration]] in {{three weeks}},
    [[about 3,100 households|displaced;a=International Organization for Migration]] in all.
    Many had walked for {{10 days}} through Kornoi and Um Baru, and arrivals described
    [[hundreds of people|civilians]] still stranded on the road without water. A health worker
    at the border post said [[17 children|killed;a=A health worker]] had died of dehydration
    on arrival or shortly after. Tiné has [[one health centre|other;u=structure]] and [[two
    boreholes|aid]].""",
)

item(
    "El Fasher's fall sends survivors across the Chad border",
    """[[More than 12,000 people|displaced;a=IOM]] have reached the Tiné area from El Fasher
    since the Rapid Support Forces took the city on {{26 October 2025}}, IOM said a week
    later, while many more were believed to be hiding in villages on the Sudanese side. [[Some
    3,000 others|displaced;a=local officials]] have arrived in Iriba, local officials said.
    MSF said its teams in Tiné and Iriba had received [[about 150 wounded|injured;a=MSF]],
    [[at least 40|injured;a=MSF]] of them with gunshot wounds. Survivors told Reuters that RSF
    fighters had separated men from women at checkpoints outside the city; [[about 60
    men|kidnapped;a=Survivors]] from one group alone were led away. The Chadian army said it
    had sent [[about 2,000 troops|combatants;a=The Chadian army]] to reinforce the border and
    disarmed [[a dozen gunmen|arrested;a=The Chadian army]] who tried to cross with the
    refugees.""",
)

item(
    "Zamzam survivors reach Chad after three-week trek",
    """Survivors of the Rapid Support Forces' assault on Zamzam camp in {{April 2025}} have
    begun reaching eastern Chad after a walk of {{three weeks}} or more, UNHCR said. The
    agency registered [[4,320 new arrivals|displaced;a=The agency]] at Tiné and Bahaï in May,
    most of them women with small children. Before the attack, Zamzam sheltered [[an estimated
    500,000 people|displaced]]. The UN says [[at least 400,000|displaced;a=The UN]] fled,
    mostly to Tawila, in Sudan. A woman of {{35}} told the agency's staff that [[four of her
    children|missing;a=A woman;n=children]] were lost in the crowd on the road and she has not
    found them. The Chadian Red Cross said it had reunited [[38 children|other;a=The Chadian
    Red Cross]] with relatives since the start of the month, and was still searching for
    [[between 90 and 120|missing;a=The Chadian Red Cross]].""",
)

item(
    "Chad sends troops to eastern border",
    """Chad has deployed [[an extra 3,000 soldiers|combatants;a=the defence ministry]] to its
    eastern border with Sudan, the defence ministry said on Wednesday, after stray shells
    landed near Adré and [[three refugees|killed;a=the defence ministry]] were killed in a
    crossfire incident the previous week. The ministry said the reinforcements joined
    [[roughly 5,000 troops|combatants;a=The ministry]] already stationed in Ouaddaï, Sila and
    Wadi Fira. A further [[600 gendarmes|combatants;p;a=The ministry]] will be posted to the
    refugee camps by the end of the year, it said. Local officials said [[about 70
    homes|housing;a=Local officials]] in Adré's Hilé Djadid district were damaged by the
    shells. The UN refugee agency said [[some 230,000 refugees|displaced;a=The UN refugee
    agency]] were living within {{20 km}} of the frontier. The ministry said [[15 to 20
    armoured vehicles|other;p;a=The ministry]] would patrol the road between Adré and Hadjer
    Hadid.""",
)

item(
    "Gendarmes seize weapons, arrest smugglers near Adré",
    """Chadian gendarmes arrested [[14 men|arrested;a=the governor's office]] accused of
    smuggling weapons and fuel across the border near Adré, the governor's office in Ouaddaï
    said on {{3 March 2024}}. The men were caught with [[two pickups|other;a=the governor's
    office]], [[37 rifles|other;a=the governor's office]] and [[about 4,000 rounds|other;a=the
    governor's office]] of ammunition, it said. A prosecutor in Abéché said [[five of the
    suspects|arrested;a=A prosecutor]] were Sudanese refugees registered in Adré and would be
    tried under Chad's {{2020}} arms law. Humanitarian groups say arms trafficking through the
    camps has grown since {{2023}}, and [[at least 26 people|arrested;a=Humanitarian groups]]
    were detained in similar operations last year.""",
)

item(
    "Hundreds of children separated from families at Adré",
    """UNICEF said on Tuesday that [[more than 1,900 unaccompanied and separated
    children|displaced;a=UNICEF]] had been identified at the Adré crossing since {{June
    2023}}, and that [[about 420|missing;a=UNICEF]] were still listed as missing by their
    families. "Many of these children saw their parents killed in front of them," a UNICEF
    child protection officer said. The agency said [[1,150|other;a=The agency;alt=UNICEF]] had
    been reunited with relatives and [[about 300|displaced;a=The agency;alt=UNICEF]] placed
    with foster families in the camps. Save the Children said [[at least 70
    girls|kidnapped;a=Save the Children]] had been abducted on the road to the border in the
    same period, based on testimony collected in the camps. UNICEF said [[about 80 social
    workers|other;a=UNICEF]] now work at the crossing.""",
)

item(
    "Rains wash away shelters at Adré's border site",
    """Heavy rains on {{12 and 13 August 2024}} destroyed [[about 2,300
    shelters|housing;a=UNHCR]] in the makeshift settlements around Adré, UNHCR said, and
    damaged [[several hundred more|housing;a=UNHCR;n=-;u=structure]]. The agency said [[nearly
    9,000 people|displaced;a=The agency]] had been left without cover, and that the flooded
    Wadi Kaja had cut the road to Farchana for {{four days}}, stopping relocation convoys.
    Local authorities said [[two children|killed;a=Local authorities]] drowned when a wall
    collapsed. More than {{120 mm}} of rain fell in {{24 hours}}. Aid groups distributed
    [[1,800 plastic sheets|aid]] and [[600 kitchen sets|aid]] by the end of the week.""",
)

item(
    "Biometric registration reaches 600,000 in eastern Chad",
    """UNHCR and Chad's refugee commission, CNARR, said on {{5 February 2024}} that they had
    biometrically registered [[612,000 Sudanese refugees|displaced;a=UNHCR and Chad's refugee
    commission]] who arrived since {{April 2023}}. Registration teams have also issued [[about
    140,000 identity cards|other;a=UNHCR and Chad's refugee commission]] to adults, they said.
    The two bodies estimate that [[another 70,000 to 90,000 people|displaced;a=The two
    bodies]] are still unregistered around Adré and in Sila. A UNHCR official said the
    commission expected to register [[a further 100,000|displaced;p;a=A UNHCR official]] by
    mid-year if arrivals continue at the current pace of [[1,500 a day|displaced;a=A UNHCR
    official]]. The count takes eastern Chad's total refugee population, including those who
    fled earlier conflicts, past [[1.1 million|displaced]].""",
)

item(
    "Refugee girls abducted while collecting firewood",
    """[[Six girls|kidnapped;a=camp leaders]] from the Aboutengue camp were abducted by armed
    men on horseback while collecting firewood about {{12 km}} from the camp, camp leaders
    said on Saturday. The girls, aged between {{13 and 17}}, were taken towards the Sudanese
    border, they said. Chadian gendarmes said they had freed [[two of the
    girls|kidnapped;a=Chadian gendarmes]] on Sunday and arrested [[three
    suspects|arrested;a=Chadian gendarmes]]. UNFPA said [[more than 400 women and
    girls|other;a=UNFPA;n=women and girls]] had sought care for sexual violence at its clinics
    in eastern Chad in the first half of the year. Humanitarian groups have asked the
    government for more police patrols around the camps. Aboutengue, which houses [[between
    25,000 and 30,000 refugees|displaced;a=UNHCR]] according to UNHCR, has [[two police
    posts|other;u=structure;a=UNHCR]].""",
)

item(
    "Adré's border site, home to 230,000, runs short of water",
    """The makeshift site on the edge of Adré now shelters [[some 230,000
    people|displaced;a=UNHCR]], UNHCR said in {{March 2025}}, more than {{four times}} the
    town's own population. Water trucking provides about {{8 litres}} per person per day, far
    below the {{15 litres}} emergency standard, Oxfam said, adding that it was running [[22
    water trucks|aid;a=Oxfam]] a day and would add [[10 more|aid;p;a=Oxfam;n=-;u=other]] if
    funding arrived. The site has [[about 90 boreholes|aid]], {{a third}} of them broken. Town
    officials said [[45,000 of Adré's residents|civilians;a=Town officials]] also depend on
    the same wells. UNHCR wants to move [[at least 100,000 people|displaced;p;a=UNHCR]] to
    camps inland this year.""",
)

item(
    "IOM counts Chadian returnees in Ouaddaï and Sila",
    """The International Organization for Migration said on Thursday that its displacement
    tracking teams had counted [[more than 210,000 Chadian returnees|returned;a=The
    International Organization for Migration]] in Ouaddaï and Sila since {{April 2023}},
    people who had lived in Darfur for years and fled back across the border. IOM said
    [[around 48,000 of them|returned;a=IOM;n=-]] were living in [[27 informal
    sites|capacity;a=IOM]], and [[some 12,000 households|returned;a=IOM]] had settled with
    relatives in villages. Unlike refugees, returnees are not entitled to camp rations, and
    [[nearly 60,000|civilians;a=the agency;alt=IOM]] were in urgent need of food, the agency
    said. Chad's government said it would resettle [[5,000 returnee
    families|returned;p;a=Chad's government]] on farmland near Goz Beïda.""",
)

item(
    "Chad appeal: what the numbers say",
    """The UN's refugee response plan for Chad for {{2025}} asks for {{$409 million}}, down
    from {{$630 million}} the year before, and was {{17%}} funded by the end of June. The plan
    runs for {{12 months}} and covers the provinces of Ouaddaï, Sila, Wadi Fira and Ennedi
    Est. Officials said the cut of more than {{35%}} reflects lower expected funding rather
    than lower needs. The {{2024}} plan ended the year at {{39%}} funded, the {{third}} year
    running below half, and its donors' conference in Paris raised pledges of {{€2 billion}}
    for the whole region.""",
)

item(
    "Forecasters warn of early heat in eastern Chad",
    """Chad's national meteorology agency warned on {{14 April 2024}} that temperatures in
    Adré, Farchana and Abéché could reach {{46C}} over the coming {{10 days}}, {{three to four
    degrees}} above the seasonal norm. The agency said the hot season would last until the
    rains arrive in late June, with average rainfall of about {{450 mm}} expected in the east.
    Aid groups said the heat would strain water supplies in the camps, where demand rises by
    up to {{30%}} in the hottest weeks. Temperatures above {{40C}} were recorded on {{22
    days}} in April last year, the agency said.""",
)
