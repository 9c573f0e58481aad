"""dev78 items: Ukraine and Russia (tallies, claims and counter-claims, swaps, mobilisation)."""

from _wrap import item

item(
    "Kyiv puts Russian losses past 600,000",
    """Russia has lost [[612,000 troops|killed;a=Ukraine's General Staff]] since the start of its
    full-scale invasion, including [[1,250|killed;a=Ukraine's General Staff]] over the past day,
    Ukraine's General Staff said on Thursday. It also counted [[9,870 tanks|other;a=Ukraine's
    General Staff]], [[20,450 armoured vehicles|other;a=Ukraine's General Staff]] and [[21,300
    artillery systems|other;u=other;a=Ukraine's General Staff]] destroyed, figures that cannot be
    independently verified.""",
)

item(
    "Moscow claims heavy Ukrainian losses near Pokrovsk",
    """Russia's Defence Ministry said its forces had killed [[up to 1,400 Ukrainian
    servicemen|killed;a=Russia's Defence Ministry]] in {{24 hours}} along the Donetsk front and
    destroyed [[three US-made Abrams tanks|other;a=Russia's Defence Ministry]]. Ukraine's General Staff said its troops had
    repelled [[42 Russian attacks|other;u=other;a=Ukraine's General Staff]] in the Pokrovsk sector
    over the same period. Reuters could not verify either claim.""",
)

item(
    "Ukraine and Russia swap prisoners in UAE-brokered deal",
    """Ukraine and Russia each returned [[95 prisoners of war|other;n=prisoners of war;a=officials
    in Kyiv and Moscow]] on Friday in an exchange mediated by the United Arab Emirates, officials
    in Kyiv and Moscow said. It was the {{54th}} swap of the war and brought the number of
    Ukrainians freed from Russian captivity to [[4,552|other;a=Ukraine's Coordination
    Headquarters]], Ukraine's Coordination Headquarters said.
    [[Twenty-two of the Ukrainians|other;a=Ukraine's Coordination Headquarters]] were defenders of
    Mariupol, it said.""",
)

item(
    "Bodies of fallen soldiers handed over",
    """Ukraine received [[909 bodies|killed;a=Ukraine's Coordination Headquarters]] from Russia on
    Friday, and Russia received [[43|killed;a=Ukraine's Coordination Headquarters]], Ukraine's
    Coordination Headquarters said. Moscow said the bodies were those of Ukrainian soldiers. The
    handover followed a swap of [[84 prisoners of war|other;n=prisoners of war]] earlier in the
    week.""",
)

item(
    "Russia masses troops near Zaporizhzhia, Kyiv says",
    """Ukrainian military intelligence said Russia had massed [[about 90,000 troops|combatants;a=Ukrainian
    military intelligence]] near Zaporizhzhia, along with [[hundreds of tanks|other;a=Ukrainian
    military intelligence]], and could launch an offensive within {{two weeks}}. A spokesman for
    the southern command said Russian units there had carried out [[27 assaults|other;u=other;a=A
    spokesman for the southern command]] over the past day.""",
)

item(
    "Seoul says North Korean casualties mount in Kursk",
    """South Korea's spy agency said [[about 11,000 North Korean troops|combatants;a=South Korea's spy
    agency]] had been sent to Russia's Kursk region, and that [[at least 300|killed;a=South Korea's
    spy agency]] had been killed and [[2,700|injured;a=South Korea's spy agency]] wounded.
    [[Two North Korean soldiers|arrested;a=Zelensky]] were captured by Ukrainian forces, Zelensky
    said.""",
)

item(
    "Record drone attack on Ukraine",
    """Russia launched [[273 drones|other;a=Ukraine's air force]] overnight, the largest single attack
    of the war, Ukraine's air force said, adding that [[88|other;u=other;a=Ukraine's air force]] had
    been shot down and [[128|other;u=other;a=Ukraine's air force]] lost to electronic jamming. [[One
    woman|killed;a=the regional governor]] was killed in the Kyiv region, the regional governor
    said.""",
)

item(
    "Zelensky weighs military's request for more troops",
    """Zelensky said the military had proposed mobilising [[between 450,000 and 500,000 more
    people|combatants;p;a=Zelensky]], a request he had not yet approved. He said [[about 880,000
    troops|combatants;a=Zelensky]] were serving in the armed forces and that Russia had [[about
    617,000|combatants;a=Zelensky]] in occupied Ukraine.""",
)

item(
    "Both sides claim success around Kupiansk",
    """Moscow said its troops had taken the village of Synkivka and killed [[more than 200
    Ukrainian soldiers|killed;a=Moscow]]. Kyiv said its forces had repelled [[14 assaults|other;u=other;a=Kyiv]]
    near Kupiansk over the past day and that Russia had lost [[about 300 men|killed;a=Kyiv]] in the
    sector. Neither claim could be verified.""",
)

item(
    "Russia says hundreds of drones downed over its regions",
    """Russia's Defence Ministry said air defences had destroyed [[337 Ukrainian drones|other;a=Russia's
    Defence Ministry]] over [[ten regions|other;u=other;a=Russia's Defence Ministry]] overnight. The
    ministry said [[126|other;u=other;a=The ministry;alt=Russia's Defence Ministry]] were downed over
    the Kursk region and [[91|other;u=other;a=The ministry;alt=Russia's Defence Ministry]] over the
    Moscow region, where the governor said [[three people|injured;a=the governor]] were hurt.""",
)

item(
    "British intelligence: Russian casualties hit record in May",
    """Britain's Defence Intelligence estimated that Russia suffered [[an average of 1,262
    casualties a day|killed;q=approx;a=Britain's Defence Intelligence]] in May, the highest since
    the invasion began. It said Russia had probably lost [[more than 500,000 personnel|killed;a=Britain's
    Defence Intelligence]], killed or wounded, since {{February 2022}}, and now had [[more than
    470,000 troops|combatants;a=Britain's Defence Intelligence]] deployed in Ukraine.""",
)

item(
    "Russia completes withdrawal from Kherson's right bank",
    """Russia's Defence Ministry said on {{November 11, 2022}} it had completed the withdrawal of
    [[more than 30,000 servicemen|combatants;a=Russia's Defence Ministry]] and [[about 5,000 weapons
    and vehicles|other;n=weapons and vehicles;u=other;a=Russia's Defence Ministry]] to the east
    bank of the Dnipro. Ukraine's military said it had retaken [[41 settlements|other;u=other;a=Ukraine's
    military]] in the region.""",
)

item(
    "UN monitors count civilian dead",
    """The UN Human Rights Monitoring Mission in Ukraine said [[at least 12,654 civilians|killed;a=The
    UN Human Rights Monitoring Mission in Ukraine]] had been killed and [[29,392|injured;a=The UN
    Human Rights Monitoring Mission in Ukraine]] injured since {{February 2022}}, including [[669
    children|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] killed. It said the true
    numbers were likely considerably higher.""",
)

item(
    "Ukraine pulls out of Avdiivka",
    """Ukraine's new commander-in-chief said troops had withdrawn from Avdiivka to avoid
    encirclement. The Russian Defence Ministry claimed Kyiv had lost [[more than 1,500
    troops|killed;a=The Russian Defence Ministry]] in the town in {{the past 24 hours}}, a figure
    Ukraine rejected. A Ukrainian officer told The New York Times that [[several hundred
    soldiers|missing;a=A Ukrainian officer]] were unaccounted for after the retreat.""",
)

item(
    "Prigozhin says 20,000 Wagner fighters died for Bakhmut",
    """Wagner chief Yevgeny Prigozhin said [[about 20,000 of his fighters|killed;a=Wagner chief Yevgeny
    Prigozhin]] had died in the battle for Bakhmut, {{half}} of them convicts. He said Wagner had
    recruited [[50,000 prisoners|combatants;a=Wagner chief Yevgeny Prigozhin]] for the war, and
    that [[about 32,000|returned;a=Wagner chief Yevgeny Prigozhin]] had since returned home at the end
    of their contracts.""",
)

item(
    "Putin orders partial mobilisation",
    """President Vladimir Putin ordered a partial mobilisation on {{September 21, 2022}}, and
    Defence Minister Sergei Shoigu said [[300,000 reservists|combatants;p;a=Defence Minister Sergei
    Shoigu]] would be called up. Shoigu also said [[5,937 Russian soldiers|killed;a=Shoigu]] had
    been killed in {{seven months}} of fighting, a figure Western officials called far too low. Officials said
    [[about 200,000 men|combatants;a=Officials]] had been called up within {{two weeks}}.""",
)

item(
    "Ukraine says it holds ground and prisoners in Kursk",
    """Ukraine's top commander said his forces controlled {{1,000 square kilometres}} of Russia's Kursk
    region, including [[74 settlements|other;u=other;a=Ukraine's top commander]]. Zelensky said
    Ukrainian troops had captured [[more than 100 Russian soldiers|arrested;a=Zelensky]] in the
    incursion's first week. Russian officials said [[about 121,000 people|displaced;a=Russian
    officials]] had been evacuated from border districts.""",
)

item(
    "Independent count names 100,000 Russian dead",
    """The BBC Russian Service and Mediazona said they had confirmed the names of [[more than 106,000
    Russian soldiers|killed;a=The BBC Russian Service and Mediazona]] killed in Ukraine, among them
    [[over 17,000 volunteers|killed;a=The BBC Russian Service and Mediazona]] and [[about 15,000
    prisoners|killed;a=The BBC Russian Service and Mediazona]] recruited from penal colonies. The
    real toll is far higher, they said.""",
)

item(
    "Children ordered out of frontline villages",
    """Authorities ordered the mandatory evacuation of [[about 1,100 children|displaced;p;a=the
    regional governor]] from frontline villages near Kupiansk, the regional governor said. [[About 1,900
    residents|displaced]] left the district last week, and [[some 2,400 people|civilians]] remain
    in the city itself, under daily shelling by artillery and
    guided bombs.""",
)

item(
    "The long wait for Ukraine's F-16s",
    """The {{F-16}} jets that arrived in Ukraine in {{August 2024}} came {{two and a half years}} after
    Kyiv first asked for them. Ukrainian pilots trained for {{about six months}} in Denmark and the
    United States, and the jets carry missiles with a range of {{up to 100 km}}, officials said.""",
)

item(
    "Russian forces step up pressure on Pokrovsk",
    """Ukraine's commander-in-chief Oleksandr Syrskyi said Russia had concentrated [[up to 110,000
    troops|combatants;a=Ukraine's commander-in-chief Oleksandr Syrskyi]] around Pokrovsk and was
    losing [[several hundred soldiers a day|killed;a=Ukraine's commander-in-chief Oleksandr Syrskyi]]
    there. The {{47th Mechanised Brigade}} said it had destroyed [[19 armoured vehicles|other;a=The
    47th Mechanised Brigade]] in a single assault, using drones and
    {{155mm}} guns.""",
)

item(
    "Ukraine says it hit Crimean airfield",
    """Ukraine's navy said a strike on Saky airfield in Crimea had destroyed [[two fighter
    jets|other;u=other;a=Ukraine's navy]] of the {{Su-30}} type and damaged [[three
    helicopters|other;a=Ukraine's navy]]. Russia's Defence Ministry said it had shot down [[all
    five|other;u=other;a=Russia's Defence Ministry]] of the {{ATACMS}} missiles fired at the
    peninsula.""",
)

item(
    "Moscow reports 'saboteurs' killed in Belgorod",
    """Russia's Defence Ministry said its forces had eliminated [[more than 70 Ukrainian
    saboteurs|killed;a=Russia's Defence Ministry]] and destroyed [[four armoured vehicles|other;a=Russia's
    Defence Ministry]] after an incursion into the Belgorod region. The Russian Volunteer Corps,
    which claimed the raid, said it had lost [[two fighters|killed;a=The Russian Volunteer
    Corps]].""",
)

item(
    "TASS: battlegroup claims Ukrainian troops 'neutralised'",
    """TASS, citing the Russian Defence Ministry, reported that Battlegroup Centre had neutralised
    [[up to 495 Ukrainian servicemen|killed;a=TASS]] and destroyed [[two HIMARS launchers|other;u=other;a=TASS]]
    over the past day. The agency said [[11 Ukrainian soldiers|other;a=The agency;alt=TASS]] had
    surrendered near Toretsk.""",
)

item(
    "Ombudsmen compare numbers of captives",
    """Ukraine's human rights commissioner said [[more than 8,000 Ukrainians|arrested;a=Ukraine's
    human rights commissioner]], most of them soldiers, were being held in Russia. His Russian
    counterpart said Ukraine held [[about 6,000 Russian servicemen|arrested;a=His Russian
    counterpart]] as prisoners of war. Ukraine's prosecutor general's office
    said [[at least 245 Ukrainian prisoners of war|killed;n=prisoners of war;a=Ukraine's prosecutor
    general's office]] had been executed after surrendering.""",
)

item(
    "Prigozhin's fighters march on Moscow",
    """Wagner chief Yevgeny Prigozhin said [[25,000 of his fighters|combatants;a=Wagner chief Yevgeny
    Prigozhin]] were ready to die as his column moved north from Rostov. Russian military bloggers said
    [[at least 13 airmen|killed;a=Russian military bloggers]] were killed when the fighters shot
    down [[six helicopters|other;a=Russian military bloggers]] and an {{Il-22}} command plane. The
    mutiny ended the same night, {{200 km}} from Moscow, after Belarus brokered a deal.""",
)

item(
    "Storm Shadow and ATACMS: what the range means",
    """Britain's {{Storm Shadow}} missiles can hit targets {{more than 250 km}} away, while the {{ATACMS}}
    supplied in {{2024}} reach {{up to 300 km}}. The Kremlin warned that their use deep inside Russia
    would make NATO a party to the war; Moscow's {{S-400}} systems can engage aircraft at altitudes
    of {{up to 30,000 metres}}.""",
)
