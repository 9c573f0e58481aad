"""The displaced on the roads: from Bara, El Nuhud and Um Sumeima to El Obeid, Er Rahad and Um
Rawaba, on to Kosti and Rabak, across the border to Renk, Abyei and the Jamjang camps;
checkpoints, gathering sites, returns to Dilling, IOM's and OCHA's counts (14 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Tens of thousands flee Bara for El Obeid, IOM says",
    """IOM's Displacement Tracking Matrix (DTM) said on Monday that [[an estimated 36,800
    people|displaced;a=IOM's Displacement Tracking Matrix (DTM)]] had fled Bara and [[17
    surrounding villages|other;a=IOM's Displacement Tracking Matrix (DTM)]] between {{26 and 31
    October}}. Field teams counted [[about 6,100 households|displaced;a=Field teams]] arriving in
    El Obeid, [[some 2,900 of them|displaced;n=-;u=household;a=Field teams]] at the Al-Nasr
    gathering site on the city's northern edge. Others continued to Kosti, {{about 300 km}} to
    the east, or to Um Rawaba. The DTM said [[at least 1,400 people|displaced;a=The DTM;alt=IOM's
    Displacement Tracking Matrix (DTM)]] were stranded on the road at Kazgil without water. A DTM
    enumerator said [[nine people|killed;a=A DTM enumerator]], most of them elderly, had died on
    the road from exhaustion. [[Between 200 and 250 families|displaced;a=the site's manager]] are
    arriving at Al-Nasr every day, the site's manager said.""",
)

item(
    "On the road to Kosti: one family's twelve-day journey",
    """KOSTI, Sudan - Ibrahim Adam, {{41}}, left El Obeid with [[11 relatives|displaced;a=Ibrahim
    Adam]] on a donkey cart and on foot, he said, after drones struck his neighbourhood {{three
    nights}} in a row. On the way they passed [[seven checkpoints|other;a=Ibrahim Adam]],
    [[four|other;n=-;u=other;a=Ibrahim Adam]] run by the RSF and [[three|other;n=-;u=other;a=Ibrahim
    Adam]] by the army and allied militias, he said. At one, fighters took [[his two eldest
    sons|kidnapped]], aged {{17 and 19}}, and accused them of spying. He has not heard from them
    since. The family reached Kosti after {{12 days}} and now shares a classroom with [[five
    other families|displaced]] at a school on the edge of the city. Kosti hosts [[more than
    350,000 displaced people|displaced;a=the White Nile state humanitarian aid commission]],
    according to the White Nile state humanitarian aid commission, in [[about 180 gathering
    sites|capacity;a=the White Nile state humanitarian aid commission]].""",
)

item(
    "Crossings into South Sudan rise as Kordofan fighting spreads",
    """[[More than 1.1 million people|displaced;v=1100000;a=UNHCR]] have crossed from Sudan into
    South Sudan since {{April 2023}}, UNHCR said on Tuesday; [[about
    780,000|returned;n=-;a=UNHCR]] of them are South Sudanese going home. Arrivals at the Joda
    crossing near Renk rose to [[about 2,400 a day|displaced;n=-;a=the agency;alt=UNHCR]] in
    November from [[900|displaced;n=-;a=the agency;alt=UNHCR]] in September, the agency said,
    most of them from West and South Kordofan. IOM runs a transit centre in Renk built for
    [[3,000 people|capacity;a=IOM]] that now holds [[more than 9,000|displaced;n=-;a=IOM]], IOM
    said. It said it had moved [[about 140,000 returnees|returned;a=IOM]] onward by boat and bus
    to Malakal and Juba this year. [[Eleven children|killed;a=MSF]] died of measles and
    malnutrition in the transit centre in October, MSF said, and its clinic there treats [[about
    250 patients a day|injured;a=MSF]].""",
)

item(
    "Nuba refugees reach South Sudan camps in record numbers",
    """[[Some 4,300 refugees|displaced;a=UNHCR]] from South Kordofan arrived at the Jamjang
    camps in South Sudan's Ruweng area in September, UNHCR said, the highest monthly number since
    {{2023}}. The [[two camps|capacity;a=the agency;alt=UNHCR]], Ajuong Thok and Pamir, already
    hold [[about 150,000 refugees|displaced;a=the agency;alt=UNHCR]], the agency said; Pamir was
    built for [[60,000 people|capacity;a=the agency;alt=UNHCR]]. New arrivals walk for up to
    {{two weeks}} through Talodi and across the border. Save the Children said it had registered
    [[412 unaccompanied children|displaced;a=Save the Children]] at the camps since July. WFP has
    cut rations in the camps by {{half}} because of a funding gap of {{$35 million}}. "People
    arrive with nothing," said a camp official, who said [[at least six|killed;n=-;a=a camp
    official]] had died on the way in the past month.""",
)

item(
    "White Nile's displaced population passes 600,000",
    """OCHA said on Wednesday that [[about 22,000 people|displaced;a=OCHA]] had arrived in Kosti
    and Rabak from North and West Kordofan in the previous {{10 days}}, bringing the number of
    displaced people in White Nile state to [[about 610,000|displaced;n=-;a=OCHA]]. State
    authorities have opened [[six new gathering sites|capacity]], including [[two
    schools|capacity]], but [[thousands of people|displaced]] are sleeping in the open along the
    road to the Kosti bridge. Unicef said it had built [[120 latrines|aid;a=Unicef]] at the
    sites, against [[the 600 needed|aid;n=-;u=other;p;a=Unicef]]. MSF said it had treated [[83
    people|injured;a=MSF]] for acute watery diarrhoea at its clinic in Kosti in {{one week}}.
    OCHA warned that [[up to 3,000 people a day|displaced;p;a=OCHA]] could arrive if fighting
    reached El Obeid.""",
)

item(
    "Under the trees at Er Rahad, families from Um Sumeima wait",
    """ER RAHAD, Sudan - Under the neem trees outside Er Rahad's railway station, [[about 700
    families|displaced]] who fled fighting around Um Sumeima have built shelters of sticks and
    plastic sheeting. "We came with nothing," said Zeinab Hamid, who walked for {{five days}}
    carrying her youngest, {{a boy of two}}. The local Emergency Response Room feeds [[about 3,000
    people a day|aid]] from [[two community kitchens|other;u=structure]]. It has money for only
    {{two more weeks}}, a volunteer said. The group said [[14 children|killed;a=The group;alt=The
    local Emergency Response Room]] had died at the site since October, most of them from
    diarrhoea. WFP said its distribution on Sunday reached [[1,900 households|aid;a=WFP]], each
    receiving a {{50-kilo}} sack of sorghum. Er Rahad, a town of [[about 60,000
    residents|civilians;a=the locality's director]], has taken in [[more than 25,000
    displaced|displaced;a=the locality's director]] since the fighting began, the locality's
    director said.""",
)

item(
    "Lawyers say RSF detains men fleeing West Kordofan at checkpoints",
    """The Emergency Lawyers said on Sunday that RSF fighters at checkpoints on the road from El
    Nuhud to El Obeid had detained [[at least 230 men|arrested;a=The Emergency Lawyers]] fleeing
    with their families in October and November, and demanded payments of up to {{500,000
    Sudanese pounds}} a person. [[Forty-one of the men|arrested;a=the group;alt=The Emergency
    Lawyers]] were released after their families paid, the group said, and [[at least
    12|killed;n=-;a=the group;alt=The Emergency Lawyers]] were shot dead when they tried to run.
    The group also said [[19 women|kidnapped;a=The group;alt=The Emergency Lawyers]] had been
    taken from lorries near Kazgil. On the other side of the front line, army military
    intelligence has arrested [[dozens of people|arrested;a=the lawyers;alt=The Emergency
    Lawyers]] arriving in El Obeid on suspicion of collaborating with the RSF, according to the
    lawyers. The army said it had opened [[five reception points|capacity;a=The army]] on the
    western approaches to El Obeid to screen and register arrivals.""",
)

item(
    "Displacement in Kordofan passes one million, IOM says",
    """IOM's DTM said on Thursday that [[more than 1 million
    people|displaced;v=1000000;a=IOM's DTM]] were now displaced within or from Kordofan, up from
    [[about 640,000|displaced;n=-;a=IOM's DTM]] in June. South Kordofan accounted for [[about
    418,000|displaced;n=-]], North Kordofan for [[372,000|displaced;n=-]] and West Kordofan for
    [[215,000|displaced;n=-]]. Children make up {{61 percent}} of the displaced, the agency said.
    The DTM said it had identified [[412 displacement sites|capacity;a=The DTM;alt=IOM's DTM]] in
    the region, up from [[276|capacity;n=-;u=other;a=The DTM;alt=IOM's DTM]] in June. It said
    [[about 85,000 people|returned;a=IOM's DTM]] had gone back to areas where fighting had eased,
    mainly around Habila and Al-Khuwei. The DTM's figures do not include [[an estimated 190,000
    people|displaced;a=IOM's DTM]] who crossed into South Sudan and Chad from Kordofan, it
    said.""",
)

item(
    "Families fleeing West Kordofan fighting reach Abyei",
    """[[About 9,000 people|displaced;a=the UN Interim Security Force for Abyei (UNISFA)]]
    fleeing fighting around Babanusa and Al-Mujlad have arrived in the Abyei area since the start
    of December, the UN Interim Security Force for Abyei (UNISFA) said on Monday. The mission
    said it had set up [[two temporary sites|capacity;a=The mission;alt=the UN Interim Security
    Force for Abyei (UNISFA)]] near Abyei town, each with space for [[about 2,500
    people|capacity;a=The mission;alt=the UN Interim Security Force for Abyei (UNISFA)]]. Among
    the arrivals are [[about 1,200 South Sudanese|returned;n=South Sudanese]] who had lived and
    worked in Al-Mujlad for decades. A Misseriya leader said [[about 300
    families|displaced;a=A Misseriya leader]] from his community had also moved south with their
    cattle. WFP said it had distributed [[180 tonnes|aid;a=WFP]] of food to [[about 6,500
    people|aid;a=WFP]] in the area. Abyei's administration said [[a few
    thousand|displaced;n=-;p;a=Abyei's administration]] more were expected in the coming
    days.""",
)

item(
    "IOM lowers estimate of people displaced from Dilling",
    """IOM revised its estimate of the number of people displaced from Dilling and its
    surroundings to [[about 28,000|displaced;n=-;a=IOM]] on Thursday, down from [[the
    45,000|displaced;n=-;a=IOM]] it reported last week. The agency said field teams had found
    that [[about 17,000 people|returned;a=The agency;alt=IOM]] counted as displaced had gone back
    to the town when the road reopened. It said [[about 4,100 households|displaced;a=IOM]]
    remained in [[23 sites|capacity;a=IOM]] in the hills around Dilling, [[nine of
    them|capacity;n=-;u=other;a=IOM]] without a water point. "Numbers move very fast," an IOM
    official said.""",
)

item(
    "Drone strikes lorry of families fleeing El Obeid, killing 19",
    """A drone struck a lorry carrying families fleeing El Obeid on the road to Um Rawaba on
    Saturday, killing [[19 people|killed;a=the North Kordofan Emergency Response Room]], [[six
    of them|killed;n=-;a=the North Kordofan Emergency Response Room]] children, the North
    Kordofan Emergency Response Room said. The lorry was carrying [[about 60
    passengers|displaced;a=the group;alt=the North Kordofan Emergency Response Room]] and their
    belongings, the group said. [[Twenty-two|injured;n=-]] were taken to Um Rawaba's hospital, and
    [[three passengers|missing]] were still missing on Sunday. It
    was the {{third}} attack on vehicles carrying displaced people on the road in a month; the
    army blamed the RSF. Um Rawaba, a town of [[about 90,000|civilians;n=-]], has received
    [[more than 30,000 displaced|displaced]] since October.""",
)

item(
    "Refugee camps in White Nile strained by new arrivals from Kordofan",
    """The [[10 refugee camps|capacity;a=UNHCR]] of White Nile state, which hosted [[about
    300,000 South Sudanese refugees|displaced;a=UNHCR]] before the war, now also shelter [[more
    than 80,000 Sudanese|displaced;a=UNHCR]] displaced from Kordofan, UNHCR said. [[Some
    40,000|returned;n=-;a=the agency;alt=UNHCR]] of the refugees have gone back to South Sudan
    since {{2023}}, the agency said. Health workers vaccinated [[26,000
    children|aid;a=Unicef]] against measles in the camps last month, Unicef said, after [[about
    1,700 suspected cases|other;a=Unicef]] and [[31 deaths|killed;a=Unicef]] were recorded.
    Al-Alagaya, the largest camp, was built for [[25,000 people|capacity;a=camp managers]] but
    holds [[more than 60,000|displaced;n=-;a=camp managers]], camp managers said.""",
)

item(
    "First organised returns reach Dilling",
    """Buses and lorries carrying [[about 1,800 people|returned;a=the state's humanitarian aid
    commission]] reached Dilling from El Obeid on Friday, the state's humanitarian aid commission
    said, the {{first}} organised returns since the army reopened the road in January. The
    commission said it planned to bring back [[another 10,000|returned;n=-;p;a=The
    commission;alt=the state's humanitarian aid commission]] before the rainy season. Returnees
    receive a {{three-month}} food ration. [[Nearly 40,000 people|returned;a=local officials]]
    have come back to the town on their own since January, local officials said. But [[at least
    3,200 homes|housing;a=a UN-Habitat assessment]] in Dilling were damaged or destroyed during
    the siege, according to a UN-Habitat assessment. [[Fourteen|other;n=-;u=structure]] of the
    town's [[22 schools|other]] remain closed.""",
)

item(
    "MSF clinic on El Nuhud road treats thousands",
    """MSF said on Wednesday its mobile clinic on the road between El Nuhud and El Obeid had
    treated [[more than 2,600 patients|injured;a=MSF]] in {{six weeks}}, {{about a third}} of them
    children with severe acute malnutrition. The clinic sees [[about 150 new arrivals a
    day|displaced;a=the charity;alt=MSF]], the charity said. "Temperatures reach {{45 degrees}},
    and people walk for days with a single jerrycan of water," said Jean-Baptiste Moreau, MSF's
    project coordinator. The team has buried [[nine people|killed]] who died on arrival,
    including [[four babies|killed]]. MSF said it had handed out [[8,000 jerrycans|aid;a=MSF]]
    and [[2,500 hygiene kits|aid;a=MSF]] since {{1 September}}.""",
)

# ------------------------------------------------------------------ texts without figures

item(
    "Rains threaten to cut Kordofan roads again",
    """The rainy season in South Kordofan usually starts in {{mid-May}} and peaks in August, when
    the region can receive more than {{200 millimetres}} of rain a month, according to the Sudan
    Meteorological Authority. The dirt road from El Obeid to Kadugli, {{about 580 km}} long,
    becomes impassable for heavy lorries for {{three to four months}} a year. In {{2024}}, the
    rains cut the road for {{112 days}}. Engineers estimate that paving the worst {{80 km}} would
    cost {{$40 million}}. In the dry season, temperatures reach {{46C}} in the shade.""",
)

item(
    "Kosti bridge reopens after repairs",
    """The road bridge over the White Nile at Kosti reopened to traffic on {{2 March}} after {{11
    weeks}} of repairs, the White Nile state government said. The bridge, {{about 1,400 metres}}
    long, was hit by a drone in {{December 2024}}. Repairs cost {{$3.5 million}}, and a
    {{30-tonne}} weight limit now applies. Crossings are allowed between {{6am and 6pm}}. The
    state said traffic had returned to {{80%}} of its pre-war level, and that the bridge carried
    {{about 90%}} of trade between Kordofan and Port Sudan.""",
)
