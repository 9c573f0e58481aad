"""dev29 articles: more from the Americas, Asia, Africa, Europe and North America; more crime, returns and features.

Marks: [[span|category;a=source;...]] is a figure, {{span}} a negative (eval/figset/marks.py).
"""

from figset import F

# ---------------------------------------------------------------- Americas, Asia, Africa (more)

F(
    "Catatumbo: ELN offensive triggers Colombia's largest displacement in decades",
    "CÚCUTA, Colombia - Fighting between the ELN guerrilla group and a dissident faction of the former FARC in the Catatumbo region has displaced [[more than 32,000 people|displaced;a=the Ombudsman's Office]] in {{less than a week}}, the Ombudsman's Office said on Wednesday, the largest single displacement recorded in Colombia since the {{1990s}}.\n\n"
    "Most have fled to Cúcuta, Tibú and Ocaña. "
    "In Cúcuta, the city's sports stadium has been turned into a shelter, and the mayor's office said it was housing [[about 2,600 people|displaced;a=the mayor's office]] there. "
    "[[Hundreds more|displaced;n=-;a=Venezuelan officials]] crossed into Venezuela, according to Venezuelan officials.\n\n"
    "The ELN attacked villages and hamlets where it accused residents of supporting the dissidents. "
    "The governor of Norte de Santander, William Villamizar, said [[at least 80 people|killed;a=The governor of Norte de Santander, William Villamizar;alt=William Villamizar]] had been killed, among them former FARC fighters who had signed the {{2016}} peace deal.\n\n"
    "“They came with lists. They asked for people by name,” said a woman from El Tarra who reached Cúcuta on foot after walking for {{two days}} with her children.\n\n"
    "President Gustavo Petro suspended peace talks with the ELN and declared a state of internal commotion, which lets the government rule by decree for {{90 days}}. "
    "The defence ministry said it was sending [[5,000 more troops|combatants;p;a=The defence ministry]] to the region, which borders Venezuela and is one of the country's main coca-growing areas.\n\n"
    "The Ombudsman said [[dozens of people|kidnapped;a=The Ombudsman;alt=the Ombudsman's Office]], among them social leaders, were being held by armed groups.",
)

F(
    "Manipur: relief camps enter second year as families wait to go home",
    "IMPHAL, India - More than a year after ethnic violence broke out between the Meitei and Kuki-Zo communities in India's northeastern state of Manipur, [[about 59,000 people|displaced;a=the state government]] are still living in relief camps, the state government said on Tuesday.\n\n"
    "The government runs [[more than 280 relief camps|capacity]] in the valley and hill districts, many in school buildings, community halls and college hostels. "
    "Officials said they had begun building prefabricated houses for families in the Imphal valley, and that [[1,000 houses|housing;p;a=Officials]] would be ready by December.\n\n"
    "In Churachandpur, a Kuki-Zo majority district, camp residents said conditions were getting worse. "
    "“We were given clothes once last year, nothing since,” said Lalremsiami, who shares a hall with [[about 60 other people|displaced;n=people;a=Lalremsiami]].\n\n"
    "The violence, which began on {{May 3, 2023}}, has killed [[at least 226 people|killed;a=the police]], according to the police, and [[more than 4,700 houses|housing;a=officials]] were burned in the first months, officials said.\n\n"
    "Central forces have deployed [[more than 60,000 personnel|combatants]] in the state, and a buffer zone patrolled by troops separates the valley from the hills. "
    "[[Thousands of weapons|other]] looted from police armouries in {{2023}} have still not been returned.\n\n"
    "Schools have reopened in most districts, but [[about 14,000 children|displaced;a=the state education department]] in the camps are studying in makeshift classes, the state education department said.",
    ["first months"],
)

F(
    "Kurram: convoy ambush deepens crisis in besieged Pakistani district",
    "PESHAWAR, Pakistan - Gunmen ambushed a convoy of passenger vehicles in Pakistan's Kurram district on Thursday, killing [[at least 42 people|killed;a=police]], police said, the deadliest attack in a region where sectarian fighting has cut roads for weeks.\n\n"
    "The convoy of [[about 200 vehicles|other;a=the deputy commissioner]] was travelling under police escort from Parachinar to Peshawar when it came under fire near Mandori, the deputy commissioner said. "
    "[[More than 20 people|injured;a=officials at the district hospital in Parachinar]] were wounded, officials at the district hospital in Parachinar said.\n\n"
    "In the days that followed, fighting between armed Sunni and Shia tribes spread across the district. "
    "By Sunday, the provincial government said the death toll from the ambush and the clashes had reached [[82|killed;a=the provincial government]], and that [[about 300 families|displaced;a=the provincial government]] had fled Bagan and nearby villages toward Hangu.\n\n"
    "The main road to Parachinar, a town near the Afghan border, has since been closed, and residents say food and medicine are running out. "
    "A doctor at the Parachinar hospital said [[29 children|killed;a=A doctor at the Parachinar hospital]] had died there since the closure for lack of medicine.\n\n"
    "Tribal elders agreed a ceasefire on {{November 24}}, which broke down within {{a week}}. "
    "A peace agreement signed on {{January 1}} provides for the removal of bunkers and the surrender of heavy weapons within {{15 days}}.",
)

F(
    "Papua New Guinea landslide: hopes fade for villagers under rubble",
    "PORT MORESBY (AP) - Rescuers digging with shovels and bare hands in Papua New Guinea's Enga province said on Tuesday they had little hope of finding survivors, {{four days}} after a landslide buried much of the village of Yambali while its residents slept.\n\n"
    "The government told the United Nations that [[more than 2,000 people|missing;a=The government]] may have been buried, far more than the figure of [[about 670|missing;a=the International Organization for Migration]] given on Sunday by the International Organization for Migration. "
    "Local officials said the difference came from an old census; nobody knows exactly how many people lived in the village.\n\n"
    "Only [[six bodies|killed;a=provincial officials]] had been recovered by Tuesday, provincial officials said. "
    "The debris, {{six to eight metres}} deep in places, covers an area the size of {{three or four}} football fields.\n\n"
    "“The mountain came down at {{3 a.m.}} We heard it like thunder,” said Evit Kambu, who lost relatives. "
    "The slide also cut the main highway through the province, and heavy machinery took {{two days}} to arrive from Port Moresby, {{600 km}} away.\n\n"
    "The IOM said [[about 7,800 people|civilians;a=The IOM;alt=the International Organization for Migration]] in nearby communities were at risk because the ground was still moving, and that authorities planned to evacuate [[1,250 of them|displaced;p;n=-;a=The IOM;alt=the International Organization for Migration]].\n\n"
    "Enga province has been troubled by tribal fighting, and the UN said soldiers had escorted relief convoys through areas where clashes had killed [[eight people|killed;a=the UN]] the week before.",
)

F(
    "Karabakh exodus: Armenia counts arrivals as last bus leaves",
    "GORIS, Armenia (Reuters) - The last bus carrying ethnic Armenians from Nagorno-Karabakh crossed into Armenia on Monday, {{a week}} after Azerbaijan's lightning offensive, leaving the region almost empty of the people who had lived there for centuries.\n\n"
    "Armenia's government said [[100,514 people|displaced;a=Armenia's government]] had arrived from the region since {{September 24}}, out of a population it had put at [[about 120,000|civilians;a=Armenia's government]] before the offensive. "
    "Government spokeswoman Nazeli Baghdasaryan said [[more than 21,000 vehicles|other;a=Government spokeswoman Nazeli Baghdasaryan;alt=Nazeli Baghdasaryan]] had crossed the Hakari bridge.\n\n"
    "The refugees were registered in Goris and sent on to towns across Armenia. "
    "The government said it had found housing for [[about 40,000|displaced;a=The government;alt=Armenia's government]] of them in hotels, dormitories and private homes, and was paying a one-off grant of {{100,000 drams}}, about {{$250}}, to each person.\n\n"
    "[[At least 170 people|killed;a=officials]] died in a fuel depot explosion on the road out of Stepanakert on {{September 25}}, where people had queued for petrol to make the journey, officials said. "
    "The road journey, normally {{two hours}}, took some families {{30 hours}} or more.\n\n"
    "“We left the graves of our parents behind. We will never go back,” said Arpine Sargsyan, {{54}}, at a registration centre in Goris.\n\n"
    "The UN refugee agency said it had sent [[4,000 blankets|aid;a=The UN refugee agency]] and hygiene kits to Syunik province and was preparing to support [[up to 120,000 refugees|displaced;p;a=The UN refugee agency]] over the winter.",
)

F(
    "Kenya floods: death toll rises as Mai Mahiu victims buried",
    "NAIROBI - The death toll from weeks of floods across Kenya rose to [[228|killed;a=the interior ministry]] on Sunday, the interior ministry said, as families in Mai Mahiu buried victims of a flash flood that swept through the town {{a week}} ago.\n\n"
    "In its previous update, on Thursday, the ministry had put the toll at [[210|killed;a=the ministry;alt=the interior ministry]]. "
    "It said [[72 people|missing;a=the interior ministry]] were still missing and [[more than 212,000|displaced;a=the interior ministry]] had been forced from their homes since {{March}}.\n\n"
    "In Mai Mahiu, {{60 km}} northwest of Nairobi, a blocked culvert under a railway embankment gave way before dawn on {{April 29}}, sending a wall of water and mud through homes. "
    "The Kenya Red Cross said [[at least 61 people|killed;a=The Kenya Red Cross]] died there, and that its teams were still searching for [[about 50 others|missing;a=The Kenya Red Cross]]. "
    "“My neighbour's house is just gone. There is only sand,” said Grace Wanjiru, {{45}}, who ran from her home with her children.\n\n"
    "The government has ordered people living within {{30 metres}} of rivers in Nairobi to leave, and said it would demolish houses built on riverbanks. "
    "Interior Minister Kithure Kindiki said [[about 5,000 households|displaced;p;a=Interior Minister Kithure Kindiki;alt=Kithure Kindiki]] along the Nairobi and Mathare rivers would have to move, and that each would receive {{10,000 shillings}} to find new housing.\n\n"
    "The government has opened [[115 camps|capacity]] for the displaced, most of them in schools, which delayed the start of the school term by {{a week}}. "
    "Forecasters expect heavy rain to continue until late May.",
)


# ---------------------------------------------------------------- Europe, North America

F(
    "Valencia floods: anger grows as search for missing continues",
    "VALENCIA, Spain - {{Ten days}} after flash floods tore through towns south of Valencia, soldiers and volunteers were still clearing mud from garages and underground car parks on Friday, and the regional government said [[89 people|missing;a=the regional government]] remained unaccounted for.\n\n"
    "The national government said the death toll in the Valencia region stood at [[219|killed;a=The national government]], out of [[227|killed;a=The national government]] across Spain. "
    "Most of the victims were in Paiporta, Catarroja, Alfafar and other towns of the Horta Sud district, where the Poyo ravine overflowed on the evening of {{October 29}}.\n\n"
    "More than {{400 litres}} of rain per square metre fell in {{eight hours}} in parts of the province, the state weather agency AEMET said, a year's worth in places.\n\n"
    "The defence ministry said [[8,500 soldiers|combatants;a=The defence ministry]] were now deployed, the largest peacetime deployment of the armed forces in Spain. "
    "It said they had removed [[more than 40,000 vehicles|other;a=The defence ministry]] from the streets.\n\n"
    "Residents have criticised the regional authorities for sending a mobile phone alert only at {{8:11 p.m.}}, when water was already flooding homes. "
    "“The alert came when my car was already floating,” said Juan Carlos Ruiz, {{51}}, a mechanic in Paiporta.\n\n"
    "On Saturday, [[tens of thousands of people|other;a=police]] marched in Valencia to demand the resignation of the regional president, police said.",
)

F(
    "Jasper wildfire: evacuees allowed home to see damage",
    "HINTON, Alberta (CP) - Residents of Jasper were allowed back into the Rocky Mountain town on Friday for the first time since a wildfire forced [[about 25,000 people|displaced;a=Parks Canada]], including residents and tourists, to flee in late July, Parks Canada said.\n\n"
    "Officials said the fire destroyed [[358|housing;u=structure;a=Officials]] of the town's [[1,113 structures|other;a=Officials]], about {{a third}}, most of them homes in the western neighbourhoods. "
    "[[One firefighter|killed]], a {{24-year-old}} from Calgary, was killed by a falling tree while fighting the blaze.\n\n"
    "Traffic was heavy on the highway from Hinton, {{80 km}} to the east, where many evacuees have been staying in hotels and with friends. "
    "The municipality said [[about 1,100 households|returned;a=The municipality]] had gone back by the afternoon of the first day, and that a reception centre in the town would offer food and counselling.\n\n"
    "Power and gas had been restored to most undamaged buildings, but a boil-water advisory remained in place. "
    "“We knew our house was gone, but seeing it is different,” said Jessica Fenton, who had lived in Jasper for {{22 years}}.\n\n"
    "The fire, which burned about {{330 square kilometres}} of the national park, was declared under control on {{August 15}}. "
    "Alberta's government said [[about 7,000 evacuees|aid;a=Alberta's government]] had received emergency payments. "
    "The town's mayor said rebuilding could take {{five years}}.",
    ["first"],
)

F(
    "Helene: North Carolina shelters fill as mountain towns remain cut off",
    "ASHEVILLE, N.C. (AP) - [[Hundreds of people|displaced]] remained in emergency shelters in western North Carolina on Wednesday, {{five days}} after the remnants of Hurricane Helene sent floodwaters through mountain towns, destroying roads, bridges and homes.\n\n"
    "The state's emergency management agency said [[about 1,600 people|displaced;a=The state's emergency management agency]] were staying in [[39 shelters|capacity;a=The state's emergency management agency]] across the region. "
    "Governor Roy Cooper said [[more than 600 people|missing;a=Governor Roy Cooper;alt=Roy Cooper]] had been reported missing, though many were believed to be safe but unable to call because phone networks were down.\n\n"
    "Across the Southeast, the storm killed [[at least 180 people|killed]], making it the deadliest hurricane on the US mainland since Katrina in {{2005}}. "
    "[[More than 70|killed;a=officials]] of the deaths were in Buncombe County, which includes Asheville, officials said.\n\n"
    "Helene made landfall in Florida's Big Bend on the night of {{September 26}} as a {{Category 4}} storm with winds of {{140 mph}}.\n\n"
    "The Pentagon said it was sending [[1,000 active-duty soldiers|combatants;p;a=The Pentagon]] to help deliver food and water, and helicopters were dropping supplies to communities cut off by landslides. "
    "“We haven't had water for {{six days}}. The road is just gone,” said Brenda Holloway, {{71}}, of Black Mountain.\n\n"
    "Power companies said electricity might not be restored in the worst-hit counties for {{weeks}}.",
)


# ---------------------------------------------------------------- Africa (more)

F(
    "Tawila: MSF says new arrivals from El Fasher show signs of starvation",
    "NAIROBI - Médecins Sans Frontières said on Thursday that its teams in Tawila, in Sudan's North Darfur state, were receiving [[hundreds of people a day|displaced;a=Médecins Sans Frontières]] who had walked for {{two or three days}} from El Fasher, many of them starving and some with gunshot wounds.\n\n"
    "The medical charity said it had treated [[more than 130 wounded patients|injured;a=The medical charity;alt=Médecins Sans Frontières]] at its hospital in Tawila in {{ten days}}, most of them men who said they had been shot at checkpoints on the road.\n\n"
    "A nutrition screening of children under {{five}} arriving in Tawila found that {{one in three}} was acutely malnourished, MSF said. "
    "“Mothers tell us they ate animal feed for weeks before they left,” said the charity's emergency coordinator in Darfur.\n\n"
    "Tawila, about {{60 km}} west of El Fasher, was a small market town before the war. "
    "It now hosts [[more than 650,000 displaced people|displaced;a=the Norwegian Refugee Council]], according to the Norwegian Refugee Council, which said that [[about 40,000|displaced;a=the Norwegian Refugee Council]] had arrived since the start of the month.\n\n"
    "The Rapid Support Forces have besieged El Fasher, the last major city in Darfur held by the army and its allies, since {{May 2024}}. "
    "The UN says [[about 260,000 civilians|civilians;a=The UN]], half of them children, remain trapped in the city.\n\n"
    "Aid reaching Tawila is still far below needs. "
    "The World Food Programme said a convoy of [[16 trucks|aid;a=The World Food Programme]] had reached the town on Monday after {{three weeks}} on the road from Chad.",
    ["half of them"],
)

F(
    "Niger: soldiers killed in attack near Malian border",
    "NIAMEY (AFP) - Suspected jihadists killed [[21 soldiers|killed;a=Niger's defence ministry]] in an attack on an army post near the town of Tassia in southwestern Niger on Tuesday, Niger's defence ministry said in a statement read on state television.\n\n"
    "The ministry said the attackers, numbering [[several hundred|combatants;a=The ministry;alt=Niger's defence ministry]], arrived on motorcycles and in pickup trucks fitted with heavy machine guns. "
    "It said the army had killed [[dozens of terrorists|killed;a=Niger's defence ministry]] in the fighting and in air strikes that followed, and that [[nine soldiers|injured;a=Niger's defence ministry]] were wounded.\n\n"
    "The Tillabéri region, where the borders of Niger, Mali and Burkina Faso meet, has been the scene of repeated attacks by groups linked to al-Qaeda and the Islamic State group. "
    "An attack on another post in the region in {{December}} killed [[29 soldiers|killed;a=the army]], according to the army.\n\n"
    "Niger's military government, which seized power in a coup in {{July 2023}}, has ordered French troops out of the country and turned to Russia for security support.\n\n"
    "Local residents said the fighting had forced [[about 2,000 people|displaced;a=Local residents]] to flee Tassia and nearby villages for the town of Tera, {{50 km}} away. "
    "The government declared {{three days}} of national mourning. "
    "It was the deadliest attack on the army since {{March}}, when an ambush near the same border killed soldiers escorting a convoy of fuel tankers.",
)


# ---------------------------------------------------------------- more crime, returns, features

F(
    "El Salvador extends emergency rule as arrests pass new mark",
    "SAN SALVADOR - El Salvador's Congress on Wednesday extended for a {{30th}} time the state of emergency that President Nayib Bukele declared in {{March 2022}} to fight street gangs, as the government said arrests under the measure had passed a new mark.\n\n"
    "Security Minister Gustavo Villatoro said police and soldiers had detained [[more than 81,000 people|arrested;a=Security Minister Gustavo Villatoro;alt=Gustavo Villatoro]] accused of belonging to gangs such as MS-13 and Barrio 18 since the emergency began. "
    "He said [[about 7,000|arrested;a=Security Minister Gustavo Villatoro;alt=Gustavo Villatoro]] had been released for lack of evidence.\n\n"
    "The measure suspends some constitutional rights, including the right to be told the reason for an arrest and to see a lawyer, and allows detention without charge for {{15 days}}, up from {{three days}}.\n\n"
    "Human rights group Cristosal said [[at least 261 people|killed;a=Human rights group Cristosal;alt=Cristosal]] had died in state custody since {{March 2022}}, some of them with signs of torture.\n\n"
    "The government says the homicide rate fell to {{2.4 per 100,000}} inhabitants in {{2023}}, from {{38}} in {{2019}}, making El Salvador one of the safest countries in the Americas.\n\n"
    "Many of those arrested are held in the Terrorism Confinement Centre, a mega-prison opened in {{2023}} with space for [[40,000 inmates|capacity;a=the government]], according to the government. "
    "“My son sold tortillas. He has been inside for {{two years}} and we have never seen him,” said a woman waiting outside a prison in Izalco.",
    ["MS-13", "Barrio 18"],
)

F(
    "Chiapas violence pushes Mexican families across border into Guatemala",
    "GUATEMALA CITY (Reuters) - [[About 580 Mexicans|displaced;a=Guatemala's migration institute]], most of them women and children, crossed into Guatemala over the weekend fleeing fighting between drug cartels in the Mexican state of Chiapas, Guatemala's migration institute said on Monday.\n\n"
    "The families came from Amatenango de la Frontera and other villages in the mountains near the border, where the Sinaloa and Jalisco New Generation cartels are fighting for control of smuggling routes. "
    "They were being housed in [[two schools|capacity;a=local officials]] and a church in the Guatemalan town of Cuilco, local officials said.\n\n"
    "“They came into the village shooting and said every family had to give a son to fight for them,” said a farmer who crossed with his wife and children and asked not to be named.\n\n"
    "Guatemala's government said it would give the Mexicans temporary humanitarian status for {{90 days}}, and Mexico's foreign ministry said it was working with Guatemala to ensure a safe return. "
    "On Tuesday, [[about 100|returned;a=the ministry;alt=Mexico's foreign ministry]] went back to Chiapas on buses escorted by Mexican troops, the ministry said.\n\n"
    "Mexico's National Guard said it had deployed [[600 troops|combatants;a=Mexico's National Guard]] to the border municipalities.\n\n"
    "The crossing is rare: for decades, Guatemalans have fled north into Mexico, and Chiapas hosted [[tens of thousands of Guatemalan refugees|displaced]] during the civil war of the {{1980s}}.",
)

F(
    "Cameroon: separatists free students abducted near Bamenda",
    "YAOUNDÉ - Separatist fighters in Cameroon's North-West region have released [[11 students|kidnapped;a=the regional governor]] and a teacher abducted from a secondary school near Bamenda last week, the regional governor said on Sunday.\n\n"
    "The students, aged {{13 to 17}}, were taken from their dormitory at night on {{October 31}}. "
    "Governor Adolphe Lele L'Afrique said they were found in good health in a village outside the city, but did not say whether a ransom had been paid.\n\n"
    "Separatists in the English-speaking North-West and South-West regions have imposed a boycott of schools since {{2017}}, saying the French-speaking government imposes its language and laws on them. "
    "The UN children's agency UNICEF said in {{September}} that [[more than 2,200 schools|other;a=The UN children's agency UNICEF;alt=UNICEF]] in the North-West and South-West were closed or not working, leaving [[about 600,000 children|other;a=The UN children's agency UNICEF;alt=UNICEF]] out of school.\n\n"
    "The army said it had killed [[four separatist fighters|killed;a=The army]] in an operation to find the students. "
    "A separatist group, the Ambazonia Defence Forces, denied holding the students and said on social media that none of its fighters had died.\n\n"
    "Parents said the school, which had reopened in {{2022}} after {{five years}} of closure, would not open again this term.\n\n"
    "The conflict, which began in {{2016}} with peaceful protests by lawyers and teachers, has killed [[more than 6,000 people|killed;a=the International Crisis Group]] and displaced [[about 600,000|displaced;a=the International Crisis Group]], according to the International Crisis Group.",
)

F(
    "Nepal floods: rescuers search for bus passengers swept into Trishuli",
    "KATHMANDU - Rescuers searched the swollen Trishuli river on Saturday for [[two buses|other;a=police]] that were swept off the highway by a landslide before dawn on Friday with [[about 60 passengers|missing;a=police]] on board, police said.\n\n"
    "Only [[three passengers|other;a=police]] escaped, by jumping from the windows as the buses slid down the slope, police said. "
    "Divers from the Nepal Army and the Armed Police Force were using rubber boats and magnets to search the river, which was running at more than {{twice}} its normal level.\n\n"
    "Monsoon rains since mid-June have killed [[at least 105 people|killed;a=the National Disaster Risk Reduction and Management Authority]] across Nepal, the National Disaster Risk Reduction and Management Authority said on Saturday, and [[32|missing;a=the National Disaster Risk Reduction and Management Authority]] are missing. "
    "It said [[about 1,400 families|displaced;a=the National Disaster Risk Reduction and Management Authority]] had been moved to safer places.\n\n"
    "The Prithvi Highway, which links Kathmandu with the central city of Pokhara, {{200 km}} to the west, was blocked at several points, leaving [[thousands of vehicles|other]] stranded. "
    "Travel on the road, normally {{six or seven hours}}, was taking two days.\n\n"
    "“We waited {{17 hours}} in the car with our children,” said Rupa Gurung, a teacher from Pokhara.\n\n"
    "Nepal's monsoon usually lasts from {{June to September}}. "
    "The weather office said rainfall this year had been {{14 percent}} above average so far. "
    "The government announced compensation of {{200,000 rupees}} for the family of each person killed.",
    ["two days"],
)

F(
    "Ituri: militia attack on displacement camp kills dozens",
    "BUNIA, Democratic Republic of Congo - Fighters of the CODECO militia attacked a camp for displaced people near the village of Plaine Savo in Congo's Ituri province overnight on Tuesday, killing [[at least 52 people|killed;a=local officials]] with machetes and guns, local officials said.\n\n"
    "The camp hosted [[about 24,000 displaced people|displaced;a=the UN refugee agency]], according to the UN refugee agency, most of them from the Hema community. "
    "The agency said the attackers burned [[more than 1,200 shelters|housing;a=The agency;alt=the UN refugee agency]] and looted the camp's health post.\n\n"
    "A spokesman for the UN peacekeeping mission, MONUSCO, said its troops at a base {{2 km}} away had driven off the attackers, and that [[about 1,000 people|displaced;a=A spokesman for the UN peacekeeping mission, MONUSCO;alt=MONUSCO]] had taken refuge inside the base. "
    "He said peacekeepers were treating [[43 wounded|injured;a=A spokesman for the UN peacekeeping mission, MONUSCO;alt=MONUSCO]].\n\n"
    "CODECO, a loose association of militias drawn mainly from the Lendu community, says it defends Lendu farmers against the Hema and the army. "
    "It has been blamed for some of the worst massacres in eastern Congo since fighting between the two communities flared again in {{2017}}.\n\n"
    "“They came at {{1 a.m.}} They went from shelter to shelter,” said a camp leader who survived by hiding in the bush. "
    "Ituri's military governor declared {{three days}} of mourning and said the army would pursue the attackers. "
    "Ituri has [[about 1.5 million displaced people|displaced;a=the UN's humanitarian office]], according to the UN's humanitarian office.",
)

F(
    "Libya: migrants freed from traffickers' warehouse in Kufra",
    "TRIPOLI - Security forces in southeastern Libya raided a warehouse used by human traffickers in the desert town of Kufra and freed [[107 migrants|kidnapped;a=the Kufra security directorate]] who had been held for ransom, some of them for months, the Kufra security directorate said on Saturday.\n\n"
    "The directorate said the captives, from Sudan, Eritrea, Ethiopia and Somalia, included [[19 women|kidnapped;a=The directorate;alt=the Kufra security directorate]] and [[a dozen children|kidnapped;a=The directorate;alt=the Kufra security directorate]]. "
    "Many bore marks of beatings and torture, and some had been chained, it said.\n\n"
    "It said [[three Libyans|arrested;a=the Kufra security directorate]] and [[two foreigners|arrested;a=the Kufra security directorate]] had been arrested.\n\n"
    "Migrants who reach Libya through the Sahara are often held by traffickers who torture them while their relatives are called to pay ransoms of {{$2,000 to $10,000}}. "
    "“They called my mother every day and made her listen while they beat me,” a {{22-year-old}} Eritrean man told a local rights group after his release.\n\n"
    "The UN's migration agency IOM said it was ready to help those who wanted to go home. "
    "Since January, it has flown [[more than 9,000 migrants|returned]] from Libya back to their countries under its voluntary return programme.\n\n"
    "Kufra, {{about 900 km}} from the coast, is a hub on the route north from Sudan and Chad, and the town's authorities say [[about 5,000 Sudanese refugees a month|displaced;a=the town's authorities]] now pass through it.",
)

F(
    "Maiduguri: closing the camps, and what comes after",
    "MAIDUGURI, Nigeria - The gate of the Bakassi camp is padlocked now. "
    "For {{eight years}}, the former housing estate on the edge of Maiduguri sheltered people who had fled Boko Haram, until the Borno state government closed it in {{2022}}, one of a series of camp closures across the city.\n\n"
    "Governor Babagana Zulum says the policy is working. "
    "His government says it has closed [[all 32 official camps|capacity;n=camps;a=His government;alt=Governor Babagana Zulum]] in Maiduguri and resettled [[more than 180,000 people|returned;a=His government;alt=Governor Babagana Zulum]] in their home areas or in new towns built for them.\n\n"
    "Aid workers are less sure. "
    "Many families given a one-off payment of {{100,000 naira}} and {{two bags}} of rice moved not to their villages but to informal settlements on the outskirts of the city, where they receive little help, according to the Norwegian Refugee Council. "
    "Others returned to garrison towns such as Bama and Dikwa, where they cannot farm beyond {{a few kilometres}} from the trenches that protect the towns.\n\n"
    "Hauwa Bukar, {{38}}, went back to Bama in {{2023}}. "
    "“We have houses now, but no land. The soldiers say it is not safe to go {{two kilometres}} out,” she said by phone. "
    "Her husband was killed by insurgents in {{2014}}; she raises her children by selling firewood.\n\n"
    "The conflict, now in its {{16th year}}, has killed [[tens of thousands of people|killed]] in the northeast. "
    "In Borno alone, [[about 1.8 million people|displaced;a=the International Organization for Migration]] are still displaced, according to the International Organization for Migration.",
)

F(
    "Haiti: kidnapped nurses freed after three weeks",
    "PORT-AU-PRINCE - [[Eight nurses|kidnapped;a=the hospital's director]] abducted from a private hospital in the Port-au-Prince suburb of Tabarre {{three weeks}} ago were freed on Monday evening, the hospital's director said.\n\n"
    "The director, Jean-Robert Pierre, said the nurses were tired but in good health and had been examined by colleagues. "
    "He did not say whether a ransom had been paid. "
    "Police said the women had been held by a gang based in Croix-des-Bouquets, east of the capital. "
    "The hospital suspended all but emergency services after the abduction and said it would reopen fully next week, with armed guards at the gate.\n\n"
    "Kidnapping for ransom has become one of the main sources of income for Haiti's gangs. "
    "The Center for Analysis and Research in Human Rights, a Port-au-Prince group, said [[at least 190 people|kidnapped;a=The Center for Analysis and Research in Human Rights, a Port-au-Prince group;alt=The Center for Analysis and Research in Human Rights]] had been kidnapped in Haiti in the {{first quarter}} of the year, against [[about 240|kidnapped;a=The Center for Analysis and Research in Human Rights, a Port-au-Prince group;alt=The Center for Analysis and Research in Human Rights]] in the previous quarter.\n\n"
    "Ransom demands range from {{a few thousand dollars}} to {{$1 million}}, the group said, and families often sell land and cars to pay.\n\n"
    "“We called everyone we know. My mother sold her shop,” said the brother of one of the nurses, who asked not to be named for fear of reprisals.\n\n"
    "The UN says [[more than 5,600 people|killed;a=The UN]] were killed in gang violence in Haiti last year, up from [[about 4,800|killed;a=The UN]] the year before.",
)

F(
    "Herat earthquakes: winter tents for survivors as aftershocks continue",
    "HERAT, Afghanistan - Aid agencies raced on Sunday to replace summer tents with winterised shelters in Herat province, {{three weeks}} after a series of earthquakes of {{magnitude 6.3}} flattened villages in the Zindajan district.\n\n"
    "The Taliban administration's disaster ministry said the quakes had killed [[about 1,480 people|killed;a=The Taliban administration's disaster ministry]], revising down an earlier toll of [[more than 2,000|killed;a=The Taliban administration's disaster ministry]] that officials said had counted some victims twice. "
    "[[More than 10,000 houses|housing;a=the UN]] were destroyed or damaged, according to the UN.\n\n"
    "Most of the dead were women and children, who were at home when the first quake struck at {{11 a.m.}} on {{October 7}}, while many men were working in the fields.\n\n"
    "The World Health Organization said [[about 1,700 people|injured;a=The World Health Organization]] had been treated at Herat regional hospital.\n\n"
    "Night temperatures in the district already fall below {{zero}}. "
    "The UN refugee agency said it had delivered [[2,000 winterised tents|aid;a=The UN refugee agency]] and planned to build [[500 transitional shelters|capacity;p;a=The UN refugee agency]] before the snow.\n\n"
    "“We sleep outside because we are afraid of the walls,” said Gul Ahmad, a farmer in Naib Rafi, where not a single house is standing. "
    "Aftershocks of {{magnitude 5}} and above have continued to shake the area. "
    "The quakes were the deadliest in Afghanistan since a quake in Paktika province in {{June 2022}}.",
    ["first", "twice"],
)

F(
    "Chile deports Venezuelans on military flights as border tension eases",
    "SANTIAGO - Chile flew [[138 foreign nationals|returned;a=the interior ministry]], most of them Venezuelans and Colombians, back to their countries on [[two air force planes|other;u=other;a=the interior ministry]] on Thursday, the interior ministry said, the largest single deportation this year.\n\n"
    "The ministry said the group included [[41 people|returned;a=The ministry;alt=the interior ministry]] who had served prison sentences in Chile and others who had entered the country illegally through the Andean border crossing at Colchane. "
    "Chile's government has said it wants to expel [[about 2,000 people|returned;p;a=Chile's government]] this year.\n\n"
    "The number of people crossing irregularly at Colchane, {{3,700 metres}} above sea level, has fallen since Chile sent troops to the northern border in {{February 2023}}. "
    "The army has kept [[about 600 soldiers|combatants]] there since then.\n\n"
    "In the border town, a shelter run by the Catholic church that once held [[hundreds of migrants a night|displaced]] is almost empty. "
    "“In {{2021}} people slept in the square, in the cold, at {{minus 10}} degrees,” said the priest who runs it.\n\n"
    "Chile had [[about 1.9 million foreign residents|other;a=the national statistics institute]] at the end of {{2023}}, according to the national statistics institute, {{a third}} of them Venezuelan. "
    "Venezuela's government said the returnees would be received under its Return to the Homeland programme, which it says has brought home [[more than 30,000 citizens|returned;a=Venezuela's government]] from across the region since {{2018}}.",
)

F(
    "Hatay container cities: two years on, quake survivors still wait for homes",
    "ANTAKYA, Turkey - Rows of white containers stretch across a former cotton field outside Antakya, one of [[dozens of container cities|capacity;u=structure]] set up after the earthquakes of {{February 6, 2023}}, which killed [[more than 53,000 people|killed]] in Turkey.\n\n"
    "The camp holds [[between 4,000 and 4,500 people|displaced;a=Ayşe Demir, the camp's manager;alt=Ayşe Demir]], said Ayşe Demir, the camp's manager, in [[about 1,100 containers|capacity;u=other;a=Ayşe Demir, the camp's manager;alt=Ayşe Demir]] of {{21 square metres}} each. "
    "Each container was meant for [[up to five people|capacity;a=Ayşe Demir, the camp's manager;alt=Ayşe Demir]], she said, but some hold families of {{eight}}.\n\n"
    "Turkey's disaster agency AFAD said [[about 680,000 people|displaced;a=Turkey's disaster agency AFAD;alt=AFAD]] were still living in container cities across the [[11 provinces|other;u=other;a=Turkey's disaster agency AFAD;alt=AFAD]] hit by the quakes, down from [[more than 2 million|displaced;a=Turkey's disaster agency AFAD;alt=AFAD]] in tents and containers at the peak.\n\n"
    "The government has promised to build [[650,000 homes|housing;p;a=The government]] and says it has handed over [[about 200,000|housing;u=structure;a=The government]] so far. "
    "In Hatay, the worst-hit province, officials said [[45,000 to 50,000 new homes|housing;p;a=officials]] would be finished by the end of the year.\n\n"
    "“They told us {{six months}}. It has been {{two years}},” said Mehmet Karaca, {{63}}, who lost his house in the Harbiye district and now lives with his wife in a container next to the camp's school.\n\n"
    "Hatay's population has fallen by [[about 200,000|other;a=the statistics office]] since the quakes, according to the statistics office, as families moved to other cities.",
)
