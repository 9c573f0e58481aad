"""dev58 items: the Russian-Ukrainian war and the Caucasus as the defence ministries, general
staffs, governors, coordination headquarters and state agencies report them (daily bulletins,
running totals, exchanges of prisoners and bodies, evacuations), with two items that hold
numbers but no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Russian Defence Ministry: Ukraine lost up to 1,270 troops in a day",
    "Ukrainian armed forces lost [[up to 1,270 servicemen|killed;a=Russia's Defence Ministry]], [[four tanks|other;a=Russia's Defence Ministry]] and [[11 armoured fighting vehicles|other;a=Russia's Defence Ministry]] over the past day, Russia's Defence Ministry said in its daily bulletin. "
    "Units of the Zapad battlegroup improved their positions and repelled [[seven counterattacks|other;u=other;a=the ministry;alt=Russia's Defence Ministry]], the ministry said. "
    "Air defences shot down [[46 Ukrainian drones|other]] and [[three rockets|other]] fired from {{HIMARS M142}} launchers over the Belgorod, Kursk and Bryansk regions. "
    "{{Su-34}} crews struck a temporary deployment point of the {{47th Mechanised Brigade}} near Pokrovsk, it said.",
)

F(
    "General Staff in Kyiv puts Russian losses at 1,140 personnel over past day",
    "[[1,140 Russian personnel|killed;a=the General Staff of the Armed Forces of Ukraine]] were liquidated over the past day, bringing Russian losses since the start of the full-scale invasion to [[about 587,310|killed;a=the General Staff of the Armed Forces of Ukraine]], the General Staff of the Armed Forces of Ukraine said on Thursday. "
    "It also listed [[nine tanks|other;a=the General Staff of the Armed Forces of Ukraine]], [[38 artillery systems|other;u=other;a=the General Staff of the Armed Forces of Ukraine]] and [[112 operational-tactical drones|other;a=the General Staff of the Armed Forces of Ukraine]] destroyed. "
    "Of the [[162 combat engagements|other;u=other]] recorded during the day, [[47|other;u=other]] were on the Pokrovsk axis, where defenders of {{the 93rd Brigade}} held positions near {{Height 208.2}}. "
    "Russia has massed [[between 45,000 and 52,000 troops|combatants;a=a spokesman for the General Staff]] in the Kupiansk direction, a spokesman for the General Staff said.",
)

F(
    "Moscow says it took Novoselivka; Kyiv says the assaults were repelled",
    "Russia's Defence Ministry said on Tuesday that units of the Tsentr battlegroup had liberated the village of Novoselivka and that Ukrainian losses on that axis reached [[up to 520 servicemen|killed;a=Russia's Defence Ministry]] and [[two Bradley fighting vehicles|other;a=Russia's Defence Ministry]]. "
    "The Khortytsia operational-strategic group denied the village had fallen, saying its troops had repelled [[14 Russian assaults|other;u=other;a=The Khortytsia operational-strategic group]] there and that the enemy lost [[87 soldiers|killed;a=The Khortytsia operational-strategic group]]. "
    "Russian military bloggers said [[about 2,000 marines|combatants;a=Russian military bloggers]] of the {{155th Marine Brigade}} had taken part. "
    "Neither claim could be independently verified.",
)

F(
    "Russia launched 96 drones and seven Kh-101 missiles overnight, air force says",
    "Russia attacked Ukraine overnight with [[96 Shahed-type drones|other;a=Ukraine's air force]] and decoys and [[seven Kh-101 cruise missiles|other;v=7;a=Ukraine's air force]] launched from {{Tu-95MS}} bombers over the Caspian Sea, Ukraine's air force said. "
    "Air defences shot down or jammed [[71 drones|other;a=Ukraine's air force]] and [[all seven missiles|other;a=Ukraine's air force]], it said. "
    "In Kharkiv, the regional governor said [[two people|killed;a=the regional governor]] were killed and [[nine|injured;a=the regional governor]] injured when debris fell on a {{nine-storey}} apartment block shortly after {{03:00}}.",
)

F(
    "Ukraine and Russia swap 127 prisoners each in UAE-brokered exchange",
    "[[A total of 127 Ukrainian servicemen|other;a=the Coordination Headquarters for the Treatment of Prisoners of War]] came home from Russian captivity on Friday in the {{58th}} exchange since the full-scale invasion began, the Coordination Headquarters for the Treatment of Prisoners of War said. "
    "Among them were [[22 National Guard members|other]] captured in Mariupol and [[three border guards|other]]; the oldest was {{aged 61}}. "
    "Russia's Defence Ministry said [[127 Russian servicemen|other;a=Russia's Defence Ministry]] had been returned from territory controlled by Kyiv and would be flown to Moscow for treatment. "
    "The United Arab Emirates said it had mediated the exchange, its {{14th}} such mediation.",
)

F(
    "Kyiv receives the bodies of 638 fallen soldiers",
    "Ukraine received the bodies of [[638 fallen defenders|killed;a=the Coordination Headquarters for the Treatment of Prisoners of War]] on Wednesday, the Coordination Headquarters for the Treatment of Prisoners of War said, and handed over [[27 bodies of Russian soldiers|killed;a=the Coordination Headquarters for the Treatment of Prisoners of War]]. "
    "Of the Ukrainian dead, [[about 480|killed;a=the headquarters;alt=the Coordination Headquarters for the Treatment of Prisoners of War]] came from the Donetsk direction and [[61|killed;a=the headquarters;alt=the Coordination Headquarters for the Treatment of Prisoners of War]] from morgues in Russia, the headquarters said. "
    "Forensic experts will now try to identify them; the process can take {{several months}}.",
)

F(
    "Belgorod moves border residents into temporary accommodation centres",
    "[[About 1,240 residents of the Graivoron and Shebekino districts|displaced;n=residents;a=the regional governor]] have been moved away from the border this week, the regional governor said on Telegram. "
    "The region has opened [[27 temporary accommodation centres|capacity;a=the regional governor]] with room for [[about 3,500 people|capacity;a=the regional governor]], and [[about 900 children|displaced;p;a=the regional governor]] are to leave for summer camps in the Yaroslavl and Kaluga regions by Sunday, he said. "
    "Shelling with {{BM-21}} Grad rockets killed [[two civilians|killed]] in Shebekino on Monday evening, {{3 km}} from the border.",
)

F(
    "Russian ministry puts Ukrainian losses in Kursk region above 38,000",
    "Since the start of hostilities in the Kursk direction, the Ukrainian armed forces have lost [[over 38,400 servicemen|killed;a=Russia's Defence Ministry]], [[227 tanks|other;a=Russia's Defence Ministry]] and [[more than 1,400 armoured vehicles|other;a=Russia's Defence Ministry]], Russia's Defence Ministry said. "
    "Over the past day alone, Ukrainian losses in the area amounted to [[up to 310 servicemen|killed;a=Russia's Defence Ministry]] and [[five armoured vehicles|other;a=Russia's Defence Ministry]], it said. "
    "Fighting continued near Sudzha, about {{12 kilometres}} from the border, where the ministry said [[a group of 19 Ukrainian servicemen|arrested;n=servicemen;a=the ministry;alt=Russia's Defence Ministry]] had been taken prisoner.",
)

F(
    "Ukraine's register of the missing keeps growing, commissioner says",
    "[[Some 51,300 people|missing;a=the Commissioner for Persons Missing under Special Circumstances]] are listed in Ukraine's Unified Register of Persons Missing under Special Circumstances, the Commissioner for Persons Missing under Special Circumstances said on Monday. "
    "Of them, [[about 38,000|missing;a=the office]] are servicemen and [[some 13,300|missing;a=the office]] civilians, the office said. "
    "The register was created in {{2022}} and is updated with data from the police, the army and relatives.",
)

F(
    "Russian-installed governor orders evacuation of 16 front-line settlements",
    "The Russian-installed governor of the occupied part of Zaporizhzhia region ordered the evacuation of [[16 front-line settlements|other;u=other]], including Vasylivka and Kamianka-Dniprovska, citing intensified Ukrainian shelling. "
    "The order covers [[about 54,000 residents|displaced;p;a=The Russian-installed governor of the occupied part of Zaporizhzhia region]], families with children first, he said, and buses would take them to Berdiansk and Prymorsk. "
    "Ukraine's military said the move was a forced deportation and that evacuations had been under way for {{three days}}.",
)

F(
    "Kyiv says 94 more children brought back from occupied areas",
    "[[Ninety-four children|returned;a=the Office of the President]] have been brought back to government-controlled territory since January under the Bring Kids Back UA programme, the Office of the President said. "
    "Kyiv says [[about 17,900 children|displaced;a=Kyiv]] have been deported or forcibly moved to Russia or to occupied areas since {{February 2022}}. "
    "Russia's children's rights commissioner said [[about 120 children|returned;a=Russia's children's rights commissioner]] had been reunited with families on both sides through Qatari mediation, and that a further [[eight|returned;p;a=Russia's children's rights commissioner]] would cross via Belarus next week.",
)

F(
    "Armenia and Azerbaijan trade blame after overnight border clash",
    "Armenia's Defence Ministry said [[seven Armenian servicemen|killed;a=Armenia's Defence Ministry]] were killed and [[12|injured;a=Armenia's Defence Ministry]] wounded when Azerbaijani forces shelled positions near Jermuk with {{122-mm}} howitzers and drones. "
    "Azerbaijan's Defence Ministry said [[three of its soldiers|killed;a=Azerbaijan's Defence Ministry]] died repelling a provocation and that [[two Armenian firing positions|other;a=Azerbaijan's Defence Ministry]] were destroyed. "
    "Jermuk's mayor said [[about 2,700 residents|displaced;a=Jermuk's mayor]] had been taken to Yerevan. "
    "The sides agreed a ceasefire that took effect at {{20:00}} local time.",
)

F(
    "Armenia counts arrivals from Nagorno-Karabakh",
    "[[79,460 forcibly displaced persons|displaced;a=the government's press secretary]] had entered Armenia from Nagorno-Karabakh by {{18:00}} on Friday, the government's press secretary said. "
    "Of them, [[about 29,000|displaced;a=the government's press secretary]] were children, she said. "
    "The state had found accommodation for [[about 41,000 of them|displaced;n=-]], many in [[some 380 hotels|capacity;u=structure]] and guesthouses across the country, while others stayed with relatives. "
    "Traffic at the Kornidzor checkpoint stretched for {{about 20 km}}.",
)

F(
    "Zaporizhzhia: rescuers pull six from rubble after missile strike",
    "[[Fourteen people|killed;a=the State Emergency Service]] were killed and [[41|injured;a=the State Emergency Service]] injured when Russian missiles hit a residential district of Zaporizhzhia, the State Emergency Service said on Saturday. "
    "Rescuers pulled [[six people|other;a=the service;alt=the State Emergency Service]] alive from the rubble of a {{five-storey}} building, and [[about 50 residential buildings|housing;a=the service;alt=the State Emergency Service]] were damaged, the service said. "
    "Russia's Defence Ministry said it had struck military-industrial facilities with {{Iskander-M}} missiles.",
)

F(
    "More than 108,000 Kursk residents evacuated, acting governor says",
    "[[More than 108,000 residents|displaced;a=the region's acting governor]] of the border districts have left or been evacuated, the region's acting governor said. "
    "[[About 12,600 of them|displaced;n=-]] are staying in [[142 temporary accommodation centres|capacity]] in the Kursk region and neighbouring regions. "
    "Russia's Emergencies Ministry said it had delivered [[more than 400 tonnes of humanitarian aid|aid;n=tonnes;a=Russia's Emergencies Ministry]] to the region since {{6 August}}.",
)

F(
    "SBU detains two suspected FSB agents in Odesa",
    "The Security Service of Ukraine (SBU) said it had detained [[two suspected Russian agents|arrested;a=The Security Service of Ukraine (SBU)]] who were gathering the coordinates of air defence positions in Odesa for a missile strike. "
    "They face life imprisonment for treason under {{Article 111}} of the Criminal Code. "
    "The SBU says it has detained [[more than 3,100 Russian agents and collaborators|arrested;n=agents and collaborators;a=The SBU]] since {{February 2022}}.",
)

F(
    "Donetsk region evacuates 312 people from Pokrovsk area in a day",
    "[[312 people|displaced;a=the Donetsk regional military administration]], among them [[47 children|displaced;a=the Donetsk regional military administration]], were evacuated from Pokrovsk and Myrnohrad over the past day, the Donetsk regional military administration said. "
    "Since the mandatory evacuation began in {{August}}, [[about 26,400 people|displaced]] have left Pokrovsk and Myrnohrad. "
    "[[About 11,000 residents|civilians;a=the Donetsk regional military administration]] remain in Pokrovsk, it said, including [[about 40 children|civilians;a=the Donetsk regional military administration]].",
)

F(
    "Russian ministry releases footage of Su-34 strike",
    "Russia's Defence Ministry published a video on Saturday that it said showed a {{Su-34}} fighter-bomber striking Ukrainian positions near {{Height 224.1}} with {{FAB-500}} glide bombs. "
    "The strike was carried out at about {{05:40}} Moscow time, {{12 kilometres}} behind the line of contact, it said. "
    "Crews of the {{6th Air and Air Defence Forces Army}} fly such missions {{two or three times a day}}, the ministry said, without saying when the footage was filmed. "
    "The last such video was released on {{14 March}}.",
)

F(
    "Military intelligence says two Russian helicopters destroyed in Crimea",
    "Ukraine's military intelligence agency (HUR) said its drones had destroyed [[two Mi-8 helicopters|other;v=2;u=other;a=Ukraine's military intelligence agency (HUR)]] and a radar of an {{S-400}} system at an airfield near Dzhankoi. "
    "Russia's Defence Ministry said air defences had intercepted [[48 drones|other;a=Russia's Defence Ministry]] over Crimea and the Black Sea overnight and made no mention of losses. "
    "Satellite images taken at {{10:20}} showed scorch marks near the hangars.",
)

F(
    "Dnepr battlegroup destroyed up to 90 personnel, ministry says",
    "Units of the Dnepr battlegroup destroyed [[up to 90 personnel of the Armed Forces of Ukraine|killed;n=personnel;a=Russia's Defence Ministry]], [[eight motor vehicles|other;a=Russia's Defence Ministry]] and [[three field ammunition depots|other;u=structure;a=Russia's Defence Ministry]] in the Kherson direction, Russia's Defence Ministry said. "
    "A {{155mm}} {{M777}} howitzer and a {{122-mm}} {{D-30}} howitzer were also hit, it said. "
    "Ukraine's southern command said Russian artillery had fired [[412 shells|other;a=Ukraine's southern command]] at the right bank of the Dnipro, wounding [[five civilians|injured;a=Ukraine's southern command]] in Kherson city.",
)

F(
    "Black Sea Fleet says six naval drones destroyed",
    "Ships of the Black Sea Fleet destroyed [[six unmanned boats|other;a=Russia's Defence Ministry]] heading for Sevastopol in the north-western part of the Black Sea, Russia's Defence Ministry said. "
    "Ukraine's navy said its drones had damaged a {{Project 775}} landing ship and that [[at least 12 Russian sailors|injured;a=Ukraine's navy]] had been taken to hospital and [[three|missing;a=Ukraine's navy]] were missing, citing intercepted radio traffic. "
    "The attack began at about {{04:30}} and lasted {{two hours}}.",
)

F(
    "Azerbaijan says 213 former displaced people moved to Zangilan",
    "[[46 families|returned;a=the State Committee for Affairs of Refugees and Internally Displaced Persons]] comprising [[213 people|returned;a=the State Committee for Affairs of Refugees and Internally Displaced Persons]] moved into new homes in Zangilan on Monday, the State Committee for Affairs of Refugees and Internally Displaced Persons said. "
    "That brings the number of former IDPs resettled in the territories under the Great Return programme to [[about 36,800|returned;a=the committee;alt=the State Committee for Affairs of Refugees and Internally Displaced Persons]], the committee said. "
    "[[About 3,600 homes|housing]] have been built in Zangilan, Lachin and Aghdam since {{2022}}.",
)

F(
    "Moscow says Ukrainian soldiers surrendered; their brigade says they were captured",
    "Russia's Defence Ministry said [[17 Ukrainian servicemen|combatants;a=Russia's Defence Ministry]] of the {{80th Air Assault Brigade}} had laid down their arms near Pokrovsk and surrendered, and released a video of several of them. "
    "The brigade said [[nine of its soldiers|arrested;a=The brigade]] had been captured after their position was encircled, and that it had lost contact with [[four others|missing;a=The brigade]]. "
    "Ukraine's ombudsman said the video violated the {{Third Geneva Convention}}.",
)

F(
    "Ukrainian F-16 crashes during night mission, air force says",
    "A Ukrainian {{F-16}} crashed during a combat mission on the night of {{2 June}} and its pilot was killed, Ukraine's air force said. "
    "The pilot had reported engaging aerial targets before contact was lost at about {{03:15}}, it said, without giving the cause. "
    "The pilot, {{aged 34}}, served in the {{114th Tactical Aviation Brigade}}; it was the {{third}} F-16 Ukraine has lost since the jets arrived in {{2024}}.",
)

F(
    "Kharkiv region orders evacuation of families from 37 villages",
    "The Kharkiv regional military administration ordered the mandatory evacuation of families with children from [[37 villages|other;a=the administration;alt=The Kharkiv regional military administration]] in the Kupiansk and Izium districts within {{five days}}, the administration said. "
    "The order covers [[about 1,020 children|displaced;p;a=The Kharkiv regional military administration]] and [[their 1,900 parents or guardians|displaced;p;n=parents or guardians;a=The Kharkiv regional military administration]], it said. "
    "A transit centre in Pisochyn can receive [[up to 300 people a day|capacity]].",
)
