"""The ordinary numbers of the same African places: courts and land cases, markets and traders,
festivals and wrestling, bride price, droughts, herds and water (Nigeria, South Sudan, Kenya,
Ethiopia, Sudan, DRC, Cameroon), 2016-2025."""

from _wrap import item

item(
    "Plateau customary courts swamped by land cases",
    """Customary courts in Plateau State heard [[1,412 land cases|other;a=the state judiciary]]
    last year, up from [[1,098|other;u=other;a=the state judiciary]] the year before, the state
    judiciary said in its annual report. Most were inheritance and boundary disputes between
    neighbours. The judiciary said it would appoint [[40 new judges|other;p;a=The
    judiciary;alt=the state judiciary]] to clear the backlog by {{2026}}.""",
)

item(
    "Traders return to Makurdi market after levy row",
    """[[About 1,800 traders|other;a=the market association]] reopened their stalls at Makurdi's
    Wurukum market on Monday after the local council dropped a new daily levy of {{N500}}, the
    market association said. The traders had shut the market for {{nine days}} in protest. The
    council said it would rebuild [[120 stalls|housing;u=structure;p;a=The council]] destroyed
    by a fire in {{2022}}.""",
)

item(
    "Afan festival draws crowds to Kagoro",
    """[[More than 20,000 visitors|other;a=the organisers]] attended the Afan national festival
    in Kagoro, southern Kaduna, on Saturday, the organisers said, the largest crowd since the
    festival resumed in {{2022}}. The police deployed [[1,200 officers|combatants;a=the police]]
    to the venue, the police said. The festival marks the {{1st}} of January, the Atyap new
    year.""",
)

item(
    "Mundari wrestlers beat Bor in Juba peace tournament",
    """Wrestlers from Terekeka beat their Bor counterparts {{7-3}} in the final of the national
    wrestling championship in Juba on Sunday, watched by [[about 10,000 spectators|other;a=the
    organisers]], the organisers said. The tournament, held every year since {{2016}}, brings
    together communities whose youths have clashed over cattle. Police said [[300
    officers|combatants;a=Police]] were on duty at the stadium, which can hold [[7,000
    people|capacity;a=Police]].""",
)

item(
    "Rumbek court rules on 85-cow bride price dispute",
    """A customary court in Rumbek ordered a family to return [[85 cows|other;u=other]] paid as
    bride price after a marriage broke down within {{a year}}. The bride's family had argued
    that [[30 of the cows|other;n=cows;u=other;a=The bride's family]] had already been given to
    relatives. Such disputes make up {{about half}} of the court's cases.""",
)

item(
    "Juba traders strike over tax rise",
    """[[More than 3,000 traders|other;a=the chamber of commerce]] at Juba's Konyo Konyo market
    closed their shops on Tuesday in protest at a new monthly tax of {{SSP 20,000}}, the chamber
    of commerce said. City council officials said [[14 traders|arrested;a=City council
    officials]] had been detained for blocking the main road, and released on Wednesday.""",
)

item(
    "Turkana drought leaves livestock dead and families hungry",
    """[[About 900,000 people|civilians;a=the National Drought Management Authority]] in Turkana
    face food shortages after {{four failed rainy seasons}}, the National Drought Management
    Authority said. [[More than 70,000 livestock|killed;a=the authority;alt=the National Drought
    Management Authority]] have died since {{October}}, the authority said. The county
    government has hired [[40 water trucks|aid]] to serve villages where boreholes have dried
    up.""",
)

item(
    "Rising Lake Baringo swallows homes",
    """[[Some 3,000 families|displaced;a=the county government]] around Lake Baringo have been
    forced from their homes as the lake's waters rose by more than {{10 metres}}, the county
    government said. It said [[17 schools|housing;a=the county government]] and a hospital had
    been submerged. It plans to move [[about 1,200 families|displaced;p;a=the county
    government]] to higher ground.""",
)

item(
    "Kapenguria court backlog of land cases",
    """The Kapenguria law courts in West Pokot have [[1,260 pending land cases|other;a=the court
    registrar]], some filed {{eight years}} ago, the court registrar said on Friday. She said
    the county had only [[two magistrates|other;a=the court registrar]] for a population of
    [[more than 600,000|civilians;a=the court registrar]].""",
)

item(
    "Lake Turkana festival returns to Loiyangalani",
    """The Lake Turkana cultural festival returned to Loiyangalani this week after a
    {{six-year}} break, with [[14 communities|other;u=other;a=the organisers]] and [[about 2,500
    visitors|other;a=the organisers]] taking part, the organisers said. The Turkana and Gabra,
    who have often fought over grazing, danced on the same stage.""",
)

item(
    "Irreecha passes peacefully in Bishoftu",
    """[[More than 3 million people|other;a=the Oromia regional government]] attended the
    Irreecha thanksgiving festival at Lake Hora in Bishoftu on Sunday, the Oromia regional
    government said. The federal police said [[5,000 officers|combatants;a=The federal police]]
    and [[about 7,000 volunteers|other;a=The federal police]] were on duty. The festival was
    marred in {{2016}} by a deadly stampede.""",
)

item(
    "Borena drought kills millions of livestock",
    """The drought in Ethiopia's Borena zone has killed [[3.3 million
    livestock|killed;v=3300000;a=the UN Office for the Coordination of Humanitarian Affairs]],
    the UN Office for the Coordination of Humanitarian Affairs said, leaving [[more than 800,000
    people|civilians;a=the UN Office for the Coordination of Humanitarian Affairs]] in need of
    food aid. The regional government said it was trucking water to [[160
    villages|aid;u=other;a=The regional government]].""",
)

item(
    "Nyala cattle market reopens",
    """Nyala's livestock market reopened on Saturday after a {{three-month}} closure ordered
    during clashes between Rizeigat and Maaliya tribesmen. Traders said [[about 12,000 head of
    cattle|other;a=Traders]] were sold on the first day, at prices {{20%}} higher than before.""",
)

item(
    "Bunia tribunal hears land disputes",
    """Jeanne Ngabu, president of the peace tribunal in Bunia, said the tribunal had heard [[231
    land disputes|other;u=other;a=Jeanne Ngabu]] in the first half of the year, [[about 60 of
    them|other;n=-;u=other;a=Jeanne Ngabu]] between families who returned from displacement
    camps to find their fields occupied. The tribunal sits {{three days a week}}.""",
)

item(
    "Far North Cameroon drought: food insecurity rises",
    """[[About 250,000 people|civilians;a=the World Food Programme]] in Cameroon's Far North
    region face severe food insecurity after poor rains, the World Food Programme said. WFP
    plans to reach [[180,000 of them|aid;p;n=-;a=WFP]] with cash transfers of {{15,000 CFA
    francs}} a month.""",
)

item(
    "Benue court convicts herders under grazing ban",
    """A Benue State mobile court convicted [[three herders|arrested]] of breaking the state's
    ban on open grazing and impounded [[more than 500 cattle|other]]. The owners were fined {{N1
    million}} each. The law, passed in {{2017}}, has been challenged by herders' groups.""",
)

item(
    "Nasarawa committee settles farmer-herder disputes",
    """A farmer-herder dispute committee set up by the Nasarawa State government has settled
    [[137 disputes|other;u=other;a=the committee's chairman]] since {{January}}, the committee's
    chairman, Musa Ibrahim, said, mostly over crops destroyed by cattle. He said herders had
    paid compensation of {{N23 million}} in total.""",
)

item(
    "Fishermen missing after Lake Turkana dispute",
    """[[Six Turkana fishermen|missing;a=police]] have been missing since their boat was
    reportedly seized by Dassanech fishermen near the Ethiopian border on Sunday, police said.
    Police said [[two boats|other;a=Police]] had been sent to search the northern shore.""",
)

item(
    "Herders head home to Somali region after rains",
    """[[About 9,000 pastoralist households|returned;a=the regional disaster risk management
    bureau]] that moved in search of water during the drought have returned to their areas in
    the Somali region after rains, the regional disaster risk management bureau said. It said
    [[12 boreholes|aid;a=the regional disaster risk management bureau]] had been repaired.""",
)
