"""dev276 items: Kharkiv and Sumy regions (14 with figures, 2 without)."""

from _wrap import item

item(
    "Nearly 10,000 flee Russian push north of Kharkiv",
    """Russia's cross-border offensive north of Kharkiv has forced
    [[nearly 10,000 people|displaced;a=Oleh Syniehubov]] from their homes, regional governor
    Oleh Syniehubov said on {{May 14, 2024}}, {{four days}} after it began. In the previous
    {{24 hours}} alone, [[1,652 people|displaced;a=Oleh Syniehubov]] were brought out of
    Vovchansk and the border villages, he said. Police said
    [[about 200 residents|civilians;a=Police]] were still in Vovchansk, a town of
    [[17,000|civilians;a=Police]] before the war, many of them elderly and refusing to go. The
    regional authorities have set up [[five transit points|capacity]] in Kharkiv and Zolochiv.
    Shelling killed [[two people|killed;a=the regional prosecutor]] in the village of Lyptsi
    and wounded [[three|injured;a=the regional prosecutor]], the regional prosecutor said.
    Police investigators said Russian soldiers had seized
    [[about 40 residents|kidnapped;a=Police investigators]] of Vovchansk and were holding them
    in a basement.""",
)

item(
    "Kupiansk down to its last thousand residents",
    """[[About 1,250 people|civilians;a=Andriy Besedin]] are still living in Kupiansk, the
    head of the city's military administration, Andriy Besedin, said on
    {{September 17, 2025}}, as Russian troops fought in the northern districts. Evacuation by
    road is now possible only at night, he said. Since the mandatory evacuation order of
    {{2023}}, [[more than 11,000 people|displaced;a=regional officials]] have been taken out
    of the city and [[38 surrounding settlements|other;u=other;a=regional officials]],
    regional officials said. [[Several hundred residents|civilians]] of villages east of the
    Oskil river cannot be reached at all. Drone strikes on the city killed
    [[two women|killed;a=the Kharkiv regional prosecutor's office]] and injured
    [[four men|injured;a=the Kharkiv regional prosecutor's office]] on Monday, the Kharkiv
    regional prosecutor's office said. Families from Kupiansk who reached Kharkiv are housed in
    a modular camp of [[120 units|capacity]] on the city's eastern edge.""",
)

item(
    "Missiles hit Sumy centre on Palm Sunday",
    """A Russian ballistic missile strike on the centre of Sumy on {{April 13, 2025}} killed
    [[35 people|killed;a=the State Emergency Service]] and injured
    [[117|injured;a=the State Emergency Service]], among them
    [[15 children|injured;a=the State Emergency Service]], the State Emergency Service said.
    The air force said Russia had fired
    [[two Iskander-M ballistic missiles|other;a=The air force]]. Acting mayor Artem Kobzar said
    [[more than 20 buildings|housing;a=Artem Kobzar]] were damaged, including a university
    building. The same week the Sumy regional military administration added
    [[11 more villages|other]] to the mandatory evacuation list, bringing the total to
    [[213|other;u=other]]. [[About 58,000 people|displaced;a=the administration;alt=Sumy
    regional military administration]] have been evacuated from the {{20-kilometre}} border
    zone since {{2022}}, according to the administration.""",
)

item(
    "Sumy border strip ordered to evacuate",
    """The Sumy regional military administration on {{August 14, 2024}} ordered the mandatory
    evacuation of [[about 20,000 people|displaced;p]] from [[28 settlements|other;u=other]]
    within {{10 kilometres}} of the Russian border. Governor Volodymyr Artiukh said
    [[more than 6,000|displaced;a=Volodymyr Artiukh]] had already left. Artiukh said
    [[at least 10 buses|other;a=Artiukh]] a day were running from Krasnopillia and Myropillia
    to Sumy, where [[four transit centres|capacity;a=Artiukh]] had been opened. In Velyka
    Pysarivka, [[about 400 families|civilians;a=the village head]] have decided to stay, the
    village head said. "I have a cow and a garden, who will look after them?" said one man.
    [[Hundreds of homes|housing;a=officials]] across the border strip have been damaged since
    {{August 6}}, officials said.""",
)

item(
    "Kharkiv metro empties as the shelling recedes",
    """At the height of the bombardment in {{March 2022}},
    [[about 160,000 people|displaced;a=city officials]] were sleeping in Kharkiv's metro
    stations, city officials said. By {{May}}, with Russian forces pushed back from the city,
    [[fewer than 3,000|displaced;a=Ihor Terekhov]] remained underground, Mayor Ihor Terekhov
    said, and trains began running again on {{May 24}}.
    [[About 1 million residents|displaced;a=Terekhov]] left in the first weeks of the war, Terekhov
    said. Shelling of the Saltivka district damaged
    [[more than 600 residential buildings|housing;a=the city council]], the city council
    said. [[Tens of thousands of residents|returned;a=the regional administration]] have since
    come back, according to the regional administration. All
    [[30 metro stations|capacity;u=structure]] served as shelters in the spring.""",
)

item(
    "Izium fills up again after liberation",
    """[[About 9,000 people|civilians]] were living in Izium when Ukrainian troops retook the
    town on {{September 10, 2022}}, out of [[46,000|civilians]] before the war. By
    {{December}}, [[some 14,000 residents|returned;a=the town council]] had come back, the town
    council said, although {{80%}} of the apartment blocks were damaged. Regional authorities
    said [[447 bodies|killed;a=Regional authorities]] had been exhumed from a burial site in
    the forest. Governor Oleh Syniehubov said [[about 320 homes|housing;a=Oleh Syniehubov]]
    had been rebuilt and that [[1,200 residents|displaced;a=Oleh Syniehubov;p]] without
    heating would be moved to Kharkiv for the winter. Charities distributed
    [[4,500 stove kits|aid]] in the town before the first frosts.""",
)

item(
    "Drones hit evacuation vans near Borova, killing volunteers",
    """Russian drones struck [[two evacuation vans|other;u=other;a=Oleh Syniehubov]] near
    Borova on {{October 3, 2025}}, killing [[two volunteers|killed;a=Oleh Syniehubov]], Kharkiv
    governor Oleh Syniehubov said. The vans were carrying [[nine elderly residents|displaced]]
    from villages on the Oskil river; [[six|injured]] were hurt. The humanitarian mission
    Proliska, which ran the convoy, said it had evacuated
    [[more than 4,000 people|displaced;a=Proliska]] from the Kupiansk and Borova areas since
    {{2023}}. Regional authorities said [[about 2,400 people|civilians;a=Regional
    authorities]] remain in the Borova community, including
    [[around 90 children|civilians;a=Regional authorities]]. The Security Service said it had
    detained [[two men|arrested;a=The Security Service]] suspected of passing evacuation routes
    to Russian forces.""",
)

item(
    "Sumy adds villages to evacuation list as Russians push on Yunakivka",
    """Ukraine ordered the evacuation of [[another 11 villages|other]] in Sumy region on
    {{May 28, 2025}} as Russian troops pushed toward Yunakivka. Governor Oleh Hryhorov said
    [[about 52,000 people|civilians;a=Oleh Hryhorov]] lived in the
    [[202 settlements|other;u=other;a=Oleh Hryhorov]] now under evacuation orders, among them
    [[4,300 children|civilians;a=Oleh Hryhorov]]. [[More than 1,700 people|displaced]] left the
    Khotin and Yunakivka communities over the past week, most by their own transport. The
    regional administration said its transit centre in Sumy can take in
    [[up to 200 people|capacity;a=The regional administration]] at a time. Russian glide
    bombs damaged [[38 houses|housing;a=officials]] in Khotin on Saturday and injured
    [[seven people|injured;a=officials]], officials said.""",
)

item(
    "Looters held in evacuated Sumy border villages",
    """Police in Sumy region have detained [[14 people|arrested;a=the regional police]] on
    suspicion of looting homes in evacuated border villages since {{August}}, the regional
    police said on {{October 8, 2024}}. Officers recovered [[three stolen cars|other]] and
    [[dozens of household appliances|other;u=other]]. Entry to the {{five-kilometre}} border
    strip now requires a pass. [[About 170 residents|civilians;a=police]] still live inside
    the strip, police said, most of them pensioners who refuse to go. Patrols have been
    stepped up, and [[120 officers|combatants]] from other regions were sent to the border
    communities in {{September}}. In Krasnopillia, [[four people|killed]] were killed and
    [[nine|injured]] wounded when a Russian aerial bomb hit a shop on Thursday.""",
)

item(
    "'Some say they will die at home': a police evacuation crew near Zolochiv",
    """"We have brought out everyone we could," said Serhiy, a police officer who asked that his
    surname not be used. Since {{May}}, his unit of [[eight officers|combatants]] has driven
    [[more than 700 people|displaced]] out of villages around Zolochiv, near the Russian
    border. [[Around 40 people|civilians]] remain in the village of Udy, most of them
    {{over 70}}. "Some say they will die at home," he said. The head of the Zolochiv community
    said [[about 3,000 residents|civilians;a=The head of the Zolochiv community]] of its
    [[23,000|civilians;a=The head of the Zolochiv community]] had stayed. Evacuees go first to
    a humanitarian hub in Kharkiv, where [[about 30 volunteers|other]] register
    [[100-150 people a day|displaced]]. Russian shelling destroyed [[17 houses|housing]] in
    the community last week.""",
)

item(
    "Evacuation train from Kharkiv to run daily",
    """Ukrainian Railways said on {{June 3, 2024}} that its free evacuation service from
    Kharkiv would run daily from {{June 5}}, leaving at {{08:15}} and arriving in Lviv about
    {{17 hours}} later. The train, numbered {{No 43}}, will stop in Poltava and Kyiv.
    Passengers can bring pets in carriers of up to {{20 kg}}. The company said refunds for the
    {{2024}} summer schedule would be made within {{five working days}}.""",
)

item(
    "Sumy extends border restrictions into autumn",
    """Sumy region's military administration extended the {{20-kilometre}} restricted zone along
    the Russian border on {{July 1, 2025}} and said the mandatory evacuation order for minors
    would remain in force until at least {{September 30}}. Parents who keep children under
    {{18}} in the zone face fines of up to {{UAH 8,500}}, officials said. The curfew in the
    city of Sumy now starts at {{22:00}}. About {{40%}} of the region's schools will teach
    online this autumn, the education department said.""",
)

item(
    "Glide bomb on Kharkiv hypermarket kills shoppers",
    """A Russian glide bomb struck a crowded hardware hypermarket in Kharkiv on
    {{May 25, 2024}}, killing [[at least 19 people|killed;a=regional officials]] and wounding
    [[more than 50|injured;a=regional officials]], regional officials said. Governor Oleh
    Syniehubov said [[16 people|missing;a=Oleh Syniehubov]] were still unaccounted for the
    next day. The State Emergency Service said it had deployed
    [[more than 200 rescuers|other;a=The State Emergency Service]] to the site. Despite the
    strikes, [[about 1.3 million people|civilians;a=the city council]] live in Kharkiv, the
    city council estimates, and the mayor has ruled out a general evacuation. Since
    {{January}}, [[more than 2,000 homes|housing;a=Ihor Terekhov]] in the city have been
    damaged by glide bombs and drones, according to Mayor Ihor Terekhov.""",
)

item(
    "Balakliia comes back to life",
    """More than a year after Ukrainian forces retook it, Balakliia has
    [[about 22,000 residents|civilians;a=the town council]] again, close to its pre-war
    population of [[27,000|civilians;a=the town council]], the town council said.
    [[Some 8,000 people|returned]] came back in {{2023}} alone, most from Kharkiv and western
    Ukraine. Workers have repaired [[1,140 homes|housing;a=officials]] damaged during the
    occupation, and [[86 apartment buildings|housing;a=officials]] have had their windows
    replaced, officials said. Habitat for Humanity said it had provided
    [[300 families|aid;a=Habitat for Humanity]] with building materials. Still,
    [[about 1,500 people|displaced;a=the Ministry of Reintegration]] from the town live
    elsewhere in Ukraine, according to the Ministry of Reintegration. Mine clearers have
    removed [[more than 16,000 explosive devices|other]] from the fields around it.""",
)

item(
    "Drone kills nine on evacuation bus from Bilopillia",
    """A Russian drone strike on a bus carrying people out of Bilopillia on {{May 17, 2025}}
    killed [[nine civilians|killed;a=the regional administration]] and injured
    [[seven|injured;a=the regional administration]], the regional administration said.
    [[Two passengers|missing]] are still missing. The bus was heading to Sumy, about
    {{40 kilometres}} away. The National Police said
    [[about 6,000 people|civilians;a=The National Police]] remain in the town, down by more
    than half since {{2022}}. Since the start of May,
    [[more than 1,200 residents|displaced]] have left Bilopillia and
    [[14 nearby villages|other]]. Russian strikes have damaged
    [[over 300 buildings|housing]] in the town since {{January}}, including
    [[six schools|housing]]. UNHCR said it had handed out [[480 repair kits|aid;a=UNHCR]] to
    families whose homes were hit.""",
)

item(
    "Last residents brought out of Vovchansk",
    """Police said on {{September 2, 2024}} that the last [[12 residents|displaced;a=Police]] who
    could be reached had been brought out of Vovchansk, where the fighting has destroyed most of
    the town. Officers believe [[about 50 people|civilians;a=Officers]] are still living in
    cellars in the part of the town held by Russian forces.
    [[Six men|arrested;a=the police]] were detained in {{August}} for trying to enter the
    town to loot, the police said. Since {{May 10}},
    [[more than 13,000 people|displaced;a=Oleh Syniehubov]] have been evacuated from the
    Vovchansk, Lyptsi and Zolochiv directions, Governor Oleh Syniehubov said. Shelling has
    killed [[52 civilians|killed;a=Oleh Syniehubov]] in the town since the offensive began, he
    said. Ukrainian investigators say [[at least 42 residents|kidnapped;a=Ukrainian
    investigators]] were taken by Russian troops to Belgorod region.""",
)
