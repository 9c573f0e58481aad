"""Qualifier pairs: one count hedged two ways: "up to" against "at least", "more than", "nearly"
or a range; "as many as" against "no fewer than"; "fewer than" against "over"; "a dozen"
against "dozens"; an exact count against "just under" (12 pairs, Q01-Q12)."""

from _wrap import item, pair

pair("Q01", "at least / up to: Yelwata's dead by Amnesty's count and by residents'")
item(
    "Benue: Amnesty says at least 100 killed in Yelwata attack",
    """[[At least 100 people|killed;a=Amnesty International Nigeria]] were killed when gunmen
    attacked Yelwata in Guma local government area of Benue State overnight, Amnesty
    International Nigeria said on Saturday. The group said many of the victims were locked in
    their homes and burned. State police said [[three suspects|arrested;a=State police]] had
    been arrested.""",
)
item(
    "Yelwata residents say up to 200 may have been killed",
    """Residents of Yelwata say [[up to 200 people|killed;a=Residents of Yelwata]] may have
    been killed in Friday night's attack, twice the figure given by Amnesty International. A
    community leader, Joseph Anawah, said [[more than 150 bodies|killed;a=A community
    leader;alt=Joseph Anawah]] had been buried in a mass grave on Sunday. [[Hundreds of
    families|displaced]] have fled to Makurdi, the state capital.""",
)

pair("Q02", "more than / up to: the killings on Syria's coast, by the monitor and by the UN")
item(
    "More than 1,000 killed in Syria coast violence, monitor says",
    """[[More than 1,000 people|killed;a=the Syrian Observatory for Human Rights]] have been
    killed in {{two days}} of clashes and revenge killings along Syria's Mediterranean coast,
    the Syrian Observatory for Human Rights said on Saturday, among them [[745 Alawite
    civilians|killed;a=the Syrian Observatory for Human Rights]]. Gunmen loyal to the new
    authorities went from house to house in Baniyas and nearby villages, residents said.""",
)
item(
    "UN says up to 1,700 may have been killed along Syria's coast",
    """The UN human rights office said [[up to 1,700 people|killed;a=The UN human rights
    office]], most of them Alawite civilians, may have been killed in the violence that swept
    Latakia and Tartous provinces in March. [[About 21,000 Syrians|displaced;a=the UN refugee
    agency]] fled across the border into northern Lebanon, the UN refugee agency said. An
    investigating committee named by Damascus has yet to publish its findings.""",
)

pair("Q03", "nearly / up to: Pakistan's flood-affected as a count, then as a projection")
item(
    "Floods have affected nearly 33 million people, minister says",
    """[[Nearly 33 million people|civilians;a=Climate Change Minister Sherry Rehman]] have been
    affected by the floods, Climate Change Minister Sherry Rehman said on Friday, calling it a
    climate catastrophe of epic scale. The National Disaster Management Authority said [[1,061
    people|killed;a=The National Disaster Management Authority]] had died since {{mid-June}}.
    Sindh province has received {{nearly eight times}} its usual August rainfall.""",
)
item(
    "Up to 33 million could need help as flood waters spread across Sindh",
    """[[Up to 33 million people|civilians;p;a=UN agencies]] could need humanitarian assistance
    as flood waters spread across Sindh and Balochistan, UN agencies warned on Tuesday. [[More
    than 1 million homes|housing;a=the government]] have been damaged or destroyed, the
    government said. The UN has launched an appeal for {{$160 million}}.""",
)

pair("Q04", "range / up to: Tigray's war dead estimated by researchers and by an envoy")
item(
    "Tigray war killed between 300,000 and 600,000, researchers estimate",
    """Researchers at Ghent University estimate that [[between 300,000 and 600,000
    people|killed;a=Researchers at Ghent University]] died in Tigray during the {{two-year}}
    war, from fighting, starvation and the collapse of health care. The region's population
    before the war was [[about 6 million|civilians]]. The federal government has not published
    a toll.""",
)
item(
    "AU envoy says up to 600,000 civilians died in Tigray",
    """The African Union's envoy, former Nigerian president Olusegun Obasanjo, said [[up to
    600,000 civilians|killed;a=The African Union's envoy;alt=Olusegun Obasanjo]] were killed
    during the war in Tigray, which ended with a truce signed in Pretoria in {{November 2022}}.
    [[More than 2 million people|displaced]] were driven from their homes. Eritrean troops
    remain in parts of the region.""",
)

pair("Q05", "as many as / no fewer than: Iran's 2019 crackdown, by officials' count and Amnesty's")
item(
    "About 1,500 killed in Iran's November crackdown, officials say",
    """[[As many as 1,500 people|killed;a=three Iranian interior ministry officials]] were
    killed during {{less than two weeks}} of unrest over fuel prices, three Iranian interior
    ministry officials told Reuters. The dead included [[at least 17 teenagers|killed;a=the
    officials;alt=three Iranian interior ministry officials]] and [[about 400
    women|killed;a=the officials;alt=three Iranian interior ministry officials]], the officials
    said. Iran's interior ministry did not respond to requests for comment.""",
)
item(
    "Amnesty puts Iran protest death toll at no fewer than 304",
    """Amnesty International said on Monday that [[no fewer than 304 people|killed;a=Amnesty
    International]] were killed by Iranian security forces during the November protests, most
    of them shot in the head or chest. [[Thousands|injured]] were injured. The group said the
    authorities had arrested [[about 7,000 people|arrested;a=The group;alt=Amnesty
    International]], some of them children.""",
)

pair("Q06", "fewer than / over: a Tbilisi rally sized by the interior ministry and by organisers")
item(
    "Interior ministry says fewer than 20,000 at Rustaveli Avenue rally",
    """[[Fewer than 20,000 people|other;a=the interior ministry]] took part in Sunday's
    opposition rally on Rustaveli Avenue, the interior ministry said, dismissing organisers'
    claims of a record crowd. Police detained [[27 protesters|arrested]] after scuffles outside
    parliament. The ministry said [[three officers|injured;a=The ministry;alt=the interior
    ministry]] were hurt.""",
)
item(
    "Over 100,000 march in Tbilisi against foreign agents law, organisers say",
    """[[Over 100,000 people|other;a=organisers]] marched through central Tbilisi on Sunday
    evening, organisers said, in the largest protest since the foreign agents bill was revived.
    The crowd stretched from Heroes Square to Rustaveli Avenue. The Georgian Young Lawyers'
    Association said [[at least 20 journalists|injured;a=The Georgian Young Lawyers'
    Association]] had been hurt in clashes with riot police.""",
)

pair("Q07", "nearly / more than: the Herat quake toll from the Taliban and from the UN")
item(
    "Herat earthquake: nearly 2,000 killed, Taliban government says",
    """[[Nearly 2,000 people|killed;a=a spokesman for the national disaster authority;alt=Janan
    Sayeeq]] were killed in the earthquakes that struck Herat province on Saturday, a spokesman
    for the national disaster authority, Janan Sayeeq, said on Sunday. [[At least 1,300
    homes|housing]] in the Zindajan district were flattened. Rescuers dug through mud-brick
    rubble by hand.""",
)
item(
    "UN puts Herat quake death toll at more than 1,000 as Taliban revise figures",
    """The UN humanitarian office said on Wednesday that [[more than 1,000 people|killed;a=The
    UN humanitarian office]] had died in the Herat earthquakes, most of them women and
    children, after the Taliban authorities gave several conflicting tolls. [[About 2,400
    people|injured;a=the office;alt=The UN humanitarian office]] were hurt, the office said. A
    fourth quake of {{magnitude 6.3}} hit the province early on Wednesday.""",
)

pair("Q08", "range / exact: homes burned in the Huwara rampage, estimated and then counted")
item(
    "Settlers torch homes and cars in Huwara rampage",
    """[[Hundreds of settlers|combatants;a=Palestinian officials]] rampaged through the
    Palestinian town of Huwara on Sunday night, setting fire to [[between 30 and 35
    homes|housing;a=Palestinian officials]] and [[dozens of cars|other;a=Palestinian
    officials]], Palestinian officials said. [[One man|killed]] was shot dead in nearby
    Za'atara. The Israeli army said it had deployed [[three battalions|combatants;u=other;a=The
    Israeli army]] to the area.""",
)
item(
    "Huwara counts the damage: 35 homes burned, hundreds treated",
    """[[Thirty-five homes|housing;a=the town's municipality]] were torched during the settler
    attack on Huwara, the town's municipality said on Monday after going street by street,
    along with [[about 100 cars|other;a=the town's municipality]]. The Palestinian Red Crescent
    said its teams had treated [[nearly 400 people|injured;a=The Palestinian Red Crescent]],
    most for tear gas inhalation. Shops on the main road stayed shut.""",
)

pair("Q09", "some / at least: the Moura killings, by the UN and by the Malian army")
item(
    "UN: some 500 people killed in Moura by Malian troops and foreign fighters",
    """[[Some 500 people|killed;a=the UN human rights office]] were killed by Malian troops and
    foreign military personnel over {{five days}} in the central village of Moura in March
    {{2022}}, the UN human rights office said in a report on Friday, most of them executed. The
    report said [[at least 58 women and girls|other;n=women and girls;a=The report]] were
    sexually assaulted. Mali's transitional government rejected the findings.""",
)
item(
    "Malian army says it 'neutralised' at least 203 jihadists in Moura",
    """The Malian army said on Friday it had killed [[at least 203 fighters|killed;a=The Malian
    army]] and arrested [[51|arrested;a=The Malian army]] during an operation in the Moura area
    of Mopti region. Residents and rights groups say [[about 300 civilians|killed;a=Residents
    and rights groups]] were among the dead. A helicopter landed in the village on market day.""",
)

pair("Q10", "almost / over: Ecuador's violent deaths in 2023, then in 2024")
item(
    "Ecuador ends 2023 with almost 8,000 violent deaths",
    """[[Almost 8,000 people|killed;a=police data]] were murdered in Ecuador in {{2023}},
    according to police data, a record that made it one of the most violent countries in Latin
    America. [[More than 400 inmates|killed]] have died in prison riots since {{2021}}.
    President Daniel Noboa has declared the country in a state of internal armed conflict.""",
)
item(
    "Violent deaths in Ecuador fall to just over 6,900 in 2024",
    """Ecuador recorded [[over 6,900 violent deaths|killed;a=the interior ministry]] in
    {{2024}}, the interior ministry said, a drop of {{about 15%}} on the year before. The army
    has been patrolling the streets and running the prisons since {{January}}. Rights groups
    say [[at least 20 people|missing;a=Rights groups]] detained by soldiers have disappeared.""",
)

pair("Q11", "a dozen / dozens: militants killed in Lanao del Sur, and families fleeing it")
item(
    "Army says a dozen Dawlah Islamiyah fighters killed in Lanao del Sur clashes",
    """[[A dozen Dawlah Islamiyah fighters|killed;a=the army's 103rd Brigade]] were killed in
    clashes with government troops in the mountains of Maguing, Lanao del Sur, the army's
    {{103rd}} Brigade said on Monday. [[Two soldiers|killed]] died and [[five|injured]] were
    wounded. The brigade said troops recovered [[14 high-powered firearms|other;a=The
    brigade;alt=the army's 103rd Brigade]].""",
)
item(
    "Dozens of families flee Lanao del Sur town as army pounds militants",
    """[[Dozens of families|displaced;a=the municipal social welfare office]] have fled their
    villages in Maguing as the army shells suspected Dawlah Islamiyah hideouts, the municipal
    social welfare office said. [[About 1,200 people|displaced]] are staying in [[three
    evacuation centres|capacity]] in the town proper. Classes in [[six schools|other]] have
    been suspended.""",
)

pair("Q12", "exact / just under: Channel small-boat arrivals in 2022 and 2023")
item(
    "Small-boat crossings hit record 45,755 in 2022",
    """A record [[45,755 people|displaced;a=Home Office figures]] crossed the Channel in small
    boats in {{2022}}, Home Office figures show, up from [[28,526|displaced;a=Home Office
    figures]] the year before. They came in [[1,110 boats|other]]. Albanians made up the
    largest group, at [[about 12,000|displaced]].""",
)
item(
    "Channel crossings fell to just under 30,000 last year",
    """[[Just under 30,000 people|displaced;a=government data]] crossed the Channel in small
    boats last year, down by {{about a third}} on the record set the year before, government
    data show. The Home Office said [[more than 5,000 people|returned;a=The Home Office]] had
    been returned to Albania under a deal with Tirana. [[Twelve people|killed]] died trying to
    cross.""",
)
