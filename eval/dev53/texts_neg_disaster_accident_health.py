"""dev53 negatives: disasters (wildfires, floods, quakes, a hurricane, a glacier collapse, heat),
accidents (a funicular, a mid-air collision, a derailment, a port explosion, a capsized boat,
fires, a plane flipped on landing) and health (outbreaks and vaccination).
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Wildfire forces evacuation of villages north of Athens",
        "A wildfire fanned by strong winds tore through pine forests north of Athens on Monday, forcing the evacuation of eight villages and a children's camp, the fire brigade said. More than 600 firefighters, 12 water-dropping aircraft and army units were deployed. No deaths were reported, but dozens of homes were burned.",
        "disaster",
    ),
    (
        "Flash floods in Texas Hill Country kill dozens",
        "Flash floods swept through Texas Hill Country after a month's rain fell overnight, killing at least 43 people, including girls at a summer camp on the banks of the Guadalupe river, officials said. Helicopters and boats were used to rescue people from trees and rooftops, and the governor declared a disaster in 15 counties.",
        "disaster",
    ),
    (
        "Quake in western Turkey topples buildings, one dead",
        "A magnitude 6.1 earthquake struck the town of Sindirgi in Turkey's Balikesir province on Sunday evening, collapsing 16 buildings and killing one person, the interior minister said. The tremor was felt in Istanbul and Izmir, and hundreds of people spent the night in tents set up by the disaster agency AFAD.",
        "disaster",
    ),
    (
        "Hurricane slams into Jamaica as Category 5 storm",
        "A Category 5 hurricane made landfall in south-western Jamaica on Tuesday with winds of 185 mph, tearing roofs off homes and cutting power to most of the island, officials said. About 25,000 people were in shelters, and the prime minister said the army had been deployed to clear roads.",
        "disaster",
    ),
    (
        "Storm brings worst flooding in decades to central Europe",
        "Torrential rain from a slow-moving storm caused the worst flooding in decades in parts of the Czech Republic, Poland, Austria and Romania, killing at least 16 people and forcing tens of thousands from their homes. In the Polish town of Nysa, soldiers were reinforcing a dam with sandbags.",
        "disaster",
    ),
    (
        "Thousands flee as wildfire approaches Flin Flon",
        "About 5,000 residents of Flin Flon in Manitoba were ordered to leave on Wednesday as a wildfire moved within a few kilometres of the town, provincial officials said. Evacuees were being bused to Winnipeg, where the Red Cross opened reception centres, and the province declared a state of emergency.",
        "disaster",
    ),
    (
        "Glacier collapse buries most of Swiss village",
        "A huge section of the Birch glacier collapsed on Wednesday afternoon, burying most of the Swiss village of Blatten under ice, mud and rock, the authorities said. The 300 residents had been evacuated days earlier because of the risk, and one man was reported missing.",
        "disaster",
    ),
    (
        "Earthquake in eastern Afghanistan kills more than 800",
        "A magnitude 6.0 earthquake struck eastern Afghanistan near the Pakistan border late on Sunday, flattening mud-brick villages in Kunar province and killing more than 800 people, the Taliban government said. Rescuers were using helicopters to reach remote valleys cut off by landslides, and the UN said it was sending tents and medical supplies.",
        "disaster",
    ),
    (
        "Heatwave deaths mount across southern Europe",
        "Spain recorded its hottest June on record, and the heatwave gripping southern Europe has been blamed for at least eight deaths, including two firefighters in Catalonia and a street cleaner in Barcelona. Temperatures reached 46C in southern Spain, and Italy restricted outdoor work in the afternoon in 13 regions.",
        "disaster",
    ),
    (
        "Lisbon funicular derails, killing 16",
        "Lisbon's Gloria funicular derailed and crashed into a building during the evening rush hour on Wednesday, killing 16 people and injuring 21, emergency services said. The prime minister declared a day of national mourning, and investigators said a cable appeared to have come loose.",
        "accident",
    ),
    (
        "Passenger jet and Army helicopter collide near Washington airport",
        "A regional passenger jet carrying 64 people collided with an Army Black Hawk helicopter on a training flight as it approached Reagan National Airport on Wednesday night, and both aircraft plunged into the Potomac River, officials said. There were no survivors, and investigators were examining the helicopter's altitude.",
        "accident",
    ),
    (
        "Regional train derails in southern Germany after landslide",
        "A regional train derailed near Riedlingen in Baden-Wurttemberg on Sunday evening after heavy rain triggered a landslide onto the track, killing three people and injuring dozens, police said. Two carriages left the rails and toppled down an embankment.",
        "accident",
    ),
    (
        "Explosion at Iranian port kills dozens; officials rule out sabotage",
        "A huge explosion tore through Shahid Rajaei port near Bandar Abbas on Saturday, killing at least 57 people and injuring more than 1,000, Iranian officials said. The interior minister said the blast was caused by improperly stored chemicals in containers and ruled out sabotage.",
        "accident",
    ),
    (
        "Migrant boat capsizes off Lampedusa, 20 missing",
        "A boat carrying about 95 migrants capsized in rough seas off the Italian island of Lampedusa early on Wednesday, and 20 people were missing, the coastguard said. Sixty survivors were taken to the island's reception centre. Survivors told rescuers the boat had left the Libyan port of Zuwara two days earlier.",
        "accident",
    ),
    (
        "Fire at Dutch asylum reception centre blamed on faulty heater",
        "A fire broke out in a wing of the asylum seekers' reception centre in Ter Apel overnight, forcing 400 residents out into the car park, the fire service said. Nobody was hurt, and investigators said a faulty electric heater was the likely cause.",
        "accident",
    ),
    (
        "Delta jet flips on landing in Toronto, all 80 on board survive",
        "A Delta regional jet flipped onto its roof while landing in gusty winds at Toronto Pearson airport on Monday, and all 80 people on board survived, with 21 taken to hospital, the airport said. The Transportation Safety Board of Canada opened an investigation. Two runways were closed for most of the day, and dozens of flights were cancelled.",
        "accident",
    ),
    (
        "Gas explosion brings down apartment block in Marseille",
        "An explosion believed to have been caused by a gas leak brought down a four-storey apartment building in central Marseille overnight, the prosecutor said, and firefighters pulled two bodies from the rubble. Eight people were still missing, and nearby buildings were evacuated as a precaution.",
        "accident",
    ),
    (
        "Texas measles outbreak tops 500 cases",
        "The measles outbreak in West Texas has grown to more than 500 cases, state health officials said on Tuesday, the largest in the state in three decades. Most of the cases are among unvaccinated children, and a second child died last week. Health officials in neighbouring New Mexico and Oklahoma have also reported cases.",
        "health",
    ),
    (
        "Bird flu detected in dairy herds in two more US states",
        "H5N1 bird flu has been confirmed in dairy cattle in two more US states, the Agriculture Department said, bringing the total to 17. Federal officials said the risk to the public remained low but urged farm workers to wear protective equipment.",
        "health",
    ),
    (
        "NHS hospitals under siege as flu cases surge",
        "Hospitals in England are under siege from a winter flu surge, with an average of 5,400 patients a day in beds with flu last week, more than four times the number a year ago, NHS England said. Its medical director urged eligible people to get vaccinated.",
        "health",
    ),
    (
        "Congo declares Ebola outbreak in Kasai province",
        "Congo's health ministry declared an Ebola outbreak in Kasai province on Thursday after 28 suspected cases and 15 deaths, including four health workers, the World Health Organization said. Vaccines and a treatment centre were being flown to the remote area. It is the country's 16th outbreak since the virus was identified in 1976.",
        "health",
    ),
    (
        "Chikungunya cases in mainland France hit record",
        "France has recorded more than 700 locally acquired cases of chikungunya this summer, a record, as the tiger mosquito spreads north, the public health agency said. Health authorities in several southern departments launched mosquito control campaigns. Most of the cases were in Provence and the Occitanie region.",
        "health",
    ),
    (
        "WHO declares end of mpox global emergency",
        "The World Health Organization said on Thursday that mpox no longer represents a public health emergency of international concern, after cases fell in Congo, Burundi and Sierra Leone. Its director-general said the virus remained a threat and urged countries to keep up vaccination.",
        "health",
    ),
]
