"""dev14 texts: mixed regions, part 4, second half (28 texts).

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    (
        "Uganda: families of opposition supporters seek missing relatives",
        "Relatives of supporters of opposition leader Bobi Wine gathered at the National Unity Platform offices in Kampala to file reports of missing family members. "
        "The party says [[at least 18 supporters|missing;a=The party]] have been taken by men in unmarked vans since the campaign began. "
        "The internal affairs minister said in parliament that [[more than 1,300 people|arrested;a=The internal affairs minister]] had been detained in connection with the {{November}} riots, and that [[about 600|arrested;a=The internal affairs minister]] had been charged. "
        "[[Fifty-four people|killed;a=police]] died in the riots, police said.",
    ),
    (
        "Bangladesh: Chittagong Hill Tracts homes burned after communal clash",
        "Settlers set fire to houses belonging to Indigenous Jumma families in Khagrachari and Rangamati in {{September 2024}}, after a man was beaten to death in a dispute. "
        "The Kapaeeng Foundation said [[about 100 houses|housing;a=The Kapaeeng Foundation]] and [[more than 50 shops|housing;a=The Kapaeeng Foundation]] were burned. "
        "[[Four Jumma men|killed;a=the army]] were killed when soldiers fired on a crowd in Dighinala, the army said. "
        "The interim government sent a team of [[12 investigators|other]].",
    ),
    (
        "Nigeria: Gwoza suicide bombings hit wedding and hospital",
        "Female suicide bombers attacked a wedding, a funeral and a hospital in Gwoza, Borno State, on {{June 29, 2024}}. "
        "The state emergency agency said [[32 people|killed;a=The state emergency agency]] were killed and [[42|injured;a=The state emergency agency]] seriously injured. "
        "Gwoza hosts [[about 50,000 displaced people|displaced;a=aid agencies]] in [[five camps|capacity;a=aid agencies]], aid agencies say. "
        "After the attack, the army said it had arrested [[two suspected coordinators|arrested;a=the army]].",
    ),
    (
        "Haiti: Pont-Sonde massacre survivors flee to Saint-Marc",
        "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite valley at dawn on {{October 3, 2024}}, shooting residents in their homes. "
        "The UN human rights office said [[at least 115 people|killed;a=The UN human rights office]] were killed. "
        "[[More than 6,200 people|displaced;a=the International Organization for Migration]] fled, most of them to Saint-Marc, the International Organization for Migration said. "
        "In Saint-Marc, [[about 2,000|displaced]] are living in [[three churches|capacity]] and a school, while the others stay with host families. "
        "The gang also set fire to [[45 houses|housing]] and [[34 vehicles|other]].",
    ),
    (
        "Cameroon: Ambazonian fighters enforce lockdown with arson",
        "Separatist fighters burned [[two buses|other;a=the police]] and [[a dozen motorbikes|other;a=the police]] in Bamenda on {{Monday}} to enforce their weekly lockdown, the police said. "
        "[[One driver|killed]] was shot dead. "
        "Human Rights Watch says [[more than 6,000 civilians|killed;a=Human Rights Watch]] have been killed by both sides since the crisis began in {{2016}}. "
        "Schools in the region remain closed for [[some 700,000 children|civilians;a=UNICEF]], UNICEF says.",
    ),
    (
        "Myanmar: Rohingya boat arrivals in Aceh rejected by residents",
        "A wooden boat carrying Rohingya refugees landed on a beach in Aceh province in {{November 2023}}, the latest of several arrivals. "
        "Local officials said [[about 240 Rohingya|displaced;a=Local officials]] were on board, [[more than 70 of them|displaced;n=-;a=Local officials]] children. "
        "Residents pushed the boat back out to sea, but the passengers landed again {{two days}} later. "
        "UNHCR said [[more than 1,000 Rohingya|displaced;a=UNHCR]] had arrived in Aceh that month, and [[as many as 200|missing;a=UNHCR]] were feared lost at sea.",
    ),
    (
        "Ethiopia: Tigray fighters demobilised under Pretoria deal",
        "The National Rehabilitation Commission began demobilising Tigrayan fighters at camps in Mekelle and Edaga Hamus in {{June 2024}}. "
        "The commission said it planned to demobilise [[75,000 former fighters|combatants;p;a=The commission;alt=The National Rehabilitation Commission]] in Tigray in the first phase, out of [[about 270,000|combatants;a=The commission;alt=The National Rehabilitation Commission]] nationwide. "
        "Each camp can take [[up to 10,000|capacity;a=officials]] at a time, officials said. "
        "Former fighters receive {{3,000 birr}} on leaving.",
    ),
    (
        "Thailand: southern insurgents attack village defence volunteers",
        "Insurgents attacked a post of village defence volunteers in Yala province late on {{Saturday}}, setting off a bomb and then firing. "
        "[[Three volunteers|killed;a=police]] were killed and [[four|injured;a=police]] injured, police said. "
        "The Internal Security Operations Command has deployed [[about 60,000 troops, police and rangers|combatants;n=troops, police and rangers;a=The Internal Security Operations Command]] in the southern border provinces, it says. "
        "The post, set up in {{2019}}, guards a primary school.",
    ),
    (
        "Venezuela: Colombian guerrillas recruit children in Apure, rights group says",
        "The Venezuelan rights group FundaRedes said on {{Wednesday}} that Colombian guerrilla groups operating in Apure and Zulia states are recruiting children from poor families. "
        "It said it had documented [[at least 120 minors|combatants;a=The Venezuelan rights group FundaRedes]] recruited in {{2023}}. "
        "Parents in the town of Guasdualito told the group that recruiters offer {{$200}} a month. "
        "In {{March 2021}}, fighting between the Venezuelan army and FARC dissidents in Apure drove [[about 6,000 people|displaced;a=Colombian officials]] across the river into Arauquita, Colombian officials said.",
    ),
    (
        "Pakistan: Kurram convoy attack victims buried as road stays closed",
        "Families in Parachinar buried victims of the attack on a passenger convoy in Kurram district, as the only road to Peshawar stayed closed for a {{third}} week. "
        "Hospital officials said [[11 of the wounded|injured;n=wounded;a=Hospital officials]] were still in intensive care. "
        "Traders said [[about 300 trucks|other;a=Traders]] loaded with food and medicine were stuck at Thall waiting for the road to open. "
        "The provincial government flew in [[four tonnes|aid;a=The provincial government]] of medicine by helicopter, it said.",
    ),
    (
        "Sudan: Tawila swells with people fleeing Zamzam",
        "After the Rapid Support Forces overran Zamzam camp in {{April 2025}}, [[hundreds of thousands of people|displaced]] walked {{60 km}} west to the town of Tawila. "
        "The Norwegian Refugee Council said [[more than 400,000 people|displaced;a=The Norwegian Refugee Council]] had fled Zamzam, and [[about 180,000|displaced;a=The Norwegian Refugee Council]] had reached Tawila in the first {{ten days}}. "
        "Doctors Without Borders said it had treated [[more than 350 people|injured;a=Doctors Without Borders]] with gunshot wounds at its Tawila clinic. "
        "Aid agencies had set up [[about 40 water points|aid;u=other;a=Aid agencies]] by the end of the month, they said.",
    ),
    (
        "Guatemala: Huehuetenango villagers flee cartel clashes",
        "Gun battles between rival drug cartels near the Mexican border in Huehuetenango forced families out of mountain villages in {{June 2024}}. "
        "The municipal authorities of Cuilco said [[about 600 people|displaced;a=The municipal authorities of Cuilco]] were sheltering in the town's [[two schools|capacity;a=The municipal authorities of Cuilco]]. "
        "The government declared a state of prevention for {{15 days}} and sent [[1,000 soldiers|combatants;a=the defence ministry]], the defence ministry said. "
        "[[Two of the residents|killed;n=residents]] who stayed behind were found shot dead.",
    ),
    (
        "Myanmar: junta frees prisoners in amnesty but activists stay behind bars",
        "Myanmar's junta announced an amnesty for [[5,864 prisoners|arrested;a=Myanmar's junta]] to mark Union Day on {{February 12}}. "
        "The Assistance Association for Political Prisoners said [[fewer than 100|arrested;a=The Assistance Association for Political Prisoners]] of those freed were political detainees. "
        "The association counts [[more than 21,000 people|arrested;a=The association;alt=The Assistance Association for Political Prisoners]] still in detention for opposing the {{2021}} coup. "
        "[[Twelve foreigners|returned]] were deported to their home countries under the amnesty.",
    ),
    (
        "Nigeria: Katsina vigilantes recruited to fight bandits",
        "Katsina State has recruited [[1,500 members|combatants;a=the state government]] for its new Community Watch Corps, the state government said, to help the army and police against bandits. "
        "The recruits were trained for {{six weeks}} and given pump-action guns. "
        "The governor said he plans to recruit [[another 1,000|combatants;p;a=The governor]] next year. "
        "Bandits still hold [[at least 60 abducted villagers|kidnapped;a=local leaders]] in forests of the Faskari area, local leaders said.",
    ),
    (
        "DRC: Kisangani prison break frees hundreds",
        "Gunmen attacked the central prison of Kisangani on Tuesday night, freeing inmates after a {{two-hour}} gunfight with guards. "
        "The provincial governor said [[about 800 inmates|other;a=The provincial governor]] escaped, and [[11|killed;a=The provincial governor]] were killed during the breakout. "
        "By Friday police had recaptured [[130|arrested;a=police]], police said. "
        "The prison was built in the {{1950s}} for [[400 inmates|capacity]] and held [[more than 1,300|arrested]] at the time of the attack.",
    ),
    (
        "Sudan: Kordofan villagers shelter in El Obeid mosques",
        "Villagers fleeing RSF raids in North Kordofan have been arriving in El Obeid for weeks, many after walking for {{three days}}. "
        "The state's humanitarian aid commission said [[some 17,000 people|displaced;a=The state's humanitarian aid commission]] had arrived since {{January}}. "
        "[[Eleven mosques|capacity]] and [[six schools|capacity]] in the city now serve as shelters. "
        "Local volunteers hand out [[about 5,000 meals a day|aid;a=Local volunteers]], they said.",
    ),
    (
        "Burkina Faso: Fada N'Gourma camp receives families fleeing eastern villages",
        "Families from villages around Gayeri have been arriving in Fada N'Gourma since jihadists ordered them to leave within {{72 hours}}. "
        "The regional social action directorate said [[about 2,700 households|displaced;a=The regional social action directorate]] had registered in {{three weeks}}. "
        "Only [[400 of them|aid;n=-;u=household]] have received food distributions so far. "
        "The directorate has asked for [[1,000 more tents|aid;p;a=The directorate;alt=The regional social action directorate]], it said.",
    ),
    (
        "Colombia: Cauca Indigenous guard detains dissident fighters",
        "Members of the Nasa Indigenous guard surrounded and detained [[five FARC dissident fighters|arrested;a=the ACIN association]] near Toribio after they killed a guard member, the ACIN association said. "
        "The fighters were tried by an Indigenous assembly on {{Saturday}}. "
        "The assembly sentenced [[four of them|arrested;n=-]] to between {{40}} and {{60 years}} in an Indigenous prison, and handed [[one minor|combatants]] to the family welfare institute. "
        "[[About 3,000 guards|other;a=organisers]] took part in the assembly, organisers said.",
    ),
    (
        "Mexico: Culiacan residents stay indoors as Sinaloa cartel factions fight",
        "Fighting between the Chapitos and Mayo factions of the Sinaloa cartel has paralysed Culiacan since {{September 9}}. "
        "The state prosecutor's office said [[more than 1,200 people|killed;a=The state prosecutor's office]] had been killed and [[about 1,400|missing;a=The state prosecutor's office]] reported missing in the first {{ten months}}. "
        "The federal government has sent [[more than 2,000 soldiers|combatants;a=The federal government]] and National Guard members, it said. "
        "[[About 200 families|displaced;a=church groups]] from mountain villages have moved into the city, church groups say.",
    ),
    (
        "Burundi: Congolese refugees arrive in Gatumba after Uvira fighting",
        "Congolese fleeing fighting around Uvira crossed into Burundi at Gatumba and by boat across Lake Tanganyika in {{February 2025}}. "
        "UNHCR said [[about 40,000 refugees|displaced;a=UNHCR]] had arrived in {{two weeks}}, many of them sleeping in a sports stadium in Rugombo. "
        "Burundian officials said [[four people|killed;a=Burundian officials]] drowned when a canoe capsized during the crossing. "
        "The agency plans to move [[15,000 of the new arrivals|displaced;p;n=arrivals;a=The agency;alt=UNHCR]] to the Musenyi camp.",
    ),
    (
        "Iraq: Sadr supporters storm Green Zone after cleric quits politics",
        "Supporters of the Shia cleric Moqtada al-Sadr stormed the government palace in Baghdad's Green Zone on {{August 29, 2022}}, after he announced he was quitting politics. "
        "Clashes with armed groups and security forces overnight killed [[at least 30 people|killed;a=medics]] and wounded [[more than 700|injured;a=medics]], medics said. "
        "The army imposed a curfew from {{3:30 p.m.}} "
        "The clashes ended the next day when Sadr told his followers to withdraw within {{60 minutes}}.",
    ),
    (
        "Niger: Nigerien migrants expelled from Algeria stranded at Assamaka",
        "Migrants expelled from Algeria are being left in the desert near the border post of Assamaka, in northern Niger, and walking {{15 km}} to reach it. "
        "Doctors Without Borders said [[more than 31,000 people|returned;a=Doctors Without Borders]] were expelled to Niger in {{2024}}. "
        "The transit centre of the International Organization for Migration in Assamaka has room for [[about 1,000|capacity;a=aid workers]], but [[nearly 4,500|displaced;a=aid workers]] were stranded there in {{March}}, aid workers said. "
        "Niger's junta repealed a {{2015}} law against migrant smuggling in {{November 2023}}.",
    ),
    (
        "Ukraine: Russian strike on Kyiv children's hospital",
        "A Russian missile struck the Okhmatdyt children's hospital in Kyiv on {{July 8, 2024}}, during one of the heaviest attacks on the capital of the war. "
        "Officials said [[two adults|killed;a=Officials]] were killed at the hospital and [[16 people|injured;a=Officials]], including [[seven children|injured;a=Officials]], were wounded. "
        "[[More than 600 children|aid;a=the health ministry]] were being treated there at the time, the health ministry said; [[94|displaced;a=the health ministry]] were moved to other hospitals. "
        "Across Ukraine, the strikes killed [[at least 43 people|killed]].",
    ),
    (
        "South Sudan: Malakal protection site crowded as returnees arrive",
        "The UN protection of civilians site in Malakal, set up in {{2014}}, was built for [[about 12,000 people|capacity]]. "
        "It now holds [[more than 40,000|displaced;a=the UN mission]], the UN mission said, after returnees fleeing Sudan joined the families already there. "
        "[[Five residents|killed]] of the site were killed in clashes between Shilluk and Nuer youths in {{February}}. "
        "Peacekeepers from India and Rwanda guard the site.",
    ),
    (
        "Cameroon: Far North families flee to Chad after Boko Haram raids",
        "Boko Haram fighters raided villages in the Mayo-Tsanaga department of Cameroon's Far North, burning houses and stealing cattle, local officials said. "
        "[[Nine villagers|killed;a=the officials;alt=local officials]] were killed and [[about 60 houses|housing;a=the officials;alt=local officials]] burned in the raids, the officials said. "
        "Chadian authorities said [[some 3,000 Cameroonians|displaced;a=Chadian authorities]] had crossed into Chad by the end of the week. "
        "The army has sent [[about 250 soldiers|combatants;a=The army]] to the area, it said.",
    ),
    (
        "Philippines: Abu Sayyaf hostages freed in Sulu",
        "Soldiers freed [[three Indonesian fishermen|kidnapped;a=the military's Western Mindanao Command]] held by Abu Sayyaf militants on Jolo island, the military's Western Mindanao Command said on {{Sunday}}. "
        "The men had been seized from their boat off Sabah {{five months}} earlier. "
        "[[Two militants|killed]] were killed in the operation and [[one soldier|injured]] was hurt. "
        "Abu Sayyaf, which once had [[more than 1,000 fighters|combatants;a=the military]], now has [[fewer than 50|combatants;a=the military]], the military says.",
    ),
    (
        "Mali: jihadists kidnap Chinese workers at gold mine",
        "Gunmen attacked a Chinese-run gold mining site near Kayes in western Mali in {{January 2025}} and took [[five Chinese workers|kidnapped;a=a local official]], a local official said. "
        "[[Two Malian guards|killed]] were killed. "
        "The site employed [[about 300 workers|other]]; most fled to Kayes, {{70 km}} away. "
        "JNIM has kidnapped [[at least 20 foreigners|kidnapped;a=security sources]] in western Mali since {{2024}}, security sources say.",
    ),
    (
        "Nigeria: Ebonyi villagers sheltering in schools after land dispute violence",
        "Fighting between the Ezza and Effium communities over farmland in Ebonyi State flared again this week, with armed youths burning houses. "
        "The state government said [[at least 14 people|killed;a=The state government]] had been killed and [[some 300 houses|housing;a=The state government]] burned since Sunday. "
        "[[About 5,000 residents|displaced]] are sheltering in [[four schools|capacity]] in Effium. "
        "Police said they had arrested [[23 suspects|arrested;a=Police]] and deployed [[200 officers|combatants;a=Police]].",
    ),
]
