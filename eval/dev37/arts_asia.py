"""dev37 excerpts: South and Southeast Asia."""

from figset import F

F(
    "Manipur relief camps",
    "IMPHAL (PTI) - [[Over 58,000 people|displaced;a=officials]] displaced by the ethnic violence in Manipur are still living in [[about 320 relief camps|capacity;a=officials]] across the state, officials said on Monday. "
    "The state government plans to build [[3,000 prefabricated houses|housing;p;a=The state government]] for them before the monsoon.",
)

F(
    "Weapons recovered in Manipur hills",
    "IMPHAL (PTI) - Security forces arrested [[12 people|arrested;a=police]] and recovered [[37 weapons|other;a=police]], including [[two mortars|other;a=police]] and a sniper rifle, in search operations in Churachandpur and Kangpokpi districts, police said on Saturday. "
    "[[Over 2,000 looted firearms|other;a=police]] are yet to be recovered, they said.",
)

F(
    "Wayanad landslide toll rises",
    "WAYANAD (PTI) - The death toll in the Wayanad landslides rose to [[187|killed;a=officials]] on Friday, with [[over 200 people|missing;a=officials]] still missing, officials said. "
    "[[9,328 people|displaced]] have been shifted to [[91 relief camps|capacity]] in the district.",
)

F(
    "Assam flood situation worsens",
    "GUWAHATI - The flood situation in Assam worsened on Tuesday, affecting [[over 6.4 lakh people|civilians;v=640000]] in [[19 districts|other]], according to the ASDMA's daily bulletin. "
    "[[Around 40,000 people|displaced;a=the ASDMA's daily bulletin]] have taken shelter in [[269 relief camps|capacity;a=the ASDMA's daily bulletin]], it said, and the Brahmaputra is flowing above the danger mark at Neamatighat.",
)

F(
    "Flash floods in Swat",
    "PESHAWAR - Flash floods in Swat and Shangla killed [[at least 46 people|killed;a=the Provincial Disaster Management Authority]] on Friday, the Provincial Disaster Management Authority said. "
    "Rescue {{1122}} teams rescued [[over 900 people|other;a=a spokesman]] and [[11|missing;a=a spokesman]] were still missing, a spokesman said.",
)

F(
    "Afghans deported through Torkham",
    "PESHAWAR - [[Over 20,000 Afghans|returned;a=officials]] crossed back into Afghanistan through Torkham on Wednesday, the highest in a single day, officials said, as the deadline for undocumented foreigners to leave passed. "
    "Police have set up [[49 holding centres|capacity]] across the province for those awaiting deportation.",
)

F(
    "Passengers offloaded and shot in Musakhel",
    "QUETTA - Gunmen offloaded [[nine passengers|killed;a=Assistant Commissioner Najeeb Kakar;alt=Najeeb Kakar]] from a Punjab-bound bus on the N-{{70}} highway in Musakhel and shot them dead after checking their identity cards, Assistant Commissioner Najeeb Kakar said. "
    "The attackers also set fire to [[10 vehicles|other]], and in a separate attack gunmen abducted [[six labourers|kidnapped]] from a coal mine in Duki.",
)

F(
    "Aid convoy reaches Parachinar",
    "PARACHINAR - A convoy of [[over 100 trucks|aid;a=officials]] carrying food and medicine reached Parachinar on Saturday, the first since the Thall-Parachinar road was closed {{three months}} ago, officials said. "
    "[[About 2,000 police personnel|combatants;a=officials]] guarded the route, they said.",
)

F(
    "Rohingya arrivals in Cox's Bazar",
    "COX'S BAZAR - [[About 118,000 Rohingya|displaced;a=the refugee relief and repatriation commissioner]] have arrived from Myanmar's Rakhine state since fighting intensified last year, the refugee relief and repatriation commissioner told The Daily Star. "
    "The government plans to relocate [[another 30,000|displaced;p;a=The government]] to Bhasan Char, he said.",
)

F(
    "Cyclone shelters fill as storm nears",
    "DHAKA - [[Nearly 800,000 people|displaced;a=the disaster management ministry]] were evacuated to [[more than 8,000 cyclone shelters|capacity;a=the disaster management ministry]] along the coast as the cyclone approached on Sunday, the disaster management ministry said. "
    "Port authorities raised danger signal {{10}} for Mongla and Payra, and [[about 55,000 volunteers|other]] were mobilised to help move people.",
)

F(
    "Arrests after July uprising",
    "Police have arrested [[over 9,000 people|arrested;a=a tally by The Daily Star]] in cases linked to the violence of July and August, according to a tally by The Daily Star. "
    "[[At least 650 people|killed;a=the interim government]] were killed during the uprising, the interim government says, and [[more than 19,000|injured;a=the interim government]] injured.",
)

F(
    "Migrants stranded in Libya fly home",
    "DHAKA - [[A total of 176 Bangladeshi migrants|returned;a=the International Organization for Migration]] stranded in Libya returned home on a chartered flight on Tuesday, the International Organization for Migration said. "
    "[[About 1,200 more|returned;p;a=the International Organization for Migration;n=-]] are expected to return in the coming weeks, it said.",
)

F(
    "Airstrike on monastery in Sagaing",
    "A junta airstrike on a monastery in Sagaing region killed [[at least 23 people|killed;a=residents]], [[four|killed;a=residents]] of them children, residents said on Friday. "
    "[[About 150 villagers|displaced]] who had fled fighting were sheltering in the monastery compound.",
)

F(
    "Arakan Army claims captured soldiers",
    "The Arakan Army said it had captured [[more than 300 junta soldiers|arrested;a=The Arakan Army]] and seized [[four artillery pieces|other;a=The Arakan Army]] when it overran the regional military command in Ann township. "
    "[[Some 40,000 residents|displaced]] of Ann fled during the {{three-week}} battle.",
)

F(
    "Typhoon leaves a million displaced",
    "MANILA - Typhoon Kristine displaced [[over 1.2 million people|displaced;a=the NDRRMC]] in Luzon, [[about 300,000|displaced;a=the NDRRMC]] of whom remained in evacuation centers on Thursday, the NDRRMC said. "
    "The agency said [[8,000 houses|housing;a=The agency;alt=the NDRRMC]] were damaged and winds reached {{165 km/h}}.",
)

F(
    "Drug suspects arrested in Central Luzon",
    "Police arrested [[431 drug suspects|arrested;a=the regional police office]] and seized {{$1.3 million}} worth of shabu in a week-long operation in Central Luzon, the regional police office said. "
    "[[Seven suspects|killed;a=the regional police office]] were killed in shootouts during the raids, it said.",
)

F(
    "Marawi families still waiting",
    "MARAWI - [[About 17,000 families|displaced;a=the Task Force Bangon Marawi]] remain displaced {{seven years}} after the siege, the Task Force Bangon Marawi said, while [[some 4,000 families|returned;a=the Task Force Bangon Marawi]] have moved back into the most affected area. "
    "Only [[1,700 houses|housing]] have been rebuilt there.",
)

F(
    "Rohingya boat lands in Aceh",
    "BANDA ACEH - [[About 140 Rohingya refugees|displaced;a=police]], most of them women and children, came ashore in Pidie on Sunday after {{three weeks}} at sea, police said. "
    "Residents refused to let them stay and another boat carrying [[150 to 200 people|displaced;a=fishermen]] was spotted offshore, fishermen said.",
)

F(
    "Quake in West Sulawesi",
    "MAMUJU - A magnitude {{6.1}} earthquake struck West Sulawesi early on Friday, killing [[at least 34 people|killed;a=the National Disaster Mitigation Agency]] and injuring [[more than 600|injured;a=the National Disaster Mitigation Agency]], the National Disaster Mitigation Agency said. "
    "[[About 15,000 residents|displaced]] fled to higher ground fearing a tsunami.",
)

F(
    "Papua rebels kill construction workers",
    "JAYAPURA - Rebels of the West Papua National Liberation Army killed [[five construction workers|killed;a=the regional police chief]] building a bridge in Intan Jaya regency, the regional police chief said. "
    "The police and military have deployed [[1,200 personnel|combatants;a=the regional police chief]] to the area, he said, and the group is still holding [[two teachers|kidnapped;a=the regional police chief]] seized last month.",
)

F(
    "Nepal floods and landslides",
    "KATHMANDU - Floods and landslides after {{two days}} of torrential rain have killed [[at least 170 people|killed;a=the Home Ministry]] and [[42|missing;a=the Home Ministry]] are missing, the Home Ministry said on Monday. "
    "The Nepal Army, the Armed Police Force and Nepal Police mobilised [[more than 20,000 personnel|combatants]], who rescued [[about 4,000 people|other]].",
)

F(
    "Inmates still at large after jailbreaks",
    "KATHMANDU - [[More than 11,000 inmates|other;a=the Department of Prison Management]] escaped from prisons across Nepal during the protests, and [[about 6,200|other;a=the Department of Prison Management]] are still at large, the Department of Prison Management said. "
    "The protests left [[74 people|killed]] dead.",
)

F(
    "Sri Lanka floods affect thousands of families",
    "COLOMBO - Floods and landslides have affected [[over 45,000 families|civilians;a=the Disaster Management Centre]] in [[nine districts|other;a=the Disaster Management Centre]], the Disaster Management Centre said on Sunday. "
    "[[About 3,100 families|displaced]] are in [[86 safety centres|capacity]], and [[12 people|killed]] have died.",
)

F(
    "Afghans return from Iran",
    "HERAT - [[More than 1.1 million Afghans|returned;a=the UN refugee agency]] have returned from Iran since January, the UN refugee agency said, [[about 30,000 people a day|returned;a=the UN refugee agency]] at the peak in July. "
    "Iran has said it wants [[about 2 million|returned;p;a=Iran]] undocumented Afghans to leave.",
)

F(
    "Quake in Badghis",
    "HERAT - A magnitude {{5.9}} earthquake in Badghis province killed [[at least 27 people|killed;a=a provincial spokesman]] and destroyed [[more than 2,000 homes|housing;a=a provincial spokesman]], a provincial spokesman told Pajhwok. "
    "The quake struck at a depth of {{10 km}} at {{2:45}} in the morning, and [[about 12,000 people|displaced]] spent the night in the open.",
)

F(
    "Maoists killed in Bijapur operation",
    "RAIPUR (PTI) - Security forces killed [[26 Maoists|killed;a=a senior police official]] in an encounter in the forests of Bijapur district on Sunday, a senior police official said. "
    "[[Two jawans|killed;a=a senior police official]] also lost their lives, and [[over 1,500 personnel|combatants;a=a senior police official]] took part in the {{48-hour}} operation, he said.",
)

F(
    "Thai-Cambodian border clashes",
    "BANGKOK - [[More than 121,000 people|displaced;a=the Interior Ministry]] have been evacuated from border districts in Thailand's Surin, Si Sa Ket and Buri Ram provinces, the Interior Ministry said on Saturday. "
    "They are staying in [[about 300 evacuation centres|capacity]], most of them schools and temples. "
    "The Thai army said [[12 soldiers|injured;a=The Thai army]] were wounded in the shelling.",
)

F(
    "Flood victims at relief centres",
    "KOTA BHARU (Bernama) - The number of flood victims at relief centres in Kelantan rose to [[over 150,000|displaced;a=the state disaster management committee]] this morning, the state disaster management committee said. "
    "[[A total of 523 relief centres|capacity]] have been opened.",
)

F(
    "Floods in central Vietnam",
    "HANOI - Floods in central Vietnam have killed [[at least 41 people|killed;a=the disaster management agency]] and [[nine|missing;a=the disaster management agency]] are missing, the disaster management agency said on Thursday. "
    "[[Over 100,000 houses|housing]] were flooded in Hue and Quang Nam, some up to {{2 metres}} deep, and [[more than 30,000 people|displaced]] were evacuated.",
)

F(
    "Cambodian workers return from Thailand",
    "PHNOM PENH - [[Over 310,000 Cambodian migrant workers|returned;a=the Ministry of Labour]] have returned from Thailand since the border fighting began, the Ministry of Labour said. "
    "The ministry expects [[another 100,000|returned;p;a=The ministry]] to come back by the end of the year.",
)

F(
    "Hooch tragedy in Siwan",
    "PATNA (PTI) - [[At least 24 people|killed;a=officials]] have died after consuming spurious liquor in Siwan and Saran districts, officials said on Thursday. "
    "Police have arrested [[nine people|arrested;a=police]] including the alleged supplier, and [[14 others|injured]] are being treated in hospital in Patna, police said.",
)

F(
    "Sectarian clashes in Kurram",
    "PESHAWAR - [[At least 32 people|killed;a=officials]] have been killed and [[over 80|injured;a=officials]] injured in {{four days}} of tribal clashes in Kurram, officials said on Monday, as elders tried to broker a ceasefire. "
    "[[250-300 families|displaced]] have left their villages for Hangu.",
)

F(
    "Rohingya feared drowned in Andaman Sea",
    "[[Some 180 Rohingya refugees|missing;a=UNHCR]] are presumed dead after their boat went missing in the Andaman Sea last month, UNHCR said, one of the deadliest incidents at sea this year. "
    "The agency said [[more than 3,500 Rohingya|displaced;a=The agency;alt=UNHCR]] attempted sea crossings in {{2022}}.",
)

F(
    "Polio campaign in Sindh",
    "KARACHI - Health workers vaccinated [[more than 4.2 million children|aid;a=the provincial Emergency Operations Centre]] against polio in Sindh during the {{seven-day}} campaign, the provincial Emergency Operations Centre said. "
    "Parents of [[about 38,000 children|other;a=the provincial Emergency Operations Centre]] refused the drops, it added, and [[two new cases|other]] were confirmed in Karachi last week.",
)

F(
    "Bus falls into gorge in Doda",
    "JAMMU (PTI) - [[Thirty-eight people|killed;a=officials]] were killed and [[19|injured;a=officials]] injured when a bus skidded off the road and fell into a {{300-foot}} gorge in Doda district on Wednesday, officials said. "
    "The injured were airlifted to the Government Medical College in Jammu.",
)
