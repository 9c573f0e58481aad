"""dev229 positives, part A: weather and climate stories where current armed conflict or political
violence is part of the event (tents of the war-displaced flooded, strikes during heatwaves, fighting
that blocks flood relief). POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Winter storm floods thousands of tents in Gaza as strikes continue in the south",
        "Heavy rain and gale-force winds swept across the Gaza Strip overnight, flooding thousands of "
        "tents in Mawasi and Deir al-Balah where families displaced by the war have sheltered for "
        "months. The Palestinian civil defence said its crews received more than 1,200 calls for help "
        "before dawn but had only a handful of working vehicles. Water up to knee height ran through "
        "makeshift camps on the coast, soaking mattresses, blankets and flour. “We fled Khan Younis "
        "twice and now the sea is coming into the tent,” said Umm Khaled, a mother of five. Israeli "
        "air strikes hit two houses in Khan Younis during the storm, killing at least nine people, "
        "according to Nasser hospital. UNRWA said that winterisation kits for 60,000 households were "
        "still waiting at the Kerem Shalom crossing. Forecasters in the region expect a second band of "
        "rain on Thursday, with temperatures near 8C at night. "
        "The municipality of Gaza City said sewage pumping stations damaged in the fighting had "
        "overflowed into streets near the port. Doctors at al-Aqsa hospital in Deir al-Balah said "
        "they had treated children for hypothermia and skin infections. A spokesperson for the "
        "Israeli military said it was facilitating the entry of humanitarian aid and accused Hamas of"
        " diverting supplies. Aid agencies said the number of trucks entering the Strip in recent "
        "weeks was among the lowest since the war began. Families used sand, tyres and broken "
        "concrete to build low walls around their tents, but the water came in anyway. “The children "
        "have been wet for two days,” Umm Khaled said.",
        "D H E",
        "displacement_camp_flooding",
    ),
    (
        "Sudan: rains turn Darfur displacement camps to mud as RSF shelling kills six near El Fasher",
        "Torrential rains have flooded large parts of Zamzam camp south of El Fasher, where hundreds "
        "of thousands of people who fled fighting between the army and the Rapid Support Forces have "
        "gathered. Médecins Sans Frontières said its clinic had been cut off for three days and that "
        "latrines had collapsed, raising the risk of cholera. On Tuesday shells fired by the RSF landed "
        "in the camp's northern market, killing six people and wounding 20, residents and a local "
        "emergency room said. The paramilitary group has besieged El Fasher since May. Aid trucks "
        "coming from Chad have been stuck on flooded wadis and at RSF checkpoints for weeks. “The "
        "rain and the shelling arrive together,” one volunteer told Reuters by satellite phone. The "
        "Sudan Meteorological Authority warned that more heavy falls were likely over North Darfur "
        "until mid-September. "
        "The UN's famine review committee has already found famine conditions in Zamzam, where an "
        "estimated 500,000 people live. Aid workers said the rains had pushed food prices up again:"
        " a sack of sorghum now costs three times what it did in April. In El Fasher itself, the main"
        " hospital was hit again on Monday, according to the state health ministry. The World Food "
        "Programme said it had secured permission to send 40 trucks through the Adre crossing but "
        "that the convoy was moving slowly because of mud. The RSF has denied targeting civilians and"
        " says it is fighting army-allied militias in the camp.",
        "E V D H",
        "displacement_camp_flooding",
    ),
    (
        "Heatwave grips Kharkiv as Russian strikes knock out power and water pumps",
        "Temperatures above 35C baked Kharkiv on Wednesday as residents of Ukraine's second city went "
        "without air conditioning, lifts or running water after a Russian missile strike on a "
        "substation the night before. The regional governor, Oleh Syniehubov, said three people were "
        "wounded in the attack and that engineers hoped to restore partial supply within a day. "
        "Hospitals switched to generators, and the city set up cooling points in metro stations that "
        "also serve as air-raid shelters. Ukrenergo has imposed rolling blackouts across most regions "
        "since spring, when Russia intensified its campaign against the grid. Ukraine's "
        "hydrometeorological centre issued a level-three heat warning for the east and south through "
        "the weekend. “You sit in the dark, it is 30 degrees in the flat, and then the sirens start "
        "again,” said Iryna, a pensioner who lives on the ninth floor. Doctors urged older people to "
        "drink water and avoid going out in the afternoon. "
        "The city's water utility said pumps at two stations had stopped when the power went, leaving"
        " upper floors of many buildings dry. Residents queued at water trucks with plastic bottles. "
        "Russia's defence ministry said it had struck energy facilities used by Ukraine's military "
        "industry. Kharkiv lies about 30 kilometres from the Russian border and is hit almost daily "
        "by guided bombs and missiles. Ukrainian energy officials say that about half of the "
        "country's generating capacity has been destroyed since March.",
        "E H",
        "strike_on_grid_heatwave",
    ),
    (
        "Kakhovka dam breach floods dozens of villages; evacuation bus shelled in Kherson",
        "Water from the ruptured Kakhovka dam poured into dozens of villages along the lower Dnipro on "
        "Wednesday, forcing thousands of people from their homes as Ukraine and Russia blamed each "
        "other for the destruction. Ukrainian officials said about 2,700 people had been evacuated "
        "from the flooded districts of Kherson city by late afternoon. Shortly after noon, Russian "
        "artillery struck near an evacuation point in the Korabel district, wounding a police officer "
        "and two rescuers, the regional administration said. On the occupied left bank, residents "
        "posted videos of people stranded on roofs, saying no help had arrived. The UN's humanitarian "
        "office warned that drinking water for hundreds of thousands of people downstream was at "
        "risk. Hydrologists expected the water level in Kherson to peak overnight at more than five "
        "metres above normal.",
        "E D H",
        "dam_breach_flood",
    ),
    (
        "Monsoon rains hit Rohingya camps swelled by new arrivals fleeing Rakhine fighting",
        "Days of monsoon rain triggered landslides and flash floods in the refugee camps of Cox's "
        "Bazar, killing at least eight people, including three children, the UN refugee agency said. "
        "The camps are already crowded with tens of thousands of Rohingya who crossed into Bangladesh "
        "this year after heavy fighting between the Arakan Army and Myanmar's military around "
        "Maungdaw. Many of the newcomers live in plastic shelters on unstable hillsides without "
        "registration or rations. “They came with drone wounds and now they are digging out their "
        "huts,” a Bangladeshi camp official said. The Bangladesh Meteorological Department forecast "
        "another 150mm of rain over the district in the next 48 hours. Aid agencies said more than "
        "4,000 shelters had been damaged since Friday.",
        "D H",
        "refugee_camp_flooding",
    ),
    (
        "Chad: floods swamp camps for Sudanese refugees in Ouaddaï",
        "Flooding after a week of heavy rain has destroyed thousands of shelters in camps in eastern "
        "Chad that took in refugees fleeing the war in Sudan's Darfur this year, the UN refugee agency "
        "said on Monday. In Adré, where new arrivals still cross the border daily, the main transit "
        "site was under water and families were moved to higher ground near the town's airstrip. "
        "UNHCR said 18,000 people had lost shelter and food stocks across three camps. Many of the "
        "refugees said they had escaped killings by the RSF and allied militias in El Geneina. Health "
        "workers reported a rise in acute watery diarrhoea among children under five. Chad's national "
        "meteorology agency said rainfall in Ouaddaï was already 40 percent above the seasonal "
        "average. The agency appealed for plastic sheeting, water tanks and funding for relocation.",
        "D H",
        "refugee_camp_flooding",
    ),
    (
        "Goma camps flooded as M23 advance pushes more families towards the city",
        "Overnight storms flooded displacement sites on the western edge of Goma, where families who "
        "fled the fighting between M23 rebels and the Congolese army live in rows of grass and "
        "plastic huts. Residents of Bulengo said water entered almost every shelter and swept away "
        "cooking pots and cassava flour. The International Organization for Migration said at least "
        "1,500 shelters were damaged. At the same time fresh clashes near Sake sent thousands more "
        "people walking towards Goma along the road from Masisi, local officials said. A mortar bomb "
        "fell near a site in Mugunga on Sunday, wounding four people, according to the Red Cross. "
        "MONUSCO said peacekeepers had reinforced positions around Sake. Congolese weather services "
        "expect more rain across North Kivu until the end of the month.",
        "D H B E",
        "displacement_camp_flooding",
    ),
    (
        "Haiti flooding: gangs block route as rescuers try to reach stranded families",
        "Torrential rain from a tropical wave flooded low-lying neighbourhoods north of Port-au-Prince "
        "on Saturday, but rescue teams said they could not reach dozens of stranded families because "
        "armed gangs control the main road. The civil protection agency said at least 11 people had "
        "died in the Artibonite and Ouest departments. Members of the Gran Grif gang fired on a "
        "convoy carrying water pumps and food near Pont-Sondé, forcing it to turn back, according to "
        "a police spokesperson. The gang killed more than 100 people in the area last month. "
        "“People are on their roofs, and we have to negotiate every kilometre,” said a Red Cross "
        "volunteer. The Kenyan-led security mission said it would escort a second attempt on "
        "Sunday. Haiti's meteorological service kept a red alert for the north and centre. "
        "Haiti's rainy season peaks in the autumn, when tropical storms and hurricanes often cross "
        "the island. Aid officials said more than 700,000 people were already displaced by gang "
        "violence across the country, many of them living in schools and churches in the capital. The"
        " World Food Programme said it could deliver only by helicopter to several communes in the "
        "Artibonite. “The water will go down in a few days, but the gangs will still be on the road,”"
        " a municipal official in Saint-Marc said.",
        "B V H",
        "gangs_block_flood_relief",
    ),
    (
        "Shelling sparks wildfires near front in Zaporizhzhia region during heatwave",
        "Russian shelling set off several wildfires in fields and forest strips near Orikhiv on "
        "Monday, as a heatwave with temperatures near 38C dried out much of southern Ukraine. The "
        "State Emergency Service said firefighters could not approach two of the fires because the "
        "area was under constant artillery and drone attack. One fire engine was hit by a drone near "
        "Stepnohirsk, wounding two firefighters, the service said. Smoke drifted over Zaporizhzhia "
        "city, where officials asked people to keep windows closed. Ukraine's meteorologists issued "
        "the highest fire danger rating for five regions. A spokesperson for the regional military "
        "administration said 14 settlements were shelled in the previous 24 hours.",
        "E",
        "shelling_wildfire",
    ),
    (
        "South Sudan: floodwaters and clashes leave Upper Nile families stranded",
        "Floods across Upper Nile have cut off whole villages for a third straight year, and fighting "
        "between government forces and the White Army militia around Nasir has now stopped aid boats "
        "from moving, the UN said. Local officials said thousands of people fled Nasir by canoe after "
        "the clashes, many of them to islands in the swamp. “We are between the water and the guns,” "
        "a chief from Ulang told Radio Tamazuj. The World Food Programme said it had suspended river "
        "deliveries after a barge was fired on near the town last week. Air strikes by the army in "
        "the area were reported by residents on Saturday. Forecasters at South Sudan's meteorological "
        "department expect the White Nile to remain above flood level until December.",
        "B E D H",
        "clashes_block_flood_relief",
    ),
    (
        "Troops open fire on crowd at water point in North Darfur, residents say",
        "Fighters of the Rapid Support Forces opened fire on people queuing for water at a borehole in "
        "Tawila on Friday, killing at least seven and wounding a dozen, according to residents and the "
        "Darfur Bar Association. The town has taken in tens of thousands of people who fled El Fasher "
        "and Zamzam camp this year. A prolonged dry spell and the destruction of water points have "
        "left one borehole for every several thousand people, aid groups say. “They came on pickups "
        "and shot at the line of women with jerrycans,” a witness said. The RSF did not respond to "
        "requests for comment. The Norwegian Refugee Council said temperatures above 42C were making "
        "the lack of water deadly. The UN humanitarian coordinator called for safe access for water "
        "trucks. "
        "Tawila is controlled by a neutral faction of the Sudan Liberation Army, which has taken in "
        "the displaced but has few resources. Local volunteers said the number of people in and "
        "around the town had tripled since April. Médecins Sans Frontières said its teams were "
        "treating gunshot wounds and severe dehydration in the same ward. Satellite images analysed "
        "by Yale's Humanitarian Research Lab show new shelters spreading across dry riverbeds. "
        "Hydrologists warn that when the rains come, those same riverbeds will flood.",
        "V D H",
        "shooting_at_water_point",
    ),
    (
        "Basra protests over salty tap water turn deadly as police fire on crowd",
        "Security forces in Basra fired live ammunition and tear gas at protesters who set fire to "
        "the provincial government building on Thursday, killing three people, medical sources said. "
        "Thousands have taken to the streets in Iraq's southern oil hub over tap water so salty that "
        "hospitals have treated more than 30,000 people for stomach illness. Temperatures have topped "
        "50C in recent days, and daily power cuts leave many families without air conditioning. "
        "Protesters also stormed the offices of several political parties and militias. The "
        "government imposed a curfew and flew in reinforcements from Baghdad. Iraq's water ministry "
        "blamed low flows in the Tigris and Euphrates and seawater pushing up the Shatt al-Arab. "
        "Rights groups called for an inquiry into the use of live fire.",
        "U",
        "riot_crackdown",
    ),
    (
        "Cyclone Chido tears through Cabo Delgado camps already hit by insurgent raids",
        "Cyclone Chido made landfall in northern Mozambique on Sunday with winds of more than 200km/h, "
        "ripping roofs off schools and flattening shelters in Mecúfi and Chiure, the national disaster "
        "institute said. Many of the worst-hit families had fled attacks by Islamic State-linked "
        "insurgents in Cabo Delgado and were living in resettlement sites. At least 34 people died in "
        "the province, according to the first official count. Humanitarian workers said the storm "
        "struck days after militants beheaded two villagers and burned houses near Macomia, sending "
        "new families towards the coast. “Our tents were gone in an hour,” said Amina Issa, who fled "
        "Mocímboa da Praia. The UN said access roads were damaged and that security escorts were "
        "still needed on some routes. The meteorology institute said Chido was weakening over Malawi. "
        "In Pemba, the provincial capital, the storm knocked down power lines and damaged the roof of"
        " the main hospital. The World Food Programme said it had pre-positioned food in the province"
        " but that several warehouses had been damaged. Rwandan troops deployed against the "
        "insurgents helped clear roads near Mocímboa, officials said. Chido had earlier devastated "
        "the French territory of Mayotte. Meteorologists said the cyclone intensified rapidly over "
        "unusually warm waters in the Mozambique Channel.",
        "D H V T",
        "cyclone_hits_displaced",
    ),
    (
        "Al-Shabaab fighters destroy wells as drought deepens in Hiiraan",
        "Al-Shabaab militants blew up water wells and set fire to pumping equipment in several villages "
        "in Somalia's Hiiraan region this week, local officials said, as the country faces a fifth "
        "failed rainy season. The attacks came after residents joined clan militias fighting alongside "
        "government forces against the jihadist group. “Destroying water in a drought is killing people "
        "slowly,” the regional governor told reporters in Beledweyne. Hundreds of families have since "
        "walked to displacement sites around the town, where aid agencies say cholera cases are rising. "
        "Somalia's government called the attacks terrorism and said troops were pursuing the "
        "militants. The Food and Agriculture Organization has warned of famine conditions in parts of "
        "the region without more rain.",
        "T V D H M",
        "attack_on_water_sources",
    ),
    (
        "Typhoon lashes Lanao del Sur as Marawi evacuees still in tent cities",
        "Tropical Storm Vinta brought flash floods and landslides to Lanao del Sur on Friday, "
        "inundating evacuation centres that still house families who fled the five-month battle for "
        "Marawi between the army and Islamic State-inspired militants this year. The provincial "
        "disaster office said more than 2,000 evacuees were moved from tents in Saguiaran to a school "
        "building. The Philippine military said troops were helping rescue operations while clearing "
        "operations against remaining militants continued on the outskirts of the city. Around "
        "200,000 people have not been allowed back to Marawi's main battle area. Pagasa warned of "
        "rain of up to 200mm over northern Mindanao through the weekend. “We lost our house in the "
        "bombing, and now our tent,” said Norhaida Macabangkit.",
        "D H M",
        "storm_hits_displaced",
    ),
    (
        "Marib camps flooded as Houthi shelling resumes on western front",
        "Flash floods tore through more than two dozen displacement sites around Marib on Sunday night, "
        "destroying tents and water tanks, the International Organization for Migration said. About "
        "3,000 families were affected in sites that house people who fled earlier fighting in Sirwah "
        "and al-Jubah. Hours later Houthi forces shelled government positions west of the city, and "
        "one shell struck near the al-Rawdah camp, wounding five displaced people, the local camps "
        "administration said. Government forces said they repelled an attack on the Kassara front. "
        "“We rebuilt twice this summer,” said Saleh Ali, a father of seven. Yemen's meteorology centre "
        "had warned of heavy storms over the eastern governorates.",
        "D H E B",
        "displacement_camp_flooding",
    ),
]
