"""dev129 positives, part b: features and reports that report current organised violence."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "After the night in Yelwata",
        "The market in Yelwata opened again on Wednesday, but only half the stalls had someone "
        "behind them. Five days after gunmen attacked the town in Benue state late on Friday, "
        "residents were still burying their dead in a row of fresh graves beside the primary "
        "school. Survivors said the attackers came on foot and on motorbikes shortly before "
        "midnight, shooting people in their homes and setting fire to the rooms where families "
        "had locked themselves in. Local officials and Amnesty International put the toll at "
        "about 100; the state police command said it was lower. Many of the dead were families "
        "who had fled earlier violence in the surrounding farmland and were living in a camp "
        "near the market. The attackers are widely believed to be armed herders, and the killing "
        "is the latest in a long conflict over land and grazing routes across Nigeria's Middle "
        "Belt, in which villages on both sides have been raided. More than 3,000 people have "
        "left Yelwata for Makurdi, the state capital, since the weekend, the state emergency "
        "management agency said. President Bola Tinubu ordered security chiefs to the state and "
        "promised arrests. In Yelwata, people said they had heard such promises before. 'Soldiers "
        "came in the morning,' said Terngu, a farmer who lost his wife and two sons. 'We needed "
        "them at night.'",
        "V D",
        "massacre",
    ),
    (
        "In Michoacán's lime country, the cartels now fight with drones",
        "The first time a drone dropped a bomb on her village, Rosa thought it was a toy. Now the "
        "children of El Aguaje, in the hot lowlands of western Mexico's Michoacán state, know the "
        "buzz well enough to run before anyone tells them to. For more than two years the "
        "Jalisco New Generation Cartel and a coalition of local groups have fought for control "
        "of the Tierra Caliente, a valley of lime and avocado orchards whose growers pay both "
        "sides for the right to harvest. The fighting has grown more technical. On Sunday "
        "drones dropped explosives on houses and a chapel in El Aguaje and a neighbouring "
        "hamlet, wounding four people, including a girl of nine, state officials said, and "
        "gunmen in armoured trucks traded fire with a rival group on the road to Aguililla for "
        "most of the afternoon. Soldiers arrived the next day. Dozens of families have left for "
        "Apatzingán or for the United States border since the spring, and the village school has "
        "been closed since March. Security analysts say the cartels buy commercial drones online "
        "and fit them with homemade charges, and that the army has few ways to stop them. Lime "
        "prices in Mexico City have risen by a third this year, partly because pickers refuse to "
        "work in the valley. Rosa's family has stayed, for now. Their orchard is the only thing "
        "they own.",
        "E V B D",
        "cartel drone attacks",
    ),
    (
        "A photographer's week on the streets of Nairobi, as the protests turn deadly",
        "Wanjiru Kamau had photographed elections, marathons and a presidential inauguration, "
        "but nothing prepared her for Tuesday. The 29-year-old freelancer was on Parliament Road "
        "when thousands of young protesters broke through police lines and part of the "
        "parliament complex was set on fire, as lawmakers inside voted through a finance bill "
        "that raised taxes on bread, fuel and mobile money. “The police were firing tear gas, and "
        "then you heard the live rounds,” she said. Kenya's state-funded human rights commission "
        "said at least 22 people were killed across the country that day, most of them shot by "
        "police, and hundreds were injured. Kamau's pictures, of a young man carrying a wounded "
        "friend past the city hall, have been shared millions of times. The protests, organised "
        "on TikTok and X by people mostly too young to remember previous political crises, had "
        "begun peacefully a week earlier. On Wednesday, President William Ruto withdrew the "
        "bill, saying he had listened to the people. Demonstrators are calling for more marches "
        "on Thursday, now demanding his resignation. Kamau says she will be there, with a helmet "
        "this time. “Our generation is not scared of them any more,” she said. “That is what "
        "changed.”",
        "U",
        "protest crackdown",
    ),
    (
        "Bangladesh's freelancers went dark with the internet. Their clients moved on",
        "For five days, Tanvir Hasan could not answer a single message from his clients in Texas "
        "and Toronto. The 26-year-old web developer, who earns most of his income through "
        "freelancing platforms, was one of hundreds of thousands of Bangladeshis cut off when the "
        "government shut down mobile and broadband internet across the country last week. The "
        "shutdown came as the authorities tried to crush student protests against a quota system "
        "for government jobs. Police and paramilitary forces fired tear gas, rubber bullets and "
        "live ammunition at demonstrators in Dhaka and other cities, a nationwide curfew was "
        "imposed, and soldiers were ordered to shoot on sight; hospital records compiled by "
        "journalists put the number of dead at more than 150. Connections began to return on "
        "Tuesday, but many freelancers found their contracts cancelled and their ratings "
        "lowered. Bangladesh is one of the world's largest suppliers of online freelance labour, "
        "and the industry's trade body estimates losses of at least $10 million a day during the "
        "blackout. Some workers crossed into India to log on. Others, like Hasan, used satellite "
        "connections at a relative's office until the police raided the building. “My clients "
        "don't know what a curfew is,” he said. “They know I missed a deadline.”",
        "U",
        "protest crackdown",
    ),
    (
        "Night after night on Rustaveli Avenue",
        "By ten in the evening, the crowd outside the Georgian parliament in Tbilisi has its "
        "rituals: the flags of Georgia and the European Union, the whistles, the laser pointers "
        "aimed at the facade, the fireworks fired towards the police lines. For a week now, tens "
        "of thousands have gathered here every night since the governing Georgian Dream party "
        "announced it would suspend talks on joining the EU until 2028. And every night, around "
        "midnight, the riot police move in. On Monday they used water cannon and tear gas to "
        "clear Rustaveli Avenue and chased protesters into the side streets, where masked men "
        "beat several of them and at least two journalists, according to the public defender. "
        "The interior ministry says more than 400 people have been detained since Thursday and "
        "that dozens of officers have been injured by fireworks and stones. Opposition "
        "politicians have been arrested in their homes. Among the protesters are people who "
        "have never demonstrated before: civil servants, a ballet dancer, pensioners in woolly "
        "hats. 'I came because they are taking my country's future away,' said Nino, a "
        "pharmacist who has stood in the same spot each night. The prime minister calls them "
        "agents of foreign powers. In Brussels, diplomats are discussing sanctions on the "
        "officials who ordered the crackdown.",
        "U",
        "crackdown on protests",
    ),
    (
        "On the Nahr el-Kabir, Alawite families wade into Lebanon",
        "The river that marks the border between Syria and Lebanon is shallow in March, and the "
        "families who crossed it this week walked through the water carrying children, blankets "
        "and, in one case, an elderly man on a plastic chair. They came from villages in the "
        "hills above Baniyas and Jableh, on Syria's coast, where, they say, gunmen from groups "
        "aligned with the new authorities in Damascus went from house to house after an "
        "insurrection by loyalists of the old regime, asking people whether they were Alawite "
        "and shooting the men. A British-based monitor says more than 1,000 civilians were killed "
        "in four days, most of them members of the Alawite minority to which Bashar al-Assad "
        "belongs; the interim president, Ahmed al-Sharaa, has promised to punish anyone who "
        "harmed civilians and set up a commission of inquiry. In the Lebanese district of Akkar, "
        "local officials say more than 10,000 people have arrived since Friday and are sleeping "
        "in mosques, schools and the homes of relatives. Samer, a teacher from a village near "
        "Baniyas, said his brother and two cousins were killed in front of their houses. 'For "
        "fourteen years we were afraid of the rebels, and then we were told it was over,' he "
        "said. He has no papers and no plan beyond the next meal.",
        "V D",
        "sectarian killings",
    ),
    (
        "The Red Sea detour is becoming the new normal for shipping",
        "A year ago, the rerouting of container ships around the Cape of Good Hope looked like a "
        "temporary shock. It now looks like a structural change. Traffic through the Suez Canal "
        "is still running at about a third of its level before the Houthis, a Yemeni militia "
        "backed by Iran, began attacking merchant ships in November 2023, and the Egyptian "
        "government has lost some $7 billion in canal fees, a painful sum for a country that "
        "had counted on them as one of its few reliable sources of hard currency. Shipping "
        "lines have adapted with surprising ease. They have ordered more vessels, rewritten "
        "their schedules around the longer voyage and passed the extra fuel costs on to their "
        "customers; freight rates, after spiking in the first months of the crisis, have eased "
        "as new ships ordered during the pandemic boom have been delivered. Some carriers have "
        "even enjoyed record profits. Ports in Spain, Morocco and South Africa have gained "
        "traffic that once passed through Port Said and Jeddah. The risk has not gone away. On "
        "Monday two Houthi missiles struck a Greek-owned bulk carrier in the Red Sea south-west "
        "of Hodeidah, setting it on fire and forcing its 25 crew to abandon ship, according to "
        "Britain's maritime security agency. American and British warplanes hit Houthi radar "
        "sites and missile launchers around Hodeidah the next night, the Pentagon said, the "
        "latest in a campaign of strikes that has not stopped the attacks. Insurers now charge "
        "war-risk premiums of up to 1% of a ship's value for a single transit, which for a "
        "large container ship can mean more than a million dollars. For Asian exporters the "
        "extra fortnight at sea has become a cost of doing business, and some European "
        "retailers have moved suppliers closer to home, to Turkey and Morocco. The longer the "
        "detour lasts, the less likely the old route is to regain its place, whatever happens "
        "in Yemen.",
        "E M",
        "missile attack on shipping",
    ),
    (
        "In the Neelum valley, families return to the bunkers their parents dug",
        "The bunker under Shaheen Bibi's house in the Neelum valley was dug by her father-in-law "
        "in the 1990s and had been used for years to store potatoes. On Wednesday night it held "
        "eleven people. India fired missiles at what it called terrorist infrastructure in "
        "Pakistan and Azad Jammu and Kashmir in the early hours of Wednesday, and the artillery "
        "duels that followed along the Line of Control were the heaviest in two decades, "
        "residents said. The Pakistani military said 31 civilians were killed, including several "
        "in Muzaffarabad, where a mosque complex was hit, and the army said it had shot down "
        "Indian aircraft in response. India said Pakistani shelling had killed at least 12 "
        "people in Poonch on its side of the line. In Neelum, shells fell on the road to Athmuqam "
        "and on a school building, and thousands of residents moved to relatives' homes further "
        "from the line or to government shelters in Muzaffarabad. Tourist guesthouses that had "
        "been booked for the summer season emptied within a day. 'We grew up with this, but our "
        "children did not,' Shaheen said. Her son, who is 12, asked her on Thursday whether the "
        "war would be over before his exams.",
        "E M D",
        "cross-border strikes and shelling",
    ),
    (
        "Lido beach was Mogadishu's proof that life had returned. On Friday it was attacked",
        "On summer evenings Lido beach is where Mogadishu goes to prove something to itself: "
        "families on the sand, teenagers playing football at the water's edge, young couples "
        "eating grilled fish in the seafront restaurants that have opened over the past decade. "
        "On Friday night the beach was attacked. A suicide bomber blew himself up at the entrance "
        "of a busy restaurant and gunmen then opened fire on diners and people on the sand, "
        "police said, before security forces killed them after a standoff that lasted into the "
        "early morning. At least 32 people were killed and more than 60 wounded, according to "
        "the police, and al-Shabaab, the al-Qaeda affiliate that has fought Somalia's government "
        "for nearly two decades, said it had carried out the attack. It is not the first time the "
        "group has targeted the seafront. Yet the beach had come to stand for the city's slow "
        "recovery, with diaspora returnees opening cafés and hotels on it. On Saturday morning "
        "volunteers were washing blood off the tiles of one restaurant as its owner, who moved "
        "back from Minneapolis in 2019, spoke to reporters. He said he would reopen within a "
        "week. 'If we close, they win,' he said, 'and I did not come home to let them win.'",
        "T V",
        "terrorist attack",
    ),
]
