"""dev40 excerpts: Africa."""

from figset import F

F(
    "Thousands flee El Fasher after city falls",
    "[[More than 130,000 people|displaced;a=the International Organization for Migration]] fled El Fasher and nearby villages in the {{10 days}} after the city fell to the Rapid Support Forces, the International Organization for Migration said on Thursday. "
    "Most walked to Tawila, {{about 60 km}} to the west, where camps already shelter [[some 650,000 displaced people|displaced]].",
)

F(
    "RSF attack on Gezira village",
    "Paramilitary fighters killed [[at least 40 people|killed;a=the Sudan Doctors Network]] in an attack on the village of Wad al-Nourah in Gezira state, the Sudan Doctors Network said on Wednesday. "
    "The group said [[more than 100 others|injured;a=The group;alt=the Sudan Doctors Network]] were wounded and [[dozens of women|kidnapped;a=The group;alt=the Sudan Doctors Network]] were taken away.",
)

F(
    "First convoy in months reaches Kadugli",
    "The World Food Programme said its first convoy into Kadugli in {{five months}}, [[22 trucks|aid;a=The World Food Programme]] carrying [[about 500 tonnes|aid;a=The World Food Programme]] of sorghum, pulses and oil, reached the besieged town on Monday. "
    "The food is enough for [[roughly 48,000 people|aid;a=the agency;alt=The World Food Programme]] for a month, the agency said.",
)

F(
    "Chad refugee population passes 1.2 million",
    "Chad now hosts [[more than 1.2 million refugees|displaced;a=UNHCR]], [[about 850,000|displaced;a=UNHCR]] of whom arrived after fighting broke out in Sudan in {{April 2023}}, UNHCR said. "
    "The agency has opened [[two new camps|capacity;a=The agency;alt=UNHCR]] near Tine, each meant for [[up to 50,000 people|capacity;a=The agency;alt=UNHCR]].",
)

F(
    "Floods hit South Sudan counties",
    "Floods have affected [[more than 379,000 people|civilians;a=OCHA]] across [[22 counties|other;a=OCHA]] of South Sudan, OCHA said on Friday, and [[about 65,000|displaced;a=OCHA]] have been forced from their homes. "
    "In Bentiu, the dykes protecting a camp of [[140,000 displaced people|displaced]] are close to giving way.",
)

F(
    "Bodies collected in Goma",
    "The bodies of [[at least 900 people|killed;a=the UN]] have been recovered from the streets of Goma since {{M23}} rebels entered the city, the UN said on Tuesday, and [[some 2,880 people|injured;a=the UN]] are being treated for wounds in hospitals. "
    "[[More than 4,000 inmates|other]] escaped from Munzenze prison as the rebels advanced.",
)

F(
    "Militia raids Ituri displacement camp",
    "Militiamen from the CODECO group killed [[at least 42 people|killed;a=local officials]], including [[15 children|killed;a=local officials]], in an overnight attack on a displacement camp in Djugu territory, local officials said on Friday. "
    "[[Around 3,000 people|displaced]] who lived in the camp fled to the nearby town of Bule.",
)

F(
    "Congo displacement hits record",
    "The number of people displaced inside Congo has reached [[6.9 million|displaced;a=the IOM]], the IOM said, the highest figure ever recorded in the country. "
    "[[Around 5.5 million|displaced;a=the agency;alt=the IOM]] of them are in the eastern provinces of North Kivu, South Kivu and Ituri, the agency said.",
)

F(
    "Farmers killed near Mafa",
    "Suspected Boko Haram fighters killed [[at least 37 farmers|killed;a=a local militia leader]] as they worked their fields near Mafa in Borno state, a local militia leader told Reuters on Sunday. "
    "[[Seven others|missing]] were still unaccounted for, and [[six|injured]] were being treated in Maiduguri for machete wounds.",
)

F(
    "Pupils abducted in Kuriga",
    "Gunmen stormed a school in Kuriga, Kaduna state, and abducted [[287 pupils|kidnapped;a=teachers]] {{aged eight to 15}}, teachers said. "
    "Police said [[25|kidnapped;a=Police]] of them had escaped into the bush by Friday. "
    "Residents said [[between 20 and 30 gunmen|combatants;a=Residents]] on motorcycles took part in the raid.",
)

F(
    "Arrests after Nigeria cost-of-living protests",
    "Nigerian police said on Monday they had arrested [[681 people|arrested;a=Nigerian police]] during {{10 days}} of protests against the cost of living. "
    "Amnesty International said [[at least 13 protesters|killed;a=Amnesty International]] were shot dead by security forces.",
)

F(
    "Maiduguri floods after dam collapse",
    "Floods after the collapse of the Alau dam killed [[at least 30 people|killed;a=the state government]] in Maiduguri and displaced [[more than 400,000|displaced;a=the state government]], the state government said. "
    "[[Some 280 inmates|other;a=prison officials]] escaped when the water brought down the walls of a prison, prison officials said.",
)

F(
    "Barsalogho attack toll",
    "An attack by JNIM fighters on the town of Barsalogho killed [[at least 200 people|killed;a=a security source]], most of them villagers who had been made to dig trenches, a security source said. "
    "[[Hundreds more|injured;n=-]] were wounded.",
)

F(
    "Fada N'Gourma swells with displaced",
    "In the eastern Burkinabe city of Fada N'Gourma, aid agencies say the population has doubled to [[more than 200,000|civilians;a=aid agencies]] as [[tens of thousands of displaced people|displaced;a=aid agencies]] arrived from surrounding villages. "
    "Schools have been turned into shelters for [[about 4,000 families|displaced]].",
)

F(
    "Algeria expulsions to Niger",
    "Algeria expelled [[more than 31,000 migrants|returned;a=the monitoring group Alarme Phone Sahara;alt=Alarme Phone Sahara]] to the Niger border in {{2024}}, the monitoring group Alarme Phone Sahara said, leaving many to walk {{15 km}} through the desert to Assamaka. "
    "The transit centre in Assamaka was built for [[1,000 people|capacity]] but held [[about 4,500|displaced]] last month.",
)

F(
    "Lido beach attack",
    "A suicide bomber and gunmen attacked Lido beach in Mogadishu on Friday evening, killing [[32 people|killed;a=police]] and wounding [[63|injured;a=police]], police said. "
    "Police said [[five attackers|killed;a=Police]] also died.",
)

F(
    "Malnutrition treatment in Somalia",
    "UNICEF said it had treated [[more than 300,000 children|aid;a=UNICEF]] for severe acute malnutrition in Somalia this year and delivered [[1,200 tonnes|aid;a=UNICEF]] of therapeutic food.",
)

F(
    "Tigray displaced still in sites",
    "[[About 1 million people|displaced;a=the regional administration]] remain displaced in Tigray {{two years}} after the peace deal, the regional administration said. "
    "[[More than 600,000|displaced]] of them live in [[over 500 collective sites|capacity]], many of them schools.",
)

F(
    "Gofa landslide toll",
    "Landslides in the Gofa zone of southern Ethiopia killed [[at least 257 people|killed;a=the UN humanitarian office]], the UN humanitarian office said, warning the toll could rise to [[500|killed;p;a=the UN humanitarian office]]. "
    "[[More than 15,000 people|displaced]] had to be evacuated.",
)

F(
    "Cabo Delgado attacks uproot 100,000",
    "Insurgent attacks in Cabo Delgado forced [[more than 100,000 people|displaced;a=the IOM]] from their homes in {{three weeks}}, the IOM said, [[about 60,000|displaced;a=the IOM]] of them children. "
    "Rwanda said it would send [[2,000 more troops|combatants;p;a=Rwanda]] to the province.",
)

F(
    "Cyclone Chido in Mozambique",
    "Cyclone Chido killed [[at least 120 people|killed;a=the National Institute for Disaster Management]] in northern Mozambique and destroyed [[more than 35,000 houses|housing;a=the National Institute for Disaster Management]], the National Institute for Disaster Management said. "
    "The UN said [[about 622,000 people|civilians;a=The UN]] had been affected and [[250 schools|housing;a=The UN]] damaged. "
    "The storm made landfall with winds of {{up to 260 km/h}}.",
)

F(
    "Kenya floods toll",
    "Floods in Kenya have killed [[at least 238 people|killed;a=the interior ministry]] since March, the interior ministry said on Friday, and [[more than 235,000|displaced;a=the interior ministry]] have been forced from their homes. "
    "[[Seventy-five people|missing]] remain missing.",
)

F(
    "Rights body tallies Kenya protest toll",
    "Kenya's rights commission said [[39 people|killed;a=Kenya's rights commission]] had been killed and [[361|injured;a=Kenya's rights commission]] injured in protests against tax increases, and that [[more than 600 people|arrested;a=Kenya's rights commission]] had been arrested. "
    "It said [[32 people|missing;a=Kenya's rights commission]] were missing.",
)

F(
    "Dadaab over capacity",
    "Kenya's Dadaab camps, designed for [[90,000 refugees|capacity;a=UNHCR]], now host [[more than 380,000|displaced;a=UNHCR]], according to UNHCR. "
    "[[Some 2,000 new arrivals|displaced]] from Somalia registered last month.",
)

F(
    "Separatists abduct travellers in Northwest",
    "Separatist fighters abducted [[about 30 people|kidnapped;a=the army]], including [[a dozen students|kidnapped;a=the army]], on the road between Bamenda and Bali, the army said on Tuesday. "
    "[[Nine|kidnapped;a=the army]] were freed in a rescue operation overnight, it said.",
)

F(
    "Migrants returned to Libya",
    "The Libyan coast guard intercepted [[more than 21,000 migrants|other;a=the IOM]] at sea and took them back to Libya in {{2024}}, according to the IOM. "
    "[[About 1,700 people|killed;a=the IOM]] died on the central Mediterranean route, the IOM said.",
)

F(
    "Renk transit centre overwhelmed",
    "The transit centre at Renk was built for [[3,000 people|capacity;a=aid workers]] but now holds [[more than 11,000|displaced;a=aid workers]], aid workers said, and [[about 1,400 people a day|displaced;a=aid workers]] are still crossing from Sudan.",
)

F(
    "Uganda receives Sudanese refugees",
    "Uganda has received [[more than 57,000 refugees|displaced;a=the Office of the Prime Minister]] from Sudan since the war began, the Office of the Prime Minister said, and expects [[another 20,000|displaced;p;a=the Office of the Prime Minister]] by December. "
    "The World Food Programme has cut rations for [[1.6 million refugees|aid;a=The World Food Programme]] in the country, it said.",
)

F(
    "Cyclone Gamane in Madagascar",
    "Cyclone Gamane killed [[at least 18 people|killed;a=the national disaster office]] in northern Madagascar and left [[more than 20,000|displaced;a=the national disaster office]] homeless, the national disaster office said. "
    "Winds reached {{190 km/h}} and flattened [[about 4,000 houses|housing]].",
)

F(
    "Ghana central bank raises rate",
    "Ghana's central bank raised its policy rate by {{150 basis points}} to {{29.5%}} on Monday, its {{third}} increase this year, as inflation reached {{38.1%}} in April. "
    "The cedi has lost {{about 20%}} against the dollar since January.",
)

F(
    "Soldiers killed near Tahoua",
    "[[At least 29 soldiers|killed;a=the defence ministry]] were killed when [[hundreds of gunmen|combatants;a=the defence ministry]] on motorcycles attacked an army unit near Tahoua, the defence ministry said. "
    "It said [[dozens of attackers|killed;a=the defence ministry]] were killed in the fighting.",
)

F(
    "Cholera spreads in Sudan",
    "Cholera has infected [[more than 49,000 people|other;a=the health ministry]] in Sudan since July and killed [[1,164|killed;a=the health ministry]], the health ministry said, as rains flooded camps in Kassala and Gedaref.",
)

F(
    "Burundian refugees go home",
    "[[More than 1,200 Burundian refugees|returned;a=UNHCR]] went home from Tanzania's Nduta camp last week, UNHCR said, bringing the number of returns since {{2017}} to [[about 220,000|returned;a=UNHCR]].",
)

F(
    "Khartoum returns",
    "[[About 400,000 people|returned;a=the IOM]] have returned to Khartoum state since the army retook the capital, the IOM said, though [[some 3.5 million|displaced;a=the IOM]] from the state remain displaced. "
    "Many found their homes looted.",
)

F(
    "Killings in Yelwata",
    "Gunmen killed [[about 100 people|killed;a=Amnesty International]] in an overnight attack on Yelwata in Benue state, Amnesty International said, and [[thousands|displaced;a=Amnesty International]] fled to Makurdi. "
    "Police said [[12 people|arrested;a=Police]] had been arrested.",
)

F(
    "Emergency detentions in Addis Ababa",
    "Ethiopian authorities have detained [[more than 1,000 people|arrested;a=the Ethiopian Human Rights Commission]], most of them ethnic Amhara, in Addis Ababa under the state of emergency, the Ethiopian Human Rights Commission said. "
    "The commission said [[about 70|arrested;a=The commission;alt=the Ethiopian Human Rights Commission]] had been released.",
)

F(
    "Malawi food aid",
    "The government of Malawi will distribute maize to [[2.2 million households|aid;p;a=the disaster affairs department]] hit by drought, the disaster affairs department said, starting in November. "
    "Each household is to receive a {{50 kg}} bag every month until March.",
)

F(
    "Zamfara village raid",
    "Bandits killed [[at least 16 villagers|killed;a=residents]] and abducted [[more than 50|kidnapped;a=residents]] in a raid on Kairu in Zamfara state, residents told AFP on Wednesday. "
    "[[Around 300 cattle|other]] were also taken.",
)

F(
    "Bangui fire in displacement site",
    "A fire swept through the M'Poko displacement site near Bangui's airport on Saturday, destroying [[about 450 shelters|housing;a=the Red Cross]] and leaving [[more than 2,000 people|displaced;a=the Red Cross]] without cover, the Red Cross said. "
    "[[Two children|injured;a=the Red Cross]] were burned, it said.",
)
