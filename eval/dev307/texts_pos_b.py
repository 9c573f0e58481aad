"""dev307 positives, part B: terror attacks at home, and US strikes and casualties abroad.
(title, text, tag codes, kind); codes in eval/conflictset/__init__.py."""

POSITIVES = [
    (
        "Man hurls firebombs at Boulder march for Israeli hostages; FBI calls it terrorism",
        "BOULDER, Colo. - A man shouting “Free Palestine” threw incendiary devices into a group of people gathered on the Pearl Street pedestrian mall on Sunday to call for the release of Israeli hostages held in Gaza, injuring at least eight people, some of them severely burned, authorities said. "
        "The victims ranged in age from 52 to 88, Police Chief Stephen Redfearn said. "
        "Witnesses described a man with a makeshift flamethrower and bottles of fuel, and video showed him shirtless and holding bottles as people tended to a woman on the ground. "
        "The suspect, a 45-year-old man, was taken into custody and treated for injuries. "
        "FBI Director Kash Patel called it “a targeted terror attack,” and the bureau's Denver office said agents were investigating it as an act of terrorism. "
        "The weekly walk had been held without incident for months. "
        "Gov. Jared Polis said the state's Jewish community deserved to feel safe in every corner of Colorado.",
        "T V",
        "terror_attack",
    ),
    (
        "Two Israeli Embassy staff members shot dead outside Jewish museum in Washington",
        "Two staff members of the Israeli Embassy were shot and killed Wednesday night as they left an event at the Capital Jewish Museum in downtown Washington, police said, an attack officials condemned as antisemitic terrorism. "
        "The victims, a young man and woman who were about to become engaged, were approached by a gunman who opened fire on a group of four people, Metropolitan Police Chief Pamela Smith said. "
        "The suspect, a 30-year-old man from Chicago, walked into the museum after the shooting and chanted “Free, free Palestine” as he was detained, according to Smith. "
        "The event had been hosted by the American Jewish Committee for young diplomats. "
        "Homeland Security Secretary Kristi Noem said the FBI and the Joint Terrorism Task Force were investigating. "
        "Israel's ambassador to the United Nations called the shooting “a depraved act of antisemitic terrorism.” "
        "Security was stepped up at synagogues in several cities overnight.",
        "T V",
        "terror_attack",
    ),
    (
        "Driver rams New Year's crowd on Bourbon Street, killing 14; ISIS flag found in truck",
        "NEW ORLEANS - A man drove a rented pickup truck into crowds celebrating the New Year on Bourbon Street early Wednesday, killing at least 14 people and injuring dozens before he was shot dead in a gunfight with police, authorities said. "
        "The FBI said it was investigating the attack as an act of terrorism and that an Islamic State group flag had been found in the truck. "
        "The driver, a 42-year-old US citizen and Army veteran from Texas, swerved around a police car parked to block the street shortly after 3 a.m. and drove about three blocks, officials said. "
        "Two officers were wounded in the exchange of gunfire. "
        "Investigators also found what appeared to be improvised explosive devices elsewhere in the French Quarter. "
        "“He was trying to run over as many people as he could,” Police Superintendent Anne Kirkpatrick said. "
        "The Sugar Bowl, scheduled for that afternoon, was postponed by a day.",
        "T V",
        "terror_attack",
    ),
    (
        "Orlando nightclub massacre leaves 49 dead; gunman pledged allegiance to Islamic State",
        "ORLANDO, Fla. - A gunman armed with an assault-style rifle and a pistol killed 49 people and wounded 53 at a gay nightclub early Sunday, in the deadliest mass shooting in modern American history, officials said. "
        "The attacker called 911 during the three-hour siege at Pulse and pledged allegiance to the leader of the Islamic State group, according to law enforcement officials. "
        "A SWAT team broke through a wall with an armored vehicle around 5 a.m. and killed him in a shootout. "
        "Dozens of patrons had hidden in bathrooms and dressing rooms, some texting relatives as they waited. "
        "President Barack Obama called the massacre “an act of terror and an act of hate.” "
        "The FBI said the 29-year-old gunman, a US citizen born in New York, had been interviewed by agents twice in 2013 and 2014 but the inquiries were closed. "
        "Hundreds lined up to donate blood in downtown Orlando.",
        "T V",
        "terror_attack",
    ),
    (
        "Truck attack on Manhattan bike path kills eight in act of terror, mayor says",
        "NEW YORK - A man drove a rented pickup truck onto a crowded bike path along the Hudson River on Tuesday afternoon, killing eight people and injuring 11 in what Mayor Bill de Blasio called “a particularly cowardly act of terror.” "
        "The truck mowed down cyclists and pedestrians for nearly a mile before slamming into a school bus near Stuyvesant High School, police said. "
        "The driver then jumped out waving a paintball gun and a pellet gun and was shot in the abdomen by a police officer. "
        "Officials said a note found near the truck claimed the attack was carried out in the name of the Islamic State group. "
        "Five of the dead were tourists from Argentina celebrating the 30th anniversary of their high school graduation. "
        "The 29-year-old suspect came to the United States from Uzbekistan in 2010, officials said. "
        "Gov. Andrew Cuomo said extra police would be deployed across the city for the Halloween parade.",
        "T V",
        "terror_attack",
    ),
    (
        "Saudi military trainee kills three sailors at Pensacola naval air station",
        "PENSACOLA, Fla. - A member of the Saudi air force training at Naval Air Station Pensacola opened fire in a classroom building on Friday, killing three people and wounding eight before a sheriff's deputy shot him dead, officials said. "
        "Two deputies were among the wounded, Escambia County Sheriff David Morgan said, and compared the scene to “being on a movie set.” "
        "The gunman, a second lieutenant in the Royal Saudi Air Force, used a handgun, authorities said. "
        "The FBI said it was working on the presumption that the shooting was an act of terrorism, and was questioning several other Saudi students. "
        "The base, which trains naval aviators and hosts foreign personnel, was locked down for hours. "
        "King Salman called President Trump to express condolences, the White House said. "
        "The three sailors killed were identified over the weekend; one was a 21-year-old ensign from Alabama.",
        "T",
        "terror_attack",
    ),
    (
        "Sniper fires on Dallas ICE office, killing a detainee and wounding two",
        "DALLAS - A gunman fired from a rooftop on a US Immigration and Customs Enforcement field office on Wednesday morning, killing one detainee and critically wounding two others before taking his own life, federal officials said. "
        "The shots struck a van in a sally port where detainees were being moved, and no agents were hit. "
        "FBI Director Kash Patel posted an image of an unspent round found near the shooter bearing the handwritten words “ANTI-ICE.” "
        "Officials said they were investigating the shooting as an act of targeted violence and terrorism. "
        "The suspect, a 29-year-old man, was found dead on the roof of a nearby building with a rifle. "
        "“This was an attack on ICE,” Homeland Security Secretary Kristi Noem said, calling for an end to rhetoric comparing agents to Nazis. "
        "It was the second attack on an immigration facility in Texas in a matter of weeks, after an officer was shot in the neck in Alvarado in July.",
        "T",
        "terror_attack",
    ),
    (
        "Suicide bombing at Kabul airport kills 13 US troops and scores of Afghans",
        "Two suicide bombers and gunmen attacked crowds of Afghans desperate to flee Kabul on Thursday, killing at least 60 Afghans and 13 US service members at the gates of the city's airport, officials said. "
        "The Islamic State group's Afghan affiliate claimed responsibility for the attack, which struck near the Abbey Gate as thousands waited to be let into the airfield. "
        "Marines had been screening evacuees in a sewage canal when the blast tore through the crowd. "
        "At least 18 US personnel were wounded, Gen. Frank McKenzie of Central Command said. "
        "“To those who carried out this attack: We will not forgive. We will not forget. We will hunt you down,” President Biden said at the White House. "
        "More than 100,000 people have been flown out of Afghanistan since the Taliban took Kabul, and the airlift continued through the night. "
        "Pentagon officials warned that more attacks were likely before the Aug. 31 withdrawal deadline.",
        "T E V D",
        "suicide_bombing",
    ),
    (
        "Drone attack kills three US soldiers at base in Jordan, first US deaths in region since Gaza war began",
        "Three US Army soldiers were killed and more than 30 service members injured in a drone attack on a small base in northeastern Jordan near the Syrian border, US officials said Sunday. "
        "President Biden blamed Iran-backed militant groups operating in Syria and Iraq and vowed that the United States would respond “at a time and in a manner of our choosing.” "
        "The one-way drone struck living quarters at the outpost known as Tower 22 early in the morning, officials said, apparently at the same time as a US drone was returning to the base. "
        "The soldiers were members of an Army Reserve engineering unit from Georgia. "
        "The Islamic Resistance in Iraq, an umbrella group of militias, claimed attacks on three bases along the border. "
        "US forces in Iraq and Syria have been attacked more than 150 times since mid-October. "
        "Republican senators called for strikes inside Iran.",
        "E",
        "drone_attack",
    ),
    (
        "US and Britain strike Houthi targets in Yemen after Red Sea attacks",
        "The United States and Britain launched airstrikes against more than a dozen sites used by Yemen's Houthi rebels on Thursday night, in retaliation for weeks of drone and missile attacks on commercial ships in the Red Sea, US officials said. "
        "Warplanes and Tomahawk missiles fired from ships and a submarine hit radar systems, drone storage and launch sites, and weapons depots, the Pentagon said. "
        "A Houthi military spokesman said five fighters were killed and six wounded in 73 strikes across five provinces. "
        "“These targeted strikes are a clear message,” President Biden said in a statement, calling them defensive. "
        "Some Democrats in Congress complained that the president had not sought authorization. "
        "The Houthis said they would keep attacking ships linked to Israel and warned that American and British interests were now legitimate targets. "
        "Oil prices rose nearly 4% on Friday.",
        "E M",
        "airstrike",
    ),
    (
        "US bombs three Iranian nuclear sites, Trump says Fordo is 'gone'",
        "The United States struck three nuclear sites in Iran overnight, dropping bunker-busting bombs on the underground enrichment plant at Fordo and firing Tomahawk missiles at Natanz and Isfahan, President Donald Trump said, joining Israel's war on the country. "
        "Seven B-2 stealth bombers flew for about 18 hours from Missouri to drop 14 of the 30,000-pound bombs, Gen. Dan Caine, the chairman of the Joint Chiefs, told reporters at the Pentagon. "
        "Iran's atomic energy agency said the sites had been attacked but that its work would not be stopped. "
        "Trump said in a televised address that the facilities had been “completely and totally obliterated,” though officials said damage assessments would take time. "
        "Iranian officials warned of retaliation against US bases in the region. "
        "Democrats said the strikes were unconstitutional without a vote in Congress, and a handful of Republicans agreed. "
        "The Pentagon raised security at bases across the Middle East.",
        "E M",
        "airstrike",
    ),
    (
        "Iran fires missiles at Iraqi bases housing US troops in retaliation for Soleimani killing",
        "Iran fired more than a dozen ballistic missiles at two Iraqi bases housing US and coalition troops early Wednesday, in retaliation for the American drone strike that killed Gen. Qassem Soleimani, the Pentagon said. "
        "At least 11 missiles hit Al Asad Air Base in western Iraq, and another struck a facility in Irbil. "
        "The Pentagon said no Americans were killed, and President Trump said in an address that “Iran appears to be standing down.” "
        "Troops had been warned hours in advance and many sheltered in bunkers, officials said. "
        "Weeks later, the Defense Department said more than 100 service members had been diagnosed with traumatic brain injuries from the blasts. "
        "The attack came hours after Soleimani's funeral in his hometown, where a stampede killed dozens of mourners. "
        "Oil prices jumped and then fell back as the threat of a wider war appeared to recede.",
        "E",
        "missile_attack",
    ),
    (
        "Four US soldiers killed in ambush in Niger, Pentagon confirms",
        "Four US Army soldiers were killed and two were wounded when a joint patrol with Nigerien forces was ambushed near the village of Tongo Tongo in southwestern Niger, the Pentagon said Thursday. "
        "About 50 militants on motorbikes and in trucks attacked the patrol with small arms and rocket-propelled grenades as it returned from a meeting with local leaders, officials said. "
        "Four Nigerien soldiers were also killed in the firefight, which lasted more than an hour before French Mirage jets arrived overhead. "
        "The body of one American, Sgt. La David Johnson, was not recovered until two days later. "
        "US officials said the attackers were believed to be affiliated with the Islamic State group in the Greater Sahara. "
        "Many members of Congress said they had not known that some 800 US troops were deployed in Niger. "
        "The Pentagon opened an investigation into the circumstances of the ambush.",
        "B T",
        "ambush",
    ),
    (
        "US military strikes alleged drug boat from Venezuela, killing 11",
        "The US military struck a boat in the southern Caribbean that President Trump said was carrying drugs from Venezuela, killing 11 people aboard, in the first known military strike of his campaign against Latin American cartels. "
        "Trump posted a video of the strike showing a speedboat exploding into flames, and said the men were members of the Tren de Aragua gang, which the administration has designated a terrorist organization. "
        "Defense Secretary Pete Hegseth said the operation would not stop with one boat. "
        "Venezuela's communications minister said the video appeared to have been made with artificial intelligence. "
        "Legal experts questioned the authority for using lethal force against suspected smugglers rather than stopping and boarding the vessel, as the Coast Guard normally does. "
        "The Navy has moved eight warships and a submarine into the region in recent weeks. "
        "Lawmakers of both parties asked the Pentagon for a briefing.",
        "E M",
        "airstrike",
    ),
    (
        "Two US soldiers and interpreter killed in Syria ambush by Islamic State gunman",
        "Two US Army soldiers and an American civilian interpreter were killed and three other service members wounded when a lone Islamic State gunman opened fire on them in central Syria on Saturday, US Central Command said. "
        "The attack took place near the desert city of Palmyra, where the Americans were meeting Syrian officials as part of counterterrorism operations, the command said. "
        "The gunman was killed by partner forces, it said. "
        "Syria's interior ministry said the attacker was a member of the government's own security forces who had been flagged for possible extremist views. "
        "President Trump vowed “very serious retaliation” in a post on social media. "
        "About 1,000 US troops remain in Syria, down from roughly 2,000 at the start of the year. "
        "The soldiers' names were withheld until their families were notified.",
        "T B",
        "ambush",
    ),
    (
        "Four Americans among dead in suicide bombing in Syria's Manbij claimed by ISIS",
        "Two US service members, a Defense Department civilian and a contractor were killed Wednesday when a suicide bomber attacked a restaurant in the northern Syrian city of Manbij, the US-led coalition said. "
        "Three other American troops were wounded in the blast, which also killed about a dozen Syrian civilians and fighters, according to a war monitor. "
        "The Islamic State group claimed the bombing through its news agency. "
        "The Americans had been on a patrol and stopped at the restaurant, which was popular with coalition forces, officials said. "
        "It was the deadliest attack on US forces in Syria since they deployed there in 2015. "
        "The attack came a month after President Trump announced that all 2,000 US troops would be withdrawn because the militants had been defeated. "
        "Vice President Mike Pence said hours later that the caliphate had crumbled.",
        "T E",
        "suicide_bombing",
    ),
]
