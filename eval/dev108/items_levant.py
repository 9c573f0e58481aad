"""Gaza and Israel, the West Bank, Lebanon, Syria, Iraq and Yemen: tolls from ministries,
armies, hospitals and monitors, hostages and prisoners, rockets, drones and strikes, raids and
their arrests, aid trucks and evacuation orders (34 items with figures, 1 without)."""

from _wrap import item

item(
    "Gaza death toll passes 50,000, health ministry says",
    """Gaza's health ministry said on {{March 23}} that [[50,021 Palestinians|killed;a=Gaza's
    health ministry]] had been killed since {{October 7, 2023}}, and [[113,274|injured;a=Gaza's
    health ministry]] wounded. The ministry, whose figures do not distinguish between civilians
    and combatants, said [[41 bodies|killed;a=The ministry;alt=Gaza's health ministry]] had been
    brought to hospitals in the past {{24 hours}}. Israel says it has killed [[about 20,000
    militants|killed;a=Israel]] in the war.""",
)

item(
    "Five soldiers killed in Beit Hanoun blast, IDF says",
    """[[Five soldiers|killed;a=the Israel Defense Forces]] were killed and [[two|injured;a=the
    Israel Defense Forces]] seriously wounded by an explosive device in Beit Hanoun in northern
    Gaza, the Israel Defense Forces announced. They served in the Netzah Yehuda Brigade's {{97th
    Battalion}}. The deaths brought the toll of soldiers killed in the ground offensive against
    Hamas to [[405|killed]], and to [[853|killed]] since the start of the war on {{October 7,
    2023}}.""",
)

item(
    "Hamas to free 33 hostages in first phase of ceasefire deal",
    """Under the deal, Hamas will release [[33 Israeli hostages|kidnapped;p;a=Qatari Prime
    Minister Sheikh Mohammed bin Abdulrahman Al Thani]] over {{six weeks}} in exchange for [[about
    1,900 Palestinian prisoners|other;p;a=Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al
    Thani]], Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said in Doha. Israeli
    officials believe [[94 hostages|kidnapped;a=Israeli officials]] are still held in Gaza, and
    that [[at least 34|killed;a=Israeli officials]] of them are dead. The first [[three
    women|kidnapped;p]] are due to be freed on Sunday, and the agreement allows [[600 aid trucks a
    day|aid;p]] into Gaza.""",
)

item(
    "Hezbollah fires 100 rockets at north; IDF hits 40 targets in Lebanon",
    """Hezbollah fired [[some 100 rockets|other;a=the Israeli military]] at northern Israel early on
    Sunday, most of them intercepted, the Israeli military said. [[Three people|injured;a=Magen
    David Adom]] were lightly hurt by shrapnel in Kiryat Shmona, Magen David Adom said. The IDF
    said its jets had struck [[around 40 Hezbollah targets|other;u=other;a=The IDF]] in southern
    Lebanon in response, including rocket launchers and weapons depots.""",
)

item(
    "Israeli strikes kill 492 in Lebanon's deadliest day since 2006",
    """Israeli strikes on southern and eastern Lebanon killed [[492 people|killed;a=Lebanon's
    health ministry]], including [[35 children|killed;a=Lebanon's health ministry]] and [[58
    women|killed;a=Lebanon's health ministry]], and wounded [[1,645|injured;a=Lebanon's health
    ministry]] on {{September 23}}, Lebanon's health ministry said. It was the deadliest day in
    the country since the {{2006}} war. The Israeli military said it had hit [[more than 1,300
    Hezbollah targets|other;u=other;a=The Israeli military]]. [[Tens of thousands of
    people|displaced]] fled north, jamming the coastal highway to Beirut.""",
)

item(
    "Jenin raid: 12 Palestinians killed, 3,000 flee camp",
    """[[At least 12 Palestinians|killed;a=the Palestinian health ministry]], among them a
    {{16-year-old}} boy, have been killed and [[more than 100|injured;a=the Palestinian health
    ministry]] wounded since Israel launched a large-scale raid on the Jenin refugee camp,
    according to the Palestinian health ministry. [[About 3,000 residents|displaced;a=Jenin's
    deputy governor;alt=Kamal Abu al-Rub]] have fled the camp, Jenin's deputy governor, Kamal
    Abu al-Rub, said. The Israeli military said its forces had killed [[14 militants|killed;
    a=The Israeli military]] and detained [[30 wanted suspects|arrested;a=The Israeli
    military]].""",
)

item(
    "Just 86 aid trucks entered Gaza on Tuesday, UNRWA says",
    """Only [[86 aid trucks|aid;a=UNRWA]] entered Gaza on Tuesday, according to UNRWA, compared
    with [[about 500 a day|aid;u=other;a=UNRWA]] before the war. Aid groups say [[1.9 million
    people|displaced;v=1900000;a=Aid groups]], about {{90%}} of the population, have been
    displaced. COGAT, the Israeli defence body that coordinates aid, said [[more than 200
    trucks|aid;a=COGAT]] were waiting on the Gaza side of Kerem Shalom for the UN to collect
    them.""",
)

item(
    "Houthi missile at Ben Gurion intercepted; 2 hurt running to shelters",
    """Yemen's Houthis said they fired a hypersonic ballistic missile at Ben Gurion Airport; the
    Israeli military said it was intercepted. [[Two people|injured;a=Magen David Adom]] were hurt
    while running to shelters, Magen David Adom said. The Houthis have launched [[more than 90
    ballistic missiles|other;a=the IDF]] and [[about 40 drones|other;a=the IDF]] at Israel since
    {{March 18}}, according to the IDF.""",
)

item(
    "US strikes on Ras Isa port kill 74, Houthis say",
    """US airstrikes on the Ras Isa fuel port killed [[at least 74 people|killed;a=the Houthi-run
    health ministry]] and wounded [[171|injured;a=the Houthi-run health ministry]], the
    Houthi-run health ministry said. The US military said it had struck [[more than 1,000
    targets|other;u=other;a=The US military]] in Yemen since {{March 15}}, killing [[hundreds of
    Houthi fighters|killed;a=The US military]] and leaders.""",
)

item(
    "Coastal violence in Syria kills more than 1,000, monitor says",
    """{{Two days}} of clashes between Syria's security forces and gunmen loyal to ousted president
    Bashar al-Assad, and the revenge killings that followed, have killed [[more than 1,000
    people|killed;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human
    Rights said. The Britain-based war monitor said [[745|killed;a=The Britain-based war monitor;
    alt=the Syrian Observatory for Human Rights]] of the dead were civilians, most of them
    Alawites, and that [[125 members|killed;a=The Britain-based war monitor;alt=the Syrian
    Observatory for Human Rights]] of the security forces and [[148 militants|killed;a=The
    Britain-based war monitor;alt=the Syrian Observatory for Human Rights]] loyal to Assad had
    also died.""",
)

item(
    "UNHCR: half a million Syrians back from abroad since Assad's fall",
    """[[More than 500,000 Syrians|returned;a=UNHCR]] have come back from abroad since the fall of
    Bashar al-Assad in {{December 2024}}, UNHCR said, and [[1.2 million internally displaced
    people|returned;v=1200000;a=UNHCR]] have gone back to their areas of origin. In the Damascus
    suburb of Jobar, fewer than {{1 in 10}} buildings is habitable, local officials say.""",
)

item(
    "Islamic State attack kills 11 Iraqi soldiers in Kirkuk",
    """[[Eleven Iraqi soldiers|killed;a=security sources]] were killed when Islamic State militants
    attacked an army post in Kirkuk province overnight, security sources said. The Iraqi military
    said [[three soldiers|injured;a=The Iraqi military]] were wounded and that troops had killed
    [[two|killed;a=The Iraqi military]] of the attackers. [[About 15 fighters|combatants;a=a local
    official]] took part in the assault, a local official told AFP.""",
)

item(
    "Counter-terrorism raids in Anbar net 7 IS suspects",
    """Iraq's Counter-Terrorism Service arrested [[seven Islamic State suspects|arrested;a=the
    service;alt=Iraq's Counter-Terrorism Service]] and seized [[12 explosive belts|other;u=other;
    a=the service;alt=Iraq's Counter-Terrorism Service]] and [[four rocket launchers|other;a=the
    service;alt=Iraq's Counter-Terrorism Service]] in raids on hideouts in the Anbar desert, the
    service said in a statement. Iraq declared victory over the group in {{2017}}, but its cells
    still carry out attacks in remote areas.""",
)

item(
    "Strike on Deir el-Balah school sheltering displaced kills 30",
    """An Israeli air strike on a school sheltering displaced families in Deir el-Balah killed [[at
    least 30 people|killed;a=Al-Aqsa Martyrs Hospital]], among them [[15 children|killed;
    a=Al-Aqsa Martyrs Hospital]], according to Al-Aqsa Martyrs Hospital. The school housed
    [[about 4,000 displaced people|displaced;a=Mahmoud Basal]], said Mahmoud Basal, a civil
    defence spokesman. The Israeli military said it had targeted a Hamas command centre inside the
    compound.""",
)

item(
    "31 killed near Rafah aid site, civil defence says",
    """[[At least 31 people|killed;a=Gaza's civil defence agency]] were killed and [[more than
    170|injured;a=Gaza's civil defence agency]] wounded as crowds gathered near an aid
    distribution site run by the Gaza Humanitarian Foundation in Rafah, Gaza's civil defence
    agency said. The Israeli military denied its troops had fired on civilians near the site. The
    UN says [[at least 798 people|killed;a=The UN]] have been killed near aid sites or convoys
    since late May.""",
)

item(
    "Two women killed in Ashkelon as 150 rockets fired from Gaza",
    """Palestinian militants fired [[some 150 rockets|other;a=the Israeli army]] toward Israel on
    Tuesday evening, about {{90%}} of them intercepted by the Iron Dome system, the Israeli army
    said. [[Two women|killed;a=Israeli medics]] were killed in Ashkelon when a rocket hit their
    apartment building, Israeli medics said. Israeli aircraft struck [[more than 130
    targets|other;u=other]] in Gaza overnight.""",
)

item(
    "90 fighters killed in 24 hours south of Marib",
    """[[At least 90 fighters|killed;a=military sources]] from both sides were killed in {{24
    hours}} of fighting south of Marib, military sources told AFP. Among them were [[32
    pro-government troops|killed;a=the sources;alt=military sources]] and [[58 Houthi
    rebels|killed;a=the sources;alt=military sources]], the sources said. The fighting has
    displaced [[more than 2,000 families|displaced;a=the International Organization for
    Migration]] since September, according to the International Organization for Migration.""",
)

item(
    "Pager blasts across Lebanon kill 12, wound 2,800",
    """[[Thousands of pagers|other;u=other]] used by Hezbollah members exploded almost
    simultaneously across Lebanon on Tuesday afternoon. The blasts killed [[12 people|killed;
    a=Health Minister Firass Abiad]], including [[two children|killed;a=Health Minister Firass
    Abiad]], and wounded [[about 2,800|injured;a=Health Minister Firass Abiad]], Health Minister
    Firass Abiad said. [[Hundreds|injured;a=doctors]] lost eyes or fingers, doctors said.""",
)

item(
    "Turkish drone strikes kill 8 in northeast Syria",
    """Turkish drone strikes on Kurdish-held areas of northeast Syria killed [[eight
    people|killed;a=the Kurdish-led Syrian Democratic Forces]], the Kurdish-led Syrian Democratic
    Forces said. Turkey's defence ministry said its forces had "neutralised" [[21
    terrorists|killed;a=Turkey's defence ministry]] in northern Syria and Iraq over the past
    week.""",
)

item(
    "Shooting near Jaffa light rail station kills 7",
    """[[Seven people|killed;a=Magen David Adom]] were killed and [[16|injured;a=Magen David Adom]]
    wounded when [[two gunmen|combatants;a=Magen David Adom]] opened fire near a light rail
    station in Jaffa, Magen David Adom said. Police said both attackers, from Hebron, had been
    shot dead. Hamas claimed responsibility for the attack.""",
)

item(
    "Khan Younis evacuation order: 150,000 flee in a day",
    """The Israeli military ordered residents of eastern Khan Younis to leave for the coastal area
    of al-Mawasi on Monday, ahead of an offensive. The UN's humanitarian office OCHA estimated
    that [[250,000 people|civilians;a=The UN's humanitarian office OCHA]] lived in the area
    covered by the order and that [[about 150,000|displaced;a=The UN's humanitarian office OCHA]]
    had fled by evening. Al-Mawasi already shelters [[more than 1 million people|displaced]].""",
)

item(
    "Settlers torch homes and cars in al-Mughayyir",
    """Israeli settlers set fire to [[four homes|housing;a=Amin Abu Alia]] and [[six cars|other;
    a=Amin Abu Alia]] in the village of al-Mughayyir, said Amin Abu Alia, the head of the village
    council. The Palestinian Red Crescent said it treated [[two people|injured;a=The Palestinian
    Red Crescent]] for gunshot wounds and [[12|injured;a=The Palestinian Red Crescent]] for tear
    gas inhalation. The Israeli military said soldiers had been sent to the area.""",
)

item(
    "Drone attack on Jordan base kills 3 US troops",
    """[[Three US service members|killed;a=US Central Command]] were killed and [[more than
    40|injured;a=US Central Command]] injured in a drone attack on {{Tower 22}}, a logistics base
    in Jordan near the Syrian border, US Central Command said. There have been [[more than 160
    attacks|other;u=other;a=the Pentagon]] on US forces in Iraq and Syria since {{October 17}},
    according to the Pentagon. Iran-backed militias calling themselves the Islamic Resistance in
    Iraq claimed most of them.""",
)

item(
    "Coalition strike on Saada prison kills 87, MSF says",
    """An air strike by the Saudi-led coalition on a detention centre in Saada killed [[at least 87
    people|killed;a=Medecins Sans Frontieres]] and wounded [[266|injured;a=Medecins Sans
    Frontieres]], Medecins Sans Frontieres said. The prison held [[more than 1,300
    detainees|arrested;a=the Houthi-run interior ministry]], according to the Houthi-run interior
    ministry. The coalition said it had not targeted the site.""",
)

item(
    "Air strikes on Idlib kill 10 civilians",
    """Russian and Syrian government warplanes carried out [[at least 38 air strikes|other;
    u=other;a=the White Helmets rescue group]] on Idlib province on Wednesday, killing [[10
    civilians|killed;a=the White Helmets rescue group]], [[four|killed;a=the White Helmets rescue
    group]] of them children, the White Helmets rescue group said. It was the {{second}} deadly
    strike on the town of Ariha in a week.""",
)

item(
    "Four hostages rescued from Nuseirat; ministry says 274 killed",
    """Israeli special forces rescued [[four hostages|kidnapped;a=the IDF]] held by Hamas in the
    Nuseirat camp in central Gaza, the IDF said on {{June 8}}. Gaza's health ministry said [[274
    Palestinians|killed;a=Gaza's health ministry]] were killed and [[almost 700|injured;a=Gaza's
    health ministry]] wounded during the operation; the Israeli military said the number of
    casualties was "[[under 100|killed;q=at_most;a=the Israeli military]]".""",
)

item(
    "Israeli tank fire wounds 2 UNIFIL peacekeepers in Naqoura",
    """[[Two Indonesian peacekeepers|injured;a=the mission;alt=the UN Interim Force in Lebanon
    (UNIFIL)]] were injured when an Israeli tank fired on an observation tower at the headquarters
    of the UN Interim Force in Lebanon (UNIFIL) in Naqoura, the mission said. UNIFIL has [[about
    10,000 peacekeepers|combatants]] deployed along the Blue Line. Israel had asked the force to
    pull back {{5 km}} from the border, a request the mission rejected.""",
)

item(
    "Israel to double Iron Dome interceptor output after 2023 war",
    """Rafael and the Defence Ministry signed a {{$500 million}} deal to expand production of Tamir
    interceptors, each costing about {{$50,000}}. The system, in service since {{2011}}, engages
    rockets fired from {{4 km}} to {{70 km}} away. Output will rise by {{50%}} within {{two
    years}}, the ministry said.""",
)

item(
    "CPJ: at least 178 journalists killed since war began",
    """[[At least 178 journalists and media workers|killed;n=journalists and media workers;a=the
    Committee to Protect Journalists]] have been killed in Gaza, Israel and Lebanon since the war
    began in {{October 2023}}, according to the Committee to Protect Journalists, the deadliest
    period for the press since the group began collecting data in {{1992}}. [[At least
    170|killed;a=the group;alt=the Committee to Protect Journalists]] of them were Palestinians,
    the group said.""",
)

item(
    "Sweida clashes kill 89, 2,000 families flee",
    """[[At least 89 people|killed;a=the Syrian Observatory for Human Rights]] have been killed in
    {{three days}} of clashes between Druze fighters and Bedouin tribes in Sweida province,
    according to the Syrian Observatory for Human Rights. [[More than 2,000 families|displaced;
    a=the International Organization for Migration]] have fled their villages, the International
    Organization for Migration said. The interior ministry said it had deployed [[2,500 security
    personnel|combatants;a=The interior ministry]] to separate the sides.""",
)

item(
    "5,800 buildings damaged or destroyed in south Lebanon",
    """Lebanon's National Council for Scientific Research (CNRS) said [[more than 5,800
    buildings|housing;a=Lebanon's National Council for Scientific Research (CNRS)]] had been
    damaged or destroyed in the south since {{October 2023}}, [[1,200|housing;u=structure;
    a=Lebanon's National Council for Scientific Research (CNRS)]] of them in the border town of
    Khiam. [[Roughly 90,000 people|displaced;a=the International Organization for Migration]] were
    still unable to return home in April, according to the International Organization for
    Migration.""",
)

item(
    "150 Iraqi families leave al-Hol in new repatriation convoy",
    """[[About 150 Iraqi families|returned;a=the camp administration]] left al-Hol camp in
    northeast Syria on Sunday for Iraq, the {{20th}} such convoy this year, the camp
    administration said. The camp still holds [[about 40,000 people|displaced]], {{more than
    half}} of them children, most of them relatives of Islamic State fighters.""",
)

item(
    "Hezbollah drone strike on Binyamina base kills 4 soldiers",
    """A Hezbollah drone struck a training base of the Golani Brigade near Binyamina, killing [[four
    soldiers|killed;a=the Israeli military]] and wounding [[more than 60 people|injured;a=the
    Israeli military]], [[seven|injured;a=the Israeli military]] of them seriously, the Israeli
    military said. Hezbollah said it had targeted the base in response to Israeli strikes on
    Beirut.""",
)

item(
    "Houthis sink Eternity C; 4 crew dead, 11 missing",
    """Houthi forces sank the Liberian-flagged bulk carrier Eternity C after a {{two-day}} attack
    with drones and rocket-propelled grenades. [[Four crew members|killed;a=the EU naval mission
    Aspides]] were killed, [[10|other;a=the EU naval mission Aspides]] were rescued and
    [[11|missing;a=the EU naval mission Aspides]] remain missing, the EU naval mission Aspides
    said. The US embassy in Yemen accused the Houthis of abducting some of the crew.""",
)

item(
    "Nasser Hospital receives 21 bodies after overnight strikes on al-Mawasi",
    """Nasser Hospital in Khan Younis received the bodies of [[21 people|killed;a=the hospital's
    director;alt=Atef al-Hout]] killed in overnight Israeli strikes on tents in al-Mawasi, among
    them [[nine children|killed;a=the hospital's director;alt=Atef al-Hout]], the hospital's
    director, Atef al-Hout, said. He said the hospital was treating [[more than 700
    wounded|injured;a=the hospital's director;alt=Atef al-Hout]], twice its capacity.""",
)
