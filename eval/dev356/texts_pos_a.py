"""dev356 positives, part A: Chinese nationals and projects hit abroad, evacuations."""

POSITIVES = [
    (
        "Three Chinese teachers killed in Karachi University blast, Confucius Institute says",
        'A suicide bomber blew herself up beside a minibus at the University of Karachi on Tuesday afternoon, killing three Chinese teachers from the Confucius Institute and their Pakistani driver, Xinhua reported. One more Chinese national was injured and is being treated in hospital, the Chinese Consulate General in Karachi said. The minibus was approaching the institute\'s gate when the explosion tore through it, footage aired by local television showed. The outlawed Balochistan Liberation Army claimed responsibility in a message to reporters. Foreign Ministry spokesperson Wang Wenbin said China strongly condemned the terrorist attack and demanded that Pakistan hunt down the perpetrators and punish them severely. "The blood of the Chinese compatriots must not be shed in vain," he told a regular briefing in Beijing. Pakistani Prime Minister Shehbaz Sharif visited the Chinese embassy in Islamabad to offer condolences. The Chinese side has asked Pakistan to strengthen the protection of Chinese personnel, institutions and projects across the country.',
        "E T V",
        "suicide_bombing",
    ),
    (
        "Nine Chinese workers among 13 dead after bus plunges into ravine in Dasu",
        "A shuttle bus carrying Chinese engineers to the Dasu hydropower project in Pakistan's Khyber Pakhtunkhwa province exploded and fell into a ravine on Wednesday morning, killing 13 people, including nine Chinese citizens, Chinese and Pakistani officials said. Two Pakistani soldiers were among the dead, and 28 Chinese nationals were injured, according to the Chinese embassy in Islamabad. Pakistani authorities first described the incident as a mechanical fault followed by a gas leak, but investigators later found traces of explosives. Beijing called it a bombing and sent a working group to Pakistan to help the investigation. Foreign Ministry spokesperson Zhao Lijian urged Pakistan to arrest the perpetrators swiftly and to protect Chinese personnel. The China Gezhouba Group, which is building the 4,320-megawatt dam, suspended work at the site while the injured were flown to Islamabad for treatment. The attack is the deadliest on Chinese nationals in Pakistan in years.",
        "E T",
        "bombing",
    ),
    (
        "Five Chinese engineers killed as suicide car bomb hits convoy near Besham",
        "A suicide bomber rammed an explosives-laden vehicle into a convoy carrying Chinese engineers in the Shangla district of northwestern Pakistan on Tuesday, killing five Chinese citizens and their Pakistani driver, police said. The convoy was travelling from Islamabad to the Dasu hydropower camp when it was struck on the Karakoram Highway near Besham, regional police chief Mohammad Ali Gandapur told reporters. The vehicle caught fire and fell into a gorge, he said. China's embassy in Pakistan said it had activated an emergency response and asked Pakistan to thoroughly investigate the attack. The Global Times, citing analysts, said the attackers were seeking to sabotage the China-Pakistan Economic Corridor. Construction companies at two dam sites suspended civil works and withdrew part of their Chinese staff to camps under armed guard. No group immediately claimed the bombing.",
        "E T",
        "suicide_bombing",
    ),
    (
        "Blast outside Karachi airport kills two Chinese nationals, embassy says",
        "Two Chinese nationals were killed and one injured in an explosion near Jinnah International Airport in Karachi late on Sunday, the Chinese embassy and consulate in Pakistan said in a statement on Monday. The blast hit a convoy carrying Chinese staff of the Port Qasim power project as it left the airport, the statement said, adding that Pakistani personnel were also hurt. The separatist Balochistan Liberation Army said it had carried out the attack with a vehicle-borne bomb. Pakistan's interior minister Mohsin Naqvi called it a cowardly act of terrorism. The embassy said it strongly condemned the terrorist attack and expressed deep condolences to the victims of both countries. Chinese staff on projects in Sindh province were told to limit travel and to move only with security escorts. Beijing has repeatedly pressed Islamabad to take stronger measures to protect Chinese citizens working on corridor projects.",
        "E T",
        "car_bombing",
    ),
    (
        "Consulate attack in Karachi: three gunmen shot dead after killing two policemen at gate",
        "Three attackers armed with rifles and grenades tried to force their way into the Chinese Consulate General in Karachi on Friday morning, killing two Pakistani policemen before they were shot dead by security forces, local police said. Two civilians who had come to apply for visas were also killed in the exchange of fire at the consulate's outer gate. All Chinese diplomats and staff inside were safe, Foreign Ministry spokesperson Lu Kang told reporters in Beijing. The Balochistan Liberation Army claimed the assault in a message on social media. Lu said China strongly condemned any violent attack against a diplomatic institution and appreciated the quick response of Pakistani police. Karachi police said the attackers carried food, water and ammunition, suggesting they had planned a long siege. Security was raised at Chinese-run facilities across Sindh after the attack.",
        "B T",
        "armed_attack",
    ),
    (
        "Chinese navy ship takes 678 people out of Port Sudan as fighting rages in Khartoum",
        "A Chinese navy vessel carrying 678 people, most of them Chinese citizens, left Port Sudan on Wednesday for Jeddah in Saudi Arabia, CCTV reported, as fighting between Sudan's army and the paramilitary Rapid Support Forces entered its second week. The evacuees had travelled more than 800 km by road from Khartoum in convoys organised by the Chinese embassy, passing checkpoints held by both sides. Shelling and air strikes continued in the capital, where residents reported gunfire near the airport and the presidential palace. Chinese Ambassador Ma Xinmin said the embassy had worked around the clock to bring compatriots to safety. Around 1,500 Chinese nationals were in Sudan when the clashes broke out, according to the Foreign Ministry. The World Health Organization said several hospitals in Khartoum had closed because of the fighting. A second Chinese vessel is expected to leave Port Sudan in the coming days.",
        "D B H",
        "evacuation",
    ),
    (
        "Chinese embassy in Kyiv organises first evacuation by train as shelling intensifies",
        "The Chinese embassy in Ukraine began moving its citizens out of Kyiv on Friday, sending about 600 Chinese students by train to Lviv and onward to the Polish border, Xinhua reported. Air raid sirens sounded in the capital overnight and Russian shelling was reported in the northern suburbs, where Ukrainian forces were fighting to hold the approaches to the city. Queues of cars stretched for kilometres at the western exits of the capital, and many residents spent the night in metro stations. Ambassador Fan Xianrong said in a video message that he would not leave Kyiv until every compatriot who wished to go had left. Students from Kharkiv, where shelling hit residential blocks, were told to shelter in university dormitories until safe routes opened. Several thousand Chinese citizens were registered with the embassy before the conflict began. The embassy set up a hotline and asked Chinese nationals not to display identifying signs. Groups are being moved to Moldova and Slovakia as well as Poland.",
        "D E",
        "evacuation",
    ),
    (
        "Chinese frigate evacuates 225 foreigners from Aden as Houthi forces advance",
        "The Chinese navy frigate Linyi evacuated 225 foreign nationals from the southern Yemeni port of Aden on Thursday, Xinhua reported, the first time China's navy has helped other countries evacuate their citizens from a conflict zone. The group included citizens of Pakistan, Ethiopia, Singapore, Italy, Poland and several other countries. Heavy fighting between Houthi forces and fighters loyal to President Abd-Rabbu Mansour Hadi continued in districts of Aden, and Saudi-led coalition aircraft struck Houthi positions around the city. Earlier in the week, Chinese warships had taken 571 Chinese citizens out of Yemen through Aden and the western port of Hodeidah. Foreign Ministry spokeswoman Hua Chunying said the operation reflected the spirit of internationalism. The evacuees were taken across the Gulf of Aden to Djibouti. Several shells landed near the port as the evacuation was under way, according to witnesses.",
        "D B E",
        "evacuation",
    ),
    (
        "Chinese workers evacuated from Tripoli after clashes close the airport",
        "More than 400 Chinese workers were bused from Tripoli to the Tunisian border on Sunday, People's Daily reported, after fighting between rival militias forced the closure of the Libyan capital's international airport. Rockets and artillery fire hit the airport area for a third day, destroying aircraft on the tarmac and setting fuel tanks alight, residents said. The Chinese embassy in Libya said all its citizens in the capital had been told to leave. Chinese construction firms had about 1,200 employees in the country, many on housing and railway projects that have stalled since the unrest of 2011. The Libyan health ministry said dozens of people had been killed since the clashes began. Foreign Ministry spokesman Hong Lei called on all parties in Libya to cease fire and settle their differences through dialogue.",
        "D B E",
        "evacuation",
    ),
    (
        "Gunmen kill nine Chinese at Chimbolo gold mine near Bambari",
        "Unidentified gunmen attacked a gold mining site operated by a Chinese company near the village of Chimbolo in the Central African Republic on Sunday, killing nine Chinese nationals and wounding two others, local officials said. The site lies about 25 km from Bambari in the Ouaka prefecture, an area where armed groups have long fought government forces and their Russian allies. President Xi Jinping ordered all-out efforts to treat the injured and to bring the attackers to justice, CCTV reported. The government in Bangui blamed the rebel coalition CPC, which denied involvement. Survivors said the attackers arrived at dawn, shot at the workers' prefabricated living quarters and set vehicles on fire before withdrawing into the bush. The United Nations mission MINUSCA said it had sent a patrol to the site and was helping to evacuate the wounded by air. The Chinese embassy urged Chinese citizens to leave areas outside the capital. Two days earlier, three Chinese nationals had been abducted in the neighbouring Nana-Mambere prefecture, according to the embassy. The bodies were flown to Bangui on Monday.",
        "V B",
        "massacre",
    ),
    (
        "Gunmen kill soldiers and seize Chinese workers at Niger State mine",
        "Gunmen stormed a granite quarry in Ajata-Aboki in Nigeria's Niger State on Wednesday, killing at least 30 soldiers, police officers and members of a civilian defence force and abducting four Chinese workers, residents and security sources said. The attackers arrived on dozens of motorcycles and fought the troops guarding the site for several hours before leaving with the hostages, a local official told Xinhua. The quarry is operated by a Chinese company working on the Zungeru hydropower project. Nigeria's army said it had launched a search-and-rescue operation in the surrounding forests. The Chinese embassy in Abuja said it was working with the Nigerian government to secure the release of its citizens. Bandit gangs have carried out repeated mass abductions across the north-west and north-central states in recent months. No group had claimed the raid by Thursday.",
        "B V",
        "abduction",
    ),
    (
        "Armed group abducts six Chinese nationals at mining site in South Kivu",
        "An armed group attacked a gold mining site in Fizi territory in the east of the Democratic Republic of the Congo early on Sunday and abducted six Chinese nationals and a Congolese guard, provincial authorities said. The attackers, believed to be members of a local Mai-Mai militia, opened fire on the camp before dawn and looted equipment and fuel, a local administrator told Xinhua by phone. One police officer was killed in the attack. Witnesses said the gunmen forced the captives to carry sacks of looted gold ore into the forest. Two Congolese workers who escaped reached Baraka town on foot on Monday, according to local civil society leaders. The Chinese embassy in Kinshasa asked Chinese companies in the region to suspend operations and to move staff to the provincial capital Bukavu. In November last year, five Chinese workers were kidnapped in the same province. Congolese troops have been deployed to search the hills around the site. The governor of South Kivu ordered a temporary halt to artisanal and semi-industrial mining in the area.",
        "V",
        "abduction",
    ),
    (
        "Gunmen attack Kabul hotel popular with Chinese businessmen",
        "Armed attackers stormed a hotel in central Kabul frequented by Chinese nationals on Monday, setting part of the building on fire and exchanging gunfire with security forces for several hours, Taliban officials said. Three attackers were killed and two foreigners were injured jumping from windows, according to the Taliban's spokesman. Witnesses reported explosions and heavy gunfire around the Shahr-e-Naw area. The Islamic State's regional branch claimed responsibility, saying it had targeted Chinese citizens. Foreign Ministry spokesperson Wang Wenbin said China was deeply shocked by the attack and asked the Afghan interim government to take resolute measures to ensure the safety of Chinese citizens. Five Chinese nationals were hurt, according to the Chinese embassy. Beijing advised its citizens to leave Afghanistan as soon as possible.",
        "B T V",
        "terrorist_attack",
    ),
    (
        "Chinese workers killed in drone attack from Afghan territory, Tajik border guards say",
        "Three Chinese citizens working for a gold mining company in southern Tajikistan were killed when a drone armed with explosives struck their camp near the Afghan border late on Wednesday, Tajikistan's State Committee for National Security said. The drone was launched from Afghanistan's Badakhshan province, it said. Days later, two more Chinese employees of a road company were shot dead in the Darvaz district by gunmen who crossed the Panj river, the committee added. China's embassy in Dushanbe urged Chinese companies and nationals in the border area to evacuate immediately. Beijing asked Tajikistan to take effective measures to protect Chinese personnel, Foreign Ministry spokesperson Lin Jian said. The Taliban government said it was investigating and blamed groups seeking to create mistrust between the neighbours. Tajik border troops said they had reinforced posts along the river.",
        "E V",
        "cross_border_attack",
    ),
    (
        "Chinese tourists among 20 dead in Bangkok shrine bombing",
        "A bomb exploded at the Erawan Shrine in central Bangkok on Monday evening, killing at least 20 people, including five Chinese citizens from the mainland and two from Hong Kong, Thai police and the Chinese embassy said. More than 120 people were wounded, many of them tourists visiting the Hindu shrine at the Ratchaprasong intersection during the rush hour. The device, packed into a backpack, was left beneath a bench inside the shrine's compound, police said. Thai Prime Minister Prayut Chan-o-cha called it the worst attack ever on Thailand. Chinese Vice Foreign Minister Liu Zhenmin said the Chinese side was shocked and asked Thailand to make every effort to treat the injured. The embassy sent a working group to hospitals and opened an emergency hotline for relatives. Police were searching for a man in a yellow shirt seen on security footage.",
        "E T V",
        "bombing",
    ),
    (
        "Chinese convoy attacked in Gwadar; two attackers killed, Pakistan army says",
        "Militants fired on a convoy carrying Chinese engineers in the port city of Gwadar on Sunday, Pakistan's military said, adding that security forces returned fire and killed two attackers. No Chinese or Pakistani personnel were hurt in the attack on the Fakir Colony road, the Inter-Services Public Relations said, though one vehicle was damaged by a hand grenade. The Balochistan Liberation Army's Majeed Brigade claimed it had carried out a two-hour assault. The Chinese consulate in Karachi said it had lodged representations and asked Pakistan to severely punish the perpetrators. Global Times, quoting a Chinese security expert, said attacks on the corridor were \"doomed to fail\". Gwadar's port, financed by China, has been a repeated target for separatist fighters who say the province's resources are being taken. Roads into the city were sealed while troops combed nearby settlements.",
        "B T M",
        "ambush",
    ),
    (
        "Chinese nationals shelter as clashes in Laukkai spread; embassy urges departure",
        "Heavy fighting between Myanmar's military and the Myanmar National Democratic Alliance Army spread through the streets of Laukkai on Saturday, residents said, as China again urged its citizens to leave the northern Shan State town. The Chinese embassy in Myanmar said artillery shells and drones had struck areas near hotels where Chinese nationals were staying, and asked them to move to the Qingshuihe crossing. Thousands of people fleeing the clashes have gathered at the border, according to local officials in Yunnan's Zhenkang county. The ethnic armed alliance said it had captured several military posts around the town. Foreign Ministry spokesperson Mao Ning called on all parties to stop firing immediately and to protect the security of Chinese citizens. Chinese border police said they had received injured people for treatment. The Yunnan authorities set up temporary shelters in Nansan and Mengding.",
        "B E D",
        "battle",
    ),
]
