"""The Line of Control in Kashmir and the Afghanistan-Pakistan border, 2014-2026."""

from _wrap import item

item(
    "Pakistani shelling kills 13 in Poonch as LoC erupts",
    """Pakistani artillery and mortar fire killed [[12 civilians|killed;a=Indian officials]] and
    [[one soldier|killed;a=Indian officials]] in Poonch district overnight, Indian officials
    said on {{Wednesday, 7 May}}, the deadliest shelling of the town in decades. [[At least 57
    people|injured;a=the Government Medical College in Poonch]] were treated for shrapnel
    wounds, the Government Medical College in Poonch said. Shells struck a gurdwara, a
    madrasa and [[dozens of homes|housing]] in the old town. By afternoon [[about 4,000
    residents|displaced;a=the district administration]] had left for relatives in Jammu and
    Surankote, the district administration said. Schools in [[five border districts|other]]
    were shut until further notice. Across the line, Pakistan's military said Indian fire had
    killed [[five civilians|killed;a=Pakistan's military]] in the Neelum valley and Kotli.""",
)

item(
    "Uri villagers flee as shelling resumes along LoC",
    """Shelling along the Line of Control killed [[six civilians|killed;a=Indian army
    officials]] and [[five soldiers|killed;a=Indian army officials]] on the Indian side on
    Friday, Indian army officials said, while Pakistan's military said [[four civilians|killed;a=Pakistan's
    military]] and [[one soldier|killed;a=Pakistan's military]] died on its side. In the
    Balkote area of Uri, [[around 300 families|displaced;a=the sub-divisional magistrate]] had
    left their homes by evening, the sub-divisional magistrate said. [[Seventeen
    people|injured]] were taken to the sub-district hospital, some of them in serious
    condition. Villagers said they had lost [[at least 35 cattle|other;a=Villagers]] and that [[12
    houses|housing;a=Villagers]] had burned after a {{120mm}} mortar round hit a hay store. "We ran with
    nothing. Our bunker was full of water," said Ghulam Nabi, {{61}}.""",
)

item(
    "Government sanctions 14,460 bunkers for Jammu border villages",
    """The Union home ministry has sanctioned [[14,460 bunkers|capacity;p;u=structure;a=officials]]
    for villages along the Line of Control and the International Border in Jammu, Kathua, Samba,
    Poonch and Rajouri districts, officials said on {{Tuesday}}. They include [[13,029
    individual bunkers|capacity;p;u=structure]] for families living within {{3 km}} of the
    frontier and [[1,431 community bunkers|capacity;p;u=structure]]. A community bunker can hold
    [[up to 40 people|capacity;a=the ministry;alt=The Union home ministry]], while an individual
    one of {{160 square feet}} takes [[eight to ten people|capacity;a=the ministry;alt=The Union
    home ministry]], the ministry says. The project is
    budgeted at {{Rs 415 crore}}. Residents of Arnia, where [[more than 70,000
    people|displaced;a=Residents of Arnia]] fled Pakistani mortar fire in {{May}}, say the
    [[roughly 60 community bunkers|capacity;u=structure;a=Residents of Arnia]] they have now are not enough.""",
)

item(
    "Pakistani rockets force Kunar families from their villages",
    """Rockets fired from across the Durand Line have landed on villages in Kunar's Dangam and
    Sarkano districts for {{four days}}, killing [[four civilians|killed;a=the provincial
    governor's spokesman]], among them a boy and a girl, the provincial governor's spokesman said
    on Sunday. [[Nine others|injured]] were wounded. Some
    [[450 families|displaced;a=the Afghan Red Crescent]] have fled towards Asadabad, the Afghan
    Red Crescent said, and it had handed tents and blankets to [[180 of them|aid;n=-;u=household;a=it;alt=the
    Afghan Red Crescent]]. Villagers in Shultan said the shelling had destroyed [[a dozen
    homes|housing;a=Villagers in Shultan]] and [[two mosques|housing;a=Villagers in Shultan]]. Pakistan's foreign office
    said its forces were responding to attacks from militants hiding in Kunar.""",
)

item(
    "Chaman border firing kills six Pakistani civilians",
    """Afghan border forces fired artillery and mortar rounds into the Pakistani town of Chaman
    on Sunday, killing [[six civilians|killed;a=Pakistan's military]] and wounding [[17
    others|injured;a=Pakistan's military]], Pakistan's military said. [[Several hundred
    families|displaced;a=witnesses]] left the Kili Luqman and Kili Haji Hassan neighbourhoods closest to the
    fence by nightfall, witnesses said, and [[about 2,000 traders|displaced;a=witnesses]] were stranded on the
    Afghan side after the Friendship Gate was shut. A Taliban spokesman in Spin Boldak said
    [[one Afghan border guard|killed;a=A Taliban spokesman in Spin Boldak]] had been killed and
    [[ten civilians|injured;a=A Taliban spokesman in Spin Boldak]] hurt when Pakistani forces
    returned fire. The crossing, which handles [[more than 1,000 trucks a day|other]] in
    normal times, reopened on {{Wednesday}}.""",
)

item(
    "UN mission says 37 civilians killed in Spin Boldak clashes",
    """[[At least 37 civilians|killed;a=the UN Assistance Mission in
    Afghanistan]] were killed and [[425|injured;a=the UN Assistance Mission in Afghanistan]]
    wounded on the Afghan side of the border during {{two days}} of fighting with Pakistan, the
    UN Assistance Mission in Afghanistan said on {{15 October}}, most of them in Spin Boldak.
    Pakistan's army said it had killed [[more than 200 Taliban and allied fighters|killed;n=fighters;a=Pakistan's
    army]] and lost [[23 soldiers|killed;a=Pakistan's army]]. The Taliban, for their part,
    claimed [[58 Pakistani soldiers|killed;a=The Taliban]] had died. Residents of the
    border villages of Weish said [[hundreds of families|displaced;a=Residents of the border
    villages of Weish]] had left for Kandahar city, and the Norwegian Refugee Council said
    [[more than 5,000 Afghans|returned;a=the Norwegian Refugee Council]] deported from Pakistan
    were stuck at the closed crossing.""",
)

item(
    "Pakistan hands back two Poonch youths who strayed across LoC",
    """Pakistan on Thursday handed back [[two youths|returned;a=Indian army officials]] from the
    Poonch district who crossed the Line of Control by mistake {{four months}} ago, Indian army
    officials said. The cousins, aged {{17 and 19}}, were handed over at the Chakan-da-Bagh
    crossing point. India in turn sent back [[three Pakistani nationals|returned]] who had been
    held in Jammu after straying across the line near Kotli. According to a count by the
    Jammu and Kashmir home department, [[at least 14 residents|arrested;a=the Jammu and Kashmir
    home department]] of border villages are still held in Pakistani jails after crossing
    inadvertently since {{2019}}. Families in Gulpur said [[one herder|missing;a=Families in
    Gulpur]] who crossed with his flock in {{2022}} has not been heard from since. Across Poonch, [[about 1,800
    residents|civilians]] live in villages beyond the fence, where the army controls access by
    day.""",
)

item(
    "Police arrest nine in Kupwara after infiltration bid",
    """Police in Kupwara arrested [[nine people|arrested;a=officers]] from villages
    near the Line of Control on suspicion of guiding infiltrators, officers said on Monday, a
    day after the army said it had killed [[five militants|killed;a=the army]] in the Keran
    sector. [[A soldier|killed;v=1]] also died in the gunfight, which lasted {{36 hours}}. The
    army's Chinar Corps estimates that [[about 150 militants|combatants;a=The army's Chinar
    Corps]] are waiting at [[some 20 launch pads|other;u=other;a=The army's Chinar Corps]] across the line for the snow to
    melt. [[Two porters|kidnapped;a=police]] hired by the army were abducted by the intruders and have not been found,
    police said, and [[one|missing;n=-;a=police]] of them is now listed as missing. Village defence
    guards in Keran number [[just 40 men|combatants]].""",
)

item(
    "Abducted porters freed in Keran sector",
    """[[Two porters|kidnapped;a=the army]] abducted by militants near the Line of Control in
    Kupwara's Keran sector were freed on Saturday in an operation in which [[three
    militants|killed;a=the army]] were killed, the army said. The men, both from the village of
    Kundian, had been held for {{six days}}. Since {{January}}, [[five civilians|kidnapped;a=the district police]]
    have been abducted in the sector, all of them porters or herders, according to the
    district police. [[Nearly 200 families|displaced;a=the tehsildar]] in Kundian and
    Jumgund have moved to Kupwara town for the winter, the tehsildar said, and [[11
    schools|other;a=the tehsildar]] in the area have closed.""",
)

item(
    "Barmal air strikes kill 46, Taliban say",
    """Pakistani air strikes on villages in Paktika province's Barmal district killed [[46
    people|killed;a=Taliban spokesman Zabihullah Mujahid]], most of them women and children,
    Taliban spokesman Zabihullah Mujahid said on {{25 December}}. [[Six|injured;a=Taliban spokesman Zabihullah Mujahid]] were
    wounded, he said. The district hosts [[about 1,000 families|displaced]] who fled Pakistan's
    North Waziristan in {{2014}}. Local elders said [[at least 8 people|missing;a=Local
    elders]] were still missing under collapsed mud houses in Laman, and that [[19
    houses|housing;a=Local elders]] were destroyed. Pakistan said the strikes had targeted
    hideouts of the Pakistani Taliban and killed [[more than 20 militants|killed;a=Pakistan]].
    Aid agencies sent [[two trucks|aid]] of food and blankets on {{Friday}}.""",
)

item(
    "Farmers return to LoC fields after India-Pakistan ceasefire",
    """[[Some 2,500 families|returned;a=the Rajouri district administration]] have gone back to
    villages in Nowshera and Sunderbani since the ceasefire along the Line of Control took hold
    in {{February}}, the Rajouri district administration said. In Kalsian, [[38
    schools|other;a=the zonal education officer]] reopened in {{March}} with [[1,150 children|other;a=the zonal education officer]] enrolled, according to
    the zonal education officer. Farmers are tilling land within {{500 metres}} of the fence for
    the first time since {{2017}}. The administration has so far paid compensation to [[1,046
    households|aid;a=The administration;alt=the Rajouri district administration]] whose homes
    were damaged, and is repairing [[another 312 houses|housing;p]]. "We have forgotten what a
    quiet night is," said Kuldeep Raj, {{48}}, a sarpanch.""",
)

item(
    "Ex gratia paid to Poonch shelling victims",
    """The Jammu and Kashmir administration has paid {{Rs 10 lakh}} each to [[the families of 27
    civilians|aid;n=families;a=The Jammu and Kashmir administration]] killed in the {{May}}
    shelling, it said on {{Saturday}}, and {{Rs 1 lakh}} to each of [[about 70 seriously injured
    people|aid;n=people;a=The Jammu and Kashmir administration]]. Surveys by revenue officials counted [[2,060 houses|housing;a=revenue
    officials]] damaged in Poonch and Rajouri, [[more than 400|housing;u=structure;a=revenue officials]] of
    them fully destroyed, along with [[1,500 livestock|other;a=revenue officials]]. The government plans to build
    [[9,500 more individual bunkers|capacity;p;u=structure;a=The government]] in the two
    districts, it said. Shopkeepers in Poonch town complain that [[about 300 shops|housing]]
    hit by shells have not been assessed.""",
)

item(
    "Neelum valley residents dig in as Indian shelling resumes",
    """Indian fire across the Line of Control killed [[three civilians|killed;a=officials]],
    among them a schoolboy, and wounded [[eight|injured;a=officials]] in the Neelum valley
    of Pakistan-administered Kashmir on Tuesday, officials said. [[Hundreds of
    residents|displaced]] took refuge in bunkers or moved to Muzaffarabad. The State Disaster
    Management Authority said it had built [[1,100 community bunkers|capacity;u=structure;a=The
    State Disaster Management Authority]] in the valley since {{2018}} and needs [[4,000
    more|capacity;p;n=-;u=structure;a=The State Disaster Management Authority]]. The military's media wing
    said [[two soldiers|killed;a=The military's media wing]] were killed. The valley's only road,
    which passes within {{1 km}} of Indian posts, was closed to traffic for [[the 40,000 people|civilians]]
    who live beyond Athmuqam.""",
)

item(
    "Mortar fire empties Arnia as BSF reports posts hit",
    """Pakistan Rangers fired mortar shells at [[more than 40 border outposts|other;a=the Border Security Force]] and
    [[dozens of hamlets|other;a=the Border Security Force]] along the International Border in Jammu overnight, the Border
    Security Force said on Thursday. [[Two civilians|killed]] were killed in RS Pura and
    [[a BSF head constable|killed;v=1;q=exact]] in Samba. Police said [[about 76,000
    people|displaced;a=Police]] had left Arnia and surrounding villages for relief camps and
    relatives' homes. [[Twenty-eight relief camps|capacity;a=officials]] were housing [[7,200
    people|displaced;a=officials]] by evening, officials told Reuters. The BSF said it had destroyed [[three
    Ranger posts|other;u=structure;a=The BSF]] in retaliation.""",
)

item(
    "Fighters from Afghanistan storm Chitral border villages",
    """[[Hundreds of militants|combatants;a=Pakistan's army]] crossed from Afghanistan's Nuristan
    province and attacked [[two army posts|other;u=structure;a=Pakistan's army]] and villages in the Kalash and
    Kalkatak areas of Chitral before dawn, Pakistan's army said. [[Four soldiers|killed;a=the
    army;alt=Pakistan's army]] and [[12 militants|killed;a=the army;alt=Pakistan's army]] were
    killed, the army said. The militants abducted [[three village elders|kidnapped;a=residents]] and
    burned [[at least 15 houses|housing;a=residents]], residents told the BBC. [[About 2,000
    residents|displaced;a=the deputy commissioner]] moved to Chitral town, the deputy
    commissioner said, while [[some 600 paramilitary troops|combatants;p;a=the deputy commissioner]] were to be flown in
    by {{Friday}}.""",
)

item(
    "Ceasefire line quiet a year on, but villagers wary",
    """A year after India and Pakistan agreed on {{24 February 2021}} to observe the {{2003}}
    ceasefire, the Line of Control has been almost silent. In Poonch, fields that lay fallow
    for {{five years}} are being ploughed, and the morning school bus leaves at {{7:30}}. The
    district's {{2022}} plan sets aside {{Rs 12 crore}} for road work within {{5 km}} of the
    fence, up {{40%}} on last year. Villagers still keep their bunkers swept. "One order from
    above and it all starts again," said a teacher in Balnoi.""",
)

item(
    "Torkham reopens after nine-day closure",
    """The Torkham crossing between Pakistan and Afghanistan reopened at {{8 am}} on
    {{Friday, 15 September}}, {{nine days}} after a firefight between border guards shut it.
    Traders on both sides say the closure cost them about {{$15 million}} a day. The gate, on
    the main road from Peshawar to Kabul and {{55 km}} from Jalalabad, normally handles about
    {{a third}} of trade between the countries. Officials from both sides met at {{11:00}} in
    Landi Kotal for talks that lasted {{three hours}}.""",
)
