"""Items of eval/dev406: Azerbaijan's Great Return to Shusha, Aghdam, Lachin and the villages,
landmines and their victims, and the detained former Karabakh leaders and their trials,
2021-2026."""

from _wrap import item

item(
    "First displaced families return to Zangilan 'smart village'",
    """ZANGILAN, Azerbaijan, {{July 19, 2022}} (AFP) - [[Forty-one families|returned]], [[201
    people|returned]] in all, moved into new houses in the village of Aghali on Tuesday, the first
    organised return of Azerbaijanis displaced from the area almost {{30 years}} ago. The village
    has [[200 new houses|housing]], a school for [[360 pupils|capacity]] and a kindergarten, all
    powered by solar panels. Under its Great Return programme, the government aims to bring [[34,500
    families|returned;p;a=the government]] back to the Karabakh and East Zangezur regions by
    {{2026}}. [[About 650,000 Azerbaijanis|displaced;a=the government]] were driven from
    Nagorno-Karabakh and the districts around it in the war of the {{1990s}}, according to the
    government. [[About 150 deminers|other]] cleared {{1,100 hectares}} around Aghali before
    building began.""",
)

item(
    "Azerbaijani families move back to Shusha after three decades",
    """SHUSHA, Azerbaijan, {{May 24, 2023}} - [[Twenty-three families|returned;a=the presidential
    representative's office]] moved into a newly built block of flats in Shusha on Wednesday, the
    first Azerbaijani residents to settle in the town since they fled in {{1992}}, the presidential
    representative's office said. The office said the block had [[90 flats|housing;a=The
    office;alt=the presidential representative's office]] and that [[a further
    410|housing;p;u=structure;a=The office;alt=the presidential representative's office]] were under
    construction. Before the first war, Shusha had [[about 17,000 residents|civilians]], most of
    them Azerbaijanis. Officials expect [[some 4,000 former residents|returned;p;a=Officials]] and
    their descendants to move back by {{2026}}. [[About 4,000 Armenians|displaced]] who had lived in
    the town, which they call Shushi, left during the {{2020}} war.""",
)

item(
    "First residents move back to rebuilt Aghdam",
    """AGHDAM, Azerbaijan, {{April 29, 2024}} (Reuters) - [[Twenty families|returned]] moved into
    new apartments in Aghdam on Monday, the first residents of a city that stood empty for almost
    {{30 years}}. Aghdam, which had [[about 28,000 inhabitants|civilians]] before Armenian forces
    captured it in {{1993}}, was looted and left in ruins; [[more than 5,600
    buildings|housing;a=Azerbaijani officials]] were destroyed, according to Azerbaijani officials.
    The city's master plan, drawn up by British architects, provides for [[about 100,000
    residents|capacity;p]] by {{2040}}. The presidential representative's office said [[1,800
    apartments|housing;a=The presidential representative's office]] had been built in the first
    phase and that [[between 500 and 600 families|returned;p;a=The presidential representative's
    office]] would move in by the end of the year.""",
)

item(
    "Mines have killed 69 and wounded 311 since 2020 war, Azerbaijan says",
    """BAKU, {{April 4, 2024}} - Landmines and unexploded ordnance have killed [[69
    people|killed;a=ANAMA]] and injured [[311|injured;a=ANAMA]] in Azerbaijan's Karabakh and East
    Zangezur regions since the end of the {{2020}} war, ANAMA, the national mine action agency, said
    on Thursday, the International Day for Mine Awareness. The agency said its teams had cleared
    [[more than 107,000 mines|other;a=The agency;alt=ANAMA]] and [[some 45,000 unexploded
    munitions|other;a=The agency;alt=ANAMA]] from {{115,000 hectares}}, about {{9%}} of the
    contaminated land. Azerbaijan estimates that [[1.5m mines|other;a=Azerbaijan]] were laid during
    the {{three decades}} of Armenian control, a figure Yerevan disputes. [[Upwards of 3,000
    deminers|other]] now work in the region, [[about 800|other]] of them for private companies.""",
)

item(
    "A shepherd, a mine and the fields of Fuzuli",
    """FUZULI, Azerbaijan, {{October 2024}} - Elnur Mammadov was grazing [[about 40 sheep|other]]
    near the village of Alkhanli in {{March}} when he stepped on an anti-personnel mine and lost his
    right leg below the knee. The {{33-year-old}} is one of [[at least 14 people|injured;a=ANAMA]]
    wounded by mines in the Fuzuli district this year, ANAMA says; [[three others|killed;a=ANAMA]]
    were killed. His family is among [[1,200 families|returned;a=local officials]] who have moved
    back to the rebuilt town of Fuzuli, according to local officials, who say the town now has
    [[about 2,400 new homes|housing;a=local officials]]. "The fields are green, but we cannot walk
    in them," Mammadov said. Fuzuli's hospital has treated [[17 mine victims|injured]] since
    {{2021}}. He receives a disability pension of {{260 manats}} a month. A helicopter ambulance
    took him to Baku, {{300 kilometres}} away, within {{two hours}}.""",
)

item(
    "Baku court opens trial of former Karabakh leaders",
    """BAKU, {{January 17, 2025}} (Reuters) - A military court in Baku on Friday opened the trial of
    [[15 former leaders|arrested]] of the Armenian breakaway region of Nagorno-Karabakh, among them
    [[three former presidents|arrested]], on charges that include war crimes and terrorism.
    Prosecutors say the defendants share responsibility for the deaths of [[more than 4,000
    Azerbaijanis|killed;a=Prosecutors]] during the conflict. Azerbaijan says [[about 3,900
    people|missing;a=Azerbaijan]] are still missing from the first war. Armenia's foreign ministry
    said [[23 Armenians|arrested;a=Armenia's foreign ministry]] were being held in Azerbaijan, all
    of whom it regards as political prisoners. The court is expected to hear [[as many as 800
    witnesses|other;p]]. [[No fewer than 50 relatives|other]] of Azerbaijani victims watched from
    the public gallery. Ruben Vardanyan, a former state minister of the region, is being tried
    separately.""",
)

item(
    "Former Karabakh leader gets life sentence in Baku trial",
    """BAKU, {{September 29, 2025}} - A Baku military court on Monday sentenced Arayik Harutyunyan,
    the last leader of Nagorno-Karabakh, to life in prison and jailed [[13 other former
    officials|arrested]], including [[two former parliament speakers|arrested]], for terms of {{15
    to 20 years}}. Prosecutors said the defendants had ordered the missile strikes on Ganja in
    {{2020}} that killed [[26 civilians|killed;a=Prosecutors]]. Armenia's government said it had
    noted the verdicts and would keep working for the release of [[the 19
    Armenians|arrested;a=Armenia's government]] still held in Baku. Armenia's ombudsman said
    [[four|arrested;a=Armenia's ombudsman]] of the detainees were in poor health. [[Dozens of
    relatives|other]] of Azerbaijanis killed in the {{1990s}} applauded as the sentences were
    read.""",
)

item(
    "Armenia and Azerbaijan free prisoners in first swap since Karabakh fell",
    """YEREVAN, {{December 13, 2023}} (Reuters) - Azerbaijan freed [[32 Armenian
    servicemen|other;a=officials on both sides]] and Armenia released [[two Azerbaijani
    soldiers|other;a=officials on both sides]] on Wednesday, in the first exchange since Baku retook
    Nagorno-Karabakh, officials on both sides said. Most of the Armenians had been captured in the
    border fighting of {{September 2022}}; Armenia's ombudsman said they included [[four
    conscripts|other;a=Armenia's ombudsman]]. [[About 300 relatives|other]] waited at the crossing
    on the border between Armenia's Tavush province and Azerbaijan's Gazakh district. Armenia also
    backed Azerbaijan's bid to host the {{COP29}} climate talks. Armenia's defence ministry said
    [[about 20 soldiers|missing;a=Armenia's defence ministry]] from the {{2022}} fighting were still
    listed as missing. In {{October}}, Baku handed over [[56 bodies|killed]] of Armenian soldiers
    found in the Karabakh hills.""",
)

item(
    "Azerbaijan says 40,000 have moved back to Karabakh",
    """KHANKENDI, Azerbaijan, {{November 8, 2025}} - [[More than 40,000 people|returned;a=President
    Ilham Aliyev]] now live in towns and villages of Karabakh and East Zangezur rebuilt since the
    {{2020}} war, President Ilham Aliyev said on Saturday at a Victory Day parade in Khankendi, as
    Azerbaijanis call Stepanakert. He said [[about 10,400 families|returned;a=Ilham Aliyev]] had
    been resettled in [[35 towns and villages|other;n=towns and villages;a=Ilham Aliyev]]. The State
    Committee for Affairs of Refugees and IDPs says [[nearly 680,000 people|displaced;a=The State
    Committee for Affairs of Refugees and IDPs]] are still registered as internally displaced,
    counting children born in displacement. The government has missed its target of returning
    [[34,500 families|returned;p]] by {{2026}}. [[About 2,000 homes|housing]] have been completed in
    Lachin, Kalbajar and Jabrayil this year.""",
)

item(
    "Returnees to Lachin and Kalbajar learn to live with the mines",
    """LACHIN, Azerbaijan, {{October 2024}} - [[About 270 families|returned;a=local officials]] now
    live in the town of Lachin, local officials say, and [[some 100|returned;u=household;a=local
    officials]] in the nearby village of Zabukh. In Kalbajar, where the first [[48
    families|returned]] arrived in {{June}}, the administration says it can build [[no more than 30
    houses|housing;p;a=the administration]] before winter. [[Two residents|killed]] of Zabukh have
    been killed by mines since {{2023}}, and [[five|injured]] wounded. Shepherds graze [[about 600
    sheep|other]] only on land marked as cleared. "My grandfather left in {{1992}}; I am the first
    of us to sleep here," said Rauf Hasanov, {{26}}.""",
)

item(
    "Azerbaijan steps up mine clearance as returns lag",
    """BAKU, {{March 3, 2025}} - Azerbaijan plans to deploy [[as many as 4,500
    deminers|other;p;a=Azerbaijan]] this year, up from [[about 3,500|other]] in {{2024}}, as mines
    slow the return of displaced people to Karabakh. ANAMA said it was using [[62 mine-detecting
    dogs|other;u=other;a=ANAMA]] and [[about 80 demining machines|other;u=other;a=ANAMA]], many of
    them donated by Turkey, Britain and the United States, and has hired [[seven foreign
    companies|other;u=other;a=ANAMA]]. [[Nine deminers|killed;a=the agency;alt=ANAMA]] have been
    killed and [[24|injured;a=the agency;alt=ANAMA]] wounded since {{2020}}, the agency said. The UN
    Development Programme, which helps fund the work, says clearing all contaminated land could take
    {{30 years}} at the current pace.""",
)

item(
    "Armenia and Azerbaijan initial peace treaty at White House",
    """WASHINGTON, {{August 8, 2025}} - The leaders of Armenia and Azerbaijan initialled a
    {{17-article}} peace agreement at the White House on Friday, more than {{35 years}} after the
    conflict over Nagorno-Karabakh began. The deal includes a transit route across southern Armenia
    that the United States would help develop for up to {{99 years}}. It must still be signed and
    ratified. Azerbaijan wants Armenia to amend its {{1995}} constitution first. The route, about
    {{43 km}} long, would link Azerbaijan to its Nakhchivan exclave.""",
)

item(
    "Rebuilding Karabakh: the numbers behind the Great Return",
    """BAKU, {{December 2025}} - Azerbaijan says [[about 90,000 buildings|housing;a=Azerbaijan]] in
    the areas it regained in {{2020}} and {{2023}} had been destroyed or left in ruins during the
    {{three decades}} of Armenian control. Since then, the state programme has built [[roughly
    12,000 new homes|housing]] in [[eight towns|other]], among them Fuzuli, Zangilan, Lachin and
    Aghdam, and [[about 30 villages|other]]. The plan to {{2026}} set aside {{$4.3 billion}} for
    reconstruction. The State Committee for Affairs of Refugees and IDPs says [[around 12,900
    families|returned;a=The State Committee for Affairs of Refugees and IDPs]] had moved back by
    {{November}}, while [[more than 200 schools|housing;p;a=The State Committee for Affairs of
    Refugees and IDPs]] are to be rebuilt by {{2030}}. In Khankendi, [[several hundred
    flats|housing]] left empty by Armenians have been repaired for state employees.""",
)

item(
    "Red Cross closes office in Karabakh after three decades",
    """KHANKENDI, Azerbaijan, {{June 2025}} - The International Committee of the Red Cross closed
    its office in Khankendi, the city Armenians call Stepanakert, on Friday, after the Azerbaijani
    government asked it to leave. The ICRC said it had helped [[the remaining 14 Armenian
    residents|civilians;a=The ICRC]] of the region obtain medicine and contact their relatives in
    Armenia since {{2023}}. It will go on visiting [[the 23 Armenians|arrested]] held in Baku from
    its office in the capital. In {{2024}} it also arranged for [[31 patients|other]] to travel to
    Armenia for treatment. Since the {{2020}} war, the organisation has helped return [[more than
    1,800 sets of remains|killed;a=the organisation;alt=The International Committee of the Red
    Cross]] to families on both sides, it said. It says [[about 4,500 people|missing;a=The
    ICRC;alt=The International Committee of the Red Cross]] are still missing from the wars of the
    {{1990s}} and {{2020}}. At its peak the office employed [[about 120 staff|other]].""",
)

item(
    "Three members of a family killed by mine in Kalbajar",
    """KALBAJAR, Azerbaijan, {{May 12, 2026}} - [[Three members|killed;a=the prosecutor's office]]
    of a family were killed and [[two children|injured;a=the prosecutor's office]] badly wounded on
    Monday when their car struck an anti-tank mine on a road near the village of Istisu, the
    prosecutor's office said. The family had returned to the district in {{March}}. ANAMA says [[82
    people|killed;a=ANAMA]] have now been killed by mines and unexploded ordnance since {{November
    2020}}, [[almost 70|killed;a=ANAMA]] of them civilians, and [[378|injured;a=ANAMA]] wounded. The
    agency said [[12 roads|other;u=other;a=The agency;alt=ANAMA]] in Kalbajar had been checked again
    after the blast.""",
)

item(
    "Shusha hosts Kharibulbul music festival",
    """SHUSHA, Azerbaijan, {{May 12, 2025}} - The Kharibulbul music festival opened in Shusha on
    Monday for the {{fifth}} year since Azerbaijan regained the town in {{2020}}. The festival,
    founded in {{1989}}, runs for {{three days}}. Shusha was named a cultural capital of the Turkic
    world for {{2023}}. Tickets are free. Performers from across the Turkic world are taking part,
    the culture ministry said, on a stage below the walls of the {{18th-century}} fortress.""",
)
