"""dev155 positives (1 of 2): Colombia, Mexico, Guatemala, Haiti and Ecuador, whole articles that
report current organised violence or its direct consequences (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Truck bomb outside Cali air base kills five; mayor calls it a terrorist attack",
        "CALI, Colombia (Reuters) - A truck loaded with explosives blew up on a "
        "busy avenue beside the Marco Fidel Suárez air base in Cali on Thursday "
        "afternoon, killing five passers-by and wounding more than 60, city "
        "officials said. The blast ripped the fronts off shops and houses along "
        "Carrera Octava and left a crater in the road several metres across. Mayor "
        'Alejandro Eder called it "a terrorist attack against the people of Cali" '
        "and banned heavy trucks from the city centre until further notice. "
        "President Gustavo Petro blamed the Jaime Martínez front, a faction of the "
        "FARC dissidents that refused the 2016 peace deal, and said the attack was "
        "revenge for the seizure of explosives by the military in Cauca the week "
        "before. Police detained two suspects near the scene, one of whom had been "
        "held by residents until officers arrived. Hours earlier a police "
        "helicopter taking part in a coca eradication operation in Antioquia was "
        "brought down by a drone, killing 12 officers, in what the defence "
        "ministry described as a second coordinated attack. Defence Minister Pedro "
        "Sánchez offered a reward of up to 400 million pesos for information on "
        "those responsible. A street vendor selling coffee across the road said "
        "the blast threw her to the ground and that when she got up she saw people "
        "lying on the pavement covered in dust and glass. The air base, which "
        "houses the air force's flight school, had been targeted with a smaller "
        "explosive charge the year before. Petro later wrote on X that the "
        'dissidents had become "a cartel" and should be treated as such, not as a '
        "political organisation. Opposition leaders blamed the government's \"total "
        'peace" policy for what they called the collapse of security in the '
        "south-west. Hospitals in the south of the city declared a yellow alert "
        "and asked for blood donations.",
        "E T",
        "truck bomb",
    ),
    (
        "Catatumbo: ELN offensive against FARC dissidents leaves dozens dead and 18,000 displaced",
        "The ELN launched a wave of attacks on Thursday against the 33rd Front of "
        "the FARC dissidents across the Catatumbo region of Norte de Santander, "
        "and by Sunday the Ombudsman's Office had counted at least 60 people dead, "
        "among them former FARC combatants who signed the 2016 peace agreement and "
        "a couple travelling with their baby near Tibú. Residents said armed men "
        "went from house to house with lists of names. More than 18,000 people "
        "have fled their villages, most of them to Tibú, Ocaña and Cúcuta, where a "
        "stadium and two sports halls have been turned into shelters. Governor "
        "William Villamizar said the department could not cope without national "
        "help and asked for food, mattresses and medical teams. Hundreds of "
        "families also crossed the river into Venezuela. President Gustavo Petro "
        'suspended peace talks with the ELN, saying the guerrilla had "chosen the '
        'path of war", and declared a state of internal commotion in the region. '
        "The army said it had flown troops in to secure the town centre of Tibú, "
        "but fighting was still reported in rural El Tarra and Teorama on Sunday "
        'night. "We left with the clothes we had on," said a farmer who reached '
        "Cúcuta by bus with his three children. In Tibú, the municipal coliseum "
        "was filled with mattresses laid side by side, and volunteers cooked in "
        "large pots in the street. The Norwegian Refugee Council said it was the "
        "largest single displacement in Colombia in more than two decades. Schools "
        "across the region suspended classes indefinitely, and the national "
        "government announced an air bridge to bring food and medicine into "
        "Cúcuta. The ELN said in a statement that it had attacked the dissidents "
        "for killing civilians and accused them of working with the army, a claim "
        "the military rejected. The UN human rights office said the killing of "
        "peace signatories was a grave violation and asked both groups to let "
        "humanitarian missions in.",
        "B V D H",
        "guerrilla offensive",
    ),
    (
        "Dissidents attack Suárez police station in Cauca with explosive drones; "
        "two officers and a boy wounded",
        "Two police officers and an eight-year-old boy were wounded early on "
        "Tuesday when FARC dissidents attacked the police station in Suárez, in "
        "northern Cauca, with explosive-laden drones and rifle fire, the "
        "department's police command said. The assault began shortly after two in "
        "the morning and went on for almost three hours, according to residents "
        "who spent the night lying on the floors of their homes. At least four "
        "charges fell on the station and on houses nearby; one went through the "
        "tin roof of the room where the boy was sleeping. Soldiers from the army's "
        "Third Division reached the town at dawn and the attackers withdrew "
        "towards the mountains. The authorities blamed the Jaime Martínez front of "
        "the Estado Mayor Central, which disputes drug routes to the Pacific with "
        "the army and with rival armed structures. Cauca's governor, Octavio "
        "Guzmán, said his department had suffered more than 40 drone attacks so "
        "far this year and asked Bogotá for jamming equipment. Classes in two "
        "rural schools were suspended for the rest of the week.",
        "E B",
        "drone attack",
    ),
    (
        "Clan del Golfo 'plan pistola' leaves five police officers dead in a week "
        "in Antioquia and Córdoba",
        "Five police officers have been killed and nine wounded in a week of "
        "attacks that the authorities attribute to the Clan del Golfo, which has "
        "put a price on the heads of uniformed officers in retaliation for an army "
        "offensive against its commanders. The latest victim, patrolman Andrés "
        "Felipe Moreno, 24, was shot dead on Saturday night while on guard outside "
        "the police station in Cáceres, in Antioquia's Bajo Cauca region. Hours "
        "earlier, two men on a motorcycle fired on a patrol in Montelíbano, "
        "Córdoba, wounding two officers. The police director, General William "
        "Salamanca, said the group, which calls itself the Ejército Gaitanista de "
        "Colombia, was paying between 1 million and 2 million pesos for each "
        'officer killed. "They want to frighten us and they will not," he told '
        "reporters in Medellín. Officers in 18 municipalities have been ordered "
        "not to patrol alone and not to travel home in uniform. The army said it "
        "had sent 600 more soldiers to the region and killed two of the group's "
        "gunmen in a firefight near Tarazá on Sunday.",
        "B M",
        "attacks on police",
    ),
    (
        "Culiacán marks four weeks of cartel war: 12 more bodies, classes online "
        "and streets empty at dusk",
        "Culiacán completed four weeks on Monday since the war between the "
        "factions of the Sinaloa Cartel broke out, with 12 more bodies found over "
        "the weekend and much of the city shutting its doors before nightfall. "
        "State prosecutors said the dead included five men dumped on a road near "
        "the Costa Rica district with a sombrero placed on each of them, a message "
        'residents associate with the faction loyal to Ismael "El Mayo" Zambada. '
        "On Sunday afternoon gunmen exchanged fire with soldiers in the Tierra "
        "Blanca neighbourhood, leaving two attackers dead and a soldier wounded, "
        "the Defence Ministry said. Since September 9 the state has recorded more "
        "than 170 homicides and over 200 people reported missing, most of them in "
        "the state capital. The education ministry kept classes online for a third "
        "week, and restaurants and shopping centres along the Tres Ríos area "
        "announced they would close in the early evening. Several convenience "
        "stores have been set on fire and at least 30 cars stolen at gunpoint in "
        "broad daylight, according to the state prosecutor's count. The Autonomous "
        "University of Sinaloa moved its classes online, and the city's "
        "Independence Day celebrations were cancelled for the first time in "
        'memory. "We live locked in," said a taxi driver who now stops working at '
        "five in the afternoon. Governor Rubén Rocha Moya insisted that the "
        'violence was aimed at "those involved" and urged residents to go about '
        "their lives. The federal government has sent about 1,100 more soldiers "
        "and National Guard troops to Sinaloa since the fighting began. Business "
        "chambers put the losses at several billion pesos and said delivery "
        "drivers were refusing to work after dark.",
        "B V",
        "cartel war",
    ),
    (
        "Families leave Sierra de Guerrero hamlets as rival gangs drop explosives "
        "from drones on homes",
        "CHILPANCINGO, Guerrero (El Universal) - At least 70 families from four "
        "hamlets in the municipality of Heliodoro Castillo have left their homes "
        "since Friday after drones dropped explosives on houses and on the road "
        "out of the valley, the Catholic diocese and community leaders said. The "
        "attacks are attributed to La Familia Michoacana, which has been fighting "
        "Los Tlacos for control of the mountain region and its poppy and timber "
        "trade. A woman was killed and two of her grandchildren were burned when a "
        "charge fell on the kitchen of their home in El Naranjo, according to "
        "residents reached by telephone. Most of the displaced walked for hours to "
        "reach Tlacotepec, where they are sleeping in the parish hall and a "
        'school. "They fly over at night and we cannot see where they will drop '
        'them," said one man who arrived with his wife and five children. The '
        "state government said it had sent food, blankets and a medical brigade "
        "and that soldiers had set up a checkpoint on the main road. Bishop José "
        "de Jesús González Hernández asked both groups to let the families go back "
        "to harvest their crops. It is the third exodus from the area in two "
        "years.",
        "E V D",
        "drone attacks on villages",
    ),
    (
        "Eight soldiers killed as ambush and roadside mine hit army convoy in Michoacán",
        "Eight soldiers were killed and six wounded on Tuesday when gunmen "
        "ambushed an army convoy in the municipality of Aguililla, in Michoacán's "
        "Tierra Caliente, after an improvised mine exploded under the lead "
        "vehicle, the Defence Ministry said. The convoy was returning from a "
        "patrol along the road to El Aguaje, an area disputed for years between "
        "the Jalisco New Generation Cartel and local groups known as Cárteles "
        "Unidos. According to the ministry, the attackers fired from the hillsides "
        "for about 40 minutes before reinforcements arrived by helicopter. Three "
        "of the wounded were flown to the military hospital in Morelia in serious "
        "condition. Soldiers later found 12 more explosive devices buried along "
        "the same stretch of road, the ministry added. President Claudia Sheinbaum "
        "sent her condolences to the soldiers' families at her morning press "
        'conference and said there would be "no impunity". Residents of the area '
        "have complained for months that they cannot travel to Apatzingán without "
        "passing checkpoints run by armed men.",
        "B E",
        "ambush",
    ),
    (
        "Morena mayoral hopeful shot dead on first day of campaigning in Celaya",
        "CELAYA, Guanajuato (Reuters) - A candidate for mayor of the central "
        "Mexican city of Celaya was shot dead on Monday as she handed out leaflets "
        "in a working-class neighbourhood, hours after launching her campaign, "
        "state prosecutors said. Gunmen approached Bertha Gisela Gaytán, who was "
        "running for the ruling Morena party, and opened fire at close range "
        "before fleeing on foot. Two members of her team were wounded. Gaytán had "
        "asked the electoral authorities for protection a week earlier, party "
        "officials said. Her killing brings to more than 20 the number of "
        "candidates murdered in the campaign for the June elections, according to "
        "the consultancy Data Cívica. Guanajuato has for years been the state with "
        "the most homicides in Mexico, as the Jalisco New Generation Cartel and "
        "the Santa Rosa de Lima gang fight over fuel theft and drug dealing. "
        'Morena\'s national leader, Mario Delgado, called the attack "cowardly" and '
        "demanded that the culprits be found. The state's security minister said "
        "investigators were reviewing footage from traffic cameras in the area.",
        "V",
        "political assassination",
    ),
    (
        "More than 500 Mexicans cross into Huehuetenango fleeing cartel fighting in Chiapas",
        "More than 500 Mexican citizens, among them dozens of children, crossed "
        "into Guatemala this week through the border village of Ampliación Nueva "
        "Reforma, in Cuilco, Huehuetenango, fleeing fighting between criminal "
        "groups in the neighbouring Mexican municipality of Amatenango de la "
        "Frontera, Guatemalan authorities reported. The families told officials of "
        "the Guatemalan Migration Institute that armed men had burned houses and "
        "forced young men to join their ranks in the clashes between the Sinaloa "
        "Cartel and the Jalisco New Generation Cartel for control of smuggling "
        "routes. Cuilco's municipal hall and a school were turned into shelters, "
        "and the Guatemalan Red Cross set up a tent to give medical care. The "
        "government of Bernardo Arévalo said the Mexicans would receive "
        "humanitarian protection and would not be deported while it was unsafe to "
        'return. Guatemalan soldiers were sent to reinforce the border strip. "We '
        'heard shots day and night and then the drones started," a woman from the '
        "community of Chamic said. Mexico's foreign ministry said its consulate in "
        "Huehuetenango was in contact with the families and that work was under "
        "way for a safe return.",
        "B V D H",
        "cross-border displacement",
    ),
    (
        "Gangs storm Mirebalais and free inmates from its prison; thousands flee "
        "towards the Plateau Central",
        "PORT-AU-PRINCE - Armed gangs of the Viv Ansanm coalition attacked the "
        "town of Mirebalais in the early hours of Monday, overran the police "
        "station and the civil prison and freed more than 500 inmates, according "
        "to police sources quoted by Le Nouvelliste. Residents reported gunfire "
        "for several hours before police officers, outnumbered, pulled back. "
        "Several civilians were killed in their homes, among them two nuns of a "
        "religious community in the town, the Conference of Religious of Haiti "
        "said. Thousands of people fled on foot and on motorbikes towards "
        "Saut-d'Eau, Lascahobas and Hinche, carrying what they could. Mirebalais, "
        "about 50 kilometres north-east of the capital, is home to the University "
        "Hospital, the country's main referral hospital outside Port-au-Prince, "
        "whose staff said they had evacuated patients as the fighting approached. "
        "The attack extends the gangs' push along National Road 3, which links the "
        "capital to the centre of the country and to the border with the Dominican "
        "Republic. The transitional presidential council said reinforcements had "
        "been sent and that the town would be retaken. A resident reached by "
        "telephone said gang members were patrolling the market square on Monday "
        "afternoon. Médecins Sans Frontières said it had suspended its activities "
        "in the area. The UN's humanitarian office said it was trying to assess "
        "the needs of the displaced, many of whom had already fled earlier attacks "
        "on the outskirts of the capital. The gangs, which control most of "
        "Port-au-Prince, have pushed into the Centre and Artibonite departments "
        "over the past year.",
        "B V D",
        "gang offensive",
    ),
    (
        "Police and task force drones strike gang positions in Croix-des-Bouquets; "
        "PNH claims dozens of gang members killed",
        "Haiti's national police said on Wednesday that an operation carried out "
        'with the support of the government\'s task force had killed "dozens" of '
        "gang members in Croix-des-Bouquets and destroyed several of their "
        "positions, a figure that could not be independently verified. Explosive "
        "drones were used against houses occupied by members of the 400 Mawozo "
        "gang, according to a police spokesman, while armoured vehicles advanced "
        "on the commune from the Tabarre side. Residents described hours of "
        "gunfire and explosions starting at dawn and said they had seen smoke "
        "rising from the area around the town hall. The police gave no figure for "
        "its own casualties. Human rights groups, including the National Human "
        "Rights Defense Network, have warned that drone strikes in densely "
        "populated neighbourhoods risk killing civilians and have asked for "
        "independent inquiries into the growing number of operations. The "
        "operation comes as the country waits for the first contingents of the "
        "Gang Suppression Force approved by the UN Security Council to replace the "
        "Kenyan-led mission. Gang leaders posted videos on social media on "
        "Wednesday night claiming that none of their men had been hit.",
        "M E B",
        "police offensive",
    ),
    (
        "UN says more than 180 people killed in Wharf Jérémie massacre ordered by gang leader",
        "More than 180 people, most of them elderly, were killed over two days in "
        "Port-au-Prince's Wharf Jérémie area on the orders of a gang leader who "
        "blamed them for his child's illness, the United Nations said on Monday. "
        "The killings, carried out with machetes and firearms between Friday and "
        "Saturday night, were first reported by the National Human Rights Defense "
        "Network, which said the gang leader known as Micanor had been told by a "
        "voodoo priest that older residents had cast a spell on his son. Gang "
        "members went from house to house, took victims to the gang's base and "
        "killed them there, witnesses told the group; some bodies were burned in "
        "the street. UN Secretary-General António Guterres said he was horrified "
        "and called on the Haitian authorities to bring those responsible to "
        "justice. The Wharf Jérémie area, on the coast near Cité Soleil, is under "
        "the control of the gang and is almost unreachable for police. It is one "
        "of the deadliest single massacres since gangs began extending their hold "
        "over the capital. Prime Minister Alix Didier Fils-Aimé said the "
        "government would not let the crime go unpunished.",
        "V",
        "massacre",
    ),
    (
        "Haiti's displaced top 1.3 million as gangs empty Port-au-Prince neighbourhoods, IOM says",
        "The number of people displaced by gang violence in Haiti has risen to "
        "more than 1.3 million, an increase of nearly a quarter in six months, the "
        "International Organization for Migration said on Tuesday. The agency said "
        "new attacks on Kenscoff, on the hills above Port-au-Prince, and on the "
        "towns of Mirebalais and Saut-d'Eau in the Centre department had forced "
        "tens of thousands of people out of their homes since the start of the "
        "year. More than 240 displacement sites are now open across the "
        "metropolitan area, many of them in schools and public buildings, where "
        "families sleep on floors and in tents with few latrines and little clean "
        "water. Outside the capital, the Centre and Artibonite departments now "
        "host more displaced people than the capital itself, the IOM said. The "
        "UN's humanitarian office said half of Haiti's population needs aid and "
        "that several health centres in the capital had closed after being looted "
        "or occupied by gangs. Aid deliveries depend on a UN helicopter service "
        "because the roads out of the capital are controlled by armed groups. "
        "Women and girls in the sites face a high risk of sexual violence, the "
        "agency said, and children have been out of school for months. In March "
        "alone, more than 60,000 people were displaced in the capital, many of "
        "them for the second or third time. The IOM appealed for funds to provide "
        "shelter, water and protection, saying its response plan was less than 10% "
        'funded. "People move again and again, each time with less," said the '
        "IOM's chief of mission.",
        "D H",
        "displacement crisis",
    ),
    (
        "Gang battle inside Guayaquil's Litoral prison leaves at least 31 inmates dead",
        "GUAYAQUIL (El Universo) - At least 31 inmates were killed and more than a "
        "dozen wounded in clashes between rival gangs inside the Litoral "
        "penitentiary in Guayaquil that began on Tuesday night, Ecuador's prison "
        "agency SNAI said on Wednesday. Inmates fought with rifles, pistols and "
        "explosives in pavilions 3 and 5, and some of the dead were found "
        "decapitated, police said. Relatives who gathered outside the prison heard "
        "explosions into the early hours as members of Los Lobos and a faction "
        "allied with Los Choneros tried to take each other's wings. Soldiers and "
        "police entered the complex at dawn and took back control after several "
        "hours, the armed forces' joint command said. It is the fourth mass "
        "killing at the Litoral in three years, and the prison has been under "
        'military control since President Daniel Noboa declared an "internal armed '
        'conflict" against criminal groups. Families waited all day outside the '
        "morgue for the list of the dead. The SNAI said it would move dozens of "
        "inmates to other prisons and open an investigation into how weapons had "
        "entered the pavilions.",
        "B E",
        "prison gang clash",
    ),
    (
        "Eleven soldiers killed in ambush near illegal gold mine in Ecuador's Amazon",
        "QUITO (AFP) - Eleven Ecuadorian soldiers were killed and one was wounded "
        "on Friday when an armed group ambushed a patrol near an illegal gold mine "
        "in the Alto Punino area, on the border between the Amazon provinces of "
        "Napo and Orellana, the armed forces said. The patrol had just finished an "
        "operation against illegal mining when it was attacked with rifles, "
        "explosives and grenades, according to the joint command. The army blamed "
        "the Comandos de la Frontera, a group born from FARC dissidents that "
        "operates on both sides of the border with Colombia and controls illegal "
        "mining in the region. President Daniel Noboa decreed three days of "
        "national mourning and said those responsible would be hunted down. It is "
        "the deadliest single attack on Ecuador's military in decades. Noboa "
        'declared an "internal armed conflict" against more than 20 criminal '
        "groups last year, and the armed forces have since conducted operations "
        "alongside the police in cities, prisons and mining areas. Reinforcements "
        "were flown to the area on Saturday to search for the attackers.",
        "B E",
        "ambush",
    ),
]
