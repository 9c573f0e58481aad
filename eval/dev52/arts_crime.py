"""dev52 items: crime and policing (arrests, seizures, kidnappings for ransom, prisons, police
deployments) and accidents (roads, rail, boats, ferries, a tanker, a building, fires, a
stampede, spurious liquor).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Army seizes 1.5 tonnes of cocaine in Sonora",
    "Soldiers seized [[1.5 tonnes of cocaine|other;a=the Defense Ministry;n=tonnes]] hidden in a truck carrying limes near Caborca, the Defense Ministry said. "
    "[[Four suspects|arrested;a=the ministry;alt=the Defense Ministry]] were arrested and [[37 rifles|other;a=the ministry;alt=the Defense Ministry]] seized at a nearby ranch, the ministry said.",
)

F(
    "Machala prison riot leaves 17 dead",
    "[[Seventeen inmates|killed;a=the prison authority SNAI]] were killed in a riot at the Machala prison on Sunday, the prison authority SNAI said. "
    "[[Fourteen guards|kidnapped;a=the authority;alt=the prison authority SNAI]] were held hostage for hours, and [[about 150 inmates|other;a=the authority;alt=the prison authority SNAI]] escaped, [[92|arrested;a=the authority;alt=the prison authority SNAI]] of whom had been recaptured by Monday night, the authority said.",
)

F(
    "State of exception: more than 83,000 arrested",
    "Police and soldiers have arrested [[more than 83,000 people|arrested;a=the Security Ministry]] accused of gang membership since the state of exception began in {{March 2022}}, the Security Ministry said. "
    "[[About 8,000|arrested;a=the ministry;alt=the Security Ministry]] have been released for lack of evidence, the ministry said.",
)

F(
    "Jamtara cyber fraud racket busted, 42 held",
    "The Jharkhand Police arrested [[42 people|arrested;a=the Superintendent of Police]] in raids on villages in Jamtara and Deoghar and seized [[110 mobile phones|other;a=the Superintendent of Police;u=other]] and [[over 300 SIM cards|other;a=the Superintendent of Police]], the Superintendent of Police said. "
    "The gang had duped people in [[at least 18 States|other;a=the Superintendent of Police;u=other]], he said.",
)

F(
    "Police recover three kidnapped traders from Katcha area",
    "The Punjab police said they had recovered [[three kidnapped traders|kidnapped;a=The Punjab police]] from the riverine Katcha area of Rahim Yar Khan, where [[at least 14 people|kidnapped;a=The Punjab police]] were still held by dacoits for ransom. "
    "[[About 1,500 policemen|combatants]] backed by armoured vehicles are taking part in the operation.",
)

F(
    "Police rescue 20 kidnapped travellers on Abuja-Kaduna road",
    "Police rescued [[20 kidnapped travellers|kidnapped;a=the command's spokesman;alt=Mansir Hassan]] and arrested [[two suspects|arrested;a=the command's spokesman;alt=Mansir Hassan]] after a gun duel in the Katari forest, the command's spokesman, Mansir Hassan, said. "
    "He said the bandits, numbering [[between 15 and 20|combatants;a=the command's spokesman;alt=Mansir Hassan]], fled with gunshot wounds.",
)

F(
    "Another 200 Kenyan police officers leave for Haiti",
    "[[Another 200 police officers|combatants;a=the National Police Service]] left Nairobi for Port-au-Prince on Tuesday, bringing the Kenyan contingent of the Multinational Security Support mission to [[about 600|combatants;a=the National Police Service]], the National Police Service said. "
    "Kenya has pledged [[up to 1,000 officers|combatants;p;a=Kenya]] for the mission.",
)

F(
    "Bus falls into ravine in Kohistan, 26 killed",
    "[[At least 26 passengers|killed;a=Rescue officials]] were killed when a bus travelling from Gilgit to Rawalpindi fell into a ravine on the Karakoram Highway in Kohistan, Rescue officials said. "
    "The bus was carrying [[about 35 people|other]]. "
    "[[Nine injured|injured;a=the district administration;n=injured]] were airlifted to Abbottabad, the district administration said.",
)

F(
    "Trawler capsizes in Meghna: 9 dead, 11 missing",
    "A trawler carrying [[around 40 passengers|other;a=the Coast Guard]] capsized in the Meghna off Bhola after being hit by a cargo vessel on Thursday night, the Coast Guard said. "
    "Divers have recovered [[nine bodies|killed;a=the Coast Guard]] and [[20 people|other;a=the Coast Guard]] were rescued, while [[11|missing;a=the Coast Guard]] are still missing, the Coast Guard said.",
)

F(
    "Overloaded boat capsizes on Lake Kivu",
    "[[At least 78 people|killed;a=the South Kivu governor]] drowned when an overloaded boat capsized near the port of Kituku in Goma, the South Kivu governor said. "
    "The boat, licensed to carry [[no more than 100 passengers|capacity]], had [[as many as 278|other;a=survivors]] on board, survivors said.",
)

F(
    "Lagos building collapse: 7 dead, workers trapped",
    "[[Seven people|killed;a=the Lagos State Emergency Management Agency (LASEMA)]] were killed when a {{three-storey}} building under construction collapsed in Ojodu-Berger, the Lagos State Emergency Management Agency (LASEMA) said. "
    "It said [[between 20 and 30 workers|civilians;a=the Lagos State Emergency Management Agency (LASEMA)]] were feared trapped, and [[14|other;a=the Lagos State Emergency Management Agency (LASEMA)]] had been pulled out alive.",
)

F(
    "Fire at Gazipur factory kills 11 workers",
    "[[Eleven workers|killed;a=the Fire Service and Civil Defence]] were killed in a fire at a knitwear factory in Gazipur's Tongi area on Saturday, the Fire Service and Civil Defence said. "
    "[[Eighteen firefighting units|other;a=the Fire Service and Civil Defence;u=other]] took {{six hours}} to bring the blaze under control, it said.",
)

F(
    "Train collision in Odisha kills 11",
    "[[Eleven people|killed;a=the East Coast Railway]] were killed and [[over 40|injured;a=the East Coast Railway]] injured when a passenger train rammed a stationary goods train near Balasore late on Friday, the East Coast Railway said. "
    "[[Six coaches|other;a=the East Coast Railway;u=other]] derailed, it said, and [[five special trains|other;p;a=the East Coast Railway;u=other]] would run to clear stranded passengers.",
)

F(
    "Stampede at temple token counter kills six",
    "[[Six devotees|killed;a=the district Collector]] were killed and [[about 40|injured;a=the district Collector]] injured in a stampede at a token distribution counter in Tirupati on Wednesday night, the district Collector said. "
    "[[Over 4,000 people|other;a=the district Collector]] had gathered at the counter by {{8 p.m.}}, he said.",
)

F(
    "Spurious liquor kills 19 in Amritsar village",
    "[[Nineteen people|killed;a=the Deputy Commissioner]] died and [[12 others|injured;a=the Deputy Commissioner]] were hospitalised after consuming spurious liquor in Majitha, the Deputy Commissioner said on Tuesday. "
    "Police have arrested [[five people|arrested]], including the alleged supplier.",
)

F(
    "PNP: 6,252 killed in anti-drug operations",
    "The Philippine National Police said [[6,252 drug suspects|killed;a=The Philippine National Police]] were killed in police operations from {{2016}} to {{2022}}. "
    "Human rights groups have put the toll at [[up to 30,000|killed;a=Human rights groups]], including vigilante killings.",
)

F(
    "Police to deploy 155,000 personnel for Idul Fitri exodus",
    "The National Police will deploy [[155,000 personnel|combatants;p;a=National Police chief Listyo Wibowo;alt=Listyo Wibowo]] along major routes for the Idul Fitri exodus, National Police chief Listyo Wibowo said. "
    "[[About 193 million people|other;p;a=the Transportation Ministry]] are expected to travel during the holiday, according to the Transportation Ministry.",
)

F(
    "Search collective finds remains of 11 in Jalisco grave",
    "The Guerreros Buscadores collective said it had found the remains of [[at least 11 people|killed;a=The Guerreros Buscadores collective]] in a clandestine grave in Tlajomulco. "
    "[[More than 15,000 people|missing;a=state data]] are listed as missing in Jalisco, according to state data.",
)

F(
    "ELN frees six soldiers in Arauca",
    "The ELN freed [[six soldiers|kidnapped;a=the Ombudsman's Office]] it had held for {{three weeks}}, handing them to a humanitarian commission in Arauca, the Ombudsman's Office said. "
    "The office said [[at least 30 people|kidnapped;a=The office;alt=the Ombudsman's Office]] were still held by the group.",
)

F(
    "Stilfontein: 81 bodies brought up from mine shaft",
    "Rescuers brought up [[81 bodies|killed;a=police]] from an abandoned gold mine shaft in Stilfontein during a {{10-day}} operation, police said. "
    "[[232 survivors|arrested;a=police]] were arrested for illegal mining after being brought to the surface, police said.",
)

F(
    "Maré police operation leaves 10 dead",
    "[[Ten people|killed;a=the Rio state police]] were killed in an operation against drug traffickers in the Maré favela complex involving [[about 2,500 officers|combatants;a=the Rio state police]], the Rio state police said. "
    "[[As many as 45 schools|other;a=the city's education department]] were closed, according to the city's education department.",
)

F(
    "Karachi street crime: 62 killed resisting robbers",
    "[[Sixty-two citizens|killed;a=the Citizens-Police Liaison Committee (CPLC)]] were killed while resisting robbers in Karachi this year, the Citizens-Police Liaison Committee (CPLC) said. "
    "It said [[over 51,000 mobile phones|other;a=the Citizens-Police Liaison Committee (CPLC);u=other]] had been snatched and [[about 48,000 motorcycles|other;a=the Citizens-Police Liaison Committee (CPLC)]] stolen in the same period.",
)

F(
    "Gunmen abduct 137 pupils in Kaduna school",
    "Gunmen abducted [[at least 137 pupils|kidnapped;a=the school's head teacher]] and a teacher from a primary and secondary school in Kuriga, Chikun LGA, on Thursday morning, the school's head teacher said. "
    "[[Twenty-five pupils|kidnapped;a=the school's head teacher]] escaped into the bush and have returned home, he said. "
    "Residents said [[several dozen gunmen|combatants;a=Residents]] had arrived on motorcycles.",
)

F(
    "Ferry sinks in Bali Strait: 6 dead, 30 missing",
    "A ferry carrying [[65 people|other;a=the National Search and Rescue Agency (Basarnas)]] and [[22 vehicles|other;a=the National Search and Rescue Agency (Basarnas)]] sank in the Bali Strait late on Wednesday, the National Search and Rescue Agency (Basarnas) said. "
    "[[Twenty-nine survivors|other]] have been rescued and [[six bodies|killed]] recovered; [[the remaining 30|missing]] are still missing.",
)

F(
    "Tanker explosion in Niger State kills 86",
    "[[At least 86 people|killed;a=the National Emergency Management Agency (NEMA)]] were killed and [[55|injured;a=the National Emergency Management Agency (NEMA)]] injured when a fuel tanker exploded as residents scooped petrol after it overturned in Dikko, the National Emergency Management Agency (NEMA) said. "
    "[[Fifteen shops|housing;a=NEMA]] and [[11 motorcycles|other;a=NEMA]] were burned, NEMA said.",
)

F(
    "PTI workers arrested ahead of Islamabad rally",
    "The party said [[at least 40 workers|arrested;a=The party]] had been arrested in overnight raids in Rawalpindi and Islamabad ahead of its rally. "
    "The Islamabad police said [[some 10,000 policemen|combatants;a=The Islamabad police]] had been deployed and [[over 500 containers|other;a=The Islamabad police]] placed to block roads into the capital.",
)

F(
    "CTD kills five militants in Dera Ismail Khan raid",
    "The Counter-Terrorism Department said it killed [[five militants|killed;a=The Counter-Terrorism Department]] in a raid on a hideout in Dera Ismail Khan and arrested [[three others|arrested;a=The Counter-Terrorism Department]]. "
    "[[Two policemen|injured;a=The Counter-Terrorism Department]] were injured in the exchange of fire, it said.",
)

F(
    "Hyderabad police bust child trafficking ring, rescue 16 infants",
    "The Rachakonda police rescued [[16 infants|kidnapped;a=the Police Commissioner]] and arrested [[11 people|arrested;a=the Police Commissioner]], among them [[three nurses|arrested;a=the Police Commissioner]], who sold children to childless couples, the Police Commissioner said. "
    "The babies, {{between 10 and 30 days old}}, were taken to a shelter home, he said.",
)

F(
    "Guayaquil gang massacre kills nine in pool hall",
    "Gunmen killed [[nine people|killed;a=the National Police]] and wounded [[three|injured;a=the National Police]] at a pool hall in Guayaquil's Socio Vivienda area, the National Police said. "
    "[[About 20 suspects|arrested]] were detained in raids that followed.",
)
