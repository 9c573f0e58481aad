"""dev77 negatives: storms, floods, quakes, dust and fires; accidents and blasts; epidemics."""

NEGATIVES = [
    (
        "Thousands dead in Derna after storm bursts two dams",
        "Thousands of people were killed and whole neighbourhoods of Derna were swept into the sea when two dams above the eastern Libyan city burst during Storm Daniel, officials said. Rescue teams from the army and neighbouring countries searched the rubble, and more than 30,000 residents were displaced. The east's administration declared three days of mourning.",
        "disaster",
    ),
    (
        "Army deploys in Al Haouz villages after deadly earthquake",
        "Morocco's army deployed helicopters and field hospitals to mountain villages in Al Haouz province after a magnitude 6.8 earthquake killed nearly 3,000 people, the interior ministry said. Many villages were cut off by landslides, and survivors slept in the open. The king ordered the rebuilding of the destroyed homes.",
        "disaster",
    ),
    (
        "Dust storm sends thousands to hospital with breathing problems across Iraq",
        "More than 5,000 people were treated in hospitals for breathing problems as a thick dust storm swept across Iraq on Monday, the health ministry said, and one person died. Flights were suspended at Baghdad and Najaf airports, and public offices were closed. It was the eighth dust storm in two months. Meteorologists blame drought and desertification for the rise in storms.",
        "disaster",
    ),
    (
        "Flash flood kills 19 in Shiraz",
        "A flash flood swept through a street at the entrance to Shiraz on Monday, killing 19 people and sweeping away cars, Iranian officials said. Heavy rains have caused floods in more than 20 provinces over the past two weeks. The Revolutionary Guards sent boats and helicopters to help with rescue work.",
        "disaster",
    ),
    (
        "Earthquake near Khoy injures hundreds in freezing weather",
        "A magnitude 5.9 earthquake struck near the city of Khoy in northwest Iran on Saturday, killing three people and injuring more than 800, state media said. Thousands of residents spent the night in tents in snow and freezing temperatures. The Red Crescent sent relief teams. Schools in the city were closed for a week.",
        "disaster",
    ),
    (
        "Cyclone Shaheen kills 11 in Oman as floods hit Batinah coast",
        "Cyclone Shaheen killed at least 11 people in Oman as it brought heavy rain and floods to the Batinah coast, the national emergency committee said. Thousands of people were moved to shelters, and the army helped to clear roads. Schools were closed for two days.",
        "disaster",
    ),
    (
        "Record rain floods Dubai streets and airport",
        "The heaviest rain in the UAE since records began flooded roads and homes in Dubai on Tuesday, and Dubai International Airport diverted or cancelled hundreds of flights. Residents abandoned cars on flooded highways. Schools moved to distance learning for the rest of the week. The UAE's president ordered a review of the country's drainage after the storm.",
        "disaster",
    ),
    (
        "Soldiers among dead as wildfires sweep Kabylie",
        "Wildfires killed at least 65 people in Algeria's Kabylie region, including 28 soldiers who had been sent to help fight the blazes, the authorities said. Villagers fought the flames with buckets and branches, and the government asked the EU for firefighting aircraft. Thousands of hectares of forest and olive groves burned. The president declared three days of national mourning.",
        "disaster",
    ),
    (
        "Erbil flash floods kill 12 after overnight storm",
        "Flash floods swept through eastern neighbourhoods of Erbil after an overnight storm, killing 12 people, including children, the Kurdistan Region's interior ministry said. Civil defence teams pulled people from cars trapped in the water. Residents blamed houses built on natural waterways.",
        "disaster",
    ),
    (
        "Floods hit Tata and desert towns after decades of drought",
        "Torrential rain flooded towns and villages in southern Morocco's Tata province, killing 18 people and filling lakes in the desert that had been dry for decades, the interior ministry said. Roads and bridges were cut, and the army deployed to evacuate residents. The rains came after six years of drought.",
        "disaster",
    ),
    (
        "Fire at Baghdad COVID hospital kills 82 patients and relatives",
        "A fire ignited by an exploding oxygen cylinder tore through the intensive care unit of Baghdad's Ibn al-Khatib hospital on Saturday night, killing 82 people, most of them COVID-19 patients and relatives caring for them. The health minister was suspended pending an investigation. Civil defence officials said the hospital had no fire protection system.",
        "accident",
    ),
    (
        "Wedding hall fire in Hamdaniya kills more than 100",
        "More than 100 people were killed when fireworks set fire to the ceiling of a wedding hall in Hamdaniya, a Christian town near Mosul, during the celebrations on Tuesday night, health officials said. The hall was covered with highly flammable panels, civil defence said. The bride and groom survived.",
        "accident",
    ),
    (
        "Huge explosion at Beirut port kills scores and wrecks city districts",
        "A huge explosion at Beirut's port on Tuesday killed more than 100 people and injured thousands, destroying buildings across the city, Lebanese officials said. They said it was caused by 2,750 tonnes of ammonium nitrate stored for years in a warehouse. Hospitals were overwhelmed and the army helped with rescue work. Rescue teams from France and other countries flew in to search the rubble.",
        "accident",
    ),
    (
        "Trains collide in Sohag, killing at least 18",
        "Two passenger trains collided near Tahta in Sohag province on Friday, killing at least 18 people and injuring 200, Egypt's health ministry said. Carriages overturned in the fields. The railway authority said someone had activated the emergency brakes of the first train. The transport minister said the railway network needed billions of pounds of investment.",
        "accident",
    ),
    (
        "Blast at Bandar Abbas port kills dozens",
        "A huge explosion at Shahid Rajaee port near Bandar Abbas on Saturday killed at least 57 people and injured more than 1,000, Iranian officials said. The blast was caused by chemicals stored in containers, they said, and smoke covered the port for two days. Authorities said it was an accident and arrested the port's customs officials.",
        "accident",
    ),
    (
        "Building collapse in Abadan kills dozens",
        "A ten-storey commercial building under construction collapsed in Abadan on Monday, killing at least 40 people, Iranian officials said. Rescuers worked for days to reach people trapped in the rubble. The owner of the building and several city officials were arrested for negligence.",
        "accident",
    ),
    (
        "Boy killed by celebratory gunfire at wedding in Nasiriyah",
        "A ten-year-old boy was killed by a stray bullet when guests at a wedding in Nasiriyah fired their rifles into the air, police said on Saturday. Officers arrested two men who were seen firing. Iraq's interior ministry says celebratory gunfire is a crime but it is common at weddings and funerals. A bride was killed the same way at her own wedding in Basra last year.",
        "accident",
    ),
    (
        "Hunter shot by companion while hunting in Anbar desert",
        "A man was killed when a rifle carried by a friend went off while they were hunting birds in the desert west of Ramadi, police said. The friend took him to hospital in Ramadi, where he was pronounced dead. Police said the shooting was an accident.",
        "accident",
    ),
    (
        "Migrant boat sinks off Sfax, 29 bodies recovered",
        "The Tunisian coast guard recovered 29 bodies after a boat carrying migrants from sub-Saharan Africa sank off Sfax, a court spokesman said on Wednesday. Eleven people were rescued. The boat had set off at night towards Lampedusa in rough seas. Tunisia has overtaken Libya as the main departure point for migrants heading to Italy.",
        "accident",
    ),
    (
        "Methane explosion at Tabas coal mine kills 51",
        "A methane gas explosion at a coal mine in Tabas in eastern Iran killed 51 miners and injured 20, state media said. Rescue teams worked for hours to reach the workers trapped underground.",
        "accident",
    ),
    (
        "Fire in Mangaf building kills 50 foreign workers",
        "A fire in a building housing foreign workers in Kuwait's Mangaf area killed 50 people, most of them from India, officials said. The fire started in a guard's room on the ground floor, and many died from smoke inhalation. Kuwait's first deputy prime minister ordered the arrest of the building's owner.",
        "accident",
    ),
    (
        "Cholera cases rise in Sulaymaniyah amid water shortage",
        "Health officials in Sulaymaniyah recorded more than 1,000 suspected cholera cases and two deaths, blaming polluted water supplies during a drought. Schools were disinfected and restaurants inspected. The WHO sent supplies to test water in the province. Cases were also reported in Kirkuk and Erbil.",
        "health",
    ),
    (
        "Morocco launches catch-up vaccination as measles spreads",
        "Morocco began a catch-up vaccination campaign after a measles outbreak killed more than 100 people, most of them children, the health ministry said. Teams visited schools and villages in Souss-Massa, where cases were highest. Health workers said vaccine coverage had fallen during the pandemic.",
        "health",
    ),
    (
        "Iraq reports rise in Crimean-Congo haemorrhagic fever cases",
        "Iraq recorded more than 200 cases of Crimean-Congo haemorrhagic fever this year, with 27 deaths, the health ministry said. The disease is spread by ticks on livestock and by infected blood. Teams sprayed animals in Dhi Qar and Maysan, the worst-hit provinces.",
        "health",
    ),
]
