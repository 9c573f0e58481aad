"""dev445 positives (2 of 3): Syria, 2021-2025, from Daraa to the coast, Sweida and the north.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Hundreds killed on Syrian coast as security forces fight Assad loyalists; Alawite families shot in Baniyas",
        "Syria's coastal provinces of Latakia and Tartous were in turmoil on Saturday, two days after gunmen loyal to the former regime ambushed security patrols near Jableh, killing at least 16 members of the General Security. The Defence Ministry sent thousands of troops and allied factions to the coast and announced a military operation against what it called the remnants of the Assad regime, who had seized checkpoints and a naval academy outside Latakia. Fighting raged in the Jableh countryside and around the village of Beit Ana. Residents of Baniyas and of Alawite villages in the countryside described gunmen going from house to house, shooting men in front of their families and setting homes on fire. The Syrian Observatory for Human Rights, based in Britain, said 745 civilians had been killed, most of them Alawites. Thousands of families fled to the Russian air base at Hmeimim, where they camped on the tarmac, and to the mountains. President Ahmed al-Sharaa called for national unity, promised that anyone who harmed civilians would be held accountable, and formed a committee to investigate.",
        "B V M D",
        "massacre",
    ),
    (
        "Syrians fleeing coast killings wade across Nahr al-Kabir into Akkar; villages host thousands",
        "Thousands of Syrians, most of them Alawites fleeing the killings on the Syrian coast, have crossed into north Lebanon over the past week, wading across the Nahr al-Kabir river at night, local officials in Akkar said on Monday. The mayor of Hekr al-Daher said his village of 1,400 people was hosting more than 3,000 newcomers, mostly women and children, in homes, a mosque and the unfinished floors of buildings. Some arrived with gunshot wounds and were taken to hospitals in Halba and Tripoli, a Red Cross volunteer said. In Jabal Mohsen, the Alawite quarter of Tripoli, the Islamic Alawite Council registered 2,600 families and appealed for mattresses, baby milk and medicine. A woman from a village near Baniyas said gunmen had shot her husband and her brother at their door and that she had walked for two days with her four children to reach the river. “We will not go back while those people are there,” she said. The UN refugee agency said it had recorded more than 15,000 arrivals and was sending aid with the Lebanese Red Cross. Lebanese army units stepped up patrols along the border but did not turn the families back.",
        "D H V",
        "displacement",
    ),
    (
        "Government troops enter Sweida as Druze-Bedouin clashes spread; Israel strikes tanks on the road",
        "Syrian government forces entered the city of Sweida on Tuesday after two days of fighting between Druze armed factions and Bedouin tribal fighters that left more than 100 people dead, the Syrian Observatory said. The clashes began on Sunday after a Druze vegetable merchant was robbed and beaten on the Damascus-Sweida highway, and quickly spread to the villages of al-Mazraa and al-Thaala and the Maqous quarter of the city. The Defence Ministry said its units had deployed to separate the two sides and announced a curfew, but Druze factions loyal to Sheikh Hikmat al-Hijri said troops had shelled their positions and opened fire in the city. Israeli warplanes and drones struck government tanks and armoured vehicles on the road into the province, and the Israeli army said it was acting to protect the Druze. Residents sheltered in basements as shells fell on the city's outskirts. By evening, a ceasefire announced by the Interior Ministry had not taken hold, and the sound of machine-gun fire could be heard in the centre.",
        "B E M",
        "battle",
    ),
    (
        "Aid convoy reaches Sweida as national hospital runs out of space for the dead",
        "The first convoy of the Syrian Arab Red Crescent reached Sweida on Sunday, carrying flour, medical supplies, fuel and body bags, a week after the start of the fighting that has killed more than 1,000 people in the southern province. Doctors at the Sweida National Hospital said the morgue had long been full and that bodies had been laid in the corridors and the courtyard, some of them of patients and medical staff shot inside the building. The city has been without electricity and running water for eight days, and bakeries closed after flour ran out, residents said. The UN's humanitarian office said more than 128,000 people had been displaced by the violence across the province and in neighbouring Daraa, including Bedouin families who were evacuated from Sweida in buses under government escort. Druze factions, tribal fighters and government forces have all been accused of executing civilians, and videos showed gunmen humiliating elderly Druze men. A truce brokered by the United States and Jordan took effect on Saturday, and government forces have deployed around the province's western edge. Aid workers said the road from Damascus remained unsafe and that 32 more trucks were waiting in Busra al-Harir.",
        "H D V",
        "humanitarian",
    ),
    (
        "Suicide bomber kills 25 worshippers at Mar Elias church in Damascus",
        "A suicide bomber opened fire on worshippers and then blew himself up inside the Mar Elias Greek Orthodox church in the Dweila district of Damascus during Sunday mass, killing 25 people and wounding 63, the Health Ministry said. Witnesses said the attacker entered through the main door shortly after the service began, shot at the congregation and detonated an explosive belt as men tried to overpower him. Pews, icons and the church's wooden ceiling were shattered, and rescuers carried out the wounded in blankets. The Interior Ministry said the attacker belonged to the Islamic State group and that two accomplices had been arrested in a raid in the Damascus countryside. It was the first suicide bombing in the capital since the fall of the Assad regime in December. The Greek Orthodox Patriarch John X, speaking at the church, said the state bore responsibility for protecting all Syrians. Hundreds of Christians walked through Bab Touma and Qassaa on Monday evening holding candles, and the government declared three days of mourning.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Car bomb next to farm workers' vehicle kills 20 on outskirts of Manbij",
        "A car bomb exploded next to a vehicle carrying agricultural workers on the outskirts of Manbij on Monday, killing 20 people, 18 of them women, and wounding 15, Syria's civil defence, the White Helmets, said. The workers, mostly from villages west of the city, were on their way to the fields when the bomb went off on the road to Jarablus, rescuers said. It was the seventh car bomb in and around Manbij since the Syrian National Army took control of the city from the Kurdish-led Syrian Democratic Forces in December. Photos from the scene showed the charred wreck of a pickup, and shoes and headscarves scattered on the road. No group claimed responsibility. The Turkish-backed factions blamed the SDF, which denied any involvement and condemned the bombing. Relatives gathered outside the city's hospital to identify the dead, many of whom came from the same two families.",
        "E V",
        "car_bomb",
    ),
    (
        "SDF and Turkish-backed factions fight for Tishreen Dam; drone strike hits civilian convoy",
        "Fighting between the Syrian Democratic Forces and Turkish-backed factions of the Syrian National Army around the Tishreen Dam on the Euphrates entered its second month on Wednesday, with each side claiming gains on the hills east of the dam. The SDF said it had repelled an attack on the village of Khirbet Zamala, while the factions said they had captured two positions near the Qara Qozak bridge. A Turkish drone struck a convoy of civilians from Raqqa and Kobani who had driven to the dam to protest against the attacks, killing six people and wounding dozens, the Kurdish-led administration said. Turkey's Defence Ministry said its forces had killed 26 PKK/YPG militants in northern Syria over the past day, without referring to the convoy. The dam, which supplies electricity to hundreds of thousands of people, has been out of service since December, and engineers warned that damage to its structure could threaten villages downstream. Families from villages near the front line have fled to Raqqa and Tabqa.",
        "B E V D",
        "battle",
    ),
    (
        "Rebels storm western Aleppo in lightning offensive; Russian and Syrian jets strike Idlib",
        "Rebel fighters led by Hayat Tahrir al-Sham entered the western neighbourhoods of Aleppo on Friday, three days after launching their biggest offensive in years from their enclave in Idlib, and government troops withdrew from several districts, residents and a war monitor said. The fighters had swept through dozens of towns and villages in the western Aleppo countryside, including Khan al-Assal, and reached the town of Saraqeb on the M5 highway after clashes that the Syrian Observatory said had killed more than 270 people on both sides. The Syrian army said it was sending reinforcements to the city and had killed hundreds of fighters. Russian and Syrian warplanes struck Idlib city and the towns of Sarmada and Ariha, killing at least 20 civilians, according to the White Helmets. Thousands of families in Aleppo's northern suburbs, many of them Kurds from Tal Rifaat, headed east toward areas held by the SDF. University students in Aleppo said exams had been cancelled and that the roads out of the city toward Damascus were jammed. The offensive came as Hezbollah, an ally of Damascus, was weakened after its war with Israel.",
        "B E M D",
        "offensive",
    ),
    (
        "Israeli raid on Beit Jinn ends in firefight and air strikes; 13 Syrians killed",
        "Thirteen Syrians, among them two children, were killed early on Friday when an Israeli raid on the village of Beit Jinn, on the slopes of Mount Hermon south-west of Damascus, turned into a firefight and the Israeli army called in air strikes, Syrian state media said. SANA reported that an Israeli force entered the village before dawn to arrest three young men, and that local gunmen confronted the soldiers. The Israeli army said six of its soldiers were wounded, three of them seriously, and that its troops had killed several members of an armed group it accused of planning attacks on Israel. Drones and warplanes then struck houses on the edge of the village and artillery shelled the surrounding orchards, residents said. The Syrian Foreign Ministry called the raid a war crime and a dangerous escalation in the south, where Israeli troops have been deployed inside Syrian territory since December 2024. Dozens of families left Beit Jinn for the nearby town of Qatana after the raid.",
        "M B E D",
        "raid",
    ),
    (
        "Government shelling of Daraa al-Balad enters second week as siege tightens",
        "Government forces shelled Daraa al-Balad with mortars and surface-to-surface missiles for a seventh consecutive day on Thursday, as talks over the fate of the besieged old quarter of the southern city stalled, residents and local media said. The Fourth Division, which has ringed the district since late June, tried to storm it from the south and the east but was pushed back by local fighters, former rebels who signed a settlement deal in 2018. Enab Baladi's correspondent said at least 15 civilians had been killed since the start of the escalation, including four children. About 50,000 people live in the district, and only one crossing, the Saraya checkpoint, has been open, with men of military age turned back. Bread, flour and medicine have run short, and the only medical point in the quarter has been put out of service by shelling, the Daraa central committee said. Around 38,000 people have fled to the city's other neighbourhoods and to nearby towns, according to the UN. Russian military police have been mediating between the committee and the government.",
        "B E M D H",
        "siege",
    ),
]
