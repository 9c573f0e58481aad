"""dev44 items set in Europe and the Americas: live-blog entries, breaking lines and "what we
know" boxes.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). Lines are separated by "\\n"; each bullet or timestamped entry is read
as its own sentence (see README.md).
"""

from figset import F

F(
    "Live: Russian attack on Kyiv",
    "{{04:10 EET}} - Explosions are heard across Kyiv as air raid sirens sound for {{more than three hours}}.\n"
    "{{07:35 EET}} - Kyiv's military administration says [[at least 23 people|killed;a=Kyiv's military administration]] were killed, [[four|killed;a=Kyiv's military administration]] of them children.\n"
    "{{08:20 EET}} - Ukraine's air force says Russia launched [[598 drones|other;a=Ukraine's air force]] and [[31 missiles|other;a=Ukraine's air force]] overnight.",
)

F(
    "Kursk incursion: what we know",
    "What we know:\n"
    "- Ukrainian forces crossed into Russia's Kursk region on {{August 6}}\n"
    "- Russia says [[more than 120,000 people|displaced;a=Russia]] have been evacuated from border districts\n"
    "- Ukraine's commander-in-chief says his troops control [[74 settlements|other;a=Ukraine's commander-in-chief;u=other]]\n"
    "- Kyiv says [[more than 100 Russian soldiers|arrested;a=Kyiv]] have been taken prisoner",
)

F(
    "Pokrovsk: children ordered out",
    "Ukrainian authorities have ordered the evacuation of [[about 2,000 children|displaced;a=the regional governor Vadym Filashkin;alt=Vadym Filashkin;p]] and their families from Pokrovsk and nearby villages, the regional governor Vadym Filashkin said. "
    "[[About 53,000 people|civilians]] still live in the town, down from [[60,000|civilians]] before the war.",
)

F(
    "UPDATE: Odesa strike toll rises",
    "The death toll from Friday's Russian missile strike on Odesa has risen to [[21|killed;a=regional governor Oleh Kiper;alt=Oleh Kiper]] from [[16|killed;a=regional governor Oleh Kiper;alt=Oleh Kiper]] after rescuers recovered more bodies, regional governor Oleh Kiper said on Saturday. "
    "[[Seventy-five people|injured]] were wounded, [[eight|injured]] of them children.",
)

F(
    "BREAKING: Russia and Ukraine swap prisoners",
    "BREAKING: Ukraine and Russia each released [[390 prisoners|other;a=President Volodymyr Zelensky;alt=Volodymyr Zelensky]] on Friday in the {{first}} stage of an exchange agreed in Istanbul, President Volodymyr Zelensky said. "
    "[[More than 1,000|other;a=President Volodymyr Zelensky;alt=Volodymyr Zelensky;p]] are to be swapped over {{three days}}, he said.",
)

F(
    "Live: evacuations around Vovchansk",
    "{{16:00 EEST}} - Kharkiv regional governor Oleh Syniehubov says [[more than 8,000 people|displaced;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] have been evacuated from the Vovchansk area since Friday.\n"
    "{{17:30 EEST}} - Shelling of Vovchansk killed [[two civilians|killed;a=the police]] and injured [[five|injured;a=the police]], the police say.",
)

F(
    "Storm Boris: key figures",
    "Key figures:\n"
    "- [[At least 24 people|killed]] dead in Romania, Poland, the Czech Republic and Austria\n"
    "- [[More than 10,000 people|displaced;a=Czech fire service]] evacuated in the Czech Republic (Czech fire service)\n"
    "- Parts of Austria recorded {{370 mm}} of rain in {{five days}}\n"
    "- Poland deployed [[about 14,000 soldiers|combatants]] for flood relief",
)

F(
    "Live: wildfire north of Athens",
    "{{19:20 EEST}} - The fire service says [[more than 700 firefighters|other;a=The fire service]] and [[190 fire engines|other;a=The fire service;u=other]] are battling the blaze north of Athens.\n"
    "{{20:45 EEST}} - [[Thousands of residents|displaced]] have been evacuated from Varnavas and Marathon, and [[one woman|killed]] was found dead in a burned factory.",
)

F(
    "Channel crossings hit daily high",
    "The Home Office says [[1,195 people|displaced;a=The Home Office]] crossed the Channel in small boats on Saturday, the highest daily number this year, in [[19 boats|other;a=The Home Office]]. "
    "That takes the total for the year to [[more than 25,000|displaced]].",
)

F(
    "Canary Islands: record arrivals",
    "Spain's interior ministry says [[about 39,900 migrants|displaced;a=Spain's interior ministry]] reached the Canary Islands by boat this year, a record. "
    "The Caminando Fronteras group says [[more than 9,700 people|killed;a=The Caminando Fronteras group]] died on the Atlantic route. "
    "Centres for unaccompanied minors on the islands, built for [[about 2,000 children|capacity;a=regional officials]], now house [[5,800|displaced;a=regional officials]], regional officials said.",
)

F(
    "Haiti: gang massacre in Pont-Sondé",
    "Members of the Gran Grif gang killed [[at least 70 people|killed;a=the UN]], including [[10 women|killed;a=the UN]] and [[three babies|killed;a=the UN]], in an attack on the town of Pont-Sondé, the UN said. "
    "[[More than 6,270 people|displaced;a=IOM]] fled to nearby towns, according to IOM.",
)

F(
    "Haiti: key figures",
    "Key figures:\n"
    "- [[1.3 million people|displaced;a=IOM]] displaced across Haiti (IOM)\n"
    "- [[About 250 displacement sites|capacity]] in the capital area\n"
    "- [[5,601 people|killed;a=UN]] killed by gang violence last year (UN)\n"
    "- [[Around 1,000 Kenyan police|combatants]] deployed with the multinational mission",
)

F(
    "Sinaloa: cartel war toll passes 1,200",
    "Fighting between rival factions of the Sinaloa cartel has killed [[more than 1,200 people|killed;a=state prosecutors]] in Sinaloa since September, state prosecutors said. "
    "The army says it has sent [[an additional 600 soldiers|combatants;a=The army]] to Culiacán. "
    "[[About 1,400 people|missing]] have been reported missing.",
)

F(
    "Catatumbo: what we know",
    "What we know:\n"
    "- Clashes between the ELN and FARC dissidents in the Catatumbo region have killed [[at least 80 people|killed;a=the governor of Norte de Santander]], the governor of Norte de Santander says\n"
    "- [[More than 32,000 people|displaced;a=the ombudsman's office]] have fled, many to Cúcuta, according to the ombudsman's office\n"
    "- The army says it has airlifted [[about 5,000 troops|combatants;a=The army]] into the area\n"
    "- [[200 to 300 families|displaced]] have crossed into Venezuela",
)

F(
    "Live: riot at Guayaquil prison",
    "{{11:00 ECT}} - Ecuador's prison authority SNAI says [[at least 17 inmates|killed;a=Ecuador's prison authority SNAI;alt=SNAI]] were killed in fighting between gangs at the Litoral penitentiary in Guayaquil.\n"
    "{{13:10 ECT}} - The army says [[about 300 soldiers|combatants;a=The army]] have entered the prison, which holds [[about 6,000 inmates|arrested;a=The army]].",
)

F(
    "Rio Grande do Sul floods: latest",
    "Latest:\n"
    "- [[169 people|killed;a=state civil defence]] dead and [[56|missing;a=state civil defence]] missing (state civil defence)\n"
    "- [[More than 580,000 people|displaced]] forced from their homes, [[about 80,000|displaced]] of them in public shelters\n"
    "- Porto Alegre's airport will stay closed until at least {{May 30}}",
)

F(
    "Hurricane Helene: what we know",
    "What we know:\n"
    "- Helene made landfall in Florida's Big Bend as a {{Category 4}} storm with winds of {{140 mph}}\n"
    "- [[At least 230 people|killed]] have died across the south-east\n"
    "- [[Hundreds of people|missing;a=officials]] are unaccounted for in western North Carolina, officials say\n"
    "- FEMA says it has sent [[more than 1,500 staff|other;a=FEMA]] to the region",
)

F(
    "Los Angeles fires: key figures",
    "Key figures:\n"
    "- [[29 people|killed;a=Los Angeles County medical examiner]] dead in the Palisades and Eaton fires (Los Angeles County medical examiner)\n"
    "- [[More than 16,000 structures|housing;a=Cal Fire]] destroyed (Cal Fire)\n"
    "- [[About 180,000 people|displaced]] evacuated at the peak\n"
    "- {{About 40,000 acres}} burned",
)

F(
    "BREAKING: Fires around Viña del Mar",
    "BREAKING: Forest fires around Viña del Mar have killed [[at least 112 people|killed;a=Chile's Legal Medical Service]], Chile's Legal Medical Service said. "
    "Officials say [[about 3,000 homes|housing;a=Officials]] were destroyed and [[more than 370 people|missing;a=Officials]] remain missing.",
)

F(
    "Venezuela: post-election crackdown",
    "Venezuela's attorney general said on Thursday that [[more than 2,000 people|arrested;a=Venezuela's attorney general]] had been detained in protests since the July election. "
    "Rights group Foro Penal says [[at least 24 people|killed;a=Rights group Foro Penal;alt=Foro Penal]] have been killed, most of them by gunshots.",
)

F(
    "Live: drone attacks in Kursk region",
    "{{12:30 MSK}} - Kursk regional governor Alexander Khinshtein says [[one person|killed;a=Kursk regional governor Alexander Khinshtein;alt=Alexander Khinshtein]] was killed and [[six|injured;a=Kursk regional governor Alexander Khinshtein;alt=Alexander Khinshtein]] injured in a drone attack on Lgov.\n"
    "{{14:05 MSK}} - He says [[about 1,200 residents|displaced;a=Kursk regional governor Alexander Khinshtein;alt=Alexander Khinshtein]] of border villages have been moved to temporary housing in Kursk.",
)

F(
    "Ukraine displacement: key figures",
    "Key figures:\n"
    "- [[About 6.9 million Ukrainian refugees|displaced;a=UNHCR]] recorded worldwide (UNHCR)\n"
    "- [[3.7 million people|displaced;a=IOM]] displaced inside Ukraine (IOM)\n"
    "- [[More than 4.5 million|returned;a=IOM]] have returned home after being displaced (IOM)\n"
    "- Germany hosts [[about 1.2 million|displaced]]",
)

F(
    "Live: EU summit on Ukraine aid",
    "{{09:30 CET}} - EU leaders have approved a {{€50 billion}} support package for Ukraine covering {{2024 to 2027}}.\n"
    "{{11:15 CET}} - Hungary's prime minister dropped his veto after {{four hours}} of talks, diplomats say.\n"
    "{{12:40 CET}} - The euro rose {{0.3%}} against the dollar.",
)

F(
    "Live: Hurricane Milton strengthens",
    "{{08:00 EDT}} - Milton has strengthened to a {{Category 5}} hurricane with winds of {{180 mph}}, the National Hurricane Center says.\n"
    "{{11:00 EDT}} - Landfall is expected near Tampa late on Wednesday, with a storm surge of {{up to 15 feet}}.\n"
    "{{14:00 EDT}} - Gasoline prices in Florida rose {{12 cents}} overnight.",
)

F(
    "Haiti: gangs storm Mirebalais",
    "Gang members attacked Mirebalais on Monday and freed [[more than 500 inmates|other;a=police]] from the town's prison, police said. "
    "[[At least 10 people|killed]] were killed in the fighting. "
    "UN officials say [[about 6,000 residents|displaced;a=UN officials]] have fled.",
)

F(
    "Tapachula: migrants set out north",
    "Mexican officials say [[about 4,000 migrants|displaced;a=Mexican officials]], most of them from Central America and Venezuela, set out on foot from Tapachula towards the US border on Sunday. "
    "A church shelter in the city, with room for [[300 people|capacity;a=the shelter's director]], was housing [[more than 1,100|displaced;a=the shelter's director]], the shelter's director told AFP.",
)

F(
    "Live: missile strike on Dnipro",
    "{{10:40 EET}} - A Russian missile has hit a {{five-storey}} apartment block in Dnipro, regional governor Serhiy Lysak says.\n"
    "{{13:15 EET}} - Lysak says [[14 people|killed;a=Lysak]] are confirmed dead and [[47|injured;a=Lysak]] injured, among them a {{3-year-old}} girl.\n"
    "{{18:00 EET}} - Rescuers are still searching for [[about 20 residents|missing]] believed trapped under the rubble.",
)

F(
    "Emilia-Romagna floods",
    "Floods in Emilia-Romagna have killed [[14 people|killed;a=the regional government]] and forced [[more than 36,000|displaced;a=the regional government]] from their homes, the regional government said on Sunday. "
    "[[Some 5,000 people|displaced]] are sleeping in schools and sports halls.",
)

F(
    "Shipwreck off Pylos",
    "The Greek coast guard says [[104 people|other;a=The Greek coast guard]] have been rescued and [[82 bodies|killed;a=The Greek coast guard]] recovered after a fishing boat sank off Pylos. "
    "Survivors told aid workers that [[as many as 750 people|displaced;a=Survivors]] were on board.",
)

F(
    "Live: Jasper wildfire",
    "{{21:00 MDT}} - Parks Canada says [[about 25,000 people|displaced;a=Parks Canada]], including [[some 20,000 visitors|displaced;a=Parks Canada]], have left Jasper National Park under an evacuation order.\n"
    "{{09:15 MDT}} - Officials say [[358 buildings|housing;a=Officials]] in the town were destroyed, {{about a third}} of the total.",
)

F(
    "BREAKING: Missiles hit central Sumy",
    "BREAKING: [[Two Russian ballistic missiles|other;a=Ukraine's emergency service]] struck central Sumy on Sunday morning, killing [[at least 34 people|killed;a=Ukraine's emergency service]], [[two|killed;a=Ukraine's emergency service]] of them children, and wounding [[117|injured;a=Ukraine's emergency service]], Ukraine's emergency service said.",
)

F(
    "Crocus City Hall attack: latest",
    "Russia's Investigative Committee says the death toll from the attack on Crocus City Hall near Moscow has risen to [[143|killed;a=Russia's Investigative Committee]]. "
    "The FSB says [[11 people|arrested;a=The FSB]] have been detained, including [[four suspected gunmen|arrested;a=The FSB]]. "
    "[[More than 80 people|injured]] remain in hospital.",
)

F(
    "Haiti: kidnapped nuns freed",
    "The UN says gangs in Haiti kidnapped [[at least 176 people|kidnapped;a=The UN]] between January and March, a rise of {{12%}} on the previous quarter. "
    "[[Six nuns|kidnapped;a=church officials]] seized from a bus in Port-au-Prince were freed on Friday, church officials said.",
)
