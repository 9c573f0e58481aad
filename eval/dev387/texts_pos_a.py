"""dev387 positives, part A: Rio's favelas and the factions, the states' police wars, indigenous
and rural land violence (current organised violence and political violence, eval/README.md
section 1)."""

POSITIVES = [
    (
        "Police operation in Alemão and Penha leaves at least 64 dead, deadliest in Rio's history",
        "A police operation against Comando Vermelho in the Alemão and Penha complexes, in Rio "
        "de Janeiro's North Zone, left at least 64 people dead on Tuesday, including four "
        "police officers, according to the state government. About 2,500 civil and military "
        "police officers took part in the action, which began before dawn and turned into "
        "gunfights that lasted most of the day, Folha de S.Paulo reported. Members of the "
        "faction set up barricades with burning buses and, according to the police, dropped "
        "explosives from drones on the advancing teams. Governor Cláudio Castro called it the "
        "largest operation ever carried out in the state and said Rio was “alone” in a fight "
        "against “narco-terrorism”. Eighty-one people were arrested and 93 rifles seized, the "
        "Secretariat of Civil Police said. More than 40 schools closed and at least 70 bus "
        "lines were diverted, leaving thousands of residents unable to reach work. By nightfall "
        "residents of Penha were carrying bodies down from the forest of Serra da Misericórdia "
        "and laying them out in a square, saying the official count was far too low. The Public "
        "Defender's Office said it would ask for an independent inquiry into each death.",
        "B M E",
        "police_operation",
    ),
    (
        "Jacarezinho raid kills 25 in Rio as residents report executions inside homes",
        "Twenty-five people, one of them a civil police officer, were killed on Thursday in an "
        "operation of the Civil Police in the Jacarezinho favela, in Rio's North Zone, the "
        "deadliest in the city since at least 2005. Officers entered the community at 6am with "
        "armoured vehicles and a helicopter, and were met with heavy fire from traffickers of "
        "Comando Vermelho, according to the police. Residents told O Globo that some of the "
        "dead had surrendered and were shot inside houses, and photographs showed blood on "
        "bedroom floors and a child's room. Two passengers on a Metro train were hit by stray "
        "bullets at the Triagem station. The police said the operation aimed to stop the "
        "faction from recruiting children and that all the dead were “criminals”. The Supreme "
        "Court had restricted raids in favelas during the pandemic to “absolutely exceptional” "
        "cases, and the Federal Public Prosecutor's Office said it would examine whether that "
        "order had been broken. The police chief in charge said there had been no executions, "
        "only “criminals who chose to confront” the officers. A vigil was held in the favela on "
        "Friday.",
        "B M V",
        "police_operation",
    ),
    (
        "Shootout in Maré stops classes for 17,000 pupils and kills two",
        "Two men died and a 14-year-old student was hit in the leg during an exchange of fire "
        "between military police and armed men in the Maré complex, in the North Zone of Rio, "
        "on Monday morning. The Military Police said a patrol of the 22nd Battalion was "
        "attacked as it entered Nova Holanda and returned fire, and that a rifle and a pistol "
        "were seized with the dead. The shooting lasted nearly three hours and closed 46 "
        "schools and six health clinics, leaving about 17,000 pupils without classes, the "
        "municipal education department said. Avenida Brasil was closed in both directions for "
        "40 minutes as bullets crossed the expressway. The NGO Redes da Maré said it was the "
        "ninth operation in the complex this year and that residents had once again been kept "
        "inside their homes. “We lie on the floor and wait,” a mother of three said by phone. "
        "The state's Public Security Secretariat did not respond to questions about the goal of "
        "the operation. Later in the afternoon, residents blocked a street with burning rubbish "
        "in protest at the deaths. Classes were due to resume on Tuesday.",
        "B M",
        "shootout",
    ),
    (
        "Residents abandon homes in Rio's West Zone as Comando Vermelho and militia fight for territory",
        "Dozens of families left their homes in Gardênia Azul and Cidade de Deus, in Rio's West "
        "Zone, after a weekend of fighting between traffickers of Comando Vermelho and the "
        "militia that has controlled part of the region for two decades, G1 reported. Gunfire "
        "was heard for hours on Saturday night and at least three men were found dead on Sunday "
        "on a street near the Lagoa da Tijuca. Residents said armed men moved from house to "
        "house, ordering people to leave so the buildings could be used as firing positions. "
        "The Military Police sent reinforcements from its special operations battalion and said "
        "it had seized two rifles and a grenade. A school run by the city did not open on "
        "Monday, and the municipal social assistance department said 32 people were staying "
        "with relatives or in a temporary shelter. According to the Fogo Cruzado institute, the "
        "dispute between the faction and the militias has been behind most of the shootings in "
        "the West Zone since the beginning of the year. The Civil Police's homicide division "
        "said it was investigating the deaths.",
        "B D",
        "gang_war",
    ),
    (
        "Operation against Bonde do Maluco in Salvador ends with six dead after gunfights",
        "Six suspects died in confrontations with military police in the neighbourhoods of "
        "Valéria and Sussuarana, in Salvador, during an operation against the Bonde do Maluco "
        "faction on Wednesday, the Bahia Public Security Secretariat said. The police said "
        "officers were received with gunfire as they searched for men accused of ordering a "
        "series of killings, and that a 5.56 rifle, four pistols and drugs were seized. A "
        "sergeant was wounded in the arm and taken to the Hospital Geral do Estado. Bahia has "
        "had the highest number of deaths caused by police of any state for two years in a row, "
        "according to the Brazilian Public Security Forum. Relatives of one of the dead, a "
        "19-year-old, said he had no criminal record and was shot on his way to work. The "
        "Public Prosecutor's Office of Bahia said it had opened a procedure to follow the "
        "investigations, and the governor, Jerônimo Rodrigues, defended the action. Shops in "
        "Valéria stayed closed for the rest of the day. Residents said buses had stopped "
        "running into the neighbourhood after shots were heard at dawn.",
        "B M",
        "police_operation",
    ),
    (
        "Operation Escudo reaches 28 deaths in Guarujá; ombudsman reports signs of execution",
        "The number of people killed by police in Operation Escudo, launched on the coast of "
        "São Paulo after a ROTA soldier was shot dead in Guarujá, has reached 28, the state "
        "Public Security Secretariat confirmed on Tuesday. About 600 officers have been sent to "
        "the region, and Governor Tarcísio de Freitas said he was “extremely satisfied” with "
        "the results. The São Paulo police ombudsman said he had received reports from "
        "residents of people being shot after they had been detained, and of officers "
        "threatening witnesses who filmed the raids. A man with a visual impairment was among "
        "those killed in the Vila Zilda community, according to his family. The Military Police "
        "say all the deaths happened in confrontations with members of the Primeiro Comando da "
        "Capital. Human rights groups asked the state to suspend the operation and to make the "
        "use of body cameras by the troops compulsory. Three suspects have been arrested for "
        "the killing of the ROTA soldier, Patrick Bastos Reis. The state government said the "
        "operation would last as long as necessary.",
        "M V",
        "police_operation",
    ),
    (
        "Police kill ten landless workers in Pau D'Arco, in Pará",
        "Ten rural workers, nine men and one woman, were killed on Wednesday during a police "
        "action at the Santa Lúcia farm, in Pau D'Arco, in the south-east of Pará. Civil and "
        "military police had gone to the farm to carry out arrest warrants over the killing of "
        "a security guard, and said they were received with gunfire by the occupiers. No police "
        "officer was hurt. Survivors told the Pastoral Land Commission that the workers were "
        "surrounded in their camp in the rain and that some were shot as they tried to "
        "surrender. The bodies were taken to the morgue in Redenção in the back of pick-up "
        "trucks, and relatives said the scene had been cleaned before forensic experts arrived. "
        "It was the worst massacre in the Brazilian countryside since Eldorado dos Carajás in "
        "1996, the commission said. The Ministry of Justice sent the Federal Police to follow "
        "the case. Relatives held a wake in a church in Redenção under the watch of federal "
        "agents. The governor, Simão Jatene, said the police had acted within the law, and "
        "asked the state's police command for a full report. Human rights groups called for the "
        "officers to be removed from the street.",
        "V",
        "massacre",
    ),
    (
        "Gunmen burn shacks and fire on landless settlement near Anapu",
        "Hooded gunmen set fire to at least 20 shacks and fired on families of the Terra Nossa "
        "settlement project, in the region of Anapu, Pará, on Sunday night, according to the "
        "Pastoral Land Commission. A 52-year-old farmer was shot in the back and taken to the "
        "hospital in Altamira, where he was in stable condition. About 60 families fled into "
        "the forest and then walked to the town, where they were sheltering in a church hall. "
        "The families say the attack was ordered by a farmer who claims the land, which the "
        "federal land reform agency Incra has earmarked for settlement. Anapu is where the "
        "American nun Dorothy Stang was murdered in 2005, and at least 19 people have been "
        "killed there in land disputes since. The state government said a police team had been "
        "sent and that no one had been arrested by Monday afternoon. Families said they had "
        "reported threats to the police two weeks earlier. The bishop of Xingu called on the "
        "federal government to guarantee their safety.",
        "V D",
        "attack_on_settlers",
    ),
    (
        "Indigenous leader shot dead in Bahia as ranchers' group attacks occupation",
        "The Pataxó Hã-Hã-Hãe religious leader Maria de Fátima Muniz, known as Nega Pataxó, was "
        "shot dead on Sunday when a group of about 200 people linked to landowners tried to "
        "remove indigenous people from a farm they had occupied in Potiraguá, in southern "
        "Bahia. Her brother, the chief Nailton Pataxó, was also shot and had surgery at a "
        "hospital in Itabuna. According to the Ministry of Indigenous Peoples, the group was "
        "organised through messaging apps by the movement Invasão Zero and arrived in pick-ups, "
        "some of its members carrying firearms. Videos show military police at the site while "
        "the attack was under way. Two men were arrested in the act, one of them a son of a "
        "farmer, and a weapon was seized. Minister Sonia Guajajara travelled to the region and "
        "called the killing a crime planned in advance. The Pataxó say their territory has been "
        "waiting for demarcation for more than 40 years. Other indigenous people were beaten "
        "and at least two had broken bones, according to the Pataxó.",
        "V",
        "attack_on_indigenous_people",
    ),
    (
        "Guarani Kaiowá wounded in new attack on retaking in Douradina",
        "At least ten Guarani Kaiowá were wounded, one of them shot in the head, in an attack "
        "by armed men on an area retaken by indigenous people in Douradina, Mato Grosso do Sul, "
        "on Saturday, the Indigenous Missionary Council (Cimi) said. The attackers arrived in "
        "about 40 vehicles, fired at the camp and set fire to a shelter made of canvas, "
        "according to witnesses. The National Force was already in the area after attacks "
        "earlier in the month but was not present when the shooting began, the Ministry of "
        "Indigenous Peoples said. The wounded were taken to the hospital in Dourados. The "
        "ruralists say the indigenous people invaded private farms, while the Guarani Kaiowá "
        "say the land is part of the Panambi–Lagoa Rica territory, identified by Funai in 2011. "
        "The Ministry of Justice said it would send more agents and asked the Federal Police to "
        "identify the gunmen. One of the wounded, a young man, was transferred in serious "
        "condition to Campo Grande. Indigenous leaders said the camp's families were sleeping "
        "without shelter.",
        "V",
        "attack_on_indigenous_people",
    ),
    (
        "Miners open fire on Yanomami village of Palimiú; community reports children missing",
        "Illegal gold miners in boats opened fire on the Yanomami community of Palimiú, on the "
        "Uraricoera river in Roraima, on Monday, in an exchange of shots that lasted about half "
        "an hour, according to the Hutukara Yanomami Association. Four miners and one "
        "indigenous man were wounded, the association said. Two Yanomami children, aged one and "
        "five, went missing as the community fled into the forest, and their bodies were later "
        "found in the river. The association said the miners returned on the following days and "
        "that residents were sleeping in the forest for fear of new attacks. A Federal Police "
        "team that went to the village on Tuesday was also fired on, and an agent was slightly "
        "hurt. The Federal Public Prosecutor's Office asked the courts to order the permanent "
        "presence of federal forces on the Uraricoera. Miners filmed themselves boasting of the "
        "attack in videos that circulated in the region. The Yanomami say some 20,000 miners "
        "are working illegally in their territory.",
        "V D",
        "attack_on_indigenous_people",
    ),
    (
        "Munduruku association headquarters ransacked and burned by miners in Jacareacanga",
        "A group of miners and their supporters attacked and set fire to the headquarters of "
        "the Wakoborûn Association of Munduruku Women in Jacareacanga, in south-western Pará, "
        "on Thursday, destroying documents, computers and furniture, the association said. The "
        "attack came a day after a Federal Police operation against illegal mining in the "
        "Munduruku territory was suspended. Leaders said the group went on to the house of the "
        "coordinator Maria Leusa Munduruku in the village of Fazenda Tapajós, fired shots and "
        "burned it. “They came with guns, they threatened our children,” she told Agência "
        "Brasil. The Supreme Court minister Luís Roberto Barroso ordered the federal government "
        "to guarantee the safety of the Munduruku. The Ministry of Justice sent 40 agents of "
        "the National Force to the town. Police said no one had been arrested. The Munduruku "
        "have asked for years for the removal of miners from the Tapajós basin.",
        "V",
        "attack_on_indigenous_people",
    ),
    (
        "Councillor Marielle Franco shot dead in central Rio",
        "The PSOL city councillor Marielle Franco, 38, and her driver, Anderson Gomes, were "
        "shot dead on Wednesday night in Estácio, in the centre of Rio de Janeiro, after "
        "leaving a debate with young black women in Lapa. A car drew level with theirs and "
        "fired at least nine shots, four of which hit the councillor in the head, according to "
        "the Civil Police. A press adviser who was in the back seat was hit by fragments and "
        "survived. Nothing was taken from the car, and investigators said the attack had the "
        "hallmarks of an execution. Marielle, who grew up in Maré, was a critic of police "
        "violence and had been named days earlier to the commission monitoring the federal "
        "intervention in Rio's security. Thousands of people gathered on Thursday outside the "
        "City Council, and protests were called in several capitals. The intervention's "
        "commander, General Walter Braga Netto, said the crime would be solved. Amnesty "
        "International called for a swift and independent investigation. The weapon used was a "
        "9mm submachine gun, according to the police, and the ammunition came from a batch sold "
        "to the Federal Police.",
        "V",
        "assassination",
    ),
    (
        "Remains found in the Javari valley after fisherman confesses to killing Dom Phillips and Bruno Pereira",
        "Federal Police found human remains on Wednesday in an area of forest near Atalaia do "
        "Norte, in Amazonas, after the fisherman Amarildo da Costa Oliveira, known as Pelado, "
        "confessed to taking part in the killing of the British journalist Dom Phillips and the "
        "indigenist Bruno Pereira. The two had disappeared on 5 June while travelling by boat "
        "on the Itaquaí river, in the Javari valley, after Pereira had received threats from "
        "illegal fishermen and hunters. According to the police, the men were shot and their "
        "bodies were cut up, burned and buried. The indigenous organisation Univaja, whose own "
        "search teams found the first clues, said the crime was linked to the criminal network "
        "that invades the territory. The Funai workers' association called a strike and accused "
        "the government of abandoning the region. A second suspect was arrested and a third was "
        "being sought. Phillips was writing a book on the Amazon, and Pereira was helping "
        "indigenous patrols monitor invasions. The remains were sent to Brasília for "
        "identification.",
        "V",
        "killing",
    ),
    (
        "Wave of attacks in Ceará: bridges bombed and buses burned for the sixth night",
        "Criminal factions carried out at least 28 attacks in 14 cities of Ceará overnight, the "
        "sixth night of a wave of violence that began after the new state prison secretary said "
        "gangs would no longer be kept apart in jails. Explosives were set off at the base of a "
        "viaduct in Caucaia and on a power pylon near Maracanaú, and at least 12 buses and "
        "several public buildings were set on fire, the Public Security Secretariat said. The "
        "federal government sent 300 men of the National Force to Fortaleza at the request of "
        "Governor Camilo Santana. Bus services in the capital ran at less than half their usual "
        "level and many shops closed early. The federal justice minister, Sergio Moro, "
        "described the attacks as terrorism and said the state would not negotiate with "
        "criminals. More than 200 suspects had been arrested by Monday, according to the state "
        "government. Garbage collection was suspended in some neighbourhoods of Fortaleza after "
        "trucks were burned.",
        "E T",
        "attacks_by_factions",
    ),
    (
        "Rio Grande do Norte under attack: faction targets police stations and burns vehicles",
        "Members of the Sindicato do Crime faction fired on police stations and barracks and "
        "set fire to buses, cars and public buildings in at least 20 towns of Rio Grande do "
        "Norte since Tuesday, the state government said. In Natal, a military police base in "
        "the Zona Norte was hit by dozens of shots and a patrol car was set alight in front of "
        "it. At least four suspects were killed in shoot-outs with police, according to the "
        "Public Security Secretariat. The attacks were ordered from inside the prison system, "
        "in protest at conditions in the Alcaçuz penitentiary, the police said. The Ministry of "
        "Justice authorised the use of the National Force and sent an initial group of 220 "
        "agents. Schools and universities suspended classes in Natal and Mossoró, and the "
        "transport union withdrew buses from the streets at night. A man was killed when a bus "
        "he was travelling in was set on fire in Parnamirim, the police said. The state's "
        "governor, Fátima Bezerra, called the attacks “terrorism” and said order would be "
        "restored.",
        "B M T",
        "attacks_by_factions",
    ),
]
