"""dev247 negatives, road: car crime (carjackings, theft gangs, road rage, police chases, gang
blasts) and road and plant accidents (pile-ups, tanker fires, plant fires, car-carrier fires).
(title, text, kind code)."""

NEGATIVES = [
    (
        "Johannesburg carjacking gang arrested after shootout on the N1",
        "Police in Gauteng arrested five suspected members of a carjacking syndicate after a "
        "shootout on the N1 highway near Midrand on Sunday night, a police spokesperson said. One "
        "suspect was shot dead and an officer was wounded in the leg when the gang opened fire on a "
        "tracking company's vehicle that had followed a hijacked Toyota Fortuner. Officers recovered "
        "three pistols, a rifle with its serial number filed off and a set of cloned number plates. "
        "The gang is linked to at least 40 hijackings in Johannesburg's northern suburbs since "
        "January, police said. Double-cab bakkies and SUVs are the most targeted vehicles, according "
        "to tracking firms, and many are driven across the border into Mozambique within hours. "
        "Police have advised motorists to be alert at gates and traffic lights after dark. The four "
        "surviving suspects will appear in the Midrand magistrate's court on Tuesday.",
        "crime",
    ),
    (
        "Stolen SUVs found in shipping containers at Montreal port",
        "Canadian police have recovered almost 600 stolen vehicles from shipping containers at the "
        "port of Montreal in a six-month operation, most of them SUVs and pickups taken from "
        "driveways in Ontario and Quebec. The Canada Border Services Agency said the vehicles were "
        "bound for West Africa and the Middle East, where they can sell for several times their "
        "value in Canada. Investigators said organised crime groups paid young men as little as "
        "C$1,000 a car to steal them, often by reprogramming keys through a port under the dashboard. "
        "The Toronto force said thefts in the city had more than doubled in three years. Insurers "
        "estimate car theft cost them over C$1bn last year. Ottawa has pledged money for scanners at "
        "ports and tougher sentences for gang-related thefts. Owners of the Honda CR-V and the Lexus "
        "RX have been told to fit steering locks.",
        "crime",
    ),
    (
        "Relay thieves take a Range Rover in under a minute, doorbell footage shows",
        "A family in Solihull has released doorbell footage showing two thieves stealing their Range "
        "Rover from the driveway in less than a minute, without touching the key. One man holds a "
        "device near the front door to pick up the signal from the key fob inside, while the other "
        "stands beside the car with a second unit that relays it, and the car unlocks and starts. "
        "West Midlands Police said the region had the highest rate of vehicle theft in England and "
        "Wales. Most of the cars taken are broken up for parts within days or shipped abroad, "
        "officers said. The owner, who asked not to be named, said the car had been fitted with a "
        "tracker but it was disabled. Jaguar Land Rover said it had spent tens of millions of pounds "
        "on software updates to close the loophole on newer models. Security experts recommend "
        "keeping keys in a signal-blocking pouch.",
        "crime",
    ),
    (
        "Police chase ends in fiery crash on Atlanta interstate",
        "A man fleeing Georgia state troopers at more than 100mph crashed into two cars on Interstate "
        "85 in Atlanta early on Saturday, killing a woman and injuring three other people, officials "
        "said. Troopers had tried to stop the Dodge Charger for speeding and reckless driving near "
        "the Buford Highway exit, according to the Georgia Department of Public Safety. The driver, "
        "a 24-year-old man, was arrested at the scene after his car caught fire and faces charges "
        "including vehicular homicide and fleeing police. The southbound lanes were closed for more "
        "than six hours. The death has renewed debate over Georgia's pursuit policy, which allows "
        "troopers to use a manoeuvre that spins the fleeing car. A spokesman said the chase had "
        "lasted about four minutes. Family members of the woman who died said she was driving home "
        "from a night shift at a hospital.",
        "crime",
    ),
    (
        "Road-rage driver jailed after shooting at motorist on Houston freeway",
        "A Texas man who fired a handgun at another driver during a road-rage confrontation on the "
        "Katy Freeway has been sentenced to 12 years in prison, Harris County prosecutors said. The "
        "court heard that the 41-year-old had tailgated and cut off a pickup for several miles "
        "before pulling alongside it and firing three shots, one of which hit the driver in the "
        "shoulder. The victim's dashcam recorded the number plate of the shooter's Chevrolet. "
        "Defence lawyers argued he had felt threatened, but jurors rejected a claim of self-defence. "
        "Road-rage shootings in the United States have risen sharply in recent years, according to "
        "the gun-safety group Everytown, which counts hundreds of people shot each year. The judge "
        "said the defendant had turned a traffic dispute into an attempted killing. His lawyers "
        "said they would appeal.",
        "crime",
    ),
    (
        "Catalytic converter thieves strike 30 cars in one night at hospital car park",
        "Thieves sawed the catalytic converters off 30 cars parked outside a hospital in Bristol "
        "overnight, leaving nurses and doctors finishing night shifts unable to drive home, Avon and "
        "Somerset Police said. Staff arriving in the morning heard the roar of engines without "
        "exhausts as colleagues tried to start their cars. The parts contain precious metals such "
        "as rhodium and palladium and can fetch hundreds of pounds each from scrap dealers. Hybrid "
        "models such as the Toyota Prius are targeted because their converters are less corroded, "
        "police said. The hospital trust said it would install more cameras and barriers in its car "
        "parks. An organised gang is believed to have carried out a run of similar thefts in the "
        "West Country, and detectives have appealed for dashcam footage. Repairs can cost up to "
        "£2,000 a car.",
        "crime",
    ),
    (
        "Kia and Hyundai thefts surge as social media challenge spreads",
        "Thefts of Kia and Hyundai cars have jumped across the United States as videos on social "
        "media show teenagers how to start some models with a USB cable, police departments said. "
        "In Milwaukee, where the trend began, thefts of the two brands rose more than tenfold in a "
        "year, and officers in Chicago, Minneapolis and Los Angeles reported similar jumps. Many "
        "base models built between 2011 and 2021 lack an engine immobiliser, a device standard on "
        "most cars sold in Europe. Some of the stolen cars have been used in reckless joyrides that "
        "ended in fatal crashes. The carmakers have offered free software upgrades and steering-wheel "
        "locks, and agreed to a class-action settlement worth about $200m. Some insurers have "
        "refused to cover the affected models in certain cities. City officials in several states "
        "have sued the companies.",
        "crime",
    ),
    (
        "Explosion wrecks cars outside Stockholm apartment block as gang feud continues",
        "A powerful explosion outside an apartment block in a Stockholm suburb early on Thursday "
        "destroyed two parked cars and blew out windows on four floors, police said. No one was "
        "seriously hurt, but several residents were evacuated and treated for shock. Police said "
        "they believed the blast was linked to a conflict between criminal networks and that the "
        "intended target was a relative of a gang member living in the building. Sweden has had "
        "more than a hundred bombings in some years, many carried out by teenagers recruited online "
        "by criminal networks. A 16-year-old boy was arrested nearby. Residents said it was the "
        "second blast in the neighbourhood this year. The justice minister said the government would "
        "give police new powers to search vehicles in areas affected by gang crime. "
        "The owners of the destroyed cars were told their insurance would cover the damage.",
        "crime",
    ),
    (
        "Nairobi police bust car-parts ring selling stolen side mirrors",
        "Kenyan police raided garages in Nairobi's Kirinyaga Road area on Wednesday and recovered "
        "hundreds of side mirrors, headlamps and emblems believed to have been stolen from parked "
        "cars, the Directorate of Criminal Investigations said. Eleven people were arrested, "
        "including two dealers accused of buying the parts from street gangs and selling them back "
        "to motorists. Motorists in the capital have complained for years that mirrors are snatched "
        "in traffic jams, sometimes while the car is moving. A single mirror for a Toyota Premio can "
        "cost 15,000 shillings from a dealer. Detectives said the gangs worked in teams of two, one "
        "distracting the driver while the other removed the part. The suspects will be charged with "
        "handling stolen goods. Police asked owners to identify their property at Kilimani police "
        "station.",
        "crime",
    ),
    (
        "Taxi driver jailed for ramming cyclist in Sydney road-rage attack",
        "A Sydney taxi driver who deliberately drove into a cyclist after an argument at traffic "
        "lights has been jailed for four years, the New South Wales District Court heard. The "
        "cyclist suffered a broken pelvis when he was knocked off his bike on Oxford Street in "
        "Paddington. Footage from a bus camera showed the driver accelerating towards him after the "
        "two had exchanged words. The judge said the car had been used as a weapon. The driver, who "
        "pleaded guilty to causing grievous bodily harm, has also been banned from driving for five "
        "years. Cycling groups said the case showed the need for separated bike lanes in the eastern "
        "suburbs. The victim told the court he no longer rode in the city. The taxi company said it "
        "had cancelled the man's authorisation. "
        "His lawyer said he had shown remorse and had not slept properly for weeks before the incident.",
        "crime",
    ),
    (
        "Dozens of vehicles in motorway pile-up in thick fog",
        "More than 60 vehicles crashed into each other on the D1 motorway near Brno in thick fog on "
        "Friday morning, killing one person and injuring 25, Czech police said. Visibility on the "
        "stretch near the Rousínov junction had fallen to a few dozen metres when lorries and cars "
        "began piling into each other. Firefighters spent several hours cutting people out of "
        "wrecked vehicles, and a helicopter airlifted two seriously injured people to hospital. The "
        "motorway was closed in both directions until the afternoon. Police said many drivers had "
        "been going too fast for the conditions and too close to the car in front. Traffic was "
        "diverted through nearby villages, causing long queues. The road authority said it would "
        "review the fog warning signs on the section. "
        "It was the worst pile-up on the D1 since a similar crash in fog near Jihlava several years ago.",
        "accident",
    ),
    (
        "Fuel tanker explosion kills dozens as crowds gather to scoop petrol",
        "At least 98 people were killed when a fuel tanker overturned and exploded in Niger state, "
        "central Nigeria, as crowds gathered to scoop up leaking petrol, emergency officials said on "
        "Sunday. The tanker crashed on the Suleja-Minna road near Dikko junction on Saturday morning "
        "while carrying about 60,000 litres of fuel. Residents rushed to the scene with jerrycans "
        "before the petrol caught fire, said the National Emergency Management Agency. Dozens of "
        "people were treated for severe burns. Tanker accidents are common on Nigeria's roads, where "
        "most fuel is moved by lorry, and petrol has become much more expensive since the removal of "
        "a subsidy. The governor declared three days of mourning. The Federal Road Safety Corps said "
        "it would step up checks on tanker drivers. "
        "Many of the victims were young men who had come on motorcycles from nearby villages.",
        "accident",
    ),
    (
        "Bus plunges into ravine in Peru's Andes, killing 26",
        "A bus carrying passengers from Lima to the Andean region of Ayacucho plunged into a ravine "
        "on Tuesday night, killing 26 people and injuring 15, Peruvian police said. The bus left the "
        "road on a bend near the town of Huaytará and fell about 200 metres, according to the fire "
        "service. Rescuers worked through the night to reach survivors, some of whom were taken to "
        "hospital in Ica. The bus company had been fined several times for safety breaches, the "
        "transport regulator Sutran said. Road accidents kill about 3,000 people a year in Peru, "
        "where narrow mountain roads and tired drivers are a common cause of crashes. The transport "
        "ministry said it would suspend the company's licence while the crash was investigated. "
        "Relatives gathered outside the morgue in Ica. "
        "The driver was among the dead, police said.",
        "accident",
    ),
    (
        "Fire halts production at battery plant supplying European carmakers",
        "A fire broke out at an electric-vehicle battery plant in Salzgitter on Monday, forcing the "
        "evacuation of around 800 workers and halting production, the company said. Black smoke "
        "could be seen for kilometres, and residents were told to keep windows closed. Two workers "
        "were treated for smoke inhalation. The fire started in a storage area for battery cells, "
        "the fire brigade said, and took more than seven hours to bring under control. Prosecutors "
        "have opened an investigation into the cause but said there was no sign of foul play. The "
        "plant supplies cells for several of Volkswagen's electric models, and the group said it "
        "was checking whether deliveries would be affected. Lithium-ion battery fires are "
        "notoriously difficult to extinguish because the cells can reignite. "
        "Local officials said air quality measurements had shown no dangerous levels of pollutants.",
        "accident",
    ),
    (
        "Car carrier burns off Dutch coast, one crew member dead",
        "A ship carrying nearly 3,800 cars, among them about 500 electric vehicles, caught fire in the "
        "North Sea off the Dutch island of Ameland overnight, killing one crew member, the Dutch "
        "coastguard said. Seven of the 23 crew jumped overboard and were picked up by a lifeboat, "
        "and the rest were lifted off by helicopters. The Fremantle Highway was sailing from "
        "Bremerhaven to Singapore. The coastguard said the fire may have started in an electric car, "
        "although that had not been confirmed. Salvage crews were spraying water on the hull to "
        "cool it but feared too much water could sink the ship. Environmental groups warned of a "
        "disaster for the Wadden Sea if the vessel went down. Most of the cars were Mercedes-Benz and "
        "BMW models. "
        "The ship was later towed to the port of Eemshaven, where the fire was finally put out.",
        "accident",
    ),
    (
        "Lorry hits level crossing barrier, derailing train near Kalmar",
        "A regional train derailed after hitting a lorry stuck on a level crossing south of Kalmar "
        "on Wednesday morning, injuring 14 passengers, two of them seriously, Swedish police said. "
        "The lorry driver had jumped clear seconds before the collision. The train's front carriage "
        "left the rails and came to rest on its side in a field. The driver of the lorry told "
        "investigators his vehicle had stalled as the barriers came down. The national rail "
        "administration said the crossing had no record of previous accidents. The line was closed "
        "for two days while the wreckage was removed. The accident investigation board has opened "
        "an inquiry. Sweden still has thousands of level crossings, many of them on rural roads. "
        "The haulage firm said its driver had been working within legal hours and was cooperating with police. Replacement buses were laid on between Kalmar and Emmaboda.",
        "accident",
    ),
    (
        "Rally car ploughs into spectators on Portuguese stage, killing one",
        "A rally car left the road on a gravel stage in northern Portugal on Sunday and ploughed into "
        "a group of spectators, killing a man and injuring four people, organisers said. The crash "
        "happened in a forest section near Fafe during a national championship round, after the car "
        "slid wide on a fast bend. Spectators had gathered in an area marked as prohibited, the "
        "organisers said. The driver and co-driver were unhurt but taken to hospital for checks. "
        "The rest of the rally was cancelled. The Portuguese motor sport federation said it would "
        "review crowd control at its events. Rallying in Portugal attracts huge crowds who line the "
        "stages, and accidents involving spectators have occurred before. Police said the driver "
        "would be questioned as a matter of routine. "
        "The victim was a 52-year-old man from Guimarães.",
        "accident",
    ),
]
