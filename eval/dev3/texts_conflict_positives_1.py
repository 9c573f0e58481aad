"""dev3 conflict items: positives, first half. See build.py."""

from items import C

# ====================================================================== conflict: positives

C(
    "Live: strikes on Kharkiv overnight",
    "02:15 – Explosions are heard in Kharkiv as air defences engage. 02:40 – The mayor says a guided bomb hit a residential block in the Saltivskyi district and rescuers are searching the rubble. 03:10 – The regional governor says two people were killed and 14 wounded, including a child. 04:05 – Dozens of residents have been moved to a temporary shelter in a school.",
    "explosions_remote_violence displacement",
    "airstrike",
)

C(
    "Press release: ICRC condemns attack on health convoy in Darfur",
    'GENEVA – The International Committee of the Red Cross strongly condemns the attack on a clearly marked medical convoy near Mellit on Tuesday. Gunmen opened fire on the vehicles, killing a driver and wounding two Sudanese Red Crescent volunteers. The convoy was carrying surgical supplies for El Fasher, where hospitals have been repeatedly shelled. "Humanitarian workers are not a target," the ICRC\'s regional director said. ENDS.',
    "violence_against_civilians humanitarian",
    "attack_on_aid",
)

C(
    "Sudanese army retakes presidential palace in Khartoum",
    "Sudan's army said on Friday it had retaken the Republican Palace in central Khartoum from the Rapid Support Forces after days of heavy fighting. Soldiers filmed themselves inside the bullet-scarred building. The RSF said it had killed dozens of soldiers in a drone strike on the palace hours later. The capture caps an offensive that has pushed the paramilitary group out of most of the capital.",
    "battle military_operation explosions_remote_violence",
    "battle",
)

C(
    "Nigeria: jihadists storm army base in Borno",
    "Islamic State West Africa Province fighters overran a military base in Marte in Borno state before dawn on Monday, security sources said. At least 20 soldiers were killed and the attackers carted away weapons and armoured vehicles. The army said it had launched air strikes to retake the base. Thousands of residents fled towards Dikwa.",
    "battle terrorism explosions_remote_violence military_operation displacement",
    "battle",
)

C(
    "Mozambique: insurgents behead villagers in Cabo Delgado",
    "Insurgents linked to Islamic State beheaded at least five Christians in a village in Macomia district, the Catholic diocese of Pemba said. Witnesses said the attackers arrived at dawn, separated men from women, and burned the chapel. Residents fled into the bush and towards the district capital.",
    "violence_against_civilians terrorism displacement",
    "massacre",
)

C(
    "DR Congo: ADF kills worshippers in church attack",
    "Fighters of the Allied Democratic Forces, an IS-affiliated group, attacked a Catholic church in Komanda in Ituri province during a night vigil, killing at least 38 people, local officials said. Several houses and shops were also burned. The army said it had sent reinforcements to the area. Survivors took refuge at a nearby base of UN peacekeepers.",
    "violence_against_civilians terrorism displacement",
    "massacre",
)

C(
    "Kenya: police fire live rounds at protesters in Nairobi",
    "Police fired tear gas, water cannon and live ammunition at protesters who tried to storm parliament in Nairobi on Tuesday. Part of the parliament building was set ablaze. Rights groups said at least 19 people were killed across the country. The president called the events treasonous and deployed the army.",
    "unrest",
    "riot",
)

C(
    "Bangladesh: students and ruling party activists clash",
    "Students protesting against job quotas clashed with activists of the ruling party's student wing at Dhaka University, leaving more than 100 people injured. Police fired rubber bullets and sound grenades to disperse the crowds. The government closed all public universities indefinitely. Mobile internet was cut in parts of the capital.",
    "unrest",
    "riot",
)

C(
    "Myanmar: junta jets bomb school in Sagaing",
    "Myanmar military jets bombed a school in Ywa Thit village in Sagaing region on Thursday morning, killing 17 children and two teachers, according to the National Unity Government. Teachers said the pupils were sitting an exam when the bombs hit. The junta denied targeting civilians and said it had struck a resistance position.",
    "explosions_remote_violence violence_against_civilians",
    "airstrike",
)

C(
    "Haiti: gangs attack Pétion-Ville suburb",
    "Members of the Viv Ansanm gang coalition attacked the upscale neighbourhood of Laboule and Thomassin on the heights of Pétion-Ville, setting fire to houses and killing residents, according to local radio. Police said they had repelled the attack with the support of Kenyan officers. Hundreds of families fled down the hill. The UN said displacement in the capital had reached a new record.",
    "battle violence_against_civilians displacement",
    "gang_attack",
)

C(
    "Israel strikes Hezbollah targets in southern Lebanon",
    "Israeli warplanes struck what the military said were Hezbollah weapons depots and launchers in the Nabatieh area on Sunday, despite the ceasefire in force since November. Lebanon's health ministry said three people were killed. The Israeli army said the strikes responded to violations of the truce. Residents of border villages who had returned said they were leaving again.",
    "explosions_remote_violence military_operation displacement",
    "airstrike",
)

C(
    "Pakistan: suicide bomber hits Quetta railway station",
    "A suicide bomber blew himself up among passengers waiting for a train at Quetta railway station on Saturday morning, killing at least 26 people, among them more than a dozen soldiers. The Balochistan Liberation Army claimed the attack. Officials said hospitals in the city had declared an emergency. The provincial government called it an act of terrorism.",
    "explosions_remote_violence terrorism",
    "suicide_bombing",
)

C(
    "Burkina Faso: army and volunteers massacred in Barsalogho",
    "Jihadists of JNIM attacked residents of Barsalogho who had been ordered by the army to dig trenches around the town, killing hundreds of people, according to a collective of victims' relatives. Videos shared on social media showed bodies lying in the trenches. The government has not published a toll. Survivors said the gunmen shot at anyone who ran.",
    "violence_against_civilians terrorism",
    "massacre",
)

C(
    "Ethiopia: Fano fighters seize town in Amhara",
    "Fano militiamen briefly took control of the town of Debre Markos after fierce fighting with federal troops, residents said. Banks and shops were closed for three days. The army said it had regained control after an operation supported by drones. Telephone and internet services in the region remain cut.",
    "battle military_operation explosions_remote_violence",
    "battle",
)

C(
    "Somalia: al-Shabaab car bomb at Mogadishu checkpoint",
    "A car bomb exploded at a security checkpoint near the Somali parliament in Mogadishu on Sunday, killing at least nine people, police said. Al-Shabaab claimed responsibility through its Andalus radio station. Soldiers guarding the checkpoint opened fire on the vehicle before it exploded. The blast shattered windows of nearby hotels.",
    "explosions_remote_violence terrorism",
    "bombing",
)

C(
    "Colombia: dissidents attack police station with explosives",
    "FARC dissidents attacked a police station in Jamundí in Valle del Cauca with explosives and rifles overnight, the police said. Two officers were wounded and several houses were damaged. The defence minister ordered additional troops to the region, where the group has carried out dozens of attacks this year. Residents said shooting lasted for four hours.",
    "battle explosions_remote_violence military_operation",
    "attack",
)

C(
    "Yemen: US strikes on Houthi port",
    "US warplanes struck the Ras Isa fuel port in Yemen's Hodeidah province on Thursday night, killing at least 74 people, according to the Houthi-run health ministry. The US military said the strikes aimed to cut off a source of fuel and revenue for the Houthis. Workers at the port were among the dead, the group said. Fires burned until morning.",
    "explosions_remote_violence military_operation",
    "airstrike",
)

C(
    "West Bank: settlers torch homes in village near Ramallah",
    "Dozens of Israeli settlers stormed the Palestinian village of Turmus Ayya on Wednesday, setting fire to houses and cars and throwing stones at residents, witnesses said. The Palestinian health ministry said a 27-year-old man was shot dead. Israeli soldiers fired tear gas at villagers who tried to confront the settlers. Several families left their homes for relatives' houses in Ramallah.",
    "violence_against_civilians unrest displacement",
    "settler_violence",
)

C(
    "Gaza: crowds at aid distribution site come under fire",
    "At least 31 Palestinians were killed and dozens wounded when Israeli forces opened fire near a food distribution site in Rafah early on Sunday, Gaza's civil defence said. Thousands had gathered before dawn to collect boxes of flour and cooking oil. The Israeli military said troops fired warning shots at suspects approaching them. Hospitals were overwhelmed.",
    "violence_against_civilians humanitarian",
    "shooting",
)

C(
    "South Sudan: boats of displaced people arrive in Malakal",
    "Barges carrying families who fled fighting around Nasir arrived in Malakal on Monday, aid workers said. Clashes between the army and the White Army militia have displaced tens of thousands since March, and air strikes have hit several villages. The UN mission warned that the country risks sliding back into full-scale war. Cholera has broken out in the camp where the new arrivals are staying.",
    "displacement battle explosions_remote_violence humanitarian",
    "displacement",
)

C(
    "Libya: armed groups clash in Zawiya",
    "Clashes between rival armed groups in the western city of Zawiya killed at least five people, including a child, the emergency medicine centre said. Residents reported heavy gunfire and rocket-propelled grenades near the oil refinery. Schools were closed. The Government of National Unity called for calm.",
    "battle explosions_remote_violence",
    "battle",
)

C(
    "Mali: drone strike on wedding kills civilians",
    "A drone strike by the Malian army hit a wedding celebration in the village of Amasrakad in the Gao region, killing at least eight people, local elected officials said. The army said it had targeted terrorists. A Tuareg rebel coalition accused the army of targeting civilians. Villagers said the dead included women and children.",
    "explosions_remote_violence violence_against_civilians military_operation",
    "airstrike",
)

C(
    "Georgia: riot police disperse Tbilisi rally with water cannon",
    "Riot police used water cannon, pepper spray and rubber bullets to disperse thousands of pro-European protesters outside parliament in Tbilisi overnight. Protesters threw fireworks and stones at police lines and set up barricades. The interior ministry said 43 police officers were injured and more than 100 people detained. The ombudsman accused police of beating detainees.",
    "unrest",
    "crackdown",
)

C(
    "Iraq: rocket attack on base hosting US troops",
    "Several rockets were fired at Ain al-Asad air base in western Iraq, which hosts US troops, on Monday evening, Iraqi security officials said. Two US personnel suffered minor injuries. No group claimed the attack, but US officials blamed Iran-backed militias. Iraqi security forces found the launch site in a truck west of the base.",
    "explosions_remote_violence",
    "rocket_attack",
)

C(
    "Niger: jihadists ambush army convoy near Mali border",
    "Jihadist fighters ambushed an army convoy near Tassia in the Tillaberi region, killing 10 soldiers, the defence ministry said. The ministry said about 30 assailants were killed in the clash and in air strikes that followed. The attack was the latest in a series in the tri-border area with Mali and Burkina Faso.",
    "battle terrorism explosions_remote_violence military_operation",
    "ambush",
)

C(
    "India: grenade thrown at market in Srinagar",
    "Militants threw a grenade at a crowded Sunday market in Srinagar, injuring 12 civilians, police said. The attack took place near the tourist reception centre. Police said security forces had sealed off the area and begun a search operation. It was the first such attack in the city in months.",
    "explosions_remote_violence violence_against_civilians military_operation",
    "grenade_attack",
)

C(
    "Chad: refugees keep crossing from Sudan after El Fasher falls",
    "Thousands of Sudanese refugees crossed into eastern Chad this week after the RSF captured El Fasher, UNHCR said. Many arrived with wounds and described killings and abductions along the road. The agency said transit sites at Tine were overcrowded and water was running short. Aid agencies are appealing for funds.",
    "displacement humanitarian violence_against_civilians",
    "displacement",
)

C(
    "Afghanistan: Pakistani air strikes in Paktika",
    "Pakistani air strikes on the Barmal district of Paktika province killed at least 46 people, mostly women and children, the Taliban government said. Pakistan said it had targeted hideouts of the Pakistani Taliban. Taliban forces later fired at Pakistani border posts, and clashes went on through the night.",
    "explosions_remote_violence battle military_operation",
    "airstrike",
)

C(
    "Ukraine: Russian forces advance near Pokrovsk",
    "Russian forces captured two more villages south of Pokrovsk, the defence ministry in Moscow said, as fighting for the logistics hub intensified. Ukraine's army said it had repelled 48 assaults in the sector over the past day. Glide bombs hit the town's outskirts, and the last evacuation buses left on Friday.",
    "battle explosions_remote_violence displacement",
    "battle",
)

C(
    "Cameroon: separatists kidnap pupils in Bamenda",
    "Suspected anglophone separatists abducted about 30 pupils and a teacher from a school in Bamenda on Monday, the regional governor said. The separatists, who have ordered a boycott of schools, released the children the next day. The army said it had launched a search operation in the surrounding hills.",
    "violence_against_civilians military_operation",
    "abduction",
)

C(
    "Syria: massacres in coastal villages",
    "Gunmen from groups allied to the new government killed dozens of Alawite civilians in villages near Baniyas over the weekend, according to the Syrian Observatory for Human Rights. Witnesses described men being taken from their homes and shot. The interim president promised to hold those responsible to account. Thousands of residents fled to the Russian air base at Hmeimim.",
    "violence_against_civilians displacement",
    "massacre",
)

C(
    "Sudan: RSF shelling of El Fasher camp",
    "RSF shelling of the Abu Shouk displacement camp on the edge of El Fasher killed at least 40 people, the local resistance committee said. The camp has been hit repeatedly during the months-long siege of the city. Food prices in El Fasher have tripled, and the last functioning hospital has run out of anaesthetics.",
    "explosions_remote_violence violence_against_civilians humanitarian",
    "shelling",
)

C(
    "Indonesia: Papuan rebels kill gold miners",
    "Separatist rebels of the West Papua National Liberation Army killed 11 gold miners in Yahukimo regency, police said. The group said the miners were spies for the Indonesian army. Security forces launched an operation to recover the bodies, which took four days.",
    "violence_against_civilians military_operation",
    "killing",
)

C(
    "Sudan: hunger in Kadugli under siege",
    "Aid agencies warn that residents of Kadugli, encircled by the SPLM-N and the RSF for months, are eating leaves and animal fodder. The last convoy reached the city in February. A famine review committee said conditions meet the threshold for famine. Fighters on both sides have blocked roads and looted trucks.",
    "humanitarian",
    "humanitarian",
)

C(
    "Ecuador: state of emergency after gang attacks on prisons",
    "Ecuador's president declared an 'internal armed conflict' and ordered the army to neutralise 22 gangs after gunmen stormed a television studio live on air and inmates took prison guards hostage. Soldiers raided prisons and patrolled cities, and the government said five police officers were killed in attacks. Schools switched to online classes.",
    "military_operation violence_against_civilians",
    "military_operation",
)

C(
    "Mexico: army clashes with cartel gunmen in Sinaloa",
    "Soldiers clashed with gunmen from a faction of the Sinaloa cartel on the outskirts of Culiacán, killing 19 of them, the defence ministry said. The fighting is part of a war between two factions of the cartel that has killed hundreds of people since September. Residents stayed indoors and schools were closed.",
    "battle military_operation",
    "battle",
)

C(
    "Turkey strikes Kurdish militants in northern Iraq",
    "Turkish warplanes struck PKK targets in the Qandil mountains and the Asos region of northern Iraq, the defence ministry said, claiming to have 'neutralised' 24 militants. Kurdish officials said a shepherd was killed. The strikes came after two Turkish soldiers were killed in an attack near the border.",
    "explosions_remote_violence military_operation",
    "airstrike",
)
