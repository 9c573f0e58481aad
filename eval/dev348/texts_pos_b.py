"""dev348 positives, part B: the wars of 2022-2026 from the Nordic and Baltic angle (volunteers
killed in Ukraine, drones and debris from Russian strikes, the Red Sea, Lebanon, Gaza, Sudan)."""

POSITIVES = [
    (
        "Finnish volunteer killed in fighting near Bakhmut, family says",
        "A Finnish man who had been fighting with Ukraine's International Legion for more than a year was killed in combat near Bakhmut last week, his family told the public broadcaster Yle on Monday. The 34-year-old from Lahti, a former conscript in the Kainuu Brigade, had gone to Ukraine in the spring of 2022 and served in a unit that included volunteers from several European countries. His brother said the family had been informed by a fellow fighter that he died when Russian forces attacked the unit's positions on the south-western edge of the town. Ukraine's defence ministry has not published the names of foreign fighters killed, and the Finnish foreign ministry said it was aware of reports of a Finnish citizen's death but could not confirm details. At least five Finns are believed to have died fighting for Ukraine since the invasion began. Finnish law does not forbid citizens from joining a foreign army, though the security police have warned about the risks. The funeral is planned for Lahti once his body is repatriated.",
        "B",
        "battle",
    ),
    (
        "Two Danish volunteers among foreign fighters killed in Donetsk region",
        "Two Danish men fighting for Ukraine were killed in the Donetsk region this month, the Danish foreign ministry confirmed on Thursday after their families had announced the deaths on social media. One of the men, a 29-year-old former soldier from Esbjerg who had served in Afghanistan, was killed in an artillery barrage on a trench position west of Avdiivka, according to his unit. The second, aged 41, died days later during an assault on Russian positions near Marinka, comrades said. The foreign ministry said it advised strongly against travel to Ukraine but could not prevent Danes from volunteering. Danish media estimate that several dozen Danes have fought in Ukraine since February 2022, and at least four had previously been reported killed. A spokesman for the International Legion said the men had been 'brave and professional'. Friends in Esbjerg have set up a memorial book at the local church, where a service is to be held next week.",
        "B E",
        "battle",
    ),
    (
        "Latvian volunteer killed by Russian drone in Kharkiv region, Saeima holds minute's silence",
        "A Latvian citizen serving in a Ukrainian assault brigade was killed by a Russian first-person-view drone near Kupiansk in the Kharkiv region on Sunday, the Latvian defence ministry said. The 26-year-old from Daugavpils had joined the Ukrainian armed forces in 2024 after two years with a volunteer medical unit. According to his commander, he was hit while evacuating a wounded comrade from a forward position under heavy shelling, and the comrade survived. Members of the Saeima stood for a minute's silence at the start of Thursday's session. Defence Minister Andris Sprūds said the man had 'fought for Ukraine and for Latvia', and that the government would help the family bring his body home. Latvia amended its laws in 2022 so that citizens who volunteer for Ukraine do not face prosecution. LSM reported that he was the sixth Latvian known to have died in the war.",
        "B E",
        "drone_strike",
    ),
    (
        "Norwegian killed fighting in Zaporizhzhia region had been in Ukraine since 2022",
        "A Norwegian volunteer was killed in clashes with Russian troops in the Zaporizhzhia region last weekend, his mother told the newspaper VG, making him at least the third Norwegian known to have died in the war. The 38-year-old, from a small town in Trøndelag, had served in the Norwegian army's Telemark Battalion before going to Ukraine in March 2022. A friend who fought beside him said the unit had come under attack while holding a line of trenches near Robotyne, and that the Norwegian was shot during the Russian assault. The Norwegian foreign ministry said it had received information about the death through the Ukrainian authorities and was in contact with the family. 'He said he could not sit at home and watch,' his mother said. The ministry continues to advise Norwegians not to travel to Ukraine. A memorial gathering is planned in the town's sports hall on Saturday.",
        "B",
        "battle",
    ),
    (
        "Russian drone crashes in Rēzekne municipality during overnight attack on Ukraine",
        "A Russian military drone crashed in a field in the Rēzekne municipality of eastern Latvia early on Saturday after entering the country's airspace from Belarus during a mass attack on Ukraine, the Latvian armed forces said. The drone, a Shahed-type attack craft, was found about 60 km from the Russian border, and soldiers cordoned off the site while explosives specialists examined the wreckage. Nobody was hurt and no buildings were damaged. The National Armed Forces said it had tracked the drone on radar for several minutes before it came down. Russia launched more than 80 drones at Ukrainian cities overnight, according to the Ukrainian air force, and at least two people were killed in strikes on the Kyiv region. Prime Minister Evika Siliņa said Latvia would raise the incident with NATO allies. Residents of the village nearest the crash site told LSM they had heard a loud hum and then a thud shortly before 5 a.m.",
        "E",
        "drone_strike",
    ),
    (
        "Drone from Russian strike wave crashes near Lithuanian military training area",
        "A drone launched by Russia during its overnight attack on Ukraine crossed into Lithuania from Belarus and came down in the Gaižiūnai training area in the centre of the country, Lithuanian officials said on Monday. The craft, a Gerbera decoy drone of the kind Russia sends alongside attack drones to overwhelm air defences, was found by soldiers carrying about 2 kg of explosives, prosecutors said. Sappers destroyed the charge on the spot. Lithuania's foreign ministry summoned the Russian chargé d'affaires and called the incursion a violation of its airspace 'during an attack on a neighbouring country'. Ukraine said it had shot down most of the more than 300 drones Russia launched overnight, but several struck homes and a rail depot in the Kyiv region. Defence Minister Dovilė Šakalienė said the incident showed the war was 'not far away' and that Lithuania would ask NATO for more air defence. Residents near Jonava reported hearing engines in the night.",
        "E",
        "drone_strike",
    ),
    (
        "Baltic leaders call for NATO consultations after drones shot down over Poland",
        "Estonia, Latvia and Lithuania backed Poland's request for consultations under Article 4 of NATO's founding treaty on Wednesday after Polish and allied jets shot down several Russian drones that had entered Polish airspace during an overnight attack on western Ukraine. The Polish military said 19 incursions had been recorded, and that Dutch F-35s and Polish F-16s had downed at least four drones, with debris falling on homes in the Lublin region. A house in the village of Wyryki was badly damaged, though no one was hurt. Lithuanian President Gitanas Nausėda said it was 'not an accident' and called for air defences along the alliance's eastern border to be strengthened at once. In Riga, Latvian airspace over the eastern border was closed to civilian flights for the night. Russia's defence ministry said it had struck military targets in western Ukraine and had not intended to hit Polish territory. Estonian Prime Minister Kristen Michal said the attack was 'a test' of the alliance.",
        "E M",
        "drone_strike",
    ),
    (
        "Missile strike on Kyiv damages building next to Estonian-funded rehabilitation centre",
        "A Russian ballistic missile struck an office building in Kyiv's Solomianskyi district on Tuesday morning, killing at least four people and damaging a neighbouring rehabilitation centre for wounded soldiers that was built with Estonian donations, Ukrainian officials and the Estonian foreign ministry said. The blast shattered windows across three floors of the centre and injured two members of staff, according to the charity that runs it. Ukraine's air force said Russia had fired nine missiles and 60 drones at the capital overnight, and that most had been intercepted. Rescue workers searched through the rubble of the office building into the afternoon. Estonian Foreign Minister Margus Tsahkna, who visited the centre in the spring, said Estonia would pay for the repairs. The charity said patients had been moved to shelters when the air raid alert sounded and none was hurt. Kyiv's military administration declared Wednesday a day of mourning.",
        "E",
        "missile_strike",
    ),
    (
        "Latvian delegation in Kharkiv shelters in basement as strikes hit city centre",
        "A delegation of Latvian municipal officials visiting Kharkiv spent the night in a hotel basement as Russian glide bombs and missiles struck the city centre, killing at least seven people, the mayor of Valmiera said on Friday after the group returned safely to Riga. The Latvians, who were in Kharkiv to sign an agreement on rebuilding a school, heard explosions a few hundred metres away at around 1 a.m. Ukrainian officials said the strikes hit a printing house and a residential block, and that more than 30 people were injured. Several of the wounded were in a serious condition, and rescuers pulled two bodies from the rubble of the block on Friday morning. 'We had read about it, but being there is a different thing,' the mayor told Latvian Television. The Latvian foreign ministry said it had been in contact with the group through the night. Kharkiv lies about 30 km from the Russian border and has been hit almost daily this spring.",
        "E",
        "air_strike",
    ),
    (
        "Estonian rescuers helping Ukrainian deminers come under shelling in Kherson region",
        "Two Estonian rescue workers training Ukrainian emergency service staff in the Kherson region escaped injury on Wednesday when Russian artillery shelled the village where they were working, the Estonian Rescue Board said. A Ukrainian deminer was wounded in the attack, which hit a field the team had been clearing of unexploded ordnance. The Estonian team, which has been working in Ukraine under a state aid programme since 2023, was evacuated to Mykolaiv. Russian forces on the eastern bank of the Dnipro shell villages on the western bank almost every day, and regional officials said 11 civilians were wounded across the region on Wednesday. The Rescue Board's director said the programme would continue but that the team's area of work would be moved further from the river. Estonia has sent fire engines, generators and demining equipment to the region worth several million euros. Aid agencies say shelling often prevents them from reaching villages near the front.",
        "E H",
        "shelling",
    ),
    (
        "Finnish peacekeepers take shelter as Israeli fire hits UNIFIL positions in south Lebanon",
        "Finnish soldiers serving with the UN peacekeeping force in Lebanon spent several hours in bunkers on Thursday after Israeli tank fire hit UNIFIL positions near Naqoura, the Finnish Defence Forces said. None of the roughly 200 Finns in the mission was hurt, but two Indonesian peacekeepers were wounded when a shell struck an observation tower at the force's headquarters. The Israeli army, which launched a ground operation against Hezbollah in southern Lebanon this month, said its troops had been fighting near the base. Fighting between Israeli forces and Hezbollah has displaced more than a million people in Lebanon since September, according to the Lebanese government. Finland's foreign minister Elina Valtonen said attacks on peacekeepers were unacceptable and that Finland had no plans to withdraw its contingent. Finnish troops have served in UNIFIL almost without interruption since 1982. The contingent's commander told Yle that patrols had been suspended.",
        "E M D",
        "shelling",
    ),
    (
        "Norwegian tanker hit by Houthi missile off Yemen, crew unhurt",
        "A Norwegian-owned chemical tanker was struck by a missile fired from Houthi-controlled territory in Yemen on Monday night as it sailed through the Bab el-Mandeb Strait, the owner and the US military said. The Strinda, owned by Mowinckel Chemical Tankers in Bergen, was carrying palm oil from Malaysia to Italy when it was hit, causing a fire on deck that the crew of 22 put out. No one was injured, and the ship continued to a port with the help of a US destroyer that responded to its distress call. The Houthis said they had targeted the vessel because it was heading to Israel, which the company denied. The Norwegian Shipowners' Association said it was advising members to avoid the southern Red Sea. The Norwegian foreign ministry called the attack 'completely unacceptable' and said it was in contact with the shipowner. Marine insurers raised war risk premiums for the route the next day.",
        "E",
        "missile_strike",
    ),
    (
        "Danish frigate shoots down four Houthi drones in the Red Sea",
        "The Danish frigate Iver Huitfeldt shot down four drones over the Red Sea on Saturday morning, Denmark's defence command said, the first time the ship has opened fire since joining the international operation to protect shipping. The drones were launched from Houthi-controlled parts of Yemen and were heading towards the area where the frigate was operating, the defence command said. The Houthis said they had targeted US and British warships and commercial vessels in a series of attacks overnight. Denmark sent the frigate, with a crew of about 175, to the region in January as part of the US-led Operation Prosperity Guardian. Defence Minister Troels Lund Poulsen said the crew had done 'exactly what they were trained for'. Danish media later reported that the ship's air defence system had malfunctioned for part of the engagement, which the armed forces said it was investigating. No damage to the frigate was reported.",
        "M E",
        "air_defence",
    ),
    (
        "Norwegian Refugee Council suspends work in North Darfur after staff killed in convoy attack",
        "The Norwegian Refugee Council has suspended its operations in parts of North Darfur after two of its Sudanese staff were killed when gunmen attacked an aid convoy near Tawila, the Oslo-based organisation said on Thursday. The convoy of six trucks carrying food and shelter materials for people who fled the fighting in El Fasher was stopped by armed men on motorbikes, who opened fire on the lead vehicle and looted several trucks. A third staff member was wounded and is being treated in a clinic in Tawila. NRC secretary general Jan Egeland said aid workers were 'being hunted' in Darfur and called on both the Sudanese army and the Rapid Support Forces to guarantee safe passage. More than 400,000 people have arrived in Tawila in recent months, according to aid agencies, and many are sleeping in the open. The UN says humanitarian access to the area has been cut off for weeks at a time. The Norwegian foreign ministry said it had raised the attack with both sides.",
        "V H D",
        "attack_on_aid",
    ),
    (
        "Swedes, Icelanders and Norwegians among foreigners leaving Gaza through Rafah",
        "About 30 Swedish citizens and their relatives crossed from Gaza into Egypt through the Rafah crossing on Thursday, the Swedish foreign ministry said, as a second group of foreign passport holders was allowed to leave the besieged territory. Norway said 14 of its citizens had also crossed, and Iceland's foreign ministry said three Icelandic residents had reached Egypt after weeks of waiting. Many had spent days sleeping in schools and hospitals in southern Gaza as Israeli air strikes continued across the strip. A Swedish woman told Sveriges Radio by phone from El Arish that her family had moved three times to escape the bombing and that they had hardly any water left. The United Nations says more than 1.4 million people in Gaza have been displaced since the war began on October 7. Embassy staff from the Nordic countries met the groups on the Egyptian side and arranged transport to Cairo. Others with Nordic residence permits remain on lists awaiting approval.",
        "D H",
        "evacuation",
    ),
    (
        "Two Swedish-Israeli citizens among those killed in Hamas attack on kibbutz",
        "The Swedish foreign ministry confirmed on Monday that two people with Swedish citizenship were among those killed when Hamas gunmen stormed communities in southern Israel on Saturday, and that a third Swede was believed to be held hostage in Gaza. The two, a couple in their sixties who had moved from Gothenburg to Kibbutz Be'eri decades ago, were killed in their home, relatives told Expressen. Israeli officials say more than 1,000 people were killed in the attack and about 150 taken hostage. Prime Minister Ulf Kristersson called it 'a brutal terrorist attack' and said the government was in close contact with the Israeli authorities. Israeli air strikes on Gaza have since killed hundreds of people, according to health officials there. The Jewish community in Stockholm held a memorial gathering on Sunday evening under police guard. Denmark and Norway said they were also checking whether any of their citizens were among the victims.",
        "T V E",
        "terrorist_attack",
    ),
]
