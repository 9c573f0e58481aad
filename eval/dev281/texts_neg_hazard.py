"""dev281 negatives: disasters and accidents as the emergency services desk reports them (floods,
wildfires, quakes, landslides, factory and port explosions, gas blasts, collapses, crashes).

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "'It looked like a war zone': firefighters and soldiers comb Paiporta after flood",
        "Firefighters, soldiers of the Military Emergencies Unit and volunteers with shovels "
        "went street by street through Paiporta on Friday, three days after a torrent of water "
        "and mud swept through the town south of Valencia. The regional government said 211 "
        "people had died across the province, and the UME said it had deployed more than 1,700 "
        "troops with drones, boats and heavy machinery. Crews were checking underground car "
        "parks one by one, pumping out water to see whether anyone had been trapped in their "
        'cars. "It looked like a war zone when we arrived, cars piled on top of each other," a '
        "firefighter from Alicante said. Thousands of volunteers walked across the bridge from "
        "Valencia city carrying brooms and bottled water. Residents have criticised the "
        "regional emergency service for sending its phone alert after 8pm on Tuesday, when "
        "water was already entering homes. The regional president defended the response and "
        "said the storm had been of unprecedented force. The Spanish weather agency kept a red "
        "warning for Castellon.",
        "disaster",
    ),
    (
        "Maui emergency chief resigns after sirens stayed silent as Lahaina burned",
        "The head of Maui's Emergency Management Agency resigned on Thursday, a day after he "
        "defended the decision not to sound the island's outdoor warning sirens as a wildfire "
        "destroyed Lahaina. Herman Andaya, who had no prior emergency management experience, "
        "cited health reasons. He told reporters on Wednesday that the sirens were mainly "
        "designed for tsunamis and that sounding them might have sent people uphill, towards "
        "the fire. The death toll stood at 111, with hundreds still missing, and FEMA search "
        "teams with cadaver dogs had covered just over a third of the burn zone. Hawaii has one "
        "of the largest networks of outdoor sirens in the world, about 400 across the islands, "
        "which are tested monthly. Residents said the first warning many received was the smoke. "
        "Governor Josh Green said an independent review would examine every decision taken that "
        "day. Survivors were still staying in hotels and with relatives in Kaanapali and "
        "Kahului.",
        "disaster",
    ),
    (
        "AFAD teams pull teenager alive from rubble 248 hours after quake",
        "Search and rescue teams pulled a 17-year-old girl alive from the rubble of a building "
        "in Kahramanmaras on Thursday, 248 hours after the earthquakes that struck southern "
        "Turkey and northern Syria, the disaster agency AFAD said. Rescuers applauded as she "
        "was carried out on a stretcher and into an ambulance. The combined death toll in the "
        "two countries passed 41,000, and AFAD said more than 141,000 search and rescue workers "
        "were in the field, including teams from more than 80 countries. Mining rescuers from "
        "Soma and Zonguldak, used to working in confined spaces, were among those at the site. "
        '"It is a battle against time, but we are not stopping," a team leader said. In Hatay, '
        "crews from Mexico and Spain used thermal cameras and sniffer dogs at a collapsed "
        "apartment complex. The government said more than 1.2 million people were staying in "
        "student dormitories, tents and hotels, and that rubble clearance would take months. "
        "Prosecutors have detained dozens of building contractors.",
        "disaster",
    ),
    (
        "Rescue teams reach Derna as death toll from dam collapse climbs",
        "Rescue teams from Egypt, Turkey and the United Arab Emirates reached Derna on "
        "Wednesday, three days after two dams above the eastern Libyan city burst during Storm "
        "Daniel and sent a wall of water through its centre. The Red Crescent said more than "
        "11,000 people had died and about 10,000 were missing, though officials gave varying "
        "figures. Libya is split between rival administrations in Tripoli and Benghazi, and aid "
        "agencies said the division had slowed the response. Both governments sent convoys "
        "and the eastern-based army set up a field hospital near the port. Divers searched the "
        "sea for bodies washed out of the city, and volunteers buried many of the dead in mass "
        "graves on its outskirts. The UN said more than 30,000 people were displaced in Derna "
        "alone. Engineers had warned for years that the dams, built in the 1970s, needed urgent "
        'maintenance. "Entire neighbourhoods have gone into the sea," an ambulance driver from '
        "Benghazi said.",
        "disaster",
    ),
    (
        "Canadair crews fight Evros wildfire for 12th day as 18 bodies found in forest",
        "Water bombers and nearly 500 firefighters, among them crews sent by Cyprus, Romania "
        "and Croatia, fought on Thursday to contain the wildfire in the Evros region, which has "
        "now burned for 12 days and is the largest recorded in the European Union, the Greek "
        "fire service said. Firefighters found the charred bodies of 18 people in the Dadia "
        "forest on Tuesday, believed to be migrants who had crossed the border from Turkey. "
        "Patients at Alexandroupolis university hospital were moved on to a ferry as the fire "
        'approached the city. The army sent bulldozers to cut firebreaks. "We are fighting on '
        'several fronts at once," a fire service spokesman said. Evacuation messages were sent '
        "to more than a dozen villages through the 112 system. Police have arrested several "
        "people suspected of starting smaller fires in the area. Greece's civil protection "
        "minister said strong winds and record temperatures had made the season the hardest in "
        "years.",
        "disaster",
    ),
    (
        "Rescue 1122 boats pull stranded families from rooftops in Dadu",
        "Rescue 1122 teams in boats took families off the rooftops of villages around Dadu on "
        "Saturday as floodwater from the Indus and overflowing Manchar Lake spread across "
        "northern Sindh, provincial officials said. The National Disaster Management Authority "
        "said 1,325 people had died across Pakistan since mid-June and more than 33 million had "
        "been affected. Army helicopters dropped food packets to villages cut off from the "
        "road, and the navy sent boats from Karachi. In Dadu, police and volunteers built earthen "
        'bunds around the city with sandbags and tractors through the night. "Every village '
        'around us is under water," a rescuer said. Tens of thousands of people were sleeping '
        "on the raised embankments of roads and canals with their cattle. Officials said relief "
        "camps set up in schools were full. The prime minister has appealed for international "
        "help and blamed climate change for the unprecedented monsoon rains.",
        "disaster",
    ),
    (
        "Army engineers build Bailey bridge as Wayanad landslide search enters fourth day",
        "Army engineers finished a 190-foot Bailey bridge over the swollen Iruvazhinji river on "
        "Thursday, allowing excavators and ambulances to reach Mundakkai, the village worst hit "
        "by the landslides in Kerala's Wayanad district, officials said. Teams of the National "
        "Disaster Response Force, the fire service and volunteers were digging through mud and "
        "boulders for people still missing. The state government said 210 bodies had been "
        "recovered and more than 200 people were unaccounted for. Some 9,000 people were in "
        "about 90 relief camps. Heavy rain had set off several landslides before dawn on Tuesday, "
        "burying houses, a school and a tea estate's workers' quarters. The army's Madras "
        "Engineer Group had brought the bridge parts by road from Bengaluru. Dog squads from "
        "the Kerala police were brought in to search flattened homes. The chief minister said "
        "it was one of the worst disasters in the state's history.",
        "disaster",
    ),
    (
        "RFS volunteers on the frontline as reservists called out for bushfires",
        "Rural Fire Service volunteers in New South Wales faced another day on the frontline on "
        "Saturday as temperatures passed 45C in western Sydney and fires burned along the south "
        "coast, where thousands of holidaymakers had been told to leave. For the first time the "
        "federal government called out up to 3,000 army reservists to help, and the navy sent "
        "HMAS Choules to evacuate people trapped on the beach at Mallacoota in Victoria. The "
        "RFS commissioner, Shane Fitzsimmons, warned that conditions would be as bad as any "
        "seen this season. Three volunteer firefighters have died since December, two of them "
        "when a tree fell on their truck. Many volunteers have been away from work for weeks, and "
        'the government agreed to pay some of them. "This is not a fire you can fight, you can '
        'only get out of its way," one brigade captain said. Defence force aircraft were flying '
        "water and fuel into cut-off towns.",
        "disaster",
    ),
    (
        "Hong Kong firefighters battle Tai Po estate blaze through the night",
        "More than 700 firefighters battled through the night on Wednesday to bring under "
        "control a blaze that spread across seven towers of the Wang Fuk Court housing estate "
        "in Tai Po, the Fire Services Department said. Flames ran up the bamboo scaffolding and "
        "protective netting wrapped around the 31-storey blocks, which were being renovated. "
        "The department raised the fire to a number five alarm, its highest, and said at least "
        "44 people had died, including a firefighter, with hundreds of residents unaccounted "
        "for. Crews used aerial ladders and snorkels, but heat and falling debris kept them "
        "from reaching upper floors for hours. The government opened community halls as "
        "temporary shelters. Police arrested three men from a construction company on suspicion "
        "of manslaughter, saying foam boards used to seal windows were highly flammable. It was "
        "the city's deadliest fire in decades.",
        "accident",
    ),
    (
        "Gas blast tears through Lviv apartment block, no air-raid alert at the time",
        "A gas explosion destroyed two floors of a five-storey apartment block in Lviv's "
        "Sykhiv district on Wednesday morning, killing three residents and injuring 11, the "
        "State Emergency Service said. Mayor Andriy Sadovyi said there had been no air-raid "
        "alert in the city at the time and that the cause was a gas leak in one of the flats. "
        "Rescuers worked for nine hours, bringing out a woman and her son alive from under a "
        "collapsed staircase. Investigators opened a criminal case for breach of gas safety "
        "rules. The city gas company said the building's pipes had last been inspected in 2023. "
        "Residents of 40 flats were moved to a school nearby while engineers assessed the "
        'structure. "We thought at first it was a drone," a neighbour said. Lviv has been hit '
        "by Russian missiles and drones several times since 2022, and the emergency service "
        "said many people had assumed the blast was an attack. The city announced a day of "
        "mourning.",
        "accident",
    ),
    (
        "Tianjin: 85 firefighters among dead or missing after warehouse explosions",
        "Officials in Tianjin said on Monday that 85 firefighters were dead or missing after "
        "two huge explosions at a warehouse storing hazardous chemicals in the city's port, the "
        "worst loss of life for Chinese firefighters in decades. The total death toll rose to "
        "112, with 95 people still missing. Many of the firefighters were from the port's own "
        "brigade, staffed by young contract workers, and had been sent to a fire at the site "
        "before the blasts. Families of missing firefighters confronted officials outside a "
        "news conference. The warehouse held about 700 tonnes of sodium cyanide, and military "
        "chemical experts were sent to the site. Residents of nearby apartment blocks, some of "
        "them less than a kilometre from the warehouse, said they had not been told what was "
        "stored there. President Xi Jinping ordered an investigation. Shockwaves blew out "
        "windows across the district, and thousands of new cars parked at the port burned.",
        "accident",
    ),
    (
        "Rouen residents told to stay indoors as Lubrizol chemical plant burns",
        "More than 200 firefighters fought through the night on Thursday to control a fire at "
        "the Lubrizol chemical plant in Rouen, which sent a black cloud of smoke stretching "
        "more than 20 kilometres across Normandy, the prefecture said. Schools and nurseries in "
        "13 municipalities were closed, and residents were told to keep windows shut and avoid "
        "unnecessary journeys. The fire broke out at about 2.40am in a storage area of the "
        "plant, which makes additives for lubricants and is classed as high-risk under EU "
        "rules. Nobody was injured. Firefighters brought the blaze under control by the "
        "afternoon. Soot fell on fields and gardens in the area and farmers were told to hold "
        "back milk and crops pending tests. The interior minister said there was no sign of "
        "acute toxicity. The prosecutor opened an inquiry into endangering others. Sirens had "
        "been sounded in the morning, but residents complained they had not understood what to "
        "do.",
        "accident",
    ),
    (
        "LASEMA pulls survivors from collapsed Ikoyi tower as owner among missing",
        "The Lagos State Emergency Management Agency said on Tuesday it had pulled nine "
        "people alive from the rubble of a 21-storey building under construction that "
        "collapsed in Ikoyi on Monday afternoon. At least 20 bodies had been recovered, and "
        "dozens of construction workers were believed to be trapped. The developer's chief "
        "executive was among those missing. Rescuers from the federal emergency agency, the "
        "fire service and the army's engineers used heavy cranes to lift slabs, and relatives "
        "waited behind a cordon on Gerrard Road. The state governor ordered an independent "
        "inquiry and suspended the head of the building control agency. Residents said the "
        'tower had been rising quickly, with floors added beyond what was approved. "We heard '
        'a sound like thunder and everything was dust," a labourer who escaped said. Lagos '
        "has had a string of building collapses, often blamed on poor materials and weak "
        "oversight.",
        "accident",
    ),
    (
        "Firefighters cut through carriages after Tempi train collision",
        "Firefighters using hydraulic cutters worked through carriages on Wednesday after a "
        "passenger train carrying about 350 people collided head-on with a freight train near "
        "Tempi in central Greece late on Tuesday. At least 43 people were killed and 57 "
        "injured, the fire service said, making it the country's deadliest rail crash. The "
        "first two carriages caught fire, reaching temperatures of 1,300C, and crews had to "
        "search through burned wreckage. Many of the passengers were students returning from "
        "carnival celebrations. The stationmaster in Larissa was arrested, and the transport "
        "minister resigned. Rail unions said they had warned for years about safety systems "
        'that were never completed. "There were people in there we could not reach in time," '
        "a rescuer told state broadcaster ERT. Thousands of people gathered in Athens and "
        "Thessaloniki in the evening for silent vigils.",
        "accident",
    ),
    (
        "Amasra mine blast: rescuers pull out last bodies as toll reaches 41",
        "Rescuers brought the last bodies out of the state-run coal mine in Amasra on Sunday, "
        "bringing the death toll from Friday's methane explosion to 41, Turkey's energy "
        "minister said. Of the 110 miners underground at the time, 58 managed to get out on "
        "their own or were rescued, and 11 were being treated in hospital. Teams from AFAD, "
        "the fire service and mining rescue units from Zonguldak worked for nearly 20 hours "
        "in shifts, some of them more than 300 metres below the surface. The blast happened "
        "during a shift change. Prosecutors detained several officials of the mining company. "
        "Opposition lawmakers said a report by the Court of Accounts had warned of the risk of "
        "firedamp explosions at the mine in 2019. President Recep Tayyip Erdogan visited the "
        "site and said the investigation would be thorough. Families waited by the mine gate "
        "through both nights.",
        "accident",
    ),
    (
        "Tultepec fireworks market explosion kills 31, firefighters say",
        "Explosions ripped through the San Pablito fireworks market in Tultepec, north of "
        "Mexico City, on Tuesday afternoon, killing at least 31 people and injuring more than "
        "70, civil protection officials in the State of Mexico said. Videos showed a series of "
        "blasts sending smoke and sparks across the sky as shoppers bought fireworks for the "
        "Christmas and New Year holidays. About 300 stalls were destroyed. Firefighters and "
        "soldiers searched the charred ground into the night. The town is known as the capital "
        "of Mexican fireworks, and the market had also exploded in 2005 and 2006. The state "
        "governor said several of the injured had been flown to hospitals in the capital with "
        "severe burns. Civil protection officials said it was too early to say what started "
        "the first explosion. The federal government promised help for the families of stall "
        "owners, most of whom had no insurance.",
        "accident",
    ),
    (
        "Officials rule out sabotage in Shahid Rajaee port explosion",
        "Iranian officials said on Sunday there was no sign of sabotage in the explosion at the "
        "Shahid Rajaee port near Bandar Abbas, blaming the blast on chemicals that had been "
        "stored without proper safety measures. The Red Crescent said 57 people had been killed "
        "and more than 1,200 injured, and that fire crews and helicopters were still fighting "
        "fires among containers on Sunday evening. The blast on Saturday blew out windows "
        "kilometres away. Defence officials denied reports that the port had received a "
        "shipment of rocket fuel chemicals. Residents in Bandar Abbas were told to stay indoors "
        "and wear masks because of toxic fumes, and schools and offices were closed. The "
        "interior minister said negligence had been found, and that several people had been "
        "summoned for questioning. President Masoud Pezeshkian visited the injured in hospital. "
        "The port handles most of Iran's container traffic.",
        "accident",
    ),
]
