"""Items of dev284: DR Congo, the Central African Republic, Nigeria, Cameroon, Mali, Burkina
Faso and Mozambique."""

from _wrap import item

item(
    "MSF treats record number of rape survivors around Goma",
    """Médecins Sans Frontières said it treated [[more than 17,300 survivors|injured;a=Médecins
    Sans Frontières]] of sexual violence in and around Goma in {{2024}}, an average of [[about
    48 a day|injured;n=-;a=Médecins Sans Frontières]]. Most were women living in the
    displacement sites that ring the city, where [[between 600,000 and 650,000
    people|displaced;a=the International Organization for Migration]] were sheltering before
    the {{M23}} advance in {{January 2025}}, according to the International Organization for
    Migration. The charity said {{two in three}} of the patients it saw had been attacked by
    armed men, often while looking for firewood or food in the hills around Bulengo and
    Lushagala. Its staff handed out [[about 9,000 post-exposure kits|aid]] during the year. In
    Lushagala alone, [[some 1,700 women and girls|injured;n=women and girls;a=MSF]] came to the
    charity's clinic in {{a single month}}, MSF said. The camps were emptied when the rebels
    ordered them dismantled, and [[hundreds of thousands of people|returned]] walked back to
    villages in Masisi and Rutshuru. Aid groups say [[at least 40
    clinics|other;u=structure;a=Aid groups]] offering care after rape have closed since then.""",
)

item(
    "CODECO militiamen kill dozens at Ituri displacement site",
    """Militiamen from the CODECO group killed [[at least 46 people|killed;a=local officials]],
    most of them women and children, in an attack on the Plaine Savo displacement site in Djugu
    territory overnight, local officials said. Survivors said fighters armed with machetes
    raped women before setting fire to their shelters. [[More than 200 shelters|housing;a=the
    UN refugee agency]] were burned, according to the UN refugee agency, and [[about 5,000
    people|displaced;a=the UN refugee agency]] fled to Bunia and to a base of the UN mission
    nearby. The agency said [[14 women|kidnapped;a=The agency;alt=the UN refugee agency]] had
    been taken by the attackers and [[another 23 people|missing;a=The agency;alt=the UN refugee
    agency]] were unaccounted for. Hospital staff in Bunia said they were treating [[36
    wounded|injured;n=-;a=Hospital staff in Bunia]], [[nine|injured;n=-;a=Hospital staff in
    Bunia]] of them for sexual assault. The site was home to [[about 20,000 displaced
    people|displaced]] before the attack.""",
)

item(
    "Ten years after Chibok, 82 of the schoolgirls remain missing",
    """{{Ten years}} after Boko Haram fighters seized [[276 girls|kidnapped]] from the Government
    Girls Secondary School in Chibok, [[82|missing;n=-;a=Amnesty International]] are still
    missing, Amnesty International said on the anniversary. [[Fifty-seven|kidnapped;n=-]]
    escaped in the first hours by jumping from the trucks that carried them away. Others were
    freed in groups over the following years, including [[82 girls|kidnapped;a=the government]]
    released in {{May 2017}} after talks brokered by Switzerland, the government said. Many
    came back with children born in captivity: one reintegration programme in Maiduguri counts
    [[about 30 such children|other;a=one reintegration programme in Maiduguri]]. Parents'
    groups say [[at least 20 parents|killed;a=Parents' groups]] have died since the abduction,
    some in attacks on Chibok itself. Boko Haram and its rival ISWAP have abducted [[more than
    1,680 children|kidnapped;a=UNICEF]] in Nigeria's northeast since {{2014}}, according to
    UNICEF.""",
)

item(
    "Nigerian army says it freed women and children held in Sambisa",
    """The Nigerian army said on {{Sunday}} that its troops had rescued [[124 women and
    children|kidnapped;n=women and children;a=The Nigerian army]] held by Boko Haram in camps
    in the Sambisa forest, and killed [[23 insurgents|killed;a=The Nigerian army]] in the
    operation. Army spokesman Onyema Nwachukwu said [[about 40|other;n=-;a=Onyema Nwachukwu]]
    of those rescued were children born to women who had been forced to marry fighters.
    [[Eleven fighters|arrested;a=Onyema Nwachukwu]] had surrendered and were being held in
    Maiduguri, he said. The operation, which ran for {{three weeks}}, involved [[more than
    2,000 troops|combatants;a=the army]] backed by air strikes, according to the army. The
    women were taken to a transit centre in Maiduguri run by the Borno state government, which
    can house [[up to 500 people|capacity]]. The state's social welfare ministry said [[the
    124|returned;n=-;a=The state's social welfare ministry;p]] would be reunited with their
    families once they had been screened and treated.""",
)

item(
    "Women abducted collecting firewood outside Dikwa, residents say",
    """Suspected fighters of Islamic State West Africa Province abducted [[at least 13
    women|kidnapped;a=residents]] collecting firewood outside the town of Dikwa in Borno state
    on {{Tuesday}}, residents and a local militia leader said. [[Four|returned;n=-;a=Babakura
    Kolo]] walked back to the town the next day, Babakura Kolo of the Civilian Joint Task Force
    told Reuters. The town holds [[more than 70,000 displaced people|displaced]] who depend on
    aid and on firewood they sell in the market. The UN's humanitarian office has recorded
    [[about a dozen|kidnapped;n=-;a=The UN's humanitarian office]] such abductions around Dikwa
    and Gamboru this year. The Nigerian military said it had deployed [[300 more
    soldiers|combatants;a=The Nigerian military]] to protect women leaving the camps. Aid
    agencies have given out [[2,400 fuel-efficient stoves|aid;u=other]] so that women need to
    collect less wood.""",
)

item(
    "UN to send home peacekeepers after abuse allegations in Central African Republic",
    """The United Nations said it would repatriate [[about 450 peacekeepers|returned;a=The United
    Nations;p]] serving with its mission in the Central African Republic after allegations that
    soldiers had sexually exploited women and girls near their base in Haute-Kotto. The
    mission, MINUSCA, said it had received [[11 allegations|other;u=other;a=The
    mission;alt=MINUSCA]] involving the unit since {{March}}, [[seven|other;n=-;a=The
    mission;alt=MINUSCA]] of them involving girls under {{under 18}}. [[Five
    soldiers|arrested;a=a UN spokesperson]] have been confined to barracks, a UN spokesperson
    said. MINUSCA has [[more than 14,000 uniformed personnel|combatants;n=personnel]] in the
    country. The UN's victims' rights advocate said [[at least 60 victims|aid;a=The UN's
    victims' rights advocate]] of abuse by peacekeepers in the country were receiving medical,
    psychological and legal support, and that [[18 children|other;a=The UN's victims' rights
    advocate]] fathered by peacekeepers had been registered in paternity claims.""",
)

item(
    "Kavumu militia members convicted of raping young girls",
    """A military court sitting in Kavumu, in South Kivu, convicted [[11 militiamen|arrested]] of
    crimes against humanity for the rape of [[more than 40 children|other;a=the court]] between
    {{2013 and 2016}}, the court said, most of them girls {{aged under five}}. Among those
    sentenced to life imprisonment was a provincial lawmaker, Frédéric Batumike, who led the
    militia. [[Two defendants|other]] were acquitted. Doctors at Panzi Hospital, which treated
    [[37 of the girls|injured;a=Doctors at Panzi Hospital;n=girls]], said some would need
    surgery for years. Lawyers for the families said [[about 15 families|displaced;a=Lawyers
    for the families]] had left Kavumu because of threats from the militia's supporters. The
    court ordered the state and the defendants to pay {{$5,000}} to each victim.""",
)

item(
    "Women raped and killed in Goma prison fire as M23 entered city",
    """[[More than 150 women|other;a=a UN official]] were raped by male inmates during a mass
    escape from Goma's Munzenze prison as {{M23}} rebels entered the city in {{January}}, a UN
    official said, and most of them then died when the women's wing was set on fire. The
    official said [[at least 132|killed;n=-;a=The official]] had been killed. [[About 4,000
    inmates|other;a=prison officials]] escaped, according to prison officials. The fighting for
    Goma killed [[nearly 3,000 people|killed;a=the UN]], the UN said, and left [[several
    hundred women|injured]] seeking care for sexual violence at the city's hospitals. Human
    Rights Watch said it had identified [[nine rebel commanders|other;a=Human Rights Watch]]
    present in the city at the time. The rebels denied responsibility for the prison killings.""",
)

item(
    "UN report says Malian troops and foreign fighters raped women in Moura",
    """A UN human rights report found that Malian troops and foreign military personnel killed
    [[at least 500 people|killed;a=A UN human rights report]] over {{five days}} in the central
    village of Moura in {{March 2022}}, most of them summarily executed. Investigators said
    [[58 women and girls|other;n=women and girls;a=Investigators]] were raped or subjected to
    other sexual violence during the operation. [[About 3,000 people|civilians]] lived in the
    village at the time. The report said [[several hundred men|arrested;a=The report]] were
    rounded up at the market and held for days. Soldiers arrived in [[five helicopters|other]]
    on the first morning of the operation. Mali's transitional government rejected the findings
    and said it had killed [[203 fighters|killed;a=it;alt=Mali's transitional government]] of
    armed groups in Moura.""",
)

item(
    "Burkina Faso women abducted near Arbinda freed",
    """Burkina Faso's army said [[66 women and children|kidnapped;n=women and children;a=Burkina
    Faso's army]] abducted by jihadists near Arbinda had been freed in an operation near
    Tougouri. The women were seized in {{two groups}} on {{January 12 and 13}} while gathering
    leaves and wild fruit outside the town, which has been under blockade for {{months}}.
    [[Twenty-seven|kidnapped;n=-]] of those freed were girls, several of them babies. Officials
    said the group had been found in a convoy of [[four vehicles|other;a=Officials]] and that
    [[the 66|returned;n=-;a=Officials;p]] would be returned to their families after medical
    checks. Arbinda is home to [[about 40,000 people|civilians]], many of them displaced from
    nearby villages. Across the country, [[more than 2 million people|displaced;a=the
    government]] have been displaced, according to the government's last published figure, and
    [[hundreds of thousands|civilians;n=-]] live in towns under blockade.""",
)

item(
    "Cabo Delgado women freed from insurgent camps tell of forced marriage",
    """Mozambican and Rwandan troops freed [[about 90 women and children|kidnapped;n=women and
    children;a=the Rwandan military]] from insurgent bases near Mocímboa da Praia in the past
    month, the Rwandan military said. Many of the women had been abducted as teenagers and
    forced to marry fighters. Human Rights Watch said in a report that insurgents had abducted
    [[at least 600 women and girls|kidnapped;n=women and girls;a=Human Rights Watch]] since
    {{2017}}. The rescued women are being housed at a centre in Pemba with space for [[100
    people|capacity]], run by a local organisation with UN Population Fund support. Aid workers
    said [[as many as 30|returned;n=-;a=Aid workers;p]] could go home to Palma in the coming
    weeks. The conflict has displaced [[more than 1 million people|displaced;a=the
    International Organization for Migration]] since it began, the International Organization
    for Migration said, Rwanda has [[about 4,000 troops|combatants;a=Rwanda]] in the province,
    it says, and says they have killed [[more than 200 insurgents|killed;a=Rwanda]] this year.""",
)

item(
    "Cameroon: soldiers accused of rape in attack on Ebam village",
    """Human Rights Watch said Cameroonian soldiers raped [[at least 20 women|other;a=Human Rights
    Watch]], killed [[one man|killed;a=Human Rights Watch]] and arrested [[more than 40
    men|arrested;a=Human Rights Watch]] during an operation in the village of Ebam, in the
    Southwest region, in {{March 2020}}. The soldiers were looking for separatist fighters.
    [[Four of the women|other;a=the group;alt=Human Rights Watch;n=women]] were raped by
    several soldiers, the group said, and [[about 35 homes|housing;a=the group;alt=Human Rights
    Watch]] were looted. The army denied that any rapes took place. The conflict in the
    Anglophone regions has forced [[more than 600,000 people|displaced;a=the UN]] from their
    homes, the UN says, and burned [[hundreds of villages|other]].""",
)

item(
    "Panzi Hospital marks milestone in care for survivors",
    """Panzi Hospital in Bukavu said it has treated [[more than 87,000 survivors|injured;a=Panzi
    Hospital]] of sexual violence since it opened in {{1999}}. The hospital, founded by the
    Nobel laureate Denis Mukwege, has [[450 beds|capacity]], of which [[about
    90|capacity;n=-;u=other]] are reserved for women recovering from surgery after rape. Its
    foundation also runs [[three one-stop centres|other;v=3]] in South Kivu and a house for
    survivors in Bukavu that can take [[up to 60 women|capacity]] at a time. The hospital said
    [[between 2,000 and 2,500 women|injured;a=The hospital;alt=Panzi Hospital]] a year still
    come for care, most from Kalehe, Shabunda and Fizi. Since {{M23}} took Bukavu in {{February
    2025}}, staff said, {{about a third}} of its patients have come from villages near the
    front. Its programme for children born of rape has registered [[412 children|other;a=Its
    programme for children born of rape]].""",
)

item(
    "Borno rehabilitation centre prepares women for return to home towns",
    """A government rehabilitation centre in Maiduguri is housing [[312 women and
    children|displaced;n=women and children;a=its director]] who lived for years under Boko
    Haram, its director said, many of them wives of fighters who surrendered. The centre was
    built for [[250 people|capacity]]. Borno's governor has said the state wants to move
    [[about 1,000 women|returned;a=Borno's governor;p]] back to their home towns in the coming
    months as it closes the camps in Maiduguri. Aid groups warn that [[hundreds of
    women|civilians;a=Aid groups]] who were raped in captivity face rejection by their
    communities. The UN Population Fund said it had provided [[4,600 dignity kits|aid;a=The UN
    Population Fund]] and trained [[85 community leaders|other;a=The UN Population Fund]] in
    mediation. [[Some 160,000 Boko Haram fighters and family members|other;n=fighters and
    family members;a=the army]] have surrendered since {{2021}}, according to the army.""",
)

item(
    "UN report counts sexual violence by all sides in eastern Congo",
    """The UN verified [[733 cases|other;a=The UN]] of conflict-related sexual violence in the
    Democratic Republic of the Congo last year, affecting [[701 women|other;a=The UN]], [[26
    girls|other;a=The UN]] and [[six men|other;a=The UN]], according to the secretary-general's
    annual report. The report attributed [[about 220|other;n=-;a=The report]] of the cases to
    CODECO and the Twirwaneho militia and [[75|other;n=-;a=The report]] to the Congolese army.
    Military courts convicted [[34 soldiers|arrested;a=the report]] and [[19
    members|arrested;a=the report]] of armed groups of sexual violence during the year, the
    report said. The report also said [[nearly 7 million people|displaced]] were displaced
    inside the country, the highest number on record.""",
)

item(
    "Congo's reparations fund for survivors sets out budget",
    """The Democratic Republic of the Congo's national fund for reparations to victims of
    conflict-related sexual violence said it had been allocated {{$40 million}} for the {{2025
    fiscal year}}, up from {{$12 million}} in {{2023}}. The fund, created by a law of
    {{December 2022}}, is financed by {{11 percent}} of the royalties paid by mining companies.
    Its director told a news conference in Kinshasa on {{June 19}} that payments would start in
    {{the third quarter}} and that each survivor would receive about {{$2,000}}. She said the
    fund had opened offices in {{14 of the 26 provinces}}. Survivors' associations called the
    sums inadequate.""",
)

item(
    "Boko Haram trial adjourned again in Kainji",
    """A federal high court sitting at the Kainji detention facility adjourned the trial of a
    suspected Boko Haram commander accused of the abduction and rape of schoolgirls until
    {{March 4}}, the {{fifth}} adjournment since {{2022}}. The {{38-year-old}} defendant has
    been held since {{2019}}. Prosecutors said they needed {{another six weeks}} to bring
    witnesses from Borno. The trials, held behind closed doors since {{2017}}, have drawn
    criticism from rights groups, who say hearings often last {{less than an hour}}.""",
)
