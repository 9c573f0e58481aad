"""Positives, part A: strikes, shelling, fighting and evacuations as the Ukrainian press reports
them in translation (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Russian guided bombs hit high-rise in Kharkiv's Saltivka district: three dead, 28 injured",
        "Russian forces struck Kharkiv with guided aerial bombs on Saturday afternoon, "
        "hitting a nine-storey residential building in the Saltivskyi district. This was "
        "reported by the head of the Kharkiv Oblast Military Administration, Oleh Syniehubov, "
        "on Telegram. Three people were killed, including a 71-year-old woman, and 28 were "
        "injured, among them four children. According to Mayor Ihor Terekhov, the bomb "
        "destroyed the entrances from the fifth to the ninth floor, and rescuers were still "
        "working through the rubble late in the evening. Suspilne Kharkiv reports that at "
        "least two people may remain under the debris. Windows were blown out in a school and "
        "a kindergarten nearby. The Air Force said the bombs, KAB-500 type, were launched "
        "from the Belgorod direction. It was the third strike on the city in the past 24 "
        "hours. Background: since spring Russia has been hitting Kharkiv with guided bombs "
        "almost daily, often with only a few seconds' warning.",
        "E",
        "airstrike",
    ),
    (
        "Night attack on Kyiv: drone debris falls on houses in Sviatoshynskyi and Darnytskyi "
        "districts",
        "Russia attacked Kyiv overnight with attack drones, and the alert in the capital "
        "lasted more than five hours. The head of the Kyiv City Military Administration, "
        "Tymur Tkachenko, said two people were killed and nine injured. Quote: 'Debris from a "
        "downed drone fell on a private house in the Sviatoshynskyi district, and a fire "
        "broke out.' In the Darnytskyi district, fragments damaged the roof of a 16-storey "
        "building and several cars in the courtyard. The Kyiv Independent's reporters heard "
        "at least a dozen explosions as air defence worked over the left bank. According to "
        "the Air Force, Russia launched 142 Shahed-type drones and decoys across the country, "
        "of which 118 were shot down or suppressed by electronic warfare. Hits were also "
        "recorded in Kyiv Oblast and in Sumy Oblast. The metro served as shelter for about "
        "4,000 residents during the night.",
        "E",
        "drone_strike",
    ),
    (
        "Compulsory evacuation of children announced in four more communities of Donetsk Oblast",
        "The Donetsk Oblast Military Administration has ordered the compulsory evacuation of "
        "families with children from four more communities near Dobropillia. Its head, Vadym "
        "Filashkin, said the decision concerns 112 children who still live with their parents "
        "in villages that come under daily shelling and drone attacks. 'The enemy is hitting "
        "every car on the roads, so every day of delay costs lives,' he said on the telethon. "
        "According to him, more than 1,900 people left the oblast over the past week, most of "
        "them to the Dnipropetrovsk region by evacuation trains from Pavlohrad. On Tuesday a "
        "Russian FPV drone struck a minibus near Bilozerske, wounding the driver and two "
        "passengers. Volunteers of the Proliska mission say the evacuation has become harder "
        "as Russian units try to cut the road to Kramatorsk. Fewer than 3,000 residents "
        "remain in Dobropillia itself, Ukrinform reports.",
        "D E",
        "evacuation",
    ),
    (
        "General Staff: 163 clashes over the day, the heaviest fighting near Pokrovsk and Kupiansk",
        "Over the past day 163 combat engagements took place at the front, the General Staff "
        "of the Armed Forces of Ukraine reported in its morning update. The most intense "
        "fighting was in the Pokrovsk direction, where Ukrainian defenders repelled 54 "
        "Russian assaults near Myrnohrad, Rodynske and Udachne. In the Kupiansk direction "
        "Russian troops attacked 11 times, trying to advance toward the city from the north. "
        "The spokesperson of the Khortytsia operational-strategic group, Viktor Trehubov, "
        "told NV that small Russian infantry groups are infiltrating the outskirts and that "
        "Ukrainian units are clearing them. Russian forces also launched four missile strikes "
        "and 78 air strikes, dropping 139 guided bombs, the General Staff said. In the "
        "Huliaipole direction the enemy tried to break through near Uspenivka. DeepState "
        "analysts recorded a Russian advance of up to two kilometres near Siversk.",
        "B E",
        "battle",
    ),
    (
        "Ukraine brings home 205 defenders, as Russia shells Kherson on the day of the exchange",
        "Another 205 Ukrainian servicemen have returned home from Russian captivity, "
        "President Volodymyr Zelensky announced on Thursday. Most of them had been held since "
        "2022, among them defenders of Mariupol and border guards, the Coordination "
        "Headquarters for the Treatment of Prisoners of War said. The exchange took place "
        "with the mediation of the United Arab Emirates, and Russia received the same number "
        "of its soldiers. The returned men were taken to a hospital in Chernihiv Oblast for "
        "examinations. On the same morning Russian artillery hit the Dniprovskyi district of "
        "Kherson, killing a 64-year-old man at a bus stop and wounding three women, the head "
        "of the Kherson Oblast Military Administration, Oleksandr Prokudin, said. Fighting "
        "continued near Toretsk and Kostiantynivka, where the General Staff counted 37 "
        "Russian assaults during the day. 'We are working to bring back everyone,' Zelensky "
        "wrote.",
        "B E",
        "prisoner_exchange",
    ),
    (
        "Massive attack on the energy system: Ukrenergo introduces emergency outages in six "
        "regions",
        "Russia carried out another massive combined attack on Ukraine's energy "
        "infrastructure overnight, using 34 missiles and more than 400 drones, the Air Force "
        "reported. Thermal power plants and substations in Kyiv, Kharkiv, Poltava and Lviv "
        "oblasts were hit, according to Ukrenergo. DTEK said the equipment at two of its "
        "plants was seriously damaged, the eighth attack on its generation since March. "
        "Emergency power outages were introduced in six regions in the morning, and "
        "Ukrzaliznytsia switched some trains to diesel locomotives. Energy Minister Svitlana "
        "Hrynchuk said repair crews would start work as soon as the security situation "
        "allows. In Lviv Oblast, two people were injured when a drone hit an industrial "
        "facility, regional head Maksym Kozytskyi said. Poland scrambled its aircraft while "
        "the attack on western Ukraine was under way.",
        "E",
        "grid_strike",
    ),
    (
        "Kherson: Russians shell the Central Market in the morning, a saleswoman and a buyer "
        "killed",
        "Russian troops shelled the Central Market in Kherson on Monday morning, when the "
        "stalls were full of people. Two people were killed, a 58-year-old saleswoman and a "
        "man who came to buy vegetables, and seven more were injured, the Kherson Oblast "
        "Military Administration said. 'The occupiers knew very well what time people gather "
        "here,' Oleksandr Prokudin said. According to Suspilne Kherson, the shells also hit a "
        "public transport stop and a pharmacy on Perekopska Street. Over the past day Russia "
        "hit 34 settlements in the region with artillery, drones and guided bombs, and 11 "
        "people in total were wounded. The city has been under constant fire from the left "
        "bank of the Dnipro since its liberation in November 2022. The market will stay "
        "closed for two days, the city military administration announced.",
        "E V",
        "shelling",
    ),
    (
        "Missile strike on Odesa port: grain terminal and a civilian vessel damaged",
        "Russia struck the port infrastructure of Odesa Oblast with ballistic missiles on "
        "Wednesday evening. The head of the Odesa Oblast Military Administration, Oleh Kiper, "
        "said that a grain terminal in Pivdennyi and a civilian vessel under the flag of "
        "Panama were damaged. Four port workers were injured, one of them seriously. A fire "
        "broke out at the terminal and was extinguished by the morning. According to the Navy "
        "spokesperson Dmytro Pletenchuk, Russia used Iskander-M missiles launched from "
        "occupied Crimea. Ukrinform writes that about 2,000 tonnes of grain were destroyed. "
        "It is the second strike on the Odesa ports this week. The Ministry for Communities "
        "Development said the port continues to operate. The strike came a day after Russian "
        "drones hit the port of Izmail on the Danube. Shipowners say insurance premiums for "
        "calls at Ukrainian ports may rise again.",
        "E",
        "missile_strike",
    ),
    (
        "Russian drone hits evacuation bus in Bilopillia community: nine killed",
        "A Russian drone struck a bus carrying residents out of the Bilopillia community of "
        "Sumy Oblast on Saturday morning. Nine people were killed and four injured, the Sumy "
        "Oblast Military Administration said. The bus was taking people from the frontier "
        "village of Pavlivka to Sumy as part of the evacuation of border settlements. "
        "According to the National Police, the drone hit the vehicle head-on on the road near "
        "Bilopillia. 'This is a deliberate strike on civilians, the bus was clearly visible,' "
        "the head of the community, Yurii Zarko, told Suspilne. Three days of mourning were "
        "declared in the community. Over the past month more than 6,000 people have been "
        "evacuated from the 10-kilometre border zone of Sumy Oblast, where shelling has "
        "become almost continuous. The prosecutor's office has opened proceedings into a war "
        "crime.",
        "E V D",
        "drone_strike",
    ),
    (
        "Zaporizhzhia under fire: guided bombs hit an industrial enterprise and a residential area",
        "Russian forces hit Zaporizhzhia with guided aerial bombs four times on Thursday, the "
        "head of the Zaporizhzhia Oblast Military Administration, Ivan Fedorov, reported. One "
        "of the bombs struck an industrial enterprise, where two workers were killed and 14 "
        "injured. Another hit a private house in the Komunarskyi district, and a fire spread "
        "to neighbouring buildings. The rescue operation went on until late at night, the "
        "State Emergency Service said. Quote: 'The enemy hit the city in the middle of the "
        "working day.' Over the day Russia attacked 17 settlements in the oblast with drones, "
        "artillery and multiple rocket launchers. Fighting also continued in the Orikhiv "
        "direction, the military said. A day of mourning was declared in the city on Friday. "
        "Schools in the city continue to work online.",
        "E B",
        "airstrike",
    ),
    (
        "Occupiers detain 30 residents of Kakhovka district in 'filtration' raids, ombudsman says",
        "Russian occupiers detained at least 30 civilians in the occupied part of Kherson "
        "Oblast during a week of so-called filtration raids. This was reported by the "
        "Verkhovna Rada Commissioner for Human Rights, Dmytro Lubinets. According to him, "
        "armed men in balaclavas went from house to house in Nova Kakhovka and Tavriisk, "
        "checking phones and searching for tattoos and Ukrainian symbols. Several detainees "
        "were taken to an unknown destination, and their relatives have no information about "
        "them. The Center of National Resistance says that at least four men were beaten "
        "during the interrogations. Lubinets said he had sent letters to the UN and the ICRC. "
        "Ukrainian officials estimate that thousands of civilians are held by Russia, many of "
        "them without any charges. One of the detained, a school teacher, was released after "
        "five days and later told relatives she had been held in a basement.",
        "V",
        "abduction",
    ),
    (
        "Drones strike refinery in Russia's Volgograd: General Staff confirms hit",
        "Ukrainian drones struck an oil refinery in Volgograd overnight, the General Staff of "
        "the Armed Forces of Ukraine confirmed on Sunday. According to the statement, a fire "
        "broke out at the plant's primary processing unit, which supplies fuel to the Russian "
        "army. The operation was carried out by units of the Security Service and the "
        "Unmanned Systems Forces. The Russian governor, Andrei Bocharov, claimed that debris "
        "from a downed drone caused the fire and that nobody was injured. Local channels "
        "published videos of a large blaze and said the airport had suspended flights. NV "
        "notes that this is the fourth attack on the refinery this year. Russia's Defence "
        "Ministry said its air defence destroyed 61 Ukrainian drones over several regions "
        "during the night. According to Ukrainian officials, such strikes have cut Russia's "
        "refining capacity by about a fifth.",
        "E M",
        "drone_strike",
    ),
    (
        "Syrskyi: Ukrainian forces control 74 settlements in Kursk Oblast",
        "Ukrainian forces have advanced another one to three kilometres in Russia's Kursk "
        "Oblast over the past day, Commander-in-Chief Oleksandr Syrskyi reported to the "
        "President. According to him, 74 settlements and about 1,000 square kilometres of "
        "territory are now under Ukrainian control. The fighting continues along the whole "
        "line, and more than 100 Russian soldiers have surrendered, Syrskyi said. Zelensky "
        "said the operation was meant to push the war onto the aggressor's territory. The "
        "Russian side announced the evacuation of residents from the Glushkovo district and a "
        "counter-terrorist regime in three regions. Ukrainska Pravda's sources in the "
        "military say Russia is moving reserves from the Zaporizhzhia direction. The Kursk "
        "regional authorities said about 121,000 people had left the area. Military observers "
        "note that the Ukrainian side has not announced its final objectives.",
        "B M D",
        "incursion",
    ),
    (
        "Tbilisi: police disperse protesters with water cannon, dozens detained",
        "Georgian police used water cannon and tear gas overnight to disperse thousands of "
        "protesters outside the parliament in Tbilisi. It was the fifth night of protests "
        "after the government announced the suspension of EU accession talks, Ukrainska "
        "Pravda reports citing Georgian media. Riot police chased demonstrators through the "
        "side streets of Rustaveli Avenue and beat several of them with batons. The Interior "
        "Ministry said 48 people had been detained and accused the protesters of throwing "
        "fireworks and stones at officers. Independent television channels reported that at "
        "least three journalists were injured. The Georgian ombudsman called the actions of "
        "the police 'torture and inhuman treatment'. The Ukrainian Foreign Ministry said it "
        "was following the events with concern. The Georgian Dream government said it would "
        "not change its decision.",
        "U",
        "crackdown",
    ),
    (
        "Explosion at a recruitment centre in Rivne: SBU opens terrorism case",
        "An explosion went off near the territorial recruitment centre in Rivne on Saturday "
        "morning, killing one serviceman and injuring five people. The Security Service of "
        "Ukraine said it had opened a criminal case under the article on a terrorist act. "
        "According to the investigation, an improvised explosive device was hidden in a "
        "parcel that a man brought to the entrance. The SBU says the suspect, a 17-year-old "
        "local resident, was recruited by Russian special services through Telegram and "
        "promised 1,000 dollars. He was detained within two hours. The National Police have "
        "strengthened security at recruitment centres in the region. It is the third such "
        "attack on a recruitment office this year, Suspilne Rivne notes. Two of the injured "
        "are in hospital in a serious condition, the regional health department said.",
        "T E",
        "bombing",
    ),
    (
        "Missile hits children's hospital in Kyiv, patients moved to other clinics",
        "A Russian missile hit a children's hospital in Kyiv during a daytime attack on "
        "Monday, Kyiv City Military Administration said. Two adults were killed, and 16 "
        "people were injured, among them seven children. The toxicology building was "
        "destroyed, and the surgery and intensive care units were damaged. Doctors and "
        "volunteers carried children out of the rubble and moved them to other hospitals in "
        "the capital. Health Minister Viktor Liashko said that all 600 children who were in "
        "the hospital had been relocated or discharged. 'This is a strike on the most "
        "vulnerable,' the hospital's director said. Across Kyiv, the attack killed at least "
        "20 people, the Kyiv Independent reports. The UN human rights monitoring mission said "
        "the hospital was very likely hit directly. Volunteers brought water, food and "
        "medicine to the hospital grounds throughout the day.",
        "E V H",
        "missile_strike",
    ),
]
