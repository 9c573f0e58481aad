"""dev198 items: the Middle East and North Africa (Gaza, the West Bank, Lebanon, Syria, Yemen,
Iraq, Iran, Turkey, Egypt, Israel, Saudi Arabia)."""

from _wrap import item

item(
    "Gaza war deadliest for journalists on record, CPJ says",
    """The Committee to Protect Journalists said on Thursday that [[at least 116 journalists and
    media workers|killed;a=The Committee to Protect Journalists;n=journalists and media workers]]
    had been killed in Gaza, Israel and Lebanon since {{October 7, 2023}}, the highest toll of any
    conflict since it began keeping records in {{1992}}. Of those, [[108|killed;a=the New
    York-based group;alt=Committee to Protect Journalists;n=-]] were Palestinians, the New
    York-based group said. It also counted [[32 journalists|injured;a=Committee to Protect
    Journalists]] wounded, [[two|missing;a=Committee to Protect Journalists;n=-]] missing and
    [[49|arrested;a=Committee to Protect Journalists;n=-]] arrested by Israeli forces in the
    occupied West Bank and Israel. "Journalists in Gaza are being killed at a rate we have never
    seen," said Carlos Martínez de la Serna, the group's programme director. Israeli strikes have
    also destroyed or damaged [[at least 73 media offices|housing;a=the Government Media Office
    in Gaza;u=structure]] in the strip, according to the Government Media Office in Gaza. The
    Palestinian Journalists Syndicate, which counts freelancers and media employees differently,
    puts the toll at [[more than 140|killed;a=The Palestinian Journalists Syndicate;n=-]]. Israel's
    military says it does not deliberately target journalists.""",
)

item(
    "Palestinian syndicate reports record year of arrests in West Bank",
    """In its annual report, the Palestinian Journalists Syndicate said Israeli forces detained
    [[142 journalists|arrested;a=the Palestinian Journalists Syndicate]] in the occupied West Bank
    during {{2024}}, [[59|arrested;a=the Palestinian Journalists Syndicate;n=-]] of them under
    administrative detention orders that allow imprisonment without charge for renewable
    {{six-month}} periods. [[Seventeen reporters|arrested;a=the syndicate;alt=Palestinian
    Journalists Syndicate]] were still being held at the end of December, the syndicate said. It
    documented [[more than 400 assaults|other;a=Palestinian Journalists Syndicate;u=other]] by
    soldiers and settlers, including beatings and the firing of stun grenades, which left [[87
    journalists|injured;a=Palestinian Journalists Syndicate]] wounded. Settlers set fire to [[two
    vehicles|other]] belonging to a Nablus production company near Huwara in {{October}}. Troops
    also demolished [[five family homes|housing]] of jailed journalists in Jenin and raided
    newsrooms in Ramallah, confiscating [[dozens of cameras|other;u=other]] and computers. Nasser Abu Bakr, the
    syndicate's head, called the year "the worst in our history" for the profession.""",
)

item(
    "Displaced reporters work from tents outside Nasser hospital",
    """[[Around 60 displaced journalists|displaced]] now live and work in a makeshift press camp
    beside Nasser hospital in Khan Younis, sharing generators and a single satellite link. The
    International Federation of Journalists said it had funded [[five tents|aid;a=The
    International Federation of Journalists]] with space for [[up to 50 reporters|capacity;a=The
    International Federation of Journalists]], as well as [[200 protective vests|aid;a=The
    International Federation of Journalists;u=other]], and that it would send [[120 helmets|aid;a=The
    International Federation of Journalists;u=other;p]] next month. Shelling on {{December 16}} wounded [[three
    journalists|injured;a=colleagues]] and destroyed [[a dozen laptops|other;a=colleagues;u=other]]
    and cameras at the camp, colleagues said. According to the Government Media Office, [[more
    than 80 media buildings|housing;a=the Government Media Office]] in Gaza have been destroyed
    since the war began. The Palestinian Journalists Syndicate estimates that [[some 1,200
    journalists|civilians;a=The Palestinian Journalists Syndicate]] are still working inside the
    strip. "We report on the war by day and look for water for our children by night," said a
    photographer, who asked not to be named.""",
)

item(
    "Lebanese press syndicate mourns colleagues killed in the south",
    """Lebanon's Press Editors Syndicate said [[11 journalists and photographers|killed;a=Lebanon's
    Press Editors Syndicate;n=journalists and photographers]] had been killed in Israeli strikes on
    southern Lebanon and the Bekaa since {{October 2023}}, [[three|killed;a=Lebanon's Press Editors
    Syndicate;n=-]] of them in a single strike on a guesthouse compound in Hasbaya on {{October
    25, 2024}}. That strike flattened [[two chalets|housing;u=structure]] used by crews from
    Al-Mayadeen and Al-Manar as they slept. Lebanon's health ministry said [[a further 23
    journalists|injured;a=Lebanon's health ministry]] had been wounded over the same period.
    Reporters Without Borders said it had filed [[four complaints|other;a=Reporters Without
    Borders;u=other]] with the International Criminal Court over the deaths. In Tyre, [[hundreds
    of journalists|other]] held a sit-in at the port, holding up the helmets and vests of the dead.
    Many of the [[roughly 150 journalists|displaced;a=the syndicate;alt=Lebanon's Press Editors
    Syndicate]] who had relocated to Tyre from the border villages left again after warnings of
    strikes on the city, the syndicate said.""",
)

item(
    "Exiled Syrian reporters return to Damascus, but press law lags",
    """[[More than 300 Syrian journalists|returned;a=the Syrian Journalists Association]]
    have come home from exile since the fall of Bashar al-Assad in {{December 2024}}, according
    to the Syrian Journalists Association, which spent a decade working from Gaziantep and Paris.
    The group says [[about 1,100 of its members|displaced;a=The group;alt=Syrian Journalists
    Association;n=members]] fled the country after {{2011}}, and that [[at least 470
    journalists|killed;a=The group;alt=Syrian Journalists Association]] were killed during the
    civil war, many of them by government forces or Islamic State. The new information ministry
    said it had issued [[210 press cards|other;a=The new information ministry]] to returning and
    foreign correspondents and expected [[about 200 more|returned;a=The new information
    ministry;n=-;p]] to come home by the end of the year. Rights groups say [[at least 26 journalists|missing;a=Rights groups]] who
    disappeared into Assad-era prisons remain unaccounted for. The remains of [[three|killed;n=-]]
    were identified in {{January}} at a mass grave near Qutayfah. A draft media law promised for
    {{2025}} has yet to reach the cabinet.""",
)

item(
    "Strike on Sanaa newspaper offices among deadliest for press, watchdog says",
    """Israeli air strikes on Sanaa on {{September 10}} killed [[31 journalists and media
    workers|killed;a=the Committee to Protect Journalists;n=journalists and media workers]] at the
    offices of the {{26 September}} and Al-Yaman newspapers, the Committee to Protect Journalists
    said, calling it the deadliest single attack on the press it had recorded in {{16 years}}. The
    Yemeni Journalists Syndicate put the number of wounded at [[more than 40|injured;a=The Yemeni
    Journalists Syndicate;n=-]] and said [[three buildings|housing;a=The Yemeni Journalists
    Syndicate]] housing the papers' newsrooms, archive and printing press were flattened. Israel's
    military said it had struck Houthi propaganda targets. In a separate statement, the syndicate
    said Houthi authorities were still holding [[at least 17 journalists|arrested;a=the
    syndicate;alt=Yemeni Journalists Syndicate]] in Sanaa and Hodeidah, including [[eight|arrested;a=the
    syndicate;alt=Yemeni Journalists Syndicate;n=-]] detained in raids on [[three media
    offices|other;a=the syndicate;alt=Yemeni Journalists Syndicate;u=structure]] in {{June}}. Since
    the war began in {{2015}}, the syndicate has counted [[53 journalists|killed;a=the
    syndicate;alt=Yemeni Journalists Syndicate]] killed in Yemen.""",
)

item(
    "Kurdistan watchdog logs arrests of reporters covering salary protests",
    """The Metro Center for Journalists' Rights and Advocacy said security forces in Iraq's
    Kurdistan region detained [[37 journalists|arrested;a=The Metro Center for Journalists' Rights
    and Advocacy]] during {{six weeks}} of protests by unpaid public-sector workers in Sulaimaniyah
    and Duhok. Most were freed within {{24 hours}}, but [[five|arrested;a=the center;alt=Metro
    Center for Journalists' Rights and Advocacy;n=-]] were still in custody on Monday, the center
    said. Police also confiscated [[at least 20 cameras|other;u=other]] and mobile
    phones, and crews from {{Kurdistan24}} and NRT were ordered off the streets of
    Duhok. The regional government's spokesman said [[no more than 15 people|arrested;a=The
    regional government's spokesman]] holding press cards had been held, all of them for
    "violating the protest ban". The center has recorded [[312 violations|other;a=The
    center;alt=Metro Center for Journalists' Rights and Advocacy;u=other]] against journalists in
    the region so far this year, up from [[246|other;a=The center;alt=Metro Center for
    Journalists' Rights and Advocacy;n=-;u=other]] in the whole of {{2023}}.""",
)

item(
    "Iran arrested dozens of journalists during protest crackdown, rights groups say",
    """Iranian authorities arrested [[at least 95 journalists|arrested;a=the Committee to Protect
    Journalists]] after protests erupted over the death in custody of Mahsa Amini in {{September
    2022}}, according to the Committee to Protect Journalists. Of those, [[about 20|arrested;n=-]]
    remain behind bars. Niloofar Hamedi and Elaheh Mohammadi, who first reported on Amini's
    hospitalisation, were sentenced in {{October 2023}} to {{13 years}} and {{12 years}}
    respectively. The Tehran Province Journalists' Association said [[at least 12
    newspapers|other;a=The Tehran Province Journalists' Association;u=other]] had received formal
    warnings from the press supervisory board. The rights group HRANA counted [[more than 19,000
    people|arrested;a=HRANA]] detained in the crackdown overall and [[at least 500
    protesters|killed;a=HRANA]] killed. In {{October 2022}}, [[more than 300 Iranian
    journalists|other]] signed an open letter demanding the release of their colleagues.""",
)

item(
    "Dozens of Turkish reporters face trial in a single week, legal group says",
    """The Media and Law Studies Association (MLSA), an Istanbul-based legal group, said it would
    monitor [[41 hearings|other;a=The Media and Law Studies Association (MLSA);u=other;p]] this
    week in which [[at least 58 journalists|other;a=The Media and Law Studies Association (MLSA)]]
    stand accused of terrorism, insulting the president or spreading disinformation. According to
    the Journalists' Union of Turkey (TGS), [[27 journalists|arrested;a=the Journalists' Union of
    Turkey (TGS)]] were in prison at the start of the month, down from [[more than
    160|arrested;a=the Journalists' Union of Turkey (TGS);n=-]] after the failed coup of {{July
    2016}}. The disinformation law of {{2022}}, {{Article 217/A}} of the penal code, has been used
    to open [[at least 120 investigations|other;a=the union;alt=Journalists' Union of
    Turkey;u=other]] against reporters, the union says. Police detained [[eight
    reporters|arrested]] covering protests after the arrest of Istanbul mayor Ekrem İmamoğlu in
    {{March 2025}}, and most of them were released days later.""",
)

item(
    "Knesset extends law allowing closure of foreign broadcasters",
    """Israel's parliament on Monday extended a law that lets the government shut foreign
    broadcasters deemed a threat to national security, passing it by {{71 votes to 10}}. The
    measure, first passed in {{April 2024}} as a temporary order, allows the communications
    minister to close a channel's offices and block its websites for renewable periods of {{45
    days}}. Al Jazeera's Jerusalem bureau was raided hours after the first order in {{May 2024}},
    and its bureau in Ramallah was shut by soldiers on {{September 22}}. The Foreign Press
    Association called the extension "a dark day for democracy", while the Association for Civil
    Rights in Israel said it would petition the Supreme Court. Israel ranked {{112th}} in the
    {{2025}} World Press Freedom Index, down from {{86th}} two years earlier.""",
)

item(
    "Fund pays out to families of Gaza media workers",
    """The International Federation of Journalists said a solidarity fund it runs with the
    Palestinian Journalists Syndicate had sent emergency cash to [[412 families|aid;a=The
    International Federation of Journalists]] of media workers in Gaza since {{January}}, with each
    household receiving {{$300}} a month. The fund has also paid for [[1,850 food parcels|aid;a=the
    federation;alt=International Federation of Journalists]] and [[more than 90 tents|aid;a=the
    federation;alt=International Federation of Journalists]] handed out in Deir al-Balah and
    al-Mawasi, the federation said. It expects to support [[another 200 families|aid;a=International
    Federation of Journalists;p]] before the end of the year. Among the recipients are [[38
    families|aid]] who lost a journalist in the war and [[about 150 media workers|injured]] hurt
    so badly that they can no longer work. Tahseen al-Astal, deputy head of the syndicate, said
    [[more than 700 journalists|displaced;a=Tahseen al-Astal]] had been forced from their homes at
    least once and that [[hundreds of homes|housing;a=Tahseen al-Astal]] belonging to journalists
    had been destroyed.""",
)

item(
    "Kurdish journalists killed in drone strike near Tishreen dam",
    """A Turkish drone strike on a car near the Tishreen dam in northern Syria killed [[two Kurdish
    journalists|killed;a=the Hawar news agency (ANHA)]], Nazim Dashtan and Cihan Bilgin, the Hawar
    news agency (ANHA) said on {{December 19}}. The agency said [[at least 12
    journalists|killed;a=The agency;alt=Hawar news agency]] had been killed in Turkish strikes in
    northeast Syria since {{2019}}. In {{August}}, a drone hit a vehicle of the Chatr TV channel near
    Sulaimaniyah in Iraq, killing [[two women journalists|killed;n=journalists]] and wounding
    [[four|injured;n=-]] of their colleagues. Journalists' groups in Qamishli said [[more than 200
    reporters|other;a=Journalists' groups in Qamishli]] marched through the city behind the
    coffins. The Free Media Union in northeast Syria said [[30-35 Kurdish reporters|displaced;a=The
    Free Media Union in northeast Syria]] had left Manbij and the dam area for Raqqa and Kobani
    since the fighting began, and that [[seven|missing;a=The Free Media Union in northeast
    Syria;n=-]] were unaccounted for after Manbij fell to Turkish-backed factions. Ankara says it
    targets only militants and has not commented on the deaths.""",
)

item(
    "Iraq media regulator suspends eight channels over protest coverage",
    """Iraq's Communications and Media Commission suspended the licences of [[eight television and
    radio stations|other;u=other;n=stations]] for {{three months}} on Tuesday, accusing them of
    inciting violence in their coverage of anti-government protests in Baghdad and the south. It
    also ordered [[five more channels|other;u=other]] to sign pledges to follow its broadcasting
    code. The Iraqi Observatory for Press Freedoms said masked gunmen had stormed [[at least four
    stations|other;a=The Iraqi Observatory for Press Freedoms;u=other]] in Baghdad since {{October
    5}}, wrecking studios and beating [[11 employees|injured;a=The Iraqi Observatory for Press
    Freedoms]]. In one attack, [[15-20 armed men|combatants]] set fire to the offices of Dijlah
    TV. Security forces detained [[at least 14 reporters|arrested;a=the observatory;alt=Iraqi
    Observatory for Press Freedoms]] covering the demonstrations in Nasiriyah and Basra, the
    observatory said. Monitoring group NetBlocks said national connectivity fell to {{19%}} of
    ordinary levels during the shutdown, which cut off [[some 38 million Iraqis|civilians;a=NetBlocks]]
    from news outside the country.""",
)

item(
    "Gaza journalists and families evacuated via Kerem Shalom",
    """[[Forty-two Palestinian journalists|displaced;a=Reporters Without Borders]] and their
    families, [[about 150 people|displaced;a=Reporters Without Borders]] in all, left Gaza through
    the Kerem Shalom crossing on Wednesday in an evacuation arranged with Jordan and France,
    Reporters Without Borders said. The group said [[at least 30 more|displaced;a=The
    group;alt=Reporters Without Borders;n=-;p]] were expected to leave in the coming weeks. [[Two reception centres|capacity]] in Amman run with Jordan's press
    association have beds for [[60 people|capacity]]. Israel still bars foreign journalists from entering Gaza independently, and
    [[more than 130 news organisations|other;u=other]] signed a letter in {{June}} urging it to lift
    the ban. The Palestinian Journalists Syndicate says [[about 1,000 journalists|civilians;a=The
    Palestinian Journalists Syndicate]] remain inside the strip.""",
)

item(
    "Egypt holds 17 journalists in pretrial detention, syndicate says",
    """The Egyptian Journalists Syndicate said [[17 of its members|arrested;a=The Egyptian
    Journalists Syndicate;n=members]] were being held in pretrial detention, some for longer than
    the {{two-year}} legal limit. Khaled el-Balshy, the syndicate's head, told reporters that
    [[another 11 journalists|arrested;a=Khaled el-Balshy]] who are not members were also in
    custody. Egypt has blocked [[more than 500 websites|other;a=the Association for Freedom of
    Thought and Expression;u=other]], including [[up to 100 news sites|other;a=the Association for
    Freedom of Thought and Expression]], since {{2017}}, according to the Association for Freedom of
    Thought and Expression. Police raided the offices of Mada Masr in {{November 2019}} and briefly
    detained its editor-in-chief. A presidential pardon committee freed [[six
    journalists|arrested]] in {{2024}}.""",
)

item(
    "Saudi court sentences writer to 20 years over posts",
    """A Saudi court on {{March 14}} sentenced a {{45-year-old}} writer to {{20 years}} in prison and
    a {{20-year}} travel ban over posts on X that criticised government policy, according to the
    London-based rights group ALQST. The verdict came {{18 months}} after his arrest at his home in
    Jeddah. Prosecutors had charged him under {{Article 6}} of the anti-cybercrime law, which
    carries fines of up to {{3 million riyals}}. The kingdom ranked {{166th}} in the {{2024}} World
    Press Freedom Index, with a score of {{27.6}}.""",
)

item(
    "Double strike on Nasser hospital kills journalists",
    """A double Israeli strike on Nasser hospital in Khan Younis on Monday killed [[at least 20
    people|killed;a=Gaza's health ministry]], including [[five journalists|killed;a=Gaza's health
    ministry]] who had rushed to film the aftermath of the first blast, Gaza's health ministry
    said. Medics said [[about 30 others|injured;a=Medics]] were wounded, among them patients on
    the hospital's fourth floor. The Israeli military said [[six|killed;a=The
    Israeli military;n=-]] of those killed were militants, without giving evidence. The Foreign Press Association
    said it was shocked and that [[more than 200 journalists|killed;a=The Foreign Press
    Association]] had now been killed in Gaza. [[Hundreds of journalists|other;a=the Palestinian
    Journalists Syndicate]] across the West Bank staged a walkout on Tuesday, the Palestinian
    Journalists Syndicate said.""",
)
