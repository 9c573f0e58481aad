"""dev445 positives (3 of 3): bombings, Arsal, Aleppo and Ghouta, street violence, riots and
political killings in Lebanon and Syria, 2014-2023.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Twin suicide bombings kill 43 in Bourj al-Barajneh; Islamic State claims attack",
        "Two suicide bombers blew themselves up minutes apart in a crowded shopping street of Bourj al-Barajneh, in Beirut's southern suburbs, on Thursday evening, killing 43 people and wounding more than 200, in the deadliest attack in the capital since the end of the civil war. The first attacker detonated his explosive belt near a Husseiniyeh, and the second struck as residents gathered to help the wounded, security sources said. A third attacker was killed by the first blast before he could set off his own belt. The Islamic State group claimed the bombings in a statement circulated online, saying they targeted Shiites. Prime Minister Tammam Salam declared Friday a day of mourning, and Hezbollah leader Hassan Nasrallah said the attack would not change the party's position on Syria. Blood covered the pavement outside a bakery where a father and his son were among the dead, witnesses said. Army intelligence arrested several suspects, including a Syrian who it said had helped smuggle the bombers in from the north.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Army battles militants in Arsal for third day; soldiers and policemen taken captive",
        "The Lebanese army fought militants of the Islamic State group and the Nusra Front in and around the border town of Arsal for a third day on Monday, after the gunmen overran army posts and a police station over the weekend and took soldiers and policemen captive. The army said 14 soldiers had been killed and 86 wounded, and that 22 soldiers were missing. It brought in reinforcements and artillery and shelled militant positions in the hills above the town. The fighting began on Saturday after the army arrested a commander of a Syrian rebel brigade at a checkpoint, and hundreds of gunmen then attacked army positions from the refugee camps around Arsal and from the barren hills toward the Syrian border. Residents said shells had hit several of the camps, home to tens of thousands of Syrian refugees, and that tents had burned. A delegation of Muslim scholars entered the town on Monday to try to negotiate a ceasefire and the release of the captives. Hundreds of refugees and Lebanese families fled toward Labweh and Baalbek.",
        "B E M T D",
        "battle",
    ),
    (
        "Barrel bombs hit crowded vegetable market in Aleppo's Bab al-Nairab",
        "Government helicopters dropped barrel bombs on a crowded vegetable market in the rebel-held Aleppo neighbourhood of Bab al-Nairab on Sunday morning, killing at least 27 people, activists and rescuers said. Videos posted by activists showed bodies among crates of tomatoes and overturned carts, and men digging with their hands under a collapsed building. The Aleppo Media Centre said the helicopters returned twice, hitting rescuers who had rushed to the scene. Opposition groups accused the regime of deliberately bombing civilian gatherings, and said more than 500 people had been killed by barrel bombs in the city in the past month. A doctor at a field hospital in the Shaar district said it had run out of anaesthetics and that wounded children were being treated on the floor. Thousands of families have fled the eastern neighbourhoods of Aleppo for the Turkish border or for the government-held west since the start of the air campaign in December. The Syrian government denies using barrel bombs and says its forces strike only armed groups.",
        "E V M D H",
        "airstrike",
    ),
    (
        "Hundreds killed in Eastern Ghouta bombardment as hospitals are put out of service",
        "More than 250 civilians have been killed in Eastern Ghouta in two days of air strikes, rocket fire and shelling by government forces and their allies, the Syrian Observatory for Human Rights said on Tuesday, one of the deadliest episodes of the war for the besieged enclave east of Damascus. Warplanes hit residential buildings in Hamouria, Saqba, Kafr Batna and Douma, and rescuers said they could not reach many of the wounded because of the intensity of the bombing. Six hospitals were hit within 48 hours, and three of them were put out of service, the Union of Medical Care and Relief Organizations said. About 400,000 people have been living under siege in the enclave since 2013, with food and fuel smuggled in at high prices. Families spent the night in basements with little water. Rebel groups in the Ghouta fired mortars on Damascus, killing six people in the Bab Touma and Qassaa districts, state media said. The UN called for an immediate halt to the attacks, saying the situation was spiralling out of control, and asked to be allowed to send aid convoys and evacuate the sick.",
        "E V H",
        "bombardment",
    ),
    (
        "Seven killed as gunfire erupts at Tayouneh protest against port blast judge",
        "Seven people were killed and 32 wounded on Thursday when gunfire erupted during a protest by Hezbollah and Amal supporters against the judge investigating the Beirut port explosion, turning the Tayouneh roundabout and the streets of Ain al-Remmaneh into a battlefield for four hours. Snipers on rooftops opened fire on the protesters as they gathered near the Justice Palace, the two Shiite parties said, and armed men from their side then fired back with rifles and rocket-propelled grenades. Among the dead was a mother of five shot in her home in Chiyah. Pupils at nearby schools huddled in corridors as teachers pulled them away from windows. The army deployed tanks and troops, said it had come under fire, and arrested nine people, including a Syrian. Hezbollah and Amal accused the Lebanese Forces of the shooting, which the Christian party's leader Samir Geagea denied. It was the worst street violence in Beirut in more than a decade, and revived memories of the civil war, which began nearby in 1975.",
        "B U M",
        "armed_clash",
    ),
    (
        "Depositors torch bank branches in Beirut as pound hits new low",
        "Angry depositors set fire to the facades of at least six bank branches in Beirut on Thursday, smashing ATMs and throwing stones and Molotov cocktails as the Lebanese pound crashed through 80,000 to the dollar on the parallel market. Protesters from the Depositors' Outcry group blocked the road in Badaro and burned tyres in front of a branch, then moved on to Hamra and Sin el-Fil. Security forces fired tear gas and used batons to push back the crowd outside the home of the chairman of a major bank in Rabieh, and several people were treated for tear gas inhalation. The Internal Security Forces said 12 protesters had been detained and two officers injured by stones. “They stole our money, so we burn their walls,” said a retired teacher whose savings of $60,000 have been stuck since 2019. The Association of Banks announced that branches would close for three days in protest against what it called repeated attacks on its staff. Caretaker Prime Minister Najib Mikati said the government would work on a plan to restore deposits.",
        "U",
        "riot",
    ),
    (
        "Tripoli municipality building set ablaze on fourth night of lockdown riots; protester killed",
        "Protesters set fire to Tripoli's historic municipality building and threw Molotov cocktails at the Serail on Thursday night, the fourth night of riots in Lebanon's poorest city against a strict coronavirus lockdown imposed without aid for families. Security forces fired tear gas, rubber bullets and live ammunition to disperse crowds in al-Nour square, and a 30-year-old man died of gunshot wounds, his family said. The Red Cross said it had treated more than 220 people in four nights, including dozens of members of the security forces hit by stones and a hand grenade. Flames gutted the Ottoman-era building and its archives, as firefighters said they had been prevented from reaching it. Residents said the unrest had been fuelled by hunger, with day labourers unable to work for three weeks. The army deployed in the old city's main streets on Friday. Politicians from the city accused unnamed parties of infiltrating the protests.",
        "U",
        "riot",
    ),
    (
        "Guards fire on protesters at Baath party office in Sweida, three wounded",
        "Guards at the Baath Party's branch in Sweida fired on protesters on Wednesday, wounding three men, as demonstrators tried to shut the building down in the fourth week of protests against the government in the southern province. Local outlet Suwayda 24 said the guards fired from the roof as dozens of protesters gathered at the gate and tried to chain it shut. One of the wounded was hit in the abdomen and was taken to the city's national hospital. Protesters responded by throwing stones at the building, and some broke its windows before leaders of the movement called on them to pull back. The protests, which began in August over fuel price rises, have turned into calls for the fall of Bashar al-Assad, with thousands gathering every day in the square the demonstrators renamed Karama Square. Druze spiritual leader Sheikh Hikmat al-Hijri called for calm and said the protests must remain peaceful. State media made no mention of the incident.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen kill former opposition commander and his son in Daraa countryside as assassinations surge",
        "Unidentified gunmen killed a former opposition commander and his son on Monday evening as they drove home to the town of Nawa in the western Daraa countryside, local sources told Enab Baladi. The gunmen fired at their car from a motorcycle and fled toward the Tal al-Jumou area. The commander had joined the settlement agreement with the regime in 2018 and was close to the Eighth Brigade, a force backed by Russia. His killing was the ninth assassination in Daraa province this month, according to the Daraa Martyrs Documentation Office, which counted 39 assassination attempts in October, 27 of them fatal. Victims have included former rebels, members of regime security branches and civilians, among them a teacher shot dead outside his school in Jasim last week. No side has claimed the killings, which residents blame variously on Iran-backed militias, regime intelligence and cells of the Islamic State group. Shops in Nawa closed for a day of mourning, and residents said they no longer go out after sunset.",
        "V",
        "assassination",
    ),
    (
        "Lokman Slim, Hezbollah critic, found shot dead in his car in the south",
        "Lokman Slim, a publisher and researcher who was one of the most outspoken Shiite critics of Hezbollah, was found shot dead in his rented car on Thursday morning on a country road near the village of Addousiyeh, in the Zahrani area of south Lebanon. He had been shot four times in the head and once in the back, a security source said. Slim, 58, had gone missing on Wednesday night after visiting a friend in Niha, and his family raised the alarm when he did not return home. His sister Rasha said he had received threats for years, and in 2019 slogans calling him a traitor were posted on the walls of his house in Haret Hreik. The president and the caretaker prime minister called for a swift investigation, and the UN special coordinator for Lebanon said the killing must not go unpunished. Hezbollah condemned the killing and called on the security services to find the perpetrators. Friends and activists gathered at his home in the southern suburbs, where he ran the Umam archive on the civil war.",
        "V",
        "assassination",
    ),
]
