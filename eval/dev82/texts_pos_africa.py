"""eval/dev82: positives: Sub-Saharan Africa.

POSITIVES = [(title, text, tag codes, kind), ...], as eval/conflictset/__init__.py gives.
"""

POSITIVES = [
    (
        "Alphamin halts Congo tin mine as M23 rebels advance on Walikale",
        'Alphamin Resources said on Wednesday it had suspended production at its Bisie tin mine in eastern Congo and evacuated staff, after M23 rebels advanced to within about 60 km of the site. The Toronto-listed company, which produces about 6% of the world\'s mined tin, said the safety of its workers came first and that it would restart operations as soon as conditions allowed. Benchmark tin prices on the London Metal Exchange rose 4% on the news. Fighters of the Rwanda-backed M23 entered the town of Walikale on Wednesday after clashing with Congolese troops and allied Wazalendo militias on the main road from the east, residents and local officials said. Thousands of residents fled into the surrounding forest or towards Lubutu, a civil society leader said. The rebels, who captured Goma and Bukavu earlier this year, have not previously pushed this far west. The Congolese army said it was "containing" the advance. Tin is also mined by thousands of artisanal diggers in the Walikale area.',
        "B D",
        "rebel advance",
    ),
    (
        "South Africa closes Lebombo border as Mozambique protests turn deadly",
        "South Africa closed the Lebombo border post with Mozambique on Wednesday, leaving hundreds of trucks stranded on the N4 highway, after rioters on the Mozambican side set fire to vehicles and a customs building. The unrest followed the Constitutional Council's confirmation of Frelimo's victory in the October election, which the opposition candidate Venâncio Mondlane says was stolen. Police fired live rounds and tear gas at protesters in Maputo, Matola and several provincial towns on Monday and Tuesday, and at least 21 people were killed, the interior minister said; the monitoring group Plataforma Decide put the toll at more than 50. Shops and warehouses were looted and several police stations burned. \"The trucks cannot move and the drivers are sleeping in their cabs without water,\" said a spokesman for the Road Freight Association. The border is the main route for South African exports to Mozambique and for chrome and coal exports through the port of Maputo. Mozal, the aluminium smelter outside Maputo, said it had reduced production because staff could not reach the plant.",
        "U",
        "post-election unrest",
    ),
    (
        "Gunmen kill more than 160 in Christmas Eve attacks on Plateau villages",
        "Armed men attacked at least 20 villages in Nigeria's Plateau state on Saturday evening and through the night, killing more than 160 people and burning hundreds of homes, local officials said on Tuesday as the toll kept rising. The attacks in the Bokkos and Barkin Ladi local government areas began as families gathered for Christmas Eve, survivors said, and the gunmen shot people as they ran and set fire to houses and a church. \"They came in large numbers with guns and machetes and went from house to house,\" said the chairman of the Bokkos council, Monday Kassah. Thousands of people fled to the towns of Bokkos and Mangu, where they are sheltering in schools and churches, the state emergency agency said. The Red Cross said hospitals in Bokkos and Jos were treating more than 300 wounded. Plateau has been the scene of repeated killings linked to disputes over land between herders and farming communities, and to armed groups that have moved into the state. President Bola Tinubu condemned the attacks and ordered security agencies to find the perpetrators. Amnesty International criticised the government's failure to stop the killings. The army said it had deployed troops to the area. Church leaders called for a day of prayer.",
        "V D",
        "village raids",
    ),
    (
        "Islamic State militants kill 44 at Friday prayers in western Niger",
        'Gunmen from the Islamic State\'s Sahel affiliate killed 44 worshippers in an attack on a mosque during Friday prayers in the village of Fambita in western Niger, the government said. The attackers surrounded the mosque in the Kokorou rural district of the Tillabéri region at about 2 p.m. and opened fire on the faithful, before setting fire to a market and several homes, the interior ministry said in a statement read on state television. Thirteen people were wounded. The ministry described the attackers as "heavily armed terrorists" and declared three days of national mourning. Tillabéri, near the borders with Mali and Burkina Faso, has been the scene of frequent jihadist attacks on civilians and soldiers since 2017. Residents of nearby villages said many families had left for the town of Téra after the attack. The military government, which seized power in 2023 promising to restore security, has ended cooperation with France and the United States and turned to Russia.',
        "T V D",
        "mosque attack",
    ),
    (
        "Drones hit Port Sudan fuel depots for third day, aid flights halted",
        "Drones struck fuel depots, the main power station and the area around the international airport in Port Sudan for a third consecutive day on Tuesday, causing huge fires and cutting electricity across the Red Sea city that has served as Sudan's wartime seat of government. The army blamed the paramilitary Rapid Support Forces, which did not comment. There were no immediate reports of casualties from Tuesday's strikes, but a strike on Sunday hit a military air base and a goods warehouse near the airport. Port Sudan had until now been far from the fighting, and it hosts UN agencies, embassies and hundreds of thousands of people who fled the war. The UN said it had suspended its humanitarian flights into the city, the main entry point for aid to the rest of the country, and was concerned about fuel supplies for aid convoys. \"Port Sudan is the lifeline of the humanitarian operation,\" said the UN's humanitarian coordinator. Fuel prices in the city's markets doubled overnight. The army-aligned government cut diplomatic relations with the United Arab Emirates, which it accuses of supplying the drones; the UAE denies arming the RSF.",
        "E H",
        "drone strikes",
    ),
    (
        "Tour operators cancel Lalibela trips as Fano militia takes town",
        'Tour operators in Ethiopia cancelled trips to the rock-hewn churches of Lalibela and to Gondar on Friday, and Ethiopian Airlines suspended flights to both cities, after fighting between the army and the Fano militia spread across the Amhara region. Fano fighters took control of Lalibela on Wednesday after clashes with federal troops, and fought their way into parts of Gondar and Bahir Dar, residents told Reuters. "There was heavy gunfire through the night, and now the young men with guns are in the streets," a resident of Lalibela said by phone before the internet was cut. The government declared a six-month state of emergency in the region. The Fano, a loose network of ethnic Amhara militias that fought alongside the army in the Tigray war, turned against the government after it moved to dissolve regional special forces. About 700 tourists were in Lalibela when the fighting began, travel agencies said, and most were waiting in their hotels for flights to resume. Tourism had been recovering since the Pretoria peace agreement ended the war in Tigray last November.',
        "B",
        "militia offensive",
    ),
    (
        "Jihadists attack gendarmerie school and airport base in Bamako",
        "Gunmen attacked a gendarmerie training school and the military part of Bamako's airport at dawn on Tuesday, setting off hours of gunfire in Mali's capital, the first major attack on the city in years. The army said the attackers had been \"neutralised\" after fighting around the school in the Faladié district and that the situation was under control. The al-Qaeda-linked group JNIM said its fighters had killed dozens of soldiers and destroyed military aircraft, including a presidential jet, which they set on fire. Security sources told Reuters that more than 70 people had been killed, many of them trainee gendarmes, and funerals for 50 cadets were held on Wednesday. The government called it a terrorist attack and closed the airport for several hours. Residents of the Senou district near the airport said they had stayed indoors as the shooting went on until midday. Mali's military rulers, who took power in coups in 2020 and 2021, have fought jihadist groups with the help of Russian mercenaries.",
        "T B",
        "jihadist attack",
    ),
    (
        "UN crew member killed as helicopter attacked in South Sudan's Nasir",
        "A UN helicopter came under fire on Friday while trying to evacuate soldiers from Nasir in South Sudan's Upper Nile state, and one crew member was killed and two others wounded, the UN mission said. The evacuation had been agreed by both sides after days of fighting between the army and the White Army, an armed youth militia of ethnic Nuer, which overran the garrison in the town on Tuesday. A general and dozens of soldiers were killed in the attack on the garrison, the government said. Government aircraft have since bombed positions around Nasir and Ulang, and residents said some of the bombs fell on homes. The International Committee of the Red Cross said its hospital in Nasir had stopped work because staff had fled. More than 10,000 people have crossed into Ethiopia's Gambella region in the past week, according to the UN refugee agency. The UN mission chief Nicholas Haysom called the attack on the helicopter \"abhorrent\" and said it may amount to a war crime. The government has arrested several officials close to First Vice President Riek Machar, whom it accuses of links to the White Army. Aid agencies warned that a cholera outbreak in the state could worsen as people move. Uganda said it had sent special forces to Juba at the request of President Salva Kiir, a deployment the opposition called a violation of the peace agreement. The United States ordered non-emergency staff to leave the country. Analysts said the fighting was the most serious threat to the 2018 peace deal that ended a five-year civil war.",
        "B E V H D M",
        "armed clashes",
    ),
]
