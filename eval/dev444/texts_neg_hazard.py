"""dev444 negatives, disasters, accidents, health and crime desks: cyclones, floods, landslides,
lightning and an earthquake, launch capsizes and fires, factory and building fires, a depot
explosion, road and rail crashes, dengue, a fire in the Rohingya camps, mob beatings, robberies,
drugs and kidnapping for ransom. Labels follow eval/README.md (section 1) and the decisions in
eval/dev444/README.md.

NEGATIVES = [(title, text, kind code), ...]
"""


def _c(s: str) -> str:
    """One line, single spaces: the texts are wrapped here for reading only."""
    return " ".join(s.split())


NEGATIVES = [
    (
        "Cyclone Remal leaves 16 dead, 35,000 homes damaged; army, navy join relief in coastal "
        "districts",
        _c("""
Cyclone Remal killed at least 16 people and damaged around 35,000 homes as it crossed the
coast between Mongla and Sagar Island on Sunday night with winds of up to 111 kilometres per
hour, the disaster management ministry said yesterday. Most of the victims were crushed under
falling trees or walls, and two fishermen drowned when their trawler capsized off Patuakhali.
Around eight lakh people had been moved to 9,000 cyclone shelters before landfall, officials
said. The storm surge, up to three metres high, breached embankments in Khulna, Satkhira and
Bagerhat, flooding villages and shrimp farms. Army and navy teams have joined the fire service
and volunteers in clearing roads and distributing dry food and drinking water. Power supply was
cut to around three crore people in the coastal districts, and it may take days to restore it
fully, the power division said. The Sundarbans was flooded for more than 36 hours, and forest
officials fear that many deer drowned. The prime minister will visit the affected areas today.
"""),
        "disaster",
    ),
    (
        "Feni floods: 12 lakh people stranded as army, navy boats and volunteers race to reach "
        "villages",
        _c("""
Around 12 lakh people remained stranded in Feni yesterday as the worst floods in living memory
submerged almost the entire district after days of heavy rain and a surge of water from upstream
in India's Tripura. Army, navy, coast guard and fire service teams, along with hundreds of
volunteers who came from Dhaka and Chattogram with speedboats and rubber boats, were racing to
reach people stuck on rooftops in Parshuram, Fulgazi and Chhagalnaiya. At least 18 people have
died in the floods in Feni, Cumilla, Noakhali and Lakshmipur, the disaster management ministry
said. Mobile networks were down across most of Feni, and relatives in Dhaka and abroad posted
pleas on social media for news of their families. Around 3.5 lakh people have taken refuge in
schools and shelters, where food and drinking water are running short, volunteers said. The
Dhaka-Chattogram highway was under water in parts of Feni, halting traffic for hours. The
Meteorological Department said rain would ease from Sunday, but the water could take a week to
recede.
"""),
        "disaster",
    ),
    (
        "Landslides after heavy rain kill 10 Rohingya, including five children, in Ukhiya camps",
        _c("""
Ten Rohingya refugees, including five children, were killed when hillsides collapsed on their
shelters in three camps in Ukhiya early yesterday after more than 300 millimetres of rain fell in
24 hours, officials said. In Camp 9, a family of five was buried under mud when a slope behind
their shelter gave way around 3:00am, the camp-in-charge said. Another three people died in Camp
10 and two in Camp 14, and at least 12 were injured. Fire service and volunteers dug out the
bodies by hand with the help of neighbours. The camps are built on steep, deforested hills, and
landslides kill refugees almost every monsoon, aid agencies said. Around 1,200 shelters were
damaged by landslides and flooding, and families were moved to learning centres and mosques.
The Meteorological Department has warned of more heavy rain and landslides in Cox's Bazar,
Bandarban and Rangamati over the next three days. The refugee commissioner's office said
families living in high-risk areas would be relocated.
"""),
        "disaster",
    ),
    (
        "Launch capsizes in Buriganga after being hit by larger vessel; 32 bodies recovered",
        _c("""
At least 32 people were killed when a small launch carrying passengers from Munshiganj capsized
in the Buriganga river near Shyambazar yesterday morning after being hit from behind by a larger
launch, officials said. The launch, with an estimated 50 to 60 passengers, sank within seconds
around 9:15am, as it was about to reach Sadarghat terminal, witnesses said. A video of the
accident shared on social media shows the larger launch pushing the smaller vessel under while
reversing from the terminal. Fire service and navy divers recovered 32 bodies by evening, and
the search continued for missing passengers. The bodies were laid out at Mitford Hospital, where
relatives crowded to identify them. The shipping ministry formed a seven-member probe committee,
and police detained the master and two crew members of the larger launch. The ministry announced
Tk 1.5 lakh for each family of the dead to cover burial costs. River transport experts said
reckless manoeuvring and overcrowding at Sadarghat had made such accidents common.
"""),
        "accident",
    ),
    (
        "Fire on Barguna-bound launch in Sugandha river kills 38; engine room blamed",
        _c("""
At least 38 people were killed when a fire broke out on a Barguna-bound triple-decker launch in
the Sugandha river near Jhalakathi early yesterday, and dozens are still missing, officials said.
The fire started in the engine room around 3:00am while most of the more than 400 passengers were
asleep, and spread quickly through the upper decks, survivors said. Many passengers jumped into
the cold river, and some drowned while trying to swim ashore. Villagers on the bank rescued
dozens of people in their boats before fire service units arrived. Most of the victims had burns
or drowned, the civil surgeon of Jhalakathi said, and more than 70 injured people were taken to
Barishal and Dhaka hospitals. Investigators said the launch's engines had been replaced without
approval and that it carried no working fire extinguishers. The launch owner has been arrested,
police said. The government declared a day of mourning and announced Tk 1.5 lakh for each family
of the dead.
"""),
        "accident",
    ),
    (
        "Rupganj juice factory fire kills 52 workers trapped behind locked exit",
        _c("""
Fifty-two people were killed in a fire at a juice and food factory in Narayanganj's Rupganj that
burned for more than 24 hours, most of them workers trapped on the fourth floor behind a locked
collapsible gate, fire service officials said yesterday. The fire broke out on the ground floor
of the six-storey building on Thursday evening and spread quickly through stocks of plastic,
paper, ghee and chemicals, officials said. Firefighters recovered 49 charred bodies from the
fourth floor on Friday afternoon, while three people died after jumping from the roof. Relatives
gathered at the factory gate with photographs, saying many of the missing were teenagers working
night shifts. DNA samples are being taken from relatives to identify the bodies, which were
burned beyond recognition. Police arrested the owner and four others in a case filed over
negligence, and the factories inspection department said the building had no fire safety plan.
Labour rights groups said the use of child labour and locked exits showed that safety reforms
after Rana Plaza had not reached factories outside the garment sector.
"""),
        "accident",
    ),
    (
        "Bailey Road building fire kills 46; restaurants operated without fire safety clearance",
        _c("""
Forty-six people were killed when a fire swept through a seven-storey building full of
restaurants on Dhaka's Bailey Road on Thursday night, the health minister said. The fire started
at a tea and coffee shop on the ground floor around 9:50pm and spread through the single
staircase, which was stacked with gas cylinders, fire service officials said. Most of the victims
died from smoke inhalation, and many were families and students who had come to eat out. Fire
service units rescued 75 people, some of them from the roof, after a two-hour effort. Among the
dead were a journalist, a family of five and several university students, relatives said. The
fire service said it had served the building's owners three notices for lacking fire safety
arrangements. Police arrested four people, including the owners of two restaurants and the
building's manager. The Rajdhani Unnayan Kartripakkha said the building was approved for offices
and shops, not restaurants, and launched drives against similar buildings in Dhanmondi and
Khilgaon.
"""),
        "accident",
    ),
    (
        "Sitakunda container depot blaze and explosions kill 41, including nine firefighters",
        _c("""
At least 41 people, including nine firefighters, were killed when a fire at a private container
depot in Chattogram's Sitakunda set off a series of explosions on Saturday night, officials said
yesterday. The fire broke out around 9:00pm, and about an hour later a container of hydrogen
peroxide exploded while firefighters and workers were trying to put out the flames, sending a
fireball into the sky. The blast was felt several kilometres away and shattered windows of
houses in nearby villages. More than 200 people were injured, many of them with severe burns,
and were taken to Chattogram Medical College Hospital, where doctors appealed for blood. The
army sent a team of chemical experts to contain the chemical, which kept burning for more than 60
hours. The depot had no permission to store hazardous chemicals and had not informed the fire
service about them, officials said. The government announced Tk 50,000 for each family of the
dead and formed two probe committees.
"""),
        "accident",
    ),
    (
        "Bus plunges into roadside ditch on Dhaka-Mawa expressway, killing 19 passengers",
        _c("""
Nineteen people were killed and 26 injured when a Khulna-bound bus plunged into a roadside ditch
on the Dhaka-Mawa expressway in Madaripur's Shibchar yesterday morning, police said. The driver
lost control after a tyre burst around 7:30am while the bus was running at high speed, the
officer-in-charge of Shibchar highway police station said. The bus hit the railing of an
overpass and fell about ten metres into the ditch. Fourteen passengers died on the spot and five
more at hospitals in Shibchar and Faridpur, and the injured were taken to Dhaka. Passengers who
survived said the driver had been driving recklessly since leaving Jatrabari. Police said the
bus had no valid fitness certificate and that its driver had a licence for light vehicles only.
According to the Road Safety Foundation, around 6,500 people died in road crashes last year. The
road transport adviser ordered an inquiry and said the bus owner would face action.
"""),
        "accident",
    ),
    (
        "Seventeen killed as goods train rams passenger train at Bhairab junction",
        _c("""
At least 17 people were killed and more than 100 injured when a goods train rammed into the last
carriages of a Dhaka-bound passenger train at Bhairab junction in Kishoreganj yesterday
afternoon, railway officials said. The passenger train was leaving the station around 3:30pm when
the goods train, coming from Chattogram, entered the same line at speed and crashed into it,
overturning two carriages. Many passengers were trapped in the crushed carriages, and fire
service units and locals used cutters and hammers to pull them out. The injured were taken to
Bhairab upazila health complex and to hospitals in Kishoreganj and Dhaka. The railway ministry
said the goods train appeared to have overshot a signal and formed two probe committees. Train
services between Dhaka and Chattogram and Sylhet were suspended for around eight hours until a
rescue train cleared the line. The government announced Tk 25,000 for each bereaved family.
"""),
        "accident",
    ),
    (
        "Dengue deaths cross 1,000 in record year; Dhaka hospitals run short of beds",
        _c("""
Deaths from dengue crossed 1,000 yesterday, the highest annual toll since the disease was first
recorded in Bangladesh in 2000, as hospitals in Dhaka struggled to find beds for patients. The
Directorate General of Health Services said 14 more people died in the 24 hours to 8:00am,
bringing the year's toll to 1,006, while 2,893 patients were admitted to hospitals. Doctors at
Mugda Medical College Hospital said they had put extra beds in corridors and on the floors of
the wards. Unlike previous years, most deaths this year have been outside Dhaka, and the disease
has spread to all 64 districts, health officials said. The city corporations said they had
launched a war against Aedes mosquitoes, with drives to destroy breeding grounds and fines for
owners of buildings where larvae are found. Entomologists said sporadic rain and construction
sites were keeping mosquito breeding high into October. The health minister urged people to see
a doctor early and avoid self-medication.
"""),
        "health",
    ),
    (
        "Fire in Balukhali Rohingya camp destroys 2,000 shelters, leaves 12,000 homeless",
        _c("""
A fire in the Balukhali Rohingya camp in Ukhiya destroyed around 2,000 shelters yesterday
afternoon and left about 12,000 people homeless, officials said. The fire broke out in a shelter
in Camp 11 around 3:00pm, probably from a cooking stove, and spread quickly through the tightly
packed bamboo and tarpaulin huts, the camp-in-charge said. Gas cylinders used for cooking
exploded one after another as the flames spread, residents said. Fire service units from Ukhiya,
Cox's Bazar and Ramu brought the fire under control after three hours, with the help of
refugee volunteers. No deaths were reported, but around 20 people were treated for burns and
injuries. Two health centres, a learning centre and a mosque were also gutted. Aid agencies set
up temporary shelters and distributed food to families who spent the night in the open. The
refugee commissioner's office formed a committee to find the cause of the fire.
"""),
        "accident",
    ),
    (
        "Mob beats two suspected cattle thieves to death in Gazipur's Kaliakair",
        _c("""
Two men were beaten to death by a mob on suspicion of stealing cattle in Gazipur's Kaliakair
early yesterday, police said. Villagers caught the two men around 3:30am as they were loading two
cows onto a pickup van, and a crowd gathered after a mosque loudspeaker announced that thieves
had been caught, local residents said. The men were tied up and beaten with sticks and iron rods,
and both were dead by the time police arrived. The pickup driver managed to flee. Police said the
two had earlier been arrested in cattle theft cases in Tangail and Gazipur. A murder case has been
filed against unnamed villagers, and police said they were reviewing video footage to identify
those involved. Rights groups say mob beatings have risen sharply this year, and Ain o Salish
Kendra counted 128 deaths from mob beatings in the first nine months. The police headquarters
urged people not to take the law into their own hands and to hand suspects over to the police.
"""),
        "crime",
    ),
    (
        "Robbers stab jewellery trader, snatch 80 bhori of gold near Savar bazar",
        _c("""
A jewellery trader was stabbed and robbed of around 80 bhori of gold and Tk 3 lakh in cash as he
was returning home from his shop in Savar last night, police said. Four men on two motorcycles
stopped the trader's rickshaw near Savar bazar bus stand around 10:30pm, stabbed him in the thigh
and arm and took his bag, witnesses said. The trader was taken to Enam Medical College Hospital,
where doctors said he was out of danger. Traders of the bazar closed their shops in protest on
Wednesday morning and held a human chain demanding the arrest of the robbers. The officer-in-charge
of Savar model police station said the robbers had probably followed the trader from his shop and
that footage from CCTV cameras was being checked. A case has been filed, and police have detained
one man for questioning. Jewellery traders' associations said robberies of traders had increased
in Savar and Ashulia over the past six months.
"""),
        "crime",
    ),
    (
        "BGB seizes 12 lakh yaba pills from fishing trawler in Teknaf; two Rohingya arrested",
        _c("""
Border Guard Bangladesh seized around 12 lakh yaba pills from a fishing trawler at the mouth of
the Naf river in Teknaf early yesterday and arrested two Rohingya men, in the largest single haul
of the drug this year. Acting on a tip-off, a BGB team stopped the trawler near Shah Porir Dwip
around 4:00am and found the pills hidden in sacks under the fishing nets, the commander of the
Teknaf battalion said. Four other men on board jumped into the water and escaped, he said. The
pills, worth an estimated Tk 36 crore, were brought from Myanmar for dealers in Cox's Bazar and
Chattogram, BGB said. The BGB commander said the force's war on drugs would continue along the
border. A case has been filed with Teknaf model police station under the narcotics control act.
Officials say smugglers have shifted to the sea route since patrols were stepped up along the
river.
"""),
        "crime",
    ),
    (
        "Seven farmers held for ransom in Teknaf hills rescued after four days; three kidnappers "
        "arrested",
        _c("""
Police and Rab yesterday rescued seven farmers who had been held for ransom in the hills of
Teknaf's Hnila union for four days, and arrested three members of a kidnapping gang. The farmers
were taken from their betel leaf gardens at the foot of the hills on Saturday afternoon, and the
gang later phoned their families demanding Tk 5 lakh for each of them, the families said. A
joint team traced the gang's mobile phones and raided a hideout in the hills on Wednesday
morning, rescuing the farmers unhurt, a Rab spokesman said. Two machetes and a locally made gun
were recovered from the hideout. The three arrested men told interrogators that the gang had
carried out at least nine kidnappings for ransom this year, police said. Residents of Hnila and
Whykong said fear of kidnapping had stopped many farmers from going to their fields near the
hills. Police said they would set up a temporary camp in the area.
"""),
        "crime",
    ),
    (
        "Lightning kills 14 in a day in northern districts as pre-monsoon storms sweep country",
        _c("""
At least 14 people, most of them farmers working in paddy fields, were killed by lightning in
eight northern and central districts yesterday as pre-monsoon storms swept across the country,
officials and family members said. Four people died in Chapainawabganj, three in Sunamganj, two
each in Kishoreganj and Netrokona and one each in Rangpur, Sirajganj and Naogaon, our
correspondents reported. Most of the victims were harvesting boro rice in open fields when the
storms broke in the afternoon. A schoolboy was killed while playing football in a field in
Sunamganj. The disaster management ministry said it had planted palm saplings along roads to act
as natural lightning rods, but few had grown tall enough. Experts said the loss of tall trees and
increasing heat had made lightning deaths more frequent. The Meteorological Department forecast
more thunderstorms for the next three days.
"""),
        "disaster",
    ),
    (
        "Siddique Bazar building blast kills 20; gas accumulation in basement suspected",
        _c("""
At least 20 people were killed and more than 100 injured when an explosion ripped through a
seven-storey commercial building in Old Dhaka's Siddique Bazar yesterday afternoon, fire service
and police officials said. The blast, around 4:50pm, blew away the walls of the basement and
ground floor, where sanitaryware shops were located, and damaged a bus passing on the road.
Rescuers pulled out bodies and injured people from the rubble through the night, and the injured
were taken to Dhaka Medical College Hospital. Fire service officials said the explosion appeared
to have been caused by gas that had accumulated in the basement from a leaking line or from the
building's septic tank. Officials of the counter-terrorism unit and the bomb disposal team who
visited the site said they had found no sign of explosives. Rajuk said the building had been
constructed without proper approval. Several buildings in the area were evacuated as engineers
checked them for cracks.
"""),
        "accident",
    ),
    (
        "Magnitude 5.7 earthquake centred in Narsingdi kills 10, cracks buildings across Dhaka",
        _c("""
At least ten people were killed and more than 600 injured when a magnitude 5.7 earthquake
centred in Narsingdi's Madhabdi shook Dhaka and much of the country yesterday morning, the
disaster management ministry said. The quake struck at 10:38am and lasted around 25 seconds,
sending panicked people running out of offices, homes and schools. In Old Dhaka, three people
were killed when the railing of a building fell on passers-by, and a child died when a wall
collapsed in Narsingdi. Many of the injured were students and garment workers hurt in stampedes
as they rushed down stairs. Cracks appeared in dozens of buildings in Dhaka, and some were
evacuated as engineers checked them, Rajuk said. Experts said it was the strongest quake with an
epicentre so close to the capital in decades and warned that a larger one could cause massive
destruction. The fire service said it had received more than 100 calls from people reporting
damage.
"""),
        "disaster",
    ),
]
