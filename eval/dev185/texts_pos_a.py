"""dev185 positives (1 of 2): obituaries, profiles and funerals told while the violence is
current: Gaza, Ukraine, Nigeria, Myanmar, the West Bank, Sudan, the Golan, Lebanon, Pakistan,
Burkina Faso, Mozambique, Congo and Haiti (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        '"He wanted the world to see": Gaza mourns Anas Dababish, killed by a drone hours '
        "after his last broadcast",
        "Colleagues carried the body of Anas Dababish through the courtyard of al-Aqsa "
        "Martyrs Hospital in Deir el-Balah on Tuesday, his blue press vest laid across the "
        "stretcher. The 27-year-old camera operator was killed on Monday evening when an "
        "Israeli drone struck a tent beside the hospital used by journalists to charge their "
        "equipment and file footage, according to the Palestinian Journalists Syndicate. Two "
        "other reporters were wounded in the strike. The Israeli military said it had "
        'targeted "a terrorist operating under the guise of a journalist", a claim his '
        "employer called a lie intended to justify the killing of witnesses. Dababish had "
        "filmed almost every day since October 2023, often on foot when fuel ran out, and his "
        "footage of families searching rubble in Nuseirat was broadcast around the world. He "
        'leaves a wife and a daughter born in a tent in al-Mawasi last spring. "He used to '
        'say he wanted the world to see what we see," said his cousin Mahmoud, who works at '
        "the same agency. Press freedom groups say Gaza has become the deadliest place for "
        "journalists in the world. At his funeral, mourners held up his camera, its lens "
        "cracked by shrapnel.",
        "E V",
        "drone strike",
    ),
    (
        'Combat medic "Yarik" killed by Russian drone while evacuating wounded near Pokrovsk',
        "Yaroslav Hnatiuk, a combat medic known to his brigade by the call sign Yarik, was "
        "killed on Thursday when a Russian FPV drone struck the armoured ambulance he was "
        "driving out of a village west of Pokrovsk, his unit said. He had been evacuating two "
        "wounded infantrymen from a position that had been under assault since dawn; both "
        "soldiers survived and were taken to a stabilisation point. Hnatiuk, 34, was a "
        "paediatric nurse in Vinnytsia before the full-scale invasion and volunteered in "
        "March 2022. Colleagues said he had made more than 400 evacuation runs along roads "
        'the drones now watch around the clock. "He went in when the rest of us were told to '
        'wait," said his commander, who asked to be identified only as Oleh. The brigade said '
        "fighting in the area continued on Friday, with Russian troops trying to cut the last "
        "supply road into the town. His funeral will be held on Sunday in Vinnytsia, where "
        "his mother still works at the children's hospital he left. He is survived by his "
        "mother, his wife Iryna and a son, Matviy, who turned six last month.",
        "B E",
        "drone strike",
    ),
    (
        "Kherson volunteer who delivered bread to the riverbank killed by drone",
        "Serhii Tkachenko spent the last two years driving a white van loaded with bread, "
        "medicine and bottled water into the districts of Kherson closest to the Dnipro "
        "river, where few shops remain open and residents rarely leave their cellars. On "
        "Wednesday morning a Russian drone dropped an explosive on the van as he unloaded it "
        "outside an apartment block on Richkova Street, killing him and wounding two women "
        "who had come out to collect food, the regional military administration said. "
        "Officials in Kherson say Russian operators on the left bank have spent months "
        "hunting civilians with small drones, attacking buses, cyclists and people queuing "
        "for aid. Tkachenko, 58, was a retired ship's engineer who could have left the city "
        'in 2022 and chose not to. "He knew every grandmother on the embankment by name," '
        "said Olena Khomenko, who runs the charity he drove for. The charity said it had "
        "suspended deliveries to the area until further notice. His neighbours laid bread and "
        "carnations by the burned-out van on Thursday. He is survived by a daughter in Odesa.",
        "E V H",
        "drone strike",
    ),
    (
        "A village in Bokkos buries its dead after night of gunfire",
        "In Mushu, a farming village in the Bokkos area of Plateau State, the men began "
        "digging graves at first light on Monday. Gunmen arrived on motorcycles shortly "
        "before midnight on Sunday, shooting at people as they ran from their homes and "
        "setting fire to houses and grain stores, residents told Punch. Local leaders said 23 "
        "people were killed, among them eight children; the state police command confirmed 17 "
        'deaths and said officers had been deployed to the area. "We heard the shooting from '
        'the direction of the stream, then they were inside the compound," said Danjuma Pam, '
        "a teacher who lost his wife and two sons. Survivors spent the night hiding in the "
        "hills and in a nearby maize field. By Monday afternoon hundreds of people had fled "
        "to Bokkos town, where a primary school was turned into a shelter. The attack was the "
        "third on villages in the area this year. Governor Caleb Mutfwang called the killings "
        '"a calculated attempt to drive our people off their land" and ordered an '
        "investigation. As the last bodies were lowered into a mass grave, women sang hymns "
        "in Mupun.",
        "V D",
        "village raid",
    ),
    (
        "On the road to Demoso, a former music teacher leads a resistance platoon under fire",
        "The shelling starts a little after four in the afternoon, as it has every day this "
        "week. Saw Eh Doh, 31, who taught music at a Baptist school in Loikaw until the coup, "
        "waits for it to lift and then moves his platoon forward along a drainage ditch "
        "towards a junta position on the edge of Demoso. His fighters, most of them younger "
        "than 20, belong to the Karenni Nationalities Defence Force, which says it has been "
        "trying to take the town for three weeks. The army has answered with artillery and "
        "with airstrikes on villages along the road, and the platoon carries two wounded men "
        "back to a jungle clinic most nights. Saw Eh Doh plays guitar in the bunker when the "
        'generator works. "I still think of myself as a teacher," he says, cleaning a rifle '
        'captured in January. "I just don\'t know when the school will open again." Neither '
        "side's claims about the fighting can be independently verified. On Thursday, a drone "
        "operator in his unit was killed by a mortar round near the old rice mill. By the "
        "time this article was filed, his platoon had been ordered forward again.",
        "B E",
        "fighter profile",
    ),
    (
        "Thousands attend funeral in Jenin after Israeli raid kills four",
        "Thousands of mourners marched through Jenin refugee camp on Thursday behind the "
        "bodies of four Palestinians killed during an Israeli military raid that lasted "
        "through the night, the Palestinian health ministry said. Israeli forces entered the "
        "camp before dawn on Wednesday with armoured bulldozers and drones, and exchanged "
        "fire with gunmen for several hours, residents said. The Israeli military said its "
        'troops had killed "armed terrorists" and arrested wanted suspects, and that one '
        "soldier was lightly wounded. Among the dead was Mohammad Abu Hweileh, 17, whom his "
        'family described as a schoolboy who had gone out to buy bread. "He was standing at '
        'the corner of the street, that is all," said his uncle Fathi. Bulldozers tore up '
        "roads and water pipes in the camp, leaving several neighbourhoods without water, the "
        "municipality said. Armed men fired into the air as the funeral procession passed the "
        "cemetery. The raid was the latest in months of operations in the northern West Bank.",
        "M B",
        "raid",
    ),
    (
        "The last surgeon at El Fasher's Saudi Hospital keeps operating under shelling",
        "Dr Adam Ibrahim Yahya sleeps in a storeroom beside the operating theatre of the "
        "Saudi Hospital in El Fasher, when he sleeps at all. The 41-year-old general surgeon "
        "is one of the last doctors still working in the besieged capital of North Darfur, "
        "where the Rapid Support Forces have shelled neighbourhoods and the hospital itself "
        "for months. On Sunday, a shell hit the maternity ward, killing two patients and a "
        'nurse, the Sudan Doctors Network said. "We operate by torchlight, on the floor when '
        'the tables are full," Dr Yahya said by satellite phone on Monday. The hospital has '
        "run out of anaesthetic and blood bags, and no aid convoy has reached the city since "
        "the spring. Patients arrive with shrapnel wounds from the markets and from the camps "
        "on the city's edge. Dr Yahya trained in Khartoum and worked in Saudi Arabia before "
        "returning home in 2019. His wife and children left for Tawila, 60 kilometres away, "
        "in June. He says he will stay until the last patient leaves.",
        "E V H",
        "shelling",
    ),
    (
        "Obituary: Hiba Abdelrahim, the Khartoum volunteer who kept a soup kitchen running "
        "through the war",
        "Hiba Abdelrahim ran a communal kitchen in the Umbadda district of Omdurman for 19 "
        "months, feeding up to 1,200 people a day with sorghum, lentils and whatever her "
        "neighbours abroad could send by mobile transfer. On Saturday, fighters of the Rapid "
        "Support Forces stormed the kitchen, beat volunteers and shot her dead when she "
        "refused to hand over the week's cash, according to the local Emergency Response "
        "Room, the neighbourhood network she belonged to. She was 29. Two other volunteers "
        "were taken away and have not been heard from. The network says at least 14 of its "
        "members have been killed in the greater Khartoum area since the war began in April "
        "2023, and many more detained by both sides. Hiba studied pharmacy at the University "
        "of Khartoum and had planned to open a chemist's shop. Instead she learned to cook "
        "for hundreds, to haggle for firewood and to keep accounts on a phone she charged "
        'from a car battery. "She was the only one the children were not afraid of," said a '
        "fellow volunteer. The kitchen did not open on Sunday.",
        "V H",
        "killing of aid worker",
    ),
    (
        "Majdal Shams buries 12 children killed by rocket on football pitch",
        "The Druze town of Majdal Shams in the Israeli-controlled Golan Heights buried 12 "
        "children and teenagers on Sunday, a day after a rocket struck the football pitch "
        "where they were playing. Thousands of mourners, many dressed in white, filled the "
        "streets as the coffins were carried to the cemetery. The children were aged between "
        "10 and 16. Israel blamed Hezbollah for the strike, which it said was carried out "
        "with an Iranian-made Falaq rocket; the group denied responsibility. Witnesses "
        "described a siren, followed seconds later by an explosion on the grass as children "
        'ran for a shelter near the pitch. "They were just kicking a ball," said Wissam, a '
        "neighbour whose nephew was among the wounded. Several families asked Israeli "
        "politicians not to attend the funerals, and some who came were heckled. The Israeli "
        "military said it struck Hezbollah targets in southern Lebanon overnight. Community "
        "leaders appealed for calm, and the town observed a general strike.",
        "E V",
        "rocket strike",
    ),
    (
        "Lebanon: civil defence volunteers killed when strike hits their centre",
        "Five volunteers of the Islamic Health Committee's civil defence service were killed "
        "on Wednesday night when an Israeli airstrike hit their centre in the southern town "
        "of Derdghaya, the Lebanese health ministry said. The men had returned from rescuing "
        "residents from a collapsed house nearby and were resting when the building was "
        "struck, a colleague told L'Orient Today. Among them was Ali Fahs, 52, a plumber who "
        "had volunteered with the service for two decades and was known in the town for "
        'fixing water pumps for free. "He pulled children out of rubble three times this '
        'week," his brother said. The ministry said it was the latest in a series of strikes '
        "on rescue workers and ambulances in south Lebanon, and called them a violation of "
        "international humanitarian law. The Israeli military has accused Hezbollah of using "
        "ambulances to move fighters, which the group's health arm denies. On Thursday the "
        "bodies were taken to Tyre, where hospitals are already short of staff as families "
        "flee north. Fahs leaves four children.",
        "E V H",
        "airstrike",
    ),
    (
        "Dera Ismail Khan bids farewell to seven policemen killed in militant assault",
        "Funeral prayers for seven policemen killed in an overnight attack on a checkpost in "
        "Dera Ismail Khan were offered at the police lines on Saturday, attended by the "
        "inspector general of Khyber Pakhtunkhwa police and hundreds of colleagues. Militants "
        "armed with heavy weapons and night-vision equipment attacked the Kot Sultan post "
        "shortly after midnight, police said, and the gunfight went on for nearly two hours "
        "before reinforcements arrived. Three attackers were also killed. The banned "
        "Tehreek-e-Taliban Pakistan claimed responsibility in a statement to journalists. "
        "Among the dead was Head Constable Gul Nawaz, 49, who was due to retire in March and "
        "had served in the district for 26 years. His son, a constable in the same force, "
        "stood beside the coffin draped in the national flag. Officials described the assault "
        "as a terrorist attack and said a search operation was under way in the surrounding "
        "area. Attacks on police in the province's southern districts have risen sharply this "
        "year.",
        "T B M",
        "attack on police",
    ),
    (
        "Families in Punjab receive the bodies of labourers pulled off a bus in Balochistan",
        "The bodies of nine men from Punjab who were taken off a bus and shot dead in "
        "Balochistan's Zhob district arrived in their home villages near Gujranwala and "
        "Lodhran on Friday. Gunmen had blocked the national highway on Wednesday night, "
        "checked passengers' identity cards and led away those with Punjab addresses, "
        "officials said. The men were labourers heading to construction sites in Quetta. The "
        "banned Balochistan Liberation Army claimed the attack, and the provincial government "
        "called it a cowardly act of terrorism. In Lodhran, Muhammad Aslam said his brother "
        "Shahid had phoned him an hour before the bus left to say he had found work for the "
        'winter. "He was sending money for my daughter\'s wedding," he said. The interior '
        "minister said security forces had begun an operation to track down the attackers. "
        "Similar killings of travellers from Punjab have occurred on Balochistan's highways "
        "several times in the past two years. Shahid Aslam was 24 and the eldest of six "
        "children.",
        "V T M",
        "massacre",
    ),
    (
        "Remembering the headteacher of Kalsaka, killed as jihadists stormed the town",
        "Issaka Ouédraogo had run the primary school in Kalsaka, in northern Burkina Faso, "
        "for eleven years and refused to close it when other schools in the province shut "
        "their doors. On Tuesday morning, fighters of the al-Qaeda-linked JNIM group entered "
        "the town on motorbikes, shot at residents in the market and set fire to the school "
        "and the town hall, survivors said. Ouédraogo, 46, was killed in the school yard, "
        "colleagues told Radio Omega. At least 30 civilians died in the attack, according to "
        "a local association, though the government has not released a toll. By Wednesday, "
        "thousands of residents had fled towards Ouahigouya, crowding into host families' "
        'compounds and an unfinished stadium. "He always said a closed school is a victory '
        'for them," said a teacher who escaped through the fields. Ouédraogo trained in '
        "Koudougou and wrote poems in Mooré that he read at school assemblies. He leaves a "
        "wife and five children, who reached Ouahigouya on foot.",
        "T V D",
        "jihadist attack",
    ),
    (
        '"They came at prayer time": survivors of Macomia attack reach Pemba',
        "Amina Saide was preparing the evening meal in Macomia on Friday when the shooting "
        "began. Insurgents linked to the Islamic State group swept into the district town at "
        "prayer time, beheading at least four men, burning houses and looting the market, "
        "survivors and local officials said. Amina, 36, ran with her three children into the "
        "bush and walked for two days before a truck driver carried them to Pemba, where she "
        "spoke to a reporter at a transit centre run by the provincial government. She does "
        "not know where her husband is. The UN migration agency said more than 4,000 people "
        "had fled Macomia district since the weekend. Mozambican and Rwandan troops said on "
        "Sunday they had pushed the insurgents out of the town, but residents say the "
        "fighters remain in the surrounding villages. Amina's eldest son, Issufo, is 12 and "
        'stopped speaking on the walk, she said. "We have run three times now," she said. '
        '"Each time we come back, they come back."',
        "B T V D",
        "insurgent attack",
    ),
    (
        "In Goma, a nurse keeps the maternity ward open as M23 fighting reaches the city",
        "Esther Kavira was on night duty at a maternity clinic in Goma's Ndosho neighbourhood "
        "when the bombs started falling near the airport. By Monday morning, fighters of the "
        "Rwanda-backed M23 were in the streets, exchanging fire with Congolese soldiers and "
        "militiamen, and the clinic had taken in women from displacement camps on the city's "
        'western edge. "We delivered nine babies while the shooting was outside the door," '
        "Kavira, 33, said by phone. Bullets came through a window of the corridor on Sunday "
        "night. Hospitals across the city are overwhelmed with wounded, the International "
        "Committee of the Red Cross said, and water and electricity have been cut. Hundreds "
        "of thousands of people who had been living in camps around Goma were on the move "
        "again. Kavira, who has worked at the clinic since 2017, has not seen her own "
        "children since Saturday; they are with her sister in Birere. The clinic has oxygen "
        "for two more days. She was going back on shift as the call ended.",
        "B E H D",
        "urban fighting",
    ),
    (
        "Obituary: Jean-Robert Pierre, the Kenscoff radio voice silenced by gang gunfire",
        "For fifteen years Jean-Robert Pierre opened his morning programme on Radio "
        "Solidarité Kenscoff with the weather for the farmers of the hills above "
        "Port-au-Prince and the price of carrots in Pétion-Ville. He was killed on Monday "
        "when gunmen of the Viv Ansanm gang coalition attacked his neighbourhood before dawn, "
        "burning houses and shooting residents who tried to flee, according to the mayor and "
        "Haiti's national police. He was 51. At least 12 people were killed in the attack, "
        "officials said, and the UN migration agency reported that more than 3,000 residents "
        "of Kenscoff had fled towards Pétion-Ville in the following two days. Pierre had "
        "refused to leave the commune even as the gangs pushed up the mountain roads through "
        "the year. He used his show to read out the names of the missing and to tell "
        'listeners which roads were still open. "He was our warning system," said a '
        "colleague, Mirlande Joseph. His wife and two daughters escaped. The station has been "
        "off the air since the attack.",
        "V D",
        "gang attack",
    ),
]
