"""Djibo, Arbinda and the Sahel region (Soum, Oudalan, Seno, Yagha): the blockaded towns of the
north, their convoys, airlifts, volunteers and dead."""

from _wrap import item

item(
    "Convoy bound for Djibo ambushed near Gaskinde",
    """A supply convoy bound for the blockaded town of Djibo was ambushed on {{26 September}} near
    Gaskinde, in Soum province. [[Eleven soldiers|killed;a=the army]] were killed and
    [[28 others|injured;a=the army]] wounded, the army said in a statement read on state
    television. The army said [[about 50 civilians|missing;a=The army]] who had joined the convoy
    were unaccounted for. A transport union official told AFP that the convoy had
    [[207 trucks|aid;a=A transport union official]] carrying flour, rice and fuel, and that
    [[at least 95|other;a=A transport union official;u=other]] were set on fire. Djibo, home to
    [[some 300,000 people|civilians]] including displaced families, had received no road convoy
    for {{two months}}. JNIM, al-Qaeda's Sahel affiliate, claimed the attack on {{September 28}},
    saying its fighters had killed
    [[more than 60 soldiers and militiamen|killed;a=JNIM;n=soldiers and militiamen]].""",
)

item(
    "WFP helicopters keep Djibo fed as road stays shut",
    """The World Food Programme has flown [[1,140 tonnes|aid;a=the agency;alt=World Food Programme]]
    of food into Djibo since its helicopter airlift began in {{March 2023}}, the agency said on
    Tuesday. About [[146,000 people|aid;a=WFP]] received monthly rations in April, WFP said, out of
    a population it puts at [[some 270,000|civilians;a=WFP]]. The agency said it needed
    [[another 2,000 tonnes|aid;a=The agency;alt=World Food Programme;p]] to cover the lean season.
    Army helicopters separately dropped [[36 pallets|aid;a=a health official]] of medicine at the
    town's hospital last week, a health official said. The hospital's director said
    [[14 children|killed;a=The hospital's director]] had died of severe malnutrition since
    January. The airlift costs about {{$1.3 million}} a month, and donors have covered barely
    {{40%}} of it.""",
)

item(
    "Women seized while gathering leaves outside Arbinda",
    """Gunmen abducted [[at least 50 women|kidnapped;a=the regional governor]] who had gone out to
    gather wild leaves and fruit around Arbinda on {{January 12 and 13}}, the regional governor
    said. Residents told AFP that [[four of them|kidnapped;a=Residents;n=-]] escaped and walked
    back to the town over {{three days}}. Arbinda, cut off by jihadists since {{2019}}, shelters
    [[about 60,000 displaced people|displaced]] and has had no regular food deliveries for months.
    A week later state television said the army had freed
    [[66 women and children|kidnapped;a=state television;n=women and children]] in an operation
    near Tougouri, among them a {{four-month-old}} baby. It said
    [[seven of the captors|killed;a=state television]] had been killed. A health worker in Kaya
    said [[two of the women|injured;a=A health worker in Kaya]] were being treated for gunshot
    wounds.""",
)

item(
    "Scores feared dead after jihadists storm army base in Djibo",
    """[[Hundreds of JNIM fighters|combatants]] stormed army positions and a displacement site in
    Djibo early on {{May 11}}, in one of the deadliest assaults on the town since it was
    encircled. A local official told Reuters [[at least 100 people|killed;a=A local official]],
    most of them soldiers and volunteers, were killed, while a humanitarian source put the toll at
    [[more than 150|killed;a=a humanitarian source]]. The attackers also set fire to
    [[some 200 shelters|housing]] at the Wendou site, residents said. OCHA said
    [[about 3,500 displaced people|displaced;a=OCHA]] living there had fled to the town centre.
    Medecins Sans Frontieres said its team at the hospital treated
    [[47 wounded|injured;a=Medecins Sans Frontieres]] in the first {{24 hours}}. The army gave no
    toll of its own but said [[about 60 assailants|killed;a=The army]] had been
    "neutralised".""",
)

item(
    "Soum volunteers enlist by the thousand",
    """Authorities in Soum province have registered
    [[more than 2,000 volunteers|combatants;a=the governor's office]] for the VDP auxiliary force
    since October, the governor's office said. Nationwide the government said it had enrolled
    [[90,000 VDP|combatants;a=the government]], far beyond its initial call for
    [[50,000|combatants;a=the government;p]]. Recruits must be at least {{18 years old}}, receive
    {{14 days}} of training and are paid {{60,000 CFA francs}} a month. [[About 300|combatants;n=-]]
    of the Djibo recruits have been assigned to escort convoys. Human Rights Watch said soldiers
    and volunteers had executed [[at least 18 Fulani men|killed;a=Human Rights Watch]] near the
    town in February. Since {{2020}}, [[more than 1,500 VDP|killed;a=ACLED]] have been killed in
    action, according to ACLED.""",
)

item(
    "Arbinda's last health centre closes its doors",
    """The last functioning health centre in Arbinda closed this week after
    [[three nurses|killed]] were shot dead on the road from Dori. The district medical officer said
    the centre had served [[about 85,000 people|civilians;a=The district medical officer]],
    including [[some 45,000 displaced|displaced;a=The district medical officer]]. Patients now have
    to travel {{90 km}} on a mined road to reach a hospital. Nationally, the health ministry said
    [[197 health facilities|other;a=the health ministry]] were closed and
    [[another 380|other;a=the health ministry;u=structure]] were working at minimum service,
    leaving [[2.1 million people|civilians;a=the health ministry]] with little or no access to
    care. MSF said it had evacuated [[six staff|displaced;a=MSF]] from the Sahel region for their
    safety.""",
)

item(
    "Gorom-Gorom: displaced families crowd into town after Markoye raids",
    """[[Nearly 9,000 families|displaced;a=CONASUR]] have reached Gorom-Gorom from the Markoye area
    since raids began on {{August 3}}, CONASUR said in its latest update. Local officials said
    gunmen had burned [[dozens of homes|housing;a=Local officials]] in [[four villages|other]] and
    driven off cattle. The town has opened [[11 schools|capacity]] to shelter the new arrivals, and
    the Red Cross said it had handed out
    [[2,400 household kits|aid;a=the Red Cross]]. "We left with nothing but the children," said
    Fatimata, {{34}}, who walked {{two days}} to reach the town. A WFP spokesperson said
    [[up to 15,000 more people|displaced;a=A WFP spokesperson;p]] could arrive if the attacks
    continued.""",
)

item(
    "Djibo residents go home after months in Ouahigouya",
    """[[About 1,200 people|returned;a=the Soum high commissioner]] who had fled Djibo for
    Ouahigouya went back on a military-escorted convoy last week, the Soum high commissioner said.
    The convoy of [[72 buses and trucks|aid;a=the transport ministry;n=buses and trucks]] also
    carried [[480 tonnes|aid;a=the transport ministry]] of cereals, according to the transport
    ministry. The convoy was escorted by
    [[about 200 soldiers and volunteers|combatants;n=soldiers and volunteers]]. Among the returnees
    were [[85 teachers and nurses|returned;n=teachers and nurses]] going back to their posts.
    Officials hope to bring back
    [[another 5,000 residents|returned;a=Officials;p]] before the rains set in around {{mid-June}}.
    Many returnees found their houses looted; a local councillor counted
    [[roughly 150 homes|housing;a=a local councillor]] with roofs or doors torn off. A Norwegian
    Refugee Council survey in {{2024}} found that {{seven in ten}} displaced households wanted to
    go home only if the road stayed open.""",
)

item(
    "Dori's displacement sites overflow",
    """Dori, the capital of the Sahel region, now hosts
    [[more than 120,000 displaced people|displaced;a=CONASUR]] spread across
    [[14 sites|capacity;a=CONASUR]] and host neighbourhoods, according to CONASUR. The largest
    site, at Wendou, was laid out for [[8,000 people|capacity;a=camp managers]] but holds three times that
    number, camp managers said. Aid agencies put up [[1,600 emergency shelters|capacity]] in {{July}} and dug
    [[220 latrines|aid]], but OCHA said [[at least 40,000 people|civilians;a=OCHA]] still lacked
    clean water. Temperatures in the site reached {{46C}} in {{April}}. The UN refugee agency said
    it planned to build [[a further 2,500 shelters|capacity;a=The UN refugee agency;p]] this
    year.""",
)

item(
    "Seytenga toll rises as survivors reach Dori",
    """The government raised the death toll from the weekend massacre in Seytenga to
    [[86|killed;a=The government]], up from an initial [[79|killed]], and declared {{72 hours}} of
    national mourning. Survivors said gunmen went from house to house on the night of
    {{June 11}}, shooting men and boys. [[More than 3,000 people|displaced;a=OCHA]] fled to Dori
    in the following days, according to OCHA, most of them women and children. Residents said
    [[dozens of people|missing;a=Residents]] were still unaccounted for and that the attackers had
    torched the market and [[about 40 shops|housing;a=Residents]]. The army said its aircraft had
    killed [[around 30 of the attackers|killed;a=The army]] as they withdrew towards the Niger
    border.""",
)

item(
    "Solhan massacre: 'They came in the night'",
    """Gunmen killed [[at least 132 people|killed;a=the government]] in the gold-mining village of
    Solhan in Yagha province overnight on {{June 4}}, the government said, in the deadliest attack
    in the country since jihadist violence began in {{2015}}. Local sources later put the toll at
    [[around 160|killed;a=Local sources]]. [[Some 40 wounded|injured]] were taken to the hospital
    in Sebba, where a nurse said staff had run out of blood. UNICEF said many of the attackers were
    children aged {{12 to 14}}. The attackers also burned the market and
    [[dozens of houses|housing]], and [[more than 7,000 people|displaced;a=the UN]] fled to Sebba
    and Dori in the following week, the UN said. Prosecutors later said
    [[11 suspects|arrested;a=Prosecutors]] had been detained, [[two of them|arrested;n=-]] in
    neighbouring Niger.""",
)

item(
    "Traders held in Djibo over supplies to jihadists",
    """Security forces in Djibo have detained [[23 traders|arrested;a=a judicial source]] accused of
    selling fuel and motorbike parts to JNIM fighters, a judicial source said on {{Thursday 9
    March}}. The source said [[five of the detainees|arrested;a=The source]] were women who ran
    market stalls. Families of the men said [[at least eight|missing;a=Families of the men]] had
    not been seen since they were taken to the military camp. The army said it had seized
    [[about 40 motorbikes|other;a=The army]] and [[60 jerrycans|other;a=The army]] of petrol in the
    raids. Amnesty International said it had
    documented [[dozens of people|arrested;a=Amnesty International]] held without charge
    in the Sahel region since the {{September 2022}} coup. Under a {{2023}} decree, goods entering
    blockaded towns must be declared at army checkpoints {{48 hours}} in advance.""",
)

item(
    "Volunteers missing after ambush on Djibo-Namssiguia road",
    """[[Thirty-four volunteers|missing;a=the VDP command]] and [[nine soldiers|missing;a=the VDP command]]
    were missing after an ambush on the road between Djibo and Namssiguia on {{Sunday 17
    September}}, the VDP command said in a statement. It said [[17 bodies|killed;a=the VDP command]]
    had been recovered so far. Relatives in Djibo said the unit had left town with
    [[about 120 men|combatants;a=Relatives in Djibo]] to secure a water point. A security source
    told AFP the attackers had taken [[12 vehicles|other;a=A security source]], including
    [[two armoured pick-ups|other;a=A security source;u=other]]. By the end of the week local radio reported that
    [[11 of the missing|missing;a=local radio;n=-]] had made their way back to Djibo on foot.""",
)

item(
    "Parachutes over Arbinda: army drops food to a town cut off",
    """Air force transport planes dropped [[18 tonnes|aid;a=the army]] of maize, oil and medical
    supplies over Arbinda on {{Saturday}}, the army said, the first air-drop to the town in
    {{five months}}. Residents said the loads came down on [[40 pallets|aid;a=Residents]] and that
    [[at least three|other;a=Residents;u=other]] landed outside the defence perimeter and were
    lost. Arbinda has about [[70,000 inhabitants|civilians;a=the mayor's office]], half of them displaced from
    surrounding villages, according to the mayor's office. Humanitarian agencies say
    [[nearly 30,000 children|civilians;a=Humanitarian agencies]] under five in the town are at
    risk of acute malnutrition. The army plans
    [[two more drops|aid;a=The army;p;u=other]] before the end of the month.""",
)

item(
    "Soum schools stay shut for a fifth year",
    """[[All 412 schools|other;a=the regional education directorate]] in Soum province remain closed,
    the regional education directorate said at the start of the {{2023-2024}} school year, leaving
    [[about 78,000 pupils|civilians;a=the regional education directorate]] out of class. In Djibo,
    [[six schools|capacity]] have been turned into shelters for displaced families. Teachers'
    unions say [[at least 22 teachers|killed;a=Teachers' unions]] have been killed in the north
    since {{2018}} and [[more than 50|kidnapped;a=Teachers' unions]] abducted. Nationwide the
    education ministry counted [[6,149 closed schools|other;a=the education ministry]] in
    {{May 2023}}, or {{22%}} of the total. The ministry hopes to reopen
    [[up to 1,000|other;a=The ministry;p;u=structure]] by the end of the year.""",
)

item(
    "In Djibo, a sack of millet now costs three times the old price",
    """A {{100kg}} sack of millet sold for about {{45,000 CFA francs}} in Djibo's market this week,
    against {{15,000}} before the blockade tightened in {{2022}}, traders said. The price of sugar
    has risen by {{180%}} over the same period, and fuel, when it can be found, costs
    {{1,500 francs}} a litre. Traders who once drove the {{210 km}} to Ouagadougou in a day now wait
    up to {{three weeks}} for a convoy. "My father had this shop for {{40 years}}," said a
    {{52-year-old}} grain seller. "We have never seen this." The World Bank estimates that the
    Sahel region's economy has shrunk by almost a {{third}} since {{2019}}.""",
)

item(
    "Analysis: how JNIM turned the roads into a weapon",
    """Since {{2019}}, JNIM has sealed off towns across northern and eastern Burkina Faso by mining
    their access roads and threatening any driver who enters. The strategy, analysts say, copies
    what the group did around Boni and Hombori in central Mali in {{2018}} and {{2019}}. The
    blockades peaked in {{late 2022}}, after the {{September 30}} coup that brought Captain Ibrahim
    Traore, then {{34}}, to power. The government responded by buying new helicopters, at a
    cost of around {{$25 million}}, and putting the {{N22}} national road under army escort. The
    Clingendael Institute, in a {{2024}} paper, wrote that the blockades were meant "to make the
    state look absent". Estimates of the territory outside government control range from {{40%}} to
    {{60%}}.""",
)
