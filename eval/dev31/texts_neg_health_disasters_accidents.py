"""dev31 conflict items: negatives of health, climate and disasters, and accidents. See build.py."""

from items import N

# ---------------------------------------------------------------- negatives: health

N(
    "Dengue cases hit record in Brazil",
    "Brazil has recorded more than 5 million dengue cases this year, the most since records began, the health ministry said. Several states declared emergencies and opened field hospitals.",
    "health",
)
N(
    "Measles outbreak in west Texas grows to 500 cases",
    "The number of measles cases in an outbreak centred on west Texas rose to about 500, state health officials said, most of them in unvaccinated children. Two children have died.",
    "health",
)
N(
    "WHO members adopt pandemic agreement",
    "Member states of the World Health Organization adopted an agreement on how to prevent and respond to future pandemics, after three years of negotiations. The United States did not take part.",
    "health",
)
N(
    "Rwanda declares end of Marburg outbreak",
    "Rwanda declared its Marburg virus outbreak over after 42 days without a new case. The outbreak infected 66 people, most of them health workers, and killed 15.",
    "health",
)
N(
    "UK regulator approves gene-editing therapy for sickle cell disease",
    "Britain became the first country to approve a treatment based on the CRISPR gene-editing tool, for patients with sickle cell disease and beta thalassaemia. The therapy edits a patient's own bone-marrow cells.",
    "health",
)
N(
    "Pakistan launches nationwide polio vaccination drive",
    "Health workers began a week-long campaign to vaccinate more than 45 million children against polio, the government said. Pakistan and Afghanistan are the only countries where wild polio is still endemic.",
    "health",
)
N(
    "Weight-loss drug cuts risk of heart attack, trial finds",
    "Patients who took the weight-loss drug semaglutide were 20% less likely to have a heart attack, stroke or cardiovascular death than those on a placebo, the drug's maker said. The trial followed 17,000 adults for about three years.",
    "health",
)
N(
    "WHO declares mpox a global health emergency again",
    "The World Health Organization declared the spread of mpox in Africa a public health emergency of international concern on Wednesday, its highest level of alarm, as a new strain spread from Congo to neighbouring countries. More than 17,000 suspected cases and 517 deaths have been reported in Africa this year, most of them in Congo. The new strain, known as clade Ib, was first detected in the mining town of Kamituga last year and has since been found in Burundi, Kenya, Rwanda and Uganda. WHO chief Tedros Adhanom Ghebreyesus said the potential for further spread within Africa and beyond was very worrying. Sweden reported the first case of the new strain outside Africa a day later. Health officials said vaccines were in short supply in the countries most affected. Japan and the United States pledged to donate doses. The WHO lifted its previous mpox emergency in May last year.",
    "health",
)
N(
    "Bird flu spreads among US dairy herds",
    "Bird flu has been found in dairy cattle in at least nine US states, the Department of Agriculture said, in an outbreak that has surprised scientists who did not expect the virus to spread among cows. Officials believe the virus was first passed to cattle by wild birds in Texas late last year. A dairy worker in Texas tested positive after developing an eye infection, the second human case ever recorded in the country. Health authorities said the risk to the public remained low. Fragments of the virus were found in about one in five samples of retail milk, but tests showed that pasteurisation kills it. The government ordered testing of dairy cows before they are moved between states. Farmers said milk production had fallen in affected herds. Scientists called for wider testing of animals and workers.",
    "health",
)

# ---------------------------------------------------------------- negatives: climate and disasters

N(
    "Floods submerge villages in Pakistan's Punjab",
    "Rivers burst their banks after heavy monsoon rain and flooded hundreds of villages in Punjab province, and more than 200,000 people were evacuated, the disaster management authority said. The army used boats to rescue people stranded on rooftops.",
    "disaster",
)
N(
    "Typhoon Yagi slams into northern Vietnam",
    "Typhoon Yagi, the strongest storm to hit Vietnam in decades, made landfall near Haiphong with winds of 149 km/h, tearing roofs off factories and toppling trees. At least 14 people were killed.",
    "disaster",
)
N(
    "Heatwave deaths rise in northern India",
    "Temperatures above 45C for a second week killed dozens of people in Uttar Pradesh and Bihar, including polling staff on election duty, officials said. Hospitals set up special wards for heatstroke patients.",
    "disaster",
)
N(
    "Cyclone Chido flattens shantytowns in Mayotte",
    "The strongest cyclone to hit the French territory in nearly a century destroyed whole neighbourhoods of sheet-metal homes, and officials feared hundreds had died. France sent rescue teams and supplies by air.",
    "disaster",
)
N(
    "Earthquakes in Afghanistan's Herat province kill more than 1,000",
    "A series of strong earthquakes destroyed villages of mud-brick houses in western Afghanistan, and the Taliban administration said more than 1,000 people had been killed. Aid agencies sent tents and medical teams.",
    "disaster",
)
N(
    "Storm floods tents in northwest Syria camps",
    "Heavy rain and strong winds flooded and tore down hundreds of tents in camps for displaced people in northwest Syria, aid groups said, and two children drowned. Many of the camps' residents fled their homes years ago and have lived in tents since.",
    "disaster",
)
N(
    "Landslides bury villages in Kerala's Wayanad",
    "Landslides triggered by torrential rain swept through villages in the hills of Wayanad district before dawn, killing more than 200 people, officials said. The army built a temporary bridge to reach the worst-hit area.",
    "disaster",
)
N(
    "Southern Africa drought leaves millions hungry",
    "Zambia, Zimbabwe and Malawi have declared national disasters after the worst drought in decades destroyed harvests, the World Food Programme said. Zambia has also suffered power cuts because its hydroelectric dams are low.",
    "disaster",
)
N(
    "Volcano erupts on Indonesia's Flores island, villages evacuated",
    "Mount Lewotobi Laki-laki erupted several times overnight, sending ash 10 kilometres into the sky and forcing thousands of villagers to leave. Flights to Bali were cancelled.",
    "disaster",
)
N(
    "Hurricane Melissa tears across Jamaica",
    "Hurricane Melissa made landfall in south-western Jamaica as a Category 5 storm, with winds of up to 295 km/h, ripping roofs off homes and cutting power to most of the island. The government said thousands of people were in shelters.",
    "disaster",
)
N(
    "Earthquake devastates central Myanmar",
    "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing more than 1,600 people and bringing down buildings, bridges and pagodas in Mandalay and the capital Naypyitaw, the military government said. The quake was felt as far away as Bangkok, where a 30-storey tower under construction collapsed. Rescuers in Mandalay dug through the rubble of apartment blocks with their hands, residents said. The military government made a rare appeal for international help, and teams from China, India and Russia arrived on Saturday. Aid agencies said hospitals were overwhelmed and short of blood and medicine. The country has been in a civil war since the army seized power in 2021, which has left millions already dependent on aid and will make relief harder to deliver. Aftershocks sent frightened residents to sleep in the streets. The UN released $5 million from its emergency fund.",
    "disaster",
)
N(
    "Wildfires tear through Los Angeles, forcing mass evacuations",
    "Wind-driven wildfires swept through parts of Los Angeles on Tuesday night and Wednesday, destroying more than 1,000 buildings and forcing about 100,000 people to leave their homes. The largest fire burned through Pacific Palisades, a wealthy neighbourhood between Santa Monica and Malibu, while another raged in Altadena near Pasadena. Gusts of up to 130 km/h grounded firefighting aircraft for hours. At least five people were killed, the county sheriff said. Residents abandoned their cars on a road out of the Palisades, and bulldozers pushed them aside to let fire engines through. The governor declared a state of emergency and called in the National Guard. Hundreds of thousands of homes lost power. Forecasters said the winds would ease on Thursday but that the risk of fire would remain high for days.",
    "disaster",
)
N(
    "Flash floods kill more than 200 in Spain's Valencia region",
    "Flash floods caused by torrential rain killed more than 200 people in the Valencia region of eastern Spain, the worst flooding disaster in the country's modern history. In some towns more than a year's rain fell in eight hours on Tuesday, turning streets into rivers that swept away cars and filled ground floors and garages. Many of the dead were found in their vehicles or in underground car parks. Residents of Paiporta and other suburbs said the regional government's alert came too late, after the water had already reached them. Thousands of volunteers walked into the town with brooms and shovels to help clear the mud. The government sent thousands of soldiers and police to help search for the missing. When the king and the prime minister visited Paiporta on Sunday, angry residents threw mud at them. The regional leader later admitted mistakes in the response.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Jeju Air jet crashes on landing in Muan, killing 179",
    "A Jeju Air Boeing 737 skidded off the runway at Muan airport in South Korea and burst into flames after hitting a concrete barrier, killing 179 of the 181 people on board. Investigators are examining a bird strike and the failure of the landing gear.",
    "accident",
)
N(
    "Overloaded boat capsizes on Lake Kivu",
    "A boat carrying about 280 passengers capsized a few metres from the port of Kituku in Goma, and at least 78 people drowned, the governor of North Kivu said. Officials said the boat was badly overloaded.",
    "accident",
)
N(
    "Gold mine collapse kills dozens in Mali",
    "The walls of an artisanal gold mine collapsed near Bilalikoto in western Mali, killing at least 48 people, many of them women, local officials said. Most of the victims were digging in a former industrial mine.",
    "accident",
)
N(
    "Dozens missing after migrant boat sinks off Lampedusa",
    "A boat carrying about 50 migrants from Libya capsized in rough seas south of Lampedusa, and the Italian coastguard rescued 10 people, the UN refugee agency said.",
    "accident",
)
N(
    "Gas tanker explosion sets Nairobi neighbourhood ablaze",
    "A truck carrying cooking gas exploded in Nairobi's Embakasi district late on Thursday, setting homes and businesses on fire and killing at least three people, the government said. More than 270 people were treated for burns.",
    "accident",
)
N(
    "Bus plunges into ravine in Peru's Andes",
    "A bus fell more than 200 metres into a ravine in the Ayacucho region, killing 25 passengers, police said. Survivors said the driver had lost control on a bend.",
    "accident",
)
N(
    "Army helicopter and passenger jet collide over Potomac",
    "An American Airlines regional jet and an Army Black Hawk helicopter on a training flight collided near Reagan National Airport in Washington and fell into the Potomac River, killing all 67 people on the two aircraft. Investigators are looking at the helicopter's altitude.",
    "accident",
)
N(
    "Head-on train collision in Greece kills dozens",
    "A passenger train carrying more than 350 people collided with a freight train near Tempi in central Greece late on Tuesday, killing at least 57 people, many of them students returning from a festival. A station master was arrested.",
    "accident",
)
N(
    "Fireworks factory blast kills 11 in Tamil Nadu",
    "An explosion at a fireworks factory near Sivakasi killed 11 workers and injured several others, police said. Officials said the chemicals may have been mixed in an unsafe way.",
    "accident",
)
N(
    "Fire ravages Notre-Dame cathedral in Paris",
    "A fire that broke out in the roof of Notre-Dame cathedral on Monday evening brought down its spire and destroyed much of the roof, but firefighters saved the main structure and the two bell towers. Prosecutors said they were treating it as an accident, possibly linked to renovation work.",
    "accident",
)
N(
    "All 12 boys and their coach rescued from flooded Thai cave",
    "Divers brought out the last four boys of a youth football team and their coach from the flooded Tham Luang cave in northern Thailand on Tuesday, ending an 18-day ordeal. A former Thai navy diver died during the rescue.",
    "accident",
)
N(
    "Air India jet crashes seconds after take-off in Ahmedabad",
    "An Air India Boeing 787 bound for London crashed into a medical college hostel seconds after taking off from Ahmedabad on Thursday, killing 241 of the 242 people on board and at least 19 people on the ground. Video filmed by a bystander showed the plane losing height and exploding in a fireball as it hit the buildings. The only survivor, a British citizen seated near an emergency exit, walked out of the wreckage and was treated in hospital. Many of the dead on the ground were medical students having lunch in the hostel canteen. It was the first fatal crash of a Boeing 787 since the aircraft entered service in 2011. India's aviation regulator ordered safety checks on Air India's fleet of 787s. Investigators recovered both flight recorders within days. Prime Minister Narendra Modi visited the crash site and the survivor in hospital.",
    "accident",
)
