"""dev34 articles: South, East and South-East Asia, the Pacific."""

from figset import F

F(
    "Rohingya flee fighting in Maungdaw as Arakan Army advances",
    "COX'S BAZAR, Bangladesh (Reuters) - [[About 8,000 Rohingya|displaced;a=Bangladeshi officials]] have crossed into Bangladesh in the past {{two weeks}} to escape fighting in Myanmar's Rakhine state, Bangladeshi officials said on Monday.\n\n"
    "Survivors said a drone attack on families waiting to board boats on the Naf river near Maungdaw killed [[dozens of people|killed;a=Survivors]], including women and children. "
    "A Rohingya activist group said it had counted [[at least 150 bodies|killed;a=A Rohingya activist group]], a figure that could not be verified.\n\n"
    "“There were bodies all along the bank, and people were stepping over them to reach the boats,” said Mohammad Ilyas, {{35}}, who crossed with his wife and daughter.\n\n"
    "Bangladesh's border guards said they had pushed back [[more than 1,000 people|returned;a=Bangladesh's border guards]] who tried to cross in recent days, and that [[two boats|other;a=Bangladesh's border guards]] had capsized in the river.\n\n"
    "The Arakan Army, an ethnic armed group fighting the junta, said it had captured [[about 300 junta soldiers|arrested;a=The Arakan Army]] when it took the last army base in Maungdaw.\n\n"
    "The camps around Cox's Bazar already hold [[about 1 million Rohingya refugees|displaced]], most of whom fled a military crackdown in {{2017}}. "
    "[[More than 700,000|displaced]] crossed in the {{first months}} of that crackdown alone.",
)

F(
    "Fire leaves thousands homeless in Rohingya camp",
    "COX'S BAZAR, Bangladesh - A fire tore through a Rohingya refugee camp in Bangladesh on Sunday, destroying [[about 2,000 shelters|housing;a=the official in charge of refugees, Mohammad Mizanur Rahman;alt=Mohammad Mizanur Rahman]] and leaving [[about 12,000 people|displaced;a=the official in charge of refugees, Mohammad Mizanur Rahman;alt=Mohammad Mizanur Rahman]] without a roof, the official in charge of refugees, Mohammad Mizanur Rahman, said.\n\n"
    "No one was killed, he said, but [[14 people|injured;a=the official in charge of refugees, Mohammad Mizanur Rahman;alt=Mohammad Mizanur Rahman]] were treated for burns. "
    "The fire started at about {{2:45 p.m.}} in {{Camp 11}} and spread quickly through bamboo and tarpaulin shelters; it was put out {{three hours}} later.\n\n"
    "The UN refugee agency said [[90 learning centres|housing;a=The UN refugee agency]] and [[35 mosques|housing;a=The UN refugee agency]] had also burned. "
    "Aid agencies handed out [[20,000 hot meals|aid]] on Sunday night, and [[5,000 tarpaulins|aid;p;a=UNHCR]] are to be distributed this week, UNHCR said.\n\n"
    "Police said they had arrested [[three men|arrested;a=Police]] suspected of setting the fire during a feud between armed groups in the camps.\n\n"
    "In {{March 2021}}, a fire in the same area killed [[15 refugees|killed]] and destroyed [[about 10,000 shelters|housing]].",
)

F(
    "Wayanad landslides: toll passes 160 as search goes on",
    "WAYANAD, India - The number of people killed by landslides in the hills of Wayanad in Kerala rose to [[167|killed;a=state officials]] on Wednesday, state officials said, and [[191 people|missing;a=state officials]] were still missing.\n\n"
    "Torrents of mud and rock swept through the villages of Mundakkai and Chooralmala before dawn on Tuesday after {{372 mm}} of rain fell in {{a day}}. "
    "Rescuers recovered [[about 30 bodies|killed]] from the Chaliyar river, some of them {{40 km}} downstream.\n\n"
    "The army said it had deployed [[more than 500 soldiers|combatants;a=The army]] and built a temporary bridge to reach Mundakkai, and that [[about 1,000 people|other;a=The army]] had been rescued. "
    "Chief Minister Pinarayi Vijayan said [[8,300 people|displaced;a=Chief Minister Pinarayi Vijayan;alt=Pinarayi Vijayan]] were staying in [[82 relief camps|capacity;a=Chief Minister Pinarayi Vijayan;alt=Pinarayi Vijayan]], and that [[348 houses|housing;a=Chief Minister Pinarayi Vijayan;alt=Pinarayi Vijayan]] had been destroyed.\n\n"
    "“Our whole row of houses is gone, and I have not found my brother,” said Shihab, a tea plantation worker, at a camp in Meppadi.\n\n"
    "In {{August 2018}}, floods in Kerala killed [[nearly 500 people|killed]].",
)

F(
    "Nepal floods: death toll rises to 217",
    "KATHMANDU - The death toll from floods and landslides in Nepal rose to [[217|killed;a=the home ministry]] on Tuesday, the home ministry said, with [[28 people|missing;a=the home ministry]] still missing and [[143|injured;a=the home ministry]] injured.\n\n"
    "Most of the dead were in the Kathmandu valley, where the Bagmati river burst its banks after the heaviest rain in {{more than 50 years}}. "
    "[[Thirty-five people|killed]] died when a landslide buried [[two buses|other]] on the highway at Dhading.\n\n"
    "Home ministry spokesman Rishi Ram Tiwari said [[more than 20,000 police and soldiers|combatants;n=police and soldiers;a=Home ministry spokesman Rishi Ram Tiwari;alt=Rishi Ram Tiwari]] had been deployed, and that they had rescued [[about 4,000 people|other;a=Home ministry spokesman Rishi Ram Tiwari;alt=Rishi Ram Tiwari]], many of them by helicopter.\n\n"
    "Schools in the valley were closed for {{three days}}.\n\n"
    "“The water came in at midnight and in {{ten minutes}} it was at the ceiling,” said Sita Maharjan, whose family escaped onto the roof.\n\n"
    "The monsoon usually ends in {{mid-September}}, but late storms this year brought {{322 mm}} of rain to Kathmandu in {{two days}}.",
)

F(
    "Philippines evacuates 600,000 ahead of super typhoon",
    "MANILA - [[More than 600,000 people|displaced;a=the civil defence office]] were evacuated from coastal and low-lying villages in eastern Luzon on Saturday ahead of a super typhoon packing winds of {{185 km/h}}, the civil defence office said.\n\n"
    "It said [[about 4,500 evacuation centres|capacity;a=the civil defence office]] had been opened in schools, gyms and churches. "
    "[[More than 3,000 passengers|displaced]] were stranded in ports after the coast guard banned sea travel, and [[about 300 flights|other]] were cancelled.\n\n"
    "The storm made landfall in Aurora province early on Sunday. "
    "By Monday, the civil defence office reported [[12 people|killed;a=the civil defence office]] dead and [[six|missing;a=the civil defence office]] missing, most of them in landslides in the mountain province of Nueva Vizcaya. "
    "[[More than 21,000 houses|housing;a=the civil defence office]] were damaged, it said.\n\n"
    "“We learned after Haiyan,” said Governor Reynante Tolentino. "
    "“If you tell people early, they go.”\n\n"
    "Typhoon Haiyan in {{2013}} left [[more than 6,300 people|killed]] dead in the central Philippines.",
)

F(
    "Eruption on Flores kills nine, thousands evacuated",
    "MAUMERE, Indonesia (AP) - Mount Lewotobi Laki-laki on the island of Flores erupted before midnight on Sunday, hurling rocks onto villages on its slopes and killing [[nine people|killed;a=the national disaster agency]], the national disaster agency said.\n\n"
    "Agency spokesman Abdul Muhari said [[more than 10,000 residents|displaced;a=Agency spokesman Abdul Muhari;alt=Abdul Muhari]] of [[seven villages|other;a=Agency spokesman Abdul Muhari;alt=Abdul Muhari]] had been evacuated to [[15 shelters|capacity;a=Agency spokesman Abdul Muhari;alt=Abdul Muhari]]. "
    "Burning rocks set fire to [[dozens of houses|housing;a=Agency spokesman Abdul Muhari;alt=Abdul Muhari]] and a convent in Hokeng, he said.\n\n"
    "Authorities widened the exclusion zone to {{7 km}} from the crater and raised the alert to the highest level. "
    "The volcano, {{1,584 metres}} high, sent an ash column {{2,000 metres}} into the sky.\n\n"
    "The regional police said [[about 400 police and soldiers|combatants;n=police and soldiers;a=The regional police]] had been sent to help with the evacuation. "
    "Flights to Maumere were cancelled for {{two days}}.\n\n"
    "“The sky turned red and then the stones started to fall,” said Maria Goreti, {{50}}, at a shelter in Konga.",
)

F(
    "Gansu earthquake kills 131 in freezing cold",
    "BEIJING - A magnitude {{6.2}} earthquake that struck Gansu province near midnight on Monday killed [[131 people|killed;a=state media]] in Gansu and neighbouring Qinghai, state media said on Wednesday. "
    "[[113|killed]] of the dead were in Gansu's Jishishan county.\n\n"
    "[[More than 780 people|injured;a=Xinhua]] were injured, Xinhua said, and [[16|missing;a=Xinhua]] were missing in Qinghai, where the quake set off a mudflow that buried [[two villages|other]].\n\n"
    "The quake destroyed [[more than 14,000 houses|housing;a=the provincial government]] and forced [[about 145,000 people|displaced;a=the provincial government]] to move into tents and shelters, the provincial government said. "
    "Night temperatures fell to {{minus 14 C}}.\n\n"
    "[[More than 5,000 rescuers|other]] and [[1,400 soldiers|combatants]] were sent to the area. "
    "The Red Cross Society of China said it had delivered [[30,000 quilts|aid;u=other;a=The Red Cross Society of China]] and [[5,000 tents|aid;a=The Red Cross Society of China]].\n\n"
    "It was China's deadliest earthquake since {{2014}}, when a quake in Yunnan killed [[more than 600 people|killed]].",
)

F(
    "Noto quake: evacuees face cold as toll reaches 202",
    "TOKYO - The death toll from the New Year's Day earthquake on Japan's Noto peninsula rose to [[202|killed;a=Ishikawa prefecture]] on Tuesday, Ishikawa prefecture said, up from [[168|killed;a=Ishikawa prefecture]] on Saturday, and [[102 people|missing;a=Ishikawa prefecture]] were unaccounted for.\n\n"
    "[[About 26,000 evacuees|displaced;a=the prefecture]] were staying in [[more than 400 shelters|capacity;a=the prefecture]], the prefecture said, and [[about 3,000 people|civilians;a=the prefecture]] in [[24 districts|other;a=the prefecture]] were still cut off by landslides.\n\n"
    "The magnitude {{7.5}} quake struck at {{4:10 p.m.}} on {{January 1}}, setting off a fire that burned [[about 300 buildings|housing]] in the Wajima morning market area.\n\n"
    "Prime Minister Fumio Kishida said he would increase the number of Self-Defense Force troops in the area to [[6,000|combatants;p;a=Prime Minister Fumio Kishida;alt=Fumio Kishida]]. "
    "[[About 30,000 houses|housing;a=officials]] were destroyed or damaged, officials said.\n\n"
    "Many evacuees are elderly, and doctors have warned of the risk of illness in crowded school gyms. "
    "“We sleep on cardboard, and the toilets have not worked for {{a week}},” said Kazuo Hamano, {{78}}, in Suzu.",
)

F(
    "Thailand, Cambodia trade fire along border; thousands flee",
    "BANGKOK/PHNOM PENH - Fighting between Thai and Cambodian troops spread along the disputed border on Friday, the second day of the worst clashes between the neighbours in more than a decade.\n\n"
    "Thailand's health ministry said [[14 people|killed;a=Thailand's health ministry]] had been killed on the Thai side, [[13|killed;a=Thailand's health ministry]] of them civilians, and [[46|injured;a=Thailand's health ministry]] wounded. "
    "[[Eight|killed]] died when a rocket hit a petrol station in Sisaket province.\n\n"
    "Thai authorities said [[more than 138,000 people|displaced;a=Thai authorities]] had been evacuated from border districts to [[about 300 shelters|capacity;a=Thai authorities]]. "
    "In Cambodia's Oddar Meanchey province, [[about 35,000 people|displaced;a=provincial officials]] had fled, provincial officials said, and [[12 people|killed;a=provincial officials]] had been killed.\n\n"
    "Thailand said it had sent {{F-16}} jets to strike Cambodian military targets; Cambodia accused it of using cluster munitions.\n\n"
    "“We left our cows and our rice, we took only the children,” said Sompong Chanthep, {{58}}, at a shelter in a school in Surin.\n\n"
    "The dispute over the border, {{first drawn}} in {{1907}}, flared in {{May}} when a Cambodian soldier was killed in a brief exchange of fire.",
    ["second day"],
)

F(
    "Tribal ambush in Enga kills dozens, police say",
    "PORT MORESBY (AFP) - Police in Papua New Guinea recovered the bodies of [[64 men|killed;a=Police in Papua New Guinea]] in Enga province on Monday after an ambush in the latest outbreak of fighting between rival clans in the highlands, police said.\n\n"
    "Acting police commissioner Donald Yamasombi said the dead were fighters from one clan who had been ambushed on their way to attack a neighbouring village. "
    "“The bodies were found along the road, on the riverbank and in the bush,” he said.\n\n"
    "The government said it would send [[100 more soldiers|combatants;p;a=The government]] to Enga, where [[about 200 police|combatants;a=The government]] are already deployed. "
    "Clansmen armed with high-powered rifles burned [[more than 70 houses|housing;a=local officials]] in nearby villages, local officials said, and [[hundreds of villagers|displaced;a=local officials]] fled into the forest.\n\n"
    "“They use AR-15s now, not bows and arrows,” said a church worker in Wabag.\n\n"
    "Fighting between clans in Enga has killed [[more than 150 people|killed;a=the UN]] in the past {{two years}}, the UN estimates.",
    ["AR-15s"],
)

F(
    "Typhoon Yagi: bridge collapse, landslide raise Vietnam toll",
    "HANOI - Typhoon Yagi and the floods that followed have killed [[143 people|killed;a=the disaster management agency]] in northern Vietnam, the disaster management agency said on Tuesday, up from [[59|killed;a=the disaster management agency]] on Sunday. "
    "[[Fifty-eight people|missing;a=the agency;alt=the disaster management agency]] were missing, the agency said.\n\n"
    "In Phu Tho province, a steel bridge over the Red River collapsed on Monday, sending [[10 cars and trucks|other;n=cars and trucks;u=other]] and [[two motorbikes|other]] into the water. "
    "Rescuers saved [[three people|other]]; [[13|missing]] are still missing.\n\n"
    "In Lao Cai province, a landslide buried the hamlet of Lang Nu, where [[about 35 houses|housing]] were swept away. "
    "Provincial officials said [[95 residents|civilians;a=Provincial officials]] lived in the hamlet, and only [[eight|other;a=Provincial officials]] had been found alive.\n\n"
    "In Hanoi, [[about 50,000 people|displaced;a=the city]] were evacuated from the banks of the Red River, the city said. "
    "The army said it had sent [[3,000 soldiers|combatants;a=The army]] to help.\n\n"
    "Yagi made landfall on {{September 7}} with winds of {{149 km/h}}, the strongest typhoon to hit northern Vietnam in {{decades}}.",
)

F(
    "Convoy attack in Kurram kills 42; road closed",
    "PESHAWAR, Pakistan - Gunmen opened fire on a convoy of passenger vehicles in Pakistan's Kurram district on Thursday, killing [[42 people|killed;a=Javedullah Mehsud, a senior local official;alt=Javedullah Mehsud]], including [[seven women|killed;a=Javedullah Mehsud, a senior local official;alt=Javedullah Mehsud]] and [[three children|killed;a=Javedullah Mehsud, a senior local official;alt=Javedullah Mehsud]], Javedullah Mehsud, a senior local official, said.\n\n"
    "The convoy of [[about 200 vehicles|other]] was travelling under police escort from Parachinar to Peshawar when gunmen attacked it from both sides of the road. "
    "[[At least 30|injured;a=hospital officials]] were wounded, hospital officials said.\n\n"
    "In the week that followed, fighting between Sunni and Shia tribes killed [[more than 130 people|killed;a=police]], police said, and [[about 300 families|displaced;a=the provincial disaster authority]] fled Bagan to Hangu, according to the provincial disaster authority.\n\n"
    "The road to Parachinar has been closed for {{weeks}}, and doctors there say medicine is running out. "
    "“We have lost [[11 children|killed;a=a doctor at the district hospital]] because we could not get them out,” said a doctor at the district hospital.\n\n"
    "A truce brokered by a council of elders took effect on {{January 1}}. "
    "Police said they had arrested [[24 suspects|arrested;a=Police]] and seized [[more than 300 weapons|other;a=Police]] under the agreement.",
)
