"""dev273 positives, part B: current militant attacks, operations, communal and political
violence and border firing in the South Asian national press, 2014-2026."""

from _wrap import positives

RAW = """
= Jaffar Express hijacked in Bolan; security forces launch rescue operation
@ T B M V E | hijacking
QUETTA: Militants blew up a section of track and seized the Peshawar-bound Jaffar Express with
more than 400 passengers on board in the Bolan Pass on Tuesday, officials said, prompting a
large-scale rescue operation by security forces. The train was stopped near the Pehro Kunri
tunnel, about 30 kilometres from Sibi, after an explosion, and the attackers then opened fire on
the engine and the coaches. The banned Balochistan Liberation Army claimed responsibility and said
it was holding passengers, including off-duty soldiers, as hostages. By late evening, security
sources said, 80 passengers, among them 26 women and 11 children, had been rescued and 13
attackers killed. The driver of the train was among those killed, a railway official told Dawn.
Mobile services in the area were suspended and ambulances were sent from Sibi and Mach. The
interior minister called it a heinous act of terrorism against unarmed travellers.

= Gunmen open fire on tourists at Pahalgam meadow, 26 killed
@ T V M | massacre
SRINAGAR: Terrorists opened fire on tourists at the Baisaran meadow near Pahalgam in south
Kashmir's Anantnag district on Tuesday afternoon, killing 26 people and injuring more than a
dozen, officials said. Survivors told reporters that the gunmen, who emerged from the pine forest
around the meadow, asked men their names and religion before shooting them at close range. Most
of the dead were tourists from Maharashtra, Karnataka, Gujarat and other states; a local pony
operator who tried to snatch a rifle from one of the attackers was also killed. The meadow, which
is reachable only on foot or horseback, was cordoned off and a massive search operation was
launched by the Army, the CRPF and J&K Police. The Resistance Front, seen by security agencies as a
proxy of the Lashkar-e-Taiba, was reported to have claimed the attack. Prime Minister Narendra
Modi cut short a visit to Saudi Arabia and returned to Delhi.

= Pakistani shelling kills 12 civilians in Poonch; residents move to bunkers
@ E B V D | shelling
JAMMU: Twelve civilians, including two children, were killed and over 50 injured as heavy
Pakistani shelling hit Poonch town and surrounding villages on Wednesday, officials said. Shells
landed near the gurdwara in the main market and on residential houses in the Kasba and Qila
areas, and residents said the firing began past midnight and continued till late morning. The
Army said it responded in a calibrated manner to the unprovoked firing along the Line of Control.
Hundreds of families from Poonch, Mendhar and Krishna Ghati moved into community bunkers or left
for Jammu and Rajouri in private vehicles. The administration shut schools in the border
districts and asked people to stay indoors. Doctors at the district hospital said most of the
wounded had splinter injuries. Chief minister Omar Abdullah announced that the injured would be
shifted to Jammu if needed and that relief would be paid to the families of the dead.

= Parachinar runs out of medicines as roads stay shut amid tribal clashes
@ H B | blockade
PESHAWAR: Hospitals in Parachinar have run short of life-saving medicines and food stocks are
nearly exhausted as the main road linking Kurram with the rest of the country remains closed
for the eleventh week, doctors and residents said. At least 29 children have died at the
district headquarters hospital since the closure began, according to the hospital's medical
superintendent, who blamed a lack of medicines and the suspension of referrals to Peshawar. Armed
clashes between tribes in Lower Kurram continued on Sunday, with heavy firing reported around
Bagan and Balishkhel, a police official said. A helicopter service arranged by the provincial
government has carried some patients and medicines, but traders said it was far from enough.
Thousands of residents staged a sit-in at Parachinar press club demanding that the road be
reopened with security. The provincial cabinet said a grand jirga was close to an agreement on
handing over heavy weapons.

= Mob lynches blasphemy accused in Swat, sets police station on fire
@ U V | lynching
MINGORA: An enraged mob dragged a tourist accused of desecrating the Holy Quran out of the
Madyan police station in Swat on Thursday night, beat him to death and then set his body and the
police station on fire, police said. The man, a resident of Sialkot, had been staying at a local
hotel and was taken into custody after residents accused him of burning pages of the Quran.
Announcements were made from mosques and a crowd of several hundred gathered outside the station,
pelted it with stones and overpowered the policemen, the district police officer said. Eight
people, including policemen, were injured. Vehicles parked outside the station were also torched.
Khyber Pakhtunkhwa's chief minister took notice and ordered an immediate report, while police
registered a case against the mob and began identifying suspects from videos. Human rights
organisations said the killing showed the state's failure to curb blasphemy-related violence.

= Curfew, army deployed in Kandy as anti-Muslim riots spread
@ U V | communal_riot
KANDY: The government declared a state of emergency and deployed the army in Kandy district on
Tuesday after mobs attacked mosques, shops and homes belonging to Muslims in Digana and
Teldeniya for a second day, officials said. The body of a young Muslim man was pulled from a
burnt house in Digana on Monday night, police said. Groups arriving on motorcycles threw petrol
bombs at businesses, and at least 40 shops and a mosque were destroyed by fire, according to
residents. The violence followed the funeral of a Sinhalese lorry driver who died after being
assaulted by four Muslim youths last week. A police curfew was imposed across the administrative
district, and schools were closed. Access to Facebook and WhatsApp was restricted to halt the
spread of hate messages, the telecoms regulator said. President Maithripala Sirisena said the
perpetrators would face the full force of the law.

= Mob violence sweeps Sri Lanka after attack on Galle Face protesters; MP among dead
@ U | riot
COLOMBO: Five people, including a ruling party MP, were killed and more than 200 injured on
Monday as violence spread across Sri Lanka after government supporters attacked peaceful
protesters at the GotaGoGama site on Galle Face Green, police and hospital officials said.
Hundreds of people brought to Colombo from the provinces stormed the camp after a meeting at
Temple Trees, tearing down tents and beating protesters. In retaliation, crowds attacked buses
carrying the government supporters and set fire to homes and offices of politicians in
Moratuwa, Kurunegala and Hambantota. MP Amarakeerthi Athukorala died after being surrounded by
protesters in Nittambuwa; police said he had shot at the crowd. Prime Minister Mahinda Rajapaksa
resigned in the afternoon. An island-wide curfew was imposed and the army was given powers to
arrest without warrant.

= PTI supporters storm Corps Commander's house in Lahore after Imran's arrest
@ U | riot
LAHORE: Protesters stormed and set fire to the residence of the Lahore Corps Commander on
Tuesday evening, hours after former prime minister Imran Khan was arrested from the premises of
the Islamabad High Court, police said. Crowds of PTI supporters also broke through the gate of
the General Headquarters in Rawalpindi and torched vehicles, buildings and a Radio Pakistan
office in Peshawar. At least four people were killed in Peshawar and Quetta in clashes with
police, who fired tear gas and used batons, hospital officials said. The government suspended
mobile internet nationwide and blocked access to Twitter, Facebook and YouTube. The army called
the day a black chapter and said those involved would be dealt with under the relevant laws. The
Punjab government requested army deployment in the province, and police said nearly 1,000
people had been arrested by Wednesday.

= 31 Maoists killed in Bijapur encounter, two jawans dead
@ B M | counterinsurgency_operation
RAIPUR: Thirty-one Maoists and two security personnel were killed in an encounter in the
Indravati National Park area of Chhattisgarh's Bijapur district on Sunday, police said, in one of
the biggest operations against the ultras this year. A joint team of the District Reserve Guard,
the Special Task Force and the CoBRA had moved into the forest on intelligence inputs about the
presence of senior cadres, the Inspector General of Police for Bastar said. The gunfight
started around 8 in the morning and continued intermittently through the day. Two other jawans
were injured and have been airlifted to Raipur. Automatic weapons, explosives and a large
quantity of Maoist literature were recovered. Union home minister Amit Shah said on X that the
country would be rid of Naxalism before the deadline of March 2026.

= 20 Indian soldiers killed in violent face-off with Chinese troops in Galwan
@ B | border_clash
NEW DELHI: An officer and 19 other Indian soldiers were killed in a violent clash with Chinese
troops in the Galwan valley of eastern Ladakh on Monday night, the Army said, in the deadliest
confrontation between the two countries in more than four decades. Soldiers from both sides
fought with rocks, clubs and iron rods wrapped in barbed wire at heights of over 14,000 feet,
sources said, and several of the injured died of exposure in the sub-zero temperatures. The
commanding officer of 16 Bihar, Colonel B Santosh Babu, was among the dead. China said its troops
had been provoked but did not give a toll. Indian and Chinese troops have since disengaged at the
clash site, the Army said. External affairs minister S Jaishankar told his Chinese counterpart
that the incident was premeditated and planned.

= Taliban say dozens killed as Pakistani jets bomb Barmal in Paktika
@ E M | airstrike
KABUL: Pakistani warplanes bombed several locations in Barmal district of Afghanistan's Paktika
province late on Tuesday, killing at least 46 people, most of them women and children, a Taliban
spokesman said. Residents told reporters that homes in the Laman area were destroyed, and local
officials said many of the dead were people who had fled military operations in Waziristan in
recent years. Security sources in Pakistan said the strikes targeted hideouts and a training
facility of the Tehreek-i-Taliban Pakistan and that a number of militants were killed. The
Taliban's defence ministry said it would respond, calling the bombing a violation of Afghan
sovereignty. Pakistan's foreign office did not confirm the strikes but said it was determined
to protect its citizens from terrorists operating from Afghan soil. The bombing came hours after
a Pakistani envoy held talks in Kabul.

= Three Rohingya killed as armed groups clash in Ukhia camps
@ B V E D | camp_clash
COX'S BAZAR: Three Rohingya men were killed and at least seven injured in a gunfight between two
armed groups at camps 13 and 15 in Ukhia upazila early on Friday, police said. The clash between
members of the Arakan Rohingya Salvation Army and the Rohingya Solidarity Organisation lasted
more than two hours, with residents reporting gunfire and explosions from handmade bombs. A
volunteer with a community watch group was among those killed, according to camp leaders. The
Armed Police Battalion, which is responsible for security in the camps, said it had recovered a
foreign-made pistol and several rounds of ammunition. Dozens of families moved to relatives'
shelters in other blocks for the night. Killings in the camps have risen sharply this year as
the groups fight for control, the Refugee Relief and Repatriation Commissioner's office said.

= Hindu homes and temples attacked in Thakurgaon after Hasina's fall
@ V U D | communal_attack
THAKURGAON: Homes, shops and temples belonging to Hindu families were vandalised, looted and set on
fire in several villages of Thakurgaon and Dinajpur on Monday night and Tuesday, residents and
community leaders said. In Thakurgaon's Baliadangi upazila, groups of men armed with sticks went
from house to house demanding money and threatening residents, a schoolteacher said. Dozens of
Hindu families fled towards the border with India and were stopped by the BSF, while others took
shelter in a school under the protection of local students. The Bangladesh Hindu Buddhist
Christian Unity Council said it had recorded attacks in at least 52 districts since the fall of
the government. Students and madrasa pupils have taken turns guarding temples in several towns.
The army said it had deployed additional teams in the north-western districts.

= Northeast Delhi riots: toll rises to 38 as fresh violence reported
@ U V | communal_riot
NEW DELHI: The death toll in the communal violence in northeast Delhi rose to 38 on Thursday as
more bodies were brought to GTB Hospital and fresh incidents of arson were reported from
Bhajanpura and Mustafabad, officials said. More than 200 people are being treated for injuries,
many of them with gunshot wounds, the hospital's medical superintendent said. Shops, houses, a
school and a mosque were torched in Shiv Vihar, where residents said mobs armed with rods and
petrol bombs roamed the lanes unchecked. The body of an Intelligence Bureau staffer was pulled
out of a drain in Chand Bagh. Delhi Police said 106 people had been arrested and 18 FIRs
registered. The Delhi High Court pulled up the police for failing to register cases against
politicians over hate speeches. National Security Adviser Ajit Doval toured the affected areas.

= Gunmen offload passengers from buses in Musakhel, kill 23
@ V T | massacre
QUETTA: Armed men blocked the national highway in Balochistan's Musakhel district early on Monday,
forced passengers off buses and trucks, checked their identity cards and shot dead 23 people
from Punjab, officials said. Assistant Commissioner Najeebullah Kakar told Dawn that the gunmen
also set fire to at least ten vehicles before fleeing. The attack was one of several carried out
overnight across the province, including on a railway bridge in Bolan and a Levies post in
Kalat, in which more than a dozen security personnel were killed. The banned Balochistan
Liberation Army claimed responsibility. Prime Minister Shehbaz Sharif condemned what he called a
planned terrorist campaign to spread chaos. Bodies of the dead were shifted to Dera Ghazi Khan,
where relatives gathered at the hospital.

= Eight police killed as Tharuhat protest turns violent in Tikapur
@ U | riot
DHANGADHI: Eight security personnel, including a senior superintendent of police, and a toddler
were killed on Monday when protesters demanding a separate Tharuhat province attacked police in
Tikapur, Kailali district, officials said. The protesters, armed with spears, sticks and
axes, surrounded a police team that had been deployed to enforce prohibitory orders, the chief
district officer said. Some of the officers were hacked to death and others were set on fire.
The government imposed an indefinite curfew in Tikapur and deployed the Nepal Army in the area.
Several houses and shops were later torched in retaliation. Prime Minister Sushil Koirala
expressed deep sorrow and urged agitating groups to come to the negotiating table. Tension
remained high in the western Tarai, where protests over the draft constitution have continued
for weeks.
"""

POSITIVES = positives(RAW)
