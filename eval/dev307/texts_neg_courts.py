"""dev307 negatives, part A: crime, shootings with no political motive, plots that never came to
an attack, trials of old attacks, and the politics of guns, the border and the culture wars.
(title, text, kind code); codes in eval/conflictset/__init__.py."""

NEGATIVES = [
    (
        "Gunman kills 19 children, two teachers at Uvalde elementary school",
        "UVALDE, Texas - An 18-year-old gunman barricaded himself inside a fourth-grade classroom at Robb Elementary School on Tuesday and killed 19 children and two teachers, in the deadliest school shooting in the country in nearly a decade. "
        "The attacker, a local man who had shot his grandmother at home before driving to the school, was killed by a Border Patrol tactical team, officials said. "
        "Gov. Greg Abbott said the gunman had posted on social media about his plans minutes before the attack but gave no indication of a motive. "
        "Parents gathered outside a civic center, waiting to learn whether their children had survived, as officials took DNA swabs to identify the dead. "
        "The gunman had bought two AR-style rifles days after his 18th birthday, according to state Sen. Roland Gutierrez. "
        "“Why are we willing to live with this carnage?” President Biden asked in an address from the White House. "
        "Questions quickly mounted over how long officers had waited in a hallway before breaching the classroom.",
        "crime",
    ),
    (
        "FBI closes Las Vegas shooting inquiry with no clear motive",
        "The FBI said Tuesday that it could not identify a single clear motive for the gunman who killed 58 people and wounded hundreds at a country music festival on the Las Vegas Strip in October 2017, closing its investigation into the deadliest mass shooting in modern US history. "
        "A panel of behavioral analysts found that the 64-year-old retired accountant and high-stakes gambler had been in declining health and financial circumstances and may have wanted to die in infamy. "
        "There was no evidence that he had any ideological or political motivation, the report said. "
        "He fired more than 1,000 rounds from two rooms on the 32nd floor of the Mandalay Bay hotel, using rifles fitted with bump stocks. "
        "Investigators said he acted alone. "
        "Some survivors said the findings brought little closure. "
        "“We've been waiting for a why for over a year,” one woman who was shot in the leg told the Las Vegas Review-Journal.",
        "crime",
    ),
    (
        "Lewiston shooter found dead after two-day manhunt that paralyzed Maine",
        "LEWISTON, Maine - The Army reservist suspected of killing 18 people at a bowling alley and a bar was found dead of a self-inflicted gunshot wound on Friday night, ending a 48-hour search that kept tens of thousands of people locked in their homes. "
        "His body was found in a trailer at a recycling plant in Lisbon, where he had once worked, Maine Public Safety Commissioner Michael Sauschuck said. "
        "Police have not described a motive, but relatives had told investigators he was hearing voices and had become paranoid. "
        "Earlier this year the 40-year-old was hospitalized for two weeks for mental health treatment while on a training exercise in New York. "
        "Schools and businesses across Androscoggin County were closed as hundreds of officers, helicopters and dive teams combed woods and the Androscoggin River. "
        "Thirteen people were wounded in Wednesday's attacks. "
        "Gov. Janet Mills said the state was beginning a long process of grieving.",
        "crime",
    ),
    (
        "Four killed at Georgia high school; 14-year-old student charged as an adult",
        "WINDER, Ga. - A 14-year-old student opened fire at Apalachee High School on Wednesday, killing two students and two teachers and wounding nine others, before surrendering to school resource officers, authorities said. "
        "Georgia Bureau of Investigation Director Chris Hosey said the boy would be charged with murder and tried as an adult. "
        "The FBI said it had interviewed the teen and his father in 2023 after anonymous tips about online threats of a school shooting, but there was no probable cause for an arrest. "
        "Students described hiding under desks and hearing a teacher shout to lock the doors. "
        "Officials did not give a motive. "
        "The father was later arrested and charged with involuntary manslaughter for allowing his son to have the rifle, which he had given him as a Christmas present. "
        "Classes at the school of about 1,900 students were canceled for the rest of the week.",
        "crime",
    ),
    (
        "Chicago records more than 100 people shot over Fourth of July weekend",
        "CHICAGO - At least 109 people were shot, 18 of them fatally, in Chicago over the long Fourth of July weekend, according to a Sun-Times tally, despite a heavy police presence that included canceled days off for officers. "
        "The victims included a 7-year-old girl shot while watching fireworks in Austin and a 17-year-old boy wounded in a drive-by on the South Side. "
        "Police said most of the shootings stemmed from disputes between rival street gangs and interpersonal conflicts. "
        "Police Superintendent David Brown said officers had recovered more than 200 illegal guns since Friday. "
        "Mayor Lori Lightfoot called on the federal government to crack down on the flow of weapons from Indiana. "
        "The toll surpassed last year's holiday weekend, when 92 people were shot. "
        "Community groups held peace walks in several neighborhoods on Monday night.",
        "crime",
    ),
    (
        "Five Memphis officers charged with murder in death of Tyre Nichols",
        "MEMPHIS, Tenn. - Five former Memphis police officers were charged Thursday with second-degree murder and kidnapping in the death of Tyre Nichols, a 29-year-old Black motorist who was beaten after a traffic stop. "
        "All five officers, who are also Black, were fired last week after an internal investigation found they used excessive force. "
        "Shelby County District Attorney Steve Mulroy said each officer played a role in the death. "
        "Nichols died in a hospital three days after the Jan. 7 confrontation, which ended a few steps from his mother's home. "
        "The city was preparing to release video of the beating on Friday, and officials appealed for calm. "
        "“We're going to get justice,” said RowVaughn Wells, Nichols' mother. "
        "The officers were members of a specialized crime unit known as Scorpion, which the police chief later disbanded.",
        "crime",
    ),
    (
        "FBI foils plot to kidnap Michigan governor; 13 men charged",
        "Federal and state authorities charged 13 men on Thursday in what officials described as a plot to kidnap Michigan Gov. Gretchen Whitmer and overthrow the state government, with some suspects conducting surveillance of her vacation home. "
        "Six men were charged federally with conspiracy to kidnap, and seven others linked to a militia group called the Wolverine Watchmen face state terrorism charges, Attorney General Dana Nessel said. "
        "According to an FBI affidavit, the men discussed blowing up a bridge to slow police and trained with firearms in a makeshift “shoot house.” "
        "The plot was uncovered months ago with the help of informants and undercover agents, and no one was harmed. "
        "Whitmer thanked law enforcement and blamed President Trump for refusing to condemn white supremacists. "
        "Most of the arrests were made Wednesday night at a warehouse in Ypsilanti, where some of the men had gone to buy explosives from an undercover agent. "
        "If convicted, the federal defendants could face life in prison.",
        "crime",
    ),
    (
        "Armed man arrested near Justice Kavanaugh's home charged with attempted murder",
        "A California man carrying a gun, a knife and zip ties was arrested early Wednesday near the Maryland home of Supreme Court Justice Brett Kavanaugh and charged with attempting to murder a federal judge, authorities said. "
        "The 26-year-old got out of a taxi in front of the house shortly after 1 a.m. and saw two US marshals standing guard, according to an FBI affidavit. "
        "He then walked down the street and called 911 himself, telling a dispatcher he was having suicidal thoughts and had come to kill a justice. "
        "Police said he told them he was upset about a leaked draft opinion that would overturn Roe v. Wade and about the school shooting in Uvalde. "
        "No one was hurt, and Kavanaugh was not harmed. "
        "The arrest added urgency to a bill expanding security for justices' families, which the House passed the following week. "
        "He later pleaded guilty and was sentenced to eight years in prison.",
        "crime",
    ),
    (
        "Jury sentences Pittsburgh synagogue gunman to death",
        "PITTSBURGH - A federal jury on Wednesday sentenced the man who killed 11 worshippers at the Tree of Life synagogue in 2018 to death, the first federal death sentence handed down under the Biden administration. "
        "The jurors had convicted the 50-year-old truck driver in June of 63 counts, including hate crimes resulting in death. "
        "Over nearly three months of testimony, survivors described hiding in a supply closet and hearing their friends die. "
        "Defense lawyers had argued that he suffered from schizophrenia and delusions, which prosecutors disputed. "
        "“We are pleased that justice was served,” said the Tree of Life congregation in a statement. "
        "The gunman showed no emotion as the verdict was read. "
        "Appeals are expected to take years, and federal executions have been on hold since Attorney General Merrick Garland imposed a moratorium in 2021.",
        "crime",
    ),
    (
        "Proud Boys leader Enrique Tarrio sentenced to 22 years for Jan. 6 seditious conspiracy",
        "WASHINGTON - Former Proud Boys leader Enrique Tarrio was sentenced on Tuesday to 22 years in prison for orchestrating a plot to stop the transfer of power after the 2020 election, the longest sentence yet in the Justice Department's investigation of the Capitol attack. "
        "Tarrio was not in Washington on Jan. 6, 2021, having been arrested two days earlier and ordered to leave the city, but prosecutors said he directed his followers as they helped lead the mob into the building. "
        "A jury convicted him and three lieutenants of seditious conspiracy in May. "
        "US District Judge Timothy Kelly called the breach of the Capitol “a national disgrace.” "
        "Tarrio told the court he was ashamed and that he was not a political zealot. "
        "More than 1,100 people have been charged in connection with the riot. "
        "His lawyers said they would appeal.",
        "crime",
    ),
    (
        "Jury convicts man in attempt to assassinate Trump at Florida golf course",
        "FORT PIERCE, Fla. - A federal jury on Tuesday found Ryan Routh guilty of attempting to assassinate Donald Trump at his West Palm Beach golf course last September, after a two-week trial in which he represented himself. "
        "Routh was arrested after a Secret Service agent spotted a rifle barrel poking through the shrubbery along the sixth hole and fired at him; he fled without firing a shot. "
        "Prosecutors said he had camped out near the course for almost 12 hours and left a note describing his plan. "
        "Within moments of the verdict, he tried to stab himself in the neck with a pen before marshals restrained him. "
        "US District Judge Aileen Cannon set sentencing for December. "
        "He faces a possible life sentence. "
        "The trial drew little of the attention given to the Butler rally shooting two months before the golf course arrest.",
        "crime",
    ),
    (
        "Biden signs first major gun law in nearly three decades",
        "President Biden on Saturday signed the most significant gun legislation in nearly 30 years, a bipartisan package that expands background checks for buyers under 21 and funds state “red flag” programs. "
        "The measure, passed by the House on Friday 234-193 with 14 Republicans joining Democrats, also closes the so-called boyfriend loophole by barring some people convicted of domestic violence from owning guns. "
        "It was drafted by a group of senators led by Chris Murphy of Connecticut and John Cornyn of Texas in the weeks after the shootings in Buffalo and Uvalde. "
        "“Lives will be saved,” Biden said at a brief ceremony before leaving for Europe. "
        "Gun-control groups said the bill fell far short of the assault weapons ban they wanted, and the National Rifle Association opposed it. "
        "The legislation includes about $15 billion for mental health and school safety programs. "
        "Senate Republican leader Mitch McConnell voted for it.",
        "politics",
    ),
    (
        "Supreme Court strikes down New York limits on carrying guns in public",
        "The Supreme Court on Thursday struck down a New York law that required people to show a special need to carry a handgun in public, a 6-3 decision that expands gun rights and threatens similar laws in about half a dozen states. "
        "Writing for the majority, Justice Clarence Thomas said gun restrictions must be consistent with the nation's historical tradition of firearm regulation. "
        "The ruling came a month after mass shootings in Buffalo and Uvalde, as the Senate neared a vote on a bipartisan gun bill. "
        "Gov. Kathy Hochul called the decision “reckless” and said she would call lawmakers back to Albany to write new rules. "
        "Justice Stephen Breyer, in dissent, cited the toll of gun violence in the country. "
        "Gun rights groups hailed the ruling as a landmark. "
        "Legal experts said the new test would invite challenges to a wide range of restrictions.",
        "politics",
    ),
    (
        "Border braces for migrant surge as Title 42 expires",
        "EL PASO, Texas - Thousands of migrants waited on the Mexican side of the border on Thursday as a pandemic-era rule that allowed the swift expulsion of asylum seekers was set to expire at midnight. "
        "The Biden administration has sent 1,500 active-duty troops to help with logistics and paperwork, and Border Patrol agents were apprehending about 10,000 people a day, according to officials. "
        "A new rule will bar most migrants who crossed through another country without seeking protection there from claiming asylum. "
        "“The border is not open,” Homeland Security Secretary Alejandro Mayorkas said, warning of consequences for people who cross illegally. "
        "Republicans blamed the administration for what they called an invasion, and Texas sent its own National Guard units to the river. "
        "Shelters in El Paso and Brownsville said they were full. "
        "Civil rights groups sued to block the new asylum rule.",
        "politics",
    ),
    (
        "Supreme Court lets Border Patrol cut Texas razor wire in fight with Abbott",
        "The Supreme Court on Monday allowed federal agents to cut razor wire that Texas had installed along the Rio Grande near Eagle Pass, handing the Biden administration a temporary win in a widening battle with Gov. Greg Abbott over border security. "
        "The justices voted 5-4 to lift an appeals court order that had barred Border Patrol agents from removing the wire while the case continued. "
        "Abbott responded that Texas had a constitutional right to defend itself against what he called an invasion, and he vowed to keep adding barriers. "
        "Texas Guard troops had taken control of Shelby Park, a city park on the river, and blocked federal agents from entering. "
        "Twenty-five Republican governors issued a statement backing Texas. "
        "Democrats in Congress urged the president to federalize the Texas Guard, which he has declined to do. "
        "Daily crossings in the sector have fallen sharply since December.",
        "politics",
    ),
    (
        "DeSantis signs bill ending Disney's self-governing district as feud escalates",
        "TALLAHASSEE, Fla. - Gov. Ron DeSantis on Monday signed a bill that strips the Walt Disney Co. of control over the special district that governs its theme parks, the latest salvo in a year-long war with the company over a law on classroom instruction about sexual orientation. "
        "The governor will now appoint the five members of the board that oversees roads, fire protection and zoning around Walt Disney World. "
        "“There's a new sheriff in town,” DeSantis said at a ceremony in Lake Buena Vista. "
        "Disney had angered the governor by criticizing the law, which opponents call “Don't Say Gay.” "
        "The company later sued, accusing the governor of a campaign of government retaliation. "
        "Business groups said the fight sent a chilling signal to companies in the state. "
        "The two sides settled their legal battles in March 2024.",
        "politics",
    ),
    (
        "Government shutdown drags into third week with no deal in sight",
        "WASHINGTON - The federal government shutdown entered its third week on Wednesday with Senate Democrats and Republicans dug in over health insurance subsidies, and hundreds of thousands of federal workers facing their first missed paycheck. "
        "The Senate failed for the eighth time to advance a House-passed stopgap bill, falling short of the 60 votes needed. "
        "Speaker Mike Johnson kept the House out of session and accused Democrats of holding the government hostage. "
        "Democrats said they would not back down until Republicans agreed to extend Affordable Care Act tax credits that expire at the end of the year. "
        "The White House budget office began layoffs at several agencies, a move unions challenged in court. "
        "National parks were partly open, and air traffic controllers were working without pay. "
        "“This is a war of attrition,” one Senate aide said.",
        "politics",
    ),
    (
        "McCarthy wins speakership on 15th ballot after days of chaos",
        "WASHINGTON - Kevin McCarthy was elected speaker of the House early Saturday on the 15th ballot, after a week of rebellion by hard-right Republicans that brought the chamber to a standstill and culminated in a near-scuffle on the floor. "
        "The California Republican won after agreeing to a string of concessions, including a rule that lets a single member force a vote to oust the speaker. "
        "Tempers flared just before midnight when Rep. Mike Rogers of Alabama lunged toward Rep. Matt Gaetz of Florida and had to be pulled back by a colleague. "
        "The vote fell on the second anniversary of the Capitol riot, a coincidence that Democrats noted. "
        "“My father always told me, it's not how you start, it's how you finish,” McCarthy said. "
        "It was the longest speaker contest since before the Civil War. "
        "Members were then sworn in shortly before 2 a.m.",
        "politics",
    ),
    (
        "Judge blocks Guard deployment to Portland, rejecting 'war-ravaged' claim",
        "PORTLAND, Ore. - A federal judge on Saturday temporarily blocked the Trump administration from deploying 200 Oregon National Guard troops to Portland, ruling that the president's description of the city as war-ravaged was “simply untethered to the facts.” "
        "US District Judge Karin Immergut, whom Trump appointed, said small protests outside an immigration facility did not amount to a rebellion. "
        "She wrote that the protests had been largely peaceful, with occasional minor incidents, in the weeks before the order. "
        "Oregon and the city had sued after Defense Secretary Pete Hegseth federalized the troops. "
        "The administration said it would appeal and accused the judge of ignoring attacks on federal officers. "
        "Oregon Gov. Tina Kotek said there was no insurrection and no threat to national security. "
        "A separate case over Guard troops in Chicago was pending in Illinois.",
        "politics",
    ),
    (
        "Trump pardons about 1,500 people charged in Capitol riot",
        "WASHINGTON - President Trump on Monday pardoned about 1,500 people charged in the Jan. 6, 2021, attack on the Capitol and commuted the sentences of 14 members of the Proud Boys and Oath Keepers, fulfilling a campaign promise hours after taking office. "
        "Those freed late Monday and early Tuesday included Stewart Rhodes, the founder of the Oath Keepers, who had been serving an 18-year sentence for seditious conspiracy. "
        "Trump called the defendants hostages and said they had been treated unfairly. "
        "Police officers who defended the Capitol said they felt betrayed. "
        "“It's a gut punch,” said Michael Fanone, a former D.C. officer. "
        "The Justice Department moved to dismiss all pending cases. "
        "Several Republican senators said they disagreed with pardons for people who had assaulted officers.",
        "politics",
    ),
    (
        "Tennessee school board pulls 'Maus' from curriculum as book fights spread",
        "ATHENS, Tenn. - A school board in McMinn County has voted to remove “Maus,” the Pulitzer Prize-winning graphic novel about the Holocaust, from its eighth-grade curriculum, citing profanity and an image of a nude woman, the latest skirmish in a nationwide battle over what children should read. "
        "The 10-0 vote in January drew little notice until minutes of the meeting were posted online this week, and the book shot to the top of Amazon's best-seller list. "
        "Art Spiegelman, the book's author, called the decision “Orwellian.” "
        "Board members said they were not trying to diminish the teaching of the Holocaust and would look for another text. "
        "Conservative parents' groups, many organized during fights over mask mandates, have pushed districts in Texas, Florida and Virginia to remove books dealing with race and sexuality. "
        "The American Library Association said it received an unprecedented number of challenges last year. "
        "A comic book store in Knoxville offered free copies to local students.",
        "politics",
    ),
]
