"""Cox's Bazar: the camps, their fires, rations, violence and arrests (17 texts, 2 of them
without a figure)."""

from _wrap import item

item(
    "Fire tears through Rohingya camp in Cox's Bazar, leaving thousands homeless",
    """A fire tore through {{Camp 11}} at Balukhali in Cox's Bazar on Sunday afternoon, destroying
    [[about 2,000 shelters|housing;a=the Inter Sector Coordination Group]] and leaving
    [[some 12,000 refugees|displaced;a=the Inter Sector Coordination Group]] without a roof,
    according to the Inter Sector Coordination Group. The blaze started shortly after {{2:45pm}}
    and burned for nearly {{three hours}} before [[14 fire engines|other;u=other]] and hundreds of
    refugee volunteers brought it under control. It also gutted [[35 learning centres|housing;a=the
    coordination group;alt=the Inter Sector Coordination Group]], [[two mosques|housing;a=the
    coordination group;alt=the Inter Sector Coordination Group]] and a health post, the coordination
    group said. Police said no one had died but [[at least 40 people|injured;a=Police]] were treated
    for burns and smoke inhalation. By Monday morning [[more than 1,600 families|aid;a=camp
    officials]] had received dry food and tarpaulins, camp officials said.""",
)

item(
    "Blaze in Kutupalong destroys shelters, hospital; two children dead",
    """Two children were among [[three people|killed;a=Bangladesh's refugee relief and repatriation
    commissioner]] who died when fire spread through the Kutupalong-Balukhali expansion site on
    Tuesday night, Bangladesh's refugee relief and repatriation commissioner said. The children,
    a {{four-year-old}} and a {{seven-year-old}}, were trapped in a bamboo shelter near {{Camp 9}}. Officials at the
    commissioner's office put the damage at [[nearly 1,100 shelters|housing;a=Officials at the
    commissioner's office]] destroyed and [[about 200|housing;n=-;u=structure;a=Officials at the commissioner's
    office]] partly burned. Medecins Sans Frontieres said its field hospital in the camp was
    evacuated and [[63 patients|displaced;a=Medecins Sans Frontieres]] moved to other facilities.
    "The fire moved faster than anyone could run," said an MSF coordinator. [[Around 7,000
    people|displaced]] spent the night in schools, mosques and the shelters of relatives. The
    International Organization for Migration said it was putting up [[400 emergency
    shelters|housing;p;a=The International Organization for Migration]] by the weekend.""",
)

item(
    "Refugees count losses after third camp fire this month",
    """For the {{third}} time this month, flames swept through a Rohingya camp in Ukhiya, this time
    in {{Camp 5}}, where [[412 shelters|housing;a=the camp-in-charge]] were reduced to ash, the
    camp-in-charge told reporters on Thursday. [[Some 2,300 residents|displaced;a=the
    camp-in-charge]] were left homeless, he said. Refugee leaders blamed an armed group that
    controls part of the camp and said [[three men|arrested;a=Refugee leaders]] had been detained
    by the Armed Police Battalion on suspicion of arson. Police confirmed the arrests but said
    they were still questioning witnesses. MSF said [[11 people|injured;a=MSF]] were treated for
    burns at its clinic. UNHCR said it had handed out [[1,850 shelter
    kits|aid;a=UNHCR]] and [[900 solar lamps|aid;u=other;a=UNHCR]] since the first fire on {{March
    5}}. About {{60 per cent}} of the camp's water points were damaged, the agency
    added.""",
)

item(
    "WFP cuts Rohingya rations for second time as funding dries up",
    """The World Food Programme will cut food vouchers for Rohingya refugees in Bangladesh to
    {{$8}} a person a month from {{June 1}}, down from {{$10}}, the agency said, blaming a
    shortfall of {{$56 million}}. The cut will hit [[almost 1 million refugees|aid;p;a=the
    agency;alt=The World Food Programme]] who rely entirely on the vouchers, the agency said in a
    statement. It is the {{second}} reduction since February, when the value was lowered from
    {{$12}}. The WFP said [[more than 200,000 children|civilians;a=The WFP]] under {{five}} were
    already acutely malnourished in the camps. Since the first cut, [[between 8,000 and 10,000
    children|aid;a=the agency;alt=The World Food Programme]] have been admitted to nutrition
    programmes, the agency said. "At {{27 cents}} a day, families will have to
    choose between rice and oil," said a WFP country director. Refugee leaders said
    [[several thousand families|civilians;a=Refugee leaders]] had already sold part of their
    vouchers to pay for medicine. Aid groups said refugees in all [[33
    camps|capacity;a=Aid groups]] had no other source of food.""",
)

item(
    "Rations restored for Rohingya after US and UK pledges",
    """The WFP said on Wednesday it would restore the full monthly food voucher of {{$12}} a person
    for [[about 1.05 million Rohingya|aid;p;a=The WFP]] in Cox's Bazar from
    {{April}}, after new pledges from Washington and London closed a gap that had threatened to
    halve rations. Food will again be handed out at [[21 distribution
    points|other;u=structure;p;a=the agency;alt=The WFP]] across the camps, the agency said, and
    [[some 36,000 refugees|aid;p;a=the agency;alt=The WFP]] on Bhasan Char will get the same voucher. The agency had warned in early {{March}} that without fresh money it would have
    to cut the voucher to {{$6}}. In {{2024}} the WFP distributed [[some 156,000 tonnes|aid;a=the WFP]] of
    food in the camps, including fortified rice, it said. [[Another 180,000 refugees|aid;a=the
    agency;alt=The WFP]] receive fresh vegetables and eggs through farmers' markets, the agency
    said.""",
)

item(
    "Gunmen kill Rohingya leader in Cox's Bazar camp",
    """Gunmen shot dead a Rohingya community leader in {{Camp 17}} late on Saturday, the
    {{fourth}} killing of a camp leader in {{two months}}, police said. The {{48-year-old}}, a
    member of the camp's management committee, was shot from close range outside a mosque at
    around {{9pm}}. [[Two other men|injured;a=police]] were wounded in the attack, police said,
    adding that [[five suspects|arrested;a=police]] had been detained overnight. An Armed Police
    Battalion commander said [[more than 60 Rohingya|killed;a=An Armed Police Battalion
    commander]] had been killed in the camps since {{January}} in feuds between armed groups, and
    [[at least 230 people|arrested;a=An Armed Police Battalion commander]] arrested. Refugees say
    the armed groups recruit at night and that [[hundreds of young men|combatants;a=Refugees]] have joined
    them, some by force.""",
)

item(
    "Police arrest 14 after clash between Rohingya armed groups",
    """Bangladeshi police arrested [[14 people|arrested;a=Bangladeshi police]] after a gunfight
    between the Arakan Rohingya Salvation Army and the Rohingya Solidarity Organisation in Ukhiya
    left [[four refugees|killed;a=Bangladeshi police]] dead, they said on Friday. The clash in
    {{Camp 15}} and {{Camp 16}} lasted more than {{an hour}}. Police recovered [[six firearms|other;a=police]], [[37
    rounds|other;a=police]] of ammunition and [[11 machetes|other;a=police]] from the
    shelters of suspects, police said. [[About 500 families|displaced;a=camp officials]] fled to
    neighbouring blocks during the shooting, camp officials said, and [[a dozen
    shelters|housing;a=camp officials]] were set alight.""",
)

item(
    "Rights group says armed groups forcibly recruiting refugees in camps for Myanmar fighting",
    """Armed groups in the Cox's Bazar camps have forcibly recruited [[between 3,000 and 5,000
    Rohingya|combatants;a=Human Rights Watch]] to fight in Myanmar's Rakhine state, among them
    [[dozens of boys|combatants;a=Human Rights Watch]], Human Rights Watch said in a report on
    Monday. The group interviewed [[52 refugees|other;a=The group;alt=Human Rights
    Watch]] and relatives of recruits for the report, it said. Some recruits said they were
    taken by the Myanmar military to fight the Arakan Army, which now holds most of northern
    Rakhine. Bangladesh's refugee commissioner said [[about 40 people|arrested;a=Bangladesh's
    refugee commissioner]] had been detained in the camps this year for organising recruitment.
    He denied that officials had helped the groups. Relatives told the group that [[at least 18
    recruits|killed;a=Relatives]] had been killed in fighting around Maungdaw and
    Buthidaung. The rights group said the youngest recruit it
    documented was {{15}}.""",
)

item(
    "Kidnappings for ransom rise in Teknaf camps",
    """Armed gangs abducted [[at least 34 people|kidnapped;a=police]] from Rohingya camps and nearby
    villages in Teknaf in the first {{six months}} of the year, police said, most of them for
    ransom. [[Nineteen|kidnapped;n=-;a=police]] were later freed after families paid, police said,
    while [[seven|kidnapped;n=-;a=police]] were rescued in raids in the Shalbagan hills.
    [[Two|killed;n=-]] were found dead in a forest near Whykong, and [[six|missing;n=-]] are still
    missing. The Rapid
    Action Battalion said it had arrested [[22 suspected members|arrested;a=The Rapid Action
    Battalion]] of a kidnapping gang and seized [[four pistols|other;a=The Rapid Action
    Battalion]]. Local Bangladeshi villagers, who say they are now afraid to farm near the camps,
    staged a protest on Sunday. Ransoms ranged from {{Tk 50,000}} to {{Tk 500,000}}, a police
    officer said.""",
)

item(
    "Monsoon landslides kill refugees in Ukhiya camps",
    """Landslides triggered by heavy monsoon rain killed [[ten people|killed;a=officials]],
    including [[five children|killed;a=officials]], in the Rohingya camps in Ukhiya on Wednesday,
    officials said. More than {{300mm}} of rain fell in {{24 hours}}. UNHCR said [[over 2,000
    shelters|housing;a=UNHCR]] had been damaged across the camps and [[around 8,000
    refugees|displaced;a=UNHCR]] moved to communal shelters. [[Thirty-one communal
    shelters|capacity;a=the agency;alt=UNHCR]] have been opened, the agency said. The Bangladesh
    army deployed [[250 soldiers|other;a=The Bangladesh army]] to help clear mud and debris, it
    said.""",
)

item(
    "Dengue outbreak spreads through Rohingya camps, MSF warns",
    """Medecins Sans Frontieres said on Tuesday it had treated [[more than 4,200 dengue
    patients|other;a=Medecins Sans Frontieres]] in the Cox's Bazar camps since {{January}}, nearly
    {{four times}} as many as in the whole of {{2021}}. Health officials in Ukhiya said [[at least
    19 refugees|killed;a=Health officials in Ukhiya]] had died of the disease this year. The
    charity said stagnant water around [[some 6,000 latrines|other;a=The charity;alt=Medecins Sans
    Frontieres]] and blocked drains had made the camps a breeding ground for mosquitoes. "We are
    seeing whole blocks fall sick at once," said a doctor at the MSF hospital in Kutupalong. The
    World Health Organization said it would send [[12 rapid response teams|other;u=other;p;a=The
    World Health Organization]] and distribute [[50,000 bed nets|aid;u=other;p;a=The World Health
    Organization]] by the end of the month. The MSF hospital in Kutupalong has added [[60
    beds|other]] for dengue patients.""",
)

item(
    "Joint count puts Rohingya refugee population in Bangladesh above one million",
    """A joint registration by Bangladesh and UNHCR has counted [[1,003,700 Rohingya
    refugees|displaced;a=the UN agency;alt=UNHCR]] in the camps of Cox's Bazar and on Bhasan Char,
    the UN agency said on Thursday. They live in [[about 212,000 households|displaced;a=the
    agency;alt=UNHCR]], the agency said, and {{52 per cent}} of them are children. The total
    includes [[some 117,000 Rohingya|displaced;a=Bangladeshi officials]] who crossed the border
    after fighting flared again in Rakhine in {{2024}}, Bangladeshi officials said. Registration
    teams issued [[more than 980,000 identity cards|other]] to refugees {{aged 12}} and over. Camp
    health workers record [[about 30,000 births a year|other;n=births;a=the
    Refugee Relief and Repatriation Commissioner's office]], according to the
    Refugee Relief and Repatriation Commissioner's office. The count also found [[about 5,500
    unaccompanied or separated children|civilians]].""",
)

item(
    "Funding cuts shut Rohingya learning centres, leaving children idle",
    """[[Some 1,400 learning centres|other;a=UNICEF]] in the Rohingya camps have closed since
    {{June}} because of funding cuts, UNICEF said on Monday, leaving [[nearly 230,000
    children|civilians;a=UNICEF]] without classes. [[The remaining 3,400 or so centres|other;q=approx;a=UNICEF]] are now open for
    just {{two hours}} a day, UNICEF said. The agency said it had also laid off [[more
    than 1,100 teachers|other;a=The agency;alt=UNICEF]], many of them refugees themselves.
    "Children who lost their classroom are now at risk of child labour, trafficking and
    recruitment," a UNICEF spokesperson said. Save the Children said [[up to 4,000
    children|civilians;p;a=Save the Children]] more could drop out before the end of the year if
    no new money is found. The Myanmar curriculum, introduced in {{2020}}, runs from kindergarten
    to {{grade 9}}.""",
)

item(
    "Eight years on, Rohingya in Bangladesh mark anniversary of exodus",
    """[[Tens of thousands of refugees|other]] gathered in the Kutupalong camp on {{August 25}} to mark
    {{eight years}} since the Myanmar military's crackdown in Rakhine drove [[more than 740,000
    Rohingya|displaced]] across the border into Bangladesh. Medecins Sans Frontieres estimated at
    the time that [[at least 6,700 Rohingya|killed;a=Medecins Sans Frontieres]], including
    [[730 children|killed;a=Medecins Sans Frontieres]] under {{five}}, were killed in the
    {{first month}} of the violence. Human Rights Watch counted [[354 villages|housing;u=other;a=Human Rights
    Watch]] partly or wholly burned from satellite images. [[About 200,000 Rohingya|displaced]] were already in Bangladesh, having fled earlier waves of
    violence. Not one refugee has gone home under the
    repatriation deal signed in {{November 2017}}. "We want to return, but with citizenship," said
    a {{62-year-old}} schoolteacher from Maungdaw.""",
)

item(
    "Host villages in Ukhiya and Teknaf say they are overlooked",
    """Bangladeshi villagers living around the Rohingya camps say prices, crime and deforestation
    have made life harder, and aid agencies estimate that [[some 540,000 people|civilians;a=aid
    agencies]] in host communities need help. Under the Joint Response Plan for {{2025}}, aid is
    meant to reach [[1.5m people|aid;p]], refugees and Bangladeshis together, at a cost of
    {{$934.5 million}}. Forest department officials said the camps and firewood cutting had
    cleared {{6,000 acres}} of forest since {{2017}}. In Palong Khali union, residents said
    [[three Bangladeshi farmers|kidnapped;a=residents]] were abducted from their fields last month
    and freed only after their families paid. Local officials said [[about 2,500 Bangladeshi
    households|aid;p;a=Local officials]] would get cash grants under a World Bank-funded
    programme this year. Security in the camps is the job of [[about 4,000 Armed Police
    Battalion officers|combatants]], deployed since {{2020}}. Police said [[41 Rohingya|arrested;a=Police]] had been detained since
    {{January}} for leaving the camps to look for work in Cox's Bazar town.""",
)

item(
    "Rohingya appeal only a third funded as year ends",
    """The {{2023}} Joint Response Plan for the Rohingya crisis had received {{$440 million}} by
    {{December 15}}, about {{50 per cent}} of the {{$876 million}} sought, the Inter Sector
    Coordination Group said on Sunday. Funding has fallen every year since {{2019}}, when the plan
    was {{72 per cent}} funded. Donors pledged a further {{$115 million}} at a conference in Geneva
    in {{October}}, but most of it will not arrive before {{March}}. The United States remained the
    largest donor, giving {{$301 million}}, followed by Britain and the European Union. Aid
    officials said the shortfall would hit shelter repairs before the cyclone season, which
    usually peaks in {{May}}.""",
)

item(
    "Ration cut means fewer calories for camp families, study finds",
    """A family of {{five}} in the Rohingya camps now receives about {{1,800 kilocalories}} a
    person a day, below the {{2,100}} recommended minimum, a study by the International Food Policy
    Research Institute found. The monthly voucher of {{$10}} buys {{13 kg}} of rice, {{1 litre}} of
    oil and {{1 kg}} of lentils a person, the researchers said. Anaemia among women aged {{15}} to
    {{49}} rose to {{41 per cent}} in {{2024}}, up from {{36 per cent}} a year earlier. Global acute
    malnutrition among children stood at {{15.1 per cent}}, above the {{15 per cent}} emergency
    threshold, the study said. It was carried out over {{three weeks}} in {{October}}.""",
)
