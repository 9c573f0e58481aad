"""dev203 positives, part A: current armed conflict or political violence that reaches workers.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Garment worker shot dead as police open fire on Gazipur wage protest",
        "A garment worker was killed and at least a dozen others injured on Wednesday when police "
        "opened fire on thousands of workers demanding a higher minimum wage in Gazipur, on the "
        "northern edge of Dhaka, witnesses and hospital officials said. Rasel Hawlader, 26, a "
        "sewing operator at a knitwear factory in Konabari, was brought dead to Shaheed Tajuddin "
        "Ahmad Medical College Hospital with a bullet wound to the chest, said the hospital's "
        "duty doctor. Workers had blocked the Dhaka-Tangail highway since early morning, and some "
        "of them threw bricks at a police vehicle and set fire to a motorcycle before officers "
        "fired tear gas, rubber bullets and, according to several witnesses, live rounds. "
        "“They were shooting straight at us, not in the air,” said Shahnaz Begum, a quality "
        "inspector who was hit by pellets in the arm. The Gazipur Metropolitan Police said "
        "officers had acted “with restraint” to protect factories from vandalism and denied "
        "using live ammunition. At least 40 factories in the Konabari and Kashimpur areas "
        "declared a holiday for the rest of the week. Labour leaders rejected the wage board's "
        "offer of Tk 12,500 a month, less than half of what unions had asked for, and called for "
        "fresh demonstrations on Saturday. The Bangladesh Garment Manufacturers and Exporters "
        "Association said outsiders had instigated the violence.",
        "U",
        "crackdown",
    ),
    (
        "Military police fire on Phnom Penh garment strikers, killing four",
        "Cambodian military police opened fire on striking garment workers on Veng Sreng "
        "Boulevard in the capital's southwest on Friday, killing at least four people and "
        "wounding more than 20, rights groups said. The shooting followed a night in which "
        "workers had barricaded the road with burning tyres and thrown rocks and petrol bombs at "
        "troops sent to break up a strike for a $160 monthly minimum wage. Licadho, a local "
        "rights group, said soldiers with AK-47 rifles fired directly into crowds near the Canadia "
        "industrial park shortly after dawn. Hospital staff at the Khmer-Soviet Friendship "
        "Hospital described patients with gunshot wounds to the head and abdomen. A government "
        "spokesman said the forces had been forced to act against “anarchic” protesters who "
        "attacked them with weapons, and that 23 people had been detained. The Free Trade Union of "
        "Workers of the Kingdom of Cambodia said the crackdown was meant to terrorise the "
        "country's 400,000 garment workers into returning to their sewing lines. Several "
        "international brands that buy from Cambodian factories issued a joint statement urging "
        "restraint and a negotiated settlement. Most factories in the area remained shut on "
        "Saturday, and riot police patrolled the boulevard.",
        "U",
        "crackdown",
    ),
    (
        "Oil workers' union leader gunned down in Colombia's Magdalena Medio",
        "A regional leader of Colombia's oil workers' union was shot dead outside his home in "
        "Barrancabermeja on Sunday night, the union said, the latest in a string of killings of "
        "labour activists in the country's oil heartland. Two men on a motorcycle fired at least "
        "eight shots at Jhon Freddy Ortiz, 44, a USO delegate at the Ecopetrol refinery, as he "
        "returned from a union meeting, according to police. The union said Ortiz had received "
        "threats signed by the Autodefensas Gaitanistas de Colombia, the paramilitary successor "
        "group known as the Clan del Golfo, after he denounced the group's extortion of "
        "contractors at the refinery. “This is not a crime of thieves, it is a political "
        "murder,” a USO spokesman told reporters. The Escuela Nacional Sindical, a labour "
        "research centre in Medellin, says at least 19 trade unionists have been killed in "
        "Colombia so far this year, most of them in areas disputed by armed groups. The "
        "Ombudsman's office had issued an early warning in March about paramilitary threats "
        "against social leaders in the Magdalena Medio region. The labour ministry condemned the "
        "killing and said it would ask the National Protection Unit to review the security of "
        "other union officials.",
        "V",
        "assassination",
    ),
    (
        "Jihadist ambush on gold mine convoy in eastern Burkina Faso kills 37",
        "Gunmen ambushed a convoy carrying employees and contractors of a Canadian-run gold mine "
        "in eastern Burkina Faso on Wednesday, killing 37 people and wounding about 60, the "
        "regional governor said. The five buses, escorted by soldiers, were travelling to the "
        "Boungou mine in the Tapoa province when an explosive device blew up the lead military "
        "vehicle and attackers opened fire on the passengers, security sources said. Most of the "
        "dead were Burkinabe workers and subcontractors, according to the company, which "
        "suspended operations at the site. No group immediately claimed responsibility, but "
        "jihadist groups linked to al-Qaeda and Islamic State have carried out a growing number "
        "of attacks in the region. “Our colleagues were simply going to work,” the general "
        "secretary of the national mineworkers' union said, calling for a day of mourning. "
        "It was the second attack on the same road in 15 months; in 2018 an ambush killed six "
        "people travelling to the mine. The union said hundreds of workers were refusing to take "
        "the road until the army could guarantee their safety, and several mining companies "
        "began moving staff by helicopter.",
        "T V E",
        "ambush",
    ),
    (
        "Contractors’ workers killed and thousands flee as insurgents storm Palma",
        "Workers employed by contractors at the liquefied natural gas project near Palma in "
        "northern Mozambique were among dozens of people killed when Islamist insurgents stormed "
        "the town, security firms and survivors said. Hundreds of workers sheltered at the Amarula "
        "hotel for two days before a convoy tried to break out under fire, and several vehicles "
        "were ambushed on the road to the beach. A South African contractor said at least seven "
        "of its staff, including foreign engineers, were missing. Thousands of residents and "
        "workers fled into the bush or to the peninsula of Afungi, where boats and a ferry took "
        "them south to Pemba. The Islamic State group claimed the assault, saying its fighters "
        "had taken control of the town and killed 55 people, a figure that could not be verified. "
        "TotalEnergies said it had evacuated all its staff from the site and suspended work. "
        "“We ran to the beach with nothing, people were being shot on the road,” said a welder "
        "from Nampula who arrived in Pemba by boat. The UN refugee agency said more than 8,000 "
        "people had reached Pemba, Mueda and Nangade, many of them exhausted and dehydrated.",
        "T V D",
        "attack",
    ),
    (
        "Troops open fire in Hlaing Tharyar as factories burn and workers flee",
        "Myanmar security forces shot dead at least 38 people in the Yangon industrial suburb of "
        "Hlaing Tharyar on Sunday, one of the bloodiest days since the February coup, after "
        "several Chinese-financed garment factories were set on fire, witnesses and a rights "
        "group said. Garment workers have been among the most visible supporters of a general "
        "strike called by unions and the civil disobedience movement against the junta. Troops "
        "and police fired live rounds at protesters who had built barricades of sandbags and tyres "
        "on the main roads, according to residents, and ambulances were unable to reach the "
        "wounded for hours. The junta imposed martial law on the township late in the day. Unions "
        "said tens of thousands of migrant workers from the Irrawaddy delta were packing "
        "belongings onto pickup trucks and motorbikes to return to their villages, fearing "
        "arrests and further shooting. “Our factory is closed, the soldiers are in the street, we "
        "cannot stay,” said a 23-year-old sewing machine operator. China's embassy urged the "
        "authorities to protect Chinese companies and staff. The Assistance Association for "
        "Political Prisoners said more than 120 people had been killed nationwide since the "
        "military seized power.",
        "U D",
        "crackdown",
    ),
    (
        "Drone hits bus carrying miners in Dnipropetrovsk region, killing nine",
        "A Russian drone struck a bus carrying coal miners to the end of their shift in Ukraine's "
        "Dnipropetrovsk region on Sunday, killing nine workers and wounding seven, the regional "
        "governor said. The bus, belonging to the energy company DTEK, was hit near the town of "
        "Ternivka as it carried about 20 miners home from a colliery, according to the company. "
        "DTEK said it was the second attack on its workers' transport in a week and accused "
        "Russia of deliberately hunting civilian vehicles that serve its mines. Photographs "
        "released by emergency services showed the charred shell of the bus on a rural road. "
        "The Independent Trade Union of Miners of Ukraine called the attack “a war crime against "
        "people whose only job is to keep the lights on”. Ukrainian coal mines supply fuel to "
        "power plants that have been repeatedly targeted by Russian missiles and drones. The "
        "Russian defence ministry did not comment on the strike but said its forces had hit "
        "“military-industrial targets” in the region overnight. Regional authorities declared a "
        "day of mourning in Ternivka and Pavlohrad.",
        "E V",
        "drone strike",
    ),
    (
        "Thai farm workers killed and seized in Hamas attack; thousands ask to go home",
        "At least 21 Thai workers were killed and 14 taken hostage in the Hamas attack on southern "
        "Israel, Thailand's foreign ministry said on Tuesday, making Thais the largest group of "
        "foreign victims. Most of the dead were farm labourers employed on kibbutzim and "
        "agricultural communities near the Gaza border, where about 5,000 Thais worked on "
        "greenhouses and orchards. Survivors described hiding in packing sheds and fields as "
        "gunmen went from house to house. The labour ministry in Bangkok said more than 7,000 "
        "workers had registered to be flown home, and the air force sent transport planes to "
        "bring back the first groups. “My brother called me from under a tractor, then the line "
        "went dead,” said a woman in Udon Thani province, where many of the workers come from. "
        "The government promised compensation of 50,000 baht to each returning worker and "
        "larger payments to the families of those killed. Israeli farmers' organisations warned "
        "that the departure of foreign labour could leave crops unpicked across the south. Thai "
        "officials said they were in contact with Iran, Qatar and Egypt to seek the release of "
        "the hostages.",
        "T V D",
        "attack",
    ),
    (
        "Migrant workers trapped in Khartoum as army and RSF battle for the capital",
        "Thousands of foreign workers remain stranded in Khartoum as fighting between Sudan's "
        "army and the paramilitary Rapid Support Forces enters its second week, embassies and "
        "labour recruiters said. Hundreds of Indian labourers employed at a ceramics factory and "
        "in construction were sheltering in company dormitories without electricity or running "
        "water, according to an association of Indian expatriates. Air strikes and artillery fire "
        "have hit residential districts near the airport and the army headquarters, and armed "
        "men have looted factories in the industrial area of Bahri. Bangladesh's expatriates "
        "ministry said about 1,500 of its nationals had asked to be evacuated. Buses organised by "
        "several governments were carrying workers on the 850-kilometre road to Port Sudan, from "
        "where ships took them across the Red Sea to Jeddah. “We have not been paid for two "
        "months and now there is no food in the market,” a Nepali electrician told Reuters by "
        "phone. The International Organization for Migration said it was trying to reach migrants "
        "without passports, many of whose documents were held by their employers. The UN says more "
        "than 400 people have been killed since the fighting began.",
        "B D H",
        "battle",
    ),
    (
        "Kazakh troops told to shoot without warning as oil-town protest becomes nationwide revolt",
        "Kazakhstan's president said he had ordered security forces to open fire without warning "
        "on what he called bandits and terrorists, after protests that began among oil workers in "
        "Zhanaozen over the price of fuel turned into riots across the country. Government "
        "buildings in Almaty were set ablaze, the airport was briefly seized and shops were "
        "looted, and the interior ministry said dozens of rioters had been “liquidated” and 18 "
        "police officers killed. Troops from a Russia-led military alliance arrived at the "
        "government's request to guard strategic sites. The strike movement had started in the "
        "oil fields of Mangystau, where workers at contractors of the state producer have walked "
        "out repeatedly over wages, a decade after police killed at least 14 striking oil "
        "workers in the same town. Oil workers at Tengiz also stopped work in solidarity, the "
        "operator said. Internet access was cut nationwide for several days. Rights groups said "
        "the shoot-to-kill order violated international law and urged the release of thousands "
        "of people detained. Police said nearly 8,000 people had been held by the end of the week.",
        "U M",
        "crackdown",
    ),
    (
        "Paris bins burn and police charge protesters as pension strikes turn violent",
        "Protesters set fire to piles of uncollected rubbish and street furniture in Paris for a "
        "fourth night on Monday, and riot police used tear gas and baton charges to clear the "
        "streets around Place de la Concorde, as anger over the government's pension reform boiled "
        "over. The interior minister said 234 people had been arrested in the capital and that 94 "
        "officers had been injured nationwide, some by paving stones and fireworks. Refuse "
        "collectors have been on strike for two weeks, leaving about 10,000 tonnes of waste on the "
        "pavements, and refinery workers at TotalEnergies sites have cut fuel deliveries. In "
        "Lyon, demonstrators broke into a town hall and set fire to its door, and a bank branch "
        "was attacked in Rennes. The hard-left CGT union, which has led the walkouts, condemned "
        "what it called police brutality, while the government blamed ultra-left groups. Videos "
        "circulating online showed officers beating a protester on the ground, and the police "
        "watchdog opened several inquiries. Unions have called a ninth day of national strikes "
        "for Thursday, with rail, air and school services expected to be disrupted.",
        "U",
        "riot",
    ),
    (
        "Thirteen Pataz mine workers found dead after abduction by armed gang",
        "The bodies of 13 security guards and workers employed by a contractor at a gold mine in "
        "Pataz, in northern Peru's La Libertad region, were found in a tunnel on Sunday, more than "
        "a week after they were abducted, police said. The men had been seized by an armed group "
        "that controls part of the mining area and has been fighting rival gangs and the "
        "company's guards for access to the gold veins, according to the mining firm. Prosecutors "
        "said the victims had been bound and shot, and a video of their execution circulated on "
        "social media. Pataz has been the scene of a violent struggle over illegal mining in "
        "which armed groups use explosives and assault rifles, and at least 39 people have been "
        "killed in the province over the past year. President Dina Boluarte ordered the armed "
        "forces to take control of the province for 30 days and imposed a night curfew. Unions "
        "representing the formal mine workforce said their members were being forced to work "
        "under the threat of extortion and attacks. Relatives gathered outside the morgue in "
        "Trujillo demanded that the government explain why the men were not rescued.",
        "V",
        "execution",
    ),
    (
        "Gunmen kill soldiers and seize Chinese workers at Niger State mining site",
        "Gunmen attacked a mining site in the Shiroro area of Nigeria's Niger State on Wednesday, "
        "killing at least 30 soldiers and police officers and abducting four Chinese nationals "
        "working at the site, security sources said. The attackers, who arrived on motorcycles "
        "in large numbers, engaged the troops guarding the mine in a gun battle that lasted "
        "several hours, a local official said. Several local mine workers were also killed, and "
        "residents of nearby villages fled to the town of Kuta. The Shiroro area has been hit "
        "by repeated raids by armed groups that the authorities call bandits, and jihadist "
        "fighters have also been reported in the area. “They came in hundreds, shooting at "
        "everybody,” one worker who escaped told reporters. The state government said it had "
        "suspended mining in the affected areas and ordered the evacuation of foreign workers. "
        "Nigeria's mining ministry said security agencies were pursuing the attackers to rescue "
        "the kidnapped workers. The attack was one of the deadliest on the security forces in "
        "the state this year.",
        "B V D",
        "attack",
    ),
    (
        "Seoul rally ends in water cannon and clashes as KCTU leads general strike",
        "South Korean police fired water cannon laced with liquid tear gas at tens of thousands "
        "of protesters in central Seoul on Saturday, and demonstrators tore down police bus "
        "barricades with ropes and beat them with steel pipes, in the largest anti-government "
        "rally in years. The demonstration was organised by the Korean Confederation of Trade "
        "Unions, which has led strikes against the government's labour market reforms, "
        "together with farmers' and students' groups. Police said 113 officers were injured and "
        "about 50 buses were damaged, and 51 protesters were detained. A 68-year-old farmer was "
        "critically injured after being knocked down by a jet of water and remained in a coma, "
        "his family said. Police have vowed to arrest those who used violence and issued an "
        "arrest warrant for the KCTU's president, who has taken refuge in a Buddhist temple. The "
        "confederation said the police had provoked the clashes by blocking a legal march. "
        "President Park Geun-hye compared some masked protesters to Islamic State militants, a "
        "remark that unions called an insult.",
        "U",
        "riot",
    ),
    (
        "Separatists abduct teachers for defying school boycott in Cameroon's North-West",
        "Armed separatists abducted six teachers from a government secondary school near Bamenda "
        "in Cameroon's North-West region on Monday, accusing them of defying their ban on "
        "classes, the teachers' union said. The gunmen arrived during the morning assembly, fired "
        "into the air and ordered pupils to go home before marching the teachers into the bush, "
        "witnesses said. A video later posted online showed the teachers being beaten and "
        "threatened with machetes. The anglophone crisis began in 2016 with strikes by lawyers "
        "and teachers against the use of French in courts and classrooms, and has since become "
        "an armed conflict in which separatist fighters enforce a boycott of schools. The "
        "Cameroon Teachers' Trade Union said at least 23 of its members had been killed or "
        "kidnapped in the two anglophone regions since January. “We are teachers, not soldiers, "
        "but we are treated as enemies by both sides,” said its regional secretary. The army "
        "said it had launched a search operation. Many schools in the area closed after the "
        "attack, and the union called on members to stay home until their safety was assured.",
        "V",
        "abduction",
    ),
    (
        "Migrant domestic workers left on Beirut streets as employers flee Israeli strikes",
        "Hundreds of migrant domestic workers, many of them from Ethiopia, Sierra Leone and Kenya, "
        "are sleeping on pavements and beaches in Beirut after employers fleeing Israeli air "
        "strikes on southern Lebanon and the capital's southern suburbs abandoned them, aid "
        "groups said. Most of the government's shelters for the displaced, set up in schools, "
        "turn away foreign workers, according to the International Organization for Migration. "
        "“My madam took the car and the children and told me to find my way,” said a "
        "28-year-old Ethiopian woman sitting with her bags outside a church in Ashrafieh. The "
        "Lebanese kafala sponsorship system ties workers to their employers, and many are left "
        "without passports or pay when families flee. Israeli strikes on Dahiyeh overnight "
        "flattened several buildings, and the health ministry said more than 1,000 people had "
        "been killed in Lebanon in the past two weeks. Caritas Lebanon and a coalition of "
        "migrant-led groups are distributing food and mattresses and trying to find places in "
        "private shelters. Kenya and the Philippines said they were organising repatriation "
        "flights, but workers without documents or airfare face long waits.",
        "E D H",
        "displacement",
    ),
]
