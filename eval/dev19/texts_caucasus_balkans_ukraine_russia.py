"""dev19 texts: Caucasus; Balkans; Ukraine; Russia.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- Caucasus
    (
        "Armenia: 100,417 forcibly displaced persons arrived from Nagorno-Karabakh",
        "Government spokeswoman Nazeli Baghdasaryan said [[100,417 forcibly displaced persons|displaced;a=Government spokeswoman Nazeli Baghdasaryan;alt=Nazeli Baghdasaryan]] have entered Armenia from Nagorno-Karabakh, [[over 30,000|displaced;a=Government spokeswoman Nazeli Baghdasaryan;alt=Nazeli Baghdasaryan]] of them children. "
        "Azerbaijan's Defence Ministry said [[192 servicemen|killed;a=Azerbaijan's Defence Ministry]] were killed in its {{24-hour}} operation.",
    ),
    (
        "Stepanakert fuel depot blast: 170 dead, dozens missing",
        "The toll of the explosion at a fuel depot near Stepanakert rose to [[170 dead|killed;a=the local health authorities]], the local health authorities said, with [[290|injured;a=the local health authorities]] treated for burns and [[more than 100|missing;a=the local health authorities]] still missing. "
        "People had queued for fuel to drive to Armenia.",
    ),
    (
        "Armenia and Azerbaijan exchange prisoners at border",
        "Armenia released [[two Azerbaijani soldiers|other;a=a joint statement]] and Azerbaijan freed [[32 Armenian servicemen|other;a=a joint statement]] under the deal announced by both governments, according to a joint statement. "
        "The exchange took place at the border near Ijevan.",
    ),
    (
        "Tbilisi protests: over 400 detained, ministry says",
        "The Interior Ministry said [[more than 400 people|arrested;a=The Interior Ministry]] have been detained since the protests against the suspension of EU accession talks began, and that [[over 150 police officers|injured;a=The Interior Ministry]] were injured. "
        "Public Defender Levan Ioseliani said [[some 300 detainees|arrested;a=Public Defender Levan Ioseliani;alt=Levan Ioseliani]] showed signs of ill-treatment, and [[several dozen journalists|injured;a=Public Defender Levan Ioseliani;alt=Levan Ioseliani]] were hurt. "
        "Doctors said [[another 300 protesters|injured;a=Doctors]] were treated for the effects of tear gas and pepper spray.",
    ),
    (
        "Dagestan: gunmen attack churches and synagogues, 22 killed",
        "Dagestan head Sergei Melikov said [[22 people|killed;a=Dagestan head Sergei Melikov;alt=Sergei Melikov]] were killed in the attacks in Derbent and Makhachkala, including [[15 police officers|killed;a=Dagestan head Sergei Melikov;alt=Sergei Melikov]]. "
        "[[Five gunmen|killed;a=the National Anti-Terrorism Committee]] were eliminated, the National Anti-Terrorism Committee said.",
    ),
    # ---------------------------------------------------------------- Balkans
    (
        "Banjska: Kosovo police officer killed, three attackers dead",
        "Prime Minister Albin Kurti said [[about 30 heavily armed men|combatants;a=Prime Minister Albin Kurti;alt=Albin Kurti]] attacked the police near the village of Banjska, killing [[one police officer|killed;a=Prime Minister Albin Kurti;alt=Albin Kurti]]. "
        "[[Three attackers|killed]] were killed and [[three|arrested]] arrested in the shootout that followed at the monastery.",
    ),
    (
        "Novi Sad protests: 48 police injured, dozens detained",
        "Interior Minister Ivica Dačić said [[48 police officers|injured;a=Interior Minister Ivica Dačić;alt=Ivica Dačić]] were injured and [[more than 70 people|arrested;a=Interior Minister Ivica Dačić;alt=Ivica Dačić]] detained after the protest in Novi Sad turned violent. "
        "The protesters accuse authorities over the canopy collapse that killed [[16 people|killed]] at the railway station.",
    ),
    (
        "DRC report: 1,024 pushbacks from Croatia to Bosnia in April",
        "The Danish Refugee Council recorded [[1,024 people|returned;a=The Danish Refugee Council]] pushed back from Croatia into Bosnia and Herzegovina in {{April}}, [[41 of them|returned;n=-;a=The Danish Refugee Council]] unaccompanied children. "
        "The Lipa camp near Bihać, built for [[1,500 people|capacity]], now houses [[about 400|displaced]].",
    ),
    (
        "Gevgelija: police find 43 migrants in truck, arrest two smugglers",
        "Police intercepted a truck near Gevgelija carrying [[43 migrants|other;a=the Interior Ministry]] from Afghanistan and Pakistan, the Interior Ministry said. "
        "[[Two smugglers|arrested;a=the ministry;alt=the Interior Ministry]] were arrested, the ministry said.",
    ),
    # ---------------------------------------------------------------- Ukraine
    (
        "Kharkiv: glide bombs hit hypermarket, 19 killed",
        "[[Nineteen people|killed;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] were killed and [[more than 50|injured;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] injured when [[two Russian guided bombs|other;u=other;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] hit the Epicentr hypermarket in Kharkiv, regional governor Oleh Syniehubov said. "
        "[[Sixteen people|missing;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] are still missing, he said.",
    ),
    (
        "Sumy: Palm Sunday missile strike kills 35",
        "[[Thirty-five people|killed;a=the State Emergency Service]], including [[two children|killed;a=the State Emergency Service]], were killed and [[117|injured;a=the State Emergency Service]] injured when [[two ballistic missiles|other;a=the State Emergency Service]] struck the centre of Sumy on Palm Sunday, the State Emergency Service said.",
    ),
    (
        "Kursk region: 121,000 evacuated from border districts",
        "Acting governor Alexei Smirnov said [[over 121,000 people|displaced;a=Acting governor Alexei Smirnov;alt=Alexei Smirnov]] have been evacuated from border districts since the Ukrainian incursion began. "
        "Contact has been lost with [[about 2,000 residents|missing;a=Acting governor Alexei Smirnov;alt=Alexei Smirnov]] of the Sudzha district, he said.",
    ),
    (
        "Belgorod: drone attack on bus kills five, governor says",
        "Governor Vyacheslav Gladkov said [[five civilians|killed;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] were killed and [[eight|injured;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] injured when a drone hit a bus near Belgorod. "
        "The Defence Ministry said air defences destroyed [[over 20 drones|other;a=The Defence Ministry]] over the region overnight.",
    ),
    (
        "Pokrovsk: authorities order evacuation of families with children",
        "The head of the Donetsk regional administration, Vadym Filashkin, said [[over 1,000 children|displaced;p;a=Vadym Filashkin;alt=The head of the Donetsk regional administration]] must be evacuated from Pokrovsk and nearby villages in the coming {{two weeks}}. "
        "[[Some 26,000 residents|civilians;a=Vadym Filashkin;alt=The head of the Donetsk regional administration]] still remain in the town, he said.",
    ),
    (
        "Prisoner swap: 95 Ukrainians return home",
        "[[Ninety-five Ukrainian prisoners of war|other;n=prisoners;a=President Volodymyr Zelenskyy;alt=Volodymyr Zelenskyy]] returned home in an exchange mediated by the United Arab Emirates, President Volodymyr Zelenskyy said. "
        "Russia's Defence Ministry said [[95 Russian servicemen|other;a=Russia's Defence Ministry]] were handed over in return.",
    ),
    (
        "Bring Kids Back UA: 11 more children returned from occupied territories",
        "[[Eleven children|returned;a=the presidential office]] have been brought back to Ukraine from Russia and occupied territories with Qatar's mediation, the presidential office said. "
        "Ukraine says [[19,546 children|kidnapped;a=Ukraine]] have been deported or forcibly transferred since {{February 2022}}.",
    ),
    (
        "Odesa: Russian missiles hit port, eight civilians killed",
        "[[Eight civilians|killed;a=regional governor Oleh Kiper;alt=Oleh Kiper]] were killed and [[four|injured;a=regional governor Oleh Kiper;alt=Oleh Kiper]] injured in a Russian missile strike on port infrastructure in Odesa, regional governor Oleh Kiper said. "
        "[[Two civilian ships|other]] were damaged.",
    ),
    (
        "Ukraine air force: 81 of 93 missiles shot down overnight",
        "Russia launched [[93 missiles|other;a=the air force]] and [[about 200 drones|other;a=the air force]] at Ukraine's energy system overnight, the air force said, and air defences shot down [[81 missiles|other;a=the air force]]. "
        "Power cuts of up to {{eight hours}} were announced in Kyiv region.",
    ),
    (
        "Kyiv: strike on Okhmatdyt children's hospital among 33 killed in capital",
        "[[Thirty-three people|killed;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] were killed in Kyiv in the Russian missile attack, [[two|killed;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] of them at the Okhmatdyt children's hospital, Mayor Vitali Klitschko said. "
        "[[More than 100|injured;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] were injured, he said, and [[some 600 young patients|displaced;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] were moved to other hospitals.",
    ),
    (
        "Dnipro: toll in apartment block strike rises to 46",
        "The toll of the missile strike on the apartment block in Dnipro rose to [[46 dead|killed;a=the regional administration]], among them [[11 children|killed;a=the regional administration]], the regional administration said. "
        "[[Eighty|injured]] were injured and [[11|missing]] remain missing. "
        "[[Seventy-two apartments|housing]] were destroyed.",
    ),
    (
        "Kherson region: dam breach floods 40 settlements",
        "[[About 2,700 people|displaced;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] have been evacuated from flooded areas on the right bank, Interior Minister Ihor Klymenko said, and [[over 40 settlements|other;u=other;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] are under water. "
        "Russian shelling of the evacuation points killed [[three people|killed]].",
    ),
    # ---------------------------------------------------------------- Russia
    (
        "Crocus City Hall: toll rises to 145, Investigative Committee says",
        "The Investigative Committee said [[145 people|killed;a=The Investigative Committee]] were killed in the attack on the Crocus City Hall concert venue and [[more than 550|injured;a=The Investigative Committee]] sought medical help. "
        "[[Eleven people|arrested;a=the committee;alt=The Investigative Committee]], including [[the four gunmen|arrested;a=the committee;alt=The Investigative Committee]], have been detained, the committee said.",
    ),
]
