"""The camps around Goma and Bukavu closed and their people sent back, 2025-2026; displacement
and return in North and South Kivu; aid delivered, blocked and looted."""

from _wrap import item

item(
    "Camps around Goma empty after rebel order to go home",
    """
    The displacement camps that ringed Goma for {{more than two years}} have all but emptied
    since the {{M23}} ordered their residents to go home, the UN said on Tuesday. The
    International Organization for Migration said [[about 460,000 people|returned;a=The
    International Organization for Migration]] had left the camps for their villages in
    Masisi, Rutshuru and Nyiragongo territories since early February. Before the rebel
    takeover, [[some 650,000 displaced people|displaced;a=the UN]] lived in and around the
    city, according to the UN, most of them in [[more than 70 sites|capacity;a=the UN]] on its
    western and northern edges. By Tuesday, IOM counted [[eight sites|capacity;a=IOM]]
    still open, sheltering [[fewer than 30,000 people|displaced;a=IOM]]. Aid groups warned
    that many returnees would find their fields planted with mines and their homes destroyed.
    "Going back is not a choice when you are told to leave," said a Norwegian Refugee Council
    official.
    """,
)

item(
    "Seventy-two hours to leave: Bulengo and Lushagala camps dismantled",
    """
    Residents of the Bulengo and Lushagala camps west of Goma said rebel officials gave them
    {{72 hours}} to take down their shelters and leave. "They came with megaphones at
    {{6 a.m.}} and told us the war was over," said Jeanne Furaha, {{38}}, who had lived in
    Bulengo since {{2023}}. Camp committee members said [[about 9,000 households|returned;a=Camp
    committee members]] left Bulengo in the first {{three days}} alone, many walking the
    {{40 kilometres}} back to Sake and Kirotshe. Lushagala, which held
    [[roughly 75,000 people|displaced]] at its peak, was empty by the weekend. Humanitarian
    workers counted [[more than 4,000 shelters|housing;a=Humanitarian workers]] torn down or
    burned. [[Hundreds of families|displaced]] who could not go back, because their villages
    were still front lines, moved in with relatives in Goma's Ndosho and Mugunga
    neighbourhoods. UNHCR said [[at least 1,200 people|civilians;a=UNHCR]] with disabilities
    or serious illness had been left behind in the camps without help.
    """,
)

item(
    "Returnees find villages burned and fields mined in Masisi",
    """
    Many of the people who left Goma's camps are coming home to ruins. In Masisi territory,
    an IOM assessment found that [[roughly 38,000 houses|housing;a=an IOM assessment]] had
    been destroyed or badly damaged since the fighting began in {{2022}}. The survey covered
    [[112 villages|other;a=The survey;alt=an IOM assessment]] and counted
    [[about 310,000 returnees|returned;a=The survey;alt=an IOM assessment]] among them. In
    Kitshanga, the local chief said [[more than 800 houses|housing;a=the local chief]] in the
    town had lost their roofs. A demining group, Danish Demining, said it had cleared
    [[46 unexploded shells|other;a=Danish Demining]] from fields around Mushaki in a month.
    [[Three children|killed]] were killed in March when a shell they found exploded near
    Kilolirwe. "We came back because the camp was closed, not because it is safe," said a
    farmer in Mweso.
    """,
)

item(
    "WFP warehouses in Goma looted as rebels seize city",
    """
    Looters broke into World Food Programme warehouses in Goma as the city fell, carrying off
    [[more than 1,500 tonnes of food|aid;a=the agency;alt=World Food Programme;n=tonnes]]
    meant for displaced families, the agency said on Friday. Stocks in
    [[two warehouses|other;u=structure;a=WFP]] were emptied within hours, WFP said. The agency had been feeding [[about 800,000 people a month|aid;a=The
    agency;alt=World Food Programme]] in and around Goma before the offensive.
    Save the Children said [[four of its offices|other;u=structure;a=Save the Children]]
    and a medical store were also looted. In the days that followed, residents said, sacks
    marked with the WFP logo were sold in markets in Birere and Kituku. WFP said it hoped to
    bring in [[120 trucks|aid;a=WFP;p]] of food through Rwanda once the border reopened. WFP
    said rebel officials had since handed back [[about 200 tonnes|aid;a=WFP]] of the stolen
    food.
    """,
)

item(
    "North Kivu displacement tops 2.5 million, OCHA says",
    """
    The number of people displaced in North Kivu has risen to
    [[about 2.5 million|displaced;a=OCHA]], OCHA said in its latest update, the highest
    since the UN began keeping count. [[More than 900,000|displaced]] of them fled in the past
    {{six months}} alone. In South Kivu, the office said, [[another 1.6 million
    people|displaced;a=the office;alt=OCHA]] have been uprooted. The update counted
    [[some 6.7 million people|civilians;a=The update;alt=OCHA]] in need of humanitarian
    assistance across North and South Kivu. [[Only 104 health facilities|other;a=OCHA]] in conflict areas were fully working, it
    said. [[Between 12 and 15 new displacement sites|capacity;a=OCHA]] have opened around Butembo
    and Lubero since January, OCHA estimates. The humanitarian response plan for Congo is
    {{13%}} funded, according to OCHA.
    """,
)

item(
    "Congolese flee into Burundi as Uvira road is cut",
    """
    Burundi has received [[more than 60,000 Congolese refugees|displaced;a=the UN refugee
    agency]] since mid-February, the UN refugee agency said on Friday, and
    [[about 1,000 more|displaced;a=the agency;alt=the UN refugee agency]] are arriving every
    day, the agency said. The Gatumba transit site, built for [[3,000 people|capacity;a=UNHCR]], now
    holds [[more than 20,000|displaced;a=UNHCR]], UNHCR said.
    [[At least five people|killed;a=local officials]] drowned crossing the Ruzizi river last week, local
    officials said. Burundi's government said it plans to move
    [[about 15,000 refugees|displaced;a=Burundi's government;p]] to a new camp at Musenyi in
    Rutana province. Meanwhile, [[2,400 refugees|returned;a=UNHCR]] who had fled to Burundi in
    earlier fighting went home through Kamanyola, according to UNHCR.
    """,
)


item(
    "Rebels bring refugees back from Rwanda's camps",
    """
    Rebel authorities in Goma said they had brought back
    [[1,350 Congolese refugees|returned;a=Rebel authorities]] from camps in Rwanda on
    Saturday, the first such transfer since they seized the city. The group, which arrived in
    [[32 buses|other]] through the Grande Barrière crossing, included
    [[about 400 children|returned]]. Rwanda hosts [[roughly 80,000 refugees|displaced;a=UNHCR]]
    from Congo, many of them Tutsi who fled in the {{1990s}}, according to UNHCR. The rebels
    said they planned to bring home [[another 10,000|returned;a=The rebels;p]] before the end of
    the year and had set aside land near Kitshanga for them. UNHCR said it had not been
    consulted and that returns "must be voluntary, safe and dignified". Local groups in
    Masisi said [[hundreds of families|displaced;a=Local groups]] who fled the area in
    {{2023}} feared the newcomers would be settled on their fields.
    """,
)

item(
    "Goma schools reopen to find classrooms full of displaced families",
    """
    Schools in Goma reopened on {{Monday}} after a break of {{more than two months}}, but
    [[at least 37 of them|capacity;u=structure;a=the provincial education office;n=-]] were still
    sheltering displaced families, the provincial education office said. Teachers said
    [[as many as 60 people|displaced;a=Teachers]] sleep in a single classroom. The office
    said [[some 14,000 people|displaced;a=The office;alt=the provincial education office]] were living in classrooms and school yards
    across the city. [[More than 120 schools|other]] in Nyiragongo and Rutshuru territories
    remain closed because of fighting or damage, according to UNICEF, which said
    [[about 75,000 children|other;a=UNICEF]] had missed the whole school term. "We teach in
    the morning, and in the afternoon the classrooms become bedrooms," said a head teacher at
    the Institut Mapendano. The education office said it would move the families to
    [[two new sites|capacity;a=The education office;alt=the provincial education office;p]] outside the city before {{the end of
    April}}.
    """,
)

item(
    "Food distributions resume in Rutshuru after five-month gap",
    """
    The World Food Programme resumed food distributions in Rutshuru territory this week,
    handing out rations to [[about 12,000 households|aid;a=the agency;alt=The World Food
    Programme]] in Kiwanja and Rubare, the agency said. Each family receives a
    {{30-day}} ration of maize meal, beans and oil. WFP said its trucks had made
    [[14 trips|aid;a=WFP]] from Kampala through Bunagana, a route that takes {{four days}}.
    Distributions had stopped in {{October}} after [[two of its drivers|killed;a=the
    agency;alt=The World Food Programme]] were killed in an ambush near Kako, the agency said.
    [[Roughly 230,000 people|civilians]] in the territory face emergency levels of hunger.
    WFP plans to reach [[50,000 people|aid;a=WFP;p]] in Rutshuru by the end of the month,
    WFP said, if the roads stay open.
    """,
)

item(
    "CODECO attacks leave Djugu's displacement sites full",
    """
    Ituri's Djugu territory now holds [[about 110 displacement sites|capacity;a=OCHA]],
    OCHA says, sheltering [[more than 400,000 people|displaced;a=OCHA]] who fled fighting
    between the CODECO militia and rival armed groups. The largest, Rhoe, alone houses
    [[some 65,000 people|displaced]] behind a ring of UN peacekeepers. MONUSCO said it kept
    [[about 300 troops|combatants;a=MONUSCO]] at Rhoe and the nearby Plaine Savo site after
    attacks in {{2022}} and {{2023}}. In the last attack on Plaine Savo, militiamen with
    machetes killed [[at least 60 people|killed]], most of them women and children. A site
    manager said [[roughly 2,000 new arrivals|displaced;a=A site manager]] had reached Rhoe
    in {{January}}, and that [[only 40 latrines|aid;a=A site manager]] served the newest part
    of the camp.
    """,
)

item(
    "Goma airport stays shut, forcing aid through Rwanda",
    """
    With Goma's airport closed since the rebel takeover, aid agencies have been trucking
    supplies in from Rwanda. OCHA said [[at least 420 trucks|aid;a=OCHA]] carrying food,
    medicine and shelter materials crossed into Goma from Gisenyi in the {{three months}}
    to the end of April. Before the fall of the city, the UN Humanitarian Air Service flew
    [[about 2,500 passengers a month|other;a=the UN Humanitarian Air Service]] in and out of
    Goma, the air service said. MONUSCO said [[two of its helicopters|other;a=MONUSCO]] and
    [[six aircraft|other;a=MONUSCO]] were stuck on the tarmac. The rebels have said the airport
    will reopen only once the runway has been cleared of debris and
    ordnance. The {{M23}} has not given a date.
    OCHA said [[about 70 humanitarian staff|displaced;a=OCHA]] were evacuated to Gisenyi in
    the first days of the fighting. Humanitarian
    officials say [[600,000 people|civilians;a=Humanitarian officials]] in Goma depend on aid.
    """,
)

item(
    "What was left at Kanyaruchinya",
    """
    When the last residents left the Kanyaruchinya camp north of Goma in February, they left
    behind [[about 6,000 shelters|housing]] of wood and plastic sheeting. Within a week,
    residents of nearby villages had pulled down most of them
    for firewood and building material, camp managers said. "It is as if the camp never
    existed," said a Congolese Red Cross volunteer, {{29}}. The camp had
    [[more than 1,400 latrines|aid;a=the International Rescue Committee]] and
    [[18 water points|aid;a=the International Rescue Committee]], according to the
    International Rescue Committee, which ran them. [[Four health posts|other;u=structure]] in the camp
    were closed and their medicines moved to Goma. At its height in {{2023}}, the site had
    held [[an estimated 120,000 people|displaced]]. A local pastor said
    [[between 300 and 400 families|displaced;a=A local pastor]] with nowhere to go had moved
    into a church compound in Munigi.
    """,
)

item(
    "Back in Sake, returnees find strangers in their homes",
    """
    Families returning to Sake from the closed camps say they are finding their houses
    occupied, looted or gone. The Norwegian Refugee Council said
    [[about 3,200 households|returned;a=The Norwegian Refugee Council]] had returned to the
    town and its surroundings by mid-March. Of the town's houses, [[more than 2,000|housing;u=structure;a=the
    council;alt=The Norwegian Refugee Council]] were destroyed, the council said, and
    [[several hundred|housing;u=structure;a=the council;alt=The Norwegian Refugee Council]] more were
    occupied by other families or by fighters. "My house is full of people I do not know,"
    said Bahati Kabuo, {{56}}, who spent {{18 months}} in Lushagala. The ICRC said it had
    registered [[1,170 requests|other;u=other;a=The ICRC]] from families in Sake and Masisi looking
    for relatives, and that [[more than 600 people|missing;a=The ICRC]] were still unaccounted
    for. A local chief said [[between 40 and 50 bodies|killed;a=A local chief]] had been found
    in shallow graves near the Mubambiro road.
    """,
)

item(
    "ICRC trucks water to displaced families around Bukavu",
    """
    The ICRC is trucking water to [[about 70,000 people|aid;a=the organisation;alt=The ICRC]] in and around
    Bukavu after fighting damaged the city's pumping station, the organisation said on
    Wednesday. Its teams deliver [[1.5 million litres a day|aid]]
    to [[26 distribution points|aid]] in the Bagira and Kadutu districts. Near Kavumu airport,
    [[some 18,000 people|displaced;a=local authorities]] who fled fighting in Kalehe
    territory are staying in churches and schools, local authorities said. The ICRC said
    [[two of its water engineers|injured;a=The ICRC]] were wounded when their vehicle hit
    a mine near Kavumu on {{March 11}}. Bukavu's water utility, Regideso, says it serves
    {{less than 40%}} of the city's population even in normal times.
    """,
)

item(
    "Cash for returnees in Rutshuru as aid groups change tactics",
    """
    Aid groups in Rutshuru are handing out cash rather than food to families who have come
    back from the camps around Goma. Mercy Corps said it had made payments of {{$90}} to
    [[4,800 households|aid;a=Mercy Corps]] in Rubare and Kalengera since March, and plans to
    reach [[8,000 more|aid;a=Mercy Corps;u=household;p]] by June. "Markets are working again,
    so cash goes further than trucks," said a programme manager. UNICEF said it would give
    seeds and tools to [[about 20,000 returning families|aid;a=UNICEF;p]]. Not everyone
    qualifies: community leaders said [[hundreds of returnees|returned;a=community leaders]]
    without identity cards had been left off the lists.
    [[Between 50 and 60 families|returned;a=village chiefs]] arrive in Rubare every week,
    village chiefs say. The rebels' local administration
    said [[more than 150,000 people|returned;a=The rebels' local administration]] had come
    back to Rutshuru territory since January.
    """,
)

item(
    "Congo aid appeal draws little money as needs grow",
    """
    The UN and its partners appealed on {{Thursday}} for {{$2.54 billion}} to help people in
    Congo in {{2025}}, about the same as last year's request. By {{June}}, donors had given
    {{just 11%}} of the money, the lowest share at that point of the year in {{more than a
    decade}}. The United States, which paid {{about 70 percent}} of the appeal in {{2024}},
    has cut much of its aid since {{January}}. "We are now choosing who eats," the UN's
    humanitarian coordinator said in Kinshasa. The World Food Programme said it would need
    {{$400 million}} to keep its operations running through {{December}}.
    """,
)

item(
    "Kinshasa, Kigali and UNHCR sign returns pact",
    """
    Congo, Rwanda and the UN refugee agency signed an agreement in Addis Ababa on
    {{September 16}} setting out how refugees in both countries can go home. Under the pact,
    returns are to be voluntary, and a tripartite commission will meet every {{three
    months}}. The agreement replaces one signed in {{2010}} that was never fully applied.
    UNHCR said it needed {{$35 million}} for the first {{12 months}} of the programme. The
    {{M23}} was not a party to the talks. Human rights groups said the deal should not be
    used to change the ethnic make-up of Masisi and Rutshuru.
    """,
)
