"""Items of dev252: tribal fighting in Sudan (Blue Nile, West, South and Central Darfur,
West Kordofan) and South Sudan (Jonglei, the Greater Pibor Administrative Area, Warrap, Lakes,
Unity and Abyei)."""

from _wrap import item

item(
    "Blue Nile tribal clashes: toll passes 100",
    """Tribal clashes in Sudan's Blue Nile state between members of the Hausa and Berta
    communities have killed [[at least 105 people|killed;a=the state health ministry]], the
    state health ministry said on Monday, and wounded [[291|injured;a=the state health
    ministry]]. The violence, which began over a land dispute near Roseires in mid-{{July}},
    has forced [[some 31,000 people|displaced;a=the UN]] from their homes, the UN said. The
    state governor imposed a curfew from {{6pm}} to {{6am}} and said [[about 1,200 troops|
    combatants;a=The state governor]] had been sent to Roseires and Ad-Damazin. Medical sources
    said [[16 of the dead|killed;a=Medical sources;n=dead]] were women. The UN said
    [[more than 15,000 of the displaced|displaced;a=The UN;n=displaced]] were sheltering in
    [[38 schools|capacity;a=The UN]] in Ad-Damazin, and that [[around 7,500|aid;a=The UN;n=-]]
    had received food from the World Food Programme. Police said they had arrested
    [[62 people|arrested;a=Police]].""",
)

item(
    "Wad al-Mahi: new wave of killings in Blue Nile",
    """Renewed tribal fighting in Wad al-Mahi, in Sudan's Blue Nile state, killed [[between 150
    and 250 people|killed;a=a UN official]] over {{two days}}, a UN official said on Friday,
    citing hospital records and local leaders. Abbas Musa, the director of Wad al-Mahi
    hospital, told Reuters that [[170 bodies|killed;a=Abbas Musa]] had been brought in and that
    [[86 wounded|injured;a=Abbas Musa;n=wounded]] had been treated. Witnesses said
    [[hundreds of homes|housing;a=Witnesses]] had been burned in [[at least seven villages|
    housing;a=Witnesses]]. Sudan's military said it had deployed an army brigade to the area. The UN refugee agency said [[as many as 1,200
    people|displaced;a=The UN refugee agency]] had fled across the border into South Sudan. The
    International Committee of the Red Cross said [[about 10,000 people|civilians;a=The
    International Committee of the Red Cross]] were cut off from aid in the locality.""",
)

item(
    "Jonglei: armed youths abduct women and children in Pibor raid",
    """Armed youths from Jonglei state attacked villages in the Greater Pibor Administrative Area
    over the weekend, killing [[at least 32 people|killed;a=local officials]] and abducting
    [[more than 80 women and children|kidnapped;a=local officials;n=women and children]],
    local officials said. Pibor information minister Abraham Kelang said [[around 3,000 armed
    youths|combatants;a=Abraham Kelang]] had taken part in the raid. He said [[about 13,000 head
    of cattle|other;a=Abraham Kelang]] were driven off. The UN Mission in South Sudan (UNMISS)
    said its peacekeepers had set up a temporary base and that [[about 200 troops|combatants;
    a=The UN Mission in South Sudan (UNMISS)]] were patrolling the area. [[Some 4,500
    people|displaced;a=aid workers]] sought refuge near the UNMISS base in Pibor town, aid workers said.
    The mission said [[17 children|kidnapped;a=The mission;alt=The UN Mission in South Sudan
    (UNMISS)]] had been recovered and handed to their families by Thursday.""",
)

item(
    "South Sudan: abducted children reunited with families in Bor",
    """Unicef and South Sudan's Ministry of Gender on Tuesday reunited [[42 children|kidnapped;
    a=Unicef]] abducted in cattle raids between communities in Jonglei and Pibor with their
    families in Bor, Unicef said. The children, aged between {{two}} and {{14}}, had been held
    for up to {{two years}}. Unicef said [[at least 120 more|missing;a=Unicef;n=-]] were still
    missing. A joint government committee said [[65 abducted women|kidnapped;a=A joint
    government committee]] had been returned since the exchange programme began in {{2021}},
    and that it expected [[another 30 to 40|kidnapped;a=it;alt=A joint government committee;p;
    n=-]] to be handed over by the end of the year. The committee said [[eight boys|kidnapped;
    a=The committee]] had been found to have been sold into other communities. Cattle-raiding
    between the Dinka Bor, Lou Nuer and Murle has killed [[thousands of people|killed]] since
    South Sudan's independence in {{2011}}.""",
)

item(
    "Warrap: Tonj clashes leave dozens dead",
    """Clashes between rival sections of the Dinka in Warrap state's Tonj East county killed
    [[at least 37 people|killed;a=Akec Ajang]], county commissioner Akec
    Ajang said on Wednesday. He said [[14 people|injured;a=Akec Ajang]] had been taken to Tonj
    hospital and [[five|missing;n=-;a=Akec Ajang]] were missing. The fighting over a cattle
    camp near Romich lasted {{six hours}}. Warrap state government spokesman Ring Deng said
    [[about 2,500 families|displaced;a=Ring Deng]] had fled to Thiet and Tonj town. The army
    said [[a 150-strong force|combatants;a=The army;v=150;n=force]] had been sent to separate the
    sections and that [[23 suspects|arrested;a=The army]] had been detained. Aid agencies said
    [[more than 300 tukuls|housing;a=Aid agencies;u=structure]] were burned.""",
)

item(
    "Disarmament drive in Tonj North turns deadly",
    """A disarmament campaign in Warrap state's Tonj North county turned deadly on Saturday
    when armed youths attacked soldiers collecting guns, killing [[at least 82 people|killed;
    a=Lul Ruai Koang]], army spokesman Lul Ruai Koang said. He said [[45 of the
    dead|killed;a=Lul Ruai Koang;n=dead]] were soldiers and [[37|killed;a=Lul Ruai Koang]] were
    civilians and armed youths. [[Thirty-two soldiers|injured;a=Lul Ruai Koang]] were wounded,
    he said. The army had collected [[about 4,800 guns|other;a=Koang]] in the county since the campaign
    began in {{August}}, according to Koang. Witnesses said [[dozens of houses|housing;
    a=Witnesses]] in Romich and Karic had been burned. The UN Mission in South Sudan said
    [[some 2,000 villagers|displaced;a=The UN Mission in South Sudan]] had taken shelter in the
    county headquarters.""",
)

item(
    "West Darfur: Krinding camp attacked as tribal violence flares",
    """Gunmen from Arab tribes attacked the Krinding camp for displaced people in El Geneina,
    the capital of West Darfur, killing [[at least 48 people|killed;a=the Sudan Doctors'
    Committee]], the Sudan Doctors' Committee said on Sunday. The committee said [[97 people|
    injured;a=The committee;alt=the Sudan Doctors' Committee]] had been wounded, [[four of
    them|injured;n=-;a=The committee;alt=the Sudan Doctors' Committee]] police officers. The
    violence, which began with the killing of a man from the Arab Rizeigat in the camp,
    spread to [[at least five neighbourhoods|other;u=other]]. OCHA said [[about 50,000 people|displaced;
    a=OCHA]] had been displaced, many for the {{second}} time, and that [[around 20
    gathering sites|capacity;a=OCHA;n=sites]] had sprung up in the town. The government said it
    would send [[3,000 troops|combatants;a=The government;p]] from Khartoum. The Masalit
    community said [[more than 700 shelters|housing;a=The Masalit community]] in the camp had
    been burned.""",
)

item(
    "Beida clashes: Darfur villages emptied",
    """Tribal fighting between Arab and Masalit militias in Kulbus and Beida localities of West
    Darfur killed [[more than 200 people|killed;a=the UN]] last week, the UN said on Thursday,
    the worst violence in the region for months. The Norwegian Refugee Council said
    [[about 60,000 people|displaced;a=The Norwegian Refugee Council]] had fled, [[some 20,000
    of them|displaced;a=The Norwegian Refugee Council;n=-]] across the border into Chad.
    Residents said [[at least 25 villages|housing;a=Residents]] had been burned and looted. The
    World Food Programme said it planned to reach [[40,000 people|aid;a=The World Food
    Programme;p]] with food rations but that [[12 trucks|aid;a=The World Food Programme]] were
    stuck at a checkpoint. [[At least 10 aid workers|displaced]] were evacuated from Beida. The
    Sudanese Red Crescent counted [[103 injured|injured;a=The Sudanese Red Crescent;n=injured]]
    in Beida hospital.""",
)

item(
    "Abyei: Twic and Ngok clashes spill into market town",
    """Fighting between Twic Dinka and Ngok Dinka youths over the disputed Aneet market killed
    [[at least 52 people|killed;a=Bulis Koch]], Abyei's information
    minister Bulis Koch said on Sunday, among them a Ghanaian peacekeeper. Koch said [[64 people|injured;a=Koch]] were wounded and that [[more
    than 1,000 houses|housing;a=Koch]] in Rumamer county had been set ablaze. The UN
    Interim Security Force for Abyei (UNISFA) said [[about 2,000 civilians|displaced;a=The UN
    Interim Security Force for Abyei (UNISFA)]] had sought shelter at its base in Agok and that
    [[a few thousand more|displaced;a=The UN Interim Security Force for Abyei (UNISFA);n=-]]
    were on the move south. The mission said it had [[about 3,250 troops|combatants;a=The
    mission;alt=The UN Interim Security Force for Abyei (UNISFA)]] in the area. Aid agencies
    said [[15,000 people|aid;a=Aid agencies;p]] would need food over the next {{three months}}.""",
)

item(
    "Lakes State: cattle camp attack kills herders near Rumbek",
    """Gunmen raided a cattle camp in Lakes State's Rumbek North county before dawn on Tuesday,
    killing [[nine herders|killed;a=police]] and wounding [[seven|injured;a=police;n=-]],
    police said. Police spokesman Elijah Mabor Makuach said the attackers, believed to be from
    neighbouring Mayom county in Unity state, escaped with [[about 700 cows|other;a=Elijah Mabor
    Makuach;u=other]]. [[Three youths|arrested;a=Elijah Mabor Makuach]] were detained at a
    checkpoint, he said. The Lakes governor said [[200 members|combatants;a=The Lakes governor;
    p]] of the state's organised forces would be sent to the border with Unity. In {{2022}},
    revenge attacks between {{the two counties}} killed [[more than 60 people|killed]]. The
    traditional compensation for a man killed in Lakes is {{31 cows}}, elders say.""",
)

item(
    "Darfur: Fallata and Masalit sign peace in Tulus",
    """Leaders of the Fallata and Masalit communities in South Darfur signed a reconciliation
    agreement in Tulus on Saturday, ending clashes that had killed [[126 people|killed;
    a=mediators]] since {{March}}, according to mediators. The deal provides for the payment of
    blood money of about {{SDG 2 million}} for each victim, and for the return of [[about 2,700
    head of cattle|other;p]] looted during the fighting. State officials said [[some 8,000
    families|returned;a=State officials;p]] displaced from [[22 villages|other;a=State
    officials]] were expected to go home before the rainy season. A joint force of [[600
    police and army personnel|combatants;n=personnel;p]] will be stationed in the area. The
    Sudanese Red Crescent said it would distribute [[3,500 shelter kits|aid;a=The Sudanese Red
    Crescent;p]] to returning families.""",
)

item(
    "Lou Nuer youth mobilise for Pibor march, UN warns",
    """The UN Mission in South Sudan warned on Thursday that [[as many as 6,000 armed Lou Nuer
    youths|combatants;a=The UN Mission in South Sudan;n=youths]] were massing in Jonglei's Uror
    and Nyirol counties ahead of a possible march on the Greater Pibor Administrative Area. The
    mission said it had deployed [[about 300 more peacekeepers|combatants;a=The mission;alt=The UN Mission
    in South Sudan]] to Likuangole and Gumuruk. Pibor
    officials said [[around 20,000 residents|displaced;a=Pibor officials]] had already left for
    the bush or Pibor town. The World Food Programme said [[some 90,000 people|civilians;a=The
    World Food Programme]] in the area faced emergency levels of hunger. In {{2020}}, similar
    mobilisations left [[more than 600 people|killed;a=a UN human rights report]] dead and [[686 women and
    children|kidnapped;n=women and children;a=a UN human rights report]] abducted, according to a UN human rights report.""",
)

item(
    "West Kordofan: Misseriya sub-clans fight over land",
    """Clashes between {{two Misseriya sub-clans}} in West Kordofan's Lagawa locality killed
    [[at least 24 people|killed;a=local leaders]] and wounded [[dozens|injured;a=local leaders]],
    local leaders said on Tuesday. The fighting near Keilak was over farmland that both
    groups claim, a local official said. Residents said [[about 35 motorcycles|other;
    a=Residents]] and [[about 20 shops|housing;a=Residents]] were burned. West
    Kordofan's security committee said it had sent [[400 soldiers|combatants;a=West Kordofan's
    security committee]] and that [[12 suspects|arrested;a=West Kordofan's security
    committee]] were in custody. [[Roughly 1,500 families|displaced]] have moved to Lagawa
    town.""",
)

item(
    "Gogrial: displaced crowd into schools after cattle-camp fighting",
    """Fighting between the Apuk and Aguok sections of the Dinka in Warrap state's Gogrial West
    county has displaced [[an estimated 17,000 people|displaced;a=the International
    Organization for Migration]], the International Organization for Migration said on Friday,
    most of whom are sheltering in [[11 schools|capacity;a=the International Organization for
    Migration]] and [[four churches|capacity;a=the International Organization for
    Migration]] in Kuajok. The agency said [[up to 600 people|displaced;a=The agency;alt=the
    International Organization for Migration]] were sleeping in some classrooms built for
    [[60 pupils|capacity;a=The agency;alt=the
    International Organization for Migration]]. A county official said [[at least 19 people|killed;a=A county official]]
    had died, and that [[three girls|kidnapped;a=A county official]] had been taken by the
    attackers. Medecins Sans Frontieres said it had dug [[40 emergency latrines|aid;a=Medecins
    Sans Frontieres]] and was treating children
    for diarrhoea. The state government said [[tens of thousands of residents|civilians;
    a=The state government]] of the county were affected.""",
)

item(
    "Central Darfur: Jebel Marra tribal feud displaces thousands",
    """A feud between {{two tribes}} over farmland in Central Darfur's Jebel Marra area has killed
    [[18 people|killed;a=community leaders]] and wounded [[27|injured;a=community leaders]] since
    {{Sunday}}, community leaders said. [[Several thousand people|displaced]] have fled to
    Nertiti, where [[two camps|capacity;a=the local Sudanese Red Crescent branch]] were already
    full, according to the local Sudanese Red Crescent branch. The branch said [[about 6,400
    people|civilians;a=The branch;alt=the local Sudanese Red Crescent branch]] were in urgent
    need of water and shelter. Witnesses said [[at least nine villages|housing;a=Witnesses]]
    had been burned, and that [[about 4,000 sheep and goats|other;a=Witnesses;n=sheep and
    goats]] had been stolen. Police in Zalingei said [[seven people|arrested;a=Police in
    Zalingei]] had been detained. Elders said [[15 women|missing;a=Elders]] who fled into the
    hills had not been found.""",
)

item(
    "Bride-price inflation fuels Jonglei raiding, study finds",
    """A study by a Juba think tank published on Wednesday found that the bride price in parts of
    Jonglei has risen to as much as {{150 cows}}, up from about {{40 cows}} in {{2005}}, pushing
    young men to raid. The authors interviewed families over {{18 months}} and said a cow now
    sells for about {{$500}}, almost {{three times}} its price a decade ago. They said
    {{one in three}} young men they spoke to had taken part in a raid.""",
)

item(
    "Sudan's native administration meets on tribal reconciliation",
    """Tribal leaders from across Darfur and Kordofan gathered in Nyala on Monday for a
    {{three-day}} conference on reconciliation, the {{fifth}} such meeting since {{2014}}. The
    conference is discussing the standard diya, which was set at {{SDG 10 million}} for a
    victim at the last meeting, and a code on grazing routes drawn up in {{2019}}. Organisers
    said about {{70 percent}} of the agreements reached at earlier conferences had held.""",
)
