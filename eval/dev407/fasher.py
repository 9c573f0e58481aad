"""The siege of El Fasher, its camps and its hospitals, and the city's fall to the RSF, 2024-2026."""

from _wrap import item

item(
    "RSF tightens siege of El Fasher as fighting reaches city's eastern edge",
    """Fighting between the army and the RSF on the eastern outskirts of El Fasher has killed
    [[at least 43 people|killed;a=MSF]] and wounded [[more than 130|injured;a=MSF]] since
    Friday, MSF said on {{May 13, 2024}}. The city, the last Darfur state capital not in RSF
    hands, is home to [[about 1.8 million people|civilians;a=UN]], according to the UN. IOM said
    [[more than 500,000 people|displaced;a=IOM]] were sheltering in Zamzam camp alone, south of
    the city. The RSF has massed [[thousands of fighters|combatants;a=residents]] around El
    Fasher, while the army's {{6th Infantry Division}} and the allied Joint Forces of former
    rebel groups hold its centre, residents said. [[About 2,000
    families|displaced;a=Emergency Response Room]] fled the eastern districts for the west of
    the city in {{48 hours}}, according to the local Emergency Response Room. MSF said the
    South Hospital, with [[just 100 beds|capacity;a=MSF]], was treating patients on the floor
    of its corridors.""",
)

item(
    "Drone strike on El Fasher's Saudi hospital kills 70, WHO says",
    """A drone attack on the Saudi Teaching Hospital in El Fasher killed [[70 people|killed;a=Tedros
    Adhanom Ghebreyesus]] and wounded [[19|injured;a=Tedros Adhanom Ghebreyesus]], Tedros
    Adhanom Ghebreyesus, the head of the WHO, said on {{January 26, 2025}}. The hospital, with
    [[some 200 beds|capacity]], was the last in the city still able to carry out surgery.
    Hospital staff said [[about 300 patients and companions|civilians;a=Hospital staff;n=patients
    and companions]] were in the building when the drone struck the emergency ward shortly
    after dawn prayers. MSF said [[more than 40 attacks|other;a=MSF;u=other]] on health
    facilities in North Darfur had been recorded since {{May 2024}}. [[At least 80 health
    facilities|housing;a=WHO]] across Darfur have been damaged or destroyed since
    {{April 2023}}, the WHO said. The strike came as the RSF shelled Abu Shouk camp, killing
    [[at least nine displaced people|killed;a=General Coordination for Displaced Persons and
    Refugees in Darfur]], according to the General Coordination for Displaced Persons and
    Refugees in Darfur. The RSF denied carrying out the attack.""",
)

item(
    "Abu Shouk camp shelled as thousands flee to Tawila",
    """RSF shelling and a ground assault on Abu Shouk camp, north of El Fasher, killed [[at least
    40 people|killed;a=the camp's emergency response room]] on Friday and Saturday, the camp's
    emergency response room said. [[Dozens|injured]] were wounded, among them [[11
    children|injured]]. IOM's DTM said [[about 7,500 households|displaced;a=IOM's DTM]] fled
    Abu Shouk over the weekend, most of them towards Tawila, some {{60 km}} to the west. The
    camp had [[an estimated population of 190,000|displaced]] before the latest attacks. Yale's
    Humanitarian Research Lab said satellite images showed [[more than 150
    structures|housing;a=Yale's Humanitarian Research Lab]] burned in the camp's northern
    blocks. The RSF said it had captured [[about 30 army soldiers|arrested;a=The RSF]] in the
    camp, which it described as a military position. "There is no army here, only people who
    have nothing," said Mariam Abdallah, a {{52-year-old}} widow.""",
)

item(
    "Security Council demands RSF end siege of El Fasher",
    """The UN Security Council on {{June 13, 2024}} adopted {{Resolution 2736}}, demanding that
    the RSF halt its siege of El Fasher and that fighting around the city stop immediately.
    OCHA said [[more than 130,000 people|displaced;a=OCHA]] had fled El Fasher since mid-April.
    The UN estimates [[800,000 civilians|civilians;a=The UN]] remain in the city. A Joint
    Forces spokesman said [[about 2,500 fighters|combatants;a=A Joint Forces spokesman]] from
    the Sudan Liberation Army and the Justice and Equality Movement had arrived to reinforce
    the garrison. According to ACLED, [[at least 226 people|killed;a=ACLED]] were killed in
    North Darfur in May. [[Dozens of villages|other]] west of the city were burned in the same
    weeks. MSF said the South Hospital received [[1,315 wounded|injured;a=MSF]] between
    {{May 10 and June 10}}, and that [[208|killed;a=MSF]] of them died.""",
)

item(
    "Hunger deaths mount in besieged El Fasher",
    """[[At least 63 people|killed;a=the North Darfur health ministry]], most of them women and
    children, died of malnutrition in El Fasher in a single week, the North Darfur health
    ministry said on {{August 11, 2025}}. UNICEF said [[more than 6,000 children|civilians;a=UNICEF]]
    in the city were suffering from severe acute malnutrition. The city's community kitchens
    fed [[about 150,000 people a day|aid;a=Emergency Response Rooms]] in March, but
    [[43 kitchens|other;a=Emergency Response Rooms;u=structure]] have since closed for lack of
    sorghum, the Emergency Response Rooms said. A {{3.5 kg}} bag of sorghum now costs
    {{$100}}, and some families eat animal fodder. WFP said [[more than 260,000
    people|civilians;a=WFP]] were trapped in the city, {{half of them}} children. [[Some 38
    trucks|aid;a=the agency;alt=WFP]] loaded with food have been waiting in Tawila for
    {{six weeks}}, the agency said.""",
)

item(
    "El Fasher falls to RSF amid reports of mass killings",
    """The RSF said on {{October 26, 2025}} that it had taken the headquarters of the army's
    {{6th Infantry Division}} in El Fasher, ending a siege of more than {{500 days}}. The Sudan
    Doctors Network said RSF fighters had killed [[at least 1,500 people|killed;a=Sudan Doctors
    Network]] as they tried to flee the city. IOM said [[more than 26,000
    people|displaced;a=IOM]] fled El Fasher in {{two days}}. Only [[about
    5,000|displaced;a=aid groups]] had reached Tawila by Tuesday, aid groups said. The UN said
    [[up to 250,000 civilians|civilians;a=The UN]] may still be in the city. The army said
    [[thousands of its soldiers|combatants;a=The army]] had withdrawn to "safer positions".
    RSF commanders said they had captured [[several hundred soldiers|arrested;a=RSF
    commanders]] and Joint Forces fighters. Videos shared by RSF fighters appeared to show the
    killing of unarmed men.""",
)

item(
    "WHO says more than 460 killed at El Fasher maternity hospital",
    """The World Health Organization said it was appalled by reports that [[more than 460
    patients and companions|killed;a=World Health Organization;n=patients and companions]] were
    shot dead at the Saudi Maternity Hospital in El Fasher after the RSF entered the city. It
    said [[six health workers|kidnapped;a=World Health Organization]], among them doctors and a
    pharmacist, had been abducted. WHO has recorded [[185 attacks|other;a=WHO;u=other]] on
    health care in Sudan since the war began in {{April 2023}}, which killed [[1,204
    people|killed;a=WHO]] and injured [[416|injured;a=WHO]]. The RSF said its forces were
    protecting the hospital and that it had arrested fighters accused of abuses. [[Five Sudanese
    Red Crescent volunteers|killed;a=the IFRC]] were killed in Bara, in North Kordofan, in the
    same week, the IFRC said. [[About 40 patients|displaced]] were later moved to a clinic in
    Tawila.""",
)

item(
    "Survivors of El Fasher reach Tawila with accounts of killings at checkpoints",
    """MSF said its teams in Tawila had treated [[396 wounded people|injured;a=MSF]] arriving
    from El Fasher since {{October 26}}, many with gunshot wounds that were days old. MSF teams
    found [[some 540 children|civilians;a=MSF teams]] with severe acute malnutrition among the
    arrivals. Survivors said men were separated from women at RSF checkpoints at Garni, about
    {{10 km}} west of the city. The UN said [[about 90,000 people|displaced;a=The UN]] had fled
    El Fasher and surrounding villages since the city fell, but that only [[some
    10,000|displaced;a=The UN]] had arrived in Tawila, raising fears that many were being held
    or had been killed on the way. Relatives said [[dozens of men|kidnapped;a=Relatives]] were
    being held for ransom in Garni, with fighters demanding up to {{20 million Sudanese
    pounds}}. The Darfur Network for Human Rights said [[about 1,000 men|missing;a=Darfur
    Network for Human Rights]] from El Fasher were unaccounted for. "They took my brother and my
    sons at the checkpoint," said Amna Yousif, {{41}}.""",
)

item(
    "El Fasher: a sultans' capital at the edge of the desert",
    """El Fasher became the seat of the Fur sultans in about {{1790}}, when Sultan Abd al-Rahman
    moved his court to the shores of a seasonal lake. Ali Dinar, the last sultan, built his
    palace there in {{1912}}, and British forces took the city in {{1916}}, killing him in the
    hills to the west. The palace became a museum in {{1977}}. The city lies about
    {{800 km}} west of Khartoum at an altitude of some {{730 metres}}, and summer temperatures
    reach {{45C}}. It became the capital of North Darfur in {{1994}}. In the {{2000s}}, it was
    the headquarters of the African Union mission and then of UNAMID, which closed at the end of
    {{2020}} after {{13 years}}. The rebels' attack on its airport in {{April 2003}} is often
    counted as the start of the Darfur war.""",
)

item(
    "Drone strike on El Fasher mosque kills worshippers at dawn prayers",
    """A drone strike on a mosque in El Fasher's Daraja Oula neighbourhood during dawn prayers on
    Friday killed [[at least 75 people|killed;a=El Fasher Resistance Committees]], the El Fasher
    Resistance Committees said. A local official told Reuters that [[about 30
    people|injured;a=A local official]] had been wounded, several of them
    critically. Residents said RSF artillery had also hit Abu Shouk camp, destroying [[12
    shelters|housing;a=Residents]]. OCHA said [[more than 600,000 people|displaced;a=OCHA]] had
    fled El Fasher and its camps since {{April 2024}}, and that [[some 260,000|civilians;a=OCHA]]
    remained in the city. The army said its aircraft had killed [[dozens of RSF
    fighters|killed;a=The army]] in strikes on their positions east of the city. The strike came
    at about {{5.30am}}, when the mosque was full.""",
)

item(
    "Rights group says RSF holding thousands from El Fasher in makeshift prisons",
    """Emergency Lawyers said the RSF was holding [[more than 3,000 people|arrested;a=Emergency
    Lawyers]] from El Fasher in makeshift prisons in Nyala, Kabkabiya and Garni, including
    [[about 200 women|arrested;a=Emergency Lawyers]]. The group said [[at least 19
    detainees|killed;a=The group;alt=Emergency Lawyers]] had died in custody of disease and
    hunger since November. [[Four journalists|arrested;a=the Sudanese Journalists
    Syndicate]] from the city are among those detained, the Sudanese Journalists Syndicate
    said. The RSF said it had released [[1,036 prisoners of war|arrested;a=The RSF;n=prisoners]]
    on {{December 21, 2025}}, most of them soldiers of the {{6th Infantry Division}}. The ICRC
    said it had been able to visit [[only 40 detainees|arrested;a=The ICRC]] so far. Families
    say [[hundreds of others|missing;a=Families]] have not been traced to any prison.""",
)

item(
    "UNICEF says 130,000 children trapped in El Fasher as RSF blocks exits",
    """[[At least 260,000 civilians|civilians;a=UNICEF]], including [[130,000
    children|civilians;a=UNICEF]], remain trapped in El Fasher, UNICEF said on
    {{August 19, 2025}}. Yale's Humanitarian Research Lab said the RSF had built an earthen berm
    more than {{30 km}} long around the city. The UN human rights office said [[at least 89
    civilians|killed;a=The UN human rights office]] were killed in the first {{10 days}} of
    August, many of them while trying to leave. Fighters attacked Abu Shouk on
    {{August 11}}, killing [[40 people|killed]]. [[About 1,200 households|displaced;a=IOM]] fled to
    Tawila that week, IOM said. The RSF said it would let [[up to 5,000 people each
    day|displaced;p;a=The RSF]] leave through a corridor to the west, but residents said no one
    they knew had been allowed out.""",
)

item(
    "Joint Forces say they repelled new RSF assault on El Fasher",
    """The Joint Forces, a coalition of former Darfur rebel groups fighting alongside the army,
    said they had repelled the RSF's {{227th}} attack on El Fasher on Sunday. Their spokesman,
    Ahmed Hussein Mustafa, said [[more than 400 RSF fighters|killed;a=Ahmed Hussein Mustafa]]
    were killed and [[37 combat vehicles|other;a=Ahmed Hussein Mustafa]] destroyed or seized.
    The RSF did not comment on its losses but said it had killed [[dozens of soldiers and
    allied fighters|killed;a=The RSF;n=soldiers and allied fighters]]. The claims could not be
    independently verified. Analysts estimate the Joint Forces have [[between 6,000 and 8,000
    fighters|combatants;a=Analysts]] in the city. The army said it had airdropped [[about 20
    tonnes|aid;a=The army]] of food and medicine into the {{6th Infantry Division}} compound.
    [[Seven civilians|killed;a=local volunteers]] were killed by shelling on the Al-Wadi market
    the same day, local volunteers said.""",
)

item(
    "El Fasher's schools fill with families fleeing the eastern front",
    """In the western districts of El Fasher, [[46 schools|capacity;a=the North Darfur education
    ministry]] have become shelters for families fleeing the eastern front lines, the North
    Darfur education ministry said. The ministry said the schools held [[about 9,000 displaced
    people|displaced;a=The ministry;alt=North Darfur education ministry]], with [[as many as
    60|displaced;a=The ministry;alt=North Darfur education ministry]] sleeping in a single
    classroom. Abu Shouk camp, set up in {{2004}} for [[about 40,000 people|capacity]], held
    [[roughly 190,000|displaced]] before the RSF attacks. UNHCR plans to set up [[three more
    sites|capacity;p;a=UNHCR]] outside the city able to take [[up to 15,000
    people|capacity;p;a=UNHCR]]. Teachers said [[more than 20,000 pupils|other;a=Teachers]] had
    had no classes since {{April 2023}}.""",
)

item(
    "Gunmen abduct aid workers near El Fasher as convoy is attacked",
    """Gunmen abducted [[three aid workers|kidnapped;a=the group]] from a local relief group on
    the road from El Fasher to Tawila on {{June 2}}, the group said. The UN said [[at least 120
    aid workers|killed;a=The UN]] had been killed in Sudan since {{April 2023}} and [[about
    30|kidnapped;a=The UN]] abducted. A convoy of [[15 WFP trucks|aid;a=WFP]] was attacked near
    Mellit the same week and [[three|other;a=WFP;u=other]] of the trucks were burned, WFP said.
    [[Five drivers|killed;a=WFP]] were killed, it added. The UN humanitarian coordinator said
    [[more than 1,000 trucks a month|aid;p;a=The UN humanitarian coordinator]] were needed to
    keep North Darfur from famine.""",
)

item(
    "Darfur Bar Association names 2,017 killed in El Fasher's first week under RSF",
    """The Darfur Bar Association said on {{November 5, 2025}} that it had compiled the names of
    [[2,017 people|killed;a=Darfur Bar Association]] killed in El Fasher and nearby villages
    in the {{first week}} after the city fell. It said [[more than 150 women and
    girls|kidnapped;a=Darfur Bar Association;n=women and girls]] had been abducted, and that
    [[an estimated 4,000 men|missing;a=Darfur Bar Association]] were missing. The figures are far
    higher than those given by the RSF, which said [[fewer than 100 civilians|killed;a=the
    RSF]] had died. Sudan's foreign ministry put the toll at [[more than
    2,000|killed;a=Sudan's foreign ministry]]. [[Some 60 bodies|killed;a=residents]] were
    buried in a mass grave near the university, residents said. The International Criminal
    Court said it was collecting evidence.""",
)

item(
    "Timeline: the siege of El Fasher",
    """{{April 15, 2023}}: War breaks out between the army and the RSF in Khartoum and spreads to
    Darfur within days. {{May 10, 2024}}: Heavy fighting reaches El Fasher's eastern
    districts. {{June 13, 2024}}: The Security Council adopts {{Resolution 2736}}. {{August 1,
    2024}}: Famine is confirmed in Zamzam camp, {{15 km}} south of the city. {{January 24,
    2025}}: A drone hits the Saudi hospital. {{April 11-13, 2025}}: The RSF storms Zamzam.
    {{October 26, 2025}}: The RSF takes the {{6th Infantry Division}} headquarters after more
    than {{500 days}} of siege.""",
)
