"""dev273 negatives: monsoon floods, landslides, quakes, accidents, crime and health in the South
Asian national press, 2014-2026."""

from _wrap import negatives

RAW = """
= Army called in as floodwaters swallow villages across Sindh
@ disaster
SUKKUR: The army was called in to help with rescue and relief in 23 districts of Sindh on Sunday as
floodwaters from record monsoon rains swallowed hundreds of villages and cut off the main highway
between Karachi and the north, officials said. The National Disaster Management Authority said at
least 1,033 people had died across the country since mid-June, including 119 in the past 24 hours,
and that more than 33 million people had been affected. In Dadu and Khairpur, families camped on
the raised embankments of canals and roads with their livestock, waiting for tents and food.
Soldiers and Navy teams used boats to evacuate stranded people, and army helicopters dropped
rations in areas that could not be reached by road. Prime Minister Shehbaz Sharif described the
situation as a national emergency and appealed for international help. The Met Office has
forecast more rain next week.

= Wayanad landslides: toll crosses 150 as rescuers dig through debris
@ disaster
KALPETTA: The death toll in the landslides that struck Mundakkai, Chooralmala and Attamala in
Kerala's Wayanad district rose to 158 on Wednesday as rescue teams dug through mud and boulders
for survivors, officials said. More than 200 people are still missing, and nearly 8,000 people
have been shifted to 82 relief camps across the district. The Army's Madras Engineer Group began
building a 190-foot Bailey bridge over the swollen Iruvazhinji river to reach Mundakkai, which
was cut off after the only bridge was washed away. Teams of the NDRF, the Navy, the Fire and
Rescue Services and hundreds of volunteers were involved in the operation, chief minister Pinarayi
Vijayan said. Sniffer dogs and drones were used to locate bodies. The landslides followed
extremely heavy rain in the hills on Monday night.

= Sylhet under water: millions stranded as worst floods in a century hit northeast
@ disaster
SYLHET: Around four million people were stranded in Sylhet and Sunamganj on Saturday as the worst
floods in over a century submerged most of the two districts, cutting off road links and power
supply, officials said. Osmani International Airport suspended flights after water entered the
runway, and the railway station at Sylhet was closed. Army and Navy personnel were deployed to
rescue people from rooftops with speedboats, the ISPR said. Thousands of people took shelter in
schools and colleges turned into flood shelters, where food and drinking water were in short
supply. Rivers including the Surma and Kushiyara were flowing above danger level after heavy rain
in India's Meghalaya and Assam, the Flood Forecasting and Warning Centre said. At least a dozen
people have died, most of them from lightning and drowning.

= Kathmandu valley floods kill over 200 as rivers burst banks
@ disaster
KATHMANDU: At least 217 people were killed and 28 remain missing after two days of record rainfall
triggered floods and landslides across Nepal, the Home Ministry said on Monday. The Kathmandu
valley was the hardest hit, with the Nakkhu, Bagmati and Balkhu rivers bursting their banks and
submerging settlements in Lalitpur and Kathmandu. In Dhading, a landslide buried two buses on the
Prithvi Highway, killing at least 35 passengers. Nepal Army, Armed Police Force and Nepal Police
personnel rescued more than 4,000 people, many of them by helicopter. All highways into the
capital were blocked, leaving thousands of vehicles stranded. The government declared a
three-day closure of schools and postponed university examinations. Meteorologists said the rain
was the heaviest recorded in Kathmandu in over half a century.

= Cyclone Ditwah leaves trail of destruction across Sri Lanka
@ disaster
COLOMBO: Cyclone Ditwah has killed at least 334 people and left over 370 missing across Sri Lanka,
the Disaster Management Centre said on Monday, as floods and landslides battered the central hills
and low-lying areas around Colombo. Kandy, Badulla and Nuwara Eliya districts reported the highest
number of deaths, most of them from landslides that buried entire hamlets on tea estates. More
than a million people were affected and over 200,000 were staying in temporary shelters,
according to the centre. The Sri Lanka Air Force and Navy carried out rescue missions, and India
sent helicopters and relief supplies under Operation Sagar Bandhu. President Anura Kumara
Dissanayake declared a state of emergency and described the disaster as the most challenging
the country had faced. Rail services in the hill country remain suspended.

= Herat earthquakes: villages flattened, over 1,000 dead, Taliban say
@ disaster
HERAT: More than 1,000 people were killed and thousands injured when a series of powerful earthquakes
struck Herat province in western Afghanistan on Saturday, the Taliban administration said. Entire
villages in Zindajan district were flattened, with mud-brick houses collapsing on families who were
at home at midday. Survivors dug through rubble with their bare hands and shovels, and the
Taliban's defence ministry sent helicopters and ambulances to the area. The World Health
Organization said more than 600 houses had been destroyed and that hospitals in Herat city were
overwhelmed. The UN and aid agencies sent teams and supplies, and Pakistan and Iran offered help.
Aftershocks continued through the night, driving residents of Herat city to sleep in parks and
streets. Officials said the toll was expected to rise as rescuers reached remote villages.

= Teesta flash flood: 23 soldiers missing as Army camp swept away in Sikkim
@ disaster
GANGTOK: Twenty-three Army personnel were missing and several vehicles were submerged after a
cloudburst over Lhonak lake in north Sikkim triggered a flash flood in the Teesta river basin early
on Wednesday, the Army said. The surge of water swept away a part of the Army's establishment at
Bardang near Singtam, where vehicles parked along the river were washed downstream. The body of
one soldier was later recovered in Jalpaiguri in West Bengal. At least 14 civilians were killed
and more than 2,000 people were rescued by the NDRF and state agencies. The Chungthang dam of the
Teesta III hydropower project was damaged, and the national highway connecting Sikkim to the rest
of the country was washed away at several points. Around 3,000 tourists were stranded in Lachen
and Lachung. The Army launched a search operation along the river.

= Triple train crash in Balasore kills 288
@ accident
BALASORE: At least 288 people were killed and more than 1,000 injured on Friday evening when the
Coromandel Express crashed into a stationary goods train near Bahanaga Bazar station in Odisha's
Balasore district, and its derailed coaches were hit by the Yesvantpur-Howrah Express, railway
officials said. Rescuers worked through the night to cut open mangled coaches and pull out
survivors, many of them migrant workers travelling to Chennai. Local residents queued up to
donate blood at the district hospital. The Railway Board said a signalling error had led the
Coromandel Express into the loop line. Prime Minister Narendra Modi visited the site on Saturday
and said those found guilty would be severely punished. The Commissioner of Railway Safety has
begun an inquiry. Nearly 90 trains were cancelled.

= Yeti Airlines crash in Pokhara: all 72 on board feared dead
@ accident
POKHARA: A Yeti Airlines ATR-72 aircraft with 72 people on board crashed into the Seti river gorge
while approaching the new Pokhara International Airport on Sunday morning, and officials said
there was little hope of finding survivors. At least 68 bodies had been recovered by evening from
the gorge, where the wreckage lay burning after the crash at around 10.50. Five Indians, four
Russians and a South Korean were among the passengers, the Civil Aviation Authority of Nepal
said. Video taken by a resident showed the aircraft banking sharply to the left before it went
down. The government declared a public holiday on Monday as a mark of mourning and formed a
five-member committee to investigate the cause. The flight had taken off from Kathmandu about 20
minutes earlier. It is Nepal's deadliest air crash in three decades.

= Bailey Road fire: 46 killed as blaze engulfs restaurant building
@ accident
DHAKA: At least 46 people were killed and over 20 injured when a fire broke out in a seven-storey
building housing several restaurants on Dhaka's Bailey Road on Thursday night, fire service and
hospital officials said. The fire started in a tea and coffee shop on the ground floor shortly
before ten and quickly spread up the only staircase, which was crowded with gas cylinders,
officials said. Many of the victims were families and students who had come out to eat. Firefighters
rescued around 75 people from the roof and upper floors. Fire Service Director General Brigadier
General Main Uddin said the building had no fire exit and had been warned three times. Police
have arrested the owners of two restaurants. Health minister Samanta Lal Sen said most of the
victims died of smoke inhalation.

= 121 dead in stampede at satsang in Hathras
@ accident
LUCKNOW: At least 121 people, most of them women and children, were killed in a stampede at a
religious congregation in Uttar Pradesh's Hathras district on Tuesday afternoon, officials said.
The stampede took place when devotees rushed towards the preacher's convoy to collect soil from
his feet as he was leaving the venue in Phulrai village, police said. Organisers had sought
permission for 80,000 people, but more than 2.5 lakh had gathered, according to the first
information report. Many of those who fell were crushed in a muddy field beside the highway.
Bodies were taken to hospitals in Hathras, Etah and Aligarh, where families searched for relatives
late into the night. Chief minister Yogi Adityanath ordered a judicial inquiry. The preacher, who
calls himself Bhole Baba, went missing after the incident.

= Sitakunda depot fire: toll rises to 41 after container blasts
@ accident
CHATTOGRAM: The death toll from the fire and explosions at the BM Container Depot in Sitakunda rose
to 41 on Monday, including nine firefighters, as the blaze continued for a third day, officials
said. The fire started on Saturday night, and a huge explosion followed about an hour later as
flames reached containers of hydrogen peroxide, shattering windows of houses several kilometres
away. Hundreds of people were injured, many with severe burns, and were taken to Chittagong
Medical College Hospital. Army engineers were deployed to help douse the fire and stop chemicals
from flowing into the Bay of Bengal. The Department of Explosives said the depot had no clearance
for storing chemicals. The government formed two probe committees. Firefighters' unions said their
members had been sent in without information about the dangerous goods.

= Two robbers killed in 'encounter' with police in Karachi's Korangi
@ crime
KARACHI: Two suspected street criminals were killed and a third arrested in an alleged encounter
with police in Korangi Industrial Area late on Saturday night, police said. According to police,
the suspects were fleeing on a motorcycle after robbing a family of cash and mobile phones when a
patrolling party signalled them to stop and they opened fire. Police returned fire, and two of
them were critically wounded and died on the way to Jinnah Postgraduate Medical Centre. Pistols
and the stolen phones were recovered from their possession. Relatives of one of the dead men
denied he had any criminal record and demanded an inquiry. According to the Citizens-Police Liaison
Committee, more than 50 people have been killed by robbers resisting street crime in the city
this year. Police said the arrested suspect had confessed to dozens of robberies.

= RG Kar case: Sanjay Roy sentenced to life imprisonment
@ crime
KOLKATA: A Sealdah court on Monday sentenced civic volunteer Sanjay Roy to life imprisonment till
death for the rape and murder of a trainee doctor at RG Kar Medical College and Hospital in
August last year. Additional District and Sessions Judge Anirban Das said the case did not fall
into the rarest of rare category and ordered the state to pay compensation of Rs 17 lakh to the
victim's family, which the parents refused. The CBI, which took over the investigation from the
Kolkata Police, had sought the death penalty. Roy, who maintained in court that he had been
framed, was taken back to the Presidency Correctional Home. Chief minister Mamata Banerjee said
she was not satisfied and that the state would appeal for the death sentence. Junior doctors said
their fight for justice was not over.

= 'Yukthiya' anti-drug drive nets 30,000 suspects in a month
@ crime
COLOMBO: Police have arrested more than 30,000 suspects in a month-long nationwide operation against
drug trafficking and organised crime, Public Security Minister Tiran Alles said on Wednesday, as
the government pressed ahead with what it calls a war on drugs. The operation, named Yukthiya,
has also led to the seizure of heroin, crystal methamphetamine and cannabis worth billions of
rupees and of assets belonging to suspected traffickers. Some of those detained have been sent to
rehabilitation centres run by the army. The Human Rights Commission of Sri Lanka and the UN human
rights office have raised concerns about arbitrary arrests, the use of force during raids and the
conditions in overcrowded police stations. Acting Inspector General of Police Deshabandu
Tennakoon said the operation would continue until the drug menace was eliminated. Special units have been
told to trace the local networks of gang leaders living in Dubai.

= Singer Sidhu Moosewala shot dead in Mansa, Canada-based gangster claims killing
@ crime
CHANDIGARH: Punjabi singer and Congress leader Shubhdeep Singh Sidhu, known as Sidhu Moosewala, was
shot dead by unidentified assailants in Jawaharke village of Mansa district on Sunday evening, a
day after the state government scaled down his security, police said. The 28-year-old was driving
his jeep with two companions when at least two vehicles blocked his way and the attackers fired
around 30 rounds from automatic weapons. He was declared dead on arrival at the civil hospital.
Director General of Police VK Bhawra said the killing appeared to be the result of inter-gang
rivalry, and a Canada-based gangster, Goldy Brar, claimed responsibility in a social media post.
Fans gathered outside the hospital and the singer's house. Chief minister Bhagwant Mann announced
a judicial probe and said the culprits would not be spared.

= Birgunj businessman rescued from kidnappers, four arrested
@ crime
BIRGUNJ: Police rescued a local businessman six days after he was kidnapped for ransom in Birgunj and
arrested four suspects, including two Indian nationals, in a raid on a house in Bara district on
Thursday, police said. The 42-year-old trader had been abducted from near his warehouse in the
Gahawamai area on his way home, and his family later received calls demanding Rs 5 crore. The
kidnappers had moved him between several hideouts along the border to avoid detection, the
superintendent of police of Parsa said. A pistol, four mobile phones and a motorcycle were
recovered. Police said they were searching for two other members of the gang who are believed to
have fled across the border to Raxaul. Traders in Birgunj had shut their businesses for a day to
press for the businessman's release.

= Dengue deaths cross 1,000 for first time as hospitals overflow
@ health
DHAKA: Dengue deaths in Bangladesh this year crossed 1,000 on Sunday, the highest since the
disease was first recorded in the country in 2000, the Directorate General of Health Services
said. Seventeen more people died in the 24 hours to Sunday morning, and 2,882 new patients were
admitted to hospitals across the country. Doctors at Mugda Medical College Hospital said wards were
full and patients were being treated on the floors and in corridors. Experts said the spread of
the Aedes mosquito outside Dhaka, to districts that had rarely seen dengue, was a major concern.
The two Dhaka city corporations said they had stepped up larvicide spraying and drives to destroy
breeding grounds. Public health specialists blamed poor planning and said the authorities had
ignored warnings from entomologists.

= Week-long polio drive to target 45 million children
@ health
ISLAMABAD: A week-long nationwide polio vaccination campaign will begin on Monday to immunise more
than 45 million children under the age of five, the Pakistan Polio Eradication Programme said.
Over 400,000 health workers will go door to door across the country, and vitamin A supplements
will also be given to children aged between six months and five years. The campaign comes after
the virus was detected in environmental samples from 26 districts, including Karachi, Lahore,
Peshawar and Quetta. Pakistan and Afghanistan remain the only two countries where wild poliovirus
is still endemic. The prime minister's focal person on polio eradication, Ayesha Raza Farooq, urged
parents to open their doors to vaccinators and dismissed rumours about the vaccine's safety.
Religious scholars have issued appeals in support of the campaign.
"""

NEGATIVES = negatives(RAW)
