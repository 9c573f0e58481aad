"""dev32 figures items: attacks, strikes and battles. Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- attacks, strikes and battles

F(
    "Gunmen kill villagers in Plateau state",
    "Gunmen killed [[at least 27 people|killed;a=police]] in overnight raids on [[two villages|other;a=police]] in Bokkos, in Nigeria's Plateau state, police said on Monday. "
    "[[Eight people|injured;a=police]] were taken to hospital in Jos with gunshot wounds, police spokesman Alabo Alfred said. "
    "Residents said [[more than 40 houses|housing;a=Residents]] were set on fire and [[hundreds of families|displaced;a=Residents]] had fled to the town of Mangu. "
    "It was the third attack in the area since {{December 2023}}.",
    ["third attack"],
)

F(
    "Car bomb hits Mogadishu checkpoint",
    "A car bomb exploded at a checkpoint near the Somali parliament on Saturday, killing [[nine people|killed;a=a police officer, Abdikadir Hassan;alt=Abdikadir Hassan]] and wounding [[14|injured;a=a police officer, Abdikadir Hassan;alt=Abdikadir Hassan]], a police officer, Abdikadir Hassan, told reporters. "
    "Al-Shabaab said it had carried out the attack. "
    "The blast came {{two days}} after the government announced a new offensive in Middle Shabelle.",
)

F(
    "Airstrike on market in Sagaing kills dozens",
    "A military airstrike on a crowded market in Myanmar's Sagaing region killed [[at least 32 people|killed;a=a local resistance group]], including [[six children|killed;a=a local resistance group]], a local resistance group said. "
    "The group said [[more than 50 people|injured;a=The group;alt=a local resistance group]] were wounded. "
    "The junta has not commented on the strike, which happened at about {{10 a.m.}} on Friday.",
)

F(
    "Ukraine says Russian missiles hit Dnipro apartment block",
    "A Russian missile struck a nine-storey apartment block in Dnipro on {{January 14, 2023}}, killing [[at least 40 people|killed;a=regional governor Serhiy Lysak]], regional governor Serhiy Lysak said. "
    "Rescuers pulled [[39 people|other]] from the rubble, and [[75 people|injured;a=regional governor Serhiy Lysak]] were injured, he said. "
    "[[About 30 residents|missing;a=officials]] were still unaccounted for, officials said on the third day of the search.",
    ["nine-storey", "third day"],
)

F(
    "Suicide bombing at mosque in Peshawar",
    "A suicide bomber blew himself up inside a mosque in a police compound in Peshawar during afternoon prayers, killing [[at least 84 people|killed;a=hospital officials]], most of them police officers, hospital officials said. "
    "[[More than 200 people|injured]] were wounded when the roof of the mosque collapsed. "
    "Provincial police chief Moazzam Jah Ansari said [[about 300 to 400 officers|civilians;a=Provincial police chief Moazzam Jah Ansari]] were in the mosque at the time.",
)

F(
    "Fighting in Tripoli leaves dozens dead",
    "Clashes between rival armed groups in the Libyan capital killed [[55 people|killed;a=the emergency medicine centre]] and injured [[146|injured;a=the emergency medicine centre]], the emergency medicine centre said on Wednesday. "
    "Fighting broke out late on Monday after the arrest of a commander of the 444 Brigade at Mitiga airport. "
    "Flights were diverted to Misrata, and [[234 families|displaced;a=the Red Crescent]] were evacuated from the area around the airport, the Red Crescent said.",
    ["444 Brigade"],
)

F(
    "Jihadists attack army post in northern Burkina Faso",
    "Suspected jihadists attacked an army post near Djibo in northern Burkina Faso, killing [[17 soldiers|killed;a=the army]] and [[36 volunteer fighters|killed;a=the army]], the army said in a statement. "
    "It said [[dozens of attackers|killed;a=the army]] were also killed in the fighting. "
    "A security source said the post held [[about 150 men|combatants;a=A security source]].",
)

F(
    "Israeli strike on school shelter in Gaza City",
    "An Israeli strike on a school used as a shelter in Gaza City killed [[at least 22 people|killed;a=the civil defence agency]], including [[13 children|killed;a=the civil defence agency]], the civil defence agency said. "
    "The Israeli military said it had targeted a Hamas command centre inside the school. "
    "[[About 2,000 displaced people|displaced]] had been sheltering in the building.",
)

F(
    "Attack on church in Ituri",
    "Fighters of the Allied Democratic Forces attacked a Catholic church in Komanda in Ituri during a night vigil, killing [[at least 38 worshippers|killed;a=a local civil society leader]], a local civil society leader said. "
    "The UN mission said [[more than 20 houses|housing;a=The UN mission]] and shops were burned.",
)

F(
    "Drone strikes hit Kharkiv overnight",
    "Russian drones struck residential areas of Kharkiv overnight, injuring [[12 people|injured;a=Mayor Ihor Terekhov]], including [[two children|injured;a=Mayor Ihor Terekhov]], Mayor Ihor Terekhov said. "
    "He said [[17 drones|other;a=Mayor Ihor Terekhov]] were launched at the city and [[five apartment buildings|housing;a=Mayor Ihor Terekhov]] were damaged.",
)

F(
    "Separatists kill bus passengers in Balochistan",
    "Gunmen stopped vehicles on a highway in Musakhel district and shot dead [[23 passengers|killed;a=a senior local official, Najibullah Kakar;alt=Najibullah Kakar]] after checking their identity cards, a senior local official, Najibullah Kakar, said. "
    "The attackers also set fire to [[10 vehicles|other;a=a senior local official, Najibullah Kakar;alt=Najibullah Kakar]], he said. "
    "The Balochistan Liberation Army said it was behind the attack.",
)

F(
    "Cattle raid in Jonglei",
    "Armed youths from a neighbouring county raided villages in South Sudan's Jonglei state, killing [[32 people|killed;a=the county commissioner]] and taking [[about 5,000 head of cattle|other;n=head;u=other;a=the county commissioner]], the county commissioner said. "
    "He said [[11 women and children|kidnapped;n=women and children;a=the county commissioner]] were abducted.",
)

F(
    "Houthi missile hits ship in Gulf of Aden",
    "A Houthi missile struck a bulk carrier in the Gulf of Aden, killing [[three crew members|killed;a=US Central Command]], US Central Command said, the first deaths since the group began attacking ships. "
    "An Indian navy warship rescued [[21 crew|other;a=the Indian navy]] from the vessel, the Indian navy said.",
    ["first deaths"],
)

F(
    "Clashes in Sweida",
    "Fighting between Druze gunmen and Bedouin tribes in Syria's Sweida province has killed [[more than 350 people|killed;a=the Syrian Observatory for Human Rights]] in a week, the Syrian Observatory for Human Rights said. "
    "The UN said [[about 80,000 people|displaced;a=The UN]] had fled their homes. "
    "Government troops withdrew from the city on Thursday under a ceasefire.",
)

F(
    "Gunmen attack wedding party in Zamfara",
    "Bandits opened fire on a wedding party in a village in Zamfara, killing [[at least 15 guests|killed]]. "
    "Police spokesman Yazid Abubakar said [[four suspects|arrested;a=Police spokesman Yazid Abubakar]] had been arrested. "
    "The bride, aged {{19}}, was among those wounded.",
)

F(
    "Kashmir: militants attack tourists near Pahalgam",
    "Militants opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir, killing [[26 people|killed;a=police]], police said. "
    "It was the deadliest attack on civilians in the region since {{2000}}. "
    "Security forces launched a search operation, and [[more than 1,500 people|arrested;a=officials]] were detained for questioning across the valley, officials said.",
)

F(
    "Rebels seize town in eastern Congo",
    "M23 rebels took control of the town of Rubaya, with its coltan mines, after two days of fighting with the army and allied militias, residents said. "
    "The provincial government said [[at least 20 civilians|killed;a=The provincial government]] died in the shelling. "
    "Aid agencies said [[some 35,000 people|displaced;a=Aid agencies]] fled toward Minova.",
    ["two days", "M23"],
)

F(
    "Police kill suspected gang members in Port-au-Prince",
    "Haitian police and the Kenyan-led mission killed [[at least 12 gang members|killed;a=police spokesman Michel-Ange Louis-Jeune]] in an operation in Delmas, police spokesman Michel-Ange Louis-Jeune said. "
    "[[Two officers|injured;a=police spokesman Michel-Ange Louis-Jeune]] were wounded, he said.",
)

F(
    "Landmine kills children in Afghanistan",
    "An old mortar round exploded in a village in Ghazni province, killing [[nine children|killed;a=a provincial spokesman]] who were playing with it, a provincial spokesman said. "
    "The children were between {{six and 12 years}} old. "
    "[[Four others|injured;a=a provincial spokesman]] were hurt, he said.",
)

F(
    "Boko Haram raid on Borno farmers",
    "Boko Haram fighters killed [[at least 40 farmers|killed;a=Governor Babagana Zulum]] in rice fields near Zabarmari in Borno state, Governor Babagana Zulum said. "
    "He said [[dozens of others|missing;a=Governor Babagana Zulum]] were missing. "
    "The governor called for more civil defence fighters to be recruited.",
)
