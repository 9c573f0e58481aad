"""dev22 texts: negatives: history; negatives: entertainment; negatives: the military without violence.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: history
    (
        "Kagame lights remembrance flame at Kigali memorial",
        "The ceremony opened a hundred days of commemoration for the victims of the 1994 genocide, 250,000 of whom are buried at the site.",
        "history",
    ),
    (
        "Last surviving veterans join leaders at Omaha Beach",
        "Ceremonies along the Normandy coast marked 80 years since the D-Day landings. Some of the veterans were over 100.",
        "history",
    ),
    (
        "Thirty more Srebrenica victims laid to rest",
        "Their remains, identified through DNA years after they were found in mass graves, were buried at Potočari in front of thousands of mourners.",
        "history",
    ),
    (
        "Second World War bomb defused in Frankfurt after mass evacuation",
        "About 60,000 residents had to leave their homes while experts made the 1.4-tonne British bomb safe.",
        "history",
    ),
    (
        "Bell tolls at 8:15 as Hiroshima remembers, 70 years on",
        "Tens of thousands stood in silence at the Peace Memorial Park at the moment the atomic bomb exploded.",
        "history",
    ),
    (
        "World leaders gather in Paris for Armistice centenary",
        "Dozens of heads of state walked together in the rain to the Arc de Triomphe, 100 years after the end of the First World War.",
        "history",
    ),
    (
        "Khmer Rouge tribunal rejects Khieu Samphan's final appeal",
        "The ruling upheld his genocide conviction and brought the court's work to an end after 16 years.",
        "history",
    ),
    (
        "Remains of First World War soldiers identified in northern France",
        "DNA tests have identified eight Australian soldiers found in a mass grave near Fromelles. They will be reburied with their names.",
        "history",
    ),
    (
        "Franco's remains moved from Valley of the Fallen",
        "The dictator's coffin was flown by helicopter to a family plot near Madrid, fulfilling a promise by the Socialist government.",
        "history",
    ),
    (
        "Beslan remembers the school siege, 20 years on",
        "Mothers laid flowers and bottles of water in the ruined gym where more than 330 people, over half of them children, died in 2004.",
        "history",
    ),
    (
        "Cannon fire returns to the fields of Waterloo, 200 years on",
        "More than 5,000 enthusiasts in period uniforms staged the battle again, with cavalry charges watched by thousands.",
        "history",
    ),
    (
        "Unexploded bomb found in Plymouth garden is taken out to sea",
        "Army experts escorted the 500kg German device through the city and detonated it offshore, after 10,000 people were evacuated.",
        "history",
    ),
    # ---------------------------------------------------------------- negatives: entertainment
    (
        "Nolan's atomic bomb film wins seven Oscars",
        "'Oppenheimer' took best picture, best director and best actor for Cillian Murphy, whose portrayal of the physicist had been the favourite all season.",
        "entertainment",
    ),
    (
        "German anti-war film 'All Quiet on the Western Front' wins four Oscars",
        "The Netflix adaptation of Remarque's novel took best international feature and best cinematography.",
        "entertainment",
    ),
    (
        "Holocaust drama 'The Zone of Interest' wins international feature Oscar",
        "Jonathan Glazer's film follows the family of the Auschwitz commandant, living in a villa next to the camp wall.",
        "entertainment",
    ),
    (
        "Palestinian-Israeli film about Masafer Yatta wins Academy Award",
        "'No Other Land', made by a four-person collective, follows the demolition of homes in the southern West Bank.",
        "entertainment",
    ),
    (
        "Shooter franchise's new instalment makes $1bn in a weekend",
        "The latest Call of Duty broke sales records, its publisher said. Players complained about server queues on launch day.",
        "entertainment",
    ),
    (
        "Garland's 'Civil War' opens with $25m",
        "The film about journalists crossing a divided United States topped the North American box office, ahead of a monster movie in its third week.",
        "entertainment",
    ),
    (
        "Exhibition of war photographers' work opens in London",
        "The show brings together pictures from Vietnam, Bosnia and Syria, along with the cameras the photographers carried.",
        "entertainment",
    ),
    (
        "Israeli drama 'Fauda' filmed its new season in Croatia",
        "The series about an undercover unit returns next month, its makers said, after filming was moved abroad for the first time.",
        "entertainment",
    ),
    (
        "Irish novel about a country sliding into war wins Booker Prize",
        "Paul Lynch's 'Prophet Song' follows a mother trying to hold her family together as Ireland falls into tyranny.",
        "entertainment",
    ),
    (
        "Play about Bosnian war opens at Sarajevo's National Theatre",
        "The production tells the story of three families who lived through the siege of the city. It drew a standing ovation.",
        "entertainment",
    ),
    # ---------------------------------------------------------------- negatives: the military without violence
    (
        "Pyongyang launch: missile flies 1,000 km before falling into sea",
        "South Korea's joint chiefs of staff said the ballistic missile was fired from near the capital and landed in waters off the east coast.",
        "military",
    ),
    (
        "Bundestag changes constitution to fund military modernisation",
        "The €100bn special fund will pay for new fighter jets and heavy-lift helicopters over the next five years.",
        "military",
    ),
    (
        "Finland becomes NATO's 31st member",
        "The Finnish flag was raised outside the alliance's headquarters in Brussels. NATO's border with Russia has doubled in length.",
        "military",
    ),
    (
        "China launches large-scale drills around Taiwan",
        "Warships and aircraft surrounded the island in what Beijing called a stern warning to separatist forces, and Taiwan put its forces on alert.",
        "military",
    ),
    (
        "US and South Korean troops begin annual exercises",
        "The drills will involve live-fire training and amphibious landings. Pyongyang called them a rehearsal for invasion.",
        "military",
    ),
    (
        "Poland signs deal for hundreds of South Korean tanks",
        "The contract for K2 tanks and K9 howitzers is part of a plan to make Poland's army the largest in the EU.",
        "military",
    ),
    (
        "INS Vikrant joins the Indian navy",
        "The 45,000-tonne carrier, built at Cochin Shipyard over 13 years, hoisted the navy's new ensign at its commissioning.",
        "military",
    ),
    (
        "Putin tells Victory Day parade the West has unleashed a war on Russia",
        "Tanks and troops rolled across Red Square as veterans watched from the stands, and fighter jets flew over the Kremlin.",
        "military",
    ),
    (
        "First F-16 jets arrive in Ukraine",
        "President Zelensky showed off two of the aircraft at an undisclosed airfield. He thanked the countries that had donated them.",
        "military",
    ),
    (
        "Latvia brings back conscription",
        "The first group of young men reported for 11 months of military service, five years after the draft was abolished.",
        "military",
    ),
    (
        "Tokyo's defence plan includes long-range missiles for the first time",
        "The record budget pays for missiles that can strike enemy bases, a break from decades of post-war policy.",
        "military",
    ),
    (
        "AUKUS leaders unveil submarine plan in San Diego",
        "Australia will buy nuclear-powered submarines from the United States and later build a new class with Britain.",
        "military",
    ),
]
