"""dev20 texts: negatives: crime; negatives: disasters; negatives: accidents.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: crime
    (
        "Moosewala murder: chargesheet names gangsters in Canada",
        "Punjab Police have filed a chargesheet in the murder of singer Sidhu Moosewala, naming 24 accused, including a gangster based in Canada who claimed the killing on social media. The singer was shot dead in his car in Mansa district by shooters of a rival gang. Investigators say the killing was part of a feud between criminal gangs and was planned for months. His parents said they would continue to fight for justice.",
        "crime",
    ),
    (
        "Karachi street crime: man shot dead for resisting mobile snatchers",
        "A young man was shot dead by two motorcycle-riding robbers in Gulistan-e-Jauhar on Wednesday night when he resisted their attempt to snatch his mobile phone, police said. He was a software engineer who had got married three months ago. Citizens protested outside the police station, saying street crime in the city had gone out of control. Police said they had obtained CCTV footage of the suspects.",
        "crime",
    ),
    (
        "Soweto tavern shooting: 16 killed, police hunt gunmen",
        "Gunmen in a minibus opened fire on patrons of a tavern in Orlando East, Soweto, just after midnight on Sunday, killing 16 people and wounding several others, police said. The motive is not known, but police are investigating links to illegal mining gangs.",
        "crime",
    ),
    (
        "Shakahola: cult leader's trial opens as more graves are found",
        "The trial of preacher Paul Mackenzie and 94 co-accused over the deaths of more than 400 of his followers in Shakahola forest opened in Mombasa on Monday. Prosecutors say he told followers to starve themselves to death to meet Jesus. Forensic teams have continued to exhume bodies from shallow graves. Relatives of the dead filled the courtroom.",
        "crime",
    ),
    (
        "EFCC arrests 792 suspects in Lagos cyber-fraud raid",
        "Operatives of the Economic and Financial Crimes Commission arrested 792 suspects, including 148 Chinese nationals, in a raid on a seven-storey building in Victoria Island, Lagos, that the commission says was used for romance and investment scams. Computers and phones were recovered. The suspects were recruited to pose as foreigners on dating sites, the agency said. The commission said it would charge the suspects in court once investigations were concluded.",
        "crime",
    ),
    (
        "Fuel theft: Mexican navy seizes tanker ships in Tamaulipas",
        "Mexican authorities seized a tanker ship and more than ten million litres of illegally imported diesel in the port of Tampico, the largest seizure of its kind, the government said. Officials said the fuel was brought in as lubricant to avoid taxes, a scheme known as 'huachicol fiscal'.",
        "crime",
    ),
    (
        "Pampanga raid: POGO hub workers found held in compound",
        "Philippine authorities raided a compound in Porac, Pampanga, that housed an offshore gaming operation and rescued more than 150 workers, including foreigners, who said they were forced to run online scams. Police found rooms where workers were punished. The Senate has opened hearings on the hub's links with local officials. The mayor of a nearby town has since been dismissed from office.",
        "crime",
    ),
    (
        "Novo cangaço: gang with explosives robs banks in Minas Gerais town",
        "A gang of around 20 men armed with rifles and explosives took over the streets of a small town in Minas Gerais on Tuesday night, blew up two bank branches and fled with cash, police said. The robbers used residents as human shields during the raid and fired at the police station. Police later killed several suspects in a shootout in the countryside.",
        "crime",
    ),
    (
        "Santos: divers find cocaine strapped to ship's hull",
        "Brazilian federal police divers found more than 200 kilograms of cocaine attached to the hull of a cargo ship in the port of Santos bound for Europe, the police said. Traffickers increasingly use divers to attach drugs to ships below the waterline. Two men were arrested in a boat nearby.",
        "crime",
    ),
    (
        "Zagreb school stabbing: girl, 7, killed by former pupil",
        "A 19-year-old former pupil walked into a primary school in Zagreb's Prečko neighbourhood on Friday morning and stabbed a seven-year-old girl to death and wounded a teacher and three other pupils, police said. He then stabbed himself and was taken to hospital. Police said he had a history of mental illness. Croatia declared a day of mourning.",
        "crime",
    ),
    (
        "Cetinje mourns after gunman kills 12 in bar and homes",
        "A man killed 12 people, including two children, in a bar and in three houses in Cetinje on Wednesday night after a fight in the bar, Montenegrin police said. He later shot himself when police surrounded him. The government declared three days of mourning and said it would tighten control of weapons, many of which remain in homes since the 1990s.",
        "crime",
    ),
    (
        "Teknaf kidnappings: police rescue farmers held for ransom in hills",
        "Police and the Rapid Action Battalion rescued four farmers who had been kidnapped by a criminal gang in the hills of Teknaf and held for ransom for a week, officials said. The kidnappers had demanded 500,000 taka for each of them. Two suspects were arrested. Residents say kidnapping for ransom has become common in the area.",
        "crime",
    ),
    (
        "RG Kar verdict: civic volunteer gets life for doctor's rape and murder",
        "A Kolkata court sentenced a civic police volunteer to life imprisonment on Monday for the rape and murder of a trainee doctor at RG Kar Medical College and Hospital last year. The judge said the crime did not fall into the 'rarest of rare' category for the death penalty. The victim's parents said they were not satisfied and would appeal. The case led to weeks of protests by junior doctors across West Bengal last year.",
        "crime",
    ),
    (
        "Medellín: hitman kills businessman outside gym",
        "A hitman on a motorcycle shot dead a businessman as he left a gym in Medellín's El Poblado neighbourhood on Thursday morning, police said. Security cameras recorded the killing, which police attributed to a debt linked to money laundering. A suspect was arrested hours later. It was the third such killing in the area this year.",
        "crime",
    ),
    # ---------------------------------------------------------------- negatives: disasters
    (
        "Sindh after the floods: the water has gone, the debt has not",
        "Three months after the floods that submerged a third of Pakistan, families in Dadu district have returned to houses that are cracked or gone and fields still covered in silt. More than 1,700 people died across the country and millions were displaced. Farmers say they borrowed money for seeds that they now cannot plant. Army engineers have repaired some of the roads. Donors pledged billions at a conference in Geneva, but villagers say little has reached them. Schools in the district still hold classes in tents.",
        "disaster",
    ),
    (
        "Cyclone Remal: 800,000 moved to shelters on Bangladesh coast",
        "Bangladesh evacuated about 800,000 people to cyclone shelters on Sunday as Cyclone Remal approached the coast, the disaster management ministry said. The storm made landfall near Mongla at night with winds of up to 110 kilometres per hour, flooding coastal villages and felling trees. At least ten people were killed in Bangladesh and India. Schools used as shelters will remain closed until Wednesday.",
        "disaster",
    ),
    (
        "Wayanad landslides: army builds bridge as search continues",
        "Army engineers completed a 190-foot Bailey bridge to Mundakkai on Thursday, allowing rescuers and heavy machinery to reach the villages buried by landslides in Wayanad. More than 300 people have died and many are still missing. Survivors are staying in relief camps in Meppadi. Kerala's chief minister called it one of the worst disasters in the state's history.",
        "disaster",
    ),
    (
        "Kathmandu valley floods: dozens dead as rivers burst banks",
        "Floods and landslides triggered by record rainfall killed more than 200 people across Nepal over the weekend, including dozens in the Kathmandu valley, where the Bagmati and Nakkhu rivers overflowed. Soldiers and police rescued people from rooftops using helicopters and boats. Highways out of the capital were blocked by landslides.",
        "disaster",
    ),
    (
        "Al Haouz earthquake: villages in the High Atlas wait for help",
        "In the villages of the High Atlas near the epicentre of Friday's earthquake, survivors spent a third night outside, waiting for aid to arrive on roads blocked by rocks. The death toll passed 2,800, Morocco's interior ministry said. Soldiers have set up field hospitals, and volunteers drove in from Marrakech with food and blankets.",
        "disaster",
    ),
    (
        "Cyclone Freddy: Blantyre digs out after mudslides",
        "Residents of Blantyre's townships dug through mud with their hands on Tuesday looking for relatives after Cyclone Freddy's rains caused mudslides, Malawi's government said. More than 400 people have died, and over 180,000 have been displaced into camps in schools and churches. The President declared a state of disaster in the southern region.",
        "disaster",
    ),
    (
        "Mai Mahiu: dozens killed as floodwater sweeps away homes",
        "At least 45 people were killed when a blocked railway culvert gave way and a wall of water swept through Mai Mahiu in Nakuru County early on Monday, Kenyan officials said. Rescuers dug through mud for bodies. The floods across Kenya have displaced more than 180,000 people this season, and the government has ordered people living along rivers to move.",
        "disaster",
    ),
    (
        "Rio Grande do Sul: Porto Alegre underwater as floods displace hundreds of thousands",
        "The worst floods in the history of Rio Grande do Sul have killed more than 140 people and forced more than 600,000 from their homes, Brazil's civil defence said. In Porto Alegre, the Guaíba river has flooded the historic centre and the airport. Soldiers, firefighters and volunteers with jet skis are rescuing people from rooftops.",
        "disaster",
    ),
    (
        "Viña del Mar wildfires: 'The fire came down the hill in minutes'",
        "Residents of Villa Independencia in Viña del Mar say the fire came down the hill so fast that they had only time to grab their children. At least 130 people died in the fires in the Valparaíso region, Chile's deadliest in decades, and thousands of houses were destroyed. The army has been deployed to help and enforce a curfew in affected areas.",
        "disaster",
    ),
    (
        "Typhoon Kristine: Bicol evacuees crowd schools as waters rise",
        "More than 300,000 people are staying in evacuation centres in the Bicol region after floods caused by Tropical Storm Kristine, the Philippines' disaster agency said. In Naga City, residents waded through chest-deep water to reach schools turned into shelters. The coast guard and military used rubber boats to reach stranded families.",
        "disaster",
    ),
    (
        "Lewotobi eruption: thousands evacuated on Flores",
        "Indonesian authorities evacuated thousands of residents from villages around Mount Lewotobi Laki-laki on the island of Flores after a series of eruptions that killed nine people. Houses were hit by burning rocks and a convent was set on fire. Evacuees are sheltering in tents and schools in the regency's capital.",
        "disaster",
    ),
    (
        "Typhoon Yagi: Phu Tho bridge collapses as floods swamp northern Vietnam",
        "A steel bridge over the Red River in Phu Tho province collapsed on Monday, sending ten cars and two motorbikes into the water, as Typhoon Yagi's floods swept northern Vietnam. More than 150 people have died in the storm and landslides, including a village in Lao Cai buried by mud. Soldiers are helping evacuate residents from low-lying areas of Hanoi. It was the strongest storm to hit the north in decades.",
        "disaster",
    ),
    (
        "Jablanica: floods and landslide bury houses in central Bosnia",
        "At least 18 people were killed when floods and a landslide hit the village of Donja Jablanica in central Bosnia overnight, the authorities said. The armed forces of Bosnia and Herzegovina, along with rescue teams from Croatia and Serbia, are searching for the missing.",
        "disaster",
    ),
    (
        "Fire razes hundreds of shelters in Maiduguri displacement camp",
        "A fire swept through the Muna Garage camp for internally displaced persons in Maiduguri on Tuesday afternoon, destroying around 300 shelters, the Borno State Emergency Management Agency said. No deaths were recorded, but families lost their food and belongings. The agency said the fire started from a cooking fire and spread quickly because of the dry harmattan wind.",
        "disaster",
    ),
    (
        "Gofa landslide: mourning in Kencho Shacha Gozdi",
        "The death toll from the landslides in the Gofa zone of southern Ethiopia rose to 257 on Thursday, the UN said, as families buried their dead. Many of the victims were villagers who rushed to help after a first landslide and were buried by a second. The government said about 15,000 people needed to be moved from the area.",
        "disaster",
    ),
    (
        "Herat earthquakes: Zindajan's villages flattened",
        "Several strong earthquakes flattened villages in Zindajan district of Herat province, killing more than 1,400 people, the UN said, most of them women and children who were at home. Survivors are living in tents as winter approaches. Aid agencies said the Taliban administration had allowed them to work in the area but funding was short.",
        "disaster",
    ),
    # ---------------------------------------------------------------- negatives: accidents
    (
        "Balasore: how three trains collided in less than a minute",
        "Investigators say a signalling error sent the Coromandel Express onto a loop line where a goods train was parked, and the derailed coaches then hit the Yesvantpur-Howrah Express coming the other way. Nearly 300 people were killed in one of the worst rail accidents in India's history. Railway officials have been charged, and the safety commissioner's report points to faulty wiring work. For days, families searched the makeshift morgues in Bhubaneswar for relatives, and some bodies were claimed by more than one family. The line was reopened within 51 hours.",
        "accident",
    ),
    (
        "Pokhara plane crash: 72 dead as Yeti Airlines flight goes down near airport",
        "A Yeti Airlines plane with 72 people on board crashed into the gorge of the Seti river while approaching Pokhara's new international airport on Sunday morning, Nepalese officials said. No survivors were found. Among the passengers were a group of young Indians and a Korean family. Nepal has one of the worst air safety records in the world.",
        "accident",
    ),
    (
        "Jigawa tanker blast: villagers scooping fuel among over 150 dead",
        "More than 150 people were killed when a petrol tanker that had overturned in Majiya, Jigawa State, exploded as residents were scooping the spilled fuel, police said. Many of the victims were young men who had rushed to the scene with jerrycans. The state's governor declared three days of mourning. Experts say fuel price rises have made such scenes more common.",
        "accident",
    ),
    (
        "Tirupati: six devotees killed in stampede for darshan tokens",
        "Six devotees were killed and around 40 injured in a stampede at a ticket counter in Tirupati on Wednesday night, as thousands queued for tokens for Vaikunta Ekadasi darshan at the Tirumala temple. Witnesses said the crowd surged when a gate was opened to let out a woman who had fallen ill. The chief minister ordered an inquiry and announced compensation of 25 lakh rupees for each family.",
        "accident",
    ),
    (
        "Apiate explosion: truck with mining explosives blows up in Ghanaian town",
        "A truck carrying mining explosives to a gold mine collided with a motorcycle and exploded in Apiate, in Ghana's Western region, flattening much of the town and killing at least 13 people, the government said. The blast left a large crater on the road. The mining company said it was cooperating with the investigation.",
        "accident",
    ),
    (
        "Kwara boat tragedy: wedding guests drown in Niger river",
        "More than 100 people, many of them returning from a wedding, drowned when their boat capsized on the Niger river near Pategi in Kwara State early on Monday, police said. The boat hit a submerged tree trunk. Most of the passengers were women and children who could not swim, and local divers recovered bodies throughout the day. The state governor ordered that life jackets be made compulsory.",
        "accident",
    ),
    (
        "Sitakunda depot fire: chemical explosion kills firefighters",
        "A fire at a private container depot in Sitakunda, Chattogram, was followed by a massive explosion of hydrogen peroxide containers, killing at least 41 people, including nine firefighters, officials said. Hundreds were injured, and the blast broke windows several kilometres away. The depot had not informed the fire service about the chemicals it stored.",
        "accident",
    ),
    (
        "Ciudad Juárez: migrants die in fire at detention centre",
        "Thirty-nine migrants died in a fire at an immigration detention centre in Ciudad Juárez on Monday night, Mexican officials said. Surveillance video showed guards walking away as smoke filled the cell where the men were locked. The fire was started by detainees protesting their deportation, officials said, and several officials have been charged.",
        "accident",
    ),
    (
        "Sutatausa: methane explosion in coal mines kills 21",
        "Twenty-one miners were killed in a series of methane explosions at coal mines in Sutatausa, in Colombia's Cundinamarca department, the mining agency said. Rescue teams worked through the night to reach workers trapped underground. Mine safety has long been a concern in the area, where many small mines operate with few inspections.",
        "accident",
    ),
    (
        "Gilgit-Baltistan: bus plunges into Indus, 20 dead",
        "A passenger bus on its way from Rawalpindi to Gilgit fell into a ravine on the Karakoram Highway near Chilas on Friday, killing 20 people and injuring 21, officials said. The driver is believed to have lost control on a sharp turn.",
        "accident",
    ),
    (
        "Novi Sad canopy collapse: 15 dead at newly renovated station",
        "The concrete canopy at the entrance of Novi Sad's railway station collapsed on Friday, killing 15 people who were waiting or walking under it, Serbian officials said. The station had recently been renovated as part of a Chinese-led railway project. Prosecutors have opened an investigation, and the construction minister has resigned.",
        "accident",
    ),
    (
        "Surmalu market blast: fireworks warehouse explosion kills 16 in Yerevan",
        "An explosion at a fireworks warehouse in the Surmalu shopping centre in Yerevan killed at least 16 people and injured dozens on Sunday, Armenia's emergency services said. Part of the building collapsed and rescuers searched the rubble for days.",
        "accident",
    ),
    (
        "Kočani: nightclub fire kills 59 young people",
        "A fire at a nightclub in the North Macedonian town of Kočani killed 59 people and injured more than 150 during a concert early on Sunday, the government said. Pyrotechnics used during the show set the ceiling alight. The club had no valid licence, and several officials were arrested. Most of the victims were in their teens and twenties.",
        "accident",
    ),
]
