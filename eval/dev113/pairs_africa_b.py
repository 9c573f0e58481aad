"""dev113 contrast pairs 13-24, Africa: Cameroon, Niger, Chad, Ethiopia's Amhara, Nigeria's Borno,
DRC's Goma, Senegal, Guinea, Uganda, Egypt, Sudan's Khartoum, Kenya's Nairobi.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        13,
        (
            "Suicide bomber kills 17 at Nguetechewe displacement camp",
            "A suicide bomber blew herself up inside a camp for displaced people at Nguetechewe "
            "in Cameroon's Far North region overnight, killing at least 17 people, a local "
            "official said. The camp shelters about 1,500 people who fled earlier Boko Haram "
            "raids on villages near the Nigerian border. Survivors told Reuters that militants "
            "had also opened fire on the camp before the explosion. The wounded were taken to "
            "the hospital in Mokolo.",
            "E V T D",
            "suicide bombing of camp",
        ),
        (
            "Minawao refugees mark World Refugee Day with football final",
            "Nigerian refugees at the Minawao camp in Cameroon's Far North marked World Refugee "
            "Day on Sunday with the final of an inter-block football tournament, watched by "
            "several thousand residents. The winning team from Block 7 received jerseys and a "
            "goat from the UN refugee agency, which runs the camp with the government. Camp "
            "leaders also used the occasion to ask for more school places for children born in "
            "Minawao.",
            "sport",
        ),
    ),
    (
        14,
        (
            "Niger says 29 soldiers killed in attack near Mali border",
            "Twenty-nine Nigerien soldiers were killed on Monday when hundreds of jihadists "
            "attacked their unit near Tabatol, in the Tahoua region close to the border with "
            "Mali, the defence ministry said. The attackers used improvised explosive devices "
            "and kamikaze vehicles, the ministry said in a statement read on state television, "
            "adding that the army had killed 'dozens of terrorists'. Three days of national "
            "mourning were declared.",
            "B E T",
            "attack on army unit",
        ),
        (
            "Niger takes delivery of Turkish combat drones at Niamey ceremony",
            "Niger's military government took delivery of a batch of Turkish-made Aksungur "
            "combat drones at the air base in Niamey on Thursday, state television reported. "
            "General Abdourahamane Tiani inspected the aircraft with senior officers and said "
            "they would 'strengthen the sovereignty of our skies'. The drones join the Bayraktar "
            "TB2s the country bought in 2022.",
            "military",
        ),
    ),
    (
        15,
        (
            "Thousands cross into Adré as killings spread in El Geneina",
            "More than 6,000 people crossed from Sudan into the Chadian border town of Adré in a "
            "single day, the UN refugee agency said on Friday, fleeing attacks by the Rapid "
            "Support Forces and allied Arab militias on Masalit neighbourhoods of El Geneina. "
            "Many arrived with gunshot wounds, and Médecins Sans Frontières said its team had "
            "treated more than 600 injured people in three days. Many women said they had been "
            "separated from their husbands at checkpoints on the road. Water and shelter at the "
            "makeshift sites around Adré are running out, aid agencies warned.",
            "D V H",
            "refugee flight",
        ),
        (
            "Herders begin seasonal crossing into Chad's Salamat as rains end",
            "Thousands of Arab and Fulani herders have started crossing from Sudan's Darfur into "
            "Chad's Salamat province with their camels and cattle, as they do every year when "
            "the rains end, local officials said. The government has marked out transhumance "
            "corridors and set up committees to settle disputes over crops trampled by "
            "livestock. Veterinary teams at the border are vaccinating animals against "
            "contagious bovine pleuropneumonia. The herds will stay in the south until the rains "
            "return in June.",
            "economy",
        ),
    ),
    (
        16,
        (
            "Fighting between Fano and army reaches outskirts of Gondar",
            "Fighting between Fano militiamen and the Ethiopian army reached the outskirts of "
            "Gondar on Wednesday, residents said, as heavy gunfire was heard near the airport "
            "for several hours. The militia also briefly took control of the town of Lalibela, "
            "according to a resident and a priest, before withdrawing. The federal government "
            "declared a state of emergency in the Amhara region last week.",
            "B",
            "battle",
        ),
        (
            "Villagers fight wildfire in Simien Mountains park for fourth day",
            "Hundreds of villagers and park scouts spent a fourth day fighting a wildfire that "
            "has spread across the Simien Mountains National Park in northern Ethiopia, the "
            "wildlife authority said on Sunday. The fire, which broke out near Gich, has burned "
            "heathland that is home to the endangered walia ibex.",
            "disaster",
        ),
    ),
    (
        17,
        (
            "Three suicide bombers kill 30 at Konduga football viewing centre",
            "Three suicide bombers blew themselves up outside a hall where fans were watching a "
            "football match on television in Konduga, Borno State, on Sunday night, killing at "
            "least 30 people, emergency officials said. The bombers, suspected members of Boko "
            "Haram, detonated their explosives at the entrance as the hall was closing. More "
            "than 40 wounded people were taken to hospitals in Maiduguri, 38 kilometres away. "
            "Residents said men they did not know had been seen on the edge of town in the "
            "afternoon. It was the deadliest attack in Borno in months.",
            "E T V",
            "suicide bombing",
        ),
        (
            "Fire guts hundreds of shops at Maiduguri Monday Market",
            "A fire that started in the early hours of Sunday destroyed hundreds of shops at the "
            "Monday Market in Maiduguri, the Borno State Emergency Management Agency said. "
            "Traders watched as firefighters battled the blaze for more than six hours; no lives "
            "were lost. Governor Babagana Zulum, who visited the market, promised support for "
            "traders and ordered an inquiry into the cause. Traders said the market's fire "
            "hydrants had been dry for years.",
            "accident",
        ),
    ),
    (
        18,
        (
            "Bodies lie in Goma streets as M23 rebels take city centre",
            "Bodies lay in the streets of Goma on Tuesday after M23 rebels, backed by Rwandan "
            "troops, pushed into the city centre following two days of fighting with the "
            "Congolese army and allied militias, residents said. Hospitals run by the Red Cross "
            "and Médecins Sans Frontières were overwhelmed with hundreds of wounded, and "
            "electricity and water were cut. Tens of thousands of people who had already fled to "
            "camps around the city moved again, some across the border into Gisenyi. The UN said "
            "aid flights into the city had been suspended.",
            "B H D",
            "capture of city",
        ),
        (
            "Goma residents flee as Nyiragongo erupts",
            "Thousands of residents of Goma fled towards Rwanda and Sake on Saturday night after "
            "Mount Nyiragongo erupted and lava flowed towards the city's eastern districts, "
            "witnesses said. The sky above the city turned red, and the lava cut the road to "
            "Beni and burned several hundred houses in Buhene before stopping short of the "
            "airport. The government said at least 15 people had died. Residents began returning "
            "on Sunday as the eruption subsided.",
            "disaster",
        ),
    ),
    (
        19,
        (
            "Senegal deploys army as riots over Sonko verdict leave 16 dead",
            "Senegal deployed soldiers in Dakar and Ziguinchor on Saturday after three days of "
            "rioting over the sentencing of opposition leader Ousmane Sonko, in which the "
            "government said 16 people had been killed. Protesters burned buses, supermarkets "
            "and a university building, and police fired tear gas and, according to rights "
            "groups, live ammunition. The authorities restricted access to social media and "
            "mobile data in parts of the country. The government blamed the unrest on 'occult "
            "forces' from abroad. Sonko, who was convicted of 'corrupting youth', has not been "
            "arrested.",
            "U M",
            "riots",
        ),
        (
            "Battle for votes heats up as Senegal's candidates tour Casamance",
            "Senegal's presidential candidates took their battle for votes to the southern "
            "Casamance region on Tuesday, with rallies in Ziguinchor, Kolda and Sédhiou five "
            "days before the election. Bassirou Diomaye Faye drew the biggest crowd in "
            "Ziguinchor, where he promised jobs for young people and fishermen. The ruling "
            "coalition's candidate, Amadou Ba, told supporters in Kolda he would finish the road "
            "programme. Faye had been released from prison only ten days earlier. Observers from "
            "the African Union arrived in Dakar on Monday.",
            "politics",
        ),
    ),
    (
        20,
        (
            "Two killed as Guinean security forces fire on protesters in Conakry",
            "Two young men were shot dead in the Conakry suburb of Hamdallaye on Thursday as "
            "security forces dispersed protesters demanding a timetable for a return to civilian "
            "rule, a hospital source and the opposition coalition said. Demonstrators had "
            "blocked the Route Le Prince with burning tyres and thrown stones at police, who "
            "responded with tear gas. The junta banned all demonstrations in May.",
            "U",
            "protest crackdown",
        ),
        (
            "Conakry's streets jam with fans celebrating Syli National win",
            "Thousands of fans poured onto the Route Le Prince in Conakry late on Sunday, "
            "honking horns and waving flags after the Syli National beat Equatorial Guinea to "
            "reach the Africa Cup of Nations quarter-finals. Street vendors sold out of flags "
            "within minutes, and the celebrations went on past midnight in Hamdallaye and Cosa.",
            "sport",
        ),
    ),
    (
        21,
        (
            "ADF militants kill 41 at school near Congo border",
            "Militants from the Allied Democratic Forces attacked Lhubiriha Secondary School in "
            "Mpondwe, western Uganda, on Friday night, killing at least 41 people, most of them "
            "students, police said. The attackers set fire to a dormitory and hacked or shot "
            "students who tried to flee, and abducted six others before escaping towards the "
            "Democratic Republic of Congo. Uganda's army said it was pursuing the group, which "
            "has links to the Islamic State. Police said the militants had scouted the town days "
            "earlier. Parents waited outside the mortuary in Bwera for news of their children.",
            "V T",
            "attack on school",
        ),
        (
            "Students return to Lhubiriha school as new term opens",
            "Classes resumed at Lhubiriha Secondary School in Mpondwe, western Uganda, on "
            "Monday, a year after militants attacked the school, with about 200 students "
            "reporting for the new term. The government has rebuilt the burnt dormitory and "
            "fenced the compound, and a police post now stands at the gate. The head teacher "
            "said many parents had been afraid to send their children back, but enrolment was "
            "rising again.",
            "other",
        ),
    ),
    (
        22,
        (
            "Bomb kills 25 worshippers at Cairo's St Peter's church",
            "A bomb tore through a chapel adjoining St Mark's Coptic Cathedral in Cairo during "
            "Sunday Mass, killing at least 25 people, most of them women and children, state "
            "media reported. The blast hit the women's section of St Peter's church, and the "
            "health ministry said 49 people were wounded. Islamic State claimed the attack, "
            "which President Abdel Fattah al-Sisi said had been carried out by a suicide bomber.",
            "E T V",
            "church bombing",
        ),
        (
            "Fire at Giza Coptic church kills 41 during Mass",
            "A fire swept through the Abu Sefein Coptic church in Imbaba, Giza, during Sunday "
            "Mass, killing 41 people, including at least 15 children, Egypt's health ministry "
            "said. Worshippers were trapped on the upper floors as smoke filled the stairwell, "
            "and most of the victims died in the crush or from smoke inhalation. The interior "
            "ministry said an electrical fault in an air-conditioning unit had caused the fire. "
            "Neighbours carried children out through a side door before the first ambulances "
            "arrived, residents said. Pope Tawadros II said he would lead a memorial Mass.",
            "accident",
        ),
    ),
    (
        23,
        (
            "Security forces storm Khartoum sit-in, dozens killed",
            "Sudanese security forces stormed the protest sit-in outside the army headquarters "
            "in Khartoum at dawn on Monday, firing live ammunition and burning tents, and killed "
            "at least 35 people, a doctors' committee linked to the protest movement said. "
            "Witnesses said men in Rapid Support Forces uniforms beat protesters and chased them "
            "into side streets. The main protest alliance called for a general strike and civil "
            "disobedience. Mobile internet was cut across the country later in the day.",
            "V U",
            "massacre of protesters",
        ),
        (
            "Tear gas fired at Khartoum marchers on anniversary of sit-in massacre",
            "Sudanese police fired tear gas and stun grenades on Friday at thousands of people "
            "who marched in Khartoum to mark the third anniversary of the dispersal of the "
            "sit-in outside army headquarters, in which dozens were killed. Medics said several "
            "marchers were wounded near the presidential palace, one of them hit in the head by "
            "a tear-gas canister. Protesters chanted against the generals who seized power last "
            "October and laid flowers at the site of the former sit-in.",
            "U",
            "protest crackdown on anniversary",
        ),
    ),
    (
        24,
        (
            "Police kill four suspected robbers in Kayole gunfight",
            "Police shot dead four men suspected of a string of robberies in an exchange of fire "
            "in Kayole, Nairobi, on Wednesday evening, the area police commander said. Officers "
            "recovered two pistols and 19 rounds of ammunition from the suspects, who had been "
            "traced after the robbery of a mobile money shop. Residents said the gunfire lasted "
            "about ten minutes. A police officer was treated for a graze to his arm.",
            "crime",
        ),
        (
            "Kenyan police drama restages Kayole shootout for new season",
            "Crews filming the second season of the Kenyan police drama 'Mtaa Wetu' closed two "
            "streets in Kayole on Saturday to restage a shootout between detectives and a gang "
            "of carjackers. Residents watched from balconies as stunt actors fired blanks and a "
            "burnt-out car was towed into place. The producers said they had informed the police "
            "and local chiefs in advance to avoid alarm.",
            "entertainment",
        ),
    ),
]
