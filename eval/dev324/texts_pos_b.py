"""Positives of dev324, part B: infrastructure stories that report current attacks or fighting.

(title, text, tag codes, kind); codes B E V T M D H U as in eval/conflictset.
"""

POSITIVES = [
    (
        "Jihadists destroy bridges on road to Djibo, tightening blockade",
        "Islamist militants blew up two bridges on the road between Kaya and Djibo in northern Burkina Faso over the weekend, further isolating a town that has been under blockade for more than a year, local officials and security sources said. The bridges, near Namsiguia and Bourzanga, were used by the army-escorted convoys that bring food and fuel to Djibo's estimated 300,000 residents, most of them displaced from surrounding villages. A security source said the attackers, believed to belong to the al-Qaeda-linked JNIM, planted explosives on the structures at night and fled before soldiers arrived. The World Food Programme said it had suspended road deliveries and was relying on helicopter flights to bring in small quantities of food. Aid workers described rising malnutrition among children in the town. Burkina Faso's transport ministry said army engineers would try to install temporary metal bridges but gave no timetable. Similar attacks have cut roads to Arbinda, Diapaga and Sebba in the past year.",
        "T E H",
        "sabotage",
    ),
    (
        "Goma without water and power as M23 fighters enter city",
        "Large parts of Goma were without electricity and running water on Monday as M23 rebels backed by Rwandan troops pushed into the eastern Congolese city, with gunfire and explosions heard near the airport and the lake shore, residents said. The power line from the Ruzizi hydroelectric plant was cut during fighting west of the city, and the utility Regideso said its main pumping station on Lake Kivu had stopped. Thousands of people fled towards the Rwandan border at Gisenyi, while others sheltered in churches and schools. Congolese soldiers and allied Wazalendo militiamen were still fighting in some districts, a UN official said. Hospitals run by Doctors Without Borders and the ICRC were overwhelmed with gunshot and blast wounds, and the ICRC said it had treated more than 600 people in four days. The UN said several of its staff and peacekeepers had been killed in the fighting. Residents were collecting water directly from the lake, raising fears of cholera in a city already hosting hundreds of thousands of displaced people. The World Food Programme said it had suspended operations in the city and that its warehouses had been looted. Displacement camps on the western edge of Goma, such as Bulengo and Lushagala, emptied as families fled shelling. Congo cut diplomatic ties with Rwanda, which denies backing the rebels. A Regideso engineer said technicians could not reach the damaged lines “until the guns go quiet”. The UN Security Council held an emergency meeting and called on the M23 to withdraw.",
        "B D H",
        "battle",
    ),
    (
        "Gangs torch power substation and attack fuel terminal in Port-au-Prince",
        "Armed gangs set fire to an electricity substation in the Carrefour-Feuilles district of Port-au-Prince and attacked the Varreux fuel terminal, the state utility and police said on Tuesday, in the latest wave of violence by the Viv Ansanm coalition. The utility, Electricité d'Haïti, said the substation had supplied several hospitals and the city's main water pumping station, and that large parts of the capital would be without grid power for weeks. Police said officers backed by Kenyan-led security forces exchanged fire with gang members for several hours near the terminal before pushing them back. Residents of Carrefour-Feuilles said gunmen went from house to house, setting homes alight and shooting at people who tried to flee. The International Organization for Migration said some 5,000 people had been displaced in two days, many to makeshift sites in schools. “They burn the infrastructure so the state can't function,” a utility engineer said. Fuel distributors warned of shortages if the terminal stayed closed.",
        "B V D",
        "gang_attack",
    ),
    (
        "ELN bombing shuts Caño Limón pipeline, spills oil into Arauca river",
        "Colombia's second-largest oil pipeline was shut down on Sunday after an explosive attack in Arauca department, the state oil company Ecopetrol said, blaming the National Liberation Army (ELN) guerrillas. The blast at a section of the Caño Limón-Coveñas pipeline near the town of Saravena started a fire and sent crude into a tributary of the Arauca river, which supplies water to several rural communities. It was the ninth attack on the line this year, according to Ecopetrol, which said it had halted pumping until the area was secured by the army. Defence minister Pedro Sánchez said troops were deployed to protect repair teams, who have come under fire in previous attacks. Local officials said two water treatment plants stopped taking water from the river because of the contamination. The ELN, which has been fighting FARC dissidents for control of the border region, did not comment. The attack came days after the government suspended talks with the group.",
        "E",
        "bombing",
    ),
    (
        "Tekeze bridge destroyed and power cut to Mekelle as Tigray fighting rages",
        "A bridge over the Tekeze River, the main road link between western and central Tigray, has been destroyed, and power to the regional capital Mekelle has been cut, aid agencies said on Friday, as fighting between Tigrayan forces and the Ethiopian army continued. The Tigray People's Liberation Front accused federal troops of blowing up the bridge to block its advance, while the government in Addis Ababa blamed the Tigrayan forces. A second bridge on the road to Shire was also damaged, according to a humanitarian official. The UN said the loss of the bridges made it almost impossible to move food into a region where hundreds of thousands of people face famine conditions. Mekelle's water pumps have stopped and hospitals are running on dwindling diesel supplies. Telephone and internet services remain cut. Tigrayan forces retook Mekelle this week after the government declared a unilateral ceasefire, and fighting has since been reported in the west and south of the region.",
        "B E H",
        "battle",
    ),
    (
        "Five Chinese engineers killed in suicide bombing on way to Dasu dam",
        "A suicide bomber rammed an explosives-laden car into a bus carrying Chinese engineers to the Dasu hydropower project in northwest Pakistan on Tuesday, killing five Chinese nationals and their Pakistani driver, police said. The attack happened in the Shangla district of Khyber Pakhtunkhwa as the convoy travelled from Islamabad along the Karakoram Highway, and the bus plunged into a ravine after the blast. Dasu, a 4,320-megawatt dam on the Indus being built by China Gezhouba Group, was also the site of a 2021 bus bombing that killed nine Chinese workers. No group immediately claimed the attack, but officials suspected militants linked to the Pakistani Taliban, who have stepped up attacks in the province. China's embassy demanded that Pakistan “thoroughly investigate” and protect its citizens and projects. Work at Dasu and the nearby Diamer-Bhasha dam was halted, and several hundred Chinese staff were confined to their camps. Prime minister Shehbaz Sharif visited the Chinese embassy to offer condolences. Pakistan has set up a special army division of about 15,000 troops to protect Chinese workers on projects under the China-Pakistan Economic Corridor. The attack came a day after militants attacked a naval air base in Turbat, in Balochistan, and a week after an assault on the port complex in Gwadar. Engineers on the project said they expected the investigation to delay the dam's completion, already set back to 2027.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Kabul blackout as Taliban fighting topples pylons in Baghlan",
        "Much of Kabul has been without electricity for several days after fighting between the Taliban and government forces in Baghlan province brought down pylons on the main line that imports power from Uzbekistan, Afghanistan's electricity company said. Da Afghanistan Breshna Sherkat said two towers in the Dand-e-Ghori area were blown up and a third damaged by rocket fire. Its engineers could not reach the site because of clashes, a spokesman said, and the army said it had launched an operation to clear militants from the district. Shops and bakeries in the capital ran generators where they could, and residents complained about the cost of fuel in freezing temperatures. Hospitals said they had prioritised power for operating theatres and incubators. A Taliban spokesman said the group was not targeting the power line and accused the government of shelling the area. Officials said a temporary bypass could be built within a week once the area was secured.",
        "B E M",
        "sabotage",
    ),
    (
        "Al-Shabaab gunmen kill road workers on Mogadishu-Afgoye highway",
        "Al-Shabaab militants attacked a road construction crew working on the Mogadishu-Afgoye highway on Wednesday, killing seven workers and a soldier guarding the site, officials and witnesses said. The gunmen arrived on foot from nearby farmland and opened fire on labourers resurfacing a section near Elasha Biyaha, which is home to several camps for displaced people, before setting fire to two bulldozers and a tanker, a local administrator said. The road is being rebuilt with financing from the African Development Bank and is the main route into the capital from the Lower Shabelle farming region. Al-Shabaab said in a statement on a website linked to the group that it attacked “apostate workers” serving the government. The contractor suspended work and several hundred workers were sent home. Somalia's public works minister said the attack would not stop the project and that more troops would be posted along the route. The group has repeatedly targeted engineers and construction sites to undermine the government's reconstruction programme.",
        "T V",
        "attack",
    ),
    (
        "Contractors among dead as insurgents overrun Palma near gas project",
        "Islamist insurgents stormed the town of Palma in northern Mozambique this week, killing dozens of people including workers employed by contractors on the nearby liquefied natural gas project, the government said on Sunday. Militants attacked from three sides on Wednesday, targeting banks, the army barracks and a hotel where about 180 people, many of them foreign contractors, had taken refuge. A convoy trying to escape the hotel was ambushed and several people were killed, defence ministry spokesman Omar Saranga said. Total, which leads the $20bn project on the Afungi peninsula a few kilometres away, evacuated most of its staff and suspended construction. Thousands of residents fled into the bush or by boat towards Pemba, and aid agencies said at least 8,000 people had reached other towns in Cabo Delgado. The group, known locally as al-Shabaab and affiliated with Islamic State, claimed control of the town. Witnesses described bodies in the streets, some beheaded.",
        "T V B D",
        "attack",
    ),
    (
        "Manipur mobs burn homes and blockade highway as ethnic clashes spread",
        "Mobs set fire to hundreds of houses and churches in Manipur this week and blocked the two national highways that supply the state, as clashes between the Meitei and Kuki communities spread from Churachandpur to Imphal, officials said. The army and paramilitary Assam Rifles have evacuated more than 23,000 people to relief camps and military garrisons, and a shoot-at-sight order was issued for “extreme cases” of violence. At least 54 people have been killed, according to hospital officials in Imphal and Churachandpur. Lorries carrying fuel, rice and medicine were stranded on National Highway 2 near Kangpokpi, where groups dug trenches across the road and set fire to a bridge approach, the state's transport department said. Petrol stations in Imphal rationed sales to five litres a vehicle. Mobile internet has been suspended across the state. Chief minister N Biren Singh appealed for calm and said the highways would be reopened under armed escort. Thousands of Kuki residents of Imphal crossed into the hills, while Meitei families from Churachandpur and Moreh fled to the valley. Some crossed into neighbouring Mizoram. The violence began after a march against a proposal to grant tribal status to the Meitei majority.",
        "U V D",
        "communal_violence",
    ),
    (
        "Dhaka metro stations set ablaze as student protests turn deadly",
        "Protesters set fire to two stations on Dhaka's elevated metro line on Thursday, and the service was suspended indefinitely, as clashes between students and police over government job quotas spread across the Bangladeshi capital. Mirpur-10 and Kazipara stations were badly damaged, with ticket machines, control rooms and escalators burned, the operator Dhaka Mass Transit Company said. Police fired tear gas, rubber bullets and live rounds at crowds in several districts, and hospital staff said at least 25 people were killed across the country. Protesters also set fire to the headquarters of the state broadcaster BTV and to toll plazas on the Dhaka-Mymensingh highway. The metro, financed largely by Japan and opened in 2022, carries about 400,000 passengers a day. Road transport minister Obaidul Quader said repairing the two stations could take a year. The government shut down mobile internet nationwide and deployed border guards in the capital.",
        "U",
        "riot",
    ),
    (
        "Santiago metro stations burned as fare protests spiral; army deployed",
        "At least 20 stations on Santiago's metro network were set on fire or vandalised overnight as protests over a fare increase turned into riots, and President Sebastián Piñera declared a state of emergency and put the army in charge of security in the capital. Metro de Santiago said the entire network, which carries nearly three million people a day, would stay closed on Saturday and that some stations had been completely destroyed. Protesters also burned buses, a supermarket and the headquarters of the Enel power company in the city centre. Police used tear gas and water cannon against crowds who erected barricades and threw stones, and more than 300 people were arrested. Soldiers patrolled the streets for the first time since the end of the Pinochet dictatorship. The company said damage could run to hundreds of millions of dollars. Piñera later suspended the fare rise, but demonstrators said their anger went beyond transport to wages, pensions and the cost of living.",
        "U",
        "riot",
    ),
    (
        "Stepanakert shelled; power and gas cut as Karabakh fighting enters second week",
        "Azerbaijani artillery and rocket fire hit Stepanakert, the main city of Nagorno-Karabakh, for a second consecutive night, damaging the power grid and the gas pipeline that supplies the enclave, officials of the ethnic Armenian administration said on Sunday. Residents spent the night in basements as explosions shook the city, and the local emergency service said a substation and several apartment blocks were hit. Azerbaijan's defence ministry said its forces were responding to Armenian shelling of Ganja and Tartar, where it said civilians had been killed. Both sides reported heavy fighting along the front line south of the city. The local ombudsman estimated that around half of the enclave's population had left for Armenia since the fighting began. Electricity was restored to some districts by the afternoon, but engineers said the gas line could not be repaired while shelling continued. The ICRC said it was delivering generators and medical supplies to Stepanakert's hospital.",
        "E B D",
        "shelling",
    ),
    (
        "Bulldozers tear up Jenin camp roads and water mains during Israeli raid",
        "Israeli army bulldozers ripped up roads, water pipes and sewage lines in the Jenin refugee camp during a large military operation that began on Monday with drone strikes, residents and municipal officials said. The army said it sent about 1,000 soldiers into the camp to target armed groups and destroy weapons stores and explosives labs, in the biggest operation in the occupied West Bank in two decades. Jenin's mayor said the municipality counted damage to more than eight kilometres of streets, and that water supply to the camp and nearby neighbourhoods had been cut off. The Palestinian Red Crescent said around 3,000 residents left the camp, many of them evacuating to relatives in the city or to schools. Gunmen fired at troops from alleys, and the Palestinian health ministry said at least 12 Palestinians were killed, while one Israeli soldier died. UN agencies said they were concerned about the damage to civilian infrastructure and the difficulty ambulances had in reaching the wounded.",
        "M E B D",
        "raid",
    ),
    (
        "Police fire tear gas as Otodo-Gbame waterfront community is demolished",
        "Police fired tear gas and shot into the air on Sunday as demolition crews tore down homes in Otodo-Gbame, a fishing community on the Lagos lagoon, witnesses and rights groups said, a week after a court ruled that evictions there should stop. Residents said officers set fire to shacks and that hundreds of families fled in canoes to nearby islands with whatever belongings they could carry. Amnesty International said at least one resident was shot and wounded, and the group Justice and Empowerment Initiatives said several people were missing after trying to escape across the water. The Lagos state government says the waterfront settlement is an environmental hazard and that the land is needed for development; residents say it is being cleared for luxury housing. Community leaders said about 4,700 people had lived there. Police denied using live ammunition and said officers were protecting the demolition team from youths who threw stones.",
        "U D",
        "forced_eviction_crackdown",
    ),
    (
        "Protesters torch party offices as Serbian canopy demonstrations turn violent",
        "Clashes broke out in several Serbian cities overnight as anti-government protesters attacked offices of the ruling Serbian Progressive Party and police used tear gas and stun grenades, the interior ministry said on Thursday. In Novi Sad, where the collapse of a railway station canopy killed 16 people in November, demonstrators smashed windows at the party's headquarters and set fire to furniture thrown into the street. In Valjevo, masked men with batons attacked students blocking a road, and protesters responded by throwing flares and stones at police, witnesses said. The ministry said 16 officers were injured and dozens of people arrested in Belgrade, Novi Sad, Niš and Valjevo. The protests began as peaceful commemorations for the canopy victims and became a movement against corruption in public construction. President Aleksandar Vučić accused foreign-backed “colour revolution” organisers of the violence. Students' groups said the attacks on them were organised by government loyalists and called for new elections.",
        "U",
        "riot",
    ),
]
