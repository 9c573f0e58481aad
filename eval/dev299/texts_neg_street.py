"""dev299 negatives, part two: derbies and hooligans, peaceful protests and marches, crime.

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Eternal derby halted for 20 minutes as flares rain on pitch",
        "The Belgrade derby between Crvena zvezda and Partizan was halted for about 20 minutes on Saturday after fans of both clubs threw dozens of flares onto the pitch at the Rajko Mitić stadium, sending thick smoke across the stands. Referee Srđan Jovanović took the players off in the 57th minute with Zvezda leading 2-1, and the match resumed after firefighters cleared the burning debris. Zvezda went on to win 3-1, extending their lead at the top of the SuperLiga to 11 points. Police said they had detained 43 people, most for carrying pyrotechnics, and that two officers had been lightly injured by firecrackers before kick-off. Partizan's coach said his players had been under siege for the entire second half. The football association said both clubs would face disciplinary proceedings. Around 1,500 police officers were deployed in the city for the game.",
        "sport",
    ),
    (
        "Hajduk and Dinamo fans clash at motorway rest stop before derby",
        "Croatian police detained 64 supporters of Dinamo Zagreb and Hajduk Split on Sunday after groups of fans fought with bats, chains and flares at a motorway rest area near Karlovac, hours before the two clubs met in the capital. Six people were taken to hospital, and several cars and a bus were damaged, police said. The Bad Blue Boys, Dinamo's ultras, and Hajduk's Torcida have a rivalry that goes back decades, and clashes around the Adriatic derby are common. The match at Maksimir ended 1-1 and passed without serious incidents inside the stadium, though the kick-off was delayed while police searched arriving supporters. The interior ministry said it would ask courts to ban the detained fans from stadiums. Hajduk's board condemned the violence and said hooligans did not represent the club.",
        "sport",
    ),
    (
        "Bosnia keep World Cup hopes alive with late winner in Zenica",
        "Bosnia and Herzegovina kept alive their hopes of reaching the 2026 World Cup with a 2-1 win over Romania in Zenica on Tuesday, thanks to a header from Edin Džeko in the 88th minute. The veteran striker, 39, had been criticised for his form, but he rose above two defenders to meet a cross from the left and sent the Bilino Polje crowd into raptures. Romania had equalised through a penalty early in the second half. Coach Sergej Barbarez said his team had fought like lions and would go into the final round of qualifiers with everything to play for. Bosnia have reached the World Cup only once, in Brazil in 2014. Supporters lit flares in the streets of Zenica and Sarajevo after the final whistle. Police said the celebrations were peaceful.",
        "sport",
    ),
    (
        "Hundreds of thousands welcome Croatia's World Cup runners-up in Zagreb",
        "Hundreds of thousands of people packed the streets of Zagreb on Monday to welcome home Croatia's footballers after their World Cup final defeat to France in Moscow. The open-top bus carrying the team took more than five hours to cover the route from the airport to the main square, where fans in red-and-white chequered shirts had been waiting since the morning. Captain Luka Modrić, named player of the tournament, held up the silver medal as the crowd sang. President Kolinda Grabar-Kitarović, who had celebrated with players in the dressing room, joined them on the stage. The team's run had captured the imagination of a country of just four million people. Police said the celebrations were largely peaceful, though dozens of people were treated for heat exhaustion. A controversy erupted later when a singer known for nationalist songs joined the team on the bus.",
        "sport",
    ),
    (
        "Partizan fans boycott basketball game in protest against club management",
        "Thousands of Partizan basketball fans stayed outside the Belgrade Arena on Thursday in a boycott of the club's Euroleague game against Real Madrid, in protest against the club's management and ticket prices. Inside, the normally deafening arena was half-empty, and Partizan lost 89-76. The Grobari, the club's organised supporters, chanted against the president outside the entrance but dispersed after the start of the game, police said. Coach Željko Obradović said playing in front of empty stands felt like a war without weapons. The club has been in a standoff with its supporters since the autumn, when it raised season ticket prices by a third. Partizan's board said it was open to talks. The team is ninth in the Euroleague standings.",
        "sport",
    ),
    (
        "Students walk 80 kilometres to Novi Sad for protest over canopy collapse",
        "Hundreds of students from Belgrade arrived in Novi Sad on Friday evening after a two-day march of about 80 kilometres, greeted by thousands of residents who lined the streets with food, water and flowers. The students, who set off from the capital on Thursday, are demanding accountability for the collapse of the concrete canopy at Novi Sad's railway station that killed 15 people in November. Many walked with blistered feet and wrapped in blankets against the cold. On Saturday, protesters blocked the three bridges over the Danube for 24 hours in a peaceful action that police did not attempt to stop. At 11.52 a.m., the time the canopy fell, the crowds stood in silence for 15 minutes. Organisers said the protest had no political party behind it. Serbia's universities have been blocked by students for more than two months.",
        "protest",
    ),
    (
        "Montenegro's Orthodox faithful march again against religion law",
        "Tens of thousands of people took part in processions in Podgorica and other towns in Montenegro on Thursday evening in protest against a law that could transfer ownership of Serbian Orthodox Church properties to the state. Led by priests carrying icons and crosses, the marchers walked through the centre of the capital singing hymns, in what the church calls prayer walks. Police estimated the crowd in Podgorica at about 20,000. The protests, held twice a week since the law was passed in December, have remained peaceful. The government of President Milo Đukanović says the law is needed to correct injustices dating to 1918, when Montenegro lost its independence. Church leaders say it is an attempt to seize monasteries that have belonged to the church for centuries. Talks between the two sides ended without agreement last week.",
        "protest",
    ),
    (
        "Thousands rally in Belgrade against Rio Tinto lithium mine",
        "Tens of thousands of people rallied in central Belgrade on Saturday against plans by the mining company Rio Tinto to open a lithium mine in western Serbia, one of the largest protests in the country in years. Demonstrators carried banners reading “Rio Tinto, get out of Serbia” and “We won't give up our water”, and marched from Terazije to the main railway station, where some sat on the tracks for several hours. Police said the rally was peaceful. Organisers said the Jadar mine near the town of Loznica would poison rivers and farmland, while the government says the project will create jobs and make Serbia a key supplier for electric vehicles. President Aleksandar Vučić has accused the opposition and foreign services of orchestrating the protests. Rio Tinto says the mine will meet the highest environmental standards.",
        "protest",
    ),
    (
        "Fathers' vigil for slain son draws thousands in Banja Luka",
        "Several thousand people gathered in the central square of Banja Luka on Saturday evening to support Davor Dragičević, who has been holding daily vigils since his 21-year-old son David was found dead in a stream in March. The crowd lit candles and held photographs of the young man, and chanted “Justice for David”. Dragičević says his son was murdered and accuses the police and officials of Republika Srpska of covering up the crime. The authorities say he drowned after a fall. The movement, which has attracted people from across ethnic lines, is one of the largest civic protests the Bosnian Serb entity has seen. The gathering ended peacefully around midnight. Police kept a low profile, but officials have warned that the protests are being used by the opposition ahead of elections.",
        "protest",
    ),
    (
        "Croatian teachers strike over pay, schools shut across country",
        "Tens of thousands of Croatian teachers went on strike on Thursday, closing primary and secondary schools across the country in the longest industrial action in the sector since independence. The unions are demanding a 6.11 percent pay rise, saying that teachers' wages have fallen behind those of other public servants. Thousands of teachers and pupils' parents marched through Zagreb to St Mark's Square, blowing whistles and carrying placards saying “Education is not a cost”. The march was peaceful. Prime Minister Andrej Plenković said the government had offered what the budget allowed and accused unions of waging a political battle. It was the 15th day of strikes since the start of the school year. Parents' associations said they supported the teachers but were worried about pupils falling behind.",
        "protest",
    ),
    (
        "Silent vigils held across North Macedonia after nightclub fire",
        "Thousands of people gathered in silence in towns across North Macedonia on Monday evening to mourn the 59 people killed in a fire at a nightclub in Kočani, many of them teenagers. In Skopje, a crowd walked from the main square to the government building carrying candles and white roses, while in Kočani residents lined the streets as coffins were brought home. Many demanded that those responsible for issuing the club's licence be held to account. Organisers asked people to bring no banners and to stay silent, and the marches passed without incident. Police said they had arrested more than a dozen people over the fire, including former officials. Prime Minister Hristijan Mickoski said the disaster was the result of corruption and promised a full investigation. The government declared seven days of mourning.",
        "protest",
    ),
    (
        "Two men shot dead in Belgrade cafe in apparent clan feud",
        "Two men were shot dead and a woman was wounded on Tuesday evening when a gunman opened fire in a cafe in the New Belgrade district, Serbian police said. The victims, aged 34 and 39, were known to police as members of the Škaljari clan, one of two Montenegrin criminal groups that have been at war over the cocaine trade for almost a decade, local media reported. The gunman, wearing a hood and a medical mask, fled on a motorcycle. Police said they had found the burned motorcycle a few kilometres away. The feud between the Škaljari and the rival Kavač clan, which began with the disappearance of 200 kilograms of cocaine in Valencia in 2014, has been blamed for more than 70 killings across Europe. Belgrade's police chief said investigators were working to identify the attacker and anyone who ordered the killing.",
        "crime",
    ),
    (
        "Teenager kills eight pupils and a guard at Belgrade school",
        "A 13-year-old boy opened fire at his school in central Belgrade on Wednesday morning, killing eight pupils and a security guard and wounding seven other people, police said. The boy, a pupil at the Vladislav Ribnikar elementary school, used two guns belonging to his father and had planned the attack for a month, drawing a sketch of the classrooms and a list of children he wanted to kill, Belgrade police chief Veselin Milić said. He called the police himself and was arrested in the school yard. He is too young to be prosecuted under Serbian law. His father was detained on suspicion of endangering public safety. Parents waited outside the school for hours for news of their children. The government declared three days of mourning. It was the first mass shooting at a school in Serbia's history.",
        "crime",
    ),
    (
        "Gunman kills 10 in Cetinje after family dispute",
        "A man shot dead 10 people, among them two children, in the Montenegrin town of Cetinje on Friday after a family dispute, before he was shot dead by a passer-by, police said. Police said the 34-year-old attacker, Vuk Borilović, first killed two children and their mother, who were tenants in his home, and then walked through the Medovina neighbourhood shooting people at random with a hunting rifle. Six people were wounded, among them a police officer. Prime Minister Dritan Abazović said it was an unprecedented tragedy and declared three days of mourning. The attacker had a permit for the rifle. Police said there was no indication of any political or ethnic motive. Residents said the man had been known as quiet.",
        "crime",
    ),
    (
        "Migrant smugglers exchange fire near Serbian border with Hungary",
        "Serbian police said on Monday that they had detained 26 people after a gunfight between rival groups of migrant smugglers near the village of Horgoš, close to the border with Hungary, in which one man was killed and two were wounded. The shooting broke out in a forest where hundreds of migrants were camped while waiting to attempt to cross the border fence. Police found automatic rifles, pistols and ammunition during raids in Subotica and nearby villages. Interior Minister Bratislav Gašić said the shooting appeared to have followed a quarrel over money between two smugglers and their associates. About 1,500 police officers were sent to the border area last week. Aid workers said the migrants, most of them from Afghanistan, Syria and Morocco, were terrified and had been moved to reception centres.",
        "crime",
    ),
    (
        "Belgrade court opens trial of hooligan leader accused of gang killings",
        "The trial of Veljko Belivuković, a former leader of a group of Partizan football hooligans, opened at the Special Court in Belgrade on Tuesday on charges of murder, drug trafficking and kidnapping. Prosecutors accuse Belivuković and more than two dozen co-defendants of running a criminal gang that killed at least five people, some of whose bodies were allegedly dismembered in a house in the village of Ritopek. Belivuković, known as Velja Nevolja, denied the charges and said he was being used by politicians who had once relied on his men. Police arrested the group in February 2021 in a raid in which they seized rifles, explosives and a collection of photographs of victims. Opposition lawmakers have said the gang provided security for events of the ruling party, which the government denies. The hearing was held under heavy security, and several relatives of victims attended.",
        "crime",
    ),
]
