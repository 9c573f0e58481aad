"""dev37 excerpts: Africa (regional and national wires and papers)."""

from figset import F

F(
    "Bandits abduct Kuriga residents",
    "KADUNA - Bandits abducted [[at least 87 residents|kidnapped;a=community leaders]] of Kuriga in Chikun Local Government Area of Kaduna State on Thursday night, community leaders told PREMIUM TIMES. "
    "They said [[11|kidnapped;a=community leaders]] of the captives escaped in the bush and walked home on Saturday, while the bandits have demanded a ransom of {{N100 million}} for the rest. "
    "The village, home to [[about 15,000 people|civilians]], was attacked twice last year.",
)

F(
    "Landmine kills vigilantes on Damboa road",
    "MAIDUGURI - [[Nine members|killed;a=militia leader Babakura Kolo;alt=Babakura Kolo]] of the Civilian Joint Task Force were killed on Monday when their patrol vehicle hit a landmine on the Maiduguri-Damboa road, militia leader Babakura Kolo told reporters. "
    "[[Four others|injured;a=militia leader Babakura Kolo;alt=Babakura Kolo]] were taken to the State Specialist Hospital in Maiduguri, he said. "
    "The road is the only link to Damboa, a garrison town of [[about 80,000 people|civilians]].",
)

F(
    "Alau Dam floods displace hundreds of thousands",
    "Floodwater from the collapsed Alau Dam has displaced [[more than 300,000 people|displaced;a=the National Emergency Management Agency]] in Maiduguri and Jere and killed [[at least 29|killed;a=the National Emergency Management Agency]], the National Emergency Management Agency said on Wednesday. "
    "The agency said [[about 40,000 houses|housing;a=The agency;alt=the National Emergency Management Agency]] were submerged and [[18 camps|capacity;a=The agency;alt=the National Emergency Management Agency]] had been opened in schools and public buildings.",
)

F(
    "Gunmen kill 42 in Guma villages",
    "MAKURDI - Gunmen suspected to be herders killed [[at least 42 people|killed;a=the Benue State Police Command]] in overnight attacks on [[three villages|other;a=the Benue State Police Command]] in Guma Local Government Area, the Benue State Police Command said on Saturday. "
    "[[About 3,000 residents|displaced;a=council chairman Mike Uba;alt=Mike Uba]] have fled to Daudu, where they are sheltering in [[two primary schools|capacity;a=council chairman Mike Uba;alt=Mike Uba]], council chairman Mike Uba said.",
)

F(
    "Floods kill 38 across Kenya",
    "NAIROBI - Floods have killed [[at least 38 people|killed;a=the Interior ministry]] across Kenya since the long rains began in March and displaced [[more than 24,000 households|displaced;a=the Interior ministry]], the Interior ministry said on Tuesday. "
    "In Mathare, [[about 1,200 families|displaced;a=the Kenya Red Cross]] are camping in a school compound after the Nairobi River burst its banks, according to the Kenya Red Cross.",
)

F(
    "IPOA: 19 shot dead in Finance Bill protests",
    "Police arrested [[more than 270 people|arrested;a=the Independent Policing Oversight Authority]] during Tuesday's protests against the Finance Bill, which sought to raise {{Sh346 billion}} in new taxes, the Independent Policing Oversight Authority said. "
    "It said [[at least 19|killed;a=the Independent Policing Oversight Authority]] were shot dead, while the Kenya National Commission on Human Rights said [[32 people|missing;a=the Kenya National Commission on Human Rights]] remained unaccounted for after being picked up by men in plain clothes.",
)

F(
    "Second Kenyan contingent lands in Haiti",
    "A {{second contingent}} of [[200 Kenyan police officers|combatants]] landed in Port-au-Prince on Tuesday, bringing the Kenyan-led security mission to [[about 400 personnel|combatants]]. "
    "Kenya plans to send [[a total of 1,000 officers|combatants;p;a=Kenya]] to the mission, which the UN Security Council authorised for {{12 months}} in {{October 2023}}.",
)

F(
    "Shelling hits Abu Shouk camp",
    "EL FASHER - Shelling by the Rapid Support Forces on Abu Shouk camp on the edge of El Fasher killed [[at least 14 people|killed;a=the camp's emergency response room]] on Sunday, among them [[five children|killed;a=the camp's emergency response room]], the camp's emergency response room said. "
    "The camp is home to [[an estimated 190,000 displaced people|displaced]], many of whom fled there from Zamzam.",
)

F(
    "Returns to Khartoum pick up",
    "[[More than 1.3 million people|returned;a=the International Organization for Migration]] have gone back to their home areas in Sudan since the army retook the capital, the International Organization for Migration said on Thursday, [[about 520,000|returned;a=the International Organization for Migration]] of them to Khartoum state. "
    "[[Some 9.6 million people|displaced;a=the International Organization for Migration]] remain displaced inside the country, it said.",
)

F(
    "Chad registers new arrivals from West Darfur",
    "ADRE, Chad - UNHCR registered [[14,600 new arrivals|displaced;a=UNHCR]] from West Darfur in the week to Sunday, bringing the number of Sudanese refugees in eastern Chad to [[more than 780,000|displaced;a=UNHCR]]. "
    "The agency said it needed land for [[two new camps|capacity;p;a=The agency;alt=UNHCR]] that could each hold [[50,000 people|capacity;p;a=The agency;alt=UNHCR]].",
)

F(
    "Fighting near Minova uproots thousands",
    "GOMA - Fighting between {{M23}} rebels and the Congolese army around Minova has forced [[about 178,000 people|displaced;a=the UN humanitarian office OCHA;alt=OCHA]] from their homes since Friday, the UN humanitarian office OCHA said. "
    "Many are sheltering in [[14 schools and churches|capacity;n=schools and churches;a=the UN humanitarian office OCHA;alt=OCHA]] in Sake, it said, and [[at least 60 wounded civilians|injured;a=the UN humanitarian office OCHA;alt=OCHA]] have been brought to hospitals in Goma.",
)

F(
    "CODECO attack on Lala displacement site",
    "BUNIA - CODECO militiamen killed [[at least 51 civilians|killed;a=a civil society leader]], [[14|killed;a=a civil society leader]] of them children, in an overnight attack on the Lala displacement site in Djugu territory, a civil society leader said. "
    "[[More than 1,000 shelters|housing;a=a civil society leader]] were burned, he said, and [[about 3,500 people|displaced;a=a civil society leader]] who lived at the site fled towards Bunia.",
)

F(
    "Somali forces kill al-Shabaab fighters in Hiran",
    "MOGADISHU - Somali forces backed by clan militias killed [[more than 60 al-Shabaab fighters|killed;a=the Ministry of Information]] in an operation near Mahas in the Hiran region, the Ministry of Information said on Sunday. "
    "It said [[three soldiers|killed;a=the Ministry of Information]] were killed and [[eight|injured;a=the Ministry of Information]] were wounded.",
)

F(
    "Evictions in Mogadishu",
    "Forced evictions displaced [[more than 165,000 people|displaced;a=a report by the Norwegian Refugee Council]] in Mogadishu in the first half of the year, according to a report by the Norwegian Refugee Council. "
    "Bulldozers flattened [[2,700 makeshift shelters|housing]] at [[31 displacement sites|capacity]] on the city's outskirts.",
)

F(
    "Mass detentions in Addis Ababa",
    "Ethiopian authorities have detained [[more than 1,200 people|arrested;a=the Ethiopian Human Rights Commission]], most of them ethnic Amhara, in Addis Ababa since the state of emergency was declared on {{August 4}}, the Ethiopian Human Rights Commission said. "
    "They are held in [[at least five makeshift detention centres|other;a=the commission;alt=the Ethiopian Human Rights Commission]], including a police training camp, the commission said.",
)

F(
    "Insurgent raids empty Chiure villages",
    "PEMBA - Insurgent attacks in the Chiure and Macomia districts have displaced [[about 99,000 people|displaced;a=the International Organization for Migration]] in {{two weeks}}, according to the International Organization for Migration. "
    "The insurgents beheaded [[at least seven people|killed;a=local officials]] and burned [[more than 500 houses|housing;a=local officials]], local officials told Lusa.",
)

F(
    "Cabo Delgado returns",
    "[[About 600,000 people|returned;a=the provincial government]] have gone back to their home districts in Cabo Delgado since Rwandan and Mozambican troops drove the insurgents from the coastal towns, the provincial government says, but [[some 580,000|displaced;a=the provincial government]] are still displaced. "
    "[[About 4,000 Rwandan soldiers|combatants]] remain deployed in the province.",
)

F(
    "Separatists seize funeral-goers in Bamessing",
    "BAMENDA - Separatist fighters abducted [[at least 30 people|kidnapped;a=the regional governor]] from a funeral in Bamessing on Saturday, including [[six teachers|kidnapped;a=the regional governor]], the regional governor said. "
    "Soldiers freed [[18|kidnapped;a=the regional governor]] of them in a raid on a separatist camp on Monday, he said.",
)

F(
    "Boko Haram violence shuts schools in Far North",
    "Attacks by Boko Haram and its offshoot ISWAP have shut [[74 schools|other;a=UNICEF]] in Cameroon's Far North region, leaving [[more than 22,000 pupils|civilians;a=UNICEF]] without classes, UNICEF said on Thursday. "
    "[[At least 12 teachers|kidnapped]] have been abducted in the region since the school year began.",
)

F(
    "Congolese flee into Uganda through Bunagana",
    "KISORO, Uganda - [[More than 2,000 Congolese refugees|displaced;a=the Office of the Prime Minister]] crossed into Uganda through Bunagana on Sunday and Monday, fleeing fighting around Rutshuru, the Office of the Prime Minister said. "
    "They were taken to Nyakabande transit centre, which was built for [[1,500 people|capacity]] and now holds [[more than 5,000|displaced]].",
)

F(
    "Barge brings returnees to Malakal",
    "[[About 1,400 South Sudanese returnees|returned;a=the Relief and Rehabilitation Commission]] arrived in Malakal by barge from Renk on Friday, the Relief and Rehabilitation Commission said. "
    "The transit centre in Malakal has room for [[3,000 people|capacity]] but is sheltering [[nearly 6,000|displaced]], most of them waiting for boats to Jonglei and Unity states.",
)

F(
    "Coast guard interceptions off Libya",
    "The Libyan coast guard intercepted [[more than 17,000 migrants|other;a=the International Organization for Migration]] at sea in {{2024}} and took them back to Libya, the International Organization for Migration said. "
    "[[At least 962 people|killed;a=the agency;alt=the International Organization for Migration]] died on the central Mediterranean route during the year and [[1,560|missing;a=the agency;alt=the International Organization for Migration]] went missing, the agency said.",
)

F(
    "Rains destroy homes in Chimanimani",
    "MUTARE - Heavy rains destroyed [[more than 300 homes|housing;a=the Civil Protection Unit]] and damaged [[14 schools|housing;a=the Civil Protection Unit]] in Chimanimani and Chipinge, the Civil Protection Unit said on Monday. "
    "[[Some 1,100 people|displaced]] are staying in [[five churches|capacity;u=structure]] and a community hall.",
)

F(
    "Pirogue capsizes off Mbour",
    "A pirogue carrying [[about 200 migrants|displaced]] bound for the Canary Islands capsized off Mbour on Sunday. "
    "Rescuers have recovered [[39 bodies|killed;a=the mayor of Mbour]] and pulled [[27 survivors|other;a=the mayor of Mbour]] from the sea, the mayor of Mbour said, and [[more than 130 people|missing;a=the mayor of Mbour]] are still missing.",
)

F(
    "Tankers burned on the Kayes road",
    "BAMAKO - Militants of the al-Qaeda-linked JNIM set fire to [[at least 40 fuel tankers|other;a=transport unions]] on the road between Kayes and Bamako on Tuesday and took [[five drivers|kidnapped;a=transport unions]] hostage, transport unions said. "
    "The fuel blockade, now in its {{third month}}, has closed [[more than 100 schools|other;a=officials]] in the capital, officials said.",
)

F(
    "Landslide buries Sidama village",
    "HAWASSA - A landslide triggered by heavy rain buried part of a village in the Sidama region on Monday, killing [[at least 41 people|killed;a=the regional communications bureau]], the regional communications bureau said. "
    "[[Dozens|missing;a=residents]] more are feared buried, residents said, as rescuers dig with shovels and bare hands, and [[about 600 residents|displaced]] have been moved to a school.",
)

F(
    "Cholera spreads in Sudan",
    "Sudan's health ministry recorded [[2,300 cholera cases|other;a=Sudan's health ministry]] and [[61 deaths|killed;a=Sudan's health ministry]] in the week to Saturday, most of them in Khartoum state. "
    "UNICEF said it had delivered [[1.5 million doses|aid;a=UNICEF]] of oral cholera vaccine for a campaign that starts on {{June 10}}.",
)

F(
    "Inmates escape after prison wall collapses",
    "[[About 160 inmates|other;a=the Nigerian Correctional Service]] escaped from the medium security custodial centre in Koton Karfe after a rainstorm brought down part of its perimeter wall, the Nigerian Correctional Service said on Thursday. "
    "Its spokesman, Umar Abubakar, said [[41|arrested;a=Its spokesman, Umar Abubakar;alt=Umar Abubakar]] had been recaptured.",
)

F(
    "Dadaab camps overcrowded",
    "Dadaab's [[three camps|capacity;a=UNHCR]], built for [[90,000 refugees|capacity;a=UNHCR]], now host [[more than 380,000 people|displaced;a=UNHCR]], UNHCR said on Tuesday, after [[about 25,000 Somalis|displaced;a=UNHCR]] arrived this year.",
)

F(
    "WFP cuts rations in Kakuma and Dadaab",
    "The World Food Programme has cut rations for [[about 720,000 refugees|aid;a=the agency;alt=The World Food Programme]] in Kakuma and Dadaab to {{40%}} of a full food basket because of a {{$50 million}} funding gap, the agency said. "
    "Refugees now receive about {{1,200 kilocalories}} a day, and [[about 40,000 new arrivals|displaced;a=The World Food Programme]] from South Sudan and Sudan are not yet registered, it said.",
)

F(
    "Algeria expels migrants to the desert",
    "Algeria expelled [[more than 31,000 migrants|returned;a=the monitoring group Alarme Phone Sahara;alt=Alarme Phone Sahara]] to its desert border with Niger last year, the monitoring group Alarme Phone Sahara said. "
    "Most walk {{15 km}} to Assamaka, where an IOM transit centre built for [[1,000 people|capacity]] was sheltering [[about 4,500|displaced]] in March.",
)

F(
    "Congolese cross the Rusizi into Burundi",
    "BUJUMBURA - [[More than 60,000 Congolese|displaced;a=UNHCR]] have fled into Burundi since mid-February, UNHCR said, with [[up to 3,000 people a day|displaced;a=UNHCR]] crossing the Rusizi river at the peak. "
    "Many were moved to a stadium in Rugombo that has no latrines.",
)

F(
    "Schoolgirls abducted in Kebbi",
    "BIRNIN KEBBI - Gunmen abducted [[25 schoolgirls|kidnapped;a=police]] from a government boarding school in Maga in the early hours of Monday, killing the vice-principal, police said. "
    "[[Six|kidnapped;a=the police;alt=police]] of the girls escaped within hours and were found in a nearby forest, the police said. "
    "[[About 300 police and soldiers|combatants;n=police and soldiers]] are combing the forest for the rest.",
)

F(
    "Troops neutralise terrorists, says DHQ",
    "ABUJA - Troops killed [[181 terrorists|killed;a=the Defence Headquarters]], arrested [[203 suspects|arrested;a=the Defence Headquarters]] and rescued [[135 kidnapped hostages|kidnapped;a=the Defence Headquarters]] across the country in {{one week}}, the Defence Headquarters said on Thursday. "
    "It said the troops also recovered [[17 AK47 rifles|other;a=the Defence Headquarters]] and [[1,420 rounds|other;a=the Defence Headquarters]] of ammunition.",
)

F(
    "NEMA distributes relief in Kogi",
    "LOKOJA - The National Emergency Management Agency on Friday distributed [[2,500 bags|aid]] of rice, [[1,800 mattresses|aid]] and [[600 bundles|aid]] of roofing sheets to [[about 5,000 flood victims|aid]] in Ibaji and Lokoja local government areas.",
)
