"""dev409 items: Shan state (Operation 1027, Laukkai and the scam compounds, the fall and return of
Lashio, Kyaukme, the TNLA's recruiting, the camps of southern Shan, Tachileik)."""

from _wrap import item

item(
    "Ethnic alliance says it has taken 100 junta positions in northern Shan",
    """The {{Three Brotherhood Alliance}} of ethnic armed groups said on Thursday it had captured
    [[more than 100 junta positions|other;a=The Three Brotherhood Alliance]] in northern Shan state
    in the {{first week}} of {{Operation 1027}}, the offensive it launched on {{October 27}}. The
    alliance, made up of the MNDAA, the Ta'ang National Liberation Army and the Arakan Army, said
    [[41 soldiers|combatants;a=The alliance;alt=Three Brotherhood Alliance]] had surrendered and that
    it had taken [[four towns|other;a=The alliance;alt=Three Brotherhood Alliance]] near the Chinese
    border, including Chinshwehaw. In a rare admission, the junta said it had lost control of [[three
    towns|other;a=the junta]]. [[About 50,000 people|displaced;a=OCHA]] have been displaced in
    northern Shan, OCHA said; [[at least 23 civilians|killed;a=OCHA]] have been killed,
    including [[10 children|killed;a=OCHA]], and [[more than 60|injured;a=OCHA]] injured. China called on all sides to cease fire.""",
)

item(
    "2,389 troops surrender in Laukkai, Kokang group says",
    """The Myanmar National Democratic Alliance Army (MNDAA) said on Friday that [[2,389
    troops|combatants;a=Myanmar National Democratic Alliance Army]] had surrendered in Laukkai, the
    capital of the Kokang region, among them [[six brigadier generals|combatants;a=Myanmar National
    Democratic Alliance Army]]. The group said it had seized [[hundreds of weapons|other;a=The
    group;alt=Myanmar National Democratic Alliance Army]] and [[about 40 vehicles|other;a=The
    group;alt=Myanmar National Democratic Alliance Army]], and that [[1,500 family
    members|displaced;a=The group;alt=Myanmar National Democratic Alliance Army]] of the soldiers
    had left the town with them under the terms of the handover. It was the largest surrender in
    the army's history. A military court later sentenced [[three of the generals|arrested;a=family
    members]] to death and [[three others|arrested;a=family members]] to life in prison, according
    to family members. [[Some 10,000 civilians|displaced;a=the UN]] fled Laukkai in the weeks before
    it fell, the UN said, many of them to the Chinese border.""",
)

item(
    "MNDAA says it holds Lashio and the junta's northeast command",
    """The MNDAA said on Saturday it had taken full control of Lashio, including the junta's
    Northeastern Command, the {{first}} regional command to fall to an armed group since the coup.
    The group said it had captured [[more than 100 soldiers|arrested;a=The group;alt=MNDAA]] in the
    final assault. Residents estimated that [[between 300 and 500 soldiers|combatants;a=Residents]] had
    been defending the base. Those who fled said [[tens of thousands of people|displaced;a=Those who fled]] had left
    the city, the largest in northern Shan, which had a population of [[about 150,000|civilians;a=Those
    who fled]] before the fighting. A junta air strike on a market on {{August 21}} killed [[at least 12
    people|killed;a=a rescue worker]], a rescue worker told AFP, and wounded [[about
    30|injured;a=a rescue worker]]. [[Hundreds of houses|housing]] in the wards around the command
    base were damaged in the fighting. Senior General Min Aung Hlaing blamed "foreign support" for
    the rebels.""",
)

item(
    "Junta retakes Kyaukme after weeks of bombing",
    """Junta troops retook Kyaukme, on the highway from Mandalay to Lashio, on Sunday after a siege
    of {{more than two months}}. Residents said air strikes in the last {{three weeks}} of the battle
    had killed [[at least 35 civilians|killed;a=Residents]], wounded [[more than
    70|injured;a=Residents]] and destroyed [[about 500
    houses|housing;a=Residents]]. [[About 40,000 people|displaced;a=the Ta'ang Women's
    Organization]] fled Kyaukme and nearby villages, most of them towards Hsipaw and Namhsan,
    according to the Ta'ang Women's Organization. The Global New Light of Myanmar said [[more than
    300 TNLA fighters|killed;a=Global New Light of Myanmar]] had died and that troops had seized
    [[2,000 rounds|other;a=Global New Light of Myanmar]] of ammunition. The TNLA put its own losses
    at [[about 80 fighters|killed;a=The TNLA]]. China had pressed the group to leave the town.""",
)

item(
    "Lashio residents return as Kokang army pulls out",
    """The MNDAA completed its withdrawal from Lashio on {{April 22}} under a deal brokered by China,
    and the junta said [[more than 20,000 residents|returned;a=the junta]] had returned by the end
    of the month. State media said officials had handed out [[1,200 food parcels|aid;a=State
    media]] at the city's football ground. [[Several hundred families|returned]] went back to the
    wards near the airport in the {{first}} days, including {{Quarter 5}}, which was heavily
    bombed last August. [[About 4,000 households|displaced;a=a Shan aid group]] from Lashio were
    still sheltering in Mandalay, Taunggyi and Hsipaw, a Shan aid group said. Police detained
    [[37 people|arrested;a=residents]] accused of working with the MNDAA during its {{eight
    months}} in control, residents said. The MNDAA said [[about 3,000 fighters|combatants;a=The
    MNDAA]] had left the city.""",
)

item(
    "China says 31,000 fraud suspects handed over from Kokang",
    """Authorities in Myanmar's Kokang region have handed [[more than 31,000 Chinese
    nationals|returned;a=China's Ministry of Public Security]] suspected of telecom fraud to China
    since {{September}}, China's Ministry of Public Security said on Sunday. The ministry said [[about
    1,400|arrested;a=The ministry;alt=China's Ministry of Public Security]] had been formally
    arrested as financiers or ringleaders of the compounds. The MNDAA, which took Laukkai in {{January}}, said it had freed
    [[about 1,000 foreigners|kidnapped;a=The MNDAA]] held in the compounds, among them [[about 300
    Vietnamese|kidnapped;a=The MNDAA]]. [[Some 900 Myanmar workers|returned]] from the compounds
    were sent back to their home towns. The UN estimated in {{2023}} that [[at least 120,000
    people|kidnapped;a=The UN]] were being held in scam compounds across Myanmar.""",
)

item(
    "TNLA takes young men for training in Namhsan, rights group says",
    """The Ta'ang National Liberation Army has taken [[at least 150 young men|kidnapped;a=the Shan
    Human Rights Foundation]] from villages in Namhsan and Manton townships for military training
    since {{June}}, the Shan Human Rights Foundation said. The group said each household had been
    ordered to provide a man aged {{18 to 35}}, and that [[about 30 families|displaced;a=The
    group;alt=Shan Human Rights Foundation]] had fled to avoid the order. The TNLA says its [[2,000
    new recruits|combatants;a=The TNLA]] volunteered. [[Five young men|arrested;a=relatives]] who tried
    to flee were detained by TNLA police, relatives said. Residents said [[about 400|displaced;a=Residents]]
    had left for Lashio and Mandalay. Junta conscription, meanwhile, has driven [[thousands of Shan
    youths|displaced]] across the border into Thailand.""",
)

item(
    "Air strike on Pekhon camp kills five displaced Karenni",
    """An air strike on a camp for displaced people in Pekhon township, in southern Shan state,
    killed [[five people|killed;a=the Progressive Karenni People Force]] on Wednesday, the Progressive
    Karenni People Force said. The camp held [[about 1,800 people|displaced]], most of them Karenni
    who had fled fighting in Loikaw and Demoso. [[Eight people|injured;a=camp volunteers]] were
    wounded and [[40 shelters|housing;a=camp volunteers]] destroyed, camp volunteers said. The camp
    is one of [[about 30|capacity;u=structure;a=aid groups]] in Pekhon, aid groups say, together sheltering
    [[about 60,000 displaced people|displaced;a=aid groups]]. It was hit {{twice}} in {{2024}}.""",
)

item(
    "Shan rights group counts 59 civilians killed in May",
    """Air strikes and shelling killed [[59 civilians|killed;a=the Shan Human Rights Foundation]]
    in Shan state in {{May}}, the Shan Human Rights Foundation said in its monthly report, the
    highest toll since {{Operation 1027}} began. The foundation said [[143 people|injured;a=The
    foundation;alt=Shan Human Rights Foundation]] were wounded and that [[more than 200
    houses|housing;a=The foundation;alt=Shan Human Rights Foundation]], [[four
    monasteries|housing;u=structure;a=The foundation;alt=Shan Human Rights Foundation]] and [[two
    schools|housing;a=The foundation;alt=Shan Human Rights Foundation]] were damaged or destroyed.
    It recorded [[27 air strikes|other;u=other;a=Shan Human Rights Foundation]] on populated areas.
    [[Eleven children|killed]] were among the dead. The junta says its aircraft target only armed
    groups.""",
)

item(
    "Residents return to Kunlong after Chinese-brokered truce",
    """[[About 6,000 people|returned;a=the MNDAA's local administration]] have returned to Kunlong
    since the truce agreed in the Chinese city of Kunming in {{January}}, the MNDAA's local
    administration said. Chinese authorities had allowed [[about 1,200 people|displaced]] to
    shelter in Nansan across the border during the fighting. [[Hundreds of houses|housing;a=residents]]
    were damaged and [[two bridges|other;u=other;a=residents]] over the Salween destroyed, residents
    said. A Chinese aid convoy of [[20 trucks|aid]] arrived on Monday. [[Some 3,000 people|displaced;a=the
    administration;alt=the MNDAA's local administration]] remain in camps near Chinshwehaw, the
    administration said, because their villages are mined.""",
)

item(
    "Junta jets bomb Lashio wards held by the MNDAA",
    """Junta jets bombed residential wards of Lashio on Tuesday, killing [[11 people|killed;a=the
    MNDAA]] and wounding [[26|injured;a=the MNDAA]], the MNDAA said. [[Three people|missing]] are
    believed buried under a collapsed building. Residents said [[at least 15 houses|housing;a=Residents]]
    and a Chinese temple were destroyed. It was the {{third}} strike on the city in {{a week}}. [[About
    1,000 residents|displaced;a=a local charity]] left for villages outside the city after the
    raid, a local charity said. The junta said it had struck MNDAA positions.""",
)

item(
    "Aid for northern Shan falls short as needs grow, OCHA says",
    """[[About 400,000 people|civilians;a=OCHA]] need humanitarian help in northern Shan, OCHA said
    on Wednesday, [[more than 180,000|displaced;a=OCHA]] of them displaced. Aid groups reached [[about
    60,000 people|aid;a=the agency;alt=OCHA]] with food in the {{first half}} of the year, the agency
    said. Displaced families live in [[about 140 sites|capacity;a=the agency;alt=OCHA]], it said,
    many of them monasteries and churches. [[Thirty-two trucks|aid;a=OCHA]] carrying food have been
    held at checkpoints since {{March}}, according to OCHA. [[Some 9,000 families|aid;a=WFP]] received
    cash instead of rice, WFP said. OCHA warned that [[up to 50,000 more
    people|displaced;p;a=OCHA]] could flee if fighting reached Hsipaw. The appeal for Shan is
    {{14%}} funded.""",
)

item(
    "Most captured soldiers are new conscripts, TNLA says",
    """Of [[about 600 junta soldiers|arrested;a=the group;alt=TNLA]] captured by the TNLA in {{2025}}, [[more
    than 200|arrested;a=the group;alt=TNLA]] were conscripts who had served for {{less than a year}}, the group
    said. Many told their captors they had been seized at checkpoints and sent to the front after
    {{four months}} of training. The TNLA released [[85 conscripts|arrested;a=the TNLA]] to their
    families through monks in {{December}}, it said. [[At least 40 conscripts|killed]] died in the
    battle for Nawnghkio alone, according to relatives who have searched for their bodies. Relatives say [[45 to 60 other
    conscripts|missing;a=Relatives]] from that battle are unaccounted for. [[Twenty-one
    prisoners|injured;a=the group;alt=TNLA]] are being treated for wounds, the group said. The junta
    does not publish casualty figures.""",
)

item(
    "Junta moves back into Mogoke and Hsipaw as TNLA withdraws",
    """[[About 1,500 TNLA fighters|combatants;a=the TNLA]] withdrew from Hsipaw and Mogoke under a
    ceasefire brokered by China, the TNLA said. The junta said [[18,000 residents|returned;a=The
    junta]] had returned to Hsipaw within a month. Troops detained [[24 people|arrested;a=residents]]
    accused of links to the TNLA, residents said. [[Nine|missing]] have not been heard from since.
    [[Several thousand people|displaced;a=a local aid group]] from Mogoke have chosen to stay in
    TNLA areas, a local aid group said. The junta had lost Hsipaw in {{June 2024}}.""",
)

item(
    "Shan youths cross at Tachileik to escape the draft",
    """Thai police arrested [[about 260 Myanmar nationals|arrested;a=Thai police]] who crossed the
    Ruak river near Mae Sai in {{May}}, Thai police said, most of them young men from Shan state.
    The immigration bureau said [[1,100|returned;a=The immigration bureau]] had been deported through
    the Mae Sai bridge in the {{first half}} of the year. [[Six men|missing]] who tried to swim
    the river at night in {{June}} are still missing. Thai rangers detained [[a dozen|arrested]] more on
    Sunday. A {{22-year-old}} from Kengtung said he paid
    a broker {{8,000 baht}} to get across. [[Thousands of young men|displaced;a=labour groups]] from
    eastern Shan now work on farms in Chiang Rai, labour groups say.""",
)

item(
    "Kunming talks set out truce terms for northern Shan",
    """Talks in Kunming on {{January 10}} and {{11}} produced a ceasefire in northern Shan that took
    effect at {{midnight}} on {{January 12}}, China's foreign ministry said. The truce, the {{third}}
    round of talks since {{December}}, was meant to last until a permanent deal was reached. Both sides agreed
    to disengage by {{5 km}} along the border. The Haigeng agreement was broken within {{a
    week}}. The next round was held in {{February}}.""",
)

item(
    "Muse border trade slumps after Operation 1027",
    """Trade through the Muse crossing, once worth {{$5 billion}} a year, fell by {{more than
    70%}} in the {{12 months}} after {{Operation 1027}} began, commerce ministry data show. The
    {{105-mile}} trade zone reopened in {{2025}}, but rates charged by armed groups add {{$300}} to
    every shipment. The kyat traded at {{4,500}} to the dollar on the black market in {{June}}, against
    {{2,100}} at the official rate. Traders say goods take {{10 days}} to reach Mandalay, against
    {{two days}} before the war.""",
)
