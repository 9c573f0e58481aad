"""dev34 articles: Africa."""

from figset import F

F(
    "Shelling of Abu Shouk camp kills dozens as RSF presses El Fasher",
    "EL FASHER, Sudan - Shelling and a ground assault by the Rapid Support Forces on the Abu Shouk displacement camp, on the northern edge of El Fasher, killed [[at least 40 people|killed;a=the camp's emergency response room]] on Monday, the camp's emergency response room said. "
    "[[Nineteen|killed;a=the camp's emergency response room]] of them were women and children, it said.\n\n"
    "The group said [[more than 60 people|injured;a=The group;alt=the camp's emergency response room]] had been taken to the Saudi hospital, the last partly working hospital in the city, where surgeons operated by torchlight. "
    "“We received [[23 bodies|killed;a=Ahmed Suleiman, a doctor there;alt=Ahmed Suleiman]] in the {{first hour}} and could not wash them,” said Ahmed Suleiman, a doctor there.\n\n"
    "The RSF, which has besieged El Fasher since {{May 2024}}, said its fighters had targeted army positions inside the camp and denied attacking civilians.\n\n"
    "Residents said [[hundreds of families|displaced;a=Residents]] left Abu Shouk on foot on Tuesday for Tawila, {{about 60 km}} to the west. "
    "The International Organization for Migration said [[about 2,100 households|displaced;a=The International Organization for Migration]] had reached Tawila by Wednesday evening. "
    "Tawila already shelters [[more than 500,000 displaced people|displaced;a=the agency;alt=The International Organization for Migration]], according to the agency.\n\n"
    "Abu Shouk held [[an estimated 190,000 displaced people|displaced]] before the latest attacks. "
    "In April, an RSF assault on the nearby Zamzam camp killed [[more than 400 people|killed;a=the UN]], the UN said, and drove [[about 400,000|displaced;a=the UN]] from the camp.",
)

F(
    "Floods cut off Bentiu as dyke gives way",
    "JUBA (AFP) - Floodwater has forced [[more than 38,000 people|displaced;a=local authorities]] from their homes in Rubkona county in South Sudan's Unity state since a dyke gave way last week, local authorities said on Friday.\n\n"
    "The county commissioner, Nyang Gatluak, said the water had entered [[14 villages|other;a=The county commissioner, Nyang Gatluak;alt=Nyang Gatluak]] and that [[at least 11 people|killed;a=The county commissioner, Nyang Gatluak;alt=Nyang Gatluak]] had drowned, [[seven|killed;a=The county commissioner, Nyang Gatluak;alt=Nyang Gatluak]] of them children.\n\n"
    "The UN humanitarian office, OCHA, said [[about 379,000 people|civilians;a=The UN humanitarian office, OCHA;alt=OCHA]] had been affected by flooding in [[22 counties|other;a=The UN humanitarian office, OCHA;alt=OCHA]] across the country. "
    "The floods have also drowned [[more than 20,000 head of cattle|other;n=head;u=other]], a loss that will be felt for years by families who live on milk.\n\n"
    "In Bentiu, the camp for displaced people, home to [[about 140,000 people|displaced]], is now an island held dry by earth walls up to {{3 metres}} high. "
    "“Every night we pump, and every morning the water is back,” said Gatdet Ruai, a camp leader.\n\n"
    "The World Food Programme said it had airdropped [[1,200 tonnes|aid;a=The World Food Programme]] of sorghum and beans to cut-off areas and planned to reach [[another 60,000 people|aid;p;a=The World Food Programme]] by boat in {{October}}.\n\n"
    "In {{2021}}, the worst floods in {{60 years}} displaced [[more than 800,000 people|displaced]] across South Sudan.",
)

F(
    "Thousands flee toward Goma as fighting reaches Sake",
    "GOMA, Congo (Reuters) - Fighting between {{M23}} rebels and Congolese troops around the town of Sake has sent [[tens of thousands of people|displaced;a=aid groups]] toward Goma, aid groups said on Wednesday, as shells landed near the only road into the city from the west.\n\n"
    "Doctors Without Borders said its teams at Goma's Kyeshero hospital had treated [[74 wounded people|injured;a=Doctors Without Borders]] in {{48 hours}}, [[18|injured;a=Doctors Without Borders]] of them children. "
    "“Most of them have shrapnel wounds from bombs that fell in or near the camps,” said Didier Mbayo, an MSF coordinator.\n\n"
    "The UN said [[at least 135,000 people|displaced;a=The UN]] had arrived in the sites around Goma since the start of the month, joining [[more than 500,000|displaced;a=The UN]] who were already there. "
    "Many sleep in churches and schools, or in the open along the lake shore.\n\n"
    "The UN mission, MONUSCO, said it had deployed [[about 600 peacekeepers|combatants;a=The UN mission, MONUSCO;alt=MONUSCO]] to reinforce positions on the hills west of Sake. "
    "The army said it had killed [[dozens of rebels|killed;a=The army]], while rebel spokesman Lawrence Kanyuka said the group had lost [[four fighters|killed;a=rebel spokesman Lawrence Kanyuka;alt=Lawrence Kanyuka]].\n\n"
    "The M23 took up arms again in {{late 2021}} and now controls much of Rutshuru and Masisi territories. "
    "Since then, [[more than 1.7 million people|displaced;a=UN figures]] have been displaced in North Kivu, according to UN figures.",
)

F(
    "Militia attack on displacement site in Ituri kills 23",
    "BUNIA, Congo - Militiamen armed with machetes and guns attacked a site for displaced people in Djugu territory overnight, killing [[23 people|killed;a=a local civil society leader, Jean-Pierre Bikilisende;alt=Jean-Pierre Bikilisende]], a local civil society leader, Jean-Pierre Bikilisende, said on Sunday. "
    "[[Nine|killed;a=a local civil society leader, Jean-Pierre Bikilisende;alt=Jean-Pierre Bikilisende]] of the dead were children, the youngest {{two months old}}, he said.\n\n"
    "The attackers set fire to [[about 150 shelters|housing;a=residents]] before soldiers arrived, residents said. "
    "The site, at Lala, had sheltered [[about 4,000 people|displaced]] who fled earlier attacks on their villages.\n\n"
    "Lieutenant Jules Ngongo, the army's spokesman in Ituri, said troops had killed [[three attackers|killed;a=Lieutenant Jules Ngongo, the army's spokesman in Ituri;alt=Lieutenant Jules Ngongo]] and arrested [[five|arrested;a=Lieutenant Jules Ngongo, the army's spokesman in Ituri;alt=Lieutenant Jules Ngongo]]. "
    "He blamed the CODECO militia.\n\n"
    "“They came at {{2 a.m.}} while we were sleeping,” said Anuarite Dhedonga, {{34}}, who lost [[two children|killed;a=Anuarite Dhedonga]] in the attack. "
    "She walked with her remaining children to Bunia, {{more than 50 km}} away.\n\n"
    "The UN says [[more than 1,800 civilians|killed;a=The UN]] have been killed in Djugu since {{2017}} in violence between CODECO, a militia drawn mostly from the Lendu community, and Hema self-defence groups.",
)

F(
    "Jihadists kill farmers, seize women near Dikwa",
    "MAIDUGURI, Nigeria - Suspected Islamic State West Africa Province fighters killed [[at least 16 farmers|killed;a=a militia leader, Babakura Kolo;alt=Babakura Kolo]] working in rice fields near Dikwa in Borno state on Saturday, a militia leader, Babakura Kolo, said. "
    "He said the attackers took away [[eight women|kidnapped;a=a militia leader, Babakura Kolo;alt=Babakura Kolo]] who had gone to gather firewood. "
    "[[Three other farmers|injured;a=Kolo;alt=Babakura Kolo]] were being treated for gunshot wounds in Dikwa, Kolo said.\n\n"
    "A police spokesman, Nahum Daso, confirmed the attack but put the toll at [[11|killed;a=A police spokesman, Nahum Daso;alt=Nahum Daso]].\n\n"
    "Farmers around Maiduguri have been attacked again and again as they return to fields they abandoned during the worst years of the insurgency. "
    "In {{November 2020}}, jihadists killed [[at least 110 farmers|killed;a=the UN]] at Koshobe, according to the UN.\n\n"
    "Borno's governor, Babagana Zulum, has urged displaced families to go back to their land, and officials say the state has moved [[more than 150,000 displaced people|returned;a=officials]] back to rebuilt towns since {{2021}}. "
    "Aid groups have warned that many of the towns have no protection beyond a trench and a few soldiers.\n\n"
    "[[About 2 million people|displaced;a=the International Organization for Migration]] remain displaced in Borno, Adamawa and Yobe states, according to the International Organization for Migration.",
)

F(
    "Kidnapped schoolgirls freed in Kebbi",
    "BIRNIN KEBBI, Nigeria - [[Twenty-four schoolgirls|kidnapped;a=the state government]] abducted from a boarding school in Kebbi state have been freed, the state government said on Sunday, {{12 days}} after gunmen stormed their dormitory. "
    "It gave no details of how the girls were released and said no ransom had been paid.\n\n"
    "Gunmen on motorcycles attacked the Government Girls Comprehensive Secondary School in Maga at about {{4 a.m.}} on {{November 17}}, killing a teacher. "
    "Police said at the time that [[25 students|kidnapped;a=Police]] had been taken; [[one|kidnapped;a=Police]] escaped the same day. "
    "The school had [[more than 300 boarders|civilians]], most of whom fled into the bush during the attack.\n\n"
    "The army said it had deployed [[more than 400 soldiers|combatants;a=The army]] and [[two helicopters|other;a=The army]] in the search. "
    "The state government closed [[42 boarding schools|other]] after the attack.\n\n"
    "The kidnapping came days after gunmen seized [[38 worshippers|kidnapped;a=police]] from a church in neighbouring Kwara state, police said.\n\n"
    "Since the abduction of [[276 schoolgirls|kidnapped]] from Chibok in {{2014}}, [[more than 1,500 students|kidnapped;a=UNICEF]] have been kidnapped in Nigeria, according to UNICEF.",
)

F(
    "Jihadists torch fuel convoy in western Mali",
    "BAMAKO (AFP) - Fighters of the al-Qaeda-linked group JNIM set fire to [[between 30 and 40 tanker trucks|other;a=a transport union official]] on the road between Kayes and Bamako on Tuesday, a transport union official said. "
    "He said [[seven drivers|kidnapped;a=a transport union official]] had been taken by the attackers and [[two|killed;a=a transport union official]] were shot dead.\n\n"
    "The army said its escort had neutralised [[more than 20 terrorists|killed;a=The army]] and lost [[three soldiers|killed;a=The army]] in the fighting.\n\n"
    "JNIM has blockaded fuel imports into Mali since {{September}}, and petrol now sells for {{1,500 CFA francs}} a litre in Bamako, when it can be found at all. "
    "Schools in the capital were closed for {{two weeks}} last month.\n\n"
    "In the central region of Ségou, [[more than 12,000 people|displaced;a=the UN's humanitarian office]] have fled villages under JNIM siege since {{July}}, the UN's humanitarian office said. "
    "Mali has [[about 400,000 internally displaced people|displaced;a=the office;alt=the UN's humanitarian office]], the office says.\n\n"
    "The ruling junta, in power since {{2020}}, has turned to Russia for help; the Africa Corps has [[about 2,500 men|combatants;a=Western diplomats]] in the country, according to Western diplomats.",
)

F(
    "Burkina Faso: attack on trench diggers near Boulsa",
    "OUAGADOUGOU - Jihadist fighters attacked villagers who were digging a defensive trench around the town of Boulsa in central Burkina Faso on Saturday, in one of the deadliest attacks in the country this year.\n\n"
    "The government said in a statement on Monday that [[at least 70 people|killed;a=The government]] had been killed, and called the attack a “barbaric act”. "
    "A collective of victims' families said it had counted [[more than 200 bodies|killed;a=A collective of victims' families]]. "
    "JNIM, the al-Qaeda affiliate, said it had targeted militiamen, not civilians.\n\n"
    "The health ministry said [[140 wounded|injured;a=The health ministry]] had been taken to the regional hospital in Kaya. "
    "“There were people lying in the yard, on the floor, everywhere,” said a nurse who asked not to be named.\n\n"
    "[[About 2,000 families|displaced;a=the National Council for Emergency Relief]] left Boulsa for Kaya in the following days, according to the National Council for Emergency Relief.\n\n"
    "The junta has recruited [[about 90,000 civilian volunteers|combatants]] to fight alongside the army. "
    "Burkina Faso had [[more than 2 million internally displaced people|displaced;a=the government]] in {{March 2023}}, according to the last figures published by the government.",
)

F(
    "Niger floods kill 39, destroy thousands of homes",
    "NIAMEY - Floods after {{weeks of heavy rain}} have killed [[39 people|killed;a=the interior ministry]] in Niger since {{June}} and injured [[63|injured;a=the interior ministry]], the interior ministry said on Monday. "
    "The ministry said Maradi region was the worst hit, with [[17 deaths|killed;a=The ministry;alt=the interior ministry]]. "
    "The water has destroyed [[more than 6,400 houses|housing;a=the interior ministry]] and affected [[about 58,000 people|civilians;a=the interior ministry]], it said.\n\n"
    "In Niamey, the Niger River rose to {{6.2 metres}} at the Kennedy bridge, close to the level of {{2020}}. "
    "[[About 1,300 families|displaced;a=the city authorities]] living along the river have been moved into [[11 schools|capacity;a=the city authorities]], the city authorities said.\n\n"
    "Farmers have lost [[about 4,000 head of livestock|other;n=head;u=other;a=a farmers' union]], according to a farmers' union, and much of the millet crop was under water {{a month}} before harvest.\n\n"
    "In {{2024}}, floods killed [[more than 390 people|killed]] in Niger and affected [[over 1.5 million|civilians]].",
)

F(
    "Drought drives families into Baidoa camps",
    "BAIDOA, Somalia - [[About 500 people a day|displaced;a=the Norwegian Refugee Council]] are arriving in Baidoa from the drought-hit countryside of Bay and Bakool regions, the Norwegian Refugee Council said on Thursday.\n\n"
    "The town now hosts [[more than 700,000 displaced people|displaced;a=the regional administration]] in [[about 500 sites|capacity;a=the regional administration]], according to the regional administration. "
    "Most shelters are domes of sticks and cloth, and many sites have no latrines.\n\n"
    "“We had [[40 goats|other;a=Habiba Isak]] and all of them died,” said Habiba Isak, a {{mother of seven}} who walked {{five days}} to reach the town. "
    "Al-Shabaab checkpoints on the main road from Bakool forced her family onto bush tracks, she said.\n\n"
    "Aid workers at the Bay regional hospital said [[14 children|killed;a=Aid workers at the Bay regional hospital]] had died of malnutrition-related illness since {{January}}. "
    "The World Health Organization has recorded [[1,200 cholera cases|other;a=The World Health Organization]] in the district.\n\n"
    "The World Food Programme said it now provides food to [[about 800,000 people|aid;a=The World Food Programme]] in Somalia, down from [[1.9 million|aid;a=The World Food Programme]] at the start of the year, because of funding cuts.\n\n"
    "The last {{two rainy seasons}} brought {{less than 40 percent}} of normal rainfall in parts of the south, forecasters said.",
)

F(
    "Drone strike on Amhara bus station kills 30",
    "ADDIS ABABA (Reuters) - A drone strike hit a bus station in Ethiopia's Amhara region on Sunday, killing [[at least 30 civilians|killed;a=health workers]], health workers told Reuters.\n\n"
    "The medical director of Finote Selam hospital said [[55 wounded people|injured;a=The medical director of Finote Selam hospital]] had been brought in, [[12|injured;a=The medical director of Finote Selam hospital]] of them in serious condition. "
    "“The corridors are full, and we have run out of blood,” he said.\n\n"
    "A government spokesman said the army had carried out an operation against Fano militias and killed [[dozens of extremists|killed;a=A government spokesman]]. "
    "He did not mention civilian deaths.\n\n"
    "Fighting between the federal army and Fano since {{August 2023}} has displaced [[more than 300,000 people|displaced;a=the UN]] in Amhara, the UN says. "
    "The Ethiopian Human Rights Commission said [[hundreds of people|arrested;a=The Ethiopian Human Rights Commission]] had been detained under a state of emergency, among them [[at least 11 journalists|arrested;a=The Ethiopian Human Rights Commission]].\n\n"
    "The {{two-year}} war in neighbouring Tigray, which ended with a truce in {{November 2022}}, killed [[hundreds of thousands of people|killed;a=researchers]], according to researchers.",
)

F(
    "Insurgents raid Macomia; thousands flee to Pemba",
    "PEMBA, Mozambique - Islamic State-linked insurgents raided the town of Macomia in Cabo Delgado province on Friday, looting shops and clinics and fighting troops for {{several hours}}, officials and residents said.\n\n"
    "The defence ministry said [[five soldiers|killed;a=The defence ministry]] were killed and [[10|injured;a=The defence ministry]] wounded, and that troops had killed [[about 20 insurgents|killed;a=The defence ministry]].\n\n"
    "The International Organization for Migration said [[more than 9,000 people|displaced;a=The International Organization for Migration]] had fled Macomia and nearby villages within {{three days}}. "
    "[[Some 1,800|displaced;a=the agency;alt=The International Organization for Migration]] reached Pemba by boat, the agency said, and others walked to Mecufi.\n\n"
    "[[Twenty-two schools|other]] in the district have closed.\n\n"
    "Rwanda, which has [[about 4,000 troops|combatants;a=Rwanda]] in the province, said it would send [[another 1,000 soldiers|combatants;p;a=Rwanda]].\n\n"
    "The insurgency, which began in {{October 2017}}, has killed [[more than 6,000 people|killed;a=the conflict monitor ACLED;alt=ACLED]], according to the conflict monitor ACLED, and at its height drove [[about 1 million|displaced;a=the conflict monitor ACLED;alt=ACLED]] from their homes.",
)

F(
    "Cyclone kills 18 in northern Madagascar",
    "ANTANANARIVO - A cyclone that made landfall near Vohemar on Wednesday with winds of {{180 km/h}} has killed [[18 people|killed;a=the national disaster office]] in northern Madagascar, the national disaster office said on Friday. "
    "[[Four others|missing;a=the national disaster office]] were missing, it said.\n\n"
    "The office said [[about 21,000 people|displaced;a=The office;alt=the national disaster office]] had taken refuge in [[63 shelters|capacity;a=The office;alt=the national disaster office]], mostly schools and churches. "
    "[[More than 5,300 houses|housing;a=The office;alt=the national disaster office]] were flooded or destroyed and [[240 classrooms|housing;a=The office;alt=the national disaster office]] damaged, it said.\n\n"
    "In Sambava, the vanilla capital, the river rose {{2 metres}} in {{a few hours}}. "
    "“The water took everything, even the chickens,” said Hery Rakoto, {{52}}, whose house stands on stilts.\n\n"
    "The World Food Programme said it was sending [[300 tonnes|aid;p;a=The World Food Programme]] of rice by sea from Toamasina.\n\n"
    "In {{2022}}, Cyclone Batsirai killed [[more than 120 people|killed]] in Madagascar.",
)

F(
    "Kenya flood toll rises to 210 as more rain forecast",
    "NAIROBI - The death toll from floods across Kenya has risen to [[210|killed;a=the interior ministry]], the interior ministry said on Friday, up from [[188|killed;a=the interior ministry]] on Tuesday. "
    "[[About 90 people|missing;a=the ministry;alt=the interior ministry]] are still missing and [[more than 165,000|displaced;a=the ministry;alt=the interior ministry]] have been forced from their homes, the ministry said.\n\n"
    "In Mai Mahiu, a swollen river burst through a blocked culvert before dawn on Monday and swept through a village, killing [[at least 52 people|killed;a=Nakuru Governor Susan Kihika;alt=Susan Kihika]], Nakuru Governor Susan Kihika said. "
    "[[Dozens of homes|housing]] were carried away.\n\n"
    "The government ordered people living within {{30 metres}} of rivers in Nairobi to leave, and said it would demolish [[about 4,000 homes|housing;p;a=The government]] built on riverbanks. "
    "Schools will reopen {{a week}} late.\n\n"
    "The Kenya Red Cross said it had rescued [[more than 1,100 people|other;a=The Kenya Red Cross]] and was running [[62 camps|capacity;a=The Kenya Red Cross]] for displaced families.\n\n"
    "Forecasters expect more heavy rain in the coming days. "
    "In {{2018}}, a dam burst at Solai killed [[48 people|killed]].",
)

F(
    "Cameroon separatists free abducted villagers",
    "BAMENDA, Cameroon - Separatist fighters in Cameroon's North-West region have freed [[31 people|kidnapped;a=local officials]] they seized from the village of Bafut last week, local officials said on Thursday. "
    "[[Nine others|kidnapped;a=local officials]] are still being held, they said.\n\n"
    "The armed men took [[40 people|kidnapped]] from a church and a market on Sunday and demanded {{5 million CFA francs}} for their release. "
    "Residents said [[two men|killed;a=Residents]] who tried to run away were shot dead.\n\n"
    "The army said it had killed [[six separatist fighters|killed;a=The army]] in a raid on a camp near the village on Tuesday.\n\n"
    "English-speaking separatists have been fighting for an independent state they call Ambazonia since {{2017}}. "
    "The conflict has killed [[more than 6,000 people|killed;a=the International Crisis Group]] and forced [[about 600,000|displaced;a=the International Crisis Group]] from their homes, according to the International Crisis Group. "
    "[[Hundreds of schools|other]] in the two regions remain closed.",
)

F(
    "Chad: N'Djamena neighbourhoods under water",
    "N'DJAMENA - Floods have killed [[145 people|killed;a=the government]] in Chad since the start of the rainy season in {{July}}, the government said on Wednesday, and affected [[more than 1.5 million|civilians;a=the government]] across the country.\n\n"
    "In the capital, [[about 14,000 households|displaced;a=the city's crisis committee]] have been displaced and are staying in [[19 sites|capacity;a=the city's crisis committee]] set up in schools and on higher ground, the city's crisis committee said. "
    "The Chari and Logone rivers reached {{8.1 metres}}, the highest on record.\n\n"
    "[[Nearly 70,000 houses|housing;a=the government]] have collapsed, the government said, and [[about 69,000 head of livestock|other;n=head;u=other;a=the government]] were lost.\n\n"
    "In the east, where Chad hosts [[more than 1.2 million Sudanese refugees|displaced]], rain washed away [[about 2,000 shelters|housing;a=the UN refugee agency]] in camps around Adré, according to the UN refugee agency.\n\n"
    "The education ministry has pushed back the start of the school year to {{October 15}}. "
    "Officials said [[112 schools|capacity;a=Officials]] were being used as shelters.",
)

F(
    "Dozens feared drowned as migrant boat sinks off Zuwara",
    "TRIPOLI - [[At least 61 migrants|missing;a=the International Organization for Migration]] are feared drowned after their rubber boat sank off the Libyan town of Zuwara, the International Organization for Migration said on Saturday.\n\n"
    "Survivors told IOM staff the boat had left Zuwara with [[about 86 people|displaced;a=Survivors]] on board, most of them from Nigeria, Gambia and Sudan. "
    "[[Twenty-five survivors|other]] were pulled from the water by fishermen. "
    "The Libyan Red Crescent said its volunteers had recovered [[11 bodies|killed;a=The Libyan Red Crescent]] from the beach.\n\n"
    "“The engine stopped after {{four hours}} and the boat began to take water,” said a {{19-year-old}} survivor from Gambia.\n\n"
    "So far this year, the Libyan coast guard has intercepted [[more than 17,000 migrants|other;a=IOM figures]] at sea, according to IOM figures. "
    "[[About 5,000|arrested;a=aid groups]] are held in detention centres run by the government in Tripoli, aid groups estimate.\n\n"
    "[[More than 1,300 people|killed;a=IOM]] have died on the central Mediterranean route this year, IOM says.",
)

F(
    "Eastern Cape floods: toll rises to 101",
    "MTHATHA, South Africa - The death toll from floods in South Africa's Eastern Cape has risen to [[101|killed;a=the provincial government]], the provincial government said on Sunday, after rescuers found more bodies downstream from Mthatha. "
    "On Thursday it had put the toll at [[78|killed;a=the provincial government]].\n\n"
    "Among the dead are [[six pupils|killed]] whose school bus was swept off a bridge. "
    "[[Three children|missing]] from the bus are still missing.\n\n"
    "The province's premier, Oscar Mabuyane, said [[more than 4,000 homes|housing;a=The province's premier, Oscar Mabuyane;alt=Oscar Mabuyane]] had been damaged and that [[about 1,100 people|displaced;a=The province's premier, Oscar Mabuyane;alt=Oscar Mabuyane]] were staying in community halls. "
    "The army deployed [[two helicopters|other]] and [[about 200 soldiers|combatants]] to help rescue teams.\n\n"
    "“We heard the water at {{3 a.m.}} and by the time we got out it was at our chests,” said Nomvula Sijadu, who lives near the Mthatha river.\n\n"
    "The weather service said more than {{200 mm}} of rain fell in {{24 hours}}. "
    "In {{April 2022}}, floods in KwaZulu-Natal killed [[more than 400 people|killed]].",
)

F(
    "Armed group attacks Zemio; residents flee into Congo",
    "BANGUI - Fighters of the Azande Ani Kpi Gbe militia attacked Zemio in the south-east of the Central African Republic on Monday, burning [[more than 200 houses|housing;a=the UN mission, MINUSCA;alt=MINUSCA]] and killing [[at least nine civilians|killed;a=the UN mission, MINUSCA;alt=MINUSCA]], the UN mission, MINUSCA, said.\n\n"
    "The mission said [[about 15,000 people|displaced;a=The mission;alt=the UN mission, MINUSCA]] had sought refuge next to its base, where [[about 120 peacekeepers|combatants;a=The mission;alt=the UN mission, MINUSCA]] protect the site. "
    "[[More than 4,000|displaced;a=the UN refugee agency]] crossed the Mbomou river into Congo, according to the UN refugee agency.\n\n"
    "“There is no food at the base, and children drink from the river,” said Father Jean-Baptiste Kpiko, a priest in Zemio.\n\n"
    "The government said soldiers and Russian instructors had retaken the town centre and killed [[14 assailants|killed;a=The government]]. "
    "It did not say how many soldiers died.\n\n"
    "Aid agencies flew in [[12 tonnes|aid]] of medicine and plastic sheeting on Thursday. "
    "The Central African Republic has [[about 450,000 internally displaced people|displaced;a=the UN]], the UN says, and [[about 750,000 refugees|displaced;a=the UN]] in neighbouring countries.",
)

F(
    "Burundian refugees head home from Tanzania's camps",
    "KIGOMA, Tanzania - [[About 1,500 Burundian refugees|returned;a=the UN refugee agency]] left Nduta camp in north-western Tanzania this week to go home, the UN refugee agency said, as voluntary returns resumed after a pause of {{four months}}.\n\n"
    "The refugees travelled in [[45 buses|other;a=the agency;alt=the UN refugee agency]] to the border at Mabamba, with their belongings in [[12 trucks|other;a=the agency;alt=the UN refugee agency]], the agency said. "
    "Each returning family receives a cash grant and food for {{three months}}.\n\n"
    "[[More than 200,000 refugees|returned;a=UNHCR]] have returned to Burundi since the repatriation programme began in {{2017}}, UNHCR says. "
    "It plans to help [[30,000 more|returned;p;n=-;a=UNHCR]] go home this year.\n\n"
    "Nduta still holds [[about 60,000 refugees|displaced]], many of whom fled violence around the {{2015}} elections.\n\n"
    "“My children were born in the camp, and they have never seen Burundi,” said Claudine Nshimirimana, {{38}}, waiting at the departure centre.",
)

F(
    "Algeria wildfires kill 34, including soldiers",
    "ALGIERS - Wildfires fanned by strong winds and temperatures of {{48 C}} have killed [[34 people|killed;a=the interior ministry]] in northern Algeria, [[10|killed;a=the interior ministry]] of them soldiers trapped by the flames while fighting a fire in Bejaia province, the interior ministry said on Tuesday.\n\n"
    "[[Twenty-six people|injured;a=the ministry;alt=the interior ministry]] were treated for burns and smoke inhalation, the ministry said, and [[about 1,500 residents|displaced;a=the ministry;alt=the interior ministry]] were evacuated from villages near Bouira and Jijel.\n\n"
    "[[More than 8,000 firefighters|other;a=the civil protection agency]] and [[11 water-bombing aircraft|other;a=the civil protection agency]] were deployed, according to the civil protection agency. "
    "Fires burned {{about 10,000 hectares}} of forest.\n\n"
    "Police arrested [[five people|arrested;a=the state news agency APS;alt=APS]] suspected of starting fires, the state news agency APS reported. "
    "[[Dozens of houses|housing;a=residents]] burned in the village of Tifra, residents said.\n\n"
    "In {{August 2021}}, wildfires in Kabylie killed [[about 90 people|killed]], among them [[more than 30 soldiers|killed]].",
)
