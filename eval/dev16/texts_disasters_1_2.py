"""dev16 texts: disasters and accidents, parts 1 and 2.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- disasters and accidents, part 1
    (
        "Turkey: earthquake toll rises as rescuers search rubble",
        "The death toll from the magnitude {{7.8}} earthquake that struck southern Turkey on {{6 February 2023}} rose to [[more than 31,000|killed;a=the disaster agency AFAD]], the disaster agency AFAD said. "
        "[[Over 141,000 rescuers|other;a=AFAD]] are working in [[10 provinces|other;u=other;a=AFAD]], AFAD said. "
        "[[About 1.2 million people|displaced;a=officials]] are staying in tents, container homes and student dormitories, officials said.",
    ),
    (
        "Libya: floods in Derna after dams burst",
        "Two dams above Derna burst during Storm Daniel in {{September 2023}}, sending a wall of water through the city. "
        "The Libyan Red Crescent said [[11,300 people|killed;a=The Libyan Red Crescent]] had died and [[10,100|missing;a=The Libyan Red Crescent]] were still missing. "
        "The IOM said [[at least 43,000 people|displaced;a=The IOM]] had been displaced in the northeast.",
    ),
    (
        "Pakistan: monsoon floods submerge a third of the country",
        "Floods caused by record monsoon rains have killed [[1,391 people|killed;a=the National Disaster Management Authority]] since {{mid-June}}, the National Disaster Management Authority said. "
        "[[About 33 million people|civilians;a=the authority;alt=the National Disaster Management Authority]] have been affected and [[more than 1.7 million homes|housing;a=the authority;alt=the National Disaster Management Authority]] damaged or destroyed, the authority said. "
        "Rainfall in Sindh was {{784%}} above the August average.",
    ),
    (
        "Morocco: earthquake flattens Atlas villages",
        "A magnitude {{6.8}} earthquake struck the High Atlas at {{11:11 p.m.}} on {{8 September 2023}}, at a depth of {{18.5 km}}. "
        "The interior ministry said [[2,946 people|killed;a=The interior ministry]] had died and [[5,674|injured;a=The interior ministry]] were injured. "
        "[[About 50,000 homes|housing;a=the government]] were damaged, according to the government, which pledged {{140,000 dirhams}} per destroyed house.",
    ),
    (
        "Mozambique: Cyclone Idai floods Beira",
        "Cyclone Idai made landfall near Beira with winds of up to {{195 km/h}} in {{March 2019}}. "
        "The government said [[602 people|killed;a=The government]] had died in Mozambique and [[more than 1,600|injured;a=The government]] were injured. "
        "[[About 146,000 people|displaced;a=the INGC]] are living in [[164 accommodation centres|capacity;a=the INGC]], the INGC said, and [[over 1,000 cholera cases|other;a=health officials]] had been confirmed by {{early April}}, health officials said.",
    ),
    (
        "Philippines: Typhoon Rai forces mass evacuation",
        "[[More than 300,000 people|displaced;a=the disaster agency]] fled to evacuation centres before Typhoon Rai hit Siargao island with sustained winds of {{195 km/h}}, the disaster agency said. "
        "[[At least 375 people|killed;a=the national police]] died and [[56|missing;a=the national police]] were missing, the national police said {{five days}} later.",
    ),
    (
        "Bangladesh: landslides hit Rohingya camps",
        "Landslides triggered by heavy rain in Cox's Bazar killed [[10 Rohingya refugees|killed;a=the UNHCR]], including [[five children|killed;a=the UNHCR]], the UNHCR said. "
        "[[More than 2,500 shelters|capacity;a=the agency;alt=the UNHCR]] were damaged or destroyed and [[about 5,000 refugees|displaced;a=the agency;alt=the UNHCR]] had to move, the agency said. "
        "More than {{300 mm}} of rain fell in {{24 hours}}.",
    ),
    (
        "Italy: migrant boat sinks off Calabria",
        "A wooden boat carrying migrants from Turkey broke apart on rocks off Steccato di Cutro before dawn in {{February 2023}}. "
        "Rescuers recovered [[94 bodies|killed;a=the coastguard]], [[35 of them children|killed;n=children;a=the coastguard]], the coastguard said. "
        "[[Eighty survivors|other;a=the UNHCR]] were found, and [[at least 10 people|missing;a=the UNHCR]] are missing, according to the UNHCR.",
    ),
    (
        "Greece: migrant boat capsizes off Pylos",
        "A fishing trawler crammed with migrants capsized and sank {{47 nautical miles}} off Pylos on {{14 June 2023}}. "
        "The coastguard said [[104 people|other;a=The coastguard]] were rescued and [[82 bodies|killed;a=The coastguard]] recovered. "
        "Survivors said [[up to 750 people|other;a=Survivors]] had been on board, including [[about 100 children|other;a=Survivors]] in the hold.",
    ),
    (
        "Tunisia: bodies of migrants recovered off Sfax",
        "The Tunisian coastguard recovered [[the bodies of 27 migrants|killed;n=migrants;a=a court spokesman in Sfax]] from sub-Saharan Africa after their boat sank, a court spokesman in Sfax said. "
        "[[Eighty-three people|other;a=the court spokesman;alt=a court spokesman in Sfax]] were rescued, the court spokesman said.",
    ),
    (
        "India: bridge collapse in Morbi",
        "A {{143-year-old}} suspension bridge collapsed into the Machchhu river in Morbi on {{30 October 2022}}, killing [[at least 135 people|killed;a=state officials]], state officials said. "
        "[[About 500 people|other]] had been on the bridge, which had reopened {{five days}} earlier after repairs. "
        "Police arrested [[nine people|arrested;a=Police]], including managers of the company that ran it, Police said.",
    ),
    (
        "Bangladesh: Rana Plaza garment factory collapse",
        "The {{eight-storey}} Rana Plaza building in Savar collapsed on {{24 April 2013}}, killing [[1,134 people|killed]], most of them garment workers. "
        "The army said rescuers had pulled [[2,438 survivors|other;a=The army]] from the ruins, among them a woman found alive after {{17 days}}.",
    ),
    (
        "South Korea: crowd crush in Itaewon",
        "A crowd crush in a narrow alley in Seoul's Itaewon district during Halloween celebrations killed [[159 people|killed;a=the interior ministry]], the interior ministry said. "
        "Most of the victims were in their {{20s}}. "
        "[[About 100,000 people|other;a=police]] had gathered in the area that night, police estimated, and only [[137 officers|combatants;a=police]] had been deployed.",
    ),
    (
        "Indonesia: stampede at Kanjuruhan stadium",
        "Police fired tear gas into the stands after a football match in Malang ended {{3-2}} on {{1 October 2022}}, setting off a crush at the exits that killed [[135 people|killed;a=officials]], officials said. "
        "[[More than 580 fans|injured]] were treated in hospitals. "
        "FIFA's safety rules ban the use of crowd-control gas inside stadiums.",
    ),
    (
        "Greece: head-on train collision near Tempe",
        "A passenger train carrying [[about 350 people|other;a=the fire service]] collided with a freight train near Tempe just before {{midnight}} on {{28 February 2023}}, the fire service said. "
        "[[Fifty-seven people|killed]] were killed, most of them students returning from carnival. "
        "The station master on duty, a {{59-year-old}}, was charged.",
    ),
    (
        "India: train crash in Odisha",
        "Three trains collided near Balasore in Odisha on {{2 June 2023}}, killing [[at least 288 people|killed;a=the railways ministry]] and injuring [[more than 1,100|injured;a=the railways ministry]], the railways ministry said. "
        "The Coromandel Express had been travelling at {{128 km/h}} when it was switched onto a loop line. "
        "[[About 200 ambulances|other;a=officials]] and [[1,200 rescuers|other;a=officials]] were sent to the site, officials said.",
    ),
    # ---------------------------------------------------------------- disasters and accidents, part 2
    (
        "Spain: flash floods in Valencia region",
        "Torrential rain dumped more than {{490 litres per square metre}} in {{eight hours}} on Chiva on {{29 October 2024}}, triggering flash floods across the Valencia region. "
        "The regional government said [[at least 222 people|killed;a=The regional government]] had died and [[78|missing;a=The regional government]] were still missing {{a week}} later. "
        "Spain sent [[about 7,500 soldiers|combatants]] to help clear mud, and [[more than 120,000 cars|other]] were written off.",
    ),
    (
        "Germany: floods in the Ahr valley",
        "Floods in the Ahr valley in {{July 2021}} killed [[134 people|killed;a=police in Rhineland-Palatinate]], police in Rhineland-Palatinate said. "
        "[[About 17,000 residents|civilians;a=officials]] lost their possessions or homes, officials estimated, and [[62 bridges|other;u=other;a=officials]] were destroyed. "
        "The federal government set up a reconstruction fund of {{30 billion euros}}.",
    ),
    (
        "Nepal: earthquake in Jajarkot district",
        "A magnitude {{5.7}} earthquake struck Jajarkot in western Nepal shortly before {{midnight}} on {{3 November 2023}}, killing [[153 people|killed;a=the home ministry]] and injuring [[338|injured;a=the home ministry]], the home ministry said. "
        "[[More than 26,000 houses|housing;a=the ministry;alt=the home ministry]] were damaged, the ministry said, and survivors spent nights outside in temperatures near {{5C}}.",
    ),
    (
        "Afghanistan: earthquakes in Herat",
        "A series of earthquakes, the strongest of magnitude {{6.3}}, struck Herat province in {{October 2023}}, killing [[more than 1,480 people|killed;a=the WHO]], according to the WHO. "
        "UNICEF said {{more than 90%}} of those killed were women and children. "
        "The Taliban administration said [[about 1,300 homes|housing;a=The Taliban administration]] in [[20 villages|other;a=The Taliban administration]] of Zinda Jan district had been flattened.",
    ),
    (
        "Brazil: floods in Rio Grande do Sul",
        "Floods in Rio Grande do Sul in {{May 2024}} have killed [[147 people|killed;a=the state civil defence]] and left [[127|missing;a=the state civil defence]], the state civil defence said. "
        "[[More than 538,000 people|displaced;a=the state civil defence]] have left their homes, with [[about 81,000|displaced;a=the state civil defence]] in shelters, it said. "
        "The Guaiba river rose to a record {{5.35 metres}} in Porto Alegre.",
    ),
    (
        "Canada: wildfire forces evacuation of Fort McMurray",
        "A wildfire that grew to {{85,000 hectares}} forced [[more than 88,000 residents|displaced;a=officials]] of Fort McMurray to evacuate in {{May 2016}}, officials said. "
        "[[About 2,400 homes and buildings|housing;n=homes and buildings;a=the municipality]] were destroyed, the municipality said, but no one died in the fire itself.",
    ),
    (
        "United States: wildfires in Los Angeles",
        "The Palisades and Eaton fires, driven by Santa Ana winds gusting to {{100 mph}}, had killed [[at least 28 people|killed;a=the Los Angeles County medical examiner]] by {{late January 2025}}, the Los Angeles County medical examiner said. "
        "[[More than 16,000 structures|housing;a=Cal Fire]] were destroyed, according to Cal Fire, and [[up to 200,000 people|displaced;a=Cal Fire]] were under evacuation orders at the peak.",
    ),
    (
        "Greece: wildfire near Athens forces evacuations",
        "A wildfire fanned by winds of up to {{70 km/h}} reached the northern suburbs of Athens in {{August 2024}}, and authorities ordered the evacuation of [[about 30 neighbourhoods|other;u=other]]. "
        "[[Hundreds of residents|displaced]] spent the night in hotels and on beaches, and the body of a woman was found in a burned factory in Vrilissia. "
        "The fire burned some {{10,000 hectares}}.",
    ),
    (
        "Hawaii: wildfire destroys Lahaina",
        "A wind-driven wildfire destroyed most of the historic town of Lahaina on Maui in {{August 2023}}, killing [[at least 97 people|killed;a=Governor Josh Green]], Governor Josh Green said. "
        "[[More than 2,200 structures|housing;a=the governor;alt=Governor Josh Green]] were damaged or destroyed, the governor said, and [[about 7,000 survivors|displaced;a=the governor;alt=Governor Josh Green]] were put up in hotels.",
    ),
    (
        "Chile: forest fires around Vina del Mar",
        "Forest fires in the Valparaiso region killed [[at least 131 people|killed;a=the Legal Medical Service]] in {{February 2024}}, the Legal Medical Service said. "
        "Interior Minister Carolina Toha said [[about 15,000 homes|housing;a=Interior Minister Carolina Toha]] had been affected, and [[more than 1,600 people|displaced;a=Interior Minister Carolina Toha]] were in shelters.",
    ),
    (
        "Australia: bushfires on the New South Wales south coast",
        "Bushfires across New South Wales destroyed [[2,439 homes|housing;a=the Rural Fire Service]] over the {{2019-20}} season, the Rural Fire Service said. "
        "[[About 1,000 people|displaced]] sheltered on the beach at Mallacoota on {{New Year's Eve}} before the navy evacuated them. "
        "[[More than 3,000 military reservists|combatants;a=Prime Minister Scott Morrison]] were called up, Prime Minister Scott Morrison said.",
    ),
    (
        "Japan: earthquake on the Noto peninsula",
        "A magnitude {{7.5}} earthquake hit the Noto peninsula on {{1 January 2024}}, killing [[at least 241 people|killed;a=Ishikawa prefecture]], according to Ishikawa prefecture. "
        "[[About 30,000 people|displaced;a=officials]] were in [[370 evacuation centres|capacity;a=officials]] a week later, officials said. "
        "Tsunami waves of up to {{1.2 metres}} hit Wajima port.",
    ),
    (
        "Indonesia: earthquake in Cianjur",
        "A shallow magnitude {{5.6}} earthquake struck Cianjur in West Java on {{21 November 2022}}, killing [[at least 268 people|killed;a=the disaster agency BNPB]], many of them children at school, the disaster agency BNPB said. "
        "[[Another 151|missing;a=the agency;alt=the disaster agency BNPB]] were missing and [[more than 58,000 people|displaced;a=the agency;alt=the disaster agency BNPB]] were in shelters, the agency said. "
        "[[About 22,000 houses|housing]] were damaged.",
    ),
    (
        "Haiti: earthquake in the southwest",
        "A magnitude {{7.2}} earthquake struck the Tiburon peninsula on {{14 August 2021}}, killing [[2,207 people|killed;a=the civil protection agency]] and injuring [[12,268|injured;a=the civil protection agency]], the civil protection agency said. "
        "[[More than 130,000 homes|housing;a=the agency;alt=the civil protection agency]] were damaged or destroyed, the agency said. "
        "Tropical Storm Grace brought {{10 inches}} of rain {{two days}} later.",
    ),
    (
        "Syria: earthquake survivors in Idlib camps",
        "The UN said [[about 4,500 people|killed;a=The UN]] had died in northwest Syria after the earthquake and [[more than 86,000|displaced;a=The UN]] were newly displaced. "
        "The first UN aid convoy of [[six trucks|aid;a=the UN]] crossed from Turkey on {{9 February}}, carrying tents and blankets, the UN said.",
    ),
    (
        "Malawi: Cyclone Freddy leaves hundreds dead",
        "Cyclone Freddy dumped {{six months'}} worth of rain on southern Malawi in {{six days}} in {{March 2023}}. "
        "[[At least 1,216 people|killed;a=the Department of Disaster Management Affairs]] died and [[537|missing;a=the Department of Disaster Management Affairs]] were missing, the Department of Disaster Management Affairs said, and [[659,278 people|displaced;a=the Department of Disaster Management Affairs]] were in [[747 camps|capacity;a=the Department of Disaster Management Affairs]].",
    ),
]
