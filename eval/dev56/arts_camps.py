"""dev56 items: people in camps, shelters, schools, transit centres and host families, what
those places were built to hold and what they hold, camp closures and relocations, and the
aid handed out in them.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Dadaab camps over capacity as new arrivals keep coming",
    "Hagadera camp, built to house [[40,000 refugees|capacity;a=the camp chairman]], now holds [[more than 110,000|displaced;a=the camp chairman]], the camp chairman told this newspaper. "
    "He said [[about 1,300 new arrivals|displaced;a=the camp chairman]] from Somalia's Gedo and Lower Juba regions were registered in {{June}} alone, and that [[about 400 families|displaced;a=the camp chairman]] were still waiting for plots. "
    "Temperatures in the camp reached {{41 degrees Celsius}} last week.",
)

F(
    "Kakuma refugees face deeper ration cuts",
    "[[About 300,000 refugees|aid;p;a=the camp manager]] in Kakuma and Kalobeyei will receive only {{40 percent}} of a full ration from next month, the camp manager told the Standard. "
    "The cuts follow a {{30 percent}} reduction in {{March}}. "
    "The camp's main hospital admitted [[212 children|aid;a=the county health department]] for severe acute malnutrition last month, the county health department said.",
)

F(
    "Borno shuts two more Maiduguri camps",
    "The Borno State government has closed [[two more camps|capacity;a=the commissioner for reconstruction, rehabilitation and resettlement]] in Maiduguri, bringing to [[11|capacity;u=structure;a=the commissioner for reconstruction, rehabilitation and resettlement]] the number shut since {{2021}}, the commissioner for reconstruction, rehabilitation and resettlement said. "
    "[[About 6,800 households|returned]] from the Bakassi and Teachers Village camps were given {{N100,000}} each and taken back to their home towns of Bama, Gwoza and Dikwa. "
    "A camp leader said [[about 1,500 households|displaced;a=A camp leader]] had instead moved into rented rooms in Maiduguri because their towns were still unsafe. "
    "The government plans to close [[the remaining 12 camps|capacity;p;a=The government;alt=The Borno State government]] by the end of the year.",
)

F(
    "Sindh relief camps still house half a million",
    "{{Nearly two months}} after the floods, [[nearly 500,000 people|displaced;a=the Provincial Disaster Management Authority]] are still living in [[over 2,000 relief camps|capacity;a=the Provincial Disaster Management Authority]] across Sindh, the Provincial Disaster Management Authority said. "
    "The authority said it had distributed [[62,000 tents|aid;a=The authority;alt=the Provincial Disaster Management Authority]] and [[1.1 million mosquito nets|aid;u=other;v=1100000;a=The authority;alt=the Provincial Disaster Management Authority]]. "
    "In Dadu district, [[about 300 families|displaced]] are camping on the embankment of the Indus Highway with no tents at all.",
)

F(
    "Joshimath: families moved out of cracked homes",
    "The Chamoli district administration said [[723 buildings|housing;a=The Chamoli district administration]] in Joshimath had developed cracks since {{January 2}} and [[96 families|displaced;a=The Chamoli district administration]] had been moved to temporary relief centres. "
    "The administration has set aside [[1,310 rooms|capacity;u=structure]] in hotels, schools and government buildings that can hold [[about 5,400 people|capacity]]. "
    "[[About 45 families|returned]] have gone back to houses that engineers declared safe. "
    "[[Two hotels|housing;p;u=structure;a=officials]] that are leaning into each other will be demolished, officials said.",
)

F(
    "Maguindanao clashes: 1,200 families in evacuation centers",
    "[[About 1,200 families|displaced;a=the municipal social welfare office]] from [[five barangays|other;u=other;a=the municipal social welfare office]] of Datu Saudi Ampatuan are staying in [[three evacuation centers|capacity;a=the municipal social welfare office]] after clashes between the army and a faction of the Bangsamoro Islamic Freedom Fighters, the municipal social welfare office said. "
    "[[About 300 families|returned;a=the army]] went home on Tuesday, {{five days}} after the fighting began, when their barangay was declared cleared, the army said. "
    "The Department of Social Welfare and Development distributed [[4,500 family food packs|aid]] on Monday. "
    "An army spokesman said [[two soldiers|killed;a=An army spokesman]] and [[five militants|killed;a=An army spokesman]] were killed in the fighting.",
)

F(
    "Cúcuta's coliseum, meant for 1,500, shelters more than 3,000",
    "The Toto Hernández coliseum in Cúcuta, meant for [[1,500 people|capacity;a=the city's risk management office]], is sheltering [[more than 3,200|displaced;a=the city's risk management office]] who fled the Catatumbo, the city's risk management office said. "
    "Volunteers serve [[about 9,000 meals a day|aid]] from a kitchen in the car park. "
    "The office plans to move [[about 800 people|displaced;p;a=The office;alt=the city's risk management office]] to a {{second}} shelter at a school in the Atalaya neighbourhood on Friday.",
)

F(
    "Zaporizhzhia transit centre braces for more evacuees",
    "The transit centre in Zaporizhzhia receives [[up to 150 evacuees a day|displaced;a=the centre's coordinator]] from front-line towns such as Huliaipole and Orikhiv, the centre's coordinator said. "
    "It has beds for [[400 people|capacity]], who stay for {{up to three nights}} before moving on by train to Dnipro or western Ukraine. "
    "The regional administration said [[about 2,300 children|civilians;a=The regional administration]] still live in the Orikhiv and Polohy districts, and that it planned to evacuate [[the 470 children|displaced;p;a=The regional administration]] of Huliaipole by the end of the week.",
)

F(
    "School year delayed as displaced families fill classrooms",
    "The education ministry said [[505 public schools|capacity;a=The education ministry]] were being used as shelters for [[about 60,000 displaced people|displaced;a=The education ministry]], and that the school year would start on {{November 4}} in the others. "
    "[[About 1,200 teachers|displaced;a=the minister]] have themselves been displaced, the minister said.",
)

F(
    "Storm tears through camps near Atmeh",
    "Heavy rain and wind damaged or destroyed [[about 1,400 tents|housing;a=the Syria Response Coordinators group]] in [[41 camps|capacity;a=the Syria Response Coordinators group]] near Atmeh and Sarmada, the Syria Response Coordinators group said on Sunday. "
    "The group said [[about 8,600 people|civilians;a=The group;alt=the Syria Response Coordinators group]] were affected. "
    "A {{seven-year-old}} girl drowned when her family's tent was swept into a ditch, the White Helmets said. "
    "Local councils moved [[about 350 families|displaced]] to [[two mosques|capacity]] and a school in Sarmada.",
)

F(
    "Kurdistan camps stay open as Baghdad's deadline passes",
    "[[Twenty-four camps|capacity;a=the Ministry of Migration and Displacement]] are still open in the Kurdistan Region, housing [[about 110,000 people|displaced;a=the Ministry of Migration and Displacement]], the Ministry of Migration and Displacement said. "
    "The ministry said [[about 2,300 families|returned;a=The ministry;alt=the Ministry of Migration and Displacement]] had left the camps for Sinjar and the Nineveh Plains since the start of the year, each receiving {{4 million dinars}}. "
    "Camp managers said [[about 600 of the returning families|displaced;a=Camp managers]] had come back to the camps because their villages had no water or schools.",
)

F(
    "Kassala to move displaced families out of schools before exams",
    "[[About 2,000 families|displaced;a=the state's humanitarian aid commission]] are sheltering in [[46 schools|capacity;a=the state's humanitarian aid commission]] in Kassala city, the state's humanitarian aid commission said. "
    "The commission plans to move [[1,200 of them|displaced;p;n=-;u=household;a=The commission;alt=the state's humanitarian aid commission]] to a new site at Wad Sharifay before secondary school exams begin on {{28 December}}. "
    "The site has been laid out for [[600 tents|capacity]], with {{one latrine for every 50 people}}.",
)

F(
    "Goma's displacement camps empty after M23 ultimatum",
    "The {{M23}} rebels gave residents of the camps around Goma {{72 hours}} to leave. "
    "Camp leaders said [[about 80,000 people|returned;a=Camp leaders]] had left Bulengo for their villages in Masisi and Rutshuru, most of them on foot. "
    "[[Hundreds of families|displaced;a=a local official]] who could not go home because their villages had been burned moved into churches in Goma, a local official said. "
    "[[Some 1,500 shelters|housing;a=residents]] were torn down in the Lushagala camp, residents said.",
)

F(
    "Cyclone Jude: 47 accommodation centres open in Nampula",
    "The National Institute for Disaster Risk Management and Reduction (INGD) said [[47 accommodation centres|capacity;a=The National Institute for Disaster Risk Management and Reduction (INGD)]] were open in Nampula province, holding [[about 12,300 people|displaced;a=The National Institute for Disaster Risk Management and Reduction (INGD)]] whose houses were destroyed by Cyclone Jude, which came ashore with winds of {{195 km/h}}. "
    "The storm destroyed [[about 14,000 houses|housing;a=the institute;alt=The National Institute for Disaster Risk Management and Reduction (INGD)]] and damaged [[31,000 more|housing;n=-;u=structure;a=the institute;alt=The National Institute for Disaster Risk Management and Reduction (INGD)]], the institute said. "
    "It killed [[at least 11 people|killed]] in Nampula and Zambezia. "
    "[[About 2,000 people|returned]] left the centres on Sunday to rebuild their homes.",
)

F(
    "Port-au-Prince schools turned into displacement sites",
    "[[More than 100 sites|capacity;a=the civil protection directorate]] now shelter people displaced by gang violence in the capital, [[a dozen of them|capacity;n=-;u=other;a=the civil protection directorate]] in schools, according to the civil protection directorate. "
    "The Lycée Marie-Jeanne alone shelters [[about 2,700 people|displaced;a=the site's committee]], the site's committee said. "
    "Education officials said [[about 20,000 pupils|other;a=Education officials]] had lost their school places for the {{2024-25}} school year.",
)

F(
    "Fire in Rohingya camp leaves thousands homeless",
    "A fire in {{Camp 11}} at Balukhali destroyed [[about 1,000 shelters|housing;a=the Refugee Relief and Repatriation Commissioner]] on Sunday afternoon, leaving [[about 5,000 Rohingya|displaced;a=the Refugee Relief and Repatriation Commissioner]] homeless, the Refugee Relief and Repatriation Commissioner said. "
    "Fire service officials said [[two children|killed;a=Fire service officials]] died and [[about 20 people|injured;a=Fire service officials]] were treated for burns. "
    "Aid agencies handed out [[2,000 hygiene kits|aid]] and tarpaulins on Monday.",
)

F(
    "Hatay container city residents wait for new homes",
    "The container city in Defne, built to house [[3,000 people|capacity;a=the provincial AFAD director]], is now home to [[about 2,600 quake survivors|displaced;a=the provincial AFAD director]], the provincial AFAD director said. "
    "The site has [[720 containers|capacity]], a school and a health centre. "
    "[[About 400 families|returned;a=the provincial AFAD director]] have already moved back to repaired flats in Antakya, he said. "
    "The Environment ministry said it would hand over [[4,200 new homes|housing;p;a=The Environment ministry]] in Defne by the end of {{2025}}.",
)

F(
    "Samos centre holds more than double its capacity",
    "The closed controlled access centre on Samos, which has room for [[2,150 people|capacity;a=the Migration Ministry]], was holding [[about 4,800|displaced;a=the Migration Ministry]] on {{3 September}}, the Migration Ministry said. "
    "The ministry said [[about 1,000 people|displaced;p;a=The ministry;alt=the Migration Ministry]] would be transferred to camps on the mainland by the end of the week. "
    "The coast guard said [[112 people|displaced;a=The coast guard]] had arrived on [[three boats|other;a=The coast guard]] overnight, {{2 nautical miles}} off Pythagoreio.",
)

F(
    "Lampedusa hotspot overwhelmed as boats keep arriving",
    "[[More than 4,200 migrants|displaced;a=the prefecture of Agrigento]] reached Lampedusa on [[97 boats|other;a=the prefecture of Agrigento]] in {{24 hours}}, the prefecture of Agrigento said. "
    "The island's reception centre, designed for [[640 people|capacity]], was holding [[about 5,300|displaced]] on Wednesday morning. "
    "[[About 1,200 people|displaced;a=the prefecture;alt=the prefecture of Agrigento]] were transferred to Porto Empedocle by ferry and [[600 more|displaced;p;n=-;a=the prefecture;alt=the prefecture of Agrigento]] are due to leave on Thursday, the prefecture said.",
)

F(
    "Tijuana shelters full as asylum appointments are cancelled",
    "[[About 4,500 migrants|displaced;a=the city's migrant affairs office]] are waiting in Tijuana's [[34 shelters|capacity;a=the city's migrant affairs office]] after their appointments through the CBP One app were cancelled, the city's migrant affairs office said. "
    "The {{Juventud 2000}} shelter, which can hold [[150|capacity;a=the shelter's director]], has [[230 people|displaced;a=the shelter's director]] sleeping in its courtyard, the shelter's director said.",
)

F(
    "City to close Randall's Island shelter as migrant numbers fall",
    "The city will close the Randall's Island shelter, which can hold [[up to 3,000 adults|capacity;a=the mayor's office]], by {{February}}, the mayor's office said on Tuesday. "
    "[[About 45,000 migrants|displaced;a=city officials]] remain in the city's care in [[about 200 emergency shelters|capacity;a=city officials]], city officials said, down from [[67,000|displaced;a=city officials]] at the peak in {{January 2024}}. "
    "The city has spent {{$6.4 billion}} on the migrant response since {{2022}}.",
)

F(
    "Chicago moves migrants out of police stations",
    "The city has moved [[about 1,100 migrants|displaced;a=a spokesman for the mayor]] who had been sleeping in police station lobbies into shelters, a spokesman for the mayor said, leaving [[fewer than 50|displaced;a=a spokesman for the mayor]] at [[three stations|capacity;u=structure;a=a spokesman for the mayor]]. "
    "A planned winter base camp in Brighton Park, meant for [[up to 2,000 people|capacity;p]], was cancelled after the state found the soil contaminated in {{December}}.",
)

F(
    "Reopening of schools pushed back as flood victims shelter in classrooms",
    "The Education Cabinet Secretary said [[57 schools|capacity;a=The Education Cabinet Secretary]] in Nairobi, Kisumu and Tana River counties were still hosting families displaced by the floods, and [[2,140 schools|housing;a=The Education Cabinet Secretary]] had been damaged. "
    "The Interior ministry said [[about 4,000 households|aid;p;a=The Interior ministry]] in the schools would be given {{KSh 10,000}} each to rent houses so that classes can resume on {{May 20}}.",
)

F(
    "Durumi IDP camp residents evicted as FCT clears the site",
    "Officials of the Federal Capital Territory Administration demolished [[about 600 makeshift shelters|housing;a=the camp chairman]] at the Durumi camp on Wednesday, leaving [[about 2,400 people|displaced;a=the camp chairman]] without a roof, the camp chairman said. "
    "Most of them fled Boko Haram attacks in Gwoza more than {{a decade}} ago. "
    "The chairman said [[86 families|displaced;a=The chairman;alt=the camp chairman]] had moved to the New Kuchingoro camp, which was built for [[about 700 people|capacity;a=The chairman;alt=the camp chairman]] and already holds [[1,900|displaced;a=The chairman;alt=the camp chairman]].",
)
