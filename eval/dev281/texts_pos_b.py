"""dev281 positives, part B: rescuers, paramedics and fire crews in current fighting, terror
attacks, communal violence and riots.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Kherson ambulance crews switch to armoured vans as drones hunt vehicles",
        "Kherson's emergency medical centre has moved most of its crews into armoured vans and "
        "fitted anti-drone nets over the entrances of its substations, its director said on "
        "Monday, after Russian drones struck three ambulances in a week. A paramedic, 42, was "
        "killed on Friday when a drone dropped a munition on her vehicle as it collected a man "
        "wounded in the Dniprovskyi district, the regional military administration said. Her "
        "driver lost a leg. Officials in the city say drones launched from the left bank of the "
        "Dnipro are hunting anything that moves along the riverside streets, including buses, "
        "bicycles and utility trucks, and have called the attacks deliberate. The centre now "
        "asks residents in the worst-hit neighbourhoods to bring the wounded to agreed points "
        "further from the river. Fire crews have adopted the same rule and sometimes leave "
        "burning houses to the flames when the drone threat is high, the State Emergency "
        "Service said. About 60,000 people remain in a city that had nearly 280,000 before the "
        'war. "You listen to the sky more than to the radio," one driver said.',
        "E V H",
        "drone_attack",
    ),
    (
        "Emergency hospital in Kabul overwhelmed as airport blast casualties arrive",
        "The Italian-run Emergency hospital in Kabul said on Thursday night it had received more "
        "than 60 wounded from the bombing outside Hamid Karzai International Airport, and that "
        'at least six had arrived dead. "Our teams are working in every operating theatre," its '
        "programme coordinator said, adding that the hospital had no more beds in its intensive "
        "care unit. A suicide bomber struck at the Abbey Gate, where thousands of Afghans had "
        "been crowding for days in the hope of getting on evacuation flights, and gunmen then "
        "opened fire, according to the Pentagon. Islamic State's Afghan branch claimed the "
        "attack. Thirteen US service members were among the dead, and Afghan health officials "
        "later said more than 170 people were killed in total. Taxis and private cars carried "
        "many of the wounded because ambulances could not get through the crowds, witnesses "
        "said. The Taliban, who had taken the capital 11 days earlier, sealed off the roads to "
        "the airport. Western governments said the evacuation flights would continue.",
        "E T V D",
        "suicide_bombing",
    ),
    (
        "Brussels firefighters set up triage in airport hall after explosions",
        "Firefighters and paramedics set up a triage post in the departure hall of Brussels "
        "airport on Tuesday morning after two explosions tore through the check-in area, "
        "Belgium's crisis centre said. Just over an hour later a third bomb went off in a "
        "carriage at Maelbeek metro station, near the European Commission. Prosecutors said the "
        "airport blasts were suicide bombings and Islamic State later claimed the attacks. At "
        "least 31 people were killed and about 270 wounded. The federal government raised the "
        "threat level to its highest, closed the metro and asked people to stay where they "
        "were. Brussels fire service crews used luggage trolleys to move the injured to "
        "ambulances, and the Red Cross opened a reception centre for stranded passengers at a "
        "sports hall in Zaventem. Hospitals across the capital activated their disaster plans "
        'and called in off-duty staff. "There were people lying among the suitcases," a fire '
        "officer told RTBF. Prime Minister Charles Michel called the attacks blind, violent and "
        "cowardly.",
        "E T V",
        "terror_attack",
    ),
    (
        "Negombo fire brigade says church roof still unsafe as Easter toll rises",
        "Firefighters in Negombo were still shoring up the roof of St Sebastian's Church on "
        "Monday, a day after a suicide bomber blew himself up among worshippers at Easter Sunday "
        "mass, the municipal fire brigade said. Police said the number of people killed in the "
        "coordinated bombings of three churches and three luxury hotels in Colombo, Negombo and "
        "Batticaloa had risen to 290, with about 500 wounded. The government blamed a little-known "
        "local Islamist group, National Thowheeth Jama'ath. Ambulances from the 1990 Suwa Seriya "
        "service made more than 150 runs on Sunday, its chief executive said, many of them to "
        "the Colombo National Hospital. A curfew was imposed across the island and social media "
        "sites were blocked. Officers found and defused a pipe bomb near the airport on Sunday "
        'night. Blood banks said they had more donors than they could handle. "The floor was '
        'full of glass and the bells were still ringing," a fireman said.',
        "E T V",
        "suicide_bombing",
    ),
    (
        "Drone strike on Dedebit camp kills 56, Tigray health officials say",
        "An air strike by a drone on a camp for displaced people in Dedebit, in north-western "
        "Tigray, killed at least 56 people overnight, health officials and aid workers said on "
        "Saturday. Survivors said the strike hit a school compound where families who had fled "
        "fighting in western Tigray had been sheltering for months. Medical staff at Shire "
        "Suhul hospital said they had received more than 30 wounded, many with burns, and were "
        "working without oxygen and with few painkillers because of a blockade on supplies into "
        "the region. Ambulances could not make the journey for lack of fuel, and the injured "
        "were brought on lorries. The Ethiopian government did not comment; it has said it "
        "targets only military objectives. The UN refugee agency said it was alarmed by reports "
        "of civilian casualties and called for access. Aid workers said some of the families "
        "were moving again after the strike, towards towns they hoped would be safer.",
        "E V D H",
        "drone_strike",
    ),
    (
        "MSF says Saada prison strike overwhelmed hospital as coalition campaign intensifies",
        "Medecins Sans Frontieres said on Friday that an air strike on a prison in the northern "
        "Yemeni city of Saada had killed at least 70 detainees and left the city's Al Jumhori "
        'hospital overwhelmed with more than 200 wounded. "There are many bodies at the scene '
        "of the airstrike, many people killed,\" the group's head of mission said. Houthi-run "
        "television showed rescuers pulling bodies from the rubble by torchlight. The "
        "Saudi-led coalition, which stepped up its air campaign after a Houthi drone and "
        "missile attack on Abu Dhabi this week, denied hitting the prison. A separate strike on "
        "a telecoms building in Hodeidah knocked Yemen off the internet. Aid groups said the "
        "Saada hospital's morgue was full and that surgeons were operating in corridors. Many of "
        "the detainees were African migrants held after trying to cross to Saudi Arabia. The "
        "International Committee of the Red Cross sent surgical kits for 100 wounded, and the UN "
        "called for a swift investigation.",
        "E V H M",
        "airstrike",
    ),
    (
        "Tripoli ambulance service counts 55 dead after clashes between armed groups",
        "Libya's Ambulance and Emergency Medicine Centre said on Wednesday that 55 people were "
        "killed and 146 wounded in fighting between two of Tripoli's most powerful armed groups, "
        "the 444 Brigade and the Special Deterrence Force. The clashes broke out on Monday night "
        "after the Deterrence Force detained the 444 Brigade's commander at Mitiga airport, and "
        "spread through the Ain Zara and Furnaj districts, where tanks and heavy machine guns "
        "were used. The centre said its teams had evacuated 234 families from the fighting and "
        "that three of its ambulances were hit. Flights at Mitiga were diverted to Misrata. A "
        "truce took hold on Tuesday evening after mediation by elders, according to the "
        "Tripoli-based government. The UN mission called for an end to the violence and for "
        "safe corridors for civilians and the wounded. Residents said they had spent two nights "
        "on the floors of their homes away from the windows. Schools in the affected districts "
        "stayed shut.",
        "B D H",
        "clashes",
    ),
    (
        "Firefighters shot at as gangs torch homes in Carrefour-Feuilles",
        "Port-au-Prince firefighters were forced to pull back from Carrefour-Feuilles on "
        "Tuesday after gunmen fired on their trucks as they tried to reach houses set alight by "
        "an armed gang, the city's fire department said. Residents said members of the Grand "
        "Ravine gang had moved into the hillside neighbourhood at dawn, shooting at people in "
        "the streets and burning homes. Haiti's civil protection agency said about 5,000 "
        "residents fled, many to a school and a sports centre in the city centre where they "
        "were sleeping on the ground. At least seven people were killed, according to a local "
        "human rights group, including an elderly woman burned in her house. The national "
        "police said they were sending reinforcements but had not retaken the area by nightfall. "
        "The fire department has only a few working engines for a city of nearly three million. "
        '"We cannot go where there are bullets," a fire captain said. Aid groups said the '
        "displaced needed water and food urgently.",
        "V D H",
        "gang_attack",
    ),
    (
        "Sapeurs-pompiers attacked as third night of riots hits Paris suburbs",
        "Firefighters in the Paris region answered more than 2,000 calls to burning vehicles "
        "and buildings on Thursday night, and several crews were attacked with fireworks and "
        "stones, the Paris fire brigade said, as rioting spread after the police killing of a "
        "17-year-old in Nanterre. Interior Minister Gerald Darmanin said 875 people had been "
        "arrested across France and 249 police officers injured, with town halls, schools and "
        "police stations set on fire in several cities. In Clamart a tram was burned, and in "
        "Roubaix shops were looted. The brigade said a fire engine in Aubervilliers had its "
        "windscreen smashed while crews fought a blaze at a bus depot where a dozen buses "
        "burned. Some 40,000 police and gendarmes were deployed for Friday night. The young man, "
        "Nahel, was shot at close range during a traffic stop on Tuesday, and the officer has "
        "been charged with voluntary homicide. A union of firefighters called for better "
        "protection for crews sent into neighbourhoods during unrest.",
        "U",
        "riot",
    ),
    (
        "Merseyside fire crews pelted with bricks as mob targets Southport mosque",
        "Merseyside Fire and Rescue Service said eight of its firefighters were hurt on Tuesday "
        "night as a crowd threw bricks and bottles at police lines outside a mosque in "
        "Southport and set a police van on fire. The crowd had gathered after a vigil for the "
        "three girls killed in a knife attack at a dance class on Monday, as false rumours about "
        "the suspect's identity spread online. Worshippers were trapped inside the mosque on "
        "Sussex Road while the violence went on around them. Merseyside Police said 53 officers "
        "were injured, 27 of whom were taken to hospital. A fire engine was attacked while crews "
        "were putting out the van fire and had to withdraw under police escort, the service "
        "said. Chief Fire Officer Phil Garrigan said his staff had been doing their jobs for a "
        "community in grief. The Prime Minister condemned the thugs who had hijacked the vigil. "
        "Police said the disorder was fuelled by people who had travelled from outside the "
        "town.",
        "U V",
        "riot",
    ),
    (
        "Stepanakert rescuers sleep in basements as shelling of Karabakh capital goes on",
        "Emergency workers in Stepanakert were sleeping in the basements of their own service "
        "building on Sunday, the Nagorno-Karabakh emergency service said, as shelling of the "
        "enclave's main city continued for a second week of fighting between Armenian and "
        "Azerbaijani forces. Its crews had put out 19 fires in residential areas since Friday, "
        "caused by rockets and artillery, the service's chief said. Karabakh officials said "
        "Azerbaijan was firing on the city deliberately; Baku said it was responding to shelling "
        "of Ganja and other towns and targeted only military positions. Much of the city was "
        "without electricity. Local officials say about half of the population of the enclave "
        "has left for Armenia, mainly women, children and the elderly. The city's maternity "
        "hospital has moved its patients underground. Fire engines drive without headlights at "
        "night and crews leave as soon as a fire is under control, a firefighter said. "
        "International journalists were among those injured in a strike on Martuni this week.",
        "E B D",
        "shelling",
    ),
    (
        "Bamako civil protection takes dozens to hospital after jihadist raid on gendarmerie school",
        "Mali's civil protection service said it took dozens of wounded to hospitals in Bamako "
        "on Tuesday after gunmen attacked a gendarmerie training school in the Faladie district "
        "and the military part of the city's airport at dawn. The al-Qaeda-linked group JNIM "
        "claimed the assault, saying its fighters had caused heavy losses. The army said the "
        "situation was under control by midday and that several attackers had been killed and "
        "others arrested. Witnesses said gunfire went on for hours and that part of the "
        "presidential aircraft hangar was set alight. Civil protection crews were first held "
        "back at checkpoints and then sent into the school, where a fire was burning in a "
        "dormitory. Security sources later said more than 70 people were killed, many of them "
        "trainee gendarmes. The government has not given a toll. It was the first major attack "
        "on the capital in years, in a country where jihadists have long fought in the north "
        "and centre.",
        "B T",
        "attack",
    ),
    (
        "Cali firefighters search debris after truck bomb near air base",
        "Firefighters in Cali searched damaged homes and workshops near the Marco Fidel Suarez "
        "air base on Thursday evening after a truck loaded with explosives blew up on a busy "
        "avenue in the afternoon, killing six people and wounding more than 60, the city's "
        "mayor said. The blast left a crater in the road, shattered windows for several blocks "
        "and set fire to parked cars. Mayor Alejandro Eder called it a terrorist attack and "
        "blamed a dissident faction of the former FARC guerrillas. The same day a police "
        "helicopter was shot down while spraying coca crops in Antioquia, killing 13 officers. "
        "President Gustavo Petro said the attacks were a response to the state's offensive "
        "against drug trafficking. The Cali fire brigade said crews had evacuated an old "
        "people's home and a school nearby while they checked for a second device. The "
        "Colombian Red Cross put up a tent for families waiting for news outside the "
        "Valle del Lili hospital.",
        "E T",
        "truck_bomb",
    ),
    (
        "Edhi and Rescue 1122 recover bodies at Quetta station after platform bombing",
        "Rescue workers at Quetta's railway station recovered bodies from a platform where "
        "passengers had been waiting for the Jaffar Express to Peshawar, after a suicide bomber "
        "blew himself up among them on Saturday morning, officials said. At least 26 people "
        "were killed, among them more than a dozen soldiers, and 62 wounded, according to the "
        "provincial government. The separatist Baloch Liberation Army claimed the attack. Edhi "
        "Foundation and Rescue 1122 ambulances shuttled the wounded to the Civil Hospital, "
        "where an emergency was declared. The blast tore off part of the platform's roof. "
        "Balochistan's chief minister called it an act of terrorism against innocent people. "
        "The station was packed because the train was due to leave at 9am. Rail services in "
        "the province were suspended until Monday, and police cordoned off the area while bomb "
        "disposal teams searched for other devices.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Russian emergency crews evacuate border towns as Ukrainian troops push into Kursk",
        "Russia's Emergencies Ministry said on Friday it was busing residents out of the Kursk "
        "region's border districts, as Ukrainian troops pressed on with a cross-border "
        "incursion that began on Tuesday. Acting governor Alexei Smirnov said about 76,000 "
        "people had been evacuated, and that temporary accommodation had been set up in "
        "dormitories and summer camps in Kursk city. Russia's defence ministry said its forces "
        "were fighting Ukrainian units near Sudzha and had struck their armour with aircraft "
        "and artillery. Ministry crews were putting out fires in villages hit by shelling and "
        "drones, and the authorities declared a federal emergency. Kyiv has said little about "
        "the operation, its largest on Russian soil since the full-scale war began. Residents "
        "arriving in Kursk said they left with nothing but documents. Volunteers collected "
        "clothes and food at the city's train station, and regional hospitals said they were "
        "treating dozens of wounded.",
        "B E M D",
        "incursion",
    ),
    (
        "White Helmets collect bodies from Baniyas homes after days of killings",
        "Teams of the Syria Civil Defence collected bodies from homes and streets in Baniyas on "
        "Monday after three days of killings of Alawite civilians along the coast, the group "
        "said, as the interim government announced the end of its military operation in the "
        "region. The Syrian Observatory for Human Rights said more than 1,000 civilians had been "
        "killed in revenge attacks, many of them shot in their homes, after fighters loyal to "
        "the ousted president Bashar al-Assad ambushed security forces on Thursday. Civil "
        "defence crews in Latakia and Tartus worked alongside security forces to bury the dead. "
        "Thousands of families fled to the Russian air base at Hmeimim or to the mountains, "
        "and others crossed into Lebanon. President Ahmed al-Sharaa pledged to punish anyone "
        "responsible for harming civilians and named a committee to investigate. Residents "
        "said gunmen in uniform had gone from house to house asking people whether they were "
        "Alawite. Schools in the coastal towns stayed closed.",
        "V B D M",
        "massacre",
    ),
]
