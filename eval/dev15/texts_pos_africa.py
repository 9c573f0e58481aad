"""dev15 positives: the Sahel and Lake Chad; the Great Lakes; the Horn of Africa; Mozambique;
Cameroon's Anglophone regions.

POSITIVES = [(title, text, tag codes, kind), ...].
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Sahel and Lake Chad
    (
        "Niger: worshippers shot during Friday prayers near Tillabéri",
        "Men on motorbikes surrounded a mosque in the village of Fambita during Friday prayers and opened fire on the worshippers, a local official said. At least 44 people were killed. The attackers set fire to shops and houses before riding off towards the Malian border.",
        "V",
        "massacre",
    ),
    (
        "Convoy hits device on Boni-Hombori road",
        "A supply convoy escorted by Malian soldiers hit an explosive device between Boni and Hombori on Tuesday, killing three soldiers and a truck driver, military sources said. JNIM, the al-Qaeda affiliate, claimed the attack on its propaganda channels.",
        "E T",
        "ied",
    ),
    (
        "Titao: bread at 1,000 CFA and no road out",
        "Residents of Titao in northern Burkina Faso say flour has not reached the town by road for five months, since armed groups cut the last open route. A loaf now costs five times what it did last year. Mothers queue at the health centre with children who have stopped eating. A military helicopter brings rice twice a month, but not enough for the 80,000 people in the town, many of whom arrived from surrounding villages.",
        "H D",
        "blockade",
    ),
    (
        "Men rounded up at weekly market and shot, Malian villagers say",
        "Soldiers and white foreign fighters arrived by helicopter on market day in a village in central Mali and separated the men from the women, witnesses told Human Rights Watch. Over the following days, dozens of men were taken in small groups to the edge of the village and shot. The army said its forces had 'neutralised' terrorists in an operation in the area.",
        "M V",
        "massacre",
    ),
    (
        "Soldiers killed in ambush near Tahoua",
        "At least 20 Nigerien soldiers were killed when their patrol was ambushed near Tassia in the Tahoua region, the defence ministry said. Islamic State Sahel Province claimed the attack. The ministry said 'dozens of terrorists' were also killed in the fighting.",
        "B T",
        "ambush",
    ),
    (
        "Djibo: army post holds off dawn assault",
        "Gendarmes and volunteer defence fighters repelled a dawn assault by several hundred jihadists on their positions in Djibo on Sunday, security sources said. The fighting lasted four hours.",
        "B T",
        "attack_on_base",
    ),
    (
        "Drone hits wedding party in northern Mali, relatives say",
        "A drone struck a wedding gathering in a village near Kidal on Sunday evening, killing eight people including three children, relatives and a Tuareg rebel coalition said. Guests had been dancing outside the bride's family home when the first missile hit. The Malian army said it had struck 'a terrorist meeting'.",
        "E V",
        "drone_strike",
    ),
    (
        "Rebels say they routed army and Wagner column at Tinzaouaten",
        "Tuareg-led rebels said they had killed dozens of Malian soldiers and Russian Wagner mercenaries in three days of fighting near Tinzaouaten, on the Algerian border. Images shared online showed burnt-out armoured vehicles in the desert. Wagner-linked channels acknowledged heavy losses after a sandstorm.",
        "B",
        "battle",
    ),
    (
        "Villagers flee to Kaya after homes set alight",
        "Residents of several villages in Burkina Faso's Sanmatenga province arrived in Kaya on carts and on foot this week after their homes and granaries were set alight. Families told aid workers that armed men had given them three days to leave. Local authorities registered about 4,200 new arrivals.",
        "V D",
        "village_raid",
    ),
    (
        "Chad: 40 soldiers killed in night attack on Lake Chad base",
        "Boko Haram fighters attacked a military base at Barkaram on an island in Lake Chad overnight, killing about 40 soldiers, the presidency said. President Mahamat Idriss Déby travelled to the area and announced an operation to pursue the attackers.",
        "B T",
        "attack_on_base",
    ),
    (
        "Women collecting firewood taken near Gamboru",
        "Insurgents abducted at least 15 women who had left a displacement camp in Gamboru to gather firewood, camp leaders said on Thursday. The women had gone a few kilometres beyond the trench around the town. ISWAP fighters are known to operate in the area.",
        "V T D",
        "abduction",
    ),
    (
        "Suicide bomber strikes Mora market",
        "A suicide bomber blew herself up in the crowded market of Mora in Cameroon's Far North region on Saturday, killing 11 people, regional officials said. Officials blamed Boko Haram, which has used girls and young women as bombers. Traders closed their stalls and the town's schools stayed shut on Monday.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Diffa: families wade across Komadougou after night raid",
        "Several thousand people crossed the Komadougou Yobe river from Nigeria into Niger's Diffa region after Boko Haram fighters raided villages on the Nigerian bank, UNHCR said. Arrivals described men being shot and houses burned. Most are sheltering under trees along the national road.",
        "V D T",
        "village_raid",
    ),
    (
        "Farm labourers killed in rice fields near Maiduguri",
        "At least 43 farm workers were tied up and killed in rice fields at Koshobe, near Maiduguri, by Boko Haram fighters, officials said. Many of the victims had come from Sokoto state to work the harvest. The governor said farmers were caught between staying at home and going hungry, or going to the fields and being killed.",
        "V T",
        "massacre",
    ),
    (
        "Air force jet hits camp for displaced in Rann by mistake",
        "A Nigerian air force jet bombed a camp for displaced people in Rann, in Borno state, while searching for Boko Haram fighters, killing more than 50 people, the military and aid groups said. Six Red Cross volunteers were among the dead. MSF said its teams were treating dozens of wounded and called for evacuation flights.",
        "E V D H",
        "airstrike",
    ),
    (
        "Three aid workers killed as insurgents storm Rann",
        "Three aid workers were killed and a nurse was abducted when insurgents attacked a military base and a humanitarian hub in Rann, the UN said. The UN humanitarian coordinator said aid workers were 'not a target'. Aid operations in the town were suspended.",
        "V T H",
        "attack_on_aid",
    ),
    (
        "Zamfara: gunmen on motorcycles raid seven villages",
        "Hundreds of gunmen on motorcycles raided seven villages in Nigeria's Zamfara state on Saturday, shooting residents and burning houses, a local lawmaker said. At least 38 people were buried on Sunday. Survivors fled to the town of Anka.",
        "V D",
        "village_raid",
    ),
    (
        "Army says ISWAP attack on Malam Fatori repelled",
        "Troops repelled an attack by ISWAP fighters on Malam Fatori, in northern Borno, in an hour-long gun battle on Tuesday night, the army said. Two soldiers were wounded.",
        "B T",
        "battle",
    ),
    (
        "Mali: fuel tankers torched as JNIM tightens grip on roads to Bamako",
        "Jihadists set fire to more than 40 fuel tankers on the road between the Senegalese border and Bamako, drivers said. JNIM has declared a blockade on fuel imports. Queues stretched for kilometres outside filling stations in the capital and schools closed for two weeks.",
        "T H",
        "blockade",
    ),
    # ---------------------------------------------------------------- positives: Great Lakes
    (
        "Machete attack on Plaine Savo camp kills dozens",
        "Assailants armed with machetes and guns attacked the Plaine Savo displacement site in Ituri province overnight, killing at least 60 people, most of them women and children, a local official said. The Codeco militia was blamed. The site hosts about 24,000 people who had fled earlier attacks.",
        "V D",
        "massacre",
    ),
    (
        "Beni: funeral and mourners attacked, 30 dead",
        "Rebels of the Allied Democratic Forces, which has pledged allegiance to the Islamic State, killed at least 30 people in a village near Beni on Tuesday night, a civil society leader said. Many of the victims were killed with knives. Survivors fled towards Oicha.",
        "V T D",
        "massacre",
    ),
    (
        "M23 takes control of Rubaya coltan mines",
        "M23 rebels took control of the mining town of Rubaya after two days of fighting with the army and allied militias, residents said. Artisanal miners left the pits and walked towards Goma. The UN said the group now earned large sums from taxing the mineral trade.",
        "B D",
        "battle",
    ),
    (
        "Bodies lie in Goma streets as rebels claim city",
        "Bodies lay in the streets of Goma on Tuesday after M23 rebels backed by Rwandan troops claimed control of the city following days of fighting. Hospitals were overwhelmed and the UN said power and water had been cut. Thousands of people who had fled earlier fighting left the camps around the city, and inmates broke out of the central prison.",
        "B H D",
        "offensive",
    ),
    (
        "Burundi blames rebels for killings near Gatumba",
        "Gunmen killed 20 people, including 12 children and a pregnant woman, in Vugizo, near the border with Congo, Burundi's government said on Saturday. The Red Tabara rebel group said it had attacked a border post. The interior minister called it a terrorist attack and closed the border.",
        "V T",
        "massacre",
    ),
    (
        "Twirwaneho and Mai-Mai clash in Minembwe highlands",
        "Fighting between Twirwaneho, a Banyamulenge self-defence group, and Mai-Mai militias spread across the high plateaux of South Kivu this week, local sources said. Herders and their cattle fled to Minembwe town, and several villages were reported burned.",
        "B D",
        "battle",
    ),
    (
        "Kinshasa protesters set embassies on fire",
        "Protesters angry at the advance of M23 rebels in the east attacked several embassies in Kinshasa on Tuesday, setting fire to part of the French and Rwandan missions. Police fired tear gas to disperse the crowds. Shops were looted in the city centre.",
        "U",
        "riot",
    ),
    (
        "Cholera cases rise in sites around Goma",
        "Cholera cases have more than doubled in a month in the displacement sites west of Goma, where some 600,000 people who fled the fighting between the army and M23 live in makeshift shelters, MSF said. Latrines overflow and water is trucked in. The charity asked for more water and chlorine.",
        "H D",
        "humanitarian",
    ),
    (
        "Bukavu: rebels enter city as soldiers withdraw",
        "M23 fighters entered Bukavu, the capital of South Kivu, on Sunday after Congolese troops and their Burundian allies pulled back. Residents reported looting and gunfire through the night. Thousands crossed into Burundi.",
        "B D",
        "offensive",
    ),
    # ---------------------------------------------------------------- positives: Horn of Africa
    (
        "Gunmen storm Lido beach restaurant after suicide blast",
        "A suicide bomber blew himself up at the entrance of a beachfront restaurant on Lido beach in Mogadishu on Friday evening, and gunmen then stormed the building, police said. At least 32 people were killed. Al-Shabaab said it carried out the attack.",
        "E T V",
        "terrorist_attack",
    ),
    (
        "Troops and clan militia retake Hiraan town from al-Shabaab",
        "Somali troops backed by local clan militias took back the town of Mahas in Hiraan region after a day of fighting with al-Shabaab, the regional governor said. The government described the advance as part of its offensive against the militants in central Somalia.",
        "B M",
        "offensive",
    ),
    (
        "Fano fighters briefly enter Lalibela",
        "Fighters of the Fano militia entered Lalibela on Thursday, residents said, after clashes with the federal army in the surrounding hills. Flights to the town were suspended. The army said it retook control the next day.",
        "B",
        "battle",
    ),
    (
        "Amhara villagers killed in western Oromia, witnesses say",
        "Gunmen killed more than 200 ethnic Amhara residents in Gimbi district of Ethiopia's Oromia region, witnesses told reporters, in one of the deadliest attacks in years. A survivor said he had helped bury dozens in mass graves. The government blamed the Oromo Liberation Army, which denied it.",
        "V",
        "massacre",
    ),
    (
        "Bus hits explosive device on Lamu road",
        "A bus travelling between Mpeketoni and Lamu hit an explosive device on Sunday morning, killing two passengers, Kenyan police said. Police blamed al-Shabaab militants operating from the Boni forest.",
        "E T",
        "ied",
    ),
    (
        "Starvation reported in Tigray villages cut off from aid",
        "People are dying of hunger in parts of Tigray that aid convoys have not reached for months, according to an internal UN document seen by reporters. Health workers in the central zone said they had recorded deaths of children from malnutrition. The federal government and the Tigrayan forces blame each other for blocking roads.",
        "H",
        "humanitarian",
    ),
    (
        "Las Anod: hospital hit as fighting enters third week",
        "Shells landed in the grounds of Las Anod general hospital on Tuesday as fighting between Somaliland forces and clan militias continued around the town, MSF said. More than 150,000 people have fled, many to Ethiopia's Somali region.",
        "B E D H",
        "shelling",
    ),
    # ---------------------------------------------------------------- positives: Mozambique
    (
        "Muidumbe villagers beheaded in football field",
        "Insurgents in Cabo Delgado beheaded more than 50 people on a football field in Muidumbe district, state media reported. The victims were villagers who had been rounded up during raids on several villages. The Islamic State claimed it was behind the violence in the region.",
        "V T",
        "massacre",
    ),
    (
        "Rwandan and Mozambican troops retake Mocímboa da Praia",
        "Rwandan and Mozambican troops recaptured the port town of Mocímboa da Praia, which Islamist insurgents had held for two years, Rwanda's army said. The troops met little resistance in the final push. Houses in the town were empty and many had been burned.",
        "B M",
        "offensive",
    ),
    (
        "Maputo: police fire on crowds as election protests turn violent",
        "Police fired live rounds and tear gas at protesters in Maputo who burned tyres and looted shops to denounce the results of the October election. A rights group said at least 30 people had been killed in a week of unrest. The border post with South Africa at Ressano Garcia was closed after protesters set fire to it.",
        "U",
        "riot",
    ),
    (
        "Dhows land at Paquitequete carrying families from Quissanga",
        "Dozens of wooden boats carrying families who fled attacks on Quissanga district landed on Paquitequete beach in Pemba over the weekend, local officials said. Many arrived without food or water after three days at sea. Aid agencies set up a reception point on the beach.",
        "D H",
        "displacement",
    ),
    (
        "Niassa reserve rangers killed by insurgents",
        "Insurgents linked to the Islamic State killed two rangers and a tourism worker in Mozambique's Niassa Special Reserve, the reserve's managers said. Tourists and staff were evacuated by plane. It was the first attack inside the reserve.",
        "V T D",
        "attack",
    ),
    # ---------------------------------------------------------------- positives: Cameroon's Anglophone regions
    (
        "Gunmen storm Kumba school, children killed",
        "Gunmen on motorbikes and in civilian clothes burst into a private school in Kumba in Cameroon's South-West region on Saturday and opened fire on pupils in a classroom, killing seven children, officials said. A dozen others were wounded. The government blamed separatists, who have ordered schools in the region closed.",
        "V",
        "school_attack",
    ),
    (
        "Residents say soldiers burned homes in Bamenda neighbourhood",
        "Soldiers searching for separatist fighters set fire to dozens of houses in the Mankon area of Bamenda on Tuesday, residents said. A local priest said two men were shot dead in front of their families. The army said troops had come under fire and had 'neutralised' two fighters.",
        "M V",
        "raid",
    ),
    (
        "Taxi torched in Buea as separatists enforce lockdown",
        "Armed men set fire to a taxi whose driver had defied a separatist lockdown in Buea on Monday, witnesses said. The streets of the city were empty and shops stayed shut for the third day. Separatists had ordered residents to stay home ahead of the national day celebrations.",
        "V",
        "intimidation",
    ),
    (
        "Mine kills four soldiers near Ndop",
        "Four soldiers were killed when their armoured vehicle hit a homemade mine near Ndop in Cameroon's North-West region, military sources said. Separatist fighters have increasingly used explosive devices against army patrols.",
        "E",
        "ied",
    ),
    (
        "Separatists abduct 30 churchgoers in Nkwen",
        "Separatist fighters took about 30 people, including a priest, from a church in the Nkwen area of Bamenda during Sunday mass, the diocese said. Most were released the next day after a ransom was paid, relatives said. Separatist leaders accused the hostages of collaborating with the government.",
        "V",
        "abduction",
    ),
    (
        "More Anglophone Cameroonians cross into Nigeria's Cross River",
        "About 2,000 Cameroonians have crossed into Nigeria's Cross River state in two weeks, fleeing clashes between soldiers and separatist fighters in Manyu division, UNHCR said. Many walked through forest for days. They join more than 60,000 Cameroonian refugees already registered in Nigeria.",
        "D B",
        "displacement",
    ),
]
