"""Displacement, returns, camps, needs and aid as the feeds of the wires and the UN agencies
give them (37 items with figures, 3 without)."""

from _wrap import item

item(
    "DR Congo: fighting around Sake displaces 135,000",
    """Since {{7 February}}, clashes between the {{M23}} armed group and the Congolese army around
    Sake have displaced [[an estimated 135,000 people|displaced;a=OCHA]], according to OCHA. Most
    have fled towards Goma, where [[more than 300,000 displaced people|displaced]] were already
    living in overcrowded sites ...""",
)

item(
    "UNHCR: 1,500 Sudanese crossing into Chad every day",
    """[[Some 1,500 Sudanese refugees a day|displaced;a=UNHCR]] are crossing into eastern Chad,
    UNHCR said on Friday, as fighting intensifies around El Fasher. The agency said Chad now hosts
    [[more than 1.2 million refugees|displaced;v=1200000;a=The agency;alt=UNHCR]], the largest
    number in its history.""",
)

item(
    "Thousands flee as fighting reaches Thandwe",
    """[[Thousands of residents|displaced;a=aid workers]] have fled Thandwe in Rakhine State as the
    Arakan Army closes in on the town, and [[about 2,000|displaced;a=aid workers]] are sheltering
    in monasteries on its outskirts, aid workers told The Irrawaddy.""",
)

item(
    "Lebanon: more than a million displaced by Israeli strikes",
    """BEIRUT (AP) — Lebanon's caretaker prime minister said [[more than a million
    people|displaced;v=1000000;q=at_least;a=Lebanon's caretaker prime minister]] have been
    displaced by the escalating Israeli bombardment, and [[about 180,000|displaced;a=Lebanon's
    caretaker prime minister]] are staying in [[973 shelters|capacity;a=Lebanon's caretaker prime
    minister]], most of them schools.""",
)

item(
    "Tens of thousands return to northern Gaza after corridor opens",
    """GAZA (Reuters) - [[Tens of thousands of Palestinians|returned]] streamed north along the
    coastal road on Monday after Israel opened the Netzarim corridor, many on foot with their
    belongings on their backs. The UN said [[more than 300,000 people|returned;a=The UN]] had
    crossed within {{72 hours}} ...""",
)

item(
    "Evacuation ordered for 14 villages near Pokrovsk",
    """Regional authorities in Donetsk Oblast ordered the mandatory evacuation of [[14
    villages|other;p]] near Pokrovsk on {{Aug. 19}}, including families with children. [[Around
    2,500 people|civilians;a=Governor Vadym Filashkin]] still remain in the affected settlements,
    Governor Vadym Filashkin said.""",
)

item(
    "Half a million Syrian refugees have gone home since Assad's fall, UNHCR says",
    """[[More than 500,000 Syrian refugees|returned;a=the UN refugee agency]] have returned to
    Syria from neighbouring countries since the fall of Bashar al-Assad in {{December}}, the UN
    refugee agency said, while [[another 1.2 million internally displaced
    people|returned;v=1200000; a=the UN refugee agency]] have gone back to their areas of
    origin.""",
)

item(
    "4,876 Afghans deported through Torkham in a day",
    """ISLAMABAD: Authorities deported [[4,876 Afghan nationals|returned;a=officials]] through the
    Torkham border on Tuesday, officials said, as a crackdown on undocumented foreigners entered
    its {{second week}}. [[Hundreds of thousands of Afghans|returned;a=the IOM]] have returned
    since {{April 1}}, according to the IOM.""",
)

item(
    "Rohingya keep crossing into Bangladesh",
    """COX'S BAZAR, Bangladesh (AP) — [[About 60,000 Rohingya|displaced;a=Bangladeshi officials]]
    have crossed into Bangladesh in recent months to escape fighting in Myanmar's Rakhine State,
    Bangladeshi officials said, adding to the [[1 million|displaced;a=Bangladeshi officials]]
    already living in crowded camps in Cox's Bazar.""",
)

item(
    "Sudan: nearly 25 million face acute hunger, WFP warns",
    """[[Nearly 25 million people|civilians;a=the World Food Programme]] in Sudan face acute
    hunger, the World Food Programme said, and famine has been confirmed in [[at least five
    areas|other;u=other;a=the World Food Programme]], including Zamzam camp. The agency said it had
    reached [[2.5 million people|aid;v=2500000;a=The agency;alt=the World Food Programme]] with
    food last month.""",
)

item(
    "Aid trucks enter Gaza through Kerem Shalom",
    """[[About 120 trucks|aid;a=COGAT]] carrying food, medicine and fuel entered Gaza through the
    Kerem Shalom crossing on Sunday, according to COGAT, the Israeli body that oversees the
    crossings. UN agencies say [[at least 500 trucks a day|aid;p;a=UN agencies]] are needed to meet
    basic needs.""",
)

item(
    "WFP airdrops reach Nasir county",
    """The World Food Programme carried out [[17 airdrops|aid;a=the agency;alt=The World Food
    Programme]] over Upper Nile state's Nasir county last week, delivering [[about 250
    tonnes|aid;a=the agency;alt=The World Food Programme]] of sorghum and pulses to [[27,000
    people|aid;a=the agency;alt=The World Food Programme]] cut off by fighting, the agency said
    ...""",
)

item(
    "Displaced in Shire camps receive first rations in months",
    """[[More than 98,000 internally displaced people|aid;a=the regional disaster agency]] in camps
    around Shire received food rations this week for the first time since {{March}}, the regional
    disaster agency said. It warned that [[another 1 million|civilians;a=the regional disaster
    agency]] in Tigray still need assistance.""",
)

item(
    "Idlib camps over capacity as new arrivals pour in",
    """The Response Coordination Group said [[1,153 camps|capacity;a=The Response Coordination
    Group]] in north-west Syria were hosting more people than they were built for, and that [[some
    2,300 families|displaced;a=The Response Coordination Group]] had arrived in the past week
    alone, most of them from the countryside of southern Idlib.""",
)

item(
    "Somalia: new displacement sites set up in Baidoa",
    """Humanitarian partners have set up [[14 new displacement sites|capacity;a=OCHA]] in Baidoa
    for families who fled fighting and drought in Bay region, OCHA reports. The sites are meant to
    house [[up to 3,500 households|capacity]], and [[400 emergency latrines|aid;p]] are planned
    ...""",
)

item(
    "Refugees stranded at Palanca crossing as temperatures drop",
    """Chisinau (AFP) - [[Hundreds of refugees|displaced;a=authorities]] were stranded at the
    Palanca border crossing on Thursday as temperatures fell below freezing, and authorities opened
    a heated tent with room for [[600 people|capacity;a=authorities]], authorities said.""",
)

item(
    "Venezuelans crossing at Cúcuta rise after election",
    """Colombian migration officials said [[about 2,000 Venezuelans a day|displaced;a=Colombian
    migration officials]] were crossing at Cúcuta in the week after the election, up from [[some
    1,200|displaced;a=Colombian migration officials]] before the vote.""",
)

item(
    "Burundian refugees leave Nduta camp",
    """Another convoy carrying [[1,142 Burundian refugees|returned;a=UNHCR]] left Tanzania's Nduta
    camp on Thursday under the voluntary repatriation programme, UNHCR said, bringing returns this
    year to [[more than 21,000|returned;a=UNHCR]].""",
)

item(
    "800,000 have crossed from Sudan into South Sudan",
    """[[More than 800,000 people|displaced;a=UNHCR]] have crossed from Sudan into South Sudan
    since the war began in {{April 2023}}, UNHCR said, {{two-thirds}} of them South Sudanese
    returning under duress to a country many had left decades earlier.""",
)

item(
    "Cabo Delgado: 600,000 back home, 580,000 still displaced",
    """[[About 600,000 people|returned;a=the IOM]] have returned to their home districts in Cabo
    Delgado, the IOM said, but [[some 580,000|displaced;a=the IOM]] remain displaced by the
    insurgency, many of them in host communities in Pemba and Montepuez.""",
)

item(
    "Mbera camp stretched by arrivals from Mali",
    """NOUAKCHOTT (Reuters) - The Mbera camp in south-eastern Mauritania, built for [[about 90,000
    people|capacity;a=UNHCR]], now shelters [[more than 110,000 refugees|displaced;a=UNHCR]], UNHCR
    said, as Malians flee fighting between the army, its Russian allies and jihadists. [[A few
    thousand more|displaced;n=-]] arrive each month.""",
)

item(
    "1,500 more Rohingya relocated to Bhasan Char",
    """CHATTOGRAM: [[A further 1,500 Rohingya refugees|displaced;a=officials]] were moved by navy
    ships to Bhasan Char on Saturday, officials said, bringing the population of the island in the
    Bay of Bengal to [[about 36,000|displaced;a=officials]].""",
)

item(
    "Gaza: 1.9 million displaced, UNRWA says",
    """[[About 1.9 million people|displaced;v=1900000;a=UNRWA]], or {{90 percent}} of Gaza's
    population, have been displaced, many of them several times, UNRWA said. [[Nearly 1
    million|displaced]] are crowded into Rafah ...""",
)

item(
    "Civilians trapped in Mosul's Old City",
    """[[Up to 100,000 civilians|civilians;a=the UN]] are still trapped in Mosul's Old City, the UN
    said on Tuesday, as Iraqi forces closed in on the last pockets held by Islamic State
    fighters.""",
)

item(
    "Haiti: 5.5 million need aid, UN appeals for $908 million",
    """[[Some 5.5 million Haitians|civilians;p;v=5500000;a=OCHA]], nearly half the population, will
    need humanitarian assistance this year, OCHA said on Wednesday, launching an appeal for {{$908
    million}}. Gang violence has displaced [[more than a million
    people|displaced;v=1000000;q=at_least]] ...""",
)

item(
    "Borno relocates 3,000 households, closes Maiduguri camps",
    """The Borno State Government has relocated [[over 3,000 households|displaced;a=the state
    emergency agency]] from Bakassi camp to their ancestral communities and shut [[eight
    camps|capacity;a=the state emergency agency]] in Maiduguri since {{last year}}, the state
    emergency agency said ...""",
)

item(
    "Cameroon: 600,000 still displaced in Anglophone regions",
    """[[Some 600,000 people|displaced;a=the Norwegian Refugee Council]] remain displaced inside
    Cameroon's North-West and South-West regions, the Norwegian Refugee Council said, in a crisis
    it ranked the world's most neglected for the {{third time}}.""",
)

item(
    "Over 5,300 schools shut by insecurity in Burkina Faso",
    """[[More than 5,300 schools|other;a=the education ministry]] remain closed because of
    insecurity in Burkina Faso, the education ministry said, keeping [[over 800,000
    children|civilians;a=the education ministry]] out of class.""",
)

item(
    "ICRC distributes food and hygiene kits in Ituri",
    """The ICRC distributed [[3,200 food parcels|aid;a=the organisation;alt=The ICRC]] and [[1,500
    hygiene kits|aid;a=the organisation;alt=The ICRC]] to families displaced by fighting around
    Djugu last week, the organisation said.""",
)

item(
    "Omdurman community kitchens cut meals as funds dry up",
    """Emergency response rooms in Omdurman are serving [[about 25,000 meals a
    day|aid;a=volunteers]], volunteers said, down from [[60,000|aid;u=other;a=volunteers]] before
    funding cuts forced [[dozens of kitchens|other;u=structure;a=volunteers]] to close.""",
)

item(
    "Ukraine: 4.5 million returned home, IOM says",
    """[[About 4.5 million Ukrainians|returned;v=4500000;a=the IOM]] have returned to their homes
    after being displaced by the war, the IOM said, while [[3.7 million|displaced;v=3700000;a=the
    IOM]] remain internally displaced.""",
)

item(
    "Heavy fighting in Guaviare forces families from their farms",
    """[[More than 400 families|displaced;a=the Ombudsman's Office]] have fled rural areas of
    Guaviare after clashes between rival FARC dissident factions, the Ombudsman's Office said, and
    [[about 2,800 people|civilians;a=the Ombudsman's Office]] are confined to their villages
    ...""",
)

item(
    "UN appeals for $47 billion for 2025",
    """GENEVA (Reuters) - The United Nations appealed on Wednesday for {{$47.4 billion}} to help
    people in crises in {{2025}}, {{13 percent}} less than it sought for this year, after donors
    funded less than {{half}} of the {{2024}} appeal.""",
)

item(
    "Knesset votes to bar UNRWA",
    """JERUSALEM (AP) — Israel's parliament voted {{92-10}} on Monday to bar the UN agency for
    Palestinian refugees from operating on Israeli soil, a law that takes effect in {{90 days}}.
    The agency was founded in {{1949}} ...""",
)

item(
    "World Refugee Day: record displacement for 12th year",
    """UNHCR marked World Refugee Day on {{20 June}} with a warning that forced displacement had
    risen for the {{12th consecutive year}}, and that {{one in 67}} people on Earth is now
    displaced ...""",
)

item(
    "Families flee Kadugli fighting for Abu Jubaiha",
    """[[Some 1,200 households|displaced;a=the IOM's Displacement Tracking Matrix]] fled Kadugli in
    South Kordofan last week as fighting reached its outskirts, according to the IOM's Displacement
    Tracking Matrix. Local officials say [[200-250 families a day|displaced;a=Local officials]] are
    now arriving in Abu Jubaiha ...""",
)

item(
    "3,400 Yazidi families return to Sinjar as camp deadline nears",
    """ERBIL: [[About 3,400 families|returned;a=the migration ministry]] returned to Sinjar from
    camps in Duhok in the past month, the migration ministry said, after Baghdad set a deadline to
    close [[the remaining 23 camps|capacity;p;a=the migration ministry]] in the Kurdistan
    Region.""",
)

item(
    "Przemyśl supermarket turned into reception point",
    """Authorities in Przemyśl have turned a disused supermarket into a reception point with
    [[1,500 beds|capacity;a=the city's mayor]], and [[up to 4,000 refugees a day|displaced;a=the
    city's mayor]] are passing through it, the city's mayor said. Buses leave for Krakow and Warsaw
    every {{two hours}}.""",
)

item(
    "Cash transfers reach 85,000 households in Artibonite",
    """The World Food Programme said its cash transfers had reached [[85,000 households|aid;a=The
    World Food Programme]] in Haiti's Artibonite department this year, but that [[nearly 5,000
    families|civilians;a=The World Food Programme]] in gang-controlled areas remained out of
    reach.""",
)

item(
    "Displaced families crowd into Tyre schools",
    """TYRE, Lebanon (AFP) - [[Around 400 families|displaced;a=the municipality]] are sheltering in
    [[six public schools|capacity;a=the municipality]] in Tyre after fleeing villages along the
    border, the municipality said. The schools can take [[no more than 1,500 people|capacity]]
    ...""",
)
