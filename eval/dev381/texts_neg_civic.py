"""dev381 negatives, part B: city hall, school boards, prices, health, protests, truces and
the rest of the metro page."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "Katy ISD board fight over library books spills into five-hour meeting",
        _t("""
        A Katy ISD board meeting over a proposed policy to remove books with "sexually explicit"
        content from school libraries stretched past midnight Monday, as more than 120 speakers
        lined up to address trustees and deputies twice asked the audience to quiet down. The
        policy, approved 5-2 in the early hours of Tuesday, gives parents new power to challenge
        titles and requires campus librarians to pull a book while it is under review. Supporters
        wearing red shirts said they were defending children from inappropriate material.
        Opponents, many of them students and retired teachers, called it an attack on the freedom
        to read and warned that hundreds of titles could be pulled. "This is a battle for the
        soul of this district," one trustee said before the vote. The district's library staff
        has already reviewed about 600 challenged books this school year, according to records
        obtained by the Chronicle. A group of parents said they were considering a lawsuit.
        Trustees will take up a related policy on classroom reading lists next month.
        """),
        "politics",
    ),
    (
        "Chicago keeps its crown as rat capital as city escalates war on rodents",
        _t("""
        Chicago has been named the rattiest city in America for the ninth year in a row, and the
        city's Department of Streets and Sanitation says it is fighting back with dry ice,
        sterilization bait and a fleet of new rat-resistant garbage carts. Pest control company
        Orkin ranks cities by the number of new rodent treatments it performs, and Chicago again
        beat New York and Los Angeles. City crews responded to more than 50,000 rat complaints
        through 311 last year, up from about 40,000 five years ago. Ald. Bennett Lawson said his
        North Side ward is trying a pilot program that replaces open dumpsters behind restaurants
        with sealed compactors. "It's a war on rats, and we're finally bringing the right
        weapons," he said. Residents of Logan Square said the problem gets worse every summer,
        especially in alleys behind restaurants. Experts say mild winters and more outdoor dining
        have helped rat populations boom. A city survey of the rodent population is due this
        fall.
        """),
        "politics",
    ),
    (
        "Whitmire declares war on potholes, promises 48-hour repairs",
        _t("""
        Houston Mayor John Whitmire on Wednesday announced what he called a "war on potholes,"
        pledging that city crews would fill any pothole reported through 311 within 48 hours and
        adding six new repair crews to the Public Works Department. The city received more than
        22,000 pothole complaints last year, and a Chronicle analysis found the average repair
        took more than 11 days. Whitmire said the new crews would be paid for by savings from
        consolidating city contracts, though council members pressed for details. "We're going to
        attack this street by street, neighborhood by neighborhood," Whitmire said at a news
        conference in front of a patched stretch of Westheimer Road. Council Member Letitia
        Plummer said residents in her district have been battling the same holes for years and
        wanted to see results before applauding. The department plans to post a live map of
        repairs on the city's website. The pothole blitz begins Monday in the Third Ward and
        Sunnyside.
        """),
        "politics",
    ),
    (
        "Illinois, Chicago sue to block National Guard deployment, calling it 'invasion'",
        _t("""
        Illinois and the city of Chicago filed a federal lawsuit Monday seeking to block the Trump
        administration from sending National Guard troops from Texas and Illinois to the Chicago
        area, calling the deployment an unconstitutional "invasion" of the state. The suit,
        filed in U.S. District Court in Chicago, argues that the president has no legal basis for
        federalizing Guard soldiers when local police are able to enforce the law. Gov. JB
        Pritzker said about 300 Illinois Guard members had been ordered to report for duty and
        that several hundred more from Texas were on their way. White House officials said the
        troops would protect federal property and personnel. "This is not about public safety,
        it's about politics," Mayor Brandon Johnson said at a news conference at City Hall. A
        hearing on a temporary restraining order was set for Thursday. Republican leaders in the
        General Assembly said the governor should work with Washington rather than fight it in
        court. The judge asked both sides to file briefs by Wednesday night.
        """),
        "politics",
    ),
    (
        "Attack ads fly in final week of Miami mayor's race as runoff nears",
        _t("""
        The two candidates left in Miami's mayoral runoff have spent more than $2 million on
        television and mail in the last two weeks, most of it on attack ads, according to
        campaign finance reports filed Friday. One mailer shows the former city manager's face
        next to images of flooded streets in Brickell, accusing him of ignoring sea-level rise;
        another accuses the former county commissioner of being "bought and paid for" by
        developers. Both campaigns said the other side fired first. Political consultants said
        the race had turned into a war of attrition aimed at older Cuban American voters, who
        turn out in large numbers in runoffs. Early voting at sites in Little Havana and
        Flagami drew long lines on Saturday. The winner will replace Mayor Francis Suarez, who
        is term-limited. Turnout in the first round was about 18%, the elections department
        said. "People are tired of the mudslinging," said Ana María Trujillo, 67, leaving a
        polling site on Calle Ocho. Election Day is Tuesday.
        """),
        "politics",
    ),
    (
        "Gas price war on Houston's north side pushes regular below $2.50",
        _t("""
        Drivers along the Interstate 45 corridor in north Houston lined up at pumps this weekend
        as a price war between three stations near FM 1960 pushed regular unleaded as low as
        $2.39 a gallon, more than 40 cents below the metro average tracked by AAA. The fight
        began when a new travel center opened last month and undercut its neighbors, and the
        others have answered by cutting prices every few days. "They're killing each other and
        we're winning," said Reggie Thomas, a delivery driver who filled up twice on Saturday.
        Station owners said they were losing money on every gallon and making it up on snacks and
        car washes. Analysts at GasBuddy said statewide prices were falling anyway as crude oil
        slipped and refineries along the Ship Channel returned from maintenance. Texas has the
        lowest average gas prices of any large state, partly because of its proximity to Gulf
        Coast refineries. The owner of one station said he expected the truce to come "when
        somebody runs out of cash."
        """),
        "economy",
    ),
    (
        "Trade war hits PortMiami importers as tariffs raise costs on Latin American goods",
        _t("""
        South Florida importers say the administration's new tariffs are already hitting their
        bottom lines, with shipments of flowers, coffee and seafood arriving at PortMiami and
        Miami International Airport costing as much as 20% more to clear customs. At a
        warehouse in Doral, a flower wholesaler said he had laid off six workers and cut orders
        from growers in Colombia and Ecuador ahead of Mother's Day. "We're collateral damage in a
        trade war we didn't start," said Andrés Pineda, whose company moves about 300 boxes of
        roses a day. The Miami-Dade Beacon Council estimates that trade with Latin America
        supports tens of thousands of jobs in the county. Port officials said container volumes
        were down about 4% in the first quarter compared with last year. Some importers are
        rushing goods in before the next round of increases, filling up cold storage. The
        Greater Miami Chamber of Commerce plans to send a delegation to Washington next month to
        lobby for exemptions.
        """),
        "economy",
    ),
    (
        "West Texas measles outbreak tops 400 cases as Lubbock hospital treats children",
        _t("""
        The measles outbreak centered in Gaines County has grown to more than 400 cases across
        West Texas, state health officials said Friday, and doctors at Covenant Children's
        Hospital in Lubbock said they had treated dozens of young patients, some of them with
        pneumonia. A school-aged child who was not vaccinated died of the disease in February,
        the first measles death in the country in a decade. The Texas Department of State Health
        Services said most cases were among children and teenagers whose families had not
        vaccinated them. Health workers have set up free vaccination clinics in Seminole and at
        churches and grocery stores. "This is a battle we thought we'd won 25 years ago," said
        Dr. Ron Cook, the health authority for the city of Lubbock. Cases have also been reported
        in New Mexico and Oklahoma. Officials urged parents to check their children's records
        before summer travel and to keep sick children home from school.
        """),
        "health",
    ),
    (
        "Harris County steps up war on mosquitoes after West Nile cases",
        _t("""
        Harris County Public Health will send trucks to spray insecticide in 14 neighborhoods
        this week after confirming three human cases of West Nile virus, including an elderly man
        from Pasadena who was hospitalized, officials said Tuesday. The county's mosquito control
        division has found the virus in more than 200 mosquito samples this summer, the most in
        at least five years. Crews will spray between 9 p.m. and 5 a.m., when the species that
        carries the virus is most active. Officials urged residents to dump standing water from
        flower pots, tires and kiddie pools after weeks of afternoon storms. "Every backyard is
        a front line in this fight," said Dr. Max Vigilant, the department's mosquito control
        director. Most people infected with the virus have no symptoms, but about one in five
        develop a fever and a small number become seriously ill. The department also plans to
        release sterile male mosquitoes in a pilot project in Alief next spring.
        """),
        "health",
    ),
    (
        "Chicago teachers strike shuts schools for 300,000 students",
        _t("""
        More than 25,000 Chicago Public Schools teachers walked off the job Thursday, canceling
        classes for about 300,000 students in the city's first major teachers strike since 2012.
        Picket lines went up at schools across the city before dawn, and in the afternoon
        thousands of teachers in red T-shirts marched through the Loop to City Hall, chanting and
        blocking traffic on LaSalle Street. Police reported no arrests. The Chicago Teachers Union
        is demanding smaller class sizes and a nurse and a social worker in every school, while
        Mayor Lori Lightfoot says the city cannot afford to put everything in a contract. "We're
        not going back until we get it in writing," said Rosalind Tate, a kindergarten teacher
        from Englewood. School buildings remained open for students who needed a place to go,
        staffed by principals and administrators, and the district said about 7,000 children
        showed up. Park district field houses also offered programs. Talks resumed Thursday
        evening at a downtown hotel.
        """),
        "protest",
    ),
    (
        "Tens of thousands rally peacefully in Houston at 'No Kings' protest",
        _t("""
        Tens of thousands of people marched from City Hall to Discovery Green on Saturday in
        Houston's largest protest in years, carrying signs opposing the Trump administration and
        its immigration crackdown as part of the nationwide "No Kings" day of demonstrations.
        Houston police estimated the crowd at about 40,000 at its peak and said there were no
        arrests or major incidents. Organizers handed out water and sunscreen, and volunteers in
        orange vests kept marchers on the sidewalks along Smith Street. Speakers included
        union leaders, a retired Army colonel and a local pastor. Gov. Greg Abbott had deployed
        Texas National Guard troops and state troopers to Austin ahead of the protests, but there
        was no visible Guard presence in Houston. A small group of counterprotesters waved flags
        across the street from the park. "I've never been to a protest in my life," said Beverly
        Nguyen, 64, of Pearland. Similar rallies were held in San Antonio, Dallas, Austin and
        dozens of smaller Texas cities.
        """),
        "protest",
    ),
    (
        "Ceasefire resolution draws hundreds to City Hall as council votes 24-23",
        _t("""
        Hundreds of people packed the Chicago City Council chambers and the hallways outside on
        Wednesday as aldermen narrowly approved a resolution calling for a ceasefire in Gaza,
        with Mayor Brandon Johnson casting the tie-breaking vote. Supporters in kaffiyehs and
        opponents draped in Israeli flags sat on opposite sides of the gallery, and the sergeant
        at arms briefly cleared the room after shouting broke out during the debate. Police said
        no one was arrested. The nonbinding measure calls for a lasting ceasefire, the release of
        all hostages and humanitarian aid for Gaza. Ald. Rossana Rodríguez Sánchez, the lead
        sponsor, said the city had a large Palestinian American community that wanted its voice
        heard. Ald. Debra Silverstein, who opposed it, said the resolution did not mention Hamas
        by name. Chicago joins more than 70 U.S. cities that have passed similar resolutions. "We
        sat here for eight hours, and it was worth it," said Mariam Odeh, a student at UIC.
        """),
        "protest",
    ),
    (
        "Rideshare drivers circle Miami airport in slow-roll protest over pay",
        _t("""
        Several hundred Uber and Lyft drivers staged a slow-moving caravan around Miami
        International Airport on Monday morning, honking and holding up signs demanding higher
        per-mile rates and an end to what they called unfair deactivations. The protest backed up
        traffic on LeJeune Road and the Dolphin Expressway for about two hours, and some
        travelers walked the last half-mile to the terminals with their luggage. Miami-Dade police
        escorted the caravan and reported no arrests. Organizers with a drivers' group said many
        members earn less than minimum wage after gas, insurance and car payments. "We are the
        ones who move this city, and we can't pay rent," said Jean-Robert Pierre, who has driven
        for six years. Uber said in a statement that drivers in South Florida earned more than $30
        per utilized hour last quarter. The drivers plan a second protest at Fort
        Lauderdale-Hollywood International Airport next week. A state bill that would set minimum
        rates has stalled in committee.
        """),
        "protest",
    ),
    (
        "Tenafly erupts in joy as hometown hostage is freed after 583 days",
        _t("""
        Horns honked and strangers hugged on Washington Street in Tenafly on Monday as word spread
        that Edan Alexander, the 21-year-old Israeli American soldier who grew up in the borough,
        had been released by Hamas and handed over to the Red Cross. His release came under an
        agreement brokered with the help of U.S. envoys, and Israeli officials said he had been
        taken to a hospital near Tel Aviv, where he was reunited with his mother. Hundreds of
        neighbors gathered outside the high school, where he graduated in 2022, waving American
        and Israeli flags and yellow ribbons. His grandmother, who lives nearby, thanked the
        community for "never letting him be forgotten." Rabbis from three congregations led a
        prayer of thanksgiving. Mayor Mark Zinna said the borough would hold a homecoming when
        the family was ready. "We have been waiting for this moment for a year and a half," said
        Ilana Weiss, who had organized weekly vigils on the town green. He is expected to travel
        to the U.S. in the coming weeks.
        """),
        "peace",
    ),
    (
        "Dearborn celebrates as Gaza ceasefire takes effect and hostages are released",
        _t("""
        Cars draped in Palestinian flags paraded down Warren Avenue in Dearborn on Monday night as
        residents celebrated the ceasefire in Gaza, which took effect over the weekend and saw
        the release of the last living hostages held there and the freeing of nearly 2,000
        Palestinian prisoners. Families who have spent two years trying to reach relatives said
        they were finally able to speak by phone for more than a few minutes. "For the first time,
        my mother sounded like she slept," said Yasmin Hamad, who owns a bakery on the avenue.
        Mosques across the city held prayers, and the Arab American National Museum opened its
        doors for a community gathering. Many residents said they remained skeptical the
        agreement would last, and some said they would not celebrate until aid flowed freely.
        Mayor Abdullah Hammoud said the city would host a town hall next week on how residents
        can sponsor relatives. Across town in Southfield, Jewish families gathered at a synagogue
        to watch the hostages' homecoming on television.
        """),
        "peace",
    ),
    (
        "Red Line extension breaks ground on Chicago's Far South Side",
        _t("""
        Transit officials broke ground Friday on the long-awaited $5.7 billion extension of the
        CTA Red Line, which will add four stations and 5.6 miles of track from 95th Street to a
        new terminal at 130th Street. The project, first promised to Far South Side residents in
        the 1960s, is funded in large part by a $1.97 billion federal grant and a special tax
        district downtown. Construction is expected to take until 2030, and the CTA says trips
        from Altgeld Gardens to the Loop could be cut by as much as 30 minutes. "My grandmother
        was told this was coming," said Ald. Ronnie Mosley, who grew up in Roseland. Residents
        near the planned stations said they hope the line brings grocery stores and jobs, while
        some worry about rising rents. The authority will hold community meetings on station
        design this summer. Gov. JB Pritzker and Mayor Brandon Johnson turned the first shovels
        of dirt in a parking lot near 115th Street.
        """),
        "other",
    ),
    (
        "Ukrainian family that fled Kharkiv opens bakery in Ukrainian Village",
        _t("""
        Two years after arriving at O'Hare with two suitcases and a cat, Olena and Serhiy
        Bondarenko opened the doors of their bakery on Chicago Avenue on Saturday, and by noon the
        line stretched to the corner. The couple, who ran a small cafe in Kharkiv, came to Chicago
        through the Uniting for Ukraine program with their two teenage sons and worked at a
        Jewel-Osco and a warehouse while saving for an oven. Their honey cake, syrnyky and poppy
        seed rolls sold out before 2 p.m. "In Kharkiv we baked for our neighbors, and now we bake
        for new neighbors," Olena said. A microloan from a neighborhood development group helped
        cover the lease. Parishioners from nearby Sts. Volodymyr and Olha Church were among the
        first customers. The couple plan to hire three more workers, all of them recent arrivals
        from Ukraine. Their younger son, Maksym, is a junior at Wells Community Academy and wants
        to study engineering. The bakery is open Tuesday through Sunday.
        """),
        "other",
    ),
    (
        "Houston rodeo sets attendance record as barbecue contest draws 250 teams",
        _t("""
        The Houston Livestock Show and Rodeo drew more than 2.6 million visitors over its 20-day
        run, setting an attendance record, organizers said Monday. The World's Championship
        Bar-B-Que Contest alone attracted about 250 teams, who smoked briskets and ribs in the NRG
        Park parking lots for three days. Concerts by country and Tejano stars sold out nine
        nights, and the junior market steer auction raised a record amount for scholarships. The
        grand champion steer, raised by a 17-year-old from Brenham, sold for $1 million to a
        group of bidders. Rodeo officials credited mild weather and a new lineup of shows on the
        grounds. METRO said its park-and-ride shuttles carried about 400,000 riders. "We had
        grandmothers who've been coming since the Astrodome and kids seeing a calf for the first
        time," said Chris Boleman, the rodeo's president and CEO. The rodeo has awarded more than
        $600 million to Texas youths since 1932. Next year's dates will be announced in June.
        """),
        "other",
    ),
    (
        "Miami-Dade commission approves new baseball stadium deal after marathon session",
        _t("""
        Miami-Dade commissioners voted 9-4 early Thursday to approve a new lease and development
        agreement for the area around loanDepot park in Little Havana, ending a 12-hour meeting
        that drew more than 90 public speakers. The deal allows the team's owners to build
        apartments, shops and a hotel on parking lots surrounding the stadium, in exchange for
        taking on more of the cost of maintaining the ballpark. Supporters said the project would
        bring jobs and foot traffic to a neighborhood that sits empty on non-game days. Critics,
        many of them residents of the surrounding blocks, said the county was giving away public
        land and that rents would rise. "This is our neighborhood, not a parking lot," said Elena
        Castillo, 72, who has lived on Northwest Seventh Street since 1980. Commissioners added an
        amendment requiring that 15% of the apartments be priced for working families. The
        agreement still needs approval from the city of Miami. Construction could begin next
        year.
        """),
        "other",
    ),
]
