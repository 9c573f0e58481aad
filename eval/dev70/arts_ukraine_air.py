"""eval/dev70 items: Ukraine's cities and grid under missile and drone attack (2022-2025).

Barrages launched and shot down, apartment blocks and houses hit, substations and plants
knocked out, households left without power, water or gas, the metro as a shelter, the dead and
wounded of single strikes, and the same war seen from Belgorod and Moscow.
"""

from figset import F

F(
    "Drones and missiles target Ukraine's grid overnight",
    "Russia launched [[75 drones|other;a=Ukraine's air force]] of the {{Shahed-136}} type and "
    "[[six cruise missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air "
    "force said on Sunday. Air defences brought down [[60|other;u=other]] of the drones and "
    "[[all six missiles|other]]. Debris and direct hits damaged "
    "[[two substations|other;u=other]] in the Odesa region, and Ukrenergo said "
    "[[about 140,000 households|civilians;a=Ukrenergo]] were without power by morning.",
)

F(
    "Missile tears through Kyiv apartment block",
    "A ballistic missile tore through a {{nine-storey}} apartment block in Kyiv's Solomianskyi "
    "district shortly before {{4 a.m.}} on Thursday, killing "
    "[[at least 11 people|killed;a=Mayor Vitali Klitschko]], "
    "[[two of them children|killed;a=Mayor Vitali Klitschko]], Mayor Vitali Klitschko said. "
    "Rescuers pulled [[nine people|other]] alive from the rubble, and [[37|injured]] were taken "
    "to hospital. By evening crews had removed [[about 600 tonnes|other]] of concrete, and the "
    "city's military administration said "
    "[[five residents|missing;a=the city's military administration]] were still unaccounted "
    "for.",
)

F(
    "Ukraine has lost half its generation, minister says",
    "Russian strikes since {{March 2024}} have knocked out about {{9 gigawatts}} of Ukraine's "
    "generating capacity, roughly {{half}} of what the system had before that spring, Energy "
    "Minister German Galushchenko said on Tuesday. DTEK, the largest private producer, said "
    "{{Unit 3}} of its biggest thermal plant would be back before the heating season begins on "
    "{{October 15}}. The World Bank puts damage to the energy sector at {{$10.6 billion}}.",
)

F(
    "Glide bombs hit Kharkiv hypermarket",
    "Russian aircraft dropped [[two guided aerial bombs|other;u=other]] on Kharkiv on Saturday "
    "afternoon, striking a crowded hardware hypermarket in the city's northwest. Regional "
    "governor Oleh Syniehubov said "
    "[[16 people|killed;a=Regional governor Oleh Syniehubov]] were killed and "
    "[[43|injured;a=Regional governor Oleh Syniehubov]] wounded, and that "
    "[[about 40 people|missing;a=Regional governor Oleh Syniehubov]] were still missing as the "
    "fire burned. The store, about {{20 km}} from the Russian border, had some "
    "{{15,000 square metres}} of floor space.",
)

F(
    "Odesa port strikes destroy grain",
    "Russian drones and missiles hit port infrastructure in Odesa and Chornomorsk for a "
    "{{third}} night running, destroying "
    "[[about 60,000 tonnes|other;a=Agriculture Minister Mykola Solskyi]] of grain that was due "
    "to be shipped to Africa and China, Agriculture Minister Mykola Solskyi said. "
    "[[Twelve port workers|injured;a=the Odesa regional administration]] were wounded, "
    "[[two of them|injured;n=-;a=the Odesa regional administration]] seriously, and "
    "[[three grain terminals|other;u=other;a=the Odesa regional administration]] were damaged, "
    "the Odesa regional administration said.",
)

F(
    "Russia fires record number of drones at Ukraine",
    "Russia launched [[728 drones and decoys|other;u=other;n=drones and decoys;"
    "a=Ukraine's air force]] and [[13 missiles|other;a=Ukraine's air force]] at Ukraine "
    "overnight, the largest aerial attack of the war, Ukraine's air force said on Wednesday. "
    "It said [[718|other;u=other;a=Ukraine's air force]] of the drones had been shot down or "
    "jammed by electronic warfare. [[Ten locations|other;u=other;a=the air force;"
    "alt=Ukraine's air force]] were hit, most of them in and around the western city of Lutsk, "
    "the air force said.",
)

F(
    "Zaporizhzhia high-rises damaged in bomb and drone attack",
    "Russian forces struck Zaporizhzhia with "
    "[[two guided bombs|other;u=other;a=regional governor Ivan Fedorov]] and "
    "[[a dozen drones|other;a=regional governor Ivan Fedorov]] on Tuesday evening, killing "
    "[[one person|killed;a=regional governor Ivan Fedorov]] and wounding "
    "[[22|injured;a=regional governor Ivan Fedorov]], regional governor Ivan Fedorov said. The "
    "city council said [[more than 30 high-rise buildings|housing;a=The city council]], a "
    "kindergarten and [[about 40 private houses|housing;a=The city council]] were damaged, and "
    "that [[about 1,800 households|civilians;a=The city council]] in the Shevchenkivskyi "
    "district had been left without gas.",
)

F(
    "DTEK says four thermal plants damaged",
    "A missile and drone attack early on Thursday damaged "
    "[[four thermal power plants|other;u=other;a=the private energy company;alt=DTEK]] run by "
    "DTEK, the private energy company said, the {{eighth}} major attack on its plants this "
    "year. Ukrenergo said [[about 1.1 million consumers|civilians;u=household;a=Ukrenergo]] in "
    "the Kyiv, Dnipro and Kharkiv regions had lost power, and that scheduled outages of up to "
    "{{four hours}} would continue into the weekend.",
)

F(
    "Kyiv residents spend night in metro",
    "[[Thousands of Kyiv residents|displaced]] spent the night on the platforms and in the "
    "passageways of metro stations as air-raid sirens sounded for more than {{five hours}}. The "
    "city's military administration said "
    "[[46 stations|capacity;u=structure;a=The city's military administration]] were open as "
    "shelters around the clock and that "
    "[[about 160,000 people|displaced;a=The city's military administration]] had gone "
    "underground at the peak of the attack, which damaged "
    "[[nine buildings|housing;a=The city's military administration]] in "
    "[[four districts|other;a=The city's military administration]].",
)

F(
    "Cluster missile kills children near Kryvyi Rih playground",
    "A Russian ballistic missile with a cluster warhead exploded over a residential area of "
    "Kryvyi Rih near a children's playground on Friday evening, killing "
    "[[20 people|killed;a=Oleksandr Vilkul]], [[nine of them children|killed;a=Oleksandr Vilkul]], "
    "said Oleksandr Vilkul, head of the city's defence council. The youngest victim was "
    "{{three years old}}. [[More than 70|injured;a=the regional administration]] were wounded, "
    "and [[about 30 homes|housing;a=the regional administration]] and "
    "[[eight apartment blocks|housing;u=structure;a=the regional administration]] were damaged, "
    "the regional administration said.",
)

F(
    "Palm Sunday strike on Sumy",
    "[[Two ballistic missiles|other;a=the State Emergency Service]] struck the centre of Sumy on "
    "Palm Sunday morning as people gathered for church services, killing "
    "[[35 people|killed;a=the State Emergency Service]], the State Emergency Service said. It "
    "said [[117 people|injured;a=the State Emergency Service]] were hurt, "
    "[[15 of them children|injured;a=the State Emergency Service]], and that "
    "[[about 80 buildings|housing;a=the State Emergency Service]] and "
    "[[20 vehicles|other;a=the State Emergency Service]] were damaged.",
)

F(
    "Ternopil toll rises as search goes on",
    "The death toll from a Russian strike on "
    "[[two apartment blocks|housing;u=structure;a=the State Emergency Service]] in Ternopil rose "
    "to [[32|killed;a=the State Emergency Service]], "
    "[[six of them children|killed;a=the State Emergency Service]], the State Emergency Service "
    "said on Friday, and [[about a dozen people|missing;a=the State Emergency Service]] were "
    "still listed as missing. The attack used {{Kh-101}} cruise missiles fired from {{Tu-95}} "
    "bombers over the Caspian Sea, the air force said.",
)

F(
    "Crews restore power after weekend strike",
    "Repair crews reconnected [[about 900,000 households|civilians;a=Ukraine's energy ministry]] "
    "within {{48 hours}} of Saturday's strike, but "
    "[[some 250,000|civilians;u=household;a=Ukraine's energy ministry]] in the Kharkiv region "
    "were still without power, Ukraine's energy ministry said. The ministry said partners had "
    "sent [[more than 1,100 transformers|aid;u=other;a=The ministry;"
    "alt=Ukraine's energy ministry]] and "
    "[[about 7,000 generators|aid;a=The ministry;alt=Ukraine's energy ministry]] since "
    "{{2022}}.",
)

F(
    "Odesa left without water after drones hit pumping station",
    "Russian drones struck energy infrastructure in Odesa overnight, knocking out "
    "[[two substations|other;u=other;a=Governor Oleh Kiper]] and a water pumping station, "
    "Governor Oleh Kiper said. [[About 10,000 residents|civilians;a=the city council]] of the "
    "Kyivskyi district were left without water and "
    "[[some 30,000 households|civilians;a=the city council]] without electricity, the city "
    "council said, and [[three people|injured;a=the city council]] were hurt by falling debris.",
)

F(
    "Lviv's historic centre damaged in overnight attack",
    "Russian missiles and drones struck Lviv overnight, killing "
    "[[seven people|killed;a=Mayor Andriy Sadovyi]], including "
    "[[three children|killed;a=Mayor Andriy Sadovyi]], Mayor Andriy Sadovyi said. "
    "[[More than 50 buildings|housing;a=Mayor Andriy Sadovyi]] in the historic centre were "
    "damaged, among them a {{19th-century}} building of the city's polytechnic university, he "
    "said.",
)

F(
    "Russia says Ukrainian shelling killed 25 in Belgorod",
    "Ukrainian shelling of central Belgorod on Saturday killed "
    "[[25 people|killed;a=Russia's health ministry]], "
    "[[five of them children|killed;a=Russia's health ministry]], and wounded "
    "[[more than 100|injured;a=Russia's health ministry]], Russia's health ministry said. "
    "Russia's defence ministry said air defences shot down "
    "[[32 drones|other;a=Russia's defence ministry]] over the region and intercepted "
    "[[10 rockets|other;a=Russia's defence ministry]] fired from Czech-made {{RM-70}} Vampire "
    "launchers.",
)

F(
    "Moscow region hit in largest drone attack on capital",
    "Russia's defence ministry said air defences destroyed "
    "[[337 Ukrainian drones|other;a=Russia's defence ministry]] overnight, "
    "[[91|other;u=other;a=Russia's defence ministry]] of them over the Moscow region, in the "
    "largest drone attack on the capital since the war began. Moscow region governor Andrei "
    "Vorobyov said [[one person|killed;a=Moscow region governor Andrei Vorobyov]] was killed and "
    "[[three|injured;a=Moscow region governor Andrei Vorobyov]] hurt when debris fell on "
    "[[seven houses|housing;a=Moscow region governor Andrei Vorobyov]] in Ramenskoye. "
    "[[More than 50 flights|other]] were diverted from Moscow's airports.",
)

F(
    "Kyiv counts its hours under air-raid alert",
    "Kyiv spent a total of {{1,260 hours}} under air-raid alerts in {{2024}}, more than "
    "{{52 days}}, the city's military administration said. The longest alert, on "
    "{{13 December}}, lasted {{nine hours and 15 minutes}}, and sirens sounded on about "
    "{{two-thirds}} of the year's nights.",
)

F(
    "Kherson region shelled hundreds of times in a day",
    "Russian forces carried out [[483 attacks|other;u=other;a=Governor Oleksandr Prokudin]] on "
    "[[44 settlements|other;u=other;a=Governor Oleksandr Prokudin]] in the Kherson region over "
    "the past day, Governor Oleksandr Prokudin said on Telegram, firing "
    "[[between 2,000 and 2,500 shells|other;a=Governor Oleksandr Prokudin]] and using "
    "[[336 drones|other;a=Governor Oleksandr Prokudin]]. "
    "[[Two people|killed;a=Governor Oleksandr Prokudin]] were killed in Kherson city and "
    "[[14 homes|housing;a=Governor Oleksandr Prokudin]] damaged, he said.",
)

F(
    "Rights group says drones hunt civilians in Kherson",
    "Human Rights Watch said Russian forces had used small commercial drones to hunt civilians "
    "in Kherson, documenting [[45 attacks|other;u=other;a=Human Rights Watch]] that killed "
    "[[at least 10 civilians|killed;a=Human Rights Watch]] between {{June 2024}} and "
    "{{February 2025}}. The city's military administration says such drones wounded "
    "[[more than 1,200 people|injured;a=The city's military administration]] in the "
    "{{12 months}} to September, and that "
    "[[about 60,000 residents|civilians;a=The city's military administration]] remain in a city "
    "that had [[about 280,000|civilians;a=The city's military administration]] before the war.",
)

F(
    "UN monitors report highest civilian toll in three years",
    "The UN Human Rights Monitoring Mission in Ukraine said "
    "[[at least 232 civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] were "
    "killed and [[1,343|injured;a=The UN Human Rights Monitoring Mission in Ukraine]] injured in "
    "June, the highest monthly toll in {{three years}}. Long-range missiles and loitering "
    "munitions caused about {{49%}} of the casualties, it said, and "
    "[[more than 2,300 homes|housing;a=The UN Human Rights Monitoring Mission in Ukraine]] were "
    "damaged during the month.",
)
