"""The ordinary numbers of the same places in Asia, the Pacific and Latin America: markets,
festivals, courts and case backlogs, evictions, droughts and water (Manipur, Haryana, Kurram,
Papua New Guinea, Mexico, Brazil, Myanmar), 2016-2025."""

from _wrap import item

item(
    "Imphal women's market reopens",
    """[[About 4,000 women traders|other;a=the market's traders' union]] returned to their
    stalls at Imphal's Ima Keithel on Monday after the market was closed for most of the summer,
    the market's traders' union said. The union said [[about 600 of its
    members|other;n=members;a=The union;alt=the market's traders' union]] were Kuki women who
    had not been able to come back since {{May}}.""",
)

item(
    "Sangai festival draws fewer visitors",
    """The Manipur Sangai festival drew [[about 1.3 lakh visitors|other;v=130000;a=the state
    tourism department]] over {{10 days}}, the state tourism department said, down from [[nearly
    3 lakh|other;v=300000;n=-;a=the state tourism department]] before the violence. The
    department said [[98 stalls|other;u=structure;a=The department;alt=the state tourism
    department]] had been set up by self-help groups.""",
)

item(
    "Loktak huts removed in eviction drive",
    """Authorities removed [[about 700 floating huts|housing;a=fishermen's groups]] from Loktak
    Lake in Manipur during an eviction drive, fishermen's groups said, leaving [[some 2,000
    people|displaced;a=fishermen's groups]] without homes. The Loktak Development Authority said
    the huts, built on floating islands of vegetation, were polluting the lake.""",
)

item(
    "Surajkund crafts fair ends with record crowd",
    """The Surajkund International Crafts Mela near Faridabad drew [[more than 1.2 million
    visitors|other;v=1200000;a=Haryana Tourism]] in {{15 days}}, Haryana Tourism said, a record
    for the fair, first held in {{1987}}. [[About 1,100 artisans|other]] sold goods from stalls,
    and entry tickets cost {{Rs 120}} on weekdays.""",
)

item(
    "Haryana courts hold thousands of pending property cases",
    """District courts in Haryana had [[more than 430,000 civil cases|other;a=the National
    Judicial Data Grid]] pending at the end of March, according to the National Judicial Data
    Grid, [[over 60,000 of them|other;n=-;u=other;a=the National Judicial Data Grid]] property
    and land disputes. Nuh district alone had [[11 judges|other]] for [[more than 1.4 million
    residents|civilians;v=1400000]].""",
)

item(
    "Farmers protest at Karnal grain market",
    """[[About 2,000 farmers|other;a=organisers]] gathered at the Karnal grain market on Tuesday
    to protest against delays in the government purchase of paddy, organisers said. Officials
    said [[1.1 million tonnes|other;v=1100000;a=Officials]] of paddy had been bought so far this
    season at {{Rs 2,183}} a quintal.""",
)

item(
    "Parachinar shops reopen as food arrives",
    """[[About 700 shops|other;a=the local traders' association]] reopened in Parachinar's main
    bazaar on Monday after food convoys reached the town, the local traders' association said.
    It said [[more than 200 shopkeepers|other;a=the local traders' association]] had left Kurram
    for Peshawar during the months the road was closed.""",
)

item(
    "Mount Hagen show goes ahead",
    """[[More than 80 cultural groups|other;u=other;a=the organisers]] performed at the Mount
    Hagen cultural show on Saturday and Sunday, the organisers said, and [[about 2,000 foreign
    tourists|other;a=the organisers]] attended. Tickets were {{K100}} for visitors. The show was
    first held in {{1961}}.""",
)

item(
    "Frost and drought hit PNG highlands",
    """[[About 250,000 people|civilians;a=the National Disaster Centre]] in Enga, Hela and
    Southern Highlands have been hit by frost and drought that destroyed sweet potato gardens,
    the National Disaster Centre said. It said the government had shipped [[1,300 tonnes of
    rice|aid;n=tonnes;a=the National Disaster Centre]] to the highlands and that [[at least 40
    people|killed;a=the National Disaster Centre]] had died of hunger or of drinking unsafe
    water.""",
)

item(
    "Village court magistrates go unpaid",
    """[[More than 12,000 village court magistrates|other;a=the Village Court Magistrates'
    Association]] in Papua New Guinea have not received their allowances for {{18 months}}, the
    Village Court Magistrates' Association said. The country's [[1,700 village
    courts|other;u=other]] handle most land, pig and bride price disputes.""",
)

item(
    "Guelaguetza returns to Oaxaca's hill",
    """[[About 11,000 spectators|other;a=the state government]] filled the Guelaguetza
    auditorium on Cerro del Fortin on Monday, the state government said, as [[16
    delegations|other;u=other;a=the state government]] from across the state danced. The
    auditorium was built in {{1974}}; tickets for the best seats cost {{1,500 pesos}}.""",
)

item(
    "Sonora drought kills cattle",
    """[[More than 80,000 cattle|killed;a=the Sonora livestock union]] have died in the drought
    gripping northern Mexico, the Sonora livestock union said. The state government said it had
    delivered subsidised feed to [[2,500 ranchers|aid;a=The state government]] and drilled [[35
    new wells|aid;a=The state government]]. Reservoirs are at {{12%}} of capacity.""",
)

item(
    "Agrarian courts clear backlog",
    """Mexico's agrarian courts resolved [[1,140 cases|other;a=the Superior Agrarian Court]] in
    Chiapas last year, the Superior Agrarian Court said, most of them boundary disputes between
    ejidos. [[About 300|other;u=other]] remain open, some since the {{1990s}}.""",
)

item(
    "Parintins festival fills the Bumbodromo",
    """The Bumbodromo arena in Parintins, which holds [[35,000 people|capacity]], was full on
    all {{three nights}} of the Boi-Bumba festival, and [[about 100,000 visitors|other;a=the
    city hall]] arrived by boat and plane, the city hall said. Boi Garantido won the title for
    the {{32nd}} time.""",
)

item(
    "Cirio de Nazare procession draws two million",
    """[[About 2 million people|other;a=the organisers]] followed the Cirio de Nazare procession
    through Belem on Sunday, the organisers said. The state government deployed [[1,600 police
    officers|combatants]], and first-aid teams treated [[1,130 people|injured;a=the state health
    department]], mostly for fainting and exhaustion, the state health department said.""",
)

item(
    "Amazon drought isolates river communities",
    """The drought in Amazonas state has affected [[about 600,000 people|civilians;a=the state
    civil defence]], the state civil defence said, with [[59 municipalities|other;u=other;a=the
    state civil defence]] declaring emergencies. The Rio Negro at Manaus fell to {{12.7
    metres}}, the lowest since records began in {{1902}}.""",
)

item(
    "Thingyan water festival ends with arrests",
    """Police in Yangon detained [[54 people|arrested;a=police]] for fighting and drunken
    driving during the {{four-day}} Thingyan water festival, police said. Nationwide, [[22
    people|killed;a=the health ministry]] died in road accidents and [[more than
    400|injured;a=the health ministry]] were hurt, the health ministry said.""",
)

item(
    "Phaung Daw Oo pilgrims flock to Inle",
    """[[About 30,000 pilgrims|other;a=organisers]] came to Inle Lake for the Phaung Daw Oo
    pagoda festival, organisers said, as [[four Buddha images|other;u=other]] were carried
    around the lake on a royal barge over {{18 days}}. The festival was not held in {{2020}}.""",
)

item(
    "Dry zone villages short of water",
    """[[About 1,000 villages|other;a=the rural development department]] in Myanmar's Magway and
    Mandalay regions face water shortages, the rural development department said. It said it had
    sent [[250 water trucks|aid;a=the rural development department]] and dug [[90
    ponds|aid;u=other;a=the rural development department]] since {{February}}.""",
)
