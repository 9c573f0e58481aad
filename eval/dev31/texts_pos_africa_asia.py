"""dev31 conflict items: positives in Africa and Asia. See build.py."""

from items import P

# ---------------------------------------------------------------- positives: Africa

P(
    "Shells hit market in besieged El Fasher, killing 15",
    "Artillery fire by the paramilitary Rapid Support Forces hit the main livestock market in El Fasher on Friday, killing at least 15 people, a local resistance committee said. The city, the army's last stronghold in Darfur, has been under siege for more than a year.",
    "E V H",
    "shelling",
)
P(
    "Cholera spreads in Sudan's camps for people displaced by war",
    "Cholera cases have risen sharply in camps for people who fled fighting in Darfur and Kordofan, Médecins Sans Frontières said, with more than 2,000 patients treated in two weeks in Tawila. Clean water is scarce, and many health centres have been looted or closed because of the war.",
    "H D",
    "humanitarian",
)
P(
    "Drones strike fuel depot and airport in Port Sudan",
    "Drones hit the fuel depot at Port Sudan's main port and the area near the city's airport for a third day, the army-backed government said, blaming the Rapid Support Forces. Flights were suspended, and thick smoke rose over the Red Sea city that had been seen as a safe haven.",
    "E",
    "drone_strike",
)
P(
    "Sudan's army says it retook presidential palace in Khartoum",
    "Sudanese troops seized the Republican Palace in central Khartoum after days of fighting with the Rapid Support Forces, the army said on Friday. Soldiers posted videos from inside the damaged building, which the RSF had held since the war began in April 2023.",
    "B",
    "battle",
)
P(
    "Clashes erupt in South Sudan's Nasir between army and armed youth",
    "Fighting broke out between the South Sudanese army and the White Army, an armed youth group, around the garrison town of Nasir in Upper Nile state, local officials said. A UN helicopter sent to evacuate soldiers came under fire and a crew member was killed.",
    "B",
    "battle",
)
P(
    "JNIM claims attack on army camp in central Mali",
    "Fighters of the al-Qaeda-linked JNIM attacked a Malian army camp at Boulkessi near the border with Burkina Faso on Sunday, and the group said it had killed dozens of soldiers. The army said it had repelled what it called a terrorist attack and lost several men.",
    "B T",
    "attack_on_base",
)
P(
    "Jihadists kill residents digging defensive trench in Burkina Faso",
    "Militants attacked residents of Barsalogho who had been ordered by the army to dig a trench around the town, killing scores of them, local sources said. JNIM said it had targeted members of the army's civilian auxiliaries.",
    "V T",
    "massacre",
)
P(
    "Soldiers killed in ambush in Niger's Tillaberi region",
    "Twelve Nigerien soldiers were killed when militants ambushed their patrol near the border with Burkina Faso and Mali, the defence ministry said. It said dozens of 'terrorists' had been killed in the fighting.",
    "B T",
    "ambush",
)
P(
    "Gunmen abduct bus passengers on Zamfara highway",
    "Armed bandits blocked a highway in Nigeria's Zamfara state on Wednesday and marched at least 35 bus passengers into the forest, police said. Kidnappings by armed groups are common on rural roads in the north-west.",
    "V",
    "abduction",
)
P(
    "ISWAP fighters overrun army base in Borno",
    "Jihadists of the Islamic State West Africa Province attacked a military base in Malam-Fatori at dawn, burning vehicles and forcing troops to retreat before reinforcements arrived, military sources said. Nigeria's army said its air force had struck the attackers as they withdrew.",
    "B E T",
    "attack_on_base",
)
P(
    "Female suicide bombers hit wedding and hospital in Gwoza",
    "A series of suicide bombings by women struck a wedding party, a funeral and a hospital in Gwoza in Borno state, killing at least 18 people, Nigeria's emergency management agency said. Officials blamed Boko Haram.",
    "E T V",
    "suicide_bombing",
)
P(
    "Dozens killed as militia attacks displacement camp in Ituri",
    "Fighters of the CODECO militia attacked the Lala displacement site in eastern Congo's Ituri province at night, killing at least 46 people with machetes and guns, local officials said. Survivors fled towards Bule, where UN peacekeepers are based.",
    "V D",
    "attack_on_camp",
)
P(
    "Al-Shabaab mortars land near Mogadishu airport",
    "Several mortar rounds struck near Aden Adde airport in Mogadishu on Thursday, wounding four people, police said. Al-Shabaab said it had targeted the compound, which houses embassies and UN offices.",
    "E T",
    "mortar_attack",
)
P(
    "Somali troops retake town from al-Shabaab",
    "Somali government forces backed by local clan militias recaptured the town of Adan Yabaal after heavy fighting with al-Shabaab, the defence ministry said. The army said it had killed dozens of militants in the operation.",
    "B M",
    "battle",
)
P(
    "Drone strike on minibus kills passengers in Ethiopia's Amhara region",
    "A drone strike hit a minibus near Gondar, killing at least 11 passengers, residents and health workers said. Ethiopia's government has been fighting the Fano militia in the region since 2023 and did not comment.",
    "E",
    "drone_strike",
)
P(
    "Insurgents behead villagers in Mozambique's Macomia district",
    "Islamic State-linked insurgents beheaded at least five villagers in Macomia district of Cabo Delgado, local sources said, and hundreds of families fled towards the district town.",
    "V T D",
    "village_raid",
)
P(
    "Separatists abduct students in Cameroon's North-West",
    "Armed separatists kidnapped about 20 students from a university hostel in Bambili, Cameroon's army said, and ordered the school to stay closed.",
    "V",
    "abduction",
)
P(
    "Haftar's forces launch push on Tripoli",
    "Forces loyal to eastern commander Khalifa Haftar advanced on the southern outskirts of Tripoli and fought troops of the UN-backed government near the old airport, both sides said. The UN said hundreds of families had fled the fighting.",
    "B D",
    "offensive",
)
P(
    "Gunmen kidnap Indian workers in western Mali",
    "Armed men abducted five Indian workers at the site of an electrification project near Kobri in western Mali, their employer said. Security sources blamed the al-Qaeda-linked JNIM, which has stepped up attacks in the region.",
    "V T",
    "abduction",
)
P(
    "Aid convoy reaches besieged Kadugli for the first time in months",
    "A convoy of 20 trucks carrying food and medicine reached Kadugli in Sudan's South Kordofan state, which has been encircled by paramilitary and rebel forces, the World Food Programme said. It warned that famine conditions had spread in the area.",
    "H",
    "aid_convoy",
)
P(
    "New wave of Sudanese refugees crosses into Chad",
    "More than 20,000 people fleeing fighting in North Darfur have crossed into eastern Chad in the past week, the UN refugee agency said. Most are women and children, and many arrived with gunshot wounds.",
    "D H",
    "displacement",
)
P(
    "Hundreds of thousands flee after paramilitaries storm Zamzam camp",
    "Fighters of the Rapid Support Forces overran the Zamzam camp for displaced people outside El Fasher after a three-day assault, the paramilitary group and aid agencies said on Monday. The camp had sheltered about half a million people who fled earlier fighting in Darfur, and famine was declared there last year. The UN said more than 400 people were killed, among them nine staff of the aid group Relief International who were running one of the last clinics. Survivors who reached Tawila, about 60 kilometres to the west, described fighters shooting residents and setting fire to the market and homes. The International Organization for Migration estimated that up to 400,000 people had left Zamzam, most of them on foot. Aid agencies in Tawila said they had run out of water and shelter for the new arrivals. The RSF said it had 'liberated' the camp from army-aligned fighters and would organise the return of civilians. Sudan's army said it would continue to defend El Fasher. The UN Secretary-General called the attack appalling.",
    "B V D H",
    "attack_on_camp",
)
P(
    "M23 rebels enter Goma as residents shelter from gunfire",
    "Rebels of the M23 movement entered Goma, the largest city in eastern Congo, on Monday after a lightning advance, and heavy gunfire and explosions could be heard near the airport and the city centre. The group, which the UN says is backed by Rwandan troops, said it had taken the city and told Congolese soldiers to surrender their weapons. Hundreds of Congolese soldiers and their families crossed into Rwanda, Rwandan officials said, while inmates broke out of Munzenze prison. Hospitals were overwhelmed with wounded civilians, the International Committee of the Red Cross said, and bodies lay in the streets. The UN said more than 400,000 people had been displaced since the start of the year, many of them forced from camps on the edge of the city. Electricity and water supplies were cut. In Kinshasa, protesters attacked and set fire to parts of the embassies of Rwanda, France and the United States. The UN Security Council called for the withdrawal of 'external forces'.",
    "B D H U",
    "battle",
)
P(
    "Kenyan police fire on protesters as crowd breaks into parliament",
    "Kenyan police opened fire on protesters who forced their way into parliament in Nairobi on Tuesday, shortly after lawmakers voted through a finance bill that raises taxes. Parts of the building were set ablaze, and the ceremonial mace was reported missing. A medical association said at least 13 people were shot dead and dozens wounded across the capital. Protests also broke out in Mombasa, Kisumu and Eldoret, where demonstrators burned the office of a member of parliament. The protests, organised largely online by young people, began peacefully last week but grew as anger spread over the cost of living. President William Ruto called the storming of parliament 'treasonous' and deployed the army to support the police. Internet monitors reported disruption to service across the country. Rights groups accused the police of abducting activists from their homes in the days before the vote.",
    "U",
    "crackdown",
)

# ---------------------------------------------------------------- positives: Asia

P(
    "Junta air strike on monastery kills villagers sheltering in Sagaing",
    "A Myanmar military jet bombed a Buddhist monastery where villagers had taken refuge in Sagaing region, killing at least 23 people, resistance fighters and residents said. The junta denied targeting civilians.",
    "E V",
    "airstrike",
)
P(
    "Ethnic armed group captures ruby-mining town in Myanmar",
    "The Ta'ang National Liberation Army said it had taken full control of Mogok, a ruby-mining town in Mandalay region, after weeks of fighting with Myanmar's army. The military did not comment.",
    "B",
    "battle",
)
P(
    "Rohingya flee across Naf river as villages burn in Rakhine",
    "Tens of thousands of Rohingya have crossed into Bangladesh in the past week, many by boat across the Naf river, after Myanmar's army launched what it called clearance operations in northern Rakhine state, the UN refugee agency said. Arrivals described soldiers and mobs shooting villagers and setting homes on fire.",
    "D M V",
    "displacement",
)
P(
    "Suicide blast at Quetta railway station kills 26",
    "A suicide bomber blew himself up among passengers waiting for a train at Quetta's main railway station, killing at least 26 people, many of them soldiers, police said. The Baloch Liberation Army claimed responsibility, and the government called it a terrorist attack.",
    "E T V",
    "suicide_bombing",
)
P(
    "Pakistani Taliban attack police post in Khyber Pakhtunkhwa",
    "Militants of the Tehreek-e-Taliban Pakistan attacked a police checkpoint in Lakki Marwat district overnight, killing three officers in a gunfight that lasted two hours, police said.",
    "B T",
    "attack_on_post",
)
P(
    "Pakistani and Afghan border forces exchange fire at Torkham",
    "Pakistani and Afghan Taliban forces fired at each other with heavy weapons at the Torkham crossing after a dispute over the building of a border post, officials said. The crossing, the main trade route between the two countries, was closed and hundreds of trucks were stranded.",
    "B",
    "border_clash",
)
P(
    "Pakistan army says 12 militants killed in North Waziristan raid",
    "Security forces killed 12 militants in an intelligence-based operation in North Waziristan, the army's media wing said. Two soldiers died in the exchange of fire.",
    "B M",
    "military_operation",
)
P(
    "Maoists killed in encounter in Chhattisgarh forest",
    "Security forces killed 16 Maoist rebels in a gunfight in the forests of Sukma district during an operation launched on Friday, police said. Two personnel were injured.",
    "B M",
    "military_operation",
)
P(
    "Houses torched in Manipur's Jiribam as violence returns",
    "A mob set fire to at least a dozen houses in Jiribam district after the bodies of six people abducted by militants were found in a river, police said. Authorities imposed a curfew and suspended internet service.",
    "U V",
    "communal_violence",
)
P(
    "Philippine troops battle IS-linked militants in Marawi",
    "Philippine soldiers backed by air strikes fought street by street against militants who pledged allegiance to Islamic State and seized parts of Marawi city, the army said. Most of the city's 200,000 residents have fled, and the militants are holding hostages, including a priest.",
    "B E M T D V",
    "siege",
)
P(
    "Bomb at Pattani market wounds shoppers",
    "A motorcycle bomb exploded outside a busy morning market in Thailand's Pattani province, wounding nine people including two children, police said. They blamed separatist insurgents.",
    "E V",
    "bombing",
)
P(
    "Landmine kills three children in Myanmar's Karenni state",
    "Three children were killed when a landmine exploded as they collected firewood near a village in Karenni state, a local relief group said. The area has seen heavy fighting between the army and resistance forces this year.",
    "E",
    "landmine",
)
P(
    "Easter bombings at churches and hotels in Sri Lanka kill more than 250",
    "Suicide bombers struck three churches and three luxury hotels in Colombo, Negombo and Batticaloa during Easter Sunday services and breakfast, killing more than 250 people, police said. The government blamed a local Islamist group and imposed a nationwide curfew.",
    "E T V",
    "suicide_bombing",
)
P(
    "Gunmen kill 26 tourists in Kashmir's Pahalgam",
    "Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir on Tuesday afternoon, killing 26 people, most of them Indian holidaymakers, police said. Survivors told reporters the attackers came out of the pine forest, asked some men their names and religion, and shot them at close range. A local pony operator who tried to grab a rifle from one of the gunmen was also killed. Police called it a terror attack, the deadliest on civilians in the region in years, and security forces launched a large search of the surrounding forests. A little-known group called The Resistance Front initially claimed responsibility, according to Indian officials. Prime Minister Narendra Modi cut short a visit to Saudi Arabia and promised that those responsible would be punished. Thousands of tourists left the valley over the following days, and hotels reported mass cancellations. Pakistan denied any involvement.",
    "V T",
    "shooting_attack",
)
P(
    "Dozens killed as Bangladesh police crack down on student protests",
    "At least 39 people were killed on Thursday as police fired tear gas, rubber bullets and live ammunition at students protesting against quotas in government jobs across Bangladesh, hospital officials and local media said. In Dhaka, protesters set fire to the headquarters of the state broadcaster BTV and to police boxes and vehicles. Students armed with sticks and stones fought pitched battles with police and with members of the ruling party's student wing. The government shut down mobile internet across the country and later imposed a curfew, with soldiers deployed in the capital. Prime Minister Sheikh Hasina said the violence was the work of opposition activists and promised an investigation. The protests began peacefully this month after a court reinstated a quota reserving a third of civil service jobs for descendants of independence fighters. Schools and universities were ordered closed indefinitely. Rights groups said hundreds of students had been arrested. The UN human rights office called for restraint.",
    "U",
    "crackdown",
)
P(
    "Ethnic Armenians flee Karabakh after Azerbaijani offensive",
    "More than 50,000 ethnic Armenians have crossed from Nagorno-Karabakh into Armenia since Azerbaijan took control of the region in a 24-hour military offensive last week, Armenian officials said on Wednesday. Long columns of cars, trucks and tractors piled with belongings moved slowly along the mountain road through the Lachin corridor towards the Armenian town of Goris. At least 200 people were killed in the fighting before the Karabakh Armenian forces agreed to lay down their arms, local officials said. On Monday evening a fuel depot exploded near Stepanakert as people queued for petrol to leave, killing at least 68 people and injuring hundreds. Azerbaijan said it would guarantee the rights of Armenians who stayed and that its 'anti-terrorist measures' had been aimed only at military targets. Armenia's prime minister accused Azerbaijan of ethnic cleansing, which Baku denied. The region had been under a blockade for nine months, with shortages of food and medicine. The UN said it would send a mission to assess humanitarian needs.",
    "B M D H",
    "displacement",
)
P(
    "India strikes targets in Pakistan; artillery duels rage along Kashmir line",
    "India fired missiles at nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday, saying it had hit camps of militant groups behind last month's attack on tourists in Kashmir. Pakistan said 26 civilians were killed, including children, and that one of the strikes hit a mosque in Bahawalpur. Pakistan's military said it had shot down several Indian jets, a claim India did not confirm. Heavy artillery fire was exchanged across the Line of Control through the day, and Indian officials said 12 civilians were killed in the town of Poonch. Thousands of villagers on both sides moved to bunkers or left for relatives' homes further from the border. India called its operation 'focused, measured and non-escalatory'. Pakistan's prime minister said the country had the right to respond at a time and place of its choosing. Airports in northern India were closed to civilian flights. The United States, China and Gulf states urged both sides to step back.",
    "E M D",
    "cross_border_strike",
)
