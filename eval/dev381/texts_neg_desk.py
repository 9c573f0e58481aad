"""dev381 negatives, part C: Friday nights, parades, anniversaries and the screens."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "North Shore survives late blitz, holds off Galena Park's air attack to reach state semis",
        _t("""
        North Shore's defense had spent three quarters in the trenches against the run. In the
        fourth, it had to survive an aerial assault. The Mustangs held on for a 28-24 win over
        Galena Park's crosstown rival on Friday night at Galena Park ISD Stadium, batting down a
        Hail Mary as time expired to reach the Class 6A Division I state semifinals. Quarterback
        Kaleb Bailey threw for two touchdowns and ran for another, and the Mustangs' defense
        forced three turnovers, including an interception returned 41 yards for a score. The
        visitors stormed back from 21 points down with three touchdown passes in the final nine
        minutes. "Our kids were under siege out there, and they didn't blink," coach Jon Kay said.
        More than 12,000 fans filled the stands, and the North Shore band played through a
        steady drizzle. The Mustangs will face Duncanville next week at a neutral site, likely
        AT&T Stadium. It is their fourth trip to the semifinals in five years.
        """),
        "sport",
    ),
    (
        "Miami Northwestern routs rival to claim state title in 'Battle of the Boulevard' rematch",
        _t("""
        Miami Northwestern capped an unbeaten season with a 42-7 win over Miami Central on
        Thursday night at Bragg Memorial Stadium in Tallahassee, claiming the Class 3M state
        championship in a rematch of the schools' regular-season showdown. The Bulls' defense
        held Central to 112 yards of total offense and sacked its quarterback five times. Junior
        running back Tavion Mathis killed it on the ground, rushing for 187 yards and three
        touchdowns. "They were coming after us all week on social media, and we answered on the
        field," Mathis said. Northwestern, which plays in Liberty City, has now won eight state
        titles, and its coach, a former player at the school, said this one felt different
        because of how young the roster was. Hundreds of fans made the eight-hour drive north by
        bus, and a victory caravan is planned along Northwest 71st Street on Saturday afternoon.
        Central, the defending champion, finished 11-3.
        """),
        "sport",
    ),
    (
        "Border War returns: Kansas, Missouri renew rivalry before sold-out crowd",
        _t("""
        For the first time in more than a decade, the Border War was back in Lawrence on Saturday,
        and Kansas made sure its fans went home happy. The Jayhawks beat Missouri 42-31 before a
        sellout crowd of more than 47,000 at David Booth Kansas Memorial Stadium, the first
        football meeting between the schools since Missouri left the Big 12 in 2012. Kansas
        quarterback Jalon Daniels threw three touchdown passes, and the defense sealed the win with
        an interception in the final two minutes. The rivalry dates to 1891 and draws its name
        from the bloody Civil War-era conflict between the two states, and fans on both sides
        still treat it as a grudge match. Tailgaters began arriving before dawn, and the
        Lawrence police said the day passed without major trouble. "My dad would have loved to
        see this," said Jim Hadley, a 66-year-old Overland Park fan wearing his father's 1968
        jersey. The series moves to Columbia next year.
        """),
        "sport",
    ),
    (
        "Brawl in Soldier Field stands leaves two fans hurt; Bears ban four for life",
        _t("""
        The Chicago Bears said Tuesday they had banned four fans for life after a brawl in the
        upper deck at Soldier Field during Sunday's loss to the Green Bay Packers left two men
        with injuries, including a 58-year-old who suffered a broken jaw. Video of the fight,
        which appeared to begin when a group of Bears fans confronted men wearing Packers jerseys
        in Section 445, was viewed millions of times online. Chicago police said two people were
        charged with misdemeanor battery and a third with aggravated battery. Stadium security
        and police broke up the fight within about two minutes, the team said. "This is not what
        our rivalry is about," the Bears said in a statement. The injured man's daughter told
        reporters her father had been going to games with his brothers since the 1980s. The team
        said it would add security staff in the upper deck for the rest of the season and would
        not sell beer in that section after the third quarter.
        """),
        "sport",
    ),
    (
        "Astros' shot at the pennant rests on aging rotation after sweep in Seattle",
        _t("""
        The Houston Astros' shot at a ninth straight American League Championship Series
        appearance took another hit on Sunday, as the Seattle Mariners finished a three-game sweep
        at T-Mobile Park with a 5-2 win that dropped Houston three games back in the AL West. Cal
        Raleigh homered for the 49th time, and the Mariners' pitching staff held the Astros'
        lineup to four hits. Manager Joe Espada said his rotation, already missing two starters
        to injury, would have to carry the club through the final month. "We're in a dogfight,
        and we've been here before," Espada said. The Astros have won the division in seven of
        the last eight seasons. Houston opens a six-game homestand against Texas and Toronto on
        Tuesday, and general manager Dana Brown said the team would consider calling up prospects
        from Triple-A Sugar Land. Fans booed after the final out of Friday's game. The Astros
        finish the season with seven of their last ten games on the road.
        """),
        "sport",
    ),
    (
        "Heat survive Knicks' fourth-quarter assault to force Game 7",
        _t("""
        The Miami Heat blew most of a 22-point lead but survived a furious fourth-quarter assault
        by the New York Knicks on Friday night, winning 104-101 at Kaseya Center to force a
        Game 7 in their Eastern Conference semifinal series. Jimmy Butler scored 34 points,
        including two free throws with 8.4 seconds left, and Bam Adebayo had 14 rebounds and
        blocked a last-second 3-pointer. The Knicks hit seven 3-pointers in the final period and
        cut the deficit to one with under a minute to play. "They came at us with everything,
        and we just had to take the hits," coach Erik Spoelstra said. The sellout crowd of
        19,600 stood for most of the last five minutes. Game 7 is Sunday at Madison Square
        Garden. Miami has won its last four Game 7s on the road. Tyler Herro, who missed the
        previous two games with a sprained ankle, is listed as questionable. Tickets for a watch
        party at the arena sold out within an hour.
        """),
        "sport",
    ),
    (
        "Thousands line Houston streets for Veterans Day parade, honoring Vietnam veterans",
        _t("""
        Thousands of people lined the streets of downtown Houston on Monday morning for the city's
        annual Veterans Day parade, which this year honored veterans of the Vietnam War. Marching
        bands from a dozen high schools, Junior ROTC cadets and units from the Texas National
        Guard marched along Smith Street and Bagby Street, and a pair of restored Huey
        helicopters flew over City Hall. Grand marshal Ernesto Salinas, 79, a Marine who served two
        tours in Vietnam, rode in an open Jeep and waved a small flag. "When we came home, there
        were no parades," he said. "This means a lot." Mayor John Whitmire presented a
        proclamation, and the Houston Police Department's mounted patrol led the procession.
        Volunteers handed out free coffee to veterans at a tent near the reflecting pool. The
        Texas Veterans Commission said more than 250,000 veterans live in Harris County. The
        Michael E. DeBakey VA Medical Center held a separate ceremony in the afternoon.
        """),
        "military",
    ),
    (
        "National Guard troops begin patrolling National Mall as D.C. crime crackdown starts",
        _t("""
        Dozens of armed National Guard troops in camouflage began patrolling the National Mall and
        the area around Union Station on Tuesday, the first visible sign of President Trump's
        order to deploy 800 Guard members to Washington as part of a federal crackdown on crime.
        The soldiers, from the D.C. National Guard, rode in Humvees and stood in pairs near
        Metro stations, taking photographs with tourists. Guard officials said the troops would
        not make arrests and were there to free up police officers. The administration also
        placed the Metropolitan Police Department under federal control for 30 days. Mayor Muriel
        Bowser said violent crime in the city had fallen to a 30-year low and called the move
        "unsettling and unprecedented." Some residents said they welcomed the presence of the
        troops, while others said they felt uneasy seeing military vehicles outside their homes.
        "I moved here from Fort Bragg, so this is not new to me," said Derrick Lloyd, 48, walking
        his dog near the Navy Memorial.
        """),
        "military",
    ),
    (
        "Fleet Week brings sailors, ships and flyovers back to Port Everglades",
        _t("""
        Thousands of people lined the beach and the jetty at Port Everglades on Monday to watch a
        parade of Navy and Coast Guard ships sail into port for Fleet Week, which returns to
        Broward County for its ninth year. The amphibious assault ship USS Bataan led the
        procession, followed by a destroyer, a Coast Guard cutter and a Canadian frigate. Navy
        F/A-18 Super Hornets flew low over Fort Lauderdale beach at noon, drawing cheers from
        schoolchildren on field trips. The ships will be open for public tours through Friday,
        and organizers expect more than 2,000 sailors, Marines and Coast Guard members to take
        part in community service projects and sports competitions. "It's like a homecoming every
        year," said Pat Hernández, a retired chief petty officer who volunteers at the event.
        Hotels near the port reported high bookings. A military band concert is set for
        Thursday at Las Olas Riverfront, and the week ends with a 5K run on the beach.
        """),
        "military",
    ),
    (
        "Illinois Guard soldiers return to hugs at Peoria after yearlong Horn of Africa mission",
        _t("""
        More than 200 soldiers of an Illinois Army National Guard infantry battalion returned home
        to hugs, balloons and hand-painted signs at the Peoria airport on Saturday after nearly a
        year in the Horn of Africa, where they provided security at a U.S. base in Djibouti. The
        soldiers landed in two chartered jets and marched into a hangar to the cheers of about
        1,000 family members. Guard officials said the deployment was the unit's first overseas
        mission since 2011. Staff Sgt. Brianna Koenig of Bloomington, who missed her son's first
        steps, said she had counted down "every single day." Maj. Gen. Rodney Boyd, the state's
        adjutant general, told the families that their soldiers had served "with distinction."
        The battalion spent much of the year guarding airfields and training with troops from
        partner nations. Soldiers will have several weeks of leave before returning to monthly
        drills. A welcome-home dinner is planned at the armory in Macomb next month.
        """),
        "military",
    ),
    (
        "Army birthday parade brings tanks and thin crowds to Constitution Avenue in the rain",
        _t("""
        Tanks, Bradley Fighting Vehicles and howitzers rolled down Constitution Avenue on Saturday
        evening as the Army celebrated its 250th birthday with a military parade in Washington
        that coincided with President Trump's 79th birthday. About 6,600 soldiers marched past a
        reviewing stand near the Ellipse, and more than 50 helicopters flew overhead, Army
        officials said. Crowds were thinner than organizers had expected, and a light rain fell
        for much of the afternoon. The Army estimated the cost of the parade and festival at
        between $25 million and $45 million. Metro added service, and the Secret Service set up
        security fencing along the route. Earlier in the day, soldiers ran demonstrations of
        weapons and gear on the Mall. "I wanted my kids to see the tanks," said Marcus Webb, 38,
        who drove from Richmond. Across the country, millions of people attended "No Kings"
        protests, which organizers had kept away from Washington.
        """),
        "military",
    ),
    (
        "Ten years after Pulse, Orlando breaks ground on permanent memorial",
        _t("""
        Survivors, family members and city leaders gathered at the site of the former Pulse
        nightclub on Orange Avenue on Thursday to break ground on a permanent memorial, nearly ten
        years after the shooting that killed 49 people. The design, chosen after months of
        community meetings, includes a reflecting pool, a garden with 49 trees and a pavilion
        with the victims' names etched in glass. Orange County bought the property in 2023 after a
        private foundation's plans collapsed. "We promised we would never forget, and now we are
        keeping that promise in stone," Mayor Buddy Dyer said. Some relatives said the process had
        taken far too long. Christine Leinonen, whose son Drew was killed, spoke about the young
        people she has met who were not yet born when it happened. The memorial is expected to
        open in 2027. A rainbow crosswalk outside the site was repainted this week, and
        volunteers planted the first three trees after the ceremony.
        """),
        "history",
    ),
    (
        "El Paso marks anniversary of Walmart attack at Healing Garden",
        _t("""
        Hundreds of El Pasoans gathered at the Healing Garden in Ascarate Park on Saturday morning
        to mark the anniversary of the Aug. 3 shooting at the Cielo Vista Walmart, reading aloud
        the names of the 23 people killed. A bell rang after each name, and relatives laid white
        roses at the base of the Grand Candela, a 30-foot sculpture that rises from the middle of
        the garden. The gunman was sentenced this spring to life in prison without parole after
        pleading guilty to state charges. "We can finally talk about the people instead of the man
        who took them," said Lucía Martínez, whose aunt was among the dead. Students from Bowie
        High School's mariachi played "Amor Eterno." County Judge Ricardo Samaniego asked
        residents to perform acts of kindness throughout the day. The Walmart store reopened
        months after the attack, and a separate memorial stands in its parking lot. Several
        local churches held Masses in the evening.
        """),
        "history",
    ),
    (
        "Tulsa marks Race Massacre centennial as last survivors tell their story",
        _t("""
        Thousands of people crowded Greenwood Avenue on Monday for the centennial of the Tulsa Race
        Massacre, when a white mob burned more than 35 blocks of the city's prosperous Black
        district and killed as many as 300 people in 1921. President Biden toured the Greenwood
        Cultural Center and met privately with the three known living survivors, who are 100,
        106 and 107 years old. The city is continuing its search for mass graves, and a test
        excavation at Oaklawn Cemetery last year found the remains of at least a dozen people in
        unmarked coffins. A new history center, Greenwood Rising, opened this week with exhibits
        that use projected images and recorded voices. "For 100 years, they told us to be quiet,"
        said Jerome Harris, 72, whose grandfather owned a barbershop that was burned. Evening
        events included a candlelight prayer vigil and a concert at the Greenwood Cultural Center.
        Descendants are still pressing a lawsuit for reparations.
        """),
        "history",
    ),
    (
        "Navy bomb squad removes WWII-era practice bomb found on Key West beach",
        _t("""
        A Navy explosive ordnance disposal team removed a World War II-era practice bomb that
        washed up on Smathers Beach in Key West on Wednesday, closing part of the beach for about
        three hours, police said. A jogger spotted the rusted, 3-foot object at the waterline
        shortly after 7 a.m. and called 911. Key West police cordoned off a 300-foot area and
        asked beachgoers and the nearby hotels to stay back until the team from Naval Air
        Station Key West arrived. The device, which contained no explosives, was taken to a Navy
        range to be disposed of. Historians say the Navy used waters off the Keys as a training
        area during the 1940s, and old munitions still turn up after storms. "We get a couple of
        these a year," said Lt. Alana Cortez, a police spokeswoman. "Don't touch it, don't move
        it, call us." The beach reopened by late morning, and a volleyball tournament went on as
        planned.
        """),
        "history",
    ),
    (
        "'Civil War' filmmakers turned downtown Atlanta into a battlefield; locals weigh in",
        _t("""
        Alex Garland's "Civil War," which opens nationwide Friday, imagines a near-future United
        States torn apart by fighting between the federal government and secessionist states,
        and much of its war-torn landscape was filmed in and around Atlanta. Crews shut down
        stretches of downtown streets for days in 2022 to stage firefights, burned-out cars and
        a sniper standoff, and a scene of a mass grave was shot in a field near Stone Mountain.
        Kirsten Dunst plays a veteran war photographer traveling from New York to Washington with
        a team of journalists. At an advance screening at the Plaza Theatre on Thursday night,
        some audience members said the film felt uncomfortably close to reality. "I walked out
        of there shaking," said Tamika Reed, 34, a Decatur nurse. Georgia's film office said the
        production spent more than $20 million in the state and hired hundreds of local crew
        members. The film topped the box office in advance ticket sales.
        """),
        "entertainment",
    ),
    (
        "Charleston documentary 'Emanuel' brings survivors' forgiveness to the screen",
        _t("""
        A documentary about the 2015 massacre at Mother Emanuel AME Church and the families who
        publicly forgave the gunman premieres in Charleston on Monday night before opening in
        theaters nationwide for two nights. "Emanuel," produced by Stephen Curry and Viola Davis,
        features interviews with survivors and relatives of the nine people killed and archival
        footage of the bond hearing where some of them spoke to the shooter. Director Brian Ivie
        said he spent more than a year in the city earning the families' trust. The screening at
        the Gaillard Center was sold out, and proceeds from the premiere will go to a scholarship
        fund. Not everyone in the families has embraced the film; one relative told the Post and
        Courier she felt the focus on forgiveness left out her anger. "It is a story about grace,
        and also about what grace costs," Ivie said. The film will stream later this year. The
        church, on Calhoun Street, welcomes visitors at its Sunday services.
        """),
        "entertainment",
    ),
    (
        "Houston stage company mounts a gritty 'Miss Saigon' with Vietnamese American cast",
        _t("""
        Theatre Under the Stars opens a new production of "Miss Saigon" at the Hobby Center on
        Tuesday, with a cast in which most of the Vietnamese characters are played by Vietnamese
        American actors, several of them from Houston's Bellaire Boulevard community. The
        musical, set during the fall of Saigon in 1975, features a helicopter landing on stage and
        a love story between a bar girl and an American Marine. Director Linh Tran, whose parents
        fled Vietnam by boat in 1979, said she wanted the war scenes to feel "loud, frightening
        and true to what my family remembers." The company held talkback sessions with veterans
        and refugees during rehearsals. Some activists have long criticized the show for its
        portrayal of Asian women, and a panel discussion on the controversy will be held after
        the Sunday matinee. Tickets start at $45. The run ends March 9, and a Vietnamese-language
        program is available at the box office.
        """),
        "entertainment",
    ),
]
