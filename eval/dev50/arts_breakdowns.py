"""dev50 items: tolls broken down ("of whom 40 were children", "including 12 women", "among
them three aid workers", "two soldiers and five civilians"), parts of wholes, "the remaining",
shares that are not counts ("one in four", "90%"), and lists in prose as a table would give
them ("killed, 23; wounded, 52").

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). A part takes the category of the whole it breaks down (see README.md).
"""

from figset import F

F(
    "Balochistan attacks: home department's figures",
    "The provincial home department gave these figures for Monday's attacks in Balochistan: killed, [[23|killed;a=The provincial home department]] ([[14 civilians|killed;a=The provincial home department]], [[nine soldiers and police|killed;a=The provincial home department;n=soldiers and police]]); wounded, [[52|injured;a=The provincial home department]]; arrested, [[six|arrested;a=The provincial home department]]. "
    "[[Between 20 and 25 attackers|combatants]] took part.",
)

F(
    "Kadugli market shelling kills at least 120",
    "Save the Children said [[at least 120 people|killed;a=Save the Children]] had been killed when shells hit the main market in Kadugli, [[40|killed;a=Save the Children]] of whom were children. "
    "[[More than 200|injured;a=the charity;alt=Save the Children]] were wounded, the charity said.",
)

F(
    "Ituri: ADF attack on Christian village",
    "[[At least 52 civilians|killed;a=a local civil society leader]], including [[12 women|killed;a=a local civil society leader]] and [[seven children|killed;a=a local civil society leader]], were killed with machetes in an overnight attack on Komanda, a local civil society leader told AFP. "
    "The attackers also burned [[dozens of houses|housing;a=a local civil society leader]] and took [[about 20 people|kidnapped;a=a local civil society leader]] into the forest, he said.",
)

F(
    "Deir al-Balah strike kills aid workers",
    "[[Eleven people|killed;a=the Palestine Red Crescent]], among them [[three aid workers|killed;a=the Palestine Red Crescent]], were killed when an Israeli strike hit a tent camp in Deir al-Balah, the Palestine Red Crescent said. "
    "The World Central Kitchen said [[two|killed;a=The World Central Kitchen]] of those killed were its staff.",
)

F(
    "Mali: convoy attack kills soldiers and civilians",
    "The attack on a supply convoy near Boni killed [[two soldiers|killed;a=the army]] and [[five civilians|killed;a=the army]], the army said, and [[eight trucks|other;a=the army]] were burned. "
    "It said [[up to 200 fighters|combatants;a=the army]] had taken part in the attack.",
)

F(
    "Ferry sinking off Zanzibar: 162 rescued",
    "Of the [[230 passengers|other;a=the Zanzibar government]] on board, [[162|other;a=the Zanzibar government]] were rescued and [[41 bodies|killed;a=the Zanzibar government]] recovered, the Zanzibar government said on Thursday. "
    "Divers are still searching for [[the remaining 27|missing]].",
)

F(
    "Adré arrivals: mostly women and children",
    "Of the [[2,340 refugees|displaced;a=UNHCR]] who arrived at Adré last week, [[1,910|displaced;a=UNHCR]] were women and children, UNHCR said. "
    "[[About 300|displaced]] were children travelling alone.",
)

F(
    "Guatemala receives deportees from US",
    "The [[1,218 Guatemalans|returned;a=Guatemala's migration institute]] deported from the United States last week included [[211 minors|returned;a=Guatemala's migration institute]], Guatemala's migration institute said, [[39|returned;a=Guatemala's migration institute]] of whom travelled without a parent. "
    "[[Forty-four|returned]] more were sent back from Mexico by bus.",
)

F(
    "Herat earthquake: houses destroyed",
    "The Afghan disaster authority said [[4,320 houses|housing;a=The Afghan disaster authority]] had been damaged in Herat province, [[1,150|housing;a=The Afghan disaster authority;u=structure]] of them completely destroyed, and that [[20 villages|other;a=The Afghan disaster authority]] had been flattened. "
    "Some {{90%}} of the dead were women and children.",
)

F(
    "Dagestan riot: 312 detained, 46 of them minors",
    "Police detained [[312 people|arrested;a=Dagestan's interior ministry]] after a mob stormed the airport in Makhachkala, Dagestan's interior ministry said, [[46|arrested;a=Dagestan's interior ministry]] of them minors. "
    "It said [[nine officers|injured;a=Dagestan's interior ministry]] were injured and [[115|arrested;a=Dagestan's interior ministry]] of the detained had been charged.",
)

F(
    "Mogadishu hotel siege: 26 dead",
    "Of the [[26 dead|killed;a=police spokesman Abdifatah Aden;alt=Abdifatah Aden]], [[nine|killed;a=police spokesman Abdifatah Aden;alt=Abdifatah Aden]] were members of the security forces and the rest were guests and staff, police spokesman Abdifatah Aden said. "
    "[[All six attackers|killed]] were killed after a {{12-hour}} siege. He said [[106 people|other;a=police spokesman Abdifatah Aden]] had been rescued.",
)

F(
    "Rutshuru fighting: where the displaced went",
    "[[About 85,000 people|displaced;a=OCHA]] fled the fighting around Rutshuru in {{four days}}, OCHA said: [[about 60,000|displaced;a=OCHA]] towards Goma, and [[some 25,000|displaced;a=OCHA]] across the border into Uganda. "
    "[[Fewer than 5,000|displaced]] found space in the existing camps.",
)

F(
    "IOM flights bring migrants home from Libya and Niger",
    "[[3,412 people|returned;a=Nigeria's emergency management agency]] came home on IOM's voluntary return flights in {{the first quarter}}, Nigeria's emergency management agency said: [[1,020|returned;a=Nigeria's emergency management agency]] from Libya and [[2,392|returned;a=Nigeria's emergency management agency]] from Niger. "
    "[[About 700|returned;p]] more are due to fly home in {{April}}.",
)

F(
    "Gaza: most of the population displaced",
    "[[About 1.9 million people|displaced;a=UNRWA]], or {{90%}} of Gaza's population, have been displaced, many of them several times, UNRWA said. "
    "[[About 1 million|displaced;a=UNRWA]] are sheltering in or near the agency's [[154 installations|capacity;a=UNRWA;u=structure]], it said.",
)

F(
    "Pakistan monsoon deaths by province",
    "Deaths by province since {{June 26}}, according to the National Disaster Management Authority: Khyber Pakhtunkhwa [[219|killed;a=the National Disaster Management Authority]], Punjab [[67|killed;a=the National Disaster Management Authority]], Sindh [[25|killed;a=the National Disaster Management Authority]], Balochistan [[19|killed;a=the National Disaster Management Authority]]. "
    "[[More than 1,600 houses|housing]] have been damaged.",
)

F(
    "WFP food reaches Tigray",
    "WFP said it had distributed [[4,200 tonnes|aid;a=WFP]] of food in central Tigray in {{May}}, including [[1,300 tonnes of wheat flour|aid;a=WFP;n=tonnes]], to [[about 310,000 people|aid;a=WFP]]. "
    "[[About 80,000|civilians;a=WFP]] it had planned to reach were cut off by fighting, it said.",
)

F(
    "Kenyan police in Haiti: 400 of 1,000",
    "Kenya has sent [[400 police officers|combatants;a=Kenya's interior ministry]] to Haiti so far of the [[1,000|combatants;a=Kenya's interior ministry;p]] it pledged for the multinational mission, Kenya's interior ministry said. "
    "[[A further 200|combatants;a=Kenya's interior ministry;p]] will travel next month, it said.",
)

F(
    "Kaduna school abduction: pupils and teachers taken",
    "Gunmen took [[163 pupils and teachers|kidnapped;a=the state government;n=pupils and teachers]] from a school in Kaduna State on Thursday, the state government said: [[152 pupils|kidnapped;a=the state government]] and [[11 teachers|kidnapped;a=the state government]]. "
    "[[Twenty-eight|kidnapped;a=residents]] escaped on the way into the forest, residents said.",
)

F(
    "Zimbabwe mine collapse: seven still missing",
    "Of the [[48 miners|civilians;a=the mines ministry]] trapped when a shaft collapsed at a gold mine near Bindura, [[19|killed;a=the mines ministry]] were confirmed dead, [[22|other;a=the mines ministry]] were rescued and [[seven|missing;a=the mines ministry]] remain missing, the mines ministry said.",
)

F(
    "Bangladesh: new camps for Rohingya arrivals",
    "The [[12 new camps|capacity;a=the Refugee Relief and Repatriation Commissioner;p]] being built near Ukhiya can hold [[up to 60,000 people|capacity;a=the Refugee Relief and Repatriation Commissioner;p]], the Refugee Relief and Repatriation Commissioner told reporters. "
    "UNHCR has sent [[5,000 family tents|aid;a=the Refugee Relief and Repatriation Commissioner]], he said.",
)

F(
    "Kurram clashes: militants and soldiers killed",
    "[[Thirty-two militants|killed;a=the army's media wing]] and [[eight soldiers|killed;a=the army's media wing]] were killed in clashes in Kurram district, the army's media wing said. "
    "The Pakistani Taliban said [[only five|killed;a=The Pakistani Taliban]] of its fighters had died. "
    "The army has sent [[about 3,000 troops|combatants]] to the district since {{October}}.",
)

F(
    "Tunisian coast guard rescues migrants",
    "The Tunisian national guard said it had rescued [[612 migrants|other;a=The Tunisian national guard]] off Sfax over the weekend, [[88|other;a=The Tunisian national guard]] of them women and [[41|other;a=The Tunisian national guard]] children. "
    "[[Fourteen bodies|killed;a=The Tunisian national guard]] were recovered, it said.",
)

F(
    "Gaza malnutrition: children treated in July",
    "UNICEF said [[more than 2,700 children|other;a=UNICEF]] had been treated for acute malnutrition in Gaza in {{July}}, {{one in four}} of them for its severe form. "
    "[[Eighteen children|killed;a=the health ministry]] had died of malnutrition since {{June}}, according to the health ministry.",
)

F(
    "Malawi floods: households affected and displaced",
    "The Department of Disaster Management Affairs said [[12,400 households|civilians;a=The Department of Disaster Management Affairs]] had been affected by flooding in Nsanje and Chikwawa, and that [[3,100|displaced;a=The Department of Disaster Management Affairs;u=household]] had moved to [[27 camps|capacity;a=The Department of Disaster Management Affairs]]. "
    "[[About 58,000 people|civilians]] have lost their crops.",
)

F(
    "South Lebanon strikes kill paramedics",
    "Israeli strikes on southern Lebanon killed [[31 people|killed;a=Lebanon's health ministry]], including [[five paramedics|killed;a=Lebanon's health ministry]] of the Islamic Health Committee, Lebanon's health ministry said. "
    "[[Eighty-six|injured;a=the ministry;alt=Lebanon's health ministry]] were wounded, the ministry said.",
)

F(
    "Bangladesh unrest: deaths by city",
    "[[At least 210 people|killed;a=Prothom Alo]] were killed in {{nine days}} of unrest, [[78|killed;a=Prothom Alo]] of them in Dhaka, according to a count by Prothom Alo. "
    "The newspaper counted [[at least 12 police officers|killed;a=The newspaper;alt=Prothom Alo]] among the dead.",
)

F(
    "Myanmar quake: buildings damaged in Mandalay",
    "The military government said [[4,312 buildings|housing;a=The military government]] had been damaged in Mandalay, [[780|housing;a=The military government;u=structure]] of them collapsed, and that [[36 monasteries|housing;a=The military government;u=structure]] had been hit. "
    "[[Tens of thousands of people|displaced]] were sleeping in the streets.",
)

F(
    "MSF treats survivors of sexual violence around Goma",
    "MSF said its teams had treated [[about 2,600 survivors of sexual violence|other;a=MSF;n=survivors]] in displacement camps around Goma in {{two weeks}}, [[more than 400|other;a=MSF]] of them girls {{under 18}}. "
    "It said [[about 650,000 people|displaced;a=MSF]] were living in the camps.",
)

F(
    "Haiti prison break: thousands escape, few recaptured",
    "[[About 4,700 inmates|other;a=the prison authority]] escaped from the National Penitentiary when gangs stormed it, the prison authority said, and [[about 1,300|arrested;a=the prison authority]] have since been recaptured. "
    "[[Only 98|arrested]] stayed in their cells.",
)

F(
    "Maiduguri camps: who lives where",
    "The [[17 displacement sites|capacity;a=the Borno State Emergency Management Agency]] in Maiduguri house [[about 410,000 people|displaced;a=the Borno State Emergency Management Agency]], or [[almost 60,000 households|displaced;a=the Borno State Emergency Management Agency]], according to the Borno State Emergency Management Agency. "
    "[[Over 50,000|displaced]] arrived after the floods.",
)

F(
    "Karachi fire: factory workers among the dead",
    "[[Fourteen|killed;a=rescue officials]] of the [[17 dead|killed;a=rescue officials]] were workers at a garment factory on the building's top floors, rescue officials said. "
    "[[Twenty-three people|injured]] were taken to Civil Hospital, and [[about 60|other;a=the fire brigade]] were brought down by ladder, according to the fire brigade.",
)

F(
    "Taiz shelling: children among casualties",
    "Shelling on a residential area of Taiz killed [[four people|killed;a=Save the Children]], all of them children, and wounded [[nine|injured;a=Save the Children]], among them [[two women|injured;a=Save the Children]], Save the Children said.",
)
