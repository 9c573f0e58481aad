"""Children killed and maimed: the UN's annual report on children and armed conflict, the
monitors' tallies and the tolls of single attacks (11 texts with figures, 1 without)."""

from _wrap import item

item(
    "UN verifies record number of violations against children in war",
    """UNITED NATIONS (Reuters) - The United Nations verified
    [[32,140 grave violations|other;u=other;a=The United Nations]] against children in armed
    conflict last year, a {{21%}} increase on {{2022}} and the highest number since the world body
    began keeping count, according to a report seen by Reuters on Tuesday. In the report,
    Secretary-General Antonio Guterres said
    [[5,290 children|killed;a=Secretary-General Antonio Guterres]] had been killed and
    [[6,470|injured;n=-;a=Secretary-General Antonio Guterres]] maimed, while
    [[8,610|combatants;n=-;a=Secretary-General Antonio Guterres]] had been recruited and used by
    armed forces and groups. The number of children abducted rose to [[4,350|kidnapped;n=-]], and
    the UN counted [[1,650 attacks|other;u=other;a=the UN]] on schools and hospitals. Israeli forces
    were added for the first time to the report's annex, a list of parties that commit grave
    violations against children, alongside Hamas and Palestinian Islamic Jihad. The most violations
    were recorded in the Palestinian territories, Congo, Myanmar, Somalia, Nigeria and Sudan.
    Russian forces stayed on the list for a {{second year}}.""",
)

item(
    "Gaza's children bear the brunt as war's toll climbs",
    """DEIR AL-BALAH, Gaza Strip (AP) —
    [[More than 17,000 children|killed;a=Gaza's Health Ministry]] have been killed in Gaza since the
    war began in October {{2023}}, Gaza's Health Ministry said Tuesday, {{nearly a third}} of all
    the dead it has counted. The ministry does not say how many of the dead were fighters, but says
    women and children make up {{more than half}} of
    [[the over 52,000 people|killed;a=The ministry;alt=Gaza's Health Ministry]] killed. UNICEF
    estimates that [[at least 17,000 children|displaced;a=UNICEF]] in the territory are
    unaccompanied or separated from their parents. Save the Children said
    [[more than 3,000 children|injured;a=Save the Children]] had lost one or both legs, many in
    operations carried out without anesthesia. Israel blames Hamas for civilian deaths because its
    fighters operate in residential areas. The Hamas-led attack on southern Israel that started the
    war killed [[about 1,200 people|killed]], and militants took [[251 hostages|kidnapped]],
    [[38 of them|kidnapped;n=-]] children.""",
)

item(
    "Coalition strike on Yemen school bus kills dozens of children",
    """SANAA (AFP) - An air strike by the Saudi-led coalition hit a bus carrying schoolboys through
    a market in northern Yemen on Thursday, killing
    [[at least 29 children|killed;a=the International Committee of the Red Cross]], the
    International Committee of the Red Cross said. Most of the boys were {{under 15}} and had been
    on a summer outing organised by a local mosque, residents said. A hospital supported by the ICRC
    in Saada received
    [[48 wounded|injured;a=the organisation;alt=the International Committee of the Red Cross]],
    including [[30 children|injured;a=the organisation;alt=the International Committee of the Red
    Cross]], the organisation said on Twitter. Houthi-run health authorities put the toll at
    [[50 dead|killed;a=Houthi-run health authorities]] and
    [[77 injured|injured;a=Houthi-run health authorities]]. The coalition said it had targeted
    missile launchers used by the rebels and called the strike a "legitimate military action".
    UNICEF says [[more than 6,700 children|killed;a=UNICEF]] have been killed or seriously injured
    in Yemen since the coalition intervened in March {{2015}}.""",
)

item(
    "Afghanistan: record number of children killed or hurt in 2016",
    """[[More than 3,500 children|killed;a=the UN mission in Afghanistan]] were killed or injured in
    Afghanistan in {{2016}}, the highest number since records began, the UN mission in Afghanistan
    (Unama) says. Of those, [[923|killed;n=-;a=Unama]] died and [[2,589|injured;n=-;a=Unama]] were
    wounded, Unama said in its annual report on the protection of civilians. Ground fighting between
    government forces and the Taliban caused most of the harm, but [[more than 600 children|killed]]
    were killed or maimed by unexploded mortar rounds and other explosive remnants of war that they
    picked up while playing or collecting scrap metal. Children accounted for {{31%}} of
    [[the 11,418 civilian casualties|killed;a=the mission;alt=the UN mission in Afghanistan]] the
    mission recorded. {{Ten-year-old}} Gul Ahmad lost both legs when a rocket he found near his home
    in Helmand exploded, his father told the BBC.""",
)

item(
    "Syria's war has killed more than 12,000 children, monitor says",
    """The Syrian Observatory for Human Rights said on Wednesday that
    [[more than 250,000 people|killed;a=The Syrian Observatory for Human Rights]] had been killed
    since the uprising against Bashar al-Assad began in March {{2011}}, among them
    [[12,517 children|killed;a=The Syrian Observatory for Human Rights]]. The Britain-based monitor,
    which relies on a network of activists and medics inside the country, said barrel bombs dropped
    by government helicopters had killed [[about 1,200 children|killed;a=The Britain-based
    monitor;alt=The Syrian Observatory for Human Rights]] in Aleppo province alone. Unicef said
    [[2 million children|civilians;a=Unicef]] inside Syria lived in areas that aid agencies could
    reach only rarely or not at all, and that [[more than 2 million|displaced;n=-;a=Unicef]] were
    refugees in neighbouring countries. {{One in four}} schools in the country has been damaged,
    destroyed or turned into a shelter for displaced families, the agency said. The Observatory's
    toll does not include [[the thousands of people|missing]] who have disappeared in government
    detention.""",
)

item(
    "Russian missile strike on Zaporizhzhia kills 11, including four children",
    """A Russian ballistic missile hit a residential neighbourhood in Zaporizhzhia on the evening of
    {{May 14}}, killing [[11 people|killed;a=regional Governor Ivan Fedorov]], including
    [[four children|killed;a=regional Governor Ivan Fedorov]], regional Governor Ivan Fedorov
    reported. The youngest victim was {{three years old}}.
    [[Another 38 people|injured;a=the regional military administration]] were wounded, among them
    [[nine children|injured;a=the regional military administration]],
    [[two of them|injured;n=-;a=the regional military administration]] in critical condition,
    according to the regional military administration. The missile struck a playground between
    apartment blocks as families were out walking after the air-raid alert had ended. According to
    Ukraine's Prosecutor General's Office,
    [[at least 650 children|killed;a=Ukraine's Prosecutor General's Office]] have been killed and
    [[more than 2,000|injured;n=-;a=Ukraine's Prosecutor General's Office]] injured since Russia
    launched its full-scale invasion in February {{2022}}. The office says the real figures are
    higher, as it cannot count casualties in occupied territories.""",
)

item(
    "UNICEF says children killed and maimed daily in besieged El Fasher",
    """PORT SUDAN, Sudan (AP) — Shelling and drone strikes on the besieged Sudanese city of El
    Fasher have killed or maimed [[more than 150 children|killed;a=UNICEF]] in {{three weeks}},
    UNICEF said Friday. The agency said it had verified the deaths of
    [[at least 62 children|killed;a=The agency;alt=UNICEF]], among them a baby {{2 months old}}.
    Doctors at the Saudi Hospital, one of the last still working in the city, said they were
    treating [[dozens of children|injured;a=Doctors at the Saudi Hospital]] for shrapnel wounds with
    almost no supplies. MSF said its surgical teams had treated
    [[more than 300 war-wounded|injured;a=MSF]] there since May. The city, the last in Sudan's
    Darfur region held by the army, has been encircled by the paramilitary Rapid Support Forces
    since May and is home to [[some 800,000 people|civilians]]. Since the war began in April
    {{2023}}, [[more than 4 million children|displaced;a=UNICEF]] have been forced from their homes,
    UNICEF estimates.""",
)

item(
    "Al Shabaab recruited nearly 1,500 Somali children last year, UN says",
    """NAIROBI (Reuters) - Somalia's al Shabaab insurgents recruited
    [[1,442 children|combatants;a=a United Nations report]] in {{2019}}, some {{as young as eight}},
    a United Nations report said on Wednesday. The report said
    [[1,159 children|killed;a=The report;alt=a United Nations report]] had been killed or maimed,
    many by roadside bombs and in crossfire between the militants and Somali and African Union
    troops. Government forces and allied clan militias were also blamed for abuses, including
    [[more than 200 cases|other]] of sexual violence against girls. Al Shabaab abducted
    [[1,580 children|kidnapped;a=the report;alt=a United Nations report]], often from Koranic
    schools, to fill its ranks, the report said. In the southern town of Baidoa,
    [[112 boys|combatants;a=a UNICEF official]] who had escaped from the group or been captured in
    battle were being cared for at a centre run by the agency, a UNICEF official said.""",
)

item(
    "Myanmar military helicopters fire on village school, killing children",
    """Myanmar military helicopters opened fire on a monastery school in a village in Sagaing region
    on Friday, killing [[at least 13 people|killed;a=school administrators and aid workers]],
    [[seven of them|killed;n=-;a=school administrators and aid workers]] children, according to
    school administrators and aid workers. A teacher told the Guardian that
    [[17 children|injured;a=A teacher]] were wounded and that soldiers had carried away several of
    the bodies. The military said its troops had been searching the village for resistance fighters
    who were using villagers as human shields. Save the Children said the junta had carried out
    [[at least 190 attacks|other;u=other;a=Save the Children]] on schools since the coup in February
    {{2021}}, and that [[7.8 million children|civilians;a=Save the Children;v=7800000]] in Myanmar
    were out of school.""",
)

item(
    "Children bear the scars of M23's capture of Goma, UNICEF warns",
    """UNICEF says a child is being raped {{every half hour}} in eastern Democratic Republic of the
    Congo, where fighting that followed the capture of Goma by {{M23}} rebels has left the region's
    health and child-protection services in tatters. The agency said it had registered
    [[more than 1,100 unaccompanied and separated children|displaced;a=The agency;alt=UNICEF]] in
    Goma and Bukavu since January, many of whom lost their parents in the chaos.
    [[Between 300 and 400 of them|returned;n=-;a=the agency;alt=UNICEF]] have since been traced and
    reunited with relatives, the agency said. Hospitals in Goma treated
    [[about 2,800 wounded people|injured]] in the week after the rebels entered the city, and the UN
    said [[some 3,000 bodies|killed;a=the UN]] had been collected from the streets.
    [[About 700,000 people|displaced]] had been living in camps around Goma before the offensive;
    the rebels gave them {{72 hours}} to go home. Grant Leaity, UNICEF's representative in the
    country, said [[more than 2,500 schools|other;a=Grant Leaity]] had closed in North and South
    Kivu.""",
)

item(
    "Russia stays on UN 'list of shame' for crimes against children",
    """UNITED NATIONS (AFP) - Russia's armed forces remain on the United Nations' annual blacklist
    of parties that harm children in conflict for a {{second year}}, according to a copy of the
    report seen by AFP on Thursday. The list was created under Security Council {{Resolution 1612}},
    adopted in {{2005}}, and has grown to include government forces and armed groups in conflicts
    from Yemen to Myanmar. The secretary-general's report, due to be debated by the Council on
    {{June 26}}, says grave violations in Ukraine rose by {{35%}} compared with {{2023}}. Diplomats
    said Moscow had lobbied for {{six months}} to be removed. Virginia Gamba, the special
    representative for children and armed conflict since {{2017}}, said being listed carried "a
    stigma that should last until behaviour changes".""",
)

item(
    "More than 200 children killed in Lebanon in two months, UNICEF says",
    """BEIRUT (AFP) - [[More than 200 children|killed;a=UNICEF]] have been killed in Lebanon in less
    than {{two months}} of intensified Israeli strikes, UNICEF said Friday, an average of
    [[three a day|killed;n=-;a=UNICEF]]. The health ministry said
    [[more than 1,100 children|injured;a=The health ministry]] had been wounded over the same
    period. Education Minister Abbas Halabi said
    [[more than 500 public schools|capacity;a=Education Minister Abbas Halabi]] had been turned into
    shelters for displaced families, delaying the school year for
    [[about 400,000 pupils|civilians;a=Education Minister Abbas Halabi]].
    [[Between 1,000 and 1,200 families|displaced;a=the municipality]] are sleeping in the streets
    and squares of central Beirut, the municipality estimates. The government says
    [[more than 1.2 million people|displaced;a=The government;v=1200000]] have fled their homes, and
    [[over 400,000|displaced;n=-;a=the UN refugee agency]] have crossed into Syria, {{60%}} of them
    Syrians, according to the UN refugee agency. Israel says it is targeting Hezbollah.""",
)
