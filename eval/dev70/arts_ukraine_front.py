"""eval/dev70 items: Ukraine's front line and the towns behind it (2022-2025).

Mariupol, Bakhmut, Avdiivka, Pokrovsk, Kupiansk, Vovchansk, Kherson and the Kakhovka dam;
evacuations ordered and carried out, residents left in ruined towns, the claims of both
general staffs, Kursk, mines and unexploded ordnance, attacks on health care, and homes
repaired, rebuilt, demolished and planned.
"""

from figset import F

F(
    "Amnesty finds Mariupol theatre strike a war crime",
    "Amnesty International said the Russian airstrike on the Mariupol Drama Theatre on "
    "{{16 March 2022}} killed [[at least a dozen people|killed;a=Amnesty International]] and "
    "probably many more, and that [[hundreds of civilians|displaced;a=Amnesty International]] "
    "had been sheltering in the building. Mariupol's city council put the toll at "
    "[[about 300|killed;a=Mariupol's city council]].",
)

F(
    "Report counts new graves in Mariupol cemeteries",
    "Human Rights Watch estimated, in a report with Truth Hounds and SITU Research, that "
    "[[at least 8,000 people|killed;a=Human Rights Watch]] died in Mariupol during the siege "
    "from fighting or war-related causes, and that {{93%}} of the city's high-rise residential "
    "buildings were damaged. It counted "
    "[[10,284 new graves|other;u=other;a=Human Rights Watch]] in satellite images of the city's "
    "cemeteries between {{March 2022}} and {{February 2023}}.",
)

F(
    "Few residents left in ruined Bakhmut",
    "Bakhmut, a salt-mining town of [[about 70,000 people|civilians]] before the war, lay in "
    "ruins after {{ten months}} of fighting. Donetsk regional governor Pavlo Kyrylenko said "
    "[[fewer than 500 residents|civilians;a=Donetsk regional governor Pavlo Kyrylenko]] were "
    "still there, living in basements. Ukraine's military said Russian forces were firing "
    "[[up to 300 shells a day|other;a=Ukraine's military]] at the town.",
)

F(
    "Russia claims full control of Avdiivka",
    "Russia's defence ministry said its forces had taken full control of Avdiivka and claimed "
    "that [[more than 1,500 Ukrainian troops|killed;a=Russia's defence ministry]] had been "
    "killed in the last {{four days}} of fighting. Of the town's pre-war population of "
    "[[32,000|civilians;a=local officials]], [[about 900|civilians;a=local officials]] remained "
    "when Ukrainian units withdrew, local officials said.",
)

F(
    "Pokrovsk families told to leave as front nears",
    "Ukrainian authorities ordered families with children to leave Pokrovsk and "
    "[[11 nearby villages|other;p]] as Russian forces advanced to within about "
    "{{eight kilometres}} of the city. Governor Vadym Filashkin said "
    "[[about 53,000 people|civilians;a=Governor Vadym Filashkin]] remained in Pokrovsk, "
    "including [[1,076 children|civilians;a=Governor Vadym Filashkin]], and that "
    "[[about 600 people a day|displaced;a=Governor Vadym Filashkin]] were now leaving.",
)

F(
    "Dam breach floods dozens of towns on the Dnipro",
    "The destruction of the Kakhovka dam on {{6 June 2023}} released about "
    "{{18 cubic kilometres}} of water, flooding "
    "[[about 80 towns and villages|housing;n=towns and villages;a=Ukrainian officials]] "
    "downstream, Ukrainian officials said. Prosecutor General Andriy Kostin said "
    "[[more than 3,600 people|displaced;a=Prosecutor General Andriy Kostin]] had been evacuated "
    "from the Ukrainian-held bank, while Russian-installed officials on the occupied bank said "
    "[[46 people|killed;a=Russian-installed officials]] had drowned.",
)

F(
    "Ukraine's sappers pass half a million explosive objects",
    "Ukraine's State Emergency Service said its sappers had removed and defused "
    "[[more than 500,000 explosive objects|other;u=other;"
    "a=Ukraine's State Emergency Service]] since {{February 2022}} and checked about "
    "{{1,800 square kilometres}} of land. The government estimates that some "
    "{{139,000 square kilometres}}, nearly {{a quarter}} of the country, may be contaminated.",
)

F(
    "Mines take toll on farmers near old front lines",
    "Landmines and unexploded ordnance have killed "
    "[[at least 280 civilians|killed;a=the Halo Trust]] and wounded "
    "[[more than 600|injured;a=the Halo Trust]] in Ukraine since the full-scale invasion, the "
    "Halo Trust said, many of them farmers working fields near the former front lines in the "
    "Kharkiv and Kherson regions. The British charity said it now employs "
    "[[about 1,200 Ukrainian staff|other;a=The British charity;alt=the Halo Trust]], most of "
    "them deminers.",
)

F(
    "Irpin repairs most of its damaged buildings",
    "Russian occupation and shelling in {{2022}} damaged or destroyed "
    "[[more than 1,000 buildings|housing]] in Irpin, a commuter town of "
    "[[about 60,000|civilians]] west of Kyiv. Mayor Oleksandr Markushyn said "
    "[[about 800|housing;u=structure;a=Mayor Oleksandr Markushyn]] had since been repaired, "
    "including [[115 high-rise buildings|housing;a=Mayor Oleksandr Markushyn]], and that "
    "[[some 150 families|displaced;a=Mayor Oleksandr Markushyn]] were still living in modular "
    "housing on the edge of the town.",
)

F(
    "Economists put damaged homes at 236,000",
    "The Kyiv School of Economics estimates that "
    "[[more than 236,000 residential buildings|housing;a=The Kyiv School of Economics]] have "
    "been damaged or destroyed since {{February 2022}}, including "
    "[[about 210,000 private houses|housing;a=The Kyiv School of Economics]] and "
    "[[some 26,000 apartment buildings|housing;a=The Kyiv School of Economics]], with direct "
    "damage to housing put at {{$60 billion}}. Housing accounts for about {{a third}} of all "
    "recorded war damage.",
)

F(
    "Lviv's modular town houses families from the east",
    "A modular town built in Lviv's Sykhiv district with Polish government funding houses "
    "[[about 350 internally displaced people|displaced;a=city officials]], most of them from "
    "the Donetsk and Luhansk regions, city officials said. It was built for "
    "[[up to 1,000 people|capacity]] in [[40 modular houses|capacity]], and residents pay no "
    "rent for up to {{two years}}.",
)

F(
    "Kupiansk area placed under mandatory evacuation",
    "Authorities in the Kharkiv region ordered the mandatory evacuation of "
    "[[37 settlements|other;u=other;p;a=Governor Oleh Syniehubov]] around Kupiansk, where "
    "[[about 12,000 people|civilians;a=Governor Oleh Syniehubov]] still live, "
    "[[600 of them children|civilians;a=Governor Oleh Syniehubov]], Governor Oleh Syniehubov "
    "said on Friday. Volunteers have taken out [[about 200 people a day|displaced]] since the "
    "order, many of them elderly or bedridden.",
)

F(
    "Moscow claims two more villages in Donetsk region",
    "Russia's defence ministry said its forces had 'liberated' "
    "[[two more settlements|other;u=other;a=Russia's defence ministry]] in the Donetsk region "
    "and that Ukraine had lost [[up to 1,345 servicemen|killed;a=Russia's defence ministry]] "
    "over the past day, along with [[three tanks|other;a=Russia's defence ministry]] and "
    "[[11 armoured vehicles|other;a=Russia's defence ministry]]. The claims could not be "
    "independently verified.",
)

F(
    "Kyiv's tally of Russian losses passes a million",
    "Ukraine's General Staff said on Monday that Russia had lost "
    "[[1,140 troops|killed;a=Ukraine's General Staff]] killed or wounded over the past day, "
    "bringing its tally of Russian casualties since {{February 2022}} to "
    "[[about 1,005,000|killed;a=Ukraine's General Staff]]. It also listed "
    "[[11,000 tanks|other;a=Ukraine's General Staff]] and "
    "[[369 aircraft|other;a=Ukraine's General Staff]] destroyed.",
)

F(
    "Border villages north of Kharkiv 'wiped off the map'",
    "Vovchansk, a border town of [[about 17,000 residents|civilians;"
    "a=the regional military administration]] before {{2022}}, has been "
    "almost entirely destroyed since Russia's cross-border offensive in {{May 2024}}, and "
    "[[fewer than 100 people|civilians;a=the regional military administration]] are still "
    "there, the regional military administration said. Ukrainian officials said "
    "[[about 30 villages|housing;a=Ukrainian officials]] along the border had been wiped off the "
    "map.",
)

F(
    "Drone hits turbine hall at occupied nuclear plant",
    "The International Atomic Energy Agency said a drone struck the turbine hall of {{Unit 6}} "
    "at the Zaporizhzhia nuclear power plant, which lost its last {{750-kilovolt}} line to the "
    "grid for the {{10th}} time since {{2022}}. The plant relied on its {{330-kilovolt}} backup "
    "line for about {{19 hours}} until repairs were finished, the agency said.",
)

F(
    "Russia says new blocks rise in occupied Mariupol",
    "Russian state media said [[12 new apartment blocks|housing;u=structure;"
    "a=Russian state media]] with [[about 1,500 flats|housing;a=Russian state media]] had been "
    "built in occupied Mariupol, and that "
    "[[more than 400 damaged buildings|housing;a=Russian state media]] had been demolished. "
    "Ukrainian officials say the flats go mainly to newcomers from Russia, while "
    "[[tens of thousands of residents|displaced;a=Ukrainian officials]] who fled in {{2022}} "
    "cannot go back.",
)

F(
    "Kursk evacuees number over 120,000",
    "Russian authorities said [[more than 121,000 people|displaced;a=Russian authorities]] had "
    "been evacuated from border districts of the Kursk region after Ukraine's incursion on "
    "{{6 August 2024}}. Ukraine's commander-in-chief Oleksandr Syrskyi said his forces "
    "controlled about {{1,000 square kilometres}} and "
    "[[74 settlements|other;u=other;a=Ukraine's commander-in-chief Oleksandr Syrskyi]], and had "
    "taken [[hundreds of Russian soldiers|arrested;"
    "a=Ukraine's commander-in-chief Oleksandr Syrskyi]] prisoner.",
)

F(
    "Families trickle back to Dnipro's right bank",
    "[[About 400 families|returned;a=the regional administration]] have gone back to villages "
    "on the right bank of the Dnipro since Ukrainian forces retook them in {{November 2022}}, "
    "the regional administration said, though "
    "[[some 5,000 homes|housing;a=the regional administration]] there were damaged. Engineers "
    "have cleared [[about 2,300 mines|other]] from farmland around Vysokopillia this year.",
)

F(
    "WHO verifies 2,000 attacks on Ukraine's health care",
    "The World Health Organization said it had verified "
    "[[more than 2,000 attacks|other;u=other;a=The World Health Organization]] on health care "
    "in Ukraine since {{February 2022}}, which killed "
    "[[at least 200 people|killed;a=The World Health Organization]], patients and health "
    "workers among them. Ukraine's health ministry said "
    "[[more than 1,900 medical facilities|housing;a=Ukraine's health ministry]] had been damaged "
    "and [[about 220|housing;u=structure;a=Ukraine's health ministry]] destroyed.",
)

F(
    "UN programme patches roofs before winter",
    "UNDP said it had helped repair [[about 2,500 homes|housing;a=UNDP]] in the Chernihiv and "
    "Kharkiv regions this year, replacing windows and roofs before winter, and had given "
    "[[1,200 families|aid;a=UNDP]] cash for fuel. It plans to repair "
    "[[a further 3,000 homes|housing;p;a=UNDP]] in {{2025}}.",
)

F(
    "Borodianka recycles rubble of bombed blocks",
    "Crews in Borodianka have removed [[some 55,000 tonnes|other;a=the local council]] of "
    "debris since the town was retaken in {{April 2022}}, much of it from "
    "[[eight apartment blocks|housing;u=structure;a=the local council]] that collapsed under "
    "Russian bombing, the local council said. [[Two new blocks|housing;u=structure;p]] are "
    "planned on the site of the {{five-storey}} building at {{359 Tsentralna Street}}.",
)
