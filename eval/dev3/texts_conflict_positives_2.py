"""dev3 conflict items: positives, second half. See build.py."""

from items import C

C(
    "Live: protests over fuel prices turn violent in Lagos",
    "11:20 – Protesters have set fire to a police station in the Ikorodu area, according to witnesses. 11:45 – Police fire tear gas at crowds blocking the Lekki toll gate; several people are seen bleeding. 12:30 – Looters break into a food warehouse in Ikeja. 13:05 – The state government imposes a 24-hour curfew.",
    "unrest",
    "riot",
)

C(
    "Mozambique: post-election unrest leaves dozens dead",
    "Police shot dead at least 21 people in two days of riots in Maputo after the Constitutional Council confirmed the ruling party's election victory, a civil society platform said. Protesters looted shops, torched tyres and freed more than 1,500 inmates from a prison. Thousands of Mozambicans crossed into Malawi to escape the violence. The police chief said two officers were killed.",
    "unrest displacement",
    "riot",
)

C(
    "India: curfew in Nagpur after communal clashes",
    "Authorities imposed a curfew in parts of Nagpur after clashes between Hindu and Muslim groups over a protest demanding the removal of a Mughal emperor's tomb. Mobs threw stones and set vehicles on fire, and several police officers were injured. Police arrested more than 50 people. Internet services were suspended in the affected areas.",
    "unrest",
    "communal_violence",
)

C(
    "Serbia: clashes after Belgrade rally",
    "Riot police clashed with protesters in central Belgrade late on Saturday after a largely peaceful anti-government rally of tens of thousands. Police used pepper spray and batons, and protesters threw bottles and flares. The interior minister said 16 officers were hurt and 22 people arrested. Opposition leaders accused police of provoking the violence.",
    "unrest",
    "clashes",
)

C(
    "Iran: security forces fire on mourners in Kurdish city",
    "Iranian security forces opened fire on mourners at a funeral in Mahabad, killing at least three people, Kurdish rights groups said. Mourners had chanted anti-government slogans and set fire to a government building. The authorities blamed 'rioters'. Internet access in the city was cut.",
    "unrest",
    "crackdown",
)

C(
    "Peru: protesters killed in clashes at Juliaca airport",
    "Seventeen people were killed in clashes between security forces and protesters who tried to take over the airport in Juliaca in Peru's southern Andes, the health ministry said. Protesters demanding the president's resignation threw rocks and set fire to police vehicles. It was the deadliest day since unrest erupted in December.",
    "unrest",
    "clashes",
)

C(
    "Press release: UNICEF says children killed and maimed in eastern DRC",
    "KINSHASA/GENEVA, 14 February – UNICEF is alarmed at reports of grave violations against children in North and South Kivu. Since January, the agency has verified the killing or maiming of more than 300 children, as well as abductions and recruitment by armed groups. Cases of sexual violence against children have risen sharply in displacement sites around Goma. UNICEF calls on all parties to protect civilians.",
    "violence_against_civilians displacement humanitarian",
    "violations_against_children",
)

C(
    "Press release: WFP suspends operations in part of Gaza after convoy hit",
    "ROME – The World Food Programme is temporarily pausing movements in northern Gaza after one of its vehicles came under fire at an Israeli checkpoint near Wadi Gaza on Tuesday night. The vehicle was hit by at least ten bullets as it approached. No staff were injured. WFP said starvation in northern Gaza was spreading and that convoys could not move safely.",
    "humanitarian violence_against_civilians",
    "attack_on_aid",
)

C(
    "Ukraine: Russian drones hit Odesa port and grain silos",
    "Russian drones struck port infrastructure in Odesa overnight, destroying grain silos and damaging a foreign-flagged ship, the regional governor said. Three port workers were wounded. Ukraine's air force said it had shot down 35 of 47 drones launched overnight. The attack caused a fire that burned for six hours.",
    "explosions_remote_violence",
    "drone_attack",
)

C(
    "Russia: Ukrainian drone strike hits oil refinery",
    "A Ukrainian drone attack set fire to an oil refinery in Russia's Ryazan region, the regional governor said, and fragments wounded two people. Ukraine's General Staff said it had hit the plant as part of its campaign against facilities supplying the Russian army. Flights at Moscow airports were briefly suspended.",
    "explosions_remote_violence military_operation",
    "drone_attack",
)

C(
    "Israel: Houthi missile lands near Ben Gurion airport",
    "A ballistic missile fired by Yemen's Houthi movement struck near Israel's Ben Gurion airport on Sunday, leaving a crater and wounding six people, Israeli officials said. Interceptors failed to stop it. Several airlines cancelled flights to Tel Aviv. Israel vowed to retaliate.",
    "explosions_remote_violence",
    "missile_attack",
)

C(
    "DR Congo: M23 rebels enter Bukavu",
    "M23 rebels, backed by Rwandan troops according to the UN, entered Bukavu, the capital of South Kivu, on Sunday, after Congolese soldiers and their allies withdrew. Residents reported looting and gunfire overnight. Thousands of people fled south towards Uvira and across the border into Burundi. Prisoners escaped from the central jail.",
    "battle displacement",
    "offensive",
)

C(
    "Sudan: drones hit Port Sudan fuel depots",
    "Drones launched by the RSF struck fuel depots and the airport in Port Sudan for a third day, the army said, setting off huge fires. The city, which had been spared fighting, hosts the government and UN agencies and is a hub for aid. Flights were suspended and electricity was cut. Aid agencies said the strikes threatened the delivery of assistance across the country.",
    "explosions_remote_violence humanitarian",
    "drone_attack",
)

C(
    "Nigeria: bandits kill villagers in Zamfara raid",
    "Armed bandits on motorcycles raided the village of Kurar Mota in Zamfara state, killing at least 30 people and abducting dozens, residents said. The attackers burned houses and took livestock. The gunmen had demanded a levy from the community, which failed to pay. Police said officers and vigilantes were pursuing the attackers.",
    "violence_against_civilians",
    "village_raid",
)

C(
    "Burkina Faso: convoy to Djibo ambushed",
    "A supply convoy escorted by the army was ambushed near Djibo by fighters of JNIM, killing several soldiers and civilian drivers, security sources said. Dozens of trucks carrying food for the besieged town were set on fire. The town has been under blockade by the jihadists for more than two years, and residents depend on rare convoys and airlifts.",
    "battle terrorism humanitarian",
    "ambush",
)

C(
    "Afghanistan: suicide attack on Kabul ministry",
    "A suicide bomber killed the Taliban's refugee minister and several other people in an attack inside the ministry compound in Kabul, officials said. Islamic State Khorasan claimed responsibility. It was the most senior Taliban official killed since the group returned to power. The Taliban spokesman condemned the attack as cowardly.",
    "explosions_remote_violence terrorism",
    "suicide_bombing",
)

C(
    "Lebanon: displaced families sleep on Beirut seafront",
    "Families who fled Israeli bombardment of the southern suburbs of Beirut slept on the Corniche and in public squares on Friday night as shelters filled up. Aid groups handed out blankets and water. The government said it had opened hundreds of schools as shelters, but many were already full. Israeli strikes continued through the night.",
    "displacement humanitarian explosions_remote_violence",
    "displacement",
)

C(
    "Yemen: landmine kills children in Taiz",
    "Three children were killed and two others wounded when a landmine exploded while they were herding sheep on the outskirts of Taiz, a local official said. The mine had been laid during fighting between government forces and the Houthis. Mine clearance teams say thousands of mines remain in the area.",
    "explosions_remote_violence",
    "landmine",
)

C(
    "Israeli troops raid Jenin refugee camp",
    "Israeli forces launched a large-scale operation in the Jenin refugee camp, with drones, bulldozers and hundreds of troops, the army said. Palestinian health officials said 10 people were killed. Thousands of residents were ordered to leave the camp and walked out through army checkpoints. Armed fighters exchanged fire with troops.",
    "military_operation displacement battle explosions_remote_violence",
    "raid",
)

C(
    "Haiti: UN says gang sexual violence surges in displacement sites",
    "Women and girls living in displacement sites in Port-au-Prince face rising sexual violence by gang members, the UN Population Fund said. It recorded hundreds of cases in the first quarter, many of them gang rapes. Most of the survivors had fled gang attacks on their neighbourhoods. Health services able to treat survivors have closed because of the violence.",
    "violence_against_civilians displacement humanitarian",
    "sexual_violence",
)

C(
    "Mali: fuel blockade by jihadists paralyses Bamako",
    "A fuel blockade imposed by al-Qaeda-linked JNIM has left Bamako with long queues at petrol stations and schools closed, residents said. The jihadists have burned dozens of fuel tankers on the roads from Senegal and Ivory Coast. The army has begun escorting convoys. The US and other embassies advised their citizens to leave.",
    "terrorism humanitarian violence_against_civilians",
    "blockade",
)

C(
    "Syria: clashes between Druze fighters and Bedouin tribes in Sweida",
    "Clashes between Druze fighters and Bedouin tribes in Syria's Sweida province killed more than 30 people, the interior ministry said, and government forces deployed to the area were drawn into the fighting. Israel struck government tanks heading towards the city, saying it was protecting the Druze. Hundreds of families fled their homes.",
    "battle explosions_remote_violence displacement military_operation",
    "battle",
)

C(
    "Kenya: al-Shabaab IED kills police officers near Somali border",
    "Five police officers were killed when their vehicle hit a roadside bomb in Mandera county near the Somali border, police said, blaming al-Shabaab. The officers were on a patrol to protect telecommunication masts. The militants have stepped up attacks in north-eastern Kenya in recent months.",
    "explosions_remote_violence terrorism",
    "ied",
)

C(
    "Philippines: army raid on rebel camp in Mindanao",
    "The Philippine army said it had killed 12 members of the Dawlah Islamiyah militant group in a raid on their camp in Lanao del Sur, backed by air strikes. A soldier was killed. The military said the group was behind a bombing at a university Mass that killed four people last year.",
    "military_operation explosions_remote_violence battle",
    "raid",
)

C(
    "Nigeria: Boko Haram fighters abduct women gathering firewood",
    "Boko Haram fighters abducted more than 50 women who had left a displacement camp in Gamboru Ngala to collect firewood, local officials said. Women in the camps say they have no choice but to go out to find fuel for cooking. The army said it had launched a rescue operation.",
    "violence_against_civilians terrorism displacement military_operation",
    "abduction",
)

C(
    "Sudan: RSF fighters accused of mass killings in Gezira village",
    "RSF fighters killed more than 100 people in the village of Wad al-Noura in Gezira state, local activists said, after residents resisted an attack. Videos showed rows of bodies wrapped in shrouds awaiting burial. The army said the paramilitaries had shelled the village before storming it. Survivors fled to nearby towns.",
    "violence_against_civilians explosions_remote_violence displacement",
    "massacre",
)

C(
    "Ethiopia: Oromia gunmen abduct bus passengers",
    "Gunmen abducted dozens of passengers from buses travelling on the road between Gebre Guracha and Addis Ababa, relatives said, demanding ransoms. The government blamed the Oromo Liberation Army, which it calls a terrorist group; the rebels denied involvement. Security forces launched an operation in the area.",
    "violence_against_civilians terrorism military_operation",
    "abduction",
)

C(
    "Pakistan: troops and militants clash in North Waziristan",
    "Pakistani security forces killed 30 militants trying to cross from Afghanistan into North Waziristan, the military said, in an operation that lasted two days. Six soldiers were killed. The military described the fighters as 'khawarij', its term for the Pakistani Taliban. Residents of nearby villages were told to stay indoors.",
    "battle military_operation",
    "battle",
)

C(
    "Togo: security forces crack down on protests in Lomé",
    "Security forces in Togo fired tear gas and beat protesters in Lomé during three days of demonstrations against constitutional changes, rights groups said. At least seven bodies were later pulled from a lagoon and canals. Dozens of people were arrested, and internet access was restricted.",
    "unrest",
    "crackdown",
)

C(
    "Indonesia: riots after delivery driver killed by police vehicle",
    "Rioters set fire to regional parliament buildings in Makassar and looted the home of the finance minister in Jakarta after a police armoured vehicle ran over a motorcycle delivery driver during protests over lawmakers' allowances. At least three people died in the Makassar fire. Police fired tear gas and arrested hundreds.",
    "unrest",
    "riot",
)

C(
    "Northern Ireland: night of rioting in Ballymena",
    "Rioters threw petrol bombs and bricks at police in Ballymena for a third night, and several families from ethnic minorities fled their homes after they were attacked, police said. Seventeen officers were injured. Police said the violence was racially motivated thuggery.",
    "unrest violence_against_civilians displacement",
    "riot",
)

C(
    "Guinea: protesters shot dead in Conakry",
    "Security forces shot dead two young men during protests in Conakry against the military government's failure to hand over power, a rights group said. Protesters blocked roads with burning tyres and threw stones at police. The junta banned all demonstrations.",
    "unrest",
    "crackdown",
)

C(
    "Gaza: famine declared in Gaza City",
    "A UN-backed hunger monitor confirmed famine in Gaza City and surrounding areas, saying more than half a million people faced catastrophic conditions. It blamed the war and restrictions on aid deliveries. The Israeli government rejected the finding. The UN said children were dying of malnutrition-related causes every day.",
    "humanitarian",
    "famine",
)

C(
    "Sudan: cholera spreads in camps for people fleeing fighting",
    "Cholera has spread to camps sheltering people who fled fighting in El Fasher and Kordofan, the health ministry said, with hundreds of cases reported in a week. Médecins Sans Frontières said the treatment centres it supports were full. Many of the displaced drink water from unprotected wells.",
    "humanitarian displacement",
    "humanitarian",
)

C(
    "Ukraine: Russian shelling of Kherson bus stop",
    "Russian artillery shelled a bus stop in Kherson on Monday morning, killing two people and wounding seven as they waited to go to work, the regional administration said. Russian forces on the other bank of the Dnipro have shelled the city daily. Authorities urged remaining residents of riverside districts to leave.",
    "explosions_remote_violence violence_against_civilians displacement",
    "shelling",
)

C(
    "Sahel: jihadists attack Djibo displacement camp",
    "Jihadist fighters attacked a camp for displaced people on the outskirts of Djibo, killing dozens of residents and burning shelters, according to local sources. Army volunteers fought the attackers for several hours. The camp hosted families who had already fled attacks on their villages.",
    "violence_against_civilians terrorism battle displacement",
    "attack_on_camp",
)

C(
    "Myanmar: Arakan Army captures Buthidaung",
    "The Arakan Army said it had captured the town of Buthidaung in Rakhine State after weeks of fighting with the military. Rohingya residents accused the rebels of burning their homes and forcing tens of thousands to flee; the AA denied it. The military carried out air strikes on the town after its withdrawal.",
    "battle displacement violence_against_civilians explosions_remote_violence",
    "battle",
)

C(
    "Haiti: police and Kenyan officers launch operation in Port-au-Prince",
    "Haitian police and Kenyan officers of the multinational mission launched an operation against gangs in the Delmas area, using armoured vehicles and drones, the police said. At least 11 gang members were killed. Residents were ordered to stay indoors as gunfire rang out for hours.",
    "military_operation battle",
    "operation",
)
