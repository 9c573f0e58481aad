"""Ukraine and Russia: overnight drone and missile attacks, front-line reports, strikes on
cities on both sides of the border, losses claimed by each side, prisoners, evacuations and
deportations (30 items with figures, 2 without)."""

from _wrap import item

item(
    "Russia launches 147 drones, 5 missiles overnight; 2 killed in Kharkiv",
    """Russia attacked Ukraine overnight on {{June 3}} with [[147 drones|other;a=the Air Force]]
    and [[five missiles|other;a=the Air Force]], the Air Force reported. Air defense shot down or
    suppressed [[119|other;u=other]] of the drones, while [[22 others|other;u=other]] were lost
    from radar. In Kharkiv, [[two people|killed;a=Mayor Ihor Terekhov]] were killed and
    [[17|injured;a=Mayor Ihor Terekhov]] injured, among them [[four children|injured;a=Mayor Ihor
    Terekhov]], Mayor Ihor Terekhov said.""",
)

item(
    "Russia's losses top 1 million, Ukraine's General Staff says",
    """Russia has lost [[1,021,880 troops|killed;a=the General Staff of Ukraine's Armed Forces]]
    in Ukraine since the start of the full-scale invasion on {{Feb 24, 2022}}, the General Staff
    of Ukraine's Armed Forces reported on {{June 11}}. The number includes [[1,020
    casualties|killed]] that Russian forces suffered over the past day. Russia has also lost
    [[10,907 tanks|other;a=the report;alt=the General Staff of Ukraine's Armed Forces]], [[22,760
    armored fighting vehicles|other;a=the report;alt=the General Staff of Ukraine's Armed
    Forces]] and [[31,060 artillery systems|other;u=other;a=the report;alt=the General Staff of
    Ukraine's Armed Forces]], according to the report.""",
)

item(
    "Ukraine brings home 390 in first stage of Istanbul swap",
    """Ukraine and Russia exchanged [[390 prisoners|other;a=President Volodymyr Zelensky]] each on
    {{May 23}}, the first stage of a swap agreed at talks in Istanbul, President Volodymyr
    Zelensky said. Among those brought home were [[270 soldiers|other;a=the Coordination
    Headquarters for the Treatment of Prisoners of War]] and [[120 civilians|other;a=the
    Coordination Headquarters for the Treatment of Prisoners of War]], the Coordination
    Headquarters for the Treatment of Prisoners of War said. Kyiv and Moscow plan to swap
    [[1,000 prisoners|other;p;a=Kyiv and Moscow]] each by the end of the week.""",
)

item(
    "Moscow says air defences downed 337 Ukrainian drones",
    """Russian air defence units destroyed [[337 Ukrainian drones|other;a=Russia's Defence
    Ministry]] overnight, [[91|other;u=other;a=Russia's Defence Ministry]] of them over the Moscow
    region, Russia's Defence Ministry said on Tuesday. Moscow Mayor Sergei Sobyanin said [[three
    people|injured;a=Moscow Mayor Sergei Sobyanin]] were hurt in Ramenskoye, where debris hit a
    {{16-storey}} apartment building. [[More than 50 flights|other;a=the aviation authority
    Rosaviatsia]] were diverted from Moscow's airports, the aviation authority Rosaviatsia
    said.""",
)

item(
    "Syrskyi: Ukrainian troops control 82 settlements in Kursk region",
    """Ukrainian forces control [[82 settlements|other;u=other;a=Commander-in-Chief Oleksandr
    Syrskyi]] and {{1,000 square kilometres}} of Russia's Kursk region, Commander-in-Chief
    Oleksandr Syrskyi said on {{August 12}}, a week into the incursion. Russian authorities said
    [[more than 121,000 people|displaced;a=Russian authorities]] had been evacuated from border
    districts. Kyiv said its troops had captured [[hundreds of Russian soldiers|arrested;a=Kyiv]],
    many of them conscripts.""",
)

item(
    "Glide bombs on Zaporizhzhia wound 22",
    """Russian forces dropped [[four guided aerial bombs|other;u=other;a=Governor Ivan Fedorov]] on
    Zaporizhzhia on Wednesday afternoon, killing a {{53-year-old}} man and wounding [[at least 22
    people|injured;a=Governor Ivan Fedorov]], Governor Ivan Fedorov said. [[Eleven|injured]] of
    them were taken to hospital. The strikes damaged [[17 apartment buildings|housing;a=regional
    officials]] and a kindergarten, regional officials said.""",
)

item(
    "General Staff: 187 clashes on front line, Pokrovsk sector hottest",
    """There were [[187 combat clashes|other;u=other;a=Ukraine's General Staff]] along the front
    line over the past day, Ukraine's General Staff said in its morning update, [[52|other;
    u=other;a=Ukraine's General Staff]] of them in the Pokrovsk sector. Russian forces also
    carried out [[4,100 kamikaze drone strikes|other;u=other]] and [[99 airstrikes|other;
    u=other]], dropping [[163 guided bombs|other;u=other]].""",
)

item(
    "Sumy region orders evacuation of 11 more border villages",
    """Sumy regional authorities ordered the mandatory evacuation of [[11 villages|other;a=the
    regional military administration]] near the Russian border as shelling intensified, the
    regional military administration said. [[About 1,900 people|displaced;p;a=Governor Oleh
    Hryhorov]], including [[roughly 300 children|displaced;p;a=Governor Oleh Hryhorov]], are to be
    moved to safer areas within {{two weeks}}, Governor Oleh Hryhorov wrote on Telegram.""",
)

item(
    "Kyiv strike toll rises to 23 as rescuers clear rubble",
    """The death toll from Russia's missile strike on an apartment building in Kyiv's
    Sviatoshynskyi district rose to [[23|killed;a=the State Emergency Service]], including [[four
    children|killed;a=the State Emergency Service]], the State Emergency Service said on {{July
    31}}, as rescuers finished clearing the rubble. Officials had put the toll at
    [[16|killed;a=Officials]] on Thursday morning. [[More than 130 people|injured;a=Kyiv Mayor
    Vitali Klitschko]] were injured across the city, Kyiv Mayor Vitali Klitschko said.""",
)

item(
    "Russia claims capture of Novoserhiivka",
    """Russian forces have taken control of the village of Novoserhiivka in the Donetsk region,
    the Defence Ministry in Moscow said on Sunday. It said Ukraine had lost [[up to 1,315
    servicemen|killed;a=the Defence Ministry in Moscow]] over the past week, along with [[three
    US-made HIMARS launchers|other;a=the Defence Ministry in Moscow]] and a German-made
    {{Leopard 2}} tank. Reuters could not independently verify the battlefield reports.""",
)

item(
    "3rd Assault Brigade captures 13 Russian soldiers near Borova",
    """Soldiers of the {{3rd Assault Brigade}} captured [[13 Russian servicemen|arrested;a=the
    brigade;alt=the 3rd Assault Brigade]] during a counterattack near Borova in Kharkiv Oblast,
    the brigade said on {{November 4}}. [[Around 20 Russian soldiers|killed;a=the 3rd Assault
    Brigade]] were killed in the fighting, it added. The brigade did not disclose its own
    losses.""",
)

item(
    "Drone attack on Odesa port injures 3, damages grain warehouses",
    """Russian drones hit port infrastructure in Odesa overnight, injuring [[three
    workers|injured;a=Governor Oleh Kiper]] and damaging a civilian vessel flying the flag of
    Panama, Governor Oleh Kiper said. The attack, involving [[about 40 Shahed-type
    drones|other;a=the port authority]], set fire to [[two warehouses|housing;u=structure;a=the
    port authority]] holding [[3,000 tonnes|other;a=the port authority]] of grain, the port
    authority said.""",
)

item(
    "Shelling kills 2 in Belgorod region's Shebekino, governor says",
    """Ukrainian shelling of the border district of Shebekino killed [[two civilians|killed;
    a=Governor Vyacheslav Gladkov]] and wounded [[seven|injured;a=Governor Vyacheslav Gladkov]],
    Governor Vyacheslav Gladkov said on Telegram. He said [[12 private houses|housing;a=Governor
    Vyacheslav Gladkov]] and [[five cars|other;a=Governor Vyacheslav Gladkov]] had been damaged.
    Since {{2022}}, [[more than 200 residents|killed;a=regional authorities]] of the Belgorod
    region have been killed by Ukrainian fire, according to regional authorities.""",
)

item(
    "Russian drones kill 11 civilians in Kherson in a week",
    """Russian drone attacks on Kherson and nearby villages killed [[11 civilians|killed;a=the
    regional prosecutor's office]] and injured [[62|injured;a=the regional prosecutor's office]]
    over the past {{seven days}}, the regional prosecutor's office said. Residents say the drones,
    many of them cheap quadcopters carrying grenades, target buses, ambulances and people waiting
    at bus stops. [[Around 58,000 people|civilians;a=city authorities]] still live in the city,
    down from [[280,000|civilians;a=city authorities]] before the war, according to city
    authorities.""",
)

item(
    "22 children deported to Russia brought back to Ukraine",
    """[[Twenty-two children|returned;a=the presidential office]] taken from occupied areas to
    Russia and Belarus have been brought back to Ukraine, the presidential office said on
    {{October 17}}, under a programme mediated by Qatar. Kyiv says [[more than 19,500
    children|displaced;a=Kyiv]] have been illegally deported or forcibly transferred since
    {{2022}}; [[about 1,300|returned;a=Kyiv]] have so far returned.""",
)

item(
    "Zelensky: Russia has massed 50,000 troops near Sumy",
    """Russia has concentrated [[about 50,000 troops|combatants;a=President Volodymyr Zelensky]]
    near the Sumy border, President Volodymyr Zelensky told reporters on {{May 28}}. He said
    Ukrainian forces were holding the line and had pushed Russian units back from [[two
    villages|other;a=President Volodymyr Zelensky]].""",
)

item(
    "Seoul: 4,700 North Korean troops killed or wounded in Kursk",
    """[[About 4,700 North Korean troops|killed;a=South Korea's National Intelligence Service]]
    have been killed or wounded fighting for Russia in the Kursk region, South Korea's National
    Intelligence Service told lawmakers. Pyongyang deployed [[roughly 11,000 soldiers|combatants;
    a=the agency;alt=South Korea's National Intelligence Service]] last autumn and sent [[a
    further 3,000|combatants;a=the agency;alt=South Korea's National Intelligence Service]] early
    this year, the agency said. Ukraine has captured [[two North Korean soldiers|arrested]], who
    were shown to reporters in Kyiv.""",
)

item(
    "Drones set Ryazan refinery ablaze",
    """[[At least 29 drones|other;a=Governor Pavel Malkov]] were shot down over the Ryazan region
    overnight, Governor Pavel Malkov said, adding that falling debris had started a fire at the
    city's oil refinery. Russia's Defence Ministry said its air defences had destroyed [[121
    Ukrainian drones|other;a=Russia's Defence Ministry]] across the country. The refinery, which
    processes about {{13 million tonnes}} of crude a year, halted part of its output, Reuters
    reported, citing industry sources.""",
)

item(
    "Kharkiv hypermarket strike toll revised to 19",
    """Officials revised the death toll from Saturday's strike on the Epicentr hypermarket in
    Kharkiv to [[19|killed;a=Officials]], down from [[20|killed;a=Officials]], after forensic
    tests matched remains earlier counted as separate victims. [[Fifty-four people|injured;
    a=Governor Oleh Syniehubov]] were injured and [[one person|missing;a=Governor Oleh
    Syniehubov]] remains missing, Governor Oleh Syniehubov said. The store was hit by [[two
    KAB-250 glide bombs|other;u=other;v=2;a=the prosecutor's office]], according to the
    prosecutor's office.""",
)

item(
    "Zelensky gives first official toll: 43,000 soldiers killed",
    """Ukraine has lost [[43,000 soldiers|killed;a=President Volodymyr Zelensky]] killed in action
    since the start of Russia's full-scale invasion, President Volodymyr Zelensky said on
    {{December 8, 2024}}, the first official figure in more than {{two years}}. He said
    [[370,000|injured;a=President Volodymyr Zelensky]] had been treated for wounds, {{about half}}
    of whom had returned to the front.""",
)

item(
    "Shelling of Donetsk market kills 7, Russian-installed official says",
    """Ukrainian shelling of a market in Russian-occupied Donetsk killed [[seven people|killed;
    a=Denis Pushilin]] and injured [[eight others|injured;a=Denis Pushilin]], Denis Pushilin, the
    Russian-installed head of the region, said on Telegram. Ukraine's military said it was
    checking the report.""",
)

item(
    "Ukraine says it downed another Su-34 over Donetsk region",
    """Ukraine's Air Force said its forces downed a Russian {{Su-34}} fighter-bomber over the
    Donetsk region on {{March 1}}, the {{third}} such jet claimed in a week. Ukrainian officials put
    the cost of each aircraft at about {{$36 million}}. Russia's Defence Ministry did not comment.
    Military analysts say the jets drop glide bombs of up to {{1,500 kg}} on front-line towns.""",
)

item(
    "Massive strike on power grid leaves western Ukraine in the dark",
    """Russia fired [[more than 120 missiles|other;a=Ukraine's Air Force]] and [[90
    drones|other;a=Ukraine's Air Force]] at Ukraine's energy system on {{December 13}}, Ukraine's
    Air Force said, one of the largest attacks of the war. Air defences destroyed [[81
    missiles|other]] and [[80 drones|other]]. [[More than a million households|civilians;
    q=at_least;v=1000000;a=officials]] were left without power in the Lviv, Ternopil and
    Ivano-Frankivsk regions, officials said.""",
)

item(
    "Russian ombudsman: over 1,100 Kursk residents unaccounted for",
    """[[More than 1,100 residents|missing;a=Russia's human rights commissioner Tatyana
    Moskalkova]] of the Kursk region's border districts remain unaccounted for, Russia's human
    rights commissioner Tatyana Moskalkova said. She said Ukraine had returned [[84 Kursk
    residents|returned;a=Russia's human rights commissioner Tatyana Moskalkova]] via Belarus in
    October.""",
)

item(
    "Dnipro missile strike: toll rises to 9, five missing",
    """The number of people killed in Tuesday's Russian missile strike on Dnipro rose to
    [[nine|killed;a=Governor Serhii Lysak]], including a {{10-year-old}} boy, Governor Serhii
    Lysak said on Wednesday. Rescue workers were still searching for [[five people|missing]]
    believed to be under the rubble of a {{five-storey}} building. [[Twenty-nine people|injured;
    a=the State Emergency Service]] were being treated in hospital, the State Emergency Service
    said.""",
)

item(
    "1,700 evacuated from Pokrovsk district in a week",
    """[[Around 1,700 people|displaced;a=the Donetsk Oblast Military Administration]], including
    [[205 children|displaced;a=the Donetsk Oblast Military Administration]], were evacuated from
    the Pokrovsk district over the past week, the Donetsk Oblast Military Administration reported
    on {{August 20}}. [[Fewer than 7,000 residents|civilians]] remain in Pokrovsk itself, among them
    [[42 children|civilians]]. The city had a pre-war population of [[60,000|civilians]].""",
)

item(
    "Both sides claim gains around Chasiv Yar",
    """Russia's defence ministry said its forces had repelled [[14 Ukrainian
    counterattacks|other;u=other;a=Russia's defence ministry]] and killed [[up to 470 Ukrainian
    soldiers|killed;a=Russia's defence ministry]] in {{24 hours}}. Ukraine's army said it had
    destroyed [[11 Russian tanks|other;a=Ukraine's army]] and [[23 armoured vehicles|other;
    a=Ukraine's army]] near the town over the same period. Neither claim could be independently
    verified by AFP.""",
)

item(
    "US unveils $2.5 billion arms package for Ukraine",
    """The package includes interceptors for Patriot air defence systems, ammunition for HIMARS
    launchers and {{155mm}} artillery rounds, the Pentagon said on {{January 9}}. It brings total
    US military aid to Ukraine since {{February 2022}} to more than {{$65 billion}}. About {{40%}}
    of the money is spent in American factories, officials said.""",
)

item(
    "Sea drones sink Russian landing ship off Crimea, Kyiv says",
    """Ukraine's military intelligence agency (HUR) said on {{February 14}} that its special unit
    {{Group 13}} had sunk the Russian landing ship Tsezar Kunikov off Crimea's southern coast
    using {{Magura V5}} sea drones. The agency said [[at least six sea drones|other;a=The agency;
    alt=Ukraine's military intelligence agency (HUR)]] struck the vessel's port side. Russia's
    Black Sea Fleet has lost about {{a third}} of its warships since {{2022}}, according to
    Ukrainian estimates.""",
)

item(
    "Ternopil toll rises to 32, including 6 children",
    """The toll from Russia's strike on Ternopil rose to [[32|killed;a=Interior Minister Ihor
    Klymenko]] on {{November 21}}, including [[six children|killed;a=Interior Minister Ihor
    Klymenko]], Interior Minister Ihor Klymenko said. The missiles hit [[two apartment
    blocks|housing;u=structure]], one of them a {{nine-storey}} building. [[Another 94
    people|injured;a=officials]] were wounded and rescuers were still looking for [[at least 12
    residents|missing;a=officials]], officials said.""",
)

item(
    "Medvedev: more than 1,000 sign army contracts every day",
    """[[More than 1,000 people a day|combatants;a=Dmitry Medvedev]] are signing contracts to
    serve in the armed forces, Dmitry Medvedev, the deputy chairman of Russia's Security Council,
    said. He said [[450,000 people|combatants;a=Dmitry Medvedev]] had signed up in {{2024}}, most
    of them for the war in Ukraine.""",
)

item(
    "Drone hits evacuation bus near Bilopillia, killing 9",
    """A Russian drone struck a bus evacuating residents from Bilopillia, killing [[nine
    people|killed;a=the Sumy Oblast Military Administration]] and injuring [[seven|injured;a=the
    Sumy Oblast Military Administration]], the Sumy Oblast Military Administration said. The bus
    was carrying [[about 20 evacuees|displaced]], among them a {{17-year-old}} girl, when it was
    hit at {{6:40am}}.""",
)
