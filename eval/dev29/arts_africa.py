"""dev29 articles: Sudan, Chad, South Sudan; DRC, the Great Lakes and Mozambique; the Sahel and the Horn of Africa.

Marks: [[span|category;a=source;...]] is a figure, {{span}} a negative (eval/figset/marks.py).
"""

from figset import F

# ---------------------------------------------------------------- Sudan, Chad, South Sudan

F(
    "Fighting near Bara sends thousands toward Kosti, IOM says",
    "KOSTI, Sudan (Reuters) - Renewed fighting around the town of Bara in North Kordofan has forced [[more than 11,000 people|displaced;a=the International Organization for Migration]] from their homes in the past week, the International Organization for Migration said on Thursday. "
    "Most walked or travelled by donkey cart toward Kosti, {{about 300 km}} to the southeast, or toward El Obeid, the agency said.\n\n"
    "Aid workers in Kosti said [[about 2,400 families|displaced;a=Aid workers in Kosti]] had reached the Goz El Salam gathering site since Sunday. "
    "“We received [[460 families|displaced;a=Hawa Adam, a volunteer at the site;alt=Hawa Adam]] yesterday alone, and there is nowhere to put them,” said Hawa Adam, a volunteer at the site. "
    "The site was set up in {{2023}} for [[5,000 people|capacity;a=Hawa Adam]] and now holds [[more than 14,000|displaced;a=Hawa Adam]], she said.\n\n"
    "The Rapid Support Forces said on Wednesday they had taken Bara from the army, a claim the army denied. "
    "Residents said [[at least 27 civilians|killed;a=Residents]] were killed when shells hit the main market on Monday. "
    "A doctor at the town's hospital said staff had treated [[83 wounded|injured;a=A doctor at the town's hospital]] before power was cut.\n\n"
    "Across Sudan, [[more than 10 million people|displaced;a=IOM]] are displaced inside the country, IOM says, and [[about 4 million|displaced;a=IOM]] have fled abroad since the war began in {{April 2023}}. "
    "The UN says [[30 million people|civilians;a=The UN]] need humanitarian aid this year, and that its {{$4.2 billion}} appeal is {{less than 15 percent}} funded.\n\n"
    "WFP said it planned to deliver food to [[120,000 people|aid;p;a=WFP]] in White Nile state in October, but that [[17 trucks|aid;a=WFP]] carrying sorghum had been held at a checkpoint for {{nine days}}.",
)

F(
    "Adré crossing: arrivals climb as El Geneina road reopens",
    "ADRÉ, Chad - The number of Sudanese refugees crossing into eastern Chad has tripled since the border crossing at Adré reopened to traffic on {{August 15}}, the UN refugee agency said in a statement.\n\n"
    "UNHCR said it registered [[14,312 new arrivals|displaced;a=UNHCR]] in the first {{two weeks}} of September, against [[about 4,500|displaced;a=UNHCR]] in the same period of August. "
    "Nearly all came from West Darfur, and {{86 percent}} were women and children, it said.\n\n"
    "Chad already hosts [[more than 1.2 million refugees|displaced;a=the agency;alt=UNHCR]], according to the agency, most of them in camps and informal settlements around Adré, Farchana and Iriba. "
    "The informal site next to the border post, meant as a transit point for [[2,000 people|capacity]], now shelters [[about 230,000|displaced]].\n\n"
    "“Every morning we count the new shelters made of sticks and plastic,” said Ibrahim Moussa, a community leader in the site. "
    "“Last week [[more than 900 families|displaced]] came, and the latrines were already full.”\n\n"
    "UNHCR and the Chadian government plan to relocate [[40,000 refugees|displaced;p;a=UNHCR and the Chadian government]] from the border to a new camp at Dougui, {{70 km}} inland, before the end of the year. "
    "Trucks have so far moved [[6,800 people|displaced]] there in [[11 convoys|other]].\n\n"
    "Médecins Sans Frontières said its teams at the Adré hospital had treated [[1,146 children|other;a=Médecins Sans Frontières]] for severe malnutrition since January, and that [[about 60 patients|injured;a=Médecins Sans Frontières]] with gunshot wounds had been brought across the border in August.",
    ["first"],
)

F(
    "South Sudan: Renk transit centre overwhelmed as returnees pour in",
    "JUBA (Radio Tamazuj) - The transit centre at Renk in Upper Nile state is holding nearly {{four times}} the number of people it was built for, as South Sudanese returning from Sudan wait for boats to take them south, officials said on Tuesday.\n\n"
    "The centre, designed for [[3,000 people|capacity;a=the Relief and Rehabilitation Commission in Renk]], was sheltering [[about 11,500|displaced;a=the Relief and Rehabilitation Commission in Renk]] at the weekend, according to the Relief and Rehabilitation Commission in Renk. "
    "The commission's coordinator, James Deng, said [[more than 700 people|returned;a=The commission's coordinator, James Deng;alt=James Deng]] were crossing at the Joda border point each day.\n\n"
    "Since the war in Sudan began in {{April 2023}}, [[more than 850,000 people|returned;a=the UN]] have crossed into South Sudan, according to the UN. "
    "Most are South Sudanese going back to a country many left during the civil war that ended in {{2018}}; the rest are Sudanese refugees.\n\n"
    "Deng said the barge service to Malakal, a trip of {{three days}} upriver, had carried [[1,900 returnees|returned;a=Deng;alt=James Deng]] in September. "
    "But the [[two barges|other;a=Deng;alt=James Deng;u=other]] can take [[no more than 400 passengers|capacity;a=Deng;alt=James Deng]] per trip, he said, and the fuel to run them costs {{$9,000}} a week.\n\n"
    "In the centre, families sleep under trees and in the open. "
    "“We have been here {{23 days}}. My children are sick,” said Achol Garang, {{41}}, who fled Khartoum with her children. "
    "Health officials reported [[312 cases|other;u=other;a=Health officials]] of acute watery diarrhoea in the centre in the past {{two weeks}}, and [[four deaths|killed;a=Health officials]].\n\n"
    "The International Organization for Migration said it would fly [[about 1,000 of the most vulnerable returnees|returned;p;a=The International Organization for Migration;n=returnees]] to Juba and Aweil this month. "
    "Another [[5,000|returned;p;a=The International Organization for Migration]] are expected to leave by road once the rains end in November, it said.",
)

F(
    "Gunmen kill 42 in Plateau villages; thousands flee to Bokkos",
    "JOS, Nigeria - Gunmen attacked [[five villages|other;a=the state government]] in the Bokkos area of Plateau State overnight on Sunday, killing [[at least 42 people|killed;a=the state government]], the state government said.\n\n"
    "A spokesman for the governor said the attackers arrived on motorcycles shortly after 11 p.m. and set fire to homes as residents slept. "
    "He said [[more than 200 houses|housing;a=A spokesman for the governor]] had been burned and that [[26 people|injured;a=A spokesman for the governor]] were being treated at the Bokkos general hospital.\n\n"
    "Local leaders gave a higher toll. "
    "“We have buried [[51|killed;a=Daniel Musa, a community leader in Mushere;alt=Daniel Musa]] so far, and [[17|missing;a=Daniel Musa, a community leader in Mushere;alt=Daniel Musa]] are still missing,” said Daniel Musa, a community leader in Mushere, adding that the youngest victim was {{two months old}}.\n\n"
    "By Monday evening the state emergency management agency had registered [[about 6,300 people|displaced;a=the state emergency management agency]] at [[three camps|capacity;a=the state emergency management agency]] set up in schools in Bokkos town. "
    "Its director, Mafeng Gwom, said the agency expected the number to rise as people hiding in the hills came down. "
    "“Another [[2,000|displaced;p;a=Mafeng Gwom]] could come tonight,” he said.\n\n"
    "Police said [[eight suspects|arrested;a=Police]] had been arrested and that [[400 officers|combatants;a=Police]] had been deployed to the area. "
    "The army said troops had recovered [[11 motorcycles|other;a=The army]] abandoned by the attackers.\n\n"
    "Violence between herders and farming communities in Plateau has killed [[thousands|killed]] since {{2001}}. "
    "The last major attack, in {{December 2023}}, left [[nearly 200 people|killed]] dead in Bokkos and Barkin Ladi over the Christmas period.",
    ["11 p.m."],
)

F(
    "Haiti: gangs seize Mirebalais, thousands flee toward central plateau",
    "PORT-AU-PRINCE (AP) - Gang members stormed the central Haitian town of Mirebalais on Monday, freeing [[more than 500 inmates|other;a=officials]] from its prison and forcing [[thousands of residents|displaced;a=officials]] to flee, officials said.\n\n"
    "The International Organization for Migration said on Wednesday that [[at least 6,000 people|displaced;a=The International Organization for Migration]] had fled Mirebalais and nearby Saut-d'Eau in {{48 hours}}, most toward Hinche and Lascahobas. "
    "[[About 1,400|displaced;a=IOM]] were sheltering in [[four schools|capacity;a=IOM]] and a church in Hinche, IOM said.\n\n"
    "The Viv Ansanm gang coalition has expanded beyond the capital since early {{2024}}. "
    "Haiti's civil protection office said [[at least 10 people|killed;a=Haiti's civil protection office]] were killed in the attack, including [[two police officers|killed;a=Haiti's civil protection office]]. "
    "Residents said gunmen burned the police station and [[dozens of homes|housing;a=Residents]].\n\n"
    "“I left with my mother and my children. We walked {{nine hours}},” said Marie-Lourdes Joseph, who reached Hinche on Tuesday.\n\n"
    "Across Haiti, [[more than 1 million people|displaced;a=IOM]] are now displaced, IOM says, {{about half}} of them children.\n\n"
    "The World Food Programme said it had served hot meals to [[3,200 people|aid;a=The World Food Programme]] in Hinche since Tuesday and would send [[12 trucks|aid;p;a=The World Food Programme]] of rice and beans from Port-au-Prince once the road through Croix-des-Bouquets is safe. "
    "That road, {{National Route 3}}, has been cut by gangs for {{more than a year}}.\n\n"
    "The Kenyan-led multinational mission, which has [[about 1,000 officers|combatants;a=The Kenyan-led multinational mission]] in Haiti, said it had sent a unit of [[40|combatants;a=The Kenyan-led multinational mission]] to Mirebalais with Haitian police on Wednesday. "
    "A police spokesman said officers had retaken the prison but that only [[21|arrested;a=A police spokesman]] of the escaped inmates had been recaptured.",
    ["early 2024"],
)


# ---------------------------------------------------------------- DRC, Great Lakes, Mozambique

F(
    "Congo: fighting around Minova pushes families toward Goma",
    "GOMA, Democratic Republic of Congo (AFP) - Fighting between {{M23}} rebels and militias allied to the army around Minova has pushed [[tens of thousands of people|displaced;a=aid agencies]] toward Goma and Bukavu in {{four days}}, aid agencies said on Friday.\n\n"
    "The Norwegian Refugee Council said [[about 35,000 people|displaced;a=The Norwegian Refugee Council]] had reached the outskirts of Sake, a town {{27 km}} west of Goma, where they joined [[some 120,000|displaced;a=The Norwegian Refugee Council]] already living in [[14 displacement sites|capacity;a=The Norwegian Refugee Council]]. "
    "Many arrived with nothing.\n\n"
    "“My husband stayed behind with the goats. We slept under a tree for two nights,” said Espérance Nyirahabimana, a mother who walked from Kalehe.\n\n"
    "Health workers at the Kyeshero hospital in Goma said they had received [[52 wounded people|injured;a=Health workers at the Kyeshero hospital in Goma]] since Tuesday, [[11|injured;a=Health workers at the Kyeshero hospital in Goma]] of them children.\n\n"
    "The army said it had repelled the rebels and killed [[more than 40 fighters|killed;a=The army]], a figure that could not be independently verified. "
    "The rebels said in a statement that they had lost [[three of their men|killed;a=The rebels;n=men]].\n\n"
    "MONUSCO, the UN mission, said its peacekeepers were sheltering [[about 1,000 civilians|displaced;a=MONUSCO, the UN mission;alt=MONUSCO]] inside their base in Sake.\n\n"
    "The World Food Programme said it had resumed distributions in the Bulengo and Lushagala camps, where [[nearly 200,000 people|aid;a=The World Food Programme]] are registered for rations, but warned that its stocks would run out in {{three weeks}}. "
    "Congo's humanitarian affairs minister told state radio the government would open [[two new sites|capacity;p;a=Congo's humanitarian affairs minister]] able to receive [[up to 20,000 people|capacity;p;a=Congo's humanitarian affairs minister]].",
    ["two nights"],
)

F(
    "Cabo Delgado: returns stall as insurgents strike again",
    "PEMBA, Mozambique - [[More than 600,000 people|returned;a=the International Organization for Migration]] have gone back to their home districts in Cabo Delgado since {{2022}}, according to the International Organization for Migration, but a wave of attacks since July has sent many on the move again.\n\n"
    "In Macomia district alone, insurgents linked to the Islamic State group burned [[more than 300 houses|housing;a=local officials]] in {{three weeks}}, local officials said. "
    "IOM's tracking teams recorded [[42,600 people|displaced;a=IOM's tracking teams]] newly displaced in August, {{58 percent}} of them children.\n\n"
    "“People came back to plant, and now they are running again,” said a Catholic priest in Mucojo who asked that his name not be used. "
    "He said [[at least 11 people|killed;a=a Catholic priest in Mucojo]] had been beheaded in villages near the coast since the start of the month.\n\n"
    "Rwanda has [[about 4,000 soldiers and police|combatants;n=soldiers and police]] in the province, where they have fought alongside Mozambican forces since {{2021}}. "
    "The Rwandan army said on Monday it had killed [[18 insurgents|killed;a=The Rwandan army]] near Chai and freed [[nine hostages|kidnapped;a=The Rwandan army]], [[six|kidnapped;a=The Rwandan army]] of them women.\n\n"
    "At the Metuge camps near Pemba, [[about 1,700 people|displaced;a=camp leaders]] arrived in the {{first half of September}}, camp leaders said. "
    "They expect [[another 3,000|displaced;p;a=camp leaders]] before the rains begin.\n\n"
    "The World Food Programme, which cut rations {{by half}} in {{2023}} for lack of funds, said it would hand out [[8,500 food kits|aid;p;a=The World Food Programme]] to new arrivals next week.",
)

F(
    "Burundi: refugee returns from Tanzania resume after pause",
    "BUJUMBURA - A convoy of [[1,214 Burundian refugees|returned;a=the UN refugee agency UNHCR;alt=UNHCR]] crossed back from Tanzania at the Mugina border post on Thursday, the first since voluntary returns were suspended in June, the UN refugee agency UNHCR said.\n\n"
    "The returnees came from the Nduta camp in western Tanzania, which still hosts [[about 60,000 Burundians|displaced;a=the agency;alt=UNHCR]], according to the agency. "
    "UNHCR said it aimed to help [[up to 30,000 refugees|returned;p;a=UNHCR]] return before the end of the year, and that [[more than 220,000|returned;a=UNHCR]] had gone home since the programme began in {{September 2017}}.\n\n"
    "Each returning family receives a three-month food ration, a cash grant of {{about $150}} and household items, the agency said. "
    "On Thursday, [[312 households|aid;a=the Burundian ministry of interior]] were given kits, the Burundian ministry of interior said.\n\n"
    "Not all who return stay. "
    "A survey by the Danish Refugee Council found that {{one in five}} returnees interviewed in Muyinga and Ruyigi provinces had left their home areas again within {{a year}}, most because they could not get back their land.\n\n"
    "“I found another family living in my house,” said Jeanine Ndayishimiye, {{37}}, who returned in {{2021}} and now rents a room in Ruyigi town. "
    "The provincial land commission said it had received [[1,840 complaints|other;u=other;a=The provincial land commission]] about land and houses occupied in the absence of refugees.\n\n"
    "The next convoy, of [[about 1,500 people|returned;p]], is scheduled for {{October 3}}.",
    ["three-month", "first"],
)


# ---------------------------------------------------------------- Sahel, Horn of Africa

F(
    "Burkina Faso: Djibo under siege as convoy reaches town",
    "OUAGADOUGOU - A supply convoy escorted by the army reached the besieged northern town of Djibo on Saturday after a journey of {{11 days}} from Kaya, bringing food to a population that has been cut off by jihadists for most of the past {{two years}}, a regional official said.\n\n"
    "The convoy of [[about 150 trucks|aid;a=the official;alt=a regional official]] carried cereals, oil and medicines, the official said. "
    "It was attacked twice on the way, and [[seven soldiers|killed;a=a security source]] and [[four volunteer fighters|killed;a=a security source]] were killed in an ambush near Namssiguia, a security source told AFP.\n\n"
    "Djibo, which had [[about 60,000 inhabitants|civilians;a=the National Council for Emergency Relief]] before the conflict, now hosts [[more than 300,000 people|displaced;a=the National Council for Emergency Relief]] who fled surrounding villages, according to the National Council for Emergency Relief. "
    "Residents say food prices have risen fivefold since roads were cut in {{2022}}, and that the price of a 100-kg bag of millet reached {{65,000 CFA francs}}.\n\n"
    "“Women walk out to collect leaves and firewood, and some do not come back,” said a humanitarian worker in the town, who asked not to be named for security reasons. "
    "He said [[at least 20 women|kidnapped;a=a humanitarian worker in the town]] had been abducted outside the trenches that ring the town since January.\n\n"
    "JNIM, al-Qaeda's affiliate in the Sahel, has blockaded [[more than 40 towns|other;a=aid agencies]] in Burkina Faso, aid agencies estimate, leaving [[about 2 million people|civilians;a=aid agencies]] living under siege. "
    "The government counted [[2.1 million internally displaced people|displaced;a=The government]] when it last published figures, in {{March 2023}}.",
    ["100-kg", "fivefold", "twice"],
)

F(
    "Mali: Menaka camps swell after attacks on nomadic camps",
    "BAMAKO (Reuters) - Attacks by Islamic State fighters on nomadic camps east of Menaka have driven [[about 9,000 people|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]] into the town in the past month, the UN Office for the Coordination of Humanitarian Affairs said in a report published on Friday.\n\n"
    "OCHA said the new arrivals had joined [[some 32,000 displaced people|displaced;a=OCHA]] already in Menaka, many of whom have lived in makeshift shelters since the group's offensive of {{2022}}. "
    "It said [[1,100 households|aid;a=OCHA]] had received emergency shelter kits but that [[about 2,500 households|civilians;a=OCHA]] were still sleeping in the open.\n\n"
    "A local elected official said the attackers had killed [[at least 34 civilians|killed;a=A local elected official]] in the Tamalat and Inchinane areas, and taken [[about 2,000 head of cattle|other;n=head of cattle;u=other;a=A local elected official]].\n\n"
    "Mali's army said in a statement that it had carried out air strikes against the group near the border with Niger, killing [[dozens of terrorists|killed;a=Mali's army]]. "
    "It did not give a precise number.\n\n"
    "A Tuareg armed group allied with the army said it had [[about 200 fighters|combatants;a=A Tuareg armed group allied with the army]] defending the town's outskirts.\n\n"
    "The UN peacekeeping mission, MINUSMA, left Menaka in {{2023}} after {{10 years}} in the country, and aid agencies say access has since shrunk. "
    "The World Food Programme said it had flown in [[38 tonnes|aid;a=The World Food Programme]] of food on [[two flights|aid;a=The World Food Programme]], the only way to reach the town for most of the year.",
)

F(
    "Somalia: drought and clan fighting drive new arrivals to Baidoa",
    "MOGADISHU - [[More than 45,000 people|displaced;a=the Protection and Return Monitoring Network]] arrived in Baidoa in September, fleeing failed rains and fighting between clan militias in the Bay region, according to the Protection and Return Monitoring Network, which is run by UNHCR and the Norwegian Refugee Council.\n\n"
    "The network said {{about 60 percent}} left because of drought and the rest because of conflict. "
    "Baidoa already had [[more than 500 displacement sites|capacity;a=local authorities]], local authorities say, hosting [[an estimated 800,000 people|displaced;a=local authorities]].\n\n"
    "“We lost [[all 40 of our goats|other;n=goats;a=Habiba Ali Nur]], and then the militia came to our village,” said Habiba Ali Nur, a mother of six who arrived from Qansax Dheere in late August. "
    "She lives with her children in a shelter of branches and cloth at a site on the Bardale road.\n\n"
    "Clashes between two clan militias over grazing land near Dinsoor killed [[at least 19 people|killed;a=elders]] in early September, elders said. "
    "The South West State administration said it had sent [[300 soldiers|combatants;a=The South West State administration]] to separate the two sides.\n\n"
    "Forecasters expect the October to December rains to be poor for a third season in a row. "
    "The UN says [[4.4 million Somalis|civilians;a=The UN]] face crisis levels of hunger and that [[up to 1.2 million more|displaced;p;a=The UN;n=-]] could be displaced by the end of the year if the rains fail.\n\n"
    "Aid agencies have built [[1,250 latrines|aid]] and [[40 water points|aid;u=other;n=points]] in Baidoa this year, but camp managers say demand far outstrips supply. "
    "The Somali Red Crescent said it was treating [[about 150 children|other;a=The Somali Red Crescent]] for malnutrition each week at its clinic in the town.",
    ["mother of six", "third season"],
)

F(
    "Ethiopia: Tigray returns begin in Tselemti after years in camps",
    "MEKELLE, Ethiopia - Buses carrying [[about 2,300 displaced people|returned;a=the Tigray interim administration]] left camps in Shire on Monday for their home villages in the Tselemti area, the first organised returns to western parts of the region since the war ended in {{November 2022}}, the Tigray interim administration said.\n\n"
    "The administration said it planned to return [[more than 25,000 people|returned;p;a=The administration;alt=the Tigray interim administration]] to Tselemti by the end of October, and eventually [[about 1 million|returned;p;a=The administration;alt=the Tigray interim administration]] displaced people to western and southern Tigray.\n\n"
    "Shire hosts [[an estimated 600,000 displaced people|displaced;a=aid agencies]], many of them in [[about 50 schools|capacity]] that have not held classes since {{2020}}, aid agencies say. "
    "“We have been in this classroom for {{four years}}. There were [[14 families|displaced;a=Gebremedhin Hailu]] in one room,” said Gebremedhin Hailu, a farmer from Mai Tsebri.\n\n"
    "Each returning household is to receive a {{three-month}} ration and seeds, the World Food Programme said. "
    "It said it had prepared [[4,600 food baskets|aid;a=the World Food Programme]] for the first phase.\n\n"
    "The returns follow an agreement between the federal government and Tigray's leaders, but armed forces from neighbouring Amhara still hold parts of western Tigray. "
    "Officials in Amhara said [[about 30,000 Amhara residents|civilians;a=Officials in Amhara]] of the disputed areas feared reprisals.\n\n"
    "The UN's humanitarian office said returnees would need help for {{at least a year}} and that [[1,200 houses|housing;a=The UN's humanitarian office]] in the Tselemti area were damaged or destroyed in the war.",
    ["first"],
)
