"""dev13 texts: Ukraine and Russia.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Ukraine and Russia
    (
        "Kyiv: overnight drone and missile barrage kills four, wounds 23",
        "Russia launched [[90 drones|other;a=Ukraine's air force]] and [[12 missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said, adding that air defences had shot down [[76 drones|other;a=Ukraine's air force]] and [[nine missiles|other;a=Ukraine's air force]]. "
        "In Kyiv, the strikes killed [[four people|killed;a=the city's military administration]] and wounded [[23|injured;a=the city's military administration]], including [[three children|injured;a=the city's military administration]], the city's military administration said on Telegram. "
        "Debris set fire to a {{16-storey}} residential building in the Solomianskyi district.",
    ),
    (
        "Kharkiv glide bomb toll rises to nine as rescuers search rubble",
        "The death toll from Sunday's glide bomb strike on a Kharkiv apartment block has risen to [[nine|killed;a=the regional governor]], the regional governor said on Monday, after rescuers pulled [[two more bodies|killed;a=the regional governor]] from the rubble. "
        "[[Forty-three people|injured]] were wounded in the attack, [[11 of them|injured;n=-]] seriously. "
        "Ukrainian officials said the bombs were dropped by {{Su-34}} jets flying about {{60 km}} from the city.",
    ),
    (
        "Both sides claim heavy enemy losses around Pokrovsk",
        "Russia's Defence Ministry said its forces had destroyed [[eight Ukrainian tanks|other;a=Russia's Defence Ministry]] and killed [[up to 320 Ukrainian servicemen|killed;a=Russia's Defence Ministry]] near Pokrovsk in the past {{24 hours}}. "
        "Kyiv's General Staff said it had repelled [[52 assaults|other;u=other;a=Kyiv's General Staff]] on the Pokrovsk front and captured [[14 Russian soldiers|arrested;a=Kyiv's General Staff]]. "
        "Neither claim could be independently verified by Reuters.",
    ),
    (
        "Zaporizhzhia: guided bombs hit industrial site, teenager killed",
        "[[Two Russian guided bombs|other;a=Ivan Fedorov]] hit an industrial site in Zaporizhzhia on Wednesday evening, killing a {{17-year-old}} boy and injuring [[at least 25 people|injured;a=Ivan Fedorov]], Ivan Fedorov, the head of the regional military administration, said. "
        "[[Five of the wounded|injured;a=Ivan Fedorov]] were in a serious condition, he said. "
        "The blasts also damaged [[30 private houses|housing]] and [[two high-rises|housing]].",
    ),
    (
        "Belgorod: Russia says Ukrainian strike kills 14 in city centre",
        "Ukrainian drones and rockets struck the centre of Belgorod on Saturday, killing [[14 people|killed;a=Russia's emergencies ministry]], among them [[two children|killed;a=Russia's emergencies ministry]], and injuring [[108|injured;a=Russia's emergencies ministry]], Russia's emergencies ministry said. "
        "The Defence Ministry in Moscow said it had intercepted [[32 drones|other;a=The Defence Ministry in Moscow]] over the region. "
        "[[Seventeen apartment buildings|housing]] and [[more than 40 cars|other]] were damaged.",
    ),
    (
        "Kursk: Russia evacuates border districts after Ukrainian incursion",
        "Russian authorities have evacuated [[more than 121,000 people|displaced;a=Kursk's acting governor]] from border districts of the Kursk region since Ukrainian troops crossed the frontier on {{August 6}}, Kursk's acting governor said. "
        "[[Another 59,000|displaced;p;a=Kursk's acting governor]] are due to be moved, he added. "
        "Ukraine's top commander said his forces controlled [[74 settlements|other;u=other;a=Ukraine's top commander]] across {{1,000 square kilometres}} and had taken [[hundreds of Russian soldiers|arrested;a=Ukraine's top commander]] prisoner.",
    ),
    (
        "Russia and Ukraine swap prisoners of war in UAE-mediated deal",
        "Russia and Ukraine each handed over [[95 prisoners|other]] of war on Friday in an exchange mediated by the United Arab Emirates, the {{55th}} swap since the full-scale invasion began. "
        "Kyiv's coordination headquarters said [[more than 3,700 Ukrainians|other;a=Kyiv's coordination headquarters]] had now been freed from Russian captivity in exchanges since {{2022}}. "
        "[[At least 8,000 Ukrainian soldiers and civilians|arrested;n=soldiers and civilians]] are still held in Russian prisons, according to Ukrainian estimates.",
    ),
    (
        "Ukraine: tens of thousands listed missing as families wait for news",
        "[[More than 50,000 Ukrainians|missing;a=the commissioner for missing persons]] are listed as missing in special circumstances, most of them soldiers, the commissioner for missing persons told the Kyiv Independent. "
        "In the latest repatriation, Russia handed over the bodies of [[757 fallen soldiers|killed;a=Ukraine's coordination headquarters]], Ukraine's coordination headquarters said, while Kyiv returned [[34|killed;a=Ukraine's coordination headquarters]].",
    ),
    (
        "Odesa: missile strike on port damages ships, kills eight",
        "A Russian missile strike on the port of Odesa on Monday night killed [[eight people|killed;a=Oleh Kiper]] and wounded [[nine|injured;a=Oleh Kiper]], regional governor Oleh Kiper said. "
        "[[Four civilian vessels|other]] were damaged, [[one of them|other;n=-;u=other]] under the flag of St Kitts and Nevis. "
        "Russia has fired at Ukraine's ports repeatedly since it quit the Black Sea grain deal in {{July 2023}}.",
    ),
    (
        "Dnipro: search ends at apartment block hit by Kh-22 missile",
        "Rescuers ended the search at the Dnipro apartment block on {{January 17}} with [[46 people|killed;a=the State Emergency Service]] confirmed dead, among them [[six children|killed;a=the State Emergency Service]], the State Emergency Service said. "
        "[[Eleven residents|missing]] remain unaccounted for, [[79|injured]] were wounded and [[72 apartments|housing]] were destroyed. "
        "The block was hit by a {{Kh-22}} missile, a Soviet-era weapon designed to sink aircraft carriers.",
    ),
    (
        "Kramatorsk station strike: crowd was waiting for evacuation trains",
        "A missile strike on the railway station in Kramatorsk killed [[at least 50 people|killed;a=regional officials]], [[five of them|killed;n=-;a=regional officials]] children, regional officials said. "
        "[[About 4,000 people|displaced;a=the mayor]] were at the station waiting to be evacuated west when it was hit, according to the mayor. "
        "Ukraine said the missile was a {{Tochka-U}}; Russia denied firing it.",
    ),
    (
        "Pokrovsk: evacuation of children ordered as front nears",
        "Ukrainian authorities ordered the mandatory evacuation of [[about 2,000 children|displaced;p;a=the regional governor]] and their parents from Pokrovsk and [[10 nearby villages|other;a=the regional governor]], the regional governor said on Monday. "
        "[[Some 26,000 residents|civilians]] still live in the town, which is now about {{8 km}} from the front line. "
        "The coal mine that supplies Ukraine's steel industry halted work in {{January}}.",
    ),
    (
        "Kupiansk: hundreds evacuated as Russian troops close in",
        "[[More than 600 people|displaced;a=police]], including [[90 children|displaced;a=police]], were evacuated from Kupiansk and surrounding villages on Tuesday, police said. "
        "[[About 3,000 residents|civilians;a=local officials]] refuse to leave the town despite daily shelling, local officials told AFP. "
        "Volunteers drove [[12 buses|other]] in and out of the area under drone fire.",
    ),
    (
        "Ukraine says 1,012 children returned from Russia, thousands more deported",
        "Ukraine has brought back [[1,012 children|returned;a=the presidential office]] who had been taken to Russia or occupied areas, the presidential office said, out of [[19,546|displaced;a=the presidential office]] it says were deported or forcibly transferred since {{2022}}. "
        "[[Nine of the children|returned;n=children]] came home last week through Qatari mediation.",
    ),
    (
        "Seoul: North Korean troops in Kursk suffer heavy casualties",
        "[[About 11,000 North Korean troops|combatants;a=South Korea's spy agency]] have been sent to Russia's Kursk region, South Korea's spy agency told lawmakers, and [[at least 300|killed;a=South Korea's spy agency]] have been killed and [[2,700|injured;a=South Korea's spy agency]] wounded. "
        "Ukraine said it had captured [[two North Korean soldiers|arrested;a=Ukraine]] in {{January}}.",
    ),
    (
        "Wagner chief says thousands of fighters died in Bakhmut",
        "The founder of the Wagner group said [[about 20,000 of his fighters|killed;a=The founder of the Wagner group]] had been killed in the battle for Bakhmut, around half of them convicts recruited from Russian prisons. "
        "He said Wagner had recruited [[50,000 prisoners|combatants;a=The founder of the Wagner group]] in all.",
    ),
    (
        "Russia to expand army by 180,000 troops",
        "President Vladimir Putin ordered the armed forces to increase by [[180,000 troops|combatants;p]] to [[1.5 million|combatants;p]] active servicemen, the {{third}} such increase since {{2022}}. "
        "The Defence Ministry said [[more than 190,000 people|combatants;a=The Defence Ministry]] had signed contracts with the army so far this year.",
    ),
    (
        "Sumy: ballistic missiles hit city centre on Palm Sunday",
        "[[Two ballistic missiles|other]] struck the centre of Sumy on Sunday morning, killing [[35 people|killed;a=Ukraine's interior ministry]], including [[two children|killed;a=Ukraine's interior ministry]], and wounding [[117|injured;a=Ukraine's interior ministry]], Ukraine's interior ministry said. "
        "[[Fifteen of the wounded|injured]] are children. "
        "Russia said it had targeted a meeting of commanders.",
    ),
    (
        "Mariupol theatre strike killed close to 600, AP investigation finds",
        "An investigation by The Associated Press found that [[close to 600 people|killed;a=An investigation by The Associated Press]] died in the Russian airstrike on the Mariupol drama theatre in {{March 2022}}, double the figure given by city officials. "
        "[[More than 1,000|displaced;a=survivors]] had been sheltering inside, survivors said, and the word for children was painted in Russian on the ground outside.",
    ),
    (
        "Bucha: prosecutors complete exhumations",
        "Ukrainian prosecutors said [[458 bodies|killed;a=Ukrainian prosecutors]] had been recovered in the Bucha district after Russian troops withdrew, [[419 of them|killed;n=-;a=Ukrainian prosecutors]] with signs of gunshot wounds, torture or blunt force. "
        "[[Nine|killed;a=Ukrainian prosecutors]] were children under {{18}}, they said.",
    ),
    (
        "Olenivka: dozens of Ukrainian POWs killed in barracks blast",
        "An explosion at a barracks in the Olenivka prison camp killed [[53 Ukrainian prisoners|killed;a=Russian-installed officials]] of war and injured [[75|injured;a=Russian-installed officials]], Russian-installed officials said. "
        "[[193 prisoners|arrested]] were being held in the building, most of them defenders of the Azovstal steelworks.",
    ),
    (
        "Moscow concert hall attack: death toll rises, suspects held",
        "The death toll from the attack on Crocus City Hall outside Moscow rose to [[145|killed;a=investigators]], investigators said on Wednesday, with [[more than 550 people|injured;a=investigators]] wounded. "
        "Russia's FSB said it had detained [[11 people|arrested;a=Russia's FSB]], including [[all four gunmen|arrested;a=Russia's FSB]]. "
        "Islamic State claimed the attack.",
    ),
    (
        "Donetsk: shelling hits market in Russian-held city",
        "Shelling of a market in the Tekstilshchik district of Donetsk killed [[27 people|killed;a=Russian-installed officials]] and wounded [[25|injured;a=Russian-installed officials]], Russian-installed officials in the city said on Sunday. "
        "Ukraine's military said it had nothing to do with the attack and blamed Russian artillery.",
    ),
    (
        "Kherson: thousands evacuated after dam destroyed",
        "[[About 2,700 people|displaced;a=Ukrainian officials]] have been evacuated from flooded areas on the west bank of the Dnipro, Ukrainian officials said, after the Kakhovka dam was destroyed. "
        "[[More than 3,600 homes|housing;a=Ukrainian officials]] are under water, they said, and [[at least 16 people|killed]] died in the floods on both banks. "
        "The reservoir held about {{18 cubic kilometres}} of water.",
    ),
    (
        "Ukraine says drones hit 41 aircraft at Russian air bases",
        "Ukraine's security service said its drones had struck [[41 aircraft|other;a=Ukraine's security service]] at [[four air bases|other;u=other;a=Ukraine's security service]] deep inside Russia, including {{Tu-95}} and {{Tu-22M3}} strategic bombers. "
        "Russia's Defence Ministry said only a few planes caught fire and that the attacks had been repelled in [[three regions|other;u=other;a=Russia's Defence Ministry]]. "
        "The drones were smuggled into Russia in trucks, the service said.",
    ),
]
