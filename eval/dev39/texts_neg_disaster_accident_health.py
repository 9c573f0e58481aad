"""dev39 negatives: disasters, accidents and health. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Monsoon floods kill 43 in Pakistan's Punjab as rivers burst banks",
        "Floods caused by heavy monsoon rains have killed 43 people in Pakistan's Punjab province in a week and forced more than 200,000 to leave their homes, the disaster management authority said. The army deployed boats to rescue families stranded on rooftops. Forecasters expect more rain next week.",
        "disaster",
    ),
    (
        "Earthquake in eastern Afghanistan kills hundreds, destroys villages",
        "A magnitude 6.0 earthquake struck Kunar province in eastern Afghanistan late on Sunday, killing more than 800 people and flattening mud-brick villages in the mountains, the Taliban administration said. Rescuers were struggling to reach remote valleys cut off by landslides. The UN said it was sending tents and medical supplies.",
        "disaster",
    ),
    (
        "Philippines evacuates 300,000 as typhoon nears Luzon",
        "Authorities in the Philippines evacuated about 300,000 people from coastal and low-lying areas of northern Luzon as a powerful typhoon approached with winds of up to 185 km/h, the civil defence office said. Schools and government offices were closed.",
        "disaster",
    ),
    (
        "Wildfires force thousands from homes in Spain's Ourense province",
        "Wildfires fanned by strong winds forced thousands of people to leave villages in the Galician province of Ourense, and soldiers from the military emergencies unit joined firefighters overnight, regional officials said. Two volunteers have died.",
        "disaster",
    ),
    (
        "Landslide buries houses in western Nepal, 12 dead",
        "A landslide triggered by heavy rain buried four houses in a village in Nepal's Karnali province before dawn, killing 12 people, police said. Rescuers dug through the mud by hand because the road was blocked.",
        "disaster",
    ),
    (
        "Cyclone makes landfall in Mozambique, destroying homes",
        "A tropical cyclone hit Mozambique's Nampula province on Monday with winds of 160 km/h, destroying thousands of homes and killing at least six people, the national disaster institute said. Some 40,000 people are staying in accommodation centres.",
        "disaster",
    ),
    (
        "Heatwave deaths rise in northern India as temperatures pass 47C",
        "At least 33 people, many of them polling staff and labourers, have died of suspected heatstroke in Uttar Pradesh and Bihar this week as temperatures topped 47C, health officials said.",
        "disaster",
    ),
    (
        "Indonesian volcano erupts, ash column forces evacuation of villages",
        "Mount Lewotobi Laki-laki on Flores island erupted on Tuesday, sending an ash column 10 km into the sky, and authorities evacuated residents of six villages and cancelled flights to Bali, the volcanology agency said.",
        "disaster",
    ),
    (
        "Floods in Somalia's Beledweyne displace 100,000",
        "The Shabelle river burst its banks in and around Beledweyne after heavy rains in the Ethiopian highlands, displacing about 100,000 people, Somali officials and the UN said. Many families moved to higher ground outside the town with their livestock.",
        "disaster",
    ),
    (
        "Fire sweeps through Syrian refugee settlement in Lebanon's Bekaa",
        "A fire that started in a tent's heater destroyed about 90 shelters in an informal settlement of Syrian refugees near Zahle in Lebanon's Bekaa valley, killing a child, the civil defence said.",
        "disaster",
    ),
    (
        "Dam release floods villages in Nigeria's Adamawa state",
        "Water released from the Lagdo dam in neighbouring Cameroon flooded riverside villages in Nigeria's Adamawa state, submerging farms and forcing about 15,000 people into relief camps, the emergency management agency said.",
        "disaster",
    ),
    (
        "Drought leaves 6 million in need of food aid in southern Africa",
        "A drought linked to El Niño has left about 6 million people in Zambia, Zimbabwe and Malawi in need of food aid after maize harvests failed, the World Food Programme said, appealing for funds.",
        "disaster",
    ),
    (
        "Flash floods sweep through Texas hill country campsites",
        "Flash floods on the Guadalupe river swept away cabins and caravans at campsites in Texas hill country overnight, killing at least 19 people, and dozens of others were missing, county officials said. The National Guard joined the search with helicopters.",
        "disaster",
    ),
    (
        "Bus plunges into ravine in Peru's Andes, killing 18",
        "A long-distance bus fell about 200 metres into a ravine on a mountain road in Peru's Ayacucho region before dawn, killing 18 passengers and injuring 30, police said. The cause was being investigated. It was the third fatal bus crash in the region this year.",
        "accident",
    ),
    (
        "Passenger train derails in Odisha, injuring dozens",
        "Eleven coaches of an express train derailed near Cuttack in the Indian state of Odisha on Sunday, injuring at least 40 passengers, railway officials said. Services on the line were suspended.",
        "accident",
    ),
    (
        "Overloaded boat capsizes on Lake Mai-Ndombe in Congo",
        "An overloaded boat carrying passengers and sacks of goods capsized on Lake Mai-Ndombe in western Congo, and 38 bodies had been recovered by Tuesday, a provincial minister said. Dozens of passengers were still missing.",
        "accident",
    ),
    (
        "Gold mine collapse in northeast Sudan kills 11 miners",
        "A shaft at a traditional gold mine in Sudan's Red Sea state collapsed on Saturday, killing 11 miners and injuring seven, the state-owned mining company said.",
        "accident",
    ),
    (
        "Small plane crashes on take-off in Nepal, killing 18",
        "A small plane operated by a domestic airline crashed on take-off at Kathmandu's airport on Wednesday, killing 18 of the 19 people on board, officials said. The pilot was rescued and taken to hospital.",
        "accident",
    ),
    (
        "Explosion at chemical plant in eastern China kills five",
        "An explosion at a chemical plant in Shandong province on Tuesday killed five workers and injured 19, state media said. Authorities ordered safety inspections at factories in the industrial park.",
        "accident",
    ),
    (
        "Fuel tanker explodes on Nigerian highway, dozens dead",
        "A fuel tanker overturned and exploded on a highway in Niger state, central Nigeria, killing at least 48 people who had rushed to scoop up the spilled petrol, emergency officials said.",
        "accident",
    ),
    (
        "Stampede at temple festival in Andhra Pradesh kills nine",
        "Nine pilgrims were crushed to death and 20 injured when a crowd surged towards the gates of a temple in Andhra Pradesh during a religious festival, police said. The state government ordered an inquiry.",
        "accident",
    ),
    (
        "Blast at army ammunition depot in Kazakhstan blamed on faulty storage",
        "A fire caused a series of explosions at an army ammunition depot in southern Kazakhstan, killing two soldiers, and residents of a nearby village were evacuated, the defence ministry said, blaming breaches of storage rules.",
        "accident",
    ),
    (
        "Cholera outbreak in Malawi spreads to 12 districts",
        "A cholera outbreak in Malawi has spread to 12 districts and killed 37 people since September, the health ministry said, urging people to boil drinking water. Schools in the worst-hit districts were told to step up hygiene checks.",
        "health",
    ),
    (
        "Uganda starts mpox vaccination for health workers and contacts",
        "Uganda began vaccinating health workers and the contacts of confirmed patients against mpox after receiving 100,000 doses, the health ministry said. Cases have been concentrated in Kampala and fishing communities around Lake Victoria.",
        "health",
    ),
    (
        "Measles cases in Canada pass 5,000 as outbreak continues",
        "Canada has recorded more than 5,000 measles cases this year, most of them in Ontario and Alberta, the public health agency said, as officials urged parents to check their children's vaccination records.",
        "health",
    ),
    (
        "Tanzania declares end of Marburg outbreak",
        "Tanzania declared the end of a Marburg virus outbreak in the Kagera region after 42 days with no new cases, the World Health Organization said. The outbreak killed ten people.",
        "health",
    ),
    (
        "Pakistan starts nationwide polio vaccination drive",
        "Pakistan began a week-long polio vaccination campaign aiming to reach 45 million children under five, the health ministry said, after new cases were found in Sindh and Khyber Pakhtunkhwa. Police escorts accompany vaccination teams in some districts.",
        "health",
    ),
    (
        "Dengue deaths in Bangladesh hit highest level of the year",
        "Bangladesh recorded 14 dengue deaths in a single day, the highest this year, as hospitals in Dhaka filled with patients, the health directorate said.",
        "health",
    ),
]
