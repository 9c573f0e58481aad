"""dev111 positives, part b: violence against refugees in host countries, strikes on the road."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Greek police fire tear gas as migrants try to force border fence with Turkey",
        "Greek riot police fired tear gas and stun grenades on Sunday at hundreds of migrants trying "
        "to break through the border fence at Kastanies, while Turkish police on the other side "
        "fired tear gas back towards the Greek forces, AFP journalists saw. Young men on the Turkish "
        "side threw stones and pulled at the fence with ropes, and thick smoke drifted across the "
        "fields on both banks of the Evros river. Several thousand people have gathered at the land "
        "border since Turkey said on Thursday that it would no longer stop migrants trying to reach "
        "Europe. The Greek government said it had prevented nearly 10,000 attempts to cross "
        "illegally in 24 hours and arrested 73 people who made it through, most of them Afghans, "
        "Pakistanis and Syrians. Athens announced it would suspend new asylum applications for a "
        "month, calling the situation a threat to national security. Turkey said Greek forces had "
        "shot dead a migrant, which the Greek government spokesman dismissed as fake news. On the "
        "island of Lesbos, residents blocked a dinghy carrying families from landing and attacked "
        "journalists near the port of Thermi. The European Union's border agency, Frontex, said it "
        "would send extra officers and equipment to Greece.",
        "U",
        "border confrontation",
    ),
    (
        "Police van set alight outside Knowsley hotel housing asylum seekers",
        "A police van was set on fire and fireworks were thrown at officers during a protest "
        "outside a hotel housing asylum seekers in Knowsley, Merseyside, on Friday evening. "
        "Merseyside Police said 15 people had been arrested on suspicion of violent disorder, "
        "among them a 13-year-old boy. Around 150 people had gathered outside the hotel in Kirkby "
        "after a video circulated on social media that claimed to show a man living there "
        "approaching a teenage girl. A counter-demonstration of about 50 people was held nearby. "
        "Footage showed people in balaclavas hurling objects at a line of officers in riot gear and "
        "a van burning in the road. One officer suffered a minor head injury. An assistant chief "
        "constable said officers had been attacked by a minority intent on causing violence, and "
        "that the scenes were disgraceful. The force said it had arrested a man over the "
        "allegation in the video and that he had been released on bail. Refugee groups said "
        "residents of the hotel, most of them single men waiting for decisions on their asylum "
        "claims, had been too frightened to leave their rooms. The Home Office said it would not "
        "tolerate violence and intimidation and was working closely with the police.",
        "U",
        "riot",
    ),
    (
        "Rioters attack Rotherham hotel housing asylum seekers as disorder spreads",
        "Rioters smashed windows and set fire to bins at a hotel housing more than 200 asylum "
        "seekers near Rotherham on Sunday, as violent disorder spread to more towns in England "
        "after the Southport stabbings. Hundreds of people, some masked, threw bricks, planks and "
        "fire extinguishers at police outside the hotel at Manvers, and a group forced its way into "
        "the building while staff and residents barricaded themselves in upstairs rooms. South "
        "Yorkshire Police said at least ten officers were injured, one of them knocked unconscious. "
        "No residents were reported hurt. The prime minister called it far-right thuggery and said "
        "those involved would face the full force of the law. Some rioters chanted anti-Muslim "
        "slogans, and false claims about the identity of the Southport attacker had spread online "
        "in the preceding days. In Tamworth, Staffordshire, riot police dispersed a crowd outside "
        "another hotel used by asylum seekers later on Sunday, after a fire was started in a bin "
        "against the building. More than 150 people have been arrested across the country since the "
        "disorder began on Tuesday, police chiefs said. Refugee charities asked the Home Office to "
        "move residents of the targeted hotels to safer accommodation.",
        "U V",
        "riot",
    ),
    (
        "Turkey detains hundreds after mobs attack Syrian homes and shops",
        "Turkish police detained 474 people after crowds attacked Syrian-owned shops, cars and homes "
        "in several cities overnight, the interior minister said on Tuesday. The violence began on "
        "Sunday night in the central city of Kayseri after reports that a Syrian man had sexually "
        "abused a child relative, and spread on Monday to Hatay, Gaziantep, Bursa and an Istanbul "
        "district. Videos showed men smashing shop windows with sticks and setting fire to a car, "
        "and a group throwing stones at a building where Syrian families lived. A Syrian teenager "
        "was stabbed to death in Antalya, his family said, though police have not linked the killing "
        "to the unrest. Across the border in northern Syria, protesters angry at the attacks tore "
        "down Turkish flags and clashed with Turkish troops, and at least four people were killed "
        "in exchanges of fire in Afrin, a war monitor said. Turkey closed its border crossings into "
        "opposition-held Syria for two days. President Recep Tayyip Erdoğan blamed the opposition "
        "for what he called poisonous rhetoric against refugees. Türkiye hosts about 3.2 million "
        "Syrians, the largest refugee population in the world, and pressure for them to go home "
        "has grown during a long cost-of-living crisis.",
        "U V",
        "anti-refugee riots",
    ),
    (
        "Syrians beaten in Beirut suburbs after killing of Lebanese Forces official",
        "Groups of young men attacked Syrian workers and refugees in Bourj Hammoud, Jdeideh and other "
        "areas north of Beirut on Monday night, hours after the army said a Lebanese Forces party "
        "official had been killed by a Syrian gang. Videos shared on social media showed men on "
        "motorbikes chasing Syrians down a street, and a man lying on the pavement being kicked as "
        "bystanders shouted. Several shops owned or run by Syrians were smashed. The Internal "
        "Security Forces said it had sent patrols into the area and arrested a number of people "
        "who attacked Syrian nationals. The army said Pascal Sleiman, the party's coordinator in "
        "Byblos, had been abducted on Sunday during an attempt to steal his car and his body taken "
        "across the border into Syria, and that most of the suspects were Syrian. Some "
        "municipalities announced curfews for Syrians, and others told them to leave rented homes "
        "within days. The UN refugee agency said it was alarmed by what it called collective "
        "punishment and called for calm. Lebanon hosts about 1.5 million Syrians, according to "
        "government estimates, and politicians across the spectrum have been calling for their "
        "return.",
        "U V",
        "mob attacks on refugees",
    ),
    (
        "Israeli strike cuts main Lebanon-Syria road as thousands flee across border",
        "An Israeli air strike on Friday cut the main road between Lebanon and Syria near the "
        "Masnaa border crossing, forcing people fleeing Israeli bombardment to abandon their cars "
        "and carry their belongings across on foot. The strike left two large craters in the road, "
        "Lebanon's transport minister said. The Israeli military said it had hit a tunnel used by "
        "Hezbollah to move weapons from Syria. More than 300,000 people, most of them Syrians who "
        "had lived in Lebanon as refugees, have crossed into Syria since Israel stepped up its air "
        "campaign against Hezbollah last week, according to the UN refugee agency. 'We ran from the "
        "war in Syria to Lebanon, and now we are running from the war in Lebanon back to Syria,' "
        "said Ahmad, a construction worker from Idlib who crossed with his wife and four children. "
        "Lebanese authorities said more than 2,000 people had been killed in Lebanon since October "
        "last year, most of them in the past two weeks. Aid agencies on the Syrian side said "
        "families were arriving with almost nothing, and that Syrian men crossing were still "
        "required to change $100 at the official rate. The UN said the damage to the road would "
        "make it harder to bring relief supplies into Lebanon.",
        "E M D H",
        "air strike on escape route",
    ),
    (
        "Alawite families flee Syria's coast for northern Lebanon after killings",
        "Thousands of Alawite Syrians have crossed into northern Lebanon since Friday, fleeing "
        "killings on Syria's Mediterranean coast, Lebanese officials and aid workers said on "
        "Tuesday. Families waded across the Nahr al-Kabir river, which marks the border, and took "
        "shelter in villages of Akkar, where many Lebanese Alawites live, some of them in mosques "
        "and community halls. 'Gunmen came to our street and asked each man if he was Alawite, and "
        "then they shot him,' said a woman from a village near Baniyas, who arrived with her three "
        "daughters and asked that her name not be used. A British-based war monitor said more than "
        "1,000 civilians, most of them Alawites, had been killed since Thursday, when an insurgent "
        "attack by loyalists of the ousted president Bashar al-Assad was met by a huge deployment "
        "of government forces and allied fighters. Syria's interim president promised to punish "
        "anyone who harmed civilians and set up a committee to investigate. The Lebanese Red Cross "
        "said it had registered more than 7,000 arrivals in Akkar and that most had only the "
        "clothes they wore. Local officials said schools in the area could take in no more people "
        "and appealed for mattresses, food and baby milk.",
        "V D H",
        "sectarian killings and flight",
    ),
    (
        "Air strike on Libyan migrant detention centre kills dozens",
        "An air strike hit a detention centre for migrants in Tajoura, east of the Libyan capital "
        "Tripoli, late on Tuesday, killing at least 44 people and wounding more than 130, the UN "
        "said, in one of the deadliest attacks since forces loyal to the eastern commander Khalifa "
        "Haftar began an offensive on the capital in April. Most of the dead were from Sudan, "
        "Eritrea, Somalia and other African countries and had been intercepted at sea and brought "
        "back to Libya. Survivors said the strike hit a hangar holding about 120 men. 'We were "
        "sleeping, and then the roof fell,' a Sudanese man told Al Jazeera from a hospital bed. The "
        "UN-recognised Government of National Accord blamed Haftar's self-styled Libyan National "
        "Army, which said it had targeted a militia weapons store nearby. The UN refugee agency and "
        "the International Organization for Migration had warned that detention centres near the "
        "front lines were in danger and had asked for the people held in them to be released. The "
        "same centre had been hit by a shell in May. The UN envoy for Libya said the attack could "
        "amount to a war crime. About 3,000 more people are held in other centres close to the "
        "fighting, according to the UN.",
        "E V",
        "air strike on detention centre",
    ),
    (
        "Migrants chased from homes in Sfax after Tunisian man's killing, many left at Libyan border",
        "Hundreds of migrants from sub-Saharan Africa were chased from their homes in the Tunisian "
        "port city of Sfax this week after a Tunisian man was stabbed to death in a fight with "
        "migrants, according to witnesses and rights groups. Videos seen by InfoMigrants showed "
        "groups of residents armed with sticks and knives gathering outside apartment buildings at "
        "night and shouting for the migrants to leave, and people with head wounds sitting on the "
        "pavement. Several migrants said landlords had thrown their belongings into the street and "
        "that their phones and money had been taken. Police arrested three Cameroonians over the "
        "killing, and later rounded up hundreds of migrants in the city. Human Rights Watch and the "
        "Tunisian Forum for Economic and Social Rights said many of those detained, including "
        "pregnant women and children, had been driven by bus to a militarised zone on the Libyan "
        "border near Ras Jedir and left there without water. 'We have been sleeping on the sand "
        "for three days, and the soldiers do not let us move,' a Guinean man told InfoMigrants by "
        "phone. President Kais Saied said migrants were receiving humane treatment and accused "
        "foreign powers of running a campaign against Tunisia. Sfax is the main departure point "
        "for boats heading to the Italian island of Lampedusa.",
        "U V D",
        "mob attacks on migrants",
    ),
    (
        "Students storm Rohingya shelter in Aceh and force refugees onto trucks",
        "Hundreds of university students stormed a convention centre in Banda Aceh where Rohingya "
        "refugees were sheltering on Wednesday, kicking their belongings and forcing them onto "
        "trucks to be taken to the local immigration office. Video showed the refugees, many of "
        "them women and children, crying and crouching on the floor as students in green jackets "
        "shouted at them to get out and pushed through a line of police. Some students threw "
        "plastic water bottles at the refugees, according to an AP photographer at the scene. "
        "Police said no one was injured and that the 137 refugees were later moved to another "
        "government building. More than 1,500 Rohingya have landed in Aceh since November, the "
        "largest number since 2015, many of them after weeks at sea in wooden boats from the camps "
        "of Cox's Bazar in Bangladesh. Local anger has grown over the arrivals, fed in part by a "
        "wave of hostile posts on social media, and some fishing communities have pushed boats "
        "back to sea. The UN refugee agency said it was deeply disturbed by the attack on a site "
        "sheltering vulnerable families and urged the authorities to protect everyone. Indonesia "
        "is not a party to the 1951 Refugee Convention but has in the past allowed Rohingya to land "
        "on humanitarian grounds.",
        "U",
        "mob attack on refugee shelter",
    ),
]
