"""dev141 positives (2 of 3): India and Pakistan on the Line of Control, Kashmir, the Sahel,
Nigeria, Somalia, Sudan, Congo, Myanmar, Ethiopia and the Thai-Cambodian border
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Pakistani shelling hits Poonch, Rajouri after Operation Sindoor; 12 civilians killed, "
        "say officials",
        "New Delhi: At least 12 civilians, including two children, were killed and more than 50 "
        "injured as Pakistani troops shelled villages and towns in Jammu and Kashmir's Poonch "
        "and Rajouri districts overnight, officials said Thursday, hours after Indian missile "
        "strikes on what the government called terror infrastructure in Pakistan and "
        "Pakistan-occupied Kashmir. Shells landed on homes, a gurdwara and a market in Poonch "
        "town, district officials told ThePrint. An Army jawan was also killed in the firing "
        'along the Line of Control. "Pakistan has deliberately targeted civilian areas," an '
        'Army spokesperson said, adding that Indian troops had responded "in a calibrated and '
        'proportionate manner." Hundreds of families from border villages in Uri and Poonch '
        "have moved to relief camps and community bunkers, and schools in the frontier districts "
        "have been shut until further notice. The Pakistani military said India's strikes on "
        "nine sites had killed 31 people, including women and children, and that its response "
        "had targeted Indian military posts. Defence Minister Rajnath Singh chaired a review "
        "meeting with the three service chiefs on Thursday morning. Flights at several airports "
        "in north and west India, including Srinagar, Jammu, Amritsar and Chandigarh, remained "
        "suspended for a second day. In Poonch, residents said they had spent the night in "
        "underground shelters built after earlier rounds of firing, and many began leaving for "
        "Jammu in the morning with whatever they could carry. The district administration said "
        "it had opened eight relief camps and was arranging buses. Local officials said the "
        "shelling was the heaviest the town had seen since the 1971 war.",
        "E M V D",
        "cross-border shelling",
    ),
    (
        "Two terrorists killed in Kupwara encounter, Army jawan injured; search operation "
        "continues",
        "Srinagar: Two terrorists were killed in an encounter with security forces in the Machil "
        "sector of north Kashmir's Kupwara district on Saturday, the Army said, in what it "
        "described as a foiled infiltration bid along the Line of Control. Troops of the Army "
        "and the Jammu and Kashmir Police launched a joint operation after intelligence inputs "
        "about a group of infiltrators crossing from Pakistan-occupied Kashmir, a Srinagar-based "
        "defence spokesperson said. Contact was established in the early hours, and the exchange "
        "of fire went on for several hours in thick forest. One soldier was injured and has been "
        "evacuated to the Army's 92 Base Hospital, where his condition is stated to be stable. "
        "Two AK-series rifles, pistols, grenades and Pakistani currency were recovered from the "
        "site, the spokesperson added. Officials said the search operation was continuing as one "
        "or two more infiltrators were believed to be hiding in the area. Security forces have "
        "stepped up vigilance along the LoC ahead of the summer, when snow melts on the mountain "
        "passes and infiltration attempts typically rise.",
        "B M",
        "counter-insurgency encounter",
    ),
    (
        "Jihadists storm army camp in central Mali, killing dozens of soldiers",
        "BAMAKO, June 2 (Reuters) - Fighters from the al-Qaeda-linked group JNIM attacked an "
        "army camp in Boulkessi in central Mali near the border with Burkina Faso, killing more "
        "than 30 soldiers, two security sources told Reuters on Monday. The assault began before "
        "dawn on Sunday with a suicide vehicle and lasted several hours, the sources said, and "
        "the attackers looted weapons and set fire to vehicles before withdrawing. Mali's army "
        'said in a statement that its troops had repelled a "complex terrorist attack" and '
        "killed dozens of assailants, but did not give its own losses. JNIM claimed "
        "responsibility in a statement carried by its al-Zallaqa media arm and said it had taken "
        "control of the camp. Boulkessi has been attacked repeatedly since 2019. Mali's ruling "
        "junta, which expelled French troops and the UN peacekeeping mission, has relied on "
        "Russian forces from the Africa Corps, formerly known as Wagner, to fight the "
        "insurgency. The attack was one of several on military positions across the Sahel in "
        "recent weeks, including in Burkina Faso's Djibo and Niger's Banibangou.",
        "B T E",
        "attack on military base",
    ),
    (
        "ISWAP overruns army base in Borno, Nigerian troops forced to retreat",
        "MAIDUGURI - Islamic State West Africa Province (ISWAP) fighters overran a Nigerian army "
        "base in Metele, in Borno state near the border with Niger, in one of the deadliest "
        "attacks on the military in recent years, soldiers and a security source said. Dozens of "
        "soldiers were killed, and others were missing after they fled into the bush, three "
        "soldiers who survived the attack told Reuters. The jihadists arrived in gun trucks and "
        "fought for several hours before taking the base and carting away weapons and armoured "
        "vehicles, one soldier said. The army said in a statement that the base had come under "
        'attack and that troops had "tactically withdrawn" before reinforcements were '
        "deployed. ISWAP released photographs of what it said were bodies of soldiers and seized "
        "weapons through the Islamic State's Amaq agency. Troops in the area have complained of "
        "poor equipment and long tours in the northeast, where the military has been fighting "
        "Boko Haram and its offshoot for nearly a decade.",
        "B T",
        "attack on military base",
    ),
    (
        "Al-Shabaab attacks Somali base used by US special forces; car bombs repelled",
        "MOGADISHU - Al-Shabaab militants attacked the Baledogle airfield, a base used by U.S. "
        "forces to train Somali commandos, with a car bomb and gunfire on Monday, the group and "
        "Somali officials said. A suicide bomber drove an explosives-laden vehicle at the gate, "
        "and a second car bomb was detonated nearby before gunmen tried to enter the compound, a "
        "Somali military officer told Reuters. U.S. Africa Command said the attack had been "
        "repelled and that no American personnel were killed or wounded. Somali officials said "
        "ten militants had died in the fighting. Al-Shabaab, al-Qaeda's affiliate in East "
        "Africa, claimed responsibility through its Radio Andalus station and said its fighters "
        "had killed soldiers inside the base, a claim that could not be verified. AFRICOM said "
        "it had carried out an airstrike near the base after the attack. Baledogle, about 110 "
        "kilometres northwest of Mogadishu, hosts trainers who work with Somalia's Danab special "
        "forces.",
        "B E T",
        "attack on military base",
    ),
    (
        "RSF drones hit Port Sudan for third day, striking airport and fuel depots",
        "PORT SUDAN, Sudan, May 6 (Reuters) - Drones launched by the paramilitary Rapid Support "
        "Forces struck Port Sudan's international airport, a fuel depot and a power substation "
        "on Tuesday, the third straight day of attacks on the Red Sea city that has served as "
        "the army-backed government's base during the two-year war. Thick black smoke rose over "
        "the port, where fires burned at fuel storage tanks for a second day, witnesses said. No "
        "casualties were immediately reported. The airport, the main entry point for aid and for "
        "Sudanese returning home, suspended all flights, and the United Nations said "
        "humanitarian flights carrying staff and supplies would be rerouted. The army's "
        "spokesman said air defences had downed several drones, and accused the United Arab "
        "Emirates of supplying them, which Abu Dhabi denies. The RSF has increasingly used "
        "long-range drones after being pushed out of Khartoum by the army, analysts say. Port "
        "Sudan had been considered one of the safest places in the country and is home to "
        "hundreds of thousands of displaced people.",
        "E H",
        "drone strike",
    ),
    (
        "M23 rebels push toward Uvira as Congolese troops and Burundian allies fall back",
        "GOMA, Democratic Republic of Congo - M23 rebels advanced south along the shores of Lake "
        "Kivu toward the town of Uvira on Sunday after seizing the town of Kamanyola, residents "
        "and military sources said, pressing a campaign that has brought much of eastern Congo's "
        "South Kivu province under their control. Congolese troops and allied Burundian soldiers "
        "withdrew from positions around the town after heavy fighting, two military sources "
        "said, and looting broke out as retreating soldiers and militiamen passed through. "
        "Thousands of residents crossed the Rusizi river into Burundi, the UN refugee agency "
        "said, adding that more than 40,000 people had arrived there in two weeks. Congo's "
        "government accuses Rwanda of arming and commanding the rebels and of deploying its own "
        "troops across the border, an accusation Rwanda rejects. UN experts say several thousand "
        "Rwandan soldiers are fighting alongside the group. The rebels' political wing said it "
        "had no plans to take Uvira and was acting to protect civilians from attacks by "
        "pro-government militias.",
        "B D",
        "rebel offensive",
    ),
    (
        "Arakan Army says it has captured junta's Western Command headquarters in Rakhine",
        "The Arakan Army (AA) says it has captured the headquarters of the Myanmar military's "
        "Western Command in the town of Ann, the first regional command to fall to an armed "
        "resistance group since the 2021 coup. In a statement posted on Telegram, the ethnic "
        "armed group said its fighters had taken the base after weeks of fighting and that "
        "hundreds of junta soldiers had been killed or captured, including senior officers. The "
        "junta has not commented. Photos released by the AA showed fighters posing in front of "
        "the command's signboard and with stacks of captured weapons and ammunition. The Western "
        "Command oversaw military operations in Rakhine and Chin states, as well as naval forces "
        "in the Bay of Bengal. Its loss leaves the junta with a shrinking foothold in Rakhine, "
        "where it still holds the state capital Sittwe, the port of Kyaukphyu, which hosts major "
        "Chinese-backed projects, and Gwa in the south. Analysts writing for The Diplomat have "
        "noted that the AA's gains along the border with Bangladesh have complicated any "
        "prospect of returning Rohingya refugees. The fighting has displaced hundreds of "
        "thousands of people in Rakhine since the AA ended an informal ceasefire in late 2023.",
        "B",
        "battle",
    ),
    (
        "Paramotor bomb attack on candlelight gathering in Sagaing kills at least 24",
        "A Myanmar military paramotor dropped two bombs on a crowd gathered for a full-moon "
        "festival and protest in Chaung U township in Sagaing region on Monday evening, killing "
        "at least 24 people, including children, and wounding 47, local resistance officials and "
        "residents said. Around a hundred people had come together to light candles and call for "
        "the release of political prisoners when the motorised paraglider appeared overhead, a "
        "local organiser told reporters by phone. Residents said they had been warned minutes "
        "earlier but had little time to disperse. The junta, which has increasingly used "
        "paramotors as a cheap way to drop munitions on villages held by resistance forces, did "
        "not comment. Amnesty International said the attack should be investigated as a war "
        "crime. The military has carried out hundreds of air attacks on civilian areas since the "
        "2021 coup, according to monitoring groups, and has intensified operations in central "
        "Myanmar ahead of elections it plans to hold in December. Sagaing has been one of the "
        "strongholds of the People's Defence Forces that took up arms after the coup.",
        "E V",
        "air attack",
    ),
    (
        "Drone strike on market in Ethiopia's Amhara region kills dozens, residents say",
        "ADDIS ABABA - A drone strike on a busy market in a town in Ethiopia's Amhara region "
        "killed at least 30 people on Sunday, residents and a health worker told Reuters, as the "
        "army fights the Fano militia that controls large parts of the countryside. The strike "
        "hit the market in the early afternoon, when it was crowded with traders and shoppers, a "
        'resident said. "There were no fighters in the market, only people buying and '
        'selling," another said. A health worker at the local hospital said 30 bodies had been '
        "brought in and more than 50 wounded were being treated with scarce supplies. Ethiopia's "
        "government and the military did not respond to requests for comment. The federal "
        "government has used drones extensively against Fano since fighting began in August "
        "2023, after Addis Ababa moved to disband regional forces. Internet and phone "
        "connections have been cut in much of Amhara, making it difficult to confirm reports "
        "from the region.",
        "E V",
        "drone strike",
    ),
    (
        "Thai F-16s strike Cambodian positions as border clashes spread; tens of thousands "
        "evacuated",
        "BANGKOK - Thailand sent F-16 fighter jets to strike Cambodian military targets on "
        "Thursday as fighting between the two countries' troops spread along their disputed "
        "border, while Cambodian BM-21 rockets hit Thai villages and a petrol station, killing "
        "at least 11 civilians, Thai officials said. The clashes began at dawn near the Ta Muen "
        "Thom temple in Surin province and spread to at least six locations, according to the "
        "Thai army, which accused Cambodian troops of opening fire first after sending a drone "
        "over Thai positions. Cambodia's defence ministry said Thai forces had attacked first "
        'and called the airstrikes "reckless and brutal military aggression." More than 40,000 '
        "people were evacuated from villages in four Thai border provinces, and Cambodian "
        "authorities said thousands had fled in Oddar Meanchey. Thailand closed all land "
        "crossings and downgraded diplomatic ties. The fighting follows months of tension after "
        "a Cambodian soldier was killed in a brief exchange of fire in May. Analysts said it "
        "marked the first use of Thailand's F-16s in combat against a neighbour.",
        "B E D",
        "border clash",
    ),
]
