"""dev179 hard negatives: peaceful protest, history (anniversaries, a wartime bomb),
entertainment about cyberwar and war footage, esports and the Olympics' cyber war room."""

# (title, text, kind code)
NEGATIVES = [
    (
        (
            "Google workers arrested after sit-ins over Israeli cloud contract at New York and "
            "California offices"
        ),
        (
            "Nine Google employees were arrested on Tuesday night after staging sit-ins at the "
            "company's offices in New York and Sunnyvale, California, to protest against Project "
            "Nimbus, a $1.2 billion cloud computing contract with the Israeli government. The "
            "workers, members of the group No Tech for Apartheid, occupied the office of a "
            "senior cloud executive for about ten hours and livestreamed the protest on Twitch. "
            "Police led them out in handcuffs after the company asked them to leave and they "
            "refused. They were cited for trespassing and released. Google said the employees "
            "had prevented other staff from working and later fired 28 workers it said were "
            "involved, calling their behaviour completely unacceptable. The protesters say the "
            "contract could help the Israeli military, while Google says Nimbus is not directed "
            "at highly sensitive or classified military workloads. Outside the New York office, "
            "dozens of supporters held signs and chanted. The group said it would keep "
            "organising."
        ),
        "protest",
    ),
    (
        (
            "Moscow police used facial recognition to detain mourners after Navalny's funeral, "
            "rights group says"
        ),
        (
            "Police in Moscow have used the city's facial recognition cameras to track down and "
            "detain people who laid flowers for Alexei Navalny or attended his funeral, the "
            "rights group OVD-Info said on Tuesday. At least seven people were detained at metro "
            "stations in the days after the funeral on March 1, some of them after being stopped "
            "by officers who showed them still images of themselves at the Borisovskoye "
            "cemetery, the group said. Most were released after questioning, and two were fined "
            "for taking part in an unauthorised public event. The funeral passed off peacefully, "
            "with thousands of people queuing for hours to file past the grave, some chanting "
            "Navalny's name. Moscow's metro has more than 5,000 cameras linked to the facial "
            "recognition system, which the city introduced in 2020 as a way to pay fares and to "
            "find wanted criminals. Lawyers say it has since been used to detain hundreds of "
            "people who had taken part in protests, sometimes months after the event. The "
            "Interior Ministry did not comment. Navalny died last month in an Arctic penal "
            "colony."
        ),
        "protest",
    ),
    (
        (
            "Kenyan content moderators who screened war footage for Facebook rally in Nairobi "
            "over lost jobs"
        ),
        (
            "Dozens of content moderators who reviewed violent videos for Facebook rallied "
            "outside the Nairobi offices of an outsourcing firm on Thursday, demanding unpaid "
            "wages and access to mental health care, a week after the company closed its content "
            "moderation hub. The moderators, from Kenya, Ethiopia, Uganda and other African "
            "countries, said they had spent eight-hour shifts watching beheadings, massacre "
            "footage from the war in Tigray and child abuse, often for less than $2 an hour. "
            'They carried placards reading "We are not machines" and sang outside the gates for '
            "about two hours before dispersing; police watched but made no arrests. A Kenyan "
            "labour court has ordered the firm and Meta not to lay off the workers while a "
            "lawsuit filed by 184 of them is heard. Meta says it requires its contractors to pay "
            "above the industry standard and to provide on-site support. The outsourcing company "
            "said it had left the moderation business to focus on data labelling for artificial "
            "intelligence. The moderators are seeking to form the first union of content "
            "moderators in Africa."
        ),
        "protest",
    ),
    (
        (
            "Fifteen years after Stuxnet, the worm that sabotaged Iran's centrifuges still "
            "shapes cyberwar"
        ),
        (
            "Fifteen years ago this month, a small security company in Belarus found a piece of "
            "malware on a customer's computer in Iran that would turn out to be the first known "
            "cyberweapon to cause physical destruction. Stuxnet, later reported to have been "
            "built by the United States and Israel, had been quietly altering the speed of "
            "centrifuges at Iran's Natanz enrichment plant, making them spin out of control "
            "while showing operators normal readings. It is estimated to have destroyed about "
            "1,000 of the plant's centrifuges. Researchers who took the code apart recall being "
            "stunned by its use of four previously unknown Windows flaws and its precision "
            "targeting of Siemens controllers. The worm escaped its target and spread to "
            "thousands of machines worldwide, which is how it was discovered. Its example has "
            "been cited ever since, from Russia's attacks on Ukraine's power grid in 2015 and "
            '2016 to the industrial control toolkit found in 2022. "Stuxnet showed that code '
            'could break things in the real world," one of the researchers said. Neither '
            "Washington nor Jerusalem has ever acknowledged building it. The malware was "
            "designed to spread only through USB sticks and local networks, because the plant "
            "was not connected to the internet. Investigators later concluded that an insider or "
            "a contractor had carried it in. Its code contained a kill date of June 2012, after "
            "which it was supposed to stop spreading. Today, security researchers say, attacks "
            "on industrial control systems are far more common, but few have matched its "
            "sophistication."
        ),
        "history",
    ),
    (
        ("Bletchley Park marks 80 years since Colossus codebreaking computer helped plan D-Day"),
        (
            "The National Museum of Computing at Bletchley Park marked the 80th anniversary of "
            "Colossus on Thursday, the machine built by Post Office engineer Tommy Flowers to "
            "break the Lorenz cipher used by Hitler's high command. Engineers, veterans' "
            "families and schoolchildren watched a working rebuild of the machine process a "
            "wartime message, its paper tape racing through the reader at 5,000 characters a "
            "second. The improved Colossus went into service on June 1, 1944, days before the "
            "Normandy landings, and its decrypts helped confirm that German commanders had been "
            "deceived about where the invasion would come. After the war, most of the machines "
            "were dismantled and the engineers were sworn to secrecy, which is why Colossus is "
            "often left out of histories of the computer. The museum has also published "
            "previously unseen photographs of the women of the Women's Royal Naval Service who "
            'operated the machines. "They had no idea they were working on what we now call a '
            'computer," a museum trustee said. The rebuild took 14 years, using fragments of '
            "circuit diagrams that engineers had kept hidden."
        ),
        "history",
    ),
    (
        (
            "Wartime bomb found on Frankfurt data centre building site forces evacuation of "
            "1,500 residents"
        ),
        (
            "Bomb disposal experts defused a 500-kilogram British aerial bomb from the Second "
            "World War found on the building site of a new data centre in Frankfurt's Seckbach "
            "district on Sunday, after about 1,500 residents were evacuated from their homes. "
            "Construction workers digging foundations for the facility, which is being built by "
            "a US operator to serve cloud customers, hit the bomb on Friday, city officials "
            "said. Police closed roads and a stretch of motorway within a 700-metre exclusion "
            "zone, and residents spent the morning in a sports hall where the city's social "
            "services handed out coffee and breakfast. The defusing took about an hour. "
            "Frankfurt, home to one of the world's largest internet exchanges, is surrounded by "
            "data centre construction sites, and each one must be surveyed for unexploded "
            "ordnance before work begins. Thousands of tonnes of bombs dropped on German cities "
            "by Allied air forces still lie underground. In 2017, about 60,000 people were "
            'evacuated in Frankfurt for the defusing of a British "blockbuster" bomb found near '
            "the university. The construction company said work would resume on Monday."
        ),
        "history",
    ),
    (
        ("Ten years after the Bronze Soldier cyberattacks, Estonia hosts NATO's cyber defenders"),
        (
            "Ten years ago this week, Estonia's government, banks and newspapers were knocked "
            "offline by waves of denial-of-service attacks after the authorities moved a Soviet "
            "war memorial, the Bronze Soldier, from the centre of Tallinn. The decision had set "
            "off two nights of rioting by mostly Russian-speaking protesters in which one man "
            "was killed and more than 1,000 were detained, and the attacks that followed were "
            "traced to Russian addresses, though Moscow denied involvement. Estonia has since "
            "turned the episode into a national project. NATO's Cooperative Cyber Defence Centre "
            "of Excellence opened in Tallinn a year later and now runs Locked Shields, the "
            "world's largest live-fire cyber defence exercise, in which this week about 900 "
            "experts from 25 countries defended the networks of a fictional nation. The "
            "country's digital identity system, used for voting, banking and prescriptions, has "
            "been redesigned several times to cope with new threats. Officials are also "
            'preparing to store backups of key state databases in a "data embassy" abroad. "We '
            'learned that a small country can be attacked without a shot being fired," a former '
            "defence official told a conference in the capital."
        ),
        "history",
    ),
    (
        "Robert De Niro's Zero Day imagines a cyberattack that kills thousands in one minute",
        (
            "In Netflix's new political thriller Zero Day, a cyberattack shuts down every "
            "computer in the United States for one minute, crashing trains and planes and "
            'killing more than 3,000 people, before a message appears on every screen: "This '
            'will happen again." Robert De Niro plays a former president called back to lead a '
            "commission investigating the attack, with sweeping powers to detain suspects and "
            "override civil liberties. The six-part series, co-created by a New York Times "
            "reporter, leans on familiar fears about the fragility of power grids, air traffic "
            "control and hospital networks. Security researchers who watched the first episodes "
            "said the premise was far-fetched but that some details, such as the use of a "
            "zero-day exploit against widely used infrastructure software, were grounded in real "
            "incidents. The show's war room scenes, with aides shouting over each other in front "
            "of screens of falling data, owe more to The West Wing than to Mr Robot. Critics "
            "have been mixed, praising De Niro but calling the plot convoluted. All episodes are "
            "streaming now."
        ),
        "entertainment",
    ),
    (
        "Video game clips passed off as war footage rack up millions of views again",
        (
            "Clips from the military simulation game Arma 3 are once again circulating on social "
            "media as supposed footage of real fighting, racking up millions of views on X, "
            "TikTok and Facebook, fact-checkers said this week. One widely shared video, "
            "captioned as showing air defences shooting down jets over the Middle East, comes "
            "from a gameplay recording posted on YouTube in 2021, according to AFP's "
            "fact-checking team. Another, presented as a Ukrainian helicopter being hit, was "
            "traced to a modified version of the game. Bohemia Interactive, the Czech studio "
            "that makes Arma 3, said it was saddened to see its game used this way and published "
            "a guide on how to recognise game footage, pointing to unrealistic lighting, overly "
            "smooth camera movements and the absence of people. The studio said reporting the "
            "clips to platforms had limited effect because new accounts reposted them within "
            "hours. Researchers say such videos tend to spread during the first hours of any new "
            "crisis, when verified footage is scarce. Some of the accounts that post them earn "
            "money through X's creator revenue programme."
        ),
        "entertainment",
    ),
    (
        "Book review: a reporter follows the hackers who turned out the lights in Ukraine",
        (
            "For a few hours in December 2015, about 230,000 people in western Ukraine lost "
            "power after hackers took control of the computers at three regional electricity "
            "distributors and clicked breakers open, one by one, while the engineers watched "
            "their cursors move. That scene opens this gripping new book by a technology "
            "journalist, who spent three years tracing the attack, and the one on Kyiv's grid a "
            "year later, to a unit of Russia's military intelligence known to researchers as "
            "Sandworm. The book is strongest when it follows the analysts at private security "
            "firms who pieced together the group's tools, and when it travels to Ukraine to meet "
            "the people who cleaned up after NotPetya, the malware that spread from a small "
            "family software firm in Kyiv to shipping lines, hospitals and factories around the "
            "world. It is weaker on policy, where the argument for a Geneva Convention for "
            "cyberspace feels tacked on. Still, as an account of how a war in Ukraine's east "
            "became a testing ground for attacks on civilian infrastructure, it is hard to put "
            "down. Readers who lived through the NotPetya outage at their own companies will "
            "recognise much of it. The writing is brisk and the technical explanations are clear "
            "without being dumbed down."
        ),
        "entertainment",
    ),
    (
        "Vitality beat The MongolZ to win Counter-Strike Major in Austin",
        (
            "Team Vitality won the Counter-Strike Major in Austin on Sunday, beating Mongolia's "
            "The MongolZ 2-0 in a final watched by more than 1.7 million people online at its "
            "peak, to complete a run of four big titles in a row. The French-based team took the "
            "first map, Inferno, 13-8 and closed out the second on Nuke after a tense finish in "
            "which their star sniper, ZywOo, won a one-against-two clutch by defusing the bomb "
            'with less than a second left. "We attacked the B site three times in a row and they '
            "never adapted,\" Vitality's captain said afterwards. The MongolZ, who became the "
            "first Mongolian team to reach a Major final, had knocked out several favourites "
            "with an aggressive style built on fast executes and headshots. The event at the "
            "Moody Center in Texas sold out for the playoffs, the first Counter-Strike Major "
            "held in the United States since 2018. Vitality shared $1.25 million in prize money. "
            "ZywOo was named the tournament's most valuable player."
        ),
        "sport",
    ),
    (
        (
            "Paris Olympics cyber war room fends off more than 140 attacks with no disruption to "
            "Games"
        ),
        (
            "France's cybersecurity agency said on Monday that it had detected more than 140 "
            "cyberattacks against Olympic and Paralympic organisations during the Paris Games, "
            "but that none had disrupted a competition or a ceremony. Staff in the security "
            "operations centre, a war room of screens at an undisclosed location near Paris, "
            "worked in shifts around the clock from the opening ceremony to the closing of the "
            "Paralympics, ANSSI said. Most of the incidents were denial-of-service attacks that "
            "briefly took down websites, including those of some venues and transport operators, "
            "and attempts to steal the login details of volunteers through fake ticketing "
            "emails. About 40 museums in France, including the Grand Palais, which hosted "
            "fencing and taekwondo, were hit by a ransomware attack in August, but the agency "
            "said their systems used for the Games were not affected. Organisers had prepared "
            "for much worse after a Russian military unit was accused of trying to disrupt the "
            "opening ceremony of the 2018 Winter Olympics in Pyeongchang. The Games used more "
            "than 11,000 computers and 250,000 network devices across 35 venues, organisers "
            'said. "We were ready for the big one, and it never came," one official said.'
        ),
        "sport",
    ),
]
