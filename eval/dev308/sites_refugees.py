"""dev308: the protection of civilians sites (Bentiu, Malakal, Juba, Bor, Wau) and refugees in
Uganda, Sudan, Ethiopia, Kenya and DR Congo, 2014-2025."""

from _wrap import item

item(
    "UN base attacked in Bor, dozens killed",
    """Armed men posing as peaceful protesters forced their way into the UNMISS base in Bor on
    {{17 April 2014}} and opened fire on the displaced people sheltering there. The UN said
    [[at least 58 people|killed;a=The UN]] were killed and [[more than 100|injured;a=The UN]]
    wounded, including [[two peacekeepers|injured;a=The UN]]. Peacekeepers returned fire and
    drove the attackers off after about {{30 minutes}}. [[Some 5,000 people|displaced]], most of
    them Nuer, had been living in the base since December. MSF said its team at the base
    treated [[39 patients|injured;a=MSF]] with gunshot and machete wounds. The UN
    Security Council said attacks on UN sites could amount to war crimes. The government said
    [[four suspects|arrested;a=The government]] had been detained.""",
)

item(
    "Bentiu site becomes a city of 120,000",
    """The protection of civilians site next to the UNMISS base in Bentiu now holds
    [[more than 120,000 people|displaced;a=IOM]], IOM said in {{March 2016}}, making it the largest
    in the country. The site was designed for [[50,000|capacity;a=aid officials]], aid officials
    said, and new arrivals from Leer and Guit sleep in the open. [[About 1,800 people a week|displaced;a=the agency;alt=IOM]]
    were arriving from southern Unity, the agency said. Aid groups run
    [[eight schools|other]] and [[three clinics|other]] inside the perimeter, and
    [[some 2,500 latrines|aid;a=WASH partners]] had been dug, according to WASH partners. Women
    who leave the site to collect firewood face attacks; MSF said it had treated
    [[more than 125 survivors|other;a=MSF]] of sexual violence in {{12 days}}.""",
)

item(
    "Floodwater swamps Juba protection site",
    """Heavy rain flooded parts of the UN House protection of civilians site in Juba on
    {{22 August 2015}}, leaving [[some 2,000 shelters|housing;a=camp managers]] under water, camp
    managers said. The site, one of [[two|capacity;u=other]] in the capital, was home to
    [[about 28,000 people|displaced]] at the time. IOM said it would relocate
    [[1,500 families|displaced;p;a=IOM]] to higher ground in a new section of the site within
    {{two weeks}}. Aid workers said [[more than 300 latrines|other;a=Aid workers]] had collapsed or
    overflowed, raising fears of cholera. The World Food Programme distributed
    [[27,000 rations|aid]] of sorghum, pulses and oil after the flooding. In {{2016}}, [[about 8,000 more people|displaced]] arrived after fighting in the city.""",
)

item(
    "UN to hand over protection sites to the government",
    """UNMISS said on {{4 September 2020}} that it would hand
    [[four of its five protection sites|capacity;p;n=sites;a=UNMISS]] to the government,
    redesignating them as conventional camps for displaced people. The sites in Juba, Bor, Wau
    and Bentiu held [[about 140,000 people|displaced;a=the mission;alt=UNMISS]], the mission said,
    while the Malakal site, which held [[some 33,000|displaced;a=the mission;alt=UNMISS]], would stay
    under UN protection. The government said it would deploy [[800 police|combatants;p;a=The government]]
    to guard the camps. Residents' leaders in Juba said [[hundreds of families|displaced;a=Residents' leaders]]
    were afraid to remain without peacekeepers at the gates, and rights groups said
    [[dozens of residents|arrested;a=rights groups]] had been detained by security forces in
    sites already handed over.""",
)

item(
    "Bidibidi becomes the world's largest refugee settlement",
    """The Bidibidi settlement in northern Uganda has become the largest refugee settlement in the
    world, with [[more than 272,000 South Sudanese|displaced;a=UNHCR]] living there, UNHCR said on
    {{20 April 2017}}. It opened only in {{August 2016}}. Uganda now hosts
    [[more than 850,000 refugees|displaced;a=the agency;alt=UNHCR]] from South Sudan, the agency said,
    and [[some 2,000 new arrivals a day|displaced;a=the agency;alt=UNHCR]] continue to cross at Busia,
    Elegu and Oraba. Women and children make up {{86 percent}} of arrivals. Each family is given a
    plot of {{30 by 30 metres}}. The agency said it expected Uganda to host
    [[1 million South Sudanese refugees|displaced;p;a=The agency;alt=UNHCR]] by the middle of the year. District officials said [[about 180,000 Ugandans|civilians;a=District officials]] live in Yumbe district alongside the refugees. [[Fourteen reception centres|capacity]] along the border were over capacity in {{April}}.""",
)

item(
    "Ration cuts hit South Sudanese refugees in Uganda",
    """WFP said on {{10 July 2023}} that it would cut food assistance to
    [[about 1.5 million refugees|aid;p;a=WFP]] in Uganda, most of them South Sudanese, because of a
    funding gap. Only the [[134,000 most vulnerable|aid;p;n=-;a=the agency;alt=WFP]] would continue to
    receive {{60 percent}} of a full ration, the agency said. Refugee leaders in Adjumani said
    [[at least 2,000 people|returned;a=Refugee leaders]] had already gone back to South Sudan this year
    because they could not feed their families. Uganda's prime minister's office said
    [[nearly 930,000 South Sudanese|displaced;a=Uganda's prime minister's office]] were registered in
    the country's settlements. The cuts came as [[up to 3,000 people a week|displaced]] were
    still arriving from Central and Eastern Equatoria. WFP said [[more than 6,000 refugee households|aid;a=WFP]] in Kiryandongo had been moved to cash assistance in {{2022}}.""",
)

item(
    "Gambella camps fill as new arrivals cross from Upper Nile",
    """Ethiopia's Gambella region hosted [[more than 330,000 South Sudanese refugees|displaced;a=UNHCR]]
    by the end of {{2016}}, UNHCR said, more than the region's own population. The agency opened
    Nguenyyiel camp in {{October}}, built to house [[50,000|capacity;a=The agency;alt=UNHCR]].
    [[Three other camps|capacity]], Jewi, Tierkidi and Kule, were full. In {{April 2016}}, gunmen
    from South Sudan's Murle community crossed the border and killed
    [[208 people|killed;a=Ethiopian officials]] in Gambella villages, Ethiopian officials said, and
    abducted [[more than 100 children|kidnapped;a=Ethiopian officials]]. Ethiopian troops later
    rescued [[91 of the children|kidnapped;n=children;a=the government]], the government said,
    while [[dozens|missing;n=-]] remained unaccounted for.""",
)

item(
    "Kakuma reopens to South Sudanese as Kalobeyei settlement opens",
    """Kenya's Kakuma camp received [[about 40,000 South Sudanese|displaced;a=UNHCR]] in the
    {{six months}} after fighting broke out in {{December 2013}}, according to UNHCR, pushing its
    population past [[150,000|displaced]]. The camp was built for
    [[about 100,000 people|capacity]]. To ease the pressure, Kenya and UNHCR opened the Kalobeyei
    settlement {{3.5 km}} away, designed to hold [[60,000 people|capacity;a=officials]], officials said.
    The first [[3,000 refugees|displaced]] moved there in {{June 2016}}. Each new household
    receives a plot, and [[2,400 shelter kits|aid;a=the Norwegian Refugee Council]] were handed out in
    the first month, the Norwegian Refugee Council said. Kenyan police said [[22 refugees|arrested;a=Kenyan police]] were detained after clashes between Nuer and Dinka youths in the camp.""",
)

item(
    "Wau site empties as families go home",
    """The number of people living in the protection site next to the UN base in Wau has fallen
    to [[about 13,000|displaced;a=IOM]], from a peak of [[nearly 39,000|displaced;a=IOM]] in
    {{2017}}, IOM said on {{15 November 2019}}. [[Some 7,000 people|returned;a=the agency;alt=IOM]]
    had gone back to Jebel Kheir, Hai Bazia and other neighbourhoods of the town this year, the
    agency said. [[2,400 households|aid;a=IOM]] received return packages of
    plastic sheeting, jerrycans and seeds, IOM said. Another [[8,000|displaced]] remained in church
    compounds across the town. Returnees said that [[dozens of homes|housing;a=Returnees]] in
    their old neighbourhoods were still occupied by soldiers.""",
)

item(
    "Malakal site overflows as Sudan war pushes families south",
    """The population of the Malakal protection of civilians site has risen to
    [[about 48,000|displaced;a=IOM]], IOM said on {{20 May 2024}}, as families who fled the war in
    Sudan arrive from the transit centre in Renk. The site was meant for
    [[no more than 18,000|capacity;a=aid officials]], aid officials said. Partners have built
    [[1,100 new shelters|capacity;a=Partners]] in [[two new sectors|capacity;u=other;n=sectors]] but
    [[some 6,000 people|displaced;a=camp managers]] still sleep in communal tents, camp managers
    said. [[More than 60 boats|other]] have carried returnees up the Nile from Renk since
    {{February}}. Aid agencies said they had distributed food to
    [[9,800 households|aid;a=Aid agencies]] in {{April}}.""",
)

item(
    "South Sudanese in White Nile camps caught in Sudan's war",
    """Sudan's White Nile state hosted [[about 280,000 South Sudanese refugees|displaced;a=UNHCR]] in
    [[ten camps|capacity;a=UNHCR]] when war broke out in Khartoum on {{15 April 2023}}, UNHCR said.
    Since then [[some 140,000 Sudanese|displaced;a=the agency;alt=UNHCR]] have also fled into
    the camps, which were built for far fewer people, the agency said. A measles outbreak killed
    [[more than 1,200 children|killed;a=MSF]] in the camps in {{2023}}, MSF said. The camps at
    Alagaya and Um Sangour received [[between 800 and 1,000 people a day|displaced]] at the height
    of the arrivals in {{June}}. Refugee leaders said [[hundreds of young men|missing;a=Refugee leaders]]
    who had worked in Khartoum were unaccounted for. UNHCR said [[around 50,000 refugees|returned;a=UNHCR]] from the camps had gone back to South Sudan by {{September}}.""",
)

item(
    "South Sudan's refugees pass 2 million, UNHCR says",
    """The number of refugees from South Sudan passed [[2 million|displaced;a=UNHCR]] in
    {{August 2017}}, UNHCR said, the largest refugee crisis in Africa since the genocide in Rwanda
    in {{1994}}. [[Another 1.9 million|displaced;a=UNHCR]] are displaced inside the country, it said.
    Children make up {{62 percent}} of the refugees. Uganda hosts
    [[more than 1 million|displaced]], Sudan [[about 460,000|displaced]] and Ethiopia
    [[some 420,000|displaced]], with smaller numbers in Kenya, DR Congo and the Central African
    Republic. The agency's appeal for the year, {{$883 million}}, was {{11 percent}} funded. UNHCR
    said it expected [[hundreds of thousands more|displaced;p;n=-;a=UNHCR]] to flee before the end of
    the year. [[At least 1,800 people a day|displaced;a=the agency;alt=UNHCR]] were still leaving the country, the agency said.""",
)

item(
    "South Sudanese refugees in DR Congo's Aru short of food",
    """[[Some 95,000 South Sudanese refugees|displaced;a=UNHCR]] are living in Ituri and Haut-Uele
    provinces of DR Congo, UNHCR said on {{5 March 2018}}, most of them in the Aru area near the
    border. The refugees fled fighting around Yei and Morobo. WFP said it had reached only
    [[about 36,000 of them|aid;n=-;a=WFP]] with food since {{January}} because of poor roads and
    insecurity. The Meri settlement, built for [[20,000|capacity]], holds
    [[nearly 27,000|displaced]]. Congolese authorities said [[12 refugees|arrested;a=Congolese authorities]]
    had been detained on suspicion of belonging to armed groups. [[Several hundred families|displaced;a=local officials]]
    live with host communities near Aru town, local officials said.""",
)

item(
    "Refugees flee again as fighting reaches Kordofan camps",
    """South Sudanese refugees in Sudan's West Kordofan state have been displaced again by fighting
    between the Sudanese army and the Rapid Support Forces, UNHCR said on {{12 November 2024}}.
    [[An estimated 35,000 refugees|displaced;a=the agency;alt=UNHCR]] fled the Kharasana and El Meiram camps in
    {{October}}, the agency said. [[At least 16 refugees|killed;a=refugee leaders]] were killed when
    shells hit El Meiram, refugee leaders said, and [[around 40|injured;a=refugee leaders]] were
    wounded. [[More than 10,000|returned;a=IOM]] crossed back into South Sudan at Abyei and Panakuach,
    IOM said, while the rest moved towards White Nile state.
    [[Seven refugees|missing;a=UNHCR]] were still missing, UNHCR said. Aid agencies said [[some 120 trucks|aid;a=Aid agencies]] of relief supplies were stuck at the border.""",
)

item(
    "Regional refugee appeal for South Sudan only a fifth funded",
    """UNHCR and its partners appealed for {{$1.4 billion}} for the South Sudan regional refugee
    response in {{2025}}, but by {{30 June}} the plan was only {{19 percent}} funded, the agency said.
    The appeal covers {{12 months}} and the host countries' national plans for the same period.
    The shortfall has forced agencies to cut cash transfers to {{$7 a month}} in some settlements
    in Uganda, down from {{$12}} in {{2022}}. UNHCR said it would publish a revised plan in
    {{September}}, after the {{third}} quarter of funding figures was known.""",
)

item(
    "Solar farm powers Bidibidi health centres",
    """A {{1.2-megawatt}} solar plant opened in the Bidibidi refugee settlement on
    {{14 June 2021}}, built with {{EUR 4 million}} from the European Union. The plant will supply
    power for {{20 years}} and cut diesel use by about {{60 percent}}, the operator said.
    Temperatures in Yumbe district regularly exceed {{35C}} in the dry season, and clinics had
    relied on generators for {{up to 16 hours a day}}. The project was first proposed in {{2018}},
    {{two years}} after the settlement opened.""",
)
