"""dev11 negatives, batch 1: disaster, crime, sport. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 1
    (
        "Derna: thousands dead after dams burst in Libyan floods",
        "Two dams above the Libyan city of Derna burst during Storm Daniel, sending a wall of water through the city centre and washing whole neighbourhoods into the sea. The Red Crescent said more than 11,000 people were killed and at least 40,000 displaced. Libya has been divided between rival governments since the civil war, and rescue teams from the east and west worked side by side. The eastern army deployed troops to clear roads.",
        "disaster",
    ),
    (
        "Quake survivors pulled from rubble in rebel-held north-west Syria",
        "Rescuers of the White Helmets worked through the night to pull survivors from collapsed buildings in Jindires and Harem, in the rebel-held north-west of Syria, after the earthquake that also struck southern Turkey. More than 4,000 people were killed in the region, which was already home to millions of people displaced by the war. The first UN aid trucks crossed at Bab al-Hawa four days after the quake.",
        "disaster",
    ),
    (
        "Floods displace over a million in Somalia",
        "Floods along the Juba and Shabelle rivers have displaced more than a million people in Somalia, and the town of Beledweyne is almost entirely under water, the government said. Families were evacuated by boat to higher ground. The floods come after a drought that had already pushed many herders into camps, in a country where the army is also fighting al-Shabaab.",
        "disaster",
    ),
    (
        "Army helicopters evacuate villagers as Pakistan floods spread",
        "Pakistani army helicopters and boats evacuated thousands of villagers cut off by floods in Sindh, where a third of the country is under water after record monsoon rains. The army chief said troops were fighting 'a battle against the water'. Tent cities have sprung up along the raised highways.",
        "disaster",
    ),
    (
        "Fire tears through Rohingya camp in Cox's Bazar",
        "A fire destroyed about 2,000 shelters in a Rohingya refugee camp in Cox's Bazar on Sunday, leaving some 12,000 people without a roof, the Bangladeshi authorities said. Firefighters needed three hours to bring it under control. The refugees fled Myanmar in 2017 after an army crackdown. Officials said the fire started in a kitchen.",
        "disaster",
    ),
    (
        "Beira 'looks like a war zone' after Cyclone Idai",
        "Cyclone Idai flattened large parts of the Mozambican port city of Beira, and aid workers said it looked like a war zone. Hundreds of people were killed, and rescuers in boats plucked families from trees and rooftops. The UN said 400,000 people had lost their homes and were in temporary shelters.",
        "disaster",
    ),
    (
        "Herat earthquakes flatten villages",
        "A series of strong earthquakes flattened villages in Afghanistan's Herat province, killing more than 1,000 people, the Taliban government said. Survivors dug through mud-brick houses with their hands. Thousands of families are sleeping in tents as nights grow cold.",
        "disaster",
    ),
    (
        "Mandalay counts the dead after quake as armed groups pause",
        "The death toll from the earthquake that struck central Myanmar passed 3,000, and rescuers in Mandalay were still searching collapsed apartment blocks. Several armed groups fighting the military government announced a pause in their operations to allow relief work. China, India and Russia sent rescue teams.",
        "disaster",
    ),
    (
        "Yellowknife evacuated as wildfire approaches",
        "All 20,000 residents of Yellowknife, the capital of Canada's Northwest Territories, were ordered to leave as a wildfire came within 15 kilometres of the city. Military aircraft flew out people who could not drive. Long lines of cars headed south on the only highway.",
        "disaster",
    ),
    (
        "Enga province landslide buries a village in Papua New Guinea",
        "A landslide buried most of Yambali village in Papua New Guinea's Enga province before dawn, and officials fear hundreds of people are under the rubble. Rescue work is slow because heavy machinery has to come by a single road. The province is known for tribal fighting, and officials asked clan leaders to keep the road open.",
        "disaster",
    ),
    (
        "Drought drives herders into camps in Ethiopia's Somali region",
        "The fourth failed rainy season in a row has killed millions of livestock in Ethiopia's Somali region, and families have moved into makeshift camps near towns to find water and food aid, the UN said. Some camps have more than 10,000 residents. Aid agencies warn of rising malnutrition among children.",
        "disaster",
    ),
    (
        "Arbaat dam collapse sweeps away villages in Sudan's Red Sea state",
        "The Arbaat dam north of Port Sudan collapsed after heavy rain, sweeping away villages and killing at least 30 people, officials said. Port Sudan, which hosts many people displaced by the war, depends on the reservoir for water. Soldiers and volunteers searched the valley for missing people.",
        "disaster",
    ),
    (
        "Shootout after armed robbers attack cash van in Johannesburg",
        "Armed robbers attacked a cash-in-transit van on a highway in Johannesburg's south, blowing open the safe with explosives before police arrived and a shootout followed. Three suspects were shot dead and two officers wounded. Police said the gang had carried out similar heists in Gauteng.",
        "crime",
    ),
    (
        "Man found guilty of killing wife and hiding body",
        "A jury in Leeds found a 52-year-old man guilty of murdering his wife, whose body he hid under the floor of their garage. Prosecutors said he killed her after she told him she wanted a divorce. He will be sentenced next month.",
        "crime",
    ),
    (
        "Two pupils shot dead at Texas high school",
        "A 17-year-old student opened fire in a hallway of a high school near Austin, killing two pupils and wounding four, before he was arrested by a school police officer. Investigators said they had not found a motive. The school district cancelled classes for the rest of the week.",
        "crime",
    ),
    (
        "Record cocaine seizure in Antwerp port",
        "Belgian customs seized 7 tonnes of cocaine hidden in containers of bananas at the port of Antwerp, the largest seizure this year. The justice minister said the country was in a 'war against drug gangs' that had brought violence to the port's suburbs. Eleven people were arrested in raids on homes in Antwerp and Rotterdam.",
        "crime",
    ),
    (
        "Police rescue kidnapped businessman in Manila",
        "Philippine police rescued a Chinese businessman who had been kidnapped from a casino in Manila and held for ransom for a week, and arrested four suspects. The kidnappers had sent his family videos of him being beaten. Police said the gang was linked to illegal gambling operators.",
        "crime",
    ),
    (
        "Bondi Junction stabbings: attacker had no ideological motive, police say",
        "The man who stabbed six people to death in a Sydney shopping centre was not driven by any ideology, police said, and had a long history of mental illness. He was shot dead by a police inspector who confronted him alone. The centre reopened for a day of reflection.",
        "crime",
    ),
    (
        "Dutch police dismantle car theft gang",
        "Police in the Netherlands arrested 14 people in dawn raids on homes and garages in Rotterdam and Breda, breaking up a gang that stole luxury cars and shipped them to West Africa. Officers seized 40 vehicles and several firearms. The suspects face charges of organised crime.",
        "crime",
    ),
    (
        "Veteran jailed for shooting neighbour in parking dispute",
        "A former soldier who served two tours in Afghanistan was sentenced to 18 years in prison for shooting his neighbour dead in a dispute over a parking space in Ohio. His lawyer said he suffered from post-traumatic stress. The rifle he used was his own hunting weapon.",
        "crime",
    ),
    (
        "Ransomware attack forces hospital to divert ambulances",
        "A ransomware attack on a hospital group in Düsseldorf shut down its computer systems, and ambulances were diverted to other hospitals for two days. Prosecutors said the attackers, a criminal group based abroad, demanded a ransom in bitcoin. Patient records were not lost, the hospital said.",
        "crime",
    ),
    (
        "Man jailed for posing as Ukrainian refugee to claim housing",
        "A Polish court jailed a man for two years for posing as a refugee from the war in Ukraine to obtain free housing and benefits. Investigators said he had forged a Ukrainian passport and a certificate from a displacement centre in Lviv. He had received payments for 14 months.",
        "crime",
    ),
    (
        "Poachers shoot three rhinos in Kruger park",
        "Poachers shot dead three white rhinos in the southern part of Kruger National Park and hacked off their horns, park officials said. Rangers exchanged fire with the gang, which escaped into Mozambique. Rhino poaching has fallen since the park stepped up air patrols.",
        "crime",
    ),
    (
        "Gang steals crown jewels in daylight museum raid",
        "Thieves broke into a museum in Dresden through a window and stole jewels worth an estimated €100 million in a raid that lasted a few minutes. They set fire to an electricity box to cut the lights. Police found the getaway car burned out in an underground garage.",
        "crime",
    ),
    (
        "Ukraine's strikers keep Euro hopes alive",
        "Ukraine came from behind to beat Iceland 2-1 in Wroclaw and qualify for the European Championship, with a late shot from Mudryk settling the play-off. Players said they had dedicated the win to soldiers and to people at home. The team has played its home matches abroad since the full-scale invasion.",
        "sport",
    ),
    (
        "Battle for the title goes to final day",
        "Arsenal kept up the pressure in the battle for the title with a 3-0 win at Wolves, laying siege to the home goal for most of the second half. The league will be decided on the final day. Their manager said his side had 'killed it' in the first 20 minutes.",
        "sport",
    ),
    (
        "Usyk outpoints Fury in heavyweight battle",
        "Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh to become the undisputed heavyweight champion, after a battle in which he nearly stopped his opponent in the ninth round. The Ukrainian, who briefly joined a territorial defence unit in 2022, dedicated the win to his country.",
        "sport",
    ),
    (
        "Pakistan's pace attack bombards England top order",
        "Pakistan's fast bowling attack bombarded England's batters with short balls on the second day in Multan, taking four wickets before lunch. England's captain said his side had been 'under siege'. The match is the first of three in the series.",
        "sport",
    ),
    (
        "Rival fans fight in Marseille before cup match",
        "Rival supporters of Marseille and Lyon fought with bottles and chairs in the Old Port before a cup match, and several people were injured. Police arrested nine people. The clubs condemned the violence, which began in a bar.",
        "sport",
    ),
    (
        "Young grandmaster's king's gambit attack stuns champion",
        "A 17-year-old grandmaster launched a king's gambit and a ferocious attack on the kingside to beat the world champion in 29 moves at the tournament in Wijk aan Zee. Commentators called it a massacre on the board. The teenager leads the event with two rounds left.",
        "sport",
    ),
    (
        "Springboks' defence wins the war of attrition",
        "South Africa's defence held out against wave after wave of attacks in the last ten minutes to win the Rugby World Cup final 12-11. The captain said the team had fought for a country that needed hope. Fans in Johannesburg celebrated until dawn.",
        "sport",
    ),
    (
        "Refugee Olympic Team wins first medal in Paris",
        "Cindy Ngamba, who fled Cameroon as a child, won a bronze medal in boxing for the Refugee Olympic Team in Paris, the team's first Olympic medal. Athletes who had fled Afghanistan after the Taliban took power also competed in taekwondo and cycling. The team had 37 athletes.",
        "sport",
    ),
    (
        "Sharpshooter wins Olympic gold with final shot",
        "A 24-year-old Serbian shooter won gold in the 10m air pistol with a near-perfect final shot, edging the South Korean leader by 0.2 points. The shooting range was packed with supporters. She said she had fired 'without thinking'.",
        "sport",
    ),
    (
        "Fencer who fled war in Ukraine takes European title",
        "A Ukrainian sabre fencer who left Mykolaiv when the war began and now trains in Italy won the European title in Antalya. She killed the final, taking ten touches in a row. Her coach said she had trained in a bomb shelter in the first weeks of the invasion.",
        "sport",
    ),
    (
        "Djokovic battles back to reach quarter-final",
        "Novak Djokovic battled back from two sets down to beat a young Italian in four hours at Roland Garros. He saved three match points with attacking forehands. Djokovic grew up in Belgrade during the NATO bombing of 1999.",
        "sport",
    ),
    (
        "Shakhtar Donetsk qualify for Champions League knockouts",
        "Shakhtar Donetsk, who have played home games in Lviv, Warsaw and Hamburg since the war forced them out of Donetsk, beat Barcelona 1-0 to reach the Champions League knockout stage. Their striker headed in a corner in the 40th minute. The club's owner donated part of the prize money to the families of soldiers.",
        "sport",
    ),
]
