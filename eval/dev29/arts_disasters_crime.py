"""dev29 articles: disasters; crime, kidnapping and migration; Europe and the Caucasus.

Marks: [[span|category;a=source;...]] is a figure, {{span}} a negative (eval/figset/marks.py).
"""

from figset import F

# ---------------------------------------------------------------- disasters

F(
    "Typhoon forces mass evacuations in northern Philippines",
    "MANILA (AFP) - [[More than 400,000 people|displaced;a=the national disaster agency]] were moved to evacuation centres or relatives' homes across northern Luzon on Sunday as Typhoon Kong-rey approached with winds of {{185 km/h}}, the national disaster agency said.\n\n"
    "The agency said [[about 3,200 evacuation centres|capacity;a=The agency;alt=the national disaster agency]] had been opened in schools, gyms and churches. "
    "In Cagayan province alone, [[62,000 families|displaced;a=the provincial governor]] were staying in shelters, the provincial governor said.\n\n"
    "The storm made landfall near Santa Ana shortly after {{1 p.m.}}, the weather service said, bringing rain of up to {{300 mm}} in {{24 hours}} to parts of the Cordillera mountains.\n\n"
    "By evening, police reported [[three people|killed;a=police]] dead, [[two|killed;a=police]] of them hit by falling trees, and [[five fishermen|missing;a=police]] missing off the coast of Aparri. "
    "The coast guard said [[more than 7,000 passengers|displaced;a=The coast guard]] were stranded at ports after sea travel was suspended.\n\n"
    "It is the {{fifth}} major storm to hit the country in {{a month}}. "
    "Tropical Storm Trami, which struck in late October, left [[at least 150 people|killed]] dead, most of them in landslides in the Bicol region.\n\n"
    "The social welfare department said it had prepositioned [[1.2 million food packs|aid;a=The social welfare department]] in warehouses across Luzon. "
    "Schools in [[26 provinces|other;u=other;a=the education department]] will stay closed on Monday, the education department said, and [[more than 300 flights|other;a=the civil aviation authority]] were cancelled over the weekend, according to the civil aviation authority.",
)

F(
    "Pakistan floods: Sindh villages cut off, relief camps full",
    "KARACHI - Floodwaters from the Indus have cut off [[more than 1,200 villages|other;a=the Provincial Disaster Management Authority]] in Sindh province, the Provincial Disaster Management Authority said on Tuesday, as the river peaked at the Guddu and Sukkur barrages.\n\n"
    "The authority said [[about 150,000 people|displaced;a=The authority;alt=the Provincial Disaster Management Authority]] had been evacuated from riverine areas in the past week, and that [[more than 90,000|displaced;a=The authority;alt=the Provincial Disaster Management Authority]] were living in [[412 relief camps|capacity;a=The authority;alt=the Provincial Disaster Management Authority]]. "
    "The rest were staying with relatives or on raised roads and embankments.\n\n"
    "At a camp in a girls' school in Shikarpur, [[more than 1,100 people|displaced]] were sharing [[14 classrooms|capacity]] and [[four toilets|other;u=other]]. "
    "“We were given nothing to eat yesterday. The children have diarrhoea,” said Nazia Bibi, a mother of five.\n\n"
    "Since the monsoon began in late June, rains and floods have killed [[about 900 people|killed;a=the National Disaster Management Authority]] across Pakistan, the National Disaster Management Authority said, and damaged [[more than 60,000 houses|housing;a=the National Disaster Management Authority]].\n\n"
    "The army said it had deployed [[2,500 troops|combatants;a=The army]] and [[60 boats|other;a=The army]] for rescue work in Sindh. "
    "Officials expect the water to reach the Kotri barrage near Hyderabad by Friday, and [[another 40,000 people|displaced;p;a=Officials]] could have to leave their homes downstream.\n\n"
    "The floods come {{two years}} after the {{2022}} disaster that put {{a third}} of the country under water. "
    "That year, [[more than 1,700 people|killed]] died and [[about 8 million|displaced]] were displaced, and many families in Sindh had only just rebuilt their homes.",
    ["mother of five"],
)

F(
    "Derna, one week on: search teams still digging as missing list grows",
    "DERNA, Libya - A week after floodwaters burst through the dams above Derna and swept whole neighbourhoods into the sea, rescue teams were still pulling bodies from the mud on Sunday, and the list of the missing kept growing.\n\n"
    "The health minister of the eastern-based government, Othman Abduljaleel, said [[3,958 bodies|killed;a=The health minister of the eastern-based government, Othman Abduljaleel;alt=Othman Abduljaleel]] had been recovered and identified so far. "
    "The Libyan Red Crescent said [[more than 9,000 people|missing;a=The Libyan Red Crescent]] were still unaccounted for.\n\n"
    "The UN's humanitarian office, which had earlier given a toll of [[11,300|killed;a=The UN's humanitarian office]] citing the Red Crescent, revised it on Friday to [[3,958|killed;a=The UN's humanitarian office]], in line with the health ministry's count, and said it would update it as the search went on.\n\n"
    "The International Organization for Migration said [[at least 43,000 people|displaced;a=The International Organization for Migration]] had been displaced in the northeast, [[about 30,000|displaced;a=The International Organization for Migration]] of them from Derna. "
    "Many were staying in schools in Benghazi, Al Bayda and Tobruk, it said.\n\n"
    "Search teams from Egypt, Turkey, Algeria and the United Arab Emirates joined Libyan rescuers. "
    "The Turkish disaster agency AFAD said it had sent [[more than 500 rescuers|other;a=The Turkish disaster agency AFAD;alt=AFAD]] and [[two ships|aid;a=The Turkish disaster agency AFAD;alt=AFAD]] carrying field hospitals.\n\n"
    "Mohamed Ali, {{29}}, a teacher, said he had lost [[14 relatives|killed;a=Mohamed Ali]]. "
    "“The water came at {{3 a.m.}} We heard a sound like an explosion and then the street was a river,” he said. "
    "He is living with [[about 20 other survivors|displaced;n=survivors]] in a school in the upper town.\n\n"
    "Engineers had warned as early as {{2022}} that the dams, built in the {{1970s}}, needed urgent maintenance. "
    "The city's mayor was among [[16 officials|arrested;a=the public prosecutor]] detained pending investigation, the public prosecutor said.",
)

F(
    "Morocco quake: tent camps rise in the High Atlas as winter nears",
    "AMIZMIZ, Morocco - In the valleys south of Marrakech, rows of yellow and blue tents have replaced the mud-brick villages flattened by the {{6.8-magnitude}} earthquake that struck on the night of {{September 8}}.\n\n"
    "The interior ministry said on Monday the death toll had risen to [[2,946|killed;a=The interior ministry]], up from [[2,901|killed;a=The interior ministry]] on Friday, as rescuers reached remote hamlets. "
    "It said [[5,674 people|injured;a=The interior ministry]] had been injured.\n\n"
    "A government commission said [[about 50,000 homes|housing;a=A government commission]] were fully or partly destroyed in the provinces of Al Haouz, Taroudant, Chichaoua and Ouarzazate, and that [[2,930 villages|other;a=A government commission]] were affected.\n\n"
    "The government has promised each affected household a monthly payment of {{2,500 dirhams}} for a year, and up to {{140,000 dirhams}} to rebuild a destroyed house. "
    "By mid-October, [[more than 40,000 families|aid;a=officials]] had received the first payment, officials said.\n\n"
    "In Amizmiz, [[about 180 families|displaced;a=Hassan Ait Lahcen, a local councillor;alt=Hassan Ait Lahcen]] live in a tent camp on the football pitch, said Hassan Ait Lahcen, a local councillor. "
    "“At night it is already {{4 degrees}}. The tents are not made for snow,” he said. "
    "He said the army had promised [[200 prefabricated units|capacity;p;a=Hassan Ait Lahcen]] before December.\n\n"
    "The army has set up [[six field hospitals|other;a=The army;u=structure;n=hospitals]] in the region, and the Moroccan Red Crescent says it has handed out [[more than 20,000 tents|aid;a=the Moroccan Red Crescent]].",
    ["first payment"],
)

F(
    "Rio Grande do Sul floods: shelters hold 80,000 as waters slowly recede",
    "PORTO ALEGRE, Brazil (Reuters) - Floodwaters in Brazil's southernmost state began to recede on Thursday, {{two weeks}} after torrential rains turned streets into rivers, but [[more than 80,000 people|displaced;a=the state civil defence agency]] were still in public shelters, the state civil defence agency said.\n\n"
    "The agency said [[about 540,000 people|displaced;a=The agency;alt=the state civil defence agency]] had left their homes at the peak of the floods, most of them staying with relatives. "
    "It counted [[148 dead|killed;a=the state civil defence agency]] and [[124 people|missing;a=the state civil defence agency]] still missing.\n\n"
    "In Porto Alegre, the Guaíba lake reached {{5.35 metres}} on {{May 5}}, the highest level on record. "
    "The city opened [[157 shelters|capacity;a=the mayor's office]] in schools, gyms and churches, the mayor's office said. "
    "One of the largest, in a university sports complex, took in [[4,800 people|displaced]] at its peak and now has [[about 1,000|displaced]].\n\n"
    "“We had water up to the roof. The firemen took us out by boat, me, my husband and our dog,” said Lúcia Ferreira, {{67}}, at a shelter in Canoas.\n\n"
    "Federal troops and volunteers have rescued [[more than 77,000 people|other;a=officials]] and [[about 11,000 animals|other;u=other;a=officials]], officials said. "
    "President Luiz Inácio Lula da Silva announced {{50 billion reais}} in aid and said the government would buy [[about 2,000 homes|housing;p;a=President Luiz Inácio Lula da Silva]] for families who lost everything. "
    "Experts say the floods, which followed a cyclone in {{September 2023}} that killed [[more than 50 people|killed]] in the same state, showed that cities in the region must prepare for more frequent extreme rain.",
)


# ---------------------------------------------------------------- crime, kidnapping, migration

F(
    "Kaduna school abduction: parents wait as army searches forest",
    "KADUNA, Nigeria - Parents gathered outside the primary school in Kuriga on Saturday, {{two days}} after gunmen on motorcycles seized pupils and teachers during morning assembly, as the army said troops were combing the surrounding forest.\n\n"
    "Kaduna state governor Uba Sani said [[287 pupils and staff|kidnapped;n=pupils and staff;a=Kaduna state governor Uba Sani;alt=Uba Sani]] were missing after the attack, before revising the figure on Friday evening to [[137|kidnapped;a=Kaduna state governor Uba Sani;alt=Uba Sani]] after some children were found hiding in the bush and others made their way home.\n\n"
    "A teacher who escaped, Abubakar Isah, said [[about 25 gunmen|combatants;a=A teacher who escaped, Abubakar Isah;alt=Abubakar Isah]] had surrounded the school at around {{8 a.m.}} "
    "“They fired in the air and told everyone to walk into the forest,” he said. "
    "He said [[one teacher|killed;a=Abubakar Isah]] was shot dead as the group left.\n\n"
    "Police said they had deployed [[300 officers|combatants;a=Police]] to the area. "
    "The army said on Saturday that troops had rescued [[seven children|kidnapped;a=The army]] near Kidandan, about {{40 km}} from the school, and handed them to their families.\n\n"
    "The kidnappers have demanded {{1 billion naira}}, about {{$620,000}}, and given the families {{20 days}} to pay, a local official said. "
    "Paying ransoms is banned under a {{2022}} law.\n\n"
    "“My sons are among them. We have nothing to sell,” said Aminu Bala, a farmer.\n\n"
    "[[More than 1,500 students|kidnapped;a=UNICEF]] have been kidnapped in Nigeria since jihadists seized [[276 schoolgirls|kidnapped;a=UNICEF]] in Chibok in {{2014}}, according to UNICEF. "
    "Activists say [[about 90|kidnapped;a=Activists]] of the Chibok girls are still held {{a decade}} later.",
)

F(
    "Central Mediterranean: 41 feared drowned after boat capsizes off Lampedusa",
    "ROME (AP) - [[Forty-one migrants|missing;a=survivors]] are feared drowned after their boat capsized in rough seas on its way from Tunisia to Italy, survivors told aid workers after reaching the island of Lampedusa on Wednesday.\n\n"
    "The [[four survivors|other;a=the UN refugee agency and the International Organization for Migration]], from Guinea and Ivory Coast, said the boat left Sfax on Thursday with [[45 people|other;a=the UN refugee agency and the International Organization for Migration]] on board, including [[three children|other;a=the UN refugee agency and the International Organization for Migration]], the UN refugee agency and the International Organization for Migration said in a joint statement. "
    "It capsized within hours, and they survived by holding on to inner tubes and life jackets for {{three days}} before a cargo ship spotted them.\n\n"
    "Italy's coast guard said it had rescued [[more than 1,300 migrants|other;a=Italy's coast guard]] from [[28 boats|other;a=Italy's coast guard]] in the same {{48 hours}}, and that the reception centre on Lampedusa, which has room for [[about 400 people|capacity;a=the Red Cross]], was holding [[more than 2,000|displaced;a=the Red Cross]], according to the Red Cross, which runs it.\n\n"
    "“They told us they saw their friends disappear one by one,” said Flavio Di Giacomo, an IOM spokesman.\n\n"
    "Italy has recorded [[about 105,000 arrivals|displaced;a=the interior ministry]] by sea so far this year, according to the interior ministry, up from [[about 50,000|displaced;a=the interior ministry]] in the same period of {{2022}}. "
    "The IOM's Missing Migrants Project counts [[more than 2,000 migrants|missing;a=The IOM's Missing Migrants Project]] missing in the central Mediterranean this year, most of them presumed dead.\n\n"
    "Police in Agrigento said they had arrested [[two Tunisian men|arrested;a=Police in Agrigento]] suspected of steering the boats.",
)

F(
    "Darién crossings fall sharply as Panama tightens border",
    "PANAMA CITY - The number of migrants crossing the Darién jungle between Colombia and Panama fell by more than {{90 percent}} in the first {{three months}} of the year, Panama's migration service said on Monday, after new restrictions on both sides of the border.\n\n"
    "The service said [[2,831 migrants|displaced;a=The service;alt=Panama's migration service]] crossed between January and March, against [[about 97,000|displaced;a=The service;alt=Panama's migration service]] in the same period last year. "
    "In all of {{2023}}, a record [[520,085 people|displaced]] made the trek, most of them Venezuelans heading for the United States.\n\n"
    "At the same time, a reverse flow has begun. "
    "Panama's government said [[more than 2,200 Venezuelans|returned;a=Panama's government]] had travelled south since February, by bus and by boat along the Caribbean coast, after giving up on reaching the US. "
    "It said it planned to fly [[about 1,000 migrants|returned;p;a=Panama's government]] back to their countries under an agreement with Washington, and had already deported [[179|returned;a=Panama's government]] on [[eight flights|other;a=Panama's government]].\n\n"
    "The reception station at Lajas Blancas, built for [[about 1,500 people|capacity;a=Red Cross staff]], held [[fewer than 200|displaced;a=Red Cross staff]] on Sunday, Red Cross staff said.\n\n"
    "“Last year we treated [[40 or 50 people a day|other;q=range;lo=40;hi=50]] for wounds and dehydration. Now it is a few,” said Ana Lucía Gómez, a nurse at the station.\n\n"
    "Human rights groups say the dangers have not gone away. "
    "Doctors Without Borders said its teams had treated [[233 survivors of sexual violence|other;n=survivors;a=Doctors Without Borders]] in the Darién in {{2023}}, and that [[at least 20 bodies|killed;a=Doctors Without Borders]] had been found along the trail.",
    ["first"],
)

F(
    "Mexico: army arrests cartel cell after week of violence in Culiacán",
    "CULIACÁN, Mexico - Soldiers arrested [[nine suspected members|arrested;a=the defence ministry]] of a Sinaloa Cartel faction in a raid on a ranch south of Culiacán on Tuesday and seized [[more than 50 rifles|other;a=the defence ministry]], the defence ministry said.\n\n"
    "The ministry said troops had also found a methamphetamine laboratory and [[14 stolen vehicles|other;a=The ministry;alt=the defence ministry]], some fitted with armour plating. "
    "[[Two soldiers|injured;a=the defence ministry]] were wounded in an exchange of fire, it said.\n\n"
    "Culiacán, the capital of Sinaloa state, has been shaken since {{September 9}} by fighting between two factions of the cartel. "
    "The state prosecutor's office said [[at least 171 people|killed;a=The state prosecutor's office]] had been killed and [[more than 200|missing;a=The state prosecutor's office]] reported missing since then.\n\n"
    "Schools in the city moved classes online for {{two weeks}}, and restaurants and shops closed early. "
    "“After {{6 p.m.}} nobody goes out,” said a taxi driver who gave his name only as Jesús. "
    "The federal government has sent [[about 2,200 troops|combatants;a=the government]] as reinforcements, bringing the force in the state to [[more than 11,000|combatants;a=the government]], according to the government.\n\n"
    "[[At least 250 families|displaced;a=the state human rights commission]] have fled rural communities in the mountains east of the city since the fighting began, according to the state human rights commission. "
    "Many are staying with relatives in Culiacán, and [[about 60|displaced;u=household;a=the commission;alt=the state human rights commission]] are in a sports hall run by the Catholic church, the commission said.\n\n"
    "The fighting broke out after the arrest in the United States of Ismael “El Mayo” Zambada, {{76}}, one of the cartel's founders, in {{July}}.",
)

F(
    "Ecuador: soldiers retake Guayaquil prison after riot",
    "GUAYAQUIL, Ecuador - Soldiers and police regained control of the Litoral penitentiary in Guayaquil on Wednesday after a night of fighting between rival gangs inside the prison, Ecuador's prison service SNAI said.\n\n"
    "SNAI said [[15 inmates|killed;a=SNAI]] had been killed, some of them hanged and others shot, and [[14 people|injured;a=SNAI]] were wounded, among them [[two guards|injured;a=SNAI]]. "
    "It later raised the death toll to [[17|killed;a=SNAI]] after [[two bodies|killed;a=SNAI]] were found in a ventilation shaft.\n\n"
    "The Litoral, the country's largest prison, holds [[about 6,900 inmates|arrested]] in a complex built for [[5,000|capacity]]. "
    "It was the scene of the worst prison massacre in Ecuador's history in {{September 2021}}, when [[119 prisoners|killed]] died in a day.\n\n"
    "The armed forces said [[2,700 soldiers and police|combatants;n=soldiers and police;a=The armed forces]] took part in the operation, which began at {{5 a.m.}} and lasted {{four hours}}. "
    "They said they had seized [[45 firearms|other;a=The armed forces]], [[600 rounds|other;a=The armed forces]] of ammunition and [[three drones|other;a=The armed forces]].\n\n"
    "Relatives of prisoners waited outside the gates for news. "
    "“They will not tell us if my son is alive,” said Rosa Cedeño, {{58}}, holding a photo of her {{24-year-old}} son.\n\n"
    "President Daniel Noboa declared an “internal armed conflict” in {{January 2024}} and put the military in charge of the prisons. "
    "Since then, soldiers have moved [[more than 1,000 gang leaders|other;a=the government]] to a maximum-security prison in the Andes, the government says.",
)

F(
    "Eastern Cape tavern shooting: police hunt gunmen",
    "JOHANNESBURG - Police in South Africa's Eastern Cape province were searching on Sunday for a group of gunmen who opened fire on patrons at a tavern in Qumbu late on Saturday, killing [[seven people|killed;a=police]], police said.\n\n"
    "Provincial police spokeswoman Majola Nkohli said the attackers, believed to be [[at least four men|combatants;n=men;a=Provincial police spokeswoman Majola Nkohli;alt=Majola Nkohli]], arrived in a white minibus at about {{10:30 p.m.}} and fired at people drinking inside and outside the building. "
    "[[Three others|injured;a=Provincial police spokeswoman Majola Nkohli;alt=Majola Nkohli]] were taken to hospital in a critical condition, she said.\n\n"
    "The victims were aged {{between 19 and 45}}, according to police. "
    "No arrests had been made, and the motive was not yet known, but police said they were investigating a possible link to a feud between two taxi associations.\n\n"
    "Police minister Senzo Mchunu said a team of [[40 detectives|other;a=Police minister Senzo Mchunu;alt=Senzo Mchunu]] had been sent to the area. "
    "“These criminals will be found,” he told residents at a meeting in the village on Sunday.\n\n"
    "South Africa has one of the highest murder rates in the world. "
    "Police statistics released in {{November}} showed [[6,945 people|killed;a=Police statistics released in November]] were murdered in the {{three months}} from July to September, or [[about 75 a day|killed;a=Police statistics released in November]], a rate of {{45 per 100,000}} people a year.\n\n"
    "Mass shootings at taverns have become more frequent. "
    "In {{July 2022}}, [[16 people|killed]] were shot dead at a tavern in Soweto, and a court later convicted [[five men|arrested]] over the attack.",
)


# ---------------------------------------------------------------- Europe, Caucasus

F(
    "Ukraine orders evacuation of children from Pokrovsk district as front nears",
    "KYIV (Reuters) - Ukrainian authorities ordered the mandatory evacuation of families with children from [[14 settlements|other;u=other;a=Vadym Filashkin, the governor of Donetsk region;alt=Vadym Filashkin]] in the Pokrovsk district on Monday as Russian troops advanced to within {{10 km}} of the town, Vadym Filashkin, the governor of Donetsk region, said.\n\n"
    "Filashkin said [[about 53,000 people|civilians;a=Filashkin;alt=Vadym Filashkin]] still lived in Pokrovsk, a town of [[60,000|civilians;a=Filashkin;alt=Vadym Filashkin]] before the war, among them [[1,200 children|civilians;a=Filashkin;alt=Vadym Filashkin]]. "
    "He urged the rest to leave as well. "
    "“Every day the enemy comes closer, and every day it is harder to get people out,” he told Ukrainian television.\n\n"
    "Volunteers from the group Angels of Salvation said they had driven [[more than 300 residents|displaced;a=Volunteers from the group Angels of Salvation]] out of the town and nearby villages over the weekend, most of them elderly people who had refused to leave earlier.\n\n"
    "Evacuees are taken by bus and train to Dnipro and on to other regions. "
    "The regional administration said [[about 1,000 people a day|displaced;a=The regional administration]] were now leaving the district, up from [[about 100|displaced;a=The regional administration]] a week earlier.\n\n"
    "Russian shelling killed [[four civilians|killed;a=the prosecutor's office]] in Myrnohrad and Selydove on Sunday, the prosecutor's office said.\n\n"
    "Across Ukraine, [[3.7 million people|displaced;a=the International Organization for Migration]] are internally displaced, according to the International Organization for Migration, and [[about 6.5 million Ukrainians|displaced;a=the UN refugee agency]] are registered as refugees abroad, according to the UN refugee agency.",
)
