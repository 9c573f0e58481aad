"""Southern Lebanon and northern Israel: border villages under fire, 2014-2026."""

from _wrap import item

item(
    "Border exodus passes 28,000 in south Lebanon",
    """[[Tens of thousands of people|displaced;a=the International Organization for Migration]]
    have left villages along Lebanon's southern frontier since exchanges of fire with Israel
    began on {{8 October}}, the International Organization for Migration said on Tuesday. In its
    latest tally the agency counted [[28,965 people|displaced;a=the agency;alt=the International
    Organization for Migration]] displaced from the districts of Bint Jbeil, Marjayoun and Tyre,
    most of them staying with relatives further north. [[About 1,300|displaced]] are sleeping in
    [[five schools|capacity]] that Tyre's disaster management unit has turned into collective
    shelters. Shelling and drone strikes have killed [[at least 17 civilians|killed;a=AFP]] on the
    Lebanese side, according to a count by AFP. In Aita al-Shaab, the municipality said
    [[more than 40 homes|housing;a=the municipality]] had been hit, some of them twice.""",
)

item(
    "Israel empties its northern border towns",
    """Israel has evacuated [[28 communities|displaced;u=other;a=the Defence Ministry]] within
    {{2 kilometres}} of the Lebanese border, the Defence Ministry said on {{16 October}}, moving
    [[some 60,000 residents|displaced;a=the Defence Ministry]] to state-funded hotels around the
    Sea of Galilee and in Tiberias. Kiryat Shmona, a city of [[about 22,000 people|civilians]],
    is being emptied under a separate municipal plan. An anti-tank missile struck a house in
    Shtula on Sunday, killing [[one man|killed;a=the army]] and wounding [[three others|injured;a=the
    army]], the army said. Hezbollah said it had fired [[dozens of rockets|other;a=Hezbollah]] at
    army positions in response. The hotels can take [[up to 70,000 evacuees|capacity;a=the
    tourism ministry]], the tourism ministry said.""",
)

item(
    "Farmers count their dead herds in Marjayoun",
    """Farmers in the border villages of Marjayoun and Hasbaya have lost [[more than 340,000
    chickens|other;u=other;a=Lebanon's agriculture ministry]] and [[about 970 head of
    cattle|other;a=Lebanon's agriculture ministry]] since the fighting began, Lebanon's
    agriculture ministry said in a report released on {{Thursday, 14 December}}. The report
    also listed [[2,500 beehives|other;u=other;a=The report;alt=Lebanon's agriculture ministry]] burned by incendiary shells and [[47
    greenhouses|housing;u=structure;a=The report;alt=Lebanon's agriculture ministry]] wrecked in Khiam alone. "The shells killed [[51 of my goats|other;n=goats;a=Ali Hamdan]]," said Ali Hamdan, {{58}}, a herder from Kfarchouba, who now rents a room in
    Hasbaya. A cooperative in the village said [[around 120 families|aid;a=A cooperative in the
    village]] that lived from livestock had received fodder from the Food and Agriculture
    Organization, worth {{$40}} a head.""",
)

item(
    "Drone strike on car kills three in Bint Jbeil",
    """An Israeli drone struck a car on the road between Bint Jbeil and Ainata on Wednesday
    afternoon, killing [[three people|killed;a=Lebanon's health ministry]], among them a
    {{17-year-old}} boy, Lebanon's health ministry said. [[Two passers-by|injured;a=the
    ministry;alt=Lebanon's health ministry]] were wounded, the ministry added. The Israeli
    military said it had targeted a Hezbollah commander. The state news agency NNA reported
    that [[four houses|housing;a=The state news agency NNA]] in Ainata were damaged in a separate
    strike at around {{11 pm}}. Since {{October 2023}}, cross-border fire has killed
    [[more than 560 people|killed;a=AFP]] in Lebanon, most of them fighters, and [[25
    civilians|killed;a=AFP]] and [[21 soldiers|killed;a=AFP]] on the Israeli side, according to an AFP
    tally.""",
)

item(
    "Rocket hits Majdal Shams football pitch",
    """A rocket slammed into a football pitch in the Druze town of Majdal Shams on Saturday
    evening, killing [[12 children and teenagers|killed;n=children and teenagers;a=Magen David
    Adom]] aged between {{10 and 16}}, the rescue service Magen David Adom said. Paramedics
    treated [[more than 30 people|injured;a=Magen David Adom]] for shrapnel wounds, it said.
    Israel blamed Hezbollah for the strike, which the group denied. The town, home to [[about
    11,000 people|civilians;a=residents]], had no public shelter near the pitch, residents said. [[Some
    2,000 mourners|other]] followed the coffins through the town on Sunday. Israel's military
    said it had struck [[seven Hezbollah targets|other;u=other;a=Israel's military]] in
    Lebanon overnight in response.""",
)

item(
    "UN counts nearly 100,000 displaced as south Lebanon strikes widen",
    """The number of people displaced in Lebanon by the cross-border hostilities rose to
    [[97,156|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]] by
    {{mid-August}}, the UN Office for the Coordination of Humanitarian Affairs said, up from
    [[about 91,000|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs]] a month earlier. [[Around 60,000 people|civilians;a=OCHA]] remain in the border
    strip, many of them elderly, OCHA estimated. Aid groups have delivered food parcels to
    [[23,000 households|aid]] and hygiene kits to another [[8,000 families|aid]] since
    the spring. [[Fourteen shelters|capacity;a=OCHA]] still house [[1,114 people|displaced;a=OCHA]] in Tyre,
    Nabatieh and Hasbaya, OCHA said. Each can take [[up to 200 people|capacity;a=the agency;alt=the
    UN Office for the Coordination of Humanitarian Affairs]], the agency said.""",
)

item(
    "Lebanese army to send 10,000 troops south under truce",
    """The Lebanese army will deploy [[at least 10,000 soldiers|combatants;p;a=Prime Minister
    Najib Mikati]] south of the Litani river once the ceasefire takes hold, Prime Minister
    Najib Mikati said on Wednesday, {{27 November}}. [[Around 4,500 troops|combatants]] are
    already stationed in the area, facing a Hezbollah force thought to number [[between 20,000
    and 30,000 fighters|combatants]] before the war. Israel must withdraw within {{60 days}} under the deal, which
    also requires Hezbollah to pull its fighters back about {{30 km}} from the frontier. Within
    hours of the truce starting at {{4 am}}, cars packed with mattresses were heading south, and
    officials at the Lebanese civil defence said [[thousands of families|returned;a=officials at
    the Lebanese civil defence]] had set out for their villages. The Israeli army warned
    residents not to return to [[more than 60 villages|other]] close to the border.""",
)

item(
    "South Lebanon returnees find villages flattened",
    """Residents who drove back to Kfar Kila after the ceasefire found that [[about 1,100 buildings|housing;a=the mayor]] had been levelled, almost the
    entire village, the mayor told Reuters.
    "Of [[our 6,000 people|civilians;a=the mayor]], [[maybe 300|returned;q=approx;a=the
    mayor]] have come back, and they sleep in what is left of the mosque," he said. Satellite
    analysis by the National Council for Scientific Research found [[about 9,000
    buildings|housing;a=the National Council for Scientific Research]] destroyed or damaged
    in a strip {{5 km}} deep along the border. Lebanon's Council for the South said it had
    paid a first instalment of repair
    money to [[more than 42,000 households|aid;a=Lebanon's Council for the South]]. By {{February}}, the IOM said
    [[99,000 people|displaced;a=the IOM]] were still unable to go home.""",
)

item(
    "North Israel families trickle home as state pays return grants",
    """Only about {{a third}} of the [[roughly 60,000 residents|displaced;a=the Northern Tenufa administration]] evacuated from
    Israel's northern border in {{2023}} had come home by the summer, the Northern Tenufa
    administration said. In Metula, [[fewer than 900 residents|returned;a=the local council]] of a pre-war
    population of [[about 2,200|civilians;a=the local council]] were back, the local council said. The government
    has paid a return grant of up to {{NIS 20,000}} to [[some 12,500 households|aid;a=the
    Finance Ministry]], the Finance Ministry said. It expects a further
    [[3,000 families|aid;p;a=the Finance Ministry]] to qualify by {{December}}. Kibbutz Manara says [[over 130 of its homes|housing;a=Kibbutz
    Manara]] need rebuilding before [[its 250 members|returned;p;a=Kibbutz Manara]]
    can move back.""",
)

item(
    "Shepherds seized near Shebaa Farms, Lebanon says",
    """Israeli troops crossed the Blue Line near Kfarchouba on Monday and seized [[two
    shepherds|kidnapped;a=Lebanon's army]] grazing their flocks, Lebanon's army said, calling
    it an abduction. The army said it was the {{11th}} such abduction since the
    ceasefire, a count that also includes a fisherman taken off Naqoura. UNIFIL said it had
    contacted the Israeli side, and the men were freed after {{ten hours}}. Israeli soldiers
    also shot dead [[47 goats|other;a=their owners]], their owners said. In a separate
    incident, the Israeli army said it had detained [[three Lebanese nationals|arrested;a=the
    Israeli army]] who had crossed the fence near Metula, and handed them to UNIFIL at the Naqoura
    crossing the next day. Lebanon's foreign ministry says Israel is still holding [[at
    least 12 Lebanese citizens|arrested;a=Lebanon's foreign ministry]] seized since the truce. Since the
    abductions began, [[about 30 families|displaced;a=the municipality]] have left Kfarchouba,
    the municipality said.""",
)

item(
    "Hezbollah drone hits Kiryat Shmona kindergarten district",
    """A drone launched from Lebanon struck an empty kindergarten in Kiryat Shmona on Tuesday,
    damaging it and [[two nearby apartment
    blocks|housing;u=structure;a=the municipality]], the municipality said. No one was hurt because the
    town remains largely empty; [[only about 3,000 residents|civilians;a=Mayor Avichai Stern]]
    are living there out of [[22,000|civilians;a=Mayor Avichai Stern]], according to Mayor
    Avichai Stern. Magen David Adom treated [[one
    woman|injured;a=Magen David Adom]] for shock in a nearby street. Since the war began,
    [[more than 400 buildings|housing;a=the municipality]] in the town have been hit by rockets or
    drones, the municipality said.""",
)

item(
    "Strike on Naqoura home kills family of five",
    """An Israeli air strike flattened a two-storey house in Naqoura before dawn on Friday,
    killing [[five members|killed;a=civil defence teams]] of one family, including a
    {{three-year-old}} girl, civil defence teams at the scene said. Rescuers pulled
    [[two wounded survivors|injured;a=the mayor]] from the rubble; [[one|missing;n=-;a=the mayor]] is still
    missing, the mayor said. The Israeli military said the house was used by Hezbollah to store
    weapons. [[About 200 residents|civilians;a=the mayor]] had stayed in Naqoura throughout the
    fighting, the mayor said, out of a pre-war population of [[some 4,000|civilians;a=the mayor]].""",
)

item(
    "UNIFIL reports record violations along Blue Line",
    """The {{13 months}} from {{October 2023}} were the most violent along the Blue Line since
    {{2006}}, the peacekeeping mission said in its report to the Security Council under
    Resolution {{1701}}. About {{81%}} of the fire it tracked came from south of the line.
    Peacekeeping positions were hit repeatedly, and the mission
    said it had moved some staff from its headquarters at Naqoura. The mission's budget for the
    year is {{$553 million}}, and its mandate runs until {{31 August 2025}}.""",
)

item(
    "Israel plans shelters and safe rooms for border villages",
    """Israel's Defence Ministry plans to build [[1,200 protected rooms|capacity;p;u=structure;a=Israel's
    Defence Ministry]] in homes within {{5 km}} of the Lebanese border by {{2027}}, it said, at
    a cost of {{NIS 1.1 billion}}. [[Another 140 public shelters|capacity;p;a=the ministry;alt=Israel's Defence
    Ministry]], each able to take [[up to 50 people|capacity;p;a=the ministry;alt=Israel's Defence Ministry]], will be renovated, the
    ministry said. Audits found that [[about 11,000 homes|other;a=the State
    Comptroller]] in the north had no protected space, the State Comptroller said in {{2024}}.
    Northern councils say [[hundreds of families|displaced;a=Northern councils]] are
    waiting for the work to finish before going home.""",
)

item(
    "Scene at Shebaa: schools close as shelling resumes",
    """Schools in Shebaa and [[six neighbouring villages|other;a=the education office in Hasbaya]] closed on Monday after Israeli
    shells landed on the outskirts at dawn, the education office in Hasbaya said. [[About 1,800
    pupils|other;a=the education office in Hasbaya]] were sent home, it said. [[One farmer|injured;a=the hospital]], aged {{62}}, was wounded by shrapnel in his orchard and taken to Hasbaya government
    hospital, the hospital said. Some [[150 families|displaced;a=the municipality]] have left
    Shebaa since {{October}}, the municipality said, while [[the remaining 3,500
    residents|civilians;a=the municipality]] depend on a single road.""",
)

item(
    "Lebanon marks a year since the border truce",
    """A year after the ceasefire of {{27 November 2024}}, Israel still holds hilltop positions inside Lebanon and carries out strikes almost daily. The World Bank puts the cost
    of damage to housing in the south at {{$4.6 billion}}, about {{a fifth}} of Lebanon's economy
    before the war. Reconstruction has barely started: the government has promised {{$250
    million}} in its {{2026}} budget, and the Arab fund pledge announced in {{April}} has not
    been paid. On the anniversary, the army held a ceremony in Tyre at {{10 am}}, and the
    president spoke for {{20 minutes}}.""",
)

item(
    "Bodies recovered from border town rubble",
    """Civil defence crews have recovered [[the bodies of 14 people|killed;a=the Lebanese
    Civil Defence]] from the rubble of Khiam since the truce, the Lebanese Civil Defence said on
    Sunday, and are still searching for [[at least 9|missing;a=the Lebanese Civil Defence]].
    The crews have [[three bulldozers|other;u=other;a=one officer]] for
    [[33 villages|other;a=one officer]], one officer said. The Red Cross said it had handed food parcels to [[400
    returning families|aid;a=The Red Cross]] in Khiam and Marjayoun. Across the south,
    [[about 87,000 people|returned;a=the IOM]] had gone back to their districts by mid-December,
    the IOM said.""",
)
