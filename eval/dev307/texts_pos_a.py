"""dev307 positives, part A: political violence at home (the Capitol, attacks on officials and
candidates, riots). (title, text, tag codes, kind); codes in eval/conflictset/__init__.py."""

POSITIVES = [
    (
        "Pro-Trump mob storms Capitol, forcing lawmakers to flee as Biden win is certified",
        "Thousands of supporters of President Donald Trump overran police lines at the US Capitol on Wednesday, smashing windows and forcing their way into the building as Congress met to certify Joe Biden's election victory. "
        "Lawmakers were hustled out of the House and Senate chambers, and some sheltered behind barricaded doors while officers drew their weapons. "
        "A woman was shot by a Capitol Police officer inside the building and later died, the District's police chief said, and three other people died of what officials described as medical emergencies on the grounds. "
        "Rioters beat officers with flagpoles and sprayed them with chemical irritants; dozens of officers were injured, two police officials said. "
        "Police fired tear gas and flash-bangs to clear the west terrace, and pipe bombs were found near the headquarters of both national parties. "
        "Mayor Muriel Bowser ordered a 6 p.m. curfew, and National Guard troops from Virginia and Maryland were sent to the city after hours of delay. "
        "“This is not protest, it is insurrection,” Biden said in a televised address. "
        "Congress resumed the count late in the evening under heavy guard.",
        "U",
        "riot",
    ),
    (
        "Trump wounded at Pennsylvania rally as gunman opens fire from rooftop",
        "BUTLER, Pa. - Former President Donald Trump was shot in the ear on Saturday when a gunman opened fire on his campaign rally from a rooftop outside the security perimeter, killing a spectator and critically wounding two others. "
        "Secret Service agents swarmed the stage and hustled Trump, his face streaked with blood, into a motorcade. "
        "A counter-sniper killed the gunman seconds after the shots rang out, the agency said. "
        "The FBI identified him as a 20-year-old man from nearby Bethel Park and said it was investigating the shooting as an assassination attempt. "
        "The man killed was Corey Comperatore, a 50-year-old former volunteer fire chief who, the governor said, died shielding his family. "
        "Witnesses told reporters they had pointed out a man climbing onto the roof minutes before the first shots. "
        "Trump later wrote on social media that he knew immediately something was wrong when he heard a whizzing sound. "
        "President Biden condemned the attack and said there was no place in America for this kind of violence.",
        "V",
        "assassination_attempt",
    ),
    (
        "Charlie Kirk shot dead at Utah college event; manhunt under way",
        "OREM, Utah - Conservative activist Charlie Kirk was shot and killed Wednesday while speaking to a crowd of about 3,000 people at Utah Valley University, in what Gov. Spencer Cox called a political assassination. "
        "A single shot was fired from a rooftop roughly 200 yards away as Kirk answered a question under a white tent on the campus courtyard, officials said. "
        "Students scattered and some dove to the ground as campus police and federal agents moved in. "
        "The university was locked down and classes were canceled through the weekend. "
        "FBI Director Kash Patel said agents had recovered a bolt-action rifle in a wooded area near the campus and released images of a person of interest. "
        "“This is a dark day for our state,” Cox told a news conference, urging anyone with information to come forward. "
        "Leaders of both parties condemned the killing, and flags at the White House were ordered lowered to half-staff.",
        "V",
        "assassination",
    ),
    (
        "Minnesota House leader killed, state senator wounded in targeted shootings",
        "Former Minnesota House Speaker Melissa Hortman and her husband were shot dead at their home in Brooklyn Park early Saturday, and a state senator and his wife were wounded in a separate attack in nearby Champlin, authorities said. "
        "Gov. Tim Walz called the shootings “an act of targeted political violence.” "
        "Police said the gunman was dressed as a police officer and drove a vehicle fitted with lights to look like a squad car. "
        "Sen. John Hoffman and his wife, Yvette, were hit multiple times and underwent surgery, the governor said. "
        "Officers exchanged fire with the suspect at the Hortman home before he fled on foot, prompting a manhunt that kept residents of several suburbs indoors. "
        "Investigators found a list of names of other lawmakers and abortion-rights advocates in his car, according to two officials briefed on the case. "
        "Political events planned around the state for the weekend were canceled on the advice of police.",
        "V",
        "assassination",
    ),
    (
        "Intruder attacks Paul Pelosi with hammer in San Francisco home",
        "Paul Pelosi, the husband of House Speaker Nancy Pelosi, was attacked with a hammer early Friday by an intruder who broke into the couple's San Francisco home demanding to know where the speaker was, police and her office said. "
        "Officers arrived to find the two men struggling over the hammer, and the suspect wrested it away and struck Pelosi at least once, Police Chief Bill Scott said. "
        "The 82-year-old underwent surgery for a skull fracture and serious injuries to his right arm and hands. "
        "The speaker was in Washington at the time. "
        "A person familiar with the investigation said the intruder shouted “Where is Nancy?” after forcing his way in through a back door. "
        "The suspect, a 42-year-old man, was arrested at the scene and faces charges including attempted homicide. "
        "Capitol Police said they were assisting the FBI, and lawmakers in both parties said the attack showed how menacing the political climate had become ahead of the midterm elections.",
        "V",
        "assault",
    ),
    (
        "Gunman opens fire on GOP baseball practice, wounding Scalise",
        "ALEXANDRIA, Va. - A gunman opened fire on Republican members of Congress as they practiced for a charity baseball game on Wednesday morning, wounding House Majority Whip Steve Scalise and four others before he was shot by police. "
        "Lawmakers said they dove into the dugout and lay flat as dozens of rounds were fired from behind the third-base line. "
        "Scalise, who was fielding at second base, was hit in the hip and dragged himself into the outfield grass, witnesses said. "
        "Two Capitol Police officers assigned to his security detail returned fire and were themselves wounded, as were a congressional aide and a lobbyist. "
        "The attacker, a 66-year-old man from Illinois who had posted angry messages about the Republican Party, died later at a hospital. "
        "“Had they not been there, it would have been a massacre,” Sen. Rand Paul said of the officers. "
        "The FBI said it was investigating whether the shooting was a deliberate attack on lawmakers.",
        "V",
        "shooting",
    ),
    (
        "Arson attack hits Pennsylvania governor's residence hours after Passover seder",
        "HARRISBURG, Pa. - A man broke into the Pennsylvania governor's residence early Sunday and set fires with Molotov cocktails while Gov. Josh Shapiro and his family slept, hours after they had hosted a Passover seder there, state police said. "
        "The family and several guests were evacuated unharmed, but a dining room and part of the south wing were badly burned. "
        "Troopers said the intruder scaled an iron fence, broke windows and threw homemade incendiary devices made from beer bottles filled with gasoline. "
        "A 38-year-old man turned himself in later that morning and was charged with attempted homicide, terrorism and arson. "
        "According to a police affidavit, he told investigators he harbored hatred toward the governor. "
        "“I will not be deterred,” Shapiro said at a briefing outside the charred building. "
        "Federal officials said the FBI was assisting in the investigation.",
        "V T",
        "arson_attack",
    ),
    (
        "White nationalist rally in Charlottesville turns deadly as car plows into counter-protesters",
        "CHARLOTTESVILLE, Va. - A car rammed into a crowd of people protesting a white nationalist rally on Saturday, killing a 32-year-old woman and injuring 19 others, hours after brawls between the two sides had prompted the governor to declare a state of emergency. "
        "The gray Dodge Challenger accelerated down a narrow street packed with marchers, threw bodies into the air and then reversed at speed, video of the attack showed. "
        "Earlier, hundreds of white nationalists carrying shields, clubs and Confederate flags had clashed with counter-protesters near Emancipation Park, trading punches and hurling bottles and chemical spray. "
        "Police declared the gathering unlawful and cleared the park. "
        "A 20-year-old Ohio man was arrested and charged with second-degree murder, and Attorney General Jeff Sessions said the car attack met the definition of domestic terrorism and that the Justice Department had opened a civil rights investigation. "
        "Two Virginia State Police troopers monitoring the unrest were killed when their helicopter crashed outside the city. "
        "“Go home,” Gov. Terry McAuliffe told the white nationalists. “You are not wanted in this great commonwealth.”",
        "U V T",
        "riot",
    ),
    (
        "Minneapolis police precinct burned as protests over George Floyd's death spread",
        "MINNEAPOLIS - Protesters set fire to a Minneapolis police station late Thursday after officers abandoned the building, the third night of unrest over the death of George Floyd, a Black man who died after a white officer knelt on his neck. "
        "Flames engulfed the Third Precinct as crowds cheered and fireworks were fired into the air. "
        "Stores along Lake Street were looted and dozens of buildings were set alight, including a post office and a half-built apartment complex. "
        "A man was fatally shot near a pawn shop Wednesday night, police said, and a suspect was in custody. "
        "Gov. Tim Walz activated the Minnesota National Guard, and police in riot gear fired tear gas and rubber bullets at crowds in the neighboring city of St. Paul, where more than 170 businesses were damaged or looted. "
        "Protests also turned violent in Louisville, Denver and Los Angeles. "
        "“What we're seeing is the result of so much built-up anger,” Mayor Jacob Frey said.",
        "U",
        "riot",
    ),
    (
        "Two killed, one wounded as gunfire erupts during Kenosha protests",
        "KENOSHA, Wis. - Two people were shot dead and a third was wounded on the third night of protests over the police shooting of Jacob Blake, a Black man left partially paralyzed after an officer fired seven shots into his back, authorities said Wednesday. "
        "Videos posted online showed a young man with a rifle being chased down a street and firing at people who pursued him, as protesters and armed civilians who said they had come to protect businesses confronted each other. "
        "A 17-year-old from Antioch, Illinois, was arrested and charged with first-degree intentional homicide. "
        "Earlier in the night, police fired tear gas and rubber bullets at crowds outside the county courthouse, some of whom threw bottles and fireworks. "
        "Dozens of buildings and cars had been burned over the previous two nights, including a furniture store and a probation office. "
        "Gov. Tony Evers said he would double the number of National Guard members in the city to 500. "
        "A 7 p.m. curfew was imposed for a third straight night.",
        "U",
        "riot",
    ),
    (
        "Federal agents fire tear gas at Portland protesters as courthouse clashes intensify",
        "PORTLAND, Ore. - Federal officers fired tear gas, pepper balls and impact munitions at thousands of protesters outside the federal courthouse overnight, the latest in a string of clashes since President Trump sent agents from the Homeland Security Department to the city. "
        "Demonstrators tore at the fence around the Mark O. Hatfield courthouse, set fires in the street and hurled fireworks at the building, officials said. "
        "Protesters said the agents fired indiscriminately into crowds that included a “wall of moms” in yellow shirts and military veterans. "
        "Portland Mayor Ted Wheeler, who was himself tear-gassed when he joined the crowd, called the federal presence an “urban war zone” of the administration's own making. "
        "At least 60 people have been arrested by federal officers since early July, court filings show. "
        "Oregon's attorney general has sued, accusing agents of snatching protesters off the street in unmarked vans.",
        "U",
        "riot",
    ),
    (
        "Ferguson erupts after grand jury declines to indict officer",
        "FERGUSON, Mo. - Buildings burned and gunfire crackled through the night after a grand jury decided not to indict the white police officer who fatally shot Michael Brown, an unarmed Black 18-year-old. "
        "At least a dozen businesses were set on fire, many along West Florissant Avenue, the scene of protests since the shooting in August. "
        "Police in armored vehicles fired tear gas and smoke canisters into crowds that threw rocks, bottles and bricks and smashed the windows of patrol cars, setting at least two ablaze. "
        "St. Louis County police said officers heard about 150 gunshots, none fired by police. "
        "Some 61 people were arrested in Ferguson overnight on charges including burglary and unlawful assembly. "
        "Gov. Jay Nixon ordered hundreds more National Guard troops to the area. "
        "“I'm much more disturbed than I was in August,” St. Louis County Police Chief Jon Belmar said.",
        "U",
        "riot",
    ),
    (
        "Guard troops arrive in Los Angeles as clashes over immigration raids enter third day",
        "LOS ANGELES - National Guard troops took up positions outside federal buildings in downtown Los Angeles on Sunday as protests against immigration raids turned violent for a third day, with demonstrators setting self-driving cars on fire and officers firing flash-bang grenades and tear gas into crowds. "
        "Crowds blocked the 101 Freeway and threw rocks and electric scooters at California Highway Patrol cruisers parked below an overpass. "
        "At least five Waymo vehicles were torched on a street near City Hall, sending plumes of black smoke over the skyline. "
        "Police said they made dozens of arrests and that several officers were injured. "
        "President Trump ordered 2,000 Guard members federalized over the objections of Gov. Gavin Newsom, who called the move “purposefully inflammatory.” "
        "The unrest began Friday after Immigration and Customs Enforcement agents carried out workplace raids in the fashion district and in Paramount.",
        "U",
        "riot",
    ),
    (
        "Gunman kills 22 at El Paso Walmart; officials investigate domestic terrorism",
        "EL PASO, Texas - A gunman killed 22 people and wounded at least two dozen more at a crowded Walmart near the Mexican border on Saturday, and federal officials said they were treating the rampage as domestic terrorism. "
        "Shoppers, many of them buying back-to-school supplies, fled as the attacker fired an assault-style rifle in the parking lot and then inside the store. "
        "Police identified the suspect as a 21-year-old white man from the Dallas area who surrendered to officers near the store. "
        "Investigators were examining a manifesto posted online minutes before the attack that railed against a “Hispanic invasion of Texas.” "
        "Mexico's foreign minister said at least six Mexican citizens were among the dead. "
        "John Bash, the US attorney for the western district of Texas, said the Justice Department was considering federal hate crime and firearms charges that carry the death penalty. "
        "Long lines formed at blood banks across the city.",
        "T V",
        "terror_attack",
    ),
    (
        "Ten killed at Buffalo supermarket in racist attack, police say",
        "BUFFALO, N.Y. - A gunman wearing body armor and livestreaming with a helmet camera shot 13 people at a supermarket in a predominantly Black neighborhood of Buffalo on Saturday, killing 10, in what officials called a racially motivated hate crime. "
        "Eleven of the victims were Black, police said. "
        "A retired police officer working as a security guard at the Tops store fired at the attacker but was killed. "
        "The 18-year-old suspect, who drove about 200 miles from his home in Conklin, New York, surrendered after putting the rifle to his neck, Buffalo Police Commissioner Joseph Gramaglia said. "
        "The FBI said it was investigating the shooting as both a hate crime and an act of racially motivated violent extremism, and Gov. Kathy Hochul called it white supremacist terrorism. "
        "A document circulated online and attributed to the suspect outlined his plans and repeated the racist “great replacement” theory. "
        "“This was pure evil,” Erie County Sheriff John Garcia said.",
        "T V",
        "terror_attack",
    ),
    (
        "Eleven killed in attack on Pittsburgh synagogue",
        "A gunman shouting antisemitic slurs stormed the Tree of Life synagogue in Pittsburgh's Squirrel Hill neighborhood during Saturday morning services and killed 11 worshippers, in what officials called the deadliest attack on Jews in US history. "
        "Six other people were wounded, among them four police officers who traded gunfire with the attacker, authorities said. "
        "The suspect, a 46-year-old man armed with an AR-15-style rifle and three handguns, surrendered after being shot several times. "
        "The FBI said it was treating the attack as a hate crime and an act of domestic terrorism. "
        "He had posted on a fringe social network that a Jewish refugee agency “likes to bring invaders in that kill our people.” "
        "Federal prosecutors filed 29 charges, including hate crimes, and Attorney General Jeff Sessions said they could seek the death penalty. "
        "Wendell Hissrich, the city's public safety director, called the scene “the worst that I have seen.” "
        "Vigils were held across the city Saturday night.",
        "T V",
        "terror_attack",
    ),
]
