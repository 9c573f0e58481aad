"""dev163 positives (2 of 3): the Ukrainian General Staff, the Colombian army, a police force,
the African Union, ECOWAS, the EU, an embassy's security alert, two companies and UNICEF
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Operational information of the General Staff of the Armed Forces of Ukraine "
        "as of 08:00 on 14 August 2024",
        "The 903rd day of the full-scale Russian invasion has begun. Over the past "
        "day, 147 combat engagements took place. The enemy launched two missile "
        "strikes and 71 air strikes, using three missiles and 98 guided aerial bombs, "
        "and carried out more than 4,500 shellings, 112 of them from multiple launch "
        "rocket systems. Populated areas in Sumy, Kharkiv, Donetsk and Zaporizhzhia "
        "regions were hit by air strikes, including Vovchansk, Kurakhove and "
        "Huliaipole. In the Pokrovsk direction, the enemy attempted 46 times to "
        "advance near Novohrodivka, Mykolaivka and Hrodivka, and Ukrainian defenders "
        "are taking measures to stabilise the situation. In the Kharkiv direction, the "
        "occupiers stormed Ukrainian positions near Vovchansk four times and were "
        "repelled. In the Kramatorsk direction, the enemy attacked seven times near "
        "Chasiv Yar and Kalynivka; all attacks were repelled. In the Kurakhove "
        "direction, Ukrainian defenders repelled 19 attacks near Krasnohorivka and "
        "Heorhiivka, where fighting continues. In the Vremivka direction, the enemy "
        "carried out two unsuccessful attacks near Vodiane and Makarivka. No signs of "
        "the formation of enemy offensive groups were detected in the Volyn and "
        "Polissia directions. Over the past day, Ukrainian aviation and missile troops "
        "struck an area where enemy personnel were concentrated, an ammunition depot "
        "and an air defence system. The total combat losses of the enemy over the past "
        "day amounted to 1,160 personnel, eight tanks, 21 artillery systems and 39 "
        "unmanned aerial vehicles. The situation in other directions has not changed "
        "significantly.",
        "B E",
        "battle",
    ),
    (
        "The National Army informs of combat with the ELN in the Catatumbo region, "
        "Norte de Santander",
        "The National Army of Colombia informs public opinion that troops of the "
        "Second Division, in the course of military operations in the Catatumbo "
        "region, Norte de Santander, engaged in combat on the morning of 19 January "
        "with a group of the ELN armed group in the rural area of Tibú. As a result of "
        "the combat, one soldier lost his life and three were wounded, who were "
        "evacuated by helicopter to a medical centre in Cúcuta, where they are "
        "receiving care. Since 16 January, the ELN has been attacking the civilian "
        "population and members of the 33rd Front of the FARC dissidents in the area, "
        "leaving dozens of people dead according to the Ombudsman's Office. The Army "
        "has reinforced its presence with 5,000 additional soldiers in the "
        "municipalities of Tibú, Teorama, El Tarra and Ocaña, in coordination with the "
        "National Police, to protect the population. During the operations, the troops "
        "located and seized a camp with long guns, ammunition, communications "
        "equipment and materials for the manufacture of explosive devices. Families in "
        "the villages of Campo Dos and La Gabarra reported that armed men went from "
        "house to house looking for relatives of former FARC members, and that several "
        "community leaders were taken from their homes. The Army has set up "
        "checkpoints on the road between Tibú and Cúcuta to protect the movement of "
        "civilians and humanitarian convoys. The Governor's Office of Norte de "
        "Santander reports that more than 32,000 people have been displaced, most of "
        "them to Cúcuta and Ocaña, where shelters have been set up in sports halls and "
        "schools. The institution also supports the humanitarian corridors that have "
        "allowed families trapped in the rural area to leave. The National Army "
        "reiterates its commitment to the protection of life and the defence of the "
        "territory, and rejects any action against the civilian population.",
        "B M V D H",
        "armed clashes",
    ),
    (
        "Update: 41 arrests and 28 officers injured after violent disorder in "
        "Middlesbrough town centre",
        "Cleveland Police can confirm that 41 people have now been arrested following "
        "the serious violent disorder in Middlesbrough town centre yesterday afternoon "
        "and evening. A protest which began at the Cenotaph at around 1pm quickly "
        "descended into violence as a group of several hundred people threw bricks, "
        "bottles and fireworks at officers. Homes and cars were damaged, shop windows "
        "were smashed, and a number of residents told officers that they had been "
        "targeted because of their ethnicity. Twenty-eight officers were injured, "
        "three of whom required hospital treatment, and two police dogs were also "
        "hurt. Officers in protective equipment were deployed from across the region, "
        "and a dispersal order remained in place overnight. Assistant Chief Constable "
        'Mark Hargreaves said: "What we saw yesterday was not protest; it was '
        'thuggery, and much of it was racially motivated." Detectives are reviewing '
        "hours of CCTV, body-worn and drone footage, and further arrests will follow. "
        "Anyone with information or footage is asked to contact police via the website "
        "or on 101, quoting the incident log.",
        "U V",
        "riot",
    ),
    (
        "The Chairperson of the African Union Commission condemns the terrorist attack "
        "on a military base in Lower Shabelle, Somalia",
        "The Chairperson of the African Union Commission strongly condemns the "
        "terrorist attack carried out in the early hours of Tuesday by al-Shabaab "
        "against a forward operating base jointly held by the Somali National Army and "
        "troops of the African Union Support and Stabilization Mission in Somalia "
        "(AUSSOM) in Lower Shabelle region. The assailants detonated a vehicle-borne "
        "explosive device at the gate of the base before attempting to storm it, and "
        "were repelled after several hours of fighting. The Chairperson pays tribute "
        "to the Somali and AUSSOM soldiers who lost their lives in the line of duty "
        "and extends his deepest condolences to their families, to the Federal "
        "Government of Somalia and to the troop-contributing countries. He wishes a "
        "speedy recovery to the wounded. The Chairperson commends the courage of the "
        "defending forces, whose resistance prevented a greater loss of life. He "
        "reaffirms the unwavering support of the African Union to the Somali people "
        "and Government in the fight against terrorism and in their efforts to build "
        "lasting peace and security. The Chairperson calls on the international "
        "community to provide predictable and sustainable funding to AUSSOM so that it "
        "can fulfil its mandate.",
        "T B E",
        "attack on military base",
    ),
    (
        "ECOWAS Commission condemns deadly attack on soldiers in northern Benin",
        "The ECOWAS Commission has learned with great sadness of the terrorist attack "
        "perpetrated on 8 January 2025 against positions of the Beninese Armed Forces "
        "in the W National Park area, near the borders with Burkina Faso and Niger. "
        "According to the Government of the Republic of Benin, at least 28 soldiers "
        "lost their lives when heavily armed assailants attacked two military posts "
        "simultaneously. The attack was claimed by the Group for the Support of Islam "
        "and Muslims (JNIM). The President of the ECOWAS Commission strongly condemns "
        "this cowardly act and extends the deepest condolences of the Community to the "
        "families of the fallen soldiers and to the Government and people of Benin. "
        "The Commission reaffirms its solidarity with Benin and with all Member States "
        "facing the scourge of terrorism. It recalls the urgency of operationalising "
        "the ECOWAS Standby Force and of strengthening intelligence sharing among "
        "Member States in the fight against violent extremism. ECOWAS remains "
        "determined to work with the coastal and Sahelian States to restore security "
        "in the region.",
        "T B",
        "terrorist attack",
    ),
    (
        "West Bank: Statement by the High Representative on behalf of the EU on the "
        "escalation of settler violence",
        "The European Union is gravely concerned by the sharp escalation of violence "
        "by extremist settlers against Palestinian communities in the occupied West "
        "Bank. Over the past week, settlers have attacked villages near Ramallah and "
        "Nablus, setting homes, cars and olive groves on fire. According to the "
        "Palestinian Ministry of Health, two Palestinians, including a 17-year-old "
        "boy, were killed in Turmus Ayya on Friday, and dozens have been injured. "
        "There are credible reports that Israeli soldiers were present during some of "
        "the attacks and did not intervene. In the Jordan Valley, several herding "
        "communities have been forced to leave their land after repeated intimidation "
        "and assaults, bringing the number of Palestinians displaced by settler "
        "violence since the beginning of the year to more than 1,200. The EU condemns "
        "these attacks in the strongest terms. Israel, as the occupying power, has the "
        "obligation to protect the Palestinian civilian population and to hold the "
        "perpetrators accountable. The EU calls on all sides to exercise restraint and "
        "to refrain from any action that would fuel further escalation.",
        "V D",
        "settler attacks",
    ),
    (
        "Security Alert – U.S. Embassy Port-au-Prince, Haiti (March 4, 2024)",
        "Location: Port-au-Prince, Haiti. Event: The Embassy is aware of heavy gunfire "
        "in the vicinity of Toussaint Louverture International Airport, the National "
        "Penitentiary and the Champ de Mars area following coordinated attacks by "
        "armed gangs on police stations and prisons over the weekend. Local media "
        "report that several thousand inmates escaped from the National Penitentiary "
        "and that police officers and civilians were killed in the fighting. "
        "Commercial flights in and out of Port-au-Prince have been suspended, and "
        "roads to the airport are blocked by barricades and armed men. The Government "
        "of Haiti has declared a state of emergency and a nighttime curfew in the West "
        "Department. The Embassy continues to urge US citizens to depart Haiti as soon "
        "as possible by commercial or other privately available transportation, when "
        "it is safe to do so. The Embassy will be closed to the public on March 4 and "
        "5, and its ability to provide emergency consular services is extremely "
        "limited. Actions to Take: Shelter in place if you are in a safe location. "
        "Avoid crowds and demonstrations. Do not attempt to drive through roadblocks. "
        "Keep a low profile and monitor local media for updates. Enroll in the Smart "
        "Traveler Enrollment Program to receive security messages.",
        "B",
        "gang attacks",
    ),
    (
        "Kuvuka Minerals: Temporary suspension of operations at Cabo Delgado graphite "
        "project following security incident",
        "Kuvuka Minerals Limited (ASX: KVM) advises that operations at its graphite "
        "project in Cabo Delgado province, Mozambique, have been temporarily suspended "
        "following an attack by insurgents on the nearby village of Nanjua on the "
        "evening of 12 June. The Company has been informed by local authorities that a "
        "number of residents were killed and homes were burned during the attack, "
        "which has been attributed to militants linked to Islamic State. No Company "
        "employees or contractors were injured, and there was no damage to the "
        "Company's plant or equipment. As a precaution, 146 non-essential personnel "
        "have been evacuated from site to Pemba by road and charter flight, and a "
        "reduced security and maintenance team remains at the camp. Several thousand "
        "people from surrounding villages have sought refuge in the district town, and "
        "the Company has made water, food and transport available to the local "
        "administration to assist them. Mozambican defence and security forces, "
        "supported by Rwandan troops, have been deployed to the area. The Company is "
        "in close contact with the authorities and will update the market when it is "
        "safe to resume operations. The suspension is not expected to have a material "
        "impact on the Company's full-year production guidance.",
        "T V D M",
        "insurgent attack",
    ),
    (
        "Update: Bulk carrier MV Areti Star struck by projectile in the southern Red Sea",
        "Athenian Bulk Management confirms that its vessel MV Areti Star, a Marshall "
        "Islands-flagged bulk carrier sailing from Brazil to Jeddah with a cargo of "
        "corn, was struck by a projectile at approximately 10:40 local time today, "
        "about 60 nautical miles west of Hodeidah, Yemen. The projectile hit the "
        "vessel's port side above the waterline, causing a fire in the accommodation "
        "block that the crew brought under control within an hour. One crew member "
        "suffered burns and is receiving medical treatment on board; the other 22 "
        "seafarers are safe and accounted for. The vessel remains seaworthy and is "
        "proceeding under her own power to the nearest safe port, escorted by a "
        "warship of the EU's Operation Aspides. The Houthi movement has claimed "
        "responsibility for the attack in a statement broadcast on its television "
        "channel. UKMTO and the Joint Maritime Information Center were notified "
        "immediately. The Company is in close contact with the crew's families and "
        "with the flag state, and will provide further updates as appropriate. Our "
        "thoughts are with the injured seafarer and his family.",
        "E",
        "missile attack on ship",
    ),
    (
        "Statement by the UNICEF Representative in Myanmar on children killed in an "
        "airstrike on a school in Rakhine State",
        'YANGON, 14 March 2024 – "UNICEF is horrified by reports that an airstrike '
        "hit a school compound in Kyauk Ta Lone village, Rakhine State, yesterday "
        "afternoon, killing at least 11 children and a teacher and injuring more than "
        "30 others. According to local sources, children were attending classes at the "
        "time of the strike, and several classrooms and a dormitory were destroyed. "
        "This attack comes amid an intensification of fighting across Rakhine, where "
        "children are paying the heaviest price of a conflict they had no part in. "
        "Since November, hundreds of thousands of people in the state have been "
        "displaced, and access for humanitarian organisations has been severely "
        "restricted. Schools must be places where children are safe to learn and play; "
        "they must never be a target. UNICEF reminds all parties to the conflict of "
        "their obligations under international humanitarian law to protect children "
        "and civilian infrastructure, including schools and hospitals. UNICEF and "
        "partners stand ready to provide psychosocial support, medical supplies and "
        "temporary learning spaces to the affected children and families as soon as "
        'access allows."',
        "E V D H",
        "airstrike on school",
    ),
]
