"""dev50 items: tolls that are raised, lowered and corrected, tolls that rise through a day, and
rival counts of one event from different sources.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). An earlier value of a count is a figure; a value the text says was an
error (counted twice, transposed, never issued) is a negative (see README.md).
"""

from figset import F

F(
    "Gaza ministry raises Jabalia school strike toll to 112",
    "Gaza's health ministry raised the toll from Tuesday's strike on a school sheltering displaced families in Jabalia to [[112|killed;a=Gaza's health ministry]] from [[97|killed;a=Gaza's health ministry]], saying [[thousands of displaced people|displaced;a=Gaza's health ministry]] had been sheltering in its classrooms. "
    "The Israeli military said it had struck a command room used by Hamas and that [[about 20 militants|combatants;a=The Israeli military]] had been inside.",
)

F(
    "Nepal lowers Syangja landslide toll after list error",
    "Nepal's home ministry revised the death toll from the Syangja landslide down to [[38|killed;a=Nepal's home ministry]] from {{51}}, saying a list sent by the district office had counted several victims twice. "
    "[[Fourteen people|missing;a=the ministry;alt=Nepal's home ministry]] are still missing and [[212 families|displaced;a=the ministry;alt=Nepal's home ministry]] have been moved to [[three schools|capacity;a=the ministry;alt=Nepal's home ministry]] in the district headquarters, the ministry said.",
)

F(
    "Quetta station bombing toll rises to 53",
    "The toll from the suicide bombing at Quetta railway station rose to [[53|killed;a=a provincial government spokesman]] on Saturday, a toll earlier given as [[40|killed;a=a provincial government spokesman]], after [[13 of the wounded|killed;a=a provincial government spokesman]] died in hospital, a provincial government spokesman said. "
    "He said [[more than 120 people|injured;a=a provincial government spokesman]] were still being treated at the Civil Hospital and the Combined Military Hospital.",
)

F(
    "Kenya protests: rights commission and police give different tolls",
    "The Kenya National Commission on Human Rights said [[39 people|killed;a=The Kenya National Commission on Human Rights]] had been killed and [[361|injured;a=The Kenya National Commission on Human Rights]] injured in {{two weeks}} of protests against the finance bill. "
    "Police put the toll at [[19|killed;a=Police]] and said [[627 people|arrested;a=Police]] had been arrested. "
    "The commission also said [[32 people|missing;a=The commission;alt=The Kenya National Commission on Human Rights]] taken by men in plain clothes were still missing.",
)

F(
    "Dhaka ferry capsize: toll climbs through the day",
    "Divers had recovered [[12 bodies|killed]] by noon on Sunday after a ferry carrying [[about 100 passengers|other]] capsized on the Buriganga river in Dhaka. "
    "By evening the toll had risen to [[31|killed;a=the fire service]], the fire service said, and [[at least 20 people|missing;a=the fire service]] were unaccounted for. "
    "A police official said [[48|other;a=A police official]] had swum ashore or been pulled from the water.",
)

F(
    "IOM revises down displacement estimate for Sudan's White Nile",
    "IOM's Displacement Tracking Matrix revised its estimate of people displaced in White Nile state down to [[about 412,000|displaced;a=IOM's Displacement Tracking Matrix]], from [[about 560,000|displaced;a=IOM's Displacement Tracking Matrix]] a month earlier, after it found that [[some 150,000 people|returned;a=IOM's Displacement Tracking Matrix]] had gone back to their villages in Al Jabalain. "
    "The agency said [[more than 1,900 households|returned;a=The agency;alt=IOM's Displacement Tracking Matrix]] had returned in the past week alone.",
)

F(
    "Morocco corrects number injured in earthquake",
    "Morocco's interior ministry said [[2,912 people|killed;a=Morocco's interior ministry]] had been killed by the {{magnitude 6.8}} earthquake and that [[5,530|injured;a=Morocco's interior ministry]] were injured. "
    "The ministry later corrected the figure for the injured, which it had given as {{5,350}} in a statement on Tuesday, saying the digits had been transposed. "
    "[[More than 50,000 homes|housing;a=Morocco's interior ministry]] were damaged, it said.",
)

F(
    "Syria coast killings: monitor's count far above committee's",
    "The Syrian Observatory for Human Rights said [[1,383 civilians|killed;a=The Syrian Observatory for Human Rights]] had been killed in {{four days}} of violence in Latakia and Tartus provinces, most of them Alawites. "
    "A government fact-finding committee put the number of dead at [[between 600 and 700|killed;a=A government fact-finding committee]], including [[about 230 members of the security forces|killed;a=A government fact-finding committee;n=members]].",
)

F(
    "Jamaica hurricane toll rises to 28",
    "Jamaica's information minister said the toll from the hurricane had risen to [[28|killed;a=Jamaica's information minister]], up from [[19|killed;a=Jamaica's information minister]] the day before, as crews reached cut-off parishes in the west. "
    "[[More than 1,200 people|displaced;a=Jamaica's information minister]] remained in [[121 shelters|capacity;a=Jamaica's information minister]] across the island, she said.",
)

F(
    "Tbilisi protests: ministry and lawyers differ on detentions",
    "Georgia's interior ministry said [[293 people|arrested;a=Georgia's interior ministry]] had been detained since the protests began, [[41|arrested;a=Georgia's interior ministry]] of them overnight, and that [[143 police officers|injured;a=Georgia's interior ministry]] had been hurt. "
    "A legal aid group working with the opposition said it had counted [[more than 400 detainees|arrested;a=A legal aid group working with the opposition]], [[about 80|injured;a=A legal aid group working with the opposition]] of whom had been beaten in custody.",
)

F(
    "Mayotte cyclone: provisional toll stands at 39",
    "The provisional toll from the cyclone stood at [[39 dead|killed;a=the prefecture]] and [[more than 4,000 injured|injured;a=the prefecture]] on Friday, according to the prefecture, which warned that the final figure would be far higher. "
    "The interior minister had said earlier that [[several hundred|killed;a=The interior minister]], perhaps [[a few thousand|killed;a=The interior minister]], might have died in the shanty towns around Mamoudzou.",
)

F(
    "Derna floods: UN office revises toll it attributed to Red Crescent",
    "The UN humanitarian office revised the number of people killed in the Derna floods to [[4,120|killed;a=the World Health Organization]], citing the World Health Organization, after earlier quoting a toll of {{10,800}} that the Libyan Red Crescent said it had never issued. "
    "[[More than 8,500 people|missing;a=The UN humanitarian office]] were still registered as missing, it said.",
)

F(
    "Goma: government and UN tolls diverge",
    "Congo's government spokesman said [[nearly 3,000 people|killed;a=Congo's government spokesman]] had been killed when {{M23}} rebels took Goma, a figure that included bodies still in the streets. "
    "The UN's resident coordinator gave a toll of [[at least 900 dead|killed;a=The UN's resident coordinator]] and [[2,880 wounded|injured;a=The UN's resident coordinator]], counted in the city's hospitals and morgues.",
)

F(
    "Valencia floods: number of missing revised down to 89",
    "The Valencia regional government revised the number of people still missing after the floods down to [[89|missing;a=The Valencia regional government]] from [[about 1,900|missing;a=The Valencia regional government]] earlier in the week, after most calls to the emergency line were traced to people who were safe. "
    "[[About 190,000 residents|civilians;a=officials]] of the worst-hit towns were still without drinking water, officials said.",
)

F(
    "Columbus school shooting: police lower injured count",
    "[[Two students|killed;a=police]], {{aged 15 and 16}}, were killed when a gunman opened fire in the cafeteria of a high school in Columbus, Ohio, police said. "
    "Police had first said {{18 people}} were wounded, but lowered the count to [[17|injured;a=Police]] on Thursday after finding that a student had been listed twice; [[14 of them|injured;a=Police;n=-]] were students.",
)

F(
    "Kyiv strike: toll rises to 23",
    "The toll from a Russian missile strike on a residential building in Kyiv rose to [[23|killed;a=the city's military administration]] on Friday, including [[four children|killed;a=the city's military administration]], the city's military administration said. "
    "It had given a toll of [[16 dead|killed;a=the city's military administration]] on Thursday evening, when rescuers were still digging through {{nine floors}} of rubble.",
)

F(
    "Rakhine: UNHCR and junta differ on displacement",
    "UNHCR said [[more than 600,000 people|displaced;a=UNHCR]] had been displaced in Rakhine state since fighting resumed in {{November 2023}}. "
    "The military government's information team said the figure was [[about 150,000|displaced;a=The military government's information team]] and that [[more than 40,000|returned;a=The military government's information team]] had already gone home.",
)

F(
    "Lesbos sinking: number missing falls as survivors turn up in Turkey",
    "The Hellenic Coast Guard said [[22 migrants|missing;a=The Hellenic Coast Guard]] were still missing after their dinghy sank off Lesbos, down from [[31|missing;a=The Hellenic Coast Guard]] after [[nine|other;a=The Hellenic Coast Guard]] were found alive on the Turkish coast. "
    "[[Seven bodies|killed;a=The Hellenic Coast Guard]] have been recovered, it said.",
)

F(
    "Kunar earthquake toll rises past 1,300",
    "The Taliban administration's chief spokesman said the toll from the earthquake in Kunar province had risen to [[1,362|killed;a=The Taliban administration's chief spokesman]] and that [[more than 2,900 people|injured;a=The Taliban administration's chief spokesman]] were injured. "
    "Local officials in Nurgal district had given a toll of [[700-800|killed;a=Local officials in Nurgal district]] on Monday, when rescuers had yet to reach [[dozens of villages|other;a=Local officials in Nurgal district]] in the mountains.",
)

F(
    "El Fasher hospital attack: doctors' network and WHO give counts",
    "The Sudan Doctors Network said RSF fighters had killed [[more than 460 patients and companions|killed;a=The Sudan Doctors Network;n=patients and companions]] at the Saudi Maternity Hospital in El Fasher. "
    "The WHO said it had verified [[at least 180 deaths|killed;a=The WHO]] and that [[six health workers|kidnapped;a=The WHO]] had been abducted. "
    "[[Tens of thousands of civilians|civilians]] were still trapped in the city.",
)

F(
    "Philippines: disaster council corrects evacuation count",
    "The National Disaster Risk Reduction and Management Council corrected its count of people in evacuation centres after Typhoon Kalmaegi to [[412,000|displaced;a=The National Disaster Risk Reduction and Management Council]], saying an earlier report of {{1.4 million}} had wrongly added people who were only registered for pre-emptive evacuation. "
    "It said [[about 1.1 million people|civilians;a=The National Disaster Risk Reduction and Management Council]] had been affected and that [[3,400 evacuation centres|capacity;a=The National Disaster Risk Reduction and Management Council]] were open.",
)

F(
    "Afghan returns from Iran: Tehran and UNHCR counts",
    "Iran's interior ministry said [[more than 1.5 million Afghans|returned;a=Iran's interior ministry]] had left the country since {{March}}, most of them deported. "
    "UNHCR put the number of returns at [[about 1.2 million|returned;a=UNHCR]], [[about 500,000|returned;a=UNHCR]] of them in {{June}} alone.",
)

F(
    "Nigeria tanker blast toll climbs to 98",
    "The toll from the tanker explosion in Niger State climbed to [[98|killed;a=the state emergency management agency]] on Sunday, the state emergency management agency said, up from [[70|killed;a=the state emergency management agency]] on Saturday, as more of the injured died. "
    "[[Fifty-five people|injured;a=the agency;alt=the state emergency management agency]] were still in hospital, the agency said.",
)

F(
    "Haiti massacre: rights network and UN differ",
    "The National Human Rights Defense Network said [[about 150 gang members|combatants;a=The National Human Rights Defense Network]] had killed [[at least 115 people|killed;a=The National Human Rights Defense Network]] in Pont-Sondé and set fire to [[45 houses|housing;a=The National Human Rights Defense Network]]. "
    "The UN's integrated office put the toll at [[70|killed;a=The UN's integrated office]], among them [[10 women|killed;a=The UN's integrated office]], and said [[more than 6,000 people|displaced;a=The UN's integrated office]] had fled to Saint-Marc.",
)

F(
    "Typhoon in Vietnam: toll doubles overnight",
    "Vietnam's disaster agency said [[143 people|killed;a=Vietnam's disaster agency]] had died in the typhoon and the floods and landslides that followed, more than double the [[64|killed;a=Vietnam's disaster agency]] it reported on Monday. "
    "[[Fifty-eight people|missing;a=the agency;alt=Vietnam's disaster agency]] were missing, among them [[the 20 passengers|missing;a=the agency;alt=Vietnam's disaster agency]] of a bus buried by a landslide in Cao Bang, the agency said.",
)

F(
    "Tigray: regional and federal officials differ on returns",
    "The Tigray interim administration said [[about 65,000 displaced people|returned;a=The Tigray interim administration]] had gone back to their homes in Tselemti district, while [[more than 1 million|displaced;a=The Tigray interim administration]] remained in camps and host communities. "
    "A federal official told Reuters the number of returnees was [[between 25,000 and 30,000|returned;a=A federal official]].",
)

F(
    "Istanbul nightclub fire: governor revises toll down",
    "The Istanbul governor's office revised the toll from the nightclub fire down to [[27|killed;a=The Istanbul governor's office]], saying a body counted by hospital staff had been that of a person already on its list. "
    "An earlier statement had given {{28}}. "
    "[[Eight people|injured;a=The Istanbul governor's office]] were treated in hospital and [[five|arrested;a=The Istanbul governor's office]], including the club's manager, were detained, it said.",
)

F(
    "Iran protests: rights group's count rises",
    "Iran Human Rights, a Norway-based group, said the number of protesters killed by security forces had risen to [[154|killed;a=Iran Human Rights]], including [[nine|killed;a=Iran Human Rights]] {{under the age of 18}}, from [[133|killed;a=Iran Human Rights]] a week ago. "
    "State media said [[as many as 1,000 people|arrested;a=State media]] had been arrested in Tehran province.",
)

F(
    "Bihar hooch deaths: administration and villagers differ",
    "The district administration in Siwan said [[24 people|killed;a=The district administration in Siwan]] had died after drinking spurious liquor and that [[19|injured;a=The district administration in Siwan]] were being treated. "
    "Villagers told reporters they had cremated [[as many as 60|killed;a=Villagers]]. "
    "Police have arrested [[11 people|arrested]], among them the alleged supplier.",
)

F(
    "Cameroon: number of abducted students rises after headcount",
    "The governor of the Northwest region said a headcount at the secondary school in Kumbo had found that [[17 students|kidnapped;a=The governor of the Northwest region]] were taken by separatist fighters, not the [[11|kidnapped;a=The governor of the Northwest region]] first reported. "
    "A teacher and the school's driver were also abducted, he said, and [[three students|kidnapped;a=The governor of the Northwest region]] had escaped into the bush.",
)

F(
    "Ecuador prison riot: toll revised to 46",
    "Ecuador's prison service revised the toll from the riot at the Machala prison to [[46 inmates|killed;a=Ecuador's prison service]] from [[31|killed;a=Ecuador's prison service]], after forensic teams found [[15 more bodies|killed;a=Ecuador's prison service]] in a burned wing. "
    "It said [[about 1,200 soldiers and police|combatants;a=Ecuador's prison service;n=soldiers and police]] had retaken the prison and moved its remaining prisoners to other jails.",
)

F(
    "Yemen strike: Houthi and US figures",
    "The Houthi-run health ministry said [[68 African migrants|killed;a=The Houthi-run health ministry]] were killed and [[47|injured;a=The Houthi-run health ministry]] injured when a US strike hit a detention centre in Saada holding [[115 migrants|arrested;a=The Houthi-run health ministry]]. "
    "US Central Command said it was reviewing the claim.",
)

F(
    "Flood toll in Brazil's south rises through the day",
    "Rio Grande do Sul's civil defence raised the toll from the floods to [[83|killed;a=Rio Grande do Sul's civil defence]] in its morning bulletin and to [[90|killed;a=Rio Grande do Sul's civil defence]] by the evening, when it also counted [[111 people|missing;a=Rio Grande do Sul's civil defence]]. "
    "[[More than 150,000 people|displaced;a=the state government]] had left their homes, [[about 20,000|displaced;a=the state government]] of them for public shelters, the state government said.",
)
