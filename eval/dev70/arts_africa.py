"""eval/dev70 items: Sudan, Ethiopia, Somalia, the Sahel, the DR Congo, Mozambique, Nigeria and
South Sudan (2017-2025).

El Fasher and Zamzam, West Darfur's burned villages, Khartoum's returns, shells and water
plants, drones on Port Sudan, Tigray's schools and returnees, drone strikes in Amhara, Djibo
under blockade, Goma's camps dismantled, Ituri's displacement sites burned, Mocímboa da Praia,
Borno's raids and Mogadishu's truck bomb.
"""

from figset import F

F(
    "Satellite images show El Fasher camp burning",
    "Amnesty International said its analysis of satellite imagery showed "
    "[[at least 1,200 structures|housing;a=Amnesty International]] had been burned in and around "
    "El Fasher in {{three weeks}}, most of them shelters in the Abu Shouk camp for displaced "
    "people. The UN said [[about 260,000 civilians|civilians;a=The UN]], {{half}} of them "
    "children, were trapped in the city.",
)

F(
    "RSF assault empties Zamzam camp",
    "The Rapid Support Forces' assault on Zamzam camp in {{April 2025}} killed "
    "[[more than 400 people|killed;a=the UN]], the UN said, and drove "
    "[[about 400,000|displaced;a=the UN]] out of the camp. Yale's Humanitarian Research Lab said "
    "satellite images showed [[about 1,800 structures|housing;"
    "a=Yale's Humanitarian Research Lab]] in the camp had burned.",
)

F(
    "Dozens of West Darfur villages torched",
    "Human Rights Watch said the RSF and allied Arab militias had burned "
    "[[at least 68 villages|housing;a=Human Rights Watch]] in West Darfur in {{2023}}, and that "
    "their attacks on El Geneina killed "
    "[[between 10,000 and 15,000 people|killed;a=Human Rights Watch]], most of them Masalit. "
    "[[More than 600,000 people|displaced;a=UNHCR]] have fled West Darfur into Chad, UNHCR said.",
)

F(
    "Hundreds of thousands return to battered Khartoum",
    "Khartoum state authorities said [[about 600,000 people|returned;"
    "a=Khartoum state authorities]] had returned to the capital since the army retook it in "
    "{{March 2025}}, though [[more than 3 million|displaced;a=Khartoum state authorities]] "
    "remained displaced. Demining teams have removed "
    "[[more than 14,000 unexploded shells|other]] from the city, and the state government expects "
    "[[a further 1 million|returned;p;a=the state government]] to come back by the end of the "
    "year.",
)

F(
    "Drones hit Port Sudan for sixth day",
    "RSF drones struck fuel depots, the airport and a power station in Port Sudan for a "
    "{{sixth}} straight day, the army said. It said air defences had shot down "
    "[[11 drones|other;a=the army]] over the city on Tuesday, but that "
    "[[two|other;u=other;a=the army]] had hit the main fuel terminal, starting a fire that "
    "burned through the night.",
)

F(
    "Sudan's displaced top 10 million",
    "IOM's Displacement Tracking Matrix said [[10.1 million people|displaced;"
    "a=IOM's Displacement Tracking Matrix]] were internally displaced in Sudan, and that "
    "[[about 1.3 million|returned;a=IOM's Displacement Tracking Matrix]] had gone back to their "
    "areas of origin, mostly in Gezira, Sennar and Khartoum states.",
)

F(
    "Tigray's schools still damaged or used as shelters",
    "Tigray's education bureau said [[more than 1,000 schools|housing;"
    "a=Tigray's education bureau]] in the region were damaged or looted during the {{two-year}} "
    "war, and that [[about 1.4 million children|civilians;a=Tigray's education bureau]] were out "
    "of school. [[About 600 schools|capacity;a=the bureau;alt=Tigray's education bureau]] are "
    "still housing displaced people, the bureau said.",
)

F(
    "Amnesty details killings in Axum",
    "Amnesty International said Eritrean troops killed "
    "[[hundreds of civilians|killed;a=Amnesty International]] in Axum over {{two days}} in "
    "{{November 2020}}, shooting men in the streets and in house-to-house raids. Residents said "
    "they had buried [[about 800 bodies|killed;a=Residents]] in the days that followed.",
)

F(
    "Displaced Tigrayans go back to Tselemti",
    "[[About 50,000 displaced people|returned;a=the interim administration]] returned to "
    "Tselemti in northwest Tigray in {{April 2025}} under a government-backed plan, the interim "
    "administration said. [[More than 1 million people|displaced]] remain displaced in Tigray, "
    "many from the west of the region, where homes were looted and burned.",
)

F(
    "Drone strike on Amhara market kills 26",
    "A drone strike on a crowded market in Finote Selam in Ethiopia's Amhara region killed "
    "[[at least 26 people|killed;a=health officials]], wounded [[55|injured;a=health officials]] "
    "and destroyed [[about 30 shops|housing;a=health officials]], health officials told "
    "Reuters.",
)

F(
    "Villages burned near besieged Djibo",
    "Jihadist fighters burned [[three villages|housing;a=local sources]] near Djibo in northern "
    "Burkina Faso last week, local sources told AFP. Djibo, home to "
    "[[about 300,000 people|civilians]] including the displaced, has been under blockade since "
    "{{2022}}. The education ministry said [[more than 5,300 schools|other;"
    "a=The education ministry]] remained closed across the country because of insecurity.",
)

F(
    "Goma's camps emptied after rebel takeover",
    "The UN said [[about 3,000 people|killed;a=The UN]] were killed in the fighting for Goma in "
    "late {{January 2025}}, when {{M23}} rebels seized the city. UNHCR said "
    "[[about 70,000 shelters|housing;a=UNHCR]] in displacement sites around Goma were destroyed "
    "or dismantled as their residents were told to leave.",
)

F(
    "Militia attack on Ituri displacement site",
    "CODECO militiamen attacked the Plaine Savo displacement site in Ituri province overnight, "
    "killing [[more than 60 people|killed;a=local officials]] and burning "
    "[[about 1,200 shelters|housing;a=local officials]], local officials said. The site had "
    "housed [[about 24,000 displaced people|displaced;a=OCHA]], OCHA said.",
)

F(
    "Mocímboa da Praia counts its destroyed homes",
    "Mozambique's government said [[about 1,200 homes|housing;a=Mozambique's government]] in "
    "Mocímboa da Praia had been destroyed or damaged by insurgents and in the fighting to "
    "retake the town in {{2021}}, and that [[some 60,000 residents|returned;"
    "a=Mozambique's government]] had come back since {{2022}}. Rwanda has deployed "
    "[[about 2,500 troops|combatants]] in Cabo Delgado province.",
)

F(
    "Boko Haram raid burns homes near Konduga",
    "Boko Haram fighters burned [[about 100 homes|housing;a=residents]] and killed "
    "[[at least 37 people|killed;a=residents]] in an overnight raid on a village near Konduga in "
    "Nigeria's Borno state, residents said. Borno's government says the insurgency has "
    "destroyed [[about 956,000 houses|housing;a=Borno's government]] since {{2009}}.",
)

F(
    "Mogadishu truck bomb toll passes 500",
    "The truck bomb that exploded at a busy Mogadishu junction on {{14 October 2017}} killed "
    "[[more than 500 people|killed;a=a Somali government committee]] and destroyed "
    "[[dozens of buildings|housing;a=a Somali government committee]], a Somali government "
    "committee said. The bomb held an estimated {{600 kilograms}} of military-grade explosives.",
)

F(
    "Attack on El Fasher maternity hospital",
    "The World Health Organization said an attack on the Saudi Maternity Hospital in El Fasher "
    "killed [[more than 460 patients and companions|killed;n=patients and companions;"
    "a=The World Health Organization]], and that [[six health workers|kidnapped;"
    "a=The World Health Organization]] had been abducted.",
)

F(
    "Sudan prices reconstruction at $200 billion",
    "Sudan's finance ministry puts the cost of reconstruction after the war that began on "
    "{{15 April 2023}} at about {{$200 billion}}, or {{six times}} the country's pre-war annual "
    "output. The army-backed government says it will move ministries back to Khartoum within "
    "{{six months}} and restore the capital's {{220-kilovolt}} grid by {{2026}}.",
)

F(
    "Air strikes around Nasir drive tens of thousands out",
    "Government air strikes around Nasir in South Sudan's Upper Nile state have displaced "
    "[[about 63,000 people|displaced;a=OCHA]], [[about 10,000|displaced;a=OCHA]] of whom crossed "
    "into Ethiopia, OCHA said. Local officials said barrel bombs dropped on the town had killed "
    "[[at least 21 people|killed;a=Local officials]].",
)

F(
    "Air strike on Togoga market",
    "An Ethiopian air strike on a market in the Tigrayan village of Togoga killed "
    "[[64 people|killed;a=health workers]] and wounded [[180|injured;a=health workers]], health "
    "workers said, and ambulances trying to reach the wounded were blocked by soldiers for "
    "{{two days}}.",
)

F(
    "RSF fighters sweep through Gezira villages",
    "The Sudan Doctors Network said RSF fighters attacked "
    "[[30 to 40 villages|other;a=The Sudan Doctors Network]] in eastern Gezira state in "
    "October, killing [[at least 124 people|killed;a=The Sudan Doctors Network]] and forcing "
    "[[tens of thousands|displaced;a=The Sudan Doctors Network]] to flee.",
)

F(
    "Khartoum's water plants slowly restarted",
    "Khartoum's water authority said [[five|other;u=other;a=Khartoum's water authority]] of the "
    "capital's [[13 water treatment plants|other;u=other;a=Khartoum's water authority]] were "
    "back in service, and that [[about 2 million residents|civilians;"
    "a=Khartoum's water authority]] still had no piped water. RSF drones hit "
    "[[three power stations|other;u=other]] in May.",
)
