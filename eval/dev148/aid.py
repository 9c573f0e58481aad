"""Aid workers: the Aid Worker Security Database, Insecurity Insight, OCHA's access reports and
the agencies' own counts of staff killed, wounded, kidnapped and detained (12 texts with
figures, 1 without)."""

from _wrap import item

item(
    "Record 377 aid workers killed in 2024, most of them in Gaza",
    """[[At least 377 aid workers|killed;a=the Aid Worker Security Database]] were killed
    around the world in {{2024}}, according to the Aid Worker Security Database, the highest
    toll since it began counting in {{1997}}. That was up from [[280|killed]] the year before,
    which had itself been a record. More than half of last year's deaths were in Gaza, where
    [[181 humanitarian staff|killed]] were killed, most of them Palestinians working for the UN
    agency for Palestinian refugees, UNRWA. Sudan was second with [[60 deaths|killed]],
    followed by South Sudan with [[24|killed]]. The database, run by the research group
    Humanitarian Outcomes, also recorded [[125 aid workers|injured;a=The database;alt=the Aid
    Worker Security Database]] wounded and [[45|kidnapped;a=The database;alt=the Aid Worker
    Security Database]] kidnapped in {{2024}}. National staff made up the vast majority of
    victims: [[366|killed]] of those killed were working in their own country. Most died in
    airstrikes and shelling rather than in the ambushes and shootings that used to account for
    the bulk of deaths, the group said. "These are not statistics, they are colleagues," said
    Halima Osei, a researcher at Humanitarian Outcomes. The figures for {{2025}} are still
    being verified, but the database had logged [[265 deaths|killed;a=the database;alt=the Aid
    Worker Security Database]] by the end of August, putting the year on course to approach
    the record. The database counts aid workers killed, kidnapped or seriously wounded in
    deliberate acts of violence, and leaves out deaths from accidents or illness. For the first
    time, state forces were named as the perpetrators of most deaths, {{58%}} of those where
    the attacker could be identified. Totals for past years often rise by a few per cent as
    late reports are confirmed, the group said. The UN has marked {{19 August}} as World
    Humanitarian Day since {{2009}}.""",
)

item(
    "Five aid workers abducted on Borno road, UN says",
    """Suspected jihadists abducted [[five aid workers|kidnapped;a=the United Nations
    humanitarian office]] on a road near Monguno in Nigeria's Borno state on Thursday, the
    United Nations humanitarian office said. [[Three of the abducted staff|kidnapped;a=OCHA]]
    work for a local partner of the World Food Programme and [[two|kidnapped;a=OCHA]] for an
    international medical charity, OCHA said in a statement. [[At least 37 aid
    workers|killed;a=OCHA]] have been killed in northeast Nigeria since the jihadist insurgency
    began in {{2009}}, and [[31|kidnapped;a=OCHA]] are still held by their captors, according
    to OCHA. The conflict has killed [[more than 40,000 people|killed]] and driven [[about 2
    million|displaced]] from their homes.""",
)

item(
    "Sudan's volunteer kitchens count their dead",
    """Sudan's Emergency Response Rooms, the neighbourhood networks that run communal kitchens
    across Khartoum and Darfur, say [[at least 97 of their volunteers|killed;a=Sudan's
    Emergency Response Rooms]] have been killed since the war began in {{April 2023}}.
    [[Another 412|arrested;a=the network's coordinators]] have been detained by one side or the
    other, the network's coordinators told The New Humanitarian, and [[19|missing;a=the
    network's coordinators]] are missing. Few of those deaths appear in global tallies. The Aid
    Worker Security Database counts only staff of recognised aid organisations, and it lists
    [[118 aid workers|killed;a=The Aid Worker Security Database]] killed in Sudan over the same
    period. "When a volunteer dies in Omdurman, nobody in Geneva hears about it," said a
    coordinator who asked not to be named for fear of reprisals. Insecurity Insight, which
    also tracks violence against aid, recorded [[63 incidents|other;u=other;a=Insecurity
    Insight]] in which volunteers or kitchens were targeted in {{2024}} alone, including
    [[22|other;u=other;a=Insecurity Insight]] in which fighters looted food stores. Many
    kitchens now feed [[fewer than 200 people a day|aid]], down from [[1,000|aid]] before the
    looting began. Donors have pledged {{$15 million}} to the rooms this year, a fraction of
    what they asked for. The network was shortlisted for the Nobel Peace Prize in
    {{2024}}.""",
)

item(
    "Houthis detain more UN staff, bringing total to 59",
    """Yemen's Houthi rebels have detained [[eight more United Nations
    employees|arrested;a=the world body;alt=United Nations]], bringing to [[59|arrested;a=the
    world body;alt=United Nations]] the number of UN staff they are holding, the world body
    said on Sunday. The latest arrests took place in Sanaa and Saada, where the World Food
    Programme has since suspended its operations. [[One WFP employee|killed;a=the agency;alt=the
    World Food Programme]] died in Houthi custody in February, the agency said. Among those
    held are [[13 staff|arrested]] of the UN human rights office, some of them detained since
    {{2021}}. UN Secretary-General Antonio Guterres called for the release of all those held,
    along with [[dozens of staff|arrested]] from non-governmental organisations, civil society
    groups and a former US embassy.""",
)

item(
    "Airstrikes overtake ambushes as main killer of aid workers, report finds",
    """The latest Aid Worker Security Report, the {{15th}} edition of the annual review by
    Humanitarian Outcomes, logs [[257 major incidents|other;u=other;a=The latest Aid Worker
    Security Report;alt=Aid Worker Security Report]] of violence against aid operations in
    {{2023}}, affecting [[595 aid workers|other;a=The latest Aid Worker Security
    Report;alt=Aid Worker Security Report]]. Of those, [[280|killed;a=the report;alt=Aid Worker
    Security Report]] were killed, [[190|injured;a=the report;alt=Aid Worker Security Report]]
    wounded and [[125|kidnapped;a=the report;alt=Aid Worker Security Report]] kidnapped, the
    report says. For the first time, the largest share of deaths, [[163|killed]], came from
    airstrikes and shelling rather than from shootings or ambushes, a shift the authors link
    to the war in Gaza. State actors were identified as perpetrators in {{31%}} of the
    incidents where the attacker was known, up from {{12%}} {{five years}} earlier. The report
    counts national staff separately: [[265|killed;a=The report;alt=Aid Worker Security
    Report]] of the dead were nationals and [[15|killed;a=The report;alt=Aid Worker Security
    Report]] were international staff. Agencies spend an average of {{2.5%}} of programme
    budgets on security risk management, according to a survey included in the report, and
    many local partners receive nothing for it at all.""",
)

item(
    "UNRWA says 312 staff killed in Gaza, highest in UN history",
    """The UN agency for Palestinian refugees said on Tuesday that [[312 of its staff|killed;a=The
    UN agency for Palestinian refugees]] had been killed in Gaza since {{October 2023}}, the
    highest number of UN personnel killed in any conflict since the organisation was founded
    in {{1945}}. [[More than 190 UNRWA installations|housing;u=structure;a=the
    agency;alt=UNRWA;alt=The UN agency for Palestinian refugees]], including schools turned
    into shelters, have been hit, some of them several times, the agency said in its latest
    situation report. [[At least 745 people|killed;a=UNRWA]] sheltering in UNRWA premises
    have been killed, it said. At the peak of the fighting, [[about 1.4 million
    people|displaced;v=1400000]] were sheltering in its schools, clinics and warehouses. Israel
    accuses some UNRWA employees of taking part in the Hamas-led attack of {{October 7,
    2023}}, allegations the agency says have not been substantiated. The Palestine Red
    Crescent Society separately said [[27 of its paramedics and
    volunteers|killed;n=paramedics and volunteers;a=The Palestine Red Crescent Society]] had
    been killed and [[56 of its ambulances|other;a=The Palestine Red Crescent Society]] put
    out of service.""",
)

item(
    "Five aid workers killed in South Sudan as looting forces agencies back",
    """[[Five aid workers|killed;a=the UN]] have been killed in South Sudan since January, the
    UN said on Thursday, warning that violence and looting were forcing agencies to suspend
    help in parts of Jonglei and Upper Nile. OCHA recorded [[139 humanitarian access
    incidents|other;u=other;a=OCHA]] in the first quarter, [[78 of them|other;n=-;u=other;a=OCHA]]
    involving violence against aid workers or their assets, up from [[101|other;u=other;a=OCHA]]
    in the same period last year. In the worst single attack, gunmen ambushed a convoy of [[12
    trucks|aid]] carrying food near Pibor, killing [[two drivers|killed]] and wounding
    [[three|injured]]. [[At least 30 staff|displaced;a=the agency;alt=OCHA]] were relocated
    from Ulang after a compound there was looted, the agency said. South Sudan has been among
    the world's most dangerous places for aid workers since civil war broke out in {{2013}};
    the Aid Worker Security Database lists [[144 aid workers|killed;a=the Aid Worker Security
    Database]] killed there in that time, almost all of them South Sudanese.""",
)

item(
    "Drones hit aid convoys in Kherson, UN counts 14 humanitarians killed this year",
    """Russian drone strikes on aid convoys in Ukraine's southern Kherson region have killed
    [[two aid workers|killed;a=the United Nations]] and wounded [[five|injured;a=the United
    Nations]] this month, the United Nations said, bringing to [[14|killed;a=the United
    Nations]] the number of humanitarian workers killed in the country since the start of the
    year. A drone hit a clearly marked vehicle of a French medical charity on Tuesday, killing
    its driver and a {{52-year-old}} logistician from Odesa. The UN's humanitarian coordinator
    for Ukraine said [[at least 28 attacks|other;u=other;a=The UN's humanitarian coordinator
    for Ukraine]] had damaged humanitarian premises or vehicles in {{2024}}, including [[four
    warehouses|housing;u=structure;a=The UN's humanitarian coordinator for Ukraine]] in Odesa
    and Kharkiv. In Kherson city, which Russian drones strike daily from across the Dnipro,
    [[about 60,000 people|civilians;a=local authorities]] remain, according to local
    authorities. Russia denies targeting civilians or aid operations.""",
)

item(
    "MSF staffer shot dead in Port-au-Prince",
    """Doctors Without Borders said on Friday that [[one of its staff|killed;a=Doctors Without
    Borders]] had been shot dead in Port-au-Prince, the {{third}} employee the group has lost
    in Haiti this year. The medical charity suspended activities at its emergency centre in
    Turgeau, which treats [[about 1,500 patients a month|injured]], many of them with gunshot
    wounds. The group said its hospital in Cite Soleil had admitted [[27 people|injured;a=The
    group;alt=Doctors Without Borders]] with gunshot wounds in the previous week alone. Gang
    violence has killed [[more than 5,600 people|killed;a=the United Nations]] in Haiti this
    year and driven [[over 1 million|displaced;a=the United Nations]] from their homes,
    according to the United Nations.""",
)

item(
    "Eight aid workers killed in Amhara since fighting began, OCHA says",
    """[[At least eight aid workers|killed;a=the UN humanitarian office]] have been killed in
    Ethiopia's Amhara region since fighting between federal troops and Fano militias erupted in
    {{August 2023}}, the UN humanitarian office said. [[Six of them|killed;n=-]] were
    Ethiopians working for national organisations and [[two|killed]] were employed by UN
    agencies. Gunmen also abducted [[11 Ethiopian Red Cross staff|kidnapped;a=the
    society;alt=Ethiopian Red Cross]] near Debre Markos in May; [[nine|kidnapped;a=the
    society;alt=Ethiopian Red Cross]] were released after elders intervened, the society said.
    OCHA recorded [[89 incidents|other;u=other;a=OCHA]] affecting aid operations in the region
    in the first half of the year, including [[23|other;u=other;a=OCHA]] in which vehicles were
    commandeered at gunpoint. Access to parts of North Gondar and North Wollo remains limited,
    and [[about 1.3 million people|civilians;v=1300000;a=OCHA]] there need food aid, OCHA
    says.""",
)

item(
    "A year on, aid groups say UN resolution has not stopped the killing",
    """A year after the UN Security Council adopted {{Resolution 2730}}, demanding that warring
    parties protect humanitarian personnel, aid groups say little has changed on the ground.
    [[At least 377 aid workers|killed;a=Humanitarian Outcomes]] were killed in {{2024}} and
    [[170|killed;a=Humanitarian Outcomes]] more by the end of April this year, according to
    Humanitarian Outcomes, which manages the Aid Worker Security Database. Kidnappings also
    rose: the group counted [[96 aid workers|kidnapped;a=the group;alt=Humanitarian Outcomes]]
    abducted last year, most of them in Mali, South Sudan and Haiti, against
    [[62|kidnapped;a=the group;alt=Humanitarian Outcomes]] in {{2023}}. The United Nations
    itself lost [[168 of its personnel|killed;a=The United Nations]] in {{2024}}, most of them
    in Gaza, it said in its annual memorial list. "We have resolutions, we have days of
    remembrance, but we do not have accountability," said the head of one European NGO network
    at a briefing in Geneva. Of the [[hundreds of attacks|other;u=other;a=the International
    Council of Voluntary Agencies]] on aid workers recorded since {{2015}}, [[fewer than
    10|other;u=other;a=the International Council of Voluntary Agencies]] have led to a
    prosecution, according to the International Council of Voluntary Agencies.""",
)

item(
    "North Kivu aid operations hit by 214 security incidents in six months",
    """Humanitarian organisations in eastern Democratic Republic of Congo faced [[214 security
    incidents|other;u=other;a=OCHA]] affecting their staff and property in North Kivu in the
    first half of {{2025}}, OCHA said in a report released on Wednesday. They included [[17
    incidents|other;u=other]] in which [[31 aid workers|kidnapped]] were abducted, and the
    looting of [[46 warehouses and offices|housing;u=structure;n=warehouses and offices]]
    after {{M23}} rebels captured Goma in January. [[Four aid workers|killed]] were killed in
    the province over the period, all of them Congolese. Several agencies have moved
    international staff to Rwanda or Kinshasa, while [[about 600 national
    staff|other;a=OCHA]] continue to work in rebel-held areas, OCHA said. The figures exclude
    South Kivu, where the collection of data has been patchy since Bukavu fell in
    February.""",
)

item(
    "World Humanitarian Day falls as appeal runs dry",
    """The United Nations marks World Humanitarian Day on {{19 August}}, the anniversary of the
    {{2003}} bombing of its headquarters in Baghdad. This year's campaign asks governments to
    honour the commitments they made in Security Council {{Resolution 2730}}, adopted in {{May
    2024}}. OCHA said its global appeal for {{2025}}, set at {{$44.1 billion}}, was only
    {{17%}} funded at the start of August, the lowest level at that point of the year in a
    decade.""",
)
