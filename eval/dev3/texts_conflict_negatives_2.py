"""dev3 conflict items: hard negatives, second half. See build.py."""

from items import C

C(
    "Press release: UN Security Council renews UNMISS mandate",
    "NEW YORK – The Security Council today unanimously adopted a resolution renewing the mandate of the UN Mission in South Sudan for another year. The resolution keeps the troop ceiling at 17,000 and asks the mission to support preparations for elections. The South Sudanese ambassador welcomed the decision.",
    "",
    "hard_negative_peace",
)
C(
    "Ukraine and Russia agree prisoner exchange in Istanbul",
    "Ukrainian and Russian delegations meeting in Istanbul agreed to exchange 1,000 prisoners each, the largest swap of the war, Turkish mediators said. The two sides also discussed a possible meeting of their leaders. The exchange is to take place in stages.",
    "",
    "hard_negative_peace",
)
C(
    "Ceasefire between Thailand and Cambodia takes effect",
    "A ceasefire between Thailand and Cambodia took effect at midnight, Malaysian mediators said, and both sides reported a quiet night along the border. Military commanders will meet to discuss the withdrawal of troops. Displaced villagers were told to wait before going home.",
    "",
    "hard_negative_peace",
)
C(
    "Mindanao: former rebels hand in weapons in decommissioning ceremony",
    "Former fighters of the Moro Islamic Liberation Front handed in hundreds of weapons at a decommissioning ceremony in Sultan Kudarat, under the 2014 peace agreement. Each combatant received cash and livelihood support. The peace process panel said the final phase would be completed next year.",
    "",
    "hard_negative_peace",
)
C(
    "Sudan: mediators announce humanitarian truce talks in Jeddah",
    "Saudi and US mediators invited Sudan's army and the RSF to new talks in Jeddah on a humanitarian truce and the protection of civilians. Both sides said they would send delegations. Previous rounds produced commitments that were not respected.",
    "",
    "hard_negative_peace",
)

# history
C(
    "Rwanda marks 30 years since genocide",
    "Rwanda began a week of commemorations on Sunday marking 30 years since the genocide in which some 800,000 people were killed. The president lit a flame at the Kigali Genocide Memorial. Survivors gave testimony, and foreign leaders laid wreaths. Schools held a minute of silence.",
    "",
    "hard_negative_history",
)
C(
    "WWII bomb defused in Cologne after evacuation",
    "Bomb disposal experts defused three unexploded American bombs from the Second World War in Cologne after 20,000 residents were evacuated from the city centre. It was the largest evacuation in the city since 1945. Residents returned in the evening.",
    "",
    "hard_negative_history",
)
C(
    "Srebrenica: remains of seven victims buried on anniversary",
    "The remains of seven victims of the 1995 Srebrenica massacre were buried at the memorial centre in Potočari on the 30th anniversary of the killings. Thousands of people attended. The victims were identified through DNA analysis of bones found in mass graves.",
    "",
    "hard_negative_history",
)
C(
    "Vietnam: reenactment marks 50 years since fall of Saigon",
    "Thousands of soldiers paraded and reenacted the capture of the presidential palace in Ho Chi Minh City to mark 50 years since the end of the Vietnam War. Tanks rolled past the palace gates, and jets flew overhead. Veterans from both sides attended.",
    "",
    "hard_negative_history",
)
C(
    "Normandy: last veterans at D-Day ceremony",
    "A handful of veterans, most of them over 100, attended ceremonies in Normandy marking the anniversary of the D-Day landings. Leaders laid wreaths at the American cemetery above Omaha Beach. A flypast of wartime aircraft closed the event.",
    "",
    "hard_negative_history",
)
C(
    "Historians publish new account of Biafra war",
    "A new history of the Biafran war, based on previously closed archives, estimates that up to two million people died in the 1967-70 conflict, most of them from starvation. The authors spent ten years on the book. It will be published in English and Igbo.",
    "",
    "hard_negative_history",
)

# entertainment
C(
    "Review: war drama follows a platoon in Mosul",
    "The new film follows a platoon of Iraqi special forces through the battle for Mosul, with relentless gunfire and explosions. The director shot it in Morocco with non-professional actors. It is gripping but exhausting. In cinemas from Friday.",
    "",
    "hard_negative_entertainment",
)
C(
    "Video game set in Ukrainian war tops sales charts",
    "A tactical shooter set during the war in Ukraine has topped sales charts in Europe, with players controlling drone teams and infantry units. The studio, based in Kyiv, said part of the profits would go to charity. Critics praised its realism.",
    "",
    "hard_negative_entertainment",
)
C(
    "Exhibition: war photographers' images of Gaza and Sudan",
    "A new exhibition in Paris brings together images by photographers who covered the wars in Gaza, Sudan and Ukraine, including pictures of air strikes and displacement camps. Several of the photographers were killed in the field. The show runs until March.",
    "",
    "hard_negative_entertainment",
)
C(
    "TV: series on Colombian guerrilla war wins award",
    "A drama series about a young woman who joins the FARC guerrilla and later lays down her arms won the top prize at a television festival in Cannes. The writers interviewed dozens of former fighters. The second season begins filming in the autumn.",
    "",
    "hard_negative_entertainment",
)
C(
    "Memoir: a Syrian refugee's journey becomes a bestseller",
    "A memoir by a Syrian woman who fled the bombing of Aleppo and crossed the Aegean to Greece has become a bestseller in Germany. She now works as a nurse in Hamburg. Film rights have been sold.",
    "",
    "hard_negative_entertainment",
)
C(
    "Opera: new production of War and Peace opens in Moscow",
    "A new production of Prokofiev's War and Peace opened at the Bolshoi with a cast of more than 100 singers, cannons firing on stage and a burning Moscow as its backdrop. Critics praised the battle scenes. The run is sold out.",
    "",
    "hard_negative_entertainment",
)

# military
C(
    "Poland unveils record defence budget",
    "Poland will spend 4.7% of its GDP on defence next year, the highest share in NATO, the government said. The budget includes the purchase of tanks, howitzers and attack helicopters. The defence minister said the army would grow to 300,000 soldiers.",
    "",
    "hard_negative_military",
)
C(
    "North Korea test-fires missiles into the sea",
    "North Korea fired several short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's joint chiefs of staff said. The missiles flew about 350 km. Japan said none landed in its exclusive economic zone.",
    "",
    "hard_negative_military",
)
C(
    "NATO exercise tests Baltic defences",
    "More than 90,000 troops from NATO countries are taking part in the alliance's largest exercise in decades, with live-fire drills in Poland and the Baltic states. Troops practised crossing rivers and defending against an attack on the alliance's eastern flank. The exercise ends in May.",
    "",
    "hard_negative_military",
)
C(
    "Navy commissions new frigate",
    "The navy commissioned its newest frigate at a ceremony attended by the defence minister in the port of Toulon. The ship carries anti-submarine helicopters and missiles. It will join a carrier strike group next year.",
    "",
    "hard_negative_military",
)
C(
    "Germany reintroduces voluntary military service",
    "Germany's cabinet approved a new voluntary military service scheme, under which all 18-year-old men will have to fill in a questionnaire about their willingness to serve. The defence minister said the army needed tens of thousands more soldiers. The opposition called it a half-measure.",
    "",
    "hard_negative_military",
)
C(
    "Victory Day parade in Red Square",
    "Russia held its annual Victory Day parade in Red Square, with thousands of troops, tanks and intercontinental missile launchers. Foreign leaders watched from the stands. The president spoke for 15 minutes.",
    "",
    "hard_negative_military",
)

# accident
C(
    "Live: train collision in Greece",
    "23:55 – A passenger train and a freight train collide head-on near Larissa. 01:30 – Firefighters say at least 26 people are dead and dozens injured. 03:00 – Cranes lift the carriages. 08:00 – The transport minister resigns.",
    "",
    "hard_negative_accident",
)
C(
    "Boat carrying migrants capsizes off Libya",
    "A boat carrying about 80 migrants capsized off the Libyan coast, and at least 61 are feared drowned, the IOM said. Survivors said the boat left from Zuwara. The coastguard recovered 19 bodies.",
    "",
    "hard_negative_accident",
)
C(
    "Mine collapse in Zambia traps workers",
    "A mine wall collapsed at an open-pit copper mine in Chingola after heavy rains, trapping dozens of informal miners. Rescuers recovered 30 bodies. The government ordered an inspection of all mines in the area.",
    "",
    "hard_negative_accident",
)
C(
    "Iran: port explosion kills dozens in Bandar Abbas",
    "A huge explosion at the Shahid Rajaee port near Bandar Abbas killed at least 57 people and injured more than 1,000, officials said. The blast was caused by chemicals stored in containers, and officials ruled out sabotage. Smoke covered the city for days.",
    "",
    "hard_negative_accident",
)
C(
    "India: stampede at religious festival",
    "At least 30 people were killed in a stampede at the Kumbh Mela festival in Prayagraj when crowds rushed to bathe at dawn. Police said barriers broke under pressure from the crowd. The government announced compensation for the families.",
    "",
    "hard_negative_accident",
)
C(
    "Plane crash in Ahmedabad",
    "An Air India Boeing 787 bound for London crashed shortly after take-off from Ahmedabad, killing 241 people on board and dozens on the ground. One passenger survived. Investigators recovered the flight recorders.",
    "",
    "hard_negative_accident",
)

# health
C(
    "Press release: measles vaccination campaign in Chad",
    "N'DJAMENA – The health ministry, with support from WHO and UNICEF, today launched a measles vaccination campaign targeting 3 million children aged 6 months to 14 years. Vaccination teams will visit schools, markets and refugee camps. The campaign lasts ten days.",
    "",
    "hard_negative_health",
)
C(
    "Mpox outbreak spreads in eastern DRC",
    "Cases of mpox are rising in South Kivu, with more than 1,500 suspected cases and 30 deaths recorded this month, the health ministry said. Health workers say crowded housing in Uvira and Bukavu helps the virus spread. Vaccines arrived in Kinshasa last week.",
    "",
    "hard_negative_health",
)
C(
    "Cholera outbreak in Zambia after floods",
    "Zambia has recorded more than 10,000 cholera cases and 400 deaths since October, the health ministry said. The government turned a football stadium into a treatment centre. Schools reopened late.",
    "",
    "hard_negative_health",
)
C(
    "Dengue cases surge in Bangladesh",
    "Hospitals in Dhaka are overwhelmed by dengue patients, with more than 1,000 admissions a day, the health directorate said. Officials blame an early monsoon. The city is spraying insecticide in residential areas.",
    "",
    "hard_negative_health",
)
C(
    "Polio drops for children in Pakistan's north-west",
    "Pakistan launched a nationwide polio campaign to vaccinate 45 million children, with police escorting vaccinators in parts of Khyber Pakhtunkhwa. The country recorded 74 polio cases last year. Health workers go door to door for a week.",
    "",
    "hard_negative_health",
)
C(
    "Malaria vaccine rollout expands",
    "Eight more African countries have begun giving the malaria vaccine to young children, WHO said. The shots are given in four doses. Officials hope to reach millions of children by the end of the year.",
    "",
    "hard_negative_health",
)

# other
C(
    "Former refugee elected mayor in Norway",
    "A man who arrived in Norway as a refugee from Somalia at the age of nine was elected mayor of a town near Oslo. He said his story showed what integration could achieve. He plans to focus on housing.",
    "",
    "negative_other",
)
C(
    "Elections: Sri Lanka votes for new parliament",
    "Sri Lankans voted in a parliamentary election on Thursday, with turnout at about 65%. The president's party is expected to win a majority. Results are due on Friday.",
    "",
    "negative_other",
)
C(
    "Migrants land on Lampedusa",
    "More than 1,000 migrants arrived on the Italian island of Lampedusa over the weekend in dozens of small boats, most of them from Tunisia and Libya. The reception centre was over capacity. Transfers to Sicily began on Monday.",
    "",
    "negative_other",
)
C(
    "Science: satellites track deforestation in the Amazon",
    "Satellite data show deforestation in the Brazilian Amazon fell by 30% in the 12 months to July, the space research institute said. The government credited stronger enforcement. Fires remain a concern in the dry season.",
    "",
    "negative_other",
)
