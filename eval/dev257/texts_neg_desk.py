"""dev257 negatives from the other desks of the disputed places: sport, films and series, oil and
ports, quakes and floods, crashes, smuggling and sabotage trials, vaccination, tourism and an
anniversary. See build.py."""

NEGATIVES = [
    (
        "India beat Pakistan in Asia Cup final as handshake row overshadows trophy",
        "India beat Pakistan by five wickets in the Asia Cup final in Dubai on Sunday, Tilak Varma "
        "hitting an unbeaten 69 to guide the chase after Kuldeep Yadav's four wickets had sparked a "
        "dramatic batting collapse. Pakistan had been 113 for one before losing their last nine "
        "wickets for 33 runs. The victory was overshadowed by a row that had shadowed the "
        "tournament since the first meeting of the teams, when India's players refused to shake "
        "hands with their opponents. After the final, India declined to receive the trophy from "
        "the Asian Cricket Council president, who is also Pakistan's interior minister, and the "
        "presentation was delayed for more than an hour. Captain Suryakumar Yadav dedicated the "
        "win to the armed forces. Pakistan's captain Salman Agha called India's behaviour "
        "“disrespectful to cricket”. It was the third time the sides had met in three weeks, and "
        "India won all three.",
        "sport",
    ),
    (
        "Arunachal athletes miss Asian Games wushu as China denies accreditation",
        "Three Indian wushu athletes from Arunachal Pradesh were unable to travel to the Asian Games "
        "in Hangzhou after Chinese authorities failed to activate their accreditation, which also "
        "serves as an entry visa, India's sports ministry said on Friday. The rest of the squad "
        "flew out from New Delhi without them. Sports Minister Anurag Thakur cancelled his own trip "
        "to the Games in protest, and India lodged a strong protest with Beijing. China, which "
        "claims Arunachal as part of southern Tibet, has in the past issued stapled visas to "
        "residents of the state. A Chinese foreign ministry spokeswoman said China welcomed athletes "
        "from all countries “holding legal identities”. The Olympic Council of Asia said its "
        "ethics committee would look into the matter. The women, who had trained for months in "
        "Bhopal, said they were heartbroken. One of them had won a silver medal at the world "
        "championships.",
        "sport",
    ),
    (
        "Taiwan's badminton gold duo defend title as fans' flags are seized in Paris",
        "Taiwan's Lee Yang and Wang Chi-lin retained their Olympic men's doubles badminton title in "
        "Paris on Sunday, beating China's Liang Weikeng and Wang Chang 21-17, 18-21, 21-19 in a "
        "tense final that ended with the pair collapsing to the court. Competing as Chinese Taipei, "
        "the name the island must use at the Games under a 1981 agreement, they became the first "
        "men's pair to defend the title. The match was marked by a row off the court after "
        "security staff confiscated a green banner reading “Taiwan” from a spectator, who said a "
        "man had snatched it from her. Taiwan's sports administration said it would lodge a "
        "complaint with the International Olympic Committee. The IOC said spectators were not "
        "allowed to display political messages. Thousands of fans watched the final on giant "
        "screens in Taipei, and the president congratulated the pair on social media.",
        "sport",
    ),
    (
        "Vietnam bans 'Barbie' over map showing China's nine-dash line",
        "Vietnam has banned the release of Warner Bros' “Barbie” film over a scene featuring a map "
        "that appears to show China's nine-dash line in the South China Sea, state media said on "
        "Monday. The National Film Evaluation Council decided against licensing the film, which had "
        "been due to open in Vietnamese cinemas on July 21, said Vi Kien Thanh, head of the "
        "culture ministry's cinema department. The map, a child-like drawing in Barbie Land, "
        "appears to show a dashed line off the coast of Asia. Warner Bros said the map was a "
        "“whimsical” drawing and was “not intended to make any type of statement”. Vietnam has "
        "previously pulled the DreamWorks animation “Abominable” and a Netflix spy drama over "
        "similar maps. The Philippines later allowed the film to be shown, after asking the studio "
        "to blur the lines. The film went on to earn more than $1bn worldwide.",
        "entertainment",
    ),
    (
        "Taiwanese series 'Zero Day' imagines a Chinese blockade and invasion",
        "A Taiwanese television drama that imagines a Chinese blockade and invasion of the island "
        "premiered on Friday, with its makers saying they hope to prepare the public for a "
        "possibility many prefer not to discuss. “Zero Day”, a ten-episode series with a budget "
        "of about $7.5m, portrays a Chinese coast guard “rescue” operation near the Pratas Islands "
        "that escalates into a siege, with disinformation, cyber attacks and divided politicians. "
        "The producer said some investors pulled out and several actors turned down roles because "
        "they feared losing work in China. Chinese state media called the series "
        "“anti-China propaganda” and accused the government of funding it, which the makers deny. "
        "A trailer released last year was watched millions of times. Critics praised the "
        "performances but said some episodes were heavy-handed. The series will stream on several "
        "platforms in Asia and Europe.",
        "entertainment",
    ),
    (
        "'Sky Force' flies into cinemas with story of 1965 air raid",
        "“Sky Force”, a Bollywood action film about an Indian Air Force raid on a Pakistani airbase "
        "during the 1965 war, opened on Friday to strong bookings, according to trade analysts, "
        "taking an estimated 12 crore rupees on its first day. Akshay Kumar plays a squadron "
        "commander leading the attack on the Sargodha air base, and newcomer Veer Pahariya plays a "
        "young pilot who goes missing after being shot down. The film mixes dogfights shot with "
        "visual effects and a long search for the missing airman, whose family waited years for "
        "news. Reviewers praised the aerial sequences but said the jingoistic dialogue fell flat. "
        "The producers screened the film for air force personnel in Delhi before the release. "
        "Several state governments made it tax-free. It follows a run of patriotic war films, "
        "including “Fighter” and “Tejas”, which had mixed fortunes at the box office.",
        "entertainment",
    ),
    (
        "Guyana's oil output tops 900,000 barrels a day as Essequibo claim hangs over boom",
        "Guyana's oil production passed 900,000 barrels per day for the first time in September, "
        "after Exxon Mobil's fourth production vessel in the Stabroek block reached full capacity, "
        "the government said on Wednesday. The South American country of about 800,000 people has "
        "become one of the world's fastest-growing economies since production began in 2019, with "
        "gross domestic product expanding by more than 40% last year. Much of the offshore acreage "
        "lies off the coast of the Essequibo region that Venezuela claims, and Caracas has "
        "objected to licences awarded there. Exxon, which leads a consortium with Hess and CNOOC, "
        "said it expected output to reach 1.3 million barrels a day by 2027. Critics say Guyana "
        "has not negotiated a good enough share of the revenues. Finance Minister Ashni Singh said "
        "the oil fund now held more than $3bn. Investors have largely shrugged off the territorial "
        "dispute.",
        "economy",
    ),
    (
        "Morocco's Dakhla Atlantic port takes shape as investors bet on Western Sahara",
        "Construction of a $1.2bn deep-water port near Dakhla in Western Sahara is more than half "
        "complete, Morocco's infrastructure ministry said this week, as Rabat promotes the territory "
        "as a gateway between Europe and West Africa. The Dakhla Atlantic port is designed to handle "
        "35 million tonnes of cargo a year, including fish, farm produce and minerals, and to serve "
        "landlocked Sahel countries. A wind and solar-powered desalination plant already supplies "
        "tomato and melon farms in the area. French and Emirati companies have announced "
        "investments since their governments backed Morocco's autonomy plan. The Polisario Front "
        "says exploiting the territory's resources without the consent of the Sahrawi people is "
        "illegal, and the EU's top court annulled fishing and trade deals with Morocco that "
        "included the territory. Hotel operators in Dakhla said kite-surfing tourism had doubled "
        "in three years. Completion is expected in 2028.",
        "economy",
    ),
    (
        "Earthquake in Pakistan-administered Kashmir kills 38, injures hundreds",
        "A magnitude 5.8 earthquake struck near the city of Mirpur in Pakistan-administered Kashmir "
        "on Tuesday afternoon, killing at least 38 people and injuring more than 450, officials "
        "said. Roads split open, cars tumbled into cracks and a canal burst its banks after the "
        "quake, which had a shallow depth of 10 kilometres. The National Disaster Management "
        "Authority said hundreds of homes had been damaged or destroyed in Mirpur and surrounding "
        "villages, and that the army had been deployed to help with rescue work. Doctors at the "
        "district hospital treated patients in the car park as aftershocks rattled the building. "
        "Tremors were felt in Islamabad, Lahore and across the Line of Control in Jammu and "
        "Srinagar. Prime Minister Imran Khan ordered all resources to be made available for the "
        "relief effort. Families slept in the open, fearing further shocks, and tents were flown "
        "in from Rawalpindi.",
        "disaster",
    ),
    (
        "Glacial lake flood in Sikkim sweeps away army camp, 23 soldiers missing",
        "Twenty-three Indian army soldiers were missing after a glacial lake burst its banks in "
        "north Sikkim early on Wednesday, sending a wall of water down the Teesta river valley and "
        "washing away part of an army camp near the Chinese border, officials said. The "
        "cloudburst over South Lhonak lake triggered the flood, which also damaged the Chungthang "
        "dam and destroyed several bridges, the state government said. At least 14 people were "
        "confirmed dead, and more than 2,000 residents were moved to relief camps. Forty-one army "
        "vehicles were submerged in mud at Bardang, the army said. Thousands of tourists were "
        "stranded in Lachen and Lachung, which were cut off. Scientists had warned for years that "
        "the glacial lake was growing as temperatures rose. Rescue teams used drones and sniffer "
        "dogs to search for the missing soldiers along the riverbanks.",
        "disaster",
    ),
    (
        "Typhoon batters Pag-asa island, the Philippines' main outpost in the Spratlys",
        "Typhoon Kristine, with gusts of up to 185 kilometres an hour, tore roofs from buildings "
        "and flooded homes on Pag-asa island, the Philippines' largest outpost in the disputed "
        "Spratly Islands, local officials said on Saturday. The town of Kalayaan, which administers "
        "the island's roughly 300 civilian residents, said residents had taken shelter in the "
        "school and the municipal hall. No deaths were reported on the island, though the storm "
        "killed dozens of people on the main island of Luzon. The island's new sheltered port, "
        "completed last year, suffered minor damage, and a navy ship was preparing to bring "
        "food, water and generator fuel once the seas calmed. A weather station on the island, "
        "which lies about 500 kilometres west of Palawan, recorded more than 300 millimetres of "
        "rain in 24 hours. The mayor said the runway was intact and that flights would resume "
        "within days.",
        "disaster",
    ),
    (
        "Nine soldiers killed as army truck plunges into gorge in Ladakh",
        "Nine Indian soldiers were killed on Saturday when an army truck skidded off a road and fell "
        "into a gorge near Kyari in Ladakh's Leh district, the army said. The vehicle, part of a "
        "convoy of three carrying troops from Karu garrison to Nyoma, went off the road about 7 "
        "kilometres from Kyari in the evening, officials said. Eight soldiers and a junior "
        "commissioned officer died, and one other soldier was injured and airlifted to hospital. "
        "The army said the cause of the accident was being investigated, but local officials said "
        "the road was narrow and icy. Defence Minister Rajnath Singh said he was “deeply pained” "
        "by the loss. Thousands of troops have been posted in eastern Ladakh since the stand-off "
        "with China in 2020, and roads in the region are among the most dangerous in the world. "
        "The bodies were flown to Leh before being sent to the soldiers' home towns.",
        "accident",
    ),
    (
        "Guyana army helicopter crashes near Venezuela border, killing five officers",
        "Five Guyana Defence Force officers, including a retired brigadier, were killed when a "
        "military helicopter crashed in dense forest near the Venezuelan border on Wednesday, the "
        "army said. The Bell 412 lost contact shortly after leaving the mining settlement of Olive "
        "Creek on its way to Arau, a base close to the border, in bad weather. Two people survived "
        "and were rescued on Thursday by search teams who reached the wreckage on foot, officials "
        "said. The army chief said there was no indication that the aircraft had been shot down. "
        "The crash came days after tensions over Venezuela's claim to the Essequibo region had "
        "risen sharply, and Guyana's president asked the public not to speculate. The officers "
        "had been on an inspection of troops on the western frontier. A board of inquiry was set "
        "up, and the United States offered help with the investigation.",
        "accident",
    ),
    (
        "Punjab police seize heroin dropped by drone from across Pakistan border",
        "Police in India's Punjab state said on Tuesday they had seized 4.5 kilograms of heroin "
        "and two pistols dropped by a drone from across the Pakistan border in Tarn Taran district, "
        "and arrested three men who had come to collect the packets. The Border Security Force "
        "detected the drone overnight near the village of Kalash and alerted the police, officials "
        "said. The suspects told investigators they had been paid by a smuggling network with "
        "handlers in Pakistan and in Canada. Police said more than 200 drones had been recovered "
        "along the Punjab border this year, most of them Chinese-made quadcopters carrying drugs. "
        "The director general of police said drug money also funded gangs operating in the state. "
        "The men were charged under narcotics laws and remanded in custody for five days. "
        "Farmers in border villages have complained that searches disrupt their work.",
        "crime",
    ),
    (
        "Taiwan court jails Chinese captain for cutting undersea cable",
        "A Taiwanese court sentenced the Chinese captain of a cargo ship to three years in prison on "
        "Thursday for deliberately damaging an undersea communications cable linking Taiwan to the "
        "Penghu islands. The Tainan District Court found that the captain, surnamed Wang, had "
        "ordered the anchor of the Togo-flagged Hong Tai 58 dropped and dragged it across the "
        "seabed near the cable in February. The captain had said the damage was an accident caused "
        "by bad weather. Prosecutors said the ship had loitered in the area for days and had "
        "switched off its tracking signal. It was the first time Taiwan had prosecuted a case of "
        "cable damage, after several incidents it suspects were carried out by vessels linked to "
        "China. Taiwanese officials said they would step up coast guard patrols near cables. "
        "Beijing has said it has no knowledge of such incidents and accused Taipei of politicising "
        "them.",
        "crime",
    ),
    (
        "Health workers trek to nomads' summer pastures along Kashmir's border to vaccinate children",
        "Health workers in Kashmir's Kupwara district have begun a measles and polio vaccination "
        "drive for the children of nomadic Gujjar and Bakarwal families who take their flocks up "
        "to pastures near the Line of Control each summer, officials said on Monday. Teams of two "
        "walk for up to eight hours a day carrying vaccines in cold boxes, and set up camps at "
        "meadows at an altitude of more than 3,000 metres. Chief Medical Officer Dr Tariq Ahmad "
        "said the aim was to reach about 8,000 children who regularly miss routine immunisation "
        "because their families are on the move. The army provides mules and radio contact for "
        "some of the remote routes. Coverage among nomadic children has risen from about half to "
        "more than 80% in three years, the health department said. Parents said the visits also "
        "brought checks for pregnant women and medicine for livestock.",
        "health",
    ),
    (
        "Tourists flock to Pangong lake as Ladakh opens new areas near the LAC",
        "Tourist arrivals at Pangong Tso lake in eastern Ladakh have reached record levels this "
        "summer, hotel owners say, after the administration eased permit rules and opened new "
        "areas near the Line of Actual Control to visitors. Homestays in the villages of Spangmik "
        "and Merak are fully booked until September, and camping sites along the lake have "
        "doubled in number in two years. Visitors are drawn by the lake's changing colours, made "
        "famous by a Bollywood film, and by new routes to passes such as Marsimik La. Local "
        "people welcome the income but worry about waste and water use in a fragile high-altitude "
        "desert. The lake, about two-thirds of which lies in Chinese-controlled territory, was "
        "one of the main points of the 2020 stand-off. The Leh district commissioner said "
        "tourist numbers would be capped at some sites next year.",
        "other",
    ),
    (
        "On Kastellorizo, Greece's easternmost island, a new ferry brings hope to 500 residents",
        "Residents of Kastellorizo, a tiny Greek island less than two kilometres from the Turkish "
        "coast, celebrated the arrival of a new ferry service on Monday that will link them to "
        "Rhodes four times a week, up from two. The island, with about 500 permanent residents, "
        "has long depended on the Turkish town of Kas across the bay for fresh food and day "
        "trippers. The mayor said the new route would help families stay on the island through "
        "the winter and allow children to attend secondary school on Rhodes without boarding. "
        "Kastellorizo's position lies at the heart of the maritime dispute between Athens and "
        "Ankara, as Greece says it generates a continental shelf of its own. Residents, though, "
        "talk more about power cuts and the price of petrol. A new solar park and a desalination "
        "unit are due to be completed by next summer, officials said.",
        "other",
    ),
    (
        "Rupununi ranchers hold their Easter rodeo as Essequibo claim makes headlines",
        "Thousands of people gathered in the village of Lethem in Guyana's Rupununi savannah over "
        "the Easter weekend for the annual rodeo, where vaqueros from Indigenous and ranching "
        "families compete in bull riding and wild horse races. The event draws visitors from "
        "Georgetown and across the border in Brazil, and organisers said attendance was the "
        "highest in a decade. Ranchers said the road to the coast, now being paved with Brazilian "
        "and Guyanese funds, had cut the time needed to get cattle to market. The Rupununi lies in "
        "the Essequibo region that Venezuela claims, but locals said the dispute felt remote. "
        "“We are Guyanese, we do our thing,” said one rider, aged 42, who has competed for 20 "
        "years. The winner of the bull-riding contest took home a saddle and a cash prize. "
        "Regional officials said a new airstrip would open in time for next year's event.",
        "other",
    ),
    (
        "Morocco marks 50 years since the Green March into Western Sahara",
        "Morocco marked the 50th anniversary of the Green March on Thursday, the mass procession "
        "of some 350,000 unarmed Moroccans who crossed into the then Spanish Sahara in November "
        "1975 to press the kingdom's claim to the territory. King Mohammed VI addressed the nation "
        "in a televised speech, saying the anniversary came at a moment when the international "
        "community increasingly backed Morocco's autonomy plan. Ceremonies were held in Laayoune "
        "and Tarfaya, where the march had set off, and elderly participants were honoured with "
        "medals. An exhibition in Rabat displays photographs, Qurans and flags carried by the "
        "marchers, and the state broadcaster aired a documentary series. The march was followed "
        "by Spain's withdrawal and a 16-year war with the Polisario Front, which ended in a 1991 "
        "ceasefire. Algeria and the Polisario described the march as the start of an occupation.",
        "history",
    ),
]
