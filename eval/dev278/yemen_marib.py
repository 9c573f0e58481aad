"""Marib and al-Jawf: the offensive on the city, its camps, the displaced and their returns."""

from _wrap import item

item(
    "Houthi missiles hit Marib displacement camp",
    """Ballistic missiles struck the al-Rawdah displacement camp on the western edge of Marib city
    on Sunday, killing [[eight displaced people|killed;a=the government-run Executive Unit for
    IDP Camps]], among them [[three children|killed;a=the government-run Executive Unit for IDP
    Camps]], the government-run Executive Unit for IDP Camps said. It said
    [[at least 22 people|injured;a=the government-run Executive Unit for IDP Camps]] were wounded
    and [[64 tents|housing;a=the government-run Executive Unit for IDP Camps;u=other]] burned.
    The camp houses [[about 1,200 families|displaced;a=the unit;alt=the government-run Executive
    Unit for IDP Camps]], most of them from Sirwah and Nihm, the unit said. The UN refugee agency
    UNHCR said [[more than 1 million people|displaced;a=The UN refugee agency UNHCR]] had sought
    refuge in Marib governorate since {{2015}}, living in
    [[some 190 displacement sites|capacity;a=The UN refugee agency UNHCR]]. The Houthis did not
    comment on the strike. Government officials said the group had fired
    [[more than 30 missiles|other;a=Government officials]] at the city in {{February}}.""",
)

item(
    "Marib offensive: thousands flee Sirwah fighting",
    """Renewed Houthi attacks on Sirwah district have displaced [[about 2,900 households|displaced;a=the
    International Organization for Migration's Displacement Tracking Matrix]], or
    [[roughly 17,400 people|displaced;a=the International Organization for Migration's
    Displacement Tracking Matrix]], in {{two weeks}}, according to the International Organization
    for Migration's Displacement Tracking Matrix. The DTM said more than {{60%}} of them had
    been displaced before, some more than once. Tribal leaders in Marib said
    [[thousands of tribesmen|combatants;a=Tribal leaders in Marib]] had joined the army on the
    Sirwah front. A military spokesman said [[32 soldiers|killed;a=A military spokesman]] and
    [[as many as 200 Houthi fighters|killed;a=A military spokesman]] had been killed in the
    {{10 days}} of fighting, figures that could not be verified. The Houthi-run health ministry
    said coalition air strikes on the area had killed [[14 civilians|killed;a=The Houthi-run
    health ministry]] and wounded [[26|injured;a=The Houthi-run health ministry;n=-]].""",
)

item(
    "Marib's camps in numbers",
    """Marib governorate hosts [[about 1.3 million displaced people|displaced;a=the Executive Unit
    for IDP Camps]], the Executive Unit for IDP Camps says, while the UN puts the figure at
    [[around 700,000|displaced;a=the UN;n=-]]. The unit counts
    [[197 camps|capacity;a=The unit;alt=the Executive Unit for IDP Camps]] and informal
    settlements, {{three-quarters}} of them without a fixed water supply. IOM manages or
    supports [[61 sites|capacity;a=IOM]] there, it said, and has built
    [[4,800 emergency shelters|aid;a=IOM]] since {{2020}}. Only [[12|capacity;n=-;u=structure]]
    of the camps have a health post. In the al-Jufaina camp, the largest, [[some 10,000
    families|displaced;a=camp managers]] live on land rented from local tribes, camp managers
    said. Evictions by landowners forced [[450 households|displaced;a=the Norwegian Refugee Council]] to move last year, according to the Norwegian Refugee Council.""",
)

item(
    "Families go home to al-Jawf after front line shifts",
    """[[About 1,100 families|returned;a=local authorities]] have returned to al-Hazm and
    al-Maslub districts of al-Jawf since the {{April 2022}} truce, local authorities said, though
    many found their homes looted or destroyed. The International Organization for
    Migration said it had tracked [[6,420 returnees|returned;a=The International Organization for
    Migration]] in the governorate in {{2023}}, against [[31,000 new displacements|displaced;a=The
    International Organization for Migration;u=person]] over the same period. The Yemen Executive
    Mine Action Centre said its teams had cleared [[2,350 mines|other;a=The Yemen Executive Mine
    Action Centre]] around al-Hazm but that [[at least 40 villages|other;a=The Yemen Executive
    Mine Action Centre]] remained contaminated. A returning farmer, Saleh, {{61}}, said
    [[two of his neighbours|killed;a=Saleh;alt=A returning farmer;n=neighbours]] had been killed by mines in their fields.
    The Danish Refugee Council said it would give cash to
    [[3,000 returning households|aid;a=The Danish Refugee Council;p]] this year.""",
)

item(
    "Fire sweeps through Marib camp",
    """A fire tore through the al-Sowayda camp east of Marib city on Tuesday night, destroying
    [[more than 300 shelters|housing;a=camp officials]] and leaving
    [[around 2,000 people|displaced;a=camp officials]] without cover, camp officials said.
    [[Two children|killed;a=camp officials]] died and [[11 people|injured;a=camp officials]] were
    treated for burns, they said. The fire started in a cooking area and spread within
    {{30 minutes}}. Camp coordination and camp management partners said they had distributed
    [[250 emergency tents|aid;a=Camp coordination and camp management partners]] and
    [[1,400 hygiene kits|aid;a=Camp coordination and camp management partners]] by Thursday.
    UNHCR said it had counted [[17 fires|other;a=UNHCR;u=other]] in Marib's camps this year,
    against [[nine|other;a=UNHCR;n=-;u=other]] in the whole of {{2022}}.""",
)

item(
    "Government says Houthis massing near Marib",
    """Yemen's defence ministry said on Wednesday that the Houthis had moved
    [[at least 5,000 fighters|combatants;a=Yemen's defence ministry]] and
    [[dozens of armoured vehicles|other;a=Yemen's defence ministry]] towards the Raghwan
    and Madghal fronts north-west of Marib. The ministry said its forces had shot down
    [[four drones|other;a=The ministry;alt=Yemen's defence ministry]] and killed
    [[27 attackers|killed;a=The ministry;alt=Yemen's defence ministry]] in clashes overnight.
    The coalition said it had carried out [[18 strikes|other;a=The coalition;u=other]] in the area,
    destroying [[six military vehicles|other;a=The coalition]]. The Houthi military spokesman,
    Yahya Saree, said the group's forces had killed or captured
    [[more than 150 mercenaries|other;a=Yahya Saree]], the group's term for government troops.
    Tribal sources said [[up to 15,000 people|civilians;a=Tribal sources]] lived in villages along
    the front and that [[hundreds|displaced;a=Tribal sources;n=-]] had already left.""",
)

item(
    "Cholera and measles in Marib camps",
    """Health workers in Marib have recorded [[3,700 suspected cholera cases|other;a=Health workers
    in Marib]] and [[420 cases of measles|other;a=Health workers in Marib;n=cases]] since January,
    most of them in displacement camps, the governorate's health office said. It said
    [[16 people|killed;a=the governorate's health office]] had died. The World Health
    Organization said it had vaccinated [[about 130,000 children|aid;a=The World Health
    Organization]] against measles in the governorate in a {{10-day}} campaign. MSF, which runs a
    clinic in the al-Jufaina camp, said it was seeing [[150 to 200 patients a day|other;a=MSF]]
    and that {{one in five}} children screened was malnourished. Marib's main hospital has
    [[only 30 beds|capacity;a=the hospital's director]] for children, the hospital's director said.""",
)

item(
    "Drone kills family on Marib road",
    """A drone struck a car on the road between Marib and Safer on Friday, killing
    [[five members of a family|killed;a=local officials;n=members]], local officials said. The
    officials said a second vehicle was hit minutes later, wounding
    [[three paramedics|injured;a=The officials]]. The government blamed the Houthis, who have
    used drones against roads into Marib since {{2020}}. Marib's health office said drones,
    missiles and shelling had killed [[at least 134 civilians|killed;a=Marib's health office]]
    in the governorate since the truce and wounded [[over 400|injured;a=Marib's health
    office;n=-]]. The Marib-Safer road carries [[about 200 fuel trucks a day|other]] to and from
    the oil and gas fields, which supply about {{80%}} of the country's cooking gas. Drivers'
    unions said [[11 drivers|killed;a=Drivers' unions]] had been killed on the road since
    {{January}}.""",
)

item(
    "Return intentions survey in Marib",
    """The International Organization for Migration and the Norwegian Refugee Council said on
    Tuesday they had surveyed [[3,412 displaced households|other;a=The International Organization
    for Migration and the Norwegian Refugee Council]] in Marib and found that about
    {{one in four}} intended to return home in the next {{12 months}}. Insecurity and landmines
    were the main obstacles, the agencies said. Both agencies said
    [[around 350,000 displaced people|civilians;a=Both agencies]] in the governorate lacked the
    documents to claim land or property. IOM said [[about 9,000 people|returned;a=IOM]] had left
    Marib's camps for their home districts in {{2024}}, most of them for Sirwah and Raghwan,
    while [[some 2,600|displaced;a=IOM;n=-]] new arrivals were recorded. NRC said it had helped
    [[1,150 families|aid;a=NRC]] obtain identity cards and property papers since {{2021}}. Most
    of those surveyed had been displaced for {{more than five years}}.""",
)

item(
    "Tribal mediation frees Marib hostages",
    """Tribal mediators on Thursday secured the release of
    [[seven men|kidnapped;a=a tribal sheikh involved in the talks]] held by a tribe in Wadi Abidah
    for {{three weeks}} over a land dispute with an oil company, a tribal sheikh involved in the
    talks said. The men included [[two engineers|kidnapped]] from Safer. Security officials said [[14 people|kidnapped;a=Security officials]] had
    been abducted by armed tribesmen in Marib this year, and [[three|kidnapped;a=Security
    officials;n=-]] were still held. Police said they had detained
    [[five suspects|arrested;a=Police]] and recovered [[two stolen vehicles|other;a=Police]].
    Kidnapping of oil workers has been common in the governorate since the {{1990s}}.""",
)

item(
    "OCHA: Marib displacement slows",
    """OCHA said on Monday that displacement into Marib had slowed to
    [[about 300 people a week|displaced;a=OCHA]] since the truce, from
    [[as many as 4,000 a week|displaced;a=OCHA;n=-]] at the height of the Houthi offensive in
    {{2021}}. The office said [[some 2,300 families|displaced;a=The office;alt=OCHA]] had been
    displaced in the governorate in the first half of the year, and that
    [[8,100 families|civilians;a=The office;alt=OCHA]] in the camps had no latrine. Humanitarian
    partners had installed [[430 latrines|aid;a=OCHA]] and
    [[24 water tanks|aid;a=OCHA;u=other]] since January, it said. It warned that
    funding covered only {{23%}} of needs in the governorate.""",
)

item(
    "Marib front: soldiers' bodies handed over",
    """The International Committee of the Red Cross oversaw the handover of
    [[46 bodies|killed;a=The International Committee of the Red Cross]] of soldiers and fighters
    across the Marib front lines on Sunday, the organisation said. The government received
    [[19|killed;a=the two sides' prisoner committees;n=-]] and the Houthis [[27|killed;a=the two sides' prisoner committees;n=-]], according to the two sides' prisoner
    committees. The ICRC said [[more than 1,000 families|civilians;a=The ICRC]] in Marib were
    still searching for relatives missing since the offensives of {{2020}} and {{2021}}. The
    government's prisoner committee said [[about 700 of its soldiers|missing;a=The government's
    prisoner committee;n=soldiers]] were missing on the Marib fronts. The Houthis said
    [[more than 500 of their men|missing;a=The Houthis;n=men]] were unaccounted for.""",
)

item(
    "Gas prices and power cuts in Marib",
    """Marib's gas plant, the only source of cooking gas for much of the country, has cut
    output by {{a third}} after damage to its pipeline, the Safer company said. A {{20-litre}}
    cylinder now costs {{7,500 rials}} in Marib and up to {{25,000 rials}} in Taiz. The company
    said repairs would take {{two weeks}}. The plant was built in the {{1980s}}.""",
)

item(
    "Al-Jawf camps cut off by flooding",
    """Floods cut roads to [[at least 14 displacement sites|capacity;a=aid agencies]] in al-Jawf's
    Khab wa al-Sha'af district this week, leaving [[about 8,000 people|civilians;a=aid
    agencies]] without food deliveries, aid agencies said. The International Organization for
    Migration said [[620 households|housing;a=The International Organization for Migration]] had
    lost their shelters and [[two children|killed;a=The International Organization for
    Migration]] had drowned. The World Food Programme said its trucks could not reach the sites
    and that it would try to deliver [[120 tonnes|aid;a=The World Food Programme;p]] of food by
    air. Save the Children said [[hundreds of children|civilians;a=Save the Children]] were
    sleeping in the open. The area is also home to [[an estimated 3,000 migrants|civilians;a=the charity;alt=Save the Children]] stranded on the route to Saudi Arabia, the charity said.""",
)

item(
    "Coalition air strikes on Marib in 2015-2021",
    """The Yemen Data Project recorded [[1,142 coalition air raids|other;a=The Yemen Data
    Project;u=other]] on Marib governorate between {{March 2015}} and {{March 2022}}, the group
    said, killing [[more than 600 civilians|killed;a=the group;alt=The Yemen Data Project]].
    It counted [[212 raids|other;a=The Yemen Data Project;u=other]] on residential areas and
    [[31|other;a=The Yemen Data Project;n=-;u=other]] on farms. Across Yemen it recorded
    [[more than 25,000 air raids|other;a=The Yemen Data Project;u=other]] in {{seven years}}. The
    coalition says it has investigated alleged violations through its Joint Incidents Assessment
    Team, which reviewed [[over 200 incidents|other;a=The coalition;u=other]] by {{2021}}.""",
)

item(
    "Displaced teachers open school in Marib camp",
    """In a camp of tarpaulins on the edge of Marib city, [[a dozen displaced teachers|displaced]]
    have opened a school for [[about 600 children|other;a=the camp's committee]], the camp's
    committee said. The school runs {{three}} shifts in [[eight tents|other]] donated by UNICEF.
    UNICEF said [[about 2.7 million children|civilians;a=UNICEF]] in Yemen were out of school and
    that [[2,916 schools|housing;a=UNICEF]] had been damaged, destroyed or used for other
    purposes since {{2015}}. The Marib education office said [[42 schools|capacity;a=The Marib
    education office]] in the governorate were sheltering displaced families. Teachers in
    government areas earn about {{$60}} a month.""",
)

item(
    "Marib, ten years on",
    """{{Ten years}} after the Houthi advance on Marib began in {{2015}}, the city has grown from
    a desert town into one of Yemen's largest urban areas. Its oil and gas once gave the
    government {{70%}} of its revenue. Exports stopped in {{October 2022}} after Houthi drone
    attacks on terminals, costing the government an estimated {{$1.5 billion}} a year. The
    governor said in {{2025}} that electricity now ran for {{eight hours}} a day.""",
)
