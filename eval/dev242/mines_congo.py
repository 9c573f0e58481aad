"""Eastern DR Congo: Rubaya's coltan, Walikale's tin, Ituri's and South Kivu's gold (dev242)."""

from _wrap import item

item(
    "M23 takes Rubaya coltan mines as diggers flee",
    """Rebels of the {{M23}} movement took control of the coltan mining area around Rubaya in
    North Kivu's Masisi territory on {{April 30}}, after a week of fighting with army-allied
    militias. [[Several thousand artisanal miners|displaced;a=Masisi territorial administrator]]
    fled towards Minova and Goma in the hours that followed, according to the Masisi territorial
    administrator. Local civil society groups said [[at least 17 people|killed;a=Local civil
    society groups]] were killed in the town, including [[nine diggers|killed;a=Local civil
    society groups]] shot near the pits. The rebels now hold [[all 11 registered sites|other;a=a
    cooperative leader]] of the concession, a cooperative leader told Reuters. Before the
    fighting the pits employed [[between 10,000 and 15,000 workers|other]], who produced roughly
    {{15%}} of the world's tantalum. A UN official said [[about 2,000 families|displaced;a=A UN
    official]] had reached the Bweremana area by Friday.""",
)

item(
    "UN experts say M23 earns $800,000 a month from Rubaya",
    """The UN Group of Experts on the Democratic Republic of Congo says the {{M23}} rebels
    collect about {{$800,000}} a month in taxes on coltan dug at Rubaya. In its final report,
    seen by AFP, the panel says at least {{120 tonnes}} of ore leave the area each month for
    Rwanda. The experts counted [[up to 3,000 Rwandan soldiers|combatants;a=experts;alt=UN Group
    of Experts on the Democratic Republic of Congo]] inside North Kivu at the end of {{2023}},
    alongside [[an estimated 6,000 rebel fighters|combatants;a=experts;alt=UN Group of Experts on
    the Democratic Republic of Congo]]. The report also lists [[14 miners|killed;a=report;alt=UN
    Group of Experts on the Democratic Republic of Congo]] buried when a gallery collapsed in
    {{February}} and [[about 40 people|arrested;a=report;alt=UN Group of Experts on the
    Democratic Republic of Congo]] detained by the rebels for smuggling. Rebel tax collectors
    check [[some 25 trucks a day|other;a=document;alt=UN Group of Experts on the Democratic
    Republic of Congo]] at a barrier outside the town, the document says. Kigali
    rejected the findings on {{Thursday}}, calling them biased. The experts also documented [[more than 50 children|other;a=experts;alt=UN Group of Experts on the Democratic Republic of Congo]] working in the pits.""",
)

item(
    "Landslide at Rubaya coltan site kills dozens",
    """A landslide swept through a coltan mining site near Rubaya on {{Wednesday}}, killing
    [[at least 52 people|killed;a=rebel-appointed governor of North Kivu]], the rebel-appointed
    governor of North Kivu said in a statement. Rescuers had pulled [[31 bodies|killed]] from the
    mud by nightfall and [[more than 20 people|injured]] were taken to the hospital in Rubaya with
    fractures and head wounds. A miners' cooperative said [[about 70 diggers|missing;a=A miners'
    cooperative]] were still unaccounted for, many of them children working the pits during the
    school holidays. Heavy rain had fallen for {{three days}} before the slope gave way at around
    {{2 p.m.}} Witnesses said [[a dozen miners|other;a=Witnesses]] were dug out alive by other workers with
    their bare hands. It was the deadliest accident at the site since {{2023}}, when [[17
    people|killed]] died in a collapse.""",
)

item(
    "Alphamin halts Bisie tin mine as rebels near Walikale",
    """Alphamin Resources said on {{March 19}} it was suspending operations at its Bisie tin mine
    in Walikale territory and had begun evacuating staff as {{M23}} fighters advanced towards the
    town. The company said [[about 250 employees|displaced;p;a=company;alt=Alphamin Resources]] and
    contractors would be moved by road and helicopter to Kisangani and Goma, while [[a small team
    of 40|other;p;a=company;alt=Alphamin Resources]] would stay behind to secure the site. Bisie
    supplies around {{6%}} of the world's mined tin. In Walikale centre, [[thousands of
    residents|displaced;a=local officials]] fled into the forest, local officials said, and [[at least eight
    civilians|killed;a=local officials]] were killed when shells hit the market. A Wazalendo
    commander said [[some 600 militiamen|combatants;a=A Wazalendo commander]] had taken up
    positions on the road to the mine. [[Two contractors|missing;a=Alphamin]] were unaccounted for on {{Thursday}}, Alphamin added.""",
)

item(
    "CODECO militiamen raid Ituri gold site, killing miners",
    """Militiamen of the CODECO coalition attacked a gold mining camp at Lodjo in Ituri
    province's Djugu territory overnight, killing [[at least 22 people|killed;a=civil society
    coordinator in Djugu]], most of them miners, a civil society coordinator in Djugu said. The
    army put the toll lower, saying [[14 bodies|killed;a=army]] had been recovered and [[six
    attackers|killed;a=army]] killed when troops reached the site. [[Around 30 people|injured;a=medical staff]]
    were treated at the general referral hospital in Bunia, medical staff said on {{Sunday}}.
    The attackers burned [[more than 80 huts|housing]] and shops in the camp, which had grown to
    [[about 4,000 residents|civilians;a=local chief]] since the gold rush of {{2021}}, according
    to the local chief. [[Hundreds of families|displaced;a=humanitarian workers]] have since
    walked to the displacement site at Rhoe, humanitarian workers said.""",
)

item(
    "ADF fighters abduct gold miners near Mambasa",
    """Fighters of the Allied Democratic Forces (ADF), which pledged allegiance to Islamic
    State in {{2019}}, abducted [[at least 15 gold miners|kidnapped;a=Mambasa territory
    administrator]] from artisanal pits near Bandiboli in Ituri, the Mambasa territory
    administrator said on {{Tuesday}}. [[Three miners|killed;a=Mambasa territory administrator]] who tried to run were shot dead, he said, and [[two others|other;a=Mambasa territory administrator]] escaped
    and reached the road to Mambasa. The raid came {{two weeks}} after [[11 people|killed]] were
    killed at another gold site on the Ituri river. Local leaders said [[nearly 3,000
    diggers|displaced;a=Local leaders]] had abandoned the pits along the river since {{January}}.
    The army said it had sent [[about 200 soldiers|combatants;a=army]] to secure the
    gold sites.""",
)
item(
    "Diggers pour into Lomera after gold find in rebel-held South Kivu",
    """[[Tens of thousands of people|other]] have poured into Lomera, a forest village in South
    Kivu's Walungu territory, since gold was found close to the surface in {{late February}}.
    The rebel administration that now runs the province says it has registered [[more than
    12,000 diggers|other;a=rebel administration]] and has closed the site twice to restore order.
    "We see [[500 newcomers a day|other;a=Jean-Claude Mubalama]], sometimes more," said
    Jean-Claude Mubalama, a village elder. The rebels said they had arrested [[19 men|arrested;a=rebels]] accused of selling gold to buyers in Bukavu without a permit, and seized [[seven
    motorcycles|other;a=rebels]]. A nurse at the only health post said [[four miners|killed;a=A
    nurse at the only health post]] had died in pit collapses in the first month, and [[at least
    60|injured;a=A nurse at the only health post]] had been treated for injuries. Grams of gold
    sell for about {{$70}} in the village, against {{$95}} in Bukavu.""",
)

item(
    "Army raids Chinese-run gold dredges in Shabunda",
    """Congolese soldiers and mining police raided illegal gold dredging operations on the Ulindi
    river in South Kivu's Shabunda territory, arresting [[11 Chinese nationals|arrested;a=provincial
    mines minister]] and [[27 Congolese workers|arrested;a=provincial mines minister]], the
    provincial mines minister said on {{June 4}}. The operation seized [[nine dredges|other;u=other]]
    and [[three excavators|other;u=other]] and found about {{4 kilograms}} of gold on board one
    of the boats, she said. Residents have complained for years that the dredges, working
    without permits since {{2020}}, have poisoned the river that [[some 30,000 people|civilians;a=a petition filed by residents]] depend on, according to a petition filed by residents. The minister said [[the 11
    foreigners|returned;p;a=minister]] would be deported to China once their case was heard. A
    local rights group said [[two fishermen|killed;a=A local rights group]] had drowned in {{2022}}
    after being chased off the river by dredge guards.""",
)

item(
    "Chinese gold miners kidnapped in Ituri freed after ransom talks",
    """[[Five Chinese nationals|kidnapped;a=Ituri provincial government]] abducted from a
    semi-industrial gold mine near Mongbwalu have been freed, the Ituri provincial government
    said, {{nine days}} after gunmen stormed the site. The attackers, whom the army described as
    CRP militiamen, also seized [[two Congolese guards|kidnapped]], who were released on the
    {{first day}}. [[One security guard|killed]] was shot dead in the raid and [[three mine
    workers|injured]] were wounded. The province did not say whether a ransom was paid. Chinese
    embassy officials told reporters that [[about 60 Chinese citizens|civilians;a=Chinese embassy
    officials]] were still working at mining sites in Ituri and urged them to leave. In
    {{2023}}, [[nine Chinese workers|killed]] were killed at a gold site in the neighbouring
    Central African Republic.""",
)

item(
    "Miners' families crowd sites around Minova as aid runs short",
    """[[About 18,000 households|displaced;a=UN humanitarian office (OCHA)]] from the mining
    villages of Numbi and Lumbishi are sheltering in and around Minova, on the shore of Lake Kivu,
    the UN humanitarian office (OCHA) said in an update on {{12 February}}. Most fled when fighting
    reached the coltan and cassiterite pits of Kalehe territory late last year. OCHA counts [[23
    spontaneous sites|capacity;a=OCHA]] in the area, [[only four of them|capacity;a=OCHA;n=-;u=other]] with
    latrines. The World Food Programme said it had handed out rations to [[42,000 people|aid;a=World
    Food Programme]] in {{January}} but warned that stocks would run out within {{six weeks}}. It
    plans to reach [[a further 60,000|aid;p;a=It;alt=World Food Programme]] if its convoys can get
    through. A health official in Minova said [[at least 37 children|killed;a=A health official in
    Minova]] under the age of {{five}} had died of cholera and measles in the sites since
    {{December}}.""",
)

item(
    "Residents trickle back to Walikale after rebels pull out",
    """[[More than 9,000 people|returned;a=civil society of Walikale]] have returned to Walikale
    town since the {{M23}} rebels withdrew on {{April 4}}, the civil society of Walikale said,
    about {{a fortnight}} after the town emptied. Many found shops looted and [[around 150
    homes|housing;a=local officials]] damaged or burned, local officials said. [[Several hundred
    miners|returned]] have gone back to the tin pits at Bisie, where Alphamin said it expected to
    restart production by {{mid-May}}. The company said it would bring back [[the 250
    employees|returned;p;a=company;alt=Alphamin]] it evacuated in {{March}} in stages. Aid agencies
    said [[some 40,000 people|displaced;a=Aid agencies]] from the territory were still living with
    host families in Lubutu and Kisangani. At the height of the fighting, [[between 60,000 and 80,000 people|displaced;a=OCHA]] had fled the territory, according to OCHA.""",
)

item(
    "Customs intercept tin and coltan lorries bound for Rwanda",
    """Congolese customs and the army intercepted [[14 lorries|other;a=North Kivu mines
    division]] loaded with cassiterite and coltan at a checkpoint on the road between Sake and
    Goma, the North Kivu mines division said on {{Friday}}. The trucks carried about {{300
    tonnes}} of ore with forged certificates of origin, the division said. [[Eight drivers|arrested]]
    and [[three traders|arrested]] were detained and
    taken to Goma. A second convoy of [[five trucks|other]] turned back before the checkpoint and
    is believed to have crossed into Rwanda through a forest track, a security source told AFP.
    The mines division says it has seized [[at least 60 lorries|other;a=mines division]] of
    smuggled minerals since {{2022}}, worth an estimated {{$40 million}}. [[Two customs officers|injured]] were hurt when one driver tried to force the barrier.""",
)

item(
    "Kinshasa shuts Ituri gold sites and sends troops",
    """The Congolese government on {{Monday}} suspended artisanal and semi-industrial gold mining
    in three territories of Ituri province, citing attacks on mining camps and the financing of
    armed groups. The mines ministry said [[about 130 sites|other;a=mines ministry]] would close
    for {{90 days}}, and that [[some 1,500 soldiers|combatants;p;a=mines ministry]] would be
    deployed to guard them. Miners' associations estimate that [[up to 200,000 people|other;a=Miners'
    associations]] make a living from the sites, and warned that [[tens of thousands|other;p;a=associations;alt=Miners' associations]]
    could lose their income. The ministry said [[212 miners|killed;a=ministry;alt=mines ministry]] were
    killed in attacks on gold sites in Ituri in {{2022}} and {{2023}}. It also ordered the expulsion
    of [[the 48 foreign companies|other;u=other;p;a=It;alt=mines ministry]] operating there without permits.""",
)

item(
    "Kamituga pit collapse buries gold diggers after night of rain",
    """[[At least 26 miners|killed;a=mayor of Kamituga]] died when the walls of a gold pit caved in
    at Kamituga, in South Kivu's Mwenga territory, the mayor of Kamituga said on {{Saturday}}.
    Rescue teams recovered [[19 bodies|killed]] from a shaft about {{40 metres}} deep, and
    [[between five and seven diggers|missing]] were still believed to be underground. The slide
    also carried away [[32 houses|housing;a=Red Cross volunteers]] built on the slope above the
    pit, Red Cross volunteers said, leaving [[roughly 200 people|displaced;a=Red Cross volunteers]] homeless. [[Eleven survivors|injured]] were being treated at the Kamituga general
    hospital. The town, one of the oldest gold centres in the east, was also the epicentre of the
    mpox outbreak of {{2024}}. [[Some 60 volunteers|other]] dug through the mud with shovels.""",
)

item(
    "Rubaya miners say rebels forced them into training camps",
    """Coltan diggers in Rubaya told Human Rights Watch that {{M23}} rebels had rounded up
    [[hundreds of young men|kidnapped;a=Coltan diggers in Rubaya]] at the pits and taken them to
    training camps in Masisi and Rutshuru in {{2024}}. The group said in a report on {{Tuesday}}
    that it had documented the cases of [[at least 74 miners|kidnapped;a=group;alt=Human Rights
    Watch]] forcibly recruited, [[15 of them|combatants;a=group;alt=Human Rights Watch;n=-]] boys aged
    {{14 to 17}}. [[Six recruits|killed;a=former recruits]] were beaten to death in one camp for
    trying to escape, former recruits said. The rebels deny recruiting by force and say [[more than
    7,000 volunteers|combatants;a=rebels]] have joined them since {{2022}}. HRW said [[about 30
    families|displaced;a=HRW]] had left Rubaya to keep their sons away from the mines.""",
)

item(
    "Coltan prices fall as Rubaya exports stall",
    """Coltan prices in Goma fell by about {{30%}} in {{May}} as exports from the Rubaya area
    stalled, traders said. Ore containing {{30%}} tantalum oxide was selling for about {{$35}} a
    kilogram, down from {{$50}} at the start of the year. Congo produced an estimated {{2,900
    tonnes}} of tantalum concentrate in {{2023}}, or {{40%}} of the world's supply, according to
    the US Geological Survey. Analysts at a London consultancy said the halt in supplies would
    matter less to buyers in {{2025}}, as Brazil and Nigeria add capacity. The price of tin, mined
    at Bisie, rose {{4.5%}} on the London Metal Exchange on {{Thursday}} to {{$32,800}} a tonne.""",
)

item(
    "Congo and US sign minerals pact as Doha talks resume",
    """The Democratic Republic of Congo and the United States signed a strategic minerals
    partnership in Washington on {{December 4}}, the {{third}} agreement between the two countries
    in {{18 months}}. The deal gives American companies a right of first offer on {{25%}} of new
    licences for cobalt, copper, lithium and coltan, officials said. It follows a {{June 27}}
    peace accord with Rwanda and talks in Doha with the {{M23}}, which resumed this week after a
    pause of {{six weeks}}. Congo's mines minister said the government hoped to raise mining
    revenue to {{$10 billion}} a year by {{2030}}. Critics in Kinshasa said the deal had been
    negotiated in {{less than a month}}.""",
)
