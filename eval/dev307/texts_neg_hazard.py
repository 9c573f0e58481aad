"""dev307 negatives, part B: storms, fires and floods with the Guard called out, accidents, health
scares, and the military's money, parades and recruits. (title, text, kind code)."""

NEGATIVES = [
    (
        "Harvey's floods force thousands from homes as Houston shelters swell",
        "HOUSTON - Catastrophic flooding from Tropical Storm Harvey forced thousands of people from their homes on Monday, and the city's main convention center, turned into a shelter, held more than 9,000 people, nearly twice its planned capacity. "
        "Rescuers in boats and helicopters pulled people from rooftops and second-floor windows across the region, and Texas officials said about 30,000 people would likely need temporary shelter. "
        "At least nine deaths were blamed on the storm, including a family of six whose van was swept off a bridge. "
        "Gov. Greg Abbott activated the entire Texas National Guard, some 12,000 troops, to help with rescues. "
        "Forecasters said another 15 to 25 inches of rain could fall before the storm moved on. "
        "Two reservoirs west of downtown were being released to prevent a dam failure, flooding more neighborhoods. "
        "“We need help,” one man said as he waded through chest-deep water with his dog.",
        "disaster",
    ),
    (
        "Helene leaves Asheville cut off as death toll climbs across Southeast",
        "ASHEVILLE, N.C. - Hundreds of people remained unaccounted for in western North Carolina on Tuesday, four days after the remnants of Hurricane Helene sent rivers surging through mountain towns, as National Guard helicopters dropped water and food into communities cut off by washed-out roads. "
        "The storm has killed at least 130 people across six states, about half of them in Buncombe County and surrounding areas. "
        "Interstate 40 collapsed in several places near the Tennessee line, and most of Asheville was without running water. "
        "Gov. Roy Cooper said more than 1,000 Guard members were deployed, along with active-duty soldiers from Fort Liberty. "
        "“It looks like a war zone,” a resident of Swannanoa said of the flattened houses along the river. "
        "Cellphone service remained spotty, and many residents lined up at fire stations to fill jugs. "
        "President Biden was due to survey the damage by air on Wednesday.",
        "disaster",
    ),
    (
        "Maui wildfire death toll rises as searchers comb Lahaina ashes",
        "LAHAINA, Hawaii - The death toll from the wildfire that razed the historic town of Lahaina rose to 93 on Saturday, making it the deadliest US wildfire in more than a century, and officials warned the number would keep climbing as cadaver dogs searched the ruins. "
        "More than 2,200 structures were damaged or destroyed, most of them homes, according to estimates from the Pacific Disaster Center. "
        "Gov. Josh Green said the fire, driven by hurricane-force winds, moved as fast as a mile a minute. "
        "Survivors described jumping into the ocean to escape the flames as cars burned along Front Street. "
        "Hawaii's attorney general opened a review of how the authorities responded, including why warning sirens did not sound. "
        "Hawaii National Guard soldiers staffed checkpoints around the burn zone. "
        "Thousands of people displaced by the fire were staying in hotels and shelters across the island.",
        "disaster",
    ),
    (
        "Palisades fire destroys thousands of homes as Los Angeles faces historic firestorm",
        "LOS ANGELES - Wind-driven wildfires tore through Los Angeles County on Wednesday, destroying more than 1,000 structures in Pacific Palisades and forcing some 130,000 people to evacuate as flames jumped from canyon to canyon. "
        "At least five people were killed in the Eaton fire near Altadena, the county sheriff said. "
        "Residents abandoned cars on Sunset Boulevard to flee on foot, and bulldozers pushed the vehicles aside to let fire engines through. "
        "Some hydrants in the hills ran dry as crews drew water faster than tanks could be refilled, officials said. "
        "Gov. Gavin Newsom ordered California National Guard troops to help with traffic control and security in evacuated areas. "
        "Gusts reached 100 mph in the mountains overnight, grounding firefighting aircraft for hours. "
        "Schools across the region were closed and smoke warnings issued for the whole basin.",
        "disaster",
    ),
    (
        "Flash flood sweeps through Texas Hill Country camps; dozens dead",
        "KERRVILLE, Texas - The Guadalupe River rose about 26 feet in 45 minutes before dawn on Friday, sweeping away homes, cabins and a girls' summer camp and killing at least 43 people in Kerr County, officials said Saturday. "
        "Twenty-seven campers and counselors from Camp Mystic were still missing, and helicopter crews from the Texas National Guard and the Coast Guard had rescued more than 850 people, officials said. "
        "Parents posted photos of their daughters on social media, pleading for information. "
        "The National Weather Service had issued a flood watch on Thursday afternoon, but local officials said they had not expected such heavy rain. "
        "“There is no warning system,” Kerr County Judge Rob Kelly said at a briefing, drawing questions over why sirens had never been installed. "
        "Gov. Greg Abbott signed a disaster declaration for 15 counties. "
        "More rain was forecast through the weekend.",
        "disaster",
    ),
    (
        "Tornado outbreak levels Mayfield, Kentucky; governor fears more than 70 dead",
        "MAYFIELD, Ky. - A swarm of tornadoes tore through six states overnight, flattening much of this western Kentucky town and a candle factory where about 110 people were working the night shift, Gov. Andy Beshear said Saturday. "
        "Beshear said the death toll in Kentucky alone could exceed 70 and later 100, calling it the most devastating tornado event in the state's history. "
        "Rescue crews used heavy equipment to dig through the collapsed factory, where about 40 workers had been pulled out alive. "
        "In Illinois, an Amazon warehouse in Edwardsville partly collapsed, killing at least six employees. "
        "Kentucky National Guard soldiers went door to door searching for survivors. "
        "The water tower and courthouse in downtown Mayfield were destroyed. "
        "“I've never seen anything like it,” the Mayfield fire chief said, standing beside what was left of a church.",
        "disaster",
    ),
    (
        "Millions in Texas without power as winter storm cripples grid",
        "More than 4 million Texans were without power on Tuesday as a deep freeze knocked out power plants across the state, leaving families huddling in cars and burning furniture for warmth while temperatures fell to the single digits. "
        "The state's grid operator, ERCOT, said it had ordered rolling blackouts to avoid a catastrophic failure that could have left the state in the dark for months. "
        "At least 20 deaths across the South were blamed on the storm, including carbon monoxide poisonings from cars and generators running indoors. "
        "Gov. Greg Abbott called for an investigation of the grid operator. "
        "Warming centers opened in Houston, Dallas and Austin, and the National Guard carried out welfare checks in rural counties. "
        "Water pressure dropped in several cities as pipes burst, prompting boil-water notices for millions. "
        "Forecasters expected another wave of freezing rain on Wednesday.",
        "disaster",
    ),
    (
        "Army helicopter and passenger jet collide over Potomac; no survivors expected",
        "WASHINGTON - An American Airlines regional jet with 64 people on board collided with an Army Black Hawk helicopter while landing at Reagan National Airport on Wednesday night, and both aircraft plunged into the icy Potomac River, officials said. "
        "Fire Chief John Donnelly said Thursday that he did not believe there were any survivors and that the operation had shifted to recovery. "
        "The helicopter, carrying three soldiers, was on a training flight, the Army said. "
        "Divers recovered at least 28 bodies from the river overnight. "
        "Among the passengers were figure skaters, coaches and family members returning from a development camp in Wichita, Kansas. "
        "The National Transportation Safety Board said it would examine why the helicopter was flying above its permitted altitude. "
        "It was the deadliest US air crash since 2001.",
        "accident",
    ),
    (
        "Container ship knocks down Baltimore's Key Bridge, six workers presumed dead",
        "BALTIMORE - A cargo ship lost power and crashed into a support of the Francis Scott Key Bridge early Tuesday, collapsing the 1.6-mile span into the Patapsco River and leaving six members of a road crew presumed dead, officials said. "
        "The ship's crew issued a mayday call moments before the impact, allowing police to stop traffic onto the bridge, Gov. Wes Moore said. "
        "The workers were filling potholes on the bridge deck when it fell. "
        "Two people were pulled from the water, one of whom was taken to a hospital. "
        "Officials said there was no indication of a deliberate act. "
        "The collapse closed one of the busiest ports on the East Coast for car shipments, and the Army Corps of Engineers began planning to clear the channel. "
        "President Biden said the federal government would pay to rebuild the bridge.",
        "accident",
    ),
    (
        "Crews burn toxic chemicals from derailed train in East Palestine",
        "EAST PALESTINE, Ohio - Crews deliberately released and burned toxic vinyl chloride from five derailed tanker cars on Monday, sending a towering black plume over this small town near the Pennsylvania line to prevent what officials feared could be a deadly explosion. "
        "About 2,000 residents within a mile of the site were ordered to leave their homes, and Gov. Mike DeWine warned those who refused that they risked death. "
        "About 50 cars of a Norfolk Southern freight train came off the tracks Friday night, and some caught fire. "
        "No injuries were reported, officials said. "
        "Residents later complained of headaches and dead fish in local streams, and the Environmental Protection Agency began testing air and water. "
        "The National Transportation Safety Board said an overheated wheel bearing appeared to have caused the derailment. "
        "The evacuation order was lifted Wednesday.",
        "accident",
    ),
    (
        "Second child dies in West Texas measles outbreak as cases top 480",
        "LUBBOCK, Texas - A second unvaccinated school-age child has died of measles in West Texas, hospital officials said Sunday, as the state's outbreak grew to 481 cases, the largest in Texas in more than three decades. "
        "The girl, who had no underlying conditions, died Thursday at a hospital in Lubbock after being treated for measles pulmonary failure, a hospital spokesman said. "
        "Most cases have been in Gaines County, home to a large Mennonite community where many families decline vaccines. "
        "Health Secretary Robert F. Kennedy Jr. visited the family and later said the measles vaccine was the most effective way to prevent the disease. "
        "State health workers set up vaccination clinics at schools and churches. "
        "Cases have also been reported in New Mexico, Oklahoma and Kansas. "
        "Doctors said hospitals in the region were treating dozens of children.",
        "health",
    ),
    (
        "Trump invokes wartime powers as hospitals brace for virus surge",
        "WASHINGTON - President Trump on Wednesday invoked the Defense Production Act, a Korean War-era law, and called himself a “wartime president” as the administration rushed to supply hospitals with masks and ventilators for a surge in coronavirus patients. "
        "He also said the Navy would send two hospital ships, the Comfort and the Mercy, to New York and the West Coast. "
        "Governors said they were competing with one another for scarce supplies and pleaded for federal help. "
        "The number of confirmed cases in the United States passed 9,000, and at least 150 people have died. "
        "Trump said the country was at war with an invisible enemy. "
        "The Pentagon said it would release 5 million respirator masks from its stockpiles. "
        "New York Gov. Andrew Cuomo ordered businesses to keep most workers at home.",
        "health",
    ),
    (
        "Congress passes $886 billion defense bill after dropping abortion, transgender provisions",
        "WASHINGTON - The House on Thursday passed an $886 billion defense policy bill that gives troops their largest pay raise in more than 20 years, after conservatives lost a fight to attach limits on abortion access and transgender care for service members. "
        "The vote was 310-118, with opposition from members on the right and the left. "
        "The annual National Defense Authorization Act sets policy for the Pentagon and includes money for submarines, fighter jets and a new missile-warning satellite network. "
        "It also extends a contested surveillance program into April. "
        "The Senate approved the bill a day earlier. "
        "“This bill is about keeping America strong,” said Rep. Mike Rogers, chairman of the Armed Services Committee. "
        "President Biden is expected to sign it before Christmas.",
        "military",
    ),
    (
        "Army misses recruiting goal by 15,000 soldiers as services scramble",
        "The Army missed its recruiting goal by about 15,000 soldiers this year, or a quarter of its target, the worst shortfall in decades, service officials said Friday. "
        "Army Secretary Christine Wormuth said the service signed up about 45,000 recruits for the fiscal year that ended Sept. 30. "
        "Officials blamed a tight labor market, fewer young Americans who meet fitness and education standards, and lingering effects of the pandemic, which kept recruiters out of high schools. "
        "The Navy and Air Force met their goals by dipping into the pool of recruits waiting to ship to basic training. "
        "The Army has begun a prep course that helps applicants lose weight and raise test scores. "
        "“We are in a battle for talent,” Wormuth told reporters at the Pentagon. "
        "The shortfall could mean cutting the size of the active force next year.",
        "military",
    ),
    (
        "Tanks roll down Constitution Avenue as Army marks 250th birthday with parade",
        "WASHINGTON - Tanks, howitzers and thousands of soldiers paraded down Constitution Avenue on Saturday evening to mark the Army's 250th birthday, a spectacle President Trump had sought since his first term and that coincided with his 79th birthday. "
        "About 6,600 soldiers marched past a reviewing stand on the Ellipse, followed by Abrams tanks, Stryker vehicles and Black Hawk helicopters overhead, and the Golden Knights parachute team landed to present the president with a flag. "
        "The Army estimated the cost at up to $45 million, including repairs to streets. "
        "Crowds were thinner than organizers had predicted, and rain showers threatened for much of the afternoon. "
        "Millions of people joined “No Kings” marches elsewhere in the country the same day. "
        "“Our soldiers never give up,” Trump said.",
        "military",
    ),
    (
        "Pentagon restyles itself the Department of War under Trump order",
        "WASHINGTON - President Trump signed an executive order on Friday allowing the Defense Department to call itself the Department of War, and Defense Secretary Pete Hegseth took on the title of secretary of war. "
        "Signs at the Pentagon were changed within hours, and the department's website began redirecting to a new address. "
        "The White House said the name, used until 1947, sends a message of strength, and Trump said the country had won two world wars under the old name. "
        "A formal name change requires an act of Congress, and Republican lawmakers introduced legislation to make it permanent. "
        "Critics estimated that changing letterhead, signs and uniforms could cost hundreds of millions of dollars. "
        "“We're going to go on offense, not just defense,” Hegseth said at the signing in the Oval Office. "
        "Democrats called the move a distraction.",
        "military",
    ),
    (
        "Navy christens new Virginia-class submarine amid shipbuilding delays",
        "GROTON, Conn. - The Navy christened its newest Virginia-class attack submarine at General Dynamics Electric Boat on Saturday, even as the service acknowledged that its submarine programs are running as much as three years behind schedule. "
        "The boat's sponsor broke a bottle of sparkling wine across the sail before a crowd of about 2,000 shipyard workers and their families. "
        "The Navy wants to build two Virginia-class boats a year but has managed closer to 1.2, officials told Congress this spring. "
        "Shortages of skilled welders and parts suppliers have slowed production, and Electric Boat plans to hire about 5,000 workers this year. "
        "The submarines are also central to the AUKUS pact with Australia and Britain. "
        "Sen. Richard Blumenthal called the yard “a national treasure.” "
        "The submarine is expected to be commissioned next year after sea trials.",
        "military",
    ),
]
