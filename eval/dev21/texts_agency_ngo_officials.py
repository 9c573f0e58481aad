"""dev21 texts: agency and NGO releases, officials, regional outlets.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- agency and NGO releases, officials, regional outlets

F(
    "OCHA: aid reaches 15.6 million in Sudan, but access shrinking",
    "Humanitarian partners have reached [[15.6 million people|aid;a=OCHA]] in Sudan with some form of assistance this year, OCHA said in its latest situation report, and [[about 1,200 trucks|aid;a=OCHA]] have crossed from Chad through Adré since the crossing reopened. "
    "WFP aims to reach [[between 2 million and 3 million people|aid;p;a=WFP]] a month in famine-risk areas by the end of the year. "
    "[[At least 14 aid workers|killed]] have been killed in Sudan since January.",
)

F(
    "Gaza aid deliveries fall to lowest level of the war",
    "[[Fewer than 100 trucks a day|aid;a=the UN]] entered Gaza on average in October, the UN said, compared with [[about 500 a day|aid;u=other;a=the UN]] before the war. "
    "The World Food Programme said its stocks in the north had run out and that [[about 1 million people|civilians;a=The World Food Programme]] there had received no food rations for {{three weeks}}.",
)

F(
    "UNICEF: Sudan is the world's largest child displacement crisis",
    "[[More than 5 million children|displaced;a=UNICEF]] have been forced from their homes in Sudan, UNICEF said on Tuesday, and [[about 730,000|civilians;a=UNICEF]] are expected to suffer severe acute malnutrition this year. "
    "The agency said it had screened [[2.3 million children|aid;a=The agency;alt=UNICEF]] for malnutrition and treated [[more than 230,000|aid;a=The agency;alt=UNICEF]].",
)

F(
    "IFRC appeals for Bangladesh flood response",
    "The International Federation of Red Cross and Red Crescent Societies launched an emergency appeal for {{12 million Swiss francs}} on Tuesday to help [[300,000 people|aid;p]] affected by floods in eastern Bangladesh over the next {{nine months}}. "
    "Bangladesh Red Crescent volunteers have so far evacuated [[about 12,000 people|displaced]] by boat.",
)

F(
    "Burkina Faso: school closures leave a million children out of class",
    "[[More than 5,300 schools|other;a=the Norwegian Refugee Council]] are closed in Burkina Faso because of insecurity, the Norwegian Refugee Council said, leaving [[about 1 million children|civilians;a=the Norwegian Refugee Council]] out of school. "
    "Many of the closed schools are now used as shelters by some of the country's [[2 million displaced people|displaced]].",
)

F(
    "Eritrean refugees flee attacks on camps in Ethiopia's Amhara",
    "[[About 20,000 Eritrean refugees|displaced;a=UNHCR]] have fled the Alemwach and Dabat camps in Ethiopia's Amhara region after armed groups looted them, UNHCR said. "
    "[[Several hundred|displaced;a=aid workers]] were walking toward Gondar, aid workers said. "
    "[[Three refugees|killed]] were shot dead on the road.",
)

F(
    "Chad floods: 1.9 million affected, 341 dead",
    "Floods in Chad have affected [[more than 1.9 million people|civilians;a=the government]], killed [[341|killed;a=the government]] and destroyed or damaged [[about 217,000 homes|housing;a=the government]], the government said on Friday. "
    "In N'Djamena, [[a few thousand families|displaced]] have settled on higher ground along the road to the airport.",
)

F(
    "Sudanese refugees outnumber residents in Libya's Kufra",
    "[[More than 210,000 Sudanese|displaced;a=UNHCR]] have arrived in Libya since the war began, UNHCR said, [[about 40,000|displaced;a=UNHCR]] of them in the desert town of Kufra. "
    "Before the war, Kufra had [[about 60,000 inhabitants|civilians]].",
)

F(
    "Rights group: Egypt deporting Sudanese refugees",
    "Egyptian authorities deported [[about 800 Sudanese|returned;a=the Refugees Platform in Egypt]] in {{January}} alone, the Refugees Platform in Egypt said, after police raids in Cairo and Aswan in which [[hundreds of people|arrested;a=the Refugees Platform in Egypt]] were detained. "
    "The interior ministry did not respond to a request for comment.",
)

F(
    "Greek coastguard recovers bodies after migrant boat sinks",
    "The Greek coastguard rescued [[83 migrants|other;a=the coastguard]] after their boat sank off Pylos, the coastguard said, and recovered [[at least 15 bodies|killed;a=the coastguard]]. "
    "Survivors told UNHCR that [[between 400 and 750 people|other;a=Survivors]] had been on board, many of them from Syria, Pakistan and Egypt, and [[hundreds|missing;a=Survivors]] are feared missing.",
)

F(
    "Rukban camp empties as residents go home",
    "[[The last 300 families|returned;a=the Syrian Arab Red Crescent]] left Rukban camp near the Jordanian border for Homs and Palmyra this week, the Syrian Arab Red Crescent said. "
    "At its peak the camp held [[about 50,000 people|displaced]], who lived for {{years}} under siege with little food or medical care.",
)

F(
    "Yazidis trickle back to Sinjar a decade after genocide",
    "[[More than 2,000 Yazidis|returned;a=the Iraqi migration ministry]] returned to Sinjar from camps in Duhok in {{March}}, the Iraqi migration ministry said, and [[another 5,000 families|returned;p;a=the Iraqi migration ministry]] have registered to go home. "
    "[[About 200,000|displaced]] remain in the Kurdistan region, many in [[15 camps|capacity]] that have housed them since {{2014}}.",
)

F(
    "Pakistan to expel 800,000 Afghan card holders",
    "Pakistan will expel [[about 800,000 Afghans|returned;p;a=the interior ministry]] holding Afghan Citizen Cards after a {{March 31}} deadline passes, the interior ministry said on Friday. "
    "The cards were issued in {{2017}} to undocumented Afghans, and holders are not registered as refugees, it said.",
)

F(
    "Drone strikes on Rohingya fleeing Maungdaw kill dozens",
    "Drone strikes on people waiting to cross the Naf river from Maungdaw into Bangladesh killed [[dozens of Rohingya|killed;a=witnesses]], including families with children, witnesses said. "
    "Médecins Sans Frontières said [[39 wounded people|injured;a=Médecins Sans Frontières]] had reached its clinics in Cox's Bazar after crossing. "
    "[[Several dozen bodies|killed]] were seen on the riverbank.",
)

F(
    "Jihadist blockade drives thousands out of Timbuktu",
    "[[About 33,000 people|displaced;a=local authorities]] have left the Timbuktu region since JNIM declared a blockade in {{August}}, local authorities said, most of them to Mauritania. "
    "[[At least 49 civilians|killed;a=the transitional government]] and [[15 soldiers|killed;a=the transitional government]] were killed in an attack on a passenger boat on the Niger river, the transitional government said.",
)

F(
    "Ouahigouya: displaced now outnumber residents",
    "[[More than 180,000 IDPs|displaced;a=the mayor]] are living in Ouahigouya, the mayor said, in a town that had [[about 125,000 inhabitants|civilians;a=the mayor]] before the crisis. "
    "The municipality has set up [[four new sites|capacity]], but [[2,000-3,000 households|displaced]] are still sleeping in the open.",
)

F(
    "Cameroon's Anglophone crisis: 638,000 internally displaced",
    "[[About 638,000 people|displaced;a=OCHA]] are displaced inside Cameroon by the conflict in the North-West and South-West regions, OCHA said, and [[nearly 87,000|displaced;a=OCHA]] have fled to Nigeria. "
    "Separatist fighters kidnapped [[12 teachers|kidnapped]] in Bamenda last week.",
)

F(
    "Jonglei cattle raid: dozens dead, children abducted",
    "Armed youths from Pibor killed [[at least 30 people|killed;a=the Jonglei state information minister]], abducted [[17 children|kidnapped;a=the Jonglei state information minister]] and drove off [[several thousand head of cattle|other;n=cattle;a=the Jonglei state information minister]] in a raid on villages in Duk county, the Jonglei state information minister said. "
    "[[About 2,000 women and children|displaced;n=women and children]] fled to Bor town.",
)

F(
    "South Kordofan: airdrops resume for besieged Kadugli",
    "[[Some 40,000 people|displaced;a=the WFP]] have fled Kadugli since RSF and SPLM-N fighters encircled the town, the WFP said, and the agency has carried out [[10 airdrops|aid;a=the WFP]] of sorghum and lentils. "
    "[[Up to 150,000 people|civilians]] remain inside the town.",
)

F(
    "Oromia attacks: thousands of households displaced",
    "Attacks on villages in western Oromia have displaced [[at least 2,000 households|displaced;a=the Ethiopian Human Rights Commission]], the Ethiopian Human Rights Commission said, and killed [[more than 40 people|killed;a=the Ethiopian Human Rights Commission]]. "
    "Regional police said they had arrested [[46 suspects|arrested;a=Regional police]].",
)

F(
    "Cyclone Chido: 90,000 displaced in northern Mozambique",
    "Cyclone Chido killed [[at least 94 people|killed;a=the disaster management agency]] in Mozambique's Cabo Delgado and Nampula provinces and injured [[768|injured;a=the disaster management agency]], the disaster management agency said. "
    "[[About 90,000 people|displaced;a=UNICEF]] have lost their homes, UNICEF said. "
    "[[More than 250 classrooms|housing]] were destroyed.",
)

F(
    "Madagascar cyclone: 50,000 in evacuation sites",
    "[[More than 50,000 people|displaced;a=the national disaster office]] are in [[97 evacuation sites|capacity;a=the national disaster office]] after Cyclone Gamane hit northern Madagascar, the national disaster office said. "
    "[[At least 18 people|killed]] died, and [[about 3,000 houses|housing]] were flooded.",
)

F(
    "Displaced families return to El Tarra under army escort",
    "[[About 600 displaced people|returned;a=the Ombudsman's Office]] went back to El Tarra, in Catatumbo, on Tuesday under army escort, the Ombudsman's Office said. "
    "[[Another 2,000|returned;p;a=the mayor]] are expected to follow next week, the mayor said.",
)

F(
    "Armenia hands housing certificates to Karabakh refugees",
    "[[About 8,000 refugee families|aid;a=the social affairs ministry]] from Nagorno-Karabakh have received housing certificates worth up to {{10 million drams}} under the government programme, the social affairs ministry said. "
    "[[Some 101,000 refugees|displaced;a=the ministry;alt=the social affairs ministry]] are registered in Armenia, the ministry said, and {{about 1 in 5}} has left for Russia or elsewhere.",
)

F(
    "Sumy region orders evacuation of 200 settlements",
    "Ukrainian authorities ordered the mandatory evacuation of [[213 settlements|other;u=other;a=the regional military administration]] in the Sumy region, the regional military administration said on Wednesday, covering [[about 56,000 people|displaced;p;a=the regional military administration]]. "
    "[[More than 20,000|displaced]] have already left.",
)

F(
    "Belgorod sends 9,000 children to camps away from the border",
    "Russian authorities have sent [[about 9,000 children|displaced;a=Belgorod governor Vyacheslav Gladkov]] from Belgorod and nearby towns to summer camps in other regions because of Ukrainian shelling, Belgorod governor Vyacheslav Gladkov said. "
    "Shelling of the city on Saturday killed [[five people|killed]] and wounded [[18|injured]].",
)

F(
    "West Bank herding communities emptied by settler attacks",
    "[[About 1,200 Palestinians|displaced;a=OCHA]] from [[20 herding communities|other;u=other;a=OCHA]] in Area C have been forced out by settler violence and access restrictions since {{October 2023}}, OCHA said. "
    "Settlers injured [[at least 15 Palestinians|injured]] in attacks on villages near Ramallah this week.",
)

F(
    "Tribal fighting in Papua New Guinea's Enga leaves dozens dead",
    "[[At least 64 men|killed;a=police]] were killed in an ambush between rival clans near Wabag in Papua New Guinea's Enga province, police said. "
    "[[Hundreds of villagers|displaced]] have fled into the bush, and [[dozens of houses|housing]] were burned.",
)

F(
    "Papua villagers flee military operation in Intan Jaya",
    "[[About 7,000 villagers|displaced;a=church leaders]] have fled their homes in Intan Jaya regency since the Indonesian military began an operation against separatist rebels, church leaders said. "
    "The military said [[five soldiers|killed;a=The military]] had been killed in clashes.",
)

F(
    "IOM: 4.5 million Ukrainians have returned home",
    "[[About 4.5 million people|returned;a=IOM]] have returned to their homes in Ukraine after being displaced, IOM said in its latest general population survey, [[1.2 million|returned;a=IOM]] of them from abroad. "
    "[[About 3.7 million|displaced]] remain internally displaced.",
)

F(
    "Tehran residents leave city as strikes intensify",
    "[[Tens of thousands of residents|displaced;a=state media]] have left Tehran for northern provinces, state media said, with queues at petrol stations stretching for {{hours}}. "
    "The health ministry said [[224 people|killed;a=The health ministry]] had been killed in Iran since the strikes began.",
)

F(
    "Tripoli clashes force families from homes",
    "[[About 2,000 families|displaced;a=the Libyan Red Crescent]] have fled the Abu Salim and Salah al-Din districts of Tripoli since armed groups began fighting on Monday, the Libyan Red Crescent said. "
    "[[At least 55 people|killed;a=the health ministry]] have been killed, according to the health ministry.",
)

F(
    "Marawi: thousands still in transitory shelters",
    "[[About 17,000 people|displaced;a=the Task Force Bangon Marawi]] are still living in transitory shelters around Marawi, the Task Force Bangon Marawi said, {{seven years}} after the siege of the city ended. "
    "The government has built [[about 2,500 permanent houses|housing;a=The government]] and plans [[1,000 more|housing;p;n=-;u=structure;a=The government]].",
)
