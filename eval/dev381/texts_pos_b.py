"""dev381 positives, part B: unrest, hate attacks, assassinations and distant wars at home."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Protesters torch Minneapolis police precinct as unrest spreads for third night",
        _t("""
        Protesters set fire to the Minneapolis Police Department's Third Precinct late Thursday
        after officers abandoned the building on Minnehaha Avenue, the climax of a third night of
        unrest over the death of George Floyd. Flames and fireworks lit up the intersection as
        crowds cheered, and the city's fire crews stayed away because of what officials called
        safety concerns. Along Lake Street, a Target, an AutoZone, a post office and dozens of
        small businesses were looted or burned, and in St. Paul police said more than 170
        businesses had been damaged. Gov. Tim Walz activated the Minnesota National Guard, and the
        first 500 soldiers arrived in the Twin Cities early Friday. Mayor Jacob Frey said he made
        the call to evacuate the precinct "to save lives." Earlier in the evening, officers fired
        rubber bullets and tear gas at crowds on Lake Street. Residents in the Longfellow
        neighborhood stood guard outside their homes with garden hoses. "My pharmacy is gone,"
        said Abdi Warsame, 34.
        """),
        "U",
        "riot",
    ),
    (
        "Federal agents fire tear gas at crowds outside Portland courthouse for 50th night",
        _t("""
        Federal officers fired tear gas, pepper balls and flash-bang grenades at demonstrators
        outside the Mark O. Hatfield U.S. Courthouse for hours early Wednesday, as protests that
        began after George Floyd's killing marked their 50th consecutive night in downtown
        Portland. Some protesters pried plywood from the courthouse doors, set a fire in the
        portico and hurled fireworks at the building, according to the Department of Homeland
        Security. Among those gassed was a line of several hundred mothers in yellow shirts who
        had linked arms between protesters and agents. Portland police declared a riot shortly
        after 1 a.m. and made 11 arrests. Mayor Ted Wheeler, who was gassed himself while
        standing at the fence last week, called again for the federal officers to leave. A
        federal judge in Portland is weighing a request from the state to stop agents from
        grabbing protesters off the street in unmarked vans. By dawn, the sidewalks along Third
        Avenue were littered with spent canisters and umbrellas.
        """),
        "U",
        "crackdown",
    ),
    (
        "Two killed, one wounded by gunfire on third night of Kenosha unrest",
        _t("""
        Two people were shot dead and a third was wounded late Tuesday as protests over the police
        shooting of Jacob Blake turned violent for a third night in Kenosha, authorities said. The
        shootings happened near a used car lot on Sheridan Road, where armed men who said they
        were protecting businesses had gathered after buildings were burned on Monday. Police
        fired tear gas and rubber bullets to disperse crowds that had defied an 8 p.m. curfew in
        Civic Center Park. Sheriff David Beth said an Illinois teenager was later taken into
        custody in Antioch. Gov. Tony Evers announced he would increase the number of Wisconsin
        National Guard members in the city to 500. Blake, 29, remains hospitalized in Milwaukee
        and is paralyzed from the waist down, his family's attorney said. Several blocks of
        Uptown were still smoldering Wednesday morning, and a furniture store, a probation office
        and dozens of cars at the lot had been destroyed. "It's a war zone, and it's our
        neighborhood," said longtime resident Gloria Hennessy.
        """),
        "U",
        "riot",
    ),
    (
        "Deputies fire tear gas as crowds confront immigration agents in Paramount and Compton",
        _t("""
        Federal agents and Los Angeles County sheriff's deputies fired tear gas, pepper balls and
        flash-bang grenades Saturday at hundreds of people who gathered outside a business park in
        Paramount after rumors spread of an immigration raid. Protesters threw rocks and
        fireworks at officers and set a car ablaze at an intersection in neighboring Compton,
        according to the Sheriff's Department. Hours later, President Trump ordered 2,000
        California National Guard troops federalized and sent to the Los Angeles area, over the
        objections of Gov. Gavin Newsom. Clashes continued into the evening along Alondra
        Boulevard, where a line of federal agents in gas masks pushed crowds back block by block.
        Federal officials said agents had arrested 118 people in immigration operations across
        the county during the week. Downtown, demonstrators marched to the Metropolitan Detention
        Center, where police declared an unlawful assembly. "They're taking our neighbors out of
        the Home Depot," said Rosa Villanueva, 52, whose eyes were red from the gas.
        """),
        "U",
        "crackdown",
    ),
    (
        "Rioters storm U.S. Capitol; woman shot inside, D.C. under curfew",
        _t("""
        Thousands of supporters of President Donald Trump overwhelmed police lines and broke into
        the U.S. Capitol on Wednesday afternoon, forcing lawmakers to halt the certification of
        the Electoral College vote and flee to secure locations. A woman was shot by a Capitol
        Police officer as rioters tried to force their way through a barricaded door near the
        House chamber and later died, police said. Rioters smashed windows, beat officers with
        flagpoles and sprayed chemical irritants, and pipe bombs were found near the Republican
        and Democratic party headquarters on Capitol Hill. Mayor Muriel Bowser ordered a citywide
        curfew from 6 p.m., and D.C. police said at least 52 people had been arrested by late
        evening. The D.C. National Guard was mobilized, and officers from Virginia and Maryland
        were sent to help clear the grounds. Residents of Capitol Hill rowhouses said they
        watched crowds carrying Confederate flags stream past their front steps. "I've lived here
        27 years and never seen anything like it," said Laura Finch of Third Street SE.
        """),
        "U",
        "riot",
    ),
    (
        "Car rams counterprotesters in Charlottesville, killing woman after white nationalist rally",
        _t("""
        A 32-year-old woman was killed and 19 other people were injured Saturday when a car drove
        at high speed into a crowd of counterprotesters on Fourth Street in downtown
        Charlottesville, hours after violent clashes broke out around a white nationalist rally,
        city officials said. Police arrested the driver, a 20-year-old Ohio man, and charged him
        with second-degree murder. Earlier, groups of white nationalists carrying shields and
        clubs brawled with counterprotesters near Emancipation Park, hurling bottles and spraying
        chemicals before Virginia State Police declared an unlawful assembly. Gov. Terry McAuliffe
        declared a state of emergency. Later in the afternoon, a state police helicopter that had
        been monitoring the violence crashed in Albemarle County, killing two troopers. At the
        University of Virginia Medical Center, doctors said five people were in critical
        condition. "We are heartbroken, and we are angry," Mayor Mike Signer said. Downtown
        businesses on the Mall were closed Sunday as police kept the area cordoned off.
        """),
        "U V",
        "vehicle_ramming",
    ),
    (
        "Sniper fires on Dallas ICE field office, killing detainee and wounding two",
        _t("""
        A gunman firing from the roof of a nearby building shot at a U.S. Immigration and Customs
        Enforcement field office in North Dallas early Wednesday, killing one detainee and
        critically wounding two others who were inside a transport van in the sally port, federal
        officials said. The shooter, a 29-year-old man, was found dead of a self-inflicted wound on
        the rooftop. FBI Director Kash Patel said a shell casing found at the scene bore the words
        "ANTI-ICE," and the bureau is investigating the shooting as an act of targeted violence.
        No ICE officers were hurt. Dallas police closed stretches of Stemmons Freeway for several
        hours as agents cleared the office park off Interstate 35E. The attack came weeks after a
        gunman opened fire on officers outside an immigration detention center in Alvarado, south
        of Fort Worth. Relatives of people held at the office gathered in a parking lot across the
        street trying to learn who had been hit. "Nobody will tell us anything," said a woman
        whose brother was detained there Tuesday.
        """),
        "V",
        "targeted_shooting",
    ),
    (
        "Nine killed at Emanuel AME Church; suspect arrested in North Carolina",
        _t("""
        A white gunman who sat for nearly an hour with a Bible study group at Emanuel AME Church
        on Calhoun Street opened fire Wednesday night, killing nine people, including the
        church's pastor, state Sen. Clementa Pinckney, Charleston police said. The suspect, Dylann
        Roof, 21, of the Columbia area, was arrested Thursday morning during a traffic stop in
        Shelby, N.C., after a motorist recognized his car from surveillance images. Police Chief
        Greg Mullen called the killings a hate crime, and the Justice Department opened a
        civil-rights investigation. Survivors told relatives the gunman reloaded several times
        and made racist statements before firing. Six women and three men were killed, ages 26 to
        87. Mother Emanuel, founded in 1816, is one of the oldest Black congregations in the
        South. Hundreds of people gathered Thursday evening at the TD Arena for a prayer vigil,
        and flowers piled up along the iron fence. "Evil came into the house of God," Mayor Joe
        Riley said.
        """),
        "V",
        "mass_shooting",
    ),
    (
        "Gunman kills 11 at Tree of Life synagogue in Squirrel Hill",
        _t("""
        A gunman who shouted antisemitic slurs stormed the Tree of Life synagogue in Squirrel Hill
        during Saturday morning services, killing 11 worshippers and wounding six people,
        including four police officers, authorities said. The suspect, Robert Bowers, 46, of
        Baldwin, was shot several times by officers and surrendered after a gun battle on the
        building's third floor, Public Safety Director Wendell Hissrich said. He faces 29 federal
        counts, including hate crimes, and federal prosecutors said they would seek the death
        penalty. The dead ranged in age from 54 to 97 and included a pair of brothers and a
        married couple. Three congregations, Tree of Life, Dor Hadash and New Light, shared the
        building on Wilkins Avenue. By evening, thousands of people had gathered for a vigil at
        the corner of Forbes and Murray avenues. "This is the darkest day of Pittsburgh's history,"
        Mayor Bill Peduto said. Jewish Family and Community Services opened its offices to
        families Sunday.
        """),
        "V",
        "mass_shooting",
    ),
    (
        "Racist gunman kills 10 at Tops supermarket on Jefferson Avenue",
        _t("""
        A heavily armed 18-year-old wearing body armor shot 13 people, killing 10, at the Tops
        Friendly Markets on Jefferson Avenue on Saturday afternoon in what authorities described
        as a racially motivated attack. Eleven of the victims were Black, Buffalo Police
        Commissioner Joseph Gramaglia said. The gunman, from Conklin, near Binghamton, livestreamed
        the attack and had posted a 180-page screed espousing a racist conspiracy theory, said
        officials, who added that he had driven about 200 miles to reach the store. The FBI said
        it was investigating the shooting as a hate crime and an act of racially motivated
        violent extremism. Among the dead was a retired Buffalo police officer working as a
        security guard, who fired at the attacker. The Tops store is the only full-service
        grocery on the East Side, and residents said Sunday they did not know where to buy food.
        "He came here because this is a Black neighborhood," said Pastor Tim Brown. Erie County
        prosecutors charged the suspect with first-degree murder.
        """),
        "T V",
        "mass_shooting_terrorism",
    ),
    (
        "Charlie Kirk shot and killed at Utah Valley University event",
        _t("""
        Conservative activist Charlie Kirk was shot in the neck and killed Wednesday while
        speaking to a crowd of about 3,000 people in an outdoor courtyard at Utah Valley
        University in Orem, authorities said. A single shot was fired from the roof of a building
        roughly 200 yards away, according to Utah Public Safety Commissioner Beau Mason. Kirk,
        31, was taken to Timpanogos Regional Hospital, where he died. Gov. Spencer Cox called it
        "a political assassination." The campus was locked down and then evacuated, and students
        streamed across Center Street with their hands raised as officers with rifles searched
        buildings. The FBI released photos of a person of interest wearing dark clothes and
        sunglasses, and offered a reward of up to $100,000. Classes at the university were
        canceled through the weekend. At a church in Provo that evening, a crowd of students
        prayed on the lawn. "It was supposed to be a debate," said freshman Kaylee Morton, 19,
        who was sitting in the third row.
        """),
        "V",
        "assassination",
    ),
    (
        "Palatine volunteer killed in fighting near Bakhmut, family says",
        _t("""
        A 34-year-old former Marine from Palatine who went to Ukraine last spring to fight with a
        unit of foreign volunteers was killed in fighting near Bakhmut, his family said Tuesday.
        Mykola "Nick" Hordiyenko, whose parents emigrated from Lviv in the 1990s, died Saturday
        when Russian forces attacked the trench line his unit was holding southwest of the city,
        according to a commander who called the family. Ukrainian officials have described the
        battle for Bakhmut as the longest and bloodiest of the war, with Russian mercenaries of
        the Wagner group advancing street by street. His mother, Halyna, said he had called home
        two weeks ago from a basement and told her not to worry. At least six other Americans have
        been killed fighting for Ukraine, according to the State Department. Parishioners at St.
        Joseph the Betrothed Ukrainian Catholic Church in Chicago held a panakhyda, a memorial
        service, on Sunday. The family is working with the embassy to bring his body home to
        Illinois.
        """),
        "B",
        "battle",
    ),
    (
        "Dearborn families count the dead as Israeli strikes pound south Lebanon",
        _t("""
        Hassan Bazzi has buried four relatives this week, all by video call. His uncle, his
        uncle's wife and two of their grandsons were killed Monday when an Israeli airstrike hit
        their home in Bint Jbeil, in southern Lebanon, he said. The Israeli military says it is
        targeting Hezbollah fighters and weapons, and Lebanon's health ministry said more than 550
        people were killed across the country on Monday alone. In Dearborn, home to one of the
        largest Lebanese communities outside Lebanon, nearly every family on Bazzi's block has
        relatives who have fled north toward Beirut or into Syria. "Everyone here has someone
        sleeping in a car on the highway," he said outside a bakery on Warren Avenue. Hundreds of
        thousands of people have been displaced in a matter of days, according to Lebanese
        officials. The Arab American Civil Rights League said it was helping dozens of Michigan
        families whose U.S. citizen relatives were trying to get on the few flights still leaving
        Beirut.
        """),
        "E D",
        "airstrike",
    ),
    (
        "Little Haiti families scramble as gangs overrun Port-au-Prince neighborhoods",
        _t("""
        Every morning, Marie-Ange Joseph calls her sister in Port-au-Prince to find out whether
        she slept. On Monday night, armed gangs attacked the neighborhood of Solino, setting homes
        on fire and shooting at residents as they ran, her sister said, and the family of six fled
        on foot to a school that is now sheltering hundreds of people. The United Nations said
        last week that more than 360,000 Haitians had been displaced by gang violence, many of them
        more than once. Gangs allied under the name Viv Ansanm have fought the police for control
        of the capital and now hold most of it. In Little Haiti, volunteers at Notre Dame d'Haiti
        Catholic Church are packing money transfers and medicine that few carriers can deliver
        since the airport closed. Joseph, who runs a hair salon on Northeast 54th Street, said she
        has applied to sponsor her sister under the humanitarian parole program. "They burned the
        house my father built," she said. "There is nowhere in the city that is safe."
        """),
        "V D H",
        "gang_war",
    ),
    (
        "Somali Minnesotans mourn relatives killed in Mogadishu truck bombing",
        _t("""
        Hundreds of Somali Minnesotans packed a mosque in the Cedar-Riverside neighborhood on
        Sunday night, many still trying to reach relatives after a truck bomb exploded at a busy
        intersection in Mogadishu a day earlier. Somali officials said at least 276 people were
        killed and about 300 injured in the blast at the K5 junction, the deadliest attack in the
        country's history. Officials blamed the al-Shabaab militant group, though it had not
        claimed responsibility. Abdirahman Yusuf of Minneapolis said two of his cousins, who
        worked at a hotel near the junction, were among the dead. "We are sending money for the
        funerals and for the hospitals, because they have nothing," he said. Community leaders
        said they had identified more than two dozen people killed with relatives in the Twin
        Cities. Hospitals in Mogadishu ran short of blood and surgical supplies, and Turkey flew
        some of the wounded out for treatment. Rep. Keith Ellison was expected to speak at a
        fundraiser on Lake Street on Wednesday.
        """),
        "T E",
        "bombing",
    ),
    (
        "Molotov cocktails and gunshots hit Tesla service center; FBI calls it domestic terrorism",
        _t("""
        Someone threw Molotov cocktails and fired several shots at a Tesla collision center in
        southwest Las Vegas early Tuesday, setting two vehicles on fire and spray-painting the
        word "RESIST" across the front doors, Metropolitan Police said. No one was injured. FBI
        Special Agent in Charge Spencer Evans said the attack was "targeted" and that the bureau
        was treating it as possible domestic terrorism. The fire was out by the time police
        arrived around 2:45 a.m., but bomb technicians checked at least one device that had not
        ignited. It was the latest in a string of arson attacks on Tesla showrooms and charging
        stations, including in Oregon, Colorado and South Carolina, amid protests over Elon Musk's
        role in the Trump administration. Employees arriving for the morning shift were kept
        behind police tape for hours. "People can protest all they want, but this is somebody's
        workplace," said Darnell Owens, who works at a body shop two doors down. Investigators
        asked anyone with video from the area to call.
        """),
        "T",
        "arson",
    ),
]
