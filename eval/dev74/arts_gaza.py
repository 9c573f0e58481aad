"""dev74 items: Gaza (2023-2025): crossings, trucks, famine, shelters, aid workers."""

from _wrap import item

item(
    "Gaza: no aid in for 18 days as crossings stay shut",
    """No aid has entered the Gaza Strip for {{18 days}}, the UN Office for the Coordination of
    Humanitarian Affairs said on {{March 20}}, and [[all 2.1 million people|civilians;a=the UN
    Office for the Coordination of Humanitarian Affairs]] there now depend on stocks that are
    running out. Before the closure, [[about 600 trucks a day|aid]] had been crossing under the
    ceasefire. The World Food Programme said [[25 bakeries|aid;u=structure;a=The World Food
    Programme]] it supports could keep baking for less than {{two weeks}}.""",
)

item(
    "Dozens killed near Rafah food site, ministry says",
    """[[At least 31 people|killed;a=the health ministry in Gaza]] were killed and [[more than
    170|injured;a=the health ministry in Gaza]] wounded near a food distribution site in Rafah
    on {{June 1}}, the health ministry in Gaza said. The ICRC said its field hospital received
    [[179 patients|injured;a=The ICRC]] that morning and that [[21 of them|killed;n=-;a=The
    ICRC]] were dead on arrival.""",
)

item(
    "Famine confirmed in Gaza governorate",
    """The Integrated Food Security Phase Classification (IPC) confirmed famine in Gaza
    governorate on {{August 22}}, saying [[more than 514,000 people|civilians;a=The Integrated
    Food Security Phase Classification (IPC)]], nearly {{a quarter}} of the territory's
    population, faced catastrophic hunger ({{Phase 5}}). It projected that the number would rise
    to [[about 641,000|civilians;p;a=The Integrated Food Security Phase Classification (IPC)]]
    by the end of {{September}}. [[At least 132,000 children|civilians;p]] {{under five}} are
    expected to be acutely malnourished through {{June 2026}}, [[41,000 of
    them|civilians;p;n=-]] severely.""",
)

item(
    "Trucks entering Gaza fall far short, agencies say",
    """COGAT, the Israeli defence body that handles civilian affairs in the Palestinian
    territories, said [[4,200 trucks|aid;a=COGAT]] had entered Gaza in {{July}}. UN agencies
    said they had managed to collect [[fewer than 1,700 truckloads|aid;u=other;a=UN agencies]]
    at the crossings, many of them looted on {{Salah al-Din Road}}. Aid groups say [[at least
    500 trucks a day|aid;p;a=Aid groups]] are needed.""",
)

item(
    "Aid worker deaths in Gaza pass 400",
    """The number of aid workers killed in Gaza since {{October 2023}} has passed
    [[400|killed;a=the Aid Worker Security Database]], [[more than 300 of them|killed;n=-;a=the
    Aid Worker Security Database]] UN staff, according to the Aid Worker Security Database. The
    Palestine Red Crescent Society said [[27 of its staff and volunteers|killed;n=staff and
    volunteers;a=The Palestine Red Crescent Society]] had been killed on duty and [[17
    ambulances|other;a=The Palestine Red Crescent Society]] destroyed.""",
)

item(
    "Three litres a day: water crisis in northern Gaza",
    """UNICEF said families in northern Gaza were surviving on as little as {{3 litres}} of
    water a person a day, against an emergency minimum of {{15 litres}}. Only [[two of the six
    desalination plants|other;u=structure;a=UNICEF]] in the area were working, it said. The
    agency is trucking water to [[about 60 shelters|capacity;a=The agency;alt=UNICEF]] and has
    installed [[340 latrines|aid;a=The agency;alt=UNICEF]] in Gaza City since {{May}}.""",
)

item(
    "UN appeals for $4 billion for Gaza and West Bank",
    """The United Nations and its partners appealed for {{$4.07 billion}} on {{April 17, 2025}}
    to cover needs in Gaza and the West Bank for the rest of the year. The previous appeal, for
    {{$3.4 billion}}, was funded at only {{44%}}. Agencies again urged full application of
    Security Council {{Resolution 2720}}, adopted in {{December 2023}}, which called for aid at
    scale.""",
)

item(
    "Polio campaign reaches more than half a million Gaza children",
    """The WHO said [[more than 560,000 children|aid;a=The WHO]] {{under the age of 10}} had
    received a dose of polio vaccine in the {{first round}} of the campaign, during
    {{eight-hour}} daily pauses in the fighting. UNICEF had aimed to reach [[about 640,000|aid;
    p;a=UNICEF]]. The campaign followed the {{first}} polio case in the territory in {{25
    years}}, in a {{10-month-old}} baby.""",
)

item(
    "Most Gazans displaced, many ten times over",
    """UNRWA said [[about 1.9 million people|displaced;a=UNRWA]], or {{around 90%}} of the
    population, had been displaced at least once, many of them {{10 times}} or more. The agency
    said [[about 1 million people|displaced;a=The agency;alt=UNRWA]] were sheltering in or
    around its [[154 installations|capacity;u=structure;a=The agency;alt=UNRWA]], most of them
    schools.""",
)

item(
    "Evacuation order covers a quarter of a million in Khan Younis",
    """OCHA said an Israeli evacuation order issued on {{Monday}} covered [[an estimated 250,000
    people|displaced;p;a=OCHA]] in eastern Khan Younis, an area of about {{14 square
    kilometres}}. Within {{three days}}, [[some 180,000|displaced;a=the Site Management
    Cluster]] had moved west toward al-Mawasi, the Site Management Cluster counted. Families
    arriving there found {{one latrine for every 400 people}}, the cluster said.""",
)

item(
    "Airdrops over Gaza criticised as costly and dangerous",
    """Jordan and several other countries carried out [[more than 120 airdrops|aid;a=Jordan's
    armed forces]] over Gaza in {{a week}}, Jordan's armed forces said, each pallet carrying
    about {{1 tonne}} of food. A single airdrop brings {{less than one truckload}}, the
    Norwegian Refugee Council said. Gaza's civil defence said [[five people|killed;a=Gaza's
    civil defence]] were killed when a parachute failed to open over al-Shati camp on {{March
    8}}.""",
)

item(
    "Gaza hospitals: only a third partly functioning",
    """[[Only 12 of Gaza's 36 hospitals|other;a=the World Health Organization]] were even
    partially functioning on {{Friday}}, the World Health Organization said, and none in the
    north had an intensive care unit. The WHO counted [[686 attacks|other;u=other;a=The WHO]] on
    health care in the territory since {{October 2023}}, in which [[more than 900
    people|killed;a=The WHO]] were killed. It said [[about 12,000 patients|civilians;a=The WHO]]
    needed medical evacuation abroad.""",
)

item(
    "Malnutrition deaths rise in Gaza, ministry says",
    """The health ministry in Gaza said [[eight more people|killed;a=The health ministry in
    Gaza]], including [[two children|killed;a=The health ministry in Gaza]], died of
    malnutrition in the previous {{24 hours}}, taking the toll of hunger deaths to
    [[235|killed;a=The health ministry in Gaza]]. UNICEF said [[5,000 children|aid;a=UNICEF]]
    had been admitted for treatment of acute malnutrition in {{July}} alone.""",
)

item(
    "Convoy to northern Gaza turned back at checkpoint",
    """A convoy of [[a dozen trucks|aid]] carrying flour and medicine to northern Gaza was held
    for {{seven hours}} at a checkpoint on {{Route 749}} and then turned back, OCHA said on
    {{Wednesday}}. Of [[the 52 missions|other;u=other;a=OCHA]] to the north that it coordinated
    in {{November}}, [[only 8|other;u=other;a=OCHA]] went ahead as planned, it said.""",
)

item(
    "Schools turned into shelters in Gaza City",
    """The education cluster said [[about 80 schools|capacity;a=The education cluster]] in Gaza
    City were being used as shelters and that [[625,000 children|civilians;a=The education
    cluster]] across the Strip had missed {{two full school years}}. [[At least 14
    people|killed;a=civil defence officials]] were killed when a strike hit one such school in
    al-Tuffah on {{Thursday}}, civil defence officials said.""",
)

item(
    "Pregnant women in Gaza face births without care",
    """The UN Population Fund (UNFPA) said [[about 55,000 pregnant women|civilians;a=The UN
    Population Fund (UNFPA)]] in Gaza had little or no access to care, with [[some
    180|civilians; p;n=-;a=The UN Population Fund (UNFPA)]] expected to give birth every day. It
    said [[only two maternity wards|other;u=structure;a=The UN Population Fund (UNFPA)]] were
    still open in the north.""",
)

item(
    "Aid reaches north Gaza after ceasefire",
    """Under the ceasefire that began on {{January 19}}, [[4,200 aid trucks|aid;a=the UN]]
    entered Gaza in the {{first week}}, the UN said, and WFP delivered [[more than 10,000
    tonnes|aid;a=the UN]] of food. [[Some 376,000 people|returned;a=the UN]] crossed from south
    to north along {{Salah al-Din Road}} and the coast road in the {{first 72 hours}}, the UN
    said.""",
)

item(
    "Gaza: fuel shortage shuts wells and sewage pumps",
    """Gaza's water utility said it needed at least {{75,000 litres}} of fuel a day to run its
    wells and pumps but was receiving less than {{a third}} of that. The Palestinian Water
    Authority said [[83 of 215 groundwater wells|other;a=The Palestinian Water Authority]] had
    stopped. Sewage was flooding the streets around tent camps housing [[about 150,000
    people|displaced]] in Deir al-Balah, where MSF treated [[2,400 cases|other]] of acute
    diarrhoea in {{a week}}.""",
)

item(
    "West Bank camp operations displace 40,000, UNRWA says",
    """Israeli operations in the northern West Bank have displaced [[about 40,000
    Palestinians|displaced;a=UNRWA]] from the Jenin, Tulkarm and Nur Shams refugee camps since
    {{January 21}}, UNRWA said, the largest displacement in the territory since {{1967}}. The
    agency said [[at least 1,500 homes|housing;a=The agency;alt=UNRWA]] had been destroyed or
    damaged and that [[13 of its schools|other;a=The agency;alt=UNRWA]] in the camps were
    closed.""",
)

item(
    "Community kitchens in Gaza close as stocks run out",
    """Community kitchens in Gaza served [[1.1 million meals a day|aid;a=the Food Security
    Sector]] at their peak, the Food Security Sector said, but [[more than 100 of the 170
    kitchens|aid;u=structure;a=the Food Security Sector]] it tracks closed in {{April}}. The
    World Central Kitchen said it had stopped cooking in Rafah after [[seven of its
    staff|killed;a=The World Central Kitchen]] were killed in a strike on their convoy.""",
)

item(
    "WHO evacuates patients from Gaza to Jordan",
    """The WHO said it evacuated [[41 patients|displaced;a=The WHO]] and [[85
    companions|displaced;a=The WHO]] from Gaza through Kerem Shalom to Jordan on {{Wednesday}}.
    [[Twenty-nine children|displaced]] among them had cancer or kidney failure. [[More than
    14,000 patients|civilians;a=the agency;alt=The WHO]] still needed treatment abroad, the
    agency said.""",
)
