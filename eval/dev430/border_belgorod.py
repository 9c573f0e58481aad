"""dev430 items, part 1: Belgorod city, Shebekino, Grayvoron and the Belgorod border villages,
2022-2026."""

from _wrap import item

item(
    "Belgorod toll climbs to 25 after strike on city centre",
    """
The death toll from Saturday's strike on central Belgorod has risen to [[25 people|killed;a=Governor
Vyacheslav Gladkov]], among them [[five children|killed;a=Governor Vyacheslav Gladkov]], Governor
Vyacheslav Gladkov said on {{December 31}}. [[At least 109 people|injured;a=Russia's Health
Ministry]] were wounded, Russia's Health Ministry said. The ministry said [[about 45|injured;n=-;a=The
ministry;alt=Russia's Health Ministry]] of them were still in hospital on Sunday morning, several in a
serious condition. City officials counted [[more than 200 flats|housing;a=City officials]] and
[[about 30 apartment blocks|housing;u=structure;a=City officials]] with blown-out windows or damaged
facades, as well as [[over 90 cars|other;a=City officials]]. Russia's Defence Ministry said air
defences had intercepted [[13 rockets|other;a=Russia's Defence Ministry]] fired from Czech-made
Vampire launchers, and blamed debris and banned cluster munitions for the deaths. The strike came a
day after Russia's largest air attack of the war on Ukrainian cities, which Kyiv said had killed
[[at least 39 civilians|killed;a=Kyiv]].
""",
)

item(
    "Shebekino empties as shelling intensifies",
    """
[[More than 2,500 people|displaced;a=Governor Vyacheslav Gladkov]] have been moved out of Shebekino
and nearby villages to temporary accommodation centres in Belgorod and Stary Oskol, Governor Vyacheslav
Gladkov said on {{June 2}}. The town, home to [[about 40,000 people|civilians]] before the war, has
been hit almost daily for a week by artillery and Grad rockets fired from across the border, some
{{7 km}} away. Gladkov said [[two women|killed;a=Gladkov]] died when a shell hit a car outside a
factory on Thursday and that [[at least 11 people|injured;a=Gladkov]] had been wounded in the district
over the previous {{24 hours}}. The Belgorod regional government said [[about 4,000 evacuees|displaced;a=The
Belgorod regional government]] were now staying in [[nine accommodation centres|capacity;a=The Belgorod
regional government]] across the region, which had room for [[another 1,500|capacity;n=-;a=The
Belgorod regional government]]. Officials said [[300 children|displaced;p;a=Officials]] from
Shebekino would be sent to summer camps in the Yaroslavl and Penza regions next week. Ukraine did not
comment on the shelling, and a group of Russian fighters allied with Kyiv claimed to be operating on
the outskirts of the town.
""",
)

item(
    "Drones hit 11 Belgorod villages, governor says",
    """
Ukrainian drones and shells hit [[11 settlements|other;u=other;a=Governor Vyacheslav Gladkov]] in
Russia's Belgorod region over the past day, wounding [[four people|injured;a=Governor Vyacheslav
Gladkov]] and killing a {{58-year-old}} man in Shebekino, Governor Vyacheslav Gladkov said on
Tuesday. In the village of Dronovka, an FPV drone dropped explosives on a car as it drove along the
border road, injuring its driver and a passenger. He said [[three private houses|housing;a=Gladkov]],
[[two outbuildings|housing;u=structure;a=Gladkov]] and [[five cars|other;a=Gladkov]] had been damaged
in the Belgorod district, and that a shell had cut a power line in Nikolskoye, leaving [[about 600
residents|civilians;a=Gladkov]] without electricity. Russia's Defence Ministry said air defences had
destroyed [[27 Ukrainian drones|other;a=Russia's Defence Ministry]] over the Belgorod region overnight
and [[eight|other;n=-;u=other;a=Russia's Defence Ministry]] over the neighbouring Kursk region.
Reuters could not independently verify the reports.
""",
)

item(
    "Seven killed as rockets hit Belgorod market and sports complex",
    """
A rocket attack on Belgorod on {{February 15}} killed [[seven people|killed;a=regional officials]],
among them a {{nine-month-old}} girl, and wounded [[at least 17|injured;n=-;a=regional officials]],
regional officials said. Russia's Defence Ministry said air defences shot down [[14 rockets|other;a=Russia's
Defence Ministry]] fired from {{RM-70}} Vampire launchers, but that fragments fell on a sports complex,
a shopping centre and the central market. Gladkov said [[48 flats|housing;a=Gladkov]] in [[seven
apartment buildings|housing;a=Gladkov]] and [[30 cars|other;a=Gladkov]] had been damaged, and that
glaziers would work through the night. City authorities said [[around 200 residents|displaced;a=City
authorities]] spent the night in a school gym set up as a temporary shelter. Mourners laid flowers
at the market on {{February 16}}, and the city declared a day of mourning.
""",
)

item(
    "A year on, Shebekino's residents drift back under the drones",
    """
Nearly a year after the mass evacuation, [[some 14,000 people|returned;a=the town administration]]
have come back to Shebekino, the town administration says, roughly {{a third}} of the pre-war
population. Schools are still closed, and [[about 1,100 pupils|displaced;a=officials]] are studying
online from Belgorod and other towns where their families rent flats, officials said. FPV drones now
hunt cars on the roads in and out of town: local officials say [[62 vehicles|other;a=local
officials]] were hit in May alone. [[Nine people|killed;a=the regional health ministry]] have died in
drone attacks on the town since January and [[46|injured;n=-;a=the regional health ministry]] have
been wounded, according to the regional health ministry. "We live from siren to siren," said
Valentina, {{67}}, who moved back in March to look after her garden. The regional government has
promised to repair [[2,400 damaged homes|housing;p;a=The regional government]] in the town by the end
of {{2024}}.
""",
)

item(
    "Fifteen dead in Belgorod apartment block collapse",
    """
Rescuers have recovered [[15 bodies|killed;a=Russia's Emergencies Ministry]] from the rubble of a
{{10-storey}} apartment block in Belgorod, Russia's Emergencies Ministry said on {{May 13}}, ending a
search that lasted through the night. [[Twenty-seven people|injured;a=the ministry;alt=Russia's
Emergencies Ministry]] were hurt, the ministry said. Russia's Defence Ministry said the block was hit
by fragments of a Ukrainian Tochka-U missile, and that air defences had downed [[10 missiles|other;a=Russia's
Defence Ministry]] and [[two Vilkha rockets|other;a=Russia's Defence Ministry]] over the city that
morning. Some Ukrainian military bloggers suggested instead that a Russian air defence missile had
gone astray. [[About 300 rescuers|other]] and [[dozens of heavy machines|other;u=other]] worked at the
site. The mayor's office said [[more than 40 residents|displaced;a=The mayor's office]] of the block
and the building next to it had been moved to a hotel, and that [[138 flats|housing;a=The mayor's
office]] nearby had broken windows.
""",
)

item(
    "Belgorod to send 9,000 children away from the shelling",
    """
The Belgorod region will send [[about 9,000 children|displaced;p;a=Governor Vyacheslav Gladkov]] from
the city and the border districts to other parts of Russia, Governor Vyacheslav Gladkov said on
{{March 18}}, after a week in which shelling and drone attacks killed [[at least 16 people|killed;a=Governor
Vyacheslav Gladkov]] in the region. The {{first}} group of [[1,200 children|displaced;p]] is due to leave
for Kaluga, Penza and Kaliningrad on {{March 22}}. Gladkov said [[more than 50 camps and
sanatoriums|capacity;n=camps and sanatoriums;u=structure;a=Gladkov]] in other regions had offered to
take them in free of charge. Parents of children {{under seven}} may travel with them. Since {{March
12}}, [[more than 100 people|injured;a=the governor;alt=Governor Vyacheslav Gladkov]] have been
wounded, according to the governor. [[Several hundred families|displaced;a=the regional social
protection ministry]] from Grayvoron and Krasnaya Yaruga have already left on their own, the regional
social protection ministry said. Schools in Belgorod switched to remote learning until {{March 30}},
and shopping centres were closed for {{two days}}.
""",
)

item(
    "Belgorod's 2025 in numbers: drones, dead and damaged homes",
    """
Ukrainian attacks killed [[104 civilians|killed;a=Governor Vyacheslav Gladkov's office]] in the
Belgorod region in {{2025}} and wounded [[more than 900|injured;n=-;a=Governor Vyacheslav Gladkov's
office]], according to a year-end count by Governor Vyacheslav Gladkov's office. The office said
[[roughly 4,700 drones|other;a=The office;alt=Governor Vyacheslav Gladkov's office]] had been launched
at the region, {{40%}} more than in {{2024}}, and that [[about 3,900|other;n=-;u=other;a=The
office;alt=Governor Vyacheslav Gladkov's office]] were shot down or jammed. It listed [[1,850 private
houses|housing;a=Governor Vyacheslav Gladkov's office]], [[420 apartment buildings|housing;a=Governor
Vyacheslav Gladkov's office]] and [[2,300 cars|other;a=Governor Vyacheslav Gladkov's office]] as
damaged or destroyed. Grayvoron, the town closest to the border, was without power for a total of
{{41 days}}. [[About 11,000 residents|displaced]] of border villages were still living away from
home at the end of the year.
""",
)

item(
    "Moscow says it killed 70 raiders after Belgorod incursion",
    """
Russia's Defence Ministry said on {{May 23}} that it had killed [[more than 70 Ukrainian
saboteurs|killed;a=Russia's Defence Ministry]] and destroyed [[four armoured vehicles|other;a=Russia's
Defence Ministry]] and [[five pickup trucks|other;a=Russia's Defence Ministry]] after a cross-border
raid into the Grayvoron district of the Belgorod region. The Freedom of Russia Legion and the Russian
Volunteer Corps, made up of Russian citizens who fight for Ukraine, claimed the raid. The Legion said
it had lost [[two fighters|killed;a=The Legion;alt=The Freedom of Russia Legion]] and called the
operation a success. Gladkov said [[12 people|injured;a=Gladkov]] had been wounded and that an
elderly woman had died during the evacuation. [[More than 100 residents|displaced;a=the district
head]] of Kozinka, Glotovo and Gora-Podol were taken by bus to Belgorod, and [[nine houses|housing;a=the
district head]] were damaged in Kozinka, according to the district head. The counter-terrorism
regime imposed on the region was lifted after {{two days}}.
""",
)

item(
    "Belgorod without power after strike on thermal plant",
    """
A Ukrainian missile and drone attack on the Belgorod thermal power plant on the night of {{October
3}} left [[about 20,000 residents|civilians;a=Governor Vyacheslav Gladkov]] of the city without
electricity, water or heating, Governor Vyacheslav Gladkov said. Gladkov said [[two
substations|other;u=other;a=Gladkov]] and [[a dozen boiler houses|other;u=other;a=Gladkov]] had been
knocked out, and that repairs would take at least {{three days}}. Russia's Defence Ministry said air
defences destroyed [[eight HIMARS rockets|other;a=Russia's Defence Ministry]] and [[31
drones|other;a=Russia's Defence Ministry]] over the region that night. The regional energy company
brought in [[47 mobile generators|other]] for hospitals and pumping stations, and [[about 1,200 repair
workers|other]] from neighbouring regions. The temperature dropped to {{minus 3C}} overnight, and the
city opened [[14 heating points|other]] in schools and libraries.
""",
)

item(
    "Belgorod's volunteer defence units swell as raids continue",
    """
Belgorod's territorial defence force now numbers [[more than 3,000 volunteers|combatants;a=Governor
Vyacheslav Gladkov]], up from [[about 1,200|combatants;n=-;a=Governor Vyacheslav Gladkov]] a year
ago, Governor Vyacheslav Gladkov said on {{January 24}}. The units, armed with hunting rifles, carbines
and drones, patrol [[47 border villages|other]] and guard evacuation routes. The Orlan battalion, the
largest, has [[about 400 fighters|combatants;a=its commander]], its commander told the regional
broadcaster Mir Belogorya. The army has moved [[several thousand troops|combatants;a=Ukrainian
military intelligence]] to the Belgorod border since the raids of {{2023}}, according to Ukrainian
military intelligence. Volunteers are paid {{50,000 roubles}} a month. [[Eleven members|killed;a=officials]]
of the units have been killed since the force was formed, officials said.
""",
)

item(
    "Belgorod raises payouts for cars destroyed by drones",
    """
The Belgorod regional government will pay up to {{500,000 roubles}} for a car destroyed by a
Ukrainian drone, up from {{300,000 roubles}}, under a decree signed on {{April 8}}, {{2025}}. Owners
of damaged cars can claim {{50%}} of the repair bill, capped at {{150,000 roubles}}, if the vehicle was
hit inside the {{20-kilometre}} border zone. Claims must be filed within {{six months}} of the attack,
and payments are due within {{30 working days}}, the regional finance ministry said. Governor
Vyacheslav Gladkov said the change followed complaints from residents of Shebekino and Grayvoron,
where drones attack cars on the roads almost every day. The decree applies retroactively from
{{January 1}}.
""",
)

item(
    "Belgorod border schools to open the year online",
    """
Schools in the Belgorod region's border districts will start the {{2025-2026}} school year online on
{{September 1}}, the regional education ministry said, while those farther than {{15 km}} from the
border will hold classes in person. Lessons will be shortened to {{30 minutes}} and will start at
{{8:30}}, so that pupils can reach a shelter within {{90 seconds}} of an air-raid alert, the ministry
said. Pupils aged {{14}} and older will take a {{12-hour}} first-aid course in the autumn term. Last
year, {{38%}} of lessons in the region were held remotely, against {{11%}} in {{2023}}.
""",
)

item(
    "Blasts in Belgorod kill three, Russia says Ukrainian missiles downed",
    """
Explosions in Belgorod early on {{July 3}} killed [[at least three people|killed;a=Governor Vyacheslav
Gladkov]] and damaged [[11 apartment buildings|housing;a=Governor Vyacheslav Gladkov]] and [[39
private houses|housing;a=Governor Vyacheslav Gladkov]], Governor Vyacheslav Gladkov said, in the
deadliest incident in the city since Russia invaded Ukraine in February. [[Four people|injured;a=Governor
Vyacheslav Gladkov]], including a {{10-year-old}} boy, were taken to hospital, he said. Russia's
Defence Ministry said its air defences had shot down [[three Tochka-U missiles|other;a=Russia's
Defence Ministry]] over the city. [[About 100 residents|displaced;a=the city administration]] of
damaged homes were moved to a school and a hotel, the city administration said. Kyiv did not comment;
Russian officials have accused Ukraine of shelling border villages since April.
""",
)

item(
    "Russia says 65 Ukrainian POWs among dead in Belgorod plane crash",
    """
A Russian military transport plane crashed in the Korochansky district of the Belgorod region on
{{January 24}}, and Russia's Defence Ministry said [[all 74 people|killed;a=Russia's Defence Ministry]]
on board had been killed, among them [[65 Ukrainian prisoners of war|killed;n=prisoners;a=Russia's
Defence Ministry]] who were being flown to an exchange. The ministry said the {{Il-76}} was also
carrying [[six crew members|killed;a=The ministry;alt=Russia's Defence Ministry]] and [[three
escorts|killed;a=The ministry;alt=Russia's Defence Ministry]]. It said the plane had been shot down by
[[two missiles|other;a=Russia's Defence Ministry]] fired from Ukraine's Kharkiv region. Ukraine's
military intelligence agency confirmed that an exchange of [[192 prisoners|other;p;a=Ukraine's
military intelligence agency]] had been planned for that day, but said it had not been told how the
prisoners would be transported. Kyiv called for an international investigation.
""",
)

item(
    "Grayvoron villages emptied as FPV drones close the roads",
    """
Authorities have ordered [[about 1,500 residents|displaced;p]] of [[five border villages|other]] in the
Belgorod region's Grayvoron district to leave by the end of the week, as Ukrainian FPV drones make the
roads to them almost impassable. District head Gennady Bondarev said [[around 600 people|civilians;a=District
head Gennady Bondarev]] were refusing to go, most of them elderly. Bondarev said drones had struck
[[14 cars|other;a=Bondarev]] on the Grayvoron-Dronovka road in June. The evacuees will be housed in
[[three temporary accommodation centres|capacity]] in Belgorod and Stary Oskol, which can take [[up to
800 people|capacity]]. Grayvoron itself, which had [[about 6,000 inhabitants|civilians]] before
{{2022}}, has had no working bakery since March. Residents of evacuated villages receive {{10,000
roubles}} a month.
""",
)

item(
    "Gladkov: over 300 Belgorod civilians killed since shelling began",
    """
Ukrainian attacks on the Belgorod region have killed [[more than 300 civilians|killed;a=Governor
Vyacheslav Gladkov]], including [[17 children|killed;a=Governor Vyacheslav Gladkov]], since {{February
2022}}, Governor Vyacheslav Gladkov told the TASS news agency in an interview published on {{February
24}}, {{2025}}. He said [[about 1,500 people|injured;a=Gladkov]], among them [[more than 120
minors|injured;a=Gladkov]], had been wounded, and that [[at least 15 residents|missing;a=Gladkov]] had
been missing since the raids on border villages in {{2024}}. Across the region, [[nearly 23,000
homes|housing;a=Gladkov]] and [[about 4,000 cars|other;a=Gladkov]] had been damaged, he said. Gladkov
said the region had also taken in [[some 2,000 residents|displaced;a=Gladkov]] of the Kursk region
during the Ukrainian incursion the previous summer.
""",
)
