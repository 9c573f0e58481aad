"""dev430 items, part 3: the Bryansk region, the cross-border raids, the drones on border villages
and the claims of both armies, 2022-2026."""

from _wrap import item

item(
    "Putin calls Bryansk border raid a terrorist attack",
    """
Armed men who crossed from Ukraine into the Bryansk region on {{March 2}} killed [[two
civilians|killed;a=Governor Alexander Bogomaz]] and wounded a {{10-year-old}} boy when they fired on a
car near the village of Lyubechane, Governor Alexander Bogomaz said. Russia's FSB security service said
[[several dozen saboteurs|combatants;a=Russia's FSB security service]] had crossed the border and were
pushed back into Ukraine after a gunfight. Early Russian media reports said the attackers had taken
[[as many as six people|kidnapped;a=Early Russian media reports]] hostage, including children, but
officials later said nobody had been held. The Russian Volunteer Corps, a group of Russian
nationalists fighting on Ukraine's side, claimed the raid and posted a video of [[about a dozen of its
fighters|combatants]] in the village. The Bryansk regional government said [[about 50
residents|displaced;a=The Bryansk regional government]] of Lyubechane and Sushany had been moved to a
sanatorium in Bryansk. Border villages in the region have been shelled regularly since {{2022}};
Bogomaz said [[11 civilians|killed;a=Bogomaz]] had been killed there that winter.
""",
)

item(
    "Russia says it downed 337 drones in largest Ukrainian attack",
    """
Russia's Defence Ministry said air defences destroyed [[337 Ukrainian drones|other;a=Russia's Defence
Ministry]] overnight to {{March 11}}, including [[91|other;n=-;u=other;a=Russia's Defence Ministry]]
over the Moscow region and [[126|other;n=-;u=other;a=Russia's Defence Ministry]] over the Kursk
region, in the largest drone attack of the war. Moscow Mayor Sergei Sobyanin said [[three
people|killed;a=Moscow Mayor Sergei Sobyanin]] had been killed in the capital's suburbs and [[18|injured;n=-;a=Moscow
Mayor Sergei Sobyanin]] wounded. In the Bryansk region, Governor Alexander Bogomaz said [[25
drones|other;a=Governor Alexander Bogomaz]] had been shot down and that a drone hit a house in Klintsy,
wounding [[two residents|injured;a=Governor Alexander Bogomaz]]. [[More than 70 flights|other;a=the
federal aviation agency]] to and from Moscow airports were diverted or delayed, the federal aviation
agency said. The attack came hours before Ukrainian and US officials met in Jeddah.
""",
)

item(
    "Seven dead as bridge collapses onto Bryansk passenger train",
    """
A road bridge collapsed onto a passenger train in the Vygonichi district of the Bryansk region late on
{{May 31}}, killing [[seven people|killed;a=Governor Alexander Bogomaz]] and injuring [[at least
66|injured;n=-;a=Governor Alexander Bogomaz]], Governor Alexander Bogomaz said. Russian Railways said
the train, travelling from Klimovo to Moscow, was carrying [[388 passengers|civilians;a=Russian
Railways]]. Russia's Investigative Committee said the bridge had been blown up and opened a terrorism
case. Hours later, a {{second}} bridge collapsed under a freight train in the neighbouring Kursk region,
injuring [[three crew members|injured]]. Russia's Health Ministry said [[47 people|injured;a=Russia's
Health Ministry]], among them [[three children|injured;a=Russia's Health Ministry]], were still in
hospital on Monday. Bogomaz said [[about 180 rescuers|other;a=Bogomaz]] and [[45
ambulances|other;a=Bogomaz]] had been sent to the site overnight.
""",
)

item(
    "FSB says it repelled sabotage group on Bryansk border",
    """
Russian border guards repelled an attempt by [[up to 30 Ukrainian saboteurs|combatants;a=the FSB]] to
cross into the Bryansk region near the village of Kurkovichi, the FSB said on {{November 18}}, adding
that [[nine|killed;n=-;a=the FSB]] of the attackers had been killed. It said [[two Ukrainian
servicemen|arrested;a=the FSB]] had been taken prisoner. Governor Alexander Bogomaz said the village
had been shelled during the clash and that [[three houses|housing;a=Governor Alexander Bogomaz]] were
damaged, but nobody was hurt. [[About 200 residents|displaced]] of Kurkovichi and the neighbouring
villages spent the night in a school in Pogar. Since the start of {{2024}}, the FSB says, border guards
in the Bryansk, Kursk and Belgorod regions have stopped [[more than 40 such
incursions|other;u=other;a=the FSB]].
""",
)

item(
    "In Kursk's border villages, FPV drones make every road a front line",
    """
Tetkino, on the Kursk region's border with Ukraine, had [[about 4,000 residents|civilians;a=the village
head]] before the war, and [[fewer than 300|civilians;n=-;a=the village head]] remain, the village head
says. FPV drones fly in from across the border, about {{3 km}} away, and hunt anything that moves. In
January they hit [[17 cars|other;a=Viktor Kozlov;alt=the head]], [[two tractors|other;a=Viktor
Kozlov;alt=the head]] and a school bus, said the head, Viktor Kozlov. [[Two residents|missing]] have
been missing since a drone hit their car in December. Across the Glushkovo district, drones killed
[[11 civilians|killed;a=the district administration]] and wounded [[64|injured;n=-;a=the district
administration]] in {{2025}}, according to the district administration. Volunteers deliver bread and
medicine to [[about 120 elderly residents|aid]] who refuse to leave. The regional government says
[[about 900 people|displaced;a=The regional government]] from the district are now living in
temporary accommodation centres in Kursk.
""",
)

item(
    "Moscow claims 234 attackers killed in cross-border raids before election",
    """
Russia's Defence Ministry said on {{March 12}} that it had repelled attempts by Ukrainian forces and
pro-Ukrainian Russian volunteers to cross into the Kursk and Belgorod regions, killing [[234
attackers|killed;a=Russia's Defence Ministry]] and destroying [[seven tanks|other;a=Russia's Defence
Ministry]] and [[five armoured combat vehicles|other;a=Russia's Defence Ministry]]. The Siberian
Battalion, the Freedom of Russia Legion and the Russian Volunteer Corps said they had entered Tetkino
in the Kursk region and Kozinka in the Belgorod region. Belgorod Governor Vyacheslav Gladkov said [[two
people|killed;a=Belgorod Governor Vyacheslav Gladkov]] had been killed and [[nine|injured;n=-;a=Belgorod
Governor Vyacheslav Gladkov]] wounded by shelling. Kursk Governor Roman Starovoit said schools in
Tetkino were closed and [[about 1,000 residents|displaced;a=Kursk Governor Roman Starovoit]] had left
for safer areas. Starovoit said [[two residents|kidnapped;a=Starovoit]] of Tetkino had been seized by
the attackers and taken across the border. The Freedom of Russia Legion said its fighters had captured
[[25 Russian soldiers|arrested;a=The Freedom of Russia Legion]]. The raids came {{three days}} before
the presidential election.
""",
)

item(
    "Ukraine says it struck air defence systems near Kursk and in Belgorod region",
    """
Ukraine's General Staff said on {{October 21}} that its drones had struck a Russian air defence
battalion near Khalino airfield outside Kursk, destroying [[two launchers|other;a=Ukraine's General
Staff]] of an {{S-400}} system and a radar. It said a separate strike on a command post near Borisovka
in the Belgorod region had killed [[up to 30 Russian servicemen|killed;a=Ukraine's General Staff]], a
claim Reuters could not verify. Russia's Defence Ministry said it had shot down [[43 Ukrainian
drones|other;a=Russia's Defence Ministry]] over the Kursk and Belgorod regions overnight. Kursk's acting
governor, Alexei Smirnov, said drone debris had damaged [[four private houses|housing;a=Alexei Smirnov]]
in Khalino and wounded a {{72-year-old}} woman. The General Staff said Russia had dropped [[more than
800 glide bombs|other;u=other;a=The General Staff;alt=Ukraine's General Staff]] on Ukrainian positions
in the Kursk area in the previous week. Ukrainian commanders say [[about 50,000 Russian
troops|combatants;a=Ukrainian commanders]] are now massed in the region.
""",
)

item(
    "Bryansk relocates border families as drone attacks grow",
    """
The Bryansk region has moved [[about 3,000 residents|displaced;a=Governor Alexander Bogomaz]] out of
[[26 villages|other;a=Governor Alexander Bogomaz]] along the Ukrainian border in the Suzemka, Sevsk and
Klimovo districts since January, Governor Alexander Bogomaz said on {{July 8}}. He said
[[410|displaced;n=-;a=Bogomaz]] of them were living in [[five temporary accommodation
centres|capacity;a=Bogomaz]] in Bryansk and Trubchevsk, and the rest with relatives or in homes rented
by the region. Drones dropped explosives on a bus stop in Suzemka on {{July 5}}, killing a
{{64-year-old}} woman and wounding [[three other people|injured]]. Bogomaz said [[more than 2,000 drone
attacks|other;u=other;a=Bogomaz]] had been recorded in the region in the {{first half}} of the year,
against [[about 700|other;n=-;u=other;a=Bogomaz]] a year earlier. The region pays evacuated families
{{10,000 roubles}} a month per person. [[Some 150 schoolchildren|displaced;p]] from the border
districts will spend the summer at a camp near Bryansk.
""",
)

item(
    "Ukraine fires Storm Shadow missiles at Bryansk microchip plant",
    """
Ukraine's General Staff said on {{November 12}} that it had struck the Kremniy El plant in Bryansk,
which makes microelectronics for Russian missiles, with British-made Storm Shadow cruise missiles.
Russia's Defence Ministry said air defences had shot down [[eight Storm Shadow missiles|other;a=Russia's
Defence Ministry]], [[two HIMARS rockets|other;a=Russia's Defence Ministry]] and [[18
drones|other;a=Russia's Defence Ministry]] over the region. Governor Alexander Bogomaz said [[four
people|injured;a=Governor Alexander Bogomaz]] were lightly hurt and [[a dozen private
houses|housing;a=Governor Alexander Bogomaz]] had broken windows, but did not mention damage to the
plant. Kremniy El employs [[about 1,500 people|other]]. [[Around 300 workers|displaced;a=the
company]] on the night shift were taken to shelters during the attack, the company said.
""",
)

item(
    "Drone hits passenger bus on Belgorod-Shebekino road",
    """
A Ukrainian drone struck a passenger bus on the road between Belgorod and Shebekino on the morning of
{{June 17}}, killing [[two people|killed;a=Governor Vyacheslav Gladkov]] and wounding
[[14|injured;n=-;a=Governor Vyacheslav Gladkov]], Governor Vyacheslav Gladkov said. The bus was carrying
[[about 30 passengers|civilians;a=Governor Vyacheslav Gladkov]], most of them workers on their way to a
chemical plant in Shebekino, he said. It was the {{fourth}} attack on a bus in the region this month.
Regional transport officials said they had fitted [[60 buses|other;a=Regional transport officials]]
with anti-drone nets and jammers and planned to equip [[another 140|other;p;n=-;u=other;a=Regional
transport officials]] by September. In a separate attack, drones hit [[three cars|other]] in the
village of Novaya Tavolzhanka.
""",
)

item(
    "UN rights office says civilian harm rising on both sides of the border",
    """
The UN human rights office said on {{March 28}} that it had received credible reports of [[dozens of
civilians|killed;a=The UN human rights office]] killed in Russia's Belgorod, Kursk and Bryansk regions
in the {{first}} quarter of the year, but that it had no access to Russian territory and could not
verify them. In Ukraine, the UN Human Rights Monitoring Mission verified [[at least 164
civilians|killed;a=the UN Human Rights Monitoring Mission]] killed and [[910|injured;n=-;a=the UN Human
Rights Monitoring Mission]] injured over the same period, most of them in Russian attacks. Russian
officials say Ukrainian attacks killed [[more than 60 civilians|killed;a=Russian officials]] in the
Belgorod region alone in January and February. The office's spokesperson, Ravina Shamdasani, said
[[thousands of people|displaced;a=Ravina Shamdasani]] had been displaced on both sides of the border.
The office has also asked Kyiv about reports that Russian civilians were detained during the Kursk
incursion; Ukraine says it detained [[about 150 people|arrested;a=Ukraine]] there on suspicion of
collaborating with Russian forces.
""",
)

item(
    "Drones set fire to oil depot in Bryansk region",
    """
Ukrainian drones set fire to an oil depot in the Bryansk region town of Klintsy early on {{January
24}}, and [[about 120 firefighters|other;a=the regional emergencies service]] fought the blaze for most
of the day, the regional emergencies service said. [[Four tanks|other]] holding about {{6,000 cubic
metres}} of fuel caught fire. Governor Alexander Bogomaz said [[two workers|injured;a=Governor Alexander
Bogomaz]] had been burned. Ukraine's SBU security service said [[at least 10 drones|other;a=Ukraine's
SBU security service]] had taken part in the attack, and that the depot supplied fuel to Russian units
in the Kursk region. Russia's Defence Ministry said [[22 drones|other;a=Russia's Defence Ministry]] were
downed over the Bryansk region overnight. [[About 40 residents|displaced]] of nearby streets were
evacuated as a precaution.
""",
)

item(
    "Bryansk village shelled from Ukraine, governor says",
    """
Shells fired from Ukraine hit the village of Klimovo in the Bryansk region on {{April 14}}, wounding
[[seven people|injured;a=Governor Alexander Bogomaz]], including a {{two-year-old}} child, and damaging
[[six houses|housing;a=Governor Alexander Bogomaz]], Governor Alexander Bogomaz said. Russia's
Investigative Committee said [[two Ukrainian helicopters|other;a=Russia's Investigative Committee]]
had entered Russian airspace and fired [[at least six rockets|other;a=Russia's Investigative
Committee]] at residential buildings. [[About 100 residents|displaced;a=the district administration]]
were evacuated from Klimovo and [[two neighbouring villages|other;a=the district administration]], the
district administration said. The Kremlin called the attack a provocation, and Ukraine's SBU said
Russia was staging incidents to justify its invasion.
""",
)

item(
    "Border regions report a week of drone attacks",
    """
Ukrainian drone and artillery attacks on Russia's Belgorod, Kursk and Bryansk regions killed [[nine
civilians|killed;a=a Reuters tally]] and wounded [[at least 52|injured;n=-;a=a Reuters tally]] in the
week to {{February 8}}, according to a Reuters tally of the governors' daily reports. The Belgorod
region accounted for [[six|killed;n=-]] of the dead. Gladkov said [[more than 400
drones|other;a=Gladkov]] had been launched at his region during the week. In the Kursk region,
Governor Alexander Khinshtein said [[about 1,800 households|civilians;a=Governor Alexander Khinshtein]]
in Rylsk and Glushkovo were without power after strikes on [[two substations|other;u=other;a=Governor
Alexander Khinshtein]]. Bryansk Governor Alexander Bogomaz reported [[14 houses|housing;a=Bryansk
Governor Alexander Bogomaz]] and [[a dozen cars|other;a=Bryansk Governor Alexander Bogomaz]] damaged in
the Klimovo and Sevsk districts.
""",
)

item(
    "Trains to Klimovo resume with new timetable after bridge attack",
    """
Russian Railways said passenger trains between Moscow and Klimovo would resume on {{June 10}}, running
at no more than {{60 km/h}} on the Bryansk section and taking about {{two hours}} longer than before.
The overnight train will leave Moscow's Kievsky station at {{21:40}} and reach Klimovo at {{9:15}} the
next morning. A reserved-seat berth will still cost {{2,900 roubles}}, and tickets for services
cancelled after {{May 31}} will be refunded in full. Repairs to the road bridge at Vygonichi are
expected to cost about {{400 million roubles}} and to take until October.
""",
)

item(
    "Belgorod to spend more on anti-drone nets in 2026 budget",
    """
The Belgorod regional duma on {{December 18}} approved a {{2026}} budget that sets aside {{3.1 billion
roubles}} for protection against drones, {{40%}} more than this year. Nets will be stretched over roads
within {{25 km}} of the border, and shelters at bus stops will be built to withstand a {{152-mm}}
shell, the regional government said. Spending on compensation for damaged property will rise to
{{4.8 billion roubles}}, or about {{6%}} of the budget. Governor Vyacheslav Gladkov said the region's
economy had shrunk by {{1.2%}} in {{2025}}, its {{second}} annual contraction since {{2022}}.
""",
)
