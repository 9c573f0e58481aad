"""dev370 positives, part B: Iberian desks on wars abroad (Ukraine, Gaza, Lebanon, the Americas)."""

POSITIVES = [
    (
        "Expresso on the Zaporizhzhia front: 'Here the drones hunt anything that moves'",
        "In the villages south of Orikhiv, nobody walks along the roads in daylight any more. "
        "Russian FPV drones patrol the fields and attack cars, bicycles and even people queuing "
        "for bread, Expresso's special envoy writes from the Zaporizhzhia front. During the two "
        "days the weekly spent with a Ukrainian artillery battery, Russian guided bombs fell "
        "three times on the positions of the neighbouring brigade, and the battery answered "
        "with its ageing howitzers. The commander, who asked to be identified only by his call "
        "sign, says his men fire at Russian assault groups trying to infiltrate the tree lines "
        'at night. "They come in twos and threes, on motorbikes, and we lose positions by '
        "metres,\" he said. On the way back, the team's car was chased by a drone for several "
        "minutes before it was brought down by a soldier with a shotgun. In Orikhiv itself, "
        "fewer than a thousand of the 14,000 pre-war residents remain, living in cellars. The "
        "regional governor reported on Tuesday that Russian shelling had killed two civilians "
        "in the district overnight.",
        "B E",
        "frontline_report",
    ),
    (
        "Israeli strike in Khan Younis kills eleven relatives of a Spanish-Palestinian doctor",
        "An Israeli air strike on a house in Khan Younis, in the south of the Gaza Strip, has "
        "killed eleven members of the family of a Palestinian doctor with Spanish nationality "
        "who works at a hospital in Zaragoza, El País reports. Among the dead are his parents, "
        "two sisters and five nieces and nephews, the youngest of them three years old. The "
        "family had fled from Gaza City two weeks earlier after the Israeli army ordered "
        'residents of the north to move south. "They did what they were told, and they were '
        'killed in the place they were sent to," the doctor told the newspaper. The Israeli '
        "military said it was striking Hamas targets in the area and did not comment on the "
        "specific attack. The Foreign Ministry has asked Israel for an explanation and is "
        "trying to get the surviving relatives onto the list of people allowed out through "
        "the Rafah crossing. The Gaza health ministry says more than 10,000 people have been "
        "killed since 7 October.",
        "E V D",
        "airstrike",
    ),
    (
        "First group of Spaniards and their families leave Gaza through Rafah",
        "A first group of 37 people with Spanish nationality or residence, including children "
        "and several elderly people, crossed from the Gaza Strip into Egypt through the Rafah "
        "crossing on Tuesday, the Foreign Ministry announced. The evacuees spent more than a "
        "month under Israeli bombardment, most of them displaced from Gaza City to Rafah and "
        'Khan Younis, sleeping in schools and in the homes of relatives, EFE reports. "We have '
        'eaten one meal a day for two weeks and drunk salty water," a woman from Granada told '
        "the agency from the Egyptian side. A consular team from the embassy in Cairo was "
        "waiting for them and will take them to the capital, from where an Air Force plane will "
        "fly them to Madrid. Around 150 other Spaniards and relatives are still waiting for "
        "authorisation to leave. Aid agencies say food, fuel and medicine are running out in "
        "southern Gaza, where hundreds of thousands of displaced people are crowded into UN "
        "shelters.",
        "D H",
        "evacuation",
    ),
    (
        "Basque-born man among those killed in the Hamas attack on kibbutz Kissufim",
        "Iván Illarramendi, a 46-year-old Israeli-Spanish man born in Gipuzkoa, was killed in "
        "the attack by Hamas gunmen on kibbutz Kissufim, next to the Gaza border, the Foreign "
        "Ministry confirmed on Monday, ABC reports. The gunmen broke into the community on "
        "Saturday morning, going from house to house, and his wife, Tali, was also killed. "
        "Family members in the Basque Country said they had lost contact with the couple on "
        "Saturday after a last message saying they were hiding in the safe room. The Spanish "
        'government has condemned the "terrorist attack" and expressed its solidarity with '
        "the victims. The Israeli authorities say more than 1,200 people were killed in the "
        "assault and around 240 taken hostage into Gaza. Israel has since launched intense air "
        "strikes on the Strip, where the Palestinian health ministry reports hundreds of dead. "
        "Another Spanish citizen, Maya Villalobo, is listed as missing after the Nova music "
        "festival.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Spanish blue helmets take cover as Israeli tanks fire on UNIFIL positions in south Lebanon",
        "The roughly 650 Spanish soldiers deployed with the UN force in southern Lebanon spent "
        "the night in their bunkers after Israeli fire hit several UNIFIL positions along the "
        "Blue Line, El País reports. Two Indonesian peacekeepers were injured when an Israeli "
        "tank fired at an observation tower in Naqoura, the mission said, and a day later the "
        "Israeli army entered a UN base at Ramyah with two Merkava tanks. The Spanish "
        "contingent, which commands the eastern sector from the Miguel de Cervantes base in "
        "Marjayoun, has not suffered casualties, the Defence Minister, Margarita Robles, said. "
        "Israel launched a ground offensive against Hezbollah in southern Lebanon at the start "
        'of the month, and the group keeps firing rockets into northern Israel. "No one can '
        'attack peacekeepers with impunity," Robles said in Congress. Madrid has summoned the '
        "Israeli chargé d'affaires.",
        "E M B",
        "fire_on_peacekeepers",
    ),
    (
        "José Andrés accuses Israel of targeting his aid workers 'systematically, car by car'",
        "The Spanish chef José Andrés said on Wednesday that the Israeli strikes that killed "
        "seven workers of his NGO World Central Kitchen in Gaza were no accident, in an "
        "interview with the Reuters agency picked up by El País. The convoy of three vehicles "
        "had just unloaded more than 100 tonnes of food brought by sea at a warehouse in Deir "
        "al-Balah when it was hit by drone strikes one after another along a route agreed with "
        "the army. Among the dead are citizens of Britain, Australia, Poland and a dual "
        'US-Canadian national, as well as their Palestinian driver. "They were targeted '
        'systematically, car by car," Andrés said. The Israeli military admitted a "grave '
        'mistake" and dismissed two officers. World Central Kitchen has suspended its '
        "operations in the Strip, where the UN warns of imminent famine in the north. Pedro "
        "Sánchez demanded a full investigation during a visit to Qatar.",
        "E V H",
        "attack_on_aid",
    ),
    (
        "ELN offensive in Catatumbo leaves dozens dead and tens of thousands displaced",
        "Fighting between the ELN guerrilla and dissidents of the former FARC in the Catatumbo "
        "region, on the border with Venezuela, has left at least 80 people dead in less than a "
        "week, according to the governor of Norte de Santander, EFE reports. The ELN went "
        "house to house in villages of Tibú and Teorama looking for people it accused of "
        "collaborating with its rivals, and among the dead are several peace signatories and "
        "a social leader and his family. More than 36,000 people have fled to Cúcuta, Ocaña "
        "and Tibú, where sports centres and schools have been turned into shelters. Some 1,500 "
        "crossed into Venezuela. President Gustavo Petro suspended the peace talks with the "
        "ELN and declared a state of internal commotion, and the army has sent 5,000 troops to "
        "the area. The Ombudsman described it as the worst humanitarian crisis in the region "
        "in decades.",
        "B V D H",
        "armed_clashes",
    ),
    (
        "Police raid against the Comando Vermelho in Rio leaves more than a hundred dead",
        "An operation by the Rio de Janeiro police against the Comando Vermelho in the "
        "Complexo da Penha and Complexo do Alemão favelas has become the deadliest in the "
        "city's history, with at least 119 dead, among them four police officers, Público "
        "reports. About 2,500 officers took part in the raid, backed by armoured vehicles and "
        "helicopters, and the faction's gunmen responded with rifles and drones dropping "
        "explosives on the police. Residents laid out dozens of bodies in a square of Penha on "
        "Wednesday morning, many of them recovered from the woods above the favela. Schools and "
        "health centres closed and buses stopped running as barricades burned across the north "
        "of the city. The Rio governor, Cláudio Castro, called it a success against "
        '"narco-terrorism", while the UN human rights office said it was horrified. Lusa '
        "reports that Portuguese consular staff advised nationals to avoid the area.",
        "B M",
        "police_raid",
    ),
    (
        "The jihadist blockade strangles Bamako: queues for fuel and schools closed",
        "Long queues of cars and motorbikes stretch for kilometres outside the few petrol "
        "stations still open in Bamako, where the blockade imposed by the jihadist group JNIM "
        "on fuel convoys has paralysed the Malian capital, EFE reports. Since September, the "
        "al-Qaeda affiliate has attacked and burned dozens of tankers on the roads from Senegal "
        "and Ivory Coast, killing drivers and soldiers of the escorts. The military junta "
        "ordered schools and universities closed for two weeks for lack of fuel for transport. "
        "Power cuts last up to 20 hours a day, and the price of a litre of petrol on the "
        "black market has tripled. Several embassies, including Spain's, have advised their "
        "nationals to leave the country on commercial flights while they can. The army says it "
        "has escorted a convoy of 300 tankers into the city, but the humanitarian coordinator "
        "warns of a food and health emergency.",
        "T H",
        "blockade",
    ),
    (
        "Heavy gunfire at the Government Palace in Bissau as the president says he survived a coup",
        "Gunfire was heard for more than five hours on Tuesday around the Government Palace in "
        "Bissau, where the president, Umaro Sissoco Embaló, was chairing a cabinet meeting, "
        "Lusa reports. Armed men in civilian clothes and military uniforms attacked the "
        "building, and the exchange of fire with the presidential guard left several dead, "
        "according to witnesses. In the evening, Embaló appeared on television to say that he "
        'was well and that "the situation is under control", describing the attack as an '
        "attempted coup linked to drug trafficking. The government later put the toll at 11 "
        "dead, most of them members of the security forces. The streets of the capital emptied "
        "and banks and shops closed. Portugal's Foreign Minister said the embassy had no "
        "information about Portuguese victims and condemned any attempt to overturn the "
        "constitutional order.",
        "B",
        "coup_attempt",
    ),
    (
        "US strikes on boats off Venezuela: eleven killed in the latest attack, says Washington",
        "The United States military attacked another boat in the southern Caribbean on "
        "Tuesday, killing the 11 people on board, the Pentagon said, in what is now the sixth "
        "such strike since the start of September, EFE reports. Washington claims the vessels "
        "were carrying drugs for the Tren de Aragua gang, which it has designated a terrorist "
        "organisation, but it has published no evidence of the cargo or the identity of the "
        "dead. A video released by the Defense Secretary shows a missile hitting a speedboat, "
        'which explodes. The Venezuelan government calls the strikes "extrajudicial '
        'executions" and has mobilised militias along the coast, while the US has deployed '
        "warships, a submarine and F-35 aircraft to Puerto Rico. Families in the Venezuelan "
        "state of Sucre told the agency that some of the dead were fishermen. Legal experts "
        "question the legality of using military force against suspected traffickers.",
        "M E",
        "strike_at_sea",
    ),
    (
        "Spanish volunteers drive the last residents out of Donbas towns under Russian fire",
        "Every morning, two minibuses with Spanish plates leave Kramatorsk for towns closer to "
        "the front, where Russian artillery and glide bombs fall every day, El País reports. "
        "The volunteers, a firefighter from Madrid and two paramedics from Alicante, collect "
        "elderly and disabled residents who cannot leave on their own and take them to the "
        "evacuation trains in Pavlohrad. In three months they have moved more than 400 people, "
        "they say. On the day the newspaper went with them, a shell landed a hundred metres from "
        "the vehicle in Kostiantynivka while they were carrying a bedridden woman down from a "
        "fourth floor. The regional administration has ordered the compulsory evacuation of "
        "families with children from the town, where fewer than 10,000 people remain. Water "
        'has been cut for weeks and the hospital works only for emergencies. "We are not heroes, '
        'we are drivers," the firefighter said.',
        "D E H",
        "evacuation",
    ),
    (
        "Gaza's hunger in figures: UN says aid trucks are being looted before they reach the hungry",
        "Barely a few dozen aid trucks a day are entering the Gaza Strip, against the 500 the UN "
        "considers necessary, and many are looted by crowds or armed groups before reaching the "
        "warehouses, the head of UNRWA, Philippe Lazzarini, told EFE in an interview. Children "
        "are dying of malnutrition in Gaza City hospitals, the health ministry says, which put "
        "at 28 the number of deaths from hunger in a single week. The agency's staff describe "
        "people fainting in the streets and flour selling for more than 100 euros a sack. "
        "Israeli troops have opened fire near the distribution points of the Gaza Humanitarian "
        "Foundation, killing hundreds of Palestinians since May, according to UN figures. Spain "
        "has joined an airdrop operation with Jordan, dropping 12 tonnes of food from an Air "
        "Force aircraft. The IPC food security monitor has confirmed famine in the Gaza "
        "governorate.",
        "H V",
        "famine",
    ),
    (
        "Houthi missiles hit Madeira-registered cargo ship in the Red Sea, crew evacuated",
        "A bulk carrier flying the Portuguese flag and registered in the Madeira International "
        "Ship Register was hit by two anti-ship missiles fired by Yemen's Houthi rebels in the "
        "southern Red Sea, the British maritime agency UKMTO said, Lusa reports. A fire broke out "
        "on deck and one crew member was seriously injured. The 23 sailors, most of them "
        "Filipino, were taken off by a merchant vessel that answered the distress call, and the "
        "ship is adrift. The Houthis claimed the attack, saying the vessel belonged to a company "
        "that had called at Israeli ports. Portugal's Ministry of the Sea said it was following "
        "the case with the shipowner, a Greek company. More than a hundred merchant ships have "
        "been attacked in the area since November 2023, and the Madeira registry, the country's "
        "second, has several hundred vessels under its flag.",
        "E",
        "missile_attack",
    ),
    (
        "Gangs burn homes in Kenscoff and thousands flee the hills above Port-au-Prince",
        "Armed gangs of the Viv Ansanm coalition attacked several neighbourhoods of Kenscoff, in "
        "the hills above Port-au-Prince, burning homes and killing at least a dozen residents, "
        "local authorities told EFE. Members of a Kenyan-led multinational force and the Haitian "
        "police fought the gunmen for hours but failed to push them back from the Pèlerin area. "
        "The International Organization for Migration said more than 3,000 people had fled in "
        "three days, many of them to schools and churches in Pétion-Ville. A Spanish missionary "
        "who runs a clinic in the area told the agency that patients had to be moved at night. "
        "The coalition already controls most of the capital. Humanitarian flights to Port-au-Prince "
        "have been suspended since gunmen shot at aircraft. The UN says more than a million "
        "Haitians have been displaced by the violence.",
        "B V D",
        "gang_offensive",
    ),
    (
        "Rwandan troops and Mozambican army retake Mocímboa da Praia from the insurgents",
        "Rwandan and Mozambican forces have taken back control of Mocímboa da Praia, the port "
        "town in Cabo Delgado that the insurgents had held for a year, the Rwandan army "
        "announced on Sunday, Lusa reports. Rwanda's spokesperson said the troops had met "
        "little resistance in the town itself after several days of fighting on the approaches, "
        "including the Awasse crossroads, and that the militants had fled into the forests. "
        "Images broadcast by Mozambican television showed soldiers patrolling streets of "
        "gutted houses and burned-out buildings. The town's airport and port are in ruins. About "
        "a thousand Rwandan soldiers and police have been deployed in the province since July. "
        "The commander of the Mozambican armed forces said civilians should not return until "
        "the area had been cleared of mines. Tens of thousands of people from the district are "
        "living in displacement camps in the south of the province.",
        "B M D",
        "offensive",
    ),
    (
        "Iranian missiles over Tel Aviv: 'We spent the night going up and down to the shelter'",
        "Spaniards living in Israel spent a third night in shelters as Iran fired new waves of "
        "ballistic missiles in response to the Israeli strikes on its nuclear and military "
        "sites, EFE reports. A missile hit a residential building in Bat Yam, south of Tel Aviv, "
        "killing six people, and another struck near a hospital in Beersheba. Israel's air force "
        "meanwhile carried out more raids on Tehran, where Iranian authorities say more than 220 "
        "people have been killed since Friday. Israeli airspace has been closed, and the Spanish "
        "embassy is organising the departure of about 200 Spaniards by land to Jordan and Egypt, "
        'the Foreign Minister, José Manuel Albares, said. "The sirens go off two or three times '
        'a night," a researcher from Seville at the Weizmann Institute told the agency, whose '
        "campus was damaged. The consulate in Jerusalem has set up an emergency telephone line.",
        "E D",
        "missile_strike",
    ),
]
