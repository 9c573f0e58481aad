"""Items: 2025-2026: strikes after the ceasefire, the Syrian border, arrests and abductions,
the army's deployment and disarmament plan, rebuilding, and the people still away from home."""

from _wrap import item

item(
    "Strike on Ain al-Hilweh camp kills 13, Lebanese health ministry says",
    """An Israeli strike on a car park next to a mosque in the Ain al-Hilweh Palestinian refugee
    camp near Sidon killed [[13 people|killed;a=Lebanon's health ministry]] on Tuesday night,
    Lebanon's health ministry said, and wounded [[at least four|injured;a=Lebanon's health ministry]].
    The Israeli military said it had struck a Hamas training compound, which Hamas denied, saying
    the dead were young men playing football. The camp, the largest of Lebanon's
    [[12 Palestinian camps|capacity;a=UNRWA]], is home to [[about 63,000 registered refugees|displaced;a=UNRWA]],
    according to UNRWA. Camp officials said [[two children|injured;a=Camp officials]] were among
    the wounded and [[about 30 families|displaced;a=Camp officials]] had left nearby buildings for
    the night. The health ministry said [[more than 330 people|killed;a=The health ministry]] had
    been killed in Israeli strikes since the ceasefire of {{November 2024}}.""",
)

item(
    "Hermel clashes with Syrian forces kill seven Lebanese, displace border villages",
    """Clashes between Syrian government forces and Lebanese clan gunmen along the border near
    Hermel killed [[seven Lebanese|killed;a=the health ministry]] and wounded
    [[52|injured;a=the health ministry]] over {{two days}}, the health ministry said. Syria's
    defence ministry said [[three of its soldiers|kidnapped;a=Syria's defence ministry]] had been
    abducted into Lebanese territory and killed, and blamed Hezbollah, which denied any role.
    Residents of Qasr, Hawsh al-Sayyed Ali and nearby hamlets fled; the Hermel municipality
    said [[about 1,800 families|displaced;a=the Hermel municipality]] had arrived in the town.
    The Lebanese army deployed [[more than 1,000 troops|combatants;a=a military source]] to the
    area, a military source said, and returned the bodies of [[the three soldiers|killed;a=a military source;n=soldiers]]
    to Syria. [[Dozens of Syrians|displaced]] who had lived in the border villages for years were
    also displaced. Lebanon's President Joseph Aoun and Syria's President Ahmed al-Sharaa agreed a
    truce by phone.""",
)

item(
    "Army arrests 25 after UNIFIL convoy attacked on airport road",
    """The Lebanese army said on Saturday it had arrested [[25 people|arrested;a=The Lebanese army]]
    after protesters attacked a UNIFIL convoy on the road to Beirut airport and set a vehicle on
    fire, injuring [[two peacekeepers|injured;a=The Lebanese army]]. The deputy force commander,
    a Nigerian officer, was among the wounded. The protesters, supporters of Hezbollah, were angry
    that Lebanon had barred [[two Iranian flights|other]] from landing. The army said
    [[15 soldiers|injured;a=The army;alt=The Lebanese army]] were hurt when it cleared the road
    with tear gas, and that [[another 12 suspects|arrested;p;a=The army;alt=The Lebanese army]]
    were being sought. [[About 200 passengers|other;a=Middle East Airlines]] were stranded at
    the airport overnight, Middle East Airlines said. UNIFIL, which has
    [[about 10,000 troops|combatants;a=UNIFIL]] in the south, said attacks on peacekeepers could
    be war crimes.""",
)

item(
    "Israeli troops seize fishermen and a municipal worker, Lebanon says",
    """Israeli troops crossed into the village of Hebbariyeh overnight and seized a municipal
    official from his home, Lebanon's army said on Monday, the latest of a string of such
    abductions. A day earlier, an Israeli patrol boat took [[two fishermen|kidnapped;a=Naqoura's harbour master]]
    off Naqoura, Naqoura's harbour master said. Lebanese officials say Israeli forces have
    abducted [[at least 19 Lebanese|kidnapped;a=Lebanese officials]] since the ceasefire, and have
    released [[11 of them|kidnapped;a=Lebanese officials;n=-]]. The Israeli military said it had
    detained [[four suspects|arrested;a=The Israeli military]] it accused of working for Hezbollah.
    Hezbollah's parliamentary bloc called the seizures "kidnapping". The fishermen's union in Tyre
    said [[about 90 boats|other;a=The fishermen's union in Tyre]] had stopped going out.
    [[Roughly 400 fishermen|civilians;a=the union;alt=The fishermen's union in Tyre]] depend on the
    harbour, the union said.""",
)

item(
    "A year after the truce, strikes have killed hundreds, UN rights office says",
    """Israeli strikes in Lebanon have killed [[at least 127 civilians|killed;a=the UN human rights office]]
    in the year since the ceasefire, the UN human rights office said on Friday, out of
    [[more than 330 people|killed;a=the UN human rights office]] killed in all. The office said
    [[about 20 children|killed;a=The office;alt=the UN human rights office]] were among the dead.
    Israel says most of those killed were Hezbollah members, and the Israeli military said it had
    killed [[over 370 operatives|killed;a=the Israeli military]] since {{November 2024}}. The UN said
    [[about 64,000 people|displaced;a=The UN]] remained displaced from the border area and that
    [[some 10,000 homes|housing;a=The UN]] had been destroyed after the ceasefire, mostly by
    demolitions. Israel still holds [[five positions|other]] inside Lebanon.""",
)

item(
    "First rebuilt homes handed over in Nabatieh villages",
    """[[Thirty-two families|returned;a=the Council of the South]] moved back into rebuilt homes in
    the villages of Kfar Rumman and Habboush on Sunday, the Council of the South said, the {{first}}
    houses completed under the state's reconstruction programme. The council said
    [[about 450 homes|housing;p;a=The council;alt=the Council of the South]] would be finished by
    the end of the year, out of [[roughly 51,000|housing;a=The council;alt=the Council of the South;u=structure]]
    that need rebuilding or major repairs in the south. A World Bank loan of {{$250 million}}
    covers the {{first}} phase. Engineers have assessed [[more than 30,000 damaged buildings|housing;a=Engineers]].
    In the meantime, [[some 12,000 households|aid;a=officials]] receive a rent allowance of
    {{$150}} a month, officials said. Contractors employ [[about 2,000 workers|other]] on the
    sites, many of them Syrians.""",
)

item(
    "Syrian returns from Lebanon pass 400,000, UNHCR says",
    """[[More than 400,000 Syrians|returned;a=UNHCR]] have returned home from Lebanon since
    {{December 2024}}, UNHCR said on Wednesday, including [[about 120,000|returned;a=UNHCR]] who
    went back under an organised programme launched in {{July}}. The agency said
    [[some 1.2 million Syrian refugees|displaced;a=The agency;alt=UNHCR]] were still in Lebanon. The
    Lebanese government wants [[up to 400,000 more|returned;p;a=The Lebanese government;n=-]] to go
    back by the end of {{2026}} and has offered to waive fines for overstaying. General Security
    said it had processed [[an estimated 3,000 departures a day|returned;a=General Security]] in
    {{August}}. Each returning family gets {{$100}} per person and a {{three-month}} food basket;
    [[about 35,000 families|aid;a=the World Food Programme]] have received them, the World Food
    Programme said.""",
)

item(
    "Dahiyeh evacuated after warning; strike levels building",
    """[[Thousands of residents|displaced]] fled parts of Beirut's southern suburbs on Friday after
    the Israeli military posted a map and ordered a building in Hadath evacuated, the {{first}} strike
    on the area since the ceasefire. Schools in the suburbs sent pupils home, and the education
    ministry said [[47 schools|other;p;a=the education ministry]] would stay shut on Saturday. The
    strike destroyed the building and damaged [[at least 10 others|housing;a=civil defence;u=structure;n=-]], civil
    defence said. Earlier, Israeli strikes on the south killed [[seven people|killed;a=the health ministry]],
    including a child, the health ministry said. Israel said the strikes
    answered [[two rockets|other;a=Israel;u=other]] fired at Metula, which Hezbollah denied firing.
    The army later arrested [[three people|arrested;a=The army]], including [[two Palestinians|arrested;a=The army]],
    over the launches.""",
)

item(
    "Army presents plan to take weapons; Hezbollah says no",
    """The Lebanese army told the cabinet on Friday it would complete the {{first}} phase of its plan to
    bring all weapons under state control south of the Litani within {{three months}}. Officials
    said the army had [[about 9,500 soldiers|combatants;a=Officials]] in the south and planned to
    raise that to [[10,000|combatants;p;a=Officials]] by the end of the year. The army said it had
    cleared [[more than 80 tunnels|other;a=The army;u=other]] and removed [[some 10,000 rockets|other;a=The army]]
    and shells since {{January}}. Hezbollah, which says it has [[100,000 fighters|combatants;a=Hezbollah]],
    refused to discuss its arsenal while Israel holds [[five hills|other;u=other]] and keeps
    striking. [[Two soldiers|killed;a=the army]] and [[three engineers|killed;a=the army]] were
    killed in {{August}} while dismantling munitions at a depot in Wadi Zibqin, the army said.""",
)

item(
    "In the border strip, a few hundred stay on among the ruins",
    """In Mais al-Jabal, which had [[about 11,000 residents|civilians;a=the mayor]] before the war, the
    mayor says [[no more than 200|civilians;a=the mayor]] now sleep in the village. Israel has
    barred reconstruction within {{2 km}} of the border, and army engineers count
    [[nearly 4,000 destroyed homes|housing;a=army engineers]] in the [[30 border villages|other;a=army engineers]]. The
    IOM says [[more than 60,000|displaced;a=The IOM]] of the villages' people are still displaced,
    most of them in Tyre and Nabatieh. [[Some 300 families|returned;a=the IOM]] have
    gone back to live in tents or caravans next to their ruined houses, the IOM said. The agency
    has set up [[140 prefabricated units|capacity;a=The agency;alt=The IOM]] and plans
    [[500 more|capacity;p;a=The agency;alt=The IOM;u=structure;n=-]].""",
)

item(
    "Paramedics killed as drones hit Bekaa ambulance",
    """A drone strike on an ambulance on the road between Baalbek and Hermel killed
    [[two paramedics|killed;a=the health ministry]] of the Islamic Health Committee on Thursday,
    the health ministry said, and wounded another. The World Health
    Organization said [[at least 17 health workers|killed;a=The World Health Organization]] had been
    killed in Lebanon since the ceasefire, and [[36 ambulances|other;a=The World Health Organization]]
    hit. The Israeli military said the vehicle was carrying weapons. Separately, rescuers were
    searching for [[two men|missing;a=rescuers]] believed buried after a strike on a warehouse in
    Bodai. [[Five people|injured]] were hurt there, including a Syrian worker. By evening
    rescuers had pulled [[one body|killed;a=civil defence]] from the rubble, civil defence said.""",
)

item(
    "Fishermen missing after Israeli navy fires off Naqoura",
    """[[Three Lebanese fishermen|missing;a=the Lebanese army]] were missing on Tuesday after an
    Israeli navy vessel fired near their boat off Naqoura, the Lebanese army said. Another
    man swam ashore and was treated for shock. The army said it was searching with
    UNIFIL's maritime task force, which has [[five ships|other;a=UNIFIL]] off the coast, according to UNIFIL. The
    Israeli military said its forces had fired warning shots at a vessel that entered a closed
    zone and detained [[two people|arrested;a=The Israeli military]] aboard. Naqoura's
    fishermen's cooperative says [[about 60 boats|other;a=Naqoura's fishermen's cooperative]] once
    worked from the harbour; [[fewer than 15|other;a=Naqoura's fishermen's cooperative;u=other]]
    go out now. [[About 40 families|civilians;a=the cooperative;alt=Naqoura's fishermen's cooperative]] in the town still live
    from fishing, the cooperative said.""",
)

item(
    "Schools reopen in prefabs for returning pupils in the south",
    """[[More than 20,000 displaced pupils|returned;a=the education ministry]] have come back to
    schools in their home villages in the south this year, the education ministry said on Monday, but [[about 70 schools|other;a=the education ministry]]
    in border villages remain closed. The ministry said [[34 schools|housing;a=The ministry]] had been
    destroyed and [[about 110|housing;a=The ministry;u=structure]] damaged during the war. UNICEF has
    installed [[60 prefabricated classrooms|other;a=UNICEF]] in Bint Jbeil and Marjayoun, each
    for [[up to 30 children|capacity;a=UNICEF]], and plans to add [[40|other;p;a=UNICEF;u=structure]]
    before winter. In Khiam, [[about 400 pupils|other]] attend classes in a municipal hall;
    teachers drive in from Nabatieh, {{40 minutes}} away.""",
)

item(
    "Two years on, 80,000 still displaced, IOM update says",
    """[[About 82,000 people|displaced;a=the International Organization for Migration]] remain
    displaced in Lebanon, the International Organization for Migration said in its latest update,
    down from a peak of [[more than 1.2 million|displaced;a=the International Organization for Migration]]
    in late {{2024}}. [[Nearly 1 million people|returned;a=the update]] have returned to their
    areas, the update found. [[About 1,600|displaced]] still live in [[nine collective shelters|capacity]];
    the rest rent or stay with relatives. The IOM's partners gave cash for rent to
    [[9,000 households|aid]] last winter, but funding has fallen by {{60%}}. In Tyre district
    alone, [[an estimated 25,000|displaced;a=the district's disaster unit]] cannot go home, the
    district's disaster unit said, and [[hundreds of families|displaced;a=the district's disaster unit]]
    have moved {{three}} times.""",
)

item(
    "Strike kills Hezbollah commander in Beirut, first in months",
    """An Israeli strike on an apartment in Beirut's Haret Hreik district on Sunday killed
    [[five people|killed;a=the health ministry]], among them a senior Hezbollah commander, and
    wounded [[28|injured;a=the health ministry]], the health ministry said. The Israeli military
    said it had killed Hezbollah's chief of staff. The strike hit the {{fourth}} and {{fifth}}
    floors of a {{nine-storey}} building; civil defence said [[two adjacent buildings|housing;a=civil defence]] were damaged and
    [[about 40 families|displaced;a=civil defence]] living in them were evacuated. Rescuers
    searched for [[one person|missing;a=relatives]] reported missing by relatives. [[Hundreds of people|displaced]]
    left the area overnight fearing more strikes.""",
)

item(
    "Cabinet approves 2026 budget with reconstruction line",
    """The cabinet approved the {{2026}} draft budget on Thursday, with spending of about
    {{$5.7 billion}}, up {{19%}} on {{2025}}. For the {{first}} time since the war, it includes a
    reconstruction line of {{$100 million}}, well short of the {{$11 billion}} the World Bank says
    is needed. Revenue is forecast at {{$5.6 billion}}. Parliament's finance committee will debate
    it from {{November 3}}, and the fiscal year starts {{January 1}}. The IMF said the draft kept
    the deficit at {{0.2%}} of GDP.""",
)

item(
    "Beirut airport opens new terminal plan",
    """Lebanon's public works minister said on Tuesday that a new terminal at Rafic Hariri
    International Airport would open in {{2027}}, {{18 months}} later than planned. The terminal,
    of {{45,000 square metres}}, will cost {{$122 million}}. A {{second}} runway, {{3.4 km}} long,
    is to be resurfaced by {{June 2026}}. The airport handled {{7 percent}} more traffic in
    {{2025}} than in {{2024}}. Middle East Airlines, founded in {{1945}}, will operate
    {{two thirds}} of flights from the new building.""",
)
