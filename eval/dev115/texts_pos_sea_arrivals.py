"""dev115 positives: the country's ships and sailors attacked at sea, its navy firing back, and
people arriving who fled the fighting that week."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Singapore-flagged boxship hit by missile in Red Sea; US helicopters sink attack boats",
        "A Singapore-flagged container ship operated by Maersk was struck by a missile in "
        "the southern Red Sea on Saturday night and came under attack again hours later "
        "from four small boats whose crews tried to board it, the Maritime and Port "
        "Authority of Singapore said. US Navy helicopters responding to a distress call "
        "returned fire and sank three of the boats, killing those on board, according to "
        "the US military. None of the vessel's crew was hurt. Maersk said it would pause "
        "all Red Sea transits for 48 hours.",
        "E B M",
        "attack on ship",
    ),
    (
        "Norwegian tanker hit by missile off Yemen; crew of 22 unhurt",
        "The Norwegian-owned chemical tanker Strinda was hit by a missile fired from "
        "Houthi-controlled Yemen late on Monday as it sailed north through the Bab "
        "el-Mandeb strait, the shipowner in Ålesund said. The missile started a fire on "
        "deck that the crew of 22, all Indian nationals, managed to put out. No one was "
        "injured and the ship was making its way to a safe port. The Norwegian Maritime "
        "Authority raised its security level for Norwegian ships in the area. It was the "
        "first Norwegian ship to be hit since the Houthis began attacking vessels they say "
        "are linked to Israel.",
        "E",
        "attack on ship",
    ),
    (
        "2 Pinoy seafarers killed as Houthi missile hits bulk carrier off Aden",
        "Two Filipino seafarers were killed and three others seriously injured when a "
        "missile fired by Houthi rebels hit the bulk carrier they were working on in the "
        "Gulf of Aden on Wednesday, the Department of Migrant Workers said. The ship's "
        "crew of 20 included 15 Filipinos; the others were taken to Djibouti by an Indian "
        "Navy warship. The DMW secretary said the government would ask manning agencies to "
        "stop deploying Filipinos on ships bound for the Red Sea.",
        "E",
        "attack on ship",
    ),
    (
        "Greek-flagged tanker Sounion ablaze after Houthi attack; crew rescued",
        "The Greek-flagged tanker Sounion, loaded with about 150,000 tonnes of crude oil, "
        "was left drifting and on fire in the Red Sea on Wednesday after being attacked by "
        "small boats and projectiles off the coast of Yemen. Its 25 crew members, "
        "Filipinos and Russians, were taken off by a French frigate of the EU's Aspides "
        "mission and brought to Djibouti. The shipping ministry in Piraeus said the "
        "Athens-based operator was working with salvage teams to prevent a major spill.",
        "E",
        "attack on ship",
    ),
    (
        "Estonian-owned cargo ship sinks off Odesa after explosion",
        "The cargo ship Helt, owned by a Tallinn shipping company, sank in the Black Sea "
        "off Odesa on Thursday after an explosion that the owner believes was caused by a "
        "sea mine. Two of the six Ukrainian crew members were rescued from a life raft, "
        "and the fate of the other four is unknown. The company's director told ERR News "
        "that Russian forces had ordered the ship out of the harbour shortly before the "
        "blast. The Foreign Ministry said it was seeking clarification. Estonia's embassy "
        "in Kyiv said it was in touch with the Ukrainian authorities.",
        "E",
        "attack on ship",
    ),
    (
        "Japanese-operated car carrier hijacked in Red Sea; 25 crew held",
        "A car carrier operated by Nippon Yusen was seized by Houthi rebels in the "
        "southern Red Sea on Sunday, and its 25 crew members are being held in Yemen, the "
        "Japanese government said. Footage released by the rebels showed armed men "
        "lowering themselves from a helicopter onto the deck. None of the crew are "
        "Japanese, the chief Cabinet secretary said, but Tokyo was 'directly approaching' "
        "the Houthis and asking Saudi Arabia, Oman and Iran to help secure their release.",
        "V",
        "hijacking",
    ),
    (
        "Frigate Hessen fends off Houthi drone attack in Red Sea",
        "The German frigate Hessen shot down two drones launched by Houthi rebels in the "
        "Red Sea on Tuesday evening, the Bundeswehr operations command said, in the first "
        "combat action of the mission to protect merchant shipping. The drones were flying "
        "towards the warship, which engaged them with its on-board guns and missiles. No "
        "one was hurt. The defence minister said the incident showed 'how serious the "
        "situation is' and that the Bundestag had been right to approve the deployment. "
        "The frigate, with about 240 sailors on board, left Wilhelmshaven earlier this "
        "month.",
        "M E",
        "naval engagement",
    ),
    (
        "Palanca: thousands cross from Ukraine as Russian offensive intensifies",
        "More than 20,000 people, almost all women, children and elderly men, crossed into "
        "Moldova from Ukraine in the past 24 hours, the Border Police said on Saturday, "
        "most of them through the Palanca checkpoint on the road from Odesa. Volunteers "
        "handed out soup, blankets and SIM cards along a queue of cars that stretched for "
        "kilometres. 'We left when the explosions started near the port,' said a woman "
        "from Odesa holding a toddler. The government has opened temporary centres in "
        "schools and sports halls.",
        "D H",
        "refugee arrivals",
    ),
    (
        "First Ukrainian refugees land in Dublin with little more than a rucksack",
        "About 100 people fleeing the war in Ukraine arrived at Dublin Airport over the "
        "weekend, the Department of Justice said, as the first of an expected wave of "
        "arrivals reached Ireland. Many had travelled for days through Poland after "
        "leaving Kyiv and Kharkiv as Russian forces shelled the cities. Volunteers from "
        "the Ukrainian community met them in the arrivals hall with hot food. Officials "
        "have set up a desk to issue PPS numbers and temporary protection on the spot. The "
        "Minister for Justice said Ireland could receive tens of thousands in the coming "
        "months.",
        "D",
        "refugee arrivals",
    ),
    (
        "Thousands flee Myawaddy fighting into Mae Sot",
        "About 3,000 people crossed the Moei river into Mae Sot on Saturday and Sunday to "
        "escape fighting between Karen forces and junta troops in Myawaddy, Tak provincial "
        "officials said. Many waded across the shallow river or used small boats, carrying "
        "children and plastic bags of belongings. The Thai army set up a temporary safe "
        "area at a school near the Second Friendship Bridge. Officials said the refugees "
        "would be allowed to stay until the fighting stopped. Thai soldiers at the "
        "checkpoint searched bags and took the names of those who crossed.",
        "D B",
        "refugee arrivals",
    ),
    (
        "Karen villagers flee Myanmar air strikes into Mae Hong Son",
        "Nearly 3,000 Karen villagers crossed the Salween river into Mae Hong Son province "
        "on Sunday after Myanmar military jets bombed areas controlled by the Karen "
        "National Union, local officials and aid groups said. A Thai village chief said "
        "people arrived through the night, some with wounds from the bombing. Thai "
        "authorities said they were providing food and shelter in a forest area near the "
        "river, but rights groups accused soldiers of pushing some of the refugees back.",
        "D E",
        "refugee arrivals",
    ),
    (
        "Evacuees from Lebanon arrive at Larnaca on first chartered flights",
        "The first of several hundred foreign nationals evacuated from Lebanon landed at "
        "Larnaca on Thursday on chartered flights, as Israeli air strikes on Beirut's "
        "southern suburbs continued, the Foreign Ministry said. Among them were Cypriots, "
        "Greeks and Australians who had fled from homes in the south and the Bekaa valley. "
        "Cyprus has activated its Estia plan to receive up to 20,000 people on their way "
        "home to third countries. A hotel in Larnaca has been set aside to house them for "
        "up to 48 hours. Some of the arrivals said they had left home after strikes hit "
        "their neighbourhoods.",
        "D",
        "evacuation",
    ),
    (
        "Sudanese fleeing Khartoum fighting queue for days at Argeen crossing",
        "Thousands of Sudanese women, children and elderly people who fled the fighting in "
        "Khartoum are waiting in buses and in the open at the Argeen crossing into Egypt, "
        "Egyptian officials and the Red Crescent said on Sunday. About 14,000 people "
        "entered Egypt in the past week, most of them through Argeen and Qustul. The "
        "Egyptian Red Crescent has sent teams with water, food and first aid. Men aged 16 "
        "to 50 need a visa from the consulate in Wadi Halfa. Bus fares from Khartoum to "
        "the border have risen tenfold since the fighting began.",
        "D H",
        "refugee arrivals",
    ),
    (
        "Nyakabande transit centre overwhelmed as Congolese flee Bunagana fighting",
        "More than 10,000 Congolese refugees crossed into Kisoro District in 48 hours "
        "after M23 rebels attacked Congolese army positions around the border town of "
        "Bunagana, the Office of the Prime Minister said. The Nyakabande transit centre, "
        "built for 3,000 people, is sheltering more than four times that number, and many "
        "families are sleeping in the open. The Uganda Red Cross said it was running short "
        "of water and latrines. About 130 Congolese soldiers also crossed and surrendered "
        "their weapons to the UPDF.",
        "D H B",
        "refugee arrivals",
    ),
    (
        "Afghan evacuees pour into Al Udeid as Qatar becomes main transit hub",
        "More than 7,000 people evacuated from Kabul arrived in Doha over the past 48 "
        "hours, most of them on US military flights to Al Udeid Air Base, officials said "
        "on Thursday. Qatar Airways and the Qatari Emiri Air Force have also flown out "
        "hundreds of Afghans who were let through the crowds and Taliban checkpoints at "
        "Kabul airport. Families are being housed in hangars and tents while volunteers in "
        "Doha gather clothes, nappies and baby formula. The foreign ministry said Qatar "
        "would host some evacuees at a housing compound built for the World Cup.",
        "D H",
        "evacuation",
    ),
    (
        "Ukrainians fleeing the war wait at Tijuana border crossing",
        "Some 2,000 Ukrainians, most of whom left their country in the past three weeks, "
        "are camped near the El Chaparral crossing in Tijuana waiting to enter the United "
        "States, municipal officials said Monday. Families sleep on mats in a sports hall "
        "lent by the city while volunteers from local churches cook for them. Many flew to "
        "Cancún or Mexico City on tourist visas and then to Tijuana. US officials are "
        "processing about 1,000 a day on humanitarian grounds. 'We ran from the bombs, and "
        "now we wait here,' said a mother of two from Kharkiv.",
        "D",
        "refugee arrivals",
    ),
    (
        "Evacuation flight brings wounded Gaza children to Abu Dhabi",
        "A UAE evacuation flight carrying 64 wounded children and cancer patients from "
        "Gaza and their family members landed in Abu Dhabi on Wednesday, WAM reported, the "
        "eighth such flight since the war began. The patients, some of them with "
        "amputations and burns from air strikes, were taken out through the Kerem Shalom "
        "crossing and flown from Ramon airport. They will be treated at hospitals in Abu "
        "Dhabi, where families will stay at the Emirates Humanitarian City. The UAE field "
        "hospital in Rafah is still receiving patients.",
        "H D",
        "medical evacuation",
    ),
]
