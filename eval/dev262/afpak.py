"""dev262 items: Afghanistan's returnees and internal flight, Pakistan's tribal districts and
flood camps (16 texts)."""

from _wrap import item

item(
    "Afghans pour across Torkham as Pakistan deadline passes",
    """[[More than 165,000 Afghans|returned;a=Pakistan's interior ministry]] have left Pakistan
    since the government ordered undocumented foreigners out by {{1 November}}, Pakistan's
    interior ministry said, most of them through the Torkham crossing. Taliban officials at the
    border said [[up to 20,000 people a day|returned;a=Taliban officials at the border]] were
    arriving, many with only what they could carry. Islamabad says [[about 1.7 million
    Afghans|displaced;a=Islamabad]] in Pakistan have no valid papers. Police in Karachi said
    they had detained [[more than 1,000 Afghans|arrested;a=Police in Karachi]] in raids in the
    first week of the drive. The International Organization for Migration said it had set up
    [[two transit camps|capacity;a=The International Organization for Migration]] near Torkham,
    where families receive a cash grant of {{$375}}. UNHCR estimates that [[about 60,000 of the
    returnees|returned;a=UNHCR;n=returnees]] are children. Trucks queued for {{3 km}} on the road to
    the crossing.""",
)

item(
    "Record returns from Iran strain Islam Qala",
    """[[Over 1.5 million Afghans|returned;a=the International Organization for Migration]]
    have returned or been deported from Iran so far this year, the International Organization
    for Migration said, a record. At the Islam Qala crossing in Herat, [[as many as 40,000
    people a day|returned;a=IOM staff]] arrived in early July, IOM staff said, after Tehran set
    a deadline of {{6 July}} for undocumented Afghans to leave. The agency said [[nearly 7,000
    unaccompanied children|returned;a=The agency;alt=the International Organization for
    Migration]] had crossed since January. UNICEF said it had screened [[about 120,000
    children|aid;a=UNICEF]] for malnutrition at the border. Returnees told reporters that
    Iranian police had held them in detention centres for up to {{two weeks}}; one man said
    [[some 300 men|arrested;a=one man]] had shared his cell. The Taliban's refugee ministry said
    it had opened [[three reception centres|capacity;a=The Taliban's refugee ministry]] in Herat
    city that can shelter [[up to 10,000 people|capacity;a=The Taliban's refugee ministry]].""",
)

item(
    "Half a million Afghans uprooted as Taliban sweep north",
    """[[About 550,000 Afghans|displaced;a=UNHCR]] have been displaced inside the country since
    the start of the year, [[some 390,000|displaced;a=UNHCR]] of them since the end of May,
    UNHCR said. In Kabul, [[thousands of families|displaced]] who fled Kunduz and Takhar are
    camping in parks and wedding halls. The agency said {{80 per cent}} of those who have fled
    are women and children. In Kunduz, a provincial health official said [[at least 27
    civilians|killed;a=a provincial health official]] had been killed and [[more than 200|
    injured;a=a provincial health official]] wounded in {{three days}} of fighting. After the
    fall of Kabul on {{15 August}}, Western governments evacuated [[more than 122,000 people|
    displaced;a=the Pentagon]] through the city's airport, according to the Pentagon.""",
)

item(
    "Herat quakes flatten villages of returnees",
    """The earthquakes that struck Herat's Zindajan district on {{7 October}} killed [[at least
    1,480 people|killed;a=the Taliban administration]] and injured [[about 2,000|injured;a=the
    Taliban administration]], the Taliban administration said. The first tremor measured
    {{6.3}}. The World Health Organization said [[more than 10,000 homes|housing;a=The World
    Health Organization]] had been destroyed and [[20 villages|housing;a=The World Health
    Organization]] flattened, many of them home to families who had returned from Iran. OCHA
    put the number of people affected at [[43,400|civilians;a=OCHA]]. UNHCR said it would
    send [[5,000 tents|aid;p;a=UNHCR]] before winter, when night temperatures fall below
    {{minus 10C}}. Survivors in Naib Rafi said [[at least 300 families|displaced;a=Survivors
    in Naib Rafi]] were sleeping in the open.""",
)

item(
    "North Waziristan exodus nears one million",
    """The number of people who have fled North Waziristan since the army launched its offensive
    against militants on {{15 June}} has reached [[nearly 1 million|displaced;a=the FATA
    Disaster Management Authority]], the FATA Disaster Management Authority said, in [[about
    80,000 families|displaced;a=the FATA Disaster Management Authority]]. Most of the
    temporarily displaced persons are staying with relatives in Bannu, and only [[1,200
    people|displaced]] have moved into the Bakakhel camp, which was built for [[10,000
    families|capacity]]. [[Some 18,000 people|displaced;a=the UN]] have crossed into
    Afghanistan's Khost province, the UN said. The army said [[at least 376 militants|
    killed;a=The army]] and [[19 soldiers|killed;a=The army]] had been killed. At the Bannu
    sports complex, registration points were handling [[between 400 and 500 families|displaced]]
    a day.""",
)

item(
    "Bajaur operation empties Loi Mamund villages",
    """A military operation against militants in Bajaur's Loi Mamund tehsil has displaced
    [[around 20,000 families|displaced;a=the district administration]], the district
    administration said on {{12 August}}, with a curfew imposed in [[27 villages|other;a=the district administration]]. In Khar, [[107 government schools|capacity]] have been turned
    into shelters, and [[more than 400 families|displaced]] are living in the sports complex.
    The Provincial Disaster Management Authority said it had distributed [[8,000 food packs|
    aid;a=The Provincial Disaster Management Authority]]. [[Two children|killed;a=residents]]
    were killed when a mortar shell hit a house in Damadola, residents said. Security officials
    said [[some 300 militants|combatants;a=Security officials]] were holed up in the hills and
    had abducted [[four teachers|kidnapped;a=Security officials]] last month.""",
)

item(
    "Kurram under siege as road stays shut",
    """Gunmen opened fire on a convoy of [[about 200 vehicles|other]] near Parachinar on
    {{21 November}}, killing [[42 people|killed;a=police]], police said, and sectarian fighting
    that followed killed [[at least 130 more|killed;a=police;n=-]]. The provincial government
    said [[more than 1,500 families|displaced;a=The provincial government]] had fled to Hangu
    and Kohat. With the Thall-Parachinar road closed for {{three months}}, [[about 600,000
    residents|civilians]] of upper Kurram are cut off, and local activists said [[more than 100
    children|killed;a=local activists]] had died for lack of medicine, a claim officials
    dispute. The government has flown in supplies on [[a dozen helicopter flights|aid]] and
    police have arrested [[31 suspects|arrested;a=police]]. A peace deal signed on {{1 January}}
    requires both sides to hand over weapons within {{15 days}}.""",
)

item(
    "Pakistan flood toll passes 1,700 as camps overflow",
    """Pakistan's National Disaster Management Authority said on Monday that [[1,739 people|
    killed;a=Pakistan's National Disaster Management Authority]] had died in the floods since
    {{14 June}} and [[12,867|injured;a=Pakistan's National Disaster Management Authority]] had
    been injured. [[More than 2 million houses|housing]] were damaged or destroyed, and [[33
    million people|civilians]] were affected across the country, about {{a seventh}} of the
    population. In Sindh, [[around 600,000 people|displaced;a=provincial officials]] were
    living in [[between 6,000 and 7,000 relief camps|capacity;a=provincial officials]],
    provincial officials said, many of them schools. The UN estimates that [[7.9 million|
    displaced;a=The UN]] have been displaced. The government puts the damage at more than {{$30
    billion}}, and the budget for fiscal year {{2022-23}} will be revised.""",
)

item(
    "Bara families go home after eight years away",
    """[[About 12,000 families|returned;a=the FATA Disaster Management Authority]] have returned
    to Bara tehsil in Khyber Agency in the latest phase of repatriation, the FATA Disaster
    Management Authority said. Each family receives {{Rs35,000}} in cash and a {{Rs10,000}}
    transport grant. Returnees said [[more than 4,500 houses|housing;a=Returnees]] in the
    tehsil were damaged during the operations against Lashkar-e-Islam, and [[only two
    schools|housing]] have been rebuilt. [[Some 2,300 families|displaced]] remain in the
    Jalozai camp near Peshawar. Officials expect [[another 8,000 families|returned;p;
    a=Officials]] to go back before December. The army has cleared [[18 villages|other;a=The
    army]] of mines, it said.""",
)

item(
    "Islamabad raids target Afghans as PoR card deadline expires",
    """Police in Islamabad and Rawalpindi have detained [[at least 1,200 Afghans|arrested;a=Amnesty
    International]] since the {{31 March}} deadline, Amnesty International said, including
    holders of Proof of Registration cards. The interior ministry said [[more than 80,000
    Afghans|returned;a=The interior ministry]] left Pakistan in April, and that the next phase
    would cover the [[1.3 million PoR cardholders|displaced;a=The interior ministry]]. At
    Torkham, the Taliban's refugee ministry said it had registered [[about 3,000 families|
    returned;a=the Taliban's refugee ministry]] a day. Afghan families who had lived in Pakistan
    for {{40 years}} said they were given {{48 hours}} to leave. Pakistan had hosted [[about 3 million Afghans|displaced;a=the government]] at the start of
    the year, according to the government. UNHCR said [[dozens of women
    journalists and activists|other;a=UNHCR;n=women journalists and activists]] faced danger if
    forced back.""",
)

item(
    "Battle for Lashkar Gah sends families fleeing",
    """Fighting between Taliban and government forces in Lashkar Gah killed [[at least 40
    civilians|killed;a=the UN]] in {{24 hours}}, the UN said on Tuesday. Médecins Sans
    Frontières said its hospital in the city had treated [[more than 300 wounded people|
    injured;a=Médecins Sans Frontières]] in a week. [[Around 10,000 families|displaced;
    a=provincial council members]] have fled to Kandahar and Kabul, provincial council members
    said. The army has flown in [[hundreds of commandos|combatants;a=The army]] to defend the
    governor's compound, it said. In Kandahar, the provincial refugee department said it had registered [[1,850 displaced
    families|displaced;a=the provincial refugee department]] in [[four schools|capacity;a=the
    provincial refugee department]]. The Taliban captured [[nine of the city's ten police
    districts|other;a=a local official;n=districts]], a local official said.""",
)

item(
    "Kunar quake kills more than 2,200, many of them returnees",
    """The earthquake that struck eastern Afghanistan on {{31 August}} killed [[more than 2,200
    people|killed;a=the Taliban government]] and injured [[3,640|injured;a=the Taliban
    government]], the Taliban government said, most of them in Kunar province. The World Health
    Organization said [[6,782 homes|housing;a=The World Health Organization]] were destroyed and
    that [[about 500,000 people|civilians;a=The World Health Organization]] were affected, many
    of them families recently deported from Pakistan. Helicopters made [[more than 40 flights|
    other]] to evacuate the injured from mountain villages. Aid groups said [[1,700 families|
    displaced;a=Aid groups]] were sleeping in tents. The quake had a magnitude of {{6.0}} and a
    depth of {{8 km}}.""",
)

item(
    "Border clashes close crossings, strand traders and families",
    """Pakistan's military said [[23 soldiers|killed;a=Pakistan's military]] had been killed in
    clashes along the Afghan border overnight and claimed that [[more than 200 Taliban
    fighters|killed;a=Pakistan's military]] died. The Taliban said [[58 Pakistani soldiers|killed;
    a=The Taliban]] were killed. In Spin Boldak, hospital officials said [[at least 12
    civilians|killed;a=hospital officials]] died and [[about 100|injured;a=hospital officials]]
    were injured by mortar fire. With Torkham and Chaman closed, [[3,000 to 4,000 trucks|other]]
    were stranded on both sides. [[About 5,000 families|displaced;a=local elders]] fled border
    villages in Kurram and Chaman, local elders said. A ceasefire brokered in Doha took effect
    on {{19 October}}.""",
)

item(
    "Returnee towns rise in Nangarhar desert",
    """The Taliban's ministry of refugees and repatriation says it has allocated land for
    returnees in [[52 townships|capacity;a=The Taliban's ministry of refugees and repatriation;
    u=structure]] across the country. At Sheikh Misri, outside Jalalabad, [[more than 2,000
    families|returned;a=a district official]] have settled on plots of {{300 square metres}},
    a district official said, but there is no piped water. The Norwegian Refugee Council said
    it had built [[450 shelters|capacity;a=The Norwegian Refugee Council]] and [[60 wells|aid;
    a=The Norwegian Refugee Council]] there. Residents said [[nine children|killed;a=Residents]]
    had died of cold last winter. Aid agencies estimate that [[2.1m people|returned;a=Aid
    agencies]] have returned to Afghanistan from Pakistan and Iran since {{September 2023}}.""",
)

item(
    "Budget lifts spending on merged districts, falls short of pledge",
    """Pakistan's federal budget for fiscal year {{2025-26}} allocates {{Rs70 billion}} to the
    merged districts of the former tribal areas, down from {{Rs80 billion}} in {{2024-25}}, the
    finance ministry said on {{10 June}}. The {{2018}} merger promised {{3%}} of the divisible
    pool for {{ten years}}. Khyber Pakhtunkhwa's finance minister said the shortfall was {{Rs200
    billion}} since {{2019}}. The {{25th}} constitutional amendment merged the areas into the
    province. Development spending will rise by {{12 per cent}}.""",
)

item(
    "UN extends Afghanistan mission for another year",
    """The UN Security Council on {{17 March}} extended the mandate of the UN Assistance Mission in
    Afghanistan until {{17 March 2026}}, adopting resolution {{2777}} unanimously. The mission
    was first set up in {{2002}}. Its budget for {{2025}} is about {{$80 million}}, down {{15%}}
    on the year before. The Taliban have barred Afghan women from working for the UN since
    {{April 2023}}, and girls older than {{12}} have been out of school for {{more than three
    years}}. The next review of the mission is due within {{90 days}}.""",
)
