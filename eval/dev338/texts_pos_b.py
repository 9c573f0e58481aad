"""dev338 positives, part B: convoys, roads and airports in Africa, the Americas and elsewhere."""

POSITIVES = [
    (
        "Dozens of fuel tankers burned near Kati as jihadists tighten grip on Bamako supply routes",
        "Jihadist fighters attacked a convoy of fuel tankers on the road between Kayes and Bamako on Sunday, setting dozens of vehicles on fire and killing several drivers, transporters and a local official said. The convoy, escorted by the Malian army, was ambushed near the town of Kati, less than 20 kilometres from the capital, according to the official. The al-Qaeda-linked JNIM group said in a statement that it had destroyed more than 40 tankers and warned drivers not to work for the 'junta'. Soldiers fought the attackers for about two hours, a security source said. The group announced a blockade of fuel imports in September, and queues at filling stations in Bamako now stretch for hundreds of metres. Schools in the capital were closed for two weeks last month because teachers and pupils could not travel. 'The drivers are the ones paying with their lives,' said a member of Mali's road hauliers' union, who said at least 15 of its members had been killed or abducted since the blockade began. The government has said the situation is under control and that convoys will continue under military escort.",
        "T B V H",
        "ambush",
    ),
    (
        "Supply convoy to Djibo ambushed; dozens of soldiers and volunteers killed",
        "Militants ambushed a convoy of more than 150 lorries carrying food and goods to the besieged town of Djibo in northern Burkina Faso, killing at least 37 people, most of them soldiers and members of the army's civilian auxiliaries, security sources said. The attack took place on Monday near Gaskindé, where a roadside bomb stopped the lead vehicles before gunmen opened fire from both sides of the road, the sources said. The army said in a statement that 'terrorists' had been 'neutralised' in large numbers but gave no figure for its own losses. Dozens of lorries were burned, and some drivers were missing on Tuesday. Djibo, home to hundreds of thousands of people who fled the violence in surrounding villages, has been under a blockade by al-Qaeda-linked fighters for more than a year and depends on escorted convoys and occasional airlifts. Aid groups said food stocks in the town were almost exhausted. A transport operator in Ouagadougou said his company would stop sending drivers on the route.",
        "T E B H",
        "ambush",
    ),
    (
        "Gunmen attack Abuja-Kaduna train, abducting passengers after blowing up track",
        "Armed men detonated explosives on the Abuja-Kaduna railway on Monday night and opened fire on a train carrying about 970 passengers, killing at least eight people and abducting dozens, officials said. The train was derailed near Katari, in Kaduna state, after the blast damaged the track, the Nigerian Railway Corporation said. Survivors said the attackers shot through the windows for nearly an hour before marching passengers into the bush. The Kaduna state government described the attackers as terrorists and said troops had been deployed to the area. The NRC suspended services on the line, which many travellers had used since gunmen made the parallel highway too dangerous. A doctor who had booked a seat on the train was among those killed, her hospital said. Relatives gathered outside the Rigasa station in Kaduna on Tuesday waiting for news. The Nigerian Air Force said it was conducting surveillance flights over the forest where the hostages were believed to be held.",
        "T V E",
        "attack_on_train",
    ),
    (
        "Travellers abducted on Kaduna-Zaria highway as gunmen stop vehicles",
        "Gunmen blocked the Kaduna-Zaria highway on Thursday evening and abducted at least 22 travellers from buses and private cars, police in Nigeria's Kaduna state said. The attackers, armed with assault rifles, opened fire on vehicles that tried to turn back, killing one driver, a police spokesman said. Survivors said the armed men wore military-style clothing and forced passengers to walk into the forest near Jaji. Tactical teams and soldiers were deployed and had rescued six people by Friday morning, the spokesman said. The National Union of Road Transport Workers said drivers were increasingly refusing to travel after dark on the route, one of the busiest in northern Nigeria. Armed groups known locally as bandits, who hold large areas of forest in the north-west, have killed and abducted thousands of people in recent years. A bus operator in Kaduna said ticket sales had halved since January. The state's security commissioner urged motorists to avoid travel between six in the evening and six in the morning.",
        "V",
        "abduction",
    ),
    (
        "Insurgents attack lorries on N380 in Cabo Delgado, killing drivers",
        "Islamic State-linked insurgents attacked a column of lorries on the N380 road in Mozambique's Cabo Delgado province on Wednesday, killing at least four drivers and burning several vehicles, local sources and a transport association said. The attack took place between Macomia and Awasse, a stretch where trucks carrying food and building materials to the north travel in convoy. Witnesses said the insurgents stopped the vehicles, separated the drivers and set the cargo on fire. Islamic State's Central Africa province claimed the attack on its propaganda channels, publishing photographs of burning trucks. Rwandan and Mozambican forces deployed along the road after the attack, and traffic resumed under escort on Friday. The UN's humanitarian office said fighting in the districts of Macomia and Ancuabe had displaced more than 10,000 people in the past month. Transporters in Pemba said insurance for the route had become impossible to buy.",
        "T V D",
        "road_attack",
    ),
    (
        "Al-Shabaab bomb hits lorries at checkpoint outside Mogadishu",
        "A bomb hidden in a vehicle exploded at a busy checkpoint on the road between Mogadishu and Afgoye on Saturday, killing at least 11 people, most of them lorry drivers and traders waiting to have their cargo inspected, police and witnesses said. Al-Shabaab claimed the attack through its Andalus radio station, saying it had targeted government forces. A police officer at the scene said the blast destroyed several lorries loaded with fruit and charcoal. About 20 people were wounded and taken to Madina hospital, the director of the Aamin ambulance service said. The checkpoint, at the edge of the capital, is where lorries from the farming regions of Lower Shabelle pay taxes and are searched. Traders say they are also forced to pay al-Shabaab at its own checkpoints further along the road. The government condemned the 'cowardly terrorist attack' and said security at entry points would be tightened.",
        "T E",
        "bombing",
    ),
    (
        "Gangs fire on aircraft at Port-au-Prince airport; US carriers halt flights",
        "Gunfire from gang-held neighbourhoods struck a Spirit Airlines plane as it approached Toussaint Louverture International Airport in Port-au-Prince on Monday, wounding a flight attendant, and the aircraft diverted to the Dominican Republic, the airline said. Two other aircraft were hit on the ground, according to the airport authority. The US Federal Aviation Administration barred American carriers from flying to Haiti for 30 days, and JetBlue and American Airlines cancelled their services. Heavy fighting between gangs and the police broke out in the areas around the airport as the new prime minister was sworn in, residents said. The Viv Ansanm gang coalition controls most of the capital and the main roads leading out of it, and the airport had reopened only in May after a closure of nearly three months. The UN said more than 20,000 people had fled their homes in the capital in recent weeks. Cargo agents said containers of medicine and food were piling up at the port, which gangs have also attacked.",
        "B V D",
        "attack_on_airport",
    ),
    (
        "Gangs seize stretch of Route Nationale 1, cutting Port-au-Prince off from the north",
        "Gangs took control of a section of Route Nationale 1 north of Port-au-Prince after two days of fighting with the police, cutting the main road link between the capital and the north of Haiti, officials and drivers said on Wednesday. At least seven people were killed in the fighting around Cabaret and Arcahaie, the national police said, including two officers. Gunmen burned a bus and several cars and set up checkpoints where they demanded payments from drivers, according to a transport union. Lorries carrying rice and fuel from Cap-Haïtien were stopped at Saint-Marc. Residents of Cabaret fled towards the coast and the hills, and the International Organization for Migration said about 6,000 people had been displaced. 'The drivers have nowhere to go; either they pay the gangs or they stay home,' the union's spokesman said. The Kenyan-led security mission said it had sent armoured vehicles to support the police.",
        "B V D",
        "gang_offensive",
    ),
    (
        "Sinaloa cartel infighting brings burning trucks and blockades to Culiacán",
        "Gunmen set fire to lorries and cars to block roads into Culiacán on Tuesday as fighting between rival factions of the Sinaloa cartel spread to the city's outskirts, state officials said. At least five people were killed in shootouts between armed groups and with soldiers, the state prosecutor's office said. Army troops were deployed to the main highways and the airport, where some flights were delayed. Freight companies said they had stopped sending drivers to Sinaloa, and the national chamber of cargo transport said three of its members' drivers had been kidnapped in the state in the past month. Schools were closed and many shops kept their shutters down. 'It's like a war; you hear shooting at night and in the morning there are burnt trucks across the road,' said a resident of the Tres Ríos area. The violence broke out in September after the arrest in the United States of one of the cartel's founders and has left hundreds dead.",
        "B V",
        "cartel_fighting",
    ),
    (
        "ELN 'armed strike' halts road and river transport in Chocó",
        "Colombia's ELN guerrilla group declared an armed strike in the western department of Chocó, ordering a halt to all road and river transport, and communities along the San Juan river said on Monday that boats had stopped running for a fifth day. The regional ombudsman's office said more than 50,000 people were confined, unable to travel to markets, schools or health centres. Gunmen burned a bus on the road between Quibdó and Medellín on Saturday after the driver ignored the order, the local transport association said. The army said it had sent troops to escort convoys and accused the ELN of using civilians as hostages. Fighting between the ELN and the Gulf Clan has displaced thousands of people in the department this year, according to the UN. Shortages of fuel and food were reported in Istmina and Condoto, where prices of petrol doubled. The ombudsman called on the armed groups to lift the restrictions immediately.",
        "V H D",
        "armed_strike",
    ),
    (
        "M23 rebels close road to Goma as fighting reaches Sake",
        "Fighting between M23 rebels and Congolese troops reached the town of Sake, 25 kilometres west of Goma, on Wednesday, closing the last major road into the city from the west, residents and aid workers said. Bombs landed near the town's market, and thousands of residents fled towards Goma on foot, carrying mattresses and jerrycans, witnesses said. Lorries bringing potatoes, beans and charcoal from Masisi were stuck on the road, and traders in Goma said food prices had jumped within hours. The road north to Rutshuru has been under rebel control for months, leaving Goma reachable mainly via Lake Kivu and the Rwandan border. The UN's humanitarian office said hospitals in Goma were receiving wounded civilians, and that more than 135,000 people had been displaced in a few days. The Congolese army said it had repelled attacks and accused Rwanda of supporting the rebels, which Kigali denies. Boat operators on the lake said they had doubled their prices.",
        "B E D H",
        "offensive",
    ),
    (
        "RSF drone strikes hit fuel lorries and aid trucks on road to El Fasher",
        "Drones struck a convoy of fuel lorries and aid trucks on the road between Mellit and El Fasher in Sudan's North Darfur state on Sunday, killing at least nine drivers and helpers, the Sudanese army and a local emergency response room said. The army accused the Rapid Support Forces of carrying out the strike, while the paramilitary group said it had targeted 'military supplies' bound for the army's garrison. The World Food Programme said two trucks it had contracted were among those hit and that it was suspending movements on the route. El Fasher has been under siege for more than a year, and aid groups say famine has been confirmed in camps nearby, including Zamzam. Transporters in Port Sudan said they could no longer find drivers willing to go to Darfur. 'Every truck that reaches El Fasher is a miracle,' a WFP official said. The UN secretary-general called for a humanitarian pause around the city.",
        "E H V",
        "drone_strike",
    ),
    (
        "Kenya protests: matatus torched and tear gas fired as anger over levy turns violent",
        "Police fired tear gas and live bullets at protesters in Nairobi on Tuesday as demonstrations against new taxes turned violent, and crowds set fire to at least three matatu minibuses and looted shops along Moi Avenue, witnesses said. Public transport in the city centre ground to a halt, and thousands of commuters walked home as matatu owners kept their vehicles off the roads. The Kenya National Commission on Human Rights said at least eight people were killed across the country and more than 200 arrested. Protesters said plain-clothes officers had fired on crowds near the Central Business District. The Matatu Owners Association said its members were caught between protesters who accused them of working during the protests and police who seized vehicles used to carry demonstrators. Kenya Railways suspended its commuter train service from Embakasi. The interior minister defended the police response and said the government would not allow 'criminals' to destroy property.",
        "U",
        "riot",
    ),
    (
        "Bus drivers' strike in Dhaka turns violent as vehicles torched and police fire rubber bullets",
        "Striking transport workers set fire to at least a dozen buses and blocked highways leading into Dhaka on Sunday, and police fired rubber bullets and tear gas to disperse them, officials and witnesses said. The strike was called by transport unions to protest against a new road safety law that raised penalties for drivers involved in fatal crashes. Workers armed with sticks stopped private cars and smeared the faces of drivers with burnt engine oil, according to local media. At least 40 people were injured in clashes in Gabtoli, Mohakhali and Jatrabari, police said. Students who had led protests for safer roads earlier in the year accused the unions of trying to intimidate them. Thousands of passengers were stranded at bus terminals, and the Bangladesh Road Transport Authority said long-distance services were suspended. The home minister said those responsible for arson would face prosecution.",
        "U",
        "riot",
    ),
    (
        "Anglophone separatists stop buses on Bamenda road, kidnap passengers",
        "Armed separatists stopped two passenger buses on the road between Bamenda and Kumbo in Cameroon's North-West region on Friday and abducted about 15 passengers, the regional governor's office said. The gunmen burned one bus and ordered the others to turn back, a driver told a local radio station. The separatist fighters, who have enforced 'ghost town' lockdowns in the English-speaking regions since 2017, had warned transport companies not to operate during a declared period of mourning. The army said it had launched an operation in the area and freed five of the hostages on Saturday. Travel agencies in Bamenda suspended departures to Nkambe and Kumbo. The UN says more than 600,000 people have been displaced by the conflict in the North-West and South-West regions. A bus company owner said several of his drivers had been attacked since the start of the year and that he could no longer find staff for the route.",
        "V M",
        "abduction",
    ),
    (
        "Israeli strikes put Hodeidah port out of action, Houthi-run authority says",
        "Israeli warplanes struck the port of Hodeidah and a nearby power station in western Yemen on Sunday, setting fuel tanks ablaze and putting most of the port's berths out of action, the Houthi-run port authority said. The Israeli military said the strikes were in response to repeated Houthi missile and drone attacks on Israel, including one that struck near Ben Gurion airport. The Houthis' health ministry said at least six people were killed and more than 80 wounded, mostly port workers. Satellite images showed at least two cranes toppled and several warehouses destroyed. Hodeidah is the entry point for most of the food and fuel imported into northern Yemen, and the World Food Programme warned that damage to the port could disrupt deliveries to millions of people. Ships waiting at anchor were told to stay clear. The Houthis said they would respond by targeting Israeli ports and airports.",
        "E M H",
        "airstrike",
    ),
]
