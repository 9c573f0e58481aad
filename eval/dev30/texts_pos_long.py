"""Positives of eval/dev30, live blog, explainer, analysis, feature: (title, text, tags, kind)."""

POSITIVES = [
    (
        "Ukraine war latest: drones hit Odesa apartment blocks overnight; Russia claims village "
        "near Pokrovsk",
        "KYIV — Here are the main developments in the war in Ukraine on Thursday. Russian drones "
        "struck residential buildings in the southern port city of Odesa overnight, killing "
        "three people and wounding at least 14, including two children, regional governor Oleh "
        "Kiper said. A nine-storey apartment block in the Kyivskyi district caught fire after a "
        "drone hit its upper floors, and rescuers evacuated about 60 residents, some of them "
        'down ladders. "We woke up to the sound of the engine, then the windows came in," said '
        "Iryna, 54, standing in the courtyard in her dressing gown. Ukraine's air force said "
        "Russia had launched 112 Shahed-type drones and two ballistic missiles at the country "
        "overnight, and that 81 drones had been shot down or jammed. Damage was also reported in "
        "the Kharkiv and Sumy regions, where a drone hit a private house in a village near the "
        "border and killed an elderly man. In the east, Russia's defence ministry said its "
        "forces had captured the village of Novotoretske, near the logistics hub of Pokrovsk, "
        "which Russian troops have been trying to encircle for months. Ukraine's military did "
        "not confirm the loss, but its general staff reported 47 clashes along the Pokrovsk "
        "section of the front over the past day, the highest number on any sector. Ukrainian "
        "soldiers say Russian infantry are advancing in small groups under cover of drones and "
        "artillery, trying to cut the roads that supply the town. The regional administration "
        "said it was extending the mandatory evacuation of families with children from several "
        "villages in the Pokrovsk district, where about 1,300 children were still living. Across "
        "the border, Russian officials said a Ukrainian drone attack had caused a fire at an oil "
        "depot in the Bryansk region and that nobody had been hurt; the Russian defence ministry "
        "said it had downed 35 Ukrainian drones over several regions. On the diplomatic front, "
        "European foreign ministers meeting in Brussels discussed a new package of sanctions "
        "against Moscow and ways to use the proceeds of frozen Russian assets to finance "
        "Ukraine's defence, while US envoys were due in Moscow for talks on a possible "
        "ceasefire. President Volodymyr Zelensky, in his nightly video address, said the strikes "
        "on Odesa showed that Russia had no interest in peace and asked allies to speed up "
        "deliveries of air defence missiles. The Kremlin said it was open to talks but that any "
        'agreement must take into account "realities on the ground". In Kharkiv, the city\'s '
        "mayor said a guided aerial bomb had hit an industrial area on the outskirts in the "
        "afternoon, injuring two workers and damaging a warehouse; the city has been struck "
        "almost daily in recent weeks. In the southern Zaporizhzhia region, the regional "
        "governor reported 412 Russian attacks on 17 settlements over the past day, including "
        "artillery shelling, drone strikes and multiple rocket launcher fire, and said a woman "
        "had been wounded in the town of Orikhiv. Ukraine's energy ministry said overnight "
        "strikes had caused power cuts for about 30,000 customers in the Odesa region, and that "
        "repair crews were working to restore supplies. Meanwhile, the two countries carried out "
        "a small exchange of the bodies of soldiers killed in action, with Ukraine receiving 909 "
        "bodies, the coordination headquarters for the treatment of prisoners of war said. In "
        "Kyiv, parliament approved a bill to raise taxes on bank profits to finance the army, "
        "and the defence ministry said it had signed new contracts for long-range drones with "
        "domestic producers. We will bring you more updates throughout the day.",
        "E B D",
        "drone_attack",
    ),
    (
        "Explainer: why El Fasher matters and what its fall would mean for Sudan",
        "PORT SUDAN — The paramilitary Rapid Support Forces stepped up their assault on El "
        "Fasher this week, shelling the city's last functioning hospital and attacking army "
        "positions on its eastern edge, according to residents, medics and the army. Here is "
        "what we know about the battle for the city and why it matters. What is happening? El "
        "Fasher, the capital of North Darfur, is the last of Darfur's five state capitals still "
        "held by Sudan's army and the allied Joint Forces, a coalition of former rebel groups. "
        "The RSF, which has fought the army since April 2023, has surrounded the city for more "
        "than a year and dug a long earthen wall, or berm, around it, leaving only a few "
        "dangerous footpaths out. On Tuesday, RSF fighters attacked from three directions, and "
        "the army said it had repelled them after hours of fighting; a shell hit the Saudi "
        "hospital, killing at least nine patients and relatives, the Sudan Doctors Network said. "
        "Who is trapped inside? The United Nations estimates that about 260,000 civilians, half "
        "of them children, remain in the city, many of them people who had already fled to El "
        "Fasher or to the nearby Abu Shouk and Zamzam camps. Zamzam was overrun by the RSF in "
        "April, and aid groups say hundreds of people were killed there and several hundred "
        "thousand fled, mostly to Tawila, about 60 kilometres to the west. Why is there famine? "
        "No UN food convoy has reached El Fasher for more than a year, and prices of sorghum and "
        "millet have risen so much that families eat animal fodder, known as ambaz, according to "
        "residents and aid workers. Community kitchens, which fed tens of thousands of people, "
        "have closed one by one as supplies ran out, and the UN's hunger monitor has confirmed "
        "famine in the area. What happens if the city falls? Rights groups fear a repeat of the "
        "mass killings of Masalit civilians in El Geneina, in West Darfur, in 2023, which UN "
        "investigators said might amount to crimes against humanity; the United States has said "
        "the RSF committed genocide there. Control of El Fasher would give the RSF the whole of "
        "Darfur and strengthen its parallel government, announced this year, raising fears of a "
        "de facto partition of Sudan. What are diplomats doing? The United States, Saudi Arabia, "
        "Egypt and the United Arab Emirates have proposed a humanitarian truce, but neither side "
        "has accepted it, and the army says it will not negotiate while the RSF occupies cities. "
        "The UN has called for a humanitarian pause in El Fasher to let food in and let "
        "civilians leave safely. What about the RSF's side of the story? The RSF says it is "
        'fighting to free El Fasher from "remnants of the former regime" and Islamist militias '
        "allied with the army, and accuses the army of using civilians as human shields and of "
        "bombing markets in RSF-held towns with aircraft and drones. Its commander, Mohamed "
        "Hamdan Dagalo, known as Hemedti, has promised safe passage to civilians who want to "
        "leave, but people who have tried to leave say they were robbed, beaten or detained at "
        "RSF checkpoints, and aid groups have recorded cases of sexual violence against women on "
        "the roads out of the city. Why does the rest of the world care? Sudan is the world's "
        "largest hunger and displacement crisis, with about 12 million people forced from their "
        "homes inside the country and across borders to Chad, Egypt and South Sudan. The war has "
        "also drawn in regional powers: UN experts have reported arms deliveries to the RSF "
        "through Chad, which the United Arab Emirates denies organising, while the army has "
        "received drones from Iran and Turkey, according to researchers.",
        "B E V H D",
        "siege",
    ),
    (
        "Analysis: Niger ambush shows jihadists gaining ground as junta turns away from the West",
        "NIAMEY — At least 29 Nigerien soldiers were killed on Thursday when hundreds of "
        "fighters on motorbikes ambushed an army convoy near Tassia, in the Tillabéri region "
        "close to the border with Mali and Burkina Faso, Niger's defence ministry said. The "
        'ministry said "more than a hundred terrorists" had attacked the soldiers, who were '
        "escorting a convoy of trucks, and that the army had killed dozens of assailants in the "
        "fighting before reinforcements and aircraft arrived. It blamed the Islamic State in the "
        "Sahel, which operates in the area. The attack was the deadliest on Niger's army in "
        "months, and it came days after a similar assault in neighbouring Mali. It also "
        "illustrates a trend that analysts have been warning about since the military seized "
        "power in Niamey in 2023. Niger's generals, like their counterparts in Bamako and "
        "Ouagadougou, expelled French troops and ended security cooperation with the United "
        "States, which had run a large drone base in Agadez, and turned to Russia for help. The "
        "three juntas have formed an alliance, the Alliance of Sahel States, and announced a "
        "joint force of 5,000 troops. But conflict monitoring data show that deaths in attacks "
        "by jihadist groups have risen in all three countries since the coups, and that the "
        'groups are operating in areas that were previously considered safe. "The juntas '
        "promised to restore security faster than the civilian governments and the French. Two "
        'years on, the trend is going the wrong way," said a researcher who follows the region. '
        "Several factors are at play, analysts say. The loss of Western surveillance and "
        "intelligence has made it harder to anticipate large attacks, and the Russian "
        "instructors sent to Niger are few and focused on protecting the regime. Soldiers "
        "complain of shortages of equipment and fuel, and the army has been stretched by the "
        "need to guard the capital and the oil pipeline to Benin. The jihadist groups, "
        "meanwhile, have exploited local grievances over land and policing, recruiting young men "
        "from communities that feel abandoned by the state. The government rejects such "
        "criticism and says the army is on the offensive, with regular announcements of "
        '"terrorists neutralised". After Thursday\'s attack, the junta declared three days of '
        "national mourning and vowed to track down the attackers. State television showed the "
        "head of the junta, General Abdourahamane Tiani, visiting wounded soldiers in hospital "
        "in Niamey. The attack also raises questions about the junta's relations with its "
        "neighbours. Niger's authorities have accused Benin and France of harbouring "
        '"terrorist" bases near the border, claims both countries reject, and cross-border trade '
        "with Benin has been disrupted for more than a year. Niger has withdrawn from the "
        "Economic Community of West African States, along with Mali and Burkina Faso, ending a "
        "regional framework for intelligence sharing. Some analysts say the jihadist groups may "
        "try to exploit the rivalry between the Islamic State in the Sahel and the "
        "al-Qaeda-linked JNIM, which have fought each other in parts of Mali and Burkina Faso, "
        "to expand into new territory along the borders of coastal states such as Benin and "
        "Togo. Western diplomats in Niamey say they are still talking to the junta about "
        'counter-terrorism, but acknowledge that their influence is limited. "We are watching a '
        'slow-motion expansion," one of them said.',
        "B T",
        "ambush",
    ),
    (
        "In Gaza's Mawasi, displaced families pitch tents again after strike near the beach",
        "KHAN YOUNIS, Gaza Strip — The strike came just after dawn, when Nour Abu Taha was "
        "lighting a fire to heat water for her children's tea. A blast tore through the tents a "
        "few rows from hers in al-Mawasi, the strip of sand along Gaza's southern coast that the "
        "Israeli military has designated a humanitarian zone, killing at least 11 people, among "
        'them four children, according to the civil defence agency and Nasser hospital. "There '
        "was sand in the air and screaming everywhere. I grabbed the little ones and ran to the "
        'sea," she said hours later, sitting on a mattress outside what was left of her tent. '
        "The Israeli military said it had struck a Hamas commander hiding among civilians and "
        "that it was reviewing reports of casualties; it did not name the commander. Al-Mawasi "
        "was a stretch of farmland and beach with a few hundred residents before the war. Now it "
        "is a city of tents and plastic sheeting where several hundred thousand people live, "
        "according to UN estimates, most of them displaced several times from Rafah, Khan Younis "
        "and northern Gaza. Families cook on wood fires, queue for hours for water trucks and "
        "dig pit latrines in the sand. Aid agencies say the area has no proper sewage system and "
        "that skin diseases, diarrhoea and hepatitis A are spreading. Nour, 32, fled her home in "
        "the Shujaiya district of Gaza City in the first weeks of the war, then moved to Khan "
        'Younis, to Rafah and finally to the coast. "Every time they tell us this place is safe. '
        'We go, and then they bomb it," she said. Her husband, a taxi driver before the war, '
        "spends his days looking for flour and firewood. The UN humanitarian office said this "
        "week that the amount of aid entering Gaza had fallen to its lowest level in months, and "
        "the World Food Programme said its bakeries in the south had closed for lack of fuel and "
        "flour. A kilogram of sugar sells for more than $20 in the market, residents said. After "
        "the strike, volunteers collected the dead in blankets and carried them to Nasser "
        "hospital, where doctors said they were treating the wounded on the floor. By the "
        "afternoon, some of the families whose tents were destroyed had already begun to put up "
        "new ones with poles and sheets salvaged from the rubble, a few metres from the crater. "
        '"Where else should we go?" asked Nour\'s neighbour, an elderly man who had lost his '
        'nephew. "There is nowhere."',
        "E D H V",
        "airstrike",
    ),
]
