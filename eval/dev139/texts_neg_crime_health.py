"""dev139 hard negatives (2 of 7): crime (stabbings and shootings with no political motive, verdicts,
seizures, heists, ransom kidnapping) and health (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bondi Junction stabbing: police rule out ideological motive",
        "Update: NSW Police say there is no evidence the man who stabbed six people to death "
        "at Westfield Bondi Junction was driven by any ideology, and that he appears to have "
        "targeted women. The 40-year-old had a long history of mental illness, an assistant "
        "commissioner said. The centre will stay closed for the rest of the week.",
        "crime",
    ),
    (
        "Southport killer jailed for minimum of 52 years",
        "The teenager who murdered three girls at a Taylor Swift-themed dance class in "
        "Southport has been sentenced to life with a minimum term of 52 years. The judge "
        "said he would probably never be released. The attacker had admitted the murders and "
        "10 attempted murders at Liverpool Crown Court.",
        "crime",
    ),
    (
        "AFP seizes record haul of cocaine off Queensland coast",
        "The Australian Federal Police say they have seized more than two tonnes of cocaine "
        "from a fishing boat intercepted off the Queensland coast, one of the largest such "
        "seizures in the country's history. Three men, aged 27, 41 and 52, have been charged "
        "with importing a commercial quantity of a border-controlled drug. Police allege the "
        "drugs were collected from a mother ship in the Pacific.",
        "crime",
    ),
    (
        "Kidnapped Lagos businessman freed after ransom paid, family says",
        "A businessman abducted outside his home in Ikorodu last week has been released, his "
        "family told Punch, after a ransom of 15 million naira was paid to his captors. "
        "Police say two suspects have been arrested and a search is on for the rest of the "
        "gang.",
        "crime",
    ),
    (
        "Swedish police arrest 14 in raids on Foxtrot network",
        "Swedish police have arrested 14 people in coordinated raids in Stockholm, Uppsala "
        "and Malmö targeting the Foxtrot criminal network, which they accuse of recruiting "
        "teenagers to carry out shootings and bombings against rivals. Weapons and hand "
        "grenades were seized. Prosecutors said several of the suspects were under 18.",
        "crime",
    ),
    (
        "Dominique Pelicot sentenced to 20 years; all co-defendants found guilty",
        "A court in Avignon has sentenced Dominique Pelicot to 20 years in prison for "
        "drugging his wife Gisèle and inviting dozens of strangers to rape her. All 50 "
        "co-defendants were found guilty, with sentences ranging from three to 15 years. "
        "Gisèle Pelicot thanked supporters outside the courthouse.",
        "crime",
    ),
    (
        "Örebro school shooting: police say no ideological motive found",
        "Swedish police say they have found no evidence that the gunman who killed 10 people "
        "at an adult education centre in Örebro was driven by ideology, and the attack is "
        "not being treated as terrorism. The 35-year-old, a former student, later shot "
        "himself. Flags flew at half mast across the country on Wednesday. The government "
        "has promised to tighten gun licensing rules.",
        "crime",
    ),
    (
        "Huntingdon train stabbings: police say incident not terror-related",
        "Latest: Cambridgeshire Police say a mass stabbing on a London-bound train near "
        "Huntingdon is not being treated as a terrorist incident. Eleven people were taken "
        "to hospital, nine with life-threatening injuries, after the attack on Saturday "
        "evening. A 32-year-old man from Peterborough has been charged with 10 counts of "
        "attempted murder.",
        "crime",
    ),
    (
        "Erin Patterson found guilty of mushroom murders",
        "A jury in Morwell has found Erin Patterson guilty of murdering three of her "
        "estranged husband's relatives with a beef Wellington laced with death cap "
        "mushrooms. She was also found guilty of attempting to murder the only guest to "
        "survive the lunch.",
        "crime",
    ),
    (
        "Manhunt under way after 10 inmates escape New Orleans jail",
        "Police in Louisiana are searching for 10 men who escaped from the Orleans Parish "
        "jail overnight by pulling a toilet away from a wall and crawling through a hole. "
        "Several of the escapees face murder charges, the sheriff's office said.",
        "crime",
    ),
    (
        "Louvre jewel heist: two suspects arrested",
        "11:20: Paris prosecutors say two men have been arrested over the theft of crown "
        "jewels from the Louvre's Apollo Gallery, one of them at Charles de Gaulle airport "
        "as he prepared to leave the country. The thieves used a furniture lift to reach a "
        "first-floor window and were inside for less than eight minutes. The jewels, valued "
        "at €88m, have not been recovered. The museum reopened to visitors on Wednesday.",
        "crime",
    ),
    (
        "Gunmen kill 11 at tavern near Pretoria",
        "South African police say 11 people, including a three-year-old boy, were shot dead "
        "when three gunmen opened fire at an unlicensed tavern in Saulsville, west of "
        "Pretoria, in the early hours of Saturday. Police believe illegal liquor trading may "
        "be behind the attack. No arrests have been made.",
        "crime",
    ),
    (
        "Abe's killer sentenced to life in prison",
        "A court in Nara has sentenced Tetsuya Yamagami to life imprisonment for the fatal "
        "shooting of former prime minister Shinzo Abe at a campaign event in 2022. Yamagami "
        "told the court he blamed the Unification Church, to which his mother had donated "
        "heavily, and believed Abe was linked to it. His lawyers had asked for a sentence of "
        "no more than 20 years.",
        "crime",
    ),
    (
        "Mexican navy seizes 1.5 tonnes of cocaine off Oaxaca",
        "The Mexican navy says it has seized about 1.5 tonnes of cocaine from a "
        "semi-submersible vessel off the coast of Oaxaca and detained four crew members. The "
        "navy secretary said it was the largest such seizure in the Pacific this year. The "
        "crew have been handed to federal prosecutors.",
        "crime",
    ),
    (
        "Cholera outbreak in Angola: cases top 20,000",
        "Angola has recorded more than 20,000 cholera cases and over 600 deaths since the "
        "outbreak began in January, the WHO says, with Luanda and Bengo provinces worst hit. "
        "The health ministry has launched a vaccination campaign in the capital's poorest "
        "neighbourhoods. Contaminated water and poor sanitation are driving the spread.",
        "health",
    ),
    (
        "Mpox vaccination drive reaches Kinshasa",
        "Congo has started vaccinating adults in Kinshasa against mpox, the health ministry "
        "says, after the capital overtook South Kivu as the country's main hotspot. About "
        "100,000 doses donated by Japan and the US are being used in the first phase. Health "
        "workers say fear and misinformation are keeping some people away.",
        "health",
    ),
    (
        "Measles outbreak in west Texas grows to 481 cases",
        "The Texas Department of State Health Services says the measles outbreak centred on "
        "Gaines County has grown to 481 cases, with 56 people taken to hospital since "
        "January. A second unvaccinated child has died. Health officials are urging parents "
        "to make sure children have both doses of the MMR vaccine.",
        "health",
    ),
    (
        "Ethiopia confirms Marburg virus outbreak in Jinka",
        "Ethiopia's health ministry has confirmed an outbreak of Marburg virus disease in "
        "the southern town of Jinka, with nine cases identified so far. The WHO says it is "
        "sending experts and supplies to help trace contacts and isolate patients. There is "
        "no approved vaccine or treatment.",
        "health",
    ),
    (
        "Foshan battles chikungunya outbreak with drones and mosquito-eating fish",
        "Authorities in the southern Chinese city of Foshan have deployed drones to spot "
        "stagnant water and released mosquito-eating fish into lakes as they battle an "
        "outbreak of chikungunya that has infected more than 7,000 people. Residents who "
        "fail to empty standing water face fines.",
        "health",
    ),
    (
        "Dengue deaths in Bangladesh pass 300 as hospitals fill up",
        "Bangladesh has recorded more than 300 dengue deaths this year, the Directorate "
        "General of Health Services says, and hospitals in Dhaka are running out of beds. "
        "More than 70,000 people have been admitted with the disease since January. Doctors "
        "say the season is lasting longer than usual because of late monsoon rains.",
        "health",
    ),
    (
        "H7 bird flu detected at third egg farm in Victoria",
        "Agriculture Victoria has confirmed H7 avian influenza at a third poultry farm near "
        "Euroa, and about 500,000 birds will be culled. Authorities say the risk to the "
        "public is low and egg supplies remain stable. Movement controls are in place around "
        "the affected properties.",
        "health",
    ),
]
