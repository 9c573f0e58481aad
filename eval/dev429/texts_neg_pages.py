"""dev429 negatives from the other pages: anniversaries of Operation Sindoor, the 1971 war and
Kargil, defence procurement, tests, drills and the Republic Day parade, cricket and other sport,
Bollywood and streaming, the business pages and ordinary news."""

NEGATIVES = [
    (
        "A year after Operation Sindoor, Poonch remembers its dead; Army holds tribute at LoC",
        "Residents of Poonch gathered at the Gurdwara Singh Sabha on Thursday to remember the "
        "people killed in the town during the cross-border shelling that followed Operation "
        "Sindoor a year ago. The Army held a wreath-laying ceremony at a forward post, where "
        "officers recalled the strikes on terror camps across the border on May 7 last year. "
        "Families of the dead said compensation had come, but the promised community bunkers in "
        "several wards were still being built. “Every May, the sound of thunder makes my children "
        "run inside,” said a schoolteacher whose house was damaged. The district administration "
        "unveiled a memorial plaque bearing the names of the victims near the main bazaar. Chief "
        "Minister Omar Abdullah, who attended the event, said the border belt deserved peace and "
        "development. Schoolchildren sang patriotic songs and a blood donation camp was held. The "
        "Line of Control has stayed quiet since the understanding of May 10, officers said.",
        "history",
    ),
    (
        "Vijay Diwas: Nation pays tribute to heroes of 1971 war; veterans recall Dhaka surrender",
        "Prime Minister Narendra Modi and the three service chiefs paid tributes at the National "
        "War Memorial in New Delhi on Monday on Vijay Diwas, which marks India's victory in the "
        "1971 war and the surrender of over 93,000 Pakistani troops in Dhaka. “Their courage and "
        "sacrifice will forever inspire generations,” Mr. Modi posted on X. In Kolkata, the "
        "Eastern Command held a ceremony at Fort William attended by Mukti Jodhas, the freedom "
        "fighters of Bangladesh, and Indian veterans. Retired Brigadier Harbhajan Singh, 84, who "
        "fought at Hilli, recalled the bitter fighting of that winter. “We lost many good boys in "
        "those 13 days,” he said. At Longewala in Rajasthan, where a small company held off a "
        "Pakistani tank column, the Army organised a light and sound show. Schools across the "
        "country held essay competitions on the war. The Vijay Diwas celebrations were muted in "
        "Dhaka this year.",
        "history",
    ),
    (
        "Kargil Vijay Diwas: 25 years on, Drass honours soldiers who fell on Tololing and Tiger Hill",
        "Prime Minister Narendra Modi laid a wreath at the Kargil War Memorial in Drass on Friday "
        "to mark 25 years since India's victory in the Kargil war of 1999. Families of soldiers "
        "killed in the conflict, some of whom were children when their fathers died, sat in the "
        "front rows as the names of the 527 dead were read out. Veterans of the battles for "
        "Tololing, Tiger Hill and Point 4875 walked up to the memorial with their medals. “The "
        "mountains still remember them,” said a retired subedar of the 18 Grenadiers. Mr. Modi "
        "also virtually launched the first blast of the Shinku La tunnel project, which will give "
        "all-weather connectivity to Ladakh. A motorcycle rally of Army riders reached Drass from "
        "Delhi. Thousands of tourists visited the memorial over the weekend, local officials said. "
        "In Delhi, the Army organised a photo exhibition on the war at Rashtrapati Bhavan.",
        "history",
    ),
    (
        "Partition Museum opens new gallery on the journeys of 1947 refugees",
        "The Partition Museum at Amritsar's Town Hall opened a new gallery on Thursday dedicated "
        "to the journeys of the millions who crossed the new border in 1947, on the eve of "
        "Partition Horrors Remembrance Day. The gallery displays trunks, keys to houses left "
        "behind in Lahore and Sialkot, ration cards from refugee camps in Kurukshetra and letters "
        "written by families searching for lost relatives. Over 100 oral histories have been added "
        "to the museum's archive this year, its curators said. One of the contributors, 91-year-old "
        "Kartar Kaur, was 13 when her family walked from Sheikhupura to Amritsar. “We walked for "
        "nine days and saw things a child should never see,” she told visitors at the opening. "
        "Historians at the event said the museum had drawn visitors from Pakistan and the "
        "diaspora as well. Entry to the museum will be free for students this week, and a "
        "screening of a documentary on the riots of 1947 will be held on Saturday.",
        "history",
    ),
    (
        "Pulwama anniversary: CRPF pays homage to 40 martyrs at Lethpora memorial",
        "The CRPF paid homage on Friday to the 40 personnel killed in the Pulwama suicide bombing "
        "six years ago at a ceremony at the memorial in Lethpora, on the Jammu-Srinagar highway "
        "where their convoy was attacked in 2019. Senior officers laid wreaths, and the names of "
        "the dead, inscribed on a black granite wall, were read out. Families of some of the "
        "personnel travelled to Kashmir for the ceremony. “My son was 27. I come here every year "
        "to talk to him,” said a father from Uttar Pradesh's Unnao. Across the country, schools "
        "and colleges held two minutes of silence, and candle marches were taken out in several "
        "towns. Prime Minister Narendra Modi said the nation would never forget their sacrifice. "
        "The CRPF said convoy movement rules introduced after the attack, including restrictions on "
        "civilian traffic on the highway during convoy hours, remained in place.",
        "history",
    ),
    (
        "Republic Day parade: BrahMos, Akash, Operation Sindoor tableau on display at Kartavya Path",
        "India showcased its military might at the Republic Day parade on Kartavya Path on Monday, "
        "with the BrahMos supersonic cruise missile, the Akash air defence system and a tri-service "
        "tableau on Operation Sindoor drawing loud cheers from the stands. President Droupadi Murmu "
        "took the salute, with the President of the European Commission and the President of the "
        "European Council as chief guests. Marching contingents of the Army, the Navy and the Air "
        "Force were followed by those of the paramilitary forces and the NCC. A flypast of "
        "29 aircraft, including Rafale, Su-30MKI and the indigenous Tejas, ended with the "
        "“Sindoor” formation over the Rashtrapati Bhavan. Sixteen States and Union Territories "
        "presented tableaux on the theme of Vande Mataram at 150. Around 10,000 special guests, "
        "including farmers and self-help group members, were invited. Security in Delhi was tight, "
        "with over 70,000 police personnel deployed.",
        "military",
    ),
    (
        "India signs Rs 63,000-crore deal for 26 Rafale-M jets for Navy",
        "India and France on Monday signed an inter-governmental agreement for 26 Rafale Marine "
        "fighter jets for the Indian Navy, worth about Rs 63,000 crore, the Defence Ministry said. "
        "The deal covers 22 single-seat and four twin-seat aircraft, along with training, "
        "simulators, weapons and five years of performance-based logistics support. The jets "
        "will operate from the aircraft carrier INS Vikrant and are expected to be delivered from "
        "2028 to 2030, officials said. The agreement was signed in New Delhi by Defence "
        "Secretary Rajesh Kumar Singh and French officials, in the presence of senior Navy "
        "officers. Dassault Aviation will also set up facilities in India to manufacture fuselage "
        "sections. The Navy currently flies MiG-29K fighters from its carriers, and those have "
        "been plagued by maintenance issues. Analysts said the deal would strengthen India's "
        "maritime strike capability in the Indian Ocean region.",
        "military",
    ),
    (
        "Mission Divyastra: DRDO tests Agni-5 with multiple warheads; Modi lauds scientists",
        "India on Monday carried out the first flight test of the indigenously developed Agni-5 "
        "missile with Multiple Independently Targetable Re-entry Vehicle (MIRV) technology from "
        "Dr APJ Abdul Kalam Island off the coast of Odisha, the Defence Ministry said. The test, "
        "named Mission Divyastra, makes India one of a small group of countries able to put "
        "several warheads on a single missile and aim them at different targets. Telemetry and "
        "radar stations tracked the re-entry vehicles as they came down in the Bay of Bengal, "
        "officials said. The project was led by a woman scientist, the Ministry added. Prime "
        "Minister Narendra Modi congratulated the DRDO scientists on X. The Agni-5 has a range of "
        "over 5,000 km. A NOTAM had been issued for a large area of the Bay of Bengal ahead of "
        "the test. Defence analysts said the test had significance for India's deterrence "
        "posture.",
        "military",
    ),
    (
        "Exercise Trishul: Tri-services drill in Sir Creek, Thar desert puts jointness to test",
        "The Army, the Navy and the Air Force on Thursday began Exercise Trishul, a large "
        "tri-service drill spread across the Thar desert, the Rann of Kutch and the Sir Creek area "
        "along the western border, defence officials said. Over 20,000 troops, tanks, artillery, "
        "warships and fighter aircraft are taking part in the 12-day exercise, which will rehearse "
        "amphibious landings on the Saurashtra coast and offensive manoeuvres in the desert. "
        "Pakistan issued a NOTAM for parts of its airspace around the same time. The Southern "
        "Command chief, Lieutenant General Dhiraj Seth, said the exercise would validate lessons "
        "from Operation Sindoor and test new drones and electronic warfare systems. Officials said "
        "no live firing would take place close to the international border. Villagers in "
        "Banaskantha said they had seen long convoys of Army trucks on the highways for a week. "
        "The exercise ends on November 13.",
        "military",
    ),
    (
        "Operation Shield: Civil defence drills, blackouts held in border States",
        "Civil defence mock drills, code-named Operation Shield, were held across Jammu and "
        "Kashmir, Punjab, Rajasthan, Gujarat, Haryana and Chandigarh on Saturday evening to test "
        "preparedness for air raids and other emergencies, officials said. Sirens sounded at 5 "
        "p.m. in district headquarters, and volunteers, NCC cadets and Home Guards rehearsed "
        "evacuating residents from buildings, giving first aid and fighting fires. In Amritsar, a "
        "controlled blackout was enforced from 8 p.m. to 8.15 p.m., with residents asked to switch "
        "off lights. In Jammu, the drill included the simulated evacuation of a hospital. The "
        "Home Ministry had postponed the drills by two days for administrative reasons. “People "
        "should not panic; this is only a rehearsal,” the Amritsar Deputy Commissioner said in a "
        "video message. Markets in most towns stayed open, and officials said the response of "
        "citizens was encouraging.",
        "military",
    ),
    (
        "MiG-21 flies into sunset: IAF retires 'flying coffin' after six decades in service",
        "The Indian Air Force formally retired its last MiG-21 fighters at a ceremony at the "
        "Chandigarh Air Force Station on Friday, ending more than six decades of service of the "
        "Soviet-designed jet that fought in the wars of 1965 and 1971. Air Chief Marshal A.P. Singh "
        "flew the last sortie in a formation of the No. 23 Squadron, the Panthers, before the jets "
        "landed to a water cannon salute. Defence Minister Rajnath Singh said the aircraft had "
        "been the backbone of the IAF for generations. The MiG-21 was also the most accident-prone "
        "aircraft in the fleet, with over 400 crashes, which earned it the nickname of “flying "
        "coffin”. Its place will be taken by the indigenous Tejas Mk1A, though deliveries of the "
        "aircraft from Hindustan Aeronautics Limited are running behind schedule. The IAF's "
        "squadron strength has now dropped to 29, the lowest in decades.",
        "military",
    ),
    (
        "Asia Cup: India crush Pakistan by seven wickets; no handshakes after the match",
        "Kuldeep Yadav's three wickets and a quickfire 47 from Abhishek Sharma helped India crush "
        "Pakistan by seven wickets in their Asia Cup group match in Dubai on Sunday. Pakistan, "
        "put in to bat, never recovered after Hardik Pandya and Jasprit Bumrah struck early, and "
        "were restricted to 127 for nine. Shaheen Shah Afridi's late hitting gave the total some "
        "respectability. India's chase was a formality as Abhishek attacked from the first ball, "
        "hitting Shaheen for a six over mid-wicket. Captain Suryakumar Yadav finished the job with "
        "a six, and the Indian players walked off without shaking hands with their opponents. "
        "Suryakumar dedicated the win to the armed forces. Pakistan's team manager lodged a "
        "protest with the match referee. The two sides could meet again in the Super Four stage "
        "next week.",
        "sport",
    ),
    (
        "Bumrah leads the attack as India bowl out Australia for 104 in Perth",
        "Jasprit Bumrah led a ferocious Indian pace attack with five wickets as Australia were "
        "bowled out for 104 on the second morning of the first Test in Perth. Standing in as "
        "captain, Bumrah ripped through the top order on the opening day, removing Usman Khawaja "
        "and Steve Smith in successive balls, and returned on Saturday to dismiss Alex Carey. "
        "Debutant Harshit Rana took three wickets, bowling with hostility on a bouncy surface. "
        "Mitchell Starc's 26 off 112 balls was the longest innings of the day. India, bundled out "
        "for 150 themselves, took a lead of 46. Yashasvi Jaiswal and K.L. Rahul then batted "
        "through the rest of the day without being separated. “We were under siege for most of "
        "the morning,” Australia's Alex Carey admitted. India ended the day on 172 for no loss, a "
        "lead of 218.",
        "sport",
    ),
    (
        "Pro Kabaddi: Raiders run riot as Puneri Paltan storm into final; Haryana's defence holds firm",
        "Puneri Paltan stormed into the Pro Kabaddi League final with a 37-21 win over Patna "
        "Pirates at the Balewadi stadium in Pune on Friday, with their raiders running riot in the "
        "second half. Captain Aslam Inamdar picked up 11 raid points, and Mohit Goyat's super raid "
        "late in the first half turned the match. Patna's defence, the strongest in the league "
        "this season, crumbled under pressure after the break. In the other semi-final, Haryana "
        "Steelers' disciplined defence held firm against Gujarat Giants, with left corner "
        "Mohammadreza Shadloui making nine tackles. “Our defenders kept attacking the raiders "
        "and it worked,” Haryana coach Manpreet Singh said. The final will be played in Hyderabad "
        "on Sunday. Ticket sales for the final have been brisk, organisers said.",
        "sport",
    ),
    (
        "Bastar Olympics: Youths from Maoist-hit villages, former cadres compete in archery, kabaddi",
        "Nearly 3,500 athletes from the seven districts of the Bastar division, many from villages "
        "once seen as Maoist strongholds, took part in the closing events of the Bastar Olympics "
        "in Jagdalpur on Sunday. Among them were over 700 surrendered Maoists and people injured "
        "in past IED blasts, who competed in a special category, organisers said. Archery, "
        "kabaddi, kho-kho and football drew the biggest crowds at the Indira Priyadarshini "
        "stadium. A 17-year-old archer from Sukma's Chintalnar, who had never left her district "
        "before, won gold. Union Home Minister Amit Shah, who gave away the prizes, said sport was "
        "helping young people of the region find a new path. “Bastar is now known for its "
        "athletes,” he said. The State government said the best performers would be sent to "
        "national training camps. Around 1.6 lakh people registered for the games this year.",
        "sport",
    ),
    (
        "India win Women's World Cup: Harmanpreet's side conquer South Africa to lift first title",
        "India won their first Women's World Cup on Sunday, beating South Africa by 52 runs in "
        "the final at the DY Patil Stadium in Navi Mumbai, as a packed stadium erupted in "
        "celebration. Shafali Verma, drafted into the squad as an injury replacement, hit 87 and "
        "then took two key wickets, while Deepti Sharma claimed five for 39 to finish as the "
        "player of the tournament. South Africa captain Laura Wolvaardt fought a lone battle with "
        "a century, but her dismissal in the 42nd over ended the resistance. Harmanpreet Kaur "
        "took the catch that sealed the win and broke down in tears. “This is for every girl who "
        "picked up a bat,” she said. The BCCI announced a reward of Rs 51 crore for the team and "
        "support staff. Fans celebrated late into the night on Marine Drive.",
        "sport",
    ),
    (
        "IPL 2025: Shreyas Iyer's blitz takes Punjab Kings into final, Mumbai Indians blown away",
        "Shreyas Iyer smashed an unbeaten 87 off 41 balls to take Punjab Kings into the IPL final "
        "with a five-wicket win over Mumbai Indians in Qualifier 2 at Ahmedabad on Sunday. Chasing "
        "204, Punjab were in trouble at 72 for three before Iyer took apart a bowling attack led by "
        "Jasprit Bumrah, hitting eight sixes. Earlier, Suryakumar Yadav and Tilak Varma had fired "
        "Mumbai to a big total after a rain delay of over two hours. Nehal Wadhera supported Iyer "
        "with a steady 48. “We had to go for the kill after the 12th over,” Iyer said after the "
        "match. Punjab will meet Royal Challengers Bengaluru in the final on Tuesday, with the "
        "trophy going to a first-time winner either way. The final will feature a tribute to the "
        "armed forces before the match.",
        "sport",
    ),
    (
        "Border 2 review: Sunny Deol's war epic goes big on noise, light on nuance",
        "Nearly three decades after J.P. Dutta's Border, Sunny Deol returns to the battlefield in "
        "Border 2, a sprawling war drama set during the 1971 war that spans the Army, the Navy and "
        "the Air Force. Director Anurag Singh stages the tank battles and air raids with impressive "
        "scale, and the sound design makes every shell land in the theatre. Varun Dhawan, Diljit "
        "Dosanjh and Ahan Shetty play young officers whose stories are told in flashbacks, with "
        "mixed results. Deol's booming dialogue delivery is still the film's main weapon, and the "
        "audience in a Mumbai multiplex cheered every time he spoke. But at over three hours, the "
        "film exhausts its emotional ammunition well before the climactic assault. The new version "
        "of the song “Sandese Aate Hai” works better than expected. The film opened to a strong "
        "Rs 30 crore on its first day, trade analysts said.",
        "entertainment",
    ),
    (
        "Sky Force box office: Akshay Kumar's air-strike drama crosses Rs 100 crore",
        "Akshay Kumar's Sky Force, based on the Indian Air Force's retaliatory air strike on the "
        "Sargodha airbase during the 1965 war, has crossed Rs 100 crore at the domestic box office "
        "in its second week, its makers said on Monday. The film, which also marks the debut of "
        "Veer Pahariya, tells the story of Squadron Leader A.B. Devayya, who was posthumously "
        "awarded the Maha Vir Chakra. Trade analyst Taran Adarsh said the film had done well in "
        "Punjab, Delhi and the Hindi heartland. The aerial combat sequences were shot with the help "
        "of the IAF and visual effects teams from Mumbai and London. Critics praised the second "
        "half but said the film was slow to take off. The makers have announced special "
        "screenings for defence personnel and their families. The film's success comes as several "
        "other war dramas are lined up for release this year.",
        "entertainment",
    ),
    (
        "The Family Man 3 review: Srikant Tiwari heads to the North-East in a tense, timely season",
        "The third season of The Family Man takes Manoj Bajpayee's harried spy Srikant Tiwari to "
        "Nagaland and Manipur, where a peace process is about to be signed and a shadowy cabal "
        "wants it derailed. Creators Raj and DK bring back the mix of domestic comedy and "
        "espionage that made the series a hit, and Jaideep Ahlawat is menacing as a drug lord "
        "with links across the border. The action set pieces, including an ambush on a convoy on "
        "a mountain road, are staged with skill. But the show often reduces the region's "
        "insurgencies to a backdrop for Srikant's marital troubles. Several Naga and Kuki "
        "actors get meaty roles, and the dialogue switches easily between Hindi, English and "
        "Nagamese. The seven-episode season streams on Prime Video from Friday. The writers "
        "have left the door open for a fourth season.",
        "entertainment",
    ),
    (
        "Dhurandhar: Ranveer Singh's spy thriller set in Karachi's gang wars storms box office",
        "Ranveer Singh's Dhurandhar, a spy thriller about an Indian agent who infiltrates the "
        "gang wars of Karachi's Lyari, has collected over Rs 600 crore in India in three weeks, "
        "becoming one of the biggest Hindi hits of the year. Directed by Aditya Dhar, the film "
        "also stars Akshaye Khanna as a gang boss, Sanjay Dutt as a police officer and R. Madhavan "
        "as an intelligence chief. Audiences have packed theatres late into the night, and several "
        "single-screen cinemas in north India added 3 a.m. shows. The film's violence has drawn "
        "criticism, with some reviewers calling it gratuitous. Khanna's dance entry on an Arabic "
        "song has gone viral on social media. A sequel is scheduled for release in March, the "
        "makers have said. The film has been banned in several Gulf countries.",
        "entertainment",
    ),
    (
        "Quick commerce price war heats up: Zepto, Blinkit, Instamart slash fees as Flipkart Minutes expands",
        "The price war among quick commerce platforms intensified this week as Zepto dropped "
        "delivery charges on orders above Rs 99 and Swiggy's Instamart cut its handling fee, days "
        "after Flipkart Minutes expanded to 14 more cities. Blinkit responded with discounts on "
        "groceries and electronics, and said it would open 400 more dark stores by March. Analysts "
        "at a Mumbai brokerage said the companies were burning cash to defend market share, with "
        "Eternal, Blinkit's parent, reporting a sharp fall in quarterly profit. Kirana "
        "associations have written to the Commerce Ministry, alleging predatory pricing. "
        "“This is a war of attrition and only those with deep pockets will survive,” said a "
        "retail consultant in Bengaluru. Consumers in metro cities have been the main winners, "
        "with some shoppers switching between apps for every order. Shares of Eternal and "
        "Swiggy fell over 3% on Wednesday.",
        "economy",
    ),
    (
        "Trump's 50% tariff hits Tiruppur knitwear exporters; orders shift to Bangladesh, Vietnam",
        "Knitwear exporters in Tamil Nadu's Tiruppur say orders worth hundreds of crores are being "
        "cancelled or put on hold after the United States doubled its tariff on Indian goods to "
        "50%, amid a widening trade war between Washington and New Delhi. Tiruppur, which ships "
        "about a third of its garments to the U.S., faces competition from Bangladesh and Vietnam, "
        "whose goods face much lower duties. “American buyers are asking us to absorb the tariff, "
        "which is impossible on our margins,” said the president of the Tiruppur Exporters' "
        "Association. Several units have cut shifts, and workers from Odisha and Jharkhand have "
        "started going home, local officials said. The Commerce Ministry is considering an export "
        "promotion package, including interest subvention. Talks on a bilateral trade agreement "
        "are continuing, officials said. Economists warned that the tariffs could shave up to 0.5 "
        "percentage points off growth.",
        "economy",
    ),
    (
        "Monsoon to hit Kerala on May 27, four days early; IMD forecasts above-normal rainfall",
        "The southwest monsoon is likely to set in over Kerala on May 27, four days ahead of the "
        "normal date of June 1, the India Meteorological Department said on Saturday. The IMD "
        "has forecast above-normal rainfall this season at 105% of the long period average, which "
        "would be good news for kharif sowing and reservoir levels. Director General of "
        "Meteorology M. Mohapatra said conditions in the Pacific were neutral and the Indian Ocean "
        "Dipole was expected to stay favourable. Farmers in Maharashtra and Madhya Pradesh have "
        "begun preparing their fields for soybean and cotton. The onset date has a model error of "
        "plus or minus four days, the IMD said. Last year's monsoon ended with 8% more rain than "
        "normal. Economists said a good monsoon could help keep food inflation in check through "
        "the festive season.",
        "other",
    ),
    (
        "Vande Bharat to Srinagar: PM flags off first trains across Chenab bridge",
        "Prime Minister Narendra Modi on Friday flagged off the first Vande Bharat trains between "
        "Katra and Srinagar, after inaugurating the Chenab rail bridge, the world's highest railway "
        "arch bridge, in Reasi district. The bridge stands 359 metres above the riverbed, higher "
        "than the Eiffel Tower, and is designed to withstand winds of up to 260 kmph. The "
        "Udhampur-Srinagar-Baramulla Rail Link, in the works since 1997, connects the Kashmir "
        "Valley to the national rail network for the first time. The journey from Katra to "
        "Srinagar will take about three hours, against six to seven hours by road. The trains "
        "have heated windscreens and plumbing to cope with sub-zero winters. Residents of "
        "Sangaldan and Banihal lined the tracks to watch the first train pass. Fruit growers said "
        "the rail link would help them send apples to markets in Delhi faster.",
        "other",
    ),
    (
        "Amarnath Yatra concludes with over 4 lakh pilgrims; traders report best season in years",
        "The annual Amarnath Yatra concluded on Saturday with the Chhari Mubarak, the holy mace, "
        "being taken to the cave shrine for the final darshan, officials said. More than 4 lakh "
        "pilgrims paid obeisance at the cave this year, the Shri Amarnathji Shrine Board said. The "
        "yatra, which began on July 3, was held under a multi-tier security cover, with over "
        "580 companies of central forces deployed along the Pahalgam and Baltal routes. Pony "
        "operators, tent owners and langar volunteers said the season had been the busiest in "
        "years. The yatra was suspended for two days in July because of heavy rain. Health "
        "officials said 36 pilgrims had died during the yatra, mostly of cardiac arrest and "
        "altitude sickness. Lieutenant Governor Manoj Sinha thanked the local people for their "
        "hospitality. The Shrine Board said online registration for next year would open in "
        "April.",
        "other",
    ),
]
