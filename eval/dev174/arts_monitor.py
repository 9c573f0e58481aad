"""The yearly tallies of the Landmine and Cluster Munition Monitor and the news written from
them, treaties, stockpiles, funding and survivors' care (15 texts, 4 of them without a
figure)."""

from _wrap import item

item(
    "Syria tops landmine casualty list for third year, monitor says",
    """GENEVA (Reuters) - Landmines and explosive remnants of war killed or injured
    [[at least 4,710 people|injured;a=the Landmine Monitor]] in {{2022}},
    [[1,661 of them|killed;n=-;a=the Landmine Monitor]] fatally, the Landmine Monitor said on
    Tuesday. Civilians made up {{85 percent}} of the casualties, and children {{half}} of the
    civilian ones. Syria recorded the most casualties for the {{third}} year running, with
    [[834|injured;a=the report]], followed by Ukraine with [[608|injured;a=the report]], the
    report said. Improvised mines laid by armed groups caused
    [[more than 1,200 casualties|injured]]. [[At least 60 countries and areas|other;u=other;n=countries and areas;a=the Monitor;alt=the Landmine Monitor]]
    are contaminated, the Monitor said. The Mine Ban Treaty has
    [[164 states parties|other;u=other]], but Russia, which has used antipersonnel mines in
    Ukraine since February {{2022}}, is not one of them.""",
)

item(
    "Cluster munition casualties hit record as Ukraine toll soars",
    """GENEVA (AP) - Cluster munitions killed or injured [[1,172 people|injured;a=the Cluster Munition Monitor]]
    in {{2022}}, the highest annual total since monitoring began in {{2010}}, the Cluster
    Munition Monitor said on Tuesday. Ukraine accounted for [[916|injured;a=the Cluster Munition Monitor]]
    of them. Civilians were {{95 percent}} of the casualties. Since {{2010}}, states that have
    joined the convention have destroyed
    [[1.5 million stockpiled cluster munitions|other;a=the report]] containing
    [[178 million submunitions|other;u=other;a=the report]], the report said. The convention now
    has [[112 states parties|other;u=other]]. The United States, which has not joined, began
    sending {{155mm}} cluster rounds to Ukraine in {{July}}.""",
)

item(
    "Baltic states and Poland to quit landmine treaty",
    """Lithuania, Latvia, Estonia and Poland announced on Tuesday that they would withdraw from
    the Mine Ban Treaty, citing the threat from Russia; Finland followed days later. Under
    {{Article 20}}, a withdrawal takes effect {{six months}} after notice is given. The treaty
    has [[165 states parties|other;u=other]], and since it took effect in {{1999}} they have
    destroyed [[more than 55 million stockpiled mines|other]]. Finland alone destroyed
    [[more than 1 million|other;u=other]] of its own when it joined in {{2012}}. Poland's
    deputy defence minister said the country planned to produce
    [[about 1 million anti-personnel mines|other;p;a=Poland's deputy defence minister]].
    Mines killed [[1,983 people|killed;a=the Landmine Monitor]] and injured
    [[3,663|injured;a=the Landmine Monitor]] around the world in {{2023}}, according to the
    Landmine Monitor.""",
)

item(
    "Mine action funding rises as Ukraine draws donors",
    """Global funding for mine action reached {{$798 million}} in {{2023}}, the Landmine Monitor
    said in its annual report, with [[35 donors|other;u=other;a=the Landmine Monitor]]
    contributing. The United States gave {{$301 million}}, {{38 percent}} of the total, and
    Ukraine received the most, ranking {{first}} among recipients. Operators destroyed
    [[about 169,000 anti-personnel mines|other]] in clearance that year. The Monitor recorded
    [[5,757 casualties|injured;a=The Monitor;alt=the Landmine Monitor]], the highest figure since
    {{2020}}. Myanmar had the most, [[1,003|injured;a=the Landmine Monitor]], ahead of
    Syria with [[933|injured;a=the Landmine Monitor]], it said. Children accounted for
    [[1,498 casualties|injured]].""",
)

item(
    "Battambang limb centre marks busy year",
    """The Battambang Physical Rehabilitation Centre fitted
    [[1,450 prostheses|aid;u=other;a=Chhim Sophal]] and
    [[about 900 orthoses|aid;u=other;a=Chhim Sophal]] last year, its director,
    Chhim Sophal, told The Phnom Penh Post. Most of the centre's patients are mine survivors
    from the provinces along the Thai border. It also repairs
    [[about 30 wheelchairs a week|aid;u=other]]. The centre, run with the International
    Committee of the Red Cross since {{1991}}, has treated
    [[more than 11,000 patients|aid]]. Its [[62 staff|other]] include
    [[14 prosthetists|other]], [[12 of them|other;n=-]] former
    patients.""",
)

item(
    "Afghanistan overtakes Syria as deadliest country for mines",
    """Afghanistan recorded [[2,234 casualties|injured;a=the Landmine Monitor]] from mines and
    explosive remnants of war in {{2018}}, overtaking Syria as the worst-affected country, the
    Landmine Monitor said. Worldwide, it counted
    [[6,897 casualties|injured;a=the Landmine Monitor]], [[3,059 of them|killed;n=-;a=the Landmine Monitor]]
    fatal. It was the {{fourth}} year in a row that the total was unusually high, driven by
    improvised mines in Afghanistan, Syria and Yemen. Children accounted for
    [[1,714|injured]] of the civilian casualties. The report also found that
    [[31 states parties|other;u=other;a=The report]] still had land to clear.""",
)

item(
    "Ukraine now the world's most mined country, deminers say",
    """KYIV (BBC) - Ukraine has become the most heavily mined country in the world, according to
    the HALO Trust, with as much as {{174,000 square kilometres}} possibly contaminated. The
    charity estimates that [[about 6 million people|civilians;a=The charity;alt=the HALO Trust]]
    live in affected areas. HALO has hired [[more than 1,200 Ukrainians|other]] since
    {{2022}}, many of them women who lost jobs to the war. Mines have killed
    [[264 civilians|killed;a=Ukraine's State Emergency Service]] and injured
    [[574|injured;a=Ukraine's State Emergency Service]] since the full-scale invasion, according
    to Ukraine's State Emergency Service. The charity plans to expand its Ukrainian workforce to
    [[as many as 2,500|other;p;a=The charity;alt=the HALO Trust]] by the end of next year, it
    said. Clearing the country could take {{decades}}.""",
)

item(
    "Iraq's mine clearance slows as donors turn away",
    """ERBIL (Rudaw) - Iraq's Directorate of Mine Action has recorded
    [[more than 30,000 casualties|injured;a=Iraq's Directorate of Mine Action]] from mines and
    explosive remnants since {{2004}}, and about {{2,100 square kilometres}} are still
    contaminated. In the Kurdistan region, the mine action agency says
    [[about 13,000 people|injured;a=the mine action agency]] have been killed or injured since
    {{1991}}, and [[about 3,400 minefields|other;u=other;a=the mine action agency]] remain, most
    of them laid along the Iranian border in the {{1980s}}. Only
    [[25 clearance teams|other;u=other]] are now working in the region, down from
    [[more than 60|other;u=other]] in {{2018}}. Iraq has asked for an extension of its
    {{Article 5}} deadline to {{2028}}.""",
)

item(
    "Ukraine destroys butterfly mines from Soviet stockpile",
    """PAVLOHRAD, Ukraine (Kyiv Independent) - Ukraine has destroyed
    [[about 3.4 million|other;u=other;a=the Defence Ministry]] of the {{PFM-1}} butterfly mines
    it inherited from the Soviet Union, the Defence Ministry said. [[About 3.3 million|other;u=other]]
    were still in storage when Russia invaded in {{2022}}. Under {{Article 4}} of the Mine Ban
    Treaty, Ukraine should have destroyed them by {{2010}}, and it is one of
    [[only four states parties|other;u=other]] to have missed a stockpile deadline. The work was
    paid for with {{€5 million}} from the European Union and done by
    [[several hundred workers|other]] at a chemical plant in Pavlohrad, where
    [[fewer than 100,000|other;u=other;a=plant managers]] are left, plant managers said.""",
)

item(
    "Cluster munitions claim hundreds more as Lithuania quits convention",
    """Cluster munitions killed or injured [[314 people|injured;a=the Cluster Munition Monitor]]
    in {{2024}}, the Cluster Munition Monitor said, [[193 of them|injured;n=-;a=the Cluster Munition Monitor]]
    in Ukraine. Lithuania became the {{first}} country to leave the convention in {{March}}.
    Syria followed with [[64|injured]] and Myanmar with
    [[between 20 and 30|injured]]. Laos, where [[26 people|injured]] were killed or wounded by
    old submunitions, remains the most contaminated country. Since {{2010}}, [[44 states parties|other;u=other]] have completed
    the destruction of their stocks.""",
)

item(
    "HALO closes Karabakh programme after Armenian exodus",
    """The HALO Trust has closed its programme in Nagorno-Karabakh after
    [[more than 100,000 ethnic Armenians|displaced;a=the charity;alt=The HALO Trust]] fled to
    Armenia, the charity said. Its deminers had cleared
    [[more than 380 minefields|other;u=other]] and
    [[about 130 cluster strike areas|other;u=other]] since
    {{2000}}. [[About 170 staff|other]] lost their jobs. Armenian officials say
    [[more than 200 people|killed;a=Armenian officials]] died in the blast at a fuel depot as
    crowds fled.""",
)

item(
    "No end in sight for mine ban's clearance deadlines",
    """The Mine Ban Treaty was opened for signature in Ottawa on {{December 3, 1997}} and entered
    into force on {{March 1, 1999}}. Its {{Article 5}} gives each state {{10 years}} to clear
    mined areas under its control, and {{Article 7}} requires an annual report. Extensions are
    common, and some deadlines now run to {{2030}} and beyond. Donors spent
    {{$798 million}} on mine action in {{2023}}, {{up 25 percent}} on the previous year.""",
)

item(
    "What are the 155mm cluster shells sent to Ukraine?",
    """The shells are {{155mm}} artillery rounds that scatter small grenades over an area about
    the size of a football field. They can be fired to a range of about {{30km}}. The Pentagon
    says the version it sent has a dud rate below {{2.35 percent}}, but older tests suggested
    rates of {{14 percent}} or more. They were developed in the {{1970s}} and are in American
    stocks because the {{2008}} convention banning them was never signed by Washington.""",
)

item(
    "Cambodia sets new target for a mine-free country",
    """PHNOM PENH (The Phnom Penh Post) - The government has extended its mine clearance deadline
    to {{2030}}, {{five years}} later than planned. About {{1,970 square kilometres}} remain to be
    cleared, officials said, down {{40 percent}} from {{2018}}. The extra years will cost
    {{$300 million}}, about {{$40 million}} a year. Cambodia joined the Mine Ban Treaty in
    {{1999}}.""",
)

item(
    "Myanmar, Syria, Afghanistan head landmine casualty table",
    """Myanmar ranked {{first}} for mine casualties for the {{second}} year running in the
    Landmine Monitor's latest report, with Syria {{second}} and Afghanistan {{third}}.
    Casualties worldwide rose {{22 percent}} from the year before. Civilians were
    {{84 percent}} of them. The report covers the year to {{December 31, 2023}}.""",
)
