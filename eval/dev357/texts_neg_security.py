"""Negatives, security and politics: North Korean launches without an attack, drills, defence
budgets, martial law in Seoul without bloodshed, the politics desk's war words, summits, and the
history of the Korean War and World War II."""

from _parse import negatives

DATA = """
@ military | North Korea fires ICBM that lands inside Japan's exclusive economic zone
North Korea fired an intercontinental ballistic missile toward the Sea of Japan on Friday morning, and it fell inside Japan's exclusive economic zone about 200 kilometers west of Hokkaido's Oshima island, the Defense Ministry said.
The missile flew for about 69 minutes and reached an altitude of some 6,000 kilometers on a lofted trajectory, Defense Minister Yasukazu Hamada told reporters.
There were no reports of damage to ships or aircraft, the Japan Coast Guard said.
South Korea's Joint Chiefs of Staff said it detected the launch from the Sunan area of Pyongyang at around 8:24 in the morning.
Prime Minister Fumio Kishida called the launch "an outrageous act" and said Tokyo had lodged a strong protest through its embassy in Beijing.
Analysts said the missile could in theory reach the entire US mainland if fired on a normal trajectory.
North Korea's state media said the launch was a drill to demonstrate its "overwhelming" counterattack posture.

@ military | J-Alert wakes northern Japan as North Korean missile flies over Tohoku
Residents in Aomori and Hokkaido were told to take shelter early Tuesday after North Korea fired a ballistic missile that flew over northern Japan and fell into the Pacific Ocean, the first such overflight in five years.
The J-Alert system sent warnings to mobile phones and blared from loudspeakers in towns across the region, and JR East briefly suspended some train services.
The missile flew about 4,600 kilometers, the longest distance ever recorded for a North Korean launch, before landing some 3,200 kilometers east of Japan, the Defense Ministry said.
No damage was reported, and the government did not attempt to intercept the missile.
"I was washing my face when my phone started screaming," a woman in Aomori city told NHK.
Chief Cabinet Secretary Hirokazu Matsuno described the launch as a "reckless act" and said Japan would consider all options, including counterstrike capabilities.
The United States and South Korea later conducted a joint precision bombing drill on a range in the Yellow Sea in response.

@ military | North Korea says it put spy satellite into orbit on third attempt
North Korea said Wednesday it had successfully placed a military reconnaissance satellite into orbit, after two failed launches earlier this year.
The Chollima-1 rocket lifted off from the Sohae Satellite Launching Ground late Tuesday and placed the Malligyong-1 satellite in orbit about 12 minutes later, the Korean Central News Agency said.
South Korea's military said it could not immediately confirm whether the satellite was working, and Japan's government issued a brief J-Alert for Okinawa as the rocket flew south.
Seoul responded by partially suspending the 2018 inter-Korean military agreement, restoring aerial surveillance along the border.
Kim Jong-un watched the launch and was quoted as saying the satellite gave the country "eyes" over enemy bases.
Analysts in Seoul said Russian technical help may have contributed to the success.

@ military | Seoul and Washington begin 11-day Freedom Shield exercise
South Korea and the United States began their annual Freedom Shield exercise on Monday, with 48 field training drills planned over 11 days, twice as many as last year, the Joint Chiefs of Staff said.
The drills include a combined river-crossing exercise, air assault training and live-fire drills involving F-35A fighters, as well as a computer-simulated command post exercise, officials said.
North Korea's state media warned that the exercise was a rehearsal for invasion and that the allies would pay "a dear price."
South Korea's defense ministry said the drills were defensive and focused on responding to the North's nuclear and missile threats.
Some 1,000 soldiers from the two countries will take part in an amphibious landing drill near Pohang later this week.
Peace activists held a small rally outside the presidential office in Seoul calling for the exercise to be cancelled.

@ military | Japan, South Korea and US stage first Freedom Edge drill in East China Sea
Japan, South Korea and the United States launched their first multidomain military exercise, named Freedom Edge, on Thursday, bringing together aircraft carriers, destroyers and fighter jets in the waters south of Jeju Island.
The USS Theodore Roosevelt, the South Korean destroyer Seoae Ryu Seong-ryong and the Japanese destroyer Ise took part in the three-day exercise, which includes ballistic missile defense, anti-submarine warfare and cyber training.
Officials said the drill was designed to improve the allies' ability to respond to threats from North Korea.
Pyongyang's foreign ministry called the exercise an "Asian version of NATO" and warned of countermeasures.
Defense officials in Tokyo said the exercise would become a regular event on a rotating basis.
China's defense ministry said the three countries were "stoking confrontation" in the region.

@ military | Cabinet approves record defense budget of 8.7 trillion yen
The Cabinet on Friday approved a record defense budget of about 8.7 trillion yen for the next fiscal year, the fourth year of a five-year buildup aimed at doubling defense spending to 2 percent of gross domestic product.
The budget includes funds for long-range standoff missiles, including upgraded Type-12 surface-to-ship missiles and Tomahawk cruise missiles purchased from the United States, officials said.
The Defense Ministry also earmarked money for new Aegis system-equipped vessels and for unmanned aerial vehicles to monitor waters around the Nansei island chain.
To improve recruitment, the ministry plans to raise allowances for Self-Defense Forces members and renovate aging barracks.
Finance Ministry officials said the increase would be partly covered by tax hikes on corporations and tobacco, the timing of which remains undecided.
Opposition parties criticized the plan, saying the government had failed to explain how the weapons would be used.

@ military | North Korea blows up sections of inter-Korean roads; South fires warning shots
North Korea blew up sections of two inter-Korean roads north of the military demarcation line on Tuesday, and South Korea's military fired warning shots south of the border in response, the Joint Chiefs of Staff said.
The explosions took place around noon on the Gyeongui and Donghae roads, which once linked the two Koreas, the JCS said, releasing video that showed clouds of dust and trucks moving on the northern side.
No damage was reported on the southern side, and the warning fire was aimed at the area south of the line, a JCS official said.
The North had said last week it would permanently cut off roads and railways connected to the South and fortify the border.
The Unification Ministry said the demolition of roads built with South Korean loans was "highly regrettable."
Analysts said the move was largely symbolic and in line with Kim Jong-un's declaration that the South is a hostile state.

@ military | Trash balloons from North Korea land across Seoul, close Incheon runways
North Korea sent about 500 balloons carrying bags of trash and manure across the border overnight, and about 300 of them landed in Seoul and Gyeonggi Province, the Joint Chiefs of Staff said Wednesday.
Some of the balloons fell on the grounds of the presidential compound in Yongsan, and the Presidential Security Service said nothing dangerous had been found.
Flights at Incheon International Airport were delayed for about three hours after balloons were spotted near its runways, airport officials said.
Soldiers in protective gear collected the debris, which included cigarette butts, scraps of cloth and waste paper.
The military said it would not shoot the balloons down because of the risk of scattering their contents.
Pyongyang has said the balloons are a response to leaflets sent north by defector activists.

@ politics | Yoon declares emergency martial law; lawmakers vote it down within hours
President Yoon Suk Yeol declared emergency martial law late Tuesday, accusing the opposition of "anti-state activities," only to lift it about six hours later after the National Assembly voted to block it.
Armed troops arrived at the Assembly by helicopter and tried to enter the main building, and aides blocked doors with furniture and sprayed fire extinguishers to keep them out, Yonhap News Agency reported.
Thousands of citizens gathered outside the building overnight chanting for Yoon's arrest, but there were no reports of injuries.
All 190 lawmakers present voted to lift the decree shortly after 1 in the morning, after some climbed fences to get inside.
The martial law command had banned all political activities and placed the media under its control.
The troops withdrew before dawn, and Yoon said in a televised address that he would accept the Assembly's demand.
Opposition parties said they would move to impeach the president for insurrection.

@ politics | Investigators detain Yoon after second attempt, ending weeks-long standoff
Investigators detained impeached President Yoon Suk Yeol at his residence in Seoul on Wednesday, the first arrest of a sitting South Korean president, after a standoff with his security service that lasted more than two weeks.
Some 3,000 police officers were mobilized for the operation, and investigators used ladders to climb over buses parked across the entrance to the compound, Yonhap said.
The Presidential Security Service did not resist this time, and the arrest was carried out without physical clashes, police said.
Yoon said in a recorded video that he had agreed to appear "to prevent bloodshed," though he called the warrant illegal.
A first attempt on Jan. 3 had been called off after several hours as guards and soldiers formed human walls.
Hundreds of Yoon's supporters and opponents rallied in separate areas near the residence under heavy police watch.

@ politics | LDP leadership race turns into nine-way battle as factions crumble
The race to lead Japan's ruling Liberal Democratic Party has turned into a nine-way battle, the largest field since the party was founded in 1955, after the collapse of most of its factions over a slush fund scandal.
Former Defense Minister Shigeru Ishiba, Economic Security Minister Sanae Takaichi and former Environment Minister Shinjiro Koizumi are seen as front-runners, according to a Kyodo News poll of party members.
Candidates have been attacking each other over plans for the consumption tax, reform of political funding rules and a possible snap election.
Veteran lawmakers said the absence of faction bosses had made the fight "impossible to predict."
The winner is all but certain to become prime minister because of the coalition's majority in the lower house.
Voting by lawmakers and rank-and-file members will take place on Sept. 27.

@ peace | Trump and Kim sign joint statement in Singapore, pledging denuclearization
US President Donald Trump and North Korean leader Kim Jong-un signed a joint statement in Singapore on Tuesday in which Kim committed to "complete denuclearization of the Korean Peninsula," and Trump promised security guarantees for the North.
The first summit between leaders of the two countries, held at a resort on Sentosa Island, also produced pledges to establish new relations and to recover the remains of soldiers missing from the 1950-53 Korean War.
Trump told a news conference afterward that he would suspend the "war games" with South Korea, surprising officials in Seoul.
President Moon Jae-in said the summit had broken down "the last remaining Cold War legacy on Earth."
Critics noted the document contained no timetable and no details on verification.
Japanese Prime Minister Shinzo Abe welcomed the meeting but said he would press the abduction issue directly with Pyongyang.

@ peace | Kishida and Yoon revive shuttle diplomacy at Seoul summit
Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed at a summit in Seoul on Sunday to deepen security cooperation and revive regular visits by their leaders, closing the chapter on years of frosty ties.
Kishida said his heart ached for the many people who had endured "very difficult and sad experiences" under Japanese colonial rule, stopping short of a fresh apology.
The leaders agreed to let South Korean experts visit the Fukushima Daiichi nuclear plant ahead of the planned release of treated water.
It was the first visit to Seoul by a Japanese prime minister in 12 years, aside from a trip for the 2018 Winter Olympics.
Yoon's compensation plan for wartime forced laborers, under which a South Korean foundation pays the victims, paved the way for the thaw.
Opposition lawmakers in Seoul criticized the summit as "humiliating diplomacy."

@ history | Remains of 13 Korean War soldiers identified at Arrowhead Ridge
The Defense Ministry's excavation agency said Thursday it had identified the remains of 13 South Korean soldiers killed in the Korean War, recovered from Arrowhead Ridge inside the demilitarized zone.
The remains were dug up during a joint excavation project that began in 2019 as part of an inter-Korean agreement, although the North never took part.
Among those identified was a private first class killed during fierce fighting for the hill in October 1952, whose nephew provided a DNA sample, officials said.
About 120,000 South Korean soldiers killed in the war are still listed as missing, according to the ministry.
Families will receive the soldiers' remains at a ceremony in their home towns, and the soldiers will be buried at national cemeteries.
The agency urged relatives of missing soldiers to submit DNA samples at public health centers.

@ history | Record 120 countries attend Hiroshima ceremony on 80th anniversary of A-bomb
Hiroshima on Wednesday marked the 80th anniversary of the US atomic bombing of the city, with a record 120 countries and regions represented at the annual memorial ceremony in the Peace Memorial Park.
A bell tolled and some 55,000 participants observed a moment of silence at 8:15 in the morning, the time the bomb exploded over the city on Aug. 6, 1945.
Mayor Kazumi Matsui warned in his peace declaration that nuclear deterrence was spreading among world leaders and urged the government to join the Treaty on the Prohibition of Nuclear Weapons.
The average age of the hibakusha, the survivors, has risen above 86, and their number has fallen below 100,000 for the first time, according to the health ministry.
An estimated 140,000 people had died by the end of 1945 in Hiroshima, where the bomb destroyed most of the city.
Prime Minister Shigeru Ishiba said Japan would keep leading efforts toward a world without nuclear weapons.

@ history | Okinawa remembers 200,000 dead of the 1945 ground battle
Okinawa on Monday marked the 79th anniversary of the end of the Battle of Okinawa, with Governor Denny Tamaki calling for a reduction of the US military presence in the prefecture.
Some 4,500 people attended the memorial ceremony at the Peace Memorial Park in Itoman, where about 240,000 names are inscribed on the Cornerstone of Peace monument, including those of US soldiers.
More than 200,000 people died in the battle, including about a quarter of the island's civilian population, many of whom were caught in fighting in the south of the island.
A 14-year-old student from Yonabaru read a poem about her great-grandmother, who hid in caves for weeks during the fighting.
Prime Minister Fumio Kishida was heckled by some attendees as he gave a speech.
Volunteers continue to search caves in the south for the remains of victims, and hundreds of sets are still recovered every few years.

@ history | Unexploded US bomb from WWII blows crater in Miyazaki airport taxiway
An unexploded US bomb dropped during World War II detonated under a taxiway at Miyazaki airport on Wednesday, leaving a crater about 7 meters wide and 1 meter deep, the transport ministry said.
No aircraft were nearby at the time and no one was injured, although more than 80 flights were canceled as the airport closed for the day.
Ground Self-Defense Force experts confirmed the device was a 500-pound bomb dropped by US forces, which had targeted the site when it was a Japanese navy air base.
Video filmed by a nearby aviation school showed a column of asphalt shooting into the air.
The airport reopened on Thursday morning after repairs, and the ministry said it would check the ground around other airports built on former military sites.
Unexploded wartime bombs are still found in Japan from time to time, most of them in Okinawa.

@ history | Abe expresses "deep remorse" over war in statement marking 70th anniversary
Prime Minister Shinzo Abe expressed "profound grief" and "deep remorse" over World War II in a statement marking the 70th anniversary of Japan's defeat on Friday, but said future generations should not have to keep apologizing.
Abe said Japan had repeatedly expressed "feelings of deep remorse and heartfelt apology" for its actions in the war, referring to statements by previous prime ministers.
The statement mentioned "colonial rule," "aggression" and women whose "honor and dignity were severely injured," without referring directly to the so-called comfort women.
China's foreign ministry said Japan should make a "clear statement" on the nature of its militarism.
South Korean President Park Geun-hye said the statement fell short of expectations but noted that Abe had upheld past apologies.
The Cabinet endorsed the statement before Abe read it at a news conference, Kyodo News said.

@ history | Korean War armistice anniversary: veterans gather at Busan UN cemetery
Veterans from 22 countries that sent troops or medical units to the Korean War gathered at the UN Memorial Cemetery in Busan on Thursday to mark the 70th anniversary of the armistice that ended the fighting in 1953.
Some 2,300 soldiers from 11 countries, including Britain, Turkey, Canada and Australia, are buried at the cemetery, the only one of its kind in the world.
Minister of Patriots and Veterans Affairs Park Min-shik laid a wreath as a military band played and jets flew overhead.
A 93-year-old British veteran said he had fought at the Imjin River and returned to Korea to see "what our sacrifice had built."
Nearly 200,000 foreign troops were killed or wounded during the three-year war, which ended without a peace treaty.
The government said it would bring 64 veterans and their families from abroad to Korea as part of the commemoration.
"""

NEGATIVES = negatives(DATA)
