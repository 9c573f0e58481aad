"""dev273 positives, part A: current militant attacks, operations, communal and political
violence and border firing in the South Asian national press (Pakistan, India, Bangladesh,
Sri Lanka, Nepal, Afghanistan), 2014-2026."""

from _wrap import positives

RAW = """
= Gunmen ambush passenger convoy in Kurram, at least 42 killed
@ V T | ambush
PARACHINAR: At least 42 people, among them women and children, were killed on Thursday when
gunmen opened fire on a convoy of passenger vehicles travelling under police escort from
Parachinar to Peshawar in Kurram district, officials said. The convoy of around 200 vehicles
came under attack near Mandori in Lower Kurram, where assailants positioned on both sides of the
road sprayed the vans and cars with automatic fire for nearly 40 minutes. A senior police officer
told Dawn that the escort returned fire but was outnumbered. The injured, more than 30 by the
evening count, were taken to the district headquarters hospital in Parachinar, where a medical
emergency was declared. Khyber Pakhtunkhwa's chief minister called the attack an act of
terrorism and ordered an inquiry into the security lapse. The road had reopened only last month
after weeks of closure caused by tribal clashes over land. Traders in Parachinar announced a
sit-in until the killers were arrested. No group had claimed responsibility by late night.

= Two jawans killed as Maoists blow up vehicle in Bijapur; combing operation launched
@ E M | ied_attack
RAIPUR: Two District Reserve Guard personnel were killed and three injured when suspected Maoists
triggered an improvised explosive device under their vehicle on the Kutru-Bedre road in
Chhattisgarh's Bijapur district on Monday afternoon, police said. The team was returning to camp
after an area domination exercise when the blast ripped through the SUV, leaving a crater nearly
two metres deep. Inspector General of Police (Bastar range) said the explosive, estimated at
40 to 50 kg, appeared to have been planted weeks in advance. Reinforcements from the CRPF's
CoBRA unit were rushed to the spot and a combing operation was under way in the surrounding
forests by evening. The injured were airlifted to Raipur and are said to be out of danger. The
attack comes days after security forces claimed a string of successes against the outlawed
CPI (Maoist) in south Bastar. Chief minister Vishnu Deo Sai said the sacrifice of the jawans
would not go in vain.

= Houses torched, curfew imposed in Khagrachari as hill tracts violence spreads
@ U V | communal_violence
KHAGRACHARI: The administration imposed Section 144 in Khagrachari town and Dighinala upazila on
Friday after a second day of violence between Bangalee settlers and Pahari residents left at
least three people dead and dozens of shops and houses burned. Witnesses told The Daily Star
that groups armed with sticks and machetes attacked the Larma Square market on Thursday evening,
setting fire to around 40 shops owned mostly by indigenous traders. Gunshots were heard in the
town through the night, and three Pahari youths were found dead with bullet wounds on Friday
morning. The trouble began after a man was beaten to death over an alleged theft in Dighinala
earlier in the week. Army and BGB personnel patrolled the streets on Friday, and mobile internet
was suspended across the three hill districts. Rights groups in Dhaka demanded a judicial
probe, and the interim government's home adviser said no one involved would be spared.

= Five militants killed as Army foils infiltration bid in Kupwara
@ B M | gunfight
SRINAGAR: Five militants were killed on Sunday as the Army foiled an infiltration bid along the
Line of Control in the Machil sector of north Kashmir's Kupwara district, a defence spokesperson
said. Troops on the forward posts noticed movement in the early hours and challenged the group,
triggering an exchange of fire that went on intermittently until the afternoon. Two AK-47 rifles,
pistols, grenades and a quantity of Pakistani currency were recovered from the site, according to
the spokesperson. One soldier was injured and has been evacuated to the base hospital in
Srinagar. The operation was continuing in the area as more infiltrators were suspected to be
hiding in the dense forest. Police said the identities of those killed were being ascertained.
It was the third infiltration attempt in the sector since the snow began to melt in April.

= Suicide bomber strikes Quetta railway station, 26 dead
@ T E V | suicide_bombing
QUETTA: At least 26 people, including 14 soldiers, were killed and over 60 injured when a
suicide bomber blew himself up on a crowded platform at Quetta railway station on Saturday
morning, police and hospital officials said. The blast took place minutes before the Jaffar
Express was due to leave for Peshawar, as passengers and soldiers returning from a course queued
near the booking office. Footage broadcast on local channels showed the roof of the platform
torn away and luggage scattered across the tracks. The banned Balochistan Liberation Army claimed
responsibility in a statement sent to journalists. Chief minister Sarfraz Bugti described it as
a cowardly act of terrorism aimed at innocent people. Civil Hospital Quetta appealed for blood
donations as the wards filled up. Train services to and from Quetta were suspended until
further notice.

= Drone-dropped bombs hit Manipur village; residents flee to relief camps
@ E B V D | drone_attack
IMPHAL: Suspected militants used drones to drop explosives on Koutruk village in Imphal West
district on Sunday, killing a woman and injuring nine others, including a child, the Manipur
police said. Heavy gunfire from the surrounding hills preceded the attack, and the exchange with
village volunteers and central forces lasted more than three hours. Police described the use of
drone-borne bombs against civilians as a significant escalation, saying such weapons had
usually been seen only in battlefields. Several families from Koutruk and neighbouring Kadangband
left their homes by evening and took shelter at a relief camp in Phayeng. A police officer told
The Hindu that additional Assam Rifles columns had been moved into the area and that search
operations were under way. The state government announced ex gratia of Rs 10 lakh for the family
of the woman killed. Manipur has seen recurrent clashes between Meitei and Kuki-Zo groups since
May 2023.

= Parliament set ablaze, 19 killed as police fire on youth protesters in Kathmandu
@ U | crackdown
KATHMANDU: At least 19 people were killed and more than 300 injured on Monday as police opened
fire on thousands of young protesters who broke through barricades around the Federal Parliament
in New Baneshwor, hospital officials said. The demonstration, called by students against a ban
on social media platforms and against corruption, turned violent after protesters climbed over
the gates and set fire to a section of the complex. Police used tear gas, water cannon and
rubber bullets before switching to live ammunition, witnesses told the Post. The Civil Service
Hospital and the National Trauma Centre said most of the dead had gunshot wounds to the head or
chest. The district administration imposed an indefinite curfew in Baneshwor, Singha Durbar and
the area around the president's residence. Home minister Ramesh Lekhak resigned late in the
evening, taking moral responsibility for the deaths. Protests also turned violent in Itahari,
Butwal and Pokhara.

= Pakistani, Afghan forces exchange heavy fire at Torkham; border crossing shut
@ B E | border_clash
LANDI KOTAL: Pakistani and Afghan border forces traded heavy fire at the Torkham crossing late on
Sunday night, leaving at least one Pakistani soldier and two civilians injured, officials in
Khyber district said. The firing began after Afghan Taliban forces tried to build a post on what
Pakistan considers its side of the border, according to a security official. Mortar shells
landed near the customs terminal, forcing traders and drivers to abandon their vehicles and take
cover. The Taliban's border brigade spokesman in Nangarhar accused Pakistani troops of firing
first. The crossing, the busiest between the two countries, was closed to trade and pedestrian
traffic on Monday, leaving hundreds of trucks stranded on both sides. Local elders were trying
to arrange a flag meeting to defuse the situation. The exchange is the latest in a series of
clashes along the frontier this year.

= Serial blasts rip through Colombo churches and hotels on Easter Sunday
@ T E V | bombing
COLOMBO: More than 200 people were killed and over 450 wounded on Sunday when a series of
explosions tore through three churches and three luxury hotels in and around Colombo and in
Batticaloa as Christians gathered for Easter services, police said. The first blasts struck
St Anthony's Shrine in Kochchikade and St Sebastian's Church in Negombo shortly before nine in the
morning, followed within minutes by the Shangri-La, Cinnamon Grand and Kingsbury hotels. Two more
explosions were reported in the afternoon at a guest house in Dehiwala and a house in
Dematagoda, where three policemen were killed during a raid. Defence minister Ruwan Wijewardene
said the attacks were carried out by suicide bombers belonging to a religious extremist group.
The government imposed a nationwide curfew and blocked social media. Several foreign nationals
were among the dead. Police said 13 suspects had been arrested by nightfall.

= Six killed as quota protests turn deadly across Bangladesh
@ U | crackdown
DHAKA: At least six people were killed and hundreds injured on Tuesday as protests against the
quota system in government jobs turned violent in Dhaka, Chattogram and Rangpur, police and
hospital sources said. In Rangpur, Begum Rokeya University student Abu Sayed was shot dead as
police fired rubber bullets and live rounds to disperse protesters near the campus gate. In
Dhaka, students clashed for hours with activists of the ruling party's student wing on several
campuses, using sticks, bricks and iron rods, while police fired tear gas and sound grenades. The
authorities ordered all public and private universities closed and deployed the Border Guard
Bangladesh in five cities. Protest coordinators announced a complete shutdown for Thursday and
vowed to continue until their demands were met. The home minister accused opposition parties of
exploiting the students' movement.

= TTP militants storm police station in Lakki Marwat, four policemen martyred
@ B T E | militant_attack
BANNU: Four policemen were martyred and two others injured when dozens of militants attacked the
Burgai police station in Lakki Marwat district with heavy weapons late on Tuesday night, police
said. The attackers, armed with rocket-propelled grenades and sniper rifles, surrounded the
station from three sides and the gunfight continued for nearly four hours. Reinforcements
reached the area after midnight and the militants retreated towards the hills. The banned
Tehreek-i-Taliban Pakistan claimed responsibility for the attack in a message to reporters. The
district police officer told Dawn that the station had been attacked twice in the past six
months. Police personnel in the southern districts of Khyber Pakhtunkhwa have repeatedly
complained about a lack of night-vision equipment. Funeral prayers for the martyrs were held at
the police lines on Wednesday.

= Shells from Myanmar fighting land in Bandarban; two killed, villagers flee
@ E D | cross_border_shelling
BANDARBAN: Two people, a Bangladeshi woman and a Rohingya man, were killed on Monday when a mortar
shell fired from across the border landed on a house in Jolpaittoli village of Naikhongchhari's
Ghumdhum union, local officials said. Fighting between the Myanmar army and the Arakan Army for
control of border outposts has intensified over the past week, and residents said gunfire and
explosions could be heard day and night. Around 95 members of Myanmar's Border Guard Police
fled into Bangladesh with their weapons and were disarmed by the BGB. Hundreds of villagers from
Ghumdhum and Tumbru have left their homes and moved in with relatives further inland, the
union parishad chairman said. Five schools near the border have been closed. Bangladesh summoned
Myanmar's ambassador to lodge a strong protest, the foreign ministry said.

= Four dead as violence erupts over mosque survey in Sambhal
@ U | riot
MORADABAD: Four people were killed and over 20 police personnel injured on Sunday as violence
broke out in Uttar Pradesh's Sambhal during a court-ordered survey of the Shahi Jama Masjid,
officials said. A crowd gathered near the mosque as the survey team arrived in the morning, and
soon groups were throwing stones at the police and setting vehicles on fire, the district
magistrate said. Police used tear gas and batons to disperse the crowd; families of those killed
alleged that the police also opened fire, a charge the administration denied. Internet services
were suspended in the tehsil and schools were shut on Monday. Outsiders, including public
representatives, have been barred from entering the district until the end of the month. More
than 20 people had been detained by the evening, and cases have been registered against
hundreds of unnamed persons.

= India strikes nine sites in Pakistan and PoK; Islamabad vows response
@ E M | missile_strikes
ISLAMABAD: India struck nine sites in Punjab and Azad Kashmir with missiles in the early hours of
Wednesday, killing at least 26 civilians and injuring 46, the military's media wing said. The
Inter-Services Public Relations said the strikes hit a mosque complex in Bahawalpur, a seminary in
Muridke and several locations around Muzaffarabad and Kotli. New Delhi said its armed forces had
targeted terrorist infrastructure in response to last month's attack on tourists in Pahalgam and
that no Pakistani military facility had been hit. Prime Minister Shehbaz Sharif called the
strikes an act of war and said Pakistan had every right to respond. Artillery exchanges along
the Line of Control continued through the day, according to residents of the Neelum valley.
Flights at several airports were suspended, and educational institutions in Punjab and Azad
Kashmir were closed.

= Taliban refugees minister killed in suicide blast at Kabul ministry
@ T E | suicide_bombing
KABUL: Afghanistan's minister for refugees and repatriation, Khalil Haqqani, was killed along with
several of his guards on Wednesday when a suicide bomber detonated explosives inside the ministry
compound in Kabul, Taliban officials said. The attacker was reported to have entered the
building disguised as a visitor seeking help with documents, while a workshop was under way.
The Islamic State Khorasan group claimed responsibility through its Amaq outlet. Haqqani, an uncle
of interior minister Sirajuddin Haqqani, is the most senior Taliban figure killed since the
group returned to power in 2021. A spokesman for the administration condemned the attack and
said the ministry had been cordoned off. Pakistan's foreign office also condemned the blast. IS-K
has carried out a series of attacks on Taliban officials and on Shia worshippers in recent
years.

= Crude bombs hurled as BJP, TMC workers clash in Cooch Behar after polling
@ U E | political_violence
KOLKATA: Crude bombs were hurled and several houses vandalised as workers of the Trinamool
Congress and the BJP clashed in Cooch Behar's Dinhata on Sunday night, a day after polling in the
district, police said. One BJP worker died in hospital on Monday morning after being hit on the
head, and at least 11 people, among them two policemen, were injured. The BJP alleged that its
supporters were attacked for working as polling agents, while the ruling party accused the BJP of
bringing in outsiders to terrorise voters. Central forces staged a route march through the
affected wards on Monday and prohibitory orders were imposed. The Election Commission sought a
report from the state's chief electoral officer. Opposition leaders said some of their local office-bearers had gone
into hiding, which the district administration dismissed as exaggeration. Police said seven
people had been arrested.
"""

POSITIVES = positives(RAW)
