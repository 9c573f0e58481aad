"""dev153 hard negatives (4 of 5): floods, wildfires and a
landslide, accidents (a dinghy, a canopy, a mine, a plane) and health."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Valencia floods: death toll rises to 211 as army joins search for missing in the mud",
        "The death toll from the floods that devastated the province of Valencia on "
        "Tuesday rose to 211 on Saturday, regional authorities said, as thousands "
        "of soldiers, police officers and volunteers continued to search garages, "
        "underground car parks and ditches for the dozens of people still missing. "
        "Prime Minister Pedro Sánchez announced the deployment of 5,000 more troops "
        "and 5,000 police officers and civil guards, the largest peacetime "
        "mobilization of the armed forces in Spain's democratic history. In "
        "Paiporta, where a torrent of water from the Poyo ravine swept through the "
        "streets and killed at least 62 people, residents were still digging mud "
        "out of their homes by hand four days later. Thousands of volunteers "
        "crossed the footbridge from the city of Valencia carrying brooms, shovels "
        "and water. The storm, known in Spain as a DANA, or isolated depression at "
        "high levels, dropped more than a year's worth of rain in eight hours in "
        "some places. The regional government of Carlos Mazón has come under fire "
        "for sending an emergency alert to mobile phones only after 8pm, when many "
        "towns were already flooded. Some 1,800 people remain in temporary "
        "shelters. Mazón has defended his handling of the crisis, saying the state "
        "weather agency had not warned of the scale of the rain in time, a claim "
        "the agency denies. The central government approved a first aid package of "
        "€10.6 billion for affected families and businesses. Insurers said the "
        "floods were likely to be the costliest natural disaster in Spain's "
        "history. King Felipe VI and Queen Letizia visited the area on Sunday.",
        "disaster",
    ),
    (
        "Wildfires in İzmir force evacuation of villages as strong winds fan flames",
        "Firefighters battled wildfires on several fronts in the western province "
        "of İzmir for a second day on Monday, as strong winds drove the flames "
        "towards residential areas and forced the evacuation of at least 12 "
        "neighborhoods and villages. Agriculture and Forestry Minister İbrahim "
        "Yumaklı said 14 aircraft, 27 helicopters and more than 1,800 personnel "
        "were involved in the effort, which focused on the Ödemiş, Seferihisar and "
        "Menderes districts. An 81-year-old bedridden man died when the flames "
        "reached his home in a village in Ödemiş, and a forestry worker was killed "
        "when a fire engine overturned. Some 1,500 people were moved to student "
        "dormitories and mosques, according to the Disaster and Emergency "
        "Management Authority (AFAD). Power lines were damaged and the highway "
        "between İzmir and Çeşme was temporarily closed. Yumaklı said four fires "
        "were suspected of having been started by sparks from power lines and that "
        "one person had been detained for burning stubble. Türkiye has battled "
        "hundreds of wildfires this summer amid record temperatures and low "
        "rainfall.",
        "disaster",
    ),
    (
        "Nysa evacuated as flood wave hits southwestern Poland, army deployed",
        "Authorities in the town of Nysa in southwestern Poland called on its "
        "44,000 residents to evacuate on Sunday after the Nysa Kłodzka river "
        "breached an embankment and floodwaters began entering the town's hospital "
        "district. The order came as the flood wave caused by days of heavy rain "
        "from Storm Boris moved downstream from the Kłodzko valley, where the town "
        "of Stronie Śląskie was largely destroyed after a reservoir dam burst. "
        "Prime Minister Donald Tusk said soldiers, police and firefighters were "
        "evacuating patients from the hospital in Nysa and that the army had "
        "deployed helicopters to rescue people trapped on rooftops. At least four "
        "people have died in Poland, and the government has declared a state of "
        "natural disaster in parts of the Lower Silesia, Opole and Silesia "
        "provinces. Tusk said the government would release 1 billion zloty in "
        "emergency aid for flood victims. In Kłodzko, residents said the water had "
        'risen faster than during the "millennium flood" of 1997, which killed 56 '
        "people in Poland. Floods also hit the Czech Republic, Austria and Romania, "
        "where several people were killed.",
        "disaster",
    ),
    (
        "Search continues for missing after landslide buries Shovi resort in Racha",
        "Rescuers on Monday resumed the search for people missing after a massive "
        "landslide hit the mountain resort of Shovi in Georgia's Racha region on "
        "Thursday, as the death toll rose to 16. The Interior Ministry said more "
        "than 400 rescuers, including military personnel and volunteers, were "
        "working in the area with heavy machinery and sniffer dogs, and that 17 "
        "people remained unaccounted for, among them children. The landslide, "
        "triggered by the melting of a glacier and a mudflow down the Bubistskali "
        "river, swept away holiday cottages and a bridge, cutting off the resort. "
        "More than 200 holidaymakers were evacuated by helicopter in the first "
        "days. The prime minister declared a day of mourning, and the Emergency "
        "Management Service said it was investigating whether warning signs had "
        "been missed. The opposition accused the government of failing to act on "
        "geologists' reports about the danger in the area.",
        "disaster",
    ),
    (
        "Emilia-Romagna floods: 14 dead, 36,000 displaced as rivers burst their banks",
        "(ANSA) - BOLOGNA, MAY 20 - The death toll from the floods that have "
        "devastated Emilia-Romagna rose to 14 on Saturday, while more than 36,000 "
        "people have been forced to leave their homes, civil protection officials "
        "said. The rivers Lamone, Savio and Montone, among 23 that burst their "
        "banks in the region after two days of torrential rain, flooded towns "
        "including Faenza, Cesena, Lugo and Conselice, where parts of the centre "
        "remained under two metres of water. More than 280 landslides have been "
        "recorded in the hills above Forlì and Ravenna, cutting off dozens of "
        "villages. Firefighters and the army rescued residents from their roofs by "
        "helicopter and in inflatable boats through the night. Premier Giorgia "
        "Meloni announced she was leaving the G7 summit in Hiroshima early to "
        "return to Italy, and the cabinet is expected to approve an initial aid "
        'package on Tuesday. Regional president Stefano Bonaccini called it "the '
        'worst flood in a century." The Formula One Grand Prix in Imola, due to '
        "take place on Sunday, was cancelled.",
        "disaster",
    ),
    (
        "Five people, including a child, die in crush on overcrowded boat in the Channel",
        "Five people, including a seven-year-old girl, died in the early hours of "
        "Tuesday after being crushed on an overcrowded small boat trying to cross "
        "the Channel from northern France, French authorities said. The boat, "
        "carrying 112 people, left the beach at Wimereux shortly after 5am and got "
        "into difficulty a few hundred metres from the shore, the Pas-de-Calais "
        "prefecture said. Forty-nine people were rescued by a French navy vessel "
        "and taken to Boulogne-sur-Mer, while the rest refused help and continued "
        "towards England. The deaths came hours after parliament approved Rishi "
        "Sunak's bill to send some asylum seekers to Rwanda. Charities in Calais "
        "said the growing number of deaths was a direct consequence of tighter "
        "policing of the beaches, which forced smugglers to pack ever more people "
        "into each dinghy. More than 6,000 people have crossed the Channel in small "
        "boats so far this year, according to Home Office figures.",
        "accident",
    ),
    (
        "Canopy collapse at Novi Sad railway station kills 14, national day of mourning declared",
        "Serbia has declared a day of national mourning after a concrete canopy at "
        "the entrance of the newly renovated railway station in Novi Sad collapsed "
        "on Friday, killing 14 people, including two children. The structure, which "
        "weighed several tonnes, fell shortly before noon on people sitting on "
        "benches and waiting outside the main hall. Three people were pulled from "
        "the rubble alive and are being treated for serious injuries. The station "
        "building had reopened in July after a three-year renovation carried out as "
        "part of the Belgrade-Budapest high-speed railway project by a consortium "
        "of Chinese companies. The construction minister said the canopy had not "
        "been part of the works, a claim contradicted by documents published by "
        "BIRN. Prosecutors in Novi Sad have opened an investigation and questioned "
        "more than 20 people. Hundreds of people gathered in front of the station "
        "on Saturday evening, laying flowers and candles, and some demanded the "
        "resignation of those responsible. The vigil passed off peacefully.",
        "accident",
    ),
    (
        "Kazakhstan mine fire kills 46 as government moves to nationalise ArcelorMittal unit",
        "A fire at the Kostenko coal mine in the central Kazakh region of Karaganda "
        "has killed at least 46 miners, the worst industrial accident in the "
        "country's post-Soviet history, officials said on Sunday. The fire broke "
        "out early on Saturday, when 252 people were working underground, and is "
        "believed to have been caused by a methane explosion. Rescuers recovered "
        "the last bodies on Sunday. President Kassym-Jomart Tokayev declared a day "
        "of national mourning and ordered the government to end its cooperation "
        "with ArcelorMittal Temirtau, the local unit of the world's second-largest "
        "steelmaker, which owns the mine. Tokayev called the company the worst in "
        "the country's history in terms of worker safety. Within hours, the "
        "government and the company said they had agreed on the sale of the "
        "business to the state. More than 100 people have died at ArcelorMittal "
        "Temirtau's mines since 2006. Miners' relatives gathered outside the mine "
        "office, demanding to know why warnings about gas levels had been ignored.",
        "accident",
    ),
    (
        "AZAL plane crashes near Aktau on flight from Baku to Grozny, 38 dead",
        "An Embraer 190 passenger jet of Azerbaijan Airlines crashed near the "
        "Kazakh city of Aktau on Wednesday, killing 38 of the 67 people on board, "
        "Kazakhstan's emergencies ministry said. The plane, flying from Baku to "
        "Grozny in Russia's Chechen Republic, had changed course over the Caspian "
        "Sea for reasons that are not yet clear and was attempting an emergency "
        "landing when it hit the ground about three kilometres from Aktau airport "
        "and broke apart. Twenty-nine survivors, including two children, were taken "
        "to hospital. Video filmed by passengers showed oxygen masks dangling in "
        "the cabin. Russia's aviation authority said preliminary information "
        "suggested the crew had diverted after a bird strike. Some aviation experts "
        "pointed to holes in the tail section visible in photographs of the "
        "wreckage and said they should be examined, but officials in Baku said it "
        "was too early to speculate about the cause. President Ilham Aliyev, who "
        "was on his way to an informal summit in St Petersburg, turned back to Baku "
        "and declared a day of national mourning. Kazakhstan set up a government "
        "commission to investigate the crash, and the plane's flight recorders were "
        "recovered from the wreckage. Flights between Baku and Grozny were "
        "suspended. Azerbaijan Airlines said it would provide support to the "
        "families of the victims, most of whom were citizens of Azerbaijan, Russia "
        "and Kazakhstan.",
        "accident",
    ),
    (
        "Kazakhstan battles worst measles outbreak in years as vaccine hesitancy grows",
        "Kazakhstan has recorded more than 14,000 cases of measles since the start "
        "of the year, the highest figure in a quarter of a century, the Health "
        "Ministry said, as the authorities struggle to persuade parents to "
        "vaccinate their children. Most of those infected are unvaccinated children "
        "under 14, and nine children have died, officials said this week. Almaty, "
        "Astana and Shymkent account for more than half of the cases. A deputy "
        "chief sanitary doctor said about 20,000 parents had refused to have their "
        "children vaccinated in the past year, citing religious beliefs or fears "
        "about side effects spread on social media. The ministry has launched a "
        "catch-up vaccination campaign in schools and kindergartens and is sending "
        "mobile teams to villages in the south. Health workers say the problem is "
        "compounded by a shortage of paediatricians and by parents who take "
        "children to hospital only when symptoms become severe. Measles cases have "
        "also risen sharply in neighbouring Kyrgyzstan, where the World Health "
        "Organization says coverage has fallen below the level needed to prevent "
        "outbreaks.",
        "health",
    ),
    (
        "Record 931 patients on trolleys as hospitals 'under siege' from flu surge, INMO says",
        "A record 931 patients were waiting on trolleys for a hospital bed on "
        "Thursday morning, according to the Irish Nurses and Midwives Organisation "
        "(INMO), as emergency departments struggled with a surge in flu cases after "
        "Christmas. University Hospital Limerick was the most overcrowded, with 122 "
        "patients on trolleys, followed by Cork University Hospital and University "
        "Hospital Galway. The HSE said there had been 1,700 new flu cases notified "
        "in the past week and urged people over 65, pregnant women and those with "
        "chronic illnesses to get the vaccine. The INMO's general secretary said "
        'nurses were working in conditions that were "dangerous for patients and '
        'for staff" and that hospitals were "effectively under siege." The HSE\'s '
        "chief clinical officer said non-urgent surgery would be deferred in "
        "several hospitals over the weekend to free up beds. The Minister for "
        "Health said additional funding had been provided for home care packages to "
        "speed up discharges. Opposition parties accused the Government of failing "
        "to plan for a crisis that arrives every winter.",
        "health",
    ),
]
