"""dev163 positives (3 of 3): IOM, a defence ministry, Nigeria's Defence Headquarters, J&K
Police, OHCHR, NRC, WHO, an interior ministry, Mexico's Security Cabinet and a travel
advisory (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Gang violence forces more than 10,000 people from their homes in "
        "Port-au-Prince in one week – IOM",
        "PORT-AU-PRINCE – More than 10,000 people have been forced to flee their homes "
        "in the past week as armed gangs launched a series of attacks on the Solino, "
        "Nazon and Delmas 30 neighbourhoods of Port-au-Prince, according to the latest "
        "data from the International Organization for Migration (IOM). Residents told "
        "IOM teams that gunmen went from house to house, killing people and setting "
        "homes on fire, and that many families fled at night with nothing but the "
        "clothes they were wearing. Most of the newly displaced have moved to 15 "
        "spontaneous sites, including schools, churches and public buildings, while "
        "others have found shelter with relatives in other parts of the capital. "
        '"Every new wave of violence pushes people who have already been displaced '
        "two or three times to move again,\" said IOM's Chief of Mission in Haiti. The "
        "number of internally displaced people in Haiti has now passed one million, "
        "three times higher than a year earlier. Women and girls make up more than "
        "half of the displaced, and many sites lack lighting, separate latrines and "
        "locks, exposing them to a heightened risk of sexual violence. Fighting has "
        "also cut the main road to the south of the country, forcing IOM to use "
        "helicopters to transport staff and relief items. In Solino, IOM teams could "
        "not reach some families for several days because of sniper fire along the "
        "main roads. IOM is providing drinking water, hygiene kits and mental health "
        "support at the sites, and its mobile clinics have treated dozens of people "
        "for gunshot wounds and trauma. The organization appeals for urgent funding, "
        "as its response plan for Haiti is less than a fifth funded.",
        "V D H",
        "gang attacks",
    ),
    (
        "Information of the Ministry of Defence of Armenia on the situation at the "
        "Armenian-Azerbaijani border",
        "On 13 September, at 00:05, the armed forces of Azerbaijan launched intensive "
        "shelling, using artillery, large-calibre firearms and attack drones, against "
        "Armenian military positions in the direction of Goris, Sotk and Jermuk. The "
        "enemy is also targeting military and civilian infrastructure, including "
        "residential areas of Jermuk and the village of Sotk. Units of the Armed "
        "Forces of Armenia are taking proportionate retaliatory actions. As of 03:00, "
        "the enemy has attempted to advance in several sectors, and fierce fighting "
        "continues. According to preliminary data, there are casualties among the "
        "servicemen of the Armenian side; their number is being clarified. The "
        "Ministry of Defence calls on the media to rely only on official information "
        "and to refrain from spreading unverified reports. Residents of Jermuk and the "
        "border villages are being evacuated to safer areas with the support of the "
        "Ministry of Emergency Situations. The Ministry of Defence will provide "
        "further information.",
        "E B D",
        "border clashes",
    ),
    (
        "Troops neutralise 37 terrorists, rescue 58 kidnapped victims in one week, "
        "says Defence Headquarters",
        "ABUJA – The Defence Headquarters says troops of Operation Hadin Kai in the "
        "North East have neutralised 37 terrorists, arrested 21 suspected "
        "collaborators and rescued 58 kidnapped hostages in various operations in the "
        "past week. The Director of Defence Media Operations, Major General Tukur "
        "Adamu, disclosed this at the bi-weekly briefing on the operations of the "
        "Armed Forces of Nigeria in Abuja on Thursday. He said the troops, supported "
        "by the air component, cleared several terrorists' enclaves in the Timbuktu "
        "Triangle and Sambisa Forest in Borno State, during which they engaged the "
        "terrorists in fierce gun battles. According to him, the troops recovered 44 "
        "assorted weapons, 1,870 rounds of ammunition, motorcycles and food items "
        "meant for the terrorists. In the North West, troops of Operation Hadarin Daji "
        "repelled an attack by bandits on a community in Zamfara State and rescued 19 "
        "women and children who had been abducted from their homes. The Director said "
        "the military remains committed to denying the terrorists freedom of action, "
        "and urged citizens to continue to provide timely information to the troops. "
        "He also disclosed that 312 members of the Boko Haram and ISWAP groups and "
        "their families surrendered to troops during the period under review.",
        "M B V",
        "military operations",
    ),
    (
        "Two terrorists killed in encounter with security forces in Kulgam: J&K Police",
        "SRINAGAR, 10 November 2018: Two terrorists were killed in an encounter with "
        "security forces in the Redwani area of Kulgam district on Saturday, Kashmir "
        "Zone Police said. Acting on specific input about the presence of terrorists "
        "in the village, a joint cordon and search operation was launched by the Jammu "
        "and Kashmir Police, the Army's 1 Rashtriya Rifles and the CRPF late on Friday "
        "night. As the search party approached the suspected spot, the hiding "
        "terrorists fired indiscriminately, which was retaliated, leading to an "
        "encounter. Two soldiers sustained injuries in the exchange of fire and were "
        "shifted to the Army's 92 Base Hospital in Srinagar, where their condition is "
        "stated to be stable. The bodies of the killed terrorists have been retrieved "
        "from the site of the encounter, and their identification is being "
        "ascertained. Incriminating materials, including arms and ammunition, were "
        "recovered from the site. Mobile internet services have been suspended in the "
        "district as a precautionary measure. The operation is still going on, police "
        "said, and people have been requested to stay away from the encounter site.",
        "B M",
        "encounter",
    ),
    (
        "Iran: Press briefing notes of the Spokesperson for the UN High Commissioner "
        "for Human Rights on the protests",
        "We are deeply concerned by the continued violent response of the security "
        "forces in Iran to the protests that erupted after the death in custody of a "
        "young woman arrested by the so-called morality police. Over the past two "
        "weeks, protests have spread to dozens of cities across the country, and we "
        "have received reports that security forces have fired live ammunition, "
        "birdshot and tear gas at demonstrators. According to non-governmental "
        "organisations, at least 41 people have been killed, including children, and "
        "hundreds have been injured; the real figures may be higher. Hundreds of "
        "people, among them human rights defenders, lawyers, students and journalists, "
        "have reportedly been arrested. In the province of Sistan and Baluchestan, we "
        "are particularly alarmed by reports that security forces opened fire on "
        "worshippers and protesters after Friday prayers in Zahedan, killing dozens. "
        "We have not been able to verify these reports independently because of "
        "restrictions on access and internet shutdowns. We call on the authorities to "
        "fully respect the rights to freedom of expression, peaceful assembly and "
        "association, and to refrain from using force against peaceful protesters. All "
        "those detained for peacefully exercising their rights must be released "
        "immediately.",
        "U V",
        "crackdown",
    ),
    (
        "Myanmar: Airstrikes and fighting force tens of thousands to flee in Sagaing "
        "and Magway – NRC",
        "Escalating airstrikes and ground fighting in north-western Myanmar have "
        "forced more than 38,000 people to flee their homes over the past month, the "
        "Norwegian Refugee Council (NRC) warned today. Families from Pale, Yinmabin "
        "and Gangaw townships describe military aircraft bombing villages at night and "
        "soldiers burning houses as troops advance. Many have fled into the forest or "
        "to monasteries in neighbouring townships, where they sleep on the ground "
        "under plastic sheets as the monsoon rains begin. Several villages in Pale "
        "township have been burned to the ground, and residents say they have no homes "
        "to return to. Landmines have been laid along footpaths and near fields, "
        "making it dangerous for farmers to go back to plant their crops. In one "
        "monastery in Gangaw, more than 1,500 people share four latrines and a single "
        'well. "People have run from one village to the next, three or four times, '
        "and every time they lose more,\" said NRC's Country Director for Myanmar. NRC "
        "teams and local partners have distributed emergency cash, tarpaulins and "
        "hygiene kits to around 6,000 people, but insecurity and restrictions on "
        "travel and on the transport of supplies prevent aid from reaching many "
        "others. The price of rice in the affected areas has doubled since January, "
        "and families report that they are skipping meals. NRC urges all parties to "
        "the conflict to spare civilians and to allow unhindered humanitarian access, "
        "and calls on donors to increase support for local organisations, which are "
        "often the only ones able to reach the displaced.",
        "E V D H",
        "airstrikes and displacement",
    ),
    (
        "WHO statement on the raid on Kamal Adwan Hospital in northern Gaza",
        "WHO is appalled by the raid by Israeli forces on Kamal Adwan Hospital in "
        "northern Gaza this morning, which has put the last major health facility in "
        "the area out of service. Early reports indicate that some key departments "
        "were severely burned and destroyed during the raid, and that patients and "
        "health workers were forced to leave the hospital. Around 60 health workers "
        "and 25 patients in critical condition, including some on ventilators, are "
        "reportedly still inside. Those moved to the Indonesian Hospital, which is "
        "itself non-functional and without supplies, face grave risks. WHO has lost "
        "contact with the hospital's director, who was reportedly detained. Over the "
        "past 80 days, WHO and partners have been repeatedly denied or impeded in "
        "their attempts to deliver fuel, food and medical supplies to the hospitals of "
        "North Gaza. This dismantling of the health system is a death sentence for "
        "tens of thousands of Palestinians in need of care. WHO calls for an immediate "
        "ceasefire, for the protection of health workers and patients, and for the "
        "release of detained health workers.",
        "M H V",
        "hospital raid",
    ),
    (
        "Federal Ministry of the Interior: Knife attack in Linz being investigated as "
        "Islamist terrorist act",
        "VIENNA – The Federal Minister of the Interior said on Sunday that the knife "
        "attack in the centre of Linz on Saturday evening, in which a 19-year-old man "
        "was killed and four other people were injured, two of them seriously, is "
        "being investigated as an Islamist terrorist act. The suspect, a 23-year-old "
        "man, was overpowered by passers-by and arrested by officers of the Linz city "
        "police within minutes. During a search of his flat, investigators found an "
        "Islamic State flag and material indicating that he had been radicalised "
        "online within a short period. In a video found on his phone, the suspect "
        "pledged allegiance to the terrorist organisation. The Directorate for State "
        "Protection and Intelligence (DSN) has taken over the investigation and is "
        "examining whether he had contacts with other people in Austria or abroad. "
        '"This was a cowardly attack on our open society, and it will be met with the '
        'full force of the rule of law," the Minister said. Police presence at '
        "Christmas markets and other public events across the country has been stepped "
        "up as a precaution. The victim, an apprentice from Linz, died at the scene "
        "despite attempts by passers-by and paramedics to resuscitate him. The "
        "Minister said that the suspect had not been known to the security authorities "
        "as an extremist, and that he held a valid residence permit. The Federal "
        "Chancellor announced that the Government would present proposals next week to "
        "tighten the monitoring of messaging services used by extremists. The Ministry "
        "thanks the citizens who intervened with great courage and the emergency "
        "services for their rapid response.",
        "T V",
        "terrorist attack",
    ),
    (
        "Security Cabinet reports on aggression against federal forces in Culiacán, Sinaloa",
        "The Security Cabinet of the Government of Mexico reports that on Thursday "
        "afternoon, personnel of the Secretariat of National Defence and the National "
        "Guard carrying out patrols in the Tepuche area, in the municipality of "
        "Culiacán, were attacked by armed civilians travelling in several vehicles. In "
        "response to the aggression, the personnel repelled the attack, resulting in "
        "five aggressors killed and two arrested. Two members of the National Guard "
        "were wounded and received medical attention. At the scene, 12 long guns, two "
        ".50-calibre rifles, a grenade launcher, more than 3,000 cartridges and three "
        "vehicles with homemade armour were seized. Since 9 September, confrontations "
        "between factions of the criminal group operating in Sinaloa have left "
        "hundreds dead and forced families in rural communities to leave their homes. "
        "An additional 600 elements of the Army's special forces arrived in Culiacán "
        "this week to reinforce security operations in the state. The Security Cabinet "
        "reiterates that it will continue to act with full respect for human rights to "
        "restore peace and tranquillity to the population of Sinaloa.",
        "B M D",
        "cartel clashes",
    ),
    (
        "Travel advice for Thailand and Cambodia updated after armed clashes along the border",
        "We've updated our travel advice for Thailand and Cambodia following armed "
        "clashes between the two countries' military forces along their shared border. "
        "Since 24 July, there has been fighting, including the use of artillery, "
        "rockets and airstrikes, in several areas along the border, and civilians have "
        "been killed and injured on both sides. Thai authorities have evacuated more "
        "than 100,000 residents from border districts in Surin, Si Sa Ket, Buri Ram "
        "and Ubon Ratchathani provinces, and Cambodian authorities have moved tens of "
        "thousands of people away from Oddar Meanchey and Preah Vihear provinces. We "
        "now advise Do not travel to within 50km of the Thailand-Cambodia border in "
        "these provinces. Several land border crossings are closed and may remain "
        "closed at short notice. Our overall levels of advice for Thailand and "
        "Cambodia have not changed: exercise a high degree of caution. If you're in "
        "the border areas, leave if it's safe to do so, follow the advice of local "
        "authorities and monitor the media. Subscribe to our travel advice to receive "
        "updates.",
        "B E D",
        "border clashes",
    ),
]
