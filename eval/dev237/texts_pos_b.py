"""dev237 positives, part B: galleries and caption stories from wars and uprisings under way (Asia,
the Americas, Africa) and the weekly roundups that carry them. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Myanmar: photographs from the resistance's fight for Lashio",
        "Fighters of the Myanmar National Democratic Alliance Army advance along a road on the "
        "outskirts of Lashio in northern Shan state, in photographs released by the group and "
        "verified by AFP. The ethnic armed group said on Wednesday it had captured the regional "
        "military command headquarters after weeks of fighting. Junta aircraft bombed the town's "
        "eastern wards the same day, and a resident said a monastery where families had sheltered "
        "was hit. A woman cradles an injured child on the back of a motorbike heading north "
        "toward the Chinese border. Rows of tarpaulin shelters line a football pitch in Hsenwi, "
        "where local volunteers say about 8,000 people have arrived. Captured government soldiers "
        "sit on the floor of a school hall under guard. The group's fighters post a flag over the "
        "gate of a captured base. China has urged both sides to cease fire.",
        "B E D",
        "battle",
    ),
    (
        "Port-au-Prince under gang siege: a week in photographs",
        "Police officers of Haiti's anti-gang unit take cover behind an armoured vehicle during a "
        "shootout with members of the Viv Ansanm coalition in the Delmas neighbourhood on "
        "Thursday. Gangs launched coordinated attacks on police stations and the national "
        "penitentiary this month, and the International Organization for Migration says more than "
        "15,000 people fled their homes in a single week. A woman balances a bundle of clothes on "
        "her head as she runs past a burning barricade. Families sleep on the floor of a "
        "government building in the city centre that has become a makeshift camp. The body of a "
        "man lies in the street in Solino, covered with cardboard. A doctor at Hôpital "
        "Saint-Damien says gunshot wounds now fill half of its beds. The UN-backed Kenyan-led "
        "mission has yet to arrive. At the main hospital's gate, a nurse says staff sleep inside "
        "because the road home is controlled by the gangs.",
        "B V D H",
        "gang_war",
    ),
    (
        "Nairobi protests: police fire on crowds as parliament burns",
        "Protesters carry a wounded man away from the gates of Kenya's parliament on Tuesday "
        "after police opened fire on crowds who had broken through barricades to oppose a finance "
        "bill raising taxes. Part of the building was set alight. The Kenya National Commission "
        "on Human Rights said at least 22 people were killed across the country. Young "
        "demonstrators hold up their phones as tear gas canisters land in Kenyatta Avenue. A "
        "policeman aims a rifle at a crowd near City Hall, in a picture by Luis Tato for AFP. "
        "Shopkeepers board up their windows in the central business district. Medics of the Kenya "
        "Red Cross treat the injured at a field post outside a cathedral. President William Ruto "
        "called the storming of parliament treasonous. Police officers fire tear gas into the "
        "grounds of the Holy Family Basilica, where the injured were being treated. Mothers "
        "search a hospital list for the names of their sons.",
        "U",
        "crackdown",
    ),
    (
        "Dhaka in pictures: the uprising's bloodiest day",
        "Students throw stones at police officers near the Jatrabari flyover in Dhaka on Sunday, "
        "as clashes over the government's quota system turned into a movement to topple Prime "
        "Minister Sheikh Hasina. Local newspapers counted more than 90 dead on the day, including "
        "14 police officers. Armoured vehicles block a road leading to the Shahbagh intersection. "
        "Relatives mourn outside the morgue of Dhaka Medical College Hospital. Smoke rises from a "
        "police station set on fire by protesters in Narayanganj. A young man with a bandaged "
        "head waves the national flag from a rickshaw. The government cut mobile internet again "
        "and declared an indefinite curfew from six in the evening. Soldiers stand on a pickup at "
        "a checkpoint near the Bangla Motor junction, rifles in hand. Buses set alight by crowds "
        "smoulder on the airport road. A student holds up a photograph of Abu Sayed, shot dead by "
        "police in Rangpur last month.",
        "U",
        "uprising",
    ),
    (
        "Iran protests: images smuggled out of Zahedan and Tehran",
        "The images, shared by activists and verified by the BBC, show security forces firing on "
        "worshippers leaving Friday prayers in Zahedan, the capital of Sistan-Baluchestan "
        "province. Rights groups said at least 66 people were killed in the city that day. In "
        "Tehran, young women without headscarves stand on a car roof and chant as a bonfire burns "
        "in the middle of Keshavarz Boulevard. Riot police on motorbikes charge a crowd at night, "
        "batons raised. A family holds a vigil at the grave of a 16-year-old killed in the "
        "protests, which began after the death of Mahsa Amini in the custody of the morality "
        "police. Authorities say rioters and foreign agents are behind the unrest. In Sanandaj, "
        "shopkeepers pull down their shutters in a strike as riot police patrol. Rights monitors "
        "say more than 200 protesters have been killed nationwide and thousands detained. Women "
        "cut their hair at a funeral in the Kurdish town of Saqqez.",
        "U V",
        "crackdown",
    ),
    (
        "Mogadishu: the scene after the twin car bombings at the education ministry",
        "Smoke and dust hang over the Zobe junction in Mogadishu on Saturday after two car bombs "
        "exploded minutes apart outside Somalia's education ministry during the lunchtime rush. "
        "Police said at least 100 people were killed and 300 wounded. The al-Qaeda-linked "
        "al-Shabaab group said it carried out the attack. A man carries a wounded girl through "
        "the wreckage of minibuses that had been waiting at the junction. Volunteers load "
        "stretchers into the back of a pickup. At Medina hospital, relatives search a list of "
        "names pinned to a wall. Street vendors' stalls are scattered across the road, their "
        "fruit crushed among broken glass. A man searches for his brother among burned cars, "
        "holding up his phone with a photograph of him. Blood donors queue outside Erdogan "
        "hospital. Somalia's president called the bombings a cowardly attack on children and "
        "mothers. Photographs by Feisal Omar and Abdirahman Yusuf.",
        "E T V",
        "bombing",
    ),
    (
        "Kabul airport: photographs after the suicide bombing at Abbey Gate",
        "Wounded Afghans are rushed into the Emergency hospital in Kabul on Thursday evening "
        "after a suicide bomber and gunmen attacked crowds at the Abbey Gate of Hamid Karzai "
        "International Airport. The Islamic State's Afghan branch said it carried out the attack, "
        "which killed 13 American service members and scores of Afghans who had gathered in the "
        "hope of being evacuated. A man wheels an injured relative in a barrow past a Taliban "
        "checkpoint. Shoes and documents lie in the sewage canal beside the airport wall. "
        "Families who had waited for days with their papers held over their heads stand back from "
        "the gates. Evacuation flights continued through the night. Marines carry a wounded "
        "comrade into a transport plane. A Taliban fighter guards the road where relatives wait "
        "for news. Pentagon officials said a second blast hit near the Baron Hotel. The United "
        "States has promised to hunt down those responsible.",
        "E T V D",
        "bombing",
    ),
    (
        "Cabo Delgado: caption story from the boats arriving in Pemba",
        "Women and children wade ashore from a fishing boat on Paquitequete beach in Pemba, "
        "northern Mozambique, after fleeing an attack by Islamic State-linked insurgents on the "
        "coastal town of Palma. Survivors say gunmen went from house to house and beheaded some "
        "residents. Aid workers register new arrivals under a tree; the International "
        "Organization for Migration counted more than 11,000 people displaced from Palma in ten "
        "days. A teenager shows the blisters on his feet after walking through the bush for five "
        "days. Mozambican troops patrol the beach. A girl holds the hand of her younger brother, "
        "separated from their parents when the attack began. A grandfather who hid in the "
        "mangroves for three days says he saw bodies on the road to the airport. The town of "
        "Palma, a hub for a gas project worth billions of dollars, had been under attack since "
        "Wednesday. Workers from the gas site were among those rescued by boat.",
        "V T D H",
        "massacre",
    ),
    (
        "Burkina Faso: pictures from Djibo, a town cut off by jihadists",
        "Women pound millet in the courtyard of a school in Djibo where displaced families have "
        "lived for two years, in pictures taken in March by a photographer travelling with a UN "
        "helicopter flight. Jihadist fighters of the JNIM group have blockaded the northern town "
        "since 2022, attacking supply convoys and blowing up bridges. Residents say an attack on "
        "the town's outskirts on Sunday killed dozens of volunteer fighters and civilians. Sacks "
        "of food are unloaded from a helicopter at the edge of town. A nurse weighs a child in a "
        "clinic where medicines run out for weeks at a time. Aid agencies say the town's "
        "population has swelled to more than 270,000. Farmers who dare to go to their fields "
        "outside the town's trench risk being shot, residents say. A volunteer fighter of the VDP "
        "militia sits on a motorbike, a rifle across his knees. Water is rationed at the town's "
        "boreholes, some of which the militants have sabotaged.",
        "B T D H",
        "blockade",
    ),
    (
        "Hong Kong: the siege of Polytechnic University, in pictures",
        "Protesters hurl petrol bombs at police armoured vehicles on a bridge outside Hong Kong "
        "Polytechnic University on Sunday night as officers tried to break into the campus. A "
        "footbridge and a police van were set on fire. Police fired tear gas, rubber bullets and "
        "water cannon and said an officer was hit in the leg by an arrow. Students in gas masks "
        "rest in a lecture theatre filled with stockpiled food and umbrellas. First aiders treat "
        "a young man with a head wound. Rows of detainees sit on the ground with their hands "
        "cable-tied near Cheung Sha Wan. Hundreds of people remain trapped inside the university "
        "as police seal off the exits. Some try to escape by sliding down ropes from a footbridge "
        "to waiting motorbikes below. Parents gather outside the cordon holding up signs asking "
        "police to let their children out. The campus library is strewn with gas masks and empty "
        "water bottles.",
        "U",
        "riot",
    ),
    (
        "Nepal's Gen Z protests: parliament in flames, in photographs",
        "Smoke pours from the Federal Parliament building in Kathmandu on Tuesday after "
        "protesters set fire to it, a day after police shot dead 19 demonstrators during a march "
        "against a social media ban and corruption. Young men stand on top of the gates holding "
        "the national flag. Soldiers deploy on the streets of the capital as a curfew is imposed. "
        "The home of a former prime minister in Bhaktapur burns in a photo taken from a rooftop. "
        "Prime Minister KP Sharma Oli resigned in the afternoon. At the Civil Hospital, doctors "
        "lay out the names of the injured on a whiteboard. Crowds also set fire to the Supreme "
        "Court and the offices of several political parties. A police officer's helmet lies in "
        "the ash outside the Singha Durbar complex. Demonstrators say they were marching "
        "peacefully when police opened fire on Monday. The army has called for talks with protest "
        "leaders. Banks and schools stayed closed.",
        "U",
        "riot",
    ),
    (
        "The week in pictures: Mardi Gras, a snowbound Sapporo and strikes on Kherson",
        "Dancers in feathered headdresses parade on St Charles Avenue in New Orleans on Tuesday "
        "for the climax of Mardi Gras. In Sapporo, a boy climbs a snow sculpture of a dragon at "
        "the annual festival, where temperatures fell to minus 12C. In southern Ukraine, a woman "
        "in Kherson weeps beside her neighbour's body after Russian shelling hit a bus stop on "
        "Thursday, killing five people, the regional military administration said. Rescuers put "
        "out burning cars in the city's Korabelnyi district. In Mumbai, cricket fans celebrate a "
        "record chase at the Wankhede stadium. And in Peru, a condor is released back into the "
        "wild after months of care. A woman in Berlin swims through a hole cut in the ice of a "
        "lake on Wednesday morning. In Rio de Janeiro, a samba school rehearses its floats in a "
        "warehouse. In Kherson, volunteers tape up the windows of a maternity ward damaged in the "
        "same attack.",
        "E",
        "shelling",
    ),
    (
        "Photographs of the week: cherry blossom, a marathon and Rafah's tent camps",
        "Visitors crowd the banks of the Meguro river in Tokyo as the cherry blossom reached full "
        "bloom on Tuesday. Runners cross Tower Bridge during the London marathon, which "
        "organisers said had a record 56,000 finishers. In Rafah, on Gaza's border with Egypt, "
        "displaced Palestinians carry the wounded from a tent camp hit by an Israeli strike that "
        "the territory's civil defence said killed 11 people. Children queue for water beside the "
        "tents. In Nairobi, flamingos gather on the shore of Lake Nakuru, swollen by the long "
        "rains. A chef in Lyon presents a gilded praline tart at a baking contest. Among the dead "
        "were two women and a baby, medics at the Kuwaiti hospital said. The Israeli military "
        "said it had targeted a Hamas commander. In Berlin, a protest against rising rents draws "
        "thousands to Alexanderplatz. In Buenos Aires, a tango dancer warms up before a show.",
        "E V D H",
        "airstrike",
    ),
    (
        "Photographer's notebook: a week on the Zaporizhzhia front",
        "Working with a unit of the 65th Brigade near Orikhiv, photographer Anastasia Vlasova "
        "spent seven days in dugouts a few kilometres from Russian lines. Soldiers run from a "
        "trench as a Russian drone buzzes overhead. A medic tapes a tourniquet on a wounded "
        "infantryman in the back of an armoured ambulance. Russian glide bombs hit the village of "
        "Mala Tokmachka while she was there, and the brigade said two soldiers were killed. At "
        "night, a mortar crew fires illumination rounds over the fields. The pictures were "
        "cleared for publication by the unit's press officer, who asked that positions not be "
        "identified. A soldier with the call sign Grandpa sleeps on an ammunition crate. A shop "
        "in Orikhiv that still sells cigarettes has no windows and no roof. The brigade's medics "
        "evacuated six wounded men in one night, she writes, under constant drone surveillance. "
        "She photographed a destroyed Russian armoured vehicle at the edge of a minefield.",
        "B E",
        "battle",
    ),
    (
        "Nigeria: images from Maiduguri after the Konduga market bombings",
        "Traders sift through charred goods at the fish market in Konduga, Borno state, on Sunday "
        "after three suicide bombers blew themselves up in the crowd the night before. Emergency "
        "officials said at least 24 people were killed and 37 wounded. No group has claimed the "
        "attack, but it bears the hallmarks of Boko Haram and the Islamic State West Africa "
        "Province. A man sits on a bench in the State Specialist Hospital in Maiduguri, his arm "
        "in a sling. Soldiers and members of the Civilian Joint Task Force stand guard at the "
        "edge of the market. Mourners carry a body wrapped in a mat to the cemetery. A boy who "
        "lost his mother in the blast sits with his uncle in a hospital corridor. Traders say "
        "they had reopened the market only weeks ago after an earlier attack. The governor of "
        "Borno state visited the scene and called for calm. The military said it had stepped up "
        "patrols on roads into the town.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Minsk in pictures: riot police break up the post-election protests",
        "Riot police in black uniforms drag a young man into a van on Independence Avenue in "
        "Minsk on Monday night, the second night of protests against the official result of "
        "Belarus's presidential election. Officers fired stun grenades and rubber bullets and "
        "deployed water cannon, and the interior ministry said 3,000 people had been detained. A "
        "protester with a bloodied face is held by his arms. Demonstrators build a barricade of "
        "bins near the Riga shopping centre. A woman in a white dress holds a flower in front of "
        "a line of shields. One man was killed when, police said, an explosive device went off in "
        "his hand. In Brest and Grodno, police fired tear gas at crowds who chanted “Go away” "
        "outside local government buildings. Detainees later told of beatings at the Okrestina "
        "detention centre. Alexander Lukashenko, declared the winner with 80 percent, called the "
        "protesters sheep.",
        "U",
        "crackdown",
    ),
]
