"""dev145 positives (2 of 3): whole articles that report current organised violence or its direct
consequences: Iran, Israel and the Palestinian territories, Lebanon and Syria (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "'Bloody Friday' in Zahedan: security forces open fire on worshippers after prayers",
        "Security forces opened fire on protesters and worshippers in Zahedan, the "
        "capital of Sistan and Baluchestan province, after Friday prayers on September "
        "30, killing dozens, according to eyewitnesses, rights groups and videos "
        "obtained by IranWire. The protest began outside the Makki Grand Mosque after "
        "the prayers, with worshippers chanting against the alleged rape of a "
        "15-year-old Baluch girl by a police commander in the port city of Chabahar. "
        "Witnesses said agents positioned on the roof of a police station across from "
        "the prayer ground fired live ammunition and tear gas into the crowd, and that "
        "snipers targeted people who tried to carry the wounded away. Some protesters "
        "then set fire to the police station and to several vehicles and bank branches. "
        "The Baluch rights group Haalvsh said at least 66 people had been killed, among "
        'them children, while state media put the toll at 19 and blamed "rioters" and '
        "separatist groups for attacking the police station. The IRGC said five of its "
        "members, including the provincial head of its intelligence unit, were among "
        "the dead. Internet access in the city was cut off on Friday evening and "
        "hospitals called for blood donations. The killings came two weeks into the "
        "nationwide protests over the death of Mahsa Amini in the custody of the "
        "morality police, and Zahedan's Friday prayer leader, Molavi Abdolhamid, "
        "demanded that those who gave the order to shoot be put on trial. Videos shared "
        "on social media showed men carrying bloodied bodies into the courtyard of the "
        "mosque and a young man lying motionless in the street. The provincial governor "
        "said on Saturday that the situation was under control, but residents told "
        "IranWire that security forces had set up checkpoints across the city and were "
        "arresting young men. Amnesty International said security forces had unlawfully "
        "used live ammunition against protesters and called on the UN Human Rights "
        "Council to set up an independent investigation.",
        "U V",
        "crackdown",
    ),
    (
        "Twin blasts near General Soleimani's tomb in Kerman kill scores of mourners",
        "Two explosions struck crowds of people making their way to the tomb of "
        "Lieutenant General Qassem Soleimani in the southeastern city of Kerman on "
        "Wednesday, killing at least 84 people and injuring 284 others, officials said. "
        "The blasts occurred about 20 minutes apart on the road leading to the Martyrs' "
        "Cemetery, where thousands had gathered to mark the fourth anniversary of the "
        "assassination of the former commander of the IRGC Quds Force in a US drone "
        "strike in Baghdad. Kerman's deputy governor described the incident as a "
        '"terrorist attack". Interior Minister Ahmad Vahidi said the first bomb had '
        "been detonated remotely using a bag filled with explosives, and that the "
        "second explosion was caused by a suicide bomber. Footage broadcast by state "
        "television showed bodies lying on the road and ambulances struggling to get "
        "through the crowds. The Red Crescent said 170 of the injured were still being "
        "treated in hospitals in Kerman on Thursday morning. Iran declared Thursday a "
        "day of national mourning. The Daesh terrorist group claimed responsibility for "
        "the attack in a statement published by its Amaq news agency on Thursday. "
        "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said the "
        "perpetrators would face a harsh response. Many of the victims were women and "
        "children who had travelled from other provinces for the commemoration, which "
        "the organisers said had drawn more than 100,000 people. The Intelligence "
        "Ministry said on Friday that it had arrested 11 people in several provinces in "
        "connection with the attack.",
        "E T V",
        "bombing",
    ),
    (
        "11 police officers martyred in terrorist attack on Rask police headquarters",
        "Eleven police officers were martyred and seven others were injured when "
        "terrorists attacked the police headquarters in the city of Rask in Sistan and "
        "Baluchestan province overnight, the province's deputy governor for security "
        "affairs said on Friday. Ali Reza Marhamati told IRNA that the attackers, armed "
        "with heavy weapons, stormed the building from several directions at around 2 "
        "am and clashed with the officers for several hours. Several of the assailants "
        "were killed in the exchange of fire, he said, while others fled toward the "
        "border area. The Jaish al-Adl terrorist group, which operates from across the "
        "border in Pakistan, claimed responsibility for the attack. The province, which "
        "borders Pakistan and Afghanistan, has seen repeated clashes between security "
        "forces and armed groups as well as drug-smuggling gangs. Earlier this week, "
        "two members of the Basij were killed in an armed attack in the city of "
        "Saravan.",
        "B T",
        "militant attack",
    ),
    (
        "Settlers torch homes and cars in Hawara rampage after terror attack kills two "
        "Israeli brothers",
        "Hundreds of settlers rampaged through the Palestinian town of Hawara and "
        "several nearby villages in the northern West Bank on Sunday night, setting "
        "fire to dozens of homes and cars, hours after a Palestinian gunman shot dead "
        "two Israeli brothers from the settlement of Har Bracha as they drove through "
        "the town. A Palestinian man, 37, was shot dead in the nearby village of "
        "Za'atara, and the Palestinian Red Crescent said it treated around 100 people, "
        "most of them for tear gas inhalation and four for stab wounds or blows with "
        "iron bars. Footage from the town showed houses burning, families being "
        "evacuated from upper floors and groups of masked men throwing stones at "
        "firefighters. Israeli security forces at the scene made few arrests; police "
        "said eight suspects were detained and released within hours. The head of the "
        "army's Central Command later called the events \"a pogrom carried out by "
        'outlaws." Prime Minister Benjamin Netanyahu called on Israelis not to take the '
        "law into their own hands. The shooting took place at a junction in Hawara "
        "where the brothers were stuck in traffic; the gunman fled on foot and a "
        "manhunt is underway. The violence came on the same day that Israeli and "
        "Palestinian officials met in Aqaba, Jordan, and pledged to de-escalate. By "
        "Monday morning, the Palestinian Authority said some 30 homes had been burned, "
        "along with more than 100 cars. Residents said they had spent the night on "
        "their rooftops, trying to put out the fires with buckets of water and garden "
        'hoses. "They came in their hundreds, with petrol and stones, and the soldiers '
        'stood by," one resident told Haaretz. The Palestinian Foreign Ministry called '
        "on the international community to protect Palestinians from what it called "
        "settler terrorism.",
        "V U T",
        "settler rampage",
    ),
    (
        "Occupation forces launch large-scale aggression on Jenin camp, 12 martyrs",
        "The death toll from the ongoing Israeli aggression on Jenin and its refugee "
        "camp rose to 12 martyrs, among them four children, and more than 100 injured, "
        "20 of them seriously, the Ministry of Health said on Tuesday. Israeli "
        "occupation forces launched the assault in the early hours of Monday with drone "
        "strikes on the camp, followed by the storming of the camp by more than 1,000 "
        "soldiers backed by armoured vehicles and military bulldozers. The bulldozers "
        "tore up streets, water and sewage networks and the electricity grid, the "
        "municipality said, while snipers took positions on rooftops and in homes after "
        "evicting their residents. Jenin Governor Akram Rajoub said around 3,000 people "
        "had been forced to leave the camp on Monday night and were being sheltered in "
        "schools, mosques and homes in the city. The Palestine Red Crescent Society "
        "said occupation forces prevented its ambulance crews from reaching the wounded "
        "inside the camp, and that tear gas was fired into the courtyard of a hospital "
        "in the city. Resistance fighters confronted the invading forces in several "
        "neighbourhoods of the camp, local sources said. The Presidency described the "
        "aggression as a new war crime against the Palestinian people and called for "
        "urgent international protection. Health officials said medical teams inside "
        "the camp were working from a mosque after ambulances were blocked, and that "
        "several of the wounded had bled for hours before they could be evacuated. The "
        "Israeli army said the operation, its largest in the West Bank in two decades, "
        "targeted 'terrorist infrastructure', and that it had found explosives "
        "laboratories and weapons caches. Schools in Jenin were closed on Tuesday and "
        "the Ministry of Education postponed its exams in the governorate.",
        "M B E D H",
        "military operation",
    ),
    (
        "Israeli drone strike near Nabatieh kills two, shelling hits outskirts of Aitaroun",
        "Two men were killed on Wednesday afternoon when an Israeli drone struck a car "
        "on the road between Kfar Roummane and Nabatieh, in South Lebanon, according to "
        'our correspondent. Hezbollah later mourned one of them as a "martyr on the '
        'road to Jerusalem," the formula it has used for its fighters killed since '
        "October 8, while the second man's identity was not immediately known. Israeli "
        "artillery shelled the outskirts of Aitaroun, Markaba and Houla throughout the "
        "day, and a house in Aitaroun was destroyed in an airstrike, the state-run "
        "National News Agency (NNA) reported. Hezbollah said it had targeted Israeli "
        'positions at the Ramim and Branit barracks with rockets and "appropriate '
        'weapons." The Israeli army said its fighter jets had struck Hezbollah "terror '
        'infrastructure" in several areas of South Lebanon. The exchanges of fire, '
        "which began the day after the Hamas-led attack of October 7, have displaced "
        "more than 86,000 people from South Lebanon, according to the International "
        "Organization for Migration, most of them sheltering with relatives in Tyre, "
        "Nabatieh and Beirut. In Tyre, some 900 displaced people are still living in "
        "five schools turned into collective shelters, the city's disaster management "
        "unit said. Caretaker Prime Minister Najib Mikati, meeting a French envoy, said "
        "Lebanon did not want a wider war.",
        "E D",
        "cross-border strikes",
    ),
    (
        "Ain al-Hilweh: Second round of fighting sends families fleeing to Sidon",
        "Fierce clashes resumed Thursday night in the Ain al-Hilweh Palestinian refugee "
        "camp, near Sidon, between Fatah and Islamist groups, killing at least three "
        "people and wounding more than 30, according to a toll from the Palestinian Red "
        "Crescent. Rocket-propelled grenades and heavy machine gun fire could be heard "
        "throughout Sidon, and stray bullets hit several buildings outside the camp, "
        "including a school in the Ta'mir neighborhood, L'Orient Today's correspondent "
        "reported. The fighting broke out around the UNRWA school complex, which "
        "Islamist militants have occupied since the first round of clashes in late "
        "July, after the assassination of a Fatah military commander. Hundreds of "
        "families have fled the camp, taking refuge in mosques, the municipal sports "
        "complex and with relatives, the Sidon municipality's disaster management unit "
        "said. The Lebanese Army, which does not enter the camp under a longstanding "
        "arrangement, reinforced its positions at the camp's entrances and said a "
        "soldier was wounded by a stray bullet. Ceasefire efforts by the joint "
        "Palestinian action committee and by Hezbollah and Amal officials have so far "
        "failed. UNRWA said the fighting had left some 6,000 students without schools "
        "and called on all parties to vacate its facilities.",
        "B D",
        "camp clashes",
    ),
    (
        "Suwayda clashes: Death toll passes 200 as government forces deploy in Druze city",
        "More than 200 people have been killed since clashes erupted on Sunday between "
        "Druze armed groups and Bedouin tribal fighters in Syria's southern province of "
        "Suwayda, according to the Syrian Observatory for Human Rights, a UK-based war "
        "monitor. The fighting began after members of a Bedouin tribe kidnapped a Druze "
        "vegetable merchant on the Damascus-Suwayda highway, setting off a series of "
        "tit-for-tat abductions that quickly escalated into gun battles on the edges of "
        'the city. Government forces deployed to the province on Monday to "restore '
        'stability", but were drawn into the fighting, and residents and Druze groups '
        "accused some of them of killing civilians and looting homes in the city. "
        "Videos circulated online showed armed men forcibly shaving the moustaches of "
        "elderly Druze men, an act considered deeply humiliating in the community. "
        "Israel, which says it is protecting the Druze minority, struck government "
        "tanks near the city and, on Wednesday, hit the Defence Ministry headquarters "
        "in central Damascus. The National Hospital in Suwayda was overwhelmed with "
        "bodies and wounded, doctors said, and water and electricity were cut across "
        "much of the city. Thousands of Bedouin families fled to villages in "
        "neighbouring Deraa, while many Druze residents sheltered in their homes. The "
        "Syrian presidency announced a new ceasefire late on Wednesday. Local "
        "journalists said at least 20 members of a single family were killed when "
        "gunmen entered their home in a village west of the city. The United Nations "
        "said it was alarmed by reports of summary executions and called on all parties "
        "to protect civilians and allow humanitarian access. Residents said shops and "
        "bakeries in the city had been closed for four days and that bread was running "
        "short. The Syrian Arab Red Crescent said its teams had been unable to reach "
        "parts of the city because of the fighting.",
        "B V E D H",
        "sectarian clashes",
    ),
    (
        "Airstrikes on Maarat Al-Numan market kill 11 as Idlib exodus grows",
        "Syrian regime and Russian airstrikes hit a crowded vegetable market in the "
        "town of Maarat Al-Numan in northwest Syria on Monday, killing at least 11 "
        "civilians, rescuers and a war monitor said. The White Helmets civil defense "
        "group said two strikes hit the market minutes apart in the late morning, when "
        "it was full of shoppers, and that its volunteers pulled several people from "
        "collapsed shops. The Britain-based Syrian Observatory for Human Rights said "
        "the dead included two children and that the toll was expected to rise. The "
        "strikes came amid an intensifying bombing campaign on the southern countryside "
        "of Idlib province, the last major rebel stronghold in Syria, where regime "
        "forces have been advancing since late November. The UN said more than 60,000 "
        "people had fled southern Idlib in the past two weeks, many heading north "
        'toward the Turkish border, where camps are already overcrowded. "Families are '
        'sleeping in the open, under olive trees, in freezing temperatures," said a '
        "spokesman for the UN humanitarian office in Gaziantep. Aid groups warned that "
        "they were running out of tents and fuel. Turkey, which already hosts more than "
        "3.6 million Syrian refugees, said it could not take in another wave of "
        "migrants.",
        "E V D H",
        "airstrike",
    ),
    (
        "Iranian missile destroys Bat Yam apartment building; six killed, hundreds left homeless",
        "Six people, including two children, were killed when an Iranian ballistic "
        "missile struck a residential building in Bat Yam overnight Saturday, Magen "
        "David Adom said, as Iran fired several barrages at central Israel on the third "
        "day of the war. Some 180 people were wounded in the city, most of them "
        "lightly. Rescue teams from the Home Front Command worked through the night to "
        "reach people trapped under the rubble, and seven people were still listed as "
        "missing on Sunday morning. The municipality said some 60 buildings were "
        "damaged in the surrounding streets, and that hundreds of residents whose "
        "apartments were no longer habitable had been moved to hotels in the city and "
        "in Tel Aviv. In Tamra, in the north, four members of one family were killed "
        "when a missile hit their home, which had no safe room. The Israel Defense "
        "Forces said its fighter jets had struck dozens of targets in Tehran overnight, "
        "including the Defense Ministry headquarters and sites linked to Iran's nuclear "
        "program. Prime Minister Benjamin Netanyahu visited the site in Bat Yam and "
        'said Iran would "pay a very heavy price" for the deliberate killing of '
        "civilians. Schools and workplaces across the country remain closed under Home "
        "Front Command guidelines.",
        "E D M",
        "missile strike",
    ),
    (
        "Occupation forces open fire on crowds waiting for flour on Al-Rashid Street, "
        "over 100 martyrs",
        "At least 104 citizens were killed and 760 others injured on Thursday when "
        "Israeli occupation forces opened fire on thousands of people waiting for aid "
        "trucks at the Nabulsi roundabout on Al-Rashid Street, south-west of Gaza City, "
        "the Ministry of Health said. Witnesses told WAFA's correspondent that "
        "occupation tanks and drones fired directly at the crowds as they gathered "
        "around trucks carrying flour, and that many of the victims were crushed or run "
        "over as people tried to flee. Ambulances and civilians using donkey carts "
        "carried the wounded to Al-Shifa and Kamal Adwan hospitals, which are barely "
        "functioning amid severe shortages of fuel, medicine and staff. The Ministry of "
        "Health said hospitals in the north were unable to deal with the number and "
        "type of injuries. Residents of Gaza City and the north have been reduced to "
        "eating animal fodder, and the ministry said at least ten children had died of "
        "malnutrition and dehydration at Kamal Adwan hospital in recent days. The "
        'Israeli army said troops fired at people who approached them and "posed a '
        'threat", and that most of the victims died in a stampede. President Mahmoud '
        "Abbas described the killing as a heinous massacre and called for an urgent "
        "session of the UN Security Council. The total number of martyrs since October "
        "7 has risen to 30,035, the ministry said.",
        "V H",
        "shooting at aid seekers",
    ),
]
