"""Positives, part A: political violence in Japan and South Korea, and fire across the Korean
border, as NHK, Kyodo, the Japan Times, Yonhap and the Korea Herald reported it."""

from _parse import positives

DATA = """
@ V | assassination | Former Prime Minister Shinzo Abe shot during campaign speech in Nara
Former Prime Minister Shinzo Abe was shot on Friday while delivering a campaign speech outside Yamato-Saidaiji Station in the city of Nara, and was later pronounced dead at Nara Medical University Hospital.
Witnesses told NHK they heard two loud bangs and saw white smoke as Abe, 67, stood on a small platform at a street corner addressing a crowd of several hundred people.
He collapsed immediately, bleeding from the neck, and was flown to hospital by helicopter in a state of cardiopulmonary arrest.
Security police tackled a man holding what appeared to be a homemade gun wrapped in black tape and arrested him at the scene on suspicion of attempted murder.
Prefectural police identified the suspect as Tetsuya Yamagami, a 41-year-old unemployed resident of the city who once served in the Maritime Self-Defense Force.
Prime Minister Fumio Kishida, his voice shaking, told reporters the shooting was "a barbaric act" that could never be tolerated in the middle of an election.
Parties suspended campaigning across the country for the rest of the day, two days before the upper house vote.
Police searched the suspect's apartment later in the evening and said they had found several more handmade firearms there.

@ E V | bombing | Explosive thrown at Kishida at Wakayama fishing port; leader unhurt
An explosive device was thrown toward Prime Minister Fumio Kishida on Saturday as he prepared to speak at a fishing port in Wakayama city, sending a crowd of voters scrambling for cover moments before a loud blast.
Kishida was unhurt and was whisked away by his security detail, Kyodo News reported.
Fishermen and police officers wrestled a young man to the ground at Saikazaki port shortly after he threw a cylindrical object, which exploded about 50 seconds later.
A police officer suffered minor injuries, and local media said a second object resembling a pipe was found in the suspect's bag.
The man, identified as a 24-year-old resident of Kawanishi in Hyogo Prefecture, was arrested on suspicion of obstructing business and has refused to talk, investigators said.
The attack came less than a year after former Prime Minister Shinzo Abe was shot dead in Nara, and it has renewed scrutiny of security at outdoor campaign events ahead of local elections.
Kishida went on to deliver a speech in Wakayama later in the day, telling supporters that "we must never give in to violence" during an election.

@ V | stabbing | Opposition leader Lee Jae-myung stabbed in neck during Busan visit
Democratic Party leader Lee Jae-myung was stabbed in the neck on Tuesday while visiting the site of a planned airport on Gadeok Island in Busan, Yonhap News Agency reported.
The attacker, a man in his 60s wearing a paper crown bearing Lee's name, approached the opposition leader among reporters and supporters asking for an autograph and lunged at him with a knife about 18 centimeters long.
Lee fell to the ground and was treated at the scene before being taken to Pusan National University Hospital, then airlifted to Seoul National University Hospital for surgery on a damaged jugular vein.
Police arrested the suspect on the spot and said he had told them he meant to kill Lee.
Party spokesperson Kwon Chil-seung called the assault "a terrorist attack on democracy" and urged a thorough investigation of any accomplices.
President Yoon Suk Yeol expressed deep concern over Lee's condition and said violence of any kind must not be tolerated, according to his office.
Lee, who narrowly lost the 2022 presidential election to Yoon, is expected to remain in hospital for several days, doctors said.

@ V | assault | Democratic Party chief Song Young-gil struck with hammer at Seoul rally
Song Young-gil, chairman of the ruling Democratic Party, was attacked with a blunt object on Monday while campaigning for presidential candidate Lee Jae-myung in Seoul's Sinchon district, the party said.
A man in his 70s approached Song from behind as he greeted citizens and struck him on the back of the head several times with a small hammer he had taken from his bag, witnesses said.
Song was bleeding from the head and was taken to hospital in Sinchon, where he was treated for lacerations and was reported to be in stable condition.
Police arrested the suspect, a YouTuber known for extremist videos, at the scene and are questioning him over his motive.
"This is an act of violence against the election and against democracy itself," the party's campaign committee said in a statement.
Song later returned to the campaign trail with a bandage on his head and told supporters he would not be intimidated.
The attack came two days before early voting begins in the March 9 presidential election.

@ V | assault | Ruling party lawmaker Bae Hyun-jin attacked with rock in Gangnam building
Bae Hyun-jin, a lawmaker of the ruling People Power Party, was repeatedly struck on the head with a rock on Thursday in the stairwell of a building in Seoul's Sinsa-dong, the Korea Herald reported.
The assailant, identified as a 15-year-old middle school student, approached Bae as she left a meeting and asked her to confirm her identity before hitting her more than a dozen times, police said.
Bae was rushed to Soonchunhyang University Hospital in central Seoul, where she was treated for head wounds and bleeding.
Police detained the teenager at the scene, and officers were checking his mobile phone and internet activity to determine a motive.
The assault came less than a month after opposition leader Lee Jae-myung was stabbed in the neck in Busan, and lawmakers from both camps warned of a spreading politics of hatred.
The People Power Party said it would ask police for protection of its candidates ahead of the April parliamentary elections.

@ V | assault | US Ambassador Mark Lippert slashed in face at Seoul breakfast forum
US Ambassador Mark Lippert was attacked by a knife-wielding man at a breakfast forum in central Seoul on Thursday and suffered deep cuts to his face and left arm, police and embassy officials said.
The assailant, identified as Kim Ki-jong, a 55-year-old activist who advocates Korean reunification, shouted that the two Koreas should be reunified as he slashed the envoy with a fruit knife about 25 centimeters long.
Lippert, 42, was taken to Severance Hospital, where he received about 80 stitches to a gash on his right cheek, according to hospital officials.
Kim, who had been convicted of throwing a concrete block at the Japanese ambassador in 2010, was wrestled to the floor by forum participants and handed over to police.
He told reporters as he was taken away that he had acted in protest at the annual joint military drills, which began this week.
President Park Geun-hye, on a tour of the Middle East, called the attack "an assault on the Korea-US alliance" and ordered a full investigation.
Police said they would look into whether Kim had any links to North Korea.

@ E | arson | Man throws firebombs at LDP headquarters, rams car into fence at prime minister's office
A man threw several firebombs at the headquarters of the ruling Liberal Democratic Party in Tokyo's Nagatacho district early Saturday before ramming a light vehicle into a fence outside the prime minister's office, police said.
Police said there were no injuries, although the incendiary devices scorched part of the security fence and the pavement near the party building's entrance.
Officers detained the man, a 49-year-old resident of Saitama Prefecture, on suspicion of obstructing official duties after his car became wedged against the barricade.
Plastic bottles filled with what appeared to be gasoline and a cigarette lighter were found inside the vehicle, according to investigative sources quoted by NHK.
The man was reported to be a member of an anti-LDP political group and had posted messages criticizing the party on social media, the sources said.
Chief Cabinet Secretary Yoshimasa Hayashi said that violence aimed at politicians, especially during an election campaign, was "absolutely unacceptable."
The incident came eight days before the general election, and parties said security at rallies would be stepped up again.

@ U | riot | Yoon supporters storm Seoul court after arrest warrant extended
Hundreds of supporters of impeached President Yoon Suk Yeol stormed the Seoul Western District Court early Sunday, smashing windows and doors and attacking police officers after a judge extended Yoon's detention.
Protesters forced their way past police lines shortly after 3 in the morning, broke the court's glass entrance with plastic chairs and fire extinguishers, and roamed the upper floors looking for the judge who had issued the warrant, police said.
Some sprayed fire extinguishers at officers and threw bricks, while others damaged a car carrying investigators from the Corruption Investigation Office for High-ranking Officials the previous evening.
The Korean National Police Agency said 42 officers were injured, seven of them seriously, and that 86 people had been detained at the scene.
Acting President Choi Sang-mok called the violence "an unimaginable illegal act" and ordered a stern response from the police.
Broken glass and overturned furniture lay across the court's lobby as the sun came up, and the court suspended public access for the day.
Yonhap said the unrest was the first time a court in South Korea had been attacked by a mob.

@ V E | assassination | Kim Jong-nam killed with VX nerve agent at Kuala Lumpur airport, police say
Kim Jong-nam, the estranged half brother of North Korean leader Kim Jong-un, was killed with the banned chemical weapon VX at Kuala Lumpur International Airport, Malaysian police said Friday.
Police chief Khalid Abu Bakar said the nerve agent had been found on swabs taken from Kim's eyes and face after two women approached him at a self-check-in kiosk and rubbed a liquid on his face.
Kim, 45, complained of dizziness, sought help at a clinic in the terminal and died on the way to hospital, according to the police account.
Two women, one Indonesian and one Vietnamese, have been arrested, along with a North Korean man, and police are seeking several North Koreans believed to have left Malaysia the same day.
South Korea's National Intelligence Service told lawmakers in Seoul it believed Pyongyang's regime was behind the killing.
The Foreign Ministry in Seoul said the use of a chemical weapon in a public airport was a flagrant violation of international norms.
North Korea has denied any role and has demanded that the body be handed over.

@ E | landmine | Two South Korean soldiers maimed by landmines in DMZ, military blames North
Two South Korean soldiers were seriously wounded when landmines exploded during a patrol in the demilitarized zone near Paju, and the military said Monday that North Korean troops had planted the devices.
One staff sergeant lost both legs and another lost a leg in the blasts near a gate on the southern side of the military demarcation line, according to the Joint Chiefs of Staff.
Investigators concluded that the wooden-box mines had been buried recently by North Korean soldiers who crossed the border, the Defense Ministry said.
"We will make North Korea pay a harsh price proportionate to its provocation," Maj. Gen. Ku Hong-mo told a briefing in Seoul.
The military said it would resume propaganda loudspeaker broadcasts along the frontier for the first time in 11 years in response.
The Ministry of Unification called on Pyongyang to apologize and to punish those responsible, a demand the North is unlikely to heed.

@ E | shelling | North and South Korea trade artillery fire across western border
North Korea fired artillery shells across the border on Thursday afternoon, and South Korea responded with dozens of rounds of 155 mm howitzer fire, the Joint Chiefs of Staff said.
The North first fired a 14.5 mm anti-aircraft round toward a loudspeaker unit in Yeoncheon, Gyeonggi Province, and then several 76.2 mm shells that landed south of the military demarcation line, the JCS said.
South Korean artillery units answered with about 36 shells aimed at the area where the fire originated, and no casualties were reported on the southern side.
Residents of several villages near the border were evacuated to underground shelters, and authorities ordered about 2,000 people out of the area, Yonhap News Agency reported.
The exchange came after the South resumed loudspeaker broadcasts in retaliation for landmine blasts that maimed two of its soldiers this month.
Pyongyang later sent a letter demanding that the broadcasts stop within 48 hours, threatening further military action.
President Park Geun-hye, in military fatigues, visited a command post and ordered a firm response to any further provocation.

@ B | border_clash | Koreas exchange machine-gun fire after North targets leaflet balloons
North and South Korean troops exchanged heavy machine-gun fire across the border on Friday after the North shot at balloons carrying anti-Pyongyang leaflets launched by activists, the Defense Ministry said.
North Korean troops fired about 10 rounds from a 14.5 mm machine gun toward the balloons, and some of the bullets landed in the South near Yeoncheon, according to the ministry.
South Korean soldiers fired roughly 40 rounds of K-6 heavy machine-gun fire toward North Korean guard posts in response, and the North fired back with rifles, a military official said.
No casualties were reported on the South Korean side, and it was unclear whether anyone was hit in the North.
Residents of a village near Yeoncheon took shelter in a bunker for several hours, local officials said.
North Korea has repeatedly warned that it would treat the launches of propaganda leaflets as a provocation.
The gunfire was the first such exchange since the North shelled the island of Yeonpyeong in 2010, the Korea Herald said.

@ B | border_clash | North Korean gunfire hits South Korean guard post in Cheorwon; troops return fire
North Korean troops fired several bullets at a South Korean guard post in the central border town of Cheorwon on Sunday morning, and South Korean soldiers returned fire, the Joint Chiefs of Staff said.
The bullets struck the wall of the guard post inside the demilitarized zone, and no South Korean soldiers were hurt, the JCS said in a text message to reporters.
South Korean troops broadcast a warning and fired about 20 rounds from machine guns twice in response, under the military's rules of engagement.
The incident came a day after North Korean leader Kim Jong-un reappeared in public for the first time in three weeks, ending speculation about his health.
The military said it was communicating with the North through the inter-Korean military hotline to find out what had happened.
Officials said the firing did not appear to be deliberate, citing heavy fog in the area and the routine movement of North Korean farmers nearby.
It was the first such exchange of fire along the border in several years.

@ V | killing | North Korean troops shot dead South Korean fisheries official at sea, burned body, military says
North Korean troops shot dead a South Korean fisheries official who had drifted into the North's waters and then burned his body, the Defense Ministry said Thursday, calling the act an atrocity.
The 47-year-old official had gone missing from a fisheries inspection vessel near Yeonpyeong Island, close to the maritime border, on Monday, the ministry said.
According to military intelligence, North Korean sailors found him in the water wearing a life jacket on Tuesday afternoon and questioned him from a distance before opening fire on the orders of a superior.
Soldiers then poured oil on the body and set it alight, said Ahn Young-ho, a senior official at the Joint Chiefs of Staff.
"Our military strongly condemns this atrocity and strongly urges North Korea to provide an explanation and punish those responsible," Ahn said.
President Moon Jae-in called the killing shocking and "unacceptable under any circumstances," his office said.
The man's family has disputed the military's suggestion that he had tried to defect.

@ U V | mob_attack | Protesters beat Japanese man in Hong Kong after mistaking him for mainland Chinese
A Japanese man was beaten by a group of masked protesters in Hong Kong's Sham Shui Po district on Wednesday, apparently after being mistaken for a mainland Chinese, the Japanese Consulate General said.
The man, in his 60s, had been taking photographs near a street blockade when several protesters surrounded him and struck him with umbrellas and poles, according to a consulate official.
He was treated in hospital for injuries to his head and face, and his condition was not life-threatening, Kyodo News reported.
Police fired tear gas at protesters in several districts overnight, as clashes spread across the territory for a third straight day.
The consulate urged Japanese residents and tourists to stay away from protest sites and to carry their passports.
Some 25,000 Japanese nationals live in Hong Kong, and many Japanese companies told staff to work from home for the rest of the week.

@ U D | unrest | Japanese expatriates leave Dhaka as Bangladesh protests turn deadly
Dozens of Japanese nationals left Bangladesh this week on commercial flights as deadly clashes between protesters and security forces swept Dhaka, Japanese business sources said Monday.
Police and paramilitary troops fired live rounds, rubber bullets and tear gas at students demonstrating against government job quotas, and local media put the death toll at more than 150.
Protesters set fire to the headquarters of the state broadcaster and to dozens of police stations and vehicles, and the government imposed a nationwide curfew with orders to shoot on sight.
Japan's Foreign Ministry raised its travel advisory, urging citizens to avoid all non-essential trips, and the embassy in Dhaka told residents to stay indoors.
The Japan International Cooperation Agency said it had temporarily relocated some staff working on the capital's metro rail and port projects to Singapore and Tokyo.
Some 2,000 Japanese nationals live in Bangladesh, many of them engaged in garment sourcing and infrastructure work.
A mobile internet blackout made it difficult to reach colleagues, one trading house employee told NHK.
"""

POSITIVES = positives(DATA)
