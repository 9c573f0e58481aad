"""dev101 positives: people fleeing across a border from fighting, and what they flee."""

from wrap import w

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Wounded Sudanese pour into Chad after militia attacks in West Darfur",
        w("""
        More than 600 wounded people from Sudan's West Darfur arrived in the Chadian border town of
        Adre in three days, Doctors Without Borders said on Monday, most of them with gunshot
        wounds, as survivors described militiamen shooting civilians who tried to flee El Geneina.
        The UN refugee agency said about 15,000 people crossed into Chad over the weekend alone.
        'They shot at anyone who ran toward the border,' said a teacher who arrived with her three
        children. MSF said its surgical team at the Adre hospital was overwhelmed.
        """),
        "D V H",
        "displacement",
    ),
    (
        "Ukrainians fleeing Russian attack queue for hours at Polish border",
        w("""
        Thousands of Ukrainians, mostly women and children, queued for hours in freezing
        temperatures at crossings into Poland on Friday, a day after Russia launched its invasion
        with air and missile strikes on cities across Ukraine. Lines of cars stretched for more
        than 15 km on the road to the Medyka crossing, and many people left their vehicles to walk
        the last kilometres with suitcases. Poland's deputy interior minister said about 29,000
        people had crossed from Ukraine on Thursday. Volunteers in Przemysl handed out hot tea and
        sandwiches at the railway station.
        """),
        "D M",
        "displacement",
    ),
    (
        "Israeli strike cuts main road from Lebanon to Syria as thousands flee",
        w("""
        An Israeli air strike on Friday cut the main road between Lebanon and Syria near the Masnaa
        crossing, leaving a deep crater as tens of thousands of people were trying to escape
        Israel's bombardment, Lebanese officials said. The Israeli military said Hezbollah was
        using the crossing to move weapons. People carrying bags and children climbed over the
        rubble on foot to reach the Syrian side. More than 300,000 people, most of them Syrians,
        have crossed into Syria from Lebanon in the past two weeks, according to the UN refugee
        agency.
        """),
        "E D H",
        "airstrike",
    ),
    (
        "Alawite families wade into Lebanon after killings on Syria's coast",
        w("""
        Hundreds of Alawite families have waded across the Nahr al-Kabir river into northern
        Lebanon since Friday, fleeing killings in Syria's coastal region, where security forces and
        allied fighters have hunted down loyalists of the ousted government, officials in Akkar
        said. A monitor said more than 1,000 civilians, most of them Alawites, had been killed in
        villages around Latakia and Baniyas. 'They came into the houses and shot the men in front
        of us,' a woman who reached Tal Biri with her daughters told AFP. Lebanon's army said it
        had reinforced its positions along the river.
        """),
        "D V",
        "displacement",
    ),
    (
        "M23 rebels seize Bunagana as thousands flee into Uganda",
        w("""
        Rebels of the M23 group seized the Congolese town of Bunagana on the border with Uganda on
        Monday after heavy fighting with the army, sending thousands of people fleeing across the
        frontier, Ugandan officials and residents said. Congo's government accused Rwanda of backing
        the offensive and called it an 'invasion'.
        """),
        "B D",
        "battle",
    ),
    (
        "Ethiopians fleeing Tigray fighting cross into Sudan at 4,000 a day, UNHCR says",
        w("""
        Ethiopians fleeing fighting in the northern Tigray region are crossing into Sudan at a rate
        of about 4,000 people a day, the UN refugee agency said on Tuesday, overwhelming reception
        centres at Hamdayet and Lugdi. More than 27,000 people have crossed since federal troops
        launched an offensive against Tigray's ruling party this month.
        """),
        "D M H",
        "displacement",
    ),
]
