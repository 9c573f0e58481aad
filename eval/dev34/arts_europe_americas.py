"""dev34 articles: Europe and the Americas, and two articles with numbers but no figure."""

from figset import F

# ---------------------------------------------------------------- Europe

F(
    "Russian missile strike on Kyiv: toll rises to 23",
    "KYIV (Reuters) - The toll from a Russian missile and drone attack on Kyiv rose to [[23|killed;a=the city's military administration]] on Thursday, the city's military administration said, after rescuers pulled more bodies from an apartment block that was cut {{in half}} by a missile. "
    "[[Four|killed;a=the city's military administration]] of the dead were children, it said.\n\n"
    "Interior Minister Ihor Klymenko said [[more than 50 people|injured;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] had been injured and that [[about 400 rescuers|other;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] were working at the site. "
    "[[Ten people|missing;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] were still unaccounted for, he said.\n\n"
    "Ukraine's air force said Russia had launched [[440 drones|other;a=Ukraine's air force]] and [[32 missiles|other;a=Ukraine's air force]] overnight, and that air defences had shot down most of them before they reached their targets.\n\n"
    "“I heard the whistle and then the whole staircase fell,” said Olena, {{43}}, who lived on the {{fifth floor}} and was carried out by firefighters.\n\n"
    "The mayor, Vitali Klitschko, said [[about 30 buildings|housing;a=The mayor, Vitali Klitschko;alt=Vitali Klitschko]] across the city had been damaged. "
    "It was the deadliest attack on the capital since {{July 2024}}, when a missile hit the Okhmatdyt children's hospital.",
)

F(
    "Families with children ordered out of Kostiantynivka",
    "KRAMATORSK, Ukraine - Ukrainian authorities on Monday ordered the mandatory evacuation of families with children from Kostiantynivka and [[11 nearby villages|other;a=Ukrainian authorities]] as Russian forces pushed closer to the town.\n\n"
    "The regional governor, Vadym Filashkin, said [[about 1,100 children|civilians;a=The regional governor, Vadym Filashkin;alt=Vadym Filashkin]] remained in the area and would be moved to safer parts of the Dnipropetrovsk and Kyiv regions. "
    "Kostiantynivka had [[about 67,000 residents|civilians]] before the full-scale invasion; fewer than {{a fifth}} remain, he said.\n\n"
    "Volunteers from the group Angels of Salvation said they had taken [[43 people|displaced;a=Volunteers from the group Angels of Salvation]] out of the town in armoured vans on Sunday, [[nine|displaced;a=Volunteers from the group Angels of Salvation]] of them children. "
    "“Every trip now, a drone follows us,” said Yevhen Tkachov, {{31}}, a driver.\n\n"
    "Russian shelling killed [[three civilians|killed;a=Filashkin;alt=Vadym Filashkin]] in the town on Saturday and damaged [[a dozen houses|housing;a=Filashkin;alt=Vadym Filashkin]], Filashkin said.\n\n"
    "In the Donetsk region as a whole, [[more than 120,000 people|displaced;a=the regional administration]] have been evacuated since {{August 2024}}, according to the regional administration. "
    "The UN says [[about 3.7 million Ukrainians|displaced;a=The UN]] are displaced inside the country.",
)

F(
    "Belgorod evacuates border villages after shelling",
    "MOSCOW - Russia's Belgorod region evacuated [[about 1,200 residents|displaced;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] from [[nine villages|other;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] near the Ukrainian border on Friday after days of shelling and drone attacks, Governor Vyacheslav Gladkov said.\n\n"
    "Gladkov said [[two people|killed;a=Gladkov;alt=Governor Vyacheslav Gladkov]] had been killed and [[seven|injured;a=Gladkov;alt=Governor Vyacheslav Gladkov]] wounded in Shebekino and Grayvoron districts over {{48 hours}}. "
    "[[About 600 of the evacuees|displaced;n=evacuees]] were taken to temporary accommodation centres in Belgorod city.\n\n"
    "Russia's defence ministry said it had destroyed [[45 Ukrainian drones|other;a=Russia's defence ministry]] over the region overnight.\n\n"
    "In the neighbouring Kursk region, where Ukrainian troops crossed the border in {{August 2024}}, [[more than 150,000 people|displaced;a=officials]] were evacuated, officials said at the time. "
    "The regional government says [[about 1,000 residents|missing;a=The regional government]] are still missing.\n\n"
    "“We left the cows and the dog, the chickens too,” said Tamara Ivanovna, {{73}}, at a centre in a sports hall. "
    "“They say it is for {{two weeks}}.”",
)

F(
    "Wildfire near Athens forces thousands to flee",
    "ATHENS (AP) - A wildfire driven by strong winds tore through the north-eastern suburbs of Athens on Monday, forcing [[thousands of residents|displaced]] to flee and burning [[dozens of homes|housing]].\n\n"
    "The fire service said [[more than 700 firefighters|other;a=The fire service]] were battling the blaze with [[35 water-dropping aircraft|other;a=The fire service]], and that [[one woman|killed;a=The fire service]] had been found dead in a burned factory. "
    "[[Five firefighters|injured]] were treated for burns.\n\n"
    "Civil protection sent text messages ordering the evacuation of [[14 neighbourhoods|other;u=other]] in Marathon, Varnavas and Penteli. "
    "Hospitals and a children's hospital in Penteli were evacuated, and [[about 60 patients|displaced;a=the health ministry]] moved to other hospitals, the health ministry said.\n\n"
    "“The fire jumped the road in {{seconds}},” said Giorgos Papadakis, who spent the night in his car with his wife.\n\n"
    "Temperatures reached {{39 C}} and winds gusted at {{70 km/h}}. "
    "The fire burned {{about 10,000 hectares}}, the worst in Attica since {{2018}}, when a fire in Mati killed [[104 people|killed]].",
)

F(
    "Lampedusa overwhelmed as thousands land in two days",
    "LAMPEDUSA, Italy - [[More than 7,000 migrants|displaced;a=the Italian Red Cross]] arrived on the Italian island of Lampedusa in {{48 hours}}, the Italian Red Cross said on Wednesday, overwhelming a reception centre built for [[about 400 people|capacity;a=the Italian Red Cross]].\n\n"
    "The coast guard said it had counted [[112 boats|other;a=The coast guard]] landing on Tuesday alone, most of them small metal boats from Sfax in Tunisia. "
    "[[One baby|killed;a=the coast guard]] drowned when a boat capsized as it was being towed to the port, the coast guard said.\n\n"
    "Lampedusa has [[about 6,000 inhabitants|civilians]]. "
    "“We have never seen this,” said the mayor, Filippo Mannino.\n\n"
    "The interior ministry said it would transfer [[3,000 people|displaced;p;a=The interior ministry]] to Sicily by ferry and military ship within {{two days}}. "
    "So far this year, [[about 127,000 migrants|displaced;a=ministry data]] have reached Italy by sea, according to ministry data, almost twice as many as in the same period of {{2022}}.\n\n"
    "The government has declared a state of emergency for {{six months}}.",
    ["almost twice"],
)

F(
    "France: fifth night of riots after police shooting",
    "PARIS - Rioters burned cars and attacked town halls and police stations across France for a fifth night after a police officer shot dead a {{17-year-old}} driver at a traffic stop in Nanterre, the interior ministry said on Sunday.\n\n"
    "Police arrested [[719 people|arrested;a=the ministry;alt=the interior ministry]] overnight, down from [[1,311|arrested;a=the ministry;alt=the interior ministry]] the night before, the ministry said. "
    "[[Forty-five police officers|injured;a=the interior ministry]] were hurt, and [[577 vehicles|other;a=the interior ministry]] and [[74 buildings|housing;a=the interior ministry]] were set on fire, it said.\n\n"
    "Interior Minister Gérald Darmanin said [[45,000 police and gendarmes|combatants;n=police and gendarmes;a=Interior Minister Gérald Darmanin;alt=Gérald Darmanin]] would be deployed again on Sunday night, with armoured vehicles in Lyon, Marseille and Grenoble.\n\n"
    "In L'Haÿ-les-Roses, south of Paris, rioters rammed a burning car into the mayor's home at about {{1:30 a.m.}}, injuring his wife and a child. "
    "“This is a murder attempt,” the mayor, Vincent Jeanbrun, said.\n\n"
    "The officer who fired the shot has been charged with voluntary homicide. "
    "In {{2005}}, riots that followed the deaths of [[two teenagers|killed]] in Clichy-sous-Bois lasted {{three weeks}}, and [[about 3,000 people|arrested]] were arrested.",
    ["fifth night"],
)

F(
    "Five die in Channel crossing attempt as numbers rise",
    "CALAIS, France (AFP) - [[Five people|killed;a=French authorities]], among them a child, died on Tuesday trying to board an overcrowded dinghy on a beach near Boulogne-sur-Mer, French authorities said.\n\n"
    "The regional prefecture said the boat had carried [[about 110 people|displaced;a=The regional prefecture]] when it left the beach before dawn. "
    "Rescuers took [[47|other;a=The regional prefecture]] back to shore, [[four|injured;a=The regional prefecture]] of them in hypothermia, it said, and the rest continued toward England.\n\n"
    "Britain's Home Office said [[801 people|displaced;a=Britain's Home Office]] crossed the Channel in [[14 boats|other;a=Britain's Home Office]] on the same day, taking the total for the year to [[more than 22,000|displaced;a=Britain's Home Office]].\n\n"
    "“People sit on top of each other, children in the middle, and the ones on the edge fall in,” said Angèle Vettorello of the charity {{Utopia 56}}.\n\n"
    "[[At least 30 people|killed]] have died trying to cross this year. "
    "In {{November 2021}}, [[27 people|killed]] drowned when their dinghy sank in the deadliest accident on the route.\n\n"
    "French police patrol {{150 km}} of coast but say they cannot stop boats once they are in the water.",
)

F(
    "Georgia: police detain hundreds at Tbilisi protests",
    "TBILISI - Georgian police used water cannon and tear gas to break up a protest outside parliament for a sixth night, and detained [[more than 400 people|arrested;a=the interior ministry]] since the demonstrations began, the interior ministry said on Tuesday.\n\n"
    "The ministry said [[143 police officers|injured;a=The ministry;alt=the interior ministry]] had been injured since Thursday. "
    "The public defender's office said [[about 300 of the detainees|injured;n=detainees;a=The public defender's office]] had visible injuries and that [[80|injured;a=The public defender's office]] had been taken to hospital.\n\n"
    "Protests broke out after the government said it would suspend talks on joining the European Union until {{2028}}. "
    "[[Tens of thousands of people|other;a=local media]] marched on Rustaveli Avenue on Sunday, according to local media, and smaller rallies took place in Batumi and Kutaisi.\n\n"
    "“They beat us even when we were on the ground,” said Nino Kapanadze, a {{22-year-old}} student, who was held for {{two days}}.\n\n"
    "Masked men attacked journalists and opposition offices overnight, and [[at least 12 reporters|injured;a=the Georgian Young Lawyers' Association]] were hurt during the week, according to the Georgian Young Lawyers' Association.",
    ["sixth night"],
)

F(
    "Bosnia floods: landslide buries Donja Jablanica",
    "SARAJEVO (Reuters) - Floods and landslides after torrential rain killed [[at least 18 people|killed;a=authorities]] in central and southern Bosnia, authorities said on Saturday, most of them in Donja Jablanica, where a landslide from a quarry buried [[a dozen houses|housing]].\n\n"
    "Civil protection official Darko Juka said [[10 people|missing;a=Civil protection official Darko Juka;alt=Darko Juka]] were still missing in the Jablanica area and that rescuers had found [[14 bodies|killed;a=Civil protection official Darko Juka;alt=Darko Juka]] there. "
    "Bosnia's army and [[about 200 members|other]] of mountain rescue and civil protection teams were searching in mud that in places was {{5 metres}} deep.\n\n"
    "The main road and railway between Sarajevo and Mostar were cut, and several villages around Kiseljak and Fojnica could be reached only by helicopter. "
    "The army evacuated [[about 70 people|displaced;a=the defence ministry]] by helicopter from Fojnica, the defence ministry said.\n\n"
    "“My neighbour's house went with the whole family inside,” said Suad Hamzic, {{57}}.\n\n"
    "Neighbouring Croatia and Serbia sent rescue teams. "
    "In {{May 2014}}, the worst floods in {{120 years}} killed [[about 80 people|killed]] in Bosnia and Serbia and forced [[tens of thousands|displaced]] from their homes.",
)

# ---------------------------------------------------------------- the Americas

F(
    "Haiti: gang attack on Pont-Sondé kills 115",
    "PORT-AU-PRINCE - Members of the Gran Grif gang attacked the town of Pont-Sondé in Haiti's Artibonite region before dawn on Thursday, killing [[at least 115 people|killed;a=the UN human rights office]], including [[10 women|killed;a=the UN human rights office]] and [[three babies|killed;a=the UN human rights office]], the UN human rights office said on Friday.\n\n"
    "The office said [[at least 16 people|injured;a=The office;alt=the UN human rights office]] were seriously injured and that the gunmen set fire to [[at least 45 houses|housing;a=The office;alt=the UN human rights office]] and [[34 vehicles|other;a=The office;alt=the UN human rights office]].\n\n"
    "The International Organization for Migration said [[more than 6,270 people|displaced;a=The International Organization for Migration]] had fled the town, most of them to Saint-Marc, where [[as many as 5,000|displaced;a=the agency;alt=The International Organization for Migration]] are sheltering in schools and churches, the agency said.\n\n"
    "The gang's leader, Luckson Elan, said in a voice message that the attack was punishment for residents who had helped police. "
    "“They went from house to house,” said a survivor who gave her name as Mirlande, {{46}}.\n\n"
    "The Kenyan-led security mission, which has [[about 400 officers|combatants]] in Haiti, said it was sending reinforcements to Artibonite. "
    "Gang violence has displaced [[more than 700,000 Haitians|displaced;a=the IOM;alt=The International Organization for Migration]], according to the IOM.",
)

F(
    "Culiacán: cartel war leaves hundreds dead",
    "CULIACÁN, Mexico - Fighting between two factions of the Sinaloa cartel has killed [[more than 600 people|killed;a=the Sinaloa state prosecutor's office]] in the state since {{September}}, the Sinaloa state prosecutor's office said on Monday. "
    "[[About 700 people|missing;a=the Sinaloa state prosecutor's office]] have been reported missing over the same period, it said.\n\n"
    "The violence began after Ismael “El Mayo” Zambada was flown to the United States and arrested in {{July}}, setting his followers against the sons of Joaquín “El Chapo” Guzmán.\n\n"
    "Defence Minister Ricardo Trevilla said the army had sent [[more than 2,500 troops|combatants;a=Defence Minister Ricardo Trevilla;alt=Ricardo Trevilla]] to Culiacán, and that security forces had arrested [[about 500 suspects|arrested;a=Defence Minister Ricardo Trevilla;alt=Ricardo Trevilla]] and seized [[more than 1,000 firearms|other;a=Defence Minister Ricardo Trevilla;alt=Ricardo Trevilla]].\n\n"
    "Schools in the city kept children at home for {{weeks}}, and many restaurants now close at {{6 p.m.}}\n\n"
    "In the mountains north of the city, [[between 200 and 300 families|displaced;a=local church groups]] have fled their villages, local church groups say. "
    "“We left everything: the house, the animals,” said a farmer from Tacuichamona who asked not to be named.",
)

F(
    "Ecuador prison riot leaves 31 inmates dead",
    "GUAYAQUIL, Ecuador - A riot between rival gangs at the Litoral penitentiary in Guayaquil killed [[31 inmates|killed;a=the prison service, SNAI;alt=SNAI]], the prison service, SNAI, said on Wednesday. "
    "[[Twenty-seven|killed;a=the prison service, SNAI;alt=SNAI]] of them died of asphyxiation after a fire was set in a cell block, it said, and [[four|killed;a=the prison service, SNAI;alt=SNAI]] were shot.\n\n"
    "President Daniel Noboa said [[about 1,000 soldiers and police|combatants;n=soldiers and police;a=President Daniel Noboa;alt=Daniel Noboa]] had been sent into the prison to regain control. "
    "[[Nine guards|injured]] were treated in hospital.\n\n"
    "Families gathered outside the prison from early morning, waiting for lists of the dead. "
    "“They only tell us to wait, for {{two days}} now,” said Mariana Caicedo, whose son is serving a {{12-year}} sentence.\n\n"
    "The Litoral, Ecuador's largest prison, holds [[about 6,800 inmates|arrested;a=SNAI]], according to SNAI, although it was built for [[about 5,000|capacity;a=SNAI]].\n\n"
    "In {{September 2021}}, a riot in the same prison killed [[119 inmates|killed]], the worst prison massacre in the country's history.",
)

F(
    "Catatumbo fighting displaces tens of thousands",
    "CÚCUTA, Colombia - Fighting between the National Liberation Army (ELN) and dissidents of the former FARC guerrilla in Colombia's Catatumbo region has displaced [[more than 48,000 people|displaced;a=the ombudsman's office]], the ombudsman's office said on Thursday.\n\n"
    "The governor of Norte de Santander, William Villamizar, said [[at least 80 people|killed;a=The governor of Norte de Santander, William Villamizar;alt=William Villamizar]] had been killed, among them a signatory of the {{2016}} peace deal and his family. "
    "[[About 32,000 of the displaced|displaced;n=displaced;a=The governor of Norte de Santander, William Villamizar;alt=William Villamizar]] have reached Cúcuta and Ocaña, where the city has opened sports halls and a stadium as shelters, he said.\n\n"
    "The army said it had rescued [[about 200 people|other;a=The army]] trapped in rural areas by helicopter, and President Gustavo Petro said he would send [[5,000 more soldiers|combatants;p;a=President Gustavo Petro;alt=Gustavo Petro]] to the region. "
    "Petro suspended peace talks with the ELN.\n\n"
    "“They had a list with names, and they went looking for people house by house,” said a woman from Tibú who fled with [[her three children|displaced;a=a woman from Tibú]].\n\n"
    "[[Hundreds of families|displaced;a=the Venezuelan government]] also crossed into Venezuela, the Venezuelan government said. "
    "Catatumbo, a coca-growing region on the border, has been fought over by armed groups since the FARC disarmed in {{2017}}.",
)

F(
    "Rio Grande do Sul floods: toll climbs as waters recede slowly",
    "PORTO ALEGRE, Brazil - The death toll from floods in the southern Brazilian state of Rio Grande do Sul rose to [[147|killed;a=the state civil defence]] on Sunday, the state civil defence said, and [[127 people|missing;a=the state civil defence]] were still missing. "
    "[[More than 800|injured;a=the state civil defence]] have been injured since the rains began on {{April 29}}, it said.\n\n"
    "The civil defence said [[about 538,000 people|displaced;a=The civil defence;alt=the state civil defence]] had been forced from their homes, [[81,000|displaced;a=The civil defence;alt=the state civil defence]] of them in public shelters. "
    "Floodwater covered much of Porto Alegre, where the Guaíba river reached {{5.35 metres}}, and the city's airport was closed.\n\n"
    "Federal troops, police and volunteers in boats and jet skis have rescued [[more than 76,000 people|other;a=the government]] and [[10,000 animals|other;u=other;a=the government]], the government said. "
    "The army sent [[about 15,000 soldiers|combatants]] to the state.\n\n"
    "“We spent {{three days}} on the roof of the church before a boat came,” said Jaqueline Rosa, {{39}}, at a shelter in a school gym in Canoas.\n\n"
    "The federal government has announced {{50.9 billion reais}} in aid. "
    "In {{September 2023}}, a cyclone in the same state killed [[more than 50 people|killed]].",
)

F(
    "Helene: North Carolina toll rises; hundreds still missing",
    "ASHEVILLE, North Carolina (AP) - The death toll from Hurricane Helene in North Carolina rose to [[73|killed;a=Governor Roy Cooper;alt=Roy Cooper]] on Wednesday, Governor Roy Cooper said, and officials in Buncombe County said [[about 600 people|missing;a=officials in Buncombe County]] had not been heard from, though many may be safe without phone service.\n\n"
    "Across the South-East, [[at least 180 people|killed;a=an AP tally]] have died, according to an AP tally, making Helene the deadliest hurricane on the US mainland since Katrina in {{2005}}.\n\n"
    "Cooper said [[1,700 National Guard troops|combatants;a=Cooper;alt=Governor Roy Cooper]] and [[about 700 rescuers|other;a=Cooper;alt=Governor Roy Cooper]] from other states were working in the mountains, and that helicopters had airlifted [[more than 400 people|other;a=Cooper;alt=Governor Roy Cooper]] from cut-off communities. "
    "The Pentagon said it was sending [[1,000 active-duty soldiers|combatants;p;a=The Pentagon]].\n\n"
    "[[About 300 roads|other;u=other]] in the state were still closed, including stretches of {{Interstate 40}}, and [[more than 250,000 customers|civilians]] were still without power.\n\n"
    "In Asheville, residents queued for hours for water. "
    "“We lost the house, the car, the dog,” said Deborah Pruitt, {{66}}, in the village of Swannanoa.",
)

F(
    "Los Angeles fires: thousands of structures lost, evacuation orders widen",
    "LOS ANGELES (Reuters) - Wildfires driven by Santa Ana winds of up to {{100 mph}} have destroyed [[more than 12,000 structures|housing;a=Cal Fire]] in and around Los Angeles, Cal Fire said on Sunday, and killed [[at least 16 people|killed;a=the county medical examiner]], according to the county medical examiner.\n\n"
    "[[Eleven|killed]] of the dead were found in the Eaton fire zone around Altadena and [[five|killed]] in the Palisades fire zone. "
    "The Los Angeles County sheriff, Robert Luna, said [[13 people|missing;a=The Los Angeles County sheriff, Robert Luna;alt=Robert Luna]] had been reported missing and that deputies had arrested [[about 20 people|arrested;a=The Los Angeles County sheriff, Robert Luna;alt=Robert Luna]] for looting in evacuated areas.\n\n"
    "[[About 150,000 residents|displaced;a=officials]] remained under evacuation orders, officials said, and [[more than 1,000|displaced;a=the American Red Cross]] spent the night in [[nine shelters|capacity;a=the American Red Cross]] run by the American Red Cross.\n\n"
    "[[More than 14,000 firefighters|other;a=Cal Fire]] were on the lines, Cal Fire said, some of them from Mexico and Canada. "
    "The Palisades fire had burned {{23,700 acres}} and was {{11 percent}} contained.\n\n"
    "“I had {{15 minutes}} to get out, and I took the cat and my mother's photographs,” said Karen Liu, {{52}}, outside a shelter in Pasadena.",
)

F(
    "Migrants head south through Panama as US doors close",
    "PANAMA CITY - [[More than 2,000 migrants|displaced;a=Panama's migration service]], most of them Venezuelans, have travelled south through Panama in the past month on their way home, Panama's migration service said on Wednesday, reversing a flow that once brought [[hundreds of thousands|displaced;a=Panama's migration service]] north.\n\n"
    "The service said [[about 1,200|displaced;a=The service;alt=Panama's migration service]] had left from the Caribbean port of Miramar on small boats bound for Colombia. "
    "In {{2023}}, a record [[520,000 people|displaced;a=the agency;alt=Panama's migration service]] crossed the Darién jungle heading north, according to the agency.\n\n"
    "The number crossing north has fallen to [[fewer than 300 a month|displaced]], from [[about 2,000 a day|displaced]] at the peak. "
    "“We spent everything to get to Mexico, and now we go back with nothing,” said Yohandry Pérez, {{29}}, travelling with his wife and [[two sons|displaced;a=Yohandry Pérez]].\n\n"
    "The United States deported [[about 350 Venezuelans|returned;a=Venezuela's government]] on [[two flights|other;a=Venezuela's government]] to Caracas last week, Venezuela's government said.",
)

F(
    "Chile fires: Viña del Mar hillsides burned, toll at 131",
    "VIÑA DEL MAR, Chile - Forest fires that swept into the hillside neighbourhoods of Viña del Mar and Quilpué have killed [[131 people|killed;a=the Legal Medical Service]], the Legal Medical Service said on Wednesday, making them the deadliest in Chile's history. "
    "Only [[35|killed;a=the Legal Medical Service]] of the victims have been identified, it said.\n\n"
    "Interior Minister Carolina Tohá said [[about 15,000 homes|housing;a=Interior Minister Carolina Tohá;alt=Carolina Tohá]] had been damaged or destroyed, and that [[more than 1,600 people|displaced;a=Interior Minister Carolina Tohá;alt=Carolina Tohá]] were staying in [[17 shelters|capacity;a=Interior Minister Carolina Tohá;alt=Carolina Tohá]]. "
    "[[Around 370 people|missing;a=the Valparaíso regional government]] were still unaccounted for, according to the Valparaíso regional government.\n\n"
    "The fire spread from a forest reserve on the afternoon of {{February 2}}, in temperatures above {{40 C}}, and reached the upper neighbourhoods of Viña in less than {{an hour}}. "
    "“Nobody came to warn us, the smoke came first and then the flames,” said Rosa Henríquez, {{67}}, in the El Olivar neighbourhood.\n\n"
    "The government sent [[about 1,300 soldiers|combatants]] to the region and imposed a curfew. "
    "Prosecutors said they had arrested [[two men|arrested;a=Prosecutors]], one of them a forestry brigade volunteer, on suspicion of starting the fire.\n\n"
    "In {{2014}}, a fire in the hills of nearby Valparaíso destroyed [[about 2,900 homes|housing]].",
)

# ---------------------------------------------------------------- numbers, but no figure

F(
    "Donors pledge billions for Ukraine's rebuilding at Rome conference",
    "ROME - Governments and companies pledged more than {{10 billion euros}} for Ukraine's reconstruction at a two-day conference in Rome that ended on Friday, Italian Prime Minister Giorgia Meloni said.\n\n"
    "The World Bank estimates that rebuilding Ukraine will cost {{$524 billion}} over the next {{decade}}, about {{2.8 times}} the country's economic output in {{2024}}. "
    "Housing accounts for the largest share, at {{13 percent}} of the total, followed by transport at {{11 percent}}.\n\n"
    "The European Union said it would provide {{2.3 billion euros}} in loans and guarantees under its {{50-billion-euro}} Ukraine Facility, which runs until {{2027}}. "
    "Ukraine's economy grew by {{2.9 percent}} last year, after a contraction of {{28.8 percent}} in {{2022}}, the first year of the full-scale invasion.\n\n"
    "Prime Minister Denys Shmyhal said Kyiv wanted private investors to take on at least {{a third}} of the cost. "
    "“Every euro invested today is a euro that will not be needed for aid tomorrow,” he said.\n\n"
    "The next conference will be held in Poland in {{July 2026}}.",
    ["two-day", "first year"],
)

F(
    "El Niño outlook: forecasters warn of floods in Peru, drought in the Amazon",
    "LIMA - Peru's national El Niño study committee raised its alert on Thursday, saying sea temperatures off the northern coast had risen {{2.1 C}} above normal in {{May}}, and that there was a {{70 percent}} chance of a moderate coastal El Niño lasting until {{March 2026}}.\n\n"
    "A moderate event usually brings heavy rain to the Piura and Tumbes regions between {{January and April}}, when rainfall can reach {{400 mm}} in a month, {{four times}} the average. "
    "The committee said the chance of a strong event was {{15 percent}}.\n\n"
    "In Brazil, meteorologists said rainfall in the northern Amazon had been {{40 percent}} below average for {{three months}}, and that the Rio Negro at Manaus could fall below {{13 metres}} by {{October}}, close to the record low of {{12.7 metres}} set in {{2023}}.\n\n"
    "Peru's government set aside {{1.2 billion soles}} for prevention work, including cleaning riverbeds and reinforcing {{60 km}} of dykes. "
    "“We have {{six months}}, not six weeks,” said the head of the committee, Ken Takahashi, at a news conference.",
    ["six weeks"],
)
