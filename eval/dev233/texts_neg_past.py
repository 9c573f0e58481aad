"""dev233 negatives: explainers on past wars, massacres and a country's history (history) and
on films and series about war (entertainment)."""

NEGATIVES = [
    (
        "What happened at Srebrenica and why does the UN vote matter?",
        "The UN General Assembly has voted to designate 11 July as an International Day of "
        "Reflection and Commemoration of the 1995 genocide in Srebrenica, despite fierce "
        "opposition from Serbia and Bosnian Serb leaders. The resolution passed with 84 votes in "
        "favour, 19 against and 68 abstentions. What happened in 1995? In July of that year, "
        "Bosnian Serb forces under Gen Ratko Mladić overran Srebrenica, a town the UN had "
        "declared a “safe area” and which was guarded by a small Dutch peacekeeping "
        "battalion. Over the following days more than 8,000 Muslim men and boys were "
        "separated from their families and killed, and their bodies were buried in mass "
        "graves, later dug up and moved to hide the crime. Two international courts have ruled "
        "that the killings were genocide. Why the row now? Serbia says the resolution brands "
        "Serbs as a “genocidal nation”, a reading the sponsors, Germany and Rwanda, reject. "
        "Some 6,900 victims have so far been identified through DNA.",
        "history",
    ),
    (
        "Who were the Khmer Rouge? The tribunal's work explained",
        "The UN-backed tribunal set up to try leaders of the Khmer Rouge has delivered its final "
        "ruling, upholding the life sentence of Khieu Samphan, the regime's former head of "
        "state and its last surviving leader. Who were the Khmer Rouge? The communist movement, "
        "led by Pol Pot, seized power in Cambodia in April 1975 and emptied the cities, forcing "
        "millions of people into rural labour camps in pursuit of an agrarian utopia. Money, "
        "religion and schools were abolished. By the time Vietnamese troops drove the regime "
        "out in January 1979, an estimated 1.7 million people, about a quarter of the "
        "population, had died of execution, starvation, overwork or disease. Many were killed "
        "at sites such as the Choeung Ek “killing fields” outside Phnom Penh. What did the "
        "court achieve? In 16 years and at a cost of more than $330m, it convicted only three "
        "people. Survivors say the trials nonetheless gave them a public record of what "
        "happened.",
        "history",
    ),
    (
        "Why is Cyprus still divided, 50 years on?",
        "Fifty years after Turkish troops landed on the northern coast of Cyprus, the island "
        "remains split in two, and the anniversary was marked in very different ways on either "
        "side of the UN buffer zone. In the north, Turkey's President Recep Tayyip Erdoğan "
        "attended a military parade celebrating what Turks call a “peace operation”. In the "
        "south, sirens sounded across Nicosia and Greek Cypriots held memorial services for "
        "what they call the invasion. What happened in 1974? A coup backed by the military junta "
        "in Athens sought union with Greece, and Turkey responded by invading, citing its duty "
        "to protect Turkish Cypriots. Some 160,000 Greek Cypriots fled south and about 45,000 "
        "Turkish Cypriots moved north. Only Turkey recognises the Turkish Republic of Northern "
        "Cyprus, declared in 1983. Why has reunification failed? The last major talks, at "
        "Crans-Montana in 2017, collapsed over security guarantees and the presence of Turkish "
        "troops. The UN secretary-general has appointed a new envoy to try again.",
        "history",
    ),
    (
        "What happened in Rwanda in 1994? The genocide, 30 years on",
        "Rwanda has begun a week of national mourning to mark 30 years since the genocide in "
        "which about 800,000 people, most of them ethnic Tutsis, were killed in 100 days. "
        "President Paul Kagame lit a flame at the Kigali Genocide Memorial, where more than "
        "250,000 victims are buried, and was joined by former US President Bill Clinton and "
        "African leaders. How did it happen? On 6 April 1994 a plane carrying President Juvénal "
        "Habyarimana, a Hutu, was shot down over Kigali. Within hours, Hutu extremist militias "
        "known as the Interahamwe, with the army and ordinary civilians, began killing Tutsis "
        "and moderate Hutus, often with machetes, guided by lists and by hate broadcasts on "
        "radio. A small UN peacekeeping force was cut back rather than reinforced. The killing "
        "ended when the Rwandan Patriotic Front, led by Kagame, took control of the country in "
        "July. In a video message, France's President Emmanuel Macron said France and its "
        "allies could have stopped the genocide but lacked the will.",
        "history",
    ),
    (
        "What was the Biafran war, and why does it still matter in Nigeria?",
        "Fifty years after the end of the Nigerian civil war, the conflict remains barely "
        "taught in the country's schools, and many young Nigerians know it only from their "
        "grandparents' stories. What happened? In May 1967 the south-eastern region, dominated "
        "by the Igbo people, declared independence as the Republic of Biafra, after massacres of "
        "Igbos in the north. The federal government blockaded the region, and images of "
        "starving children with swollen bellies became among the first humanitarian crises "
        "broadcast on television around the world. Estimates of the dead, most from hunger, "
        "range from 500,000 to more than two million. Biafra surrendered on 15 January 1970, and "
        "Gen Yakubu Gowon declared there was “no victor, no vanquished”. Why does it still "
        "matter? Many Igbos say they remain marginalised, and a separatist group, the "
        "Indigenous People of Biafra, has revived the call for independence. Historians say "
        "the silence has let myths grow on every side.",
        "history",
    ),
    (
        "D-Day at 80: what happened on the Normandy beaches?",
        "Veterans in their late 90s and early 100s have returned to Normandy, many in "
        "wheelchairs, for what is likely to be the last major anniversary of D-Day with "
        "survivors present. King Charles and President Emmanuel Macron joined leaders from the "
        "allied nations at ceremonies at the British memorial at Ver-sur-Mer and at Omaha beach. "
        "What happened on 6 June 1944? In the largest seaborne invasion in history, about "
        "156,000 American, British, Canadian and other allied troops landed on five beaches, "
        "code-named Utah, Omaha, Gold, Juno and Sword, supported by nearly 7,000 ships and "
        "boats. Thousands of paratroopers had dropped behind German lines overnight. The "
        "allies suffered an estimated 4,400 dead on the first day, with the heaviest losses "
        "at Omaha. Why does it matter? The landings opened a second front in western Europe, "
        "and Paris was liberated less than three months later. Germany's chancellor attended, "
        "while Russia was not invited.",
        "history",
    ),
    (
        "Why are the two Koreas still technically at war?",
        "Seventy years after the armistice that halted the Korean War, the peninsula remains "
        "divided along one of the most heavily fortified borders in the world, and the two "
        "Koreas have never signed a peace treaty. How did the war start? In June 1950 North "
        "Korean troops, backed by the Soviet Union, invaded the South. A US-led UN force pushed "
        "them back almost to the Chinese border, before Chinese troops intervened and the "
        "front settled near the 38th parallel. Some estimates put the dead at more than three "
        "million, most of them civilians. The armistice was signed at Panmunjom on 27 July 1953 "
        "by the UN Command, North Korea and China; South Korea's leader, Syngman Rhee, refused. "
        "What is the DMZ? A strip 4km wide and about 250km long, dotted with landmines, "
        "separates the two sides. North Korea marked the anniversary with a parade in "
        "Pyongyang, where it calls the conflict the Victorious Fatherland Liberation War.",
        "history",
    ),
    (
        "Civil War: what is Alex Garland's film about, and why has it divided critics?",
        "Alex Garland's Civil War, which topped the North American box office on its opening "
        "weekend with $25.5m, imagines a near-future United States torn apart by a conflict "
        "between the federal government and a secessionist alliance of Texas and California. "
        "What is the story? Kirsten Dunst plays Lee, a veteran war photographer who sets out "
        "with a reporter, played by Wagner Moura, an ageing journalist and a young photographer "
        "to drive from New York to Washington, hoping to interview a president who has "
        "dissolved the FBI and is serving a third term. Why has it caused debate? Garland keeps "
        "the politics deliberately vague, never explaining why the war began. Some critics "
        "praised the restraint as a way of making audiences on both sides uncomfortable; "
        "others said the film avoids saying anything at all. Its battle scenes, including an "
        "assault on the White House, have been praised for their realism. With a budget of "
        "$50m, it is the most expensive film yet for the studio A24.",
        "entertainment",
    ),
    (
        "Oppenheimer: how accurate is Christopher Nolan's film?",
        "Christopher Nolan's three-hour biopic of J Robert Oppenheimer, the physicist who led "
        "the Manhattan Project, has become one of the biggest box office hits of the year, "
        "taking more than $900m worldwide. But how closely does it stick to history? Broadly, "
        "historians say, quite closely. The film is based on the Pulitzer Prize-winning "
        "biography American Prometheus by Kai Bird and Martin J Sherwin. The Trinity test in the "
        "New Mexico desert in July 1945, recreated without computer-generated imagery, is "
        "faithful in its details. Some scenes are invented or compressed: there is no evidence "
        "that Oppenheimer tried to poison an apple belonging to his tutor quite as shown. The "
        "film also chooses not to show the bombings of Hiroshima and Nagasaki, which killed an "
        "estimated 110,000 to 210,000 people, a decision that drew criticism in Japan, where the "
        "film's release was delayed. Cillian Murphy has won praise for his lead performance.",
        "entertainment",
    ),
    (
        "All Quiet on the Western Front: why is a German war film winning Oscars?",
        "The German-language film All Quiet on the Western Front won four Oscars on Sunday, "
        "including best international feature, making it the most decorated non-English film "
        "since Parasite. What is it about? Adapted from Erich Maria Remarque's 1929 novel, the "
        "film follows Paul Bäumer, a 17-year-old who enlists with his school friends in 1917 "
        "and is sent to the trenches of northern France. The book, banned and burned by the "
        "Nazis, is one of the best-known anti-war novels ever written, and was first filmed by "
        "Hollywood in 1930. Why has this version resonated? Director Edward Berger says he "
        "wanted to tell the story from a German perspective of guilt and shame, and critics "
        "have noted that its release coincided with the return of large-scale war to Europe. "
        "Its scenes of mud, gas and tanks were shot in the Czech Republic. The film also won "
        "for cinematography, production design and its score by Volker Bertelmann.",
        "entertainment",
    ),
]
