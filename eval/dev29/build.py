"""Build eval/dev29/figures.jsonl from the hand-written articles below.

A twenty-ninth set for the figure extractor, written blind: "figures in whole articles". About
sixty whole news articles (1,200 to 3,500 characters, 8 to 25 sentences) about displacement,
conflict, disasters and crime, as a feed delivers them: wire stories, regional outlets, NGO and
UN releases, features. Figures are spread through each article, some of them with a meaning that
depends on earlier sentences (an implicit noun, a pronoun source, a toll updated paragraphs
later), among many numbers that are not figures (years, dates, ages, durations, percentages,
money, measurements, ordinals, phone numbers, scores, names). A few articles have many numbers
and no figure.

The span parser, the unit helper and the validator are shared with the other new figure sets, in
eval/figset/ (grown from eval/dev24/build.py); this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 29) with ids
"fc0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev29/build.py            # write figures.jsonl and validate it
    python eval/dev29/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig(
    "dev29", Path(__file__).resolve().parent, "fc", 29, chars=(1200, 3500), sentences=(8, 25)
)

# ====================================================================== texts

# ====================================================================== articles


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


# ---------------------------------------------------------------- Middle East

F(
    "Khan Younis: new evacuation order uproots families again",
    "GAZA (Reuters) - The Israeli military ordered residents of several eastern neighbourhoods of Khan Younis to leave on Monday, the latest in a series of evacuation orders that the UN says have uprooted most of Gaza's population at least once.\n\n"
    "The UN agency for Palestinian refugees, UNRWA, said [[about 150,000 people|civilians;a=The UN agency for Palestinian refugees, UNRWA;alt=UNRWA]] lived in the area covered by the order, and that [[at least 30,000|displaced;a=UNRWA]] had already left by nightfall, heading west toward the coastal strip of al-Mawasi. "
    "“People are moving for the fifth or sixth time,” said Louise Wateridge, an UNRWA spokesperson.\n\n"
    "The military said the order was needed because militants had fired [[20 rockets|other;a=The military;alt=The Israeli military]] from the area in the previous {{24 hours}}. "
    "It said it had struck [[more than 40 targets|other;u=other;a=The military;alt=The Israeli military]] in Khan Younis overnight.\n\n"
    "Gaza's health ministry said [[at least 17 people|killed;a=Gaza's health ministry]] were killed in Khan Younis on Monday, including [[five children|killed;a=Gaza's health ministry]], and that [[more than 60|injured;a=Gaza's health ministry]] were wounded. "
    "Later in the day the ministry raised the toll to [[24|killed;a=the ministry;alt=Gaza's health ministry]].\n\n"
    "Al-Mawasi, designated by Israel as a humanitarian zone, was already hosting [[more than 1 million displaced people|displaced;a=aid groups]] in tents and makeshift shelters, aid groups said. "
    "UNRWA said only [[11|other;u=structure;a=UNRWA]] of its [[24 health centres|other;a=UNRWA]] in Gaza were still working, and that its [[38 shelters|capacity;a=UNRWA]] in the south were full.\n\n"
    "Across the Gaza Strip, the UN estimates [[about 1.9 million people|displaced;a=the UN]], or {{90 percent}} of the population, have been displaced since {{October 2023}}.",
    ["fifth or sixth time", "24 hours"],
)

F(
    "Jenin camp operation leaves thousands unable to return",
    "JENIN, West Bank - {{Three weeks}} after Israeli forces began an operation in the Jenin refugee camp, most of its [[roughly 20,000 residents|civilians;a=the camp's services committee]] remain unable to return, the camp's services committee said on Wednesday.\n\n"
    "The Palestinian Authority's governor of Jenin said [[about 3,200 families|displaced;a=The Palestinian Authority's governor of Jenin]] from the camp were now staying with relatives, in rented flats or in [[six public buildings|capacity;a=The Palestinian Authority's governor of Jenin]] in the city and surrounding villages, including the Arab American University's dormitories.\n\n"
    "The Israeli military said the operation, which it calls Iron Wall, had killed [[about 50 militants|killed;a=The Israeli military]] and led to the arrest of [[more than 120 wanted suspects|arrested;a=The Israeli military]]. "
    "It said troops had demolished [[23 buildings|housing;a=The Israeli military]] used by armed groups.\n\n"
    "The Palestinian health ministry said [[27 Palestinians|killed;a=The Palestinian health ministry]] had been killed in Jenin and its camp since the operation began, among them a {{16-year-old}} boy.\n\n"
    "The UN said bulldozers had destroyed roads and water networks inside the camp, and that [[at least 100 homes|housing;a=The UN]] had been demolished or made uninhabitable.\n\n"
    "In nearby Tulkarem, where a similar operation began a week later, UNRWA said [[about 9,000 people|displaced;a=UNRWA]] had fled the Nur Shams and Tulkarem camps. "
    "Ahmad Zubeidi, a resident of the Jenin camp, said soldiers had allowed him back for {{15 minutes}} to collect clothes. "
    "“Our street no longer exists,” he said. "
    "The Palestinian Red Crescent said its teams had delivered [[2,400 food parcels|aid;a=The Palestinian Red Crescent]] to displaced families in the city since the start of the operation.",
)

F(
    "Lebanon: displaced stream south as ceasefire takes hold",
    "BEIRUT (AP) - Cars piled with mattresses jammed the coastal highway south of Beirut on Wednesday as displaced families headed home hours after a ceasefire between Israel and Hezbollah took effect at {{4 a.m.}}\n\n"
    "Lebanon's disaster risk management unit said [[more than 1.2 million people|displaced;a=Lebanon's disaster risk management unit]] had been forced from their homes during the {{two months}} of full-scale war. "
    "By the evening, [[tens of thousands|returned;a=the Lebanese army]] had crossed the Litani river heading south, according to the Lebanese army, although the army urged people not to approach villages along the border.\n\n"
    "The Israeli military warned residents of [[more than 60 villages|other;a=The Israeli military]] in southern Lebanon not to return yet, saying its troops remained in the area.\n\n"
    "Collective shelters in Beirut, Mount Lebanon and the north were emptying fast. "
    "The government had opened [[1,170 shelters|capacity;a=the social affairs ministry]] in schools and public buildings, which at their peak housed [[about 190,000 people|displaced;a=the social affairs ministry]], according to the social affairs ministry. "
    "On Wednesday afternoon only [[400|capacity;u=structure;a=the social affairs ministry]] were still in use, it said.\n\n"
    "Across the border in Syria, Syrian authorities said [[about 5,000 people|returned;a=Syrian authorities]] crossed back into Lebanon at the Jdeidet Yabous and Masnaa crossings on Wednesday. "
    "[[More than 550,000 people|displaced;a=the UN refugee agency]], most of them Syrians, had fled Lebanon into Syria since late September, the UN refugee agency said.\n\n"
    "Lebanon's health ministry said [[3,823 people|killed;a=Lebanon's health ministry]] had been killed and [[15,859|injured;a=Lebanon's health ministry]] wounded in Israeli strikes since {{October 2023}}. "
    "Israel says [[more than 70 soldiers and civilians|killed;n=soldiers and civilians;a=Israel]] were killed on its side in the same period.",
)

F(
    "Syria: UNHCR counts returns from Turkey after Assad's fall",
    "GENEVA - [[About 125,000 Syrian refugees|returned;a=the UN refugee agency UNHCR;alt=UNHCR]] have gone back to Syria from neighbouring countries in the {{three months}} since the fall of Bashar al-Assad in {{December 2024}}, the UN refugee agency UNHCR said on Tuesday.\n\n"
    "Most came from Turkey and Lebanon. "
    "Turkey's interior minister said [[81,576 Syrians|returned;a=Turkey's interior minister]] had crossed back through its border gates by the end of February, and that the government was preparing to open a {{fourth}} crossing to cope with the numbers.\n\n"
    "UNHCR said [[more than 1 million|returned;p;a=UNHCR]] could return this year if conditions allowed, and an intention survey it published in January found that {{27 percent}} of refugees in the region hoped to go back within {{12 months}}.\n\n"
    "Inside Syria, the agency said [[about 880,000 internally displaced people|returned;a=the agency;alt=UNHCR]] had gone back to their areas of origin since December, many from camps in the northwest. "
    "But it warned that [[some 7 million Syrians|displaced;a=UNHCR]] were still displaced within the country.\n\n"
    "“The houses are gone, but the land is ours,” said Abu Khaled, {{62}}, who returned from Gaziantep to his village near Maarat al-Numan, where he said only [[three houses|housing;a=Abu Khaled]] out of [[about 400|housing;u=structure;a=Abu Khaled]] were still standing.\n\n"
    "Aid agencies say they can give returnees little help. "
    "The World Food Programme said it had cut the number of people it feeds in Syria to [[about 1.5 million|aid;a=The World Food Programme]] from [[5.5 million|aid;a=The World Food Programme]] last year because of lack of funds.",
)

F(
    "Yemen: Marib sites brace for winter after new fighting",
    "MARIB, Yemen - Renewed clashes between government forces and the Houthis on the southern front of Marib have displaced [[about 1,800 families|displaced;a=the Executive Unit for IDP Camps]] since the start of the month, the Executive Unit for IDP Camps, a government body, said on Sunday.\n\n"
    "The unit said the families had moved to sites in al-Jufainah and al-Sowaida, which already host [[more than 11,000 households|displaced;a=The unit;alt=the Executive Unit for IDP Camps]]. "
    "Marib province, a city of [[about 40,000 people|civilians;a=the International Organization for Migration]] before the war, now has [[197 displacement sites|capacity;a=the International Organization for Migration]], the International Organization for Migration says, more than any other province in Yemen.\n\n"
    "“The tents were built for one summer, not for {{five winters}},” said Saleh al-Qadi, who manages a site in al-Jufainah. "
    "He said [[around 300 tents|housing;u=other;a=Saleh al-Qadi]] had been torn by storms in {{July}} and never replaced.\n\n"
    "The Houthis said on their al-Masirah television that government forces had shelled villages in Harib, killing [[four civilians|killed;a=The Houthis]]. "
    "A government military spokesman said [[12 Houthi fighters|killed;a=A government military spokesman]] had been killed in an attempted advance.\n\n"
    "The Norwegian Refugee Council said it had distributed winter kits, with {{two blankets}} and a mattress per person, to [[1,400 households|aid;a=The Norwegian Refugee Council]], but that funding for shelter was {{less than a third}} of what was needed.\n\n"
    "Yemen's conflict, now in its {{11th year}}, has displaced [[about 4.5 million people|displaced;a=the UN]], according to the UN.",
)

F(
    "Iraq to close last camps in Kurdistan; families fear return to Sinjar",
    "ERBIL, Iraq (Rudaw) - Iraq's migration ministry said on Monday it would close the remaining camps for displaced people in the Kurdistan Region by the end of the year, and that [[about 3,000 families|returned;p;a=Iraq's migration ministry]] had registered to return to Sinjar in the coming weeks.\n\n"
    "There are [[22 camps|capacity;a=the ministry;alt=Iraq's migration ministry]] left in the Kurdistan Region, housing [[about 110,000 people|displaced;a=the ministry;alt=Iraq's migration ministry]], most of them Yazidis who fled the Islamic State group's assault on Sinjar in {{August 2014}}, according to the ministry.\n\n"
    "Each family that returns receives a grant of {{4 million dinars}}, about {{$3,000}}, the ministry said. "
    "Since January, [[2,716 families|returned;a=the ministry;alt=Iraq's migration ministry]] have gone back from the camps, it said.\n\n"
    "Many Yazidis say Sinjar is not ready. "
    "“My house was destroyed and there is no school for my children,” said Khalil Hasan, {{48}}, who has lived in the Sharya camp near Duhok for {{ten years}}. "
    "The Norwegian Refugee Council said {{about 80 percent}} of houses in the old town of Sinjar were still damaged, and that [[more than 6,000 homes|housing;a=The Norwegian Refugee Council]] across the district needed rebuilding.\n\n"
    "The Yazidi organisation Yazda said [[2,600 Yazidi women and children|kidnapped;n=women and children;a=The Yazidi organisation Yazda;alt=Yazda]] abducted by Islamic State were still missing a decade later. "
    "Mass graves are still being opened: the government said in May that the remains of [[43 people|killed;a=the government]] had been exhumed in Kocho.\n\n"
    "Some families have already come back from Sinjar to the camps. "
    "The International Organization for Migration said [[about 350 families|displaced;a=The International Organization for Migration]] who returned in {{2023}} had left again within {{six months}}, citing a lack of jobs, water and services.",
)


# ---------------------------------------------------------------- Asia

F(
    "Pakistan deports Afghans as deadline passes; Torkham queues grow",
    "TORKHAM, Pakistan - Long lines of trucks loaded with furniture, livestock and children stretched back from the Torkham border crossing on Thursday, a day after a government deadline for Afghans without valid papers to leave Pakistan expired.\n\n"
    "Pakistan's interior ministry said [[more than 19,000 Afghans|returned;a=Pakistan's interior ministry]] crossed at Torkham and Chaman on Wednesday alone. "
    "The Taliban administration's refugee ministry said it had received [[about 8,500 returnees|returned;a=The Taliban administration's refugee ministry]] at Torkham by midday Thursday.\n\n"
    "Police in Karachi and Islamabad said they had detained [[more than 1,100 Afghans|arrested;a=Police in Karachi and Islamabad]] in raids since the deadline, and that they would be held in [[17 holding centres|capacity;a=Police in Karachi and Islamabad]] until they could be deported.\n\n"
    "“I was born in Peshawar. I have never seen Afghanistan,” said Gul Rahman, {{26}}, waiting with his wife and parents near the gate.\n\n"
    "Pakistan hosts [[about 3 million Afghans|displaced;a=the UN]], according to the UN, of whom [[about 1.3 million|displaced;a=the UN]] hold Proof of Registration cards that are still valid until {{June 30}}. "
    "Since the deportation drive began in {{late 2023}}, [[more than 800,000|returned;a=the International Organization for Migration]] have gone back, the International Organization for Migration says.\n\n"
    "On the Afghan side, aid agencies have set up a reception camp near the border with space for [[5,000 people a night|capacity]]. "
    "The UN said each returning family would receive {{about $150}} in cash.",
)

F(
    "Myanmar: Arakan Army advance in Rakhine sends Rohingya toward border",
    "BANGKOK (Reuters) - Fighting between the Arakan Army and Myanmar's military around the town of Maungdaw has trapped [[thousands of Rohingya|civilians;a=rights groups and residents]] against the border with Bangladesh, rights groups and residents said on Friday.\n\n"
    "Fortify Rights said [[at least 150 Rohingya|killed;a=Fortify Rights]] were killed by drones and artillery on {{August 5}} as they gathered on the riverbank to find boats across the Naf river. "
    "It said it had interviewed [[eight survivors|other;a=Fortify Rights]] who described seeing [[dozens of bodies|killed;a=Fortify Rights]].\n\n"
    "The Arakan Army, an ethnic Rakhine armed group, denied responsibility and said the military had used Rohingya men as human shields. "
    "Rights groups say the military has forcibly recruited [[several thousand Rohingya men|combatants;a=Rights groups]] since {{February}}.\n\n"
    "Bangladesh, which already hosts [[about 1 million Rohingya refugees|displaced;a=Bangladesh]] in camps in Cox's Bazar, has said it cannot take more. "
    "Bangladesh's foreign ministry said on Thursday that [[about 8,000|displaced;a=Bangladesh's foreign ministry]] had nonetheless crossed in the previous {{two months}}, and that border guards had pushed back [[more than 60 boats|other;a=Bangladesh's foreign ministry]].\n\n"
    "“The border guards told us to go back. My brother drowned when our boat turned over,” said Mohammed Salim, who reached the Kutupalong camp on Wednesday.\n\n"
    "The UN says [[more than 3 million people|displaced;a=The UN]] are displaced across Myanmar since the military seized power in {{February 2021}}. "
    "In Rakhine state, the Arakan Army now controls [[14|other;u=other;a=analysts]] of the [[17 townships|other;u=other;a=analysts]], analysts say.",
)

F(
    "Fire tears through Rohingya camp in Cox's Bazar",
    "COX'S BAZAR, Bangladesh - A fire swept through a Rohingya refugee camp in southern Bangladesh on Sunday afternoon, destroying [[about 2,000 shelters|housing;a=officials]] and leaving [[more than 12,000 people|displaced;a=officials]] homeless, officials said.\n\n"
    "The blaze started at about {{2:30 p.m.}} in {{Camp 11}} in Balukhali and spread quickly through bamboo and tarpaulin shelters, fanned by dry winds. "
    "[[About 200 firefighters|other;a=Mohammad Mizanur Rahman, Bangladesh's refugee relief and repatriation commissioner;alt=Mohammad Mizanur Rahman]] brought it under control after {{three hours}}, said Mohammad Mizanur Rahman, Bangladesh's refugee relief and repatriation commissioner.\n\n"
    "He said no deaths had been reported but that [[about 40 people|injured;a=Mohammad Mizanur Rahman]] were treated for burns and smoke inhalation. "
    "[[Two mosques|housing;a=Mohammad Mizanur Rahman]], a health centre and [[15 learning centres|housing;a=Mohammad Mizanur Rahman]] were also destroyed, he said.\n\n"
    "The UN refugee agency said its partners had set up [[four temporary shelters|capacity;a=The UN refugee agency]] in schools and community halls, and had handed out [[3,500 hot meals|aid;a=The UN refugee agency]] by the evening.\n\n"
    "“We ran with only our children. Everything else burned — our rations card, our clothes, our rice,” said Rashida Begum, {{32}}.\n\n"
    "Fires are common in the crowded camps, which house [[about 1 million refugees|displaced]] who fled Myanmar, most of them after a military crackdown in {{2017}}. "
    "A fire in the same area in {{March 2023}} destroyed [[more than 2,800 shelters|housing]]. "
    "Camp officials said the cause of Sunday's fire was being investigated.",
)


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


# ---------------------------------------------------------------- articles with numbers but no figure

F(
    "Humanitarian appeal for Sudan region only a fifth funded as lean season peaks",
    "GENEVA - The UN's regional refugee response plan for the Sudan crisis has received only {{21 percent}} of the {{$1.4 billion}} it requested for {{2024}}, the UN refugee agency said on Tuesday, warning that cuts to food and water services would begin in {{October}} unless donors stepped up.\n\n"
    "The plan covers Chad, South Sudan, Egypt, Ethiopia, Libya, the Central African Republic and Uganda. "
    "By the end of {{August}}, donors had given {{$297 million}}, the agency said, compared with {{38 percent}} of needs at the same point in {{2023}}.\n\n"
    "“We are in the {{ninth month}} of the year with {{a fifth}} of the money,” said the agency's regional coordinator for the Sudan situation. "
    "She said the price of sorghum in eastern Chad had risen by {{45 percent}} since January, and that transport costs on the road from Abéché to the border had doubled.\n\n"
    "The wider humanitarian appeal for Sudan itself, of {{$2.7 billion}}, was {{41 percent}} funded as of {{September 10}}, according to the UN's Financial Tracking Service. "
    "The largest donor, the United States, had given {{$1.1 billion}} to the Sudan response since {{October 2023}}, followed by the European Union and Germany.\n\n"
    "The lean season, when food stocks run out before the harvest, usually lasts from {{June to September}} in the Sahel. "
    "Rainfall this year was {{20 to 30 percent}} above average in parts of Darfur, the World Meteorological Organization said, which could improve the harvest but has also cut roads for {{weeks at a time}}.\n\n"
    "Donors are due to meet in London on {{15 April 2025}}, {{two years}} after the war began, to discuss funding for {{2025}}. "
    "A previous conference in Paris in {{April 2024}} raised pledges of more than {{€2 billion}}.",
    ["doubled"],
)

F(
    "Twenty years after the Indian Ocean tsunami, Aceh remembers",
    "BANDA ACEH, Indonesia - Sirens sounded across Aceh at {{7:59 a.m.}} on Thursday, the minute the {{9.1-magnitude}} earthquake struck off Sumatra on {{December 26, 2004}}, as the province marked {{20 years}} since the Indian Ocean tsunami.\n\n"
    "The quake, one of the strongest ever recorded, lasted between {{eight and 10 minutes}} and ruptured a fault {{1,300 km}} long. "
    "Waves up to {{30 metres}} high reached the coast of Aceh in less than {{20 minutes}}, and crossed the ocean to Sri Lanka, India and Thailand within {{two hours}}, and to Somalia after {{seven hours}}.\n\n"
    "At the Siron mass grave outside the city, families laid flowers and read prayers. "
    "The Aceh Tsunami Museum, opened in {{2009}}, stayed open late and offered free entry for {{three days}}.\n\n"
    "Reconstruction cost about {{$7 billion}}, much of it from foreign donors, and lasted {{four years}} under a special agency that closed in {{April 2009}}. "
    "The disaster also helped end a {{29-year}} separatist conflict: a peace agreement signed in Helsinki in {{August 2005}} gave Aceh broad autonomy.\n\n"
    "Indonesia has since built a warning system that can issue an alert within {{five minutes}} of a quake of {{magnitude 7}} or more. "
    "But experts say many of the sirens along the coast are no longer maintained, and that a drill held on {{November 26}} showed it took some coastal districts {{more than 30 minutes}} to relay a warning.\n\n"
    "“It was {{10 o'clock}} on a Sunday morning and I was {{12}},” said Nurul Fadhilah, now {{32}}, who runs a guesthouse in Lampuuk. “I still check the sea every morning.”",
)

F(
    "Refugee side reach cup quarter-finals with late winner in Kakuma",
    "KAKUMA, Kenya - A header in the {{89th minute}} sent Kakuma United, a team made up of players from the refugee camp in northwest Kenya, into the quarter-finals of the Turkana County Cup on Saturday with a {{2-1}} win over Lodwar Town.\n\n"
    "The visitors took the lead after {{17 minutes}} through a penalty, before Kakuma's South Sudanese striker Gatluak Chuol, {{19}}, equalised shortly after the break. "
    "The winner came from a corner: defender Abdi Warsame, wearing the {{number 5}} shirt, rose highest at the far post.\n\n"
    "It is the {{first}} time a camp team has reached the last eight since the tournament began in {{2011}}. "
    "Last season Kakuma United finished {{third}} in their group, losing {{4-0}} to the eventual champions.\n\n"
    "The match, played in temperatures of {{38 degrees}}, was held up for {{10 minutes}} in the second half when a dust storm swept across the pitch.\n\n"
    "The coach, Peter Lokol, said his squad trained at {{6 a.m.}} to avoid the heat and that players shared boots. "
    "“Some of these boys have been in the camp since they were {{five}}. Football is the only thing that is theirs,” he said.\n\n"
    "The quarter-final against Kitale Stars is scheduled for {{June 14}} at the Lodwar stadium, {{120 km}} from the camp. "
    "Organisers said tickets would cost {{100 shillings}}, and that the winner of the cup would receive {{500,000 shillings}} and a place in the {{2025}} regional league.",
    ["second half", "last eight"],
)

F(
    "Forecasters warn of active cyclone season for Bay of Bengal",
    "NEW DELHI - India's weather office said on Monday that the post-monsoon cyclone season in the Bay of Bengal was likely to be more active than normal this year, with a {{60 percent}} chance of above-average storm activity between {{October and December}}.\n\n"
    "Sea surface temperatures in the bay were {{0.8 to 1.2 degrees Celsius}} above the long-term average in {{September}}, the India Meteorological Department said in its seasonal outlook. "
    "It said La Niña conditions were expected to develop by {{November}} and to last into early {{2025}}.\n\n"
    "Cyclones that form in the bay in {{October and November}} are often the strongest of the year. "
    "Cyclone Amphan in {{May 2020}} reached wind speeds of {{260 km/h}}, and Cyclone Sidr in {{2007}} brought a storm surge of {{more than five metres}} to the coast of Bangladesh.\n\n"
    "The department said it had upgraded its Doppler weather radars on the east coast since {{2022}}, bringing warning times for landfall to {{72 hours}}, up from {{48 hours}} a decade ago. "
    "Its forecasts are now accurate to within {{about 30 km}} at {{24 hours}} before landfall, it said.\n\n"
    "The Odisha State Disaster Management Authority said it would hold a coastal drill on {{October 15}} and urged residents to save the emergency number {{1070}} and the toll-free helpline {{1800-345-6770}}.\n\n"
    "Bangladesh's meteorological department issued a similar outlook last week, saying the risk of a severe cyclone in the bay before the end of the year was higher than usual, in part because of warm water near the Andaman Islands.",
    ["early 2025", "a decade ago"],
)

F(
    "Former militia commander sentenced to 25 years by Bangui special court",
    "BANGUI, Central African Republic - The Special Criminal Court in Bangui on Friday sentenced a former commander of the anti-balaka militia to {{25 years}} in prison for crimes against humanity committed in the southwest of the country in {{2014}}.\n\n"
    "The court, a hybrid tribunal of national and international judges set up in {{2015}}, found the defendant, now {{47}}, guilty of murder, persecution and attacks on the civilian population under {{Article 156}} of the penal code. "
    "He was acquitted on a charge of pillage.\n\n"
    "The trial opened on {{March 4}} and heard witnesses over {{11 weeks}}, the court said. "
    "Judges deliberated for {{three days}} before delivering the verdict at {{4:15 p.m.}} local time.\n\n"
    "It is the court's {{fourth}} verdict since it began hearing cases in {{2022}}, in case number {{SCC/2019/07}}. "
    "Its first judgment, in {{October 2022}}, sentenced defendants to terms ranging from {{20 years}} to life.\n\n"
    "Defence lawyers said they would appeal within the {{15-day}} limit. "
    "The prosecution had sought a life sentence.\n\n"
    "Rights groups welcomed the ruling but said the court needed more money: its budget for {{2024}} was about {{$12 million}}, {{30 percent}} less than it had asked for, and its mandate runs only until {{May 2028}}.\n\n"
    "The Central African Republic has been in crisis since {{2013}}, when mainly Muslim Seleka rebels seized power, prompting the formation of the mostly Christian anti-balaka militias.",
    ["first"],
)


# ---------------------------------------------------------------- Americas, Asia, Africa (more)

F(
    "Catatumbo: ELN offensive triggers Colombia's largest displacement in decades",
    "CÚCUTA, Colombia - Fighting between the ELN guerrilla group and a dissident faction of the former FARC in the Catatumbo region has displaced [[more than 32,000 people|displaced;a=the Ombudsman's Office]] in {{less than a week}}, the Ombudsman's Office said on Wednesday, the largest single displacement recorded in Colombia since the {{1990s}}.\n\n"
    "Most have fled to Cúcuta, Tibú and Ocaña. "
    "In Cúcuta, the city's sports stadium has been turned into a shelter, and the mayor's office said it was housing [[about 2,600 people|displaced;a=the mayor's office]] there. "
    "[[Hundreds more|displaced;n=-;a=Venezuelan officials]] crossed into Venezuela, according to Venezuelan officials.\n\n"
    "The ELN attacked villages and hamlets where it accused residents of supporting the dissidents. "
    "The governor of Norte de Santander, William Villamizar, said [[at least 80 people|killed;a=The governor of Norte de Santander, William Villamizar;alt=William Villamizar]] had been killed, among them former FARC fighters who had signed the {{2016}} peace deal.\n\n"
    "“They came with lists. They asked for people by name,” said a woman from El Tarra who reached Cúcuta on foot after walking for {{two days}} with her children.\n\n"
    "President Gustavo Petro suspended peace talks with the ELN and declared a state of internal commotion, which lets the government rule by decree for {{90 days}}. "
    "The defence ministry said it was sending [[5,000 more troops|combatants;p;a=The defence ministry]] to the region, which borders Venezuela and is one of the country's main coca-growing areas.\n\n"
    "The Ombudsman said [[dozens of people|kidnapped;a=The Ombudsman;alt=the Ombudsman's Office]], among them social leaders, were being held by armed groups.",
)

F(
    "Manipur: relief camps enter second year as families wait to go home",
    "IMPHAL, India - More than a year after ethnic violence broke out between the Meitei and Kuki-Zo communities in India's northeastern state of Manipur, [[about 59,000 people|displaced;a=the state government]] are still living in relief camps, the state government said on Tuesday.\n\n"
    "The government runs [[more than 280 relief camps|capacity]] in the valley and hill districts, many in school buildings, community halls and college hostels. "
    "Officials said they had begun building prefabricated houses for families in the Imphal valley, and that [[1,000 houses|housing;p;a=Officials]] would be ready by December.\n\n"
    "In Churachandpur, a Kuki-Zo majority district, camp residents said conditions were getting worse. "
    "“We were given clothes once last year, nothing since,” said Lalremsiami, who shares a hall with [[about 60 other people|displaced;n=people;a=Lalremsiami]].\n\n"
    "The violence, which began on {{May 3, 2023}}, has killed [[at least 226 people|killed;a=the police]], according to the police, and [[more than 4,700 houses|housing;a=officials]] were burned in the first months, officials said.\n\n"
    "Central forces have deployed [[more than 60,000 personnel|combatants]] in the state, and a buffer zone patrolled by troops separates the valley from the hills. "
    "[[Thousands of weapons|other]] looted from police armouries in {{2023}} have still not been returned.\n\n"
    "Schools have reopened in most districts, but [[about 14,000 children|displaced;a=the state education department]] in the camps are studying in makeshift classes, the state education department said.",
    ["first months"],
)

F(
    "Kurram: convoy ambush deepens crisis in besieged Pakistani district",
    "PESHAWAR, Pakistan - Gunmen ambushed a convoy of passenger vehicles in Pakistan's Kurram district on Thursday, killing [[at least 42 people|killed;a=police]], police said, the deadliest attack in a region where sectarian fighting has cut roads for weeks.\n\n"
    "The convoy of [[about 200 vehicles|other;a=the deputy commissioner]] was travelling under police escort from Parachinar to Peshawar when it came under fire near Mandori, the deputy commissioner said. "
    "[[More than 20 people|injured;a=officials at the district hospital in Parachinar]] were wounded, officials at the district hospital in Parachinar said.\n\n"
    "In the days that followed, fighting between armed Sunni and Shia tribes spread across the district. "
    "By Sunday, the provincial government said the death toll from the ambush and the clashes had reached [[82|killed;a=the provincial government]], and that [[about 300 families|displaced;a=the provincial government]] had fled Bagan and nearby villages toward Hangu.\n\n"
    "The main road to Parachinar, a town near the Afghan border, has since been closed, and residents say food and medicine are running out. "
    "A doctor at the Parachinar hospital said [[29 children|killed;a=A doctor at the Parachinar hospital]] had died there since the closure for lack of medicine.\n\n"
    "Tribal elders agreed a ceasefire on {{November 24}}, which broke down within {{a week}}. "
    "A peace agreement signed on {{January 1}} provides for the removal of bunkers and the surrender of heavy weapons within {{15 days}}.",
)

F(
    "Papua New Guinea landslide: hopes fade for villagers under rubble",
    "PORT MORESBY (AP) - Rescuers digging with shovels and bare hands in Papua New Guinea's Enga province said on Tuesday they had little hope of finding survivors, {{four days}} after a landslide buried much of the village of Yambali while its residents slept.\n\n"
    "The government told the United Nations that [[more than 2,000 people|missing;a=The government]] may have been buried, far more than the figure of [[about 670|missing;a=the International Organization for Migration]] given on Sunday by the International Organization for Migration. "
    "Local officials said the difference came from an old census; nobody knows exactly how many people lived in the village.\n\n"
    "Only [[six bodies|killed;a=provincial officials]] had been recovered by Tuesday, provincial officials said. "
    "The debris, {{six to eight metres}} deep in places, covers an area the size of {{three or four}} football fields.\n\n"
    "“The mountain came down at {{3 a.m.}} We heard it like thunder,” said Evit Kambu, who lost relatives. "
    "The slide also cut the main highway through the province, and heavy machinery took {{two days}} to arrive from Port Moresby, {{600 km}} away.\n\n"
    "The IOM said [[about 7,800 people|civilians;a=The IOM;alt=the International Organization for Migration]] in nearby communities were at risk because the ground was still moving, and that authorities planned to evacuate [[1,250 of them|displaced;p;n=-;a=The IOM;alt=the International Organization for Migration]].\n\n"
    "Enga province has been troubled by tribal fighting, and the UN said soldiers had escorted relief convoys through areas where clashes had killed [[eight people|killed;a=the UN]] the week before.",
)

F(
    "Karabakh exodus: Armenia counts arrivals as last bus leaves",
    "GORIS, Armenia (Reuters) - The last bus carrying ethnic Armenians from Nagorno-Karabakh crossed into Armenia on Monday, {{a week}} after Azerbaijan's lightning offensive, leaving the region almost empty of the people who had lived there for centuries.\n\n"
    "Armenia's government said [[100,514 people|displaced;a=Armenia's government]] had arrived from the region since {{September 24}}, out of a population it had put at [[about 120,000|civilians;a=Armenia's government]] before the offensive. "
    "Government spokeswoman Nazeli Baghdasaryan said [[more than 21,000 vehicles|other;a=Government spokeswoman Nazeli Baghdasaryan;alt=Nazeli Baghdasaryan]] had crossed the Hakari bridge.\n\n"
    "The refugees were registered in Goris and sent on to towns across Armenia. "
    "The government said it had found housing for [[about 40,000|displaced;a=The government;alt=Armenia's government]] of them in hotels, dormitories and private homes, and was paying a one-off grant of {{100,000 drams}}, about {{$250}}, to each person.\n\n"
    "[[At least 170 people|killed;a=officials]] died in a fuel depot explosion on the road out of Stepanakert on {{September 25}}, where people had queued for petrol to make the journey, officials said. "
    "The road journey, normally {{two hours}}, took some families {{30 hours}} or more.\n\n"
    "“We left the graves of our parents behind. We will never go back,” said Arpine Sargsyan, {{54}}, at a registration centre in Goris.\n\n"
    "The UN refugee agency said it had sent [[4,000 blankets|aid;a=The UN refugee agency]] and hygiene kits to Syunik province and was preparing to support [[up to 120,000 refugees|displaced;p;a=The UN refugee agency]] over the winter.",
)

F(
    "Kenya floods: death toll rises as Mai Mahiu victims buried",
    "NAIROBI - The death toll from weeks of floods across Kenya rose to [[228|killed;a=the interior ministry]] on Sunday, the interior ministry said, as families in Mai Mahiu buried victims of a flash flood that swept through the town {{a week}} ago.\n\n"
    "In its previous update, on Thursday, the ministry had put the toll at [[210|killed;a=the ministry;alt=the interior ministry]]. "
    "It said [[72 people|missing;a=the interior ministry]] were still missing and [[more than 212,000|displaced;a=the interior ministry]] had been forced from their homes since {{March}}.\n\n"
    "In Mai Mahiu, {{60 km}} northwest of Nairobi, a blocked culvert under a railway embankment gave way before dawn on {{April 29}}, sending a wall of water and mud through homes. "
    "The Kenya Red Cross said [[at least 61 people|killed;a=The Kenya Red Cross]] died there, and that its teams were still searching for [[about 50 others|missing;a=The Kenya Red Cross]]. "
    "“My neighbour's house is just gone. There is only sand,” said Grace Wanjiru, {{45}}, who ran from her home with her children.\n\n"
    "The government has ordered people living within {{30 metres}} of rivers in Nairobi to leave, and said it would demolish houses built on riverbanks. "
    "Interior Minister Kithure Kindiki said [[about 5,000 households|displaced;p;a=Interior Minister Kithure Kindiki;alt=Kithure Kindiki]] along the Nairobi and Mathare rivers would have to move, and that each would receive {{10,000 shillings}} to find new housing.\n\n"
    "The government has opened [[115 camps|capacity]] for the displaced, most of them in schools, which delayed the start of the school term by {{a week}}. "
    "Forecasters expect heavy rain to continue until late May.",
)


# ---------------------------------------------------------------- Europe, North America

F(
    "Valencia floods: anger grows as search for missing continues",
    "VALENCIA, Spain - {{Ten days}} after flash floods tore through towns south of Valencia, soldiers and volunteers were still clearing mud from garages and underground car parks on Friday, and the regional government said [[89 people|missing;a=the regional government]] remained unaccounted for.\n\n"
    "The national government said the death toll in the Valencia region stood at [[219|killed;a=The national government]], out of [[227|killed;a=The national government]] across Spain. "
    "Most of the victims were in Paiporta, Catarroja, Alfafar and other towns of the Horta Sud district, where the Poyo ravine overflowed on the evening of {{October 29}}.\n\n"
    "More than {{400 litres}} of rain per square metre fell in {{eight hours}} in parts of the province, the state weather agency AEMET said, a year's worth in places.\n\n"
    "The defence ministry said [[8,500 soldiers|combatants;a=The defence ministry]] were now deployed, the largest peacetime deployment of the armed forces in Spain. "
    "It said they had removed [[more than 40,000 vehicles|other;a=The defence ministry]] from the streets.\n\n"
    "Residents have criticised the regional authorities for sending a mobile phone alert only at {{8:11 p.m.}}, when water was already flooding homes. "
    "“The alert came when my car was already floating,” said Juan Carlos Ruiz, {{51}}, a mechanic in Paiporta.\n\n"
    "On Saturday, [[tens of thousands of people|other;a=police]] marched in Valencia to demand the resignation of the regional president, police said.",
)

F(
    "Jasper wildfire: evacuees allowed home to see damage",
    "HINTON, Alberta (CP) - Residents of Jasper were allowed back into the Rocky Mountain town on Friday for the first time since a wildfire forced [[about 25,000 people|displaced;a=Parks Canada]], including residents and tourists, to flee in late July, Parks Canada said.\n\n"
    "Officials said the fire destroyed [[358|housing;u=structure;a=Officials]] of the town's [[1,113 structures|other;a=Officials]], about {{a third}}, most of them homes in the western neighbourhoods. "
    "[[One firefighter|killed]], a {{24-year-old}} from Calgary, was killed by a falling tree while fighting the blaze.\n\n"
    "Traffic was heavy on the highway from Hinton, {{80 km}} to the east, where many evacuees have been staying in hotels and with friends. "
    "The municipality said [[about 1,100 households|returned;a=The municipality]] had gone back by the afternoon of the first day, and that a reception centre in the town would offer food and counselling.\n\n"
    "Power and gas had been restored to most undamaged buildings, but a boil-water advisory remained in place. "
    "“We knew our house was gone, but seeing it is different,” said Jessica Fenton, who had lived in Jasper for {{22 years}}.\n\n"
    "The fire, which burned about {{330 square kilometres}} of the national park, was declared under control on {{August 15}}. "
    "Alberta's government said [[about 7,000 evacuees|aid;a=Alberta's government]] had received emergency payments. "
    "The town's mayor said rebuilding could take {{five years}}.",
    ["first"],
)

F(
    "Helene: North Carolina shelters fill as mountain towns remain cut off",
    "ASHEVILLE, N.C. (AP) - [[Hundreds of people|displaced]] remained in emergency shelters in western North Carolina on Wednesday, {{five days}} after the remnants of Hurricane Helene sent floodwaters through mountain towns, destroying roads, bridges and homes.\n\n"
    "The state's emergency management agency said [[about 1,600 people|displaced;a=The state's emergency management agency]] were staying in [[39 shelters|capacity;a=The state's emergency management agency]] across the region. "
    "Governor Roy Cooper said [[more than 600 people|missing;a=Governor Roy Cooper;alt=Roy Cooper]] had been reported missing, though many were believed to be safe but unable to call because phone networks were down.\n\n"
    "Across the Southeast, the storm killed [[at least 180 people|killed]], making it the deadliest hurricane on the US mainland since Katrina in {{2005}}. "
    "[[More than 70|killed;a=officials]] of the deaths were in Buncombe County, which includes Asheville, officials said.\n\n"
    "Helene made landfall in Florida's Big Bend on the night of {{September 26}} as a {{Category 4}} storm with winds of {{140 mph}}.\n\n"
    "The Pentagon said it was sending [[1,000 active-duty soldiers|combatants;p;a=The Pentagon]] to help deliver food and water, and helicopters were dropping supplies to communities cut off by landslides. "
    "“We haven't had water for {{six days}}. The road is just gone,” said Brenda Holloway, {{71}}, of Black Mountain.\n\n"
    "Power companies said electricity might not be restored in the worst-hit counties for {{weeks}}.",
)


# ---------------------------------------------------------------- Africa (more)

F(
    "Tawila: MSF says new arrivals from El Fasher show signs of starvation",
    "NAIROBI - Médecins Sans Frontières said on Thursday that its teams in Tawila, in Sudan's North Darfur state, were receiving [[hundreds of people a day|displaced;a=Médecins Sans Frontières]] who had walked for {{two or three days}} from El Fasher, many of them starving and some with gunshot wounds.\n\n"
    "The medical charity said it had treated [[more than 130 wounded patients|injured;a=The medical charity;alt=Médecins Sans Frontières]] at its hospital in Tawila in {{ten days}}, most of them men who said they had been shot at checkpoints on the road.\n\n"
    "A nutrition screening of children under {{five}} arriving in Tawila found that {{one in three}} was acutely malnourished, MSF said. "
    "“Mothers tell us they ate animal feed for weeks before they left,” said the charity's emergency coordinator in Darfur.\n\n"
    "Tawila, about {{60 km}} west of El Fasher, was a small market town before the war. "
    "It now hosts [[more than 650,000 displaced people|displaced;a=the Norwegian Refugee Council]], according to the Norwegian Refugee Council, which said that [[about 40,000|displaced;a=the Norwegian Refugee Council]] had arrived since the start of the month.\n\n"
    "The Rapid Support Forces have besieged El Fasher, the last major city in Darfur held by the army and its allies, since {{May 2024}}. "
    "The UN says [[about 260,000 civilians|civilians;a=The UN]], half of them children, remain trapped in the city.\n\n"
    "Aid reaching Tawila is still far below needs. "
    "The World Food Programme said a convoy of [[16 trucks|aid;a=The World Food Programme]] had reached the town on Monday after {{three weeks}} on the road from Chad.",
    ["half of them"],
)

F(
    "Niger: soldiers killed in attack near Malian border",
    "NIAMEY (AFP) - Suspected jihadists killed [[21 soldiers|killed;a=Niger's defence ministry]] in an attack on an army post near the town of Tassia in southwestern Niger on Tuesday, Niger's defence ministry said in a statement read on state television.\n\n"
    "The ministry said the attackers, numbering [[several hundred|combatants;a=The ministry;alt=Niger's defence ministry]], arrived on motorcycles and in pickup trucks fitted with heavy machine guns. "
    "It said the army had killed [[dozens of terrorists|killed;a=Niger's defence ministry]] in the fighting and in air strikes that followed, and that [[nine soldiers|injured;a=Niger's defence ministry]] were wounded.\n\n"
    "The Tillabéri region, where the borders of Niger, Mali and Burkina Faso meet, has been the scene of repeated attacks by groups linked to al-Qaeda and the Islamic State group. "
    "An attack on another post in the region in {{December}} killed [[29 soldiers|killed;a=the army]], according to the army.\n\n"
    "Niger's military government, which seized power in a coup in {{July 2023}}, has ordered French troops out of the country and turned to Russia for security support.\n\n"
    "Local residents said the fighting had forced [[about 2,000 people|displaced;a=Local residents]] to flee Tassia and nearby villages for the town of Tera, {{50 km}} away. "
    "The government declared {{three days}} of national mourning. "
    "It was the deadliest attack on the army since {{March}}, when an ambush near the same border killed soldiers escorting a convoy of fuel tankers.",
)


# ---------------------------------------------------------------- more crime, returns, features

F(
    "El Salvador extends emergency rule as arrests pass new mark",
    "SAN SALVADOR - El Salvador's Congress on Wednesday extended for a {{30th}} time the state of emergency that President Nayib Bukele declared in {{March 2022}} to fight street gangs, as the government said arrests under the measure had passed a new mark.\n\n"
    "Security Minister Gustavo Villatoro said police and soldiers had detained [[more than 81,000 people|arrested;a=Security Minister Gustavo Villatoro;alt=Gustavo Villatoro]] accused of belonging to gangs such as MS-13 and Barrio 18 since the emergency began. "
    "He said [[about 7,000|arrested;a=Security Minister Gustavo Villatoro;alt=Gustavo Villatoro]] had been released for lack of evidence.\n\n"
    "The measure suspends some constitutional rights, including the right to be told the reason for an arrest and to see a lawyer, and allows detention without charge for {{15 days}}, up from {{three days}}.\n\n"
    "Human rights group Cristosal said [[at least 261 people|killed;a=Human rights group Cristosal;alt=Cristosal]] had died in state custody since {{March 2022}}, some of them with signs of torture.\n\n"
    "The government says the homicide rate fell to {{2.4 per 100,000}} inhabitants in {{2023}}, from {{38}} in {{2019}}, making El Salvador one of the safest countries in the Americas.\n\n"
    "Many of those arrested are held in the Terrorism Confinement Centre, a mega-prison opened in {{2023}} with space for [[40,000 inmates|capacity;a=the government]], according to the government. "
    "“My son sold tortillas. He has been inside for {{two years}} and we have never seen him,” said a woman waiting outside a prison in Izalco.",
    ["MS-13", "Barrio 18"],
)

F(
    "Chiapas violence pushes Mexican families across border into Guatemala",
    "GUATEMALA CITY (Reuters) - [[About 580 Mexicans|displaced;a=Guatemala's migration institute]], most of them women and children, crossed into Guatemala over the weekend fleeing fighting between drug cartels in the Mexican state of Chiapas, Guatemala's migration institute said on Monday.\n\n"
    "The families came from Amatenango de la Frontera and other villages in the mountains near the border, where the Sinaloa and Jalisco New Generation cartels are fighting for control of smuggling routes. "
    "They were being housed in [[two schools|capacity;a=local officials]] and a church in the Guatemalan town of Cuilco, local officials said.\n\n"
    "“They came into the village shooting and said every family had to give a son to fight for them,” said a farmer who crossed with his wife and children and asked not to be named.\n\n"
    "Guatemala's government said it would give the Mexicans temporary humanitarian status for {{90 days}}, and Mexico's foreign ministry said it was working with Guatemala to ensure a safe return. "
    "On Tuesday, [[about 100|returned;a=the ministry;alt=Mexico's foreign ministry]] went back to Chiapas on buses escorted by Mexican troops, the ministry said.\n\n"
    "Mexico's National Guard said it had deployed [[600 troops|combatants;a=Mexico's National Guard]] to the border municipalities.\n\n"
    "The crossing is rare: for decades, Guatemalans have fled north into Mexico, and Chiapas hosted [[tens of thousands of Guatemalan refugees|displaced]] during the civil war of the {{1980s}}.",
)

F(
    "Cameroon: separatists free students abducted near Bamenda",
    "YAOUNDÉ - Separatist fighters in Cameroon's North-West region have released [[11 students|kidnapped;a=the regional governor]] and a teacher abducted from a secondary school near Bamenda last week, the regional governor said on Sunday.\n\n"
    "The students, aged {{13 to 17}}, were taken from their dormitory at night on {{October 31}}. "
    "Governor Adolphe Lele L'Afrique said they were found in good health in a village outside the city, but did not say whether a ransom had been paid.\n\n"
    "Separatists in the English-speaking North-West and South-West regions have imposed a boycott of schools since {{2017}}, saying the French-speaking government imposes its language and laws on them. "
    "The UN children's agency UNICEF said in {{September}} that [[more than 2,200 schools|other;a=The UN children's agency UNICEF;alt=UNICEF]] in the North-West and South-West were closed or not working, leaving [[about 600,000 children|other;a=The UN children's agency UNICEF;alt=UNICEF]] out of school.\n\n"
    "The army said it had killed [[four separatist fighters|killed;a=The army]] in an operation to find the students. "
    "A separatist group, the Ambazonia Defence Forces, denied holding the students and said on social media that none of its fighters had died.\n\n"
    "Parents said the school, which had reopened in {{2022}} after {{five years}} of closure, would not open again this term.\n\n"
    "The conflict, which began in {{2016}} with peaceful protests by lawyers and teachers, has killed [[more than 6,000 people|killed;a=the International Crisis Group]] and displaced [[about 600,000|displaced;a=the International Crisis Group]], according to the International Crisis Group.",
)

F(
    "Nepal floods: rescuers search for bus passengers swept into Trishuli",
    "KATHMANDU - Rescuers searched the swollen Trishuli river on Saturday for [[two buses|other;a=police]] that were swept off the highway by a landslide before dawn on Friday with [[about 60 passengers|missing;a=police]] on board, police said.\n\n"
    "Only [[three passengers|other;a=police]] escaped, by jumping from the windows as the buses slid down the slope, police said. "
    "Divers from the Nepal Army and the Armed Police Force were using rubber boats and magnets to search the river, which was running at more than {{twice}} its normal level.\n\n"
    "Monsoon rains since mid-June have killed [[at least 105 people|killed;a=the National Disaster Risk Reduction and Management Authority]] across Nepal, the National Disaster Risk Reduction and Management Authority said on Saturday, and [[32|missing;a=the National Disaster Risk Reduction and Management Authority]] are missing. "
    "It said [[about 1,400 families|displaced;a=the National Disaster Risk Reduction and Management Authority]] had been moved to safer places.\n\n"
    "The Prithvi Highway, which links Kathmandu with the central city of Pokhara, {{200 km}} to the west, was blocked at several points, leaving [[thousands of vehicles|other]] stranded. "
    "Travel on the road, normally {{six or seven hours}}, was taking two days.\n\n"
    "“We waited {{17 hours}} in the car with our children,” said Rupa Gurung, a teacher from Pokhara.\n\n"
    "Nepal's monsoon usually lasts from {{June to September}}. "
    "The weather office said rainfall this year had been {{14 percent}} above average so far. "
    "The government announced compensation of {{200,000 rupees}} for the family of each person killed.",
    ["two days"],
)

F(
    "Ituri: militia attack on displacement camp kills dozens",
    "BUNIA, Democratic Republic of Congo - Fighters of the CODECO militia attacked a camp for displaced people near the village of Plaine Savo in Congo's Ituri province overnight on Tuesday, killing [[at least 52 people|killed;a=local officials]] with machetes and guns, local officials said.\n\n"
    "The camp hosted [[about 24,000 displaced people|displaced;a=the UN refugee agency]], according to the UN refugee agency, most of them from the Hema community. "
    "The agency said the attackers burned [[more than 1,200 shelters|housing;a=The agency;alt=the UN refugee agency]] and looted the camp's health post.\n\n"
    "A spokesman for the UN peacekeeping mission, MONUSCO, said its troops at a base {{2 km}} away had driven off the attackers, and that [[about 1,000 people|displaced;a=A spokesman for the UN peacekeeping mission, MONUSCO;alt=MONUSCO]] had taken refuge inside the base. "
    "He said peacekeepers were treating [[43 wounded|injured;a=A spokesman for the UN peacekeeping mission, MONUSCO;alt=MONUSCO]].\n\n"
    "CODECO, a loose association of militias drawn mainly from the Lendu community, says it defends Lendu farmers against the Hema and the army. "
    "It has been blamed for some of the worst massacres in eastern Congo since fighting between the two communities flared again in {{2017}}.\n\n"
    "“They came at {{1 a.m.}} They went from shelter to shelter,” said a camp leader who survived by hiding in the bush. "
    "Ituri's military governor declared {{three days}} of mourning and said the army would pursue the attackers. "
    "Ituri has [[about 1.5 million displaced people|displaced;a=the UN's humanitarian office]], according to the UN's humanitarian office.",
)

F(
    "Libya: migrants freed from traffickers' warehouse in Kufra",
    "TRIPOLI - Security forces in southeastern Libya raided a warehouse used by human traffickers in the desert town of Kufra and freed [[107 migrants|kidnapped;a=the Kufra security directorate]] who had been held for ransom, some of them for months, the Kufra security directorate said on Saturday.\n\n"
    "The directorate said the captives, from Sudan, Eritrea, Ethiopia and Somalia, included [[19 women|kidnapped;a=The directorate;alt=the Kufra security directorate]] and [[a dozen children|kidnapped;a=The directorate;alt=the Kufra security directorate]]. "
    "Many bore marks of beatings and torture, and some had been chained, it said.\n\n"
    "It said [[three Libyans|arrested;a=the Kufra security directorate]] and [[two foreigners|arrested;a=the Kufra security directorate]] had been arrested.\n\n"
    "Migrants who reach Libya through the Sahara are often held by traffickers who torture them while their relatives are called to pay ransoms of {{$2,000 to $10,000}}. "
    "“They called my mother every day and made her listen while they beat me,” a {{22-year-old}} Eritrean man told a local rights group after his release.\n\n"
    "The UN's migration agency IOM said it was ready to help those who wanted to go home. "
    "Since January, it has flown [[more than 9,000 migrants|returned]] from Libya back to their countries under its voluntary return programme.\n\n"
    "Kufra, {{about 900 km}} from the coast, is a hub on the route north from Sudan and Chad, and the town's authorities say [[about 5,000 Sudanese refugees a month|displaced;a=the town's authorities]] now pass through it.",
)

F(
    "Maiduguri: closing the camps, and what comes after",
    "MAIDUGURI, Nigeria - The gate of the Bakassi camp is padlocked now. "
    "For {{eight years}}, the former housing estate on the edge of Maiduguri sheltered people who had fled Boko Haram, until the Borno state government closed it in {{2022}}, one of a series of camp closures across the city.\n\n"
    "Governor Babagana Zulum says the policy is working. "
    "His government says it has closed [[all 32 official camps|capacity;n=camps;a=His government;alt=Governor Babagana Zulum]] in Maiduguri and resettled [[more than 180,000 people|returned;a=His government;alt=Governor Babagana Zulum]] in their home areas or in new towns built for them.\n\n"
    "Aid workers are less sure. "
    "Many families given a one-off payment of {{100,000 naira}} and {{two bags}} of rice moved not to their villages but to informal settlements on the outskirts of the city, where they receive little help, according to the Norwegian Refugee Council. "
    "Others returned to garrison towns such as Bama and Dikwa, where they cannot farm beyond {{a few kilometres}} from the trenches that protect the towns.\n\n"
    "Hauwa Bukar, {{38}}, went back to Bama in {{2023}}. "
    "“We have houses now, but no land. The soldiers say it is not safe to go {{two kilometres}} out,” she said by phone. "
    "Her husband was killed by insurgents in {{2014}}; she raises her children by selling firewood.\n\n"
    "The conflict, now in its {{16th year}}, has killed [[tens of thousands of people|killed]] in the northeast. "
    "In Borno alone, [[about 1.8 million people|displaced;a=the International Organization for Migration]] are still displaced, according to the International Organization for Migration.",
)

F(
    "Haiti: kidnapped nurses freed after three weeks",
    "PORT-AU-PRINCE - [[Eight nurses|kidnapped;a=the hospital's director]] abducted from a private hospital in the Port-au-Prince suburb of Tabarre {{three weeks}} ago were freed on Monday evening, the hospital's director said.\n\n"
    "The director, Jean-Robert Pierre, said the nurses were tired but in good health and had been examined by colleagues. "
    "He did not say whether a ransom had been paid. "
    "Police said the women had been held by a gang based in Croix-des-Bouquets, east of the capital. "
    "The hospital suspended all but emergency services after the abduction and said it would reopen fully next week, with armed guards at the gate.\n\n"
    "Kidnapping for ransom has become one of the main sources of income for Haiti's gangs. "
    "The Center for Analysis and Research in Human Rights, a Port-au-Prince group, said [[at least 190 people|kidnapped;a=The Center for Analysis and Research in Human Rights, a Port-au-Prince group;alt=The Center for Analysis and Research in Human Rights]] had been kidnapped in Haiti in the {{first quarter}} of the year, against [[about 240|kidnapped;a=The Center for Analysis and Research in Human Rights, a Port-au-Prince group;alt=The Center for Analysis and Research in Human Rights]] in the previous quarter.\n\n"
    "Ransom demands range from {{a few thousand dollars}} to {{$1 million}}, the group said, and families often sell land and cars to pay.\n\n"
    "“We called everyone we know. My mother sold her shop,” said the brother of one of the nurses, who asked not to be named for fear of reprisals.\n\n"
    "The UN says [[more than 5,600 people|killed;a=The UN]] were killed in gang violence in Haiti last year, up from [[about 4,800|killed;a=The UN]] the year before.",
)

F(
    "Herat earthquakes: winter tents for survivors as aftershocks continue",
    "HERAT, Afghanistan - Aid agencies raced on Sunday to replace summer tents with winterised shelters in Herat province, {{three weeks}} after a series of earthquakes of {{magnitude 6.3}} flattened villages in the Zindajan district.\n\n"
    "The Taliban administration's disaster ministry said the quakes had killed [[about 1,480 people|killed;a=The Taliban administration's disaster ministry]], revising down an earlier toll of [[more than 2,000|killed;a=The Taliban administration's disaster ministry]] that officials said had counted some victims twice. "
    "[[More than 10,000 houses|housing;a=the UN]] were destroyed or damaged, according to the UN.\n\n"
    "Most of the dead were women and children, who were at home when the first quake struck at {{11 a.m.}} on {{October 7}}, while many men were working in the fields.\n\n"
    "The World Health Organization said [[about 1,700 people|injured;a=The World Health Organization]] had been treated at Herat regional hospital.\n\n"
    "Night temperatures in the district already fall below {{zero}}. "
    "The UN refugee agency said it had delivered [[2,000 winterised tents|aid;a=The UN refugee agency]] and planned to build [[500 transitional shelters|capacity;p;a=The UN refugee agency]] before the snow.\n\n"
    "“We sleep outside because we are afraid of the walls,” said Gul Ahmad, a farmer in Naib Rafi, where not a single house is standing. "
    "Aftershocks of {{magnitude 5}} and above have continued to shake the area. "
    "The quakes were the deadliest in Afghanistan since a quake in Paktika province in {{June 2022}}.",
    ["first", "twice"],
)

F(
    "Chile deports Venezuelans on military flights as border tension eases",
    "SANTIAGO - Chile flew [[138 foreign nationals|returned;a=the interior ministry]], most of them Venezuelans and Colombians, back to their countries on [[two air force planes|other;u=other;a=the interior ministry]] on Thursday, the interior ministry said, the largest single deportation this year.\n\n"
    "The ministry said the group included [[41 people|returned;a=The ministry;alt=the interior ministry]] who had served prison sentences in Chile and others who had entered the country illegally through the Andean border crossing at Colchane. "
    "Chile's government has said it wants to expel [[about 2,000 people|returned;p;a=Chile's government]] this year.\n\n"
    "The number of people crossing irregularly at Colchane, {{3,700 metres}} above sea level, has fallen since Chile sent troops to the northern border in {{February 2023}}. "
    "The army has kept [[about 600 soldiers|combatants]] there since then.\n\n"
    "In the border town, a shelter run by the Catholic church that once held [[hundreds of migrants a night|displaced]] is almost empty. "
    "“In {{2021}} people slept in the square, in the cold, at {{minus 10}} degrees,” said the priest who runs it.\n\n"
    "Chile had [[about 1.9 million foreign residents|other;a=the national statistics institute]] at the end of {{2023}}, according to the national statistics institute, {{a third}} of them Venezuelan. "
    "Venezuela's government said the returnees would be received under its Return to the Homeland programme, which it says has brought home [[more than 30,000 citizens|returned;a=Venezuela's government]] from across the region since {{2018}}.",
)

F(
    "Hatay container cities: two years on, quake survivors still wait for homes",
    "ANTAKYA, Turkey - Rows of white containers stretch across a former cotton field outside Antakya, one of [[dozens of container cities|capacity;u=structure]] set up after the earthquakes of {{February 6, 2023}}, which killed [[more than 53,000 people|killed]] in Turkey.\n\n"
    "The camp holds [[between 4,000 and 4,500 people|displaced;a=Ayşe Demir, the camp's manager;alt=Ayşe Demir]], said Ayşe Demir, the camp's manager, in [[about 1,100 containers|capacity;u=other;a=Ayşe Demir, the camp's manager;alt=Ayşe Demir]] of {{21 square metres}} each. "
    "Each container was meant for [[up to five people|capacity;a=Ayşe Demir, the camp's manager;alt=Ayşe Demir]], she said, but some hold families of {{eight}}.\n\n"
    "Turkey's disaster agency AFAD said [[about 680,000 people|displaced;a=Turkey's disaster agency AFAD;alt=AFAD]] were still living in container cities across the [[11 provinces|other;u=other;a=Turkey's disaster agency AFAD;alt=AFAD]] hit by the quakes, down from [[more than 2 million|displaced;a=Turkey's disaster agency AFAD;alt=AFAD]] in tents and containers at the peak.\n\n"
    "The government has promised to build [[650,000 homes|housing;p;a=The government]] and says it has handed over [[about 200,000|housing;u=structure;a=The government]] so far. "
    "In Hatay, the worst-hit province, officials said [[45,000 to 50,000 new homes|housing;p;a=officials]] would be finished by the end of the year.\n\n"
    "“They told us {{six months}}. It has been {{two years}},” said Mehmet Karaca, {{63}}, who lost his house in the Harbiye district and now lives with his wife in a container next to the camp's school.\n\n"
    "Hatay's population has fallen by [[about 200,000|other;a=the statistics office]] since the quakes, according to the statistics office, as families moved to other cities.",
)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
