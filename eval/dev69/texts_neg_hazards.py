"""Negatives of dev69: epidemics and vaccination (health), floods, heat, a cyclone and a volcano
(disaster), and mines, boats, roads, a depot fire (accident).

Each item: (title, text, kind code); kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Ebola outbreak declared in Equateur province, vaccinations begin in Mbandaka",
        "The Democratic Republic of Congo declared a new Ebola outbreak on Saturday after a case "
        "was confirmed in Mbandaka, the capital of Equateur province, the health ministry said. "
        "Vaccination of contacts and health workers began on Monday with doses already in the "
        "country. The WHO said the risk of spread was high because Mbandaka lies on the Congo "
        "river, a major trade route to Kinshasa and Bangui. It is the country's fourteenth "
        "outbreak since the virus was identified in 1976.",
        "health",
    ),
    (
        "First mpox vaccines arrive in Kinshasa as clade Ib spreads",
        "The first 100,000 doses of mpox vaccine arrived in Kinshasa on Thursday, donated by the "
        "European Union, as the country battles the spread of a new variant, clade Ib, the health "
        "ministry said. Vaccination will start in South Kivu, where the variant was first "
        "detected in a mining town, and will target adults in the most affected zones. Africa's "
        "public health agency has declared a continental emergency.",
        "health",
    ),
    (
        "Cholera cases rise in Douala as rains flood poorer districts",
        "Cameroon's health ministry reported 320 suspected cholera cases and 14 deaths in Douala "
        "over the past month, most of them in districts without piped water. Teams are "
        "disinfecting wells and distributing chlorine tablets, and a vaccination campaign is "
        "planned for the New Bell and Bépanda districts. Officials urged residents to boil "
        "drinking water and wash their hands.",
        "health",
    ),
    (
        "Niger launches meningitis vaccination as dry season cases climb",
        "Niger launched a vaccination campaign against meningitis on Monday in the regions of "
        "Zinder and Niamey after more than 500 suspected cases and 40 deaths were recorded since "
        "January, the health ministry said. The campaign, supported by the WHO and UNICEF, aims "
        "to reach people aged one to 29. The dry, dusty harmattan season usually brings a peak in "
        "cases.",
        "health",
    ),
    (
        "Cameroon becomes first country to roll out routine malaria vaccination",
        "Cameroon began routine vaccination of young children against malaria on Monday, the "
        "first country to include the vaccine in its national schedule outside the pilot "
        "programme, the health ministry said. About 250,000 children in 42 districts are to "
        "receive four doses. Malaria is the main cause of death among children under five in the "
        "country.",
        "health",
    ),
    (
        "Lassa fever cases confirmed in northern Benin, health workers among them",
        "Benin's health ministry confirmed four cases of Lassa fever in the department of Borgou, "
        "including two nurses who treated the first patient, and said 60 contacts were being "
        "followed. The disease, carried by rats, is endemic in neighbouring Nigeria. Health "
        "centres in Parakou have been told to isolate patients with fever and bleeding.",
        "health",
    ),
    (
        "Chad vaccinates children against polio after new cases",
        "Chad began a three-day vaccination campaign against polio on Friday to reach more than 4 "
        "million children under five after new cases of the vaccine-derived strain were detected "
        "in N'Djamena and Mayo-Kebbi. Vaccinators are going door to door, and the health ministry "
        "asked traditional chiefs to encourage families to take part.",
        "health",
    ),
    (
        "Floods in Niamey kill 65 and force thousands from their homes",
        "Floods caused by the overflowing of the Niger river have killed 65 people in Niger since "
        "the start of the rainy season and left more than 300,000 homeless, the interior ministry "
        "said. In Niamey, the army used boats to evacuate residents of the districts of "
        "Kirkissoye and Lamordé, where water reached the roofs. The displaced are being sheltered "
        "in schools. The government has allocated land outside the flood zones for families who "
        "lost their homes.",
        "disaster",
    ),
    (
        "N'Djamena districts evacuated as Chari and Logone rivers burst their banks",
        "Chad's government ordered the evacuation of several districts in the south of N'Djamena "
        "after the Chari and Logone rivers burst their banks, submerging homes and fields. The "
        "army has set up tents for displaced families at a site outside the capital. The floods "
        "have affected more than a million people across the country this season, according to "
        "the government.",
        "disaster",
    ),
    (
        "Heavy rains in Kinshasa cause landslides and floods, dozens dead",
        "At least 45 people were killed in Kinshasa after overnight rains caused landslides and "
        "flooded several districts, the provincial government said on Saturday. Houses built on "
        "hillsides in Mont-Ngafula and Ngaliema collapsed, and the main road to the airport was "
        "cut. Rescuers are still searching the mud for missing people.",
        "disaster",
    ),
    (
        "Floods in Kalehe sweep away villages on the shore of Lake Kivu",
        "More than 400 people died when rivers swollen by torrential rain swept through the "
        "villages of Bushushu and Nyamukubi in Kalehe territory, South Kivu, the provincial "
        "government said. Hundreds are missing and thousands have lost their homes. Survivors are "
        "sleeping in churches while the Red Cross searches the shoreline for bodies. The "
        "president declared a day of national mourning. Geologists said the clearing of forest on "
        "the hills above the lake had made the mudslides worse.",
        "disaster",
    ),
    (
        "Bamako floods force government to postpone start of school year",
        "Mali's government postponed the start of the school year by a month on Wednesday after "
        "record floods in Bamako and several regions destroyed homes and turned schools into "
        "shelters for flood victims. The floods have killed more than 30 people and affected some "
        "200,000 people across the country since June, the humanitarian affairs ministry said.",
        "disaster",
    ),
    (
        "Cyclone Chido tears through Pemba and the coast of Cabo Delgado",
        "Cyclone Chido made landfall in northern Mozambique on Sunday with winds of more than 200 "
        "kilometres an hour, killing at least 34 people and destroying tens of thousands of homes "
        "in Cabo Delgado, Nampula and Niassa provinces, the disaster management institute said. "
        "In Pemba and Mecúfi, roofs were torn off schools and health centres. The government has "
        "deployed the army to help clear roads.",
        "disaster",
    ),
    (
        "Nyiragongo erupts, thousands flee Goma towards Rwanda",
        "Thousands of residents of Goma fled towards Rwanda and towards Sake on Saturday night "
        "after the Nyiragongo volcano erupted and lava flowed towards the city's outskirts, "
        "stopping short of the airport. At least 15 people were killed and several hundred homes "
        "destroyed in the villages north of the city. The authorities later ordered the "
        "evacuation of ten districts for fear of a new eruption. The volcano's last major "
        "eruption, in 2002, destroyed much of the city centre.",
        "disaster",
    ),
    (
        "Heatwave kills over 100 in Bamako as temperatures pass 48 degrees",
        "More than 100 deaths were recorded at Bamako's Gabriel Touré hospital in the first four "
        "days of April as temperatures passed 48 degrees Celsius, doctors said, most of them "
        "elderly patients. Power cuts lasting up to 20 hours a day have deprived homes of fans "
        "and air conditioning. Meteorologists said the heatwave would last until the middle of "
        "the month.",
        "disaster",
    ),
    (
        "Rising Lake Tanganyika floods Gatumba, forcing thousands from homes",
        "The rising waters of Lake Tanganyika and the Rusizi river have flooded most of Gatumba, "
        "a town near Bujumbura, forcing thousands of families from their homes, the Burundi Red "
        "Cross said. Many of the displaced have moved to a site at Kinama, where they live in "
        "tents. The government said the flooding was linked to heavy rains and climate change.",
        "disaster",
    ),
    (
        "Gold mine collapse near Kéniéba kills more than 70 miners",
        "More than 70 people died when an artisanal gold mine collapsed near Kéniéba, in western "
        "Mali, on Friday, the ministry of mines said. Most of the victims were young men working "
        "in tunnels dug without supports. The government suspended artisanal mining in the area "
        "and announced an investigation. Survivors said the ground gave way after a night of "
        "heavy rain.",
        "accident",
    ),
    (
        "Boat capsizes on Lake Kivu near Goma, dozens missing",
        "At least 78 people drowned when an overloaded boat capsized a few hundred metres from "
        "the port of Kituku in Goma on Thursday morning, the governor of North Kivu said. The "
        "vessel, coming from Minova, was carrying about 280 passengers, more than its capacity. "
        "Survivors were taken to hospital, and divers searched the water for bodies throughout "
        "the day.",
        "accident",
    ),
    (
        "Bus collides with lorry on the Bamako-Ségou road, 23 dead",
        "Twenty-three passengers were killed and about 30 injured when a bus collided with a "
        "lorry on the road between Bamako and Ségou on Sunday night, the transport ministry said. "
        "The bus caught fire after the crash. The ministry blamed speed and the poor state of the "
        "road and announced stricter checks on night travel.",
        "accident",
    ),
    (
        "Fuel tanker explodes after overturning in western DRC, killing 50",
        "At least 50 people were killed when a fuel tanker overturned and exploded on the road "
        "between Kinshasa and Matadi on Saturday, the provincial governor said. Residents had "
        "gathered to collect spilled fuel when the tanker caught fire. More than 100 people were "
        "treated for burns at the hospital in Mbuba.",
        "accident",
    ),
    (
        "Fire at N'Djamena ammunition depot sets off explosions",
        "Explosions shook the Goudji district of N'Djamena on Tuesday night after a fire broke "
        "out at an army ammunition depot, killing at least nine people and wounding dozens, the "
        "government said. Shells landed in nearby districts and residents fled their homes in "
        "panic. The government said the fire was accidental and that an investigation had been "
        "opened. Firefighters brought the blaze under control the next morning.",
        "accident",
    ),
    (
        "Train derailment near Eséka kills at least 79",
        "At least 79 people were killed and hundreds injured when an overcrowded passenger train "
        "derailed near Eséka, between Yaoundé and Douala, on Friday, the transport ministry said. "
        "Extra carriages had been added after a road bridge collapsed, leaving travellers with no "
        "other way to make the journey. Rescuers worked through the night to free passengers "
        "trapped in the overturned carriages. Rail operator Camrail said it was investigating the "
        "causes.",
        "accident",
    ),
    (
        "Stampede at Olembe stadium kills eight before AFCON match",
        "Eight people were killed and dozens injured in a crush at the entrance of the Olembe "
        "stadium in Yaoundé before Cameroon's Africa Cup of Nations match against the Comoros, "
        "the governor of the Centre region said. Crowds had pressed against a gate that had "
        "remained closed. The Confederation of African Football announced an investigation.",
        "accident",
    ),
    (
        "Cargo plane crashes into homes shortly after take-off from Goma",
        "A small plane carrying passengers and cargo crashed into a residential area shortly "
        "after take-off from Goma airport on Sunday, killing at least 27 people, including people "
        "on the ground, the provincial governor said. The aircraft, operated by a local carrier, "
        "was bound for Beni. Witnesses said the plane struggled to gain altitude before it fell.",
        "accident",
    ),
    (
        "Fire destroys Bujumbura central market",
        "A fire destroyed most of Bujumbura's central market overnight, ruining thousands of "
        "traders who lost their stocks, officials said. Firefighters took hours to reach the site "
        "and did not have enough water to contain the blaze. The cause of the fire was not known, "
        "and no deaths were reported.",
        "accident",
    ),
]
