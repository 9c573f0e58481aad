"""dev41 negatives: disasters (floods, cyclones, earthquakes, drought, El Niño, landslides, fires
in camps), as humanitarian sources report them, and climate adaptation. (title, text, kind code);
kind codes in eval/conflictset."""

NEGATIVES = [
    (
        "Cyclone Chido destroys homes across Cabo Delgado",
        "Cyclone Chido made landfall in Mecúfi district of Cabo Delgado with winds of 260 km/h, destroying or damaging about 35,000 homes, Mozambique's disaster management institute INGD said. At least 34 people were killed, and schools have been turned into accommodation centres. Roads to Pemba were blocked by fallen trees and power lines.",
        "disaster",
    ),
    (
        "Flash floods maroon 1.2 million in north-eastern Bangladesh",
        "Flash floods after days of heavy rain upstream have marooned about 1.2 million people in Sylhet and Sunamganj, and 80,000 have moved to shelters, the disaster management ministry said. UNICEF is distributing water purification tablets and hygiene kits.",
        "disaster",
    ),
    (
        "Herat earthquakes flatten villages in Zinda Jan",
        "A series of magnitude 6.3 earthquakes destroyed nearly every house in 11 villages of Zinda Jan district, Herat province, OCHA said, and survivors are sleeping outdoors as nights turn cold. WHO has sent trauma kits to the regional hospital. Most of the dead were women and children who were indoors when the first quake struck.",
        "disaster",
    ),
    (
        "Sindh: relief camps fill as the Indus floods 1,000 villages",
        "Rising waters on the Indus have inundated more than 1,000 villages in Pakistan's Sindh province, and about 150,000 people are living in relief camps set up in schools and on embankments, the provincial disaster management authority said. Standing water has raised fears of malaria and diarrhoea.",
        "disaster",
    ),
    (
        "WFP: El Niño drought leaves 27 million hungry in southern Africa",
        "The El Niño-induced drought has left about 27 million people in southern Africa facing hunger after the worst harvest in decades, WFP said. The agency appealed for $409 million. Zambia, Zimbabwe and Malawi have declared national disasters. Lesotho and Namibia are also affected.",
        "disaster",
    ),
    (
        "FAO: rains fail again in Gedo and Bakool, herds dying",
        "Pastoralists in Somalia's Gedo and Bakool regions are losing livestock after the Gu rains failed again, FAO said, and some 4 million people face Crisis levels of food insecurity (IPC Phase 3) or worse. Families are moving to towns in search of water. Water prices at boreholes have doubled.",
        "disaster",
    ),
    (
        "400,000 moved to evacuation centres ahead of Super Typhoon Man-yi",
        "MANILA - More than 400,000 people were moved to evacuation centres in the Bicol region ahead of Super Typhoon Man-yi, the Department of Social Welfare and Development said. Forecasters warned of storm surges of up to 3 metres.",
        "disaster",
    ),
    (
        "Alau dam collapse floods half of Maiduguri",
        "The collapse of the Alau dam after heavy rains flooded about half of Maiduguri, displacing an estimated 400,000 people, Borno State officials said. Crocodiles and snakes from the city zoo were washed into the streets. The state's main teaching hospital was cut off for two days. UNICEF said it was trucking clean water to 50,000 people in relief camps set up in schools.",
        "disaster",
    ),
    (
        "Kenya Red Cross: floods displace 200,000 across the country",
        "Weeks of torrential rain have displaced about 200,000 people across Kenya, including families from informal settlements along the Nairobi river, the Kenya Red Cross said. Some schools have delayed reopening because they are being used as shelters.",
        "disaster",
    ),
    (
        "Rio Grande do Sul floods leave 580,000 out of their homes",
        "Floods in Brazil's southernmost state have forced about 580,000 people from their homes, and more than 70,000 are in public shelters, the civil defence agency said. Porto Alegre's airport will remain closed until further notice. Helicopters and boats are still rescuing people from rooftops.",
        "disaster",
    ),
    (
        "Relief flights land in Port Vila after magnitude 7.3 quake",
        "Relief flights from Australia and New Zealand landed in Port Vila carrying urban search and rescue teams after a magnitude 7.3 earthquake damaged buildings and bridges and killed at least 14 people, Vanuatu's government said.",
        "disaster",
    ),
    (
        "Landslides bury 14 houses in Sindhupalchok, 21 missing",
        "Landslides triggered by monsoon rain buried 14 houses in Nepal's Sindhupalchok district overnight, and 21 people are missing, police said. Soldiers and police are digging through the mud by hand because the roads are blocked.",
        "disaster",
    ),
    (
        "Fire destroys 1,000 shelters in Cox's Bazar camp",
        "A fire swept through Camp 11 in Cox's Bazar on Sunday afternoon, destroying about 1,000 bamboo-and-tarpaulin shelters and leaving 7,000 Rohingya refugees homeless, UNHCR said. The cause is under investigation; no deaths were reported. Volunteers helped firefighters contain the blaze after about three hours.",
        "disaster",
    ),
    (
        "Cooking fire spreads through 300 shelters at Farchana camp",
        "A fire that started in a cooking area destroyed about 300 shelters at the Farchana refugee camp in eastern Chad, UNHCR said, and two children were treated for burns. The agency is providing tents and household kits to the families affected.",
        "disaster",
    ),
    (
        "Al Haouz: a year after the earthquake, families still in tents",
        "A year after the magnitude 6.8 earthquake in Morocco's High Atlas, thousands of families in Al Haouz province are still living in tents and prefabricated units while their homes are rebuilt, local associations said.",
        "disaster",
    ),
    (
        "Madagascar: $32 million flash appeal after Cyclone Gamane",
        "The UN and its partners launched a $32 million flash appeal after Cyclone Gamane displaced some 20,000 people in northern Madagascar and cut the roads to Vohemar, OCHA said. Rice fields in the Sava region were flooded just before harvest.",
        "disaster",
    ),
    (
        "FEWS NET: wetter season ahead for eastern Kenya and southern Somalia",
        "Above-average rains are forecast for the October to December season in eastern Kenya and southern Somalia, FEWS NET said, which could improve pasture but also bring flooding to riverine areas along the Juba and Shabelle.",
        "disaster",
    ),
    (
        "Derna: rebuilding begins as families return to damaged homes",
        "Construction crews have begun rebuilding bridges and housing in Derna, where floods from two burst dams killed thousands in September 2023, and IOM said some 40,000 displaced residents had returned. Many still rely on rent assistance.",
        "disaster",
    ),
    (
        "Guatemala evacuates 1,000 as Fuego volcano erupts",
        "Guatemalan authorities evacuated about 1,000 people from villages on the slopes of the Fuego volcano on Sunday as it spewed ash and pyroclastic flows, and closed a section of the highway to Antigua, the disaster agency CONRED said.",
        "disaster",
    ),
    (
        "Save the Children: heatwave deaths rise in Bamako",
        "A heatwave that pushed temperatures above 48C in Mali in April coincided with a sharp rise in deaths at Bamako's Gabriel Touré hospital, Save the Children said, with older people and young children most affected. Power cuts left many homes without fans. Doctors advised families to keep children indoors during the hottest hours.",
        "disaster",
    ),
    (
        "Two landslides in Ethiopia's Gofa zone kill at least 250",
        "Two landslides in Kencho Shacha Gozdi, in Ethiopia's Gofa zone, killed at least 250 people, including villagers who had rushed to help after the first, OCHA said. About 15,000 people have been evacuated from areas at risk. Rescue work was slowed by heavy rain and the remoteness of the area.",
        "disaster",
    ),
    (
        "Tropical storm floods Les Cayes, 6,000 spend night in shelters",
        "PORT-AU-PRINCE - Torrential rain from a tropical storm flooded neighbourhoods of Les Cayes and other towns in Haiti's Sud department, and about 6,000 people spent the night in shelters, the civil protection agency said. Several bridges were washed away.",
        "disaster",
    ),
    (
        "Flash floods destroy 6,800 homes in Kassala and River Nile states",
        "Heavy rains and flash floods have destroyed or damaged about 6,800 homes in Sudan's Kassala and River Nile states this month, the Humanitarian Aid Commission said. Some families are sheltering in schools, and latrines have collapsed in several villages. The commission appealed for plastic sheeting and mosquito nets.",
        "disaster",
    ),
    (
        "Grain distribution begins in drought-hit Masvingo",
        "WFP and the government of Zimbabwe began distributing maize and cooking oil to 270,000 people in drought-hit districts of Masvingo province, after the worst harvest in 40 years, the agency said.",
        "disaster",
    ),
    (
        "Floating gardens help Gopalganj farmers adapt to longer floods",
        "Farmers in Bangladesh's Gopalganj district are growing vegetables on floating beds of water hyacinth to cope with longer flood seasons, in a climate adaptation project supported by FAO and local NGOs. Yields of gourds and okra have doubled, the project said.",
        "other",
    ),
]
