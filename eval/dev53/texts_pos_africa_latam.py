"""dev53 positives: Africa and Latin America as the European, Middle East and North American desks
cover them (Sudan, Mali, Burkina Faso, Niger, north-east Nigeria, Somalia, eastern Congo,
Colombia, Mexico's cartel war, Haiti).
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "RSF storms Zamzam camp in Darfur, killing more than 100",
        "The paramilitary Rapid Support Forces stormed the Zamzam displacement camp south of El Fasher over the weekend, killing more than 100 people, including nine staff at a field clinic, aid groups said. Satellite images showed large parts of the camp burned, and the UN said about 400,000 people had fled, most of them towards Tawila, some 60 km to the west.",
        "V D H",
        "camp_attack",
    ),
    (
        "Drones hit fuel depots in Port Sudan for third day",
        "Drones struck fuel depots and a power station in Port Sudan for a third straight day on Tuesday, sending thick smoke over the Red Sea city that has been the army-backed government's base, officials said, blaming the RSF. The UN suspended humanitarian flights into the city's airport, the main gateway for aid into Sudan.",
        "E H",
        "drone_strike",
    ),
    (
        "Cholera spreads among families who fled El Fasher",
        "Cholera is spreading in the crowded camps of Tawila in North Darfur, where more than half a million people have arrived after fleeing the RSF siege of El Fasher, Doctors Without Borders said on Thursday. The charity said it had treated 2,300 patients in a week and that many families had no clean water, latrines or shelter.",
        "D H",
        "disease_in_camps",
    ),
    (
        "Sudan's army says it has retaken the presidential palace in Khartoum",
        "Sudan's army said on Friday it had retaken the presidential palace in central Khartoum from the Rapid Support Forces after days of heavy fighting, one of its most significant gains in two years of war. Soldiers posted videos from inside the bullet-scarred compound, and the army said it was pushing east towards the airport.",
        "B M",
        "offensive",
    ),
    (
        "Drone strike on El Obeid market kills 20",
        "A drone strike blamed on the RSF hit a busy market in El Obeid, the capital of North Kordofan, on Sunday morning, killing at least 20 people and wounding dozens, a local medical group said. The city has been bracing for an assault as the paramilitary group masses fighters to the west.",
        "E V",
        "drone_strike",
    ),
    (
        "Jihadists kill dozens of soldiers in attack on Mali army base",
        "Fighters from the al-Qaeda-linked JNIM attacked a military camp at Boulkessi in central Mali on Sunday, killing at least 30 soldiers, security sources said, in one of the deadliest assaults on the army this year. The group said in a statement that it had taken control of the base and seized weapons and vehicles.",
        "B T",
        "base_attack",
    ),
    (
        "Dozens of villagers killed in jihadist attack in northern Burkina Faso",
        "Gunmen believed to belong to JNIM killed at least 50 civilians, most of them men and boys, in an attack on the village of Tawori in northern Burkina Faso on Saturday, residents and a security source told AFP. Survivors said the attackers went from house to house, and hundreds of residents fled to the town of Djibo.",
        "V T D",
        "massacre",
    ),
    (
        "Gunmen kill 44 worshippers at mosque in western Niger",
        "Gunmen attacked a mosque in the village of Fambita in Niger's Tillaberi region during Friday prayers, killing 44 civilians, the interior ministry said, blaming the Islamic State in the Greater Sahara.",
        "V T",
        "attack_on_worshippers",
    ),
    (
        "Islamic State fighters overrun Nigerian army base at Wajiroko",
        "Islamic State West Africa Province fighters overran a Nigerian army base in Wajiroko in Borno state late on Monday, killing at least five soldiers and burning armoured vehicles, military sources told Reuters. The army said reinforcements and air support had been sent and the base was retaken on Tuesday.",
        "B T M",
        "base_attack",
    ),
    (
        "Al-Shabaab bomber and gunmen strike Mogadishu beach restaurant",
        "A suicide bomber and gunmen attacked a popular restaurant on Mogadishu's Lido beach on Friday evening, killing at least 32 people, police said. Al-Shabaab, the al-Qaeda-linked group fighting the Somali government, said it carried out the attack.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Somali troops retake Middle Shabelle town from al-Shabaab",
        "Somali government forces backed by clan militias recaptured the town of Adan Yabaal in Middle Shabelle on Wednesday after a day of fighting with al-Shabaab, the defence ministry said. It said dozens of militants were killed; the figure could not be independently verified.",
        "B M",
        "offensive",
    ),
    (
        "US military says air strike hit Islamic State fighters in Puntland",
        "US Africa Command said it carried out an air strike against Islamic State fighters in the Golis mountains south-east of Bosaso on Saturday, in coordination with the government of Somalia, killing several of them. It said its initial assessment was that no civilians were hurt.",
        "E M",
        "airstrike",
    ),
    (
        "M23 rebels push towards Uvira as thousands flee to Burundi",
        "M23 rebels advanced south along Lake Tanganyika towards the Congolese city of Uvira on Wednesday after heavy fighting with the army and allied Wazalendo militias, residents and officials said. UNHCR said more than 10,000 people had crossed into Burundi in three days, many of them wading across the Rusizi river.",
        "B D",
        "offensive",
    ),
    (
        "ADF attack on church in Ituri kills dozens of worshippers",
        "Fighters of the Islamic State-linked Allied Democratic Forces attacked a Catholic church in Komanda in Congo's Ituri province during an overnight prayer vigil, killing at least 38 people and burning several houses and shops, the local civil society coordinator said. The UN mission said it was one of the deadliest attacks on civilians in the province this year.",
        "V T",
        "massacre",
    ),
    (
        "Drone attack brings down police helicopter in Colombia, killing 13",
        "A police helicopter supporting a coca eradication operation crashed in Amalfi, in Antioquia province, after it was attacked with a drone, killing 13 officers, Colombia's defence minister said. The president blamed a FARC dissident faction, and security forces sent to the area came under fire as they tried to reach the wreckage.",
        "E B",
        "drone_attack",
    ),
    (
        "Fighting in Colombia's Catatumbo drives tens of thousands from their homes",
        "More than 36,000 people have fled their homes in Colombia's Catatumbo region since the ELN guerrilla group launched an offensive against FARC dissidents last week, the ombudsman's office said, and at least 80 people have been killed, including social leaders dragged from their homes. Shelters in Cucuta and Tibu were overflowing.",
        "B V D H",
        "offensive",
    ),
    (
        "Gunfights in Culiacan as Sinaloa cartel war enters second year",
        "Soldiers and cartel gunmen exchanged fire for hours in two neighbourhoods of Culiacan on Tuesday, leaving four suspected gunmen dead and a soldier wounded, Sinaloa state prosecutors said, as the war between rival factions of the Sinaloa cartel entered its second year. Schools in the area moved classes online.",
        "B",
        "gunfight",
    ),
    (
        "Gang attack on Haitian town kills dozens as thousands flee",
        "Members of the Gran Grif gang attacked the town of Pont-Sonde in Haiti's Artibonite region early on Thursday, shooting residents and setting homes on fire, killing at least 70 people, including women and babies, the UN said. More than 6,000 people fled to nearby towns, many of them sheltering in schools and churches.",
        "V D",
        "massacre",
    ),
]
