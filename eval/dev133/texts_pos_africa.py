"""dev133 positives (2 of 3): briefs of current organised violence and its direct consequences from
Africa (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "RSF shells Abu Shouk camp outside El Fasher, dozens dead",
        "The Rapid Support Forces shelled the Abu Shouk displacement camp on the edge of El "
        "Fasher on Monday, killing at least 40 people, the local emergency response room said. "
        "Residents reached by satellite phone said the paramilitaries then stormed the northern "
        "part of the camp, which shelters tens of thousands of people who fled earlier fighting "
        "in North Darfur.",
        "E V D",
        "camp attack",
    ),
    (
        "Drones hit Port Sudan fuel depots for third straight day",
        "Drones struck fuel storage tanks at Port Sudan's southern terminal on Tuesday, "
        "starting a fire visible across the city, the Sudanese army said, blaming the Rapid "
        "Support Forces. Strikes on the army-backed government's wartime seat have also hit the "
        "airport, a power station and a hotel near the presidential residence this week. By the "
        "afternoon, queues at petrol stations stretched for kilometres.",
        "E",
        "drone strike",
    ),
    (
        "Cholera spreads in Tawila as El Fasher's displaced crowd into camps",
        "Médecins Sans Frontières said on Thursday it had treated more than 1,500 cholera "
        "patients in a week in Tawila, where several hundred thousand people who fled the "
        "fighting in and around El Fasher are living under plastic sheets. Clean water was "
        "short and latrines were overflowing, the charity said, urging the warring parties to "
        "let aid trucks through.",
        "H D",
        "disease in displacement camps",
    ),
    (
        "M23 rebels enter Walikale after two days of fighting",
        "GOMA, Congo (AP) — Rwanda-backed M23 rebels entered the mining town of Walikale in "
        "eastern Congo on Wednesday after two days of clashes with Congolese troops and allied "
        "Wazalendo militias, residents and a local official said. Thousands of people fled west "
        "along the road towards Kisangani. The town is the farthest west the rebels have "
        "reached since their offensive began in January. A local official said at least 11 "
        "civilians were killed by stray bullets.",
        "B D",
        "offensive",
    ),
    (
        "Islamic State-linked ADF kills 38 at church vigil in Ituri",
        "Fighters of the Allied Democratic Forces attacked a Catholic parish in Komanda, in "
        "Congo's Ituri province, during a night vigil, killing at least 38 worshippers, the "
        "army said on Sunday. Several houses and shops nearby were burned. Islamic State, to "
        "which the ADF pledged allegiance, claimed the attack on its Amaq news agency.",
        "V T",
        "massacre",
    ),
    (
        "Jihadists overrun army post in Djibo, northern Burkina Faso",
        "Fighters of the al-Qaeda-linked JNIM attacked the army base in Djibo at dawn on "
        "Monday, killing dozens of soldiers and pro-government militiamen before withdrawing, "
        "security sources told AFP. The group said in a statement that it had seized weapons "
        "and vehicles. Burkina Faso's junta, which rarely comments on losses, has given no "
        "toll.",
        "B T",
        "attack on base",
    ),
    (
        "Mali's fuel siege tightens",
        "Bamako's petrol stations have run dry, again. Militants of JNIM, the al-Qaeda "
        "affiliate that declared a blockade on fuel imports in September, ambushed another "
        "convoy of tankers near Kayes this week and burned about 40 trucks, transport unions "
        "said. The government has closed schools for two weeks because teachers and pupils "
        "cannot get to them. Queues at the few pumps still open in the capital now last a day.",
        "T V H",
        "convoy attack",
    ),
    (
        "Niger says 34 soldiers killed in ambush near Malian border",
        "Niger's army said 34 soldiers were killed and 14 wounded on Friday when \"several "
        'hundred terrorists" on motorbikes ambushed a patrol near Banibangou in the Tillabéri '
        "region. A defence ministry statement read on state television said dozens of the "
        'assailants were "neutralised" in the fighting that followed.',
        "B T",
        "ambush",
    ),
    (
        "Bandits abduct over 50 villagers in Zamfara night raid",
        "Armed bandits on motorcycles stormed Kairu village in Zamfara State on Saturday night "
        "and abducted more than 50 people, most of them women and children, residents told "
        "PREMIUM TIMES. A police spokesperson confirmed the attack but gave no figure. The "
        "gangs, which control swathes of forest in the North-west, often demand ransom for "
        "captives and levies from whole communities.",
        "V",
        "mass abduction",
    ),
    (
        "Boko Haram kills 63 in overnight raid on Borno village",
        "Boko Haram fighters killed at least 63 people, most of them civilians, in an overnight "
        "attack on the village of Darul Jamal in Nigeria's Borno state, Governor Babagana Zulum "
        "said on Saturday. The militants burned homes and vehicles, and survivors fled to the "
        "town of Bama, about 20 km away.",
        "V T D",
        "village raid",
    ),
    (
        "Benue: scores killed as gunmen attack Yelwata",
        "Gunmen attacked Yelwata in Nigeria's Benue state late on Friday, killing about 100 "
        "people, many of them displaced farmers who had been sleeping in the market, Amnesty "
        "International said. State officials gave a lower toll. President Bola Tinubu ordered "
        "the police and army chiefs to the state, where clashes between herders and farming "
        "communities have killed hundreds this year. Survivors said the attackers set fire to "
        "stalls where families were sleeping.",
        "V D",
        "massacre",
    ),
    (
        "Suicide bomber kills 13 at Mogadishu recruitment centre",
        "MOGADISHU, Somalia (AP) — A suicide bomber blew himself up among young men waiting to "
        "enlist at the Damanyo military base in Somalia's capital on Tuesday, killing at least "
        "13 people, a military officer and witnesses said. Al-Shabaab said it carried out the "
        "attack.",
        "E T",
        "suicide bombing",
    ),
    (
        "Somali forces retake Moqokori from al-Shabaab",
        "Somali government troops backed by clan militias recaptured the town of Moqokori in "
        "the Hiiraan region on Thursday after heavy fighting with al-Shabaab, the information "
        "ministry said. The militants seized the town in June during an offensive that rolled "
        "back many of the government's gains in central Somalia.",
        "B M",
        "offensive",
    ),
    (
        "Cabo Delgado: insurgents behead villagers, 22,000 flee in a week",
        "Islamic State-linked insurgents beheaded at least six people in raids on villages in "
        "Ancuabe district of Mozambique's Cabo Delgado province last week, local officials "
        "said. The International Organization for Migration said more than 22,000 people had "
        "fled their homes in eight days, most of them towards Chiure.",
        "V T D",
        "village raids",
    ),
    (
        "Fano and federal forces fight for towns around Gondar",
        "Ethiopian federal troops and Fano militiamen fought for control of several towns "
        "outside Gondar in the Amhara region this week, residents said, and drone strikes hit "
        "at least two villages. Phone and internet services have been cut across much of Amhara "
        "since the conflict began in 2023, making the accounts difficult to verify.",
        "B E",
        "clashes",
    ),
    (
        "Separatists kidnap priest and students in Cameroon's North-West",
        "Armed separatists abducted 12 people, including a Catholic priest and four "
        "secondary-school students, on the road between Bamenda and Bali in Cameroon's "
        'North-West region on Sunday, the regional governor said. The "Ambazonia" fighters, who '
        "order schools closed and attack those who defy them, are demanding a ransom.",
        "V",
        "abduction",
    ),
    (
        "Fighting in Nasir uproots 50,000 in South Sudan's Upper Nile",
        'Clashes between the South Sudan People\'s Defence Forces and the Nuer "White Army" '
        "militia in Nasir county have forced about 50,000 people from their homes, many of them "
        "across the border into Ethiopia, OCHA said on Friday. The UN mission said government "
        "aircraft had dropped barrel bombs on villages in the area.",
        "B E D",
        "clashes",
    ),
    (
        "Saba Saba: 31 killed as police fire on protesters",
        "At least 31 people were killed and 107 injured as police fired live bullets and tear "
        "gas at protesters in Nairobi and at least 16 other counties on Monday, the Kenya "
        "National Commission on Human Rights said. Shops were looted in Kiambu and Ngong, and a "
        "police station was set on fire in Kikuyu.",
        "U",
        "crackdown",
    ),
    (
        "Mozambique police fire tear gas at Mondlane supporters in Maputo",
        "Police in Maputo fired tear gas and rubber bullets at crowds backing opposition "
        "candidate Venâncio Mondlane on Thursday, and the election monitor Plataforma Decide "
        "said three people were shot dead. Protesters burned tyres and blocked the main road to "
        "the South African border for a second day.",
        "U",
        "crackdown",
    ),
    (
        "Togo: seven bodies in the lagoons of Lomé",
        "Seven bodies were pulled from the lagoons of Lomé after three days of protests against "
        "President Faure Gnassingbé, whose family has ruled Togo since 1967. Civil society "
        "groups accuse the security forces of beating demonstrators and chasing them into the "
        'water. The government says they drowned and that "no one was killed by the police".',
        "U",
        "crackdown",
    ),
    (
        "Gunfire shakes Tripoli after killing of militia chief",
        "Heavy gunfire and explosions were heard across Tripoli overnight after Abdulghani "
        "al-Kikli, head of the Stability Support Apparatus, was killed at a military camp, and "
        "units loyal to the Government of National Unity moved against his fighters in Abu "
        "Salim. The UN mission called for an immediate ceasefire. Flights at Mitiga airport "
        "were suspended.",
        "B",
        "militia clashes",
    ),
    (
        "Malian soldiers and Russian fighters executed villagers, rights group says",
        "Human Rights Watch said on Thursday that Malian soldiers and fighters of Russia's "
        "Africa Corps summarily executed at least 12 men near the central town of Diafarabé "
        "last month and buried them in a shallow grave. Relatives said the men had been "
        'detained at a livestock market. The army said the dead were "terrorists" killed in '
        "combat.",
        "V",
        "executions",
    ),
    (
        "Tens of thousands cross into Burundi as rebels enter Uvira",
        "More than 30,000 people crossed from Congo into Burundi in three days after M23 rebels "
        "and their allies entered the lakeside city of Uvira, the UN refugee agency said on "
        "Friday. Many came by canoe across the Rusizi river, and at least eight people drowned.",
        "D B",
        "refugee influx",
    ),
    (
        "Military air strike kills 16 vigilantes in Zamfara",
        "A Nigerian Air Force strike killed at least 16 members of a local vigilante group in "
        "Zamfara State's Maru area on Saturday, local officials said, after the volunteers, who "
        "were pursuing bandits, were mistaken for the gang. The air force said it had targeted "
        '"fleeing terrorists" and would investigate the report.',
        "E",
        "air strike",
    ),
    (
        "Benin says 54 soldiers killed in jihadist attack in north",
        "Jihadists attacked two army positions in the W National Park in northern Benin on "
        "Thursday, killing 54 soldiers, government spokesman Wilfried Houngbédji said, in the "
        "deadliest assault on the country's forces to date. JNIM, an al-Qaeda affiliate active "
        "across the Sahel, claimed responsibility.",
        "B T",
        "attack on army",
    ),
    (
        "Drone strike on funeral in El Obeid kills 40",
        "A drone struck a funeral gathering in El Obeid, the capital of North Kordofan, on "
        "Saturday, killing at least 40 mourners, the Sudan Doctors Network said, blaming the "
        "Rapid Support Forces. The paramilitary group has been tightening its hold on roads "
        "around the city as it pushes east from Darfur.",
        "E V",
        "drone strike",
    ),
    (
        "WFP trucks shelled near Mellit in North Darfur",
        "Five trucks in a World Food Programme convoy were destroyed and three drivers wounded "
        "when the convoy was shelled near Mellit in North Darfur, the UN agency said, the "
        "second attack on its supplies this month. The trucks were carrying sorghum and lentils "
        "for families in famine-hit areas of the state.",
        "E V H",
        "attack on aid convoy",
    ),
    (
        "Jihadists strike gendarmerie school and airport base in Bamako",
        "Fighters of the al-Qaeda-linked JNIM attacked a gendarmerie training school and the "
        "military section of Bamako's airport at dawn on Tuesday, setting a presidential "
        "aircraft on fire and killing more than 70 people, security sources said, in the first "
        'major assault on the Malian capital in years. The army said the situation was "under '
        'control" and that several attackers had been arrested.',
        "B T",
        "attack on capital",
    ),
]
