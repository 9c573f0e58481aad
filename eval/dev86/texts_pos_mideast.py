"""eval/dev86: Positives set in the Middle East.

(title, text, tag codes, kind); the comment above each item names the sentence (s1 = the
first sentence of the text) that reports the current violent event.
"""

POSITIVES = [
    # current: s5: Hezbollah's rockets on the day, a barrage on Haifa wounding 10 (s6 Gaza rockets, s7 Israeli strikes overnight and fighting in Jabalia)
    (
        "Israel marks a year since October 7 with silence, ceremonies and sirens",
        "JERUSALEM (AP) - Israelis stood in silence on Monday at 6:29 in the "
        "morning, the minute a year earlier when Hamas-led militants began firing "
        "rockets and crossing the border from Gaza in the deadliest attack in the "
        "country's history. At the Nova music festival site near Re'im, families of "
        "the 364 people killed there lit candles and read names, while in Tel Aviv "
        "relatives of the hostages still held in Gaza gathered in the square that "
        "has become their protest camp. A state ceremony was recorded without an "
        "audience, and a separate commemoration organised by bereaved families was "
        "held in a park in Tel Aviv. The day was interrupted by the war. Hezbollah "
        "fired about 130 rockets into northern Israel, the military said, including "
        "a barrage on Haifa in the morning that wounded 10 people and damaged homes "
        "and a restaurant. Hamas fighters fired four rockets from Gaza towards the "
        "centre of the country, most of them intercepted. The Israeli military said "
        "its jets struck more than 120 targets in southern Lebanon and Beirut's "
        "southern suburbs overnight, and that troops were fighting in the Jabalia "
        "area of northern Gaza. Prime Minister Benjamin Netanyahu said the country "
        'would "change the security reality" in the region. The attack a year ago '
        "killed about 1,200 people, and 251 were taken hostage.",
        "E M B",
        "rocket fire and air strikes",
    ),
    # current: s6: Tuesday's Israeli drone strike on a bulldozer clearing rubble at Ramyeh, two killed
    (
        "Returning to south Lebanon, villagers find rubble, and the drones still overhead",
        "AITA AL-SHAAB, Lebanon - Ali Srour came back to his village four months "
        "after the ceasefire between Israel and Hezbollah, to a house that no longer "
        "exists. Like most of Aita al-Shaab, it was flattened during last year's "
        "war, which Lebanon's government says killed more than 4,000 people and "
        "drove over a million from their homes. Families have put up tents on their "
        "land, and a few shops have reopened along the main road. The World Bank "
        "estimates that reconstruction across Lebanon will cost $11 billion, and no "
        "money has arrived yet. But the war has not fully stopped here. On Tuesday, "
        "an Israeli drone struck a bulldozer clearing rubble on the edge of the "
        "neighbouring village of Ramyeh, killing its operator and another man, "
        "Lebanon's health ministry said. The Israeli military said the two were "
        "Hezbollah members trying to rebuild militant infrastructure. Lebanon's "
        'president condemned the strike as a violation of the truce. "We are told '
        'the war is over, but the sky is not over," said Srour, standing beside a '
        "pile of broken concrete. He said he would stay anyway.",
        "E",
        "drone strike",
    ),
    # current: s5: security forces still fighting gunmen loyal to the former government east of Latakia on Monday (s6 shooting through the night, families sheltering at Hmeimim)
    (
        "Donors pledge 5.8 billion euros for Syria's recovery as violence on the "
        "coast tests new rulers",
        "BRUSSELS, March 17 (Reuters) - International donors pledged 5.8 billion "
        "euros in grants and loans for Syria on Monday at the first conference in "
        "Brussels attended by a Syrian government since the uprising of 2011, a sign "
        "of how quickly attitudes have changed since the fall of Bashar al-Assad in "
        "December. The European Union, the largest donor, said the money would pay "
        "for food, shelter and health care inside Syria and for refugees in "
        "neighbouring countries, and that some of it would go towards rebuilding "
        "water and power networks. Foreign Minister Asaad al-Shaibani told delegates "
        "that sanctions were the main obstacle to recovery. The meeting was "
        "overshadowed by events on the coast. Security forces were still fighting "
        "gunmen loyal to the former government in the mountains east of Latakia on "
        "Monday, the defence ministry said, a week after an insurgent ambush set off "
        "days of violence in which monitors say more than 1,000 civilians, most of "
        "them Alawites, were killed. Residents of Jableh said shooting could be "
        "heard through the night and that families were still sheltering at the "
        "Russian air base at Hmeimim. The EU's foreign policy chief said those "
        "responsible for the killings of civilians must be held to account. Syria's "
        "interim president has appointed a committee to investigate. For the donors, "
        "the violence sharpened an old dilemma. Several European governments want to "
        "encourage the return of the roughly six million Syrians who live abroad as "
        "refugees, but aid officials warned that few would go back to a country "
        "where power cuts last 20 hours a day and security cannot be guaranteed. The "
        "UN refugee agency said about 300,000 had returned since December.",
        "B D",
        "clashes with insurgents",
    ),
    # current: s5: masked settlers setting fire to houses and cars in Sinjil on Monday evening (s6 troops firing tear gas at villagers)
    (
        "Britain sanctions settler outposts and organisations over violence in the "
        "occupied West Bank",
        "LONDON (Reuters) - Britain imposed sanctions on Tuesday on three illegal "
        "settler outposts and two organisations it accused of supporting violence "
        "against Palestinians in the occupied West Bank, freezing their assets and "
        "banning them from travelling to the UK. The Foreign Office said the targets "
        "had been involved in attacks on Palestinian herding communities that were "
        "forced off their land over the past two years, and that one organisation "
        "had raised funds for settlers charged with violence. Israel's finance "
        'minister, himself a settler, called the move "absurd". The sanctions came a '
        "day after one of the worst attacks by settlers this year. Dozens of masked "
        "settlers entered the village of Sinjil north of Ramallah on Monday evening, "
        "setting fire to four houses and several cars and throwing stones at "
        "residents, the Palestinian Red Crescent said, adding that its teams treated "
        "12 people, one of them for a gunshot wound. Israeli troops arrived and "
        "fired tear gas at villagers who tried to push the settlers back, residents "
        "said. The Israeli military said it was looking into the incident. The UN "
        "humanitarian office says settler attacks causing casualties or damage have "
        "reached their highest level since it began recording them in 2006.",
        "V",
        "settler attack",
    ),
    # current: s6: Thursday's Israeli strike on a school sheltering displaced families in Tuffah, 16 killed (s8 the 31 wounded MSF received that night)
    (
        "In Gaza, psychologists say children have no 'post' in which to treat trauma",
        "DEIR AL-BALAH, Gaza Strip - In a tent that serves as a counselling room, a "
        "psychologist with Médecins Sans Frontières asks a group of eight-year-olds "
        "to draw their homes. Most draw rubble; one draws a drone. Aid groups "
        "estimate that nearly all of Gaza's one million children need mental health "
        "support, but the usual tools of trauma care assume that the danger has "
        'passed. "Post-traumatic stress is a term for after," said Audrey McMahon, '
        "who leads the charity's mental health programme in the territory. \"Here the "
        'trauma is still happening every night." On Thursday, an Israeli strike hit '
        "a school in the Tuffah neighbourhood of Gaza City where displaced families "
        "were sheltering, killing at least 16 people, including children, according "
        "to the civil defence agency. The Israeli military said it had targeted a "
        "Hamas command centre inside the building. MSF says its teams in Deir "
        "al-Balah received 31 wounded from strikes across central Gaza the same "
        "night, and that its staff, many of them displaced themselves, are "
        "exhausted. Counselling sessions are often cut short when sirens or "
        "explosions send families back to their tents. The organisation has called "
        "for a ceasefire and for the entry of more medical supplies, which it says "
        "have been blocked for weeks.",
        "E V D H",
        "air strike on a school shelter",
    ),
    # current: s6: Wednesday's Houthi missile strike on a bulk carrier southwest of Hodeidah (s7 the crew evacuated)
    (
        "Analysis: Red Sea detours have become the new normal for shipping, and the "
        "bill is still rising",
        "LONDON (Reuters) - Two years after Yemen's Houthis began attacking merchant "
        "vessels in the Red Sea, most container lines have stopped asking when they "
        "will return to the Suez Canal and started planning around its absence. "
        "Routing ships around the Cape of Good Hope adds 10 to 14 days to a voyage "
        "between Asia and northern Europe, and analysts at one consultancy estimate "
        "the detours have absorbed about 8% of global container capacity. Egypt says "
        "canal revenue has fallen by more than half. Insurers, meanwhile, have "
        "turned the risk into a steady business: war-risk premiums for a Red Sea "
        "transit are now several times what they were before November 2023. The "
        "threat is not theoretical. On Wednesday, a Houthi anti-ship missile struck "
        "a Liberian-flagged bulk carrier about 60 nautical miles southwest of "
        "Hodeidah, starting a fire in its engine room, the British military's "
        "maritime agency said. The crew of 21 were evacuated by a passing vessel, "
        "and the ship was left drifting. The group said it had targeted the vessel "
        "because its owner's other ships had called at Israeli ports. The costs are "
        "spread unevenly. European importers pay more for freight and wait longer "
        "for stock, while ports in Djibouti, Jeddah and Aqaba have lost much of "
        "their transshipment business. Some of the winners are unexpected: bunkering "
        "firms in Mauritius and South Africa report record fuel sales to ships "
        "making the long way round. Shipping executives say that as long as such "
        "attacks continue, no large operator will risk a return, whatever happens in "
        'Gaza. "We will go back when the underwriters go back," said the chief '
        "executive of one Danish carrier.",
        "E",
        "missile attack on a ship",
    ),
    # current: s6: Israeli strikes overnight into Tuesday killing at least 40, including 19 in a tent camp in al-Mawasi
    (
        "Analysis: Why the Gaza ceasefire talks keep stalling on the same two questions",
        "DOHA (Reuters) - For months, mediators from Qatar, Egypt and the United "
        "States have shuttled proposals between Israel and Hamas that differ mainly "
        "in their sequencing: how many hostages are released in each phase, and "
        "whether the first phase commits Israel to ending the war. Diplomats "
        "involved in the talks say the gap on those two questions has barely moved "
        "since the spring. Hamas wants guarantees that a truce will become permanent "
        "and that Israeli troops will leave Gaza; Israel's government says it will "
        "not end the war while Hamas remains in power. Egypt, which shares a border "
        "with Gaza, has pressed for an arrangement on the Rafah crossing that would "
        "let it reopen. Meanwhile the war grinds on. Israeli strikes overnight into "
        "Tuesday killed at least 40 people across Gaza, including 19 in a tent camp "
        "for displaced families in al-Mawasi, according to the civil defence agency "
        "and hospital officials in Khan Younis. The Israeli military said it had "
        "struck senior Hamas operatives hiding among civilians. A Qatari official "
        'said the strikes "do not help" the negotiations, and Hamas said it would '
        "not walk away from the talks.",
        "E V D",
        "air strikes",
    ),
    # current: s5: Thursday's drone strike on a car on the Sinjar-Sinuni road, two fighters killed
    (
        "Yazidis mark ten years since Islamic State's assault on Sinjar",
        "SINJAR, Iraq (AFP) - Thousands of Yazidis gathered in Sinjar on Saturday to "
        "mark ten years since Islamic State fighters swept into the region, killing "
        "and enslaving members of the religious minority in what a UN investigative "
        "team has called genocide. Survivors laid flowers at mass grave sites around "
        "the village of Kocho, where most of the men were shot in August 2014, and "
        "read the names of some of the 2,600 women and children who are still "
        "missing. Around 200,000 Yazidis remain in camps in the Kurdistan region, "
        "many saying that Sinjar is still too unsafe and too damaged to return to. "
        "Those fears were borne out during the week. On Thursday, a drone strike hit "
        "a car on the road between Sinjar and Sinuni, killing two members of a local "
        "armed group affiliated with the Kurdistan Workers' Party (PKK), the group "
        "and a local official said. Turkey, which regularly strikes PKK-linked "
        "targets in northern Iraq, did not comment, but residents said drones had "
        "been seen over the area for days. Iraqi officials condemned the strike as a "
        "breach of sovereignty. Speakers at the ceremony appealed to Baghdad to "
        "rebuild the region and to resolve disputes over who controls it.",
        "E",
        "drone strike",
    ),
    # current: s1: security forces detaining dozens and firing tear gas in Saqqez on Saturday (s4: fire on a crowd in Mahabad, two wounded)
    (
        "Iran detains dozens as Mahsa Amini's home town marks anniversary of her death",
        "DUBAI (Reuters) - Iranian security forces detained dozens of people and "
        "fired tear gas in the Kurdish town of Saqqez on Saturday, rights groups "
        "said, as the country marked a year since the death in custody of Mahsa "
        "Amini, whose funeral in the town set off months of nationwide protests. "
        "Amini's father was briefly detained outside his home in the morning and "
        "warned not to hold a memorial at her grave, the Norway-based Hengaw group "
        "said. Videos shared on social media showed riot police on motorcycles "
        "patrolling the town's main streets and shops shuttered in a strike; in one "
        "clip, shots can be heard as people run into a side street. Hengaw said "
        "security forces fired on a crowd in the nearby town of Mahabad, wounding "
        "two people. Authorities had flooded Kurdish areas with security forces "
        "ahead of the anniversary. The protests that followed Amini's death in "
        "September 2022 were the boldest challenge to the Islamic Republic in years; "
        "rights groups say more than 500 people were killed in the crackdown and "
        'seven protesters were executed. Iran\'s state media said "calm prevailed" '
        "across the country and accused foreign-based Kurdish groups of trying to "
        "stir unrest. The anniversary was also marked by rallies in several European "
        "cities.",
        "U",
        "crackdown on an anniversary",
    ),
]
