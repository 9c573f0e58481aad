"""dev56 items: returns after fighting, floods and ceasefires, spontaneous and organised,
repatriation convoys, trains and flights, deportations and forced returns, returnees who find
their homes destroyed, and those displaced again after going back.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Irpin's residents come back to a rebuilt town",
    "[[About 48,000 residents|returned;a=the mayor]] have returned to Irpin, which had a pre-war population of [[about 65,000|civilians;a=the mayor]], the mayor said on the anniversary of the town's liberation. "
    "He said [[1,140 buildings|housing;a=the mayor]] had been damaged during the Russian occupation in {{2022}} and [[about 700|housing;u=structure;a=the mayor]] had since been repaired. "
    "The mayor expects [[another 5,000 to 7,000|returned;p;a=The mayor]] to come back by the autumn.",
)

F(
    "Syrians head home through Masnaa after Assad's fall",
    "General Security said [[about 5,000 Syrians|returned;a=General Security]] crossed back into Syria through the Masnaa crossing on Sunday alone, while cars queued for {{10 kilometres}} on the Beirut-Damascus road. "
    "Syria's border authority said [[more than 400,000|returned;a=Syria's border authority]] had come home from Lebanon since {{8 December}}. "
    "[[Several thousand more|returned;n=-;a=a General Security officer]] crossed at Jousieh and Arida, a General Security officer said. "
    "In the other direction, [[about 3,000 Syrians|displaced;a=the Lebanese army]] who feared reprisals crossed into Lebanon through illegal routes in the north, the Lebanese army said.",
)

F(
    "In Khan Sheikhoun, returnees pitch tents beside ruined homes",
    "[[About 900 families|returned;a=the town's local council]] have come back to Khan Sheikhoun since the offensive that toppled the government, the town's local council said. "
    "The council said [[about 1,700 homes|housing;a=The council;alt=the town's local council]] had been destroyed, and [[some 300 of the returning families|displaced;a=The council;alt=the town's local council]] were living in tents beside the ruins. "
    "It said [[between 50 and 70 families a week|returned;a=the town's local council]] were arriving from the camps in the north. "
    "A {{52-year-old}} farmer who came back from a camp near Atmeh after {{six years}} said there was still no water in the town.",
)

F(
    "Southerners return after the ceasefire and find villages flattened",
    "[[More than 500,000 people|returned;a=the disaster risk management unit]] have gone back to the south, the Bekaa and Beirut's southern suburbs since the ceasefire took effect at {{4 am}} on {{November 27}}, the disaster risk management unit said. "
    "Residents are still barred from [[62 villages|other]] along the border, where Israeli troops remain. "
    "[[Tens of thousands of people|displaced]] from those villages are still living with relatives or in rented flats in Tyre and Sidon. "
    "In Khiam, the municipality said [[about 1,400 houses|housing;a=the municipality]] were destroyed and only [[200 families|returned;a=the municipality]] had come back.",
)

F(
    "Sinjar returns pick up as the camp closure deadline nears",
    "[[About 350 families|returned;a=the mayor of Sinjar]] went back to Sinjar district from camps in Duhok in {{October}}, the mayor of Sinjar said, the highest monthly number since {{2017}}. "
    "He said [[nearly 200,000 Yazidis|displaced;a=the mayor of Sinjar]] were still displaced, and that returnees had found [[about 6,000 homes|housing;a=the mayor of Sinjar]] still in ruins. "
    "Families receive {{4 million dinars}} from the Ministry of Migration when they leave the camps. "
    "The ministry expects [[up to 1,000 more families|returned;p;a=The ministry;alt=the Ministry of Migration]] to leave them before {{30 July}}.",
)

F(
    "Wad Madani fills up again as the displaced come back from Kassala and Gedaref",
    "[[More than 200,000 people|returned;a=the Gezira state government]] have returned to Wad Madani and surrounding villages since the army retook the city in {{January}}, the Gezira state government said. "
    "A spokesman for the state transport chamber said [[about 400 buses a week|other;a=A spokesman for the state transport chamber]] were bringing returnees from Kassala, Gedaref and Port Sudan. "
    "The state plans to return [[another 150,000|returned;p;a=The state;alt=the Gezira state government]] from camps in the east before the rainy season.",
)

F(
    "Return trains carry Sudanese from Cairo to Aswan",
    "[[About 1,100 Sudanese|returned;a=the Sudanese consulate in Aswan]] left Cairo by train on Monday for Aswan, from where buses will take them across the Qastal crossing to Wadi Halfa, the Sudanese consulate in Aswan said. "
    "It was the {{third}} such train this month. "
    "A consular official said [[up to 500,000 Sudanese|returned;p;a=A consular official]] were expected to go home from Egypt by the end of the year. "
    "Egypt hosts [[about 1.5 million Sudanese|displaced;a=Egyptian officials]] who fled the war, according to Egyptian officials.",
)

F(
    "Sake returnees flee again as fighting resumes",
    "[[Some 30,000 people|returned;a=local officials]] went back to Sake from the camps around Goma in {{February}}, local officials said. "
    "[[About 4,000 of them|displaced;n=-;a=the chief of the Kamuronza grouping]] fled again on Saturday when fighting between the {{M23}} and Wazalendo militias reached the hills above the town, the chief of the Kamuronza grouping said. "
    "Witnesses said [[at least seven civilians|killed;a=Witnesses]] were killed and [[about 20|injured;a=Witnesses]] wounded. "
    "On Sunday a local NGO counted [[about 1,800 households|displaced;a=a local NGO]] back on the old camp sites outside Goma.",
)

F(
    "Mocímboa da Praia: residents return, but not all",
    "[[About 40,000 residents|returned;a=the district administrator]] have returned to Mocímboa da Praia since Rwandan and Mozambican forces retook the town, the district administrator said. "
    "He said [[some 2,000 families|displaced;a=the district administrator]] from the town were still in resettlement centres in Mueda, and that [[about 1,000 Rwandan soldiers|combatants;a=the district administrator]] remained in the district. "
    "Every week [[150-200 people|returned;a=the district administrator]] arrive by boat from Pemba, he said. "
    "A {{35-year-old}} mother said she had come back to find her house without a roof.",
)

F(
    "Borno resettles 3,000 households in Marte",
    "The Borno State government on Thursday took [[3,000 households|returned;a=officials]] back to Marte, {{five years}} after jihadists drove them out, officials said. "
    "Each household received {{N50,000}} in cash, and [[3,000 bags of rice|aid;n=bags]] were handed out at the town's central mosque. "
    "The government has rebuilt [[about 1,000 houses|housing]] in the town, and [[about 600 soldiers|combatants;a=the brigade commander]] are stationed there, the brigade commander said.",
)

F(
    "Torkham: 11,500 Afghans cross in a day as deadline expires",
    "[[More than 11,500 Afghans|returned;a=the Khyber district administration]] crossed into Afghanistan at Torkham in {{24 hours}}, the Khyber district administration said on Friday, as the government's deadline for undocumented foreigners to leave expired. "
    "Officials said [[about 4,300|returned;a=Officials]] of them had been deported and the rest had left on their own. "
    "Police said [[about 2,000 people|arrested;a=Police]] were being held at the Landi Kotal holding centre awaiting deportation. "
    "[[About 420 trucks|other]] loaded with furniture and livestock queued at the border. "
    "Customs officials expect [[up to 15,000 a day|returned;p;a=Customs officials]] over the weekend.",
)

F(
    "Rohingya repatriation pilot stalls again",
    "The Refugee Relief and Repatriation Commissioner said [[1,080 Rohingya|returned;p;a=The Refugee Relief and Repatriation Commissioner]] on a list verified by Myanmar were to go back under a pilot project, but that none had agreed to leave. "
    "In {{May}}, a delegation of [[18 Rohingya|other]] visited Maungdaw to see the [[15 model villages|capacity]] Myanmar has built for returnees. "
    "[[More than 1 million Rohingya|displaced]] live in the camps of Cox's Bazar.",
)

F(
    "Manipur plans to send displaced families back to their villages by December",
    "The Manipur government plans to return [[about 5,000 displaced people|returned;p;a=The Manipur government]] to their villages in Imphal East and Kangpokpi by December. "
    "It has built [[3,000 prefabricated houses|capacity]] in relief colonies for families who cannot go back. "
    "The relief and disaster management department said [[about 58,000 people|displaced;a=The relief and disaster management department]] were still in relief camps. "
    "[[About 1,500 people|returned;a=The relief and disaster management department]] have already gone back to [[eight villages|other;a=The relief and disaster management department]] in Jiribam since {{March}}, it said.",
)

F(
    "Marawi: transitory sites still home to 2,000 families",
    "[[About 17,000 families|returned;a=Task Force Bangon Marawi]] have gone back to their homes in the most affected area of Marawi or its outskirts, Task Force Bangon Marawi said. "
    "[[About 2,000 families|displaced;a=the task force;alt=Task Force Bangon Marawi]] still live in [[eight transitory sites|capacity;a=the task force;alt=Task Force Bangon Marawi]], the task force said, {{five years}} after the siege. "
    "The government has paid compensation to [[about 3,800 families|aid]] for homes destroyed in the fighting.",
)

F(
    "Tibú: families who returned under army escort flee again",
    "[[About 1,200 people|returned;a=the Ombudsman's Office]] went back to rural Tibú under army escort in {{March}}, according to the Ombudsman's Office, but [[at least 240 of them|displaced;n=-;a=the Ombudsman's Office]] fled again after the ELN killed a community leader. "
    "The office said [[more than 500 people|civilians;a=The office;alt=the Ombudsman's Office]] in the Campo Dos area were confined by armed groups and could not leave their villages. "
    "[[Dozens of families|displaced]] from rural Tibú are still sleeping in the town's coliseum. "
    "The army estimates that the ELN has [[about 1,200 fighters|combatants;a=The army]] in the Catatumbo.",
)

F(
    "Dominican Republic deports more than 26,000 Haitians in a month",
    "Dominican authorities deported [[more than 26,400 Haitians|returned;a=the Support Group for Returnees and Refugees (GARR)]] in {{October}}, among them [[about 1,200 unaccompanied children|returned;a=the Support Group for Returnees and Refugees (GARR)]], the Support Group for Returnees and Refugees (GARR) said. "
    "The Dominican government has said it will deport [[up to 10,000 people a week|returned;p;a=The Dominican government]]. "
    "At the Belladère crossing, [[about 800 people a day|returned;a=a GARR monitor]] are being sent back, a GARR monitor said.",
)

F(
    "Tijuana receives deportees at El Chaparral",
    "[[About 3,500 Mexicans|returned;a=the National Migration Institute]] were deported through the El Chaparral crossing in Tijuana in {{February}}, according to the National Migration Institute. "
    "The federal government has set up [[nine reception centres|capacity]] along the border for deportees. "
    "The centre in Tijuana has space for [[5,000 people|capacity;a=a federal official]] but housed [[fewer than 200|displaced;a=a federal official]] last week, a federal official said.",
)

F(
    "Alexandria airport sees more deportation flights",
    "Airport records show [[14 deportation flights|other;a=Airport records]] left Alexandria International Airport in the {{seven days}} to Friday, carrying [[about 1,600 people|returned;a=Airport records]] to Guatemala, Honduras and El Salvador. "
    "ICE said [[about 2,100 detainees|arrested;a=ICE]] were held at the nearby Central Louisiana ICE Processing Center, which has [[1,160 beds|capacity;a=ICE]].",
)

F(
    "Voluntary return flights leave Athens",
    "[[About 1,500 migrants|returned;a=the Migration Ministry]] have flown home from Athens this year under the assisted voluntary return programme, the Migration Ministry said. "
    "The ministry said [[about 420|returned;a=The ministry;alt=the Migration Ministry]] of them were Pakistanis and [[about 310|returned;a=The ministry;alt=the Migration Ministry]] Georgians. "
    "Police also deported [[186 people|returned]] to Turkey under the EU-Turkey statement of {{2016}}.",
)

F(
    "Charter flights take Tunisians home from Palermo",
    "[[Two charter flights a week|other;a=the prefecture of Palermo]] leave Palermo for Tabarka, each carrying [[up to 40 Tunisians|returned;a=the prefecture of Palermo]] under a {{2011}} agreement between the two countries, the prefecture of Palermo said. "
    "The interior ministry said [[about 2,300 Tunisians|returned;a=The interior ministry]] had been repatriated this year.",
)

F(
    "Cilvegözü queues as Syrians head home from Hatay",
    "The interior minister said [[more than 133,000 Syrians|returned;a=The interior minister]] had gone back voluntarily since {{December 9}}, most of them through the Cilvegözü and Öncüpınar border gates. "
    "[[About 1,000 people a day|returned;a=customs officials]] cross at Cilvegözü alone, customs officials said. "
    "The minister said he expected [[up to 1 million|returned;p;a=The minister;alt=The interior minister]] to return by the summer.",
)

F(
    "Dadaab convoy takes 1,230 refugees back to Somalia",
    "[[1,230 refugees|returned;a=the camp manager]] left Dadaab for Kismayo and Baidoa on Tuesday in a convoy of [[44 buses|other;a=the camp manager]] and [[12 trucks|other;a=the camp manager]] carrying their belongings, the camp manager said. "
    "Each returnee receives {{$200}} in cash and food for {{three months}}. "
    "[[About 4,600 more|returned;p;n=-;a=the camp manager]] have registered to go home before the end of {{2025}}, the camp manager said.",
)

F(
    "162 Nigerian migrants return from Libya",
    "[[162 Nigerian migrants|returned;a=the National Emergency Management Agency (NEMA)]] stranded in Libya arrived at the Murtala Muhammed International Airport in Lagos at {{11:40 pm}} on Tuesday, the National Emergency Management Agency (NEMA) said. "
    "The agency said the returnees included [[71 women|returned;a=The agency;alt=the National Emergency Management Agency (NEMA)]], [[19 children|returned;a=The agency;alt=the National Emergency Management Agency (NEMA)]] and [[six infants|returned;a=The agency;alt=the National Emergency Management Agency (NEMA)]]. "
    "[[Three of the returnees|injured]] were taken to hospital with injuries they said they suffered in a Libyan detention centre.",
)

F(
    "Kherson: fewer than a third remain as shelling continues",
    "[[About 75,000 people|civilians;a=the head of the city military administration]] live in Kherson, compared with [[about 280,000|civilians;a=the head of the city military administration]] before the full-scale invasion, the head of the city military administration said. "
    "He said [[about 30,000|returned;a=the head of the city military administration]] had come back after the city was liberated in {{November 2022}}, but that [[about 5,000|displaced;a=the head of the city military administration]] had left again as drone attacks on the riverside districts grew.",
)

F(
    "Sylhet: the water recedes and families leave shelters",
    "[[About 60,000 people|returned;a=the district administration]] left flood shelters in Sylhet and went back to their homes as the Surma fell below the danger level for the first time in {{11 days}}, the district administration said on Sunday. "
    "[[About 18,000|displaced;a=the district administration]] are still in [[412 shelters|capacity;a=the district administration]], it said. "
    "Many returning families found their houses damaged; the administration counted [[7,200 houses|housing;a=the administration;alt=the district administration]] damaged in Companiganj and Gowainghat alone.",
)

F(
    "General Security convoy takes Syrians back from Arsal",
    "[[About 330 Syrians|returned;p;a=General Security]] are expected to leave Arsal on Wednesday in the {{fifth}} convoy of the year, General Security said. "
    "The municipality said [[about 1,700 people|returned;p;a=The municipality]] had signed up to go back since {{January}}, out of [[some 45,000 refugees|displaced;a=The municipality]] living in the town's camps. "
    "Refugee rights groups said [[at least 12 people|arrested;a=Refugee rights groups]] who returned in earlier convoys had been detained by Syrian security forces.",
)
