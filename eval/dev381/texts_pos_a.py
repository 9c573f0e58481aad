"""dev381 positives, part A: attacks, political violence and wars that reach local readers."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Gunman kills 49 at Pulse nightclub in deadliest mass shooting in U.S. history",
        _t("""
        A gunman armed with an assault-style rifle and a handgun opened fire inside Pulse, a gay
        nightclub south of downtown Orlando, early Sunday, killing 49 people and wounding at least
        53 others before police stormed the building and shot him dead. The attacker, identified
        by authorities as 29-year-old Omar Mateen of Fort Pierce, called 911 during the standoff
        and pledged allegiance to the Islamic State, according to the FBI. Federal agents said
        they were investigating the massacre as an act of terrorism. Patrons hid in bathrooms and
        dressing rooms for close to three hours, some texting relatives as the gunman moved
        through the club. Orlando Police Chief John Mina said a SWAT team used an armored vehicle
        to punch a hole in an outside wall to free dozens of hostages. Families waited through the
        day at a senior center near Orlando Regional Medical Center for word of sons and daughters
        who had been at the club's Latin night. "We are a family, and this was our safe place,"
        said Brenda Colón, 41, who lost two friends. Blood banks across Central Florida reported
        lines around the block by midmorning.
        """),
        "T V",
        "mass_shooting_terrorism",
    ),
    (
        "Walmart shooting: 22 dead as El Paso mourns; officials treat attack as domestic terrorism",
        _t("""
        The death toll from Saturday's shooting at the Walmart near Cielo Vista Mall rose to 22 on
        Monday after two more victims died at University Medical Center, hospital officials said.
        The gunman, a 21-year-old from the Dallas suburb of Allen, drove some 650 miles to El Paso
        and began firing in the parking lot before walking into the crowded store during the
        back-to-school rush. Investigators are examining a racist, anti-immigrant screed posted
        online shortly before the attack, and the U.S. attorney for the Western District of Texas
        said the government was treating the case as domestic terrorism. Several of the dead were
        Mexican citizens who had crossed from Ciudad Juárez to shop. Two dozen people were
        wounded, some critically. The suspect surrendered to officers at an intersection near the
        store and has been charged with capital murder. Hundreds of people lined up Sunday at a
        blood drive on the East Side, and a vigil at Ponder Park drew thousands who chanted "El
        Paso strong." "He came here to hunt us," said Marisol Terrazas, whose uncle was among the
        wounded.
        """),
        "T V",
        "mass_shooting_terrorism",
    ),
    (
        "Truck plows into New Year's crowd on Bourbon Street, killing 10; FBI investigating terrorism",
        _t("""
        A man drove a rented pickup truck around a police barricade and into crowds of New Year's
        revelers on Bourbon Street at about 3:15 a.m. Wednesday, killing at least 10 people and
        injuring dozens before he opened fire on officers and was killed in a shootout, New
        Orleans police said. The FBI said an Islamic State flag was found in the truck and that
        it was investigating the attack as an act of terrorism. Two officers were struck by
        gunfire and were in stable condition. Investigators also found what they described as
        possible explosive devices in the French Quarter and were sweeping the area with bomb
        technicians. "He was trying to run over as many people as he could," Superintendent Anne
        Kirkpatrick told reporters. At University Medical Center, doctors treated more than 30
        patients, some with crushed limbs. The Sugar Bowl, scheduled for the Superdome that
        evening, was postponed by a day. By afternoon, families were gathering at a reunification
        center on Canal Street, holding up photos of the missing to anyone with a camera.
        """),
        "T V",
        "vehicle_ramming",
    ),
    (
        "Intruder attacks Paul Pelosi with hammer inside couple's Pacific Heights home",
        _t("""
        Paul Pelosi, the husband of House Speaker Nancy Pelosi, was recovering Friday after
        surgery for a skull fracture and injuries to his right arm and hands, after an intruder
        broke into the couple's San Francisco home before dawn and beat him with a hammer, the
        speaker's office said. Police Chief William Scott said officers arrived at the Broadway
        residence at 2:31 a.m. and watched the suspect pull the hammer away from the 82-year-old
        and strike him. The man, identified as David DePape, 42, was tackled and taken into
        custody. Sources briefed on the case said he had shouted "Where is Nancy?" after breaking
        in through a back glass door. The speaker was in Washington at the time. Capitol Police
        said they had sent investigators to California and were working with the FBI. Neighbors
        described a quiet block now ringed with police tape. "This is what happens when the heat
        keeps getting turned up," said one longtime resident who declined to give her name. The
        suspect faces charges including attempted homicide and elder abuse.
        """),
        "V",
        "assault",
    ),
    (
        "Arsonist sets fire to governor's residence as Shapiro family sleeps, police say",
        _t("""
        A man scaled a security fence at the Governor's Residence in Harrisburg early Sunday,
        smashed windows and threw homemade firebombs inside, setting a blaze that tore through a
        formal dining room and forced Gov. Josh Shapiro, his wife and their children to flee in
        the middle of the night, Pennsylvania State Police said. Nobody was hurt. Hours earlier
        the family had hosted a Passover Seder in the same part of the building. Cody Balmer, 38,
        of Harrisburg, turned himself in and told investigators he harbored "hatred" for the
        governor, according to a criminal complaint. Dauphin County District Attorney Fran Chardo
        said his office had added charges of terrorism and attempted murder. Investigators found
        broken beer bottles filled with gasoline on the lawn, and fire crews needed close to two
        hours to put out the fire. "This type of violence is not OK," Shapiro said at a news
        conference outside the scorched building, where plywood now covered the windows. Troopers
        were posted Monday at the gates along Front Street.
        """),
        "T V",
        "arson",
    ),
    (
        "Two Israeli Embassy staffers shot dead outside Capital Jewish Museum",
        _t("""
        Two young employees of the Israeli Embassy were shot and killed Wednesday night as they
        left an event at the Capital Jewish Museum in downtown Washington, D.C., police said. The
        gunman approached a group of four people on F Street NW shortly after 9 p.m. and opened
        fire, Metropolitan Police Chief Pamela Smith said. He then walked into the museum, where
        security detained him, and shouted "Free, free Palestine" as he was led away in
        handcuffs. The victims, a man and a woman, were a couple about to become engaged,
        Israel's ambassador said. Police identified the suspect as a 30-year-old man from
        Chicago. The FBI's Washington field office said it was investigating the shooting as an
        act of targeted violence and terrorism. Guests who had attended a networking reception
        for young diplomats were kept inside for more than an hour. Residents of the
        neighborhood, a few blocks from the FBI headquarters, woke Thursday to police tape and
        blocked intersections, and a makeshift memorial of flowers grew along the museum's steps.
        """),
        "T V",
        "targeted_shooting",
    ),
    (
        "Rep. Melissa Hortman and husband killed, senator wounded in 'politically motivated' shootings",
        _t("""
        Former House Speaker Melissa Hortman and her husband, Mark, were shot and killed in their
        Brooklyn Park home early Saturday, hours after a gunman disguised as a police officer shot
        and wounded state Sen. John Hoffman and his wife at their house in Champlin, authorities
        said. Gov. Tim Walz called the attacks "a politically motivated assassination." The
        suspect fled on foot after Brooklyn Park officers exchanged fire with him, and a manhunt
        involving more than 100 officers stretched into a second day. Investigators found a list
        of dozens of names, including other DFL legislators and abortion-rights supporters, in a
        vehicle he left behind, according to law enforcement sources. The Hoffmans underwent
        surgery at North Memorial and were expected to survive. Residents within a two-mile radius
        were told to shelter in place, and organizers canceled several "No Kings" rallies planned
        in the area. Neighbors left flowers and hand-lettered signs at the end of the Hortmans'
        driveway. "She was one of us," said Daniel Ortega, a neighbor of nine years.
        """),
        "V",
        "assassination",
    ),
    (
        "Shots at Trump rally in Butler Township kill spectator; former president wounded in ear",
        _t("""
        A gunman on a rooftop outside the Butler Farm Show grounds fired several shots at former
        President Donald Trump during a campaign rally Saturday evening, wounding him in the ear
        and killing a spectator in the bleachers, authorities said. Two other men in the crowd
        were critically wounded. A Secret Service counter-sniper shot and killed the gunman, whom
        the FBI later identified as a 20-year-old from Bethel Park. The man killed was Corey
        Comperatore, 50, a former fire chief from Buffalo Township who died shielding his wife and
        daughters, Gov. Josh Shapiro said. Trump was rushed from the stage with blood on his face
        and taken to Butler Memorial Hospital, and his campaign said he was "doing well." The FBI
        said it was investigating the shooting as an attempted assassination. By nightfall, state
        troopers had closed roads around the fairgrounds, and hundreds of rallygoers walked along
        Route 68 to their cars in the dark. "We heard pops and everybody just hit the ground,"
        said Tammy Shaffer, 58, of Cabot.
        """),
        "V",
        "assassination_attempt",
    ),
    (
        "Attacker hurls firebombs at Boulder walk for Israeli hostages; FBI calls it targeted terror attack",
        _t("""
        A man shouting "Free Palestine" threw incendiary devices into a group of people marching
        on the Pearl Street Mall on Sunday to call for the release of hostages held in Gaza,
        injuring at least eight, some of them seriously, Boulder police said. The victims,
        ages 52 to 88, were taken to hospitals, one by air ambulance. Witnesses said the attacker
        used a makeshift flamethrower and threw Molotov cocktails before officers took him into
        custody near the county courthouse. FBI Director Kash Patel called it "a targeted terror
        attack." The weekly walk had been organized by Run for Their Lives, a group that has
        marched on the mall since shortly after Oct. 7. Boulder Police Chief Stephen Redfearn said
        the suspect, a 45-year-old man, was also hospitalized. Video posted to social media showed
        a woman lying on the ground as bystanders poured water over her. "These were grandparents
        carrying flags," said Ruth Abramson, who had walked with the group. Investigators were
        searching a home in El Paso County on Sunday night.
        """),
        "T V",
        "firebombing",
    ),
    (
        "Skokie family waits for word on relatives seized from kibbutz near Gaza border",
        _t("""
        For four days, Avital Shemesh has slept with her phone on her chest. Her cousin, his wife
        and their two daughters, 9 and 13, are among the more than 200 people Israeli officials
        say were dragged into Gaza by Hamas gunmen who overran their kibbutz on Saturday. The
        Skokie mother, who grew up spending summers on the farm two miles from the border fence,
        said the family's last message was a text at 7:40 a.m.: "They are in the house." Israeli
        army officials told relatives this week that the four are believed to be alive and held
        as hostages. Nearly a quarter of the kibbutz's residents were killed or are missing,
        according to a list circulating among members. Shemesh's synagogue in Skokie has held
        nightly vigils, and a North Shore congressman said his office had asked the State
        Department to press for information on Americans among the captives. Meanwhile, Israeli
        airstrikes continued to pound Gaza. "Every bomb that falls, I think, is that where they
        are?" Shemesh said.
        """),
        "V",
        "hostage_taking",
    ),
    (
        "Sugar Land family loses 15 relatives in strike on Gaza City home",
        _t("""
        Rami Abu Shaaban was at his dental office in Sugar Land on Tuesday when a cousin sent him
        a photo of a concrete slab where his aunt's four-story home in Gaza City's Rimal
        neighborhood had been. An Israeli airstrike overnight killed 15 members of his extended
        family, including seven children, he said, and neighbors were still digging with their
        hands for two more. The Israeli military said it had struck "terror targets" in the area
        and did not comment on the specific building. Abu Shaaban's parents fled south to Khan
        Younis with about 40 relatives three weeks ago, joining hundreds of thousands of Gazans
        who left their homes after evacuation orders, but his aunt refused to leave. Phone and
        internet service across the strip was cut again Wednesday, and he has not heard from his
        parents since. Members of the Islamic Society of Greater Houston gathered Wednesday night
        to pray for the dead. "I'm a Texan, I pay my taxes, and I cannot get my mother out," he
        said.
        """),
        "E D",
        "airstrike",
    ),
    (
        "Sunny Isles woman's parents survive Russian missile strike on Dnipro apartment block",
        _t("""
        Oksana Melnyk spent Saturday night refreshing a Telegram channel in her Sunny Isles Beach
        condo until she saw the photo: her parents' nine-story building in Dnipro, its center
        sheared away by a Russian missile. Her mother and father, both in their 70s, were pulled
        from a stairwell on the other side of the building with cuts and a broken wrist, she
        said. Ukrainian officials said Sunday that at least 30 people had been killed and dozens
        were still missing under the rubble as rescuers worked through freezing temperatures.
        Ukraine's air force said the building was hit by a Kh-22 cruise missile fired during a
        wave of strikes across the country. Melnyk, who moved to South Florida in 2014 and works
        as a nurse at Aventura Hospital, is trying to bring her parents to Miami under the Uniting
        for Ukraine program. Members of the St. Michael Ukrainian church in Miami collected
        generators, blankets and first-aid kits after Sunday services. "They survived the Soviet
        Union, and now this," she said.
        """),
        "E",
        "missile_strike",
    ),
    (
        "Three Fort Moore-based Army Reserve soldiers killed in drone attack in Jordan",
        _t("""
        Three U.S. Army Reserve soldiers assigned to an engineer company based at Fort Moore were
        killed Sunday when a one-way attack drone struck their living quarters at a small outpost
        in northeast Jordan known as Tower 22, the Pentagon said. More than 40 other service
        members were injured, several of them evacuated for treatment of traumatic brain
        injuries. U.S. officials blamed Iran-backed militias operating in Iraq and Syria, one of
        which claimed the strike. The soldiers, a sergeant and two specialists, were the first
        American troops killed by hostile fire in the region since attacks on U.S. bases began in
        October. The company had deployed last fall to support the mission against the Islamic
        State. In Columbus, flags were lowered at the post on Monday, and a pastor at a church
        near the main gate said families had been calling since dawn. "You send them off thinking
        it's a support mission," said retired Sgt. Maj. Darnell Hughes. President Biden vowed
        that the United States would respond "at a time and in a manner of our choosing."
        """),
        "E",
        "drone_strike",
    ),
    (
        "San Antonio Guard soldiers among wounded in drone attack on base in northeast Syria",
        _t("""
        Five soldiers from a San Antonio-based Texas Army National Guard battalion were wounded
        Thursday when a drone struck a maintenance facility at a coalition base near Hasakah in
        northeast Syria, Guard officials said Friday. An American contractor was killed in the
        attack, which U.S. intelligence assessed came from an Iranian-made drone. Hours later,
        American F-15E jets carried out retaliatory airstrikes on facilities in eastern Syria used
        by groups tied to Iran's Revolutionary Guard, the Pentagon said. Two of the wounded Texans
        were flown to a hospital in Iraq and three returned to duty, according to Lt. Col. Maria
        Esparza, a Guard spokeswoman at Camp Mabry. The battalion has about 500 soldiers in Syria
        and Iraq. At a family readiness center on the city's South Side, spouses gathered around a
        conference table Friday morning for a briefing. "They told us it was going to be the
        quiet part of the deployment," said Yesenia Cárdenas, whose husband is a staff sergeant.
        """),
        "E M",
        "drone_strike",
    ),
    (
        "Ferguson burns after grand jury decision; police fire tear gas, dozens arrested",
        _t("""
        At least a dozen buildings were set ablaze and police fired tear gas and smoke canisters
        at crowds in Ferguson overnight after a St. Louis County grand jury declined to indict
        Officer Darren Wilson in the shooting death of Michael Brown. St. Louis County Police
        Chief Jon Belmar said officers heard about 150 gunshots during the night and that 61
        people had been arrested in Ferguson alone. Businesses along West Florissant Avenue,
        including a beauty supply store and an auto parts shop, were looted and burned, and
        firefighters held back at times because of gunfire. Two police cars were torched outside
        the Ferguson Police Department on South Florissant Road. Gov. Jay Nixon ordered hundreds
        more National Guard troops into the area on Tuesday. Protesters also marched onto
        Interstate 44 in St. Louis, briefly closing it. "This is much worse than anything in
        August," Belmar said at a 1:30 a.m. news conference. Several schools in the
        Ferguson-Florissant district canceled classes.
        """),
        "U",
        "riot",
    ),
    (
        "Baltimore erupts in rioting after Freddie Gray funeral; 15 officers injured",
        _t("""
        Rioters looted stores, set cars and buildings on fire and hurled bricks at police across
        West Baltimore on Monday, hours after the funeral of Freddie Gray, the 25-year-old who died
        of a spinal injury suffered in police custody. Fifteen officers were hurt, six of them
        seriously, police Commissioner Anthony Batts said. A CVS pharmacy at Pennsylvania and
        North avenues was stripped and burned as firefighters worked around a crowd that cut one
        of their hoses. Gov. Larry Hogan declared a state of emergency and activated the Maryland
        National Guard, and Mayor Stephanie Rawlings-Blake announced a weeklong 10 p.m. curfew.
        Near Mondawmin Mall, students leaving school clashed with officers in riot gear who fired
        pepper balls. A senior center under construction in East Baltimore also burned. Police
        said at least 27 people had been arrested by late evening. "We've got to take our city
        back," said the Rev. Jamal Bryant, standing in the broken glass on North Avenue. City
        schools will be closed Tuesday.
        """),
        "U",
        "riot",
    ),
]
