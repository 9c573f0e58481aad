"""dev366 items: the camps along the Turkish border, winter and floods, the Turkish-backed
factions of northern Aleppo and Afrin, deportations from Turkey."""

from _wrap import item

item(
    "Storms tear through displacement camps near Turkish border",
    """Heavy rain and snow have damaged or destroyed [[more than 21,000 tents|housing;a=OCHA]] in
    camps across north-west Syria since Monday, OCHA said, affecting
    [[over 142,000 people|civilians;a=OCHA]]. [[Some 25,000 people|displaced;a=the UN office]]
    whose shelters were flooded have had to move again, to relatives or to mosques and schools,
    the UN office said. The Syrian Response Coordination Group counted
    [[about 300 camps|capacity;a=The Syrian Response Coordination Group]] hit by the storm,
    most of them in the Atmeh and Kafr Lusin clusters. [[Four children|killed;a=medics]] have
    died from the cold since the start of the month, medics said. Aid groups distributed
    [[6,000 winter kits|aid]] on Wednesday, but said stocks would run out within
    {{10 days}}.""",
)

item(
    "Atmeh's camps, crowded against the wall",
    """[[About 1.7 million people|displaced;a=OCHA]] live in
    [[more than 1,400 camps|capacity;a=OCHA]] and informal settlements in north-west Syria,
    OCHA said in its latest update. Women and children make up {{80 per cent}} of them. The
    largest cluster, strung along the Turkish border wall between Atmeh and Qah, holds
    [[some 400,000 people|displaced]]. In one camp near Kafr Lusin,
    [[nearly 50 families|displaced;a=the camp's manager]] share
    [[four latrines|aid;a=the camp's manager]], the camp's manager said. A survey by the
    Syrian Response Coordination Group found [[some 63,000 tents|housing;a=the Syrian Response
    Coordination Group]] torn or worn beyond repair. "Tents were meant to last {{six
    months}}. Some of these families are in their {{fifth}} year," said a UNHCR field officer
    in Sarmada.""",
)

item(
    "Fire sweeps through camp near Kafr Lusin",
    """A fire that started from a heating stove swept through a camp near Kafr Lusin on Saturday
    night, killing [[four members of one family|killed;a=the White Helmets;n=members;u=person]]
    and destroying [[35 tents|housing;a=the White Helmets]], the White Helmets said.
    [[More than 200 people|displaced]] lost their shelter in the blaze. The camp's manager said
    [[160 families|displaced;a=The camp's manager]] lived there, most of them from Saraqeb and
    Maarat al-Numan. The rescue group said its teams had put out
    [[86 fires|other;a=The rescue group;alt=the White Helmets;u=other]] in camps since
    January, most of them caused by stoves and candles. [[Two firefighters|injured;a=the group;alt=the White Helmets]] were treated for burns, the group said.""",
)

item(
    "UN inquiry details detentions and abductions in Afrin",
    """Factions of the Turkish-backed Syrian National Army detained
    [[at least 60 Kurdish residents|arrested;a=the UN Commission of Inquiry on Syria]] in Afrin
    in the {{first half of 2021}}, the UN Commission of Inquiry on Syria said. It said
    [[12 people|kidnapped;a=the UN Commission of Inquiry on Syria]] had been abducted for
    ransom, some of them held in secret prisons run by the factions. The families of
    [[at least nine people|missing;a=The families]] say they have had no news of them since
    their arrest. [[More than 137,000 people|displaced]] fled Afrin when Turkish-backed forces
    took it in {{March 2018}}. Residents say [[hundreds of homes|housing;a=Residents]] left by
    those who fled have been seized by fighters and their relatives, and
    [[thousands of olive trees|other;a=Residents;u=other]] cut down. Turkey says it is
    investigating.""",
)

item(
    "Turkey sends back hundreds through Bab al-Hawa each month",
    """Turkey sent back [[more than 1,900 Syrians|returned;a=the crossing's administration]]
    through the Bab al-Hawa crossing in {{August}}, the crossing's administration said.
    [[Some 3,200 Syrians|returned;a=the administration;alt=the crossing's administration]]
    crossed back voluntarily in the same month, the administration said. Human Rights Watch
    said it had interviewed [[47 men and boys|returned;a=Human Rights Watch;n=men and boys]] who were detained in Turkish cities, held in removal centres and made to sign voluntary return forms. The Syrian Network for Human Rights said [[six men|arrested;a=The Syrian Network for Human Rights]] deported in {{August}} had been detained by HTS soon after crossing. Turkey's interior minister said in {{2022}} that
    [[more than 500,000 Syrians|returned;a=Turkey's interior minister]] had gone home of their
    own accord since {{2016}}. [[About 3.5 million Syrians|displaced]] remain registered under
    temporary protection in Turkey.""",
)

item(
    "Children die of cold as displaced sleep in the open",
    """[[Seven children|killed;a=UNICEF]], among them a {{seven-month-old}} girl, have died of
    cold or of fires in makeshift shelters in north-west Syria this month, UNICEF said.
    [[About 170,000 people|displaced;a=the UN]] are sleeping in the open or under trees, the UN
    said. Save the Children said [[more than 500,000 children|displaced;a=Save the Children]]
    had been uprooted since {{December}}. Aid groups have delivered
    [[2,000 stoves|aid;u=other]] and [[some 11,000 tents|aid]] in {{three weeks}}, but the
    agencies say they need [[at least 20,000 more tents|aid;p;a=the agencies]]. "We burn
    plastic and shoes to keep warm," said a mother in a field near Sarmada.""",
)

item(
    "Turkey's briquette homes rise in the hills above the camps",
    """Turkey's disaster agency AFAD said it had completed
    [[50,000 briquette homes|capacity;a=Turkey's disaster agency AFAD]] in north-west Syria,
    built to house [[some 250,000 people|capacity;a=Turkey's disaster agency AFAD]] from the
    camps. [[Around 7,500 families|displaced;a=local councils]] have moved in so far, local
    councils said. President Recep Tayyip Erdogan said
    [[100,000 more|capacity;p;a=President Recep Tayyip Erdogan;u=structure;n=-]] would be built
    in {{13}} locations. He said the project would allow
    [[1 million Syrians|returned;p;a=Recep Tayyip Erdogan]] in Turkey to go back. Residents of
    the new homes say rents of {{$25}} a month are beyond many families. [[More than 1,600 families|displaced;a=the camps' administrators]] are on the waiting list, the camps' administrators said.""",
)

item(
    "HTS fighters enter Afrin as Turkish-backed factions clash",
    """Fighting between rival Turkish-backed factions around Afrin and al-Bab has killed
    [[at least 58 people|killed;a=the Syrian Observatory for Human Rights]], including
    [[11 civilians|killed;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for
    Human Rights said on Friday. [[Hundreds of Hayat Tahrir al-Sham fighters|combatants]] entered
    Afrin on Wednesday in support of one side. [[Thousands of civilians|displaced;a=residents]]
    fled the town of Kafr Jannah as the fighting spread, residents said. The factions detained
    [[about 40 people|arrested;a=the monitor;alt=the Syrian Observatory for Human Rights]]
    accused of helping their rivals, the monitor said, and
    [[five men|kidnapped;a=the monitor;alt=the Syrian Observatory for Human Rights]] were taken
    from their homes by masked gunmen. HTS took [[13 villages|other]] before a Turkish-brokered
    truce.""",
)

item(
    "OCHA: needs in the north-west at record high",
    """[[4.1 million people|civilians;a=OCHA;v=4100000]] in north-west Syria need humanitarian aid, OCHA
    said on Thursday, [[2.9 million|displaced;a=OCHA]] of them displaced. Of those,
    [[1.9 million|displaced;a=the agency;alt=OCHA]] live in camps, the agency said. The World
    Food Programme said it planned to reach [[1.2 million people|aid;p;a=The World Food
    Programme]] a month with reduced rations, down from [[1.4 million|aid;a=The World Food
    Programme]]. Funding for the response stands at {{24 per cent}} of the {{$4.4 billion}}
    sought for {{2023}}. [[About 600,000 people|civilians;p;a=aid officials]] will lose water trucking in
    {{July}} if money does not arrive, aid officials said.""",
)

item(
    "In the widows' camps of Idlib",
    """[[About 12,000 women and children|displaced;a=the Syrian Response Coordination Group;n=women
    and children]] live in [[some 50 widows' camps|capacity;a=the Syrian Response Coordination
    Group]] in Idlib and northern Aleppo, according to the Syrian Response Coordination Group.
    Men are barred from entering most of them. The group says [[at least 4,600 women|civilians;a=The group;alt=the Syrian Response Coordination Group]] head households alone in the camps of the north-west. A survey by the charity Hand in Hand for Aid and
    Development found that {{one in three}} of the women had no income at all.
    [[Around 900 women|aid;a=the charity;alt=Hand in Hand for Aid and Development]] received
    cash grants of {{$100}} in the past year, the charity said, while
    [[two dozen tents|other]] were turned into classrooms. In one camp near Deir Hassan,
    [[68 families|displaced]] share a single water tank.""",
)

item(
    "Floods sweep camps in Idlib and northern Aleppo",
    """Flash floods swept through [[at least 60 camps|capacity;a=the White Helmets]] in Idlib and
    northern Aleppo on Tuesday, the White Helmets said, damaging
    [[some 2,850 tents|housing;a=the White Helmets]]. OCHA said
    [[over 28,000 people|civilians;a=OCHA]] had been affected. [[One child|killed;a=the rescue
    group;alt=the White Helmets]] drowned in a drainage channel near Maarat Misrin, and
    [[two others|missing;a=the rescue group;alt=the White Helmets]] were still missing
    on Wednesday, the rescue group said. Its teams evacuated
    [[140 families|displaced]] from the worst-hit sites to mosques and schools.
    Aid groups handed out [[1,500 mattresses|aid]] and blankets overnight.""",
)

item(
    "Cholera reaches the border camps",
    """Health authorities in north-west Syria have recorded
    [[over 600 suspected cholera cases|other;a=Health authorities in north-west Syria]] since the {{first}} was confirmed in a camp near Jisr al-Shughour {{three weeks}} ago, and
    [[at least five deaths|killed;a=Health authorities in north-west Syria;u=person]]. The
    World Health Organization said it had sent [[27 tonnes|aid;a=The World Health
    Organization]] of medical supplies across the border. UNICEF said it was chlorinating
    water for [[some 400 water tanks|aid;a=UNICEF]] serving camps around Sarmada and Dana. A
    vaccination campaign is to reach [[1.7 million people|aid;p;a=the Idlib health directorate]] aged over {{one year}},
    according to the Idlib health directorate, which says
    [[about 1,600 camps|capacity;a=the Idlib health directorate]] lack proper sanitation.""",
)

item(
    "Kurds flee Tal Rifaat as Turkish-backed factions advance",
    """[[Some 120,000 people|displaced;a=the Kurdish-led administration]] have fled Tal Rifaat
    and the Shahba area since Turkish-backed factions of the Syrian National Army launched an
    offensive there, the Kurdish-led administration said on Tuesday.
    [[About 46,000|displaced;a=officials in Tabqa]] had reached Tabqa and Raqqa by bus and
    truck, officials in Tabqa said, and [[thousands more|displaced;a=officials in Tabqa;n=-]]
    were stranded on the road. The Syrian Observatory for Human Rights said
    [[more than 200 fighters|killed;a=The Syrian Observatory for Human Rights]] had died on both
    sides, and that the factions had detained [[about 80 people|arrested;a=The Syrian
    Observatory for Human Rights]] and abducted [[a dozen women|kidnapped;a=The Syrian
    Observatory for Human Rights]] at checkpoints. A convoy of
    [[some 300 vehicles|other;a=Kurdish officials]] carrying the displaced was hit by a drone
    near Deir Hafer, Kurdish officials said.""",
)

item(
    "Camp schools close as teachers go unpaid",
    """[[About 350 schools|other;a=the Education Cluster]] in the camps of north-west Syria have
    closed or cut hours since funding ran out in {{September}}, the Education Cluster said,
    leaving [[more than 120,000 children|civilians;a=the Education Cluster]] out of class. It
    said [[over 2,000 teachers|other;a=the Education Cluster]] had worked unpaid for
    {{four months}}. In Atmeh, [[two dozen volunteers|other]] run lessons in tents for [[some 800 pupils|aid]], with [[40 to 50 pupils|capacity]] squeezed into each tent. Donors have pledged {{$12 million}}, enough to reopen
    [[up to 150 schools|other;p;a=the cluster;alt=the Education Cluster]] by spring, the
    cluster said.""",
)

item(
    "Water trucking halted for hundreds of camps",
    """Water trucking has stopped in [[more than 900 camps|capacity;a=the Syrian Response
    Coordination Group]] in north-west Syria after donors cut funding, the Syrian Response
    Coordination Group said on Sunday, affecting [[about 620,000 people|civilians;a=the Syrian
    Response Coordination Group]]. Before the cuts, [[183 trucks a day|aid;a=the group;alt=the
    Syrian Response Coordination Group]] delivered water to the sites, the group said. WASH
    cluster partners say they can keep supplies going at only
    [[120 sites|capacity;a=WASH cluster partners]] until {{March}}. [[Around 400 latrines|aid]]
    built with the same funds have gone without desludging for {{six weeks}}. [[Some 90,000 people|civilians;a=local councils]] in the Dana area now buy water from private tankers, local councils said. Cases of scabies and diarrhoea have risen by {{30 per cent}}, the Idlib health directorate said.""",
)

item(
    "Under canvas in the heat of an Idlib summer",
    """Temperatures in the border camps reached {{45C}} in {{July 2023}}, and aid workers
    measured readings up to {{10 degrees}} higher inside tents. {{More than 80 per cent}} of the
    tents are over {{two years}} old, and their plastic cracks in the sun. Fires spread fastest
    between {{noon}} and {{4 pm}}, rescuers say. Water needs rise to {{20 litres}} per person a
    day in the hottest weeks, against {{12 litres}} delivered on average. The heatwave lasted
    {{nine days}}.""",
)

item(
    "A camp manager's fifth winter",
    """Abu Ahmad, {{52}}, fled Kafr Nabl in {{2019}} and has run a camp of olive groves near
    Kafr Lusin ever since. This is his {{fifth}} winter there. He earns {{$120}} a month from an
    aid group, when it pays. "Every year they tell us it is the last year," he said. He keeps
    the camp's records in a school notebook, its pages numbered by hand, and says a tent lasts
    {{18 months}} at most. His son, {{14}}, works at a bakery in Sarmada for {{$2}} a day.""",
)
