"""Aid convoys and crossings, hospitals and health workers under attack, Chad's camps, the
fighters and the tallies of Darfur, 2024-2026."""

from _wrap import item

item(
    "More than 2,000 aid trucks have entered Darfur through Adré, OCHA says",
    """[[More than 2,000 trucks|aid;a=OCHA]] carrying [[about 45,000 tonnes|aid;a=OCHA]] of aid
    have entered Darfur through the Adré crossing since it reopened in {{August 2024}}, OCHA said
    on Thursday. The supplies have reached [[an estimated 4.3 million people|aid]]. The
    army-aligned government extended permission for the crossing by {{three months}} on
    {{November 13}}. The agency said [[another 120 trucks|aid;p;a=The agency;alt=OCHA]] were due
    to cross next week. Aid workers said RSF checkpoints had charged fees of up to {{$500}} a
    truck. The Tine crossing, about {{200 km}} to the north, has carried [[fewer than 300
    trucks|aid]] over the same period. [[Eleven trucks|aid;a=WFP]] were looted near Kutum in
    October, WFP said.""",
)

item(
    "Doctors' network says 78 health workers killed in Darfur",
    """The Sudan Doctors Network said [[at least 78 health workers|killed;a=Sudan Doctors
    Network]] had been killed in Darfur since {{April 2023}} and [[more than
    60|kidnapped;a=Sudan Doctors Network]] abducted, some of them for ransom. According to the
    group, [[34 hospitals|housing;a=the group;alt=Sudan Doctors Network]] in the region have been
    shelled, bombed or burned. [[Only 12|other;u=structure]] are fully working. The WHO says
    {{70% to 80%}} of hospitals in conflict areas across Sudan are out of service. In El Daein,
    a drone strike on the teaching hospital killed [[nine patients|killed;a=the hospital
    director]] and [[three nurses|killed;a=the hospital director]], the hospital director told
    AFP. [[Two dozen doctors|other;a=colleagues]] stayed in El Fasher through the siege to treat
    the wounded, colleagues said.""",
)

item(
    "Chad's camps near capacity as Sudanese keep arriving",
    """UNHCR said [[more than 860,000 Sudanese refugees|displaced;a=UNHCR]] had arrived in Chad
    since {{April 2023}}, joining [[about 400,000|displaced;a=UNHCR]] who fled earlier conflicts
    in Darfur. The agency said its [[21 camps|capacity;a=The agency;alt=UNHCR]] in the east were
    full. A new camp at Dougui, built for [[50,000 people|capacity]], took in [[31,000|displaced]]
    in its first {{six weeks}}. [[Some 250,000 refugees|displaced;a=the Chadian government]] are
    still living in makeshift sites along the border, the Chadian government said. UNHCR is
    asking for {{$1.4 billion}} for Chad in {{2026}}. It plans to build shelters for [[45,000
    families|capacity;p;a=UNHCR]] and to relocate [[between 90,000 and 120,000
    refugees|displaced;p;a=UNHCR]] away from the border.""",
)

item(
    "Funding cuts close nutrition centres across Darfur",
    """The closure of [[28 nutrition centres|other;a=UNICEF]] in North and Central Darfur has cut
    off [[about 47,000 children|aid;a=UNICEF]] who were receiving treatment, UNICEF said. Save
    the Children said [[more than 120 children|killed;a=Save the Children]] had died of
    malnutrition in the {{six weeks}} after its clinics closed. UNICEF estimates that [[770,000
    children|civilians;p;a=UNICEF]] {{under five}} in Darfur will suffer severe acute
    malnutrition this year. Donors have funded only {{13%}} of the {{$4.2 billion}} plan for
    Sudan. The health ministry said [[about 600 health workers|other;a=The health ministry]] in
    Darfur had not been paid since {{2024}}. Action Against Hunger said it had suspended food
    distributions for [[some 9,000 households|aid;a=Action Against Hunger]] in South Darfur.""",
)

item(
    "Gunmen loot WFP convoy in North Darfur, killing two drivers",
    """Armed men looted [[24 trucks|aid;a=WFP]] in a WFP convoy near Kabkabiya on Wednesday, WFP
    said. [[Two drivers|killed;a=the agency;alt=WFP]] were killed and [[four|injured;a=the
    agency;alt=WFP]] wounded, the agency said. The convoy was carrying [[about 700
    tonnes|aid]] of food for [[82,000 people|aid;p]] in Kutum and Kabkabiya. WFP has paused
    movements on the route. [[At least 60 aid workers|killed;a=the Aid Worker Security
    Database]] were killed in Sudan in {{2025}}, the Aid Worker Security Database said, more
    than in any country except the Palestinian territories. [[Three|kidnapped;a=WFP]] of the
    convoy's crew were taken by the gunmen and later released, WFP added.""",
)

item(
    "Cholera outbreak reaches Darfur's camps",
    """Sudan's health ministry said [[more than 12,000 cholera cases|other;a=Sudan's health
    ministry]] and [[340 deaths|killed;a=Sudan's health ministry]] had been recorded in Darfur
    since July. In Kalma camp, near Nyala, MSF said it had treated [[about 1,900
    patients|aid;a=MSF]] in {{three weeks}}. WHO delivered [[1.4 million doses|aid]] of oral
    cholera vaccine to the region. [[Some 380,000 people|aid;p;a=health officials]] are to be
    vaccinated in South Darfur next month, health officials said. The outbreak has reached
    [[nine localities|other]], among them Tawila and Mellit. Kalma, which was built for [[about
    80,000 people|capacity;a=camp leaders]], now holds [[close to 200,000|displaced;a=camp
    leaders]], camp leaders said.""",
)

item(
    "Army air strike on Kabkabiya market kills dozens",
    """An army air strike on the weekly market in Kabkabiya, west of El Fasher, killed [[at least
    47 people|killed;a=Darfur Bar Association]], the Darfur Bar Association said. [[More than
    60|injured]] were taken to the town's hospital, which has [[only 20 beds|capacity]]. The
    RSF's parallel administration said [[about 100 shops|housing;a=The RSF's parallel
    administration]] had been destroyed. The army said it had struck RSF fighters and supply
    vehicles. Nyala, the RSF's de facto capital, hosts [[about 1.1 million displaced
    people|displaced;a=IOM]], IOM says. Air strikes on Nyala on Sunday killed [[eight
    people|killed;a=residents]], residents said. [[Two to three strikes|other;a=residents;u=other]]
    hit the city each week, they said.""",
)

item(
    "Thousands cross into Chad from North Darfur after El Fasher falls",
    """UNHCR said [[about 17,000 refugees|displaced;a=UNHCR]] from North Darfur had crossed into
    Chad's Wadi Fira and Ennedi Est provinces since El Fasher fell. At Tiné, [[some 400 people a
    day|displaced;a=local officials]] are arriving, local officials said. [[About 2,300
    children|displaced;a=UNICEF]] arrived without their parents, UNICEF said. Chad has sent
    [[some 1,500 troops|combatants;a=the defence ministry]] to the border to prevent RSF
    incursions, the defence ministry said. The Chadian Red Cross said [[35 people|killed;a=The
    Chadian Red Cross]] had died on the route from El Fasher to Tiné, a journey of about
    {{300 km}}. Aid workers said [[roughly 2,000 wounded|injured;a=Aid workers]] had reached
    the border. {{Nearly 60%}} of the arrivals are children.""",
)

item(
    "Minnawi says 40,000 fighters will be mobilised to retake El Fasher",
    """Minni Minnawi, the army-aligned governor of Darfur, said [[40,000
    fighters|combatants;p;a=Minni Minnawi]] would be mobilised to retake El Fasher. He said the
    Joint Forces had already trained [[about 12,000 recruits|combatants;a=Minni Minnawi]] in camps
    in Northern State. The RSF, which claims [[more than 80,000 fighters|combatants;a=The RSF]]
    in Darfur, dismissed the threat. UN experts said in {{2025}} that [[about 300 Colombian
    former soldiers|combatants;a=UN experts]] had fought alongside the RSF. UNICEF said it had
    verified the recruitment of [[more than 200 children|combatants;a=UNICEF]] by armed groups
    in Darfur in {{2024}}. The army said its aircraft had killed [[more than 150 RSF
    fighters|killed;a=The army]] near Mellit last week.""",
)

item(
    "RSF attacks Kornoi as fighting moves north toward Chad",
    """RSF fighters attacked Kornoi, near the Chadian border, killing [[at least 63
    people|killed;a=the Zaghawa Shura council]], the Zaghawa Shura council said. [[More than
    20,000 people|displaced;a=IOM's DTM]] fled towards the border, IOM's DTM said. Residents
    said [[about 400 homes|housing;a=Residents]] were burned. The Joint Forces said they had
    killed [[dozens of attackers|killed;a=The Joint Forces]] and captured [[17
    vehicles|other;a=The Joint Forces]]. [[Eight people|kidnapped]] were abducted, among them
    a local chief. [[Some 1,200 families|displaced;a=UNHCR]] crossed into Chad at Tiné, UNHCR
    said. [[Between 30 and 40 people|injured;a=the organisation;alt=MSF]] were treated at the MSF-supported clinic in
    Tiné, the organisation said.""",
)

item(
    "Darfur Bar Association counts 9,800 civilians killed in 2025",
    """The Darfur Bar Association said in its annual report that [[more than 9,800
    civilians|killed;a=Darfur Bar Association]] were killed in Darfur in {{2025}}. It recorded
    [[about 2,100 people|kidnapped;a=Darfur Bar Association]] abducted. [[At least
    3,400|missing;a=the report;alt=Darfur Bar Association]] remain missing, the report said. The
    association said [[1,190 people|arrested;a=The association;alt=Darfur Bar Association]] had
    been detained by the two sides, [[about 800|arrested;a=The association;alt=Darfur Bar
    Association]] of them by the RSF. It counted [[146 villages|other;a=Darfur Bar Association]]
    attacked. The figures cover only cases the association could verify, and it said the true
    toll was far higher.""",
)

item(
    "Refugees trickle home from Chad as UNHCR warns conditions not safe",
    """UNHCR said [[more than 40,000 refugees|returned;a=UNHCR]] went back from Chad to West and
    Central Darfur in {{2025}}. IOM's DTM recorded [[2.4 million returnees|returned;a=IOM's
    DTM]] across Sudan by {{December 2025}}, of whom [[about 310,000|returned;a=IOM's DTM]]
    were in Darfur. In Mornei, [[some 1,200 families|returned;a=local leaders]] have come back,
    local leaders said. Chadian authorities said they had deported [[86 Sudanese
    men|returned;a=Chadian authorities]] accused of smuggling. UNHCR expects [[up to 100,000
    returns|returned;p;a=UNHCR]] in {{2026}}. [[About 600 households|aid]] returning to El
    Geneina received cash grants of {{$120}} each. [[Between 15 and 20 schools|housing]] in
    Mornei are being rebuilt.""",
)

item(
    "Drone strike on El Daein hospital kills 22, doctors say",
    """A drone strike on the main hospital in El Daein, the capital of East Darfur, killed [[at
    least 22 people|killed;a=the Sudan Doctors Network]] on {{January 8, 2026}}, the Sudan Doctors
    Network said. WHO said it had verified [[67 attacks|other;a=WHO;u=other]] on health care in
    Darfur in {{2025}}, which killed [[more than 900 people|killed;a=WHO]]. The strike destroyed
    [[two wards|housing;a=the hospital's director;u=structure]] and the pharmacy, the hospital's
    director said. MSF said it had withdrawn [[14 international staff|other;a=MSF]] from East
    Darfur. [[About 40 patients|displaced]] were moved to a private clinic. [[At least 31
    people|injured;a=the Sudan Doctors Network]] were wounded, the network said, [[five|injured;a=the Sudan
    Doctors Network]] of them critically.""",
)

item(
    "UN plan for 2026 aims to reach 4.1 million in Darfur",
    """OCHA said [[9.6 million people|civilians;a=OCHA]] in Darfur would need humanitarian aid in
    {{2026}}. It aims to reach [[4.1 million|aid;p;a=OCHA]] of them at a cost of
    {{$1.6 billion}}. [[About 3.2 million people|displaced;a=IOM's DTM]] are displaced within
    Darfur, [[roughly 1.4 million|displaced;a=IOM's DTM]] of them in North Darfur, according to
    IOM's DTM. Humanitarian agencies plan to preposition [[85,000 tonnes|aid;p;a=Humanitarian
    agencies]] of food before the rains. OCHA said [[60 displacement sites|capacity;a=OCHA]] in
    Darfur were overcrowded. [[Between 2 and 2.5 million people|civilians;p;a=OCHA]] could face
    famine by September if aid does not get through, it warned.""",
)

item(
    "ICC sentences Ali Kushayb to 20 years for Darfur crimes",
    """The International Criminal Court sentenced Ali Muhammad Ali Abd-Al-Rahman, known as Ali
    Kushayb, to {{20 years}} in prison on {{December 9, 2025}} for crimes committed in Darfur
    in {{2003 and 2004}}. The former Janjaweed commander, now {{76}}, was convicted in
    {{October 2025}}, the first verdict in a case that began with {{Resolution 1593}}. He had
    surrendered in the Central African Republic in {{June 2020}}. The judges said the time he
    had spent in custody, more than {{five years}}, would be deducted. His lawyers said they
    would appeal within {{30 days}}. Victims will be able to apply for reparations, the court
    said.""",
)

item(
    "Rainy season forecast: above-average rains expected over Darfur",
    """Sudan's meteorological authority expects rainfall over Darfur to be {{10% to 20%}} above
    average between {{June and September 2026}}. Jebel Marra, which rises to {{3,042 metres}},
    could receive more than {{900 mm}}, while El Fasher usually gets about {{250 mm}} a year.
    Wadis that are dry for most of the year can run {{3 metres}} deep within hours. The
    road from Adré to El Geneina, about {{30 km}}, is often cut for {{two to three days}} after
    heavy storms. Temperatures are forecast to peak at {{44C}} in May.""",
)
