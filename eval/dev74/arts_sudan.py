"""dev74 items: Sudan (2023-2025): El Fasher, Zamzam, Adre, famine, cholera, refugees in Chad."""

from _wrap import item

item(
    "El Fasher: a quarter of a million trapped as siege tightens",
    """OCHA said [[about 260,000 civilians|civilians;a=OCHA]], including [[130,000
    children|civilians;a=OCHA]], remained trapped in El Fasher, where the Rapid Support Forces
    have laid siege since {{May 2024}}. [[At least 57 people|killed;a=local volunteers]] were
    killed when shells hit Abu Shouk camp on {{Sunday}}, local volunteers said. No food convoy
    has reached the city for more than {{a year}}.""",
)

item(
    "Famine Review Committee finds famine in Zamzam camp",
    """The Famine Review Committee said conditions in Zamzam camp, home to [[about 500,000
    displaced people|displaced;a=The Famine Review Committee]], met the thresholds of famine:
    {{20%}} of households facing extreme food gaps, acute malnutrition above {{30%}} and {{two
    deaths per 10,000 people per day}}. MSF said it was treating [[about 5,000
    children|aid;a=MSF]] for severe acute malnutrition in the camp and that [[13|killed;a=MSF]]
    had died in its clinic in {{a single week}}.""",
)

item(
    "Hundreds of thousands flee Zamzam after RSF assault",
    """The IOM's Displacement Tracking Matrix said [[between 400,000 and 450,000
    people|displaced;a=The IOM's Displacement Tracking Matrix]] had fled Zamzam after the RSF
    overran it on {{April 13}}. [[About 180,000|displaced;a=aid groups]] reached Tawila, some
    {{60 kilometres}} to the west, aid groups said. [[Hundreds of people|killed;a=the UN]] were
    killed in the assault, according to the UN, [[nine of them|killed;n=-;a=the UN]] staff of
    Relief International.""",
)

item(
    "First WFP trucks cross Adre after reopening",
    """[[Seventeen WFP trucks|aid;a=the World Food Programme]] carrying [[about 500
    tonnes|aid;a=the World Food Programme]] of sorghum, pulses and oil crossed from Chad into
    West Darfur on {{August 20}}, the World Food Programme said. [[Another 130 trucks|aid;a=the
    agency;alt=the World Food Programme]] were waiting at the border, the agency said. Before it
    was closed in {{February}}, the Adre crossing carried about {{85%}} of aid into Darfur.""",
)

item(
    "Sudan remains world's largest displacement crisis",
    """The IOM said [[11.6 million people|displaced;a=The IOM]] were displaced inside Sudan in
    {{March}}, and [[more than 3 million|displaced;a=The IOM]] had fled across its borders.
    UNHCR said Chad alone hosted [[over 770,000 Sudanese refugees|displaced;a=UNHCR]], most of
    them in camps around Adre and Farchana, and that [[about 1.5 million|displaced;a=UNHCR]] had
    crossed into Egypt.""",
)

item(
    "Sudan appeal seeks $4.2 billion to reach 21 million",
    """The {{2025}} humanitarian plan for Sudan seeks {{$4.2 billion}} to reach [[20.9 million
    people|aid;p;a=OCHA]] of the [[30.4 million|civilians;a=OCHA]] in need, OCHA said on
    {{February 17}}. A separate refugee plan asks {{$1.8 billion}} to support [[4.8 million
    people|aid;p;a=UNHCR]] in [[seven neighbouring countries|other;u=other;a=UNHCR]], UNHCR
    said.""",
)

item(
    "Cholera surges in Khartoum as water systems fail",
    """Sudan's health ministry reported [[more than 2,700 cholera cases|other;a=Sudan's health
    ministry]] and [[172 deaths|killed;a=Sudan's health ministry]] in Khartoum state in {{a
    week}}, after drone strikes knocked out power to the city's water stations. The WHO and
    UNICEF said [[about 1.4 million doses|aid;a=The WHO and UNICEF]] of oral cholera vaccine had
    arrived for a campaign targeting [[2.6 million people|aid;p;a=The WHO and UNICEF]].""",
)

item(
    "WFP convoy hit by drone in North Darfur",
    """[[Five staff members|killed;a=the World Food Programme]] of a contractor were killed when
    a drone struck a convoy of [[15 trucks|aid;a=the World Food Programme]] near Mellit on
    {{June 2}}, the World Food Programme said. [[Three trucks|aid]] were set on fire. The convoy
    was carrying food for [[about 37,000 people|aid;p]] in El Fasher.""",
)

item(
    "Sudanese begin to return to Khartoum and Gezira",
    """The IOM said [[more than 1 million Sudanese|returned;a=The IOM]] had gone back to their
    home areas by {{July}}, [[about 400,000|returned;a=The IOM]] of them to Khartoum state,
    after the army retook the capital in {{March}}. Returnees found [[only 8 of 30
    hospitals|other;a=the state health authorities]] working in Omdurman, the state health
    authorities said.""",
)

item(
    "Sudan war enters third year with appeal badly funded",
    """Sudan's war entered its {{third year}} on {{April 15}} with the humanitarian appeal only
    {{13%}} funded. A conference in London on the same day raised pledges of {{£120 million}}
    from Britain and {{$800 million}} in all, short of the {{$6 billion}} sought for {{2025}}.
    Agencies said they needed guaranteed access through {{Resolution 2736}}.""",
)

item(
    "IPC: famine spreading in Sudan, 24.6 million face acute hunger",
    """The IPC said [[24.6 million people|civilians;a=The IPC]] in Sudan faced acute food
    insecurity ({{Phase 3}} or worse) between {{December}} and {{May}}, and that
    [[637,000|civilians;a=The IPC]] faced catastrophe ({{Phase 5}}). Famine was confirmed in
    [[five areas|other;u=other;a=The IPC]], including Zamzam, Abu Shouk and Al Salam camps, and
    projected in [[five more|other;u=other;n=-;p;a=The IPC]] by {{May}}, it said.""",
)

item(
    "Doctors' network: most hospitals in conflict areas shut",
    """The Sudan Doctors Network said [[more than 70 hospitals|other;a=The Sudan Doctors
    Network]] in areas of fighting had stopped working. The WHO has verified [[119
    attacks|other;u=other; a=The WHO]] on health care since {{April 2023}}, in which [[at least
    188 people|killed;a=The WHO]] were killed.""",
)

item(
    "UN panel: up to 15,000 killed in El Geneina",
    """[[Between 10,000 and 15,000 people|killed;a=a UN panel of experts]] were killed in El
    Geneina in {{2023}} in attacks by the RSF and allied Arab militias, a UN panel of experts
    said in a report. UNHCR said [[more than 500,000 people|displaced;a=UNHCR]], most of them
    Masalit, fled West Darfur for Chad.""",
)

item(
    "Gezira village attack kills more than 100",
    """[[More than 100 people|killed;a=the Wad Madani Resistance Committee]] were killed in an
    RSF attack on the village of Wad al-Noura in Gezira state on {{June 5}}, the Wad Madani
    Resistance Committee said. UNICEF said [[at least 35 children|killed;a=UNICEF]] were among
    the dead and [[more than 20|injured;a=UNICEF]] were wounded.""",
)

item(
    "Schools in eastern Sudan house the displaced",
    """Sudan's education ministry said [[about 1,000 schools|capacity;a=Sudan's education
    ministry]] in Gedaref, Kassala and White Nile states were sheltering displaced families.
    UNICEF said [[more than 17 million children|civilians;a=UNICEF]] were out of school across
    the country, one of the worst education crises in the world.""",
)

item(
    "WFP warehouse in Port Sudan hit",
    """A drone strike on a World Food Programme warehouse in Port Sudan destroyed [[about 2,000
    tonnes|aid;a=the agency;alt=World Food Programme]] of food, the agency said on {{May 6}},
    enough to feed [[100,000 people|aid;p;a=the agency;alt=World Food Programme]] for {{a
    month}}. [[Two guards|injured]] were hurt.""",
)

item(
    "New camp opens in eastern Chad as arrivals continue",
    """UNHCR said [[an average of 600 Sudanese a day|displaced;q=approx;a=UNHCR]] were still
    crossing into eastern Chad in {{June}}. A new camp at Dougui has space for [[50,000
    refugees|capacity;a=the agency;alt=UNHCR]], the agency said, but [[more than 200,000
    people|displaced]] remain in makeshift sites along the border at Adre, with {{one latrine
    for 300 people}}.""",
)

item(
    "Cash lifeline for families in River Nile state",
    """The World Food Programme said it had given cash to [[65,000 households|aid;a=The World
    Food Programme]] in River Nile state since {{January}}, each receiving the equivalent of
    {{$100}} a month. It plans to extend the scheme to [[a further 40,000 families|aid;p;a=The
    World Food Programme]] in Northern state by {{September}}.""",
)

item(
    "Measles and malnutrition kill children in White Nile camps",
    """UNHCR and the WHO said [[more than 1,200 children|killed;a=UNHCR and the WHO]] {{under
    five}} had died in [[nine camps|capacity;a=UNHCR and the WHO]] in White Nile state between
    {{May}} and {{September}}, from suspected measles and malnutrition. [[More than 3,100
    suspected measles cases|other;a=UNHCR and the WHO]] had been reported, they said.""",
)

item(
    "Red Crescent volunteers killed in Darfur",
    """The Sudanese Red Crescent said [[three of its volunteers|killed;a=The Sudanese Red
    Crescent]] were shot dead in Bara, North Kordofan, on {{Sunday}} and [[two others|kidnapped;
    a=The Sudanese Red Crescent]] were taken by gunmen. The society said [[at least 20
    volunteers|killed;a=The society;alt=The Sudanese Red Crescent]] had been killed since the
    war began.""",
)

item(
    "Sudan's authorities lift Adre restrictions for three months",
    """Sudan's sovereignty council authorised use of the Adre crossing for {{three months}} from
    {{August 15}}, after it was closed for more than {{six months}}. Aid groups said the
    {{90-day}} window was too short to plan and asked for the permit to be renewed beyond
    {{November 15}}. The decision came {{two days}} before talks on Sudan opened in Geneva.""",
)

item(
    "UNFPA warns of violence against women and girls",
    """UNFPA said [[12.1 million women and girls|civilians;n=women and girls;a=UNFPA]] in Sudan
    were at risk of gender-based violence, up from [[4.2 million|civilians;a=UNFPA]] before the
    war. It said it had delivered [[2,300 dignity kits|aid;a=UNFPA]] and supported [[24 safe
    spaces|aid;u=structure;a=UNFPA]] in Gedaref and Kassala.""",
)
