"""dev51 positives: Africa (Nigeria's northwest, northeast, Middle Belt and southeast, Cameroon's
Anglophone regions, Amhara and Oromia, Sudan, South Sudan, eastern Congo, Somalia, Cabo Delgado,
the Sahel and its coastal neighbours, Kenya, Libya), as the continent's English-language papers
and wires write them. POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from
eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Bandits kill 38, abduct over 50 in Zamfara villages",
        "Armed bandits on motorcycles killed at least 38 people and abducted more than 50 others in coordinated attacks on four villages in Maradun Local Government Area of Zamfara State, residents said on Sunday. The attackers, who came in their hundreds, also set fire to homes and food barns. Many survivors have fled to Maradun town. The state government said troops had been deployed to the affected communities.",
        "V D",
        "village_raid",
    ),
    (
        "ISWAP fighters overrun military base in Marte",
        "Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in Marte, Borno State, on Monday night, killing at least eight soldiers and carting away weapons, military sources told our correspondent. The insurgents used drones to drop explosives on the base before storming it. Troops later regained control with air support.",
        "B E T",
        "base_attack",
    ),
    (
        "Suicide bombers kill 12 at Konduga fish market",
        "Three suicide bombers struck a busy fish market in Konduga, Borno State, on Saturday evening, killing 12 people and injuring 30, the state emergency management agency said. The police blamed Boko Haram terrorists for the attack.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Gunmen kill 45 in Yelwata attack as Benue declares mourning",
        "Armed men attacked Yelwata community in Guma Local Government Area of Benue State late on Friday, killing at least 45 people, many of them displaced farmers sleeping in the market square, police said. Thousands of residents have fled to Makurdi, and the governor declared three days of mourning. The attackers burned more than 100 homes, the state emergency agency said.",
        "V D",
        "massacre",
    ),
    (
        "Air Force strike kills 10 villagers in Sokoto, residents say",
        "A Nigerian Air Force strike targeting members of the Lakurawa armed group hit a farming village in Silame Local Government Area of Sokoto State, killing at least 10 villagers, residents and a local official said. The military said it had launched an investigation.",
        "E M",
        "airstrike",
    ),
    (
        "Gunmen enforcing sit-at-home order kill two traders in Enugu",
        "Gunmen enforcing the Monday sit-at-home order shot dead two traders and set a bus ablaze at a market in Enugu State, police said. The command blamed the proscribed IPOB and its armed wing, the Eastern Security Network, which the federal government has designated a terrorist organisation.",
        "V T",
        "armed_attack",
    ),
    (
        "Separatist fighters abduct 20, including chief, in Bamenda",
        "Separatist fighters abducted about 20 people, including a traditional chief, from a neighbourhood of Bamenda in Cameroon's North-West region on Tuesday, local officials said. The fighters accused residents of ignoring a lockdown they had ordered ahead of the National Day celebrations.",
        "V",
        "abduction",
    ),
    (
        "Soldiers raid separatist camp near Batibo, kill seven fighters",
        "Cameroonian soldiers killed seven separatist fighters in a raid on their camp near Batibo in the North-West region, the army said on Sunday. Residents said two civilians were also killed in the crossfire and several families fled into the bush.",
        "B M D",
        "raid",
    ),
    (
        "Drone strike on Amhara market kills at least 18 civilians",
        "A drone strike hit a weekly market in a town of the North Gojjam zone of Amhara region on Wednesday, killing at least 18 civilians, residents and a health worker said. Fighting between federal forces and Fano militias has gripped the region for two years, and telephone services remain cut.",
        "E V",
        "drone_strike",
    ),
    (
        "30 bus passengers abducted near Ambo, three officials killed",
        "Gunmen whom the regional government identified as Oromo Liberation Army fighters killed three local officials and abducted at least 30 bus passengers on a road near Ambo on Monday, residents said. The government calls the group Shene and has designated it a terrorist organisation.",
        "V T",
        "abduction",
    ),
    (
        "RSF shelling of Abu Shouk camp kills 30",
        "Rapid Support Forces shelling hit the Abu Shouk displacement camp on the outskirts of El Fasher on Thursday, killing at least 30 people, the local resistance committees said. The RSF has besieged the North Darfur capital for more than a year, and the price of sorghum has risen tenfold.",
        "E V D H",
        "shelling",
    ),
    (
        "40,000 arrive in Tawila in a week as fighting nears El Fasher",
        "More than 40,000 people have arrived in Tawila in North Darfur over the past week after fleeing fighting around El Fasher, the International Organization for Migration said. Most came on foot with nothing, and aid groups said water and shelter were running out.",
        "D H",
        "displacement",
    ),
    (
        "Famine spreads in Kadugli as siege tightens",
        "Famine conditions have spread to Kadugli in South Kordofan, where the RSF and allied fighters have cut all roads into the town, a UN-backed food security panel said. No aid convoy has reached the town since March, and residents are eating leaves, local volunteers said.",
        "H",
        "siege",
    ),
    (
        "ADF rebels kill 43 in overnight raid on Irumu village",
        "Fighters of the Allied Democratic Forces killed at least 43 people with machetes and guns in an overnight raid on a village in Irumu territory, Ituri province, civil society leaders said. The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians in eastern Congo.",
        "V T",
        "massacre",
    ),
    (
        "M23 rebels take Walikale centre after two days of fighting",
        "M23 rebels took control of Walikale centre in North Kivu on Wednesday after two days of fighting with the Congolese army and allied Wazalendo militias, residents said. Thousands of people fled along the road towards Kisangani.",
        "B D",
        "offensive",
    ),
    (
        "Al-Shabaab car bomb kills nine at Mogadishu checkpoint",
        "A car bomb exploded at a checkpoint near the parliament building in Mogadishu on Sunday, killing nine people, including five soldiers, police said. Al-Shabaab said it carried out the attack.",
        "E T",
        "car_bomb",
    ),
    (
        "Somali forces, AUSSOM retake Moqokori from al-Shabaab",
        "Somali National Army troops backed by AUSSOM forces recaptured the town of Moqokori in Hiiraan region after heavy fighting with al-Shabaab on Tuesday, the defence ministry said. It said 40 militants were killed, a figure that could not be independently verified.",
        "B M",
        "offensive",
    ),
    (
        "Insurgents behead three in Muidumbe village attack",
        "Insurgents linked to the Islamic State group killed five people, beheading three of them, in an attack on a village in Muidumbe district of Cabo Delgado on Saturday, local sources said. Residents fled into the bush and towards Mueda.",
        "V T D",
        "massacre",
    ),
    (
        "JNIM fighters storm army positions in Djibo",
        "Fighters of the al-Qaeda-linked JNIM attacked army positions in Djibo, northern Burkina Faso, at dawn on Saturday, killing dozens of soldiers and Volunteers for the Defence of the Homeland, security sources said. The group later released videos of its fighters walking through the town.",
        "B T",
        "attack",
    ),
    (
        "Drone strike on wedding kills 20 in central Mali",
        "A drone strike on a wedding in a village near Mopti killed at least 20 civilians on Sunday, local officials and a rights group said. The army said it had targeted a gathering of terrorists.",
        "E V M",
        "drone_strike",
    ),
    (
        "Twelve Nigerien soldiers killed in ambush near Tillaberi",
        "Twelve Nigerien soldiers were killed when gunmen ambushed their patrol near Tillaberi, close to the border with Mali and Burkina Faso, the defence ministry said on Thursday. The ministry blamed the Islamic State Sahel Province.",
        "B T",
        "ambush",
    ),
    (
        "Jihadists kill 28 soldiers at two posts in northern Benin",
        "Jihadist fighters attacked two army posts in Park W in northern Benin on Thursday, killing 28 soldiers, the army chief of staff said. JNIM claimed responsibility for the attack.",
        "B T",
        "attack",
    ),
    (
        "Four police officers killed by IED in Mandera",
        "Four police officers were killed when their vehicle ran over an improvised explosive device planted by suspected al-Shabaab militants near Elwak in Mandera County on Wednesday, the regional police commander said.",
        "E T",
        "ied",
    ),
    (
        "Police fire live bullets at Saba Saba protesters; 11 killed",
        "At least 11 people were killed as police fired live bullets and tear gas at protesters in Nairobi, Kiambu and Nakuru during the Saba Saba demonstrations on Monday, the Kenya National Commission on Human Rights said. Shops were looted in Kangemi and a police station was set on fire in Ol Kalou.",
        "U",
        "crackdown",
    ),
    (
        "Nasir fighting drives 50,000 from homes, some into Ethiopia",
        "Clashes between the army and the White Army militia in Upper Nile's Nasir County have displaced more than 50,000 people, some of them across the border into Ethiopia, the UN said. Air strikes hit villages along the Sobat river, local officials said.",
        "B E D",
        "clashes",
    ),
    (
        "Rival armed groups clash in Tripoli's Abu Salim, six dead",
        "Heavy clashes between rival armed groups broke out in Tripoli's Abu Salim district on Monday night, killing at least six people, the Emergency Medicine Centre said. Residents reported gunfire and explosions until dawn, and the University of Tripoli suspended exams.",
        "B",
        "clashes",
    ),
]
