"""dev372 negatives: bushfires, floods, cyclones, wild animals, accidents and epidemics, where
people die, flee and the army deploys, but no one fights. (title, text, kind code)"""

NEGATIVES = [
    (
        "Mallacoota: thousands trapped on beach as fire front hits town, Navy ships sent",
        "Some 4,000 residents and holidaymakers spent the night on the beach and the wharf at "
        "Mallacoota as a bushfire tore into the East Gippsland town, turning the sky blood red and "
        "then black by 9am. Emergency Management Victoria said an unknown number of homes had been "
        "lost and that the town was cut off by road in every direction. People sheltered in boats "
        "and waded into the water with wet towels over their heads as embers rained down. The "
        "Defence Force has sent HMAS Choules and a support ship to the coast and Chinook helicopters "
        'are on standby to fly in food, water and fuel. Premier Daniel Andrews said it was "a war '
        "zone\" across parts of the state's east. Three people are missing in Gippsland and fears are "
        "held for others in the Buchan and Cann River areas. A wind change is expected to bring some "
        "relief on Wednesday but fire conditions will return on the weekend. "
        'Volunteers at the community hall handed out sandwiches and bottled water through the night. Phone and internet services went down early on Tuesday, leaving families elsewhere desperate for news. Navy officials said an evacuation by sea was being planned for those who wanted to leave. "We just want to know they\'re alive," a Melbourne woman whose parents live in the town said.',
        "disaster",
    ),
    (
        "Lismore flood: residents rescued from roofs as river smashes record",
        "Residents of Lismore were clinging to roofs and waving torches from attic windows on Monday "
        "as the Wilsons River rose to more than 14 metres, two metres above its previous record, "
        "swamping the city's centre. The State Emergency Service said it had received more than 1,000 "
        "calls for help overnight, and a flotilla of private tinnies joined its boats to pluck people "
        "from submerged homes. Two people have died in the Northern Rivers and many more are "
        "unaccounted for. Evacuation centres at Southern Cross University and Goonellabah were full by "
        'lunchtime. "We\'re on our own," said one man who had rescued his neighbours in a kayak. '
        "Prime Minister Scott Morrison said Defence personnel would be deployed, while residents "
        "questioned why the troops had not arrived sooner. The Bureau of Meteorology warned that more "
        "heavy rain was on the way for south-east Queensland and northern New South Wales.",
        "disaster",
    ),
    (
        "Cyclone Gabrielle: national state of emergency declared as Hawke's Bay cut off",
        "New Zealand has declared a national state of emergency for only the third time in its "
        "history as Cyclone Gabrielle lashes the North Island, cutting power to more than 225,000 "
        "homes. Emergency Management Minister Kieran McAnulty signed the declaration on Tuesday "
        'morning, saying the storm was "an unprecedented weather event". In Hawke\'s Bay, the '
        "Tutaekuri and Esk rivers burst their banks, and families were winched from roofs by Air Force "
        "helicopters. A volunteer firefighter is missing after a house was hit by a landslide in "
        "Muriwai, west of Auckland. Napier has lost power and its main substation was flooded. The "
        "Defence Force has deployed soldiers and trucks to Gisborne and Hawke's Bay, and HMNZS "
        "Canterbury is carrying supplies. Civil Defence said roughly 9,000 people had been displaced. "
        "Prime Minister Chris Hipkins said the full scale of the damage would not be clear for days.",
        "disaster",
    ),
    (
        "Port Vila flattened: Cyclone Pam leaves Vanuatu 'blown away', aid flights begin",
        "Aid flights from Australia and New Zealand have begun landing in Port Vila as the first "
        "pictures from Vanuatu show a capital stripped of trees and roofs after Cyclone Pam passed "
        "overnight with winds of up to 320km/h. The United Nations said at least eight people had "
        "been confirmed dead, but communications with the outer islands were still cut and the "
        "number was expected to rise. President Baldwin Lonsdale, speaking in Sendai, said the storm "
        'had "wiped out" years of development. Up to 90 per cent of homes in the capital were '
        "damaged, according to Save the Children. A RAAF C-17 brought water purification units and "
        "shelter kits, and an RNZAF Orion flew reconnaissance over Tanna and Erromango. Residents "
        "queued for water at the main hospital, which was running on a generator. Families whose "
        "houses were gone sheltered in churches and schools.",
        "disaster",
    ),
    (
        "Ex-Tropical Cyclone Alfred: 300,000 homes without power as Gold Coast counts cost",
        "More than 300,000 homes and businesses in south-east Queensland and northern New South Wales "
        "were still without power on Sunday after ex-Tropical Cyclone Alfred crossed the coast near "
        "Bribie Island as a tropical low. Energex described it as the largest outage in its history. "
        "The body of a 61-year-old man was found near Dorrigo after his ute was swept away in "
        "floodwater on Friday, and 13 soldiers were injured when two army trucks rolled near Lismore "
        'while heading to a flood zone. Queensland Premier David Crisafulli said residents had "done '
        'the right thing" by staying at home. Around 1,000 schools remained closed and some 400 '
        "people were in evacuation centres. On the Gold Coast, beaches lost huge volumes of sand to "
        "the swell and several shops on The Spit were flooded. The Bureau of Meteorology said heavy rain "
        "would ease by Monday.",
        "disaster",
    ),
    (
        "Crocodile takes fisherman in front of mates at Lakefield National Park",
        "Police have found human remains inside a crocodile that was shot by rangers near the spot "
        "where a fisherman went missing in remote Cape York. The 65-year-old Cairns man was last seen "
        "on Saturday afternoon near Kalpowar Crossing in Lakefield National Park, where he had been "
        "fishing with friends. Witnesses heard a scream and a splash and found his sandals at the "
        "water's edge. Rangers from the Department of Environment and Science later destroyed two "
        'crocodiles, each more than four metres long. Police said they were "satisfied" that the '
        "remains were those of the missing man. Queensland recorded several fatal attacks in recent "
        "years, and authorities reminded anglers to stay at least five metres back from the water. "
        "Locals called for problem animals to be removed more quickly, while conservationists said "
        "culling would not make waterways safe.",
        "disaster",
    ),
    (
        "Shark kills surfer at Esperance as WA beaches close",
        "A 17-year-old surfer has died after being attacked by a shark off a beach near Esperance "
        "on Western Australia's south coast. The teenager was surfing with friends and his father at "
        "Kelp Beds beach, about 10km west of the town, when he was bitten on the leg at about 10am. "
        "Friends pulled him to shore and tried to stop the bleeding, but he died at the scene. "
        "Fisheries officers believe the shark was a great white, possibly up to five metres long, and "
        'a number of nearby beaches have been closed. Premier Mark McGowan said it was "just '
        'devastating" and offered condolences to the family. He said the government '
        "would look at more tagging and drumlines, a policy that divides the state. Local surfers "
        "paddled out on Sunday in memory of the young man, forming a circle beyond the break. "
        "It was the second fatal attack in the area in a matter of months. Shark monitoring receivers off the town had not detected a tagged animal. The boy was remembered as a keen fisherman and footballer. Counsellors were at his school on Monday.",
        "disaster",
    ),
    (
        "Whakaari/White Island eruption: five dead, eight missing, rescuers unable to reach island",
        "Five people have died and eight are missing after Whakaari/White Island erupted without "
        "warning while 47 people, most of them cruise ship passengers, were on or near the volcano. "
        "Police said a reconnaissance flight saw no signs of life on the island, and that it was too "
        "dangerous for search teams to land. Helicopter pilots who flew in after the blast brought "
        "out survivors with severe burns, and 31 patients were taken to hospitals across the North "
        "Island. Middlemore Hospital's burns unit was at capacity and extra skin was being ordered "
        "from the United States and Australia. Many of the visitors were Australians from the "
        "Ovation of the Seas. GeoNet said the volcano remained highly unstable. Prime Minister Jacinda "
        "Ardern flew to Whakatane on Tuesday and met emergency workers. "
        "Police defended the decision not to send searchers onto the island, saying the risk of a second eruption was too high. Families of the missing gathered at a hotel in Whakatane, waiting for news. The tour company said it was working with authorities. WorkSafe has opened an investigation into the tours. Flags in Whakatane were lowered to half-mast.",
        "disaster",
    ),
    (
        "Navy ship HMNZS Manawanui sinks off Samoa after running aground on reef",
        "The Royal New Zealand Navy has lost one of its nine ships after HMNZS Manawanui ran aground "
        "on a reef off the south coast of Upolu, caught fire and sank on Sunday morning. All 75 "
        "crew and passengers were rescued from life rafts in the dark by Samoan police, a fishing "
        "vessel and residents, and a handful were treated for minor injuries. The hydrographic and "
        "dive ship had been surveying the reef when it struck. Chief of Navy Rear Admiral Garin "
        "Golding said a court of inquiry would find out why it happened. Samoan authorities said "
        "diesel was seeping from the wreck, and an Australian team flew in to help contain it. "
        "Defence Minister Judith Collins said it was a sad day, but that no lives had been lost. "
        "The ship was bought in 2018 for about $100 million. "
        "Villagers on the coast told RNZ they had seen the flames from their homes. Samoa's prime minister thanked the locals who helped pull sailors from the water. The Navy said it would help with the salvage and the clean-up. The loss leaves the fleet without a dedicated dive and hydrographic ship. Officials would not say whether the crew had been using autopilot.",
        "accident",
    ),
    (
        "Hunter Valley bus crash: ten wedding guests dead after coach rolls on roundabout",
        "Ten people were killed and 25 injured when a coach carrying guests from a wedding at a "
        "Hunter Valley winery rolled on a foggy roundabout near Greta late on Sunday night. NSW Police "
        "said the bus had left Wandin Estate for Singleton and overturned on the Wine Country Drive "
        "exit ramp at about 11.30pm. Survivors were trapped under the vehicle for hours as "
        "firefighters lifted it with airbags. Eighteen people were taken to hospitals in Newcastle and "
        "Maitland, some by helicopter. The 58-year-old driver was arrested and taken to Cessnock "
        "Hospital for mandatory testing. Premier Chris Minns described the crash as one of the "
        "state's worst road disasters. The couple, married hours earlier, were not on the bus and "
        "have been told. "
        "Flags were lowered on public buildings across the Hunter on Monday. Roads around the roundabout stayed closed for most of the day as crash investigators examined the scene. Many of the victims were from Singleton and had known each other since school. The bus operator said it was cooperating with police. A fundraising page for the families raised more than $200,000 overnight.",
        "accident",
    ),
    (
        "Samoa measles: death toll reaches 53 as government shuts down country for mass vaccination",
        "Samoa's government has shut down all non-essential services for two days and told families to "
        "hang red flags outside their homes if anyone inside has not been vaccinated, as a measles "
        "epidemic continues to spread. The Ministry of Health said 53 people had now died, 48 of them "
        "children under five, and more than 4,200 cases had been recorded since October. Vaccination "
        "teams are going house to house across Upolu and Savai'i, and New Zealand has sent nurses and "
        "vaccines. Roads were empty on Thursday and many businesses closed their doors. An anti-vaccine "
        "campaigner was arrested on Thursday over posts that officials said undermined the drive. "
        "UNICEF said vaccination rates had fallen to about a third before the outbreak. Prime Minister "
        'Tuilaepa Sa\'ilele Malielegaoi said the country was fighting "a war" against the virus. '
        "Schools have been closed for weeks and public gatherings banned. Australia, Britain and the United States have also sent medical teams. The government has made vaccination compulsory.",
        "health",
    ),
    (
        "Whooping cough surge: Queensland urges pregnant women to get vaccinated after infant death",
        "Queensland Health has urged pregnant women and grandparents to get vaccinated against "
        "whooping cough after a baby died in a Brisbane hospital and case numbers climbed to their "
        "highest in a decade. More than 6,000 cases of pertussis have been notified in the state since "
        "January, compared with about 200 in the same period last year. Chief Health Officer John "
        "Gerrard said the disease moved in cycles of three to five years, but that the current surge "
        "was unusually sharp. Free vaccines are available at GPs and pharmacies for women from 20 "
        "weeks of pregnancy. Doctors say infants too young to be vaccinated are most at risk. Schools "
        "in several regions have sent letters home warning parents of outbreaks. The federal "
        "government said national case numbers were also far above average. "
        "The baby, who was three weeks old, was too young to have received the first dose. Her parents urged others to get vaccinated. Immunisation rates among pregnant women have dipped since the pandemic, according to the department. The state will run pop-up clinics at shopping centres over the school holidays.",
        "health",
    ),
]
