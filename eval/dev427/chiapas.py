"""dev427 items: Chiapas (Frontera Comalapa, Chicomuselo, Tila, Pantelhó, Aldama) and the
Mexicans who fled across the border into Guatemala, 2020-2025."""

from _wrap import item

item(
    "Hundreds of Mexicans cross into Guatemala to escape Chiapas gunfights",
    """
Guatemala's Institute of Migration said on {{July 24, 2024}} that [[about 580
Mexicans|displaced;a=Guatemala's Institute of Migration]], most of them women and children, had
crossed into the department of Huehuetenango over the weekend, fleeing gunfights between the
Sinaloa and Jalisco New Generation cartels around Amatenango de la Frontera in Chiapas. The
refugees were sleeping in [[two schools|capacity;a=the institute;alt=Guatemala's Institute of
Migration]] and a community hall in the village of Ampliación Nueva Reforma, in the municipality
of Cuilco, the institute said. Cuilco's mayor told local radio that [[140
families|displaced;a=Cuilco's mayor]] had registered with the town hall by Sunday night and that
[[more than 3,000 food rations|aid;a=Cuilco's mayor]] had been handed out. Guatemala's government
declared a state of alert in Cuilco and said [[some 200 soldiers|combatants;a=Guatemala's
government]] had been sent to the border to keep order and help with aid. Refugees told
reporters that gunmen had burned [[at least eight houses|housing;a=Refugees]] in their village
and taken away [[two young men|kidnapped;a=Refugees]] the night before the exodus began. The
Mexican Red Cross said it had not yet been able to reach [[an estimated 2,000
residents|civilians;a=The Mexican Red Cross]] who stayed behind in hamlets along the border road.
Mexico's foreign ministry said it was working with Guatemala on a safe return.
""",
)

item(
    "Rights centre says 3,700 have fled Chiapas border municipalities since 2023",
    """
[[At least 3,700 people|displaced;a=the Fray Bartolomé de las Casas Human Rights Center
(Frayba)]] have fled the border municipalities of Frontera Comalapa and Chicomuselo since
fighting between the Sinaloa and Jalisco cartels escalated in {{May 2023}}, the Fray Bartolomé de
las Casas Human Rights Center (Frayba) said on Tuesday. In a report based on {{eight months}} of
interviews, the San Cristóbal-based group said the cartels had besieged [[about 20
communities|civilians;u=other;a=the San Cristóbal-based group;alt=Frayba]] in the Sierra Madre,
cutting off food, fuel and medicine for [[some 9,000 residents|civilians;a=the San
Cristóbal-based group;alt=Frayba]]. It documented the forced recruitment of [[at least 27 young
men|kidnapped;a=Frayba]], some {{as young as 15}}, who were made to dig trenches and stand guard
at roadblocks. Teachers' union leaders in Comitán said [[38 schools|other;a=Teachers' union
leaders in Comitán]] in Frontera Comalapa and Chicomuselo had not reopened since the
{{2023-24}} school year. The Defence Ministry says it has deployed [[1,200 soldiers and National
Guard members|combatants;n=soldiers and National Guard members;a=The Defence Ministry]] to the
area and that [[around 400 families|returned;a=The Defence Ministry]] have gone back to their
homes since the troops arrived in {{February 2024}}. Frayba said many of those returns had been
forced, and that [[nine people|killed;a=Frayba]] were shot dead at cartel checkpoints in
{{January}} alone.
""",
)

item(
    "Eleven bodies found in Chicomuselo hamlet as survivors flee",
    """
Chiapas prosecutors said [[11 bodies|killed;a=Chiapas prosecutors]], among them those of [[two
teenagers|killed;a=Chiapas prosecutors]], were found in the hamlet of Nueva Morelia in the
municipality of Chicomuselo on {{May 13, 2024}}, a day after gunmen believed to belong to the
Jalisco New Generation Cartel drove into the community. Residents said [[nearly 200
people|displaced;a=Residents]] left Nueva Morelia and the neighbouring hamlet of Santa María
within {{48 hours}}, and that the attackers set fire to [[15 homes|housing;a=Residents]] and [[a
dozen vehicles|other;a=Residents]] as they left. The Catholic diocese of San Cristóbal de las
Casas said it was sheltering [[73 families|displaced;a=The Catholic diocese of San Cristóbal de
las Casas]] in [[three parish halls|capacity;u=structure;a=The Catholic diocese of San Cristóbal
de las Casas]] in the town of Chicomuselo. "They came in trucks, shooting at everything," said a
farmer, {{61}}, who asked not to be named. Governor Rutilio Escandón said [[400 soldiers and
state police|combatants;n=soldiers and state police;p;a=Governor Rutilio Escandón]] would be
sent to the municipality. The state prosecutor's office later said [[six
suspects|arrested;a=The state prosecutor's office]] had been detained at a checkpoint near La
Concordia.
""",
)

item(
    "Thousands flee Tila after armed group sets town ablaze",
    """
[[More than 4,000 people|displaced;a=the state government]] have fled the town of Tila in
northern Chiapas since an armed group known as Los Autónomos set fire to [[at least 17
homes|housing;a=the state government]] and a petrol station on {{June 4, 2024}}, the state
government said. Soldiers and National Guard officers evacuated [[some 1,200
residents|displaced]] to the neighbouring municipality of Yajalón in army trucks over
{{two days}}, while many others left on foot through the hills. Officials in
Yajalón said they had opened [[five shelters|capacity;a=Officials in Yajalón]] with room for
[[2,500 people|capacity;a=Officials in Yajalón]], in sports halls and churches. The Frayba rights
centre said [[at least two people|killed;a=The Frayba rights centre]] had been killed and [[four
others|injured;a=The Frayba rights centre]] wounded by gunfire. The town centre, home to [[around
7,000 people|civilians;a=witnesses]], was almost deserted by Friday, witnesses said. The dispute
between Los Autónomos and Ch'ol ejido members over land in the centre of Tila dates back to the
{{1960s}}.
""",
)

item(
    "Pantelhó residents flee as self-defence group seizes town",
    """
[[About 3,000 residents|displaced;a=the interior ministry]] of Pantelhó, in the Chiapas
highlands, have fled to San Cristóbal de las Casas and nearby towns since a self-defence group
calling itself El Machete took over the municipal seat in {{July 2021}}, the interior ministry
said. The group, which says it rose up to expel drug traffickers from the Tsotsil and Tseltal
municipality, has acknowledged taking away [[21 people|kidnapped;a=The group;alt=El Machete]] it
accused of working for criminals. Their relatives say none of them has been seen since. The
Catholic church said [[1,500 people|displaced;a=The Catholic church]] were sleeping in [[seven
shelters|capacity;a=The Catholic church]] it runs in San Cristóbal. Frayba said [[at least 19
homes|housing;a=Frayba]] had been burned in the hamlet of Las Limas. Federal authorities sent
[[600 soldiers and National Guard officers|combatants;n=soldiers and National Guard officers]] to
the region in {{August}}, and state prosecutors arrested [[12 members|arrested]] of the group in
{{2022}} over the disappearances.
""",
)

item(
    "Aldama families say gunfire from the hills has kept them off their land for years",
    """
Frayba has recorded [[more than 390 armed attacks|other;u=other;a=Frayba]] on [[13
communities|civilians;u=other;a=Frayba]] in the Tsotsil municipality of Aldama since {{2018}},
most of them with high-calibre rifles fired from the hills of neighbouring Chenalhó. The rights
centre says [[some 2,000 villagers|displaced;a=The rights centre;alt=Frayba]] have had to leave
their homes at least once, sleeping in the mountains or with relatives in the town centre. A
{{14-year-old}} girl was among [[eight people|killed;a=the state government]] killed in the
dispute, the state government said. A peace accord signed in {{June 2020}} committed the
authorities to station [[150 National Guard members|combatants;p]] in the area, but residents
say [[fewer than 40|combatants;n=-;a=residents]] are there on most days. The federal welfare
ministry said it had delivered [[4,500 food parcels|aid;a=The federal welfare ministry]] to
[[1,100 families|aid;a=The federal welfare ministry]] over the past year. The quarrel, over
{{60 hectares}} of farmland, goes back to a boundary drawn in {{1975}}.
""",
)

item(
    "Chiapas governor says 2,300 have returned to border towns under new force",
    """
Chiapas Governor Eduardo Ramírez said on Monday that [[some 2,300 people|returned;a=Chiapas
Governor Eduardo Ramírez]] had gone back to Frontera Comalapa, Chicomuselo and La Trinitaria
since the state's new Immediate Reaction Force, known as Pakal, began operating in {{January
2025}}. He said the force, with [[1,200 officers|combatants;a=Chiapas Governor Eduardo Ramírez]],
had arrested [[more than 600 suspects|arrested;a=Chiapas Governor Eduardo Ramírez]] and cleared
[[47 roadblocks|other;u=other;a=Chiapas Governor Eduardo Ramírez]] set up by the cartels.
Soldiers working with Pakal seized [[14 drones|other]] fitted to drop explosives at a ranch outside Chicomuselo in {{March}}. The Frayba rights centre
questioned the figures, saying [[at least 700 families|displaced;a=The Frayba rights centre]]
from the sierra were still living in Comitán and Tapachula. It also said [[18
people|missing;a=The Frayba rights centre]] had been reported missing in the region since
{{January}}, some of them after being stopped by police. Ramírez has said the force will grow to
[[2,000 officers|combatants;p;a=Ramírez]] by {{2026}}.
""",
)

item(
    "Guatemala escorts 212 Mexicans home after six weeks in Cuilco",
    """
Guatemalan authorities said on Wednesday that [[212 Mexicans|returned;a=Guatemalan authorities]]
who had sheltered in the border municipality of Cuilco for {{six weeks}} had been taken back to
Chiapas in [[nine buses|other;a=Guatemalan authorities]] escorted by police. Guatemala's human
rights ombudsman said [[about 90 others|displaced;a=Guatemala's human rights ombudsman]] had
chosen to stay, fearing for their lives, and that [[11 people|displaced;a=Guatemala's human
rights ombudsman]] had applied for refugee status. Mexico's National Guard said [[300
guardsmen|combatants;a=Mexico's National Guard]] had been posted in Amatenango de la Frontera to
receive the returnees. Mexican officials said the returning families, [[63
households|returned;a=Mexican officials]] in all, would each receive a {{three-month}} food
allowance, and that [[1,000 sheets|aid;p;a=Mexican officials]] of roofing would be handed out to
repair houses hit by gunfire. "We are going back because there is nothing for us here, not
because it is safe," a woman said as she boarded.
""",
)

item(
    "Chiapas sierra villagers used as human shields, rights groups say",
    """
Rights groups said on Thursday that gunmen had forced [[hundreds of villagers|civilians;a=Rights
groups]] in the Sierra Mariscal of Chiapas to march in front of their convoys and block army
patrols. In Siltepec, [[about 1,700 residents|displaced;a=the municipal government]] have left
their homes since {{October}}, the municipal government said. The state health ministry said
[[six people|injured;a=The state health ministry]] were being treated for gunshot wounds at the
hospital in Motozintla. [[Two soldiers|killed;a=the Defence Ministry]] were killed and [[five
others|injured;a=the Defence Ministry]] wounded when their patrol was ambushed near the hamlet of
Honduras, the Defence Ministry said. The ministry said it had sent [[an additional 800
troops|combatants;a=The ministry;alt=Defence Ministry]] to the region. The federal welfare
ministry said [[3,200 families|aid;a=The federal welfare ministry]] had received food packages
since the start of the crisis.
""",
)

item(
    "Searching families find graves near Comitán",
    """
A collective of searching families said on Sunday it had found [[seven clandestine
graves|other;u=other;a=A collective of searching families]] on a hillside outside Comitán,
holding the remains of [[at least nine people|killed;a=A collective of searching families]]. The
Chiapas prosecutor's office said [[four bodies|killed;a=The Chiapas prosecutor's office]] had
been identified by Wednesday, including that of a man who went missing in Frontera Comalapa in
{{2023}}. The collective, formed in {{2021}}, says it is searching for [[more than 140
people|missing;a=The collective;alt=A collective of searching families]] who disappeared in the
border region. According to the national registry of missing persons, [[1,260
people|missing;a=the national registry of missing persons]] are listed as missing in Chiapas.
Nationwide, the registry counts [[more than 127,000 people|missing;a=the registry;alt=the
national registry of missing persons]]. State police and [[40 National Guard
members|combatants]] guarded the site while forensic teams worked.
""",
)

item(
    "Displaced from the sierra, families spend a second Christmas in Comitán",
    """
The diocese of San Cristóbal de las Casas says [[about 230 people|displaced;a=The diocese of San
Cristóbal de las Casas]] from the Chiapas sierra are still living in [[two church
buildings|capacity;a=The diocese of San Cristóbal de las Casas]] in Comitán, more than a year
after they fled. [[Another 80 families|displaced]] rent rooms in the town, paying with what they
earn picking coffee. "We left with what we were wearing," said María, {{52}}, whose farm in
Chicomuselo was taken over by gunmen. She said the men had taken [[her two
sons|kidnapped;a=María]] in {{November 2023}} and that she has not heard from them since.
Comitán's municipal government said it had given the families [[450 blankets|aid;a=Comitán's
municipal government]] and [[1,800 hot meals|aid;a=Comitán's municipal government]] this month.
It has also opened a sports hall with space for [[up to 150 people|capacity]]. UNHCR says [[more
than 15,000 people|displaced;a=UNHCR]] have been forced from their homes in Chiapas since
{{2023}}.
""",
)

item(
    "Drone bombs hit Frontera Comalapa hamlet, residents flee",
    """
Drones carrying explosives struck [[at least six houses|housing;a=residents and local
officials]] in the hamlet of Nuevo Paraíso, in Frontera Comalapa, late on Saturday, residents and
local officials said. The state health ministry said [[three people|injured;a=The state health
ministry]], including a {{nine-year-old}} boy, were wounded by shrapnel. Residents said they
counted [[more than 20 drones|other;a=Residents]] over the hamlet in {{about two hours}}. Most of
Nuevo Paraíso's [[roughly 350 inhabitants|displaced;a=the municipal civil protection office]]
fled on foot to the municipal seat, {{12 km}} away, the municipal civil protection office said.
The office said [[46 families|displaced;a=The office;alt=the municipal civil protection office]]
were sleeping in the municipal auditorium. The army said it had sent [[150
soldiers|combatants;a=The army]] and an anti-drone system to the area. El Universal, citing
military data, reported [[at least 62 drone attacks|other;u=other;a=El Universal]] in Chiapas in
{{2024}}.
""",
)

item(
    "Prosecutors charge 18 over killings that emptied Chicomuselo hamlet",
    """
The Chiapas state prosecutor's office said on Friday that [[18 people|arrested;a=The Chiapas
state prosecutor's office]] had been charged with homicide and forced displacement over the
killing of [[11 people|killed;a=The Chiapas state prosecutor's office]] in Nueva Morelia in
{{May 2024}}. Among those in custody are [[four municipal police officers|arrested]] accused of
warning the gunmen about army patrols. Prosecutors said the suspects belonged to a cell of
[[about 40 gunmen|combatants;a=Prosecutors]] that controlled the road between Chicomuselo and the
Guatemalan border. They said [[23 rifles|other;a=Prosecutors]] and [[4,000
rounds|other;a=Prosecutors]] of ammunition had been seized in the raids. Of the [[150
families|civilians;a=the village's commissioner]] who lived in Nueva Morelia before the attack,
[[fewer than 30|returned;n=-;a=the village's commissioner]] have returned, the village's
commissioner said. It is the {{first}} time Chiapas prosecutors have brought charges of forced
displacement, a crime added to the state penal code in {{2023}}.
""",
)

item(
    "Guatemala sends 1,000 troops to border as Mexican cartel fighting spills over",
    """
Guatemala's defence ministry said on Monday it had deployed [[1,000
soldiers|combatants;a=Guatemala's defence ministry]] to the border with Chiapas after gunfights
between Mexican cartels left [[at least three people|killed;a=Guatemala's defence ministry]] dead
on the Guatemalan side. Officials in La Democracia, in Huehuetenango, said [[about 150
Guatemalans|displaced;a=Officials in La Democracia]] from border villages had moved into the
town centre. President Bernardo Arévalo said [[five Mexican nationals|arrested;a=President
Bernardo Arévalo]] had been detained with rifles and radios near the crossing at La Mesilla. He
said the army would set up [[three new outposts|other;p;a=President Bernardo Arévalo]] along the
line. Guatemala's Institute of Migration said it had received [[2,300
Mexicans|displaced;a=Guatemala's Institute of Migration]] fleeing violence since {{2021}}, of
whom [[about 1,900|returned;n=-;a=Guatemala's Institute of Migration]] have gone home.
""",
)

item(
    "Chiapas congress passes forced displacement law",
    """
The Chiapas state congress on {{March 18, 2025}} passed a law on internal forced displacement,
{{13 years}} after a first draft was debated in {{2012}}. The law creates a state register and a
support fund with an initial budget of {{120 million pesos}} (about {{$6.5 million}}), and obliges
the state to issue a response plan within {{90 days}} of any mass displacement. Under {{Article
14}}, victims are entitled to emergency aid for {{up to six months}}. Rights groups welcomed the
law but noted that {{less than 1%}} of the state's {{2025}} security budget had been set aside for
it. Guerrero passed a similar law in {{2014}}, Sinaloa in {{2020}} and Zacatecas in {{2023}}.
""",
)

item(
    "Guatemala extends state of prevention in border municipalities",
    """
Guatemala's Congress on Tuesday ratified Decree {{7-2024}}, extending for {{30 days}} the state
of prevention in Cuilco, Tectitán and La Democracia, in Huehuetenango. The measure, first
declared on {{July 26}}, allows the army to set up checkpoints and bans gatherings between {{8
p.m.}} and {{5 a.m.}} The municipalities lie within {{15 km}} of the Mexican border, where cartel
gunfights have been heard almost every night since {{mid-July}}. Guatemala's economy ministry said
trade through the La Mesilla crossing had fallen {{40%}}, costing businesses about {{150 million
quetzales}}. It is the {{third}} such decree for the area since {{2021}}.
""",
)
