"""dev381 negatives, part A: the crime, accident and weather desks."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "At least 31 shot, 5 fatally, over Memorial Day weekend in Chicago",
        _t("""
        At least 31 people were shot, five of them fatally, across Chicago over the Memorial Day
        weekend, according to police data, a toll lower than last year's but still enough to keep
        trauma surgeons at Stroger and Mount Sinai busy through Tuesday morning. The youngest
        victim was a 13-year-old boy struck in the leg while riding his bike in Little Village on
        Saturday evening. In the deadliest incident, two men were killed and a woman was wounded
        when someone in a passing SUV fired into a group standing outside a home in the 7900 block
        of South Carpenter Street in Chatham. Police said several of the shootings appeared to be
        gang-related, though no arrests had been made by Tuesday afternoon. Superintendent Larry
        Snelling said the department had canceled days off and put about 1,200 extra officers on
        the street. Violence interrupters from community groups worked corners on the West and
        South sides through the night. "We're not where we need to be, but we're trending the
        right way," Snelling said at a Monday briefing.
        """),
        "crime",
    ),
    (
        "Jury convicts gang member in 'war' over Gulfton apartment turf that killed bystander",
        _t("""
        A Harris County jury on Thursday found a 24-year-old member of a southwest Houston street
        gang guilty of murder in the 2021 shooting of a grandmother who was hit by a stray bullet
        while carrying groceries into her apartment. Prosecutors said the defendant had fired
        more than a dozen rounds at members of a rival crew in a parking lot off Bellaire
        Boulevard as part of what one detective called "a war over a couple of buildings and who
        gets to sell there." The victim, Guadalupe Reyes, 61, died at Ben Taub Hospital two days
        later. Defense attorneys argued that the surveillance footage was too grainy to identify
        their client. The jury deliberated about six hours. Sentencing is set to begin Monday,
        and the defendant faces up to life in prison. Reyes' daughter, who testified last week,
        hugged prosecutors in the hallway after the verdict. "She was just coming home," she
        said. Two other men charged in the case are awaiting trial.
        """),
        "crime",
    ),
    (
        "Chase of stolen SUV ends in fiery crash on the Palmetto; two hospitalized",
        _t("""
        A police chase that began with a carjacking in Hialeah ended in a fiery wreck on the
        Palmetto Expressway on Tuesday night, sending two people to Jackson Memorial's Ryder
        Trauma Center and snarling traffic for hours. Miami-Dade police said officers spotted the
        stolen Range Rover near West 49th Street around 9:20 p.m. and tried to pull it over, but
        the driver sped south, weaving through traffic at speeds topping 100 mph. The SUV clipped
        a pickup near the Northwest 74th Street exit, flipped and caught fire. A 19-year-old
        driver and a 17-year-old passenger were pulled out by troopers before the flames spread.
        The pickup's driver was not hurt. The southbound lanes stayed closed until about 2 a.m.
        Police said the owner of the Range Rover had been forced out of it at gunpoint outside a
        gym earlier in the evening. "Thank God nobody else was on that stretch," said Florida
        Highway Patrol Lt. Alex Camacho. Both suspects face charges including armed carjacking and
        fleeing and eluding.
        """),
        "crime",
    ),
    (
        "Highland Park parade gunman fired more than 70 rounds from rooftop, police say",
        _t("""
        The gunman who opened fire on Highland Park's Fourth of July parade climbed onto the roof
        of a business along Central Avenue using a fire escape ladder and fired more than 70
        rounds from a high-powered rifle into the crowd, police said Tuesday. Seven people were
        killed and more than 30 were wounded. The suspect, a 21-year-old from Highwood, was
        arrested Monday evening after a traffic stop in North Chicago and has been charged with
        seven counts of first-degree murder. Lake County Major Crime Task Force spokesman
        Christopher Covelli said investigators had found no indication the attack was motivated by
        race, religion or any other protected status, and had not established a motive. He said
        the suspect had planned the shooting for weeks and dressed in women's clothing to blend
        into the fleeing crowd. Strollers, lawn chairs and American flags still lined the parade
        route Tuesday as FBI agents combed the street. A vigil was held that evening at a church
        on Laurel Avenue.
        """),
        "crime",
    ),
    (
        "One killed, 22 shot after Chiefs victory rally at Union Station; police cite dispute",
        _t("""
        A dispute between several people ended in gunfire outside Union Station on Wednesday,
        killing a popular local DJ and wounding 22 others as hundreds of thousands of fans were
        leaving the Chiefs' Super Bowl victory rally, Kansas City police said. About half of the
        people shot were under 16, according to Children's Mercy Hospital. Police Chief Stacey
        Graves said there was no nexus to terrorism or violent extremism and that the shooting
        appeared to stem from an argument. Three people were detained, including two juveniles,
        and at least one was tackled by fans as he tried to run. More than 800 officers had been
        assigned to the parade route. "I'm angry at the people who came to a celebration with
        guns," Graves said. Fans sheltered inside the station and in nearby parking garages for
        more than an hour. The victim killed, Lisa Lopez-Galvan, 43, hosted a Tejano music show
        on a local radio station. The team said players and staff were safe.
        """),
        "crime",
    ),
    (
        "Four killed at Apalachee High School; 14-year-old student charged as adult",
        _t("""
        Two students and two teachers were killed and nine other people were injured Wednesday
        when a 14-year-old student opened fire at Apalachee High School outside Winder, the
        Georgia Bureau of Investigation said. The student surrendered to school resource officers
        within minutes and will be charged with murder as an adult, GBI Director Chris Hosey
        said. The FBI said it had interviewed the teenager and his father last year over anonymous
        threats posted online but did not have probable cause to make an arrest. Investigators
        have not discussed a motive. Parents waited for hours at the football stadium, where
        students were bused after the school was locked down. The dead teachers were a math
        teacher who also coached the football team's defensive line and a teacher who had worked
        at the school for three years. Barrow County schools will be closed the rest of the week.
        "They did everything they were trained to do," Sheriff Jud Smith said of the two school
        officers.
        """),
        "crime",
    ),
    (
        "Cobb County man charged with threatening to kill congresswoman and her staff",
        _t("""
        A 52-year-old Marietta man was arrested Friday and charged with making threats against a
        member of Congress after leaving a string of profane voicemails at her district office in
        which he said he would "put a bullet" in her and anyone who worked for her, federal
        prosecutors said. According to an FBI affidavit, the man left at least nine messages over
        three days, one of which mentioned the address of a town hall she was scheduled to hold.
        Agents found four rifles and several handguns in his home, the affidavit said, though
        there is no indication he traveled to the event. He was ordered held pending a detention
        hearing next week. U.S. Capitol Police said threat cases against members of Congress have
        risen sharply, to more than 9,000 last year. The congresswoman, who was not named in the
        court filing, said in a statement that her staff "should not have to go to work afraid."
        The man's public defender declined to comment. If convicted, he faces up to 10 years in
        federal prison.
        """),
        "crime",
    ),
    (
        "FBI arrests 13 in alleged plot to kidnap Gov. Whitmer",
        _t("""
        Federal and state authorities said Thursday they had foiled a plot by members of an
        anti-government militia group to kidnap Gov. Gretchen Whitmer from her vacation home in
        northern Michigan before the November election. Six men were charged in federal court
        with conspiracy to kidnap, and seven others face state terrorism and weapons charges,
        Attorney General Dana Nessel said. According to an FBI affidavit, the group met in the
        basement of a vacuum shop in Grand Rapids, practiced with firearms at a property near
        Cadillac and conducted nighttime surveillance of the governor's home. An informant and
        undercover agents had recorded the meetings for months. The men were arrested Wednesday
        night in Ypsilanti, where some had gone to buy explosives from an undercover agent, the
        affidavit said. No one was hurt. Whitmer said in a video address from Lansing that she
        "knew this job would be hard" but never imagined anything like it. Defense lawyers are
        expected to argue that their clients were entrapped.
        """),
        "crime",
    ),
    (
        "Five former Memphis officers charged with murder in Tyre Nichols beating",
        _t("""
        Five former Memphis police officers were charged Thursday with second-degree murder,
        aggravated kidnapping and official oppression in the death of Tyre Nichols, the
        29-year-old FedEx worker who died three days after being beaten following a traffic stop,
        Shelby County District Attorney Steve Mulroy said. All five officers, who are Black,
        were members of a specialized street crimes unit called Scorpion and were fired last week.
        Nichols' family has said he was just blocks from his mother's house when he was pulled
        over on Jan. 7. City officials plan to release video of the encounter Friday evening, and
        police have asked anyone who protests to do so peacefully. Attorney Ben Crump, who
        represents the family, said the video showed Nichols being beaten "like a human pinata."
        The Justice Department has opened a civil rights investigation. Four of the officers had
        posted bond by Thursday night. Police Chief Cerelyn Davis called the officers' actions
        "heinous, reckless and inhumane."
        """),
        "crime",
    ),
    (
        "Retired teacher killed by stray bullet on her porch in Little Village",
        _t("""
        A 68-year-old retired Chicago Public Schools teacher was killed Sunday evening when she was
        struck by a stray bullet while sitting on her front porch in Little Village, police said.
        Officers said two groups of men had exchanged gunfire near the corner of 26th Street and
        Spaulding Avenue shortly after 7 p.m., and one round hit Maria Elena Bautista in the
        chest. She was pronounced dead at Mount Sinai Hospital. Police believe the shooting
        stemmed from a long-running feud between two street factions, though no one was in
        custody Monday. Bautista taught third grade at a school on the Lower West Side for more
        than 30 years, and former students filled the block with candles on Monday night. Ald.
        Michael Rodriguez said he would push for more cameras and lighting along the corridor.
        "She taught half of this neighborhood to read," said Joaquín Mendez, who lives across the
        street. A $15,000 reward has been offered for information leading to an arrest.
        """),
        "crime",
    ),
    (
        "Fireworks injuries fill Houston ERs as doctors warn of 'blast' wounds to hands",
        _t("""
        Houston-area emergency rooms treated dozens of people for fireworks injuries over the
        Fourth of July holiday, including a 12-year-old who lost two fingers and a man who
        suffered severe burns to his face when a mortar tube tipped over in his driveway, doctors
        said Friday. Memorial Hermann's trauma center alone saw 19 fireworks patients between
        Wednesday night and Friday morning, more than it usually does over the holiday. Dr. Lillian
        Ochoa, a hand surgeon, said many of the worst injuries came from reloadable shells and
        homemade devices. "These are blast injuries, the same kind we see in industrial
        accidents," she said. The Harris County Fire Marshal's Office said it responded to more
        than 40 fires blamed on fireworks, including two house fires in Spring. Fireworks are
        banned inside Houston city limits, and police wrote dozens of citations. National
        figures from the Consumer Product Safety Commission show about 9,700 fireworks injuries
        were treated in emergency rooms last year.
        """),
        "accident",
    ),
    (
        "Key Bridge collapses after ship strike; six construction workers presumed dead",
        _t("""
        Six construction workers who were filling potholes on the Francis Scott Key Bridge are
        presumed dead after a cargo ship lost power and slammed into one of the span's supports
        early Tuesday, sending most of the 1.6-mile bridge into the Patapsco River, officials
        said. Two other people were pulled from the water, one of whom was taken to Shock Trauma.
        The Dali, a 984-foot container ship bound for Sri Lanka, issued a mayday call minutes
        before the crash, allowing police to stop traffic onto the bridge. Maryland Transportation
        Secretary Paul Wiedefeld said there was no indication of a deliberate act, and the FBI
        said there was no specific or credible information pointing to terrorism. The Coast Guard
        suspended its search Tuesday night because of cold water temperatures. The workers, who
        were from Mexico, Guatemala, Honduras and El Salvador, had been on a night shift. The
        Port of Baltimore, one of the busiest on the East Coast for car shipments, was closed to
        vessel traffic until further notice.
        """),
        "accident",
    ),
    (
        "No survivors after jet and Army helicopter collide over Potomac, officials say",
        _t("""
        No one survived the collision of an American Eagle regional jet and an Army Black Hawk
        helicopter over the Potomac River near Reagan National Airport on Wednesday night,
        officials said Thursday, as divers recovered bodies from the frigid water. The jet,
        arriving from Wichita, Kansas, with 60 passengers and four crew members, was on approach
        to Runway 33 when it collided with the helicopter, which was carrying three soldiers on a
        training flight. D.C. Fire and EMS Chief John Donnelly said about 300 responders had been
        involved in the recovery. Among those on board were young figure skaters and coaches
        returning from a development camp in Wichita, U.S. Figure Skating said. The National
        Transportation Safety Board said it had recovered both flight recorders from the jet.
        Reagan National reopened Thursday morning. Families gathered at a hotel near the airport,
        and in Wichita, a vigil was held at a skating rink where several of the victims had
        trained. It was the deadliest U.S. air crash since 2001.
        """),
        "accident",
    ),
    (
        "Surfside search teams race against time as condo collapse toll rises to 12",
        _t("""
        The death toll from the collapse of the Champlain Towers South condominium in Surfside rose
        to 12 on Tuesday, with 149 people still unaccounted for, Miami-Dade Mayor Daniella Levine
        Cava said. Search-and-rescue crews from Miami-Dade, Miami and Israel worked in 12-hour
        shifts, tunneling through the pile with cranes, buckets and search dogs, and halting at
        times because of fires deep in the debris. The 12-story building partially collapsed at
        about 1:20 a.m. Thursday. A 2018 engineering report had warned of "major structural
        damage" to the concrete slab beneath the pool deck, according to documents released by
        the town. Families were briefed twice daily at a hotel in Surfside, and some were taken
        by bus to a spot near the site to see the rescue work. "We still believe there could be
        air pockets," Fire Chief Alan Cominsky said. Gov. Ron DeSantis said the state would pay for
        an independent review of the collapse.
        """),
        "accident",
    ),
    (
        "New Year's fireworks explosion at Aliamanu home kills three, injures more than 20",
        _t("""
        Three people were killed and more than 20 others were injured when a large stash of
        illegal aerial fireworks exploded in the carport of a home in Aliamanu shortly before
        midnight on New Year's Eve, Honolulu officials said. Video from a neighbor's camera showed
        a box of fireworks tipping over and firing into a pile of other boxes, which then
        exploded. Honolulu Emergency Services Director Jim Ireland called it one of the worst
        scenes he had seen in his career. Several victims suffered severe burns and were flown to
        a burn unit on the mainland, officials said. Gov. Josh Green said fireworks smuggled in
        shipping containers from the mainland and Asia had made the problem worse despite a ban
        on aerial displays without a permit. Neighbors said the family hosted a big party every
        year. "It sounded like the whole street was coming apart," said Keoni Akana, who lives
        two houses away. Honolulu police have opened a negligent homicide investigation.
        """),
        "accident",
    ),
    (
        "Harvey's floodwaters swamp Houston as rescuers pull thousands from homes",
        _t("""
        Rescuers in boats, helicopters and high-water trucks pulled more than 3,000 people from
        flooded homes across Houston on Sunday and Monday as Tropical Storm Harvey dumped more
        than 30 inches of rain on parts of the region, officials said. The George R. Brown
        Convention Center, opened as a shelter for 5,000, had taken in more than 9,000 people by
        Monday night. At least eight deaths had been confirmed, including a family of six whose
        van was swept off a bridge over Greens Bayou, according to relatives. Gov. Greg Abbott
        activated the entire Texas National Guard, some 12,000 troops, to help with rescues.
        Neighbors with bass boats and kayaks, some calling themselves the Cajun Navy, ferried
        people from subdivisions in Kingwood and Meyerland. The Army Corps of Engineers began
        releasing water from the Addicks and Barker reservoirs, warning that thousands more homes
        could flood. "It's a war against the water, and the water is winning right now," said
        Mayor Sylvester Turner.
        """),
        "disaster",
    ),
    (
        "Fort Myers Beach flattened by Ian; dozens dead in Lee County",
        _t("""
        Hurricane Ian's storm surge wiped out entire blocks of Fort Myers Beach, leaving houses
        piled against one another and boats stacked in parking lots, as the death toll in Lee
        County rose to at least 35 on Friday, the sheriff said. Many of the dead drowned in homes
        that filled with up to 15 feet of water. Search teams went door to door marking homes with
        spray paint, and Coast Guard helicopters plucked people from roofs on Sanibel and Pine
        Island, both of which were cut off when sections of their causeways washed away. Nearly
        2.6 million Florida customers were without power at the peak. "It looks like a bomb went
        off," said Robert Gillette, 71, standing in the slab where his mobile home had been. Gov.
        Ron DeSantis said more than 1,000 people had been rescued. Shelters in Fort Myers and Cape
        Coral housed thousands of evacuees, and officials said it could be weeks before some
        residents are allowed back on the barrier islands.
        """),
        "disaster",
    ),
    (
        "Mayfield candle factory among ruins after tornado tears through western Kentucky",
        _t("""
        A tornado that stayed on the ground for more than 150 miles cut through the heart of
        Mayfield late Friday, flattening the courthouse square, the fire station and a candle
        factory where about 110 people were working the night shift, officials said. Gov. Andy
        Beshear said Saturday that the death toll in Kentucky could exceed 70. By afternoon,
        rescuers had pulled 40 people alive from the factory, and crews with heavy equipment were
        still searching the twisted metal. The Kentucky National Guard sent about 180 soldiers to
        help with search and rescue and traffic control. Churches in neighboring towns opened as
        warming shelters as temperatures dropped. "This is the most devastating tornado event in
        our state's history," Beshear said at a briefing in the parking lot of a Mayfield church.
        Power was out for more than 25,000 customers in Graves County. Residents picked through
        what was left of their homes on Sunday, loading photographs and clothes into the beds of
        pickup trucks.
        """),
        "disaster",
    ),
    (
        "Rolling Fork residents dig out after tornado levels half of Delta town",
        _t("""
        Residents of Rolling Fork picked through splintered homes and overturned cars on Saturday
        after a mile-wide tornado tore through the small Mississippi Delta town Friday night,
        killing at least 25 people across the state and injuring dozens more, emergency officials
        said. The National Weather Service gave the tornado a preliminary rating of EF-4, with
        winds of up to 170 mph. The town's water tower was toppled, and the Sharkey County
        sheriff said several people were trapped for hours in the rubble of a convenience store.
        "My city is gone," Mayor Eldridge Walker told reporters on Saturday morning. The Mississippi
        Emergency Management Agency said search-and-rescue teams from several counties were
        working through the debris and that the Red Cross had opened shelters in nearby churches.
        President Biden approved an emergency declaration on Sunday. Volunteers drove in from
        Jackson and Vicksburg with chainsaws, bottled water and generators. The last major
        tornado in the county, in 1971, killed more than a dozen people.
        """),
        "disaster",
    ),
    (
        "Guadalupe River floods Hill Country overnight; campers missing at Camp Mystic",
        _t("""
        A wall of water raced down the Guadalupe River before dawn on Friday, killing at least 24
        people in Kerr County and sweeping through a girls' summer camp where more than 20
        campers were unaccounted for, officials said. The river rose about 26 feet in 45 minutes
        at Hunt, according to the National Weather Service, after as much as 10 inches of rain
        fell overnight. Helicopters from the Texas National Guard and the Department of Public
        Safety plucked people from trees and rooftops, and rescuers in boats searched the banks
        for miles downstream. Camp Mystic, a Christian camp that has operated along the river for
        nearly a century, had about 750 girls on site. Parents gathered at a reunification center
        at Ingram Tom Moore High School waiting for names to be read. "We did not know this type
        of flood was coming," said Rob Kelly, the county's top elected official. The flooding
        came on the Fourth of July, when the river corridor is crowded with holiday visitors.
        """),
        "disaster",
    ),
    (
        "Eaton fire destroys thousands of Altadena homes; residents return to 'war zone'",
        _t("""
        Residents allowed back into parts of Altadena on Monday found block after block of
        chimneys standing over ash, a week after the Eaton fire roared out of the San Gabriel
        foothills on Santa Ana winds. The fire has destroyed or damaged more than 7,000
        structures and killed at least 17 people, according to Cal Fire and the Los Angeles County
        medical examiner. Sheriff's deputies escorted residents in small groups and warned them
        not to sift through debris that could contain asbestos and lead. "It looks like a war
        zone, but it's my street," said Howard Kennedy, 73, whose family had owned the same house
        since 1961. Many of the homes lost belonged to Black families who moved to Altadena
        decades ago when other neighborhoods were closed to them. Evacuation orders still covered
        parts of the area as firefighters, including crews from Oregon and Mexico, worked to
        contain the blaze. The Rose Bowl parking lots were turned into a staging area for utility
        trucks.
        """),
        "disaster",
    ),
]
