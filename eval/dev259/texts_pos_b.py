"""dev259 positives, part B: fisheries stories that report current armed violence or unrest
(Myanmar, Sudan, Haiti, South Asia's riots and crackdowns, East Africa, Colombia, Syria, the
Black Sea and Azov).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset.
"""

POSITIVES = [
    (
        "Air strike on Rakhine fishing village kills 11, residents flee by boat",
        "A military air strike on a fishing village on Myanmar's Rakhine coast killed at least 11 people, among them children, and sent hundreds fleeing by boat, residents and the Arakan Army said on Friday. A jet bombed the village of Kyauk Ni Maw on Ramree island on Wednesday evening as fishermen were unloading their catch, witnesses said, and a fire spread through dozens of homes built of bamboo and palm. The junta did not respond to requests for comment, but state media said the air force had attacked “terrorist” positions on the island. The Arakan Army has captured most of northern and central Rakhine from the military since late last year, and the fighting has moved south towards Kyaukphyu. Fishing families who fled said they had reached the mainland in overcrowded boats and were sleeping in monasteries. “The sea was our rice pot. Now we cannot go near it,” one fisherman said. Aid groups say a blockade of the state has caused severe shortages of rice and medicine.",
        "E V D H",
        "airstrike",
    ),
    (
        "Shelling hits Omdurman fish market, killing traders, as Sudan battle rages",
        "Artillery shells struck a crowded fish market in Omdurman on Sunday morning, killing at least 15 people and wounding dozens, a local volunteer group said. The Emergency Response Room in Karari said the shells were fired by the paramilitary Rapid Support Forces from positions west of the city, as fighting with the army intensified across Greater Khartoum. Traders said the market, on the banks of the Nile, had reopened only weeks earlier after the army took back parts of Omdurman. Fishermen who sell their catch there said they were already struggling, with fuel for boat engines scarce and the river patrolled by armed men. The RSF denied targeting civilians and accused the army of shelling areas under its control. The Al-Nau hospital, one of the last working in the city, said it had run out of blood for transfusions. The UN said the war had displaced more than 12 million people since April 2023.",
        "E V B H",
        "shelling",
    ),
    (
        "Haitian gang attack on fishing town forces residents to flee by sea",
        "Members of an armed gang stormed the fishing town of Cabaret, north of Port-au-Prince, overnight, killing at least eight people and setting homes and boats on fire, local officials and a human rights group said. Residents fled along the beaches and in fishing boats towards Arcahaie, where the mayor said about 3,000 people had arrived by Wednesday. The attack was blamed on the Viv Ansanm gang coalition, which controls most of the capital and has been pushing north along the coast. Police and the Kenyan-led multinational mission said they had sent a unit to the area, where gunfire continued on Tuesday. Fishermen said the gangs had been demanding payment for the right to land their catch for months. “We left the boats on the sand, we took only the children,” said a fisherman who sleeps in a school in Arcahaie. The International Organization for Migration says more than a million people are now displaced in Haiti.",
        "V B D",
        "gang_attack",
    ),
    (
        "Police station attacked as Vizhinjam port protest turns violent",
        "Dozens of police officers were injured when protesters, most of them from fishing communities, attacked the Vizhinjam police station near Thiruvananthapuram on Sunday night, Kerala police said. The crowd smashed police vehicles and broke into the station after officers arrested a man in connection with clashes the previous day at the site of the Adani Group's deep-sea port. Police used tear gas to disperse the protesters and said at least 36 officers had been hurt. The fishing communities, led by the Latin Catholic archdiocese, have protested for more than four months against the port, which they say is eroding the coast and destroying homes and fishing grounds. Church leaders said several protesters were also injured and that police had used excessive force. The state government said it would not halt construction and called for talks. More police were deployed in the coastal villages on Monday and prohibitory orders were imposed.",
        "U",
        "riot",
    ),
    (
        "Fishermen clash with police in Sri Lanka over kerosene shortage",
        "Police fired tear gas at fishermen who blocked a main road in Chilaw on Tuesday to protest against a shortage of kerosene, which powers the outboard motors of most small boats in Sri Lanka. Protesters threw stones at police and set tyres on fire, and several people on both sides were injured, local media reported. The fishermen said they had not been able to go out for more than a week because filling stations had no kerosene, and that fish was rotting in the market for lack of ice. Sri Lanka is going through its worst economic crisis since independence, and fuel queues stretch for kilometres. Police said 14 people were arrested and a curfew was imposed in the town overnight. Protests over shortages of fuel and gas have spread across the island in recent weeks. The fisheries minister said a special allocation of kerosene would be sent to fishing harbours.",
        "U",
        "clash",
    ),
    (
        "Police tear-gas Gwadar sit-in led by fishermen, dozens arrested",
        "Police fired tear gas and arrested dozens of people in Gwadar on Tuesday to break up a sit-in led by local fishermen, who have protested for two months against illegal trawlers and checkpoints in the port city in Pakistan's Balochistan province. Leaders of the Haq Do Tehreek movement said one protester was killed and many were injured, while police said a constable died after being hit by a stone. The provincial government imposed Section 144, banning gatherings, and mobile internet was suspended in the district. The movement, led by Maulana Hidayat-ur-Rehman, says that large trawlers from Sindh fish illegally off the coast and that residents are humiliated at security checkpoints linked to the China-Pakistan Economic Corridor. Shops remained shut on Wednesday and roads into the city were blocked. Rights groups called for the release of those detained and for talks.",
        "U",
        "crackdown",
    ),
    (
        "Vietnamese police break up protest over mass fish deaths",
        "Police in Vietnam's Nghe An province used batons and stun guns to break up a protest by thousands of Catholic parishioners and fishermen demanding compensation for a toxic spill that killed fish along the central coast, witnesses and a church official said. The protesters had marched towards the offices of the Taiwanese-owned Formosa steel plant, which has admitted discharging waste that killed tons of fish in April. Videos shared on social media showed officers beating protesters and bloodied men lying on the ground. A priest in the diocese of Vinh said at least 20 people were injured and several were detained. The government said the protest had been “incited by bad elements” and that order had been restored. Fishermen in four provinces say they have not been able to sell their catch for months because customers fear the fish is poisoned. Formosa has promised $500m in compensation, which many fishermen say they have not received.",
        "U",
        "crackdown",
    ),
    (
        "Al-Shabaab gunmen kill fishermen near Kiunga in Lamu",
        "Suspected al-Shabaab militants killed three fishermen and wounded another near Kiunga, in Kenya's Lamu county, close to the border with Somalia, police said on Thursday. The men were attacked as they pulled their boat onto the beach after a night's fishing, according to a police report seen by the Nation. Two others escaped into the mangroves and raised the alarm. The militants have staged repeated attacks in Lamu, planting roadside bombs against security convoys and raiding villages in the Boni forest. Security forces have launched an operation in the area to pursue the attackers, the regional commissioner said. Fishermen in Kiunga and Ishakani say a night curfew on the sea has already cut their income, and that many have moved to Lamu town. “The fish are here, but we are afraid,” said the chairman of the local beach management unit.",
        "T V M",
        "attack",
    ),
    (
        "Puntland forces push into IS hideouts as fishing villages empty",
        "Puntland security forces said on Monday they had taken several positions from Islamic State fighters in the Cal Miskaad mountains, after days of heavy fighting that has emptied fishing villages along the Bari coast. Commanders said dozens of militants had been killed, and that the forces had been supported by air strikes from the United States and the United Arab Emirates. Fishing families from villages near Qandala and Bareeda have moved to Bosaso, local officials said, saying the militants had seized boats and demanded payment from fishermen. The offensive began at the end of December after the group expanded its presence in the region, drawing foreign fighters. Puntland's leader said the operation would continue until the group was driven out of the mountains. Aid agencies said about 4,000 families had been displaced and needed food and water.",
        "B M E D",
        "offensive",
    ),
    (
        "Armed groups confine fishing villages on Colombia's Pacific coast",
        "Fighting between a dissident faction of the former FARC and the ELN guerrilla has confined more than 3,000 people in Afro-Colombian fishing villages along the Timbiqui river, in Colombia's Cauca department, the Ombudsman's office said. Residents have not been able to fish or reach their crops for two weeks, as armed men control the river and have laid mines along paths, the office said. One fisherman was killed on Saturday when he was caught in crossfire, community leaders told local media. At least 600 people fled to the town of Timbiqui and to Guapi, where they are staying in schools and a sports hall. The army said it had sent troops to the area. The Pacific coast of Cauca and Narino is one of the main routes for cocaine leaving Colombia, and armed groups fight for control of rivers and estuaries. Authorities said food parcels would be delivered by boat.",
        "B D H",
        "confinement",
    ),
    (
        "Fishermen stay ashore as fighting spreads to Bahir Dar",
        "Fishermen on Lake Tana have stopped taking their boats out after fighting between the Ethiopian army and Fano militiamen reached the city of Bahir Dar, residents said. Heavy gunfire was heard around the city overnight, and the federal government has declared a state of emergency in the Amhara region. A resident near the port said soldiers had fired on a boat returning to shore and that two men were wounded. The regional fish market, which usually supplies tilapia and catfish to Addis Ababa, was closed and trucks had stopped running because of roadblocks. Telephone and internet services in the region have been cut. Hospitals in the city were struggling to treat the wounded, a doctor said. Some families from the lake villages have fled to monasteries on the islands.",
        "B D H",
        "battle",
    ),
    (
        "Riots in Saint-Louis after Senegalese fisherman shot by Mauritanian coastguard",
        "Angry young men burned tyres, ransacked shops and attacked Mauritanian-owned businesses in the Senegalese city of Saint-Louis on Sunday, after a fisherman from the Guet Ndar district was shot dead by the Mauritanian coastguard. Police used tear gas to disperse the crowds and several people were injured, including two police officers, local media reported. Fishermen say the 19-year-old was killed when coastguards fired on a pirogue that had crossed the maritime border. Mauritania said its patrol had fired after the crew refused to stop. Senegal's government appealed for calm and sent its foreign minister to Nouakchott. The fishermen of Guet Ndar have long complained that fishing licences granted by Mauritania are too few, forcing them into its waters. Shops in the market remained closed on Monday, and security forces patrolled the bridge to the island.",
        "U",
        "riot",
    ),
    (
        "Arakan Army seizes Bangladeshi fishermen on Naf river",
        "Members of the Arakan Army abducted at least 20 Bangladeshi fishermen from the Naf river near Teknaf on Tuesday and took them to Myanmar, local officials and the Border Guard Bangladesh said. The fishermen were taken at gunpoint from five boats, according to boat owners who raised the alarm. The rebel group, which seized the Myanmar side of the border from the junta last year, has detained dozens of fishermen in recent months, accusing them of straying into its waters. The Border Guard said it was in contact with the group through intermediaries to secure the men's release. Gunfire from across the border has been heard in Teknaf in recent weeks, and local administrators have told fishermen not to go out on the river. Fishermen say the river is their only income. “We cannot stop,” said a boat owner in Shah Porir Dwip.",
        "V",
        "abduction",
    ),
    (
        "Nikopol fishermen shelled across the reservoir bed",
        "Russian forces shelled the city of Nikopol and its riverside districts on Saturday, killing a 64-year-old man who had gone fishing in what remains of the Kakhovka reservoir, Dnipropetrovsk's regional governor said. Serhiy Lysak said the man was hit by a drone near the shore, in an area where residents have been told not to walk. Artillery struck homes, a gas pipeline and a market in the city, wounding four more people. Russian troops occupy the Zaporizhzhia nuclear power plant across the dried reservoir, and fire on Nikopol almost every day. Locals say fish trapped in the pools left by the reservoir drew men to the shore after the Kakhovka dam was destroyed in 2023. Half of Nikopol's pre-war population has left, the city council says. Officials urged the rest to stay close to shelters.",
        "E V D",
        "shelling",
    ),
    (
        "Fishermen among dead as killings hit Syrian coast, residents say",
        "Fishermen were among dozens of Alawite civilians killed in the coastal city of Baniyas over the weekend, residents and a war monitor said, as violence spread after an insurgent attack on government forces. The Syrian Observatory for Human Rights said gunmen allied to the new authorities had carried out executions in several neighbourhoods and villages near Baniyas and Jableh. One resident said men from his street, many of whom worked on fishing boats in the port, were taken from their homes and shot. Thousands of people fled to the hills and to the Russian air base at Hmeimim, according to aid groups. The government said it had launched an operation against remnants of the former regime and that it would hold those responsible for abuses to account. The port of Baniyas was deserted on Monday and the fish market shut.",
        "V B D M",
        "massacre",
    ),
    (
        "Azov trawlers told to stay in port after drone attacks, Russian officials say",
        "Fishing companies in Russia's Krasnodar region have been ordered to keep trawlers in port after Ukrainian sea drones attacked ships near the Kerch Strait and the port of Temryuk, regional officials said. One drone struck a fuel terminal in Temryuk overnight, starting a fire and injuring two workers, according to the regional emergency headquarters. Russia's defence ministry said its forces had destroyed several naval drones in the north-eastern Black Sea. The ban affects more than a hundred vessels that fish for anchovy and sprat in the Sea of Azov, the regional fisheries agency said. Ukraine's military intelligence did not comment directly but said the Russian fleet and its supply routes were legitimate targets. Fish processors in Temryuk said they would start running out of raw material within days.",
        "E",
        "drone_strike",
    ),
]
