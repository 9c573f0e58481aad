"""dev412 positives, part A: Sinaloa, Michoacán and Guerrero (current armed conflict and
political violence as the Mexican press reports it, in translation)."""

POSITIVES = [
    (
        "Culiacán spends a fourth night under gunfire as the Chapitos and the Mayos dispute the city",
        "Culiacán, Sin.— Residents of Culiacán spent a fourth night locked indoors on Wednesday as "
        "cells loyal to the sons of Joaquín Guzmán and to Ismael “El Mayo” Zambada traded fire in "
        "at least six neighbourhoods, El Universal reported. The state security ministry confirmed "
        "gun battles in Tierra Blanca, Las Quintas and along the road to Costa Rica, where men in "
        "pickup trucks fired on one another for nearly forty minutes before an army patrol arrived. "
        "Governor Rubén Rocha Moya said 14 people had died since Sunday, most of them gunmen, and "
        "that two bystanders caught in the crossfire were among the dead. The Defence Ministry flew "
        "in another 600 soldiers of the Special Forces Corps overnight and set up checkpoints at "
        "the city's main exits. Schools in the municipality suspended classes until further notice "
        "and the town hall called off the Independence Day ceremony on the evening of the 15th. "
        "Shops along the Obregón avenue lowered their shutters by mid-afternoon, and delivery "
        "drivers said they were refusing orders after dark. “We hear the shooting from the kitchen "
        "and we lie on the floor,” a mother in the Bachigualato district told the paper. Asked how "
        "long the fighting would last, the regional military commander said the answer “does not "
        "depend on us, it depends on the groups that are confronting each other.” The state "
        "prosecutor's office said seven bodies were found on Tuesday alone, several of them "
        "dumped beside the Tamazula river with signs threatening the rival faction. The football "
        "team Dorados asked the league to move its next home match, and the Tomateros baseball "
        "club postponed ticket sales for the winter season. Business chambers estimate that the "
        "first week of fighting cost Culiacán's commerce more than 1,000 million pesos.",
        "B M",
        "battle",
    ),
    (
        "Soldiers kill 19 gunmen in a clash east of Culiacán; one soldier wounded",
        "Army troops killed 19 presumed members of an armed cell and arrested two more in a gunfight "
        "on the outskirts of Culiacán on Monday, the Defence Ministry said in a statement carried "
        "by Milenio. According to the ministry, a patrol was fired upon from a ranch at Plan de "
        "Oriente, about twenty kilometres east of the state capital, and the soldiers returned "
        "fire. The exchange lasted more than an hour and only ended when reinforcements arrived by "
        "helicopter, a source in the Ninth Military Zone said. One soldier was wounded in the leg "
        "and taken to the military hospital in Mazatlán. Troops seized 16 rifles, a machine gun of "
        ".50 calibre, more than 1,400 cartridges and five vehicles, two of them fitted with "
        "improvised armour plating. The ministry said the cell belonged to one of the two factions "
        "of the Sinaloa cartel that have been at war since September, but did not say which. It was "
        "the deadliest single clash involving federal forces in the state since the fighting began, "
        "Milenio noted. Security analyst Eduardo Guerrero told the paper the figure showed “an armed "
        "force, not a street gang,” and predicted retaliation against patrols in the coming days.",
        "B M",
        "battle",
    ),
    (
        "Families flee the Concordia highlands after armed men burn homes; shelters open in Mazatlán",
        "More than 300 families have left villages in the highlands of Concordia, in southern "
        "Sinaloa, since armed men set fire to homes and shot at residents last week, the state "
        "civil protection agency said on Tuesday. La Jornada's correspondent counted at least a "
        "dozen houses burned to the ground in La Petaca and El Verde, and found doors marked with "
        "initials of one of the cartel factions fighting over the area. Residents said gunmen "
        "arrived at dawn on Thursday, ordered people out and killed two men who refused to hand "
        "over their trucks. Most of the displaced are sheltering with relatives in Concordia and "
        "Mazatlán, while about 140 people are sleeping in a sports hall the municipality turned "
        "into a shelter. “We left with what we were wearing, the animals stayed behind,” said a "
        "woman of sixty who walked for six hours with her grandchildren. The state government said "
        "it had delivered 900 food packages and mattresses, and that the army had set up a base "
        "near the turn-off to the villages. Church groups in Mazatlán are collecting clothes and "
        "school supplies for the children, who have not had classes since the attack. No arrests "
        "have been announced.",
        "D V",
        "displacement",
    ),
    (
        "Drones drop explosives on a ranch in Navolato; a farmhand dies and two children are hurt",
        "A farm worker was killed and two children were wounded when drones dropped explosive "
        "charges on a cattle ranch near Navolato, west of Culiacán, on Saturday morning, the "
        "Sinaloa attorney general's office reported. Witnesses told Reforma they heard the buzz of "
        "at least three devices before the first blast hit the yard where families were preparing "
        "breakfast. The children, aged seven and eleven, were taken to the Pediatric Hospital of "
        "Sinaloa with shrapnel wounds; doctors said they were out of danger. The ranch lies in an "
        "area that both factions of the Sinaloa cartel have contested for months, and investigators "
        "believe the attack was meant to drive the owners off the land. Soldiers found fragments of "
        "grenades adapted with plastic fins, a method first seen in Michoacán and now spreading "
        "along the Pacific coast, according to the Defence Ministry. Neighbours in two nearby "
        "hamlets said they had begun sleeping in Navolato town. “They are hunting us from the sky,” "
        "one rancher said. The municipal president asked the federal government for anti-drone "
        "equipment, a request the National Guard said it was studying.",
        "E V D",
        "drone_attack",
    ),
    (
        "Culiacán under siege: gunmen force the release of Ovidio Guzmán after a failed arrest",
        "Hundreds of gunmen of the Sinaloa cartel blocked avenues, burned vehicles and fought "
        "security forces across Culiacán on Thursday afternoon after soldiers detained Ovidio "
        "Guzmán López, a son of Joaquín “El Chapo” Guzmán, in the Tres Ríos district. The "
        "federal government later confirmed that the operation had been suspended and the "
        "detainee released to avoid greater loss of life, Proceso reported. Armed men in trucks "
        "mounted with .50-calibre rifles surrounded a housing unit for military families and fired "
        "on patrols at a dozen points of the city. At least eight people were killed, among them a "
        "National Guard member and a civilian, the security secretary said in a late-night press "
        "conference. About fifty inmates escaped from the Aguaruto prison during the chaos. Parents "
        "sheltered with their children inside supermarkets and schools while columns of black smoke "
        "rose over the city. “The capture of one criminal cannot be worth more than people's "
        "lives,” the president said the following morning. Opposition senators called the episode "
        "a humiliation for the armed forces and demanded that the defence secretary appear before "
        "Congress. By Friday morning the burned trucks were still standing across several "
        "avenues, and businesses in the centre stayed closed. Residents swapped messages in "
        "WhatsApp groups about which streets were safe to use. Security analysts consulted by "
        "Proceso said the episode showed that the cartel could mobilise a private army in less "
        "than an hour.",
        "B M",
        "battle",
    ),
    (
        "Ten soldiers killed in the recapture of Ovidio Guzmán; airliner hit by bullets at Culiacán airport",
        "Ten soldiers were killed and 35 wounded in the operation in which the army recaptured "
        "Ovidio Guzmán López in Jesús María, north of Culiacán, Defence Secretary Luis Cresencio "
        "Sandoval said on Friday. According to the general, the convoy was attacked by gunmen with "
        "heavy weapons as it left the village, and an Air Force helicopter gunship was used to "
        "suppress them. Nineteen presumed attackers died in the clashes, he added. Cartel cells "
        "then set up at least 19 road blockades with burning trucks across Sinaloa. At the Culiacán "
        "airport an Aeroméxico plane about to take off for the capital was hit by gunfire; "
        "passengers threw themselves to the floor of the cabin, and no one aboard was injured, the "
        "airline said. A military aircraft was also struck on the apron. The state government "
        "cancelled classes and asked people to stay at home, and the Sinaloa derby of the football "
        "league was postponed. El Financiero reported that the Culiacán and Mazatlán airports "
        "remained closed on Friday and that at least 250 people spent the night in the terminal.",
        "B M E",
        "battle",
    ),
    (
        "Tepalcatepec: drones bomb La Bocanda and families abandon their homes",
        "Tepalcatepec, Mich.— At least forty families left the hamlet of La Bocanda and nearby "
        "ranches over the weekend after gunmen of the Jalisco New Generation Cartel (CJNG) attacked "
        "them for the third time in a month with explosives dropped from drones, residents told "
        "Milenio. The charges hit two houses and a chapel and wounded a man who was tending his "
        "cattle, the municipal government said. Tepalcatepec, on the border with Jalisco, has been "
        "the front line of a war between the CJNG and local armed groups known as Cárteles Unidos "
        "for more than two years. Residents said the drones fly at night and at dawn, and that some "
        "families now sleep in dugouts behind their homes. Those who left are staying in the "
        "municipal seat and in Apatzingán; teachers said the rural school of La Bocanda had lost "
        "all its 38 pupils. A Defence Ministry patrol arrived on Monday and deactivated two "
        "unexploded devices in a cornfield. “It is a war zone and nobody in Mexico City wants to "
        "say the word,” said the parish priest, who asked not to be named. The state government "
        "said it would deliver food and blankets to the families in the coming days.",
        "E D V",
        "drone_attack",
    ),
    (
        "Eight soldiers killed by a roadside bomb in Los Reyes, Michoacán",
        "Eight soldiers were killed when an explosive device hidden beneath a dirt road blew up "
        "under their vehicle during a patrol in the municipality of Los Reyes, in western "
        "Michoacán, the Defence Ministry reported on Tuesday. Two more were seriously wounded and "
        "airlifted to Morelia. The patrol was moving towards the village of El Guayabo to follow up "
        "reports of armed men when the charge went off at about two in the afternoon, according to "
        "the ministry. It was the deadliest attack on the armed forces with improvised explosives "
        "in the country, Reforma said, and came after months in which soldiers in Tierra Caliente "
        "have reported mines and devices on rural roads. Investigators attributed the attack to a "
        "cell of the Jalisco New Generation Cartel, which disputes the avocado-growing region with "
        "local groups. The president sent condolences to the families and said the army would "
        "remain in the region. Troops and National Guard members began combing the hills around "
        "Los Reyes on Wednesday, and a second device was found and deactivated nearby. Local farmers "
        "said they had stopped using the road to their orchards. According to figures the Defence "
        "Ministry presented at the morning press conference, troops have found more than 200 "
        "explosive devices in Michoacán so far this year, most of them buried on dirt tracks or "
        "hidden in bags hung from trees. Military sources told Reforma that the charges are "
        "increasingly made with commercial explosives stolen from mines and with detonators "
        "triggered by mobile phones. The ministry has bought armoured vehicles resistant to "
        "mines for units in Tierra Caliente, but most patrols still travel in light pickups. The "
        "bodies of the eight soldiers were taken to Morelia, where a ceremony was held at the "
        "21st Military Zone. Relatives of one of the young privates, who had joined the army "
        "eighteen months earlier, said he had been sending money home to Oaxaca every fortnight.",
        "E M",
        "ied",
    ),
    (
        "A landmine kills a lime picker in Apatzingán; the army demines orchards",
        "A lime picker died and a co-worker lost a leg on Thursday when a landmine went off in an "
        "orchard in the El Alcalde area of Apatzingán, Michoacán, the state attorney general's "
        "office confirmed. The two men had entered the plot with a crew of about twenty workers at "
        "seven in the morning. Since the beginning of the year at least eleven people, most of them "
        "farm workers, have been killed by explosive devices planted by armed groups in the Tierra "
        "Caliente region, according to a count by La Jornada. The Defence Ministry said a team of "
        "combat engineers had been sent to clear the orchards and had removed 14 devices in the "
        "area in the past week. Growers say the mines are laid by the cartels that fight over the "
        "region to protect their positions and to punish producers who refuse to pay extortion. "
        "Several packing houses halted work for two days after the blast. “Men go to cut fruit "
        "and don't know if they will come back,” said a union leader of the pickers. The bishop "
        "of Apatzingán called on the authorities to protect the workers and not only the crop.",
        "E V",
        "landmine",
    ),
    (
        "Army airlifts food to Aguililla, cut off for months by cartel blockades",
        "Air Force helicopters began flying food, medicine and fuel into Aguililla, in the Tierra "
        "Caliente of Michoacán, after armed groups kept the only highway into the municipality cut "
        "for nearly four months, the Defence Ministry said. The road has been blocked with trenches, "
        "burned trucks and checkpoints since fighting between the Jalisco New Generation Cartel "
        "and Cárteles Unidos intensified in the spring. Residents say supplies of gas, flour and "
        "insulin have run out, and the town's only clinic has no doctor. Prices of basic goods have "
        "doubled, Proceso reported, and some families have begun to leave on foot through the "
        "hills. Soldiers who tried to clear the road in April were surrounded by a crowd and later "
        "came under fire near El Aguaje, according to the army. The ministry said 2,000 troops are "
        "now deployed in the region and that engineers were filling in the trenches. The Aguililla "
        "priest said the first flights had brought 12 tonnes of aid, “a relief, but not enough for "
        "a town of sixteen thousand.” The state government promised a bus service under escort "
        "once the highway is secured.",
        "H M B D",
        "blockade",
    ),
    (
        "Familia Michoacana drones hit villages in the Sierra of Guerrero; hundreds flee to Tlacotepec",
        "Hundreds of residents of villages in the municipality of Heliodoro Castillo, in the "
        "Sierra of Guerrero, have fled to the town of Tlacotepec after drones loaded with "
        "explosives struck their communities for three days in a row, the Guerrero human rights "
        "commission said. Villagers told El Universal the attacks came from the side controlled by "
        "La Familia Michoacana, which is fighting the local group Los Tlacos for the mountains "
        "between Tierra Caliente and the centre of the state. Homes were damaged in El Naranjo and "
        "Linda Vista, and a woman was wounded in the arm while she was washing clothes. The "
        "displaced are staying in the town's auditorium and in private houses; the commission "
        "counted 410 people, among them more than a hundred children. Teachers said at least five "
        "schools had closed. The governor's office said the National Guard and the army had "
        "reinforced their presence on the roads, but residents said no troops had gone up to the "
        "villages. “You hear the drone and you have a few seconds to run,” a farmer said. The "
        "Catholic diocese of Chilpancingo-Chilapa opened a collection centre for the families.",
        "E D V",
        "drone_attack",
    ),
    (
        "Chilpancingo mayor Alejandro Arcos murdered six days after taking office",
        "Alejandro Arcos Catalán, the mayor of Chilpancingo, the capital of Guerrero, was found "
        "murdered on Sunday, six days after he was sworn in, state authorities confirmed. His body "
        "was found in a pickup truck in a neighbourhood on the edge of the city, Milenio reported. "
        "Three days earlier, the new city secretary, Francisco Tapia, had been shot dead, and Arcos "
        "had asked the federal government for protection, according to people close to him. The "
        "governor, Evelyn Salgado, condemned the killing and said the state prosecutor would work "
        "with the federal attorney general's office. Arcos had won the June election for an "
        "opposition coalition in a city where two criminal groups, Los Ardillos and Los Tlacos, have "
        "fought for control of transport and markets. The security secretary said the investigation "
        "would consider “all lines, including political ones.” Local officials interviewed by the "
        "paper said they were afraid to appear in public. Opposition parties called for a minute of "
        "silence in Congress and accused the federal government of leaving municipal authorities "
        "at the mercy of the armed groups. The national association of mayors said Arcos was "
        "the sixth municipal president killed in the country this year. In the streets of "
        "Chilpancingo, shops closed early and the city's fair was suspended. A vigil was held on "
        "Monday night in front of the town hall, where residents lit candles beside a photograph "
        "of the mayor.",
        "V",
        "assassination",
    ),
    (
        "Clashes between Ardillos and Tlacos empty villages of the Chilapa highlands",
        "Chilapa, Gro.— Families from at least seven villages in the highlands of Chilapa and "
        "Zitlala have come down to the municipal seat since Friday, when armed men of the two groups "
        "that dispute the region fought for several hours on the roads between Ayahualtempa and "
        "Tula, the community police of the area said. A teacher counted 230 people in the yard of a "
        "primary school that the town hall turned into a shelter. Residents said gunmen of Los "
        "Ardillos attacked positions held by community guards allied with Los Tlacos with rifles "
        "and grenade launchers, and that shooting continued through the night. Two community "
        "guards and one gunman were killed, according to the state prosecutor. The state "
        "government said it had asked for federal support, but on Monday the roads were still "
        "closed. Reforma reported that similar clashes displaced hundreds of Nahua families from "
        "the same highlands in previous years and that many of them never went home. “Every time "
        "they fight, we are the ones who leave,” said a woman who arrived with four children.",
        "B D E",
        "battle",
    ),
    (
        "Thirteen police killed in an ambush in Coyuca de Benítez",
        "Thirteen police officers, among them the security secretary of the municipality and a "
        "state police commander, were killed on Monday evening when they were ambushed on a road in "
        "the El Papayo area of Coyuca de Benítez, on the Costa Grande of Guerrero, the state "
        "government said. Gunmen opened fire from the hills on a convoy of several trucks that "
        "was answering a report, and the officers fought back for several minutes before they were "
        "overwhelmed, according to the state security spokesman, who blamed a criminal group that "
        "disputes the coastal region. Two of the bodies were found burned inside a patrol car, La "
        "Jornada reported. The federal security cabinet said the army and "
        "the National Guard had begun an operation to find those responsible and had set up "
        "roadblocks along the coastal highway. It was one of the deadliest attacks on security "
        "forces in Guerrero in recent years. Relatives gathered outside the forensic service in "
        "Acapulco to claim the bodies, and the municipal government declared three days of "
        "mourning.",
        "B M",
        "ambush",
    ),
    (
        "Protesters storm Chilpancingo, seize a National Guard truck and hold troops",
        "Thousands of people who arrived in Chilpancingo on Monday to demand the release of two "
        "detained leaders broke through a police cordon, seized a National Guard armoured vehicle "
        "and used it to ram the gates of the state Congress, the Guerrero government said. "
        "Protesters also held about a dozen soldiers and officers for several hours and blocked the "
        "Autopista del Sol in both directions, leaving thousands of travellers stranded, El "
        "Universal reported. Ten members of the security forces were injured by sticks and stones, "
        "the state security ministry said, and several patrol cars were set on fire. Authorities "
        "said the march had been organised by people linked to Los Ardillos, a criminal group "
        "based in the region, and had brought villagers in buses from the Quechultenango area. "
        "The governor said she would not give in to “pressure from groups that hide behind the "
        "people.” On Tuesday the detained officials and soldiers were released after negotiations "
        "and the highway reopened. Business owners in the city centre said they had lost two days "
        "of sales.",
        "U",
        "riot",
    ),
    (
        "Frontera Comalapa lives under siege: fighting between cartels leaves villages without food",
        "Residents of Frontera Comalapa and Chicomuselo, on Chiapas's border with Guatemala, say "
        "food, fuel and medicine have run short after weeks of clashes between the Sinaloa cartel "
        "and the Jalisco New Generation Cartel, which have blocked roads with trucks and felled "
        "trees, Proceso reported. Videos shared by residents show armed men in uniforms of both "
        "groups and trucks with improvised armour in the streets of the municipal seat. The Fray "
        "Bartolomé de las Casas human rights centre said at least 3,000 people had been displaced "
        "from rural communities, some to Comitán and others into the mountains. In several "
        "villages, residents said gunmen forced men to dig trenches or join the groups. The "
        "federal government sent 800 soldiers and National Guard members, who were stopped for "
        "hours by a crowd on the Comalapa road, according to the Defence Ministry. Tortillas now "
        "cost twice what they did a month ago and the clinic in Chicomuselo has closed, a local "
        "priest said. The diocese of San Cristóbal asked for a humanitarian corridor to reach the "
        "communities that remain cut off. Teachers said the school year was lost in at least "
        "twenty rural schools whose staff had fled. In one village, Proceso's reporter was told "
        "that families pay a monthly fee to the group that controls the road in order to bring "
        "in maize. Human rights defenders said that several young men who refused to join the "
        "armed groups have disappeared since the spring.",
        "B D H V M",
        "battle",
    ),
]
