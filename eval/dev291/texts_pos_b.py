"""dev291 positives, part B: drone and missile strikes, shelling of border regions (written blind)."""

POSITIVES = [
    (
        "Belgorod city centre hit, 25 killed including children, in deadliest strike on Russian city",
        """At least 25 people, among them five children, were killed on Saturday when missiles and cluster munitions struck the centre of Belgorod, regional officials said, in the deadliest attack on a Russian city since the start of the war. More than 100 people were wounded. The strike hit the area near the regional administration, a shopping centre and an ice rink where families had gathered for the New Year holidays, and videos showed burning cars and bodies on the pavement. The defence ministry said its air defences had shot down most of the incoming missiles but that fragments and cluster bomblets had fallen on the city. Governor Vyacheslav Gladkov cancelled New Year celebrations and declared three days of mourning. The strike followed one of the heaviest Russian missile barrages on Ukrainian cities the day before. Russia requested an emergency session of the UN Security Council.""",
        "E V",
        "missile_strike",
    ),
    (
        "Shebekino residents evacuated as shelling and cross-border fighting intensify",
        """Thousands of people were being evacuated from Shebekino and surrounding villages in the Belgorod region on Friday after days of shelling and an attempted incursion by armed groups from Ukraine, Governor Vyacheslav Gladkov said. Gladkov said two women had been killed when a shell hit a car on the road out of town and that several buildings, including a school and the town's administration, had been damaged. Residents were being taken to temporary accommodation in Belgorod, where about 2,500 people had already registered at a sports arena. The Russian Volunteer Corps and the Freedom of Russia Legion, groups of Russian nationals fighting on Ukraine's side, said they were fighting in the outskirts of Shebekino. The defence ministry said it had repelled the attacks and killed dozens of "Ukrainian terrorists". "It has been thundering day and night, we just grabbed the children and left," a woman told a Meduza reporter at the arena.""",
        "B E D",
        "shelling",
    ),
    (
        "Children evacuated from Graivoron district after week of shelling",
        """Authorities in the Belgorod region began moving children out of villages in the Graivoron district on Tuesday after a week in which Ukrainian artillery and drones hit homes, power lines and a bakery, Governor Vyacheslav Gladkov said. About 300 children were to be taken to summer camps in the Tambov and Voronezh regions, and parents were offered places to go with them. A 52-year-old man was killed on Sunday when a drone dropped an explosive device on his car in the village of Kozinka, and four people were wounded in Graivoron itself. Gladkov said the district had been shelled more than 150 times in the past week. Many residents have already left, and those who remain say they spend nights in basements. "We only go out to feed the animals," a pensioner said in a video published by the local newspaper. Schools in the district will hold lessons online until further notice.""",
        "E D",
        "shelling",
    ),
    (
        "Drone hits minibus in Belgorod region, killing driver and four passengers",
        """Five people were killed on Monday when a Ukrainian drone struck a minibus on the road between Belgorod and the village of Oktyabrsky, Governor Vyacheslav Gladkov said. Among the dead were the driver and two women who worked at a local poultry farm, and a teenager was taken to hospital with shrapnel wounds. Gladkov posted a photograph of the burned-out vehicle on Telegram and said the drone had "deliberately hit a civilian bus". Drones have repeatedly hit cars and buses on the roads around Belgorod this year, and regional authorities have installed anti-drone nets over some stretches of highway. In a separate attack on Monday a woman was wounded when a drone dropped explosives on a house in Shebekino. Russia's defence ministry said air defences had shot down 23 drones over the Belgorod and Kursk regions overnight.""",
        "E V",
        "drone_strike",
    ),
    (
        "Drones set Ryazan refinery ablaze in wave of strikes on Russian oil industry",
        """A fire broke out at one of Russia's largest oil refineries in Ryazan on Wednesday after it was hit by drones, regional governor Pavel Malkov said, the latest in a series of Ukrainian strikes on Russian energy infrastructure. Malkov said several people were injured and that the fire at a distillation unit had been put out by the afternoon. Videos posted by residents showed a drone diving into the plant and a plume of black smoke rising over the city, about 200 km southeast of Moscow. A source in Ukraine's SBU security service told Reuters that the agency was behind the attack. Russia's defence ministry said 58 drones had been shot down overnight over eight regions, including the Moscow, Belgorod and Kursk regions. The refinery, owned by Rosneft, processes about 340,000 barrels of crude a day. Traders said the strikes had already put about 10% of Russia's refining capacity out of action.""",
        "E",
        "drone_strike",
    ),
    (
        "Volgograd refinery halts output after drone attack, sources say",
        """Lukoil's Volgograd refinery stopped processing crude on Thursday after a Ukrainian drone attack set off a fire at its main unit, two industry sources told Reuters. Governor Andrei Bocharov said the fire had been put out and that there were no casualties, without giving details of the damage. Residents of the city's Krasnoarmeisky district said they were woken by explosions shortly after 4 a.m. and saw flames over the plant. It was the fourth attack on the refinery this year. The airport in Volgograd suspended flights for several hours, and the Russian defence ministry said it had destroyed 17 drones over the region. Ukraine's general staff said it had struck the plant because it supplied fuel to the Russian army. The refinery can process about 300,000 barrels per day, one of the largest in southern Russia.""",
        "E",
        "drone_strike",
    ),
    (
        "Drones hit Moscow apartment blocks in first such attack on the capital",
        """Several drones struck residential buildings in southwest Moscow early on Tuesday, lightly injuring two people and forcing residents of two apartment blocks to be evacuated, Mayor Sergei Sobyanin said. It was the first time since the start of the war that residential areas of the capital had been hit. Russia's defence ministry said eight drones had been used in the attack, and that all had been shot down or brought down by electronic warfare. Residents of Profsoyuznaya Street filmed a blackened upper floor and a drone flying low over a neighbourhood of high-rise buildings. Explosions were also reported near Rublyovka, the area west of the city where many officials, including Putin, have homes. Kremlin spokesman Dmitry Peskov said the attack was a response to Russian strikes on "decision-making centres" in Kyiv. Ukraine denied direct involvement.""",
        "E D",
        "drone_strike",
    ),
    (
        "Woman killed in Moscow region as more than 330 drones target Russia",
        """At least one person was killed and three wounded on Tuesday when drones hit residential buildings in the Moscow region, in what Russia's defence ministry said was the largest Ukrainian drone attack on Russia so far. The ministry said air defences had shot down 337 drones overnight, including 91 over the Moscow region and 126 over Kursk. In Vidnoye, south of the capital, a drone struck a 17-storey building and set an apartment on fire; a 50-year-old woman died, regional governor Andrei Vorobyov said. Debris fell on a car park in the Domodedovo district, and a market in the town was damaged. All four Moscow airports suspended flights, diverting dozens of aircraft, and train traffic on one line was halted after debris fell on the tracks. Sobyanin said 74 drones had been downed on approaches to the city. The attack came hours before US and Ukrainian officials were to meet in Saudi Arabia.""",
        "E",
        "drone_strike",
    ),
    (
        "Three servicemen killed as drone attacks Engels air base for second time",
        """Three Russian servicemen were killed early on Monday when a Ukrainian drone was shot down on approach to the Engels air base in the Saratov region and its wreckage fell on the airfield, Russia's defence ministry said. The base, about 600 km from the front line, is home to the strategic bombers that Russia uses to launch cruise missiles at Ukrainian cities. Residents of Engels and Saratov reported a loud explosion and air raid sirens shortly after 1 a.m. Saratov's governor Roman Busargin said there was no damage to civilian infrastructure. It was the second attack on the base this month; on December 5 two Tu-95 bombers were reported damaged. The strikes have raised questions in Moscow about the ability of Russia's air defences to protect key military sites deep inside the country.""",
        "E",
        "drone_strike",
    ),
    (
        "Drones launched from trucks hit bombers at four Russian air bases",
        """Ukraine said it had struck more than 40 Russian military aircraft at four air bases on Sunday, including at Olenya in the Murmansk region and Belaya in the Irkutsk region, more than 4,000 km from the front. Russia's defence ministry confirmed attacks by drones on air bases in five regions and said that "several aircraft" had caught fire at Olenya and Belaya, adding that some "participants" had been detained. Ukraine's SBU said the drones had been hidden in wooden cabins on lorries and launched remotely near the bases. Videos from the Irkutsk region showed drones rising from the roof of a truck parked by a roadside and smoke over the airfield. Irkutsk governor Igor Kobzev said the truck driver had been detained and that there was no threat to residents. Military bloggers called the attack Russia's "Pearl Harbor". The operation came a day before Russian and Ukrainian delegations were due to meet for talks in Istanbul.""",
        "E M",
        "drone_strike",
    ),
    (
        "Drone slams into Kazan high-rise, airport closed",
        """Drones hit at least six residential buildings in Kazan on Saturday morning, damaging upper floors of high-rise blocks, the authorities of Tatarstan said. Videos showed a drone flying into the side of a glass-fronted tower in the city's Sovetsky district and a fireball on its upper floors. Nobody was hurt, Tatarstan's leader Rustam Minnikhanov said, and residents of the buildings were moved to temporary accommodation. Kazan, about 1,000 km from the border with Ukraine, cancelled all mass events for the weekend, and the airport halted flights for several hours. The defence ministry said it had shot down eight drones over the region. An industrial area of the city was also targeted, according to the regional government. Ukraine did not comment on the attack.""",
        "E D",
        "drone_strike",
    ),
    (
        "Tuapse port on fire after overnight drone attack, tanker damaged",
        """A fire broke out at an oil terminal in the Black Sea port of Tuapse early on Sunday after a Ukrainian drone attack, the authorities of the Krasnodar region said. Regional officials said the fire engulfed a pier and that a tanker moored at the terminal had been damaged, and that more than 150 firefighters were working at the scene. Residents posted videos showing flames over the port and said they had heard at least ten explosions. A nearby refinery owned by Rosneft, which has been hit several times before, halted operations, according to two industry sources. No casualties were reported. Russia's defence ministry said its air defences had destroyed 164 drones over several regions overnight. The attack forced restrictions on flights at Sochi and Gelendzhik airports, aviation authority Rosaviatsia said.""",
        "E",
        "drone_strike",
    ),
    (
        "Drone strike on Rosgvardia base in Grozny sets building on fire",
        """A drone hit a building belonging to the Rosgvardia national guard in Grozny on Wednesday morning and set its roof on fire, Chechen leader Ramzan Kadyrov said. Kadyrov said four police officers were slightly wounded by glass, and that three other drones had been shot down over the city. Videos shared on Chechen Telegram channels showed a drone diving towards the compound of the special police regiment named after Akhmat Kadyrov. It was the first drone strike on Chechnya since the war began, and Kadyrov said it had been "an act of terrorism" by Kyiv. The regiment has sent hundreds of its fighters to Ukraine. Grozny airport was briefly closed, Rosaviatsia said. Ukraine's military intelligence did not comment.""",
        "E",
        "drone_strike",
    ),
    (
        "Rylsk shelled as Ukrainian drones and rockets hit Kursk border towns",
        """A man was killed and six people were wounded, two of them children, when Ukrainian rockets hit the centre of Rylsk in the Kursk region on Saturday, acting governor Alexander Khinshtein said. Rockets of the US-made HIMARS system struck a residential street and a school building that was being used as a shelter, Khinshtein said, and several houses and cars caught fire. Drones also attacked the towns of Lgov and Kurchatov, where a gas pipeline was damaged and a woman was injured. Khinshtein said more than 40 attacks had been recorded on the region over the previous 24 hours. Authorities ordered residents of several villages in the Rylsk district to move to temporary accommodation centres. Russia's defence ministry said its forces had shot down 14 drones over the region.""",
        "E D",
        "shelling",
    ),
    (
        "Novorossiysk naval base hit by sea drones, warship damaged",
        """Ukrainian sea drones attacked Russia's naval base at Novorossiysk overnight, damaging a large landing ship, Russian military bloggers and Ukrainian security sources said on Friday. Russia's defence ministry said two unmanned boats had been destroyed by fire from ships guarding the harbour. Footage published by Russian Telegram channels showed the Olenegorsky Gornyak listing heavily as it was towed into port. A source in the SBU told Reuters the attack involved about 450 kg of explosives. Residents of the city said they had been woken by gunfire and explosions around 1 a.m. Novorossiysk is one of Russia's largest ports and a main outlet for oil and grain exports, and the Caspian Pipeline Consortium briefly halted loadings at its nearby terminal. Oil prices rose more than 1% on the news.""",
        "E",
        "naval_strike",
    ),
    (
        "Two killed as drone strikes high-rise in Krasnogorsk; Sheremetyevo flights halted",
        """Two people were killed and a child was among five wounded when a drone struck an apartment building in Krasnogorsk, west of Moscow, overnight, the Moscow region governor Andrei Vorobyov said on Friday. The drone hit the 12th floor of a residential tower, and the fire spread to two flats before firefighters contained it. Residents of more than 60 apartments were moved to a school for the night. Moscow's mayor Sergei Sobyanin said air defences had destroyed 28 drones approaching the capital. Sheremetyevo and Vnukovo airports suspended departures and arrivals for several hours, and the airlines Aeroflot and Pobeda said more than 100 flights had been delayed or diverted. It was the third consecutive night of drone attacks on the Moscow region.""",
        "E D",
        "drone_strike",
    ),
]
