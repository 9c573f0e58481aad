"""dev205 positives (first half): mayors and councillors killed, town halls stormed or burned,
councils under fire, municipal workers abducted, residents fleeing into towns whose mayors
shelter them, police firing on protesters at municipal buildings."""

POSITIVES = [
    (
        "Michoacán mayor shot dead a week after taking office",
        "The newly installed mayor of a small municipality in Michoacán's Tierra Caliente region "
        "was shot dead on Sunday afternoon as he left a meeting with farmers, the state "
        "prosecutor's office said. Gunmen in two pickup trucks opened fire on his car on the "
        "road out of the municipal seat, killing him and one of his bodyguards, officials said. "
        "A second bodyguard was wounded and taken to hospital in Apatzingán. The mayor had been "
        "sworn in only seven days earlier and had told local reporters that he had received "
        "threats from a criminal group that extorts lime and avocado growers in the area. "
        "State investigators said the attack bore the hallmarks of the Jalisco New Generation "
        "Cartel, which has been fighting rival groups and the army for control of the region. "
        'The state governor condemned "a cowardly attack on the will of the people" and said '
        "National Guard patrols in the municipality would be reinforced. At least 20 mayors, "
        "former mayors and mayors-elect have been killed in Mexico since the start of last "
        "year, according to a count by a consultancy that tracks political violence. The "
        "municipal council suspended its sessions for three days of mourning.",
        "V",
        "assassination",
    ),
    (
        "Council meets in a basement as shells fall on Kupiansk",
        "The city council of Kupiansk held its monthly session in a basement on Tuesday as "
        "Russian artillery pounded the town, the head of the military administration said. "
        "Councillors sat on benches under a single bulb while outside shells struck residential "
        "streets on both banks of the Oskil river. At least two people were killed and five "
        "wounded in the shelling, according to the regional governor, and a five-storey block "
        "near the central market caught fire. The session approved emergency spending on "
        "generators, water deliveries and repairs to the roof of the last functioning clinic. "
        "Officials said fewer than 4,000 of the town's pre-war population of about 27,000 "
        'remained, most of them elderly. "We meet where it is safe, and we decide quickly," '
        "the head of the administration told the session, which lasted barely 40 minutes. "
        "Regional authorities have ordered the mandatory evacuation of families with children "
        "from Kupiansk and surrounding villages. Buses leave twice a week for Kharkiv when "
        "the shelling allows, volunteers said. The council also voted to move the town's "
        "archive and civil registry to Kharkiv for safekeeping. Schools have held lessons "
        "online since 2022, and the last grocery shop on the central square closed in the "
        "spring. Police officers go door to door to persuade the remaining residents to leave, "
        "often without success.",
        "E D H",
        "shelling",
    ),
    (
        "Burkina mayor killed in jihadist ambush on road to Djibo",
        "The mayor of a rural commune in Burkina Faso's Soum province was killed on Thursday "
        "when suspected jihadists ambushed his convoy on the road to Djibo, local sources and "
        "a security official said. Three municipal councillors and a driver travelling with "
        "him were also killed, and two others were missing after the attack. The group had "
        "been returning from a meeting about food distribution in the provincial capital, "
        "according to a relative of one of the victims. No group claimed responsibility, but "
        "fighters linked to al-Qaeda's Sahel affiliate JNIM and to Islamic State have repeatedly "
        'targeted local officials, teachers and village chiefs in the region. "They want to '
        'empty the communes of anyone who represents the state," a member of the regional '
        "council said by telephone from Ouagadougou. Many mayors in the north now govern from "
        "the capital or from garrison towns, unable to return to their communes. The "
        "government said security forces had launched a search for the attackers. Tens of "
        "thousands of people have fled the Soum province since the beginning of the year.",
        "T V D",
        "ambush",
    ),
    (
        "Gangs torch Mirebalais town hall and police station as residents flee",
        "Armed gangs overran the central Haitian town of Mirebalais overnight, setting fire to "
        "the town hall and the police station and freeing more than 500 inmates from the local "
        "prison, residents and officials said on Tuesday. The attackers, members of the Viv "
        "Ansanm gang coalition, exchanged fire with police for several hours before officers "
        "withdrew towards Hinche. The mayor said by telephone that the municipal archives, "
        "including land registers and civil status records, had been destroyed. Thousands of "
        "residents fled on foot along the road to the east or crossed the river into "
        "neighbouring communes, according to the International Organization for Migration. "
        "At least nine people were killed, among them two police officers and an elderly "
        "woman shot in her home, a local human rights group said. The national police said "
        "reinforcements and members of the Kenyan-led multinational mission had been sent to "
        'retake the town. "We have nothing left, not even a building to govern from," the '
        "mayor said. Mirebalais, on the main road to the Central Plateau, had been seen as a "
        "refuge for people fleeing violence in Port-au-Prince.",
        "B V D",
        "attack",
    ),
    (
        "Part of Nairobi City Hall set ablaze as police fire on finance bill protesters",
        "Part of Nairobi City Hall was set on fire on Tuesday after protesters broke through "
        "police lines outside parliament, a short walk away, in the most violent day of "
        "demonstrations against the government's finance bill. Smoke poured from a wing of "
        "the building housing the offices of the county governor and city assembly as fire "
        "crews struggled to reach it through crowds. Police fired tear gas, water cannon and "
        "live ammunition at protesters in the city centre, and hospitals reported treating "
        "dozens of people with gunshot wounds. Rights groups said at least 19 people were "
        "killed across the country. Earlier, protesters had briefly occupied part of the "
        "parliament building as lawmakers were evacuated through a tunnel. Nairobi's governor "
        "said county records and equipment had been damaged but that staff had been moved out "
        'before the fire spread. The Law Society of Kenya condemned what it called "the use of '
        'lethal force against unarmed citizens". The army was deployed to support police late '
        "in the day.",
        "U",
        "riot",
    ),
    (
        "Mayor among dead as Israeli strike hits Nabatieh municipal headquarters",
        "An Israeli air strike on the municipal headquarters of the southern Lebanese city of "
        "Nabatieh on Wednesday killed the mayor and at least five other people while the "
        "council was meeting to coordinate aid for displaced families, Lebanese officials said. "
        "The health ministry said more than 40 people were wounded, and civil defence teams "
        "were searching the rubble of the building for survivors. The municipality had stayed "
        "open through weeks of bombardment, distributing bread, water and medicine to residents "
        "who had not fled. Lebanon's caretaker prime minister said the strike had deliberately "
        'targeted "a civilian institution carrying out relief work". The Israeli military '
        "said it had struck Hezbollah targets in the Nabatieh area and was reviewing the "
        "report. Much of the city's old market was destroyed in earlier strikes, and most of "
        "its roughly 80,000 residents have left for Sidon, Beirut or the mountains. Aid "
        "agencies said the loss of the municipality would make it harder to reach those who "
        "remain.",
        "E V H D",
        "airstrike",
    ),
    (
        "ISWAP fighters abduct council sanitation workers near Maiduguri",
        "Fighters of the Islamic State West Africa Province abducted seven workers of a local "
        "government council in Borno State on Monday as they cleared drainage channels outside "
        "Maiduguri, the state capital, officials and a militia member said. The workers, "
        "employed by the Jere local government area, were seized at gunpoint and driven away "
        "in a truck, according to a member of the Civilian Joint Task Force who asked not to be "
        "named. The chairman of the council confirmed the abduction and said contact had not "
        "been established with the captors. ISWAP has in the past kidnapped aid workers, "
        "teachers and officials and released videos of executions. Residents of nearby "
        "villages said the militants had been seen in the area for several days. The Borno "
        'State government condemned what it called "a terrorist act against people who only '
        'serve their communities" and said troops were searching the area. Council workers '
        "have been told to stop work outside the city limits until further notice.",
        "T V",
        "abduction",
    ),
    (
        "Dissidents bomb police station in Cauca town, wrecking mayor's office next door",
        "FARC dissidents attacked the town of Suárez in Colombia's Cauca department before dawn "
        "on Friday, detonating a motorcycle bomb near the police station and firing on it with "
        "rifles and homemade mortars, the army said. The blast tore the front off the municipal "
        "building next to the station, where the mayor's office and council chamber are housed. "
        "Two police officers were killed and at least eight people, including three civilians, "
        "were wounded. Soldiers from the army's Third Division exchanged fire with the attackers "
        "for about two hours before they withdrew into the hills, officials said. The governor "
        "of Cauca blamed the Jaime Martínez front of the Central General Staff, a dissident "
        "faction that rejected the 2016 peace deal. The mayor said council staff would work "
        "from the parish hall while the building was assessed. Residents swept glass from the "
        "main square as soldiers patrolled the streets.",
        "B E",
        "attack",
    ),
    (
        "Vice mayor killed in ambush in Maguindanao del Sur as poll violence mounts",
        "A vice mayor in Maguindanao del Sur was shot dead along with two of his escorts on "
        "Wednesday when gunmen ambushed their vehicle on a highway, police said. The attackers, "
        "firing from both sides of the road with assault rifles, escaped on motorcycles into "
        "nearby marshland. The provincial police director said the killing was probably linked "
        "to the coming local elections, in which the victim had planned to run for mayor. "
        "Investigators are also looking at a feud between armed political clans in the area. "
        "The Commission on Elections said it would consider placing the municipality under its "
        "direct control. At least five local officials and candidates have been killed in the "
        "Bangsamoro region in the past two months, according to a monitoring group. The "
        "military said it had deployed additional troops to checkpoints on the highway. The "
        "victim's family urged the authorities to find \"the masterminds, not only the "
        'triggermen".',
        "V",
        "assassination",
    ),
    (
        "Al-Shabaab suicide bomber strikes Mogadishu district office during meeting",
        "A suicide bomber blew himself up inside a district administration office in Mogadishu "
        "on Saturday as local officials met elders to discuss tax collection, killing at least "
        "eight people, police said. The district commissioner was among the wounded and was "
        "taken to a Turkish-run hospital. Witnesses said the attacker, wearing a police "
        "uniform, slipped through the gate before the explosion. Al-Shabaab said in a statement "
        'on a website linked to the group that it had targeted "apostate administrators". '
        "The al-Qaeda-linked group has repeatedly attacked the Benadir regional administration, "
        "which runs the capital, and killed a mayor of the city in a similar bombing. "
        '"These people were serving their neighbourhoods," a deputy mayor told reporters '
        "outside the hospital. Security forces sealed off the area and checked cars at "
        "roadblocks across the district. The government vowed to continue its offensive "
        "against the group in central Somalia.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Mayor's home rammed with burning car as riots spread to town halls",
        "A burning car was rammed into the home of the mayor of L'Haÿ-les-Roses, south of Paris, "
        "overnight in what he called an attempted murder, as riots over the police killing of a "
        "teenager spread for a fifth night. The mayor's wife and one of their children were "
        "injured as they fled through the garden. Rioters also attacked or set fire to town "
        "halls and municipal police stations in several towns across France, the interior "
        "ministry said. More than 700 people were arrested overnight, and 45,000 police and "
        "gendarmes were deployed. In Montargis, rioters looted shops and set fire to parts of "
        'the town centre, and its mayor said the damage was "like after a war". Mayors of '
        "all parties called for people to gather in front of town halls at noon on Monday in "
        "support of local democracy. The prime minister visited the mayor's damaged home and "
        "promised that those responsible would be punished.",
        "U",
        "riot",
    ),
    (
        "Ward administrators shot dead as resistance targets junta appointees in Yangon",
        "Two ward administrators appointed by Myanmar's military government were shot dead in "
        "Yangon on Thursday, state media and residents said, the latest in a wave of killings "
        "of local officials since the 2021 coup. The men were attacked outside a ward office "
        "in Thaketa township by gunmen on a motorcycle, according to a neighbour. State-run "
        'newspapers blamed "PDF terrorists", the junta\'s term for armed resistance groups '
        "that have taken up arms against military rule. A resistance group based in the city "
        "later said on Telegram that it had carried out the attack, accusing the "
        "administrators of informing on residents. Rights groups have documented hundreds of "
        "killings of suspected informers and appointed officials, as well as reprisals by "
        "soldiers against villages. Many ward and village administrators have resigned under "
        "pressure from both sides. Soldiers searched houses in the area on Friday and detained "
        "several young men, residents said.",
        "V T",
        "assassination",
    ),
    (
        "Tawila's commissioner opens schools to families fleeing El Fasher offensive",
        "The locality commissioner of Tawila in North Darfur has opened the town's schools and "
        "mosques to tens of thousands of people fleeing an assault on El Fasher by the Rapid "
        "Support Forces, local officials and aid agencies said. Families arrived on foot and "
        "on donkey carts after walking for two days through the desert, many with gunshot "
        "wounds, according to Médecins Sans Frontières. The commissioner said more than 20,000 "
        "people had arrived since the weekend, and that the town's wells could not supply them "
        "all. The RSF has been besieging El Fasher, the last city in Darfur held by the army, "
        "for more than a year, and its fighters stormed the Abu Shouk displacement camp this "
        "week. Survivors described being shot at as they fled and said fighters had stopped "
        "men at checkpoints along the road. The UN said food stocks in Tawila would last only "
        'weeks and appealed for access for trucks. "We have no more classrooms to give," the '
        "commissioner said.",
        "B D H V",
        "displacement",
    ),
    (
        "Separatists kidnap 11 councillors after session in Bamenda",
        "Armed separatists in Cameroon's North-West region kidnapped 11 municipal councillors "
        "as they left a council session in Bamenda on Tuesday, a local official and a "
        "councillor who escaped said. The gunmen stopped the councillors' bus on the outskirts "
        "of the city and marched them into the bush, the councillor said. A separatist "
        "commander later posted a video on social media showing some of the captives and "
        "accusing them of collaborating with the government in Yaoundé. Anglophone separatist "
        "groups, fighting since 2017 for an independent state they call Ambazonia, have "
        "repeatedly abducted officials, teachers and traditional chiefs. The mayor of Bamenda "
        'II council called for the councillors\' "immediate and unconditional release". The '
        "army said it had launched an operation to free them. Municipal elections in the "
        "region were marked by boycotts and threats, and many councillors now live in Yaoundé "
        "or Douala.",
        "V",
        "abduction",
    ),
    (
        "Municipal buildings torched as mobs target ruling party mayors after Hasina flees",
        "Crowds set fire to municipal offices and the homes of several mayors across Bangladesh "
        "on Monday and Tuesday after the prime minister resigned and fled the country, local "
        "media and officials said. In Gazipur and Narayanganj, groups ransacked city "
        "corporation buildings and carried off computers and furniture, while police stations "
        "were also attacked. Many mayors and councillors belonging to the Awami League went "
        "into hiding, and some local offices were left without staff. At least 100 people were "
        "killed in violence on Monday alone, according to a tally by local newspapers, "
        "including police officers beaten to death by crowds. Weeks of student-led protests "
        "had been met with live fire by security forces. The army chief said an interim "
        "government would be formed and appealed for calm. The interim authorities later "
        "dissolved the city corporations and appointed administrators.",
        "U",
        "riot",
    ),
    (
        "TTP claims bombing that killed union council chairman in Khyber Pakhtunkhwa",
        "A roadside bomb killed the chairman of a union council and two of his guards in "
        "Khyber Pakhtunkhwa's Bajaur district on Sunday, police said, in an attack claimed by "
        "the Pakistani Taliban. The explosive device was detonated by remote control as his "
        "vehicle passed on a road near the Afghan border, a police spokesman said. Four "
        "passers-by were wounded. The Tehreek-e-Taliban Pakistan said in a message to "
        "reporters that it had targeted the chairman for supporting a peace committee that "
        "works with security forces. Elected local government representatives in the "
        "province have been repeatedly threatened, and several have been killed this year. "
        'The chief minister condemned the "terrorist attack" and announced compensation for '
        "the family. Local councillors held a protest in Khar on Monday demanding better "
        "security. Police said a search operation was under way in the area.",
        "T E V",
        "bombing",
    ),
]
