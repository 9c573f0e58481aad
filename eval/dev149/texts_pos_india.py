"""dev149 positives (1 of 3): India, from Bastar, Manipur, Jammu and Kashmir, Uttarakhand,
West Bengal, Rajasthan, Ladakh and Assam (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Twelve Maoists, two DRG jawans killed in day-long encounter in south Bijapur",
        "Twelve Maoists were killed in a day-long encounter with security forces in the forests"
        " of south Bijapur in Chhattisgarh on Thursday, the police said, in one of the "
        "deadliest operations in the Bastar region this year. Two jawans of the District "
        "Reserve Guard (DRG) were also killed and four others injured in the exchange of fire, "
        "which began early in the morning near the border with Telangana and continued "
        "intermittently till late afternoon. A joint team of the DRG, the Special Task Force "
        "and the CRPF's CoBRA battalion had set out on Wednesday night following inputs about "
        "the movement of a large group of cadres of the outfit's military wing in the area, "
        "Bastar Inspector-General of Police Sundarraj P. said. Automatic weapons, including an "
        "AK-47 and an INSAS rifle, a barrel grenade launcher and a large quantity of explosives"
        " were recovered from the spot. The injured jawans were airlifted to Raipur and are "
        "said to be out of danger. Search operations were continuing in the area as "
        "reinforcements were rushed in, officials said. With Thursday's encounter, the number "
        "of Maoists killed in the State since January has risen to 97. Chief Minister Vishnu "
        'Deo Sai lauded the "courage of our jawans" and said the government was committed to '
        "ending Left-wing extremism within the deadline set by the Centre.",
        "B M",
        "encounter",
    ),
    (
        "Manipur: Three killed, houses torched as armed miscreants attack village in Bishnupur "
        "foothills",
        "Three men were killed and at least 15 houses set ablaze after armed miscreants "
        "attacked a village in Manipur's Bishnupur district in the early hours of Saturday, "
        "triggering a fresh exodus from the foothills bordering Churachandpur. According to the"
        " police, the attackers opened fire on Leimaram Khunou village around 2 am and set fire"
        " to houses as residents fled towards the valley. Two of the victims, a father and his "
        "son, were shot dead while they were guarding the village, officials said, and the body"
        " of the third was found in a paddy field later in the morning. Security forces, "
        "including the Assam Rifles and State commandos, rushed to the area and exchanged fire "
        'with the attackers for nearly two hours. "We ran with whatever we could carry. Our '
        'house is gone," said Thoibi Devi, 46, who reached a relief camp at Moirang with her '
        "three children. Officials said more than 200 people from the area have taken shelter "
        "in relief camps since Saturday. Curfew has been reimposed in Bishnupur and mobile "
        "internet remains suspended across the valley districts. Meitei civil society groups "
        "called a 48-hour shutdown in the valley to protest against the attack, and women's "
        "groups blocked roads in Imphal East with burning tyres. Kuki-Zo organisations in "
        'Churachandpur, for their part, accused "valley-based militants" of having fired on '
        "hill villages first, a charge the police said they were verifying. The Chief Minister,"
        " who chaired a security review meeting in Imphal, said additional central forces would"
        " be deployed in the buffer zone. Over 180 people have been killed and around 60,000 "
        "displaced since ethnic violence between the Meitei and Kuki-Zo communities broke out "
        "in May.",
        "B V D",
        "ethnic violence",
    ),
    (
        "Four soldiers killed as terrorists ambush Army vehicles in Poonch; massive search "
        "operation launched",
        "Four Army soldiers were killed and three others injured when terrorists ambushed two "
        "vehicles in the Dera ki Gali area of Jammu and Kashmir's Poonch district on Thursday "
        "afternoon, officials said. The vehicles were carrying troops to the site of a "
        "cordon-and-search operation in the forested belt between Thanamandi and Surankote when"
        " they came under heavy fire from a ridge above the road, a defence spokesperson said. "
        "The terrorists also lobbed grenades before melting into the forest after a brief "
        "gunfight, the spokesperson added. Army reinforcements, along with the J&K Police and "
        "the CRPF, have cordoned off the area, and drones and helicopters have been pressed "
        "into service to track the attackers. The People's Anti-Fascist Front (PAFF), which "
        "security agencies describe as a front of the Jaish-e-Mohammed, claimed responsibility "
        "for the attack in a statement and released photographs said to have been taken at the "
        "spot. Mobile internet was suspended in Poonch and Rajouri as a precaution. This is the"
        " third major attack on the Army in the Pir Panjal region this year, which has seen a "
        "spurt in militancy since 2021. The Northern Army Commander visited the spot on Friday "
        "and reviewed the operation.",
        "B E T",
        "ambush",
    ),
    (
        "Pakistani shelling kills 10 civilians in Poonch; hundreds of families flee border "
        "villages",
        "At least 10 civilians, including two children, were killed and over 40 injured as "
        "Pakistani troops pounded Poonch town and villages along the Line of Control with "
        "artillery and mortar shells through Wednesday night, officials said. The shelling, "
        "which began shortly after midnight, hit residential areas of the town, damaging "
        "houses, shops and a religious place near the main market, they said. Residents said it"
        ' was the heaviest shelling the district had seen in decades. "Shells were falling '
        'every few minutes. We hid in the basement till dawn," said Mohammad Rafiq, a '
        "shopkeeper whose house near the bus stand was damaged. By the afternoon, hundreds of "
        "families from Mendhar, Krishna Ghati and Balakote had left for Jammu and Rajouri in "
        "private vehicles and buses arranged by the administration, while others moved into "
        'community bunkers. The Army said it was "responding appropriately" to the ceasefire '
        "violations, which came hours after Indian strikes on targets in Pakistan and "
        "Pakistan-occupied Kashmir. Schools in Poonch, Rajouri and Kupwara will remain closed "
        "till further orders, the divisional administration said. The seriously injured have "
        "been shifted to the Government Medical College in Jammu, where an emergency has been "
        "declared.",
        "E D",
        "cross-border shelling",
    ),
    (
        "Curfew, shoot-at-sight orders in Haldwani after demolition of madrasa sparks violence;"
        " four dead",
        "Four people were killed and over 100, most of them policemen, injured as violence "
        "broke out in Haldwani's Banbhoolpura area on Thursday evening after a municipal team "
        "demolished a madrasa and an adjoining prayer structure that the administration said "
        "had been built on government land. Officials said a crowd pelted stones at the "
        "demolition team and police personnel, and later set fire to dozens of vehicles and the"
        " Banbhoolpura police station, trapping several personnel inside before they were "
        "rescued. Police fired tear gas shells and later opened fire to disperse the mob, "
        "officials said. The district administration imposed curfew in the area and issued "
        "shoot-at-sight orders against rioters, while internet services were suspended across "
        "the town. Chief Minister Pushkar Singh Dhami held an emergency meeting in Dehradun and"
        ' said "anti-social elements" who attacked the police would not be spared. Additional '
        "companies of central paramilitary forces were rushed to the town overnight. Residents "
        "of the locality alleged that the demolition had been carried out in haste even though "
        "a petition against it was pending in the High Court. Nainital's District Magistrate "
        "said on Friday morning that the situation was tense but under control.",
        "U",
        "riot",
    ),
    (
        "Bombs, booth capture and 15 deaths: Bengal panchayat polls marred by violence",
        "At least 15 people were killed in clashes between supporters of rival parties across "
        "West Bengal as the State voted in the three-tier panchayat elections on Saturday, with"
        " reports of crude bombs being hurled, ballot boxes looted and set on fire, and polling"
        " agents assaulted in several districts. Murshidabad accounted for five deaths, while "
        "others were reported from Cooch Behar, Malda, North 24 Parganas and Nadia, according "
        "to police and party sources. The ruling Trinamool Congress said most of the dead were "
        "its workers, a claim contested by the BJP, the CPI(M) and the Congress, each of which "
        "said its own supporters had been targeted. In Cooch Behar's Dinhata, a ballot box was "
        "thrown into a pond and a polling booth ransacked, while in Bhangar, where clashes have"
        " continued since nominations opened, police fired tear gas to disperse a crowd hurling"
        ' bombs. "Central forces were nowhere to be seen in many booths," Leader of the '
        "Opposition Suvendu Adhikari alleged. The State Election Commission said it had "
        "received reports of violence from several districts and would decide on repolling "
        "after examining them. Governor C.V. Ananda Bose, who toured some of the affected "
        'areas, said he was "deeply pained" by the bloodshed. Counting of votes will take place'
        " on Tuesday.",
        "U E",
        "election violence",
    ),
    (
        "Dairy farmer from Nuh dies after cow vigilantes attack cattle truck in Alwar; three "
        "detained",
        "A 42-year-old dairy farmer from Haryana's Nuh district died in hospital on Monday, two"
        " days after he and four others were stopped and beaten by a group of self-styled cow "
        "protectors on the highway near Behror in Rajasthan's Alwar district, police said. The "
        "men were transporting cows they had bought at a cattle fair in Jaipur when they were "
        "intercepted by a crowd that accused them of smuggling the animals for slaughter, "
        "according to the FIR. The victim, identified as Saleem Qureshi, suffered head injuries"
        " and was shifted to a private hospital, where he succumbed. His companions, including "
        'a 17-year-old, were also injured. "We showed them the receipts from the fair but they '
        'kept hitting us with sticks and belts," one of the injured told reporters from his '
        "hospital bed. Police have detained three men and registered a case of murder against "
        "unidentified persons, Alwar's Superintendent of Police said. Videos of the assault "
        "circulated widely on social media on Sunday. Muslim organisations and Opposition "
        "parties staged protests in Jaipur, while the State Home Minister said the victims had "
        "been transporting cattle without permission and both sides would be investigated.",
        "V U",
        "lynching",
    ),
    (
        "Four killed in police firing as Leh protest for statehood turns violent; BJP office "
        "set on fire",
        "Four people were killed and more than 70 injured, including 30 security personnel, on "
        "Wednesday as a protest demanding statehood and Sixth Schedule safeguards for Ladakh "
        "turned violent in Leh, officials said. Hundreds of young protesters, many of them "
        "students, broke away from a gathering at the NDS ground, pelted stones at police and "
        "set fire to the local BJP office and a police vehicle, according to the Ladakh "
        "administration. Police used tear gas and batons, and later opened fire as the crowd "
        "marched towards the Hill Council secretariat, officials said. Climate activist Sonam "
        "Wangchuk, who had been on a hunger strike for 15 days, called off his fast after the "
        "violence and appealed for calm. The Union Territory administration imposed prohibitory"
        " orders across Leh district and suspended mobile internet. Leh remained shut on "
        "Thursday as security forces patrolled the streets.",
        "U",
        "riot",
    ),
    (
        "ULFA(I) claims drone strikes on its camps in Myanmar, says top commander killed; Army "
        "says it has no inputs",
        "The banned United Liberation Front of Asom (Independent) on Sunday claimed that a "
        "series of drone strikes had hit its mobile headquarters and other camps across the "
        "border in Myanmar's Sagaing region before dawn, killing a senior commander and "
        "injuring at least 19 cadres. In a statement emailed to media houses in Guwahati, the "
        "outfit blamed the Indian Army for the strikes, which it said were carried out with "
        '"more than 100 drones" over two hours. The Army, however, denied any knowledge of an '
        'operation. "The Indian Army has no inputs of any such operation," a Guwahati-based '
        "defence spokesperson said. A faction of the NSCN that shares camps with the ULFA(I) "
        "said two of its own leaders had been killed in the strikes. There was no independent "
        "confirmation of the claims, and Myanmar's military government did not comment.",
        "E",
        "drone strike",
    ),
    (
        "12 injured as terrorists hurl grenade at crowded Sunday market near TRC in Srinagar",
        "At least 12 people, including women, were injured when terrorists hurled a grenade at "
        "the crowded Sunday market near the Tourist Reception Centre (TRC) in Srinagar on "
        "Sunday afternoon, police said. The grenade, apparently aimed at a CRPF bunker on the "
        "road, missed its target and exploded among vendors and shoppers on the busy stretch "
        "between the TRC and Lal Chowk, officials said. The injured, among them a 17-year-old "
        "girl, were shifted to SMHS Hospital, where doctors said the condition of all was "
        "stable. Security forces cordoned off the area and launched a search for the attackers,"
        " who are believed to have fled through the narrow lanes of the old city. The blast "
        "triggered panic in the market, which draws thousands of people from across the Valley "
        'every Sunday for cheap clothes and household goods. "There was a loud bang, then smoke'
        ' and people running everywhere. Some were lying on the road," said Bashir Ahmad, a '
        'vendor from Budgam. Chief Minister Omar Abdullah called the attack "deeply disturbing"'
        " and said there could be no justification for targeting innocent civilians. It came a "
        "day after a Lashkar-e-Taiba commander was killed in an encounter in Srinagar's Khanyar"
        " area.",
        "E T V",
        "grenade attack",
    ),
]
