"""dev32 figures items: floods, quakes, storms and fires. Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- floods, quakes, storms, fires

F(
    "Floods in Pakistan's Sindh",
    "Monsoon floods have killed [[at least 1,100 people|killed;a=the National Disaster Management Authority]] across Pakistan since {{mid-June}}, the National Disaster Management Authority said on Monday. "
    "The authority said [[more than 1 million homes|housing;a=The authority;alt=the National Disaster Management Authority]] had been damaged or destroyed. "
    "In Sindh, [[about 500,000 people|displaced;a=provincial officials]] were living in relief camps, provincial officials said.",
)

F(
    "Earthquake in Morocco's High Atlas",
    "A {{6.8-magnitude}} earthquake struck the High Atlas mountains late on Friday, killing [[2,946 people|killed;a=the interior ministry]] and injuring [[5,674|injured;a=the interior ministry]], the interior ministry said. "
    "[[More than 50,000 houses|housing;a=officials]] were damaged, officials said, many of them mud-brick homes in remote villages. "
    "The army set up field hospitals and dropped tents by helicopter.",
)

F(
    "Cyclone Freddy: Malawi toll rises",
    "The toll from Cyclone Freddy in southern Malawi rose to [[438|killed;a=the Department of Disaster Management Affairs]], the Department of Disaster Management Affairs said, with [[282 people|missing;a=the Department of Disaster Management Affairs]] still missing. "
    "[[More than 345,000 people|displaced]] were sheltering in [[534 camps|capacity]] across the region.",
)

F(
    "Flash floods in Valencia",
    "Flash floods in the Valencia region killed [[at least 95 people|killed;a=regional authorities]] after a year's worth of rain fell in {{eight hours}}, regional authorities said. "
    "The government sent [[more than 1,000 soldiers|combatants]] to help with the search. "
    "Rail services between Madrid and Valencia were suspended for {{two weeks}}.",
    ["a year's worth"],
)

F(
    "Typhoon hits northern Philippines",
    "Typhoon Doksuri forced [[more than 20,000 people|displaced;a=the civil defence office]] from their homes in northern Luzon, the civil defence office said. "
    "[[Two people|killed]] died when a tree fell on their house in Cagayan. "
    "Winds reached {{175 km/h}} as the storm made landfall.",
)

F(
    "Landslide buries village in Papua New Guinea",
    "A landslide buried the village of Yambali in Enga province, and the UN migration agency estimated that [[more than 670 people|killed;a=the UN migration agency]] had died. "
    "The national disaster centre put the number of people buried at [[more than 2,000|killed;a=The national disaster centre]]. "
    "[[About 1,250 people|displaced;a=officials]] were moved to safer ground, officials said.",
)

F(
    "Libya: Derna dams burst",
    "The dams above Derna burst during Storm Daniel, sweeping away whole neighbourhoods. "
    "The Libyan Red Crescent said [[at least 11,300 people|killed;a=The Libyan Red Crescent]] had died and [[10,100|missing;a=The Libyan Red Crescent]] were missing. "
    "The International Organization for Migration said [[more than 40,000 people|displaced;a=The International Organization for Migration]] had been displaced in the northeast.",
)

F(
    "Quake in Herat province",
    "A series of earthquakes in western Afghanistan killed [[more than 1,000 people|killed;a=the Taliban government]], the Taliban government said. "
    "The UN said [[about 1,300 homes|housing;a=The UN]] in Zindah Jan district had been destroyed, and that [[more than 11,000 people|civilians;a=The UN]] were affected.",
)

F(
    "Flooding in Rio Grande do Sul",
    "Floods in the Brazilian state of Rio Grande do Sul have killed [[at least 147 people|killed;a=the state civil defence]] and left [[127|missing;a=the state civil defence]] missing, the state civil defence said on Sunday. "
    "[[More than 538,000 people|displaced;a=the state civil defence]] have been forced from their homes, it said, and [[about 80,000|displaced;a=the state civil defence]] are in public shelters.",
)

F(
    "Wildfires in Los Angeles",
    "Wildfires around Los Angeles have destroyed [[more than 12,000 structures|housing;a=Cal Fire]], Cal Fire said on Sunday. "
    "[[About 150,000 people|displaced;a=the county sheriff]] remained under evacuation orders, the county sheriff said, and [[24 people|killed]] were confirmed dead. "
    "Wind gusts of up to {{80 mph}} were forecast.",
)

F(
    "Noto peninsula quake",
    "The New Year's Day earthquake on Japan's Noto peninsula killed [[at least 202 people|killed;a=officials in Ishikawa prefecture]], officials in Ishikawa prefecture said, and [[102|missing;a=officials in Ishikawa prefecture]] were still unaccounted for. "
    "[[More than 26,000 people|displaced]] were staying in evacuation centres.",
)

F(
    "Storm Yagi floods northern Vietnam",
    "Typhoon Yagi and the floods that followed killed [[at least 197 people|killed;a=the government]] in northern Vietnam, the government said, with [[128|missing;a=the government]] missing. "
    "A flash flood swept away the hamlet of Lang Nu, where [[about 40 people|missing]] are still being searched for.",
)

F(
    "Cyclone Idai: Beira under water",
    "Cyclone Idai made landfall near Beira on {{March 14}} with winds of {{about 170 km/h}}, and the Red Cross said {{90%}} of the city had been damaged or destroyed. "
    "Mozambique's government said [[at least 446 people|killed;a=Mozambique's government]] had died in the country and [[more than 128,000|displaced;a=Mozambique's government]] were in shelters. "
    "In neighbouring Zimbabwe, [[about 250 people|missing]] were still missing in Chimanimani.",
)

F(
    "Turkey quake: search ends",
    "The death toll in Turkey from the {{February 6}} earthquakes rose to [[45,089|killed;a=the disaster agency AFAD]], the disaster agency AFAD said. "
    "[[More than 1.5 million people|displaced;a=the agency;alt=AFAD]] were living in tents and container cities, the agency said, and [[about 300,000 buildings|housing;a=the agency;alt=AFAD]] had collapsed or were badly damaged.",
)

F(
    "Heatwave deaths in Pakistan",
    "Hospitals in Karachi treated [[more than 1,000 people|injured]] for heatstroke as temperatures reached {{42 C}}. "
    "The Edhi Foundation said it had collected [[568 bodies|killed;a=The Edhi Foundation]] in {{six days}}.",
)

F(
    "Floods in Nigeria's Maiduguri",
    "The collapse of the Alau dam flooded half of Maiduguri, killing [[at least 30 people|killed;a=the Borno state emergency agency]] and displacing [[more than 400,000|displaced;a=the Borno state emergency agency]], the Borno state emergency agency said. "
    "Officials said [[281 prisoners|other;a=Officials]] escaped when the flood knocked down the walls of a prison, and [[seven|arrested;a=Officials]] were recaptured.",
    ["half of Maiduguri"],
)

F(
    "Nepal floods",
    "Floods and landslides after record rain in Nepal killed [[at least 192 people|killed;a=police]], police said, and [[more than 30|missing;a=police]] were missing. "
    "Rescuers found [[35 bodies|killed]] in vehicles buried on a highway south of Kathmandu. "
    "Army helicopters rescued [[more than 4,000 people|other]].",
)

F(
    "Drought in southern Madagascar",
    "The World Food Programme said [[1.14 million people|civilians;a=The World Food Programme]] in southern Madagascar faced acute hunger after {{four years}} of drought. "
    "It said it would reach [[700,000 people|aid;p;a=The World Food Programme]] with food and cash by the end of {{March}}.",
)

F(
    "Bangladesh: Cox's Bazar camp fire",
    "A fire swept through a Rohingya camp in Cox's Bazar, destroying [[about 2,000 shelters|housing;a=officials]] and leaving [[some 12,000 people|displaced;a=officials]] homeless, officials said. "
    "No deaths were reported.",
)

F(
    "Indonesia: quake in West Java",
    "An earthquake of magnitude {{5.6}} struck near Cianjur in West Java, killing [[at least 268 people|killed;a=the national disaster agency]], many of them children at school, the national disaster agency said. "
    "[[151 people|missing;a=the national disaster agency]] were missing and [[more than 58,000|displaced;a=the national disaster agency]] were displaced, it said.",
)
