"""Sudan and South Sudan: famine in Zamzam and El Fasher, besieged towns, convoys and crossings,
communal kitchens, refugees and returnees, floods and cattle, ration cuts (16 texts with
figures, 1 without)."""

from _wrap import item

item(
    "Famine confirmed in Sudan's Zamzam camp, global monitor says",
    """Famine conditions are present in Zamzam, a camp for displaced people near El Fasher in
    Sudan's North Darfur state, the Famine Review Committee of the Integrated Food Security Phase
    Classification said on Thursday. The camp is home to [[an estimated 500,000
    people|displaced]], many of whom fled earlier rounds of fighting in Darfur, and [[tens of
    thousands more|displaced;n=-]] have arrived from El Fasher this year. It was only {{the third
    time}} the IPC has confirmed a famine since it was set up in {{2004}}, after Somalia in
    {{2011}} and South Sudan in {{2017}}. MSF said its clinic in Zamzam had treated [[more than
    2,200 children|injured;a=MSF]] for severe malnutrition in July. Across Sudan, [[25.6 million
    people|civilians;a=the IPC;v=25600000]], {{more than half the population}}, face acute
    hunger, according to the IPC. Aid agencies say only [[about 100 trucks|aid;a=Aid agencies]]
    have reached North Darfur since April. The RSF has besieged El Fasher since May, trapping
    [[hundreds of thousands of people|civilians]].""",
)

item(
    "El Fasher residents eat animal feed as siege tightens",
    """Residents of El Fasher, the capital of North Darfur, say they are surviving on ambaz, the
    husks left after pressing peanuts for oil, which is normally fed to animals. The Abu Shouk
    Emergency Response Room said on Tuesday that [[13 people|killed;a=The Abu Shouk Emergency
    Response Room]] had died of hunger in the camp in the past week. A malwa of millet now costs
    {{150,000 Sudanese pounds}}, up from {{12,000 pounds}} at the start of the year. Of the [[43
    community kitchens|aid;u=structure;a=volunteers]] that were feeding [[some 40,000
    people|aid;a=volunteers]] across the city in the spring, only [[six|aid;u=structure;
    a=volunteers]] are still cooking, volunteers said. The UN estimates [[about 260,000
    civilians|civilians;a=The UN]] remain trapped in the city. The RSF has blocked all convoys
    since {{May 2024}}; the last to get through, [[17 trucks|aid]] sent by the World Food
    Programme, arrived in {{June 2024}}.""",
)

item(
    "RSF storms Zamzam camp, hundreds of thousands flee",
    """Sudan's paramilitary Rapid Support Forces overran the Zamzam displacement camp in North
    Darfur over the weekend, killing [[more than 400 people|killed;a=the United Nations]] and
    forcing [[as many as 400,000|displaced;a=the United Nations]] to flee, according to the
    United Nations. Relief International said [[nine of its staff|killed;a=Relief
    International]], doctors and drivers among them, were killed when fighters reached the last
    health post in the camp. The International Organization for Migration said [[some 16,000
    families|displaced;a=The International Organization for Migration]] had arrived in Tawila,
    {{60 kilometres}} to the west, by Monday, many on foot and without water. In Tawila,
    Médecins Sans Frontières said it had treated [[more than 150 people|injured;a=Médecins
    Sans Frontières]] for gunshot wounds and that {{one in three}} children it checked was
    acutely malnourished. Zamzam, where famine was confirmed in {{August 2024}}, had been under
    RSF shelling for months. Satellite images showed [[more than 1,700
    structures|housing;a=Yale's Humanitarian Research Lab]] burned, Yale's Humanitarian Research
    Lab said. The RSF said it had "liberated" the camp.""",
)

item(
    "Five aid workers killed as WFP convoy is attacked in North Darfur",
    """[[Five aid workers|killed;a=the World Food Programme and Unicef]] were killed on Monday
    when a convoy of [[15 trucks|aid;a=the World Food Programme and Unicef]] carrying food to El
    Fasher was attacked near Al Koma in North Darfur, the World Food Programme and Unicef said in
    a joint statement. The convoy had waited {{nearly two weeks}} for clearance from the warring
    parties. The food, [[about 400 tonnes|aid]], was meant for [[some 70,000 people|capacity]] in
    El Fasher and the camps around it. The army blamed the RSF; the RSF blamed an army drone. The
    UN says [[more than 30 million people|civilians;a=The UN]] in Sudan need humanitarian aid
    this year, and [[at least 120 aid workers|killed;a=The UN]] have been killed since the war
    began in {{April 2023}}.""",
)

item(
    "Aid trickles into Darfur through reopened Adre crossing",
    """The first convoy through the Adre border crossing from Chad in {{six months}} reached West
    Darfur on Wednesday, [[15 trucks|aid]] carrying sorghum, lentils and cooking oil. The
    army-aligned authorities in Port Sudan agreed on {{August 15}} to reopen the crossing for
    {{three months}}. OCHA said [[131 trucks|aid;a=OCHA]] had crossed in the first fortnight,
    carrying supplies for [[about 500,000 people|capacity;a=OCHA]]. Aid workers say [[hundreds
    more trucks|aid;p;a=Aid workers]] are needed before the roads turn to mud. At Adre itself,
    UNHCR says [[about 700 refugees a day|displaced;a=UNHCR]] are still crossing from Sudan, many
    of them women and children who say there was nothing left to eat at home. The camps around
    the town already hold [[more than 200,000 people|displaced]].""",
)

item(
    "Kadugli and Dilling face starvation under siege",
    """Residents of Kadugli, the capital of Sudan's South Kordofan state, said on Saturday that
    [[at least 22 people|killed;a=Residents of Kadugli]] had died of hunger in the city since the
    start of the month, as a siege by the RSF and its SPLM-N allies entered its {{second year}}.
    A local official in Dilling told Sudan Tribune that [[some 180,000 people|civilians;a=A local
    official in Dilling]] remained in the town, where a sack of sorghum now sells for {{1.2
    million pounds}}. Health workers at Kadugli teaching hospital said [[about 70
    children|injured;a=Health workers at Kadugli teaching hospital]] were being treated for
    severe malnutrition. An army airlift in July dropped [[40 tonnes|aid]] of food on Kadugli. No
    convoy has reached the city by road since {{October 2024}}. The World Food Programme said
    [[25 trucks|aid;a=The World Food Programme]] had been waiting in El Obeid for {{seven weeks}}
    for the warring parties to guarantee safe passage. [[More than 10,000
    people|displaced;a=local volunteers]] have fled Dilling on foot toward the Nuba Mountains
    since March, according to local volunteers.""",
)

item(
    "Khartoum's mutual-aid kitchens shut after US funding freeze",
    """[[About 1,100 communal kitchens|other;u=structure;a=the Emergency Response Rooms]] in
    Khartoum state have closed since Washington froze foreign aid in January, according to the
    Emergency Response Rooms, the volunteer network that runs them. The network said the kitchens
    had been serving [[about 816,000 people a day|aid;a=The network;alt=the Emergency Response
    Rooms]]. Shelling hit a kitchen in Omdurman's Ombada district on Sunday, killing [[five
    volunteers|killed;a=local medics]] and [[at least 23 people|killed;a=local medics]] queuing
    for food, local medics said. The network says [[at least 30 of its volunteers|killed;a=The
    network;alt=the Emergency Response Rooms]] have been killed since the war began and
    [[dozens|arrested;a=The network;alt=the Emergency Response Rooms]] detained by both sides. In
    Karari, Hajja Amna, {{67}}, said she now ate once a day. The UN says [[some 3.6 million
    people|civilians;a=The UN;v=3600000]] in Khartoum state face acute hunger.""",
)

item(
    "Fleeing hunger in Darfur, families walk for days to reach Chad",
    """[[More than 20,000 Sudanese|displaced;a=the UN refugee agency]] crossed into Chad at Tine
    in the first {{two weeks}} of May, the UN refugee agency said, most of them women and
    children from villages around Kutum and Kabkabiya who said they had run out of food. "We ate
    leaves for {{a month}}," said Fatima Abdallah, {{29}}, who walked for {{nine days}} with her
    children. The World Food Programme said it had been forced to cut rations for [[about 1.2
    million refugees|aid;a=The World Food Programme;v=1200000]] in eastern Chad. UNHCR said
    [[about 600,000 Sudanese refugees|displaced;a=UNHCR]] were now in Chad. Chadian authorities
    said [[12 children|killed;a=Chadian authorities]] had died of malnutrition and exhaustion at
    the Tine transit site in April. The site, built for [[5,000 people|capacity]], held [[more
    than 18,000|displaced]] on Friday.""",
)

item(
    "Sorghum prices double in Darfur markets",
    """The price of a malwa of sorghum in Nyala market rose to {{18,000 Sudanese pounds}} this
    week, double what it was at the start of the rainy season, traders told Radio Dabanga. In El
    Geneina, a {{90-kilogram}} sack sold for {{SDG 420,000}} on {{14 May}}. Traders blamed road
    closures and the fall of the pound, which traded at {{2,600 to the dollar}} on the parallel
    market. FEWS NET said in its {{March 2025}} outlook that staple prices in Darfur were
    {{300%}} above the five-year average.""",
)

item(
    "South Sudan declares famine in parts of Unity State",
    """Famine has been declared in parts of South Sudan, the first such declaration anywhere in
    the world in {{six years}}, with [[100,000 people|civilians;a=the government and UN
    agencies]] facing starvation, the government and UN agencies said on Monday. The World Food
    Programme said [[a further 1 million people|civilians;a=The World Food Programme]] were on
    the brink of famine. The famine is in Leer and Mayendit counties in Unity State, where
    fighting has cut farmers off from their fields and aid agencies off from the people. Aid
    workers say [[tens of thousands|displaced;a=Aid workers]] have fled into the swamps, where
    they live on water lilies and fish. Aid agencies say [[more than 60 aid workers|killed;a=Aid
    agencies]] have been killed since the civil war began in {{2013}}. The UN said [[4.9 million
    people|civilians;a=The UN;v=4900000]], more than {{40%}} of the population, needed food aid,
    and Unicef said [[more than 250,000 children|civilians;a=Unicef]] were severely
    malnourished.""",
)

item(
    "South Sudan: aid convoy looted, drivers killed on Yei road",
    """Gunmen ambushed a World Food Programme convoy on the road between Juba and Yei on
    Saturday, killing [[two drivers|killed;a=the agency;alt=World Food Programme]] and looting
    [[seven|aid;u=other;a=the agency;alt=World Food Programme]] of [[the 11 trucks|aid;a=the
    agency;alt=World Food Programme]], the agency said. The trucks were carrying [[about 150
    tonnes|aid]] of sorghum and pulses, meant for [[some 9,000 people|capacity]] in Morobo
    county. The UN's humanitarian office said [[at least 13 aid workers|killed;a=The UN's
    humanitarian office]] had been killed in South Sudan so far this year, and [[more than
    100|killed;a=The UN's humanitarian office]] since {{December 2013}}. The lean season runs
    from May to August. The IPC projects that [[7.1 million people|civilians;p;a=The
    IPC;v=7100000]], almost {{two-thirds}} of the population, will face severe food shortages at
    its peak.""",
)

item(
    "Returnees from Sudan crowd into Renk as malnutrition spikes",
    """[[More than 600,000 people|displaced;a=the International Organization for Migration]] have
    crossed into South Sudan from Sudan since {{April 2023}}, most of them South Sudanese going
    home, according to the International Organization for Migration. At the transit centre in
    Renk, built for [[3,000 people|capacity]], [[some 15,000|displaced]] were waiting on Friday
    for boats south. [[Between 1,500 and 2,000 people a day|displaced;a=the IOM]] are still
    arriving at the Joda crossing, the IOM says. Médecins Sans Frontières said it had admitted
    [[412 children|injured;a=Médecins Sans Frontières]] with severe acute malnutrition to its
    ward in Renk in March, and that [[27|killed;a=Médecins Sans Frontières]] had died.
    "Families arrive having eaten nothing for {{three or four days}}," said Simon Deng, a nurse.
    The IOM said it had moved [[about 110,000 people|displaced;a=The IOM]] onward from Renk by
    boat and bus since the start of the year.""",
)

item(
    "Famine risk in Upper Nile as fighting blocks river convoys",
    """The IPC warned on Thursday that [[about 32,000 people|civilians;p;a=The IPC]] in Nasir and
    Ulang counties of Upper Nile state could face famine by July if fighting continued and aid
    did not arrive. Government forces and the White Army militia have fought around Nasir since
    March. The World Food Programme said fighting had forced it to halt [[two river
    convoys|aid;a=The World Food Programme]] carrying [[about 1,000 tonnes|aid;a=The World Food
    Programme]] of food. Residents said [[more than 60,000 people|displaced;a=Residents]] had
    fled into Ethiopia's Gambella region. In Ulang, a health worker said [[19 people|killed;a=a
    health worker]] had died of cholera and hunger in {{two weeks}}. An airdrop on {{April 14}}
    delivered [[about 40 tonnes|aid]] of sorghum and beans to Nasir town, but aid agencies said
    it could feed [[5,000 people|capacity;a=aid agencies]] for only {{a month}}.""",
)

item(
    "After third year of floods, Jonglei herders count their dead cattle",
    """In Ayod county, in South Sudan's Jonglei state, the floodwater that arrived in July has
    still not gone down. "[[Seventy of my cows|killed;u=other;a=Gatluak Chuol]] have died," said
    Gatluak Chuol, a herder from Pajut, standing knee-deep in water. The Food and Agriculture
    Organization estimates [[about 800,000 head of livestock|killed;a=The Food and Agriculture
    Organization]] have drowned or died of disease in the floods since {{2019}}. The UN says
    [[more than 835,000 people|civilians;a=The UN]] have been affected by flooding this year, and
    [[around 480,000|displaced;a=The UN]] have been forced from their homes. Oxfam said it had
    handed out [[3,400 fishing kits|aid;a=Oxfam]] and seed to [[2,000 households|aid;a=Oxfam]].
    Nutrition workers in Ayod town said admissions of malnourished children had tripled, to
    [[about 240 a month|injured;a=Nutrition workers in Ayod town]].""",
)

item(
    "WFP cuts food aid to 1.7 million in South Sudan as funds dry up",
    """The World Food Programme has suspended food assistance to [[1.7 million people|aid;a=the
    agency;alt=The World Food Programme;v=1700000]] in South Sudan, the agency said on Tuesday.
    [[The remaining 4.5 million people|aid;a=The World Food Programme]] it helps are now getting
    half rations, it said. Makena Walker, WFP's country director, told Devex that the agency had
    received only {{$250 million}} of the {{$1.1 billion}} it needs this year, and that it had
    laid off [[about 300 staff|other;a=Makena Walker]]. At Gorom, a refugee settlement near Juba
    that hosts [[about 2,800 Ethiopians|displaced]], rations will fall to {{50%}}. Admissions to
    the agency's nutrition centres rose to [[more than 25,000|injured]] in the first quarter. WFP
    says it reached [[5.6 million people|aid;a=WFP;v=5600000]] in South Sudan with food or cash
    in {{2022}}.""",
)

item(
    "Sudan hunger to peak again in 2026 lean season, FEWS NET says",
    """Famine is likely to persist in parts of North Darfur and South Kordofan through the
    {{2026}} lean season, the Famine Early Warning Systems Network said in its latest outlook.
    FEWS NET estimated that [[25 million to 27 million people|civilians;p;a=FEWS NET]] in Sudan
    would need emergency food assistance between June and September, up from [[about 24
    million|civilians;a=FEWS NET]] at the same point last year. The network said harvests in
    Gezira and Sennar were better than expected, and that [[about 1.5 million
    people|returned;a=The network;alt=FEWS NET;v=1500000]] had gone back to Khartoum state since
    the army retook the capital in {{March 2025}}. But it said [[more than 2 million
    people|civilians;a=FEWS NET]] remained cut off by fighting in Kordofan and Darfur, [[about
    640,000 of them|civilians;n=-;a=FEWS NET]] in catastrophe, {{Phase 5}}. The UN plans to reach
    [[20.9 million people|aid;p;a=The UN;v=20900000]] this year with an appeal of {{$4.2
    billion}}.""",
)

item(
    "El Fasher survivors reach Tawila starving and wounded",
    """[[More than 80,000 people|displaced;a=the International Organization for Migration]] have
    fled El Fasher since RSF fighters seized the city on {{October 26}}, but only [[about
    6,000|displaced;a=the International Organization for Migration]] have reached Tawila,
    according to the International Organization for Migration. Survivors said the RSF had killed
    [[hundreds of people|killed;a=Survivors]] on the roads out of the city. The World Health
    Organization said [[more than 450 people|killed;a=The World Health Organization]] were killed
    at the Saudi maternity hospital. Médecins Sans Frontières said {{70%}} of the children
    under five it screened in Tawila were acutely malnourished. In Tawila, which already hosted
    [[about 650,000 displaced people|displaced]], the Norwegian Refugee Council said it was
    serving [[about 10,000 hot meals a day|aid;a=the Norwegian Refugee Council]].""",
)
