"""dev119 positives, Europe and the Middle East: whole articles reporting current violence."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russian glide bombs hit Kharkiv apartment blocks, killing four",
        "Russian forces struck Kharkiv with guided aerial bombs and drones on Saturday evening, "
        "killing four people and injuring at least 37, regional governor Oleh Syniehubov said. Two "
        "of the bombs hit residential buildings in the Kyivskyi district, where fire spread across "
        "several floors of a 12-storey block. Among the injured were a three-year-old girl and her "
        "grandmother, who were taken to hospital with shrapnel wounds, the governor wrote on "
        "Telegram. Kharkiv's mayor, Ihor Terekhov, said a drone had also come down near a tram "
        "depot, smashing windows in nearby homes and in a school. Rescue workers spent the night "
        "pulling residents out through a collapsed stairwell. Ukraine's second-largest city lies "
        "about 30 kilometres from the Russian border and has been hit regularly since the "
        "full-scale invasion began in February 2022. Glide bombs, dropped from aircraft flying "
        "inside Russian airspace, are hard for Ukraine's air defences to intercept. Russia's "
        "Defence Ministry did not comment on the strikes; it says it targets only military "
        "infrastructure. Foreign Minister Andrii Sybiha urged partners to tighten sanctions, saying "
        "the attack showed Moscow had no interest in a ceasefire. Elsewhere, Russian shelling of "
        "the town of Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear "
        "power plant, wounded two people, the regional governor said. Ukraine's air force said "
        "Russia had launched 85 drones and two ballistic missiles overnight into Sunday, and that "
        "61 drones had been shot down or jammed. In Kharkiv, city authorities opened a temporary "
        "heating point in a school for residents whose flats were left without windows. "
        "Volunteers handed out plywood and plastic sheeting to cover broken frames before the "
        "night frosts. The city has been hit by glide bombs or drones on most days this month.",
        "E",
        "glide bomb and drone strike",
    ),
    (
        "Crimea rations petrol after Ukrainian drones set Feodosia oil terminal ablaze",
        "Authorities in Russian-occupied Crimea have limited sales of petrol to 20 litres per car "
        "per day after a Ukrainian drone attack set fire to the main oil terminal in the port city "
        "of Feodosia. The Moscow-installed head of the peninsula, Sergei Aksyonov, said on Sunday "
        "that stocks were 'sufficient' but that the limit would stay in place until supplies "
        "stabilised. Queues several hundred metres long formed at filling stations in Simferopol "
        "and Sevastopol, according to videos shared on local Telegram channels. Ukraine's General "
        "Staff said its long-range drones had hit the terminal overnight, igniting at least three "
        "fuel tanks, and described the strike as part of its campaign against the fuel "
        "infrastructure that supplies the Russian army. Firefighters were still trying to put out "
        "the blaze on Sunday afternoon, and residents of nearby streets were told to keep their "
        "windows shut. Russia's Defence Ministry said air defences had destroyed 42 Ukrainian "
        "drones over Crimea and the Black Sea but made no mention of the terminal. Crimea, annexed "
        "by Russia in 2014, has faced recurring fuel shortages since Ukrainian strikes on "
        "refineries in southern Russia intensified. Analysts say the peninsula depends on "
        "deliveries by ferry and across the Kerch bridge, both easily disrupted.",
        "E M",
        "drone strike on oil terminal",
    ),
    (
        "Russia claims first village in Dnipropetrovsk region as Ukraine orders families to leave",
        "Russia's Defence Ministry said on Tuesday that its troops had captured the village of "
        "Dachne, the first settlement it has claimed in Ukraine's Dnipropetrovsk region since the "
        "start of the full-scale invasion. Ukraine's military denied the village had fallen, "
        "saying its units were repelling assaults and that fighting continued on its outskirts. A "
        "spokesman for the Khortytsia group of forces said Russian infantry had tried to push "
        "forward in small groups on motorcycles and buggies, backed by glide bombs and artillery. "
        "The regional administration ordered the compulsory evacuation of families with children "
        "from 11 villages near the boundary with the Donetsk region, where Russia has pressed an "
        "offensive for more than a year. 'We left with two bags and the cat,' said Olena, a "
        "41-year-old mother who reached the city of Dnipro on an evacuation bus with her two sons. "
        "Volunteers said more than 1,200 people had registered at the city's transit centre in "
        "the past week. The Dnipropetrovsk region, an industrial heartland of over three million "
        "people before the war, had until now been spared ground fighting. Military analysts said "
        "the claim, even if premature, was meant to add pressure on Kyiv before planned talks.",
        "B D M",
        "ground offensive",
    ),
    (
        "Israeli strike on Gaza City school sheltering displaced families kills at least 18",
        "At least 18 Palestinians, seven of them children, were killed when an Israeli air strike "
        "hit a school in Gaza City's al-Daraj neighbourhood where hundreds of displaced families "
        "were sheltering, the civil defence agency said on Thursday. Its spokesman, Mahmoud Basal, "
        "said the strike came before dawn, when most people were asleep in classrooms and in tents "
        "pitched in the schoolyard. Rescuers used their hands and a single bulldozer to search for "
        "survivors under slabs of concrete. The Israeli military said it had struck Hamas "
        "militants operating from 'a command and control centre' inside the compound and had "
        "taken steps to reduce harm to civilians. The wounded were taken to al-Ahli Arab Hospital, "
        "where doctors said they were treating patients on the floor because beds had run out and "
        "fuel for the generators was almost gone. 'We came here because they told us to leave the "
        "east of the city,' said Umm Khaled, who lost her brother in the strike. 'Now there is "
        "nowhere left to go.' The United Nations says about 90% of Gaza's population has been "
        "displaced at least once since October 2023, many of them several times. Aid agencies say "
        "schools used as shelters are overcrowded and short of clean water.",
        "E V D H",
        "air strike on shelter",
    ),
    (
        "Gaza ceasefire under strain as Israeli strikes follow attack on troops in Rafah",
        "Israeli air strikes killed at least 11 people across the Gaza Strip on Wednesday, "
        "according to the territory's health authorities, hours after the Israeli military said "
        "its soldiers had come under fire in Rafah. The military said gunmen emerged from a tunnel "
        "shaft east of the so-called yellow line, behind which its forces pulled back under the "
        "ceasefire, and opened fire on a unit, wounding two reservists. Troops returned fire, it "
        "said, and aircraft then struck what it called terror targets in Khan Younis and Gaza "
        "City. Hamas denied any role in the Rafah incident and accused Israel of looking for a "
        "pretext to resume the war. Among the dead in Khan Younis were a woman and her two "
        "daughters, whose tent in the al-Mawasi area was hit, Nasser Hospital said. The truce, "
        "brokered by the United States, Egypt and Qatar, has largely held since it took effect, "
        "though each side accuses the other of violations. Aid agencies say more lorries are now "
        "entering Gaza but still too few, with winter rain flooding thousands of tents. The UN "
        "humanitarian office said crossings were shut for several hours during the strikes, "
        "delaying deliveries of food and shelter materials.",
        "B E M H",
        "air strikes after clash",
    ),
    (
        "Israeli drone strike in south Lebanon kills two as troops blow up houses near border",
        "An Israeli drone strike on a car in southern Lebanon killed two people on Monday, the "
        "Lebanese health ministry said, the latest attack despite a ceasefire in force since "
        "November 2024. The drone hit the vehicle on the road between Kfar Roummane and Nabatieh "
        "during the morning rush hour, setting it on fire, the state-run National News Agency "
        "reported. The Israeli military said it had killed a Hezbollah operative who was trying "
        "to rebuild the group's infrastructure in the area, and identified the second man as a "
        "member of its rocket unit. Overnight, Israeli troops crossed the border near Kfar Kila "
        "and blew up two houses, the agency said, while a bulldozer was seen levelling land on the "
        "edge of Houla. President Joseph Aoun called the attacks a flagrant violation of the truce "
        "and urged the United States and France, which sit on the committee that monitors it, to "
        "intervene. Israel says it will keep striking Hezbollah as long as the group holds weapons "
        "south of the Litani river. The Lebanese army, which has deployed thousands of soldiers "
        "in the south under the deal, says it has dismantled hundreds of Hezbollah positions. "
        "Hezbollah has not claimed any attack on Israel since the ceasefire began.",
        "E M",
        "drone strike and incursion",
    ),
    (
        "Israel strikes Yemen's Hodeidah port and a Sanaa power plant after Houthi missile launch",
        "Israeli warplanes struck the Red Sea port of Hodeidah and a power station south of Sanaa "
        "on Sunday night, the Houthi-run Al Masirah television said, hours after the group fired "
        "a ballistic missile towards central Israel. The Israeli military said its jets had hit "
        "military infrastructure used by the Houthis, including docks it said served to bring in "
        "Iranian weapons, and the Haziz power station. Residents of Sanaa described a series of "
        "heavy explosions followed by a blackout across parts of the capital. The Houthi-run "
        "health ministry said three people were killed and at least 48 wounded, most of them port "
        "workers. Earlier on Sunday, sirens sounded in Tel Aviv and Jerusalem as a missile "
        "launched from Yemen was intercepted; no injuries were reported. Houthi military "
        "spokesman Yahya Saree said the group had targeted Ben Gurion airport and would keep "
        "firing 'until the aggression on Gaza stops'. Hodeidah handles most of the food and fuel "
        "imports into northern Yemen, where the UN says more than 17 million people do not have "
        "enough to eat. Aid officials warned that damage to the port's cranes could slow wheat "
        "deliveries already running short.",
        "E M H",
        "air strikes",
    ),
    (
        "Clashes between Syrian army and Kurdish-led forces in Aleppo leave residents trapped",
        "Fighting broke out on Monday between Syrian government forces and the Kurdish-led Syrian "
        "Democratic Forces (SDF) in the Sheikh Maqsoud and Ashrafieh neighbourhoods of Aleppo, "
        "killing at least two civilians, the state news agency Sana reported. The defence ministry "
        "said its troops had responded to repeated attacks by SDF fighters on army checkpoints and "
        "accused the group of firing mortar rounds into residential streets. The SDF said "
        "government-affiliated factions had tried to advance on the districts with tanks and "
        "drones, and that its fighters had pushed them back. Residents said they sheltered in "
        "basements as gunfire and explosions echoed through the evening. Hundreds of families left "
        "Sheikh Maqsoud on foot for other parts of the city, according to a local council "
        "official, while others said they could not get out. The two sides agreed in March on a "
        "plan to fold the SDF into the new Syrian state's institutions, but the deal has stalled "
        "over the future of its fighters and control of the oil fields of the north-east. The "
        "United States, which backs the SDF, called for calm. A ceasefire was announced late on "
        "Monday after contacts between commanders of the two sides.",
        "B E D",
        "urban clashes",
    ),
    (
        "Settlers torch cars and attack olive pickers in occupied West Bank village",
        "Israeli settlers attacked Palestinian olive pickers and set fire to cars and farm "
        "buildings in the village of Turmus Ayya, north of Ramallah, on Saturday, wounding at "
        "least eight people, the Palestinian Red Crescent said. Witnesses said dozens of masked "
        "men came down from a nearby outpost carrying clubs and iron bars and chased families out "
        "of their groves. A 55-year-old woman was taken to hospital in Ramallah with head "
        "injuries after being beaten, her son said. Videos posted online showed three cars ablaze "
        "and smoke rising from a storage shed. The Israeli military said troops were sent to the "
        "area after reports of a violent confrontation and used riot dispersal means, and that the "
        "incident had been passed to the police. No arrests were reported. The olive harvest, "
        "which provides income for tens of thousands of Palestinian families, has seen a sharp "
        "rise in settler attacks in recent years, according to the UN humanitarian office, OCHA. "
        "Rights groups say such violence is rarely prosecuted. The mayor of Turmus Ayya said "
        "farmers would go back to the groves on Sunday, accompanied by foreign volunteers.",
        "V",
        "settler attack",
    ),
    (
        "German prosecutors take over Hanover station knife attack, citing Islamist motive",
        "Germany's federal prosecutors have taken over the investigation into a knife attack at "
        "Hanover's main railway station on Thursday evening in which a man wounded four people, "
        "saying there were signs of a radical Islamist motive. The suspect, a 24-year-old man, "
        "attacked travellers on a platform and in the concourse shortly before 7 pm, police said. "
        "Two of the victims, a 61-year-old woman and a 19-year-old man, were seriously hurt and "
        "underwent emergency surgery; on Friday their condition was described as stable. Federal "
        "police officers on patrol in the station overpowered the man within a minute, using a "
        "taser. Investigators found videos on his phone in which he pledged allegiance to the "
        "Islamic State group, the federal prosecutor's office in Karlsruhe said. He was brought "
        "before an investigating judge on Friday on four counts of attempted murder. Lower "
        "Saxony's interior minister, Daniela Behrens, said the officers' quick response had "
        "prevented worse, and thanked passers-by who helped the injured. The attack is likely to "
        "revive the debate over station security and deportations that has dominated German "
        "politics since a series of attacks in 2024 and 2025.",
        "T V",
        "terrorist knife attack",
    ),
]
