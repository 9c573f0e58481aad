"""dev307 negatives, part C: peaceful marches and strikes, anniversaries, films and books,
markets, sport, a peace deal and ordinary news. (title, text, kind code)."""

NEGATIVES = [
    (
        "Women's March draws hundreds of thousands to Washington a day after inauguration",
        "WASHINGTON - Hundreds of thousands of people, many wearing pink knitted hats, filled the streets around the National Mall on Saturday for the Women's March, a day after President Trump's inauguration, in one of the largest demonstrations in the capital's history. "
        "The crowd was so large that organizers could not march along the planned route, and people spilled into side streets near the White House. "
        "Sister marches drew large crowds in Chicago, Los Angeles, Boston and Denver, and organizers estimated that several million people took part nationwide. "
        "Speakers included Gloria Steinem and Madonna, and the march was largely peaceful. "
        "The District's police said they made no protest-related arrests. "
        "“We are here to be seen,” said a retired teacher who had driven from Ohio with her two daughters. "
        "Trump later wrote that peaceful protests were a hallmark of our democracy.",
        "protest",
    ),
    (
        "Students lead March for Our Lives rallies across US, demanding gun control",
        "WASHINGTON - Hundreds of thousands of students and their supporters rallied in Washington and in hundreds of cities on Saturday to demand tougher gun laws, five weeks after the shooting at Marjory Stoneman Douglas High School in Parkland, Florida. "
        "Emma Gonzalez, a survivor, stood silently on the stage for more than six minutes, the length of time the gunman spent firing in her school. "
        "Speakers included 11-year-old Naomi Wadler and Martin Luther King Jr.'s granddaughter Yolanda Renee King. "
        "Organizers said some 800 sister events took place, from Parkland to Anchorage and abroad. "
        "Marchers called for a ban on assault-style weapons and universal background checks, and signs read “Never again” and “Books not bullets.” "
        "The National Rifle Association said in a video that the protests were manipulated by gun-control billionaires. "
        "Police reported no significant incidents.",
        "protest",
    ),
    (
        "Millions join 'No Kings' protests against Trump in cities and small towns",
        "Crowds estimated by organizers at nearly 7 million filled streets in more than 2,600 cities and towns on Saturday for “No Kings” protests against President Trump's policies, in demonstrations that were largely festive and peaceful. "
        "In Chicago, protesters filled Grant Park, and in New York police said more than 100,000 marched across all five boroughs without a single protest-related arrest. "
        "Republican leaders had called the events “hate America” rallies, and governors in Texas and Virginia put National Guard troops on standby. "
        "Many marchers wore inflatable frog and unicorn costumes, a nod to protesters in Portland. "
        "“This is what democracy looks like,” chanted a crowd on Boston Common. "
        "Trump posted an AI-generated video of himself in a jet wearing a crown. "
        "Organizers said they were planning training sessions for nonviolent resistance.",
        "protest",
    ),
    (
        "UAW launches strike at three Detroit automaker plants",
        "WAYNE, Mich. - Nearly 13,000 members of the United Auto Workers walked off the job just after midnight Friday at three plants, one each at General Motors, Ford and Stellantis, the first time the union has struck all three Detroit automakers at once. "
        "UAW President Shawn Fain called it a “stand-up strike” that would expand to more plants if the companies did not improve their offers. "
        "Workers picketed outside Ford's assembly plant in Wayne, honking horns and carrying signs that read “Record profits, record contracts.” "
        "The union is seeking a 40% raise over four years and an end to the tiered wage system. "
        "Ford said its offer was historic and warned that the strike could cost the company billions. "
        "President Biden said the automakers should share their record profits with workers. "
        "Police reported no problems on the picket lines.",
        "protest",
    ),
    (
        "West Virginia teachers end nine-day strike after winning 5% raise",
        "CHARLESTON, W.Va. - Teachers in all 55 of West Virginia's counties will return to classrooms on Wednesday after Gov. Jim Justice signed a bill giving them and other state employees a 5% pay raise, ending a nine-day strike that closed every public school in the state. "
        "Thousands of teachers in red T-shirts packed the Capitol rotunda and cheered when the Senate passed the measure unanimously. "
        "The walkout, one of the longest in state history, was also over rising health insurance costs. "
        "Many teachers had prepared food bags for students who rely on school lunches. "
        "The governor said a task force would study the insurance program. "
        "Union leaders said teachers in other states were watching. "
        "Within weeks, teachers in Oklahoma and Arizona had staged their own walkouts.",
        "protest",
    ),
    (
        "Oklahoma City marks 30 years since bombing that killed 168",
        "OKLAHOMA CITY - Survivors and relatives gathered at the Oklahoma City National Memorial on Saturday to mark 30 years since a truck bomb destroyed the Alfred P. Murrah Federal Building, killing 168 people, including 19 children in a day care center. "
        "Names of the dead were read aloud, followed by 168 seconds of silence. "
        "Former President Bill Clinton, who led the nation's mourning in 1995, told the crowd the country must reject the kind of hatred that drove the bombers. "
        "The memorial's field of empty chairs, one for each victim, was lined with flowers and stuffed animals. "
        "The bomber, an Army veteran who hated the federal government, was executed in 2001. "
        "Memorial staff said more than 400 people who worked in or near the building have taken part in an oral history project. "
        "A 5-mile memorial marathon is scheduled for Sunday.",
        "history",
    ),
    (
        "Nation pauses to remember 9/11 on 20th anniversary",
        "NEW YORK - Relatives of the nearly 3,000 people killed on Sept. 11, 2001, read their names aloud at ground zero on Saturday, as the country marked 20 years since the attacks with ceremonies in New York, at the Pentagon and in a field near Shanksville, Pennsylvania. "
        "President Biden and former Presidents Barack Obama and Bill Clinton stood with families at the memorial plaza, where bells tolled at 8:46 a.m., the moment the first plane struck the north tower. "
        "The anniversary came less than two weeks after the last American troops left Afghanistan, ending the war launched in response to the attacks. "
        "Former President George W. Bush, speaking in Shanksville, warned of the dangers of violent extremists at home. "
        "Two beams of light rose from lower Manhattan after dark. "
        "Some families said the withdrawal had reopened old wounds.",
        "history",
    ),
    (
        "Five years after Jan. 6, Capitol ceremony exposes partisan split over the riot",
        "WASHINGTON - Democrats marked the fifth anniversary of the Jan. 6 attack on the Capitol on Tuesday with a ceremony on the House steps and the reading of names of officers who died in the months after the riot, while Republican leaders stayed away. "
        "A plaque honoring the police officers who defended the building, required by a 2022 law, has still not been installed. "
        "Former officers who testified before the House committee that investigated the attack spoke at the event. "
        "“History is not something you get to pardon away,” said one former Capitol Police sergeant. "
        "Many of the roughly 1,500 people who were charged and later pardoned have since run for office or started podcasts. "
        "A White House statement did not mention the anniversary. "
        "Polls show the share of Republicans who describe the riot as a legitimate protest has grown.",
        "history",
    ),
    (
        "Crews remove Robert E. Lee statue from Richmond's Monument Avenue",
        "RICHMOND, Va. - Crews on Wednesday lifted a 12-ton bronze statue of Confederate Gen. Robert E. Lee from its pedestal on Monument Avenue, removing one of the country's largest monuments to the Confederacy after more than a year of court battles. "
        "Hundreds of people watched and cheered as the statue was hoisted by crane and cut into pieces for transport. "
        "The statue had stood since 1890 in the former capital of the Confederacy. "
        "Gov. Ralph Northam called it a symbol of a past the state should no longer celebrate. "
        "Workers the next day found a time capsule in the pedestal. "
        "The graffiti-covered pedestal had become a gathering point during the racial justice protests of 2020. "
        "The statue's future will be decided by the Black History Museum and Cultural Center of Virginia.",
        "history",
    ),
    (
        "Alex Garland's 'Civil War' imagines America at war with itself",
        "Alex Garland's “Civil War,” which topped the box office this weekend with about $25.7 million, follows a team of journalists driving from New York to Washington as a fractured United States tears itself apart. "
        "In the film, Texas and California have formed an alliance against a three-term president, and the capital is under siege. "
        "Kirsten Dunst plays a war photographer hardened by years of conflict abroad, and Cailee Spaeny an aspiring photographer who tags along. "
        "Garland has said he wanted to make a film about polarization and the role of the press, and deliberately left the politics of the warring sides vague. "
        "The climactic assault on the White House was filmed on a set in Atlanta. "
        "Critics praised its sound design, which uses the jarring crack of gunfire. "
        "A24, the studio, spent about $50 million making it, its largest budget yet.",
        "entertainment",
    ),
    (
        "Netflix thriller 'Zero Day' casts De Niro as ex-president hunting cyberattackers",
        "In “Zero Day,” the Netflix limited series that premiered Thursday, Robert De Niro plays a former president called back to lead a commission investigating a cyberattack that kills thousands of Americans. "
        "The attack shuts down phones, power and transit for exactly one minute, leaving trains derailed and planes colliding. "
        "The series, co-created by Eric Newman, Noah Oppenheim and Michael S. Schmidt, leans on the real fears of Washington insiders about a devastating strike on the power grid. "
        "Angela Bassett plays the sitting president and Lizzy Caplan his daughter, a congresswoman. "
        "Critics were split, with some praising De Niro's first starring role in a television series and others calling the plot overstuffed. "
        "The show's political thriller arc touches on extremist militias and misinformation. "
        "It is the streamer's most-watched title in the US this week.",
        "entertainment",
    ),
    (
        "New Waco docuseries revisits the 51-day standoff through survivors' eyes",
        "Thirty years after the siege outside Waco, Texas, a new Netflix docuseries, “Waco: American Apocalypse,” uses never-seen footage from inside the FBI's negotiation room and interviews with agents and Branch Davidian survivors. "
        "The three episodes trace the standoff from the failed raid by federal agents in February 1993 to the fire that ended it on April 19, in which 76 people, including 25 children, died. "
        "Director Tiller Russell said he wanted to let viewers make up their own minds about who was responsible. "
        "One former negotiator recounts hours on the phone with David Koresh. "
        "The series also tracks how Waco became a rallying cry for the militia movement and anti-government extremists. "
        "Reviewers called it gripping but said it added little to the historical record. "
        "It premiered Wednesday.",
        "entertainment",
    ),
    (
        "Stocks plunge as Trump's tariff war wipes trillions off market value",
        "NEW YORK - The S&P 500 fell nearly 6% on Friday and the Dow dropped more than 2,200 points, capping the worst two days for Wall Street since the early months of the pandemic, after China retaliated against President Trump's sweeping new tariffs. "
        "Beijing announced a 34% tax on all US goods, escalating a trade war that investors fear could tip the world economy into recession. "
        "The two-day sell-off erased about $6.6 trillion in market value. "
        "Shares of Apple, Nike and other companies that depend on Asian factories were hammered. "
        "Fed Chair Jerome Powell said the tariffs were likely to raise inflation and slow growth. "
        "Trump urged investors to hold on, posting that his policies would never change. "
        "Farm groups warned that soybean exports would be the first casualty.",
        "economy",
    ),
    (
        "Airlines' fare war brings cheapest summer tickets in a decade",
        "Domestic airfares have fallen to their lowest level in a decade for summer travel, as a fare war among budget carriers and the big airlines floods the market with seats, according to data from the travel app Hopper. "
        "The average round-trip domestic ticket for travel in July was about $265, down about 10% from a year earlier. "
        "Spirit, Frontier and JetBlue have slashed fares on popular routes to Florida and Las Vegas, and the major carriers have responded with basic economy fares of their own. "
        "“It's a battle for market share,” one analyst at Raymond James said. "
        "The price cuts have hurt airline profits, and Spirit has warned of losses. "
        "Jet fuel prices have also fallen. "
        "Analysts expect fares to rise again in the fall as carriers trim flights.",
        "economy",
    ),
    (
        "Navy ends Army's winning streak with late touchdown in 125th meeting",
        "LANDOVER, Md. - Navy quarterback Blake Horvath ran for two touchdowns and the Midshipmen's defense held off a late Army drive for a 31-13 win on Saturday, snapping a two-game losing streak in the 125th Army-Navy game. "
        "The Black Knights came in ranked No. 19 and having already clinched a conference title. "
        "Before kickoff, cadets and midshipmen marched onto the field, and the president watched from both sides of the stadium. "
        "Navy's defense forced three turnovers and held the Army option to 170 yards rushing. "
        "“We played with a chip on our shoulder,” Navy coach Brian Newberry said. "
        "Army will play in a bowl game later this month. "
        "The Commander-in-Chief's Trophy went to Army on the strength of its earlier win over Air Force.",
        "sport",
    ),
    (
        "Celtics' defense smothers Mavericks to win 18th NBA title",
        "BOSTON - Jayson Tatum scored 31 points and the Boston Celtics' suffocating defense held Luka Doncic in check as they beat the Dallas Mavericks 106-88 on Monday night to win their record 18th NBA championship. "
        "Jaylen Brown, who was named the Finals MVP, added 21 points and eight rebounds. "
        "Boston took the series 4-1, closing out a season in which it lost only three playoff games. "
        "The Mavericks shot 39% from the field and were outscored 67-46 in the first half. "
        "Fans poured into the streets around TD Garden after the final buzzer. "
        "“This is for the city,” said Celtics coach Joe Mazzulla. "
        "Boston had lost in the conference finals in four of the previous six seasons, and Tatum had been criticized for struggling in big games. "
        "A parade is scheduled for Friday.",
        "sport",
    ),
    (
        "US and Taliban sign deal to withdraw American troops from Afghanistan",
        "DOHA, Qatar - The United States and the Taliban signed an agreement on Saturday that could lead to the withdrawal of all American troops from Afghanistan within 14 months, a step toward ending the country's longest war. "
        "Under the deal, the United States will cut its forces from about 13,000 to 8,600 within 135 days, and the Taliban have pledged not to let al-Qaeda or other groups use Afghan soil to threaten the US. "
        "Secretary of State Mike Pompeo attended the signing ceremony, and talks between the Taliban and the Afghan government are due to start in March. "
        "Taliban negotiators and US envoy Zalmay Khalilzad shook hands and signed the documents at a hotel in the Qatari capital. "
        "The deal includes the release of up to 5,000 Taliban prisoners held by the Afghan government. "
        "President Trump said he would personally meet Taliban leaders in the near future. "
        "Critics in Congress warned that the Taliban could not be trusted.",
        "peace",
    ),
    (
        "Republicans win House narrowly as predicted red wave fails to appear",
        "WASHINGTON - Republicans clinched a narrow majority in the House on Wednesday, a week after the midterm elections, setting up divided government for the next two years but falling far short of the sweeping victories they had predicted. "
        "The Associated Press called the 218th seat for the party after a race in California was decided. "
        "Democrats kept control of the Senate after holding seats in Nevada and Arizona, with a runoff in Georgia still to come. "
        "Former President Trump, who announced another run for the White House on Tuesday, faced blame from some in his party for backing weak candidates. "
        "Rep. Kevin McCarthy said the majority would act as a check on President Biden. "
        "Turnout among young voters was high, exit polls showed. "
        "Speaker Nancy Pelosi said she would step down from leadership.",
        "other",
    ),
    (
        "Phoenix hits 110 degrees for 31st day in a row, shattering record",
        "PHOENIX - Phoenix hit at least 110 degrees for the 31st day in a row on Sunday, breaking a record of 18 straight days set in 1974, as a punishing heat dome stretched across the Southwest. "
        "Overnight temperatures did not fall below 90 degrees on many nights, offering little relief. "
        "Emergency rooms treated dozens of patients for burns from touching pavement and car seats. "
        "Maricopa County said it was investigating more than 100 possible heat-related deaths this year. "
        "Cooling centers stayed open late, and utility crews worked at night to avoid the worst heat. "
        "The National Weather Service said the streak could stretch into August. "
        "Saguaro cactuses in the region were showing signs of stress, and some arms had fallen off in the heat, botanists at the Desert Botanical Garden said.",
        "other",
    ),
    (
        "Jackson water crisis eases as boil-water notice lifted after seven weeks",
        "JACKSON, Miss. - Officials lifted a boil-water notice for Mississippi's capital on Thursday, seven weeks after flooding knocked the city's main treatment plant offline and left about 150,000 residents without safe water for drinking. "
        "The city had been handing out bottled water at fire stations and churches, and the state brought in contractors to run the plant. "
        "Mayor Chokwe Antar Lumumba said the system remained fragile and could fail again without federal money. "
        "The Environmental Protection Agency has opened an investigation into whether the state discriminated against the majority-Black city in the way it distributed water funding. "
        "Residents said they would keep boiling water for a while. "
        "Schools in the city, which had moved to virtual learning, returned to classrooms. "
        "Repairs are expected to cost more than $1 billion.",
        "other",
    ),
]
